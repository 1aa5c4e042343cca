"""Sentiment of sentences: NLTK's VADER, raw and with a domain lexicon.

In: a list of sentence texts. Out: two arrays of compound scores in [-1, 1]:
``sentiment`` (VADER as shipped) and ``sentiment_domain`` (VADER after the policy and
legal vocabulary of ``data/lexicons/domain_sentiment.csv``).

NLTK's downloader is not reachable here, so the VADER lexicon that the
``vaderSentiment`` package ships is copied into a project-local NLTK data folder
(``helpers.paths.nltk_data_dir()``, git-ignored) on first use, and NLTK's
``SentimentIntensityAnalyzer`` loads it from there. Scoring then runs through
``helpers.fastvader``, a re-implementation of NLTK's algorithm over the very same lexicon
dictionaries that gives NLTK's scores exactly (tested on all 5,190 NYT editorial
sentences) about nine times faster; ``exact_nltk=True`` calls NLTK's scorer itself.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import nltk
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer

from . import paths
from .fastvader import FastVader

LEXICON_RESOURCE = "sentiment/vader_lexicon/vader_lexicon.txt"


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the row."""


def vader_source() -> Path:
    """Return the VADER lexicon file shipped inside the vaderSentiment package."""
    import vaderSentiment

    return Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")


def ensure_nltk_data() -> Path:
    """Build the project-local NLTK data folder with VADER's lexicon; return its path."""
    root = paths.nltk_data_dir()
    target = root / LEXICON_RESOURCE
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        os.close(fd)
        shutil.copyfile(vader_source(), tmp)
        os.replace(tmp, target)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


def read_domain_lexicon(path: Path | None = None) -> pd.DataFrame:
    """Read the domain lexicon (term, valence, reason); one clear error per bad row."""
    path = path or paths.LEXICONS / "domain_sentiment.csv"
    frame = pd.read_csv(path, comment="#", dtype={"term": str, "reason": str}, keep_default_na=False)
    missing = {"term", "valence", "reason"} - set(frame.columns)
    if missing:
        raise LexiconError(f"{path}: missing column(s) {sorted(missing)}")
    for i, row in frame.iterrows():
        try:
            value = float(row["valence"])
        except (TypeError, ValueError):
            raise LexiconError(f"{path}: row {i + 2}: valence {row['valence']!r} is not a number") from None
        if not -4 <= value <= 4 or not str(row["term"]).strip() or not str(row["reason"]).strip():
            raise LexiconError(f"{path}: row {i + 2}: need a term, a valence in [-4, 4] and a reason")
    frame["valence"] = frame["valence"].astype(float)
    frame["term"] = frame["term"].str.strip().str.lower()
    return frame


@lru_cache(maxsize=1)
def raw_analyzer() -> SentimentIntensityAnalyzer:
    """Return NLTK's VADER with the lexicon shipped by vaderSentiment."""
    ensure_nltk_data()
    return SentimentIntensityAnalyzer(lexicon_file=LEXICON_RESOURCE)


def phrase_token(term: str) -> str:
    """Return the single token a multi-word domain term is rewritten to."""
    return "domx" + re.sub(r"[\W_]+", "x", term).strip("x")  # letters only: VADER strips punctuation only off plain words


@lru_cache(maxsize=1)
def domain_analyzer() -> tuple[SentimentIntensityAnalyzer, re.Pattern | None]:
    """Return VADER with the domain lexicon applied, and the phrase pattern to rewrite."""
    ensure_nltk_data()
    sia = SentimentIntensityAnalyzer(lexicon_file=LEXICON_RESOURCE)
    lex = read_domain_lexicon()
    phrases = []
    for term, valence in zip(lex["term"], lex["valence"]):
        if " " in term or "-" in term:
            phrases.append(term)
            sia.lexicon[phrase_token(term)] = valence
        else:
            sia.lexicon[term] = valence
    # VADER keeps zero-valence words out of its lexicon; drop them so they are neutral.
    for key in [k for k, v in sia.lexicon.items() if v == 0]:
        del sia.lexicon[key]
    pattern = None
    if phrases:
        alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)
    return sia, pattern


QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": "'", "’": "'"})
EDGE_APOSTROPHE = re.compile(r"(?<![\w])'|'(?![\w])")


def rewrite_phrases(text: str, pattern: re.Pattern | None) -> str:
    """Drop quotation marks and replace each multi-word domain term in ``text`` by its single token.

    VADER strips at most one ASCII punctuation mark from the edge of a word, so a quoted
    word (``“unusual.”``, ``'unlawful'``) would not be found in the lexicon; news text is
    full of quotation marks. Apostrophes inside words (Twitter’s) are kept, straightened.
    """
    text = EDGE_APOSTROPHE.sub(" ", text.translate(QUOTES))
    if pattern is None:
        return text
    return pattern.sub(lambda m: phrase_token(m.group(0).lower()), text)


@lru_cache(maxsize=1)
def fast_analyzers() -> tuple[FastVader, FastVader, re.Pattern | None]:
    """Return exact fast VADER scorers over NLTK's raw and domain lexicons, and the phrase pattern."""
    sia, pattern = domain_analyzer()
    return FastVader(raw_analyzer().lexicon), FastVader(sia.lexicon), pattern


def score_raw(texts: list[str], exact_nltk: bool = False) -> list[float]:
    """Return VADER's compound score for each text (``exact_nltk``: call NLTK's scorer itself)."""
    if exact_nltk:
        sia = raw_analyzer()
        return [sia.polarity_scores(t)["compound"] for t in texts]
    raw = fast_analyzers()[0]
    return [raw.compound(t) for t in texts]


def score_domain(texts: list[str], exact_nltk: bool = False) -> list[float]:
    """Return the compound score after the domain lexicon for each text."""
    if exact_nltk:
        sia, pattern = domain_analyzer()
        return [sia.polarity_scores(rewrite_phrases(t, pattern))["compound"] for t in texts]
    _, dom, pattern = fast_analyzers()
    return [dom.compound(rewrite_phrases(t, pattern)) for t in texts]


def tone(score: float, threshold: float = 0.05) -> str:
    """Map a compound score to positive / negative / neutral (VADER's usual cut-offs)."""
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"
