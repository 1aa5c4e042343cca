"""Speed forms of session 15 (issue 6: splitting, tone model, table writing, glue) give exactly what they replace.

Each change (benchmarks/README.md, session 15) is compared with the plain form it replaces: the tone model's rows
found for a whole batch at once (``tone_model.FlatRows``) and its probabilities, bit for bit; the dotted-initials
gate of the sentence splitter; the spreadsheet-safe copy that maps only the columns holding a formula character;
and the garbage collector's threshold while a batch runs, put back after.
"""
from __future__ import annotations

import gc
import random
import re
from functools import lru_cache

import numpy as np
import pandas as pd
import pytest

from conftest import training_sentences
from helpers import corpus, paths, pipeline, stance, stance_model, tables, text, tone_model

SIDES = ("government", "platform", "other", "narrator", "", "source")
AWKWARD = ["", "’", "a", "Twitter did not comply, we won't block NOT_x a__b", "the the the the", "not not not",
           "no__pair side|word SIDE=platform", "“We will not comply,” the company said. The the ministry said."]


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """AWKWARD, then the sentences of the seed, the dev articles and the training rounds' articles."""
    return tuple([*AWKWARD, *training_sentences()])


def plain_probabilities(m, docs):
    """The rows (``tone_model.rows``) and probabilities (``stance_model.softmax_of_rows``) of the code before."""
    found = [tone_model.rows(m, *d) for d in docs]
    return found, stance_model.softmax_of_rows(m.matrix, found)


def random_docs(n: int, seed: int):
    rng = random.Random(seed)
    texts = sentences()
    return [(rng.choice(texts), rng.choice(SIDES), rng.choice([-0.7, -0.5, -0.05, 0.0, 0.04, 0.05, 0.3, 0.5, 0.9]),
             rng.uniform(-1, 1), rng.choice(stance.STANCES)) for _ in range(n)]


def flat_probabilities(m, docs):
    flat = tone_model.flat_rows_of(m)
    wss = [stance_model.marked_words(t) for t, *_ in docs]
    tails = [flat.tail(dom, raw, side, rule) for _, side, dom, raw, rule in docs]
    rows, starts = flat.flat(wss, tails)
    return rows, starts, flat.softmax(rows, starts)


@pytest.mark.parametrize("n,seed", [(0, 1), (1, 2), (2, 3), (7, 4), (3000, 5)])
def test_tone_flat_rows_and_probabilities_equal_the_plain_ones(n, seed):
    table = tone_model.load()
    if table is None:
        pytest.skip("no tone weights")
    m = stance_model.matrix_of(table)
    docs = random_docs(n, seed)
    found, plain = plain_probabilities(m, docs)
    rows, starts, probs = flat_probabilities(m, docs)
    assert rows.tolist() == [r for f in found for r in f]
    assert starts.tolist() == np.cumsum([0, *map(len, found)])[:n].tolist()
    assert probs.shape == plain.shape and probs.tobytes() == plain.tobytes()


def test_tone_flat_rows_of_every_training_sentence_alone_and_together():
    table = tone_model.load()
    if table is None:
        pytest.skip("no tone weights")
    m = stance_model.matrix_of(table)
    docs = [(t, "platform", 0.1, -0.2, "neutral") for t in sentences()]
    found, plain = plain_probabilities(m, docs)
    rows, starts, probs = flat_probabilities(m, docs)
    assert rows.tolist() == [r for f in found for r in f] and probs.tobytes() == plain.tobytes()
    for doc, f in zip(docs[:300], found):
        assert flat_probabilities(m, [doc])[0].tolist() == f, doc[0]


def test_tone_flat_rows_on_a_small_table_with_repeated_words_and_pairs():
    table = {stance_model.INTERCEPT: (0.1, 0.2, 0.3), "a": (1.0, 0.0, 0.0), "b": (0.0, 1.0, 0.0),
             "a__b": (0.5, 0.5, 0.0), "b__a": (0.25, 0.0, 0.5), "NOT_a": (0.0, 0.0, 2.0), "c__a": (1.5, 0.0, 0.0),
             "SIDE=platform": (0.0, 0.125, 0.0), "DOMAIN=0": (0.3, 0.3, 0.3), "STANCE=neutral|SIDE=none": (1, 2, 3)}
    m = stance_model.matrix_of(table)
    texts = ["a b a b a", "b a", "c a b", "not a a b", "", "x y z", "a", "c", "b b b a"]
    docs = [(t, side, 0.0, 0.0, "neutral") for t in texts for side in ("platform", "")]
    found, plain = plain_probabilities(m, docs)
    rows, _, probs = flat_probabilities(m, docs)
    assert rows.tolist() == [r for f in found for r in f] and probs.tobytes() == plain.tobytes()


def test_pipeline_tone_columns_equal_the_plain_model(monkeypatch):
    rows = corpus.read_corpus([paths.ANNOTATIONS / "articles"]).head(6).to_dict("records")
    fast = pipeline.build_tables(pipeline.analyze_batch_rows(rows))

    def plain_many(tables_):  # many_probabilities as it was: rows per sentence, stance_model.softmax_of_rows
        outs = []
        for sents in tables_:
            doms = sents["sentiment_domain"]
            out = np.zeros((len(doms), 3))
            out[range(len(doms)), [tone_model.CLASSES.index(tone_model.threshold_label(float(d))) for d in doms]] = 1
            outs.append(out)
        m = stance_model.matrix_of(tone_model.load())
        speakers_of, found = [], []
        for sents in tables_:
            rules = sents.get("stance_rule") or sents["stance"]
            speakers = [i for i, s in enumerate(sents["side"]) if s != "narrator"]
            speakers_of.append(speakers)
            found += [tone_model.rows(m, str(sents["text"][i]), str(sents["side"][i]),
                                      float(sents["sentiment_domain"][i]), float(sents["sentiment"][i]),
                                      str(rules[i])) for i in speakers]
        probs, at = stance_model.softmax_of_rows(m.matrix, found), 0
        for out, speakers in zip(outs, speakers_of):
            if speakers:
                out[speakers] = probs[at:at + len(speakers)]
                at += len(speakers)
        return outs

    if tone_model.load() is None:
        pytest.skip("no tone weights")
    monkeypatch.setattr(tone_model, "many_probabilities", plain_many)
    plain = pipeline.build_tables(pipeline.analyze_batch_rows(rows))
    for name in ("sentences", "statements"):
        assert fast[name].to_csv(index=False) == plain[name].to_csv(index=False)


def test_initials_gate_never_misses_dotted_initials():
    rng = random.Random(15)
    pieces = ["A.", "B.", "K.S.", "U.S.", ".", " ", "a", "Mr.", "x.Y.", "A.B.C.D.", "\n", "é.", "Z", "..", "(", "J."]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for t in [*texts, *sentences()]:
        if text.INITIALS.search(t) is not None:
            assert text.INITIALS_GATE.search(t) is not None, t


def test_initials_fixed_is_unchanged_by_the_gate():
    def plain(para, spans):  # the gate removed: INITIALS.search decides alone, as before
        gate = text.INITIALS_GATE
        try:
            text.INITIALS_GATE = re.compile("")
            return text.initials_fixed(para, spans)
        finally:
            text.INITIALS_GATE = gate

    span_tokenize = text.punkt_spans().span_tokenize
    paras = ["Justice K.S. Puttaswamy said so. The U.S. The end.", "Mr. A.K. Sharma spoke.", "No initials here.",
             *(p for t in sentences()[:4000] for p in (t, t + " K.S. The next."))]
    for para in paras:
        spans = span_tokenize(para)
        assert text.initials_fixed(para, spans) == plain(para, spans), para


def plain_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``tables.spreadsheet_safe`` as it was: every text column mapped."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(tables.neutralise)
    return out


def test_spreadsheet_safe_equals_mapping_every_text_column():
    frame = pd.DataFrame({"a": ["=1+1", "b", None, "-x"], "b": [1, 2, 3, 4], "c": ["p", "q", "r", "s"],
                          "d": [0.5, float("nan"), -0.0, 1e-7], "e": pd.array([1, None, 3, 4], dtype="Int64"),
                          "f": pd.Series(["x", 1, None, "@y"], dtype=object), "g": ["\tz", "+", "", "ok"]})
    before = frame.to_csv(index=False)
    safe = tables.spreadsheet_safe(frame)
    assert safe.to_csv(index=False, lineterminator="\n") == plain_safe(frame).to_csv(index=False, lineterminator="\n")
    assert list(safe.dtypes) == list(plain_safe(frame).dtypes)
    assert frame.to_csv(index=False) == before  # the input is left as it was
    assert safe.loc[0, "a"] == "'=1+1" and safe.loc[3, "f"] == "'@y" and safe.loc[0, "g"] == "'\tz"


def test_written_tables_equal_the_plain_spreadsheet_safe(tmp_path, monkeypatch):
    rows = corpus.read_corpus([paths.ANNOTATIONS / "articles"]).head(4).to_dict("records")
    data = pipeline.analyze_rows(rows)
    data["sentences"].loc[0, "text"] = "=HYPERLINK(1)"
    tables.write_tables(data, tmp_path / "fast")
    monkeypatch.setattr(tables, "spreadsheet_safe", plain_safe)
    tables.write_tables(data, tmp_path / "plain")
    for name in tables.CONTRACT:
        assert (tmp_path / "fast" / f"{name}.csv").read_bytes() == (tmp_path / "plain" / f"{name}.csv").read_bytes()


def test_the_gc_threshold_is_raised_while_a_batch_runs_and_put_back(monkeypatch):
    before = gc.get_threshold()
    seen = []
    score_many = stance.score_many
    monkeypatch.setattr(stance, "score_many", lambda t: seen.append(gc.get_threshold()) or score_many(t))
    rows = corpus.read_corpus([paths.ANNOTATIONS / "articles"]).head(2).to_dict("records")
    pipeline.analyze_rows(rows)
    assert seen and all(s[0] == pipeline.BATCH_GC_THRESHOLD and s[1:] == before[1:] for s in seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    with pipeline.heap_frozen():
        with pipeline.heap_frozen():  # an inner call changes nothing
            assert gc.get_threshold()[0] == pipeline.BATCH_GC_THRESHOLD
        assert gc.get_threshold()[0] == pipeline.BATCH_GC_THRESHOLD
    assert gc.get_threshold() == before
    try:
        gc.set_threshold(0)  # automatic collection turned off by the program: left off
        with pipeline.heap_frozen():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_realign_first_holds_exactly_the_characters_a_realignment_starts_with():
    ps = text.punkt_spans()
    assert ps.realign_first is text.REALIGN_FIRST  # the shipped NLTK's pattern: the shortcut is on
    starts = {chr(c) for c in range(0x110000) if ps.realign.match(chr(c) + " ")}
    assert starts == text.REALIGN_FIRST


def plain_slices(ps, text_):
    """``PunktSpans.slices`` as it was: through the ``end_contexts`` generator."""
    out, last_break = [], 0
    for match, context in ps.end_contexts(text_):
        if ps.contains_break(context):
            out.append((last_break, match.end()))
            last_break = match.start("next_tok") if match.group("next_tok") else match.end()
    out.append((last_break, len(text_.rstrip())))
    return out


def test_punkt_slices_and_spans_are_unchanged():
    ps = text.punkt_spans()
    rng = random.Random(151)
    pieces = ["Mr.", "A.", "said.", " ", "  ", "\n", "\t", ".", "?", "!", "...", '"', "”", "’", ")", "]", "(", "--",
              "U.S.", "3.", "word", "Word", "«", "»", "é.", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(20000)]
    nltk_spans = text.tokenizer().span_tokenize
    for t in [*texts, *sentences()[:3000]]:
        assert ps.slices(t) == plain_slices(ps, t), t
        assert ps.span_tokenize(t) == list(nltk_spans(t)), t
