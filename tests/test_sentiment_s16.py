"""Session 16: a bare past "refused" reports the outcome of requests; defiance keeps "refused to".

From the tone errors of dev and rounds 4-66: where "refused" alone decided the domain tone the labels were neutral 12
times and negative 5 ("it refused most of them", "requests were refused", "the judge refused"); the defiance sense
has its own row, "refused to" (-1.2), and "refuse" / "refusing" keep VADER's valence. The raw score stays NLTK's.
"""
from __future__ import annotations

import pytest

from helpers import sentiment

OUTCOMES = [
    "Lumo says it refused most government takedown demands in the first half of the year.",
    "\u201cThey tell you how many requests were refused, not which ones,\u201d he said.",
    "She asked the court to hear the appeal first; the judge refused.",
]
DEFIANCE = [
    "The company refused to comply with the order.",
    "\u201cIf we refuse, they switch us off for eleven million people.\u201d",
]


@pytest.mark.parametrize("text", OUTCOMES)
def test_a_reported_refusal_of_requests_is_neutral(text: str) -> None:
    assert sentiment.tone(sentiment.score_domain([text])[0]) == "neutral"
    assert sentiment.score_raw([text])[0] < 0  # raw VADER still reads refused at -1.2


@pytest.mark.parametrize("text", DEFIANCE)
def test_refused_to_and_refuse_stay_negative(text: str) -> None:
    assert sentiment.tone(sentiment.score_domain([text])[0]) == "negative"


@pytest.mark.parametrize("text", OUTCOMES + DEFIANCE)
def test_fast_domain_score_equals_nltk_with_the_rules(text: str) -> None:
    assert sentiment.score_domain([text]) == sentiment.score_domain([text], exact_nltk=True)
    assert sentiment.score_raw([text]) == sentiment.score_raw([text], exact_nltk=True)


def test_the_lexicon_row_has_a_reason() -> None:
    lex = sentiment.read_domain_lexicon()
    row = lex[lex["term"] == "refused"]
    assert len(row) == 1 and row["valence"].iloc[0] == 0 and "refused to" in row["reason"].iloc[0]
    assert lex[lex["term"] == "refused to"]["valence"].iloc[0] < 0
