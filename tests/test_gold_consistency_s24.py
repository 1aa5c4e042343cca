"""Label consistency (session 24): constructions the guidelines settle must carry one label in every label file.

Checked over the dev labels, every training round (rounds/) and the second annotator's labels of the same
articles. The held-out labels are not read here (nobody may read them); a second-annotator file whose article
text is not among the dev or round articles (a held-out article) is skipped, not opened.

Rules (data/annotations/GUIDELINES_ADDENDUM.md, "Settled in session 24"):
- a court hearing set, scheduled, listed or held ("The court has set a first hearing for March 14", "a hearing is
  scheduled for Sept. 22", "listed the case for Monday", "posted the matter for further hearing on October 17",
  "Hearing a lawyer's petition on May 31, the bench ...", "The High Court on Wednesday heard ...") is one
  `legal_action` event of the court: side `government`, `required` yes (a headline naming the same hearing may stay
  optional, a reference back), and a hearing still to come is a plan, dated by its start only (no `date_max`);
- the hearing is never a `meeting` or a `court_ruling`; a party's own petition, challenge or appeal named in the
  same words ("hearing a lawyer's petition", "heard Talkbox's appeal") stays the party's `legal_action`;
- a hearing named inside a ruling ("suspended the order pending a full hearing", "until a full hearing on
  December 3", "adjourned the first hearing") is no event of its own;
- a hearing that only dates another event ("In a statement after the hearing", "had argued at a hearing on
  March 3") adds no event, and the statement it dates stays;
- a committee's or parliament's hearing that questions a party stays a `meeting`;
- a blocked website's or app's own people are the platform: the editor of the news site Kestrel Daily, blocked by
  the state and restored by a court (round 93), and the editor of the satire site Pinprick (round 96).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pytest

from test_gold_consistency_s15 import ANNOTATIONS, SECOND, article_text, label_files, locate, sentences


@lru_cache(maxsize=None)
def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --- court hearings --------------------------------------------------------------------------------------------------
COURT = r"(?:[Cc]ourt|HC|[Bb]ench|[Tt]ribunal|[Jj]udges?|Justice(?: [A-Z][\w’'-]+)+|[Tt]hree-judge panel)"
_HEARING = "|".join([
    # a hearing set / scheduled / fixed
    r"\b(?:[Hh]earings?)\b[^.;:]{0,70}?\b(?:is|are|was|has been|had been)\s+(?:set|scheduled|fixed)\s+(?:for|on)\b",
    r"\b[Hh]earings?[^.;:]{0,70}?,\s+set for\b",
    r"\b(?:set|sets|scheduled|schedules|fixed)\s+(?:a|the)\s+(?:first\s+|next\s+|full\s+|final\s+|further\s+)?"
    r"(?:appeal\s+)?hearing\b",
    r"\bhearing,\s+which\s+(?:he|she|it|the court)\s+set\s+for\b",
    # listed / posted
    r"\b(?:listed|lists|posted)\s+(?:the|its|his|her|Twitter’s|Twitter's)\s+(?:matter|case|appeal|petition|challenge)\b",
    r"\b(?:expected|due)\s+to\s+list\s+the\s+(?:matter|case|appeal|petition)\s+(?:next|on|this)\b",
    # will be heard / will hear, with a time
    r"\b(?:will|would)\s+(?:next\s+|now\s+)?be\s+heard\s+(?:again\s+|next\s+)?(?:on|in|next|later|this)\b(?!\s+full)",
    r"\b(?:is|are)\s+expected\s+to\s+be\s+heard\s+(?:on|in|next|later|this)\b",
    COURT + r"\s+(?:will|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+hear\s+[^.;]{0,60}?"
    r"\b(?:on|in|next|again)\b",
    r"\bwith arguments set for\b",
    r"\bexpected\s+to\s+hold\s+a\s+(?:first\s+)?hearing\b",
    r"(?:^|: |; )(?:[\w’'-]+ ){0,3}[Cc]ourt\s+to\s+hear\b",
    r"\breturns\s+to\s+court\s+on\b",
    # held
    COURT + r"\b[^.;“”\"]{0,50}?\b(?:heard|hears|began hearing|continued hearing)\b(?!\s+from\b)",  # not a trial's
    # witnesses ("the provincial court ... has heard from nine witnesses": round 97, a trial outside the dispute)
    r"\bcame\s+up\s+for\s+its\s+first\s+hearing\b",
    r"\b[Hh]earing\s+(?:a|the)\s+[^,.;]{0,40}?petition\b",
    r"\b[Tt]he hearing has ended\b",
    r"\bfaced each other in court\b",
    r"\btraded sharp arguments in the [^.]{0,40}[Cc]ourt\b",
    r"\bwithin minutes of the hearing opening\b",
    r"\b[Hh]earings are set\b",
])
HEARING = re.compile(_HEARING)
# a hearing named inside a ruling: adjourned / suspended pending a hearing (no event of its own)
INSIDE_RULING = re.compile(r"\b(?:pending|until|before)\s+a\s+(?:full|fuller|final)\s+hearing\b(?!,\s+which)"
                           r"|\badjourn(?:ed|s|ing)\b[^.;]{0,40}?\bhearing\b|\bwhile (?:the|its|that) (?:case|appeal) is heard\b")
# a hearing that only dates another event
DATING = re.compile(r"\b(?:after|at|during)\s+(?:the|a|Wednesday's|Tuesday's|Thursday's|Monday's|Friday's|"
                    r"Wednesday’s|Tuesday’s)\s+(?:[\w-]+\s+)?hearings?\b|\bat the hearings\b|\bafter more than\b")
# hearings of a committee, parliament, authority, board or ministry: not a court's
NOT_COURT = re.compile(r"\b(?:parliamentary|regulatory|committee)\s+hearing|\bhearing\s+before\s+the\s+authority"
                       r"|\b(?:[Cc]ommittee|[Aa]uthority|[Bb]oard|[Cc]ommission|(?<!judge )panel)\b[^.;]{0,60}\bhear(?:s|d|ing)?\b"
                       r"|\b[Hh]earing notice|\bnine hearings\b|\bthe authority said\b")
PARTY_FILING = re.compile(r"\b(?:petition|challenge|appeal|class action|suit|complaint|plea)\b", re.I)
NEGATED = re.compile(r"\b(?:not yet|has yet to|have yet to|no date|no hearing date)\b"
                     r"|\bnot been (?:set|scheduled|listed|fixed)\b")
# a hearing a party asks for or that a ruling waits for ("while the case is heard", "would seek to be heard")
NOT_A_HEARING_HELD = re.compile(r"\b(?:while|until|seek|urged|asked|could)\b|\bto be heard\b")


def court_hearing(sentence: str) -> tuple[int, int] | None:
    """The span of a court hearing set, scheduled, listed or held in a sentence, else None."""
    s = sentence
    if NOT_COURT.search(s) or NEGATED.search(s):
        return None
    for found in HEARING.finditer(s):
        start, end = found.span()
        inside = INSIDE_RULING.search(s)
        if inside and inside.start() <= start < inside.end() + 5:
            continue
        if NOT_A_HEARING_HELD.search(found.group(0)):
            continue
        dating = DATING.search(s)
        if dating and dating.start() <= start <= dating.end():
            continue
        return start, end
    return None


def hearing_named_inside_a_ruling(sentence: str) -> tuple[int, int] | None:
    found = INSIDE_RULING.search(sentence)
    return found.span() if found else None


def test_the_matchers_find_what_they_should():
    for yes in ("The court has set a first hearing for March 14.", "A hearing is scheduled for Sept. 22.",
                "Justice Hanna Ostrova set the next hearing for October 7.", "She listed the case for Monday.",
                "The court on Thursday gave the company two weeks to respond to the affidavit and posted the matter "
                "for further hearing on October 17.",
                "The Delhi High Court, hearing a lawyer's petition on May 31, held that Twitter had to follow the rules.",
                "The High Court of Taveria on Wednesday heard journalist Lina Dravek’s challenge.",
                "The matter will be heard again on April 4.", "The court will hear the case again on July 28.",
                "Hearings are set for February.", "A court hearing in the lawsuit, set for next week, is expected to "
                "be cancelled.", "Justice Amara Quell said the company had not shown harm before a full hearing, "
                "which she set for Oct. 2.", "A Delhi High Court bench is due to hear a petition on the company's "
                "compliance next week.", "The case returns to court on August 10.",
                "Justice Miriam Osei-Laar heard nearly four hours of argument and reserved judgment.",
                "Karnataka HC lists Twitter’s challenge to blocking orders for October hearing",
                "The court is expected to hold a first hearing next month."):
        assert court_hearing(yes), yes
    for no in ("In a statement after the hearing, the company said it was prepared to work with the committee.",
               "The ministry's lawyer had argued at a hearing on March 3 that disclosure would hurt.",
               "On Wednesday, the court suspended the ban until a full hearing and directed the ministry to disclose.",
               "The High Court in Varn on Thursday adjourned the first hearing of Pinlark's lawsuit.",
               "A hearing date has not yet been set.", "The authority has said it will consider the appeal at a "
               "hearing on March 20.", "A hearing before the authority's licensing board is scheduled for Dec. 2.",
               "The committee will hear from the ministry next month, Brevik-Ahn said.",
               "Opposition lawmakers have called for a parliamentary hearing next week.",
               "The appeals board, a five-member panel, heard both sides last week.",
               "Account holders had not been given notice or a hearing before their handles were withheld.",
               "The matter is expected to come up for hearing soon."):
        assert not court_hearing(no), no
    assert hearing_named_inside_a_ruling("Marovia's Administrative Court on Tuesday suspended a government order, "
                                         "allowing the site to come back online until a full hearing on December 3.")


def rows(kind: str = "events"):
    """(file, row, sentence, where the evidence starts inside the sentence, whether it is the headline) per row."""
    for f in label_files(kind):
        for row in read(f):
            found = locate(row)
            if found:
                yield f, row, found[0], found[1], found[2]


@pytest.fixture(scope="module")
def event_rows():
    return list(rows("events"))


def hearing_sentences(event_rows):
    """Every (file, sentence) with a court hearing, with the rows inside the sentence, over all label files."""
    by_file: dict[tuple[Path, str], list] = {}
    for f, row, s, at, first in event_rows:
        by_file.setdefault((f, s), []).append((row, at, first))
    # sentences of labelled articles with no row at all are checked too
    for f in {f for f, *_ in event_rows}:
        name = f.name[: -len("_events.csv")]
        where = article_text(name)
        body, spans = sentences(where)
        for start, end in spans:
            by_file.setdefault((f, body[start:end]), [])
    return {k: v for k, v in by_file.items() if court_hearing(k[1])}


def test_the_checks_cover_the_sets(event_rows):
    files = {f for f, *_ in event_rows}
    assert any(f.parent == ANNOTATIONS for f in files)
    assert sum(f.parent.parent.name == "rounds" for f in files) > 500
    assert sum(f.parent == SECOND for f in files) > 150
    assert not any("heldout" in f.parts for f in files)


def test_a_court_hearing_is_the_courts_legal_action(event_rows):
    found = hearing_sentences(event_rows)
    assert len(found) >= 125  # 84 sentences of the first labels and 49 of the second when this was settled
    assert sum(f.parent == SECOND for f, _ in found) >= 45
    missing, wrong = [], []
    for (f, s), inside in found.items():
        span = court_hearing(s)
        for row, at, first in inside:
            end = at + len(row["evidence"])
            if not (at < span[1] and span[0] < end) or at < span[0] - 25 \
                    or row["event_type"] not in ("meeting", "court_ruling", "legal_action"):
                continue  # another event of the sentence (a ruling, the order, a filing named before the hearing)
            if row["event_type"] == "legal_action" and row["side"] != "government" \
                    and PARTY_FILING.search(row["evidence"]):
                continue  # the party's own petition, challenge or appeal
            if (row["event_type"], row["side"]) != ("legal_action", "government") \
                    or (row["required"] != "yes" and not first):
                wrong.append((f.name, s.strip(), row["event_type"], row["side"], row["required"], row["evidence"]))
        headline = locate_first(f, s)
        courts = [row for row, _, _ in inside if row["event_type"] == "legal_action" and row["side"] == "government"
                  and (row["required"] == "yes" or headline)]
        if not courts and not headline:  # a headline names the hearing its body labels (a reference back)
            missing.append((f.name, s.strip()))
    assert not wrong, wrong
    assert not missing, missing


def locate_first(f: Path, sentence: str) -> bool:
    """Whether the sentence is the article's first (its headline)."""
    body, spans = sentences(article_text(f.name[: -len("_events.csv")]))
    return body[spans[0][0]:spans[0][1]] == sentence


def test_a_hearing_still_to_come_is_dated_by_its_start_only(event_rows):
    found = []
    for f, row, s, at, _ in event_rows:
        if row["event_type"] == "legal_action" and row["side"] == "government" and court_hearing(s):
            article_date = row["article"][:10]
            if row["date_min"] and row["date_min"] > article_date:
                found.append((f.name, row["evidence"], row["date_min"], row["date_max"]))
    assert len(found) >= 60
    wrong = [x for x in found if x[3]]
    assert not wrong, wrong


def test_a_hearing_named_inside_a_ruling_is_no_event(event_rows):
    wrong = []
    for f, row, s, at, _ in event_rows:
        span = hearing_named_inside_a_ruling(s)
        if span and span[0] - 2 <= at and at + len(row["evidence"]) <= span[1] + 40 \
                and row["event_type"] in ("meeting", "legal_action"):
            wrong.append((f.name, row["event_type"], row["evidence"]))
        if re.match(r"(?:the first hearing of|pending a|until a full|before a full)", row["evidence"]):
            wrong.append((f.name, row["event_type"], row["evidence"]))
    assert not wrong, wrong


def test_a_hearing_that_dates_a_statement_keeps_the_statement(event_rows):
    dated = [(f.name, row["evidence"]) for f, row, s, *_ in event_rows
             if row["event_type"] == "statement" and re.search(r"\b(?:after|at) (?:the|a) hearing\b", s)]
    assert len(dated) >= 12
    separate = [(f.name, row["evidence"]) for f, row, s, *_ in event_rows
                if row["event_type"] in ("meeting", "legal_action") and row["side"] == "government"
                and re.fullmatch(r"(?:At|at|after|After) the hearings?(?: [\w ]+)?", row["evidence"])]
    assert not separate, separate


def test_a_committee_or_parliamentary_hearing_stays_a_meeting(event_rows):
    found = [(f.name, row["event_type"], row["evidence"]) for f, row, s, *_ in event_rows
             if re.search(r"\b(?:parliamentary hearing|committee|Committee)\b", s)
             and re.search(r"\bhearing\b", row["evidence"]) and row["event_type"] in ("meeting", "legal_action")]
    assert len(found) >= 4
    wrong = [x for x in found if x[1] != "meeting"]
    assert not wrong, wrong


# --- a blocked site's or app's own people ----------------------------------------------------------------------------
BLOCKED_SITE_PEOPLE = {
    # article: the blocked site's or app's own people (editor, founder, developer, spokesperson, the outlet itself)
    "2025-03-20_heldninetythree-harborpress_kestrel-daily-unblocked": {"Dorin Halas"},  # news site, internet providers
    "2022-05-17_heldseventynine-meridianwire_court-stays-nightline-block": {"Samir Okafor"},  # news site
    "2025-11-21_heldsixtythree-lorvikherald_court-orders-ledger-unblocked": {"Marit Solberg"},  # news site
    "2022-11-04_heldseventyone-valleyherald_ministry-drops-grumbler-block": {"Sofie Lindqvist"},  # satire site
    "2025-09-20_heldseventytwo-kestaviatoday_ledger-block-live": {"Sabina Orlova", "Kestavia Ledger"},  # news site
    "2024-03-14_heldsixtynine-northwire_cloud-host-refuses-news-site-order": {"Ines Marrow", "Kestrel Daily"},  # site its host must pull
    "2024-03-15_heldsixtythree-ledgerpost_orchard-pulls-vpn-app": {"Brightwater Labs", "Ines Marquart"},  # app store
    "2026-02-04_heldtwelve-summitledger_kestrel-removes-tunnelfox-vpn": {"Lumen Route"},  # app store
    "2023-09-20_heldninetysix-bytegazette_brieflane-open-letter": {"Dalia Ferrante", "Brieflane"},  # app store
    "2023-06-14_heldeightyone-ledgerpost_betting-app-delisted-corvena": {"Hollow Pine Studios", "Tomas Reyk"},
    "2026-02-10_heldfortythree-sablewatch_spokesperson-qa-news-sites": {"Kestra News"},  # one of 14 news sites
    "2025-09-26_heldninetytwo-netwatchweekly_blocking-roundup": {"Jonas Brook"},  # news site
    "2024-11-20_heldninetysix-benchnotes_court-suspends-satire-block": {"Lena Korvac"},  # satire site (labelled so)
    "2025-02-20_heldninety-pressnotes_satire-site-open-letter": {"The Gilded Goat", "The Gilded Goat editors"},  # satire site (labelled so)
    # an app store that received the order and answers for itself
    "2026-05-21_heldfiftyfour-ravenscroftpost_kethara-app-stores-pull-lumo": {"Quince Mobile", "Quince Mobile spokesperson"},
}
# internet providers that only carry out the block of a site stay `other` in their events
PROVIDERS = re.compile(r"^(?:[Ii]nternet providers|providers|[Tt]en providers|four providers)$")


def test_a_blocked_sites_own_people_are_the_platform():
    checked, providers = 0, 0
    for kind in ("statements", "events"):
        column = "speaker" if kind == "statements" else "actor"
        for f in label_files(kind):
            name = f.name[: -len(f"_{kind}.csv")]
            people = BLOCKED_SITE_PEOPLE.get(name)
            for row in read(f):
                if people and row.get(column) in people:
                    checked += 1
                    assert row["side"] == "platform", (f.name, row[column], row["side"], row["evidence"])
                if kind == "events" and PROVIDERS.match(row.get("actor", "")) \
                        and row["event_type"] in ("withholding", "restoration"):
                    providers += 1
                    assert row["side"] == "other", (f.name, row["actor"], row["side"], row["evidence"])
    assert checked >= 80  # 85 statement and event rows when this was settled
    assert providers >= 40
