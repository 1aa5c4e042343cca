"""One chart style for every notebook, and one way to export a chart.

In: DataFrames to plot. Out: matplotlib ``Figure`` objects in the house style (one
palette for sides and stances, ``N=`` in titles, a source line under each chart) and
``export()``, which writes a chart as PNG (200 dpi), SVG and PDF with the CSV of the data
it plots beside it, under a name that starts with its notebook's number.
"""
from __future__ import annotations

from pathlib import Path

import sys
import textwrap
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .imports import scipy_stats_hidden
from .tables import write_csv


def import_seaborn():
    """Import seaborn without letting it import ``scipy.stats`` (``helpers.imports``; seaborn then uses its own
    density estimator, and no chart of this project draws a density)."""
    if "seaborn" in sys.modules:
        return sys.modules["seaborn"]
    with scipy_stats_hidden():
        import seaborn
    return seaborn


sns = import_seaborn()

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
SIDE_COLORS = {"government": "#D55E00", "platform": "#0072B2", "other": "#7F7F7F", "narrator": "#BBBBBB"}
# Stance: green / purple, never orange or blue, so that a stance cannot be read as a side.
STANCE_COLORS = {"favor": "#117733", "against": "#AA4499", "neutral": "#CCCCCC"}
NEUTRAL_COLORS = ["#444444", "#999999", "#CCCCCC"]  # series that are not a side (totals, kinds of report)
TONE_COLORS = {"positive": "#009E73", "negative": "#CC79A7", "neutral": "#CCCCCC"}
SIDES = ["government", "platform", "other"]
STANCES = ["favor", "neutral", "against"]
EVENT_STYLE = {  # event type -> (colour, marker): saturated qualitative colours, each with its own shape
    "blocking_order": ("#C0392B", "s"), "non_compliance_notice": ("#E67E00", "D"),
    "legal_threat": ("#8E44AD", "^"), "legal_action": ("#5B2C06", "v"), "court_ruling": ("#1A237E", "P"),
    "rule_change": ("#E91E8C", "X"), "withholding": ("#1565C0", "o"), "restoration": ("#2E7D32", "*"),
    "refusal": ("#00ACC1", "h"), "statement": ("#616161", "d"), "meeting": ("#9E9D24", "p"),
    "backlash": ("#000000", "8"),
}
DPI = 200
SOURCE = "Analysis: blocking-orders notebooks (VADER via NLTK, project lexicons)."


def style() -> None:
    """Apply the house style (seaborn white grid, readable fonts, deterministic SVG ids)."""
    sns.set_theme(style="whitegrid", context="notebook", font="DejaVu Sans")
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": DPI, "svg.hashsalt": "blocking-orders",
                         "axes.titleweight": "bold", "axes.titlesize": 12, "axes.titlelocation": "left"})


def title(ax: plt.Axes, text: str, n: int) -> None:
    """Set a chart title that ends with the sample size, e.g. 'Tone by side (N=14)'."""
    ax.set_title(f"{text} (N={n:,})")


def subtitle(ax: plt.Axes, text: str, width: int = 80) -> None:
    """Write a subtitle (wrapped at ``width`` characters) under the axes title, e.g. which gold set a score is
    measured on; the title gets blank lines to make room for it."""
    if text:
        lines = textwrap.wrap(text, width)
        ax.text(0, 1.015, "\n".join(lines), transform=ax.transAxes, fontsize=8.5, color="#333333", ha="left",
                va="bottom", gid="subtitle")
        ax.set_title(ax.get_title(loc="left") + "\n" * len(lines), loc="left")


def figure_subtitle(fig: Figure, text: str, width: int = 120) -> None:
    """Write a subtitle (wrapped at ``width`` characters) just under a figure-level title (``fig.suptitle``, one title
    over several panels) and move the panels down to make room for it; call it once the layout is otherwise done."""
    fig.draw_without_rendering()
    under_title = fig._suptitle.get_window_extent().y0 / fig.bbox.height - 0.015
    fig.text(0.01, under_title, textwrap.fill(text, width), fontsize=8.5, color="#333333", ha="left", va="top",
             gid="subtitle")
    fig.subplots_adjust(top=min(fig.subplotpars.top, under_title - 0.5 / fig.get_figheight()))


def layout(fig: Figure, rect=(0, 0.04, 1, 1)) -> None:
    """``tight_layout`` that does not let a long left-aligned title squeeze the plot: the title is moved left
    (``fit_titles``) and the layout done again."""
    with warnings.catch_warnings():  # a panel too narrow for its labels keeps the last layout; no warning text in
        warnings.filterwarnings("ignore", message="Tight layout not applied")  # the report (export crops to fit)
        fig.tight_layout(rect=rect)
        for _ in range(2):
            fit_titles(fig)
            fig.tight_layout(rect=rect)
    fit_titles(fig)


def integer_ticks(axis) -> None:
    """Ticks on whole numbers only (counts)."""
    from matplotlib.ticker import MaxNLocator
    axis.set_major_locator(MaxNLocator(integer=True))


def source_line(fig: Figure, text: str = SOURCE) -> None:
    """Write a small source line under the chart."""
    fig.text(0.01, 0.005, text, fontsize=7, color="#555555", ha="left", va="bottom", wrap=True)


def short_article(article_id: str) -> str:
    """'pocketnow 2021-02-10' from an id like '2021-02-10_pocketnow_twitter-blocking-orders' (outlet and date
    read better than an id cut from either end); other ids shortened to 28 characters."""
    text = str(article_id)
    parts = text.split("_")
    if len(parts) >= 2 and len(parts[0]) == 10 and parts[0][4] == "-" and parts[1]:
        return f"{short_label(parts[1], 16)} {parts[0]}"
    return short_label(text, 28)


def short_label(text: str, width: int = 42) -> str:
    """``text`` cut to ``width`` characters with an ellipsis (long article ids would squeeze the chart)."""
    return text if len(text) <= width else text[:width - 1] + "…"


def legend_below(fig: Figure, ax, title: str | None = None, ncols: int = 3, source_lines: int = 1) -> None:
    """Put the legend of ``ax`` (one axes, or several whose entries are joined) under the chart, above the source
    line, and lay the figure out around it.

    Measured in inches, not in axes fractions: an axes fraction below a short chart (two bars) lands on the
    axis label, and below a tall one leaves a gap.
    """
    height = fig.get_figheight()
    handles, labels = [], []
    for one in (ax if isinstance(ax, (list, tuple, np.ndarray)) else [ax]):
        more_handles, more_labels = one.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
    source = 0.13 + 0.12 * source_lines
    fig.legend(handles, labels, title=title, ncols=ncols, loc="lower center", bbox_to_anchor=(0.5, source / height),
               frameon=False)
    rows = -(-len(labels) // ncols)
    reserve = source + 0.13 + 0.25 * rows + (0.24 if title else 0)  # source line + the legend's rows
    layout(fig, rect=(0, reserve / height, 1, 1))


def ink(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    r, g, b = (int(fill.lstrip("#")[k:k + 2], 16) / 255 for k in (0, 2, 4))
    return "#111111" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def empty_chart(message: str, heading: str) -> Figure:
    """Return a chart that says there is nothing to show, instead of failing."""
    fig, ax = plt.subplots(figsize=(7, 2.2))
    ax.axis("off")
    ax.set_title(heading, loc="left")
    ax.text(0.5, 0.45, message, ha="center", va="center", fontsize=11, color="#555555", transform=ax.transAxes)
    source_line(fig)
    return fig


def fit_titles(fig: Figure) -> None:
    """Move a left-aligned axes title (and its subtitle) that runs past the axes' right edge to the left, as far
    as the figure's left margin (where the source line starts), so that the title does not widen the exported
    figure and leave the plot with empty space at its right."""
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    left_margin = 0.01 * fig.bbox.width
    for ax in fig.axes:
        texts = [t for t in [ax._left_title] + [t for t in ax.texts if t.get_gid() == "subtitle"] if t.get_text()]
        box = ax.get_window_extent(renderer)
        extents = [t.get_window_extent(renderer) for t in texts]
        if not texts or max(e.x1 for e in extents) <= box.x1 + 1:
            continue
        # title and subtitle move left together: the leftmost panel's to the figure's left margin (where the
        # source line starts); a panel to the right of another only as far as it must to end at its own right
        # edge, never past the left margin (so side-by-side panels keep their titles apart)
        start = min(e.x0 for e in extents)
        leftmost = box.x0 <= min(a.get_window_extent(renderer).x0 for a in fig.axes if a.get_visible()) + 1
        shift = start - left_margin if leftmost else min(max(e.x1 for e in extents) - box.x1, start - left_margin)
        shift = max(0.0, shift)
        for text, extent in zip(texts, extents):
            text.set_x((extent.x0 - shift - box.x0) / box.width)


def export(fig: Figure, data: pd.DataFrame, name: str, out: Path) -> list[Path]:
    """Write ``fig`` as PNG, SVG and PDF and ``data`` as CSV: ``out/name.{png,svg,pdf,csv}``."""
    fit_titles(fig)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None}), ("pdf", {"CreationDate": None})):
        path = out / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, dpi=DPI, bbox_inches="tight", metadata=meta)
        written.append(path)
    written.append(write_csv(data, out / f"{name}.csv"))
    return written



CROWD = 300  # more points than this in one chart: smaller and more transparent points (``point_style``)


def point_style(n: int, size: float) -> tuple[float, float]:
    """(marker size, alpha) for ``n`` points: ``size`` and 0.85 up to ``CROWD`` points; beyond, the area and the
    opacity shrink with the crowd (down to a quarter of the size and alpha 0.08), so that 20,000 sentences show
    where they gather instead of a solid band."""
    if n <= CROWD:
        return size, 0.85
    shrink = CROWD / n
    return max(size * 0.25, size * shrink ** 0.5), max(0.08, 0.85 * shrink ** 0.75)


def opaque_legend(legend) -> None:
    """Draw a legend's markers fully opaque (faint points of a crowded scatter would leave faint swatches)."""
    for handle in legend.legend_handles:
        handle.set_alpha(1.0)


def scatter_by_side(ax: plt.Axes, data: pd.DataFrame, x: str, y: str, size: float = 36) -> None:
    """Scatter ``x`` against ``y``, one colour per side (house palette), labelled for the legend."""
    area, alpha = point_style(len(data), size)
    for side in [s for s in SIDES if s in set(data["side"])]:
        part = data[data["side"] == side]
        ax.scatter(part[x], part[y], color=SIDE_COLORS[side], label=side, s=area, alpha=alpha, linewidths=0)


JITTER_SEED = 2021  # the strip plots' jitter (``sentiment_by_side``)
SMALL_N = 10  # fewer points per side than this: draw the points and a median tick, not a box


def sentiment_by_side(sentences: pd.DataFrame, column: str = "sentiment_domain") -> Figure:
    """Strip + box plot of sentence sentiment per side, every sentence visible."""
    said = sentences[sentences["side"].isin(SIDES)]
    if said.empty:
        return empty_chart("No attributed statements in these articles.", "Domain-lexicon sentiment by side")
    order = [s for s in SIDES if s in set(said["side"])]
    fig, ax = plt.subplots(figsize=(7, 0.9 + 0.9 * len(order)))
    small = said["side"].value_counts().min() < SMALL_N  # a box on a handful of points says less than the points
    crowded = len(said) > CROWD
    if not small and not crowded:
        sns.boxplot(data=said, x=column, y="side", order=order, color="#EEEEEE", width=0.5, showfliers=False, ax=ax)
    dot, alpha = point_style(len(said), 7.0)
    state = np.random.get_state()  # seaborn jitters with numpy's global generator: a fixed seed draws the same chart
    np.random.seed(JITTER_SEED)  # on every run (a report's charts diff cleanly), and the caller's state is put back
    try:
        sns.stripplot(data=said, x=column, y="side", order=order, hue="side", palette=SIDE_COLORS, size=dot,
                      jitter=0.25 if crowded else 0.15, alpha=alpha, legend=False, ax=ax, linewidth=0)
    finally:
        np.random.set_state(state)
    if crowded and not small:  # many points: the box is drawn over them, as outlines, so that it stays visible
        sns.boxplot(data=said, x=column, y="side", order=order, width=0.5, showfliers=False, ax=ax, fill=False,
                    color="#222222", linewidth=1.2)
    if small:  # median tick per side
        for i, side in enumerate(order):
            median = float(said.loc[said["side"] == side, column].median())
            ax.plot([median, median], [i - 0.3, i + 0.3], color="#222222", lw=2, zorder=4,
                    label="median" if i == 0 else "_nolegend_")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound score (domain lexicon): -1 negative … +1 positive")
    ax.set_ylabel("")
    title(ax, "Domain-lexicon sentiment of sentences by side", len(said))
    source_line(fig)
    layout(fig)
    return fig


def stance_shares(frame: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Stacked horizontal bars: share of favor / neutral / against per side."""
    return shares_by_side(frame, "stance", STANCES, STANCE_COLORS, "Stance toward the blocking orders by side",
                          "stance toward the orders")


TONES = ["positive", "neutral", "negative"]


def tone_shares(frame: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Stacked horizontal bars: share of positive / neutral / negative statements per side (column ``tone``)."""
    return shares_by_side(frame, "tone", TONES, TONE_COLORS, "Learned tone model: tone of the statements by side",
                          "tone (learned tone model)")


def shares_by_side(frame: pd.DataFrame, column: str, order: list[str], colors: dict[str, str], heading: str,
                   legend: str) -> tuple[Figure, pd.DataFrame]:
    """Stacked horizontal bars: share of each value of ``column`` (in ``order``) per side, counts written inside."""
    said = frame[frame["side"].isin(SIDES)]
    if said.empty or column not in said:
        return empty_chart("No attributed statements in these articles.", heading), pd.DataFrame()
    counts = pd.crosstab(said["side"], said[column]).reindex(columns=order, fill_value=0)
    counts = counts.reindex([s for s in SIDES if s in counts.index])
    shares = counts.div(counts.sum(axis=1), axis=0)
    fig, ax = plt.subplots(figsize=(7, 1.8 + 0.55 * len(shares)))
    left = pd.Series(0.0, index=shares.index)
    for value in order:
        ax.barh(shares.index, shares[value], left=left, color=colors[value], label=value, edgecolor="white")
        for i, side in enumerate(shares.index):
            if counts.loc[side, value]:
                ax.text(left[side] + shares.loc[side, value] / 2, i, str(counts.loc[side, value]), ha="center",
                        va="center", fontsize=9, color=ink(colors[value]))
        left += shares[value]
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("share of statements (numbers: count)")
    title(ax, heading, int(counts.values.sum()))
    source_line(fig)
    legend_below(fig, ax, legend)
    data = counts.reset_index().melt(id_vars="side", var_name=column, value_name="count")
    return fig, data


MAX_ARTICLE_BARS = 40  # charts with a bar per article show at most this many (their CSV keeps every article)


def sentences_by_side(sentences: pd.DataFrame, articles: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Stacked bars: how many sentences of each article each side speaks (narrator included)."""
    if sentences.empty:
        return empty_chart("No sentences: the articles are empty.", "Who speaks in each article"), pd.DataFrame()
    order = SIDES + ["narrator"]
    counts = pd.crosstab(sentences["article_id"], sentences["side"]).reindex(columns=order, fill_value=0)
    counts = counts.reindex(articles["article_id"]).fillna(0).astype(int)
    data = counts.reset_index().melt(id_vars="article_id", var_name="side", value_name="sentences")  # every article
    n_articles = len(counts)
    if n_articles > MAX_ARTICLE_BARS:  # a bar per article stops being readable (and a corpus gives a 100,000-px PNG)
        keep = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:MAX_ARTICLE_BARS]
        counts = counts.loc[[a for a in counts.index if a in set(keep)]]  # the longest articles, in corpus order
    names = [short_article(a) for a in counts.index]
    if len(set(names)) < len(names):  # two articles of one outlet on one day: keep the ids apart
        names = [short_label(str(a)) for a in counts.index]
    longest = max((len(n) for n in names), default=10)
    fig, ax = plt.subplots(figsize=(min(9.0, 3.4 + 0.065 * longest), 1.6 + 0.45 * len(counts)))
    rows = np.arange(len(counts))  # positions, not labels: two ids may share their shortened label
    left = np.zeros(len(counts), dtype=int)
    for side in order:
        ax.barh(rows, counts[side].to_numpy(), left=left, color=SIDE_COLORS[side], label=side, edgecolor="white")
        left = left + counts[side].to_numpy()
    ax.set_yticks(rows, names)
    ax.set_ylim(len(counts) - 0.5, -0.5)  # first article on top, no empty rows
    ax.set_xlabel("sentences")
    integer_ticks(ax.xaxis)
    title(ax, "Who speaks in each article (sentences by side)", int(counts.values.sum()))
    if len(counts) < n_articles:
        subtitle(ax, f"The {len(counts)} articles with the most sentences, of {n_articles:,}; the CSV has every article.")
    source_line(fig)
    legend_below(fig, ax, ncols=4)
    return fig, data


def statements_by_kind(statements: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Grouped bars: statements per side, split by how they are reported (direct, block, indirect)."""
    said = statements[statements["side"].isin(SIDES)]
    if said.empty:
        return empty_chart("No attributed statements in these articles.", "Statements by side"), pd.DataFrame()
    counts = pd.crosstab(said["side"], said["kind"]).reindex(columns=["direct", "block", "indirect"], fill_value=0)
    counts = counts.reindex([s for s in SIDES if s in counts.index])
    data = counts.reset_index().melt(id_vars="side", var_name="kind", value_name="statements")
    fig, ax = plt.subplots(figsize=(7, 1.9 + 0.7 * len(counts)))
    kinds = list(counts.columns)
    height = 0.8 / len(kinds)
    for k, kind in enumerate(kinds):  # drawn by hand: the legend swatch is the bar's own colour and edge
        ax.barh(np.arange(len(counts)) - 0.4 + height * (k + 0.5), counts[kind].to_numpy(), height=height,
                color=NEUTRAL_COLORS[k % len(NEUTRAL_COLORS)], edgecolor="#444444", linewidth=0.6, label=kind)
    ax.set_yticks(np.arange(len(counts)), list(counts.index))
    ax.set_ylim(len(counts) - 0.5, -0.5)
    ax.set_ylabel("")
    ax.set_xlabel("statements")
    integer_ticks(ax.xaxis)
    title(ax, "Statements by side and how they are reported", int(counts.values.sum()))
    source_line(fig)
    legend_below(fig, ax, "reported as")
    return fig, data


def split_cues(cues: pd.Series) -> pd.Series:
    """Return one cue per element from '; '-joined cue strings."""
    out = cues.fillna("").astype(str).str.split("; ").explode()
    return out[out.str.strip() != ""]


def cues_by_side(sentences: pd.DataFrame, top: int = 8) -> tuple[Figure, pd.DataFrame]:
    """Horizontal bars: the most frequent stance cues of each side ('not …' marks a negated cue)."""
    said = sentences[sentences["side"].isin(SIDES)]
    rows = [(side, cue.replace(f"model: {side}: ", "model: "))  # a panel per side: the side-paired feature reads plainly
            for side, cues in zip(said["side"], said["stance_cues"]) for cue in split_cues(pd.Series([cues]))]
    data = pd.DataFrame(rows, columns=["side", "cue"])
    if data.empty:
        return empty_chart("No stance cues in these statements.", "Stance cues by side"), pd.DataFrame(columns=["side", "cue", "count"])
    n_cues = len(data)
    n_sentences = int(said["stance_cues"].fillna("").astype(str).str.strip().ne("").sum())
    data = data.value_counts().rename("count").reset_index().sort_values(["side", "count", "cue"], ascending=[True, False, True])
    per_side = data["side"].value_counts()  # distinct cues per side, before keeping the top ones
    data = data.groupby("side", sort=False).head(top).reset_index(drop=True)
    sides = [s for s in SIDES if s in set(data["side"])]
    heading = f"Most frequent stance cues by side (N={n_sentences:,} sentences, {n_cues:,} cues)"
    if (data["count"] == 1).all():  # equal bars would carry nothing: list the cues instead
        return cue_list(data, sides, heading, top, per_side), data
    label_inches = 0.085 * max(len(c) for c in data["cue"])  # the panel leaves room for its longest cue
    fig, axes = plt.subplots(1, len(sides), figsize=((2.6 + label_inches) * len(sides),
                                                     1.6 + 0.35 * max(data["side"].value_counts())), squeeze=False)
    for ax, side in zip(axes[0], sides):
        part = data[data["side"] == side]
        ax.barh(part["cue"], part["count"], color=SIDE_COLORS[side])
        ax.invert_yaxis()
        ax.set_xlabel("sentences")
        integer_ticks(ax.xaxis)
        shown = f"top {len(part)} of {int(per_side[side])}" if per_side[side] > len(part) else f"{len(part)}"
        ax.set_title(f"{side}\n{shown} distinct cues", fontsize=10, loc="left", color=SIDE_COLORS[side])
    fig.suptitle(heading, x=0.01, ha="left", fontweight="bold")
    source_line(fig)
    layout(fig)
    return fig, data


def cue_list(data: pd.DataFrame, sides: list[str], heading: str, top: int, per_side: pd.Series) -> Figure:
    """A text panel per side listing its cues (each found in one sentence): a table, not equal bars."""
    rows = max(data["side"].value_counts())
    fig, axes = plt.subplots(1, len(sides), figsize=(3.6 * len(sides), 1.2 + 0.26 * rows), squeeze=False)
    for ax, side in zip(axes[0], sides):
        part = data[data["side"] == side]
        ax.axis("off")
        shown = f"top {len(part)} of {int(per_side[side])} cues" if per_side[side] > len(part) else f"{len(part)} cues"
        ax.set_title(f"{side} ({shown})", fontsize=10, color=SIDE_COLORS[side], loc="left")
        for k, cue in enumerate(part["cue"]):
            ax.text(0, 1 - (k + 0.5) / rows, f"\u2022 {short_label(cue, 40)}", transform=ax.transAxes, fontsize=8.5,
                    va="center", ha="left", color="#222222")
    fig.suptitle(heading, x=0.01, ha="left", fontweight="bold", fontsize=11)
    source_line(fig, f"Every cue appears in one sentence only (top {top} per side). " + SOURCE)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def raw_vs_domain(sentences: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Scatter: raw VADER vs domain-lexicon score of every attributed sentence, coloured by side."""
    said = sentences[sentences["side"].isin(SIDES)]
    data = said[["article_id", "sentence_id", "side", "sentiment", "sentiment_domain", "text"]].reset_index(drop=True)
    if data.empty:
        return empty_chart("No attributed statements in these articles.", "Raw vs domain sentiment"), data
    fig, ax = plt.subplots(figsize=(5.2, 5))
    scatter_by_side(ax, data, "sentiment", "sentiment_domain", size=36)
    ax.plot([-1, 1], [-1, 1], color="#888888", lw=0.8, ls="--")
    ax.axhline(0, color="#444444", lw=0.5)
    ax.axvline(0, color="#444444", lw=0.5)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("raw VADER compound")
    ax.set_ylabel("after the domain lexicon")
    opaque_legend(ax.legend(frameon=False, loc="upper left"))
    title(ax, "What the domain lexicon changes,\nsentence by sentence", len(data))
    source_line(fig)
    layout(fig)
    return fig, data


def stance_map(statements: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Dots: each statement's tone (x) and stance score (y), coloured by side."""
    said = statements[statements["side"].isin(SIDES)]
    extra = ["tone"] if "tone" in said else []  # the learned tone model's label, when the tables have it
    data = said[["article_id", "statement_id", "side", "speaker", "sentiment_domain", *extra, "stance_score", "stance",
                 "stance_cues", "text"]].reset_index(drop=True)
    if data.empty:
        return empty_chart("No attributed statements in these articles.", "Tone and stance of statements"), data
    fig, ax = plt.subplots(figsize=(7, 4.5))
    scatter_by_side(ax, data, "sentiment_domain", "stance_score", size=40)
    ax.axhline(0, color="#444444", lw=0.8)
    ax.axvline(0, color="#444444", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("tone (VADER + domain lexicon)")
    ax.set_ylabel("stance score (> 0 favor, < 0 against)")
    opaque_legend(ax.legend(frameon=False, loc="best"))
    title(ax, "Tone and stance of each statement", len(data))
    source_line(fig)
    layout(fig)
    return fig, data


def speakers(statements: pd.DataFrame, top: int = 12) -> tuple[Figure, pd.DataFrame]:
    """Horizontal bars: the speakers with the most statements, coloured by side."""
    said = statements[statements["side"].isin(SIDES)]
    if said.empty:
        return empty_chart("No attributed statements in these articles.", "Speakers"), pd.DataFrame(columns=["speaker", "side", "statements"])
    data = said.assign(speaker=said["speaker"].replace("", "(unnamed)")).groupby(["speaker", "side"]).size()
    data = data.rename("statements").reset_index().sort_values(["statements", "speaker"], ascending=[False, True]).head(top)
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.35 * len(data)))
    ax.barh(data["speaker"] + " (" + data["side"] + ")", data["statements"], color=[SIDE_COLORS[s] for s in data["side"]])
    ax.invert_yaxis()
    ax.set_xlabel("statements")
    title(ax, "Who is quoted most", int(data["statements"].sum()))
    source_line(fig)
    layout(fig)
    return fig, data.reset_index(drop=True)


def gold_note(gold_set: str | None, in_sample: bool | None) -> str:
    """'Gold set: dev (in-sample: the methods were tuned and trained on it)' for a subtitle; '' when unknown."""
    if not gold_set:
        return ""
    if in_sample is None:
        in_sample = gold_set == "dev"
    return f"Gold set: {gold_set}" + (" (in-sample: the methods were tuned and trained on it; expect held-out "
                                      "scores to be lower)" if in_sample else " (held out: not used to build the methods)")


def score_intervals(scores: pd.DataFrame, gold_set: str | None = None, in_sample: bool | None = None) -> Figure:
    """Dots with bars: each validation score (metric, value, low, high) with its 95% interval; ``gold_set`` names
    the hand-labelled set in a subtitle (and says whether it is in-sample)."""
    if scores.empty:
        return empty_chart("No hand labels to score against.", "Validation scores")
    fig, ax = plt.subplots(figsize=(7, (1.6 if gold_set else 1.1) + 0.45 * len(scores)))
    y = range(len(scores))
    ax.errorbar(scores["value"], list(y), xerr=[scores["value"] - scores["low"], scores["high"] - scores["value"]],
                fmt="o", color="#333333", ecolor="#999999", capsize=3)
    ax.set_yticks(list(y), scores["metric"])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.set_xlabel("score (bootstrap 95% interval)")
    title(ax, "How well the methods agree with hand labels", int(scores["n"].max()))
    subtitle(ax, gold_note(gold_set, in_sample))
    source_line(fig)
    layout(fig)
    return fig


METRIC_LABELS = {"side_accuracy_gov_platform": "side, government + platform", "side_accuracy_all": "side, all sentences",
                 "stance_macro_f1": "stance macro-F1", "tone_accuracy_domain": "tone, domain lexicon",
                 "tone_accuracy_raw": "tone, raw VADER", "tone_accuracy_model": "tone, learned model", "event_f1": "event F1", "date_accuracy": "date windows",
                 "side_accuracy": "side of event actors"}
TARGETS = {"side_accuracy_gov_platform": 0.95, "side_accuracy_all": 0.90, "stance_macro_f1": 0.80,
           "tone_accuracy_domain": 0.80, "tone_accuracy_model": 0.80, "event_f1": 0.85, "date_accuracy": 0.90, "side_accuracy": 0.95}


def scores_by_set(scores: pd.DataFrame) -> Figure:
    """Dot plot: each headline score (columns) for each gold set (rows: dev, earlier rounds, held-out), with a
    dashed line at each method's target where the issue sets one. The dev set is black, the newest unseen round
    (``heldout``) a large vermillion diamond; earlier rounds (tuned on or trained on since) are small grey dots,
    one per round, under one legend entry (a dozen rounds would exhaust any palette)."""
    if scores.empty:
        return empty_chart("No hand labels to score against.", "Scores by gold set")
    metrics = list(scores.columns)
    fig, ax = plt.subplots(figsize=(10.5, 0.9 + 0.45 * len(metrics)))
    offsets = np.linspace(-0.25, 0.25, len(scores)) if len(scores) > 1 else [0.0]
    rounds = 0
    for k, (name, row) in enumerate(scores.iterrows()):
        if name == "dev":
            style = {"color": "#000000", "s": 34, "label": "dev (tuned and trained on)"}
        elif name == "heldout":
            style = {"color": "#D55E00", "s": 70, "marker": "D", "label": "held-out (newest, unseen)"}
        else:
            style = {"color": "#8C8C8C", "s": 18, "alpha": 0.8,
                     "label": "earlier rounds, one dot each (tuned or trained on)" if rounds == 0 else "_nolegend_"}
            rounds += 1
        ax.scatter(row.values, [i + offsets[k] for i in range(len(metrics))], zorder=3, **style)
    for i, metric in enumerate(metrics):
        if metric in TARGETS:
            ax.plot([TARGETS[metric]] * 2, [i - 0.4, i + 0.4], ls="--", color="#555555", lw=1.2, zorder=5)
    ax.set_yticks(range(len(metrics)), [METRIC_LABELS.get(m, m.replace("_", " ")) for m in metrics])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.set_xlabel("score (dashed: target)")
    ax.legend(title="gold set", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    title(ax, "Dev set, earlier rounds (both in-sample) and the held-out rounds", len(scores))
    source_line(fig)
    layout(fig)
    return fig


FIRST_CONTACT_METRICS = ["side_accuracy_gov_platform", "side_accuracy_all", "stance_macro_f1", "tone_accuracy_domain",
                         "tone_accuracy_model", "event_f1", "date_accuracy", "side_accuracy"]


def first_contact(scores: pd.DataFrame, window: int = 6) -> Figure:
    """Small multiples, one panel per headline figure: each round's score when it was first measured, before anyone
    had read the round (``helpers.validation.first_contact``), against the round's number (rounds were written in
    that order, so the x axis is time), with the running mean over ``window`` rounds and the target dashed."""
    metrics = [m for m in FIRST_CONTACT_METRICS if m in scores.columns and scores[m].notna().any()]
    if scores.empty or not metrics:
        return empty_chart("No first-contact scores.", "Each new round, before anyone read it")
    ncols = 4
    nrows = -(-len(metrics) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(12, 1.2 + 2.6 * nrows), sharex=True, squeeze=False)
    ordered = scores.sort_values("round")
    for ax, metric in zip(axes.flat, metrics):
        data = ordered[["round", metric]].dropna()
        ax.scatter(data["round"], data[metric], s=14, color="#8C8C8C", zorder=3,
                   label="one round, scored before anyone read it")
        mean = data[metric].rolling(window, min_periods=max(2, window // 2)).mean()
        ax.plot(data["round"], mean, color="#000000", lw=1.6, zorder=4, label=f"running mean of {window} rounds")
        if metric in TARGETS:
            ax.axhline(TARGETS[metric], ls="--", color="#555555", lw=1.1, zorder=2, label="target")
        ax.set_title(METRIC_LABELS.get(metric, metric.replace("_", " ")), fontsize=10, loc="left")
        low = float(data[metric].min()) if len(data) else 0.5
        ax.set_ylim(min(0.5, low - 0.03), 1.01)
        integer_ticks(ax.xaxis)
    for ax in list(axes.flat)[len(metrics):]:
        ax.set_visible(False)
    for ax in axes[-1]:
        ax.set_xlabel("round (in the order written)")
    fig.suptitle(f"Each new round, scored before anyone read it (N={len(scores):,} rounds)", x=0.01, ha="left",
                 fontweight="bold", fontsize=12)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncols=3, frameon=False, fontsize=8.5, bbox_to_anchor=(0.5, 0.03))
    source_line(fig, SOURCE + " Scores: docs/HISTORY.md (data/annotations/rounds/first_contact.csv), each with the "
                              "code of the session that first scored the round.")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Tight layout not applied")
        fig.tight_layout(rect=(0, 0.08, 1, 0.97))
    return fig


def confusion_heatmap(matrix: pd.DataFrame, heading: str, gold_set: str | None = None,
                      in_sample: bool | None = None) -> Figure:
    """Heat map of a confusion matrix (rows: hand label, columns: method); ``gold_set`` names the hand-labelled
    set in a subtitle (and says whether it is in-sample)."""
    if matrix.values.sum() == 0:
        return empty_chart("No hand labels to compare.", heading)
    note = gold_note(gold_set, in_sample)
    width = max(1.6 + 1.1 * matrix.shape[1] + 0.07 * max(len(str(i)) for i in matrix.index),
                0.1 * len(heading) + 1.0)  # room for the title (about 0.1 inch a character)
    fig, ax = plt.subplots(figsize=(width, 1.5 + 0.6 * matrix.shape[0]))
    sns.heatmap(matrix, annot=True, fmt="d", cmap="Greys", cbar=False, linewidths=0.5, ax=ax)
    ax.tick_params(axis="y", labelrotation=0)  # horizontal row labels: rotated ones run into each other
    ax.tick_params(axis="x", labelrotation=0)
    ax.set_xlabel("method")
    ax.set_ylabel("hand label")
    title(ax, heading, int(matrix.values.sum()))
    subtitle(ax, note, int(width * 11))
    source_line(fig)
    layout(fig)
    return fig


AGREEMENT_STYLE = {  # comparison -> marker style (Okabe-Ito colours, distinct shapes for grey print)
    "second vs first": {"color": "#000000", "marker": "s", "s": 46, "label": "second annotator vs first (the ceiling)"},
    "pipeline vs first": {"color": "#D55E00", "marker": "D", "s": 46, "label": "pipeline vs first annotator"},
    "pipeline vs second": {"color": "#0072B2", "marker": "o", "s": 40, "label": "pipeline vs second annotator"},
}
AGREEMENT_TARGETS = {"side, government + platform sentences": 0.95, "side, all sentences": 0.90,
                     "stance macro-F1": 0.80, "tone accuracy (sentiment_domain)": 0.80, "event F1": 0.85,
                     "date windows right (events found)": 0.90, "event side right (events found)": 0.95}


def agreement(table: pd.DataFrame, heading: str, n_articles: int) -> Figure:
    """Dot plot: each figure (rows of ``helpers.agreement.figures``) for the second annotator against the first
    (how far two careful readers agree) and the pipeline against each annotator; dashed: the issues' targets."""
    if table.empty:
        return empty_chart("No doubly labelled articles.", heading)
    metrics = list(table.index)
    fig, ax = plt.subplots(figsize=(8, 1.9 + 0.45 * len(metrics)))
    for k, column in enumerate(c for c in AGREEMENT_STYLE if c in table.columns):
        offset = (k - 1) * 0.18
        ax.scatter(table[column].values, [i + offset for i in range(len(metrics))], zorder=3, **AGREEMENT_STYLE[column])
    for i, metric in enumerate(metrics):
        if plain_label(metric) in AGREEMENT_TARGETS:  # keyed on the label without Markdown code marks
            ax.plot([AGREEMENT_TARGETS[plain_label(metric)]] * 2, [i - 0.4, i + 0.4], ls="--", color="#555555", lw=1.2, zorder=5)
    ax.set_yticks(range(len(metrics)), [plain_label(m) for m in metrics])
    ax.invert_yaxis()
    ax.set_xlim(min(0.4, float(np.nanmin(table.values)) - 0.05), 1.02)
    ax.set_xlabel("agreement (dashed: target of the issues)")
    title(ax, heading, n_articles)
    source_line(fig, SOURCE + " Labels: two independent AI annotators per article, each working from the written "
                     "guidelines (data/annotations/GUIDELINES.md); the second is the project's second labelling.")
    legend_below(fig, ax, ncols=1, source_lines=2)
    return fig


def plain_label(text: str) -> str:
    """A label without Markdown code marks ('tone (`tone` column)' -> 'tone (tone column)')."""
    return str(text).replace("`", "")
