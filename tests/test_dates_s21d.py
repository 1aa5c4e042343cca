"""Date windows, session 21 fourth pass: which event a date phrase attaches to — a date ending a past-perfect
relative clause ('accounts it had withheld on Monday') dates that clause, and a bare month or weekday modifying a
noun ('the June ruling', 'its Thursday editorial') dates that noun, not the sentence's other verbs."""
from helpers import events
from test_events import extract


def phrase_in(text: str, word: str):
    return next(p for p in events.dated_phrases(text) if word in p.text)


def test_date_in_perfect_relative_clause_is_not_the_main_verbs():
    text = "The regulator fined the app on Monday for failing to block 40 channels it had ordered shut in January."
    jan = phrase_in(text, "January")
    fined = text.index("fined")
    assert events.in_perfect_relative(text, jan, fined, fined + len("fined"))
    had = text.index("ordered")  # the clause's own verb keeps it
    assert not events.in_perfect_relative(text, jan, had, had + len("ordered"))
    after = ("The ministry restored 250 accounts that it had withheld on Sunday, warning the company not to repeat it.")
    sunday = phrase_in(after, "Sunday")
    warn = after.index("warning")
    assert events.in_perfect_relative(after, sunday, warn, warn + len("warning"))


def test_perfect_relative_keeps_reports_nouns_and_coming_periods():
    said = "The company said it had received 37 removal requests since September and had acted on nine."
    acted = said.index("acted")
    assert not events.in_perfect_relative(said, phrase_in(said, "September"), acted, acted + 5)  # a report
    noun = "The company challenged the 40 orders it had received from the ministry in March."
    pos = noun.index("orders")
    assert not events.in_perfect_relative(noun, phrase_in(noun, "March"), pos, pos + 6)
    lifted = "The regulator lifted a bandwidth restriction it had imposed on the service on March 1."
    pos = lifted.index("lifted")  # the trigger ends at the clause's noun: the sentence's only date of that act
    assert not events.in_perfect_relative(lifted, phrase_in(lifted, "March"), pos, lifted.index(" it had"))
    far = "The regulator fined the app for failing to remove 40 of the many channels it had flagged in January."
    pos = far.index("fined")  # far from the clause: the fine is not of January
    assert events.in_perfect_relative(far, phrase_in(far, "January"), pos, pos + 5)
    coming = "She said it would publish a list of the orders it had received within the next 30 days."
    pos = coming.index("publish")
    assert not events.in_perfect_relative(coming, phrase_in(coming, "next"), pos, pos + len("publish"))


def test_month_or_weekday_modifying_a_noun_dates_the_noun():
    text = "The rights group said in a statement that the June ruling set a worrying precedent."
    june = phrase_in(text, "June")
    said = text.index("said")
    assert events.noun_modifier(text, june, said, said + 4)
    ruling = text.index("June")  # the noun phrase itself keeps it
    assert not events.noun_modifier(text, june, ruling, ruling + len("June ruling"))
    plain = "The ministry ordered the block in June and the company complied."
    pos = plain.index("ordered")
    assert not events.noun_modifier(plain, phrase_in(plain, "June"), pos, pos + 7)


def test_weekday_editorial_does_not_date_the_warning():
    body = ("Officials have threatened the company's local staff with prosecution. The newspaper's owners backed the "
            "platform on Saturday. Its Thursday editorial warned that threatening local staff with jail terms would "
            "chill speech.")
    found = extract(body, "2021-02-14")
    thursday = "2021-02-11"
    for row in found[found["evidence"].str.contains("editorial")].itertuples():
        assert not (row.date_start == thursday and row.date_end == thursday)
