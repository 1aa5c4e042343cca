"""The learned check on the trigger patterns' events (helpers.event_verifier) and how helpers.events applies it."""

import math
from pathlib import Path

import pytest

from helpers import event_model, event_verifier, events

SENTS = {"text": ["The ministry ordered Twitter to block 250 accounts on Monday.",
                  "Twitter said on Tuesday it had withheld the accounts in India."],
         "side": ["narrator", "platform"], "paragraph": [0, 1], "char_start": [0, 62]}


def toy_detector():
    """A detector that knows one word ('zorbled') and gives every sentence a low probability otherwise."""
    table = {event_model.INTERCEPT: (-3.0,), "zorbled": (9.0,)}
    return event_model.Model(("withholding",), table, {"withholding": ("platform", "fixed")})


def rejecting(etype: str) -> event_verifier.Verifier:
    """A verifier that rejects every pattern event of ``etype`` and keeps the others."""
    return event_verifier.Verifier({event_verifier.INTERCEPT: 5.0, f"type={etype}": -20.0})


def test_features_name_the_type_the_pattern_row_the_trigger_and_its_context():
    text = SENTS["text"][0]
    f = event_verifier.features("blocking_order", text, 0, side="government", actor="ministry", date_basis="explicit",
                                confidence=0.95, counted=True, in_sentence=1, sentence_side="narrator", first=True,
                                probabilities={"blocking_order": 0.9, "withholding": 0.2})
    a, b, row = event_verifier.trigger_at(text, "blocking_order", 0)
    assert row >= 0 and events.patterns()[row].event_type == "blocking_order"
    assert f["type=blocking_order"] == 1.0 and f[f"pattern={event_verifier.pattern_key(row)}"] == 1.0 and f[f"trigger={text[a:b].lower()}"] == 1.0
    assert f["detector"] == pytest.approx(math.log(0.9 / 0.1) / 4)
    assert f["detector_other"] == pytest.approx(math.log(0.2 / 0.8) / 4)
    assert f["headline"] == 1.0 and f["question"] == 0.0 and f["no_actor"] == 0.0 and f["count"] == 1.0
    assert any(k.startswith("before=") for k in f) or a < 5
    assert event_verifier.trigger_at("Nothing happened.", "withholding", 0) == (0, 0, -1)


def test_a_rejected_pattern_event_is_dropped_after_dating_and_the_others_keep_their_dates(monkeypatch):
    monkeypatch.setattr(event_model, "load", lambda *a: toy_detector())
    with event_verifier.using(None):
        alone = events.extract_columns("2021-02-10", SENTS)
    assert "blocking_order" in alone["event_type"] and "withholding" in alone["event_type"]
    monkeypatch.setattr(event_verifier, "load", lambda *a: rejecting("blocking_order"))
    checked = events.extract_columns("2021-02-10", SENTS)
    assert "blocking_order" not in checked["event_type"]
    rows = lambda t: {tuple(t[c][i] for c in events.EVENT_COLUMNS) for i in range(len(t["event_type"]))}  # noqa: E731
    assert rows(checked) == {r for r in rows(alone) if r[0] != "blocking_order"}  # same dates for the kept ones


def test_no_file_or_no_detector_means_no_verifier(monkeypatch, tmp_path):
    monkeypatch.setattr(event_model, "load", lambda *a: None)
    monkeypatch.setattr(event_verifier, "load", lambda *a: rejecting("blocking_order"))
    assert "blocking_order" in events.extract_columns("2021-02-10", SENTS)["event_type"]  # no detector: kept
    monkeypatch.undo()
    assert event_verifier.load(tmp_path / "missing.csv") is None


def test_the_detectors_own_events_are_never_checked(monkeypatch):
    sents = {"text": ["The platform zorbled 250 accounts on Monday."], "side": ["narrator"], "paragraph": [0],
             "char_start": [0]}
    monkeypatch.setattr(event_model, "load", lambda *a: toy_detector())
    monkeypatch.setattr(event_verifier, "load", lambda *a: rejecting("withholding"))
    found = events.extract_columns("2021-02-03", sents)
    assert found["event_type"] == ["withholding"] and found["method"] == ["detector"]


def test_fit_write_load_round_trip(tmp_path):
    rows = [{"set": "a", "label": 1, "features": {"type=statement": 1.0, "detector": 1.0}},
            {"set": "a", "label": 0, "features": {"type=statement": 1.0, "detector": -1.0}},
            {"set": "b", "label": 1, "features": {"type=refusal": 1.0, "detector": 0.8}},
            {"set": "b", "label": 0, "features": {"type=refusal": 1.0, "detector": -0.9}},
            {"set": "b", "label": None, "features": {"type=refusal": 1.0, "detector": -5.0}}]  # optional: not learnt
    fitted = event_verifier.fit(rows)
    assert fitted.weights["detector"] > 0
    path = event_verifier.write(fitted, tmp_path / "v.csv")
    loaded = event_verifier.load(path)
    assert loaded.weights == pytest.approx({k: round(v, 6) for k, v in fitted.weights.items()}, abs=1e-6)
    assert loaded.probability({"detector": 1.0}) > 0.5 > loaded.probability({"detector": -1.0})


def test_a_malformed_file_names_the_file(tmp_path):
    bad = tmp_path / "v.csv"
    bad.write_text("feature,weight\n(intercept),0\ntype=statement,x\n", encoding="utf-8")
    with pytest.raises(event_verifier.ModelError, match=r"v\.csv, line 3"):
        event_verifier.load(bad)
    bad.write_text("feature,value\n", encoding="utf-8")
    with pytest.raises(event_verifier.ModelError, match=r"v\.csv: header"):
        event_verifier.load(bad)
    bad.write_text("feature,weight\ntype=statement,1\n", encoding="utf-8")
    with pytest.raises(event_verifier.ModelError, match="intercept"):
        event_verifier.load(bad)


def test_cross_validate_fits_the_verifier_without_the_left_out_set(monkeypatch):
    from helpers import validation

    monkeypatch.setattr(validation, "gold_sets", lambda: {"a": "A", "b": "B", "heldout": "H"})
    monkeypatch.setattr(event_model, "fit", lambda rows: event_model.Model(
        ("withholding",), {event_model.INTERCEPT: (0.0,)}, {"withholding": ("platform", "fixed")}))
    fitted = []
    monkeypatch.setattr(event_verifier, "fit", lambda rows: fitted.append(sorted({r["set"] for r in rows}))
                        or event_verifier.Verifier({event_verifier.INTERCEPT: 0.0}))
    seen = []

    def figures(folder):
        on = event_verifier.load() is not None
        seen.append((folder, event_model.load() is not None, on))
        return dict.fromkeys(("n_gold_required", *event_model.CV_KEYS), 0.9 if on else 0.8)

    monkeypatch.setattr(event_model, "event_figures", figures)
    rows = [{"set": s, "label": 1, "features": {}} for s in ("a", "b")]
    out = event_model.cross_validate([], verifier_rows=rows)
    assert fitted == [["b"], ["a"]]
    assert seen == [("A", False, False), ("A", True, False), ("A", True, True),
                    ("B", False, False), ("B", True, False), ("B", True, True)]
    assert out[0]["with_verifier_event_f1"] == 0.9 and out[0]["with_model_event_f1"] == 0.8


def test_the_shipped_verifier_drops_few_events_on_the_dev_set():
    """The shipped file exists, and with it the dev set keeps nearly all its pattern events (it was trained on
    them: a training figure), every kept event as without the verifier."""
    from helpers import corpus, pipeline, validation

    assert event_verifier.WEIGHTS.exists() and event_verifier.load() is not None
    st, ev = validation.read_gold(None)
    frame = corpus.read_corpus([validation.article_path(n, None) for n in sorted(set(st["article"]) | set(ev["article"]))])
    cols = ["article_id", "event_type", "side", "actor", "date_start", "date_end", "date_basis", "count", "evidence"]
    with event_verifier.using(None):
        alone = pipeline.analyze_corpus(frame)["events"]
    checked = pipeline.analyze_corpus(frame)["events"]
    rows = lambda t: set(t[cols].astype(str).itertuples(index=False, name=None))  # noqa: E731
    assert rows(checked) <= rows(alone) and 0.8 * len(alone) < len(checked) <= len(alone)
    assert Path(event_verifier.WEIGHTS).name == "event_verifier_weights.csv"


def test_pattern_names_survive_rows_being_moved(tmp_path, monkeypatch):
    """The weight of a pattern follows its regular expression, not its row number: a row added above it (a
    researcher extending event_patterns.csv) leaves its name unchanged."""
    from helpers import paths
    key = event_verifier.pattern_key(0)
    pattern = events.patterns()[0].regex.pattern
    source = (paths.LEXICONS / "event_patterns.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    added = 'meeting,subject,government,,no,"\\bhuddled with\\b",A new row added above the others\n'
    for name in (p.name for p in paths.LEXICONS.iterdir() if p.is_file()):
        (tmp_path / name).write_bytes((paths.LEXICONS / name).read_bytes())
    (tmp_path / "event_patterns.csv").write_text(source[0] + added + "".join(source[1:]), encoding="utf-8")
    monkeypatch.setattr(paths, "LEXICONS", tmp_path)
    events.patterns.cache_clear()
    event_verifier.pattern_key.cache_clear()
    try:
        assert events.patterns()[1].regex.pattern == pattern
        assert event_verifier.pattern_key(1) == key != event_verifier.pattern_key(0)
        assert event_verifier.pattern_key(-1) == "none"
    finally:
        monkeypatch.undo()
        events.patterns.cache_clear()
        event_verifier.pattern_key.cache_clear()
