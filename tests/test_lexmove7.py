"""Session 32 (lexmove7): the domain words of helpers.events' DAY_OF_EVENT, MEDIUM ('later said'), OPEN_TO_TALKS,
SCHEDULING, NOUN_PARTICIPLE, CHECKED_CLAIM, NEW_RULING, BEFORE_COURT, RETOLD, RULED_ON, NOTICE_TEXT (its verbs),
DAY_LIST_BEFORE, SENT_BEFORE, DEADLINE_BEFORE, COORDINATED_ACT (its shares) and of helpers.actors' FIGURES_PARLIAMENT
(its legislatures), NOTHING_SAID, PLACE_OPENING, AFFIL_CLIENT, TOPIC_OBJECT, PAST_WORK (its adjectives) and COURT are
groups of data/lexicons/vocabulary.csv (31 groups, from day_of_event_nouns to court_levels in the README's table); each
constant is built from its groups with ``actors.vocabulary_alternation`` (FIGURES_PARLIAMENT writes a lower-case
row's first letter as a case class, 'parliament' -> ``[Pp]arliament``, as the old pattern did).

The old patterns are copied from main 02cd32c: each rebuilt regex finds the same matches on made-up sentences
(finditer spans and groups, match() at every position, search() in windows up to every end); all but OPEN_TO_TALKS
are the old pattern strings exactly. A word added to each group (a temporary copy of the lexicon folder and copies of
helpers.events and helpers.actors built from it) reaches its rule.
"""
import re

import pytest

from conftest import assert_same_matches, grown_modules
from helpers import actors, events

# copied from main 02cd32c (pattern, flags); the groups' words were written inside these patterns
OLD_REGEXES = {
    'DAY_OF_EVENT': ("['’]s\\s+(?:\\w+\\s+)?(?:judgment|judgement|ruling|verdict|order|meeting)\\b", re.I),
    'MEDIUM': ('\\b(?:on|via|through) (?:koo|twitter|x|facebook|telegram|whatsapp)\\b|\\bafter (?:the|a|an|its|their)\\b|\\bresponding\\b|\\bin (?:a|an|its|their) (?:[\\w-]+ )?blog post\\b|\\bafterwards\\b|\\bsubsequently\\b|\\bafter that\\b|\\blater (?:said|told|added|wrote|insisted)\\b', re.I),
    'OPEN_TO_TALKS': ('\\b(?:committed|commitment|open|ready|willing|keen|prepared)\\s+(?:to|for)\\s+(?:further\\s+|more\\s+|continued\\s+|continuing\\s+|constructive\\s+|fresh\\s+|new\\s+)?$', re.I),
    'SCHEDULING': ('\\b(?:(?:has|have|had) (?:scheduled|set)\\b[^.;]{0,40}?\\bfor|(?:listed|posted) (?:the|its) (?:case|matter|appeal|petition|plea)\\b[^.;]{0,40}?\\b(?:for|on)|(?:scheduled|set|fixed) (?:a|the|its) (?:[\\w-]+ ){0,2}?hearings? (?:for|on)|hearings? (?:[^.;:]{0,80}?)?(?:is|are) (?:now |also )?(?:scheduled|set|fixed|listed) for|(?:ready|willing|invited|offered|asked|agreed) (?:\\S+ ){0,5}?to (?:meet|return to|appear before)|to (?:a|the) (?:hearing|meeting|session)|(?:called|planned|announced|organi[sz]ed) (?:a|an) (?:[\\w-]+ ){0,2}?(?:protest|rally|march|demonstration|strike|vigil|sit-in)s?\\b[^.;]{0,60}?\\bfor)\\b', re.I),
    'NOUN_PARTICIPLE': ('\\b(?:orders|directions|notices|requests|demands|lists|posts|accounts|tweets)\\s+(?:issued|sent|served|made|received|filed|placed|published)(?:\\s+(?:by|to|from|under)\\s+[^,.;]{1,50}?)?\\s+$', re.I),
    'CHECKED_CLAIM': ('\\s*(?:(?:Correction|Clarification)\\s*:\\s*)?(?:Claim\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b[^:.]{0,80}:|(?:An?|The|Our)\\s+(?:earlier\\s+|previous\\s+)?(?:article|story|report|item|version of this (?:article|story|report)),?\\s+(?:first\\s+)?(?:published|posted|carried|that appeared)\\b[^.;:]{0,100}?\\b(?:said|stated|reported|wrote)\\b|(?:An?|The)\\s+(?:earlier|previous|original)\\s+version of this (?:article|story|report)\\s+(?:also\\s+)?(?:said|stated|reported|wrote)\\b)', re.I),
    'NEW_RULING': ('\\W*In an? (?:[\\w-]+ ){0,2}(?:decision|judgment|judgement|ruling|verdict)\\b', re.I),
    'BEFORE_COURT': ('\\bbefore (?:going|moving|it went|it moved|filing|it filed|approaching|taking)\\b[^.;,]{0,25}?\\b(?:court|petition|suit|challenge|case)\\b', re.I),
    'RETOLD': ('\\s*The (?:(?:[\\w-]+|police) )?(?P<noun>order|directive|direction|list|notice|petition|appeal|suit)s?,? (?:(?:was|were) )?(?:dated|sent|issued|signed|served|delivered|filed|lodged)\\b[^,;]{0,80}', re.I),
    'RULED_ON': (',\\s+which\\s+(?:later\\s+|then\\s+|eventually\\s+)?(?:upheld|dismissed|rejected|quashed|struck\\s+down|overturned|set\\s+aside|threw\\s+out)\\b', re.I),
    'FIGURES_PARLIAMENT': ('\\s+(?:placed|tabled|presented|laid|given)\\s+(?:before|in|to)\\s+(?:the\\s+)?(?:Lok\\s+Sabha|Rajya\\s+Sabha|[Pp]arliament|[Ll]egislature|[Ss]enate|[Cc]ongress)\\b', 0),
    'NOTHING_SAID': ('\\s+(?:little|nothing|no\\s+more|not\\s+a\\s+word|next\\s+to\\s+nothing)(?=\\s*(?:[.,;:!?]|$)|\\s+(?:about|on|of|publicly|since|so\\s+far|yet|further|else|in\\s+public)\\b)', re.I),
    'PLACE_OPENING': ('\\s*(?:outside|inside|speaking|asked)\\b', re.I),
    'AFFIL_CLIENT': ("\\b(?:for|representing|on\\s+behalf\\s+of|of|at)\\s|\\w(?:’s|'s)\\s", re.I),
    'NOTICE_TEXT': ('\\b(?:notice|message|line|banner|label|screen)\\b[^.;]{0,40}?\\b(?:saying|said|says|that read|read|reads|reading|stating)\\b[^.;]{0,50}$', re.I),
    'DAY_LIST_BEFORE': ('\\b(?:issued|sent|served|dated|received)\\s+$', 0),
    'SENT_BEFORE': ('\\b(?:sent|issued|served)\\s+$', 0),
    'DEADLINE_BEFORE': ('\\bdeadline\\s+(?:of|on|(?:that\\s+)?(?:passes|passed|expires|expired|runs out|ran out|falls|fell)\\s+on)\\s+$', re.I),
    'COORDINATED_ACT': ('(?:,\\s+|,?\\s+and\\s+)(?P<act>(?:(?:had|has|have)\\s+)?(?:also\\s+|then\\s+)?(?:suspended|withheld|removed|deleted|blocked|restricted|banned|disabled|geoblocked|geo-blocked|took\\ down|taken\\ action\\ on|taken\\ action\\ against|took\\ action\\ on|took\\ action\\ against)\\s+(?:only\\s+)?(?:(?:all|about|nearly|some|over|more than|(?P<more>another|a further))\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|a (?:portion|part|smaller set|number|handful)|the|its|their)\\b)(?! of (?:them|those|these|it)\\b)', re.I),
    'TOPIC_OBJECT': ('\\s(?:familiar with|close to|briefed on|aware of|with knowledge of)\\s+(.*)$', re.I | re.S),
    'PAST_WORK': ('\\b(?:(?:earlier|past|previous|prior|other|former|several|many)\\s+(?:cases|matters|disputes|suits)|in\\s+the\\s+past|previously|formerly|once)\\b', re.I),
    'COURT': ('(?:the\\s+)?(?:supreme|high|district)?\\s*court|bench|tribunal', 0),
}
ACTORS_RULES = ("FIGURES_PARLIAMENT", "NOTHING_SAID", "PLACE_OPENING", "AFFIL_CLIENT", "TOPIC_OBJECT", "PAST_WORK", "COURT")
# the one rebuilt pattern that differs from the old string: '(?:further\s+|more\s+|...)?' is now
# '(?:(?:further|more|...)\s+)?' (the same words, tried in the same order)
CHANGED = {"OPEN_TO_TALKS"}
NEW_GROUPS = ("day_of_event_nouns", "medium_later_verbs", "open_to_stances", "open_to_modifiers",
              "scheduling_listed_items", "scheduling_agree_words", "scheduling_meet_verbs", "scheduling_gatherings",
              "noun_participle_verbs", "correction_labels", "checked_claim_items", "checked_claim_versions",
              "checked_claim_published", "checked_claim_verbs", "new_ruling_nouns", "before_court_verbs",
              "before_court_objects", "retold_verbs", "ruled_on_verbs", "legislatures", "nothing_said_words",
              "place_openings", "affil_client_words",
              # further lists
              "notice_text_verbs", "day_list_verbs", "sent_before_verbs", "deadline_passing_verbs", "coordinated_shares",
              "topic_object_phrases", "past_work_adjectives", "court_levels")

# made-up sentences and phrases in the project's words, per rule: at least 3 the old rule matches and 1 it does not
TEXTS = {
    "DAY_OF_EVENT": ["’s ruling", "'s final Judgment", "’s meeting with the minister", "'s deadline",
                     "Friday's two-judge verdict", "’s orders"],
    "MEDIUM": ["The ministry later said", "it later Insisted that", "after the ruling", "Later, it said",
               "Pingwave subsequently wrote", "the minister said"],
    "OPEN_TO_TALKS": ["remained committed to ", "was open to further ", "Ready for constructive ", "was ready to act ",
                      "keen to continuing  ", "prepared for new talks",
                      "open to fresh ", "Willing to More ", "committed to continued ", "ready for new "],
    "SCHEDULING": ["The court listed the matter for November 27.", "Officials were ready to meet them on Thursday.",
                   "It agreed to return to the committee in March.", "She was invited to a hearing on Monday.",
                   "The court heard the case on Monday.", "Rights groups have called a vigil outside the regulator for Friday."],
    "NOUN_PARTICIPLE": ["named in the directions issued by the ministry ", "the orders sent ",
                        "the accounts placed under review ", "orders were issued ", "Notices Served to Chirpa  "],
    "CHECKED_CLAIM": ["Correction: An earlier version of this article said the ministry fined Pellow.",
                      "An earlier article, first published on Monday, said Chirpa had blocked 40 accounts.",
                      "The earlier version of this story also said that Pellow had been fined.",
                      "Our report posted last week stated the order was lifted.",
                      "The report said the regulator had fined Pellow.",
                      "Clarification: The previous item, that appeared on Monday, wrote that the ban ended.",
                      "Claim 2: \"Chirpa never blocked anyone.\""],
    "NEW_RULING": ["In a 5-2 ruling, the court upheld the order.", "In a split Decision, the bench",
                   "In an unusual judgement the court", "In a statement, the court said", "  In a verdict"],
    "BEFORE_COURT": ["had withheld the posts before going to court", "before it moved the high court",
                     "before filing a petition", "before the court ruled", "Before taking the matter to the bench"],
    "RETOLD": ["The notice, dated Tuesday, gives the company a week", "The order was signed by the minister on Feb. 16, told",
               "The police directive lodged on Monday", "The notice said", "The petitions, filed in May, ask"],
    "RULED_ON": ["Chirpa appealed to the tribunal, which later upheld the order", ", which  struck  down the order",
                 ", which then threw out the plea", ", which said", ", which Set aside the ban"],
    "FIGURES_PARLIAMENT": [" placed before the Lok Sabha", " tabled in parliament", " given to the Senate",
                           " placed before the court", " laid before  Rajya  Sabha", " tabled in PARLIAMENT",
                           " presented to the Legislature's panel"],
    "NOTHING_SAID": [" little.", " nothing about the order", " next  to nothing so far", " nothing had changed",
                     " not a word in public", " No More"],
    "PLACE_OPENING": ["Outside the court", "Asked about the order", "  speaking to reporters", "The ministry",
                      "Inside"],
    "AFFIL_CLIENT": ["a lawyer for Whisperline", "Whisperline's general counsel", "counsel at Whisperline",
                     "acting on  behalf of the petitioners", "a Delhi lawyer", "the Representing lawyer"],
    "NOTICE_TEXT": ["a notice saying the account was withheld", "the banner that read Withheld in India",
                    "The Message reads", "a notice was posted", "a label, which users saw, stating"],
    "DAY_LIST_BEFORE": ["issued ", "orders sent  ", "Issued ", "the ministry said ", "notices dated "],
    "SENT_BEFORE": ["sent ", "it issued ", "the ministry served ", "posted ", "Sent "],
    "DEADLINE_BEFORE": ["the deadline that expired on ", "a deadline Runs Out on ", "deadline of ", "the deadline was ",
                        "deadline  passes on "],
    "COORDINATED_ACT": ["removed 1,178 videos and suspended 212 accounts", ", withheld a portion of the accounts",
                        " and blocked a smaller set of pages", ", and removed some of them", ", and said a number"],
    "TOPIC_OBJECT": ["people familiar with the matter", "sources close to the ministry", "officials Briefed on the talks",
                     "the ministry said", "two people with knowledge of\nthe plan"],
    "PAST_WORK": ["who has represented the Centre in earlier cases", "in several matters", "in other disputes",
                  "in this case", "formerly", "Prior  suits"],
    "COURT": ["the supreme court", "high court", "bench", "court", "the district  court", "the ministry", "a court"],
}


def rule(name, module_events=events, module_actors=actors):
    return getattr(module_actors if name in ACTORS_RULES else module_events, name)


def test_new_groups_are_known_and_filled():
    assert set(NEW_GROUPS) <= set(actors.VOCABULARY_GROUPS)
    assert all(actors.vocabulary(g) for g in NEW_GROUPS)
    assert not set(NEW_GROUPS) & set(actors.VOCABULARY_STEM_GROUPS)
    # a lower-case legislature matches with either first letter; a capitalised one as written
    assert {"Lok Sabha", "parliament"} <= set(actors.vocabulary("legislatures"))
    # SCHEDULING's verbs 'organi[sz]ed' stay in code (tests/test_lexmove.py pins that pattern string)
    assert "organi[sz]ed" in events.SCHEDULING.pattern


def test_unchanged_pattern_strings():
    for name in set(OLD_REGEXES) - CHANGED:
        assert rule(name).pattern == OLD_REGEXES[name][0], name
    assert rule("OPEN_TO_TALKS").pattern != OLD_REGEXES["OPEN_TO_TALKS"][0]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_rebuilt_regexes_find_what_the_old_ones_found(name):
    new = rule(name)
    pattern, flags = OLD_REGEXES[name]
    old = re.compile(pattern, flags)
    assert_same_matches(new, old, TEXTS[name])


# a word for each moved group; copies of helpers.events and helpers.actors are built from a copy of the lexicon folder
ADDED = """day_of_event_nouns,hearing,test
medium_later_verbs,posted,test
open_to_stances,eager,test
open_to_modifiers,direct,test
scheduling_listed_items,writ,test
scheduling_agree_words,summoned,test
scheduling_meet_verbs,testify before,test
scheduling_gatherings,briefing,test
noun_participle_verbs,forwarded,test
correction_labels,Update,test
checked_claim_items,post,test
checked_claim_versions,piece,test
checked_claim_published,ran,test
checked_claim_verbs,claimed,test
new_ruling_nouns,order,test
before_court_verbs,appealing,test
before_court_objects,tribunal,test
retold_verbs,posted,test
ruled_on_verbs,reversed,test
legislatures,assembly,test
nothing_said_words,very little,test
place_openings,during,test
affil_client_words,with,test
notice_text_verbs,warning,test
day_list_verbs,signed,test
sent_before_verbs,delivered,test
deadline_passing_verbs,lapsed,test
coordinated_shares,fraction,test
topic_object_phrases,privy to,test
past_work_adjectives,unrelated,test
court_levels,appeals,test
"""
REACHED = [  # (rule, made-up text, how the code asks it)
    ("DAY_OF_EVENT", "’s hearing", "match"),
    ("MEDIUM", "The ministry later posted", "search"),
    ("OPEN_TO_TALKS", "remained eager to ", "search"),
    ("OPEN_TO_TALKS", "was open to direct ", "search"),
    ("SCHEDULING", "The court listed the writ for Monday.", "search"),
    ("SCHEDULING", "Its managers were summoned to appear before the panel on July 14.", "search"),
    ("SCHEDULING", "The minister agreed to testify before the committee in March.", "search"),
    ("SCHEDULING", "Reporters were invited to a briefing on Friday.", "search"),
    ("NOUN_PARTICIPLE", "named in the orders forwarded by the ministry ", "search"),
    ("CHECKED_CLAIM", "Update: An earlier version of this article said the ministry fined Pellow.", "match"),
    ("CHECKED_CLAIM", "An earlier post, first published on Monday, said Chirpa had blocked 40 accounts.", "match"),
    ("CHECKED_CLAIM", "The earlier version of this piece said that Pellow had been fined.", "match"),
    ("CHECKED_CLAIM", "An earlier article ran on Monday and said that Pellow had been fined.", "match"),
    ("CHECKED_CLAIM", "The earlier version of this article claimed that Pellow had been fined.", "match"),
    ("NEW_RULING", "In a 5-2 order, the court upheld the block.", "match"),
    ("BEFORE_COURT", "had withheld the posts before appealing to the court", "search"),
    ("BEFORE_COURT", "had withheld the posts before going to the tribunal", "search"),
    ("RETOLD", "The notice, posted on Tuesday, gives the company a week", "match"),
    ("RULED_ON", "Chirpa appealed to the tribunal, which later reversed the order", "search"),
    ("FIGURES_PARLIAMENT", " tabled in the Assembly", "match"),
    ("FIGURES_PARLIAMENT", " tabled in the assembly", "match"),
    ("NOTHING_SAID", " very little.", "match"),
    ("PLACE_OPENING", "During the hearing", "match"),
    ("AFFIL_CLIENT", "a lawyer with Whisperline", "search"),
    ("NOTICE_TEXT", "a notice warning users that the account was withheld", "search"),
    ("DAY_LIST_BEFORE", "orders signed ", "search"),
    ("SENT_BEFORE", "the ministry delivered ", "search"),
    ("DEADLINE_BEFORE", "the deadline that lapsed on ", "search"),
    ("COORDINATED_ACT", "removed 40 posts, withheld a fraction of the accounts", "search"),
    ("TOPIC_OBJECT", "officials privy to the talks", "search"),
    ("PAST_WORK", "who has represented Chirpa in unrelated cases", "search"),
    ("COURT", "the appeals court", "fullmatch"),
]


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    return grown_modules(tmp_path_factory, ADDED, "lexmove7", events, actors)


def grown_rule(grown, name):
    return rule(name, grown["events"], grown["actors"])


def test_every_added_word_has_a_sentence():
    assert [line.split(",")[0] for line in ADDED.splitlines()] == list(NEW_GROUPS)
    assert {name for name, _, _ in REACHED} == set(OLD_REGEXES)
    words = {line.split(",")[1] for line in ADDED.splitlines()}
    assert all(any(w.lower() in text.lower() for _, text, _ in REACHED) for w in words)


@pytest.mark.parametrize("name, text, how", REACHED)
def test_a_word_added_reaches_its_rule(grown, name, text, how):
    mine, shipped = grown_rule(grown, name), rule(name)
    assert getattr(mine, how)(text) and not getattr(shipped, how)(text)


def test_a_lower_case_legislature_keeps_the_case_of_its_other_letters(grown):
    # 'assembly' is written [Aa]ssembly: the first letter in either case, the rest as written (no re.I)
    mine = grown_rule(grown, "FIGURES_PARLIAMENT")
    assert "[Aa]ssembly" in mine.pattern
    assert not mine.match(" tabled in the ASSEMBLY") and not mine.match(" tabled in the Lok sabha")


def test_the_grown_rules_still_find_the_old_matches(grown):
    # adding a word takes nothing away: every old match is still found at the same place
    for name, texts in TEXTS.items():
        old, mine = re.compile(*OLD_REGEXES[name]), grown_rule(grown, name)
        for text in texts:
            a, b = old.search(text), mine.search(text)
            assert (a and a.start()) == (b and b.start()), (name, text)
