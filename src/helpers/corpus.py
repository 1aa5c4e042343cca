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
article per row (columns text, date, url, title, outlet, id; names configurable).

Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM; any other bytes are read as cp1252
with a warning. Fallbacks (each a warning naming the file): a body longer than
``MAX_BODY_CHARS`` characters is cut at the last whitespace before the limit (only the
first bytes of a huge file are read, so memory stays bounded); the same text twice is
analysed once.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
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
ISO_PREFIX = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
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


def parse_iso_date(value: str, source: str, order: str | None = None) -> str:
    """Return ``value`` (ISO, or a full written date) as an ISO date, or raise ArticleError naming ``source``.

    An all-numeric date whose first two parts could each be the day ("03/02/2021": 3 February or 2 March) is read
    in ``order`` ('DMY' or 'MDY': a table's other rows show it, ``numeric_order``); without an order it is
    refused rather than guessed (dateparser would read it month first)."""
    text = str(value).strip()
    iso = ISO_PREFIX.match(text)
    numeric = NUMERIC_DATE.match(text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
        if numeric:
            a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
            if a > 12 or (order == "DMY" and b <= 12):
                return dt.date(year, b, a).isoformat()
            if b > 12 or order == "MDY" or a == b:
                return dt.date(year, a, b).isoformat()
            raise ArticleError(f"{source}: ambiguous date {text!r} (day and month could be either way round; "
                               "write it as YYYY-MM-DD)")
        if text and len(text) < 60:
            import dateparser

            parsed = dateparser.parse(text, settings=DATE_SETTINGS)
            if parsed is not None:
                return parsed.date().isoformat()
    except ArticleError:
        raise
    except ValueError:
        pass
    raise ArticleError(f"{source}: impossible or malformed date {text!r} (expected YYYY-MM-DD)")


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
    header = SEED_HEADER.match(text)
    if header:
        return parse_iso_date(header.group(1), source), text[header.end():]
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


def parse_markdown(text: str, path: Path, date: str | None = None, max_chars: int = MAX_BODY_CHARS,
                   notices: list[str] | None = None, cut: bool = False) -> Article:
    """Parse Markdown with optional YAML front matter (date, title, url, outlet)."""
    import yaml

    notices = [] if notices is None else notices
    match = FRONT_MATTER.match(text)
    if not match:
        return replace(parse_text(text, path, date, max_chars, notices, cut), format="markdown")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
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


def read_table_file(path: Path, notices: list[str]) -> pd.DataFrame:
    """Read a .jsonl, .csv or .parquet corpus into a DataFrame of strings (one article per row)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow

        try:
            frame = pd.read_parquet(path)
        except (pyarrow.ArrowException, OSError, ValueError) as err:
            raise ArticleError(f"{path}: not a readable Parquet file ({str(err).splitlines()[0]})") from None
        return frame
    text, _ = read_text_file(path, path.stat().st_size, notices)
    if not text.strip():
        raise ArticleError(f"{path}: empty file (no rows)")
    if suffix == ".csv":
        try:
            return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
            raise ArticleError(f"{path}: not a readable CSV ({str(err).strip().splitlines()[0]})") from None
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise ArticleError(f"{path}: line {number} is not valid JSON ({err.msg})") from None
            if not isinstance(row, dict):
                raise ArticleError(f"{path}: line {number} is not a JSON object")
            rows.append(row)
    return pd.DataFrame(rows)


def parse_table(path: Path, date: str | None, columns: dict[str, str], max_chars: int,
                notices: list[str], errors: list[str]) -> list[Article]:
    """Read one article per row of a table corpus; bad rows go to ``errors``."""
    frame = read_table_file(path, notices)
    names = [str(c) for c in frame.columns]
    frame.columns = names
    col = {k: pick_column(names, k, columns) for k in COLUMN_ALIASES}
    if col["text"] is None:
        wanted = columns.get("text") or "', '".join(COLUMN_ALIASES["text"])
        raise ArticleError(f"{path}: no text column '{wanted}' (columns: {', '.join(names) or 'none'}); "
                           "name it with --text-column")
    width = len(str(len(frame)))
    out = []
    # the day/month order of all-numeric dates, from the rows that show it (a part above 12)
    order = numeric_order(frame[col["date"]].dropna().tolist()) if col["date"] else None
    for i, row in enumerate(frame.to_dict("records")):
        ident = clean(row.get(col["id"])) if col["id"] else ""
        # the data row, counted from 1 after the header (a CSV body may span several lines), and its id
        source = f"{path} (row {i + 1}{', id ' + ident if ident else ''})"
        try:
            body = normalise_newlines(clean_text(row.get(col["text"])))
            if not body.strip():
                raise ArticleError(f"{source}: empty text")
            raw_date = clean(row.get(col["date"])) if col["date"] else ""
            if not raw_date and date is None:
                raise ArticleError(f"{source}: no date (fill its '{col['date']}' cell with YYYY-MM-DD, or pass --date "
                                   "to give every undated row that one date)" if col["date"] else
                                   f"{source}: no date column (name it with --date-column, or pass --date)")
            found = parse_iso_date(raw_date, source, order) if raw_date else header_date("", Path(source), date)[0]
            meta = {k: row.get(col[k]) if col[k] else None for k in ("title", "url", "outlet")}
            article = finish(source, body.strip("\n"), found, meta, max_chars, notices, fmt=path.suffix.lower()[1:],
                             stem=ident or f"{path.stem}-{i + 1:0{width}d}")
            out.append(replace(article, path=str(path)))
        except ArticleError as err:
            errors.append(str(err))
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
