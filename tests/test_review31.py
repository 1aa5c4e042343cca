"""Session 31 review (review31) of the session's merged change (lexmove5, fix31, side12, events14): the faults fixed
without changing any output table (benchmarks/identity_check.py: every article folder and the 300-article bench
corpus byte-identical), each with a made-up case in the project's words, and the fault left (a strict xfail: its fix
changed a table).
Fixed:
- the pre-checks of ``ITS_LEAD`` ("its " with a space) and of ``one_of_platforms_regex`` ("one of " with spaces)
  skipped a match whose words the regexes' ``\\s+`` join by another white space;
- the "opens by" pre-check of ``find_attribution`` ("by " at the end) skipped "by" before a tab or in capitals;
- ``one_of_platforms_regex`` took a time word opening the sentence ("Yesterday, one of the apps said") or the last
  word of a longer name ("Chirp Video, ...") for a platform;
- ``interviewer`` compared ``str.title()`` of the label ("Mckay" for "McKay"), read only the last "spoke to" of a
  sentence, and looked for a first person anywhere before it ("We spoke to her after she spoke to Jonas Brekke");
- ``COMPARED_FIGURE``'s "after" form took a figure of something else ("after 14 complaints in 2021") for an earlier
  count of the same orders;
- ``QUESTION_LEAD`` and ``ANSWER_LEAD`` held their own copies of the ``question_labels`` / ``answer_labels`` words;
  ``ENUMERATED_HEAD``'s documents and ``COURT_ORDERED``'s courts are vocabulary.csv groups now.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from conftest import grown_vocabulary, module_copy  # noqa: E402
from helpers import actors, events  # noqa: E402
from test_events6 import LEAD  # noqa: E402
from test_events14 import of_type  # noqa: E402
from test_side12 import said, side_of, sides  # noqa: E402


# --- guards that skipped a match --------------------------------------------------------------------------------

@pytest.mark.parametrize("space", ["\u00a0", "\t"])
def test_its_post_is_read_when_another_white_space_follows_its(space):
    body = ("The ministry ordered the messaging app Pinlark to hand over the names behind 40 accounts. Pinlark has "
            f"refused. Its{space}chief executive, Mara Quell, spoke to us by video on Tuesday.\n\n"
            "Q: Why will you not hand over the names?\n\n"
            "QUELL: Because the request names no law. We will not unmask anyone on the strength of a letter.\n\n"
            "Q: Will you go to court?\n\n"
            "QUELL: If we must, yes.")
    assert "its " not in body.lower() and "their " not in body.lower()  # (session 31's pre-check looked for these)
    assert side_of(body, "QUELL: Because") == "platform"


def test_one_of_the_platforms_is_read_across_any_white_space():
    body = "Chatterly,  one of\tthe platforms that went to court, said it had received 40 orders."
    assert "Chatterly" in actors.learn_platforms(body)


def test_opens_by_before_a_tab_or_in_capitals_leaves_the_speaker_before_it():
    plain = said("Counsel for the ministry, Daniel Amari, opens by saying the orders were lawful.")
    assert plain is not None and plain.name == "Daniel Amari", plain
    for form in ("opens by\tsaying", "Opens By saying"):
        got = said(f"Counsel for the ministry, Daniel Amari, {form} the orders were lawful.")
        assert got == plain, (form, got)


# --- "X, one of the platforms ...": what is no platform name ------------------------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("The regulator ordered the apps to block the channels. Yesterday, one of the apps said it would comply.", "Yesterday"),
    ("On Monday, one of the platforms named in the order said it would comply.", "Monday"),
    ("Chirp Video, one of the platforms that went to court, said it would comply.", "Video"),
])
def test_one_of_the_platforms_learns_no_time_word_nor_part_of_a_name(sentence, wrong):
    assert wrong not in actors.learn_platforms(sentence)


def test_one_of_the_platforms_still_learns_a_name_opening_a_sentence():
    body = "The court heard the case on Monday. Chatterly, one of the platforms that went to court, said it would comply."
    assert "Chatterly" in actors.learn_platforms(body)


# --- the interviewer named in the introduction ---------------------------------------------------------------------

def test_spoken_to_reads_each_verb_with_its_own_subject():
    got = actors.spoken_to("We, two reporters, spoke to Ana Ruiz. Sokol spoke to Jonas Brekke on Radio Varn and later "
                           "talked with Eva Lind. We spoke to her after she spoke to Tim Roe.")
    assert {"brekke", "jonas", "lind", "roe"} <= got
    assert "ruiz" not in got


def test_interviewer_label_is_compared_in_any_case():
    intro = "Pellow's chief executive spoke to Ian McKay of Radio Varn on Tuesday."
    assert actors.interviewer(intro, "McKay") and actors.interviewer(intro, "MCKAY")
    assert not actors.interviewer("We spoke to Ian McKay on Tuesday.", "McKay")


def test_interviewers_turns_are_questions_when_a_first_person_opens_an_earlier_clause():
    body = ("Pellow's chief executive, Dana Okafor, gave an interview this week. We spoke to her after she spoke to Jonas "
            "Brekke on Radio Varn.\n\n"
            "Q: Will you comply?\n\n"
            "Brekke: The regulator said the channels broke the law. Is that right?\n\n"
            "Okafor: We will challenge the order.\n\n"
            "Q: When?\n\n"
            "Brekke: The ministry says you have ignored it.\n\n"
            "Okafor: We have not.")
    assert side_of(body, "Brekke: The ministry says") == "narrator"
    assert side_of(body, "Okafor: We have not") == "platform"


# --- a figure of a year after 'after' -------------------------------------------------------------------------------

def test_after_a_figure_of_something_else_is_no_earlier_count():
    rows = of_type(LEAD + "The regulator ordered 1,122 URLs blocked in 2022, after 14 complaints in 2021.", "blocking_order")
    assert len(rows) == 2 and not rows["evidence"].str.startswith("after").any(), rows[["evidence", "date_start"]]


@pytest.mark.parametrize("tail", ["after 2,851 in all of 2021.", "after 2,851 URLs in 2021."])
def test_after_a_figure_of_the_same_unit_is_still_an_earlier_count(tail):
    rows = of_type(LEAD + f"The regulator ordered 1,122 URLs blocked in 2022, {tail}", "blocking_order")
    later = rows[rows["evidence"].str.startswith("after 2,851")]
    assert len(later) == 1 and later.iloc[0]["date_start"] == "2021-01-01", rows[["evidence", "date_start"]]


# --- one word list each --------------------------------------------------------------------------------------------

def test_question_and_answer_leads_read_the_vocabulary_labels():
    for word in actors.vocabulary("question_labels"):
        assert actors.QUESTION_LEAD.match(f"{word.upper()}: Will you comply?"), word
    for word in actors.vocabulary("answer_labels"):
        assert actors.ANSWER_LEAD.match(f"{word.title()}: The law allows it."), word
    assert not actors.ANSWER_LEAD.match("A new law allows it.")
    assert not actors.QUESTION_LEAD.match("Quell said the law allows it.")


OLD_ENUMERATED_HEAD = re.compile(r"\b(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:orders|lists|directions|directives|"
                                 r"notices|batches|sets\s+of\s+(?:directions|orders))\b", re.I)
OLD_COURT_ORDERED = re.compile(r"(?<!\bof )\b(?:court|judge|justice|bench|tribunal)\b[^,;:.“”\"]{0,50}$", re.I)


@pytest.mark.parametrize("clause", [
    "The ministry sent the company two orders in recent weeks:", "Pellow received three blocking lists:",
    "The regulator issued 4 sets of  directions:", "It got two sets of orders:", "It got two sets of rules:",
    "It got five notices:", "It got two batches:", "It got two letters:", "The High Court in Arvel on Tuesday",
    "The judge", "in contempt of court", "A tribunal, on Monday", "The Justice Ministry",
])
def test_enumerated_head_and_court_ordered_match_as_their_old_literals(clause):
    assert bool(events.ENUMERATED_HEAD.search(clause)) == bool(OLD_ENUMERATED_HEAD.search(clause))
    assert bool(events.COURT_ORDERED.search(clause)) == bool(OLD_COURT_ORDERED.search(clause))
    assert set(actors.vocabulary("enumerated_documents")) >= {"orders", "sets of orders"}
    assert set(actors.vocabulary("court_order_givers")) >= {"court", "tribunal"}


def test_pronoun_post_owner_gives_the_same_owner_with_the_callers_mentions():
    body = "Twitter has refused to restore the accounts. Its chief executive, Mara Quell, spoke to us."
    at = body.index("Its")
    alone = actors.pronoun_post_owner(body, at)
    shared = actors.pronoun_post_owner(body, at, actors.find_mentions(body), actors.quote_spans(body))
    assert alone is not None and shared == alone


def test_pre_check_words_are_in_the_case_and_spacing_of_the_lowered_sentence():
    for words in (events.ASKED_WORDS, events.COORDINATED_WORDS, events.FURTHER_WORDS):
        assert words and all(w == " ".join(w.lower().split()) for w in words), words


def test_a_capitalised_or_double_spaced_row_still_passes_the_asked_pre_check(tmp_path_factory):
    """A copy of the vocabulary with 'Pondered' and 'asked  again' added to ``asked_verbs``: the pre-check words are
    lower case and single-spaced, as the lower-cased sentence and ASKED's alternation have them."""
    mp = pytest.MonkeyPatch()
    mp.setattr(actors.paths, "LEXICONS", grown_vocabulary(tmp_path_factory, "asked_verbs,Pondered,test\n"
                                                                            "asked_verbs,asked  again,test\n"))
    actors.vocabulary_groups.cache_clear()
    try:
        fresh = module_copy(events, "review31", mp)
    finally:
        mp.undo()
        actors.vocabulary_groups.cache_clear()
    assert "pondered" in fresh.ASKED_WORDS and "asked again" in fresh.ASKED_WORDS
    for text in ("Pondered why the accounts stayed up, the regulator said",
                 "Asked again whether the accounts would stay up, the regulator said"):
        assert fresh.ASKED.search(text) and any(w in text.lower() for w in fresh.ASKED_WORDS), text


# --- left: its fix changes a table ---------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="the speech verb phrases 'asked why' / 'asked whether' of speech_verbs.txt "
                   "bypass side12's ASKED_PASSIVE (which only the bare verb 'asked' reaches), so 'X was asked why ...' "
                   "gives X the question; skipping a phrase verb after 'was'/'when'/... changed round 29's tables "
                   "(identity_check). Session 31, fix32, tried and dropped (validate): that skip, with bare 'two members "
                   "present' / 'one member' given to the committee named before, makes round 29's 'According to two "
                   "members present, the executives were asked why ...' government as labelled (side and event "
                   "recall up, stance unchanged), but events.py then finds 'The company later issued a short "
                   "statement.' on its own and dates its 'later' from the wrong anchor: date_accuracy 0.8753 -> "
                   "0.8752 (round29). Patch in docs/maintainers/tasks-s31/fix32-asked.patch; the date of 'later' first")
def test_the_one_asked_does_not_speak():
    body = ("The messaging app Pellow has refused to restore the channels. Its chief executive, Dana Okafor, was asked "
            "why the order was kept secret.")
    assert sides(body)[-1][1] == "narrator", sides(body)[-1]
