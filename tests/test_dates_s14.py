"""Session 14: a day without a year, or a weekday, told as set ahead ('has scheduled a hearing for March 3', 'ready to
meet them on Thursday', 'from Sept. 1, platforms will have to ...') is the coming such day, not the last one; invented
texts, wording unlike the gold articles."""
import pytest

from helpers import actors, events, text


def extract(body: str, date: str):
    return events.extract(date, actors.attribute(body, text.split_sentences(body)))


def window(found, etype: str) -> tuple[str, str]:
    row = found[found["event_type"] == etype].iloc[0]
    return row["date_start"], row["date_end"]


@pytest.mark.parametrize("body,date,etype,expected", [
    # a hearing scheduled ahead: the coming April 14, not last year's
    ("The tribunal has scheduled a hearing for April 14 on the regulator's order against Brindle.", "2027-03-02",
     "legal_action", ("2027-04-14", "2027-04-14")),  # (a meeting until the session-24 settlement)
    # officials ready to meet on a weekday: the coming one (2027-03-04 is a Thursday; the article a Tuesday)
    ("Officials of the commission were ready to meet Brindle's lawyers on Thursday, a spokeswoman said.", "2027-03-02",
     "meeting", ("2027-03-04", "2027-03-04")),
    # a rule that begins on a day told before its future verb
    ("From Oct. 1, services with more than a million users will have to act on blocking orders within 12 hours.",
     "2027-06-20", "rule_change", ("2027-10-01", "2027-10-01")),
])
def test_a_day_set_ahead_is_the_coming_one(body, date, etype, expected):
    assert window(extract(body, date), etype) == expected


@pytest.mark.parametrize("body,date,etype,expected", [
    # a meeting held on a weekday, told in the past: the last such day, as before
    ("Officials of the commission met Brindle's lawyers on Thursday, a spokeswoman said.", "2027-03-02",
     "meeting", ("2027-02-25", "2027-02-25")),
    # a future word after a day that is not a change's start ('on Oct. 1' dates the order): the last such day
    # (worded for the trigger patterns since session 20: "ordered Brindle on Oct. 1 to block" was found only by the
    # learned detector, which the session's retraining no longer fires on it; the test is of the date, not the detector)
    ("The regulator sent Brindle a blocking order on Oct. 1 for 40 accounts, and the company will appeal.", "2027-06-20",
     "blocking_order", ("2026-10-01", "2026-10-01")),
])
def test_a_day_told_as_past_stays_the_last_one(body, date, etype, expected):
    assert window(extract(body, date), etype) == expected
