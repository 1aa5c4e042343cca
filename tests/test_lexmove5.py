"""Session 31 (lexmove5): the domain word lists of helpers.events' ASKED, URGED, WARNED, COURT_VOW, GENERIC, PETITION,
CHALLENGED (and CHALLENGE_WORD), ASKED_MEETING and of helpers.actors' ASKED_AUTHORITY, AFFIL_IS (post words),
GENERIC_COMPANY, ASKED_LEAD and BACKWARD are groups of data/lexicons/vocabulary.csv (23 groups, from asked_verbs to
backward_media in the README's table); each constant is built from its groups with ``actors.vocabulary_alternation``.

The old patterns are copied from main c2bfc38: each rebuilt regex finds the same matches on made-up sentences
(finditer spans and groups, match() at every position, search() in every window up to every end). A word added to
each group (a temporary copy of the lexicon folder and copies of helpers.events and helpers.actors built from it)
reaches its rule; ASKED's fast pre-check reads the same groups.
"""
import re

import pytest

from conftest import assert_same_matches, grown_modules
from helpers import actors, events

# copied from main c2bfc38 (pattern, flags); the groups' words were written inside these patterns
OLD_REGEXES = {
    'ASKED': ('\\b(?:(?:asked|asking|wondered|wondering)\\s+(?:why|how|whether)|(?:questioned|questioning)\\s+why)\\b[^.;]*$', re.I),
    'URGED': ('\\b(?:urged|urging|urges|calling for|called for|calls for|demanding|demanded|request(?:ed)? (?:from [^.;]{0,40})?for)\\b[^.;]{0,60}?(?:\\bto\\s+(?:be\\s+)?|\\ban? (?:interim )?order\\s+)$', re.I),
    'WARNED': ('\\b(?:warn\\w*|threat\\w*|remind\\w*|pointed out|points out|said|says|told|tells|invites?|is clear)\\b', re.I),
    'COURT_VOW': ("\\b(?:challenge|contest|fight)\\b[^.;]{0,40}?\\b(?:in|before|at) (?:a |the )?(?:[\\w-]+ ){0,2}?courts?\\b|\\bgo(?:ing)? to court\\b|\\btake (?:[\\w’'-]+ ){1,3}?to (?:a |the )?(?:[\\w-]+ ){0,2}?(?:court|judge|tribunal)\\b|\\bsue\\b|\\bchallenge (?:it|this|that|the (?:order|law|decision|ban))\\b", re.I),
    'GENERIC': ('\\b(?:where|whenever|wherever|every|always|any|because|as required|as the law requires|lawful|that (?:broke|breaks|break|violat\\w+|clearly|calls?))\\b', re.I),
    'PETITION': ('\\b(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+)?petition\\b[^.;]{0,120}?\\b(?:gathered|collected|drew|attracted|passed|reached|topped|garnered|crossed)\\s+(?:more than |nearly |about |over |almost |some |around )?[\\d,]+\\s+signatures\\b', re.I),
    'CHALLENGED': ('\\b(?:against|challeng(?:e|es|ed|ing)(?: to| of)?|contest(?:ed|ing)|quash(?:ed|ing)?|set(?:ting)? aside|(?:to )?(?:stay|revoke|annul|cancel))\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:(?:set|series|batch|number|list|bunch) of\\s+)?(?:[^\\s.;,]+\\s+){0,2}$', re.I),
    'CHALLENGE_WORD': ('(?:against|challeng|contest)', re.I),
    'ASKED_MEETING': ("\\b(?:ask(?:s|ed)?|request(?:s|ed)?|sought|seek(?:s|ing)?|proposed|offered)\\b(?:\\s+[\\w’'-]+){0,4}?\\s+(?:for\\s+)?(?:an?\\s+)?(?:urgent\\s+)?meet(?:ing)?\\b", re.I),
    'ASKED_AUTHORITY': ("\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:court|courts|bench|tribunal|judges?|ministry|government|regulator|authority|authorities|commission)\\s+to\\s+[a-z]+\\b", 0),
    'AFFIL_IS': ('([A-Z](?:[\\w’\'-]+|\\.) +(?:[A-Z](?:[\\w’\'-]+|\\.) +)?[A-Z][\\w’\'-]+)\\s+(?:is|serves\\s+as|has\\s+been)\\s+((?:(?:a|an|the|[A-Z][\\w-]*(?:’s|\'s))\\s+|(?=(?:[a-z][\\w-]*\\s+){0,2}(?:secretary|minister|director|head|chief|spokes\\w+|commissioner|chair\\w*)\\s+(?:of|at|for|in)\\s))[^,.;:()“”\\"\\n]{2,70}?)\\s*(?=[,.;:)])', 0),
    'GENERIC_COMPANY': ('(?:\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}|\\b(?:advises|advising|represents|representing|for|with|among)\\s+(?:[\\w-]+\\s+){0,2})$', re.I),
    'ASKED_LEAD': ('\\s*(?:when\\s+|after\\s+being\\s+)?asked\\s+(?:about|whether|if|why|how|what|when|where|who|for|on|to)\\b[^,;:“”\\"]*,', re.I),
    'BACKWARD': ('(?:That|This|Those|These)\\s+(?:was|were|is|are)\\s+(?:(the\\s+(?:words|view|verdict|message|reaction|response|answer)\\s+of)\\s+)?([^“”\\"]+?)(?:,?\\s+((?:in|on|via)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|e-?mail|post|interview|letter|message|note|blog|video|speech)\\b|speaking\\s+(?:to|at|on)\\b|writing\\s+(?:in|on)\\b)[^“”\\"]*)?\\s*[.!]?\\s*$', 0),
    'SPEECH': ('\\b(?:said|says|told|wrote|added|stated|announced|called|described)\\b', re.I),
    'SPEECH_BEFORE': ("\\b(?:said|says|told|stated|announced|wrote|added|noted|confirmed)\\b(?:\\s+[\\w’'-]+){0,4}\\s*$", re.I),
    'REPORTING': ('\\b(?:said|says|told|stated|announced|wrote|added|claimed|alleged)\\b|\\b(?:blog )?post(?:ed)?\\b', re.I),
    'ANSWER_TOLD': (',\\s+[^,;:]{0,60}?\\b(?:said|says|replied|replies|answered|told)\\b', re.I),
    'SAID_AHEAD': ('\\b(?:said|says|told|announced|stated)\\b[^.;:]*\\b(?:would|will)\\b', re.I),
    'TELL_AHEAD': ('\\b(?:would|will)\\s+(?:\\w+\\s+)?(?:publish|release|announce|speak|address|present|unveil|make\\s+public|brief|hold\\s+a\\s+(?:press|news)\\s+conference)\\b', re.I),
    'TOLD_BEFORE': ('\\b(?:said|says|saying|told|added|adding|stated|conceded|announced|claimed|insisted|wrote)\\b(?:\\s+\\w+){0,3}?\\s*(?:that\\s*)?$', re.I),
    'ORDER_VERB': ('(?:ordered|directed|asked|told|instructed|required)\\b', re.I),
    'ORDERED_BEFORE': ('\\b(?:ordered|directed|wanted|asked|told)\\s+(?:\\w+\\s+)?(?:to be\\s+)?$', re.I),
    'ISSUED_VERB': ('\\b(?:ordered|directed|instructed|asked|told|required|demanded|served|issued|sent)\\b', re.I),
    'FILED': ('\\b(?:filed|lodged|sued|petitioned)\\b', re.I),
    'VOWED': ('\\b(?:vow(?:s|ed)?|threaten(?:s|ed)?|prepared|preparing|considering)\\b', re.I),
    'COMPLIED': ('(?:(?:has|have|had)\\s+)?(?:(?:fully|partly|partially)\\s+)?(?:complied|acted on|actioned|obeyed)\\b', re.I),
    'COUNTED_ISSUED': ('(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\w-]+\\s+)?(?:orders?|directions?|directives?)\\s+issued\\b', re.I),
    'ISSUED_SPAN': ('(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\w-]+\\s+)?(?:orders?|directions?|directives?)\\s+issued\\b(?:\\s+(?:by|under|to|from|against)\\s+[^,.;()]{1,80}?)?\\s+$', re.I),
    'MODIFIED_NOUN': ('\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:order|orders|ruling|judgment|judgement|decision|notice|directive|ban|block|editorial|statement|letter|hearing|meeting|report|post|episode|deadline|request|requests)\\b', 0),
    'REPORT': ('\\b(?:report|figures|transparency|statistics)\\b', re.I),
    'DOCUMENT_SAID': ('\\s*In (?:a|an|its|their|his|her) (?:[\\w-]+ ){0,3}(?:post|note|letter|e-?mail|memo)\\b', re.I),
    'HYPOTHETICAL': ("\\b(?:could|might|may|can)\\s+(?:still\\s+|also\\s+|yet\\s+|even\\s+|then\\s+)?(?:be\\s+)?$|\\b(?:(?:is|are|was|were) entitled|allows?|allowed|lets|enables?|empowers?)\\s+(?:[\\w’'-]+\\s+){0,3}?to\\s+$|\\bthreaten(?:s|ed|ing)?\\s+to\\s+(?:have\\s+|get\\s+)?(?:[\\w’'-]+\\s+){0,3}?$", re.I),
    'DISMISSED_CLAIM': ("\\s+(?:the|those|these|this|that|such|its|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:criticisms?|findings?|claims?|allegations?|accusations?|reports?|note|concerns?|arguments?|remarks?|comments?|suggestions?|statements?|letter|fears|speculation|rumou?rs?|assertions?)\\b", re.I),
    'COURT_RECORD': ('(?:the\\s+)?court\\s+(?:papers|filings?|records|documents)', re.I),
}
NEW_GROUPS = ("asked_verbs", "asked_why_verbs", "urged_verbs", "urged_requests", "warned_words", "court_vow_verbs",
              "court_vow_phrases", "court_vow_forums", "court_vow_objects", "generic_words", "generic_that_words",
              "petition_verbs", "challenged_words", "challenged_undoing", "challenged_infinitives", "challenged_sets",
              "meeting_request_verbs", "asked_authorities", "affil_is_posts", "generic_company_verbs",
              "asked_lead_verbs", "backward_reactions", "backward_media",
              # the further lists: events.py's speech, order and filing verbs, document nouns, permission verbs
              "speech_verbs", "speech_before_verbs", "reporting_verbs", "answer_verbs", "said_ahead_verbs",
              "tell_ahead_verbs", "told_before_verbs", "order_verbs", "ordered_before_verbs", "issued_verbs",
              "filed_verbs", "vowed_words", "complied_verbs", "counted_documents", "modified_nouns", "report_words",
              "document_said_media", "permission_verbs", "dismissed_claims", "court_records")
ACTORS_RULES = ("ASKED_AUTHORITY", "AFFIL_IS", "GENERIC_COMPANY", "ASKED_LEAD", "BACKWARD", "DISMISSED_CLAIM", "COURT_RECORD")

# made-up sentences and phrases in the project's words, per rule: at least 3 the old rule matches and 1 it does not
TEXTS = {
    "ASKED": ["Asked why the accounts were withheld, ", "She wondered how the order ", "questioned why the posts ",
              "Questioning whether the ministry ", "asked the ministry to ", "Asking whether it would comply; the company "],
    "URGED": ["urged the ministry to ", "called for the accounts to be ", "requested from the High Court for an interim order ",
              "Demanding an order ", "urged restraint. The ministry was asked to ", "request for the posts to be ",
              "said the posts were to be ", "Requested for them to "],
    "WARNED": ["the ministry warned that", "threatened fines", "Reminders were sent", "pointed out that", "invites",
               "it is clear", "the law allows fines", "it is clearly", "the threat", "Warn"],
    "COURT_VOW": ["would challenge the order in the High Court", "vowed to go to court", "is going to court",
                  "will take the matter to the high court", "said it would sue", "will challenge the ban",
                  "will challenge it", "will contest the fine before a court", "the court ruled",
                  "challenge the rules", "would fight it at the courts", "take it to a tribunal"],
    "GENERIC": ["removes content where required", "posts that violate local law", "as the law requires", "lawful requests",
                "accounts that calls for", "that clearly", "orders that broke", "the ministry ordered", "that violat",
                "that called", "that Breaks"],
    "PETITION": ["and a petition asking the ministry to withdraw the order had gathered more than 40,000 signatures",
                 "Their online petition crossed 12,000 signatures", "the petition reached nearly 5,000 signatures",
                 "the petition was dismissed", "a petition signed by 300 people"],
    "CHALLENGED": ["moved court against a set of blocking orders ", "challenging ten ", "a challenge to the ",
                   "asked the court to quash the ", "setting aside their ", "to revoke the batch of ",
                   "sought a stay of the ", "against to the order now ", "the ministry issued ", "Contested the  ",
                   "challenges of its ", "challenging of the blocking order "],
    "ASKED_MEETING": ["has sought an urgent meeting with the minister", "asked for a meeting", "offered to meet",
                      "requests to meet", "proposed that they meet", "met the minister", "asked about the meeting",
                      "Seeking a meeting"],
    "ASKED_AUTHORITY": [" the court to quash", " the Delhi high court to stay", " the ministry to restore",
                        " two judges to hear", " the company to remove", " the IT ministry  to lift", " the Court to stay",
                        " the courts to act"],
    "AFFIL_IS": ["Tomas Hadrava is joint secretary at Kestria's Ministry of Communications.",
                 "Omar Diaz is Whisperline's head of policy.", "Nora Quell is chairwoman of the board.",
                 "Lena Korvac is spokesperson for the group, she said", "Ivo Dern is chief of staff at the ministry.",
                 "Ivo Dern is tired of the order.", "Mara Holt is chair of the panel.", "Mara Holt is spokes of the panel."],
    "GENERIC_COMPANY": ["a partner at a Mumbai ", "a lawyer who advises technology ", "who represents two ", "works for ",
                        "the company ", "Representing ", "advising the "],
    "ASKED_LEAD": ["Asked about the order, ", "When asked whether it would comply, ", "after being asked why, ",
                   "asked the ministry, ", "Asked for comment, ", "  asked  to respond, "],
    "BACKWARD": ["That was Sara Lindqvist, Pingwave's head of public policy, in a statement emailed to newsrooms.",
                 "Those were the words of Ivo Dern.", "This was the verdict of the review board",
                 "That was the ministry, speaking to reporters.", "That was X in an e-mail to staff.",
                 "Those words were his.", "That was Ivo Dern, on his blog!", "These are the claims of Nora Quell."],
    "SPEECH": ["the ministry said", "Koo wrote", "It Described the order", "called it unlawful", "the saying goes",
               "recalled the posts"],
    "SPEECH_BEFORE": ["said on Monday that ", "the ministry confirmed on ", "Noted ",
                      "said that the company, which had long ", "the order of "],
    "REPORTING": ["said on", "posted on", "in a blog post", "alleged", "the order", "Claimed", "the poster"],
    "ANSWER_TOLD": [", the ministry said", ", X replied", ", answered the minister", "; the ministry said",
                    ", it would comply"],
    "SAID_AHEAD": ["said it would review the order", "told reporters it will", "Announced that the ministry would",
                   "said the order was final.", "said; it would"],
    "TELL_AHEAD": ["would publish the list", "will  hold a  press conference", "would make   public", "will soon brief",
                   "would comply", "will hold a rally", "will hold a news conference"],
    "TOLD_BEFORE": ["said that ", "told reporters it ", "insisted ", "Conceded that  ", "the order ", "saying the two "],
    "ORDER_VERB": ["ordered", "Directed to", "told", "tolled", "issued", "required"],
    "ORDERED_BEFORE": ["ordered the posts to be ", "asked ", "wanted them ", "issued the posts ", "told to be "],
    "ISSUED_VERB": ["has ordered X", "served a notice", "sent", "suspended access", "Demanded"],
    "FILED": ["filed a petition", "Sued", "petitioned the court", "will file"],
    "VOWED": ["vowed to", "threatens", "preparing", "vowing", "threatening", "Vow"],
    "COMPLIED": ["has complied", "had partly acted on", "actioned", "acted  on", "comply", "Obeyed"],
    "COUNTED_ISSUED": ["ten orders issued", "3 emergency directions issued", "twelve directive issued", "orders issued",
                       "1,200 Directives issued"],
    "ISSUED_SPAN": ["ten orders issued by the ministry ", "3 directions issued ", "five orders issued by X.",
                    "two orders issued against ", "six orders issued  "],
    "MODIFIED_NOUN": [" ruling", " blocking order", " Ruling", " court hearing", " episode of", " thing",
                      " orders", " two weekly requests"],
    "REPORT": ["transparency report", "Figures", "statistics show", "the order"],
    "DOCUMENT_SAID": ["In a post on Tuesday", "In its internal e-mail", "In their memo", "In a statement",
                      "In an email"],
    "HYPOTHETICAL": ["the law allows the ministry to ", "is entitled to ", "Empowers officials to ", "could be ",
                     "allowing it to ", "were entitled  to ", "lets them to "],
    "DISMISSED_CLAIM": [" the findings", " those claims of bias", " its  rumours", " the petition", " his rumor",
                        " the charges"],
    "COURT_RECORD": ["court papers", "the court filings", "Court Records", "court orders", "the  court  filing"],
}


def test_new_groups_are_known_and_filled():
    assert set(NEW_GROUPS) <= set(actors.VOCABULARY_GROUPS)
    assert all(actors.vocabulary(g) for g in NEW_GROUPS)
    assert {"warned_words", "generic_that_words", "affil_is_posts"} <= set(actors.VOCABULARY_STEM_GROUPS)
    # the old 'warn\w*' is 'warn' and 'warn*'; 'violat\w+' is 'violat*'; 'chair\w*' is 'chair' and 'chair*'
    assert {"warn", "warn*", "threat", "threat*", "remind", "remind*"} <= set(actors.vocabulary("warned_words"))
    assert "violat*" in actors.vocabulary("generic_that_words") and "violat" not in actors.vocabulary("generic_that_words")
    assert {"spokes*", "chair", "chair*"} <= set(actors.vocabulary("affil_is_posts"))


def test_unchanged_pattern_strings():
    # where the old alternation was plain words, the rebuilt pattern is the old string itself
    for name in ("ASKED", "PETITION"):
        assert getattr(events, name).pattern == OLD_REGEXES[name][0]
    assert actors.GENERIC_COMPANY.pattern == OLD_REGEXES["GENERIC_COMPANY"][0]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_rebuilt_regexes_find_what_the_old_ones_found(name):
    new = getattr(actors if name in ACTORS_RULES else events, name)
    pattern, flags = OLD_REGEXES[name]
    old = re.compile(pattern, flags)
    assert_same_matches(new, old, TEXTS[name])


def test_challenge_word_reads_a_challenged_match_as_before():
    # CHALLENGE_WORD is asked only of a CHALLENGED match's text: does it open with a challenge (not 'quash', 'stay')?
    old = re.compile(*OLD_REGEXES["CHALLENGE_WORD"])
    seen = set()
    for text in TEXTS["CHALLENGED"]:
        for start in range(len(text)):
            ch = events.CHALLENGED.search(text[start:])
            if ch:
                assert bool(events.CHALLENGE_WORD.match(ch.group())) == bool(old.match(ch.group())), ch.group()
                seen.add(bool(old.match(ch.group())))
    assert seen == {True, False}


def test_asked_pre_check_holds_a_word_of_every_match():
    # the pre-check before ASKED looks for one of ASKED_WORDS in the lower-cased sentence: every match holds one
    assert set(events.ASKED_WORDS) == set(actors.vocabulary("asked_verbs")) | set(actors.vocabulary("asked_why_verbs"))
    for text in TEXTS["ASKED"]:
        if events.ASKED.search(text):
            assert any(w in text.lower() for w in events.ASKED_WORDS), text


# a word for each moved group; copies of helpers.events and helpers.actors are built from a copy of the lexicon folder
ADDED = """asked_verbs,pondered,test
asked_why_verbs,queried,test
urged_verbs,pressed for,test
urged_requests,petitioned,test
warned_words,caution*,test
court_vow_verbs,appeal,test
court_vow_phrases,take legal action,test
court_vow_forums,ombudsman,test
court_vow_objects,rules,test
generic_words,by default,test
generic_that_words,infring*,test
petition_verbs,surpassed,test
challenged_words,appealing,test
challenged_undoing,overturn,test
challenged_infinitives,suspend,test
challenged_sets,tranche,test
meeting_request_verbs,invited,test
asked_authorities,speaker,test
affil_is_posts,registrar,test
generic_company_verbs,serves,test
asked_lead_verbs,questioned,test
backward_reactions,reply,test
backward_media,podcast,test
speech_verbs,remarked,test
speech_before_verbs,remarked,test
reporting_verbs,disclosed,test
answer_verbs,responded,test
said_ahead_verbs,indicated,test
tell_ahead_verbs,go public,test
told_before_verbs,admitted,test
order_verbs,mandated,test
ordered_before_verbs,instructed,test
issued_verbs,mandated,test
filed_verbs,instituted,test
vowed_words,pledged,test
complied_verbs,implemented,test
counted_documents,notices,test
modified_nouns,verdict,test
report_words,disclosures,test
document_said_media,newsletter,test
permission_verbs,authorises,test
dismissed_claims,predictions,test
court_records,transcripts,test
"""

# rule, text, how: the grown rule finds it (search, or match for the rules read with match), the shipped one does not
REACHED = [
    ("ASKED", "She pondered why the posts ", "search"),
    ("ASKED", "The MP queried why the posts ", "search"),
    ("URGED", "pressed for the accounts to be ", "search"),
    ("URGED", "petitioned for the accounts to be ", "search"),
    ("WARNED", "the ministry cautioned platforms", "search"),
    ("COURT_VOW", "would appeal the order in the High Court", "search"),
    ("COURT_VOW", "vowed to take legal action", "search"),
    ("COURT_VOW", "will take the matter to the ombudsman", "search"),
    ("COURT_VOW", "will challenge the rules", "search"),
    ("GENERIC", "removes such posts by default", "search"),
    ("GENERIC", "posts that infringe copyright", "search"),
    ("PETITION", "the petition surpassed 10,000 signatures", "search"),
    ("CHALLENGED", "appealing the ", "search"),
    ("CHALLENGED", "asked the court to overturn the ", "search"),
    ("CHALLENGED", "to suspend the ", "search"),
    ("CHALLENGED", "against a tranche of blocking orders ", "search"),
    ("ASKED_MEETING", "invited the minister to a meeting", "search"),
    ("ASKED_AUTHORITY", " the speaker to intervene", "match"),
    ("AFFIL_IS", "Mara Holt is registrar of the Drevan Press Council.", "search"),
    ("GENERIC_COMPANY", "a lawyer who serves technology ", "search"),
    ("ASKED_LEAD", "Questioned about the order, ", "match"),
    ("BACKWARD", "That was the reply of Ivo Dern.", "group1"),  # BACKWARD always matches; the 'words of' form is group 1
    ("BACKWARD", "That was Ivo Dern on a podcast.", "group3"),  # and the medium after the speaker group 3
    ("SPEECH", "the minister remarked", "search"),
    ("SPEECH_BEFORE", "remarked on Monday that ", "search"),
    ("REPORTING", "disclosed on", "search"),
    ("ANSWER_TOLD", ", the ministry responded", "search"),
    ("SAID_AHEAD", "indicated it would review the order", "search"),
    ("TELL_AHEAD", "would go  public", "search"),
    ("TOLD_BEFORE", "admitted that ", "search"),
    ("ORDER_VERB", "mandated to block", "match"),
    ("ORDERED_BEFORE", "instructed them to be ", "search"),
    ("ISSUED_VERB", "has mandated X to block", "search"),
    ("FILED", "instituted a suit", "search"),
    ("VOWED", "pledged to go to court", "search"),
    ("COMPLIED", "had implemented", "match"),
    ("COUNTED_ISSUED", "five notices issued", "search"),
    ("ISSUED_SPAN", "five notices issued by the ministry ", "search"),  # built from COUNTED_ISSUED's pattern
    ("MODIFIED_NOUN", " verdict", "match"),
    ("REPORT", "its disclosures", "search"),
    ("DOCUMENT_SAID", "In its newsletter", "match"),
    ("HYPOTHETICAL", "the act authorises the ministry to ", "search"),
    ("DISMISSED_CLAIM", " the predictions", "match"),
    ("COURT_RECORD", "court transcripts", "fullmatch"),
]


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    return grown_modules(tmp_path_factory, ADDED, "lexmove5", events, actors)


def test_every_added_word_has_a_sentence():
    assert [line.split(",")[0] for line in ADDED.splitlines()] == list(NEW_GROUPS)
    assert {name for name, _, _ in REACHED} == set(TEXTS) == set(OLD_REGEXES) - {"CHALLENGE_WORD"}


@pytest.mark.parametrize("name, text, how", REACHED)
def test_a_word_added_reaches_its_rule(grown, name, text, how):
    module = "actors" if name in ACTORS_RULES else "events"
    mine, shipped = getattr(grown[module], name), getattr(actors if module == "actors" else events, name)
    if how == "search":
        assert mine.search(text) and not shipped.search(text)
    elif how == "match":
        assert mine.match(text) and not shipped.match(text)
    elif how == "fullmatch":
        assert mine.fullmatch(text) and not shipped.fullmatch(text)
    else:
        group = int(how[-1])
        assert mine.match(text).group(group) and not shipped.match(text).group(group)


def test_asked_pre_check_reads_the_added_words(grown):
    assert {"pondered", "queried"} <= set(grown["events"].ASKED_WORDS)
    assert not {"pondered", "queried"} & set(events.ASKED_WORDS)


def test_an_added_challenge_word_opens_a_challenge(grown):
    # a word added to challenged_words is a challenge for counted_issued too ('appealing ten orders issued by')
    ch = grown["events"].CHALLENGED.search("appealing ten ")
    assert ch and grown["events"].CHALLENGE_WORD.match(ch.group())
    assert not events.CHALLENGE_WORD.match("appealing ten ")
    # an undoing word is not ('to overturn ten orders issued by' needs the orders dated, as 'to quash')
    ch = grown["events"].CHALLENGED.search("to overturn ten ")
    assert ch and not grown["events"].CHALLENGE_WORD.match(ch.group())


def test_a_stem_row_needs_a_letter_more(grown):
    assert grown["events"].WARNED.search("issued a caution") is None  # 'caution*': that beginning and one letter more
    assert grown["events"].WARNED.search("cautioning platforms")
    assert not grown["events"].GENERIC.search("posts that infring")
    assert grown["events"].GENERIC.search("posts that infringed")
