"""Session 16: side errors on the two parties' sentences counted by class on dev + rounds 4-66, and three rules for the
commonest: a block quote's colon lead-in read by its clause's subject, a headline's coordinated speech verb behind a
label or a full stop (and "IT ministry" is no pronoun), and an interview's quoted headline given to its interviewee."""
import pytest
from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_block_introduced_by_a_pronoun_after_a_sentence_about_a_judge_is_the_judge():
    body = ("Court dismisses Twitter plea\n\nSenior advocate Mohan Rao, appearing for Twitter, told the court the orders "
            "were vague.\n\nThe judge was unpersuaded. In his order, he wrote:\n\nThe petitioner is a company of vast "
            "means. Such conduct cannot pass without consequence.\n\nThe company did not comment.")
    frame = attribute(body)
    assert side_of(frame, "vast means")[0] == "government"
    assert side_of(frame, "In his order")[0] == "government"


def test_a_block_whose_lead_in_is_the_statement_belongs_to_the_speaker_before_it():
    body = ("Twitter says staff safety at risk\n\nTwitter said in a statement on Thursday that it was worried about its "
            "staff.\n\nThe ministry hit back within hours. It said Twitter had refused to comply with the rules. The "
            "statement read in part:\n\nFraming laws is the job of Parliament, not of a private company. It should "
            "comply with the law.\n\nThe police also criticised the company.")
    frame = attribute(body)
    assert side_of(frame, "Framing laws")[0] == "government"
    assert side_of(frame, "The statement read")[0] == "government"


def test_a_block_lead_in_without_a_speech_verb_is_its_subject_not_the_last_speaker():
    body = ("Election day live\n\n16:30 The Ministry of Information has served Twitter with a notice and says it will ask "
            "prosecutors to act.\n\n17:55 Twitter has answered on its policy account:\n\nWe respect the electoral law "
            "and we will defend our view in court.\n\n20:00 Polls have closed.")
    assert side_of(attribute(body), "We respect the electoral law")[0] == "platform"


def test_a_block_lead_in_keeps_the_author_it_names():
    body = ("Leaked letter\n\nThe ministry ordered Twitter to remove 300 videos.\n\nThe letter, signed by the ministry's "
            "secretary, reads in part:\n\nYou must remove the listed videos within 48 hours.\n\nTwitter refused.")
    assert side_of(attribute(body), "You must remove")[0] == "government"


def test_a_block_lead_in_after_an_opening_phrase_is_the_main_clause_subject():
    body = ("Twitter writes to ministry\n\nTwitter refused the order on Monday.\n\nIn a letter to the ministry, which the "
            "company also posted on its blog, it wrote:\n\nWe will not block journalists.\n\nThe ministry has not replied.")
    assert side_of(attribute(body), "We will not block journalists")[0] == "platform"


@pytest.mark.parametrize("headline, side", [
    ("Twitter withholds part of listed accounts, says it won't act against journalists", "platform"),
    ("Twitter moves Karnataka HC against 10 blocking orders, says Centre's demands 'overbroad'", "platform"),
    ("Twitter vs Centre LIVE: IT ministry serves notice over restored accounts, warns of penal action", "government"),
    ("IT ministry serves notice on Twitter for unblocking accounts, warns of jail term", "government"),
    ("Centre serves notice on Twitter for restoring blocked accounts, warns of penal action.", "government"),
    ("Karnataka HC stays costs on Twitter, tells it to deposit half.", "narrator"),  # an instruction: the act
])
def test_a_headlines_coordinated_speech_verb_is_its_subjects(headline, side):
    body = headline + "\n\nThe dispute began in February. The ministry has ordered Twitter to block 1,178 accounts."
    assert side_of(attribute(body), headline[:30])[0] == side


def test_it_in_capitals_is_no_pronoun():
    assert not actors.PRONOUN_SUBJECT.match("IT ministry serves notice")
    assert actors.PRONOUN_SUBJECT.match("It served notice")


def test_an_interviews_quoted_headline_is_the_interviewees():
    body = ("‘We will not be the ministry’s switch’: Twitter policy chief on refusing the orders\n\n"
            "We spoke to Monique Meche, Twitter's head of public policy, on Thursday. The interview has been edited.\n\n"
            "Q: Why refuse?\n\nA: Because the orders did not say what anyone had done wrong.\n\n"
            "Q: What next?\n\nA: We will go to court.")
    frame = attribute(body)
    answer = side_of(frame, "We will go to court")
    assert answer[0] == "platform"
    assert side_of(frame, "switch")[:2] == answer[:2]


def test_a_quoted_headline_of_no_interview_is_left_alone():
    body = ("‘A dark day’: critics on the blocking orders\n\nCritics said the orders were vague. The ministry said they "
            "were lawful.")
    assert side_of(attribute(body), "A dark day")[0] != "platform"


def test_an_interviewee_introduced_as_its_office_answers_for_the_organisation_named_before():
    # "We spoke to X, its director of ...": the "A:" answers are X's, on the side of the platform named before "its"
    body = ("Why Fernlo pushes back on secret orders\n\nFernlo, a photo-sharing app with 9 million users, received 800 "
            "blocking orders last year.\n\nWe spoke to Lena Okafor-Brandt, its head of public policy, in Marlow.\n\n"
            "Q: How many orders did you refuse?\n\nA: About a dozen. We told the ministry why in each case.\n\n"
            "Q: Will you go to court?\n\nA: We have already filed a petition.")
    frame = attribute(body)
    assert side_of(frame, "About a dozen")[:2] == ("platform", "Lena Okafor-Brandt")
    assert side_of(frame, "We told the ministry")[0] == "platform"
    assert side_of(frame, "filed a petition")[0] == "platform"
    assert side_of(frame, "Will you go to court")[0] == "narrator"


def test_an_its_office_without_an_organisation_before_it_names_no_interviewee():
    body = ("Secret orders, explained\n\nWe spoke to Lena Okafor-Brandt, its head of public policy, in Marlow.\n\n"
            "Q: What is a secret order?\n\nA: An order the platform may not disclose.\n\nQ: Are they common?\n\n"
            "A: More than they were.")
    assert side_of(attribute(body), "may not disclose")[0] == "narrator"
