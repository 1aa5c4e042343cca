"""Who speaks: attribute each sentence to a speaker and a side, and group statements.

In: an article body and its sentences (from ``helpers.text``). Out: the sentences with
side, speaker, kind (direct | block | indirect | '') and statement_id, and one row per
statement (the sentences of one utterance). The method, in order:

1. quotations: curly or straight double quotes (a quote may run over several sentences,
   or be interrupted by "the company wrote,"); the attribution is looked for in the
   quote's own sentences outside the quotation marks, then in a preceding sentence that
   ends with a colon (with no speech verb, its subject: "The ministry was blunt: “...”"),
   then the last speaker, then the subject of the journalist's previous sentence;
2. block quotes: a paragraph that ends with a bare attribution ("... under Indian law.
   Twitter"), follows a paragraph ending with a colon, or starts with '>';
3. reported speech: "X said (that) ...", "..., X said", "said X", "So said X", "according
   to X", "X took to Koo to call ..."; "it"/"they" opening a sentence after the journalist's
   sentence about an organisation or group refer to it; a person who speaks for a party
   ("appearing for Twitter", "who represents the regulator", "the company's counsel, X,",
   "the authority's director, X,") takes the party's side; asides (", meanwhile,") and
   lists (", including A and B,") between speaker and verb are read as such;
4. everything else is the journalist's own sentence (narrator). An act with a trailing
   participle ("served a notice, warning that ...", "ordered costs, holding that ...") is the
   speech of its subject (or of the subject of the clause the participle continues), a colon
   lead-in belongs to its block, "has said little" and a headline's comma-coordinated verbs
   ("Russia slows Twitter, threatens ban") report no speech (data/annotations/GUIDELINES_ADDENDUM.md); nor do
   a reply told without its words ("X replied two days later."), "Neither X nor Y has said", or a clause read
   as a speaker phrase ("40,000 people had signed a petition calling ...": ``is_clause``).

Speed (benchmarks/README.md): regexes run on lower-cased text as tries
(``text.literal_trie``, ``text.WordStartScanner``), end-anchored tests read reversed text
(``ENDS``), whole-body scans are tried only where their literal fragments occur; every such
form is checked against the plain one in tests/test_actors.py. Mentions are remembered per
article only (keyed by phrase text and the article's learned actors). The names an article
introduces (LOCAL) are found with ``text.LiteralScanner`` (no regex compiled per article), and a
phrase in which none of them occurs shares the registry's remembered mentions across articles;
pure readings of short phrases (``gap_ok``, ``topic_free``, ``boundaries``) are remembered too
(``phrase_memo``); tests/test_speed_actors.py checks each against its plain form.

Speaker phrases are read with the actor registry (``data/lexicons/actors.csv``: named
actors, generic role words, and member words such as "spokesperson" that take the side
of the actor they belong to), the speech verbs (``speech_verbs.txt``) and the pronouns,
fillers and clause boundaries of ``attribution_words.csv``; the domain word lists (documents, posts, interview
labels, act verbs, ...) are the groups of ``vocabulary.csv`` (``vocabulary_groups``).
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import paths, speaker_model
from .prefilter import may_match
from .text import (LiteralScanner, WordStartScanner, alternation, ascii_foldable, literal_positions, literal_trie,
                   matches_at, read_word_list, simple_literal)


class LexiconError(ValueError):
    """A lexicon row that cannot be used; the message names the file and the row."""


def lexicon_table(name: str, required: set[str]):
    """Read ``data/lexicons/<name>`` as text columns; a missing column stops the run naming the file."""
    path = paths.LEXICONS / name
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise LexiconError(f"{path}: {csv_problem(err)}") from None
    missing = required - set(frame.columns)
    if missing:
        raise LexiconError(f"{path}: missing column(s) {sorted(missing)}")
    return path, frame


def csv_problem(err: Exception) -> str:
    """One line saying what is wrong with a lexicon CSV pandas could not read ("line 54: 8 cells where the header has
    6", the commonest cause being an unquoted comma inside a cell)."""
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(err))
    if found:
        expected, line, saw = found.groups()
        return (f"line {line}: {saw} cells where the header has {expected} (a comma inside a cell? put the cell in "
                f"double quotes, e.g. \"Ministry of Law, Justice\")")
    if isinstance(err, UnicodeDecodeError):
        return f"not UTF-8 text (byte {err.start}); save the file as UTF-8"
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


# the groups of ``data/lexicons/vocabulary.csv`` (each the lower-cased name of the constant or regex it fills; README
# there lists what each does; the word alternations inside regexes of actors.py and events.py are joined in file order
# by ``vocabulary_alternation``)
VOCABULARY_GROUPS = ("filings", "litigation_verbs", "publications", "title_spokes", "affil_before_words",
                     "affil_lead_posts", "state_body_words", "committee_words", "object_speech_verbs", "topic_words",
                     "title_on_topic", "continuing_verbs", "reply_verbs", "threat_verbs", "present_verbs",
                     "dismiss_verbs", "letters", "authored_documents", "host_roles", "question_labels", "asker_labels",
                     "section_labels", "answer_labels", "past_mark_words", "addressees", "state_documents",
                     "headline_acts", "spokes_words", "headline_act_verbs", "posting_verbs", "hit_back_verbs",
                     "set_out_verbs", "plural_noun_verbs", "posted_verbs", "centre_words", "scheduling", "litigation",
                     "platform_board", "person_nouns", "affil_lawyer", "operator", "medium_phrase", "aside",
                     "words_posted", "lawyer_apposition", "past_work", "notice_seen", "served_saying", "quick_to",
                     "photo_credit", "transcript_presenter", "ordered_object", "ruling_object", "notice_text",
                     "after_gathering", "talks_noun", "noun_participle", "scheduled_for", "counted_to_now",
                     # session 29 (lexmove2): the verb-form sets of actors.py, OPERATOR's verbs, and events.py's
                     "naming_verbs", "announce_verbs", "directive_verbs", "question_verbs", "cite_verbs",
                     "reading_verbs", "interrogation_verbs", "operator_verbs", "party_nouns", "statute_defaults",
                     "statute_sections", "statute_permits", "statute_punishments", "statute_codes", "statute_providers",
                     "coordinated_words", "further_words", "bare_response_words",
                     # session 30 (lexmove3): the word lists of PUBLISHING, AFFIL_ROLE, PERSON_WORDS, NONSTATE_POST, DISPLAYED
                     "publishing_verbs", "affil_role_words", "person_words", "nonstate_bodies", "displayed_items",
                     "displayed_reading",
                     # session 30 (side11)
                     "place_owners", "site_staff",
                     # session 30 (lexmove4): the word lists of events.py's trigger guards and STATUTE's last two forms
                     "response_by_speech", "response_verbs", "response_words", "dated_documents", "met_conditions",
                     "trailing_speech", "restored_items", "told_state_bodies", "go_betweens", "medium_platforms",
                     "statute_plural_providers", "statute_duty_plurals", "statute_duty_failures", "statute_duty_words",
                     "statute_duty_risks", "penalty_words", "court_plan_words", "published_words", "published_in_media",
                     "victim_items", "none_after_items", "scheduled_papers", "unsaid_verbs", "complied_with_verbs",
                     "ruling_verbs",
                     # session 31 (lexmove5): the word lists of events.py's ASKED, URGED, WARNED, COURT_VOW, GENERIC,
                     # PETITION, CHALLENGED, ASKED_MEETING and actors.py's ASKED_AUTHORITY, AFFIL_IS, GENERIC_COMPANY,
                     # ASKED_LEAD, BACKWARD
                     "asked_verbs", "asked_why_verbs", "urged_verbs", "urged_requests", "warned_words",
                     "court_vow_verbs", "court_vow_phrases", "court_vow_forums", "court_vow_objects", "generic_words",
                     "generic_that_words", "petition_verbs", "challenged_words", "challenged_undoing",
                     "challenged_infinitives", "challenged_sets", "meeting_request_verbs", "asked_authorities",
                     "affil_is_posts", "generic_company_verbs", "asked_lead_verbs", "backward_reactions",
                     "backward_media",
                     # session 31 (lexmove5), further lists: events.py's speech, order and filing verbs of its guards,
                     # document nouns, HYPOTHETICAL's permission verbs; actors.py's DISMISSED_CLAIM, COURT_RECORD
                     "speech_verbs", "speech_before_verbs", "reporting_verbs", "answer_verbs", "said_ahead_verbs",
                     "tell_ahead_verbs", "told_before_verbs", "order_verbs", "ordered_before_verbs", "issued_verbs",
                     "filed_verbs", "vowed_words", "complied_verbs", "counted_documents", "modified_nouns",
                     "report_words", "document_said_media", "permission_verbs", "dismissed_claims", "court_records",
                     # session 31 (side12): who speaks in a hearing write-up's, a live blog's and a Q&A's turns
                     "opened_by_verbs", "asked_question_words",
                     # session 31 (review31): events.py's ENUMERATED_HEAD documents and COURT_ORDERED bodies (events14)
                     "enumerated_documents", "court_order_givers",
                     # session 31 (lexmove6): the domain words of actors.py's guards (INTERROGATED, FINDER_END,
                     # DECISION_OBJECT, NAME_BEFORE_PLATFORM_NOUN, AFFIL_RUNS, AFFIL_NONSTATE, SOURCE_WORDS, REPRESENTING,
                     # PUBLISHED_SAYING, NOTICE_SEEN, FIGURE_WORDS / FIGURES*, SENT_LETTER, TRANSCRIPT_PRESENTER,
                     # INTERVIEW_ROLE, NOT_PAST_WHO, TOLD_TO, NOUN_AFTER) and events.py's STATE_TOLD_TO, SENT_FURTHER
                     "interrogated_staff", "finder_bodies", "decision_nouns", "named_platform_nouns",
                     "affil_runs_perfect", "affil_runs_present", "nonstate_affil_words", "source_nouns",
                     "representing_verbs", "representing_cases", "represents_verbs", "published_saying_verbs",
                     "published_saying_items", "notice_seen_verbs", "figure_words", "figure_adjectives",
                     "figures_pronoun_verbs", "figures_parliament_verbs", "figures_by_verbs", "sent_letter_verbs",
                     "presented_by_verbs", "interview_verbs", "not_past_who_verbs", "told_to_verbs",
                     "told_to_modifiers", "noun_after_verbs", "state_told_verbs", "sent_further_documents",
                     # (lexmove6, further lists of actors.py: THAT_CLAUSE, AFFIL_APPOSITION, REPLIED_BY, HELD_VIEW,
                     # SPOKE_TO, COMPANY_POST_LEAD, PAST_WHO_VERB, LEAVING, PAST_HELD, LEAD_DOCUMENT, DOCUMENT_PRONOUN_LEAD)
                     "that_clause_verbs", "affil_apposition_posts", "affil_apposition_verbs", "replied_by_verbs",
                     "held_view_adjectives", "held_view_nouns", "spoke_to_verbs", "company_post_modifiers",
                     "past_who_verbs", "leaving_verbs", "dismissal_verbs", "past_held_verbs", "lead_documents",
                     "lead_document_verbs", "document_pronoun_verbs",
                     # (lexmove6: NEGATED_VERB's refusals, AFFIL_NOT, LEAD_OPENER, backref_regexes' verbs)
                     "refusal_verbs", "affil_not_marks", "lead_opener_gerunds", "backref_so_verbs", "backref_by_verbs",
                     "backref_wrote_verbs",
                     # session 32 (lexmove7): events.py's DAY_OF_EVENT, MEDIUM, OPEN_TO_TALKS, SCHEDULING, NOUN_PARTICIPLE,
                     # CHECKED_CLAIM, NEW_RULING, BEFORE_COURT, RETOLD, RULED_ON; actors.py's FIGURES_PARLIAMENT (its
                     # legislatures), NOTHING_SAID, PLACE_OPENING, AFFIL_CLIENT
                     "day_of_event_nouns", "medium_later_verbs", "open_to_stances", "open_to_modifiers",
                     "scheduling_listed_items", "scheduling_agree_words", "scheduling_meet_verbs", "scheduling_gatherings",
                     "noun_participle_verbs", "correction_labels", "checked_claim_items",
                     "checked_claim_versions", "checked_claim_published", "checked_claim_verbs", "new_ruling_nouns",
                     "before_court_verbs", "before_court_objects", "retold_verbs", "ruled_on_verbs", "legislatures",
                     "nothing_said_words", "place_openings", "affil_client_words",
                     # (lexmove7, further lists: events.py's NOTICE_TEXT verbs, DAY_LIST_BEFORE, SENT_BEFORE,
                     # DEADLINE_BEFORE, COORDINATED_ACT's shares; actors.py's TOPIC_OBJECT, PAST_WORK's adjectives, COURT)
                     "notice_text_verbs", "day_list_verbs", "sent_before_verbs", "deadline_passing_verbs",
                     "coordinated_shares", "topic_object_phrases", "past_work_adjectives", "court_levels")
# the groups whose words may end in '*' ("spokes*": that beginning and one or more letters more, any post word
# "spokesman", "spokespeople"; ``vocabulary_alternation`` writes it ``spokes\w+``); a '*' anywhere else stops the run
VOCABULARY_STEM_GROUPS = ("affil_role_words", "person_words", "penalty_words", "warned_words", "generic_that_words",
                          "affil_is_posts", "affil_apposition_posts")


@lru_cache(maxsize=1)
def vocabulary_groups() -> dict[str, tuple[str, ...]]:
    """Return group → its words, in file order, from ``vocabulary.csv`` (columns group, word, reason; one word a row,
    kept as written but for surrounding spaces). An unknown group, an empty word, a word twice in a group or a '*'
    that does not end a word of ``VOCABULARY_STEM_GROUPS`` right after a letter stops the run with one line naming the
    file and the line."""
    path, frame = lexicon_table("vocabulary.csv", {"group", "word", "reason"})
    lines = row_lines(path)
    out: dict[str, tuple[str, ...]] = {g: () for g in VOCABULARY_GROUPS}
    for line, row in zip(lines, frame.to_dict("records")):
        group, word = row["group"].strip(), row["word"].strip()
        if group not in out:
            raise LexiconError(f"{path}: line {line}: unknown group {group!r} (the groups: actors.VOCABULARY_GROUPS)")
        if not word:
            raise LexiconError(f"{path}: line {line}: empty word in group {group!r}")
        if word in out[group]:
            raise LexiconError(f"{path}: line {line}: {word!r} is twice in group {group!r}")
        if "*" in word and group not in VOCABULARY_STEM_GROUPS:
            raise LexiconError(f"{path}: line {line}: {word!r}: group {group!r} takes no '*' (only "
                               f"{', '.join(VOCABULARY_STEM_GROUPS)}: actors.VOCABULARY_STEM_GROUPS)")
        if "*" in word and not re.fullmatch(r"[^*]*[^\W\d_]\*", word):  # a letter: not a digit or '_' ("x1*")
            raise LexiconError(f"{path}: line {line}: {word!r}: one '*' may end a word, right after a letter (\"spokes*\")")
        out[group] += (word,)
    return out


def row_lines(path: Path) -> list[int]:
    """The file line of each data row of a lexicon CSV as pandas reads it (it skips blank lines, and the first line
    that is not blank is the header; no cell may span lines), for error messages that name the line."""
    text = path.read_text(encoding="utf-8").splitlines()
    return [i for i, ln in enumerate(text, start=1) if ln.strip()][1:]


def vocabulary(group: str) -> tuple[str, ...]:
    """The words of one group of ``vocabulary.csv``, in file order."""
    return vocabulary_groups()[group]


def vocabulary_alternation(group: str, space: str | None = None, either_case_first: bool = False) -> str:
    """The words of one group as a regex alternation in file order (not longest first, unlike
    ``text.alternation``: the patterns built from it stay the ones written before), escaped but for '-', which needs
    no escape outside a character class; one that never matches when the group is empty. With ``space`` (a regex,
    e.g. ``\\s+``) each space inside a word matches it ("went to" → ``went\\s+to``). A word ending in '*' (groups of
    ``VOCABULARY_STEM_GROUPS`` only) is a beginning followed by one or more word characters ("spokes*" → ``spokes\\w+``).
    With ``either_case_first`` a word written with a lower-case first letter takes that letter in either case and the
    rest as written, for patterns compiled without ``re.IGNORECASE`` ("parliament" → ``[Pp]arliament``)."""
    def word(w: str) -> str:
        stem = r"\w+" if w.endswith("*") else ""
        w = w[:-1] if stem else w
        if space is None:
            body = re.escape(w).replace("\\-", "-") + stem
        else:
            body = space.join(re.escape(part).replace("\\-", "-") for part in w.split()) + stem
        return f"[{w[0].upper()}{w[0]}]{body[1:]}" if either_case_first and w[0].islower() else body
    return "|".join(word(w) for w in vocabulary(group)) or r"(?!x)x"


def vocabulary_first_words(group: str) -> tuple[str, ...]:
    """The first word of each phrase of one group, each once, in file order: what a fast string pre-check of a regex
    built with ``vocabulary_alternation(group, r"\\s+")`` looks for ("went to" → "went")."""
    return tuple(dict.fromkeys(w.split()[0] for w in vocabulary(group)))


SIDES = ("government", "platform", "other", "narrator")
TYPES = ("named", "role", "member")
ROLES = ("pronoun", "platform_content", "trailing_only", "filler", "boundary", "unaffiliated", "platform_noun",
         "not_after_verb", "medium_verb", "speech_infinitive", "pledge_verb", "organisation_end", "rank", "state_noun",
         "finding_verb", "figure_verb", "narrated_post", "narrated_role", "platform_act", "signature_setting",
         "order_noun", "order_send", "order_direct", "order_accuse", "order_action", "provider_noun", "medium_lead",
         "medium_noun", "document_noun", "document_verb", "document_filler",
         "irregular_participle", "state_office_head", "state_office_qualifier", "state_office_act",
         "not_state_office", "backref_noun", "owned_record", "department_after_state", "company_post")
OPEN_QUOTES = "“\""
QUOTE_PAIRS = [("“", "”"), ('"', '"')]
MASK = "“Q”"
MIN_QUOTE_WORDS = 5  # shorter quotations inside a sentence are quoted terms, not quoted speech
NOT_BASED = r"(?![\w.'’&]*-based(?![\w-]))"  # "a Delhi-based employee": a place as an adjective, no name
CAPITAL_NAME = re.compile(rf"[A-Z]{NOT_BASED}[\w.'’&-]*(?:\s+(?:(?:de|da|van|von|bin|al)\b|[A-Z]{NOT_BASED}[\w.'’&-]*))*")
NOT_NAMES = {"the", "a", "an", "in", "on", "at", "meanwhile", "however", "but", "and", "now", "also", "this", "that",
             "these", "those", "its", "his", "her", "their", "our", "we", "i", "you", "it", "he", "she", "they",
             "earlier", "later", "separately", "last", "on monday", "for", "to", "as", "so", "yet", "still", "then",
             "after", "before", "when", "while", "if", "because", "since", "though", "although", "upon", "despite",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mr", "mr.", "ms", "ms.", "mrs.", "dr.", "shri", "smt", "some", "many", "several", "speaking", "its",
             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # "accounts on Feb. 1"
             "instead", "moreover", "furthermore", "nonetheless", "nevertheless", "likewise", "similarly",
             "additionally", "indeed", "otherwise", "besides", "finally", "again",  # "Instead, the company ..."
             # "Another official said", "Two senior officials said", "Top executives said": a determiner or a rank
             # opening the sentence is capitalised, no name (the official keeps the side of the word "official")
             "another", "other", "one", "two", "three", "four", "both", "each", "senior", "top", "junior"}


HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Shri|Smt|Sri)\.?\s+(?=[A-Z])")
HONORIFIC_STARTS = ("Mr", "Ms", "Dr", "Prof", "Shri", "Smt", "Sri")  # HONORIFIC needs one of them
HONORIFIC_START = re.compile("|".join(HONORIFIC_STARTS))  # any of them in a text: one search instead of seven
INITIAL = re.compile(r"\b([A-Z])\.(?=\s*[A-Z]|,)")  # "Krishna S. Dixit": not a sentence end
ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S. firms"
# "has not said", "never said", and a refusal ("declined to say whether it would comply"): no speech reported
NEGATED_VERB = re.compile(r"(?:\bnot|n[’']t|\bnever|\b(?:" + vocabulary_alternation("refusal_verbs") + r")\s+to)"
                          r"\s+(?:\w+ly\s+|yet\s+)?$", re.IGNORECASE)  # "has not yet said whether" (session 24)
PASSIVE_NAMING = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
NAMING_VERBS = set(vocabulary("naming_verbs"))
POSSESSIVE_END = re.compile(r"\w(?:’s|'s|s’|s')\s*$")
THAT_CLAUSE = re.compile(r"(?<=\w\s)that\s+(?:" + vocabulary_alternation("that_clause_verbs") + r")\b",
                         re.IGNORECASE)  # "X, the non-profit that runs the site, welcomed": an apposition
RELATIVE = re.compile(r"(?<!\w)(?:who|which|whom|whose)(?!\w)", re.IGNORECASE)
# ", published on Wednesday,", ", now owned by X,": a parenthesis
PARTICIPLE = re.compile(r"\s*(?:(?:\w+ly|now|since|once)\s+)?[a-z]+(?:ed|en|ing)\b")
TOPIC_TAIL = re.compile(r"\s+(?:" + vocabulary_alternation("topic_words") + r")\b.*$",
                        re.IGNORECASE | re.DOTALL)
DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|these|those|whose)\s+$", re.IGNORECASE)
COURT = re.compile(r"(?:the\s+)?(?:" + vocabulary_alternation("court_levels") + r")?\s*court|bench|tribunal")
CORPORATE = "member_corporate"  # actors.csv: member words that only a company has
SPOKESPERSON = "member"  # actors.csv: spokesperson, representative, head, chief, director, ... of any organisation
LAWYER = "member_lawyer"  # actors.csv: member words of lawyers (who speak for the party they represent)
# "posts that the ministry said were unlawful": a verb right after the speech verb marks an inserted report
INSERTED = re.compile(r"\s+(?:were|was|is|are|had|have|has|would|could|will|might|may|posed|belonged|contained|"
                      r"included|amounted|violated|threatened)\b", re.IGNORECASE)
PLURAL = re.compile(r"(?:s|police|people)$", re.IGNORECASE)
# "Outside the court, X's general counsel, Name, read ...", "Asked about the order, ...": an opening that names a place
# or a topic, never the speaker, even when it names a body ("the court", "the ministry")
PLACE_OPENING = re.compile(r"\s*(?:" + vocabulary_alternation("place_openings", r"\s+") + r")\b", re.IGNORECASE)
ADVERBIAL = re.compile(r"\s*(?:(?:the\s+(?:next|following|same|previous)|"
                       r"in|on|at|by|for|after|before|during|since|until|within|over|earlier|later|then|afterwards?|elsewhere|"
                       r"meanwhile|separately|however|instead|moreover|furthermore|nonetheless|nevertheless|likewise|similarly|"
                       r"additionally|indeed|otherwise|besides|finally|again|yesterday|today|last|this|next|two|three|four|five|six|seven|"
                       r"several|some|a few|\d+|january|february|march|april|may|june|july|august|september|"
                       r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\s*$)",
                       re.IGNORECASE)
PREP_PARENTHESIS = re.compile(r"\s*(?:in|on|at|via|through|during|earlier|later|separately|meanwhile|however)\b",
                              re.IGNORECASE)
COORDINATED = re.compile(r"(?:,|\band|\bbut)\s*$")
# "accounts that it says spread ...", "a post that it said broke ...": a report inserted in a relative
# clause about a noun, not the sentence's attribution
RELATIVE_REPORT = re.compile(r"\w\s+(?:that|which)\s+(?:it|he|she|they)\s+(?:\w+ly\s+|has\s+|had\s+)?$", re.IGNORECASE)
# "... on a petition filed by groups, which argued that ...", "the activists who had said ...": a relative
# clause describes a noun of the journalist's sentence; its verb is not the sentence's attribution
RELATIVE_VERB = re.compile(r"(?<!\w)which\s+(?:(?:had|has|have|also|later|earlier|\w+ly)\s+)*$", re.IGNORECASE)
# "told Pinglet to remove ...", "telling the firm to comply": a directive (an act), not speech
ONE_OF = re.compile(r"(?:one|two|some|several|each|both|another)\s+of\s+(?:them|those|these|the\s+officials|the\s+sources)")
COURT_PLACE = re.compile(r"\s+(?:who\s+practi[sc]es\s+|practi[sc]ing\s+)?(?:at|in|of|before|with)\s+(?:the\s+)?", re.IGNORECASE)
RELATIVE_NOUN_REPORT = re.compile(r"(?<!\w)(?:that|which)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}$", re.IGNORECASE)  # "channels that prosecutors say"
WHICH_END = re.compile(r"(?<!\w)(?:which|whom)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}$", re.IGNORECASE)  # "requests, which the ministry said"
# a plural noun, then the pronoun subject of "says": "channels it says were used", "posts they claim are false"
PRONOUN_RELATIVE = re.compile(r"\b[a-z][\w-]*[a-rt-z]s\s+(?:it|they|he|she)\s+$")
RELATIVE_SAY = {"say", "says", "claim", "claims", "allege", "alleges"}  # the present-tense verbs it covers
REDUCED_RELATIVE = re.compile(r"(?<!\w)(?:a|an|the|this|that|these|those|its|their|every|each)\s+(?:[\w-]+\s+){1,3}"
                              r"(?:it|he|she|they)\s+$", re.IGNORECASE)  # "an order it called vague": a naming
# ", a move the government called", ", a step that officials said": an appositive naming the act just told, its namer a
# named party (not "it"/"they", ``REDUCED_RELATIVE``)
MOVE_NAMED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:move|step)\s+(?:that\s+)?(?!(?:it|they|he|she)\s)"
                        r"(?:[\w’'-]+\s+){1,4}(?:(?:at\s+the\s+time|then|later|on\s+\w+day)\s+)?$")
FREE_RELATIVE = re.compile(r"(?<!\w)what\s+(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)
ANNOUNCE_VERBS = set(vocabulary("announce_verbs"))
DECISION_OBJECT = re.compile(r"\s+(?:its|their|the|his|her)\s+(?:\w+\s+)?(?:" + vocabulary_alternation("decision_nouns") + r")\b",
                             re.IGNORECASE)
TIME_AFTER_CLAUSE = re.compile(r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+|just|"
                               r"only|barely)\s+)*(?:days?|weeks?|hours?|months?|minutes?)\s+after\s[^,]*$")
ANNOUNCED_THING = re.compile(r"\s+(?:a|an|its|their|his|her|sweeping|new)\s+(?!(?:decision|position)\b)", re.IGNORECASE)
DIRECTIVE_VERBS = set(vocabulary("directive_verbs"))
QUESTION_VERBS = set(vocabulary("question_verbs"))  # speech only right after a quotation ("“... for what?” asked X"); else a request
# "Officials cited Section 69A", "It cites a risk of unrest": the grounds an actor gives are its speech; not at a clause's
# end ("a record the minister also cited."): a noun's contact clause, nothing of what was said reported
CITE_VERBS = set(vocabulary("cite_verbs"))
# ", she found.", "…, the court found, …": a judge's finding in the attribution's place after the words is speech; elsewhere
# "found" is only speech before "that" ("found that", its own entry), not "found on Monday that" or "found no reason"
FINDING_AFTER = re.compile(r"\s*(?:[,.;]|$)")
FINDER_END = re.compile(r",\s+(?:(?:he|she|they)|(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:"
                        + vocabulary_alternation("finder_bodies", r"\s+") + r"))\s*$", re.IGNORECASE)
READING_VERBS = set(vocabulary("reading_verbs"))  # speech only of a text's own words ("the notice reads:", "“...,” read the notice")
# "We also read out the authority's statement from Monday:": a lead-in whose block is another's text (READ_OUT_TEXT)
READ_OUT = re.compile(r"\s+out\b", re.IGNORECASE)
OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|it|them)\b", re.IGNORECASE)
INTERROGATION_VERBS = set(vocabulary("interrogation_verbs"))  # speech when it reports a doubt ("questioned whether ..."), not with a person
INTERROGATED = re.compile(r"\s+(?:(?!(?:whether|why|how|if|what|who|the\s+need)\b)[\w’'-]+\s+){0,5}?(?:"
                          + vocabulary_alternation("interrogated_staff", r"\s+") + r"|him|her|them)\b"
                          r"|\s+(?-i:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?:\s+(?:for|over|about|on)\b|[\s,.;]*$)"
                          r"|\s+by\b",  # "Brindle's chief questioned by MPs": the passive, the subject is questioned (session 29)
                          re.IGNORECASE)  # "questioned Daniela Mrak for three hours": a person questioned
FIGURE_AFTER = re.compile(r"\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|just)\s+)?\d")
# "The judge asked Sandoval whether ...", "Justice Okoro asks Lenz why ...": a question reported, the asker's speech (not
# "asked the ministry to explain why": a request; nor the one asked, "was asked why", "when asked whether"; session 31)
ASKED_QUESTION = re.compile(r"\s+(?!by\b)(?:(?!to\b)[\w’'.-]+,?\s+){0,8}?(?:" + vocabulary_alternation("asked_question_words") + r")\b")
ASKED_PASSIVE = re.compile(r"\b(?:when|after|before|if|once|as|being|been|was|were|is|are|be|not|never)\s+$", re.IGNORECASE)
# "The company has asked the court to quash the orders", "Two platforms had asked the ministry to keep the window":
# a plea put to a court or an authority reports the asking party's position (its speech), unlike a request to anyone else
ASKED_AUTHORITY = re.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:" + vocabulary_alternation("asked_authorities", r"\s+")
                             + r")\s+to\s+[a-z]+\b")
# "has said little", "said nothing about the order" (not "said nothing had changed": there it opens the clause)
NOTHING_SAID = re.compile(r"\s+(?:" + vocabulary_alternation("nothing_said_words", r"\s+") + r")"
                          r"(?=\s*(?:[.,;:!?]|$)|\s+(?:about|on|of|publicly|since|so\s+far|yet|further|else|in\s+public)\b)",
                          re.IGNORECASE)
# "did not respond to emailed questions", "in reply to its claims": after a preposition or a quantity an -s word is a noun
NOUN_AFTER = re.compile(r"\b(?:to|of|for|with|about|on|by|from|into|against|over|no|any|some|many|several|more|few|"
                        + vocabulary_alternation("noun_after_verbs") + r")\s+$", re.IGNORECASE)  # "did not answer questions" (not "answered
# questions in parliament": the answers may follow)
DIRECTIVE = re.compile(r"\s+(?:[\w’'.-]+\s+){1,3}?to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[a-z]+\b(?!’s|'s)")
# a subordinate clause ("..., after pop star X posted messages ..."): a narrated event, not the attribution
SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "if"}
# time phrases allowed between a speaker and the verb ("X had at the time accused ...", "X on Monday said")
TIME_GAP = re.compile(r"\b(?:at the time|at that time|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      r"last (?:week|month|year)|this (?:week|month|year)|earlier this (?:week|month|year))\b")


# A wire dateline ("New Delhi, Feb 3 (XYZ) ...", "MOSCOW, March 16 (Reuters) -") or a live-blog
# timestamp ("6:10 pm: ...") opens a sentence: it names a place or a time, never a speaker.
DATELINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                      r"(?:,\s*\d{4})?\s*(?:\([^()]{1,30}\))?\s*[-—–:]?\s*"
                      r"|[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*(?:\([^()]{1,30}\))\s*[-—–:]?\s*"
                      r"|[A-Z]{3,}(?:\s+[A-Z]{3,})*\s+[—–]\s*"  # "ORSA — The authority ...": a place and a dash
                      r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|IST|GMT|UTC|hrs)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]\s*)")


def may_have_dateline(text: str) -> bool:
    """False when DATELINE cannot match: every branch starts with [A-Z] or a digit, a name-and-date branch
    needs a comma and a capitals branch a parenthesis or a dash."""
    first = text.lstrip()[:1]
    return first.isdigit() or "A" <= first <= "Z" and ("," in text or "(" in text or "—" in text or "–" in text)


def strip_dateline(text: str) -> str:
    """Blank out a leading wire dateline or live-blog timestamp (offsets in ``text`` are kept)."""
    m = DATELINE.match(text) if may_have_dateline(text) else None
    return " " * m.end() + text[m.end():] if m else text


CAPITAL_DOT = re.compile(r"[A-Z]\.")  # what ACRONYM and INITIAL both need: skip them when it is absent
# "The Govt. has said", "..., govt. says": not a clause end
ABBREVIATION_DOT = re.compile(r"\b([A-Z][a-z]{1,4}|[a-z]{3,4})\.(?=\s+[a-z])")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The one-word abbreviations of ``abbreviations.txt`` (lower case, no dot)."""
    return frozenset(w.lower().rstrip(".") for w in read_word_list("abbreviations.txt") if "." not in w.rstrip("."))


def drop_abbreviation_dot(m: re.Match) -> str:
    """"Govt." -> "Govt" when it is a listed abbreviation, else the match unchanged."""
    return m.group(1) if m.group(1).lower() in abbreviations() else m.group(0)


@lru_cache(maxsize=1)
def rank_dot_regex() -> re.Pattern:
    """A military or police rank's abbreviation before a capitalised word ("Col. Marr"; ``rank`` words of
    attribution_words.csv), its word in group 1."""
    ranks = "|".join(sorted((re.escape(w.capitalize()) for w in attribution_words()["rank"]), key=len, reverse=True))
    return re.compile(rf"\b({ranks})\.(?=\s+[A-Z])")


def ranked_name(name: str) -> str:
    """The name after a rank that opens ``name`` ("Col Edda Marr" -> "Edda Marr"), or '' without a rank."""
    first, _, rest = name.partition(" ")
    return rest.strip() if rest.strip() and first.lower().rstrip(".") in attribution_words()["rank"] else ""


def normalise(text: str) -> str:
    """Drop honorifics and the dots of initials, so 'Mr. Kapoor' or 'U.S.' do not end a clause."""
    text = strip_dateline(text)
    if HONORIFIC_START.search(text) is not None:
        text = HONORIFIC.sub("", text)
    if ". " in text:
        text = ABBREVIATION_DOT.sub(drop_abbreviation_dot, text)
        text = rank_dot_regex().sub(r"\1", text)  # "Col. Edda Marr" -> "Col Edda Marr": one name, not a clause end
    if CAPITAL_DOT.search(text) is None:
        return text
    text = ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    return INITIAL.sub(r"\1", text)


@dataclass(frozen=True)
class Actor:
    """One registered actor, role word or member word."""

    actor_id: str
    name: str
    side: str
    type: str = "named"
    org: str = ""  # the organisation a person or unit belongs to (an actor_id), '' for organisations

    @property
    def org_id(self) -> str:
        """Return the organisation this actor speaks for (itself when it is one)."""
        return self.org or self.actor_id


class Mention(NamedTuple):
    """An actor word found in a text: where, which entry, and the matched words."""

    start: int
    end: int
    actor: Actor
    text: str


@lru_cache(maxsize=1)
def entries() -> dict[str, Actor]:
    """Return alias (as written) → actor for every row of ``actors.csv``."""
    path, frame = lexicon_table("actors.csv", {"actor_id", "name", "side", "aliases"})
    out: dict[str, Actor] = {}
    claimed: dict[tuple[str, str], tuple[int, str]] = {}  # (type, lower-cased alias) → (row, actor_id) first claiming it
    columns = ",".join(frame.columns)
    for i, row in enumerate(frame.to_dict("records")):
        kind = row.get("type", "") or "named"
        if kind not in TYPES:
            hint = (f" (the columns are {columns}: a row with only id, name, side and aliases needs two more commas, "
                    f"e.g. 'x_corp,X Corp,platform,named,,X Corp|X')" if "|" in kind or " " in kind.strip() else "")
            raise LexiconError(f"{path}: row {i + 2}: type {kind!r} is not one of {TYPES}{hint}")
        if row["side"] not in SIDES[:3] and not (kind == "member" and row["side"] == ""):
            raise LexiconError(f"{path}: row {i + 2}: actor {row['actor_id']!r} has unknown side {row['side']!r}")
        actor = Actor(row["actor_id"], row["name"], row["side"], kind, row.get("org", ""))
        names = [row["name"]] if kind == "named" else []
        for alias in [*names, *row["aliases"].split("|")]:
            if alias.strip():
                first = claimed.setdefault((kind, alias.strip().lower()), (i + 2, row["actor_id"]))
                if first[1] != row["actor_id"]:  # two rows would silently compete for one name: the first always won
                    raise LexiconError(f"{path}: row {i + 2}: alias {alias.strip()!r} of {row['actor_id']!r} is already "
                                       f"an alias of {first[1]!r} (row {first[0]}); keep it in one row")
                out.setdefault(alias.strip(), actor)
    return out


def case_sensitive(alias: str) -> bool:
    """Short aliases with capitals (X, IFF, STF) only match as written."""
    return len(alias) <= 4 and any(c.isupper() for c in alias)


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, Actor], re.Pattern]:
    """Return the lower-cased alias → actor map and one regex matching any alias (longest first)."""
    table = entries()
    aliases: dict[str, Actor] = {}
    for alias, actor in table.items():
        aliases.setdefault(alias.lower(), actor)
    alts = "|".join(re.escape(a) for a in sorted(table, key=lambda a: (-len(a), a)))
    return aliases, re.compile(rf"(?<![\w@-])(?:{alts})(?:’s|'s)?(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def registry_scan() -> re.Pattern:
    """The registry regex of ``registry`` with its alternation grouped by first letter, for scanning.

    ``(?:A|B|C)`` becomes ``(?:(?=a)(?:A|C)|(?=b)(?:B))`` (a lookahead on each alias's first character, the
    aliases in their original order inside each group): at any position only one group can match, so the
    matches are the same, but the regex engine tries a few first letters instead of every alias. When a
    first character is not ASCII (whose folding classes may overlap, e.g. 'ſ' ~ 's'), the plain regex is used.
    """
    table = entries()
    ordered = sorted(table, key=lambda a: (-len(a), a))
    if not all(a[0].isascii() for a in ordered):
        return registry()[1]  # ASCII first letters never match the same character (case-folding classes disjoint)
    groups: dict[str, list[str]] = {}
    for alias in ordered:
        groups.setdefault(alias[0].lower(), []).append(re.escape(alias))
    alts = "|".join(f"(?={re.escape(first)})(?:{'|'.join(items)})" for first, items in groups.items())
    return re.compile(rf"(?<![\w@-])(?:{alts})(?:’s|'s)?(?![\w-])", re.IGNORECASE)


LOCAL: dict[str, Actor] = {}  # platforms named in the article being read (see learn_platforms)
LITIGANTS: list[Mention] = []  # parties the article shows going to court (see learn_litigants)
PUBLISHERS: list[Mention] = []  # parties the article shows publishing a post or statement (see learn_publishers)
FILINGS = set(vocabulary("filings"))
LITIGATION = re.compile(r"\s+(?:\w+\s+){0,3}?(?:(?:" + vocabulary_alternation("litigation_verbs", r"\s+") + r")"
                        r"\s+(?:\w+\s+){0,3}?(?:" + vocabulary_alternation("litigation") + r")\b|sued\b)",
                        re.IGNORECASE)  # "Chirpa has sued the ministry": whoever sues goes to court


LITIGATION_VERBS = vocabulary_first_words("litigation_verbs")  # LITIGATION's verbs ("went" of "went to")


@lru_cache(maxsize=4096)
def is_court(words: str) -> bool:
    """True when a mention's words name a court ("the High Court", "bench", "tribunal"), in any case."""
    return COURT.fullmatch(words.lower()) is not None


PUBLICATIONS = set(vocabulary("publications"))
PUBLISHING = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?(?:" + vocabulary_alternation("publishing_verbs", r"\s+") + r")"
                        r"\s+(?:[\w’'-]+\s+){0,2}?(?:in\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
                        r"(?:" + vocabulary_alternation("publications", r"\s+") + r")\b", re.IGNORECASE)
# the last word of each publication ("blog post" → "post"): PUBLISHING and PUBLISHED_IN need one near the mention
PUBLICATION_ENDS = tuple(dict.fromkeys(w.split()[-1] for w in vocabulary("publications")))


PUBLISHED_IN = re.compile(r"\b[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:"
                          + vocabulary_alternation("publications", r"\s+") + r")\b[^.;:“”\"]{0,30}?,\s+(?:the\s+)?$")  # "In a blog post, the company"


# "Reelhaven's review board", "the review board of the video platform Reelhaven": the article's board is a platform's
PLATFORM_BOARD = re.compile(r"\b[A-Z][\w-]*(?:’s|'s)\s+(?:[\w-]+\s+){0,2}board\b|\bboard\s+of\s+(?:the\s+)?(?:[\w.-]+\s+)"
                            r"{0,3}(?:" + vocabulary_alternation("platform_board") + r")\b")
OWN_BOARD = [False]  # set per article (attribute_columns): its "board" is a platform's, not a state board
def learn_publishers(body: str) -> list[Mention]:
    """Return the actors the article shows publishing ("Twitter said in a blog post on Wednesday", "the ministry
    issued a statement"): a later "the post said", "according to the statement" speaks for them."""
    low = body.lower()
    nouns = literal_positions(low, PUBLICATION_ENDS)
    if not nouns:
        return []

    def near(a: int, b: int) -> bool:  # a publication noun starts in [a, b): the regexes below need one there
        k = bisect_left(nouns, a)
        return k < len(nouns) and nouns[k] < b

    return [m for m in find_mentions(body) if m.actor.side and m.actor.type != "member"
            and (near(m.end, m.end + 140) and PUBLISHING.match(body, m.end)
                 or near(max(0, m.start - 60), m.start) and PUBLISHED_IN.search(body, max(0, m.start - 60), m.start))
            and not is_court(m.text)]


def learn_litigants(body: str) -> list[Mention]:
    """Return the actors the article shows going to court ("Twitter on Tuesday moved the High Court",
    "the firm filed a petition"): "the petition", "according to the plea" speak for them."""
    if ascii_foldable(body):  # LITIGATION needs one of its verbs
        low = body.lower()
        if not any(v in low for v in LITIGATION_VERBS):
            return []
    out = []
    found = find_mentions(body)
    for m in found:
        if m.actor.side in ("platform", "other", "government") and m.actor.type != "member" \
                and not is_court(m.text) and LITIGATION.match(body, m.end):
            out.append(m)
    for it in re.finditer(r"\bit\b", body):
        if not LITIGATION.match(body, it.end()):
            continue
        # "Twitter has complied with the orders, and on Tuesday it went to the High Court": "it" is the subject that
        # opens its sentence (session 25)
        start = max(body.rfind(". ", 0, it.start()), body.rfind("\n", 0, it.start())) + 1
        subject = [m for m in found if start <= m.start < it.start()][:1]
        if subject and subject[0].actor.side in ("platform", "other", "government") and subject[0].actor.type != "member" \
                and not is_court(subject[0].text) and len(body[start:subject[0].start].split()) <= 3:
            out.append(subject[0])
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=1)
def member_only_aliases() -> frozenset[str]:
    """The registry aliases (lower-cased) that only ``member`` rows hold: common words such as "gazette", "post"."""
    other = {a.lower() for a, actor in entries().items() if actor.type != "member"}
    return frozenset(a.lower() for a, actor in entries().items() if actor.type == "member") - other


@lru_cache(maxsize=1)
def known_aliases() -> frozenset[str]:
    """Return every registry alias, lower-cased (names the article need not introduce)."""
    return frozenset(a.lower() for a in entries())


@lru_cache(maxsize=1)
def platform_intro_regexes() -> tuple[re.Pattern, re.Pattern]:
    """Return the two regexes of ``learn_platforms`` ("the messaging app Pinglet", "Pinglet, a messaging app")."""
    nouns = "|".join(sorted(map(re.escape, attribution_words()["platform_noun"]), key=len, reverse=True))
    return (re.compile(rf"\b(?:{nouns})[^\S\n]+([A-Z][a-z]\w+)"),  # not across a line break: a headline's last word
            # "Pinwheel, the country's most used social network", "Ryda, Ostrana’s largest ride-hailing app": a
            # possessive in the description or opening it (session 29)
            re.compile(rf"\b([A-Z][a-z]\w+),\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
                       rf"|(?:a|an|the|[A-Z][\w-]*(?:’s|'s))\s+(?:{APPOSITION_GAP}\s+){{0,4}})"
                       rf"(?:{nouns})\b(?![’'])"  # not "the company's lawyer"
                       rf"(?!\s+{PERSON_NOUNS})"))  # nor "Rao, a network engineer": a person's trade


NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+$")  # "Chirp Video, one of ...": the last word of a longer name
# a part of every ``one_of_platforms_regex`` match (any white space between the words, as there; session 31, review31)
ONE_OF_GATE = re.compile(r",\s+one\s+of\s")


@lru_cache(maxsize=1)
def one_of_platforms_regex() -> re.Pattern:
    """"Chatterly, one of the platforms that went to court", "Clipstream, one of the video services named in the
    report": a name in apposition with one of several platforms (``platform_noun`` plurals; session 31)."""
    return re.compile(rf"\b([A-Z][a-z]\w+),\s+one\s+of\s+(?:the|its|their)\s+(?:{APPOSITION_GAP}\s+){{0,3}}?"
                      rf"(?:{alternation(platform_plurals())})\b")


# a word of a platform's description between its article and its platform noun ("the country's most used social
# network"): no article, preposition, pronoun or relative word, which would start a person's post ("Kulkarni, a
# partner at a Mumbai firm", "a lawyer retained by the company") or a clause ("Rao, the company restored ...")
APPOSITION_GAP = (r"(?!(?:a|an|the|at|by|with|of|for|in|on|to|from|who|that|which|and|or|its|their|his|her|it|they|he|she)"
                  r"(?![\w’'-]))[\w-]+(?:’s|'s)?")


# "According to Marr, the company complied ...": the name is a source and the clause after the comma is the sentence's
# own, no apposition of the name
SOURCE_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")


# trades a platform noun can modify ("a network engineer", "a platform researcher"): a person, not a platform
PERSON_NOUNS = r"(?:" + vocabulary_alternation("person_nouns") + r")s?\b"


def learn_platforms(body: str) -> dict[str, Actor]:
    """Return platforms the article introduces by a platform noun ("the messaging app Pinglet")."""
    known = known_aliases()
    by_noun, by_apposition = platform_intro_regexes()
    found = [m.group(1) for m in matches_at(by_noun, body, literal_positions(body, attribution_words()["platform_noun"]))]
    providers = {w.lower() for w in attribution_words()["provider_noun"]}
    # not "Velsat, the satellite internet company": an internet or telecom provider is no platform of the dispute
    found += [m.group(1) for m in matches_at(by_apposition, body, named_apposition_starts(body, APPOSITION_ARTICLE))
              if not providers & set(re.findall(r"[\w-]+", m.group(0).lower()))
              and not SOURCE_BEFORE.search(body, max(0, m.start() - 20), m.start())]
    # "her blog on the Vellum platform", "the Relay app": a name before a platform noun (not a nationality: "the
    # Indian app", not a firm: "the Chinese company")
    found += [m.group(1) for m in matches_at(NAME_BEFORE_PLATFORM_NOUN, body, literal_positions(body, ("the",)))
              if not NATIONALITY.search(m.group(1)) and (m.group(2) or "").lower() not in providers]
    # (every match starts at a "the": the finditer matches, faster; not "the Ostra mobile network": a provider word
    # between them makes the name a telecom or a place, as in the apposition form; session 31)
    content = platform_content_regex()
    if content is not None:  # "1,060 posts on Chirp", "videos on Streamly": what is posted is posted on a platform
        found += [m.group(1) for m in matches_at(content, body, literal_positions(body, attribution_words()["platform_content"]))]
    acts = platform_act_regex()
    openings = sentence_openings(body)
    if acts is not None:  # "Pinlark withheld the posts ...": a name opening a sentence that acts on what a platform holds
        found += [m.group(1) for m in matches_at(acts, body, openings) if not NATIONALITY.search(m.group(1))]
    found += platforms_listed(body) + order_recipients(body)
    found += platform_anaphors(body, openings)
    if ONE_OF_GATE.search(body):  # "Chatterly, one of the platforms that went to court, said": one of several platforms
        from . import dates  # (a time word opening the sentence: "Yesterday, one of the apps said"; review31)
        found += [m.group(1) for m in one_of_platforms_regex().finditer(body)
                  if not SOURCE_BEFORE.search(body, max(0, m.start() - 20), m.start())
                  and not NAME_WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
                  and not dates.find_phrases(m.group(1))]
    out = {n: Actor(f"local_{n.lower()}", n, "platform", "named") for n in sorted(set(found))
           if n.lower() not in known and n.lower() not in NOT_NAMES}
    # "the satirical website The Grumble Gazette": a name with its own "The", which readers shorten to its last
    # word ("the Gazette's editor", "who represents the Gazette")
    for name in titled_platforms(body):
        words = name.split()
        actor = Actor(f"local_{words[-1].lower()}", name, "platform", "named")
        for alias in {name, words[-1]}:
            if (alias.lower() not in known or alias == words[-1] and alias.lower() in member_only_aliases()) \
                    and alias.lower() not in NOT_NAMES:
                # (the last word even when the registry knows it as a common member word: "The Grumble Gazette",
                # "who represents the Gazette" is the site, not a state gazette)
                out.setdefault(alias, actor)
    # "The Wikimedia Foundation, the U.S. non-profit that runs the site,": the operator of a service
    operated = any(OPERATOR_VERB.match(body, i) for i in literal_positions(body, ("that", "which")))
    for name in OPERATOR.findall(body) if operated else ():
        words = [w for w in name.split() if w.lower() not in NOT_NAMES]
        if not words or " ".join(words).lower() in known:
            continue
        actor = Actor(f"local_{words[0].lower()}", " ".join(words), "platform", "named")
        for alias in {" ".join(words), words[0]}:
            if alias.lower() not in known and alias.lower() not in NOT_NAMES:
                out.setdefault(alias, actor)
    return out


@lru_cache(maxsize=1)
def anaphor_platform_nouns() -> tuple[str, ...]:
    """The platform nouns of ``attribution_words.csv`` that ``titled_platforms`` and ``platform_anaphors`` read
    ("company" and "firm" name any business, so they do not make a platform here)."""
    return tuple(n for n in attribution_words()["platform_noun"] if n not in ("company", "firm"))


@lru_cache(maxsize=1)
def platform_anaphor_regexes() -> tuple[re.Pattern, re.Pattern]:
    """The regexes of ``titled_platforms`` and ``platform_anaphors`` (``anaphor_platform_nouns``)."""
    nouns = alternation(anaphor_platform_nouns())
    titled = re.compile(rf"\b(?:{nouns})\s+The\s+((?:[A-Z][a-z][\w-]*\s+){{0,2}}[A-Z][a-z][\w-]*)(?![\w’'-])")
    anaphor = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]\w+)((?:\s+[a-z][\w’'-]*)+)\.\s+"
                         rf"The\s+(?:[a-z-]+\s+)?(?:{nouns})\b")
    return titled, anaphor


def titled_platforms(body: str) -> list[str]:
    """Names a platform noun introduces with their own "The" ("the satirical website The Grumble Gazette",
    "the news site The Lantern"): the name without its article."""
    if " The " not in body:
        return []
    found = matches_at(platform_anaphor_regexes()[0], body, literal_positions(body, titled_noun_starts()))
    return [m.group(1) for m in found if not NATIONALITY.search(m.group(1).split()[-1])]


@lru_cache(maxsize=1)
def titled_noun_starts() -> tuple[str, ...]:
    """The first word of each platform noun of ``titled_platforms``' regex: every match starts with one (its
    ``\\b(?:nouns)``, case as written), so only those offsets are tried (session 26, speed)."""
    return first_words(anaphor_platform_nouns())


def first_words(words) -> tuple[str, ...]:
    """The first word of each lexicon entry (an ``alternation`` turns the space of "take down" into ``\\s+``: the
    first word is the literal part every match of the entry starts with)."""
    return tuple(sorted({w.split()[0] for w in words if w.split()}))


# where a sentence may open: after ".", "!" or "?" and a space or closing quote, or after a line break (with offset 0,
# a superset of where ``platform_act_regex`` and the anaphor regex of ``platform_anaphors`` can start)
SENTENCE_OPENING = re.compile(r"[.!?][\s\"”’]|\n")


def sentence_openings(body: str) -> list[int]:
    """Offset 0 and every offset right after a ``SENTENCE_OPENING``, in order: the only offsets where
    ``platform_act_regex`` (``^`` with MULTILINE, or after ".", "!", "?" and a space or quote, or after a line break)
    and ``platform_anaphors``' regex (``^``, after ".", "!", "?" and a space, or after a line break) can match, so
    ``matches_at`` tries those alone instead of a scan that starts at every offset (session 26, speed)."""
    return [0, *[m.end() for m in SENTENCE_OPENING.finditer(body)]]


def platform_anaphors(body: str, openings: list[int] | None = None) -> list[str]:
    """"Pebbleshot took a harder line. The messaging app, which ...": a sentence of lower-case words opened by a
    name, then a sentence opened by "the (...) app/platform/site": the platform noun takes up the name. The name
    must never appear in lower case in the article (no common word opening a sentence: "Officials ...").
    ``openings``: ``sentence_openings(body)``, if the caller has them."""
    out = []
    rx = platform_anaphor_regexes()[1]
    for m in matches_at(rx, body, sentence_openings(body) if openings is None else openings):
        name = m.group(1)
        if NATIONALITY.search(name) or re.search(rf"\b{name.lower()}\b", body):
            continue
        if re.search(rf"\b(?!The\b)(?:[A-Z][a-z]*|(?:Mr|Mrs|Ms|Dr|Prof)\.)\s+{name}\b", body):  # "Mr. Anker", "Piet Anker": a person's name
            continue
        out.append(name)
    return out


ONE_NAME = r"([A-Z][a-z]\w+)(?![\w’'-])"  # a single capitalised name, not a possessive ("Chirpline's")


@lru_cache(maxsize=1)
def platform_list_regex() -> re.Pattern:
    """"two social networks, Brightwire and Pixlo,": a plural platform noun, a comma, then a list of two or three
    single names (session 24); the word before the noun is group 1 ("telecom companies, A and B" are providers)."""
    return re.compile(rf"(?:([\w-]+)\s+)?(?:{alternation(platform_plurals())}),\s+{ONE_NAME}(?:,\s+{ONE_NAME})?,?\s+and\s+{ONE_NAME}(?!\s+[A-Z])")


@lru_cache(maxsize=1)
def platform_plurals() -> tuple[str, ...]:
    """The plurals of the one-word ``platform_noun`` words ("networks", "companies")."""
    nouns = attribution_words()["platform_noun"]
    return tuple(sorted({n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns if " " not in n}))


@lru_cache(maxsize=1)
def platform_list_commas() -> tuple[str, ...]:
    """The plural platform nouns of ``platform_list_regex`` each with its comma ("networks,"): every match holds one
    of them literally, so a body holding none has no match (a gate, session 25: the regex, tried at every position,
    cost ~340 µs per body, 23 µs per sentence of the bench corpus, where 18 of 300 bodies pass the gate)."""
    return tuple(plural + "," for plural in platform_plurals())


def platforms_listed(body: str) -> list[str]:
    """The names of a plural platform noun's list ("two of the biggest social networks, Brightwire and Pixlo,"),
    unless the noun is a provider's ("telecom companies, Velnet and Kora")."""
    if ", " not in body or not any(c in body for c in platform_list_commas()):
        return []
    providers = attribution_words()["provider_noun"]
    out = []
    for m in platform_list_regex().finditer(body):
        if m.group(1) and m.group(1).lower() in providers:
            continue
        out += [n for n in m.groups()[1:] if n and not NATIONALITY.search(n)]
    return out


@lru_cache(maxsize=1)
def order_recipient_regexes() -> tuple[re.Pattern, ...]:
    """The state's orders and their recipient (session 24): "has sent Chirpline 17 blocking orders", "issued notices to
    Pixlo", "asked Corvel, which runs the store, to remove it", "accused Chatterbay on Tuesday of sitting on government
    removal orders" (``order_*`` rows of attribution_words.csv); the name is group 1."""
    w = attribution_words()
    noun, send, direct = alternation(w["order_noun"]), alternation(w["order_send"]), alternation(w["order_direct"])
    accuse, action = alternation(w["order_accuse"]), alternation(w["order_action"])
    when = r"(?:\s+(?:on|last|this|earlier|late)\s+\w+)?"  # "accused Chatterbay on Tuesday of"
    return (re.compile(rf"\b(?:{send})\s+{ONE_NAME}(?!\s+[A-Z])(?:\s+[\w,-]+){{0,4}}?\s+(?:{noun})\b"),
            re.compile(rf"\b(?:{send})\s+(?:[\w,-]+\s+){{0,4}}?(?:{noun})\s+to\s+{ONE_NAME}(?!\s+[A-Z])"),
            re.compile(rf"\b(?:{direct})\s+{ONE_NAME}(?!\s+[A-Z]){when}(?:\s*,[^,.;:“”\"\n]{{1,60}},)?\s+to\s+(?:{action})\b"),
            re.compile(rf"\b(?:{accuse})\s+{ONE_NAME}(?!\s+[A-Z]){when}\s+of\s+[^.;:“”\"\n]{{0,60}}?"
                       rf"\b(?:{noun}|comply|complying|compliance)\b"))


@lru_cache(maxsize=1)
def order_recipient_verbs() -> tuple[tuple[str, ...], ...]:
    """For each regex of ``order_recipient_regexes``, the first words of the verbs it opens with (``\\b(?:send)``,
    ``direct``, ``accuse``; case as written): every match starts at one, so only those offsets are tried (session 26,
    speed: the four scans from every offset were most of ``order_recipients``)."""
    w = attribution_words()
    return tuple(first_words(w[k]) for k in ("order_send", "order_send", "order_direct", "order_accuse"))


def sentence_start(body: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (after the last ". ", "? ", "! " or line break before it)."""
    return max(body.rfind(". ", 0, at), body.rfind("? ", 0, at), body.rfind("! ", 0, at), body.rfind("\n", 0, at)) + 1


def order_recipients(body: str) -> list[str]:
    """The companies the state sends orders or notices to, orders or asks to remove or block, or accuses of ignoring
    orders (session 24: the platform of the dispute). The state must be named before the verb in the same sentence
    ("Vantoria's Ministry of Communications has sent Chirpline ..."); a company the article calls an internet or
    telecom provider is not one ("ordered Velnet, the largest internet provider, to block ...")."""
    w = attribution_words()
    out = []
    for rx, verbs in zip(order_recipient_regexes(), order_recipient_verbs()):
        for m in matches_at(rx, body, literal_positions(body, verbs)):
            name = m.group(1)
            if name.lower() in NOT_NAMES:
                continue
            before = body[sentence_start(body, m.start()):m.start()]
            if not any(x.actor.side == "government" and not is_court(x.text) for x in find_mentions(before)):
                continue
            if provider_named(body, name, w["provider_noun"]):
                continue
            out.append(name)
    return out


def provider_named(body: str, name: str, providers) -> bool:
    """Whether the article calls ``name`` an internet or telecom provider ("Velnet, the largest internet provider",
    "internet providers such as Velnet", "the broadband provider Velnet", "Velnet Telecom")."""
    starts = provider_starts(frozenset(providers))
    if starts and ascii_foldable(body):  # every match holds a provider noun (a gate, session 26, speed)
        low = body.lower()
        if not any(w in low for w in starts):
            return False
    alt = alternation(providers)
    n = re.escape(name)
    return re.search(rf"\b{n},\s+(?:a|an|the|its|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{alt})\b"
                     rf"|\b(?:{alt})s?\s+(?:[\w-]+\s+){{0,2}}?(?:such\s+as\s+|like\s+|including\s+)?{n}\b"
                     rf"|\b{n}\s+(?:{alt})\b", body, re.IGNORECASE) is not None


@lru_cache(maxsize=4)
def provider_starts(providers: frozenset[str]) -> tuple[str, ...]:
    """The lower-cased first words of ``providers`` for ``provider_named``'s gate, or () when one of them is empty or
    not a ``simple_literal`` (then no gate: its case-insensitive pattern is searched as it is). Every match of that
    pattern holds a provider noun, so a lower-cased, ``ascii_foldable`` body holding none of these words has none
    (the search, tried at every offset with ``re.IGNORECASE``, cost 100-300 µs per call)."""
    words = tuple(sorted({p.split()[0].lower() for p in providers if p.split()}))
    if len(words) == 0 or not all(p.split() for p in providers) or not all(simple_literal(w) for w in words):
        return ()
    return words


@lru_cache(maxsize=1)
def platform_act_regex() -> re.Pattern | None:
    """Return the regex of a sentence opened by a single capitalised name whose verb is a platform's act on what it
    holds ("Pinlark withheld the posts", "Pebblepost blocked the accounts within a day": ``platform_act`` verbs on
    ``platform_content`` nouns), or None without such words."""
    words = attribution_words()
    verbs, nouns = words.get("platform_act", set()), words.get("platform_content", set())
    if not verbs or not nouns:
        return None
    verb = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in verbs), key=len, reverse=True))
    noun = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?][\s\"”’])|(?<=\n))\s*([A-Z][a-z]\w+)\s+(?:(?:has|had)\s+)?(?:{verb})\s+"
                      rf"(?:the|all|its|those|these|\d[\d,]*)\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\b", re.MULTILINE)


# (one lower-case word may come between: "the Roamly map app", session 30; group 2, which ``learn_platforms`` checks
# against the ``provider_noun`` words: "the Ostra mobile network", session 31)
NAME_BEFORE_PLATFORM_NOUN = re.compile(r"\bthe\s+([A-Z][a-z]\w+)\s+(?:([a-z]+)\s+)?(?:" + vocabulary_alternation("named_platform_nouns") + r")\b(?![’'-])")
NATIONALITY = re.compile(r"(?:ese|ian|ish|ic|an|i)$")  # "the Indian app", "the Chinese platform": no names


@lru_cache(maxsize=1)
def platform_content_regex() -> re.Pattern | None:
    """Return the regex of "<posted thing> on Name" (``platform_content`` words), or None without such words."""
    words = attribution_words().get("platform_content", set())
    if not words:
        return None
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\s+on\s+([A-Z][a-z]\w+)\b(?!\s+[A-Z])")


ROLE_OF = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*,)")  # "head of (global) policy," before a name
PERSON_NAME = re.compile(r"\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Shri|Smt)\.?\s+)?"
                         r"((?:[A-Z](?:[\w’'-]+|\.)\s+){1,2}[A-Z][\w’'-]+)\b(?![’']s\b)")  # "R. Venkatesh" too


DEPARTMENT_THEN_NAME = re.compile(r"\s+[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*$")  # "... and IT Sanjay Dhotre"


# a state role word ("president", "secretary") owned by a body of no side or by an "its" / "their" the sentence
# before must resolve: "the union's president", "the association's general secretary", "Its president"
NONSTATE_POST = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|\b(?:[\w-]*\s+)?(?:" + vocabulary_alternation("nonstate_bodies", r"\s+")
                           + r")(?:’s|'s|s’|s'))\s+(?:[a-z][\w-]*\s+){0,2}$")


# the last word of the possessive ``NONSTATE_POST`` needs, among the last three words before a mention
NONSTATE_POST_ENDS = ("its", "Its", "their", "Their", "’s", "'s", "s’", "s'")


def nonstate_post_before(body: str, start: int) -> bool:
    """Whether ``NONSTATE_POST`` matches the 60 characters before ``start``; its possessive ("Its", "the union's")
    is one of the last three words there, so a window without one is decided by a string test (session 20, speed)."""
    if not any(w.endswith(NONSTATE_POST_ENDS) for w in body[max(0, start - 60):start].split()[-3:]):
        return False
    return NONSTATE_POST.search(body, max(0, start - 60), start) is not None


TITLE_SPOKES = frozenset(vocabulary("title_spokes"))
SENTENCE_GAP = re.compile(r"[.!?\n]")  # between an organisation and a member word: no owner of it


def title_owner(body: str, found: list[Mention], start: int) -> Mention | None:
    """For a sentence that opens with a bare title ("Spokesman Emil Tarasenko opened by ..."), the party the sentence
    before is about: its first organisation of a side ("The Ministry of X held its weekly briefing ..., and most of
    the hour went to the platform Chirrup." → the ministry), or None when the title does not open a sentence."""
    j = start
    while j > 0 and body[j - 1] in " \t\n":
        j -= 1
    if j > 0 and body[j - 1] not in ".!?:\"”’":
        return None  # "... said spokesman X": not a title opening a sentence
    lo = max(body.rfind(". ", 0, j - 1), body.rfind("\n", 0, j - 1), body.rfind("? ", 0, j - 1),
             body.rfind("! ", 0, j - 1)) + 1
    for x in found:
        if lo <= x.start < j and x.actor.type != "member" and not x.actor.org \
                and not x.actor.actor_id.startswith("local_person_") and x.actor.side in ("government", "platform"):
            return x
        if x.start >= j:
            break
    return None


SITE_STAFF = frozenset(vocabulary("site_staff"))
# "Kestrel Daily's (managing) " before the word; a bare apostrophe after a name ending in s, whose mention keeps the s
# ("Pinpricks’ editor", session 31)
SITE_POSSESSIVE = re.compile(r"\s*(?:’s|'s|s’|s'|(?<=s)’|(?<=s)')\s+(?:[\w-]+\s+)?$")
ITS_BEFORE = re.compile(r"(?<![\w-])[Ii]ts\s+(?:[\w-]+\s+)?$")


def site_owner(body: str, found: list[Mention], k: int) -> Mention | None:
    """The platform whose editor ``found[k]`` (a ``site_staff`` word) is: a named platform owning it ("Kestrel Daily's
    editor", "The Gazette's editor") or, after "its", the sentence's subject when that is a platform (``its_owner``:
    "Pinprick was back online, its editor, Lena Korvac, said"). A website or app the article treats as a platform of
    the dispute (blocked itself, ``learn_platforms``) speaks through its editors (GUIDELINES_ADDENDUM.md: "A blocked
    website's or app's own people are the platform"); a newspaper the article does not call a platform keeps its
    editor ``other``."""
    m = found[k]
    before = [x for x in found[:k] if x.actor.type != "member"]
    if not before:
        return None
    if SITE_POSSESSIVE.fullmatch(body, before[-1].end, m.start):
        owner = before[-1]
    else:
        owner = its_owner(body, found, k)
    return owner if owner is not None and owner.actor.type == "named" and owner.actor.side == "platform" else None


def its_owner(body: str, found: list[Mention], k: int) -> Mention | None:
    """Whose "its" is before ``found[k]`` ("Its chair, Hendrik Voss", "its editor, Lena Korvac"): the subject of the
    sentence, the first actor named in it before "its", else the first actor named in the sentence before ("The
    authority said it was studying the judgment. Its chair, Hendrik Voss, was more pointed."); None without "its"
    right before the word (one word may come between: "its regional director") or without such an actor."""
    m = found[k]
    if not ITS_BEFORE.search(body, max(0, m.start - 30), m.start):
        return None
    start = sentence_start(body, m.start)
    here = [x for x in found[:k] if x.start >= start and x.actor.type != "member"]
    if here:
        return here[0]
    if not body[start:m.start].lstrip(" \"“”").lower().startswith("its"):
        return None  # "In remarks read out by its spokesman, X, the ministry said": "its" points ahead
    previous = sentence_start(body, max(0, start - 2))
    there = [x for x in found[:k] if previous <= x.start < start and x.actor.type != "member"]
    return there[0] if there else None


def learn_people(body: str) -> dict[str, Actor]:
    """Return people the article introduces by their office ("Interior Minister Ilse Varga", "opposition leader
    Marek Dolan", "Chirp spokesperson Ana Petrescu"), under the full name and the surname, so that a later
    "Ms. Varga said" speaks for the office's side (the article's LOCAL platforms and state bodies already set)."""
    known = known_aliases()
    found = find_mentions(body)
    out: dict[str, Actor] = {}
    for k, m in enumerate(found):
        if m.actor.type == "named" or not m.actor.side:
            continue
        side = m.actor.side
        if m.actor.actor_id == LAWYER:
            # "Senior advocate R. Venkatesh, appearing for Twitter, countered": counsel take their client's side
            name = PERSON_NAME.match(body, m.end)
            client = REPRESENTING.match(body, name.end() + 2) if name and body[name.end():name.end() + 2] == ", " else None
            party = classify(client.group(1), []) if client else None
            if party is None or party.pronoun or party.defer or party.side not in ("government", "platform"):
                continue
            side = party.side
            org = next((c.actor.org_id for c in find_mentions(client.group(1)) if c.actor.type != "member"), "")
        elif m.actor.type == "member":
            owner = member_owner(found, k)
            if owner is not None and m.start - owner.end <= 3 and SENTENCE_GAP.search(body, owner.end, m.start):
                owner = None  # "... the platform Chirrup.\n\nSpokesperson X opened ...": a sentence ends between them
            if (owner is None or m.start - owner.end > 3) and m.text in TITLE_SPOKES:
                owner = title_owner(body, found, m.start)  # "The ministry hit back. Spokesman X said ..."
            if owner is None or m.start - owner.end > 3 and m.text not in TITLE_SPOKES or not owner.actor.side:
                continue  # "its director, X": whose director is for the attribution to decide
            if is_court(owner.text.lower()):
                continue  # a member word owned by a court ("Supreme Court advocate X"): not the court speaking
            side = owner.actor.side
            org = owner.actor.org_id
        else:
            if side == "government" and m.text.islower() and nonstate_post_before(body, m.start) \
                    and not AFFIL_GOVERNING.search(body, max(0, m.start - 60), m.start):
                continue  # "the union's president, X", "Its president, X": no state post ("Its": for the attribution)
            if body.startswith(",", m.end) and FORMER_BEFORE.search(body[max(0, m.start - 40):m.start]):
                continue  # "A former minister, X,": a former holder speaks for himself (``former_as_other``)
            org = ""
            site = site_owner(body, found, k) if side == "other" and m.text.lower() in SITE_STAFF else None
            if site is not None:  # "Kestrel Daily's editor, Jonas Brook": a blocked site's own people are the platform
                side, org = "platform", site.actor.org_id
        role = ROLE_OF.match(body, m.end) if m.actor.type == "member" else None  # "Pinlo's head of global policy, X"
        name = PERSON_NAME.match(body, role.end() if role else m.end)
        if name is None and m.actor.type == "role":
            # "Minister of State for Electronics and IT Sanjay Dhotre": the department, then the name (its last two
            # capitalised words)
            dept = DEPARTMENT.match(body, m.end)
            last_two = DEPARTMENT_THEN_NAME.search(dept.group()) if dept else None
            if last_two and len(dept.group()[:last_two.start()].split()) >= 2:  # "for Home Affairs" before it
                name = PERSON_NAME.match(body, m.end + last_two.start())
        if name is None or "\n" in body[m.end:name.end()]:
            continue
        words = name.group(1).split()
        if any(w.lower().strip("’'") in NOT_NAMES for w in words) or name.group(1).lower() in known:
            continue
        actor = Actor(f"local_person_{words[-1].lower()}", name.group(1), side, "named", org)  # org: whom they speak for
        for alias in (name.group(1), words[-1]):
            if alias.lower() not in known:
                out.setdefault(alias, actor)
    for m in FOUNDED.finditer(body) if "founded" in body else ():
        # "Jonas Ekwueme, who founded the encrypted messenger Whisperline": the founder of a platform speaks for it
        # (a former founder-executive is ``other``: ``former_as_other``)
        party = classify(m.group(2), [])
        words = m.group(1).split()
        if party is None or party.pronoun or party.defer or party.side != "platform" \
                or any(w.lower() in NOT_NAMES for w in words) or m.group(1).lower() in known:
            continue
        owner = [x.actor.org_id for x in find_mentions(m.group(2)) if x.actor.side == "platform"]
        actor = Actor(f"local_person_{words[-1].lower()}", m.group(1), "platform", "named", owner[0] if owner else "")
        for alias in (m.group(1), words[-1]):
            if alias.lower() not in known:
                out.setdefault(alias, actor)
    return out


# An article's people and what it says they are, anywhere in it (``read_affiliations``): "Karin Dahlqvist, the
# communications minister,", "Sam Okafor, Whisperline's chief executive,", "Ana Petrescu, a spokeswoman for Whisperline,",
# "Ivo Marr, who heads the national telecoms regulator,", "Petra Lind of the Ministry of Communications"
AFFIL_NAME = r"((?:[A-Z](?:[\w’'-]+|\.) +){1,2}[A-Z][\w’'-]+)"  # "Karin Dahlqvist", "R. Venkatesh", "Omar Diaz"
# the same name, its first word written out: a pattern that starts with it starts with a capital letter, which the
# regex engine looks for before trying the rest (about 2.7x faster over a whole body; the same matches and groups)
AFFIL_NAME_AT = r"([A-Z](?:[\w’'-]+|\.) +(?:[A-Z](?:[\w’'-]+|\.) +)?[A-Z][\w’'-]+)"
AFFIL_WHO = (r"who\s+(?:" + vocabulary_alternation("affil_runs_present") + r"|is|serves\s+as|speaks\s+for|works\s+(?:for|at)|became|was\s+appointed|"
             r"has\s+(?:" + vocabulary_alternation("affil_runs_perfect") + r"))")  # "who has led public policy at Chirpline" (session 24)
AFFIL_APPOSITION = re.compile(AFFIL_NAME_AT + r",\s+(?:\d{2},\s+)?((?:(?:a|an|the|its|" + AFFIL_WHO + r")\s+|[A-Z][\w-]*(?:’s|'s)\s+|"
                              r"(?=(?:[a-z][\w-]*\s+){0,2}(?:" + vocabulary_alternation("affil_apposition_posts", r"\s+") + r")\b))"
                              r"[^,.;:()“”\"\n]{2,70}?)\s*(?=[,.;:)]|\s+(?:" + vocabulary_alternation("affil_apposition_verbs")
                              + r"))")
# a description before the name: "communications minister Karin Dahlqvist", "Whisperline policy chief Omar Diaz"
AFFIL_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w-]*(?:’s|'s)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                          r"(?:" + vocabulary_alternation("affil_before_words") + r"))"
                          r"\s+" + AFFIL_NAME + r"(?![\w’'-])")
# what the post is of, after it: "The chief executive of Threadle, Marcus Eld,", "the company's policy director for the
# region, Sofia Andrade" (a capitalised name, or the region or country the post covers)
AFFIL_LEAD_SCOPE = (r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*){0,3}|"
                    r"region|country))?")
# a description before the name, set off by commas: "The IT minister, Kasimir Vell, hit back", "the union's
# president, Sandro Kelemen, said" (a determiner or a named possessor, not "Its": whose is for the sentence before)
AFFIL_LEAD = re.compile(r"(?<![\w’'-])((?:[Tt]he|[Aa]n?|[A-Z][\w-]*(?:’s|'s))\s+(?:[\w’'-]+\s+){0,4}?"
                        r"(?:" + vocabulary_alternation("affil_lead_posts") + r")" + AFFIL_LEAD_SCOPE +
                        r"(?:\s+(?:at\s+the\s+time|then|now))?),\s+"
                        r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?" + AFFIL_NAME_AT + r"(?:,|\.(?=\s|$))")  # or ending a sentence
# the same after "Its"/"Their": "Quillby has refused. Its chief executive, Dana Okafor, spoke to us": the post of the
# party the sentence (or, when it opens with "Its", the sentence before) is about (``pronoun_post_owner``; session 31)
ITS_LEAD = re.compile(r"(?<![\w’'-])(?:[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,4}?(?:" + vocabulary_alternation("affil_lead_posts") + r")"
                      + AFFIL_LEAD_SCOPE + r"),\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?" + AFFIL_NAME_AT + r"(?:,|\.(?=\s|$))")
AFFIL_IS = re.compile(AFFIL_NAME_AT + r"\s+(?:is|serves\s+as|has\s+been)\s+((?:(?:a|an|the|[A-Z][\w-]*(?:’s|'s))\s+|"
                      # "Tomas Hadrava is joint secretary at Kestria's Ministry ...": a post with no article (session 30)
                      r"(?=(?:[a-z][\w-]*\s+){0,2}(?:" + vocabulary_alternation("affil_is_posts", r"\s+")
                      + r")\s+(?:of|at|for|in)\s))[^,.;:()“”\"\n]{2,70}?)\s*(?=[,.;:)])")
# "Ines Varga has run trust and safety at Halyard", "Dr. Renata Oberlin has led the Solmark Communications Authority
# (SCA) since 2023": the verb is part of the description (AFFIL_ROLE holds it; session 30)
AFFIL_RUNS = re.compile(AFFIL_NAME_AT + r"\s+((?:has\s+(?:" + vocabulary_alternation("affil_runs_perfect") + r")|" + vocabulary_alternation("affil_runs_present") + r")\s+"
                        r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:at|of|for)\s+(?:the\s+)?)?[A-Z][^,.;:()“”\"\n]{1,60}?)"
                        r"\s*(?=[,.;:()]|\s+(?:since|for|until|from|in\s+\d)\b)")
AFFIL_OF = re.compile(AFFIL_NAME_AT + r"\s+(?:of|from|at)\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*){0,5})")
# (no word character or hyphen before the capital: the lookbehind written after it, for the same reason)
AFFIL_SURNAME = re.compile(r"([A-Z](?<![\w-][A-Z])[\w’'-]+),\s+((?:(?:a|an|the|its)\s+|[A-Z][\w-]*(?:’s|'s)\s+)[^,.;:()“”\"\n]{2,70}?)\s*(?=[,.;:)])")
# a description must name a person's post (an organisation in apposition, "Open Lines, a rights group", is no person)
AFFIL_ROLE = re.compile(r"\b(?:" + vocabulary_alternation("affil_role_words", r"\s+") + r")s?\b", re.IGNORECASE)
NOT_A_PERSON = re.compile(r"\b(?:Council|Court|Commission|Commissioner|Minister|Ministry|Authority|Agency|Union|Board|Bureau|"
                          r"Office|Department|Committee|Parliament|Government|Party|Group|Association|Foundation|Institute|"
                          r"Trust|Watch|Network|Media|News|Times|Post|Daily|Inc|Ltd|Corp|Company|Services|Secretary|"
                          r"President|Justice|Judge|Chief|Director|General|Senator|Deputy|State|National|Federal)\b")
AFFIL_CLAUSE = re.compile(r"\s+(?:who|that|which|whose|where)\s.*$")  # "a Delhi lawyer who has represented the Centre ..."
AFFIL_LAWYER = re.compile(r"\b(?:" + vocabulary_alternation("affil_lawyer") + r")s?\b", re.IGNORECASE)
# whose lawyer: "a lawyer for Whisperline", "Whisperline's general counsel", "counsel at Whisperline"
AFFIL_CLIENT = re.compile(r"\b(?:" + vocabulary_alternation("affil_client_words", r"\s+") + r")\s|\w(?:’s|'s)\s", re.IGNORECASE)
# whose post: a possessor ("the guild's president"; "president of the guild" is AFFIL_NONSTATE's)
AFFIL_OWNER = re.compile(r"(?:^|\s)((?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)(?:’s|'s)\s")
# posts in parties, unions, campaigns and civil society: no side ("party secretary Lena Morava", "an opposition MP")
AFFIL_NONSTATE = re.compile(r"\b(?:" + vocabulary_alternation("nonstate_affil_words", r"\s") + r")\b", re.IGNORECASE)
OWNER_PREPOSITION = re.compile(r"\s(?:at|of|for|in|from|with)\s")
PLACE_OWNERS = frozenset(vocabulary("place_owners"))  # "the country's", "the province's": a place owns no post
AFFIL_GOVERNING = re.compile(r"\b(?:governing|ruling)\b", re.IGNORECASE)
AFFIL_NOT = re.compile(r"\b(?:" + vocabulary_alternation("affil_not_marks") + r"|once|then|previously|until|who\s+was)\b",
                       re.IGNORECASE)


# every AFFIL_BEFORE match holds one of these words followed by AFFIL_BEFORE_TAIL ("spokes" + "woman Ana", "chair" +
# " Lena", "co-founder" holds "founder"); ``affil_before_gate`` finds them with str.find, the pattern (which is tried at
# every word of the body, ~40 µs a body) runs only where one is found (one article in thirty)
AFFIL_BEFORE_WORDS = vocabulary("affil_before_words")
AFFIL_BEFORE_TAIL = re.compile(r"(?:man|woman|person)?\s+[A-Z]")


AFFIL_LEAD_POSTS = frozenset(vocabulary("affil_lead_posts"))
LEAD_SCOPE_WORDS = frozenset({"of", "for", "at", "in"})  # AFFIL_LEAD_SCOPE's first words
# the words from a post word to the comma at most: the post, "of the", four names with three "of"/"for"/"and" between,
# "at the time" (AFFIL_LEAD_SCOPE's words are separated by white space, so each is one word of ``str.split``)
LEAD_SCOPE_SPAN = 1 + 2 + 4 + 3 + 3


def last_words(body: str, i: int, n: int) -> list[str]:
    """The last ``n`` words (``str.split``) of ``body[:i]``, whole however long they are (fewer at the start)."""
    lo = i
    while True:
        lo = max(0, lo - 120)
        words = body[lo:i].split()
        if len(words) > n or lo == 0:  # (more than n: the first word, perhaps cut by the window, is not kept)
            return words[-n:]


def affil_lead_gate(body: str) -> bool:
    """True when ``AFFIL_LEAD`` may match in ``body`` (only then is it run): some comma follows one of its post words,
    alone or with "then", "now" or "at the time" after it, within the 40 characters before the comma (the post word is
    a whole word there, so a string test decides; session 20), or a post word followed by "of", "for", "at" or "in"
    (``AFFIL_LEAD_SCOPE``: "The chief executive of Threadle,") stands among the ``LEAD_SCOPE_SPAN`` words before it
    (session 30; a full guard since session 31: before, a window of 90 characters missed a scope of long names with
    "at the time" after it, "The commissioner of the Interoperability Standardisation Directorate for
    Telecommunications at the time, Hanna Koral,")."""
    for i in iter_find(body, ","):
        words = body[max(0, i - 40):i].split()
        wide = last_words(body, i, LEAD_SCOPE_SPAN)  # "The chief executive of Threadle," (AFFIL_LEAD_SCOPE)
        if not AFFIL_LEAD_POSTS.isdisjoint(wide) and \
                any(w in AFFIL_LEAD_POSTS and wide[k + 1] in LEAD_SCOPE_WORDS for k, w in enumerate(wide[:-1])):
            return True  # (a set test first: most windows hold no post word at all; session 30, speed6)
        if words and (words[-1] in AFFIL_LEAD_POSTS
                      or words[-1] in ("then", "now") and len(words) > 1 and words[-2] in AFFIL_LEAD_POSTS
                      or words[-3:] == ["at", "the", "time"] and len(words) > 3 and words[-4] in AFFIL_LEAD_POSTS):
            return True
    return False


def affil_before_gate(body: str) -> bool:
    """False when ``AFFIL_BEFORE`` cannot match in ``body``: no post word of it is followed by a capitalised word."""
    return any(AFFIL_BEFORE_TAIL.match(body, i + len(word)) for word in AFFIL_BEFORE_WORDS for i in iter_find(body, word))


def a_person(name: str, taken) -> bool:
    """Whether ``name`` ("Karin Dahlqvist", "R. Venkatesh") can be a person's: no function word, office or
    organisation word, acronym or line break, and no alias in ``taken`` (the registry's and the article's)."""
    words = name.split()
    return not ("\n" in name or any(w.lower().strip("’'.") in NOT_NAMES for w in words) or name.lower() in taken
                or NOT_A_PERSON.search(name) or any(w.isupper() and len(w) > 1 for w in words))


def affiliation_side(desc: str, org_only: bool = False) -> tuple[str, str] | None:
    """(side, organisation) of a person's description ("the communications minister", "Whisperline's chief
    executive", "of the Ministry of Communications"), ``other`` for a former post or an observer, None when the
    description says nothing of a side. A relative clause is no post ("a Delhi lawyer who has represented the
    Centre"); a lawyer speaks for a client only when the description names it ("a lawyer for Whisperline"); a
    platform post must name the platform ("the company's head of partnerships" may be a rival's)."""
    if not desc.lower().startswith("who "):
        desc = AFFIL_CLAUSE.sub("", desc)
    if not org_only and not AFFIL_ROLE.search(desc):
        return None
    if AFFIL_NOT.search(desc) or AFFIL_NONSTATE.search(desc) and not AFFIL_GOVERNING.search(desc):
        return "other", ""
    if AFFIL_LAWYER.search(desc) and not AFFIL_CLIENT.search(desc):
        return "other", ""
    role_owner = False  # "the company's head of trust and safety": owned by a platform role word, not a name
    for owner in AFFIL_OWNER.finditer(desc):
        # "the guild's president": a post in a body of no side is no one's side
        held = OWNER_PREPOSITION.split(owner.group(1))[-1]  # "secretary at Kestria's Ministry": Kestria's
        if held and re.fullmatch(r"[A-Z][a-z][\w-]*", held) and not find_mentions(held):
            continue  # "Morvania's minister": a country's (the role word decides)
        if owner.group(1).split()[-1].lower() in PLACE_OWNERS:
            continue  # "the Tarn province's minister", "the country's regulator": a place's (the role word decides)
        of = classify(owner.group(1), [])
        if of is None or of.pronoun or of.defer or of.side not in ("government", "platform"):
            return "other", ""
        owning = find_mentions(owner.group(1))
        role_owner |= bool(owning) and owning[-1].actor.type == "role" and owning[-1].actor.side == "platform" \
            and owning[-1].end == len(owner.group(1))
    found = classify(desc, [])
    if found is None or found.pronoun or found.defer:
        return None
    mentioned = find_mentions(desc)
    named = [x for x in mentioned if x.actor.type == "named"]
    if org_only and not mentioned:
        return None  # "Tomas Berg of Northlight Research": no actor of a side
    if found.side not in ("government", "platform"):
        return "other", ""
    owners = [x.actor.org_id for x in named if x.actor.side == found.side]
    if found.side == "platform" and not owners:
        # "Ines Dalgaard, the company's head of trust and safety": the company the article is about, as learn_people
        # reads the post before the name ("the company's head of public policy, Jonas Redl"; ``secondary``)
        return ("platform", "role_platform") if role_owner else None
    return found.side, owners[0] if owners else ""


# one or two first names before a surname, with no word character or hyphen before them: written as AFFIL_NAME_AT
# (the first capital first, the lookbehind after it), for the same matches found faster
AFFIL_FIRST_NAMES = r"([A-Z](?<![\w-][A-Z])(?:[\w’'-]+|\.) +(?:[A-Z](?:[\w’'-]+|\.) +)?"
FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired)\s*(?:[\w’'-]+\s+){0,4}$")  # 'former minister [Name]'


class Affiliations(NamedTuple):
    """What an article says the people it names are (``read_affiliations``)."""

    people: dict  # name and surname → a LOCAL person (Actor) whose described posts are all of one side


def read_affiliations(body: str) -> Affiliations:
    """Read every description the article gives of the people it names, anywhere in it: an apposition after the
    name ("Karin Dahlqvist, the communications minister,", "Sam Okafor, Whisperline's chief executive,", "Ivo Marr,
    who heads the telecoms regulator,"), a later one after the surname ("Diaz, Whisperline's general counsel,"),
    "Name is <post>", a post before the name ("Whisperline policy chief Omar Diaz") or "Name of/from/at <Body>"
    ("Petra Lind of the Ministry of Communications"). Each description is read as a speaker phrase (``classify``:
    the registry, the article's own actors (LOCAL) and the role words; ``affiliation_side``). A person described
    for one side only is one of ``people``; an observer (an analyst, a lawyer with no client named, a guild's
    president), a former holder of a post, a person described for both sides, or a name the registry or the
    article's organisations hold is not."""
    known = known_aliases()
    taken = known | {a.lower() for a in LOCAL}
    sides: dict[str, set[str]] = {}  # full name → sides read from its descriptions
    former: set[str] = set()
    orgs: dict[str, str] = {}
    full_names: dict[str, str] = {}  # surname → full name
    candidates: list[tuple[str, str, bool]] = []  # (name, description, is the description an organisation)
    for m in AFFIL_APPOSITION.finditer(body):
        candidates.append((m.group(1), m.group(2), False))
    for m in AFFIL_OF.finditer(body):
        candidates.append((m.group(1), m.group(2), True))
    for m in AFFIL_IS.finditer(body):  # "Omar Diaz is Whisperline's head of policy."
        candidates.append((m.group(1), m.group(2), False))
    for m in AFFIL_RUNS.finditer(body):  # "Renata Oberlin has led the Solmark Communications Authority since 2023"
        candidates.append((m.group(1), m.group(2), False))
    for m in AFFIL_LEAD.finditer(body) if affil_lead_gate(body) else ():  # "The IT minister, Kasimir Vell, hit back"
        candidates.append((m.group(2), m.group(1), False))
    for m in AFFIL_BEFORE.finditer(body) if affil_before_gate(body) else ():
        candidates.append((m.group(2), m.group(1), False))

    owned: list[tuple[str, str, int]] = []  # (name, post, where "Its" stands): ITS_LEAD's, whose owner is read below
    low = body.lower()  # (a full guard: ITS_LEAD's "\s+" after the word may be a newline or a tab, not only a space)
    for m in ITS_LEAD.finditer(body) if "its" in low or "their" in low else ():
        owned.append((m.group(2), m.group(1), m.start()))

    def note(name: str, desc: str, org_only: bool, at: int) -> None:
        got = affiliation_side(desc, org_only)
        if got is None:
            return
        if got[0] == "other" and AFFIL_NOT.search(desc) or FORMER_BEFORE.search(body[max(0, at - 40):at]):
            former.add(name)  # "former minister Nadia Ferrant", "Lars Holm, a former minister,": ``former_as_other``
            return
        sides.setdefault(name, set()).add(got[0])
        if got[0] != "other":
            orgs.setdefault(name, got[1])

    for name, desc, org_only in candidates:
        if not a_person(name, taken):
            continue
        full_names.setdefault(name.split()[-1], name)
        note(name, desc, org_only, body.find(name))
    context = None  # the article's mentions and quotations, read once for all of them (review31)
    for name, post, at in owned:  # "Its chief executive, Dana Okafor,": the post of the party "its" refers to
        if not a_person(name, taken) or not AFFIL_ROLE.search(post):
            continue
        full_names.setdefault(name.split()[-1], name)
        if AFFIL_NOT.search(post) or FORMER_BEFORE.search(body[max(0, at - 40):at]):
            former.add(name)
            continue
        context = context or (find_mentions(body), quote_spans(body))
        owner = pronoun_post_owner(body, at, *context)
        if owner is not None:
            sides.setdefault(name, set()).add(owner.actor.side)
            orgs.setdefault(name, owner.actor.org_id)
    for m in AFFIL_SURNAME.finditer(body):  # "Diaz, Whisperline's general counsel,": a later description of a surname
        name = full_names.get(m.group(1))
        if name is None:  # the full name quoted without a description ("said Omar Diaz")
            first = re.search(AFFIL_FIRST_NAMES + re.escape(m.group(1)) + r")(?![\w’'-])", body)
            if first and a_person(first.group(1), taken):
                name = full_names[m.group(1)] = first.group(1)
        if name is not None:
            note(name, m.group(2), False, m.start())
    by_surname: dict[str, set[str]] = {}
    for name in sides:
        by_surname.setdefault(name.split()[-1], set()).add(name)
    former |= former_people(body, [n for n, got in sides.items() if n not in former and got & {"government", "platform"}])
    people: dict[str, Actor] = {}
    for name, got in sides.items():
        side = next(iter(got))
        if name in former or len(got) != 1 or side == "other":
            continue
        words = name.split()
        actor = Actor(f"local_person_{words[-1].lower()}", name, side, "named", orgs.get(name, ""))
        for alias in [name] + ([words[-1]] if len(by_surname[words[-1]]) == 1 else []):
            if alias.lower() not in taken:
                people.setdefault(alias, actor)
    return Affiliations(people)


OWNER_SUBJECT_GAP = re.compile(r"[\s\"“”‘’'>]*(?:[AQ]:\s*)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.-]*(?:’s|'s)?\s+){0,2}(?:[a-z][\w-]*\s+){0,2}")


def pronoun_post_owner(body: str, at: int, mentions: list[Mention] | None = None,
                       quoted: list[tuple[int, int]] | None = None) -> Mention | None:
    """Whose "Its"/"Their" at ``at`` is, for a post after it ("Its chief executive, Dana Okafor,"): the organisation
    that is the subject of the sentence before the word (only a determiner, a possessor or a label before it), else,
    when the sentence opens with the word, the subject of the sentence before ("Quillby has refused to name anyone.
    Its chief executive, ..."); not one a quotation names. None without one, or when it is of no side. ``mentions``
    and ``quoted``: ``find_mentions(body)`` and ``quote_spans(body)`` when the caller has them (a long article's
    mentions are not cached: ``read_affiliations`` reads them once for all its posts, not twice per post; review31)."""
    start = sentence_start(body, at)
    quoted = quote_spans(body) if quoted is None else quoted
    mentions = find_mentions(body) if mentions is None else mentions
    def first(lo: int, hi: int) -> Mention | None:  # (not one a quotation names: '"... the ministry ...," said its director')
        for x in mentions:
            if x.start >= hi:
                break
            if x.start >= lo and x.actor.type != "member" and not x.actor.org \
                    and not x.actor.actor_id.startswith("local_person_") and not any(a <= x.start < b for a, b in quoted):
                # the sentence's subject: only a determiner, a possessor or a label before it ("The commission
                # responded ...", "A: Lestria's Interior Ministry ..."), not "... challenge the law in the Court"
                return x if OWNER_SUBJECT_GAP.fullmatch(body, lo, x.start) else None
        return None
    owner = first(start, at)
    if owner is None and not body[start:at].strip(" \"“”'‘’\t"):
        owner = first(sentence_start(body, max(0, start - 2)), start)
    return owner if owner is not None and owner.actor.side in ("government", "platform") else None


FOUNDED = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+who\s+(?:co-)?founded\s+(?:the\s+)?"
                     r"(?:[a-z][\w-]*\s+){0,3}([A-Z][\w-]+)")


OPERATOR = re.compile(r"(?<![\w-])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+),\s+(?:(?:a|an|the)\s+[^,;\n]{0,40}?\b)?(?:that|which)\s+"
                      r"(?:" + vocabulary_alternation("operator_verbs") + r")\s+"
                      r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:" + vocabulary_alternation("operator") + r")\b")
OPERATOR_VERB = re.compile(r"(?:that|which)\s+(?:" + vocabulary_alternation("operator_verbs") + r")\b")  # OPERATOR needs it


STATE_BODIES = r"(?:" + vocabulary_alternation("state_body_words", r"\s+") + r")"
STATE_BODY_NAMED = re.compile(rf"\b{STATE_BODIES}\s*,?\s+([A-Z][a-z]\w+)(?=\s*[,.;)]|\s+(?:said|says|has|had|is|was|on|in)\b)")
NAMED_STATE_BODY = re.compile(rf"\b([A-Z][a-z]\w+),\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}{STATE_BODIES}\b")


STATE_BODY_WORDS = vocabulary_first_words("state_body_words")  # where STATE_BODY_NAMED can start
APPOSITION_ARTICLE = re.compile(r",\s+(?:a|an|the|[A-Z][\w-]*(?:’s|'s))\s")  # "Pinglet, a messaging app", "Ryda, Ostrana’s ..."
STATE_APPOSITION = re.compile(r",\s+(?:the|a|an|its)\s")  # "Roskomnadzor, the state regulator"


def named_apposition_starts(body: str, comma: re.Pattern) -> list[int]:
    """Return where a capitalised word ending at a comma that ``comma`` matches starts ("Pinglet, a ...").

    A regex ``\\b([A-Z][a-z]\\w+),\\s+(?:a|an|the)\\s+...`` can only match there: the word is the whole
    run of word characters before the comma. Commas are few, so finding them first is faster than trying
    the regex at every position.
    """
    out = []
    for m in comma.finditer(body):  # the comma regexes start with "," and cannot overlap
        i = k = m.start()
        while k > 0 and (body[k - 1].isalnum() or body[k - 1] == "_"):
            k -= 1
        if i - k >= 3 and "A" <= body[k] <= "Z":
            out.append(k)
    return out


WORD_BEFORE = re.compile(r"\b([A-Z][\w&-]*)\s+$")  # a capitalised word (no possessive) right before a position


def ends_in_a_name(before: str) -> bool:
    """True when ``before`` ends in a capitalised word that is no article, day or month ("Bluefin Media, a
    Mumbai media-buying agency": "Media" is the end of a longer name, not a state body of its own)."""
    m = WORD_BEFORE.search(before)
    return m is not None and m.group(1).lower() not in NOT_NAMES


# "a spokesman for the governing Civic Union", "the ruling National Union": the party in power (not "the ruling Tuesday")
GOVERNING_PARTY = re.compile(r"\b[Tt]he\s+(?:governing|ruling)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                             r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")


def learn_state_bodies(body: str) -> dict[str, Actor]:
    """Return state bodies the article introduces by apposition ("the regulator, Roskomnadzor,",
    "Russia's communications watchdog Roskomnadzor", "Roskomnadzor, the state regulator")."""
    known = known_aliases()
    found = [m.group(1) for m in matches_at(STATE_BODY_NAMED, body, literal_positions(body, STATE_BODY_WORDS))]
    found += [m.group(1) for m in matches_at(NAMED_STATE_BODY, body, named_apposition_starts(body, STATE_APPOSITION))
              if not ends_in_a_name(body[max(0, m.start() - 40):m.start()])]
    found += bracketed_acronyms(body, "government")
    if "governing " in body or "ruling " in body:
        found += GOVERNING_PARTY.findall(body)
    return {n: Actor(f"local_{n.lower()}", n, "government", "named") for n in sorted(set(found))
            if n.lower() not in known and n.lower() not in NOT_NAMES}


# "the Maravian Communications Authority (MCA)", "the Ministry of Electronics and IT (MeitY)": a capitalised name,
# then its acronym in brackets (two capitals at least)
BRACKETED_ACRONYM = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+)?){0,6}[A-Z][\w’'-]*)\s+\((?=[^)]*[A-Z][^)]*[A-Z])"
                               r"([A-Z][A-Za-z]{1,7})\)")
BRACKETED_GATE = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")  # the end of every BRACKETED_ACRONYM match (found by its "(")


def bracketed_acronyms(body: str, side: str) -> list[str]:
    """Return the acronyms the article introduces in brackets after a name that reads as ``side`` ("the Maravian
    Communications Authority (MCA)": a later "The MCA insisted" is that body)."""
    if " (" not in body or BRACKETED_GATE.search(body) is None:
        return []
    out = []
    for m in BRACKETED_ACRONYM.finditer(body):
        named = classify(m.group(1), [])
        if named is not None and not named.pronoun and not named.defer and named.side == side \
                and find_mentions(m.group(1)):
            out.append(m.group(2))
    return out


ALIAS_TAIL = r"(?:’s|'s)?(?![\w-])"  # an optional possessive, then no word character or hyphen


def alias_regex(aliases) -> re.Pattern:
    """Return one case-insensitive regex matching any of ``aliases`` as a whole word (longest first),
    with an optional "'s" (for any text; ``alias_scanner`` is the fast form for lower-cased text)."""
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    return re.compile(rf"(?<![\w@-])(?:{'|'.join(map(re.escape, ordered))}){ALIAS_TAIL}", re.IGNORECASE)


def alias_scanner(aliases) -> WordStartScanner | None:
    """The matches of ``alias_regex`` on the *lower-cased* text (when ``text.ascii_foldable``), much faster:
    the aliases as one trie (``text.literal_trie``) in a ``text.WordStartScanner``; None when an alias
    itself does not fold simply."""
    if not all(a and simple_literal(a) for a in aliases):
        return None
    return WordStartScanner(literal_trie(sorted({a.lower() for a in aliases}), space=" "), ALIAS_TAIL, "@-")


@lru_cache(maxsize=1)
def registry_lower() -> WordStartScanner | None:
    """The registry scanner for lower-cased text (see ``alias_scanner``)."""
    return alias_scanner(entries())


@dataclass(frozen=True)
class Lookup:
    """The registry plus the article's LOCAL actors, ready for scanning (built once per LOCAL)."""

    key: tuple
    table: dict  # alias as written → Actor
    lower: dict  # lower-cased alias → alias as written
    local_aliases: tuple  # the LOCAL aliases as written, () without LOCAL actors
    local_lower: LiteralScanner | None  # their matches in lower-cased text (None: some alias does not fold simply)
    orgs_by_name: dict  # display name → organisations of the named actors of that name
    words: dict  # matched words (as written, possessive included) → (words without it, Actor) or None; grows
    # True when no LOCAL alias is, in any case, a registry alias (as the learn_* functions ensure): a text in which
    # no LOCAL alias occurs then has the mentions it has without LOCAL actors (see ``find_mentions``)
    registry_only: bool = True
    # the registry's own ``words`` when ``registry_only`` (a word the registry scan matched resolves the same with
    # or without LOCAL actors then), else None
    shared_words: dict | None = None
    # short texts (up to PHRASE_CHARS) → their mentions: the clause fragments attribution looks up ("the
    # ministry", " officials", "its lawyer") recur in every article, so they are kept across articles; grows
    phrases: dict = field(default_factory=dict)

    @property
    def local(self) -> re.Pattern | None:
        """The LOCAL aliases as one case-insensitive regex (``alias_regex``), compiled only when a text needs it."""
        return local_regex(self.local_aliases) if self.local_aliases else None

    def may_match_local(self, text: str) -> bool:
        """False only when no LOCAL alias can match in ``text`` (none occurs in its simply folding lower case)."""
        if not self.local_aliases:
            return False
        return self.local_lower is None or not ascii_foldable(text) or self.local_lower.occurs_in(text.lower())


@lru_cache(maxsize=64)
def local_regex(aliases: tuple) -> re.Pattern:
    """``alias_regex`` of an article's LOCAL aliases (for texts that do not fold simply; compiled on demand)."""
    return alias_regex(aliases)


def local_scanner(aliases) -> LiteralScanner | None:
    """The matches of ``alias_regex(aliases)`` in the *lower-cased* text (when ``text.ascii_foldable``), found
    without compiling anything (``text.LiteralScanner``); None when an alias itself does not fold simply."""
    if not all(a and simple_literal(a) for a in aliases):
        return None
    return LiteralScanner([a.lower() for a in aliases], POSSESSIVES, before="@-", after="-")


_LOOKUPS: dict[tuple, Lookup] = {}
_CURRENT: list = [None, None]  # [the LOCAL dict last looked up, its Lookup]: LOCAL is replaced, never mutated
_MENTIONS: dict[tuple, tuple[Mention, ...]] = {}  # (text, LOCAL) → mentions; emptied for every article
PHRASE_CHARS = 48  # texts up to this long are phrases (whole sentences are longer and are not kept)
PHRASE_CACHE_SIZE = 50_000
POSSESSIVE_S = re.compile(r"(?:’s|'s)$")
POSSESSIVES = ("’s", "'s")


def phrase_memo(fn):
    """Remember ``fn(text)`` for texts up to PHRASE_CHARS long: for pure functions of a text and the lexicons.

    Attribution reads the same clause fragments again and again ("the ministry ", " has also", "officials
    familiar with the matter"): on the 95 test articles 69% of the calls of ``gap_ok``, 59% of ``topic_free``'s
    and 37% of ``boundaries``' repeat an earlier text. Longer texts (whole sentences) are computed every time,
    so the memo holds phrases only and is emptied when it reaches PHRASE_CACHE_SIZE entries.
    """
    memo: dict = {}

    def remembered(text: str):
        if len(text) > PHRASE_CHARS:
            return fn(text)
        got = memo.get(text, memo)  # the memo itself stands for "not remembered"
        if got is memo:
            if len(memo) >= PHRASE_CACHE_SIZE:
                memo.clear()
            got = memo[text] = fn(text)
        return got

    remembered.__wrapped__ = fn
    remembered.__doc__ = fn.__doc__
    remembered.__name__ = fn.__name__
    remembered.memo = memo
    return remembered


def _lookup() -> Lookup:
    """Return the Lookup of the registry plus the article's LOCAL actors."""
    if _CURRENT[0] is LOCAL:
        return _CURRENT[1]
    got = lookup_for(LOCAL)
    _CURRENT[:] = [LOCAL, got]
    return got


def lookup_for(local: dict) -> Lookup:
    """Return (building it once) the Lookup of the registry plus the actors ``local`` (alias → Actor)."""
    key = tuple(local.items())
    got = _LOOKUPS.get(key)
    if got is not None:
        return got
    base = lookup_for({}) if key else None
    if base is None or any(a in base.table for a in local):
        table = {**entries(), **local}
        lower = {a.lower(): a for a in reversed(list(table))}
        orgs: dict[str, set[str]] = {}
        for actor in table.values():
            if actor.type == "named":
                orgs.setdefault(actor.name, set()).add(actor.org_id)
    else:  # the same three maps, from the registry's: the LOCAL aliases come after all of the registry's
        table = {**base.table, **local}
        lower = dict(base.lower)
        for alias in local:
            lower.setdefault(alias.lower(), alias)  # the first alias of a lower case wins, as above
        orgs = dict(base.orgs_by_name)
        for actor in local.values():
            if actor.type == "named":
                orgs[actor.name] = orgs.get(actor.name, set()) | {actor.org_id}
    known = known_aliases()
    registry_only = not any(a.lower() in known for a in local)
    if len(_LOOKUPS) > 64:
        kept = _LOOKUPS.get(())  # the registry's own Lookup (and its phrases) serves every article
        _LOOKUPS.clear()
        if kept is not None:
            _LOOKUPS[()] = kept
    shared = base.words if base is not None and registry_only else None
    got = _LOOKUPS[key] = Lookup(key, table, lower, tuple(local), local_scanner(local) if local else None, orgs, {},
                                 registry_only, shared)
    return got


def alias_spans(text: str, look: Lookup) -> list[tuple[int, int]]:
    """Return (start, end) of the registry's matches in ``text`` with the LOCAL aliases put first in its alternation.

    The same matches as one regex ``(?:LOCAL|REGISTRY)`` (leftmost; at one position a LOCAL alias first),
    without compiling the large registry regex again for every article: the registry's scan and the LOCAL
    aliases' merged. Lower-cased text is scanned with the registry's trie regex and the LOCAL aliases'
    ``LiteralScanner`` when it folds simply (the same matches), else the text itself with regexes.
    """
    registry, local = registry_lower(), look.local_lower
    if registry is not None and (local is not None or not look.local_aliases) and ascii_foldable(text):
        low = text.lower()
        if local is None:
            return registry.spans(low)
        local_all = local.all_matches(low)  # a match at an offset does not depend on where a search starts
        if not local_all:
            return registry.spans(low)
        local_starts = [s for s, _ in local_all]
        registry_all = registry.spans(low)  # one scan; a search from ``pos`` is one of these unless one straddles pos
        registry_starts = [s for s, _ in registry_all]

        def search_a(pos: int) -> tuple[int, int] | None:
            k = bisect_left(local_starts, pos)
            return local_all[k] if k < len(local_all) else None

        def search_b(pos: int) -> tuple[int, int] | None:
            k = bisect_left(registry_starts, pos)
            if k > 0 and registry_all[k - 1][1] > pos:
                return registry.search(low, pos)  # a LOCAL match ended inside this one: search again from there
            return registry_all[k] if k < len(registry_all) else None
    else:
        registry_re, local_re = registry_scan(), look.local
        if local_re is None:
            return [m.span() for m in registry_re.finditer(text)]
        search_a, search_b = (lambda pos: span_of(local_re.search(text, pos))), (lambda pos: span_of(registry_re.search(text, pos)))
    out = []
    pos, n = 0, len(text)
    a, b = search_a(pos), search_b(pos)
    while pos <= n and (a is not None or b is not None):
        m = a if a is not None and (b is None or a[0] <= b[0]) else b
        out.append(m)
        pos = m[1] if m[1] > m[0] else m[1] + 1
        if a is not None and a[0] < pos:
            a = search_a(pos)
        if b is not None and b[0] < pos:
            b = search_b(pos)
    return out


def span_of(m: re.Match | None) -> tuple[int, int] | None:
    """Return the span of a match, or None."""
    return None if m is None else m.span()


new_mention = tuple.__new__  # Mention(...) without the call of its generated __new__


def matched_actor(matched: str, look: Lookup) -> tuple[str, Actor] | None:
    """Return (the words without a possessive, their actor) for words the registry regex matched, or None
    when they match only in another case than a case-sensitive alias ("x" is not X)."""
    word = matched[:-2] if matched.endswith(POSSESSIVES) else matched  # as POSSESSIVE_S: no match ends with "\n"
    alias = word if word in look.table else look.lower.get(word.lower(), word)
    if case_sensitive(alias) and word != alias:
        return None
    return (word, look.table[alias]) if alias in look.table else None


EDGES = " ,\t\n"  # no alias starts or ends with them, nor is any of them a word character, '@' or '-'


def find_mentions(text: str) -> list[Mention]:
    """Return the registry entries (and the article's own platforms) mentioned in ``text``.

    " the ministry," has the mentions of "the ministry", shifted: spaces and commas at either end change
    no match of the registry regex, so a phrase and its stripped form (``classify`` reads both) share one scan.
    A phrase in which none of the article's LOCAL aliases occurs has the mentions it has without them, and is
    remembered with the registry's own phrases, across all articles (most articles introduce a name or two).
    """
    look = _lookup()
    if len(text) > PHRASE_CHARS or not look.local_aliases:
        return mentions_with(text, look)
    cached = look.phrases.get(text)
    if cached is not None:
        return list(cached)
    if look.registry_only and not look.may_match_local(text):
        out = mentions_with(text, lookup_for({}))  # remembered with the registry's phrases, for every article
        if len(look.phrases) > PHRASE_CACHE_SIZE:
            look.phrases.clear()
        look.phrases[text] = tuple(out)  # and with this article's, so that the test above runs once per article
        return out
    return mentions_with(text, look)


def mentions_with(text: str, look: Lookup) -> list[Mention]:
    """``find_mentions`` with the registry and LOCAL actors of ``look``."""
    phrase = len(text) <= PHRASE_CHARS
    key = text if phrase else (text, look.key)
    store = look.phrases if phrase else _MENTIONS
    cached = store.get(key)
    if cached is not None:
        return list(cached)
    core = text.strip(EDGES)
    if len(core) != len(text):
        lead = len(text) - len(text.lstrip(EDGES))
        out = [new_mention(Mention, (m.start + lead, m.end + lead, m.actor, m.text)) for m in mentions_with(core, look)] if core else []
    else:
        out = resolve_spans(text, alias_spans(text, look), look)
    if len(store) > (PHRASE_CACHE_SIZE if phrase else 20000):
        store.clear()
    store[key] = tuple(out)
    return out


def resolve_spans(text: str, spans: list[tuple[int, int]], look: Lookup) -> list[Mention]:
    """Return the mentions of the registry regex's matches (``alias_spans``) in ``text``."""
    words, shared = look.words, look.shared_words
    out = []
    for start, end in spans:
        got = words.get(text[start:end], False)
        if got is False and shared is not None:
            got = shared.get(text[start:end], False)  # a word the registry matched before, in any article
        if got is False:
            got = words[text[start:end]] = matched_actor(text[start:end], look)
        if got is not None and not (got[0].lower() in CENTRE_WORDS and in_a_name(text, start, start + len(got[0]))) \
                and not (got[0].lower() in COMMITTEE_WORDS and committee_in_a_name(text, start)) \
                and not (got[1].type == "role" and got[1].side == "government" and department_name(text, start, start + len(got[0]))):
            out.append(new_mention(Mention, (start, start + len(got[0]), got[1], got[0])))
    return out


def department_name(text: str, start: int, end: int) -> bool:
    """True when the state word at ``start:end`` names a company's department ("Pinwheel's head of government
    affairs", "its director of government relations": ``department_after_state`` words of ``attribution_words.csv``
    after it), not in a ministry's name ("Minister of Government Affairs")."""
    after = text[end:end + 20].lower()
    if not after.startswith(" "):
        return False
    word = after.split(maxsplit=1)[0].strip(",.;:’'") if after.strip() else ""
    return word in attribution_words()["department_after_state"] and not re.search(r"minist|secretar|department of\s*$",
                                                                                  text[max(0, start - 30):start], re.IGNORECASE)


CENTRE_WORDS = frozenset(vocabulary("centre_words"))  # (lower-cased) India's Union government, unless a name ends in it
NAME_BEFORE = re.compile(r"[A-Z][\w.&’'-]*\s+$")  # "the Open Press Centre", "Software Freedom Law Centre"


COMMITTEE_WORDS = frozenset(vocabulary("committee_words"))
# a capitalised word before "Committee" that leaves it the legislature's ("Parliament's Standing Committee",
# "the Joint Parliamentary Committee") or no name at all ("The committee", "Its panel")
LEGISLATIVE_BEFORE = re.compile(r"(?:\b(?:Parliamentary|Joint|House|Senate|Standing|Select|Assembly|Legislative|The|A|An|Its|"
                                r"Their|This|That)|(?:’s|'s))\s+$")


def committee_in_a_name(text: str, start: int) -> bool:
    """True when the 'committee' or 'panel' at ``start`` ends an organisation's name ("the Kisan Sangharsh
    Committee", "the Lumo Oversight Panel"): a capitalised word before it that is no legislature's."""
    before = text[max(0, start - 40):start]
    return bool(NAME_BEFORE.search(before)) and not LEGISLATIVE_BEFORE.search(before)


def in_a_name(text: str, start: int, end: int) -> bool:
    """True when the 'Centre' at ``start:end`` is the last word of a longer name (a capitalised word before it,
    or 'for'/'of' after it: "the Centre for Internet and Society"), or the 'centre' of "at the centre of"."""
    if text[end:end + 5] in (" for ", " of t", " of a") or text[end:end + 4] == " of ":
        return True
    return bool(NAME_BEFORE.search(text[max(0, start - 40):start]))




@lru_cache(maxsize=1)
def attribution_words() -> dict[str, set[str]]:
    """Return pronouns, fillers and clause boundaries from ``attribution_words.csv``."""
    path = paths.LEXICONS / "attribution_words.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    out: dict[str, set[str]] = {r: set() for r in ROLES}
    for i, row in enumerate(frame.to_dict("records")):
        if row["role"] not in ROLES:
            raise LexiconError(f"{path}: row {i + 2}: role {row['role']!r} is not one of {ROLES}")
        out[row["role"]].add(row["word"].strip().lower())
    return out


@lru_cache(maxsize=1)
def verb_pattern() -> str:
    """Return a regex alternation of the speech verbs (longest first)."""
    verbs = sorted(set(read_word_list("speech_verbs.txt")), key=lambda v: (-len(v), v))
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)


@lru_cache(maxsize=1)
def verb_regex() -> re.Pattern:
    """Return the compiled speech-verb regex (whole words, not after a hyphen: 'so-called')."""
    verbs = sorted(set(read_word_list("speech_verbs.txt")), key=lambda v: (-len(v), v))
    if not verbs or not all(v[:1].isascii() and v[:1].isalpha() for v in verbs):
        return re.compile(rf"(?<![\w-])(?:{verb_pattern()})(?![\w-])", re.IGNORECASE)
    # grouped by first letter as in ``registry_scan``: the same matches as the plain alternation, found faster
    groups: dict[str, list[str]] = {}
    for v in verbs:
        groups.setdefault(v[0].lower(), []).append(re.escape(v).replace(r"\ ", r"\s+"))
    alts = "|".join(f"(?={first})(?:{'|'.join(items)})" for first, items in groups.items())
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def verb_regex_lower() -> WordStartScanner | None:
    """The speech-verb regex for lower-cased text (the same matches, see ``text.literal_trie`` and
    ``text.WordStartScanner``); None if a verb does not fold simply."""
    verbs = sorted(set(read_word_list("speech_verbs.txt")))
    if not verbs or not all(simple_literal(v) for v in verbs):
        return None
    return WordStartScanner(literal_trie([v.lower() for v in verbs]), r"(?![\w-])", "-")


def verb_matches(text: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, lower-cased words) of every speech verb in ``text``, as ``verb_regex`` finds them
    (``low``: ``text.lower()`` when the caller knows that ``text`` is ``ascii_foldable``)."""
    fast = verb_regex_lower()
    if fast is not None and (low is not None or ascii_foldable(text)):
        low = low if low is not None else text.lower()
        return [(s, e, low[s:e]) for s, e in fast.spans(low)]
    return [(m.start(), m.end(), m.group(0).lower()) for m in verb_regex().finditer(text)]


@lru_cache(maxsize=1)
def boundary_regex() -> re.Pattern:
    """Return a regex matching a clause boundary (punctuation or a boundary word)."""
    words = "|".join(sorted(map(re.escape, attribution_words()["boundary"]), key=len, reverse=True))
    return re.compile(rf"[.;:!?“”\"()\[\]—–]|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def boundary_regex_lower() -> re.Pattern | None:
    """``boundary_regex`` for lower-cased text (a trie of the words, see ``alias_regex``), or None."""
    words = sorted(attribution_words()["boundary"])
    if not all(simple_literal(w) and w[:1].isalpha() for w in words):
        return None
    return re.compile(rf"[.;:!?“”\"()\[\]—–]|\b{literal_trie(words, space=' ')}(?!\w)")


def boundaries(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, lower-cased words) of every clause boundary in ``text``, as ``boundary_regex`` finds them."""
    return list(boundary_tuple(text))


@phrase_memo
def boundary_tuple(text: str) -> tuple[tuple[int, int, str], ...]:
    """``boundaries`` as a tuple (remembered for phrases: the caller gets its own list)."""
    fast = boundary_regex_lower()
    if fast is not None and ascii_foldable(text):
        found = [(m.start(), m.end(), m.group(0)) for m in fast.finditer(text.lower())]
    else:
        found = [(m.start(), m.end(), m.group(0).lower()) for m in boundary_regex().finditer(text)]
    if " and " in text:  # "Electronics and IT", "Mines and Minerals": an "and" inside a name joins no clauses
        found = [b for b in found if not (b[2] == "and" and joins_names(text, b))]
    return tuple(found)


def joins_names(text: str, b: tuple[int, int, str]) -> bool:
    """True when an "and" stands between two capitalised words ("Electronics and IT")."""
    left = text[:b[0]].rstrip()
    right = text[b[1]:].lstrip()
    return bool(left) and bool(right) and left.split()[-1][:1].isupper() and right[:1].isupper() \
        and left.split()[-1][:1].isalpha() and not left.endswith((",", ".", ";", ":"))


QUOTED = re.compile(r'[“"][^”"\n]*[”"]?')  # an opening mark, then up to a closing one or the line's end


# a single-quoted passage (British style: "‘I found out from my readers,’ he said."): an opening ‘ after no word,
# up to the first ’ that follows a punctuation mark and ends a word (so "company’s" and "farmers’" never close it)
SINGLE_QUOTED = re.compile(r"(?<![\w’'])‘[^‘\n]*?[,.!?]’(?![\w’'])")
# the same with straight marks ("'Nobody outside the committee knows,' she said."): it opens before a word and
# closes after a punctuation mark; inside it an apostrophe must stand before a letter ("Nobody's", "don't"), so a
# plural possessive ("farmers' rights") or a lone mark never opens or closes a quote
STRAIGHT_OPENERS = (" '", "\n'", "('", "—'", "\t'")  # what can stand before an opening straight single mark
STRAIGHT_SINGLE_QUOTED = re.compile(r"(?<![\w’'])'(?=[A-Za-z])(?:[^'\n]|'(?=[a-z]))*?[,.!?]'(?![\w’'])")


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of quoted passages; an unclosed quote runs to its paragraph's end.

    Read line by line: a curly or straight opening mark opens ('”' alone is ignored), and inside a quote
    a closing curly or straight mark closes ('“' is ignored); one regex does exactly that. Single curly
    or straight quotes count when their passage ends in a punctuation mark before the closing mark
    (``SINGLE_QUOTED``, ``STRAIGHT_SINGLE_QUOTED``), unless they sit inside a double-quoted passage.
    """
    doubles = [m.span() for m in QUOTED.finditer(body)]
    if "‘" not in body and "'" not in body:
        return doubles
    singles = [m.span() for m in SINGLE_QUOTED.finditer(body)] if "‘" in body else []
    if body[:1] == "'" or any(pair in body for pair in STRAIGHT_OPENERS):  # a mark that can open a quote at all
        singles += [m.span() for m in STRAIGHT_SINGLE_QUOTED.finditer(body)]
    singles = [(a, b) for a, b in singles if not any(a < e and s < b for s, e in doubles)]  # not nested in “...”
    return sorted(doubles + singles) if singles else doubles


def quoted_fraction(start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Return the share of characters of [start, end) that lie inside quotes."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside / max(1, end - start)


def is_speech(body: str, span: tuple[int, int]) -> bool:
    """True for quoted speech; False for a short quoted term ("several separate blocking orders")."""
    inner = body[span[0] + 1:span[1] - 1].strip()
    return len(inner.split()) >= MIN_QUOTE_WORDS or bool(SPEECH_END.search(inner))


class Quotes:
    """The quoted spans of a body (sorted, never overlapping), with the look-ups the attribution loop needs."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        """Index ``spans``: their starts and ends are both increasing."""
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """Return the spans that overlap [start, end), in order (the same as testing every span)."""
        return self.spans[bisect_right(self.ends, start):bisect_left(self.starts, end)]

    def fraction(self, start: int, end: int) -> float:
        """``quoted_fraction(start, end, spans)``, from the overlapping spans only."""
        return quoted_fraction(start, end, self.within(start, end))

    def outside(self, mentions: list[Mention]) -> list[Mention]:
        """Return the mentions that start outside every span."""
        out = []
        for m in mentions:
            k = bisect_right(self.starts, m.start) - 1
            if k < 0 or m.start >= self.ends[k]:
                out.append(m)
        return out


def mask(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """Replace every quoted passage inside ``text`` (which starts at ``offset``) by a placeholder."""
    out, pos = [], 0
    for s, e in spans:
        s, e = max(s - offset, 0), min(e - offset, len(text))
        if e <= pos or s >= len(text):
            continue
        out.append(text[pos:s])
        out.append(MASK)
        pos = e
    out.append(text[pos:])
    return "".join(out)


# precompiled forms of patterns the functions below used to compile (through re's cache) on every call
SPEECH_END = re.compile(r"[.,!?]$")
DEFINITE = re.compile(r"(?:the|this|that|its|their|his|her)\b")
# "... at a Mumbai firm", "... advises technology companies": an indefinite or bare generic company word at the end
# of a longer description (what precedes the word must itself hold a noun: "a partner at", "who advises")
GENERIC_COMPANY = re.compile(r"(?:\b(?:a|an)\s+(?:[\w-]+\s+){0,2}|\b(?:" + vocabulary_alternation("generic_company_verbs", r"\s+")
                             + r"|for|with|among)\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)
GROUP_OF = re.compile(r"\s+(?:of|for|from|among)\s")
ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
PERSON_POSSESSIVE = re.compile(r"^(?:his|her)\s+", re.IGNORECASE)  # "her post says": a person's document
MEDIUM_PHRASE = re.compile(r"\b(?:in|on|via|through)\s+(?:a|an|its|his|her|their|the)\s+[\w -]{0,30}?(?:" + vocabulary_alternation("medium_phrase") + r")s?\b")
GAP_WORD = re.compile(r"[\w’']+")
PRONOUN_TAIL = re.compile(r"\s*(it|he|she|they)\b(.*)$", re.IGNORECASE | re.DOTALL)
ITS_THEIR = re.compile(r"\s*(?:its|their)\b", re.IGNORECASE)
OWN_REPORTER = re.compile(r"\s*(?:our|this\s+newspaper's|this\s+paper's)\s", re.IGNORECASE)  # the narrator's own staff
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "according to him": the subject pronoun's speaker
ACCORDING_TO = re.compile(r"\baccording to\s+([^,.;:“”\"]+)", re.IGNORECASE)
COMMA_END = re.compile(r"(?:[,”]|Q”)\s*$")
QUOTE_END = re.compile(r"(?:^|”|Q”)\s*,?\s*$")
AFTER_VERB_OK = re.compile(r"(?:^|[,”]|Q”)\s*$")

# verbs whose object is the one spoken to, before a "that" clause ("warned the company that ..."): never an inverted
# speaker ("..., said the ministry")
OBJECT_SPEECH_VERBS = frozenset(vocabulary("object_speech_verbs"))
OBJECT_THAT = re.compile(r"\s*(?:[\w’'.-]+\s+){1,5}?that\s", re.IGNORECASE)
INVERSION_LEAD = re.compile(r"\s*(?:or\s+)?(?:so|thus)\s*$", re.IGNORECASE)  # "So said the minister."
NAMED_THING = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "an app ", "a new platform "
# a name and then nothing of a clause: "called Koo (it's ...", "called Mastodon, which ...", "called X."
BARE_NAME = re.compile(r"\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*\s*(?:[,.;:()!?]|$|\s+(?:where|which|that|who|and|but|in|on|at|for|with|from|to)\b)")

# The patterns above that end in "\s*$" or "\s+$" test how the words before a speech verb end. Searched
# forward, the regex engine tries every position of a long text; the same pattern written backwards and
# matched at the start of the reversed text reads only the last few words. ENDS maps each forward pattern
# to its reversed form: ``pattern.search(text)`` is found exactly when ``ENDS[pattern].match(text[::-1])``
# is (tests/test_actors.py checks this on every prefix of the test articles and on random texts).
# ("$" also matches before a final newline, which the leading "\s*"/"\s+" of each reversed form absorbs;
# "^" becomes "\Z"; look-behinds become look-aheads.)
ENDS: dict[re.Pattern, re.Pattern] = {
    DETERMINER_END: re.compile(r"\s+(?:eht|a|na|sti|sih|reh|rieht|ruo|siht|eseht|esoht|esohw)\b", re.IGNORECASE),
    RELATIVE_REPORT: re.compile(r"(?:\s+yl\w+|\s+sah|\s+dah)?\s+(?:ti|eh|ehs|yeht)\s+(?:taht|hcihw)\s+\w", re.IGNORECASE),
    RELATIVE_VERB: re.compile(r"(?:\s+(?:dah|sah|evah|osla|retal|reilrae|yl\w+))*\s+hcihw(?!\w)", re.IGNORECASE),
    NEGATED_VERB: re.compile(r"(?:\s+yl\w+|\s+tey)?\s+(?:ton\b|t[’']n|reven\b|"
                             r"ot\s+(?:" + "|".join(re.escape(w[::-1]) for w in vocabulary("refusal_verbs")) + r")\b)",
                             re.IGNORECASE),
    RELATIVE_NOUN_REPORT: re.compile(r"(?:\s+[\w-]+){1,2}(?:\s+eht)?\s+(?:taht|hcihw)(?!\w)", re.IGNORECASE),
    REDUCED_RELATIVE: re.compile(r"\s+(?:ti|eh|ehs|yeht)(?:\s+[\w-]+){1,3}\s+(?:a|na|eht|siht|taht|eseht|esoht|sti|rieht|"
                                 r"yreve|hcae)(?!\w)", re.IGNORECASE),
    FREE_RELATIVE: re.compile(r"(?:\s+[\w’'.-]+){1,3}\s+tahw(?!\w)", re.IGNORECASE),
    PASSIVE_NAMING: re.compile(r"(?:\s+\w+)?\s+(?:si|era|saw|erew|eb|neeb|gnieb)\b", re.IGNORECASE),
    POSSESSIVE_END: re.compile(r"\s*(?:s’|s'|’s|'s)\w"),
    COMMA_END: re.compile(r"\s*(?:[,”]|”Q)"),
    QUOTE_END: re.compile(r"\s*,?\s*(?:\Z|”|”Q)"),
    AFTER_VERB_OK: re.compile(r"\s*(?:\Z|[,”]|”Q)"),
    COORDINATED: re.compile(r"\s*(?:,|dna\b|tub\b)"),
    NOUN_AFTER: re.compile(r"\s+(?:ot|fo|rof|htiw|tuoba|no|yb|morf|otni|tsniaga|revo|on|yna|emos|ynam|lareves|erom|wef|"
                           + "|".join(re.escape(w[::-1]) for w in vocabulary("noun_after_verbs")) + r")\b", re.IGNORECASE),
    NAMED_THING: re.compile(r"(?:\s+[\w-]+){0,2}\s+(?:a|na|eht)\b", re.IGNORECASE),
}

# The reversed forms, looked up once: a dict keyed by compiled patterns hashes a pattern's whole compiled code
# on every look-up (about 0.3 µs, more than most of the matches themselves take).
AFTER_VERB_OK_REV = ENDS[AFTER_VERB_OK]
COMMA_END_REV = ENDS[COMMA_END]
COORDINATED_REV = ENDS[COORDINATED]
DETERMINER_END_REV = ENDS[DETERMINER_END]
FREE_RELATIVE_REV = ENDS[FREE_RELATIVE]
NAMED_THING_REV = ENDS[NAMED_THING]
NEGATED_VERB_REV = ENDS[NEGATED_VERB]
NOUN_AFTER_REV = ENDS[NOUN_AFTER]
PASSIVE_NAMING_REV = ENDS[PASSIVE_NAMING]
POSSESSIVE_END_REV = ENDS[POSSESSIVE_END]
QUOTE_END_REV = ENDS[QUOTE_END]
REDUCED_RELATIVE_REV = ENDS[REDUCED_RELATIVE]
RELATIVE_NOUN_REPORT_REV = ENDS[RELATIVE_NOUN_REPORT]
RELATIVE_REPORT_REV = ENDS[RELATIVE_REPORT]
RELATIVE_VERB_REV = ENDS[RELATIVE_VERB]


@lru_cache(maxsize=1)
def unaffiliated_regex() -> re.Pattern:
    """One regex matching where any unaffiliated word starts (not after a letter): found iff one of them is."""
    words = sorted(attribution_words()["unaffiliated"])
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}" for w in words) or r"(?!x)x")


class Speaker(NamedTuple):
    """A resolved speaker: display name, side, and whether it is a pronoun to resolve."""

    name: str
    side: str
    pronoun: bool = False
    defer: bool = False  # a bare document word ("the statement said"): take the last speaker
    continued: bool = False  # a pronoun with "added" ("..., it added"): the previous speaker goes on


def member_owner(found: list[Mention], head: int) -> Mention | None:
    """Return the actor a member word belongs to: the nearest non-member mention before it."""
    for m in reversed(found[:head]):
        if m.actor.type != "member":
            return m
    return None


def introduced_owner(head: Mention, mentions_before: list[Mention], definite: bool = False) -> Mention | None:
    """For "the spokesperson", the organisation of the last "X spokesperson" met earlier in the article (with
    ``definite``, a phrase opening with "the", also of the last "a spokesperson for X": session 30)."""
    word = head.text.lower()
    scan = ARTICLE_SCAN[0]
    for k in range(len(mentions_before) - 1, -1, -1):
        m = mentions_before[k]
        if m.actor == head.actor and m.text.lower() == word:
            owner = mentions_before[k - 1] if k else None
            if owner is not None and owner.actor.type != "member" and owner.actor.side and m.start - owner.end <= 3:
                return owner
            after = mentions_before[k + 1] if k + 1 < len(mentions_before) else None
            if definite and after is not None and scan and after.actor.type != "member" and after.actor.side \
                    and OWNER_AFTER.fullmatch(scan[0], m.end, after.start):
                return after  # "a spokesperson for the Ministry of Electronics ..." ... "the spokesperson said"
    return None


OWNER_AFTER = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?")  # "a spokesperson for the ministry": the owner after the word


STATEMENT_MEMBER = "member_statement"  # the document words that belong to no side ("report", "post", "email")


def document_owner(head: Mention, mentions_before: list[Mention]) -> Mention | None:
    """"Chirrup's latest transparency report shows ... . According to the report, ...": the party whose document
    the article named last (``X's [words] report``), for a definite document word of no side of its own, or None."""
    scan = ARTICLE_SCAN[0]
    if not scan:
        return None
    body, word = scan[0], head.text.lower()
    for k in range(len(mentions_before) - 1, 0, -1):
        m = mentions_before[k]
        if m.actor.actor_id != head.actor.actor_id or m.text.lower() != word:
            continue
        if body[m.start:m.end].lower() != word:
            return None  # (not the body these mentions were found in)
        owner = mentions_before[k - 1]
        if owner.actor.type != "member" and owner.actor.side in ("government", "platform") \
                and OWNED_UNIT.fullmatch(body, owner.end, m.start):
            return owner
        if not re.search(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", body[max(0, m.start - 40):m.start], re.IGNORECASE):
            return None  # "a report by ...", "its report": another document, or one no party here is said to own
    return None


def named_document(word: str) -> tuple[str, str] | None:
    """(speaker, side) of the latest sentence before this one that named the document ``word`` when that sentence
    gave a party's words from it, the document as their medium ("the Ministry said in a statement ...", "according to
    the written reply", "according to an email ..."); None when the sentence that named it last is the journalist's,
    names it otherwise ("The post comes two days after ..."), or none did."""
    state = ATTRIBUTED[0]
    if state is None:
        return None
    texts, sides, speakers, at = state[:4]
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    owned = re.compile(rf"\b(?:in|according\s+to|through|via)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"{re.escape(word)}\b(?![’']s)", re.IGNORECASE)  # the medium of that sentence's words
    for k in range(min(at, len(texts)) - 1, -1, -1):
        if not pattern.search(texts[k]):
            continue
        if sides[k] in ("government", "platform", "other") and speakers[k] and owned.search(texts[k]):
            return speakers[k], sides[k]
        return None
    return None


TOPIC_WORDS = vocabulary("topic_words")  # TOPIC_TAIL's


@phrase_memo
def topic_free(phrase: str) -> str:
    """``TOPIC_TAIL.sub("", phrase)``: "officials familiar with the matter" → "officials" (run only when the
    lower-cased phrase holds one of its words, see ``text.ascii_foldable``)."""
    if ascii_foldable(phrase):
        low = phrase.lower()
        if not any(w in low for w in TOPIC_WORDS):
            return phrase
    return TOPIC_TAIL.sub("", phrase)


NOBODY = {"nobody", "no one", "none", "no-one", "few", "no government", "no company"}
PREVIOUS = [""]  # the sentence before the one being attributed (set by attribute_sentence_columns)
CURRENT = [""]  # the sentence being attributed (set by attribute_sentence_columns; its trailing spokesperson)
# the sentences attributed so far (texts, sides, speakers, the index of the one being attributed, the starts): the sentence that
# named a document before tells whose it is (``named_document``)
ATTRIBUTED: list = [None]
# "..., a spokeswoman confirmed.": an unnamed spokesperson after the clause that tells the act
TRAILING_SPOKESPERSON = re.compile(r"(?<=\w),\s+an?\s+(?:[a-z][\w-]*\s+)?spokes(?:man|woman|person)\s+[a-z]+\s*[.!]?\s*$")


@contextmanager
def previous_set_aside():
    """Hide PREVIOUS while a nested reading runs (the previous sentence's own subject, or a sentence that names
    the owner of "its" itself), and restore it after."""
    previous, PREVIOUS[0] = PREVIOUS[0], ""
    try:
        yield previous
    finally:
        PREVIOUS[0] = previous


THE_SOURCE = re.compile(r"[Tt]he\s+(person|source|official)")  # a definite unnamed source ("The person added")
INTRO_TOPIC = (r"(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|aware\s+of|with\s+knowledge\s+of)\s+(?:[\w’'-]+\s+){0,2}?"
               r"(?:thinking|plans?|position|strategy|deliberations|stance|matter|talks|discussions|decision|company|"
               r"ministry|government)\b)?")
ITS_THINKING = re.compile(r"\s*its\s+(?:own\s+)?(?:thinking|plans?|position|strategy|deliberations|stance)\b", re.IGNORECASE)
SOURCE_WORDS = re.compile(r"(?:(?:the|some|two|three|several|a|one)\s+)?(?:" + vocabulary_alternation("source_nouns", r"\s+") + ")")
TOPIC_OBJECT = re.compile(r"\s(?:" + vocabulary_alternation("topic_object_phrases", " ") + r")\s+(.*)$", re.IGNORECASE | re.DOTALL)


AUXILIARIES = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "had", "has",
                         "have", "is", "are", "was", "were"})
# words after an auxiliary that leave the subject a speaker ("X had at the time", "X is understood to have told")
NOT_VERBS = frozenset({"at", "on", "in", "by", "for", "to", "with", "from", "since", "during", "until", "after", "before",
                       "not", "never", "long", "so", "too", "a", "an", "the", "this", "that", "last", "understood",
                       "learnt", "learned", "believed", "reported", "said", "known", "expected", "likely", "thought",
                       "set", "quoted"})
NEITHER = re.compile(r"\s*neither\b", re.IGNORECASE)  # "Neither the board nor Kivra has said": no one speaks


@phrase_memo
def is_clause(phrase: str) -> bool:
    """True when a phrase is a clause, not the name of a speaker: an auxiliary or modal after a word, then a verb
    and more words ("000 people had signed a petition", "app will name local representative", "its executives
    could be named in ..."; not "the ministry has consistently", "the company is understood to have", nor a
    relative clause: "two engineers who have seen it"), or a speech verb opening it ("posted a notice to viewers")."""
    relative = RELATIVE.search(phrase)
    words = GAP_WORD.findall(TIME_GAP.sub(" ", (phrase[:relative.start()] if relative else phrase).lower()))
    fillers = attribution_words()["filler"]
    for k, w in enumerate(words[1:], 1):
        if w not in AUXILIARIES:
            continue
        rest = [x for x in words[k + 1:] if x not in fillers and not x.endswith("ly") and x not in ("be", "been", "being")]
        if len(rest) >= 2 and rest[0] not in NOT_VERBS:
            return True
    first = verb_matches(phrase.lstrip())[:1]
    return bool(first) and first[0][0] == 0 and phrase.lstrip()[:1].islower()


# "The government responded by saying ...", "the company reacted by writing ...": the verb before "by" and a speech
# gerund is no part of the speaker's name
REPLIED_BY = re.compile(r"\s+(?:" + vocabulary_alternation("replied_by_verbs", r"\s+") + r"|(?:" + vocabulary_alternation("opened_by_verbs")
                        + r")(?:\s+(?:the|its|his|her|their)\s+[\w-]+)?)\s+by$", re.IGNORECASE)
# "The chair opened (the hearing) by asking why ...": a speech gerund after it reports the subject's words, "asking"
# too (elsewhere a trailing participle only; session 31)
OPENED_BY_END = re.compile(r"\b(?:" + vocabulary_alternation("opened_by_verbs") + r")(?:\s+(?:the|its|his|her|their)\s+[\w-]+)?"
                           r"\s+by\s+$", re.IGNORECASE)


def classify(phrase: str, mentions_before: list[Mention]) -> Speaker | None:
    """Read a speaker phrase ("a Twitter spokesperson", "Nigeria's information minister") as a speaker."""
    if MASK in phrase:  # "“Q” a senior official" (the phrase after a masked quote, "..., who asked not to be named,
        phrase = phrase[phrase.rfind(MASK) + len(MASK):]  # told X"): the quote's mask is no name
    clean = REPLIED_BY.sub("", topic_free(phrase).strip(" ,"))  # "The government responded by (saying)": the subject
    if " on " in clean:
        clean = TITLE_ON_TOPIC.sub(r"\1", clean)  # "Pennant's safety chief on government orders": the chief
    if " to " in clean:
        sent = document_to().match(clean)
        if sent:  # "The ministry's notice to Twitter", "Twitter's reply to the ministry": the writer, not the recipient
            clean = clean[:sent.end(1)]
    if not clean or NEITHER.match(clean):
        return None
    found = read_speaker(phrase, clean, mentions_before)
    if found is not None and not found.pronoun and not found.defer and found.name in clean and is_clause(found.name):
        return None  # "000 people had signed a petition": a clause read as a role word's phrase, not a speaker
    return found


@lru_cache(maxsize=1)
def document_to() -> re.Pattern:
    """A possessed document sent to someone ("the ministry's notice to Twitter", "Its letter to the ministry"; the
    document words: ``document_noun`` and ``order_noun`` rows of ``attribution_words.csv``), group 1 up to the
    document: its owner wrote it, the one after "to" received it."""
    words = attribution_words()
    nouns = alternation(words["document_noun"] | words["order_noun"]) or "(?!)"
    return re.compile(rf"(\s*(?:.*?(?:’s|'s|s’|s')|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}))\s+to\s+\S",
                      re.DOTALL)


# "Pennant's safety chief on government orders", "the ministry's spokesman on the new rules" (an interview's headline):
# a possessed post followed by the topic it speaks on; the topic names no speaker
TITLE_ON_TOPIC = re.compile(r"((?:’s|'s)\s+(?:[\w-]+\s+){0,3}?(?:" + vocabulary_alternation("title_on_topic") +
                            r"))\s+on\s+.*$", re.DOTALL)
OWNED_UNIT = re.compile(r"(?:’s|'s|s’|s')\s+(?:[\w-]+\s+){0,2}")  # "company's legal " before "department"
OPENING_NAME = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on)\s+)?){1,5}[A-Z][\w’'&.-]*(?=\s+[a-z])")  # session 31
CAPITALISED_OPENING = re.compile(r"\s*(?:The\s+)?[A-Z]")  # a sentence that opens with a name ("The Open Net Council")
NOUN_POSSESSOR = re.compile(r"\b([a-z][\w-]*)(?:’s|'s|s’|s')\s+(?:[\w-]+\s+){0,2}$")  # "the documentary's (new) "


# "his office", "Her press office", "Dr. Varn's office", "the minister's office": a person's (or an office
# holder's) office speaks for that person
OFFICE_OF = re.compile(r"\s*(?:([Hh]is|[Hh]er)|((?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|"
                       r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:minister|president|prime\s+minister|governor|commissioner|"
                       r"secretary|chief\s+minister|mayor|chancellor|premier))(?:’s|'s))\s+(?:press\s+|media\s+|own\s+)?"
                       r"office\s*")


def office_speaker(clean: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of "his office", "Dr. X's office", "the minister's office" (``OFFICE_OF``), or None."""
    m = OFFICE_OF.fullmatch(clean)
    if m is None:
        return None
    if m.group(1):
        return Speaker("he" if m.group(1).lower() == "his" else "she", "", pronoun=True)
    owner = classify(m.group(2), mentions_before)
    if owner is None or owner.pronoun or owner.defer:
        return None
    return owner


def nonstate_owner(before: str, rest: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of a state post word ("president", "secretary") held in a body of no side: "the union's president",
    "the association's secretary" (a possessor ``AFFIL_NONSTATE`` names), or "Its president, Dr. X," after a sentence
    whose subject is of side ``other`` (a medical association, a union). None otherwise: the word keeps its side.
    ``before``: the phrase before the post word; ``rest``: from the post word on (where a name may follow)."""
    if not ("’" in before or "'" in before or ITS_THEIR.match(before)):
        return None  # no possessor and no "Its" / "Their": the word keeps its side
    owned = NOUN_POSSESSOR.search(before)
    if owned:
        if AFFIL_NONSTATE.fullmatch(owned.group(1)) and not AFFIL_GOVERNING.search(before):
            names = [n for n in CAPITAL_NAME.findall(rest) if n.lower() not in NOT_NAMES]
            return Speaker(names[-1] if names else ARTICLE_START.sub("", (before + rest).strip()), "other")
        return None
    if PREVIOUS[0] and ITS_THEIR.match(before):
        with previous_set_aside() as previous:
            subject = sentence_subject(normalise(previous), mentions_before)
        if subject is not None and not subject.pronoun and not subject.defer and subject.side == "other":
            return Speaker(subject.name, "other")
    return None


def read_speaker(phrase: str, clean: str, mentions_before: list[Mention]) -> Speaker | None:
    """``classify`` of a phrase (``clean``: the phrase without its topic, see ``topic_free``)."""
    if "office" in clean:
        office = office_speaker(clean, mentions_before)
        if office is not None:
            return office
    words = attribution_words()
    the_source = THE_SOURCE.fullmatch(clean) if PREVIOUS[0] and clean[:4].lower() == "the " else None
    if the_source:
        # "A person familiar with its thinking said ... . The person added ...", "A Twitter source said ... . “...,” the
        # source said": the unnamed source the previous sentence introduced, with the side that introduction gave
        intro = re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}?{the_source.group(1)}\b{INTRO_TOPIC}",
                          PREVIOUS[0])
        if intro:
            later = len(find_mentions(PREVIOUS[0][intro.end():]))  # the actors named after the introduction are
            context = mentions_before[:len(mentions_before) - later]  # not the "its" of "familiar with its thinking"
            with previous_set_aside():
                party = classify(intro.group(0), context)
            if party is not None and not party.pronoun and not party.defer and party.side in ("government", "platform"):
                return Speaker(clean, party.side)
    if len(clean) < len(phrase.strip(" ,")) and SOURCE_WORDS.fullmatch(clean.lower()):
        # "sources familiar with the company's thinking", "people close to the ministry": they speak for the party
        # whose thinking they know; "people familiar with the matter" stay unnamed sources
        topic = TOPIC_OBJECT.search(phrase)
        party = classify(topic.group(1), mentions_before) if topic else None
        if topic and (party is None or party.pronoun) and ITS_THINKING.match(topic.group(1)):
            # "a person familiar with its thinking": "its" is the last organisation named before
            owners = [m for m in mentions_before if m.actor.type != "member" and m.actor.side
                      and not SOURCE_WORDS.fullmatch(m.text.lower())]  # (not the source itself, "a person")
            if owners and owners[-1].actor.side in ("government", "platform"):
                return Speaker(clean, owners[-1].actor.side)
        if party is not None and not party.pronoun and not party.defer and party.side in ("government", "platform") \
                and not all(m.text.lower() in FILINGS for m in find_mentions(topic.group(1))):
            # (not "people familiar with the filing": a court filing, not the thinking of the party that filed it)
            return Speaker(clean, party.side)
    low = clean.lower()
    if low in words["pronoun"] and not (len(clean) > 1 and clean.isupper()):  # "electronics and IT": no pronoun
        return Speaker(low, "", pronoun=True)
    if low in NOBODY:
        return None  # "Nobody disputes that ...": no one speaks
    if ONE_OF.fullmatch(low):
        return Speaker("they", "", pronoun=True)  # "one of them said": a member of the group named before
    if any(w in low for w in words["unaffiliated"]) and unaffiliated_regex().search(low):
        names = [n for n in CAPITAL_NAME.findall(clean) if n.lower() not in NOT_NAMES]
        return Speaker(names[0] if names else clean, "other")
    found = find_mentions(clean)
    if found:
        head = found[-1]
        lawyers = [m for m in found[:-1] if m.actor.type == "member" and m.actor.side == "other"]
        if lawyers and is_court(head.text) and COURT_PLACE.fullmatch(clean[lawyers[-1].end:head.start]):
            # "an advocate at the Supreme Court", "a lawyer practising in the High Court": the lawyer, not the court
            names = [n for n in CAPITAL_NAME.findall(clean[:lawyers[-1].start]) if n.lower() not in NOT_NAMES]
            return Speaker(names[-1] if names else clean, "other")
        if head.actor.type == "member":
            owner = member_owner(found, len(found) - 1)
            if owner is not None and head.actor.side == "other" and is_court(owner.text):
                # "Supreme Court advocate X", "a Supreme Court advocate": a lawyer who practises there, not the court
                names = [n for part in (clean[head.end:], clean[:owner.start]) for n in CAPITAL_NAME.findall(part)
                         if n.lower() not in NOT_NAMES]
                return Speaker(names[0] if names else clean, "other")
            if owner is not None:
                head = owner
            else:
                rest = clean[:head.start] + " " + clean[head.end:]
                unknown = [n for n in CAPITAL_NAME.findall(rest) if n.lower() not in NOT_NAMES]
                if unknown:
                    officer = ranked_name(unknown[-1])  # "its spokesman, Col. Danel Aric": a state officer
                    if officer:
                        return Speaker(officer, "government")
                    if PREVIOUS[0] and (head.text.lower().startswith("spokes") or head.text[:1].isupper()
                                        and head.actor.actor_id == "member_official"):
                        # "The ministry said it would appeal. “...,” spokesman X said.", "The ministry denied it.
                        # “...,” Secretary-General X said": the officer of what the previous sentence is about
                        with previous_set_aside() as previous:
                            subject = sentence_subject(normalise(previous), mentions_before)
                        if subject is not None and not subject.pronoun and not subject.defer \
                                and subject.side in ("government", "platform"):
                            return Speaker(unknown[-1], subject.side)
                    return Speaker(unknown[-1], "other")
                definite = DEFINITE.match(low) is not None
                if head.text.lower() in LETTERS and PREVIOUS[0] and (ITS_THEIR.match(clean) or definite and (re.search(
                        rf"\b{re.escape(head.text.lower())}\b", PREVIOUS[0].lower()) or WROTE_TO.search(PREVIOUS[0]))):
                    # "Five groups issued a joint letter. “...,” the letter said.", "The agency wrote to the firm. Its
                    # letter said ...": the letter of what the previous sentence is about, not a state's letter
                    with previous_set_aside() as previous:
                        subject = sentence_subject(normalise(previous), mentions_before)
                        if subject is None and SENT_LETTER.search(previous):
                            # "In a letter sent to the ministry ..., Loopline said ... . For the rest, the letter
                            # said, ...", "Five groups issued a joint letter ..., urging ... . “...,” the letter said":
                            # the letter the previous sentence's speaker sent, when no subject opens that sentence
                            subject = find_attribution(normalise(previous), mentions_before)
                    if subject is not None and not subject.pronoun and not subject.defer \
                            and subject.side in ("government", "platform", "other"):
                        return Speaker(subject.name, subject.side)
                if head.actor.side == "government":
                    owner = nonstate_owner(clean[:head.start], clean[head.start:], mentions_before)
                    if owner is not None:
                        return owner
                if head.actor.side == "government" or (head.actor.side == "other" and not definite):
                    # "a senior official", "the readout", "a lawyer": the word's own side, not the last actor
                    return Speaker(resolve_name(head, mentions_before, clean), head.actor.side)
                owned = NOUN_POSSESSOR.search(clean[:head.start])
                if owned and owned.group(1).lower() in words["platform_noun"] and head.actor.side == "platform" \
                        and any(m.actor.type != "member" and m.actor.side == "platform" for m in mentions_before):
                    # "The network's regional director, Sofia Lindqvist,", "the app's policy chief": a post in the
                    # platform the article is about (as "the company's"), not the last actor named (session 28)
                    return Speaker(ARTICLE_START.sub("", clean), "platform")
                if owned and owned.group(1).lower() not in words["platform_noun"] | words["state_noun"]:
                    # "the documentary's director", "the campaign's organiser": an office of something that is no
                    # party (not "the app's spokesperson": a platform noun), not the last actor named
                    return Speaker(ARTICLE_START.sub("", clean), "other")
                if PREVIOUS[0] and ITS_THEIR.match(clean):
                    # "Its chair, Dr. Irena Holm, ...": "its" is what the previous sentence was about
                    with previous_set_aside() as previous:
                        subject = sentence_subject(normalise(previous), mentions_before)
                    if subject is not None and not subject.pronoun and not subject.defer and subject.side:
                        return Speaker(subject.name, subject.side)
                    opening = strip_dateline(normalise(previous)).split(",")[0]
                    named = OPENING_NAME.match(opening)  # "The Valdorian Civil Liberties Union has said it will go
                    # to the Constitutional Court. Its director, X, said": the union's, not the court named after it
                    if subject is None and CAPITALISED_OPENING.match(opening) and (not find_mentions(opening) or named and not any(
                            m.actor.side in ("government", "platform") for m in find_mentions(named.group()))):
                        # "The Open Net Council of India (ONCI), a trade body ..., struck a cautious note. Its director,
                        # X, said": an organisation the registry does not know, not the last platform named
                        names = [n for n in CAPITAL_NAME.findall(clean) if n.lower() not in NOT_NAMES]
                        return Speaker(names[-1] if names else ARTICLE_START.sub("", clean), "other")
                earlier = introduced_owner(head, mentions_before, definite)
                if earlier is None and definite and head.actor.actor_id == STATEMENT_MEMBER:
                    earlier = document_owner(head, mentions_before)
                if head.text.lower() in FILINGS and mentions_before:
                    # "the petition said", "according to the plea": the party that went to court
                    filed = [m for m in LITIGANTS if m.start <= mentions_before[-1].start]
                    if filed:
                        earlier = filed[-1]
                if earlier is None and definite and head.actor.actor_id == STATEMENT_MEMBER \
                        and head.text.lower() not in FILINGS:
                    named = named_document(head.text.lower())
                    if named is not None:
                        # "X said in a written reply ... . ..., the reply said": the party whose words the article
                        # read from that document when it named it, not the last actor named (session 25)
                        return Speaker(*named)
                if head.text.lower() in PUBLICATIONS and mentions_before and earlier is None:
                    # "“...,” the post said": the party the article showed publishing it ("Twitter said in a blog post")
                    published = [m for m in PUBLISHERS if m.start <= mentions_before[-1].start]
                    if published:
                        earlier = published[-1]
                if head.text.lower() in PUBLICATIONS and earlier is None and PREVIOUS[0] \
                        and (ARTICLE_START.match(clean) or PERSON_POSSESSIVE.match(clean)):
                    # "The ministry answered on Koo. The post read in part:": the document of the party the
                    # previous sentence is about, not of the last actor it names; so too "her post says" after "The
                    # minister has replied, on Flitwave itself." (a person's post, not the platform's: session 29)
                    with previous_set_aside() as previous:
                        subject = sentence_subject(normalise(previous), mentions_before)
                    if subject is not None and not subject.pronoun and not subject.defer \
                            and subject.side in ("government", "platform"):
                        return Speaker(subject.name, subject.side)
                if earlier is not None:
                    return Speaker(resolve_name(earlier, mentions_before, earlier.text), earlier.actor.side)
                trailing = TRAILING_SPOKESPERSON.search(CURRENT[0]) if head.actor.actor_id == SPOKESPERSON \
                    and not definite and CURRENT[0] else None
                if trailing is not None:
                    # "The ministry withdrew its order on Tuesday, a spokeswoman confirmed.": the spokesperson of the
                    # party whose act the sentence tells, not of what the previous sentence was about (session 24)
                    with previous_set_aside():
                        subject = sentence_subject(normalise(CURRENT[0][:trailing.start()]), mentions_before)
                    if subject is not None and not subject.pronoun and not subject.defer \
                            and subject.side in ("government", "platform"):
                        return Speaker(subject.name, subject.side)
                if PREVIOUS[0] and head.actor.actor_id == SPOKESPERSON and not definite:
                    # "Flick disputed the ministry's account in a reply. “...,” a spokesperson wrote.": the
                    # spokesperson of what the previous sentence was about, not of its last-named actor
                    with previous_set_aside() as previous:
                        subject = sentence_subject(normalise(previous), mentions_before)
                    if subject is not None and not subject.pronoun and not subject.defer \
                            and subject.side in ("government", "platform"):
                        return Speaker(subject.name, subject.side)
                owners = [m for m in mentions_before if m.actor.type != "member" and m.actor.side]
                if head.actor.actor_id == CORPORATE:
                    # "the chief executive", "the founder": a company's office, never the state's, nor a group's
                    # ("users", "internet providers")
                    owners = [m for m in owners if m.actor.side != "government"
                              and not (m.actor.type == "role" and m.actor.side == "other")]
                if owners:
                    return Speaker(resolve_name(owners[-1], mentions_before, owners[-1].text), owners[-1].actor.side)
                if not head.actor.side:
                    return Speaker("", "", defer=True)
                return Speaker(resolve_name(head, mentions_before, clean), head.actor.side)
        if head.actor.type == "role" and head.actor.side == "government" and head.text.islower():
            # "the union's president", "Its president," after a sentence about a group of no side
            owner = nonstate_owner(clean[:head.start], clean[head.start:], mentions_before)
            if owner is not None:
                return owner
        if len(found) > 1 and head.actor.type == "role" and head.actor.side == "government" \
                and found[-2].actor.side == "platform" and OWNED_UNIT.fullmatch(clean, found[-2].end, head.start):
            head = found[-2]  # "a lawyer in the company's legal department": the company's unit, not a state department
        people = [m for m in found if m.actor.type == "role" and m.actor.side == "other"]
        if people and people[0] is not head and GROUP_OF.match(clean[people[0].end:]):
            head = people[0]  # "supporters of the government", "critics of the company": the group speaks
        elif people and people[0] is not head and head.text.lower() in COMMITTEE_WORDS:
            head = people[0]  # "an opposition MP on the panel": a member who speaks for himself, not the committee
        if all(m.actor.type == "role" and m.actor.side == "platform" for m in found) \
                and GENERIC_COMPANY.search(clean[:found[0].start]) and clean[:found[0].start].strip():
            # "a partner at a Mumbai firm that advises technology companies": a firm or companies in general,
            # named inside a person's description, are no party to the dispute
            return Speaker(ARTICLE_START.sub("", clean), "other")
        if head.actor.type == "role" and head.text.lower() in SITE_STAFF and ("’" in clean or "'" in clean):
            site = [m for m in found[:-1] if m.actor.type != "member"]
            if site and site[-1].actor.type == "named" and site[-1].actor.side == "platform" \
                    and SITE_POSSESSIVE.fullmatch(clean, site[-1].end, head.start):
                # "Kettledrum’s editor-in-chief, Dana Orlov", "said X, Pinprick’s editor": the staff of a named
                # platform of the article speak for it, whatever the length of the post's name (``site_owner``;
                # GUIDELINES_ADDENDUM.md, a blocked website's own people are the platform)
                return Speaker(site[-1].actor.name, "platform")
            owned = NOUN_POSSESSOR.search(clean[:head.start])
            platforms = [m for m in mentions_before if m.actor.type == "named" and m.actor.side == "platform"]
            if owned and owned.group(1).lower() in words["platform_noun"] and platforms:
                # "the site's editors wrote:": the staff of the site named before, a platform of the article
                # (``site_owner``; GUIDELINES_ADDENDUM.md, a blocked website's own people are the platform)
                return Speaker(platforms[-1].actor.name, "platform")
        if head.actor.type == "role" and head.actor.side == "platform" and ("’" in clean or "'" in clean):
            owned = NOUN_POSSESSOR.search(clean[:head.start])
            if owned and owned.group(1).lower() not in words["platform_noun"] | words["state_noun"]:
                # "The account's anonymous operator wrote": the operator of an account or a channel is a user, not a
                # platform (as "the documentary's director" is no party's office)
                return Speaker(ARTICLE_START.sub("", clean), "other")
        if OWN_BOARD[0] and head.actor.type == "role" and head.text.lower().endswith("board"):
            platforms = [m for m in mentions_before if m.actor.type == "named" and m.actor.side == "platform"]
            if platforms:  # "the board said" where the board is the platform's own review board
                return Speaker(platforms[-1].actor.name, "platform")
        return Speaker(resolve_name(head, mentions_before, clean), head.actor.side)
    names = [n for n in CAPITAL_NAME.findall(clean) if n.lower() not in NOT_NAMES and n.split()[0].lower() not in NOT_NAMES]
    if names and len(clean.split()) <= 6:
        officer = ranked_name(names[-1])
        if officer:
            return Speaker(officer, "government")  # "Col. Edda Marr", "Insp. Ravi Das": a state officer
        return Speaker(names[-1], "other")
    group = the_organisation(clean)
    if group:
        return Speaker(group, "other")
    return None


# "The Bengaluru-based Digital Liberties Trust", "the Centre for Open Speech": "the", an optional "-based" place, then
# capitalised words (with of/for/and/on between them) ending in an ``organisation_end`` word
THE_ORGANISATION = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'.-]*-based\s+)?((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on)\s+)?){1,5}"
                              r"([A-Z][\w’'-]*))")


def the_organisation(clean: str) -> str:
    """The name of an unregistered organisation a speaker phrase names with "the" ("The Bengaluru-based Digital
    Liberties Trust" → "Digital Liberties Trust"), or ''. Only names ending in an organisation word
    (Trust, Foundation, Lab, ...): other "The ..." phrases are not taken for names."""
    m = THE_ORGANISATION.fullmatch(clean) if clean[:4].lower() == "the " else None
    if m is None or m.group(2).lower() not in attribution_words()["organisation_end"]:
        return ""
    return m.group(1)


class RoleFamilies(NamedTuple):
    """``role_families.csv``: which named actors a role word may stand for when it refers back."""

    of_role: dict[str, str]  # lower-cased role word → its family
    name_words: list[tuple[re.Pattern, str]]  # a word of a named actor's name → the actor's family
    refers_to: dict[str, frozenset[str]]  # family of a role word → families of the named actors it may name


@lru_cache(maxsize=1)
def role_families() -> RoleFamilies:
    """Read ``data/lexicons/role_families.csv`` (README of the lexicons: "Role families")."""
    path, frame = lexicon_table("role_families.csv", {"family", "role_words", "name_words", "names"})
    of_role: dict[str, str] = {}
    name_words: list[tuple[re.Pattern, str]] = []
    refers_to: dict[str, frozenset[str]] = {}
    families = set(frame["family"])
    for i, row in enumerate(frame.to_dict("records")):
        family = row["family"].strip()
        if not family:
            raise LexiconError(f"{path}: row {i + 2}: empty family")
        for word in filter(None, (w.strip().lower() for w in row["role_words"].split("|"))):
            if of_role.setdefault(word, family) != family:
                raise LexiconError(f"{path}: row {i + 2}: role word {word!r} is already in family {of_role[word]!r}")
        for word in filter(None, (w.strip() for w in row["name_words"].split("|"))):
            name_words.append((re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])"), family))
        names = frozenset(filter(None, (w.strip() for w in row["names"].split("|"))))
        unknown = names - families - {"unknown"}
        if unknown:
            raise LexiconError(f"{path}: row {i + 2}: names {sorted(unknown)} are not families of the file")
        refers_to[family] = names
    return RoleFamilies(of_role, name_words, refers_to)


@lru_cache(maxsize=4096)
def role_family(phrase: str) -> str:
    """The family of a role phrase by its last words ("the ministry's spokesman" → no family, "a senior judge" →
    court), '' when the file does not list it."""
    words = ARTICLE_START.sub("", phrase.strip(" ,")).lower().replace("’", "'").split()
    of_role = role_families().of_role
    for k in range(min(3, len(words)), 0, -1):  # "parliamentary committee" before "committee"
        family = of_role.get(" ".join(words[-k:]))
        if family:
            return family
    return ""


@lru_cache(maxsize=1024)
def named_family(actor: Actor, text: str) -> str:
    """The family of a named actor, from the words of its name, the words it was mentioned by, or its
    organisation's name ("Alexandre de Moraes" → his court); '' when none says."""
    org = registry_by_id().get(actor.org) if actor.org else None
    for words in (actor.name, text, org.name if org is not None else ""):
        for pattern, family in role_families().name_words:
            if pattern.search(words):
                return family
    return ""


@lru_cache(maxsize=1)
def display_names() -> dict[str, str]:
    """An alias of a registered named actor, written as in ``actors.csv`` → the actor's display name, so that one
    actor has one speaker name whichever rule named it (aliases of one letter to three excepted: too ambiguous)."""
    return {alias: actor.name for alias, actor in entries().items()
            if actor.type == "named" and alias != actor.name and len(alias) > 3}


@lru_cache(maxsize=1)
def registry_by_id() -> dict[str, Actor]:
    """actor_id → actor, for every row of ``actors.csv``."""
    return {a.actor_id: a for a in entries().values()}


def resolve_name(head: Mention, mentions_before: list[Mention], phrase: str) -> str:
    """Name a speaker: a named actor's name, or for a role word the last named actor of that side that the word
    can stand for (``role_families.csv``: "the ministry" a ministry or the government, not a judge named before;
    "experts" never a named organisation), else the role phrase itself."""
    if head.actor.type == "named":
        return head.actor.name
    family = role_family(phrase) or role_family(head.text)
    allowed = role_families().refers_to.get(family) if family else None
    for m in reversed(mentions_before):
        if m.actor.type == "named" and m.actor.side == head.actor.side:
            if allowed is not None and (named_family(m.actor, m.text) or "unknown") not in allowed:
                continue
            return m.actor.name
    return ARTICLE_START.sub("", phrase.strip(" ,"))


@phrase_memo
def gap_ok(gap: str) -> bool:
    """True when only fillers ("has", "also", "in a statement") stand between speaker and verb."""
    fillers = attribution_words()["filler"]
    low = gap.lower()
    words = GAP_WORD.findall(low)
    if all(w in fillers for w in words):
        return True  # the two substitutions below only remove words (a word they cut short was no filler)
    rest = TIME_GAP.sub(" ", low)
    rest = MEDIUM_PHRASE.sub(" ", rest)
    return all(w in fillers for w in GAP_WORD.findall(rest))


ASIDE = re.compile(r"\s*(?:meanwhile|however|though|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part|in\s+response|"
                   r"in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+){0,2}(?:" + vocabulary_alternation("aside") + r"))\s*",
                   re.IGNORECASE)
LIST_APPOSITION = re.compile(r"\s*(?:including|such\s+as|among\s+them|notably)\s+", re.IGNORECASE)


NAME_END = re.compile(r"\s+(?:(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+\s*$")  # a first and last name
DEPARTMENT = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|and|of|&))*")  # "for Electronics and IT"
AFFILIATION_END = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*){0,4}\s*$")


def main_subject(clause: str, mentions_before: list[Mention]) -> bool:
    """True when an actor opens ``clause`` as its subject ("Justice X on Sunday ordered ..."), not when the
    clause is about something else ("Brazilians began regaining access ..."; GUIDELINES_ADDENDUM.md)."""
    found = sentence_subject(normalise(strip_dateline(clause)), mentions_before)
    return found is not None and not found.pronoun and not found.defer and bool(found.side)


def relative_clause(segment: str) -> re.Match | None:
    """``RELATIVE.search(segment) or PARTICIPLE.match(segment) or THAT_CLAUSE.search(segment)``: where a relative
    clause or a participle opens in a segment before a speech verb. The two searches start with a look-behind
    (tried at every position); they are run only when the lower-cased segment holds "wh" / "that", which they
    need (``text.ascii_foldable``: no other character matches those letters under re.I)."""
    low = segment.lower() if ascii_foldable(segment) else None
    return (RELATIVE.search(segment) if low is None or "wh" in low else None) or PARTICIPLE.match(segment) \
        or irregular_participle().match(segment) \
        or (THAT_CLAUSE.search(segment) if low is None or "that" in low else None)


@lru_cache(maxsize=1)
def irregular_participle() -> re.Pattern:
    """``PARTICIPLE`` for the past participles that end in no -ed/-en (``irregular_participle`` words of
    ``attribution_words.csv``): "The notice, *sent* on Monday, says ...", "The letter, *seen* by this newspaper,
    warns ..." (a parenthesis on the subject before its speech verb)."""
    words = alternation(attribution_words()["irregular_participle"]) or "(?!)"
    return re.compile(rf"\s*(?:(?:\w+ly|now|since|once)\s+)?(?:{words})\b")


# ", a former radio host,", ", one of the platforms named in the report,": a description of the name before ("one of":
# session 31)
APPOSITION_OPENS = re.compile(r"\s*(?:a|an|one\s+of)\s", re.IGNORECASE)
PERSON_NAME_ONLY = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+")  # "Mira Solberg"
CLAUSE_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")  # a comma, not the thousands separator of "40,000"


def name_before_description(segments: list[str], depth: int, tail: str) -> bool:
    """True when ``tail`` (the segment ``depth`` from the end) is a description opening with "a"/"an" and the
    segment before it is a person's name alone ("Oskar Liang, a researcher at the Open Wires Lab, said")."""
    return depth < len(segments) and APPOSITION_OPENS.match(tail) is not None \
        and PERSON_NAME_ONLY.fullmatch(segments[-depth - 1].strip()) is not None


# a person named with a description of where she works, nothing registered in it (``speaker_before``)
PERSON_OF = re.compile(r"\s*(?:[A-Za-z][a-z-]+\s+){0,3}?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([A-Z][a-z][\w’'-]*\s+"
                       r"(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*)\s+(?:of|from|at|with)\s+(?:a|an|the)\s+[^,;:“”\"]{2,70}?\s*")


# "Analysts at the U.S.-based Delmar Centre for Network Studies", "monitors from the Open Vote Network": a group
# word opening the sentence and the named body it belongs to (however long the name, the group speaks; not "X, a
# researcher at the Free Net Lab": a description of the name before it)
GROUP_AT_NAME = re.compile(r"\s+(?:at|from|with)\s+(?:the\s+)?(?:[\w.-]+-based\s+)?[A-Z][\w’'.&-]*"
                           r"(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w’'.&-]*){0,6}\s*")


PLURAL_NOUN_VERBS = frozenset(vocabulary("plural_noun_verbs"))  # present-tense verbs that are also plural nouns
WORDS_NAMED = re.compile(r"\s*(?:that\b|:|,|“Q”|on\s|(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we)\b|"
                         r"[A-Z])")  # "claims that", "claims the order ...", "posts on the platform: “...”"; not "claims about"
POSTED_VERBS = frozenset(vocabulary("posted_verbs"))
# what was posted follows in the same clause, or was posted on the poster's own outlet
WORDS_POSTED = re.compile(r"[^,.;]*?(?::|\bthat\b|“Q”|\bon\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:" + vocabulary_alternation("words_posted") + r")\b)")
# "The meeting came hours after", "The stand-off deepened this week after": a clause that dates the story by what
# followed, its subject no actor
POSTING_VERBS = frozenset(vocabulary("posting_verbs"))  # "came a day after X posted in support of ...": an act, not speech
DATING_AFTER = re.compile(r"\b(?:came|comes|come|deepened)\s+(?:[\w-]+\s+){0,3}?after$", re.IGNORECASE)


AUXILIARY_SEGMENT = re.compile(r"\s*(?:(?:has|have|had|also|since|previously|repeatedly|publicly)\s+){1,3}", re.IGNORECASE)


LAWYER_APPOSITION = re.compile(r"\s*the\s+(?:[\w-]+\s+)?(?:" + vocabulary_alternation("lawyer_apposition") + r")\s*", re.IGNORECASE)


def speaker_before(before: str, mentions_before: list[Mention], inserted: bool = False, dating: bool = False) -> Speaker | None:
    """Find the speaker in the text just before a speech verb (normal order, appositives allowed; ``dating``: the verb
    may report speech in a dating clause, "The meeting came hours after X said")."""
    if POSSESSIVE_END_REV.match(before[::-1]):
        return None  # "the company's disputes": a noun after a possessive, not a speech verb
    segments = CLAUSE_COMMA.split(before)  # "more than 40,000 people": a number's comma separates nothing
    apposition = listed = None
    skipped = False  # a relative clause alone in its commas was skipped ("X, who asked not to be named, said")
    blank = int(len(segments) > 1 and not segments[-1].strip())  # "X, ..., said": the comma right before the verb
    if blank and len(segments) == 2 and "”" not in segments[0] and '"' not in segments[0]:
        return None  # "Russia slows Twitter, threatens a ban": a verb coordinated by a comma; no subject stands alone before it
    if not blank and len(segments) > 2 and AUXILIARY_SEGMENT.fullmatch(segments[-1]):
        blank = 1  # "X, who took charge last week, has said": only auxiliaries after the clause's comma, as if none
    for depth in range(1, min(4, len(segments)) + 1):
        segment = segments[-depth]
        if depth == 1 and blank:
            continue
        if (1 + blank < depth or blank and depth == 2) and depth < len(segments) and ASIDE.fullmatch(segment):
            continue  # "The ministry, meanwhile, has accused ...", "Twitter, for its part, said ...": an aside
        if depth < len(segments) and LIST_APPOSITION.match(segment):
            # "Other large platforms, including Facebook and WhatsApp, have told ...": the examples named in the
            # list speak, unless the subject before it names an actor itself
            listed = classify(LIST_APPOSITION.sub("", segment, count=1), mentions_before)
            continue
        cut = boundaries(segment)
        if depth == 1 and segment.strip().lower() in ("and", "but", "and also", "but also") and len(segments) > 1:
            return None  # "X ordered Y to block 37 channels, and said ...": the clause before is no speaker phrase
        raw_tail = segment[cut[-1][1]:] if cut else segment
        tail = topic_free(raw_tail)
        if depth == 1 + blank and blank and depth < len(segments) and PREP_PARENTHESIS.match(segment):
            continue  # "Delhi Police, in a separate statement on Thursday, called ...": an adverbial aside
        relative = relative_clause(segment)
        if depth == 1 + blank and blank and relative and depth < len(segments):
            # "X, who asked not to be named, said" / "X, a lawyer who advises ..., said": skip the clause
            apposition = classify(segment[:relative.start()], mentions_before) if segment[:relative.start()].strip() else None
            if apposition is not None and LAWYER_APPOSITION.fullmatch(segment[:relative.start()]):
                apposition = None  # "X, the lawyer who represents ..., said": whom the clause names (``for_a_party``),
                # not the last party the article named
            skipped = apposition is None and not segment[:relative.start()].strip()
            continue
        if depth == 2 + blank and skipped and MASK in segment[:cut[-1][1] if cut else 0]:
            # "“...” a senior official, who did not wish to be named, told X": the phrase after the quote speaks
            found_speaker = classify(tail, mentions_before)
            if found_speaker is not None:
                return found_speaker
        lead = [c for c in cut if c[2] != "and"]
        if dating and depth == 1 and lead and lead[-1][2] == "after" and "after" in segment \
                and DATING_AFTER.search(segment, 0, lead[-1][1]):
            pass  # "The meeting came hours after Twitter said ...": a dating clause, no actor's act; the speech is
            # the speaker's (GUIDELINES_ADDENDUM.md: no actor opens the main clause)
        elif depth == 1 and lead and lead[-1][2] in SUBORDINATORS and (segment[:lead[-1][0]].strip() or (
                len(segments) > 1 and not segment[:lead[-1][0]].strip() and segments[-2].strip()
                and not ADVERBIAL.match(segments[0]) and main_subject(segments[0], mentions_before))):
            # "... ordered an investigation, after the owner said X would stop complying": the speech is the
            # reason for the main clause's act, told by the journalist
            return None  # "..., and after activist X posted messages": a narrated event in a subordinate clause
        if depth == 1 and cut and segment[:cut[-1][0]].strip() and (not tail.strip() or gap_ok(tail)):
            return None  # "... covered 250 accounts and tweets": the verb's subject is not before the clause word
        if depth == 2 + blank and apposition is not None:
            found_speaker = classify(tail, mentions_before)
            if found_speaker is not None and found_speaker.side == "other" and apposition.side in ("government", "platform") \
                    and not apposition.pronoun and not apposition.defer:
                return Speaker(found_speaker.name, apposition.side)
            if found_speaker is not None:
                return found_speaker
            return apposition
        if depth == 1 + blank:
            if cut and cut[-1][2] in ("that", "which") and segment[:cut[-1][0]].strip() \
                    and find_mentions(tail):
                if inserted and gap_ok(tail[find_mentions(tail)[-1].end:]):
                    return classify(tail, mentions_before)  # "accounts that officials said were linked to ..."
                return None  # "channels that the ministry accuses of ...": a relative clause, not the report
            if depth < len(segments) and APPOSITION_OPENS.match(tail):
                owner = party_name_only(segments[-depth - 1])
                if owner is not None:
                    # "Vimzy, a video app with four million users, said": the party named before its description
                    # speaks (as "Oskar Liang, a researcher at ..., said"), not the description
                    apposition = Speaker(owner.actor.name, owner.actor.side)
                    continue
            found = find_mentions(tail)
            club = AFFILIATION_END.search(tail) if found and " of " in tail else None
            inner = [m for m in found if m.end <= club.start()] if club else []
            office_only = inner and all(m.actor.type == "member" for m in inner) \
                and not tail[inner[-1].end:club.start()].strip()  # "director of the Open Net Collective": its director
            if inner and len(inner) == len(found) and gap_ok(tail[inner[-1].end:club.start()]) and not office_only:
                tail = tail[:club.start()] + " "  # "Opposition leader X of the Civic Alliance described": X speaks
                found = inner
            pron = PRONOUN_TAIL.match(tail)
            if pron and gap_ok(pron.group(2)) and pron.group(1) != "IT":  # "for electronics and IT,": no pronoun
                return Speaker(pron.group(1).lower(), "", pronoun=True)
            if ONE_OF.fullmatch(tail.strip().lower()):
                return classify(tail, mentions_before)
            first = tail.split(maxsplit=1)[:1]
            titled = NAME_END.search(tail) if found else None
            if titled and titled.start() >= found[-1].end and DEPARTMENT.fullmatch(tail[found[-1].end:titled.start()]):
                tail = tail[:found[-1].end] + tail[titled.start():]  # "Minister of State for Electronics and IT X"
            if found and not gap_ok(tail[found[-1].end:]) and not (
                    depth == len(segments) and found[-1].actor.type == "role" and found[-1].actor.side == "other"
                    and found[-1].text.endswith("s") and GROUP_AT_NAME.fullmatch(tail, found[-1].end)):
                if len(TIME_GAP.sub(" ", tail.lower()).split()) > 7 or (first and first[0].lower() in attribution_words()["filler"]):
                    if name_before_description(segments, depth, tail):
                        # "Oskar Liang, a digital rights researcher at the Open Wires Lab, said": the name speaks
                        apposition = classify(tail, mentions_before) or Speaker(tail.strip(), "other")
                        continue
                    return None
            if not found and tail.strip() and not gap_ok(tail) and not ("office" in tail and OFFICE_OF.fullmatch(tail)):
                person = PERSON_OF.fullmatch(tail)
                if person and person.group(1).split()[0].lower() not in NOT_NAMES:
                    # "Prof. Meera Rao of a city law school said", "Election observer Hana Prell of the Regional
                    # Democracy Institute said": a person and the body she belongs to (which no side owns)
                    return Speaker(person.group(1), "other")
                names = CAPITAL_NAME.findall(tail)
                if depth < len(segments) and APPOSITION_OPENS.match(tail) and not names \
                        and PERSON_NAME_ONLY.fullmatch(segments[-depth - 1].strip()):
                    # "The channel’s creator, Mira Solberg, a former radio host, urged": the name before it speaks
                    apposition = classify(tail, mentions_before)
                    continue
                if not names or not tail.rstrip().endswith(names[-1]) and not (
                        tail.rfind(names[-1]) >= 0 and gap_ok(tail[tail.rfind(names[-1]) + len(names[-1]):])):
                    return None  # (not "Mr. Menon also cautioned": only fillers after the name)
            if not tail.strip() or gap_ok(tail):
                continue
        if cut and depth > 1:
            return None
        context = mentions_before
        if ITS_THEIR.match(tail):
            # "Appearing for X Corp, its senior counsel told ...": "its" is the actor named earlier in the sentence
            own = [m for m in find_mentions(",".join(segments[:-depth])) if m.actor.type != "member" and m.actor.side]
            context = mentions_before + own
            if own:  # the sentence names its owner itself: not the previous sentence's subject
                with previous_set_aside():
                    found_speaker = classify(tail, context)
            else:
                found_speaker = classify(tail, context)
        else:
            # "Sources familiar with the company's thinking": the topic (cut from ``tail``) may name whose sources
            found_speaker = classify(raw_tail if raw_tail != tail and SOURCE_WORDS.fullmatch(tail.strip().lower())
                                     else tail, context)
        if listed is not None and not listed.pronoun and not listed.defer \
                and not any(m.actor.type == "named" for m in find_mentions(tail)):
            return listed
        if found_speaker is not None:
            return found_speaker
        if depth == 1 + blank and is_clause(tail):
            return None  # "more than 40,000 people had signed a petition calling ...": the verb's subject is a clause
        if depth > 1 and tail.strip():
            continue
    return None


def party_name_only(segment: str) -> Mention | None:
    """The named actor of the government or a platform when ``segment`` is its name alone ("Vimzy", " Twitter"),
    else None."""
    text = segment.strip()
    found = find_mentions(text) if text else []
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) and found[0].actor.type == "named" \
            and found[0].actor.side in ("government", "platform"):
        return found[0]
    return None


# "said Lidia Aran of the Zandor Internet Society": a person's name, then the body the person belongs to
NAME_OF_GROUP = re.compile(r"\s*((?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*){1,2})"
                           r"\s+of\s+((?:the\s+)?(?:[\w’'&.-]+\s+){0,7}[\w’'&.-]+)\s*")


def person_of_group(phrase: str, mentions_before: list[Mention]) -> Speaker | None:
    """A speaker phrase "Name of (the) Body" that ``classify`` cannot read: the person, on the body's side
    (``other`` for a body the registry does not know: a rights group, a think tank), or None."""
    m = NAME_OF_GROUP.fullmatch(phrase)
    if m is None or m.group(1).split()[0].lower() in NOT_NAMES:
        return None
    group = classify(m.group(2), mentions_before)
    if group is not None and (group.pronoun or group.defer):
        return None
    return Speaker(m.group(1), group.side if group is not None else "other")


def speaker_after(after: str, mentions_before: list[Mention]) -> Speaker | None:
    """Find the speaker right after a speech verb ("..., said a ministry spokesperson.")."""
    cut = boundary_regex().search(after)  # only the first: one search beats lower-casing the rest of the sentence
    phrase = after[:cut.start()] if cut else after
    parts = phrase.split(",")
    if not parts[0].strip() or len(parts[0].split()) > 8:
        return None
    found = classify(parts[0], mentions_before)
    if found is None:
        found = person_of_group(parts[0], mentions_before)
    if (found is None or found.side == "other") and len(parts) > 1 and parts[1].strip():
        apposition = classify(parts[1], mentions_before)
        anchored = [m for m in find_mentions(parts[1]) if m.actor.type != "member"]
        if apposition is not None and not apposition.pronoun and anchored:
            name = found.name if found is not None else apposition.name
            return Speaker(name, apposition.side)
    return found


# "X, appearing for Twitter, argued", "X, who represents the company, told", "..., said X, representing the
# ministry": a person who speaks for a party (a lawyer, an agent) takes the party's side
REPRESENTING = re.compile(r"\b(?:(?:" + vocabulary_alternation("representing_verbs") + r")\s+(?:the\s+(?:"
                          + vocabulary_alternation("representing_cases") + r")\s+)?"
                          r"(?:for|on\s+behalf\s+of)"
                          r"|(?:who\s+)?(?:" + vocabulary_alternation("represents_verbs") + r")|on\s+behalf\s+of)\s+([^,;:()“”\"]+)",
                          re.IGNORECASE)


PAST_WORK = re.compile(r"\b(?:(?:" + vocabulary_alternation("past_work_adjectives") + r")\s+(?:" + vocabulary_alternation("past_work") + r")"
                       r"|in\s+the\s+past|previously|formerly|once)\b", re.IGNORECASE)


OFFICE_THAT = re.compile(r"\sthat\s")
# "represents 42 technology companies", "represents more than 300 firms", "represents several platforms": many members
MEMBERSHIP = re.compile(r"\s*(?:\d[\d,]*|more\s+than|over|about|some|several|many|dozens|hundreds|most)\b", re.IGNORECASE)


def before_clause(phrase: str) -> str:
    """``phrase`` up to its relative clause ("a lawyer for activists who sued the state" → "a lawyer for activists")."""
    clause = RELATIVE.search(phrase) or OFFICE_THAT.search(phrase)
    return phrase[:clause.start()] if clause else phrase


OFFICE_WORDS = 8  # an office in apposition is a short phrase ("Kestrel's head of policy for the region")
OFFICE_END = re.compile(r"\s*(?:(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}\s*)?")  # "director of X"


def for_a_party(found: Speaker, around: str, mentions_before: list[Mention]) -> Speaker:
    """Give an unaffiliated speaker (side other, not a pronoun) the side of the party the words around the verb
    say they speak for ("Senior advocate A. Datar, appearing for Twitter, argued ..."; "The company's counsel,
    Senior Advocate M. Rohatgi, said ..."; "The authority's director, T. Reyes, said"): a lawyer for a party
    speaks for it (annotation conventions), as its officers do."""
    if found.side != "other" or found.pronoun or found.defer:
        return found
    for m in REPRESENTING.finditer(around):
        if PAST_WORK.search(m.group(0)):
            continue  # "a lawyer who has represented the Centre in earlier cases": a career, not this case
        if MEMBERSHIP.match(m.group(1)):
            continue  # "an alliance which represents 42 technology companies": a trade group speaks for itself
        party = classify(m.group(1), mentions_before)
        if party is not None and not party.pronoun and party.side in ("government", "platform"):
            return Speaker(found.name, party.side)
    segments = around.split(",")
    blank = int(len(segments) > 1 and not segments[-1].strip())
    if len(segments) >= 2 + blank and found.name in segments[-1 - blank]:
        # "The company's counsel, <name>, said", "The authority's director, <name>, said", "its chief executive,
        # <name>, said": an office of a party in apposition before the name gives the party's side
        office = segments[-2 - blank].replace(MASK, " ")  # "“...,” its chief executive, <name>, said"
        office = before_clause(office)  # "director general of the agency and chair of a committee that negotiated with ..."
        members = [w for w in find_mentions(office) if w.actor.type == "member" and w.actor.side]  # not "In a reply"
        if members and (len(office.split()) <= OFFICE_WORDS or OFFICE_END.fullmatch(office[members[-1].end:])):
            # (a short phrase, or one the office word ends; not the reported clause itself: "Twitter complied with
            # the orders before the deadline, two people familiar with the matter said")
            party = classify(office, mentions_before)
            if party is not None and not party.pronoun and not party.defer and party.side in ("government", "platform"):
                return Speaker(found.name, party.side)
    return found


CONTINUING_VERBS = set(vocabulary("continuing_verbs"))  # "it added": the same speaker goes on
REPLY_VERBS = set(vocabulary("reply_verbs"))
# "X replied two days later.", "the ministry replied on Koo rather than on Twitter.", "The ministry hit back within
# hours." (GUIDELINES_ADDENDUM, session 15): a reply told as an event, with
# nothing of what was said after it (no quote, no "that", no colon, no trailing participle)
NO_CONTENT = re.compile(r"(?![^.!?]*\bthat\b)[^,:;“”\"]*[.!]?\s*$", re.IGNORECASE)
# "Velmora hits back at Yarnly lawsuit": a reply told with its target passes judgement, so it stays speech (addendum,
# session 15)
TARGET_AFTER = re.compile(r"\s*at\b", re.IGNORECASE)
HIT_BACK_VERBS = set(vocabulary("hit_back_verbs"))
# "The company set out its reasons in a post on its transparency blog.": the act of publishing told, no words after it
# "when the Centre is expected to say whether it accepts ...", "The ministry is due to respond next week.": words still to
# come, a plan told by the journalist, not speech reported
EXPECTED_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:expected|due|set|likely|scheduled)\s+to\s+$",
                         re.IGNORECASE)
SET_OUT_VERBS = set(vocabulary("set_out_verbs"))
# "published a blog post saying ...", "posted a notice to viewers saying ...": what the published document says is
# its publisher's speech, the subject of the publishing verb
PUBLISHED_SAYING = re.compile(r"\b(?:" + vocabulary_alternation("published_saying_verbs", r"\s+") + r")\s+(?:a|an|its|their|the)\s+"
                              r"(?:[\w-]+\s+){0,4}?(?:" + vocabulary_alternation("published_saying_items", r"\s+") + r")(?:\s+(?:to|on|for)\s+[\w’'-]+)?\s*,?\s*$", re.IGNORECASE)


NOTICE_SEEN = re.compile(r"\b(?:" + vocabulary_alternation("notice_seen_verbs", r"\s+") + r"|greeted\s+(?:by|with)|"
                         r"met\s+with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:" + vocabulary_alternation("notice_seen") + r")\b"
                         r"|\bread\s+the\s+(?:" + vocabulary_alternation("notice_seen") + r")\b", re.IGNORECASE)
NOTICE_READ = re.compile(r"(?:\s+(?:that|which)\s+(?:read|reads)|\s+reading|\s*,?\s*(?:read|reads)\b|\s+\w+\s+saw\b)",
                         re.IGNORECASE)  # "a notice that read: “...”", "read the notice users saw"
NOTICE_SAYING = re.compile(r"\s*,?\s*(?:saying|that\s+said|which\s+said|stating)\b", re.IGNORECASE)
# "served Twitter (with) a notice", "sent Chirrup a formal notice": a document one party served on another
SERVED_SAYING = re.compile(r"\b(?:served|sent)\s+(?:[\w’'.-]+\s+){1,3}?(?:with\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:" + vocabulary_alternation("served_saying") + r")\s*,?\s*$")
TOLD_BY = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+by\b")  # "were told on Friday by a committee": the agent speaks
FIGURE_WORDS = re.compile(r"\b(?:" + vocabulary_alternation("figure_words", r"\s+") + r")\b", re.IGNORECASE)
# "its own figures", "figures it gave parliament", "monthly figures it published", "figures the ministry placed before
# parliament", "figures placed before the Lok Sabha": the figures' publisher speaks (group 1: its/their; group 2: what
# follows the figures)
FIGURES = re.compile(r"\s*(?:(its|their)\s+)?(?:(?:" + vocabulary_alternation("figure_adjectives") + r")\s+)*"
                     r"(?:" + vocabulary_alternation("figure_words", r"\s+") + r")\b(.*)", re.IGNORECASE | re.DOTALL)
FIGURES_PRONOUN = re.compile(r"\s+(?:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:"
                             + vocabulary_alternation("figures_pronoun_verbs") + r")\b", re.IGNORECASE)
FIGURES_PARLIAMENT = re.compile(r"\s+(?:" + vocabulary_alternation("figures_parliament_verbs") + r")\s+(?:before|in|to)\s+(?:the\s+)?(?:"
                                + vocabulary_alternation("legislatures", r"\s+", either_case_first=True) + r")\b")  # [Pp]arliament
FIGURES_BY = re.compile(r"\s+((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:has\s+|had\s+|have\s+)?(?:"
                        + vocabulary_alternation("figures_by_verbs") + r")\b")


OWNER_WORD = re.compile(r"\b(?:its|their) ", re.IGNORECASE)  # "according to its ..." (``owned_record``) may name a record


@lru_cache(maxsize=1)
def owned_record() -> re.Pattern:
    """"its transparency page", "their public log", "its website": a record its owner keeps (``attribution_words.csv``
    role ``owned_record``)."""
    nouns = alternation(attribution_words()["owned_record"]) or "(?!)"
    return re.compile(rf"\s*(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s*", re.IGNORECASE)


def owned_record_source(phrase: str, before: str, after: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of "according to its <record>" (``owned_record``: "according to its transparency page", "..., according
    to its public log"): the owner of "its", the party the sentence is about (its subject: the clause before the
    phrase, or after a leading one), when a party's; None otherwise."""
    if not owned_record().fullmatch(phrase):
        return None
    return clause_party(before if before.strip(" ,") else after.lstrip(" ,"), mentions_before)


def clause_party(clause: str, mentions_before: list[Mention]) -> Speaker | None:
    """The party a clause is about, for a record it owns or published: its subject when a party's, else a party named
    within its first three words; None otherwise (``owned_record_source``, ``published_record_source``)."""
    subject = sentence_subject(clause, mentions_before)
    if subject is not None and not subject.pronoun and not subject.defer and subject.side in SIDES_OF_SPEECH:
        return subject
    named = [x for x in find_mentions(clause) if x.actor.type != "member" and x.actor.side]
    if named and named[0].actor.side in SIDES_OF_SPEECH and len(clause[:named[0].start].split()) <= 3:
        return Speaker(resolve_name(named[0], mentions_before, named[0].text), named[0].actor.side)
    return None


@lru_cache(maxsize=1)
def published_record() -> re.Pattern:
    """"a transparency report it published", "a statement they issued": a document (``attribution_words.csv`` roles
    ``document_noun`` and ``owned_record``) that "it" / "they" put out (``FIGURES_PRONOUN``)."""
    words = attribution_words()
    nouns = alternation(words["document_noun"] | words["owned_record"]) or "(?!)"
    return re.compile(rf"\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})(?=\s+(?:it|they)\s)", re.IGNORECASE)


def published_record_source(phrase: str, before: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of "according to a <document> it published" (``published_record``): as "figures it published"
    (``figures_source``), "it" is the sentence's subject, the party the sentence is about ("Pennant, the photo-sharing
    network, received 3,000 demands, according to a transparency report it published": Pennant's, not the last actor
    named before the sentence); None when the phrase is no such document or the subject is no party's."""
    m = published_record().match(phrase)
    if m is None or not FIGURES_PRONOUN.match(phrase[m.end():]):
        return None
    return clause_party(before, mentions_before)


def figures_source(phrase: str, before: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of "according to <figures>" (``FIGURES``): "its own figures" and "figures it gave parliament" are
    the sentence's subject's, "figures placed before the Lok Sabha" the state's, "figures the ministry published" the
    ministry's; None when the phrase says nothing of who gave them ("according to figures")."""
    m = FIGURES.match(phrase)
    if m is None:
        return None
    rest = m.group(2)
    if m.group(1) or FIGURES_PRONOUN.match(rest):
        subject = sentence_subject(before, mentions_before)
        if subject is not None and not subject.pronoun and not subject.defer and subject.side:
            return subject
        # "Estavia's National Media Commission ordered ..., according to monthly figures it published":
        # the first actor of the sentence
        named = [x for x in find_mentions(before) if x.actor.type != "member" and x.actor.side]
        if named:
            return Speaker(resolve_name(named[0], mentions_before, named[0].text), named[0].actor.side)
        return None
    if FIGURES_PARLIAMENT.match(rest):
        subject = sentence_subject(before, mentions_before)
        if subject is not None and not subject.pronoun and not subject.defer and subject.side == "government":
            return subject
        return Speaker("government", "government")  # what a government tells its parliament
    by = FIGURES_BY.match(rest)
    if by:
        found = classify(by.group(1), mentions_before)
        if found is not None and not found.pronoun and not found.defer and found.side:
            return found
    return None


THREAT_VERBS = frozenset(vocabulary("threat_verbs"))
# "were quick to criticise / question / condemn / pounce": a reaction that passes judgement (GUIDELINES_ADDENDUM.md),
# not "quick to react" or "quick to hit back" (labelled the narrator's)
QUICK_TO = re.compile(r"\bquick\s+to\s+(?:" + vocabulary_alternation("quick_to") + r")\b")
PERFECT_END = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+|also\s+|since\s+|already\s+)?$", re.IGNORECASE)  # "had written"
AND_END = re.compile(r"\s(?:and|but)\s+$")
# present-tense verbs that are never plural nouns: coordinated ("filed a complaint in March and says he will go to
# court", "meets the executives and tells them ...") like the past tense
PRESENT_VERBS = frozenset(vocabulary("present_verbs"))
DISMISS_VERBS = frozenset(vocabulary("dismiss_verbs"))
# "dismissed as “an outright lie” a claim", "dismissed that as", "dismissed those claims at the time as baseless"
DISMISSED_AS = re.compile(r"\s+(?:[^\s,.;:]+\s+){0,6}?as\b", re.IGNORECASE)
# "dismissed the criticism", "dismissed the findings", "dismissed the company's argument": a reply that names what it
# rejects is speech (GUIDELINES_ADDENDUM.md, session 15: "rejected the findings"); not a court's "dismissed the
# petition / plea / appeal / charges" (a ruling told), whose nouns are not listed here
DISMISSED_CLAIM = re.compile(r"\s+(?:the|those|these|this|that|such|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:" + vocabulary_alternation("dismissed_claims", r"\s+") + r")\b", re.IGNORECASE)
COURT_RECORD = re.compile(r"(?:the\s+)?court\s+(?:" + vocabulary_alternation("court_records", r"\s+") + r")", re.IGNORECASE)
# a letter the sentence shows being sent or issued ("In a letter sent to ...", "issued a joint letter", "wrote a letter")
# "X wrote to users to call the order unlawful. The letter, ..., reads in part:": the letter the one who wrote sent
WROTE_TO = re.compile(r"\b(?:wrote|writes|has\s+written|had\s+written)\s+(?:an?\s+(?:[\w-]+\s+)?letter\s+)?to\b")  # session 31
SENT_LETTER = re.compile(r"\b(?:[Ii]n\s+an?|(?:" + vocabulary_alternation("sent_letter_verbs") + r")\s+an?)\s+(?:[\w-]+\s+)?letter\b")
LETTERS = set(vocabulary("letters"))  # member_official's documents that any party can write
ASKED_LEAD = re.compile(r"\s*(?:when\s+|after\s+being\s+)?(?:" + vocabulary_alternation("asked_lead_verbs", r"\s+")
                        + r")\s+(?:about|whether|if|why|how|what|when|where|who|"
                        r"for|on|to)\b[^,;:“”\"]*,", re.IGNORECASE)


NAME_ACRONYM = re.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Za-z]{1,7}\)(?=\s)")  # "The Authority (MCA) said"; not "X, chair of the
# Authority (MCA), told": the name before the apposition speaks


# a quotation attributed after it: "That was X, <post>, in a statement ...", "Those were the words of X" (group 1: the
# "words of" form; group 2: the speaker; group 3: the medium after it, which the plain form needs)
BACKWARD = re.compile(r"(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:(the\s+(?:" + vocabulary_alternation("backward_reactions", r"\s+")
                      + r")\s+of)\s+)?([^“”\"]+?)(?:,?\s+((?:in|on|via)\s+(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:" + vocabulary_alternation("backward_media", r"\s+") + r")\b|"
                      r"speaking\s+(?:to|at|on)\b|writing\s+(?:in|on)\b)[^“”\"]*)?\s*[.!]?\s*$")


def find_attribution(text: str, mentions_before: list[Mention]) -> Speaker | None:
    """Find who is said to speak in ``text`` (quotes already masked)."""
    skip = attribution_words()["not_after_verb"]
    text = normalise(text)
    if "(" in text:  # "The Marovian Communications Authority (MCA) said ...": the bracketed initials of the name
        text = NAME_ACRONYM.sub("", text)  # before them hide the name from the verb
    low = text.lower() if ascii_foldable(text) else None
    # every NOTICE_SEEN match holds one of these words (re.I matches the lower case exactly when ascii_foldable)
    notice = NOTICE_SEEN.search(text) if low is None or "notice" in low or "message" in low or "banner" in low \
        or "notification" in low else None
    if notice:
        # "Users who opened the handles saw a notice that read: “Account withheld ...”": the words the platform put
        # on the page are its own; "saw a notice saying the account had been withheld" is the journalist's account
        if NOTICE_SAYING.match(text, notice.end()):
            return None
        shown = [m for m in mentions_before if m.actor.type == "named" and m.actor.side == "platform"]
        if shown and NOTICE_READ.match(text, notice.end()):
            return Speaker(shown[-1].actor.name, "platform")
    back = BACKWARD.match(text) if text.startswith("Th") else None  # (BACKWARD is case-sensitive: "That", "Those")
    if back and (back.group(1) or back.group(3)) and back.group(2)[:1].isupper():
        # "That was Sara Lindqvist, Pingwave's head of public policy, in a statement emailed to newsrooms.", "Those were
        # the words of X": the words quoted before are named after them (the sentence itself is said to be X's)
        found = classify(back.group(2), mentions_before)
        if found is not None and not found.pronoun and not found.defer and found.side:
            return found
    asked = ASKED_LEAD.match(text)
    if asked:  # "Asked about the order, X said ...": the question's words name no speaker (blanked, offsets kept)
        text = " " * asked.end() + text[asked.end():]
        low = text.lower() if ascii_foldable(text) else None
    fallback = subject = None
    acc = ACCORDING_TO.search(text) if low is None or "according to" in low else None  # what ACCORDING_TO needs
    if acc:
        if OWN_REPORTER.match(acc.group(1)):
            acc = None  # "according to our reporter at the scene": the newspaper's own report
        elif COURT_RECORD.fullmatch(acc.group(1).strip(" ,.")):
            acc = None  # "according to court papers": a record the journalist read, not the court's words
    if acc and OWNER_WORD.search(acc.group(1)):
        record = owned_record_source(acc.group(1), text[:acc.start()], text[acc.end():], mentions_before)
        if record is not None:
            return record
    if acc and (" it " in acc.group(1) or " they " in acc.group(1)):
        published = published_record_source(acc.group(1), text[:acc.start()], mentions_before)
        if published is not None:
            return published
    if acc and FIGURE_WORDS.search(acc.group(1)):
        figures = figures_source(acc.group(1), text[:acc.start()], mentions_before)
        if figures is not None:
            return figures
    if acc:
        objective = OBJECT_PRONOUNS.get(acc.group(1).strip().lower())
        # "According to him, ...": the person the pronoun refers back to, as "he said" would
        fallback = Speaker(objective, "", pronoun=True) if objective else classify(acc.group(1), mentions_before)
        if fallback is not None and fallback.side in ("government", "platform"):
            return fallback
    for v_start, v_end, verb in verb_matches(text, low):
        before, after = text[:v_start], text[v_end:]
        rev = before[::-1]  # the end-anchored tests below read it from its end (see ENDS)
        first_after = after.split(maxsplit=1)[:1]
        pledge = verb in attribution_words()["pledge_verb"] and bool(first_after) and first_after[0].lower() == "to"
        if pledge and verb in THREAT_VERBS and (subject is not None or COORDINATED_REV.match(rev)):
            pledge = False  # "served a notice and threatened to revoke ...": the act told; "saying the judge had
            # threatened to ...": inside the words of the participle's speaker
        if first_after and first_after[0].lower() in skip and not pledge:
            continue  # "wrote to the ministry" (not "vowed to challenge it": a pledge, its words reported)
        if DETERMINER_END_REV.match(rev):
            continue  # "the warning", "its posts": a noun
        coordinated = not verb.endswith("s") and COORDINATED_REV.match(rev) is not None and not QUOTE_END_REV.match(rev)
        if verb in PRESENT_VERBS and AND_END.search(before) and not RELATIVE.search(before.rsplit(",", 1)[-1]):
            coordinated = True  # "meets the executives and tells them ...": not "Kavo, which ... and says ..."
        trailing = coordinated and verb.endswith("ing")  # "..., saying that ...", "..., telling it to ...": GUIDELINES_ADDENDUM.md
        if verb == "saying" and not trailing and PUBLISHED_SAYING.search(before):
            trailing = True  # "the company published a blog post saying ...": the publisher speaks
        if verb.endswith("ing") and not trailing and ("served" in before or "sent" in before) and SERVED_SAYING.search(before):
            trailing = True  # "the regulator sent Chirrup a formal notice accusing it of ...": the sender speaks, not
            # the one served
        if not trailing and verb in attribution_words()["trailing_only"] and not OPENED_BY_END.search(before[-60:]):
            continue  # "asking the court to annul ..." reports a party's plea only as a trailing participle
        if verb == "written" and not PERFECT_END.search(before):
            continue  # "Written by X", "written op-eds": only "had written that ..." reports words
        if verb in DISMISS_VERBS and not DISMISSED_AS.match(after) and not DISMISSED_CLAIM.match(after):
            continue  # "the court dismissed the petition": a ruling told; "dismissed the claim as a lie" is speech
        if verb in DIRECTIVE_VERBS and DIRECTIVE.match(after) and not trailing:
            continue  # "the regulator told the app to remove ...": an order, not reported speech
        if verb in attribution_words()["figure_verb"] and not FIGURE_AFTER.match(after):
            continue  # "reported" is speech only before the figures reported ("Chirp reported 1,950 demands")
        question = verb in QUESTION_VERBS and not QUOTE_END_REV.match(rev) and not ASKED_AUTHORITY.match(after)
        if question and (not ASKED_QUESTION.match(after) or ASKED_PASSIVE.search(before[-20:])):
            continue  # "the ministry asked users to ...": a request
        if verb == "found" and (not FINDING_AFTER.match(after) or "," not in before or not FINDER_END.search(before)):
            continue  # "Users found on Monday that …", "the company found insufficient grounds": no words reported
        if verb in CITE_VERBS and not re.match(r"\s*[\w“\"(]", after):
            continue  # "a record the minister also cited.": the thing cited is the noun before, nothing reported
        if verb in READING_VERBS and READ_OUT.match(after) and COLON_LEAD.match(text.strip()) \
                and READ_OUT_TEXT.search(text):
            continue  # "We read out the authority's statement:": the block is the author's (``colon_lead``)
        if verb in READING_VERBS and OBJECT_AFTER.match(after) and not QUOTE_END_REV.match(rev):
            continue  # "The ministry reads the figures differently": a view of a text, not the words of one
        if verb in PLURAL_NOUN_VERBS and MASK not in before and not WORDS_NAMED.match(after):
            continue  # "election posts", "false claims", "Dorsey's India remarks": a plural noun, not "X claims that"
        if verb in POSTED_VERBS and MASK not in before and not WORDS_POSTED.match(after):
            continue  # "posted a screenshot", "the report, posted on Saturday, ...": something put online, not words
            # reported ("posted on Koo that ...", "posted a statement on its blog:", "posted an explanation on its blog")
        if verb in INTERROGATION_VERBS and INTERROGATED.match(after):
            continue  # "police questioned two employees", "the committee questioned the executives": no words reported
        if EXPECTED_TO.search(before[-40:]):
            continue  # "the Centre is expected to say whether ...": words not yet said
        if NOTHING_SAID.match(after):
            continue  # "Twitter has said little", "the ministry said nothing": no speech reported
        if (verb in REPLY_VERBS or verb in SET_OUT_VERBS) and MASK not in text and NO_CONTENT.match(after) \
                and not (verb in HIT_BACK_VERBS and TARGET_AFTER.match(after)):
            continue  # "X replied two days later.": the reply is an event; what it said is not reported
        if verb.endswith("s") and NOUN_AFTER_REV.match(rev):
            continue  # "did not respond to emailed questions": a noun
        if RELATIVE_REPORT_REV.match(rev) or RELATIVE_VERB_REV.match(rev):
            continue  # "accounts that it says spread ...", "groups, which argued that ...": inside a relative clause
        if NEGATED_VERB_REV.match(rev):
            continue  # "the ministry has not said", "did not say": no speech reported
        if FREE_RELATIVE_REV.match(rev):
            continue  # "what officials described as a last notice": a naming inside the narrator's clause
        if verb.endswith("s") and not after.strip(" .!?") and not COMMA_END_REV.match(rev) \
                and not find_mentions(" ".join(before.split()[-3:])):
            continue  # "relations with foreign states.": a plural noun at the sentence end, not a verb
        if " after " in before and TIME_AFTER_CLAUSE.search(before):  # (the clause runs on to the verb, no comma)
            continue  # "Murmur sued in April, weeks after the ministry ordered ... and threatened ...": what another
            # party said inside a dating clause after the comma is the journalist's account of the events before
        if verb in ANNOUNCE_VERBS and (DECISION_OBJECT.match(after) or ANNOUNCED_THING.match(after)):
            continue  # "the court announced its decision on Dec. 26": a ruling reported as an event; "the government
            # on Thursday announced sweeping new rules", "announced a new unit": an act told (not "announced that")
        if verb in RELATIVE_SAY and PRONOUN_RELATIVE.search(before):
            continue  # "naming group chats it says were used to ...": a claim inside a reduced relative clause
        if RELATIVE_NOUN_REPORT_REV.match(rev) and (verb in RELATIVE_SAY or WHICH_END.search(before)):
            continue  # "channels that prosecutors say were used": a claim inside the narrator's relative clause
        if (" move " in before or " step " in before) and MOVE_NAMED.search(before[-90:]):
            continue  # "..., a move the government called an assault": a party's naming of the act inside the
            # narrator's appositive, not the sentence's speaker ("a move it said was needed" stays the subject's)
        if verb in NAMING_VERBS and REDUCED_RELATIVE_REV.match(rev):
            continue  # "to annul an order it called vague": a naming inside the narrator's clause
        if verb in NAMING_VERBS and PASSIVE_NAMING_REV.match(rev):
            continue  # "as Twitter is now called": naming, not speech
        if verb in ("told", "informed") and PASSIVE_NAMING_REV.match(rev) and not TOLD_BY.match(after):
            continue  # "whether the ministry had been told in advance": the one told, not the speaker
        if verb in NAMING_VERBS and NAMED_THING_REV.match(rev) and BARE_NAME.match(after):
            continue  # "an app called Koo (it's made in India)": a thing named, not speech
        if trailing:
            # "The ministry served a notice, warning the company ...", "The operator withheld 1,200
            # accounts, saying that ...": a trailing participle reports the speech of the sentence's
            # subject (GUIDELINES_ADDENDUM.md); its speaker is never the words around the comma
            if subject is None:
                if CAME_AFTER.search(before):  # "The petition came days after the ministry gave ..., warning": the
                    subject = clause_subject(before, mentions_before)  # participle continues the dated clause
                subject = subject or sentence_subject(before, mentions_before, True) or clause_subject(before, mentions_before) \
                    or sentence_subject(before, mentions_before, True, True) or clause_subject(before, mentions_before, True)
            continue
        tail = before.rstrip()  # (REPLIED_BY's "\s+by$" in any case: "by" before any white space, "By" too; review31)
        by = REPLIED_BY.search(tail) if tail[-2:].lower() == "by" else None
        if by is not None and "," in before[max(0, by.start() - 3):by.start() + 1]:
            before = before[:by.start()] + " "  # "Counsel for X, Daniel Amari, opens by (saying)": the speaker before it
        found = speaker_before(before, mentions_before, INSERTED.match(after) is not None, verb not in POSTING_VERBS)
        if found is not None:
            found = for_a_party(found, before, mentions_before)
        if found is None and (AFTER_VERB_OK_REV.match(rev) or INVERSION_LEAD.match(before)) and not verb.endswith("ing") \
                and verb not in NAMING_VERBS and not pledge:
            # "..., described the order as": what follows is named, never the speaker; nor after "vowed to fight ..."
            found = speaker_after(after, mentions_before) if not (verb in OBJECT_SPEECH_VERBS and OBJECT_THAT.match(after)) \
                else None  # "That notice, issued on Monday, warned the company that ...": the one warned, not the speaker
            if found is not None:
                found = for_a_party(found, after, mentions_before)
        if found is None and coordinated:
            if subject is None:
                subject = sentence_subject(before, mentions_before, True) or sentence_subject(before, mentions_before, True, True)
            continue
        if found is not None and verb in attribution_words()["finding_verb"] \
                and not (found.pronoun or found.defer or found.side in ("government", "other")):
            continue  # a finding is a court's, a state body's or a study's speech; "volunteers running the union's
            # Twitter handle found that ..." (a platform-side subject) reports a discovery, not speech
        if found is not None and question and (found.pronoun or found.side not in SIDES_OF_SPEECH):
            continue  # "She asked Ms. Anselm why ...": whose "she" is, a question does not tell (the one asked is named);
            # an outsider's question ("Opposition MP X asked whether ...") stays the journalist's account: the events
            # stage keeps an outsider's statement only from such a sentence (round95's "tabled on June 3")
        if found is not None:
            if found.pronoun and verb in CONTINUING_VERBS:
                found = found._replace(continued=True)
            return found
    # an explicit "X said" anywhere in the sentence beats the inferred subject of a coordinated verb
    # ("The government issued a notice ... and warned the platform ..., officials said")
    if subject is None and fallback is None and (" is that" in text or " was that" in text):
        subject = held_view(text, mentions_before)
    if subject is None and fallback is None:
        subject = medium_speaker(text, mentions_before)
    if subject is None and fallback is None and "quick to" in text:
        quick = QUICK_TO.search(text)  # "Press freedom advocates were quick to criticise the move": a judgement passed
        subject = speaker_before(text[:quick.start()], mentions_before) if quick else None
    return subject if subject is not None else fallback


# "Twitter's view is that ...", "The ministry's position, set out in a letter last week, is that ...": a party's
# stated view put as the subject of "is that" reports that party's words (a possessor opening the sentence)
HELD_VIEW = re.compile(r"\s*(?:[A-Z]\w{0,2}:\s+)?(?:([Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|((?:[Tt]he\s+)?[\w.-]+(?:\s+[\w.-]+){0,4}?)"
                       r"(?:’s|'s|s’|s'))\s+(?:(?:" + vocabulary_alternation("held_view_adjectives") + r")\s+)?(?:"
                       + vocabulary_alternation("held_view_nouns") + r")(?:,[^,]{1,120},)?\s+(?:is|was)\s+that\b")
POSSESSIVE_PRONOUN = {"its": "it", "his": "he", "her": "she", "their": "they"}


def held_view(text: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker of "X's view is that ..." (``HELD_VIEW``), or None."""
    m = HELD_VIEW.match(text)
    if m is None:
        return None
    if m.group(1):
        return Speaker(POSSESSIVE_PRONOUN[m.group(1).lower()], "", pronoun=True)
    found = classify(m.group(2), mentions_before)
    return found if found is not None and found.side in ("government", "platform") else None


@lru_cache(maxsize=1)
def medium_regex() -> re.Pattern:
    """"took to Koo to call", "turned to its blog to explain", "went on television to say": a speaker using a
    medium to speak (medium_verb, up to 80 characters without a sentence break or quote, then "to" +
    speech_infinitive; commas allowed: "turned to Koo, a home-grown rival, to call")."""
    words = attribution_words()
    media = "|".join(sorted(map(re.escape, words["medium_verb"]), key=len, reverse=True))
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in words["speech_infinitive"]), key=len, reverse=True))
    # "used Koo to say", "uses its handle to warn": "use" takes its medium without "to" or "on"
    return re.compile(rf"\b(?:(?:{media})\s+(?:to|on)|us(?:ed|es)(?=\s+[A-Za-z]))\s+[^;:.!?“”\"]{{0,80}}?\bto\s+(?:{verbs})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def medium_hint() -> re.Pattern:
    """Where a medium verb occurs in lower-cased text (as a plain substring): ``medium_regex`` needs one. One trie
    search (``text.literal_trie``) instead of a substring test per verb."""
    return re.compile(literal_trie(sorted(attribution_words()["medium_verb"]), space=" ") or r"(?!)")


def medium_speaker(text: str, mentions_before: list[Mention]) -> Speaker | None:
    """The subject of "X took to Koo to call the post unusual" (None without that construction or a subject)."""
    hinted = not ascii_foldable(text) or medium_hint().search(text.lower()) is not None
    m = medium_regex().search(text) if hinted else None  # the regex needs one of the medium verbs
    if m is None:
        return None
    found = sentence_subject(text[:m.start()], mentions_before)
    return found if found is not None and not found.defer else None


CAME_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?(?:after|as)\s", re.IGNORECASE)  # a dating clause
CLAUSE_OPENER = re.compile(r"\b(?:after|when|as|because|since|once)\s+", re.IGNORECASE)


def clause_subject(before: str, mentions_before: list[Mention], unregistered: bool = False) -> Speaker | None:
    """The subject of the last subordinate clause before a trailing participle, or None.

    "Nigerians were back online after the government lifted its ban, saying ...", "The warning came
    days after the regulator, Roskomnadzor, began slowing Twitter, accusing ...": when the sentence's
    own subject is no actor, the participle continues the clause of the actor that opens it.
    """
    opener = None
    for opener in CLAUSE_OPENER.finditer(before):
        pass
    if opener is None:
        return None
    found = sentence_subject(before[opener.end():], mentions_before, unregistered, unregistered)
    return found if found is not None and not found.pronoun and not found.defer else None


PRONOUN_SUBJECT = re.compile(r"\s*((?-i:[Ii]t|[Hh]e|[Ss]he|[Tt]hey))\s+(?!(?:is|was|has|had|will|would)\s+(?:also\s+)?(?:unclear|not\s+clear|"
                            r"likely|possible|expected|understood|learnt|learned)\b)", re.IGNORECASE)


# "On the same day it published ...", "Later that week they filed ...": a time phrase without a comma, then the subject
TIME_THEN_PRONOUN = re.compile(r"\s*(?:on|in|at|by|within|later|earlier|the\s+same|that|the\s+next|a)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:day|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday|later)\s+(it|he|she|they)\s+(?:\w+ly\s+|also\s+|then\s+)?[a-z]+ed\b",
                               re.IGNORECASE)


MONTH_NAME = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
              r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
# "Two days later", "Earlier this month", "On Friday", "The next day": a time phrase opening a sentence without a comma
TIME_LEAD = re.compile(r"\s*(?:(?:earlier|later)\s+(?:this|that|the\s+same|last|next)\s+(?:day|week|month|year|morning|evening)|"
                       r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+(?:days?|weeks?|months?|"
                       r"hours?|years?)\s+(?:later|earlier)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|"
                       r"afternoon|evening|night))?|the\s+(?:next|following)\s+(?:day|week|month|morning)|"
                       r"last\s+(?:week|month|year)|"
                       # "In early September the ministry ordered ..., saying ...", "In March 2011 the Interior Ministry
                       # ordered ...": a month opening the sentence without its comma (session 31)
                       r"in\s+(?:(?:early|late|mid)[\s-]+)?(?-i:" + MONTH_NAME + r")(?:\s+\d{4})?|"
                       # "On February 3 the ministry ...", "On 3 April it ...", "By evening it has ...": a date or a part of
                       # the day opening the sentence without its comma
                       r"(?:on|by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+(?-i:" + MONTH_NAME + r")|"
                       r"(?-i:" + MONTH_NAME + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?|"
                       r"by\s+(?:the\s+)?(?:evening|morning|afternoon|nightfall|midnight|noon|midday))\s+(?=[A-Za-z])", re.IGNORECASE)


MEDIUM_TAIL = re.compile(r"(?<=\w)\s+(?:on|via|through|using)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'-]*$")
# "The ministry responded on Koo, a homegrown app, calling ...": the app named after "on" is where it spoke


def without_medium(words: str) -> str:
    """``words`` up to the end of the last actor named before a trailing medium ("on Koo"), else unchanged."""
    m = MEDIUM_TAIL.search(words) if " " in words else None
    if m is None or words.split()[-1].lower() in NOT_NAMES:  # "The regulator on Monday": a date, no medium
        return words
    found = [x for x in find_mentions(words[:m.start()]) if x.actor.side or x.actor.type == "member"]
    return words[:found[-1].end] if found else words


# a subordinate clause opening the sentence, its subject and verb before the comma ("After Twitter restored most of
# them, ...", "When the company refused, ...", "Although Kavo complied, ...")
SUBORDINATE_LEAD = re.compile(r"\s*(?:after|when|once|before|although|though|while|because|until|as\s+soon\s+as)\s+"
                              r"(?:[\w’'.-]+\s+){0,5}?(?:[a-z]+ed|withheld|kept|put|sent|took|made|gave|told|wrote|began|"
                              r"sought|held|set|won|lost|refused|complied|did|had|was|were|is|are|has)\b", re.IGNORECASE)


ADDRESSED_MEDIUM = re.compile(r"\s*(?:In|Through)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|"
                              r"reply|response|submission|note|email|e-mail|filing|message|notice)\s+(?:[\w-]+\s+){0,5}?to\s")
# a relative clause on the document of a skipped medium ("In a letter sent to the ministry, which the company shared
# with reporters, Loopline said"): part of the medium, not the sentence's subject
MEDIUM_RELATIVE = re.compile(r"\s*(?:which|that)\s", re.IGNORECASE)


def addressed_end(sentence: str, start: int) -> int:
    """The body offset where a sentence's leading addressed medium ends ("In its February 3 notice to Twitter, it
    said ...": ``ADDRESSED_MEDIUM`` up to its comma), else ``start``: the addressee named there is no antecedent of
    a pronoun after it."""
    if not ADDRESSED_MEDIUM.match(sentence):
        return start
    comma = sentence.find(",")
    return start + comma if comma > 0 else start


# a leading phrase that names where or in what the words were given ("In a post on the homegrown app Koo,", "On Koo,",
# "Through its account on Chirpa,"): the actor it names is the medium, not the subject a pronoun after it refers to
@lru_cache(maxsize=1)
def leading_medium() -> re.Pattern:
    """A leading medium phrase ending in its comma: a ``medium_lead`` preposition, a determiner and a ``medium_noun``
    of ``attribution_words.csv`` ("In a post on Koo,", "Through its account on Chirpa,"), or "On" and a name ("On
    Koo,")."""
    words = attribution_words()
    leads = alternation(words["medium_lead"], capitalise=True) or "(?!)"
    media = alternation(words["medium_noun"]) or "(?!)"
    return re.compile(rf"\s*(?:(?:{leads})\s+(?:a|an|its|their|his|her|the)\s+(?:[\w’'-]+\s+){{0,3}}?"
                      rf"(?:{media})\b[^,;:“”\"]{{0,60}}|On\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                      r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?),\s*$")


SUBORDINATE_OPENING = re.compile(r"\s*(?:after|when|once|before|although|though|while|because|since|until|if|as|unless|"
                                 r"whereas)\b", re.IGNORECASE)


# a document of no side of its own as the subject of a speech verb ("The post added that ...", "..., the report said",
# "the letter also says"): the words of whoever's document it is
@lru_cache(maxsize=1)
def document_subject() -> re.Pattern:
    """A definite ``document_noun`` as the subject of a ``document_verb`` (``attribution_words.csv``), the noun in
    group 1: "The post added that ...", "..., the report said", "the letter also says" (``document_filler``)."""
    words = attribution_words()
    nouns, verbs = alternation(words["document_noun"]), alternation(words["document_verb"])
    fillers = alternation(words["document_filler"]) or "(?!)"
    return re.compile(rf"(?:^|[,”’\"]\s+|[.;:]\s+)(?:[Tt]he|[Tt]hat|[Tt]his)\s+({nouns or '(?!)'})\s+(?:(?:{fillers})\s+)?"
                      rf"(?:{verbs or '(?!)'})\b")


def continued_document(sentence: str, previous: str, previous_side: str, last: tuple[str, str] | None) -> bool:
    """"[a party's quoted statement] The post added that ...", "..., the report said." right after the words of the
    last speaker: the definite document word is the document that speaker's words were just quoted from (not one
    the previous sentence names, nor the document of the last actor mentioned)."""
    if not last or previous_side not in ("government", "platform", "other") or last[1] != previous_side:
        return False
    m = document_subject().search(sentence)
    if m is None:
        return False
    word = m.group(1).split()[-1].lower()
    if re.search(rf"\b{re.escape(word)}", previous.lower()) is not None:
        return False
    named = named_document(m.group(1).lower())
    # "X said in a statement ... . [Y's words] ..., the statement said": the document the article named before, X's
    return named is None or named == last


def antecedent_start(sentence: str, start: int, at: int) -> int:
    """The body offset from which an actor named in a sentence can be the antecedent of its subject pronoun at ``at``
    (else ``start``): not an actor named in a leading medium phrase ("In a post on the app Koo, it said": Koo is
    where it spoke, ``leading_medium``), nor one named in the reported clause that a trailing or parenthetical
    pronoun attributes ("..., a meeting that Twitter itself had asked for was “unusual”, it wrote", "The company,
    it insisted, should ...": Twitter and the company are what it spoke about). The actor that opens a trailing
    pronoun's clause as its subject still can be ("The committee will call both firms, it said."), and so can an
    actor in a leading subordinate clause ("After Twitter restored them, it said ...")."""
    lead = sentence[:max(0, at - start)]
    if not lead.strip():
        return start
    if leading_medium().fullmatch(lead):
        return at
    if re.search(r",[”’\"']?\s*$", lead) and not SUBORDINATE_OPENING.match(lead):
        named = [m for m in find_mentions(lead) if m.actor.type != "member" and m.actor.side]
        parenthetical = lead.count(",") == 1 and len(lead.split()) <= 5
        if named and not parenthetical and lead[:named[0].start].strip().lower() in ("", "the", "a", "an"):
            return start  # "The committee plans to call both firms, it said.": the clause's own subject can be "it"
        return at
    return start


def sentence_subject(before: str, mentions_before: list[Mention], participle: bool = False,
                     unregistered: bool = False) -> Speaker | None:
    """The subject of a sentence whose speech verb is coordinated or a participle.

    "The court directed that ..., and warned that ...", "The ministry served a notice,
    warning that ...": the speaker is the actor that opens the sentence. With ``participle`` (the subject of a
    trailing participle or a coordinated speech verb), the main clause's subject after a leading subordinate clause
    ("After Twitter restored them, the ministry served a notice, warning ...": ``SUBORDINATE_LEAD``); with
    ``unregistered`` too, a name no lexicon holds right before its verb ("Paloma refused to pay, saying ...":
    ``named_opening``; the callers try it last, after any registered actor of a clause).
    """
    if may_have_dateline(before):
        before = strip_dateline(before).lstrip()  # "KESSALY, June 17 (Tideline) - The ministry ...": not a speaker
    parts = before.split(",")
    while len(parts) > 1 and ",".join(parts[1:]).strip() and (ADVERBIAL.match(parts[0]) and not find_mentions(parts[0])
                                                              or PLACE_OPENING.match(parts[0])
                                                              or ADDRESSED_MEDIUM.match(parts[0])
                                                              or participle and SUBORDINATE_LEAD.match(parts[0])):
        # "Two days later, the regulator ...", "On Monday, the ministry ...": not a speaker; nor the addressee of
        # "In a letter to the authority in February, the company said ..."; nor the subject of a leading clause
        # ("After Twitter restored the accounts, the ministry served a notice, warning ...")
        medium = ADDRESSED_MEDIUM.match(parts[0]) is not None
        parts = parts[1:]
        while medium and len(parts) > 1 and ",".join(parts[1:]).strip() and MEDIUM_RELATIVE.match(parts[0]):
            parts = parts[1:]
    before = ",".join(parts)
    lead = TIME_LEAD.match(before)
    if lead and not find_mentions(lead.group()):
        before = before[lead.end():]  # "Two days later the ministry served ...": a time phrase without its comma
    opener = PRONOUN_SUBJECT.match(before) or TIME_THEN_PRONOUN.match(before)
    if opener:  # "It filed suit ..., asking ...": resolved like any pronoun speaker
        return Speaker(opener.group(1).lower(), "", pronoun=True)
    if len(parts) > 2 and len(parts[0].split()) <= 5:
        # "Rekha Iyer, a former member of a panel, welcomed the ruling and said": name and apposition
        head = classify(without_medium(parts[0]), mentions_before)
        if head is not None and not head.pronoun and not head.defer:
            named = APPOSED_NAME.fullmatch(parts[1].strip()) if head.side in SIDES_OF_SPEECH \
                and POSSESSIVE_OFFICE.search(parts[0]) else None
            if named:  # "Pinlark's general counsel, Rafael Underhill, read a statement:": the person, for the party
                return Speaker(named.group(0), head.side)
            head_words = before_clause(parts[1])  # "a lawyer for activists who sued the state"
            apposition = classify(head_words, mentions_before) if head_words.strip() else None
            if head.side == "other" and apposition is not None and apposition.side in ("government", "platform") \
                    and not apposition.pronoun and not apposition.defer:
                return Speaker(head.name, apposition.side)
            return head
    office = OFFICE_OF.match(before) if "office" in before else None
    if office:  # "Her office gave the company 48 hours to act and warned ...": the office's holder
        return office_speaker(office.group(0), mentions_before)
    found = [m for m in find_mentions(before) if m.actor.side or m.actor.type == "member"]
    if not found or len(before[:found[0].start].split()) > 3:
        return named_opening(before, mentions_before) if unregistered else None
    return classify(before[:found[0].end], mentions_before)


POSSESSIVE_OFFICE = re.compile(r"[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$")  # "Pinlark's general counsel"
APPOSED_NAME = re.compile(r"(?:[A-Z][a-z][\w’'-]*\s+){1,2}[A-Z][a-z][\w’'-]*")  # "Rafael Underhill" in apposition


# "Paloma refused to pay, saying ...", "Chirpa's moderators reviewed it twice and kept it up, finding ...": a name no
# lexicon holds opening the sentence, right before its verb in the past (or "has"/"had" and one)
NAMED_OPENING = re.compile(r"\s*((?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}?)(?:(?:’s|'s)\s+[a-z][\w-]*)?"
                           r"\s+(?:(?:also|then|first|later|quickly|again|\w+ly)\s+)?(?:(?:has|had|have)\s+)?"
                           r"(?:[a-z]+ed|withheld|kept|sent|took|made|gave|told|wrote|began|sought|held|put|set|won|lost|"
                           r"struck|stood|went|brought|met)\b")


def named_opening(before: str, mentions_before: list[Mention]) -> Speaker | None:
    """The unregistered name that opens ``before`` as the subject of its past verb (``NAMED_OPENING``), or None."""
    m = NAMED_OPENING.match(before) if before[:1].isupper() or before[:1].isspace() else None
    if m is None or m.group(1).split()[0].lower() in NOT_NAMES and m.group(1).split()[0] != "The" \
            or m.group(1).lower() in NOT_NAMES:
        return None
    found = classify(m.group(1), mentions_before)
    return found if found is not None and not found.pronoun and not found.defer else None


def resolve(found: Speaker, sentence_mentions: list[Mention], last: tuple[str, str] | None,
            all_before: list[Mention], pronoun_at: int = 0) -> tuple[str, str]:
    """Return (speaker name, side), resolving pronouns and document words to earlier actors."""
    if found.pronoun and found.continued and last:
        return last  # "..., it added.": the speaker of the sentence before goes on
    if found.pronoun or found.defer:
        if found.pronoun:
            named = [m for m in sentence_mentions if m.actor.type != "member" and m.actor.side and m.start < pronoun_at]
            if found.name == "they":
                # "The company has not acted, they said": a plural pronoun does not refer back to a
                # singular organisation; only to a plural group ("officials", "the police")
                named = [m for m in named if PLURAL.search(m.text)]
            elif found.name in ("he", "she"):
                # "Court orders often name dozens of links, she said": he/she is a person, not an institution
                named = [m for m in named if is_person(m)]
            if named:
                m = named[0]
                return resolve_name(m, all_before, m.text), m.actor.side
            if found.name in ("he", "she"):
                # "Justice (retd.) Kamala Deshmukh, who sat on ..., was blunt. “...,” she said.": the person
                # the previous sentence introduced (a title, or a name in apposition), before the last speaker
                intro = interviewee(PREVIOUS[0], all_before) \
                    if PREVIOUS[0] and not OTHER_GENDER[found.name].match(PREVIOUS[0]) else None
                if intro is not None and last and intro.name.split()[-1] in last[0]:
                    return last  # the person the previous sentence both introduced and quoted
                if intro is not None and last and spoke_last_sentence(last):
                    # "At the hearing before Justice Ilse Varga, senior advocate Marta Lindqvist said ... . “...,” she
                    # told the court.": the person whose words the previous sentence reported, not another it names
                    return last
                if intro is not None:
                    return intro.name, intro.side
            if found.name in ("he", "she") and last and not names_person(last, all_before) \
                    and not (PREVIOUS[0] and any(is_person(m) for m in find_mentions(PREVIOUS[0]))):
                # "“It's slower,” he said." after the platform's statement: he/she is not the company quoted
                # before but a person the registry does not know (a user, a trader): a private voice (not when the
                # sentence before names a person, "X, Vidora's general counsel, said ...", "A senior advocate who
                # appeared for Twitter said ...": he/she is that person, who spoke for the side quoted)
                return "", "other"
        if last:
            return last
        if found.name == "they":
            group = [m for m in all_before if m.actor.side and PLURAL.search(m.text)]
            if group:  # "Officials at the ministry ... . The platform has ignored it, they said."
                return resolve_name(group[-1], all_before, group[-1].text), group[-1].actor.side
        # "“Nobody told me,” she said." with no speaker before: he/she is a person, never the last organisation named
        named = [m for m in all_before if m.actor.type == "named" and (found.name not in ("he", "she") or is_person(m))]
        if named:
            return named[-1].actor.name, named[-1].actor.side
        return "", "other"
    return found.name, found.side


PERSON_WORDS = re.compile(r"(?:" + vocabulary_alternation("person_words", r"\s+") + r")s?$", re.IGNORECASE)


def spoke_last_sentence(last: tuple[str, str]) -> bool:
    """True when the previous sentence was attributed to ``last`` (name, side), a person with a name of two words
    or more that the sentence writes out (its surname in the sentence)."""
    state = ATTRIBUTED[0]
    if state is None or not state[3] or not last[0] or len(last[0].split()) < 2:
        return False
    texts, sides, speakers, at = state[:4]
    return at <= len(texts) and speakers[at - 1] == last[0] and sides[at - 1] == last[1] \
        and last[0].split()[-1] in texts[at - 1]


def names_person(last: tuple[str, str], mentions: list[Mention]) -> bool:
    """True when the last speaker (name, side) can be a he or she: a person of that side was mentioned before
    ("the minister", "a Twitter spokeswoman", a person the article introduced), or the name is not a
    registered organisation (an unregistered speaker is a person)."""
    name, side = last
    if not name:
        return False
    if any(is_person(m) and m.actor.side == side for m in mentions):
        return True
    return not any(m.actor.name == name or m.text == name for m in mentions)


def is_person(m: Mention) -> bool:
    """True for a mention that can be a he or she: a registered person (an actor with an organisation), a
    person the article introduced by office, or a person's role word ("the minister", "a spokeswoman")."""
    actor = m.actor
    if actor.type == "named":
        return bool(actor.org) or actor.actor_id.startswith("local_person_")
    return PERSON_WORDS.search(m.text) is not None


PERSON = re.compile(r"^\s*(?:(?:Chief\s+)?Justice|Judge|Magistrate|(?:[A-Z]\w+\s+){0,2}Minister|Secretary|Mr\.?|Ms\.?|Mrs\.?|Dr\.?"
                    r"|(?:[Tt]he|[Aa])\s+(?:\w+\s+)?(?:judge|minister|spokes\w+|official|lawyer|advocate|chief executive))\b")


OTHER_GENDER = {"she": re.compile(r"\s*(?:Mr|Shri|Sri)\b"), "he": re.compile(r"\s*(?:Ms|Mrs|Smt)\b")}
# a definite document word opening a sentence as its subject ("The report, released on Wednesday, covers ...")
DOCUMENT_OPENING = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?$")
AUTHORED_DOCUMENTS = frozenset(vocabulary("authored_documents"))  # member_official's


def document_antecedent(previous: str, mentions_before: list[Mention]) -> Speaker | None:
    """"The report, released on Wednesday, covers ... the IT ministry. ..., it said.": an "it" after a sentence
    whose subject is a definite document word is that document, whose author is read as if the document word had
    spoken in that sentence, from the actors named before it (not an actor the sentence names after its subject),
    or None (session 25)."""
    state = ATTRIBUTED[0]
    if state is None or not state[3] or state[0][state[3] - 1] != PREVIOUS[0]:
        return None
    texts, starts, at = state[0], state[4], state[3]
    opening = strip_dateline(previous) if may_have_dateline(previous) else previous
    found = find_mentions(opening)
    if not found or not DOCUMENT_OPENING.fullmatch(opening[:found[0].start]) \
            or opening[found[0].end:found[0].end + 2] in ("’s", "'s") or opening[found[0].end:].lstrip()[:1] == ":":
        return None  # (not "the report's author", nor a digest's label "The reply: The ministry answered ...")
    head = found[0]
    if not (head.actor.actor_id == STATEMENT_MEMBER or head.actor.actor_id == "member_official"
            and head.text.lower() in STATE_DOCUMENTS | AUTHORED_DOCUMENTS):
        return None
    earlier = [m for m in mentions_before if m.start < starts[at - 1]]
    saved, PREVIOUS[0] = PREVIOUS[0], texts[at - 2] if at > 1 else ""
    saved_state, ATTRIBUTED[0] = state, (*state[:3], at - 1, state[4])
    try:
        subject = classify(opening[:head.end], earlier)
    finally:
        PREVIOUS[0], ATTRIBUTED[0] = saved, saved_state
    if subject is None or subject.pronoun or subject.defer or subject.side not in ("government", "platform", "other"):
        return None
    return subject


def person_antecedent(found: Speaker, previous: str, mentions_before: list[Mention], opens: bool = True) -> Speaker:
    """"Justice X dismissed the petition. He held that ...": a he/she opening a sentence refers to the person who
    is the subject of the journalist's previous sentence, not to the last speaker quoted before it."""
    if found.pronoun and found.name in ("it", "they") and opens and not PERSON.match(previous):
        # "The company filed its reply on Monday. It said ...", "The app's lawyers filed an appeal. They argued
        # ...": "it" (an organisation) or "they" (a plural group) with no actor named before it in its own
        # sentence (``opens``) is what the journalist's previous sentence is about (across a paragraph break
        # too), not the last speaker quoted before it
        previous = normalise(previous)
        subject = document_antecedent(previous, mentions_before) if found.name == "it" else None
        if subject is None:
            subject = sentence_subject(previous, mentions_before)
        if subject is None or subject.pronoun or subject.defer or not subject.side:
            return found
        if found.name == "they":
            heads = [m for m in find_mentions(previous) if m.actor.side or m.actor.type == "member"][:1]
            if not heads or not PLURAL.search(heads[0].text):
                return found
        return subject
    if not (found.pronoun and found.name in ("he", "she")) or not PERSON.match(previous):
        return found
    if OTHER_GENDER[found.name].match(previous):
        return found  # "Mr. Rao pressed her on the delay. She said ...": not the man the sentence is about
    subject = sentence_subject(previous, mentions_before)
    if subject is None or subject.pronoun or subject.defer:
        return found
    return subject


def pronoun_offset(sentence: str, start: int, found: Speaker) -> int:
    """Return the body offset of the first occurrence of a pronoun speaker in its sentence."""
    if not found.pronoun:
        return start
    m = re.search(rf"\b{re.escape(found.name)}\b", sentence, re.IGNORECASE)
    return start + (m.start() if m else 0)


def focal_platforms(body: str, registered: bool = False) -> set[str]:
    """Return the platforms the article is about: those mentioned at least half as often as the most (with
    ``registered``, only the registry's, not those the article introduces)."""
    counts: dict[str, int] = {}
    for m in (mentions_with(body, lookup_for({})) if registered else find_mentions(body)):
        if m.actor.side == "platform" and m.actor.type == "named":
            counts[m.actor.org_id] = counts.get(m.actor.org_id, 0) + 1
    if not counts:
        return set()
    top = max(counts.values())
    return {name for name, n in counts.items() if 2 * n >= top}


def secondary(name: str, side: str, focal: set[str]) -> tuple[str, str]:
    """A registered platform the article is not about speaks as 'other' (another company). A person introduced
    through a role word ("the company's head of public policy, Jonas Redl") belongs to the company the article
    is about (org ``role_platform``), not to another one."""
    orgs = _lookup().orgs_by_name.get(name, ())
    if side == "platform" and focal and orgs and not orgs & focal and not any(o.startswith("role_") for o in orgs):
        return name, "other"
    return name, side


SURNAME_OF = re.compile(r"(?:^|\s)[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)$")  # "... Paul Ekberg": a first name and a surname


def recall_person(who: tuple[str, str], people: dict[str, str]) -> tuple[str, str]:
    """A surname the rules left unaffiliated ("Mr. Ekberg said", "Col. Marr said") of a person the article already
    quoted for a side ("Deputy Minister for Digital Affairs Paul Ekberg", "Its spokeswoman, Col. Edda Marr,") takes
    that side; then remember ``who`` itself when it is such a person (``people``: surname -> side)."""
    name, side = who
    if side == "other" and name in people:
        return name, people[name]
    full = SURNAME_OF.search(name)
    if full and side in ("government", "platform"):
        people.setdefault(full.group(1), side)
    return who


OTHER_PRONOUN = {"he": "she", "she": "he"}


def gendered(who: tuple[str, str], found: Speaker | None, last: tuple[str, str] | None, genders: dict[str, str],
             history: list[tuple[str, str]]) -> tuple[str, str]:
    """A "he"/"she" read as the last speaker, whom the article already called by the other pronoun ("“...,” she
    said" of Ms X; "Mr Y then asked ... . She said ..."): the latest speaker called by this pronoun instead. Then
    remember the pronoun ``who`` was called by, and ``who`` among the speakers (``history``, reading order)."""
    pronoun = found.name if found is not None and found.pronoun and found.name in OTHER_PRONOUN else ""
    if pronoun and last and who == last and who[0] and genders.get(who[0].split()[-1]) == OTHER_PRONOUN[pronoun]:
        same = [h for h in reversed(history) if h[0] and genders.get(h[0].split()[-1]) == pronoun]
        if same:
            who = same[0]
    if pronoun and who[0]:
        genders.setdefault(who[0].split()[-1], pronoun)
    if who[0] and (not history or history[-1] != who):
        history.append(who)
    return who


BARE_ATTRIBUTION = re.compile(r"[.!?”\"]\s*(?:[—–-]+\s*)?([^.!?“”\"\n]{1,60}?)\s*$")


def bare_attribution(text: str) -> re.Match | None:
    """``BARE_ATTRIBUTION.search(text)``, tried only where it can match: at the last of its opening marks
    (what follows one may hold none of them)."""
    last = max(text.rfind(c) for c in '.!?”"')
    return BARE_ATTRIBUTION.match(text, last) if last >= 0 else None


def paragraph_groups(sents) -> list[tuple[int, int, int]]:
    """Return (paragraph number, first char_start, last char_end) of each paragraph, by number (columns or DataFrame)."""
    if isinstance(sents, pd.DataFrame):
        sents = {c: sents[c].tolist() for c in ("paragraph", "char_start", "char_end")}
    bounds: dict[int, list[int]] = {}
    for number, start, end in zip(sents["paragraph"], sents["char_start"], sents["char_end"]):
        got = bounds.get(number)
        if got is None:
            bounds[number] = [start, end]
        else:
            if start < got[0]:
                got[0] = start
            if end > got[1]:
                got[1] = end
    return [(int(n), int(a), int(b)) for n, (a, b) in sorted(bounds.items())]


PHOTO_CREDIT = re.compile(r"^\(?\s*(?:file\s+)?(?:" + vocabulary_alternation("photo_credit") + r")s?\b", re.IGNORECASE)  # "(File photo: X)"


def dated(phrase: str) -> bool:
    """True if a paragraph's trailing phrase holds a figure ("Last updated: Feb. 2, 2021, 8:40 am IST"): a date
    or time line, which the narrator prints; a sign-off names its speaker ("— Reuters"), it holds no figures."""
    return any(c.isdigit() for c in phrase)


SENTENCE_END = re.compile(r"[.!?]\s")  # a full sentence before a bare signature (not a paragraph that is only one)


def block_paragraphs(body: str, sents, spans: list[tuple[int, int]], groups=None) -> dict[int, Speaker | None]:
    """Return paragraph number → speaker (None: said by the previous paragraph's speaker) of block quotes."""
    out: dict[int, Speaker | None] = {}
    previous = ""
    quotes = Quotes(spans)
    for number, start, end in groups if groups is not None else paragraph_groups(sents):
        text = body[start:end]
        if quotes.fraction(start, end) < 0.05:
            tail = bare_attribution(text)
            phrase = tail.group(1).strip(" —–-") if tail else ""
            if phrase.endswith(":") or dated(phrase) or PHOTO_CREDIT.search(phrase):
                phrase = ""  # "... Edited excerpts:": a colon introduces what follows, it does not sign what precedes;
                # nor does a date line sign anything ("Last updated: Feb. 2, 2021, 8:40 am IST")
            found = classify(phrase, []) if phrase and len(phrase.split()) <= 5 else None
            if (found is None or found.pronoun or found.defer) and "," in phrase and SENTENCE_END.search(text):
                found = signed_by(phrase)  # "... anyone's censor.\nAna Joric, Pellow head of public policy"
            if found is not None and not found.pronoun and not found.defer:
                out[int(number)] = found
            elif text.lstrip().startswith(">") or previous.rstrip().endswith(":"):
                out[int(number)] = None
        previous = text
    backref_paragraphs(body, list(groups if groups is not None else paragraph_groups(sents)), quotes, out)
    return out


TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")  # a live blog's entry ("14:30 — ...", "11:15 IST — ...")
# a speaker's own words: a first-person word ("We stand by the label.", "I am asking the authority ...")
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|WE|[Oo]ur|[Oo]urs|[Uu]s|I|[Mm]y|[Mm]e)\b")
# where the author phrase of a back-reference ends: when, where or how the words were given ("..., in a statement on
# Wednesday", "..., posted on its website late on Monday", "... at the end of the letter")
BACKREF_PHRASE_END = re.compile(r",?\s+(?:in|on|at|late|earlier|yesterday|last|hours|during|after|before|to|when|which|"
                                r"who|posted|published|shortly|within)\b|,\s*$|[.;:!?]")


@lru_cache(maxsize=1)
def backref_regexes() -> tuple[re.Pattern, ...]:
    """The sentences that name the author of the unquoted paragraph before them by referring back to it
    (``backref_paragraphs``); the nouns are ``attribution_words.csv``'s ``backref_noun`` rows."""
    nouns = alternation(attribution_words()["backref_noun"]) or "(?!)"  # no rows: nothing refers back
    det = r"(?:the|his|her|its|their|that|this|those|these)\s+"
    adj = r"(?:[\w’'-]+\s+){0,2}?"
    wrote = vocabulary_alternation("backref_wrote_verbs", r"\s+")  # vocabulary.csv (lexmove6), as the two groups below
    return (
        # "Those were the (opening) words of X", "That was the message from X"
        re.compile(rf"^(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+(?:{det})?{adj}(?:{nouns})\s+(?:of|from|by)\s+(?P<x>.+)"),
        # "So read the (written) reply from X", "So said X"
        re.compile(rf"^So\s+(?:{vocabulary_alternation('backref_so_verbs')})\s+(?:(?:{det}|a\s+|an\s+){adj}(?:{nouns})\s+"
                   rf"(?:of|from|by)\s+)?(?P<x>.+)"),
        # "The statement came from X"
        re.compile(rf"^(?:The|That|This|Those|These)\s+{adj}(?:{nouns})\s+(?:came|come|comes)\s+from\s+(?P<x>.+)"),
        # "That pledge closes the post, which was signed by X"
        re.compile(rf"^(?:That|This|Those|These)\s+{adj}(?:{nouns})\b[^.;]*?\b(?:{vocabulary_alternation('backref_by_verbs')})\s+by\s+(?P<x>.+)"),
        # "X wrote those lines ...", "X posted that statement on its website"
        re.compile(rf"^(?P<x>[A-Z][^.;:]*?)\s+(?:{wrote})\s+"
                   rf"(?:those|these|that|this)\s+{adj}(?:{nouns})\b"),
    )


def backref_author(sentence: str) -> tuple[str, bool] | None:
    """The author phrase of a sentence that refers back to the words before it ("Those were the words of Chirrup's
    head of policy, Daniel Amar, in a statement" → "Chirrup's head of policy, Daniel Amar"), and whether the sentence
    only signs them ("Those were the words of X", "So read the reply from X": part of the block, as a signature line
    is; "The statement came from X", "X wrote those lines" tell an act), or None."""
    sentence = sentence.strip()
    for k, rx in enumerate(backref_regexes()):
        m = rx.match(sentence)
        if m:
            phrase = m.group("x")
            end = BACKREF_PHRASE_END.search(phrase)
            phrase = (phrase[:end.start()] if end else phrase).strip(" ,")
            return (phrase, k < 2) if 0 < len(phrase.split()) <= 12 else None
    return None


def backref_paragraphs(body: str, groups, quotes, out: dict[int, Speaker | None]) -> None:
    """A block printed without quotation marks and signed in the paragraph after it by a reference back to it
    ("We stand by the label. ..." / "The statement came from Pipwire spokesman Ondrej Vasko.", "Those were the opening
    words of the committee's chair, X", "So read the written reply from the Prime Minister's office"): the paragraph
    is the named author's block, in place; an unquoted first-person paragraph right after a block ("It reads in
    part:" / "We built ..." / "I am asking ...") continues it. Only paragraphs that speak in the first person and
    hold no quotation count: a journalist's unquoted paragraph is the narrator's."""
    rows = [(int(number), start, end) for number, start, end in groups]
    def own_words(start: int, end: int) -> bool:
        text = body[start:end]
        return quotes.fraction(start, end) < 0.05 and not text.rstrip().endswith(":") and bool(FIRST_PERSON.search(text))
    for k in range(len(rows) - 1):
        number, start, end = rows[k]
        if number in out or not own_words(start, end):
            continue
        nxt = body[rows[k + 1][1]:rows[k + 1][2]].strip()
        first = re.split(r"(?<=[.!?])\s+", nxt, maxsplit=1)[0]
        author = backref_author(first)
        found = classify(author[0], []) if author else None
        if found is not None and not found.pronoun and not found.defer:
            out[number] = found
            if author[1] and first == nxt and rows[k + 1][0] not in out:  # a paragraph that only signs the block
                out[rows[k + 1][0]] = found
    opened = {number for number, _, _ in rows if number in out and out[number] is None}  # blocks after a colon lead-in
    for k in range(1, len(rows)):
        number, start, end = rows[k]
        if number not in out and rows[k - 1][0] in opened and own_words(start, end) \
                and not bare_attribution(body[start:end]) and not TIMESTAMP.match(body[start:end]):
            out[number] = None  # "It reads in part:" / "We built ..." / "I am asking ...": the letter goes on
            opened.add(number)  # (a block signed at its end, or a live blog's "12:15 — We have asked ...", does not)


QA_LABEL = re.compile(r"\s*>?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*(?:\(([^()\n]{1,60})\)\s*)?:\s+\S")
HOST_ROLES = set(vocabulary("host_roles"))  # "Nora Quell (host): ...": the one who asks
QUESTION_LABELS = set(vocabulary("question_labels"))
# a press briefing's transcript prints who asks by their trade, often with the outlet in brackets
# ("REPORTER (Daily Meridian): Minister, ...?"): the one who asks, as an interviewer does
ASKER_LABELS = set(vocabulary("asker_labels"))
# the headings a fact check or an explainer prints before its own paragraphs ("Verdict: False. ...", "Context: ..."):
# the journalist's, never a speaker's label, however often they repeat
SECTION_LABELS = set(vocabulary("section_labels"))
ANSWER_LABELS = set(vocabulary("answer_labels"))  # "A: ...": the interviewee's answer (named in the introduction)
INTERVIEWEE = re.compile(  # a person named in an interview's introduction: a title before, or an apposition after
    r"(?:\b(?:Dr|Mr|Ms|Mrs|Prof|Professor|Justice|Judge|Minister|Chairman|Chairwoman|Chairperson|Senator|Commissioner)"
    # "Deputy Minister for Communications Petra Lind": a minister's portfolio between the title and the name
    r"\.?(?:\s+\(retd\.?\))?(?:(?<=Minister)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?"
    r"\s+(?P<titled>[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'’-]+){1,2})"
    r"|(?P<named>\b[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'’-]+){1,2})(?=,\s+(?:a|an|the|who|whose|now)\b))")
# an interview's introduction also names its interviewee by an office of a party ("We spoke with Helena Marsh,
# Vidora’s director for the Northern region."): the party's side
INTERVIEWEE_NAME = r"(?P<named>\b[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'’-]+){1,2})"  # "Helena Marsh", "Nadia Ferreira-Rao"
OFFICE_INTERVIEWEE = re.compile(INTERVIEWEE_NAME + r",\s+"
                                r"(?P<office>[A-Z][\w-]*[’']s\s[^,.;:()\n]{1,60})")
# "We spoke to Nadia Rao, its regional director of public policy": an office of the organisation named before
PRONOUN_OFFICE_INTERVIEWEE = re.compile(INTERVIEWEE_NAME + r",\s+(?:its|their)\s+(?P<office>[^,.;:()\n]{2,60})")
# "Its head of trust and safety, Nadia Ferhat, spoke to ...": the office first, the name in apposition after it
PRONOUN_OFFICE_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?P<office>[^,.;:()\n]{2,60}),\s+" + INTERVIEWEE_NAME + r"\s*,")
NAME_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:[a-z]+ed|is|was|has|had|heads|"
                        r"leads|runs|advises|teaches|works|serves|chairs|spent|taught|ran|wrote|writes)\b")
# "Q: ", "Question: ", "A: ", "Answer: " opening a paragraph (the ``question_labels`` and ``answer_labels`` of
# vocabulary.csv, as ``qa_paragraphs`` reads them; review31: one list each, not a copy in code)
QUESTION_LEAD = re.compile(r"^\s*>?\s*(?:" + vocabulary_alternation("question_labels") + r")\s*[.:]\s*", re.IGNORECASE)


ANSWER_LEAD = re.compile(r"\s*>?\s*(?:" + vocabulary_alternation("answer_labels") + r")\s*[.:]\s*",
                         re.IGNORECASE)  # "A: ", "Answer: " opening an explainer's answer (blanked before it is read)
NARRATOR_ANSWER = Speaker("", "narrator")  # qa_paragraphs: an answer paragraph of an explainer that names no interviewee


def qa_paragraphs(body: str, sents, groups=None) -> dict[int, Speaker | None]:
    """Return paragraph number → speaker (None: the interviewer, narrator) of an interview's Q&A paragraphs.

    An interview prints each answer as "Name: ..." and each question as "Q: ...". A paragraph counts
    only when the article has at least two such labelled paragraphs and a label is a question marker or
    repeats, so that a single dateline ("NEW DELHI: ...") never makes a speaker.
    """
    labels: dict[int, tuple[str, int]] = {}
    roles: dict[int, str] = {}
    upper: dict[int, tuple[str, int]] = {}  # "MARSH: ...": a capitals label, a dateline unless it repeats in Q&A
    for number, start, end in groups if groups is not None else paragraph_groups(sents):
        m = QA_LABEL.match(body[start:end]) if ":" in body[start:end] else None
        if m and m.group(1).lower() in SECTION_LABELS:
            continue  # "Verdict: False. ...": a fact check's or an explainer's heading, not who speaks
        if m and not m.group(1).isupper() or m and m.group(1).lower() in QUESTION_LABELS | ANSWER_LABELS:
            labels[int(number)] = (m.group(1), start)
            if m.group(2):
                roles[int(number)] = m.group(2)
        elif m and m.group(1).replace(" ", "").isalpha() and (not m.group(2) or m.group(1).lower() in ASKER_LABELS):
            # "MARSH: ...", "MINISTER SELIN ARVAZ: ...", "REPORTER (Daily Meridian): ..."
            upper[int(number)] = (m.group(1), start)
    if not labels and not upper:
        bold_questions(body, list(groups if groups is not None else paragraph_groups(sents)), labels)
    repeated = Counter(label for label, _ in upper.values())
    transcript = capitals_transcript(body, repeated) and not any(
        label.lower() in QUESTION_LABELS | ANSWER_LABELS for label, _ in labels.values())
    if transcript:  # a one-off label before the transcript's first speaker ("Transcript: ..." in a headline) is none
        opening = min(start for _, start in upper.values())
        once = Counter(label for label, _ in labels.values())
        labels = {k: v for k, v in labels.items() if v[1] > opening or once[v[0]] > 1}
    if upper and (transcript or any(label.lower() in QUESTION_LABELS for label, _ in labels.values())):
        for number, (label, start) in upper.items():
            # a surname in capitals labelling two or more answers of a Q&A: the person the article names with it
            full = re.search(rf"\b((?:[A-Z][\w’'-]+\s+){{1,2}}){label.title()}\b", body) \
                if repeated[label] > 1 or transcript else None
            if full:
                labels[number] = (full.group(1) + label.title(), start)
            elif transcript:  # "Our first caller is Jonas, from Harlby" ... "JONAS: ...": the person the label names
                labels[number] = (label.title(), start)
        labels = dict(sorted(labels.items()))
    names = [label.lower() for label, _ in labels.values()]
    if len(names) < 2 or not (set(names) & (QUESTION_LABELS | ASKER_LABELS) or len(set(names)) < len(names)):
        return {}
    marked = [start for label, start in labels.values() if label.lower() in QUESTION_LABELS | ANSWER_LABELS]
    first = min(marked) if marked else min(start for _, start in labels.values())
    counts = Counter(names)
    # a one-off label before the first question ("Interview: ..." in a headline) is not an answer
    labels = {k: v for k, v in labels.items() if v[1] >= first or counts[v[0].lower()] > 1}
    mentions = find_mentions(body)
    out: dict[int, Speaker | None] = {}
    answers = interviewee(body[:first], [m for m in mentions if m.start < first], qa=True) \
        if set(names) & ANSWER_LABELS else None
    speakers: dict[str, Speaker] = {}  # a transcript names a speaker's role once: "X (BJP spokesperson): ..."
    hosts: set[str] = set()
    for number, (label, start) in labels.items():
        if label.lower() in QUESTION_LABELS | ASKER_LABELS:
            out[number] = None
            continue
        if label.lower() in ANSWER_LABELS:
            # None of the introduction: an explainer's answers, the journalist's (NARRATOR_ANSWER: the speech they
            # report is still its speaker's, "A: Twitter, for its part, argued in a blog post that ...")
            out[number] = answers if answers is not None else NARRATOR_ANSWER
            continue
        role = roles.get(number)
        if label in hosts or role and role.strip().lower() in HOST_ROLES or transcript and presenter(body, label) \
                or interviewer(body[:first], label):
            hosts.add(label)  # "Nora Quell (host): ...": the programme's host asks, as an interviewer does
            out[number] = None
            continue
        before = [m for m in mentions if m.start < start]
        found = classify(role, before) if role else None  # the role in brackets says whose voice it is
        if found is None or found.pronoun or found.defer or found.side not in SIDES_OF_SPEECH:
            found = speakers.get(label) or classify(label, before)
        else:
            found = Speaker(label, found.side)
        out[number] = found if found is not None and not found.pronoun and not found.defer else Speaker(label, "other")
        speakers.setdefault(label, out[number])
    return out


BOLD_QUESTION = re.compile(r"\s*\*\*[^*]+\?\s*\*\*\s*$")  # "**Ms Ferhat, why hasn't Lanternly acted?**"


def bold_questions(body: str, groups, labels: dict[int, tuple[str, int]]) -> None:
    """An interview printed with each question in bold ("**Will you go to court?**") and each answer unlabelled in
    the paragraph after it: label two or more such questions "Q" and the paragraph after each "A", in place (the
    journalist's paragraphs after the last answer, "The ministry did not respond ...", stay unlabelled)."""
    rows = [(int(number), start, end) for number, start, end in groups]
    asked = [k for k, (_, start, end) in enumerate(rows) if BOLD_QUESTION.match(body[start:end])]
    if len(asked) < 2:
        return
    for k in asked:
        labels[rows[k][0]] = ("Q", rows[k][1])
        if k + 1 < len(rows) and k + 1 not in asked:
            labels[rows[k + 1][0]] = ("A", rows[k + 1][1])


TRANSCRIPT_PRESENTER = re.compile(r"\b(?:" + vocabulary_alternation("presented_by_verbs") + r")\s+by\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
                                  r"|\b(?:" + vocabulary_alternation("transcript_presenter") + r")\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


def capitals_transcript(body: str, counts: Counter) -> bool:
    """Whether an article's capitals labels ("LUNDE: ...", "JONAS: ...") are a broadcast transcript's speakers
    rather than datelines or country headings: two or more different labels, one of them repeated, each a word
    the article also prints as a name ("Dr. Petra Lunde", "Jonas, from Harlby")."""
    if len(counts) < 2 or max(counts.values()) < 2:
        return False
    # a label of several words ("MINISTER SELIN ARVAZ") counts when the article prints its surname as a name
    # ("Minister Arvaz"); the one who asks ("REPORTER") is named by trade, not printed as a name
    return all(label.lower() in ASKER_LABELS or re.search(rf"\b{re.escape(label.title())}\b", body)
               or " " in label and re.search(rf"\b{re.escape(label.split()[-1].title())}\b", body) for label in counts)


# "Sokol spoke to Jonas Brekke on Radio Varn", "Its chief executive spoke to Brightsignal by video": the one spoken to
# (not "We spoke to Amara Okonjo, the company's head of policy": the journalist's own interviewee)
SPOKE_TO = re.compile(r"\b(?:" + vocabulary_alternation("spoke_to_verbs") + r")\s+(?:to|with)\s+"
                      r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
# a word that opens the clause of a later verb ("We spoke to her after she spoke to Jonas Brekke")
CLAUSE_JOIN = re.compile(r"\b(?:after|before|when|while|and|but|as|since|then|once|where|who)\s")


def interviewer(intro: str, label: str) -> bool:
    """Whether an interview's label ("Brekke", "BRIGHTSIGNAL") names the one its introduction says the interviewee
    spoke to ("Sokol spoke to Jonas Brekke on Radio Varn", "spoke to Brightsignal by video"): the interviewer, who asks
    (a turn that reports a party's words still gives them to that party; session 31). The label's last word is
    compared in any case ("MCKAY", "McKay": not ``str.title``, which writes "Mckay"; review31)."""
    return label.split()[-1].lower() in spoken_to(intro)


@lru_cache(maxsize=4)
def spoken_to(intro: str) -> frozenset[str]:
    """The words (lower case) of the names ``SPOKE_TO`` finds spoken to in an introduction, unless a first person
    stands in the verb's clause before it ("We spoke to ...", "We, two reporters, spoke to ..."; the clause starts at
    the sentence's start or at the last ``CLAUSE_JOIN`` word). Every verb of a sentence is read, each in its own
    clause: session 31's one regex from the sentence's start took only the sentence's last verb and looked for a
    first person anywhere before it ("We spoke to her after she spoke to Jonas Brekke" lost Brekke).
    Read once per interview, not once per labelled paragraph (review31)."""
    out: set[str] = set()
    for m in SPOKE_TO.finditer(intro):
        lo = max(intro.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        for j in CLAUSE_JOIN.finditer(intro, lo, m.start()):
            lo = j.end()
        if not FIRST_PERSON.search(intro, lo, m.start()):
            out.update(w.lower() for w in m.group(1).split())
    return frozenset(out)


def presenter(body: str, label: str) -> bool:
    """Whether a transcript's capitals label names the programme's presenter ("presented by Anna Brisk"), who
    asks as an interviewer does."""
    name = label.split()[-1].title()
    return any(name in (m.group(1) or m.group(2)).split() for m in TRANSCRIPT_PRESENTER.finditer(body))


INTERVIEW_ROLE = re.compile(r"\b(?:" + vocabulary_alternation("interview_verbs", r"\s+") + r")\s+(?:to|with)\s+((?:a|an|the)\s+"
                            r"[^.,;:!?“”\"]{2,60}?)(?=\s+(?:on|in|at|about|last|this|earlier|hours|before|after|by)\b|[.,;:])")


ROLE_DETERMINER_END = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|whose|our)|’s|'s)\s+$", re.IGNORECASE)


def bare_role_adjective(text: str, mention: Mention) -> bool:
    """True for a role word with no determiner that modifies the noun after it ("received 3,000 government takedown
    demands"): a kind of demand, not an organisation an "its" can refer back to."""
    if mention.actor.type != "role" or text[mention.start:mention.start + 1].isupper():
        return False
    after = text[mention.end:mention.end + 30]
    return bool(re.match(r"\s+[a-z][\w-]*\s+[a-z]", after)) and not ROLE_DETERMINER_END.search(text[max(0, mention.start - 30):mention.start]) \
        and not re.match(r"\s+(?:has|had|have|is|was|were|will|would|said|says|also|on|in|and|or|to)\b", after)


def interviewee(intro: str, mentions: list[Mention], qa: bool = False) -> Speaker | None:
    """The person an interview's "A:" paragraphs answer for (or a he/she refers to): the last one ``intro``
    names with a title ("Dr. Leona Brandt chaired ...", "Justice Amara Okonjo-Valdez") or an apposition
    ("Farah Siddiqui, a Delhi-based lawyer, ..."), or in an interview (``qa``) one named with a party's office
    ("We spoke with Helena Marsh, Vidora’s director for the region"). Their side is what the registry or the
    article makes of the title and name (a judge, a minister, counsel for a platform), else other."""
    found = list(INTERVIEWEE.finditer(intro))
    if not found and qa:
        for m in reversed(list(OFFICE_INTERVIEWEE.finditer(intro))):
            party = classify(m.group("office"), mentions)
            if party is not None and not party.pronoun and not party.defer and party.side in SIDES_OF_SPEECH \
                    and any(x.actor.type != "member" for x in find_mentions(m.group("office"))):
                return Speaker(m.group("named"), party.side)  # "X, Vidora’s director for the region": its side
        offices = sorted([*PRONOUN_OFFICE_INTERVIEWEE.finditer(intro), *PRONOUN_OFFICE_BEFORE.finditer(intro)],
                         key=lambda m: m.start())
        for m in reversed(offices):
            # "X, its director of public policy": the side of the last organisation of a party named before "its"
            orgs = [x for x in mentions if x.start < m.start() and x.actor.type != "member" and not x.actor.org
                    and x.actor.side in SIDES_OF_SPEECH and not bare_role_adjective(intro, x)]
            if orgs:
                return Speaker(m.group("named"), orgs[-1].actor.side)
    if not found:  # "Government spokesman Karel Ondra faced questions ...": a person the article introduced by office
        people = [x for x in find_mentions(intro)  # not ``mentions``: the body's scan leaves the learned people out
                  if x.actor.actor_id.startswith("local_person_") and x.actor.side in SIDES_OF_SPEECH]
        # "Nandita Bhasin led public policy for Twitter until 2019 ...": a sentence that opens with a person's name
        subjects = [m.group(1) for m in NAME_OPENS.finditer(intro) if m.group(1).lower() not in known_aliases()
                    and not any(w.lower() in NOT_NAMES for w in m.group(1).split())]
        if subjects:
            known = classify(subjects[0], mentions)
            side = known.side if known is not None and not known.pronoun and not known.defer else "other"
            return Speaker(subjects[0], side if side in SIDES_OF_SPEECH else "other")
        if not people and qa:
            # "We spoke to a Twitter India spokesperson on Tuesday": an interviewee the introduction names only by
            # an office of a party answers for that party
            for r in reversed(list(INTERVIEW_ROLE.finditer(intro))):
                party = classify(r.group(1), mentions)
                if party is not None and not party.pronoun and not party.defer and party.side in SIDES_OF_SPEECH:
                    return Speaker(party.name, party.side)
        return Speaker(people[-1].actor.name, people[-1].actor.side) if people else None
    m = found[-1]
    name = m.group("titled") or m.group("named")
    known = classify(m.group(0).strip(), mentions)  # the title counts: "Justice X" is a judge
    if known is not None and not known.pronoun and not known.defer and known.side in SIDES_OF_SPEECH:
        return Speaker(name, known.side)
    surname = name.split()[-1]
    same = [x for x in mentions if surname in x.text and x.actor.side in SIDES_OF_SPEECH]
    if same:  # introduced earlier by office or as counsel ("Interior Minister X", "X, appearing for Y")
        return Speaker(name, same[-1].actor.side)
    return Speaker(name, "other")


SIDES_OF_SPEECH = ("government", "platform")


def signed_paragraphs(body: str, sents, groups=None) -> dict[int, Speaker]:
    """Return paragraph number → speaker of a paragraph followed by a bare signature line ("Twitter",
    "— The Ministry"): a statement printed as a block, signed in the next paragraph (which it also covers)."""
    out: dict[int, Speaker] = {}
    groups = groups if groups is not None else paragraph_groups(sents)
    for (number, s0, e0), (nxt, s1, e1) in zip(groups, groups[1:]):
        line = body[s1:e1].strip().strip("—–-").strip()
        if not line or line[-1] in ".!?:;,”\"" or len(body[s0:e0].split()) < 8:
            continue
        found = signature(line)
        if found is not None:
            out[number] = out[nxt] = found
    return out


SIGNED_NAME = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+")  # "Mara Lind"


def signature(line: str) -> Speaker | None:
    """The speaker of a signature line: an actor alone ("Twitter", "The Ministry"), or a person's name, office and
    organisation ("Mara Lind, head of public policy, Chirpline": the organisation's side, under the person's name)."""
    if len(line.split()) <= 4:
        found = classify(line, [])
        return found if found is not None and not found.pronoun and not found.defer and find_mentions(line) else None
    parts = [p.strip() for p in line.split(",")]
    if not 3 <= len(parts) <= 4 or len(line.split()) > 12 or not SIGNED_NAME.fullmatch(parts[0]):
        return signed_by(line)
    org = classify(parts[-1], [])
    if org is None or org.pronoun or org.defer or org.side not in SIDES_OF_SPEECH \
            or not any(m.actor.type == "named" for m in find_mentions(parts[-1])):
        return signed_by(line)
    return Speaker(parts[0], org.side)


def signature_setting(part: str) -> bool:
    """Whether a comma part of a signature tells where or when the words were said ("to parliament's media
    committee on Wednesday", "speaking to reporters"): no post (words in ``attribution_words.csv``, role
    ``signature_setting``)."""
    first = part.split(maxsplit=1)[:1]
    return bool(first) and first[0] in attribution_words()["signature_setting"]


def signed_by(line: str) -> Speaker | None:
    """The speaker of a signature that names a person and their post, the post holding the organisation ("Ana
    Joric, Pellow head of public policy", "— Ivo Dern, chairman of the Drevan Media Council, to a committee on
    Wednesday"): the person under the side of the organisation the post names; None when no post names a party."""
    line = line.strip().strip("—–-").strip()
    parts = [p.strip() for p in line.split(",")]
    if not 2 <= len(parts) <= 4 or len(line.split()) > 16 or not SIGNED_NAME.fullmatch(parts[0]) \
            or NOT_A_PERSON.search(parts[0]):
        return None
    posts = [p for p in parts[1:] if p and not signature_setting(p)]
    if not 1 <= len(posts) <= 2 or parts[1] not in posts:
        return None
    for post in posts:
        found = affiliation_side(post, org_only=True)
        if found is not None and found[0] in SIDES_OF_SPEECH:  # (a platform's post names it: ``affiliation_side``)
            return Speaker(parts[0], found[0])
    return None  # (a post in a body no lexicon holds, "Tessel head of public policy", is left to the reader: signing
    # the block ``other`` would hand the speaker model a speaker its shipped weights were not fitted with)


# "The Tarvonia Digital Industry Council": a trade body (no side's), which "the council" then refers back to
INDUSTRY_COUNCIL = re.compile(r"\b(?:(?!The\s)[A-Z][\w’'-]*\s+){0,4}(?:Industry|Business|Trade|Employers’?|Employers'?)\s+Council\b")


def learn_industry_council(body: str) -> dict[str, Actor]:
    """Return {"council": the trade body} when the article names one industry council and no other council."""
    if "Council" not in body:
        return {}
    gate = "Industry" in body or "Business" in body or "Trade" in body or "Employers" in body
    full = {m.group(0) for m in INDUSTRY_COUNCIL.finditer(body)} if gate else set()
    others = len(re.findall(r"\bCouncil\b", body)) - sum(body.count(n) for n in full)
    if len(full) != 1 or others or "council" in known_aliases():
        return {}
    name = full.pop()
    return {"council": Actor("local_industry_council", name, "other", "named")}


# "Kadoria's National Human Rights Commission", "the rights commission": a watchdog of rights that reports on the state,
# not a regulator acting for it (session 13: round 66 labels it ``other``), which "the commission" then refers back to
RIGHTS_COMMISSION = re.compile(r"\b(?:(?:[A-Z][\w’'-]*|national|state)\s+){0,3}(?:[Hh]uman\s+)?[Rr]ights\s+[Cc]ommission\b")
OTHER_COMMISSION = re.compile(r"\b(?!Rights\b)[A-Z][\w’'-]*\s+Commission\b")


def learn_rights_commission(body: str) -> dict[str, Actor]:
    """Return {"commission": the rights commission} when the article names a rights commission and no other one."""
    if "ights" not in body or "ommission" not in body:
        return {}
    full = [m.group(0) for m in RIGHTS_COMMISSION.finditer(body)]
    if not full or OTHER_COMMISSION.search(body):
        return {}
    name = max([n for n in full if "Commission" in n] or full, key=len)
    name = re.split(r"(?:’s|'s)\s+", name)[-1]  # "Kadoria's National Human Rights Commission": the body's own name
    words = name.split()
    while len(words) > 2 and words[0].lower() in NOT_NAMES | {"what", "why", "how", "who"}:
        words = words[1:]
    actor = Actor("local_rights_commission", " ".join(words), "other", "named")
    return {"commission": actor, **{n: actor for n in set(full)}}


# "Harlow City Police", "Delhi Police": a police body named by a capitalised name
POLICE_NAME = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,3}Police)\b")


def learn_police_force(body: str) -> dict[str, Actor]:
    """Return {"the force": the police body} when the article names one police body by name and calls something
    "the force" ("Harlow City Police asked Vidora ... In its request, the force said ..."): a reader takes "the
    force" for that body (a registered one, "Delhi Police", keeps its row; an unregistered one speaks for the state)."""
    if "the force" not in body.lower():
        return {}
    forces = {m.group(1) for m in POLICE_NAME.finditer(body)}
    if len(forces) != 1 or "the force" in known_aliases():
        return {}
    name = forces.pop()
    return {"the force": entries().get(name) or Actor(f"local_{name.lower()}", name, "government", "named")}


# "the National Telecoms Office", "Drevania's National Media Council": a capitalised name ending in a head word
# (``state_office_head``: Office, Council, Bureau, ...) that no role word of the registry covers
STATE_OFFICE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+)?){1,4}([A-Z][a-z]+))\b")
STATE_OFFICE_POSSESSIVE = re.compile(r"(?:’s|'s)\s+")


@lru_cache(maxsize=1)
def state_office_act() -> re.Pattern:
    """An act only the state does to a platform right after a body's name ("... Council fined the company",
    "... Office has ordered"): ``state_office_act`` words of ``attribution_words.csv``, fillers allowed between."""
    acts = alternation(attribution_words()["state_office_act"]) or "(?!)"
    return re.compile(rf"\s+(?:(?:has|had|have|also|then|on\s+[A-Z]\w+|last\s+\w+|this\s+\w+)\s+)*(?:{acts})\b")


def learn_state_offices(body: str) -> dict[str, Actor]:
    """Return the state bodies an article names by a capitalised name ending in a ``state_office_head`` word
    ("the National Telecoms Office", "the Obelan Media Council"), which a reader takes for the state when a word of
    the name says so (``state_office_qualifier``: National, Revenue, Security, Telecoms, ...) or when the article
    shows the body act on a platform as the state does (``state_office_act``: "The X Media Council fined the
    company"); never a body a ``not_state_office`` word marks (an oversight, industry or press council). "The
    office", "the council" then refer back to it when the article names one such body with that head word and no
    other body with it."""
    words = attribution_words()
    heads = {w.capitalize() for w in words["state_office_head"]}
    if not any(h in body for h in heads):
        return {}
    qualifiers, excluded = words["state_office_qualifier"], words["not_state_office"]
    state: dict[str, set[str]] = {}  # head → state bodies' names
    others: dict[str, set[str]] = {}  # head → other names ending in it
    for m in STATE_OFFICE.finditer(body):
        head = m.group(2)
        if head not in heads:
            continue
        name = STATE_OFFICE_POSSESSIVE.split(m.group(1))[-1]
        parts = name.split()
        while len(parts) > 1 and parts[0].lower() in NOT_NAMES:
            parts = parts[1:]
        if len(parts) < 2:
            continue
        name = " ".join(parts)
        low = {w.lower() for w in parts[:-1]}
        if low & excluded or not (low & qualifiers or state_office_act().match(body, m.end())):
            others.setdefault(head, set()).add(name)
        else:
            state.setdefault(head, set()).add(name)
    known = known_aliases()
    out: dict[str, Actor] = {}
    for head, names in state.items():
        actors_of = {n: Actor(f"local_{n.lower()}", n, "government", "named") for n in names}
        out.update({n: a for n, a in actors_of.items() if n.lower() not in known})
        alone = [n for n in names if not any(n != o and n in o for o in names)]
        # "the office" is the one state body with that head word; a name both state and other (named once as the
        # subject of an act, once not) is the state's, so it does not count among the others
        if len(alone) == 1 and not others.get(head, set()) - names and f"the {head.lower()}" not in known:
            out[f"the {head.lower()}"] = actors_of[alone[0]]
    return out


CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.&-]*\s+$")
COMPANY_POST_LEAD = r"(?:(?:" + vocabulary_alternation("company_post_modifiers") + r")\s+)?"  # "Kiosko's interim chief executive"


@lru_cache(maxsize=1)
def company_post_regex() -> re.Pattern | None:
    """The regex of a single capitalised name owning a post only a company has ("Flocksy's chief executive",
    "Vocalia's general counsel", "Brightfeed's head of public policy", "the chief executive of Threadle"):
    ``company_post`` words of attribution_words.csv; None without them."""
    posts = attribution_words().get("company_post", set())
    if not posts:
        return None
    alt = alternation(posts)  # longest first, a space matching any run of spaces
    return re.compile(rf"(?<![\w’'-])([A-Z][a-z]\w+)(?:’s|'s)\s+{COMPANY_POST_LEAD}(?i:{alt})(?![\w-])"
                      rf"|\b(?i:{alt})\s+of\s+([A-Z][a-z]\w+)(?![\w’'-]|\s+[A-Z])")  # not "of Bluefin Media"


@lru_cache(maxsize=1)
def company_post_firsts() -> tuple[str, ...] | None:
    """The first word of each ``company_post`` word, in lower case (every match of ``company_post_regex``'s second
    branch starts with one, matched ignoring case), or None when one is not a ``simple_literal``."""
    firsts = tuple(dict.fromkeys(w.split()[0].lower() for w in attribution_words().get("company_post", set())))
    return firsts if all(simple_literal(w) for w in firsts) else None


def company_post_starts(body: str) -> list[int] | None:
    """The only offsets where ``company_post_regex`` can match (session 30, speed6), for ``matches_at``: the start of
    each run of word characters of three or more opened by a capital and followed by "’s" or "'s" (the first branch:
    the name is that whole run, nothing of ``[\\w’'-]`` before it), and each place a post's first word starts,
    ignoring case (the second branch). None (scan every offset) when lower case cannot stand for re.I here
    (``ascii_foldable``, ``simple_literal``)."""
    firsts = company_post_firsts()
    if firsts is None or not ascii_foldable(body):
        return None
    out = set(literal_positions(body.lower(), firsts))
    for mark in ("’s", "'s"):
        i = body.find(mark)
        while i >= 0:
            k = i
            while k > 0 and (body[k - 1].isalnum() or body[k - 1] == "_"):
                k -= 1
            if i - k >= 3 and "A" <= body[k] <= "Z":
                out.add(k)
            i = body.find(mark, i + 1)
    return sorted(out)


def learn_company_posts(body: str) -> dict[str, Actor]:
    """Return the platforms the article names only through a company post of theirs ("Flocksy's chief executive,
    Rhea Castellane, told the committee": session 29, the largest class of the rules' ``other`` on the platforms'
    sentences of rounds 90-110): a company in these articles is a platform unless the article calls it an internet
    or telecom provider. The other learners of ``article_actors`` win over it."""
    regex = company_post_regex()
    if regex is None or ("’s" not in body and "'s" not in body and " of " not in body):
        return {}
    known = known_aliases()
    providers = attribution_words()["provider_noun"]
    # one name, not the last word of a longer one ("Twitter India's managing director", "Prasar Bharati's chief
    # executive")
    starts = company_post_starts(body)
    names = {m.group(1) or m.group(2) for m in (regex.finditer(body) if starts is None else matches_at(regex, body, starts))
             if not (m.group(1) and CAPITALISED_BEFORE.search(body, max(0, m.start() - 40), m.start()))}
    return {n: Actor(f"local_{n.lower()}", n, "platform", "named") for n in sorted(names)
            if n.lower() not in known and n.lower() not in NOT_NAMES and not provider_named(body, n, providers)}


def article_actors(body: str) -> dict[str, Actor]:
    """The actors an article introduces beyond the registry (alias → actor): its state bodies, platforms, industry
    council and rights commission, as attribution reads them (``attribute_columns``; events name actors with them)."""
    return {**learn_company_posts(body), **learn_police_force(body), **learn_state_offices(body), **learn_state_bodies(body),
            **learn_platforms(body), **learn_industry_council(body), **learn_rights_commission(body)}


ARTICLE_SCAN: list = [None]  # (body, the registry's and the article's own actors mentioned in it): pipeline hands it to events
AFFILIATIONS = [True]  # read every person's described posts (``read_affiliations``); off: learn_people alone


def attribute_columns(body: str, sents: dict[str, list]) -> dict[str, list]:
    """Return the sentence columns with side, speaker, kind and statement_id added (no DataFrames)."""
    global LOCAL, LITIGANTS, PUBLISHERS
    _MENTIONS.clear()  # mentions are remembered within one article only
    LOCAL = article_actors(body)
    people = learn_people(body)
    ARTICLE_SCAN[0] = (body, find_mentions(body))  # learn_people's scan (cached), before the people: events name actors with it
    described = read_affiliations(body) if AFFILIATIONS[0] else Affiliations({})
    people = {**described.people, **people}  # the people introduced by office first
    if people:
        scanned = find_mentions(body)  # learn_people's scan (cached): the body is not scanned again for the people,
        LOCAL = {**people, **LOCAL}  # who are found in the phrases attribution reads ("Ms. Varga")
        _MENTIONS[(body, _lookup().key)] = tuple(scanned)
    LITIGANTS = learn_litigants(body)
    PUBLISHERS = learn_publishers(body)
    OWN_BOARD[0] = "board" in body and PLATFORM_BOARD.search(body) is not None  # every match holds "board"
    try:
        cols = affiliated_speakers(attribute_sentence_columns(body, sents), described)
        return former_as_other(body, speaker_model.apply_columns(body, cols))
    finally:
        LOCAL, LITIGANTS, PUBLISHERS = {}, [], []
        OWN_BOARD[0] = False
        PREVIOUS[0] = CURRENT[0] = ""
        ATTRIBUTED[0] = None
        _MENTIONS.clear()


def affiliated_speakers(cols: dict[str, list], described: Affiliations) -> dict[str, list]:
    """Give a named person's sentences that the rules left ``other`` the side of the posts the article describes
    the person with anywhere (``read_affiliations``): a quote attributed through a pronoun or a block's lead-in
    ("He wrote:") names the person, not the office."""
    if not described.people:
        return cols
    sides = list(cols["side"])
    for i, (side, speaker) in enumerate(zip(sides, cols["speaker"])):
        if side != "other" or not speaker:
            continue
        words = speaker.split()
        actor = described.people.get(speaker) or (described.people.get(words[-1])
                                                   if len(words) <= 3 and PERSON_SPEAKER.fullmatch(speaker) else None)
        if actor is not None and actor.side in ("government", "platform"):
            sides[i] = actor.side
    return {**cols, "side": sides}


# A person the article introduces as a former holder of a post ("former Twitter CEO Jack Dorsey", "Jack Dorsey,
# Twitter's co-founder and former chief executive,") speaks for himself: side ``other`` (GUIDELINES_ADDENDUM.md,
# "A former executive speaks for himself"), unless the article says he is still in a post ("still", "now").
PERSON_SPEAKER = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]+")
FORMER_GAP = r"(?:(?!(?:and|or|but|with|as|to|told|said|says)\s)(?:[\w’'&-]+|[A-Z]\.)\s+){0,4}?"  # "former [Twitter chief executive] Jack Dorsey"
STILL_IN_POST = re.compile(r"\b(?:still|now|currently|remains?|went\s+on\s+to\s+become|later\s+became)\b", re.IGNORECASE)
REFERS_TO_PERSON = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


# past-post cues (session 15): a post before the name ("then-minister", "ex-chief", "retired diplomat", "onetime"),
# a relative clause in the past with a time bound or a leaving verb ("who served as IT secretary until 2019", "who ran
# the company during the 2021 standoff", "who left the company last year", "who retired in 2019"), a main clause with
# a span of years ("chaired the committee from 2015 to 2020"), a leaving verb ("left the company in March") and a
# next sentence opening on a new life ("Now a law lecturer in Tamsk, she ...")
PAST_GATE = re.compile(vocabulary_alternation("past_mark_words") + r"|\bwho\s|until|\d{4}\s+(?:to|and|until)\s+\d{4}|"
                       r"\bleft\b|\bquit\b|resigned|stepped\s+down|\bNow\s+(?:a|an)\s", re.IGNORECASE)
PAST_BEFORE = r"\b(?:" + vocabulary_alternation("past_mark_words", either_case_first=True) + r")\s*"  # capital or not
PAST_MARK = r"(?:" + vocabulary_alternation("past_mark_words") + r")"
PAST_TIME = re.compile(r"\b(?:until|till|between|during|before|previously|earlier|once|then|(?:from|in|since)\s+\d{4}|\d{4}|"
                       r"years?|decades?|last\s+(?:year|month))\b", re.IGNORECASE)
PAST_WHO_VERB = r"(?:" + vocabulary_alternation("past_who_verbs") + r"|was|were|had\s+been)"
LEAVING = (r"(?:" + vocabulary_alternation("leaving_verbs", r"\s+") + r"|was\s+(?:" + vocabulary_alternation("dismissal_verbs")
           + r"))")


PAST_MARK_ANY = re.compile(PAST_MARK, re.IGNORECASE)
PAST_SPAN = re.compile(r"\d{4}\s+(?:to|and|until|till|–|-)\s+\d{4}|\buntil\s", re.IGNORECASE)
LEAVING_ANY = re.compile(LEAVING)
WHO_ANY = re.compile(r",\s+who\s")
NOW_ANY = re.compile(r"\sNow\s+an?\s")


def past_gates(body: str) -> tuple[bool, bool, bool, bool, bool]:
    """Which of ``past_post``'s six forms ``body`` can hold at all, found once per article (each form needs its literal
    cue somewhere in the text: a past mark, ", who", a span of years or "until", a leaving verb, "Now a"), so that
    each form's pattern runs only in articles where it can match."""
    return (PAST_MARK_ANY.search(body) is not None, WHO_ANY.search(body) is not None, PAST_SPAN.search(body) is not None,
            LEAVING_ANY.search(body) is not None, NOW_ANY.search(body) is not None)


PAST_PREFIX = re.compile(rf"{PAST_BEFORE}{FORMER_GAP}(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:[A-Z][\w.’'-]*\s+)?\Z")
PAST_APPOSITION = re.compile(rf",\s+(?:[\w’'&.-]+\s+){{0,5}}?(?:a\s+|the\s+)?{PAST_MARK}\s*([^,.;:\n]*)")
PAST_WHO = re.compile(rf",\s+who\s+(?:had\s+|has\s+)?(?:previously\s+|once\s+|also\s+)?(?:({LEAVING})|{PAST_WHO_VERB})\b"
                      rf"([^,.;:\n]*)")
NOT_PAST_WHO = re.compile(r"\s+(?:" + vocabulary_alternation("not_past_who_verbs") + r")\b")
PAST_HELD = re.compile(r"\s+(?:had\s+)?(?:" + vocabulary_alternation("past_held_verbs", r"\s+") + r"|was)\b([^.;\n]{0,120})")
PAST_HELD_SPAN = re.compile(r"\b(?:from|between)\s+\d{4}\s+(?:to|and|until|till|–|-)\s+\d{4}|\buntil\s+(?:\d{4}|last\s|earlier\s)")
PAST_LEFT = re.compile(rf"\s+(?:{LEAVING})\s+(?:from\s+|as\s+)?(?:the|his|her|its)\b")
WORD_OR_HYPHEN = re.compile(r"[\w-]")
WHO_THEN_LEFT = re.compile(rf",\s+who\s+[^.;:\n]{{0,160}}?,\s+(?:has\s+|had\s+)?(?:{LEAVING})\b")
# "Lena Moravec, who has led public policy at Chirpline since 2022,": the present perfect with "since" tells a post
# still held, not a past one (session 24)
HAS_HELD_SINCE = re.compile(rf",\s+who\s+has\s+{PAST_WHO_VERB}\b(?:(?!\b(?:until|till|before|previously|once|then)\b)"
                            rf"[^,.;:\n])*\bsince\b")


def iter_find(body: str, key: str):
    """Every offset where ``key`` starts in ``body``."""
    i = body.find(key)
    while i >= 0:
        yield i
        i = body.find(key, i + 1)


def key_places(body: str, key: str) -> list[int]:
    """The offsets where ``key`` starts in ``body`` as a word of its own on the left (no letter, digit or hyphen
    before it), as the pattern ``(?<![\\w-])key`` finds them."""
    return [i for i in iter_find(body, key) if i == 0 or not WORD_OR_HYPHEN.match(body, i - 1)]


def past_post(body: str, key: str, gates: tuple[bool, bool, bool, bool, bool] | None = None) -> bool:
    """Whether ``body`` describes the person found by ``key`` (a name or surname) by a post the person no longer
    holds (see PAST_GATE's comment), with nothing saying the person still holds one (``STILL_IN_POST``); ``gates``:
    ``past_gates(body)``, computed once per article. The forms are fixed patterns tried at each place the key occurs
    (a pattern built per name cost a regex compilation per name and article: 6% of the pipeline's time)."""
    mark, who, span, leaving, now = gates or past_gates(body)
    end = len(key)
    if mark:
        for i in iter_find(body, key):
            after = i + end
            if (after >= len(body) or not WORD_OR_HYPHEN.match(body, after)) and PAST_PREFIX.search(body, 0, i):
                return True
    places = key_places(body, key) if (mark or who or span or leaving) else []
    for i in places:
        after = i + end
        if mark:
            m = PAST_APPOSITION.match(body, after)
            if m and not STILL_IN_POST.search(m.group(1)):
                return True
        if who and leaving and WHO_THEN_LEFT.match(body, after):  # "X, who has run Chirrup's office since 2019,
            return True  # resigned on Tuesday": the post the clause tells is one the person has just left (session 24)
        if who:
            m = PAST_WHO.match(body, after)
            if m:
                clause = m.group(2)
                if not (STILL_IN_POST.search(clause) or NOT_PAST_WHO.match(clause) or HAS_HELD_SINCE.match(body, after)) \
                        and (m.group(1) or PAST_TIME.search(clause)):
                    return True
        if span:
            m = PAST_HELD.match(body, after)
            if m and PAST_HELD_SPAN.search(m.group(1)) and not STILL_IN_POST.search(m.group(1)):
                return True
        if leaving and PAST_LEFT.match(body, after):
            return True
    k = re.escape(key)
    return now and re.search(rf"(?<![\w-]){k}(?![\w-])[^.\n]{{0,300}}\.[”\"’]?\s+Now\s+(?:a|an)\s+[^,.\n]{{2,60}},\s+"
                             rf"(?:she|he|{k})\b", body) is not None


_FORMER: list = [None]  # [(body, its gates or None, {name: former?})]: former_people's one article (session 16)
PAST_MARK_WORDS = vocabulary("past_mark_words")  # PAST_MARK's matches
PAST_YEARS = re.compile(r"\d{4}\s+(?:to|and|until|till|–|-)\s+\d{4}", re.IGNORECASE)  # PAST_SPAN's first form
PAST_UNTIL = re.compile(r"\buntil\s", re.IGNORECASE)  # PAST_SPAN's second form


def quick_past_gates(body: str) -> tuple[bool, bool, bool, bool, bool]:
    """``past_gates(body)``, found faster (session 17): where lower-casing is exact for re.I (``ascii_foldable``), the
    past marks by ``str`` search of the lower-cased body and PAST_SPAN as its two forms, the second only where
    "until" occurs; "Now a" only where "Now" occurs (``tests/test_speed_s17.py``: equal on every labelled body)."""
    if not ascii_foldable(body):
        return past_gates(body)
    low = body.lower()
    return (any(w in low for w in PAST_MARK_WORDS), WHO_ANY.search(body) is not None,
            PAST_YEARS.search(body) is not None or ("until" in low and PAST_UNTIL.search(body) is not None),
            LEAVING_ANY.search(body) is not None, "Now" in body and NOW_ANY.search(body) is not None)


def former_gates(body: str) -> tuple[bool, bool, bool, bool, bool] | None:
    """``past_gates(body)`` where PAST_GATE matches in ``body`` and one of them holds, else None (``former_people``).
    A past mark, ", who" or "Now a" is itself a match of PAST_GATE (its alternatives hold them), so the slow
    PAST_GATE search (behind its Hyperscan pass, ``may_match``) runs only where none of those is found."""
    gates = quick_past_gates(body)
    if not any(gates):
        return None
    if gates[0] or gates[1] or gates[4] or (may_match(PAST_GATE, body) and PAST_GATE.search(body)):
        return gates
    return None


def former_people(body: str, names: list[str]) -> set[str]:
    """The speakers among ``names`` (person names) whom the article introduces as former holders of a post
    (``past_post``: "former Twitter CEO Jack Dorsey", "Ivo Marr, who served as IT secretary until 2019").

    Attribution asks up to three times per article (``read_affiliations``, ``speaker_model.unplaced``,
    ``former_as_other``) about overlapping names: the gates and each name's answer (a function of the body and the
    name alone) are kept for the last body asked about, so each is computed once per article."""
    if not names:
        return set()
    memo = _FORMER[0]
    if memo is None or (memo[0] is not body and memo[0] != body):
        memo = _FORMER[0] = (body, former_gates(body), {})  # (as past_gates if PAST_GATE matches, None if none holds)
    _, gates, seen = memo
    if gates is None:
        return set()
    out = set()
    for name in names:
        got = seen.get(name)
        if got is None:
            got = seen[name] = not NOT_A_PERSON.search(name) and any(  # "Supreme Court": no person
                past_post(body, key, gates) for key in dict.fromkeys((name, name.split()[-1])))
        if got:
            out.add(name)
    return out


def former_as_other(body: str, cols: dict[str, list]) -> dict[str, list]:
    """Give the side ``other`` (in ``side`` and ``side_rule``) to the sentences of every government or platform
    speaker whom the article introduces as a former holder of a post (``former_people``)."""
    sides, speakers = cols["side"], cols["speaker"]
    registered = entries()
    names = list(dict.fromkeys(sp for sd, sp in zip(sides, speakers) if sd in ("government", "platform") and sp
                               and PERSON_SPEAKER.fullmatch(sp) and len(sp.split()) >= 2
                               and not (sp in registered and not registered[sp].org)))  # no organisation
    former = former_people(body, names) if names else set()
    if not former:
        return cols
    out = {**cols, "side": list(sides)}
    if "side_rule" in cols:
        out["side_rule"] = list(cols["side_rule"])
    out["speaker"] = list(speakers)
    for i, sp in enumerate(speakers):
        if sp in former and out["side"][i] in ("government", "platform"):
            if cols["kind"][i] == "indirect" and not REFERS_TO_PERSON.search(cols["text"][i]) \
                    and sp.split()[-1] not in cols["text"][i]:
                # "In July, a company spokesperson said ...": a role word read as the person the article named last
                # stands for the organisation, not for its former chief
                actor = registered.get(sp)
                org = registry_by_id().get(actor.org) if actor is not None and actor.org else None
                if org is not None:
                    out["speaker"][i] = org.name
                continue
            out["side"][i] = "other"
            if "side_rule" in out:
                out["side_rule"][i] = "other"
    return out


def with_attribution(body: str, sentences: pd.DataFrame, columns_fn) -> pd.DataFrame:
    """Run a column-based attribution function on a sentences DataFrame; add its four columns (and
    ``side_rule``, the rules' side, where the function gives it)."""
    out = sentences.copy().reset_index(drop=True)
    cols = columns_fn(body, {c: out[c].tolist() for c in out.columns})
    for name in ("side", "speaker", "kind", "statement_id", "side_rule"):
        if name in cols:
            out[name] = cols[name]
    return out


def attribute(body: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return ``sentences`` with side, speaker, kind and statement_id columns added (and ``side_rule``: the
    rules' side, before ``helpers.speaker_model`` places the speakers they left ``other``)."""
    return with_attribution(body, sentences, attribute_columns)


def attribute_sentences(body: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Attribute the sentences of one body (the article's own platforms already learned)."""
    return with_attribution(body, sentences, attribute_sentence_columns)


ADDRESSEES = frozenset(vocabulary("addressees"))
TOLD_TO = re.compile(r"\b(?:to|with|" + vocabulary_alternation("told_to_verbs") + r")\s+(?:the\s+|a\s+|(?:"
                     + vocabulary_alternation("told_to_modifiers") + r")\s+)?$",
                     re.IGNORECASE)


def addressed(body: str, m: Mention) -> bool:
    """Whether ``m`` is the press a speaker speaks to ("told reporters", "not to speak to journalists"): never the
    one a later "it", "the studio" or "another staff member" refers back to."""
    return m.text.lower() in ADDRESSEES and TOLD_TO.search(body[max(0, m.start - 30):m.start]) is not None


# a block's colon lead-in whose subject is the document that holds the block ("The statement read in part:", "The
# message, which several journalists shared, read in part:", "Its most recent comment, posted on its account, read:")
LEAD_DOCUMENT = re.compile(r"\s*(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:" + vocabulary_alternation("lead_documents", r"\s+") + r")s?\b(?:\s*,[^:]*?,)?\s+"
                           r"(?:(?:also|then|simply)\s+)?(?:" + vocabulary_alternation("lead_document_verbs") + r")\b",
                           re.IGNORECASE)
# an unregistered name opening a clause before its verb ("Chirrup has answered", "Parley emailed"): a speaker of its own
NAME_SUBJECT = re.compile(r"^([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:(?:has|had|have)\s+)?(?:also\s+)?[a-z]+ed\b")
LEAD_OPENER = re.compile(r"(?:In|" + vocabulary_alternation("lead_opener_gerunds") + r"|Through)\b[^:]*?,\s+\S")
LEAD_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?:[–—-]\s+)?(?=[A-Z])")  # a live blog's "17:55 ", "09:52 – " before its lead-in
LEAD_PRONOUN = re.compile(r"(?:^|,\s+)(he|she)\s+(?:\w+ly\s+)?(?:wrote|said|added|stated|declared|observed|noted|held|"
                          r"put\s+it)\b[^,]*:\s*$", re.IGNORECASE)


# a block's lead-in whose subject is a document named in the sentence before ("It reads, in part:", "It says:")
DOCUMENT_PRONOUN_LEAD = re.compile(r"It\s+(?:" + vocabulary_alternation("document_pronoun_verbs") + r")(?:,?\s+in\s+part)?,?\s*:", re.IGNORECASE)
DOCUMENT_MEMBERS = ("member_official", STATEMENT_MEMBER)
# the documents only the state issues (not "notice" or "letter", which a platform or its users also write)
STATE_DOCUMENTS = frozenset(vocabulary("state_documents"))


def party_subject(subject: Speaker | None) -> tuple[str, str] | None:
    """(name, side) of a clause subject that names a party itself (no pronoun, nothing deferred), else None."""
    if subject is not None and not subject.pronoun and not subject.defer and subject.side in ("government", "platform"):
        return subject.name, subject.side
    return None


def block_lead(lead: str, prev: int, texts: list[str], sides: list[str], speakers: list[str],
               before: list[Mention], intro: Speaker | None) -> tuple[str, str] | None:
    """The speaker of a block quote from the colon lead-in of the paragraph before it, where the rules' reading of
    the lead-in names another actor (the clause's subject is the speaker, not an actor named first), or None.

    A document word as subject ("The statement read in part:", "Its most recent comment ... read:") is the document
    of what the sentence before is about: the speaker of that sentence if it reports speech, else its subject
    ("Parley emailed each of the affected users. The message ... read in part:"). A "he"/"she" lead-in after the
    journalist's sentence about a person ("The judge was unpersuaded. In his order, he wrote:") is that person. A
    lead-in with no speech verb ("17:55 Chirrup has answered on its policy account:") is its subject's."""
    text = LEAD_TIME.sub("", normalise(strip_dateline(lead)).strip())
    earlier = texts[prev - 1] if prev > 0 else ""
    if earlier and DOCUMENT_PRONOUN_LEAD.fullmatch(text):
        # "The company posted the full order on its page. It reads, in part:": "it" is the document the sentence
        # before names last; an order or a ruling is its issuer's words (the state's), not the poster's
        docs = [m for m in find_mentions(earlier) if m.actor.type == "member" and m.actor.actor_id in DOCUMENT_MEMBERS]
        if docs and docs[-1].actor.side == "government" and docs[-1].text.lower() in STATE_DOCUMENTS:
            issuers = [m for m in before if m.actor.type != "member" and m.actor.side == "government"]
            if issuers:
                return resolve_name(issuers[-1], before, issuers[-1].text), "government"
            return resolve_name(docs[-1], before, docs[-1].text), "government"
        # "Pinegrove responded with a statement on its website. It read in part:": any other document is the one
        # the sentence before reports
        return document_author(earlier, sides[prev - 1], speakers[prev - 1], before)
    if LEAD_DOCUMENT.match(text):
        author = re.search(r"\b(?:signed|sent|written)\s+by\s+([^,:;]{2,80})", text)
        # "The letter, signed by Vidora's policy director, reads:": its author's, when a party's; an author the
        # registry cannot place ("signed by chief executive Hana Morvik") writes for the one the sentence before
        # reports ("Quillet says it will sue ... The post, signed by ..., reads in part:")
        if author and (party := party_subject(classify(author.group(1), before))):
            return party
        named = text[:author.start()] + text[author.end():] if author else text
        if not earlier:
            return None
        parties = [m for m in find_mentions(named) if m.actor.side in ("government", "platform")]
        if parties and all(m.actor.actor_id in DOCUMENT_MEMBERS for m in parties) \
                and sides[prev - 1] in ("government", "platform"):
            # "In a written reply sent to the committee, Amberg said he would attend. The letter read in part:": the
            # document word (a registry alias such as "letter") names no author; the sentence before says who wrote
            return speakers[prev - 1], sides[prev - 1]
        if parties:
            return None  # "The letter, from Vidora's policy director, reads:": the lead-in names its author
        return document_author(earlier, sides[prev - 1], speakers[prev - 1], before)
    opener = LEAD_OPENER.match(text)
    if opener and "," in text:
        # "In a letter to the ministry, which the company also posted on its blog, it wrote:", "Writing for the bench,
        # Judge X put it bluntly:": the main clause after the opening phrase has the speaker, not the actor the
        # opening phrase names first
        main = text[text.rindex(",") + 1:].strip()
        pronoun = re.match(r"(it|they|he|she)\s+(?:\w+ly\s+|also\s+)?[a-z]+", main, re.IGNORECASE)
        if pronoun and earlier:
            if sides[prev - 1] in ("government", "platform"):
                return speakers[prev - 1], sides[prev - 1]
            if sides[prev - 1] == "narrator":
                return party_subject(sentence_subject(normalise(earlier), before))
            return None
        if not pronoun and (party := party_subject(sentence_subject(main, before))):
            return party
    pron = LEAD_PRONOUN.search(text)
    if pron and earlier and sides[prev - 1] == "narrator":
        low = earlier.lstrip()
        if PERSON.match(low[:1].lower() + low[1:]):
            return party_subject(sentence_subject(normalise(low[:1].lower() + low[1:]), before)
                                 or sentence_subject(normalise(low), before))
        return None
    if intro is None:
        subject = sentence_subject(text, before)
        return named_subject(text) if subject is None else party_subject(subject)
    return None


def document_author(earlier: str, side: str, speaker: str, before: list[Mention]) -> tuple[str, str] | None:
    """The author of the document a block's lead-in names ("The statement read in part:", "It read in part:"): the
    speaker of the sentence before when a party speaks there, else that sentence's subject when the journalist tells
    the act ("Parley emailed each of the affected users.", "Pinegrove responded with a statement on its website.")."""
    if side in ("government", "platform"):
        return speaker, side
    if side == "narrator":
        subject = sentence_subject(normalise(earlier), before)
        if subject is not None and not subject.pronoun and not subject.defer and subject.side and subject.name:
            return subject.name, subject.side
        return named_subject(strip_dateline(earlier).strip())
    return None


def named_subject(text: str) -> tuple[str, str] | None:
    """(name, "other") of an unregistered name opening ``text`` before its verb, or None (``NAME_SUBJECT``)."""
    m = NAME_SUBJECT.match(text)
    if m is None or m.group(1).split()[0].lower() in NOT_NAMES or find_mentions(m.group(1)):
        return None
    return m.group(1), "other"



def attribute_sentence_columns(body: str, sents: dict[str, list]) -> dict[str, list]:
    """Attribute the sentences of one body, as columns (the article's own platforms already learned)."""
    n = len(sents["text"])
    spans = [s for s in quote_spans(body) if is_speech(body, s)]
    starts, ends = [int(x) for x in sents["char_start"]], [int(x) for x in sents["char_end"]]
    texts = list(sents["text"])
    has_paras = "paragraph" in sents
    paras = list(sents["paragraph"]) if has_paras else [0] * n
    mentions = [m for m in find_mentions(body) if not addressed(body, m)]
    mstarts = [m.start for m in mentions]
    quotes = Quotes(spans)
    focal = focal_platforms(body)
    groups = {"paragraph": paras, "char_start": starts, "char_end": ends}
    bounds = paragraph_groups(groups)  # computed once for the three readers of paragraphs
    blocks = block_paragraphs(body, groups, spans, bounds)
    if has_paras:
        blocks.update(signed_paragraphs(body, groups, bounds))
        interview = qa_paragraphs(body, groups, bounds)
    else:
        interview = {}
    sides, speakers, kinds, units = [""] * n, [""] * n, [""] * n, [""] * n
    last: tuple[str, str] | None = None
    people: dict[str, str] = {}  # surname -> side of the people quoted so far (``recall_person``)
    genders: dict[str, str] = {}  # surname -> the pronoun ("he"/"she") the article gave a speaker (``gendered``)
    history: list[tuple[str, str]] = []  # the speakers so far, in reading order
    answering = None  # the paragraph of an explainer's answer being read (NARRATOR_ANSWER)
    i = 0
    while i < n:
        PREVIOUS[0] = texts[i - 1] if i > 0 else ""
        CURRENT[0] = texts[i]
        ATTRIBUTED[0] = (texts, sides, speakers, i, starts)
        lo = bisect_left(mstarts, starts[i])
        before = mentions[:lo]
        # an interview's labelled paragraph ("Q: ...", "Rao: ...")
        if paras[i] in interview and (i == 0 or paras[i - 1] != paras[i]) and interview[paras[i]] is NARRATOR_ANSWER:
            # the journalist's answer: read as the journalist's other paragraphs are (narrator, but for the speech it
            # reports: a quotation and its attribution, "it also says", "she told reporters"), its label blanked
            # ("A: Chatterly said ..."; session 31)
            label = ANSWER_LEAD.match(texts[i])
            if label:
                texts[i] = " " * label.end() + texts[i][label.end():]
            answering = paras[i]
        if paras[i] in interview and (i == 0 or paras[i - 1] != paras[i]) and interview[paras[i]] is not NARRATOR_ANSWER:
            found = interview[paras[i]]
            members = [j for j in range(i, n) if paras[j] == paras[i]]
            if found is None:  # the interviewer's question, unless it reports what someone said
                for j in members:
                    sides[j] = "narrator"
                    if texts[j].rstrip().endswith("?") or not any(c in texts[j] for c in "“\""):
                        # only words the question quotes, even a short term ("Q: The ministry said ... was “unusual”."),
                        # are someone else's; "Q: Twitter says it will not act ..." is the interviewer's paraphrase
                        continue
                    asked = QUESTION_LEAD.sub("", mask(texts[j], starts[j], quotes.within(starts[j], ends[j])), count=1)
                    said = find_attribution(asked, before)
                    if said is not None and not said.pronoun and not said.defer:
                        who = secondary(*resolve(said, [], last, before), focal)
                        frac = quotes.fraction(starts[j], ends[j])
                        sides[j], speakers[j], units[j] = who[1], who[0], f"i{j}"
                        kinds[j] = "direct" if frac > 0.3 else "indirect"
            else:
                who = secondary(*resolve(found, [], last, before), focal)
                for j in members:
                    sides[j], speakers[j], kinds[j], units[j] = who[1], who[0], "direct", f"b{paras[i]}"
                last = who
            i = members[-1] + 1
            continue
        # a block-quote paragraph
        if paras[i] in blocks and (i == 0 or paras[i - 1] != paras[i]) and paras[i] != answering:
            found = blocks[paras[i]]
            members = [j for j in range(i, n) if paras[j] == paras[i]]
            if found is None:
                prev = i - 1
                lead = mask(texts[prev], starts[prev], quotes.within(starts[prev], ends[prev])) if prev >= 0 else ""
                saved, PREVIOUS[0] = PREVIOUS[0], texts[prev - 1] if prev > 0 else ""  # the lead-in read as it was
                intro = (find_attribution(lead, before) or colon_lead(lead, before)) if prev >= 0 else None
                PREVIOUS[0] = saved
                own = block_lead(lead, prev, texts, sides, speakers, before, intro) if prev >= 0 and paras[prev] != paras[i] \
                    and lead.rstrip().endswith(":") else None
                read = resolve(intro, [], last, before) if intro else (last or previous_subject(i, texts, sides, before) or ("", "other"))
                if own is not None and (own[1] != read[1] or own[0] and not read[0]):  # (the rules' reading kept where the side agrees: its name)
                    who = own
                    if sides[prev] != "narrator":  # the lead-in itself ("In his order, he wrote:") is the block's
                        sides[prev], speakers[prev], units[prev] = who[1], who[0], f"b{paras[i]}"
                else:
                    who = read
            else:
                who = resolve(found, [], last, before)
            who = secondary(*who, focal)
            for j in members:
                sides[j], speakers[j], kinds[j], units[j] = who[1], who[0], "block", f"b{paras[i]}"
            last = who
            i = members[-1] + 1
            continue
        # a quotation (possibly over several sentences): the group of sentences its spans touch
        touching = quotes.within(starts[i], ends[i])
        if touching:
            j = i
            reach = max(e for _, e in touching)
            while j + 1 < n and starts[j + 1] < reach:
                j += 1
                reach = max([reach] + [e for _, e in quotes.within(starts[j], ends[j])])
            group = list(range(i, j + 1))
            masked = " ".join(mask(texts[k], starts[k], quotes.within(starts[k], ends[k])) for k in group)
            found = find_attribution(masked, before) or colon_lead(masked, before)
            if found is None and i > 0 and paras[i - 1] == paras[i] or found is None and i > 0 and texts[i - 1].rstrip().endswith(":"):
                if texts[i - 1].rstrip().endswith(":"):
                    intro = mask(texts[i - 1], starts[i - 1], quotes.within(starts[i - 1], ends[i - 1]))
                    found = find_attribution(intro, before) or colon_lead(intro, before)
            if found is None and j + 1 < n and paras[j + 1] == paras[j] and quotes.fraction(starts[j + 1], ends[j + 1]) < 0.05:
                nxt = find_attribution(texts[j + 1], before)
                if nxt is not None and (len(texts[j + 1].split()) <= 8 or texts[j + 1][:1].islower()):
                    found = nxt  # a short attribution, or one that continues the quote ("“...?” asked X, who ...")
            elif found is None and j + 1 < n and paras[j + 1] == paras[j] and texts[j + 1][:1].islower():
                # "“... and for what?” asked X, who ... “...”": the attribution that ends the question opens the next
                # sentence (a question or exclamation mark ends a sentence inside the quote)
                found = find_attribution(mask(texts[j + 1], starts[j + 1], quotes.within(starts[j + 1], ends[j + 1])), before)
            if found and found.pronoun and found.name in ("he", "she") and i > 0 and sides[i - 1] == "narrator":
                # "For six years, Ines Kovac sold scarves ... “...,” she said.": the person the journalist's sentences
                # just before are about, not the last speaker quoted (nor, with none, the last organisation)
                back = range(max(0, i - 3), i)
                subject = narrated_person([texts[k] for k in back], [sides[k] for k in back], before, found.name)
                if subject is not None and not (last and subject.name.split()[-1] in last[0]):
                    found = subject
            if found is None and i == 0:
                # 'Minister unveils a unit, says platforms "have run out of excuses"': a headline's coordinated
                # speech verb before a quotation, as without one
                found = headline_speech(masked, before)
            if found and found.pronoun and found.name in ("it", "they") and i > 0 and sides[i - 1] == "narrator":
                # "The ministry responded on Koo. In a post, it said ... was “unusual”": as without a quotation
                at = pronoun_offset(texts[i], starts[i], found)
                lim = antecedent_start(texts[i], starts[i], at)
                opens = not any(lim <= m.start < at and m.actor.type != "member"
                                for m in quotes.outside(mentions[lo:bisect_left(mstarts, ends[i])]))
                found = person_antecedent(found, texts[i - 1], before, opens)
            if found is None and DISPLAYED.search(masked):
                for k in group:  # "supporters held signs reading “Unblock us.”": words on display, the narrator's
                    sides[k] = "narrator"
                i = j + 1
                continue
            if found and i == 0:
                found = headline_spokesperson(found, body, ends[0])
            if found:
                at = pronoun_offset(texts[i], starts[i], found)
                lim = antecedent_start(texts[i], starts[i], at) if found.pronoun else starts[i]
                sent_mentions = [m for m in quotes.outside(mentions[lo:bisect_left(mstarts, ends[i])]) if m.start >= lim]
                who = resolve(found, sent_mentions, last, before, at)
            elif paras[i] == answering and not (i > 0 and paras[i - 1] == paras[i] and sides[i - 1] not in ("narrator", "")):
                for k in group:  # an explainer's answer quoting the law's or an order's terms ("including “threats to
                    sides[k] = "narrator"  # public order”"), no speaker named: the journalist's (session 31)
                i = j + 1
                continue
            else:
                who = last or previous_subject(i, texts, sides, before)
                if who is None and j == i and len(body[starts[i]:touching[0][0]].split()) >= 3:
                    # "Her account had been “withheld in India in response to a legal demand.”" before anyone has
                    # spoken: a phrase quoted after the journalist's own words, no one's statement
                    sides[i] = "narrator"
                    i += 1
                    continue
                who = who or ("", "other")
            if i > 0 and paras[i - 1] != paras[i] and texts[i - 1].rstrip().endswith(":"):
                # a paragraph in quotation marks opened by the colon lead-in that ends the paragraph before ("In a
                # letter to the ministry, ..., it wrote:" / "“We removed ...”"): read as a block quote's lead-in,
                # whose main clause, not the actor its opening phrase names first, has the speaker
                prev = i - 1
                lead = mask(texts[prev], starts[prev], quotes.within(starts[prev], ends[prev]))
                saved, PREVIOUS[0] = PREVIOUS[0], texts[prev - 1] if prev > 0 else ""
                intro = find_attribution(lead, before) or colon_lead(lead, before)
                PREVIOUS[0] = saved
                own = block_lead(lead, prev, texts, sides, speakers, before, intro)
                if own is not None and (own[1] != who[1] or own[0] and not who[0]):
                    who = own
                    if sides[prev] != "narrator":
                        sides[prev], speakers[prev], units[prev] = who[1], who[0], f"q{i}"
            if found and i > 0 and continued_document(masked, texts[i - 1], sides[i - 1], last):
                who = last  # "[the party's statement] “...,” the post added."
            who = recall_person(secondary(*who, focal), people)
            who = gendered(who, found, last, genders, history)
            for k in group:
                frac = quotes.fraction(starts[k], ends[k])
                sides[k], speakers[k], units[k] = who[1], who[0], f"q{i}"
                kinds[k] = "direct" if frac > 0.3 else "indirect"
            last = who
            i = j + 1
            continue
        # reported speech
        alone = (i == 0 or paras[i - 1] != paras[i]) and (i + 1 == n or paras[i + 1] != paras[i])
        if alone and texts[i].rstrip().endswith("?"):
            sides[i] = "narrator"  # an explainer's subhead ("What has Twitter said?") is the journalist's
            i += 1
            continue
        if i == 0 and headline_act(texts[i]):
            sides[i] = "narrator"  # "...; ministry vows appeal": the act the headline announces
            i += 1
            continue
        masked = mask(texts[i], starts[i], quotes.within(starts[i], ends[i]))
        found = find_attribution(masked, before)
        if found is not None and i == 0 and not found.pronoun and found.name:
            coordinated = headline_verb_regex().search(texts[i])
            if coordinated and texts[i].find(found.name) >= coordinated.end():
                # "Twitter withholds part of listed accounts, says it won't act ...": the headline's subject speaks,
                # not the words after its coordinated "says" ("it won't act against journalists")
                found = headline_speech(masked, before) or found
        titled = False  # an interview's headline names its speaker; the body's unattributed quotes are not his
        if found is None and i == 0:
            found = headline_speech(masked, before)
            if found is None:
                found = quoted_headline(texts[i], before)
                titled = found is not None
        addressee = addressed_end(texts[i], starts[i])  # "In its notice to Twitter, it said": Twitter is no antecedent
        if found is not None and found.pronoun:
            addressee = max(addressee, antecedent_start(texts[i], starts[i], pronoun_offset(texts[i], starts[i], found)))
        if found is not None and i > 0 and sides[i - 1] == "narrator":
            at = pronoun_offset(texts[i], starts[i], found)
            # "In a post, it said ...": a document word before the pronoun names no actor
            opens = not any(addressee <= m.start < at and m.actor.type != "member"
                            for m in quotes.outside(mentions[lo:bisect_left(mstarts, ends[i])]))
            antecedent = person_antecedent(found, texts[i - 1], before, opens)
            if not (found.name in ("he", "she") and last and antecedent.name.islower() and antecedent.side == last[1]):
                found = antecedent  # ("The judge was not persuaded. She asked ...": the judge last quoted, by name)
            if found.pronoun and found.name in ("he", "she"):
                # "Vrell streamed for six hours that night. He told viewers ...": as after a quotation (session 22)
                back = range(max(0, i - 3), i)
                subject = narrated_person([texts[k] for k in back], [sides[k] for k in back], before, found.name)
                if subject is not None and not (last and subject.name.split()[-1] in last[0]):
                    if subject.name:
                        genders.setdefault(subject.name.split()[-1], found.name)
                    found = subject
        if found is not None and i == 0:
            found = headline_spokesperson(found, body, ends[0])
        if found is not None:
            sent_mentions = [m for m in quotes.outside(mentions[lo:bisect_left(mstarts, ends[i])]) if m.start >= addressee]
            who = secondary(*resolve(found, sent_mentions, last, before, pronoun_offset(texts[i], starts[i], found)), focal)
            if i > 0 and continued_document(masked, texts[i - 1], sides[i - 1], last):
                who = last  # "[the party's statement] The post added that ...": that party's document goes on
            who = gendered(recall_person(who, people), found, last, genders, history)
            sides[i], speakers[i], kinds[i], units[i] = who[1], who[0], "indirect", f"i{i}"
            if not titled:
                last = who
        elif i > 0 and continued_document(masked, texts[i - 1], sides[i - 1], last):
            # "[the party's quoted words] The note added that ...": a document word the registry holds no actor for,
            # the document those words were just quoted from (session 25)
            sides[i], speakers[i], kinds[i], units[i] = last[1], last[0], "indirect", f"i{i}"
        else:
            sides[i] = "narrator"
        i += 1
    ATTRIBUTED[0] = None
    if n and interview and sides[0] in ("narrator", "other") and INTERVIEW_HEADLINE.match(texts[0]):
        # "‘We said no, and we would say it again’: Halyard’s safety chief on defying Belmora": an interview's quoted
        # headline is the interviewee's, whom its "A:" / "Name:" answers name, when one named speaker gives them all
        answers = {(speakers[j], sides[j]) for j in range(n) if isinstance(interview.get(paras[j]), Speaker)
                   and interview[paras[j]] is not NARRATOR_ANSWER and sides[j] != "narrator"}
        if len(answers) == 1 and next(iter(answers))[0]:  # (an unregistered interviewee: the speaker model's to place)
            speakers[0], sides[0] = next(iter(answers))
            kinds[0], units[0] = "direct", "h0"
    join_lead_ins(texts, sides, speakers, kinds, units)
    shown = display_names()
    speakers = [shown.get(s, s) for s in speakers]  # "Ravi Shankar Prasad" (a pronoun's antecedent) is "IT Minister"
    return {**sents, "side": sides, "speaker": speakers, "kind": kinds, "statement_id": statement_ids(units, sides)}


# a person's name opening a sentence, after an optional "For" or a time phrase with its comma ("For Marko Delic,
# who ...", "For six years, Ines Kovac sold ...", "Ms. Asha Rao runs ...")
PERSON_OPENING = re.compile(r"^\s*(?:For\s+|(?:[A-Z][\w-]*\s+)?(?:[a-z\d][\w-]*\s+){0,3}[\w-]+,\s+)?"
                            r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?=[A-Z][^\W\d_’'-]+(?:\s+[a-z]|,))|(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?"
                            r"(?=[A-Z][^\W\d_]+\s+[A-Z]))([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_’'-]+){0,2})(?=\s+[a-z]|,)")


# session 22: a live blog's time stamp before a narrator sentence ("09:40 – ", "10:09 ")
STAMP_OPENING = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[–—-]\s*)?(?=[A-Z])")
# an organisation's post, then the person's name between commas ("Murmur’s lawyer, Anneke Sølberg, took ...")
OWNER_POST_NAME = re.compile(r"^\s*[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
                             r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_’'-]+){1,2}),")


@lru_cache(maxsize=1)
def post_then_name() -> re.Pattern:
    """A capitalised word and at most one lower-case word before a post (``narrated_post`` words of
    ``attribution_words.csv``), then a first name and a surname (group 1): "Party spokesperson Irena Valk has ...",
    "Committee chair Annika Sorvold opens ...", "X owner Elon Musk answered ..."."""
    posts = "|".join(sorted((re.escape(w) for w in attribution_words()["narrated_post"]), key=len, reverse=True))
    return re.compile(rf"^\s*[A-Z][\w’'-]*\s+(?:[a-z][\w-]*\s+)?(?:{posts})\s+"
                      r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_’'-]+){1,2})(?=\s+[a-z]|,)")


@lru_cache(maxsize=1)
def role_opening() -> re.Pattern:
    """A role noun phrase (``narrated_role`` words of ``attribution_words.csv``) opening a sentence, group 1: "A third
    employee, who joined last year, was blunt.", "The company's lawyer took ..."."""
    roles = "|".join(sorted((re.escape(w) for w in attribution_words()["narrated_role"]), key=len, reverse=True))
    return re.compile(rf"^\s*((?:A|An|The|One)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{roles}))\b(?=\s*,|\s+[a-z])")


# a quotation that is the text of a sign, placard, banner or label ("held signs reading “Unblock us.”")
DISPLAYED = re.compile(r"\b(?:" + vocabulary_alternation("displayed_items", r"\s+") + r")\s+(?:"
                       + vocabulary_alternation("displayed_reading", r"\s+") + r")\s*:?\s*“Q”", re.IGNORECASE)


SURNAME_OPENING = re.compile(r"\s*([A-Z][\w’'-]+)\s+(?:was|is|had|has|did|also|then|went|seemed|appeared|remained)\b")


def quoted_surname(text: str) -> Speaker | None:
    """The party's person a sentence opens with by surname alone ("Reul was less patient with Loomsay.") when the
    article quoted a person of that surname before ("..., Reul said."; names of two words or more, or the surname
    itself; side other too, before the posts the article gives its people are read): that person, or None."""
    m = SURNAME_OPENING.match(text)
    state = ATTRIBUTED[0]
    if m is None or state is None or m.group(1).lower() in NOT_NAMES or m.group(1).lower() in known_aliases():
        return None
    texts, sides, speakers, at = state[:4]
    for k in range(min(at, len(speakers)) - 1, -1, -1):
        if sides[k] in ("government", "platform", "other") and speakers[k] and speakers[k].split()[-1] == m.group(1):
            return Speaker(speakers[k], sides[k])
    return None


def narrated_person(texts: list[str], sides: list[str], mentions_before: list[Mention], pronoun: str = "he") -> Speaker | None:
    """The person (a first name and a surname, or a title and a surname; no registered actor) opening the last of
    the journalist's sentences ``texts`` (read from the last back, narrator sentences only) that ``pronoun`` (he or
    she) can refer to, or None. Also (session 22) after a live-blog stamp ("09:40 – Party spokesperson Irena Valk
    has ..."), after a lower-case post before the name ("Committee chair Annika Sorvold opens ..."), after an
    organisation's post and a comma ("Murmur’s lawyer, Anneke Sølberg, took ..."; a post that names a government or
    platform gives the person its side), and a role phrase ("A third employee, who joined last year, was blunt.",
    read as a speaker phrase). Used for a he/she after such a sentence, quoted or not."""
    for text, side in zip(reversed(texts), reversed(sides)):
        if side != "narrator":
            return None
        text = STAMP_OPENING.sub("", text, count=1)
        if OTHER_GENDER[pronoun].match(text):
            continue
        m = PERSON_OPENING.match(text) or post_then_name().match(text) or OWNER_POST_NAME.match(text)
        if m is None and (role := role_opening().match(text)):
            # "A third employee, who joined last year, was blunt.": the role phrase, read as a speaker phrase
            found = classify(role.group(1), mentions_before)
            if found is not None and not found.pronoun and not found.defer and found.side:
                return found
            continue
        if m is None:
            # "Minister of State for IT Rajeev Chandrasekhar responded yesterday.": a registered person of a party
            # whom the sentence is about (its subject), as an unregistered one
            persons = [mm for mm in find_mentions(text) if mm.actor.type == "named" and is_person(mm)
                       and mm.actor.side in ("government", "platform")]
            if persons and len(text[:persons[0].start].split()) <= 6:
                subject = sentence_subject(text, mentions_before)
                if subject is not None and not subject.pronoun and not subject.defer and subject.side == persons[0].actor.side:
                    return subject
            quoted = quoted_surname(text)
            if quoted is not None:
                return quoted
        if m is None or m.group(1).split()[0].lower() in NOT_NAMES:
            continue
        if m.re is not PERSON_OPENING:
            # "Party spokesperson Irena Valk": the post says whose side the person speaks for
            found = classify(m.group(0).strip(), mentions_before)
            if found is not None and not found.pronoun and not found.defer and found.side in ("government", "platform"):
                return Speaker(m.group(1), found.side)
        if any(mm.actor.side in ("government", "platform") for mm in find_mentions(m.group(1))):
            continue
        found = classify(m.group(1), mentions_before)
        return found if found is not None and not found.pronoun and not found.defer else Speaker(m.group(1), "other")
    return None


def join_lead_ins(texts: list[str], sides: list[str], speakers: list[str], kinds: list[str], units: list[str]) -> None:
    """Give a colon lead-in the journalist's reading left alone ("The letter ended:", "The petition does not mince
    words:", "A copy seen by this newspaper reads in part:") the speaker of the quotation or block it opens
    (GUIDELINES_ADDENDUM.md: a colon lead-in belongs to its block), in place."""
    for i in range(len(texts) - 1):
        if sides[i] == "narrator" and texts[i].rstrip().endswith(":") and sides[i + 1] != "narrator" and units[i + 1]:
            sides[i], speakers[i], units[i] = sides[i + 1], speakers[i + 1], units[i + 1]
            kinds[i] = "block" if kinds[i + 1] == "block" else "indirect"


# "Ministry orders X to block 37 channels, threatens fines", "Twitter curbs content, vows to fight orders in
# court": the labels of rounds 4-24 read a headline's threat or vow as the act it announces (narrator), 6 to 0
HEADLINE_ACTS = frozenset(vocabulary("headline_acts"))


@lru_cache(maxsize=1)
def headline_verb_regex() -> re.Pattern:
    """", warns ...", ", says ...": a present-tense speech verb after a comma (``speech_verbs.txt``'s -s forms)."""
    verbs = sorted((v for v in read_word_list("speech_verbs.txt") if v.endswith("s") and " " not in v
                    and v not in HEADLINE_ACTS), key=lambda v: (-len(v), v))
    return re.compile(r",\s+(?:and\s+)?(?:" + "|".join(map(re.escape, verbs)) + r")\b")


SPOKES_WORDS = frozenset(vocabulary("spokes_words"))
# "Government spokesman Oto Lenz", "At the weekly government briefing, spokesperson Ada Rell": the words before
# the body's first spokes- word (on one line) say whose spokesperson
SPOKES_INTRO = re.compile(r"((?:[^\W\d][\w’'.-]*,?[^\S\n]+){1,5})spokes(?:person|man|woman)\b")


def headline_spokesperson(found: Speaker, body: str, start: int) -> Speaker:
    """A headline's bare "spokesperson" ("‘We are not asking for censorship’: spokesman defends order") speaks for
    the side of the spokesperson the body introduces first ("Government spokesman X", after ``start``); else
    ``found`` unchanged."""
    if found.pronoun or found.defer or found.name.lower() not in SPOKES_WORDS:
        return found
    intro = SPOKES_INTRO.search(body, start) if "spokes" in body[start:] else None
    if intro is None:
        return found
    owner = classify(intro.group(1), [])
    if owner is None or owner.pronoun or owner.defer or owner.side not in ("government", "platform"):
        return found
    return Speaker(found.name, owner.side)


HEADLINE_ACT_VERBS = frozenset(vocabulary("headline_act_verbs"))


def headline_act(text: str) -> bool:
    """True for a headline (no closing stop) whose only speech verb is "vows" ("...; ministry vows appeal", "... as
    government vows appeal"): GUIDELINES_ADDENDUM.md, a headline's vow is the narrator's, the act it announces.
    ("threatens" is labelled both ways: "Minister threatens X with fines" is the minister's in round 19.)"""
    if text.rstrip()[-1:] in ".:?!\"”'’" or "vow" not in text:
        return False
    verbs = verb_matches(text)
    return bool(verbs) and all(v[2] in HEADLINE_ACT_VERBS for v in verbs)


# a headline's label before its clause ("Twitter vs Centre LIVE: IT ministry serves notice ...", "Evening bulletin:
# ...", "Interview | ..."): a rubric, not the headline's subject
HEADLINE_LABEL = re.compile(r"\s*[^:|“”\"‘’'\n]{2,40}?(?:\s*:|\s+\|)\s+(?=[A-Z])")


def headline_stop(text: str) -> bool:
    """True for a headline printed with a full stop ("Centre serves notice on Twitter ..., warns of penal action."):
    one stop, at its end, and no other sentence mark."""
    body = text.rstrip()[:-1]
    return body.count(".") <= body.count(". ") == 0 and not any(c in body for c in "!?") and len(body.split()) <= 20


def headline_speech(text: str, mentions_before: list[Mention]) -> Speaker | None:
    """A headline's coordinated speech verb ("Centre serves notice on Twitter, warns of penal action",
    "Twitter moves court against orders, says some are 'deficient'"): the speech of the headline's subject,
    as "and warned" would be in a sentence. Only for an article's first sentence without final punctuation."""
    if text.rstrip()[-1:] in "!?:" or not text.strip() or text.rstrip().endswith(".") and not headline_stop(text):
        return None
    m = headline_verb_regex().search(text)
    if m is None:
        return None
    if m.group(0).split()[-1] in DIRECTIVE_VERBS and DIRECTIVE.match(text, m.end()):
        return None  # "..., tells it to deposit half": an instruction, the act the headline announces (GUIDELINES_ADDENDUM.md)
    label = HEADLINE_LABEL.match(text, 0, m.start())
    found = sentence_subject(text[label.end() if label else 0:m.start()], mentions_before)
    if found is None or found.pronoun or found.defer or found.side not in ("government", "platform", "other"):
        return None
    return found


# "‘The order is the easy part’: a former official on how orders are written": an interview's headline, its words
# first, then who said them and the topic ("on ...")
QUOTED_HEADLINE = re.compile(r"^\s*[‘'“\"][^’'”\"\n]{10,}[’'”\"]\s*:\s+(?P<who>[^,;:‘’'“”\"\n]{3,60}?)\s+on\s+\S")


# an interview's headline: its quoted words, then who and the topic ("‘...’: Whisperline founder on refusing ...")
INTERVIEW_HEADLINE = re.compile(r"^\s*[‘'“\"][^\n]{10,}?[’'”\"]\s*:\s+[^:\n]{3,80}?\s+on\s+\S")


def quoted_headline(text: str, mentions_before: list[Mention]) -> Speaker | None:
    """The speaker a headline names after its quoted words ("‘...’: a former judge on the stand-off"), or None.
    Only for an article's first sentence without final punctuation."""
    if text.rstrip()[-1:] in ".!?:" or not text.strip():
        return None
    m = QUOTED_HEADLINE.match(text)
    if m is None:
        return None
    found = classify(m.group("who"), mentions_before)
    if found is None or found.pronoun or found.defer or found.side not in ("government", "platform", "other"):
        return None
    return found


COLON_LEAD = re.compile(r"^(.*?\S)\s*:\s*(?:“Q”|$)", re.DOTALL)
# "We also read out the authority's statement from Monday:": the block is the words of the text's author, not the reader's
READ_OUT_TEXT = re.compile(r"\bread(?:s|ing)?\s+out\s+(.+?)[’']s?\s+(?:[\w-]+\s+)?(?:statement|letter|post|note|notice|reply|"
                           r"response|message|order|ruling|judgment|judgement|decision|release|tweet|email|e-mail|"
                           r"submission|filing|petition|affidavit)\b", re.IGNORECASE)


def colon_lead(masked: str, mentions_before: list[Mention]) -> Speaker | None:
    """The subject of a lead-in that ends with a colon before a quote or a block but has no speech verb ("The
    ministry was blunt: “...”", "Twitter’s reply was short:"), or None."""
    m = COLON_LEAD.match(masked.strip())
    if m is None:
        return None
    read = READ_OUT_TEXT.search(m.group(1))
    found = sentence_subject(normalise(read.group(1) if read else m.group(1)), mentions_before)
    return found if found is not None and not found.pronoun and not found.defer else None


def previous_subject(i: int, texts: list[str], sides: list[str], before: list[Mention]) -> tuple[str, str] | None:
    """(name, side) of the actor the journalist's sentence before sentence ``i`` is about, for a quotation with no
    attribution and no earlier speaker ("The minister answered in Parliament. “The law is the law.”"), or None."""
    if i == 0 or sides[i - 1] != "narrator":
        return None
    found = sentence_subject(normalise(texts[i - 1]), before)
    if found is None or found.pronoun or found.defer or not found.side:
        return None
    return found.name, found.side


def statement_ids(units: list[str], sides: list[str]) -> list[str]:
    """Give the sentences of one utterance one statement id (S1, S2, ... in reading order); '' for none."""
    ids, seen = [], {}
    for unit, side in zip(units, sides):
        if side == "narrator" or not unit:
            ids.append("")
            continue
        seen.setdefault(unit, f"S{len(seen) + 1}")
        ids.append(seen[unit])
    return ids


def assign_statements(sentences: pd.DataFrame) -> pd.DataFrame:
    """Give the sentences of one utterance one statement id (S1, S2, ... in reading order)."""
    ids, seen = [], {}
    units = sentences["unit"] if "unit" in sentences.columns else sentences.index.astype(str)
    for unit, side in zip(units, sentences["side"]):
        if side == "narrator" or not unit:
            ids.append("")
            continue
        seen.setdefault(unit, f"S{len(seen) + 1}")
        ids.append(seen[unit])
    out = sentences.copy()
    out["statement_id"] = ids
    return out.drop(columns=["unit"], errors="ignore")


STATEMENT_COLUMNS = ["statement_id", "side", "speaker", "kind", "char_start", "char_end", "text"]


def statement_columns(sents: dict[str, list], body: str) -> dict[str, list]:
    """Return one row per statement as columns: side, speaker, kind, offsets and text (one pass, no groupby)."""
    order: dict[str, list] = {}
    for sid, start, end, side, speaker, kind in zip(sents["statement_id"], sents["char_start"], sents["char_end"],
                                                    sents["side"], sents["speaker"], sents["kind"]):
        if sid == "":
            continue
        got = order.get(sid)
        if got is None:
            order[sid] = [int(start), int(end), side, speaker, kind, kind == "direct"]
        else:
            if start < got[0]:
                got[0] = int(start)
            if end > got[1]:
                got[1] = int(end)
            if kind == "direct":
                got[5] = True
    out: dict[str, list] = {c: [] for c in STATEMENT_COLUMNS}
    for sid, (start, end, side, speaker, kind, direct) in order.items():
        out["statement_id"].append(sid)
        out["side"].append(side)
        out["speaker"].append(speaker)
        out["kind"].append("direct" if direct else kind)
        out["char_start"].append(start)
        out["char_end"].append(end)
        out["text"].append(body[start:end])
    return out


def statements(sentences: pd.DataFrame, body: str) -> pd.DataFrame:
    """Return one row per statement: side, speaker, kind, offsets and text."""
    cols = statement_columns({c: sentences[c].tolist() for c in sentences.columns}, body)
    return pd.DataFrame(cols, columns=STATEMENT_COLUMNS)
