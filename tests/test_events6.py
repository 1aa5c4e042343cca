"""Events, session 26 (events6): an appeal to an authority to do anything ('urged the ministry to publish its orders')
is the caller's statement; and five guards against events told of no act: a report's count of court orders among
legal demands, a petition named as the object of a ruling, a denied act ('has not issued a statement', 'Nobody sent
us a notice'), 'met' of no meeting ('were met with a blank page'), 'questioned why ... were restored'."""
import pandas as pd
import pytest

from helpers import actors, events, text

LEAD = "The Drevan media regulator ordered the app Pellow to block 40 channels last month.\n\n"


def of_type(body: str, kind: str, date: str = "2025-09-19") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract(date, sents)
    return found[found["event_type"] == kind].reset_index(drop=True)


def test_an_appeal_to_publish_the_orders_is_the_callers_statement():
    body = LEAD + "The Drevan Union of Journalists urged the regulator on Tuesday to publish every order it has sent."
    rows = of_type(body, "statement")
    mine = rows[rows["evidence"].str.contains("urged the regulator", regex=False)]
    assert len(mine) == 1, rows[["evidence", "side"]]
    assert mine.iloc[0]["side"] == "other"


def test_an_appeal_to_parliament_to_hold_a_hearing_is_a_statement():
    body = LEAD + "A coalition of press groups called on parliament's media committee to hold a hearing on the orders."
    rows = of_type(body, "statement")
    assert rows["evidence"].str.contains("called on parliament", regex=False).any(), rows[["evidence", "side"]]


# The appeal pattern skips a call on 'them'; the detector retrained on 99 sets (session 26) proposed a statement here
# from the labelled appeals (a strict xfail until session 32, when the detector retrained on 112 sets stopped).
def test_a_call_on_followers_or_on_them_is_no_statement():
    body = LEAD + "The deputy minister opened an account on the new app on Monday and urged them to follow him there."
    rows = of_type(body, "statement")
    assert not rows["evidence"].str.contains("urged them", regex=False).any(), rows[["evidence", "side"]]


def test_court_orders_counted_among_legal_demands_are_no_second_order():
    body = ("Drevan authorities sent 4,210 legal demands to remove content in the first half of the year, 31 of them court "
            "orders, according to Pellow's transparency report.")
    rows = of_type(body, "blocking_order")
    assert len(rows) <= 1, rows[["evidence", "side"]]


def test_emergency_orders_counted_among_orders_are_still_events_of_their_own():
    body = "The regulator sent Pellow five blocking orders in March, two of them emergency orders."
    rows = of_type(body, "blocking_order")
    assert len(rows) == 2, rows[["evidence", "side"]]


def test_a_petition_the_court_dismissed_is_no_new_legal_action():
    body = LEAD + ("The High Court on Thursday dismissed a petition filed by Pellow, challenging the regulator's orders, and "
                   "ordered the company to pay costs.")
    assert of_type(body, "legal_action").empty
    assert not of_type(body, "court_ruling").empty


def test_a_petition_filed_is_still_a_legal_action():
    body = LEAD + "Pellow filed a petition in the High Court on Thursday challenging the regulator's orders."
    assert not of_type(body, "legal_action").empty


def test_a_statement_not_issued_is_no_statement():
    body = LEAD + "The regulator has not issued a formal statement on the dispute."
    assert of_type(body, "statement").empty


def test_a_notice_nobody_sent_is_no_notice():
    body = LEAD + "“Nobody sent us a notice,” a Pellow engineer said."
    assert of_type(body, "non_compliance_notice").empty


def test_met_with_a_blank_page_is_no_meeting():
    body = LEAD + "Readers who tried to open the channels on Friday were met with a blank page."
    assert of_type(body, "meeting").empty
    body = LEAD + "The second order, which came a week later, met a different fate."
    assert of_type(body, "meeting").empty


def test_a_meeting_held_is_still_a_meeting():
    body = LEAD + "The regulator's chairman met Pellow's executives in Dreva on Tuesday."
    assert not of_type(body, "meeting").empty


def test_questioning_why_channels_were_restored_tells_no_restoration():
    body = LEAD + "The chairman questioned why the channels were restored without the regulator's consent."
    assert of_type(body, "restoration").empty
