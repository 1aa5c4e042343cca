"""Session 25 (dates6): date windows of events, on short sentences written for these tests."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str) -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def window(found: pd.DataFrame, etype: str) -> tuple[str, str]:
    row = found[found["event_type"] == etype].iloc[0]
    return row["date_start"], row["date_end"]


def test_a_day_set_ahead_is_within_half_a_year_else_past():
    # told in April, a hearing 'for March 28' is the one just past, not next year's
    found = extract("The court listed the case for March 28.", "2025-04-18")
    assert window(found, "legal_action") == ("2025-03-28", "2025-03-28")
    # told in early March, the coming one
    found = extract("The court set the next hearing for March 28.", "2025-03-10")
    assert window(found, "legal_action") == ("2025-03-28", "2025-03-28")


def test_a_day_still_to_come_is_no_anchor():
    assert not events.is_past(events.dates.Window("2025-03-20", "2025-03-20", "March 20", "explicit"), "2025-03-09")
    assert events.is_past(events.dates.Window("2025-03-02", "2025-03-02", "March 2", "explicit"), "2025-03-09")


def test_fronted_after_clause_ends_on_the_main_clause_day():
    body = ("The ministry ordered the platform to block 300 accounts on March 1. After Kivo restored most of them, "
            "the ministry served it a notice on March 4.")
    found = extract(body, "2024-03-09")
    assert window(found, "restoration") == ("2024-03-01", "2024-03-04")
    assert window(found, "non_compliance_notice") == ("2024-03-04", "2024-03-04")


def test_last_day_of_a_month():
    body = ("On the last day of January, the ministry sent the platform an emergency order. "
            "The platform withheld the accounts the next morning.")
    found = extract(body, "2021-02-13")
    assert window(found, "blocking_order") == ("2021-01-31", "2021-01-31")
    start, end = window(found, "withholding")
    assert start >= "2021-01-31" and end <= "2021-02-01"


def test_hours_earlier_and_that_same_afternoon_are_told_from_the_anchor():
    body = ("On Wednesday the ministry met the company's executives. Hours earlier, the company had published a blog "
            "post saying it would not act on the accounts of journalists.")
    found = extract(body, "2021-02-15")
    assert window(found, "statement") == ("2021-02-09", "2021-02-10")
    body = "The ministry met the company's executives on Wednesday. That same afternoon, in a post on Koo, the ministry called the blog post unusual."
    found = extract(body, "2021-02-15")
    assert window(found, "statement") == ("2021-02-10", "2021-02-10")


def test_the_nearest_order_word_dates_the_event():
    body = ("On January 31, the ministry ordered the platform to block about 250 accounts. The platform withheld them "
            "the next day, restored most of them within hours and was served with a non-compliance notice two days later.")
    found = extract(body, "2021-02-10")
    assert window(found, "non_compliance_notice") == ("2021-02-02", "2021-02-02")


def test_a_plan_with_a_deadline_runs_to_it():
    found = extract("The ministry said it would serve the company with a notice of non-compliance by Monday.", "2025-03-14")
    assert window(found, "non_compliance_notice") == ("2025-03-14", "2025-03-17")
    found = extract("The platform said it would appeal to the Administrative Court before the end of the month.", "2024-09-05")
    assert window(found, "legal_action") == ("2024-09-05", "2024-09-30")
    # the deadline of the compliance demanded, not of the notice
    found = extract("He said the ministry would send the platform a formal notice demanding that it comply by Dec. 4.", "2026-11-26")
    assert window(found, "non_compliance_notice")[1] != "2026-12-04"
