"""What happened when: events found in sentences, with actor, side, count and date window.

In: the article's date (ISO) and its sentences (sentence_id, char_start, char_end, text,
paragraph, side, speaker, ...) from ``helpers.actors.attribute``. Out: one row per event
(event_type, side, actor, date_start, date_end, date_text, date_basis, count, count_unit,
char_start, char_end, evidence, confidence). Triggers are in
``data/lexicons/event_patterns.csv``, count units in ``event_count_units.csv``, date words in
``event_date_words.csv`` (resolved by ``helpers.dates``), actors in ``actors.csv``.
Evidence is the sentence, or the clause when one sentence holds two events of a type.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import dates, paths
from .text import foldable, necessary_literals

EVENT_COLUMNS = ["event_type", "side", "actor", "date_start", "date_end", "date_text", "date_basis",
                 "count", "count_unit", "char_start", "char_end", "evidence", "confidence"]
EVENT_TYPES = ("blocking_order", "withholding", "restoration", "refusal", "non_compliance_notice", "legal_threat",
               "legal_action", "court_ruling", "rule_change", "statement", "meeting", "backlash")
SIDES = ("government", "platform", "other")
ORDER_COUNTS = ("blocking_order", "legal_action", "court_ruling", "non_compliance_notice")
PATTERN_COLUMNS = ["event_type", "side_rule", "side", "actor", "plan", "pattern", "note"]
CLAUSE = re.compile(r"[;:]\s|,\s+(?=(?:and|but|while|whereas|when|although|though)\b)|\s(?=but\b)"
                    r"|,\s+(?=(?:\w+\s){0,3}(?:after|before|since|until)\b)")
FUTURE = re.compile(r"\b(?:will|would|shall|plans? to|planned to|intends? to|is to|was to|were to|going to|"
                    r"expected to|set to|soon)\b", re.I)
DEADLINE = re.compile(r"\b(?:by|until|till|after|before|ahead of|in the run-up to)\s+$", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
POSSESSIVE = re.compile(r"['’]s\b")
PRONOUN = re.compile(r"\b(?:we|our|us|it|they)\b", re.I)
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|any (?:\w+ )?(?:that|which|who))\b[^.;]*$", re.I)
VAGUE = {"current", "recent", "plan"}
RELATIVE_GAP = 30  # chars between a trigger and an order word that dates it from an earlier date of its clause
ATTRIBUTION = re.compile(r"\baccording to [^,.;]{1,80},", re.I)
SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|as|once|until|that|who|which)\b", re.I)
REPORTING = re.compile(r"\b(?:said|says|told|stated|announced|wrote|added|claimed|alleged)\b|\b(?:blog )?post(?:ed)?\b", re.I)
CHALLENGED = re.compile(r"\b(?:against|challeng(?:e|es|ed|ing)(?: to| of)?|contest(?:ed|ing)|quash(?:ed|ing)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:set|series|batch|number|list|bunch) of\s+)?(?:[^\s.;,]+\s+){0,2}$", re.I)
AFTER_OBJECT = re.compile(r"(?:^|[,;]\s*)after\s+(?:[^\s.;,]+\s+){0,4}$", re.I)
FRONTED = re.compile(r"\s*(?:in|after|following|responding|replying|speaking|writing|through|via)\b", re.I)
SPEECH = re.compile(r"\b(?:said|says|told|wrote|added|stated|announced|called|described)\b", re.I)
MEDIUM = re.compile(r"\b(?:on|via|through) (?:koo|twitter|x|facebook|telegram|whatsapp)\b|\bafter (?:the|a|an|its|their)\b|\bresponding\b", re.I)
DATELINE = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:]|$)")
THREAT_BASES = ("non_compliance_notice", "blocking_order", "court_ruling")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}
MULTIPLIERS = {"thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
               "billion": 1_000_000_000}


@dataclass(frozen=True)
class Trigger:
    """One trigger pattern of the lexicon."""

    event_type: str
    side_rule: str
    side: str
    actor: str
    plan: bool
    regex: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> tuple[Trigger, ...]:
    """Load the trigger patterns; stop with one line naming the file and row on a bad row."""
    path = paths.LEXICONS / "event_patterns.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(frame.columns) != PATTERN_COLUMNS:
        raise ValueError(f"{path.name}: columns must be {','.join(PATTERN_COLUMNS)}")
    out = []
    for i, r in enumerate(frame.itertuples(), start=2):
        if r.event_type not in EVENT_TYPES or r.side_rule not in ("fixed", "subject") or r.side not in SIDES \
                or r.plan not in ("yes", "no"):
            raise ValueError(f"{path.name} row {i}: bad event_type, side_rule, side or plan "
                             f"({r.event_type!r}, {r.side_rule!r}, {r.side!r}, {r.plan!r})")
        try:
            regex = re.compile(r.pattern, re.I)
        except re.error as err:
            raise ValueError(f"{path.name} row {i}: bad pattern ({err})") from err
        out.append(Trigger(r.event_type, r.side_rule, r.side, r.actor, r.plan == "yes", regex))
    return tuple(out)


def _lexicon(name: str, columns: list[str]) -> pd.DataFrame:
    """Read a lexicon file; stop with one line naming the file on wrong columns or an empty required cell."""
    path = paths.LEXICONS / name
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(frame.columns) != columns:
        raise ValueError(f"{path.name}: columns must be {','.join(columns)}")
    for i, r in enumerate(frame.itertuples(), start=2):
        if not all(getattr(r, c).strip() for c in columns[:-1]):
            raise ValueError(f"{path.name} row {i}: {', '.join(columns[:-1])} required")
    return frame


@lru_cache(maxsize=1)
def reaction_nouns() -> dict[str, tuple[str, ...]]:
    """Return event type → the nouns that name an event of that type in a reaction ('welcomed the verdict')."""
    frame = _lexicon("event_reaction_nouns.csv", ["event_type", "nouns", "note"])
    bad = [t for t in frame["event_type"] if t not in EVENT_TYPES]
    if bad:
        raise ValueError(f"event_reaction_nouns.csv: unknown event_type {bad[0]!r}")
    return {r.event_type: tuple(w.strip().lower() for w in r.nouns.split("|")) for r in frame.itertuples()}


@lru_cache(maxsize=1)
def reaction_regex() -> re.Pattern:
    """'the verdict', 'this slowdown', 'their blog post': a determiner, an optional word, a reaction noun."""
    words = "|".join(w for nouns in reaction_nouns().values() for w in nouns)
    return re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(" + words + r")\b", re.I)


@lru_cache(maxsize=1)
def other_agent() -> re.Pattern:
    """'filed by civil-society groups', 'by advocate X': an agent after 'by' outside the two sides."""
    words = [w.strip() for w in _lexicon("event_agent_words.csv", ["word", "note"])["word"]]
    alt = "|".join(re.escape(w) + ("" if w.lower().endswith("s") else "s?") for w in words)
    return re.compile(r"\s*(?:\w+\s){0,2}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:" + alt + r")\b", re.I)


@lru_cache(maxsize=1)
def any_trigger() -> re.Pattern:
    """One alternation of every trigger: a sentence it does not match has no event.

    ``triggers_in`` no longer runs it (a slow scan: each alternative is tried at every position); it skips
    each trigger whose necessary literals are missing instead (``keyed_patterns``), which gives the same events.
    """
    return re.compile("|".join(f"(?:{t.regex.pattern})" for t in patterns()), re.I)


@lru_cache(maxsize=1)
def count_units() -> tuple[re.Pattern, dict[str, str]]:
    """Return a regex for '<number> [up to 2 words] <unit>' and the alias → unit map."""
    path = paths.LEXICONS / "event_count_units.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    aliases: dict[str, str] = {}
    for i, r in enumerate(frame.itertuples(), start=2):
        if not r.unit or not r.aliases:
            raise ValueError(f"{path.name} row {i}: unit and aliases are required")
        for alias in r.aliases.split("|"):
            aliases.setdefault(alias.strip().lower(), r.unit)
    units = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    words = "|".join(NUMBER_WORDS)
    mult = "|".join(MULTIPLIERS)
    regex = re.compile(rf"(?:\b(?P<rs>Rs\.?|INR)\s?)?\b(?P<num>\d[\d,]*(?:\.\d+)?|{words})\b(?:\s(?P<mult>{mult})\b)?"
                       rf"(?:\s(?P<unit>(?:[\w-]+\s){{0,2}}?(?:{units}))\b)?", re.I)
    return regex, aliases


def find_count(text: str, near: int = 0, skip_units: tuple[str, ...] = ()) -> tuple[int | None, str]:
    """Return the (count, unit) stated in ``text`` nearest to offset ``near``; (None, "") if none.

    Numbers inside date phrases ("in the past 10 days") and units in ``skip_units`` are not counts.
    """
    regex, aliases = count_units()
    taken = [(p.start, p.end) for p in dates.find_phrases(text)]
    best = None
    for m in regex.finditer(text):
        if not (m.group("unit") or m.group("rs")) or any(a <= m.start() < b for a, b in taken):
            continue
        raw = m.group("num").lower().replace(",", "")
        value = float(NUMBER_WORDS.get(raw, raw)) if raw in NUMBER_WORDS or re.fullmatch(r"[\d.]+", raw) else None
        if value is None:
            continue
        unit = ""
        if m.group("unit"):
            tail = m.group("unit").lower().split()
            for k in range(len(tail)):
                if " ".join(tail[k:]) in aliases:
                    unit = aliases[" ".join(tail[k:])]
                    break
        mult = (m.group("mult") or "").lower()
        if m.group("rs"):
            unit = f"{mult} rupees" if mult in ("lakh", "crore") else "rupees"
            value *= 1 if mult in ("lakh", "crore") else MULTIPLIERS.get(mult, 1)
        else:
            value *= MULTIPLIERS.get(mult, 1)
        if unit in skip_units:
            continue
        distance = abs(m.start() - near)
        if best is None or distance < best[0]:
            best = (distance, int(value), unit)
    return (best[1], best[2]) if best else (None, "")


@lru_cache(maxsize=1)
def actor_regex() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, str]]]:
    """Return regexes for registry actors (case-sensitive short names, case-insensitive others) and their map."""
    frame = pd.read_csv(paths.LEXICONS / "actors.csv", dtype=str, keep_default_na=False)
    names: dict[str, tuple[str, str]] = {}
    for r in frame[frame["type"].isin(["named", "role"])].itertuples():
        for alias in r.aliases.split("|"):
            names.setdefault(alias.strip().lower(), (r.name if r.type == "named" else alias.strip(), r.side))
    short = [a for a in names if len(a) <= 4]
    long_ = [a for a in names if len(a) > 4]
    alt = lambda items: "|".join(re.escape(a) for a in sorted(items, key=len, reverse=True))  # noqa: E731
    cased = [a for r in frame.itertuples() if r.type == "named" for a in r.aliases.split("|") if len(a) <= 4]
    return (re.compile(rf"(?<![\w@])(?:{alt(long_)})(?!\w)", re.I),
            re.compile(rf"(?<![\w@])(?:{alt(cased or ['$^'])}|{alt([a for a in short if a.islower()])})(?!\w)"),
            names)


def mentions(text: str) -> list[tuple[int, int, str, str]]:
    """Return registry actors mentioned in ``text``: (start, end, name, side), in text order."""
    return list(_mentions(text))


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Cached scan of one sentence (an event's subject, agent and actor look it up several times)."""
    long_re, short_re, names = actor_regex()
    found = {}
    for regex in (long_re, short_re):
        for m in regex.finditer(text):
            key = m.group(0).lower()
            if key in names and all(m.end() <= s or m.start() >= e for s, e in found):
                found[(m.start(), m.end())] = names[key]
    return tuple((s, e, n, side) for (s, e), (n, side) in sorted(found.items()))


def clauses(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the clauses of a sentence (split at ; : ', and' 'but' and quote marks)."""
    cuts = [0] + [m.end() for m in CLAUSE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def clause_of(spans: list[tuple[int, int]], pos: int) -> int:
    """Return the index of the clause that holds offset ``pos``."""
    return next((i for i, (a, b) in enumerate(spans) if a <= pos < b), len(spans) - 1)


def quoted(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` inside quotation marks (a sentence may open inside a quote)."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    first = re.search(r"[“”\"]", text)
    if first and (first.group(0) == "”" or (first.group(0) == '"' and re.match(r"[,.!?]", text[first.start() - 1:first.start()]))):
        spans.append((0, first.end()))
    return spans


def subject(text: str, clause: tuple[int, int], pos: int, end: int, sent_side: str,
            default: str) -> tuple[str, str]:
    """Return (actor, side) of who performs an event: agent after 'by', else the clause's first actor."""
    inside = quoted(text) + [(m.start(), m.end()) for m in ATTRIBUTION.finditer(text)]  # 'according to X,' is a source
    in_quote = any(a <= pos < b for a, b in inside)
    found = [m for m in mentions(text) if in_quote or not any(a <= m[0] < b for a, b in inside)]
    after = re.match(r"\s*(?:\w+\s){0,2}?by\s", text[end:end + 30])
    if after:
        agent = [m for m in found if end < m[0] <= end + after.end() + 2]
        if agent:
            return agent[0][2], agent[0][3]
        if other_agent().match(text[end:end + 60]):
            return "", "other"  # 'a petition filed by civil-society groups', 'by advocate X'
    if FRONTED.match(text, clause[0]):  # 'In a post on Koo, the ministry said': the speaker follows the phrase
        verb = SPEECH.search(text, pos)
        if verb:
            comma = text.rfind(",", pos, verb.start())
            speaker = [m for m in found if max(comma, pos) <= m[0] < verb.start()]
            if speaker:
                return speaker[-1][2], speaker[-1][3]
    sub = [m for m in SUBORDINATE.finditer(text, clause[0], pos)]
    lower = sub[-1].end() if sub else clause[0]
    in_clause = [m for m in found if lower <= m[0] < pos] or [m for m in found if clause[0] <= m[0] < pos]
    before = in_clause or [m for m in found if m[0] < pos][-1:]
    pronoun = PRONOUN.search(text[clause[0]:pos])
    if pronoun and (not in_clause or clause[0] + pronoun.start() < in_clause[0][0]):
        return "", sent_side if sent_side in SIDES else default
    if before:
        return before[0][2], before[0][3]
    return "", sent_side if sent_side in SIDES else default


def other_side_agent(text: str, clause: tuple[int, int], pos: int, side: str) -> bool:
    """True when the word(s) just before a fixed-side trigger name an actor of the opposing side."""
    if side != "platform":
        return False  # government events are often told after the platform's name ('gave X 24 hours to')
    opposing = "government"
    near = [m for m in mentions(text) if clause[0] <= m[0] and m[1] <= pos and pos - m[1] <= 12]
    return bool(near) and near[-1][3] == opposing


def nearest_actor(text: str, clause: tuple[int, int], pos: int, side: str) -> str:
    """Return the actor of ``side`` named closest before ``pos`` in the sentence (the speaker of 'X told reporters')."""
    before = [m for m in mentions(text) if m[0] < pos and m[3] == side]
    return before[-1][2] if before else ""


def fixed_actor(text: str, side: str, pos: int, fallback: str, article_text: str) -> str:
    """Return the actor of a fixed-side event: the nearest actor of that side in the sentence, else a default."""
    same = [m for m in mentions(text) if m[3] == side]
    if same:
        return min(same, key=lambda m: abs(m[0] - pos))[2]
    return fallback if fallback and fallback.lower() in article_text.lower() else ""


def date_for(text: str, spans: list[tuple[int, int]], ci: int, pos: int, end: int, plan: bool, article_date: str,
             anchor: dates.Window | None, previous: dates.Window | None) -> tuple[dates.Window, bool]:
    """Return the date window of the event at ``pos`` and whether the text dates it itself."""
    phrases = dated_phrases(text)
    in_clause = [p for p in phrases if spans[ci][0] <= p.start < spans[ci][1]]
    after = AFTER_OBJECT.search(text[spans[ci][0]:pos])
    if after:  # 'X happened on D, after an emergency order': the order is on or before D
        main = [p for p in phrases if p.end <= spans[ci][0] + after.start() and p.kind not in dates.ORDER_KINDS | VAGUE]
        if main:
            base = dates.resolve(main[-1], article_date, anchor)
            if base.end or base.start:
                return dates.Window("", base.end or base.start, main[-1].text, "order"), True
    future = plan and bool(FUTURE.search(text[spans[ci][0]:end]))
    base = [p for p in in_clause if p.end <= pos and p.kind not in dates.ORDER_KINDS | VAGUE]
    relative = [p for p in in_clause if p.kind in ("anchor", "anchor_after") and base and p.start >= base[-1].end
                and (p.end <= pos or 0 <= p.start - end <= RELATIVE_GAP)]
    if relative and base:  # 'A on February 1, prompting B to send a notice two days later': B is told from A's date
        first = dates.resolve(base[-1], article_date, anchor)
        if first.start:
            return dates.resolve(min(relative, key=lambda q: abs(q.start - pos)), article_date, first), True
    own = [p for p in in_clause if p.kind not in dates.ORDER_KINDS and (p.kind != "plan" or future)]
    if own:
        p = min(own, key=lambda q: (q.kind in VAGUE, crosses(text, q, pos, end), abs(q.start - pos)))  # 'last week' over 'meanwhile'
        return dates.resolve(p, article_date, anchor), True
    order = [p for p in in_clause if p.kind in dates.ORDER_KINDS]
    if order:
        p = min(order, key=lambda q: (q.kind.startswith("order"), abs(q.start - pos)))  # 'the same evening' > 'then'
        if p.kind == "anchor_before":
            main = [q for q in phrases if q.kind not in dates.ORDER_KINDS and not spans[ci][0] <= q.start < spans[ci][1]]
            base = dates.resolve(main[0], article_date, anchor) if main else anchor
            return dates.resolve(p, article_date, base), True
        if p.kind in ("anchor", "anchor_after"):  # 'X closed on May 25, and the rules took effect the next day'
            told = [q for q in phrases if q.end <= spans[ci][0] and q.kind not in dates.ORDER_KINDS | VAGUE]
            first = dates.resolve(told[-1], article_date, anchor) if told else None
            if first is not None and first.start:
                return dates.resolve(p, article_date, first), True
        return dates.resolve(p, article_date, anchor), False
    earlier = [p for p in phrases if p.end <= spans[ci][0] and p.kind != "plan"]
    if earlier:
        if earlier[-1].kind in dates.ORDER_KINDS:  # 'X subsequently did A, and B ordered C': C shares A's order
            window = dates.resolve(earlier[-1], article_date, anchor)
            return window, bool(window.start)
        return dates.resolve(earlier[-1], article_date, anchor), True
    if future:
        return dates.plan_default(article_date), False
    if previous is not None:
        return dates.Window(previous.start, previous.end, previous.text, "order"), False
    return dates.past_default(article_date), False


def reaction_to(text: str, told: list[dict]) -> dict | None:
    """Return the last dated event of the kind a reaction names ('the verdict' -> the last ruling), else None."""
    nouns = reaction_nouns()
    for m in reaction_regex().finditer(text):
        etype = next(t for t, words in nouns.items() if m.group(1).lower() in words)
        dated = [e for e in told if e["event_type"] == etype and e["date_start"]]
        if dated:
            return dated[-1]
    return None


def crosses(text: str, phrase: dates.Phrase, pos: int, end: int) -> bool:
    """True when a reporting verb or a subordinator stands between a date phrase and the trigger.

    "said on Monday that it had been served notices in the past week": 'on Monday' dates the saying;
    "tensions rose this week after X published a post on Wednesday": 'this week' dates the tensions.
    """
    between = text[phrase.end:pos] if phrase.end <= pos else text[end:phrase.start]
    return bool(REPORTING.search(between) or SUBORDINATE.search(between))


def dated_phrases(text: str) -> list[dates.Phrase]:
    """Return the date phrases of a sentence that date an event (not deadlines or possessives)."""
    return [p for p in dates.find_phrases(text)
            if not (p.start > 3 and DEADLINE.search(text[max(0, p.start - 20):p.start])) and not POSSESSIVE.match(text[p.end:p.end + 2])
            and not (p.start < 40 and DATELINE.match(text[p.end:p.end + 45]) and re.search(r"[-–—]", text[p.end:p.end + 45]))]


def bound_by_later(window: dates.Window, text: str, spans: list[tuple[int, int]], ci: int,
                   article_date: str, anchor: dates.Window | None = None) -> dates.Window:
    """Close an undated event's end at a date told in a later clause of its sentence (narrative order).

    A later clause opened by 'after' ("X complied, after the ministry served a notice in late June")
    gives the start instead.
    """
    after = [p for p in dates.find_phrases(text) if p.start >= spans[ci][1] and p.kind in ("calendar", "month", "month_year")
             and re.search(r"\bafter\b", text[spans[ci][1]:p.start], re.I)]
    if after:
        start = dates.resolve(after[0], article_date, anchor).start
        if start:
            return dates.Window(start, window.end if window.end and window.end >= start else article_date,
                                after[0].text, "order")
    later = [p for p in dates.find_phrases(text) if p.start >= spans[ci][1] and p.kind in ("calendar", "weekday")]
    if not later:
        return window
    end = dates.resolve(later[0], article_date).start
    if end and (not window.end or end < window.end) and (not window.start or end >= window.start):
        return dates.Window(window.start, end, window.text, "order")
    return window


def triggers_in(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Trigger, int]]:
    """Return the first trigger match of each event type per clause: (start, end, trigger, clause), in text order."""
    hits: dict[tuple[str, int], tuple[int, int, Trigger]] = {}
    low = text.lower() if foldable(text) else None
    for keys, trig in keyed_patterns():
        if not dates.may_match(keys, low):
            continue  # none of the pattern's literals is in the sentence: it cannot match
        for m in trig.regex.finditer(text):
            key = (trig.event_type, clause_of(spans, m.start()))
            if key not in hits or m.start() < hits[key][0]:
                hits[key] = (m.start(), m.end(), trig)
    return sorted(((a, b, t, ci) for (_, ci), (a, b, t) in hits.items()), key=lambda h: h[0])


@lru_cache(maxsize=1)
def keyed_patterns() -> tuple[tuple[tuple[str, ...], Trigger], ...]:
    """Return (necessary literals, trigger) for every trigger, in lexicon order."""
    return tuple((necessary_literals(t.regex.pattern), t) for t in patterns())


def is_past(window: dates.Window, article_date: str) -> bool:
    """True when a window can serve as an anchor: it has a bound and does not lie wholly after the article date."""
    return bool(window.start or window.end) and not (window.start >= article_date and not window.end)


def context_window(sent, etype: str, side: str, article_date: str, state: dict) -> dates.Window | None:
    """Return the window an undated event takes from its context: the paragraph's last date, else its side's."""
    previous = state["previous"] if state["paragraph"] == sent.paragraph else None
    if previous is None:
        by_side = state["by_side"].get(side)
        if by_side and sent.paragraph - by_side[1] <= 2:
            previous = by_side[0]
    if previous is None:
        return None
    narrated = str(getattr(sent, "side", "narrator") or "narrator") in ("narrator", "")
    if etype == "refusal" and narrated:
        return dates.Window(previous.start or "", article_date, previous.text, "order")
    return dates.Window(previous.start, previous.end, previous.text, "order")


def sentence_events(sent, article_date: str, article_text: str, state: dict) -> list[dict]:
    """Return the events of one sentence (one per type, or per clause when sides differ), dated in text order."""
    text = sent.text
    spans = clauses(text)
    sent_side = str(getattr(sent, "side", "") or "")
    found = []
    for pos, end, trig, ci in triggers_in(text, spans):
        if not trig.plan and trig.event_type != "legal_threat" and CONDITIONAL.search(text[spans[ci][0]:pos]):
            continue  # 'if it did not comply', 'any platform that does not follow': a condition, not an event
        if trig.event_type == "blocking_order" and CHALLENGED.search(text[spans[ci][0]:pos]):
            continue  # 'moved court against a set of blocking orders issued by ...': the orders are told elsewhere
        if trig.side_rule == "fixed" and other_side_agent(text, spans[ci], pos, trig.side):
            continue  # 'the state refuses': the fixed side's event told of the other side
        if trig.event_type == "statement" and re.search(r"[”\"]", text[:pos]) and not re.search(r"[“\"]", text[pos:]) \
                and not any(p.kind not in dates.ORDER_KINDS | VAGUE for p in dated_phrases(text[pos:])):
            continue  # the attribution after a quotation ('..., the minister told reporters'), not news of a statement
        if trig.event_type == "statement" and sent_side == "other":
            continue  # statement events are the dispute's parties'; other voices are in the statements table
        if trig.event_type == "statement" and sent_side in SIDES:
            side = sent_side
            actor = nearest_actor(text, spans[ci], pos, side) or (trig.actor if side == trig.side and
                                                                    trig.actor.lower() in text.lower() else "")
        elif trig.side_rule == "fixed":
            side, actor = trig.side, fixed_actor(text, trig.side, pos, trig.actor, article_text)
        else:
            actor, side = subject(text, spans[ci], pos, end, sent_side, trig.side)
            actor = actor or (trig.actor if trig.actor.lower() in text.lower() else "")
        if any(f[2].event_type == trig.event_type and f[4] == side for f in found):
            continue  # one event per type and side in a sentence
        found.append((pos, end, trig, ci, side, actor))
    per_type = Counter(f[2].event_type for f in found)
    rows = []
    sentence_anchor = None
    for pos, end, trig, ci, side, actor in found:
        etype = trig.event_type
        window, own = date_for(text, spans, ci, pos, end, trig.plan, article_date, state["anchor"], None)
        if not own and window.basis == "article_date" and not window.start:
            context = context_window(sent, etype, side, article_date, state)
            window = context or window
        reacted = reaction_to(text, state["events"]) if not own and etype in ("statement", "backlash") else None
        if reacted is not None:  # 'welcomed the verdict', 'concerned about the slowdown': from that event on
            window = dates.Window(reacted["date_start"], article_date, reacted["date_text"], "order")
        elif not own and etype in ("statement", "backlash") and window.basis == "article_date" and not window.start \
                and state["anchor"] is not None and state["anchor"].start:
            window = dates.Window(state["anchor"].start, article_date, state["anchor"].text, "order")  # a reaction
        if not own and etype == "legal_threat":
            bases = [e for e in state["events"] if e["event_type"] in THREAT_BASES and e["date_start"]
                     and sent.paragraph - e["paragraph"] <= 3]
            base = max(bases, key=lambda e: (-THREAT_BASES.index(e["event_type"]), e["paragraph"]), default=None)
            if base is not None:  # the threat of the notice or order told just before ('The notice warned ...')
                window = dates.Window(base["date_start"], base["date_end"], base["date_text"], "order")
        if not own:
            window = bound_by_later(window, text, spans, ci, article_date, state["anchor"])
        if etype == "statement" and not own and not MEDIUM.search(text[spans[ci][0]:spans[ci][1]]) and any(
                e["event_type"] == "statement" and e["side"] == side and sent.paragraph - e["paragraph"] <= 2
                for e in state["events"]):
            continue  # a reference back to a statement already found
        a, b = (spans[ci] if per_type.get(etype, 0) > 1 else (0, len(text)))
        while b > a and text[b - 1].isspace():
            b -= 1
        count, unit = find_count(text[spans[ci][0]:spans[ci][1]], pos - spans[ci][0],
                                 () if etype in ORDER_COUNTS else ("orders",))
        row = {"event_type": etype, "side": side, "actor": actor, "date_start": window.start,
               "date_end": window.end, "date_text": window.text, "date_basis": window.basis, "count": count,
               "count_unit": unit, "char_start": int(sent.char_start) + a, "char_end": int(sent.char_start) + b,
               "evidence": text[a:b], "confidence": round(0.5 + 0.25 * own + 0.2 * bool(actor), 2)}
        rows.append(row)
        state["events"].append({**row, "paragraph": sent.paragraph})
        if own and is_past(window, article_date) and window.basis != "article_date" and not (
                sentence_anchor and window.start and sentence_anchor.start and window.start < sentence_anchor.start):
            state["anchor"] = sentence_anchor = window  # 'A on June 4, two days after B': 'then' follows A, not B
            state["by_side"][side] = (window, sent.paragraph)
        if window.basis != "article_date" and is_past(window, article_date):
            state["previous"], state["paragraph"] = window, sent.paragraph
    if not rows:
        narrate(sent, article_date, state)
    return rows


def narrate(sent, article_date: str, state: dict) -> None:
    """Let a sentence without events move the narrative time ('The ministry responded within hours.')."""
    phrases = [p for p in dated_phrases(sent.text) if p.kind not in ("plan", "recent", "current")]
    if not phrases:
        return
    window = dates.resolve(phrases[0], article_date, state["anchor"])
    if is_past(window, article_date) and window.start:
        state["previous"], state["paragraph"] = window, sent.paragraph
        state["anchor"] = window


class _Sentence:
    """One sentence row (attribute access, like a row of ``itertuples``) built from the columns."""

    def __init__(self, values: dict) -> None:
        """Hold one row's values as attributes."""
        self.__dict__.update(values)


def extract_columns(article_date: str, sents: dict[str, list]) -> dict[str, list]:
    """Return the events found in the sentences of one article, as EVENT_COLUMNS lists (no DataFrames)."""
    texts = sents["text"]
    article_text = " ".join(map(str, texts)) if len(texts) else ""
    state: dict = {"events": [], "anchor": None, "previous": None, "paragraph": None, "by_side": {}}
    names = list(sents)
    if "paragraph" not in sents:
        names.append("paragraph")
        columns = [*sents.values(), [0] * len(texts)]
    else:
        columns = list(sents.values())
    rows = []
    for values in zip(*columns):
        rows.extend(sentence_events(_Sentence(dict(zip(names, values))), article_date, article_text, state))
    return {c: [r[c] for r in rows] for c in EVENT_COLUMNS}


def extract(article_date: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the events found in the sentences of one article."""
    cols = extract_columns(article_date, {c: sentences[c].tolist() for c in sentences.columns})
    frame = pd.DataFrame(cols, columns=EVENT_COLUMNS)
    frame["count"] = frame["count"].astype("Int64")
    frame["confidence"] = frame["confidence"].astype(float)
    return frame
