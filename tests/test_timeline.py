"""Timeline table, swimlane chart and the claims-vs-record table."""
import matplotlib.dates as mdates
import pandas as pd
import pytest
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
    assert timeline.days_apart("", "2025-09-01", "2021-02-01", "2021-02-01") == 1673 - 60  # reaches back 60 days
    assert timeline.days_apart("2021-01-01", "", "2021-03-02", "2021-03-02") == 0  # open end: 60 days forward


def test_days_apart_sign():
    """The claims chart's axis says 'negative: the article's window is earlier': the sign must agree (it was the
    other way round, so an article dating an event late looked early)."""
    assert timeline.days_apart("2021-02-05", "2021-02-05", "2021-02-01", "2021-02-01") == 4  # article later
    assert timeline.days_apart("2021-01-29", "2021-01-30", "2021-02-01", "2021-02-01") == -2  # article earlier


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
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a · E1 withholding → R1"]  # names the curated event
    assert timeline.count_note(500, "accounts", 250, "accounts") == "250 more accounts than the record"
    assert timeline.count_note(200, "accounts", 250, "accounts") == "50 fewer accounts than the record"
    assert timeline.count_note(250, "accounts", 250, "accounts") == "same count as the record"
    assert timeline.count_note(3, "years", 3, "accounts") == ""


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


# Session 12, the newcomer's Veloria walkthrough: a dispute the curated record does not cover, an open-ended
# appeal, and false matches in claims vs record.

VELORIA = pd.DataFrame([
    {"article_id": "2025-03-06_harbourpost_x", "event_id": "E1", "event_type": "blocking_order", "side": "government",
     "actor": "ministry", "date_start": "2025-03-04", "date_end": "2025-03-04", "count": 42, "count_unit": "accounts",
     "evidence": "ordered to block 42 accounts", "confidence": 0.9},
    {"article_id": "2025-04-03_harbourpost_y", "event_id": "E4", "event_type": "legal_action", "side": "government",
     "actor": "government", "date_start": "2025-04-02", "date_end": "", "count": None, "count_unit": "",
     "evidence": "said the government would appeal", "confidence": 0.8},
])


def _title(ax) -> str:
    titles = [ax.get_title(loc=loc) for loc in ("left", "center")]  # left in the house style (charts.style)
    return max(titles, key=lambda t: len(t.strip())).strip()


def _texts(fig) -> str:
    return " ".join([t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts]
                    + [_title(ax) for ax in fig.axes])


def test_without_a_record_for_the_dispute_neither_title_nor_footer_claims_one():
    data = timeline.with_record(timeline.plot_table(VELORIA, "2025-04-03"), RECORD)  # the record is 2021's
    assert not (data["source"] == "record").any()
    fig = timeline.swimlanes(data)
    title = _title(fig.axes[0])
    assert title.startswith("Events in the articles (N=2)") and "record" not in title  # no "... curated record (below)"
    footer = " ".join(t.get_text() for t in fig.texts)
    assert "dashed line" not in footer and "curated record" not in footer
    assert not any(ln.get_linestyle() == "--" for ln in fig.axes[0].lines)  # no separator of a record band
    assert "No curated record covers these weeks" in _texts(fig)  # said plainly, with where to add one
    assert "data/reference/<dispute>/events.csv" in _texts(fig)
    with_rec = timeline.swimlanes(timeline.with_record(timeline.plot_table(EVENTS, "2021-02-10"),
                                                       RECORD.assign(record_file="data/reference/events.csv")))
    assert "in the curated record (below)" in _title(with_rec.axes[0])
    assert "curated record (data/reference/events.csv)" in " ".join(t.get_text() for t in with_rec.texts)
    assert "No curated record" not in _texts(with_rec)


def test_every_kind_of_mark_drawn_is_in_the_legend_and_no_other():
    """The open-ended appeal was drawn with a '›' arrow the legend did not explain (it had only 'open start')."""
    fig = timeline.swimlanes(timeline.plot_table(VELORIA, "2025-04-03"))
    ax = fig.axes[0]
    drawn = {ln.get_marker() for ln in ax.lines} - {"None", "|"}
    handles = [h for legend in fig.legends for h in legend.legend_handles]
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert "$›$" in drawn
    assert drawn <= {h.get_marker() for h in handles}
    assert any(label.startswith("open end") and "fades right" in label for label in labels)
    assert not any("open start" in label or "window" in label for label in labels)  # none drawn here
    windows = timeline.swimlanes(timeline.plot_table(EVENTS.assign(method=["pattern", "detector"]), "2021-02-10"))
    labels = [t.get_text() for legend in windows.legends for t in legend.get_texts()]
    assert any("open start" in label for label in labels) and any("learned detector" in label for label in labels)
    assert not any(label.startswith("open end") for label in labels)


def test_a_pooled_period_without_a_record_says_so_in_its_band():
    events = pd.concat([EVENTS, VELORIA], ignore_index=True)
    fig = timeline.swimlanes(timeline.with_record(timeline.plot_table(events, "2025-04-03"), RECORD))
    assert len(fig.axes) == 2
    notes = [[t.get_text() for t in ax.texts if t.get_gid() == "no-record"] for ax in fig.axes]
    assert notes == [[], ["no curated record for these weeks"]]


def test_no_claims_chart_without_a_record_for_the_dispute_but_a_plain_notice():
    data = timeline.with_record(timeline.plot_table(VELORIA, "2025-04-03"), RECORD)
    claims = timeline.claims_vs_record(VELORIA, RECORD)
    notice = timeline.claims_notice(claims, data, RECORD.assign(record_file="data/reference/events.csv"))
    assert notice.startswith("No curated record for this dispute") and "data/reference/events.csv" in notice
    assert "data/reference/<dispute>/events.csv" in notice
    fig = timeline.claims_chart(claims, record=RECORD)  # called anyway: a chart that says why, not an empty plot
    assert "No curated record for this dispute" in _texts(fig).replace("\n", " ")
    matched = timeline.claims_vs_record(EVENTS, RECORD)
    assert timeline.claims_notice(matched, timeline.with_record(timeline.plot_table(EVENTS, "2021-02-10"), RECORD)) == ""
    covered = timeline.with_record(timeline.plot_table(EVENTS, "2021-02-10"), RECORD)
    unmatched = timeline.claims_vs_record(EVENTS.assign(event_type="refusal"), RECORD)
    assert timeline.claims_notice(unmatched, covered).startswith("None of the 2 extracted events")


WITHHELD = pd.DataFrame([  # "withheld ... nearly all of the 1,178 accounts the government flagged last week"
    {"article_id": "d", "event_id": "E1", "event_type": "withholding", "side": "platform", "actor": "Twitter",
     "date_start": "2021-02-01", "date_end": "2021-02-07", "count": 1178, "count_unit": "accounts", "evidence": "w"}])


def test_a_count_far_from_the_records_is_flagged_not_shown_as_a_plain_match():
    claims = timeline.claims_vs_record(WITHHELD, RECORD).iloc[0]
    assert claims["record_id"] == "R1" and claims["days_apart"] == 0  # the only withholding within a month
    assert claims["check"] == "1,178 accounts against the record's 250 accounts: over twice as many, probably another event"
    assert claims["count_note"] == "928 more accounts than the record"
    fig = timeline.claims_chart(timeline.claims_vs_record(WITHHELD, RECORD))
    ax = fig.axes[0]
    hollow = [c for c in ax.collections if len(c.get_offsets()) and tuple(c.get_facecolor()[0]) == (1, 1, 1, 1)]
    assert len(hollow) == 1  # the doubtful match drawn hollow ...
    assert any(t.get_text().startswith("check: 1,178 accounts") for t in ax.texts)  # ... its reason beside it
    assert any("1 of them to check (hollow)" in t.get_text() for t in ax.texts)
    assert any("a match to check" in t.get_text() for t in fig.legends[0].get_texts())
    # a curated withholding a few days off with no count conflict is the better counterpart than the near one
    later = pd.concat([RECORD, pd.DataFrame([{"event_id": "R3", "date_start": "2021-02-10", "date_end": "2021-02-10",
                                              "actor": "Twitter", "side": "platform", "event_type": "withholding",
                                              "count": "", "count_unit": "", "description": "withheld most"}])])
    better = timeline.claims_vs_record(WITHHELD, later).iloc[0]
    assert better["record_id"] == "R3" and better["check"] == "" and better["days_apart"] == -3
    near = timeline.claims_vs_record(WITHHELD.assign(count=300), RECORD).iloc[0]  # 300 vs 250: one event, told twice
    assert near["record_id"] == "R1" and near["check"] == "" and near["count_note"] == "50 more accounts than the record"


THREAT = {"article_id": "p", "event_id": "E4", "event_type": "legal_threat", "side": "government",
          "actor": "government", "date_start": "2021-02-03", "date_end": "2021-02-03", "count": 7, "count_unit": "years",
          "evidence": "jail terms of up to seven years"}
THREAT_RECORD = pd.DataFrame([{"event_id": "R063", "date_start": "2021-02-03", "date_end": "2021-02-03",
                               "actor": "MeitY", "side": "government", "event_type": "legal_threat", "count": "7",
                               "count_unit": "years", "description": "notice cites up to 7 years"}])


def test_a_jail_term_is_compared_as_a_figure_never_as_a_count():
    claims = timeline.claims_vs_record(pd.DataFrame([THREAT]), THREAT_RECORD).iloc[0]
    assert claims["count_note"] == "7 years, as in the record" and pd.isna(claims["count_difference"])
    fig = timeline.claims_chart(timeline.claims_vs_record(pd.DataFrame([THREAT]), THREAT_RECORD))
    assert "same count" not in _texts(fig) and "7 years, as in the record" in _texts(fig)
    five = timeline.claims_vs_record(pd.DataFrame([{**THREAT, "count": 5}]), THREAT_RECORD).iloc[0]
    assert five["count_note"] == "5 years; the record: 7 years" and five["check"] == ""
    assert timeline.count_note(7, "years", 7, "years") == "7 years, as in the record"
    assert timeline.count_note(2_000_000, "velos", 2_000_000, "velos") == "2,000,000 velos, as in the record"


STATEMENT_RECORD = pd.DataFrame([{"event_id": "R024", "date_start": "2021-02-11", "date_end": "2021-02-11",
                                  "actor": "Ravi Shankar Prasad (IT minister)", "side": "government",
                                  "event_type": "statement", "count": "", "count_unit": "",
                                  "description": "Rajya Sabha speech"}])


def test_a_statement_by_another_speaker_than_the_records_is_flagged():
    """'according to a government statement issued that evening' (misdated a day late) was matched to the
    minister's Rajya Sabha speech of the next day as a plain match."""
    def check(actor: str) -> str:
        event = {"article_id": "d", "event_id": "E4", "event_type": "statement", "side": "government", "actor": actor,
                 "date_start": "2021-02-11", "date_end": "2021-02-11", "count": None, "count_unit": "",
                 "evidence": "s"}
        row = timeline.claims_vs_record(pd.DataFrame([event]), STATEMENT_RECORD).iloc[0]
        assert row["record_id"] == "R024"
        return row["check"]

    assert check("government") == ("the article's speaker (government) is not the record's "
                                   "(Ravi Shankar Prasad (IT minister))")
    assert check("IT Minister") == ""  # actors.csv: Ravi Shankar Prasad is an alias of the IT Minister
    assert check("minister") == ""  # a role word agrees with a name word of its family
    assert check("Ravi Shankar Prasad") == ""
    assert check("") == ""  # no speaker given: nothing to contradict
    assert check("Twitter") != ""
    assert timeline.speakers_agree("ministry", "MeitY (via Koo and Twitter)") is True
    assert timeline.speakers_agree("Twitter", "Jack Dorsey (ex-CEO)") is True  # a person who speaks for it
    assert timeline.speakers_agree("company", "Twitter") is None  # a role word of no family: cannot tell


def test_the_notebook_says_there_is_no_record_instead_of_an_empty_chart(tmp_path):
    """Notebook 40 on articles of a dispute no record covers, with the record named by the string parameter
    ``reference`` (one path, not its characters): a timeline, a plain notice, no claims-vs-record chart."""
    import json

    import papermill

    from helpers import paths, report, tables

    articles = pd.DataFrame([{"article_id": a, "path": "", "date": a[:10], "title": "t", "outlet": "harbourpost",
                              "url": "", "n_sentences": 1, "n_words": 9, "content_hash": a}
                             for a in VELORIA["article_id"]], columns=tables.ARTICLES)
    events = VELORIA.assign(date_text="", date_basis="", char_start=0, char_end=1, method="pattern")[
        tables.EVENTS + ["method"]]
    tables.write_tables({"articles": articles, "sentences": pd.DataFrame(columns=tables.SENTENCES),
                         "statements": pd.DataFrame(columns=tables.STATEMENTS), "events": events}, tmp_path / "t")
    (tmp_path / "seed_record").mkdir()
    (tmp_path / "seed_record" / "events.csv").write_text((paths.REFERENCE / "events.csv").read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    papermill.execute_notebook(str(paths.NOTEBOOKS / "40_timeline.ipynb"), str(tmp_path / "run.ipynb"),
                               parameters={"tables": str(tmp_path / "t"), "out": str(out),
                                           "reference": str(tmp_path / "seed_record")},
                               kernel_name=report.KERNEL, cwd=str(paths.ROOT), progress_bar=False,
                               extra_arguments=report.KERNEL_ARGS)
    assert sorted(p.name for p in (out / "figures").glob("*.png")) == ["40_timeline.png"]
    nb = json.loads((tmp_path / "run.ipynb").read_text("utf-8"))
    printed = "".join("".join(o["text"]) for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "stream")
    assert "No curated record for this dispute" in printed and str(tmp_path / "seed_record" / "events.csv") in printed
    plotted = pd.read_csv(out / "figures" / "40_timeline.csv")
    assert set(plotted["source"]) == {"article"}


@pytest.fixture(autouse=True)
def close_figures():
    """The charts of these tests are checked, not shown: close them (matplotlib warns past 20 open figures)."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
