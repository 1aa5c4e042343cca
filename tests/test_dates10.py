"""Date windows, session 29 (dates10): an act told in a ', after ...' clause behind a dated main clause (a long
subject, or the act named further into the clause) ends on the main clause's day unless the after-clause tells its
own day; a day set ahead in the present or by an appearance to come ('returns to court on', 'lists for', 'we meet
... on', 'summoned ... to appear before it on') is the coming one; a day inside 'according to X,' dates the source,
not an act told outside it with a time of its own. Sentences written for these tests."""

from conftest import window


def test_after_clause_with_a_long_subject_ends_on_the_main_day():
    body = ("The columnist lost access to her account on May 2, after the Office of Digital Communications and "
            "Media ordered the app Dovetail to withhold it.")
    assert window(body, "2024-05-16", "blocking_order") == ("", "2024-05-02")


def test_after_clause_act_named_further_in_ends_on_the_main_day():
    body = ("The regulator sent Dovetail a warning letter on May 3, after the company restored about 90 accounts it "
            "had withheld under an emergency order.")
    assert window(body, "2024-05-16", "withholding")[1] == "2024-05-03"


def test_after_clause_with_its_own_day_keeps_it():
    body = ("The regulator sent Dovetail a warning letter on May 3, after the company withheld about 90 accounts on "
            "May 1 and restored most of them the same evening.")
    assert window(body, "2024-05-16", "withholding") == ("2024-05-01", "2024-05-01")
    # a time in a relative clause inside the after-clause is not the act's ('a ban that had kept it offline since')
    body = ("Readers could open the site Quillpage again on Wednesday, after the regulator lifted a ban that had "
            "kept it offline since March 9, 2021.")
    assert window(body, "2024-05-16", "restoration") == ("", "2024-05-15")  # on or before that Wednesday


def test_a_case_returning_to_court_is_ahead():
    body = "The case returns to court on September 3, when the judge will rule on the fine against Dovetail."
    assert window(body, "2024-05-16", "legal_action") == ("2024-09-03", "2024-09-03")


def test_an_appearance_to_come_is_ahead_but_not_one_told_as_past():
    body = "The committee has summoned the local managers of Dovetail to appear before it on June 4."
    assert window(body, "2024-05-16", "meeting") == ("2024-06-04", "2024-06-04")
    body = "The local managers of Dovetail were summoned to appear before the committee on June 4."
    assert window(body, "2024-05-16", "meeting") == ("2023-06-04", "2023-06-04")


def test_a_day_inside_according_to_dates_the_source_only():
    body = ("According to a ministry statement issued on Tuesday, the police ordered Dovetail to block the account "
            "last week.")
    assert window(body, "2024-05-16", "blocking_order") == ("2024-05-06", "2024-05-12")
    # without a time of its own, the act still takes the source's day
    body = "According to a ministry statement issued on Tuesday, the police ordered Dovetail to block the account."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-05-14", "2024-05-14")


def test_a_week_or_fortnight_of_a_month_is_that_part_of_it():
    body = "In the first week of April the ministry ordered the app Dovetail to block 60 accounts."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-04-01", "2024-04-07")
    body = "In the last week of April the ministry ordered the app Dovetail to block 60 accounts."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-04-24", "2024-04-30")
    body = "In the first fortnight of April the ministry ordered the app Dovetail to block 60 accounts."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-04-01", "2024-04-14")


def test_two_months_joined_by_and_bound_a_window():
    body = "The ministry sent the app Dovetail two more blocking orders in February and March."
    assert window(body, "2024-05-16", "blocking_order") == ("2024-02-01", "2024-03-31")

