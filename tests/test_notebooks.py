"""Notebooks: committed clean, a parameters cell first, and all executed on the seed article."""
import json

import pandas as pd
import pytest

from helpers import paths, report, tables

NOTEBOOKS = report.notebook_paths()


def test_the_six_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == ["10_corpus", "20_statements", "30_sentiment_stance", "40_timeline",
                                           "50_context", "90_validation"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_with_parameters_first(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), f"{path.name} has outputs"
    assert "parameters" in code[0]["metadata"].get("tags", [])
    assert nb["cells"][0]["cell_type"] == "markdown" and "**Question.**" in "".join(nb["cells"][0]["source"])


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("report") / "reports"
    report.run_report([seed_path], out, jobs=2)
    return out


def test_report_executes_every_notebook(seed_report):
    executed = sorted((seed_report / "notebooks").glob("*.ipynb"))
    assert [p.name for p in executed] == [p.name for p in NOTEBOOKS]
    for path in executed:
        nb = json.loads(path.read_text(encoding="utf-8"))
        counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(counts), f"{path.name}: a cell did not run"
        errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors


def test_report_has_charts_in_three_formats_with_data(seed_report):
    figures = seed_report / "figures"
    names = sorted(p.stem for p in figures.glob("*.png"))
    assert len(names) >= 5
    for name in names:
        for ext in ("svg", "pdf", "csv"):
            assert (figures / f"{name}.{ext}").stat().st_size > 0
        assert name[:2] in {p.stem[:2] for p in NOTEBOOKS}
    from PIL import Image

    dpi = Image.open(figures / "30_sentiment_by_side.png").info["dpi"]
    assert round(dpi[0]) >= 200
    plotted = pd.read_csv(figures / "30_sentiment_by_side.csv")
    assert {"government", "platform"} <= set(plotted["side"])


def test_report_has_tables_and_self_contained_html(seed_report):
    for name, columns in tables.CONTRACT.items():
        assert list(pd.read_csv(seed_report / f"{name}.csv").columns[: len(columns)]) == columns
    html = (seed_report / "report.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64") >= 5
    assert "Validation" in html and "Timeline" in html


def test_report_html_shows_each_chart_once_with_alt_text_and_works_offline(seed_report):
    import re

    from bs4 import BeautifulSoup

    html = (seed_report / "report.html").read_text(encoding="utf-8")
    images = BeautifulSoup(html, "html.parser").find_all("img")
    sources = [img["src"] for img in images]
    charts = sorted(p.stem for p in (seed_report / "figures").glob("*.png"))
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert len(sources) == len(set(sources)) == len(charts)  # every exported chart, each exactly once
    alts = [img.get("alt", "") for img in images]
    assert all(alts) and "No description has been provided for this image" not in alts
    assert all(not re.fullmatch(r"\d\d_\w+", a) for a in alts), alts  # the chart titles, not file names
    assert report.external_urls(html) == []
    assert "<script src=" not in html and "<details open" in html  # the static explorer, no scripts needed


def test_report_tables_show_counts_as_integers_and_missing_values_blank(seed_report):
    from bs4 import BeautifulSoup

    page = BeautifulSoup((seed_report / "report.html").read_text(encoding="utf-8"), "html.parser")
    cells = [td.get_text().strip() for table in page.find_all("table") for td in table.find_all("td")]
    assert cells and not {"NaN", "nan", "<NA>", "None"} & set(cells)
    assert "500" in cells and "500.0" not in cells  # the seed's "more than 500 accounts"


def test_corpus_chart_is_not_the_sentences_by_side_chart(seed_report):
    figures = seed_report / "figures"
    assert (figures / "10_corpus.png").read_bytes() != (figures / "20_sentences_by_side.png").read_bytes()
    assert (figures / "10_corpus.csv").read_text() != (figures / "20_sentences_by_side.csv").read_text()
    assert "n_sentences" in pd.read_csv(figures / "10_corpus.csv").columns


def test_report_folder_is_readable_by_others(seed_report):
    import os
    import stat

    umask = os.umask(0)
    os.umask(umask)
    for path in [seed_report, *seed_report.rglob("*")]:
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_validation_charts_of_the_dev_set_say_so_in_their_caption():
    import nbformat

    nb = nbformat.read(paths.NOTEBOOKS / "90_validation.ipynb", as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "validation.headline_intervals(matched)" in cell.source or (
                cell.cell_type == "code" and "charts.confusion_heatmap" in cell.source):
            caption = nb.cells[i + 1]
            assert caption.cell_type == "markdown" and "dev set (in-sample)" in caption.source.lower(), cell.source


def test_failed_run_keeps_the_previous_report(tmp_path, seed_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "keep.txt").write_text("previous report", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("", encoding="utf-8")
    with pytest.raises(Exception):
        report.run_report([bad], out)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".reports")] == []
