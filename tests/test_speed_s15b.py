"""Session 15's past-post reader (``actors.past_post``) tries fixed patterns at each place a name occurs, instead of
compiling patterns built for each name (a regex compilation per name and article, 6% of the pipeline's time). It must
decide exactly as the per-name patterns it replaced, kept here as the reference, on every hand-labelled article."""
from __future__ import annotations

import re

import pytest

from conftest import spread
from helpers import actors, paths
from helpers.actors import (FORMER_GAP, HAS_HELD_SINCE, LEAVING, NOT_A_PERSON, PAST_BEFORE, PAST_GATE, PAST_MARK, PAST_TIME,
                            PAST_WHO_VERB, STILL_IN_POST)


def reference_past_post(body: str, key: str) -> bool:
    """The per-name form of ``past_post`` as first written in session 15 (one pattern built per name)."""
    k = re.escape(key)
    if re.search(rf"{PAST_BEFORE}{FORMER_GAP}(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:[A-Z][\w.’'-]*\s+)?{k}(?![\w-])", body):
        return True
    for m in re.finditer(rf"(?<![\w-]){k},\s+(?:[\w’'&.-]+\s+){{0,5}}?(?:a\s+|the\s+)?{PAST_MARK}\s*([^,.;:\n]*)", body):
        if not STILL_IN_POST.search(m.group(1)):
            return True
    # session 24: "X, who has run Chirrup's office since 2019, resigned": a post just left; "who has led ... since
    # 2022": a post still held
    if re.search(rf"(?<![\w-]){k},\s+who\s+[^.;:\n]{{0,160}}?,\s+(?:has\s+|had\s+)?(?:{LEAVING})\b", body):
        return True
    for m in re.finditer(rf"(?<![\w-]){k},\s+who\s+(?:had\s+|has\s+)?(?:previously\s+|once\s+|also\s+)?"
                         rf"(?:({LEAVING})|{PAST_WHO_VERB})\b([^,.;:\n]*)", body):
        clause = m.group(2)
        if HAS_HELD_SINCE.match(body, m.start() + len(key)):
            continue
        if STILL_IN_POST.search(clause) or re.match(r"\s+(?:appointed|named|elected|promoted|hired|sworn|chosen|asked|"
                                                     r"told|quoted|speaking|interviewed|born)\b", clause):
            continue
        if m.group(1) or PAST_TIME.search(clause):
            return True
    for m in re.finditer(rf"(?<![\w-]){k}\s+(?:had\s+)?(?:chaired|headed|ran|led|served\s+as|was|worked)\b([^.;\n]{{0,120}})", body):
        if re.search(r"\b(?:from|between)\s+\d{4}\s+(?:to|and|until|till|–|-)\s+\d{4}|\buntil\s+(?:\d{4}|last\s|earlier\s)",
                     m.group(1)) and not STILL_IN_POST.search(m.group(1)):
            return True
    if re.search(rf"(?<![\w-]){k}\s+(?:{LEAVING})\s+(?:from\s+|as\s+)?(?:the|his|her|its)\b", body):
        return True
    return re.search(rf"(?<![\w-]){k}(?![\w-])[^.\n]{{0,300}}\.[”\"’]?\s+Now\s+(?:a|an)\s+[^,.\n]{{2,60}},\s+"
                     rf"(?:she|he|{k})\b", body) is not None


def reference_former_people(body: str, names: list[str]) -> set[str]:
    if not PAST_GATE.search(body):
        return set()
    return {n for n in names if not NOT_A_PERSON.search(n)
            and any(reference_past_post(body, key) for key in dict.fromkeys((n, n.split()[-1])))}


NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){1,2}\b")


def bodies() -> list[str]:
    files = spread(sorted(paths.ANNOTATIONS.glob("articles/*.txt")) + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt")))
    return [f.read_text(encoding="utf-8") for f in files]


def test_the_place_by_place_reader_decides_as_the_per_name_patterns_on_every_labelled_article():
    texts = bodies()
    assert len(texts) >= 300  # spread(): 300 of them, every one on CI
    flagged = 0
    for body in texts:
        names = sorted(set(NAME.findall(body)))
        got = actors.former_people(body, names)
        assert got == reference_former_people(body, names), (body[:80], got)
        flagged += len(got)
    assert flagged >= 10  # the comparison is not vacuous: people introduced by a past post (17 in the 300 spread of session 27)


@pytest.mark.parametrize("body, key, past", [
    ("Dr. Leona Brandt chaired the committee from 2015 to 2020. She said the orders were secret.", "Leona Brandt", True),
    ("Ivo Marr, who served as IT secretary until 2019, said the ministry erred.", "Marr", True),
    ("Ivo Marr, who serves as IT secretary, said the ministry erred.", "Marr", False),
    ("Former minister Ana Petrov said it.\nAna Petrov, now an adviser, agreed.", "Ana Petrov", True),
    ("Ex-chief Tom Reyes spoke.", "Tom Reyes", True),
    ("Lukas Fenn left the company in March. Fenn said little.", "Fenn", True),
    ("Rita Oyelaran, a former regulator who is still an adviser, spoke.", "Rita Oyelaran", False),
])
def test_examples_agree_with_the_reference(body, key, past):
    assert actors.past_post(body, key) is past
    assert reference_past_post(body, key) is past
