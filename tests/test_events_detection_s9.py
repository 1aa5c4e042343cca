"""Event detection rules of session 9 (issue #4): each test is a short invented sentence, worded unlike the gold
texts, that the rule changes (it failed before the rule and passes after it; the scheduled filing and the order
named with its issuer are guards: unchanged). The rules are in helpers.events (COURT_PLAN, vows_to_sue, told_next,
ORDERED_BEFORE, COMPLIED_WITH, HOURS_TO, the 'upheld' check, RESTORED_ADJ, UNSAID) and one new legal_threat row of
data/lexicons/event_patterns.csv; README_events.md 'Session 9' gives their measured effect."""
import pytest

from conftest import given_sentences as sentences


def events_of(texts, side="narrator"):
    found = sentences(texts if isinstance(texts, list) else [texts], side)
    return list(zip(found["event_type"], found["side"]))


def types_of(texts, side="narrator"):
    return {t for t, _ in events_of(texts, side)}


def test_a_threat_to_go_to_court_is_made_by_whoever_would_go():
    # a threat pattern's side is the state's, but not when the threat is to take the matter to court
    assert ("legal_threat", "platform") in events_of("The company threatened to sue the ministry over the order.",
                                                     "platform")
    assert ("legal_threat", "government") not in events_of(
        "The company threatened to sue the ministry over the order.", "platform")


@pytest.mark.parametrize("sentence", [
    "The union said it would challenge the order in court.",
    "The group has vowed to take the matter to court.",
])
def test_a_vow_to_go_to_court_is_a_threat_not_a_case(sentence):
    found = events_of(sentence, "other")
    assert ("legal_threat", "other") in found
    assert "legal_action" not in {t for t, _ in found}


def test_a_scheduled_filing_stays_a_legal_action():
    assert "legal_action" in types_of("The platform said it would challenge the fine in court next week.", "platform")


def test_a_bare_response_told_by_the_next_sentence_is_one_statement():
    found = sentences(["The regulator hit back within hours.",
                       "In a statement on Monday evening, it called the claims false."], "government")
    statements = found[found["event_type"] == "statement"]
    assert len(statements) == 1
    assert statements.iloc[0]["evidence"].startswith("In a statement")


def test_content_ordered_withheld_is_the_orders_object():
    assert "withholding" not in types_of(
        "The agency served a notice on the app for unblocking 40 channels it had ordered withheld.")


def test_an_order_complied_with_is_no_new_order():
    assert "blocking_order" not in types_of("We complied with the emergency order because our staff faced arrest.",
                                            "platform")
    # an order named with its issuer is still told
    assert "blocking_order" in types_of("The app said it was acting on an emergency order from the regulator.",
                                        "platform")
    assert "blocking_order" in types_of(
        "The authority has fined the network 2 million crowns for failing to act on three removal orders, it said.")


def test_a_deadline_without_a_penalty_is_no_threat():
    assert "legal_threat" not in types_of("The directive gives the operators 48 hours to remove the posts.")
    assert "legal_threat" in types_of("The directive gives the operators 48 hours to remove the posts or face fines.")


def test_an_undated_upheld_is_no_ruling():
    assert "court_ruling" not in types_of("What the court upheld was a narrow power with safeguards.", "other")
    assert "court_ruling" in types_of("The appeals court upheld the ban on Tuesday.")


@pytest.mark.parametrize("sentence", [
    "The restored accounts included two reporters and a lawmaker.",
    "The platform has not publicly explained why it restored the posts.",
])
def test_restored_accounts_named_or_unexplained_are_no_restoration(sentence):
    assert "restoration" not in types_of(sentence)


@pytest.mark.parametrize("sentence, side", [
    ("The broadcaster said it was considering a legal challenge to the licence decision.", "platform"),
    ("A candidate whose page was hidden vowed to sue the commission.", "other"),
    ("The app said it was prepared to take the dispute to the supreme court.", "platform"),
])
def test_a_plan_to_go_to_court_is_a_threat_of_whoever_would_go(sentence, side):
    assert ("legal_threat", side) in events_of(sentence, side)
