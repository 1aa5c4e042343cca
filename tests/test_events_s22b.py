"""Events, session 22 (events2): wordings of rounds 91-93 -- a court adjourning a hearing is its decision; a referral
to prosecutors or the loss of licences held over a platform is a threat; a channel that went dark in a country was
withheld there (not when the phrase only names things by that event)."""
import pandas as pd
import pytest

from helpers import actors, events, text


def extract(body: str, date: str = "2024-05-10") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def types(sentence: str) -> set[str]:
    return {t.event_type for _, _, t in events.trigger_matches(sentence)}


def test_a_court_adjourning_is_a_court_ruling():
    assert "court_ruling" in types("The district court on Monday adjourned the case to next month.")
    assert "court_ruling" in types("Judge Vera Holm adjourned the hearing after the ministry asked for time.")
    found = extract("The appeals court on Tuesday adjourned the platform's challenge to the blocking order.")
    row = found[found["event_type"] == "court_ruling"]
    assert len(row) == 1 and row.iloc[0]["side"] == "government"


def test_adjourned_without_a_court_is_not_a_ruling():
    assert "court_ruling" not in types("The talks adjourned without a deal late on Friday.")


def test_referral_to_prosecutors_and_lost_licences_are_threats():
    assert "legal_threat" in types("The agency said it would refer the app to prosecutors if the videos stayed up.")
    assert "legal_threat" in types("Carriers that ignore the order will lose their licences, the regulator said.")
    assert "legal_threat" not in types("The firm referred questions to its lawyers.")


def test_went_dark_in_a_country_is_withholding():
    assert "withholding" in types("The channel went dark in Orvania on Friday after the request.")
    assert "withholding" not in types("Read our coverage of the pages that went dark in Orvania on Friday.")
    assert "withholding" not in types("The stadium went dark at nine.")


@pytest.mark.parametrize("body,meeting", [
    ("The judge ruled on Tuesday that the company had met every condition he set.", False),
    ("The regulator said the app had met every condition of the order.", False),
    ("The secretary met with the company's policy chief on Tuesday.", True),
])
def test_a_condition_met_is_no_meeting_even_for_the_detector(body, meeting):
    """Session 22: the detector retrained on 87 sets read 'met every condition' as a meeting; the pipeline drops it
    (the verifier and the date chooser are off here, tests/conftest.py)."""
    assert ("meeting" in set(extract(body, "2024-10-09")["event_type"])) == meeting
