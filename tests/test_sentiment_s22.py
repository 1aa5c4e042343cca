"""Session 22: domain-lexicon rows for recurring tone errors of sentiment_domain, in two passes.

tone1 (from the training rounds' errors): rebukes phrased with words VADER does not score ("an order is not a
suggestion", "the law is not a menu", "posturing", "heavy-handed") read negative; an accusation of seeking sympathy
is not warm; policy names ("platform manipulation", "manipulated media"), firm names ("... Securities"), dating ("the
original order"), function phrases ("as well", "well over") and "take ... seriously" no longer colour the tone.

tone2 (from the errors of rounds 91-93, each row checked across all 87 sets): reproaches VADER does not score
(forgery, disobeyed, a loophole, "did nothing", lecturing, "sat on the orders", "chose not to", "not compliance",
"without notice / reasons / explaining", a site that "went dark") read negative; names ("United States", "daily
penalty"), scopes ("limited to"), quantities ("well under"), courtesy before an appeal ("respects the court") and a
concession ("a fair criticism") are neutral.

The raw score stays NLTK's. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from helpers import sentiment


def domain_tone(text: str) -> str:
    return sentiment.tone(sentiment.score_domain([text])[0])


NEGATIVE = [
    # tone1
    "\u201cA court order is not a suggestion,\u201d the minister told the assembly.",
    "The regulator said its deadlines were not suggestions.",
    "\u201cOur statute is not a menu,\u201d the spokeswoman said.",
    "The agency said the firm was posturing instead of removing the posts.",
    "Press groups called the shutdown heavy-handed.",
    "The police said the app's statement was meant to win sympathy abroad.",
    "The prosecutor said the company was seeking sympathy.",
    # tone2
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
    # tone1
    "The app said it had closed 300 profiles for spam and platform manipulation last month.",
    "The site labelled the clip as manipulated media on Friday.",
    "An analyst at Northgate Securities said the quarter would be unaffected.",
    "The hearing concerns the original order issued in March.",
    "The ministry sent two more notices as well.",
    "The board has waited for well over a month.",
    "\u201cWe take these notices seriously,\u201d the company wrote.",
    # tone2
    "The firm has most of its servers in the United States.",
    "The tribunal kept the daily penalty in place until the hearing.",
    "The order is limited to the two northern districts.",
    "The agency sent well under 300 notices in the quarter.",
    "The ministry respects the court but will appeal the ruling.",
    "A: That is a fair criticism, and we are drafting new guidance.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_rebukes_and_reproaches_read_negative(text: str) -> None:
    assert domain_tone(text) == "negative"


@pytest.mark.parametrize("text", NEUTRAL)
def test_names_scopes_and_function_phrases_are_neutral(text: str) -> None:
    assert domain_tone(text) == "neutral"


@pytest.mark.parametrize("text", ["The police said it was meant to win sympathy.", "An analyst at Northgate Securities said so.",
                                  "The firm respects the court.", "Its servers are in the United States."])
def test_raw_vader_is_unchanged(text: str) -> None:
    assert sentiment.score_raw([text])[0] > 0


def test_exact_nltk_path_agrees() -> None:
    texts = NEGATIVE + NEUTRAL
    fast = sentiment.score_domain(texts)
    exact = sentiment.score_domain(texts, exact_nltk=True)
    assert fast == pytest.approx(exact, abs=1e-9)
