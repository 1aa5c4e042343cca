"""Session 8, second speed pass: every cheap gate before a pattern of the new rules skips it only where it finds
nothing, and the starts-at-a-literal scan finds what ``finditer`` finds (benchmarks/README.md, "Session 8,
second speed pass").

Each gate is checked on the labelled articles (bodies, paragraphs and sentence-like pieces) and on texts made to
hit the pattern, with the characters ``re.I`` folds to ASCII letters ('ſ', 'İ', 'ı', the Kelvin sign).
"""
from __future__ import annotations

import pytest

from conftest import labelled_texts
from helpers import actors, events, text


MADE = [
    "Users who opened the handles saw a notice that read: withheld.", "They were greeted by a banner saying so.",
    "Readers were shown the red MESSAGE that read: no.", "He read the notification aloud.", "She saw a noſice.",
    "Reelhaven's review board said", "the review board of the video platform Reelhaven", "the BOARD of the app",
    "the Maravian Communications Authority (MCA) said", "the Authority (mca) said", "the Office of Media (OoM)",
    "her blog on the Vellum platform", "the Relay app", "the Indian app", "other Vellum platform", "theVellum app",
    "the  Pinglet   network and the Chirp site", "It did not say whether it would appeal.", "WHETHER or not",
    "The ministry has not explained why the accounts", "It never confirmed which accounts", "It declined to say how",
    "Asked why the account was withheld, it said nothing.", "Observers wondered how it happened.", "aſked why",
    "blocked 2,731 URLs in 2020, up from 1,041 in 2019", "DOWN FROM 12", "up from about 40",
    "500 URLs in 2015, 633 in 2016 and 1,385 in 2017", "compared with 20 in 2019", "against 4 orders in 2018",
    "sent on May 23, May 26 and June 1", "on 3 Jan, 5 Feb and 9 Mar", "on Sept. 4 and Sept. 9",
    "received several orders, two of them emergency orders", "including one blocking order", "including 3 DIRECTIONS",
    "ten orders, including two emergency ORDERS", "dİrections, two of them blocking orders", "ORDERſ, two of which",
    "the Kelvin \u212a sign ask", "İ ı ſ \u212a whether",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Labelled texts and the made ones."""
    return labelled_texts() + MADE


def lower_gate(words: tuple[str, ...]):
    """The gate the new code uses before a re.I pattern: one of ``words`` in the lower case (always open when the
    text is not ``ascii_foldable``)."""
    def gate(t: str) -> bool:
        if not text.ascii_foldable(t):
            return True
        low = t.lower()
        return any(w in low for w in words)
    return gate


GATES = [
    ("NOTICE_SEEN", actors.NOTICE_SEEN, lower_gate(("notice", "message", "banner", "notification"))),
    ("PLATFORM_BOARD", actors.PLATFORM_BOARD, lambda t: "board" in t),
    ("BRACKETED_ACRONYM", actors.BRACKETED_ACRONYM, lambda t: " (" in t and actors.BRACKETED_GATE.search(t) is not None),
    ("WHETHER", events.WHETHER, lower_gate(("whether",))),
    ("UNSAID", events.UNSAID, lower_gate(("not", "never", "declined", "refused"))),
    ("ASKED", events.ASKED, lower_gate(("ask", "wonder"))),
    ("COMPARED", events.COMPARED, lower_gate(("from ",))),
    ("YEAR_ITEM", events.YEAR_ITEM, lambda t: events.YEAR_GATE.search(t) is not None),
    ("DAY_LIST", events.DAY_LIST, lambda t: events.MONTH_GATE.search(t) is not None),
    ("SUBSET", events.SUBSET, lower_gate(("order", "direction"))),
]


@pytest.mark.parametrize("name,pattern,gate", GATES, ids=[g[0] for g in GATES])
def test_gate_closes_only_where_the_pattern_finds_nothing(texts, name, pattern, gate):
    """A closed gate means no match anywhere in the text (so in no part of it either); every gate is sometimes
    closed and the pattern sometimes matches (the check is not empty)."""
    closed = matched = 0
    for t in texts:
        if gate(t):
            matched += pattern.search(t) is not None
        else:
            closed += 1
            assert pattern.search(t) is None, (name, t)
    assert closed and matched, (name, closed, matched)


def test_name_before_platform_noun_at_the_literal_equals_finditer(texts):
    """``learn_platforms`` tries NAME_BEFORE_PLATFORM_NOUN only at each "the": the same matches as ``finditer``."""
    found = 0
    for t in texts:
        plain = [m.span() for m in actors.NAME_BEFORE_PLATFORM_NOUN.finditer(t)]
        fast = [m.span() for m in text.matches_at(actors.NAME_BEFORE_PLATFORM_NOUN, t, text.literal_positions(t, ("the",)))]
        assert fast == plain, t
        found += bool(plain)
    assert found


def test_learn_platforms_and_acronyms_on_the_made_texts():
    """The functions that use the gates give the plain forms' answers on the made texts."""
    body = " ".join(MADE)
    assert set(actors.learn_platforms(body)) >= {"Vellum", "Relay", "Pinglet"}
    assert actors.bracketed_acronyms("no acronym (here) at all", "government") == []
