"""Unit tests of the date resolver: each expression against the window the guidelines give."""
import pytest

from helpers import dates

CASES = [  # text, article date, expected (start, end), basis
    ("on February 1 they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on 1 February they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on Feb. 1, 2021 they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on Monday, 1 February", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("sent on 31 January", "2021-02-09", ("2021-01-31", "2021-01-31"), "explicit"),
    ("on Aug. 17 it", "2024-08-31", ("2024-08-17", "2024-08-17"), "explicit"),
    ("on Sunday", "2021-02-02", ("2021-01-31", "2021-01-31"), "relative"),
    ("on Wednesday evening", "2021-02-11", ("2021-02-10", "2021-02-10"), "relative"),
    ("yesterday", "2021-02-04", ("2021-02-03", "2021-02-03"), "relative"),
    ("today", "2021-02-11", ("2021-02-11", "2021-02-11"), "relative"),
    ("last week", "2021-02-09", ("2021-02-01", "2021-02-07"), "relative"),
    ("later this week", "2023-03-15", ("2023-03-15", "2023-03-19"), "relative"),
    ("earlier this month", "2023-03-15", ("2023-03-01", "2023-03-15"), "relative"),
    ("last month", "2023-03-15", ("2023-02-01", "2023-02-28"), "relative"),
    ("in the past 10 days", "2021-02-10", ("2021-01-31", "2021-02-10"), "relative"),
    ("three days ago", "2021-02-10", ("2021-02-07", "2021-02-07"), "relative"),
    ("recently", "2021-02-10", ("", "2021-02-10"), "relative"),
    ("soon", "2021-02-10", ("2021-02-10", ""), "relative"),
    ("in January", "2023-03-15", ("2023-01-01", "2023-01-31"), "relative"),
    ("since April", "2024-08-31", ("2024-04-01", "2024-04-30"), "relative"),
    ("in July last year", "2023-07-01", ("2022-07-01", "2022-07-31"), "relative"),
    ("between Feb. 2, 2021 and Feb. 28, 2022", "2022-07-06", ("2021-02-02", "2022-02-28"), "explicit"),
]


@pytest.mark.parametrize("text,article_date,expected,basis", CASES)
def test_expression_window(text, article_date, expected, basis):
    phrases = dates.find_phrases(text)
    assert phrases, f"no date phrase found in {text!r}"
    window = dates.resolve(phrases[0], article_date)
    assert (window.start, window.end) == expected
    assert window.basis == basis


@pytest.mark.parametrize("text,anchor,expected", [
    ("the same evening", ("2021-02-01", "2021-02-01"), ("2021-02-01", "2021-02-01")),
    ("two days later", ("2021-02-01", "2021-02-01"), ("2021-02-03", "2021-02-03")),
    ("two days after", ("2021-02-03", "2021-02-03"), ("2021-02-01", "2021-02-01")),
    ("within hours", ("2021-02-25", "2021-02-25"), ("2021-02-25", "2021-02-26")),
    ("subsequently", ("2021-01-31", "2021-02-10"), ("2021-01-31", "2021-02-28")),
])
def test_order_words_use_the_anchor(text, anchor, expected):
    phrase = dates.find_phrases(text)[0]
    window = dates.resolve(phrase, "2021-02-28", dates.Window(*anchor))
    assert (window.start, window.end) == expected
    assert window.basis == "order"


def test_modal_may_is_not_a_month():
    assert all(p.kind not in ("month", "calendar") for p in dates.find_phrases("the ministry may act"))


def test_order_word_without_anchor_ends_at_article_date():
    window = dates.resolve(dates.find_phrases("then")[0], "2021-02-10", None)
    assert (window.start, window.end) == ("", "2021-02-10")


def test_longest_phrase_wins():
    phrases = dates.find_phrases("earlier this month")
    assert [p.text for p in phrases] == ["earlier this month"]


def test_defaults():
    assert dates.past_default("2021-02-10") == dates.Window("", "2021-02-10", "", "article_date")
    assert dates.plan_default("2021-02-10").start == "2021-02-10"


def test_issue4_month_parts_years_and_ranges():
    from helpers import dates
    phrases = dates.find_phrases("served it a final notice in late June that year")
    w = dates.resolve(phrases[0], "2023-07-02", dates.Window("2022-07-05", "2022-07-05", "", "explicit"))
    assert (w.start, w.end) == ("2022-06-21", "2022-06-30")
    phrases = dates.find_phrases("10 blocking orders issued between February 2021 and February 2022")
    w = dates.resolve(phrases[0], "2023-07-02")
    assert (w.start, w.end) == ("2021-02-01", "2022-02-28")


def test_issue4_in_the_evening_is_the_anchor_day():
    phrase = dates.find_phrases("The talks went ahead in the evening.")[0]
    window = dates.resolve(phrase, "2021-02-12", dates.Window("2021-02-10", "2021-02-10", "on Wednesday", "relative"))
    assert (window.start, window.end) == ("2021-02-10", "2021-02-10")
