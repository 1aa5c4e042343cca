"""What every notebook does first: resolve its parameters, load the tables, set the style.

In: the notebook's ``parameters`` (articles, tables folder, output folder: empty means
``reports/notebook-runs/<articles' folder name>/``, never a report's own folder). Out: a
``Context`` with the four contract tables, the problems of the run (unreadable files and
applied fallbacks, from ``problems.csv``) and the folders to export into. When no tables
folder is given (interactive use in JupyterLab) the articles are analysed here, through
the per-article cache; skipped files and fallbacks then show as warnings. ``articles`` may
be one path (``papermill -p articles my_dispute/`` passes a string) or a list of paths; any
other value stops the notebook with a one-line ``ParameterError`` naming the parameter.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import charts, paths, tables


@dataclass
class Context:
    """Tables and output folders of one notebook run."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    statements: pd.DataFrame
    events: pd.DataFrame
    out: Path
    figures: Path
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["level", "message"]))

    def chart(self, fig, data: pd.DataFrame, name: str):
        """Export ``fig`` and ``data`` as ``figures/name.*`` and return the chart to show, once, with its title as alt text."""
        return show_chart(fig, data, name, self.figures)


def chart_title(fig, default: str = "") -> str:
    """Return a figure's title (its suptitle, else the first axes title, with a subtitle marked ``gid='subtitle'``)
    on one line, for the image's alt text."""
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text().strip():
        return " ".join(suptitle.get_text().split())
    for ax in fig.axes:
        for loc in ("left", "center", "right"):  # the house style puts titles on the left
            if ax.get_title(loc).strip():
                notes = [t.get_text() for t in ax.texts if t.get_gid() == "subtitle"]
                return " ".join(" ".join([ax.get_title(loc), *notes]).split())
    return default


def show_chart(fig, data: pd.DataFrame, name: str, figures: Path):
    """Export a chart (PNG, SVG, PDF + CSV), close the figure and return the exported PNG for display.

    Closing the figure stops the inline backend from drawing it a second time at the end of the cell, so a
    chart appears exactly once in the notebook and in ``report.html``; its title becomes the image's alt text.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Image

    written = charts.export(fig, data, name, figures)
    alt = chart_title(fig, name)
    plt.close(fig)
    png = next(p for p in written if Path(p).suffix == ".png")
    # retina: shown at half the exported pixel size (charts.DPI), sharp on high-density screens
    return Image(filename=str(png), retina=True, alt=alt)


def tidy_for_display(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` for reading: whole-number float columns as integers, missing values blank.

    Display only: the CSV tables keep their columns and types.
    """
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_float_dtype(values):
            present = values.dropna()
            if len(present) and (present == present.round()).all() and present.abs().max() < 2 ** 53:
                out[column] = values.astype("Int64")
    return out.astype(object).where(out.notna(), "")


def frame_html(frame: pd.DataFrame) -> str:
    """HTML of a data frame as the notebooks show it (``tidy_for_display``), pandas' own layout otherwise."""
    return tidy_for_display(frame)._repr_html_()


def install_display_format() -> None:
    """Show every data frame in this kernel through ``tidy_for_display`` (no-op outside IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, frame_html)
    shell.display_formatter.formatters["text/plain"].for_type(
        pd.DataFrame, lambda frame, printer, cycle: printer.text(repr(tidy_for_display(frame))))


class ParameterError(ValueError):
    """A notebook parameter of the wrong type or empty (the message names the parameter and what it got)."""


def _shown(value: object) -> str:
    """``value`` for an error message: its repr, cut to 60 characters, and its type."""
    text = repr(value)
    return f"{text if len(text) <= 60 else text[:57] + '...'} ({type(value).__name__})"


def article_paths(articles: object) -> list[str]:
    """Return the ``articles`` parameter as a list of paths: one path (a string, as ``papermill -p articles DIR``
    passes it) is a list of one; a list or tuple of paths is kept. Raise ParameterError for anything else (a
    number, a mapping, a list holding a non-path) and for an empty list or an empty path, which would otherwise
    mean the repository root or nothing at all."""
    expected = "expected an article file or folder (a string) or a list of them"
    if isinstance(articles, (str, os.PathLike)):
        items = [articles]
    elif isinstance(articles, (list, tuple)):
        items = list(articles)
    else:
        raise ParameterError(f"parameter articles: {expected}, got {_shown(articles)}")
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise ParameterError(f"parameter articles: {expected}, got the item {_shown(item)}")
    if not items or any(not os.fspath(item).strip() for item in items):
        raise ParameterError(f"parameter articles: empty ({_shown(articles)}); name the article files or folders "
                             f"to analyse, e.g. 'data/articles'")
    return [os.fspath(item) for item in items]


def folder_parameter(name: str, value: object, empty_ok: bool) -> str:
    """Return a folder parameter (``tables``, ``out``) as a string; raise ParameterError if it is not a path."""
    if value is None and empty_ok:
        return ""
    if not isinstance(value, (str, os.PathLike)) or (not empty_ok and not os.fspath(value).strip()):
        raise ParameterError(f"parameter {name}: expected a folder path (a string), got {_shown(value)}")
    return os.fspath(value) if os.fspath(value).strip() else ""


def shown(path: Path) -> str:
    """``path`` relative to the repository root when it lies inside (as the printed lines show it)."""
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def resolve(path: str | Path) -> Path:
    """Resolve a parameter path against the repository root (absolute paths unchanged)."""
    p = Path(path)
    return p if p.is_absolute() else paths.ROOT / p


RUNS = "notebook-runs"  # reports/notebook-runs/<name>/: where a notebook run without ``out`` writes its charts
REPORT_MARKER = ".helpers-report"  # what a folder written by ``python -m helpers report`` holds (helpers.report)


def run_name(names: list[str], tables_dir: str = "") -> str:
    """A folder name for a notebook run: the name of its articles' folder or file ('quorvik' for
    ``_newcomer/quorvik/``, the tables folder's when tables are given), several joined by '+'."""
    parts = [re.sub(r"[^\w.-]+", "-", Path(os.path.normpath(n)).stem).strip("-.") or "articles"
             for n in ([tables_dir] if tables_dir else names)]
    return "+".join(dict.fromkeys(parts))[:80].strip("+") or "articles"


def run_folder(names: list[str], tables_dir: str = "") -> Path:
    """Where a notebook run without an ``out`` parameter writes: ``reports/notebook-runs/<run_name>/``, never a folder
    that ``make report`` writes, so that a papermill or JupyterLab run does not replace the charts of a report
    (``reports/figures/``) with charts its ``report.html`` does not show."""
    return paths.reports_dir() / RUNS / run_name(names, tables_dir)


def setup(articles: str | list[str], tables_dir: str = "", out: str = "") -> Context:
    """Load (or compute) the tables for ``articles`` (one path or a list of paths) and prepare the output folders.

    ``out`` empty (the notebooks' default): ``run_folder`` (reports/notebook-runs/<articles' folder name>/), said in
    one printed line; ``python -m helpers report`` always passes its own. Raise ParameterError (one line) for a
    parameter of the wrong type, and for a ``tables_dir`` without the tables of ``python -m helpers analyze``
    (rather than silently analysing ``articles`` instead)."""
    names = article_paths(articles)
    tables_dir = folder_parameter("tables", tables_dir, empty_ok=True)
    out = folder_parameter("out", out, empty_ok=True)
    charts.style()
    install_display_format()
    folder = resolve(tables_dir) if tables_dir else None
    problems = pd.DataFrame(columns=["level", "message"])
    if folder is not None:
        if not (folder / "articles.csv").is_file():
            raise ParameterError(f"parameter tables: {folder} holds no articles.csv (give the --out folder of "
                                 f"python -m helpers analyze, or \"\" to analyse the articles here)")
        data = tables.read_tables(folder)
        if (folder / "problems.csv").exists():
            problems = pd.read_csv(folder / "problems.csv", dtype=str, keep_default_na=False)
    else:  # interactive use: analyse here (the pipeline is imported only then)
        from . import cache, corpus

        data, _ = cache.analyze(corpus.read_corpus([resolve(a) for a in names]))
    out_path = resolve(out) if out else run_folder(names, tables_dir)
    if not out:
        print(f"charts of this run go to {shown(out_path / 'figures')} (no out parameter given; the report's own "
              f"charts are written by make report only)")
    elif (out_path / REPORT_MARKER).is_file():
        print(f"note: out is the report folder {shown(out_path)}: this run replaces charts of that report, which its "
              f"report.html does not show until the next make report")
    figures = out_path / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    return Context(data["articles"], data["sentences"], data["statements"], data["events"], out_path, figures,
                   problems)
