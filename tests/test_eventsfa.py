"""Events, session 29 (eventsfa): guards against false alarms on acts told again or not told at all (words in
``data/lexicons/event_background_words.csv``, ``events.told_again``): what the orders a platform got 'asked us to'
do, a ruling's reasoning told after the ruling ('Justice X held that ...'), a feeling not hidden, a court's refusal
to suspend an order, withheld content named ('the withheld channels') and a refusal weighed as a gerund ('ignoring the
order is not an option')."""
from helpers import event_model, event_verifier, events
from test_events6 import LEAD
from test_events6 import of_type as shipped_of_type


def of_type(body: str, kind: str):
    """The events of one type the patterns alone find (the learned detector and verifier off: what new text gets)."""
    with event_model.using(None), event_verifier.using(None):
        return shipped_of_type(body, kind)


def told(body: str, kind: str, words: str):
    rows = of_type(body, kind)
    return rows[rows["evidence"].str.contains(words, regex=False)]


def test_new_kinds_are_read():
    words = events.background_words()
    assert set(words) == set(events.BACKGROUND_KINDS)
    assert "asked" in words["asked_us"] and "could" in words["gerund_after"]
    assert "held that" in words["ruling_reason"] and "her" in words["own_feeling"]


def test_what_orders_asked_of_us_is_no_new_order():
    body = LEAD + "\"Most of those requests asked us to delete satire about the mayor, and we said no,\" Pellow's director said."
    assert told(body, "blocking_order", "asked us to delete").empty


def test_an_order_to_us_with_a_date_is_kept():
    body = LEAD + "\"The ministry asked us to remove 12 videos on Tuesday,\" Pellow's director said."
    assert len(told(body, "blocking_order", "asked us to remove")) == 1


def test_a_rulings_reasoning_told_after_it_is_no_new_ruling():
    body = LEAD + ("The Drevan High Court dismissed Pellow's petition on Tuesday.\n\n"
                   "Justice Ilsa Brandt held that the regulator may block whole channels, not only single clips.")
    assert len(of_type(body, "court_ruling")) == 1
    assert told(body, "court_ruling", "held that").empty


def test_a_ruling_told_first_as_held_is_kept():
    body = LEAD + "Justice Ilsa Brandt of the Drevan High Court held that the regulator may block whole channels."
    assert len(told(body, "court_ruling", "held that")) == 1


def test_a_feeling_not_hidden_is_no_refusal():
    body = LEAD + "Pellow's founder, Ode Varga, did not hide his irritation at the hearing."
    assert told(body, "refusal", "did not hide").empty
    body = LEAD + "Pellow did not hide the channels from its users in Drevan, the regulator said."
    assert len(told(body, "refusal", "did not hide")) == 1


def test_a_court_declining_to_suspend_is_no_platform_refusal():
    body = LEAD + "Two days later the court admitted Pellow's petition but declined to suspend the order."
    assert (told(body, "refusal", "declined to suspend")["side"] != "platform").all()


def test_withheld_content_named_is_no_withholding():
    body = LEAD + "Screenshots of the withheld channels were shared widely on other apps."
    assert told(body, "withholding", "withheld channels").empty
    body = LEAD + "A lawyer said the 12 withheld Pellow accounts belong to reporters."
    assert told(body, "withholding", "withheld Pellow").empty


def test_a_withholding_told_is_kept():
    body = LEAD + "Pellow withheld the channels in Drevan on Tuesday."
    assert len(told(body, "withholding", "Pellow withheld")) == 1


def test_a_ruling_told_in_a_new_decision_is_kept():
    body = LEAD + ("The Drevan High Court dismissed Pellow's petition on Tuesday.\n\n"
                   "In a 4-1 decision on Friday, the Supreme Court held that the regulator had exceeded its powers.")
    assert len(told(body, "court_ruling", "held that")) == 1


def test_a_refusal_weighed_as_a_gerund_is_no_refusal():
    body = LEAD + "\"Pellow may disagree, but ignoring the orders is not an option,\" the regulator's chair said."
    assert told(body, "refusal", "ignoring the orders").empty
    body = LEAD + "The regulator warned Pellow that ignoring its orders could cost it its licence."
    assert told(body, "refusal", "ignoring its orders").empty


def test_a_refusal_told_as_a_gerund_reason_is_kept():
    body = LEAD + "The regulator fined Pellow on Monday for ignoring the orders."
    assert len(told(body, "refusal", "ignoring the orders")) == 1
