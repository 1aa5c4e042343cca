"""Session 22 (side2), attribution errors of rounds 91–93: an interviewee introduced as "Minister for <portfolio>
Name"; a platform learnt from a sentence that opens with its name acting on what it holds ("Quillo withheld the
posts"); a speaker after an adverbial opening and a party's office ("Outside the court, Quillo's chief lawyer, Name,
read a statement:"); a he/she with no speaker before is never the last organisation named."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_interviewee_named_after_a_minister_s_portfolio():
    body = ("This is a shortened transcript of our talk with Junior Minister for Digital Affairs Tomas Berle. His "
            "office ordered the app Quillo to remove 20 posts last month.\n\n"
            "Q: Why these posts?\n\nA: They named witnesses in a trial. We had no choice.\n\n"
            "Q: Will you fine the company?\n\nA: Only if it keeps ignoring the order.")
    frame = attribute(body)
    assert side_of(frame, "They named witnesses")[:2] == ("government", "Tomas Berle")
    assert side_of(frame, "We had no choice")[0] == "government"
    assert side_of(frame, "Only if it keeps")[0] == "government"
    assert side_of(frame, "Why these posts")[0] == "narrator"


def test_interviewee_regex_keeps_the_name_after_the_portfolio():
    m = actors.INTERVIEWEE.search("We spoke to Minister of Posts and Telecoms Ada Virk on Friday.")
    assert m.group("titled") == "Ada Virk"
    m = actors.INTERVIEWEE.search("We spoke to Minister Ada Virk on Friday.")
    assert m.group("titled") == "Ada Virk"


def test_a_name_that_withholds_posts_is_a_platform():
    body = ("The ministry ordered the removal of 30 posts on Tuesday.\n\n"
            "Quillo withheld the posts a day later but said it would go to court.")
    assert "Quillo" in actors.learn_platforms(body)
    assert "Kessary" not in actors.learn_platforms("The ministry of Kessary said the order stood.")


def test_a_speaker_after_an_adverbial_opening_and_a_party_s_office():
    body = ("The ministry ordered Quillo to block 12 accounts. Quillo withheld the accounts on Monday.\n\n"
            "Outside the court, Quillo's chief lawyer, Dana Morrow, read a brief statement:\n\n"
            "\"We will keep defending our users. The order names no law.\"")
    frame = attribute(body)
    assert side_of(frame, "read a brief statement")[:2] == ("platform", "Dana Morrow")
    assert side_of(frame, "We will keep defending")[:2] == ("platform", "Dana Morrow")
    assert side_of(frame, "The order names no law")[0] == "platform"


def test_she_with_no_speaker_before_is_not_the_last_platform_named():
    body = ("Lena Arvo, a teacher who writes about local schools, is one of 30 users whose accounts the app Quillo "
            "withheld this month.\n\n"
            "“Nobody ever told me which post broke the law,” she said.")
    frame = attribute(body)
    assert side_of(frame, "Nobody ever told me")[0] == "other"
