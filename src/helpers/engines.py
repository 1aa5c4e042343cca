"""Run the analysis of many articles in parallel: a local process pool, or a Dask cluster.

In: the corpus as a list of article rows (dicts of the corpus table), a number of jobs and,
for Dask, an optional scheduler address. Out: one dict of the four contract tables per
chunk of consecutive articles, in the corpus's order, so that concatenating them gives
exactly the tables of a single-process run. Dask is imported only when it is used.
"""
from __future__ import annotations

import math
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from . import pipeline

Tables = dict[str, pd.DataFrame]
MAX_CHUNK = 64  # articles per task: big enough to amortise the hand-over, small enough to balance
CHUNKS_PER_WORKER = 4  # tasks per worker, so that a slow chunk does not leave the others idle
PRELOAD = ["helpers.warm"]  # imported once in the fork server: workers start with the lexicons loaded


def chunk_size(n_articles: int, workers: int) -> int:
    """Return how many consecutive articles go into one task."""
    return max(1, min(MAX_CHUNK, math.ceil(n_articles / max(1, workers * CHUNKS_PER_WORKER))))


def chunked(rows: list[dict], size: int) -> Iterator[list[dict]]:
    """Yield consecutive slices of ``rows`` of at most ``size`` articles (order kept)."""
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def analyze_chunk(rows: list[dict]) -> Tables:
    """Analyse consecutive articles into one dict of the four tables (run in a worker; built once per chunk)."""
    return pipeline.analyze_rows(rows)


def run_local(rows: list[dict], jobs: int, initializer: Callable[[], None] | None = None) -> list[Tables]:
    """Analyse ``rows`` in ``jobs`` worker processes (fork server, modules preloaded); results in order."""
    if jobs <= 1 or len(rows) <= 1:
        return [analyze_chunk(rows)] if rows else []
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    workers = min(jobs, len(rows))
    size = chunk_size(len(rows), workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        return list(pool.map(analyze_chunk, chunked(rows, size)))


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
        size = chunk_size(len(rows), dask_workers(client))
        futures = client.map(analyze_chunk, list(chunked(rows, size)), pure=False)
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
