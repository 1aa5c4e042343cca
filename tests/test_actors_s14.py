"""Session 14: a per-article affiliation resolver. Every description the article gives of a person it names
(before or after the quote: an apposition, "Name of <Body>", "Name is <post>", a post before the name, a later
description of the bare surname) is read as a speaker phrase, and a named speaker the rules left ``other`` takes
the side of that person's posts. Former holders of a post and observers (analysts, lawyers for third parties, a
guild's president, a lawyer with no client named) stay ``other``."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


INTRO = ("The Ministry of Communications ordered Whisperline, a messaging app, to block 40 channels on Monday. "
         "Whisperline refused. ")
QUOTE = " “We will not back down,” {} said."


@pytest.mark.parametrize("described, said, side", [
    ("Karin Dahlqvist, the communications minister, defended the order on Tuesday.", "Dahlqvist", "government"),
    ("Karin Dahlqvist, 52, the communications minister, spoke on Tuesday.", "Dahlqvist", "government"),
    ("Nadia Ferrant, Morvania's minister for digital affairs, spoke on Tuesday.", "Ferrant", "government"),
    ("Petra Lind of the Ministry of Communications told reporters the order stood.", "Lind", "government"),
    ("Ivo Marr, who heads the national telecoms regulator, said the deadline stood.", "Marr", "government"),
    ("Ana Petrescu, a spokeswoman for Whisperline, said the company would appeal.", "Petrescu", "platform"),
    ("Sam Okafor, Whisperline's chief executive, rejected the demand.", "Okafor", "platform"),
    ("Whisperline policy chief Omar Diaz called the order vague.", "Diaz", "platform"),
    ("Omar Diaz is Whisperline's head of policy.", "Diaz", "platform"),
])
def test_a_named_speaker_takes_the_side_of_the_post_the_article_gives_him(described, said, side):
    body = INTRO + described + QUOTE.format(said)
    assert side_of(attribute(body), "We will not back down")[0] == side


def test_a_description_after_the_quote_and_of_the_bare_surname_counts():
    body = INTRO + "“The order is final,” Ferrant said on Tuesday. Nadia Ferrant, the communications minister, " \
                   "has held the post since 2022."
    assert side_of(attribute(body), "The order is final")[0] == "government"
    body = INTRO + "“We will appeal,” said Omar Diaz. Diaz, Whisperline's general counsel, filed the papers."
    assert side_of(attribute(body), "We will appeal")[0] == "platform"


def test_a_block_introduced_by_a_pronoun_is_the_described_persons():
    body = INTRO + "Omar Diaz is Whisperline's head of policy. He wrote on Tuesday:\n\n" \
                   "“We will not back down. The order is wrong.”"
    assert side_of(attribute(body), "We will not back down")[:2] == ("platform", "Omar Diaz")


@pytest.mark.parametrize("described, said", [
    ("Lars Holm, a former communications minister, criticised the order.", "Holm"),
    ("Eva Strand, a lawyer for the journalists' union, said the order was unlawful.", "Strand"),
    ("Tomas Berg, an analyst at Northlight Research, said both sides would lose.", "Berg"),
    ("Ana Petrescu, the press guild's president, disagreed.", "Petrescu"),
    ("Vivek Anand, a Delhi lawyer who has represented the ministry in earlier cases, disagreed.", "Anand"),
    ("Opposition party secretary Lena Morava disagreed.", "Morava"),
])
def test_observers_and_former_holders_stay_other(described, said):
    body = INTRO + described + QUOTE.format(said)
    assert side_of(attribute(body), "We will not back down")[0] == "other"


def test_read_affiliations_keeps_people_of_one_side_under_name_and_surname():
    body = INTRO + ("Karin Dahlqvist, the communications minister, spoke. Lars Holm, a former minister, spoke. "
                    "Tomas Berg, an analyst at Northlight Research, spoke. The Lumo Oversight Council, the "
                    "regulator's board, met.")
    actors.LOCAL = actors.article_actors(body)
    try:
        people = actors.read_affiliations(body).people
    finally:
        actors.LOCAL = {}
    assert set(people) == {"Karin Dahlqvist", "Dahlqvist"}
    assert people["Dahlqvist"].side == "government" and people["Dahlqvist"].name == "Karin Dahlqvist"


def test_the_resolver_can_be_switched_off(monkeypatch):
    body = INTRO + "Karin Dahlqvist, the communications minister, spoke on Tuesday." + QUOTE.format("Dahlqvist")
    monkeypatch.setattr(actors, "AFFILIATIONS", [False])
    assert side_of(attribute(body), "We will not back down")[0] == "other"
