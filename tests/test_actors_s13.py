"""Session 13 attribution rules, written from the errors of dev and rounds 4-60 (classes counted over
helpers.validation.matched_sentences) and kept only when they raised rounds 61-63 read through their score lines."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_bracketed_initials_do_not_hide_the_speaker():
    # "reported speech verb missed": a name followed by its initials in brackets lost its verb
    found = actors.find_attribution("The Marovian Communications Authority (MCA) said in a statement that the block "
                                    "had been lifted.", [])
    assert found is not None and (found.name, found.side) == ("Marovian Communications Authority", "government")
    found = actors.find_attribution("In a press release, the Varesian Communications Authority (VCA) said the "
                                    "accounts had incited unrest.", [])
    assert found is not None and found.side == "government"


def test_initials_closing_an_apposition_stay():
    # "Dr. X, chair of the Authority (OCA), told ...": the person before the apposition speaks, not the chair's body
    body = ("The authority sent the company its third order. “These accounts are coordinated networks,” Dr. Mira Halvek, "
            "chair of the Orvanian Communications Authority (OCA), told a news conference.\n\n"
            "She said the first two orders had covered more than 300 accounts.")
    frame = attribute(body)
    assert side_of(frame, "coordinated networks")[:2] == ("government", "Mira Halvek")


@pytest.mark.parametrize("sentence", [
    "Ministry orders three platforms to purge election posts after the vote",
    "Several Union ministers then shared posts carrying the hashtags #IndiaTogether and #IndiaAgainstPropaganda.",
    "It gave the company until Sept. 22 to remove the videos, which the regulator says spread false claims about "
    "the safety of a vaccine programme.",
    "Jack Dorsey's India remarks set off a political storm",
    "Election body orders Kestrel to pull posts after labels fail to satisfy it",
])
def test_plural_nouns_are_not_speech_verbs(sentence):
    # "narrator sentence given a speaker": "posts", "claims", "remarks" read as present-tense verbs
    assert side_of(attribute(sentence), sentence[:25])[0] == "narrator"


def test_plural_noun_verbs_still_report_speech():
    body = ("The regulator claims that the platform ignored three orders.\n\n"
            "Echofeed’s head of global affairs, Mr. Karim Osei, posts on the platform: “We have not ignored anything.”\n\n"
            "“The order is unlawful,” the company claims.")
    frame = attribute(body)
    assert side_of(frame, "The regulator claims")[0] == "government"
    assert side_of(frame, "We have not ignored")[0] != "narrator"
    assert side_of(frame, "The order is unlawful")[0] == "platform"


@pytest.mark.parametrize("sentence", [
    "The minister also posted a screenshot of a letter sent to the company on June 2.",
    "The court on Thursday gave the company two weeks to respond and posted the matter for further hearing.",
    "The report, posted on Saturday, also shows that the company suspended 18,385 accounts on its own.",
    "The platform had labelled the tweet, posted by a ruling-party spokesperson, as manipulated media.",
])
def test_posting_something_is_not_speech(sentence):
    # "posted" reports words only when they follow (a colon, "that", a quotation) or go on the poster's own outlet
    assert side_of(attribute(sentence), sentence[:25])[0] == "narrator"


def test_posting_words_is_speech():
    body = ("Within hours, the ministry posted on Koo that publishing the post before the meeting was unusual.\n\n"
            "On Wednesday the company posted a short explanation on its local blog.\n\n"
            "“Putting out a blog before that meeting is unusual,” the ministry posted on Koo.")
    frame = attribute(body)
    assert side_of(frame, "the ministry posted on Koo that")[0] == "government"
    assert side_of(frame, "posted a short explanation")[0] == "platform"
    assert side_of(frame, "Putting out a blog")[0] == "government"
