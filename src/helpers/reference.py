"""The curated record of the dispute and the blocking statistics (related corpora).

In: ``data/reference/events.csv`` (dated events with sources; other disputes' records in
``data/reference/<dispute>/events.csv``) and
``data/reference/blocking_stats.csv`` (Section 69A blocking per year, Twitter's
transparency-report figures). Out: DataFrames, and charts of the figures with a source line.
"""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import patheffects
from matplotlib.figure import Figure

from . import charts, paths


RECORD_NAME = "events.csv"
RECORD_COLUMNS = ["event_id", "date_start", "date_end", "actor", "side", "event_type", "count", "count_unit",
                  "description"]  # the columns the timeline reads; the seed's record has more (data/reference/README.md)
SIDES = ("government", "platform", "other")


class RecordError(ValueError):
    """A curated record that cannot be read: one line naming the file (and the data row) and the problem."""


def shown(path: Path) -> str:
    """A path as the messages and charts show it: relative to the repository root when it lies inside."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def record_files(reference: str | Path | list | tuple | None = None) -> list[Path]:
    """Return the curated records to read.

    ``reference`` empty: the seed dispute's ``data/reference/events.csv`` and every other dispute's
    ``data/reference/<dispute>/events.csv``. Otherwise a folder holding an ``events.csv``, or the CSV itself
    (relative paths from the repository root), or a list of them. A string is one path, never its characters.
    """
    if reference is None or (isinstance(reference, str) and not reference.strip()):
        seed = paths.REFERENCE / RECORD_NAME
        return ([seed] if seed.is_file() else []) + sorted(paths.REFERENCE.glob(f"*/{RECORD_NAME}"))
    if not isinstance(reference, (str, Path)):  # a list of records (papermill -y 'reference: [a, b]')
        files = [f for one in reference if str(one).strip() for f in record_files(one)]
        return list(dict.fromkeys(files))
    path = Path(str(reference).strip())
    path = path if path.is_absolute() else paths.ROOT / path
    if path.is_dir():
        if not (path / RECORD_NAME).is_file():
            raise RecordError(f"{shown(path)}: no {RECORD_NAME} in this folder (a record is a folder holding "
                              f"{RECORD_NAME}, or the CSV file itself)")
        return [path / RECORD_NAME]
    if not path.is_file():
        raise RecordError(f"{shown(path)}: no such record file or folder")
    return [path]


def valid_date(text: str) -> bool:
    """True for an ISO date (YYYY-MM-DD) that exists."""
    import datetime as dt

    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and bool(dt.date.fromisoformat(text))
    except ValueError:
        return False


def check_record(frame: pd.DataFrame, path: Path) -> None:
    """Raise RecordError naming ``path``, the data row (1 = the first row under the header) and its event_id for
    the first row the timeline could not use: a missing column, an empty or repeated id, a date that is not an
    existing YYYY-MM-DD day, an end before the start, an unknown side or event type, a count that is not a whole
    number."""
    from .events import EVENT_TYPES

    name = shown(path)
    missing = [c for c in RECORD_COLUMNS if c not in frame.columns]
    if missing:
        raise RecordError(f"{name}: missing column(s) {', '.join(missing)} (a record has the columns "
                          f"{','.join(RECORD_COLUMNS)}; see data/reference/README.md)")
    seen: dict[str, int] = {}
    for row, r in enumerate(frame.to_dict("records"), start=1):
        where = f"{name}: data row {row}" + (f" ({r['event_id']})" if r["event_id"] else "")
        if not r["event_id"].strip():
            raise RecordError(f"{where}: empty event_id")
        if r["event_id"] in seen:
            raise RecordError(f"{where}: event_id {r['event_id']!r} is also data row {seen[r['event_id']]}")
        seen[r["event_id"]] = row
        for col in ("date_start", "date_end"):
            if not valid_date(r[col]):
                raise RecordError(f"{where}: {col} {r[col]!r} is not a day (YYYY-MM-DD, e.g. 2025-03-04)"
                                  if r[col] else f"{where}: empty {col} (give the same day as both ends when the "
                                                 f"day is firm)")
        if r["date_end"] < r["date_start"]:
            raise RecordError(f"{where}: date_end {r['date_end']} is before date_start {r['date_start']}")
        if r["side"] not in SIDES:
            raise RecordError(f"{where}: side {r['side']!r} is not one of {', '.join(SIDES)}")
        if r["event_type"] not in EVENT_TYPES:
            raise RecordError(f"{where}: event_type {r['event_type']!r} is not one of {', '.join(EVENT_TYPES)}")
        if r["count"].strip() and not re.fullmatch(r"\d+", r["count"].strip()):
            raise RecordError(f"{where}: count {r['count']!r} is not a whole number (write 1178, not 1,178 or "
                              f"'about 1,200'; say 'about' in description)")


def read_record(reference: str | Path | list | tuple | None = None) -> pd.DataFrame:
    """Read the curated record(s) of dated events (one row per event, with source URLs), checked row by row.

    ``reference``: see ``record_files`` (empty: the seed's record and every ``data/reference/<dispute>/events.csv``).
    The column ``record_file`` names the file each row comes from (ids are unique within a file, not across
    files).
    """
    frames = []
    for path in record_files(reference):
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
            reason = " ".join(str(err).split()) or type(err).__name__
            raise RecordError(f"{shown(path)}: not a readable CSV ({reason})") from None
        check_record(frame, path)
        frames.append(frame.assign(record_file=shown(path)))
    if not frames:
        return pd.DataFrame(columns=RECORD_COLUMNS + ["record_file"])
    return pd.concat(frames, ignore_index=True).fillna("")


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
NOT_REPORTED = "not reported in the source"
REVISED_TICK = {"marker": "_", "s": 300, "linewidths": 2.5, "color": "black", "zorder": 4,  # a white halo keeps it
                "path_effects": [patheffects.withStroke(linewidth=4.5, foreground="white")]}  # visible on a dark bar


def blocking_by_year(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Bars of URLs blocked under Section 69A per full calendar year, all platforms (neutral grey: a total, not a
    side) vs Twitter, values labelled; a later revision of a figure is a black tick, the value label above it."""
    yearly = stats[stats["series"].isin(["sec69a_all", "sec69a_twitter"]) & stats["period"].str.fullmatch(r"\d{4}")]
    yearly = yearly[(yearly["metric"] == "urls_blocked")]
    if yearly.empty:
        return charts.empty_chart("No yearly Section 69A figures in blocking_stats.csv.", "Section 69A blocking"), yearly
    data = yearly[["series", "period", "value", "value_revised", "flag", "source_urls"]].sort_values(
        ["series", "period"]).reset_index(drop=True)
    wide = data.pivot_table(index="period", columns="series", values="value", aggfunc="first")
    revised = data.pivot_table(index="period", columns="series", values="value_revised", aggfunc="first")
    fig, ax = plt.subplots(figsize=(8.5, 4.4))
    x = list(range(len(wide)))
    revised_drawn = False
    for offset, (series, label, color) in enumerate([("sec69a_all", "all platforms", charts.NEUTRAL_COLORS[0]),
                                                      ("sec69a_twitter", "Twitter", charts.SIDE_COLORS["platform"])]):
        if series not in wide:
            continue
        xs = [i + (offset - 0.5) * 0.4 for i in x]
        ax.bar(xs, wide[series].fillna(0), width=0.4, label=label, color=color)
        rev = revised[series].reindex(wide.index) if series in revised else pd.Series(float("nan"), wide.index)
        if rev.notna().any():
            ax.scatter([xx for xx, r in zip(xs, rev) if pd.notna(r)], [r for r in rev if pd.notna(r)],
                       label=None if revised_drawn else "revised figure (later answer)", **REVISED_TICK)
            revised_drawn = True
        for xx, v, r in zip(xs, wide[series], rev):  # label above the bar, or above its revision tick
            if pd.notna(v):
                ax.annotate(f"{v:,.0f}", (xx, max(v, r) if pd.notna(r) else v), xytext=(0, 6 if pd.notna(r) else 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=7)
    ax.margins(y=0.1)
    ax.set_xticks(x, wide.index)
    ax.set_ylabel("URLs blocked")
    charts.title(ax, "URLs blocked under Section 69A of the IT Act per year", int(len(data)))
    charts.source_line(fig, SOURCE_69A)
    charts.legend_below(fig, ax, ncols=3, source_lines=2)
    return fig, data


def transparency(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Twitter's transparency figures for India per half-year: legal demands received (neutral grey: a count of
    requests, not a side's statement) vs content withheld; half-years without a figure say "not reported in the
    source"; one left-aligned title over both panels, the legend below them."""
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
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), gridspec_kw={"width_ratios": [1, 1]})
    colors = {"legal_demands": charts.NEUTRAL_COLORS[1], "accounts_withheld": "#0072B2",
              "tweets_withheld": "#56B4E9"}
    missing = {}  # what the panel shows -> half-years with no figure for it
    for ax, group, what in zip(axes, (["legal_demands"], ["accounts_withheld", "tweets_withheld"]),
                               ("legal demands", "withheld counts")):
        width = 0.8 / len(group)
        values = {m: data[data["metric"] == m].set_index("period")["value"].reindex(periods) for m in group}
        for k, metric in enumerate(group):
            series = values[metric]
            xs = [i + (k - (len(group) - 1) / 2) * width for i in range(len(periods))]
            bars = ax.bar(xs, series.fillna(0), width=width, color=colors[metric], label=metrics[metric])
            ax.bar_label(bars, labels=[f"{v:,.0f}" if pd.notna(v) else "" for v in series], fontsize=7, padding=2)
        for i, period in enumerate(periods):
            if all(pd.isna(values[m][period]) for m in group):
                missing.setdefault(what, []).append(period)
                ax.text(i, 0, "not reported\nin the source", ha="center", va="bottom", fontsize=6.5,
                        color="#555555", transform=ax.get_xaxis_transform())
            else:  # one metric reported, the other not
                for k, metric in enumerate(group):
                    if pd.isna(values[metric][period]):
                        ax.text(i + (k - (len(group) - 1) / 2) * width, 0.01, "not\nreported", ha="center",
                                va="bottom", fontsize=6, color="#555555", transform=ax.get_xaxis_transform())
        ax.margins(y=0.15)  # room for the value label of the tallest bar
        ax.set_xticks(range(len(periods)), periods, fontsize=8)
    axes[0].set_ylabel("demands")
    axes[1].set_ylabel("items withheld")
    fig.suptitle(f"Twitter: India's removal demands vs content withheld (N={int(len(data)):,})", x=0.01, ha="left",
                 fontweight="bold", fontsize=12)
    gaps = "".join(f" {' and '.join(when)}: {what} {NOT_REPORTED} (no bar)." for what, when in missing.items())
    charts.source_line(fig, SOURCE_TR + gaps)
    charts.legend_below(fig, axes, ncols=3, source_lines=2)
    return fig, data
