"""Events, session 21 (second pass on rounds 88-90): a court's listing of a case, a correction notice with a comma."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def types(sentence: str) -> set[str]:
    return {t.event_type for _, _, t in events.trigger_matches(sentence)}


def test_a_case_listed_for_a_day_is_the_courts_legal_action():
    assert "legal_action" in types("Justice Ingrid Falk has listed the case for a first hearing on September 12.")
    assert "legal_action" in types("Pellit filed a challenge in the administrative court, and a first hearing is set for February 6.")
    assert "legal_action" in types("The next hearing is set for October 7.")
    # a bare 'a hearing is set for' and 'listed the appeal' were left alone until session 24 (the rounds labelled them
    # a ruling or nothing); GUIDELINES_ADDENDUM, session 24, makes every court hearing set ahead the court's legal_action
    assert "legal_action" in types("A hearing is set for June 28.")
    assert "legal_action" in types("The bench listed the appeal for hearing next month.")


def test_a_case_listed_for_a_weekday_is_dated_ahead():
    found = extract("Judge Mira Olsen heard the company's lawyers on Thursday. "
                    "She listed the case for Monday.", "2024-03-15")
    listed = found[(found["event_type"] == "legal_action") & found["evidence"].str.contains("listed the case")]
    assert len(listed) == 1
    assert listed.iloc[0]["date_start"] == "2024-03-18"  # the coming Monday, not the last one


def test_a_correction_notice_with_a_comma_tells_no_event():
    body = ("An earlier version of this story, published on Wednesday, said that the Vessen Media Authority had "
            "ordered 84 channels blocked in three separate orders.")
    assert extract(body, "2024-05-23").empty


def test_a_statement_to_the_writers_own_paper_with_its_day():
    assert "statement" in types('"It will not be tolerated," a ministry official told this column on Friday.')
    assert "statement" in types("A Twitter spokesperson told this paper on Thursday that the accounts were restored.")
    assert "statement" not in types("The minister's remarks were first told this week in parliament.")


def test_something_confirmed_on_a_weekday_is_a_statement():
    assert "statement" in types("Nuvio confirmed the move on Thursday, saying its staff were safe.")
    assert "statement" in types("The company confirmed on Tuesday that it had removed the app.")
    assert "statement" not in types("The figures confirmed what critics had long said.")
