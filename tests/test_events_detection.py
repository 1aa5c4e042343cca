"""Event detection rules of session 8 (issue #4): each test is a short invented sentence, worded unlike the
gold texts, that the rule changes (it failed before the rule and passes after it)."""
import pandas as pd
import pytest

from helpers import actors, events, text
from conftest import given_sentences


def one_sentence(sentence: str, side: str = "narrator", date: str = "2024-05-10") -> pd.DataFrame:
    """The events of one sentence given to ``side`` (the statements table's side of its speaker)."""
    return given_sentences([sentence], side, date)


def types_of(sentence: str, side: str = "narrator") -> set[str]:
    return set(one_sentence(sentence, side)["event_type"])


def test_an_outsider_s_published_statement_is_an_event():
    """Statements of speakers of side 'other' count when a pattern names the statement (not the detector's)."""
    found = one_sentence("The press council said in a statement that the fine was excessive.", "other")
    assert list(found.loc[found["event_type"] == "statement", "side"]) == ["other"]


@pytest.mark.parametrize("sentence", [
    "In a short statement, it said the orders had been followed.",  # a pronoun: the words may be a party's
    "A spokeswoman for the company said in an email that it was reviewing the list.",
])
def test_an_outsider_sentence_that_names_a_party_gives_no_outsider_statement(sentence):
    found = one_sentence(sentence, "other")
    assert not ((found["event_type"] == "statement") & (found["side"] == "other")).any()


def test_a_published_statement_after_a_quotation_is_an_event():
    found = one_sentence("“We keep publishing every request,” the company said in a statement.", "platform")
    assert "statement" in set(found["event_type"])


def test_a_modal_inside_the_quotation_makes_no_plan_of_its_statement():
    """'"We will appeal," it said in a statement': the statement is made (dated up to the article date), no plan."""
    found = one_sentence("“We will keep publishing every request,” the company said in a statement.", "platform")
    row = found[found["event_type"] == "statement"].iloc[0]
    assert row["date_end"] == "2024-05-10"


@pytest.mark.parametrize("sentence", [
    "The minister told lawmakers that the platform must obey the law.",
    "The deputy minister said on state television that the block was lawful.",
    "In a readout, the ministry said the secretary had conveyed its displeasure.",
    "The minister wrote on social media that no company was above the law.",
])
def test_statements_to_the_press_lawmakers_or_on_air(sentence):
    found = one_sentence(sentence, "government")
    assert ((found["event_type"] == "statement") & (found["method"] == "pattern")).any()


@pytest.mark.parametrize("sentence", [
    "The ministry responded on Monday with a fresh order covering the copies.",
    "The regulator hit back by giving the app two days to comply.",
])
def test_a_response_by_an_act_is_no_statement(sentence):
    assert "statement" not in types_of(sentence)


def test_a_response_by_words_stays_a_statement():
    assert "statement" in types_of("The company responded on Monday by voicing concern about the orders.", "platform")


def test_an_order_told_in_a_relative_clause_is_no_new_order():
    found = types_of("The ministry served a notice on the firm for restoring posts it had been directed to block.")
    assert "blocking_order" not in found and "non_compliance_notice" in found


@pytest.mark.parametrize("sentence", [
    "“The order was issued under the emergency rules,” the official said.",
    "An adviser said the orders were issued after due process.",
])
def test_an_order_defended_as_issued_under_a_law_is_no_new_order(sentence):
    assert "blocking_order" not in types_of(sentence, "government")


@pytest.mark.parametrize("sentence", [
    "The app has so far withheld none of the channels.",
    "The firm has not yet complied with the order, officials said.",
])
def test_nothing_withheld_is_no_withholding(sentence):
    assert "withholding" not in types_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The agency issued the order overnight, citing a public-order law.",
    "The ministry blocked 312 web addresses in 2019, officials told parliament.",
    "The platform ignored two written requests from the police.",
])
def test_orders_placed_in_time_counted_web_addresses_or_ignored_requests(sentence):
    found = one_sentence(sentence)
    assert ((found["event_type"] == "blocking_order") & (found["method"] == "pattern")).any()


def test_a_headline_gives_no_events_but_its_lead_does():
    body = ("Regulator orders app to block protest channels, app refuses\n\n"
            "The regulator on Monday ordered the app to block 12 channels.")
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract("2024-05-10", sents)
    assert len(found) and all(row.char_start >= body.index("The regulator") for row in found.itertuples())
    assert events.headline("Regulator orders app to block protest channels, app refuses")
    assert not events.headline("The regulator ordered the app to block 12 channels.")


@pytest.mark.parametrize("sentence", [
    "The company declined to say why the accounts were restored.",
    "Ms. Rao, who sat on the state's high court until 2016, spoke to us about the law.",
    "The firm did not respond to a question about the earlier orders.",
])
def test_declining_to_say_or_sitting_on_a_court_is_no_refusal(sentence):
    assert "refusal" not in types_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The company has not said whether it will appeal the ruling.",
    "Lawyers said the company could still ask the court to reinstate the ban.",
    "The firm said it would challenge any fine in court.",
])
def test_speculation_about_a_case_is_no_legal_action(sentence):
    assert "legal_action" not in types_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The company did not say why the posts had been restored.",
    "Rights groups urged the regulator to lift the ban before the vote.",
])
def test_a_restoration_referred_to_or_asked_for_is_no_restoration(sentence):
    assert "restoration" not in types_of(sentence)


def test_the_law_told_is_no_threat_but_a_warning_is():
    assert "legal_threat" not in types_of("A platform that fails to comply can be punished with up to seven years in prison.")
    assert "legal_threat" in types_of("The minister warned that a platform that fails to comply can be punished with "
                                      "up to seven years in prison.", "government")


def test_a_party_s_account_of_its_practice_is_no_withholding():
    """'We have removed content that breaks our rules': no act told; a counted or dated removal stays one."""
    assert "withholding" not in types_of("“We have always removed content that breaks the law,” the company said.",
                                         "platform")
    assert "withholding" in types_of("“We have removed 40 of the posts named in the order,” the company said.",
                                     "platform")


def test_who_was_hit_is_no_withholding_unless_dated():
    """'a reporter whose account was also withheld' names who was hit; with its own date it is the act told."""
    assert "withholding" not in types_of("A local editor whose account was also withheld said he had no warning.")
    assert "withholding" in types_of("Editors whose accounts were withheld in the country on Monday said they had "
                                     "no warning.")


# session 10: from rounds 52-53
def test_a_vow_to_take_a_case_to_a_judge_is_a_threat():
    """A vow to go before a judge or tribunal is a threat, as a vow to go to court already was; no suit is filed."""
    types = types_of("The police chief vowed to take the matter to a judge, calling the clip dangerous.")
    assert "legal_threat" in types and "legal_action" not in types


def test_a_ban_lifted_in_the_passive_is_a_restoration():
    """'the ban was lifted in March' tells the same act as 'the ministry lifted the ban'."""
    assert "restoration" in types_of("The app stayed dark for months, and the ban was lifted only in March.")
    assert "restoration" not in types_of("Rights groups want the ban to be lifted before the vote.")


def test_a_fronted_blog_post_is_a_statement():
    """'In a blog post, the company said': the statement the company published."""
    assert "statement" in types_of("In a blog post, the firm described the order as unlawful.", "platform")


def test_a_blog_post_after_a_statement_is_a_statement_of_its_own():
    """A statement that names its medium ('In a blog post, the company said') is the post it published, not a
    reference back to the statement of the sentence before (as 'on Koo' or 'responding' already were)."""
    found = given_sentences(["The platform said on Wednesday that it would keep the accounts online.",
                             "In a blog post, the company said it had received several orders in recent days."],
                            "platform")
    said = found[found["event_type"] == "statement"]
    assert any("blog post" in e for e in said["evidence"])


def test_a_call_to_withdraw_an_order_is_the_caller_s_statement():
    """'urged the ministry to withdraw the order': a statement of the group that urged it (side other)."""
    found = one_sentence("A press-freedom group urged the regulator on Monday to withdraw the order.", "other")
    said = found[found["event_type"] == "statement"]
    assert list(said["side"]) == ["other"]
    assert "restoration" not in set(found["event_type"])


@pytest.mark.parametrize("sentence", [
    "The editors' guild urged the regulator to drop the demand.",
    "A farmers' union has urged the council to withdraw it before the vote.",
    "The press club urged the broadcaster to restore the programme by Friday.",
    "Two opposition senators urged the minister to reconsider his decision.",
    "The bar association called on the agency to cancel the penalty.",
])
def test_a_call_to_undo_any_measure_is_the_caller_s_statement(sentence):
    """Session 21: an appeal to undo or reconsider a measure is the caller's statement whatever the measure is
    called ('drop the demand', 'withdraw it', 'restore the programme'), as the addendum's appeal rule says."""
    found = one_sentence(sentence, "other")
    assert list(found.loc[found["event_type"] == "statement", "side"]) == ["other"]


@pytest.mark.parametrize("sentence", [
    "The union urged its members to restore the banners outside the office.",  # a call to supporters: no appeal
    "He urged the council to scrap it.",  # goes on with the remarks of a speaker already quoted
])
def test_a_call_to_supporters_or_a_bare_she_urged_is_no_new_statement(sentence):
    assert "statement" not in types_of(sentence, "other")


def test_a_hearing_scheduled_for_a_day_is_the_courts_legal_action():
    # a meeting until session 24, when GUIDELINES_ADDENDUM settled court hearings as the court's legal_action
    assert "legal_action" in types_of("The company has appealed, and a hearing is scheduled for June 3.")
    assert "legal_action" in types_of("The tribunal has scheduled a first hearing for June 3.")


@pytest.mark.parametrize("sentence", [
    "The minister said the decision to lift the ban followed talks with the company.",
    "A judge refused an application by the platform to lift the nationwide block.",
])
def test_a_lifting_asked_for_or_decided_in_the_infinitive_is_no_restoration(sentence):
    assert "restoration" not in types_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The platform lost its immunity under the new rules that came into force on May 26.",
    "The law is expected to take effect on March 1.",
])
def test_a_rule_coming_into_force_told_in_a_clause_is_a_rule_change(sentence):
    assert "rule_change" in types_of(sentence)


def test_a_protest_drawn_in_the_participle_is_a_backlash():
    """'..., drawing a sharp protest from the union' tells the backlash as 'drew an outcry' does."""
    assert "backlash" in types_of("The platform hid the report in the country on Monday, drawing a sharp protest "
                                  "from the journalists' union.")
