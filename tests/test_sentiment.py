"""helpers.sentiment: NLTK's VADER from a project-local data folder, and the domain lexicon."""
import pytest

from helpers import sentiment


def test_lexicon_is_built_inside_the_nltk_data_path():
    root = sentiment.ensure_nltk_data()
    assert (root / sentiment.LEXICON_RESOURCE).read_bytes() == sentiment.vader_source().read_bytes()
    assert str(root) in sentiment.nltk.data.path


def test_raw_scores_are_nltk_vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "The ministry's notice is a grave threat, but the dialogue is welcome."
    assert sentiment.score_raw([text])[0] == pytest.approx(SentimentIntensityAnalyzer().polarity_scores(text)["compound"], abs=0.02)


def test_domain_lexicon_reads_rebukes_and_rights_as_people_do():
    rebuke = "In this light a blog post published prior to this engagement is unusual."
    rights = "To do so, we believe, would violate their fundamental right to free expression under Indian law."
    raw = sentiment.score_raw([rebuke, rights])
    dom = sentiment.score_domain([rebuke, rights])
    assert raw[0] > 0.05 and raw[1] > 0  # what plain VADER gets wrong
    assert dom[1] < -0.05


def test_bad_lexicon_row_is_named(tmp_path):
    bad = tmp_path / "lex.csv"
    bad.write_text("term,valence,reason\nunusual,very,oops\n", encoding="utf-8")
    with pytest.raises(sentiment.LexiconError, match=r"lex.csv: row 2"):
        sentiment.read_domain_lexicon(bad)


def test_tone_thresholds():
    assert [sentiment.tone(x) for x in (0.05, -0.05, 0.0499)] == ["positive", "negative", "neutral"]


def test_quoted_words_and_phrases_followed_by_punctuation_are_scored():
    quoted = "The ministry said the decision was “unusual.”"
    phrase = "We were served with a non-compliance notice,” the company wrote."
    assert sentiment.score_domain([quoted])[0] < -0.05
    assert sentiment.score_domain([phrase])[0] < -0.05


def test_raw_sentiment_stays_plain_vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "Twitter said it will not comply; the order is “unusual.”"
    assert sentiment.score_raw([text])[0] == pytest.approx(SentimentIntensityAnalyzer().polarity_scores(text)["compound"], abs=0.02)
    assert sentiment.score_raw([text], exact_nltk=True) == sentiment.score_raw([text])


def test_procedural_words_are_neutral_and_conflict_words_negative():
    dom = sentiment.score_domain(["The company had since complied with the remaining orders as well.",
                                  "Twitter described the meeting as constructive.",
                                  "An order under Section 69A is binding; it is not a suggestion."])
    # "not a suggestion": negative again since session 22 (its own lexicon row; it read negative until the
    # 'not'-is-neutral change of d1e6d4f made it neutral as a side effect; the labels call it a rebuke)
    assert sentiment.tone(dom[0]) == "neutral" and sentiment.tone(dom[1]) == "positive" and sentiment.tone(dom[2]) == "negative"


def test_a_negated_action_is_mildly_negative_and_still_negates_what_follows():
    """'not' after a form of 'be' is neutral (the labels: 12 neutral, 4 negative); after a present or future
    auxiliary ('will not', 'has not') it carries the mild negative, and the kept negator still flips the next words
    (session 10: 'did not' and 'had not' are no longer terms, see the test at the end of this file). Session 23: a
    copular denial, "is not a / an / just / simply / merely ...", is a rebuttal and reads negative (its own lexicon
    rows, tests/test_sentiment_s23.py); other 'be not' forms stay neutral."""
    dom = sentiment.score_domain(["The company will not respond.", "The company is not expected to respond.",
                                  "The company will not be happy.", "The company will be happy."])
    assert dom[0] < -0.05 and sentiment.tone(dom[1]) == "neutral"
    assert dom[2] < 0 < dom[3]
    assert sentiment.score_raw(["The company did not respond."]) == [0.0]  # raw VADER untouched


def test_rebuke_penalty_and_coercion_vocabulary_is_negative():
    dom = sentiment.score_domain(["The ministry called the company's claims baseless.",
                                  "The court imposed costs on the firm for delaying compliance.",
                                  "The platform said it was deeply concerned."])
    raw = sentiment.score_raw(["The ministry called the company's claims baseless."])
    assert all(sentiment.tone(d) == "negative" for d in dom) and sentiment.tone(raw[0]) == "neutral"


def test_permission_and_legal_challenge_are_not_feelings():
    dom = sentiment.score_domain(["Foreign apps are welcome to operate here, but they will have to obey local law.",
                                  "The firm has challenged 12 of the orders in court.",
                                  "Every platform is free to approach the tribunal."])
    assert [sentiment.tone(d) for d in dom] == ["neutral", "neutral", "neutral"]


def test_court_titles_reporting_verbs_and_legal_formulas_are_not_feelings():
    dom = sentiment.score_domain(["Justice Meera Rao heard the case in the Supreme Court on Monday.",
                                  "The firm, in its written reply, argued that the notice came late.",
                                  "Officers acted on a complaint filed by a local trader.",
                                  "Most of the flagged profiles were created in the past month."])
    raw = sentiment.score_raw(["Justice Meera Rao heard the case in the Supreme Court on Monday."])
    assert [sentiment.tone(d) for d in dom] == ["neutral"] * 4 and sentiment.tone(raw[0]) == "positive"


def test_a_requested_meeting_and_a_conditional_welcome_are_neutral():
    dom = sentiment.score_domain(["The app wrote to the regulator on Friday seeking a formal dialogue.",
                                  "Foreign firms are welcome in the republic as long as they register an office."])
    assert [sentiment.tone(d) for d in dom] == ["neutral", "neutral"]


TRICKY = ["Free Speech and FREE-SPEECH are protected speech.", "“free speech,” he said; 'free speech'",
          "The Kelvin sign: bloc\u212aing orders vs blocking ORDERS.",  # U+212A matches k under re.I
          "A long s: twitter \u017fafety, safe harbour.",  # U+017F matches s under re.I
          "İstanbul blocking orders, blocking-orders, blockingorders",
          "non-compliance notice, non-compliance; non compliance", "It's the company’s ‘legal demand’s",
          "The ministry must comply must-comply", "", "   ", "'", "free\tspeech free\nspeech"]


def test_fast_rewrite_is_the_regex_rewrite():
    """The prefiltered phrase rewrite gives the text of the full regex, quotes and odd case folds included."""
    from helpers import paths, validation

    _, pattern = sentiment.domain_analyzer()
    rewriter = sentiment.phrase_rewriter()
    texts = list(TRICKY)
    if paths.nyt_benchmark().exists():
        texts += validation.read_nyt()["text"].tolist()
    bad = [t for t in texts if sentiment.rewrite_fast(t, rewriter) != sentiment.rewrite_phrases(t, pattern)]
    assert not bad, bad[:3]
    assert sentiment.rewrite_fast("Free Speech matters", rewriter) == "domxfreexspeech matters"
    assert "domx" in sentiment.rewrite_fast("bloc\u212aing orders", rewriter)  # found through the full pattern


def test_domain_scores_without_rewriting_equal_the_rewritten_ones():
    """DomainScorer (tokens per whitespace token, raw tokens reused) equals scoring the rewritten text."""
    from helpers import paths, validation

    _, dom, pattern = sentiment.fast_analyzers()
    texts = list(TRICKY) + ["He said “this is unusual.” Really!?", "'Unlawful' orders, the firm’s 'defiance'"]
    if paths.nyt_benchmark().exists():
        texts += validation.read_nyt()["text"].tolist()[:2000]
    assert sentiment.score_domain(texts) == [dom.compound(sentiment.rewrite_phrases(t, pattern)) for t in texts]


def test_score_pair_is_both_scores_and_uses_known_ones():
    texts = ["The order is “unusual.”", "We will not comply with free speech curbs!", "Plain words here."]
    raw, dom = sentiment.score_pair(texts)
    assert (raw, dom) == (sentiment.score_raw(texts), sentiment.score_domain(texts))
    assert sentiment.score_pair(texts, known={texts[1]: (9.0, -9.0)}) == ([raw[0], 9.0, raw[2]], [dom[0], -9.0, dom[2]])


def test_domain_negators_still_negate_positive_words():
    """'not', 'cannot', 'never' keep a mild valence of their own and still turn the positive word after them."""
    dom = sentiment.score_domain(["We are not interested in a dialogue about obeying the law.", "This answer is not good.",
                                  "The offer cannot be helpful to anyone."])
    assert all(sentiment.tone(d) == "negative" for d in dom)
    _, pattern = sentiment.domain_analyzer()
    assert sentiment.rewrite_phrases("It is NOT fair.", pattern) == "It is domxnot NOT fair."


def test_a_negated_negative_word_stays_negative_in_the_domain_score():
    """VADER reads 'has not banned' as relief; in a dispute it is still conflict talk (raw VADER keeps its rule)."""
    text = "The state has not banned the app; it has banned the conversation people were having."
    assert sentiment.score_raw([text])[0] > 0.05 and sentiment.score_domain([text])[0] < -0.05
    assert sentiment.score_domain(["The committee almost never says no."])[0] < -0.05


def test_legal_force_courtesy_and_procedure_words_are_not_feelings():
    dom = sentiment.score_domain(["Until the appeal is decided, the direction shall remain suspended.",
                                  "Directions issued under the Act are binding on every intermediary.",
                                  "The regulator said it respected the judgment but would press its case.",
                                  "A significant social media intermediary shall appoint a local officer.",
                                  "The firm agreed to register a local office by March.",
                                  "There were three orders in May alone, the lawyer said."])
    assert [sentiment.tone(d) for d in dom] == ["neutral"] * 6


def test_threat_rebuke_and_overreach_idioms_are_negative():
    dom = sentiment.score_domain(["Platforms must obey or face the consequences, the minister said.",
                                  "Such conduct has to carry a price.", "The regulator chose to look away for months.",
                                  "Industry groups said the deadlines were too short.",
                                  "The petition says the orders went far beyond what the statute permits.",
                                  "The rules curb open public conversation, the company said.",
                                  "Officials said the accounts were run by separatist sympathisers abroad."])
    assert all(sentiment.tone(d) == "negative" for d in dom)


def test_reported_blocks_and_procedural_approvals_are_not_feelings():
    # a reported block is the subject matter, an approval an act of office (GUIDELINES_ADDENDUM.md)
    texts = ["The ministry told parliament it had ordered 900 URLs blocked last year.",
             "The president has approved the lifting of the suspension."]
    raw = sentiment.score_raw(texts)
    dom = sentiment.score_domain(texts)
    assert raw[0] < -0.05 and raw[1] > 0.05  # what plain VADER reads as feelings
    assert [sentiment.tone(s) for s in dom] == ["neutral", "neutral"]


# session 10: from rounds 52-53
def test_s10_past_negated_auxiliaries_report_facts_not_refusals():
    # 'did not' / 'had not' in news reports mostly tell what has not happened yet ("had not received the order",
    # "did not attend"): neutral in the labels of rounds 49-53; present and future ones keep the mild negative
    texts = ["The company said it had not yet received the order.",
             "The minister did not attend the hearing, his office said.",
             "The company has not responded to the notice."]
    dom = sentiment.score_domain(texts)
    assert [sentiment.tone(d) for d in dom] == ["neutral", "neutral", "negative"]


def test_s10_dispute_vocabulary_in_reported_positions_is_neutral():
    # 'unlawful', 'must comply', 'takedown', 'refusal' mostly name a party's position or the procedure in news text
    dom = sentiment.score_domain(["The firm said it would keep contesting orders it considered unlawful.",
                                  "The ministry said the platform must comply with the new rules.",
                                  "The regulator sent a takedown notice covering 40 posts.",
                                  "The company explained its refusal in a letter to the regulator."])
    assert [sentiment.tone(d) for d in dom] == ["neutral"] * 4


def test_s10_respect_keeps_vaders_positive_valence():
    # "we respect the decision", "the government respects that": labelled positive (rounds 51-52)
    dom = sentiment.score_domain(["We respect the decision of the court and will study it carefully.",
                                  "The regulator respects the judgment, its spokesperson said."])
    assert all(sentiment.tone(d) == "positive" for d in dom)

