"""Events, session 31 (events14): classes of missed and false events of rounds 105-116, each with a case it must leave
alone. Sentences are made up (the Drevan regulator and the app Pellow); most run on the patterns alone (the learned
detector and verifier off: what new text gets).
- orders counted before a colon and told item by item after it ('two orders: one ..., and a second ...'): an event per
  item, the count's event being the first item's;
- a court's direction to a party ('The district court ordered Pellow to remove six posts') is no blocking order of its
  own when a ruling is found in the sentence;
- a parliamentary committee questioning or summoning a platform's people is no legal action (event_not_acts.csv);
- a later figure of a year told 'for 2020', 'in all of 2021' or 'after 2,851 in all of 2021' is an event of its own,
  dated by that year.
Not merged (the lead, session 31): a request reported inside a party's words as a statement of its own (the
held-out set got one false alarm more)."""
from test_events6 import LEAD
from test_events13 import of_type, told  # the patterns alone (detector and verifier off), as events13


def test_orders_counted_before_a_colon_are_told_item_by_item():
    body = LEAD + ("Pellow says it received two orders this autumn, not one: the first on Sept. 2 from the regulator, "
                   "naming 12 channels, and the second a week later from the police, naming 30 more.")
    rows = of_type(body, "blocking_order")
    later = rows[rows["evidence"].str.contains("naming", regex=False)]
    assert len(later) == 2, rows[["evidence", "date_start"]]
    first = later[later["evidence"].str.contains("the first on Sept. 2", regex=False)]
    assert len(first) == 1 and first.iloc[0]["date_start"] == "2025-09-02", later[["evidence", "date_start"]]
    second = later[later["evidence"].str.contains("the second a week later", regex=False)]
    assert len(second) == 1 and second.iloc[0]["evidence"].startswith("and the second")


def test_a_count_without_items_after_a_colon_stays_one_event():
    body = LEAD + "The regulator has sent Pellow three orders this autumn: the app has acted on none of them."
    rows = told(body, "blocking_order", "three orders")
    assert len(rows) == 1, of_type(body, "blocking_order")[["evidence"]]


def test_a_courts_direction_is_its_ruling_not_a_blocking_order():
    body = LEAD + "The district court in Varn on Tuesday upheld the complaint and ordered Pellow to remove six posts."
    assert len(of_type(body, "court_ruling")) == 1
    assert told(body, "blocking_order", "six posts").empty, of_type(body, "blocking_order")[["evidence"]]


def test_a_courts_order_told_alone_is_still_a_blocking_order():
    body = LEAD + "The district court in Varn on Tuesday ordered Pellow to remove six posts."
    assert len(told(body, "blocking_order", "six posts")) == 1
    body = LEAD + "The regulator on Tuesday ordered Pellow to remove six posts, a day after the court upheld its powers."
    assert len(told(body, "blocking_order", "six posts")) == 1  # the regulator's order, not the court's


def test_a_committee_questioning_executives_is_no_legal_action():
    body = LEAD + "The Drevan parliament's media committee questioned two Pellow executives for three hours on Monday."
    assert told(body, "legal_action", "questioned").empty, of_type(body, "legal_action")[["evidence"]]
    body = LEAD + "The media committee has summoned Pellow's country head to appear before it on Oct. 2."
    assert told(body, "legal_action", "summoned").empty


def test_police_questioning_executives_is_still_a_legal_action():
    body = LEAD + "Police in Varn questioned two Pellow executives for three hours on Monday."
    assert len(told(body, "legal_action", "questioned")) == 1


def test_a_later_figure_of_a_year_is_an_event_of_that_year():
    body = LEAD + "Pellow withheld 1,204 posts for 2024 and 988 for 2023, the regulator's annual reply said."
    rows = of_type(body, "withholding")
    later = rows[rows["evidence"].str.contains("988 for 2023", regex=False)]
    assert len(later) >= 1 and later.iloc[-1]["date_start"] == "2023-01-01", rows[["evidence", "date_start"]]


def test_a_figure_after_another_years_figure_is_an_event_of_that_year():
    body = LEAD + ("In a written reply on Tuesday, the regulator said it had ordered 412 Pellow channels blocked in the "
                   "first half of this year, after 930 in all of 2024.")
    rows = told(body, "blocking_order", "after 930")
    assert len(rows) == 1, of_type(body, "blocking_order")[["evidence", "date_start", "date_end"]]
    assert (rows.iloc[0]["date_start"], rows.iloc[0]["date_end"]) == ("2024-01-01", "2024-12-31")


def test_after_a_number_of_hours_is_no_compared_figure():
    body = LEAD + "The regulator ordered Pellow to block 40 more channels on Tuesday, after 48 hours of talks."
    rows = of_type(body, "blocking_order")
    assert rows[rows["evidence"].str.startswith("after 48")].empty, rows[["evidence"]]
