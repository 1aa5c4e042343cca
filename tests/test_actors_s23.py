"""Session 23 (side1): block quotes signed after them by a person and a post ("Name, <Org> head of policy",
"— Name, chairman of the <Body>, to a committee on Monday"), and a bare "Spokesperson Name" opening a sentence
after one that ends on the other party's name (a sentence end is no owner of the title)."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_block_signed_on_its_last_line_by_a_platform_post():
    body = ("The interior ministry ordered the video app Pellow to remove 30 clips on Monday. Pellow refused.\n\n"
            "We have removed every clip that came with a reason. What we will not do is silence reporters.\n"
            "Ana Joric, Pellow head of public policy\n\n"
            "Lena Moss, a researcher, said the dispute would drag on.")
    frame = attribute(body)
    assert side_of(frame, "We have removed every clip")[:2] == ("platform", "Ana Joric")
    assert side_of(frame, "What we will not do")[0] == "platform"
    assert side_of(frame, "Lena Moss")[0] == "other"


def test_block_signed_in_the_next_paragraph_with_a_setting():
    body = ("The Drevan Communications Authority fined the video app Pellow on Tuesday. Pellow said it would appeal.\n\n"
            "A platform that hosts a riot becomes part of the riot, and we will treat it that way. Pellow has had "
            "every chance to comply.\n\n"
            "— Ivo Dern, chairman of the Drevan Communications Authority, to a parliamentary committee on Wednesday\n\n"
            "The appeal will be heard next month.")
    frame = attribute(body)
    assert side_of(frame, "A platform that hosts a riot")[:2] == ("government", "Ivo Dern")
    assert side_of(frame, "Pellow has had every chance")[0] == "government"
    assert side_of(frame, "The appeal will be heard")[0] == "narrator"


def test_signed_by_reads_the_post_not_the_setting():
    assert actors.signed_by("Ivo Dern, head of the Drevan Communications Authority, on Monday").side == "government"
    assert actors.signed_by("Ivo Dern, to a committee on Monday") is None  # no post
    assert actors.signed_by("The Ministry, in a statement") is None  # no person's name
    assert actors.signature_setting("speaking to reporters") and not actors.signature_setting("head of policy")


def test_a_paragraph_ending_without_a_signature_is_not_a_block():
    body = ("The ministry ordered the app Pellow to block 12 accounts.\n\n"
            "Pellow has not said whether it will comply. The deadline passes on Friday, officials said.")
    frame = attribute(body)
    assert side_of(frame, "Pellow has not said")[0] == "narrator"


def test_a_title_after_a_sentence_ending_on_the_platform_is_not_its_spokesperson():
    body = ("The Ministry of Digital Affairs held its weekly briefing on Friday, and most of it went to the "
            "messaging app Zorrel.\n\n"
            "Spokeswoman Ilka Varn opened by saying the ministry had sent Zorrel 12 orders.\n\n"
            "\"We have been patient,\" Varn said.")
    frame = attribute(body)
    assert side_of(frame, "Spokeswoman Ilka Varn")[:2] == ("government", "Ilka Varn")
    assert side_of(frame, "We have been patient")[0] == "government"


def test_a_spokesperson_named_right_after_the_platform_stays_its_own():
    body = ("The ministry ordered the messaging app Zorrel to block 12 accounts.\n\n"
            "Zorrel spokeswoman Ilka Varn said the company would go to court.")
    assert side_of(attribute(body), "Zorrel spokeswoman")[:2] == ("platform", "Ilka Varn")
