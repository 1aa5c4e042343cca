"""A learned sentence-level event detector that adds the events the trigger patterns miss.

Why: the trigger patterns of ``data/lexicons/event_patterns.csv`` find about 0.95 of the labelled events in the
articles they were written from but only about half of them in rounds nobody had read (README, "How each method
works, and how well"): new articles find new words for the same acts. For each event type, a logistic regression
over the words and word pairs of a sentence (trained on the project's hand labels: which sentences hold an event
of that type) says how likely the sentence tells one. When it is at least ``THRESHOLD`` likely and no pattern of
that type matched the sentence, ``helpers.events`` treats the sentence's most telling word for the type as a
trigger: the actor, side, count and date window then come from the same rules as for a pattern's event, and the
event's ``confidence`` is 0.2 lower, so a reader can keep only pattern events (``confidence >= 0.5``). The
detector never changes the patterns' events; ``helpers.event_verifier`` drops those of them it finds likely false
alarms, one of its features being this detector's probability for the type.

The weights live in ``data/models/event_weights.csv`` (one row per feature, one column per event type, plus the
intercept row) and each type's usual side in ``data/models/event_sides.csv`` (the side most labelled events of
the type have; ``fixed`` when at least 90% have it, else the clause's subject decides as for patterns); ``python -m helpers train`` rebuilds both from the gold sets (scikit-learn is
needed only to train). No files, no model: the patterns alone decide.
"""

from __future__ import annotations

import csv
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import paths

if TYPE_CHECKING:  # applying the model needs only NumPy; pandas is for validation
    import pandas as pd

WEIGHTS = paths.DATA / "models" / "event_weights.csv"
SIDES_FILE = paths.DATA / "models" / "event_sides.csv"
CV = paths.DATA / "models" / "event_cv.csv"
INTERCEPT = "(intercept)"
THRESHOLD = 0.6  # probability above which a sentence without a pattern match gets the event (README: chosen by CV;
# rechecked in session 10 with threshold_sweep on 48 sets: mean F1 0.8365 at 0.60 and 0.65, lower elsewhere)
C = 1.0  # inverse regularisation strength
MIN_DF = 2  # a feature must occur in at least this many training sentences
MIN_POSITIVES = 8  # a type needs this many labelled sentences to get a model
OPTIONAL_TOO = False  # learn from required events only (optional ones are mostly events told again)
FIXED_SHARE = 0.9  # a type whose labelled events have one side this often always gets that side
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


class ModelError(ValueError):
    """A malformed model file (the message names the file and the problem)."""


def lowered(text: str) -> str:
    """``text`` in lower case with curly apostrophes straightened (what ``WORD`` reads)."""
    return text.lower().replace("\u2019", "'")


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (the stance model's words are these, with negation marked)."""
    return WORD.findall(lowered(text))


def features(text: str) -> list[str]:
    """The features of one sentence: its words and word pairs."""
    ws = words(text)
    return ws + [f"{a}__{b}" for a, b in zip(ws, ws[1:])]


class Model:
    """The weights of every event type's detector, ready to score sentences."""

    def __init__(self, types: tuple[str, ...], table: dict[str, tuple[float, ...]], sides: dict[str, tuple[str, str]]):
        self.types = types
        self.table = table
        self.sides = sides  # event type -> (usual side, side rule: fixed when nearly all its events have that side)
        feats = [INTERCEPT, *(f for f in table if f != INTERCEPT)]
        self.index = {f: i for i, f in enumerate(feats)}  # feature -> row of ``matrix``; the intercept is row 0
        self.matrix = np.array([table[f] for f in feats], dtype=float).reshape(len(feats), len(types))
        self._lookup: Lookup | None = None  # built on first use (``logits``)
        self.last: dict[str, np.ndarray] = {}  # text -> its logits, for the texts of the last ``detect_many``

    def logits(self, texts: list[str]) -> np.ndarray:
        """Each text's logit for each type (n × types), all texts in one matrix sum.

        The rows summed are ``rows_plain``'s, in the same order (so the same sums, bit for bit), found through
        ``Lookup``: the words as numbers (remembered per token), the pairs as pairs of numbers, no feature string
        built. tests/test_speed_events.py compares it with ``logits_plain``.
        """
        if not texts:
            return np.zeros((0, len(self.types)))
        lookup = self._lookup if self._lookup is not None else self._build_lookup()
        rows: list[int] = []
        starts: list[int] = []
        for text in texts:
            starts.append(len(rows))
            rows += lookup.rows(text)
        return np.add.reduceat(self.matrix[rows], starts, axis=0)

    def _build_lookup(self) -> "Lookup":
        """Build (once) the numeric form of ``index`` that ``logits`` uses."""
        self._lookup = Lookup(self.index)
        return self._lookup

    def rows_plain(self, text: str) -> list[int]:
        """The rows of ``matrix`` one text sums: the intercept, then its features' rows, each once, in the order
        of ``features`` (the plain form ``Lookup.rows`` gives faster)."""
        return [0, *filter(None, map(self.index.get, dict.fromkeys(features(text))))]

    def logits_plain(self, texts: list[str]) -> np.ndarray:
        """``logits`` computed feature string by feature string (the plain form; tests compare the two)."""
        index = self.index
        rows: list[int] = []
        starts: list[int] = []
        for text in texts:
            starts.append(len(rows))
            rows.append(0)  # the intercept
            rows.extend(filter(None, map(index.get, dict.fromkeys(features(text)))))  # no feature is row 0
        if not texts:
            return np.zeros((0, len(self.types)))
        return np.add.reduceat(self.matrix[rows], starts, axis=0)

    def detect_many(self, texts: list[str], threshold: float | None = None) -> list[list[tuple[str, int]]]:
        """The (event type, type number) of each type likely in each text
        (``telling_word(text, number)`` gives a hit's position, when it is needed)."""
        limit = THRESHOLD if threshold is None else threshold
        logits = self.logits(texts)
        self.last = dict(zip(texts, logits))  # each text's logits, for the verifier of the pattern events
        # (helpers.event_verifier: it reads the types' logits of the sentences with events without scoring them again)
        hits = np.argwhere(logits >= math.log(limit / (1.0 - limit)))  # p >= limit <=> logit >= logit(limit)
        out: list[list[tuple[str, int]]] = [[] for _ in texts]
        for i, k in hits:
            out[i].append((self.types[k], int(k)))
        return out

    def probabilities(self, text: str) -> tuple[float, ...]:
        """The probability of an event of each type (in ``types`` order) in one sentence."""
        return tuple(float(p) for p in 1.0 / (1.0 + np.exp(-self.logits([text])[0])))

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[str, int, int]]:
        """The (event type, start, end) of each type likely in ``text``: start/end of its most telling word."""
        return [(etype, *self.telling_word(text, k)) for etype, k in self.detect_many([text], threshold)[0]]

    def telling_word(self, text: str, k: int) -> tuple[int, int]:
        """Offsets of the word of ``text`` with the largest weight toward type number ``k`` (0, 0 if none)."""
        best, where = 0.0, (0, 0)
        for m in WORD.finditer(lowered(text)):
            w = self.table.get(m.group())
            if w is not None and w[k] > best:
                best, where = w[k], (m.start(), m.end())
        return where


class Lookup:
    """A model's features as numbers, to find the rows of a text's features without building their strings
    (``Model.logits``).

    Every word of a feature gets a number (1, 2, ...; 0: a word of no feature); ``word_rows[number]`` is the row
    of the word's own feature (0: none) and ``pair_rows[(number(a), number(b))]`` the row of the pair 'a__b'.
    A text's words are those of ``words``, read token by token (its whitespace-separated pieces, lower-cased: a
    word never spans whitespace), and each token's numbers are remembered (a corpus has far fewer distinct
    tokens than sentences; keyed by token, never by text).
    """

    LIMIT = 200_000  # most tokens remembered

    def __init__(self, index: dict[str, int]) -> None:
        """Number the words of ``index``'s features (feature -> row) and index its words and pairs."""
        numbers: dict[str, int] = {}
        word_feats: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        for feat, row in index.items():
            if WORD.fullmatch(feat):
                word_feats[feat] = row
                numbers.setdefault(feat, len(numbers) + 1)
                continue
            parts = feat.split("__")  # a word has no '_', so a pair splits in exactly two words
            if len(parts) == 2 and all(WORD.fullmatch(w) for w in parts):
                pairs[(parts[0], parts[1])] = row
                for w in parts:
                    numbers.setdefault(w, len(numbers) + 1)
            # any other feature is never among a text's ``features``: never looked up
        self.numbers = numbers
        self.word_rows = [0] * (len(numbers) + 1)
        for w, row in word_feats.items():
            self.word_rows[numbers[w]] = row
        self.pair_rows = {(numbers[a], numbers[b]): row for (a, b), row in pairs.items()}
        self.tokens: dict[str, tuple[int, ...]] = {}

    def numbered(self, text: str) -> list[int]:
        """The numbers of the words of ``text`` (``words``; 0 for a word of no feature)."""
        tokens, numbers = self.tokens, self.numbers
        if len(tokens) > self.LIMIT:
            tokens.clear()
        out: list[int] = []
        for token in lowered(text).split():
            got = tokens.get(token)
            if got is None:
                got = tokens[token] = tuple([numbers.get(w, 0) for w in WORD.findall(token)])
            out += got
        return out

    def rows(self, text: str) -> list[int]:
        """``Model.rows_plain(text)``: the intercept, then the rows of the text's words, then those of its word
        pairs, each once, in text order (distinct features have distinct rows: dropping a repeated row is
        dropping a repeated feature)."""
        ids = self.numbered(text)
        return [0, *dict.fromkeys(filter(None, map(self.word_rows.__getitem__, ids))),
                *dict.fromkeys(filter(None, map(self.pair_rows.get, zip(ids, islice(ids, 1, None)))))]


@lru_cache(maxsize=2)
def load(path: Path | None = None, sides_path: Path | None = None) -> Model | None:
    """Read the weights and default sides; None when the weights file does not exist."""
    path, sides_path = Path(path or WEIGHTS), Path(sides_path or SIDES_FILE)
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if len(header) < 2 or header[0] != "feature":
            raise ModelError(f"{path}: header must be feature,<event type>,...; got {header[:3]}")
        types = tuple(header[1:])
        table: dict[str, tuple[float, ...]] = {}
        for line, row in enumerate(reader, start=2):
            try:
                if len(row) != len(header):
                    raise ValueError
                table[row[0]] = tuple(float(x) for x in row[1:])
            except ValueError:
                raise ModelError(f"{path}, line {line}: need a feature and {len(types)} numbers") from None
    if INTERCEPT not in table:
        raise ModelError(f"{path}: no {INTERCEPT} row")
    sides: dict[str, tuple[str, str]] = {}
    if sides_path.exists():
        with sides_path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != ["event_type", "side", "side_rule", "share"]:
                raise ModelError(f"{sides_path}: header must be event_type,side,side_rule,share")
            sides = {r["event_type"]: (r["side"], r["side_rule"]) for r in reader}
    return Model(types, table, sides)


# --- training (needs scikit-learn) -------------------------------------------------------------------


def training_rows(sets: dict[str, str | None] | None = None) -> list[tuple[str, str, frozenset[str], tuple]]:
    """(set name, sentence text, event types labelled in it, ((type, side), ...)) for every sentence of every
    labelled article in ``sets`` (default: every gold set but ``heldout``); optional events count too."""
    from . import corpus, validation

    if sets is None:
        sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout"}
    rows = []
    for name, folder in sets.items():
        _, gold = validation.read_gold(Path(folder) if folder else None)
        tables = validation.analyzed_gold(folder)
        bodies = {r.article_id: corpus.read_article(r.path).body for r in tables["articles"].itertuples()}
        sents = tables["sentences"]
        sents = sents[sents["article_id"].isin(set(gold["article"]))]
        labelled: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for g in gold.itertuples():
            if g.required == "optional" and not OPTIONAL_TOO:
                continue
            pos = validation.locate(bodies[g.article], g.evidence, f"gold {g.article}")
            labelled.setdefault((g.article, pos), []).append((g.event_type, g.side))
        starts: dict[str, list[tuple[int, int, int]]] = {}
        for i, s in enumerate(sents.itertuples()):
            starts.setdefault(s.article_id, []).append((s.char_start, s.char_end, i))
        found: dict[int, list[tuple[str, str]]] = {}
        for (article, pos), types in labelled.items():
            for a, b, i in starts.get(article, []):
                if a <= pos < b:
                    found.setdefault(i, []).extend(types)
        for i, s in enumerate(sents.itertuples()):
            types = found.get(i, [])
            rows.append((name, s.text, frozenset(t for t, _ in types), tuple(types)))
    return rows


def fit(rows: list[tuple[str, str, frozenset[str], tuple]]) -> Model:
    """Fit one logistic regression per event type with enough labelled sentences; return the model."""
    from collections import Counter

    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=lambda d: d, binary=True, min_df=MIN_DF)
    x = vec.fit_transform([features(text) for _, text, _, _ in rows])
    counts = Counter(t for _, _, types, _ in rows for t in types)
    types = tuple(sorted(t for t, n in counts.items() if n >= MIN_POSITIVES))
    columns, intercepts = [], []
    for t in types:
        y = [t in labelled for _, _, labelled, _ in rows]
        model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)
        columns.append(model.coef_[0])
        intercepts.append(float(model.intercept_[0]))
    table = {INTERCEPT: tuple(intercepts)}
    for j, feat in enumerate(vec.get_feature_names_out()):
        table[str(feat)] = tuple(float(col[j]) for col in columns)
    side_counts: dict[str, Counter] = {}
    for *_, pairs in rows:
        for t, side in pairs:
            side_counts.setdefault(t, Counter())[side] += 1
    sides = {}
    for t in types:
        side, n = sorted(side_counts[t].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        share = n / sum(side_counts[t].values())
        sides[t] = (side, "fixed" if share >= FIXED_SHARE else "subject", round(share, 3))
    return Model(types, table, sides)


def write(model: Model, path: Path | None = None, sides_path: Path | None = None) -> Path:
    """Write the weights (6 decimals, features sorted) and default sides atomically."""
    path, sides_path = Path(path or WEIGHTS), Path(sides_path or SIDES_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    for target, header, lines in (
            (path, ["feature", *model.types],
             [[f, *(f"{w:.6f}" for w in model.table[f])] for f in [INTERCEPT, *sorted(k for k in model.table
                                                                                         if k != INTERCEPT)]]),
            (sides_path, ["event_type", "side", "side_rule", "share"], [[t, *model.sides[t]] for t in model.types])):
        tmp = target.with_suffix(".csv.tmp")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, lineterminator="\n")
            out.writerow(header)
            out.writerows(lines)
        tmp.replace(target)
    load.cache_clear()
    return path


@contextmanager
def using(path: Path | None, sides_path: Path | None = None):
    """Within the block, events use the weights at ``path`` (a missing file: the patterns alone)."""
    global WEIGHTS, SIDES_FILE
    saved = WEIGHTS, SIDES_FILE
    WEIGHTS, SIDES_FILE = Path(path) if path else Path("/nonexistent/event_weights.csv"), Path(sides_path or SIDES_FILE)
    load.cache_clear()
    try:
        yield
    finally:
        WEIGHTS, SIDES_FILE = saved
        load.cache_clear()


_SENTENCE_STAGES: dict[str, tuple] | None = None  # set by ``reusing_sentence_stages``: folder → its sentence stage


@contextmanager
def reusing_sentence_stages():
    """Within the block, ``matched_events`` runs every stage but the events once per gold set and only the events
    stage again on later calls for the same set (``pipeline.sentence_stage``; read from the analysis cache where it
    holds the set, ``sentence_stages``): what the block varies is the event models alone (detector, verifier, date
    chooser), which nothing before the events stage reads. Leave-one-set-out
    scores each left-out set two or three times, once per event model. Nothing is kept after the block, so a
    later change to the other models or to the lexicons is never missed."""
    global _SENTENCE_STAGES
    saved = _SENTENCE_STAGES
    _SENTENCE_STAGES = {} if saved is None else saved
    try:
        yield
    finally:
        _SENTENCE_STAGES = saved


def matched_events(folder: str | None) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """The gold events of the set in ``folder`` matched with the pipeline's (``validation.match_events``) and the
    pipeline's tables, analysed afresh (no cache: the model varies; within ``reusing_sentence_stages`` the stages
    before the events run once per set)."""
    from . import corpus, pipeline, validation

    where = Path(folder) if folder else None
    st, ev = validation.read_gold(where)
    names = sorted(set(st["article"]) | set(ev["article"]))
    frame = corpus.read_corpus([validation.article_path(n, where) for n in names])
    if _SENTENCE_STAGES is None:
        tables = pipeline.analyze_corpus(frame)
    else:
        key = str(folder or "")
        with pipeline.heap_frozen():
            if key not in _SENTENCE_STAGES:
                _SENTENCE_STAGES[key] = sentence_stages(frame.to_dict("records"))
            tables = pipeline.build_tables(pipeline.event_stage(*_SENTENCE_STAGES[key]))
    return validation.match_events(ev, tables), tables


def sentence_stages(rows: list[dict]) -> tuple[list[tuple], dict]:
    """``pipeline.sentence_stage`` of corpus ``rows``, read from the gold sets' analyses where the analysis cache
    holds them (``validation.analyzed_gold``'s folder; an entry is keyed by the code, lexicon and model files, and
    its sentences and statements are those stages' columns), computed for the others."""
    import os

    from . import cache, pipeline

    with cache.using_folder(os.environ.get(cache.GOLD_CACHE_ENV)):
        parts = [cache.load_entry(r, cache.CacheStats()) for r in rows]
    missing = [r for r, part in zip(rows, parts) if part is None]
    computed, shared = pipeline.sentence_stage(missing) if missing else ([], {})
    fresh = iter(computed)
    out = []
    for row, part in zip(rows, parts):
        if part is None:
            out.append(next(fresh))
            continue
        sents, stmts = ({k: v for k, v in part.columns[name].items() if k != "article_id"}
                        for name in ("sentences", "statements"))
        out.append((row, row["body"], pipeline.Stage(cols=sents), pipeline.Stage(cols=stmts)))
    return out, shared


def event_figures(folder: str | None) -> dict[str, float]:
    """Event F1, dates and side on the gold set in ``folder``, analysed afresh (no cache: the model varies)."""
    from . import validation

    return validation.event_scores(matched_events(folder)[0])


CV_KEYS = ("event_f1", "event_precision", "event_recall", "date_accuracy", "side_accuracy")


def cross_validate(rows: list[tuple[str, str, frozenset[str], tuple]], names: list[str] | None = None,
                   verifier_rows: list[dict] | None = None) -> list[dict]:
    """Leave-one-set-out: for each gold set (or those in ``names``), the patterns alone and the patterns plus a
    detector trained on the other sets, scored on the left-out set (no verifier: ``helpers.event_verifier``);
    with ``verifier_rows`` (``event_verifier.training_rows``), also that detector plus a verifier trained on the
    other sets' rows."""
    import tempfile

    from . import event_verifier, validation

    sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout" and (names is None or k in names)}
    out = []
    with tempfile.TemporaryDirectory() as tmp, event_verifier.using(None), reusing_sentence_stages():
        for name, folder in sets.items():
            with using(None):
                base = event_figures(folder)
            write(fit([r for r in rows if r[0] != name]), Path(tmp) / "w.csv", Path(tmp) / "s.csv")
            with using(Path(tmp) / "w.csv", Path(tmp) / "s.csv"):
                learned = event_figures(folder)
                if verifier_rows is not None:
                    event_verifier.write(event_verifier.fit([r for r in verifier_rows if r["set"] != name]),
                                         Path(tmp) / "v.csv")
                    with event_verifier.using(Path(tmp) / "v.csv"):
                        checked = event_figures(folder)
            out.append({"left_out": name, "required_events": base["n_gold_required"],
                        **{f"patterns_{k}": round(base[k], 3) for k in CV_KEYS},
                        **{f"with_model_{k}": round(learned[k], 3) for k in CV_KEYS},
                        **({f"with_verifier_{k}": round(checked[k], 3) for k in CV_KEYS} if verifier_rows is not None
                           else {})})
    return out


@contextmanager
def threshold_set(limit: float):
    """Within the block, the detector decides at probability ``limit`` (``THRESHOLD``, read at apply time)."""
    global THRESHOLD
    saved = THRESHOLD
    THRESHOLD = float(limit)
    try:
        yield
    finally:
        THRESHOLD = saved


def _figures_and_alarms(folder: str | None) -> tuple[dict[str, float], dict[str, int]]:
    """``event_figures`` of the set in ``folder``, plus its false alarms counted by 'method:event type'."""
    from collections import Counter

    from . import validation

    matched, tables = matched_events(folder)
    method = {(r.article_id, r.event_id): getattr(r, "method", "pattern") for r in tables["events"].itertuples()}
    alarms = Counter(f"{method.get((r.article, r.event_id), '?')}:{r.event_type}"
                     for r in matched[matched["status"] == "false_alarm"].itertuples()) if len(matched) else Counter()
    return validation.event_scores(matched), dict(alarms)


def threshold_sweep(rows: list[tuple[str, str, frozenset[str], tuple]], thresholds: tuple[float, ...],
                    names: list[str] | None = None) -> list[dict]:
    """Leave-one-set-out at several thresholds on the same folds: for each gold set (or those in ``names``) the
    detector is fitted once on the other sets, then the left-out set is scored at each threshold with those
    weights (the threshold acts at apply time only, so this equals ``cross_validate`` run once per threshold).
    One row per (set, threshold): the ``CV_KEYS`` figures, counts, and false alarms by 'method:type'."""
    import tempfile

    from . import event_verifier, validation

    sets = {k: v for k, v in validation.gold_sets().items() if k != "heldout" and (names is None or k in names)}
    out = []
    with tempfile.TemporaryDirectory() as tmp, event_verifier.using(None):  # the detector alone on the patterns
        for name, folder in sets.items():
            write(fit([r for r in rows if r[0] != name]), Path(tmp) / "w.csv", Path(tmp) / "s.csv")
            with using(Path(tmp) / "w.csv", Path(tmp) / "s.csv"):
                for limit in thresholds:
                    with threshold_set(limit):
                        figures, alarms = _figures_and_alarms(folder)
                    out.append({"left_out": name, "threshold": limit, **{k: figures[k] for k in CV_KEYS},
                                "required_events": figures["n_gold_required"], "found": figures["n_found"],
                                "false_alarms": figures["n_false_alarms"], "alarms_by_type": alarms})
    return out


def write_cv(rows: list[dict], path: Path | None = None) -> Path:
    """Write the leave-one-set-out figures as CSV, atomically (columns in the order of the first row's keys;
    the tone model's figures are written the same way)."""
    path = Path(path or CV)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        out.writeheader()
        out.writerows(rows)
    tmp.replace(path)
    return path


def cross_validation_table(path: Path | None = None):
    """The leave-one-set-out figures of the last ``train --cv`` as a DataFrame (empty if never run)."""
    import pandas as pd

    path = Path(path or CV)
    return pd.read_csv(path) if path.exists() else pd.DataFrame()
