"""Session 22 (side1), who a "he"/"she" after a journalist's sentence about a person is: the person that sentence
opens with, also after a live blog's time stamp ("09:40 – Committee chair Ruta Maelis opens ..."), after a post
between a capitalised word and the name ("Union spokesman Tarek Ondine", "Brindle owner Oskar Venn"), after an
organisation's post and a comma ("Brindle’s lawyer, Selma Okafor, took ...") and a role phrase opening the sentence
("A second employee, who ..., was blunt."); not the organisation quoted last. Invented sentences throughout."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


MINISTRY = ("The Digital Ministry of Varnesse ordered Brindle, a photo-sharing app, to hide 60 accounts on Monday. "
            "“The order is lawful and it is final,” the ministry said in a statement. ")


def test_post_then_name_after_a_live_blog_stamp_gives_the_person_and_the_post_side():
    body = (MINISTRY + "\n\n10:15 Brindle spokeswoman Ilka Ferreira has spoken to reporters outside the ministry.\n\n"
            "“We will publish every order we receive,” she said.")
    side, speaker, _ = side_of(attribute(body), "We will publish every order")
    assert (side, speaker) == ("platform", "Ilka Ferreira")


def test_owner_post_and_name_between_commas():
    body = (MINISTRY + "Brindle’s lawyer, Selma Okafor, took a narrower line. "
            "The company, she said, had complied only because the law left it no choice.")
    side, speaker, _ = side_of(attribute(body), "had complied only because")
    assert (side, speaker) == ("platform", "Selma Okafor")


def test_role_phrase_opening_the_sentence_before_a_quote():
    body = (MINISTRY + "A second employee, who joined last spring, was blunt. "
            "“If they jail one of us, it is not the app that goes to prison,” he said.")
    side, _, _ = side_of(attribute(body), "If they jail one of us")
    assert side == "platform"


def test_a_pronoun_after_a_narrated_outsider_is_not_the_ministry():
    body = (MINISTRY + "Opposition deputy Marek Lindqvist read the order aloud in the chamber on Tuesday. "
            "“Nobody in this house has seen the evidence,” he said.")
    side, speaker, _ = side_of(attribute(body), "Nobody in this house")
    assert side != "government"
    assert speaker != "ministry"


def test_the_stamp_and_the_lexicon_words():
    assert actors.STAMP_OPENING.sub("", "09:40 – Party spokesperson Irena Doe has spoken.") == \
        "Party spokesperson Irena Doe has spoken."
    assert actors.post_then_name().match("Committee chair Annika Dorn opens by asking").group(1) == "Annika Dorn"
    assert actors.role_opening().match("A third employee, who joined").group(1) == "A third employee"
    words = actors.attribution_words()
    assert {"spokesperson", "owner"} <= words["narrated_post"] and "employee" in words["narrated_role"]


def test_a_name_opening_without_a_post_is_unchanged():
    body = (MINISTRY + "Brindle said it would comply. Ilka Ferreira, a user in the capital, lost her account. "
            "“I was never told why,” she said.")
    side, speaker, _ = side_of(attribute(body), "I was never told why")
    assert speaker == "Ilka Ferreira"
