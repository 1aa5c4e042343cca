"""Date windows, session 8, fourth pass: one invented sentence group per rule, worded unlike the gold articles.

Each rule is listed in ``data/lexicons/README_events.md`` ("Session 8, fourth date pass").
"""

from helpers import dates, events
from conftest import window


def test_s8d_issued_span_is_found_after_the_counted_orders():
    t = ("The appeal, lodged on Monday, contests eight takedown orders issued by the Office of Online Safety "
         "between March 2019 and June 2020, the firm said.")
    phrases = dates.find_phrases(t)
    p = events.issued_span(t, phrases, t.index("eight"), t.index("issued") + len("issued"))
    assert p is not None and p.text.startswith("between March 2019")
    t = "The appeal, lodged on Monday, contests eight takedown orders, its lawyer said."
    assert events.issued_span(t, dates.find_phrases(t), t.index("eight"), t.index("orders") + 6) is None


def test_s8d_counted_orders_under_challenge_take_the_span_they_were_issued_in():
    body = ("The forum app Chatterly filed a petition on Monday challenging 12 blocking orders issued by the "
            "communications regulator between March 2019 and June 2020, its lawyer said.")
    assert window(body, "2021-05-12", "blocking_order") == ("2019-03-01", "2020-06-30")


def test_s8d_after_in_mid_clause_orders_cause_before_effect():
    # the refusal told after 'after' ends by the order told before the word; the order is the news already told
    body = ("The regulator ordered the forum app Chatterly blocked on March 3. "
            "The regulator ordered mobile carriers to block Chatterly after the app failed to delete 80 threads "
            "that officials said spread false claims.")
    start, end = window(body, "2025-03-19", "refusal", "failed to delete")
    assert end == "2025-03-03" and start <= "2025-03-03"  # on or before the order (a refusal may take its day)
    assert window(body, "2025-03-19", "blocking_order", "mobile carriers") == ("2025-03-03", "2025-03-03")


def test_s8d_after_link_needs_a_clause():
    t = "The regulator ordered carriers to block the app after the app failed to delete 80 threads."
    p = next(q for q in dates.find_phrases(t) if q.text == "after")
    assert events.after_link(t, p, t.index("failed"), t.index("failed") + 6, [], 0) == "cause"
    t = "The app withheld 212 of the accounts after the first order."
    p = next(q for q in dates.find_phrases(t) if q.text == "after")
    assert events.after_link(t, p, t.index("withheld"), t.index("withheld") + 8,
                             [(t.index("order"), t.index("order") + 5)], 0) == ""
