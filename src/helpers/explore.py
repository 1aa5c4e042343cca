"""Read an article's sentences with speaker, stance and the cue words highlighted.

In: the ``sentences`` table (and ``articles`` for the picker). Out: a table of one
article's sentences (``sentence_table``), the same as styled, escaped HTML with the
stance cues marked (``sentences_html``), and ``explorer``: in JupyterLab an ipywidgets
explorer (pick an article and a side), elsewhere — headless runs, or no ipywidgets —
static HTML with one collapsible section per article.
"""
from __future__ import annotations

import html
import re

import pandas as pd

from . import charts

SIDE_CHOICES = ["all", "government", "platform", "other", "narrator"]
COLUMNS = ["sentence_id", "side", "speaker", "stance", "stance_score", "stance_cues", "text"]
MAX_ROWS = 300  # longest static table; longer articles show their first MAX_ROWS sentences and say so


def split_cues(value: object) -> list[str]:
    """Return the cue phrases of a ``stance_cues`` cell ('; '-separated), longest first."""
    if not isinstance(value, str):
        return []
    cues = {c.strip() for c in value.split(";") if c.strip()}
    return sorted(cues, key=lambda c: (-len(c), c))


def highlight(text: str, cues: list[str]) -> str:
    """Return ``text`` as escaped HTML with every cue occurrence (case-insensitive) wrapped in <mark>."""
    if not cues:
        return html.escape(text)
    pattern = re.compile("|".join(r"(?<!\w)" + re.escape(c) + r"(?!\w)" for c in cues), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        out.append(f"<mark>{html.escape(m.group(0))}</mark>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def sentence_table(sentences: pd.DataFrame, article_id: str, side: str = "all") -> pd.DataFrame:
    """Return one article's sentences (optionally one side) with speaker, stance and cues."""
    rows = sentences[sentences["article_id"].astype(str) == str(article_id)]
    if side != "all":
        rows = rows[rows["side"] == side]
    present = [c for c in COLUMNS if c in rows.columns]
    return rows[present].reset_index(drop=True)


def sentences_html(table: pd.DataFrame, heading: str = "", max_rows: int = MAX_ROWS) -> str:
    """Return a styled HTML table of sentences, cue words marked, side and stance coloured."""
    style = ("<style>.hx-explore td{vertical-align:top;padding:3px 6px;text-align:left}"
             ".hx-explore mark{background:#FFE08A;padding:0 1px}.hx-explore .tag{padding:0 4px;border-radius:3px}</style>")
    head = f"<h4>{html.escape(heading)}</h4>" if heading else ""
    if table.empty:
        return f"{style}{head}<p class='hx-explore'><em>No sentences to show for this choice.</em></p>"
    rows = []
    for r in table.head(max_rows).to_dict("records"):
        side, stance = str(r.get("side", "")), str(r.get("stance", ""))
        rows.append("<tr>"
                    f"<td>{html.escape(str(r.get('sentence_id', '')))}</td>"
                    f"<td><span class='tag' style='background:{charts.SIDE_COLORS.get(side, '#FFFFFF')}33'>"
                    f"{html.escape(side)}</span></td>"
                    f"<td>{html.escape(str(r.get('speaker', '') or ''))}</td>"
                    f"<td><span class='tag' style='background:{charts.STANCE_COLORS.get(stance, '#FFFFFF')}66'>"
                    f"{html.escape(stance)}</span></td>"
                    f"<td>{highlight(str(r.get('text', '')), split_cues(r.get('stance_cues')))}</td></tr>")
    more = (f"<p><em>First {max_rows} of {len(table)} sentences shown.</em></p>" if len(table) > max_rows else "")
    return (f"{style}{head}<table class='hx-explore'><thead><tr><th>id</th><th>side</th><th>speaker</th>"
            f"<th>stance</th><th>sentence (stance cues marked)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{more}")


def static_view(sentences: pd.DataFrame, articles: pd.DataFrame, article_id: str | None = None, side: str = "all"):
    """Return the static explorer: an IPython HTML object with every article (or only ``article_id``).

    Each article is a collapsible section (HTML ``<details>``, works in a static page without scripts); the
    first one is open.
    """
    from IPython.display import HTML

    ids = articles["article_id"].astype(str).tolist()
    if not ids:
        return HTML("<p><em>No articles to explore.</em></p>")
    chosen = [str(article_id)] if article_id else ids
    labels = {str(r["article_id"]): article_label(r) for r in articles.to_dict("records")}
    sections = []
    for i, aid in enumerate(chosen):
        table = sentence_table(sentences, aid, side)
        summary = f"{labels.get(aid, aid)} ({len(table)} sentences)"
        sections.append(f"<details{' open' if i == 0 else ''}><summary>{html.escape(summary)}</summary>"
                        f"{sentences_html(table)}</details>")
    note = (f"<p><em>{len(chosen)} article{'s' if len(chosen) != 1 else ''}; click an article to open or close it"
            f"{'' if side == 'all' else f' (side: {html.escape(side)})'}.</em></p>")
    return HTML(note + "".join(sections))


def article_label(row: dict) -> str:
    """Return 'date · outlet · title' (or the article id where title or outlet is missing) for a picker."""
    parts = [str(row.get(k) or "").strip() for k in ("date", "outlet", "title")]
    parts = [p for p in parts if p and p.lower() != "nan"]
    if len(parts) < 3:
        parts.append(str(row.get("article_id", "")))
    return " · ".join(parts)


def widget_view(sentences: pd.DataFrame, articles: pd.DataFrame):
    """Return an ipywidgets box: article and side pickers above the highlighted sentences."""
    import ipywidgets as widgets

    ids = articles["article_id"].astype(str).tolist()
    article = widgets.Dropdown(options=ids, value=ids[0] if ids else None, description="article")
    side = widgets.ToggleButtons(options=SIDE_CHOICES, value="all", description="side")
    body = widgets.HTML()

    def refresh(_=None) -> None:
        """Redraw the sentences of the chosen article and side."""
        body.value = sentences_html(sentence_table(sentences, article.value, side.value)) if ids else "No articles."

    article.observe(refresh, names="value")
    side.observe(refresh, names="value")
    refresh()
    return widgets.VBox([article, side, body])


def widgets_available() -> bool:
    """Return True when ipywidgets can be imported."""
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def explorer(sentences: pd.DataFrame, articles: pd.DataFrame, interactive: bool = True):
    """Return the widget explorer when ``interactive`` and ipywidgets is there, else the static HTML table."""
    if interactive and widgets_available():
        return widget_view(sentences, articles)
    return static_view(sentences, articles)


def corpus_chart(articles: pd.DataFrame, top: int = 40):
    """The corpus at a glance: one bar per article (by date, newest last) with its sentence count.

    Labels read 'date · outlet' (or the article id without an outlet). With more than ``top`` articles the
    chart counts articles per month instead. Returns the figure and the data it plots.
    """
    import matplotlib.pyplot as plt

    columns = [c for c in ("article_id", "date", "outlet", "title", "n_sentences", "n_words") if c in articles.columns]
    data = articles[columns].sort_values(["date", "article_id"]).reset_index(drop=True)
    if data.empty:
        return charts.empty_chart("No articles.", "The corpus"), data
    if len(data) > top:
        periods = pd.to_datetime(data["date"], errors="coerce").dt.to_period("M").dropna()
        counts = periods.value_counts()
        span = pd.period_range(periods.min(), periods.max(), freq="M") if len(counts) else pd.PeriodIndex([], freq="M")
        # every month of the span, empty ones as 0 (a gap in the coverage is a gap on the axis)
        per_month = pd.DataFrame({"month": span.astype(str), "articles": [int(counts.get(p, 0)) for p in span]})
        fig, ax = plt.subplots(figsize=(9, 3.2))
        ax.bar(range(len(per_month)), per_month["articles"], color="#4C72B0", width=0.85)
        ax.set_ylabel("articles")
        # at most about 16 labels: every month, every quarter, every January, or every few Januaries
        step = next((s for s in (1, 3, 6, 12, 24, 60) if len(span) / s <= 16), 120)
        ticks = [k for k, p in enumerate(span) if (p.month - 1) % min(step, 12) == 0 and (step < 12 or p.year % (step // 12) == 0)]
        ax.set_xticks(ticks, [str(span[k]) if step < 12 else str(span[k].year) for k in ticks],
                      rotation=90 if step < 12 and len(ticks) > 8 else 0)
        ax.set_xlim(-0.6, len(per_month) - 0.4)
        undated = len(data) - len(periods)
        charts.title(ax, "The corpus: articles per month", len(data))
        if undated:
            charts.subtitle(ax, f"{undated:,} article(s) without a date are not drawn.")
        charts.source_line(fig)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        return fig, per_month
    labels = [corpus_label(r) for r in data.to_dict("records")]
    fig, ax = plt.subplots(figsize=(9, 1.4 + 0.4 * len(data)))
    rows = range(len(data))
    ax.barh(list(rows), data["n_sentences"].fillna(0).astype(int), color="#4C72B0")
    ax.set_yticks(list(rows), labels)
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.set_xlabel("sentences")
    charts.title(ax, "The corpus: sentences per article, by date", len(data))
    charts.source_line(fig)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig, data


def corpus_label(row: dict, width: int = 40) -> str:
    """'date · outlet' for a bar of the corpus chart; without an outlet, the article id minus its date prefix."""
    date, outlet, aid = (str(row.get(k) or "").strip() for k in ("date", "outlet", "article_id"))
    if outlet.lower() == "nan":
        outlet = ""
    name = outlet or (aid[len(date):].lstrip("_- ") if date and aid.startswith(date) else aid) or aid
    return charts.short_label(f"{date} · {name}" if date else name, width)


def side_shares(sentences: pd.DataFrame) -> pd.DataFrame:
    """Return, per article, the share (%) of its sentences spoken by each side and by the journalist."""
    order = [s for s in charts.SIDES + ["narrator"] if s in set(sentences["side"])]
    counts = pd.crosstab(sentences["article_id"], sentences["side"]).reindex(columns=order, fill_value=0)
    shares = (100 * counts.div(counts.sum(axis=1), axis=0)).round(0).astype(int)
    shares.columns = [f"{c} %" for c in shares.columns]
    return shares.assign(sentences=counts.sum(axis=1)).reset_index()
