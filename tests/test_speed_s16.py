"""Session 16's speed pass: ``actors.former_people`` keeps its gates and each name's answer for the article it was last
asked about (attribution asks up to three times per article about overlapping names), and rules the slow
``PAST_GATE`` search out with one Hyperscan pass where the pattern cannot match (``prefilter.may_match``). The cached
and gated answers must be those of the uncached function (kept here as the reference), on every hand-labelled
article, and attribution must give the same columns with it as with the reference."""
from __future__ import annotations

import re

import pytest

from helpers import actors, prefilter, text
from helpers.actors import NOT_A_PERSON, PAST_GATE
from test_speed_s15b import NAME, bodies  # the same names and labelled bodies



def uncached_former_people(body: str, names: list[str]) -> set[str]:
    """``former_people`` as it was at the start of session 16 (no memo, no Hyperscan gate)."""
    if not names or not PAST_GATE.search(body):
        return set()
    gates = actors.past_gates(body)
    if not any(gates):
        return set()
    return {n for n in names if not NOT_A_PERSON.search(n)
            and any(actors.past_post(body, key, gates) for key in dict.fromkeys((n, n.split()[-1])))}


def test_cached_answers_equal_the_uncached_ones_on_every_labelled_article():
    texts = bodies()
    assert len(texts) >= 300  # spread(): 300 of them, every one on CI
    flagged = 0
    previous = ""
    for body in texts:
        names = sorted(set(NAME.findall(body)))
        # as attribution asks: overlapping lists, one after the other, about one body (and now and then another
        # body in between, which must not leave its answers behind)
        for asked in (names[::2], names[1::2], names, [], names[:3]):
            assert actors.former_people(body, asked) == uncached_former_people(body, asked), (body[:80], asked)
        assert actors.former_people(previous, names) == uncached_former_people(previous, names)
        assert actors.former_people(body, names) == uncached_former_people(body, names)
        flagged += len(uncached_former_people(body, names))
        previous = body
    assert flagged >= 10  # not vacuous: people introduced by a past post (17 in the 300 spread articles of session 27)


def test_an_equal_body_in_a_new_string_reuses_nothing_wrong():
    body = "Lukas Fenn left the company in March. Fenn said little."
    assert actors.former_people(body, ["Lukas Fenn"]) == {"Lukas Fenn"}
    other = "Lukas Fenn runs the company. Fenn said little."
    assert actors.former_people(other, ["Lukas Fenn"]) == set()
    assert actors.former_people("".join(list(body)), ["Lukas Fenn", "Ana Petrov"]) == {"Lukas Fenn"}


MADE = [
    "\u201cFormer minister Ana Petrov\u201d said it \u2014 she left in 2019.",
    "The miniſtry said the erstwhile chief spoke.",  # re.I folds 'ſ' to 's': not judged
    "RETİRED judge Lars Holm", "Lars Holm, who\x1cserved", "Caf\u00e9 owner Ivo Marr quit.",
    "He served 2015\u00a0to 2020.", "Now a lecturer, she spoke.", "no cue at all here.", "",
]


@pytest.mark.parametrize("pattern", [PAST_GATE, actors.PAST_MARK_ANY, actors.WHO_ANY, actors.PAST_SPAN,
                                     actors.LEAVING_ANY, actors.NOW_ANY])
def test_may_match_never_rules_out_a_text_the_pattern_matches(pattern):
    ruled_out = 0
    for body in bodies() + MADE:
        if not prefilter.may_match(pattern, body):
            assert pattern.search(body) is None, (pattern.pattern, body[:80])
            ruled_out += 1
    if pattern is PAST_GATE and prefilter.enabled():
        assert ruled_out >= 80  # not vacuous: most articles hold no past-post cue (91 of the 300 spread articles)


def test_may_match_says_yes_when_it_cannot_judge():
    assert prefilter.may_match(re.compile("x", re.M), "no such letter")  # a flag Hyperscan is not asked about
    assert prefilter.may_match(PAST_GATE, "The miniſtry said so.") or PAST_GATE.search("The miniſtry said so.") is None


def few_articles() -> list[str]:
    """Labelled articles in which someone is introduced by a past post, and a few others."""
    texts = bodies()
    past = [b for b in texts if uncached_former_people(b, sorted(set(NAME.findall(b))))]
    return past[:8] + texts[:4]


def test_attribution_with_the_cache_equals_attribution_with_the_uncached_function(monkeypatch):
    articles = few_articles()
    assert len(articles) == 12
    cached = [actors.attribute_columns(body, text.sentence_columns(body)) for body in articles]
    monkeypatch.setattr(actors, "former_people", uncached_former_people)  # speaker_model imports it at call time
    reference = [actors.attribute_columns(body, text.sentence_columns(body)) for body in articles]
    assert cached == reference


def test_events_name_actors_alike_with_attribution_s_scan_and_with_their_own(monkeypatch):
    """Events name an event's actor with attribution's scan of the body (``actors.ARTICLE_SCAN``, handed over by the
    pipeline at the offsets of the sentences joined by spaces): the same events as with their own rescan."""
    from helpers import events, pipeline

    articles = [{"article_id": f"a{i}", "path": "", "date": "2024-05-10", "title": "", "outlet": "", "url": "",
                 "content_hash": "", "body": body} for i, body in enumerate(few_articles() + bodies()[4:40])]
    used = []
    real = events.shared_scan
    monkeypatch.setattr(events, "shared_scan", lambda *a: used.append(1) or real(*a))
    shared = [part.columns["events"] for part in pipeline.analyze_batch_rows(articles)]
    assert len(used) >= 20  # the articles whose events have a role word for an actor
    monkeypatch.setattr(events, "shared_scan", lambda *a: None)  # the rescan of the joined sentences, as before
    rescanned = [part.columns["events"] for part in pipeline.analyze_batch_rows(articles)]
    assert shared == rescanned
    assert sum(len(e["actor"]) for e in shared) > 50
