"""The benchmark runs (smoke run only: no speed is asserted) and writes its figures."""
from __future__ import annotations

import csv
import subprocess
import sys

from helpers import paths

BENCH = paths.ROOT / "benchmarks" / "bench.py"


def test_bench_quick_writes_csv(tmp_path) -> None:
    """bench.py --quick writes one row per scorer with positive rates and identical tables."""
    out = tmp_path / "bench.csv"
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--out", str(out)], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["sentiment"] for r in rows] == ["fast", "exact_nltk"]
    for row in rows:
        assert set(row) >= {"articles", "jobs", "sentences_per_s", "vader_sentences_per_s", "ratio",
                            "seconds_per_1000_articles", "peak_mb"}
        assert int(row["articles"]) == 20 and int(row["sentences"]) > 0
        assert float(row["sentences_per_s"]) > 0 and float(row["vader_sentences_per_s"]) > 0
        assert float(row["ratio"]) > 0 and float(row["peak_mb"]) > 0
    assert rows[0]["tables_sha256"] == rows[1]["tables_sha256"]


def test_unique_corpus_repeats_far_fewer_sentences(tmp_path) -> None:
    """--unique varies numbers and words, so a text-keyed cache cannot flatter the benchmark."""
    import random

    sys.path.insert(0, str(BENCH.parent))
    try:
        import bench
    finally:
        sys.path.remove(str(BENCH.parent))
    varied = bench.vary("The ministry sent 12 orders in the week.", random.Random(1))
    assert "12" not in varied and varied.endswith("week.") and len(varied.split()) == 8

    def distinct_share(folder):
        paragraphs = [p for f in folder.glob("*.txt") for p in f.read_text(encoding="utf-8").split("\n\n")[1:]]
        return len(set(paragraphs)) / len(paragraphs)

    (tmp_path / "plain").mkdir()
    (tmp_path / "varied").mkdir()
    bench.build_corpus(tmp_path / "plain", 60)
    bench.build_corpus(tmp_path / "varied", 60, unique=True)
    assert distinct_share(tmp_path / "varied") > 0.9 > distinct_share(tmp_path / "plain")


def test_speedups_compare_each_parallel_run_with_one_job() -> None:
    """The speed-up lines divide the one-job seconds of the same corpus and scorer by the run's seconds."""
    sys.path.insert(0, str(BENCH.parent))
    try:
        import bench
    finally:
        sys.path.remove(str(BENCH.parent))
    rows = [{"articles": 100, "sentiment": "fast", "jobs": 1, "seconds": 3.0},
            {"articles": 100, "sentiment": "fast", "jobs": 2, "seconds": 2.0},
            {"articles": 200, "sentiment": "fast", "jobs": 2, "seconds": 1.0}]
    assert bench.speedups(rows) == ["100 articles, fast: 2 jobs 1.50x one job"]
