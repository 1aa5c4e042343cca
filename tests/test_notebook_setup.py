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


def test_tables_show_whole_counts_as_integers_and_blanks_for_missing_values():
    import math

    import pandas as pd

    frame = pd.DataFrame({"count": [500.0, float("nan")], "score": [0.25, float("nan")], "unit": ["accounts", None]})
    shown = notebook.tidy_for_display(frame)
    assert shown.values.tolist() == [[500, 0.25, "accounts"], ["", "", ""]]
    assert math.isnan(frame["count"].iloc[1])  # the data itself is unchanged
    page = notebook.frame_html(frame)
    assert ">500<" in page and "500.0" not in page and "NaN" not in page and "None" not in page


def test_a_chart_is_exported_closed_and_shown_once_with_its_title_as_alt_text(tmp_path):
    import matplotlib.pyplot as plt
    import pandas as pd

    fig, ax = plt.subplots()
    ax.set_title("Tone by side (N=3)", loc="left")
    image = notebook.show_chart(fig, pd.DataFrame({"x": [1]}), "30_test", tmp_path)
    assert not plt.fignum_exists(fig.number)  # closed: the inline backend will not draw it again
    assert {p.name for p in tmp_path.iterdir()} == {"30_test.png", "30_test.svg", "30_test.pdf", "30_test.csv"}
    data, metadata = image._repr_png_()
    assert image.data == (tmp_path / "30_test.png").read_bytes() and metadata["alt"] == "Tone by side (N=3)"
