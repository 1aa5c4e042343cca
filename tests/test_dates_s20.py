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


# Second pass: a day told without its year soon after the narrative reached a day of an earlier year is in
# that year (a look-back piece or timeline written a year later); 'between October and December last year' is one
# window of that year; a bare month told ahead ('will take effect in March', told in December) is the coming one, not
# one of a past act told after the future word; 'a week later' / 'two weeks later' count from the event told before, 'after about five hours' is its day or the next;
# 'its 2019 order', 'whose 2011 ruling' date the act by that year; an act told as done is not dated by a time ahead the
# sentence tells of something else; a statement whose words hold a modal is news of the day, not a plan; a threat the
# letter told just before 'warned' of takes the letter's day. Invented texts, wording unlike the gold articles.


def phrase_window(sentence: str, article_date: str, anchor: dates.Window | None = None) -> dates.Window:
    found = dates.find_phrases(sentence)
    assert found, sentence
    return dates.resolve(found[0], article_date, anchor)


def test_a_day_without_its_year_follows_the_narratives_earlier_year():
    anchor = dates.Window("2026-03-30", "2026-03-30", "March 30, 2026", "explicit")
    assert dates.narrative_year("2027-04-02", anchor) == "2026-04-02"
    assert dates.narrative_year("2027-09-02", anchor) == "2027-09-02"  # months after it: the latest before the article
    assert dates.narrative_year("2027-04-02", None) == "2027-04-02"
    body = ("Twelve months after the Pebblecast row\n\n"
            "March 30, 2026: The bureau ordered Pebblecast to remove 25 podcasts.\n\n"
            "April 2: The bureau served a non-compliance notice on Pebblecast.")
    rows = extract(body, "2027-04-05")
    assert window(rows, "non_compliance_notice") == ("2026-04-02", "2026-04-02")


def test_a_month_range_of_last_year_is_one_window():
    w = phrase_window("the orders were sent between August and November last year", "2028-02-10")
    assert (w.start, w.end) == ("2027-08-01", "2027-11-30")
    assert [p.text for p in dates.find_phrases("sent between August and November last year")] == [
        "between August and November last year"]  # not 'last year' on its own, the whole year
    w = phrase_window("requests from January to March this year", "2028-02-10")
    assert (w.start, w.end) == ("2028-01-01", "2028-03-31")  # without it: January to March of 2027


def test_a_bare_month_told_ahead_is_the_coming_one():
    rows = extract("The bureau said the new takedown rules will take effect in April.", "2027-11-20")
    assert window(rows, "rule_change") == ("2028-04-01", "2028-04-30")


def test_a_month_of_a_past_act_after_a_future_word_stays_past():
    assert events.PAST_WORD.search("review each of the requests it sent Pebblecast in ")
    assert not any(not events.BE_BEFORE.search(t, 0, m.start()) for t in ["it will be introduced in "]
                   for m in events.PAST_WORD.finditer(t))


def test_weeks_later_count_from_the_event_told_before():
    anchor = dates.Window("2026-06-02", "2026-06-02", "June 2", "explicit")
    w = phrase_window("A week later, the company replied.", "2027-01-10", anchor)
    assert (w.start, w.end) == ("2026-06-09", "2026-06-09")
    w = phrase_window("Three weeks later, it went to court.", "2027-01-10", anchor)
    assert (w.start, w.end) == ("2026-06-23", "2026-06-23")


def test_a_year_before_an_act_noun_dates_it():
    w = phrase_window("a judge whose 2014 verdict overturned a ban", "2027-01-10")
    assert (w.start, w.end) == ("2014-01-01", "2014-12-31")
    assert not dates.find_phrases("under the 2009 blocking rules") or all(
        p.text != "the 2009" for p in dates.find_phrases("under the 2009 blocking rules"))


def test_a_done_act_ignores_a_time_ahead_of_something_else():
    sentence = "Pebblecast has refused an order to remove 12 podcasts that announce a rally next week."
    pos = sentence.index("has refused")
    ahead = dates.Window("2027-06-21", "2027-06-27", "next week", "relative")
    got, _, _ = events.not_ahead(sentence, [(0, len(sentence))], 0, pos, pos + len("has refused"), False, "2027-06-16",
                                 None, [], "refusal", ahead, True)
    assert got.text != "next week" and (not got.start or got.start <= "2027-06-16")
    planned = "Pebblecast would be restored to the app stores next week."  # told ahead: as told
    got, _, _ = events.not_ahead(planned, [(0, len(planned))], 0, planned.index("restored"), planned.index(" to the"),
                                 False, "2027-06-16", None, [], "restoration", ahead, True)
    assert got == ahead


def test_a_statement_with_a_modal_in_its_words_is_news_of_the_day():
    sentence = "Pebblecast said it disagreed with the bureau but would obey the law."
    pos = sentence.index("said")
    spans = [(0, len(sentence))]
    said, _ = events.date_for(sentence, spans, 0, pos, len(sentence) - 1, True, "2027-06-16", None, None, (), "statement")
    assert (said.start, said.end) == ("2027-06-15", "2027-06-16")
    threat, _ = events.date_for(sentence, spans, 0, pos, len(sentence) - 1, True, "2027-06-16", None, None, (), "legal_action")
    assert (threat.start, threat.end) == ("2027-06-16", "")  # a plan of another kind: from the article date on


def test_a_threat_the_letter_warned_of_takes_the_letters_day():
    assert "statement" in events.threat_sources(["The letter warned that the office could be closed."])



def test_after_some_hours_is_the_day_of_the_event_told_before_or_the_next():
    anchor = dates.Window("2026-06-02", "2026-06-02", "June 2", "explicit")
    w = phrase_window("Pebblecast put the podcasts back after about five hours.", "2027-01-10", anchor)
    assert (w.start, w.end) == ("2026-06-02", "2026-06-03")


# Third pass (narrative order): a question's order words ('why did X first comply and then back
# down?') move no narrative time; 'the same week' / 'later that week' is the week of the event told just before (a
# month told before: that month to six days after it); a blog post, note or letter told with no date right after its
# paragraph's day is of that day, not of every day since; 'the day before' / 'a day earlier' (no noun after it)
# is the day before the event told just before. Invented texts, wording unlike the gold articles.


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
