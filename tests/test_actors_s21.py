"""Session 21, attribution of speech told without a speech verb and of documents as speakers: "the letter said" after
a sentence that shows its sender sending it; "dismissed the findings" (a reply naming what it rejects) is speech;
a governor's spokesman speaks for the state."""
import pytest

from conftest import attribute, side_of


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


INTRO = "The interior ministry ordered Twitter to suspend 150 accounts on Monday. "


@pytest.mark.parametrize("body, fragment, speaker, side", [
    # the sender opens the sentence after a fronted medium and its relative clause: the letter is the sender's (an
    # unregistered platform, `other` for the rules alone), not a state's letter
    (INTRO + "In a letter sent to the ministry on Wednesday night, which the company shared with reporters, Loopline "
     "said it had removed 40 of the accounts. For the other 110, the letter said, the ministry had supplied no "
     "evidence.", "For the other 110", "Loopline", "other"),
    # a group issues a joint letter (its sentence attributed through the trailing participle): the quote is the group's
    (INTRO + "Five press-freedom and civil-liberties groups issued a joint letter on Friday urging the minister to "
     "withdraw the order. “Satire is not disinformation,” the letter said.", "Satire is not", None, "other"),
])
def test_the_letter_said_after_its_sender_sent_it(body, fragment, speaker, side):
    found = side_of(attribute(body), fragment)
    assert found[0] == side
    if speaker:
        assert found[1] == speaker


def test_a_state_letter_keeps_the_state():
    body = INTRO + "The ministry sent a letter to Twitter on Tuesday. The letter said the company had 48 hours to act."
    assert side_of(attribute(body), "The letter said")[0] == "government"


@pytest.mark.parametrize("sentence, side", [
    ("The Ministry of Communications dismissed the findings a day later.", "government"),
    ("Minister Ilse Varga dismissed the note.", "government"),
    ("Farmer leaders dismissed the claim of incitement.", "other"),
    ("It also dismissed the company's argument that several of the accounts belonged to journalists.", "government"),
])
def test_dismissing_a_claim_is_speech(sentence, side):
    body = "The appeals tribunal heard Twitter's case on Monday. " + sentence
    assert side_of(attribute(body), sentence[:30])[0] == side


@pytest.mark.parametrize("sentence", [
    "The High Court dismissed the petition on Friday.",
    "The court dismissed Twitter's challenge to the orders and imposed costs.",
])
def test_a_court_dismissing_a_petition_stays_the_narrators(sentence):
    assert side_of(attribute(INTRO + sentence), sentence[:30])[0] == "narrator"


def test_a_governors_spokesman_speaks_for_the_state():
    body = INTRO + "The governor's spokesman, Marco Tilan, said the criticism was unfair."
    assert side_of(attribute(body), "Marco Tilan")[0] == "government"


@pytest.mark.parametrize("lead", [
    "We also read out the authority’s statement from Monday:",
    "The host then read out the ministry's short statement:",
])
def test_a_colon_lead_in_reading_out_anothers_statement_is_the_authors(lead):
    """Session 21, third pass: "X read out the authority's statement:" introduces the author's words, not the
    reader's; the lead-in and its block take the author's side (a reader telling of it without the block is unchanged)."""
    body = ("Dr Lena Brandt, a media scholar, joined us in the studio. “Nobody expected this,” she said.\n\n" + lead +
            "\n\n> The company has had every opportunity to comply. Our order stands.\n\n"
            "Dr Brandt laughed.")
    frame = attribute(body)
    assert side_of(frame, lead[:20])[0] == "government"
    assert side_of(frame, "every opportunity to comply")[0] == "government"


def test_reading_out_a_statement_without_a_colon_keeps_the_reader():
    from helpers import actors
    assert actors.find_attribution("Carrow reads out the ministry's statement on the episode.", []).name == "Carrow"
    assert actors.find_attribution("We also read out the authority’s statement from Monday:", []) is None


@pytest.mark.parametrize("text, speaker", [
    ("Officials cited Section 69A of the IT Act, which lets the government order blocking.", "Officials"),
    ("The ministry cites “public order” in each notice.", "ministry"),
    ("Parley removed 212 channels, a record the minister also cited.", None),  # a contact clause: nothing reported
])
def test_the_grounds_an_actor_cites_are_its_speech(text, speaker):
    """Session 21, third pass: "cited"/"cites" with what is cited after it reports the actor's grounds (speech)."""
    from helpers import actors
    found = actors.find_attribution(text, [])
    assert (found.name if found else None) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("None of the account holders had been told why, she found.", "she"),
    ("The orders gave no reasons, the High Court found.", "High Court"),
    ("Users across India found on Monday that dozens of accounts had vanished.", None),
    ("It restored them, saying it had found insufficient justification.", "it"),  # "saying" speaks, not "found"
])
def test_a_judges_finding_in_the_attributions_place_is_speech(text, speaker):
    """Session 21, third pass: ", she found." / ", the court found." after the words attributes them to the finder."""
    from helpers import actors
    found = actors.find_attribution(text, [])
    assert (found.name if found else None) == speaker
