"""Label consistency (session 16): constructions the guidelines settle must carry one label in every label file.

Checked over the dev labels, every training round (rounds/) and the second annotator's labels of the same
articles. The held-out labels are not read here (nobody may read them); a second-annotator file whose article
text is not among the dev or round articles (a held-out article) is skipped, not opened.

Rules (data/annotations/GUIDELINES_ADDENDUM.md, "Settled in session 16"):
- a meeting between the state and a platform told without its words ("IT Secretary X met Twitter executives by
  video.", "Officials of both sides met twice", "That meeting took place on Wednesday evening.") is the narrator's
  sentence (the session-15 rule for acts told without their words);
- the `meeting` event of "A met B" / "A held a virtual meeting with B" / "A is due to hold talks with B" is performed
  by the party the sentence makes its subject: `government` for "IT Secretary X met Twitter executives", `platform`
  for "senior Twitter executives met IT Secretary X";
- a deadline set by an order, notice, ruling or rule ("The order gave the company 48 hours to comply.", "..., giving
  it seven days to act", "gives Pebble seven days") is part of the act: the narrator's, unless the sentence also
  reports words ("... and warned that ...", "according to ...", "the commission said ...");
- a threat joined to an order or notice without words ("served the company with a non-compliance notice and
  threatened to suspend the app", "issued the order and threatened ... with fines") is part of the act: the
  narrator's, as the session-6 headline rule has it for ", threatens ...".
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pytest

from test_gold_consistency_s15 import ANNOTATIONS, SECOND, label_files, locate  # the same readers


@lru_cache(maxsize=None)
def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def platform_names(statements: Path) -> frozenset[str]:
    """First words of the platforms an article's labels name (speakers and actors with side `platform`)."""
    names = set()
    for f, column in ((statements, "speaker"), (statements.with_name(statements.name.replace("_statements", "_events")),
                                                 "actor")):
        if f.exists():
            names |= {r[column].split()[0] for r in read(f) if r.get("side") == "platform" and r.get(column)}
    return frozenset(n for n in names if n[:1].isupper() and n not in {"The", "A", "Its", "His", "Her"})


def rows(kind: str = "statements"):
    """(file, row, sentence, where the evidence starts inside the sentence, the article's platforms) per row."""
    for f in label_files(kind):
        plats = platform_names(f.with_name(f.name.replace("_events", "_statements")))
        for row in read(f):
            found = locate(row)
            if found:
                yield f, row, found[0], found[1], plats


# --- meetings ------------------------------------------------------------------------------------------------------
MEET = re.compile(
    r"(?:^|[,—–-]\s|\bafter\s|\bwhen\s|\band\s)"
    r"(?P<subj>(?:[A-Z][\w’'.-]*|the|of|and|senior|top|two|its|company|ministry|ministry’s|ministry's|government|"
    r"officials|executives|representatives|vice-presidents|secretary|\s)+?)\s+"
    r"(?:(?:has|had|have|is|was|were|are)\s+(?:due|expected|set|scheduled)\s+to\s+|(?:will|would|had|has|have)\s+)?"
    r"(?P<verb>met|meets|meet|held (?:a|the) (?:[\w-]+ )?meeting with|held talks with|hold talks with|holds talks with|"
    r"holding talks with|sat down with|sit down with)\s+(?P<obj>[^,;.]{3,80})")
BOTH = re.compile(r"\b(?:[Oo]fficials (?:of|from) both sides|[Tt]he two sides|[Bb]oth sides) (?:met|held talks|sat down)\b"
                  r"|\b(?:[Tt]he|[Tt]hat) (?:[\w-]+ )?meeting (?:then )?(?:went ahead|took place|has begun|began|did take place)\b"
                  r"|\b(?:held|holding) (?:a|the) (?:[\w-]+ )?meeting\b|\btalks between\b")
STATE = re.compile(r"\b(?:Secretary|secretary|[Mm]inister|[Mm]inistry|[Oo]fficials|[Rr]egulator|[Aa]uthority|[Cc]ommission|"
                   r"[Gg]overnment|[Cc]ommittee|Centre|[Pp]olice|[Cc]ourt|MeitY)\b")
PLATFORM = re.compile(r"\b(?:Twitter|company|company’s|company's|platform|executives|representatives|vice-presidents|"
                      r"vice presidents)\b")
MEETING_WORDS = re.compile(r"\b(?:said|says|say|saying|told|tells|telling|tell|according|argued|arguing|conveyed|conveying|"
                           r"expressed|called|calling|insisted|described|warned|added|noting|noted|readout|statement|"
                           r"contrasted|urged)\b|[“”\"?]", re.I)


def party(phrase: str, platforms: frozenset[str]) -> str | None:
    """The side of the first party a phrase names ("IT Secretary X" government, "senior Twitter executives" platform)."""
    first = None
    for kind, pattern in (("government", STATE), ("platform", PLATFORM)):
        for m in pattern.finditer(phrase):
            first = min(first or (m.start(), kind), (m.start(), kind))
    for name in platforms:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", phrase):
            first = min(first or (m.start(), "platform"), (m.start(), "platform"))
    return first[1] if first else None


def meeting_clause(sentence: str, platforms: frozenset[str] = frozenset()):
    """The "A met B" clause of a meeting between the state and a platform: (span, the subject's side), else None."""
    for found in MEET.finditer(sentence):
        subject, other = party(found["subj"], platforms), party(found["obj"], platforms)
        if subject and other and subject != other:
            return found.span("subj")[0], found.end(), subject
    return None


def meeting_without_words(sentence: str, platforms: frozenset[str] = frozenset()) -> bool:
    s = sentence.strip()
    if MEETING_WORDS.search(s):
        return False
    return bool(meeting_clause(s, platforms) or BOTH.search(s))


# --- deadlines and threats joined to an order -----------------------------------------------------------------------
NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|" \
      r"forty-five|sixty|ninety)"
DEADLINE = re.compile(r"\b(?:gave|gives|give|giving)\s+(?:[\w.’'-]+\s+){1,6}?" + NUM + r"[- ](?:days?|hours?|weeks?|months?)\b"
                      r"|\bgiving (?:it|them|the company|[A-Z]\w+) until\b")
THREAT = re.compile(r"(?:\band\s|,\s)(?:threatened|threatens|threatening)\b")
ACT_BEFORE_THREAT = re.compile(r"\b(?:served|serves|issued|issues|ordered|orders|gave|gives|sent|sends)\b")
# a naming verb inside a relative clause is the narrator's (session 3): "sent what officials described as a final notice"
NAMING = re.compile(r"\bwhat (?:[\w.’'-]+ ){1,3}?(?:describe[sd]?|called|calls|call|termed) (?:as )?", re.I)
ACT_WORDS = re.compile(r"\b(?:said|says|say|saying|told|tells|telling|according|warn(?:s|ed|ing)?|argu(?:es|ed|ing)|"
                       r"describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|insist(?:s|ed|ing)|add(?:s|ed|ing)|point(?:s|ed|ing) out|"
                       r"demand(?:s|ed|ing) that|accus(?:es|ed|ing)|claim(?:s|ed|ing)|alleg(?:es|ed|ing)|direct(?:s|ed|ing)|"
                       r"ordering|asking|asked|urg(?:es|ed|ing)|cit(?:es|ed|ing)|stat(?:es|ed|ing)|statement|not(?:es|ed|ing)|"
                       r"explain(?:s|ed|ing)|conced(?:es|ed|ing)|recall(?:s|ed|ing)|rul(?:es|ed|ing) that|h(?:olds|eld|olding) that)\b|"
                       r"[“”\"?]", re.I)


def _no_words(sentence: str) -> str | None:
    s = NAMING.sub(" ", sentence.strip())
    return None if ACT_WORDS.search(s) else s


def deadline_without_words(sentence: str) -> bool:
    """'The order gave the company 48 hours to comply.', '..., giving it seven days to act or face proceedings'."""
    s = _no_words(sentence)
    return bool(s and DEADLINE.search(s))


def threat_joined_to_an_act(sentence: str) -> bool:
    """'The ministry has since served the company with a non-compliance notice and threatened to suspend the app.'"""
    s = _no_words(sentence)
    if not s:
        return False
    found = THREAT.search(s)
    return bool(found and ACT_BEFORE_THREAT.search(s[:found.start()]))


def test_the_matchers_find_what_they_should():
    tw = frozenset({"Twitter"})
    assert meeting_without_words("On Wednesday evening, IT Secretary Ajay Prakash Sawhney met Twitter executives "
                                 "Monique Meche and Jim Baker virtually.", tw)
    assert meeting_without_words("She spoke to us on Thursday, a day after senior Twitter executives met IT Secretary "
                                 "Ajay Prakash Sawhney.", tw)
    assert meeting_without_words("That meeting took place on Wednesday evening.")
    assert meeting_without_words("Officials of both sides met twice in June.")
    assert not meeting_without_words("Government sources say the IT Secretary met senior Twitter executives late last night.",
                                      tw)
    assert not meeting_without_words("According to a ministry official, IT Secretary Ajay Prakash Sawhney will meet the "
                                      "company’s senior executives virtually on Wednesday evening.", tw)
    assert not meeting_without_words("Facebook and Google said earlier this week that they were working to meet the new "
                                      "requirements.", tw)
    assert not meeting_without_words("Its board meets on March 12, when a nationwide block could be formally approved.")
    assert meeting_clause("The remarks came a day after senior Twitter executives held a virtual meeting with IT "
                          "Secretary Ajay Prakash Sawhney.", tw)[2] == "platform"
    assert meeting_clause("Twitter is due to hold talks with senior officials of the Ministry of Electronics and "
                          "Information Technology (MeitY) today.", tw)[2] == "platform"
    assert meeting_clause("Hours later, IT Secretary Ajay Prakash Sawhney met Twitter executives by video call.",
                          tw)[2] == "government"
    assert meeting_clause("Ministry officials met Twitter executives virtually on Wednesday evening.", tw)[2] == "government"
    assert meeting_clause("Its executives are expected to meet ministry officials again soon.", tw)[2] == "platform"
    assert meeting_clause("The company on Wednesday refused to act on the accounts, and the IT Secretary met its "
                          "executives by video link the same evening.", tw)[2] == "government"
    assert not meeting_clause("Twitter had asked for a meeting with the Government.", tw)
    assert deadline_without_words("The order gave Kwip 48 hours to delete the account.")
    assert deadline_without_words("The ministry served Knotwork with a non-compliance notice the same day, giving it "
                                  "seven days to act or face proceedings under the 2022 Online Safety Act.")
    assert deadline_without_words("On June 27, the ministry sent Twitter what officials described as a final notice, "
                                  "giving it until July 4 to act on all pending blocking orders.")
    assert deadline_without_words("Election body gives platforms 24 hours to pull 312 political ads")
    assert not deadline_without_words("It gave the company 30 days to pay and warned that a second notice could double "
                                      "the penalty.")
    assert not deadline_without_words("The National Communications Authority (NCA) said the stream was unlawful and "
                                      "gave the company two hours to end it.")
    assert not deadline_without_words("The order, dated Aug. 3, gives the two companies five days to comply, according "
                                      "to Tallyo's developers.")
    assert not deadline_without_words("The Ministry sent the order on March 6, directing the company to comply.")
    assert threat_joined_to_an_act("The ministry has since served the company with a non-compliance notice and "
                                   "threatened to suspend the app.")
    assert threat_joined_to_an_act("It gave Whisperline ten days to make the groups unreachable and threatened a daily "
                                   "fine of 50,000 crowns.")
    assert not threat_joined_to_an_act("The order demanded that the accounts be withheld within 72 hours and threatened "
                                       "the company's local partner with criminal charges.")
    assert not threat_joined_to_an_act("13:20 – The ministry has served Kwill with a notice of non-compliance, ordering it "
                                       "to act within 24 hours and threatening to throttle its service nationwide.")
    assert not threat_joined_to_an_act("Critics threatened to leave the app.")


@pytest.fixture(scope="module")
def statement_rows():
    return list(rows("statements"))


@pytest.fixture(scope="module")
def event_rows():
    return list(rows("events"))


def test_the_checks_cover_the_sets(statement_rows, event_rows):
    for found in (statement_rows, event_rows):
        files = {f for f, *_ in found}
        assert any(f.parent == ANNOTATIONS for f in files)
        assert sum(f.parent.parent.name == "rounds" for f in files) > 500
        assert sum(f.parent == SECOND for f in files) > 150
        assert not any("heldout" in f.parts for f in files)


def test_a_meeting_told_without_its_words_is_the_narrators(statement_rows):
    found = [(f.name, s, row["side"]) for f, row, s, _, plats in statement_rows
             if row["kind"] not in ("direct", "block") and meeting_without_words(s, plats)]
    assert len(found) >= 30  # 25 first labels and 7 second labels when this was settled
    wrong = [x for x in found if x[2] != "narrator"]
    assert not wrong, wrong


def test_a_meetings_side_is_the_side_of_its_subject(event_rows):
    found = []
    for f, row, s, at, plats in event_rows:
        clause = meeting_clause(s, plats) if row["event_type"] == "meeting" else None
        if clause and clause[0] <= at + len(row["evidence"]) and at < clause[1]:
            found.append((f.name, s, row["side"], clause[2]))
    assert len(found) >= 30  # 24 first labels and 8 second labels when this was settled
    assert sum(x[3] == "platform" for x in found) >= 5
    wrong = [x for x in found if x[2] != x[3]]
    assert not wrong, wrong


def test_a_deadline_set_by_an_order_is_the_narrators(statement_rows):
    found = [(f.name, s, row["side"]) for f, row, s, _, _ in statement_rows
             if row["kind"] not in ("direct", "block") and deadline_without_words(s)]
    assert len(found) >= 60  # 52 first labels and 17 second labels when this was settled
    wrong = [x for x in found if x[2] != "narrator"]
    assert not wrong, wrong


def test_a_threat_joined_to_an_order_is_the_narrators(statement_rows):
    found = [(f.name, s, row["side"]) for f, row, s, _, _ in statement_rows
             if row["kind"] not in ("direct", "block") and threat_joined_to_an_act(s)]
    assert len(found) >= 15  # 14 first labels and 4 second labels when this was settled
    wrong = [x for x in found if x[2] != "narrator"]
    assert not wrong, wrong
