"""Split an article body into sentences with character offsets.

In: a body string. Out: a DataFrame of sentences (sentence_id, char_start, char_end,
text, paragraph). NLTK's Punkt runs with parameters given here and an abbreviation
list from ``data/lexicons/abbreviations.txt``; it needs no NLTK data download.
Paragraphs (blank-line separated) never share a sentence.
"""
from __future__ import annotations

import re
import re._parser as sre_parse
from functools import lru_cache
from re._casefix import _EXTRA_CASES
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import paths

PARAGRAPH = re.compile(r"\n[ \t]*\n+")
SENTENCE_COLUMNS = ["sentence_id", "char_start", "char_end", "text", "paragraph"]


def read_word_list(name: str) -> list[str]:
    """Read a one-entry-per-line lexicon file, skipping blanks and '#' comments."""
    lines = (paths.LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """Return a Punkt tokenizer that knows the project's abbreviations."""
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in read_word_list("abbreviations.txt")}
    return PunktSentenceTokenizer(params)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-empty paragraph of ``body``."""
    spans, start = [], 0
    for m in PARAGRAPH.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def sentence_spans(body: str) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph number) of every sentence of ``body``."""
    span_tokenize = tokenizer().span_tokenize
    out = []
    append = out.append
    for number, (ps, pe) in enumerate(paragraph_spans(body)):
        para = body[ps:pe]
        for s, e in span_tokenize(para):
            if not para[s:e].isspace() and s < e:  # same test as body[..].strip(), on the paragraph
                append((ps + s, ps + e, number))
    return out


def sentence_columns(body: str) -> dict[str, list]:
    """Return the sentences of ``body`` as columns (name → list), the same as ``split_sentences`` without pandas."""
    spans = sentence_spans(body)
    return {"sentence_id": list(range(1, len(spans) + 1)), "char_start": [s for s, _, _ in spans],
            "char_end": [e for _, e, _ in spans], "text": [body[s:e] for s, e, _ in spans],
            "paragraph": [p for _, _, p in spans]}


def split_sentences(body: str) -> pd.DataFrame:
    """Return the sentences of ``body`` as a DataFrame with offsets into ``body``."""
    rows = [(i + 1, s, e, body[s:e], p) for i, (s, e, p) in enumerate(sentence_spans(body))]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def necessary_literals(pattern: str) -> tuple[str, ...]:
    """Return lower-cased literal strings of which any match of ``pattern`` contains at least one (() if none known).

    Read from the parsed pattern: a run of literal characters in the pattern's main sequence, or one such
    run from every branch of an alternation (a group repeated at least once counts). Used only to skip a
    pattern that cannot match a text, before running it (the outcome is the same, see ``foldable``).
    """
    def of(items) -> set[str] | None:
        candidates: list[set[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is LITERAL:
                run.append(chr(av))
                continue
            if run:
                candidates.append({"".join(run).lower()})
                run = []
            got = None
            if op is SUBPATTERN:
                got = of(av[-1])
            elif op is BRANCH:
                alts = [of(a) for a in av[1]]
                got = None if any(a is None for a in alts) else set().union(*alts)
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                got = of(av[2])
            if got:
                candidates.append(got)
        if run:
            candidates.append({"".join(run).lower()})
        candidates = [c for c in candidates if c and all(c)]
        return max(candidates, key=lambda c: min(map(len, c))) if candidates else None

    try:
        found = of(sre_parse.parse(pattern, re.I))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never skipped
        return ()
    return tuple(sorted(found)) if found else ()


@lru_cache(maxsize=512)
def _foldable_char(ch: str) -> bool:
    """True when ``ch`` matches a literal under re.I exactly when its lower case equals it (no special folds)."""
    low = ch.lower()
    return len(low) == 1 and ord(ch) not in _EXTRA_CASES and ord(low) not in _EXTRA_CASES


def foldable(text: str) -> bool:
    """True when ``text.lower()`` holds every literal a re.I pattern matches in ``text`` (always for ASCII)."""
    return text.isascii() or all(_foldable_char(c) for c in set(text) if ord(c) > 127)
