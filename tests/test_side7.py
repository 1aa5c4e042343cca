"""Session 26 (side7): an objection told as the objector's words ("objected to"); "the force" as the one police body named."""
from helpers import actors


def test_objecting_to_something_is_speech():
    got = actors.find_attribution("The ministry objected to the company publishing the orders.", [])
    assert got is not None and got.side == "government"


def test_a_thing_objected_to_names_no_speaker():
    assert actors.find_attribution("The producers were never told which scene the regulator objected to.", []) is None


def test_the_force_is_the_one_police_body_named():
    body = ("Harlow City Police asked the video site Vidora on Monday to remove a clip. "
            "In its request, the force said the video identified a minor.")
    learned = actors.learn_police_force(body)
    assert learned["the force"].name == "Harlow City Police" and learned["the force"].side == "government"
    actors.LOCAL = actors.article_actors(body)
    try:
        got = actors.find_attribution("In its request, the force said the video identified a minor.", [])
        assert got is not None and (got.name, got.side) == ("Harlow City Police", "government")
    finally:
        actors.LOCAL = {}


def test_the_force_needs_one_named_police_body():
    two = "Harlow City Police and the Eastgate Transit Police met. The force said nothing."
    assert actors.learn_police_force(two) == {}
    none = "The ministry used the force of law against the app."
    assert actors.learn_police_force(none) == {}


def test_a_national_office_is_the_state_and_the_office_refers_back_to_it():
    body = ("The National Telecoms Office told the messaging app Chatterly to block 12 channels on Tuesday. "
            "The office said the channels had spread false alerts.")
    learned = actors.learn_state_offices(body)
    assert learned["National Telecoms Office"].side == "government"
    assert learned["the office"].name == "National Telecoms Office"


def test_a_council_acting_on_a_platform_is_the_state():
    body = "The Obelan Media Council fined the company for ignoring its order. The council said it would act again."
    learned = actors.learn_state_offices(body)
    assert learned["Obelan Media Council"].side == "government" and learned["the council"].side == "government"


def test_a_press_council_is_not_the_state():
    body = "The Obelan Press Council said the order went too far. The council asked for a review."
    assert actors.learn_state_offices(body) == {}


def test_two_offices_leave_the_office_unresolved():
    body = ("The National Telecoms Office and the Federal Tax Office both wrote to the platform. "
            "The office said nothing more.")
    learned = actors.learn_state_offices(body)
    assert "the office" not in learned and learned["Federal Tax Office"].side == "government"
