"""Session 22 (tone1): domain lexicon rows for recurring tone errors of sentiment_domain.

Rebukes phrased with words VADER does not score ("an order is not a suggestion", "the law is not a menu",
"posturing", "heavy-handed") read negative; an accusation of seeking sympathy is not warm; policy names
("platform manipulation", "manipulated media"), firm names ("... Securities"), dating ("the original order"),
function phrases ("as well", "well over") and "take ... seriously" no longer colour the tone. The raw score stays NLTK's. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from helpers import sentiment


def domain_tone(text: str) -> str:
    return sentiment.tone(sentiment.score_domain([text])[0])


NEGATIVE = [
    "\u201cA court order is not a suggestion,\u201d the minister told the assembly.",
    "The regulator said its deadlines were not suggestions.",
    "\u201cOur statute is not a menu,\u201d the spokeswoman said.",
    "The agency said the firm was posturing instead of removing the posts.",
    "Press groups called the shutdown heavy-handed.",
    "The police said the app's statement was meant to win sympathy abroad.",
    "The prosecutor said the company was seeking sympathy.",
]
NEUTRAL = [
    "The app said it had closed 300 profiles for spam and platform manipulation last month.",
    "The site labelled the clip as manipulated media on Friday.",
    "An analyst at Northgate Securities said the quarter would be unaffected.",
    "The hearing concerns the original order issued in March.",
    "The ministry sent two more notices as well.",
    "The board has waited for well over a month.",
    "\u201cWe take these notices seriously,\u201d the company wrote.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_rebukes_and_accusations_read_negative(text: str) -> None:
    assert domain_tone(text) == "negative"


@pytest.mark.parametrize("text", NEUTRAL)
def test_names_figures_and_function_phrases_are_neutral(text: str) -> None:
    assert domain_tone(text) == "neutral"


def test_raw_vader_is_unchanged() -> None:
    assert sentiment.score_raw(["The police said it was meant to win sympathy."])[0] > 0
    assert sentiment.score_raw(["An analyst at Northgate Securities said so."])[0] > 0


def test_exact_nltk_path_agrees() -> None:
    texts = NEGATIVE + NEUTRAL
    fast = sentiment.score_domain(texts)
    exact = sentiment.score_domain(texts, exact_nltk=True)
    assert fast == pytest.approx(exact, abs=1e-9)
