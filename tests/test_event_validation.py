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
    "round4": {"event_f1": 0.93, "date_accuracy": 0.88, "side_accuracy": 0.97},  # measured 0.940 / 0.889 / 0.978
    "round5": {"event_f1": 0.87, "date_accuracy": 0.80, "side_accuracy": 0.93},  # measured 0.873 / 0.806 / 0.942
    "round6": {"event_f1": 0.89, "date_accuracy": 0.61, "side_accuracy": 0.94},  # measured 0.901 / 0.615 / 0.949
    "round7": {"event_f1": 0.89, "date_accuracy": 0.81, "side_accuracy": 0.95},  # measured 0.895 / 0.820 / 0.960
    "round8": {"event_f1": 0.89, "date_accuracy": 0.66, "side_accuracy": 0.95},  # measured 0.899 / 0.670 / 0.956
    "round9": {"event_f1": 0.83, "date_accuracy": 0.77, "side_accuracy": 0.94},  # measured 0.836 / 0.780 / 0.951
    "round10": {"event_f1": 0.88, "date_accuracy": 0.74, "side_accuracy": 0.94},  # measured 0.884 / 0.753 / 0.953
    "round11": {"event_f1": 0.84, "date_accuracy": 0.78, "side_accuracy": 0.95},  # measured 0.851 / 0.787 / 0.960
    "round12": {"event_f1": 0.83, "date_accuracy": 0.75, "side_accuracy": 0.94},  # measured 0.833 / 0.757 / 0.946
    "round14": {"event_f1": 0.86, "date_accuracy": 0.77, "side_accuracy": 0.94},  # measured 0.863 / 0.775 / 0.944
    "round15": {"event_f1": 0.91, "date_accuracy": 0.81, "side_accuracy": 0.93},  # measured 0.915 / 0.817 / 0.939
    "round16": {"event_f1": 0.85, "date_accuracy": 0.81, "side_accuracy": 0.98},  # measured 0.860 / 0.821 / 0.985
    "round17": {"event_f1": 0.89, "date_accuracy": 0.75, "side_accuracy": 0.95},  # measured 0.901 / 0.754 / 0.957
    "round18": {"event_f1": 0.84, "date_accuracy": 0.76, "side_accuracy": 0.93},  # measured 0.852 / 0.772 / 0.937
    "round19": {"event_f1": 0.87, "date_accuracy": 0.78, "side_accuracy": 0.94},  # measured 0.881 / 0.787 / 0.950
    "round22": {"event_f1": 0.85, "date_accuracy": 0.87, "side_accuracy": 0.95},  # measured 0.859 / 0.878 / 0.959
    "round23": {"event_f1": 0.88, "date_accuracy": 0.79, "side_accuracy": 0.98},  # measured 0.884 / 0.794 / 0.985
    "round24": {"event_f1": 0.86, "date_accuracy": 0.87, "side_accuracy": 0.93},  # measured 0.865 / 0.878 / 0.939
    "round26": {"event_f1": 0.87, "date_accuracy": 0.83, "side_accuracy": 0.93},  # measured 0.883 / 0.840 / 0.933
    "round27": {"event_f1": 0.88, "date_accuracy": 0.73, "side_accuracy": 0.93},  # measured 0.883 / 0.740 / 0.935
    "round28": {"event_f1": 0.87, "date_accuracy": 0.74, "side_accuracy": 0.91},  # measured 0.882 / 0.747 / 0.920
    "round29": {"event_f1": 0.81, "date_accuracy": 0.75, "side_accuracy": 0.92},  # measured 0.818 / 0.761 / 0.925
    "round30": {"event_f1": 0.86, "date_accuracy": 0.74, "side_accuracy": 0.91},  # measured 0.867 / 0.750 / 0.917
    "round31": {"event_f1": 0.87, "date_accuracy": 0.82, "side_accuracy": 0.92},  # measured 0.876 / 0.831 / 0.930
    "round32": {"event_f1": 0.88, "date_accuracy": 0.81, "side_accuracy": 0.94},  # measured 0.889 / 0.822 / 0.945
    "round33": {"event_f1": 0.88, "date_accuracy": 0.76, "side_accuracy": 0.90},  # measured 0.890 / 0.766 / 0.909
    "round34": {"event_f1": 0.90, "date_accuracy": 0.82, "side_accuracy": 0.98},  # measured 0.910 / 0.829 / 0.987
    "round35": {"event_f1": 0.91, "date_accuracy": 0.83, "side_accuracy": 0.88},  # measured 0.921 / 0.835 / 0.886
    "round36": {"event_f1": 0.88, "date_accuracy": 0.72, "side_accuracy": 0.93},  # measured 0.887 / 0.727 / 0.935
    "round37": {"event_f1": 0.85, "date_accuracy": 0.82, "side_accuracy": 0.93},  # measured 0.862 / 0.826 / 0.942
    "round38": {"event_f1": 0.89, "date_accuracy": 0.76, "side_accuracy": 0.92},  # measured 0.898 / 0.770 / 0.930
    "round39": {"event_f1": 0.84, "date_accuracy": 0.78, "side_accuracy": 0.93},  # measured 0.846 / 0.788 / 0.939
    "round40": {"event_f1": 0.85, "date_accuracy": 0.78, "side_accuracy": 0.96},  # measured 0.860 / 0.785 / 0.969
    "round41": {"event_f1": 0.85, "date_accuracy": 0.78, "side_accuracy": 0.94},  # measured 0.855 / 0.787 / 0.947
    "round42": {"event_f1": 0.87, "date_accuracy": 0.72, "side_accuracy": 0.95},  # measured 0.875 / 0.726 / 0.959
    "round43": {"event_f1": 0.85, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.857 / 0.873 / 0.972
    "round44": {"event_f1": 0.87, "date_accuracy": 0.74, "side_accuracy": 0.90},  # measured 0.877 / 0.747 / 0.908
    "heldout": {"event_f1": 0.73, "date_accuracy": 0.72, "side_accuracy": 0.94},  # measured 0.740 / 0.730 / 0.943
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
