"""helpers.fastvader gives NLTK's VADER scores exactly, raw and with the domain lexicon."""
from __future__ import annotations

import pytest

from helpers import paths, sentiment, validation
from helpers.fastvader import FastVader, compound_pair, strip_token, tokenize

EDGE_CASES = [
    "", "   ", "a", "!", "The food is good.", "The food is not good.", "It isn't bad at all",
    "The food is GOOD, but the service is horrible!!!", "The food is GOOD and GREAT", "GOOD GOOD GOOD",
    "It was kind of good", "Kind of bad", "kind of", "sort of nice?? really??", "great???? really????",
    "Never so good", "never this bad", "at least good", "very least good", "least good", "the least bad thing",
    "That was the bomb!", "They did not cut the mustard", "yeah right, good", "a kiss of death for them",
    "living hand to mouth", "the bad ass hero", "just enough good", ":) :D <3 :( ;) :-(", "'cause it's great!?",
    "great!?!", "--great--", "\"excellent\"", "(happy)", "?!?!good", "VERY GOOD indeed", "very GOOD",
    "extremely bad", "not very bad", "it isn't really all that bad", "so not good", "without love", "nothing good",
    "good good good but bad bad", "BUT it is bad", "The order was unlawful, but Twitter complied!",
]


@pytest.fixture(scope="module")
def raw() -> tuple:
    """NLTK's analyzer and a FastVader over the same lexicon."""
    sia = sentiment.raw_analyzer()
    return sia, FastVader(sia.lexicon)


@pytest.fixture(scope="module")
def domain() -> tuple:
    """NLTK's analyzer with the domain lexicon (and its negation rule), its phrase pattern, and a FastVader with both."""
    sia, pattern = sentiment.domain_analyzer()
    return sia, pattern, FastVader(sia.lexicon, negates_negative=False)


def test_nyt_editorials_equal_nltk(raw) -> None:
    """All 5,190 NYT editorial snippets: compound (and neg/neu/pos) equal NLTK's."""
    path = paths.nyt_benchmark()
    if not path.exists():
        pytest.skip(f"NYT editorial benchmark not found at {path} (shared/benchmarks not mounted)")
    sia, fast = raw
    texts = validation.read_nyt(path)["text"].tolist()
    assert len(texts) == 5190
    bad = [t for t in texts if abs(sia.polarity_scores(t)["compound"] - fast.compound(t)) > 1e-9]
    assert not bad, f"{len(bad)} snippets differ, first: {bad[0]!r}"
    assert all(sia.polarity_scores(t) == fast.polarity_scores(t) for t in texts[:500])


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_equal_nltk(raw, text: str) -> None:
    """Negations, ALL CAPS, 'but', 'kind of', '!', '?', emoticons, idioms, empty text: same dict as NLTK."""
    sia, fast = raw
    assert fast.polarity_scores(text) == sia.polarity_scores(text)
    assert abs(fast.compound(text) - sia.polarity_scores(text)["compound"]) < 1e-9


def test_edge_cases_are_not_trivial(raw) -> None:
    """The edge cases exercise the rules: negation flips, caps and '!' raise, 'but' reweights."""
    _, fast = raw
    assert fast.compound("The food is good.") > 0 > fast.compound("The food is not good.")
    assert fast.compound("The food is GOOD and the rest is ok") > fast.compound("The food is good and the rest is ok")
    assert fast.compound("The food is good!!!") > fast.compound("The food is good.")
    assert fast.compound("") == 0.0


def test_domain_lexicon_equal_nltk(domain) -> None:
    """With the domain lexicon (and phrase rewriting), scores equal NLTK's on the edge cases and domain phrases."""
    sia, pattern, fast = domain
    texts = EDGE_CASES + ["The order curbs free speech and freedom of expression.",
                          "Non-compliance with a lawful order is a fundamental right violation?"]
    for text in texts:
        rewritten = sentiment.rewrite_phrases(text, pattern)
        assert fast.compound(rewritten) == sia.polarity_scores(rewritten)["compound"], text


def test_arbitrary_lexicon_and_pair(raw) -> None:
    """Any lexicon dict works (words added or overridden), and compound_pair scores both in one pass."""
    _, base = raw
    custom = FastVader({**base.lexicon, "takedown": -2.0, "good": 3.5})
    assert base.compound("the takedown order") == 0.0
    assert custom.compound("the takedown order") < 0
    assert custom.compound("good") > base.compound("good")
    assert compound_pair(base, custom, "a good takedown", "a good takedown") == (
        base.compound("a good takedown"), custom.compound("a good takedown"))


def test_tokenize_strips_like_nltk() -> None:
    """Tokens lose one listed punctuation mark before or after a plain word; others are kept."""
    assert tokenize("Hello, world! a :) (ok) don't. wow!?") == ["Hello", "world", ":)", "(ok)", "don't.", "wow!?"]
    assert strip_token("!!!great") == "great" and strip_token("great!!!!") == "great!!!!"


def test_domain_scores_equal_nltk_on_nyt(domain) -> None:
    """With the domain lexicon, the fast path (context rules skipped where none applies) equals NLTK's scorer."""
    path = paths.nyt_benchmark()
    if not path.exists():
        pytest.skip(f"NYT editorial benchmark not found at {path}")
    sia, pattern, fast = domain
    texts = [sentiment.rewrite_phrases(t, pattern) for t in validation.read_nyt(path)["text"].tolist()]
    bad = [t for t in texts if abs(sia.polarity_scores(t)["compound"] - fast.compound(t)) > 1e-9]
    assert not bad, f"{len(bad)} snippets differ, first: {bad[0]!r}"


def test_context_rules_still_apply_next_to_the_fast_path(raw) -> None:
    """A booster, a negation with n't, "least" or an idiom word in reach changes the valence; plain words do not."""
    sia, fast = raw
    for text in ["The plan is good.", "The plan is very good.", "The plan isn't good.", "The plan is the least good.",
                 "It was kind of good", "He said yeah right, good", "the plan is no good", "It is not that good at all"]:
        assert fast.compound(text) == sia.polarity_scores(text)["compound"], text
    assert fast.compound("The plan is very good.") > fast.compound("The plan is good.") > 0 > fast.compound("The plan isn't good.")


def test_token_cache_gives_the_tokens_of_the_rule() -> None:
    """Tokens come from the cache exactly as strip_token makes them, the second time too; one-letter tokens drop."""
    from helpers import fastvader

    text = "“Unusual,” said he: a (good) plan!? x don't."
    expected = [strip_token(t) for t in text.split() if len(t) > 1]
    fastvader.TOKENS.clear()
    assert tokenize(text) == expected and tokenize(text) == expected
    assert "x" not in fastvader.TOKENS.values() and fastvader.TOKENS["x"] == ""


def test_lower_cache_gives_the_lower_case_once_per_token() -> None:
    """``lower_all`` equals lower-casing each token, and hands out one string object per distinct token."""
    from helpers import fastvader

    toks = ["Twitter", "BLOCKED", "the", "Ministry's", "ÉCLAT", "twitter", "Twitter"]
    first, again = fastvader.lower_all(toks), fastvader.lower_all(list(toks))
    assert first == [t.lower() for t in toks]
    assert all(a is b for a, b in zip(first, again))
