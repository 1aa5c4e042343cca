"""Events, session 24 (lead): a court hearing set, listed or held is the court's legal_action (GUIDELINES_ADDENDUM,
session 24), dated by the day it is set for, which lies ahead of the article."""
import pandas as pd
import pytest

from helpers import actors, events, text


def of_type(body: str, date: str, kind: str) -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract(date, sents)
    return found[found["event_type"] == kind].reset_index(drop=True)


@pytest.mark.parametrize("sentence, day", [
    ("A hearing on the company's challenge is set for Oct. 14.", "2025-10-14"),
    ("Justice Hanna Orvel set the next hearing for October 7.", "2025-10-07"),
    ("The court has scheduled a first hearing for March 3.", "2026-03-03"),
    ("The bench listed the appeal for hearing on November 27.", "2025-11-27"),
    ("The judge posted the matter for further hearing on October 17.", "2025-10-17"),
])
def test_a_hearing_set_for_a_day_is_the_courts_legal_action_on_that_day(sentence, day):
    body = "Pellow sued the Drevan ministry over its blocking order last month. " + sentence
    rows = of_type(body, "2025-09-19", "legal_action")
    mine = rows[rows["evidence"].str.contains(sentence.split()[1], regex=False) & (rows["side"] == "government")]
    assert len(mine) == 1, rows[["evidence", "side", "actor"]]
    assert mine.iloc[0]["date_start"] == day  # the coming day, not the same day a year before
    assert mine.iloc[0]["date_end"] in (day, "")
    meetings = of_type(body, "2025-09-19", "meeting")
    assert (meetings["method"] == "detector").all()  # no trigger pattern makes it a meeting any longer (the learned
    # detector, trained on the labels before the session-24 settlement, may until it is retrained)


def test_a_court_hearing_a_petition_is_its_legal_action():
    body = "Hearing a lawyer's petition on Monday, the Delhi High Court asked the ministry to explain the orders."
    rows = of_type(body, "2021-07-06", "legal_action")
    assert (rows["side"] == "government").any()


def test_a_hearing_that_only_dates_a_statement_adds_no_legal_action():
    body = "In a statement after the hearing, Pellow said it would keep the posts online."
    assert of_type(body, "2025-09-19", "legal_action").empty
