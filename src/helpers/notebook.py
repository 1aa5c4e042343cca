"""What every notebook does first: resolve its parameters, load the tables, set the style.

In: the notebook's ``parameters`` (articles, tables folder, output folder). Out: a
``Context`` with the four contract tables and the folders to export into. When no
tables folder is given (interactive use in JupyterLab) the articles are analysed here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import charts, paths, pipeline, tables


@dataclass
class Context:
    """Tables and output folders of one notebook run."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    statements: pd.DataFrame
    events: pd.DataFrame
    out: Path
    figures: Path


def resolve(path: str | Path) -> Path:
    """Resolve a parameter path against the repository root (absolute paths unchanged)."""
    p = Path(path)
    return p if p.is_absolute() else paths.ROOT / p


def setup(articles: list[str], tables_dir: str = "", out: str = "reports") -> Context:
    """Load (or compute) the tables for ``articles`` and prepare the output folders."""
    charts.style()
    folder = resolve(tables_dir) if tables_dir else None
    if folder is not None and (folder / "articles.csv").exists():
        data = tables.read_tables(folder)
    else:
        data = pipeline.analyze([resolve(a) for a in articles])
    out_path = resolve(out)
    figures = out_path / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    return Context(data["articles"], data["sentences"], data["statements"], data["events"], out_path, figures)
