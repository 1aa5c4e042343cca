"""Session 21, second pass (dates): a day without its year after a narrative step of a few days ('restored them within
hours', 'the next day') keeps the narrative's earlier year, as after a single day; 'June 30 this year' is that day of
the article's year (not the narrative's, not the whole year); 'later that month' / 'earlier that month' run from the
day of the event told just before to the end (from the start) of its month; a 'then' right before another event's
verb ('withheld them for a day and then restored them') dates that later event, not the one before it. Invented
texts, wording unlike the gold articles."""
from helpers import dates, events
from test_dates_s20 import phrase_window  # session 20's helper: the window of a sentence's first date phrase


def test_a_day_without_its_year_follows_a_short_narrative_window_of_an_earlier_year():
    few_days = dates.Window("2026-03-02", "2026-03-03", "within hours", "order")
    assert dates.narrative_year("2027-03-05", few_days) == "2026-03-05"
    month = dates.Window("2026-03-01", "2026-03-31", "March 2026", "explicit")  # a month is no narrative day
    assert dates.narrative_year("2027-04-05", month) == "2027-04-05"
    one_day = dates.Window("2026-03-02", "2026-03-02", "March 2, 2026", "explicit")
    assert dates.narrative_year("2027-03-05", one_day) == "2026-03-05"


def test_a_calendar_day_of_this_year_is_in_the_articles_year():
    told = dates.Window("2026-04-20", "2026-04-20", "April 20, 2026", "explicit")
    w = phrase_window("On May 4 this year the tribunal set the fine aside.", "2027-09-10", told)
    assert (w.start, w.end, w.text) == ("2027-05-04", "2027-05-04", "May 4 this year")
    w = phrase_window("The regulator wrote again on 12 August, this year.", "2027-09-10")
    assert (w.start, w.end) == ("2027-08-12", "2027-08-12")


def test_later_and_earlier_that_month_run_to_the_months_end_and_from_its_start():
    day = dates.Window("2026-11-09", "2026-11-09", "November 9", "explicit")
    w = phrase_window("A further list of channels came later that month.", "2027-02-01", day)
    assert (w.start, w.end) == ("2026-11-09", "2026-11-30")
    w = phrase_window("Earlier that month, the broadcaster had closed its bureau.", "2027-02-01", day)
    assert (w.start, w.end) == ("2026-11-01", "2026-11-09")
    month = dates.Window("2026-11-01", "2026-11-30", "November 2026", "explicit")
    w = phrase_window("A further list of channels came later in the same month.", "2027-02-01", month)
    assert (w.start, w.end) == ("2026-11-01", "2026-11-30")
    w = phrase_window("Later that month the row ended.", "2026-11-20", day)  # never after the article date
    assert (w.start, w.end) == ("2026-11-09", "2026-11-20")


def test_then_before_another_events_verb_is_that_events():
    sentence = "The portal hid the pages for a day and then restored most of them."
    then = next(p for p in dates.find_phrases(sentence) if p.text == "then")
    hid, restored = sentence.index("hid"), sentence.index("restored")
    assert events.taken(then, (hid, hid + 3), [(restored, restored + 8)])
    assert not events.taken(then, (restored, restored + 8), [(hid, hid + 3)])
    far = "The portal hid the pages and then, after a long review by its lawyers, restored them."
    then = next(p for p in dates.find_phrases(far) if p.text == "then")
    hid, restored = far.index("hid"), far.index("restored")
    assert not events.taken(then, (hid, hid + 3), [(restored, restored + 8)])  # far from the other verb
