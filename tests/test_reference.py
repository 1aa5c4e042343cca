"""The curated record and blocking statistics: readable, consistent, and charted with their sources."""
import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers import events, reference


def test_record_types_sides_and_dates():
    record = reference.read_record()
    assert len(record) >= 40
    assert set(record["event_type"]) <= set(events.EVENT_TYPES)
    assert set(record["side"]) <= {"government", "platform", "other"}
    assert (record["date_start"] <= record["date_end"]).all()
    assert record["source_urls"].str.startswith("http").all()


def test_blocking_by_year_chart_and_data():
    fig, data = reference.blocking_by_year(reference.read_blocking_stats())
    assert isinstance(fig, Figure) and not data.empty
    assert data["period"].str.fullmatch(r"\d{4}").all()


def test_transparency_chart_and_data():
    fig, data = reference.transparency(reference.read_blocking_stats())
    assert isinstance(fig, Figure)
    assert set(data["metric"]) <= {"legal_demands", "accounts_withheld", "tweets_withheld"}


def test_charts_say_so_when_empty():
    empty = reference.read_blocking_stats().iloc[0:0]
    assert isinstance(reference.blocking_by_year(empty)[0], Figure)
    assert isinstance(reference.transparency(empty)[0], Figure)
    assert pd.api.types.is_numeric_dtype(reference.read_blocking_stats()["value"])


GOVERNMENT_ORANGE = "#D55E00"


def _fill(artist) -> str:
    from matplotlib.colors import to_hex
    return to_hex(artist.get_facecolor()).upper()


def _inside(fig, legend, ax) -> bool:
    fig.canvas.draw()
    return legend.get_window_extent().overlaps(ax.get_window_extent())


def test_blocking_by_year_neutral_total_and_visible_revisions():
    fig, _ = reference.blocking_by_year(reference.read_blocking_stats())
    ax = fig.axes[0]
    assert {_fill(p) for p in ax.patches} == {"#444444", "#0072B2"}  # all platforms: neutral grey, not a side
    legend = fig.legends[0]
    assert "revised figure (later answer)" in [t.get_text() for t in legend.get_texts()]
    assert not _inside(fig, legend, ax)
    tick = next(c for c in ax.collections if len(c.get_offsets()))
    assert tick.get_sizes()[0] >= 300 and tick.get_linewidths()[0] >= 2.5
    label = next(t for t in ax.texts if t.get_text() == "6,775")  # 2022: first figure 6,775, revised 6,935
    assert label.xy[1] == 6935 and label.xyann[1] > 0  # above the tick, not through it


def test_transparency_neutral_demands_suptitle_legend_below_and_not_reported():
    fig, _ = reference.transparency(reference.read_blocking_stats())
    assert all(_fill(p) != GOVERNMENT_ORANGE for ax in fig.axes for p in ax.patches)
    assert fig._suptitle is not None and fig._suptitle.get_text().startswith("Twitter: India's removal demands")
    assert fig._suptitle.get_ha() == "left" and fig._suptitle.get_fontweight() in ("bold", 700)
    assert not any(ax.get_title(loc="left") for ax in fig.axes)  # one title over both panels
    texts = [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]
    assert not any("n/a" in t for t in texts)
    assert any(t.replace("\n", " ") == "not reported in the source" for t in texts)
    source = " ".join(t.get_text() for t in fig.texts)
    assert "2021-H1" in source and "not reported in the source" in source  # said in the source line
    assert len(fig.legends) == 1 and not any(ax.get_legend() for ax in fig.axes)
    assert not any(_inside(fig, fig.legends[0], ax) for ax in fig.axes)
    assert fig.axes[1].get_ylim()[1] >= 1500 * 1.1  # headroom for the "1,500" label


# Session 12: a record per dispute, beside the seed's, and clear errors for a bad one.

RECORD_HEADER = "event_id,date_start,date_end,actor,side,event_type,count,count_unit,description\n"
VELORIA_ROW = "V001,2025-03-04,2025-03-04,Ministry of Digital Affairs,government,blocking_order,42,accounts,order\n"


def test_a_second_disputes_record_is_read_beside_the_seeds_never_over_it(tmp_path, monkeypatch):
    from helpers import paths, timeline

    root = tmp_path / "repo"
    ref = root / "data" / "reference"
    (ref / "veloria").mkdir(parents=True)
    seed_text = (paths.REFERENCE / "events.csv").read_text(encoding="utf-8")
    (ref / "events.csv").write_text(seed_text, encoding="utf-8")
    (ref / "veloria" / "events.csv").write_text(RECORD_HEADER + VELORIA_ROW.replace("V001", "R001"), encoding="utf-8")
    monkeypatch.setattr(paths, "ROOT", root)
    monkeypatch.setattr(paths, "REFERENCE", ref)
    both = reference.read_record()
    assert set(both["record_file"]) == {"data/reference/events.csv", "data/reference/veloria/events.csv"}
    assert (both["event_id"] == "R001").sum() == 2  # the same id in two records: both kept, told apart by file
    assert (ref / "events.csv").read_text(encoding="utf-8") == seed_text
    one = reference.read_record("data/reference/veloria")  # a string is one path (not its characters)
    assert list(one["event_id"]) == ["R001"] and list(one["record_file"]) == ["data/reference/veloria/events.csv"]
    assert len(reference.read_record(ref / "veloria" / "events.csv")) == 1  # the CSV itself
    assert len(reference.read_record(["data/reference/veloria", "data/reference"])) == len(both)
    events = pd.DataFrame([{"article_id": "v", "event_id": "E1", "event_type": "blocking_order", "side": "government",
                            "actor": "ministry", "date_start": "2025-03-04", "date_end": "2025-03-04", "count": 42,
                            "count_unit": "accounts", "evidence": "x"}])
    drawn = timeline.with_record(timeline.plot_table(events, "2025-03-06"), both)
    assert list(drawn.loc[drawn["source"] == "record", "record_file"]) == ["data/reference/veloria/events.csv"]
    claims = timeline.claims_vs_record(events, both).iloc[0]
    assert claims["record_file"] == "data/reference/veloria/events.csv" and claims["days_apart"] == 0


def _error(tmp_path, text: str) -> str:
    path = tmp_path / "events.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(reference.RecordError) as err:
        reference.read_record(path)
    message = str(err.value)
    assert "\n" not in message and message.startswith(str(path))  # one line naming the file
    return message[len(str(path)):]


def test_a_bad_record_gets_one_line_naming_the_file_the_data_row_and_the_problem(tmp_path):
    row = VELORIA_ROW
    assert _error(tmp_path, RECORD_HEADER + row + row.replace("2025-03-04,2025-03-04", "2025-02-30,2025-03-01")
                  .replace("V001", "V002")) == \
        ": data row 2 (V002): date_start '2025-02-30' is not a day (YYYY-MM-DD, e.g. 2025-03-04)"
    assert _error(tmp_path, RECORD_HEADER + row.replace("2025-03-04,2025-03-04", "2025-03-04,2025-03-01")) == \
        ": data row 1 (V001): date_end 2025-03-01 is before date_start 2025-03-04"
    assert _error(tmp_path, RECORD_HEADER + row.replace("government", "state")) == \
        ": data row 1 (V001): side 'state' is not one of government, platform, other"
    assert _error(tmp_path, RECORD_HEADER + row.replace("blocking_order", "fine")).startswith(
        ": data row 1 (V001): event_type 'fine' is not one of blocking_order, withholding")
    assert _error(tmp_path, RECORD_HEADER + row.replace(",42,", ',"1,178",')).startswith(
        ": data row 1 (V001): count '1,178' is not a whole number")
    assert _error(tmp_path, RECORD_HEADER + row + row) == ": data row 2 (V001): event_id 'V001' is also data row 1"
    assert _error(tmp_path, RECORD_HEADER + row.replace("V001", "")) == ": data row 1: empty event_id"
    assert _error(tmp_path, RECORD_HEADER.replace(",count_unit", "") + row.replace(",accounts", "")).startswith(
        ": missing column(s) count_unit")
    assert _error(tmp_path, RECORD_HEADER + row.replace(",order", ',"order')).startswith(": not a readable CSV (")


def test_a_record_named_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(reference.RecordError, match=r"nowhere: no such record file or folder$"):
        reference.read_record(tmp_path / "nowhere")
    with pytest.raises(reference.RecordError, match=r": no events.csv in this folder"):
        reference.read_record(tmp_path)
