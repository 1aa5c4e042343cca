"""The learned stance model (helpers.stance_model) and how it votes with the cue rules."""

import math

import pytest

from helpers import stance, stance_model


def test_negation_marks_the_words_that_follow_a_negator():
    assert stance_model.words("Twitter did not comply with the orders") == [
        "twitter", "did", "not", "NOT_comply", "NOT_with", "NOT_the", "orders"]
    assert "NOT_block" in stance_model.words("We didn’t block them")  # curly apostrophe, contraction


def test_features_pair_every_word_with_the_speakers_side():
    feats = stance_model.features("We refuse", "platform")
    assert {"we", "refuse", "we__refuse", "platform|we", "platform|refuse", "SIDE=platform"} == set(feats)
    assert "SIDE=none" in stance_model.features("We refuse", "")


def test_probabilities_sum_to_one_and_follow_the_weights():
    table = {stance_model.INTERCEPT: (0.0, 0.0, 0.0), "platform|refuse": (-1.0, 2.0, 0.0)}
    p = stance_model.probabilities("We refuse", "platform", table)
    assert math.isclose(sum(p), 1.0) and p[1] > p[2] > p[0]
    assert stance_model.probabilities("We refuse", "government", table) == pytest.approx((1 / 3,) * 3)


def test_combine_score_sign_always_agrees_with_the_label():
    for probs in [(0.5, 0.3, 0.2), (0.2, 0.45, 0.35), (0.3, 0.3, 0.4), (0.34, 0.33, 0.33)]:
        for rule in (1.0, -1.0, 0.0):
            for found in (True, False):
                lab, score = stance_model.combine(probs, rule, found)
                assert stance.label(score) == lab


def test_the_rules_tip_a_close_call_but_not_a_clear_one():
    assert stance_model.combine((0.40, 0.35, 0.25), -2.0, True)[0] == "against"  # close: the rule's cue decides
    assert stance_model.combine((0.40, 0.35, 0.25), -2.0, False)[0] == "favor"  # no cue found: the model alone
    assert stance_model.combine((0.80, 0.10, 0.10), -2.0, True)[0] == "favor"  # clear: the model wins


def test_the_same_words_mean_opposite_stances_from_opposite_sides():
    cols = stance.score_columns({"text": ["Twitter did not comply with the orders.",
                                          "We have not taken any action on these accounts."],
                                 "side": ["government", "platform"], "speaker": ["MeitY", "Twitter"]})
    assert cols["stance"] == ["favor", "against"]


def test_without_a_weights_file_the_rules_decide(monkeypatch):
    cols = {"text": ["Three lawyers said an appeal was being drafted.", "The ministry issued the order."],
            "side": ["other", "government"], "speaker": ["Three", "MeitY"]}
    monkeypatch.setattr(stance_model, "load", lambda path=None: None)
    out = stance.score_columns(cols)
    assert out["stance"] == out["stance_rule"]


def test_model_cues_are_marked_and_readable():
    table = {stance_model.INTERCEPT: (0.0, 0.0, 0.0), "platform|NOT_comply": (-3.0, 3.0, 0.0)}
    assert stance_model.reasons("We will not comply", "platform", "against", table) == ["platform: not comply"]
    assert stance_model.readable("a__NOT_b") == "a not b"


def test_a_malformed_weights_file_names_the_file_and_the_line(tmp_path):
    bad = tmp_path / "w.csv"
    bad.write_text("feature,favor,against\n(intercept),0,0\n", encoding="utf-8")
    with pytest.raises(stance_model.ModelError, match=r"w\.csv: header"):
        stance_model.load(bad)
    bad.write_text("feature,favor,against,neutral\n(intercept),0,0,0\nword,0,x,0\n", encoding="utf-8")
    with pytest.raises(stance_model.ModelError, match=r"w\.csv, line 3"):
        stance_model.load(bad)
    assert stance_model.load(tmp_path / "missing.csv") is None


def test_the_shipped_weights_are_what_train_gives():
    """`python -m helpers train` on the gold sets (all but heldout) reproduces data/models/stance_weights.csv."""
    shipped = stance_model.load()
    fitted = stance_model.fit(stance_model.training_rows())
    assert set(fitted) == set(shipped)
    worst = max(abs(a - b) for f in fitted for a, b in zip(fitted[f], shipped[f]))
    assert worst < 1e-5


def test_the_model_generalises_to_a_set_it_was_not_trained_on():
    """Leave-one-set-out: trained on the other gold sets, scored on the left-out one (measured 0.60–0.79, mean 0.71;
    the cue rules scored 0.60 on rounds 8 + 9 and 0.66 on round 10 before anyone read them)."""
    rows = stance_model.training_rows()
    scores = stance_model.cross_validate(rows)
    assert len(scores) >= 7 and min(scores.values()) >= 0.55
    assert sum(scores.values()) / len(scores) >= 0.68
    shipped = stance_model.cross_validation_table()  # the figures the README and 90_validation show
    assert dict(zip(shipped["left_out"], shipped["model_macro_f1"])) == {k: round(v, 3) for k, v in scores.items()}


def test_stance_methods_compares_rules_and_model_per_set():
    from helpers import validation

    table = validation.stance_methods({k: v for k, v in validation.gold_sets().items() if k in ("dev", "heldout")})
    assert list(table.index) == ["dev", "heldout"] and table.loc["heldout", "trained_on"] == False  # noqa: E712
    assert table["rules"].between(0, 1).all() and table["rules_and_model"].between(0, 1).all()
    assert table.loc["heldout", "rules_and_model"] > table.loc["heldout", "rules"]  # round 13: measured 0.763 vs 0.682
