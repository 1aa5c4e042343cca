"""Timeline table, swimlane chart and the claims-vs-record table."""
import pandas as pd
from matplotlib.figure import Figure

from helpers import timeline

EVENTS = pd.DataFrame([
    {"article_id": "a", "event_id": "E1", "event_type": "withholding", "side": "platform", "actor": "Twitter",
     "date_start": "", "date_end": "2021-02-10", "count": 500, "count_unit": "accounts", "evidence": "x",
     "confidence": 0.7},
    {"article_id": "a", "event_id": "E2", "event_type": "blocking_order", "side": "government", "actor": "MeitY",
     "date_start": "2021-01-31", "date_end": "2021-01-31", "count": None, "count_unit": "", "evidence": "y",
     "confidence": 0.9},
])
RECORD = pd.DataFrame([
    {"event_id": "R1", "date_start": "2021-02-01", "date_end": "2021-02-01", "actor": "Twitter", "side": "platform",
     "event_type": "withholding", "count": "250", "count_unit": "accounts", "description": "withheld"},
    {"event_id": "R2", "date_start": "2022-07-05", "date_end": "2022-07-05", "actor": "Twitter", "side": "platform",
     "event_type": "withholding", "count": "", "count_unit": "", "description": "far away"},
])


def test_plot_table_closes_open_bounds_and_labels_counts():
    data = timeline.plot_table(EVENTS, "2021-02-10")
    row = data[data["event_id"] == "E1"].iloc[0]
    assert row["start"] == "2021-02-10" and bool(row["open_start"]) and row["label"] == "500 accounts"


def test_plot_table_limits_many_events():
    many = pd.concat([EVENTS] * 40, ignore_index=True)
    assert len(timeline.plot_table(many, "2021-02-10", max_events=10)) == 10


def test_record_drawn_beneath_only_for_the_period():
    data = timeline.with_record(timeline.plot_table(EVENTS, "2021-02-10"), RECORD)
    assert set(data.loc[data["source"] == "record", "event_id"]) == {"R1"}
    assert isinstance(timeline.swimlanes(data), Figure)


def test_empty_chart_instead_of_failure():
    empty = timeline.plot_table(EVENTS.iloc[0:0], None)
    assert isinstance(timeline.swimlanes(empty), Figure)
    claims = timeline.claims_vs_record(EVENTS.iloc[0:0], RECORD)
    assert isinstance(timeline.claims_chart(claims), Figure)


def test_claims_vs_record_dates_and_counts():
    claims = timeline.claims_vs_record(EVENTS, RECORD).set_index("event_id")
    assert claims.loc["E1", "record_id"] == "R1"
    assert claims.loc["E1", "days_apart"] == 0  # open start: the window reaches back to 1 February
    assert claims.loc["E1", "count_difference"] == 250
    assert pd.isna(claims.loc["E2", "record_id"])  # no blocking order in the record


def test_days_apart_sign():
    assert timeline.days_apart("2021-02-05", "2021-02-05", "2021-02-01", "2021-02-01") == -4
    assert timeline.days_apart("2021-01-29", "2021-01-30", "2021-02-01", "2021-02-01") == 2


def test_detector_events_are_drawn_hollow_and_named_in_the_source_line():
    detected = EVENTS.assign(method=["pattern", "detector"])
    data = timeline.plot_table(detected, "2021-02-10")
    assert list(data.sort_values("event_id")["method"]) == ["pattern", "detector"]
    fig = timeline.swimlanes(data)
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "learned detector" in texts
    hollow = [ln for ln in fig.axes[0].lines if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == 1  # the exact-day detector event (E2); E1 is a window drawn as a bar
    assert "learned detector" not in " ".join(t.get_text() for t in timeline.swimlanes(timeline.plot_table(EVENTS)).texts)
