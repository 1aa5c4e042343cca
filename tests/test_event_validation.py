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
    "round4": {"event_f1": 0.90, "date_accuracy": 0.89, "side_accuracy": 0.97},  # measured 0.910 / 0.895 / 0.977
    "round5": {"event_f1": 0.70, "date_accuracy": 0.70, "side_accuracy": 0.97},  # measured 0.710 / 0.707 / 0.973
    "round6": {"event_f1": 0.64, "date_accuracy": 0.57, "side_accuracy": 0.97},  # measured 0.650 / 0.580 / 0.980
    "round7": {"event_f1": 0.75, "date_accuracy": 0.83, "side_accuracy": 0.95},  # measured 0.757 / 0.833 / 0.962
    "round8": {"event_f1": 0.66, "date_accuracy": 0.70, "side_accuracy": 0.96},  # measured 0.667 / 0.707 / 0.966
    "round9": {"event_f1": 0.58, "date_accuracy": 0.71, "side_accuracy": 0.95},  # measured 0.588 / 0.717 / 0.962
    "heldout": {"event_f1": 0.75, "date_accuracy": 0.75, "side_accuracy": 0.95},  # measured 0.758 / 0.754 / 0.954
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
