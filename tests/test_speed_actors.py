"""Speed forms of attribution and sentence splitting give exactly what the plain forms give.

Each fast path of ``helpers.actors`` and ``helpers.text`` added for speed (benchmarks/README.md) is compared
here with the plain regex or loop it replaces, on the test articles and on random texts built from awkward
pieces (possessives, hyphens, '@', non-ASCII word characters, names that extend one another).
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import spread
from helpers import actors, corpus, paths, text


def labelled_bodies() -> list[str]:
    """The bodies of the seed and of the dev and held-out articles (texts only)."""
    folders = (paths.ARTICLES, paths.ANNOTATIONS / "articles", *sorted(paths.ANNOTATIONS.glob("rounds/*/articles")),
               paths.ANNOTATIONS / "heldout" / "articles")
    return [corpus.read_article(f).body for f in spread([f for folder in folders for f in sorted(folder.glob("*"))])]


def random_texts(pieces: list[str], n: int, seed: int, longest: int = 12) -> list[str]:
    """``n`` random concatenations of ``pieces`` with random spacing."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\n", ","]) for _ in range(rng.randint(0, longest)))
            for _ in range(n)]


LOCAL_NAMES = ["Pinglet", "Ilse Varga", "Varga", "Krishna S. Dixit", "Dixit", "Vargas", "Var", "Kestrava Unity Bloc",
               "Kestrava", "MP Dr", "Dr", "Wikimedia Foundation", "Wikimedia"]
PIECES = LOCAL_NAMES + ["the ministry", "Twitter", "Twitter's", "twitter’s", "@Twitter", "X", "x", "IT ministry", "é",
                        "éVarga", "-", "@", ".", ")", "’s", "'s", "s", "_", "1", "varga", "PINGLET", "said", "the",
                        "Govt.", "X Corp.", "High Court", "ſ", "K", "ı", "İ"]


def local_sets(n: int, seed: int) -> list[dict[str, actors.Actor]]:
    """``n`` random sets of article-local actors drawn from LOCAL_NAMES (as the learn_* functions make them)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        names = rng.sample(LOCAL_NAMES, rng.randint(1, 5))
        out.append({name: actors.Actor(f"local_{name.split()[-1].lower()}", name, rng.choice(["platform", "government"]))
                    for name in names})
    return out


def test_literal_scanner_finds_what_the_alias_regex_finds():
    samples = [b.lower() for b in labelled_bodies()] + [t.lower() for t in random_texts(PIECES, 3000, 11)]
    for local in local_sets(40, 12):
        # the same regex of the lower-cased names, without re.I, on lower-cased text
        regex = re.compile(actors.alias_regex([a.lower() for a in local]).pattern)
        scanner = actors.local_scanner(local)
        assert scanner is not None
        for low in samples[:: 7]:
            every = [m.span() for p in range(len(low) + 1) if (m := regex.match(low, p))]
            assert scanner.all_matches(low) == every, (list(local), low)
            for pos in (0, 1, 5, len(low) // 2):
                assert scanner.search(low, pos) == (lambda m: m and m.span())(regex.search(low, pos)), (list(local), low)


def test_alias_spans_with_local_actors_match_one_combined_regex(monkeypatch):
    registry = sorted(actors.entries(), key=lambda a: (-len(a), a))
    tail = r"(?:’s|'s)?(?![\w-])"
    samples = labelled_bodies()[:20] + random_texts(PIECES, 1500, 13) + random_texts(PIECES, 100, 14, 60)
    for local in local_sets(12, 15):
        ordered = sorted(local, key=lambda a: (-len(a), a))
        combined = re.compile(rf"(?<![\w@-])(?:{'|'.join(map(re.escape, ordered))}){tail}"
                              rf"|(?<![\w@-])(?:{'|'.join(map(re.escape, registry))}){tail}", re.IGNORECASE)
        look = actors.lookup_for(local)
        for sample in samples:
            assert actors.alias_spans(sample, look) == [m.span() for m in combined.finditer(sample)], (list(local), sample)


def test_lookup_built_from_the_registry_lookup_equals_a_full_build():
    for local in local_sets(30, 16) + [{}]:
        look = actors.lookup_for(local)
        table = {**actors.entries(), **local}
        assert list(look.table.items()) == list(table.items())
        assert look.lower == {a.lower(): a for a in reversed(list(table))}
        orgs: dict[str, set[str]] = {}
        for actor in table.values():
            if actor.type == "named":
                orgs.setdefault(actor.name, set()).add(actor.org_id)
        assert look.orgs_by_name == orgs
        assert look.registry_only == (not any(a.lower() in actors.known_aliases() for a in local))


def test_phrases_without_local_names_share_the_registry_mentions(monkeypatch):
    """A phrase is remembered with the registry's phrases when none of the article's names occurs in it; its
    mentions are still those of a fresh scan with the article's names."""
    phrases = [p for p in random_texts(PIECES, 3000, 17, 5) if len(p) <= actors.PHRASE_CHARS]
    for local in local_sets(15, 18):
        monkeypatch.setattr(actors, "LOCAL", local)
        look = actors.lookup_for(local)
        for phrase in phrases:
            fresh = actors.resolve_spans(phrase, actors.alias_spans(phrase, look), look)
            assert actors.find_mentions(phrase) == fresh, (list(local), phrase)
            assert actors.find_mentions(phrase) == fresh, (list(local), phrase)  # remembered: the same again


@pytest.mark.parametrize("name", ["gap_ok", "topic_free", "boundary_tuple"])
def test_remembered_phrase_functions_give_what_they_compute(name):
    fn = getattr(actors, name)
    pieces = ["has", "also", "in a statement", "on Monday", "at the time", "officials", "familiar with", "the matter",
              "and", "Electronics", "IT", "that", ",", ".", "“Q”", "which", "close to", "the company", "é", "ſ"]
    for sample in random_texts(pieces, 2000, 19, 8):
        assert fn(sample) == fn.__wrapped__(sample) == fn(sample), sample


def test_medium_hint_finds_a_medium_verb_where_one_occurs():
    words = sorted(actors.attribution_words()["medium_verb"])
    pieces = words + ["to", "on", "Koo", "call", "took", "tooK", "wen", "t", "use", "d", "é", " ", "-"]
    for sample in [b.lower() for b in labelled_bodies()] + random_texts(pieces, 3000, 21, 6):
        assert (actors.medium_hint().search(sample) is not None) == any(w in sample for w in words), sample


def test_relative_clause_is_the_plain_search_chain():
    pieces = ["who", "Who", "WHICH", "whom", "whose", "whoever", "that", "That runs", "that runs", "the firm", "x",
              "published", "quickly", "advises", "ıt", "whıch", "ſ", "K", "é", ",", "\n", "-"]
    for sample in random_texts(pieces, 5000, 22, 7) + [b[:200] for b in labelled_bodies()]:
        plain = actors.RELATIVE.search(sample) or actors.PARTICIPLE.match(sample) or actors.THAT_CLAUSE.search(sample)
        fast = actors.relative_clause(sample)
        assert (fast and (fast.re, fast.span())) == (plain and (plain.re, plain.span())), sample


def test_boundaries_are_a_new_list_every_time():
    first = actors.boundaries("the ministry said and Twitter agreed")
    first.clear()
    assert [b[2] for b in actors.boundaries("the ministry said and Twitter agreed")] == ["and"]


def test_punkt_plain_word_shortcut_decides_as_the_full_loop():
    fast = text.punkt_spans()
    words = ["said", "Govt", "govt", "Dr", "No", "Feb", "U.S", "e.g", "A", "ab", "iv", "x-ray", "Mr", "Sec", "é", "ministry"]
    tails = [" The", " the", "\nThe", " .", " . .", "  “We", "”", " 5", " (", " ...", " Mr.", " A.", "\n\nX", " ?", ""]
    rng = random.Random(20)
    contexts = [w + "." + t + rng.choice(["", " More", ".", " x."]) for w in words for t in tails for _ in range(3)]
    shortcut = fast.PLAIN_END
    try:
        fast.PLAIN_END = re.compile(r"(?!)")  # the shortcut never applies: the full loop alone
        plain = [fast.contains_break(c) for c in contexts]
    finally:
        fast.PLAIN_END = shortcut
    assert [fast.contains_break(c) for c in contexts] == plain


def test_fast_punkt_still_gives_nltks_spans_on_whole_bodies():
    nltk_punkt = text.tokenizer()
    for body in labelled_bodies():
        for start, end in text.paragraph_spans(body):
            para = body[start:end]
            assert text.punkt_spans().span_tokenize(para) == list(nltk_punkt.span_tokenize(para))
