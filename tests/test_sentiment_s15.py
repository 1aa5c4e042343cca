"""Session 15: the domain score's mixed-sentence rule (``helpers.sentiment.weigh_mixed``).

In a sentence with both positive and negative words the positive ones count half; the characterisation token does
not count as the negative word. The raw score stays NLTK's, and ``DomainAnalyzer.polarity_scores`` stays NLTK's with
the negation rule only (tests/test_fastvader.py compares it with a plain ``FastVader``).
"""
from __future__ import annotations

import pytest

from helpers import paths, sentiment, validation
from helpers.fastvader import FastVader

MIXED = [
    "Digital Affairs Minister Anika Rhee praised Frame as a responsible partner and said Tattle was a disgrace.",
    "A platform that promised to follow every request offered its users little protection and great harm.",
    "The food is GOOD, but the service is horrible!!!",
    "We welcome the ruling, but the damage is done.",
    "Twitter described the meeting as constructive.",
    "The ministry called the ruling \u201ca victory for common sense\u201d and a defeat for lawlessness.",
]


def test_weigh_mixed_halves_positive_words_only_beside_a_negative_word() -> None:
    words = ["good", "bad", "plain"]
    assert sentiment.weigh_mixed([2.0, -1.0, 0.0], words) == [2.0 * sentiment.MIXED_POSITIVE_WEIGHT, -1.0, 0.0]
    assert sentiment.weigh_mixed([2.0, 1.0, 0.0], words) == [2.0, 1.0, 0.0]
    assert sentiment.weigh_mixed([-2.0, -1.0, 0.0], words) == [-2.0, -1.0, 0.0]
    token = sentiment.CHARACTERISATION_TOKEN  # a verdict token alone does not make a sentence mixed
    assert sentiment.weigh_mixed([-1.0, 2.0], [token, "constructive"]) == [-1.0, 2.0]


def test_a_mixed_sentence_leans_to_its_negative_words() -> None:
    raw_domain = FastVader(sentiment.domain_analyzer()[0].lexicon, negates_negative=False)
    _, pattern = sentiment.domain_analyzer()
    text = "We welcome the ruling, but the damage is done."
    before = raw_domain.compound(sentiment.rewrite_phrases(text, pattern))
    after = sentiment.score_domain([text])[0]
    assert after < before
    plain = "We welcome the ruling."  # no negative word: unchanged
    assert sentiment.score_domain([plain])[0] == raw_domain.compound(sentiment.rewrite_phrases(plain, pattern))
    assert sentiment.tone(sentiment.score_domain(["Twitter described the meeting as constructive."])[0]) == "positive"


@pytest.mark.parametrize("text", MIXED)
def test_fast_domain_score_equals_nltk_with_the_rule(text: str) -> None:
    sia, pattern = sentiment.domain_analyzer()
    rewritten = sentiment.rewrite_phrases(text, pattern)
    assert sentiment.score_domain([text]) == sentiment.score_domain([text], exact_nltk=True)
    assert sentiment.fast_analyzers()[1].polarity_scores(rewritten) == sia.domain_scores(rewritten)
    assert sia.words is None  # polarity_scores is NLTK's + negation rule again after domain_scores


def test_raw_score_and_polarity_scores_untouched() -> None:
    sia, pattern = sentiment.domain_analyzer()
    plain = FastVader(sia.lexicon, negates_negative=False)
    for text in MIXED:
        rewritten = sentiment.rewrite_phrases(text, pattern)
        assert sia.polarity_scores(rewritten)["compound"] == plain.compound(rewritten)
        assert sentiment.score_raw([text]) == sentiment.score_raw([text], exact_nltk=True)


def test_nyt_domain_scores_equal_nltk_and_correlation_stays_above_raw() -> None:
    if not paths.nyt_benchmark().exists():
        pytest.skip("NYT editorial benchmark not mounted")
    texts = validation.read_nyt()["text"].tolist()
    assert sentiment.score_domain(texts) == sentiment.score_domain(texts, exact_nltk=True)
    check = validation.nyt_check()
    assert check["r_domain"] >= check["r_raw"] and check["r_domain"] > 0.515
