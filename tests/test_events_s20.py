"""Events, session 20 (second pass on event recall): trigger rows and a rule for wordings of non-statement events."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def types(sentence: str) -> set[str]:
    return {t.event_type for _, _, t in events.trigger_matches(sentence)}


def test_items_removed_counted_with_a_thousands_separator_are_withheld():
    assert "withholding" in types("According to the regulator, Vidora removed all 1,178 videos by July 4.")
    assert "withholding" in types("The report shows that the company restricted 3,406 accounts in the country in all.")


def test_a_notice_named_by_its_senders_possessive_and_date():
    sentence = "The ministry's notice of February 3 warned that disobeying a direction could bring a prison term."
    assert "non_compliance_notice" in types(sentence)
    assert "non_compliance_notice" not in types("The ministry's notice was the subject of the hearing.")


def test_a_request_turned_down_is_a_refusal():
    assert "refusal" in types("Murmel turned the request down on Tuesday, according to an email.")
    assert "refusal" in types("The platform turned down a request from the ministry to block the accounts.")


def test_a_petition_after_a_protest_is_a_backlash_of_its_own():
    body = ("The hashtag #LetUsTalk trended across the country for three days, and a petition asking the ministry "
            "to withdraw the order had gathered more than 25,000 signatures by Friday.")
    found = extract(body, "2024-03-16")
    backlash = found[found["event_type"] == "backlash"].sort_values("char_start")
    assert len(backlash) == 2
    petition = backlash.iloc[1]
    assert petition["evidence"].startswith("and a petition")
    assert petition["date_end"] == "2024-03-15"  # 'by Friday': the signatures were counted by that day
    # one act told alone stays one event
    alone = extract("A petition asking the ministry to withdraw the order had gathered 4,000 signatures by Friday.",
                    "2024-03-16")
    assert (alone["event_type"] == "backlash").sum() <= 1
