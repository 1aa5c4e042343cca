"""Session 13 (a newcomer's dispute): event actors named as the sentences name speakers, a stance on talks that is no
meeting, and the count of a part ('375 of the 412 orders'); each on invented texts."""
import pandas as pd
import pytest

from conftest import copied_lexicons
from helpers import actors, events, paths, text

ROWS = ("lanmark_gov,Government of Lanmark,government,named,,Government of Lanmark|Lanmark government\n"
        "lanmark_mod,Ministry of Online Order,government,named,lanmark_gov,Ministry of Online Order|Lanmark's "
        "online ministry\n"
        "lanmark_sac,Supreme Administrative Court of Lanmark,government,named,,Supreme Administrative Court|Lanmark's Supreme Administrative Court\n"
        "brindle,Brindle,platform,named,,Brindle\n"
        "ada_voss,Ada Voss,platform,named,brindle,Ada Voss|Voss\n")


@pytest.fixture
def registered(tmp_path, monkeypatch):
    """The shipped lexicons with a new dispute's actors added to actors.csv (as a newcomer adds them)."""
    folder = copied_lexicons(tmp_path)
    with open(folder / "actors.csv", "a", encoding="utf-8") as f:
        f.write(ROWS)
    monkeypatch.setattr(paths, "LEXICONS", folder)
    clear()
    yield
    monkeypatch.undo()
    clear()


def clear():
    for module in (actors, events):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()
    actors._LOOKUPS.clear()
    actors._CURRENT[:] = [None, None]
    actors._MENTIONS.clear()


def extract(body: str, date: str) -> pd.DataFrame:
    return events.extract(date, actors.attribute(body, text.split_sentences(body)))


ARTICLE = ("Lanmark's online ministry on Tuesday ordered Brindle to block 300 accounts. Brindle's head of policy, "
           "Ada Voss, said most belonged to reporters. By Wednesday evening the company had withheld 40 of the "
           "accounts. The ministry served Brindle with a notice of non-compliance on Friday, saying the app had ignored "
           "260 of the 300 blocking orders. Lanmark's Supreme Administrative Court on Monday suspended the ministry's orders until it "
           "has heard the case.")


def test_event_actors_are_named_as_the_sentences_name_speakers(registered):
    found = extract(ARTICLE, "2026-05-20")
    first = {}
    for r in found.itertuples():
        first.setdefault(r.event_type, r.actor)
    assert first["blocking_order"] == "Ministry of Online Order"  # an alias: the display name
    assert first["withholding"] == "Brindle"  # 'the company': the platform, not Ada Voss met last
    assert first["non_compliance_notice"] == "Ministry of Online Order"  # 'the ministry'
    ruling = found[found["event_type"] == "court_ruling"].iloc[0]
    assert ruling["actor"] == "Supreme Administrative Court of Lanmark"  # the court that rules, not the ministry named after it
    assert set(found["side"]) <= {"government", "platform"}


def test_a_role_word_keeps_its_word_without_an_actor_of_its_family(registered):
    body = ("Judge Ivo Pell on Monday heard Brindle's petition. The ministry ordered Brindle on Tuesday to block "
            "300 accounts.")
    found = extract(body, "2026-05-20")
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert order["actor"].lower() == "ministry"  # a judge named before is no ministry


def test_a_stance_on_talks_is_no_meeting():
    found = extract("A Brindle spokesperson said the company remained committed to talks with the government.",
                    "2026-05-20")
    assert "meeting" not in set(found["event_type"])
    held = extract("Brindle is due to hold talks with senior officials of the ministry.", "2026-05-20")
    assert "meeting" in set(held["event_type"])
    offered = extract("Officials were ready to meet Brindle's representatives on Thursday.", "2026-05-20")
    assert "meeting" in set(offered["event_type"])


def test_the_count_of_a_part_goes_to_the_act_on_it_and_the_whole_to_the_orders():
    found = extract("The ministry served Brindle with a notice of non-compliance on Monday, saying the app had "
                    "ignored 260 of the 300 blocking orders issued at the start of the month.", "2026-05-20")
    notice = found[found["event_type"] == "non_compliance_notice"].iloc[0]
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert (notice["count"], notice["count_unit"]) == (260, "orders")
    assert (order["count"], order["count_unit"]) == (300, "orders")
    withheld = extract("Brindle said on Saturday it had withheld 212 of the 1,178 accounts named in an order.",
                       "2026-05-20")
    row = withheld[withheld["event_type"] == "withholding"].iloc[0]
    assert (row["count"], row["count_unit"]) == (212, "accounts")

