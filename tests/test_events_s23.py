"""Events, session 23 (events2): several events of one type in one sentence, each a distinct act."""
import pandas as pd

from helpers import actors, events, text


def orders(body: str, date: str = "2024-03-15") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract(date, sents)
    return found[found["event_type"] == "blocking_order"].reset_index(drop=True)


def test_each_yearly_figure_is_an_order_of_its_year_in_the_figures_order():
    rows = orders("The tally dipped to 310 in 2019, then rose to 1,204 in 2020 and 2,615 in 2021, the year of the "
                  "election.", "2022-05-10")
    assert len(rows) == 3
    assert [r[:4] for r in rows["date_start"]] == ["2019", "2020", "2021"]
    assert list(rows["date_end"]) == ["2019-12-31", "2020-12-31", "2021-12-31"]
    assert int(rows.iloc[0]["count"]) == 310 and int(rows.iloc[1]["count"]) == 1204


def test_a_figure_after_a_list_verb_is_its_own_year():
    rows = orders("Before that the agency blocked 40 URLs in 2015, and the number then climbed to 97 in 2016 and "
                  "143 in 2017.", "2018-02-01")
    assert sorted(r[:4] for r in rows["date_start"]) == ["2015", "2016", "2017"]


def test_one_yearly_figure_stays_one_order():
    rows = orders("The ministry ordered 1,311 pages blocked in 2021, most of them gambling sites.", "2022-05-10")
    assert len(rows) == 1
    # a second year told with no figure of its own adds no order
    rows = orders("The ministry ordered 1,311 pages blocked in 2021 under a law passed in 2019.", "2022-05-10")
    assert len(rows) == 1


def test_orders_issued_on_two_days_before_their_trigger_are_two_orders():
    rows = orders("The agency said the first two, issued on Oct. 3 and Oct. 9, covered about 120 channels.", "2024-10-20")
    assert len(rows) == 2
    assert list(rows["date_start"]) == ["2024-10-03", "2024-10-09"]
    assert all("Oct. 9, covered about 120 channels" in e for e in rows["evidence"])


def test_one_order_told_with_one_day_stays_one():
    assert len(orders("The agency said the order, issued on Oct. 3, covered about 120 channels.", "2024-10-20")) == 1
