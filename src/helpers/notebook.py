"""What every notebook does first: resolve its parameters, load the tables, set the style.

In: the notebook's ``parameters`` (articles, tables folder, output folder). Out: a
``Context`` with the four contract tables, the problems of the run (unreadable files and
applied fallbacks, from ``problems.csv``) and the folders to export into. When no tables
folder is given (interactive use in JupyterLab) the articles are analysed here, through
the per-article cache; skipped files and fallbacks then show as warnings.
"""
from __future__ import annotations

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


def resolve(path: str | Path) -> Path:
    """Resolve a parameter path against the repository root (absolute paths unchanged)."""
    p = Path(path)
    return p if p.is_absolute() else paths.ROOT / p


def setup(articles: list[str], tables_dir: str = "", out: str = "reports") -> Context:
    """Load (or compute) the tables for ``articles`` and prepare the output folders."""
    charts.style()
    folder = resolve(tables_dir) if tables_dir else None
    problems = pd.DataFrame(columns=["level", "message"])
    if folder is not None and (folder / "articles.csv").exists():
        data = tables.read_tables(folder)
        if (folder / "problems.csv").exists():
            problems = pd.read_csv(folder / "problems.csv", dtype=str, keep_default_na=False)
    else:  # interactive use: analyse here (the pipeline is imported only then)
        from . import cache, corpus

        data, _ = cache.analyze(corpus.read_corpus([resolve(a) for a in articles]))
    out_path = resolve(out)
    figures = out_path / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    return Context(data["articles"], data["sentences"], data["statements"], data["events"], out_path, figures,
                   problems)
