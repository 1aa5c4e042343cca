"""helpers.actors, session 27 (side8): unquoted blocks signed after them, a letter's unquoted paragraphs going on,
"made (it) clear that", and "according to its <record>"."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)

REGISTERED = ("The regulator ordered Twitter to block 30 accounts last week, and the ministry said the order stood.\n\n")


def test_unquoted_block_signed_by_a_back_reference():
    body = (REGISTERED +
            "Twitter replied on Friday.\n\n"
            "We have acted on the lawful parts of the order. We will not hide the accounts of reporters, and our users "
            "will be told why.\n\n"
            "The statement came from a Twitter spokesperson. The ministry has not answered it.")
    frame = attribute(body)
    assert side_of(frame, "We have acted on the lawful")[0::2] == ("platform", "block")
    assert side_of(frame, "We will not hide")[0::2] == ("platform", "block")
    assert side_of(frame, "The ministry has not answered")[0] == "narrator"


def test_signing_paragraph_belongs_to_its_block():
    body = (REGISTERED +
            "The orders are lawful, and we expect every company to obey them. Our officials will check on Monday.\n\n"
            "Those were the words of the ministry in a note to reporters.\n\n"
            "Twitter has until Monday to act.")
    frame = attribute(body)
    assert side_of(frame, "we expect every company")[0::2] == ("government", "block")
    assert side_of(frame, "Those were the words")[0::2] == ("government", "block")
    assert side_of(frame, "Twitter has until Monday")[0] == "narrator"


def test_writer_of_the_lines_named_after_them():
    body = (REGISTERED +
            "We respect the courts and we will answer any order a judge signs.\n\n"
            "The regulator's chair wrote those lines in a letter on Tuesday.")
    frame = attribute(body)
    assert side_of(frame, "We respect the courts")[0::2] == ("government", "block")


def test_first_person_paragraph_without_a_back_reference_stays_the_narrators():
    body = (REGISTERED +
            "We will be watching the deadline closely, and our readers can follow it here.\n\n"
            "The order expires next month.")
    frame = attribute(body)
    assert side_of(frame, "We will be watching")[0] == "narrator"


def test_letter_goes_on_over_unquoted_first_person_paragraphs():
    body = (REGISTERED +
            "Twitter's chief executive published an open letter to the minister. It reads in part:\n\n"
            "We have removed every post a court has found unlawful.\n\n"
            "I ask you to publish the reasons for the other orders, so that we can answer them.\n\n"
            "By Tuesday, a petition had gathered 5,000 signatures.")
    frame = attribute(body)
    assert side_of(frame, "We have removed every post")[0::2] == ("platform", "block")
    assert side_of(frame, "I ask you to publish")[0::2] == ("platform", "block")
    assert side_of(frame, "a petition had gathered")[0] == "narrator"


def test_live_blog_entry_after_a_block_is_not_its_continuation():
    body = (REGISTERED +
            "The ministry posted this on Monday:\n\n"
            "The orders are binding and must be carried out.\n\n"
            "14:30 — We have asked Twitter for its response.")
    frame = attribute(body)
    assert side_of(frame, "We have asked Twitter")[0] == "narrator"


def test_back_reference_author_phrase():
    assert actors.backref_author("Those were the opening words of the committee's chair, Ana Rus, on Monday.") == \
        ("the committee's chair, Ana Rus", True)
    assert actors.backref_author("So read the written reply from the minister's office, posted late on Monday.") == \
        ("the minister's office", True)
    assert actors.backref_author("The statement came from a company spokesman.") == ("a company spokesman", False)
    assert actors.backref_author("Those were difficult weeks for the company.") is None


def test_made_it_clear_that_reports_speech():
    body = REGISTERED + "Officials made it clear that the ministry would not wait much longer."
    assert side_of(attribute(body), "would not wait")[0] == "government"
    body = REGISTERED + "It has, however, made clear that it wants to keep talking to the ministry."
    assert side_of(attribute(body), "wants to keep talking")[0] in ("government", "platform")


def test_made_clear_without_that_is_no_speech():
    body = REGISTERED + "The ministry has made clear which outcome it prefers."
    assert side_of(attribute(body), "which outcome it prefers")[0] == "narrator"


def test_according_to_its_record_speaks_for_its_owner():
    body = REGISTERED + "Twitter withheld 40 more accounts in March, according to its transparency page."
    assert side_of(attribute(body), "withheld 40 more")[0] == "platform"
    body = REGISTERED + "The regulator plans to meet the providers next week, according to its website."
    assert side_of(attribute(body), "meet the providers")[0] == "government"
    body = REGISTERED + "According to its public log, the company has labelled 17 posts since January."
    assert side_of(attribute(body), "labelled 17 posts")[0] == "platform"


def test_according_to_a_record_with_no_party_stays_the_narrators():
    body = "Traffic to the site fell by half in March, according to its public log."
    assert side_of(attribute(body), "Traffic to the site")[0] == "narrator"

