"""helpers.report and helpers.cache: exact articles through papermill, atomic replacement, incremental reruns.

These tests run small notebooks written here (one kernel each) instead of the project's six, to stay
fast; tests/test_notebooks.py runs the real ones.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

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


# --- session 12: a report replaces only its own entries; the validation notebook is reused; the CLI's last line


def tree(folder) -> dict:
    """Every file under ``folder`` (hidden ones included) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_rerun_replaces_its_own_entries_and_keeps_other_reports_and_files(tmp_path, seed_path, fixtures, notebooks):
    reports = tmp_path / "reports"
    # the README's sequence on a fresh clone: another dispute's report first (reports/ holds only it), then the seed's
    report.run_report([fixtures / "2021-02-03_ministry-notice.md"], reports / "my_dispute", jobs=1,
                      notebooks=[notebooks["ok"]])
    (reports / "bench.csv").write_text("corpus,seconds\n1,0.5\n", encoding="utf-8")  # make bench writes it here
    report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"]])
    kept = tree(reports / "my_dispute")
    stale = tiny_notebook(tmp_path / "nbs", "15_stale.ipynb",
                          "import pathlib\npathlib.Path(out, 'stale.txt').write_text('from the first run')")
    report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"], stale])
    (reports / "notes.txt").write_text("mine", encoding="utf-8")  # a file the user keeps beside the report
    report.run_report([seed_path, fixtures / "2021-02-03_ministry-notice.md"], reports, jobs=1,
                      notebooks=[notebooks["ok"]])
    assert tree(reports / "my_dispute") == kept and (reports / "my_dispute" / report.MARKER).exists()
    assert (reports / "bench.csv").read_text(encoding="utf-8") == "corpus,seconds\n1,0.5\n"
    assert (reports / "notes.txt").read_text(encoding="utf-8") == "mine"
    # the report's own entries are the new run's: the second notebook's file (written by the report) is gone
    assert json.loads((reports / "seen.json").read_text(encoding="utf-8"))["n"] == 2
    assert not (reports / "stale.txt").exists() and not (reports / "notebooks" / "15_stale.ipynb").exists()
    assert sorted(p.name for p in reports.iterdir()) == sorted(
        [report.MARKER, "articles.csv", "bench.csv", "events.csv", "my_dispute", "notebooks", "notes.txt",
         "problems.csv", "report.html", "seen.json", "sentences.csv", "statements.csv"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "reports"]  # no staging or moved-aside folder left


def test_a_report_folder_older_than_the_entry_list_keeps_its_nested_reports(tmp_path, seed_path, notebooks):
    reports = tmp_path / "reports"
    report.run_report([seed_path], reports / "veloria", jobs=1, notebooks=[notebooks["ok"]])
    for name in ("report.html", "articles.csv"):
        (reports / name).write_text("old", encoding="utf-8")
    (reports / "figures").mkdir()
    (reports / report.MARKER).write_text("written by python -m helpers report\n", encoding="utf-8")  # session 11
    assert "veloria" not in report.own_entries(reports) and "figures" in report.own_entries(reports)
    kept = tree(reports / "veloria")
    report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"]])
    assert tree(reports / "veloria") == kept
    assert (reports / "report.html").read_text(encoding="utf-8") != "old"
    assert not (reports / "figures").exists() or not any((reports / "figures").iterdir())


@pytest.mark.parametrize("failing_move", [3, 14])  # the 3rd: while moving the old entries aside; the 14th: moving in
def test_a_failed_swap_puts_every_entry_of_the_previous_report_back(tmp_path, seed_path, notebooks, monkeypatch,
                                                                     failing_move):
    from pathlib import Path

    reports = tmp_path / "reports"
    report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"]])
    report.run_report([seed_path], reports / "other", jobs=1, notebooks=[notebooks["ok"]])
    before = tree(reports)
    real_rename = Path.rename
    calls = []

    def rename(self, target):
        calls.append(self.name)
        if len(calls) == failing_move:  # the previous report has 10 entries to move aside
            raise OSError("disk trouble")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="disk trouble"):
        report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"]])
    monkeypatch.undo()
    assert tree(reports) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "reports"]


def test_an_output_folder_inside_a_report_or_beside_foreign_files_is_refused(tmp_path, seed_path, notebooks):
    reports = tmp_path / "reports"
    report.run_report([seed_path], reports, jobs=1, notebooks=[notebooks["ok"]])
    with pytest.raises(report.ReportError, match="part of the report in"):
        report.run_report([seed_path], reports / "notebooks", jobs=1, notebooks=[notebooks["ok"]])
    mixed = tmp_path / "mixed"
    report.run_report([seed_path], mixed / "a_report", jobs=1, notebooks=[notebooks["ok"]])
    (mixed / "thesis.docx").write_text("keep me", encoding="utf-8")
    with pytest.raises(report.ReportError, match="not a report folder.*'thesis.docx'"):
        report.run_report([seed_path], mixed, jobs=1, notebooks=[notebooks["ok"]])
    assert (mixed / "thesis.docx").read_text(encoding="utf-8") == "keep me"


INDEPENDENT = ("from helpers import notebook\n"
               "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt, pandas as pd\n"
               "ctx = notebook.setup(articles, tables, out)\n"
               "with open(RUNS, 'a') as f:\n"
               "    f.write(out + '\\n')\n"
               "fig, ax = plt.subplots()\nax.set_title('Scores (N=2)')\n"
               "ctx.chart(fig, pd.DataFrame({'x': [1, 2]}), '90_scores')")


def test_the_article_independent_notebook_runs_once_and_is_reused_by_later_reports(tmp_path, seed_path, fixtures,
                                                                                    notebooks, monkeypatch):
    folder = tmp_path / "work" / "nbs"
    folder.mkdir(parents=True)
    runs = tmp_path / "runs.txt"  # the notebook appends its out folder here each time it really runs
    independent = tiny_notebook(folder, "90_indep.ipynb", INDEPENDENT.replace("RUNS", json.dumps(str(runs))))
    monkeypatch.setattr(report, "ARTICLE_INDEPENDENT", {"90_indep.ipynb"})
    first, second = tmp_path / "work" / "seed", tmp_path / "work" / "other"
    made = report.run_report([seed_path], first, jobs=2, notebooks=[notebooks["ok"], independent])
    assert made.reused == [] and len(runs.read_text(encoding="utf-8").splitlines()) == 1
    again = report.run_report([fixtures / "2021-02-03_ministry-notice.md"], second, jobs=2,
                              notebooks=[notebooks["ok"], independent])
    assert again.reused == ["90_indep.ipynb"] and len(runs.read_text(encoding="utf-8").splitlines()) == 1
    for out in (first, second):
        figures = sorted(p.name for p in (out / "figures").iterdir())
        assert figures == ["90_scores.csv", "90_scores.pdf", "90_scores.png", "90_scores.svg"]
        assert (out / "figures" / "90_scores.png").read_bytes() == (first / "figures" / "90_scores.png").read_bytes()
        cells = json.loads((out / "notebooks" / "90_indep.ipynb").read_text(encoding="utf-8"))["cells"]
        assert all(c["execution_count"] for c in cells if c["cell_type"] == "code")  # shown as run, every cell
        injected = [c for c in cells if "injected-parameters" in c["metadata"].get("tags", [])]
        source = "".join(injected[0]["source"])
        assert f'out = "{out}"' in source and f'tables = "{out}"' in source and ".tmp-" not in source
        page = (out / "report.html").read_text(encoding="utf-8")
        assert page.count("<img") == 1 and 'alt="Scores (N=2)"' in page
    assert "2021-02-03_ministry-notice.md" in source  # the second report's notebook names its own articles
    report.run_report([seed_path], first, jobs=2, force=True, notebooks=[notebooks["ok"], independent])
    assert len(runs.read_text(encoding="utf-8").splitlines()) == 2  # FORCE=1 runs it again
    independent.write_text(independent.read_text(encoding="utf-8").replace("Scores", "Scores by set"),
                           encoding="utf-8")
    changed = report.run_report([seed_path], first, jobs=2, notebooks=[notebooks["ok"], independent])
    assert changed.reused == [] and len(runs.read_text(encoding="utf-8").splitlines()) == 3
    assert len(list(report.notebook_cache_dir().iterdir())) == 1  # the entry of the older version is gone


def test_the_reuse_key_follows_labels_and_gold_articles_but_not_other_articles(tmp_path, monkeypatch):
    data = tmp_path / "data"
    for name in ("annotations", "articles", "raw", "lexicons", "models"):
        (data / name).mkdir(parents=True)
    (data / "annotations" / "2021-02-01_wire_a_statements.csv").write_text("article,text\n", encoding="utf-8")
    (data / "articles" / "2021-02-01_wire_a.txt").write_text(" date 2021-02-01 A.", encoding="utf-8")
    monkeypatch.setattr(report.paths, "DATA", data)
    monkeypatch.setattr(report.paths, "ARTICLES", data / "articles")
    monkeypatch.setattr(report.paths, "RAW", data / "raw")
    source = report.notebook_paths()[-1]
    key = report.independent_key(source)
    (data / "articles" / "2025-03-06_new_dispute.txt").write_text(" date 2025-03-06 B.", encoding="utf-8")
    (data / "raw" / "page.html").write_text("<p>fetched</p>", encoding="utf-8")
    assert report.independent_key(source) == key
    (data / "articles" / "2021-02-01_wire_a.txt").write_text(" date 2021-02-01 A, edited.", encoding="utf-8")
    assert report.independent_key(source) != key
    key = report.independent_key(source)
    (data / "annotations" / "2021-02-01_wire_a_statements.csv").write_text("article,text\na,b\n", encoding="utf-8")
    assert report.independent_key(source) != key


def test_the_validation_notebook_reads_nothing_of_the_articles():
    """90_validation is reused across reports (ARTICLE_INDEPENDENT): its cells may use ``ctx`` only to export charts
    and never the ``articles`` or ``tables`` parameters beyond ``notebook.setup``."""
    import ast

    assert report.ARTICLE_INDEPENDENT == {"90_validation.ipynb"}
    nb = json.loads((report.paths.NOTEBOOKS / "90_validation.ipynb").read_text(encoding="utf-8"))
    body = "\n".join("".join(c["source"]) for c in nb["cells"]
                     if c["cell_type"] == "code" and "parameters" not in c["metadata"].get("tags", []))
    setup = "ctx = notebook.setup(articles, tables, out)"
    assert body.count(setup) == 1
    tree_ = ast.parse(body.replace(setup, ""))
    used = {n.attr for n in ast.walk(tree_) if isinstance(n, ast.Attribute) and getattr(n.value, "id", "") == "ctx"}
    names = {n.id for n in ast.walk(tree_) if isinstance(n, ast.Name)}
    assert used == {"chart"} and not names & {"articles", "tables"}


def test_cli_report_ends_with_one_line_saying_the_report_was_written(tmp_path, seed_path, monkeypatch, notebooks,
                                                                      capsys):
    monkeypatch.setattr(report, "notebook_paths", lambda: [notebooks["ok"]])
    from helpers import cli as cli_module

    bad = tmp_path / "undated.txt"
    bad.write_text("No date here.", encoding="utf-8")
    out = tmp_path / "r"
    status = cli_module.main(["report", str(seed_path), str(bad), "--out", str(out), "--jobs", "1"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out.strip().splitlines()[-1] == (
        f"report on 1 article (0 from the cache) written to {out}/ (1 input problem, see {out}/problems.csv)")
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: no date")
    status = cli_module.main(["report", str(seed_path), str(bad), "--out", str(out), "--jobs", "1", "--allow-skipped"])
    assert status == 0 and "1 input problem, see" in capsys.readouterr().out
    status = cli_module.main(["report", str(seed_path), "--out", str(out), "--jobs", "1"])
    assert status == 0 and capsys.readouterr().out.strip().splitlines()[-1] == (
        f"report on 1 article (1 from the cache) written to {out}/")


def test_cli_report_says_no_report_was_written_when_nothing_is_readable(tmp_path, monkeypatch, notebooks, capsys):
    monkeypatch.setattr(report, "notebook_paths", lambda: [notebooks["ok"]])
    from helpers import cli as cli_module

    bad = tmp_path / "undated.txt"
    bad.write_text("No date here.", encoding="utf-8")
    out = tmp_path / "r"
    status = cli_module.main(["report", str(bad), "--out", str(out), "--allow-skipped"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and err[-1] == f"no report written ({out} left as it was)" and str(bad) in err[0]
    assert not out.exists()


def test_setup_analyses_the_gold_sets_the_validation_notebook_scores(tmp_path, monkeypatch):
    """`make setup` runs `python -m helpers.warm gold`: every hand-labelled set is then in the per-article cache, so
    the first report after set-up does not analyse ~600 gold articles in its validation notebook."""
    from helpers import cache, corpus, validation, warm

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.GOLD_CACHE_ENV, raising=False)  # as under `make setup` (the suite shares a gold folder)
    validation.forget_inputs()
    sets = validation.gold_sets()
    folder = sets["round61"]  # one set checked: the same code path serves every set
    monkeypatch.setattr(validation, "gold_sets", lambda: {"round61": folder})
    # analysed earlier in this process: analyse again, into the new cache, with an empty memory of analysed sets of
    # its own (the session's, which later tests reuse, comes back when the test ends)
    fresh = functools.lru_cache(maxsize=64)(validation._analyzed_gold.__wrapped__)
    monkeypatch.setattr(validation, "_analyzed_gold", fresh)
    warm.warm_gold()
    st, ev = validation.read_gold(Path(folder))
    names = sorted(set(st["article"]) | set(ev["article"]))
    frame = corpus.read_corpus([validation.article_path(n, Path(folder)) for n in names])
    stats = cache.analyze(frame)[1]
    assert stats.computed == 0 and stats.reused == len(names) == 10
    validation.forget_inputs()


def test_setup_runs_the_article_independent_notebook_once_and_the_first_report_reuses_it(tmp_path, seed_path,
                                                                                        notebooks, monkeypatch):
    """`make setup` (``python -m helpers.warm gold``) runs 90_validation into the notebook cache
    (``report.prepare_independent``): the first report after set-up copies it in instead of running it; set-up again
    with nothing changed runs nothing; ``force`` (FORCE=1) runs it again; a changed notebook gives a fresh entry."""
    from helpers import warm

    folder = tmp_path / "work" / "nbs"
    folder.mkdir(parents=True)
    runs = tmp_path / "runs.txt"
    independent = tiny_notebook(folder, "90_indep.ipynb", INDEPENDENT.replace("RUNS", json.dumps(str(runs))))
    monkeypatch.setattr(report, "ARTICLE_INDEPENDENT", {"90_indep.ipynb"})
    monkeypatch.setattr(report, "notebook_paths", lambda: [notebooks["ok"], independent])
    count = lambda: len(runs.read_text(encoding="utf-8").splitlines())  # noqa: E731
    assert warm.warm_notebooks() == ["90_indep.ipynb"] and count() == 1
    assert report.prepare_independent() == [] and count() == 1  # its inputs unchanged: nothing to run
    out = tmp_path / "work" / "seed"
    made = report.run_report([seed_path], out, jobs=2)
    assert made.reused == ["90_indep.ipynb"] and count() == 1
    assert sorted(p.name for p in (out / "figures").iterdir()) == [
        "90_scores.csv", "90_scores.pdf", "90_scores.png", "90_scores.svg"]
    cells = json.loads((out / "notebooks" / "90_indep.ipynb").read_text(encoding="utf-8"))["cells"]
    source = "".join(next(c for c in cells if "injected-parameters" in c["metadata"].get("tags", []))["source"])
    assert f'out = "{out}"' in source and f'tables = "{out}"' in source and ".independent-" not in source
    assert 'alt="Scores (N=2)"' in (out / "report.html").read_text(encoding="utf-8")
    assert not [p for p in cache.cache_dir().iterdir() if p.name.startswith(".")]  # the staging folder is gone
    assert report.prepare_independent(force=True) == ["90_indep.ipynb"] and count() == 2
    independent.write_text(independent.read_text(encoding="utf-8").replace("Scores", "Scores by set"),
                           encoding="utf-8")
    assert report.run_report([seed_path], out, jobs=2).reused == [] and count() == 3


def test_the_reuse_key_follows_the_content_of_lexicons_models_and_code(tmp_path, monkeypatch):
    """The key hashes content, not sizes and times: an edit that keeps a file's size and modification time (a copy
    with preserved times, a checkout) still gives a fresh key, for a lexicon, a model, the helpers' code and a label."""
    import os
    import shutil

    data = tmp_path / "data"
    for name in ("annotations", "articles", "raw", "lexicons", "models"):
        (data / name).mkdir(parents=True)
    code = tmp_path / "helpers"
    shutil.copytree(Path(cache.__file__).parent, code, ignore=shutil.ignore_patterns("__pycache__"))
    (data / "lexicons" / "actors.csv").write_text("name,side\nMeitY,government\n", encoding="utf-8")
    (data / "models" / "stance_weights.csv").write_text("feature,favor\nwe,0.5\n", encoding="utf-8")
    (data / "annotations" / "2021-02-01_wire_a_statements.csv").write_text("article,text\na,b\n", encoding="utf-8")
    monkeypatch.setattr(report.paths, "DATA", data)
    monkeypatch.setattr(report.paths, "ARTICLES", data / "articles")
    monkeypatch.setattr(report.paths, "RAW", data / "raw")
    monkeypatch.setattr(report.paths, "LEXICONS", data / "lexicons")
    monkeypatch.setattr(cache, "__file__", str(code / "cache.py"))
    source = report.notebook_paths()[-1]

    def key() -> str:
        cache.code_version.cache_clear()
        return report.independent_key(source)

    def edit_keeping_size_and_time(path: Path, old: str, new: str) -> None:
        assert len(old) == len(new)
        st = path.stat()
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns

    try:
        seen = {key()}
        assert key() in seen  # nothing changed, same key
        for path, old, new in [(data / "lexicons" / "actors.csv", "government", "governmenT"),
                               (data / "models" / "stance_weights.csv", "0.5", "0.6"),
                               (code / "validation.py", "from", "From"),
                               (data / "annotations" / "2021-02-01_wire_a_statements.csv", "a,b", "a,c")]:
            edit_keeping_size_and_time(path, old, new)
            assert key() not in seen, path.name
            seen.add(key())
    finally:
        cache.code_version.cache_clear()
