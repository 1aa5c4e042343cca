"""Event detection rules of session 8, second pass (issue #4): each test is a short invented sentence, worded unlike
the gold texts, that the rule changes (it failed before the rule and passes after it). The rules are in
data/lexicons/event_patterns.csv (new word lists) and helpers.events (several events in one sentence, the text of a
withholding notice); README_events.md 'Session 8, second pass' gives their measured effect."""
import pandas as pd
import pytest

from conftest import given_sentences as sentences


def pattern_events(sentence: str, side: str = "narrator") -> pd.DataFrame:
    found = sentences([sentence], side)
    return found[found["method"] == "pattern"]


def pattern_types(sentence: str, side: str = "narrator") -> set[str]:
    return set(pattern_events(sentence, side)["event_type"])


@pytest.mark.parametrize("sentence", [
    "The store pulled the app for users in the country on Monday.",
    "The broadcaster removed all twelve episodes from its local catalogue.",
    "The search engine delisted 45 pages after the ruling.",
    "The service began to comply on Friday.",
    "By then it had acted on more than 200 of the requests.",
])
def test_new_words_for_withholding(sentence):
    assert "withholding" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The network rejected the rest of the requests.",
    "The firm left the remaining 30 posts online.",
    "So far it has acted on none of the orders.",
    "The forum kept the remaining accounts visible to local readers.",
])
def test_the_platform_keeps_the_rest_up(sentence):
    assert "refusal" in pattern_types(sentence)


def test_counted_orders_ignored_are_a_refusal():
    assert "refusal" in pattern_types("The regulator said the app had ignored 1,200 removal requests.", "government")


def test_each_figure_of_a_list_by_year_is_an_order():
    found = pattern_events("The ministry blocked 120 websites in 2019, 340 in 2020 and 410 in 2021.")
    assert (found["event_type"] == "blocking_order").sum() == 3


def test_each_day_of_a_list_of_days_is_an_order():
    found = pattern_events("The regulator sent the firm three orders, on March 2, March 9 and March 20.")
    assert (found["event_type"] == "blocking_order").sum() == 3


def test_a_kind_of_order_told_apart_is_an_order_of_its_own():
    found = pattern_events("The firm said it had received several blocking orders this month, two of them emergency orders.",
                           "platform")
    assert (found["event_type"] == "blocking_order").sum() == 2


def test_the_text_of_a_withholding_notice_told_again_is_no_new_withholding():
    found = sentences(["The platform withheld the account on Monday.",
                       "Readers saw a banner saying the account had been withheld in the country."])
    assert (found["event_type"] == "withholding").sum() == 1


def test_the_first_telling_of_a_withholding_notice_stays_an_event():
    found = sentences(["Readers saw a banner saying the account had been withheld in the country."])
    assert (found["event_type"] == "withholding").sum() == 1


def test_a_final_notice_sent_is_no_blocking_order():
    found = pattern_types("The regulator sent the firm a final notice on Friday.")
    assert "blocking_order" not in found


def test_a_list_of_what_the_platform_removed_is_no_blocking_order():
    assert "blocking_order" not in pattern_types("The firm sent the regulator a list of 40 posts it had removed.")


@pytest.mark.parametrize("sentence", [
    "A district court threw out the complaint on Monday.",
    "The judge declined to suspend the ban.",
    "The court in May barred the police from arresting the users.",
])
def test_new_words_for_a_court_ruling(sentence):
    assert "court_ruling" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The videos reappeared on Tuesday.",
    "The page was back by the evening.",
])
def test_new_words_for_a_restoration(sentence):
    assert "restoration" in pattern_types(sentence)


def test_blocks_lifted_are_the_state_s_restoration():
    found = pattern_events("The regulator lifted both blocks a week later.")
    assert list(found.loc[found["event_type"] == "restoration", "side"]) == ["government"]


@pytest.mark.parametrize("sentence", [
    "The president signed a decree on Monday.",
    "Parliament passed an amendment in March.",
    "The obligations took effect on June 1.",
    "The act, published in the official gazette on Monday, applies to every app.",
])
def test_new_words_for_a_rule_change(sentence):
    assert "rule_change" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister will meet company representatives on Friday.",
    "Lawmakers questioned the firm's executives for two hours.",
    "Its policy chief faced four hours of questioning in parliament.",
    "The firm has asked to meet the regulator this week.",
])
def test_new_words_for_a_meeting(sentence):
    assert "meeting" in pattern_types(sentence)


@pytest.mark.parametrize("sentence", [
    "The group is filing a lawsuit in the high court.",
    "The case was brought by a press union.",
    "The app challenged 12 of them in court.",
    "The site fought the ban through three courts.",
])
def test_new_words_for_a_legal_action(sentence):
    assert "legal_action" in pattern_types(sentence)


def test_an_app_loading_again_on_a_network_is_the_other_side_s_restoration():
    found = pattern_events("Subscribers said the app was working again on the largest network.")
    assert list(found.loc[found["event_type"] == "restoration", "side"]) == ["other"]


def test_a_hearing_before_a_committee_is_the_state_s_meeting():
    found = pattern_events("Its policy chief faced four hours of questioning in parliament.")
    assert list(found.loc[found["event_type"] == "meeting", "side"]) == ["government"]


def test_orders_contested_before_a_court_are_the_platform_s_case():
    found = pattern_events("Nine orders were contested before the appeals court.")
    assert list(found.loc[found["event_type"] == "legal_action", "side"]) == ["platform"]
