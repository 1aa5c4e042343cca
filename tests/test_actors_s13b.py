"""Session 13 (second pass) attribution rules, written from the side errors of rounds 64-66: a place adjective is
no name, the press spoken to is no referent, capitals Q&A labels, founders and counsel of the article's platform,
a rights commission, and a platform used as a medium."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_based_adjective_is_no_name():
    frame = attribute("Chirrup received the notice on Monday. “Nobody here signed up for this,” said a Delhi-based "
                      "employee, who asked not to be named.")
    side, speaker, _ = side_of(frame, "Nobody here")
    assert side == "platform" and speaker != "Delhi-based"  # a role phrase, or the platform: not the adjective
    assert "Delhi-based" not in actors.CAPITAL_NAME.findall("said a Delhi-based employee")
    assert actors.CAPITAL_NAME.findall("The Bengaluru-based Digital Liberties Trust") == ["The", "Digital Liberties Trust"]


def test_the_press_spoken_to_is_no_referent():
    body = ("Chirrup received the notice on Monday. Staff have been told not to speak to reporters. "
            "Another staff member said colleagues had begun avoiding the office.")
    assert side_of(attribute(body), "Another staff member")[0] == "platform"
    body = ("Brightforge Games, the studio behind Ironvale, restored chat on Friday after talking to reporters. "
            "In a post on its community forum, the studio wrote: “We have switched off chat because the law requires it.”")
    assert side_of(attribute(body), "We have switched off")[0] == "platform"


def test_capitals_labels_of_a_qa_are_the_interviewee():
    body = ("This week we talk to Dr. Leila Marsh, a researcher at the University of Corvel.\n\n"
            "Q: How many orders are we talking about?\n\n"
            "MARSH: The ministry sent 312 orders last year. Most named whole accounts.\n\n"
            "Q: Is that accurate?\n\n"
            "MARSH: Some of them clearly do.\n\n"
            "BERLIN: a single dateline-like label stays out.")
    frame = attribute(body)
    assert side_of(frame, "sent 312 orders")[:2] == ("other", "Leila Marsh")
    assert side_of(frame, "Most named whole accounts")[:2] == ("other", "Leila Marsh")
    assert side_of(frame, "How many orders")[0] == "narrator"


def test_a_capitals_dateline_is_no_label():
    body = "NEW DELHI: The ministry on Monday ordered Twitter to block 250 accounts.\n\nTwitter complied."
    assert side_of(attribute(body), "ordered Twitter")[1] != "New Delhi"


@pytest.mark.parametrize("sentence", [
    "Anna Berg, the founder of Chirrup, said the order was unlawful.",
    "Lena Fox, who co-founded Chirrup, said the app would fight.",
    "Chirrup's head of trust and safety, Omar Diaz, said the company would appeal.",
    "Chirrup's general counsel, Omar Diaz, said the company would appeal.",
    "Chirrup co-founder Mira Sen said it would not comply.",
])
def test_people_of_the_platform_party(sentence):
    body = "The ministry ordered Chirrup, the messaging app, to block 40 accounts. Chirrup refused. " + sentence
    assert side_of(attribute(body), sentence[:20])[0] == "platform"


def test_a_former_employee_speaks_for_himself():
    body = ("The ministry ordered Chirrup, the messaging app, to block 40 accounts. Chirrup refused. "
            "Paul Kim, a former Chirrup employee, said the company was right.")
    assert side_of(attribute(body), "Paul Kim")[0] == "other"


def test_founder_of_an_invented_messenger_answers_for_it():
    body = ("Earlier this week, Jonas Ekwueme, who founded the encrypted messenger Whisperline in 2017, published a "
            "blog post. We spoke to him on Thursday.\n\n"
            "Q: Why publish a blog post?\n\n"
            "A: Because there was nothing to negotiate. The letter gave us 72 hours.\n\n"
            "Q: Could Whisperline be blocked?\n\n"
            "A: It could.")
    frame = attribute(body)
    assert side_of(frame, "nothing to negotiate")[0] == "platform"
    assert side_of(frame, "It could")[0] == "platform"


def test_the_operator_that_hosts_the_site():
    body = ("The ministry ordered providers to block an Agorapedia article. The Agora Knowledge Foundation, which hosts "
            "the site, has now responded. In a statement, its general counsel, Olamide Fairweather, said the foundation "
            "would challenge the order.")
    assert side_of(attribute(body), "Olamide Fairweather")[0] == "platform"


def test_a_rights_commission_is_no_state_voice():
    body = ("Kadoria's independent National Human Rights Commission on Tuesday published its review of blocking orders. "
            "The commission said most orders gave no reason. “People are being silenced,” the commission's chair, "
            "Halima Osei-Brandt, told a press conference.")
    frame = attribute(body)
    assert side_of(frame, "most orders gave no reason")[0] == "other"
    assert side_of(frame, "People are being silenced")[0] == "other"
    assert actors.learn_rights_commission("The Electoral Commission and the Human Rights Commission met.") == {}


def test_an_electoral_commission_stays_the_state():
    body = "The Independent Electoral Commission ordered the posts removed. The commission said the law was clear."
    assert side_of(attribute(body), "law was clear")[0] == "government"


@pytest.mark.parametrize("sentence", [
    "The ministry responded on Koo, a homegrown microblogging app, calling the timing of the post unusual.",
    "The IT ministry itself used its new Koo handle on Wednesday to call Twitter's blog post unusual.",
])
def test_a_platform_used_as_a_medium_is_not_the_speaker(sentence):
    body = "Twitter published a blog post on Tuesday. " + sentence
    assert side_of(attribute(body), sentence[:25])[0] == "government"


def test_a_date_after_the_subject_is_no_medium():
    assert actors.without_medium("The regulator on Monday") == "The regulator on Monday"
    assert actors.without_medium("The ministry responded on Koo") == "The ministry"
