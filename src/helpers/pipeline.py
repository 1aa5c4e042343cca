"""The whole analysis of a corpus: articles → sentences → statements → stance, sentiment, events.

In: paths to articles (or an articles DataFrame from ``helpers.corpus``). Out: the four
contract tables (``articles``, ``sentences``, ``statements``, ``events``) as DataFrames,
with stable ids; ``write_tables`` in ``helpers.tables`` writes them. Parallel runs (a process
pool, or a Dask cluster) live in ``helpers.engines`` and give the same tables, byte for byte.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import actors, corpus, events, sentiment, stance, tables, text


def analyze_article(article: dict) -> dict[str, pd.DataFrame]:
    """Analyse one article (a row of the corpus table) into the four tables."""
    body, aid = article["body"], article["article_id"]
    sents = text.split_sentences(body)
    sents = actors.attribute(body, sents)
    texts = sents["text"].tolist()
    sents["sentiment"] = sentiment.score_raw(texts)
    sents["sentiment_domain"] = sentiment.score_domain(texts)
    sents = stance.score_sentences(sents)
    stmts = actors.statements(sents, body)
    stmts["sentiment"] = sentiment.score_raw(stmts["text"].tolist())
    stmts["sentiment_domain"] = sentiment.score_domain(stmts["text"].tolist())
    stmts = stance.aggregate(stmts, sents)
    evts = events.extract(article["date"], sents)
    evts.insert(0, "event_id", [f"E{i + 1}" for i in range(len(evts))])
    for frame in (sents, stmts, evts):
        frame.insert(0, "article_id", aid)
    meta = {k: article[k] for k in ("article_id", "path", "date", "title", "outlet", "url", "content_hash")}
    meta["n_sentences"] = len(sents)
    meta["n_words"] = len(body.split())
    return {"articles": pd.DataFrame([meta]), "sentences": sents, "statements": stmts, "events": evts}


def concat_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate per-article tables into corpus tables with the contract's columns first."""
    out = {}
    for name, columns in tables.CONTRACT.items():
        frames = [p[name] for p in parts if len(p[name])]
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
        return concat_tables([analyze_article(row) for row in rows])
    from . import engines

    return concat_tables(engines.run(rows, jobs=jobs, engine=engine, scheduler=scheduler))


def analyze(paths: list[str | Path], date: str | None = None, jobs: int = 1, engine: str = "local",
            scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """Read the articles under ``paths`` and analyse them."""
    return analyze_corpus(corpus.read_corpus(paths, date=date), jobs=jobs, engine=engine, scheduler=scheduler)
