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


def with_record(data: pd.DataFrame, record: pd.DataFrame) -> pd.DataFrame:
    """Return the article events followed by the curated events of the same period."""
    if data.empty:
        return data
    rec = record_table(record, str(data["start"].min()), str(data["end"].max()))
    return pd.concat([data, rec], ignore_index=True) if len(rec) else data


def lane_positions(data: pd.DataFrame) -> list[float]:
    """Return a y position per row: its lane, spread into rows so that windows and labels do not overlap."""
    lanes = {side: i for i, side in enumerate(LANES)}
    ys, busy = [], {}
    for e in data.itertuples():
        lane = lanes.get(e.side, 2) + (len(LANES) + 0.6 if e.source == "record" else 0)
        start, end = pd.Timestamp(e.start), pd.Timestamp(e.end)
        reach = end + pd.Timedelta(days=max(1.5, 0.25 * len(e.label)))  # room for the label
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


def swimlanes(data: pd.DataFrame, heading: str = "Events by side") -> Figure:
    """Draw events in one lane per side (record lanes beneath): windows as bars, exact days as markers."""
    if data.empty:
        return charts.empty_chart("No dated events were found in these articles.", heading)
    ys = lane_positions(data)
    has_record = (data["source"] == "record").any()
    n_lanes = len(LANES) * (2 if has_record else 1)
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.9 * n_lanes + 0.02 * len(data)))
    for y, e in zip(ys, data.itertuples()):
        start, end = pd.Timestamp(e.start), pd.Timestamp(e.end)
        color, marker = charts.EVENT_STYLE.get(e.event_type, ("#333333", "o"))
        alpha = 0.55 if e.source == "record" else 0.9
        detected = getattr(e, "method", "pattern") == "detector"  # found by the learned detector: drawn hollow
        if end > start:
            ax.plot([start, end], [y, y], color=color, lw=5, alpha=0.15 if detected else 0.35, solid_capstyle="butt")
            if e.open_start:
                ax.plot([start], [y], marker="<", color=color, ms=5, alpha=alpha)
            ax.plot([end], [y], marker="|", color=color, ms=9, alpha=alpha)
        elif detected:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.2)
        else:
            ax.plot([start], [y], marker=marker, color=color, ms=8, ls="none", alpha=alpha,
                    markeredgecolor="white", markeredgewidth=0.5)
        if e.label:
            ax.annotate(e.label, (end, y), xytext=(5, 0), textcoords="offset points", va="center", fontsize=7,
                        color="#333333")
    types = [t for t in charts.EVENT_STYLE if t in set(data["event_type"])]
    handles = [Line2D([], [], color=charts.EVENT_STYLE[t][0], marker=charts.EVENT_STYLE[t][1], ls="none", ms=7,
                      label=t.replace("_", " ")) for t in types]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8,
              title="event type", title_fontsize=8)
    ticks = list(range(len(LANES))) + ([len(LANES) + 0.6 + i for i in range(len(LANES))] if has_record else [])
    labels = LANES + ([f"record: {s}" for s in LANES] if has_record else [])
    ax.set_yticks(ticks, labels)
    if has_record:
        ax.axhline(len(LANES) - 0.2, color="#999999", lw=0.8, ls="--")
    ax.set_ylim(-0.6, ticks[-1] + 0.5)
    ax.invert_yaxis()
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    n_article = int((data["source"] == "article").sum())
    charts.title(ax, heading, n_article)
    detected_note = "Hollow markers, pale bars: events found by the learned detector, not a pattern. " \
        if (data.get("method", pd.Series(dtype=str)) == "detector").any() else ""
    charts.source_line(fig, "Bars: the window the text allows (< open start, | latest day); markers: exact days. "
                            + detected_note + "Beneath the dashed line: curated record (data/reference/events.csv). "
                            + charts.SOURCE)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def days_apart(a_start: str, a_end: str, b_start: str, b_end: str) -> int | None:
    """Return the days from window b to window a (0 when they overlap; open bounds reach any day); None if unbounded."""
    if not (a_start or a_end) or not (b_start or b_end):
        return None
    a0, a1 = a_start or "0001-01-01", a_end or "9999-12-31"  # an open bound reaches as far as it can
    b0, b1 = b_start or "0001-01-01", b_end or "9999-12-31"
    if a1 < b0:
        return (dt.date.fromisoformat(b0) - dt.date.fromisoformat(a1)).days
    if b1 < a0:
        return -(dt.date.fromisoformat(a0) - dt.date.fromisoformat(b1)).days
    return 0


def claims_vs_record(events: pd.DataFrame, record: pd.DataFrame, max_days: int = 31) -> pd.DataFrame:
    """Pair each extracted event with the closest curated event of the same type and side (dates, then counts).

    Curated events more than ``max_days`` from the event's window are not counterparts.
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


def claims_chart(claims: pd.DataFrame, heading: str = "How far the articles' dates are from the record") -> Figure:
    """Dots: days between each extracted event's window and its closest curated event (0 = overlap)."""
    data = claims.dropna(subset=["days_apart"])
    if data.empty:
        return charts.empty_chart("No extracted event has a dated counterpart in the curated record.", heading)
    data = data.head(MAX_EVENTS)
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.28 * len(data)))
    labels = [f"{a[-28:]} {i} {t.replace('_', ' ')}" for a, i, t in
              zip(data["article_id"], data["event_id"], data["event_type"])]
    colors = [charts.SIDE_COLORS.get(s, "#333333") for s in data["side"]]
    ax.scatter(data["days_apart"].astype(float), range(len(data)), c=colors, s=36, zorder=3)
    for y, (gap, diff, unit) in enumerate(zip(data["days_apart"], data["count_difference"], data["count_unit"])):
        if pd.notna(diff):
            ax.annotate(f"count {int(diff):+,} {unit}", (float(gap), y), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=7)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_yticks(range(len(data)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("days from the record's window (negative: the article's window is earlier)")
    charts.title(ax, heading, len(data))
    charts.source_line(fig, "Closest curated event of the same type and side in data/reference/events.csv. "
                            + charts.SOURCE)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig
