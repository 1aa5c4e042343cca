"""Session 20: a date that opens a sentence ('August 3 — ...', 'Wednesday, February 3: ...') is a timeline entry's
day, not a dateline, even when a hyphenated word follows it (a dateline names its place first, or its agency after
the date); a plain weekday inside such an entry is on or before the entry's day; 'on that Monday' / 'on the Sunday'
is the weekday of the narrative (on or before the day told just before), not the latest before the article date; a
time ahead in a threat ('would open proceedings next week') is the threatened act's, the threat is made when said;
'threatened to have the app removed' tells no removal; a day after 'set a hearing for' or 'listed the matter for' is
the scheduled hearing's, not the ruling's or order's told beside it; 'next month' / 'next year' are the next calendar
month and year ('later this year': to its end), and a statement whose day is told before it keeps that day over a
time ahead it reports. Invented texts, wording unlike the gold articles."""
from helpers import actors, dates, events, text


def extract(body: str, date: str) -> list[dict]:
    found = events.extract(date, actors.attribute(body, text.split_sentences(body)))
    return found.to_dict("records")


def window(rows: list[dict], etype: str) -> tuple[str, str]:
    found = [r for r in rows if r["event_type"] == etype]
    assert found, f"no {etype} event in {rows}"
    return found[0]["date_start"], found[0]["date_end"]


def test_a_timeline_entrys_opening_day_dates_it_despite_a_hyphen_after_it():
    body = ("Ten days of the Quorra dispute\n\n"
            "Sunday, March 7: The regulator orders Quorra to block 40 channels.\n\n"
            "Tuesday, March 9: The regulator serves a non-compliance notice on Quorra.")
    rows = extract(body, "2027-03-17")
    assert window(rows, "non_compliance_notice") == ("2027-03-09", "2027-03-09")


def test_an_entry_opening_with_a_day_and_a_dash_is_no_dateline():
    body = ("The year in review\n\n"
            "May 12 — The bureau ordered the app Pebblecast to remove 25 podcasts.\n\n"
            "June 20 — Pebblecast refused an order to remove 12 more, calling it unlawful.")
    rows = extract(body, "2027-12-28")
    assert window(rows, "blocking_order") == ("2027-05-12", "2027-05-12")
    assert window(rows, "refusal") == ("2027-06-20", "2027-06-20")


def test_a_dateline_with_its_place_or_agency_is_still_no_event_date():
    rows = extract("ORLAVIA CITY, March 17 (Tern Wire) - The regulator has ordered Quorra to block 40 channels.",
                   "2027-03-17")
    assert window(rows, "blocking_order") == ("2027-03-16", "2027-03-17")
    assert events.dated_phrases("March 17 (Tern Wire) - The regulator has ordered Quorra to block channels.") == []


def test_a_weekday_inside_a_timeline_entry_is_on_or_before_its_day():
    body = ("How the week went\n\n"
            "March 1: On Monday evening, Quorra withheld the 40 channels in Orlavia.")
    rows = extract(body, "2027-03-12")
    assert window(rows, "withholding") == ("2027-03-01", "2027-03-01")


def test_on_the_weekday_is_the_narratives_weekday():
    body = ("Quorra blocked the channels on Tuesday, March 2, after weeks of pressure.\n\n"
            "The bureau had sent Quorra an emergency order on the Sunday, listing 40 channels.")
    rows = extract(body, "2027-03-12")
    assert window(rows, "blocking_order") == ("2027-02-28", "2027-02-28")


def test_a_threats_time_ahead_is_the_threatened_acts():
    body = ("The bureau ordered Quorra to block 40 channels on Monday.\n\n"
            "Its director warned that the bureau would open proceedings for fines next week if the channels stayed up.")
    rows = extract(body, "2027-03-17")
    start, end = window(rows, "legal_threat")
    assert end <= "2027-03-17" and start < "2027-03-22"


def test_a_threatened_removal_is_no_withholding():
    body = "The regulator threatened to have the Quorra app removed from the country's app stores."
    rows = extract(body, "2027-03-17")
    assert not [r for r in rows if r["event_type"] == "withholding"]


def test_a_scheduled_hearings_day_is_not_the_rulings():
    body = ("The fine that was never paid\n\n"
            "Saturday, 6 March: The court in Orla set a hearing for 20 March and ordered that the fine not be collected "
            "until then.")
    rows = extract(body, "2027-03-08")
    assert window(rows, "court_ruling") == ("2027-03-06", "2027-03-06")


def test_next_month_and_next_year_are_the_next_calendar_month_and_year():
    assert [(p.text, dates.resolve(p, "2027-03-17").start, dates.resolve(p, "2027-03-17").end)
            for p in dates.find_phrases("The panel will hear the bureau next month and the app next year.")] == [
        ("next month", "2027-04-01", "2027-04-30"), ("next year", "2028-01-01", "2028-12-31")]
    assert [(p.text, dates.resolve(p, "2027-03-17").start, dates.resolve(p, "2027-03-17").end)
            for p in dates.find_phrases("The rules take effect later this year.")] == [
        ("later this year", "2027-03-17", "2027-12-31")]
    assert all(p.text != "next month" for p in dates.find_phrases("Over the next month the bureau will review them."))
    rows = extract("The bureau will meet Quorra executives next month.", "2027-03-17")
    assert window(rows, "meeting") == ("2027-04-01", "2027-04-30")


def test_a_statements_day_told_before_it_beats_the_time_ahead_it_reports():
    # as the learned detector places a statement it finds: at a word after 'that', nearer the time ahead
    line = ("November 18 — Quorra's chief executive said at a trade fair that the company would open an office in "
            "Orlavia next year.")
    spans, pos = events.clauses(line), line.index("office")
    window, own = events.date_for(line, spans, 0, pos, pos + 6, False, "2027-12-28", None, None, [], "statement")
    assert (window.text, own) == ("next year", True)  # what the rule corrects
    window, own, _ = events.not_ahead(line, spans, 0, pos, pos + 6, False, "2027-12-28", None, [], "statement",
                                      window, own)
    assert (window.start, window.end, own) == ("2027-11-18", "2027-11-18", True)
    # with no day told before the saying, a statement keeps the time ahead (a scheduled statement)
    line = "The bureau said it would publish the list of the orders next year."
    spans, pos = events.clauses(line), line.index("publish")
    window, own = events.date_for(line, spans, 0, pos, pos + 7, False, "2027-12-28", None, None, [], "statement")
    kept = events.not_ahead(line, spans, 0, pos, pos + 7, False, "2027-12-28", None, [], "statement", window, own)
    assert kept[0] == window
