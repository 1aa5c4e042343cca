"""Session 26's speed pass (engineer speed3, issue 6): four of ``learn_platforms``' regexes were scanned from every
offset of every article body, though each can only start at a few: ``platform_act_regex`` and the anaphor regex of
``platform_anaphors`` where a sentence opens (``sentence_openings``), the four ``order_recipient_regexes`` at one of
their opening verbs (``order_recipient_verbs``), the regex of ``titled_platforms`` at a platform noun
(``titled_noun_starts``). ``matches_at`` now tries those offsets alone. It must find exactly what ``finditer`` found:
checked against the plain scans on every hand-labelled article of dev and the rounds, and on lines written for this
test."""
from __future__ import annotations

import re

import pytest

from conftest import spread
from helpers import actors, paths
from helpers.actors import (NATIONALITY, attribution_words, find_mentions, is_court, order_recipient_regexes,
                            order_recipient_verbs, platform_act_regex, platform_anaphor_regexes, provider_named,
                            sentence_openings, sentence_start, titled_noun_starts)
from helpers.text import literal_positions, matches_at


def plain_order_recipients(body: str) -> list[str]:
    """``order_recipients`` as it was before this pass (session 24: every regex scanned from every offset)."""
    w = attribution_words()
    out = []
    for rx in order_recipient_regexes():
        for m in rx.finditer(body):
            name = m.group(1)
            if name.lower() in actors.NOT_NAMES:
                continue
            before = body[sentence_start(body, m.start()):m.start()]
            if not any(x.actor.side == "government" and not is_court(x.text) for x in find_mentions(before)):
                continue
            if provider_named(body, name, w["provider_noun"]):
                continue
            out.append(name)
    return out


def plain_platform_anaphors(body: str) -> list[str]:
    """``platform_anaphors`` as it was before this pass."""
    out = []
    for m in platform_anaphor_regexes()[1].finditer(body):
        name = m.group(1)
        if NATIONALITY.search(name) or re.search(rf"\b{name.lower()}\b", body):
            continue
        if re.search(rf"\b(?!The\b)(?:[A-Z][a-z]*|(?:Mr|Mrs|Ms|Dr|Prof)\.)\s+{name}\b", body):
            continue
        out.append(name)
    return out


def spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def bodies(sample: bool = True) -> list[str]:
    """The labelled articles of dev and the rounds (never the held-out set): ``spread``'s sample, or all of them."""
    files = sorted(paths.ANNOTATIONS.glob("articles/*.txt")) + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt"))
    files = spread(files) if sample else files
    assert len(files) >= 300  # spread(): 300 of them, every one on CI
    return [f.read_text(encoding="utf-8") for f in files]


def same_as_finditer(body: str) -> dict[str, int]:
    """Assert that each gated scan gives ``finditer``'s matches on ``body``; count the matches of each."""
    counts = {}
    openings = sentence_openings(body)
    for name, rx, starts in [("act", platform_act_regex(), openings), ("anaphor", platform_anaphor_regexes()[1], openings),
                             ("titled", platform_anaphor_regexes()[0], literal_positions(body, titled_noun_starts())),
                             *[(f"order{i}", rx, literal_positions(body, verbs)) for i, (rx, verbs)
                               in enumerate(zip(order_recipient_regexes(), order_recipient_verbs()))]]:
        plain = list(rx.finditer(body))
        assert spans(matches_at(rx, body, starts)) == spans(plain), (name, body[:80])
        counts[name] = len(plain)
    assert actors.order_recipients(body) == plain_order_recipients(body), body[:80]
    assert actors.platform_anaphors(body) == plain_platform_anaphors(body), body[:80]
    return counts


def test_the_gated_scans_find_what_finditer_finds_on_every_labelled_article():
    for body in bodies():
        same_as_finditer(body)
    # every regex matches somewhere in the gold, so no check is empty (counted on every article: spread()'s sample
    # of 300 lost the few 'titled' matches when rounds 115-116 were added in session 31)
    regexes = {"act": platform_act_regex(), "titled": platform_anaphor_regexes()[0],
               **{f"order{i}": rx for i, rx in enumerate(order_recipient_regexes())}}
    total = {name: sum(len(rx.findall(body)) for body in bodies(sample=False)) for name, rx in regexes.items()}
    assert all(total[k] > 0 for k in ("act", "titled", "order0", "order1", "order2", "order3")), total


def test_the_verbs_are_the_words_the_regexes_open_with():
    for rx, verbs in zip(order_recipient_regexes(), order_recipient_verbs()):
        opening = re.match(r"\\b\(\?:([^()]+)\)", rx.pattern).group(1)
        assert sorted({re.split(r"\\s\+", alt)[0].replace("\\", "") for alt in opening.split("|")}) == list(verbs)


@pytest.mark.parametrize("text", [
    "Zorblat withheld the posts. The ministry said so.\nQuorra blocked all 12 accounts within a day.",
    "“Enough,” he said.” Pintle restored those videos.  Vessa reinstated the channels.",
    "He asked: Really? Zorblat withheld its pages!\tFlink blocked these messages",
    "Zorblat took a harder line. The messaging app, which has 3 million users, refused.",
    "Officials wrote.\n\nKestrel kept quiet on it all. The video platform said little.",
    "The Ministry of Signals has sent Chirpwell 17 blocking orders and issued notices to Darnle.",
    "The Interior Ministry ordered Velnet, the largest internet provider, to block the site.",
    "The IT Ministry asked Corvel, which runs the store,\nto remove it, and accused Mossly on Tuesday of ignoring orders.",
    "The Ministry\nsent\nDarnle three letters; the ministry handed notices to Pebbo.",
    "He reads the satirical website The Grumble Gazette and the news site The Lantern daily.",
    "",
    ".",
    "\n",
])
def test_made_up_lines(text):
    same_as_finditer(text)


def test_openings():
    assert sentence_openings("A. B.\nC! “D?” E") == [0, 3, 6, 9, 13]


def plain_provider_named(body: str, name: str, providers) -> bool:
    """``provider_named`` as it was before its gate (the case-insensitive search alone)."""
    alt = actors.alternation(providers)
    n = re.escape(name)
    return re.search(rf"\b{n},\s+(?:a|an|the|its|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{alt})\b"
                     rf"|\b(?:{alt})s?\s+(?:[\w-]+\s+){{0,2}}?(?:such\s+as\s+|like\s+|including\s+)?{n}\b"
                     rf"|\b{n}\s+(?:{alt})\b", body, re.IGNORECASE) is not None


def test_provider_named_decides_as_the_plain_search_on_every_labelled_article():
    providers = attribution_words()["provider_noun"]
    assert actors.provider_starts(frozenset(providers))  # the gate is on with the lexicon as it is
    named = tried = 0
    for body in bodies():
        names = {m.group(1) for rx in order_recipient_regexes() for m in rx.finditer(body)}
        names |= set(list(dict.fromkeys(re.findall(r"\b([A-Z][a-z]\w+)(?=\s+(?:[Tt]elecom|[Pp]rovider|said))", body)))[:3])
        names |= set(list(dict.fromkeys(re.findall(r"\b([A-Z][a-z]\w+)\b", body)))[:4])
        for name in names:
            got = actors.provider_named(body, name, providers)
            assert got == plain_provider_named(body, name, providers), (name, body[:80])
            named += got
            tried += 1
    assert named > 5 and tried > named  # both answers occur: the check is not empty


@pytest.mark.parametrize("body,name,expected", [
    ("The ministry ordered Velnet, the largest internet provider, to block it.", "Velnet", True),
    ("Internet providers such as Kora blocked the site.", "Kora", True),
    ("The ministry ordered Velnet to block it. VELNET TELECOM said nothing.", "Velnet", True),
    ("The ministry ordered Velnet to block it. Velnet said nothing.", "Velnet", False),
    ("The ministry ordered Velnet to block it. Velnet said ſo.", "Velnet", False),  # not ascii_foldable: no gate
    ("The ministry ordered Velnet, the İnternet provider, to block it.", "Velnet", plain_provider_named(
        "The ministry ordered Velnet, the İnternet provider, to block it.", "Velnet", ["internet", "provider"])),
])
def test_provider_named_made_up(body, name, expected):
    providers = attribution_words()["provider_noun"]
    assert actors.provider_named(body, name, providers) == plain_provider_named(body, name, providers) == expected


def test_the_provider_gate_is_off_for_words_it_cannot_fold():
    assert actors.provider_starts(frozenset({"provider", "ſervice"})) == ()
    assert actors.provider_starts(frozenset({"provider", " "})) == ()
    assert actors.provider_starts(frozenset({"Internet provider", "isp"})) == ("internet", "isp")


def test_the_bare_response_words_hold_every_match():
    from helpers.events import BARE_RESPONSE, BARE_RESPONSE_WORDS, told_next

    lines = [s for body in bodies() for s in re.split(r"(?<=[.!?])\s+|\n", body)]
    lines += ["The ministry hit back within hours.", "The IT minister, Kasimir Vell, hit back the next day.",
              "  Pebblo was quick to reply.", "Quorra, a small app, reacted swiftly .", "It responded at once."]
    matched = 0
    for line in lines:
        if BARE_RESPONSE.match(line):
            matched += 1
            assert any(w in line for w in BARE_RESPONSE_WORDS), line
    assert matched >= 5
    rows = [{"_sentence": 0, "side": "government", "event_type": "statement", "date_basis": "article_date"},
            {"_sentence": 1, "side": "government", "event_type": "statement", "date_basis": "explicit"}]
    assert told_next(rows, ["The ministry hit back within hours.", "On Monday it said ..."]) == rows[1:]
    assert told_next(rows, ["The ministry spoke within hours.", "On Monday it said ..."]) == rows
