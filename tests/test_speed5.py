"""Session 29's speed pass (engineer speed5, issue 6): ``stance.relay_speakers`` compiled a pattern
``(?<![\\w-])NAME(?![\\w-])`` for every speaker of side other, twice per article (speaker model and stance); it now
finds the name by ``str.find`` and looks at the character on either side (``stance.name_spans``). The spans must be
those ``finditer`` finds, and ``relay_speakers`` must answer as its plain form: checked on every hand-labelled article
of dev and the rounds (a sample of 300, every one on CI) and on lines written for this test."""
from __future__ import annotations

import re

import pytest

from conftest import spread
from helpers import actors, dates, events, paths, text
from helpers.stance import name_spans, observer_regexes, relay_speakers

CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def plain_spans(text: str, name: str) -> list[tuple[int, int]]:
    """The spans of the pattern the session-28 ``relay_speakers`` compiled per name."""
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]


def plain_relay_speakers(texts: list[str], speakers: list[str], sides: list[str]) -> set[str]:
    """``relay_speakers`` as it was before this pass (a pattern compiled per name)."""
    names = {w for w, s in zip(speakers, sides) if s == "other" and len(w) > 1}
    if not names:
        return set()
    _, _, observer, source, rival = observer_regexes()
    found = set()
    for name in names:
        pat = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        for text in texts:
            if name not in text:
                continue
            if any(observer.match(text, m.end()) or source.match(text, m.end())
                   or rival.search(text, max(0, m.start() - 60), m.start()) for m in pat.finditer(text)):
                found.add(name)
                break
    return found


MADE_UP = [
    ("Tomas Reyl, a Lisbon-based media analyst, said the order went too far.", "Tomas Reyl"),
    ("Reyl-Tomas and Reyl spoke; Reyl's colleague, Reyl, left. Reyl", "Reyl"),
    ("ReylReyl Reyl_x x-Reyl Reyl- Reyl", "Reyl"),
    ("Two lawyers familiar with the case said Ines Varga, a senior researcher, agreed. Ines Varga", "Ines Varga"),
    ("aaaa", "aa"),
    ("Rival service Bluesky said it would comply; Bluesky, Bluesky.", "Bluesky"),
    ("Jürgen Öst, Öst and Östlund: Öst—Öst", "Öst"),
    ("", "Reyl"),
]


@pytest.mark.parametrize("text,name", MADE_UP)
def test_name_spans_match_finditer_on_made_up_lines(text, name):
    assert list(name_spans(text, name)) == plain_spans(text, name)


def test_name_spans_respect_word_edges():
    assert list(name_spans("Reyl-Tomas met Reyl, then xReyl", "Reyl")) == [(15, 19)]
    assert list(name_spans("aaaa", "aa")) == [] == plain_spans("aaaa", "aa")  # a word character on the right


def test_name_spans_repeated_name_not_overlapping():
    # the pattern's own word edges make "aa" in "aaaa" no match at all; finditer and name_spans agree
    assert list(name_spans("aa aa-aa aa", "aa")) == plain_spans("aa aa-aa aa", "aa") == [(0, 2), (9, 11)]


def test_relay_speakers_on_made_up_articles():
    texts = ["Tomas Reyl, a Lisbon-based media analyst, said the order went too far.",
             "Two people familiar with the talks said nothing had been agreed.",
             "Ines Varga told reporters the ministry would appeal.",
             "Rival service Bluesky said it would not follow."]
    speakers = ["Tomas Reyl", "Two people", "Ines Varga", "Bluesky", "the ministry"]
    sides = ["other", "other", "other", "other", "government"]
    got = relay_speakers(texts, speakers, sides)
    assert got == plain_relay_speakers(texts, speakers, sides)
    assert "Tomas Reyl" in got and "Ines Varga" not in got


def labelled_bodies() -> list[str]:
    """Every labelled article of dev and the rounds (never the held-out set), a spread sample off CI."""
    files = spread(sorted(paths.ANNOTATIONS.glob("articles/*.txt"))
                   + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt")))
    assert len(files) >= 300
    return [f.read_text(encoding="utf-8") for f in files]


def test_name_spans_and_relay_speakers_equal_plain_forms_on_labelled_articles():
    checked = relayed = 0
    for body in labelled_bodies():
        names = sorted({m.group(0) for m in CAPITALISED.finditer(body)})
        for name in names:
            if len(name) > 1:
                assert list(name_spans(body, name)) == plain_spans(body, name), name
                checked += 1
        texts = [t for t in re.split(r"(?<=[.!?])\s+", body) if t]
        sides = ["other"] * len(names)
        got = relay_speakers(texts, names, sides)
        assert got == plain_relay_speakers(texts, names, sides)
        relayed += len(got)
    assert checked > 1000 and relayed > 0


MADE_UP_ARTICLE = [
    "The ministry ordered Chirpline on March 3, 2021 to withhold 120 accounts within 36 hours.",
    "Chirpline said on Friday that it had restored the accounts it withheld last week.",
    "A court will hear the platform's challenge next month, its lawyer said.",
    "No date is told here.",
]


def primed_and_plain(articles):
    """(text, primed date phrases, primed dated phrases, plain date phrases, plain dated phrases) of every sentence,
    read while ``primed_triggers`` holds each part."""
    out = []
    for part in events.primed_triggers(articles):
        for _, sents in part:
            for t in sents["text"]:
                primed = (tuple(dates.find_phrases(t)), tuple(events.dated_phrases(t)))
                assert t in dates.PRIMED_PHRASES and t in events.PRIMED_PHRASES
                dates.clear_text_caches()
                events._dated_phrases.cache_clear()
                plain = (dates._find_phrases.__wrapped__(t), events._dated_phrases.__wrapped__(t))
                out.append((t, *primed, *plain))
    assert not dates.PRIMED_PHRASES and not events.PRIMED_PHRASES  # forgotten after the batch
    return out


def test_primed_phrases_equal_plain_on_made_up_article():
    rows = primed_and_plain([("2021-03-10", {"text": MADE_UP_ARTICLE})])
    assert len(rows) == len(MADE_UP_ARTICLE)
    for t, found, dated, plain_found, plain_dated in rows:
        assert found == plain_found and dated == plain_dated, t
    assert rows[0][1] and rows[1][2] and not rows[3][1]  # dates found where told, none where not


def test_primed_phrases_equal_plain_on_labelled_sentences():
    texts = [str(t) for body in labelled_bodies() for t in text.sentence_columns(body)["text"]]
    articles = [("2024-01-01", {"text": texts[k:k + 9]}) for k in range(0, len(texts), 9)]
    rows = primed_and_plain(articles)
    assert len(rows) == len(texts) > 3000
    for t, found, dated, plain_found, plain_dated in rows:
        assert found == plain_found and dated == plain_dated, t
    assert sum(bool(r[2]) for r in rows) > 500  # not vacuous


def test_events_with_primed_phrases_equal_article_by_article():
    arts = [("2021-03-10", actors.attribute_columns(" ".join(MADE_UP_ARTICLE),
                                                     text.sentence_columns(" ".join(MADE_UP_ARTICLE))))]
    arts += [("2024-03-01", actors.attribute_columns(b, text.sentence_columns(b))) for b in labelled_bodies()[::5]]
    alone = [events.extract_columns(date, cols) for date, cols in arts]  # no part primed
    assert not events.PRIMED_PHRASES
    assert events.extract_many(arts) == alone
    assert alone[0]["event_type"] and sum(len(e["event_type"]) for e in alone) > 50
