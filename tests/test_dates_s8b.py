"""Date windows, session 8, second pass: one invented sentence group per rule, worded unlike the gold articles.

Each rule is listed in ``data/lexicons/README_events.md`` ("Session 8, second date pass").
"""
import pandas as pd

from helpers import dates, events
from conftest import window


def test_s8b_said_after_the_hearing_is_news_of_the_day():
    body = ("The regulator ordered the forum app Chatterly to delete 90 threads on March 2. "
            "A judge heard the company's appeal against the order. "
            "In a statement after the hearing, the company said it was hopeful.")
    assert window(body, "2025-06-12", "statement", "after the hearing") == ("2025-06-11", "2025-06-12")


def test_s8b_an_undated_reaction_after_a_flashback_answers_the_latest_news():
    body = ("The regulator fined the forum app Chatterly on Monday for ignoring a removal order. "
            "The dispute goes back to a takedown order issued on Jan. 9, 2023. "
            "A press freedom group welcomed the move in a brief statement.")
    assert window(body, "2025-06-12", "statement", "welcomed") == ("2025-06-09", "2025-06-12")


def test_s8b_a_reaction_that_answers_in_turn_stays_with_the_anchor():
    body = ("The regulator fined the forum app Chatterly on Monday for ignoring a removal order. "
            "The dispute goes back to a takedown order issued on Jan. 9, 2023. "
            "The company, in turn, called the order unlawful in a brief statement.")
    assert window(body, "2025-06-12", "statement", "in turn")[0] == "2023-01-09"


def test_s8b_a_restoration_starts_at_the_order_not_at_the_notice_it_earned():
    body = ("On May 3 the ministry ordered Chatterly to block 40 accounts. "
            "The ministry served the company a non-compliance notice on May 6, after the platform restored the accounts.")
    assert window(body, "2025-06-12", "restoration", "restored") == ("2025-05-03", "2025-05-06")


def test_s8b_a_refusal_told_in_the_third_person_is_by_the_article_date():
    # the side classifier may give the journalist's sentence to the platform ('arguing that ...'): without 'we' or a
    # quotation it is still the journalist's present perfect, by the article date, not the paragraph's last date
    texts = ["The ministry sent its first order covering the channels on April 2, according to officials.",
             "Chatterly has so far blocked access to five of the channels, citing its own terms of service.",
             "It has refused to act on the rest, arguing that several are run by exiled reporters."]
    sents = pd.DataFrame({"text": texts, "side": ["government", "platform", "platform"], "paragraph": [1, 1, 1],
                          "char_start": [0, 100, 200]})
    found = events.extract("2025-05-20", sents)
    refusal = found[found["event_type"] == "refusal"].iloc[0]
    assert refusal["date_end"] == "2025-05-20"


def test_s8b_a_detected_event_in_the_days_after_clause_takes_the_main_clause_day():
    text_ = "Streams came back on Monday, two days after the bureau ordered the cut."
    spans = events.clauses(text_)
    ci = events.clause_of(spans, text_.index("two days after"))
    before = dates.Window("2025-06-14", "2025-06-14", "two days after", "order")
    assert events.main_clause_day(text_, spans, ci, before, "2025-06-18", None) == \
        dates.Window("2025-06-16", "2025-06-16", "on Monday", "relative")


def test_s8b_a_meeting_asked_for_next_week_is_dated_by_the_request():
    body = "The platform said on Tuesday that it had asked the regulator for a meeting next week."
    start, end = window(body, "2025-03-12", "meeting", "meeting")
    assert start == "" and end <= "2025-03-12"


def test_s8b_the_compared_figure_does_not_date_the_events_after_it():
    body = ("Chatterly said it received 900 removal demands in the second half of 2024, up from 400 in the first half, "
            "and complied fully with a third of them. "
            "A rival app reported 700 demands over the same six months.")
    assert window(body, "2025-02-18", "withholding", "complied") == ("2024-07-01", "2024-12-31")


def test_s8b_a_response_said_on_a_day_in_the_pluperfect_is_on_or_before_that_day():
    body = ("On March 10 the ministry ordered Chatterly to block 30 posts. "
            "Chatterly said on Thursday it had taken down 12 of the posts but would keep the rest.")
    assert window(body, "2025-03-14", "withholding", "taken down") == ("2025-03-10", "2025-03-13")


def test_s8b_a_notice_that_will_be_sent_this_week_is_in_the_rest_of_the_week():
    body = "The minister said the regulator would serve Chatterly a non-compliance notice this week."
    assert window(body, "2025-06-11", "non_compliance_notice", "notice") == ("2025-06-11", "2025-06-15")
