"""The learned stance model (helpers.stance_model) and how it votes with the cue rules."""

import math

import pytest

from conftest import FULL_TESTS
from helpers import stance, stance_model


@pytest.fixture(scope="module")
def rows():
    """The training rows of every gold set but held-out, read once for this file's tests (about 7 s a read)."""
    return stance_model.training_rows()


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


def test_the_shipped_weights_are_what_train_gives(rows):
    """`python -m helpers train` on the gold sets (all but heldout) reproduces data/models/stance_weights.csv."""
    shipped = stance_model.load()
    fitted = stance_model.fit(rows)
    assert set(fitted) == set(shipped)
    worst = max(abs(a - b) for f in fitted for a, b in zip(fitted[f], shipped[f]))
    assert worst < 1e-5


def test_the_model_generalises_to_a_set_it_was_not_trained_on(rows):
    """Leave-one-set-out: trained on the other gold sets, scored on the left-out one (measured 0.60–0.79, mean 0.71;
    the cue rules scored 0.60 on rounds 8 + 9 and 0.66 on round 10 before anyone read them). The floors hold on every
    fold of the shipped cv file (what the README and 90_validation show), which has one row per set, none missing;
    two of its folds, early and late, are recomputed here to show it is what the code gives."""
    shipped = stance_model.cross_validation_table()  # written by `train --cv`, every fold
    sets = list(dict.fromkeys(r[0] for r in rows))
    assert list(shipped["left_out"]) == sets  # one row per set, none missing
    assert list(shipped["sentences"]) == [sum(r[0] == name for r in rows) for name in sets]
    every = dict(zip(shipped["left_out"], shipped["model_macro_f1"]))
    assert min(every.values()) >= 0.55 and sum(every.values()) / len(every) >= 0.68
    # one fold (a fold fits the model on every other set, about 28 s on 99 sets; eight took 360 s of a loaded suite in
    # session 14, two 56 s in session 26), two spread over the sessions on CI (HELPERS_FULL_TESTS=1); `train --cv`
    # runs every fold
    names = ["round8", "round60"] if FULL_TESTS else ["round60"]
    scores = stance_model.cross_validate(rows, names)
    assert len(scores) == len(names) and min(scores.values()) >= 0.55
    assert sum(scores.values()) / len(scores) >= 0.68
    assert {k: v for k, v in every.items() if k in names} == {k: round(v, 3) for k, v in scores.items()}


def test_stance_methods_compares_rules_and_model_per_set():
    from helpers import validation

    table = validation.stance_methods({k: v for k, v in validation.gold_sets().items() if k in ("dev", "heldout")})
    assert list(table.index) == ["dev", "heldout"] and table.loc["heldout", "trained_on"] == False  # noqa: E712
    assert table["rules"].between(0, 1).all() and table["rules_and_model"].between(0, 1).all()
    assert table.loc["heldout", "rules_and_model"] > table.loc["heldout", "rules"]  # round 13: measured 0.763 vs 0.682


def test_context_features_read_the_kind_the_place_and_the_speakers_previous_sentence():
    sents = {"text": ["Twitter sues the government", "Twitter said it would not comply.",
                      "It called the orders illegal.", "The ministry did not reply.", "Twitter added that it respects the law.", "The notice reads:"],
             "side": ["narrator", "platform", "platform", "narrator", "platform", "government"],
             "speaker": [None, "Twitter", "Twitter", None, "Twitter", "the ministry"],
             "kind": ["", "indirect", "indirect", "", "indirect", "direct"], "paragraph": [0, 1, 1, 2, 3, 4],
             "statement_id": ["", "S1", "S1", "", "S2", "S3"], "article_id": ["a"] * 6}
    ctx = stance_model.contexts(sents)
    assert ctx[0][:4] == ("KIND=none", "narrator|KIND=none", "HEADLINE", "POS=none")
    assert not any(f.startswith("P:") for f in ctx[0] + ctx[1] + ctx[3])  # first sentence of its speaker; narrator
    assert {"KIND=indirect", "platform|KIND=indirect", "POS=first"} <= set(ctx[1]) and "POS=later" in ctx[2]
    assert {"P:would", "P:NOT_comply"} <= set(ctx[2])  # the speaker's previous sentence, negation marked
    assert "P:called" in ctx[4] and "P:reply" not in ctx[4]  # across statements, skipping the narrator
    assert "LEADIN" in ctx[5] and "HEADLINE" not in ctx[5]
    other = stance_model.contexts({**sents, "article_id": ["a", "a", "a", "b", "b", "b"]})
    assert not any(f.startswith("P:") for f in other[4])  # the previous sentence is read in the same article only
    bare = stance_model.contexts({"text": ["We refuse."], "side": ["platform"]})  # no context columns
    assert bare == [("KIND=none", "platform|KIND=none", "POS=none")]


def test_context_features_move_the_probabilities_but_are_never_shown_as_reasons():
    table = {stance_model.INTERCEPT: (0.0, 0.0, 0.0), "platform|refuse": (-1.0, 2.0, 0.0),
             "P:NOT_comply": (-2.0, 3.0, 0.0), "platform|KIND=direct": (0.0, 0.0, 5.0)}
    ctx = [("KIND=direct", "platform|KIND=direct", "POS=first"), ("KIND=none", "P:NOT_comply")]
    probs, rows = stance_model.batch_probabilities(["We refuse", "We refuse"], ["platform", "platform"], table, ctx)
    plain, _ = stance_model.batch_probabilities(["We refuse"], ["platform"], table)
    assert probs[0].argmax() == 2 and probs[1][1] > plain[0][1]
    assert stance_model.batch_reasons(rows[1], "against", table) == ["platform: refuse"]
    assert stance_model.batch_reasons(rows[0], "neutral", table) == []


def test_fit_blends_the_words_model_and_the_context_model_into_one_table():
    """The table is (1 − NB_SHARE) × the words model + NB_SHARE × the context model, and a sentence's softmax of
    summed rows is the weighted geometric mean of the two models' probabilities."""
    rows = [("s", t, side, lab, ("KIND=direct",) if k % 2 else ("KIND=indirect",))
            for k, (t, side, lab) in enumerate([("We will comply with the order", "platform", "favor"),
                                                 ("We will not comply with the order", "platform", "against"),
                                                 ("The order is lawful and we comply", "government", "favor"),
                                                 ("The order is not lawful", "platform", "against"),
                                                 ("The hearing is on Monday", "other", "neutral"),
                                                 ("The court will hear the case on Monday", "other", "neutral")] * 3)]
    table = stance_model.fit(rows)
    words = stance_model.fit_weights([stance_model.features(r[1], r[2]) for r in rows], [r[3] for r in rows],
                                     stance_model.CLASSES, stance_model.C, stance_model.MIN_DF)
    ctx = stance_model.fit_nb([[*stance_model.features(r[1], r[2]), *r[4]] for r in rows], [r[3] for r in rows],
                              stance_model.CLASSES, stance_model.C, stance_model.MIN_DF)
    share = stance_model.NB_SHARE
    assert "KIND=direct" in table and "KIND=direct" not in words
    for feat in (stance_model.INTERCEPT, "not", "platform|comply"):
        assert table[feat] == pytest.approx(tuple((1 - share) * a + share * b for a, b in zip(words[feat], ctx[feat])))
    p, _ = stance_model.batch_probabilities([rows[1][1]], [rows[1][2]], table, [rows[1][4]])
    pw, _ = stance_model.batch_probabilities([rows[1][1]], [rows[1][2]], words)
    pc, _ = stance_model.batch_probabilities([rows[1][1]], [rows[1][2]], ctx, [rows[1][4]])
    mean = pw[0] ** (1 - share) * pc[0] ** share
    assert p[0] == pytest.approx(mean / mean.sum())
    assert p[0].argmax() == stance_model.CLASSES.index("against")


def test_the_context_models_weights_are_its_ratio_scaled_regressions():
    """fit_nb folds each feature's log-count ratio into its weight: the table's sums are the decision values of
    the per-class regressions fitted on the scaled features."""
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = [["a", "b"], ["a", "c"], ["b", "c"], ["c", "d"], ["a", "d"], ["b", "d"]] * 2
    labels = ["favor", "favor", "against", "against", "neutral", "neutral"] * 2
    table = stance_model.fit_nb(docs, labels, stance_model.CLASSES, 1.0, 1)
    x = CountVectorizer(analyzer=lambda d: d, binary=True).fit_transform(docs).astype(float)
    ratios = stance_model.nb_ratios(x, labels, stance_model.CLASSES)
    assert ratios[0][0] > 0 > ratios[0][3]  # 'a' is favor's, 'd' is not
    k = stance_model.CLASSES.index("against")
    model = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
    model.fit(x @ sparse.diags(ratios[k]), [lab == "against" for lab in labels])
    decision = model.decision_function(x @ sparse.diags(ratios[k]))
    sums = [table[stance_model.INTERCEPT][k] + sum(table[f][k] for f in d) for d in docs]
    assert sums == pytest.approx(decision.tolist())


def test_the_fast_context_rows_equal_the_rows_of_the_feature_strings():
    """At run time the previous sentence's 'P:' rows are found without building their strings (``previous``):
    the same rows in the same order as the whole ``context_features``, so the same probabilities bit for bit."""
    table = stance_model.load()
    if table is None:
        pytest.skip("no stance weights")
    texts = ["Twitter said it would not comply with the orders.", "It called the blocking orders illegal.",
             "The ministry said the orders were lawful.", "It said Twitter must comply.", "A hearing is due:"]
    sents = {"text": texts, "side": ["platform", "platform", "government", "government", "other"],
             "speaker": ["Twitter", "Twitter", "the ministry", "the ministry", "lawyers"],
             "kind": ["indirect", "indirect", "indirect", "indirect", "direct"], "paragraph": [1, 2, 3, 3, 4],
             "statement_id": ["S1", "S2", "S3", "S3", "S4"], "article_id": ["a"] * 5}
    parts = stance_model.context_parts(sents)
    slow, slow_rows = stance_model.batch_probabilities(texts, sents["side"], table, stance_model.contexts(sents))
    fast, fast_rows = stance_model.batch_probabilities(texts, sents["side"], table, [p[0] for p in parts],
                                                       [p[1] for p in parts])
    assert fast_rows == slow_rows and fast.tobytes() == slow.tobytes()
    assert any(stance_model.matrix_of(table).names[i].startswith("P:") for i in fast_rows[1])


def test_function_words_are_never_shown_as_deciding_cues():
    """'model: to' or 'model: it' tell a reader nothing (a newcomer found them at the top of the cue chart): features
    made only of words in data/lexicons/function_words.txt are weighed but never listed; content words and
    negated or paired forms with a content word still are."""
    table = {stance_model.INTERCEPT: (0.0, 0.0, 0.0), "to": (2.0, 0.0, 0.0), "government|it": (1.5, 0.0, 0.0),
             "to__the": (1.2, 0.0, 0.0), "comply": (1.0, 0.0, 0.0), "to__comply": (0.9, 0.0, 0.0),
             "NOT_it": (0.8, 0.0, 0.0)}
    reasons = stance_model.reasons("It has to comply to the law.", "government", "favor", table, n=5)
    assert "comply" in reasons and "to comply" in reasons
    assert not {"to", "government: it", "to the", "not it"} & set(reasons)
