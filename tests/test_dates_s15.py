"""Session 15: a court ruling that nothing in the article dates (no date words of its own, no dated event in scope, not
told again with a date) is news of the day, like an undated speech act: the article date or the day before
(``events.ruled_today``). Other undated past acts keep their open start. Invented texts, wording unlike the gold
articles."""
import pytest

from helpers import actors, events, text


def extract(body: str, date: str):
    return events.extract(date, actors.attribute(body, text.split_sentences(body)))


def window(found, etype: str) -> tuple[str, str]:
    row = found[found["event_type"] == etype].iloc[0]
    return row["date_start"], row["date_end"]


def test_an_undated_ruling_is_news_of_the_day():
    body = ("Judge Orla Penrith ruled that the regulator had never told the owners of the Marrowfield forum "
            "which of its posts broke the law.")
    assert window(extract(body, "2027-05-12"), "court_ruling") == ("2027-05-11", "2027-05-12")


@pytest.mark.parametrize("body,date,etype,expected", [
    # a ruling with a day of its own keeps that day
    ("Judge Orla Penrith ruled on March 3 that the regulator had never told the owners of the Marrowfield forum "
     "which of its posts broke the law.", "2027-05-12", "court_ruling", ("2027-03-03", "2027-03-03")),
    # an undated order keeps its open start: only a ruling is news of the day (below the lead; a lead's undated
    # news is news of the day, session 19)
    ("The port strike is in its third week.\n\n"
     "The regulator ordered the Marrowfield forum to take down 30 posts about the port strike.", "2027-05-12",
     "blocking_order", ("", "2027-05-12")),
])
def test_other_windows_are_unchanged(body, date, etype, expected):
    assert window(extract(body, date), etype) == expected
