"""Session 17 (issue 3, tone): the word pairs the tone model reads already carry negation marking, so a
separate "negated bigram" feature set ("not fair", "no choice") would duplicate them; this pins that down."""

from helpers import tone_model


def test_negated_word_pairs_are_among_the_features():
    feats = set(tone_model.features("This is not fair.", "platform", -0.2, 0.1, "against"))
    assert {"not", "NOT_fair", "not__NOT_fair"} <= feats and "fair" not in feats
    feats = set(tone_model.features("We had no choice but to comply.", "platform", 0.0, 0.0, "neutral"))
    assert {"NOT_choice", "no__NOT_choice"} <= feats


def test_the_negation_scope_ends_after_three_words():
    feats = tone_model.features("They did not reply to us at all", "government", 0.0, 0.0, "neutral")
    assert {"NOT_reply", "NOT_to", "NOT_us", "at", "all"} <= set(feats) and "NOT_at" not in feats
