"""Every path the project uses, anchored at the repository root.

In: nothing. Out: ``Path`` constants (ROOT, DATA, ARTICLES, LEXICONS, ...) and
``reports_dir()``. Notebooks and helpers import paths from here; nobody types
``'../data/...'`` by hand.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parents[2]
DATA: Path = ROOT / "data"
ARTICLES: Path = DATA / "articles"
LEXICONS: Path = DATA / "lexicons"
ANNOTATIONS: Path = DATA / "annotations"
ANNOTATED_ARTICLES: Path = ANNOTATIONS / "articles"
REFERENCE: Path = DATA / "reference"
RAW: Path = DATA / "raw"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
CACHE: Path = ROOT / ".cache"
SHARED: Path = ROOT.parent / "shared"


def reports_dir() -> Path:
    """Return the output folder: ``$HELPERS_REPORTS`` if set, else ``reports/``."""
    return Path(os.environ.get("HELPERS_REPORTS", REPORTS)).resolve()


def nltk_data_dir() -> Path:
    """Return the project-local NLTK data folder (``$HELPERS_NLTK_DATA`` or ``.cache/nltk_data``)."""
    return Path(os.environ.get("HELPERS_NLTK_DATA", CACHE / "nltk_data")).resolve()


def nyt_benchmark() -> Path:
    """Return the NYT editorial snippets file (human-rated sentiment), shipped in shared/."""
    env = os.environ.get("HELPERS_NYT_BENCHMARK")
    if env:
        return Path(env)
    return SHARED / "benchmarks" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"
