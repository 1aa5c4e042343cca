"""Events, session 28 (events9): trigger families the patterns alone missed on new text (rows of
``data/lexicons/event_patterns.csv`` marked "session 28, events9"): petitions, hashtags and rallies (backlash), a court
hearing still to come told with the case as subject, a counted part of the listed items acted on, content made
unavailable or gone from a service (withholding), and a meeting to come or told in the present. Each sentence below is
written for the test; the rule tests run with the detector's verifier off (tests/conftest.py)."""
import pandas as pd
import pytest

from helpers import actors, event_model, events, text

LEAD = "The Corvane media authority ordered the app Tillo to block 40 channels last month.\n\n"
DATE = "2025-09-19"


def of_type(body: str, kind: str, date: str = DATE) -> pd.DataFrame:
    """The events of ``kind`` the patterns alone find in ``body`` (the learned detector off: these rows are what a
    new article's wording is left with when the detector has not seen it)."""
    sents = actors.attribute(body, text.split_sentences(body))
    with event_model.using(None):
        found = events.extract(date, sents)
    return found[found["event_type"] == kind].reset_index(drop=True)


@pytest.mark.parametrize("sentence", [
    "More than 9,000 Tillo users have signed an online petition against the block.",
    "A group of fishermen started a petition asking the authority to think again.",
    "A petition against the order had collected 7,500 signatures by Thursday evening.",
    "Supporters of the app started a hashtag that was shared across rival sites.",
    "Musicians' unions have called a protest outside the authority for Saturday.",
    "About 300 people held a vigil outside Tillo's office on Monday night.",
])
def test_collective_protest_is_a_backlash(sentence):
    rows = of_type(LEAD + sentence, "backlash")
    assert len(rows) == 1 and rows.loc[0, "side"] == "other"


def test_a_petition_counted_again_is_no_new_backlash():
    body = LEAD + "Tillo users started a petition on Monday.\n\nBy Wednesday it had gathered 4,200 signatures."
    rows = of_type(body, "backlash")
    assert len(rows) == 1 and "started a petition" in rows.loc[0, "evidence"]


def test_a_hashtag_only_named_is_no_backlash():
    body = LEAD + "The authority said the hashtag used by the channels spread false claims about the floods."
    assert of_type(body, "backlash").empty


@pytest.mark.parametrize("sentence", [
    "The case will be heard again on October 2.",
    "The appeal returns to court on October 2.",
    "The High Court is due to hear the petition next month.",
    "The matter was relisted for Thursday.",
])
def test_a_hearing_to_come_is_the_courts_legal_action(sentence):
    body = LEAD + "Tillo challenged the order in the Corvane High Court.\n\n" + sentence
    rows = of_type(body, "legal_action")
    rows = rows[rows["evidence"].str.contains(sentence[:12], regex=False)]
    assert len(rows) == 1 and rows.iloc[0]["side"] == "government"


@pytest.mark.parametrize("sentence", [
    "By Friday the company had suspended 31 of them.",
    "Tillo has taken down 12 of the channels, a spokesperson said.",
    "Tillo made the channels unavailable to viewers in Corvane on Tuesday.",
    "The channels disappeared from the app's Corvane service on Tuesday.",
])
def test_content_acted_on_or_made_unavailable_is_withholding(sentence):
    rows = of_type(LEAD + sentence, "withholding")
    assert len(rows) == 1 and rows.loc[0, "side"] == "platform"


def test_unavailable_for_comment_is_no_withholding():
    assert of_type(LEAD + "A Tillo spokesperson was unavailable for comment on Friday.", "withholding").empty


@pytest.mark.parametrize("sentence", [
    "The authority is due to meet the app's representatives next week.",
    "The minister would meet Tillo's regional director on Monday.",
    "The parliamentary committee will question the authority's chairman next week.",
    "The deputy minister meets Tillo executives on Thursday.",
])
def test_a_meeting_to_come_or_told_in_the_present_is_a_meeting(sentence):
    assert len(of_type(LEAD + sentence, "meeting")) == 1


def test_meeting_a_deadline_is_no_meeting():
    assert of_type(LEAD + "Tillo said it would meet the deadline set by the authority.", "meeting").empty


def test_the_rows_are_in_the_lexicon():
    from helpers import paths

    rows = pd.read_csv(paths.LEXICONS / "event_patterns.csv", dtype=str, keep_default_na=False)
    assert rows["note"].str.contains("session 28, events9", regex=False).sum() == 8
    assert len(events.patterns()) == len(rows)
