"""Session 21: a detected order in an 'N days after' clause that itself issues the order ('removed the page on Wednesday,
two days after the bureau ordered it taken down') is N days before the main clause's day, not that day; a bare month
name before a capitalised word is a first name ('a spokesperson, Jun Okafor, said'); 'in the 12 months to October' is
the twelve calendar months ending with October; 'within the next two weeks' bounds a plan at both ends; a statement
whose only time is the planned act's ('said it would review the ban on Monday') is news of the day; a date ending an
appositive's relative clause ('on Pebblo, the app it joined earlier this week') dates that clause. Invented texts,
wording unlike the gold articles."""
from helpers import dates, events
from test_dates_s20 import extract, window  # session 20's helpers: the events of an invented body, one type's window


def test_an_order_issued_in_the_days_after_clause_keeps_its_own_day():
    text_ = "The app Pebblo took the forum down on Wednesday, two days after the bureau ordered it removed."
    spans = events.clauses(text_)
    ci = events.clause_of(spans, text_.index("two days after"))
    before = dates.Window("2027-03-08", "2027-03-08", "two days after", "order")
    assert events.main_clause_day(text_, spans, ci, before, "2027-03-12", None, "blocking_order") is None
    # a response the detector placed in that clause still takes the main clause's day
    assert events.main_clause_day(text_, spans, ci, before, "2027-03-12", None, "withholding") == \
        dates.Window("2027-03-10", "2027-03-10", "on Wednesday", "relative")


def test_a_bare_month_before_a_capitalised_word_is_a_first_name():
    assert [p.text for p in dates.find_phrases('"We took the clips down," a spokesperson, Jun Adebayo, said.')] == []
    assert [p.text for p in dates.find_phrases("April Lund said the orders of April were unlawful.")] == ["April"]
    assert [p.text for p in dates.find_phrases("In March, the regulator fined Pebblo.")] == ["In March"]
    assert [p.text for p in dates.find_phrases("the March protests")] == ["March"]


def test_the_n_months_to_a_month_are_that_many_calendar_months():
    p = dates.find_phrases("Regulators ordered 400 accounts blocked in the 12 months to October, a report said.")[0]
    assert dates.resolve(p, "2027-11-20") == dates.Window("2026-11-01", "2027-10-31", "in the 12 months to October",
                                                         "relative")
    q = dates.find_phrases("Pebblo withheld 90 posts in the six months to March 2026.")[0]
    assert (dates.resolve(q, "2027-05-02").start, dates.resolve(q, "2027-05-02").end) == ("2025-10-01", "2026-03-31")


def test_within_the_next_weeks_bounds_a_plan_at_both_ends():
    p = dates.find_phrases("Pebblo will appeal within the next two weeks.")[0]
    w = dates.resolve(p, "2027-09-14")
    assert (w.start, w.end) == ("2027-09-14", "2027-09-28")


def test_a_statement_about_a_planned_act_is_made_on_the_news_day():
    rows = extract("The ministry said it would review its ban on Pebblo on Monday.", "2027-03-13")
    start, end = window(rows, "statement")
    assert end == "2027-03-13" and start >= "2027-03-12"


def test_a_date_ending_an_appositives_relative_clause_dates_that_clause():
    rows = extract("In a post on Pebblo, the video app it joined earlier this week, the bureau said the platform must "
                   "comply.", "2027-03-12")
    start, end = window(rows, "statement")
    assert (start, end) == ("2027-03-11", "2027-03-12")  # news of the day, not from the Monday of the week
    line = "The bureau, which had acted earlier this week, said the platform must comply."
    p = [q for q in events.dated_phrases(line) if q.text == "earlier this week"][0]
    assert not events.in_appositive(line, p, line.index("said"))  # no appositive noun phrase: the rule stays out
