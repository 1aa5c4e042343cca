"""Events, session 27 (events7): the reference-back rule is speaker-aware (another voice of the same side, told within
two paragraphs with no date of its own, is a statement of its own; the same speaker going on is not); and the flag
``events.KEEP_OUTSIDER_DETECTED`` (off: measured, not adopted) that keeps an outsider's statement the detector finds."""
from helpers import actors, events, text
from test_events6 import LEAD, of_type  # the same invented lead and one-type extraction


def test_same_speaker_rule():
    assert events.same_speaker("ministry", "ministry")
    assert events.same_speaker("", "Arlo Venn") and events.same_speaker("ministry", "")
    assert not events.same_speaker("ministry", "Arlo Venn")


def test_another_voice_of_the_side_is_a_statement_of_its_own():
    body = ("The Drevan ministry said in a statement on Monday that the channels spread false claims.\n\n"
            "Deputy Minister Arlo Venn told reporters the company had been warned twice.")
    rows = of_type(body, "statement")
    assert rows["evidence"].str.contains("told reporters", regex=False).any(), rows[["evidence", "side"]]
    assert (rows["side"] == "government").all()


def test_the_same_speaker_going_on_is_still_a_reference_back():
    body = ("Deputy Minister Arlo Venn said in a statement on Monday that the channels spread false claims.\n\n"
            "Arlo Venn told reporters the company had been warned twice.")
    rows = of_type(body, "statement")
    assert len(rows) == 1, rows[["evidence", "side"]]


def test_an_outsiders_statement_found_by_the_detector_is_kept_only_with_the_flag(monkeypatch):
    body = LEAD + "The Drevan Union of Journalists condemned the order, calling it censorship."
    sents = actors.attribute(body, text.split_sentences(body))
    assert sents.iloc[-1]["side"] == "other"
    assert not (of_type(body, "statement")["side"] == "other").any()  # the default: the rule of sessions 15-26 stays
    monkeypatch.setattr(events, "KEEP_OUTSIDER_DETECTED", True)
    rows = of_type(body, "statement")
    assert (rows["side"] == "other").any(), rows[["evidence", "side"]]
