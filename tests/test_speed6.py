"""Session 30's speed pass (engineer speed6, issue 6): the session's new rules made cheap, the same answers.

- ``events.not_an_act`` (events13's ``event_not_acts.csv``) reads ``not_act_checks``: the rows of the trigger's type
  only, the rows of one condition joined into one regex per condition, the other rows' conditions tried anchored
  first. It must answer as the plain loop over ``not_acts`` (every row in turn, every condition in file order).
- ``actors.learn_company_posts`` tries ``company_post_regex`` only where a match can start
  (``company_post_starts``: a capitalised word before "’s" / "'s", a company post's first word); the matches must be
  those of ``finditer``, and the learner's answer that of its plain form.

Checked on sentences written for this test (every word of each as a trigger, for every event type) and on a
made-up rows table that holds groups, a back reference and an inline flag (rows that cannot be joined)."""
from __future__ import annotations

import re

import pytest

from helpers import actors, events
from helpers.text import matches_at

SENTENCES = [
    "The platform said it would challenge the order in court if fines were imposed on its staff.",
    "Nobody restored all of the accounts, and the ministry has not reinstated the channel either.",
    "The regulator sent the company a notice on Monday warning of penal consequences.",
    "The remaining 147 orders were declined, while 31 orders were carried out in full.",
    "In its petition, filed on Monday, the company argued that the ban was unlawful.",
    "The minister responded on Feb. 24 with a fresh order to block 40 more accounts.",
    "Officials had not met the firm's executives before the deadline passed.",
    "The ministry ordered about 250 accounts withheld, and the company complied only because the law left no choice.",
    "If the ministry files a case, the company would ask a court to review the order if the regulator became involved.",
    "Users mocked the order online; clips that mocked the minister were taken down on Tuesday.",
    "A district court on Thursday fined the company for failing to comply, and the bench issued notice to the state.",
    "The rules, announced on February 25 by the ministry, require platforms to appoint a grievance officer.",
    "WHEN CONTENT IS WITHHELD, the firm said, it tells users; the orders must be complied with.",
    "Counsel appearing for the company, Mira Sand, argued on Thursday that the order was vague.",
    "“We did not respond to the criticism,” said a spokesperson, who was being pushed back by police.",
    "The prosecution would have to show wilful non-compliance, which did not by itself trigger prosecution.",
    "Kestrel’s chief executive said the platform had complied — whenever a post is withheld, users are told.",
    "",
    "if",
    "ſhould have challenged the order: the İnternet firm’s counsel said nothing.",
]


def plain_not_an_act(text: str, pos: int, end: int, kind: str, rows) -> bool:
    """``not_an_act`` as events13 wrote it: every row of ``not_acts`` in turn, its conditions in file order."""
    for kinds, before, at, inside, after in rows:
        if kind in kinds and (before is None or before.search(text, max(0, pos - 60), pos)) \
                and (at is None or at.match(text, pos)) and (inside is None or inside.search(text, pos, end)) \
                and (after is None or after.match(text, end)):
            return True
    return False


def trigger_spans(text: str) -> list[tuple[int, int]]:
    """Every word and every run of two or three words of ``text`` as a trigger span, and the empty ends."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    spans = [(a, b) for k, (a, _) in enumerate(words) for _, b in words[k:k + 3]]
    return spans + [(0, 0), (len(text), len(text))]


def test_not_an_act_equals_the_plain_loop():
    rows = events.not_acts()
    found = 0
    for text in SENTENCES:
        for pos, end in trigger_spans(text):
            for kind in events.EVENT_TYPES:
                plain = plain_not_an_act(text, pos, end, kind, rows)
                assert events.not_an_act(text, pos, end, kind) == plain, (text, text[pos:end], kind)
                found += plain
    assert found > 20  # the sentences reach the rows (the comparison is not one of False against False)


@pytest.mark.parametrize("text, word, kind", [
    ("The platform said it would challenge the order in court if fines were imposed.", "challenge", "legal_action"),
    ("Nobody restored all of the accounts.", "restored", "restoration"),
    ("The remaining 147 orders were declined.", "orders", "blocking_order"),
    ("Officials had not met the firm.", "met", "meeting"),
])
def test_not_an_act_finds_the_rows(text, word, kind):
    pos = text.index(word)
    assert events.not_an_act(text, pos, pos + len(word), kind)
    assert not events.not_an_act(text, pos, pos + len(word), "no_such_type")  # a type with no rows: no row applies


def test_not_act_checks_with_rows_that_cannot_be_joined(monkeypatch):
    """A made-up table: rows of one condition with groups (a back reference) or an inline flag stay rows of their
    own; the answers are the plain loop's."""
    compile_i = lambda p: re.compile(p, re.I)  # noqa: E731
    rows = (
        (("legal_action",), compile_i(r"(?:\bnot)\s*$"), None, None, None),
        (("legal_action",), compile_i(r"(?:\bnever)\s*$"), None, None, None),
        (("legal_action", "meeting"), None, compile_i(r"(\w+) \1\b"), None, None),  # a back reference
        (("legal_action",), None, compile_i(r"(?x) sued \s+ again"), None, None),  # an inline flag: no join
        (("legal_action",), None, compile_i(r"filed\s+twice"), None, None),
        (("meeting",), None, None, compile_i(r"\bmet\b"), compile_i(r"\s+(?:on time|within)\b")),
        (("meeting",), None, None, None, compile_i(r",")),
        (("meeting",), None, None, None, compile_i(r"\s+again\b")),
        (("meeting",), compile_i(r"(?:\bhad)\s*$"), compile_i(r"met"), compile_i(r"et"), compile_i(r"\s")),
    )
    monkeypatch.setattr(events, "not_acts", lambda: rows)  # (not_act_checks joins any other rows anew: review30)
    checks = events.not_act_checks()
    assert checks["legal_action"][2] is not None and len(checks["legal_action"][4]) == 3  # two 'before' joined
    assert set(checks) == {"legal_action", "meeting"}
    texts = ["They did not sue sued again, and never filed twice.", "We met met on time, had met again.",
             "It had met them, then met within the week", "Sued  again? The firm had not, never, FILED TWICE."]
    for text in texts:
        for pos, end in trigger_spans(text):
            for kind in ("legal_action", "meeting", "refusal"):
                assert events.not_an_act(text, pos, end, kind) == plain_not_an_act(text, pos, end, kind, rows), \
                    (text, text[pos:end], kind)


COMPANY_LINES = [
    "Flocksy's chief executive, Rhea Castellane, told the committee that the chief executive of Threadle agreed.",
    "Flocksy’s chief executive of Threadle said so; the CEO of Vocalia did not.",
    "Twitter India's managing director and Prasar Bharati's chief executive met the head of policy of Brightfeed.",
    "Orbitly’s trust and safety director, Kofi Mensah, and the director of trust and safety at Pinlo spoke.",
    "The general counsel of Bluefin Media, the head  of public policy of Kiosko, Kiosko's interim chief executive.",
    "Ab's CEO, X_y's ceo, _Zed's ceo, A1b's general counsel, o'Neil's chief executive, Mac-Kay's CEO said.",
    "Threadwell's executives appeared before the committee; its Chief Executive Of Loomly answered.",
    "A company's executives and the country head of Marlo, whose chief legal officer of Marlo resigned.",
    "Ünal's chief executive said Kestrel's managing director had left.",  # non-ASCII, no fold hazard
    "İnci's chief executive and the ceo of Kelvin: Kestrel's CEO of Tarn.",  # 'İ', 'K': the plain scan
    "",
    "'s chief executive",
]


def test_company_post_starts_give_the_finditer_matches():
    regex = actors.company_post_regex()
    if regex is None:
        pytest.skip("no company_post words")
    matched = 0
    for line in COMPANY_LINES:
        starts = actors.company_post_starts(line)
        plain = [(m.span(), m.groups()) for m in regex.finditer(line)]
        if starts is not None:
            assert [(m.span(), m.groups()) for m in matches_at(regex, line, starts)] == plain, line
        matched += len(plain)
    assert matched > 10
    assert actors.company_post_starts(COMPANY_LINES[9]) is None  # 'İ' and the Kelvin sign: no lower-case scan


def plain_learn_company_posts(body: str) -> dict:
    """``learn_company_posts`` with ``finditer`` (session 29's form)."""
    regex = actors.company_post_regex()
    if regex is None or ("’s" not in body and "'s" not in body and " of " not in body):
        return {}
    known, providers = actors.known_aliases(), actors.attribution_words()["provider_noun"]
    names = {m.group(1) or m.group(2) for m in regex.finditer(body)
             if not (m.group(1) and actors.CAPITALISED_BEFORE.search(body, max(0, m.start() - 40), m.start()))}
    return {n: actors.Actor(f"local_{n.lower()}", n, "platform", "named") for n in sorted(names)
            if n.lower() not in known and n.lower() not in actors.NOT_NAMES
            and not actors.provider_named(body, n, providers)}


def test_learn_company_posts_equals_its_plain_form():
    learned = 0
    for body in [*COMPANY_LINES, "\n\n".join(COMPANY_LINES), " ".join(SENTENCES)]:
        got = actors.learn_company_posts(body)
        assert got == plain_learn_company_posts(body), body
        learned += len(got)
    assert learned > 0


def plain_affil_lead_gate(body: str) -> bool:
    """``affil_lead_gate`` as side11 wrote it (the window's pairs tried at every comma); the window is the last
    ``LEAD_SCOPE_SPAN`` whole words since session 31 (fix31), 90 characters before."""
    posts, scope = actors.AFFIL_LEAD_POSTS, actors.LEAD_SCOPE_WORDS
    for i in actors.iter_find(body, ","):
        words = body[max(0, i - 40):i].split()
        wide = body[:i].split()[-actors.LEAD_SCOPE_SPAN:]
        if any(w in posts and wide[k + 1] in scope for k, w in enumerate(wide[:-1])):
            return True
        if words and (words[-1] in posts or words[-1] in ("then", "now") and len(words) > 1 and words[-2] in posts
                      or words[-3:] == ["at", "the", "time"] and len(words) > 3 and words[-4] in posts):
            return True
    return False


@pytest.mark.parametrize("body, expected", [
    ("The chief executive of Threadle, Marcus Eld, said the order was vague.", True),
    ("The company's policy director for the region, Sofia Andrade, declined.", True),
    ("The IT minister, Kasimir Vell, hit back.", True),
    ("The minister at the time, Ana Ros, and then the head, Ivo Lis, spoke.", True),
    ("mis" + "chief of " + "z" * 81 + ", Ana Ros, said.", False),  # whole words: 'mischief' (a 90-character
    ("mischief of " + "z" * 78 + ", Ana Ros, said.", False),  # window cut it to 'chief' before session 31)
    ("The chief of " + "Z" * 100 + ", Ana Ros, said.", True),  # a long name: the post further back than 90
    ("The minister\u00a0of\tstate, Ana Ros, said.", True),  # any white space splits
    ("The minister spoke of it. Later, the ministry, which ...", False),
    ("A head of state, in fact, was named ... " + "word " * 30 + ", no post near this comma", True),
    ("No post here, none at all, not one.", False),
    ("", False),
])
def test_affil_lead_gate_equals_its_plain_form(body, expected):
    assert actors.affil_lead_gate(body) == plain_affil_lead_gate(body) == expected
