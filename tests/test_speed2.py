"""Session 25's speed pass (engineer speed2, issue 6): ``platforms_listed`` ran ``platform_list_regex`` over every
article body (the pattern opens with an optional word, so it is tried at every position: ~340 µs per body, the
largest self time of attribution). Every match holds one of the plural platform nouns followed by its comma
("networks,"), so a body holding none of them (``platform_list_commas``) now returns at once. The gate must never skip
a match: checked against the plain scan on every hand-labelled article, and on lines written for this test."""
from __future__ import annotations

import re

import pytest

from conftest import spread
from helpers import paths
from helpers.actors import NATIONALITY, attribution_words, platform_list_commas, platform_list_regex, platforms_listed


def plain_platforms_listed(body: str) -> list[str]:
    """``platforms_listed`` as it was before the gate (session 24)."""
    if ", " not in body:
        return []
    providers = attribution_words()["provider_noun"]
    out = []
    for m in platform_list_regex().finditer(body):
        if m.group(1) and m.group(1).lower() in providers:
            continue
        out += [n for n in m.groups()[1:] if n and not NATIONALITY.search(n)]
    return out


def bodies() -> list[str]:
    files = spread(sorted(paths.ANNOTATIONS.glob("articles/*.txt")) + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt")))
    assert len(files) >= 300  # spread(): 300 of them, every one on CI
    return [f.read_text(encoding="utf-8") for f in files]


def test_the_commas_are_the_nouns_of_the_pattern():
    plural = re.search(r"\(\?:([a-z|]+)\),", platform_list_regex().pattern).group(1)
    assert sorted(c[:-1] for c in platform_list_commas()) == sorted(plural.split("|"))


def test_the_gate_decides_as_the_plain_scan_on_every_labelled_article():
    found = passed = 0
    for body in bodies():
        gate = any(c in body for c in platform_list_commas())
        matched = platform_list_regex().search(body) is not None
        assert gate or not matched, body[:80]  # a body the gate drops holds no match
        assert platforms_listed(body) == plain_platforms_listed(body), body[:80]
        found += matched
        passed += gate
    assert found > 0 and passed > found  # the pattern matches in the gold: the check is not empty


@pytest.mark.parametrize("text,names", [
    ("Regulators summoned two of the largest social networks, Brightwire and Pixlo, on Friday.", ["Brightwire", "Pixlo"]),
    ("The order named three messaging apps, Quillo, Darnet and Vexa.", ["Quillo", "Darnet", "Vexa"]),
    ("It wrote to the video sites,\nOrbly and Tesk, last week.", ["Orbly", "Tesk"]),
    ("The ministry also wrote to telecom companies, Velnet and Kora, the same day.", []),
    ("Both platforms said they would comply, and Brightwire and Pixlo restored the posts.", []),
    ("Brightwire and Pixlo, two networks that host news, said nothing.", []),
])
def test_made_up_lists(text, names):
    assert platforms_listed(text) == plain_platforms_listed(text) == names
