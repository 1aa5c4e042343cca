"""helpers.validation: the methods against the hand labels in data/annotations, and the NYT check.

Every figure is computed here from the pipeline run on the annotated articles; the
thresholds are the targets of issue #3.
"""
import pandas as pd
import pytest

from conftest import hold_round
from helpers import paths, validation

TARGETS = {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.90, "stance_macro_f1": 0.80,
           "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.80}


@pytest.fixture(scope="module")
def scores() -> dict:
    """Headline statement scores on every annotated article."""
    gold, _ = validation.read_gold()
    return validation.statement_scores(validation.match_statements(gold, validation.analyzed_gold()))


def measured(scores: dict, key: str) -> str:
    """Reason text for a target not reached yet."""
    return f"{key} target {TARGETS[key]} not reached yet (measured {scores[key]:.3f})"


MET = ["side_accuracy_gov_platform", "side_accuracy_all", "stance_macro_f1", "tone_accuracy_domain"]


@pytest.mark.parametrize("key", MET)
def test_target_met(scores, key):
    assert scores[key] >= TARGETS[key], measured(scores, key)


def test_tone_well_above_raw_vader(scores):
    """The domain lexicon's gain on dev: 0.830 vs raw VADER 0.512."""
    assert scores["tone_accuracy_domain"] >= 0.80 and scores["tone_accuracy_domain"] - scores["tone_accuracy_raw"] >= 0.15


def test_domain_tone_beats_raw_vader(scores):
    assert scores["tone_accuracy_domain"] > scores["tone_accuracy_raw"]


def test_gold_covers_several_articles(scores):
    gold, _ = validation.read_gold()
    assert gold["article"].nunique() >= 9 and scores["n_sentences"] == len(gold)


@pytest.mark.skipif(not validation.nyt_available(), reason=f"NYT benchmark absent: {paths.nyt_benchmark()}")
def test_nyt_domain_correlation_not_worse_than_raw():
    check = validation.nyt_check()
    assert check["n"] > 5000 and check["r_domain"] >= check["r_raw"] > 0.3


def test_prf_and_bootstrap_interval_contain_the_value():
    frame = pd.DataFrame({"g": list("aabbbc") * 5, "p": list("abbbcc") * 5})
    table = validation.prf_with_ci(frame, "g", "p", ["a", "b", "c"], n=200)
    assert (table["f1_low"] <= table["f1"]).all() and (table["f1"] <= table["f1_high"]).all()
    assert table.loc[table["label"] == "a", "recall"].iloc[0] == pytest.approx(0.5)


def test_headline_intervals_and_examples():
    gold, _ = validation.read_gold()
    matched = validation.match_statements(gold, validation.analyzed_gold())
    table = validation.headline_intervals(matched, n=100)
    assert (table["low"] <= table["value"] + 1e-9).all() and (table["value"] <= table["high"] + 1e-9).all()
    ex = validation.examples(matched, "gold_stance", "pred_stance", per_class=2)
    assert set(ex["gold_stance"]) == {"favor", "against", "neutral"} and len(ex) <= 6


# Articles the methods were not built on: earlier rounds in data/annotations/rounds/ (4 to 12, 14 to 19, 22 to 24,
# 26 to 34) and the held-out ones in heldout/ (rounds 13 and 25). Each round was written by annotators who saw neither
# the code nor the lexicons and scored once before anyone looked at its labels (data/annotations/README.md and the
# main README keep those figures); the rounds in rounds/ were then used for tuning and to train the learned parts (so
# their stance, tone-model and event figures are training figures; data/models/*_cv.csv hold the leave-one-set-out
# ones). FLOORS hold the level measured at the end of the last session, so that a change that makes any set worse
# fails; a target not reached yet is an xfail that says by how much.
FLOORS = {
    "round4": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.95, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.94},  # measured 0.977 / 0.960 / 0.957 / 0.821 / 0.943
    "round5": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.94, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.84, "tone_accuracy_model": 0.99},  # measured 0.946 / 0.948 / 0.964 / 0.847 / 0.993
    "round6": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.95, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.96},  # measured 0.963 / 0.958 / 0.974 / 0.733 / 0.966
    "round7": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.95, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.95},  # measured 0.963 / 0.959 / 0.970 / 0.827 / 0.952
    "round8": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.93, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.85, "tone_accuracy_model": 0.93},  # measured 0.950 / 0.934 / 0.984 / 0.852 / 0.934
    "round9": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.84, "tone_accuracy_model": 0.97},  # measured 1.000 / 0.968 / 0.991 / 0.842 / 0.974
    "round10": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.94},  # measured 0.988 / 0.972 / 1.000 / 0.815 / 0.950
    "round11": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.98, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.96},  # measured 1.000 / 0.983 / 0.982 / 0.739 / 0.965
    "round12": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.94},  # measured 0.984 / 0.972 / 0.977 / 0.770 / 0.944
    "round14": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.97, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.97},  # measured 1.000 / 0.976 / 1.000 / 0.806 / 0.976
    "round15": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.98, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.93},  # measured 1.000 / 0.988 / 0.982 / 0.818 / 0.936
    "round16": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.98},  # measured 0.988 / 0.972 / 0.971 / 0.787 / 0.981
    "round17": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.93},  # measured 0.988 / 0.977 / 0.976 / 0.779 / 0.938
    "round18": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.86, "tone_accuracy_model": 0.96},  # measured 0.989 / 0.965 / 0.983 / 0.862 / 0.966
    "round19": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.99},  # measured 0.973 / 0.966 / 1.000 / 0.815 / 0.992
    "round22": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.95},  # measured 1.000 / 0.969 / 0.991 / 0.821 / 0.953
    "round23": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.94, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.97},  # measured 0.950 / 0.946 / 0.967 / 0.803 / 0.974
    "round24": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.97},  # measured 0.977 / 0.961 / 0.975 / 0.811 / 0.975
    "round26": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.95},  # measured 0.985 / 0.970 / 1.000 / 0.760 / 0.960
    "round27": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.94, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.96},  # measured 0.968 / 0.950 / 0.967 / 0.784 / 0.968
    "round28": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.93, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.95},  # measured 0.962 / 0.940 / 0.941 / 0.739 / 0.957
    "round29": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.92, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.93},  # measured 0.958 / 0.929 / 0.983 / 0.735 / 0.932
    "round30": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.99, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.98},  # measured 1.000 / 0.994 / 1.000 / 0.811 / 0.982
    "round31": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.94},  # measured 0.989 / 0.967 / 0.973 / 0.772 / 0.945
    "round32": {"side_accuracy_gov_platform": 0.91, "side_accuracy_all": 0.93, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.96},  # measured 0.917 / 0.934 / 0.976 / 0.811 / 0.967
    "round33": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.83, "tone_accuracy_model": 0.96},  # measured 0.988 / 0.969 / 1.000 / 0.835 / 0.967
    "round34": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.93, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.98},  # measured 0.942 / 0.937 / 0.950 / 0.826 / 0.983
    "round35": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.92, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.68, "tone_accuracy_model": 0.92},  # measured 0.932 / 0.930 / 0.972 / 0.689 / 0.926
    "round36": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.92, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.99},  # measured 0.932 / 0.924 / 0.992 / 0.780 / 0.992
    "round37": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.94, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.95},  # measured 0.950 / 0.949 / 0.959 / 0.818 / 0.951
    "round38": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.92, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.92},  # measured 0.948 / 0.922 / 0.942 / 0.781 / 0.927
    "round39": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.95, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.92},  # measured 1.000 / 0.956 / 0.974 / 0.800 / 0.922
    "round40": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.86, "tone_accuracy_model": 0.98},  # measured 0.988 / 0.973 / 0.990 / 0.867 / 0.982
    "round41": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.99, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.84, "tone_accuracy_model": 0.98},  # measured 1.000 / 1.000 / 0.989 / 0.844 / 0.982
    "round42": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.96},  # measured 0.987 / 0.972 / 0.976 / 0.769 / 0.969
    "round43": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.98, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.95},  # measured 0.981 / 0.989 / 0.993 / 0.787 / 0.957
    "round44": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.98, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.97},  # measured 1.000 / 0.984 / 0.993 / 0.786 / 0.979
    "round45": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.96, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.83, "tone_accuracy_model": 0.93},  # measured 0.954 / 0.961 / 0.950 / 0.837 / 0.938
    "round46": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.97},  # measured 0.955 / 0.966 / 0.992 / 0.816 / 0.976
    "round47": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.96, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.95},  # measured 0.974 / 0.969 / 0.939 / 0.785 / 0.960
    "round48": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.95, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.95},  # measured 0.967 / 0.959 / 0.971 / 0.822 / 0.958
    "round49": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.94},  # measured 0.988 / 0.967 / 0.992 / 0.775 / 0.942
    "round50": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.98, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.97},  # measured 0.981 / 0.983 / 0.970 / 0.789 / 0.977
    "round51": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.98},  # measured 0.990 / 0.978 / 0.985 / 0.803 / 0.985
    "round52": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.95, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.97},  # measured 0.990 / 0.960 / 0.984 / 0.812 / 0.977
    "round53": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.95, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.93},  # measured 0.987 / 0.960 / 0.971 / 0.771 / 0.932
    "round54": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.94},  # measured 0.963 / 0.966 / 0.978 / 0.763 / 0.947
    "round55": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.93},  # measured 0.988 / 0.980 / 0.991 / 0.805 / 0.938
    "round56": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.94, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.96},  # measured 0.987 / 0.941 / 0.983 / 0.732 / 0.967
    "round57": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.99, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.96},  # measured 1.000 / 1.000 / 0.983 / 0.767 / 0.966
    "round58": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.93, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.93},  # measured 0.970 / 0.933 / 0.985 / 0.760 / 0.938
    "round59": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.94, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.92},  # measured 0.988 / 0.946 / 0.964 / 0.813 / 0.925
    "round60": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.96, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.71, "tone_accuracy_model": 0.95},  # measured 0.956 / 0.967 / 0.966 / 0.714 / 0.960
    "round61": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.98, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.94},  # measured 0.989 / 0.981 / 0.975 / 0.814 / 0.949
    "round62": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.94, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.97},  # measured 0.949 / 0.947 / 0.947 / 0.790 / 0.975
    "round63": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.74, "tone_accuracy_model": 0.98},  # measured 0.975 / 0.965 / 0.977 / 0.744 / 0.984
    "round64": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.93, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.97},  # measured 0.959 / 0.937 / 0.971 / 0.820 / 0.973
    "round65": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.96, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.96},  # measured 0.951 / 0.961 / 0.954 / 0.780 / 0.961
    "round66": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.93, "stance_macro_f1": 0.90, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.92},  # measured 0.941 / 0.934 / 0.902 / 0.812 / 0.923
    "round67": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.94, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.85, "tone_accuracy_model": 0.96},  # measured 0.961 / 0.948 / 0.973 / 0.852 / 0.965
    "round68": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.93, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.94},  # measured 0.944 / 0.938 / 0.933 / 0.825 / 0.950
    "round69": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.93, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.97},  # measured 0.974 / 0.937 / 0.975 / 0.794 / 0.971
    "round70": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.96},  # measured 0.985 / 0.978 / 0.990 / 0.818 / 0.970
    "round71": {"side_accuracy_gov_platform": 0.92, "side_accuracy_all": 0.90, "stance_macro_f1": 0.91, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.97},  # measured 0.924 / 0.905 / 0.917 / 0.825 / 0.971
    "round72": {"side_accuracy_gov_platform": 0.91, "side_accuracy_all": 0.90, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.94},  # measured 0.917 / 0.905 / 0.981 / 0.821 / 0.943
    "round73": {"side_accuracy_gov_platform": 0.89, "side_accuracy_all": 0.94, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.94},  # measured 0.896 / 0.941 / 0.960 / 0.830 / 0.943
    "round74": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.91, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.94},  # measured 0.940 / 0.912 / 0.956 / 0.769 / 0.949
    "round75": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.93, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.95},  # measured 0.931 / 0.939 / 0.975 / 0.821 / 0.953
    "round76": {"side_accuracy_gov_platform": 0.92, "side_accuracy_all": 0.92, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.70, "tone_accuracy_model": 0.92},  # measured 0.930 / 0.922 / 0.982 / 0.708 / 0.929
    "round77": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.92, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.93},  # measured 0.987 / 0.922 / 0.980 / 0.766 / 0.935
    "round78": {"side_accuracy_gov_platform": 0.91, "side_accuracy_all": 0.95, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.95},  # measured 0.914 / 0.952 / 0.959 / 0.806 / 0.957
    "round79": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.93, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.85, "tone_accuracy_model": 0.98},  # measured 0.984 / 0.938 / 0.975 / 0.857 / 0.988
    "round80": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.89, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.96},  # measured 0.931 / 0.900 / 0.936 / 0.800 / 0.968
    "round81": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.93, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.95},  # measured 1.000 / 0.935 / 0.934 / 0.780 / 0.956
    "round82": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.93, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.96},  # measured 0.939 / 0.937 / 0.968 / 0.772 / 0.967
    "round83": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.95, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.94},  # measured 0.971 / 0.957 / 0.966 / 0.758 / 0.945
    "round84": {"side_accuracy_gov_platform": 0.93, "side_accuracy_all": 0.97, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.95},  # measured 0.937 / 0.971 / 0.958 / 0.737 / 0.958
    "round85": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.98, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.78, "tone_accuracy_model": 0.96},  # measured 0.965 / 0.987 / 0.968 / 0.785 / 0.968
    "round86": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.93, "stance_macro_f1": 0.90, "tone_accuracy_domain": 0.71, "tone_accuracy_model": 0.91},  # measured 0.985 / 0.933 / 0.904 / 0.720 / 0.920
    "round87": {"side_accuracy_gov_platform": 0.91, "side_accuracy_all": 0.91, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.92},  # measured 0.919 / 0.916 / 0.965 / 0.735 / 0.929
    "round88": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.89, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.94},  # measured 0.945 / 0.898 / 0.941 / 0.753 / 0.944
    "round89": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.87, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.90},  # measured 0.944 / 0.873 / 0.940 / 0.740 / 0.906
    "round90": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.76, "tone_accuracy_model": 0.95},  # measured 0.988 / 0.965 / 0.976 / 0.768 / 0.960
    "round91": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.93, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.95},  # measured 0.960 / 0.933 / 0.941 / 0.772 / 0.960
    "round92": {"side_accuracy_gov_platform": 0.92, "side_accuracy_all": 0.93, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.95},  # measured 0.927 / 0.934 / 0.970 / 0.792 / 0.958
    "round93": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.97},  # measured 0.966 / 0.970 / 0.972 / 0.804 / 0.973
    "round94": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.98, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.95},  # measured 0.986 / 0.981 / 0.991 / 0.800 / 0.960
    "round95": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.96, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.98},  # measured 1.000 / 0.970 / 1.000 / 0.829 / 0.981
    "round96": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.97, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.83, "tone_accuracy_model": 0.97},  # measured 0.989 / 0.977 / 0.981 / 0.831 / 0.975
    "round97": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.92, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.98},  # measured 0.966 / 0.922 / 0.960 / 0.771 / 0.981
    "round98": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.96, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.84, "tone_accuracy_model": 0.94},  # measured 0.969 / 0.969 / 0.978 / 0.842 / 0.947
    "round99": {"side_accuracy_gov_platform": 0.99, "side_accuracy_all": 0.95, "stance_macro_f1": 0.99, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.96},  # measured 1.000 / 0.960 / 0.992 / 0.739 / 0.964
    "round100": {"side_accuracy_gov_platform": 0.92, "side_accuracy_all": 0.92, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.95},  # measured 0.926 / 0.922 / 0.978 / 0.757 / 0.951
    "round101": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.91, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.79, "tone_accuracy_model": 0.94},  # measured 0.944 / 0.920 / 0.933 / 0.795 / 0.949
    "round102": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.93, "stance_macro_f1": 0.92, "tone_accuracy_domain": 0.81, "tone_accuracy_model": 0.95},  # measured 0.953 / 0.936 / 0.929 / 0.817 / 0.954
    "round103": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.94, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.84, "tone_accuracy_model": 0.98},  # measured 0.988 / 0.949 / 0.990 / 0.850 / 0.983
    "round104": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.94, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.97},  # measured 0.965 / 0.942 / 0.954 / 0.759 / 0.972
    "round105": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.96, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.96},  # measured 0.989 / 0.970 / 0.983 / 0.825 / 0.965
    "round106": {"side_accuracy_gov_platform": 0.97, "side_accuracy_all": 0.96, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.95},  # measured 0.975 / 0.966 / 0.965 / 0.777 / 0.955
    "round107": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.94, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.94},  # measured 0.957 / 0.941 / 0.964 / 0.739 / 0.946
    "round108": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.95, "stance_macro_f1": 0.96, "tone_accuracy_domain": 0.82, "tone_accuracy_model": 0.97},  # measured 0.962 / 0.955 / 0.967 / 0.825 / 0.979
    "round109": {"side_accuracy_gov_platform": 0.90, "side_accuracy_all": 0.92, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.77, "tone_accuracy_model": 0.97},  # measured 0.905 / 0.921 / 0.942 / 0.778 / 0.972
    "round110": {"side_accuracy_gov_platform": 0.90, "side_accuracy_all": 0.90, "stance_macro_f1": 0.94, "tone_accuracy_domain": 0.74, "tone_accuracy_model": 0.96},  # measured 0.910 / 0.901 / 0.950 / 0.748 / 0.963
    "round113": {"side_accuracy_gov_platform": 0.96, "side_accuracy_all": 0.94, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.95},  # measured 0.969 / 0.945 / 0.976 / 0.760 / 0.952
    "round114": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.95, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.75, "tone_accuracy_model": 0.93},  # measured 0.952 / 0.955 / 0.957 / 0.752 / 0.936
    "round115": {"side_accuracy_gov_platform": 0.84, "side_accuracy_all": 0.88, "stance_macro_f1": 0.92, "tone_accuracy_domain": 0.68, "tone_accuracy_model": 0.98},  # measured 0.845 / 0.888 / 0.930 / 0.690 / 0.983
    "round116": {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.95, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.98},  # measured 0.951 / 0.959 / 0.986 / 0.806 / 0.985
    "round117": {"side_accuracy_gov_platform": 0.82, "side_accuracy_all": 0.86, "stance_macro_f1": 0.98, "tone_accuracy_domain": 0.68, "tone_accuracy_model": 0.92},  # measured 0.830 / 0.865 / 0.986 / 0.690 / 0.930
    "round118": {"side_accuracy_gov_platform": 0.89, "side_accuracy_all": 0.87, "stance_macro_f1": 0.93, "tone_accuracy_domain": 0.72, "tone_accuracy_model": 0.95},  # measured 0.895 / 0.876 / 0.932 / 0.727 / 0.959
    "round119": {"side_accuracy_gov_platform": 0.87, "side_accuracy_all": 0.90, "stance_macro_f1": 0.97, "tone_accuracy_domain": 0.59, "tone_accuracy_model": 0.88},  # measured 0.876 / 0.907 / 0.975 / 0.597 / 0.882
    "round120": {"side_accuracy_gov_platform": 0.98, "side_accuracy_all": 0.93, "stance_macro_f1": 0.95, "tone_accuracy_domain": 0.67, "tone_accuracy_model": 0.94},  # measured 0.986 / 0.937 / 0.952 / 0.678 / 0.950
    "heldout": {"side_accuracy_gov_platform": 0.94, "side_accuracy_all": 0.92, "stance_macro_f1": 0.85, "tone_accuracy_domain": 0.73, "tone_accuracy_model": 0.78},  # measured 0.944 / 0.925 / 0.856 / 0.736 / 0.789
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)


@pytest.mark.parametrize("name", list(FLOORS))
def test_unseen_round_tone_above_raw_vader(set_scores, name):
    """The domain lexicon beats raw VADER on articles it was not built on."""
    assert set_scores(name)["tone_accuracy_domain"] > set_scores(name)["tone_accuracy_raw"]


def test_validate_scores_any_gold_folder_and_names_a_bad_one(cli, tmp_path):
    """`validate --folder` scores a new round of labels (here one held-out article copied alone)."""
    import shutil

    from helpers import validation

    name = sorted(p.stem for p in (validation.HELDOUT / "articles").glob("*.txt"))[0]
    (tmp_path / "articles").mkdir()
    shutil.copy(validation.HELDOUT / "articles" / f"{name}.txt", tmp_path / "articles")
    for kind in ("statements", "events"):
        shutil.copy(validation.HELDOUT / f"{name}_{kind}.csv", tmp_path)
    result = cli("validate", "--folder", str(tmp_path))
    assert result.returncode == 0, result.stderr
    figures = dict(line.split("\t") for line in result.stdout.splitlines() if "\t" in line)
    assert result.stdout.startswith(f"# {tmp_path} set")
    assert 0.0 <= float(figures["side_accuracy_all"]) <= 1.0
    assert int(float(figures["n_sentences"])) == len(validation.read_gold(tmp_path)[0])
    bad = cli("validate", "--folder", str(tmp_path / "articles"))
    assert bad.returncode == 2 and "not a gold folder" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", list(validation.gold_sets()))
def test_gold_files_are_well_formed(name):
    """Every gold set (dev, earlier rounds, held-out): exact headers, allowed values, every evidence found in its
    article's text, date windows ordered."""
    from helpers import corpus, events

    folder = validation.gold_sets()[name]
    where = validation.Path(folder) if folder else None
    st, ev = validation.read_gold(where)
    assert list(st.columns) == ["article", "statement", "side", "speaker", "kind", "stance", "tone", "evidence"]
    assert list(ev.columns) == ["article", "event_type", "side", "actor", "date_min", "date_max", "count", "unit",
                                "required", "evidence"]
    assert set(st["side"]) <= {"government", "platform", "other", "narrator"}
    assert set(st["stance"]) <= {"favor", "against", "neutral", ""} and set(st["tone"]) <= {"positive", "negative", "neutral", ""}
    assert set(ev["event_type"]) <= set(events.EVENT_TYPES) and set(ev["required"]) <= {"yes", "optional"}
    assert (st["article"] != "").all() and (st["evidence"] != "").all() and (ev["evidence"] != "").all()
    import csv

    for path in sum(validation.gold_paths(where), []):  # a row with a field too many would shift its columns
        with open(path, encoding="utf-8", newline="") as handle:
            widths = {len(row) for row in csv.reader(handle) if row}
        assert len(widths) == 1, f"{path.name}: rows of {sorted(widths)} fields"
    dated = ev[(ev["date_min"] != "") & (ev["date_max"] != "")]
    assert (dated["date_min"] <= dated["date_max"]).all()
    for article, rows in st.groupby("article"):
        body = corpus.read_article(validation.article_path(article, where)).body
        for evidence in list(rows["evidence"]) + list(ev.loc[ev["article"] == article, "evidence"]):
            validation.locate(body, evidence, f"{name} {article}")


def test_scores_by_set_has_a_row_per_set_and_reuses_known_figures():
    sets = {name: folder for name, folder in validation.gold_sets().items() if name != "heldout"}
    dev = validation.all_scores(None)
    table = validation.scores_by_set(sets, known={"dev": {**dev, "event_f1": -1.0}})
    assert list(table.index) == list(sets) and table.loc["dev", "event_f1"] == -1.0  # the known figures are used
    assert table.loc["dev", "articles"] == validation.read_gold()[0]["article"].nunique()
    assert table.loc["round4", "stance_macro_f1"] == pytest.approx(validation.all_scores(sets["round4"])["stance_macro_f1"])
