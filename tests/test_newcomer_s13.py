"""Session 13: the newcomer's walkthrough (problems 1, 6, 8, 9, 10 and 11 of their report).

1: a notebook run without ``out`` never writes into a report's figures; 6: a bad row in another dispute's record
does not stop a report that does not need it, and a record's error lists every bad row; 8: the seed format's first
line takes a written date, and the hint for one it cannot read no longer suggests the form it refused; 9: a stray
opening quote in a CSV row is named as such; 10: the notebooks declare the project's kernel and the README runs
.venv/bin/papermill; 11: the India/Twitter statistics say so on the chart and in the CSV.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import charts, corpus, notebook, paths, reference, report

RECORD_HEADER = "event_id,date_start,date_end,actor,side,event_type,count,count_unit,description\n"
QUORVIK_ROWS = (  # three rows of the newcomer's data/reference/quorvik/events.csv, and their bad row 4 (their Q11)
    "Q01,2026-09-01,2026-09-01,Ministry of Digital Affairs,government,blocking_order,412,accounts,Ministry orders "
    "Pebblepost to block 412 accounts\n"
    "Q03,2026-09-02,2026-09-02,Pebblepost,platform,withholding,37,accounts,Pebblepost withholds 37 accounts\n"
    "Q08,2026-10-01,2026-10-01,Supreme Administrative Court of Quorvik,government,court_ruling,412,accounts,Court "
    "suspends the orders\n")
BAD_ROW = ("Q11,2026-10-09,2026-10-08,Ministry of Digital Affairs,government,blocking_order,about 40,accounts,"
           "Ministry orders a second block\n")
QUORVIK_ARTICLE = (" date 2026-09-03 Quorvik orders Pebblepost to block 412 accounts\n\nThe Ministry of Digital "
                   "Affairs on Monday ordered Pebblepost to block 412 accounts within 48 hours, the company said.\n")


def events(day: str) -> pd.DataFrame:
    """An events table with one blocking order on ``day``."""
    return pd.DataFrame([{"article_id": "a", "event_id": "e1", "event_type": "blocking_order", "side": "government",
                          "actor": "ministry", "date_start": day, "date_end": day, "count": 412,
                          "count_unit": "accounts", "evidence": "x"}])


@pytest.fixture
def records(tmp_path, monkeypatch) -> Path:
    """A repository whose data/reference holds the seed's record and Quorvik's record with one bad row."""
    root = tmp_path / "repo"
    ref = root / "data" / "reference"
    (ref / "quorvik").mkdir(parents=True)
    (ref / "events.csv").write_text((paths.REFERENCE / "events.csv").read_text(encoding="utf-8"), encoding="utf-8")
    (ref / "quorvik" / "events.csv").write_text(RECORD_HEADER + QUORVIK_ROWS + BAD_ROW, encoding="utf-8")
    monkeypatch.setattr(paths, "ROOT", root)
    monkeypatch.setattr(paths, "REFERENCE", ref)
    return ref


# --- 6: a bad row in another dispute's record --------------------------------------------------------------------

def test_a_records_error_lists_every_problem_of_every_bad_row(records):
    more = BAD_ROW.replace("Q11", "Q12").replace("government", "state")
    (records / "quorvik" / "events.csv").write_text(RECORD_HEADER + QUORVIK_ROWS + BAD_ROW + more, encoding="utf-8")
    with pytest.raises(reference.RecordError) as err:
        reference.read_record("data/reference/quorvik")
    assert str(err.value) == (
        "data/reference/quorvik/events.csv: 5 problems: "
        "(1) data row 4 (Q11): date_end 2026-10-08 is before date_start 2026-10-09; "
        "(2) data row 4 (Q11): count 'about 40' is not a whole number (write 1178, not 1,178 or 'about 1,200'; say "
        "'about' in description); "
        "(3) data row 5 (Q12): date_end 2026-10-08 is before date_start 2026-10-09; "
        "(4) data row 5 (Q12): side 'state' is not one of government, platform, other; "
        "(5) data row 5 (Q12): count 'about 40' is not a whole number (write 1178, not 1,178 or 'about 1,200'; say "
        "'about' in description)")


def test_another_disputes_bad_record_is_left_out_of_a_report_that_does_not_need_it(records):
    notices: list[str] = []
    record = reference.read_record("", around=events("2021-02-10"), notices=notices)  # the seed's weeks
    assert set(record["record_file"]) == {"data/reference/events.csv"} and len(record) >= 40
    assert notices == [
        "data/reference/quorvik/events.csv: 2 problems: (1) data row 4 (Q11): date_end 2026-10-08 is before "
        "date_start 2026-10-09; (2) data row 4 (Q11): count 'about 40' is not a whole number (write 1178, not 1,178 "
        "or 'about 1,200'; say 'about' in description) (record left out of this report: its events lie more than "
        "92 days from the articles' events, so these articles do not need it)"]


def test_a_bad_record_the_articles_need_still_stops_the_report(records):
    with pytest.raises(reference.RecordError, match=r"^data/reference/quorvik/events.csv: 2 problems: .* \(the "
                                                    r"articles' events fall in its weeks, so this report needs it"):
        reference.read_record("", around=events("2026-09-03"))
    with pytest.raises(reference.RecordError):  # named explicitly (-p reference), or without the articles: strict
        reference.read_record("data/reference/quorvik", around=events("2021-02-10"))
    with pytest.raises(reference.RecordError):
        reference.read_record("")


def test_the_notebook_prints_the_left_out_record(records, capsys):
    record = reference.read_record("", around=events("2021-02-10"))
    assert len(record) >= 40
    out = capsys.readouterr().out
    assert out.startswith("note: data/reference/quorvik/events.csv: 2 problems: (1) data row 4 (Q11)")
    nb = json.loads((Path(__file__).parents[1] / "notebooks" / "40_timeline.ipynb").read_text(encoding="utf-8"))
    assert any("read_record(reference, around=ctx.events)" in "".join(c["source"]) for c in nb["cells"])


def test_a_seed_report_with_a_bad_quorvik_record_is_written_and_lists_it(records, tmp_path, seed_path):
    out = tmp_path / "reports"
    result = report.run_report([seed_path], out, jobs=1, notebooks=[])  # no notebook: the check comes before them
    assert len(result.notices) == 1 and result.notices[0].startswith(
        "data/reference/quorvik/events.csv: 2 problems: (1) data row 4 (Q11)")
    problems = pd.read_csv(out / "problems.csv")
    assert problems.values.tolist() == [["warning", result.notices[0]]]


def test_a_report_on_quorvik_with_its_bad_record_stops_before_any_notebook(records, tmp_path):
    article = tmp_path / "quorvik" / "2026-09-03_harborwire_quorvik-orders-pebblepost-block.txt"
    article.parent.mkdir()
    article.write_text(QUORVIK_ARTICLE, encoding="utf-8")
    out = tmp_path / "reports"
    with pytest.raises(report.ReportError, match=r"^data/reference/quorvik/events.csv: 2 problems: \(1\) data row 4 "
                                                 r"\(Q11\): date_end 2026-10-08 is before"):
        report.run_report([article.parent], out, jobs=1, notebooks=[])
    assert not out.exists()


# --- 1: a notebook run without `out` --------------------------------------------------------------------------------

def test_every_notebook_defaults_out_to_empty_and_setup_then_writes_beside_the_reports(tmp_path, monkeypatch,
                                                                                       seed_path, capsys):
    for path in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        cell = next(c for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
                    if "parameters" in c["metadata"].get("tags", []))
        assert re.search(r'^out = ""  #', "".join(cell["source"]), re.MULTILINE), path.name
    reports = tmp_path / "reports"
    (reports / "figures").mkdir(parents=True)
    (reports / report.MARKER).write_text(report.MARKER_HEADER + "\nfigures\n", encoding="utf-8")
    (reports / "figures" / "40_timeline.png").write_bytes(b"the seed report's chart")
    monkeypatch.setenv("HELPERS_REPORTS", str(reports))
    folder = tmp_path / "_newcomer" / "quorvik"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_bytes(seed_path.read_bytes())
    ctx = notebook.setup([str(folder) + "/"], "", "")
    assert ctx.figures == reports / "notebook-runs" / "quorvik" / "figures" and ctx.figures.is_dir()
    assert "charts of this run go to" in capsys.readouterr().out
    assert (reports / "figures" / "40_timeline.png").read_bytes() == b"the seed report's chart"
    assert notebook.run_name(["data/articles"]) == "articles"
    assert notebook.run_name(["a/quorvik", "b/veloria.csv"]) == "quorvik+veloria"
    assert notebook.run_name(["x"], "/tmp/my tables/") == "my-tables"


def test_a_report_into_a_folder_holding_only_notebook_runs_is_accepted_and_keeps_them(tmp_path):
    reports = tmp_path / "reports"
    (reports / "notebook-runs" / "quorvik" / "figures").mkdir(parents=True)
    report.check_replaceable(reports)  # refused before: "it holds 'notebook-runs'"


def test_papermill_without_out_on_notebook_50_leaves_the_report_alone(tmp_path, seed_path):
    """The newcomer's command (no -p out, no -k: the notebook's own kernel), on notebook 50 (no analysis needed)."""
    reports = tmp_path / "reports"
    (reports / "figures").mkdir(parents=True)
    (reports / report.MARKER).write_text(report.MARKER_HEADER + "\nfigures\n", encoding="utf-8")
    (reports / "figures" / "50_transparency.png").write_bytes(b"the seed report's chart")
    articles = tmp_path / "quorvik"
    articles.mkdir()
    (articles / "2026-09-03_harborwire_x.txt").write_text(QUORVIK_ARTICLE, encoding="utf-8")
    papermill = Path(sys.executable).with_name("papermill")
    done = subprocess.run([str(papermill), str(paths.NOTEBOOKS / "50_context.ipynb"), str(tmp_path / "o.ipynb"),
                           "-p", "articles", f"{articles}/", "--cwd", str(paths.ROOT)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "HELPERS_REPORTS": str(reports)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Executing notebook with kernel: blocking-orders" in done.stderr
    assert (reports / "figures" / "50_transparency.png").read_bytes() == b"the seed report's chart"
    csv = pd.read_csv(reports / "notebook-runs" / "quorvik" / "figures" / "50_transparency.csv")
    assert csv.columns[0] == "scope" and (csv["scope"] == reference.SCOPE).all()


# --- 8: the seed format's first line -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [" date 3 September 2026 Pebblepost faces an order", "date September 3, 2026 Pebblepost "
                                  "faces an order", " date 3rd of Sept. 2026 Pebblepost faces an order"])
def test_the_seed_first_line_takes_a_written_date(tmp_path, line):
    f = tmp_path / "a.txt"
    f.write_text(line + "\n\nThe ministry ordered it.\n", encoding="utf-8")
    art = corpus.read_article(f)
    assert art.date == "2026-09-03" and art.body.startswith("Pebblepost faces an order")


def test_a_first_line_it_cannot_read_says_which_forms_it_takes_not_the_one_it_refused(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 3 Sept Pebblepost faces an order\n\nThe ministry ordered it.\n", encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.errors == [
        f"{f}: the first line ('date 3 Sept Pebblepost faces an order') does not start with a date this reader can "
        "take: write ' date YYYY-MM-DD' (e.g. ' date 2021-02-03 Headline...') or ' date 3 February 2021 "
        "Headline...' (day, month name, year), or put the date on a line of its own ('date: 3 February 2021')"]
    f.write_text(" date 31 September 2026 Pebblepost\n\nText.\n", encoding="utf-8")  # why a date does not exist
    assert corpus.load_corpus([f]).errors == [f"{f}: date '31 September 2026' does not exist: September 2026 has "
                                              "no day 31"]


# --- 9: a stray opening quote in a CSV row ----------------------------------------------------------------------------

QUORVIK_WIRE = (  # the newcomer's bad/quorvik_wire.csv, byte for byte
    'id,date,title,outlet,text\n'
    'qw1,2026-09-05,Union seeks meeting,Quorvik Wire,"The Quorvik Press Union met officials of the Ministry of '
    'Digital Affairs on Friday. ""We asked them to publish the orders,"" the union said."\n'
    'qw2,2026-09-08,Pebblepost statement,Quorvik Wire,Pebblepost said on Monday it would not block the remaining '
    'accounts, because they belong to journalists.\n'
    'qw3,2026-09-09,"Minister repeats warning,Quorvik Wire,"Minister Sunna Lindqvar said on Tuesday that '
    'Pebblepost would be fined if it did not comply."\n'
    'qw4,09/10/2026,Court date set,Quorvik Wire,"The Supreme Administrative Court said on Wednesday it would hear '
    'Pebblepost\'s petition on October 1."\n')


def test_a_stray_opening_quote_is_named_not_a_missing_cell(tmp_path):
    f = tmp_path / "quorvik_wire.csv"
    f.write_text(QUORVIK_WIRE, encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert list(loaded.articles["article_id"]) == ["qw1"]
    assert loaded.errors[1] == (
        f"{f}: data row 3 (id qw3): 3 cells where the header has 5 (line 4): the quotation mark opening its 'title' "
        "cell (\"Minister repeats warning,Quor…) is not closed where that cell ends, so the cell runs on over the "
        "commas after it and takes in the next 2 cells; close the quote where the cell ends (\"Minister repeats "
        "warning\",) or remove it")
    assert "a cell is missing" not in loaded.errors[1] and not loaded.notices
    f.write_text("id,date,title,text\nq1,2026-09-09,Warning\n", encoding="utf-8")  # a cell truly missing: as before
    assert corpus.load_corpus([f]).errors[0].endswith("a cell is missing, or a line break in a cell that is not in "
                                                      "double quotes split the row")


# --- 10: the kernel and papermill ---------------------------------------------------------------------------------

def test_every_notebook_declares_the_kernel_make_setup_registers():
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    name = re.search(r"^KERNEL := (\S+)", makefile, re.MULTILINE).group(1)
    assert name == report.KERNEL == "blocking-orders"
    for path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        spec = json.loads(path.read_text(encoding="utf-8"))["metadata"]["kernelspec"]
        assert spec == {"display_name": "Python (blocking-orders)", "language": "python", "name": name}, path.name


def test_the_report_runs_the_project_kernel_only_when_it_is_this_interpreter(monkeypatch):
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager, NoSuchKernel

    def spec(argv):
        return lambda self, name: KernelSpec(argv=argv, display_name="x", language="python")
    monkeypatch.setattr(KernelSpecManager, "get_kernel_spec", spec([sys.executable, "-m", "ipykernel_launcher"]))
    assert report.run_kernel() == "blocking-orders"
    monkeypatch.setattr(KernelSpecManager, "get_kernel_spec", spec(["/elsewhere/.venv/bin/python", "-m", "x"]))
    assert report.run_kernel() == "python3"  # another checkout's kernel of the same name

    def missing(self, name):
        raise NoSuchKernel(name)
    monkeypatch.setattr(KernelSpecManager, "get_kernel_spec", missing)
    assert report.run_kernel() == "python3"


def test_the_readme_runs_papermill_from_the_venv_with_an_out():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"`((?:\.venv/bin/)?papermill notebooks/[^`]*)`", readme)
    assert commands and all(c.startswith(".venv/bin/papermill ") for c in commands), commands
    assert any("-p out " in c for c in commands)


# --- 11: the India/Twitter statistics in another dispute's report -------------------------------------------------

@pytest.mark.parametrize("draw", [reference.blocking_by_year, reference.transparency])
def test_the_statistics_say_they_are_india_and_twitter_on_the_chart_and_in_the_csv(tmp_path, draw):
    fig, data = draw(reference.read_blocking_stats())
    texts = [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(" ".join(t.split()) == reference.SCOPE for t in texts)
    assert "India" in notebook.chart_title(fig)
    written = charts.export(fig, data, "chart", tmp_path)
    csv = pd.read_csv(next(p for p in written if p.suffix == ".csv"))
    assert list(csv.columns)[0] == "scope" and (csv["scope"] == reference.SCOPE).all() and len(csv) == len(data)
