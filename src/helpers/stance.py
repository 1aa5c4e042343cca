"""Stance toward the blocking orders: favor / against / neutral, with the cues that decided it.

In: sentences with their side (from ``helpers.actors``). Out: per sentence ``stance``,
``stance_score`` (signed sum of cue weights: > 0 favor, < 0 against) and ``stance_cues``;
per statement the same, aggregated. Cues live in ``data/lexicons/stance_cues.csv``; a cue
may apply only when said by a given side (the same words mean opposite things).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import paths

STANCES = ("favor", "against", "neutral")


@lru_cache(maxsize=1)
def cues() -> list[tuple[re.Pattern, str, float, set[str], str]]:
    """Return the cue list: (pattern, stance, weight, sides, cue text)."""
    path = paths.LEXICONS / "stance_cues.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = []
    for i, row in frame.iterrows():
        if row["stance"] not in ("favor", "against"):
            raise ValueError(f"{path}: row {i + 2}: stance must be favor or against, not {row['stance']!r}")
        sides = set(row["sides"].split("|")) if row["sides"] not in ("", "any") else set()
        pattern = re.compile(rf"(?<!\w){re.escape(row['cue'].lower())}(?!\w)")
        out.append((pattern, row["stance"], float(row["weight"]), sides, row["cue"]))
    return out


def score_sentence(text: str, side: str) -> tuple[float, list[str]]:
    """Return the signed stance score of one sentence and the cues found."""
    low = text.lower()
    score, found = 0.0, []
    for pattern, stance, weight, sides, cue in cues():
        if sides and side not in sides:
            continue
        if pattern.search(low):
            score += weight if stance == "favor" else -weight
            found.append(cue)
    return score, found


def label(score: float) -> str:
    """Map a stance score to favor / against / neutral."""
    return "favor" if score > 0 else "against" if score < 0 else "neutral"


def score_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """Add stance, stance_score and stance_cues to a sentences table."""
    out = sentences.copy()
    results = [score_sentence(t, s) for t, s in zip(out["text"], out["side"])]
    out["stance_score"] = [r[0] for r in results]
    out["stance"] = [label(r[0]) for r in results]
    out["stance_cues"] = ["; ".join(r[1]) for r in results]
    return out


def aggregate(statements: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Add statement-level stance (sum of its sentences' scores) and cues."""
    out = statements.copy()
    grouped = sentences[sentences["statement_id"] != ""].groupby("statement_id", sort=False)
    score = grouped["stance_score"].sum()
    cues_by = grouped["stance_cues"].agg(lambda c: "; ".join(x for x in c if x))
    out["stance_score"] = out["statement_id"].map(score).fillna(0.0)
    out["stance"] = out["stance_score"].map(label)
    out["stance_cues"] = out["statement_id"].map(cues_by).fillna("")
    return out
