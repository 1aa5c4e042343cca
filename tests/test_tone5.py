"""Session 25 (tone5): the domain lexicon's tone on news sentences.

Words VADER scores that a reader of a dispute report would not count (emphasis, measured figures, the names of
measures and procedures) are neutral; complaint and criticism words VADER lacks are negative; negations of absence
('nothing', 'were not', 'had not') read as a mild complaint, with the factual formulas ('had not yet',
'no further', 'would not comment', 'nothing to do with') kept neutral. Sentences written for these tests.
"""
import pytest

from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


def tone(text: str) -> str:
    return sentiment.tone(domain(text))


@pytest.mark.parametrize("text", [
    "The platform said it removed posts that clearly broke the election law.",
    "Lawyers said the case could well reach the constitutional court next year.",
    "A network monitor said traffic to the app had fallen by 85 per cent on Monday.",
    "The regulator said the restriction would stay in place until the firm opened a local office.",
    "The channels had carried footage of the dock workers' strike.",
    "The agency said the ban would be lifted once the company registered locally.",
    "The ministry promised a written reply within a week.",
    "The judge held that the power extends to whole channels.",
    "The rules set up a grievance process for users.",
    "The ministry cited content that threatens public order.",
    "A spokeswoman would not comment on the talks.",
    "The company said it had not yet received the second list.",
    "The agency said it had sent no further requests since March.",
    "The firm said the departure of its local manager had nothing to do with the order.",
])
def test_reported_facts_read_neutral(text):
    assert tone(text) == "neutral", text


@pytest.mark.parametrize("text", [
    "The startup refuses to hand over the names of its users.",
    "Critics said the penalty was excessive.",
    "Rights groups called the order sweeping and vague.",
    "The petition says the directions are procedurally deficient.",
    "Her channel vanished from the app overnight.",
    "Officers seized phones and hard drives from the newsroom.",
    "The daily fine is steep for a company of that size.",
    "Users flooded the regulator's page with complaints during the outage.",
    "We asked for the evidence and got nothing.",
    "The agency published nothing about the review.",
    "The users were not told why their posts disappeared.",
    "The firm said the agency had not given it a hearing.",
    "Two days is not enough time to review a court file, let alone appeal it.",
    "The company complied under protest.",
    "An order that covers a whole newspaper is a blunt instrument.",
    "Removing the clips would erase the record of the protest.",
])
def test_complaints_read_negative(text):
    assert tone(text) == "negative", text


def test_new_entries_match_nltk_scorer():
    texts = ["The users were not told why, and nothing was published.",
             "It has acted on nothing, and it had not yet replied.",
             "The ministry did not comment, but the company complied under protest."]
    assert sentiment.score_domain(texts) == sentiment.score_domain(texts, exact_nltk=True)


def test_raw_vader_unchanged_by_the_new_entries():
    # the domain entries change only the domain score: raw VADER still reads 'clearly' and 'ban' as feelings
    raw = sentiment.score_raw(["The posts clearly named the minister.", "The ban was announced on Monday."])
    assert raw[0] > 0.05 and raw[1] < -0.05


def test_a_ruling_hailed_as_a_victory_reads_positive():
    assert tone("The union called the judgment a victory for every reporter.") == "positive"
    assert tone("It is a first step, not a victory, the lawyer said.") != "positive"
    assert tone("The minister described the ruling as a vindication of the ministry's stand.") == "positive"
