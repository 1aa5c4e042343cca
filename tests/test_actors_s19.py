"""Session 19: a press briefing's transcript labels its speakers in capitals with their office and full name
("MINISTER SELIN ARVAZ: ...") and the ones who ask by their trade, with the outlet in brackets ("REPORTER (Daily
Meridian): ..."): the answers are the named person's, the questions no one's."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


BRIEFING = (
    "Transcript: Minister Okafor on Ravlo's refusal to block 12 accounts\n\n"
    "The following is an edited excerpt from Tuesday's press briefing at the Ministry of Digital Affairs.\n\n"
    "REPORTER (Evening Star): Minister, Ravlo says it will not block the accounts. What is your response?\n\n"
    "MINISTER AMINA OKAFOR: The order is lawful and binding. Ravlo had ten days.\n\n"
    "REPORTER (Harbour Post): Will you fine the company?\n\n"
    "MINISTER AMINA OKAFOR: We will begin proceedings next week. Nobody is above the law.\n\n"
    "Ravlo did not respond to a request for comment.\n")


@pytest.mark.parametrize("fragment, side", [
    ("The order is lawful", "government"),
    ("Ravlo had ten days", "government"),
    ("We will begin proceedings", "government"),
    ("Nobody is above the law", "government"),
    ("What is your response?", "narrator"),
    ("Will you fine the company?", "narrator"),
    ("Ravlo did not respond", "narrator"),
])
def test_briefing_transcript_labels_speak_for_the_office_they_name(fragment, side):
    assert side_of(attribute(BRIEFING), fragment)[0] == side


def test_a_label_of_several_words_counts_when_its_surname_is_printed():
    assert actors.capitals_transcript(BRIEFING, {"MINISTER AMINA OKAFOR": 2, "REPORTER": 2})
    assert not actors.capitals_transcript(BRIEFING, {"MINISTER AMINA BALOGUN": 2, "REPORTER": 2})


# a paragraph in quotation marks opened by a colon lead-in at the end of the paragraph before: the lead-in's main
# clause has the speaker, not the addressee its opening phrase names ("In a letter to the ministry, ..., it wrote:")
LETTER = (
    "Skyward refuses order to reinstate 30 accounts\n\n"
    "KORVETH — The social network Skyward has refused an order from the Ministry of Information to reinstate 30 "
    "accounts it suspended last month. On Monday, the ministry ordered the company to reinstate them within 72 hours.\n\n"
    "Skyward replied on Wednesday, two days after the order arrived. In a letter to the ministry, which the "
    "company also posted on its policy blog, it wrote:\n\n"
    "\"We removed these accounts because they broke our rules. We will not do that.\"\n")

# a live blog's post whose author the registry cannot place: the post of the party the entry before reports
LIVE = (
    "Live: Ravlo to sue the digital ministry over channel blocking order\n\n"
    "09:40 – The messaging platform Ravlo says it will file a lawsuit against the Ministry of Digital Affairs.\n\n"
    "09:52 – The post, signed by chief executive Hana Morvik, reads in part:\n\n"
    "“We received the order on 27 February. It gives no reasons for 190 of the channels.”\n\n"
    "11:30 – The ministry has not yet commented.\n")


@pytest.mark.parametrize("body, fragment, side", [
    (LETTER, "We removed these accounts", "platform"),
    (LETTER, "We will not do that", "platform"),
    (LETTER, "In a letter to the ministry", "platform"),
    (LIVE, "We received the order", "platform"),
    (LIVE, "It gives no reasons", "platform"),
])
def test_quoted_paragraph_after_a_colon_lead_in_is_its_authors(body, fragment, side):
    assert side_of(attribute(body), fragment)[0] == side


# an interview printed with its questions in bold and its answers unlabelled after them
BOLD = (
    "‘We asked for the evidence’: Lumen's safety lead on the suspension order\n\n"
    "The Ministry of Information ordered the video platform Lumen on Monday to suspend a news site's account. "
    "Its head of trust and safety, Mara Feld, spoke to Radio Kestrel today. This is an edited transcript.\n\n"
    "**Ms Feld, why hasn't Lumen suspended the account?**\n\n"
    "Because the order doesn't tell us what is wrong. We asked the ministry for the legal basis.\n\n"
    "**Will you go to court?**\n\n"
    "We have asked our lawyers to prepare a challenge.\n\n"
    "The Ministry of Information did not respond to a request for comment.\n")


@pytest.mark.parametrize("fragment, side", [
    ("Because the order doesn't tell us", "platform"),
    ("We asked the ministry for the legal basis", "platform"),
    ("We have asked our lawyers", "platform"),
    ("Will you go to court?", "narrator"),
    ("did not respond to a request", "narrator"),
])
def test_bold_questions_mark_an_interview_whose_answers_follow(fragment, side):
    assert side_of(attribute(BOLD), fragment)[0] == side
