"""Events, session 30 (events13): pattern triggers that tell no act (``data/lexicons/event_not_acts.csv``,
``events.not_an_act``, read by ``events.told_again``): a court named as the object of another clause, hypothetical or
denied legal steps, a document's words read as a statement, counsel's submissions, rules announced, a reply made by an
act, orders told in the present or tallied, notices that order nothing blocked, compliance weighed in an argument,
content that 'mocked', charges against accounts, a threat or prosecution named in commentary. Each guard has a case it
must leave alone. Sentences are made up (the Drevan regulator and the app Pellow); the patterns alone (the learned
detector and verifier off: what new text gets)."""
import pandas as pd
import pytest

from helpers import event_model, event_verifier, events
from test_events6 import LEAD
from test_events6 import of_type as shipped_of_type


def of_type(body: str, kind: str) -> pd.DataFrame:
    with event_model.using(None), event_verifier.using(None):
        return shipped_of_type(body, kind)


def told(body: str, kind: str, words: str) -> pd.DataFrame:
    rows = of_type(body, kind)
    return rows[rows["evidence"].str.contains(words, regex=False)]


def test_the_lexicon_is_read_and_checked():
    rows = events.not_acts()
    assert rows and all(kinds and any(rx is not None for rx in row) for kinds, *row in rows)
    assert any("legal_action" in kinds and "blocking_order" in kinds for kinds, *_ in rows)


def test_a_bad_row_stops_the_run(tmp_path, monkeypatch):
    (tmp_path / "event_not_acts.csv").write_text("event_type,before,at,inside,after,note\nfine_print,,x,,,a note\n")
    monkeypatch.setattr(events.paths, "LEXICONS", tmp_path)
    events.not_acts.cache_clear()
    try:
        with pytest.raises(ValueError, match="row 2"):
            events.not_acts()
    finally:
        events.not_acts.cache_clear()


@pytest.mark.parametrize("sentence, kind, words", [
    # a court as the object of another clause
    ("Pellow said it would take the matter to court if penalties were imposed.", "court_ruling", "penalties"),
    ("Pellow turned to the tribunal only after it was told its licence was at risk.", "court_ruling", "licence"),
    # a denied, hypothetical or counterfactual legal step
    ("Not one moderator was arrested, and the app stayed online.", "legal_action", "moderator"),
    ("Pellow would ask the district court to review the list if the regulator fined it.", "legal_action", "review the list"),
    ("If the regulator files a case, the cost could be large, a lawyer said.", "legal_action", "files a case"),
    ("Pellow should have challenged the order at once, its critics said.", "legal_action", "critics"),
    ("A Drevan district court on Monday fined the app 9,000 crowns for each day of delay.", "legal_action", "9,000"),
    # orders told in the present, tallied, or a notice that orders nothing blocked
    ("When an app is told to delete a channel here, it must act the same day, the regulator said.", "blocking_order",
     "delete a channel"),
    ("The other 31 orders were declined, the transparency report says.", "blocking_order", "declined"),
    ("On Monday the regulator sent Pellow a notice warning of fines for the delay.", "blocking_order", "warning of"),
    # compliance weighed, asked about, or a duty
    ("Pellow complied only because the law left it no room, its lawyer argued.", "withholding", "left it no room"),
    ("The regulator asked each app to explain how it had complied.", "withholding", "how it had"),
    ("Such directions must be complied with at once, the regulator said.", "withholding", "at once"),
    ("The regulator ordered some 40 channels withheld on Monday.", "withholding", "40 channels"),
    # what the content did, the charge against it
    ("Pellow removed 12 sketches that mocked the governor.", "backlash", "sketches"),
    ("The list names 30 channels the regulator accuses of organising illegal rallies.", "backlash", "rallies"),
    # a threat or prosecution named in commentary
    ("A union leader described the threat of prison as intimidation.", "legal_threat", "intimidation"),
    ("Any prosecution would face a long trial, a lawyer said.", "legal_threat", "long trial"),
    # a denied meeting or refusal, a restoration denied
    ("The regulator said its conditions were not met.", "meeting", "conditions"),
    ("Pellow did not respond to the criticism on Monday.", "refusal", "criticism"),
    ("Nobody restored the channels, the regulator said.", "restoration", "channels"),
    ("The order was issued without notice to the channel owners, the judge held.", "non_compliance_notice",
     "owners"),
])
def test_no_act_is_told(sentence, kind, words):
    assert told(LEAD + sentence, kind, words).empty


@pytest.mark.parametrize("sentence, kind, words", [
    ("A notice served on Monday warned that Pellow could lose its licence.", "statement", "warned"),
    ("Pellow's lawyer, appearing for the app, argued on Monday that the list was too broad.", "statement", "argued"),
    ("The regulator on Monday announced new rules for video apps.", "statement", "new rules"),
    ("The regulator hit back on Sept. 3 with a second list of 30 channels.", "statement", "second list"),
    ("The regulator sent Pellow what it described as a final notice on Monday.", "statement", "final notice"),
])
def test_no_statement_is_told(sentence, kind, words):
    assert told(LEAD + sentence, kind, words).empty


@pytest.mark.parametrize("sentence, kind, words", [
    ("A Drevan court on Monday suspended the order.", "court_ruling", "suspended"),
    ("Pellow filed a petition in the High Court on Monday.", "legal_action", "petition"),
    ("Pellow said on Monday it would appeal the fine.", "legal_action", "appeal"),
    ("The regulator sent Pellow a notice on Monday directing it to block 12 channels.", "blocking_order", "directing"),
    ("Pellow complied only in part, keeping 12 channels online.", "withholding", "complied"),
    ("Users mocked the regulator online.", "backlash", "mocked"),
    ("Pellow replied on Sept. 3 with a short statement.", "statement", "replied"),
    ("The regulator warned on Monday that it would fine Pellow.", "statement", "warned"),
    ("Pellow restored the channels on Monday.", "restoration", "restored"),
])
def test_the_act_told_is_kept(sentence, kind, words):
    assert len(told(LEAD + sentence, kind, words)) == 1
