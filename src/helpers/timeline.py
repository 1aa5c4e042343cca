"""Timeline of events: the article's extracted events beside the curated record.

In: the events table (from ``helpers.events``) and the curated record
(``helpers.reference.read_record()``). Out: a tidy table of events to draw (one row per
event, source article or record, with lane, start, end and label), a swimlane ``Figure``
by side (windows as bars, exact days as markers, event types by colour and shape, counts
annotated, the record in a band beneath) and the "claims vs. record" table that pairs each
extracted event with the closest curated event of the same type and side.
"""
from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import charts

LANES = ["government", "platform", "other"]
PLOT_COLUMNS = ["source", "article_id", "event_id", "event_type", "side", "actor", "start", "end", "open_start",
                "open_end", "count", "count_unit", "label", "method"]
MAX_EVENTS = 60
CLAIM_COLUMNS = ["article_id", "event_id", "event_type", "side", "date_start", "date_end", "count", "count_unit",
                 "record_id", "record_date_start", "record_date_end", "record_count", "record_count_unit",
                 "record_description", "days_apart", "count_difference", "evidence"]


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
                     "method": getattr(e, "method", "pattern") or "pattern",
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
                         "method": "record"},
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
    rec = pd.concat([p for p in parts if len(p)], ignore_index=True).drop_duplicates("event_id") \
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


def swimlanes(data: pd.DataFrame, heading: str = "Events by side", of: int | None = None) -> Figure:
    """Draw events in one lane per side (record lanes beneath): windows as bars, exact days as markers, open
    bounds as bars fading toward the open side with a '‹' (open start) or '›' (open end); one panel per period.
    ``of``: how many events the articles hold, when ``plot_table`` kept only the most confident of them."""
    if data.empty:
        return charts.empty_chart("No dated events were found in these articles.", heading)
    spans = periods(data) or [(str(data["start"].min()), str(data["end"].max()))]
    has_record = (data["source"] == "record").any()
    n_lanes = len(LANES) * (2 if has_record else 1)
    widths = []
    for a, b in spans:
        widths.append(max((dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days, 7))
    fig, axes = plt.subplots(1, len(spans), figsize=(11, 2.4 + 0.9 * n_lanes + 0.02 * len(data)), sharey=True,
                             squeeze=False, gridspec_kw={"width_ratios": [max(w, sum(widths) * 0.35) for w in widths]})
    axes = axes[0]
    starts, ends = data["start"].astype(str), data["end"].astype(str)
    for ax, (a, b), width in zip(axes, spans, widths):
        lo = (dt.date.fromisoformat(a) - dt.timedelta(days=10)).isoformat()
        hi = (dt.date.fromisoformat(b) + dt.timedelta(days=10)).isoformat()
        part = data[(ends >= lo) & (starts <= hi)]
        a, b = min([a] + list(part["start"].astype(str))), max([b] + list(part["end"].astype(str)))
        panel_days = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days + 14
        inches = 9.0 * ax.get_position().width / sum(panel.get_position().width for panel in axes)
        days_per_char = panel_days / max(inches * 14, 1)  # about 14 characters of a 7-pt label per inch
        draw_events(ax, part, lane_positions(part, days_per_char), days_per_char)
        ax.set_xlim(pd.Timestamp(a) - pd.Timedelta(days=max(3, panel_days * 0.04)),
                    pd.Timestamp(b) + pd.Timedelta(days=max(4, days_per_char * 14)))
        if panel_days > 150:
            locator = mdates.MonthLocator(interval=max(1, round(panel_days / 30 / max(inches * 1.1, 3))))
        else:  # every k-th day, restarting on the 1st: each month's first tick is its 1st and carries its name
            locator = mdates.DayLocator(interval=max(1, round(panel_days / max(inches * 1.1, 3))))
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(MonthDayFormatter())
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
    handles += [Line2D([], [], color="#555555", lw=5, alpha=0.5, label="window the text allows"),
                Line2D([], [], color="#555555", marker="$‹$", ms=8, ls="none", label="open start (fades left)")]
    fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 0.35 / fig.get_figheight()), ncols=5,
               frameon=False, fontsize=8, title="event type (colour and shape)", title_fontsize=8)
    n_article = int((data["source"] == "article").sum())
    charts.title(ax, heading, n_article)
    if len(axes) > 1:
        ax.set_title(ax.get_title(loc="left") + "  (one panel per period)", loc="left")
    if of is not None and of > n_article:
        charts.subtitle(ax, f"The {n_article} most confident of the articles' {of:,} events; the table above has all.")
    detected_note = "Hollow markers, pale bars: events found by the learned detector, not a pattern. " \
        if (data.get("method", pd.Series(dtype=str)) == "detector").any() else ""
    charts.source_line(fig, "Bars: the window the text allows (| latest day); bars fading left with ‹: open start "
                            "(e.g. 'recently': only the latest day is known); markers: exact days. "
                            + detected_note + "Beneath the dashed line: curated record (data/reference/events.csv) "
                            "for the weeks the articles' events cover. " + charts.SOURCE)
    rows = -(-len(handles) // 5) + 1
    charts.layout(fig, rect=(0, (0.45 + 0.2 * rows) / fig.get_figheight(), 1, 1))
    return fig


def draw_events(ax, data: pd.DataFrame, ys: list[float], days_per_char: float) -> None:
    """Draw the rows of ``data`` at heights ``ys`` on ``ax``."""
    open_days = pd.Timedelta(days=max(3.0, 4 * days_per_char))
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
        elif e.open_end and end <= start:
            fading_bar(ax, start, start + open_days, y, color, "end", bar_alpha)
            ax.plot([start + open_days], [y], marker="$›$", color=color, ms=9, ls="none", alpha=alpha)
            ax.plot([start], [y], marker=marker, color=color, ms=7, ls="none", alpha=alpha)
        elif end > start:
            ax.plot([start, end], [y, y], color=color, lw=5, alpha=bar_alpha, solid_capstyle="butt")
            ax.plot([end], [y], marker="|", color=color, ms=9, ls="none", alpha=alpha)
        elif detected:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.2)
        else:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markeredgecolor="white", markeredgewidth=0.5)
        if e.label:
            ax.annotate(e.label, (end, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7,
                        color="#333333", annotation_clip=False)


def days_apart(a_start: str, a_end: str, b_start: str, b_end: str, open_reach: int = 60) -> int | None:
    """Return the days from window b to window a (0 when they overlap); None if a window has no date at all.

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
        return (b0 - a1).days
    if b1 < a0:
        return -(a0 - b1).days
    return 0


def claims_vs_record(events: pd.DataFrame, record: pd.DataFrame, max_days: int = 31) -> pd.DataFrame:
    """Pair each extracted event with the closest curated event of the same type and side (dates, then counts).

    Curated events more than ``max_days`` from the event's window are not counterparts. An open bound of the
    event's window reaches at most 60 days (``days_apart``'s ``open_reach``) beyond its other bound, so a vague
    "recently" cannot match a curated event years earlier.
    """
    rows = []
    for e in events.itertuples():
        cand = record[(record["event_type"] == e.event_type) & (record["side"] == e.side)]
        best, best_key = None, None
        for r in cand.itertuples():
            gap = days_apart(e.date_start, e.date_end, r.date_start, r.date_end)
            if gap is None or abs(gap) > max_days:
                continue
            rc = pd.to_numeric(r.count, errors="coerce")
            key = (abs(gap), 0 if pd.notna(e.count) and pd.notna(rc) and e.count_unit == r.count_unit else 1,
                   r.event_id)
            if best_key is None or key < best_key:
                best, best_key = r, key
        row = {"article_id": e.article_id, "event_id": e.event_id, "event_type": e.event_type, "side": e.side,
               "date_start": e.date_start, "date_end": e.date_end, "count": e.count, "count_unit": e.count_unit,
               "evidence": e.evidence}
        if best is not None:
            rc = pd.to_numeric(best.count, errors="coerce")
            row.update({"record_id": best.event_id, "record_date_start": best.date_start,
                        "record_date_end": best.date_end, "record_count": rc, "record_count_unit": best.count_unit,
                        "record_description": best.description,
                        "days_apart": days_apart(e.date_start, e.date_end, best.date_start, best.date_end),
                        "count_difference": (e.count - rc) if pd.notna(e.count) and pd.notna(rc)
                        and e.count_unit == best.count_unit else None})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for col in ("count", "record_count", "days_apart", "count_difference"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    return frame


def article_label(article_id: str, event_id, event_type: str) -> str:
    """'pocketnow 2021-02-10 · e3 blocking order' from an id like '2021-02-10_pocketnow_twitter-blocking-orders'."""
    return f"{charts.short_article(article_id)} · {event_id} {str(event_type).replace('_', ' ')}"


def count_note(diff, unit: str, record_unit: str | None = None) -> str:
    """'same count', '50 fewer accounts than the record', '20 more accounts than the record'; '' when the units
    differ or a count is missing (no comparison across units)."""
    if pd.isna(diff) or (record_unit is not None and unit != record_unit):
        return ""
    diff = int(diff)
    if diff == 0:
        return "same count as the record"
    return f"{abs(diff):,} {'more' if diff > 0 else 'fewer'} {unit} than the record".replace("  ", " ")


def claims_chart(claims: pd.DataFrame, heading: str = "How far the articles' dates are from the record") -> Figure:
    """Dots: days between each extracted event's window and its closest curated event (0 = overlap), coloured by
    side (legend); the subtitle says how many events had a counterpart at all."""
    data = claims.dropna(subset=["days_apart"])
    if data.empty:
        return charts.empty_chart("No extracted event has a dated counterpart in the curated record.", heading)
    matched = len(data)
    if matched > MAX_EVENTS:  # the events furthest from the record (the ones to check), kept in corpus order
        far = data["days_apart"].astype(float).abs().sort_values(ascending=False, kind="stable").index[:MAX_EVENTS]
        data = data.loc[sorted(far, key=list(data.index).index)]
    labels = [article_label(a, i, t) for a, i, t in zip(data["article_id"], data["event_id"], data["event_type"])]
    fig, ax = plt.subplots(figsize=(min(9.0, 4.6 + 0.055 * max(len(x) for x in labels)), 2.6 + 0.28 * len(data)))
    for side in [s for s in charts.SIDES if s in set(data["side"])] + \
            [s for s in sorted(set(data["side"])) if s not in charts.SIDES]:
        rows = [k for k, v in enumerate(data["side"]) if v == side]
        ax.scatter(data["days_apart"].astype(float).iloc[rows], rows, color=charts.SIDE_COLORS.get(side, "#333333"),
                   s=36, zorder=3, label=side)
    units = data["record_count_unit"] if "record_count_unit" in data else [None] * len(data)
    for y, (gap, diff, unit, runit) in enumerate(zip(data["days_apart"], data["count_difference"], data["count_unit"],
                                                     units)):
        note = count_note(diff, unit, runit)
        if note:
            ax.annotate(note, (float(gap), y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_yticks(range(len(data)), labels, fontsize=7)
    ax.set_ylim(len(data) - 0.5, -0.5)
    lo, hi = float(data["days_apart"].min()), float(data["days_apart"].max())
    ax.set_xlim(min(lo, 0) - 2, max(hi, 0) + 2 + 0.35 * max(hi - lo, 6))  # room for the notes
    ax.set_xlabel("days from the record's window (negative: the article's window is earlier)")
    charts.title(ax, heading, len(data))
    shown = "" if len(data) == matched else f"; drawn: the {len(data)} furthest from it"
    charts.subtitle(ax, f"{matched:,} of {len(claims):,} extracted events matched a curated event "
                        f"(same type and side, within a month){shown}")
    charts.source_line(fig, "Closest curated event of the same type and side in data/reference/events.csv. "
                            + charts.SOURCE)
    charts.legend_below(fig, ax, "side of the event", ncols=3)
    return fig
