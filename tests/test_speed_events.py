"""The faster forms of the events stage (session 6, speed) against the plainer forms they replace.

- ``event_model.Lookup`` finds a text's feature rows through numbered words and pairs of numbers instead of
  building each feature string: the same rows in the same order, so bit-for-bit the same logits;
- ``events.extract_many`` scores the detector over a whole batch of articles at once: the same events as
  ``extract_columns`` article by article;
- ``dates.PatternSet`` compiles every alternative when it is built (``keep_parses``): the same matches as the
  plain regexes and as compiling each on first use.
"""
from __future__ import annotations

import random
import re

import numpy as np
import pytest

from conftest import spread
from helpers import actors, corpus, dates, event_model, events, paths, text

ODD = [
    "",
    "   ",
    "Twitter’s accounts zorbled; Twitter's accounts zorbled again, and again: zorbled zorbled.",
    "THE MINISTRY ORDERED X TO BLOCK 1,178 ACCOUNTS — officials said on Monday.",
    "co-founder re-tweeted the ‘blocking’ order…\u00a0then\u2009withheld it\ttwice\nin India",
    "don't won't can't isn't it's 'quoted' ’curly’ rock'n'roll o'clock ''double''",
    "a a a a the the the of of of a__b x__y the__the",
    "123 4,567 9.5 Rs 10 crore INR 5 lakh 2021-02-03",
    "Ünïcödé wörds naïve café résumé Straße İstanbul ﬁle",
]


def project_sentences() -> list[str]:
    """Sentences of the seed, the test articles and the annotation rounds' articles, plus odd strings."""
    out = list(ODD)
    folders = [paths.ARTICLES, paths.ANNOTATED_ARTICLES, *sorted(paths.ANNOTATIONS.glob("rounds/*/articles"))]
    for path in spread([path for folder in folders for path in sorted(folder.glob("*.txt"))]):
        out.extend(text.split_sentences(path.read_text(encoding="utf-8"))["text"].tolist())
    return out


def shuffled_words(sentences: list[str], n: int, seed: int = 6) -> list[str]:
    """Random word salads from the sentences' tokens (pairs the training never saw, repeated words)."""
    rng = random.Random(seed)
    tokens = [t for s in sentences for t in s.split()]
    return [" ".join(rng.choice(tokens) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = project_sentences()
    return found + shuffled_words(found, 400)


def test_lookup_rows_are_the_plain_rows_and_the_logits_the_same_bits(sentences):
    model = event_model.load()
    assert model is not None
    assert len(sentences) > 500
    lookup = model._lookup or model._build_lookup()
    for sentence in sentences:
        assert lookup.rows(sentence) == model.rows_plain(sentence), sentence
    for at in range(0, len(sentences), 37):  # batches of varied size, as articles give them
        batch = sentences[at:at + 1 + at % 23]
        fast, plain = model.logits(batch), model.logits_plain(batch)
        assert fast.shape == plain.shape and np.array_equal(fast, plain)
    assert model.logits([]).shape == model.logits_plain([]).shape == (0, len(model.types))


def test_lookup_of_a_toy_model_with_features_no_text_has():
    table = {event_model.INTERCEPT: (-5.0, 1.0), "zorbled": (9.0, 0.5), "the": (0.1, -0.2),
             "twitter's__accounts": (1.5, 2.0), "co-op": (7.0, 7.0), "a__b__c": (3.0, 3.0), "x_y": (2.0, 2.0),
             "Upper": (4.0, 4.0), "accounts__zorbled": (0.25, 0.75)}
    model = event_model.Model(("withholding", "statement"), table, {})
    texts = ["Twitter’s accounts zorbled the co-op", "a b c a__b__c x_y co op Upper upper", "", "the the zorbled"]
    for sentence in texts:
        assert (model._lookup or model._build_lookup()).rows(sentence) == model.rows_plain(sentence)
    assert np.array_equal(model.logits(texts), model.logits_plain(texts))


def test_lookup_forgets_tokens_past_its_limit_and_gives_the_same_rows(sentences, monkeypatch):
    model = event_model.load()
    lookup = event_model.Lookup(model.index)
    monkeypatch.setattr(event_model.Lookup, "LIMIT", 50)
    for sentence in sentences[:300]:
        assert lookup.rows(sentence) == model.rows_plain(sentence)
    assert len(lookup.tokens) <= 50 + max(len(s.split()) for s in sentences[:300])


def project_articles() -> list[tuple[str, dict]]:
    """(date, attributed sentence columns) of the seed, the test articles and two annotation rounds' articles."""
    folders = [paths.ARTICLES, paths.ANNOTATED_ARTICLES, *sorted(paths.ANNOTATIONS.glob("rounds/*/articles"))[:2]]
    frame = corpus.load_corpus([f for f in folders if f.is_dir()]).articles
    out = []
    for article in frame.to_dict("records"):
        out.append((article["date"], actors.attribute_columns(article["body"], text.sentence_columns(article["body"]))))
    return out


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, dict]]:
    return project_articles()


def test_extract_many_gives_the_events_of_each_article_alone(articles):
    assert len(articles) > 20
    one_by_one = [events.extract_columns(date, sents) for date, sents in articles]
    assert events.extract_many(articles) == one_by_one
    assert events.extract_many([]) == []
    assert sum(len(cols["event_type"]) for cols in one_by_one) > 100
    assert any(m == "detector" for cols in one_by_one for m in cols["method"])  # the detector's hits are passed on


def test_extract_many_without_a_model_is_the_patterns_alone(articles, monkeypatch):
    monkeypatch.setattr(event_model, "load", lambda *a: None)
    assert events.extract_many(articles[:8]) == [events.extract_columns(d, s) for d, s in articles[:8]]


def test_precompiled_alternatives_match_like_the_plain_regexes_and_like_compiling_late(sentences):
    patterns = [t.regex.pattern for t in events.patterns()] + [row[1].pattern for row in dates.date_words()]
    early = dates.PatternSet(patterns)  # compiles every alternative now
    assert len(early.compiled) == len(early.owner)
    late = dates.PatternSet(patterns, keep_parses=False)  # compiles each on first use, from its source
    assert not late.compiled
    plain = [re.compile(p, re.I) for p in patterns]
    for sentence in sentences[:1500]:
        want = [(i, m.span()) for i, regex in enumerate(plain) for m in regex.finditer(sentence)]
        assert [(i, m.span()) for i, m in early.matches(sentence)] == want, sentence
        assert [(i, m.span()) for i, m in late.matches(sentence)] == want, sentence

