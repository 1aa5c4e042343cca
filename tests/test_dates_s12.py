"""Date windows, session 12: one invented sentence group per rule, worded unlike the gold articles.

These rules fixed 35 date errors of dev and rounds 4-57 (one new error) but changed no date on rounds 58-60 or the
held-out set, so session 12 did not adopt them (docs: the session-12 dates report); the tests keep them checkable.
"""

from conftest import window


def test_s12_timeline_entry_with_a_year_is_no_dateline():
    # 'March 3, 2023 — ...' opens a timeline entry: its date dates the entry's events (a dateline names its place first)
    body = ("How the dispute unfolded.\n\n"
            "March 3, 2023 — The telecoms board ordered providers to block the forum Talkwell.\n\n"
            "June 9, 2023 — Talkwell filed a challenge in the administrative court.")
    assert window(body, "2024-05-10", "blocking_order") == ("2023-03-03", "2023-03-03")
    assert window(body, "2024-05-10", "legal_action") == ("2023-06-09", "2023-06-09")


def test_s12_fronted_days_after_counts_forward_from_the_event_before():
    # 'Three days after the raid, X published ...': three days after the raid, not three days before the narrative day
    body = ("Police searched the offices of the video app Vistro on Tuesday, May 7.\n\n"
            "Three days after the raid, Vistro published a statement calling the search unlawful.")
    assert window(body, "2024-05-14", "statement", "Three days after") == ("2024-05-10", "2024-05-10")


def test_s12_since_a_month_when_dates_the_when_clause_by_that_month():
    # 'at odds since March, when the ministry ordered ...': the order is of March, not of every day since
    body = ("The forum Talkwell has been at odds with the ministry since March, when the ministry ordered it to "
            "block 40 accounts.")
    assert window(body, "2024-08-20", "blocking_order") == ("2024-03-01", "2024-03-31")


def test_s12_hours_before_the_event_told_before():
    # 'Hours before the hearing, X posted ...': on the hearing's day or the day before, not any day before it
    body = ("The committee heard the company's chief on Wednesday, May 8.\n\n"
            "Hours before the hearing, Vistro published a statement on its blog defending its record.")
    assert window(body, "2024-05-10", "statement", "Hours before") == ("2024-05-07", "2024-05-08")


def test_s12_deadline_day_does_not_bound_an_undated_event():
    # 'a March 20 deadline' is the day an act is due by: it neither starts nor ends the compliance told before it
    body = ("Vistro had complied with the orders only days before going to court, after the ministry sent a final "
            "notice setting a March 20 deadline.")
    start, end = window(body, "2024-05-10", "withholding")
    assert end != "2024-03-20" and start != "2024-03-20"


def test_s12_threat_source_named_with_a_title_abbreviation():
    # 'The order, signed by Dr. X, gives ... and warns': the threat is the order's (the 'Dr.' does not hide it)
    body = ("The regulator ordered Vistro on Monday, May 6, to remove 30 videos.\n\n"
            "The order, signed by Dr. Ilka Varn, gives the company two days to comply and warns that its managers "
            "could face fines of up to 50,000 crowns.")
    assert window(body, "2024-05-10", "legal_threat", "warns") == ("2024-05-06", "2024-05-06")
