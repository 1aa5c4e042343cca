"""Date windows, session 8: one invented sentence (or two) per rule, worded unlike the gold articles.

Each rule is listed in ``data/lexicons/README_events.md`` ("Session 8"). Date words are checked through
``dates.find_phrases`` / ``dates.resolve``; rules that need the article (narrative time, deadlines, tense) through
``events.extract``.
"""
import pytest

from helpers import dates
from conftest import window


def phrase_window(phrase_text: str, article_date: str, anchor: dates.Window | None = None) -> tuple[str, str]:
    phrases = dates.find_phrases(phrase_text)
    assert phrases, f"no date phrase in {phrase_text!r}"
    w = dates.resolve(phrases[0], article_date, anchor)
    return w.start, w.end


# Date words (event_date_words.csv, dates.py) ---------------------------------------------------------------------

@pytest.mark.parametrize("phrase,article_date,expected", [
    # 'since <month>' runs to the article date (it was the month alone)
    ("has received nine requests since October", "2025-01-20", ("2024-10-01", "2025-01-20")),
    # 'since <day>' is a calendar day, not the month alone ('since Mar' + '. 9'), to the article date
    ("took down 12 pages since Mar. 9 alone", "2025-03-20", ("2025-03-09", "2025-03-20")),
    # a calendar day told with 'last year'
    ("the appeal lodged on 8 May last year", "2024-02-01", ("2023-05-08", "2023-05-08")),
    # half-years, year ranges, months 'X to Y', parts of a year, counts of years or months back
    ("in the second half of 2023, the agency", "2024-03-01", ("2023-07-01", "2023-12-31")),
    ("in the first half of last year", "2024-03-01", ("2023-01-01", "2023-06-30")),
    ("the panel sat from 2011 to 2014 and", "2024-03-01", ("2011-01-01", "2014-12-31")),
    ("during the 2018–19 unrest", "2024-03-01", ("2018-01-01", "2019-12-31")),
    ("requests from April to September 2022", "2024-03-01", ("2022-04-01", "2022-09-30")),
    ("the feud began in late 2019 when", "2024-03-01", ("2019-09-01", "2019-12-31")),
    ("a court struck it down four years ago", "2024-03-01", ("2020-01-01", "2020-12-31")),
    ("a warning sent two months ago", "2024-03-01", ("2024-01-01", "2024-01-31")),
    # 'in the past month' counts back from the article date (not the calendar month)
    ("four such orders in the past month", "2024-09-20", ("2024-08-20", "2024-09-20")),
])
def test_s8_date_words(phrase, article_date, expected):
    assert phrase_window(phrase, article_date) == expected


def test_s8_a_half_without_its_year_takes_the_year_told_before():
    assert phrase_window("in the second half", "2024-03-01",
                         dates.Window("2022-01-01", "2022-12-31", "in 2022", "explicit")) == ("2022-07-01", "2022-12-31")


@pytest.mark.parametrize("phrase,expected", [
    ("cleared the backlog within three days", ("2023-05-02", "2023-05-05")),
    ("pulled the clips within 48 hours", ("2023-05-02", "2023-05-04")),
    ("acted on most of them within a week", ("2023-05-02", "2023-05-09")),
])
def test_s8_within_a_count_of_days_after_the_anchor(phrase, expected):
    assert phrase_window(phrase, "2023-06-01", dates.Window("2023-05-02", "2023-05-02", "May 2", "explicit")) == expected


def test_s8_has_since_follows_the_anchor():
    assert phrase_window("the regulator has since opened an inquiry", "2023-06-01",
                         dates.Window("2023-05-22", "2023-05-22", "on Monday", "relative")) == ("2023-05-22", "2023-06-01")


# Rules of the events stage (events.py) --------------------------------------------------------------------------

def test_s8_within_days_dates_an_act_but_not_a_deadline():
    body = "The ministry ordered the company on May 2 to remove the threads within 48 hours. The company complied within two days."
    assert window(body, "2023-05-10", "blocking_order") == ("2023-05-02", "2023-05-02")  # 'to remove ... within': a deadline
    assert window(body, "2023-05-10", "withholding") == ("2023-05-02", "2023-05-04")


def test_s8_a_counted_event_since_a_day_runs_to_the_article_date_a_state_since_a_day_does_not():
    assert window("The ministry has sent the company four orders since Mar. 9, officials say.", "2025-03-20",
                  "blocking_order") == ("2025-03-09", "2025-03-20")
    body = ("Readers could open the archive again on Tuesday, after the regulator lifted a ban that had kept the "
            "archive offline since Sept. 3, 2019.")
    assert window(body, "2021-05-13", "blocking_order") == ("2019-09-03", "2019-09-03")


def test_s8_an_undated_statement_after_a_month_is_news_of_the_day():
    body = ("The ministry ordered the company to hide 40 threads in March.\n\n"
            "The company said in a statement that it was weighing an appeal.")
    assert window(body, "2025-06-12", "statement") == ("2025-06-11", "2025-06-12")


def test_s8_present_perfect_told_by_the_journalist_leaves_its_start_open():
    body = "The ministry sent the company a list of 300 threads on April 8. The company has withheld 120 of the threads."
    assert window(body, "2025-05-16", "withholding")[1] == "2025-05-16"  # by the article date, not on the list's day


def test_s8_before_the_deadline_ends_at_the_deadline():
    body = ("The ministry gave the company until Sept. 14 to remove the threads, in a notice sent on Sept. 2.\n\n"
            "The company complied with the notice before the deadline, two staff members said.")
    assert window(body, "2024-09-20", "withholding")[1] == "2024-09-14"


def test_s8_days_after_a_notice_that_set_a_deadline():
    body = ("The company went to court last week, days after the ministry warned it in a notice that it must act on "
            "every pending order by Sept. 14.")
    assert window(body, "2024-09-30", "non_compliance_notice") == ("", "2024-09-14")


def test_s8_a_reply_within_hours_answers_the_latest_news_not_the_flashback():
    body = ("The company said on Friday that it would not hide the threads.\n\n"
            "Police had raided its office on Tuesday.\n\n"
            "The ministry hit back within hours, calling the company's claims false.")
    assert window(body, "2024-09-21", "statement", "hit back") == ("2024-09-20", "2024-09-21")


def test_s8_a_weekday_or_a_day_told_as_ahead_is_the_coming_one():
    assert window("The ministry will meet representatives of the company on Tuesday, a spokesman said.", "2024-09-19",
                  "meeting") == ("2024-09-24", "2024-09-24")
    assert window("The new rules take effect on April 1.", "2025-01-20", "rule_change") == ("2025-04-01", "2025-04-01")
    # a future word inside the quotation of a dated speech does not make it ahead
    assert window('"We will not hide these threads," the company said in a statement on Tuesday.', "2024-09-19",
                  "statement") == ("2024-09-17", "2024-09-17")


def test_s8_a_date_after_a_participle_of_a_noun_dates_the_noun():
    # "blocking orders" so that a trigger pattern finds the order: with plain "orders" only the learned detector did,
    # and after session 18's retraining it no longer fires on this lone sentence (the date rule is what is tested)
    body = ("Back in July, the ministry had told reporters that the company could face fines over blocking orders "
            "issued between March and May.")
    assert window(body, "2024-09-30", "legal_threat") == ("2024-07-01", "2024-07-31")  # the warning: not March-May
    assert window(body, "2024-09-30", "blocking_order") == ("2024-03-01", "2024-05-31")  # the orders themselves


def test_s8_year_ranges_need_two_years_or_a_dash():
    assert phrase_window("between 2019 and 2021, the", "2024-03-01") == ("2019-01-01", "2021-12-31")
    assert not [p for p in dates.find_phrases("eight in 2014 and 15 in 2015") if p.kind == "year_range"]  # a count
