"""The command line: the four contract tables, byte-identical reruns, offline operation."""
import pandas as pd

from helpers import tables

OFFLINE = (
    "import socket, sys, runpy\n"
    "def refuse(*a, **k):\n"
    "    raise OSError('network access refused by the test')\n"
    "socket.socket.connect = refuse\n"
    "socket.create_connection = refuse\n"
    "import nltk\n"
    "nltk.data.path[:] = []\n"
    "sys.argv = ['helpers'] + sys.argv[1:]\n"
    "runpy.run_module('helpers', run_name='__main__')\n"
)


def test_analyze_writes_the_contract_and_reruns_identically(cli, seed_path, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        done = cli("analyze", str(seed_path), "--out", str(out))
        assert done.returncode == 0, done.stderr
    for name, columns in tables.CONTRACT.items():
        frame = pd.read_csv(first / f"{name}.csv")
        assert list(frame.columns[: len(columns)]) == columns
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes()
    sentences = pd.read_csv(first / "sentences.csv")
    assert len(sentences) == 15
    assert set(sentences["side"]) <= {"government", "platform", "other", "narrator"}
    assert sentences["sentiment"].between(-1, 1).all()


def test_analyze_runs_offline_with_an_empty_nltk_path(seed_path, tmp_path):
    import subprocess
    import sys

    env_dir = tmp_path / "nltk_empty"
    env_dir.mkdir()
    local = tmp_path / "project_nltk"
    done = subprocess.run([sys.executable, "-c", OFFLINE, "analyze", str(seed_path), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "NLTK_DATA": str(env_dir), "HELPERS_NLTK_DATA": str(local)})
    assert done.returncode == 0, done.stderr
    assert (local / "sentiment" / "vader_lexicon" / "vader_lexicon.txt").exists()
    assert list(env_dir.iterdir()) == []
    assert len(pd.read_csv(tmp_path / "out" / "sentences.csv")) == 15


def test_bad_input_exits_2_with_one_line(cli, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    done = cli("analyze", str(bad), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "empty" in lines[0]


def test_make_report_with_a_bad_file_writes_the_report_and_ends_with_the_line_that_says_so(seed_path, tmp_path):
    """The Makefile's report recipe (run by make, with the CLI on a one-cell notebook): a skipped file does not make
    make fail, the last line says where the report is; STRICT=1 keeps the exit status 2."""
    import subprocess
    import sys

    import nbformat

    from helpers import paths

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('articles = []\ntables = ""\nout = "reports"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("1 + 1")]
    nbformat.write(nb, tmp_path / "10_one.ipynb")
    shim = tmp_path / "python"  # stands for .venv/bin/python: the real CLI, the project's notebooks swapped
    shim.write_text(f"#!{sys.executable}\nimport sys\nfrom pathlib import Path\nfrom helpers import cli, report\n"
                    f"report.notebook_paths = lambda: [Path({str(tmp_path / '10_one.ipynb')!r})]\n"
                    "sys.exit(cli.main(sys.argv[3:]))\n", encoding="utf-8")
    shim.chmod(0o755)
    stamp = tmp_path / "installed"
    stamp.write_text("", encoding="utf-8")  # newer than requirements.txt: make does not rebuild .venv
    bad = tmp_path / "undated.txt"
    bad.write_text("No date here.", encoding="utf-8")
    out = tmp_path / "r"
    make = ["make", "--no-print-directory", "report", f"ARTICLES={seed_path} {bad}", f"OUT={out}", f"PY={shim}",
            f"STAMP={stamp}"]
    done = subprocess.run(make, capture_output=True, text=True, cwd=paths.ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == (
        f"report on 1 article (0 from the cache) written to {out}/ (1 input problem, see {out}/problems.csv)")
    assert f"error: {bad}: no date" in done.stderr and "Error" not in done.stderr
    assert (out / "report.html").is_file() and str(bad) in (out / "problems.csv").read_text(encoding="utf-8")
    strict = subprocess.run(make + ["STRICT=1"], capture_output=True, text=True, cwd=paths.ROOT, timeout=300)
    assert strict.returncode == 2 and "written to" in strict.stdout and "Error 2" in strict.stderr
