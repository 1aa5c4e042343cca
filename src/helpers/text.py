"""Split an article body into sentences with character offsets.

In: a body string. Out: a DataFrame of sentences (sentence_id, char_start, char_end,
text, paragraph). NLTK's Punkt runs with parameters given here and an abbreviation
list from ``data/lexicons/abbreviations.txt``; it needs no NLTK data download.
Paragraphs (blank-line separated) never share a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import paths

PARAGRAPH = re.compile(r"\n[ \t]*\n+")
SENTENCE_COLUMNS = ["sentence_id", "char_start", "char_end", "text", "paragraph"]


def read_word_list(name: str) -> list[str]:
    """Read a one-entry-per-line lexicon file, skipping blanks and '#' comments."""
    lines = (paths.LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """Return a Punkt tokenizer that knows the project's abbreviations."""
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in read_word_list("abbreviations.txt")}
    return PunktSentenceTokenizer(params)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-empty paragraph of ``body``."""
    spans, start = [], 0
    for m in PARAGRAPH.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def sentence_spans(body: str) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph number) of every sentence of ``body``."""
    span_tokenize = tokenizer().span_tokenize
    out = []
    append = out.append
    for number, (ps, pe) in enumerate(paragraph_spans(body)):
        para = body[ps:pe]
        for s, e in span_tokenize(para):
            if not para[s:e].isspace() and s < e:  # same test as body[..].strip(), on the paragraph
                append((ps + s, ps + e, number))
    return out


def sentence_columns(body: str) -> dict[str, list]:
    """Return the sentences of ``body`` as columns (name → list), the same as ``split_sentences`` without pandas."""
    spans = sentence_spans(body)
    return {"sentence_id": list(range(1, len(spans) + 1)), "char_start": [s for s, _, _ in spans],
            "char_end": [e for _, e, _ in spans], "text": [body[s:e] for s, e, _ in spans],
            "paragraph": [p for _, _, p in spans]}


def split_sentences(body: str) -> pd.DataFrame:
    """Return the sentences of ``body`` as a DataFrame with offsets into ``body``."""
    rows = [(i + 1, s, e, body[s:e], p) for i, (s, e, p) in enumerate(sentence_spans(body))]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
