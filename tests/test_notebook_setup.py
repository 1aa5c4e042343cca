"""helpers.notebook: a notebook's first step, from its parameters to tables and output folders."""
from helpers import notebook, pipeline, tables

from conftest import SEED


def test_setup_analyses_the_articles_when_no_tables_are_given(tmp_path):
    ctx = notebook.setup([str(SEED)], "", str(tmp_path / "out"))
    assert len(ctx.articles) == 1 and ctx.articles["date"].iloc[0] == "2021-02-10"
    assert len(ctx.sentences) == 15
    assert ctx.figures == tmp_path / "out" / "figures" and ctx.figures.is_dir()


def test_setup_reads_analysed_tables_when_given(tmp_path):
    data = pipeline.analyze([SEED])
    tables.write_tables(data, tmp_path / "tables")
    ctx = notebook.setup(["does/not/matter"], str(tmp_path / "tables"), str(tmp_path / "out"))
    assert ctx.sentences["text"].tolist() == data["sentences"]["text"].tolist()
    assert ctx.statements["stance_cues"].map(type).eq(str).all()


def test_relative_parameters_resolve_against_the_repository_root():
    assert notebook.resolve("data/articles") == notebook.paths.ROOT / "data" / "articles"
    assert notebook.resolve("/tmp") == notebook.resolve("/tmp").resolve()
