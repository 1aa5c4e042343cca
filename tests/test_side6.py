"""Session 25 (side6): platforms a reader identifies by a platform noun that takes up a name."""
from helpers import actors


def test_platform_noun_takes_up_the_previous_sentence_name():
    body = ("The regulator banned 12 apps on Monday. Wobblefin refused to comment. "
            "The photo app, which has 50,000 users, said it would appeal.")
    assert "Wobblefin" in actors.platform_anaphors(body)
    assert actors.learn_platforms(body)["Wobblefin"].side == "platform"


def test_a_person_or_a_common_word_is_not_taken_up():
    person = ("Ms. Quarrin spoke to reporters. Quarrin said nothing else. "
              "The video app was removed from stores.")
    assert actors.platform_anaphors(person) == []
    common = ("Officials declined to comment. The messaging app said officials had not called.")
    assert actors.platform_anaphors(common) == []


def test_company_alone_does_not_make_a_platform():
    body = "Brellco declined to comment. The company said it was reviewing the order."
    assert actors.platform_anaphors(body) == []


def test_a_titled_name_after_a_platform_noun():
    body = "Readers of the satirical website The Daily Pickle found it blocked on Friday."
    assert actors.titled_platforms(body) == ["Daily Pickle"]
    assert actors.learn_platforms(body)["Daily Pickle"].side == "platform"


def test_a_party_named_before_its_description_speaks():
    actors.LOCAL = {"Quorbit": actors.Actor("local_quorbit", "Quorbit", "platform", "named")}
    try:
        got = actors.find_attribution(
            "Quorbit, a video app with two million users, called the decree unlawful and said it would appeal.", [])
        assert got is not None and (got.name, got.side) == ("Quorbit", "platform")
        got = actors.find_attribution("Quorbit, a photo app, said it would appeal.", [])
        assert (got.name, got.side) == ("Quorbit", "platform")
    finally:
        actors.LOCAL = {}


def test_a_description_after_a_person_is_unchanged():
    got = actors.find_attribution("Oskar Liang, a researcher at the Open Wires Lab, said the order was vague.", [])
    assert got is not None and got.side == "other"
