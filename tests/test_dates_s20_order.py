"""Session 20, third date pass (narrative order): a question's order words ('why did X first comply and then back
down?') move no narrative time; 'the same week' / 'later that week' is the week of the event told just before (a
month told before: that month to six days after it); a blog post, note or letter told with no date right after its
paragraph's day is of that day, not of every day since; 'the day before' / 'a day earlier' (no noun after it)
is the day before the event told just before. Invented texts, wording unlike the gold articles."""
from helpers import actors, events, text


def extract(body: str, date: str) -> list[dict]:
    found = events.extract(date, actors.attribute(body, text.split_sentences(body)))
    return found.to_dict("records")


def window(rows: list[dict], etype: str) -> tuple[str, str]:
    found = [r for r in rows if r["event_type"] == etype]
    assert found, f"no {etype} event in {rows}"
    return found[0]["date_start"], found[0]["date_end"]


def test_a_questions_then_does_not_move_the_narrative_time():
    body = ("On March 3, the Pellara app withheld 40 channels in Ostrava after an order from the regulator.\n\n"
            "So why did Pellara first comply and then change its mind?\n\n"
            "Pellara restored most of the channels the same evening.")
    rows = extract(body, "2027-03-20")
    assert window(rows, "restoration") == ("2027-03-03", "2027-03-03")


def test_the_same_week_after_a_month_is_that_month_and_six_days():
    body = ("The appeals court ruled in May that the regulator's order against the Pellara app was unlawful.\n\n"
            "Pellara restored the 40 channels the same week.")
    rows = extract(body, "2027-12-28")
    assert window(rows, "restoration") == ("2027-05-01", "2027-06-06")


def test_an_undated_blog_post_after_its_paragraphs_day_is_of_that_day():
    body = ("The regulator ordered the Pellara app on Monday to block 40 channels. "
            "In a blog post, the company said it would not block channels of broadcasters.")
    rows = extract(body, "2027-03-19")
    assert window(rows, "statement") == ("2027-03-15", "2027-03-15")


def test_the_day_before_is_the_day_before_the_event_told_just_before():
    body = ("On March 3, the Pellara app withheld 40 channels in Ostrava. "
            "They were among the channels the regulator had ordered blocked the day before, citing a broadcast law.")
    rows = extract(body, "2027-03-20")
    assert window(rows, "blocking_order") == ("2027-03-02", "2027-03-02")
