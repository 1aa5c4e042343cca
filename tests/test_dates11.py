"""Date windows, session 30 (dates11): an act counted up to now ('since March', 'so far', 'this year') in words said
on an earlier day ends on the day of the saying, not the article date; a refusal told with an order word from the
order before it ('refused two days later') keeps that day rather than running from the order to the article date.
Sentences written for these tests."""

from conftest import window

# 2024-05-16 is a Thursday: 'on Monday' is 2024-05-13


def test_a_count_since_a_month_said_at_an_earlier_hearing_ends_that_day():
    body = ("On Monday the regulator's director told the parliamentary media committee that the app had become a "
            "channel for fraud.\n\n"
            "She said the regulator had sent Dovetail 30 blocking orders since March.")
    assert window(body, "2024-05-16", "blocking_order") == ("2024-03-01", "2024-05-13")


def test_a_count_said_on_a_day_told_in_its_own_sentence_ends_that_day():
    body = "The deputy minister said on Monday that the ministry had sent Dovetail 30 blocking orders since March."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-03-01", "2024-05-13")


def test_a_count_told_without_a_saying_runs_to_the_article_date():
    body = "The ministry has sent Dovetail 30 blocking orders since March."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-03-01", "2024-05-16")


def test_a_count_after_an_order_s_day_runs_to_the_article_date():
    # the narrative's day is the order's, not a saying's: when the count was said is not told
    body = ("On Monday the ministry ordered Dovetail to block 12 accounts.\n\n"
            "The regulator said it had sent Dovetail 30 blocking orders since March.")
    assert window(body, "2024-05-16", "blocking_order", "since March") == ("2024-03-01", "2024-05-16")


def test_an_act_told_at_a_time_earlier_this_month_keeps_its_window():
    # 'earlier this month' dates the act itself, it counts nothing up to now
    body = ("On Monday the regulator's director told the parliamentary media committee that the app had become a "
            "channel for fraud.\n\n"
            "She said the regulator had sent Dovetail a blocking order earlier this month.")
    assert window(body, "2024-05-16", "blocking_order") == ("2024-05-01", "2024-05-16")


def test_a_refusal_told_two_days_after_the_order_is_that_day():
    body = ("On May 2 the ministry ordered Dovetail to block 40 accounts.\n\n"
            "Dovetail refused two days later, calling the list arbitrary.")
    assert window(body, "2024-05-16", "refusal") == ("2024-05-04", "2024-05-04")
