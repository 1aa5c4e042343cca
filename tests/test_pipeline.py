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



def test_batch_stage_by_stage_equals_each_article_alone(seed_path) -> None:
    """``analyze_batch_rows`` (stage by stage over many articles) gives every article's columns and dtypes
    exactly as analysing that article alone does, in the batch's order."""
    from helpers import paths
    from helpers.corpus import read_corpus

    extra = sorted(paths.ANNOTATED_ARTICLES.glob("*.txt"))[:5] if paths.ANNOTATED_ARTICLES.is_dir() else []
    rows = read_corpus([seed_path, *extra]).to_dict("records")
    rows = rows + [dict(rows[0], article_id="again", date="2022-03-01")]  # the same text on another date
    batch = pipeline.analyze_batch_rows(rows)
    assert len(batch) == len(rows)
    for row, got in zip(rows, batch):
        alone = pipeline.analyze_article_rows(row)
        assert got.columns == alone.columns, row["article_id"]
        assert got.dtypes == alone.dtypes
    whole = pipeline.analyze_rows(rows)
    one_by_one = pipeline.build_tables([pipeline.analyze_article_rows(r) for r in rows])
    for name in tables.CONTRACT:
        assert whole[name].equals(one_by_one[name]), name


def test_build_table_fills_a_column_some_articles_lack() -> None:
    """Articles whose columns differ (a stage added a column for some only) give one table: the missing
    cells are empty and the extra column comes after the contract's, as ``pd.concat`` would give."""
    import pandas as pd

    def part(aid: str, n: int, **extra: list) -> pipeline.ArticleRows:
        sents = {c: [aid] * n if c == "article_id" else list(range(n)) for c in tables.SENTENCES}
        return pipeline.ArticleRows({"sentences": {**sents, **extra}, "statements": {}, "events": {}, "articles": {}})

    a, b = part("a", 2, extra=["x", "y"]), part("b", 1)
    got = pipeline.build_table("sentences", [a, b])
    want = pd.concat([pd.DataFrame(a.columns["sentences"]), pd.DataFrame(b.columns["sentences"])], ignore_index=True)
    assert list(got.columns) == tables.SENTENCES + ["extra"]
    assert list(got["article_id"]) == ["a", "a", "b"] and list(got["sentence_id"]) == [0, 1, 0]
    assert list(got["extra"][:2]) == ["x", "y"] and pd.isna(got["extra"].iloc[2])
    assert got.equals(want[tables.SENTENCES + ["extra"]])
