"""Download the related coverage and official statements listed in the manifest.

In: a manifest CSV (``data/reference/sources.csv``: url, date, outlet, kind, dispute,
title, note) and an output folder (``data/raw/``, git-ignored). Out: one Markdown file
per page, ``<date>_<host>_<urlhash>.md``, whose YAML front matter holds date, title, url,
outlet, kind and dispute and whose body is the page's main text (trafilatura), so that
``python -m helpers analyze data/raw`` reads them; the downloaded bytes are kept in
``.pages/`` beside them. Only http and https; timeouts; a size cap; retries with
exponential back-off after timeouts, dropped connections, 429 and 5xx; a polite delay
between two requests to the same host; a page already saved is not downloaded again.
This is the only code in the project that uses the network, and only when asked to.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from . import corpus

MANIFEST_COLUMNS = ["url", "date", "outlet", "kind", "dispute", "title", "note"]
RETRY_STATUS = {429, 500, 502, 503, 504}
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
USER_AGENT = "blocking-orders-notebooks/0.1 (research notebooks; python -m helpers fetch)"


class FetchError(RuntimeError):
    """A page that could not be downloaded or read; the message says why."""


class Retryable(FetchError):
    """A failure worth another attempt (server busy or broken connection)."""


@dataclass(frozen=True)
class FetchOptions:
    """Network limits: seconds, bytes, attempts, and the pause between requests to one host."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 1.0
    delay: float = 1.0


@dataclass
class FetchResult:
    """Counts and messages of one fetch run."""

    out: Path
    fetched: int = 0
    cached: int = 0
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


class Politeness:
    """Remembers when each host was last asked, to wait ``delay`` seconds between requests."""

    def __init__(self, delay: float) -> None:
        """Start with no host visited."""
        self.delay = delay
        self.last: dict[str, float] = {}

    def wait(self, host: str) -> None:
        """Sleep until ``delay`` seconds have passed since the last request to ``host``."""
        pause = self.last.get(host, -1e9) + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self.last[host] = time.monotonic()


def read_manifest(path: Path) -> pd.DataFrame:
    """Read the manifest (all columns as text); raise ArticleError if it is missing or lacks ``url``."""
    path = Path(path)
    if not path.exists():
        raise corpus.ArticleError(f"{path}: no such manifest")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise corpus.ArticleError(f"{path}: not a readable CSV manifest ({str(err).strip().splitlines()[0]})") from None
    if "url" not in frame.columns:
        raise corpus.ArticleError(f"{path}: the manifest has no 'url' column (columns: {', '.join(frame.columns)})")
    for col in MANIFEST_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    return frame


def url_problem(url: str) -> str | None:
    """Return why ``url`` cannot be fetched (not http/https, no host), or None."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return f"only http and https URLs are fetched (got {parts.scheme or 'no scheme'!r})"
    if not parts.hostname:
        return "the URL has no host"
    return None


def page_name(url: str, date: str) -> str:
    """Return the file stem for a page: ``<date>_<host>_<hash of the URL>`` (stable, file-name safe)."""
    host = (urlsplit(url).hostname or "page").removeprefix("www.")
    return f"{date or 'undated'}_{corpus.slug(host)}_{hashlib.sha256(url.encode()).hexdigest()[:10]}"


def download(session, url: str, options: FetchOptions, polite: Politeness) -> tuple[bytes, str]:
    """Return the bytes and content type of ``url`` within the limits, retrying what is worth retrying."""
    import requests

    host = urlsplit(url).hostname or ""
    last: Exception | None = None
    for attempt in range(options.retries + 1):
        if attempt:
            time.sleep(options.backoff * 2 ** (attempt - 1))
        polite.wait(host)
        try:
            return download_once(session, url, options)
        except (Retryable, requests.Timeout, requests.ConnectionError) as err:
            last = err
    kind = "timed out" if isinstance(last, requests.Timeout) else str(last).splitlines()[0][:120]
    raise FetchError(f"gave up after {options.retries + 1} attempt(s): {kind}")


def download_once(session, url: str, options: FetchOptions) -> tuple[bytes, str]:
    """Make one bounded GET request (size cap, overall deadline, http/https redirects only)."""
    import requests

    started = time.monotonic()
    with session.get(url, timeout=(options.timeout, options.timeout), stream=True, allow_redirects=True) as resp:
        problem = url_problem(resp.url)
        if problem:
            raise FetchError(f"redirected to {resp.url}: {problem}")
        if resp.status_code in RETRY_STATUS:
            raise Retryable(f"HTTP {resp.status_code}")
        if resp.status_code >= 400:
            raise FetchError(f"HTTP {resp.status_code} {resp.reason or ''}".strip())
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype not in TEXT_TYPES:
            raise FetchError(f"unsupported content type {ctype!r} (only web pages and plain text are read)")
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > options.max_bytes:
            raise FetchError(f"too large ({int(declared):,} bytes; limit {options.max_bytes:,})")
        chunks, size = [], 0
        for chunk in resp.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > options.max_bytes:
                raise FetchError(f"too large (more than {options.max_bytes:,} bytes)")
            if time.monotonic() - started > 3 * options.timeout:
                raise requests.Timeout(f"download took longer than {3 * options.timeout:g} s")
            chunks.append(chunk)
    return b"".join(chunks), ctype


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def to_markdown(raw: bytes, ctype: str, row: dict, raw_path: Path) -> str:
    """Turn a downloaded page into Markdown with front matter (manifest fields win over page metadata)."""
    import yaml

    if ctype == "text/plain":
        body = corpus.decode(raw, str(raw_path), False, [])
        meta = {"title": "", "url": "", "outlet": "", "date": ""}
    else:
        article = corpus.parse_html(raw, raw_path, date=row.get("date") or None)
        body = article.body
        meta = {"title": article.title, "url": article.url, "outlet": article.outlet, "date": article.date}
    date = corpus.parse_iso_date(row["date"], f"{row['url']} (manifest date)") if row.get("date") else meta["date"]
    if not date:
        raise corpus.ArticleError(f"{row['url']}: no date in the manifest or the page")
    front = {"date": date, "title": row.get("title") or meta["title"], "url": row["url"],
             "outlet": row.get("outlet") or meta["outlet"], "kind": row.get("kind", ""), "dispute": row.get("dispute", "")}
    header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{header}---\n\n{corpus.normalise_newlines(body).strip()}\n"


def fetch_row(session, row: dict, out: Path, options: FetchOptions, polite: Politeness, force: bool) -> str:
    """Fetch one manifest row into ``out``; return 'cached' or 'fetched' (raise FetchError / ArticleError)."""
    url = row["url"].strip()
    problem = url_problem(url)
    if problem:
        raise FetchError(problem)
    name = page_name(url, row.get("date", ""))
    target, raw_path = out / f"{name}.md", out / ".pages" / f"{name}.raw"
    if target.exists() and not force:
        return "cached"
    status = "cached"
    if force or not raw_path.exists():
        raw, ctype = download(session, url, options, polite)
        atomic_write(raw_path, raw)
        atomic_write(raw_path.with_suffix(".type"), ctype.encode())
        status = "fetched"
    raw = raw_path.read_bytes()
    type_file = raw_path.with_suffix(".type")
    ctype = type_file.read_text(encoding="utf-8") if type_file.exists() else "text/html"
    atomic_write(target, to_markdown(raw, ctype, row, raw_path.with_suffix(".html")).encode("utf-8"))
    return status


def fetch_manifest(manifest: Path, out: Path, options: FetchOptions | None = None, force: bool = False,
                   progress: bool = False) -> FetchResult:
    """Fetch every URL of ``manifest`` into ``out``; failures are listed, not raised."""
    import requests
    from tqdm import tqdm

    options = options or FetchOptions()
    frame = read_manifest(manifest)
    result = FetchResult(Path(out))
    polite = Politeness(options.delay)
    seen: set[str] = set()
    with requests.Session() as session:
        session.headers["User-Agent"] = USER_AGENT
        session.max_redirects = 5
        rows = frame.to_dict("records")
        for row in tqdm(rows, desc="fetching", unit="page", file=sys.stderr, disable=None if progress else True):
            url = row["url"].strip()
            if url in seen:
                result.notices.append(f"{url}: listed twice in {manifest}; fetched once")
                continue
            seen.add(url)
            try:
                status = fetch_row(session, row, Path(out), options, polite, force)
            except (FetchError, corpus.ArticleError) as err:
                message = str(err).removeprefix(f"{url}: ")
                result.errors.append(f"{url}: {message}")
                continue
            if status == "fetched":
                result.fetched += 1
            else:
                result.cached += 1
    return result
