"""Session 11: trigger patterns that fired on a newcomer's articles about an unregistered dispute."""
import pytest

from conftest import extract_events


@pytest.mark.parametrize("body", [
    "The judge ruled on Tuesday that the company had met every condition he set.",  # a condition met is no meeting
    "The platform said it had met each requirement in the order.",
])
def test_meeting_a_condition_is_no_meeting(body):
    assert "meeting" not in set(extract_events(body, "2024-10-09")["event_type"])


def test_a_meeting_is_still_found():
    assert "meeting" in set(extract_events("The minister met the company's executives on Monday.", "2024-10-09")["event_type"])


def test_an_order_that_would_have_required_a_removal_is_no_order():
    """A counterfactual ('would have required ... to remove') names an order withdrawn or never given."""
    body = "Hours later he withdrew a part of the ruling that would have required app stores to remove VPN apps."
    assert "blocking_order" not in set(extract_events(body, "2024-08-31")["event_type"])
    assert "blocking_order" in set(extract_events("The ministry required the company to remove 40 posts.", "2024-08-31")["event_type"])
