"""Speed (session 25): while the event models vary, the stages before the events run once a gold set
(``event_model.reusing_sentence_stages``, used by ``python -m helpers train``) and give the tables a fresh analysis
gives."""
from contextlib import nullcontext

from helpers import date_chooser, event_model, event_verifier, pipeline, validation


def test_reused_sentence_stages_give_the_fresh_tables_under_every_event_model():
    sets = validation.gold_sets()
    names = ["dev", "round8", "round60"]
    variants = [nullcontext, lambda: event_model.using(None), lambda: date_chooser.using(None),
                lambda: event_verifier.using(None)]
    fresh = {}
    for k, variant in enumerate(variants):
        for name in names:
            with variant():
                fresh[k, name] = event_model.matched_events(sets[name])
    calls = []
    stage = pipeline.sentence_stage

    def counted(articles):
        calls.append(len(articles))
        return stage(articles)

    pipeline.sentence_stage = counted
    try:
        with event_model.reusing_sentence_stages():
            for k, variant in enumerate(variants):  # the first variant's stages serve the other three
                for name in names:
                    with variant():
                        matched, tables = event_model.matched_events(sets[name])
                    assert matched.equals(fresh[k, name][0]), (k, name)
                    assert all(tables[t].equals(fresh[k, name][1][t]) for t in tables), (k, name)
            assert len(calls) == len(names)  # once a set, not once a call
            with event_model.reusing_sentence_stages():  # nested: the same memory
                event_model.matched_events(sets["dev"])
            assert len(calls) == len(names)
    finally:
        pipeline.sentence_stage = stage
    assert event_model._SENTENCE_STAGES is None  # nothing kept after the block
    assert fresh[1, "round8"][1]["events"].shape != fresh[0, "round8"][1]["events"].shape  # the variants do differ


def test_without_the_block_every_call_analyses_afresh(monkeypatch):
    calls = []
    stage = pipeline.sentence_stage
    monkeypatch.setattr(pipeline, "sentence_stage", lambda articles: calls.append(1) or stage(articles))
    for _ in range(2):
        event_model.matched_events(validation.gold_sets()["round8"])
    assert calls == [1, 1]
