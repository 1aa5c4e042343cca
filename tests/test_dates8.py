"""Date windows, session 27 (dates8): an act the lead tells in the perfect ('The regulator has ordered providers to
block X') is the news of the article's day: it ends at the article date, start open, and is not given the day a
later sentence tells the order on, as a lead in the simple past still is; a count of orders or requests just before
'since <day>' runs the window to the article date (``counted_since_nouns.txt``); 'late last month' is the second half
of the previous month. Sentences written for these tests."""

from helpers import events
from conftest import window

LATER = "\n\nThe regulator ordered the providers on May 14 to block Flickly within a day."


def test_lead_perfect_is_news_of_the_day():
    body = ("PORTVILLE, May 20 (Harbour Wire) – The telecoms regulator has ordered internet providers to block the "
            "video app Flickly, drawing protests from its users." + LATER)
    start, end = window(body, "2024-05-20", "blocking_order", "has ordered")
    assert end == "2024-05-20" and start != "2024-05-14"


def test_lead_in_the_simple_past_still_takes_the_later_day():
    body = ("PORTVILLE, May 20 (Harbour Wire) – The telecoms regulator ordered internet providers to block the "
            "video app Flickly, drawing protests from its users." + LATER)
    assert window(body, "2024-05-20", "blocking_order", "drawing protests") == ("2024-05-14", "2024-05-14")


def test_perfect_at_the_trigger():
    text = "The regulator has ordered providers to block the app."
    assert events.perfect_at(text, text.index("ordered"))
    text = "The regulator ordered providers to block the app, and it has complained."
    assert not events.perfect_at(text, text.index("ordered"))


def test_counted_since_runs_to_the_article_date():
    body = ("The regulator said it had sent the video app Flickly 42 requests since August 10 and that the company "
            "had acted on fewer than half of them.")
    assert window(body, "2024-09-14", "blocking_order") == ("2024-08-10", "2024-09-14")


def test_state_since_a_day_keeps_that_day():
    assert not events.counted_since("has slowed the app to a crawl in three provinces since Tuesday", 49)
    assert events.counted_since("sent the company three earlier orders since Feb. 20", 38)


def test_late_last_month_is_the_second_half():
    body = "Late last month, the ministry sent the company a final notice."
    assert window(body, "2022-07-06", "non_compliance_notice") == ("2022-06-16", "2022-06-30")
    body = "At the end of last month, the ministry sent the company a final notice."
    assert window(body, "2022-07-06", "non_compliance_notice") == ("2022-06-21", "2022-06-30")


def test_lead_dated_by_its_telling_still_takes_the_later_day():
    body = ("The ministry has asked the forum app Quayle to take down 45 videos, officials said on Tuesday.\n\n"
            "The list was handed to the company on Friday, March 8, 2024.")
    assert window(body, "2024-03-12", "blocking_order") == ("2024-03-08", "2024-03-08")
