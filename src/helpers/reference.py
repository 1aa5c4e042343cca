"""The curated record of the dispute and the blocking statistics (related corpora).

In: ``data/reference/events.csv`` (dated events with sources; other disputes' records in
``data/reference/<dispute>/events.csv``) and
``data/reference/blocking_stats.csv`` (Section 69A blocking per year, Twitter's
transparency-report figures). Out: DataFrames, and charts of the figures with a source line.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import paths

if TYPE_CHECKING:  # matplotlib is imported by the chart functions only: reading a record (``python -m helpers
    from matplotlib.figure import Figure  # report`` checks the records before the notebooks run) does not need it


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


def record_problems(frame: pd.DataFrame) -> list[str]:
    """Every problem the timeline could not get past in a record, each as 'data row N (event_id): problem' (1 = the
    first row under the header), all of a row's problems and every bad row, in order: a missing column, an empty
    or repeated id, a date that is not an existing YYYY-MM-DD day, an end before the start, an unknown side or
    event type, a count that is not a whole number. [] for a good record."""
    from .events import EVENT_TYPES

    missing = [c for c in RECORD_COLUMNS if c not in frame.columns]
    if missing:
        return [f"missing column(s) {', '.join(missing)} (a record has the columns {','.join(RECORD_COLUMNS)}; see "
                f"data/reference/README.md)"]
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row, r in enumerate(frame.to_dict("records"), start=1):
        where = f"data row {row}" + (f" ({r['event_id']})" if r["event_id"] else "")
        if not r["event_id"].strip():
            problems.append(f"{where}: empty event_id")
        elif r["event_id"] in seen:
            problems.append(f"{where}: event_id {r['event_id']!r} is also data row {seen[r['event_id']]}")
        else:
            seen[r["event_id"]] = row
        dates_ok = True
        for col in ("date_start", "date_end"):
            if not valid_date(r[col]):
                dates_ok = False
                problems.append(f"{where}: {col} {r[col]!r} is not a day (YYYY-MM-DD, e.g. 2025-03-04)" if r[col]
                                else f"{where}: empty {col} (give the same day as both ends when the day is firm)")
        if dates_ok and r["date_end"] < r["date_start"]:
            problems.append(f"{where}: date_end {r['date_end']} is before date_start {r['date_start']}")
        if r["side"] not in SIDES:
            problems.append(f"{where}: side {r['side']!r} is not one of {', '.join(SIDES)}")
        if r["event_type"] not in EVENT_TYPES:
            problems.append(f"{where}: event_type {r['event_type']!r} is not one of {', '.join(EVENT_TYPES)}")
        if r["count"].strip() and not re.fullmatch(r"\d+", r["count"].strip()):
            problems.append(f"{where}: count {r['count']!r} is not a whole number (write 1178, not 1,178 or "
                            f"'about 1,200'; say 'about' in description)")
    return problems


def problems_line(path: Path, problems: list[str]) -> str:
    """One line naming the record file and every problem: 'FILE: problem', or 'FILE: 2 problems: (1) ...; (2) ...'."""
    if len(problems) == 1:
        return f"{shown(path)}: {problems[0]}"
    return f"{shown(path)}: {len(problems)} problems: " + "; ".join(f"({i}) {p}" for i, p in enumerate(problems, 1))


def check_record(frame: pd.DataFrame, path: Path) -> None:
    """Raise RecordError, one line naming ``path`` and every problem of every bad row (``record_problems``), for a
    record the timeline could not use."""
    problems = record_problems(frame)
    if problems:
        raise RecordError(problems_line(path, problems))


# A record row this close (days) to the articles' events is drawn or compared with them: the timeline draws the
# record 7 days around the periods of the events (runs with gaps of up to 90 days) and pairs a claim with a curated
# event up to 31 days away, an open bound reaching 60 days.
NEAR_DAYS = 92


def event_windows(events: pd.DataFrame) -> list[tuple[str, str]]:
    """The (start, end) of every dated event of the articles (an open bound takes the other one)."""
    if events is None or events.empty or not {"date_start", "date_end"} <= set(events.columns):
        return []
    starts = events["date_start"].fillna("").astype(str)
    ends = events["date_end"].fillna("").astype(str)
    return [(a or b, b or a) for a, b in zip(starts, ends) if valid_date(a or b) and valid_date(b or a)]


def used_by(frame: pd.DataFrame, windows: list[tuple[str, str]]) -> bool:
    """Whether a row of the record (as far as its dates can be read) lies within ``NEAR_DAYS`` of an event window,
    i.e. whether the timeline of these articles would draw or compare it."""
    import datetime as dt

    near = dt.timedelta(days=NEAR_DAYS)
    spans = [(dt.date.fromisoformat(a) - near, dt.date.fromisoformat(b) + near) for a, b in windows]
    for r in frame.to_dict("records"):
        days = [dt.date.fromisoformat(r[c]) for c in ("date_start", "date_end") if valid_date(str(r.get(c, "")))]
        if days and any(min(days) <= hi and max(days) >= lo for lo, hi in spans):
            return True
    return False


def left_out_reason(frame: pd.DataFrame | None) -> str:
    """Why a bad record that the articles do not need is left out (``read_record``), in words."""
    if frame is None:
        return "it cannot be read, so nothing is drawn or compared from it"
    if not any(valid_date(str(d)) for d in frame[["date_start", "date_end"]].to_numpy().ravel()):
        return "none of its dates can be read, so nothing is drawn or compared from it"
    return f"its events lie more than {NEAR_DAYS} days from the articles' events, so these articles do not need it"


def read_record(reference: str | Path | list | tuple | None = None, around: pd.DataFrame | None = None,
                notices: list[str] | None = None) -> pd.DataFrame:
    """Read the curated record(s) of dated events (one row per event, with source URLs), checked row by row.

    ``reference``: see ``record_files`` (empty: the seed's record and every ``data/reference/<dispute>/events.csv``).
    The column ``record_file`` names the file each row comes from (ids are unique within a file, not across
    files). A record with bad rows stops the run (RecordError: one line naming the file and every problem), except
    when ``reference`` is empty and ``around`` (the articles' events table) is given: then a bad record none of whose
    rows lies near the articles' events (``used_by``) is left out, one line saying so added to ``notices`` (printed
    when ``notices`` is None), so that a typo in another dispute's record does not stop this one's report.
    """
    lenient = around is not None and (reference is None or (isinstance(reference, str) and not reference.strip()))
    windows = event_windows(around) if lenient else []
    frames = []
    for path in record_files(reference):
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
            reason = " ".join(str(err).split()) or type(err).__name__
            problems, frame = [f"not a readable CSV ({reason})"], None
        else:
            problems = record_problems(frame)
        if problems:
            readable = frame is not None and set(RECORD_COLUMNS) <= set(frame.columns)
            if not lenient:
                raise RecordError(problems_line(path, problems))
            if readable and used_by(frame, windows):
                raise RecordError(f"{problems_line(path, problems)} (the articles' events fall in its weeks, so "
                                  f"this report needs it: correct those rows)")
            why = left_out_reason(frame if readable else None)
            line = f"{problems_line(path, problems)} (record left out of this report: {why})"
            if notices is None:
                print(f"note: {line}")
            else:
                notices.append(line)
            continue
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
# The statistics are India's and Twitter's (the first dispute) whatever articles a report covers: every chart of
# them says so under its title and every CSV in its first column, so that a chart copied out of another dispute's
# report (reports/my_dispute/figures/50_*) cannot pass for that dispute's figures.
SCOPE = ("India and Twitter only: background of the first dispute (Twitter v. MeitY, 2021), the same in every "
         "report whatever its articles, not figures of another dispute")


def revised_tick() -> dict:
    """The marker of a revised figure: a black tick with a white halo, visible on a dark bar."""
    from matplotlib import patheffects

    return {"marker": "_", "s": 300, "linewidths": 2.5, "color": "black", "zorder": 4,
            "path_effects": [patheffects.withStroke(linewidth=4.5, foreground="white")]}


def scoped(data: pd.DataFrame) -> pd.DataFrame:
    """``data`` with the column ``scope`` (``SCOPE``) first, for the chart's CSV."""
    return data.assign(scope=SCOPE)[["scope", *data.columns]]


def blocking_by_year(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Bars of URLs blocked under Section 69A per full calendar year, all platforms (neutral grey: a total, not a
    side) vs Twitter, values labelled; a later revision of a figure is a black tick, the value label above it.
    India's figures whatever the articles: the title names India, the subtitle and the data's ``scope`` column say
    they are the first dispute's background."""
    import matplotlib.pyplot as plt

    from . import charts

    yearly = stats[stats["series"].isin(["sec69a_all", "sec69a_twitter"]) & stats["period"].str.fullmatch(r"\d{4}")]
    yearly = yearly[(yearly["metric"] == "urls_blocked")]
    if yearly.empty:
        return charts.empty_chart("No yearly Section 69A figures in blocking_stats.csv.", "India: Section 69A blocking"), \
            scoped(yearly)
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
                       label=None if revised_drawn else "revised figure (later answer)", **revised_tick())
            revised_drawn = True
        for xx, v, r in zip(xs, wide[series], rev):  # label above the bar, or above its revision tick
            if pd.notna(v):
                ax.annotate(f"{v:,.0f}", (xx, max(v, r) if pd.notna(r) else v), xytext=(0, 6 if pd.notna(r) else 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=7)
    ax.margins(y=0.1)
    ax.set_xticks(x, wide.index)
    ax.set_ylabel("URLs blocked")
    charts.title(ax, "India: URLs blocked under Section 69A of the IT Act per year", int(len(data)))
    charts.subtitle(ax, SCOPE, width=95)
    charts.source_line(fig, SOURCE_69A)
    charts.legend_below(fig, ax, ncols=3, source_lines=2)
    return fig, scoped(data)


def transparency(stats: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Twitter's transparency figures for India per half-year: legal demands received (neutral grey: a count of
    requests, not a side's statement) vs content withheld; half-years without a figure say "not reported in the
    source"; one left-aligned title over both panels, the legend below them. India's figures whatever the articles:
    the subtitle and the data's ``scope`` column say they are the first dispute's background."""
    import matplotlib.pyplot as plt

    from . import charts

    metrics = {"legal_demands": "legal demands received", "accounts_withheld": "accounts withheld",
               "tweets_withheld": "tweets withheld"}
    part = stats[(stats["series"] == "twitter_transparency") & stats["metric"].isin(metrics)
                 & stats["period"].str.fullmatch(r"\d{4}-H[12]")]
    if part.empty:
        return charts.empty_chart("No transparency-report figures in blocking_stats.csv.",
                                  "Twitter transparency report (India)"), scoped(part)
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
    charts.figure_subtitle(fig, SCOPE)  # the scope just under the title
    return fig, scoped(data)
