"""Session 31 (fix31): the wider behaviour of the five fixes of review30's faults (tests/test_review30.py's last five
tests; the editor-in-chief's fix was dropped, its test stays a strict xfail there). Made-up sentences in the project's
words (the Drevan regulator, the app Pellow, the site Pinprick)."""
from __future__ import annotations

import pytest

from helpers import actors, events, text


# --- event_not_acts.csv: a notice sent reads to the sentence's end, past an abbreviation's full stop -----------------

def _notice(sentence: str) -> bool:
    return events.not_an_act(sentence, sentence.index("sent"), sentence.index("notice") + 6, "blocking_order")


@pytest.mark.parametrize("sentence", [
    "The Drevan regulator sent Pellow a notice on Feb. 3 warning of penal consequences.",  # past the dot: no order
    "The Drevan regulator sent Pellow a notice on Feb. 3.",  # the abbreviation's dot, then the sentence's own
    "The Drevan regulator sent Pellow a notice. Officials later asked it to remove 12 posts.",  # a new sentence
])
def test_a_notice_that_directs_nothing_stays_no_order(sentence):
    assert _notice(sentence)


@pytest.mark.parametrize("sentence", [
    "The Drevan regulator sent Pellow a notice through its U.S. office directing it to block 40 accounts.",
    "The Drevan regulator sent Pellow a notice on Feb. 3 asking it to remove 40 posts.",
    "The Drevan regulator sent Pellow a notice under Sec. 12 ordering it to withhold 9 accounts.",
])
def test_a_notice_that_directs_a_block_after_a_dot_inside_the_sentence_is_an_order(sentence):
    assert not _notice(sentence)


# --- actors.SITE_POSSESSIVE: a bare apostrophe after a name ending in s -----------------------------------------------

def _side(name: str, possessive: str, staff: str = "editor") -> str:
    body = (f"The ministry ordered internet providers to block the satire website {name} on Monday.\n\n"
            f"“We will not take the cartoons down,” {possessive} {staff}, Lena Korvac, said.")
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    return [s for t, s in zip(cols["text"], cols["side_rule"]) if t.startswith("“We")][0]


@pytest.mark.parametrize("possessive, staff", [
    ("Pinpricks'", "editor"),  # a straight apostrophe
    ("Pinpricks’", "managing editor"),  # one word between, as after "’s"
])
def test_a_site_ending_in_s_speaks_through_its_editor(possessive, staff):
    assert _side("Pinpricks", possessive, staff) == "platform"


def test_a_bare_apostrophe_needs_the_s_before_it():
    assert actors.SITE_POSSESSIVE.fullmatch("Pinpricks’ ", len("Pinpricks"))
    assert not actors.SITE_POSSESSIVE.fullmatch("Pinprick’ ", len("Pinprick"))
    assert not actors.SITE_POSSESSIVE.fullmatch("Pinpricks ", len("Pinpricks"))


# --- actors.affil_lead_gate: a full guard of AFFIL_LEAD --------------------------------------------------------------

def test_last_words_keeps_long_words_whole():
    body = "a " + "Interoperability " * 20 + "Hanna"
    assert actors.last_words(body, len(body), 13) == ["Interoperability"] * 12 + ["Hanna"]
    assert actors.last_words("the chief of Threadle", 21, 13) == ["the", "chief", "of", "Threadle"]
    assert actors.last_words("the chief of Threadle", 21, 2) == ["of", "Threadle"]


@pytest.mark.parametrize("scope", [
    "of the Interoperability Standardisation Directorate for Telecommunications at the time",
    "for Telecommunications Interoperability and Standardisation Supervision then",
    "of the Kestrian Telecommunications Interoperability Standardisation",
    "at Threadle",
])
def test_the_gate_opens_wherever_affil_lead_matches(scope):
    body = f"The commissioner {scope}, Hanna Koral, said the order was lawful."
    assert [m.group(2) for m in actors.AFFIL_LEAD.finditer(body)] == ["Hanna Koral"]
    assert actors.affil_lead_gate(body)


def test_the_gate_stays_shut_without_a_post_word():
    assert not actors.affil_lead_gate("The Interoperability Standardisation Directorate for Telecommunications at the "
                                      "time, Hanna Koral wrote, was slow.")


# --- learn_platforms: a provider word between a name and a platform noun ---------------------------------------------

@pytest.mark.parametrize("phrase", ["the Ostra internet service", "the Ostra broadband network",
                                    "the Ostra telecom network"])
def test_a_provider_s_network_or_service_is_no_platform(phrase):
    assert "Ostra" not in actors.learn_platforms(f"Users lost access on {phrase} on Monday.")


def test_a_platform_described_by_another_word_is_still_learned():
    assert "Roamly" in actors.learn_platforms("Users lost access to the Roamly messaging app on Monday.")
    assert "Vellum" in actors.learn_platforms("Her blog on the Vellum platform was blocked on Monday.")
