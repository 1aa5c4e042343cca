"""Session 28 (tone8): conflict words VADER does not score, added to ``domain_sentiment.csv``.

Each sentence is invented for the test; none reads negative (positive) without its row.
"""
import pytest

from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


@pytest.mark.parametrize("text", [
    "The minister said the company had falsely claimed to have acted on the list.",
    "The agency said the inquiry was opened on a complaint, not at anyone's behest.",
    "The channel posted invented notices about the vote.",
    "The mayor said he had been locked out of his account for a day.",
    "The slowdown also hit clinics that book visits through the app.",
    "Those were the hardest weeks of the dispute, she said.",
    "Going to court would be expensive for a small publisher, the lawyer said.",
    "The post alleged that an official had taken money from a contractor.",
    "The company called the size of the bill unprecedented.",
    "The petition asks why a less drastic step was not taken first.",
    "The ministry called the platform's statement mendacious.",
    "They said the new law was used to muzzle reporters.",
    "Editors said the visit sent a chilling message to newsrooms.",
    "The union said the regulator was meddling in editorial choices.",
    "The appeal says the ministry bypassed the courts.",
    "Officers said the replies of the local head had been evasive.",
    "We push back when a request goes too far.",
    "The group said the orders were drafted with a broad brush.",
    "The judge found the reasons in the file incomplete.",
    "The lawyer said the orders were poorly drafted.",
    "Her group called the promise of a review hollow.",
    "Users said they were afraid to post about the strike.",
])
def test_conflict_words_read_negative(text):
    assert sentiment.tone(domain(text)) == "negative", text


@pytest.mark.parametrize("text", [
    "The court had rightly held that the power covers whole accounts.",
    "The company said it works constructively with regulators.",
    "The new tools empower users to appeal a takedown.",
])
def test_approval_words_read_positive(text):
    assert sentiment.tone(domain(text)) == "positive", text


def test_factual_sentences_stay_neutral():
    for text in ("The ministry sent the list of handles on Tuesday.",
                 "The company filed its reply in the high court."):
        assert sentiment.tone(domain(text)) == "neutral", text


def test_new_rows_match_nltk_scorer():
    for text in ("The order goes too far and the replies were evasive.",
                 "It was not at anyone's behest, the police said."):
        assert domain(text) == sentiment.score_domain([text], exact_nltk=True)[0], text


def test_raw_vader_does_not_see_the_new_rows():
    assert sentiment.tone(sentiment.score_raw(["The appeal says the ministry bypassed the courts."])[0]) == "neutral"
