"""Session 16 (b): a participle after "X served/sent Y (with) a notice" reports the sender's words, not the words of the
one served (dev + rounds 4-66: 2 side errors fixed, none made; rounds 67-72 +1 sentence; held-out up)."""
import pytest
from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_notice_sent_to_a_platform_accusing_it_is_the_senders():
    found = actors.find_attribution(actors.normalise(
        "The ministry has sent Twitter a formal notice accusing it of helping users get around the block."), [])
    assert found.side == "government"


def test_a_notice_served_with_saying_is_the_senders():
    body = ("Commission warns Twitter\n\nThe Election Commission ordered Twitter last Friday to block 46 accounts within "
            "24 hours.\n\nTwo days later it served Twitter with a notice saying the company was in breach.\n\nTwitter "
            "did not comment.")
    assert side_of(attribute(body), "served Twitter with a notice")[0] == "government"


def test_a_platform_sending_the_ministry_a_letter_saying_is_the_platforms():
    found = actors.find_attribution(actors.normalise(
        "Twitter sent the ministry a letter saying it would not block the accounts of journalists."), [])
    assert found.side == "platform"


def test_a_list_sent_without_a_document_word_is_unchanged():
    found = actors.find_attribution(actors.normalise(
        "The ministry sent Twitter a list of 1,178 accounts on Thursday, saying they spread misinformation."), [])
    assert found.side == "government"
