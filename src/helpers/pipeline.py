"""The whole analysis of a corpus: articles → sentences → statements → stance, sentiment, events.

In: paths to articles (or an articles DataFrame from ``helpers.corpus``). Out: the four
contract tables (``articles``, ``sentences``, ``statements``, ``events``) as DataFrames,
with stable ids; ``write_tables`` in ``helpers.tables`` writes them. Parallel runs (a process
pool, or a Dask cluster) live in ``helpers.engines`` and give the same tables, byte for byte.

Speed: with pandas 3 every small DataFrame operation costs 0.1–0.3 ms, so the per-article
work passes plain *columns* (``dict`` of column name → ``list``) between stages, and the
four DataFrames are built once per batch of articles (``build_tables``), not per article.
A stage module that offers a column-based function (``actors.attribute_columns``,
``actors.statement_columns``, ``stance.score_columns``, ``stance.aggregate_columns``,
``events.extract_columns``; see ``benchmarks/README.md``) is called through it; otherwise
its DataFrame function is called, as before. Either way the tables are the same.
Many articles are analysed stage by stage (``analyze_batch_rows``: all split, then all
attributed, then all scored, ...), which keeps each stage's lexicons and caches in the CPU
caches; the tables are those of analysing each article alone.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pandas as pd

from . import actors, corpus, events, sentiment, stance, tables, text, tone_model

Columns = dict[str, list]
META = ("article_id", "path", "date", "title", "outlet", "url", "content_hash")


@dataclass
class ArticleRows:
    """One article's four tables as columns (name → list), with the dtypes a stage gave them, if any."""

    columns: dict[str, Columns]
    dtypes: dict[str, dict[str, object]] = field(default_factory=dict)

    def __len__(self) -> int:
        """Number of sentences."""
        return n_rows(self.columns["sentences"])


def n_rows(cols: Columns) -> int:
    """Return the number of rows of a columns dict."""
    return len(next(iter(cols.values()))) if cols else 0


class Stage:
    """A table between stages: columns or a DataFrame, each converted to the other only when asked for."""

    def __init__(self, cols: Columns | None = None, frame: pd.DataFrame | None = None) -> None:
        """Wrap columns or a DataFrame returned by a stage module."""
        self._cols, self._frame = cols, frame

    @property
    def cols(self) -> Columns:
        """The table as columns (name → list)."""
        if self._cols is None:
            self._cols = {c: self._frame[c].tolist() for c in self._frame.columns}
        return self._cols

    @property
    def dtypes(self) -> dict[str, object]:
        """The dtypes a stage module gave its DataFrame ({} for columns)."""
        return dict(self._frame.dtypes.items()) if self._frame is not None else {}

    def column(self, name: str) -> list:
        """Return one column as a list."""
        return self._cols[name] if self._cols is not None else self._frame[name].tolist()

    def frame(self) -> pd.DataFrame:
        """Return the table as a DataFrame (built once, only for stage modules that need one)."""
        if self._frame is None:
            self._frame = pd.DataFrame(self._cols)
        return self._frame

    def add(self, name: str, values: list) -> None:
        """Add (or replace) a column."""
        if self._frame is not None:
            self._frame[name] = values
        if self._cols is not None:
            self._cols[name] = values


def call(module, columns_fn: str, frame_fn: str, *args):
    """Call ``module.columns_fn`` on columns if the module offers it, else ``module.frame_fn`` on DataFrames.

    ``args`` may hold ``Stage`` objects: they are passed as columns or as DataFrames.
    Returns a ``Stage``.
    """
    fast = getattr(module, columns_fn, None)
    if fast is not None:
        return Stage(cols=fast(*[a.cols if isinstance(a, Stage) else a for a in args]))
    return Stage(frame=getattr(module, frame_fn)(*[a.frame() if isinstance(a, Stage) else a for a in args]))


_FROZEN = False  # heap_frozen is running (an inner call does nothing)
BATCH_GC_THRESHOLD = 100_000  # the young generation's collection threshold while a batch runs (Python's: 700)


@contextmanager
def heap_frozen() -> Iterator[None]:
    """Keep the objects alive when a batch starts out of the garbage collector's full collections while it runs,
    and collect the young generation less often.

    The lexicons, models, compiled patterns and caches are a few hundred thousand long-lived objects; every
    full collection during a batch walked them all, about 20 µs per sentence of a 300-article run, most of it
    landing in the events stage (benchmarks/README.md, session 8). ``gc.freeze`` sets them aside (it moves lists,
    it does not copy) and ``gc.unfreeze`` hands them back when the batch ends; what the batch creates is
    collected as always. Nothing is frozen inside a worker process: one forked by ``helpers.engines`` keeps its
    parent's objects frozen (``engines.frozen_heap``), and unfreezing there would let its next full collection
    touch (and so copy) every page it shares with the parent; nor when objects are frozen already (counting
    them walks them all, so that is asked last, when nothing else says no).

    The batch's own objects nearly all die young, freed by their reference counts; the young-generation
    collections that Python's threshold (700 net new container objects) triggers about a hundred times in a
    300-article batch, and the middle-generation ones they trigger in turn, cost about 5 µs per sentence and find
    almost nothing (session 15, benchmarks/README.md). While a batch runs (in a worker process too) the threshold
    is ``BATCH_GC_THRESHOLD``; the previous thresholds are put back when it ends. Garbage collection never changes
    a result, only when memory held by reference cycles is given back.
    """
    global _FROZEN
    if _FROZEN:
        yield
        return
    freeze = multiprocessing.parent_process() is None and not gc.get_freeze_count()
    thresholds = gc.get_threshold()
    if freeze:
        gc.freeze()
    if 0 < thresholds[0] < BATCH_GC_THRESHOLD:  # 0: the program turned automatic collection off; leave it so
        gc.set_threshold(BATCH_GC_THRESHOLD, *thresholds[1:])
    _FROZEN = True
    try:
        yield
    finally:
        _FROZEN = False
        gc.set_threshold(*thresholds)
        if freeze:
            gc.unfreeze()


def analyze_article_rows(article: dict) -> ArticleRows:
    """Analyse one article (a row of the corpus table) into the four tables, as columns."""
    return analyze_batch_rows([article])[0]


def analyze_batch_rows(articles: list[dict]) -> list[ArticleRows]:
    """Analyse consecutive articles into their four tables, as columns: one ``ArticleRows`` per article.

    Stage by stage over the whole batch (all articles split, then all attributed, then all
    sentences scored for sentiment in one call, ...), not article by article: each stage's
    lexicons, caches and compiled patterns stay in the CPU caches while it runs over many
    articles. Scoring an article's sentences right after attribution and stance had run cost
    about 35 µs per sentence, the same call repeated at once about 22 µs. Every stage works on
    one article at a time and keeps nothing of it (its caches are keyed on words, phrases or
    the article itself), so the tables are those of analysing each article alone.
    """
    with heap_frozen():
        return batch_rows(articles)


def batch_rows(articles: list[dict]) -> list[ArticleRows]:
    """The work of ``analyze_batch_rows`` (which runs it with the objects alive before it frozen)."""
    return event_stage(*sentence_stage(articles))


def sentence_stage(articles: list[dict]) -> tuple[list[tuple], dict]:
    """Every stage but the events of a batch of articles: per article (article, body, sentences, statements), and
    the articles' alias scans that the events stage reuses (``events.SHARED_SCANS``). Nothing here reads the event
    models (detector, verifier, date chooser), so ``event_stage`` may run on the same output again with other ones
    (``event_model.matched_events``); it does not change it."""
    bodies = [a["body"] for a in articles]
    staged, shared = [], {}
    for body in bodies:
        actors.ARTICLE_SCAN[0] = None
        st = call(actors, "attribute_columns", "attribute", body, Stage(cols=text.sentence_columns(body)))
        staged.append(st)
        scan = actors.ARTICLE_SCAN[0]
        if scan is not None and scan[0] is body:  # events name actors with it (events.name_actors)
            shared[" ".join(st.column("text"))] = (st.column("char_start"), scan[1])
    texts = [st.column("text") for st in staged]
    raw_all, dom_all = sentiment.score_pair(list(chain.from_iterable(texts)))
    pairs, at = [], 0
    for st, ts in zip(staged, texts):
        raw, dom = raw_all[at:at + len(ts)], dom_all[at:at + len(ts)]
        at += len(ts)
        st.add("sentiment", raw)
        st.add("sentiment_domain", dom)
        pairs.append((raw, dom))
    staged = score_stance_and_tone(staged)
    out = []
    for article, body, sents, ts, (raw, dom) in zip(articles, bodies, staged, texts, pairs):
        stmts = call(actors, "statement_columns", "statements", sents, body)
        s_raw, s_dom = sentiment.score_pair(stmts.column("text"), known=dict(zip(ts, zip(raw, dom))))
        stmts.add("sentiment", s_raw)
        stmts.add("sentiment_domain", s_dom)
        stmts = call(stance, "aggregate_columns", "aggregate", stmts, sents)
        stmts = call(tone_model, "aggregate_columns", "aggregate_columns", stmts, sents)
        out.append((article, body, sents, stmts))
    return out, shared


def event_stage(out: list[tuple], shared: dict) -> list[ArticleRows]:
    """The events of a batch whose other stages ``sentence_stage`` ran, and each article's four tables."""
    # the events of the whole batch at once: the learned detector scores all its sentences in one call
    events.SHARED_SCANS.update(shared)
    try:
        found = events.extract_many([(article["date"], sents.cols) for article, _, sents, _ in out])
    finally:
        events.SHARED_SCANS.clear()
    return [article_rows(article, body, sents, stmts, Stage(cols=evts))
            for (article, body, sents, stmts), evts in zip(out, found)]


MODEL_BATCH = 256  # articles whose sentences the stance and tone models score together (see score_stance_and_tone)


def score_stance_and_tone(staged: list[Stage]) -> list[Stage]:
    """Add stance (``stance.score_many``) and tone (``tone_model.score_many``) to the sentences of many articles.

    The cue rules run article by article; each learned model scores the sentences of up to ``MODEL_BATCH``
    articles in one matrix sum (one sum per article cost about 3 µs per sentence more). Stance, then tone, a
    part at a time: the tone model reads the words the stance model has just read and remembered
    (``stance_model.marked_words`` keeps the last 8,192 texts, more than 256 articles hold).
    """
    out: list[Stage] = []
    for k in range(0, len(staged), MODEL_BATCH):
        cols = stance.score_many([st.cols for st in staged[k:k + MODEL_BATCH]])
        out += [Stage(cols=c) for c in tone_model.score_many(cols)]
    return out


def article_rows(article: dict, body: str, sents: Stage, stmts: Stage, evts: Stage) -> ArticleRows:
    """Put one article's analysed stages together into its four tables (ids and metadata added)."""
    aid = article["article_id"]
    n_sents, n_stmts, n_evts = n_rows(sents.cols), n_rows(stmts.cols), n_rows(evts.cols)
    out = {"sentences": {"article_id": [aid] * n_sents, **sents.cols},
           "statements": {"article_id": [aid] * n_stmts, **stmts.cols},
           "events": {"article_id": [aid] * n_evts, "event_id": [f"E{i + 1}" for i in range(n_evts)], **evts.cols}}
    meta = {k: [article[k]] for k in META}
    meta["n_sentences"] = [n_sents]
    meta["n_words"] = [len(body.split())]
    out["articles"] = meta
    return ArticleRows(out, {"sentences": sents.dtypes, "statements": stmts.dtypes, "events": evts.dtypes})


def build_table(name: str, parts: list[ArticleRows]) -> pd.DataFrame:
    """Build one contract table from many articles' columns at once (as ``pd.concat`` of their frames would)."""
    contract = tables.CONTRACT[name]
    filled = [p for p in parts if n_rows(p.columns[name])]
    if not filled:
        return pd.DataFrame(columns=contract)
    cols = [p.columns[name] for p in filled]
    shapes = dict.fromkeys(tuple(c) for c in cols)  # the distinct column lists, in order of appearance
    order: dict[str, None] = {}
    for shape in shapes:
        order.update(dict.fromkeys(shape))
    everywhere = set(order).intersection(*shapes)  # columns every article has (usually all of them)
    stage_dtypes = [p.dtypes.get(name) or {} for p in filled]
    typed = any(stage_dtypes)  # a stage module returned a DataFrame: its dtypes count
    data = {}
    for col in order:
        if col in everywhere:
            pieces = [c[col] for c in cols]
        else:
            pieces = [c.get(col) or [None] * n_rows(c) for c in cols]
        kinds = [d.get(col) for d in stage_dtypes] if typed else [None]
        if len(set(kinds)) > 1 and None not in kinds:  # the stages gave different dtypes: concat's rules decide
            data[col] = pd.concat([pd.Series(v, dtype=k) for v, k in zip(pieces, kinds)], ignore_index=True)
            continue
        dtype = kinds[0] if len(set(kinds)) == 1 and kinds[0] is not None else tables.DTYPES.get(name, {}).get(col)
        values = list(chain.from_iterable(pieces))
        data[col] = pd.Series(values, dtype=dtype) if dtype is not None else values
    frame = pd.DataFrame(data)
    extra = [c for c in frame.columns if c not in contract]
    return frame[contract + extra]


def build_tables(parts: list[ArticleRows]) -> dict[str, pd.DataFrame]:
    """Build the four contract tables from many articles' columns (one DataFrame per table)."""
    return {name: build_table(name, parts) for name in tables.CONTRACT}


def analyze_rows(rows: list[dict]) -> dict[str, pd.DataFrame]:
    """Analyse consecutive corpus rows into the four tables (the fast path of every engine)."""
    with heap_frozen():
        return build_tables(analyze_batch_rows(rows))


def analyze_article(article: dict) -> dict[str, pd.DataFrame]:
    """Analyse one article (a row of the corpus table) into the four tables (DataFrames)."""
    return build_tables([analyze_article_rows(article)])


def concat_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate per-article (or per-chunk) tables into corpus tables with the contract's columns first."""
    out = {}
    for name, columns in tables.CONTRACT.items():
        frames = [p[name] for p in parts if len(p[name])]
        if len(frames) == 1:
            frame = frames[0].reset_index(drop=True)
        else:
            frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
        extra = [c for c in frame.columns if c not in columns]
        out[name] = frame[columns + extra]
    return out


def analyze_corpus(articles: pd.DataFrame, jobs: int = 1, engine: str = "local",
                   scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """Analyse every article of a corpus table (``jobs`` processes, or a Dask cluster); same tables either way."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    rows = articles.to_dict("records")
    if jobs == 1 and engine == "local" and not scheduler:
        return analyze_rows(rows)
    from . import engines

    return concat_tables(engines.run(rows, jobs=jobs, engine=engine, scheduler=scheduler))


def analyze(paths: list[str | Path], date: str | None = None, jobs: int = 1, engine: str = "local",
            scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """Read the articles under ``paths`` and analyse them."""
    return analyze_corpus(corpus.read_corpus(paths, date=date), jobs=jobs, engine=engine, scheduler=scheduler)
