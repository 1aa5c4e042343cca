"""Session 29 (tone9): criticism told in neutral words, by construction, as ``domain_sentiment.csv`` rows.

Classes: sanction threats ("will answer for", "to prosecutors", "could fine"), a rebuke told as a norm
("is not how"), overreach ("out of all proportion", "first resort", "sweeps up"), capitulation ("gave in"), and verdicts or harms VADER lacks;
and words that name rather than feel ("Cyber Crime Unit", "the posts concerned"). Each sentence is
invented for the test; the first three groups read otherwise without their rows (checked against main).
"""
import pytest

from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


@pytest.mark.parametrize("text", [
    "A spokeswoman said any platform that keeps the posts up will answer for it.",
    "The regulator said it expected the app's owners to answer for that.",
    "The agency said it would send the file to prosecutors on Monday.",
    "The board said it could fine the operator for each day the channel stayed up.",
    "Posting the letter before the talks is not how partners work together, the minister said.",
    "The union said the ban was out of all proportion to a single post.",
    "The MP said the ministry now sends orders as a first resort.",
    "The editor said the new order sweeps up reporting on the floods.",
    "Several listeners said the station gave in within a day.",
    "The group said the campaign was meant to discredit its members.",
    "The agency said the judgment misreads the statute.",
    "The channel had carried unverified claims about the count, the commission said.",
    "The shop owner said the ban had wiped out a month of sales.",
    "The minister said a deadline was the only language the firm heard.",
])
def test_criticism_in_neutral_words_reads_negative(text):
    assert sentiment.tone(domain(text)) == "negative", text


@pytest.mark.parametrize("text", [
    "The Cyber Crime Unit sent three notices to the app this month.",
    "Most of the requests concerned posts about the port strike.",
    "The company said it had removed two of the videos concerned.",
])
def test_naming_words_stay_neutral(text):
    assert sentiment.tone(domain(text)) == "neutral", text


@pytest.mark.parametrize("text", [
    "The right answer for these clips is a label, the board said.",  # not a threat: only 'will / to answer for'
])
def test_narrow_forms_leave_other_senses_alone(text):
    assert sentiment.tone(domain(text)) == "neutral", text


def test_not_how_keeps_a_negated_positive_negative():
    # "not how" is one token now, so "not" no longer negates "confident"; the row's -1.5 must still outweigh it
    assert sentiment.tone(domain("That is not how a confident government behaves.")) == "negative"


def test_fast_and_exact_scores_agree_on_the_new_rows():
    texts = ["Anyone who ignores it will answer for it.", "The file goes to the prosecutor at five.",
             "The videos concerned were removed.", "The costs were out of proportion."]
    assert sentiment.score_domain(texts) == sentiment.score_domain(texts, exact_nltk=True)
