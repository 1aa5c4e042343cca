"""The table contract: column lists, and safe, deterministic CSV writing and reading.

In: DataFrames. Out: CSV files whose columns follow ``DESIGN.md`` (more columns may be
added, none removed), written atomically (temporary file, then rename) with text cells
that spreadsheet programs would run as formulas neutralised.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

ARTICLES = ["article_id", "path", "date", "title", "outlet", "url", "n_sentences", "n_words", "content_hash"]
SENTENCES = ["article_id", "sentence_id", "char_start", "char_end", "text", "side", "speaker", "statement_id",
             "sentiment", "sentiment_domain", "stance", "stance_score", "stance_cues", "kind", "paragraph"]
STATEMENTS = ["article_id", "statement_id", "side", "speaker", "kind", "char_start", "char_end", "text",
              "sentiment", "sentiment_domain", "stance", "stance_score", "stance_cues"]
EVENTS = ["article_id", "event_id", "event_type", "side", "actor", "date_start", "date_end", "date_text",
          "date_basis", "count", "count_unit", "char_start", "char_end", "evidence", "confidence"]
CONTRACT = {"articles": ARTICLES, "sentences": SENTENCES, "statements": STATEMENTS, "events": EVENTS}
# dtypes of columns that plain Python lists would not give by themselves (count may be missing)
DTYPES = {"events": {"count": "Int64", "confidence": "float64"}}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would read as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with every text cell neutralised (numbers are left alone).

    ``frame`` is not changed. A column of pandas' string dtype in which no cell starts with a formula character
    (nearly all of them: ``str.startswith`` runs in Arrow) is kept as it is, since ``map(neutralise)`` would give
    the same cells and the same dtype; only the others are mapped (about 8 µs per sentence less when the four
    tables are written; session 15). No data is copied: pandas copies a column on write.
    """
    out = frame.copy(deep=False)
    for col in out.columns:
        series = out[col]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            if isinstance(series.dtype, pd.StringDtype) and not series.str.startswith(FORMULA_START).any():
                continue
            out[col] = series.map(neutralise)
    return out


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write ``frame`` to ``path`` atomically, spreadsheet-safe, UTF-8, '\\n' line ends."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            spreadsheet_safe(frame).to_csv(handle, index=False, lineterminator="\n")
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp's private 0600 would make the table unreadable to others
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write the four contract tables into ``out`` (articles.csv, sentences.csv, ...)."""
    written = []
    for name, columns in CONTRACT.items():
        frame = tables[name]
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ValueError(f"table {name}: missing contract column(s) {missing}")
        extra = [c for c in frame.columns if c not in columns]
        written.append(write_csv(frame[columns + extra], Path(out) / f"{name}.csv"))
    return written


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Read the four contract tables back from ``folder`` (empty text cells stay '')."""
    text = ("article_id", "statement_id", "event_id", "date", "date_start", "date_end", "stance_cues", "speaker",
            "title", "outlet", "url", "date_text", "count_unit", "kind", "actor")
    out = {}
    for name in CONTRACT:
        path = Path(folder) / f"{name}.csv"
        # Text columns are read as str, so an all-empty column is never first read as float.
        out[name] = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={c: str for c in text})
        for col in text[1:]:
            if col in out[name].columns and col not in ("event_id", "date"):
                out[name][col] = out[name][col].fillna("")
    return out
