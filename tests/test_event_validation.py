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
    "round4": {"event_f1": 0.95, "date_accuracy": 0.93, "side_accuracy": 0.96},  # measured 0.959 / 0.940 / 0.964
    "round5": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.959 / 0.879 / 0.944
    "round6": {"event_f1": 0.97, "date_accuracy": 0.82, "side_accuracy": 0.94},  # measured 0.980 / 0.821 / 0.949
    "round7": {"event_f1": 0.97, "date_accuracy": 0.88, "side_accuracy": 0.96},  # measured 0.972 / 0.883 / 0.961
    "round8": {"event_f1": 0.94, "date_accuracy": 0.85, "side_accuracy": 0.95},  # measured 0.950 / 0.853 / 0.958
    "round9": {"event_f1": 0.97, "date_accuracy": 0.85, "side_accuracy": 0.92},  # measured 0.973 / 0.855 / 0.928
    "round10": {"event_f1": 0.94, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.943 / 0.879 / 0.945
    "round11": {"event_f1": 0.95, "date_accuracy": 0.88, "side_accuracy": 0.98},  # measured 0.956 / 0.886 / 0.987
    "round12": {"event_f1": 0.93, "date_accuracy": 0.83, "side_accuracy": 0.91},  # measured 0.939 / 0.836 / 0.918
    "round14": {"event_f1": 0.95, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.957 / 0.867 / 0.960
    "round15": {"event_f1": 0.99, "date_accuracy": 0.93, "side_accuracy": 0.95},  # measured 1.000 / 0.931 / 0.954
    "round16": {"event_f1": 0.96, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.970 / 0.896 / 0.970
    "round17": {"event_f1": 0.97, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.977 / 0.893 / 0.960
    "round18": {"event_f1": 0.93, "date_accuracy": 0.93, "side_accuracy": 0.97},  # measured 0.939 / 0.940 / 0.976
    "round19": {"event_f1": 0.94, "date_accuracy": 0.92, "side_accuracy": 0.94},  # measured 0.950 / 0.929 / 0.941
    "round22": {"event_f1": 0.95, "date_accuracy": 0.92, "side_accuracy": 0.97},  # measured 0.957 / 0.928 / 0.976
    "round23": {"event_f1": 0.94, "date_accuracy": 0.88, "side_accuracy": 0.95},  # measured 0.948 / 0.890 / 0.959
    "round24": {"event_f1": 0.96, "date_accuracy": 0.93, "side_accuracy": 0.93},  # measured 0.966 / 0.933 / 0.933
    "round26": {"event_f1": 0.94, "date_accuracy": 0.90, "side_accuracy": 0.94},  # measured 0.950 / 0.907 / 0.947
    "round27": {"event_f1": 0.97, "date_accuracy": 0.86, "side_accuracy": 0.94},  # measured 0.973 / 0.863 / 0.950
    "round28": {"event_f1": 0.93, "date_accuracy": 0.87, "side_accuracy": 0.95},  # measured 0.933 / 0.878 / 0.951
    "round29": {"event_f1": 0.92, "date_accuracy": 0.94, "side_accuracy": 0.93},  # measured 0.922 / 0.945 / 0.932
    "round30": {"event_f1": 0.92, "date_accuracy": 0.89, "side_accuracy": 0.95},  # measured 0.925 / 0.896 / 0.955
    "round31": {"event_f1": 0.94, "date_accuracy": 0.89, "side_accuracy": 0.96},  # measured 0.948 / 0.900 / 0.963
    "round32": {"event_f1": 0.96, "date_accuracy": 0.88, "side_accuracy": 0.94},  # measured 0.969 / 0.887 / 0.950
    "round33": {"event_f1": 0.93, "date_accuracy": 0.91, "side_accuracy": 0.93},  # measured 0.937 / 0.914 / 0.938
    "round34": {"event_f1": 0.96, "date_accuracy": 0.89, "side_accuracy": 0.97},  # measured 0.962 / 0.896 / 0.974
    "round35": {"event_f1": 0.97, "date_accuracy": 0.91, "side_accuracy": 0.93},  # measured 0.973 / 0.914 / 0.938
    "round36": {"event_f1": 0.99, "date_accuracy": 0.89, "side_accuracy": 0.93},  # measured 1.000 / 0.900 / 0.938
    "round37": {"event_f1": 0.95, "date_accuracy": 0.92, "side_accuracy": 0.95},  # measured 0.951 / 0.921 / 0.955
    "round38": {"event_f1": 0.98, "date_accuracy": 0.90, "side_accuracy": 0.95},  # measured 0.984 / 0.909 / 0.955
    "round39": {"event_f1": 0.95, "date_accuracy": 0.98, "side_accuracy": 0.97},  # measured 0.958 / 0.986 / 0.973
    "round40": {"event_f1": 0.94, "date_accuracy": 0.88, "side_accuracy": 0.98},  # measured 0.949 / 0.886 / 0.986
    "round41": {"event_f1": 0.97, "date_accuracy": 0.92, "side_accuracy": 0.94},  # measured 0.972 / 0.924 / 0.949
    "round42": {"event_f1": 0.96, "date_accuracy": 0.92, "side_accuracy": 0.97},  # measured 0.964 / 0.922 / 0.974
    "round43": {"event_f1": 0.95, "date_accuracy": 0.96, "side_accuracy": 0.97},  # measured 0.958 / 0.961 / 0.974
    "round44": {"event_f1": 0.96, "date_accuracy": 0.90, "side_accuracy": 0.95},  # measured 0.967 / 0.910 / 0.955
    "round45": {"event_f1": 0.97, "date_accuracy": 0.93, "side_accuracy": 0.97},  # measured 0.978 / 0.937 / 0.979
    "round46": {"event_f1": 0.95, "date_accuracy": 0.95, "side_accuracy": 0.97},  # measured 0.959 / 0.953 / 0.977
    "round47": {"event_f1": 0.90, "date_accuracy": 0.91, "side_accuracy": 0.93},  # measured 0.907 / 0.911 / 0.937
    "round48": {"event_f1": 0.96, "date_accuracy": 0.90, "side_accuracy": 0.96},  # measured 0.969 / 0.903 / 0.968
    "round49": {"event_f1": 0.98, "date_accuracy": 0.87, "side_accuracy": 0.97},  # measured 0.987 / 0.878 / 0.978
    "round50": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.954 / 0.871 / 0.965
    "round51": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.95},  # measured 0.956 / 0.871 / 0.960
    "round52": {"event_f1": 0.94, "date_accuracy": 0.91, "side_accuracy": 0.96},  # measured 0.947 / 0.911 / 0.967
    "round53": {"event_f1": 0.97, "date_accuracy": 0.86, "side_accuracy": 0.98},  # measured 0.975 / 0.868 / 0.989
    "round54": {"event_f1": 0.95, "date_accuracy": 0.85, "side_accuracy": 0.94},  # measured 0.959 / 0.856 / 0.948
    "round55": {"event_f1": 0.94, "date_accuracy": 0.95, "side_accuracy": 0.97},  # measured 0.946 / 0.959 / 0.973
    "round56": {"event_f1": 0.97, "date_accuracy": 0.91, "side_accuracy": 0.95},  # measured 0.974 / 0.914 / 0.951
    "round57": {"event_f1": 0.93, "date_accuracy": 0.86, "side_accuracy": 0.98},  # measured 0.934 / 0.861 / 0.987
    "round58": {"event_f1": 0.95, "date_accuracy": 0.85, "side_accuracy": 0.98},  # measured 0.951 / 0.859 / 0.989
    "round59": {"event_f1": 0.96, "date_accuracy": 0.89, "side_accuracy": 0.94},  # measured 0.970 / 0.891 / 0.946
    "round60": {"event_f1": 0.92, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.927 / 0.870 / 0.957
    "round61": {"event_f1": 0.96, "date_accuracy": 0.85, "side_accuracy": 0.96},  # measured 0.967 / 0.852 / 0.966
    "round62": {"event_f1": 0.97, "date_accuracy": 0.89, "side_accuracy": 0.98},  # measured 0.976 / 0.892 / 0.982
    "round63": {"event_f1": 0.94, "date_accuracy": 0.80, "side_accuracy": 0.88},  # measured 0.948 / 0.802 / 0.884
    "round64": {"event_f1": 0.95, "date_accuracy": 0.94, "side_accuracy": 0.94},  # measured 0.960 / 0.946 / 0.946
    "round65": {"event_f1": 0.97, "date_accuracy": 0.93, "side_accuracy": 0.89},  # measured 0.977 / 0.933 / 0.900
    "round66": {"event_f1": 0.95, "date_accuracy": 0.83, "side_accuracy": 0.90},  # measured 0.960 / 0.839 / 0.908
    "round67": {"event_f1": 0.97, "date_accuracy": 0.77, "side_accuracy": 0.96},  # measured 0.978 / 0.780 / 0.963
    "round68": {"event_f1": 0.94, "date_accuracy": 0.87, "side_accuracy": 0.95},  # measured 0.941 / 0.880 / 0.957
    "round69": {"event_f1": 0.95, "date_accuracy": 0.73, "side_accuracy": 0.95},  # measured 0.960 / 0.735 / 0.951
    "round70": {"event_f1": 0.95, "date_accuracy": 0.78, "side_accuracy": 0.98},  # measured 0.960 / 0.787 / 0.988
    "round71": {"event_f1": 0.93, "date_accuracy": 0.86, "side_accuracy": 0.91},  # measured 0.931 / 0.864 / 0.914
    "round72": {"event_f1": 0.94, "date_accuracy": 0.85, "side_accuracy": 0.90},  # measured 0.950 / 0.851 / 0.905
    "round73": {"event_f1": 0.95, "date_accuracy": 0.88, "side_accuracy": 0.98},  # measured 0.953 / 0.883 / 0.987
    "round74": {"event_f1": 0.96, "date_accuracy": 0.85, "side_accuracy": 0.95},  # measured 0.962 / 0.853 / 0.956
    "round75": {"event_f1": 0.95, "date_accuracy": 0.85, "side_accuracy": 0.96},  # measured 0.954 / 0.859 / 0.962
    "round76": {"event_f1": 0.94, "date_accuracy": 0.90, "side_accuracy": 0.96},  # measured 0.942 / 0.910 / 0.962
    "round77": {"event_f1": 0.97, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.978 / 0.865 / 0.959
    "round78": {"event_f1": 0.95, "date_accuracy": 0.81, "side_accuracy": 0.97},  # measured 0.955 / 0.812 / 0.975
    "round79": {"event_f1": 0.95, "date_accuracy": 0.84, "side_accuracy": 0.91},  # measured 0.957 / 0.850 / 0.917
    "round80": {"event_f1": 0.97, "date_accuracy": 0.87, "side_accuracy": 0.94},  # measured 0.978 / 0.877 / 0.945
    "round81": {"event_f1": 0.96, "date_accuracy": 0.91, "side_accuracy": 0.97},  # measured 0.964 / 0.919 / 0.973
    "round82": {"event_f1": 0.96, "date_accuracy": 0.86, "side_accuracy": 0.95},  # measured 0.964 / 0.862 / 0.954
    "round83": {"event_f1": 0.96, "date_accuracy": 0.87, "side_accuracy": 0.97},  # measured 0.962 / 0.871 / 0.971
    "round84": {"event_f1": 0.96, "date_accuracy": 0.82, "side_accuracy": 0.93},  # measured 0.966 / 0.825 / 0.938
    "round85": {"event_f1": 0.92, "date_accuracy": 0.83, "side_accuracy": 0.95},  # measured 0.921 / 0.838 / 0.956
    "round86": {"event_f1": 0.96, "date_accuracy": 0.97, "side_accuracy": 0.93},  # measured 0.963 / 0.973 / 0.933
    "round87": {"event_f1": 0.97, "date_accuracy": 0.82, "side_accuracy": 0.90},  # measured 0.975 / 0.826 / 0.907
    "round88": {"event_f1": 0.98, "date_accuracy": 0.93, "side_accuracy": 0.95},  # measured 0.983 / 0.938 / 0.954
    "round89": {"event_f1": 0.97, "date_accuracy": 0.83, "side_accuracy": 0.95},  # measured 0.978 / 0.833 / 0.958
    "round90": {"event_f1": 0.96, "date_accuracy": 0.76, "side_accuracy": 0.94},  # measured 0.967 / 0.770 / 0.950
    "round91": {"event_f1": 0.93, "date_accuracy": 0.89, "side_accuracy": 0.97},  # measured 0.934 / 0.899 / 0.975
    "round92": {"event_f1": 0.97, "date_accuracy": 0.85, "side_accuracy": 0.93},  # measured 0.972 / 0.857 / 0.939
    "round93": {"event_f1": 0.96, "date_accuracy": 0.85, "side_accuracy": 0.93},  # measured 0.961 / 0.856 / 0.933
    "round94": {"event_f1": 0.95, "date_accuracy": 0.87, "side_accuracy": 0.98},  # measured 0.957 / 0.880 / 0.988
    "round95": {"event_f1": 0.94, "date_accuracy": 0.83, "side_accuracy": 0.94},  # measured 0.946 / 0.837 / 0.949
    "round96": {"event_f1": 0.97, "date_accuracy": 0.89, "side_accuracy": 0.97},  # measured 0.974 / 0.891 / 0.980
    "round97": {"event_f1": 0.96, "date_accuracy": 0.71, "side_accuracy": 0.93},  # measured 0.970 / 0.711 / 0.933
    "round98": {"event_f1": 0.92, "date_accuracy": 0.87, "side_accuracy": 0.96},  # measured 0.923 / 0.876 / 0.966
    "round99": {"event_f1": 0.94, "date_accuracy": 0.81, "side_accuracy": 0.95},  # measured 0.941 / 0.812 / 0.958
    "round100": {"event_f1": 0.96, "date_accuracy": 0.88, "side_accuracy": 0.96},  # measured 0.966 / 0.890 / 0.967
    "round101": {"event_f1": 0.96, "date_accuracy": 0.90, "side_accuracy": 0.91},  # measured 0.961 / 0.903 / 0.914
    "round102": {"event_f1": 0.94, "date_accuracy": 0.86, "side_accuracy": 0.93},  # measured 0.945 / 0.869 / 0.940
    "round103": {"event_f1": 0.89, "date_accuracy": 0.78, "side_accuracy": 0.95},  # measured 0.897 / 0.790 / 0.951
    "round104": {"event_f1": 0.94, "date_accuracy": 0.85, "side_accuracy": 0.87},  # measured 0.947 / 0.852 / 0.877
    "round105": {"event_f1": 0.94, "date_accuracy": 0.83, "side_accuracy": 0.98},  # measured 0.947 / 0.835 / 0.989
    "round106": {"event_f1": 0.96, "date_accuracy": 0.83, "side_accuracy": 0.94},  # measured 0.966 / 0.833 / 0.948
    "round107": {"event_f1": 0.95, "date_accuracy": 0.81, "side_accuracy": 0.94},  # measured 0.959 / 0.818 / 0.943
    "round108": {"event_f1": 0.96, "date_accuracy": 0.81, "side_accuracy": 0.95},  # measured 0.962 / 0.816 / 0.959
    "round109": {"event_f1": 0.93, "date_accuracy": 0.78, "side_accuracy": 0.95},  # measured 0.937 / 0.783 / 0.957
    "round110": {"event_f1": 0.93, "date_accuracy": 0.85, "side_accuracy": 0.95},  # measured 0.931 / 0.853 / 0.958
    "round113": {"event_f1": 0.96, "date_accuracy": 0.85, "side_accuracy": 0.95},  # measured 0.964 / 0.854 / 0.955
    "round114": {"event_f1": 0.95, "date_accuracy": 0.78, "side_accuracy": 0.96},  # measured 0.956 / 0.784 / 0.966
    "round115": {"event_f1": 0.91, "date_accuracy": 0.81, "side_accuracy": 0.91},  # measured 0.916 / 0.819 / 0.917
    "round116": {"event_f1": 0.96, "date_accuracy": 0.88, "side_accuracy": 0.92},  # measured 0.963 / 0.884 / 0.930
    "round117": {"event_f1": 0.93, "date_accuracy": 0.74, "side_accuracy": 0.93},  # measured 0.936 / 0.750 / 0.938
    "round118": {"event_f1": 0.94, "date_accuracy": 0.69, "side_accuracy": 0.95},  # measured 0.941 / 0.692 / 0.956
    "round119": {"event_f1": 0.97, "date_accuracy": 0.77, "side_accuracy": 0.91},  # measured 0.980 / 0.774 / 0.917
    "round120": {"event_f1": 0.93, "date_accuracy": 0.75, "side_accuracy": 0.87},  # measured 0.933 / 0.760 / 0.880
    "heldout": {"event_f1": 0.81, "date_accuracy": 0.81, "side_accuracy": 0.97},  # measured 0.820 / 0.818 / 0.974
}


def test_every_unseen_round_has_floors():
    assert set(FLOORS) == set(validation.gold_sets()) - {"dev"}


@pytest.mark.parametrize("name,key", [(n, k) for n in FLOORS for k in TARGETS])
def test_unseen_round_not_worse_and_target(set_scores, name, key):
    hold_round(set_scores(name), FLOORS, TARGETS, name, key)
