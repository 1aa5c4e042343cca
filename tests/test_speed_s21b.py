"""Session 21's attribution speed pass: ``speaker_model.Words`` (an article's words and their offsets, made once per
article the speaker model reads) takes both from one ``split`` and a running sum of the pieces' lengths instead of a
``findall`` and a ``finditer``. The lists must be those of the plain form: checked on every hand-labelled article and
on made-up texts at the edges of ``WORD`` (adjacent words, digits after letters, curly apostrophes, non-ASCII
letters, no word at all, a word at either end), and the features of the named speakers of the labelled articles
must not change."""
from __future__ import annotations

import pytest

from conftest import spread
from helpers import paths, speaker_model
from helpers.speaker_model import WORD, Words


def bodies() -> list[str]:
    files = spread(sorted(paths.ANNOTATIONS.glob("articles/*.txt")) + sorted(paths.ANNOTATIONS.glob("rounds/*/articles/*.txt")))
    assert len(files) >= 300  # spread(): 300 of them, every one on CI
    return [f.read_text(encoding="utf-8") for f in files]


def plain(body: str) -> tuple[list[str], list[int]]:
    return WORD.findall(body), [m.start() for m in WORD.finditer(body)]


def test_words_and_starts_as_findall_and_finditer_on_every_labelled_article():
    for body in bodies():
        words = Words(body)
        assert (words.words, words.starts) == plain(body), body[:80]


@pytest.mark.parametrize("text", ["", " ", "abc", "abc ", " abc", "x1 2y", "12ab34", "Twitter’s co-founder, 2019-20.",
                                  "é’s Zürich a-b", "--a''b’", "\n\nQ: 5,000 users?", "São Paulo's"])
def test_words_and_starts_on_edge_texts(text):
    words = Words(text)
    assert (words.words, words.starts) == plain(text)


class PlainWords(Words):
    """``Words`` as it was made before session 21."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.words = WORD.findall(body)
        self.starts = [m.start() for m in WORD.finditer(body)]


def test_features_unchanged_on_labelled_articles():
    checked = 0
    for body in bodies()[:200]:
        names = list(dict.fromkeys(m.group(1) for m in speaker_model.re.finditer(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b", body)))[:4]
        for name in names:
            assert speaker_model.features(Words(body), name) == speaker_model.features(PlainWords(body), name)
            checked += 1
    assert checked > 300
