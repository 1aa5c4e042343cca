"""Timeline table, swimlane chart and the claims-vs-record table."""
import matplotlib.dates as mdates
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


def test_open_start_years_after_the_record_matches_nothing():
    late = EVENTS.iloc[[0]].assign(event_id="E9", date_start="", date_end="2025-09-01")  # three years after R2
    claims = timeline.claims_vs_record(late, RECORD)
    assert claims["record_id"].isna().all() and claims["days_apart"].isna().all()
    assert timeline.days_apart("", "2025-09-01", "2021-02-01", "2021-02-01") == -(1673 - 60)  # reaches back 60 days
    assert timeline.days_apart("2021-01-01", "", "2021-03-02", "2021-03-02") == 0  # open end: 60 days forward


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


def _lines_at(ax, day: str, y_lo: float = -1, y_hi: float = 99):
    x = mdates.date2num(pd.Timestamp(day))
    return [ln for ln in ax.lines if len(ln.get_xdata()) == 1 and abs(mdates.date2num(ln.get_xdata()[0]) - x) < 1e-6]


def test_open_start_events_are_not_drawn_as_exact_day_markers():
    data = timeline.plot_table(EVENTS, "2021-02-10")
    fig = timeline.swimlanes(data)
    ax = fig.axes[0]
    withholding_marker = "o"  # E1 (open start, latest day 10 Feb) is a withholding
    at_end = _lines_at(ax, "2021-02-10")
    assert at_end and not any(ln.get_marker() == withholding_marker for ln in at_end)
    assert any(ln.get_marker() == "$‹$" for ln in ax.lines)  # the '‹' the caption promises
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any("open start" in t for t in legend)
    assert any(ln.get_marker() == "s" for ln in _lines_at(ax, "2021-01-31"))  # the exact day keeps its marker


SECOND = pd.DataFrame([
    {"article_id": "b", "event_id": "E1", "event_type": "blocking_order", "side": "government", "actor": "MHA",
     "date_start": "2024-03-05", "date_end": "2024-03-05", "count": 177, "count_unit": "accounts", "evidence": "z",
     "confidence": 0.9},
])
RECORD_MANY = pd.concat([RECORD, pd.DataFrame([
    {"event_id": f"R{k}", "date_start": day, "date_end": day, "actor": "MeitY", "side": "government",
     "event_type": "blocking_order", "count": "1", "count_unit": "accounts", "description": "between"}
    for k, day in enumerate(["2022-01-10", "2023-05-01", "2024-03-06"], start=3)])], ignore_index=True)


def test_record_only_for_the_weeks_the_events_cover_and_one_panel_per_dispute():
    events = pd.concat([EVENTS, SECOND], ignore_index=True)
    data = timeline.with_record(timeline.plot_table(events, "2024-03-12"), RECORD_MANY)
    assert set(data.loc[data["source"] == "record", "event_id"]) == {"R1", "R5"}  # not 2022-07, 2022-01, 2023-05
    fig = timeline.swimlanes(data)
    assert len(fig.axes) == 2
    for ax in fig.axes:
        lo, hi = ax.get_xlim()
        assert hi - lo < 60  # weeks, not the years between the disputes
    assert all(ax.get_legend() is None for ax in fig.axes) and fig.legends  # legend out of the data


def test_labels_of_one_lane_do_not_overprint():
    rows = [{"article_id": "a", "event_id": f"E{k}", "event_type": "legal_threat", "side": "government",
             "actor": "MeitY", "date_start": "2021-02-0" + str(k), "date_end": "2021-02-0" + str(k),
             "count": 2_500_000 * k, "count_unit": "rupees", "evidence": "x", "confidence": 0.9} for k in (1, 2)]
    fig = timeline.swimlanes(timeline.plot_table(pd.DataFrame(rows), "2021-02-10"))
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if "rupees" in t.get_text()]
    assert len(boxes) == 2 and not boxes[0].overlaps(boxes[1])


def test_month_named_on_the_first_tick_of_each_month():
    ticks = [mdates.date2num(pd.Timestamp(d)) for d in ("2021-01-25", "2021-01-29", "2021-02-01", "2021-02-05")]
    labels = timeline.MonthDayFormatter().format_ticks(ticks)
    assert labels[0].startswith("Jan 25") and labels[1] == "29" and labels[2] == "Feb 1" and labels[3] == "5"


def test_claims_chart_legend_matched_share_and_plain_count_notes():
    claims = timeline.claims_vs_record(EVENTS, RECORD)
    fig = timeline.claims_chart(claims)
    ax = fig.axes[0]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["platform"]
    assert any("1 of 2 extracted events matched" in t.get_text() for t in ax.texts)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a · E1 withholding"]
    assert timeline.count_note(250, "accounts", "accounts") == "250 more accounts than the record"
    assert timeline.count_note(-50, "accounts", "accounts") == "50 fewer accounts than the record"
    assert timeline.count_note(0, "years", "years") == "same count as the record"
    assert timeline.count_note(3, "years", "accounts") == ""


def test_claims_chart_of_a_corpus_counts_every_match_and_draws_the_furthest():
    """At 17,302 events the chart drew the first 60 in corpus order and called them the matched ones: it now says
    how many matched and draws the MAX_EVENTS furthest from the record."""
    n = timeline.MAX_EVENTS + 40
    claims = pd.DataFrame({"article_id": [f"a{k:03d}" for k in range(n)], "event_id": "E1", "event_type": "withholding",
                           "side": "platform", "days_apart": [float(k % 50) for k in range(n)],
                           "count_difference": None, "count_unit": None})
    fig = timeline.claims_chart(pd.concat([claims, claims.head(5).assign(days_apart=None)], ignore_index=True))
    ax = fig.axes[0]
    assert any(f"{n} of {n + 5} extracted events matched" in t.get_text()
               and f"drawn: the {timeline.MAX_EVENTS} furthest" in t.get_text() for t in ax.texts)
    drawn = [float(x) for c in ax.collections for x, _ in c.get_offsets()]
    assert len(drawn) == timeline.MAX_EVENTS and min(drawn) >= sorted(claims["days_apart"], reverse=True)[timeline.MAX_EVENTS - 1]


def test_a_timeline_of_many_events_says_it_draws_the_most_confident():
    events = pd.DataFrame({"article_id": [f"a{k:03d}" for k in range(100)], "event_id": "E1", "event_type": "withholding",
                           "side": "platform", "actor": "X", "date_start": "2021-02-01", "date_end": "2021-02-02",
                           "count": None, "count_unit": None, "confidence": [0.5 + k / 1000 for k in range(100)]})
    data = timeline.plot_table(events)
    assert len(data) == timeline.MAX_EVENTS
    fig = timeline.swimlanes(data, "Events", of=len(events))
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(f"The {timeline.MAX_EVENTS} most confident of the articles' 100 events" in t for t in texts)
    assert not any("most confident" in t.get_text() for t in timeline.swimlanes(data, "Events").axes[0].texts)
