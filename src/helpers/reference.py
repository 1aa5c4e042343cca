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


SOURCE_69A = ("Source: Government answers in Parliament as reported in the press (URLs per row in "
              "data/reference/blocking_stats.csv). First official figure; later revisions in value_revised.")
SOURCE_TR = ("Source: Twitter Transparency Report (India), as reported in the press; URLs per row in "
             "data/reference/blocking_stats.csv. Half-years; demands count requests, not items.")


def blocking_by_year(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Bars of URLs blocked under Section 69A per full calendar year, all platforms vs Twitter, values labelled."""
    yearly = stats[stats["series"].isin(["sec69a_all", "sec69a_twitter"]) & stats["period"].str.fullmatch(r"\d{4}")]
    yearly = yearly[(yearly["metric"] == "urls_blocked")]
    if yearly.empty:
        return charts.empty_chart("No yearly Section 69A figures in blocking_stats.csv.", "Section 69A blocking"), yearly
    data = yearly[["series", "period", "value", "value_revised", "flag", "source_urls"]].sort_values(
        ["series", "period"]).reset_index(drop=True)
    wide = data.pivot_table(index="period", columns="series", values="value", aggfunc="first")
    revised = data.pivot_table(index="period", columns="series", values="value_revised", aggfunc="first")
    fig, ax = plt.subplots(figsize=(8.5, 4))
    x = list(range(len(wide)))
    for offset, (series, label, color) in enumerate([("sec69a_all", "all platforms", "#D55E00"),
                                                      ("sec69a_twitter", "Twitter", "#0072B2")]):
        if series not in wide:
            continue
        xs = [i + (offset - 0.5) * 0.4 for i in x]
        bars = ax.bar(xs, wide[series].fillna(0), width=0.4, label=label, color=color)
        ax.bar_label(bars, labels=[f"{v:,.0f}" if pd.notna(v) else "" for v in wide[series]], fontsize=7, padding=2)
        if series in revised:
            rev = revised[series].reindex(wide.index)
            ax.scatter([xx for xx, r in zip(xs, rev) if pd.notna(r)], [r for r in rev if pd.notna(r)], marker="_",
                       s=120, color="#222222", zorder=3, label="revised figure" if offset == 0 else None)
    ax.set_xticks(x, wide.index)
    ax.set_ylabel("URLs blocked")
    ax.legend(frameon=False, loc="upper left")
    charts.title(ax, "URLs blocked under Section 69A of the IT Act per year", int(len(data)))
    charts.source_line(fig, SOURCE_69A)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig, data


def transparency(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Twitter's transparency figures for India per half-year: legal demands received vs content withheld."""
    metrics = {"legal_demands": "legal demands received", "accounts_withheld": "accounts withheld",
               "tweets_withheld": "tweets withheld"}
    part = stats[(stats["series"] == "twitter_transparency") & stats["metric"].isin(metrics)
                 & stats["period"].str.fullmatch(r"\d{4}-H[12]")]
    if part.empty:
        return charts.empty_chart("No transparency-report figures in blocking_stats.csv.",
                                  "Twitter transparency report"), part
    data = part[["metric", "period", "value", "unit", "flag", "source_urls"]].sort_values(["metric", "period"]) \
        .reset_index(drop=True)
    periods = sorted(data["period"].unique())
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), gridspec_kw={"width_ratios": [1, 1]})
    colors = {"legal_demands": "#D55E00", "accounts_withheld": "#0072B2", "tweets_withheld": "#56B4E9"}
    for ax, group in zip(axes, (["legal_demands"], ["accounts_withheld", "tweets_withheld"])):
        width = 0.8 / len(group)
        for k, metric in enumerate(group):
            series = data[data["metric"] == metric].set_index("period")["value"].reindex(periods)
            xs = [i + (k - (len(group) - 1) / 2) * width for i in range(len(periods))]
            bars = ax.bar(xs, series.fillna(0), width=width, color=colors[metric], label=metrics[metric])
            ax.bar_label(bars, labels=[f"{v:,.0f}" if pd.notna(v) else "n/a" for v in series], fontsize=7, padding=2)
        ax.set_xticks(range(len(periods)), periods, fontsize=8)
        ax.legend(frameon=False, fontsize=8, loc="upper left")
    axes[0].set_ylabel("demands")
    axes[1].set_ylabel("items withheld")
    charts.title(axes[0], "Twitter: India's removal demands vs content withheld", int(len(data)))
    charts.source_line(fig, SOURCE_TR)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig, data
