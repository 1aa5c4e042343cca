"""Session 20, fourth attribution pass: a party's stated view put as the subject of "is that" ("Twitter's view is
that ...", "The ministry's position, set out in a letter last week, is that ...") reports that party's words."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


INTRO = "The ministry ordered Twitter to block 250 accounts last week. "


@pytest.mark.parametrize("sentence, side", [
    ("Twitter's view is that blocking journalists would breach their right to free expression.", "platform"),
    ("Twitter's position, set out in a blog post on Wednesday, is that the orders go beyond the law.", "platform"),
    ("A: The ministry's position is that the orders are binding.", "government"),
])
def test_a_partys_view_is_that_reports_its_words(sentence, side):
    assert side_of(attribute(INTRO + sentence), sentence[:25])[0] == side


@pytest.mark.parametrize("sentence", ["The problem is that nobody knows how many accounts were blocked.",
                                      "The critics' view is that the law is too broad."])
def test_no_partys_view_is_no_speaker(sentence):
    assert actors.find_attribution(sentence, []) is None
