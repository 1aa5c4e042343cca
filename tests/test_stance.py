"""helpers.stance: cues, negation and its scope, and the speaker's side."""
import pytest

from helpers import stance


def label(text: str, side: str) -> str:
    """Stance label of one sentence said by ``side``."""
    return stance.label(stance.score_sentence(text, side)[0])


def test_negation_turns_compliance_into_refusal():
    assert label("The company said it will block the accounts.", "platform") == "favor"
    assert label("We have not taken any action on these accounts.", "platform") == "against"
    assert label("We will not remove lawful speech.", "platform") == "against"


def test_same_words_other_side():
    assert label("Twitter did not comply with the orders.", "government") == "favor"
    assert label("We did not comply with the orders.", "platform") == "against"
    assert label("Twitter has not taken any action on the accounts.", "government") == "favor"


def test_negation_scope_stops_at_clause_break():
    score, cues = stance.score_sentence("We did not hesitate, and we complied with the order.", "platform")
    assert score > 0 and cues == ["complied"]


def test_demands_are_not_platform_actions():
    assert label("Today we received orders to block accounts of journalists.", "platform") == "neutral"


def test_cues_are_reported():
    _, cues = stance.score_sentence("If Twitter doesn't follow its orders, it will face imprisonment.", "government")
    assert "imprisonment" in cues and any(c.startswith("not ") for c in cues)


def test_bad_cue_row_is_named(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("cue,stance,weight,sides\ncomply,maybe,1,any\n", encoding="utf-8")
    with pytest.raises(stance.LexiconError, match=r"cues.csv: row 2"):
        stance.read_cues(bad)
