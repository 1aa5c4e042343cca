"""helpers.report and helpers.cache: exact articles through papermill, atomic replacement, incremental reruns.

These tests run small notebooks written here (one kernel each) instead of the project's six, to stay
fast; tests/test_notebooks.py runs the real ones.
"""
from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from helpers import cache, corpus, report, tables


def tiny_notebook(folder, name: str, body: str) -> object:
    """Write a notebook with a parameters cell and one code cell ``body``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('articles = []\ntables = ""\nout = "reports"\nwidgets = True')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("**Question.** test"), params, nbformat.v4.new_code_cell(body)]
    path = folder / name
    nbformat.write(nb, path)
    return path


RECORD = ("import json, pathlib\n"
          "pathlib.Path(out, 'seen.json').write_text(json.dumps({'articles': articles, 'widgets': widgets,\n"
          "    'n': len(open(pathlib.Path(tables, 'articles.csv')).read().splitlines()) - 1}))")


@pytest.fixture
def notebooks(tmp_path):
    """One recording notebook and one that fails in its second code cell."""
    folder = tmp_path / "nbs"
    folder.mkdir()
    return {"ok": tiny_notebook(folder, "10_ok.ipynb", RECORD),
            "fail": tiny_notebook(folder, "20_fail.ipynb", "raise ValueError('planted failure')")}


def test_report_gets_exactly_the_articles_skips_bad_files_and_lists_them(tmp_path, seed_path, notebooks):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = tmp_path / "reports"
    result = report.run_report([seed_path, bad], out, jobs=1, notebooks=[notebooks["ok"]])
    seen = json.loads((out / "seen.json").read_text(encoding="utf-8"))
    assert seen == {"articles": [str(seed_path.resolve()), str(bad.resolve())], "widgets": False, "n": 1}
    assert result.n_articles == 1 and result.errors == [f"{bad}: empty file (no text to analyse)"]
    problems = pd.read_csv(out / "problems.csv")
    assert problems.values.tolist() == [["error", f"{bad}: empty file (no text to analyse)"]]
    assert (out / "report.html").exists() and (out / report.MARKER).exists()
    assert (out / "notebooks" / "10_ok.ipynb").exists()
    # the saved notebook reruns on the report's own tables, not on the staging folder that was removed
    injected = [c for c in json.loads((out / "notebooks" / "10_ok.ipynb").read_text(encoding="utf-8"))["cells"]
                if "injected-parameters" in c["metadata"].get("tags", [])]
    source = "".join(injected[0]["source"])
    assert f'tables = "{out.resolve()}"' in source and ".tmp-" not in source


def test_failed_notebook_names_notebook_and_cell_and_keeps_the_previous_report(tmp_path, seed_path, notebooks):
    out = tmp_path / "reports"
    report.run_report([seed_path], out, jobs=1, notebooks=[notebooks["ok"]])
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(report.ReportError) as err:
        report.run_report([seed_path], out, jobs=2, notebooks=[notebooks["ok"], notebooks["fail"]])
    message = str(err.value)
    assert message.startswith("20_fail.ipynb: cell In [") and "ValueError: planted failure" in message
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "reports"]


CHART = ("import matplotlib.pyplot as plt, pandas as pd\n"
         "from helpers import notebook\n"
         "fig, ax = plt.subplots()\n"
         "ax.plot([1, 2], [3, 4])\n"
         "ax.set_title('A test chart (N=2)')\n"
         "notebook.show_chart(fig, pd.DataFrame({'x': [1, 2]}), '10_test', pathlib.Path(out) / 'figures')")


def test_html_shows_each_chart_once_with_alt_text_and_loads_nothing_from_the_web(tmp_path, seed_path):
    nb_path = tiny_notebook(tmp_path, "10_chart.ipynb", "%matplotlib inline\nimport pathlib\n" + CHART)
    out = tmp_path / "reports"
    report.run_report([seed_path], out, jobs=1, notebooks=[nb_path])
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count("<img") == 1 and 'alt="A test chart (N=2)"' in page
    assert "No description has been provided" not in page
    assert report.external_urls(page) == []
    assert "require.js" not in page and "mermaid" not in page.lower() and "mathjax" not in page.lower()


def test_external_urls_finds_cdn_scripts_and_stylesheets():
    page = ('<script src="https://cdnjs.cloudflare.com/require.min.js"></script><script>var a = 1;</script>'
            "<link rel='stylesheet' href='//cdn.example.org/x.css'><link rel=icon href=data:,>")
    assert report.external_urls(page) == ["https://cdnjs.cloudflare.com/require.min.js", "//cdn.example.org/x.css"]


def test_report_files_get_the_modes_of_the_users_umask(tmp_path, seed_path, notebooks):
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "reports"
        report.run_report([seed_path], out, jobs=1, notebooks=[notebooks["ok"]])
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    for path in out.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path


def test_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path, seed_path, notebooks):
    (tmp_path / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(report.ReportError, match="not a report folder"):
        report.run_report([seed_path], tmp_path, jobs=1, notebooks=[notebooks["ok"]])
    assert (tmp_path / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_cached_rerun_reuses_articles_and_gives_identical_tables(tmp_path, seed_path, fixtures):
    articles = corpus.load_corpus([seed_path, fixtures / "2021-02-03_ministry-notice.md"]).articles
    cold, stats = cache.analyze(articles)
    assert (stats.reused, stats.computed) == (0, 2)
    warm, stats = cache.analyze(articles)
    assert (stats.reused, stats.computed) == (2, 0)
    forced, stats = cache.analyze(articles, force=True)
    assert (stats.reused, stats.computed) == (0, 2)
    for name, data in (("cold", cold), ("warm", warm), ("forced", forced)):
        tables.write_tables(data, tmp_path / name)
    for table in tables.CONTRACT:
        blobs = {(tmp_path / n / f"{table}.csv").read_bytes() for n in ("cold", "warm", "forced")}
        assert len(blobs) == 1, table


def test_cache_entry_follows_metadata_and_code_version(tmp_path, seed_path, monkeypatch):
    articles = corpus.load_corpus([seed_path]).articles
    cache.analyze(articles)
    moved = articles.assign(path="/elsewhere/seed.txt", title="A new title")
    data, stats = cache.analyze(moved)
    assert stats.reused == 1 and data["articles"][["path", "title"]].values.tolist() == [["/elsewhere/seed.txt", "A new title"]]
    redated = articles.assign(date="2021-03-01")
    assert cache.analyze(redated)[1].computed == 1  # events depend on the date
    monkeypatch.setattr(cache, "code_version", lambda: "changedcode00")
    assert cache.analyze(articles)[1].computed == 1


def test_a_corrupt_cache_entry_is_recomputed(seed_path):
    articles = corpus.load_corpus([seed_path]).articles
    cache.analyze(articles)
    entry = cache.entry_path(articles.to_dict("records")[0])
    entry.write_bytes(b"not a pickle")
    data, stats = cache.analyze(articles)
    assert (stats.unreadable, stats.computed) == (1, 1) and len(data["sentences"]) == 15


def test_cli_report_exits_2_for_bad_files_but_writes_the_report(cli, tmp_path, seed_path, monkeypatch, notebooks):
    monkeypatch.setattr(report, "notebook_paths", lambda: [notebooks["ok"]])
    from helpers import cli as cli_module

    bad = tmp_path / "undated.txt"
    bad.write_text("No date here.", encoding="utf-8")
    status = cli_module.main(["report", str(seed_path), str(bad), "--out", str(tmp_path / "r"), "--jobs", "1"])
    assert status == 2 and (tmp_path / "r" / "report.html").exists()


def test_notebooks_run_longest_first_as_timed_in_the_previous_report(tmp_path):
    sources = [tmp_path / f"{n}_x.ipynb" for n in ("10", "20", "30")]
    previous = tmp_path / "previous"
    (previous / "notebooks").mkdir(parents=True)
    for source, seconds in zip(sources, (1.0, 5.0, 2.0)):
        nb = nbformat.v4.new_notebook()
        nb.metadata["papermill"] = {"duration": seconds}
        nbformat.write(nb, previous / "notebooks" / source.name)
    assert [s.name[:2] for s in report.longest_first(sources, previous)] == ["20", "30", "10"]
    # no previous report (or an unreadable one): the later, heavier notebooks first
    assert [s.name[:2] for s in report.longest_first(sources, tmp_path / "none")] == ["30", "20", "10"]
    (previous / "notebooks" / "20_x.ipynb").write_text("not json", encoding="utf-8")
    assert [s.name[:2] for s in report.longest_first(sources, previous)] == ["30", "10", "20"]
