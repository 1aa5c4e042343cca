"""Session 17's speed pass: each fast path must answer as the plain one.

- ``actors.quick_past_gates`` (the past-post gates by ``str`` search where lower-casing is exact) equals
  ``actors.past_gates``, and ``actors.former_gates`` (PAST_GATE searched only where no gate already implies it)
  equals the session-16 form, on every labelled body and on made texts with non-ASCII and case hazards;
- the triggers found for a part of a batch at once (``events.primed_triggers``, ``TriggerSet.memo``) are those
  found sentence by sentence, and the events of a few articles are the same with and without the memo.
"""
from __future__ import annotations

import pytest

from helpers import actors, events
from helpers.actors import PAST_GATE
from helpers.prefilter import may_match
from test_speed_s15b import bodies  # the labelled bodies (dev and rounds)


def session16_gates(body: str):
    """``former_people``'s gates as session 16 found them."""
    gates = actors.past_gates(body) if may_match(PAST_GATE, body) and PAST_GATE.search(body) else None
    return gates if gates is not None and any(gates) else None


MADE = [
    "\u201cFormer minister Ana Petrov\u201d said it \u2014 she left in 2019.",
    "The miniſtry said the erſtwhile chief spoke.",  # re.I folds 'ſ' to 's': the plain path
    "RETİRED judge Lars Holm", "Lars Holm, who\x1cserved", "Caf\u00e9 owner Ivo Marr quit.",
    "He served 2015\u00a0to 2020.", "He served 2015 \u2013 2020.", "He served 2015 TILL 2020.",
    "Now a lecturer, she spoke.", "It said. Now an adviser, he spoke.", "UNTIL now", "until\u00a0then",
    "Ex-minister", "ONE-TIME aide", "onetime aide", "He was dismissed.", "He Was dismissed.",
    "no cue at all here.", "", "Knowles, WHO served", "Lars Holm,  who served",
]


def test_quick_gates_equal_the_plain_ones_on_every_labelled_body_and_made_texts():
    texts = bodies() + MADE
    assert len(texts) >= 300  # spread(): 300 of them, every one on CI
    for body in texts:
        assert actors.quick_past_gates(body) == actors.past_gates(body), body[:80]
        assert actors.former_gates(body) == session16_gates(body), body[:80]
    assert sum(actors.former_gates(b) is not None for b in texts) > 100  # not vacuous


def sentences_of(body: str) -> list[str]:
    from helpers import text

    return [str(t) for t in text.sentence_columns(body)["text"]]


def test_primed_triggers_equal_the_plain_scan():
    texts = [t for body in bodies()[:80] for t in sentences_of(body)]
    ts = events.trigger_set()
    plain = [[(i, m.span()) for i, m in ts.matches(t)] for t in texts]
    articles = [("2024-01-01", {"text": texts[k:k + 7]}) for k in range(0, len(texts), 7)]
    seen = 0
    for part in events.primed_triggers(articles):
        assert ts.memo is not None and len(ts.memo) > 0
        for _, sents in part:
            for t in sents["text"]:
                got = [(i, m.span()) for i, m in ts.matches(t)]
                assert got == plain[texts.index(t)]
                seen += 1
    assert ts.memo is None and seen == len(texts)
    assert sum(map(bool, plain)) > 50


def test_events_of_articles_are_the_same_with_and_without_the_memo():
    from helpers import text

    arts = []
    for body in bodies()[:40]:
        cols = actors.attribute_columns(body, text.sentence_columns(body))
        arts.append(("2024-03-01", cols))
    alone = [events.extract_columns(date, cols) for date, cols in arts]  # no memo
    assert events.trigger_set().memo is None
    batch = events.extract_many(arts)  # primed per part
    assert batch == alone
    assert sum(len(e["event_type"]) for e in alone) > 40
