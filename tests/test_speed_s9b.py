"""Speed forms of session 9's second speed pass give exactly what the plain forms give.

The domain sentiment looks each whitespace token up once for both the characterisation rule's gate and the
phrase terms (``sentiment.TokenFacts``, ``DomainScorer.rule_and_terms``) and skips the rule's word scan of the
whole text when that look-up has shown the rule changes nothing (``rewrite_fast(..., ruled=True)``). Each is
compared with the plain form on the labelled sentences and on made texts; scores are compared with ``==``.
"""
from __future__ import annotations

from functools import lru_cache

from conftest import training_sentences
from helpers import sentiment

MADE = ["", "’", "They called the hearing “theatre” and did not comply.", "an app called Koo",
        "what it called a final notice", "The court described the order as unlawful; free speech matters.",
        "He said it was not a ban, it was a 'block'.", "ΣΊΣΥΦΟΣ called it “ΧΑΟΣ”", "bloc\u212aing orders",
        "Free Speech and free-speech, NOT interested", "They treat binding orders as suggestions",
        "called for calm", "dubbed \"censorship\" by critics", "ſtate called 'x'", "İstanbul described as free",
        "did not comply \x1c with the order", "no\u00a0comment called “farce”"]


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """The sentences of the seed, the dev articles and the training rounds' articles, and MADE."""
    return tuple([*MADE, *training_sentences()])


def test_rule_and_terms_equal_the_gate_and_terms_in():
    scorer = sentiment.domain_scorer()
    gate, rewriter = sentiment.RuleGate(), sentiment.phrase_rewriter()
    for t in sentences():
        parts = t.split()
        assert scorer.rule_and_terms(t, parts) == (any(map(gate.__getitem__, parts)), rewriter.terms_in(t, parts)), t


def test_rule_and_terms_without_a_rewriter():
    scorer = sentiment.DomainScorer(sentiment.fast_analyzers()[1], None)
    gate = sentiment.RuleGate()
    for t in sentences()[:400]:
        assert scorer.rule_and_terms(t, t.split()) == (any(map(gate.__getitem__, t.split())), ())


def test_skipping_the_rule_scan_is_safe_where_it_is_skipped():
    """Where ``compound`` passes ``ruled=True``, ``apply_rules`` indeed leaves the text as it is."""
    scorer = sentiment.domain_scorer()
    rewriter = sentiment.phrase_rewriter()
    _, pattern = sentiment.domain_analyzer()
    checked = 0
    for t in sentences():
        rule, terms = scorer.rule_and_terms(t, t.split())
        if rule and sentiment.CHARACTERISATION.sub(sentiment._characterise, t) != t:
            continue  # the rule path
        if terms != ():
            checked += 1
            assert sentiment.apply_rules(t) == t
            assert sentiment.rewrite_fast(t, rewriter, terms, ruled=True) == sentiment.rewrite_phrases(t, pattern)
    assert checked > 1000


def test_domain_scores_equal_the_plain_rewrite():
    vader = sentiment.fast_analyzers()[1]
    _, pattern = sentiment.domain_analyzer()
    texts = list(sentences())
    plain = [vader.compound(sentiment.rewrite_phrases(t, pattern)) for t in texts]
    assert sentiment.score_domain(texts) == plain
    assert sentiment.score_pair(texts)[1] == plain


# session 10
MADE_10 = ["not not not", "did not, did not", "free speech-free speech", "_not interested", "not_ interested",
           "free speech2", "2free speech", "NOT INTERESTED and Not Interested", "unlawful unlawfully unlawful.",
           "did not comply did not", "free  speech", "x-not-y", "notnot not"]


def test_literal_sub_equals_the_subset_regex():
    """``PhraseRewriter.sub_literal`` (ASCII texts: ``str.find``, nothing compiled) equals the subset regex's ``sub``,
    for the terms ``terms_in`` finds and for all terms that occur in the lower-cased text, in the pattern's order."""
    rewriter = sentiment.phrase_rewriter()
    order = sorted(rewriter.order, key=rewriter.order.__getitem__)
    checked = 0
    for t in [*sentences(), *MADE_10]:
        if not t.isascii():
            continue
        low = t.lower()
        for terms in (rewriter.terms_in(t), tuple(x for x in order if x in low)):
            if terms:
                checked += 1
                assert rewriter.sub_literal(t, terms) == rewriter.subset(terms).sub(rewriter.replace, t), (t, terms)
    assert checked > 1000


def test_sub_equals_the_full_pattern():
    rewriter = sentiment.phrase_rewriter()
    for t in [*sentences(), *MADE_10]:
        assert rewriter.sub(t) == rewriter.pattern.sub(rewriter.replace, t), t


def test_pattern_sets_with_nothing_alive_match_nothing():
    """``PatternSet.matches`` returns [] at once when the prefilter leaves no alternative: the same as the plan run."""
    from helpers import dates, events

    for ps in (events.trigger_set(), dates.date_word_set()):
        empty = 0
        for t in sentences():
            alive = ps.prefilter.alive(t) if ps.prefilter is not None else None
            if alive is None or not dates.FOLDABLE(t):
                continue
            plan = [(i, m.span()) for i, m in ps.run_plan(ps.alive_plan(alive), t, t.lower())]
            assert [(i, m.span()) for i, m in ps.matches(t)] == plan, t
            empty += not alive
        assert empty > 100
