"""Session 19: what a lead tells with no date of its own (nor one found elsewhere) is news of the day, the article date
or the day before, not any day up to the article date; 'last July' is the latest July before the article's month (in an
article of July, the year before); a calendar day after a paper's name ('your order of March 3') is that paper's past
day, not a coming one, even after 'will'. Invented texts, wording unlike the gold articles."""
import pytest

from helpers import actors, dates, events, text


def extract(body: str, date: str) -> list[dict]:
    found = events.extract(date, actors.attribute(body, text.split_sentences(body)))
    return found.to_dict("records")


def windows(sentence: str, article_date: str) -> list[tuple[str, str, str]]:
    return [(p.text, *(lambda w: (w.start, w.end))(dates.resolve(p, article_date))) for p in dates.find_phrases(sentence)]


def test_a_leads_undated_news_is_of_the_article_date_or_the_day_before():
    body = ("Pebblecast removes 30 podcasts\n\n"
            "The audio app Pebblecast has removed 30 podcasts from its store in Orlavia after the broadcasting office "
            "ordered it to.\n\n"
            "Orlavia's broadcasting office has long been at odds with foreign apps.")
    rows = [r for r in extract(body, "2027-05-12") if r["event_type"] == "withholding"]
    assert rows and (rows[0]["date_start"], rows[0]["date_end"]) == ("2027-05-11", "2027-05-12")


def test_an_undated_past_below_the_lead_stays_open_at_the_start():
    body = ("Pebblecast under pressure\n\n"
            "The broadcasting office of Orlavia is reviewing the audio app Pebblecast's licence, officials said.\n\n"
            "The app has removed 30 podcasts from its store in Orlavia after an order from the office.")
    rows = [r for r in extract(body, "2027-05-12") if r["event_type"] == "withholding"]
    assert rows and rows[0]["date_start"] == "" and rows[0]["date_end"] == "2027-05-12"


@pytest.mark.parametrize("sentence,article_date,expected", [
    ("The forum went to the tribunal last July.", "2027-07-03", [("last July", "2026-07-01", "2026-07-31")]),
    ("The forum went to the tribunal last July.", "2027-09-03", [("last July", "2027-07-01", "2027-07-31")]),
    ("The forum went to the tribunal in July.", "2027-07-03", [("in July", "2027-07-01", "2027-07-03")]),
])
def test_last_and_a_month_name_is_the_latest_such_month_before_the_articles(sentence, article_date, expected):
    assert windows(sentence, article_date) == expected


def test_a_papers_calendar_day_after_will_is_past():
    body = "Quorra says it will not remove the 12 channels listed in your order of April 2."
    rows = [r for r in extract(body, "2027-04-20") if r["event_type"] == "refusal"]
    assert rows and (rows[0]["date_start"], rows[0]["date_end"]) == ("2027-04-02", "2027-04-02")
