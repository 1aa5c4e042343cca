"""A learned chooser of an event's date window among the rules' window and three windows at the article date.

Why (issue 4; ``benchmarks/date_chooser_experiment.py``): many events the rules date wrong happened on the article
day or the day before, or belong to the news-of-the-day window, and the one-day tolerance of the scoring rule makes
those windows cheap to get right. For each dated event four candidate windows are built: the rules' window
(``rules``), the article day (``article_day``), the day before (``day_before``) and the news-of-the-day window
``dates.news_default`` (the day before to the article day; ``news_default``); candidates giving the same window are
merged (their kinds kept). A logistic regression gives P(candidate right | candidate kind and its place against
the article date, crossed with the event's features: date basis, type, side, method, the rules' window's place,
date phrases in the sentence, tense and time words near the trigger, quotation, paragraph position, ...). The rules'
window is kept unless the best other candidate beats it by more than ``MARGIN`` (0.1, fixed in advance in the
experiment, not tuned here); a switched event gets the candidate's window and ``date_basis`` ``article_date``.

Measured in the experiment: leave-one-set-out over 81 sets about +0.01 date accuracy (46 sets up, 6 down); fitted
once on 81 sets it raised rounds 88-90 from 163 to 168 of 208 events dated right (no wrong switch).

The weights live in ``data/models/date_chooser_weights.csv`` (feature,weight, the ``(intercept)`` row first);
``python -m helpers train`` rebuilds it after the event detector and verifier (``fit`` of ``training_rows``: the
matched events of dev and every round, never held-out, analysed afresh with the chooser off). No file, no chooser:
the rules' windows stay. Applying it needs no pandas: a dictionary look-up per feature.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from . import dates, event_verifier, paths, stance_model
from .text import ascii_foldable

WEIGHTS = paths.DATA / "models" / "date_chooser_weights.csv"
INTERCEPT = "(intercept)"
MARGIN = 0.1  # switch only when the best candidate beats the rules' window by more than this (fixed in advance)
C = 0.3  # inverse regularisation strength (as in the experiment)
BASIS = "article_date"  # the date_basis of a switched event
SMALL = ("rules", "article_day", "day_before", "news_default")

FUTURE = re.compile(r"\b(?:will|would|shall|plans? to|planned to|intends? to|is to|going to|expected to|set to|soon|"
                    r"next|upcoming|deadline)\b", re.I)
PERFECT = re.compile(r"\b(?:had|has|have)\b", re.I)
SAID = re.compile(r"\b(?:said|says|told|added|stated|according to)\b", re.I)
EARLIER = re.compile(r"\b(?:earlier|previously|last|ago|before|since|first|initially|in 20\d\d)\b", re.I)
LATER = re.compile(r"\b(?:later|then|after|afterwards|subsequently|following|next day|same day)\b", re.I)
TODAY = re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening|on \w+day|yesterday)\b", re.I)
QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
# words one of which every match of each cue pattern contains, lower-cased: a cheap necessary test before the search
# (``cue``; exact where lower-casing is, ``text.ascii_foldable``)
CUE_WORDS = {
    FUTURE: ("will", "would", "shall", "plan", "intend", "is to", "going to", "expected to", "set to", "soon", "next",
             "upcoming", "deadline"),
    PERFECT: ("had", "has", "have"),
    SAID: ("said", "says", "told", "added", "stated", "according to"),
    EARLIER: ("earlier", "previously", "last", "ago", "before", "since", "first", "initially", "in 20"),
    LATER: ("later", "then", "after", "subsequently", "following", "next day", "same day"),
    TODAY: ("today", "tonight", "this morning", "this afternoon", "this evening", "day"),
}


def cue(pattern: re.Pattern, text: str, low: str | None) -> bool:
    """``bool(pattern.search(text))``, first testing for one of its ``CUE_WORDS`` in ``low`` (``text.lower()`` when
    ``ascii_foldable(text)``, else None: then the search alone)."""
    if low is not None:
        for w in CUE_WORDS[pattern]:  # a plain loop: a generator in ``any`` cost more than the tests (speed, s24)
            if w in low:
                break
        else:
            return False
    return pattern.search(text) is not None


EVENT_FEATS = ["basis", "type", "side", "method", "rules_rel", "has_date_text", "sent_has_date", "sent_n_dates",
               "future", "perfect", "said", "earlier", "later", "today", "quoted", "par_pos", "first_event",
               "prev_same_par", "prev_sent_dated", "clause_evidence", "n_in_sent", "rules_phrase_in_sent"]


def _text(x) -> str:
    """A cell as text: None and NaN are ''."""
    if x.__class__ is str:  # most cells: returned as ``str(x)`` would
        return x
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return str(x)


@lru_cache(maxsize=4096)
def relation(start: str, end: str, article: str) -> str:
    """Where a window lies against the article date (a coarse feature; remembered: a pure function of three
    strings, asked for every candidate of every event)."""
    if not start and not end:
        return "open"
    a = dt.date.fromisoformat(article)
    if not start:
        e = dt.date.fromisoformat(end)
        return "open_start_to_A" if abs((e - a).days) <= 1 else "open_start_past"
    if not end:
        s = dt.date.fromisoformat(start)
        return "from_A_open" if abs((s - a).days) <= 1 else ("from_past_open" if s < a else "from_future_open")
    s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    width = (e - s).days
    near = "at_A" if abs((e - a).days) <= 1 and abs((s - a).days) <= 1 else (
        "past" if e < a - dt.timedelta(days=1) else ("future" if s > a + dt.timedelta(days=1) else "spans_A"))
    size = "day" if width <= 1 else ("week" if width <= 8 else ("month" if width <= 31 else "long"))
    return f"{near}_{size}"


def candidates(start: str, end: str, article: str) -> list[tuple[str, str, list[str], bool]]:
    """The distinct candidate windows (start, end, kinds, is the rules' window), the rules' first."""
    before, news_start, news_end = _article_windows(article)
    raw = [("rules", start, end), ("article_day", article, article), ("news_default", news_start, news_end),
           ("day_before", before, before)]
    seen: dict[tuple[str, str], list[str]] = {}
    for kind, s, e in raw:
        seen.setdefault((_text(s), _text(e)), []).append(kind)
    return [(s, e, kinds, (s, e) == (start, end)) for (s, e), kinds in seen.items()]


@lru_cache(maxsize=256)
def _article_windows(article: str) -> tuple[str, str, str]:
    """The day before the article date and the news-of-the-day window's bounds (``candidates``: the same for every
    event of an article)."""
    news = dates.news_default(article)
    return (dt.date.fromisoformat(article) - dt.timedelta(days=1)).isoformat(), news.start, news.end


@lru_cache(maxsize=4096)
def _choices(start: str, end: str, article: str) -> tuple[tuple[str, str, tuple[str, ...], bool, str], ...]:
    """``candidates`` with each one's ``relation`` to the article date, frozen (remembered for ``Chooser.choose``:
    the events of an article share a few windows)."""
    return tuple((s, e, tuple(kinds), is_rules, relation(s, e, article)) for s, e, kinds, is_rules in
                 candidates(start, end, article))


def _resolved(text: str, article: str) -> list:
    """(phrase, window) of the date phrases of ``text`` that resolve without an anchor (order words left out)."""
    out = []
    for p in dates.find_phrases(text):
        if p.kind in dates.ORDER_KINDS:
            continue
        try:
            w = dates.resolve(p, article, None)
        except Exception:  # noqa: BLE001 - a phrase that cannot be resolved is no candidate
            continue
        if w.start or w.end:
            out.append((p, w))
    return out


def event_features(article: str, texts: list, starts: list, paragraphs: list, events: list[dict]) -> list[dict]:
    """The event features of each event of one article (in the order of ``events``: dicts with char_start,
    evidence, date_start, date_end, date_text, date_basis, event_type, side, method)."""
    texts = [str(t) for t in texts]
    starts = [int(s) for s in starts]
    paragraphs = [int(p) for p in paragraphs]
    n_par = max(max(paragraphs), 1) if paragraphs else 1
    order = sorted(range(len(events)), key=lambda j: int(events[j]["char_start"]))  # stable, as in the experiment
    rank = {j: i for i, j in enumerate(order)}
    at_start: dict[int, int] = {}
    for r in events:
        at_start[int(r["char_start"])] = at_start.get(int(r["char_start"]), 0) + 1
    dated: dict[int, bool] = {}
    resolved: dict[int, list] = {}  # sentence -> its resolved date phrases (several events share a sentence)
    quotes: dict[int, list] = {}  # sentence -> its quotations' (start, end)

    def sentence_of(pos: int) -> int:
        return max(0, min(bisect.bisect_right(starts, pos) - 1, len(texts) - 1))

    def resolved_in(j: int) -> list:
        if j not in resolved:
            resolved[j] = _resolved(texts[j], article)
        return resolved[j]

    def sentence_dated(j: int) -> bool:
        if j not in dated:
            dated[j] = any(p.kind not in ("plan", "current", "recent") for p, _ in resolved_in(j))
        return dated[j]

    out = []
    for j, e in enumerate(events):
        i = rank[j]
        si = sentence_of(int(e["char_start"]))
        stext = texts[si] if texts else ""
        par = paragraphs[si] if paragraphs else 0
        evid = _text(e.get("evidence"))
        found = stext.find(evid) if evid else -1
        rel = max(found, 0) if evid and evid != stext else 0
        rel_end = rel + len(evid) if evid and evid != stext and found >= 0 else len(stext)
        with_pos = resolved_in(si) if texts else _resolved(stext, article)
        ctx = stext[rel:rel_end]
        low = ctx.lower() if ascii_foldable(ctx) else None
        slow = stext.lower() if ascii_foldable(stext) else None
        if si not in quotes:
            quotes[si] = [m.span() for m in QUOTE.finditer(stext)]
        quoted_chars = sum(max(0, min(qe, rel_end) - max(qs, rel)) for qs, qe in quotes[si])
        date_text = _text(e.get("date_text"))
        start, end = _text(e.get("date_start")), _text(e.get("date_end"))
        prev_same_par = False
        if i > 0:
            prev = events[order[i - 1]]
            prev_same_par = paragraphs[sentence_of(int(prev["char_start"]))] == par
        out.append({
            "basis": _text(e.get("date_basis")), "type": _text(e.get("event_type")), "side": _text(e.get("side")),
            "method": _text(e.get("method")), "rules_rel": relation(start, end, article),
            "has_date_text": bool(date_text), "sent_has_date": bool(with_pos), "sent_n_dates": min(len(with_pos), 3),
            "future": cue(FUTURE, ctx, low), "perfect": cue(PERFECT, ctx, low), "said": cue(SAID, stext, slow),
            "earlier": cue(EARLIER, ctx, low), "later": cue(LATER, ctx, low), "today": cue(TODAY, ctx, low),
            "quoted": quoted_chars > 0.5 * max(rel_end - rel, 1),
            "par_pos": "lead" if par <= 1 else ("early" if par <= 3 else ("mid" if par / n_par < 0.6 else "late")),
            "first_event": i == 0, "prev_same_par": prev_same_par,
            "prev_sent_dated": bool(si > 0 and sentence_dated(si - 1)),
            "clause_evidence": rel_end - rel < len(stext), "n_in_sent": min(at_start[int(e["char_start"])], 3),
            "rules_phrase_in_sent": bool(date_text) and date_text in stext,
        })
    return out


def featurize(feats: dict, kinds: list[str], is_rules: bool, cand_rel: str) -> list[str]:
    """The (binary) features of one candidate: its kinds and its place against the article date, each alone and
    crossed with each event feature; the number of kinds; its place crossed with the rules' window's place."""
    kinds = list(kinds) + (["RULES"] if is_rules else [])
    out = []
    for t in [f"k={k}" for k in kinds] + [f"rel={cand_rel}"]:
        out.append(t)
        out += [f"{t}&{f}={feats[f]}" for f in EVENT_FEATS]
    out.append(f"n_kinds={min(len(kinds), 4)}")
    out.append(f"rel={cand_rel}&rules_rel={feats['rules_rel']}")  # also one of the crossings: counted once
    return list(dict.fromkeys(out))


def suffixes_of(feats: dict) -> list[str]:
    """An event's crossings as featurize names them after the candidate's token: ['&basis=order', ...]."""
    return [f"&{f}={feats[f]}" for f in EVENT_FEATS]


class Chooser:
    """The logistic regression's weights (feature -> weight, the intercept under ``INTERCEPT``)."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self.intercept = weights.get(INTERCEPT, 0.0)
        # the crossed weights by their first part ('rel=past' -> {'&type=statement': w, ...}): ``fast_probability``
        # adds the same weights in the same order as ``probability(featurize(...))`` without building the names
        self.crossed: dict[str, dict[str, float]] = {}
        for f, w in weights.items():
            head, amp, tail = f.partition("&")
            if amp:
                self.crossed.setdefault(head, {})["&" + tail] = w
        # the same rows completed with 0.0 for every crossing any row names, so that one ``itemgetter`` call reads an
        # event's 22 terms of a token (``prepare``); and each candidate's tokens and their own weights (``_plan``)
        known = set().union(*self.crossed.values())
        self.full = {head: {x: row.get(x, 0.0) for x in known} for head, row in self.crossed.items()}
        self.known = frozenset(known)
        self.plans: dict[tuple, tuple[list, float]] = {}

    def probability(self, features: list[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def fast_probability(self, suffixes: list[str], kinds: list[str], is_rules: bool, cand_rel: str) -> float:
        """``probability(featurize(feats, kinds, is_rules, cand_rel))``, bit for bit, where ``suffixes`` are the
        event's crossings ``['&basis=order', '&type=statement', ...]`` in ``EVENT_FEATS`` order (``suffixes_of``):
        the terms in featurize's order, each token's block once (its crossing with rules_rel is featurize's last,
        duplicate, name)."""
        return self.prepared_probability(self.prepare(suffixes), kinds, is_rules, cand_rel)

    def prepare(self, suffixes: list[str]) -> tuple:
        """An event's crossings made ready for ``prepared_probability`` (once per event, for all its candidates):
        an ``itemgetter`` of them when every one is named by some weight (else None: looked up one by one)."""
        if len(suffixes) > 1 and self.known.issuperset(suffixes):
            return suffixes, itemgetter(*suffixes), (0.0,) * len(suffixes)
        return suffixes, None, (0.0,) * len(suffixes)

    def _plan(self, kinds: list[str], is_rules: bool, cand_rel: str) -> tuple[list, float]:
        """(token's weight, token's completed crossing row or None) of a candidate's distinct tokens in featurize's
        order, and the weight of its number of kinds (remembered: a few dozen distinct candidates)."""
        key = (tuple(kinds), is_rules, cand_rel)
        plan = self.plans.get(key)
        if plan is None:
            heads = list(dict.fromkeys([f"k={k}" for k in list(kinds) + (["RULES"] if is_rules else [])]
                                       + [f"rel={cand_rel}"]))
            plan = ([(self.weights.get(t, 0.0), self.full.get(t)) for t in heads],
                    self.weights.get(f"n_kinds={min(len(kinds) + (1 if is_rules else 0), 4)}", 0.0))
            if len(self.plans) < 4096:
                self.plans[key] = plan
        return plan

    def prepared_probability(self, prepared: tuple, kinds: list[str], is_rules: bool, cand_rel: str) -> float:
        """``fast_probability`` of an event's ``prepare``d crossings: the same terms in the same order (a token's
        weight, then its crossings, 0.0 where no weight is named), gathered by C calls, then summed as before."""
        suffixes, get, zeros = prepared
        blocks, n_kinds = self._plan(kinds, is_rules, cand_rel)
        terms: list[float] = []
        for w, row in blocks:
            terms.append(w)
            if row is None:
                terms += zeros
            elif get is not None:
                terms += get(row)
            else:
                terms += map(row.get, suffixes, repeat(0.0))
        terms.append(n_kinds)
        z = self.intercept + sum(terms)
        return 1.0 / (1.0 + math.exp(-z))

    def choose(self, feats: dict, start: str, end: str, article: str) -> tuple[str, str] | None:
        """The window to switch to, or None to keep the rules' window."""
        cands = _choices(start, end, article)
        prepared = self.prepare(suffixes_of(feats))
        probs = [self.prepared_probability(prepared, kinds, is_rules, rel) for _, _, kinds, is_rules, rel in cands]
        p_rules = next((p for p, c in zip(probs, cands) if c[3]), -1.0)
        best = max(range(len(cands)), key=lambda k: (probs[k], -k))  # the first of the highest
        if cands[best][3] or probs[best] <= p_rules + MARGIN:
            return None
        return cands[best][0], cands[best][1]


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> Chooser | None:
    """Read the weights (one column ``weight``); None when the file does not exist."""
    table = stance_model.read_weights(Path(path or WEIGHTS), ("weight",))
    return None if table is None else Chooser({f: w[0] for f, w in table.items()})


@contextmanager
def using(path: Path | None):
    """Within the block, events use the chooser at ``path`` (None: no chooser, the rules' windows)."""
    global WEIGHTS
    saved = WEIGHTS
    WEIGHTS = Path(path) if path else Path("/nonexistent/date_chooser_weights.csv")
    load.cache_clear()
    try:
        yield
    finally:
        WEIGHTS = saved
        load.cache_clear()


def apply(rows: list[dict], article_date: str, texts, starts, paragraphs) -> int:
    """Switch the windows of the event rows of one article (``helpers.events.extract_columns``' final rows) the
    chooser finds better by more than ``MARGIN``; return how many were switched. No weights file: nothing."""
    chooser = load()
    if chooser is None or not rows or not article_date:
        return 0
    article = str(article_date)[:10]
    if paragraphs is None:
        paragraphs = [0] * len(texts)
    feats = event_features(article, list(texts), list(starts), list(paragraphs), rows)
    switched = 0
    for r, f in zip(rows, feats):
        window = chooser.choose(f, _text(r.get("date_start")), _text(r.get("date_end")), article)
        if window is not None:
            r["date_start"], r["date_end"], r["date_basis"] = window[0], window[1], BASIS
            switched += 1
    return switched


# --- training (needs scikit-learn) -------------------------------------------------------------------


def table_rows(name: str, tables: dict, matched) -> list[dict]:
    """Training rows of one analysed set: one per (matched event, candidate window): set, label (the candidate is
    right by the scoring rule, ``validation.within_day`` on both bounds) and features."""
    from . import validation

    found = matched[matched["status"].isin(["found", "optional_found"])]
    gold = {(r.article, r.event_id): (_text(r.gold_date_min), _text(r.gold_date_max)) for r in found.itertuples()}
    arts = tables["articles"].set_index("article_id")
    sents, events = tables["sentences"], tables["events"]
    out = []
    for aid in dict.fromkeys(found["article"]):
        article = str(arts.loc[aid, "date"])[:10]
        s = sents[sents["article_id"] == aid].sort_values("char_start", kind="stable")
        ev = events[events["article_id"] == aid].to_dict("records")
        feats = event_features(article, s["text"].tolist(), s["char_start"].tolist(), s["paragraph"].tolist(), ev)
        for e, f in zip(ev, feats):
            if (aid, e["event_id"]) not in gold:
                continue
            lo, hi = gold[(aid, e["event_id"])]
            start, end = _text(e["date_start"]), _text(e["date_end"])
            for cs, ce, kinds, is_rules in candidates(start, end, article):
                out.append({"set": name, "label": int(validation.within_day(lo, cs) and validation.within_day(hi, ce)),
                            "features": featurize(f, kinds, is_rules, relation(cs, ce, article))})
    return out


def training_sets() -> dict[str, str | None]:
    """The sets the chooser learns from: dev and every round; never held-out."""
    from . import validation

    return {k: f for k, f in validation.gold_sets().items()
            if k != "heldout" and "heldout" not in Path(str(f or "")).parts}


def training_rows(log=None) -> list[dict]:
    """Training rows of every set but held-out, each analysed afresh with the chooser off (the rules' windows)."""
    from . import event_model

    out = []
    with using(None), event_model.reusing_sentence_stages():  # the stages before the events: from the analysis cache
        for name, folder in training_sets().items():
            matched, tables = event_model.matched_events(folder)
            out += table_rows(name, tables, matched)
            if log:
                log(f"date chooser: {name} done ({len(out)} rows)")
    return out


def fit(rows: list[dict]) -> Chooser:
    """Fit the logistic regression (liblinear, as in the experiment) on the candidate rows."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1.0) for r in rows])
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear: 32-bit indices
    model = LogisticRegression(C=C, max_iter=2000, solver="liblinear", random_state=0)  # random_state: reproducible
    model.fit(x, [r["label"] for r in rows])
    weights = {INTERCEPT: float(model.intercept_[0])}
    weights.update({str(f): float(w) for f, w in zip(vec.get_feature_names_out(), model.coef_[0]) if w != 0.0})
    return Chooser(weights)


def write(chooser: Chooser, path: Path | None = None) -> Path:
    """Write the weights atomically, in the verifier's format (``event_verifier.write_weights``)."""
    path = event_verifier.write_weights(Path(path or WEIGHTS), chooser.intercept, chooser.weights)
    load.cache_clear()
    return path


def main() -> None:
    """``python -m helpers.date_chooser [OUT]``: fit the chooser alone and write its weights."""
    import sys

    rows = training_rows(log=lambda line: print(line, file=sys.stderr, flush=True))
    path = write(fit(rows), Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"date chooser: {len(rows)} candidate rows -> {path}")


if __name__ == "__main__":  # run the imported module's main: ``using`` must patch the module the events stage reads
    from helpers.date_chooser import main as imported_main

    imported_main()
