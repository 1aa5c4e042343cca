"""Timeline of events: the article's extracted events beside the curated record.

In: the events table (from ``helpers.events``) and ``data/reference/events.csv``.
Out: a tidy table of events to draw (one row per event, with lane, start, end, marker)
and a swimlane ``Figure`` by side; windows are bars, exact days markers.
"""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

from . import charts

LANES = ["government", "platform", "other"]


def plot_table(events: pd.DataFrame, article_date: str | None = None) -> pd.DataFrame:
    """Return the events to draw: start/end dates (open bounds closed at the article date)."""
    rows = []
    for e in events.itertuples():
        start = e.date_start or e.date_end
        end = e.date_end or e.date_start or article_date or ""
        if not start:
            continue
        rows.append({"source": "article", "article_id": e.article_id, "event_id": e.event_id, "event_type": e.event_type,
                     "side": e.side, "actor": e.actor, "start": start, "end": end,
                     "open_start": not e.date_start, "open_end": not e.date_end,
                     "count": e.count, "count_unit": e.count_unit})
    return pd.DataFrame(rows, columns=["source", "article_id", "event_id", "event_type", "side", "actor", "start", "end",
                                       "open_start", "open_end", "count", "count_unit"])


def swimlanes(data: pd.DataFrame, heading: str = "Events by side") -> Figure:
    """Draw events in one lane per side: windows as bars, exact days as markers."""
    if data.empty:
        return charts.empty_chart("No dated events were found in these articles.", heading)
    fig, ax = plt.subplots(figsize=(10, 3.5))
    lanes = {side: i for i, side in enumerate(LANES)}
    for i, e in enumerate(data.itertuples()):
        y = lanes.get(e.side, 2) + (i % 5 - 2) * 0.12
        start, end = pd.Timestamp(e.start), pd.Timestamp(e.end)
        color, marker = charts.EVENT_STYLE.get(e.event_type, ("#333333", "o"))
        if end > start:
            ax.plot([start, end], [y, y], color=color, lw=4, alpha=0.45, solid_capstyle="butt")
        ax.plot([end], [y], marker=marker, color=color, ms=8, ls="none", label=e.event_type)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(unique.values(), unique.keys(), loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    ax.set_yticks(range(len(LANES)), LANES)
    ax.set_ylim(-0.6, len(LANES) - 0.4)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    fig.autofmt_xdate()
    charts.title(ax, heading, len(data))
    charts.source_line(fig, "Bars: date windows the text supports; markers: end of window. " + charts.SOURCE)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig
