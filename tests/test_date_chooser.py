"""The learned chooser of date windows (helpers.date_chooser) and how helpers.events applies it."""

import pandas as pd
import pytest

from helpers import date_chooser, events, validation

DAY = "2021-02-10"
# 'last month' dates the order to January by the rules; the chooser below is made to prefer the day before
SENTS = {"text": ["The ministry ordered Twitter last month to block 250 accounts.",
                  "Twitter said it had restored the accounts."],
         "side": ["narrator", "platform"], "paragraph": [0, 1], "char_start": [0, 63]}


def columns(weights):
    """``events.extract_columns`` of SENTS with a chooser of these weights (None: no chooser)."""
    if weights is None:
        with date_chooser.using(None):
            return events.extract_columns(DAY, SENTS)
    chooser = date_chooser.Chooser(weights)
    saved = date_chooser.load
    date_chooser.load = lambda *a: chooser
    try:
        return events.extract_columns(DAY, SENTS)
    finally:
        date_chooser.load = saved


def blocking(cols):
    i = cols["event_type"].index("blocking_order")
    return cols["date_start"][i], cols["date_end"][i], cols["date_basis"][i]


def test_candidates_are_the_rules_window_and_three_windows_at_the_article_date():
    c = date_chooser.candidates("2021-01-01", "2021-01-31", DAY)
    assert [(s, e, k, r) for s, e, k, r in c] == [
        ("2021-01-01", "2021-01-31", ["rules"], True), (DAY, DAY, ["article_day"], False),
        ("2021-02-09", DAY, ["news_default"], False), ("2021-02-09", "2021-02-09", ["day_before"], False)]
    merged = date_chooser.candidates(DAY, DAY, DAY)  # the rules' window is the article day: one candidate, two kinds
    assert merged[0] == (DAY, DAY, ["rules", "article_day"], True) and len(merged) == 3


def test_the_chooser_switches_where_the_model_says_and_sets_the_basis():
    s, e, basis = blocking(columns(None))
    assert (s, e) == ("2021-01-01", "2021-01-31") and basis != date_chooser.BASIS
    switched = blocking(columns({date_chooser.INTERCEPT: 0.0, "k=day_before": 3.0}))
    assert switched == ("2021-02-09", "2021-02-09", date_chooser.BASIS)


def test_no_switch_under_the_margin():
    # P(day before) - P(rules) = sigmoid(0.3) - 0.5 = 0.074 < MARGIN: the rules' window stays
    kept = blocking(columns({date_chooser.INTERCEPT: 0.0, "k=day_before": 0.3}))
    assert kept == blocking(columns(None))
    # sigmoid(0.5) - 0.5 = 0.122 > MARGIN: it switches
    assert blocking(columns({date_chooser.INTERCEPT: 0.0, "k=day_before": 0.5}))[:2] == ("2021-02-09", "2021-02-09")


def test_a_missing_weights_file_keeps_the_rules_windows(tmp_path):
    assert date_chooser.load(tmp_path / "missing.csv") is None
    with date_chooser.using(tmp_path / "missing.csv"):
        assert events.extract_columns(DAY, SENTS) == columns(None)
    written = date_chooser.write(date_chooser.Chooser({date_chooser.INTERCEPT: 0.0, "k=day_before": 3.0}),
                                 tmp_path / "w.csv")
    with date_chooser.using(written):  # the file read back switches as the weights say
        assert blocking(events.extract_columns(DAY, SENTS))[2] == date_chooser.BASIS


def test_fit_never_reads_the_held_out_set(monkeypatch):
    seen = []
    empty = pd.DataFrame(columns=["article", "event_id", "status", "gold_date_min", "gold_date_max"])
    tables = {"articles": pd.DataFrame(columns=["article_id", "date"]), "sentences": pd.DataFrame(),
              "events": pd.DataFrame()}

    def fake(folder):
        seen.append(folder)
        return empty, tables

    monkeypatch.setattr("helpers.event_model.matched_events", fake)
    assert date_chooser.training_rows() == []
    sets = validation.gold_sets()
    assert "heldout" in sets and sets["heldout"] not in seen
    assert sorted(map(str, seen)) == sorted(str(f) for k, f in sets.items() if k != "heldout")
    assert all("heldout" not in str(f or "") for f in seen)


def test_training_rows_label_each_candidate_by_the_scoring_rule():
    tables = {"articles": pd.DataFrame({"article_id": ["a"], "date": [DAY]}),
              "sentences": pd.DataFrame({"article_id": ["a", "a"], **SENTS}),
              "events": pd.DataFrame([{"article_id": "a", "event_id": "E1", "event_type": "blocking_order",
                                       "side": "government", "date_start": "2021-01-01", "date_end": "2021-01-31",
                                       "date_text": "last month", "date_basis": "relative", "char_start": 0,
                                       "evidence": SENTS["text"][0], "method": "pattern"}])}
    matched = pd.DataFrame([{"article": "a", "event_id": "E1", "status": "found", "gold_date_min": "2021-02-09",
                             "gold_date_max": "2021-02-09"}])
    rows = date_chooser.table_rows("x", tables, matched)
    assert [r["label"] for r in rows] == [0, 1, 1, 1]  # within a day: the article day and news of the day count
    assert "k=RULES&basis=relative" in rows[0]["features"] and "k=day_before&type=blocking_order" in rows[3]["features"]


def test_the_shipped_weights_are_what_train_gives():
    """`python -m helpers train` on the gold sets (all but heldout) reproduces data/models/date_chooser_weights.csv."""
    shipped = date_chooser.load()
    assert shipped is not None
    fitted = date_chooser.fit(date_chooser.training_rows())
    assert set(fitted.weights) == set(shipped.weights)
    assert max(abs(fitted.weights[f] - shipped.weights[f]) for f in fitted.weights) < 1e-5


def test_the_fast_probability_is_bit_for_bit_the_featurized_one():
    """Speed (session 21): ``Chooser.fast_probability`` adds the shipped weights in featurize's order without building
    the feature names; over random events drawn from the weights' own vocabulary (kinds repeated or not, the rules'
    window or not) it must give exactly ``probability(featurize(...))``."""
    import random

    chooser = date_chooser.load()
    assert chooser is not None
    values: dict[str, set] = {}
    for name in chooser.weights:
        _, amp, tail = name.partition("&")
        if amp:
            feature, _, value = tail.partition("=")
            values.setdefault(feature, set()).add(value)
    rng = random.Random(21)
    kinds_pool = ["article_day", "day_before", "news_default", "rules", "unseen"]
    for _ in range(3000):
        feats = {f: rng.choice(sorted(values.get(f, {"x"})) + [True, False, 2]) for f in date_chooser.EVENT_FEATS}
        kinds = [rng.choice(kinds_pool) for _ in range(rng.randint(0, 3))]
        is_rules, rel = rng.random() < 0.5, rng.choice(["past", "future", "open", "article", "before", "x"])
        slow = chooser.probability(date_chooser.featurize(feats, kinds, is_rules, rel))
        assert chooser.fast_probability(date_chooser.suffixes_of(feats), kinds, is_rules, rel) == slow


def test_the_cue_words_never_skip_a_match():
    """Speed (session 21): ``cue`` tests for one of its pattern's ``CUE_WORDS`` before the search; on every sentence
    of every labelled article (not the held-out set) and on hand-made edge cases it must equal the plain search."""
    from helpers import text as text_mod

    texts = ["On Sunday it had said so.", "ſaid the minister", "It will SOON act", "in 2021 they were first", "İt has",
             "the same day, then", "according to the K\u212aB", "NEXT DAY", "on Monday", "this evening's post"]
    from pathlib import Path

    root = Path(date_chooser.__file__).resolve().parents[2] / "data" / "annotations"
    for f in sorted(root.rglob("articles/*.txt")):
        if "heldout" in f.parts:
            continue
        body = f.read_text(encoding="utf-8")
        texts += [str(t) for t in text_mod.split_sentences(body)["text"]]
    assert len(texts) > 5000
    for t in texts:
        low = t.lower() if text_mod.ascii_foldable(t) else None
        for pattern in date_chooser.CUE_WORDS:
            assert date_chooser.cue(pattern, t, low) == bool(pattern.search(t)), (pattern.pattern, t)
