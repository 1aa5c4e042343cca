"""helpers.notebook: a notebook's first step, from its parameters to tables and output folders."""
import pytest

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


def test_one_path_as_a_string_is_a_list_of_one(tmp_path):
    # papermill -p articles data/articles passes a string: it names one folder, not one path per character
    ctx = notebook.setup("data/articles", "", str(tmp_path / "out"))
    assert ctx.articles["path"].tolist() == [str(SEED)]
    assert notebook.article_paths(SEED) == [str(SEED)] and notebook.article_paths(("a", "b")) == ["a", "b"]


@pytest.mark.parametrize("value, shown", [(5, "got 5 (int)"), ({"a": 1}, "got {'a': 1} (dict)"),
                                          (["data/articles", 3], "got the item 3 (int)"), (None, "got None (NoneType)"),
                                          ([], "empty ([] (list))"), ("  ", "empty ('  ' (str))")])
def test_any_other_articles_value_is_a_one_line_error(tmp_path, value, shown):
    with pytest.raises(notebook.ParameterError) as err:
        notebook.setup(value, "", str(tmp_path / "out"))
    message = str(err.value)
    assert message.startswith("parameter articles: ") and shown in message and "\n" not in message
    assert not (tmp_path / "out").exists()  # stopped before anything was written


def test_wrong_folder_parameters_are_one_line_errors(tmp_path):
    with pytest.raises(notebook.ParameterError, match=r"^parameter out: expected a folder path \(a string\), got 3"):
        notebook.setup([str(SEED)], "", 3)
    with pytest.raises(notebook.ParameterError, match=r"^parameter tables: .*nowhere holds no articles.csv"):
        notebook.setup([str(SEED)], str(tmp_path / "nowhere"), str(tmp_path / "out"))


def test_papermill_passes_a_string_parameter_that_setup_reads_as_one_folder(tmp_path):
    import subprocess
    import sys

    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('articles = ["data/articles"]\ntables = ""\nout = "reports"')
    params.metadata["tags"] = ["parameters"]
    body = ("from helpers import notebook\nctx = notebook.setup(articles, tables, out)\n"
            "open(out + '/n.txt', 'w').write(str(len(ctx.articles)))")
    nb.cells = [params, nbformat.v4.new_code_cell(body)]
    nbformat.write(nb, tmp_path / "in.ipynb")
    done = subprocess.run([sys.executable, "-m", "papermill", str(tmp_path / "in.ipynb"), str(tmp_path / "out.ipynb"),
                           "-p", "articles", str(SEED.parent), "-p", "out", str(tmp_path), "--cwd",
                           str(notebook.paths.ROOT), "-k", "python3"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "n.txt").read_text() == "1"
