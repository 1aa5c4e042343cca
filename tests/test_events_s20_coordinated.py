"""Events, session 20 (third pass): a second act of the platform told with the first's subject is an event of its own."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def withheld(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    found = extract(body, date)
    return found[found["event_type"] == "withholding"].sort_values("char_start")


def test_a_coordinated_second_act_is_its_own_event_with_its_count_and_the_first_acts_date():
    rows = withheld("On Tuesday, Vidora removed 1,178 videos and suspended 212 accounts, the regulator said.")
    assert len(rows) == 2
    assert "suspended 212 accounts" in rows.iloc[1]["evidence"]
    assert rows.iloc[1]["count"] == 212
    assert (rows.iloc[1]["date_start"], rows.iloc[1]["date_end"]) == (rows.iloc[0]["date_start"], rows.iloc[0]["date_end"])
    rows = withheld("The company said it had withheld a portion of the listed accounts, in India only, and had taken "
                    "action on more than 500 accounts in all.")
    assert len(rows) == 2
    assert rows.iloc[1]["evidence"].startswith("and had taken action")  # its own clause: evidence of its own


def test_a_time_told_inside_the_first_act_does_not_date_the_second():
    rows = withheld("In a statement on Thursday, the company said it had removed 10,000 reviews last month already and "
                    "had suspended 140 seller accounts.", "2023-04-14")
    assert len(rows) == 2
    assert rows.iloc[0]["date_start"] == "2023-03-01"
    assert rows.iloc[1]["date_start"] != "2023-03-01"


def test_what_the_labels_keep_as_one_event_stays_one():
    # complying with orders and withholding posts is one act told twice
    assert len(withheld("Last year Threadline complied with two smaller orders and withheld 46 posts in Corvania.",
                        "2026-01-10")) == 1
    # a vague part ('some others', 'some of them') adds no event; nor does a pronoun object ('blocked them')
    assert len(withheld("The company said it had withheld a portion of the accounts and had suspended some others.")) == 1
    assert len(withheld("Vidora removed 1,178 videos and blocked them in the country.")) == 1
