"""Session 24 (side4): the antecedent of a subject pronoun is never an actor named inside a leading medium phrase
("In a post on the app Koo, it said") or inside the reported clause a trailing pronoun attributes ("..., a meeting
Twitter had asked for was premature, it wrote"); a definite document word right after a party's words ("The post
added that ...") is that party's document; a he/she after a sentence about a registered person of a party is that
person."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_an_actor_in_the_reported_clause_is_no_antecedent():
    body = ("Twitter said on Monday it would not block the accounts of reporters.\n\n"
            "The IT ministry answered late in the evening.\n\n"
            "Going public before talks that Twitter had itself proposed was a mistake, it wrote, and the "
            "government would reply in due course.")
    assert side_of(attribute(body), "Going public")[0] == "government"


def test_a_parenthetical_pronoun_after_a_named_actor_is_the_last_speaker():
    body = ("The IT ministry called the company's statement baseless in a release on Thursday.\n\n"
            "The platform, it insisted, must stop stalling and obey the law.")
    assert side_of(attribute(body), "must stop stalling")[0] == "government"


def test_an_actor_in_a_leading_medium_phrase_is_no_antecedent():
    body = ("Twitter said it had withheld some of the accounts.\n\n"
            "The IT ministry replied within hours.\n\n"
            "On Koo, it said the company had asked for the meeting and should have waited for it.")
    assert side_of(attribute(body), "asked for the meeting")[0] == "government"


@pytest.mark.parametrize("lead, expected", [
    ("In a post on the homegrown app Koo, ", True),
    ("On Koo, ", True),
    ("The company, ", True),
    ("Talks Twitter had asked for were premature, ", True),
    ("After Twitter restored the accounts, ", False),  # a leading subordinate clause: its actor can be "it"
    ("When the ministry wrote back, ", False),
    ("On Monday ", False),
    ("The IT ministry plans to call both firms, ", False),  # the clause's own subject can be "it"
])
def test_antecedent_start(lead, expected):
    sentence = lead + "it said the orders stood."
    at = len(lead)
    assert (actors.antecedent_start(sentence, 0, at) == at) is expected


def test_a_document_word_after_a_party_statement_is_that_party_document():
    body = ("Twitter explained its decision in a post on its blog on Tuesday:\n\n"
            "“We will not remove reporting on the floods, because the law does not require it, and we have told "
            "the ministry so.”\n\n"
            "The post added that the company had asked the IT ministry for a meeting in May but had heard nothing.")
    assert side_of(attribute(body), "had heard nothing")[0] == "platform"


def test_a_document_word_the_previous_sentence_names_is_not_continued():
    assert not actors.continued_document("The report said the orders rose.", "The ministry criticised the report.",
                                         "government", ("ministry", "government"))
    assert actors.continued_document("The report said the orders rose.", "Twitter said it acted on most orders.",
                                     "platform", ("Twitter", "platform"))
    assert not actors.continued_document("The report said the orders rose.", "Twitter acted on most orders.",
                                         "narrator", ("Twitter", "platform"))


def test_he_after_a_sentence_about_a_registered_minister_is_the_minister():
    body = ("Twitter said it had complied with the orders before the deadline, the company told the court.\n\n"
            "Minister of State for IT Rajeev Chandrasekhar responded on Tuesday.\n\n"
            "“Every firm may go to court,” he told reporters, “but the law of the land applies while it does.”")
    assert side_of(attribute(body), "Every firm may go")[0] == "government"
