"""Bad input, one test per case: exit 2 with one line naming the file, or a warning and a documented fallback.

Each case is analysed in a batch beside a good article: the good article is still analysed and its
tables written, then one stderr line names the bad file (``error: FILE: problem``, exit 2) or the
fallback applied (``warning: FILE: ...``, exit 0).
"""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from helpers import charts, cli, corpus, explore, pipeline, timeline

GOOD = "date: 2021-02-05\nThe ministry said the platform must comply with the orders."


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    """Run the CLI in this process; return the exit status and the stderr lines."""
    status = cli.main([str(a) for a in argv])
    return status, capsys.readouterr().err.strip().splitlines()


def batch(tmp_path, name: str, content: bytes) -> tuple[list, object]:
    """Write a good article and the bad file ``name``; return the paths and the bad file."""
    good = tmp_path / "2021-02-05_good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    return [good, bad], bad


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t \r\n  ", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data"),
    ("undated.txt", b"The ministry wrote to the platform.", "no date found"),
    ("impossible.txt", b" date 2021-13-45 The ministry wrote.", "date '2021-13-45' does not exist: there is no month 13"),
    ("feb30.txt", b" date 2025-02-30 The ministry wrote.", "date '2025-02-30' does not exist: February 2025 has no day 30"),
    ("unclosed.csv", b'id,date,text\nq1,2025-03-12,"The ministry wrote.\n', "data row 1 (id q1): the quotation mark"),
    ("broken.jsonl", b'{"id": "j1", "date": "2025-03-12", "text": "Cut\n', "data row 1 (id j1): line 1 is not valid JSON"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
     "only navigation"),
    ("table.csv", b"headline,published\nA title,2021-02-01\n", "no text column"),
])
def test_bad_file_exits_2_with_one_line_and_the_good_article_is_analysed(capsys, tmp_path, name, content, problem):
    paths, bad = batch(tmp_path, name, content)
    status, lines = run(capsys, "analyze", *paths, "--out", tmp_path / "out")
    assert status == 2
    assert lines == [lines[0]] and lines[0].startswith(f"error: {bad}: ") and problem in lines[0]
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["article_id"].tolist() == ["2021-02-05_good"]


def test_a_path_that_does_not_exist(capsys, tmp_path):
    paths, _ = batch(tmp_path, "x.txt", GOOD.replace("ministry", "court").encode())
    status, lines = run(capsys, "analyze", *paths, tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert status == 2 and lines == [f"error: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert len(pd.read_csv(tmp_path / "out" / "articles.csv")) == 2


def test_only_bad_input_writes_nothing_and_keeps_earlier_tables(capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("earlier\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    status, lines = run(capsys, "analyze", tmp_path / "empty.txt", "--out", out)
    assert status == 2 and len(lines) == 1
    assert (out / "articles.csv").read_text(encoding="utf-8") == "earlier\n"


@pytest.mark.parametrize("content, body_has", [
    ("date: 2021-02-05\nThe minister’s reply.".encode("cp1252"), "The minister’s reply."),
    (b"date: 2021-02-05\nThe ministry \xc3\x28 replied.", "The ministry Ã( replied."),
])
def test_cp1252_and_invalid_utf8_fall_back_with_a_warning(capsys, tmp_path, content, body_has):
    paths, bad = batch(tmp_path, "win.txt", content)
    status, lines = run(capsys, "analyze", *paths, "--out", tmp_path / "out")
    assert status == 0 and len(lines) == 1
    assert lines[0].startswith(f"warning: {bad}: not valid UTF-8") and "cp1252" in lines[0]
    assert body_has in corpus.load_corpus(paths).articles["body"].tolist()[1]


def test_the_same_article_twice_is_analysed_once_with_a_notice(capsys, tmp_path, seed_path):
    copy = tmp_path / "copy of seed.txt"
    copy.write_bytes(seed_path.read_bytes())
    status, lines = run(capsys, "analyze", seed_path, copy, "--out", tmp_path / "out")
    assert status == 0 and lines == [f"warning: {copy}: same text as {seed_path}; analysed once, as the first"]
    assert len(pd.read_csv(tmp_path / "out" / "articles.csv")) == 1


def test_awkward_file_names(capsys, tmp_path):
    names = ["2021-02-05 with spaces.txt", "2021-02-06_it's \"quoted\".txt", "2021-02-07_ministère_गृह.txt"]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"The ministry wrote letter number {i + 1} to the platform.", encoding="utf-8")
    status, lines = run(capsys, "analyze", tmp_path, "--out", tmp_path / "out")
    assert status == 0, lines
    frame = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert sorted(frame["path"].map(lambda p: p.rsplit("/", 1)[-1])) == sorted(names)
    assert set(frame["article_id"]) == {"2021-02-05-with-spaces", "2021-02-06_it-s-quoted", "2021-02-07_ministère_गृह"}
    assert frame["date"].tolist() == ["2021-02-05", "2021-02-06", "2021-02-07"]


def test_unbalanced_quotation_marks_are_analysed(capsys, fixtures, tmp_path):
    status, lines = run(capsys, "analyze", fixtures / "2021-02-12_unbalanced-quotes.txt", "--out", tmp_path / "out")
    assert status == 0 and lines == []
    sentences = pd.read_csv(tmp_path / "out" / "sentences.csv")
    assert len(sentences) == 3 and sentences["char_end"].max() <= len(
        corpus.read_article(fixtures / "2021-02-12_unbalanced-quotes.txt").body)


def test_no_statements_and_no_events_charts_say_so(fixtures):
    data = pipeline.analyze([fixtures / "2021-02-13_weather-note.txt"])
    assert data["statements"].empty and data["events"].empty and len(data["sentences"]) == 2
    figures = [charts.statements_by_kind(data["statements"])[0], charts.stance_shares(data["statements"])[0],
               charts.sentiment_by_side(data["sentences"]),
               timeline.swimlanes(timeline.plot_table(data["events"], "2021-02-13"), "Timeline")]
    for fig in figures:
        texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
        assert texts.startswith("No "), texts
    assert "No sentences" not in explore.sentences_html(explore.sentence_table(data["sentences"], "2021-02-13_weather-note"))


def test_formula_like_cells_from_a_corpus_are_neutralised(capsys, tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "r1", "date": "2021-02-05", "title": "=HYPERLINK(\\"http://x\\")", '
                    '"outlet": "@outlet", "text": "The ministry issued an order."}\n', encoding="utf-8")
    status, _ = run(capsys, "analyze", rows, "--out", tmp_path / "out")
    frame = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert status == 0 and frame["title"][0].startswith("'=") and frame["outlet"][0] == "'@outlet"


HUGE = """
import resource, sys, time
from helpers import cli
started = time.perf_counter()
status = cli.main(["analyze", sys.argv[1], "--out", sys.argv[2]])
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{status} {time.perf_counter() - started:.2f} {peak_mb:.0f}")
"""


def test_a_20_mb_text_is_truncated_fast_with_bounded_memory(tmp_path):
    big = tmp_path / "2021-02-05_huge.txt"
    paragraph = ("The ministry said the platform must comply with the orders. "
                 "The platform said it would not block the accounts of journalists.\n\n").encode()
    with big.open("wb") as handle:
        for _ in range(20_000_000 // len(paragraph) + 1):
            handle.write(paragraph)
    assert big.stat().st_size >= 20_000_000
    done = subprocess.run([sys.executable, "-c", HUGE, str(big), str(tmp_path / "out")], capture_output=True,
                          text=True, timeout=120)
    status, seconds, peak_mb = done.stdout.strip().splitlines()[-1].split()
    assert status == "0", done.stderr
    warning = done.stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith(f"warning: {big}: body truncated") and "MAX_BODY_CHARS" in warning[0]
    assert float(seconds) < 30
    # the same analysis of a one-paragraph article in the same run is the baseline (session 23: the process's own peak
    # ran 250-270 MB alone but 655-790 MB in two two-worker suite runs, cause not found, 180-250 MB of it with a
    # one-paragraph file): the 20 MB file may add
    # little to it, where a full read would hold 20 MB of text many times over in the analysis
    small = tmp_path / "2021-02-05_small.txt"
    small.write_bytes(paragraph * 3)
    base = subprocess.run([sys.executable, "-c", HUGE, str(small), str(tmp_path / "out_small")], capture_output=True,
                          text=True, timeout=120)
    base_mb = float(base.stdout.strip().splitlines()[-1].split()[2])
    assert float(peak_mb) - base_mb < 150, (peak_mb, base_mb)
    assert float(peak_mb) < 1200
    n_words = pd.read_csv(tmp_path / "out" / "articles.csv")["n_words"][0]
    assert 20_000 < n_words <= corpus.MAX_BODY_CHARS // 4


def test_reading_a_20_mb_file_allocates_little(tmp_path):
    import tracemalloc

    big = tmp_path / "2021-02-05_huge.txt"
    big.write_bytes(b"The ministry wrote again. " * 800_000)
    tracemalloc.start()
    loaded = corpus.load_corpus([big])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(loaded.articles["body"][0]) <= corpus.MAX_BODY_CHARS
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_the_newcomers_bad_folders_good_rows_are_analysed_and_each_problem_is_one_precise_line(capsys, tmp_path):
    """Session 12: one 6-cell row made the whole CSV 'not a readable CSV (... line 4, saw 6)' and lost the good row
    w1; an unclosed quote gave pandas' 'EOF inside string starting at row 1'; 30 February was 'malformed'."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "2025-02-30_harbourpost_broken-date.txt").write_text(
        " date 2025-02-30 Chatterly says it will keep resisting PORT ALMIRA — Chatterly said on Friday it would "
        "not block the accounts.\n\n\"We stand by our users,\" Ms. Moravec said.\n", encoding="utf-8")
    (bad / "veloria_wire.csv").write_text(
        'id,date,title,outlet,text\n'
        'w1,2025-03-10,Ministry repeats demand,harbourpost,"The Ministry of Digital Affairs on Monday repeated its '
        'demand that Chatterly block the 42 accounts. ""The deadline has passed,"" Mr. Ardel said."\n'
        'w2,2025-03-11,Chatterly silent,harbourpost,"Chatterly declined to comment on Tuesday, "as it has since the '
        'order.\n'
        'w3,11/03/2025,Users protest,harbourpost,Hundreds of users protested outside the ministry on Tuesday.,'
        'extra column here\n', encoding="utf-8")
    (bad / "unclosed.csv").write_text(
        'id,date,title,outlet,text\n'
        'q1,2025-03-12,Unclosed,harbourpost,"Chatterly said on Wednesday it would appeal.\n'
        'q2,2025-03-13,Fine,harbourpost,The ministry fined Chatterly again on Thursday.\n', encoding="utf-8")
    status, lines = run(capsys, "analyze", bad, "--out", tmp_path / "out")
    assert status == 2
    assert lines == [
        f"warning: {bad / 'veloria_wire.csv'}: data row 2 (id w2): a quotation mark inside its 'text' cell is not "
        'doubled (…comment on Tuesday, "as it has s…, line 3); read as part of the text (inside a quoted cell write '
        'a quote as "")',
        f"error: {bad / '2025-02-30_harbourpost_broken-date.txt'}: date '2025-02-30' does not exist: February 2025 "
        "has no day 30",
        f"error: {bad / 'unclosed.csv'}: data row 1 (id q1): the quotation mark opening its 'text' cell "
        '("Chatterly said on Wedne…, line 2) is never closed (the cell would swallow the rest of the file); add the '
        "closing quote (the rows after it are read from the next line)",
        f"error: {bad / 'veloria_wire.csv'}: data row 3 (id w3): 6 cells where the header has 5 (line 4; extra: "
        "'extra column here'); a cell holding a comma must be in double quotes"]
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["article_id"].tolist() == ["q2", "w1", "w2"]
