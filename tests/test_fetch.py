"""helpers.fetch against a local HTTP server (127.0.0.1, port 0) serving pages written for the tests."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from helpers import cli, corpus, fetch

ARTICLE = b"""<html><head><title>Ministry and platform meet</title><meta name="date" content="2021-02-11"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ministry and platform meet</h1>
<p>Officials of the ministry met executives of the platform on Wednesday to discuss the blocking orders.</p>
<p>"We will not block the accounts of journalists and activists," the company said after the meeting.</p>
</article></body></html>"""
NAV = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
OPTIONS = fetch.FetchOptions(timeout=0.5, max_bytes=200_000, retries=1, backoff=0.01, delay=0.0)


class Handler(BaseHTTPRequestHandler):
    """Serves the test pages; counts requests per path."""

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        """Answer one GET request."""
        self.server.hits[self.path] = self.server.hits.get(self.path, 0) + 1
        if self.path == "/slow":
            time.sleep(1.5)
            return self.reply(200, ARTICLE)
        if self.path == "/flaky" and self.server.hits[self.path] == 1:
            return self.reply(503, b"busy")
        pages = {"/article": ARTICLE, "/flaky": ARTICLE.replace(b"Wednesday", b"Thursday"), "/nav": NAV,
                 "/huge": b"<html><body>" + b"<p>word </p>" * 100_000 + b"</body></html>"}
        if self.path == "/file.pdf":
            return self.reply(200, b"%PDF-1.4", "application/pdf")
        if self.path in pages:
            return self.reply(200, pages[self.path])
        return self.reply(404, b"not here")

    def reply(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        """Send ``body`` with ``status``."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def server():
    """A local server on a free port, stopped after the test."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.hits = {}
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def manifest(tmp_path, base: str, paths: list[str]) -> object:
    """Write a manifest listing ``paths`` on the test server (plus one non-http URL)."""
    rows = [{"url": f"{base}{p}", "date": "2021-02-10", "outlet": "Test Outlet", "kind": "article",
             "dispute": "test", "title": f"Page {p}", "note": ""} for p in paths]
    rows.append({"url": "ftp://127.0.0.1/file.txt", "date": "2021-02-10", "outlet": "", "kind": "", "dispute": "",
                 "title": "", "note": ""})
    path = tmp_path / "sources.csv"
    pd.DataFrame(rows, columns=fetch.MANIFEST_COLUMNS).to_csv(path, index=False)
    return path


def test_fetch_saves_readable_pages_and_reports_each_failure(tmp_path, server):
    httpd, base = server
    out = tmp_path / "raw"
    paths = ["/article", "/flaky", "/slow", "/huge", "/missing", "/nav", "/file.pdf"]
    started = time.monotonic()
    result = fetch.fetch_manifest(manifest(tmp_path, base, paths), out, OPTIONS)
    assert time.monotonic() - started < 15
    assert result.fetched == 2
    errors = dict(line.split(": ", 1) for line in result.errors)
    assert "gave up after 2 attempt(s): timed out" in errors[f"{base}/slow"]
    assert "too large" in errors[f"{base}/huge"]
    assert errors[f"{base}/missing"].startswith("HTTP 404")
    assert "only navigation" in errors[f"{base}/nav"]
    assert "unsupported content type 'application/pdf'" in errors[f"{base}/file.pdf"]
    assert "only http and https" in errors["ftp://127.0.0.1/file.txt"]
    assert httpd.hits["/flaky"] == 2 and httpd.hits["/missing"] == 1  # 503 retried, 404 not
    loaded = corpus.load_corpus([out])
    assert loaded.errors == [] and len(loaded.articles) == 2
    by_url = loaded.articles.set_index("url", drop=False)  # file names hash the URL (with its random port): order varies
    row = by_url.loc[f"{base}/article"]
    assert (row["date"], row["outlet"], row["title"]) == ("2021-02-10", "Test Outlet", "Page /article")
    assert row["url"] == f"{base}/article" and "will not block the accounts" in row["body"]


def test_rerun_downloads_nothing_new(tmp_path, server):
    httpd, base = server
    path = manifest(tmp_path, base, ["/article", "/flaky"])
    fetch.fetch_manifest(path, tmp_path / "raw", OPTIONS)
    hits = dict(httpd.hits)
    again = fetch.fetch_manifest(path, tmp_path / "raw", OPTIONS)
    assert (again.fetched, again.cached) == (0, 2) and httpd.hits == hits
    forced = fetch.fetch_manifest(path, tmp_path / "raw", OPTIONS, force=True)
    assert forced.fetched == 2 and httpd.hits["/article"] == hits["/article"] + 1


def test_polite_delay_between_requests_to_one_host(tmp_path, server):
    _, base = server
    path = manifest(tmp_path, base, ["/article", "/missing", "/nav"])
    started = time.monotonic()
    fetch.fetch_manifest(path, tmp_path / "raw", fetch.FetchOptions(timeout=2, retries=0, delay=0.3))
    assert time.monotonic() - started >= 0.6


def test_fetch_command_line_exits_2_with_one_line_per_failed_url(tmp_path, server, capsys):
    _, base = server
    path = manifest(tmp_path, base, ["/article", "/missing"])
    status = cli.main(["fetch", "--manifest", str(path), "--out", str(tmp_path / "raw"), "--delay", "0",
                       "--timeout", "2", "--retries", "0"])
    captured = capsys.readouterr()
    assert status == 2 and "fetched 1, already saved 0, failed 2" in captured.out
    assert captured.err.strip().splitlines() == [f"error: {base}/missing: HTTP 404 Not Found",
                                                 "error: ftp://127.0.0.1/file.txt: only http and https URLs are "
                                                 "fetched (got 'ftp')"]


def test_manifest_without_url_column_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "m.csv"
    bad.write_text("link,date\nhttp://127.0.0.1/x,2021-02-10\n", encoding="utf-8")
    assert cli.main(["fetch", "--manifest", str(bad), "--out", str(tmp_path / "raw")]) == 2
    assert capsys.readouterr().err.strip() == f"error: {bad}: the manifest has no 'url' column (columns: link, date)"
