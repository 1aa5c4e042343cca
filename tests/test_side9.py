"""helpers.actors, session 28 (side9): a document "it published", a post in "government affairs", an interview
headline's topic, "its" after a bare state adjective, "the network's director", a possessed document sent "to"
someone, "warned the company that", the last word of a titled platform, "she" after the person just quoted, a person
questioned, and a surname opening a sentence."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_document_it_published_speaks_for_the_subject():
    body = ("Regulators weigh tighter state rules\n\n"
            "Brindle, the video-sharing app, removed 800 clips last quarter, according to a transparency report it "
            "released on Monday.")
    assert side_of(attribute(body), "removed 800 clips")[:2] == ("platform", "Brindle")


def test_government_affairs_is_a_company_post():
    body = ("The ministry ordered Brindle to remove 40 clips on Monday.\n\n"
            "\"Most of those clips were news,\" said Oskar Vel, Brindle's head of government affairs.")
    assert side_of(attribute(body), "Most of those clips")[0] == "platform"
    assert actors.classify("the Minister of Government Affairs", []).side == "government"


def test_interview_headline_topic_and_its_after_a_state_adjective():
    body = ("Brindle's safety chief on government orders\n\n"
            "Brindle, the video-sharing app, received 900 government removal demands last year. We spoke to Mara Quist, "
            "its head of trust and safety, about them.\n\n"
            "Q: How many did you refuse?\n\n"
            "A: About a third of them, because they named no law.")
    frame = attribute(body)
    assert side_of(frame, "About a third of them")[:2] == ("platform", "Mara Quist")
    assert actors.classify("Brindle's safety chief on government orders", []).side != "government"


def test_the_networks_director_speaks_for_the_platform():
    body = ("The Media Authority fined the social network Brindle on Friday over ignored orders.\n\n"
            "\"Brindle treated binding orders as suggestions,\" the authority wrote.\n\n"
            "The network's country director, Lea Sund, acknowledged that Brindle had been slow to reply. She maintained "
            "that the orders gave no reasons.")
    frame = attribute(body)
    assert side_of(frame, "acknowledged that Brindle")[0] == "platform"
    assert side_of(frame, "She maintained")[0] == "platform"


def test_possessed_document_sent_to_someone_is_the_writers():
    assert actors.classify("The ministry's letter to Brindle", []).side == "government"
    body = ("The ministry sent Brindle a blocking order on Monday.\n\n"
            "That notice, issued last Wednesday, warned the company that ignoring it could bring a fine.\n\n"
            "The direction warned that local staff could be fined.")
    frame = attribute(body)
    assert side_of(frame, "That notice, issued")[0] == "government"
    assert side_of(frame, "The direction warned")[0] == "government"


def test_titled_platform_shortened_to_a_common_word():
    body = ("The regulator ordered providers to block the satirical website The Prickly Gazette on Monday.\n\n"
            "After the hearing, Petra Holm, who represents the Gazette, said the site would appeal.")
    assert side_of(attribute(body), "who represents the Gazette")[0] == "platform"


def test_she_after_the_person_just_quoted():
    body = ("The video app Brindle went to court on Monday, challenging the rule.\n\n"
            "At the hearing before Justice Ilse Moor, senior advocate Dana Pruett, appearing for Brindle, said the rule "
            "had no safeguards. \"It lets an official remove a post without any hearing,\" she told the court.")
    assert side_of(attribute(body), "without any hearing")[0] == "platform"


def test_a_person_questioned_is_no_speech_and_she_is_that_person():
    body = ("The ministry sent the video app Brindle 300 orders last year.\n\n"
            "Brindle's head of public policy, Dana Pruett, told MPs the company refused a third of the orders.\n\n"
            "The Standing Committee on Digital Affairs questioned Dana Pruett for three hours.\n\n"
            "She said most of the refused orders cited no law.")
    frame = attribute(body)
    assert side_of(frame, "questioned Dana Pruett")[0] == "narrator"
    assert side_of(frame, "most of the refused orders")[0] == "platform"


def test_surname_opening_a_sentence_is_the_person_quoted_by_it():
    body = ("Inspector General Tomas Kral of the police cyber unit said the unit had sent 40 notices to Brindle.\n\n"
            "\"They have ignored every one of them,\" Kral said.\n\n"
            "Brindle's legal head, Ines Varo, wrote that the notices named no offence.\n\n"
            "Kral was less patient with Brindle. He said the unit would seek fines.")
    frame = attribute(body)
    quoted = side_of(frame, "ignored every one of them")
    assert "Kral" in quoted[1]
    assert side_of(frame, "He said the unit would seek fines")[:2] == quoted[:2]
