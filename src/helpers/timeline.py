"""Timeline of events: the article's extracted events beside the curated record.

In: the events table (from ``helpers.events``) and the curated record(s)
(``helpers.reference.read_record()``). Out: a tidy table of events to draw (one row per
event, source article or record, with lane, start, end and label), a swimlane ``Figure``
by side (windows as bars, exact days as markers, event types by colour and shape, counts
annotated, the record in a band beneath when one covers the weeks; the legend explains
every kind of mark drawn) and the "claims vs. record" table that pairs each extracted
event with the closest curated event of the same type and side and flags doubtful pairs
(``check``), with its chart, or a notice saying why there is none (``claims_notice``).
"""
from __future__ import annotations

import datetime as dt
import math
import re
import textwrap
from functools import lru_cache

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import charts

LANES = ["government", "platform", "other"]
PLOT_COLUMNS = ["source", "article_id", "event_id", "event_type", "side", "actor", "start", "end", "open_start",
                "open_end", "count", "count_unit", "label", "method", "record_file"]
MAX_EVENTS = 60
CLAIM_COLUMNS = ["article_id", "event_id", "event_type", "side", "actor", "date_start", "date_end", "count",
                 "count_unit", "record_id", "record_actor", "record_date_start", "record_date_end", "record_count",
                 "record_count_unit", "record_description", "record_file", "days_apart", "count_difference",
                 "count_note", "check", "evidence"]
# Units that count things (accounts, posts, orders): "250 more accounts than the record" reads right. Any other unit
# is a measure (years of jail, days, rupees, velos, percent): its figure is compared ("7 years, as in the record"),
# never called a count.
ITEM_UNITS = frozenset({"accounts", "tweets", "accounts and tweets", "urls", "orders", "channels", "posts", "users",
                        "handles", "hashtags", "items", "people", "offices", "profiles", "links", "pages", "videos",
                        "apps", "websites", "requests", "demands"})
FAR_RATIO = 2.0  # counts of one unit further apart than this factor are not one event told twice (see ``check``)


def count_label(count, unit: str) -> str:
    """Return '500 accounts' for a stated count, '' when there is none."""
    return f"{int(count):,} {unit}".strip() if pd.notna(count) and str(count) != "" else ""


def plot_table(events: pd.DataFrame, article_date: str | None = None, max_events: int = MAX_EVENTS) -> pd.DataFrame:
    """Return the article events to draw: open bounds closed at the other bound (or the article date)."""
    rows = []
    for e in events.itertuples():
        start = e.date_start or e.date_end
        end = e.date_end or e.date_start or article_date or ""
        if not start:
            continue
        rows.append({"source": "article", "article_id": e.article_id, "event_id": e.event_id,
                     "event_type": e.event_type, "side": e.side, "actor": e.actor, "start": start, "end": end,
                     "open_start": not e.date_start, "open_end": not e.date_end, "count": e.count,
                     "count_unit": e.count_unit, "label": count_label(e.count, e.count_unit),
                     "method": getattr(e, "method", "pattern") or "pattern", "record_file": "",
                     "confidence": getattr(e, "confidence", 0.5)})
    frame = pd.DataFrame(rows, columns=PLOT_COLUMNS + ["confidence"])
    if len(frame) > max_events:
        frame = frame.sort_values(["confidence", "article_id", "event_id"], ascending=[False, True, True],
                                  kind="stable").head(max_events)
    return frame.drop(columns="confidence").sort_values(["start", "article_id", "event_id"], kind="stable") \
        .reset_index(drop=True)


def record_table(record: pd.DataFrame, start: str, end: str, margin_days: int = 7) -> pd.DataFrame:
    """Return the curated events within the plotted period (± a margin), in the plot table's columns."""
    if record.empty or not start:
        return pd.DataFrame(columns=PLOT_COLUMNS)
    lo = (dt.date.fromisoformat(start) - dt.timedelta(days=margin_days)).isoformat()
    hi = (dt.date.fromisoformat(end) + dt.timedelta(days=margin_days)).isoformat()
    part = record[(record["date_end"] >= lo) & (record["date_start"] <= hi)]
    counts = pd.to_numeric(part["count"], errors="coerce")
    return pd.DataFrame({"source": "record", "article_id": "", "event_id": part["event_id"],
                         "event_type": part["event_type"], "side": part["side"], "actor": part["actor"],
                         "start": part["date_start"], "end": part["date_end"], "open_start": False,
                         "open_end": False, "count": counts.astype("Int64"), "count_unit": part["count_unit"],
                         "label": [count_label(c, u) for c, u in zip(counts, part["count_unit"])],
                         "method": "record",
                         "record_file": part["record_file"] if "record_file" in part else ""},
                        columns=PLOT_COLUMNS).reset_index(drop=True)


SPLIT_DAYS = 90  # article events further apart than this belong to separate periods (e.g. two disputes)


def periods(data: pd.DataFrame, split_days: int = SPLIT_DAYS) -> list[tuple[str, str]]:
    """Return the (start, end) of each run of article events with no gap longer than ``split_days``."""
    art = data[data["source"] == "article"] if "source" in data else data
    if art.empty:
        return []
    spans = sorted(zip(art["start"].astype(str), art["end"].astype(str)))
    out = [list(spans[0])]
    for a, b in spans[1:]:
        if (dt.date.fromisoformat(a) - dt.date.fromisoformat(out[-1][1])).days > split_days:
            out.append([a, b])
        else:
            out[-1][1] = max(out[-1][1], b)
    return [tuple(p) for p in out]


def with_record(data: pd.DataFrame, record: pd.DataFrame) -> pd.DataFrame:
    """Return the article events followed by the curated events of the weeks they cover (per period, so that a
    second dispute years later does not pull in the whole record between them)."""
    if data.empty:
        return data
    parts = [record_table(record, a, b) for a, b in periods(data)]
    rec = pd.concat([p for p in parts if len(p)], ignore_index=True).drop_duplicates(["record_file", "event_id"]) \
        if any(len(p) for p in parts) else pd.DataFrame()
    return pd.concat([data, rec], ignore_index=True) if len(rec) else data


def lane_positions(data: pd.DataFrame, days_per_char: float = 0.25) -> list[float]:
    """Return a y position per row: its lane, spread into rows so that windows and labels do not overlap.

    ``days_per_char``: how many days of the x axis one character of a label covers (from the period's span)."""
    lanes = {side: i for i, side in enumerate(LANES)}
    ys, busy = [], {}
    for e in data.itertuples():
        lane = lanes.get(e.side, 2) + (len(LANES) + 0.6 if e.source == "record" else 0)
        start, end = pd.Timestamp(e.start), pd.Timestamp(e.end)
        if getattr(e, "open_start", False):
            start = start - pd.Timedelta(days=4 * days_per_char + 1)
        reach = end + pd.Timedelta(days=max(1.5, days_per_char * (len(e.label) + 3)))  # room for the label
        rows = busy.setdefault(lane, [])
        slot = next((i for i, last in enumerate(rows) if last < start), None)
        if slot is None:
            slot = len(rows)
            rows.append(reach)
        else:
            rows[slot] = reach
        ys.append((lane, slot))
    depth = {lane: max(len(r), 1) for lane, r in busy.items()}
    return [lane - 0.38 + 0.76 * (slot + 0.5) / depth[lane] for lane, slot in ys]


class MonthDayFormatter(mdates.DateFormatter):
    """Tick labels that name the month on the first tick of each month ('Jan 25', '29', 'Feb 1') and the year
    on the first tick of each year."""

    def __init__(self):
        super().__init__("%d")

    def format_ticks(self, values):
        out, last = [], None
        for v in values:
            d = mdates.num2date(v)
            if last is None or d.year != last.year:
                out.append(d.strftime("%b %-d\n%Y"))
            elif d.month != last.month:
                out.append(d.strftime("%b %-d"))
            else:
                out.append(d.strftime("%-d"))
            last = d
        return out


def fading_bar(ax, start, end, y, color, toward: str, alpha: float) -> None:
    """A bar from ``start`` to ``end`` that fades out toward the open side ('start' or 'end')."""
    steps = 8
    span = (end - start) / steps
    for k in range(steps):
        share = (k + 0.5) / steps if toward == "start" else 1 - (k + 0.5) / steps
        ax.plot([start + span * k, start + span * (k + 1)], [y, y], color=color, lw=5, alpha=alpha * share,
                solid_capstyle="butt")


HEADING_WITH_RECORD = "Events in the articles (above) and in the curated record (below)"
HEADING_ARTICLES = "Events in the articles"
NO_RECORD = ("No curated record covers these weeks, so none is drawn beneath the articles' events (to add one for "
             "this dispute: data/reference/<dispute>/events.csv, see the README, 'Another dispute').")
GREY = "#555555"


def record_files_of(data: pd.DataFrame) -> list[str]:
    """The record files whose rows ``data`` draws, in order of first appearance."""
    rec = data[data["source"] == "record"]
    files = rec["record_file"] if "record_file" in rec else pd.Series(dtype=str)
    return list(dict.fromkeys(f for f in files.fillna("").astype(str) if f)) or \
        (["data/reference/events.csv"] if len(rec) else [])


def mark_handles(drawn: set[str]) -> list[Line2D]:
    """Legend entries (grey) for the ways a date is drawn, for the ways present in ``drawn`` only."""
    out = []
    if "window" in drawn:
        out.append(Line2D([], [], color=GREY, lw=5, alpha=0.5, label="window the text allows (| its latest day)"))
    if "open_start" in drawn:
        out.append(Line2D([], [], color=GREY, marker="$‹$", ms=8, ls="none",
                          label="open start: only the latest day (|) known, bar fades left"))
    if "open_end" in drawn:
        out.append(Line2D([], [], color=GREY, marker="$›$", ms=8, ls="none",
                          label="open end: only the first day known (e.g. a plan), bar fades right"))
    if "detector" in drawn:
        out.append(Line2D([], [], color=GREY, marker="o", ms=7, ls="none", markerfacecolor="white",
                          markeredgecolor=GREY, markeredgewidth=1.2,
                          label="hollow marker, pale bar: found by the learned detector"))
    return out


def swimlanes(data: pd.DataFrame, heading: str | None = None, of: int | None = None) -> Figure:
    """Draw events in one lane per side (record lanes beneath): windows as bars, exact days as markers, open
    bounds as bars fading toward the open side with a '‹' (open start) or '›' (open end); one panel per period.

    ``heading``: the title; by default it names the curated record only when record rows are drawn (else a
    subtitle says that no record covers these weeks). The legend explains every kind of mark drawn, and only
    those. ``of``: how many events the articles hold, when ``plot_table`` kept only the most confident of them."""
    has_record = bool(len(data)) and (data["source"] == "record").any()
    if heading is None:
        heading = HEADING_WITH_RECORD if has_record else HEADING_ARTICLES
    if data.empty:
        return charts.empty_chart("No dated events were found in these articles.", heading)
    spans = periods(data) or [(str(data["start"].min()), str(data["end"].max()))]
    n_lanes = len(LANES) * (2 if has_record else 1)
    widths = []
    for a, b in spans:
        widths.append(max((dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days, 7))
    fig, axes = plt.subplots(1, len(spans), figsize=(11, 2.4 + 0.9 * n_lanes + 0.02 * len(data)), sharey=True,
                             squeeze=False, gridspec_kw={"width_ratios": [max(w, sum(widths) * 0.35) for w in widths]})
    axes = axes[0]
    starts, ends = data["start"].astype(str), data["end"].astype(str)
    drawn: set[str] = set()
    for ax, (a, b), width in zip(axes, spans, widths):
        lo = (dt.date.fromisoformat(a) - dt.timedelta(days=10)).isoformat()
        hi = (dt.date.fromisoformat(b) + dt.timedelta(days=10)).isoformat()
        part = data[(ends >= lo) & (starts <= hi)]
        a, b = min([a] + list(part["start"].astype(str))), max([b] + list(part["end"].astype(str)))
        panel_days = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days + 14
        inches = 9.0 * ax.get_position().width / sum(panel.get_position().width for panel in axes)
        days_per_char = panel_days / max(inches * 14, 1)  # about 14 characters of a 7-pt label per inch
        drawn |= draw_events(ax, part, lane_positions(part, days_per_char), days_per_char)
        ax.set_xlim(pd.Timestamp(a) - pd.Timedelta(days=max(3, panel_days * 0.04)),
                    pd.Timestamp(b) + pd.Timedelta(days=max(4, days_per_char * 14)))
        if panel_days > 150:
            locator = mdates.MonthLocator(interval=max(1, round(panel_days / 30 / max(inches * 1.1, 3))))
        else:  # every k-th day, restarting on the 1st: each month's first tick is its 1st and carries its name
            locator = mdates.DayLocator(interval=max(1, round(panel_days / max(inches * 1.1, 3))))
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(MonthDayFormatter())
        if has_record and not (part["source"] == "record").any():  # another dispute's weeks: say so in its band
            ax.text(0.5, len(LANES) + 1.6, "no curated record for these weeks", transform=ax.get_yaxis_transform(),
                    ha="center", va="center", fontsize=8, color=GREY, style="italic", gid="no-record")
    ax = axes[0]
    ticks = list(range(len(LANES))) + ([len(LANES) + 0.6 + i for i in range(len(LANES))] if has_record else [])
    labels = LANES + ([f"record: {s}" for s in LANES] if has_record else [])
    ax.set_yticks(ticks, labels)
    for panel in axes:
        if has_record:
            panel.axhline(len(LANES) - 0.2, color="#999999", lw=0.8, ls="--")
    ax.set_ylim(-0.6, ticks[-1] + 0.5)
    ax.invert_yaxis()
    types = [t for t in charts.EVENT_STYLE if t in set(data["event_type"])]
    handles = [Line2D([], [], color=charts.EVENT_STYLE[t][0], marker=charts.EVENT_STYLE[t][1], ls="none", ms=7,
                      label=t.replace("_", " ")) for t in types]
    detected_note = "Hollow markers, pale bars: events found by the learned detector, not a pattern. " \
        if "detector" in drawn else ""
    ways = (["Bars: the window the text allows (| its latest day)"] if "window" in drawn else []) \
        + (["bars fading left with ‹: open start (e.g. 'recently': only the latest day is known)"]
           if "open_start" in drawn else []) \
        + (["bars fading right with ›: open end (e.g. a plan: only the first day is known)"]
           if "open_end" in drawn else []) + ["markers: exact days"]
    record_note = (f"Beneath the dashed line: curated record ({', '.join(record_files_of(data))}) for the weeks the "
                   "articles' events cover. ") if has_record else ""
    source = "; ".join(ways)
    source = source[0].upper() + source[1:] + ". " + detected_note + record_note + charts.SOURCE
    marks = mark_handles(drawn)
    ncols = 5
    charts.source_line(fig, source)
    bottom = 0.1 + 0.125 * -(-len(source) // 180)  # inches: the source line (about 180 characters a line) beneath
    marks_height = 0.2 * (-(-len(marks) // 2) + 1) + 0.05 if marks else 0.0
    if marks:  # how a date is drawn (grey), under the event types
        fig.legend(handles=marks, loc="lower center", bbox_to_anchor=(0.5, bottom / fig.get_figheight()),
                   ncols=min(len(marks), 2), frameon=False, fontsize=8, title="how a date is drawn",
                   title_fontsize=8)
    fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, (bottom + marks_height) / fig.get_figheight()),
               ncols=ncols, frameon=False, fontsize=8, title="event type (colour and shape)", title_fontsize=8)
    n_article = int((data["source"] == "article").sum())
    charts.title(ax, heading, n_article)
    if len(axes) > 1:
        ax.set_title(ax.get_title(loc="left") + "  (one panel per period)", loc="left")
    notes = []
    if of is not None and of > n_article:
        notes.append(f"The {n_article} most confident of the articles' {of:,} events; the table above has all.")
    if not has_record:
        notes.append(NO_RECORD)
    charts.subtitle(ax, " ".join(notes), width=110)
    rows = -(-len(handles) // ncols) + 1
    charts.layout(fig, rect=(0, (bottom + 0.1 + 0.2 * rows + marks_height) / fig.get_figheight(), 1, 1))
    return fig


def draw_events(ax, data: pd.DataFrame, ys: list[float], days_per_char: float) -> set[str]:
    """Draw the rows of ``data`` at heights ``ys`` on ``ax``; return the kinds of mark drawn ('window',
    'open_start', 'open_end', 'detector'), for the legend."""
    open_days = pd.Timedelta(days=max(3.0, 4 * days_per_char))
    drawn = set()
    for y, e in zip(ys, data.itertuples()):
        start, end = pd.Timestamp(e.start), pd.Timestamp(e.end)
        color, marker = charts.EVENT_STYLE.get(e.event_type, ("#333333", "o"))
        alpha = 0.75 if e.source == "record" else 1.0
        detected = getattr(e, "method", "pattern") == "detector"  # found by the learned detector: drawn hollow
        bar_alpha = 0.3 if detected else 0.6
        if e.open_start:  # only the latest day is known: a bar fading toward the open start, '‹' at its tip
            fading_bar(ax, min(start, end) - open_days, end, y, color, "start", bar_alpha)
            ax.plot([min(start, end) - open_days], [y], marker="$‹$", color=color, ms=9, ls="none", alpha=alpha)
            ax.plot([end], [y], marker="|", color=color, ms=9, ls="none", alpha=alpha)
            drawn.add("open_start")
        elif e.open_end and end <= start:  # only the first day is known: the event's marker, a bar fading right
            fading_bar(ax, start, start + open_days, y, color, "end", bar_alpha)
            ax.plot([start + open_days], [y], marker="$›$", color=color, ms=9, ls="none", alpha=alpha)
            face = {"markerfacecolor": "white", "markeredgecolor": color, "markeredgewidth": 1.2} if detected else {}
            ax.plot([start], [y], marker=marker, color=color, ms=7, ls="none", alpha=alpha, **face)
            drawn.add("open_end")
        elif end > start:
            ax.plot([start, end], [y, y], color=color, lw=5, alpha=bar_alpha, solid_capstyle="butt")
            ax.plot([end], [y], marker="|", color=color, ms=9, ls="none", alpha=alpha)
            drawn.add("window")
        elif detected:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.2)
        else:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markeredgecolor="white", markeredgewidth=0.5)
        if detected:
            drawn.add("detector")
        if e.label:
            ax.annotate(e.label, (end, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7,
                        color="#333333", annotation_clip=False)
    return drawn


def days_apart(a_start: str, a_end: str, b_start: str, b_end: str, open_reach: int = 60) -> int | None:
    """Return the days from window b to window a (0 when they overlap): positive when a lies after b, negative
    when before (a = the article's event, b = the record's: the claims chart's x axis); None if a window has no
    date at all.

    An open bound does not reach any day: an open start (only an end date, e.g. "recently") reaches back at most
    ``open_reach`` days (60, about two months) before the window's end, and an open end forward at most
    ``open_reach`` days after its start. Without the cap a "recent" notice in a 2024 article would overlap, and
    "match", a 2021 event of the record.
    """
    if not (a_start or a_end) or not (b_start or b_end):
        return None
    reach = dt.timedelta(days=open_reach)

    def window(start: str, end: str) -> tuple[dt.date, dt.date]:
        lo = dt.date.fromisoformat(start) if start else dt.date.fromisoformat(end) - reach
        hi = dt.date.fromisoformat(end) if end else dt.date.fromisoformat(start) + reach
        return lo, hi

    (a0, a1), (b0, b1) = window(a_start, a_end), window(b_start, b_end)
    if a1 < b0:
        return -(b0 - a1).days
    if b1 < a0:
        return (a0 - b1).days
    return 0


def whole(value) -> int | None:
    """A count as an int, None when there is none ('', NaN, NA, text that is no number)."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else int(value)
    if value is None or value is pd.NA or (isinstance(value, str) and not value.strip()):
        return None
    number = pd.to_numeric(value, errors="coerce")
    return None if pd.isna(number) else int(number)


def figure(count: int, unit: str) -> str:
    """'1,178 accounts', '7 years'."""
    return f"{count:,} {unit}".strip()


def count_check(count, unit, record_count, record_unit) -> str:
    """Why two counts of one unit cannot be one event told twice ('' when they can, or cannot be compared): more
    than ``FAR_RATIO`` times apart, e.g. '1,178 accounts against the record's 250: over twice as many'."""
    count, record_count = whole(count), whole(record_count)
    if count is None or record_count is None or not unit or unit != record_unit or count == record_count:
        return ""
    low, high = sorted((count, record_count))
    if high <= FAR_RATIO * low:
        return ""
    how = "over twice as many" if count > record_count else "under half as many"
    if unit not in ITEM_UNITS:
        how = "over twice the record's" if count > record_count else "under half the record's"
    return f"{figure(count, unit)} against the record's {figure(record_count, unit)}: {how}, probably another event"


def count_note(count, unit: str, record_count=None, record_unit: str | None = None) -> str:
    """How a stated count compares with the record's, in words ('' when either is missing or the units differ).

    Counts of things (``ITEM_UNITS``): 'same count as the record', '50 fewer accounts than the record'. Any other
    unit is a measure (years of jail, days, rupees): '7 years, as in the record', '5 years; the record: 7 years'."""
    count, record_count = whole(count), whole(record_count)
    if count is None or record_count is None or not unit or unit != record_unit:
        return ""
    if unit not in ITEM_UNITS:
        return f"{figure(count, unit)}, as in the record" if count == record_count else \
            f"{figure(count, unit)}; the record: {figure(record_count, unit)}"
    diff = count - record_count
    if diff == 0:
        return "same count as the record"
    return f"{abs(diff):,} {'more' if diff > 0 else 'fewer'} {unit} than the record"


def name_in(name: str, text: str) -> bool:
    """True when ``name`` appears in ``text`` as whole words (short names in capitals, X or IFF, as written)."""
    from .actors import case_sensitive

    flags = 0 if case_sensitive(name) else re.IGNORECASE
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags) is not None


@lru_cache(maxsize=4096)
def speakers_agree(speaker: str, record_actor: str) -> bool | None:
    """Whether an extracted statement's speaker can be the record's actor; None when the article gives no speaker
    to compare (none, or a role word of no family such as 'the company').

    True when the speaker's name appears in the record's actor, or for a registered actor (``actors.csv``) one of
    its names, or a name of the organisation it speaks for, or of a person who speaks for it ("Twitter" and
    "Jack Dorsey (ex-CEO)"); for a role word, a name word of its own family (``role_families.csv``: 'the ministry'
    and "MeitY", 'minister' and "Ravi Shankar Prasad (IT minister)", but 'government' not a minister's speech).
    """
    from . import actors

    speaker, record_actor = " ".join(str(speaker or "").split()), str(record_actor or "")
    if not speaker or not record_actor.strip():
        return None
    if name_in(speaker, record_actor) or name_in(record_actor, speaker):
        return True
    entry = actors.registry()[0].get(speaker.lower())
    if entry is None or entry.type != "named":
        family = actors.role_family(speaker)
        if not family:
            return None if entry is not None or speaker.lower() in actors.role_families().of_role else False
        return any(re.search(p.pattern, record_actor, re.IGNORECASE) for p, f in actors.role_families().name_words
                   if f == family)
    ids = {entry.actor_id, entry.org} - {""}
    named = [(alias, a) for alias, a in actors.entries().items() if a.type == "named"]
    if any(a.actor_id in ids and name_in(alias, record_actor) for alias, a in named):
        return True
    return any(a.org == entry.actor_id and name_in(alias, record_actor) for alias, a in named)


def match_checks(e, r) -> list[str]:
    """Why the curated event ``r`` may not be the extracted event ``e`` told again, though type, side and dates
    agree: counts of one unit far apart (``count_check``); for a statement, a speaker who is not the record's
    (``speakers_agree``: on a busy day a date and a side say little about which statement it was)."""
    reasons = []
    counts = count_check(e.count, e.count_unit, r.count, r.count_unit)
    if counts:
        reasons.append(counts)
    if e.event_type == "statement" and speakers_agree(getattr(e, "actor", ""), getattr(r, "actor", "")) is False:
        reasons.append(f"the article's speaker ({e.actor}) is not the record's ({r.actor})")
    return reasons


def claims_vs_record(events: pd.DataFrame, record: pd.DataFrame, max_days: int = 31) -> pd.DataFrame:
    """Pair each extracted event with the closest curated event of the same type and side, and say where the pair
    is doubtful.

    Curated events more than ``max_days`` from the event's window are not counterparts. An open bound of the
    event's window reaches at most 60 days (``days_apart``'s ``open_reach``) beyond its other bound, so a vague
    "recently" cannot match a curated event years earlier. A candidate with no doubt (``match_checks``) comes
    before a closer one with a doubt, then the closest in days, then one stating a count of the same unit; the
    doubts of the chosen one are written in ``check`` ('' for a plain match). ``count_difference`` is given for
    counts of things only; ``count_note`` says how the counts or figures compare, in words.
    """
    rows = []
    candidates = {key: list(group.itertuples()) for key, group in record.groupby(["event_type", "side"], sort=False)} \
        if len(record) else {}
    for e in events.itertuples():
        best, best_key, best_checks = None, None, []
        for r in candidates.get((e.event_type, e.side), []):
            gap = days_apart(e.date_start, e.date_end, r.date_start, r.date_end)
            if gap is None or abs(gap) > max_days:
                continue
            checks = match_checks(e, r)
            same_unit = whole(e.count) is not None and whole(r.count) is not None and e.count_unit == r.count_unit
            key = (bool(checks), abs(gap), 0 if same_unit else 1, str(getattr(r, "record_file", "")), r.event_id)
            if best_key is None or key < best_key:
                best, best_key, best_checks = r, key, checks
        row = {"article_id": e.article_id, "event_id": e.event_id, "event_type": e.event_type, "side": e.side,
               "actor": getattr(e, "actor", ""), "date_start": e.date_start, "date_end": e.date_end,
               "count": e.count, "count_unit": e.count_unit, "evidence": e.evidence, "count_note": "", "check": ""}
        if best is not None:
            rc = whole(best.count)
            row.update({"record_id": best.event_id, "record_actor": getattr(best, "actor", ""),
                        "record_date_start": best.date_start, "record_date_end": best.date_end, "record_count": rc,
                        "record_count_unit": best.count_unit, "record_description": best.description,
                        "record_file": getattr(best, "record_file", ""),
                        "days_apart": days_apart(e.date_start, e.date_end, best.date_start, best.date_end),
                        "count_difference": whole(e.count) - rc if whole(e.count) is not None and rc is not None
                        and e.count_unit == best.count_unit and e.count_unit in ITEM_UNITS else None,
                        "count_note": count_note(e.count, e.count_unit, rc, best.count_unit),
                        "check": "; ".join(best_checks)})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for col in ("count", "record_count", "days_apart", "count_difference"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    return frame


ADD_RECORD = "To compare them with one, add it as data/reference/<dispute>/events.csv (README, 'Another dispute')."


def record_covers(claims: pd.DataFrame, record: pd.DataFrame, max_days: int = 31) -> bool:
    """True when a curated event lies within ``max_days`` of the periods the extracted events cover."""
    spans = pd.DataFrame({"source": "article",
                          "start": [s or e for s, e in zip(claims["date_start"].fillna(""), claims["date_end"].fillna(""))],
                          "end": [e or s for s, e in zip(claims["date_start"].fillna(""), claims["date_end"].fillna(""))]})
    spans = spans[spans["start"].astype(bool)]
    for a, b in periods(spans):
        lo = (dt.date.fromisoformat(a) - dt.timedelta(days=max_days)).isoformat()
        hi = (dt.date.fromisoformat(b) + dt.timedelta(days=max_days)).isoformat()
        if ((record["date_end"] >= lo) & (record["date_start"] <= hi)).any():
            return True
    return False


def no_match_reason(claims: pd.DataFrame, data: pd.DataFrame | None = None,
                    record: pd.DataFrame | None = None) -> tuple[str, str]:
    """(why no extracted event has a curated counterpart, what to do about it); ('', '') when some has one."""
    if claims["record_id"].notna().any():
        return "", ""
    if claims.empty:
        return "No events were extracted from these articles, so there is nothing to compare with a record", ""
    files = sorted(set(record["record_file"])) if record is not None and "record_file" in record else []
    read = f" (read: {', '.join(files)})" if files else ""
    if record is not None and record.empty:
        return "No curated record was read", ADD_RECORD
    if data is not None:
        covered = (data["source"] == "record").any()
    else:
        covered = True if record is None else record_covers(claims, record)
    if not covered:
        return f"No curated record for this dispute: no record{read} covers the weeks of these articles' events", \
            ADD_RECORD
    return (f"None of the {len(claims):,} extracted events has a curated event of the same type and side within a "
            f"month in the record{read}"), ""


def claims_notice(claims: pd.DataFrame, data: pd.DataFrame | None = None, record: pd.DataFrame | None = None) -> str:
    """Why there is no claims-vs-record chart to draw, in plain words ('' when there is one): the notebook prints
    it instead of drawing an empty chart.

    ``data``: the timeline's table (``with_record``): no record rows there means that no curated record covers
    these articles' weeks, i.e. there is none for this dispute. ``record``: the record read, to name its files
    (and, without ``data``, to tell whether it covers the articles' weeks)."""
    reason, advice = no_match_reason(claims, data, record)
    return f"{reason}, so there is no claims-vs-record chart. {advice}".strip() if reason else ""


def show_claims(ctx, claims: pd.DataFrame, data: pd.DataFrame | None = None, record: pd.DataFrame | None = None):
    """The claims-vs-record chart, exported through the notebook's context ``ctx`` (``notebook.Context.chart``)
    and returned to show; or, with no counterpart to draw, the notice saying why (``claims_notice``), printed
    instead of an empty chart (returns None)."""
    notice = claims_notice(claims, data, record)
    if notice:
        print(notice)
        return None
    return ctx.chart(claims_chart(claims), claims, "40_claims_vs_record")


def article_label(article_id: str, event_id, event_type: str) -> str:
    """'pocketnow 2021-02-10 · e3 blocking order' from an id like '2021-02-10_pocketnow_twitter-blocking-orders'."""
    return f"{charts.short_article(article_id)} · {event_id} {str(event_type).replace('_', ' ')}"


def claims_chart(claims: pd.DataFrame, heading: str = "How far the articles' dates are from the record",
                 record: pd.DataFrame | None = None) -> Figure:
    """Dots: days between each extracted event's window and its closest curated event (0 = overlap), coloured by
    side (legend), each row naming the curated event (→ R006); a hollow dot is a match to check, its reason beside
    it (``claims_vs_record``'s ``check``), else how the counts compare. The subtitle says how many events had a
    counterpart at all and how many of those are to check. With no counterpart at all the notebook shows
    ``claims_notice`` instead; this function then returns a chart saying why in words (``record``: the record
    read, to tell whether it covers the articles' weeks), not an empty plot."""
    data = claims.dropna(subset=["days_apart"])
    if data.empty:
        reason, advice = no_match_reason(claims, record=record)
        message = "\n".join(textwrap.wrap(f"{reason or 'No extracted event has a dated counterpart in the record'}. "
                                          f"{advice}".strip(), 70))
        return charts.empty_chart(message, heading)
    matched = len(data)
    checks = data["check"].fillna("").astype(str) if "check" in data else pd.Series("", index=data.index)
    to_check = int((checks != "").sum())
    if matched > MAX_EVENTS:  # the events furthest from the record (the ones to check), kept in corpus order
        far = data["days_apart"].astype(float).abs().sort_values(ascending=False, kind="stable").index[:MAX_EVENTS]
        data = data.loc[sorted(far, key=list(data.index).index)]
        checks = checks.loc[data.index]
    record_ids = data["record_id"] if "record_id" in data else pd.Series("", index=data.index)
    labels = [article_label(a, i, t) + (f" → {r}" if isinstance(r, str) and r else "")
              for a, i, t, r in zip(data["article_id"], data["event_id"], data["event_type"], record_ids)]
    notes = []
    for k, row in enumerate(data.itertuples()):
        if checks.iloc[k]:
            notes.append("check: " + checks.iloc[k])
        elif getattr(row, "count_note", "") and isinstance(row.count_note, str):
            notes.append(row.count_note)
        else:  # a table without count_note (older callers): the difference of counts of things
            notes.append(count_note(row.count, row.count_unit, row.count - row.count_difference, row.count_unit)
                         if pd.notna(row.count_difference) and pd.notna(row.count) else "")
    notes = ["\n".join(textwrap.wrap(n, 60)) for n in notes]
    fig, ax = plt.subplots(figsize=(min(10.0, 4.6 + 0.055 * max(len(x) for x in labels) + (2.5 if any(notes) else 0)),
                                    2.6 + 0.3 * len(data) + 0.12 * sum(n.count("\n") for n in notes)))
    flagged = [bool(c) for c in checks]
    for side in [s for s in charts.SIDES if s in set(data["side"])] + \
            [s for s in sorted(set(data["side"])) if s not in charts.SIDES]:
        color = charts.SIDE_COLORS.get(side, "#333333")
        rows = [k for k, v in enumerate(data["side"]) if v == side]
        plain, doubtful = [k for k in rows if not flagged[k]], [k for k in rows if flagged[k]]
        x = data["days_apart"].astype(float)
        ax.scatter(x.iloc[plain] if plain else [], plain, color=color, s=36, zorder=3, label=side)
        if doubtful:
            ax.scatter(x.iloc[doubtful], doubtful, facecolors="white", edgecolors=color, linewidths=1.6, s=40,
                       zorder=3, label="_nolegend_")
    if any(flagged):
        ax.scatter([], [], facecolors="white", edgecolors="#555555", linewidths=1.6, s=40,
                   label="hollow: a match to check (reason beside it)")
    for y, (gap, note) in enumerate(zip(data["days_apart"], notes)):
        if note:
            ax.annotate(note, (float(gap), y), xytext=(7, 0), textcoords="offset points", va="center", fontsize=7,
                        color="#8B0000" if flagged[y] else "#222222")
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_yticks(range(len(data)), labels, fontsize=7)
    ax.set_ylim(len(data) - 0.5, -0.5)
    lo, hi = float(data["days_apart"].min()), float(data["days_apart"].max())
    room = 0.35 if not any(notes) else 0.35 + 0.02 * max(len(line) for n in notes for line in n.split("\n"))
    ax.set_xlim(min(lo, 0) - 2, max(hi, 0) + 2 + room * max(hi - lo, 6))  # room for the notes
    ax.set_xlabel("days from the record's window (negative: the article's window is earlier)")
    charts.title(ax, heading, len(data))
    shown = "" if len(data) == matched else f"; drawn: the {len(data)} furthest from it"
    doubt = f"; {to_check:,} of them to check (hollow)" if to_check else ""
    charts.subtitle(ax, f"{matched:,} of {len(claims):,} extracted events matched a curated event "
                        f"(same type and side, within a month){doubt}{shown}")
    files = sorted({f for f in data.get("record_file", pd.Series(dtype=str)).fillna("").astype(str) if f}) \
        or ["data/reference/events.csv"]
    charts.source_line(fig, f"Closest curated event of the same type and side in {', '.join(files)}; a doubtful one "
                            "(counts far apart, another speaker) is taken only when no other is within a month. "
                            + charts.SOURCE)
    charts.legend_below(fig, ax, "side of the event", ncols=3 if not any(flagged) else 4)
    return fig
