"""Event detection rules of session 8, third pass (issue #4): each test is a short invented sentence, worded unlike
the gold texts, that the rule changes (it failed before the rule and passes after it). The rules are in
data/lexicons/event_patterns.csv (new word lists) and helpers.events (questions, counted orders under challenge);
README_events.md 'Session 8, third pass' gives their measured effect."""
import pytest

from conftest import given_sentences as sentences


def pattern_types(sentence: str, side: str = "narrator") -> set[str]:
    found = sentences([sentence], side)
    return set(found[found["method"] == "pattern"]["event_type"])


@pytest.mark.parametrize("sentence", [
    "The regulator rejected the allegations on Friday.",
    "The agency replied in writing to the questions.",
    "The app answered three days later.",
    "A senior official dismissed those claims in parliament.",
])
def test_statements_in_other_words(sentence):
    assert "statement" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "Investigators have summoned the firm's country head to appear at a station in the capital.",
    "The authority said it had referred two sellers to prosecutors.",
])
def test_the_states_legal_steps(sentence):
    assert "legal_action" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister said the state would not hesitate to act against the app.",
    "Anyone who spreads such posts will have to answer to the law, he said.",
])
def test_threats_in_officials_words(sentence):
    assert "legal_threat" in pattern_types(sentence)


def test_an_order_signed_on_a_day():
    assert "blocking_order" in pattern_types("The governor signed the order on Friday.")


def test_withheld_only_for_local_viewers():
    assert "withholding" in pattern_types("Two days later it restricted the page only for viewers in the country.")


@pytest.mark.parametrize("sentence", [
    "Students mocked the ban for a week.",
    "Rights groups lashed out at the regulator.",
    "Opposition members walked out of the chamber in protest.",
])
def test_critics_react_in_other_words(sentence):
    assert "backlash" in pattern_types(sentence)


def test_mocked_in_a_reported_clause_is_no_backlash():
    assert "backlash" not in pattern_types("The board banned the app over clips it said mocked the army.")


@pytest.mark.parametrize("sentence", [
    "Critics pointed to a steep rise in emergency orders under the new law.",
    "When emergency orders become the norm, oversight is lost, she said.",
    "An emergency order is not a routine tool.",
])
def test_emergency_orders_as_a_topic_are_no_order(sentence):
    assert "blocking_order" not in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "Q: Do you expect the other pages to be restored?",
    "Asked why the page was withheld, the agency gave no answer.",
])
def test_a_question_tells_no_event(sentence):
    assert not pattern_types(sentence) - {"statement"}


def test_counted_orders_under_challenge_are_orders():
    assert "blocking_order" in pattern_types(
        "The firm is challenging seven blocking orders issued between March 2022 and May 2023.")


@pytest.mark.parametrize("sentence", [
    "The company has not explained its order to block 640 accounts.",
    "The firm kept up the 640 accounts the ministry wanted removed.",
])
def test_counted_orders_to_block(sentence):
    assert "blocking_order" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "By then the firm had ignored four formal warnings.",
    "The company had been warned twice before the ban.",
])
def test_counted_warnings_are_notices(sentence):
    assert "non_compliance_notice" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The regulator fined the site after it failed to remove 44 clips.",
    "The forum declined three earlier requests.",
])
def test_counted_content_left_up_is_a_refusal(sentence):
    assert "refusal" in pattern_types(sentence)
