"""Session 29 (lexmove2): data/lexicons/vocabulary.csv is the one place of the words of the regexes its pre-check groups
gated (litigation_verbs, affil_before_words, affil_lead_posts, state_body_words, topic_words, past_mark_words: the regex
is now built from the group too), and holds the verb-form sets of helpers.actors, OPERATOR's verbs, PARTY_NOUN's nouns,
STATUTE's word lists and the pre-check lists of helpers.events (built into their regexes as well).

The expected values are the literals as they were in code before (main 9abe85e): the sets are equal, and every regex
whose pattern string changed (the order or grouping of its alternatives) finds the same matches as the old one on
made-up sentences. A word added to a group (a temporary copy of the lexicon folder) reaches the regex and its pre-check.
"""
import re
import sys

import pytest

from conftest import grown_vocabulary, module_copy
from helpers import actors, events

# copied from main 9abe85e (pattern, flags)
OLD_REGEXES = {
    'actors.TOPIC_TAIL': ('\\s+(?:familiar with|close to|briefed on|aware of|with knowledge of|following|seen by|reviewed by|obtained by)\\b.*$', 50),
    'actors.LITIGATION': ('\\s+(?:\\w+\\s+){0,3}?(?:(?:moved|approached|petitioned|sued|filed|asked|challenged|appealed|went\\s+to)\\s+(?:\\w+\\s+){0,3}?(?:court|bench|tribunal|petition|plea|suit|lawsuit|appeal|complaint)\\b|sued\\b)', 34),
    'actors.AFFIL_BEFORE': ("(?<![\\w’'-])((?:[A-Z][\\w-]*(?:’s|'s)?\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?(?:minister|secretary|spokes(?:man|woman|person)|chief|head|director|founder|co-founder|executive|ceo|counsel|commissioner|official|officer|regulator|MP|lawmaker|chair(?:man|woman)?))\\s+((?:[A-Z](?:[\\w’'-]+|\\.) +){1,2}[A-Z][\\w’'-]+)(?![\\w’'-])", 32),
    'actors.AFFIL_LEAD': ("(?<![\\w’'-])((?:[Tt]he|[Aa]n?|[A-Z][\\w-]*(?:’s|'s))\\s+(?:[\\w’'-]+\\s+){0,4}?(?:minister|secretary|spokes(?:man|woman|person)|chief|head|director|founder|co-founder|executive|ceo|counsel|commissioner|official|officer|regulator|lawmaker|chair(?:man|woman)?|president|governor|judge|justice)(?:\\s+(?:at\\s+the\\s+time|then|now))?),\\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?([A-Z](?:[\\w’'-]+|\\.) +(?:[A-Z](?:[\\w’'-]+|\\.) +)?[A-Z][\\w’'-]+),", 32),
    'actors.STATE_BODY_NAMED': ('\\b(?:regulator|watchdog|agency|authority|commission|ministry|censor|telecoms?\\s+regulator)\\s*,?\\s+([A-Z][a-z]\\w+)(?=\\s*[,.;)]|\\s+(?:said|says|has|had|is|was|on|in)\\b)', 32),
    'actors.NAMED_STATE_BODY': ('\\b([A-Z][a-z]\\w+),\\s+(?:the|a|an|its)\\s+(?:[\\w-]+\\s+){0,3}(?:regulator|watchdog|agency|authority|commission|ministry|censor|telecoms?\\s+regulator)\\b', 32),
    'actors.PAST_MARK_ANY': ('(?:former|then-|ex-|retired|one-?time|erstwhile)', 34),
    'actors.PAST_APPOSITION': (",\\s+(?:[\\w’'&.-]+\\s+){0,5}?(?:a\\s+|the\\s+)?(?:former|then-|ex-|retired|one-?time|erstwhile)\\s*([^,.;:\\n]*)", 32),
    'actors.PAST_GATE': ('former|then-|ex-|retired|one-?time|erstwhile|\\bwho\\s|until|\\d{4}\\s+(?:to|and|until)\\s+\\d{4}|\\bleft\\b|\\bquit\\b|resigned|stepped\\s+down|\\bNow\\s+(?:a|an)\\s', 34),
    'actors.OPERATOR': ('(?<![\\w-])((?:[A-Z][\\w.-]*\\s+){0,3}[A-Z][\\w-]+),\\s+(?:(?:a|an|the)\\s+[^,;\\n]{0,40}?\\b)?(?:that|which)\\s+(?:runs|operates|owns|hosts|ran|operated|owned|hosted|makes|made|develops|developed)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:site|website|service|app|platform|encyclopedia|network|messenger)\\b', 32),
    'actors.OPERATOR_VERB': ('(?:that|which)\\s+(?:runs|operates|owns|hosts|ran|operated|owned|hosted|makes|made|develops|developed)\\b', 32),
    'events.STATUTE': ("\\b(?:that|which|who) (?:fails?|refuses?|ignores?|does not|do not)\\b[^.;]{0,60}\\b(?:can|may)\\b|\\b(?:section|act|law|rules?|code|decree)\\b[^.;]{0,40}\\b(?:allows?|provides? for|permits?|prescribes?)\\b|\\bcan be (?:punished|fined|jailed|imprisoned|prosecuted)\\b|\\bunder (?:the|its|that|this|a|an) (?:[\\w-]+ ){0,3}?(?:code|act|law|rules?|decree|regulations?|statute)\\b,? (?:(?:a|an|any) (?:[\\w-]+ )?(?:platform|company|provider|intermediary|operator|service|firm|network)|(?:platforms|companies|providers|intermediaries|operators|firms)) (?:that|which|who)\\b|\\b(?:platforms|companies|providers|intermediaries|operators|firms|services) (?:that|which|who) (?:fail|refuse|ignore|do not|don't)\\b[^.;]{0,60}(?<!could )(?<!would )(?<!will )(?<!might )\\b(?:face|risk)\\b|\\b(?:platforms|companies|providers|intermediaries|operators|firms|services) (?:must|shall|have to)\\b[^.;]{0,80}\\bor (?:face|risk)\\b", 34),
    'events.PARTY_NOUN': ('\\b(?:the (?:company|platform|firm|ministry|government|regulator)|its)\\b', 34),
    'events.PARTY_AFTER': ('[^,.;:]{0,60},\\s+(?:it|they|we|the (?:company|platform|firm|ministry|government|regulator))\\s', 34),
    'events.FURTHER': ('\\b(?:an?|the|its)\\s+(?:second|third|fourth|fifth|earlier|later|further|new|emergency)\\b(?!\\s+such\\b)(?=,|\\s+(?:[\\w-]+\\s+){0,2}?(?:orders?|lists?|directions?|directives?|notices?|batch|set)\\b)|\\b(?:about |around |nearly |some |over |more than )?\\d(?:[\\d,]*\\d)?\\s+more\\b', 34),
    'events.COORDINATED_ACT': ('(?:,\\s+|,?\\s+and\\s+)(?P<act>(?:(?:had|has|have)\\s+)?(?:also\\s+|then\\s+)?(?:suspended|withheld|removed|deleted|blocked|restricted|banned|disabled|geo-?blocked|took down|(?:taken|took) action (?:on|against))\\s+(?:only\\s+)?(?:(?:all|about|nearly|some|over|more than|(?P<more>another|a further))\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|a (?:portion|part|smaller set|number|handful)|the|its|their)\\b)(?! of (?:them|those|these|it)\\b)', 34),
    'events.BARE_RESPONSE': ("^\\s*(?:[\\w’'.-]+,?\\s+){1,8}?(?:responded|hit back|replied|reacted|was quick to (?:respond|hit back|reply))(?:\\s+(?:within (?:hours|minutes|the hour|a day)|the same day|the next day|quickly|swiftly|at once))?\\s*\\.\\s*$", 32),
}
OLD_STRINGS = {'actors.PAST_BEFORE': '\\b(?:[Ff]ormer|[Tt]hen-|[Ee]x-|[Rr]etired|[Oo]ne-?time|[Ee]rstwhile)\\s*', 'actors.PAST_MARK': '(?:former|then-|ex-|retired|one-?time|erstwhile)', 'actors.STATE_BODIES': '(?:regulator|watchdog|agency|authority|commission|ministry|censor|telecoms?\\s+regulator)'}
OLD_SETS = {
    'actors.NAMING_VERBS': ['called', 'calls', 'described', 'describes', 'termed', 'terms'],
    'actors.ANNOUNCE_VERBS': ['announced', 'announces', 'announcing'],
    'actors.DIRECTIVE_VERBS': ['tell', 'telling', 'tells', 'told'],
    'actors.QUESTION_VERBS': ['asked', 'asks'],
    'actors.CITE_VERBS': ['cited', 'cites'],
    'actors.READING_VERBS': ['read', 'reads'],
    'actors.INTERROGATION_VERBS': ['questioned', 'questioning'],
    'events.FURTHER_WORDS': ('second', 'third', 'fourth', 'fifth', 'earlier', 'later', 'further', 'new', 'emergency', 'more'),
}
OLD_GATES = {'LITIGATION_VERBS': ('moved', 'approached', 'petitioned', 'sued', 'filed', 'asked', 'challenged', 'appealed', 'went'), 'TOPIC_WORDS': ('familiar with', 'close to', 'briefed on', 'aware of', 'with knowledge of', 'following', 'seen by', 'reviewed by', 'obtained by'), 'AFFIL_LEAD_POSTS': ['ceo', 'chair', 'chairman', 'chairwoman', 'chief', 'co-founder', 'commissioner', 'counsel', 'director', 'executive', 'founder', 'governor', 'head', 'judge', 'justice', 'lawmaker', 'minister', 'officer', 'official', 'president', 'regulator', 'secretary', 'spokesman', 'spokesperson', 'spokeswoman'], 'PAST_MARK_WORDS': ('former', 'then-', 'ex-', 'retired', 'onetime', 'one-time', 'erstwhile')}


NEW_GROUPS = {"naming_verbs", "announce_verbs", "directive_verbs", "question_verbs", "cite_verbs", "reading_verbs",
              "interrogation_verbs", "operator_verbs", "party_nouns", "statute_defaults", "statute_sections",
              "statute_permits", "statute_punishments", "statute_codes", "statute_providers", "coordinated_words",
              "further_words", "bare_response_words"}


def test_new_groups_are_known_and_filled():
    assert NEW_GROUPS <= set(actors.VOCABULARY_GROUPS)
    assert all(actors.vocabulary(g) for g in NEW_GROUPS)


@pytest.mark.parametrize("name", sorted(OLD_SETS))
def test_moved_sets_are_the_old_literals(name):
    module, constant = name.split(".")
    new = getattr({"actors": actors, "events": events}[module], constant)
    old = OLD_SETS[name]
    if isinstance(old, tuple):
        assert new == old
    else:
        assert isinstance(new, set) and sorted(new) == old


def test_gates_keep_their_old_words():
    assert actors.LITIGATION_VERBS == OLD_GATES["LITIGATION_VERBS"]
    assert actors.TOPIC_WORDS == OLD_GATES["TOPIC_WORDS"]
    assert sorted(actors.AFFIL_LEAD_POSTS) == OLD_GATES["AFFIL_LEAD_POSTS"]
    assert actors.PAST_MARK_WORDS == OLD_GATES["PAST_MARK_WORDS"]
    # every old pre-check word is still one (or a part of one) of the new gate's words
    assert all(any(o in w for w in events.COORDINATED_WORDS) for o in ("suspended", "took down", "action", "blocked"))
    assert all(any(o in w for w in events.BARE_RESPONSE_WORDS) for o in ("responded", "hit back", "was quick to"))


# made-up sentences in the project's words, one or more for each regex above
TEXTS = [
    " officials familiar with the matter said", " people close to the talks", " a source briefed on the plan",
    " sources with knowledge of the order", " documents seen by Ledger", " people unfamiliar with it",
    " on Tuesday moved the High Court", " went to court", " went  to\nthe tribunal", " has sued", " filed a plea",
    " dragged the regulator to court",
    "communications minister Karin Dahlqvist said", "Whisperline policy chief Omar Diaz", "co-founder Lena Morava",
    "the party's spokeswoman Ana Ruiz Vell", "board chairman Tomas Berg", "board chairwoman Ida Holm", "an MP Rasa Kell",
    "The IT minister, Kasimir Vell, hit back.", "The union's president, Sandro Kelemen, said", "An envoy, Lena Morava,",
    "The chief executive at the time, Ida Holm, said", "the company's co-founder, Tomas Berg, said",
    "the regulator Ostkom said on Monday", "the telecoms regulator Radikon, which", "the telecom  regulator Radikon.",
    "Ostkom, the state regulator, said", "Radikon, a telecoms regulator, said", "the inspectorate Medikon said",
    "the former minister", "a then-spokesman", "an ex-official", "Onetime adviser", "one-time aide", "the one time",
    "Mark Oyelaran, a former Chirpa engineer, said", "who served until 2019", "Erstwhile chair Lena Morava",
    "Kestrel Labs, the firm that runs the site, said", "Pinglet, which owns a messaging app, said", "that maintains",
    "a platform that fails to comply can be fined", "companies that do not comply may be punished",
    "Section 69A allows the government to block", "the act provides for fines", "the law provide for it",
    "under the new IT rules, a platform that ignores an order", "under the act, intermediaries that fail to comply",
    "Platforms that fail to comply face fines", "Platforms must remove content within a day or face fines",
    "the company said it would comply", "Earlier, the ministry said", "its order", "the agency",
    "the ministry sent a second list of 1,178 handles", "an earlier order", "250 more", "a fresh list",
    "It removed 1,178 videos and suspended 212 accounts", "had complied, and had geo-blocked another 400",
    ", and took action against 30 handles", ", and taken action on the accounts", ", and hid 212 accounts",
    "The ministry hit back within hours.", "Chirpa was quick to respond.", "The minister replied.", "It shot back.",
]


@pytest.mark.parametrize("name", sorted(OLD_REGEXES))
def test_rebuilt_regexes_find_what_the_old_ones_found(name):
    module, constant = name.split(".")
    new = getattr({"actors": actors, "events": events}[module], constant)
    pattern, flags = OLD_REGEXES[name]
    old = re.compile(pattern, flags)
    assert new.flags == old.flags
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
               [(m.span(), m.groups()) for m in old.finditer(text)], text
    assert any(old.search(t) for t in TEXTS), "no sentence exercises it"


@pytest.mark.parametrize("name", sorted(OLD_STRINGS))
def test_rebuilt_pattern_parts_match_as_before(name):
    new = re.compile(getattr(actors, name.split(".")[1]))
    old = re.compile(OLD_STRINGS[name])
    for text in TEXTS:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_a_space_in_a_phrase_matches_any_run_of_spaces():
    assert actors.vocabulary_alternation("litigation_verbs", r"\s+").endswith(r"went\s+to")
    assert actors.LITIGATION.match(" went  to\nthe High Court")
    assert actors.STATE_BODY_WORDS[-2:] == ("telecom", "telecoms")  # where a phrase of STATE_BODIES can start


# a word for each group whose regex was written in code before; the copy of helpers.actors / helpers.events is built
# from a copy of the lexicon folder with these rows added
ADDED = """litigation_verbs,dragged,test
affil_before_words,envoy,test
affil_lead_posts,envoy,test
state_body_words,inspectorate,test
state_body_words,broadcasting council,test
topic_words,informed about,test
past_mark_words,sometime,test
naming_verbs,dubbed,test
operator_verbs,maintains,test
party_nouns,agency,test
statute_punishments,suspended,test
coordinated_words,hid,test
further_words,fresh,test
bare_response_words,shot back,test
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setattr(actors.paths, "LEXICONS", grown_vocabulary(tmp_path_factory, ADDED))
    try:
        grown_actors = module_copy(actors, "lexmove2", mp)
        mp.setitem(sys.modules, "helpers.actors", grown_actors)  # the copy of events imports the grown vocabulary
        grown_events = module_copy(events, "lexmove2", mp)
    finally:
        mp.undo()
    return grown_actors, grown_events


def test_a_word_added_to_a_pre_check_group_reaches_its_regex(grown):
    a, _ = grown
    assert a.vocabulary("litigation_verbs")[-1] == "dragged" and "dragged" in a.LITIGATION_VERBS
    assert a.LITIGATION.match(" dragged the regulator to court") and not actors.LITIGATION.match(" dragged the regulator to court")
    text = "The talks stalled, trade envoy Lena Morava told reporters."
    assert a.affil_before_gate(text) and a.AFFIL_BEFORE.search(text).group(1).endswith("envoy")
    assert not actors.affil_before_gate(text) and not actors.AFFIL_BEFORE.search(text)
    text = "The trade envoy, Lena Morava, said the talks had failed."
    assert a.affil_lead_gate(text) and a.AFFIL_LEAD.search(text)
    assert not actors.affil_lead_gate(text) and not actors.AFFIL_LEAD.search(text)
    for text, name in (("the inspectorate Medikon said on Monday", "Medikon"),
                       ("the broadcasting  council Radikon said", "Radikon")):
        assert [m.group(1) for m in a.matches_at(a.STATE_BODY_NAMED, text, a.literal_positions(text, a.STATE_BODY_WORDS))] == [name]
        assert not actors.STATE_BODY_NAMED.search(text)
    assert a.TOPIC_TAIL.sub("", "officials informed about the plan") == "officials"
    assert a.topic_free("officials informed about the plan") == "officials"
    assert actors.topic_free("officials informed about the plan") == "officials informed about the plan"
    text = "The sometime minister spoke on Monday."
    assert a.quick_past_gates(text)[0] and a.past_gates(text)[0] and a.PAST_GATE.search(text)
    assert re.search(a.PAST_BEFORE, "Sometime minister Lena Morava") and not re.search(actors.PAST_BEFORE, "Sometime minister")
    assert not actors.quick_past_gates(text)[0]


def test_a_word_added_to_a_moved_list_is_used(grown):
    a, e = grown
    assert "dubbed" in a.NAMING_VERBS and "dubbed" not in actors.NAMING_VERBS
    text = "Kestrel Labs, the firm that maintains the site, said"
    assert a.OPERATOR.search(text) and a.OPERATOR_VERB.search(text) and not actors.OPERATOR.search(text)
    assert e.PARTY_NOUN.search("the agency") and not events.PARTY_NOUN.search("the agency")
    assert e.STATUTE.search("platforms can be suspended for a month") and not events.STATUTE.search("platforms can be suspended")
    text = "It removed 30 videos and hid 212 accounts"
    assert "hid" in e.COORDINATED_WORDS and e.COORDINATED_ACT.search(text) and not events.COORDINATED_ACT.search(text)
    assert "fresh" in e.FURTHER_WORDS and e.FURTHER.search("the ministry sent a fresh list of handles")
    assert not events.FURTHER.search("the ministry sent a fresh list of handles")
    assert "shot back" in e.BARE_RESPONSE_WORDS and e.BARE_RESPONSE.match("The ministry shot back within hours.")
    assert not events.BARE_RESPONSE.match("The ministry shot back within hours.")
