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
