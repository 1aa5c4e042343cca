"""Dates, session 24 (dates2): an act told in the perfect with no time of its own ('has challenged the order in
court', 'had asked for a meeting') is dated from the order it answers to the article date (``events.since_the_order``),
not left open at its start."""
import pandas as pd

from helpers import actors, events, text

LEAD = "VARNO, March 20 - Quillo, the video app, is in a dispute with the communications ministry over 40 accounts.\n\n"


def extract(body: str, date: str = "2024-03-20") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def one(found: pd.DataFrame, etype: str) -> pd.Series:
    rows = found[found["event_type"] == etype]
    assert len(rows) == 1, found
    return rows.iloc[0]


def test_a_challenge_in_the_perfect_runs_from_the_order_told_before():
    found = extract(LEAD + "The ministry ordered Quillo to block 40 accounts on March 2.\n\n"
                    "Quillo has challenged the order in the High Court.")
    suit = one(found, "legal_action")
    assert (suit["date_start"], suit["date_end"], suit["date_basis"]) == ("2024-03-02", "2024-03-20", "order")


def test_the_order_may_be_dated_after_the_act():
    found = extract(LEAD + "Quillo has challenged the order in the High Court.\n\n"
                    "The ministry ordered Quillo to block 40 accounts on March 2.")
    suit = one(found, "legal_action")
    assert (suit["date_start"], suit["date_end"]) == ("2024-03-02", "2024-03-20")


def test_a_request_told_in_the_past_perfect_runs_from_the_order():
    found = extract(LEAD + "The regulator ordered Quillo to remove 12 videos on March 3.\n\n"
                    "The union said it had asked the regulator for a meeting.")
    meeting = one(found, "meeting")
    assert (meeting["date_start"], meeting["date_end"]) == ("2024-03-03", "2024-03-20")


def test_the_simple_past_keeps_its_open_start():
    found = extract(LEAD + "The regulator ordered Quillo to remove 12 videos on March 3.\n\n"
                    "The union asked the regulator for a meeting.")
    meeting = one(found, "meeting")
    assert (meeting["date_start"], meeting["date_end"]) == ("", "2024-03-20")


def test_no_dated_order_keeps_the_open_start():
    found = extract(LEAD + "The ministry wants Quillo to block 40 accounts.\n\n"
                    "Quillo has challenged the demand in the High Court.")
    suit = one(found, "legal_action")
    assert (suit["date_start"], suit["date_end"]) == ("", "2024-03-20")
