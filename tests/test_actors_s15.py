"""Session 15: a person introduced by a post held in the past speaks for himself (GUIDELINES_ADDENDUM.md, "A former
executive speaks for himself"), whatever the words of the description: "then-minister", "ex-", "retired", "who served
as ... until 2019", "chaired ... from 2015 to 2020", "who left the company last year", "Now a law lecturer, she ..."."""
import pytest
from conftest import attribute, side_of
from helpers import actors, speaker_model


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


@pytest.mark.parametrize("body, name", [
    ("Dr. Leona Brandt chaired the blocking committee from 2015 to 2020. She said the orders were rushed.", "Leona Brandt"),
    ("Ivo Marr, who served as IT secretary until 2019, said the orders were rushed.", "Ivo Marr"),
    ("The then-minister Ivo Marr said the orders were rushed.", "Ivo Marr"),
    ("Ex-minister Ivo Marr said the orders were rushed.", "Ivo Marr"),
    ("Retired diplomat Ivo Marr said the orders were rushed.", "Ivo Marr"),
    ("Ivo Marr, who left the company last year, said the orders were rushed.", "Ivo Marr"),
    ("Jack Dorsey, who ran the company during the 2021 standoff, said the orders were rushed.", "Jack Dorsey"),
    ("Anand Raghavan spoke on a podcast. Raghavan, who retired in 2019, argued the law is clear.", "Anand Raghavan"),
    ("Lena Vos headed the regulator's legal team. Now a law lecturer in Tamsk, she spoke to us.", "Lena Vos"),
])
def test_a_past_post_is_read_in_its_many_forms(body, name):
    assert actors.former_people(body, [name]) == {name}


@pytest.mark.parametrize("body, name", [
    ("Ivo Marr, who heads the telecoms regulator, said the orders were lawful.", "Ivo Marr"),
    ("Ivo Marr, who was appointed minister in 2021, said the orders were lawful.", "Ivo Marr"),
    ("Ivo Marr, who served as IT secretary until 2019 and is now the minister, said so.", "Ivo Marr"),
    ("Ivo Marr was in Delhi until Monday. He said the orders were lawful.", "Ivo Marr"),
    ("Justice K.R. Menon, a retired judge of the Madras High Court, said so.", "Supreme Court"),  # no person
])
def test_a_post_held_now_is_no_past_post(body, name):
    assert actors.former_people(body, [name]) == set()


def test_a_former_committee_chair_is_other_and_the_minister_in_post_keeps_his_side():
    frame = attribute("The communications minister, Ardo Kell, said on Monday that Streamly must comply. Dr. Leona Brandt, "
                      "who chaired the ministry's blocking committee from 2015 to 2020, said the orders were often "
                      "rushed. “We approved nearly everything,” Ms. Brandt said.")
    assert side_of(frame, "must comply")[0] == "government"
    assert side_of(frame, "often rushed")[0] == "other"
    assert side_of(frame, "approved nearly everything")[0] == "other"


def test_the_speaker_model_leaves_a_former_holder_of_a_post_to_the_rules():
    body = ("Dr. Leona Brandt chaired the blocking committee from 2015 to 2020. Now a law lecturer, she spoke to us. "
            "Karel Ondra, the agency's new deputy, said the order stands.")
    speakers, sides = ["Leona Brandt", "Karel Ondra"], ["other", "other"]
    assert speaker_model.unplaced(sides, speakers) == ["Leona Brandt", "Karel Ondra"]
    assert speaker_model.unplaced(sides, speakers, None, body) == ["Karel Ondra"]
