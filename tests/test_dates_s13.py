"""Session 13 (a newcomer's dispute): parts of a month told relative to the article date, on invented texts."""
import pytest

from helpers import actors, dates, events, text

CASES = [  # text, article date, expected (start, end)
    ("the orders issued at the start of the month", "2026-09-18", ("2026-09-01", "2026-09-10")),
    ("the orders issued at the beginning of this month", "2026-09-18", ("2026-09-01", "2026-09-10")),
    ("the orders issued early this month", "2026-09-18", ("2026-09-01", "2026-09-10")),
    ("the orders issued at the start of the month", "2026-09-05", ("2026-09-01", "2026-09-05")),  # never after the article
    ("a notice sent at the start of last month", "2026-09-18", ("2026-08-01", "2026-08-10")),
    ("a notice sent early last month", "2026-03-18", ("2026-02-01", "2026-02-10")),
    ("a notice sent in the middle of last month", "2026-09-18", ("2026-08-11", "2026-08-20")),
    ("a notice sent mid-last month", "2026-09-18", ("2026-08-11", "2026-08-20")),
    ("a notice sent at the end of last month", "2026-03-10", ("2026-02-21", "2026-02-28")),
    ("a notice sent late last month", "2026-09-18", ("2026-08-16", "2026-08-31")),  # session 27: second half
    ("a notice sent in mid-September", "2026-09-18", ("2026-09-11", "2026-09-18")),  # dateparser's own forms, as before
    ("a notice sent in early September", "2026-10-02", ("2026-09-01", "2026-09-10")),
]


@pytest.mark.parametrize("phrase,article_date,expected", CASES)
def test_part_of_a_month(phrase, article_date, expected):
    found = dates.find_phrases(phrase)
    assert len(found) == 1
    window = dates.resolve(found[0], article_date)
    assert (window.start, window.end) == expected and window.basis == "relative"


def extract(body: str, date: str):
    return events.extract(date, actors.attribute(body, text.split_sentences(body)))


def test_orders_told_again_keep_their_own_part_of_the_month():
    found = extract("The regulator served Brindle with a notice of non-compliance on Monday, saying the app had ignored "
                    "120 of the 300 blocking orders issued at the start of the month.", "2026-05-20")
    notice = found[found["event_type"] == "non_compliance_notice"].iloc[0]
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert (notice["date_start"], notice["date_end"]) == ("2026-05-18", "2026-05-18")
    assert (order["date_start"], order["date_end"]) == ("2026-05-01", "2026-05-10")


def test_hours_after_a_ruling_told_before_is_the_rulings_day_or_the_next():
    body = ("The Lanmark High Court on Thursday quashed the regulator's orders against Brindle. Judge Ivo Pell wrote "
            "that no later ruling could undo the harm. Hours after the ruling, Brindle restored the 40 accounts it "
            "had withheld in early May.")
    found = extract(body, "2026-05-22")
    restored = found[found["event_type"] == "restoration"].iloc[0]
    assert (restored["date_start"], restored["date_end"]) == ("2026-05-21", "2026-05-22")
    withheld = found[found["event_type"] == "withholding"].iloc[0]  # its own date, not the ruling's
    assert (withheld["date_start"], withheld["date_end"]) == ("2026-05-01", "2026-05-10")


def test_a_later_ruling_as_an_adjective_does_not_move_the_narrative_time():
    body = ("The Lanmark High Court on Thursday quashed the orders. Judge Ivo Pell wrote that no later ruling "
            "could undo the harm. The next day, Brindle restored the accounts.")
    found = extract(body, "2026-05-25")
    restored = found[found["event_type"] == "restoration"].iloc[0]
    assert restored["date_start"] in ("2026-05-21", "2026-05-22") and restored["date_end"] == "2026-05-22"
