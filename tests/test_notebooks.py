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
