"""Session 31 (side12, issue 3): who speaks in the forms of coverage the rules kept missing, the rules alone.
Made-up articles and sentences in the project's words for each class fixed: an interviewee introduced as "Its chief
executive, Name," (an interview's turn labels, a quotation later), a hearing write-up's or a live blog's "X opens by
saying/asking ..." and "the judge asked X why/whether ...", an explainer's "A:" answers read as the journalist's
prose (a quotation and its attribution, "she told reporters"), an interviewer named in the introduction ("Sokol
spoke to Jonas Berg") whose turns are questions, "In early September the ministry ordered ..., saying ...", and the
letter of "X wrote to users ... The letter reads in part:"."""
from __future__ import annotations

from helpers import actors
from test_side11 import side_of, sides  # the rules' side of a sentence (shared with side11)


def said(sentence: str):
    """``find_attribution`` of one sentence, its mentions its only context."""
    return actors.find_attribution(sentence, actors.find_mentions(sentence))


# --- "Its <post>, Name,": the post of the party the sentence before is about ---------------------------------------

INTERVIEW = ("The ministry ordered the messaging app Pinlark to hand over the names behind 40 accounts. Pinlark has "
             "refused. Its chief executive, Mara Quell, spoke to us by video on Tuesday.\n\n"
             "Q: Why will you not hand over the names?\n\n"
             "QUELL: Because the request names no law. We will not unmask anyone on the strength of a letter.\n\n"
             "Q: Will you go to court?\n\n"
             "QUELL: If we must, yes.")


def test_its_post_before_a_name_gives_the_person_the_side_of_the_party_before():
    assert side_of(INTERVIEW, "QUELL: Because") == "platform"
    assert side_of(INTERVIEW, "We will not unmask") == "platform"


def test_its_post_is_not_read_from_an_organisation_a_quotation_or_a_later_clause_names():
    body = ("The Valdorian Press Guild has said it will challenge the order in the Constitutional Court. Its director, "
            "Dr. Jonas Reyes, said the grounds were too broad.\n\n"
            "“There is no judge anywhere in this process,” Reyes said.")
    assert side_of(body, "“There is no judge") == "other"


# --- "opens by saying", "asked X why": a hearing's and a live blog's turns ----------------------------------------

def test_opening_by_saying_or_asking_is_the_subject_s_speech():
    found = said("Committee chair Lena Varga opened by asking why the platform had waited nine days.")
    assert found is not None and found.side == "government"
    found = said("Counsel for the ministry, Ivo Marr, opens by saying the order was lawful.")
    assert found is not None and found.side == "government" and "Marr" in found.name
    found = said("The minister opened the hearing by saying the orders were lawful.")
    assert found is not None and found.side == "government" and "opened" not in found.name


def test_a_question_asked_is_the_asker_s_speech_a_request_or_a_passive_is_not():
    found = said("Justice Ilse Varga asked the company's lawyer why the order had never been published.")
    assert found is not None and found.side == "government"
    found = said("The judge asks Ms. Holm whether anyone told the account holders.")
    assert found is not None and found.side == "government"
    assert said("The company declined to comment when asked whether it would appeal.") is None
    assert said("Ms. Holm, asked by reporters whether the block could last weeks, smiled.") is None
    assert said("The ministry asked users to report false posts.") is None


def test_a_question_by_a_pronoun_or_an_outsider_stays_the_journalist_s():
    assert said("She asked Mr. Marr why the company had not gone to court.") is None
    assert said("Opposition MP Tomas Berg asked in parliament whether the order was lawful.") is None


def test_a_live_blog_entry_opening_by_saying_gives_counsel_the_client_s_side():
    body = ("Live: the hearing on the messaging app Pinlark's removal from app stores\n\n"
            "09:40 – Arvid Lind, appearing for Pinlark, opens by saying the app was pulled without a hearing.\n\n"
            "10:15 – Lind says the order named no article.")
    assert side_of(body, "09:40") == "platform"
    assert side_of(body, "10:15") == "platform"


# --- an explainer's answers ------------------------------------------------------------------------------------------

EXPLAINER = ("Fines for late takedowns: what the committee wants\n\n"
             "Q: What does it recommend?\n\n"
             "A: The committee proposes a fine for each late order. It also says the deadline should be cut to 24 hours.\n\n"
             "Q: How has the industry reacted?\n\n"
             "A: Pinlark, the country's largest social app, said in a statement on Wednesday that the plan rewards speed. "
             "\"A fine for every late decision tells a company to delete first,\" the statement read. \"Lawful speech "
             "will be the first casualty.\"\n\n"
             "Q: What does the government say?\n\n"
             "A: Digital Affairs Minister Aurel Daskin welcomed the report. \"We are asking only for what the law "
             "already asks,\" she told reporters.\n\n"
             "Q: Who can order a block?\n\n"
             "A: The minister can. The order must give a reason from a list in the law, including \"threats to public "
             "order\" and \"false information harmful to the state\".")


def test_an_explainer_s_answer_gives_a_quotation_and_a_pronoun_their_speakers():
    assert side_of(EXPLAINER, "It also says") == "government"
    assert side_of(EXPLAINER, "\"A fine for every") == "platform"
    assert side_of(EXPLAINER, "\"We are asking") == "government"


def test_an_explainer_s_answer_quoting_the_law_s_terms_stays_the_journalist_s():
    assert side_of(EXPLAINER, "The order must give") == "narrator"
    assert side_of(EXPLAINER, "A: The minister can.") == "narrator"


# --- the interviewer the introduction names ---------------------------------------------------------------------------

def test_the_one_the_interviewee_spoke_to_asks_and_reports_others_words():
    body = ("Former minister Irena Sokol drafted the blocking law. Sokol spoke to Jonas Berg on Radio Varn on Tuesday.\n\n"
            "Berg: You wrote this law. Is the government using it as intended?\n\n"
            "Sokol: Partly. The power was meant for a narrow set of cases.\n\n"
            "Berg: The ministry said last week that “every one of these channels was used to organise blockades.” Is "
            "that enough?\n\n"
            "Sokol: Only if it shows the evidence to a judge.")
    assert side_of(body, "Berg: You wrote") == "narrator"
    assert side_of(body, "Berg: The ministry said") == "government"
    assert actors.interviewer("Sokol spoke to Jonas Berg on Radio Varn.", "Berg")
    assert not actors.interviewer("We spoke to Jonas Berg, the company's head of policy.", "Berg")


# --- a month opening the sentence, a letter's writer -------------------------------------------------------------------

def test_a_month_opening_the_sentence_without_a_comma_keeps_the_subject_speaking():
    found = said("In early September the Ministry of Digital Affairs ordered the app to block the union's account, "
                 "saying its posts amounted to incitement.")
    assert found is not None and found.side == "government"


def test_the_letter_of_one_who_wrote_to_users_is_theirs():
    body = ("Pinlark, the livestreaming app, went dark on Saturday after the authority ordered providers to cut it off.\n\n"
            "On Monday, the company's chief operating officer, Mara Quell, wrote to users to call the order unlawful. "
            "The letter, published in the app, reads in part:\n\n"
            "We were given no hearing and no copy of the complaint. Shutting off a whole service is not moderation.")
    assert side_of(body, "We were given no hearing") == "platform"


# --- "X, one of the platforms ...," ---------------------------------------------------------------------------------

def test_one_of_the_platforms_in_apposition_makes_the_name_a_platform_that_speaks():
    body = ("The ombudsman's report counted 180 blocking orders last year. A spokesperson for Pinlark, one of the "
            "platforms that went to court, said the company had complied with all but four.\n\n"
            "\"We follow the law, and we go to court when an order goes beyond it,\" the spokesperson said.")
    assert "Pinlark" in actors.learn_platforms(body)
    assert side_of(body, "\"We follow the law") == "platform"
    body = ("The rights group's report counts 9,412 orders. Kestovia's government did not respond to requests for comment.\n\n"
            "Twitter, one of the platforms named most often in the report, said it had received 1,640 orders.")
    assert side_of(body, "Twitter, one of") == "platform"
