"""A learned check on the trigger patterns' events: drop the ones likely to be false alarms.

Why: two thirds of the events no gold event matches come from the trigger patterns (README, "The event
detector"), which the detector's threshold never reaches. For each event a pattern found, a logistic regression
(trained on the gold sets: did the event match a required gold event, or was it a false alarm?) gives the
probability ``q`` that it is a real event, from: its type, the pattern row that fired, the words around the
trigger, the sentence (headline, question, quotation marks, its speaker's side, a negation or modal word near the
trigger), the event's own columns (date basis, side, actor, count, confidence, how many events the sentence holds)
and the learned detector's probability for the type in the sentence (``helpers.event_model``). Events matching
only an optional gold event are left out of training: scoring counts them neither as hits nor as false alarms.

An event with ``q < THRESHOLD`` is dropped. An event whose type the detector finds at least ``GATE`` likely in
its sentence is kept without building its features (of the 190 events the verifier dropped on 33 of the gold
sets, 2 had such a probability): the gate keeps the run-time cost to the few events that need the check.
The threshold follows from F1 itself: dropping an event gains F1 when it is a false alarm and loses it when it is
a hit, and the two balance at ``q = F1 / 2`` (about 0.4 at the events' F1 of 0.8). The drop happens after every
event is dated (``helpers.events.extract_columns``), so the narrative time and the dates of the kept events are
those of the patterns alone. Dropped events are not kept with a lower confidence, because every consumer of the
table (the notebooks, the charts, the validation) reads all rows, and a false alarm kept with a low confidence
would still be counted and charted.

The weights live in ``data/models/event_verifier_weights.csv`` (feature,weight, plus the intercept row);
``python -m helpers train`` rebuilds it. No file, no verifier; no detector, no verifier (the detector's
probability is one of its features). Applying it needs NumPy only: a dictionary look-up per feature.
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, stance_model

if TYPE_CHECKING:
    import pandas as pd

WEIGHTS = paths.DATA / "models" / "event_verifier_weights.csv"
INTERCEPT = "(intercept)"
THRESHOLD = 0.4  # drop a pattern event whose probability of being real is below this (F1 / 2; module docstring)
GATE = 0.3  # an event whose type the detector finds at least this likely in its sentence is kept unchecked
C = 0.3  # inverse regularisation strength
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
NEGATION = re.compile(r"\b(?:not|no|never|n't|without|deny|denied|denies|refus\w*)\b", re.I)
MODAL = re.compile(r"\b(?:would|could|may|might|will|shall|should|can|if|unless|whether|threaten\w*|plan\w*|"
                   r"consider\w*|propos\w*|seek\w*|sought|urg\w*|call\w* for)\b", re.I)
QUOTE = re.compile(r"[\"“”]")


def logit(p: float) -> float:
    """log(p / (1 - p)), p kept within [1e-4, 1 - 1e-4]."""
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def sentence_triggers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, pattern row) of every trigger match in the sentence ``text``, in text order."""
    from .events import trigger_set

    return sorted((m.start(), m.end(), i) for i, m in trigger_set().matches(text))


def trigger_at(text: str, etype: str, offset: int,
               found: list[tuple[int, int, int]] | None = None) -> tuple[int, int, int]:
    """(start, end, pattern row) of the trigger of an event of type ``etype`` whose evidence starts at ``offset``
    of the sentence ``text``: the first match of a pattern of the type there (a threat made of a vow to sue:
    the legal-action pattern); (offset, offset, -1) if none. ``found``: the sentence's ``sentence_triggers``, when
    the caller has them (several events of one sentence scan it once)."""
    from .events import patterns

    triggers = patterns()
    found = sentence_triggers(text) if found is None else found
    for a, b, i in found:
        if triggers[i].event_type == etype and a >= offset - 1:
            return a, b, i
    for a, b, i in found:
        if triggers[i].event_type in (etype, "legal_action"):
            return a, b, i
    return offset, offset, -1


@lru_cache(maxsize=None)
def pattern_key(row: int) -> str:
    """A name for the trigger pattern of ``event_patterns.csv`` row ``row`` (0-based) that survives rows being
    added, moved or deleted: the first 10 hex digits of the SHA-1 of its regular expression ('none' for -1). A
    pattern edited since training gets a name the weights do not know, so only its other features count."""
    if row < 0:
        return "none"
    from .events import patterns

    return hashlib.sha1(patterns()[row].regex.pattern.encode("utf-8")).hexdigest()[:10]


def features(etype: str, text: str, offset: int, *, side: str, actor: str, date_basis: str, confidence: float,
             counted: bool, in_sentence: int, sentence_side: str, first: bool,
             probabilities: dict[str, float], found: list[tuple[int, int, int]] | None = None) -> dict[str, float]:
    """The verifier's features of one pattern event (name -> value); ``probabilities``: the detector's probability
    of each event type in the sentence."""
    a, b, row = trigger_at(text, etype, offset, found)
    f = {f"type={etype}": 1.0, f"pattern={pattern_key(row)}": 1.0}
    own = logit(probabilities.get(etype, 0.5))
    f["detector"] = own / 4
    f[f"detector*{etype}"] = own / 4
    others = [p for t, p in probabilities.items() if t != etype]
    f["detector_other"] = logit(max(others) if others else 0.5) / 4
    for w in WORD.findall(text[max(0, a - 60):a].lower())[-3:]:
        f[f"before={w}"] = 1.0
    for w in WORD.findall(text[b:b + 60].lower())[:3]:
        f[f"after={w}"] = 1.0
    f[f"trigger={text[a:b].lower()}"] = 1.0
    f[f"sentence_side={sentence_side}"] = 1.0
    negated = float(bool(NEGATION.search(text, max(0, a - 40), b + 20)))
    modal = float(bool(MODAL.search(text, max(0, a - 50), a)))
    f.update({"headline": float(first), "question": float("?" in text), "quote": float(bool(QUOTE.search(text))),
              "negation": negated, "modal": modal, f"negation*{etype}": negated, f"modal*{etype}": modal,
              f"basis={date_basis}": 1.0, f"side={side}": 1.0, "no_actor": float(not actor), "count": float(counted),
              "events_in_sentence": min(in_sentence, 4) / 4, "confidence": float(confidence)})
    return f


class Verifier:
    """The verifier's weights, ready to score events."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self.intercept = weights.get(INTERCEPT, 0.0)

    def probability(self, feats: dict[str, float]) -> float:
        """The probability that the event with these features is real."""
        get = self.weights.get
        z = self.intercept + sum(v * get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))


ModelError = stance_model.ModelError  # a malformed weights file (the message names the file and the problem)


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> Verifier | None:
    """Read the weights (``stance_model.read_weights``, one column ``weight``); None when the file does not exist."""
    table = stance_model.read_weights(Path(path or WEIGHTS), ("weight",))
    return None if table is None else Verifier({f: w[0] for f, w in table.items()})


def kept(rows: list[dict], texts, sides, starts, model) -> list[dict]:
    """The event rows of one article without the pattern events the verifier rejects (``rows``: the dated rows of
    ``helpers.events.extract_columns``, each with its sentence number in ``_sentence``; ``texts``, ``sides`` and
    ``starts``: the sentences' texts, sides and first characters; ``model``: the learned detector).

    An event whose type the detector finds at least ``GATE`` likely in its sentence is kept unchecked (the
    verifier rejects almost none of those; the features are built only for the others)."""
    verifier = load() if model is not None else None
    if verifier is None or not rows:
        return rows
    index = {t: k for k, t in enumerate(model.types)}
    gate = logit(GATE)
    drop = []
    per_sentence: dict[int, int] | None = None
    scanned: dict[int, list[tuple[int, int, int]]] = {}  # sentence number -> its trigger matches, scanned once
    for i, r in enumerate(rows):
        if r.get("_detected"):
            continue
        n = r["_sentence"]
        text = str(texts[n])
        z = model.last.get(text)
        if z is None:
            z = model.last[text] = model.logits([text])[0]
        k = index.get(r["event_type"])
        if k is not None and z[k] >= gate:
            continue
        if per_sentence is None:
            per_sentence = {}
            for other in rows:
                per_sentence[other["_sentence"]] = per_sentence.get(other["_sentence"], 0) + 1
        if n not in scanned:
            scanned[n] = sentence_triggers(text)
        probs = {t: 1.0 / (1.0 + math.exp(-float(x))) for t, x in zip(model.types, z)}
        feats = features(r["event_type"], text, int(r["char_start"]) - (int(starts[n]) if starts is not None else 0),
                         side=r["side"], actor=r["actor"] or "", date_basis=r["date_basis"],
                         confidence=r["confidence"], counted=r["count"] is not None, in_sentence=per_sentence[n],
                         sentence_side=str((sides[n] if sides is not None else "") or ""), first=n == 0,
                         probabilities=probs, found=scanned[n])
        if verifier.probability(feats) < THRESHOLD:
            drop.append(i)
    if not drop:
        return rows
    gone = set(drop)
    return [r for i, r in enumerate(rows) if i not in gone]


@contextmanager
def using(path: Path | None):
    """Within the block, events use the verifier at ``path`` (None: no verifier)."""
    global WEIGHTS
    saved = WEIGHTS
    WEIGHTS = Path(path) if path else Path("/nonexistent/event_verifier_weights.csv")
    load.cache_clear()
    try:
        yield
    finally:
        WEIGHTS = saved
        load.cache_clear()


# --- training (needs scikit-learn) -------------------------------------------------------------------


def table_rows(name: str, tables: dict[str, "pd.DataFrame"], matched: "pd.DataFrame", model) -> list[dict]:
    """One training row per pattern event of a set analysed without the verifier: set name, label (1 found,
    0 false alarm, None optional found) and features (``model``: the detector whose probabilities are used, one
    that never saw this set)."""
    import numpy as np
    import pandas as pd

    status = {(r.article, r.event_id): r.status for r in matched.itertuples()
              if isinstance(r.event_id, str) and r.status != "missed"}
    sents = tables["sentences"]
    ev = tables["events"]
    out = []
    for article, group in ev.groupby("article_id", sort=False):
        s = sents[sents["article_id"] == article]
        texts = [str(t) for t in s["text"]]
        starts = s["char_start"].to_numpy()
        sides = [str(x or "") for x in s["side"]] if "side" in s else [""] * len(texts)
        where = np.searchsorted(starts, group["char_start"].to_numpy(), side="right") - 1
        counts: dict[int, int] = {}
        for n in where:
            counts[int(n)] = counts.get(int(n), 0) + 1
        logits = model.logits(texts)
        for n, r in zip(where, group.itertuples()):
            if getattr(r, "method", "pattern") != "pattern":
                continue
            n = int(n)
            probs = {t: 1.0 / (1.0 + math.exp(-float(z))) for t, z in zip(model.types, logits[n])}
            got = status.get((article, r.event_id), "false_alarm")
            feats = features(r.event_type, texts[n], int(r.char_start) - int(starts[n]), side=r.side,
                             actor=str(r.actor or ""), date_basis=r.date_basis, confidence=float(r.confidence),
                             counted=not pd.isna(r.count),
                             in_sentence=counts[n], sentence_side=sides[n], first=n == 0, probabilities=probs)
            out.append({"set": name, "article": article, "event_id": r.event_id, "status": got,
                        "label": {"found": 1, "false_alarm": 0}.get(got), "features": feats})
    return out


def training_rows(event_rows: list, groups: int | None = None) -> list[dict]:
    """Training rows of every gold set but ``heldout``: each set's pattern events, analysed without the verifier,
    with the probabilities of a detector (``event_model.fit`` of ``event_rows``) fitted without that set
    (out of fold, as on a new article; with ``groups``, without that set's group of sets, by order: fewer fits)."""
    import tempfile

    from . import date_chooser, event_model, validation

    sets = [k for k in validation.gold_sets() if k != "heldout"]
    folders = validation.gold_sets()
    groups = groups or len(sets)
    out = []
    # the date chooser off too: it runs after the verifier, which reads the rules' date basis
    with tempfile.TemporaryDirectory() as tmp, using(None), date_chooser.using(None):
        for g in range(groups):
            names = sets[g::groups]
            model = event_model.fit([r for r in event_rows if r[0] not in names])
            event_model.write(model, Path(tmp) / "w.csv", Path(tmp) / "s.csv")
            with event_model.using(Path(tmp) / "w.csv", Path(tmp) / "s.csv"):
                loaded = event_model.load()
                for name in names:
                    matched, tables = event_model.matched_events(folders[name])
                    out += table_rows(name, tables, matched, loaded)
    return out


def fit(rows: list[dict]) -> Verifier:
    """Fit the logistic regression on the rows with a label (found or false alarm)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    use = [r for r in rows if r["label"] is not None]
    vec = DictVectorizer()
    x = vec.fit_transform([r["features"] for r in use])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [r["label"] for r in use])
    weights = {INTERCEPT: float(model.intercept_[0])}
    weights.update({str(f): float(w) for f, w in zip(vec.get_feature_names_out(), model.coef_[0]) if w != 0.0})
    return Verifier(weights)


def write_weights(path: Path, intercept: float, weights: dict[str, float]) -> Path:
    """Write a logistic regression's weights (6 decimals, features sorted after the intercept) atomically; also the
    date chooser's file format (helpers.date_chooser)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["feature", "weight"])
        out.writerow([INTERCEPT, f"{intercept:.6f}"])
        out.writerows([f, f"{w:.6f}"] for f, w in sorted(weights.items()) if f != INTERCEPT)
    tmp.replace(path)
    return path


def write(verifier: Verifier, path: Path | None = None) -> Path:
    """Write the verifier's weights (``write_weights``)."""
    path = write_weights(Path(path or WEIGHTS), verifier.intercept, verifier.weights)
    load.cache_clear()
    return path
