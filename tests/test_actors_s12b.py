"""Session 12, side errors by class (dev and rounds 4-57 studied, rounds 58-60 judged by their score lines only):
a former executive speaks for himself, "said Name of the Body" names the person on the body's side, and more
verbs of reported speech (speech_verbs.txt)."""
import pytest
from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_former_chief_executive_is_other_in_every_sentence():
    frame = attribute("The government on Tuesday rejected claims by Jack Dorsey, Twitter's co-founder and former "
                      "chief executive, that India had threatened to shut the platform down. Mr. Dorsey said in an "
                      "interview that India had made many requests. “They told us they would raid our offices,” he "
                      "said.")
    assert side_of(frame, "India had made many requests")[0] == "other"
    assert side_of(frame, "raid our offices")[0] == "other"


def test_former_before_the_name_and_the_company_spokesperson_after_it():
    frame = attribute("Former Twitter CEO Jack Dorsey said on Monday that India had threatened to shut the platform "
                      "down. In July, a company spokesperson said Twitter respected the court but disagreed with it.")
    assert side_of(frame, "threatened to shut")[0] == "other"
    side, speaker = side_of(frame, "respected the court")[:2]
    assert side == "platform" and speaker == "Twitter"  # the role word stands for the company, not its former chief


def test_a_chief_in_post_keeps_his_side():
    frame = attribute("Twitter chief executive Jack Dorsey said on Monday that the company would comply with the law.")
    assert side_of(frame, "would comply")[0] == "platform"
    assert actors.former_people("Jack Dorsey, a former engineer still at the company, said so.", ["Jack Dorsey"]) == set()
    assert actors.former_people("A former minister said so. Jack Dorsey agreed.", ["Jack Dorsey"]) == set()


def test_said_a_name_of_a_body_is_that_person():
    frame = attribute("Lawmakers approved the amendments on Thursday. “Six hours is not enough time to read an order,” "
                      "said Lidia Aran of the Zandor Internet Society, which plans to ask the court to review the rule.")
    side, speaker = side_of(frame, "Six hours")[:2]
    assert side == "other" and speaker == "Lidia Aran"
    found = actors.person_of_group("Ana Ruiz of the Ministry of Information", [])
    assert found is not None and found.side == "government" and found.name == "Ana Ruiz"
    assert actors.person_of_group("The head of the ministry", []) is None


@pytest.mark.parametrize("sentence, side", [
    ("Officials indicated the government was weighing its next step.", "government"),
    ("What's next: officials hinted that a formal notice could follow soon.", "government"),
    ("After the briefing, Twitter repeated that it would not act on the order until a court had reviewed it.",
     "platform"),
    ("The Ministry of Electronics and Information Technology played down the figures.", "government"),
])
def test_more_verbs_of_reported_speech(sentence, side):
    frame = attribute("Twitter and the ministry met on Monday. " + sentence)
    assert side_of(frame, sentence[:25])[0] == side


def test_repeated_as_an_adjective_reports_no_speech():
    frame = attribute("Government spokesman Karel Ondra faced repeated questions about the dispute on Friday.")
    assert side_of(frame, "repeated questions")[0] == "narrator"
