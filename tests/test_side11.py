"""Session 30 (side11, issue 3): who speaks, the rules alone. Made-up sentences in the project's words for each class
fixed: police ranks and civil servants as state posts, "the company's <post>, Name" for the article's platform, a
post "of <Org>" before the name, a place owning a post, a blocked site's editor, platforms named only by their acts on
one account or by their executives, "a spokesperson for X" ... "the spokesperson said", a quotation attributed after
it ("That was X, ..., in a statement"), "electronics and IT" read as no pronoun, a headline's last word kept apart
from the next line, "X has led the Authority since ...", "X is joint secretary at ...", and "According to X, the
company ..." no longer teaching X as a platform."""
from __future__ import annotations

import pytest

from helpers import actors, text


def sides(body: str) -> list[tuple[str, str, str]]:
    """(sentence, rules' side, speaker) of every sentence of ``body`` as the rules attribute it."""
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    return list(zip(cols["text"], cols["side_rule"], cols["speaker"]))


def side_of(body: str, start: str) -> str:
    """The rules' side of the sentence of ``body`` that opens with ``start``."""
    found = [side for sentence, side, _ in sides(body) if sentence.startswith(start)]
    assert found, start
    return found[0]


def test_a_police_rank_before_a_name_is_a_state_post_and_the_surname_keeps_it():
    body = ("Police in Ostra province asked the forum Quillboard to remove 12 posts.\n\n"
            "“These posts put witnesses in danger,” Superintendent Mara Holt said in a statement.\n\n"
            "Holt said officers would meet the site's moderators next week.")
    assert side_of(body, "“These posts") == "government"
    assert side_of(body, "Holt said") == "government"
    people = actors.learn_people("Deputy Inspector General Rana Velt, who heads the cyber cell, said the clips were false.")
    assert people["Rana Velt"].side == "government"


def test_the_company_s_post_belongs_to_the_article_s_platform():
    assert actors.affiliation_side("the company's head of trust and safety") == ("platform", "role_platform")
    assert actors.affiliation_side("a director at a tech company") is None  # no owner: a rival's, maybe
    body = ("The video app Streamora geo-blocked the film in Kestria on Monday.\n\n"
            "We spoke to Lena Brandt, the company's head of trust and safety, on Tuesday.\n\n"
            "Q: Why did you restrict the film?\n\n"
            "A: We restricted it in one country because the order left us no choice.")
    assert side_of(body, "A: We restricted") == "platform"


def test_a_post_of_a_named_platform_before_the_name_and_a_post_for_the_region():
    body = ("The chief executive of Threnody, Paul Okri, told MPs the company had refused 14 orders.\n\n"
            "Threnody withheld the accounts of two reporters last month.\n\n"
            "Okri said the orders gave no legal grounds.")
    assert side_of(body, "Okri said") == "platform"
    lead = "Our presenter spoke to the company's policy director for the region, Sofia Marek. The talk was edited."
    assert [m.groups() for m in actors.AFFIL_LEAD.finditer(lead)] == [
        ("the company's policy director for the region", "Sofia Marek")]
    assert actors.affil_lead_gate(lead)


def test_a_place_owning_a_post_leaves_the_side_to_the_post():
    assert actors.affiliation_side("the Tarn province's minister for digital affairs")[0] == "government"
    assert actors.affiliation_side("the country's communications regulator")[0] == "government"


def test_a_blocked_site_s_editor_speaks_for_it():
    body = ("The ministry ordered internet providers to block the satirical website Parrotline on Monday.\n\n"
            "Parrotline's editor, Jana Roe, said the site would appeal.\n\n"
            "“We write jokes, not propaganda,” Roe said.")
    assert side_of(body, "“We write jokes") == "platform"
    body = ("Parrotline was back online by Tuesday after a court lifted the block on the satirical website Parrotline, "
            "its editor, Jana Roe, said.\n\n“We never stopped writing,” Roe told reporters.")
    assert side_of(body, "“We never") == "platform"
    body = ("The ministry ordered internet providers to block the satirical website Parrotline on Monday.\n\n"
            "In a letter published on Tuesday, the site's editors wrote:\n\n"
            "We ask you to lift the block and to tell us which law we broke.")
    assert side_of(body, "We ask you") == "platform"


def test_a_platform_named_by_its_act_with_has_or_by_its_executives():
    # the singular ("Brindlo restored the account") is left out: it made a video platform of a digest the owner of a
    # channel's owner ("said its owner, X", its = the channel's) on a round nobody had read (round 114, session 30)
    assert "Brindlo" not in actors.learn_platforms("Brindlo restored the account of the activist on Tuesday.")
    assert "Quorra" in actors.learn_platforms("Quorra has withheld the accounts since March.")
    assert "Shopra" in actors.learn_platforms("The regulator ordered the online marketplace Shopra to take down 40 listings.")
    assert "Vantle" in actors.learn_company_posts("Earlier this month, Vantle's executives appeared before a committee.")
    assert "Roamo" in actors.learn_platforms("The court lifted the block on the Roamo map app yesterday.")


def test_a_source_after_according_to_is_no_platform():
    body = "According to Marr, the company complied only because the court left it no choice."
    assert "Marr" not in actors.learn_platforms(body)
    assert "Pinglet" in actors.learn_platforms("Pinglet, the messaging app, said it would appeal.")


def test_a_headline_s_last_word_does_not_name_the_next_line():
    body = "Court lifts block on the Roamo map app\n\nOstrelia's Court of Appeal yesterday set aside the order."
    assert "Ostrelia" not in actors.learn_platforms(body)


def test_a_civil_servant_is_a_state_post():
    body = ("The ministry issued 23 orders in January.\n\n"
            "“Every order now has a written reason,” said Hanne Lurk, a senior civil servant who helped draft the act.\n\n"
            "Lurk said the deadline would be reviewed after a year.")
    assert side_of(body, "Lurk said") == "government"


def test_the_spokesperson_refers_back_to_a_spokesperson_for_the_ministry():
    body = ("Pindle withheld 88 accounts in Ostra, its report says.\n\n"
            "Asked about the figures, a spokesperson for the Ministry of Roads said every direction sent to Pindle had followed the law.\n\n"
            "“Each request is examined with care.\n\n"
            "A platform cannot pick which laws it will follow,” the spokesperson said.")
    assert side_of(body, "A platform cannot") == "government"


def test_a_quotation_named_after_it():
    body = ("The messaging app Pingora was unreachable across Castoria on Monday.\n\n"
            "“Cutting off a country to reach a few hundred accounts is not proportionate.”\n\n"
            "That was Sara Lind, Pingora's head of public policy, in a statement emailed to newsrooms.")
    assert side_of(body, "That was") == "platform"
    assert actors.BACKWARD.match("That was the size of the first list.").group(2) == "the size of the first list"


def test_electronics_and_it_is_no_pronoun():
    found = actors.find_attribution("In a post on Tuesday, Rajeev Chandrasekhar, the minister of state for electronics "
                                    "and IT, rejected the report as an outright lie.", [])
    assert found is None or not found.pronoun


def test_a_person_who_has_led_a_body_or_is_its_secretary():
    body = ("Dr. Renata Obel has led the Velmar Media Authority since 2023.\n\n"
            "Q: Why issue emergency orders?\n\nA: The ordinary procedure takes 21 days.")
    assert side_of(body, "A: The ordinary") == "government"
    body = ("Tomas Hadrek is joint secretary at Kestria's Ministry of Digital Affairs, where his unit drafts orders.\n\n"
            "Q: Who writes a blocking order?\n\nA: A desk officer drafts it from a complaint.")
    assert side_of(body, "A: A desk") == "government"


@pytest.mark.parametrize("group", ["place_owners", "site_staff"])
def test_the_new_vocabulary_groups_are_filled(group):
    assert group in actors.VOCABULARY_GROUPS and actors.vocabulary(group)
