"""Session 23 (first pass, tone): a copular negation ("X is not a ...") reads as a rebuttal in the domain score."""
from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


def test_copular_negation_is_a_rebuttal():
    for text in ("This is not a routine review of a few posts.",
                 "The notice was not just a request from an agency.",
                 "Those demands are not simply requests from an agency."):
        assert sentiment.tone(domain(text)) == "negative", text


def test_copular_negation_matches_nltk_scorer():
    text = "The ruling was not an invitation to negotiate, the minister said."
    assert domain(text) == sentiment.score_domain([text], exact_nltk=True)[0]
    assert domain(text) < 0


def test_plain_factual_sentence_stays_neutral():
    assert sentiment.tone(domain("The agency sent the list on Tuesday.")) == "neutral"
