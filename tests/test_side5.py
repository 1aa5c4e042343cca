"""Session 25 (side5): the word lists of ``actors.leading_medium`` and ``actors.document_subject`` are lexicon rows
(``attribution_words.csv``); a document word, or an "it" standing for a document, takes the document's author:
the party the article read that document's words from when it named it ("X said in a statement ... . ..., the
statement said"), the party that sued ("X has sued the ministry. The petition ... asks"), the author of a document
that opened the sentence before ("The report, released on Wednesday, covers ... . ..., it said"); a parenthesis
opened by an irregular past participle ("The notice, sent on Monday, says") is skipped like "filed in ..."; a
definite document word the registry does not hold ("The note added that ...") right after a party's words is that
party's document."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_the_word_lists_come_from_the_lexicon():
    words = actors.attribution_words()
    assert {"in", "through", "via", "using"} <= words["medium_lead"]
    assert {"post", "letter", "statement", "account"} <= words["medium_noun"]
    assert {"blog post", "report", "e-mail", "memo"} <= words["document_noun"]
    assert {"said", "adds", "argues"} <= words["document_verb"]
    assert words["document_filler"] == {"also", "further", "then"}
    assert {"sent", "seen", "made"} <= words["irregular_participle"]


@pytest.mark.parametrize("lead, expected", [
    ("In a post on the homegrown app Koo, ", True),
    ("Through its account on Chirpa, ", True),
    ("Via a brief update on Koo, ", True),
    ("In Delhi on Monday, ", False),  # no medium noun
])
def test_leading_medium_from_the_lexicon(lead, expected):
    assert (actors.leading_medium().fullmatch(lead) is not None) is expected


@pytest.mark.parametrize("sentence, word", [
    ("The blog post also said the rules were unclear.", "blog post"),
    ("The e-mail further argues that users were never told.", "e-mail"),
    ("Blocking was lawful, the memo says.", "memo"),
    ("The report found that most orders were secret.", None),  # "found" is no document verb
])
def test_document_subject_from_the_lexicon(sentence, word):
    m = actors.document_subject().search(sentence)
    assert (m.group(1) if m else None) == word


def test_an_irregular_participle_parenthesis_is_skipped():
    body = ("The IT ministry sent the messaging app Pellin a notice on Tuesday over accounts it had restored.\n\n"
            "The notice, sent late on Monday, says the company broke the ministry's directions.")
    assert side_of(attribute(body), "broke the ministry")[0] == "government"


def test_whoever_sues_files_the_petition():
    body = ("The social network Pellin has sued the Ministry of Digital Affairs over an order to block 300 accounts.\n\n"
            "The petition, lodged in the High Court on Thursday, asks judges to set aside the order.")
    assert side_of(attribute(body), "set aside the order")[0] == "platform"


def test_it_going_to_court_is_the_sentence_subject():
    body = ("The messaging app Pellin has obeyed every pending order of the IT ministry, and on Friday it went to the "
            "High Court to challenge some of them.\n\n"
            "The petition, lodged in the capital, asks the court to quash nine of the orders.")
    assert side_of(attribute(body), "quash nine")[0] == "platform"


def test_a_document_named_before_is_its_author_document():
    body = ("The IT ministry said in a statement issued late on Wednesday that the company must obey the orders.\n\n"
            "The meeting came hours after the messaging app Pellin published a blog post saying it would not act.\n\n"
            "The secretary voiced his deep disappointment with the company, the statement said.")
    assert side_of(attribute(body), "deep disappointment")[0] == "government"


def test_a_document_named_otherwise_is_not_its_author_document():
    # the latest sentence naming the post tells no one's words from it: the post the last speaker wrote goes on
    body = ("The messaging app Pellin said in a blog post that it would not block reporters.\n\n"
            "The post comes a week after the IT ministry served a notice.\n\n"
            "The IT ministry answered within hours on a rival app.\n\n"
            "It called the timing of the blog odd, noting that talks were due that evening.\n\n"
            "“The government will reply in due course,” the post added.")
    assert side_of(attribute(body), "reply in due course")[0] == "government"


def test_it_after_a_document_subject_is_the_document_author():
    body = ("The messaging app Pellin said on Thursday that it had received twice as many requests as a year before.\n\n"
            "The report, released on Wednesday, covers the months of its stand-off with the IT ministry.\n\n"
            "Requests for user data rose to 3,615 in the half year, it said.")
    assert side_of(attribute(body), "3,615 in the half")[0] == "platform"


def test_a_digest_label_is_no_document_subject():
    body = ("The IT ministry rebuked the messaging app Pellin on Wednesday.\n\n"
            "The reply: The ministry answered within hours.\n\n"
            "Publishing the post before the meeting was odd, it said.")
    assert side_of(attribute(body), "before the meeting was odd")[0] == "government"


def test_an_unregistered_document_word_after_a_party_quote_continues_it():
    body = ("The IT ministry's readout of its position, circulated on Monday evening, was blunt.\n\n"
            "“Orders issued under the act are not a matter of choice for any intermediary,” it said.\n\n"
            "The note added that the government remained open to talks on compliance.")
    assert side_of(attribute(body), "open to talks")[0] == "government"
