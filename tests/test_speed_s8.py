"""Speed forms of the stance and tone models (session 8) give exactly what the plain forms give.

Each fast path added for speed (benchmarks/README.md, session 8) is compared here with the plain form it
replaces: feature rows found without building feature strings, both models scoring many articles in one
matrix sum, the negation marking's shortcut, the model's reasons, the cue index's keys and the tone of a
statement summed in Python floats. Floats are compared bit for bit (``==`` on the values, ``tobytes`` on arrays).
"""
from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
import pytest

from conftest import training_sentences
from helpers import corpus, event_model, paths, pipeline, stance, stance_model, text, tone_model

AWKWARD = ["Twitter did not comply, we won't block NOT_x a__b", "", "’", "can't won't don't not no never",
           "isn'ta thing", "Won’t comply — never, not ever", "no__pair side|word SIDE=platform", "A B C",
           "The ministry said it would not hesitate to act.", "“We will not comply,” the company said."]
SIDES = ("government", "platform", "other", "narrator", "", "source")


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """The sentences of the seed, the dev articles and the training rounds' articles (texts only), and AWKWARD."""
    return tuple([*AWKWARD, *training_sentences()])


def plain_marked(text_: str) -> tuple[str, ...]:
    """``stance_model.marked_words`` as it was written before its shortcut: the loop over every word."""
    out, scope = [], 0
    for word in event_model.words(text_):
        out.append("NOT_" + word if scope else word)
        scope = max(scope - 1, 0)
        if word in stance_model.NEGATORS or word.endswith("n't"):
            scope = stance_model.NEGATION_SCOPE
    return tuple(out)


def test_marked_words_shortcut_equals_the_loop():
    for t in sentences():
        assert stance_model.marked_words.__wrapped__(t) == plain_marked(t), t


def test_stance_rows_equal_the_rows_of_the_feature_strings():
    table = stance_model.load()
    if table is None:
        pytest.skip("no stance weights")
    m = stance_model.matrix_of(table)
    for t in sentences()[:3000]:
        for side in SIDES:
            assert m.rows(t, side) == m.rows_plain(t, side), (t, side)


def test_tone_rows_equal_the_rows_of_the_feature_strings():
    table = tone_model.load()
    if table is None:
        pytest.skip("no tone weights")
    m = stance_model.matrix_of(table)
    rng = random.Random(8)
    for t in sentences()[:3000]:
        side = rng.choice(SIDES)
        dom, raw = rng.choice([-0.7, -0.5, -0.05, 0.0, 0.04, 0.05, 0.3, 0.5, 0.9]), rng.uniform(-1, 1)
        rule = rng.choice(stance.STANCES)
        plain = [0, *filter(None, map(m.index.get, dict.fromkeys(tone_model.features(t, side, dom, raw, rule))))]
        assert tone_model.rows(m, t, side, dom, raw, rule) == plain, (t, side)


def test_pair_index_finds_exactly_the_pair_features():
    index = {stance_model.INTERCEPT: 0, "a__b": 1, "NOT_a__b": 2, "a__NOT_b": 3, "a": 4, "platform|a": 5,
             "x__y__z": 6}
    pairs = stance_model.pair_index(index)
    for a in ("a", "NOT_a", "b", "x"):
        for b in ("a", "b", "NOT_b", "y"):
            assert pairs.get((a, b)) == index.get(f"{a}__{b}")


def articles_columns(n: int = 12) -> list[dict[str, list]]:
    """The attributed and sentiment-scored sentence columns of the first ``n`` dev articles (as the pipeline
    passes them to stance and tone)."""
    from helpers import actors, sentiment

    out = []
    for f in sorted((paths.ANNOTATIONS / "articles").glob("*.txt"))[:n]:
        body = corpus.read_article(f).body
        cols = actors.attribute_columns(body, text.sentence_columns(body))
        raw, dom = sentiment.score_pair(cols["text"])
        out.append({**cols, "sentiment": raw, "sentiment_domain": dom})
    return out


def test_stance_and_tone_of_many_articles_equal_those_of_each_alone():
    tables = articles_columns()
    one_by_one = [stance.score_columns(dict(t)) for t in tables]
    together = stance.score_many([dict(t) for t in tables])
    assert together == one_by_one  # every value, floats bit for bit
    tone_alone = [tone_model.score_columns(t) for t in one_by_one]
    tone_together = tone_model.score_many(together)
    assert tone_together == tone_alone
    for t in tone_alone + tone_together:
        tone_model.scored_probabilities(t)  # take the remembered probabilities out again


def test_pipeline_model_batches_do_not_change_the_tables(monkeypatch):
    rows = corpus.read_corpus([paths.ANNOTATIONS / "articles"]).head(9).to_dict("records")
    whole = pipeline.analyze_rows(rows)
    monkeypatch.setattr(pipeline, "MODEL_BATCH", 2)
    parts = pipeline.analyze_rows(rows)
    for name in whole:
        assert whole[name].equals(parts[name]), name


def test_softmax_of_many_sentences_equals_one_sum_per_article():
    table = stance_model.load()
    if table is None:
        pytest.skip("no stance weights")
    m = stance_model.matrix_of(table)
    groups = [[m.rows(t, "platform") for t in sentences()[k:k + 7]] for k in range(0, 700, 7)]
    alone = np.concatenate([stance_model.softmax_of_rows(m.matrix, g) for g in groups])
    together = stance_model.softmax_of_rows(m.matrix, [r for g in groups for r in g])
    assert alone.tobytes() == together.tobytes()
    # and the sums are those of the plain list indexing
    rows = [r for g in groups for r in g]
    starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
    logits = np.add.reduceat(m.matrix[[i for r in rows for i in r]], starts, axis=0)
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    assert (e / e.sum(axis=1, keepdims=True)).tobytes() == together.tobytes()


def test_batch_reasons_equal_the_numpy_form():
    table = stance_model.load()
    if table is None:
        pytest.skip("no stance weights")
    m = stance_model.matrix_of(table)
    for t in sentences()[:400]:
        rows = m.rows(t, "government")
        for label in stance_model.CLASSES:
            k = stance_model.CLASSES.index(label)
            pushes = [(float(m.push[i, k]), m.names[i]) for i in rows[1:] if m.push[i, k] > 0 and not m.sides[i]]
            pushes.sort(key=lambda p: (-p[0], p[1]))
            plain = [stance_model.readable(f) for _, f in pushes[:3]]
            assert stance_model.batch_reasons(rows, label, table) == plain


def test_a_cue_is_looked_up_by_its_most_telling_word():
    assert stance.cue_key("welcome* the ban") == ("stem", "welcome")  # not by "the"
    assert stance.cue_key("follow* * orders") == ("run", "orders")
    assert stance.cue_key("censor*") == ("stem", "censor") and stance.cue_key("a*") is None
    index = stance.CueIndex(tuple(c for c in stance.cues_for("other") if c.cue == "welcome* the ban"))
    assert index.candidates("they welcomed the ban on the app") and not index.candidates("the ban on the app")
    assert not index.candidates("the well-known ban")  # "wel" alone no longer makes it a candidate


def test_statement_tone_in_python_floats_equals_numpy():
    tables = tone_model.score_many([stance.score_columns(t) for t in articles_columns(6)])
    for sents in tables:
        ids = [s for s in dict.fromkeys(sents["statement_id"]) if s]
        stmts = {"statement_id": ids + ["S999"]}
        probs = tone_model.scored_probabilities(sents)
        acc: dict[str, list] = {}
        for sid, p in zip(sents["statement_id"], probs):
            if sid != "":
                got = acc.setdefault(sid, [np.zeros(3), 0])
                got[0] += p
                got[1] += 1
        tones, scores = [], []
        for sid in stmts["statement_id"]:
            if sid in acc:
                mean = acc[sid][0] / acc[sid][1]
                tones.append(tone_model.label_of(mean))
                scores.append(round(float(mean[0] - mean[1]), 6))
            else:
                tones.append("neutral")
                scores.append(0.0)
        tone_model._SCORED[id(sents["text"])] = (sents["text"], probs)
        out = tone_model.aggregate_columns(stmts, sents)
        assert out["tone"] == tones and out["tone_score"] == scores


def test_the_heap_is_frozen_while_a_batch_runs_and_handed_back_after(monkeypatch):
    import gc

    assert gc.get_freeze_count() == 0
    seen = []
    score_many = stance.score_many
    monkeypatch.setattr(stance, "score_many", lambda tables: seen.append(gc.get_freeze_count()) or score_many(tables))
    rows = corpus.read_corpus([paths.ANNOTATIONS / "articles"]).head(2).to_dict("records")
    pipeline.analyze_rows(rows)
    assert seen and all(seen) and gc.get_freeze_count() == 0
    # the calls, not the frozen count, tell what a nested call does: a frozen object freed by its reference count
    # lowers the count while nothing is frozen or unfrozen (seen once in session 24: 718370 -> 718368)
    calls = []
    freeze, unfreeze = gc.freeze, gc.unfreeze
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze") or freeze())
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze") or unfreeze())
    with pipeline.heap_frozen():
        assert calls == ["freeze"] and gc.get_freeze_count() > 0
        with pipeline.heap_frozen():  # an inner call freezes and unfreezes nothing
            assert calls == ["freeze"]
        assert calls == ["freeze"] and gc.get_freeze_count() > 0
    assert calls == ["freeze", "unfreeze"] and gc.get_freeze_count() == 0
