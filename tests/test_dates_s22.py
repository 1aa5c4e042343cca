"""Session 22 (dates1, the telling against the reported act): a day that dates the telling ('In a blog post on
Wednesday, X said it had withheld ...', 'X said on Monday that it had served a notice ...') bounds the act the telling
reports from above; it is not the act's own day. Invented texts, run with the date chooser off (conftest)."""
from helpers import dates, events


def run(texts: list[str], article_date: str = "2024-03-15") -> list[tuple[str, str, str]]:
    sents = {"text": texts, "paragraph": list(range(len(texts))),
             "char_start": [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]}
    c = events.extract_columns(article_date, sents)
    return list(zip(c["event_type"], c["date_start"], c["date_end"]))


ORDER = "The ministry ordered Quibble to block 300 accounts on March 4."


def window_of(rows, etype):
    return next((s, e) for t, s, e in rows if t == etype)


def test_day_before_the_speech_verb_bounds_the_pluperfect_act():
    rows = run([ORDER, "In a blog post on Wednesday, Quibble said it had withheld the accounts."])
    assert window_of(rows, "withholding") == ("2024-03-04", "2024-03-13")  # from the order, up to the telling
    assert window_of(rows, "statement") == ("2024-03-13", "2024-03-13")  # the telling keeps its day


def test_fronted_day_then_speech_verb():
    rows = run([ORDER, "On Wednesday, Quibble said it had withheld the accounts."])
    assert window_of(rows, "withholding") == ("2024-03-04", "2024-03-13")


def test_pluperfect_after_a_first_reported_verb():
    rows = run([ORDER, "Quibble said on Wednesday that it was studying the order and had withheld 200 accounts."])
    assert window_of(rows, "withholding") == ("2024-03-04", "2024-03-13")


def test_said_had_helper_forms():
    w = dates.Window("2024-03-13", "2024-03-13", "on Wednesday", "relative")
    text = "In a note on Wednesday, the platform said it had withheld the posts."
    assert events.said_had(text, w, text.index("withheld"))
    text = "On Wednesday the platform withheld the posts, and the minister said it had been warned."
    assert not events.said_had(text, w, text.index("withheld"))  # the act's own day, told before any speech verb


def test_timeline_stamp_is_not_a_telling_day():
    w = dates.Window("2024-03-13", "2024-03-13", "14:05", "relative")
    text = "14:05 – A spokesperson said the company had restored the accounts."
    phrases = [p.text for p in events.dated_phrases(text)]
    if "14:05" in phrases:
        assert not events.said_had(text, w, text.index("restored"))


def test_notice_reported_with_a_dated_telling_starts_from_the_event_before():
    rows = run([ORDER, "Quibble restored the accounts on March 6.",
                "The ministry said on Wednesday that it had served Quibble with a notice for restoring the accounts."])
    assert window_of(rows, "non_compliance_notice") == ("2024-03-06", "2024-03-13")


def test_legal_action_reported_in_a_lead_keeps_the_telling_day():
    rows = run(["Quibble said on Wednesday it had filed an appeal against the fine with the Administrative Court."])
    s, e = window_of(rows, "legal_action")
    assert e == "2024-03-13" and s == "2024-03-13"  # nothing told before it: the news of the telling's day


def test_act_with_its_own_day_is_unchanged():
    rows = run([ORDER, "The ministry said on Wednesday that it had served Quibble with a notice on March 8."])
    assert window_of(rows, "non_compliance_notice") == ("2024-03-08", "2024-03-08")
