"""Session 20, third attribution pass: a post named before the person, set off by commas ("The IT minister, Kasimir
Vell, hit back"), describes that person as an apposition after the name does; a state post word ("president",
"secretary") held in a body of no side ("the union's president") or by an "Its" whose antecedent is a group of no
side is no state post."""
import pytest

from conftest import attribute, side_of
from helpers import actors, events, text


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


INTRO = "Chirrup's transparency report counted 3,140 demands from the government, up from 812. "


@pytest.mark.parametrize("lead", ["The IT minister, Kasimir Vell, hit back the next day.",
                                  "The interior minister at the time, Kasimir Vell, replied on Friday."])
def test_a_post_before_the_name_between_commas_gives_the_name_its_side(lead):
    body = INTRO + lead + " “These numbers are inflated,” he told reporters. Vell said his ministry would publish figures."
    assert side_of(attribute(body), "These numbers are inflated")[0] == "government"
    assert side_of(attribute(body), "Vell said his ministry")[0] == "government"


def test_a_former_post_before_the_name_is_no_side():
    body = INTRO + "A former minister, Kasimir Vell, disagreed. Vell said the report was fair."
    assert side_of(attribute(body), "Vell said the report")[0] == "other"


@pytest.mark.parametrize("body", [
    "The Istmaran Union of Journalists responded on Tuesday. “Hiding a reporter's work is censorship,” the union's "
    "president, Sandro Kelemen, said. “The platform had the right to appeal.”",
    "The Telorian Medical Association criticised the decision on Monday. Its president, Dr. Ines Marlow, said doctors "
    "had treated patients. “Hiding a reporter's work is censorship,” she said.",
])
def test_a_president_of_a_body_of_no_side_is_no_state_officer(body):
    assert side_of(attribute(body), "Hiding a reporter")[0] == "other"


def test_its_secretary_after_a_ministry_stays_the_state_s():
    body = ("The Ministry of Communications ordered Whisperline to block 40 channels on Monday. Its secretary, Raj Kumar, "
            "said the order was lawful. “We will not back down,” Kumar said.")
    assert side_of(attribute(body), "We will not back down")[0] == "government"


def test_a_bare_response_after_an_apposition_is_dropped_for_the_dated_statement_next():
    assert events.BARE_RESPONSE.match("The IT minister, Kasimir Vell, hit back the next day.")
    assert not events.BARE_RESPONSE.match("The IT minister, Kasimir Vell, hit back, calling the report a lie.")


def test_a_group_officer_named_with_the_post_makes_a_statement_event():
    assert events.OFFICER_SAID.match("Its general secretary, Tomas Arvelle, said the union wanted it.")
    assert events.OFFICER_SAID.match("The guild's president, Dr. Ines Marlow, told reporters it was wrong.")
    assert not events.OFFICER_SAID.match("Tomas Arvelle said the union wanted it.")
    body = ("The sports ministry asked Tallo to remove 14 accounts on Friday, and Tallo refused on Tuesday.\n\n"
            "The Velandrian Professional Footballers' Association, which represents about 600 players, has backed "
            "neither side fully. Its general secretary, Tomas Arvelle, said the union wanted the leaks investigated but "
            "did not support silencing the accounts.")
    found = events.extract("2022-09-14", actors.attribute(body, text.split_sentences(body)))
    said = found[found["evidence"].str.contains("union wanted", regex=False)]
    assert (said["event_type"] == "statement").any()
