"""The curated record and blocking statistics: readable, consistent, and charted with their sources."""
import pandas as pd
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
