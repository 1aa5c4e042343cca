"""Run the analysis of many articles in parallel: a local process pool, or a Dask cluster.

In: the corpus as a list of article rows (dicts of the corpus table), a number of jobs and,
for Dask, an optional scheduler address. Out: one dict of the four contract tables per
chunk of consecutive articles, in the corpus's order, so that concatenating them gives
exactly the tables of a single-process run. Dask is imported only when it is used. On
Linux the local pool forks this process once it is warmed (``start_method``): workers start
with the lexicons loaded and no fork server to start, the serial cost that kept two workers
at 1.3x of one (``benchmarks/SCALING.md``, session 3).
"""
from __future__ import annotations

import gc
import math
import multiprocessing
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from . import pipeline

Tables = dict[str, pd.DataFrame]
MAX_CHUNK = 64  # articles per task: big enough to amortise the hand-over, small enough to balance
CHUNKS_PER_WORKER = 4  # tasks per worker, so that a slow chunk does not leave the others idle
PRELOAD = ["helpers.warm"]  # imported once before the workers start: they start with the lexicons loaded


def start_method() -> str:
    """Return how worker processes are started: 'fork' on Linux, else a fork server (where there is one).

    Forking this (warmed) process costs ~10 ms and the workers share its loaded lexicons and
    compiled patterns; a fork server has to import pandas, NLTK and the helpers and warm them
    again (~0.8 s, serial, before the first chunk runs), which at ~3 s per 1,000 articles was
    the largest reason two workers gave 1.3x rather than 2x. Elsewhere (macOS, Windows)
    forking a process that may hold threads is unsafe or unavailable.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def pool_context(method: str | None = None) -> multiprocessing.context.BaseContext:
    """Return the multiprocessing context of the worker pool, with the helpers warmed before workers start."""
    method = method or start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        import importlib

        for name in PRELOAD:  # warm this process once: every forked worker inherits it
            importlib.import_module(name)
    elif method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    return context


def chunk_size(n_articles: int, workers: int) -> int:
    """Return how many consecutive articles go into one task."""
    return max(1, min(MAX_CHUNK, math.ceil(n_articles / max(1, workers * CHUNKS_PER_WORKER))))


def chunked(rows: list[dict], size: int) -> Iterator[list[dict]]:
    """Yield consecutive slices of ``rows`` of at most ``size`` articles (order kept)."""
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


MIN_CHUNK = 4  # the smallest task at the end of a run (see ``guided``)


def guided(rows: list[dict], workers: int) -> Iterator[list[dict]]:
    """Yield consecutive slices of ``rows`` that shrink toward the end (guided scheduling), order kept.

    Each slice takes 1/(2 × workers) of what is left, between ``MIN_CHUNK`` and ``MAX_CHUNK`` articles:
    large tasks while there is much to do, small ones at the end, so that no worker sits idle while
    another finishes a last large chunk (with equal chunks that tail was about half a chunk per run).
    """
    start, n = 0, len(rows)
    while start < n:
        size = min(MAX_CHUNK, max(MIN_CHUNK, math.ceil((n - start) / (2 * max(1, workers)))))
        yield rows[start:start + size]
        start += size


def analyze_chunk(rows: list[dict]) -> Tables:
    """Analyse consecutive articles into one dict of the four tables (run in a worker; built once per chunk)."""
    return pipeline.analyze_rows(rows)


@contextmanager
def frozen_heap(context: multiprocessing.context.BaseContext) -> Iterator[None]:
    """While workers are forked, keep this process's objects out of the garbage collector's reach (``gc.freeze``).

    A forked worker would otherwise, at its first full collection, walk (and so write to, copying
    the memory pages of) every object it inherited: the lexicons, caches and the corpus. Frozen,
    they are left alone in the workers; here they are handed back to the collector afterwards.
    """
    if context.get_start_method() != "fork":
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def run_local(rows: list[dict], jobs: int, initializer: Callable[[], None] | None = None) -> list[Tables]:
    """Analyse ``rows`` in ``jobs`` worker processes (``pool_context``: warmed, then forked); results in order."""
    if jobs <= 1 or len(rows) <= 1:
        return [analyze_chunk(rows)] if rows else []
    context = pool_context()
    workers = min(jobs, len(rows))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        with frozen_heap(context):
            results = pool.map(analyze_chunk, guided(rows, workers))  # the workers are forked at the first task
        return list(results)


def dask_client(jobs: int, scheduler: str | None):
    """Return a Dask client: on the cluster at ``scheduler``, else on a new local cluster of ``jobs`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=max(1, jobs), processes=True, threads_per_worker=1,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def dask_workers(client) -> int:
    """Return the number of worker threads of a Dask cluster (at least 1)."""
    return max(1, sum(client.nthreads().values()))


def run_dask(rows: list[dict], jobs: int, scheduler: str | None = None) -> list[Tables]:
    """Analyse ``rows`` on a Dask cluster, one task per chunk of articles; results in order."""
    client = dask_client(jobs, scheduler)
    try:
        futures = client.map(analyze_chunk, list(guided(rows, dask_workers(client))), pure=False)
        return client.gather(futures)
    finally:
        cluster = None if scheduler else client.cluster
        client.close()
        if cluster is not None:
            cluster.close()


def run(rows: list[dict], jobs: int = 1, engine: str = "local", scheduler: str | None = None) -> list[Tables]:
    """Analyse ``rows`` with the chosen engine ('local' processes or 'dask'); results in corpus order."""
    if engine == "dask":
        return run_dask(rows, jobs, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (use 'local' or 'dask')")
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    return run_local(rows, jobs)
