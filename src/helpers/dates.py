"""Date windows of events: which days a clause's date words allow, given the article's date.

In: a clause of text, the article's date (ISO) and, for order words ("then", "the same
evening", "two days later"), the window of the event told just before. Out: ``Window``
(start, end, text, basis) with ISO dates or "" for an open bound; basis is explicit,
relative, article_date, order or unknown. The date words and their meaning live in
``data/lexicons/event_date_words.csv``; calendar dates ("1 February", "Feb. 1, 2021",
"Monday, 1 February") are parsed by dateparser with the article date as RELATIVE_BASE and
PREFER_DATES_FROM past. Weekdays, periods (last week, earlier this month), counts of days
and order words are resolved here, because dateparser returns single instants, not windows.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser
import pandas as pd

from . import paths
from .text import foldable, necessary_literals

DATE_WORDS = "event_date_words.csv"
KINDS = {"range", "month_range", "calendar", "month_year", "month", "period", "offset", "weekday", "current", "recent", "plan",
         "anchor", "anchor_after", "anchor_before", "order_after", "order_before"}
ORDER_KINDS = {"anchor", "anchor_after", "anchor_before", "order_after", "order_before"}
MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\w)\.?")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
NUM = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"
CAL = rf"(?:{MONTH} {DAY}(?:,? \d{{4}})?|{DAY} {MONTH}(?:,? \d{{4}})?)"
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
                "thirty": 30}
SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class Window:
    """A date window: ISO start and end ("" = open), the words it rests on, and how it was found."""

    start: str = ""
    end: str = ""
    text: str = ""
    basis: str = "unknown"


@dataclass(frozen=True)
class Phrase:
    """A date phrase found in a text: character span, words, kind and its lexicon row."""

    start: int
    end: int
    text: str
    kind: str
    row: int


@lru_cache(maxsize=1)
def date_words() -> tuple[tuple[str, re.Pattern, str, str], ...]:
    """Load the date words (kind, compiled pattern, start spec, end spec); one-line error on a bad row."""
    path = paths.LEXICONS / DATE_WORDS
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for i, r in enumerate(frame.itertuples(), start=2):
        if r.kind not in KINDS:
            raise ValueError(f"{path.name} row {i}: unknown kind {r.kind!r}")
        try:
            pattern = re.compile(r"\b" + r.pattern.format(CAL=CAL, MONTH=MONTH, WEEKDAY=WEEKDAY, DAY=DAY, NUM=NUM),
                                 re.I)
        except (re.error, KeyError, IndexError) as err:
            raise ValueError(f"{path.name} row {i}: bad pattern {r.pattern!r} ({err})") from err
        rows.append((r.kind, pattern, r.start, r.end))
    return tuple(rows)


@lru_cache(maxsize=1)
def keyed_date_words() -> tuple[tuple[tuple[str, ...], tuple[str, re.Pattern, str, str]], ...]:
    """Return (necessary literals, date word row) for every date word (a cheap substring test before the regex)."""
    return tuple((necessary_literals(row[1].pattern), row) for row in date_words())



def may_match(keys: tuple[str, ...] | list[str], low: str | None) -> bool:
    """False only when none of a pattern's literal fragments occurs in the lower-cased text."""
    return low is None or not keys or any(k in low for k in keys)

def find_phrases(text: str) -> list[Phrase]:
    """Return the date phrases of ``text``, longest first where they overlap, in text order."""
    return list(_find_phrases(text))


@lru_cache(maxsize=4096)
def _find_phrases(text: str) -> tuple[Phrase, ...]:
    """Cached scan of one text (events look a sentence and its clauses up several times); Phrase is frozen."""
    found = []
    low = text.lower() if foldable(text) else None
    for i, (keys, (kind, pattern, _, _)) in enumerate(keyed_date_words()):
        if not may_match(keys, low):
            continue  # none of the pattern's literals is in the text: it cannot match
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(Phrase(m.start(), m.end(), m.group(0), kind, i))
    found.sort(key=lambda p: (-(p.end - p.start), p.start, p.row))
    kept: list[Phrase] = []
    for p in found:
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return tuple(sorted(kept, key=lambda p: p.start))


@lru_cache(maxsize=4096)
def parse_calendar(phrase: str, article_date: str) -> str:
    """Parse one calendar date with dateparser (article date as base, past preferred); "" if it fails."""
    base = dt.datetime.fromisoformat(article_date)
    clean = re.sub(r"^(?:on |the )+", "", phrase.strip(), flags=re.I).replace("morning of ", "")
    parsed = dateparser.parse(clean, languages=["en"], settings={**SETTINGS, "RELATIVE_BASE": base})
    return parsed.date().isoformat() if parsed else ""


def number(word: str) -> int:
    """Return the integer of a digit string or a number word."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def month_window(name: str, year: int) -> tuple[str, str]:
    """Return the first and last day of a month given by name in ``year``."""
    month = int(dt.datetime.strptime(name[:3].title(), "%b").month)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()


def period_bound(spec: str, day: dt.date, n: int, anchor: Window | None) -> str:
    """Resolve one bound spec of the lexicon (article, month:-1, week_end:0, -n, anchor, ...) to ISO or ""."""
    if spec == "":
        return ""
    if spec == "article":
        return day.isoformat()
    if spec == "anchor":
        return (anchor.start or anchor.end) if anchor else ""
    if ":" in spec:
        unit, k = spec.split(":")
        k = int(k)
        if unit.startswith("week"):
            monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=k)
            return (monday + dt.timedelta(days=6 if unit == "week_end" else 0)).isoformat()
        if unit.startswith("month"):
            y, m = divmod(day.year * 12 + day.month - 1 + k, 12)
            first, last = month_window(calendar.month_abbr[m + 1], y)
            return last if unit == "month_end" else first
        if unit.startswith("year"):
            return dt.date(day.year + k, 12, 31).isoformat() if unit == "year_end" else dt.date(day.year + k, 1, 1).isoformat()
    return (day + dt.timedelta(days=offset_days(spec, n))).isoformat()


def offset_days(spec: str, n: int) -> int:
    """Return the day offset of a spec like '0', '-1', '-n', 'n' or '-7n'."""
    if "n" not in spec:
        return int(spec)
    factor = spec.replace("n", "") or "1"
    return int({"-": "-1", "+": "1"}.get(factor, factor)) * n


def weekday_before(name: str, day: dt.date) -> dt.date:
    """Return the most recent ``name`` weekday on or before ``day``."""
    target = list(calendar.day_name).index(name.title())
    return day - dt.timedelta(days=(day.weekday() - target) % 7)


def resolve(phrase: Phrase, article_date: str, anchor: Window | None = None) -> Window:
    """Return the window a date phrase gives, relative to the article date (and the anchor event)."""
    kind, pattern, start_spec, end_spec = date_words()[phrase.row]
    day = dt.date.fromisoformat(article_date)
    m = pattern.match(phrase.text) or pattern.search(phrase.text)
    n = number(m.group("n")) if m and "n" in m.groupdict() and m.group("n") else 0
    if kind == "calendar":
        iso = parse_calendar(phrase.text, article_date)
        return Window(iso, iso, phrase.text, "explicit") if iso else Window(text=phrase.text)
    if kind == "range":
        a, b = parse_calendar(m.group("a"), article_date), parse_calendar(m.group("b"), article_date)
        return Window(a, b, phrase.text, "explicit")
    if kind == "month_range":
        a, b = month_phrase(m.group("a"), day, anchor), month_phrase(m.group("b"), day, anchor)
        return Window(a.start, b.end, phrase.text, "explicit")
    if kind in ("month", "month_year"):
        return month_phrase(phrase.text, day, anchor)
    if kind == "weekday":
        name = re.search(WEEKDAY, phrase.text, re.I).group(0)
        iso = weekday_before(name, day).isoformat()
        return Window(iso, iso, phrase.text, "relative")
    if kind in ORDER_KINDS:
        return order_window(kind, start_spec, end_spec, n, day, phrase.text, anchor)
    return Window(period_bound(start_spec, day, n, anchor), period_bound(end_spec, day, n, anchor), phrase.text,
                  "relative")


PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def month_phrase(text: str, day: dt.date, anchor: Window | None = None) -> Window:
    """Return the window of a month name: of the year given, else the latest such month not after the article.

    "that year" / "the same year" take the year of the event told just before (the anchor);
    "early", "mid-" and "late" narrow the month to days 1-10, 11-20 and 21-end.
    """
    name = re.search(MONTH, text, re.I).group(0)
    month = dt.datetime.strptime(name[:3].title(), "%b").month
    year_m = re.search(r"\d{4}", text)
    if year_m:
        year = int(year_m.group(0))
    elif re.search(r"last year", text, re.I):
        year = day.year - 1
    elif re.search(r"this year", text, re.I):
        year = day.year
    elif re.search(r"(?:that|the same) year", text, re.I) and anchor is not None and (anchor.start or anchor.end):
        year = int((anchor.end or anchor.start)[:4])  # the year told last
    elif re.search(r"the (?:previous|preceding) year", text, re.I) and anchor is not None and (anchor.start or anchor.end):
        year = int((anchor.start or anchor.end)[:4]) - 1
    else:
        year = day.year if month <= day.month else day.year - 1
    start, end = month_window(name, year)
    part = re.match(r"\s*(?:in |since |during |from )?(early|mid|late)\b", text, re.I)
    if part:
        first, last = PART_OF_MONTH[part.group(1).lower()]
        start = start[:8] + f"{first:02d}"
        end = min(end, end[:8] + f"{last:02d}")
    if year == day.year and month == day.month:
        end = min(end, day.isoformat())
    return Window(start, end, text, "explicit" if year_m else "relative")


def order_window(kind: str, start_spec: str, end_spec: str, n: int, day: dt.date, text: str,
                 anchor: Window | None) -> Window:
    """Return the window an order word gives from the anchor event (open where it has no bound)."""
    if anchor is None or not (anchor.start or anchor.end):
        if kind == "order_after":
            return Window("", day.isoformat(), text, "article_date")
        return Window(text=text)
    base = anchor.start or anchor.end
    if kind in ("anchor", "anchor_after", "anchor_before"):
        b = dt.date.fromisoformat(base)
        start = b + dt.timedelta(days=offset_days(start_spec, n))
        end = b + dt.timedelta(days=offset_days(end_spec, n))
        if kind in ("anchor", "anchor_after") and anchor.end and anchor.start and anchor.end != anchor.start:
            end = max(end, dt.date.fromisoformat(anchor.end) + dt.timedelta(days=offset_days(end_spec, n)))
        return Window(start.isoformat(), min(end, day).isoformat(), text, "order")
    if kind == "order_after":
        return Window(anchor.start, day.isoformat(), text, "order")
    return Window("", anchor.end or anchor.start, text, "order")


def past_default(article_date: str) -> Window:
    """The window of a past event the text does not date: on or before the article date."""
    return Window("", article_date, "", "article_date")


def plan_default(article_date: str) -> Window:
    """The window of a plan or future event the text does not date: on or after the article date."""
    return Window(article_date, "", "", "article_date")
