"""Session 9: the Hyperscan prefilter of the pattern sets (``helpers.prefilter``) never drops an alternative that
``re`` would match, so every ``dates.PatternSet`` finds exactly what it found without it (benchmarks/README.md,
"Session 9").

Checked on the labelled articles (bodies, paragraphs, pieces between full stops) and on made texts: with curly
quotes and dashes (judged by the prefilter) and with the characters ``re.I`` folds to ASCII letters ('ſ', 'İ', 'ı',
the Kelvin sign; not judged: the set falls back to its literals). The two engines' classes are compared
character by character on every character the prefilter judges.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import labelled_texts
from helpers import dates, events, prefilter
from helpers.text import foldable

hyperscan = pytest.importorskip("hyperscan")


MADE = [
    "\u201cWe will not comply,\u201d the company said \u2014 the ministry had ordered it to block 250 accounts.",
    "The government\u2019s order, issued on May 23 \u2013 June 1, told Twitter to withhold 1,474 accounts\u2026",
    "On Monday the court stayed the blocking order; the platform restored access two days later.",
    "\u2018Emergency blocking orders\u2019 were sent on 3 Jan, 5 Feb and 9 Mar \u2022 officials said.",
    "Police summoned the company\u2019s head to appear on Friday at 14:55 \u2014 the notice said so.",
    "the Kelvin \u212a sign: ordered Twitter to blocK", "The miniſtry ordered Twitter to block accounts",
    "GOVERNMENT BLOCKED ACCESS TO TWİTTER", "ıt was ordered to remove posts", "\u0130 \u0131 \u017f \u212a whether",
    "ordered Twitter\x1cto block", "The regulator\u00a0blocked access to X on Tuesday.",
    "Caf\u00e9 owners said the ministry ordered them to block the app last week.",
    "update 3, 14:55 \u2014 The ministry said", "now the ministry said", "It will take effect next Monday.",
]


def prefiltered_sets() -> dict[str, dates.PatternSet]:
    """Every pattern set the pipeline builds with a prefilter."""
    long_, cased = events.actor_sets()
    found = {"triggers": events.trigger_set(), "date words": dates.date_word_set(), "actor aliases": long_,
             "cased aliases": cased, "speech verbs": events.speech_verbs()}
    return {name: s for name, s in found.items() if s.prefilter is not None}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Labelled texts and the made ones."""
    return labelled_texts() + MADE


def test_the_pipeline_sets_have_a_prefilter():
    assert set(prefiltered_sets()) == {"triggers", "date words", "actor aliases", "cased aliases", "speech verbs"}


def spans(found) -> list[tuple[int, int, int]]:
    return [(i, *m.span()) for i, m in found]


@pytest.mark.parametrize("name", ["triggers", "date words", "actor aliases", "cased aliases", "speech verbs"])
def test_a_set_finds_the_same_with_and_without_its_prefilter(name, texts):
    ps = prefiltered_sets()[name]
    with_ = [spans(ps.matches(t)) for t in texts]
    kept, ps.prefilter = ps.prefilter, None
    try:
        without = [spans(ps.matches(t)) for t in texts]
    finally:
        ps.prefilter = kept
    assert with_ == without
    assert sum(map(bool, with_)) > 0  # the texts do hold matches


@pytest.mark.parametrize("name", ["triggers", "date words", "speech verbs", "cased aliases"])
def test_the_prefilter_never_drops_an_alternative_that_matches(name, texts):
    """Each alternative run alone with ``re``: wherever it matches, ``alive`` lists it (or does not judge the text).
    An alternative is not run where a set of literals one of which its every match holds is absent from the
    lower-cased text (``dates.literal_sets``, checked by the tests of session 2; only in texts ``foldable``)."""
    ps = prefiltered_sets()[name]
    alternatives = [(re.compile(a, ps.flags), dates.literal_sets(a)) for parts in ps.parts for a in parts]
    pieces = sorted({t for t in texts if len(t) <= 600})
    judged = missed = 0
    for t in pieces:
        alive = ps.prefilter.alive(t)
        if alive is None:
            continue
        judged += 1
        alive_set, low = set(alive), t.lower() if foldable(t) else None
        for aid, (rx, needs) in enumerate(alternatives):
            if aid in alive_set or low is not None and any(all(k not in low for k in lits) for lits in needs):
                continue
            missed += rx.search(t) is not None
    assert missed == 0
    assert judged > len(pieces) // 2


def test_texts_with_special_case_folds_are_not_judged():
    pf = events.trigger_set().prefilter
    for t in ("The miniſtry ordered Twitter", "GOVERNMENT BLOCKED TWİTTER", "ıt was ordered", "blocK \u212a",
              "ordered Twitter\x1cto block", "a\u00a0no-break space", "Caf\u00e9", "x\ud800y"):
        assert pf.alive(t) is None, t
    assert pf.alive("\u201cNo,\u201d it said \u2014 again\u2026") is not None  # punctuation only: judged


SAFE = [chr(c) for c in range(128) if not 0x1C <= c <= 0x1F] + list("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022"
                                                                     "\u20ac\u00a3\u00a9\u00ab\u00bb\u00b0\u2122\u20b9")
PROBES = [r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", r".", r"[^a]", r"[^.;]", r"a\b", r"a\B", r"\ba", r"k", r"[a-z]",
          "[\\w.'\u2019-]", "\u2019", "[\u201c\u201d\"]", "[^\u201c\u201d\"]"]


@pytest.mark.parametrize("ignorecase", [True, False])
def test_the_two_engines_agree_on_every_character_the_prefilter_judges(ignorecase):
    """Each probe pattern (as Hyperscan reads it: non-ASCII written as itself) on 'a' + c, c, c + 'a' for every
    judged character c: Hyperscan's UTF-8, ASCII-class reading finds a match exactly where ``re`` does."""
    flags = re.I if ignorecase else 0
    hs_flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY
    hs_flags |= hyperscan.HS_FLAG_CASELESS if ignorecase else 0
    probes = PROBES
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[p.encode("utf-8") for p in probes], ids=list(range(len(probes))),
               flags=[hs_flags] * len(probes))
    pf = events.trigger_set().prefilter
    for c in SAFE + ["A", "K", "S", "I"]:
        for t in ("a" + c, c, c + "a", "a" + c + "a"):
            if not t.isascii():
                assert pf.alive(t) is not None and unicodedata.category(c)[0] in "PS"
            hits: list[int] = []
            db.scan(t.encode("utf-8"), match_event_handler=lambda i, *_: hits.append(i))
            expected = {i for i, p in enumerate(probes) if re.search(p, t, flags)}
            assert set(hits) == expected, (repr(t), ignorecase)


@pytest.mark.parametrize("pattern, loose", [
    (r"a{0,3}b", r"a*b"), (r"(?:\w+ ){2,5}?x", r"(?:\w+ ){2,}?x"), (r"a{,4}", r"a*"), (r"a{3}", r"a{3}"),
    (r"a\{1,2\}", r"a\{1,2\}"), (r"[{1,2}]", r"[{1,2}]"), (r"[^]{0,2}]x", r"[^]{0,2}]x"), (r"(?-i:May)", r"(?:May)"),
    (r"a{2,}", r"a{2,}"), (r"\b(?:^now\b)", r"\b(?:now\b)"), (r"[^^a]\^", r"[^^a]\^"),
])
def test_loosen_only_widens(pattern, loose):
    assert prefilter.loosen(pattern, ignorecase=True) == loose
    assert prefilter.loosen("(?-i:May)", ignorecase=False) == "(?-i:May)"


def test_a_new_rule_is_picked_up(tmp_path, monkeypatch):
    """A set with one more pattern gets its own database (named by the patterns) and finds the new one's matches."""
    monkeypatch.setenv("HELPERS_PREFILTER_CACHE", str(tmp_path))
    words = [rf"\b{w}\b" for w in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                                   "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi")]
    first = dates.PatternSet(words)
    second = dates.PatternSet(words + [r"\bnewly (?:\w+ ){0,2}rule\b"])
    assert first.prefilter is not None and second.prefilter is not None
    assert len(list(tmp_path.glob("*.hsdb"))) == 2
    text = "A newly added rule, then beta."
    assert 16 in second.prefilter.alive(text)
    expected = [(i, *m.span()) for i, rx in enumerate(second.originals) for m in rx.finditer(text)]
    assert spans(second.matches(text)) == expected == [(1, 25, 29), (16, 2, 18)]
    again = dates.PatternSet(words + [r"\bnewly (?:\w+ ){0,2}rule\b"])  # loaded, not compiled again
    assert again.prefilter.alive(text) == second.prefilter.alive(text)


def test_switched_off_or_small_sets_have_none(monkeypatch):
    assert dates.PatternSet([r"\bone\b", r"\btwo\b"]).prefilter is None  # fewer than MIN_ALTERNATIVES
    monkeypatch.setenv("HELPERS_PREFILTER", "0")
    assert dates.PatternSet([rf"\bw{i}\b" for i in range(20)]).prefilter is None
