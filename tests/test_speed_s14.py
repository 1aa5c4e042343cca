"""Session 14 speed pass (issue 6): the affiliation reader's faster patterns and gates find exactly what the
patterns as first written found."""
import re

from helpers import actors, events

TEXTS = [
    "Karin Dahlqvist, the communications minister, said on Monday. R. Venkatesh, a lawyer for Whisperline, spoke.",
    "Whisperline policy chief Omar Diaz is Whisperline's head of policy. Petra Lind of the Ministry of Communications",
    "Later, Diaz, Whisperline's general counsel, said the spokeswoman Ana Petrescu agreed. MacDonald Smith, the chair,",
    "The former chairman Lars Holm, 54, a former minister, who heads nothing. J.R. Smith, the head of policy, said so.",
    "co-founder Sam Okafor and MP Lena Morava met lawmaker Ivo Marr; communications minister Karin Dahlqvist spoke.",
    "",
    "no capitals here at all, just a head and a chief.",
]
ORIGINAL_NAME = r"((?:[A-Z](?:[\w’'-]+|\.) +){1,2}[A-Z][\w’'-]+)"


def spans(pattern: re.Pattern, text: str) -> list:
    """Every match of ``pattern`` with the spans of all its groups."""
    return [[m.span(i) for i in range(pattern.groups + 1)] for m in pattern.finditer(text)]


def test_name_first_patterns_match_as_written_before():
    assert actors.AFFIL_NAME == ORIGINAL_NAME
    for name in ("AFFIL_APPOSITION", "AFFIL_IS", "AFFIL_OF"):
        fast = getattr(actors, name)
        original = re.compile(fast.pattern.replace(actors.AFFIL_NAME_AT, ORIGINAL_NAME, 1))
        assert original.pattern != fast.pattern
        for text in TEXTS:
            assert spans(fast, text) == spans(original, text), (name, text)
    original = re.compile(actors.AFFIL_SURNAME.pattern.replace(r"([A-Z](?<![\w-][A-Z])", r"(?<![\w-])([A-Z]", 1))
    assert original.pattern != actors.AFFIL_SURNAME.pattern
    for text in TEXTS + ["Diaz, the head of it,", "x-Diaz, the head of it,", "aDiaz, the head,"]:
        assert spans(actors.AFFIL_SURNAME, text) == spans(original, text), text


def test_before_gate_is_false_only_without_matches():
    for text in TEXTS + ["the head of policy said", "minister Karin", "spokesperson Ana Petrescu", "chairwoman Lena Holm"]:
        if not actors.affil_before_gate(text):
            assert not actors.AFFIL_BEFORE.search(text), text
    assert actors.affil_before_gate("communications minister Karin Dahlqvist said")
    assert not actors.affil_before_gate("the minister said, and the head of policy agreed")


def test_compared_figure_gate_words():
    for text in ["up from 1,041 in 2019", "down from a peak of 9,849", "compared with 1,041", "nearly three times the 3,635",
                 "double the 12 of last year", "twice the 40", "triple the 7", "compared to 30"]:
        assert events.COMPARED_FIGURE.search(text), text
        assert any(w in text.lower() for w in events.COMPARED_WORDS), text


def test_read_affiliations_same_as_with_the_patterns_as_first_written(monkeypatch):
    body = " ".join(TEXTS[:5])
    fast = actors.read_affiliations(body).people
    assert fast  # the examples describe people
    for name in ("AFFIL_APPOSITION", "AFFIL_IS", "AFFIL_OF"):
        pattern = getattr(actors, name)
        monkeypatch.setattr(actors, name, re.compile(pattern.pattern.replace(actors.AFFIL_NAME_AT, ORIGINAL_NAME, 1)))
    monkeypatch.setattr(actors, "AFFIL_SURNAME", re.compile(
        actors.AFFIL_SURNAME.pattern.replace(r"([A-Z](?<![\w-][A-Z])", r"(?<![\w-])([A-Z]", 1)))
    monkeypatch.setattr(actors, "affil_before_gate", lambda body: True)
    assert actors.read_affiliations(body).people == fast


def test_first_names_pattern_matches_as_written_before():
    for surname in ("Diaz", "Venkatesh", "Smith"):
        fast = re.compile(actors.AFFIL_FIRST_NAMES + re.escape(surname) + r")(?![\w’'-])")
        original = re.compile(r"(?<![\w-])((?:[A-Z](?:[\w’'-]+|\.) +){1,2}" + re.escape(surname) + r")(?![\w’'-])")
        for text in TEXTS + ["said Omar Diaz.", "x-Omar Diaz", "aOmar Diaz", "J. R. Smith", "MacDonald Smith's"]:
            assert spans(fast, text) == spans(original, text), (surname, text)
