"""Split an article body into sentences with character offsets.

In: a body string. Out: a DataFrame of sentences (sentence_id, char_start, char_end,
text, paragraph). NLTK's Punkt runs with parameters given here and an abbreviation
list from ``data/lexicons/abbreviations.txt``; it needs no NLTK data download.
Paragraphs (blank-line separated) never share a sentence. ``PunktSpans`` gives Punkt's spans
faster for these parameters (no trained statistics). Also the shared scanning helpers of the
speed work: ``literal_trie``, ``WordStartScanner``, ``LiteralScanner`` (a few literal names found with
``str.find``, nothing compiled), ``ascii_foldable``.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from re._casefix import _EXTRA_CASES

import pandas as pd
from .imports import scipy_stats_hidden

with scipy_stats_hidden():  # NLTK would import scipy.stats (0.5 s) for statistics this project never uses
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


# NLTK's ``re_boundary_realignment`` and the characters its class holds, one of which starts every match of it
# (no flag changes the class: tests/test_speed_s15.py tries every character)
REALIGN_PATTERN = r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)'
REALIGN_FIRST = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")


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
        # the characters a match of the realignment pattern can start with, when it is the pattern they are read
        # from (NLTK 3.10's); None: try the pattern at every boundary
        self.realign_first = REALIGN_FIRST if self.realign.pattern == REALIGN_PATTERN else None

    # "said. The", "ministry.\n“We": a word of two or more ASCII letters, its period, white space and more. Its
    # first token is then the word with the period (no end-of-word sequence inside it, no ". . ." after it) and
    # another token follows; it ends a sentence unless the word is a known abbreviation (two letters are no
    # initial, and a word without digits is no number): the first token decides, as in the loop below.
    PLAIN_END = re.compile(r"([A-Za-z]{2,})\.\s(?!\.)\s*\S")

    def contains_break(self, context: str) -> bool:
        """``text_contains_sentbreak``: True when a token other than the last ends a sentence."""
        plain = self.PLAIN_END.match(context)
        if plain is not None and plain.group(1).lower() not in self.abbrevs:
            return True
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
        """``_slices_from_text``: (start, stop) of each sentence before realignment.

        ``end_contexts`` written into the loop (no generator, no slice objects): the same contexts, in the same
        order (session 15)."""
        out, last_break = [], 0
        contains_break = self.contains_break
        prev, prev_start, prev_stop = None, 0, 0  # the previous match and the slice of the word before it
        for match in self.period_context.finditer(text):
            at = match.start()
            index = last_whitespace(text[prev_stop:at])
            index = index + prev_stop + 1 if index else prev_start
            if prev is not None and prev_stop <= index:
                if contains_break(text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")):
                    out.append((last_break, prev.end()))
                    last_break = prev.start("next_tok") if prev.group("next_tok") else prev.end()
            prev, prev_start, prev_stop = match, index, at
        if prev is not None:
            if contains_break(text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")):
                out.append((last_break, prev.end()))
                last_break = prev.start("next_tok") if prev.group("next_tok") else prev.end()
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
            # the realignment pattern's match starts with a closing bracket or quotation mark (REALIGN_FIRST)
            m = (self.realign.match(text[nxt_start:nxt_stop])
                 if self.realign_first is None or text[nxt_start:nxt_start + 1] in self.realign_first else None)
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


# Dotted initials ("K.S.", "A.K.", "U.S."): Punkt ends a sentence after them unless they are a listed
# abbreviation, and never ends one after a listed abbreviation. Whether they end a sentence is decided here by the
# next word instead: a capitalised word on ``sentence_starters.txt`` ("The", "He", "In") starts a new sentence,
# any other capitalised word continues a name ("Justice K.S. Puttaswamy", "Mr. A.K. Sharma").
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}")
INITIALS_END = re.compile(INITIALS.pattern + r"$")
NEXT_WORD = re.compile(r"[\"“‘'(]?([A-Z][a-z]+)\b")
INITIALS_BEFORE_WORD = re.compile(INITIALS.pattern + r"(?=\s+[\"“‘'(]?([A-Z][a-z]+)\b)")
# Every match of INITIALS holds ".X." (X a capital): this pattern starts with a literal, so ``re`` finds it (or finds
# there is none) with a fast scan for ".", where INITIALS, which starts with a look-behind, is tried at every
# position of the paragraph (about 2 µs per sentence; 3% of the bench corpus's paragraphs hold initials).
INITIALS_GATE = re.compile(r"\.[A-Z]\.")


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    """Capitalised words that begin a sentence after dotted initials (``data/lexicons/sentence_starters.txt``)."""
    return frozenset(w.lower() for w in read_word_list("sentence_starters.txt"))


def initials_fixed(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join or split ``spans`` of ``para`` at dotted initials by the word after them (see ``INITIALS``)."""
    if INITIALS_GATE.search(para) is None or INITIALS.search(para) is None:
        return spans
    starters = sentence_starters()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # split after initials that a listed abbreviation kept from ending the sentence: "the U.S. The ..."
        start = s
        for m in INITIALS_BEFORE_WORD.finditer(para, s, e):
            if m.group(1).lower() in starters and start < m.end() < e:
                nxt = m.end() + len(para[m.end():e]) - len(para[m.end():e].lstrip())
                out.append((start, m.end()))
                start = nxt
        # join a sentence that Punkt ended after unlisted initials when a name continues: "K.S. | Puttaswamy"
        if out and start == s and INITIALS_END.search(para, out[-1][0], out[-1][1]):
            word = NEXT_WORD.match(para, s)
            if word is not None and word.group(1).lower() not in starters:
                out[-1] = (out[-1][0], e)
                continue
        out.append((start, e))
    return out


def sentence_spans(body: str) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph number) of every sentence of ``body``."""
    span_tokenize = punkt_spans().span_tokenize  # NLTK's Punkt spans, computed faster (see PunktSpans)
    out = []
    append = out.append
    for number, (ps, pe) in enumerate(paragraph_spans(body)):
        para = body[ps:pe]
        for s, e in initials_fixed(para, span_tokenize(para)):
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


def alternation(words, capitalise: bool = False) -> str:
    """A regex alternation of lexicon words (each once, capitalised if asked), longest first, a space matching any run
    of spaces."""
    words = {w.capitalize() if capitalise else w for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


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
        """Return the spans of all matches in ``low`` (as ``exact.finditer``).

        One ``finditer`` of the fast pattern runs through the text in C; the exact pattern is tried only
        where the fast one cannot see a match: at the start of the text and right after a match that ends
        with a separator ("govt." then "@twitter"); after a match whose separator is a non-ASCII word
        character (no separator at all) the scan resumes one character further on, as ``search`` does.
        """
        out: list[tuple[int, int]] = []
        exact_match, fast_iter, separates = self.exact.match, self.fast.finditer, self._separates
        pos, n = 0, len(low)
        while pos <= n:
            if pos == 0 or separates(low[pos - 1]):
                m = exact_match(low, pos)
                if m is not None:
                    out.append(m.span())
                    pos = m.end()
                    continue
            resume = None
            for m in fast_iter(low, pos):
                ch = low[m.start()]
                if not (ch.isascii() or separates(ch)):
                    resume = m.start() + 1  # no separator: no match here, look further on
                    break
                start, end = m.span(1)
                out.append((start, end))
                if separates(low[end - 1]):
                    resume = end  # the next match may start right here, with no separator of its own
                    break
            if resume is None:
                break
            pos = resume
        return out


def is_word_char(ch: str) -> bool:
    """True for what ``\\w`` matches in a ``str`` pattern (Unicode letters and digits, and '_')."""
    return ch.isalnum() or ch == "_"


class LiteralScanner:
    """The matches of ``(?<![\\w<before>])(?:w1|w2|...)(?:s1|s2|...)?(?![\\w<after>])`` (words longest first)
    in lower-cased text, found with ``str.find``: nothing to compile.

    For the handful of names one article introduces (``actors.LOCAL``), compiling a regex (a trie in a
    ``WordStartScanner``) cost about 0.3 ms per article, more than all the scans it then served. The words
    are literal (lower case, no regex syntax); a match is tried at every offset where one of them occurs:
    there, as the regex alternation would, the longest word first, each optional suffix in its order and
    then none, until the look-ahead holds. ``search`` and ``starts_at`` give what ``re.search``/``re.match``
    of that regex give (look-behind sees the text before ``pos``, as ``re`` does); tests/test_speed_actors.py
    compares them with the regex on random texts.
    """

    def __init__(self, words, suffixes=(), before: str = "", after: str = "") -> None:
        """``words``: non-empty literals (as they appear in the lower-cased text); ``suffixes``: the optional
        group's alternatives, in order; ``before``/``after``: characters besides ``\\w`` a match may not
        follow / be followed by."""
        self.words = sorted(set(words), key=lambda w: (-len(w), w))
        if not all(self.words):
            raise ValueError("LiteralScanner words must not be empty")
        self.suffixes, self.before, self.after = tuple(suffixes), before, after

    def _open(self, low: str, i: int) -> bool:
        """True when the look-ahead holds at ``i`` (no word character nor ``after`` character there)."""
        return i >= len(low) or not (is_word_char(low[i]) or low[i] in self.after)

    def starts_at(self, low: str, p: int) -> tuple[int, int] | None:
        """Return the span of the match that starts at ``p`` (as the regex's ``match(low, p)``), or None."""
        if p > 0 and (is_word_char(low[p - 1]) or low[p - 1] in self.before):
            return None
        for word in self.words:
            if not low.startswith(word, p):
                continue
            end = p + len(word)
            for suffix in self.suffixes:
                if low.startswith(suffix, end) and self._open(low, end + len(suffix)):
                    return p, end + len(suffix)
            if self._open(low, end):
                return p, end
        return None

    def candidates(self, low: str, pos: int = 0) -> list[int]:
        """Return, in order, every offset from ``pos`` on where one of the words occurs."""
        found: set[int] = set()
        for word in self.words:
            i = low.find(word, pos)
            while i >= 0:
                found.add(i)
                i = low.find(word, i + 1)
        return sorted(found)

    def all_matches(self, low: str) -> list[tuple[int, int]]:
        """Return the span of the match at every offset where one starts (overlapping ones included), in order:
        ``search(low, pos)`` is the first of them that starts at ``pos`` or later."""
        out = []
        for p in self.candidates(low):
            got = self.starts_at(low, p)
            if got is not None:
                out.append(got)
        return out

    def search(self, low: str, pos: int = 0) -> tuple[int, int] | None:
        """Return the span of the first match at or after ``pos`` (as the regex's ``search(low, pos)``), or None."""
        for p in self.candidates(low, pos):
            got = self.starts_at(low, p)
            if got is not None:
                return got
        return None

    def occurs_in(self, low: str) -> bool:
        """False when no word occurs in ``low`` at all (then nothing can match)."""
        return any(word in low for word in self.words)


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
