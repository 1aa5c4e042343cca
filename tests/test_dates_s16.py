"""Session 16: a weekday told with its calendar week ('on Thursday last week', 'Tuesday of last week', 'on Friday
this week', 'Monday next week') is that weekday of the week (Monday to Sunday) before, of, or after the article's, not
the whole previous week; 'last weekend' / 'over the weekend' is the latest Saturday and Sunday up to the article date
(no longer read as 'last week'); 'in the past fortnight' is the 14 days to the article date. Invented texts, wording
unlike the gold articles."""
import pytest

from helpers import actors, dates, events, text


def windows(sentence: str, article_date: str) -> list[tuple[str, str, str, str]]:
    return [(p.text, p.kind, *(lambda w: (w.start, w.end))(dates.resolve(p, article_date)))
            for p in dates.find_phrases(sentence)]


@pytest.mark.parametrize("sentence,article_date,expected", [
    # article on a Wednesday (2027-03-10): last week runs Monday 1 to Sunday 7 March
    ("On Thursday last week, the bureau sent a third list.", "2027-03-10",
     [("On Thursday last week", "weekday", "2027-03-04", "2027-03-04")]),
    ("On Tuesday of last week the tribunal ruled for the forum.", "2027-03-10",
     [("On Tuesday of last week", "weekday", "2027-03-02", "2027-03-02")]),
    ("The bureau met the forum on Monday morning last week.", "2027-03-10",
     [("on Monday morning last week", "weekday", "2027-03-01", "2027-03-01")]),
    ("The bureau will meet the forum on Friday next week.", "2027-03-10",
     [("on Friday next week", "weekday", "2027-03-19", "2027-03-19")]),
    ("The bureau met the forum on Monday this week.", "2027-03-10",
     [("on Monday this week", "weekday", "2027-03-08", "2027-03-08")]),
    # a weekday alone and 'last week' alone keep their meaning
    ("The bureau met the forum on Thursday.", "2027-03-10",
     [("on Thursday", "weekday", "2027-03-04", "2027-03-04")]),
    ("The bureau met the forum last week.", "2027-03-10",
     [("last week", "period", "2027-03-01", "2027-03-07")]),
    # the weekend: the latest Saturday and Sunday up to the article date
    ("Fans rallied outside the bureau last weekend.", "2027-03-10",
     [("last weekend", "weekday", "2027-03-06", "2027-03-07")]),
    ("The minister posted about it over the weekend.", "2027-03-08",
     [("over the weekend", "weekday", "2027-03-06", "2027-03-07")]),
    # a fortnight counted back
    ("The bureau sent two lists in the past fortnight.", "2027-03-10",
     [("in the past fortnight", "offset", "2027-02-24", "2027-03-10")]),
])
def test_week_words(sentence, article_date, expected):
    assert windows(sentence, article_date) == expected


def test_a_weekday_of_last_week_dates_the_event():
    body = "On Wednesday last week, the Bureau of Networks ordered the Quillfern app to block 44 channels."
    found = events.extract("2027-03-10", actors.attribute(body, text.split_sentences(body)))
    row = found[found["event_type"] == "blocking_order"].iloc[0]
    assert (row["date_start"], row["date_end"]) == ("2027-03-03", "2027-03-03")
