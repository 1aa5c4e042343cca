"""Session 30's review (review30) of the session's additions to src/helpers/ (side11, dates11, events13, lexmove3/4,
speed6). Made-up sentences in the project's words (the Drevan regulator, the app Pellow, the site Pinprick).

Changed (output tables byte-identical, benchmarks/identity_check.py):
- ``events.not_act_checks`` is joined again whenever ``events.not_acts`` returns other rows: before, it was cached on
  its own, so clearing ``not_acts``'s cache after an edit of event_not_acts.csv left the old rows in force.
- a bad row of event_not_acts.csv is named by the file's path and its line (blank lines skipped), as vocabulary.csv's
  rows are (``actors.row_lines``, shared).
- a '*' in vocabulary.csv must follow a letter, as the error message and the docstring say (not a digit or '_').

Found and left (a fix would change the output tables): the tests at the end, each with its made-up sentence (strict
xfail until session 31, when fix31 fixed four of them and fix32 the editor-in-chief's)."""
from __future__ import annotations

import pytest

from conftest import load_vocabulary
from helpers import actors, events, text
from test_events13 import of_type


# --- not_act_checks follows the rows of not_acts ---------------------------------------------------------------------

def _met(sentence: str) -> tuple[int, int]:
    pos = sentence.index("met")
    return pos, pos + 3


def test_the_joined_checks_follow_a_reloaded_table(tmp_path, monkeypatch):
    denied = "Officials had not met the firm's executives."
    again = "Officials met again with the firm."
    assert events.not_an_act(denied, *_met(denied), "meeting")  # the shipped row: 'not' before a meeting
    assert not events.not_an_act(again, *_met(again), "meeting")
    (tmp_path / "event_not_acts.csv").write_text(
        "event_type,before,at,inside,after,note\nmeeting,,\\bmet\\s+again\\b,,,a made-up row\n", encoding="utf-8")
    monkeypatch.setattr(events.paths, "LEXICONS", tmp_path)
    events.not_acts.cache_clear()  # what a researcher does after editing the file
    try:
        assert events.not_an_act(again, *_met(again), "meeting")  # the new row is read ...
        assert not events.not_an_act(denied, *_met(denied), "meeting")  # ... and the old ones are gone
    finally:
        monkeypatch.undo()
        events.not_acts.cache_clear()
    assert events.not_an_act(denied, *_met(denied), "meeting")
    assert not events.not_an_act(again, *_met(again), "meeting")


def test_the_same_rows_are_joined_once():
    assert events.not_act_checks() is events.not_act_checks()


# --- error lines -----------------------------------------------------------------------------------------------------

def test_row_lines_skip_blank_lines(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("\na,b\n1,2\n\n\n3,4\n", encoding="utf-8")
    assert actors.row_lines(path) == [3, 6]


@pytest.mark.parametrize("body, message", [
    ("meeting,,\\bmet\\b,,,fine\n\nfine_print,,x,,,a note\n", r"event_not_acts\.csv: line 4 \(row 3\): known event types"),
    ("\nmeeting,,(unclosed,,,a note\n", r"event_not_acts\.csv: line 3 \(row 2\): bad regex"),
])
def test_a_bad_not_act_row_names_the_file_and_its_line(tmp_path, monkeypatch, body, message):
    (tmp_path / "event_not_acts.csv").write_text("event_type,before,at,inside,after,note\n" + body, encoding="utf-8")
    monkeypatch.setattr(events.paths, "LEXICONS", tmp_path)
    events.not_acts.cache_clear()
    try:
        with pytest.raises(ValueError, match=message) as err:
            events.not_acts()
        assert str(tmp_path) in str(err.value)  # the path, not only the file's name
    finally:
        monkeypatch.undo()
        events.not_acts.cache_clear()


@pytest.mark.parametrize("word", ["warn1*", "warn_*"])
def test_a_star_must_follow_a_letter(tmp_path, monkeypatch, word):
    with pytest.raises(actors.LexiconError, match=r"vocabulary\.csv: line 3: .*right after a letter"):
        load_vocabulary(tmp_path, monkeypatch, f"penalty_words,fine,x\npenalty_words,{word},a stem after a digit\n")
    got = load_vocabulary(tmp_path, monkeypatch, "penalty_words,warn*,x\n")
    assert got["penalty_words"] == ("warn*",)


# --- found and left in session 30 (each a bug whose fix changes the output tables); four fixed in session 31 (fix31) --

# (session 31, fix31: fixed; the fault review30 found: event_not_acts.csv's 'sent ... a notice' row (blocking_order)
# reads the sentence only up to the first '.', so an abbreviation ('Feb. 3') hides the 'directing it to block' after
# it and the notice's blocking order is dropped)
def test_a_notice_directing_a_block_after_an_abbreviation_is_an_order():
    sentence = "The Drevan regulator sent Pellow a notice on Feb. 3 directing it to block 40 accounts."
    pos = sentence.index("sent")
    assert not events.not_an_act(sentence, pos, sentence.index("notice") + 6, "blocking_order")
    plain = sentence.replace("Feb. 3", "Feb 3")  # the same sentence without the abbreviation's dot: an order
    assert not events.not_an_act(plain, pos, plain.index("notice") + 6, "blocking_order")


# (session 31, fix31: fixed; the fault review30 found: actors.SITE_POSSESSIVE wants 's’' after a mention, but a name
# ending in 's' keeps its 's' in the mention: 'Pinpricks’ editor' (plural possessive) is not read as the blocked
# site's editor, while 'Pinprick’s editor' is)
def test_the_editor_of_a_blocked_site_whose_name_ends_in_s():
    def side(name: str, possessive: str) -> str:
        body = (f"The ministry ordered internet providers to block the satire website {name} on Monday.\n\n"
                f"“We will not take the cartoons down,” {possessive} editor, Lena Korvac, said.")
        cols = actors.attribute_columns(body, text.sentence_columns(body))
        return [s for t, s in zip(cols["text"], cols["side_rule"]) if t.startswith("“We")][0]
    assert side("Pinprick", "Pinprick’s") == "platform"
    assert side("Pinpricks", "Pinpricks’") == "platform"


# (session 31, fix31: fixed; the fault review30 found: actors.affil_lead_gate looks for the post word in the 90
# characters before the comma, but AFFIL_LEAD_SCOPE (four capitalised names of any length) plus 'at the time' can put
# it further back: AFFIL_LEAD matches and the gate skips it, so the person is not learned)
def test_a_long_scope_after_the_post_still_opens_the_gate():
    body = ("The commissioner of the Interoperability Standardisation Directorate for Telecommunications at the time, "
            "Hanna Koral, said the order was lawful.")
    assert [m.group(2) for m in actors.AFFIL_LEAD.finditer(body)] == ["Hanna Koral"]
    assert actors.affil_lead_gate(body)


# (session 31, fix32: fixed; the fault review30 found: site_staff's rows of more than one word ('editor-in-chief',
# 'chief editor', 'managing editor', 'deputy editor') were never a mention's text, so 'editor-in-chief' found no mention
# and stayed other. They are role_other aliases in actors.csv now, and read_speaker gives a site_staff word owned by a
# named platform ("Pinprick’s editor-in-chief", SITE_POSSESSIVE) to that platform; round 24's "Halden's editor" is
# platform since the lead's relabel_s31)
def test_a_blocked_site_s_editor_in_chief_speaks_for_it():
    body = ("The ministry ordered internet providers to block the satire website Pinprick on Monday.\n\n"
            "“We will not take the cartoons down,” Pinprick’s editor-in-chief, Lena Korvac, said.")
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    assert [s for t, s in zip(cols["text"], cols["side_rule"]) if t.startswith("“We")] == ["platform"]


# (session 31, fix31: fixed; the fault review30 found: NAME_BEFORE_PLATFORM_NOUN's new in-between word (session 30:
# 'the Roamly map app') takes a provider word too: 'the Ostra mobile network' makes the place or telecom Ostra a
# platform (the apposition form drops providers: 'Velsat, the satellite internet company'))
def test_a_mobile_network_is_no_platform():
    assert "Ostra" not in actors.learn_platforms("Users lost access on the Ostra mobile network on Monday.")
    assert "Roamly" in actors.learn_platforms("Users lost access to the Roamly map app on Monday.")  # still learned
