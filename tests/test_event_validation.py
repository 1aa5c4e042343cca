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
    "round4": {"event_f1": 0.95, "date_accuracy": 0.90, "side_accuracy": 0.96},  # measured 0.953 / 0.907 / 0.965
    "round5": {"event_f1": 0.89, "date_accuracy": 0.85, "side_accuracy": 0.94},  # measured 0.897 / 0.863 / 0.951
    "round6": {"event_f1": 0.93, "date_accuracy": 0.77, "side_accuracy": 0.95},  # measured 0.940 / 0.782 / 0.962
    "round7": {"event_f1": 0.92, "date_accuracy": 0.85, "side_accuracy": 0.94},  # measured 0.930 / 0.857 / 0.952
    "round8": {"event_f1": 0.91, "date_accuracy": 0.84, "side_accuracy": 0.94},  # measured 0.920 / 0.848 / 0.946
    "round9": {"event_f1": 0.89, "date_accuracy": 0.82, "side_accuracy": 0.94},  # measured 0.897 / 0.831 / 0.952
    "round10": {"event_f1": 0.89, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.900 / 0.874 / 0.966
    "round11": {"event_f1": 0.91, "date_accuracy": 0.83, "side_accuracy": 0.98},  # measured 0.913 / 0.842 / 0.987
    "round12": {"event_f1": 0.86, "date_accuracy": 0.76, "side_accuracy": 0.94},  # measured 0.870 / 0.767 / 0.945
    "round14": {"event_f1": 0.93, "date_accuracy": 0.84, "side_accuracy": 0.96},  # measured 0.934 / 0.849 / 0.973
    "round15": {"event_f1": 0.95, "date_accuracy": 0.90, "side_accuracy": 0.94},  # measured 0.954 / 0.905 / 0.952
    "round16": {"event_f1": 0.92, "date_accuracy": 0.86, "side_accuracy": 0.98},  # measured 0.925 / 0.866 / 0.985
    "round17": {"event_f1": 0.94, "date_accuracy": 0.83, "side_accuracy": 0.96},  # measured 0.947 / 0.836 / 0.970
    "round18": {"event_f1": 0.91, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.921 / 0.878 / 0.951
    "round19": {"event_f1": 0.92, "date_accuracy": 0.88, "side_accuracy": 0.93},  # measured 0.929 / 0.890 / 0.939
    "round22": {"event_f1": 0.88, "date_accuracy": 0.93, "side_accuracy": 0.95},  # measured 0.892 / 0.937 / 0.962
    "round23": {"event_f1": 0.91, "date_accuracy": 0.89, "side_accuracy": 0.98},  # measured 0.920 / 0.901 / 0.986
    "round24": {"event_f1": 0.89, "date_accuracy": 0.88, "side_accuracy": 0.93},  # measured 0.902 / 0.885 / 0.943
    "round26": {"event_f1": 0.92, "date_accuracy": 0.86, "side_accuracy": 0.92},  # measured 0.928 / 0.865 / 0.932
    "round27": {"event_f1": 0.90, "date_accuracy": 0.80, "side_accuracy": 0.95},  # measured 0.911 / 0.812 / 0.963
    "round28": {"event_f1": 0.90, "date_accuracy": 0.80, "side_accuracy": 0.97},  # measured 0.908 / 0.808 / 0.974
    "round29": {"event_f1": 0.84, "date_accuracy": 0.87, "side_accuracy": 0.93},  # measured 0.851 / 0.881 / 0.940
    "round30": {"event_f1": 0.87, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.878 / 0.900 / 0.957
    "round31": {"event_f1": 0.91, "date_accuracy": 0.86, "side_accuracy": 0.96},  # measured 0.917 / 0.865 / 0.973
    "round32": {"event_f1": 0.92, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.931 / 0.870 / 0.961
    "round33": {"event_f1": 0.89, "date_accuracy": 0.85, "side_accuracy": 0.94},  # measured 0.903 / 0.863 / 0.950
    "round34": {"event_f1": 0.96, "date_accuracy": 0.84, "side_accuracy": 0.97},  # measured 0.969 / 0.846 / 0.974
    "round35": {"event_f1": 0.92, "date_accuracy": 0.91, "side_accuracy": 0.92},  # measured 0.932 / 0.914 / 0.926
    "round36": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.93},  # measured 0.958 / 0.873 / 0.937
    "round37": {"event_f1": 0.91, "date_accuracy": 0.88, "side_accuracy": 0.97},  # measured 0.921 / 0.889 / 0.978
    "round38": {"event_f1": 0.94, "date_accuracy": 0.87, "side_accuracy": 0.95},  # measured 0.951 / 0.876 / 0.962
    "round39": {"event_f1": 0.91, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.915 / 0.900 / 0.971
    "round40": {"event_f1": 0.89, "date_accuracy": 0.84, "side_accuracy": 0.98},  # measured 0.897 / 0.848 / 0.985
    "round41": {"event_f1": 0.90, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.910 / 0.893 / 0.960
    "round42": {"event_f1": 0.92, "date_accuracy": 0.88, "side_accuracy": 0.95},  # measured 0.930 / 0.883 / 0.961
    "round43": {"event_f1": 0.93, "date_accuracy": 0.94, "side_accuracy": 0.97},  # measured 0.935 / 0.947 / 0.973
    "round44": {"event_f1": 0.93, "date_accuracy": 0.84, "side_accuracy": 0.96},  # measured 0.935 / 0.844 / 0.967
    "round45": {"event_f1": 0.97, "date_accuracy": 0.87, "side_accuracy": 0.97},  # measured 0.978 / 0.874 / 0.977
    "round46": {"event_f1": 0.87, "date_accuracy": 0.93, "side_accuracy": 0.96},  # measured 0.879 / 0.941 / 0.965
    "round47": {"event_f1": 0.85, "date_accuracy": 0.88, "side_accuracy": 0.91},  # measured 0.861 / 0.883 / 0.922
    "round48": {"event_f1": 0.89, "date_accuracy": 0.83, "side_accuracy": 0.96},  # measured 0.894 / 0.842 / 0.968
    "round49": {"event_f1": 0.95, "date_accuracy": 0.88, "side_accuracy": 0.98},  # measured 0.963 / 0.888 / 0.989
    "round50": {"event_f1": 0.93, "date_accuracy": 0.81, "side_accuracy": 0.98},  # measured 0.939 / 0.821 / 0.988
    "round51": {"event_f1": 0.90, "date_accuracy": 0.83, "side_accuracy": 0.96},  # measured 0.905 / 0.833 / 0.971
    "round52": {"event_f1": 0.90, "date_accuracy": 0.87, "side_accuracy": 0.97},  # measured 0.913 / 0.881 / 0.976
    "round53": {"event_f1": 0.95, "date_accuracy": 0.82, "side_accuracy": 0.97},  # measured 0.958 / 0.826 / 0.978
    "round54": {"event_f1": 0.90, "date_accuracy": 0.79, "side_accuracy": 0.94},  # measured 0.905 / 0.798 / 0.944
    "round55": {"event_f1": 0.86, "date_accuracy": 0.88, "side_accuracy": 0.96},  # measured 0.872 / 0.889 / 0.972
    "round56": {"event_f1": 0.92, "date_accuracy": 0.74, "side_accuracy": 0.97},  # measured 0.928 / 0.747 / 0.975
    "round57": {"event_f1": 0.86, "date_accuracy": 0.80, "side_accuracy": 0.98},  # measured 0.863 / 0.811 / 0.986
    "heldout": {"event_f1": 0.79, "date_accuracy": 0.77, "side_accuracy": 0.96},  # measured 0.796 / 0.782 / 0.973
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
