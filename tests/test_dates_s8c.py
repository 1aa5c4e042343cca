"""Date windows, session 8, third pass: one invented sentence group per rule, worded unlike the gold articles.

Each rule is listed in ``data/lexicons/README_events.md`` ("Session 8, third date pass").
"""

from helpers import dates
from conftest import window


def test_s8c_a_present_perfect_told_from_an_earlier_event_runs_to_the_article_date():
    # 'before Friday's deadline' borrows the order told before; 'has asked' still holds on the article date
    body = ("The regulator told the forum app Chatterly on March 3 to delete 80 threads. "
            "Chatterly has asked for a meeting with the regulator before Friday’s deadline.")
    assert window(body, "2025-03-19", "meeting", "has asked")[1] == "2025-03-19"


def test_s8c_a_weekday_possessive_dates_its_ruling_or_meeting():
    body = ("The forum app Chatterly will appeal against Tuesday’s ruling that upheld the ban, "
            "its lawyer said on Thursday.")
    assert window(body, "2025-03-20", "court_ruling") == ("2025-03-18", "2025-03-18")
    assert window(body, "2025-03-20", "legal_action")[0] == "2025-03-20"  # the appeal is still ahead
    # the meeting is told so that a pattern finds it ("meeting ended"): the detector that used to find the session-8
    # wording ("meeting between officials and the company ended") no longer did after retraining in session 11
    body = "Monday evening's virtual meeting ended without agreement between officials and the company."
    assert window(body, "2025-03-20", "meeting") == ("2025-03-17", "2025-03-17")


def test_s8c_next_weekday_is_the_coming_one():
    phrase = next(p for p in dates.find_phrases("The two sides meet again next Thursday.") if p.kind == "weekday")
    coming = dates.resolve(phrase, "2025-03-19")  # a Wednesday
    assert (coming.start, coming.end) == ("2025-03-20", "2025-03-20")
    phrase = next(p for p in dates.find_phrases("The two sides meet again next Wednesday.") if p.kind == "weekday")
    assert dates.resolve(phrase, "2025-03-19").start == "2025-03-26"


def test_s8c_last_weekday_on_that_weekday_is_a_week_back():
    phrase = next(p for p in dates.find_phrases("The agency published its new rules last Monday.") if p.kind == "weekday")
    monday = dates.resolve(phrase, "2025-03-17")  # a Monday
    assert (monday.start, monday.end) == ("2025-03-10", "2025-03-10")
    # on a Wednesday: the Monday of the calendar week before (session 28, dates9: the rounds label 'last Tuesday' told on
    # a Wednesday or a Thursday so, as 'last week' is that calendar week; this read two days back before); 'on Monday'
    # is two days back
    assert dates.resolve(phrase, "2025-03-19").start == "2025-03-10"
    plain = next(p for p in dates.find_phrases("The agency published its new rules on Monday.") if p.kind == "weekday")
    assert dates.resolve(plain, "2025-03-19").start == "2025-03-17"


def test_s8c_a_legal_action_still_ahead_starts_on_the_article_date():
    body = ("A district court lifted the ban on the forum app Chatterly on Monday. "
            "The regulator said it would take the matter to the appeals court, calling the ruling careless.")
    assert window(body, "2025-03-19", "legal_action", "would take") == ("2025-03-19", "")


def test_s8c_within_a_day_after_the_trigger_counts_from_the_sentence_day():
    # the clause after ';' has no day before the trigger: 'within a day' counts from March 3, not the later March 10
    body = ("The regulator's first order, sent on March 3, named 40 accounts; Chatterly blocked 35 of them within a day "
            "and questioned the rest, prompting a warning letter on March 10.")
    assert window(body, "2025-03-19", "withholding") == ("2025-03-03", "2025-03-04")


def test_s8c_a_statement_is_dated_by_its_day_not_by_an_earlier_period():
    body = "Mara Lind, who had led Chatterly's local office since 2021, announced her resignation on Tuesday in a note to staff."
    assert window(body, "2025-03-19", "statement") == ("2025-03-18", "2025-03-18")


def test_s8c_a_timeline_day_with_its_weekday_in_brackets_is_that_day():
    body = ("How the dispute unfolded.\n\n"
            "March 2 (Sunday): The regulator orders the forum app Chatterly to block 60 accounts.")
    assert window(body, "2025-03-19", "blocking_order") == ("2025-03-02", "2025-03-02")  # not Sunday, March 16
    body = ("How the dispute unfolded.\n\n"
            "March 2 (Sunday): A state-run regulator orders the forum app Chatterly to block 60 accounts.")
    assert window(body, "2025-03-19", "blocking_order") == ("2025-03-02", "2025-03-02")  # a hyphen: still no dateline
