"""Split an article body into sentences with character offsets.

In: a body string. Out: a DataFrame of sentences (sentence_id, char_start, char_end,
text, paragraph). NLTK's Punkt runs with parameters given here and an abbreviation
list from ``data/lexicons/abbreviations.txt``; it needs no NLTK data download.
Paragraphs (blank-line separated) never share a sentence. ``PunktSpans`` gives Punkt's spans
faster for these parameters (no trained statistics). Also the shared scanning helpers of the
speed work: ``literal_trie``, ``WordStartScanner``, ``ascii_foldable``.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from re._casefix import _EXTRA_CASES

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktToken

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


def _engine(pattern):
    """NLTK's compiled pattern without its time-limit wrapper (the same engine, called directly)."""
    return getattr(pattern, "_rx", pattern)


class PunktSpans:
    """``PunktSentenceTokenizer.span_tokenize`` for parameters that hold abbreviations only, about 4× faster.

    NLTK's Punkt decides each candidate break (".", "?" or "!" and the words around it) by building token
    objects and running two annotation passes over them. With no collocations, no frequent sentence
    starters and no orthographic statistics (our parameters: ``tokenizer()``), the decision reduces to
    the rules below, run on plain strings; the regexes are NLTK's own, run by the same engine. Same spans
    as NLTK's tokenizer (tests/test_text.py compares them on every test paragraph and on random texts).
    """

    PUNCTUATION = tuple(";:,.!?")

    def __init__(self, punkt: PunktSentenceTokenizer) -> None:
        """Take the patterns and abbreviations of ``punkt`` (whose parameters hold abbreviations only)."""
        params, lang = punkt._params, punkt._lang_vars
        if params.collocations or params.sent_starters or params.ortho_context:
            raise ValueError("PunktSpans covers parameters with abbreviations only")
        self.abbrevs = params.abbrev_types
        self.sent_end = tuple(lang.sent_end_chars)
        self.period_context = _engine(lang.period_context_re())
        self.words = _engine(lang._word_tokenizer_re())
        self.realign = _engine(lang.re_boundary_realignment)
        self.numeric = _engine(PunktToken._RE_NUMERIC)
        self.initial = _engine(PunktToken._RE_INITIAL)
        self.ellipsis = _engine(PunktToken._RE_ELLIPSIS)

    def contains_break(self, context: str) -> bool:
        """``text_contains_sentbreak``: True when a token other than the last ends a sentence."""
        toks = []
        for line in context.split("\n"):
            if line.strip():
                toks.extend(self.words.findall(line))
        n = len(toks)
        for i in range(n - 1):
            tok = toks[i]
            # first pass: sentence-end characters break, ellipses and known abbreviations do not
            if tok in self.sent_end:
                brk = True
            elif self.ellipsis.match(tok):
                brk = False
            elif tok.endswith(".") and not tok.endswith(".."):
                low = tok[:-1].lower()
                brk = not (low in self.abbrevs or low.split("-")[-1] in self.abbrevs)
            else:
                brk = False
            if not brk:
                continue
            # second pass: an initial or a number before punctuation, a lower-case word, or (an initial)
            # a capitalised word is no break; nothing else can change a break without statistics
            if tok.endswith("."):
                typ = self.numeric.sub("##number##", tok.lower())
                if len(typ) > 1 and typ[-1] == ".":
                    typ = typ[:-1]
                initial = self.initial.match(tok) is not None
                if initial or typ == "##number##":
                    nxt = toks[i + 1]
                    if nxt in self.PUNCTUATION or nxt[0].islower() or initial and nxt[0].isupper():
                        continue
            return True
        return False

    def end_contexts(self, text: str):
        """``_match_potential_end_contexts``: each candidate match with its context, overlaps removed."""
        previous_slice = slice(0, 0)
        previous_match = None
        for match in self.period_context.finditer(text):
            before_text = text[previous_slice.stop:match.start()]
            index = last_whitespace(before_text)
            index = index + previous_slice.stop + 1 if index else previous_slice.start
            prev_word_slice = slice(index, match.start())
            if previous_match and previous_slice.stop <= prev_word_slice.start:
                yield previous_match, text[previous_slice] + previous_match.group() + previous_match.group("after_tok")
            previous_match = match
            previous_slice = prev_word_slice
        if previous_match:
            yield previous_match, text[previous_slice] + previous_match.group() + previous_match.group("after_tok")

    def slices(self, text: str) -> list[tuple[int, int]]:
        """``_slices_from_text``: (start, stop) of each sentence before realignment."""
        out, last_break = [], 0
        for match, context in self.end_contexts(text):
            if self.contains_break(context):
                out.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        out.append((last_break, len(text.rstrip())))
        return out

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """``span_tokenize`` (with ``_realign_boundaries``): (start, end) of each sentence of ``text``."""
        out, realign = [], 0
        slices = self.slices(text)
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k + 1 == len(slices):
                if text[start:stop]:
                    out.append((start, stop))
                continue
            nxt_start, nxt_stop = slices[k + 1]
            m = self.realign.match(text[nxt_start:nxt_stop])
            if m:
                out.append((start, nxt_start + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if text[start:stop]:
                    out.append((start, stop))
        return out


WHITESPACE = frozenset(string.whitespace)


def last_whitespace(text: str) -> int:
    """``_get_last_whitespace_index``: the index of the last ASCII whitespace character of ``text``, or 0."""
    for i in range(len(text) - 1, -1, -1):
        if text[i] in WHITESPACE:
            return i
    return 0


@lru_cache(maxsize=1)
def punkt_spans() -> PunktSpans:
    """Return the fast form of ``tokenizer()`` (see ``PunktSpans``)."""
    return PunktSpans(tokenizer())


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
    span_tokenize = punkt_spans().span_tokenize  # NLTK's Punkt spans, computed faster (see PunktSpans)
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


@lru_cache(maxsize=512)
def _foldable_char(ch: str) -> bool:
    """True when ``ch`` matches a literal under re.I exactly when its lower case equals it (no special folds)."""
    low = ch.lower()
    return len(low) == 1 and ord(ch) not in _EXTRA_CASES and ord(low) not in _EXTRA_CASES


def literal_trie(words, space: str = r"\s+") -> str:
    """Return a regex matching the same strings as the alternation of ``words`` sorted longest first.

    The words (lower case; a space stands for ``space``) are merged into a trie, ``(?:a(?:id|ys)|...)``:
    at any position the regex engine follows one path instead of trying every word, and, as in the
    longest-first alternation, a longer word is tried before a shorter one it extends (so a pattern
    after it backtracks in the same order). For use on lower-cased text (see ``foldable``).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: try the longer words first, then stop
            return body + "?" if len(branches) > 1 else "(?:" + body + ")?"
        return body

    return emit(trie)


class WordStartScanner:
    """``finditer`` of ``(?<![\\w<extra>])(?:body)tail`` on lower-cased text, about twice as fast.

    Python's ``re`` tries a pattern that starts with a look-behind at every position of the text. Written
    as "a separator character, then the body" (``[^a-z0-9_<extra>](body)tail``) the pattern starts with a
    character class, and ``re`` skips the letters between words in its fast loop. On lower-cased text the
    class holds every character a word may not follow except non-ASCII word characters (é, ß, ...), so each
    match whose separator is not ASCII is checked, and a match right at the start of the text or right after
    the previous match (which used up its separator) is tried with the exact pattern. The result is the same
    list of matches as ``re.finditer`` of the exact pattern (tests/test_text.py checks it).
    """

    def __init__(self, body: str, tail: str = "", extra: str = "") -> None:
        """``body``: a regex that matches no empty string; ``extra``: characters (besides word characters) a
        match may not follow, e.g. "-" or "@-"."""
        self.extra = extra
        self.exact = re.compile(rf"(?<![\w{re.escape(extra)}])(?:{body}){tail}")
        self.fast = re.compile(rf"[^a-z0-9_{re.escape(extra)}]((?:{body}){tail})")

    def _separates(self, ch: str) -> bool:
        """True when a match may follow ``ch`` (not a word character, nor one of ``extra``)."""
        return not (ch.isalnum() or ch == "_" or ch in self.extra)

    SHORT = 160  # below this many characters the exact pattern alone is faster (fewer Python steps)

    def search(self, low: str, pos: int = 0) -> tuple[int, int] | None:
        """Return the span of the first match at or after ``pos`` (as ``exact.search(low, pos)``), or None."""
        if len(low) - pos < self.SHORT:
            m = self.exact.search(low, pos)
            return None if m is None else m.span()
        if pos == 0 or self._separates(low[pos - 1]):
            m = self.exact.match(low, pos)
            if m is not None:
                return m.span()
        while True:
            m = self.fast.search(low, pos)
            if m is None:
                return None
            ch = low[m.start()]
            if ch.isascii() or self._separates(ch):
                return m.span(1)
            pos = m.start() + 1  # a non-ASCII word character is no separator: look further on

    def spans(self, low: str) -> list[tuple[int, int]]:
        """Return the spans of all matches in ``low`` (as ``exact.finditer``)."""
        if len(low) < self.SHORT:
            return [m.span() for m in self.exact.finditer(low)]
        out, pos, n = [], 0, len(low)
        while pos <= n:
            got = self.search(low, pos)
            if got is None:
                break
            out.append(got)
            pos = got[1]
        return out


def literal_positions(text: str, literals) -> list[int]:
    """Return, in order, every offset of ``text`` where one of ``literals`` (matched as written) starts."""
    out = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    return sorted(out)


def matches_at(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """Return ``list(pattern.finditer(text))`` for a pattern whose every match starts at one of ``starts``.

    Only those offsets (in increasing order) are tried, skipping any inside a match already found,
    as ``finditer`` would; the pattern must not match the empty string.
    """
    out, end = [], 0
    for i in starts:
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


# the only characters that re.I matches to an ASCII letter although their lower case is not that letter
# (or lower-casing changes the length): 'İ', 'ı', 'ſ' (and the Kelvin sign, harmless but listed)
ASCII_FOLD_HAZARDS = re.compile("[\u0130\u0131\u017f\u212a]")


def simple_literal(word: str) -> bool:
    """True when every character of ``word`` is ASCII or has no case at all (see ``ascii_foldable``)."""
    return all(c.isascii() or (c.lower() == c == c.upper() and _foldable_char(c)) for c in word)


def ascii_foldable(text: str) -> bool:
    """True when a re.I pattern whose literals are ``simple_literal`` matches ``text`` exactly where its
    lower-case form (without re.I) matches ``text.lower()``: same offsets, same ``\\w``/``\\s``/``\\d``.

    Lower-casing changes the length of no character but 'İ' and moves no character in or out of
    ``\\w``, ``\\s`` or ``\\d`` (checked over all of Unicode); re.I matches only four non-ASCII
    characters to an ASCII letter (ASCII_FOLD_HAZARDS). Faster than ``foldable``, for such patterns only.
    """
    return text.isascii() or ASCII_FOLD_HAZARDS.search(text) is None


def foldable(text: str) -> bool:
    """True when ``text.lower()`` holds every literal a re.I pattern matches in ``text`` (always for ASCII)."""
    return text.isascii() or all(_foldable_char(c) for c in set(text) if ord(c) > 127)
