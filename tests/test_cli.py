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
