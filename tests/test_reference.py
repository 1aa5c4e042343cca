"""The curated record and blocking statistics: readable, consistent, and charted with their sources."""
import pandas as pd
from matplotlib.figure import Figure

from helpers import events, reference


def test_record_types_sides_and_dates():
    record = reference.read_record()
    assert len(record) >= 40
    assert set(record["event_type"]) <= set(events.EVENT_TYPES)
    assert set(record["side"]) <= {"government", "platform", "other"}
    assert (record["date_start"] <= record["date_end"]).all()
    assert record["source_urls"].str.startswith("http").all()


def test_blocking_by_year_chart_and_data():
    fig, data = reference.blocking_by_year(reference.read_blocking_stats())
    assert isinstance(fig, Figure) and not data.empty
    assert data["period"].str.fullmatch(r"\d{4}").all()


def test_transparency_chart_and_data():
    fig, data = reference.transparency(reference.read_blocking_stats())
    assert isinstance(fig, Figure)
    assert set(data["metric"]) <= {"legal_demands", "accounts_withheld", "tweets_withheld"}


def test_charts_say_so_when_empty():
    empty = reference.read_blocking_stats().iloc[0:0]
    assert isinstance(reference.blocking_by_year(empty)[0], Figure)
    assert isinstance(reference.transparency(empty)[0], Figure)
    assert pd.api.types.is_numeric_dtype(reference.read_blocking_stats()["value"])
