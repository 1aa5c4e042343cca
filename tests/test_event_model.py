"""The learned event detector (helpers.event_model) and how helpers.events uses it."""

import math

import pytest

from conftest import FULL_TESTS
from helpers import event_model, events


@pytest.fixture(scope="module")
def rows():
    """The training rows of every gold set but held-out, read once for this file's tests."""
    return event_model.training_rows()


def toy_model(threshold_word: str = "zorbled", etype: str = "withholding", side=("platform", "fixed")):
    """A one-word detector: the word pushes the type far above the threshold, everything else below it."""
    table = {event_model.INTERCEPT: (-5.0,), threshold_word: (9.0,), "the": (0.1,)}
    return event_model.Model((etype,), table, {etype: side})


def test_features_are_words_and_word_pairs():
    assert event_model.features("Twitter’s accounts zorbled") == [
        "twitter's", "accounts", "zorbled", "twitter's__accounts", "accounts__zorbled"]


def test_detect_finds_the_type_at_its_most_telling_word():
    model = toy_model()
    text = "On Monday the platform zorbled 250 accounts."
    assert model.detect(text) == [("withholding", text.index("zorbled"), text.index("zorbled") + 7)]
    assert model.detect("On Monday the platform spoke.") == []
    assert model.detect_many([text, "Nothing here."]) == [[("withholding", 0)], []]
    assert model.probabilities(text)[0] == pytest.approx(1 / (1 + math.exp(-(-5.0 + 9.0 + 0.1))))


def test_a_detected_event_gets_the_rules_side_and_date_and_a_lower_confidence(monkeypatch):
    sents = {"text": ["The platform zorbled 250 accounts on Monday."], "side": ["narrator"], "paragraph": [0],
             "char_start": [0]}
    monkeypatch.setattr(event_model, "load", lambda *a: None)
    assert events.extract_columns("2021-02-03", sents)["event_type"] == []  # no pattern knows the word
    monkeypatch.setattr(event_model, "load", lambda *a: toy_model())
    found = events.extract_columns("2021-02-03", sents)
    assert found["event_type"] == ["withholding"] and found["side"] == ["platform"]
    assert found["date_start"] == ["2021-02-01"] and found["count"] == [250]
    dated, named = 0.25, 0.2 * bool(found["actor"][0])
    assert found["confidence"][0] == pytest.approx(0.5 + dated + named - 0.2)  # a pattern's event: 0.2 more


def test_the_detector_never_duplicates_a_type_a_pattern_found(monkeypatch):
    sents = {"text": ["Twitter withheld 250 accounts and zorbled them."], "side": ["narrator"], "paragraph": [0],
             "char_start": [0]}
    monkeypatch.setattr(event_model, "load", lambda *a: toy_model())
    assert events.extract_columns("2021-02-03", sents)["event_type"] == ["withholding"]


def test_a_malformed_model_file_names_the_file(tmp_path):
    bad = tmp_path / "w.csv"
    bad.write_text("feature,withholding\n(intercept),0\nword,x\n", encoding="utf-8")
    with pytest.raises(event_model.ModelError, match=r"w\.csv, line 3"):
        event_model.load(bad, tmp_path / "s.csv")
    bad.write_text("word,withholding\n", encoding="utf-8")
    with pytest.raises(event_model.ModelError, match=r"w\.csv: header"):
        event_model.load(bad, tmp_path / "s.csv")
    assert event_model.load(tmp_path / "missing.csv") is None


def test_the_shipped_detector_is_what_train_gives(rows):
    shipped = event_model.load()
    fitted = event_model.fit(rows)
    assert fitted.types == shipped.types and set(fitted.table) == set(shipped.table)
    assert max(abs(a - b) for f in fitted.table for a, b in zip(fitted.table[f], shipped.table[f])) < 1e-5
    assert {t: s[:2] for t, s in fitted.sides.items()} == shipped.sides


def test_the_detector_adds_events_on_sets_it_was_not_trained_on(rows):
    """Leave-one-set-out on the two rounds the patterns were never tuned on (8 and 9): the detector raises
    recall and F1 and keeps the side of the events found at 0.93 or better (measured 0.941, 0.955); the figures match the shipped
    data/models/event_cv.csv that the README quotes."""
    # one fold locally (a fold fits the detector on every other set: 37 s of the suite for two in session 26), both on CI
    figures = event_model.cross_validate(rows, names=["round8", "round9"] if FULL_TESTS else ["round9"])
    shipped = event_model.cross_validation_table().set_index("left_out")
    for f in figures:
        assert f["with_model_event_recall"] > f["patterns_event_recall"]
        assert f["with_model_event_f1"] > f["patterns_event_f1"]
        assert f["with_model_side_accuracy"] >= 0.93
        assert f["with_model_event_f1"] == pytest.approx(shipped.loc[f["left_out"], "with_model_event_f1"])


def test_the_detector_never_changes_the_patterns_events():
    """Every event the patterns find alone is found, with the same type, side, actor, window and evidence, with the
    detector on (it adds events; it never moves the narrative time that dates the others). The verifier is off on
    both sides: it drops pattern events, and never changes a kept one (tests/test_event_verifier.py). So is the
    date chooser (helpers.date_chooser): it reads neighbouring events, so an added event may change its choice."""
    from pathlib import Path

    from helpers import corpus, date_chooser, event_verifier, pipeline, validation

    cols = ["article_id", "event_type", "side", "actor", "date_start", "date_end", "date_basis", "count",
            "evidence", "confidence"]
    for name in ("dev", "heldout"):
        folder = validation.gold_sets()[name]
        st, ev = validation.read_gold(Path(folder) if folder else None)
        names = sorted(set(st["article"]) | set(ev["article"]))
        frame = corpus.read_corpus([validation.article_path(n, Path(folder) if folder else None) for n in names])
        with event_verifier.using(None), date_chooser.using(None):
            with event_model.using(None):
                alone = pipeline.analyze_corpus(frame)["events"]
            both = pipeline.analyze_corpus(frame)["events"]
        rows = lambda t: set(t[cols].astype(str).itertuples(index=False, name=None))  # noqa: E731
        assert len(both) > len(alone) and rows(alone) <= rows(both)


def test_threshold_set_moves_the_decision_and_restores_it():
    model = event_model.Model(("withholding",), {event_model.INTERCEPT: (0.0,), "maybe": (0.5,)},
                              {"withholding": ("platform", "fixed")})  # "maybe": p = 0.62
    shipped = event_model.THRESHOLD
    with event_model.threshold_set(0.6):
        assert model.detect_many(["maybe"]) == [[("withholding", 0)]]
    with event_model.threshold_set(0.65):
        assert model.detect_many(["maybe"]) == [[]]
    assert event_model.THRESHOLD == shipped


def test_threshold_sweep_fits_each_fold_once_and_scores_every_threshold(monkeypatch, tmp_path):
    from helpers import validation

    monkeypatch.setattr(validation, "gold_sets", lambda: {"a": "A", "b": "B", "heldout": "H"})
    shipped = event_model.THRESHOLD
    fitted = []
    monkeypatch.setattr(event_model, "fit", lambda rows: fitted.append(sorted({r[0] for r in rows})) or toy_model())
    seen = []

    def figures(folder):
        seen.append((folder, event_model.THRESHOLD, event_model.load() is not None))
        f1 = 1.0 - abs(event_model.THRESHOLD - 0.7)
        return ({**dict.fromkeys(event_model.CV_KEYS, f1), "n_gold_required": 3, "n_found": 2,
                 "n_false_alarms": 1}, {"detector:withholding": 1})

    monkeypatch.setattr(event_model, "_figures_and_alarms", figures)
    rows = [("a", "x", frozenset(), ()), ("b", "y", frozenset(), ()), ("heldout", "z", frozenset(), ())]
    out = event_model.threshold_sweep(rows, (0.6, 0.7))
    assert fitted == [["b", "heldout"], ["a", "heldout"]]  # one fit per left-out set; the held-out set never scored
    assert [(r["left_out"], r["threshold"]) for r in out] == [("a", 0.6), ("a", 0.7), ("b", 0.6), ("b", 0.7)]
    assert [s[:2] for s in seen] == [("A", 0.6), ("A", 0.7), ("B", 0.6), ("B", 0.7)] and all(s[2] for s in seen)
    assert max(out, key=lambda r: r["event_f1"])["threshold"] == 0.7 and event_model.THRESHOLD == shipped
    assert out[0]["alarms_by_type"] == {"detector:withholding": 1}
