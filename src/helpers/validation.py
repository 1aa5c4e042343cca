"""Check every method against hand labels: side, stance, tone, events and date windows.

In: the gold files in ``data/annotations/`` (``*_statements.csv``, ``*_events.csv``, one
pair per article; rules in ``data/annotations/GUIDELINES.md``) and the pipeline's tables
for the same articles. Out: tables of matched gold vs predicted labels, per-class
precision/recall/F1 with bootstrap 95% intervals, confusion matrices, the event scores
(F1, date-window accuracy, side accuracy) and the NYT editorial check of sentiment.
"""
from __future__ import annotations

import csv

import datetime as dt
import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import cache, corpus, encoder, paths, sentiment

SEED = 20210210


def gold_paths(folder: Path | None = None) -> tuple[list[Path], list[Path]]:
    """Return the statement and event gold files in ``folder`` (sorted)."""
    folder = folder or paths.ANNOTATIONS
    return sorted(folder.glob("*_statements.csv")), sorted(folder.glob("*_events.csv"))


def read_gold(folder: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read all gold statements and events into two DataFrames (fresh copies; files read once per content)."""
    st, ev = gold_paths(folder)
    return _read_labels(_stamp(st)).copy(), _read_labels(_stamp(ev)).copy()


def _stamp(files: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Files with their size and modification time, so an edited label file is read again."""
    return tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files)


@lru_cache(maxsize=64)
def _read_labels(files: tuple[tuple[str, int, int], ...]) -> pd.DataFrame:
    """Concatenate label CSVs (all columns as text), as ``pd.read_csv(f, dtype=str, keep_default_na=False)`` of
    each file concatenated would; read with the csv module (a set holds hundreds of small files, and pandas'
    parser costs about 2 ms a file). A file whose rows do not match its header goes through pandas itself."""
    header: list[str] | None = None
    rows: list[list[str]] = []
    odd: list[pd.DataFrame] = []
    for f, _, _ in files:
        with open(f, encoding="utf-8-sig", newline="") as handle:
            lines = [r for r in csv.reader(handle) if r]
        if not lines:
            continue
        if (header is None or lines[0] == header) and all(len(r) == len(lines[0]) for r in lines[1:]):
            header = lines[0]
            rows.extend(lines[1:])
        else:
            odd.append(pd.read_csv(f, dtype=str, keep_default_na=False))
    frames = ([pd.DataFrame(rows, columns=header, dtype=str)] if header is not None else []) + odd
    if not frames:
        return pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f, _, _ in files], ignore_index=True)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


HELDOUT = paths.ANNOTATIONS / "heldout"  # the newest round of articles nobody had tuned on when it was written
ROUNDS = paths.ANNOTATIONS / "rounds"  # earlier held-out rounds, scored once unseen, then tuned on; kept out of dev


def gold_sets() -> dict[str, str | None]:
    """Return set name → gold folder (None: the dev set in data/annotations/): dev, each earlier round in
    ``rounds/`` (oldest first), then ``heldout``. Each is scored on its own: the rounds are not pooled."""
    sets: dict[str, str | None] = {"dev": None}
    def number(folder: Path) -> tuple[int, str]:  # round4 before round10
        digits = "".join(ch for ch in folder.name if ch.isdigit())
        return (int(digits) if digits else 0, folder.name)

    for folder in sorted((p.parent for p in ROUNDS.glob("*/articles") if p.is_dir()), key=number):
        sets[folder.name] = str(folder)
    if (HELDOUT / "articles").is_dir():
        sets["heldout"] = str(HELDOUT)
    return sets


def scores_by_set(sets: dict[str, str | None] | None = None, known: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per gold set (dev, earlier rounds, held-out) with its article count and headline figures
    (``known``: set name → figures already computed, e.g. the dev set's in the validation notebook)."""
    rows = []
    for name, folder in (sets or gold_sets()).items():
        st, _ = read_gold(Path(folder) if folder else None)
        figures = (known or {}).get(name) or all_scores(folder)
        rows.append({"set": name, "articles": st["article"].nunique(), **figures})
    return pd.DataFrame(rows).set_index("set")


FIRST_CONTACT = ROUNDS / "first_contact.csv"  # each round's figures when it was first scored, before anyone read it
FIRST_CONTACT_COLUMNS = ["set", "sentences", "required_events", "code_session", "scored_with",
                         "side_accuracy_gov_platform", "side_accuracy_all", "stance_macro_f1", "tone_accuracy_domain",
                         "tone_accuracy_model", "tone_accuracy_raw", "event_f1", "date_accuracy", "side_accuracy"]


def first_contact(path: Path | None = None) -> pd.DataFrame:
    """Each round's headline figures as they were when the round was first scored, while nobody had read it
    (``data/annotations/rounds/first_contact.csv``, copied from the round-by-round table of ``docs/HISTORY.md``):
    the honest record of how the methods of each session travelled to new articles. One row per round, indexed by
    set name, with the round's number in ``round``; a figure the session did not yet measure is empty (the tone
    model's before round 25). A missing file or column is a one-line error naming the file."""
    path = Path(path or FIRST_CONTACT)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no first-contact scores (the file is missing)")
    table = pd.read_csv(path)
    missing = [c for c in FIRST_CONTACT_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    numbers = table["set"].astype(str).str.extract(r"^round(\d+)$")[0]
    if numbers.isna().any():
        bad = table.loc[numbers.isna(), "set"].iloc[0]
        raise ValueError(f"{path}: set {bad!r} is not a round name like 'round12'")
    table.insert(1, "round", numbers.astype(int))
    return table.set_index("set")


def article_path(article: str, folder: Path | None = None) -> Path:
    """Return the text file of a gold article (the seed in data/articles, others beside their labels)."""
    places = [paths.ARTICLES, (folder or paths.ANNOTATIONS) / "articles", paths.ANNOTATED_ARTICLES]
    for place in places:
        for suffix in (".txt", ".md"):
            if (place / f"{article}{suffix}").exists():
                return place / f"{article}{suffix}"
    raise FileNotFoundError(f"no text for gold article {article!r} in {', '.join(map(str, places))}")


@lru_cache(maxsize=512)  # more than the gold sets: a smaller cache cycled through every set forgets them all
def _inputs_stamp(folder: str | None) -> tuple:
    """What a set's analysis and matching depend on besides the code: its label files, the lexicons and the
    model files (size and modification time of each)."""
    st, ev = gold_paths(Path(folder) if folder else None)
    knowledge = sorted((paths.DATA / "lexicons").glob("*")) + sorted((paths.DATA / "models").glob("*.csv"))
    return (str(folder or ""), _stamp(st), _stamp(ev), _stamp([f for f in knowledge if f.is_file()]),
            encoder.version_tag())


def forget_inputs() -> None:
    """Forget the remembered stamps of label, lexicon and model files (and the analysis cache's code version):
    call after writing such files in this process (``python -m helpers train``), so that the next
    ``analyzed_gold`` analyses the sets again with them."""
    _inputs_stamp.cache_clear()
    cache.code_version.cache_clear()


def analyzed_gold(folder: str | None = None) -> dict[str, pd.DataFrame]:
    """Run the pipeline on every article that has gold labels in ``folder`` (through the analysis cache).

    Remembered per folder while its labels, the lexicons and the model files are unchanged: the validation
    tables of one notebook or test session analyse each set once; treat the tables as read-only."""
    return _analyzed_gold(_inputs_stamp(folder))


@lru_cache(maxsize=512)  # as ``_inputs_stamp``: 64 was fewer than the 88 sets, so every pass analysed all again
def _analyzed_gold(stamp: tuple) -> dict[str, pd.DataFrame]:
    """``analyzed_gold`` of the folder in ``stamp`` (``_inputs_stamp``)."""
    folder = stamp[0] or None
    frame = corpus.read_corpus(gold_article_paths(Path(folder) if folder else None))
    with cache.using_folder(os.environ.get(cache.GOLD_CACHE_ENV)):  # the test suite shares one folder per run
        return cache.analyze(frame)[0]


def gold_article_paths(folder: Path | None = None) -> list[Path]:
    """The text files of the articles labelled in gold ``folder`` (None: dev), in article-name order."""
    st, ev = read_gold(folder)
    return [article_path(n, folder) for n in sorted(set(st["article"]) | set(ev["article"]))]


def locate(body: str, evidence: str, where: str) -> int:
    """Return the offset of ``evidence`` in ``body``; raise naming the gold row if absent."""
    pos = body.find(evidence)
    if pos < 0:
        raise ValueError(f"{where}: evidence {evidence[:60]!r} not found in the article text")
    return pos


def match_statements(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pair each gold sentence row with the predicted sentence that contains its evidence."""
    bodies = {r.article_id: corpus.read_article(r.path).body for r in tables["articles"].itertuples()}
    sents = tables["sentences"]
    by_article: dict[str, list[int]] = {}  # article -> row positions, in table order
    for i, aid in enumerate(sents["article_id"]):
        by_article.setdefault(aid, []).append(i)
    starts, ends = sents["char_start"].tolist(), sents["char_end"].tolist()
    records = sents.to_dict("records")
    rows = []
    for g in gold.itertuples():
        pos = locate(bodies[g.article], g.evidence, f"gold {g.article}")
        p = next(records[i] for i in by_article[g.article] if starts[i] <= pos < ends[i])  # the first that holds it
        rows.append({"article": g.article, "evidence": g.evidence, "gold_side": g.side, "pred_side": p["side"],
                     "pred_side_rule": p.get("side_rule", p["side"]),
                     "gold_speaker": g.speaker, "pred_speaker": p["speaker"], "gold_kind": g.kind,
                     "gold_stance": g.stance, "pred_stance": p["stance"], "stance_cues": p["stance_cues"],
                     "pred_stance_rule": p.get("stance_rule", p["stance"]),
                     "gold_tone": g.tone, "pred_tone_domain": sentiment.tone(p["sentiment_domain"]),
                     "pred_tone_raw": sentiment.tone(p["sentiment"]),
                     "pred_tone_model": p.get("tone") or sentiment.tone(p["sentiment_domain"]), "sentiment": p["sentiment"],
                     "sentiment_domain": p["sentiment_domain"], "text": p["text"]})
    return pd.DataFrame(rows)


def prf(gold: pd.Series, pred: pd.Series, labels: list[str]) -> pd.DataFrame:
    """Per-class precision, recall, F1 and support."""
    rows = []
    for lab in labels:
        tp = int(((gold == lab) & (pred == lab)).sum())
        fp = int(((gold != lab) & (pred == lab)).sum())
        fn = int(((gold == lab) & (pred != lab)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append({"label": lab, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                     "support": tp + fn})
    return pd.DataFrame(rows)


def macro_f1(gold: pd.Series, pred: pd.Series, labels: list[str]) -> float:
    """Macro-averaged F1 over ``labels`` present in the gold."""
    table = prf(gold, pred, labels)
    return float(table.loc[table["support"] > 0, "f1"].mean())


def resample_indices(n_rows: int, n: int = 1000, seed: int = SEED) -> np.ndarray:
    """Return an (n, n_rows) matrix of bootstrap row indices (seeded, so intervals are reproducible)."""
    return np.random.default_rng(seed).integers(0, n_rows, size=(n, n_rows))


def prf_arrays(gold: np.ndarray, pred: np.ndarray, label: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 of ``label`` along the last axis of 2-D label arrays."""
    g, p = gold == label, pred == label
    tp = (g & p).sum(axis=-1)
    fp = (~g & p).sum(axis=-1)
    fn = (g & ~p).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), 0.0)
        recall = np.where(tp + fn > 0, tp / np.maximum(tp + fn, 1), 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)
    return precision, recall, f1


def interval(draws: np.ndarray) -> tuple[float, float]:
    """Return the 2.5th and 97.5th percentiles of bootstrap draws (NaNs ignored)."""
    low, high = np.nanpercentile(draws, [2.5, 97.5])
    return float(low), float(high)


def bootstrap(frame: pd.DataFrame, stat, n: int = 1000, seed: int = SEED) -> tuple[float, float, float]:
    """Return (value, low, high): ``stat(frame)`` and its bootstrap 95% interval over rows."""
    value = float(stat(frame))
    if len(frame) < 2:
        return value, value, value
    draws = np.array([stat(frame.iloc[idx]) for idx in resample_indices(len(frame), n, seed)])
    return (value, *interval(draws))


def accuracy_ci(gold: pd.Series, pred: pd.Series, n: int = 1000) -> tuple[float, float, float]:
    """Accuracy and its bootstrap 95% interval, vectorised."""
    hits = (gold.to_numpy() == pred.to_numpy()).astype(float)
    if len(hits) < 2:
        value = float(hits.mean()) if len(hits) else float("nan")
        return value, value, value
    return (float(hits.mean()), *interval(hits[resample_indices(len(hits), n)].mean(axis=1)))


def macro_f1_ci(gold: pd.Series, pred: pd.Series, labels: list[str], n: int = 1000) -> tuple[float, float, float]:
    """Macro-F1 over the classes present in each resample, with a bootstrap 95% interval."""
    g, p = gold.to_numpy().astype(str), pred.to_numpy().astype(str)
    value = macro_f1(gold, pred, labels)
    if len(g) < 2:
        return value, value, value
    idx = resample_indices(len(g), n)
    gs, ps = g[idx], p[idx]
    f1s = np.stack([prf_arrays(gs, ps, lab)[2] for lab in labels])
    present = np.stack([(gs == lab).any(axis=1) for lab in labels])
    draws = np.where(present, f1s, np.nan)
    with np.errstate(invalid="ignore"):
        return (value, *interval(np.nanmean(draws, axis=0)))


def prf_with_ci(frame: pd.DataFrame, gold: str, pred: str, labels: list[str], n: int = 1000) -> pd.DataFrame:
    """Per-class P/R/F1 with bootstrap 95% intervals (rows resampled), vectorised."""
    table = prf(frame[gold], frame[pred], labels)
    g, p = frame[gold].to_numpy().astype(str), frame[pred].to_numpy().astype(str)
    idx = resample_indices(max(len(g), 1), n)
    for i, lab in enumerate(labels):
        draws = prf_arrays(g[idx], p[idx], lab) if len(g) > 1 else tuple(np.full(n, table.loc[i, m]) for m in ("precision", "recall", "f1"))
        for metric, values in zip(("precision", "recall", "f1"), draws):
            table.loc[i, f"{metric}_low"], table.loc[i, f"{metric}_high"] = interval(np.asarray(values, dtype=float))
    return table


def confusion(frame: pd.DataFrame, gold: str, pred: str, labels: list[str]) -> pd.DataFrame:
    """Confusion matrix: rows gold, columns predicted."""
    return pd.crosstab(frame[gold], frame[pred]).reindex(index=labels, columns=labels, fill_value=0)


def statement_scores(matched: pd.DataFrame) -> dict[str, float]:
    """Headline figures: side accuracy (gov+platform, all), stance macro-F1, tone accuracy."""
    gp = matched[matched["gold_side"].isin(["government", "platform"])]
    labelled = matched[matched["gold_stance"] != ""]
    toned = matched[matched["gold_tone"] != ""]
    right = matched[(matched["gold_side"] != "narrator") & (matched["gold_side"] == matched["pred_side"])]
    spoken = pd.Series([speaker_agrees(g, p) for g, p in zip(right["gold_speaker"], right["pred_speaker"])], dtype=bool)
    return {
        "side_accuracy_gov_platform": float((gp["gold_side"] == gp["pred_side"]).mean()),
        "side_accuracy_all": float((matched["gold_side"] == matched["pred_side"]).mean()),
        "stance_macro_f1": macro_f1(labelled["gold_stance"], labelled["pred_stance"], ["favor", "against", "neutral"]),
        "tone_accuracy_domain": float((toned["gold_tone"] == toned["pred_tone_domain"]).mean()),
        "tone_accuracy_raw": float((toned["gold_tone"] == toned["pred_tone_raw"]).mean()),
        "tone_accuracy_model": float((toned["gold_tone"] == toned["pred_tone_model"]).mean()),
        "speaker_agreement": float(spoken.mean()) if len(spoken) else float("nan"),
        "n_sentences": len(matched), "n_stance": len(labelled), "n_tone": len(toned),
    }


NAME_STOP = frozenset("the of and a an for in on at to its his her their mr ms mrs dr shri smt prof it s".split())


@lru_cache(maxsize=1)
def _aliases_by_name() -> dict[str, tuple[str, ...]]:
    """display name → the names and aliases of that registered actor (``actors.csv``)."""
    from . import actors

    out: dict[str, list[str]] = {}
    for alias, actor in actors.entries().items():
        if actor.type == "named":
            out.setdefault(actor.name, [actor.name]).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if w not in NAME_STOP)


def speaker_agrees(gold: str, pred: str) -> bool:
    """True when the predicted speaker names the labelled one: the two names, or the gold name and one of the
    predicted actor's aliases in ``actors.csv`` ("IT Minister" is "Ravi Shankar Prasad"), share a word other
    than articles and titles. Rough by design (a name's first word can be a place: "Delhi Police" and "Delhi
    High Court" agree); two empty names agree."""
    g = _name_words(gold or "")
    names = _aliases_by_name().get(pred, (pred or "",))
    if not g:
        return not _name_words(pred or "")
    return any(g & _name_words(n) for n in names)


def within_day(gold: str, pred: str) -> bool:
    """True when a gold bound is open, or the predicted bound is within one day of it."""
    if not gold:
        return True
    if not pred:
        return False
    return abs((dt.date.fromisoformat(gold) - dt.date.fromisoformat(pred)).days) <= 1


def match_events(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Match predicted events to gold events (same type, evidence contains the gold evidence).

    Returns one row per gold event and one per unmatched predicted event, with a
    ``status`` of found / missed / optional_found / optional_missed / false_alarm.
    """
    pred = tables["events"]
    records = pred.to_dict("records")
    by_kind: dict[tuple[str, str], list[dict]] = {}  # (article, type) -> predicted events, in table order
    for r in records:
        by_kind.setdefault((r["article_id"], r["event_type"]), []).append(r)
    used: set[tuple[str, str]] = set()
    rows = []
    ordered = pd.concat([gold[gold["required"] != "optional"], gold[gold["required"] == "optional"]])
    for g in ordered.itertuples():
        cand = [r for r in by_kind.get((g.article, g.event_type), [])
                if g.evidence in r["evidence"] and (g.article, r["event_id"]) not in used]
        optional = g.required == "optional"
        row = {"article": g.article, "event_type": g.event_type, "gold_side": g.side, "gold_actor": g.actor,
               "gold_date_min": g.date_min, "gold_date_max": g.date_max, "gold_count": g.count,
               "gold_unit": g.unit, "evidence": g.evidence, "required": g.required}
        if not cand:
            rows.append({**row, "status": "optional_missed" if optional else "missed"})
            continue
        p = cand[0]
        used.add((g.article, p["event_id"]))
        date_ok = within_day(g.date_min, p["date_start"]) and within_day(g.date_max, p["date_end"])
        rows.append({**row, "status": "optional_found" if optional else "found", "event_id": p["event_id"],
                     "pred_side": p["side"], "pred_actor": p["actor"], "pred_date_start": p["date_start"],
                     "pred_date_end": p["date_end"], "date_basis": p["date_basis"], "date_ok": date_ok,
                     "pred_count": p["count"], "pred_unit": p["count_unit"]})
    gold_articles = set(gold["article"])
    for p in pred[pred["article_id"].isin(gold_articles)].itertuples():
        if (p.article_id, p.event_id) not in used:
            rows.append({"article": p.article_id, "event_type": p.event_type, "status": "false_alarm",
                         "event_id": p.event_id, "pred_side": p.side, "pred_actor": p.actor, "evidence": p.evidence,
                         "pred_date_start": p.date_start, "pred_date_end": p.date_end})
    return pd.DataFrame(rows)


def event_scores(matched: pd.DataFrame) -> dict[str, float]:
    """Event precision/recall/F1 (optional gold neither missed nor false alarm), dates, sides."""
    tp = int((matched["status"] == "found").sum())
    fn = int((matched["status"] == "missed").sum())
    fp = int((matched["status"] == "false_alarm").sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    found = matched[matched["status"].isin(["found", "optional_found"])]
    return {"event_precision": p, "event_recall": r, "event_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "date_accuracy": float(found["date_ok"].astype(bool).mean()) if len(found) else 0.0,
            "side_accuracy": float((found["gold_side"] == found["pred_side"]).mean()) if len(found) else 0.0,
            "n_gold_required": tp + fn, "n_found": tp, "n_false_alarms": fp}


@lru_cache(maxsize=16)
def matched_sentences(folder: str | None = None) -> pd.DataFrame:
    """The gold sentences of the set in ``folder`` paired with the pipeline's sentences (``match_statements``).

    Remembered per folder (as ``analyzed_gold``): the headline figures and the rules-vs-model table share it;
    treat the frame as read-only.
    """
    return _matched_sentences(_inputs_stamp(folder))


@lru_cache(maxsize=64)
def _matched_sentences(stamp: tuple) -> pd.DataFrame:
    """``matched_sentences`` of the folder in ``stamp`` (``_inputs_stamp``)."""
    folder = stamp[0] or None
    return match_statements(read_gold(Path(folder) if folder else None)[0], analyzed_gold(folder))


def stance_methods(sets: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Stance macro-F1 of the cue rules alone and of rules + learned model, per gold set.

    ``trained_on`` marks the sets the shipped model was fitted on (all but ``heldout``): their rules + model
    figure is a training figure; the held-out row and the leave-one-set-out file (``stance_model.CV``)
    are the honest ones.
    """
    labels = ["favor", "against", "neutral"]
    rows = []
    for name, folder in (sets or gold_sets()).items():
        m = matched_sentences(folder)
        m = m[m["gold_stance"] != ""]
        rows.append({"set": name, "sentences": len(m), "trained_on": name != "heldout",
                     "rules": macro_f1(m["gold_stance"], m["pred_stance_rule"], labels),
                     "rules_and_model": macro_f1(m["gold_stance"], m["pred_stance"], labels)})
    return pd.DataFrame(rows).set_index("set")


def side_methods(sets: dict[str, str | None] | None = None) -> pd.DataFrame:
    """Side accuracy (government + platform sentences, all sentences) of the attribution rules alone and with
    the speaker model (``helpers.speaker_model``) placing the speakers they left ``other``, per gold set.

    As in ``stance_methods``, ``trained_on`` marks training figures; the held-out row and the
    leave-one-set-out file (``speaker_model.CV``) are the honest ones.
    """
    rows = []
    for name, folder in (sets or gold_sets()).items():
        m = matched_sentences(folder)
        gp = m[m["gold_side"].isin(["government", "platform"])]
        rows.append({"set": name, "sentences": len(m), "trained_on": name != "heldout",
                     "gov_platform_rules": (gp["gold_side"] == gp["pred_side_rule"]).mean(),
                     "gov_platform_with_model": (gp["gold_side"] == gp["pred_side"]).mean(),
                     "all_rules": (m["gold_side"] == m["pred_side_rule"]).mean(),
                     "all_with_model": (m["gold_side"] == m["pred_side"]).mean()})
    return pd.DataFrame(rows).set_index("set")


def all_scores(folder: str | None = None) -> dict[str, float]:
    """Every headline figure (statements and events) on the gold set in ``folder``."""
    _, ev = read_gold(Path(folder) if folder else None)
    return {**statement_scores(matched_sentences(folder)), **event_scores(match_events(ev, analyzed_gold(folder)))}


def read_nyt(path: Path | None = None) -> pd.DataFrame:
    """Read the NYT editorial snippets with their mean human rating (id, rating, text)."""
    path = path or paths.nyt_benchmark()
    return pd.read_csv(path, sep="\t", header=None, names=["id", "rating", "text"], quoting=3,
                       encoding="utf-8", dtype={"id": str, "rating": float, "text": str})


def nyt_check(path: Path | None = None) -> dict[str, float]:
    """Correlation (Pearson r) of raw and domain VADER with the human mean on the NYT set."""
    nyt = read_nyt(path)
    raw = np.array(sentiment.score_raw(nyt["text"].tolist()))
    dom = np.array(sentiment.score_domain(nyt["text"].tolist()))
    return {"n": len(nyt), "r_raw": float(np.corrcoef(raw, nyt["rating"])[0, 1]),
            "r_domain": float(np.corrcoef(dom, nyt["rating"])[0, 1])}


def nyt_available(path: Path | None = None) -> bool:
    """True when the NYT editorial benchmark file is present."""
    return (path or paths.nyt_benchmark()).exists()


def tone_comparison(matched: pd.DataFrame) -> pd.DataFrame:
    """Raw VADER, domain VADER and the learned tone model on the hand-toned sentences: accuracy and per-class F1."""
    toned = matched[matched["gold_tone"] != ""]
    labels = ["positive", "neutral", "negative"]
    rows = []
    for method, column in (("raw VADER", "pred_tone_raw"), ("VADER + domain lexicon", "pred_tone_domain"),
                           ("tone model (column tone)", "pred_tone_model")):
        table = prf(toned["gold_tone"], toned[column], labels)
        row = {"method": method, "accuracy": float((toned["gold_tone"] == toned[column]).mean()) if len(toned) else 0.0,
               "macro_f1": macro_f1(toned["gold_tone"], toned[column], labels) if len(toned) else 0.0}
        row.update({f"f1_{lab}": float(f) for lab, f in zip(table["label"], table["f1"])})
        rows.append(row)
    return pd.DataFrame(rows)


def headline_intervals(matched: pd.DataFrame, n: int = 1000) -> pd.DataFrame:
    """The headline statement scores with bootstrap 95% intervals (metric, value, low, high, n)."""
    gp = matched[matched["gold_side"].isin(["government", "platform"])]
    labelled = matched[matched["gold_stance"] != ""]
    toned = matched[matched["gold_tone"] != ""]
    acc = lambda gold, pred: lambda f: accuracy_ci(f[gold], f[pred], n)  # noqa: E731
    stance = lambda f: macro_f1_ci(f["gold_stance"], f["pred_stance"], ["favor", "against", "neutral"], n)  # noqa: E731
    specs = [("side accuracy (government + platform)", gp, acc("gold_side", "pred_side")),
             ("side accuracy (all sentences)", matched, acc("gold_side", "pred_side")),
             ("stance macro-F1", labelled, stance),
             ("tone accuracy, domain lexicon", toned, acc("gold_tone", "pred_tone_domain")),
             ("tone accuracy, raw VADER", toned, acc("gold_tone", "pred_tone_raw"))]
    rows = []
    for metric, frame, stat in specs:
        if len(frame):
            value, low, high = stat(frame)
            rows.append({"metric": metric, "value": value, "low": low, "high": high, "n": len(frame)})
    return pd.DataFrame(rows, columns=["metric", "value", "low", "high", "n"])


def examples(matched: pd.DataFrame, gold: str, pred: str, per_class: int = 2) -> pd.DataFrame:
    """A few sentences per gold class, misses first, so a reader sees what the labels mean."""
    frame = matched[matched[gold] != ""].assign(correct=lambda f: f[gold] == f[pred])
    frame = frame.sort_values([gold, "correct", "article", "evidence"], kind="stable")
    picked = frame.groupby(gold, sort=True).head(per_class)
    return picked[["article", gold, pred, "correct", "text"]].reset_index(drop=True)
