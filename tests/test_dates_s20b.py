"""Session 20, second pass: a day told without its year soon after the narrative reached a day of an earlier year is in
that year (a look-back piece or timeline written a year later); 'between October and December last year' is one
window of that year; a bare month told ahead ('will take effect in March', told in December) is the coming one, not
one of a past act told after the future word; 'a week later' / 'two weeks later' count from the event told before, 'after about five hours' is its day or the next;
'its 2019 order', 'whose 2011 ruling' date the act by that year; an act told as done is not dated by a time ahead the
sentence tells of something else; a statement whose words hold a modal is news of the day, not a plan; a threat the
letter told just before 'warned' of takes the letter's day. Invented texts, wording unlike the gold articles."""
from helpers import actors, dates, events, text


def extract(body: str, date: str) -> list[dict]:
    found = events.extract(date, actors.attribute(body, text.split_sentences(body)))
    return found.to_dict("records")


def window(rows: list[dict], etype: str) -> tuple[str, str]:
    found = [r for r in rows if r["event_type"] == etype]
    assert found, f"no {etype} event in {rows}"
    return found[0]["date_start"], found[0]["date_end"]


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
