"""One pass over a text that tells which of many regex alternatives can match in it (Hyperscan prefilter).

In: the alternatives of a ``dates.PatternSet`` (Python regex strings, re.I or not). Out: ``Prefilter.alive(text)``,
the ids of the alternatives that may match somewhere in ``text`` (a superset of those that do), or None when
the text is not one the prefilter can judge (the caller then finds its candidates as before).

Why: the events stage scans every sentence with the trigger patterns and the date words (~450 alternatives).
Found through their literals, about eight alternatives per sentence were still run through ``re`` and most
found nothing; with the Python around it that cost ~60 µs of CPU time per sentence. Hyperscan runs all alternatives
in one C pass (about 4 µs per sentence) in its *prefilter* mode, which accepts any pattern and never misses
a match (it may report one that ``re`` would not find: such an alternative is run and finds nothing).

Soundness (``tests/test_speed_s9.py`` checks it on every labelled sentence and on made texts):

- every alternative goes to Hyperscan loosened only: a bounded repeat ``{m,n}`` becomes ``{m,}``, a '^' is
  dropped (Hyperscan refuses one inside a pattern), a case-sensitive group ``(?-i:...)`` becomes a plain one
  under a case-insensitive set; each only widens what matches. An alternative Hyperscan cannot compile even
  so, or one it might read otherwise than
  ``re`` (``_supported``: a non-ASCII character given by an escape or in a range, a POSIX class), is always run;
- a text is judged only when it holds nothing on which the two engines' rules differ: ASCII but
  \\x1c-\\x1f (Python's ``\\s`` holds them), and non-ASCII characters that are punctuation or symbols
  (Unicode categories P* and S*: no case, not ``\\w``, ``\\s`` or ``\\d`` for either engine). Hyperscan
  reads it as UTF-8 (one character, one code point) with ASCII ``\\w``, ``\\s``, ``\\d``, ``\\b`` and case
  folding, which are then those of ``re``. Other texts (a name with 'é', an 'İ' or 'ſ', which re.I folds to
  ASCII letters, a no-break space) return None;
- an alternative that matches somewhere in a text is exactly one Hyperscan (a superset) reports, and
  dropping alternatives that match nowhere does not change what ``finditer`` of their alternation finds.

The compiled database is kept in ``.cache/prefilter`` (``$HELPERS_PREFILTER_CACHE``), named by a hash of the
expressions, flags and Hyperscan version: compiling takes about 2 s, loading it a few ms; a changed rule
gives a new name, so the prefilter follows the lexicons by itself. Without the ``hyperscan`` package (or
``HELPERS_PREFILTER=0``) ``build`` returns None and the pattern sets work as before.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from pathlib import Path

try:  # optional at run time: without it the pattern sets find their candidates by literals alone
    import hyperscan
except ImportError:  # pragma: no cover - the pinned requirements install it
    hyperscan = None

from . import paths

REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")
CONTROL = re.compile("[\x1c-\x1f]")  # ASCII characters Python's \s matches and Hyperscan's does not
FOREIGN = ("[:", "\\N", "\\u", "\\U")  # a POSIX class, a named character, a \\u escape: read differently
MIN_ALTERNATIVES = 16  # smaller sets are cheap enough through their literals


def enabled() -> bool:
    """True when Hyperscan is installed and not switched off (``HELPERS_PREFILTER=0``)."""
    return hyperscan is not None and os.environ.get("HELPERS_PREFILTER", "1") != "0"


def cache_dir() -> Path:
    """The folder of compiled databases (``$HELPERS_PREFILTER_CACHE`` or ``.cache/prefilter``)."""
    return Path(os.environ.get("HELPERS_PREFILTER_CACHE", paths.CACHE / "prefilter"))


def loosen(pattern: str, ignorecase: bool) -> str:
    """Return ``pattern`` with every bounded repeat made open (``{2,5}`` → ``{2,}``, ``{0,3}`` → ``*``), without its
    '^' anchors and, when ``ignorecase``, with its case-sensitive groups made plain: it matches wherever
    ``pattern`` does (in any text: dropping an assertion only widens what matches).
    (Hyperscan builds bounded repeats of classes slowly: the trigger set took 134 s to compile with them.)"""
    out, i, n, in_class = [], 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            j = i + 1
            j += pattern.startswith("^", j)
            j += pattern.startswith("]", j)  # a ']' first in a class is a literal
            out.append(pattern[i:j])
            in_class, i = True, j
            continue
        if c == "{":
            m = REPEAT.match(pattern, i)
            if m is not None and m.group(2):  # {m,n}, {m,} or {,n} (re reads the last as {0,n})
                low = m.group(1) or "0"
                out.append("*" if low == "0" else "{%s,}" % low)
                i = m.end()
                continue
        if c == "^":  # an anchor Hyperscan refuses inside a pattern ('\\b(?:^now\\b)'): dropped, as assertions widen
            i += 1
            continue
        if ignorecase and pattern.startswith("(?-i:", i):
            out.append("(?:")
            i += 5
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _supported(pattern: str, flags: int) -> bool:
    """True when Hyperscan reads ``pattern`` as ``re`` does but for what ``loosen`` widens: every non-ASCII
    character it matches literally is written as itself (not escaped, not in a range), and it holds no POSIX
    class, named character or \\u escape (which the two engines read differently). Else it is always run."""
    import re._parser as sre_parse

    if any(f in pattern for f in FOREIGN):
        return False
    try:
        tree = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return False

    def walk(items) -> bool:
        for op, av in items:
            name = str(op)
            if name in ("LITERAL", "NOT_LITERAL"):
                if av > 127 and chr(av) not in pattern:
                    return False
            elif name == "RANGE":
                if av[1] > 127:
                    return False
            elif name in ("IN", "ATOMIC_GROUP"):
                if not walk(av):
                    return False
            elif name == "SUBPATTERN":
                if not walk(av[3]):
                    return False
            elif name == "BRANCH":
                if not all(walk(b) for b in av[1]):
                    return False
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                if not walk(av[2]):
                    return False
            elif name in ("ASSERT", "ASSERT_NOT"):
                if not walk(av[1]):
                    return False
            elif name == "GROUPREF_EXISTS":
                return False
        return True

    return walk(tree.data)


class Prefilter:
    """A Hyperscan database of a set of alternatives: ``alive(text)`` tells which of them may match in a text."""

    def __init__(self, alternatives: list[str], ignorecase: bool) -> None:
        """Compile (or load) the database of ``alternatives``; those it cannot hold are always ``alive``."""
        flags = re.I if ignorecase else 0
        self.known: set[str] = set()  # non-ASCII characters judged safe so far (``_safe``)
        self.unsafe = self._unsafe_regex()
        hs_flags = (hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
                    | hyperscan.HS_FLAG_ALLOWEMPTY)
        if ignorecase:
            hs_flags |= hyperscan.HS_FLAG_CASELESS
        always, exprs, ids = [], [], []
        for aid, alt in enumerate(alternatives):
            if not _supported(alt, flags):
                always.append(aid)
                continue
            exprs.append(loosen(alt, ignorecase).encode("utf-8"))
            ids.append(aid)
        self.database, bad = self._database(exprs, ids, hs_flags)
        self.always = tuple(sorted(always + bad))
        self.size = len(alternatives)
        self.scratch = hyperscan.Scratch(self.database)
        self.thread = threading.get_ident()
        self.hits: list[int] = []
        self.on_match = self._collector()

    def _collector(self):
        hits = self.hits

        def on_match(aid: int, start: int, end: int, flags: int, context: object) -> None:
            hits.append(aid)
        return on_match

    def _unsafe_regex(self) -> re.Pattern:
        """A regex of the characters not yet judged safe (see the module's docstring)."""
        known = "".join(re.escape(c) for c in sorted(self.known))
        return re.compile(f"[\\x1c-\\x1f]|[^\\x00-\\x7f{known}]")

    def _safe(self, text: str) -> bool:
        """True when ``text`` holds only characters the two engines treat alike (see the module's docstring)."""
        found = self.unsafe.search(text)
        while found is not None:
            c = found.group()
            if c < "\x80" or unicodedata.category(c)[0] not in "PS" or len(self.known) >= 512:
                return False
            self.known.add(c)
            self.unsafe = self._unsafe_regex()
            found = self.unsafe.search(text, found.end())
        return True

    def alive(self, text: str) -> tuple[int, ...] | None:
        """Ids (ascending) of the alternatives that may match in ``text``; None when ``text`` is not judged."""
        if text.isascii():
            if not text.isprintable() and CONTROL.search(text) is not None:
                return None
            data = text.encode("ascii")
        elif self._safe(text):
            data = text.encode("utf-8")
        else:
            return None
        if threading.get_ident() != self.thread:  # a Hyperscan scratch serves one thread at a time
            self.scratch, self.thread = self.scratch.clone(), threading.get_ident()
        hits = self.hits
        hits.clear()
        try:
            self.database.scan(data, match_event_handler=self.on_match, scratch=self.scratch)
        except hyperscan.error:  # pragma: no cover - the caller then finds the candidates by their literals
            return None
        if self.always:
            hits.extend(self.always)
        if len(hits) > 1:
            hits.sort()
        return tuple(hits)

    @staticmethod
    def _database(exprs: list[bytes], ids: list[int], hs_flags: int):
        """Return (the database of ``exprs``, ids of those it could not hold), from the cache when it has it."""
        digest = hashlib.sha256(repr((getattr(hyperscan, "__version__", ""), hs_flags, exprs, ids)).encode())
        path = cache_dir() / f"{digest.hexdigest()[:24]}.hsdb"
        bad_path = path.with_suffix(".bad")
        try:
            database = hyperscan.loadb(path.read_bytes(), mode=hyperscan.HS_MODE_BLOCK)
            bad = [int(x) for x in bad_path.read_text().split()] if bad_path.exists() else []
            return database, bad
        except Exception:  # noqa: BLE001 - not cached yet (or unreadable): compile
            pass
        bad: list[int] = []
        keep = list(range(len(exprs)))
        while True:
            database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            try:
                database.compile(expressions=[exprs[k] for k in keep], ids=[ids[k] for k in keep],
                                 flags=[hs_flags] * len(keep))
                break
            except hyperscan.error:
                wrong = _first_bad([exprs[k] for k in keep], hs_flags)
                bad.append(ids[keep[wrong]])
                del keep[wrong]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(hyperscan.dumpb(database))
            if bad:
                bad_path.write_text(" ".join(map(str, bad)))
            os.replace(tmp, path)
        except OSError:
            pass
        return database, bad


def _first_bad(exprs: list[bytes], hs_flags: int) -> int:
    """Index of the first expression Hyperscan cannot compile (each tried alone)."""
    for k, expr in enumerate(exprs):
        try:
            hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(expressions=[expr], ids=[0], flags=[hs_flags])
        except hyperscan.error:
            return k
    raise ValueError("no expression fails alone")


def build(alternatives: list[str], ignorecase: bool) -> Prefilter | None:
    """A ``Prefilter`` of ``alternatives``, or None (too few to be worth it, Hyperscan missing or switched off)."""
    if not enabled() or len(alternatives) < MIN_ALTERNATIVES:
        return None
    try:
        return Prefilter(alternatives, ignorecase)
    except (ValueError, hyperscan.error):
        return None


_ONE: dict[tuple[str, int], Prefilter | None] = {}  # (pattern, flags) -> its one-alternative Prefilter (may_match)


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when the compiled regex ``pattern`` can match nowhere in ``text``: one Hyperscan pass of its
    ``Prefilter`` (the pattern as one alternative; a superset, as for the pattern sets). True when it may, and
    whenever it cannot be judged (no Hyperscan, flags other than re.I, a text ``alive`` does not judge, a pattern
    Hyperscan cannot hold), so ``may_match(p, t) and p.search(t)`` is ``p.search(t)``, without ``re`` trying every
    position of a text the pattern cannot match (session 16: ``actors.PAST_GATE`` before ``former_people``, ≈ 230 µs
    per article body with ``re`` against 32–45 µs)."""
    key = (pattern.pattern, pattern.flags)
    got = _ONE.get(key, False)
    if got is False:
        got = None
        if enabled() and isinstance(pattern.pattern, str) and not pattern.flags & ~(re.I | re.U):
            try:
                got = Prefilter([pattern.pattern], bool(pattern.flags & re.I))
            except (ValueError, hyperscan.error):
                got = None
        _ONE[key] = got
    if got is None:
        return True
    alive = got.alive(text)
    return alive is None or bool(alive)
