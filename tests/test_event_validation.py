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
    "round4": {"event_f1": 0.94, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.947 / 0.897 / 0.966
    "round5": {"event_f1": 0.88, "date_accuracy": 0.81, "side_accuracy": 0.94},  # measured 0.888 / 0.814 / 0.951
    "round6": {"event_f1": 0.93, "date_accuracy": 0.74, "side_accuracy": 0.94},  # measured 0.940 / 0.747 / 0.949
    "round7": {"event_f1": 0.92, "date_accuracy": 0.84, "side_accuracy": 0.94},  # measured 0.930 / 0.846 / 0.952
    "round8": {"event_f1": 0.90, "date_accuracy": 0.81, "side_accuracy": 0.94},  # measured 0.909 / 0.813 / 0.945
    "round9": {"event_f1": 0.88, "date_accuracy": 0.79, "side_accuracy": 0.94},  # measured 0.886 / 0.802 / 0.951
    "round10": {"event_f1": 0.89, "date_accuracy": 0.77, "side_accuracy": 0.95},  # measured 0.900 / 0.782 / 0.954
    "round11": {"event_f1": 0.89, "date_accuracy": 0.82, "side_accuracy": 0.95},  # measured 0.900 / 0.829 / 0.961
    "round12": {"event_f1": 0.86, "date_accuracy": 0.76, "side_accuracy": 0.94},  # measured 0.863 / 0.767 / 0.945
    "round14": {"event_f1": 0.89, "date_accuracy": 0.80, "side_accuracy": 0.96},  # measured 0.901 / 0.806 / 0.972
    "round15": {"event_f1": 0.93, "date_accuracy": 0.86, "side_accuracy": 0.93},  # measured 0.935 / 0.867 / 0.940
    "round16": {"event_f1": 0.91, "date_accuracy": 0.82, "side_accuracy": 0.98},  # measured 0.916 / 0.831 / 0.985
    "round17": {"event_f1": 0.92, "date_accuracy": 0.83, "side_accuracy": 0.96},  # measured 0.926 / 0.833 / 0.970
    "round18": {"event_f1": 0.91, "date_accuracy": 0.86, "side_accuracy": 0.94},  # measured 0.914 / 0.864 / 0.951
    "round19": {"event_f1": 0.92, "date_accuracy": 0.88, "side_accuracy": 0.93},  # measured 0.929 / 0.890 / 0.939
    "round22": {"event_f1": 0.88, "date_accuracy": 0.90, "side_accuracy": 0.94},  # measured 0.892 / 0.912 / 0.950
    "round23": {"event_f1": 0.91, "date_accuracy": 0.89, "side_accuracy": 0.98},  # measured 0.920 / 0.900 / 0.986
    "round24": {"event_f1": 0.89, "date_accuracy": 0.87, "side_accuracy": 0.93},  # measured 0.895 / 0.882 / 0.941
    "round26": {"event_f1": 0.91, "date_accuracy": 0.84, "side_accuracy": 0.92},  # measured 0.921 / 0.851 / 0.932
    "round27": {"event_f1": 0.90, "date_accuracy": 0.79, "side_accuracy": 0.94},  # measured 0.911 / 0.797 / 0.949
    "round28": {"event_f1": 0.89, "date_accuracy": 0.79, "side_accuracy": 0.93},  # measured 0.896 / 0.795 / 0.936
    "round29": {"event_f1": 0.85, "date_accuracy": 0.84, "side_accuracy": 0.93},  # measured 0.859 / 0.853 / 0.941
    "round30": {"event_f1": 0.87, "date_accuracy": 0.83, "side_accuracy": 0.94},  # measured 0.873 / 0.833 / 0.944
    "round31": {"event_f1": 0.91, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.917 / 0.877 / 0.945
    "round32": {"event_f1": 0.90, "date_accuracy": 0.85, "side_accuracy": 0.95},  # measured 0.910 / 0.853 / 0.960
    "round33": {"event_f1": 0.89, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.895 / 0.873 / 0.949
    "round34": {"event_f1": 0.95, "date_accuracy": 0.86, "side_accuracy": 0.98},  # measured 0.962 / 0.872 / 0.987
    "round35": {"event_f1": 0.92, "date_accuracy": 0.89, "side_accuracy": 0.90},  # measured 0.932 / 0.900 / 0.912
    "round36": {"event_f1": 0.95, "date_accuracy": 0.80, "side_accuracy": 0.93},  # measured 0.958 / 0.810 / 0.937
    "round37": {"event_f1": 0.89, "date_accuracy": 0.86, "side_accuracy": 0.94},  # measured 0.898 / 0.865 / 0.944
    "round38": {"event_f1": 0.94, "date_accuracy": 0.83, "side_accuracy": 0.93},  # measured 0.951 / 0.838 / 0.943
    "round39": {"event_f1": 0.90, "date_accuracy": 0.86, "side_accuracy": 0.96},  # measured 0.909 / 0.870 / 0.971
    "round40": {"event_f1": 0.88, "date_accuracy": 0.78, "side_accuracy": 0.98},  # measured 0.889 / 0.788 / 0.985
    "round41": {"event_f1": 0.90, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.904 / 0.882 / 0.947
    "round42": {"event_f1": 0.91, "date_accuracy": 0.84, "side_accuracy": 0.95},  # measured 0.917 / 0.844 / 0.961
    "round43": {"event_f1": 0.91, "date_accuracy": 0.88, "side_accuracy": 0.96},  # measured 0.922 / 0.892 / 0.973
    "round44": {"event_f1": 0.90, "date_accuracy": 0.82, "side_accuracy": 0.91},  # measured 0.904 / 0.830 / 0.920
    "round45": {"event_f1": 0.96, "date_accuracy": 0.83, "side_accuracy": 0.98},  # measured 0.971 / 0.839 / 0.989
    "round46": {"event_f1": 0.88, "date_accuracy": 0.92, "side_accuracy": 0.92},  # measured 0.886 / 0.929 / 0.929
    "round47": {"event_f1": 0.85, "date_accuracy": 0.81, "side_accuracy": 0.93},  # measured 0.855 / 0.818 / 0.935
    "round48": {"event_f1": 0.86, "date_accuracy": 0.80, "side_accuracy": 0.94},  # measured 0.870 / 0.809 / 0.947
    "heldout": {"event_f1": 0.76, "date_accuracy": 0.76, "side_accuracy": 0.94},  # measured 0.769 / 0.769 / 0.944
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
