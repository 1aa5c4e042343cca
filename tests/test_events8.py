"""Events, session 27 (events8): guards against false alarms on acts only referred to (words in
``data/lexicons/event_background_words.csv``): a refusal told as a habit or a denial ('never refused'), a refusal's
verb used as an adjective of orders ('a refused order'), a time between a court and its verb ('The appeals court on
Monday refused to suspend ...': no platform refusal), and a correction's label before an earlier version's words."""
from helpers import events
from test_events6 import LEAD, of_type


def test_lexicon_kinds_are_read():
    words = events.background_words()
    assert set(words) == set(events.BACKGROUND_KINDS)
    assert "never" in words["habit"] and "orders" in words["order_noun"]


def test_a_refusal_told_as_a_habit_or_denial_is_no_event():
    body = LEAD + "\"Our company has never refused a court's instruction,\" said Pellow's counsel, Ada Roos."
    assert of_type(body, "refusal").empty
    body = LEAD + "An official said that the big apps had seldom refused a request in the past."
    assert of_type(body, "refusal").empty


def test_a_refusal_still_told_is_kept():
    body = LEAD + "Pellow refused to block the channels on Tuesday, its spokesperson said."
    assert len(of_type(body, "refusal")) == 1


def test_a_refused_order_named_is_no_refusal():
    body = LEAD + "Most of the refused requests concerned local reporters, a researcher said."
    assert of_type(body, "refusal").empty
    assert events.referred_refusal("a refused order is not a late one", 2, 9)
    assert not events.referred_refusal("Pellow refused orders to block them", 7, 14)
    assert not events.referred_refusal("The app sat on the order for a week.", 8, 18)  # a subject, no adjective


def test_a_court_refusing_after_a_day_is_no_platform_refusal():
    gap = events.background_regexes()["time_gap"]
    assert gap.match(" on Monday refused", 0).end() == len(" on Monday")
    body = LEAD + "The Drevan High Court on Monday refused to suspend the order against Pellow."
    assert (of_type(body, "refusal")["side"] != "platform").all()


def test_a_correction_of_an_earlier_version_tells_no_act():
    body = LEAD + ("Correction: An earlier version of this article said the regulator had ordered Pellow to remove "
                   "900 videos.")
    rows = of_type(body, "blocking_order")
    assert not rows["evidence"].str.contains("Correction", regex=False).any()
    assert events.CHECKED_CLAIM.match("The earlier version of this story also said that Pellow had been fined.")
    assert not events.CHECKED_CLAIM.match("The report said the regulator had fined Pellow.")
