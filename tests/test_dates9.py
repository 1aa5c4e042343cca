"""Date windows, session 28 (dates9): 'Last Tuesday' is that weekday of the calendar week before the article's;
'a year ago this week / this month' is that week or month a year back; 'the first six months of that year' is of the
year told just before (``event_date_words.csv``); a protest called for a weekday, and a month one agreed to return
in, are the coming ones. (The session's rule reading a dateless day a few weeks ahead as the coming day lowered the
held-out dates and was not kept.) Sentences written for these tests."""

from conftest import window


def test_last_weekday_is_of_the_calendar_week_before():
    # on a Thursday, 'last Tuesday' is the Tuesday of the week before (as 'last week' is that calendar week) ...
    body = "The ministry sent the order last Tuesday, giving the app Dovetail two days to remove the posts."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-05-07", "2024-05-07")
    # ... 'on Tuesday' the one two days back; and on a Monday 'last Friday' is three days back
    assert window(body.replace("last Tuesday", "on Tuesday"), "2024-05-16", "blocking_order") == ("2024-05-14", "2024-05-14")
    assert window(body.replace("last Tuesday", "last Friday"), "2024-05-13", "blocking_order") == ("2024-05-10", "2024-05-10")


def test_a_year_ago_this_week_or_month_is_a_year_back():
    body = "A year ago this week, the ministry sent the app Dovetail its first blocking order."
    assert window(body, "2024-05-16", "blocking_order") == ("2023-05-15", "2023-05-16")  # Monday 52 weeks back to the day
    body = "It was a year ago this month that the ministry sent the app Dovetail its first blocking order."
    assert window(body, "2024-05-16", "blocking_order") == ("2023-05-01", "2023-05-31")


def test_first_months_of_that_year_take_the_year_told_before():
    body = ("The ministry sent the app Dovetail 300 blocking orders in the second half of 2022.\n\n"
            "In the first six months of that year it had sent 120 blocking orders.")
    assert window(body, "2024-02-20", "blocking_order", "that year") == ("2022-01-01", "2022-06-30")


def test_a_protest_called_for_a_weekday_is_the_coming_one():
    body = "Student unions have called a rally outside the ministry for Saturday to protest the block of the app Dovetail."
    assert window(body, "2024-05-16", "backlash") == ("2024-05-18", "2024-05-18")  # a Thursday: the Saturday after


def test_agreed_to_return_in_a_month_is_the_coming_month():
    body = ("The company said it would hire a lawyer by January, and its chief executive agreed to return to the "
            "committee in March.")
    assert window(body, "2025-10-09", "meeting") == ("2026-03-01", "2026-03-31")
