"""Parallel engines give the single-process tables, byte for byte: a local process pool and a Dask cluster."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import engines, pipeline, tables
from helpers.corpus import read_corpus

N_ARTICLES = 6


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory, ) -> Path:
    """A few distinct articles made from the seed (paragraphs rotated, dates varied)."""
    from helpers import paths

    seed = read_corpus([paths.ARTICLES / "2021-02-10_pocketnow_twitter-blocking-orders.txt"])["body"].iloc[0]
    paras = [p for p in seed.split("\n\n") if p.strip()]
    folder = tmp_path_factory.mktemp("engine_corpus")
    for i in range(N_ARTICLES):
        body = "\n\n".join(paras[i % len(paras):] + paras[:i % len(paras)] + paras[:i // len(paras)])
        (folder / f"a{i}.txt").write_text(f" date 2021-02-{10 + i:02d} {body}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def single(corpus_dir: Path) -> dict:
    """The tables of the single-process run."""
    return pipeline.analyze([corpus_dir])


def csv_bytes(data: dict, folder: Path) -> dict[str, bytes]:
    """Write the tables into ``folder`` and return each file's bytes."""
    return {p.name: p.read_bytes() for p in tables.write_tables(data, folder)}


def test_chunks_keep_order() -> None:
    """Chunks are consecutive slices that cover every article once, in order."""
    rows = [{"i": i} for i in range(103)]
    size = engines.chunk_size(len(rows), 2)
    parts = list(engines.chunked(rows, size))
    assert [r["i"] for p in parts for r in p] == list(range(103))
    assert 1 <= size <= engines.MAX_CHUNK and len(parts) >= 2


def test_guided_chunks_shrink_toward_the_end_and_keep_order() -> None:
    rows = [{"i": i} for i in range(1000)]
    parts = list(engines.guided(rows, 2))
    assert [r["i"] for p in parts for r in p] == list(range(1000))
    sizes = [len(p) for p in parts]
    assert sizes[0] == engines.MAX_CHUNK and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= engines.MIN_CHUNK and max(sizes) <= engines.MAX_CHUNK


def test_local_pool_identical(corpus_dir: Path, single: dict, tmp_path: Path) -> None:
    """--jobs 2 on the local engine writes the same bytes as one process."""
    assert len(single["articles"]) == N_ARTICLES
    parallel = pipeline.analyze([corpus_dir], jobs=2)
    assert csv_bytes(parallel, tmp_path / "p") == csv_bytes(single, tmp_path / "s")


def test_dask_local_cluster_identical(corpus_dir: Path, single: dict, tmp_path: Path) -> None:
    """--engine dask on a 2-worker LocalCluster writes the same bytes as one process."""
    pytest.importorskip("distributed")
    dask = pipeline.analyze([corpus_dir], jobs=2, engine="dask")
    assert csv_bytes(dask, tmp_path / "d") == csv_bytes(single, tmp_path / "s")


def test_bad_engine_options(corpus_dir: Path) -> None:
    """Unknown engines, a scheduler without Dask and jobs < 1 are refused with a clear message."""
    frame = read_corpus([corpus_dir])
    with pytest.raises(ValueError, match="unknown engine"):
        pipeline.analyze_corpus(frame, jobs=2, engine="spark")
    with pytest.raises(ValueError, match="needs --engine dask"):
        pipeline.analyze_corpus(frame, engine="local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="at least 1"):
        pipeline.analyze_corpus(frame, jobs=0)


def test_workers_are_forked_from_the_warmed_process_on_linux() -> None:
    """On Linux the pool forks this process after warming it (no fork server to start and warm again)."""
    import sys

    method = engines.start_method()
    if sys.platform.startswith("linux"):
        assert method == "fork"
        engines.pool_context()
        assert "helpers.warm" in sys.modules
    else:
        assert method in ("forkserver", "spawn")


def test_frozen_heap_hands_objects_back_to_the_collector() -> None:
    """``frozen_heap`` freezes the heap only while workers are forked, and only for a fork context."""
    import gc
    import multiprocessing

    assert gc.get_freeze_count() == 0
    if "fork" in multiprocessing.get_all_start_methods():
        with engines.frozen_heap(multiprocessing.get_context("fork")):
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() == 0
    with engines.frozen_heap(multiprocessing.get_context("spawn")):
        assert gc.get_freeze_count() == 0


def test_local_pool_with_a_fork_server_is_identical_too(corpus_dir: Path, single: dict, tmp_path: Path,
                                                        monkeypatch) -> None:
    """Where fork is not used (macOS, Windows), the fork-server pool writes the same bytes as one process."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    monkeypatch.setattr(engines, "start_method", lambda: "forkserver")
    rows = read_corpus([corpus_dir]).to_dict("records")
    parallel = pipeline.concat_tables(engines.run_local(rows, 2))
    assert csv_bytes(parallel, tmp_path / "p") == csv_bytes(single, tmp_path / "s")
