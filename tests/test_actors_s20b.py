"""Session 20, second attribution pass: pronouns and documents. A "he"/"she" read as the last speaker whom the
article already called by the other pronoun is the latest speaker called by this one; the addressee named in a
leading "In its notice to X," is no antecedent of the pronoun after it, nor is a relative clause on that medium the
sentence's subject; a definite document word ("the report") is the document of the party the article showed owning
it ("Chirrup's transparency report"); a block led in by "It reads, in part:" after a sentence naming a state's order
is the state's; and a fact check's "Verdict:" headings are no speaker labels."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_pronoun_of_the_other_gender_than_the_last_speaker_s_is_the_latest_speaker_of_its_own():
    history: list[tuple[str, str]] = []
    genders: dict[str, str] = {}
    she, he = actors.Speaker("she", "", pronoun=True), actors.Speaker("he", "", pronoun=True)
    rao = ("Asha Rao", "platform")
    assert actors.gendered(rao, she, None, genders, history) == rao  # "..., she said": Rao is a she
    vell = ("Kasimir Vell", "government")
    assert actors.gendered(vell, he, rao, genders, history) == vell  # "..., he said": Vell is a he
    # "She said ..." read as the last speaker, Vell, whom the article called "he": Rao, the latest "she"
    assert actors.gendered(vell, she, vell, genders, history) == rao
    # a speaker of no known pronoun keeps the reading
    kim = ("Kim", "other")
    actors.gendered(kim, actors.Speaker("Kim", "other"), vell, genders, history)
    assert actors.gendered(kim, she, kim, genders, history) == kim


def test_the_addressee_of_a_leading_notice_is_no_antecedent_of_the_pronoun_after_it():
    body = ("Ministry defends its orders\n\nTwitter said it would comply only in part.\n\n"
            "The ministry sees the matter differently. In its February 3 notice to Twitter, it said the accounts had "
            "spread a false hashtag and could incite violence.")
    assert side_of(attribute(body), "In its February 3 notice")[0] == "government"


def test_a_relative_clause_on_a_leading_medium_is_not_the_subject():
    sentence = ("In a letter sent to the ministry on Wednesday night, which the company shared with reporters, "
                "Twitter said it had removed 40 accounts.")
    assert actors.sentence_subject(sentence, actors.find_mentions(sentence)).side == "platform"


def test_a_definite_document_word_is_the_document_of_the_party_shown_owning_it():
    body = ("Demands to block posts on Twitter rose sharply, the social network's latest transparency report shows.\n\n"
            "The report, published on Wednesday, counts 3,140 legal demands from the government.\n\n"
            "According to the report, the demands covered about 9,600 accounts.")
    assert side_of(attribute(body), "According to the report")[0] == "platform"


def test_a_block_led_in_by_it_reads_after_a_state_order_is_the_state_s():
    body = ("Flickbox restricts documentary\n\nThe Tarsanian Communications Authority sent the order last Friday.\n\n"
            "On Tuesday the company took the rare step of posting the full order on its transparency page. It reads, "
            "in part:\n\nThe licensee shall disable access to the film for all users within the Republic.\n\n"
            "The company did not comment further.")
    frame = attribute(body)
    assert side_of(frame, "The licensee shall")[0] == "government"
    # a notice the platform's own users pinned is no state's words
    body = ("Editors push back\n\nThe ministry ordered Agorapedia to change an article.\n\nAgorapedia's volunteer "
            "editors have pinned a notice to the top of the article's talk page. It reads:\n\n“We will not change a "
            "word of this article because a ministry asks us to.”\n\nPage views jumped.")
    assert side_of(attribute(body), "We will not change")[0] != "government"


def test_a_fact_check_s_verdict_headings_are_no_speaker_labels():
    body = ("Fact check: three claims about Twitter\n\n"
            "Claim one: “Twitter refused every single blocking order from the government.”\n\n"
            "Verdict: False. In a blog post on Wednesday, Twitter said it had taken action on more than 500 accounts.\n\n"
            "Claim two: “The ministry has threatened to jail Twitter's staff.”\n\n"
            "Verdict: Misleading. The ministry's notice of February 3 warned Twitter of penal action.\n\n"
            "Claim three: “The government called Twitter's behaviour unusual.”\n\n"
            "Verdict: Mostly true. In a post on Koo on Wednesday, the IT ministry said the blog post was 'unusual'.")
    frame = attribute(body)
    assert side_of(frame, "In a blog post on Wednesday")[0] == "platform"
    assert side_of(frame, "In a post on Koo")[0] == "government"
