"""Session 26 (tone6): criticism carried by no word VADER scores.

Threats of a sanction ('will open proceedings', 'there will be consequences', 'a fine of up to'), complaints of
non-compliance or silence ('acted on none of them', 'we are still waiting'), due-process complaints ('without telling
him'), reproaches ('had every chance', 'made censorship a habit', 'that is not free speech'), the slippery-slope
warning ('tomorrow it will be ...'), a rebuff ('dismissed the report'), an announced use of powers ('we will use
...') and a harm counted ('cost') read negative; the neighbouring factual forms stay neutral. Sentences written for
these tests.
"""
import pytest

from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


def tone(text: str) -> str:
    return sentiment.tone(domain(text))


NEGATIVE = [
    "The regulator said it would open proceedings against the app on Monday.",
    "If the channels stay up, there will be consequences for the firm.",
    "Breaching the rule can bring a fine of up to 5 percent of revenue.",
    "The agency said the firm got eleven requests and acted on none of them.",
    "We asked for the legal basis and were given none.",
    "We wrote to the agency in May and we are still waiting for a reply.",
    "I am still waiting.",
    "The app hid her page without telling her.",
    "The decree was passed without a single hearing.",
    "The leak showed how little users are told about these requests.",
    "Today it is one blogger, tomorrow it will be every newspaper.",
    "The agency dismissed the report within an hour.",
    "We will use every power the statute gives us.",
    "Posting a judge's home address is not free expression.",
    "The ministry has made removal requests a habit.",
    "The firm has had every chance to fix this.",
    "The shutdown has cost shop owners a month of sales.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_unscored_criticism_reads_negative(text):
    assert tone(text) == "negative", text


@pytest.mark.parametrize("text", [
    "The firm said it was still waiting for an answer from the agency.",
    "The ruling was published on Friday.",
    "The judge set the costs of the case at two lakh rupees.",
    "The app is free to appeal the order.",
    "The agency said it would use the new form from June.",
])
def test_neighbouring_facts_stay_neutral(text):
    assert tone(text) == "neutral", text


@pytest.mark.parametrize("text", NEGATIVE[:6])
def test_exact_nltk_path_agrees(text):
    assert sentiment.score_domain([text], exact_nltk=True)[0] == pytest.approx(domain(text))


def test_raw_sentiment_is_plain_vader():
    text = "The regulator said it would open proceedings against the app on Monday."
    assert sentiment.score_raw([text])[0] == pytest.approx(sentiment.raw_analyzer().polarity_scores(text)["compound"])
