"""Session 20's speed pass over the session's attribution rules: ``AFFIL_LEAD`` ("The IT minister, Kasimir Vell, hit
back") ran over every article and ``NONSTATE_POST`` ("the union's president, X") over 60 characters before every
lower-case state mention; a string test now decides first when neither can match (``affil_lead_gate``,
``nonstate_post_before``). The gates must never skip a match: checked on every hand-labelled article (a gate that
says no where the pattern matches fails), and on made-up lines at the edges of what the patterns take."""
from __future__ import annotations

import pytest

from conftest import spread
from helpers import actors, paths
from helpers.actors import AFFIL_LEAD, NONSTATE_POST, affil_lead_gate, nonstate_post_before


def bodies() -> list[str]:
    files = spread(sorted(paths.ANNOTATIONS.glob("articles/*.txt")) + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt")))
    assert len(files) >= 300  # spread(): 300 of them, every one on CI
    return [f.read_text(encoding="utf-8") for f in files]


def test_the_gates_decide_as_the_patterns_on_every_labelled_article():
    leads = positions = 0
    for body in bodies():
        found = AFFIL_LEAD.search(body) is not None
        assert affil_lead_gate(body) or not found, body[:80]
        leads += found
        for i in range(1, len(body)):
            if body[i - 1] == " ":  # where a mention can start
                assert nonstate_post_before(body, i) == (NONSTATE_POST.search(body, max(0, i - 60), i) is not None)
                positions += NONSTATE_POST.search(body, max(0, i - 60), i) is not None
    assert leads > 10 and positions > 100  # the patterns do match in the gold, so the check is not empty


@pytest.mark.parametrize("text", [
    "The IT minister, Kasimir Vell, hit back.",
    "The interior minister at the time, Viktor Hallan, said so.",
    "The party's chief then, Dr. Amal Reyes, refused.",
    "A co-founder now, Mira Tal, disagreed.",
])
def test_a_lead_the_pattern_takes_passes_the_gate(text):
    assert AFFIL_LEAD.search(text) and affil_lead_gate(text)


@pytest.mark.parametrize("text,start", [
    ("Nothing here was owned by the ministry", 30),
    ("The union's president, ", 23),
    ("After the meeting, its general secretary ", 41),
    ("the opposition party's ", 23),
])
def test_the_possessive_gate_agrees_with_the_pattern(text, start):
    assert nonstate_post_before(text, start) == (NONSTATE_POST.search(text, max(0, start - 60), start) is not None)
