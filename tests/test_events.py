"""Events: types, sides, counts, windows and lexicon checks on small texts written for the tests."""
import pandas as pd
import pytest

from helpers import actors, events, paths, text


def extract(body: str, date: str = "2021-02-10") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def test_one_sentence_holds_several_events():
    body = ("The company said several orders had arrived. “Out of these, two were emergency blocking orders that "
            "we temporarily complied with but subsequently restored access to the content,” the company wrote.")
    found = extract(body)
    assert {"blocking_order", "withholding", "restoration"} <= set(found["event_type"])
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert order["side"] == "government" and order["count"] == 2 and order["count_unit"] == "orders"
    assert found[found["event_type"] == "withholding"].iloc[0]["side"] == "platform"


def test_counts_and_relative_window():
    found = extract("It recently blocked more than 500 accounts in the country.")
    row = found[found["event_type"] == "withholding"].iloc[0]
    assert (row["count"], row["count_unit"]) == (500, "accounts")
    assert (row["date_start"], row["date_end"]) == ("", "2021-02-10")


def test_evidence_offsets_index_the_body():
    body = "Twitter on Monday withheld about 250 accounts in India, and then restored most of them the same evening."
    found = extract(body, "2021-02-02")
    for row in found.itertuples():
        assert body[row.char_start:row.char_end] == row.evidence
    got = found.set_index("event_type")
    assert got.loc["withholding", "date_start"] == "2021-02-01"
    assert got.loc["restoration", "date_end"] == "2021-02-01"


def test_no_duplicate_events():
    found = extract("The ministry sent Twitter two orders earlier this month and a notice of non-compliance.")
    assert not found.duplicated(["event_type", "side", "evidence"]).any()


def test_plan_gets_only_a_start():
    found = extract("Streamly will soon publish the orders it has received.", "2023-03-15")
    row = found[found["event_type"] == "statement"].iloc[0]
    assert row["date_start"] == "2023-03-15" and row["date_end"] == ""


def test_contract_columns_and_types():
    found = extract("The Centre on Thursday notified new rules, giving platforms three months.", "2021-02-26")
    assert list(found.columns) == events.EVENT_COLUMNS
    assert str(found["count"].dtype) == "Int64"
    assert found.iloc[0]["date_start"] == "2021-02-25"


def test_empty_sentences_give_empty_table():
    empty = events.extract("2021-02-10", text.split_sentences(""))
    assert empty.empty and list(empty.columns) == events.EVENT_COLUMNS


def test_deterministic():
    body = (paths.ARTICLES / "2021-02-10_pocketnow_twitter-blocking-orders.txt").read_text(encoding="utf-8")
    assert extract(body).equals(extract(body))


def test_patterns_are_valid_and_typed():
    for trig in events.patterns():
        assert trig.event_type in events.EVENT_TYPES and trig.side in events.SIDES


def test_bad_pattern_row_names_file_and_row(tmp_path, monkeypatch):
    (tmp_path / "event_patterns.csv").write_text(
        "event_type,side_rule,side,actor,plan,pattern,note\nnot_a_type,fixed,government,,no,x,\n", encoding="utf-8")
    monkeypatch.setattr(paths, "LEXICONS", tmp_path)
    events.patterns.cache_clear()
    with pytest.raises(ValueError, match=r"event_patterns.csv row 2"):
        events.patterns()
    events.patterns.cache_clear()


@pytest.mark.parametrize("text,etype", [
    ("The government on Wednesday issued a notice to Twitter.", "non_compliance_notice"),
    ("The ministry had on Sunday ordered the accounts blocked.", "blocking_order"),
    ("Failure to comply could invite punishment of up to seven years in jail.", "legal_threat"),
    ("A Twitter spokesperson said in an emailed statement that staff safety came first.", "statement"),
    ("On Wednesday, the court suspended the ban until a full hearing.", "court_ruling"),
    ("Twitter complied the next morning.", "withholding"),
    ("Police said they had questioned two of the company's local staff last week.", "legal_action"),
])
def test_issue4_trigger_families(text, etype):
    sents = pd.DataFrame({"sentence_id": [0], "char_start": [0], "char_end": [len(text)], "text": [text],
                          "paragraph": [0], "side": ["narrator"], "speaker": [""]})
    assert etype in set(events.extract("2021-02-03", sents)["event_type"])


def test_issue4_conditions_are_not_events():
    text = "The ministry warned it could lose its protection if it did not comply by July 4."
    sents = pd.DataFrame({"sentence_id": [0], "char_start": [0], "char_end": [len(text)], "text": [text],
                          "paragraph": [0], "side": ["narrator"], "speaker": [""]})
    assert "refusal" not in set(events.extract("2022-07-06", sents)["event_type"])
