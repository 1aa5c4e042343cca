"""Events, session 21 (third pass on rounds 88-90): second events in one sentence and events of the wrong type."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def types(sentence: str) -> set[str]:
    return {t.event_type for _, _, t in events.trigger_matches(sentence)}


def test_a_judge_ordering_a_party_to_file_is_a_ruling_not_a_blocking_order():
    assert "court_ruling" in types("Justice Tallis ordered the ministry to file the police report by April 24.")
    assert "court_ruling" in types("She ordered the state to file the footage it relied on by Friday.")
    assert "court_ruling" not in types("The ministry ordered the company to block 250 accounts.")
    found = extract("Judge Mira Olsen heard the company's lawyers on Thursday. "
                    "She ordered the state to file the footage it relied on by Friday and listed the case for Monday.")
    kinds = set(found["event_type"])
    assert "court_ruling" in kinds
    assert "blocking_order" not in kinds  # the detector's blocking order at 'ordered' goes


def test_orders_acted_on_in_full_or_in_part_are_withholding():
    assert "withholding" in types("The company said it acted in full on 1,905 of the requests.")
    assert "withholding" in types("It had acted partly on 40 of the orders.")
    assert "withholding" not in types("The company said it acted in full compliance with the law.")


def test_a_summons_served_is_the_states_legal_action():
    assert "legal_action" in types("Officers handed staff a written summons, a company spokesman said.")
    assert "legal_action" in types("The summons was delivered by hand on Monday.")
    assert "legal_action" not in types("Vocalis said it had not received any summons as of Thursday evening.")


def test_a_second_list_sent_with_a_count_is_an_order_of_its_own():
    found = extract("The ministry ordered Twitter to block some 250 accounts on January 31, "
                    "and then sent a second list of 1,178 handles.", "2021-02-12")
    orders = found[found["event_type"] == "blocking_order"]
    assert len(orders) == 2
    second = orders[orders["count"] == 1178]
    assert len(second) == 1
    assert second.iloc[0]["date_start"] == "2021-01-31"  # sent after the first order, from its day
    # no count of its own: still one order ('a second list' alone may be the first's retelling)
    one = extract("The ministry ordered Twitter to block some 250 accounts on January 31, and then sent a second list.",
                  "2021-02-12")
    assert (one["event_type"] == "blocking_order").sum() == 1
