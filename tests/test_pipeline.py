"""The pipeline: one article into the four contract tables, deterministic, dask not imported by default."""
from __future__ import annotations

import subprocess
import sys

from helpers import pipeline, tables


def test_seed_article_tables(seed_path) -> None:
    """The seed gives every contract table with its columns first and one article row."""
    data = pipeline.analyze([seed_path])
    for name, columns in tables.CONTRACT.items():
        assert list(data[name].columns[:len(columns)]) == columns, name
    assert len(data["articles"]) == 1
    assert data["articles"]["n_sentences"].iloc[0] == len(data["sentences"]) > 0
    assert data["sentences"]["sentiment"].between(-1, 1).all()


def test_rerun_is_identical(seed_path, tmp_path) -> None:
    """Two runs on the same input write the same bytes."""
    a = tables.write_tables(pipeline.analyze([seed_path]), tmp_path / "a")
    b = tables.write_tables(pipeline.analyze([seed_path]), tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_concat_of_parts_equals_whole(seed_path) -> None:
    """Concatenating chunk tables gives the same tables as concatenating the articles at once."""
    from helpers.corpus import read_corpus

    row = read_corpus([seed_path]).to_dict("records")[0]
    parts = [pipeline.analyze_article(dict(row, article_id=f"a{i}")) for i in range(3)]
    whole = pipeline.concat_tables(parts)
    chunked = pipeline.concat_tables([pipeline.concat_tables(parts[:1]), pipeline.concat_tables(parts[1:])])
    for name in tables.CONTRACT:
        assert whole[name].equals(chunked[name]), name


def test_single_process_does_not_import_dask(seed_path) -> None:
    """A normal run does not pay for importing Dask."""
    code = ("import sys; from helpers import pipeline; pipeline.analyze([sys.argv[1]]); "
            "print('distributed' in sys.modules or 'dask' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(seed_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
