"""Read articles from disk into one table.

In: paths to article files or folders (searched recursively). Out: a DataFrame with one
row per distinct article text (article_id, path, date, title, outlet, url, body,
content_hash, format) — the ``body`` is the text after any header, and every character
offset in the project indexes it. ``load_corpus`` also returns, instead of raising, one
line per file that could not be read (``errors``) and per warning (``notices``).

Formats: the seed format (first line `` date YYYY-MM-DD``, then the text); plain ``.txt``
(date from a ``date:`` line, else ``--date``, else a YYYY-MM-DD in the file name);
Markdown with YAML front matter (date, title, url, outlet); saved HTML pages (main text
and metadata by trafilatura); ``.jsonl``, ``.csv`` and ``.parquet`` corpora with one
article per row (columns text, date, url, title, outlet, id; names configurable; CSV read with Python's csv
module, strict). A malformed row (a CSV row
with the wrong number of cells or a quotation mark never closed, a JSONL line that is not an object) is one error,
``FILE: data row N (id X): problem``; the other rows are read.

Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM; any other bytes are read as cp1252
with a warning. Fallbacks (each a warning naming the file): a body longer than
``MAX_BODY_CHARS`` characters is cut at the last whitespace before the limit (only the
first bytes of a huge file are read, so memory stays bounded); the same text twice is
analysed once.
"""
from __future__ import annotations

import calendar
import codecs
import csv
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

MAX_BODY_CHARS = 200_000  # ~30,000 words: longer bodies are truncated with a warning (cf. GenderGapTracker)
MAX_HTML_BYTES = 10_000_000  # only the first 10 MB of a saved page are parsed
SNIFF_BYTES = 8192  # bytes inspected to tell text from binary
# every byte but the control characters that are not tab, newline, form feed or carriage return
NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file and the problem."""


class CorpusWarning(UserWarning):
    """A documented fallback was applied to an article (encoding, duplicate, truncation)."""


@dataclass(frozen=True)
class Article:
    """One article: metadata plus the body text that offsets index."""

    article_id: str
    path: str
    date: str
    title: str
    outlet: str
    url: str
    body: str
    content_hash: str
    format: str = "text"


@dataclass
class Loaded:
    """The articles read, plus one line per unreadable file and per warning."""

    articles: pd.DataFrame
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


ARTICLE_COLUMNS = ["article_id", "path", "date", "title", "outlet", "url", "body", "content_hash", "format"]
SEED_HEADER = re.compile(r"\A\ufeff?\s*date[ \t]+(\d\S*)[ \t]*")
DATE_LINE = re.compile(r"\A\ufeff?\s*date\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
ISO_PREFIX = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})(?=\Z|[\sT,;.])")  # a time or a comma may follow, not a letter
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
SENTENCE_LINE = re.compile(r"(?:\S+\s+){7,}\S*[.!?…\"”’)]\s*$")
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
COLUMN_ALIASES = {  # corpus field -> column names tried in order (the configured name goes first)
    "text": ["text", "body", "content", "maintext"],
    "date": ["date", "published", "publish_date", "date_publish", "publication_date"],
    "title": ["title", "headline"],
    "url": ["url", "link"],
    "outlet": ["outlet", "source", "publication", "sitename"],
    "id": ["id", "article_id"],
}
DATE_SETTINGS = {"PARSERS": ["absolute-time", "custom-formats"], "REQUIRE_PARTS": ["day", "month", "year"],
                 "STRICT_PARSING": True}


NUMERIC_DATE = re.compile(r"\A(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\Z")  # 03/02/2021, 3.2.2021, 03-02-2021


def numeric_order(values) -> str | None:
    """'DMY' or 'MDY' when the all-numeric dates among ``values`` show their order (a first part above 12 is a
    day: DMY; a second part above 12: MDY), None when none shows it or they show both."""
    orders = set()
    for value in values:
        m = NUMERIC_DATE.match(str(value).strip())
        if m and int(m.group(1)) > 12:
            orders.add("DMY")
        elif m and int(m.group(3)) > 12:
            orders.add("MDY")
    return orders.pop() if len(orders) == 1 else None


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = [m[:3].lower() for m in MONTHS]
MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "30 February 2025", "30th of Feb. 2025" / "February 30, 2025": a written date, to say why it does not exist
DAY_MONTH_YEAR = re.compile(rf"\A(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+(\d{{4}})\Z", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\A{MONTH_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\Z", re.IGNORECASE)
# " date 3 September 2026 Headline..." / " date September 3, 2026 Headline...": the seed format's first line with
# a written date (the day, the month's English name and a four-digit year; the headline runs on after the year)
SEED_WRITTEN_HEADER = re.compile(
    rf"\A\ufeff?\s*date[ \t]+((?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{MONTH_NAME},?|{MONTH_NAME}[ \t]+"
    rf"\d{{1,2}}(?:st|nd|rd|th)?,?)[ \t]+\d{{4}})(?![\w-])[ \t]*", re.IGNORECASE)
NO_DAY = re.compile(rf"\A(?:\d{{4}}-\d{{1,2}}|\d{{1,2}}/\d{{4}}|{MONTH_NAME},?\s+\d{{4}})\Z", re.IGNORECASE)


def missing_day(year: int, month: int, day: int) -> str | None:
    """Why ``year-month-day`` is not a day of the calendar ("February 2025 has no day 30"), or None if it is one."""
    if year < 1:
        return f"there is no year {year}"
    if not 1 <= month <= 12:
        return f"there is no month {month}" + (f" (and no month has a day {day})" if not 1 <= day <= 31 else "")
    if day < 1:
        return f"there is no day {day}"
    last = calendar.monthrange(year, month)[1]
    if day > last:
        leap = f" ({year} is not a leap year)" if month == 2 and day == 29 else ""
        return f"{MONTHS[month - 1]} {year} has no day {day}{leap}"
    return None


def written_day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written with the month's English name, else None."""
    m = DAY_MONTH_YEAR.match(text)
    if m:
        return int(m.group(3)), MONTH_ABBR.index(m.group(2).lower()) + 1, int(m.group(1))
    m = MONTH_DAY_YEAR.match(text)
    if m:
        return int(m.group(3)), MONTH_ABBR.index(m.group(1).lower()) + 1, int(m.group(2))
    return None


def parse_iso_date(value: str, source: str, order: str | None = None) -> str:
    """Return ``value`` (ISO, or a full written date) as an ISO date, or raise ArticleError naming ``source``.

    An all-numeric date whose first two parts could each be the day ("03/02/2021": 3 February or 2 March) is read
    in ``order`` ('DMY' or 'MDY': a table's other rows show it, ``numeric_order``); without an order it is
    refused rather than guessed (dateparser would read it month first). A date in the right form that is not in
    the calendar is refused with the reason ("date '2025-02-30' does not exist: February 2025 has no day 30")."""
    text = str(value).strip()
    iso = ISO_PREFIX.match(text)
    numeric = NUMERIC_DATE.match(text)
    ymd = None
    if iso:
        ymd = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    elif numeric:
        a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        if a > 12 and b > 12:
            raise ArticleError(f"{source}: date {text!r} does not exist: "
                               + (f"{a} cannot be the month" if a == b else f"neither {a} nor {b} can be the month"))
        if a > 12 or (order == "DMY" and b <= 12):
            ymd = year, b, a
        elif b > 12 or order == "MDY" or a == b:
            ymd = year, a, b
        else:
            raise ArticleError(f"{source}: ambiguous date {text!r} (day and month could be either way round; "
                               "write it as YYYY-MM-DD)")
    elif text and len(text) < 60 and not re.match(r"\d{4}-\d", text):  # '2025-02-3O' is a typo, not a date to guess
        import dateparser

        parsed = dateparser.parse(text, settings=DATE_SETTINGS)
        if parsed is not None:
            return parsed.date().isoformat()
        ymd = written_day(text)
    if ymd is not None:
        reason = missing_day(*ymd)
        if reason is None:
            return dt.date(*ymd).isoformat()
        raise ArticleError(f"{source}: date {text!r} does not exist: {reason}")
    if NO_DAY.match(text):
        raise ArticleError(f"{source}: date {text!r} has no day (expected YYYY-MM-DD)")
    raise ArticleError(f"{source}: cannot read {text!r} as a date (expected YYYY-MM-DD, or a written date such as "
                       "'3 February 2021')")


def slug(text: str) -> str:
    """Return a file-name-safe identifier made from ``text`` (NFC letters, digits and marks kept; the rest '-')."""
    kept = "".join(c if c.isalnum() or c in "_.-" or unicodedata.category(c).startswith("M") else "\0"
                   for c in unicodedata.normalize("NFC", text.strip()))
    s = re.sub("\0+", "-", kept).strip("-.")
    return s or "article"


def content_hash(body: str) -> str:
    """Return a short, stable hash of an article body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    """Return ``text`` with Windows and old-Mac line ends turned into '\\n'."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def cap_body(body: str, source: str, max_chars: int, notices: list[str], cut: bool = False) -> str:
    """Cut ``body`` at the last whitespace before ``max_chars`` (warning in ``notices``)."""
    if len(body) <= max_chars and not cut:
        return body
    head = body[:max_chars]
    space = max(head.rfind("\n"), head.rfind(" "))
    head = head[:space] if space > max_chars // 2 else head
    notices.append(f"{source}: body truncated to its first {len(head):,} characters "
                   f"(MAX_BODY_CHARS = {max_chars:,}); the rest is not analysed")
    return head.rstrip()


def looks_binary(data: bytes) -> bool:
    """Return True when the first bytes hold NULs or many control characters (not text)."""
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, NOT_CONTROL))  # the control bytes left after deleting all others
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes, source: str, partial: bool, notices: list[str]) -> str:
    """Decode file bytes (UTF-8, UTF-8/16 with BOM, else cp1252 with a warning); raise on binary data."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return codecs.getincrementaldecoder(codec)().decode(data[len(bom):], final=not partial)
            except UnicodeDecodeError as err:
                raise ArticleError(f"{source}: starts with a {codec.upper()} byte-order mark but is not valid "
                                   f"{codec.upper()} (byte {err.start})") from None
    if looks_binary(data):
        raise ArticleError(f"{source}: binary data, not text (is it really a {Path(source).suffix or 'text'} file?)")
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not partial)
    except UnicodeDecodeError as err:
        notices.append(f"{source}: not valid UTF-8 (byte {err.start}); read as cp1252 (Windows-1252), "
                       "check accented letters and quotes")
        return data.decode("cp1252", errors="replace")


def read_head(path: Path, limit: int) -> tuple[bytes, bool]:
    """Return at most ``limit`` bytes of ``path`` and whether the file is longer."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


def read_text_file(path: Path, max_bytes: int, notices: list[str]) -> tuple[str, bool]:
    """Read and decode (the head of) a text file; return the text and whether it was cut."""
    try:
        data, partial = read_head(path, max_bytes)
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror or err})") from None
    return normalise_newlines(decode(data, str(path), partial, notices)), partial


def finish(source: str, body: str, found: str, meta: dict, max_chars: int, notices: list[str],
           cut: bool = False, fmt: str = "text", stem: str = "") -> Article:
    """Check and cap the body and build the Article (id: slug of ``stem``)."""
    body = cap_body(body.rstrip(), source, max_chars, notices, cut)
    if not body.strip():
        raise ArticleError(f"{source}: the article has a date but no text")
    return Article(slug(stem or Path(source).stem), source, found, clean(meta.get("title")), clean(meta.get("outlet")),
                   clean(meta.get("url")), body, content_hash(body), fmt)


def clean(value: object) -> str:
    """Return a metadata value as a one-line string ('' for missing)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return " ".join(str(value).split())


def header_date(text: str, path: Path, date: str | None) -> tuple[str, str]:
    """Find the date (seed header, ``date:`` line, ``--date``, file name) and return it with the body."""
    source = str(path)
    header = SEED_WRITTEN_HEADER.match(text) or SEED_HEADER.match(text)
    if header:
        try:
            return parse_iso_date(header.group(1), source), text[header.end():]
        except ArticleError as err:
            if not str(err).startswith(f"{source}: cannot read "):
                raise  # a date that does not exist, an ambiguous or dayless one: that message says why
        # ' date 3 Sept. Headline': the first line holds no date this reader can take; say which forms it takes
        shown = " ".join(text.lstrip("\ufeff").split("\n", 1)[0].split())[:40]
        raise ArticleError(f"{source}: the first line ({shown!r}) does not start with a date this reader can take: "
                           f"write ' date YYYY-MM-DD' (e.g. ' date 2021-02-03 Headline...') or ' date 3 February "
                           f"2021 Headline...' (day, month name, year), or put the date on a line of its own "
                           f"('date: 3 February 2021')") from None
    line = DATE_LINE.search(text[:2000])
    if line:
        return parse_iso_date(line.group(1), source), text[line.end():].lstrip("\n")
    if date:
        return parse_iso_date(date, f"{source} (--date)"), text
    name = NAME_DATE.search(path.name)
    if not name:
        raise ArticleError(f"{source}: no date found (add a first line ' date YYYY-MM-DD', a 'date:' line, "
                           "a YYYY-MM-DD in the file name, or pass --date)")
    return parse_iso_date(name.group(1), source), text


def parse_text(text: str, path: Path, date: str | None = None, max_chars: int = MAX_BODY_CHARS,
               notices: list[str] | None = None, cut: bool = False) -> Article:
    """Parse the seed format or a plain text with a date line / dated file name."""
    notices = [] if notices is None else notices
    if not text.strip():
        raise ArticleError(f"{path}: empty file (no text to analyse)")
    found, body = header_date(normalise_newlines(text), path, date)
    return finish(str(path), body, found, name_meta(path), max_chars, notices, cut)


# "2021-02-10_pocketnow_twitter-blocking-orders.txt": the project's file-name convention (date, outlet, slug)
NAMED_FILE = re.compile(r"\d{4}-\d{2}-\d{2}_([A-Za-z0-9]+)_([A-Za-z0-9][\w-]*)$")


def name_meta(path: Path) -> dict[str, str]:
    """Outlet and title read off a file named ``YYYY-MM-DD_outlet_slug`` (a plain text has no other place for them:
    the seed format's first line runs the headline into the first paragraph); empty for any other name."""
    m = NAMED_FILE.match(path.stem)
    if m is None:
        return {}
    return {"outlet": m.group(1), "title": m.group(2).replace("-", " ").replace("_", " ").capitalize()}


@functools.cache
def text_dates_loader():
    """A safe YAML loader that keeps dates as the text written: PyYAML would raise a bare ValueError on
    'date: 2025-02-30' (and turn a valid one into a datetime); parse_iso_date then explains an impossible date."""
    import yaml

    class TextDates(yaml.SafeLoader):
        pass

    TextDates.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return TextDates


def parse_markdown(text: str, path: Path, date: str | None = None, max_chars: int = MAX_BODY_CHARS,
                   notices: list[str] | None = None, cut: bool = False) -> Article:
    """Parse Markdown with optional YAML front matter (date, title, url, outlet)."""
    import yaml

    notices = [] if notices is None else notices
    match = FRONT_MATTER.match(text)
    if not match:
        return replace(parse_text(text, path, date, max_chars, notices, cut), format="markdown")
    try:
        meta = yaml.load(match.group(1), Loader=text_dates_loader()) or {}
    except yaml.YAMLError as err:
        raise ArticleError(f"{path}: invalid YAML front matter ({str(err).splitlines()[0]})") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}: the front matter is not a list of 'key: value' lines")
    meta = {str(k).lower(): v for k, v in meta.items()}
    body = text[match.end():]
    if not body.strip():
        raise ArticleError(f"{path}: empty file (front matter but no text to analyse)")
    if meta.get("date") not in (None, ""):
        found = parse_iso_date(str(meta["date"]), f"{path} (front matter)")
    else:
        found, body = header_date(body, path, date)
    return finish(str(path), body.lstrip("\n"), found, meta, max_chars, notices, cut, "markdown")


def parse_html(data: bytes, path: Path, date: str | None = None, max_chars: int = MAX_BODY_CHARS,
               notices: list[str] | None = None) -> Article:
    """Extract main text, title, date and URL of a saved web page with trafilatura."""
    import trafilatura

    notices = [] if notices is None else notices
    if not data.strip():
        raise ArticleError(f"{path}: empty file (no text to analyse)")
    if looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(f"{path}: binary data, not an HTML page")
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_tables=False, include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = normalise_newlines(getattr(doc, "text", None) or "")
    if not any(SENTENCE_LINE.search(line) for line in text.splitlines()):
        raise ArticleError(f"{path}: no article text found (the page holds only navigation or boilerplate)")
    meta = {"title": doc.title, "url": doc.url, "outlet": doc.sitename or doc.hostname}
    if doc.date:
        found = parse_iso_date(doc.date, f"{path} (page metadata)")
    else:
        found, _ = header_date("", path, date)
    return finish(str(path), text, found, meta, max_chars, notices, fmt="html")


def pick_column(columns: list[str], wanted: str, configured: dict[str, str]) -> str | None:
    """Return the table column holding corpus field ``wanted`` (configured name, else an alias)."""
    if configured.get(wanted):
        return configured[wanted] if configured[wanted] in columns else None
    lower = {c.lower(): c for c in columns}
    return next((lower[a] for a in COLUMN_ALIASES[wanted] if a in lower), None)


def snippet(text: str, at: int, before: int = 20, after: int = 12) -> str:
    """A short one-line excerpt of ``text`` around offset ``at`` (for a message)."""
    head, tail = text[max(0, at - before):at], text[at:at + after]
    return (("…" if before and at > before else "") + " ".join((head + tail).split())
            + ("…" if at + after < len(text) else ""))


@dataclass
class Table:
    """A corpus table: its rows (a DataFrame of strings), the data row number of each (from 1, after a CSV's
    header), and the rows that could not be read, as (data row, message) pairs (errors) or read with a fallback
    (notices)."""

    frame: pd.DataFrame
    numbers: list[int]
    errors: list[tuple[int, str]] = field(default_factory=list)
    notices: list[tuple[int, str]] = field(default_factory=list)


def row_source(path: Path, number: int, ident: str = "") -> str:
    """How a message names a row of a table corpus: 'FILE: data row N (id X)'."""
    return f"{path}: data row {number}" + (f" (id {ident})" if ident else "")


def header_names(cells: list[str]) -> list[str]:
    """Column names from a CSV header, as pandas names them (an empty one 'Unnamed: i', a repeated one 'x.1')."""
    names: list[str] = []
    for i, cell in enumerate(cells):
        name = cell.strip() or f"Unnamed: {i}"
        base, k = name, 0
        while name in names:
            k += 1
            name = f"{base}.{k}"
        names.append(name)
    return names


CLOSING_SPACE = re.compile(r"[ \t]+(?=,|\n|\Z)")  # '"a, b" ,': spaces between a closing quote and the comma
MAX_STRAY_QUOTES = 20  # undoubled quotation marks repaired in one row; more and the row is an error
MAX_REPAIR_CHARS = 1_000_000  # a rejected record longer than this is an unclosed quote, not read again


def csv_rows(text: str, skip_space: bool = False) -> list[list[str]]:
    """The records of ``text`` as Python's csv module reads them in strict mode (RFC 4180; raises csv.Error)."""
    return list(csv.reader(io.StringIO(text, newline=""), strict=True, skipinitialspace=skip_space))


def rejected_at(record: str, skip_space: bool) -> int:
    """Offset of the character that makes the strict csv reader reject ``record`` with "',' expected after '\"'"
    (the character after a quotation mark that closed a quoted cell), found by bisecting on prefixes."""
    lo, hi = 0, len(record)  # the prefix record[:hi] is rejected, record[:lo] is not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        try:
            csv_rows(record[:mid], skip_space)
            lo = mid
        except csv.Error as err:
            lo, hi = (mid, hi) if "expected after" not in str(err) else (lo, mid)
    return hi - 1


@dataclass
class CsvRepair:
    """A record read again after the strict reader rejected it or gave it the wrong number of cells: ``cells``
    (None when still unreadable), the offsets in the record of quotation marks inside a quoted cell that were not
    doubled and were kept as text (``strays``), and why it stays unreadable: ``unclosed`` (a quote never closes in
    the record) or ``late`` (offset of an undoubled quote in a cell that opened on an earlier line and took in a
    line that reads as a row of its own)."""

    cells: list[str] | None
    strays: list[int] = field(default_factory=list)
    unclosed: bool = False
    late: int | None = None
    error: str = ""


def swallows_a_row(record: str, at: int, width: int) -> bool:
    """Whether a quoted cell that runs from the record's first line to offset ``at`` took in a line that reads as a
    row of its own (``width`` cells or more): then its opening quote was never closed, and the quote at ``at`` is
    not a quote inside it that should have been doubled."""
    later = record.split("\n")[1:record.count("\n", 0, at) + 1]
    try:
        return any(len(next(csv.reader([line]), [])) >= width for line in later)
    except csv.Error:
        return True


def repair_record(record: str, skip_space: bool, width: int) -> CsvRepair:
    """Read one CSV record with the csv module (strict); where it rejects a quotation mark that closes a quoted
    cell but is followed by text (a quote inside the cell that should have been doubled), double that quote and
    read again, so the quote is kept as text; spaces between a closing quote and the comma are dropped."""
    closed = False  # a closing quote was added at the end of the line
    fixed, strays, shift = record, [], 0  # shift: characters inserted (+) or removed (-) before the next offset
    for _ in range(MAX_STRAY_QUOTES + 1):
        try:
            rows = csv_rows(fixed, skip_space)
        except csv.Error as err:
            if "unexpected end of data" in str(err):
                if strays and not closed and "\n" not in fixed.rstrip("\n"):
                    # '"He declined, "as always.': the quote kept as text, the cell had no closing quote of its
                    # own; it ends with its line
                    fixed, closed = fixed.rstrip("\n") + '"' + fixed[len(fixed.rstrip("\n")):], True
                    continue
                # a quote opened on an earlier line that is never closed, or closed by an undoubled quote
                late = strays[0] if strays and "\n" in record[:strays[0]] else None
                return CsvRepair(None, strays, unclosed=late is None, late=late)
            if "expected after" not in str(err):
                return CsvRepair(None, strays, error=str(err))
            at = rejected_at(fixed, skip_space)
            spaces = CLOSING_SPACE.match(fixed, at)
            if spaces:
                fixed = fixed[:at] + fixed[spaces.end():]
                shift -= spaces.end() - at
                continue
            quote = at - 1
            if "\n" in fixed[:quote] and swallows_a_row(record, quote - shift, width):
                return CsvRepair(None, strays, late=quote - shift)
            strays.append(quote - shift)
            fixed = fixed[:quote] + '"' + fixed[quote:]
            shift += 1
            continue
        return CsvRepair(rows[0] if len(rows) == 1 else None, strays, unclosed=len(rows) > 1)
    return CsvRepair(None, strays, error=f"more than {MAX_STRAY_QUOTES} quotation marks that are not doubled")


def read_csv_table(text: str, path: Path, columns: dict[str, str]) -> Table:
    """Read a CSV corpus with Python's csv module (strict mode), record by record, so that one malformed row costs
    only that row: a row with more or fewer cells than the header, or whose quotation mark is never closed, is an
    error naming its data row, line and id (the rows after an unclosed quote are read from the next line); a
    quotation mark inside a quoted cell that is not doubled is kept as text, with a notice."""
    lines = io.StringIO(text, newline="").readlines()
    rows, numbers, table = [], [], Table(pd.DataFrame(), [])
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # the default (131,072 characters) is shorter than a long article
    try:
        reader, base = csv.reader(lines, strict=True), 0
        header = None
        while header is None:
            top = reader.line_num  # index of the header's first line
            try:
                cells = next(reader)
            except StopIteration:
                raise ArticleError(f"{path}: empty file (no rows)") from None
            except csv.Error as err:
                shown = " ".join(lines[top].split())[:60]
                how = ("a quotation mark opened in it is never closed" if "unexpected end" in str(err) else
                       f"a quotation mark in it is not doubled ({err})")
                raise ArticleError(f"{path}: the header (line {top + 1}: {shown}) cannot be read: {how}") from None
            if cells and (len(cells) > 1 or cells[0].strip()):
                header = header_names(cells)
        id_column = pick_column(header, "id", columns)
        id_at = header.index(id_column) if id_column else None
        width, number = len(header), 0
        while True:
            first = base + reader.line_num  # index of the record's first line in ``lines``
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error:
                cells = None
            if cells is not None:
                if len(cells) == width and (width > 1 or cells[0].strip()):  # the common case: a good row
                    number += 1
                    rows.append(cells)
                    numbers.append(number)
                    continue
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue  # a blank line
            number += 1
            end = base + reader.line_num  # the record (or the lines the reader took before failing) ends here
            cells, reread = bad_record(path, number, lines, first, end, header, id_at, table)
            if reread:  # the reader took later lines into a cell whose quote never closes: read them again
                reader, base = csv.reader(itertools.islice(lines, first + 1, None), strict=True), first + 1
            if cells is not None:
                rows.append(cells)
                numbers.append(number)
    finally:
        csv.field_size_limit(limit)
    table.frame = pd.DataFrame(rows, columns=header, dtype=str)
    table.numbers = numbers
    return table


def bad_record(path: Path, number: int, lines: list[str], first: int, end: int, header: list[str],
               id_at: int | None, table: Table) -> tuple[list[str] | None, bool]:
    """Read again a record (``lines[first:end]``) that the strict reader rejected or that has the wrong number of
    cells; return its cells, or None after adding its error to ``table``, and whether the lines after its first
    must be read again (an unclosed quote took them)."""
    record = "".join(lines[first:end])
    # a record this long is a quote that never closed, taking the rows after it (repairing it would read it again
    # and again, each time to its end)
    too_long = len(record) > MAX_REPAIR_CHARS
    fix = CsvRepair(None, unclosed=True) if too_long else repair_record(record, False, len(header))
    if fix.cells is not None and not fits(fix.cells, header):
        spaced = repair_record(record, True, len(header))  # ', "a, b"': a space before an opening quote
        fix = spaced if spaced.cells is not None and fits(spaced.cells, header) else fix
    if fix.cells is None:
        table.errors.append((number, unreadable_row(path, number, lines, first, end, fix, header, id_at)))
        return None, (fix.unclosed or fix.late is not None) and end > first + 1
    cells, line = fix.cells, first + 1
    ident = clean(cells[id_at]) if id_at is not None and id_at < len(cells) - (len(cells) < len(header)) else ""
    where_ = row_source(path, number, ident)
    if not fits(cells, header):
        span = f"line {line}" + (f"-{end}" if end > line else "")
        extra = cells[len(header):]
        if extra:
            shown = ", ".join(repr(" ".join(c.split())[:40]) for c in extra)
            cause = (f"{len(cells)} cells where the header has {len(header)} ({span}; extra: {shown}); "
                     "a cell holding a comma must be in double quotes")
        elif (swallower := quote_swallowing(record, cells, len(header))) is not None:
            at, index = swallower
            head = cells[index].split(",")[0]
            cause = (f"{len(cells)} cell{'s' if len(cells) > 1 else ''} where the header has {len(header)} "
                     f"({span}): the quotation mark opening its {header[index]!r} cell ({snippet(record, at, 0, 30)}) "
                     f"is not closed where that cell ends, so the cell runs on over the commas after it and takes in "
                     f"the next {len(header) - len(cells)} cell{'s' if len(header) - len(cells) > 1 else ''}; close "
                     f"the quote where the cell ends (\"{' '.join(head.split())[:30]}\",) or remove it")
        else:
            cause = (f"{len(cells)} cell{'s' if len(cells) > 1 else ''} where the header has {len(header)} "
                     f"({span}: {snippet(record, 0, 0, 40)}): a cell is missing, or a line break in a cell that is "
                     "not in double quotes split the row")
        table.errors.append((number, f"{where_}: {cause}"))
        return None, False
    if fix.strays:
        at = fix.strays[0]
        more = f", and {len(fix.strays) - 1} more" if len(fix.strays) > 1 else ""
        table.notices.append((number, f"{where_}: a quotation mark inside {cell_name(record, at, header)} is not "
                              f"doubled ({snippet(record, at)}, line {line + record.count(chr(10), 0, at)}{more}); "
                              "read as part of the text (inside a quoted cell write a quote as \"\")"))
    return cells[:len(header)], False


def quote_swallowing(record: str, cells: list[str], width: int) -> tuple[int, int] | None:
    """For a row with fewer cells than the header: (offset in ``record`` of the quotation mark, index of the cell it
    opens) when a quoted cell holds at least as many commas as the row lacks cells, i.e. a stray opening quote
    (',"Minister repeats warning,Quorvik Wire,"Minister said...') made the following cells part of it; else None."""
    missing = width - len(cells)
    for index, cell in enumerate(cells):
        if cell.count(",") >= missing:
            at = record.find('"' + cell.split('"')[0])
            if at >= 0 and (at == 0 or record[at - 1] in ", \t"):
                return at, index
    return None


def fits(cells: list[str], header: list[str]) -> bool:
    """Whether a row has the header's number of cells (trailing empty cells, a spreadsheet's stray commas, aside)."""
    return len(cells) == len(header) or (len(cells) > len(header) and not any(c.strip() for c in cells[len(header):]))


def cell_name(record: str, at: int, header: list[str]) -> str:
    """The cell of ``record`` that offset ``at`` falls in, named by its column ("its 'text' cell")."""
    try:
        index = len(next(csv.reader(io.StringIO(record[:at] + '"', newline=""), strict=False), [""])) - 1
    except csv.Error:
        return "a cell"
    return f"its {header[index]!r} cell" if index < len(header) else f"its cell {index + 1}"


def unreadable_row(path: Path, number: int, lines: list[str], first: int, end: int, fix: CsvRepair,
                   header: list[str], id_at: int | None) -> str:
    """The error line for a CSV record the csv module cannot read even after repair."""
    line = first + 1
    # the cells of the record's first line, as far as they can be read: the last is where the quoting broke
    head = next(csv.reader([lines[first]], strict=False), [""])
    ident = clean(head[id_at]) if id_at is not None and id_at < len(head) - 1 else ""
    where_ = row_source(path, number, ident)
    index = len(head) - 1
    cell = f"its {header[index]!r} cell" if index < len(header) else f"its cell {index + 1}"
    opening = snippet('"' + head[-1], 0, 0, 24)
    if fix.late is not None:
        record = "".join(lines[first:end])
        return (f"{where_}: the quotation mark opening {cell} ({opening}, line {line}) is not closed on its line: "
                f"the cell runs on to line {line + record.count(chr(10), 0, fix.late)}, to a quote that is not doubled "
                f"({snippet(record, fix.late)}); add the closing quote (the rows after it are read from the next line)")
    if fix.unclosed:
        rest = "the rows after it are read from the next line" if first + 1 < len(lines) else "it is the last row"
        how = ("is never closed (the cell would swallow the rest of the file)" if end >= len(lines) else
               f"is not closed on its line (the cell runs on to line {end})")
        return (f"{where_}: the quotation mark opening {cell} ({opening}, line {line}) {how}; add the closing quote "
                f"({rest})")
    return f"{where_}: line {line} cannot be read as CSV ({fix.error})"


def read_jsonl_table(text: str, path: Path, columns: dict[str, str]) -> Table:
    """Read a JSON Lines corpus (one object per line; a blank line is skipped); a line that is not a JSON object
    is an error naming its data row, line and (when it can be read) id."""
    keys = [columns["id"]] if columns.get("id") else COLUMN_ALIASES["id"]
    id_pattern = re.compile(r'"(?:%s)"\s*:\s*"?([^",}\s]+)' % "|".join(map(re.escape, keys)), re.IGNORECASE)
    rows, numbers, table = [], [], Table(pd.DataFrame(), [])
    number = 0
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        number += 1
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            found = id_pattern.search(line)
            at = "" if err.msg.endswith(" at") else " at"  # "Unterminated string starting at"
            table.errors.append((number, f"{row_source(path, number, found.group(1) if found else '')}: line {line_no} "
                                 f"is not valid JSON ({err.msg}{at} character {err.colno}: "
                                 f"{snippet(line, err.pos, 16, 12)})"))
            continue
        if not isinstance(row, dict):
            kinds = {list: "a list", str: "a string", type(None): "null", bool: "true or false"}
            kind = kinds.get(type(row), "a number")
            table.errors.append((number, f"{row_source(path, number)}: line {line_no} is {kind}, not a JSON object "
                                 "(one article per line: {\"id\": ..., \"date\": ..., \"text\": ...})"))
            continue
        rows.append(row)
        numbers.append(number)
    table.frame, table.numbers = pd.DataFrame(rows), numbers
    return table


def read_table_file(path: Path, notices: list[str], columns: dict[str, str] | None = None) -> Table:
    """Read a .jsonl, .csv or .parquet corpus (one article per row); a malformed row is kept out, not the file."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow

        try:
            frame = pd.read_parquet(path)
        except (pyarrow.ArrowException, OSError, ValueError) as err:
            raise ArticleError(f"{path}: not a readable Parquet file ({str(err).splitlines()[0]})") from None
        return Table(frame, list(range(1, len(frame) + 1)))
    text, _ = read_text_file(path, path.stat().st_size, notices)
    if not text.strip():
        raise ArticleError(f"{path}: empty file (no rows)")
    if suffix == ".csv":
        return read_csv_table(text, path, columns or {})
    return read_jsonl_table(text, path, columns or {})


def parse_table(path: Path, date: str | None, columns: dict[str, str], max_chars: int,
                notices: list[str], errors: list[str]) -> list[Article]:
    """Read one article per row of a table corpus; bad rows go to ``errors`` (in data row order)."""
    table = read_table_file(path, notices, columns)
    frame = table.frame
    names = [str(c) for c in frame.columns]
    frame.columns = names
    col = {k: pick_column(names, k, columns) for k in COLUMN_ALIASES}
    if col["text"] is None and len(frame.columns):
        wanted = columns.get("text") or "', '".join(COLUMN_ALIASES["text"])
        raise ArticleError(f"{path}: no text column '{wanted}' (columns: {', '.join(names) or 'none'}); "
                           "name it with --text-column")
    width = len(str(max(table.numbers, default=1)))
    out = []
    row_errors, row_notices = list(table.errors), list(table.notices)
    # the day/month order of all-numeric dates, from the rows that show it (a part above 12)
    order = numeric_order(frame[col["date"]].dropna().tolist()) if col["date"] else None
    for number, row in zip(table.numbers, frame.to_dict("records")):
        ident = clean(row.get(col["id"])) if col["id"] else ""
        # the data row, counted from 1 after the header (a CSV body may span several lines), and its id
        source = row_source(path, number, ident)
        problems: list[str] = []
        try:
            body = normalise_newlines(clean_text(row.get(col["text"])))
            if not body.strip():
                raise ArticleError(f"{source}: empty text (its '{col['text']}' cell)")
            raw_date = clean(row.get(col["date"])) if col["date"] else ""
            if not raw_date and date is None:
                raise ArticleError(f"{source}: no date (fill its '{col['date']}' cell with YYYY-MM-DD, or pass --date "
                                   "to give every undated row that one date)" if col["date"] else
                                   f"{source}: no date column (name it with --date-column, or pass --date)")
            found = parse_iso_date(raw_date, source, order) if raw_date else parse_iso_date(date, f"{source} (--date)")
            meta = {k: row.get(col[k]) if col[k] else None for k in ("title", "url", "outlet")}
            article = finish(source, body.strip("\n"), found, meta, max_chars, problems, fmt=path.suffix.lower()[1:],
                             stem=ident or f"{path.stem}-{number:0{width}d}")
            out.append(replace(article, path=str(path)))
        except ArticleError as err:
            row_errors.append((number, str(err)))
        row_notices.extend((number, line) for line in problems)
    errors.extend(line for _, line in sorted(row_errors, key=lambda pair: pair[0]))
    notices.extend(line for _, line in sorted(row_notices, key=lambda pair: pair[0]))
    return out


def clean_text(value: object) -> str:
    """Return a table cell as text ('' for missing values)."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def read_article(path: str | Path, date: str | None = None, max_chars: int = MAX_BODY_CHARS,
                 notices: list[str] | None = None) -> Article:
    """Read one single-article file (text, seed format, Markdown or HTML); raise ArticleError if unreadable."""
    p = Path(path)
    notices = [] if notices is None else notices
    if not p.exists():
        raise ArticleError(f"{p}: no such file or folder")
    if p.is_dir():
        raise ArticleError(f"{p}: is a folder (pass it to read_corpus)")
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        try:
            data, partial = read_head(p, MAX_HTML_BYTES)
        except OSError as err:
            raise ArticleError(f"{p}: cannot be read ({err.strerror or err})") from None
        if partial:
            notices.append(f"{p}: page larger than {MAX_HTML_BYTES:,} bytes; only its beginning is parsed")
        return parse_html(data, p, date, max_chars, notices)
    if suffix in TABLE_SUFFIXES:
        raise ArticleError(f"{p}: a {suffix} corpus holds many articles (use read_corpus)")
    text, cut = read_text_file(p, max_chars * 4 + SNIFF_BYTES, notices)
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(text, p, date, max_chars, notices, cut)
    return parse_text(text, p, date, max_chars, notices, cut)


def is_hidden(path: Path, root: Path) -> bool:
    """Return True when a part of ``path`` below ``root`` starts with a dot (.git, .ipynb_checkpoints ...)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect(paths: list[str | Path], errors: list[str], notices: list[str]) -> list[Path]:
    """Expand folders (recursively, sorted) into article files; missing paths go to ``errors``."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not is_hidden(f, p))
            chosen = [f for f in files if f.suffix.lower() in SUFFIXES and not f.name.upper().startswith("README")]
            kept = set(chosen)
            skipped = sorted({f.suffix.lower() or f.name for f in files if f not in kept})
            if skipped:
                notices.append(f"{p}: skipped {len(files) - len(chosen)} file(s) that are not articles "
                               f"({', '.join(skipped)})")
            out.extend(chosen)
        elif p.exists():
            out.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    return out


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders (recursively) into article files, sorted; keep files as given."""
    return collect(paths, [], [])


def where(art: Article) -> str:
    """Where an article came from, for a notice: its file, and for a row of a table corpus also its id."""
    return f"{art.path} (id {art.article_id})" if art.format in ("csv", "jsonl", "ndjson", "parquet") else art.path


def unique_ids(articles: list[Article], notices: list[str] | None = None) -> list[Article]:
    """Make article ids unique: the first keeps its id, later ones get '-<hash>' (deterministic); each renaming
    is noted (a researcher joining the tables back to a database by id must know)."""
    seen: set[str] = set()
    out = []
    for art in articles:
        aid = art.article_id
        if aid in seen:
            aid = f"{aid}-{art.content_hash[:8]}"
            if notices is not None:
                notices.append(f"{where(art)}: id already used by an earlier article; renamed {aid!r}")
        seen.add(aid)
        out.append(replace(art, article_id=aid) if aid != art.article_id else art)
    return out


def drop_duplicates(articles: list[Article], notices: list[str]) -> list[Article]:
    """Keep the first article of each text; note every later copy."""
    first: dict[str, Article] = {}
    out = []
    for art in articles:
        if art.content_hash in first:
            notices.append(f"{where(art)}: same text as {where(first[art.content_hash])}; analysed once, "
                           "as the first")
            continue
        first[art.content_hash] = art
        out.append(art)
    return out


def load_corpus(paths: list[str | Path], date: str | None = None, columns: dict[str, str] | None = None,
                max_chars: int = MAX_BODY_CHARS) -> Loaded:
    """Read every article under ``paths``; unreadable files become ``errors`` lines, not exceptions."""
    errors: list[str] = []
    notices: list[str] = []
    articles: list[Article] = []
    for path in collect(paths, errors, notices):
        try:
            if path.suffix.lower() in TABLE_SUFFIXES:
                articles.extend(parse_table(path, date, columns or {}, max_chars, notices, errors))
            else:
                articles.append(read_article(path, date, max_chars, notices))
        except ArticleError as err:
            errors.append(str(err))
    articles = unique_ids(drop_duplicates(articles, notices), notices)
    frame = pd.DataFrame([[getattr(a, c) for c in ARTICLE_COLUMNS] for a in articles], columns=ARTICLE_COLUMNS)
    return Loaded(frame, errors, notices)


def read_corpus(paths: list[str | Path], date: str | None = None, columns: dict[str, str] | None = None,
                max_chars: int = MAX_BODY_CHARS) -> pd.DataFrame:
    """Read the articles under ``paths``: warn (CorpusWarning) per fallback or skipped file; raise if none is readable."""
    loaded = load_corpus(paths, date, columns, max_chars)
    for line in loaded.notices:
        warnings.warn(line, CorpusWarning, stacklevel=2)
    if loaded.errors and loaded.articles.empty:
        raise ArticleError(loaded.errors[0] if len(loaded.errors) == 1 else
                           f"no readable article; {len(loaded.errors)} problems, first: {loaded.errors[0]}")
    for line in loaded.errors:
        warnings.warn(f"skipped {line}", CorpusWarning, stacklevel=2)
    if loaded.articles.empty:
        raise ArticleError(f"{', '.join(map(str, paths))}: no article files found")
    return loaded.articles
