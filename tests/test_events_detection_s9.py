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
        "The authority has fined the network 2 million crowns for failing to act on three removal orders from the "
        "ministry, it said.")  # its issuer named, as the comment says (unnamed, only the retrained detector told it)


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


# second wave

@pytest.mark.parametrize("sentence", [
    "The app blocked 58 of the 300 channels on the regulator's list.",
    "The network says it has now blocked 90 of the accounts and will keep the rest online.",
    "The forum, which had ignored the order for a week, blocked the threads within a day of the judgment.",
    "On Monday the service blocked users in the province from seeing the film.",
])
def test_a_part_of_the_named_content_blocked_is_withholding(sentence):
    assert ("withholding", "platform") in events_of(sentence, "platform")


@pytest.mark.parametrize("sentence", [
    "The app replied that it would not comply.",
    "“We are not going to remove reporting on a strike because a minister dislikes it.”",
    "The network withheld a handful of the pages within days and declined the rest.",
    "The app said it had acted on 200 posts but stopped short of touching those of reporters.",
    "It said it would take no action on the accounts of lawmakers.",
])
def test_a_refusal_in_other_words(sentence):
    assert "refusal" in types_of(sentence, "platform")


def test_a_refusal_to_obey_the_law_is_not_a_refusal_of_the_order():
    assert "refusal" not in types_of("The minister said any platform that would not comply with the law would be fined.",
                                     "government")


def test_the_way_a_platform_acted_is_no_withholding():
    assert "withholding" not in types_of(
        "The official conveyed the ministry's displeasure at the manner in which the app has acted on the orders.",
        "government")
    assert "withholding" in types_of("The app has acted on the orders, the ministry said.", "government")


def test_sitting_on_orders_for_a_year_is_no_new_refusal():
    assert "refusal" not in types_of(
        "The judge said the company had sat on the orders for more than a year without a reason.", "other")
    assert "refusal" in types_of("The network sat on the order for nine days.", "platform")


def test_orders_counted_under_a_section_are_orders_and_so_is_a_kind_named_apart():
    found = [t for t, _ in events_of(
        "The company said in a blog post that it had received several orders under the media law in recent days, "
        "two of them emergency orders.", "platform")]
    assert found.count("blocking_order") == 2


def test_a_penalty_the_code_sets_is_no_threat_made():
    assert "legal_threat" not in types_of(
        "Under the broadcasting code, a network that ignores a regulator's directive faces a fine of up to 5 million "
        "pesos.")
    assert "legal_threat" in types_of("The regulator said the network faces a fine of up to 5 million pesos.",
                                      "government")


def test_a_court_ordering_the_state_to_lift_a_block_is_no_restoration_yet():
    assert "restoration" not in types_of(
        "A regional court on Friday ordered the Ministry of Culture to lift its block on the satirical site.")
    assert "restoration" in types_of("The ministry on Friday lifted its block on the satirical site.", "government")


@pytest.mark.parametrize("sentence", [
    "“The app has 24 hours to take the clip down, or we will start proceedings against its office,” the minister said.",
    "Officials told the app to comply within 48 hours or face proceedings.",
])
def test_proceedings_named_as_the_penalty_are_a_threat(sentence):
    assert ("legal_threat", "government") in events_of(sentence, "government")


def test_a_platform_fined_is_the_states_legal_step():
    assert ("legal_action", "government") in events_of("The app was fined 2 million crowns in March.", "platform")


@pytest.mark.parametrize("sentence", [
    "Most of the country's internet providers complied within a day.",
    "Both app stores removed the app the following day.",
])
def test_go_betweens_that_comply_are_not_the_platform(sentence):
    assert ("withholding", "other") in events_of(sentence)
    assert ("withholding", "platform") not in events_of(sentence)
