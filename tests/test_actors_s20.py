"""Session 20: the speaker of a trailing speech participle ("..., saying ...", "..., warning that ...") is the
sentence's subject also when a date opens the sentence without its comma ("On February 3 the ministry served a notice,
warning ..."), when the subject is a name no lexicon holds ("Paloma refused to pay, saying ...") and when a
subordinate clause with another party as its subject comes first ("After Twitter restored them, the ministry served
a notice, warning ..."); and an act told before such a participle stays the journalist's for its date."""
import pytest

from conftest import attribute, side_of
from helpers import actors, events, text


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


@pytest.mark.parametrize("sentence", [
    "On February 3 the ministry served a notice of non-compliance, warning that officers could face prison.",
    "On 3 April the ministry served a formal notice, warning that the app faced a fine.",
    "On 17 April the ministry ordered Quillo to suspend 18 channels, accusing them of spreading false reports.",
])
def test_a_date_without_its_comma_is_no_speaker_before_a_trailing_participle(sentence):
    assert attribute(sentence)["side"].iloc[0] == "government"


def test_a_part_of_the_day_without_its_comma_leaves_the_pronoun_subject():
    body = ("The ministry ordered Twitter to block 257 accounts.\n\n"
            "Twitter withheld them in the morning.\n\n"
            "By evening it has restored most of them, saying the posts were newsworthy speech.")
    assert side_of(attribute(body), "By evening")[0] == "platform"


def test_a_name_no_lexicon_holds_speaks_in_its_trailing_participle():
    frame = attribute("Paloma refused to pay, saying the channels belonged to opposition newspapers.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "Paloma"]  # the speaker model's to place
    frame = attribute("Threadwell removed 61 of the posts and asked for more time, arguing that many were news reports.")
    assert frame["speaker"].iloc[0] == "Threadwell"
    assert attribute("Paloma refused to pay the fine.")["side"].iloc[0] == "narrator"  # no words reported


def test_an_unregistered_opening_name_is_read_only_for_a_participle_s_subject():
    assert actors.sentence_subject("Paloma refused to pay, ", []) is None
    assert actors.sentence_subject("Paloma refused to pay, ", [], participle=True) is None
    assert actors.sentence_subject("Paloma refused to pay, ", [], True, unregistered=True).name == "Paloma"
    assert actors.sentence_subject("Chirpa's moderators reviewed it twice, ", [], True, True).name == "Chirpa"


def test_a_leading_clause_s_subject_is_not_the_participle_s_speaker():
    sentence = "After Twitter restored most of the first batch, the ministry served it a notice on February 3, warning of penal action."
    assert attribute(sentence)["side"].iloc[0] == "government"
    sentence = "When Twitter refused, the ministry wrote to it again, saying the order was binding."
    assert attribute(sentence)["side"].iloc[0] == "government"


def test_a_refusal_told_before_the_refuser_s_trailing_words_is_the_journalist_s_for_its_date():
    body = ("On February 6, the regulator sent Tessel three orders listing 212 accounts. Tessel withheld 180 of them "
            "within that window, but it declined to act on the remaining 32, saying they belonged to journalists.")
    sents = actors.attribute(body, text.split_sentences(body))
    sents["side"] = sents["side"].where(~sents["text"].str.contains("declined"), "platform")  # the refuser's words
    found = events.extract("2024-03-01", sents)
    row = found[found["event_type"] == "refusal"].iloc[0]
    assert (row["date_start"], row["date_end"]) == ("2024-02-06", "2024-03-01")  # from the orders to the article date
