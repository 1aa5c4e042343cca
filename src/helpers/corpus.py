"""Read articles from disk into one table.

In: paths to article files or folders. Out: a DataFrame with one row per article
(article_id, path, date, title, outlet, url, body, content_hash) — the ``body`` is
the text after any header, and every character offset in the project indexes it.

Formats handled here: the seed format (first line `` date YYYY-MM-DD`` followed by the
text), plain ``.txt`` with a ``date:`` line or a date in the file name.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file and the problem."""


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


ARTICLE_COLUMNS = ["article_id", "path", "date", "title", "outlet", "url", "body", "content_hash"]
SEED_HEADER = re.compile(r"\A\ufeff?\s*date\s+(\S+)[ \t]*")
DATE_LINE = re.compile(r"\A\ufeff?\s*date\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
SUFFIXES = {".txt", ".text", ".md"}


def parse_iso_date(value: str, source: str) -> str:
    """Return ``value`` as an ISO date, or raise ArticleError naming ``source``."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ArticleError(f"{source}: impossible or malformed date {value.strip()!r} (expected YYYY-MM-DD)") from None


def slug(text: str) -> str:
    """Return a file-name-safe identifier made from ``text``."""
    s = re.sub(r"[^\w.-]+", "-", text.strip(), flags=re.UNICODE).strip("-.")
    return s or "article"


def content_hash(body: str) -> str:
    """Return a short, stable hash of an article body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def parse_text(text: str, path: Path, date: str | None = None) -> Article:
    """Parse the seed format or a plain text with a date line / dated file name."""
    source = str(path)
    if not text.strip():
        raise ArticleError(f"{source}: empty file (no text to analyse)")
    header = SEED_HEADER.match(text)
    if header:
        found = parse_iso_date(header.group(1), source)
        body = text[header.end():]
    else:
        line = DATE_LINE.search(text[:2000])
        if line:
            found = parse_iso_date(line.group(1), source)
            body = text[line.end():].lstrip("\r\n")
        elif date:
            found, body = parse_iso_date(date, source), text
        else:
            name = NAME_DATE.search(path.name)
            if not name:
                raise ArticleError(f"{source}: no date found (add a first line ' date YYYY-MM-DD', a 'date:' line, or pass --date)")
            found, body = parse_iso_date(name.group(1), source), text
    body = body.replace("\r\n", "\n").rstrip()
    if not body.strip():
        raise ArticleError(f"{source}: the article has a date but no text")
    return Article(slug(path.stem), source, found, "", "", "", body, content_hash(body))


def read_article(path: str | Path, date: str | None = None) -> Article:
    """Read one article file."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file or folder")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(f"{p}: not valid UTF-8 text") from None
    return parse_text(text, p, date)


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders (recursively) into article files, sorted; keep files as given."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def read_corpus(paths: list[str | Path], date: str | None = None) -> pd.DataFrame:
    """Read every article under ``paths`` into a DataFrame (one row per distinct text)."""
    articles = [read_article(p, date) for p in expand_paths(paths)]
    frame = pd.DataFrame([asdict(a) for a in articles], columns=ARTICLE_COLUMNS)
    return frame.drop_duplicates("content_hash").reset_index(drop=True)
