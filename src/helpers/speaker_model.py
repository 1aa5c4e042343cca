"""A learned side for speakers the attribution rules could not place: government, platform or other.

Why: the rules give every named speaker they do not know the side ``other`` (the issue asks for that: an
unknown named speaker is ``other``, with the name as the speaker). On the rounds of hand-labelled articles
nobody had read, that default was the largest single source of side errors on the government's and the
platforms' sentences: about 220 of 2,200 (rounds 4–34), spoken by invented platforms ("Maplane", "Quillet"),
their staff ("Pavel Ruden, the company's regional counsel"), chairs of bodies known by initials ("COA chair
Dr. Selma Vantrup") and officials named once ("Spokeswoman Lidia Renn"). What decides their side is mostly how
the article introduces them, little of what they say: people who speak for rights groups and newsrooms also
say "we" and "our users".

What it reads, for one speaker of one article (``features``): the words within ``WINDOW`` words before
(``b:``) and after (``a:``) every mention of the speaker in the article (the whole name, and its last
capitalised word, so "Ms. Voss" finds "MSA chair Katrin Voss"), and the ``NEAR`` nearest of them again
(``b1:``, ``a1:``: "chair", "spokeswoman"); the words within ``ORG_WINDOW`` words of every
mention of the other capitalised words of those windows (``o:``: "Maplane's chief executive" brings in what
the article says around "Maplane", such as "the navigation app"); and the words of the speaker's name
(``n:``); and of the speaker's own sentences only the word after a first-person word (``our:``: "our users",
"our laws", "we comply"). Every word of those sentences made it take activists, who also say "we" and "our
users", for platforms; the word after "our" alone added +0.005 of the two parties' sentences per set.

What it changes: a speaker whom the rules left ``other`` gets the side the model gives at least
``THRESHOLD`` probability, if that side is government or platform; every sentence of that speaker follows.
The rules' side stays in the ``side_rule`` column. Leave-one-set-out on the training rounds (``python -m
helpers train --cv``, ``data/models/speaker_cv.csv``; README, "How each method works, and how well").

The weights live in ``data/models/speaker_weights.csv`` (feature, government, platform, other). No file, no
model: the rules' sides stand. Fitting needs scikit-learn (``python -m helpers train``); applying needs NumPy.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import numpy as np

from . import event_model, paths, stance_model
from .text import is_word_char

CLASSES = ("government", "platform", "other")
WEIGHTS = paths.DATA / "models" / "speaker_weights.csv"
CV = paths.DATA / "models" / "speaker_cv.csv"  # leave-one-set-out figures written by `python -m helpers train --cv`
WINDOW = 6  # words read on each side of a mention of the speaker (leave-one-set-out: 4–8 within a few sentences)
NEAR = 2  # the nearest words on each side are read again as features of their own ("chair", "spokeswoman")
ORG_WINDOW = 3  # words read on each side of a mention of a capitalised word found near the speaker
THRESHOLD = 0.5  # probability a side needs to replace the rules' ``other`` (0.4 doubled the wrong changes)
C = 0.3  # inverse regularisation strength of the logistic regression
MIN_DF = 2  # a feature must occur in at least this many training speakers
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+")
WORD_PIECES = re.compile(f"({WORD.pattern})")  # ``Words``: the text between the words and the words, in turn
CAPITALISED = re.compile(r"[A-Z][A-Za-z'’\-]*")
POSSESSIVE = re.compile(r"['’]s$")
FIRST_PERSON = re.compile(r"\b(?:our|my|we|we're|we've|us)\s+(\w+)", re.IGNORECASE)  # "our users", "our laws"
NOT_NAMES = frozenset({"the", "mr", "ms", "dr", "a", "an", "in", "on"})  # capitalised words that name nothing

ModelError = stance_model.ModelError  # a malformed weights file (the message names the file and the problem)


def keys_of(speaker: str) -> list[str]:
    """The strings a speaker is found by in its article: the whole name and its last capitalised word (longer
    than two letters each), in that order."""
    caps = [w for w in WORD.findall(speaker) if w[:1].isupper()]
    keys = [speaker.strip()] + ([caps[-1]] if caps else [])
    return [k for k in dict.fromkeys(keys) if len(k) > 2]


class Words:
    """An article's words with their offsets, tokenised once for all its speakers."""

    def __init__(self, body: str) -> None:
        self.body = body
        # one ``split`` gives the words (every other piece: WORD_PIECES is WORD as its one group, and it matches no
        # empty string) and, through the running sum of the pieces' lengths, where each starts: the same lists as
        # ``WORD.findall`` and the starts of ``WORD.finditer``, without a Match object per word (session 21)
        pieces = WORD_PIECES.split(body)
        self.words = pieces[1::2]  # as written; ``lower`` gives the form the features use
        self.starts = list(accumulate(map(len, pieces[:-1])))[::2]

    def lower(self, i: int, j: int) -> list[str]:
        """Words i to j (exclusive), lower-cased, curly apostrophes straightened."""
        return [w.lower().replace("’", "'") for w in self.words[max(0, i):j]]

    def end(self, i: int) -> int:
        """The offset just after word ``i``."""
        return self.starts[i] + len(self.words[i])

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Word indexes [i, j) of the text between ``start`` and ``end``: the words read before it end at i,
        those after it start at j."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def mentions(self, key: str) -> list[tuple[int, int]]:
        """Offsets (start, end) of every whole-word occurrence of ``key`` in the body: the matches of
        ``(?<!\\w)key(?!\\w)``, found with str.find (a pattern compiled per name cost more than the rest)."""
        body, size, out = self.body, len(key), []
        at = body.find(key)
        while at >= 0:
            end = at + size
            if (at == 0 or not is_word_char(body[at - 1])) and (end == len(body) or not is_word_char(body[end])):
                out.append((at, end))
                at = body.find(key, end)
            else:
                at = body.find(key, at + 1)
        return out


def features(body: str | Words, speaker: str, said: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The features of one speaker of one article (see the module's docstring), each once; ``said``: the
    texts of the speaker's sentences."""
    words = body if isinstance(body, Words) else Words(body)
    out, orgs, n = [], {}, len(words.starts)
    for key in keys_of(speaker):
        for start, end in words.mentions(key):
            i, j = words.around(start, end)
            before, after = words.lower(i - WINDOW, i), words.lower(j, j + WINDOW)
            out += [f"b:{t}" for t in before]
            out += [f"a:{t}" for t in after]
            out += [f"b1:{t}" for t in before[-NEAR:]] + [f"a1:{t}" for t in after[:NEAR]]
            lo = words.starts[i - WINDOW] if i >= WINDOW else 0
            hi = words.end(min(n - 1, j + WINDOW)) if n else 0
            for cap in CAPITALISED.findall(words.body[lo:hi]):
                cap = POSSESSIVE.sub("", cap)
                if len(cap) > 1 and cap not in speaker and cap.lower() not in NOT_NAMES:
                    orgs[cap] = None
    for cap in orgs:
        for start, end in words.mentions(cap):
            i, j = words.around(start, end)
            out += [f"o:{t}" for t in words.lower(i - ORG_WINDOW, i) + words.lower(j, j + ORG_WINDOW)]
    out += [f"n:{w.lower().replace('’', chr(39))}" for w in WORD.findall(speaker)]
    out += [f"our:{m.group(1).lower()}" for text in said for m in FIRST_PERSON.finditer(text)]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> dict[str, tuple[float, float, float]] | None:
    """Read the weights file into feature → (government, platform, other) weights; None if there is none."""
    return stance_model.read_weights(Path(path or WEIGHTS), CLASSES)  # type: ignore[return-value]


def probabilities(docs: list[list[str]], table) -> np.ndarray:
    """Class probabilities (n × 3: government, platform, other) of many speakers' feature lists."""
    m = stance_model.matrix_of(table)
    rows = [[0, *filter(None, map(m.index.get, dict.fromkeys(d)))] for d in docs]
    return stance_model.softmax_of_rows(m.matrix, rows)


def decide(probs, focal: bool = False) -> str | None:
    """The side the model gives a speaker the rules left ``other``: government or platform with at least
    ``THRESHOLD`` probability, else None (the rules' ``other`` stands). In an article about a registered
    platform (``focal``: ``actors.focal_platforms(body, registered=True)``) another company stays ``other``, as the guidelines say (the
    rules already give that platform's staff its side; leave-one-set-out, no platform the model placed in such
    an article was right)."""
    k = int(np.argmax(probs))
    if CLASSES[k] == "other" or probs[k] < THRESHOLD or (focal and CLASSES[k] == "platform"):
        return None
    return CLASSES[k]


def unplaced(sides: list[str], speakers: list[str], texts: list[str] | None = None, body: str | None = None) -> list[str]:
    """The named speakers the rules left ``other``, in order of first appearance; with the article's sentence
    ``texts``, not those the article itself describes as observers, unnamed sources or rival companies
    (``stance.relay_speakers``: "Dr. Hana Lind, who teaches constitutional law"), whom the guidelines make
    ``other`` whatever words surround them (session 9: left out of training, one such speaker of fifteen answers
    was placed on the government's side)."""
    names = list(dict.fromkeys(sp for sd, sp in zip(sides, speakers) if sd == "other" and sp))
    if names and texts is not None:
        from .stance import relay_speakers

        relay = relay_speakers([str(t) for t in texts], list(speakers), list(sides))
        names = [n for n in names if n not in relay]
    if names and body is not None:  # with the article's ``body``: not the people it introduces by a former post
        from .actors import PERSON_SPEAKER, former_people  # ("Dr. Leona Brandt chaired the committee from 2015 to
        # 2020"): ``other`` by the guidelines (session 15: leave-one-set-out placed one such chair on the government's side)
        people = [n for n in names if PERSON_SPEAKER.fullmatch(n) and len(n.split()) >= 2]
        former = former_people(body, people) if people else set()
        names = [n for n in names if n not in former]
    return names


def apply_columns(body: str, cols: dict[str, list]) -> dict[str, list]:
    """Return the attributed sentence columns with ``side_rule`` (the rules' side) added and ``side`` changed
    for the speakers the model places (see the module's docstring)."""
    sides, speakers = list(cols["side"]), cols["speaker"]
    out = {**cols, "side": sides, "side_rule": list(cols["side"])}
    table = load()
    names = unplaced(sides, speakers, cols["text"], body) if table is not None else []
    if not names:
        return out
    from .actors import focal_platforms

    words, said, wanted = Words(body), {}, set(names)
    for sp, text in zip(speakers, cols["text"]):
        if sp in wanted:
            said.setdefault(sp, []).append(str(text))
    probs = probabilities([features(words, n, said[n]) for n in names], table)
    focal = bool(focal_platforms(body, registered=True)) if any(decide(p) == "platform" for p in probs) else False
    placed = {n: decide(p, focal) for n, p in zip(names, probs)}
    for i, (sd, sp) in enumerate(zip(sides, speakers)):
        if sd == "other" and placed.get(sp):
            sides[i] = placed[sp]
    return out


def placed(sentences):
    """The sentences whose side the model gave (``side`` differs from the rules' ``side_rule``), with the columns
    a reader checks them by; empty for tables written without a ``side_rule`` column."""
    cols = ["article_id", "sentence_id", "speaker", "side_rule", "side", "text"]
    if "side_rule" not in sentences.columns:
        return sentences.iloc[0:0].reindex(columns=cols)
    return sentences.loc[sentences["side"] != sentences["side_rule"], cols]


# --- training (needs scikit-learn) -------------------------------------------------------------------

Row = tuple[str, list[str], str, list[str], bool]  # (gold set, features, label, gold sides of the speaker's
# sentences, whether the article is about a registered platform)


def label_of(gold_sides: list[str]) -> str:
    """A speaker's label: the most frequent gold side of its sentences (the first on a tie), narrator → other."""
    side = Counter(gold_sides).most_common(1)[0][0]
    return side if side in ("government", "platform") else "other"


def training_rows(sets: dict[str, str | None] | None = None) -> list[Row]:
    """One row per speaker the rules left ``other`` in each labelled article of ``sets`` (default: every gold
    set but ``heldout``) that has at least one gold-labelled sentence."""
    from . import actors, corpus, validation

    if sets is None:
        sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout"}
    rows: list[Row] = []
    for name, folder in sets.items():
        tables = validation.analyzed_gold(folder)
        matched = validation.matched_sentences(folder)
        gold: dict[tuple[str, str], list[str]] = {}
        for r in matched.itertuples():
            if r.pred_side_rule == "other" and r.pred_speaker:
                gold.setdefault((r.article, r.pred_speaker), []).append(r.gold_side)
        by_article = dict(tuple(tables["sentences"].groupby("article_id", sort=False)))
        for art in tables["articles"].itertuples():
            mine = by_article.get(art.article_id)
            if mine is None:
                continue
            names = unplaced(mine["side_rule"].tolist(), mine["speaker"].tolist(), mine["text"].tolist())
            names = [n for n in names if (art.article_id, n) in gold]
            if names:
                body = corpus.read_article(art.path).body
                names = unplaced(["other"] * len(names), names, None, body)
                words, focal = Words(body), bool(actors.focal_platforms(body, registered=True))
                rows += [(name, features(words, n, mine.loc[mine["speaker"] == n, "text"].tolist()),
                          label_of(gold[(art.article_id, n)]), gold[(art.article_id, n)], focal) for n in names]
    return rows


def fit(rows: list[Row]) -> dict[str, tuple[float, float, float]]:
    """Fit the logistic regression on training ``rows`` and return its weights table."""
    return stance_model.fit_weights([r[1] for r in rows], [r[2] for r in rows], CLASSES, C,
                                    MIN_DF)  # type: ignore[return-value]


def write(table: dict[str, tuple[float, float, float]], path: Path | None = None) -> Path:
    """Write a weights table (rounded to 6 decimals, sorted by feature) atomically to ``path``."""
    path = stance_model.write_weights(table, Path(path or WEIGHTS), CLASSES)
    load.cache_clear()
    return path


def cross_validate(rows: list[Row], sentences: dict[str, tuple[int, int, int, int]]) -> list[dict]:
    """Leave-one-set-out: train on the other sets, place the left-out set's speakers, and count what changes.

    ``sentences`` gives, per set, the gold-labelled sentences (all, government + platform) and how many of
    each the rules' sides get right; the figures say how many the model's changes add to each."""
    out = []
    for name in dict.fromkeys(r[0] for r in rows):
        test = [r for r in rows if r[0] == name]
        probs = probabilities([r[1] for r in test], fit([r for r in rows if r[0] != name]))
        gained = lost = changed = 0
        for r, p in zip(test, probs):
            side = decide(p, r[4])
            if side:
                changed += 1
                gained += sum(g == side for g in r[3])
                lost += sum(g == "other" for g in r[3])
        n_all, n_gp, ok_all, ok_gp = sentences[name]
        out.append({"left_out": name, "speakers": len(test), "placed": changed,
                    "gov_platform_rules": round(ok_gp / n_gp, 3), "gov_platform_model": round((ok_gp + gained) / n_gp, 3),
                    "all_rules": round(ok_all / n_all, 3), "all_model": round((ok_all + gained - lost) / n_all, 3)})
    return out


def rule_accuracy(sets: dict[str, str | None] | None = None) -> dict[str, tuple[int, int, int, int]]:
    """Per gold set: (sentences, government + platform sentences, right by the rules' sides, of them gov + plat)."""
    from . import validation

    if sets is None:
        sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout"}
    out = {}
    for name, folder in sets.items():
        m = validation.matched_sentences(folder)
        ok = m["gold_side"] == m["pred_side_rule"]
        gp = m["gold_side"].isin(["government", "platform"])
        out[name] = (len(m), int(gp.sum()), int(ok.sum()), int((ok & gp).sum()))
    return out


def write_cv(figures: list[dict], path: Path | None = None) -> Path:
    """Write the leave-one-set-out figures (set, speakers, placed, side accuracies of rules and rules + model)."""
    return event_model.write_cv(figures, Path(path or CV))


def cross_validation_table(path: Path | None = None):
    """The leave-one-set-out figures of the last ``train --cv`` as a DataFrame (empty if never run)."""
    import pandas as pd

    path = Path(path or CV)
    return pd.read_csv(path) if path.exists() else pd.DataFrame(
        columns=["left_out", "speakers", "placed", "gov_platform_rules", "gov_platform_model", "all_rules", "all_model"])
