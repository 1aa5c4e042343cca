"""Session 24 (side2): the platform of the dispute is the company the state sends orders to, orders or asks to remove
or block, or accuses of ignoring orders (``actors.order_recipients``; not an internet or telecom provider); a plural
platform noun's list ("two messaging apps, Vexa and Trilo,") and "website" introduce platforms; "who has led ... since"
is a post still held, unless the person then left it; "has not yet said" and "did not answer questions" report no
words; an unnamed spokesperson after the clause that tells the act speaks for that clause's subject; a perfect-tense
act in a party's own statement is not dated as news of the day."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


@pytest.mark.parametrize("body, name", [
    ("The Ministry of Information has sent Quorra 12 blocking orders since May.", "Quorra"),
    ("The telecoms regulator issued three notices to Quorra last week.", "Quorra"),
    ("The regulator accused Ploft on Monday of sitting on removal orders for weeks.", "Ploft"),
    ("The authority asked Zentra, which runs the store, to remove the app.", "Zentra"),
    ("The ministry ordered Ploft to block 40 accounts by Friday.", "Ploft"),
    ("Since dawn two messaging apps, Vexa and Trilo, have stopped loading.", "Vexa"),
    ("Since dawn two messaging apps, Vexa and Trilo, have stopped loading.", "Trilo"),
    ("The ministry blocked the satire website Snarkly on Sunday.", "Snarkly"),
])
def test_the_platform_of_the_dispute_is_learned(body, name):
    assert actors.learn_platforms(body)[name].side == "platform"


@pytest.mark.parametrize("body, name", [
    # an internet provider that only carries out the block is no platform of the dispute
    ("The ministry ordered Velnet, the largest internet provider, to block the site.", "Velnet"),
    ("The ministry told internet providers such as Velnet to block Snarkly.", "Velnet"),
    # a list after a provider's plural noun
    ("The order went to two telecom companies, Velnet and Korra, on Monday.", "Korra"),
    # no state asks: users, a union
    ("Users asked Quorra to remove the posts.", "Quorra"),
    ("The union accused Ploft of ignoring its complaints about orders.", "Ploft"),
])
def test_no_platform_without_the_state_or_for_a_provider(body, name):
    assert name not in actors.learn_platforms(body)


def test_has_led_since_is_a_post_still_held_unless_left():
    assert not actors.past_post("Mara Voss, who has led policy at Quorra since 2021, said on Monday ...", "Mara Voss")
    assert actors.past_post("Mara Voss, who has led policy at Quorra since 2021, resigned on Friday.", "Mara Voss")
    assert actors.past_post("Mara Voss, who led policy at Quorra until 2021, said ...", "Mara Voss")


def test_interviewee_who_has_led_the_platform_speaks_for_it():
    body = ("The Ministry of Information has sent Quorra 12 blocking orders since May.\n\n"
            "Mara Voss, who has led public policy at Quorra since 2021, spoke to us on Tuesday.\n\n"
            "Q: How many have you carried out?\n\n"
            "A: Ten of them. The other two we have challenged.")
    frame = attribute(body)
    assert side_of(frame, "A: Ten of them")[0] == "platform"
    assert side_of(frame, "The other two we have challenged")[0] == "platform"


def test_no_words_reported():
    actors.LOCAL = {"Quorra": actors.Actor("local_quorra", "Quorra", "platform", "named")}
    try:
        assert actors.find_attribution("Quorra has not yet said whether it will comply.", []) is None
        assert actors.find_attribution("Quorra did not answer questions about the order.", []) is None
        assert actors.find_attribution("Quorra has not said whether it will comply.", []) is None
        assert actors.find_attribution("Quorra said it would comply.", []).side == "platform"
    finally:
        actors.LOCAL = {}


def test_trailing_spokesperson_speaks_for_the_subject_of_the_act():
    body = ("Quorra has lifted the block on the channel, a week after the ministry ordered Quorra to block it.\n\n"
            "The ministry withdrew its order on Monday, a spokeswoman confirmed.\n\n"
            "Quorra disputed the account in a reply. \u201cWe were never told why the order was made,\u201d a "
            "spokesperson wrote.")
    frame = attribute(body)
    assert side_of(frame, "The ministry withdrew its order")[0] == "government"
    assert side_of(frame, "We were never told why")[0] == "platform"



def test_a_perfect_refusal_in_the_platforms_own_words_is_not_news_of_the_day():
    from conftest import window
    body = ("The Ministry of Information has sent Quorra 12 blocking orders since January.\n\n"
            "Mara Voss, who has led public policy at Quorra since 2021, spoke to us on Tuesday.\n\n"
            "Q: How many have you carried out?\n\n"
            "A: Ten in full. We have not acted on the other two orders, because they target reporters.")
    start, end = window(body, "2025-03-20", "refusal", "other two")
    assert (start, end) == ("2025-01-01", "2025-03-20")  # the orders' period, not the day before the article
