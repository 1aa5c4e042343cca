"""Events, session 29 (events11): trigger families the patterns alone missed on new text (rows of
``data/lexicons/event_patterns.csv`` marked "session 29, events11"): a party's reply told with its time, channel or
manner, 'said' with its time right after it, words spoken in a chamber or outside a court, readouts and notices on a
party's own website, answers to the writer's question, words told to the writer's own channel or a broadcaster, the rest of an order's items kept up,
an order withdrawn, a court declining to take up a case, and a statement told as later than the one before it
(``events.MEDIUM``: no reference back). Each sentence below is written for the
test; the rules run with the learned detector off (what an unseen article's wording is left with)."""
import pandas as pd
import pytest

from helpers import actors, event_model, events, text

LEAD = "The Corvane media ministry ordered the app Tillo to block 40 channels last month.\n\n"
DATE = "2025-09-19"


def of_type(body: str, kind: str, date: str = DATE) -> pd.DataFrame:
    """The events of ``kind`` the patterns alone find in ``body`` (the learned detector off)."""
    sents = actors.attribute(body, text.split_sentences(body))
    with event_model.using(None):
        found = events.extract(date, sents)
    return found[found["event_type"] == kind].reset_index(drop=True)


def evidence_with(body: str, kind: str, words: str) -> pd.DataFrame:
    rows = of_type(body, kind)
    return rows[rows["evidence"].str.contains(words, regex=False)]


@pytest.mark.parametrize("sentence", [
    "The ministry replied a day later in a two-line note.",
    "Tillo answered by email on Thursday evening.",
    "Hours later the ministry replied on its own channel.",
    "The company said yesterday that it was studying the order.",
    "Speaking in the upper house on Tuesday, the deputy minister called the app reckless.",
    "The fishermen's lawyer, speaking outside the courthouse, said the block was a punishment.",
    "According to a ministry readout, the secretary asked Tillo to name a local officer.",
    "In a short notice on its website, the ministry listed the channels by name.",
    "A senior ministry official told our correspondent that the list would grow.",
    "The deputy minister told a television channel on Friday that the app had been warned.",
    "A ministry official, asked about the delay, said the order still stood.",
])
def test_a_party_speaking_with_its_time_or_place_is_a_statement(sentence):
    words = sentence.split(",")[0][:20]
    assert len(evidence_with(LEAD + sentence, "statement", words)) == 1


@pytest.mark.parametrize("sentence", [
    "The ministry responded within hours.",
    "The company, which said at the time that it disagreed, restored the channels two days later.",
    "Outside the courthouse, about 20 fishermen held up signs reading 'Let us post'.",
    "The ministry answered the next day with a warning that Tillo could be fined.",
    "Asked about the order, Tillo's office declined to comment.",
])
def test_no_statement_from_a_bare_reply_a_recalled_one_a_scene_or_a_warning(sentence):
    assert len(evidence_with(LEAD + sentence, "statement", sentence[:20])) == 0


@pytest.mark.parametrize("sentence", [
    "Tillo blocked 30 of the channels and has kept the other 10 online.",
    "Tillo acted on most of the list but kept 12 of them online.",
    "Tillo is contesting the remaining 14 in court.",
])
def test_the_rest_kept_up_is_a_refusal(sentence):
    rows = evidence_with(LEAD + sentence, "refusal", sentence[:15])
    assert len(rows) == 1 and rows.loc[rows.index[0], "side"] == "platform"


def test_an_order_withdrawn_is_a_restoration_by_the_state():
    rows = evidence_with(LEAD + "The ministry withdrew its order late on Friday.", "restoration", "withdrew")
    assert len(rows) == 1 and rows.loc[rows.index[0], "side"] == "government"



@pytest.mark.parametrize("sentence", [
    "The high court declined to take up Tillo's appeal on Wednesday.",
    "A judge in the capital refused to shield the app from the ministry's penalties.",
])
def test_a_court_declining_to_act_is_a_ruling(sentence):
    rows = evidence_with(LEAD + sentence, "court_ruling", sentence[:15])
    assert len(rows) == 1 and rows.loc[rows.index[0], "side"] == "government"


def test_a_statement_told_as_later_is_no_reference_back():
    first = LEAD + "The ministry said in a statement on Monday that the list was final.\n\n"
    again = "The ministry told reporters that Tillo had two days to act."
    later = "Afterwards, the ministry told reporters that Tillo had two days to act."
    assert len(of_type(first + again, "statement")) == 1  # told again, no time of its own: a reference back
    assert len(of_type(first + later, "statement")) == 2
