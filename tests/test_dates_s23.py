"""Session 23 (dates1, windows carried by order words): 'then' after an event told by its month or a longer period
moves on within that period (the retelling of one episode), not up to the article date; after a day it still runs
from that day to the article date. Invented texts, run with the date chooser off (conftest)."""
from helpers import dates, events


def run(texts: list[str], article_date: str = "2024-03-15") -> list[tuple[str, str, str]]:
    sents = {"text": texts, "paragraph": list(range(len(texts))),
             "char_start": [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]}
    c = events.extract_columns(article_date, sents)
    return list(zip(c["event_type"], c["date_start"], c["date_end"]))


def then_phrase(text: str) -> dates.Phrase:
    return next(p for p in dates.find_phrases(text) if p.text.lower() == "then")


def test_then_after_a_month_stays_in_that_month():
    text = "The platform then restored the posts."
    month = dates.Window("2022-05-01", "2022-05-31", "in May 2022", "explicit")
    w = dates.resolve(then_phrase(text), "2024-03-15", month)
    assert (w.start, w.end, w.basis) == ("2022-05-01", "2022-05-31", "order")


def test_then_after_a_day_runs_to_the_article_date():
    text = "The platform then restored the posts."
    day = dates.Window("2024-03-04", "2024-03-04", "on March 4", "explicit")
    w = dates.resolve(then_phrase(text), "2024-03-15", day)
    assert (w.start, w.end) == ("2024-03-04", "2024-03-15")


def test_then_after_the_current_month_runs_to_the_article_date():
    text = "The platform then restored the posts."
    month = dates.Window("2024-02-01", "2024-03-15", "since February", "relative")  # reaches the article date
    w = dates.resolve(then_phrase(text), "2024-03-15", month)
    assert (w.start, w.end) == ("2024-02-01", "2024-03-15")


def test_since_then_still_runs_to_the_article_date():
    text = "Since then the platform has restored the posts."
    month = dates.Window("2022-05-01", "2022-05-31", "in May 2022", "explicit")
    p = next(p for p in dates.find_phrases(text) if "then" in p.text.lower())
    assert p.text.lower() == "since then"
    w = dates.resolve(p, "2024-03-15", month)
    assert (w.start, w.end) == ("2022-05-01", "2024-03-15")


def test_retold_episode_then_act_in_the_month():
    rows = run(["In May 2022, the ministry ordered Quibble to block 300 accounts.",
                "Quibble withheld them for a few hours and then restored most of them."])
    assert ("restoration", "2022-05-01", "2022-05-31") in rows
