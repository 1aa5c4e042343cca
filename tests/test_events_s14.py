"""Session 14 (event recall): labelled events the detector missed, by the commonest general causes found on dev and
rounds 4-60 -- counted, dated orders a challenge names; a second order in one sentence (a compared figure, a
further order with a time of its own); a statement with a document of its own after another of its side. Each on
invented texts, with the near misses that must stay as they were."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2025-06-12") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def orders(body: str) -> pd.DataFrame:
    found = extract(body)
    return found[found["event_type"] == "blocking_order"]


def test_counted_dated_orders_a_challenge_names_are_events():
    for body in ("Brindle asked the court to quash six orders issued between March 2023 and June 2024.",
                 "Brindle has asked the court to set aside six orders issued by the ministry between March 2023 and "
                 "June 2024, its lawyers said."):
        found = orders(body)
        assert len(found) == 1, body
        assert (found.iloc[0]["date_start"], found.iloc[0]["date_end"]) == ("2023-03-01", "2024-06-30")


def test_orders_a_challenge_names_without_count_or_date_are_not():
    assert orders("The firm asked the court to set aside three blocking orders issued by the ministry.").empty
    assert orders("Brindle challenged a batch of blocking orders issued by the ministry.").empty


def test_a_compared_figure_in_the_same_clause_is_an_order_of_its_own():
    for body in ("Officials ordered 4,210 web addresses blocked in 2024, nearly twice the 2,150 blocked the year before.",
                 "Officials ordered 4,210 web addresses blocked in 2024, compared with 2,150 the year before."):
        found = orders(body)
        assert sorted(found["date_start"]) == ["2023-01-01", "2024-01-01"], body


def test_a_further_order_with_a_time_of_its_own_is_an_event():
    found = orders("The ministry ordered 120 accounts blocked on May 3 and about 60 more on May 9.")
    assert sorted(found["date_start"]) == ["2025-05-03", "2025-05-09"]
    # a count inside the further order's description ('naming 40 more channels') is no third order
    assert len(orders("The ministry sent its first order to Brindle on May 3 and a second, naming 40 more channels, "
                      "a week later.")) == 2


def test_no_further_order_in_an_apposition_or_a_comparison_with_the_past():
    assert len(orders("The regulator has ordered Brindle to block a film about the floods, the third such order it "
                      "has received in the past month.")) == 1
    assert len(orders("The ministry ordered 2,851 web addresses blocked in 2021, more than in any earlier year.")) == 1


def test_a_statement_with_a_document_of_its_own_is_no_reference_back():
    first = "On Monday the ministry said in a statement that Brindle had refused to act. "
    for second in ("In a readout, the ministry said the company had been warned.",
                   "In a separate statement, the ministry called the company's account misleading."):
        said = extract(first + second)
        assert (said["event_type"] == "statement").sum() == 2, second
    again = extract(first + "The ministry also said the company had been warned.")
    assert (again["event_type"] == "statement").sum() == 1
