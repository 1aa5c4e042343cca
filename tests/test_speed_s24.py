"""Session 24's speed pass on the learned date chooser (``helpers.date_chooser``): it must decide as the plain forms.

Changed for speed: ``Chooser.choose`` reads an event's 22 crossing weights of each candidate token with one
``itemgetter`` call over rows completed with 0.0 (``prepare`` / ``prepared_probability``: the same terms in the same
order, so the same sum), remembers each candidate's tokens (``_plan``) and ``relation``; ``event_features`` finds a
sentence's resolved date phrases and quotations once for all its events; ``cue`` tests its words in a plain loop;
``_text`` returns a str at once. The references below are the forms of the session start: the features computed event
by event, the probability of ``featurize``'s feature names (``Chooser.probability``).
"""
from __future__ import annotations

import bisect
import math

import pytest

from helpers import actors, date_chooser, events, text
from helpers.date_chooser import (EARLIER, FUTURE, LATER, PERFECT, QUOTE, SAID, TODAY, _resolved, ascii_foldable,
                                  candidates, cue, featurize, relation)
from test_speed_s15b import bodies  # the labelled bodies (dev and rounds; never held-out)


def _text(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return str(x)


def reference_event_features(article, texts, starts, paragraphs, events_):
    """``date_chooser.event_features`` as the session started (every event resolves its sentence's phrases)."""
    texts = [str(t) for t in texts]
    starts = [int(s) for s in starts]
    paragraphs = [int(p) for p in paragraphs]
    n_par = max(max(paragraphs), 1) if paragraphs else 1
    order = sorted(range(len(events_)), key=lambda j: int(events_[j]["char_start"]))
    rank = {j: i for i, j in enumerate(order)}
    at_start: dict[int, int] = {}
    for r in events_:
        at_start[int(r["char_start"])] = at_start.get(int(r["char_start"]), 0) + 1
    dated: dict[int, bool] = {}

    def sentence_of(pos):
        return max(0, min(bisect.bisect_right(starts, pos) - 1, len(texts) - 1))

    def sentence_dated(j):
        if j not in dated:
            dated[j] = any(p.kind not in ("plan", "current", "recent") for p, _ in _resolved(texts[j], article))
        return dated[j]

    out = []
    for j, e in enumerate(events_):
        i = rank[j]
        si = sentence_of(int(e["char_start"]))
        stext = texts[si] if texts else ""
        par = paragraphs[si] if paragraphs else 0
        evid = _text(e.get("evidence"))
        found = stext.find(evid) if evid else -1
        rel = max(found, 0) if evid and evid != stext else 0
        rel_end = rel + len(evid) if evid and evid != stext and found >= 0 else len(stext)
        with_pos = _resolved(stext, article)
        ctx = stext[rel:rel_end]
        low = ctx.lower() if ascii_foldable(ctx) else None
        slow = stext.lower() if ascii_foldable(stext) else None
        quoted_chars = sum(max(0, min(m.end(), rel_end) - max(m.start(), rel)) for m in QUOTE.finditer(stext))
        date_text = _text(e.get("date_text"))
        start, end = _text(e.get("date_start")), _text(e.get("date_end"))
        prev_same_par = False
        if i > 0:
            prev = events_[order[i - 1]]
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


def reference_choose(chooser, feats, start, end, article):
    """``Chooser.choose`` with each candidate's probability from its feature names (``featurize``)."""
    cands = candidates(start, end, article)
    probs = [chooser.probability(featurize(feats, kinds, is_rules, relation(s, e, article)))
             for s, e, kinds, is_rules in cands]
    p_rules = next((p for p, c in zip(probs, cands) if c[3]), -1.0)
    best = max(range(len(cands)), key=lambda k: (probs[k], -k))
    if cands[best][3] or probs[best] <= p_rules + date_chooser.MARGIN:
        return None, probs
    return (cands[best][0], cands[best][1]), probs


@pytest.fixture(scope="module")
def chooser_inputs():
    """The inputs of ``date_chooser.apply`` for every labelled article (dev and the rounds), as the events stage
    hands them over (the final event rows before the chooser)."""
    chooser = date_chooser.load()
    assert chooser is not None
    seen = []

    def record(rows, article_date, texts, starts, paragraphs):
        seen.append(([dict(r) for r in rows], str(article_date)[:10], [str(t) for t in texts], list(starts),
                     list(paragraphs) if paragraphs is not None else [0] * len(texts)))
        return 0

    saved = date_chooser.apply
    date_chooser.apply = record
    try:
        for k, body in enumerate(bodies()):
            date = f"202{k % 5}-0{1 + k % 9}-1{k % 10}"  # varied article dates: the candidates' places vary
            events.extract_columns(date, actors.attribute_columns(body, text.sentence_columns(body)))
    finally:
        date_chooser.apply = saved
    return chooser, seen


def test_features_and_choices_equal_the_plain_forms_on_every_labelled_article(chooser_inputs):
    chooser, seen = chooser_inputs
    n_events = switched = 0
    for rows, article, texts, starts, paragraphs in seen:
        got = date_chooser.event_features(article, texts, starts, paragraphs, rows)
        want = reference_event_features(article, texts, starts, paragraphs, rows)
        assert got == want, (article, texts[:1])
        for r, f in zip(rows, got):
            start, end = _text(r.get("date_start")), _text(r.get("date_end"))
            window, probs = reference_choose(chooser, f, start, end, article)
            assert chooser.choose(f, start, end, article) == window, (r, f)
            prepared = chooser.prepare(date_chooser.suffixes_of(f))
            fast = [chooser.prepared_probability(prepared, kinds, is_rules, relation(s, e, article))
                    for s, e, kinds, is_rules in candidates(start, end, article)]
            assert fast == probs  # bit for bit
            n_events += 1
            switched += window is not None
    assert n_events > 1000 and switched > 10  # not vacuous: many events, some windows moved


def test_the_crossings_read_by_one_call_or_one_by_one_give_the_featurized_probability():
    """Both paths of ``prepared_probability``: every crossing named by a weight (one ``itemgetter`` call) and an
    event with a value no weight names (looked up one by one), against ``probability(featurize(...))``."""
    chooser = date_chooser.load()
    known = {}
    for name in chooser.weights:
        _, amp, tail = name.partition("&")
        if amp:
            feature, _, value = tail.partition("=")
            known.setdefault(feature, value)
    feats = {f: known.get(f, "x") for f in date_chooser.EVENT_FEATS}
    odd = dict(feats, side="a side no weight names")
    for fs, path_is_getter in ((feats, True), (odd, False)):
        prepared = chooser.prepare(date_chooser.suffixes_of(fs))
        assert (prepared[1] is not None) == path_is_getter
        for kinds in (["rules"], ["article_day", "day_before"], ["news_default"], ["unseen"], []):
            for is_rules in (True, False):
                for rel in ("at_A_day", "past_week", "open", "no such place"):
                    want = chooser.probability(featurize(fs, kinds, is_rules, rel))
                    assert chooser.prepared_probability(prepared, kinds, is_rules, rel) == want
                    assert chooser.fast_probability(date_chooser.suffixes_of(fs), kinds, is_rules, rel) == want


def test_text_of_a_cell_as_before():
    for x in ("abc", "", None, float("nan"), 1.5, 3, True):
        assert date_chooser._text(x) == _text(x)
    assert date_chooser._text(type("S", (str,), {})("sub")) == "sub"
