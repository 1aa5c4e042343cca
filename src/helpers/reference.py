"""The curated record of the dispute and the blocking statistics (related corpora).

In: ``data/reference/events.csv`` (dated events with sources) and
``data/reference/blocking_stats.csv`` (Section 69A blocking per year, Twitter's
transparency-report figures). Out: DataFrames, and charts of the figures with a source line.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from . import charts, paths


def read_record() -> pd.DataFrame:
    """Read the curated record of dated events (one row per event, with source URLs)."""
    return pd.read_csv(paths.REFERENCE / "events.csv", dtype=str, keep_default_na=False)


def read_blocking_stats() -> pd.DataFrame:
    """Read the blocking statistics (value = first official figure, value_revised = later one)."""
    frame = pd.read_csv(paths.REFERENCE / "blocking_stats.csv", dtype=str, keep_default_na=False)
    for col in ("value", "value_revised"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    return frame


def blocking_by_year(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Bars of URLs blocked under Section 69A per full calendar year, all platforms vs Twitter."""
    yearly = stats[stats["series"].isin(["sec69a_all", "sec69a_twitter"]) & stats["period"].str.fullmatch(r"\d{4}")]
    yearly = yearly[yearly["metric"].str.contains("urls_blocked") & ~yearly["metric"].str.contains("cumulative")]
    if yearly.empty:
        return charts.empty_chart("No yearly Section 69A figures in blocking_stats.csv.", "Section 69A blocking"), yearly
    data = yearly[["series", "period", "value", "value_revised", "source_urls"]].sort_values(["series", "period"])
    wide = data.pivot_table(index="period", columns="series", values="value", aggfunc="first")
    fig, ax = plt.subplots(figsize=(8, 3.8))
    x = range(len(wide))
    for offset, (series, label, color) in enumerate([("sec69a_all", "all platforms", "#D55E00"),
                                                      ("sec69a_twitter", "Twitter", "#0072B2")]):
        if series in wide:
            ax.bar([i + (offset - 0.5) * 0.4 for i in x], wide[series].fillna(0), width=0.4, label=label, color=color)
    ax.set_xticks(list(x), wide.index)
    ax.set_ylabel("URLs blocked")
    ax.legend(frameon=False)
    charts.title(ax, "URLs blocked under Section 69A per year", int(len(data)))
    charts.source_line(fig, "Source: answers in Parliament as reported in the press; URLs per row in "
                            "data/reference/blocking_stats.csv. First official figure; revisions in value_revised.")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig, data
