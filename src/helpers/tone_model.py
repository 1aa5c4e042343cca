"""A learned tone model: positive / negative / neutral per sentence, trained on the project's hand labels.

Why: ``sentiment_domain`` (VADER after the domain lexicon) is the contract's sentiment score and stays as it is.
Read as a tone (compound ≥ 0.05 positive, ≤ -0.05 negative, else neutral) it agrees with the annotators on about
0.68 of the speakers' sentences of rounds nobody had read, and no lexicon entry fixes most of its misses: they
are rebukes and warnings in plain words ("They chose to answer with a blog post."), or procedure that VADER
reads as feeling ("the immediate threat to public order had passed"). A linear model that sees the words, the
domain score, who speaks and the stance the cue rules found agrees on about 0.75 of them, leave-one-set-out
(``python -m helpers train --cv``; README, "How each method works, and how well").

What it reads, for one sentence: its words (negation scopes marked as in ``helpers.stance_model``) and word
pairs; the domain and raw VADER compounds, each as one of five bands (``band``); the speaker's side; and the
stance of the cue rules (``stance_rule``), alone and paired with the side. It never reads the learned stance:
that model was trained on the same sentences, and its answers there are better than anywhere else.

What it writes: ``tone`` (positive / negative / neutral) and ``tone_score`` (P(positive) − P(negative)) for
every sentence a speaker says; a statement's tone is that of the mean of its sentences' probabilities.
Narrator sentences have no tone labels to learn from: their tone is the domain score's band, as before.
In the opt-in encoder mode (``helpers.encoder``) the speakers' probabilities are fused with a fine-tuned sentence
encoder's before ``tone`` and ``tone_score`` are read from them.

The weights live in ``data/models/tone_weights.csv`` (feature, positive, negative, neutral); ``python -m helpers
train`` rebuilds it (scikit-learn only to train; applying it needs NumPy). No file, no model: every sentence's
tone is read from ``sentiment_domain``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from . import encoder, event_model, paths, stance_model

CLASSES = ("positive", "negative", "neutral")
WEIGHTS = paths.DATA / "models" / "tone_weights.csv"
CV = paths.DATA / "models" / "tone_cv.csv"  # leave-one-set-out figures written by `python -m helpers train --cv`
INTERCEPT = stance_model.INTERCEPT
C = 0.3  # inverse regularisation strength (leave-one-set-out: 0.1–1 and the class weighting all within 0.01)
MIN_DF = 2  # a feature must occur in at least this many training sentences
BANDS = ((-0.5, "--"), (-0.05, "-"), (0.05, "0"), (0.5, "+"))  # upper bounds (inclusive below 0, exclusive above)


ModelError = stance_model.ModelError  # a malformed weights file (the message names the file and the problem)


def band(score: float) -> str:
    """One of five bands of a compound score: -- (≤ -0.5), - (≤ -0.05), 0, + (< 0.5), ++."""
    if score <= -0.5:
        return "--"
    if score <= -0.05:
        return "-"
    if score < 0.05:
        return "0"
    return "+" if score < 0.5 else "++"


def threshold_label(score: float) -> str:
    """The tone the issue's rule reads from a compound score: ≥ 0.05 positive, ≤ -0.05 negative, else neutral."""
    return "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"


def features(text: str, side: str, domain: float, raw: float, rule_stance: str) -> list[str]:
    """The features of one sentence (see the module's docstring)."""
    ws = stance_model.marked_words(text)
    side = side or "none"
    return [*ws, *(f"{a}__{b}" for a, b in zip(ws, ws[1:])), f"DOMAIN={band(domain)}", f"RAW={band(raw)}",
            f"SIDE={side}", f"STANCE={rule_stance}", f"STANCE={rule_stance}|SIDE={side}"]


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> dict[str, tuple[float, float, float]] | None:
    """Read the weights file into feature → (positive, negative, neutral) weights; None if there is none."""
    return stance_model.read_weights(Path(path or WEIGHTS), CLASSES)  # type: ignore[return-value]


def batch_probabilities(docs: list[list[str]], table) -> np.ndarray:
    """Class probabilities (n × 3: positive, negative, neutral) of many sentences' feature lists."""
    m = stance_model.matrix_of(table)  # the same weights matrix (and its cache) as the stance model's
    rows = [[0, *filter(None, map(m.index.get, dict.fromkeys(d)))] for d in docs]
    return stance_model.softmax_of_rows(m.matrix, rows)


def rows(m: stance_model.Matrix, text: str, side: str, domain: float, raw: float, rule_stance: str) -> list[int]:
    """The matrix rows ``batch_probabilities`` sums for ``features(text, side, domain, raw, rule_stance)``, the
    intercept first, found without building the strings of the word features (``Matrix.word_rows``). The five
    features after the words are distinct strings, so each is looked up once."""
    side = side or "none"
    tail = (f"DOMAIN={band(domain)}", f"RAW={band(raw)}", f"SIDE={side}", f"STANCE={rule_stance}",
            f"STANCE={rule_stance}|SIDE={side}")
    return [0, *m.word_rows(stance_model.marked_words(text)), *filter(None, map(m.index.get, tail))]


class FlatRows:
    """The rows of many sentences' features (``rows``) found for a whole batch at once, as one flat NumPy array.

    ``rows`` costs about 9 µs per speaker's sentence (2 µs of which making a tuple per pair of neighbouring
    words to look it up, and two ``dict.fromkeys``): here each word is looked up once in one dict (``packed``:
    its row as a word feature and its code as the part of a pair, in one int), every pair is an int made of
    the two codes (no tuple to build and hash), and the repeated features of each sentence are dropped,
    its first occurrence kept, by one sort of the whole batch. The rows of each sentence are the same, in the same
    order, as ``rows`` gives (tests/test_speed_s15.py), so the sums and the softmax (``softmax``:
    ``stance_model.softmax_of_flat``, as ``softmax_of_rows`` runs it) give the same probabilities, bit for bit. Session 15; about 6 µs less per speaker's sentence.
    """

    def __init__(self, m: stance_model.Matrix) -> None:
        """Index the matrix's word and pair features (made once per weights matrix, ``flat_rows_of``)."""
        self.matrix = m
        vocab: dict[str, int] = {}
        for a, b in m.pairs:
            vocab.setdefault(a, len(vocab))
            vocab.setdefault(b, len(vocab))
        self.k = k = len(vocab) + 1  # a pair's key: code(a) * k + code(b); codes are 0 .. k - 2
        packed = {f: row * k for f, row in m.index.items()}  # feature -> its row * k (+ its code + 1, below)
        for w, c in vocab.items():
            packed[w] = packed.get(w, 0) + c + 1
        self.packed = packed
        self.pairs = {vocab[a] * k + vocab[b]: row for (a, b), row in m.pairs.items()}  # pair key -> its row
        self.n_rows = m.matrix.shape[0]
        self.tails: dict[tuple[str, str, str, str], list[int]] = {}

    def tail(self, domain: float, raw: float, side: str, rule_stance: str) -> list[int]:
        """The rows of the five features after the words (as ``rows`` finds them), remembered per combination."""
        key = (band(domain), band(raw), side or "none", rule_stance)
        got = self.tails.get(key)
        if got is None:
            dom, rw, side, rule = key
            feats = (f"DOMAIN={dom}", f"RAW={rw}", f"SIDE={side}", f"STANCE={rule}", f"STANCE={rule}|SIDE={side}")
            got = self.tails[key] = list(filter(None, map(self.matrix.index.get, feats)))
        return got

    def flat(self, wss: list[tuple[str, ...]], tails: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """(every sentence's rows in turn, the index where each sentence's rows start): the rows of sentence j
        are ``rows`` of its marked words ``wss[j]`` and its tail rows ``tails[j]`` (``tail``)."""
        n_sents = len(wss)
        lens = np.fromiter(map(len, wss), dtype=np.intp, count=n_sents)
        n = int(lens.sum())
        k = self.k
        packed = np.fromiter(map(self.packed.get, chain.from_iterable(wss), repeat(0)), dtype=np.int64, count=n)
        word_rows = packed // k
        code = packed % k - 1  # -1: the word is no part of any pair feature
        pair_rows = np.zeros(n, dtype=np.int64)  # at each word: the row of the pair it starts (0: none)
        if n > 1:
            # a key with a code of -1 is no pair's: negative, or ending in k - 1, which no word's code is
            keys = (code[:-1] * k + code[1:]).tolist()
            pair_rows[:-1] = np.fromiter(map(self.pairs.get, keys, repeat(0)), dtype=np.int64, count=n - 1)
            last = np.cumsum(lens) - 1  # a sentence's last word starts no pair (the next word is another's)
            pair_rows[last[lens > 0]] = 0
        tail_lens = np.fromiter(map(len, tails), dtype=np.intp, count=n_sents)
        # each sentence's segment: the intercept, its words' rows, its pairs' rows (one slot per word), its tail
        seg = 1 + 2 * lens + tail_lens
        base = np.cumsum(seg) - seg
        word_start = np.cumsum(lens) - lens
        sid = np.repeat(np.arange(n_sents), lens)
        within = np.arange(n) - word_start[sid]
        combined = np.zeros(int(seg.sum()), dtype=np.int64)
        combined[base[sid] + 1 + within] = word_rows
        combined[base[sid] + 1 + lens[sid] + within] = pair_rows
        if tail_lens.any():
            tsid = np.repeat(np.arange(n_sents), tail_lens)
            tail_start = np.cumsum(tail_lens) - tail_lens
            t_within = np.arange(len(tsid)) - tail_start[tsid]
            combined[base[tsid] + 1 + 2 * lens[tsid] + t_within] = np.fromiter(
                chain.from_iterable(tails), dtype=np.int64, count=len(tsid))
        # keep each sentence's first occurrence of each row (rows of distinct features differ; 0 is no feature)
        cand = np.flatnonzero(combined)
        seg_of = np.repeat(np.arange(n_sents), seg)[cand]
        same = seg_of * self.n_rows + combined[cand]  # (sentence, row) as one number
        keep = np.zeros(len(combined), dtype=bool)
        if (n_sents + 1) * self.n_rows * (len(combined) + 1) < 2 ** 62:
            key = same * len(combined) + cand  # by (sentence, row, place): a plain sort, faster than a stable one
            key.sort()
            same = key // len(combined)
            places = key % len(combined)
        else:  # too many sentences for one int64 key
            order = np.argsort(same, kind="stable")
            same, places = same[order], cand[order]
        first = np.ones(len(same), dtype=bool)
        first[1:] = same[1:] != same[:-1]
        keep[places[first]] = True
        keep[base] = True  # the intercept (row 0) of every sentence
        sizes = np.add.reduceat(keep.astype(np.intp), base) if n_sents else np.zeros(0, dtype=np.intp)
        return combined[keep].astype(np.intp), np.cumsum(sizes) - sizes

    def softmax(self, flat: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """``stance_model.softmax_of_rows`` of the rows ``flat`` gives (``softmax_of_flat``, which it runs too)."""
        return stance_model.softmax_of_flat(self.matrix.matrix, flat, starts)


_FLAT: dict[int, tuple[stance_model.Matrix, FlatRows]] = {}


def flat_rows_of(m: stance_model.Matrix) -> FlatRows:
    """The ``FlatRows`` of a weights matrix (made once per matrix; only the last few are kept)."""
    got = _FLAT.get(id(m))
    if got is None or got[0] is not m:
        if len(_FLAT) >= stance_model.MATRICES_KEPT:
            _FLAT.clear()
        got = _FLAT[id(m)] = (m, FlatRows(m))
    return got[1]


def label_of(probs) -> str:
    """The most probable class (the first in CLASSES order on a tie)."""
    return CLASSES[int(np.argmax(probs))]


def sentence_probabilities(sents: dict[str, list]) -> np.ndarray:
    """n × 3 tone probabilities of a sentences table's columns: the model's for speakers' sentences, one-hot
    of the domain score's threshold tone for the narrator's (and for all, without a weights file)."""
    return many_probabilities([sents])[0]


def many_probabilities(tables: list[dict[str, list]]) -> list[np.ndarray]:
    """``sentence_probabilities`` of each sentences table, the model scoring the speakers' sentences of all of
    them in one matrix sum (the same probabilities, bit for bit: each sentence's sum and softmax are its own)."""
    outs = []
    for sents in tables:  # one-hot of the threshold tone of each domain score
        doms = sents["sentiment_domain"]
        out = np.zeros((len(doms), 3))
        out[range(len(doms)), [CLASSES.index(threshold_label(float(d))) for d in doms]] = 1.0
        outs.append(out)
    table = load()
    if table is None:
        return outs
    m = stance_model.matrix_of(table)  # the same weights matrix (and its cache) as the stance model's
    flat = flat_rows_of(m)
    marked, tail = stance_model.marked_words, flat.tail
    speakers_of, wss, tails, said, sides_of = [], [], [], [], []
    fused = encoder.enabled()  # the opt-in encoder mode (helpers.encoder) needs the speakers' texts and sides
    for sents in tables:
        texts, sides = sents["text"], sents["side"]
        doms, raws = sents["sentiment_domain"], sents["sentiment"]
        rules = sents.get("stance_rule") or sents["stance"]
        speakers = [i for i, s in enumerate(sides) if s != "narrator"]
        speakers_of.append(speakers)
        # the rows of ``features(text, side, domain, raw, rule)``, as ``batch_probabilities`` sums them: ``rows``
        # of each sentence, found for all at once (``FlatRows``)
        wss += [marked(str(texts[i])) for i in speakers]
        tails += [tail(float(doms[i]), float(raws[i]), str(sides[i]), str(rules[i])) for i in speakers]
        if fused:
            said += [str(texts[i]) for i in speakers]
            sides_of += [str(sides[i]) for i in speakers]
    probs = flat.softmax(*flat.flat(wss, tails))
    if fused and len(said):
        probs = encoder.fuse(probs, encoder.probabilities(said, sides_of))
    at = 0
    for out, speakers in zip(outs, speakers_of):
        if speakers:
            out[speakers] = probs[at:at + len(speakers)]
            at += len(speakers)
    return outs


_SCORED: dict[int, tuple[list, np.ndarray]] = {}  # id of a scored table's text column -> (the column, probabilities)
SCORED_KEPT = 1_000_000  # articles of one batch scored before their statements are (the pipeline does a batch at once)


def score_columns(sents: dict[str, list]) -> dict[str, list]:
    """Return the sentence columns with ``tone`` and ``tone_score`` (P(positive) − P(negative)) added."""
    return score_many([sents])[0]


def score_many(tables: list[dict[str, list]]) -> list[dict[str, list]]:
    """``score_columns`` of each sentences table (e.g. one per article of a batch; see ``many_probabilities``)."""
    out = []
    for sents, probs in zip(tables, many_probabilities(tables)):
        if len(_SCORED) > SCORED_KEPT:
            _SCORED.clear()  # only when scored tables are never aggregated (each aggregation takes its entry out)
        _SCORED[id(sents["text"])] = (sents["text"], probs)  # ``aggregate_columns`` reuses them (same column object)
        out.append({**sents, "tone": [CLASSES[k] for k in probs.argmax(axis=1).tolist()],  # = label_of of each
                    "tone_score": (probs[:, 0] - probs[:, 1]).round(6).tolist()})
    return out


def scored_probabilities(sents: dict[str, list]) -> np.ndarray:
    """The probabilities ``score_columns`` computed for these sentences (taken once), else computed now."""
    got = _SCORED.pop(id(sents["text"]), None)
    if got is not None and got[0] is sents["text"]:
        return got[1]
    return sentence_probabilities(sents)


def aggregate_columns(stmts: dict[str, list], sents: dict[str, list]) -> dict[str, list]:
    """Add a statement's ``tone`` and ``tone_score`` from the mean of its sentences' probabilities."""
    probs = scored_probabilities(sents).tolist()  # Python floats: the same sums and means as NumPy's, faster
    acc: dict[str, list] = {}  # statement id -> [sum of P(positive), of P(negative), of P(neutral), sentences]
    for sid, p in zip(sents["statement_id"], probs):
        if sid != "":
            got = acc.get(sid)
            if got is None:
                got = acc[sid] = [0.0, 0.0, 0.0, 0]
            got[0] += p[0]
            got[1] += p[1]
            got[2] += p[2]
            got[3] += 1
    tones, scores = [], []
    for sid in stmts["statement_id"]:
        got = acc.get(sid)
        if got is not None:
            mean = [got[0] / got[3], got[1] / got[3], got[2] / got[3]]
            tones.append(CLASSES[mean.index(max(mean))])  # the first most probable class, as ``label_of``
            scores.append(round(mean[0] - mean[1], 6))
        else:
            tones.append("neutral")
            scores.append(0.0)
    return {**stmts, "tone": tones, "tone_score": scores}


# --- training (needs scikit-learn) -------------------------------------------------------------------

Row = tuple[str, list[str], str]  # (gold set, features, gold tone)


def training_rows(sets: dict[str, str | None] | None = None) -> list[Row]:
    """(set name, features, gold tone) of every tone-labelled gold sentence of ``sets`` (default: every gold set
    but ``heldout``). The features are read from the pipeline's own tables (text, side, scores, rule stance)."""
    return [(name, features(r.text, r.pred_side, r.sentiment_domain, r.sentiment, r.pred_stance_rule), r.gold_tone)
            for name, r in labelled_sentences(sets)]


def labelled_sentences(sets: dict[str, str | None] | None = None):
    """Yield (set name, matched sentence row) for every tone-labelled sentence a speaker says in ``sets`` (default:
    every gold set but ``heldout``): what the tone model and the encoder mode (``helpers.encoder``) learn from."""
    from . import validation

    if sets is None:
        sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout"}
    for name, folder in sets.items():
        for r in validation.matched_sentences(folder).itertuples():
            if r.gold_tone and r.pred_side != "narrator":
                yield name, r


def fit(rows: list[Row]) -> dict[str, tuple[float, float, float]]:
    """Fit the logistic regression on training ``rows`` and return its weights table."""
    return stance_model.fit_weights([feats for _, feats, _ in rows], [label for *_, label in rows], CLASSES, C,
                                    MIN_DF)  # type: ignore[return-value]


def write(table: dict[str, tuple[float, float, float]], path: Path | None = None) -> Path:
    """Write a weights table (rounded to 6 decimals, sorted by feature) atomically to ``path``."""
    path = stance_model.write_weights(table, Path(path or WEIGHTS), CLASSES)
    load.cache_clear()
    return path


def cross_validate(rows: list[Row], names: list[str] | None = None) -> list[dict]:
    """Leave-one-set-out: train on the other sets, score the left-out one (every set, or those in ``names``); the
    model's tone accuracy beside the domain score's (the ``DOMAIN=`` band read by the threshold rule, the same rule
    ``sentiment_domain`` gets)."""
    out = []
    for name in dict.fromkeys(r[0] for r in rows):
        if names is not None and name not in names:
            continue
        table = fit([r for r in rows if r[0] != name])
        test = [r for r in rows if r[0] == name]
        probs = batch_probabilities([feats for _, feats, _ in test], table)
        model_ok = [label_of(p) == gold for p, (_, _, gold) in zip(probs, test)]
        domain = [band_tone(feats) == gold for _, feats, gold in test]
        out.append({"left_out": name, "sentences": len(test), "model_accuracy": round(float(np.mean(model_ok)), 3),
                    "domain_accuracy": round(float(np.mean(domain)), 3)})
    return out


def band_tone(feats: list[str]) -> str:
    """The threshold tone of the domain band among a sentence's features."""
    b = next(f for f in feats if f.startswith("DOMAIN="))[len("DOMAIN="):]
    return "negative" if b.startswith("-") else "positive" if b.startswith("+") else "neutral"


def write_cv(figures: list[dict], path: Path | None = None) -> Path:
    """Write the leave-one-set-out figures (set, sentences, model accuracy, domain-score accuracy)."""
    return event_model.write_cv(figures, Path(path or CV))


def cross_validation_table(path: Path | None = None):
    """The leave-one-set-out figures of the last ``train --cv`` as a DataFrame (empty if never run)."""
    import pandas as pd

    path = Path(path or CV)
    return pd.read_csv(path) if path.exists() else pd.DataFrame(
        columns=["left_out", "sentences", "model_accuracy", "domain_accuracy"])
