"""Session 14 (b): a broadcast transcript's capitals labels ("LUNDE: ...") speak for the person they name, the
presenter's for no one; "Joint Secretary" / "Additional Secretary" before a name is a state post; "X, which makes
the app," introduces a platform's operator. Datelines and country headings in capitals stay no speakers."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


TRANSCRIPT = (
    "Transcript: callers clash with ministry adviser over the Fibline block\n\n"
    "This is an edited transcript of Thursday's Morning Line, presented by Anna Brisk.\n\n"
    "BRISK: Good morning. The Ministry of Information ordered Flock to block the account last Friday. "
    "With me is Dr. Petra Lunde, an adviser to the ministry. Dr. Lunde, why this account?\n\n"
    "LUNDE: Satire is welcome in this country. The order is narrow and temporary.\n\n"
    "BRISK: Our first caller is Jonas, from Harlby. Go ahead, Jonas.\n\n"
    "JONAS: Thanks. I knew every post was a joke.\n\n"
    "BRISK: Dr. Lunde?\n\n"
    "LUNDE: I understand the frustration. The state has a duty to act.\n")


@pytest.mark.parametrize("fragment, side", [
    ("Satire is welcome", "government"),
    ("The order is narrow", "government"),
    ("I understand the frustration", "government"),
    ("I knew every post was a joke", "other"),
    ("Thanks.", "other"),
    ("Good morning.", "narrator"),
    ("Go ahead, Jonas.", "narrator"),
    ("Transcript: callers clash", "narrator"),
])
def test_transcript_labels_speak_for_the_person_they_name(fragment, side):
    assert side_of(attribute(TRANSCRIPT), fragment)[0] == side


def test_country_headings_in_capitals_are_no_transcript():
    body = ("Governments and platforms fought over blocking orders this year.\n\n"
            "BRAZIL: A court ordered X to block accounts. Brazil's regulator said it would act.\n\n"
            "INDIA: The ministry sent Twitter a notice. India's courts backed it.\n")
    assert actors.capitals_transcript(body, {"BRAZIL": 1, "INDIA": 1}) is False
    assert side_of(attribute(body), "A court ordered")[0] != "other"


def test_presenter_is_named_by_the_introduction():
    assert actors.presenter(TRANSCRIPT, "BRISK")
    assert actors.presenter(TRANSCRIPT, "Anna Brisk")
    assert not actors.presenter(TRANSCRIPT, "Lunde")


def test_joint_secretary_answers_a_qa_for_the_government():
    body = ("The Ministry of Communications notified a rule on June 2. We spoke to Joint Secretary Naledi Okoro, "
            "who drafted much of the rule, on Tuesday.\n\n"
            "Q: Why does the country need this rule now?\n\n"
            "A: Because citizens have nobody to call.\n\n"
            "Q: What happens next?\n\n"
            "A: We will defend the rule.\n")
    assert side_of(attribute(body), "nobody to call")[0] == "government"
    assert side_of(attribute(body), "defend the rule")[0] == "government"


def test_maker_of_an_app_is_a_platform():
    body = ("The gaming authority blocked the betting app SpinHarbor last month. Quellon Interactive, which makes "
            "the app, filed its challenge on September 4. \"We were blocked without a hearing,\" Quellon's chief "
            "executive, Rafael Odim, said.")
    assert "Quellon Interactive" in actors.learn_platforms(body)
    assert side_of(attribute(body), "blocked without a hearing")[0] == "platform"


def test_addressee_of_an_opening_letter_is_not_the_subject():
    body = ("The Data Protection Authority ordered Loopa, a social network, to delete 12,000 accounts. Loopa refused. "
            "In a letter to the authority in February, the company said it would withhold the accounts. "
            "\"Deletion is irreversible,\" its head of legal affairs, Dario Menz, wrote.")
    assert side_of(attribute(body), "Deletion is irreversible")[0] == "platform"
