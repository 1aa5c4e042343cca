"""Date windows, session 21 third pass: report periods (quarters, 'the first N months of the year', 'the previous
six months / quarter'), a suit told 'during the quarter', and a date inside a relative clause set off by commas."""
import pytest

from helpers import dates, events
from test_events import extract


def phrase_window(phrase_text: str, article_date: str, anchor: dates.Window | None = None) -> tuple[str, str]:
    phrases = dates.find_phrases(phrase_text)
    assert phrases, f"no date phrase in {phrase_text!r}"
    w = dates.resolve(phrases[0], article_date, anchor)
    return w.start, w.end


HALF = dates.Window("2023-01-01", "2023-06-30", "between January and June", "relative")


@pytest.mark.parametrize("phrase,article_date,anchor,expected", [
    ("up from 40 in the first three months of the year", "2024-08-08", None, ("2024-01-01", "2024-03-31")),
    ("up from 40 in the first three months of the year", "2024-02-08", HALF, ("2023-01-01", "2023-03-31")),
    ("had been removed in the first six months of this year", "2022-09-01", None, ("2022-01-01", "2022-06-30")),
    ("it issued 94 orders in the first three months of 2026", "2026-04-15", None, ("2026-01-01", "2026-03-31")),
    ("sent far fewer in the last quarter of 2025", "2026-05-20", None, ("2025-10-01", "2025-12-31")),
    ("removed 300 posts in the third quarter of 2024", "2025-01-10", None, ("2024-07-01", "2024-09-30")),
    # a quarter not over by the article date is a deadline ('agreed to open an office during the first quarter')
    ("agreed to open an office during the first quarter of 2022", "2022-01-14", None, ("", "")),
    # the span before the period told just before; open without such a period
    ("up from 812 in the previous six months", "2023-08-20", HALF, ("2022-07-01", "2022-12-31")),
    ("up from 164 in the previous quarter", "2023-08-20", HALF, ("2022-10-01", "2022-12-31")),
    ("up from 164 in the preceding quarter", "2023-08-20",
     dates.Window("2023-07-01", "2023-09-30", "the quarter", "relative"), ("2023-04-01", "2023-06-30")),
    ("up from 164 in the previous quarter", "2023-08-20",
     dates.Window("2023-08-01", "2023-08-01", "Aug 1", "explicit"), ("", "")),
])
def test_report_periods(phrase, article_date, anchor, expected):
    assert phrase_window(phrase, article_date, anchor) == expected


def test_suit_told_during_the_quarter_stays_in_it():
    body = ("Vellum received 1,200 requests from governments between April and June, according to its quarterly "
            "report. The company said it had gone to court in three countries during the quarter to contest orders.")
    found = extract(body, "2025-08-20")
    suit = found[found["event_type"] == "legal_action"].iloc[0]
    assert (suit["date_start"], suit["date_end"]) == ("2025-04-01", "2025-06-30")


def test_date_in_comma_relative_clause_is_not_the_main_verbs():
    text = "The regulator, which sent the notice on March 3, defended it to lawmakers."
    phrase = next(p for p in dates.find_phrases(text) if "March" in p.text)
    assert events.in_comma_relative(text, phrase, text.index("defended"))
    assert not events.in_comma_relative(text, phrase, text.index("sent"))  # the clause's own verb keeps it
    fronted = "In the first, which began on Jan. 31, the ministry ordered 250 accounts blocked."
    phrase = next(p for p in dates.find_phrases(fronted) if "Jan" in p.text)
    assert not events.in_comma_relative(fronted, phrase, fronted.index("ordered"))  # a fronted time frame dates it
