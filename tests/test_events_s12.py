"""Session 12: a restoration denied is no restoration (a newcomer's article: "The company has not restored any of the
withheld accounts since Wednesday." was a restoration at 0.95)."""
import pytest
from conftest import extract_events


def types(body: str, date: str = "2021-02-13") -> list[str]:
    return list(extract_events(body, date)["event_type"])


@pytest.mark.parametrize("body", [
    "The company has not restored any of the withheld accounts since Wednesday.",
    "No accounts have been restored since Wednesday.",
    "The accounts had never been restored, the group said.",
])
def test_denied_restoration_is_no_event(body):
    assert "restoration" not in types(body)


@pytest.mark.parametrize("body", [
    "Twitter restored the accounts on Friday.",
    "The company said it had restored most of the accounts by the evening.",
])
def test_restoration_told_is_still_found(body):
    assert "restoration" in types(body)
