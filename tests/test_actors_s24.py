"""Session 24 (lead): replies told without their words ("hit back within hours", "set out its reasons in a post"),
words still to come ("is expected to say"), and block lead-ins whose document word names no author ("The letter read
in part:" after the sentence that says who wrote it; "It read in part:" after "X responded with a statement")."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


@pytest.mark.parametrize("sentence", [
    "The ministry hit back within hours.",
    "Delhi Police hit back on Wednesday.",
    "The regulator hits back after the two sides met.",
    "The company set out its reasons in a post on its transparency blog.",
    "When the case returns to court, the ministry is expected to say whether it accepts the appointments.",
    "The ministry is due to respond next week.",
])
def test_an_act_or_a_plan_without_words_is_no_speech(sentence):
    assert actors.find_attribution(sentence, []) is None


@pytest.mark.parametrize("sentence, side", [
    ("The ministry hit back, calling the claims baseless.", "government"),  # its words
    ("The ministry hit back at the company's claims.", "government"),  # its target (addendum, session 15)
    ("The company set out its position in a statement on Thursday:", "platform"),  # a block's lead-in
    ("Twitter set out its approach in a blog post, saying it would not act.", "platform"),
    ("The ministry said on Monday that it was expected to act.", "government"),  # "expected" after the verb
])
def test_a_reply_with_words_or_a_target_stays_speech(sentence, side):
    found = actors.find_attribution(sentence, [])
    assert found is not None and found.side == side


def test_a_letter_lead_in_takes_the_writer_the_sentence_before_names():
    body = ("The Selvanian ministry ordered Twitter to withhold 60 accounts. Twitter refused.\n\n"
            "In a written reply sent to the committee on Wednesday, a Twitter spokesperson said the company would "
            "attend. The letter read in part:\n\n"
            "“We respect the committee. We have asked the ministry for the reasons behind each order.”\n\n"
            "Ana Rell, a researcher, said the reply was careful.")
    frame = attribute(body)
    assert side_of(frame, "The letter read in part")[0] == "platform"
    assert side_of(frame, "We respect the committee")[0] == "platform"
    assert side_of(frame, "We have asked the ministry")[0] == "platform"


def test_a_state_notice_lead_in_keeps_its_issuer():
    body = ("The ministry served a notice on Twitter on Wednesday. Twitter withheld the accounts on Monday morning, "
            "only to restore them hours later.\n\n"
            "The notice, a copy of which has been seen by this newspaper, said in part:\n\n"
            "“The intermediary is not an appellate authority over the decisions of the Government.”")
    frame = attribute(body)
    assert side_of(frame, "The notice, a copy")[0] == "government"
    assert side_of(frame, "The intermediary is not")[0] == "government"


def test_it_read_in_part_takes_the_subject_that_posted_the_statement():
    body = ("The ministry ordered Twitter to store users' photographs inside the country. \"The order is lawful,\" "
            "said Rasa Kellin, a deputy attorney general.\n\n"
            "Twitter responded with a statement on its website on Wednesday. It read in part:\n\n"
            "We protect our users' photographs with the same safeguards we use everywhere. We have asked the court "
            "to set the order aside.\n\n"
            "A hearing is set for next month.")
    frame = attribute(body)
    assert side_of(frame, "It read in part")[:2] == ("platform", "Twitter")
    assert side_of(frame, "We protect our users")[0] == "platform"
    assert side_of(frame, "We have asked the court")[0] == "platform"


def test_the_rules_alone_mark_holds_the_speaker_model_back():
    # the fixture these rule tests share (conftest.rules_alone, once 23 copies of one autouse fixture)
    from helpers import speaker_model
    assert speaker_model.load() is None
