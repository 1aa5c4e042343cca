"""Session 21's speed pass: the date words' matches found for a part of a batch at once must be those found
sentence by sentence, and ``dates._find_phrases``' early return for a text without date words must give what the
plain form gives.

``dates.date_word_set()`` is a ``dates.MemoSet``: while ``memo`` is a dict its ``matches`` are remembered per text;
``events.primed_triggers`` finds the date words (as it finds the triggers) of all the sentences of a part of a batch
in one loop, and ``dates.find_phrases`` reads them. Checked on every labelled article's sentences: the matches, the
phrases and the events of articles with and without the memo.
"""
from __future__ import annotations

from helpers import actors, dates, events, text
from test_speed_s15b import bodies  # the labelled bodies (dev and rounds)


def sentences_of(body: str) -> list[str]:
    return [str(t) for t in text.sentence_columns(body)["text"]]


def plain_matches(t: str) -> list[tuple[int, tuple[int, int], str]]:
    """The date words' matches by the set with no memo (``PatternSet.matches``)."""
    return [(i, m.span(), m.group()) for i, m in dates.PatternSet.matches(dates.date_word_set(), t)]


def plain_phrases(t: str) -> tuple:
    """``dates._find_phrases`` as the session started (no memo, no early return for a text without date words)."""
    found = []
    rows = dates.date_words()
    for i, m in dates.PatternSet.matches(dates.date_word_set(), t):
        if rows[i][0] == "month" and " " not in m.group() and dates.FIRST_NAME.match(t, m.end()):
            continue
        if m.end() > m.start():
            found.append(dates.Phrase(m.start(), m.end(), t[m.start():m.end()], rows[i][0], i))
    found.sort(key=lambda p: (-(p.end - p.start), p.start, p.row))
    kept: list = []
    for p in found:
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return tuple(sorted(kept, key=lambda p: p.start))


def test_date_word_set_remembers_only_while_primed():
    ds = dates.date_word_set()
    assert isinstance(ds, dates.MemoSet) and isinstance(events.trigger_set(), dates.MemoSet)
    assert ds.memo is None
    t = "The ministry issued the order on Tuesday, three days after the court ruled in March 2021."
    assert ds.matches(t) is not ds.matches(t)  # not remembered outside a primed part
    ds.memo = {}
    try:
        first = ds.matches(t)
        assert ds.matches(t) is first and t in ds.memo
    finally:
        ds.memo = None


def test_primed_date_words_equal_the_plain_scan_on_every_labelled_article():
    texts = [t for body in bodies() for t in sentences_of(body)]
    assert len(texts) > 3000
    plain = {t: plain_matches(t) for t in texts}
    phrases = {t: plain_phrases(t) for t in texts}
    for t in texts:  # unprimed: the early return for a text without date words gives what the loops gave
        dates.clear_text_caches()
        assert tuple(dates.find_phrases(t)) == phrases[t], t
    articles = [("2024-01-01", {"text": texts[k:k + 9]}) for k in range(0, len(texts), 9)]
    ds, seen = dates.date_word_set(), 0
    for part in events.primed_triggers(articles):
        assert ds.memo is not None and events.trigger_set().memo is not None
        assert all(t in ds.memo for _, sents in part for t in sents["text"])  # found before the part is analysed
        dates.clear_text_caches()
        for _, sents in part:
            for t in sents["text"]:
                assert [(i, m.span(), m.group()) for i, m in ds.matches(t)] == plain[t], t
                assert tuple(dates.find_phrases(t)) == phrases[t], t
                seen += 1
    assert ds.memo is None and events.trigger_set().memo is None and seen == len(texts)
    assert sum(map(bool, plain.values())) > 1000 and sum(map(bool, phrases.values())) > 1000  # not vacuous
    assert sum(not p for p in phrases.values()) > 1000  # the early return is taken too


def test_events_of_labelled_articles_are_the_same_with_and_without_the_memo():
    arts = []
    for body in bodies()[:120]:
        arts.append(("2024-03-01", actors.attribute_columns(body, text.sentence_columns(body))))
    alone = [events.extract_columns(date, cols) for date, cols in arts]  # no memo
    assert dates.date_word_set().memo is None
    assert events.extract_many(arts) == alone  # primed per part
    assert sum(len(e["event_type"]) for e in alone) > 100
