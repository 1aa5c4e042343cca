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
    assert sentiment.tone(dom[0]) == "neutral" and sentiment.tone(dom[1]) == "positive" and sentiment.tone(dom[2]) == "negative"


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
