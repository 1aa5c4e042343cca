"""helpers.stance, ninth pass: no-comment phrases, courts ruling against an order, penalty clauses explained by
outside voices, and the neutral vote of a speaker who relays facts."""
from helpers import stance, stance_model


def label(text: str, side: str, speaker: str = "") -> str:
    """Stance label of one sentence by the cue rules alone."""
    return stance.label(stance.score_sentence(text, side, speaker)[0])


def test_no_comment_is_not_a_refusal():
    # 'declined to' and 'would not' alone are a platform's refusal; declining to comment is not
    assert label("A spokeswoman for the app declined to comment on the letter.", "platform") == "neutral"
    assert label("The company would not say why the posts came back.", "platform") == "neutral"
    assert label("Its lawyer refused to comment on the talks.", "other") == "neutral"
    assert label("The company declined to remove the videos.", "platform") == "against"  # still a refusal


def test_state_side_ruling_against_an_order():
    assert label("The judges held that blocking the whole channel was disproportionate.", "government") == "against"
    assert label("The tribunal ruled that the directive lacked a legal basis.", "government") == "against"
    assert label("An appeals panel on Monday overturned the suspension.", "government") == "against"
    assert label("Calling the measure not proportionate, the bench sent it back.", "other") == "against"


def test_penalty_clause_explained_by_an_outsider_is_neutral():
    text = "Under the statute, a service that fails to comply can be fined for every day of delay."
    assert label(text, "other") == "neutral"
    assert label(text, "government") == "favor"  # the state stating the penalty still enforces it


def test_relaying_speaker_without_cue_votes_neutral():
    sents = {"text": ["Most of the accounts had only a few hundred followers.",
                      "Most of the accounts had only a few hundred followers.",
                      "The orders are unlawful and must be withdrawn."],
             "side": ["other", "other", "other"],
             "speaker": ["analysts", "Amara Eze", "analysts"],
             "article_id": ["a", "a", "a"]}
    _, _, relayed = stance.rule_columns_roles(sents)
    assert relayed == [True, False, False]  # an observer without a cue; a named voice; a cue decides
    assert stance.rule_columns(sents)[1] == stance.rule_columns_roles(sents)[1]
    probs = (0.05, 0.50, 0.45)  # the model leans against, narrowly
    assert stance_model.combine(probs, 0.0, False)[0] == "against"
    assert stance.with_model((0.0, []), probs, [0], None, relayed=True) == (0.0, [])  # the role's vote: neutral


def test_secrecy_cue_does_not_match_secretary():
    # 'secret*' used to match 'secretary': an outside voice naming an official read as a critic of secrecy
    assert stance.score_sentence("If the panel agrees, the secretary signs the order.", "other", "analysts")[1] == []
    assert label("The orders are kept secret from the people they silence.", "other") == "against"
    assert "secrecy" in stance.score_sentence("Critics attacked the secrecy of the process.", "other")[1]

