"""Incremental analysis: a per-article cache of the four tables.

In: a corpus table (``helpers.corpus``). Out: the four contract tables, the same as
``pipeline.analyze_corpus`` would give, plus counts of reused and computed articles.
Each article's tables are kept in ``.cache/analysis/<content_hash>-<key>-<version>.pkl``
(``$HELPERS_CACHE`` overrides the folder): ``key`` hashes the article's date and id
(events depend on the date, every row carries the id), ``version`` hashes the helpers'
source, the lexicon files and the model weights (and the encoder mode's tuned weights when it is on), so a change to code or lexicons recomputes everything.
An entry holds the article's tables as plain columns (``pipeline.ArticleRows``), which
load much faster than DataFrames; the corpus tables are built once from all entries.
Pickle is used because it keeps values and dtypes exactly, so reruns stay byte-identical;
the cache is local and written only by this module.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import encoder, paths, pipeline

CACHE_ENV = "HELPERS_CACHE"
META = ["path", "title", "outlet", "url", "format"]  # copied from the corpus row on reuse (not analysed)
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError,
              ValueError, KeyError)


@dataclass
class CacheStats:
    """How many articles were reused from the cache and how many were analysed."""

    reused: int = 0
    computed: int = 0
    unreadable: int = 0


GOLD_CACHE_ENV = "HELPERS_GOLD_CACHE"  # when set, the hand-labelled sets' analyses are kept there (``validation``)
_FOLDERS: list[Path] = []  # folders set by ``using_folder``, innermost last


def cache_dir() -> Path:
    """Return the cache folder (the one ``using_folder`` set, else ``$HELPERS_CACHE`` or ``.cache/analysis``)."""
    if _FOLDERS:
        return _FOLDERS[-1]
    return Path(os.environ.get(CACHE_ENV, paths.CACHE / "analysis")).resolve()


@contextlib.contextmanager
def using_folder(folder: str | Path | None):
    """Keep and look up entries in ``folder`` inside the ``with`` block (None or empty: the usual folder). The
    validation keeps the gold sets' analyses in ``$HELPERS_GOLD_CACHE`` this way when it is set: the test suite
    points it at one folder that every test, worker process and notebook kernel of a run shares, so the 88 sets are
    analysed once a run, not once per test that reads them (the entries are keyed by code version as always)."""
    if not folder:
        yield
        return
    _FOLDERS.append(Path(folder).resolve())
    try:
        yield
    finally:
        _FOLDERS.pop()


@functools.cache
def code_version() -> str:
    """Return a hash of the helpers' source files, the lexicon files and the model weights (and pandas' version)."""
    digest = hashlib.sha256(pd.__version__.encode())
    sources = sorted(Path(__file__).parent.glob("*.py")) + sorted(p for p in paths.LEXICONS.rglob("*") if p.is_file())
    sources += sorted(p for p in (paths.DATA / "models").glob("*.csv") if p.is_file())
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(encoder.version_tag().encode())  # the opt-in encoder mode's tables are kept apart
    return digest.hexdigest()[:12]


def entry_path(row: dict) -> Path:
    """Return the cache file of one corpus row."""
    key = hashlib.sha256(f"{row['date']}\0{row['article_id']}".encode()).hexdigest()[:8]
    return cache_dir() / f"{row['content_hash']}-{key}-{code_version()}.pkl"


def load_entry(row: dict, stats: CacheStats) -> pipeline.ArticleRows | None:
    """Return the cached tables of ``row`` (metadata refreshed), or None when absent or unreadable."""
    path = entry_path(row)
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            part = pickle.load(handle)
        if not isinstance(part, pipeline.ArticleRows):
            raise TypeError(f"{path}: not a cache entry")
        meta = part.columns["articles"]
        for col in META:
            if col in meta and col in row:
                meta[col] = [row[col]]
        return part
    except UNREADABLE:
        stats.unreadable += 1
        return None


def store_entry(row: dict, part: pipeline.ArticleRows) -> Path:
    """Write one article's tables to the cache atomically; drop its entries from older versions."""
    path = entry_path(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(part, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.pkl"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


def batches(items: list, size: int) -> list[list]:
    """Split ``items`` into consecutive batches of at most ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def analyze_cached(articles: pd.DataFrame, jobs: int = 1, force: bool = False, progress: bool = False,
                   batch_size: int = 16) -> tuple[dict[str, pd.DataFrame], CacheStats]:
    """Analyse a corpus table, reusing cached articles unless ``force``; a tqdm bar (stderr) counts batches."""
    from tqdm import tqdm

    rows = articles.to_dict("records")
    stats = CacheStats()
    parts: list[pipeline.ArticleRows | None] = [None if force else load_entry(r, stats) for r in rows]
    todo = [i for i, p in enumerate(parts) if p is None]
    stats.reused = len(rows) - len(todo)
    groups = batches(todo, max(1, batch_size))
    work = [[rows[i] for i in group] for group in groups]
    pool = None
    if jobs > 1 and len(todo) > 1:
        from . import engines

        context = engines.pool_context()
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        # every batch is handed to the pool at once and the results come back in order as they are ready
        # (no wait for the slowest article of each batch before the next batch starts)
        if pool:
            with engines.frozen_heap(context):
                results = pool.map(pipeline.analyze_batch_rows, work)
        else:
            results = map(pipeline.analyze_batch_rows, work)
        bar = tqdm(zip(groups, work, results), total=len(groups), desc="analysing", unit="batch", file=sys.stderr,
                   disable=None if progress else True)
        for group, batch, analysed in bar:
            for i, row, part in zip(group, batch, analysed):
                store_entry(row, part)
                parts[i] = part
                stats.computed += 1
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return pipeline.build_tables([p for p in parts if p is not None]), stats


def analyze(articles: pd.DataFrame, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
            force: bool = False, progress: bool = False) -> tuple[dict[str, pd.DataFrame], CacheStats]:
    """Analyse with the cache on the local engine; other engines go straight to ``pipeline.analyze_corpus``."""
    if engine != "local":
        data = pipeline.analyze_corpus(articles, jobs=jobs, engine=engine, scheduler=scheduler)
        return data, CacheStats(computed=len(articles))
    return analyze_cached(articles, jobs=jobs, force=force, progress=progress)
