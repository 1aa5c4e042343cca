"""Event extraction against the hand labels: F1, date-window accuracy and side accuracy meet the targets."""
import pytest

from conftest import hold_round
from helpers import validation


@pytest.fixture(scope="module")
def scores():
    _, gold = validation.read_gold()
    return validation.event_scores(validation.match_events(gold, validation.analyzed_gold()))


def test_event_f1(scores):
    assert scores["event_f1"] >= 0.95  # measured 0.960 on the dev set
    assert scores["event_f1"] >= 0.85


def test_date_window_accuracy(scores):
    assert scores["date_accuracy"] >= 0.92  # measured 0.930 on the 36-article dev set (0.852 before the date rules)
    assert scores["date_accuracy"] >= 0.90


def test_side_accuracy(scores):
    assert scores["side_accuracy"] >= 0.95


# Articles the methods were not built on (see tests/test_validation.py): floors hold the level measured at the end
# of the last session; targets not yet reached are xfails that print the measured figure.
TARGETS = {"event_f1": 0.85, "date_accuracy": 0.90, "side_accuracy": 0.95}
FLOORS = {
    "round4": {"event_f1": 0.97, "date_accuracy": 0.93, "side_accuracy": 0.96},  # measured 0.973 / 0.938 / 0.963
    "round5": {"event_f1": 0.93, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.938 / 0.871 / 0.960
    "round6": {"event_f1": 0.97, "date_accuracy": 0.79, "side_accuracy": 0.95},  # measured 0.979 / 0.800 / 0.960
    "round7": {"event_f1": 0.96, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.972 / 0.870 / 0.960
    "round8": {"event_f1": 0.95, "date_accuracy": 0.83, "side_accuracy": 0.94},  # measured 0.953 / 0.837 / 0.946
    "round9": {"event_f1": 0.95, "date_accuracy": 0.83, "side_accuracy": 0.94},  # measured 0.959 / 0.840 / 0.951
    "round10": {"event_f1": 0.94, "date_accuracy": 0.88, "side_accuracy": 0.97},  # measured 0.948 / 0.884 / 0.977
    "round11": {"event_f1": 0.96, "date_accuracy": 0.85, "side_accuracy": 0.98},  # measured 0.970 / 0.855 / 0.987
    "round12": {"event_f1": 0.94, "date_accuracy": 0.80, "side_accuracy": 0.94},  # measured 0.946 / 0.806 / 0.944
    "round14": {"event_f1": 0.96, "date_accuracy": 0.83, "side_accuracy": 0.97},  # measured 0.963 / 0.838 / 0.973
    "round15": {"event_f1": 0.97, "date_accuracy": 0.89, "side_accuracy": 0.94},  # measured 0.980 / 0.893 / 0.952
    "round16": {"event_f1": 0.94, "date_accuracy": 0.87, "side_accuracy": 0.98},  # measured 0.951 / 0.877 / 0.985
    "round17": {"event_f1": 0.97, "date_accuracy": 0.85, "side_accuracy": 0.96},  # measured 0.977 / 0.855 / 0.971
    "round18": {"event_f1": 0.92, "date_accuracy": 0.90, "side_accuracy": 0.95},  # measured 0.932 / 0.911 / 0.962
    "round19": {"event_f1": 0.94, "date_accuracy": 0.89, "side_accuracy": 0.93},  # measured 0.947 / 0.900 / 0.938
    "round22": {"event_f1": 0.94, "date_accuracy": 0.93, "side_accuracy": 0.96},  # measured 0.949 / 0.938 / 0.963
    "round23": {"event_f1": 0.93, "date_accuracy": 0.88, "side_accuracy": 0.99},  # measured 0.940 / 0.887 / 1.000
    "round24": {"event_f1": 0.93, "date_accuracy": 0.90, "side_accuracy": 0.93},  # measured 0.940 / 0.907 / 0.942
    "round26": {"event_f1": 0.96, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.963 / 0.878 / 0.946
    "round27": {"event_f1": 0.97, "date_accuracy": 0.84, "side_accuracy": 0.95},  # measured 0.973 / 0.846 / 0.962
    "round28": {"event_f1": 0.95, "date_accuracy": 0.84, "side_accuracy": 0.97},  # measured 0.959 / 0.850 / 0.975
    "round29": {"event_f1": 0.91, "date_accuracy": 0.86, "side_accuracy": 0.93},  # measured 0.915 / 0.870 / 0.942
    "round30": {"event_f1": 0.92, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.931 / 0.894 / 0.955
    "round31": {"event_f1": 0.94, "date_accuracy": 0.87, "side_accuracy": 0.98},  # measured 0.947 / 0.878 / 0.986
    "round32": {"event_f1": 0.97, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.976 / 0.868 / 0.961
    "round33": {"event_f1": 0.93, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.936 / 0.877 / 0.963
    "round34": {"event_f1": 0.98, "date_accuracy": 0.83, "side_accuracy": 0.97},  # measured 0.984 / 0.842 / 0.974
    "round35": {"event_f1": 0.95, "date_accuracy": 0.92, "side_accuracy": 0.92},  # measured 0.958 / 0.924 / 0.924
    "round36": {"event_f1": 0.99, "date_accuracy": 0.87, "side_accuracy": 0.93},  # measured 1.000 / 0.873 / 0.937
    "round37": {"event_f1": 0.95, "date_accuracy": 0.90, "side_accuracy": 0.97},  # measured 0.956 / 0.908 / 0.977
    "round38": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.962 / 0.882 / 0.971
    "round39": {"event_f1": 0.93, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.936 / 0.900 / 0.971
    "round40": {"event_f1": 0.93, "date_accuracy": 0.85, "side_accuracy": 0.98},  # measured 0.939 / 0.862 / 0.985
    "round41": {"event_f1": 0.95, "date_accuracy": 0.90, "side_accuracy": 0.94},  # measured 0.957 / 0.907 / 0.947
    "round42": {"event_f1": 0.94, "date_accuracy": 0.90, "side_accuracy": 0.97},  # measured 0.949 / 0.907 / 0.973
    "round43": {"event_f1": 0.97, "date_accuracy": 0.95, "side_accuracy": 0.96},  # measured 0.977 / 0.958 / 0.972
    "round44": {"event_f1": 0.97, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.973 / 0.894 / 0.965
    "round45": {"event_f1": 0.99, "date_accuracy": 0.89, "side_accuracy": 0.98},  # measured 0.993 / 0.897 / 0.989
    "round46": {"event_f1": 0.94, "date_accuracy": 0.93, "side_accuracy": 0.96},  # measured 0.952 / 0.940 / 0.964
    "round47": {"event_f1": 0.91, "date_accuracy": 0.88, "side_accuracy": 0.93},  # measured 0.918 / 0.883 / 0.935
    "round48": {"event_f1": 0.95, "date_accuracy": 0.86, "side_accuracy": 0.96},  # measured 0.956 / 0.868 / 0.967
    "round49": {"event_f1": 0.97, "date_accuracy": 0.88, "side_accuracy": 0.98},  # measured 0.981 / 0.886 / 0.989
    "round50": {"event_f1": 0.95, "date_accuracy": 0.85, "side_accuracy": 0.98},  # measured 0.959 / 0.854 / 0.988
    "round51": {"event_f1": 0.94, "date_accuracy": 0.84, "side_accuracy": 0.95},  # measured 0.950 / 0.851 / 0.960
    "round52": {"event_f1": 0.93, "date_accuracy": 0.86, "side_accuracy": 0.97},  # measured 0.933 / 0.872 / 0.977
    "round53": {"event_f1": 0.97, "date_accuracy": 0.83, "side_accuracy": 0.98},  # measured 0.981 / 0.841 / 0.989
    "round54": {"event_f1": 0.94, "date_accuracy": 0.80, "side_accuracy": 0.94},  # measured 0.951 / 0.811 / 0.944
    "round55": {"event_f1": 0.94, "date_accuracy": 0.94, "side_accuracy": 0.95},  # measured 0.944 / 0.944 / 0.958
    "round56": {"event_f1": 0.94, "date_accuracy": 0.88, "side_accuracy": 0.97},  # measured 0.947 / 0.883 / 0.974
    "round57": {"event_f1": 0.92, "date_accuracy": 0.82, "side_accuracy": 0.98},  # measured 0.924 / 0.829 / 0.987
    "round58": {"event_f1": 0.93, "date_accuracy": 0.80, "side_accuracy": 0.97},  # measured 0.933 / 0.809 / 0.978
    "round59": {"event_f1": 0.94, "date_accuracy": 0.82, "side_accuracy": 0.95},  # measured 0.943 / 0.826 / 0.953
    "round60": {"event_f1": 0.89, "date_accuracy": 0.80, "side_accuracy": 0.93},  # measured 0.893 / 0.810 / 0.937
    "round61": {"event_f1": 0.94, "date_accuracy": 0.82, "side_accuracy": 0.97},  # measured 0.945 / 0.825 / 0.975
    "round62": {"event_f1": 0.95, "date_accuracy": 0.79, "side_accuracy": 0.97},  # measured 0.955 / 0.802 / 0.981
    "round63": {"event_f1": 0.92, "date_accuracy": 0.78, "side_accuracy": 0.87},  # measured 0.926 / 0.790 / 0.877
    "round64": {"event_f1": 0.96, "date_accuracy": 0.66, "side_accuracy": 0.92},  # measured 0.965 / 0.670 / 0.932
    "round65": {"event_f1": 0.96, "date_accuracy": 0.84, "side_accuracy": 0.86},  # measured 0.971 / 0.844 / 0.867
    "round66": {"event_f1": 0.93, "date_accuracy": 0.79, "side_accuracy": 0.90},  # measured 0.933 / 0.797 / 0.911
    "round67": {"event_f1": 0.95, "date_accuracy": 0.70, "side_accuracy": 0.97},  # measured 0.955 / 0.711 / 0.974
    "round68": {"event_f1": 0.90, "date_accuracy": 0.82, "side_accuracy": 0.96},  # measured 0.910 / 0.826 / 0.965
    "round69": {"event_f1": 0.94, "date_accuracy": 0.66, "side_accuracy": 0.93},  # measured 0.948 / 0.667 / 0.939
    "round70": {"event_f1": 0.92, "date_accuracy": 0.74, "side_accuracy": 0.97},  # measured 0.932 / 0.747 / 0.973
    "round71": {"event_f1": 0.91, "date_accuracy": 0.78, "side_accuracy": 0.90},  # measured 0.916 / 0.789 / 0.908
    "round72": {"event_f1": 0.92, "date_accuracy": 0.78, "side_accuracy": 0.91},  # measured 0.928 / 0.789 / 0.915
    "round73": {"event_f1": 0.91, "date_accuracy": 0.77, "side_accuracy": 0.95},  # measured 0.913 / 0.781 / 0.959
    "round74": {"event_f1": 0.93, "date_accuracy": 0.82, "side_accuracy": 0.95},  # measured 0.938 / 0.831 / 0.954
    "round75": {"event_f1": 0.95, "date_accuracy": 0.78, "side_accuracy": 0.90},  # measured 0.953 / 0.789 / 0.908
    "round76": {"event_f1": 0.93, "date_accuracy": 0.80, "side_accuracy": 0.95},  # measured 0.934 / 0.803 / 0.961
    "round77": {"event_f1": 0.97, "date_accuracy": 0.81, "side_accuracy": 0.95},  # measured 0.978 / 0.819 / 0.958
    "round78": {"event_f1": 0.94, "date_accuracy": 0.78, "side_accuracy": 0.97},  # measured 0.947 / 0.792 / 0.974
    "round79": {"event_f1": 0.91, "date_accuracy": 0.76, "side_accuracy": 0.89},  # measured 0.922 / 0.772 / 0.895
    "round80": {"event_f1": 0.94, "date_accuracy": 0.78, "side_accuracy": 0.92},  # measured 0.950 / 0.783 / 0.928
    "round81": {"event_f1": 0.95, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.955 / 0.901 / 0.958
    "round82": {"event_f1": 0.94, "date_accuracy": 0.73, "side_accuracy": 0.96},  # measured 0.945 / 0.738 / 0.964
    "round83": {"event_f1": 0.93, "date_accuracy": 0.79, "side_accuracy": 0.98},  # measured 0.938 / 0.794 / 0.985
    "round84": {"event_f1": 0.95, "date_accuracy": 0.82, "side_accuracy": 0.92},  # measured 0.959 / 0.823 / 0.924
    "heldout": {"event_f1": 0.80, "date_accuracy": 0.77, "side_accuracy": 0.97},  # measured 0.803 / 0.776 / 0.973
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
