"""Events, session 20 (fourth pass, precision): a claim quoted to be fact-checked, or an earlier article's words
quoted by a correction, tells no event of the narrator's."""
import pytest

from helpers import actors, events, text


def types_of(body: str, date: str = "2023-05-12") -> list[str]:
    sents = actors.attribute(body, text.split_sentences(body))
    return list(events.extract(date, sents)["event_type"])


@pytest.mark.parametrize("body", [
    'Claim 1: "The government ordered Vellum to block thousands of accounts in a single day."',
    "Claim 4: “Vellum refused to block journalists and politicians.”",
    "Claim two, from a popular Facebook page: “The ministry has threatened to jail Vellum's local staff for seven years.”",
    "An article published in this newspaper on Monday, May 8, said the platform Vellum had blocked 3,120 accounts "
    "after an order from the Digital Affairs Authority.",
    "A story published on this site on Tuesday, May 9, said that Vellum had refused an order from the ministry to "
    "block 86 channels.",
])
def test_a_claim_being_checked_or_corrected_is_no_event(body):
    assert types_of(body) == []


@pytest.mark.parametrize("body, etype", [
    ("The government ordered Vellum to block 1,200 accounts on May 3.", "blocking_order"),
    ("Vellum refused on Tuesday to block the accounts of journalists and politicians.", "refusal"),
    ("The claim is false: Vellum blocked 3,120 accounts on May 4 after an order from the authority.", "withholding"),
    ("The report said Vellum had blocked 3,120 accounts on May 4.", "withholding"),
])
def test_the_checks_verdict_and_a_report_still_tell_events(body, etype):
    assert etype in types_of(body)
