"""Session 22 (tone2): domain lexicon rows from the sentiment_domain errors of rounds 91-93, kept after checking
each across all 87 sets.

Reproaches VADER does not score (forgery, disobeyed, a loophole, "did nothing", lecturing, "sat on the orders",
"chose not to", "not compliance", due-process complaints "without notice / reasons / explaining", a site that
"went dark") read negative; names ("United States", "daily penalty"), scopes ("limited to"),
quantities ("well under"), courtesy before an appeal ("respects the court") and a
concession ("a fair criticism") no longer colour the tone. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from helpers import sentiment


def domain_tone(text: str) -> str:
    return sentiment.tone(sentiment.score_domain([text])[0])


NEGATIVE = [
    "The candidate said the leaked letter was a forgery.",
    "Officials said the memo had been forged by a rival campaign.",
    "The regulator said the network had disobeyed two directions in March.",
    "The senator said the exemption was a loophole for large firms.",
    "\u201cThey were warned for a month and did nothing,\u201d the inspector said.",
    "The minister said foreign firms should stop lecturing the country on its laws.",
    "The judge said the firm had sat on the notices for ten months.",
    "The agency said the app had been warned twice and had chosen not to act.",
    "\u201cHalf a takedown is not compliance,\u201d the deputy minister said.",
    "The editor said the page was blocked without notice and without reasons.",
    "Her bakery's page went dark on Monday night, she said.",
]
NEUTRAL = [
    "The firm has most of its servers in the United States.",
    "The tribunal kept the daily penalty in place until the hearing.",
    "The order is limited to the two northern districts.",
    "The agency sent well under 300 notices in the quarter.",
    "The ministry respects the court but will appeal the ruling.",
    "A: That is a fair criticism, and we are drafting new guidance.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_reproaches_read_negative(text: str) -> None:
    assert domain_tone(text) == "negative"


@pytest.mark.parametrize("text", NEUTRAL)
def test_names_scopes_and_formulas_are_neutral(text: str) -> None:
    assert domain_tone(text) == "neutral"


def test_raw_vader_is_unchanged() -> None:
    assert sentiment.score_raw(["The firm respects the court."])[0] > 0
    assert sentiment.score_raw(["Its servers are in the United States."])[0] > 0


def test_exact_nltk_path_agrees() -> None:
    texts = NEGATIVE + NEUTRAL
    fast = sentiment.score_domain(texts)
    exact = sentiment.score_domain(texts, exact_nltk=True)
    assert fast == pytest.approx(exact, abs=1e-9)
