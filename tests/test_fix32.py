"""Session 31, fix32: a blocked site's editor-in-chief (and chief, managing, deputy editor) speaks for the site.

site_staff's rows of more than one word were never a mention's text: 'editor-in-chief' found no mention at all. They are
role_other aliases in actors.csv now (an editor speaks for himself unless his site is a platform of the article), and
``read_speaker`` gives a site_staff word owned by a named platform ("Pinprick’s editor-in-chief", ``SITE_POSSESSIVE``)
to that platform, before or after the name (GUIDELINES_ADDENDUM.md: "A blocked website's or app's own people are the
platform"). Made-up sentences: the satire site Pinprick, the newspaper the Morning Ledger."""
from __future__ import annotations

import pytest

from helpers import actors, text

POSTS = ["editor-in-chief", "chief editor", "managing editor", "deputy editor", "editor"]
BLOCKED = "The ministry ordered internet providers to block the satire website Pinprick on Monday.\n\n"


def last_side(body: str) -> str:
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    return cols["side_rule"][-1]


@pytest.mark.parametrize("post", POSTS)
def test_the_post_is_a_mention_of_its_own(post):
    found = actors.find_mentions(f"The {post} declined to comment.")
    assert [(m.text.lower(), m.actor.side) for m in found] == [(post, "other")]


@pytest.mark.parametrize("post", POSTS)
def test_the_blocked_site_s_staff_speak_for_it_before_the_name(post):
    assert last_side(BLOCKED + f"“We will not take the cartoons down,” Pinprick’s {post}, Lena Korvac, said.") \
        == "platform"


@pytest.mark.parametrize("post", POSTS)
def test_the_blocked_site_s_staff_speak_for_it_after_the_name(post):
    assert last_side(BLOCKED + f"“We will not take the cartoons down,” said Lena Korvac, Pinprick’s {post}.") \
        == "platform"


def test_a_straight_apostrophe_also_owns_the_post():
    assert last_side(BLOCKED + "“We will not take the cartoons down,” said Lena Korvac, Pinprick's managing editor.") \
        == "platform"


@pytest.mark.parametrize("post", POSTS)
def test_a_newspaper_that_is_no_platform_keeps_its_editor_other(post):
    assert last_side(BLOCKED + f"“The order is plainly wrong,” said Tomas Weir, the Morning Ledger’s {post}.") \
        == "other"


@pytest.mark.parametrize("post", ["editor-in-chief", "deputy editor"])
def test_an_editor_owned_by_no_one_stays_other(post):
    assert last_side(BLOCKED + f"“The order is plainly wrong,” said Tomas Weir, a {post} in the capital.") == "other"
