"""Date windows of events: which days a clause's date words allow, given the article's date.

In: a clause of text, the article's date (ISO) and, for order words ("then", "the same
evening", "two days later"), the window of the event told just before. Out: ``Window``
(start, end, text, basis) with ISO dates or "" for an open bound; basis is explicit,
relative, article_date, order or unknown. The date words and their meaning live in
``data/lexicons/event_date_words.csv``; calendar dates ("1 February", "Feb. 1, 2021",
"Monday, 1 February") are parsed by dateparser with the article date as RELATIVE_BASE and
PREFER_DATES_FROM past (the usual day-month forms by ``simple_calendar``, which gives dateparser's
answer without its cost). Weekdays, periods (last week, earlier this month), counts of days
and order words are resolved here, because dateparser returns single instants, not windows.

Speed: the module also holds the fast scanning of many regexes over a sentence that events and
dates share (``PatternSet``, ``LiteralScan``, ``folded``; see the section below): exact
shortcuts, the same matches as running every pattern. Caches keyed by a text (``_find_phrases``,
the scan's memo) serve one article and are emptied by ``clear_text_caches``; the others are keyed
by a phrase and an article date, a token, or a set of lexicon literals.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import re._compiler as _sre_compile
import re._parser as _sre_parse
from dataclasses import dataclass
from functools import lru_cache
from re._casefix import _EXTRA_CASES
from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, AT_BOUNDARY, BRANCH, CATEGORY, CATEGORY_WORD, IN, LITERAL,
                           MAX_REPEAT, MIN_REPEAT, NEGATE, NOT_LITERAL, RANGE, SUBPATTERN)

import dateparser
import pandas as pd

from . import paths, prefilter
from .text import foldable

DATE_WORDS = "event_date_words.csv"
KINDS = {"range", "month_range", "calendar", "month_year", "month", "year", "year_range", "half", "period", "offset", "weekday", "current", "recent", "plan",
         "anchor", "anchor_after", "anchor_before", "order_after", "order_before", "prior_year"}
ORDER_KINDS = {"anchor", "anchor_after", "anchor_before", "order_after", "order_before", "prior_year"}
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
            # every alternative of the row starts at a word boundary ("at the time" not inside "what the time")
            pattern = re.compile(r"\b(?:" + r.pattern.format(CAL=CAL, MONTH=MONTH, WEEKDAY=WEEKDAY, DAY=DAY, NUM=NUM)
                                 + ")", re.I)
        except (re.error, KeyError, IndexError) as err:
            raise ValueError(f"{path.name} row {i}: bad pattern {r.pattern!r} ({err})") from err
        rows.append((r.kind, pattern, r.start, r.end))
    return tuple(rows)


def find_phrases(text: str) -> list[Phrase]:
    """Return the date phrases of ``text``, longest first where they overlap, in text order (those found for the part
    of a batch being analysed, ``PRIMED_PHRASES``, when the text is one of its sentences)."""
    got = PRIMED_PHRASES.get(text)
    return list(got if got is not None else _find_phrases(text))


PRIMED_PHRASES: dict[str, tuple] = {}  # sentence text -> its ``_find_phrases``, filled and emptied by
# ``events.prime_phrases`` for the part of a batch being analysed (session 29)


FIRST_NAME = re.compile(r" [A-Z][a-z]")  # after a bare month name (no 'in', 'since'): a surname, the month a first name


@lru_cache(maxsize=4096)
def _find_phrases(text: str) -> tuple[Phrase, ...]:
    """Cached scan of one text (events look a sentence and its clauses up several times); Phrase is frozen."""
    matches = date_word_set().matches(text)
    if not matches:  # (most sentences: no date word) the empty tuple the loops below would give
        return ()
    found = []
    rows = date_words()
    for i, m in matches:
        if rows[i][0] == "month" and " " not in m.group() and FIRST_NAME.match(text, m.end()):
            continue  # 'a spokesperson, Jun Okafor, said', 'April Ross': a first name, no month
        if m.end() > m.start():
            found.append(Phrase(m.start(), m.end(), text[m.start():m.end()], rows[i][0], i))
    found.sort(key=lambda p: (-(p.end - p.start), p.start, p.row))
    kept: list[Phrase] = []
    for p in found:
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return tuple(sorted(kept, key=lambda p: p.start))


def clear_text_caches() -> None:
    """Empty the caches keyed by text (events call it for each article: they serve one article's lookups)."""
    _find_phrases.cache_clear()
    SCAN.memo.clear()


@lru_cache(maxsize=1)
def date_word_set() -> "PatternSet":
    """The date words as one ``PatternSet`` (each runs only through the alternatives that can match).

    A row is compiled as '\\b(?:A|B|C)'; the set is given it as '\\b(?:A)|\\b(?:B)|\\b(?:C)' (``word_alternatives``:
    the same attempts in the same order, so the same matches), so that each of A, B, C is indexed by its own
    literals and runs alone ('that (?:day|evening)' only where 'that ' occurs, not the whole row).
    """
    return MemoSet([word_alternatives(row[1].pattern) for row in date_words()])


def word_alternatives(pattern: str) -> str:
    """Return '\\b(?:A|B)' as '\\b(?:A)|\\b(?:B)' (the same regex: the alternation tries A, then B, after the same
    \\b); any other pattern, or one whose alternatives do not compile on their own, unchanged."""
    head = r"\b(?:"
    if not (pattern.startswith(head) and pattern.endswith(")")):
        return pattern
    inner = pattern[len(head):-1]
    parts = split_alternatives(inner)
    if len(parts) < 2 or "|".join(parts) != inner or not all(_compiles(p, re.I) for p in parts):
        return pattern  # '\b(?:a)(?:b|c)': the group closed early (a part holds an unmatched ')'); or a part
        # needs another (a back-reference)
    out = "|".join(head + p + ")" for p in parts)
    return out if _compiles(out, re.I) else pattern


@lru_cache(maxsize=4096)
def parse_calendar(phrase: str, article_date: str) -> str:
    """Parse one calendar date with dateparser (article date as base, past preferred); "" if it fails.

    The usual forms ('Monday, February 1', '1 Feb.', 'the 3 of March', 'Feb. 1st, 2021') are resolved by
    ``simple_calendar`` to the date dateparser gives (a test compares them), without its ~2 ms per call.
    """
    clean = LEADING_ON_THE.sub("", phrase.strip()).replace("morning of ", "")
    fast = simple_calendar(clean, article_date)
    if fast is not None:
        return fast
    base = dt.datetime.fromisoformat(article_date)
    parsed = dateparser.parse(clean, languages=["en"], settings={**SETTINGS, "RELATIVE_BASE": base})
    return parsed.date().isoformat() if parsed else ""


SIMPLE_CALENDAR = re.compile(rf"(?:{WEEKDAY},? )?(?:the )?(?:(?P<d1>{DAY}) (?:of )?(?P<m1>{MONTH})|(?P<m2>{MONTH}) "
                             rf"(?P<d2>{DAY})(?:st|nd|rd|th)?)(?:,? (?P<y>\d{{4}}))?", re.I)


def simple_calendar(clean: str, article_date: str) -> str | None:
    """Return the ISO date dateparser gives for a plain day-month(-year) phrase; None for other phrases.

    As dateparser with PREFER_DATES_FROM past: a weekday is ignored, a year is taken as written ("" if the day
    does not exist, or for year 0000), and without a year the latest such day on or before the article date
    ("" for a day no month has, 'June 31').
    """
    m = SIMPLE_CALENDAR.fullmatch(clean)
    if m is None:
        return None
    month = MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(m.group("d1") or m.group("d2"))
    if day > calendar.monthrange(2000, month)[1]:
        return ""  # 'June 31' is no day (dateparser finds none either)
    if m.group("y"):
        try:
            return dt.date(int(m.group("y")), month, day).isoformat()
        except ValueError:
            return ""
    base = dt.date.fromisoformat(article_date)
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    while not calendar.isleap(year) and (month, day) == (2, 29):
        year -= 1
    return dt.date(year, month, day).isoformat()


MONTHS = {name: i for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                             "dec"), start=1)}  # English, whatever the locale
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def number(word: str) -> int:
    """Return the integer of a digit string or a number word."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def month_window(name: str | int, year: int) -> tuple[str, str]:
    """Return the first and last day of a month, given by name (or number), in ``year``."""
    month = name if isinstance(name, int) else MONTHS[name[:3].lower()]
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
    if "@" in spec:  # 'month:-1@21': the 21st of last month; 'year:0@04-30': 30 April of this year (a part of a month or
        # year: 'at the start of the month', 'late last month', 'early this year'), never after the article date
        spec, at = spec.split("@")
        first = dt.date.fromisoformat(period_bound(spec, day, n, anchor))
        month, mday = (int(x) for x in at.split("-")) if "-" in at else (first.month, int(at))
        iso = dt.date(first.year, month, min(mday, calendar.monthrange(first.year, month)[1])).isoformat()
        return min(iso, day.isoformat())
    if ":" in spec:
        unit, k = spec.split(":")
        k = offset_days(k, n)
        if unit == "months":  # 'in the past two months': the same day k months away (the month's last day if shorter)
            y, m = divmod(day.year * 12 + day.month - 1 + k, 12)
            return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1])).isoformat()
        if unit.startswith("week"):
            monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=k)
            return (monday + dt.timedelta(days=6 if unit == "week_end" else 0)).isoformat()
        if unit.startswith("month"):
            y, m = divmod(day.year * 12 + day.month - 1 + k, 12)
            first, last = month_window(m + 1, y)
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


def anchor_bound(spec: str, day: dt.date, n: int) -> dt.date:
    """A bound counted from the day of the event told just before: a day offset ('-1', 'n', '7n'), or the first or
    last day of that day's month ('month_start', 'month_end': 'earlier that month', 'later that month')."""
    if spec == "month_start":
        return day.replace(day=1)
    if spec == "month_end":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day + dt.timedelta(days=offset_days(spec, n))


def weekday_before(name: str, day: dt.date) -> dt.date:
    """Return the most recent ``name`` weekday on or before ``day``."""
    target = WEEKDAYS.index(name.lower())
    return day - dt.timedelta(days=(day.weekday() - target) % 7)


def resolve(phrase: Phrase, article_date: str, anchor: Window | None = None) -> Window:
    """Return the window a date phrase gives, relative to the article date (and the anchor event)."""
    return _resolve(phrase.text, phrase.row, article_date, anchor)


LEADING_ON_THE = re.compile(r"^(?:on |the )+", re.I)
FOUR_DIGITS = re.compile(r"\d{4}")
WEEKDAY_NAME = re.compile(WEEKDAY, re.I)
MONTH_NAME = re.compile(MONTH, re.I)
LAST_YEAR, THIS_YEAR = re.compile(r"last year", re.I), re.compile(r"this year", re.I)
THAT_YEAR = re.compile(r"(?:that|the same) year", re.I)
PREVIOUS_YEAR = re.compile(r"the (?:previous|preceding) year", re.I)
SINCE = re.compile(r"\s*since\b", re.I)
LAST_MONTH_NAME = re.compile(r"(?:\w+ )?last\s", re.I)
PART_OF_YEAR = re.compile(r"\b(early|mid|late)\b", re.I)
WEEKDAY_IN_BRACKETS = re.compile(r"\s*\(\w+\)$")
WEEKEND = re.compile(r"\bweekend$", re.I)
DEFINITE_WEEKDAY = re.compile(r"(?:on )?(?:that|the) ", re.I)  # 'on that Monday', 'on the Sunday'
WEEK_OF = re.compile(r"\b(last|this|next) week$", re.I)  # 'Tuesday of last week', 'on Friday this week'
LAST_WEEKDAY = re.compile(r"(?:\w+ )?(?:on )?last\s", re.I)
NEXT_WORD = re.compile(r"(?:\w+ )?next\s", re.I)
PRIOR_SPAN = re.compile(r"\b(quarter|three months|six months|half)", re.I)  # a prior_year row of a shorter span
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}  # "the last quarter of 2025"
EDGE_DAY = re.compile(r"(?:on )?the (first|last) day of\b", re.I)  # 'the last day of January'
WEEK_OF_MONTH = re.compile(r"(?:on |in |during |over )?the (first|second|third|fourth|last|final) (week|fortnight) of\b", re.I)
# 'in the first week of February': days 1-7 of the month ('the second / last fortnight of March': the 15th to its end)
PART_WORD = re.compile(r"\s*(?:in |since |during |from )?(early|mid|late)\b", re.I)


@lru_cache(maxsize=8192)
def _resolve(text: str, row: int, article_date: str, anchor: Window | None) -> Window:
    """``resolve`` of a phrase's words and lexicon row (cached by those, the article date and the anchor)."""
    kind, pattern, start_spec, end_spec = date_words()[row]
    day = dt.date.fromisoformat(article_date)
    m = n = None  # the row's match is read only for its groups (a, b; n, the count of days or weeks)
    if kind in ("range", "month_range", "year_range", "half") or "n" in pattern.groupindex:
        m = pattern.match(text) or pattern.search(text)
        n = number(m.group("n")) if m and "n" in pattern.groupindex and m.group("n") else 0
    if kind == "calendar":
        since = SINCE.match(text)
        clean = text[since.end():] if since else text
        clean = WEEKDAY_IN_BRACKETS.sub("", clean)  # 'January 31 (Sunday)': the day's name is no part to parse
        last = LAST_YEAR.search(clean)
        this = None if last else THIS_YEAR.search(clean)
        if last:  # 'July 5 last year': that day in the year before the article's
            clean = clean[:last.start()].rstrip(", ") + f" {day.year - 1}"
        elif this:  # 'June 30 this year': that day in the article's year (not the narrative's)
            clean = clean[:this.start()].rstrip(", ") + f" {day.year}"
        iso = parse_calendar(clean, article_date)
        if iso and not last and not FOUR_DIGITS.search(clean):
            iso = narrative_year(iso, anchor)
        if iso and since:  # 'since Feb. 6': from that day to the article date
            return Window(iso, max(iso, article_date), text, "explicit")
        return Window(iso, iso, text, "explicit") if iso else Window(text=text)
    if kind == "range":
        a, b = parse_calendar(m.group("a"), article_date), parse_calendar(m.group("b"), article_date)
        return Window(a, b, text, "explicit")
    if kind == "month_range" and "a" not in pattern.groupindex:  # 'in the 12 months to October': the N calendar
        # months ending with that month's last day ('the year to October': twelve)
        b = month_phrase(m.group("b"), day, anchor)
        if not b.end:
            return Window(text=text)
        last = dt.date.fromisoformat(b.start)
        y, k = divmod(last.year * 12 + last.month - 1 - ((n or 12) - 1), 12)
        return Window(dt.date(y, k + 1, 1).isoformat(), b.end, text, b.basis)
    if kind == "month_range":  # 'between July and December': the first month is the latest such up to the second's end
        b = month_phrase(m.group("b"), day, anchor)
        a = month_phrase(m.group("a"), dt.date.fromisoformat(b.end) if b.end else day, anchor)
        return Window(a.start, b.end, text, "explicit" if FOUR_DIGITS.search(m.group("a")) else b.basis)
    if kind in ("month", "month_year"):
        return month_phrase(text, day, anchor)
    if kind == "year_range":  # 'from 2015 to 2020', '2020-21': 1 January of one to 31 December of the other
        a, b = m.group("a"), m.group("b") or m.group("c")
        b = a[:4 - len(b)] + b  # '2020-21': the century of the first
        return Window(f"{a}-01-01", min(f"{b}-12-31", day.isoformat()), text, "explicit")
    if kind == "half":  # 'in the second half of 2024': July to December; without a year, the anchor's (else the article's)
        if m.group("y"):
            year = int(m.group("y"))
        elif LAST_YEAR.search(text):
            year = day.year - 1
        elif anchor is not None and (anchor.start or anchor.end) and not THIS_YEAR.search(text):
            year = int((anchor.end or anchor.start)[:4])
        else:
            year = day.year
        if "q" in pattern.groupindex:  # 'the third quarter of 2024': July to September
            k = QUARTERS[m.group("q").lower()]
            start, end = month_window(3 * k - 2, year)[0], month_window(3 * k, year)[1]
        elif n:  # 'in the first three months of the year': January to March (N months from January)
            start, end = f"{year}-01-01", month_window(min(n, 12), year)[1]
        else:
            first = m.group("h").lower() == "first"
            start, end = (f"{year}-01-01", f"{year}-06-30") if first else (f"{year}-07-01", f"{year}-12-31")
        if ("q" in pattern.groupindex or n) and end > day.isoformat():
            return Window(text=text)  # a quarter not over by the article date is a deadline, not a report's period
            # ('agreed to register a local entity during the first quarter of 2022', told in January 2022)
        return Window(start, min(end, day.isoformat()), text, "explicit" if m.group("y") else "relative")
    if kind == "year":  # 'in 2020': the whole year (to the article date if it is the article's year); 'since 2017'
        year = FOUR_DIGITS.search(text).group(0)
        end = day.isoformat() if end_spec == "article" else min(f"{year}-12-31", day.isoformat())
        part = PART_OF_YEAR.search(text)  # 'early 2021': January to April
        if part:
            first, last = {"early": ("01-01", "04-30"), "mid": ("05-01", "08-31"), "late": ("09-01", "12-31")}[part.group(1).lower()]
            return Window(f"{year}-{first}", min(f"{year}-{last}", day.isoformat()), text, "explicit")
        return Window(f"{year}-01-01", end, text, "explicit")
    if kind == "weekday" and WEEKEND.search(text):  # 'last weekend': the latest Saturday and Sunday up to the article
        saturday = weekday_before("Saturday", day)
        if saturday == day and LAST_WEEKDAY.match(text):
            saturday -= dt.timedelta(days=7)
        return Window(saturday.isoformat(), min(saturday + dt.timedelta(days=1), day).isoformat(), text, "relative")
    if kind == "weekday":
        name = WEEKDAY_NAME.search(text).group(0)
        if DEFINITE_WEEKDAY.match(text) and anchor is not None and (anchor.end or anchor.start):
            # 'on that Monday', 'on the Sunday': the weekday of the narrative, on or before the day told just before
            told = min(dt.date.fromisoformat(anchor.end or anchor.start), day)
            iso = weekday_before(name, told).isoformat()
            return Window(iso, iso, text, "order")
        week = WEEK_OF.search(text)
        if week:  # 'on Thursday last week': that weekday of the calendar week before the article's
            shift = {"last": -7, "this": 0, "next": 7}[week.group(1).lower()]
            monday = day - dt.timedelta(days=day.weekday())
            iso = (monday + dt.timedelta(days=shift + WEEKDAYS.index(name.lower()))).isoformat()
            return Window(iso, iso, text, "relative")
        before = weekday_before(name, day)
        if NEXT_WORD.match(text):  # 'next Tuesday': the coming one after the article date
            before += dt.timedelta(days=7)
        elif LAST_WEEKDAY.match(text) and before >= day - dt.timedelta(days=day.weekday()):
            # 'last Friday' on a Friday, 'last Tuesday' on a Thursday: that weekday of the calendar week before the
            # article's (as 'last week' is that calendar week; 'on Tuesday' is the one two days back)
            before -= dt.timedelta(days=7)
        iso = before.isoformat()
        if m is not None:  # 'in the seven days to Thursday': the N days ending that weekday
            return Window((before - dt.timedelta(days=(n or 7) - 1)).isoformat(), iso, text, "relative")
        if SINCE.match(text):  # 'three orders since Monday': from that day to the article date
            return Window(iso, max(iso, article_date), text, "relative")
        return Window(iso, iso, text, "relative")
    n = n or 0
    if kind in ORDER_KINDS:
        return order_window(kind, start_spec, end_spec, n, day, text, anchor)
    return Window(period_bound(start_spec, day, n, anchor), period_bound(end_spec, day, n, anchor), text,
                  "relative")


NARRATIVE_SPAN_DAYS = 7  # the narrative's day may be a short window ('restored them within hours': that day and the next)
NARRATIVE_YEAR_DAYS = 92  # a day without a year this soon after the narrative's day of an earlier year is in that year


def narrative_year(iso: str, anchor: Window | None) -> str:
    """A day told without its year after the narrative reached a day of an earlier year: the same day of that year.

    A look-back piece or a timeline ('January 31, 2021: the ministry ordered ...' then 'February 1: Twitter withheld
    ...', written in 2022) leaves out the year it is telling; the day is the first such day on or after the
    narrative's, when that lies within about three months of it (else the latest on or before the article date).
    """
    if anchor is None or not anchor.start or not anchor.end:
        return iso
    told = dt.date.fromisoformat(anchor.end)
    if (told - dt.date.fromisoformat(anchor.start)).days > NARRATIVE_SPAN_DAYS:  # a day or a few ('within hours')
        return iso
    day = dt.date.fromisoformat(iso)
    if told.year >= day.year:
        return iso
    for year in (told.year, told.year + 1):
        try:
            candidate = dt.date(year, day.month, day.day)
        except ValueError:
            continue
        if told <= candidate < day and (candidate - told).days <= NARRATIVE_YEAR_DAYS:
            return candidate.isoformat()
    return iso


PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def month_phrase(text: str, day: dt.date, anchor: Window | None = None) -> Window:
    """Return the window of a month name: of the year given, else the latest such month not after the article.

    "that year" / "the same year" take the year of the event told just before (the anchor);
    "early", "mid-" and "late" narrow the month to days 1-10, 11-20 and 21-end.
    """
    name = MONTH_NAME.search(text).group(0)
    month = MONTHS[name[:3].lower()]
    year_m = FOUR_DIGITS.search(text)
    if year_m:
        year = int(year_m.group(0))
    elif LAST_YEAR.search(text):
        year = day.year - 1
    elif THIS_YEAR.search(text):
        year = day.year
    elif THAT_YEAR.search(text) and anchor is not None and (anchor.start or anchor.end):
        year = int((anchor.end or anchor.start)[:4])  # the year told last
    elif PREVIOUS_YEAR.search(text) and anchor is not None and (anchor.start or anchor.end):
        year = int((anchor.start or anchor.end)[:4]) - 1
    elif LAST_MONTH_NAME.match(text):  # 'last July' in an article of July: a year back, not this month
        year = day.year if month < day.month else day.year - 1
    else:
        year = day.year if month <= day.month else day.year - 1
    start, end = month_window(name, year)
    edge = EDGE_DAY.match(text)
    if edge:  # 'on the last day of January': that one day
        start = end = start if edge.group(1).lower() == "first" else end
    week = WEEK_OF_MONTH.match(text)
    if week:  # 'the first week of February': 1-7; 'the last week of June': its last seven days
        which = week.group(1).lower()
        if week.group(2).lower() == "fortnight":  # the first: 1-14; the second / last: the 15th to the month's end
            if which == "first":
                end = start[:8] + "14"
            elif which in ("second", "last", "final"):
                start = start[:8] + "15"
        elif which in ("last", "final"):
            start = (dt.date.fromisoformat(end) - dt.timedelta(days=6)).isoformat()
        else:
            k = ("first", "second", "third", "fourth").index(which)
            start, end = start[:8] + f"{1 + 7 * k:02d}", start[:8] + f"{7 * (k + 1):02d}"
    part = PART_WORD.match(text)
    if part:
        first, last = PART_OF_MONTH[part.group(1).lower()]
        start = start[:8] + f"{first:02d}"
        end = min(end, end[:8] + f"{last:02d}")
    if year == day.year and month == day.month:
        end = min(end, day.isoformat())
        if start > end:  # 'in the third week of March' told on March 8: a time still to come, no window here
            return Window(text=text)
    if SINCE.match(text) and end < day.isoformat():  # 'since April': from the month's first day to the article date
        end = day.isoformat()
    return Window(start, end, text, "explicit" if year_m else "relative")


def year_back(day: str) -> str:
    """The same calendar day a year earlier (Feb. 29 -> Feb. 28)."""
    d = dt.date.fromisoformat(day)
    return d.replace(year=d.year - 1, day=28 if (d.month, d.day) == (2, 29) else d.day).isoformat()


PERIOD_DAYS = 27  # a window this long or longer is a period told (a month, a half-year), not a day or a week


def order_window(kind: str, start_spec: str, end_spec: str, n: int, day: dt.date, text: str,
                 anchor: Window | None) -> Window:
    """Return the window an order word gives from the anchor event (open where it has no bound)."""
    if anchor is None or not (anchor.start or anchor.end):
        if kind == "order_after":
            return Window("", day.isoformat(), text, "article_date")
        return Window(text=text)
    base = anchor.start or anchor.end
    span = PRIOR_SPAN.search(text) if kind == "prior_year" else None
    if span:  # 'up from 812 in the previous six months' (after 'between January and June'): the span before
        if not (anchor.start and anchor.end and anchor.start != anchor.end):
            return Window(text=text)
        months = 3 if span.group(1).lower() in ("quarter", "three months") else 6
        a = dt.date.fromisoformat(anchor.start)
        y, k = divmod(a.year * 12 + a.month - 1 - months, 12)  # the N months that end the day before it starts
        return Window(dt.date(y, k + 1, 1).isoformat(), (a.replace(day=1) - dt.timedelta(days=1)).isoformat(),
                      text, "order")
    if kind == "prior_year":  # 'the year before': the whole calendar year before the anchor's
        if anchor.start and anchor.end and anchor.start != anchor.end:
            # 'in the first half of last year, up from 97 a year earlier': that half a year back (a year: the year before)
            return Window(year_back(anchor.start), year_back(anchor.end), text, "order")
        year = int(base[:4]) - 1
        return Window(f"{year}-01-01", f"{year}-12-31", text, "order")
    if kind in ("anchor", "anchor_after", "anchor_before"):
        b = dt.date.fromisoformat(base)
        start = anchor_bound(start_spec, b, n)
        end = anchor_bound(end_spec, b, n)
        if kind in ("anchor", "anchor_after") and anchor.end and anchor.start and anchor.end != anchor.start:
            end = max(end, anchor_bound(end_spec, dt.date.fromisoformat(anchor.end), n))
        return Window(start.isoformat(), min(end, day).isoformat(), text, "order")
    if kind == "order_after":
        if end_spec == "period" and anchor.start and anchor.end and anchor.end < day.isoformat() \
                and (dt.date.fromisoformat(anchor.end) - dt.date.fromisoformat(anchor.start)).days >= PERIOD_DAYS:
            # 'In February 2021 it withheld them, then restored most': 'then' moves on within the period told
            return Window(anchor.start, anchor.end, text, "order")
        return Window(anchor.start, day.isoformat(), text, "order")
    return Window("", anchor.end or anchor.start, text, "order")


def resolve_current(article_date: str) -> Window:
    """The window of the time of reporting ('now', an undated 'X said'): the article date or the day before."""
    day = dt.date.fromisoformat(article_date)
    return Window((day - dt.timedelta(days=1)).isoformat(), article_date, "", "relative")


def news_default(article_date: str) -> Window:
    """The window of undated news of the day ('X said', told in the lead): the article date or the day before."""
    return Window(resolve_current(article_date).start, article_date, "", "article_date")


def past_default(article_date: str) -> Window:
    """The window of a past event the text does not date: on or before the article date."""
    return Window("", article_date, "", "article_date")


def plan_default(article_date: str) -> Window:
    """The window of a plan or future event the text does not date: on or after the article date."""
    return Window(article_date, "", "", "article_date")


# Scanning many patterns fast -------------------------------------------------------------------------------
# Events try ~220 trigger alternatives, ~80 date-word alternatives and ~270 actor aliases on sentences. These
# exact shortcuts make that cheap, each giving the same matches as running every original pattern on the text:
# 1. an alternative cannot match a text that lacks one of the literals all its matches hold (``literal_sets``),
#    so a pattern runs only through the alternatives that can match (``PatternSet``), each alternative on its
#    own regex, their matches merged as the alternation gives them;
# 2. which literals a text holds is found through its tokens (``LiteralScan``: a map keyed by token, never by
#    text; a corpus has far fewer distinct tokens than sentences);
# 3. on lower-cased text a re.I pattern equals a case-sensitive one with lower-cased literals, and a leading
#    \b or look-behind can move behind the first literal run, so that ``re`` skips to that run (``folded``);
#    a branch of branches is written out as one branch of literal-led alternatives ('(?:(?:a|b)x|c)' as
#    '(?:ax|bx|c)', ``_lead_with_literals``), since ``re`` skips ahead only on such a branch's first letters;
#    a pattern with case-sensitive parts ('(?-i:May)') is tried only where its case-insensitive twin matches,
#    and no earlier than its longest match before the first case-sensitive part (``PatternSet.skip``);
# 4. a date-word row '\b(?:A|B)' is given to its set as '\b(?:A)|\b(?:B)' (``word_alternatives``), so that
#    each alternative of a row is indexed by its own literals.
# All apply only when ``text.foldable`` says lower-casing keeps offsets and case-insensitive matches; for other
# texts the original patterns run. tests/test_dates.py and tests/test_scan.py compare them with the originals.

WORD_RUN = re.compile(r"[a-z]+")


def split_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level '|' (outside groups and character classes); [pattern] if it has none."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a ']' right after '[' or '[^' is a literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class _Unsupported(Exception):
    """A construct ``folded`` does not rewrite (the caller keeps the original pattern)."""


def _lower_code(c: int) -> int:
    """Return the code of a pattern character lower-cased; refuse characters with special case folds."""
    low = chr(c).lower()
    if len(low) != 1 or (c > 127 and (c in _EXTRA_CASES or ord(low) in _EXTRA_CASES)):
        raise _Unsupported(chr(c))
    return ord(low)


def _fold_set(items: list) -> list:
    """Return the items of a character class lower-cased (ranges spelled out)."""
    out = []
    for op, av in items:
        if op is LITERAL:
            out.append((LITERAL, _lower_code(av)))
        elif op is RANGE and av[1] - av[0] <= 512:
            out.extend((LITERAL, c) for c in sorted({_lower_code(i) for i in range(av[0], av[1] + 1)}))
        elif op in (CATEGORY, NEGATE):
            out.append((op, av))
        else:
            raise _Unsupported(str(op))
    return out


def _fold(seq, state) -> _sre_parse.SubPattern:
    """Return a parsed sequence with every literal lower-cased: on lower-cased text, case-sensitively, it
    matches where the re.I original matches on the text."""
    out = []
    for op, av in seq:
        if op in (LITERAL, NOT_LITERAL):
            out.append((op, _lower_code(av)))
        elif op is IN:
            out.append((IN, _fold_set(av)))
        elif op in (ANY, AT):
            out.append((op, av))
        elif op is BRANCH:
            out.append((BRANCH, (av[0], [_fold(a, state) for a in av[1]])))
        elif op is SUBPATTERN:
            group, add, remove, sub = av
            if (add | remove) & re.IGNORECASE:
                raise _Unsupported("scoped case flag")  # '(?-i:May)': needs the original case
            out.append((SUBPATTERN, (group, add, remove, _fold(sub, state))))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            out.append((op, (av[0], av[1], _fold(av[2], state))))
        elif op in (ASSERT, ASSERT_NOT):
            out.append((op, (av[0], _fold(av[1], state))))
        else:
            raise _Unsupported(str(op))
    return _sre_parse.SubPattern(state, out)


def _has_group(seq) -> bool:
    """True when a parsed sequence holds a capturing group."""
    for op, av in seq:
        if op is SUBPATTERN and (av[0] is not None or _has_group(av[3])):
            return True
        if op is BRANCH and any(_has_group(a) for a in av[1]):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT) and _has_group(av[2]):
            return True
    return False


def _behind(run: list, pending: list, state) -> list:
    """Zero-width tests that stood before a literal run, rewritten as look-behinds to follow it."""
    out = []
    for op, av in pending:
        if op is AT:  # \b before the run: the character before it is a word character iff the run's first is not
            body = [(IN, [(CATEGORY, CATEGORY_WORD)])] + run
            word = bool(re.match(r"\w", chr(run[0][1])))
            out.append((ASSERT_NOT if word else ASSERT, (-1, _sre_parse.SubPattern(state, body))))
        else:  # (?<!X) before the run is (?<!X<run>) after it
            out.append((op, (-1, _sre_parse.SubPattern(state, list(av[1].data) + run))))
    return out


def _hoist(seq: list, state, pending: tuple = ()) -> list:
    """Return a sequence that starts with a literal (or a branch of such), so that ``re`` scans for it.

    \\b and look-behinds at the start move behind the first literal run; '(?:A|B)' takes them into each
    branch; 'X?rest' becomes '(?:X rest|rest)' (the same order of attempts).
    """
    seq, pending = list(seq), list(pending)
    while seq and (seq[0] == (AT, AT_BOUNDARY) or (seq[0][0] in (ASSERT, ASSERT_NOT) and seq[0][1][0] == -1)):
        pending.append(seq.pop(0))
    if not seq:
        raise _Unsupported("nothing to hoist to")
    op, av = seq[0]
    if op is LITERAL:
        n = next((i for i, (o, _) in enumerate(seq) if o is not LITERAL), len(seq))
        return seq[:n] + _behind(seq[:n], pending, state) + seq[n:]
    if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _hoist(list(av[3].data) + seq[1:], state, tuple(pending))
    if op is BRANCH:
        return [(BRANCH, (None, [_sre_parse.SubPattern(state, _hoist(a.data, state, tuple(pending)))
                                 for a in av[1]]))] + seq[1:]
    if op is MAX_REPEAT and av[:2] == (0, 1) and not _has_group(seq[1:]):
        rest = seq[1:]
        return [(BRANCH, (None, [_sre_parse.SubPattern(state, _hoist(list(av[2].data) + rest, state, tuple(pending))),
                                 _sre_parse.SubPattern(state, _hoist(rest, state, tuple(pending)))]))]
    raise _Unsupported(str(op))


FLAT_LIMIT = 64  # most alternatives ``_lead_with_literals`` writes out


def _lead_with_literals(seq: list, state) -> list:
    """Return a hoisted sequence that starts with a branch of branches ('(?:(?:a|b)x|c)') as one branch whose
    alternatives each start with a literal ('(?:ax|bx|c)'), so that ``re`` skips to the positions where one of
    those first characters occurs (it does so only for a branch of literal-led alternatives). The same
    attempts in the same order: '(?:A|B)T' tries A then T, then B then T, like 'AT|BT'. ``seq`` unchanged when
    an alternative would not start with a literal, a repeated tail holds a group, or there would be too many.
    """
    if not seq or seq[0][0] is not BRANCH or all(a.data and a.data[0][0] is LITERAL for a in seq[0][1][1]):
        return seq

    def spread(items: list) -> list[list]:
        """The alternatives of ``items``, in the order they are tried, each led by what is not a branch."""
        if items and items[0][0] is SUBPATTERN and items[0][1][0] is None and not items[0][1][1] \
                and not items[0][1][2]:
            return spread(list(items[0][1][3].data) + items[1:])
        if not items or items[0][0] is not BRANCH:
            return [items]
        tail = items[1:]
        if tail and _has_group(tail):
            raise _Unsupported("a group in a repeated tail")
        out = []
        for alt in items[0][1][1]:
            out.extend(spread(list(alt.data) + tail))
            if len(out) > FLAT_LIMIT:
                raise _Unsupported("too many alternatives")
        return out

    try:
        alts = spread(seq)
    except _Unsupported:
        return seq
    if not all(a and a[0][0] is LITERAL for a in alts):
        return seq
    return [(BRANCH, (None, [_sre_parse.SubPattern(state, a) for a in alts]))]


@lru_cache(maxsize=8192)
def folded(pattern: str, lower: bool = True) -> re.Pattern | None:
    """Compile ``pattern`` (written for re.I) for lower-cased text: case-sensitive, same matches, faster.

    With ``lower=False`` the pattern is taken as case-sensitive and only hoisted (for the original text).
    None when the pattern uses what the rewrite does not cover (scoped case flags, ...): use the original.
    """
    try:
        parsed = _sre_parse.parse(pattern, 0)
    except (re.error, RecursionError):
        return None
    return folded_parsed(parsed, lower)


def folded_parsed(parsed: _sre_parse.SubPattern, lower: bool = True) -> re.Pattern | None:
    """``folded`` of a pattern already parsed (``re``'s parser, flags 0; the parse is not changed)."""
    try:
        if parsed.state.flags & re.IGNORECASE:
            return None
        body = _fold(parsed.data, parsed.state) if lower else parsed
        try:
            body = _sre_parse.SubPattern(parsed.state, _lead_with_literals(_hoist(body.data, parsed.state),
                                                                           parsed.state))
        except _Unsupported:
            pass  # not hoisted: still right, less fast
        return _sre_compile.compile(body, 0)
    except (_Unsupported, re.error, RecursionError):
        return None


def literal_sets(pattern: str, parsed: _sre_parse.SubPattern | None = None) -> tuple[frozenset[str], ...]:
    """Return sets of lower-cased literals such that every match of ``pattern`` holds one literal of each set.

    ``parsed``: the pattern already parsed (with any flags: they do not change the parsed literals).

    Read from the parsed pattern: a literal run of the main sequence, or one run from every branch of an
    alternation, or of a group repeated at least once; every such set of the main sequence, best first
    (the set whose literals hold the longest words, which fewest texts hold):
    'after (?:the|a) (?:ruling|order)' gives {'after '}, {'ruling', 'order'} ({'the', 'a'} tells too little to
    be worth testing). () if none known.
    """
    def best(items) -> frozenset[str] | None:
        found = every(items)
        return found[0] if found else None

    def every(items) -> list[frozenset[str]]:
        candidates: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in list(items) + [(None, None)]:
            if op is LITERAL:
                run.append(chr(av))
                continue
            if run:
                candidates.append(frozenset(["".join(run).lower()]))
                run = []
            got = None
            if op is SUBPATTERN:
                got = best(av[-1])
            elif op is BRANCH:
                alts = [best(a) for a in av[1]]
                got = None if any(a is None for a in alts) else frozenset().union(*alts)
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                got = best(av[2])
            if got:
                candidates.append(got)
        candidates = [c for c in candidates if c and all(c)]
        return sorted(candidates, key=lambda c: (-piece(c), -min(map(len, c)), sorted(c)))

    def piece(found: frozenset[str]) -> int:
        """The shortest longest-letter-run of the literals of a set: how rare a word it takes ('in a': 2)."""
        return min(max(map(len, WORD_RUN.findall(lit)), default=0) for lit in found)

    def telling(found: frozenset[str]) -> bool:
        """A set worth testing besides the best: each literal has a run of at least 4 letters ('the', ' ' are not)."""
        return piece(found) >= 4

    try:
        found = every(parsed if parsed is not None else _sre_parse.parse(pattern, re.I))
        return tuple(found[:1] + [c for c in found[1:] if telling(c)])
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never skipped
        return ()


class LiteralScan:
    """Which of a growing set of literal strings occur in a lower-cased text, found through its words.

    Each literal is looked up by its longest run of a-z (its piece). A piece found in a text lies inside one
    of the text's whitespace-separated tokens; each token is mapped once to the literals it holds for sure
    (those equal to a piece in it) and to those it may hold (longer ones, then confirmed in the text). The map
    is keyed by token, never by text: a corpus has far fewer distinct tokens than sentences. One scan serves
    every ``PatternSet`` (triggers, date words, actors); its per-text memo serves one article
    (``clear_text_caches``).
    """

    def __init__(self) -> None:
        """Start empty; ``add`` literals."""
        self.by_piece: dict[str, list[str]] = {}
        self.bare: list[str] = []  # no a-z run: always tested on the whole text
        self.sure: dict[str, frozenset[str]] = {}  # token -> literals a text holding it surely holds
        self.maybe: dict[str, frozenset[str]] = {}  # token -> literals to confirm in the text
        self.seen: set[str] = set()  # every token mapped so far
        self.telling: set[str] = set()  # the tokens holding some literal (keys of ``sure`` and ``maybe``)
        self.trie: dict = {}  # the pieces, letter by letter ("" marks a piece's end: the piece)
        self.memo: dict[str, tuple[str | None, frozenset[str]]] = {}

    def add(self, literals) -> None:
        """Index more literals (lower-case strings) by piece."""
        for lit in set(literals):
            runs = WORD_RUN.findall(lit)
            group = self.by_piece.setdefault(max(runs, key=len), []) if runs else self.bare
            if lit not in group:
                group.append(lit)
        self.trie = {}
        for piece in self.by_piece:
            node = self.trie
            for c in piece:
                node = node.setdefault(c, {})
            node[""] = piece
        self.sure.clear()
        self.maybe.clear()
        self.seen.clear()
        self.telling.clear()
        self.memo.clear()

    def token_literals(self, token: str) -> tuple[frozenset[str], frozenset[str]]:
        """Return (literals surely in a text holding ``token``, literals to confirm) for one token."""
        pieces = set()  # every piece that occurs in the token: walk the trie from each of its letters
        trie, n = self.trie, len(token)
        for i in range(n):
            node, j = trie.get(token[i]), i + 1
            while node is not None:
                if "" in node:
                    pieces.add(node[""])
                if j == n:
                    break
                node, j = node.get(token[j]), j + 1
        sure = frozenset(lit for p in pieces for lit in self.by_piece[p] if lit == p)
        maybe = frozenset(lit for p in pieces for lit in self.by_piece[p] if lit != p)
        return sure, maybe

    def lookup(self, text: str) -> tuple[str | None, frozenset[str], frozenset[str]]:
        """Return ``text`` lower-cased, the literals it surely holds, and those it may hold (to confirm with
        ``in``); (None, {}, {}) when lower-casing is not safe (``text.foldable``). Remembered for one article."""
        got = self.memo.get(text)
        if got is None:
            if len(self.memo) > 2_000:
                self.memo.clear()
            low = text.lower() if FOLDABLE(text) else None
            got = self.memo[text] = (low, *self.candidates(low)) if low is not None else (None, EMPTY, EMPTY)
        return got

    def candidates(self, low: str) -> tuple[frozenset[str], frozenset[str]]:
        """Return (literals surely in ``low``, literals perhaps in it) from the tokens of ``low``."""
        unique = set(low.split())
        if not unique <= self.seen:
            self.learn(unique - self.seen)
        hits = unique & self.telling
        if not hits and not self.bare:
            return EMPTY, EMPTY
        # no literal is both: a literal equal to its piece is sure wherever its piece is, the others never are
        sure = EMPTY.union(*map(self.sure.__getitem__, hits))
        return sure, EMPTY.union(*map(self.maybe.__getitem__, hits), self.bare)

    def present(self, low: str) -> frozenset[str]:
        """Return the literals that occur in ``low`` (a lower-cased text)."""
        sure, maybe = self.candidates(low)
        return sure.union([lit for lit in maybe if lit in low])

    def learn(self, new: set[str]) -> None:
        """Map tokens not seen before to their literals (only tokens holding some literal are kept)."""
        if len(self.seen) > 500_000:
            self.seen.clear()  # bound the memory on very large corpora
            self.telling.clear()
            self.sure.clear()
            self.maybe.clear()
        for token in new:
            sure, maybe = self.token_literals(token)
            if sure or maybe:
                self.sure[token], self.maybe[token] = sure, maybe
                self.telling.add(token)
        self.seen |= new


class FoldCheck:
    """``text.foldable`` that remembers the non-ASCII characters it found foldable (curly quotes, dashes, ...):
    a text is searched once for a character outside ASCII and those, instead of judging each of its characters.
    The same answers as ``text.foldable``."""

    LIMIT = 512  # most characters remembered (the class of the search regex stays small)

    def __init__(self) -> None:
        """Start with no character remembered."""
        self.known: set[str] = set()
        self.unknown = re.compile(r"[^\x00-\x7f]")  # a character not yet judged

    def __call__(self, text: str) -> bool:
        """True when ``text.lower()`` holds every literal a re.I pattern matches in ``text``."""
        if text.isascii():
            return True
        found = self.unknown.search(text)
        while found is not None:
            char = found.group()
            if not foldable(char):
                return False
            if len(self.known) < self.LIMIT:
                self.known.add(char)
                self.unknown = re.compile("[^\\x00-\\x7f" + "".join(map(re.escape, sorted(self.known))) + "]")
            found = self.unknown.search(text, found.end())
        return True


EMPTY: frozenset[str] = frozenset()
SCAN = LiteralScan()
FOLDABLE = FoldCheck()


def lowered(text: str) -> str | None:
    """``text`` lower-cased, None when that is not safe: ``SCAN.lookup(text)[0]`` without finding its literals
    (which pattern sets with a prefilter no longer need)."""
    return text.lower() if FOLDABLE(text) else None


class PatternSet:
    """Patterns scanned over a text each only through the alternatives that can match there.

    ``matches(text)`` lists (pattern index, match) in pattern order, the matches of each pattern in text
    order, with the spans of ``re.compile(p, flags).finditer(text)`` for every pattern p (flags re.I, or 0).
    Match objects may come from the lower-cased text: take spans from them, and the words from ``text``.
    Which alternatives can match depends only on which of the set's literals a text holds, so the plan is
    remembered per such literals (never per text), and a regex is compiled once per set of alternatives.
    A set of 16 alternatives or more has a ``prefilter`` (``helpers.prefilter``): one Hyperscan pass over a text
    tells which alternatives can match there, in place of the literals (plans remembered per such set).
    """

    def __init__(self, patterns, ignorecase: bool = True, keep_parses: bool = True) -> None:
        """Split each pattern into its alternatives and index them by their necessary literals.

        ``keep_parses``: keep each alternative's parse until it is compiled (saves parsing it again; worth it
        for lexicon patterns, not for long word lists, whose parses would only burden the garbage collector).
        """
        self.flags = re.I if ignorecase else 0
        self.originals = [re.compile(p, self.flags) for p in patterns]
        self.parts: list[list[str]] = []
        self.owner: list[int] = []  # alternative id -> pattern index
        self.solid: list[bool] = []  # alternative id -> it cannot match empty
        self.trees: list = []  # alternative id -> its parse (for ``folded_parsed``), None if it has none
        always, by_literal, self.rest, literals = [], {}, [], set()
        for i, pattern in enumerate(patterns):
            parts = split_alternatives(pattern)
            trees = _parse_all(parts, 0) if "|".join(parts) == pattern else None
            if trees is None:  # a '|' the split misread: the pattern as one alternative
                parts, trees = [pattern], _parse_all([pattern], 0)
            self.parts.append(parts)
            for part, tree in zip(parts, trees):  # each part parsed once (it compiles: the whole pattern did)
                aid = len(self.owner)
                self.owner.append(i)
                self.trees.append(tree if keep_parses else None)  # flags 0, as ``folded`` parses them
                self.solid.append(tree is not None and _least_width(tree) > 0)
                sets = literal_sets(part, tree)
                self.rest.append(sets[1:])  # the other sets an alternative found by the first must meet
                literals.update(*sets)
                if not sets:
                    always.append(aid)
                for k in sets[0] if sets else ():
                    by_literal.setdefault(k, []).append(aid)
        self.always = tuple(always)
        self.by_literal = {k: tuple(v) for k, v in by_literal.items()}
        self.literals = frozenset(literals)
        self.index = frozenset(by_literal)  # the literals alternatives are found by
        self.first = [self.owner.index(i) if i in self.owner else 0 for i in range(len(patterns))]
        SCAN.add(literals)
        self.compiled: dict[tuple[int, ...], tuple] = {}  # alternatives of one pattern -> how to run them
        self.found: dict[frozenset[str], tuple] = {}  # index literals held -> candidates, the literals they need
        self.plans: dict[tuple, tuple] = {}  # (index literals, needed literals held) -> what to run
        self.by_held: dict[frozenset[str], tuple] = {}  # the set's literals a text holds -> what to run (``plans``)
        self.prefilter = prefilter.build([a for parts in self.parts for a in parts], bool(self.flags))
        self.by_alive: dict[tuple[int, ...], tuple] = {}  # alternatives the prefilter left -> what to run
        if keep_parses:  # every alternative compiled now, as ``entry`` would compile it on its first use (``steps``,
            # ``run``): once per process, before the clock of a run and before workers fork, not amid the first
            # articles (a large part of what the first few hundred articles cost the events stage beyond later ones)
            for aid, i in enumerate(self.owner):
                self.entry((aid,), i)

    def matches(self, text: str) -> list[tuple[int, re.Match]]:
        """Return (pattern index, match) for every match of every pattern in ``text``, in pattern order."""
        if self.prefilter is not None:  # one Hyperscan pass tells which alternatives can match (``helpers.prefilter``)
            alive = self.prefilter.alive(text)
            if alive is not None and FOLDABLE(text):
                # nothing alive (most texts, for the triggers): the empty plan, without lower-casing the text
                return self.run_plan(self.alive_plan(alive), text, text.lower()) if alive else []
        low, sure, maybe = SCAN.lookup(text)
        if low is None:
            return [(i, m) for i, regex in enumerate(self.originals) for m in regex.finditer(text)]
        held = sure & self.literals
        unsure = maybe & self.literals
        if unsure:
            held = held.union([lit for lit in unsure if lit in low])
        plan = self.by_held.get(held)
        if plan is None:
            if len(self.by_held) > 20_000:
                self.by_held.clear()
            plan = self.by_held[held] = self.plan_for(held)
        return self.run_plan(plan, text, low)

    def run_plan(self, plan: tuple[tuple, ...], text: str, low: str) -> list[tuple[int, re.Match]]:
        """Return the matches of the steps of ``plan`` (``steps``) in ``text`` (``low``: it lower-cased)."""
        out: list[tuple[int, re.Match]] = []
        for i, group, regex, on_low in plan:
            if regex is None:
                self.run(i, group, text, low, out)
            else:  # one regex, run as ``run`` would run it
                for m in regex.finditer(low if on_low else text):
                    out.append((i, m))
        return out

    def alive_plan(self, alive: tuple[int, ...]) -> tuple[tuple, ...]:
        """Return what to run (``steps``) when only the alternatives ``alive`` can match, remembered per such set."""
        plan = self.by_alive.get(alive)
        if plan is None:
            if len(self.by_alive) > 20_000:
                self.by_alive.clear()
            groups: dict[int, list[int]] = {}
            for aid in alive:
                groups.setdefault(self.owner[aid], []).append(aid)
            plan = self.by_alive[alive] = self.steps(tuple((i, tuple(g)) for i, g in sorted(groups.items())))
        return plan

    def plan_for(self, held: frozenset[str]) -> tuple[tuple, ...]:
        """Return what to run (``steps``) in a text that holds the literals ``held`` of the set: the plan of the
        index literals among them and of the other literals those alternatives need (``plans``, ``found``)."""
        keys = held & self.index
        if not keys and not self.always:
            return ()
        found = self.found.get(keys)
        if found is None:
            found = self.found[keys] = self.candidates(keys)
        plan_key = (keys, held & found[1])
        plan = self.plans.get(plan_key)
        if plan is None:
            if len(self.plans) > 20_000:
                self.plans.clear()
                self.found.clear()
            plan = self.plans[plan_key] = self.steps(self.plan(found[0], held))
        return plan

    def steps(self, plan: tuple[tuple[int, tuple[int, ...]], ...]) -> tuple[tuple, ...]:
        """Return the plan as (pattern index, alternatives, regex, on lower-cased text): the regex (compiled
        now, once per plan) where ``run`` would run a single regex with ``finditer``, else None (``run``)."""
        out = []
        for i, group in plan:
            regex, on_low = None, False
            if len(group) == 1 or not all(self.solid[a] for a in group):
                entry = self.entry(group, i)
                if entry[3] is None:
                    regex, on_low = entry[0], entry[1]
            out.append((i, group, regex, on_low))
        return tuple(out)

    def candidates(self, keys: frozenset[str]) -> tuple[tuple[int, ...], frozenset[str]]:
        """Return the alternatives a text holding the literals ``keys`` (of the index) may match, and the other
        literals they need (which decide the plan)."""
        alive = set(self.always)
        for lit in keys:
            alive.update(self.by_literal[lit])
        return tuple(sorted(alive)), frozenset().union(*(lits for aid in alive for lits in self.rest[aid]))

    def plan(self, alive: tuple[int, ...], held: frozenset[str]) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """Return (pattern index, alternatives) to run, in pattern order: the ``alive`` ones whose other needed
        literals are ``held`` (plans are remembered per such literals, not per text)."""
        groups: dict[int, list[int]] = {}
        for aid in alive:
            if all(not lits.isdisjoint(held) for lits in self.rest[aid]):
                groups.setdefault(self.owner[aid], []).append(aid)
        return tuple((i, tuple(group)) for i, group in groups.items())

    def run(self, i: int, group: tuple[int, ...], text: str, low: str, out: list) -> None:
        """Append (i, match) of pattern i's alternatives ``group`` in ``text`` to ``out``.

        Several alternatives that cannot match empty are run each on its own regex (compiled once per
        alternative, not per combination), their matches merged as the alternation gives them: from each
        position the leftmost match, the earlier alternative on a tie.
        """
        if len(group) > 1 and not all(self.solid[a] for a in group):
            entry = self.entry(group, i)  # an alternative may match empty: the alternation itself
        elif len(group) > 1:
            self.merge([self.entry((a,), i) for a in group], i, text, low, out)
            return
        else:
            entry = self.entry(group, i)
        regex, on_low, cased, loose, width = entry
        if loose is None:
            for m in regex.finditer(low if on_low else text):
                out.append((i, m))
        else:
            out.extend((i, m) for m in self.at_starts(regex, loose, text, low, cased, width))

    def entry(self, group: tuple[int, ...], i: int) -> tuple:
        """Return how to run pattern i's alternatives ``group`` (``regex``), compiled once."""
        got = self.compiled.get(group)
        if got is None:
            if len(self.compiled) > 20_000:
                self.compiled.clear()
            got = self.compiled[group] = self.regex(i, list(group))
        return got

    def merge(self, entries: list[tuple], i: int, text: str, low: str, out: list) -> None:
        """Append (i, match) of the alternation of ``entries`` (none matches empty) to ``out``, in text order."""
        nexts = [self.first_from(e, text, low, 0) for e in entries]
        pos = 0
        while True:
            best, start = -1, -1
            for j, m in enumerate(nexts):
                if m is not None and m.start() < pos:
                    m = nexts[j] = self.first_from(entries[j], text, low, pos)
                if m is not None and (best < 0 or m.start() < start):
                    best, start = j, m.start()
            if best < 0:
                return
            out.append((i, nexts[best]))
            pos = nexts[best].end()

    @staticmethod
    def first_from(entry: tuple, text: str, low: str, pos: int) -> re.Match | None:
        """Return the leftmost match at or after ``pos`` of one entry (see ``regex``), or None."""
        regex, on_low, cased, loose, width = entry
        if loose is None:
            return regex.search(low if on_low else text, pos)
        part = -1
        while True:
            if cased is not None:
                part, pos = PatternSet.skip(cased, width, text, pos, part)
                if part < 0:
                    return None
            s = loose.search(low, pos)
            if s is None:
                return None
            m = regex.match(text, s.start())
            if m is not None:
                return m
            pos = s.start() + 1

    @staticmethod
    def skip(cased: re.Pattern, width: int | None, text: str, pos: int, part: int) -> tuple[int, int]:
        """Return (start of the first case-sensitive part at or after ``pos``, -1 if none; the first position at
        or after ``pos`` where a match can start). ``part``: that start found before for a smaller ``pos`` (-1:
        none yet); still the first while it is not behind ``pos``.

        Every match holds a case-sensitive part (``case_sensitive_parts``) and spans at most ``width``
        characters (None: no bound known), so none starts more than ``width`` characters before the first part.
        """
        if part < pos:
            found = cased.search(text, pos)
            if found is None:
                return -1, pos
            part = found.start()
        return part, pos if width is None else max(pos, part - width)

    @staticmethod
    def at_starts(regex: re.Pattern, loose: re.Pattern, text: str, low: str, cased: re.Pattern | None = None,
                  width: int | None = None) -> list[re.Match]:
        """Return ``regex.finditer(text)`` as a list, trying ``regex`` only where ``loose`` matches ``low``.

        ``loose`` must match wherever ``regex`` does (it is ``regex`` made wholly case-insensitive): the leftmost
        match from a position is then at the first of the positions ``loose`` matches at where ``regex.match``
        succeeds, and ``loose.search`` skips quickly to each such position. With ``cased`` (the pattern's
        case-sensitive parts, one of which every match holds) the search starts no earlier than ``skip`` allows.
        """
        found, pos, part = [], 0, -1
        while True:
            if cased is not None:
                part, pos = PatternSet.skip(cased, width, text, pos, part)
                if part < 0:
                    return found
            s = loose.search(low, pos)
            if s is None:
                return found
            p = s.start()
            m = regex.match(text, p)
            if m is None:
                pos = p + 1
            elif m.end() == p:  # an empty match: leave the subtle rules of finditer to finditer
                return list(regex.finditer(text))
            else:
                found.append(m)
                pos = m.end()

    def regex(self, i: int, aids: list[int]) -> tuple:
        """Return how to run pattern i's alternatives ``aids``: (regex, whether it runs on the lower-cased text,
        case-sensitive test, wholly case-insensitive twin, longest match), the last three None unless it has
        case-sensitive parts (the last also None when a match has no bound).

        A pattern with case-sensitive parts ('(?-i:May)') runs on the original text, and only where the same
        pattern made wholly case-insensitive matches the lower-cased text (it matches wherever the original
        does); when every match passes through a case-sensitive part, a text none of them occurs in is skipped.
        """
        source = "|".join(self.parts[i][a - self.first[i]] for a in aids)
        tree = self.trees[aids[0]] if len(aids) == 1 else None  # one alternative: parsed already
        if tree is not None:
            self.trees[aids[0]] = None  # compiled once (``entry``): the parse is not needed again
        fast = folded_parsed(tree, bool(self.flags)) if tree is not None else folded(source, lower=bool(self.flags))
        if fast is not None:
            return fast, bool(self.flags), None, None, None
        whole = self.originals[i] if len(aids) == len(self.parts[i]) else re.compile(source, self.flags)
        loose = folded(source.replace("(?-i:", "(?:")) if self.flags and "(?-i:" in source else None
        if loose is None:
            return whole, False, None, None, None
        return whole, False, case_sensitive_parts(source), loose, _max_width(source, self.flags)


def case_sensitive_parts(pattern: str) -> re.Pattern | None:
    """Return a regex of the case-sensitive groups ('(?-i:...)') of ``pattern`` when every match of it passes
    through one of them (so a text none of them matches cannot match the pattern); else None."""
    try:
        parsed = _sre_parse.parse(pattern, 0)  # case-sensitive: the groups are compiled as they stand
    except re.error:
        return None
    groups: list = []

    def needs(seq) -> bool:
        """True when every match of ``seq`` passes through a case-sensitive group (collected in ``groups``)."""
        found = False
        for op, av in seq:
            if op is SUBPATTERN and av[2] & re.IGNORECASE and not av[1] & re.IGNORECASE:
                groups.append(av[3])
                found = True
            elif op is SUBPATTERN:
                found = needs(av[3]) or found
            elif op is BRANCH:
                found = all([needs(a) for a in av[1]]) or found
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                found = needs(av[2]) or found
        return found

    if not needs(parsed.data) or not groups or any(_has_group(g) for g in groups) or parsed.state.flags & re.I:
        return None
    try:
        body = _sre_parse.SubPattern(parsed.state, [(BRANCH, (None, groups))])
        hoisted = _lead_with_literals(_hoist(body.data, parsed.state), parsed.state)
        return _sre_compile.compile(_sre_parse.SubPattern(parsed.state, hoisted), 0)
    except (_Unsupported, re.error, RecursionError):
        return None


def _parse_all(parts: list[str], flags: int) -> list | None:
    """Return the parts parsed (``re``'s parser), or None when one does not parse (a '|' the split misread);
    a single part that does not parse is given as [None] (it is never run apart from its pattern)."""
    trees = []
    for part in parts:
        try:
            trees.append(_sre_parse.parse(part, flags))
        except (re.error, RecursionError, OverflowError):
            if len(parts) > 1:
                return None
            trees.append(None)
    return trees


def _least_width(tree: _sre_parse.SubPattern) -> int:
    """Return the least number of characters a match of a parsed pattern spans (0 when unknown)."""
    try:
        return tree.getwidth()[0]
    except (re.error, RecursionError, OverflowError):
        return 0


def _max_width(pattern: str, flags: int) -> int | None:
    """Return the most characters a match of ``pattern`` spans; None when unbounded or unknown."""
    try:
        most = _sre_parse.parse(pattern, flags).getwidth()[1]
    except (re.error, RecursionError):
        return None
    return most if most < _sre_parse.MAXREPEAT else None


def _compiles(pattern: str, flags: int) -> bool:
    """True when ``pattern`` compiles on its own (an alternative cut from a larger pattern)."""
    try:
        re.compile(pattern, flags)
        return True
    except re.error:
        return False


class MemoSet(PatternSet):
    """A ``PatternSet`` whose ``matches`` are remembered per text while ``memo`` is a dict (None: not remembered).

    A text's matches depend on the text alone. ``events.primed_triggers`` sets ``memo`` for a part of a batch and
    finds the matches of all its sentences in one loop (the Hyperscan database and the regexes stay in the CPU
    caches), then the events stage reads them; forgotten after the part. The same list for the same text: callers
    must not change it (``_find_phrases`` and ``events.trigger_matches`` only read it).
    """

    memo: dict[str, list] | None = None

    def matches(self, text: str) -> list[tuple[int, re.Match]]:
        """``PatternSet.matches``, remembered while ``memo`` is a dict."""
        memo = self.memo
        if memo is None:
            return super().matches(text)
        found = memo.get(text)
        if found is None:
            found = memo[text] = super().matches(text)
        return found
