"""How far two annotators agree, and the pipeline beside them: the ceiling of the validation figures.

A second annotator labelled articles that already have labels, reading only the guidelines and the article
(``data/annotations/second_annotator/``: label files only, the texts stay beside the first labels). Both
label sets are put on the pipeline's sentences (a label row belongs to the sentence holding its evidence)
and compared sentence by sentence with the same figures ``helpers.validation`` reports for the pipeline:

- ``second vs first``: the second annotator scored as if it were a method, against the first annotator;
- ``pipeline vs first``: the pipeline against the first annotator, on the same sentences and events;
- ``pipeline vs second``: the pipeline against the second annotator.

Events are matched as ``validation.match_events`` matches the pipeline's, with the second annotator's event
standing for the whole sentence that holds its evidence (same type, first annotator's evidence inside that
sentence); a second-annotator event marked ``optional`` that matches nothing is not a false alarm.
Cohen's kappa is given beside the side, stance and tone agreement: it discounts the agreement two
annotators would reach by chance with their own label frequencies.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from . import corpus, paths, sentiment, validation

SECOND = paths.ANNOTATIONS / "second_annotator"
STANCES = ["favor", "against", "neutral"]


def kappa(a: pd.Series, b: pd.Series) -> float:
    """Cohen's kappa of two labellings of the same items: (observed - chance agreement) / (1 - chance), chance from
    each labelling's own label frequencies (equal to scikit-learn's ``cohen_kappa_score``, checked in the tests;
    written out here so the validation notebook need not import scikit-learn)."""
    a, b = pd.Series(list(a)), pd.Series(list(b))
    if a.empty:
        return float("nan")
    observed = float((a == b).mean())
    pa, pb = a.value_counts(normalize=True), b.value_counts(normalize=True)
    chance = float(sum(pa.get(label, 0.0) * pb.get(label, 0.0) for label in set(pa.index) | set(pb.index)))
    return 1.0 if chance == 1.0 else (observed - chance) / (1.0 - chance)


def first_folders(articles: set[str], second: Path = SECOND) -> dict[str, str | None]:
    """Article → the folder of its first labels (a gold set of ``validation.gold_sets``)."""
    where: dict[str, str | None] = {}
    for name, folder in validation.gold_sets().items():
        st, _ = validation.read_gold(Path(folder) if folder else None)
        for article in set(st["article"]) & articles:
            where.setdefault(article, folder)
    missing = sorted(articles - set(where))
    if missing:
        raise ValueError(f"{second}/{missing[0]}_statements.csv: no first labels for article {missing[0]!r} in any gold set")
    return where


def _sentence_ids(gold: pd.DataFrame, tables: dict[str, pd.DataFrame], bodies: dict[str, str],
                  origin: str) -> list[str]:
    """The pipeline sentence that holds each label row's evidence (as ``validation.match_statements``);
    ``origin`` names the label file in an error, with ``{article}`` for the article."""
    sents = tables["sentences"]
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for aid, start, end, sid in zip(sents["article_id"], sents["char_start"], sents["char_end"], sents["sentence_id"]):
        spans.setdefault(aid, []).append((start, end, sid))
    out = []
    for g in gold.itertuples():
        pos = validation.locate(bodies[g.article], g.evidence, origin.format(article=g.article))
        out.append(next(sid for start, end, sid in spans[g.article] if start <= pos < end))
    return out


def _first_per_sentence(gold: pd.DataFrame) -> pd.DataFrame:
    """One label row per sentence (the first, as the validation pairs each sentence with one gold row)."""
    return gold.drop_duplicates(["article", "sentence_id"], keep="first").set_index(["article", "sentence_id"])


def pairs(second: Path = SECOND) -> dict[str, pd.DataFrame]:
    """Both annotators' labels and the pipeline's output on the doubly labelled articles.

    Returns ``sentences`` (one row per sentence both annotators labelled: ``first_*``, ``second_*`` and
    ``pipeline_*`` side, stance, tone; ``set`` names the first labels' gold set), ``unpaired`` (sentences only
    one annotator labelled), and the events matched three ways (``events_second_vs_first``,
    ``events_pipeline_vs_first``, ``events_pipeline_vs_second``).
    """
    b_st, b_ev = validation.read_gold(second)
    if b_st.empty:
        raise ValueError(f"{second}: no second-annotator label files (*_statements.csv)")
    where = first_folders(set(b_st["article"]) | set(b_ev["article"]), second)
    set_of = {f: n for n, f in validation.gold_sets().items()}  # folder -> set name
    sent_rows, unpaired, ev = [], [], {"second_vs_first": [], "pipeline_vs_first": [], "pipeline_vs_second": []}
    for folder in dict.fromkeys(where.values()):
        names = sorted(a for a, f in where.items() if f == folder)
        set_name = set_of[folder]
        a_st, a_ev = validation.read_gold(Path(folder) if folder else None)
        a_st, a_ev = a_st[a_st["article"].isin(names)].copy(), a_ev[a_ev["article"].isin(names)].copy()
        s_st, s_ev = b_st[b_st["article"].isin(names)].copy(), b_ev[b_ev["article"].isin(names)].copy()
        tables = validation.analyzed_gold(folder)
        tables = {k: (v[v["article_id"].isin(names)] if "article_id" in v else v) for k, v in tables.items()}
        bodies = {r.article_id: corpus.read_article(r.path).body for r in tables["articles"].itertuples()}
        first_dir = Path(folder) if folder else paths.ANNOTATIONS
        a_st["sentence_id"] = _sentence_ids(a_st, tables, bodies, f"{first_dir}/{{article}}_statements.csv")
        s_st["sentence_id"] = _sentence_ids(s_st, tables, bodies, f"{second}/{{article}}_statements.csv")
        first, other = _first_per_sentence(a_st), _first_per_sentence(s_st)
        pipe = tables["sentences"].set_index(["article_id", "sentence_id"])
        both = first.index.intersection(other.index, sort=False)
        for key in first.index.symmetric_difference(other.index):
            unpaired.append({"set": set_name, "article": key[0], "sentence_id": key[1],
                             "labelled_by": "first" if key in first.index else "second"})
        # three lookups by position, not one ``.loc`` per sentence: a set has hundreds of sentences
        a_rows = first.loc[both].to_dict("records")
        b_rows = other.loc[both].to_dict("records")
        p_rows = pipe.loc[both].to_dict("records")
        for key, a, b, p in zip(both, a_rows, b_rows, p_rows):
            sent_rows.append({
                "set": set_name, "article": key[0], "sentence_id": key[1], "text": p["text"],
                "first_side": a["side"], "second_side": b["side"], "pipeline_side": p["side"],
                "first_speaker": a["speaker"], "second_speaker": b["speaker"], "pipeline_speaker": p["speaker"],
                "first_stance": a["stance"], "second_stance": b["stance"], "pipeline_stance": p["stance"],
                "first_tone": a["tone"], "second_tone": b["tone"],
                "pipeline_tone": p.get("tone") or sentiment.tone(p["sentiment_domain"]),
                "pipeline_tone_domain": sentiment.tone(p["sentiment_domain"])})
        texts = tables["sentences"].set_index(["article_id", "sentence_id"])["text"]
        b_events = _as_predictions(s_ev, tables, bodies, texts, f"{second}/{{article}}_events.csv")
        optional_b = set(b_events.loc[b_events["required"] == "optional", "event_id"])
        m = validation.match_events(a_ev, {"events": b_events})
        m = m[~((m["status"] == "false_alarm") & m["event_id"].isin(optional_b))]
        ev["second_vs_first"].append(m.assign(set=set_name))
        ev["pipeline_vs_first"].append(validation.match_events(a_ev, tables).assign(set=set_name))
        ev["pipeline_vs_second"].append(validation.match_events(s_ev, tables).assign(set=set_name))
    out = {"sentences": pd.DataFrame(sent_rows), "unpaired": pd.DataFrame(unpaired, columns=["set", "article",
                                                                                              "sentence_id", "labelled_by"])}
    out.update({f"events_{k}": pd.concat(v, ignore_index=True) for k, v in ev.items()})
    return out


def _as_predictions(events: pd.DataFrame, tables: dict[str, pd.DataFrame], bodies: dict[str, str],
                    texts: pd.Series, origin: str) -> pd.DataFrame:
    """Label rows of events as a predicted ``events`` table: the evidence widened to its whole sentence."""
    events = events.reset_index(drop=True).copy()
    events["sentence_id"] = _sentence_ids(events, tables, bodies, origin) if len(events) else []
    return pd.DataFrame({
        "article_id": events["article"], "event_id": [f"second-{i}" for i in range(len(events))],
        "event_type": events["event_type"], "side": events["side"], "actor": events["actor"],
        "date_start": events["date_min"], "date_end": events["date_max"], "date_basis": "annotator",
        "count": events["count"], "count_unit": events["unit"], "required": events["required"],
        "evidence": [texts.loc[(a, s)] for a, s in zip(events["article"], events["sentence_id"])]})


def _statement_figures(s: pd.DataFrame, gold: str, pred: str) -> dict[str, float]:
    """Side (two parties' sentences, all), stance macro-F1, tone accuracy and kappas of ``pred`` against ``gold``."""
    gp = s[s[f"{gold}_side"].isin(["government", "platform"])]
    st = s[s[f"{gold}_stance"] != ""]
    tn = s[s[f"{gold}_tone"] != ""]
    tone_col = f"{pred}_tone"
    domain_col = f"{pred}_tone_domain" if pred == "pipeline" else tone_col  # an annotator has one tone
    return {
        "side, government + platform sentences": float((gp[f"{gold}_side"] == gp[f"{pred}_side"]).mean()),
        "side, all sentences": float((s[f"{gold}_side"] == s[f"{pred}_side"]).mean()),
        "side kappa, all sentences": float(kappa(s[f"{gold}_side"], s[f"{pred}_side"])),
        "stance macro-F1": validation.macro_f1(st[f"{gold}_stance"], st[f"{pred}_stance"], STANCES),
        "stance kappa": float(kappa(st[f"{gold}_stance"], st[f"{pred}_stance"])),
        "tone accuracy (`tone` column)": float((tn[f"{gold}_tone"] == tn[tone_col]).mean()),
        "tone kappa (`tone` column)": float(kappa(tn[f"{gold}_tone"], tn[tone_col])),
        "tone accuracy (`sentiment_domain`)": float((tn[f"{gold}_tone"] == tn[domain_col]).mean()),
    }


def _event_figures(m: pd.DataFrame) -> dict[str, float]:
    e = validation.event_scores(m)
    return {"event F1": e["event_f1"], "date windows right (events found)": e["date_accuracy"],
            "event side right (events found)": e["side_accuracy"]}


def training_sets(p: dict[str, pd.DataFrame]) -> list[str]:
    """The gold sets of the doubly labelled articles other than ``heldout`` (the pipeline was trained on them)."""
    return sorted(set(p["sentences"]["set"]) - {"heldout"})


def figures(p: dict[str, pd.DataFrame], sets: list[str] | None = None) -> pd.DataFrame:
    """One row per figure, one column per comparison (``second vs first``, ``pipeline vs first``,
    ``pipeline vs second``), on the sentences and events of ``sets`` (all when None)."""
    def pick(frame: pd.DataFrame) -> pd.DataFrame:
        return frame if sets is None else frame[frame["set"].isin(sets)]
    s = pick(p["sentences"])
    cols = {
        "second vs first": {**_statement_figures(s, "first", "second"),
                            **_event_figures(pick(p["events_second_vs_first"]))},
        "pipeline vs first": {**_statement_figures(s, "first", "pipeline"),
                              **_event_figures(pick(p["events_pipeline_vs_first"]))},
        "pipeline vs second": {**_statement_figures(s, "second", "pipeline"),
                               **_event_figures(pick(p["events_pipeline_vs_second"]))},
    }
    out = pd.DataFrame(cols)
    out.index.name = "figure"
    return out


def disagreements(p: dict[str, pd.DataFrame], field: str = "side", sets: list[str] | None = None) -> pd.DataFrame:
    """Sentences (of ``sets``; all when None) where the two annotators chose different ``field`` values, with the
    pipeline's choice."""
    s = p["sentences"] if sets is None else p["sentences"][p["sentences"]["set"].isin(sets)]
    cols = ["set", "article", "text", f"first_{field}", f"second_{field}", f"pipeline_{field}"]
    if field == "side":
        cols[3:3] = ["first_speaker", "second_speaker"]
    return s.loc[s[f"first_{field}"] != s[f"second_{field}"], cols]


def confusion(p: dict[str, pd.DataFrame], field: str = "side", sets: list[str] | None = None) -> pd.DataFrame:
    """Rows: the first annotator's label; columns: the second's (sentences of ``sets``; all when None)."""
    s = p["sentences"] if sets is None else p["sentences"][p["sentences"]["set"].isin(sets)]
    return pd.crosstab(s[f"first_{field}"], s[f"second_{field}"])
