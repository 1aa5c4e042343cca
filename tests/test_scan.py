"""The fast scanning of events and dates (session 4, events): every shortcut gives the plain matches.

``dates.PatternSet`` runs, per text, only the alternatives whose literals the text holds, on rewritten
regexes (``dates.folded``); ``dates.date_word_set`` splits each date-word row '\\b(?:A|B)' into its
alternatives (``dates.word_alternatives``); ``dates._lead_with_literals`` writes a branch of branches as one
branch of literal-led alternatives; ``PatternSet.skip`` starts a case-sensitive pattern's search near its first
case-sensitive part; ``LiteralScan.token_literals`` walks a trie. Here each is compared with the plain way
(every original regex's ``finditer``), a lexicon row added by a researcher is found by the fast path, and the
events of the project's articles are the same through the fast and the plain scanners.
"""
from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from conftest import spread
from helpers import actors, corpus, dates, events, paths, text

MONTHY = [
    "In May the ministry said it may act; on 5 May, and again on Wednesday, the 12 of May, 2021, it did.",
    "Between January 2021 and March 2022 the court met; between Feb. 1, 2021 and March 3, 2021 it sat.",
    "MAY 5 was quiet. may 5 was too. Mayday! Marching orders in March, early March and late March 2020.",
    "Twitter restored them on Monday morning, Sept. 6, after a notice dated 1 Sep 2021 and one of June 31.",
    "the decision of the market on jan 3 and Jan 3rd, 2020; Dec. 25, 2019; 25 December; Monday, 1 February",
    "Later that day, two days later, within hours, the next morning, that evening and the same night they met.",
]


def sentences() -> list[str]:
    """Sentences of the annotated articles and of the seed, plus month-heavy strings."""
    out = list(MONTHY)
    for path in sorted(paths.ANNOTATED_ARTICLES.glob("*.txt"))[:20] + sorted(paths.ARTICLES.glob("*.txt")):
        out.extend(text.split_sentences(path.read_text(encoding="utf-8"))["text"].tolist())
    return out


@pytest.fixture(scope="module")
def corpus_sentences() -> list[str]:
    return sentences()


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_word_alternatives_split_only_a_whole_leading_group():
    assert dates.word_alternatives(r"\b(?:a|b(?:c|d))") == r"\b(?:a)|\b(?:b(?:c|d))"
    assert dates.word_alternatives(r"\b(?:(?P<n>\d+) days|today)") == r"\b(?:(?P<n>\d+) days)|\b(?:today)"
    for unchanged in [r"\b(?:a)(?:b|c)", r"\b(?:a)|(?:b)", r"\b(?:abc)", r"x|y", r"\b(?:a|[)|]b)x"]:
        assert dates.word_alternatives(unchanged) == unchanged


@pytest.mark.parametrize("row", range(len(dates.date_words())))
def test_a_split_date_row_matches_like_the_row(corpus_sentences, row):
    regex = dates.date_words()[row][1]
    split = re.compile(dates.word_alternatives(regex.pattern), re.I)
    for sentence in corpus_sentences:
        assert spans(split.finditer(sentence)) == spans(regex.finditer(sentence)), sentence


def test_branches_of_branches_are_written_out_with_leading_literals(corpus_sentences):
    weekday = next(row[1] for row in dates.date_words() if row[0] == "weekday")
    fast = dates.folded(weekday.pattern)
    assert fast is not None
    parsed = re._parser.parse(weekday.pattern.lower(), 0)
    flat = dates._lead_with_literals(dates._hoist(dates._fold(parsed.data, parsed.state).data, parsed.state),
                                     parsed.state)
    op, av = flat[0]
    assert op is re._constants.BRANCH and all(a.data[0][0] is re._constants.LITERAL for a in av[1])
    for sentence in corpus_sentences:
        if text.foldable(sentence):
            assert spans(fast.finditer(sentence.lower())) == spans(weekday.finditer(sentence)), sentence


def test_lead_with_literals_keeps_a_group_in_a_repeated_tail_as_it_is():
    parsed = re._parser.parse(r"(?:a|b)(x)", 0)
    assert dates._lead_with_literals(list(parsed.data), parsed.state) == list(parsed.data)


def test_case_sensitive_patterns_skip_to_their_parts_and_match_like_finditer(corpus_sentences):
    rows = [row[1] for row in dates.date_words() if "(?-i:" in row[1].pattern]
    assert rows
    pset = dates.PatternSet([row.pattern for row in rows])
    rng = random.Random(4)
    words = ["May", "may", "March", "Mar.", "the", "of", "5", "21", "2020", "Monday,", "early", "in", "between", "and"]
    texts = list(corpus_sentences)
    for _ in range(300):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))))
    for sentence in texts:
        got = {}
        for i, m in pset.matches(sentence):
            got.setdefault(i, []).append(m.span())
        want = {i: spans(rx.finditer(sentence)) for i, rx in enumerate(rows) if spans(rx.finditer(sentence))}
        assert got == want, sentence


def test_compiled_again_after_the_caches_are_emptied(corpus_sentences):
    """An alternative's parse is dropped once compiled; emptied caches (``compiled``, ``plans``, ``by_held``, as
    on a very large corpus) compile it again from its pattern, with the same matches."""
    pset = dates.PatternSet([t.regex.pattern for t in events.patterns()])
    first = [[(i, m.span()) for i, m in pset.matches(s)] for s in corpus_sentences]
    assert any(tree is None for tree in pset.trees)
    pset.compiled.clear(), pset.plans.clear(), pset.found.clear(), pset.by_held.clear()
    assert [[(i, m.span()) for i, m in pset.matches(s)] for s in corpus_sentences] == first


def test_token_literals_are_the_pieces_a_token_holds():
    scan = dates.LiteralScan()
    scan.add(["block", "blocking orders", "order", "x", "the same ", "in 20", "ban"])
    rng = random.Random(2)
    tokens = ["blocking", "orders", "xbanx", "the", "in", "unblocked", "bbban", "", "2020", "x"]
    tokens += ["".join(rng.choice("abcdeiklnorstx-1") for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    for token in tokens:
        pieces = {p for p in scan.by_piece if p in token}
        sure = frozenset(lit for p in pieces for lit in scan.by_piece[p] if lit == p)
        maybe = frozenset(lit for p in pieces for lit in scan.by_piece[p] if lit != p)
        assert scan.token_literals(token) == (sure, maybe), token


def test_fold_check_answers_like_foldable():
    check = dates.FoldCheck()
    rng = random.Random(3)
    chars = "abcXYZ ’“”—–…éßİıſKΣσςﬁµ" + "".join(chr(rng.randint(128, 0x3000)) for _ in range(200))
    for _ in range(20000):
        sample = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert check(sample) == text.foldable(sample), sample
    assert check("İstanbul") is False and check("“quoted” — dash") is True


def test_counts_are_tried_only_where_a_count_can_start(corpus_sentences):
    fast = events._folded_count()
    rng = random.Random(5)
    words = ["Rs", "Rs.", "INR", "rs", "5", "1,000", "2.5", "crore", "lakh", "one", "ten", "often", "accounts",
             "URLs", "orders", "posts", "the", "of", "million", "tweets", "someone", "inroads", "twenty-two"]
    texts = list(corpus_sentences) + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 15)))
                                      for _ in range(3000)]
    for sentence in texts:
        low = sentence.lower()
        want = [(m.span(), m.groupdict()) for m in fast.finditer(low)]
        assert [(m.span(), m.groupdict()) for m in events._count_matches(fast, low)] == want, sentence


@pytest.fixture
def lexicon_with_a_new_row(tmp_path, monkeypatch):
    """The project's lexicons plus one trigger row a researcher adds (its caches emptied before and after)."""
    folder = tmp_path / "lexicons"
    shutil.copytree(paths.LEXICONS, folder)
    with (folder / "event_patterns.csv").open("a", encoding="utf-8") as handle:
        handle.write(r"meeting,fixed,government,MeitY,no,\bzorblatted (?:the|a) (?:quokka|wombat) summit\b,test row"
                     "\n")
    monkeypatch.setattr(paths, "LEXICONS", folder)
    events.patterns.cache_clear()
    events.trigger_set.cache_clear()
    yield folder
    events.patterns.cache_clear()
    events.trigger_set.cache_clear()


def test_a_new_pattern_row_is_found_by_the_fast_path(lexicon_with_a_new_row):
    sentence = "On Monday the ministry zorblatted the wombat summit, officials said."
    found = events.trigger_matches(sentence)
    assert [(t.event_type, sentence[a:b]) for a, b, t in found] == [("meeting", "zorblatted the wombat summit")]
    plain = [(m.span(), t) for t in events.patterns() for m in t.regex.finditer(sentence)]
    assert [((a, b), t) for a, b, t in found] == plain
    got = events.extract_columns("2021-02-10", {"text": [sentence], "side": ["narrator"], "paragraph": [0],
                                                "char_start": [0]})
    assert got["event_type"] == ["meeting"] and got["date_start"] == ["2021-02-08"]


class PlainSet:
    """A ``dates.PatternSet`` stand-in that runs every original regex over the whole text (the plain path)."""

    def __init__(self, regexes: list[re.Pattern]) -> None:
        self.regexes = regexes

    def matches(self, sentence: str) -> list[tuple[int, re.Match]]:
        return [(i, m) for i, regex in enumerate(self.regexes) for m in regex.finditer(sentence)]


def project_articles() -> list[tuple[str, dict]]:
    """(date, attributed sentence columns) of the seed, the test articles and the articles of 12 annotation rounds
    spread from the oldest to the newest (``spread``; about 130 articles of all kinds; every other round, about 500,
    took 46 s of the suite in session 26, the third slowest test); every round on CI (``HELPERS_FULL_TESTS=1``)."""
    rounds = sorted(Path(paths.ANNOTATED_ARTICLES).parent.glob("rounds/round*/articles"),
                    key=lambda f: int(f.parent.name.removeprefix("round")))
    folders = [paths.ARTICLES, paths.ANNOTATED_ARTICLES, *spread(rounds, 12)]
    frame = corpus.load_corpus([f for f in folders if Path(f).is_dir()]).articles
    out = []
    for article in frame.to_dict("records"):
        sents = actors.attribute_columns(article["body"], text.sentence_columns(article["body"]))
        out.append((article["date"], sents))
    return out


def test_fast_path_gives_the_plain_path_events_on_the_project_articles(monkeypatch):
    articles = project_articles()
    assert len(articles) > 30
    fast = [events.extract_columns(date, sents) for date, sents in articles]
    long_, cased, _ = events.actor_aliases()
    alias = lambda items: "|".join(f"{events.ALIAS_BEFORE}{a}{events.ALIAS_AFTER}" for a in items)  # noqa: E731
    plain_sets = {
        "trigger_set": PlainSet([t.regex for t in events.patterns()]),
        "speech_verbs": PlainSet([re.compile(events.speech_verbs().originals[0].pattern, re.I)]),
        "actor_sets": (PlainSet([re.compile(alias(long_), re.I)]), PlainSet([re.compile(alias(cased))])),
    }
    monkeypatch.setattr(events, "trigger_set", lambda: plain_sets["trigger_set"])
    monkeypatch.setattr(events, "speech_verbs", lambda: plain_sets["speech_verbs"])
    monkeypatch.setattr(events, "actor_sets", lambda: plain_sets["actor_sets"])
    monkeypatch.setattr(events, "alias_scanner", lambda: None)
    monkeypatch.setattr(dates, "date_word_set", lambda: PlainSet([row[1] for row in dates.date_words()]))
    plain = [events.extract_columns(date, sents) for date, sents in articles]
    assert fast == plain
    assert sum(len(cols["event_type"]) for cols in fast) > 100
