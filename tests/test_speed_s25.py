"""Speed (session 25): while the event models vary, the stages before the events run once a gold set, or are read
from the gold sets' analyses in the cache (``event_model.reusing_sentence_stages``, used by ``python -m helpers
train`` and ``date_chooser.training_rows``), and give the tables a fresh analysis gives."""
from contextlib import nullcontext
from pathlib import Path

import pytest

from helpers import cache, corpus, date_chooser, event_model, event_verifier, pipeline, validation

NAMES = ["dev", "round8", "round60"]
VARIANTS = [nullcontext, lambda: event_model.using(None), lambda: date_chooser.using(None),
            lambda: event_verifier.using(None)]


@pytest.fixture
def stage_calls(monkeypatch):
    """The number of articles each call of ``pipeline.sentence_stage`` analyses."""
    calls = []
    stage = pipeline.sentence_stage
    monkeypatch.setattr(pipeline, "sentence_stage", lambda articles: calls.append(len(articles)) or stage(articles))
    return calls


def fresh_tables():
    sets = validation.gold_sets()
    out = {}
    for k, variant in enumerate(VARIANTS):
        for name in NAMES:
            with variant():
                out[k, name] = event_model.matched_events(sets[name])
    return out


def assert_reused_equal(fresh):
    sets = validation.gold_sets()
    with event_model.reusing_sentence_stages():
        for k, variant in enumerate(VARIANTS):  # the first variant's stages serve the other three
            for name in NAMES:
                with variant():
                    matched, tables = event_model.matched_events(sets[name])
                assert matched.equals(fresh[k, name][0]), (k, name)
                assert all(tables[t].equals(fresh[k, name][1][t]) for t in tables), (k, name)
        with event_model.reusing_sentence_stages():  # nested: the same memory
            event_model.matched_events(sets["dev"])
    assert event_model._SENTENCE_STAGES is None  # nothing kept after the block


def test_reused_sentence_stages_give_the_fresh_tables_under_every_event_model(tmp_path, monkeypatch, stage_calls):
    fresh = fresh_tables()
    assert fresh[1, "round8"][1]["events"].shape != fresh[0, "round8"][1]["events"].shape  # the variants do differ
    articles = {name: len(validation.gold_article_paths(validation.gold_sets()[name] and
                                                        Path(validation.gold_sets()[name])))
                for name in NAMES}
    monkeypatch.setenv(cache.GOLD_CACHE_ENV, str(tmp_path))  # an empty gold cache: computed, once a set
    stage_calls.clear()
    assert_reused_equal(fresh)
    assert stage_calls == [articles[name] for name in NAMES]
    with cache.using_folder(tmp_path):  # the gold sets analysed into it: every stage read from the cache
        for name in NAMES:
            folder = validation.gold_sets()[name]
            cache.analyze(corpus.read_corpus(validation.gold_article_paths(folder and Path(folder))))
    stage_calls.clear()
    assert_reused_equal(fresh)
    assert stage_calls == []


def test_without_the_block_every_call_analyses_afresh(stage_calls):
    for _ in range(2):
        event_model.matched_events(validation.gold_sets()["round8"])
    assert len(stage_calls) == 2
