"""What happened when: events found in sentences, with actor, side, count and date window.

In: an article (date, body) and its sentences. Out: one row per event (event_type, side,
actor, date_start, date_end, date_text, date_basis, count, count_unit, char_start,
char_end, evidence, confidence). Trigger patterns live in
``data/lexicons/event_patterns.csv``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from . import paths

EVENT_COLUMNS = ["event_type", "side", "actor", "date_start", "date_end", "date_text", "date_basis",
                 "count", "count_unit", "char_start", "char_end", "evidence", "confidence"]
COUNT = re.compile(r"(?:more than |over |about |nearly |around )?(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,3}?(accounts|orders|years|tweets|handles|urls)\b", re.I)
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
PAST_DAYS = re.compile(r"in the (?:past|last) (\d+) days", re.I)


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, str, str, re.Pattern]]:
    """Return the trigger patterns: (event_type, side, actor, regex)."""
    frame = pd.read_csv(paths.LEXICONS / "event_patterns.csv", dtype=str, keep_default_na=False)
    return [(r.event_type, r.side, r.actor, re.compile(r.pattern, re.I)) for r in frame.itertuples()]


def find_count(text: str) -> tuple[float | None, str]:
    """Return (count, unit) stated in ``text``, if any."""
    m = COUNT.search(text)
    if not m:
        return None, ""
    raw = m.group(1).lower().replace(",", "")
    return float(WORDS.get(raw, raw)), m.group(2).lower()


def date_window(text: str, article_date: str) -> tuple[str, str, str, str]:
    """Return (date_start, date_end, date_text, date_basis) for a sentence."""
    day = dt.date.fromisoformat(article_date)
    m = PAST_DAYS.search(text)
    if m:
        return (day - dt.timedelta(days=int(m.group(1)))).isoformat(), day.isoformat(), m.group(0), "relative"
    return "", day.isoformat(), "", "article_date"


def extract(article_date: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the events found in the sentences of one article."""
    rows = []
    for sent in sentences.itertuples():
        for event_type, side, actor, regex in patterns():
            m = regex.search(sent.text)
            if not m:
                continue
            count, unit = find_count(sent.text)
            start, end, date_text, basis = date_window(sent.text, article_date)
            rows.append({"event_type": event_type, "side": side, "actor": actor, "date_start": start,
                         "date_end": end, "date_text": date_text, "date_basis": basis, "count": count,
                         "count_unit": unit, "char_start": sent.char_start + m.start(),
                         "char_end": sent.char_start + m.end(), "evidence": sent.text, "confidence": 0.5})
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    frame["count"] = frame["count"].astype("Int64")
    return frame
