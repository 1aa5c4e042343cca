"""Who speaks: attribute each sentence to a speaker and a side, and group statements.

In: an article body and its sentences (from ``helpers.text``). Out: the sentences with
side, speaker, statement_id and kind, and one row per statement (a run of sentences of
one utterance). Knowledge lives in ``data/lexicons/actors.csv`` (actor registry) and
``data/lexicons/speech_verbs.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import paths
from .text import read_word_list

SIDES = ("government", "platform", "other", "narrator")
OPEN_QUOTES = "“\""
QUOTE_PAIRS = [("“", "”"), ('"', '"')]


@dataclass(frozen=True)
class Actor:
    """One registered actor."""

    actor_id: str
    name: str
    side: str


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, Actor], re.Pattern]:
    """Return the alias → actor map and one regex matching any alias (longest first)."""
    path = paths.LEXICONS / "actors.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    aliases: dict[str, Actor] = {}
    for row in frame.itertuples():
        if row.side not in SIDES:
            raise ValueError(f"{path}: actor {row.actor_id!r} has unknown side {row.side!r}")
        actor = Actor(row.actor_id, row.name, row.side)
        for alias in [row.name, *row.aliases.split("|")]:
            if alias.strip():
                aliases.setdefault(alias.strip().lower(), actor)
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return aliases, re.compile(rf"(?<![\w@])(?:{alts})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def verb_pattern() -> str:
    """Return a regex alternation of the speech verbs."""
    return "|".join(sorted(map(re.escape, read_word_list("speech_verbs.txt")), key=len, reverse=True))


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of quoted passages (curly or straight double quotes)."""
    spans = []
    for opener, closer in QUOTE_PAIRS:
        pattern = re.compile(re.escape(opener) + r"[^" + re.escape(closer) + r"\n]*(?:" + re.escape(closer) + r"|$)", re.MULTILINE)
        spans.extend((m.start(), m.end()) for m in pattern.finditer(body))
    return sorted(spans)


def quoted_fraction(start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Return the share of characters of [start, end) that lie inside quotes."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside / max(1, end - start)


def find_speaker(text: str) -> tuple[str, Actor | None, str] | None:
    """Find an attribution in ``text``: (speaker text, actor or None, pattern kind)."""
    aliases, alias_re = registry()
    verbs = verb_pattern()
    m = re.search(rf"according to ({alias_re.pattern}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)", text)
    if m:
        return m.group(1), aliases.get(m.group(1).lower()), "according"
    name = rf"({alias_re.pattern}|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,3}}|it|he|she|they|we)"
    m = re.search(rf"{name}\s+(?:has\s+|had\s+|also\s+|then\s+|further\s+)?(?:{verbs})\b", text, re.IGNORECASE)
    if m and not m.group(1)[0].islower() or (m and m.group(1).lower() in aliases) or (m and m.group(1).lower() in {"it", "he", "she", "they"}):
        return m.group(1), aliases.get(m.group(1).lower()), "reported"
    m = re.search(rf"[,”\"]\s*(?:{verbs})\s+{name}", text)
    if m:
        return m.group(1), aliases.get(m.group(1).lower()), "inverted"
    return None


def resolve(speaker: str, actor: Actor | None, last: tuple[str, str] | None) -> tuple[str, str]:
    """Return (speaker name, side) for an attribution, resolving pronouns to ``last``."""
    if actor is not None:
        return actor.name, actor.side
    if speaker.lower() in {"it", "he", "she", "they", "we"}:
        return last if last else ("", "narrator")
    return speaker, "other"


def attribute(body: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return ``sentences`` with side, speaker, kind and statement_id columns added."""
    spans = quote_spans(body)
    out = sentences.copy()
    sides, speakers, kinds = [], [], []
    last: tuple[str, str] | None = None
    aliases, _ = registry()
    for row in out.itertuples():
        frac = quoted_fraction(row.char_start, row.char_end, spans)
        found = find_speaker(row.text)
        if found:
            speaker, side = resolve(found[0], found[1], last)
            kind = "direct" if frac > 0.3 else "indirect"
        elif frac > 0.5:
            speaker, side = last if last else ("", "narrator")
            kind = "direct"
        elif row.text.strip() in {a.name for a in aliases.values()} or row.text.strip().lower() in aliases:
            actor = aliases[row.text.strip().lower()]
            speaker, side, kind = actor.name, actor.side, "block"
        else:
            speaker, side, kind = "", "narrator", ""
        if side != "narrator":
            last = (speaker, side)
        sides.append(side)
        speakers.append(speaker)
        kinds.append(kind)
    out["side"], out["speaker"], out["kind"] = sides, speakers, kinds
    return assign_statements(out)


def assign_statements(sentences: pd.DataFrame) -> pd.DataFrame:
    """Give consecutive sentences of one speaker and kind one statement id (S1, S2, ...)."""
    ids, current, prev = [], 0, None
    for row in sentences.itertuples():
        key = (row.side, row.speaker, row.kind, row.paragraph)
        if row.side == "narrator":
            ids.append("")
            prev = None
            continue
        if key != prev:
            current += 1
        ids.append(f"S{current}")
        prev = key
    sentences = sentences.copy()
    sentences["statement_id"] = ids
    return sentences


def statements(sentences: pd.DataFrame, body: str) -> pd.DataFrame:
    """Return one row per statement: side, speaker, kind, offsets and text."""
    said = sentences[sentences["statement_id"] != ""]
    rows = []
    for sid, group in said.groupby("statement_id", sort=False):
        start, end = int(group["char_start"].min()), int(group["char_end"].max())
        first = group.iloc[0]
        rows.append({"statement_id": sid, "side": first["side"], "speaker": first["speaker"], "kind": first["kind"],
                     "char_start": start, "char_end": end, "text": body[start:end]})
    return pd.DataFrame(rows, columns=["statement_id", "side", "speaker", "kind", "char_start", "char_end", "text"])
