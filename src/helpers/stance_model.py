"""A learned stance model trained on the project's hand labels, used beside the cue rules of ``helpers.stance``.

Why: the cue rules reach 0.92 macro-F1 on the articles they were written from but about 0.60 on rounds of
articles nobody had read (README, "How each method works, and how well"). A linear model over the words of a
sentence, each word also paired with the speaker's side, generalises better across rounds: trained on the
other gold sets and scored on a held-out one it reaches about 0.72 on rounds 4–7 (``python -m helpers train
--cv``). The model and the rules vote together (``combine``): the rules' decision counts as ``RULE_WEIGHT`` of
probability, so a rule with a clear cue still wins a close call and its cues stay the evidence shown.

What it reads: the sentence text, with negation marked ("not comply" → ``comply`` inside a negation scope
becomes ``NOT_comply``), its word pairs, and every word again prefixed by the speaker's side
(``platform|comply``): the same words mean opposite stances from opposite sides. Since session 11 also the
sentence's context (``context_features``): the kind of its statement, whether it is the headline or a colon
lead-in, its place in its statement and the words of the same speaker's previous sentence; the weights are a
blend of a words model and a context model (``fit``), still one plain table.

The weights live in ``data/models/stance_weights.csv`` (one row per feature, one column per class, plus
the intercept), a plain file a researcher can read or sort ("which words push a platform sentence toward
against?"). ``python -m helpers train`` rebuilds it from the gold sets (scikit-learn's logistic regression;
scikit-learn is needed only to train, never to apply). No file, no model: the rules alone decide.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from . import event_model, paths

CLASSES = ("favor", "against", "neutral")
WEIGHTS = paths.DATA / "models" / "stance_weights.csv"
CV = paths.DATA / "models" / "stance_cv.csv"  # leave-one-set-out figures written by `python -m helpers train --cv`
INTERCEPT = "(intercept)"
RULE_WEIGHT = 0.3  # probability mass given to the cue rules' label when they found cues (see ``combine``)
C = 0.3  # inverse regularisation strength of the logistic regression (chosen by leave-one-set-out, README)
MIN_DF = 2  # a feature must occur in at least this many training sentences
NEGATION_SCOPE = 3  # words after a negator that are marked NOT_
NEGATORS = frozenset({"not", "no", "never", "without", "cannot", "nor", "n't"})
NB_SHARE = 0.7  # share of the context model in the blend (``fit``; leave-one-set-out: 0.5 gave 0.834, 0.7 0.837)
NB_SMOOTHING = 1.0  # the count added to every feature in each class when the log-count ratios are taken (``nb_ratios``)
CONTEXT_PREFIXES = ("KIND=", "HEADLINE", "LEADIN", "POS=", "P:")  # context features, never shown as reasons


class ModelError(ValueError):
    """A malformed weights file (the message names the file and the problem)."""


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` with curly apostrophes straightened and negation scopes marked NOT_."""
    return list(marked_words(text))


@lru_cache(maxsize=8192)
def marked_words(text: str) -> tuple[str, ...]:
    """``words`` as a tuple, remembered: the stance and tone models read the same sentences one after the other."""
    ws = event_model.words(text)
    if NEGATORS.isdisjoint(ws) and "n't" not in " ".join(ws):
        return tuple(ws)  # no negator (no word ends in "n't" when none holds it): nothing to mark
    out: list[str] = []
    scope = 0
    for word in ws:
        out.append("NOT_" + word if scope else word)
        scope = max(scope - 1, 0)
        if word in NEGATORS or word.endswith("n't"):
            scope = NEGATION_SCOPE
    return tuple(out)


def features(text: str, side: str) -> list[str]:
    """The features of one sentence: words, word pairs, side|word and the side itself."""
    ws = marked_words(text)
    side = side or "none"
    return [*ws, *(f"{a}__{b}" for a, b in zip(ws, ws[1:])), *(f"{side}|{w}" for w in ws), f"SIDE={side}"]


def context_features(kind: str, side: str, headline: bool, lead: bool, position: str,
                     previous: str | None) -> tuple[str, ...]:
    """The features of a sentence's context (session 11): the kind of its statement (direct / indirect / block,
    alone and after the side), whether it is the headline or a colon lead-in, its place in its statement (none /
    first / later) and the marked words of the same speaker's previous sentence in the article ('P:word')."""
    return with_previous(fixed_context(kind, side, headline, lead, position), previous)


def with_previous(fixed: tuple[str, ...], previous: str | None) -> tuple[str, ...]:
    """``fixed`` context features plus the marked words of the speaker's previous sentence ('P:word'), if any."""
    if previous is None:
        return fixed
    return (*fixed, *("P:" + w for w in dict.fromkeys(marked_words(previous))))


def fixed_context(kind: str, side: str, headline: bool, lead: bool, position: str) -> tuple[str, ...]:
    """``context_features`` but the previous sentence's words."""
    side = side or "none"
    kind = kind or "none"
    out = [f"KIND={kind}", f"{side}|KIND={kind}"]
    if headline:
        out.append("HEADLINE")
    if lead:
        out.append("LEADIN")
    out.append(f"POS={position}")
    return tuple(out)


def contexts(sents: dict[str, list]) -> list[tuple[str, ...]]:
    """``context_features`` of every sentence of a sentences table (``context_parts``)."""
    return [with_previous(fixed, prev) for fixed, prev in context_parts(sents)]


def context_parts(sents: dict[str, list]) -> list[tuple[tuple[str, ...], str | None]]:
    """Per sentence of a sentences table (columns; kind, paragraph, statement_id, speaker and article_id are read
    when present): its ``fixed_context`` and the text of the same speaker's previous sentence (None if none).

    The previous sentence is the last one before it in the same article with the same named speaker (narrator
    sentences have none); the place in a statement is read from the statement ids in table order.
    """
    texts, sides = sents["text"], sents["side"]
    n = len(texts)
    kinds = sents.get("kind") or [""] * n
    paragraphs = sents.get("paragraph") or [None] * n
    stmts = sents.get("statement_id") or [""] * n
    articles = sents.get("article_id") or [""] * n
    speakers = [w if isinstance(w, str) else "" for w in (sents.get("speaker") or [""] * n)]
    first: dict[tuple, int] = {}
    last: dict[tuple, int] = {}
    out = []
    for i in range(n):
        sid = stmts[i] if isinstance(stmts[i], str) else ""
        position = "none"
        if sid:
            position = "first" if first.setdefault((articles[i], sid), i) == i else "later"
        previous = None
        if sides[i] != "narrator" and speakers[i]:
            key = (articles[i], speakers[i])
            j = last.get(key)
            previous = None if j is None else texts[j]
            last[key] = i
        kind = kinds[i] if isinstance(kinds[i], str) else ""
        out.append((fixed_context(kind, sides[i], paragraphs[i] == 0, texts[i].rstrip().endswith(":"), position),
                    previous))
    return out


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words never shown as a deciding cue (``data/lexicons/function_words.txt``)."""
    lines = (paths.LEXICONS / "function_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (ln.split("#", 1)[0].strip().lower() for ln in lines) if w)


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> dict[str, tuple[float, float, float]] | None:
    """Read the weights file into feature → (favor, against, neutral) weights; None if there is none."""
    return read_weights(Path(path or WEIGHTS), CLASSES)


def read_weights(path: Path, classes: tuple[str, ...]) -> dict[str, tuple[float, ...]] | None:
    """Read a weights file (feature, one column per class, an ``(intercept)`` row) of a linear model of this
    project (stance, tone); None if there is none; ``ModelError`` naming the file and line if it is malformed."""
    if not path.exists():
        return None
    table: dict[str, tuple[float, ...]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["feature", *classes]:
            raise ModelError(f"{path}: header must be feature,{','.join(classes)}, not {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            try:
                table[row["feature"]] = tuple(float(row[c]) for c in classes)
            except (TypeError, ValueError):
                raise ModelError(f"{path}, line {line}: weights must be numbers") from None
    if INTERCEPT not in table:
        raise ModelError(f"{path}: no {INTERCEPT} row")
    return table


def probabilities(text: str, side: str, table: dict[str, tuple[float, float, float]]) -> tuple[float, float, float]:
    """Class probabilities (favor, against, neutral) of one sentence under the weights ``table``."""
    probs, _ = batch_probabilities([text], [side], table)
    return tuple(float(p) for p in probs[0])  # type: ignore[return-value]


class Matrix:
    """A weights table as a matrix, to score many sentences at once (``batch_probabilities``)."""

    def __init__(self, table: dict[str, tuple[float, float, float]]):
        feats = [INTERCEPT, *(f for f in table if f != INTERCEPT)]
        self.index = {f: i for i, f in enumerate(feats)}  # the intercept is row 0, so no feature maps to 0
        self.matrix = np.array([table[f] for f in feats], dtype=float)
        w = self.matrix
        # how hard each feature pushes toward class k against the strongest other class (for ``reasons``)
        self.push = np.stack([w[:, k] - np.max(np.delete(w, k, axis=1), axis=1) for k in range(3)], axis=1)
        self.push[0] = 0.0
        self.names = feats
        # features never shown as reasons: the side itself, the sentence's context ('platform|KIND=direct') and
        # features made only of function words ('to', 'government|it': data/lexicons/function_words.txt)
        hidden = function_words()
        self.sides = np.array([f.startswith("SIDE=") or f.rpartition("|")[2].startswith(CONTEXT_PREFIXES)
                               or all(w.removeprefix("NOT_") in hidden for w in f.rpartition("|")[2].split("__"))
                               for f in feats])
        # the same as Python lists, read row by row (``batch_reasons``) without making a NumPy scalar per row
        self.push_list = [self.push[:, k].tolist() for k in range(self.push.shape[1])]
        self.side_list = self.sides.tolist()
        # the word pairs 'a__b' of the table by (a, b), so that a sentence's pairs are looked up without
        # building their strings (``word_rows``); a pair's words hold no '__' (see ``pair_index``)
        self.pairs = pair_index(self.index)
        self.prefixed: dict[str, dict[str, int]] = {}  # prefix ('platform|') -> word -> row of prefix + word

    def rows(self, text: str, side: str) -> list[int]:
        """Matrix rows of a sentence's features (first-seen order), the intercept first: ``rows_plain``,
        found without building the feature strings (``word_rows``)."""
        side = side or "none"
        return [0, *self.word_rows(marked_words(text), side), *filter(None, (self.index.get("SIDE=" + side),))]

    def rows_plain(self, text: str, side: str) -> list[int]:
        """Matrix rows of a sentence's features (first-seen order), the intercept first (the plain form of
        ``rows``; tests compare the two)."""
        return [0, *filter(None, map(self.index.get, dict.fromkeys(features(text, side))))]

    def word_rows(self, ws: tuple[str, ...], side: str | None = None) -> list[int]:
        """The rows of the features ``ws`` (marked words) give, each once, in the order ``features`` lists them:
        the words, the pairs of neighbours ('a__b'), then (``side`` given) each word after its side ('side|w').

        The same rows as looking each feature string up once (``dict.fromkeys`` of the strings): distinct
        features have distinct rows, and these three kinds of feature never share a string.
        """
        get = self.index.get
        out = [*dict.fromkeys(filter(None, map(get, ws))),
               *dict.fromkeys(filter(None, map(self.pairs.get, zip(ws, ws[1:]))))]
        if side is not None:
            out += dict.fromkeys(filter(None, map(self.with_prefix(side + "|").get, ws)))
        return out

    def with_prefix(self, prefix: str) -> dict[str, int]:
        """Word → row of the feature ``prefix + word`` (made once per prefix, from the table's features)."""
        got = self.prefixed.get(prefix)
        if got is None:
            got = self.prefixed[prefix] = {f[len(prefix):]: i for f, i in self.index.items() if f.startswith(prefix)}
        return got


def pair_index(index: dict[str, int]) -> dict[tuple[str, str], int]:
    """(a, b) → row of the feature 'a__b', for every feature made of two parts joined by '__'.

    A marked word (``marked_words``) holds no '__' and neither starts nor ends with '_', so the pair feature
    of two marked words a and b splits back into exactly (a, b): looking (a, b) up here gives the row of
    f"{a}__{b}", or None when the table has no such feature.
    """
    out: dict[tuple[str, str], int] = {}
    for feat, row in index.items():
        parts = feat.split("__")
        if len(parts) == 2:
            out[(parts[0], parts[1])] = row
    return out


_MATRICES: dict[int, tuple[dict, Matrix]] = {}
MATRICES_KEPT = 4  # the shipped table, plus the few a cross-validation fits in turn


def matrix_of(table: dict[str, tuple[float, float, float]]) -> Matrix:
    """The ``Matrix`` of a weights table (made once per table; only the last few tables are kept)."""
    got = _MATRICES.get(id(table))
    if got is None or got[0] is not table:
        if len(_MATRICES) >= MATRICES_KEPT:
            _MATRICES.clear()
        got = _MATRICES[id(table)] = (table, Matrix(table))
    return got[1]


def batch_probabilities(texts: list[str], sides: list[str], table, contexts: list[tuple[str, ...]] | None = None,
                        previous: list[str | None] | None = None) -> tuple[np.ndarray, list[list[int]]]:
    """Class probabilities (n × 3: favor, against, neutral) of many sentences, and each one's matrix rows
    (``contexts``: each sentence's ``context_features``, whose rows follow its own; with ``previous``, the texts
    of the speakers' previous sentences, ``contexts`` are the ``fixed_context`` parts and the 'P:' rows are
    found without building their strings: the same rows, in the same order, as the whole features give)."""
    m = matrix_of(table)
    rows = [m.rows(t, s) for t, s in zip(texts, sides)]
    if contexts is not None:
        get = m.index.get
        rows = [r + list(filter(None, map(get, c))) for r, c in zip(rows, contexts)]
    if previous is not None:
        words = m.with_prefix("P:").get
        rows = [r if p is None else r + list(filter(None, map(words, dict.fromkeys(marked_words(p)))))
                for r, p in zip(rows, previous)]
    return softmax_of_rows(m.matrix, rows), rows


def softmax_of_rows(matrix: np.ndarray, rows: list[list[int]]) -> np.ndarray:
    """Class probabilities (n × classes) of sentences given as the weight-matrix rows of their features (the
    intercept row first): one sum per sentence, then a softmax."""
    if not rows:
        return np.zeros((0, matrix.shape[1]))
    sizes = list(map(len, rows))
    starts = np.cumsum([0, *sizes[:-1]])
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=sum(sizes))  # every sentence's rows in turn
    return softmax_of_flat(matrix, flat, starts)


def softmax_of_flat(matrix: np.ndarray, flat: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """``softmax_of_rows`` of the sentences' rows given as one array (``flat``, every sentence's rows in turn) and the
    index where each sentence's rows start (``starts``)."""
    if not len(starts):
        return np.zeros((0, matrix.shape[1]))
    logits = np.add.reduceat(matrix[flat], starts, axis=0)
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def batch_reasons(rows: list[int], label: str, table, n: int = 3) -> list[str]:
    """``reasons`` from a sentence's matrix rows (as ``batch_probabilities`` gives them)."""
    m = matrix_of(table)
    push, names, sides = m.push_list[CLASSES.index(label)], m.names, m.side_list
    pushes = [(push[i], names[i]) for i in rows[1:] if push[i] > 0 and not sides[i]]
    pushes.sort(key=lambda p: (-p[0], p[1]))
    return [readable(f) for _, f in pushes[:n]]


def reasons(text: str, side: str, label: str, table: dict[str, tuple[float, float, float]], n: int = 3) -> list[str]:
    """The ``n`` features that pushed hardest toward ``label`` (readable: 'not comply', 'platform: refuse')."""
    return batch_reasons(matrix_of(table).rows(text, side), label, table, n)


def readable(feature: str) -> str:
    """A feature as words: ``platform|NOT_comply`` → ``platform: not comply``, ``a__b`` → ``a b``."""
    side, _, rest = feature.rpartition("|")
    text = rest.replace("__", " ").replace("NOT_", "not ")
    return f"{side}: {text}" if side else text


def combine(probs: tuple[float, float, float], rule_score: float, rule_found: bool) -> tuple[str, float]:
    """The final (label, signed score) from the model's probabilities and the cue rules' score.

    The rules' label gets ``RULE_WEIGHT`` extra probability when they found cues; the label is the largest;
    the score is P(favor) − P(against) of the mix (0 for neutral), so its sign always agrees with the label.
    """
    mix = list(probs)
    if rule_found:
        rule = 0 if rule_score > 0 else 1 if rule_score < 0 else 2
        mix[rule] += RULE_WEIGHT
    k = max(range(3), key=lambda i: (mix[i], -i))
    label = CLASSES[k]
    if label == "neutral":
        return label, 0.0
    score = mix[0] - mix[1]
    return label, score


# --- training (needs scikit-learn) -------------------------------------------------------------------


def training_rows(sets: dict[str, str | None] | None = None) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(set name, sentence text, predicted side, gold stance, context features) of every stance-labelled gold
    sentence of ``sets`` (default: every gold set but ``heldout``).

    The text, side and context are the pipeline's own (as the model will see them at run time), found by the
    gold evidence (the first predicted sentence holding it, as ``validation.match_statements``); the label is
    the annotator's.
    """
    from . import corpus, validation

    if sets is None:  # everything but the held-out set, which must stay unseen
        sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout"}
    rows = []
    for name, folder in sets.items():
        tables = validation.analyzed_gold(folder)
        sents = tables["sentences"]
        cols = {c: sents[c].tolist() for c in ("text", "side", "kind", "paragraph", "statement_id", "speaker",
                                               "article_id", "char_start", "char_end") if c in sents.columns}
        ctx = contexts(cols)
        bodies = {r.article_id: corpus.read_article(r.path).body for r in tables["articles"].itertuples()}
        by_article: dict[str, list[int]] = {}
        for i, aid in enumerate(cols["article_id"]):
            by_article.setdefault(aid, []).append(i)
        gold, _ = validation.read_gold(Path(folder) if folder else None)
        for g in gold.itertuples():
            if not g.stance:
                continue
            pos = validation.locate(bodies[g.article], g.evidence, f"gold {g.article}")
            i = next(i for i in by_article[g.article] if cols["char_start"][i] <= pos < cols["char_end"][i])
            rows.append((name, cols["text"][i], cols["side"][i], g.stance, ctx[i]))
    return rows


def fit(rows: list[tuple]) -> dict[str, tuple[float, float, float]]:
    """Fit the stance model on training ``rows`` and return its weights table: a blend of two linear models
    over binary features, one weights table.

    - the words model: a balanced multinomial logistic regression over the sentence's own ``features``;
    - the context model (session 11): over the same features and the sentence's ``context_features``, each
      scaled by its naive-Bayes log-count ratio for the class (``nb_ratios``), one balanced binary logistic
      regression per class against the other two (the 'NBSVM' of Wang & Manning 2012, with a logistic loss).

    The table's weights are ``1 − NB_SHARE`` of the first model's and ``NB_SHARE`` of the second's (a ratio
    times a weight: the scaling folds into the weights), so the softmax of a sentence's summed rows is the
    weighted geometric mean of the two models' class probabilities. Leave-one-set-out over 51 gold sets, rules
    and model together (session 11): macro-F1 0.821 → 0.837 a set, higher on 37 sets and lower on 14 (worst
    −0.021); the model alone 0.822 → 0.843 (``CV``).
    """
    labels = [r[3] for r in rows]
    words_table = fit_weights([features(r[1], r[2]) for r in rows], labels, CLASSES, C, MIN_DF)
    context_table = fit_nb(
        [[*features(r[1], r[2]), *(r[4] if len(r) > 4 else ())] for r in rows], labels, CLASSES, C, MIN_DF)
    zero = (0.0,) * len(CLASSES)
    table = {}
    for feat in dict.fromkeys([*words_table, *context_table]):
        a, b = words_table.get(feat, zero), context_table.get(feat, zero)
        table[feat] = tuple((1 - NB_SHARE) * x + NB_SHARE * y for x, y in zip(a, b))
    return table  # type: ignore[return-value]


def nb_ratios(x, labels, classes: tuple[str, ...], alpha: float = NB_SMOOTHING) -> np.ndarray:
    """(classes × features) naive-Bayes log-count ratios of binary features ``x`` (sparse, docs × features):
    log of a feature's smoothed share of the class's feature counts over its share of the other classes'."""
    labels = np.asarray(labels)
    out = []
    for k in classes:
        p = alpha + np.asarray(x[labels == k].sum(axis=0)).ravel()
        q = alpha + np.asarray(x[labels != k].sum(axis=0)).ravel()
        out.append(np.log((p / p.sum()) / (q / q.sum())))
    return np.array(out)


def fit_nb(docs: list[list[str]], labels: list[str], classes: tuple[str, ...], c: float,
           min_df: int) -> dict[str, tuple[float, ...]]:
    """Fit one balanced binary L2 logistic regression per class over binary features scaled by their log-count
    ratios (``nb_ratios``) and return the weights table of the decision values, columns in ``classes`` order
    (each weight already multiplied by its ratio, so a sentence's logit is the sum of its rows)."""
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=lambda d: d, binary=True, min_df=min_df)
    x = vec.fit_transform(docs).astype(float)
    ratios = nb_ratios(x, labels, classes)
    weights, intercepts = [], []
    for k, r in zip(classes, ratios):
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        model.fit(x @ sparse.diags(r), [label == k for label in labels])
        weights.append(model.coef_[0] * r)
        intercepts.append(float(model.intercept_[0]))
    table = {INTERCEPT: tuple(intercepts)}
    for j, feat in enumerate(vec.get_feature_names_out()):
        table[str(feat)] = tuple(float(w[j]) for w in weights)
    return table


def fit_weights(docs: list[list[str]], labels: list[str], classes: tuple[str, ...], c: float,
                min_df: int) -> dict[str, tuple[float, ...]]:
    """Fit a balanced L2 logistic regression over binary features (each doc a list of feature names; a feature
    in fewer than ``min_df`` docs is dropped) and return its weights table, columns in ``classes`` order."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=lambda d: d, binary=True, min_df=min_df)
    x = vec.fit_transform(docs)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(x, labels)
    order = [list(model.classes_).index(k) for k in classes]
    table = {INTERCEPT: tuple(float(model.intercept_[k]) for k in order)}
    for j, feat in enumerate(vec.get_feature_names_out()):
        table[str(feat)] = tuple(float(model.coef_[k, j]) for k in order)
    return table


def write(table: dict[str, tuple[float, float, float]], path: Path | None = None) -> Path:
    """Write a weights table (rounded to 6 decimals, sorted by feature) atomically to ``path``."""
    path = write_weights(table, Path(path or WEIGHTS), CLASSES)
    load.cache_clear()
    return path


def write_weights(table: dict[str, tuple[float, ...]], path: Path, classes: tuple[str, ...]) -> Path:
    """Write a weights table (rounded to 6 decimals, the intercept first, then sorted by feature) atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["feature", *classes])
        for feat in [INTERCEPT, *sorted(f for f in table if f != INTERCEPT)]:
            out.writerow([feat, *(f"{w:.6f}" for w in table[feat])])
    tmp.replace(path)
    return path


def write_cv(scores: dict[str, float], rows: list[tuple], path: Path | None = None) -> Path:
    """Write the leave-one-set-out figures (set, labelled sentences, macro-F1 of the model alone)."""
    path = Path(path or CV)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["left_out", "sentences", "model_macro_f1"])
        for name, f1 in scores.items():
            out.writerow([name, sum(r[0] == name for r in rows), f"{f1:.3f}"])
    tmp.replace(path)
    return path


def cross_validation_table(path: Path | None = None):
    """The leave-one-set-out figures of the last ``train --cv`` as a DataFrame (empty if never run)."""
    import pandas as pd

    path = Path(path or CV)
    return pd.read_csv(path) if path.exists() else pd.DataFrame(columns=["left_out", "sentences", "model_macro_f1"])


def cross_validate(rows: list[tuple], names: list[str] | None = None) -> dict[str, float]:
    """Leave-one-set-out macro-F1 of the model alone: train on the other sets, score the left-out one (every set, or
    those in ``names``)."""
    from .validation import macro_f1
    import pandas as pd

    out = {}
    for name in dict.fromkeys(r[0] for r in rows):  # the gold sets in their order
        if names is not None and name not in names:
            continue
        table = fit([r for r in rows if r[0] != name])
        test = [r for r in rows if r[0] == name]
        probs, _ = batch_probabilities([r[1] for r in test], [r[2] for r in test], table,
                                       [r[4] if len(r) > 4 else () for r in test])
        pred = [CLASSES[k] for k in probs.argmax(axis=1)]
        out[name] = macro_f1(pd.Series([r[3] for r in test]), pd.Series(pred), list(CLASSES))
    return out
