"""Session 15 (event recall, the statement rules): the rule that drops a statement the learned detector finds in a
sentence given to an outside voice stays (removing it found 12 more labelled events on rounds 64-69 but added two false
alarms on the held-out set: README_events.md, session 15); these tests pin it and the rules around it. Invented texts,
a one-word toy detector."""
from helpers import event_model, events


def toy_model(word: str = "zorbled", etype: str = "statement", side=("platform", "subject")):
    """A one-word detector: the word pushes the type far above the threshold, everything else below it."""
    table = {event_model.INTERCEPT: (-5.0,), word: (9.0,), "the": (0.1,)}
    return event_model.Model((etype,), table, {etype: side})


def found(monkeypatch, texts: list[str], sides: list[str]) -> dict[str, list]:
    monkeypatch.setattr(event_model, "load", lambda *a: toy_model())
    sents = {"text": texts, "side": sides, "paragraph": list(range(len(texts))),
             "char_start": [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]}
    return events.extract_columns("2025-06-12", sents)


def test_a_detected_statement_of_an_outside_voice_is_left_to_the_statements_table(monkeypatch):
    for text in ("The press union zorbled on Monday that the orders were unlawful.",
                 "In an interview broadcast on Monday, the former chief executive zorbled that the state had pressed him."):
        got = found(monkeypatch, [text], ["other"])
        assert got["event_type"] == [], text


def test_the_attribution_after_a_quotation_still_holds_for_outside_voices(monkeypatch):
    # the attribution after a quotation, with no date or document of its own: no statement event
    got = found(monkeypatch, ["“The orders are unlawful,” the union’s lawyer zorbled."], ["other"])
    assert got["event_type"] == []


def test_a_detected_statement_of_a_party_keeps_its_side(monkeypatch):
    got = found(monkeypatch, ["The ministry zorbled on Monday that the orders stand."], ["government"])
    assert got["event_type"] == ["statement"] and got["side"] == ["government"]
