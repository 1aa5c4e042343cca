"""Session 31 (lexmove6): the domain words of helpers.actors' guards INTERROGATED, FINDER_END, DECISION_OBJECT,
NAME_BEFORE_PLATFORM_NOUN, AFFIL_RUNS (and AFFIL_WHO), AFFIL_NONSTATE, SOURCE_WORDS, REPRESENTING, PUBLISHED_SAYING,
NOTICE_SEEN, FIGURE_WORDS, FIGURES, FIGURES_PRONOUN, FIGURES_PARLIAMENT, FIGURES_BY, SENT_LETTER, TRANSCRIPT_PRESENTER,
INTERVIEW_ROLE, NOT_PAST_WHO, TOLD_TO, NOUN_AFTER (and its reversed form), THAT_CLAUSE, AFFIL_APPOSITION, REPLIED_BY,
HELD_VIEW, SPOKE_TO, COMPANY_POST_LEAD, PAST_WHO_VERB, LEAVING, PAST_HELD, LEAD_DOCUMENT, DOCUMENT_PRONOUN_LEAD,
NEGATED_VERB's refusals (and its reversed form), AFFIL_NOT, LEAD_OPENER, backref_regexes' verbs, and of helpers.events'
STATE_TOLD_TO and SENT_FURTHER are groups of data/lexicons/vocabulary.csv (49 groups, from interrogated_staff to
backref_wrote_verbs in the README's table); each constant is built from its groups with
``actors.vocabulary_alternation``.

The old patterns are copied from main 11a2238: each rebuilt regex finds the same matches on made-up sentences
(finditer spans and groups, match() at every position, search() in windows up to every end); most are the old
pattern strings exactly. A word added to each group (a temporary copy of the lexicon folder and copies of
helpers.events and helpers.actors built from it) reaches its rule.
"""
import re

import pytest

from conftest import assert_same_matches, grown_modules
from helpers import actors, events

# copied from main 11a2238 (pattern, flags); the groups' words were written inside these patterns
OLD_REGEXES = {
    'DECISION_OBJECT': ('\\s+(?:its|their|the|his|her)\\s+(?:\\w+\\s+)?(?:decision|verdict|ruling|judgment|judgement|order)\\b', re.I),
    'FINDER_END': (",\\s+(?:(?:he|she|they)|(?:the\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:court|judge|bench|tribunal|magistrate|justice|commissioner|inquiry))\\s*$", re.I),
    'INTERROGATED': ("\\s+(?:(?!(?:whether|why|how|if|what|who|the\\s+need)\\b)[\\w’'-]+\\s+){0,5}?(?:employees?|executives?|staff|staffers|officials?|representatives?|officers?|managers?|workers?|people|him|her|them|heads?)\\b|\\s+(?-i:(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?[A-Z][\\w’'-]+\\s+[A-Z][\\w’'-]+)(?:\\s+(?:for|over|about|on)\\b|[\\s,.;]*$)|\\s+by\\b", re.I),
    'NAME_BEFORE_PLATFORM_NOUN': ("\\bthe\\s+([A-Z][a-z]\\w+)\\s+(?:([a-z]+)\\s+)?(?:platform|app|network|service|site)\\b(?![’'-])", 0),
    'AFFIL_RUNS': ('([A-Z](?:[\\w’\'-]+|\\.) +(?:[A-Z](?:[\\w’\'-]+|\\.) +)?[A-Z][\\w’\'-]+)\\s+((?:has\\s+(?:led|headed|run|chaired|directed)|heads|leads|runs|chairs|directs)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?(?:(?:at|of|for)\\s+(?:the\\s+)?)?[A-Z][^,.;:()“”\\"\\n]{1,60}?)\\s*(?=[,.;:()]|\\s+(?:since|for|until|from|in\\s+\\d)\\b)', 0),
    'AFFIL_NONSTATE': ('\\b(?:party|opposition|union|guild|association|campaign|ngo|rights|activists?|group|coalition|alliance|federation|chamber|bar|university|institute|think[\\s-]tank|newspaper|magazine|journalists?|reporters?|editors?|columnists?|users?|customers?)\\b', re.I),
    'SOURCE_WORDS': ('(?:(?:the|some|two|three|several|a|one)\\s+)?(?:sources?|people|persons?|officials?|executives?)', 0),
    'REPRESENTING': ('\\b(?:(?:appearing|appeared|acting|arguing|argued|speaking)\\s+(?:the\\s+(?:case|appeal|petition)\\s+)?(?:for|on\\s+behalf\\s+of)|(?:who\\s+)?(?:represents|represented|representing)|on\\s+behalf\\s+of)\\s+([^,;:()“”\\"]+)', re.I),
    'PUBLISHED_SAYING': ("\\b(?:published|posted|issued|put\\s+out|released|sent)\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:blog\\s+post|post|notice|statement|report|letter|message|note|release|tweet)(?:\\s+(?:to|on|for)\\s+[\\w’'-]+)?\\s*,?\\s*$", re.I),
    'NOTICE_SEEN': ('\\b(?:saw|see|sees|seeing|shown|shows|showed|displayed|displays|greeted\\s+(?:by|with)|met\\s+with)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}(?:notice|message|banner|notification)\\b|\\bread\\s+the\\s+(?:notice|message|banner|notification)\\b', re.I),
    'FIGURE_WORDS': ('\\b(?:figures|data|numbers|statistics|transparency\\s+reports?)\\b', re.I),
    'FIGURES': ('\\s*(?:(its|their)\\s+)?(?:(?:own|official|monthly|annual|latest|new|quarterly|weekly)\\s+)*(?:figures|data|numbers|statistics|transparency\\s+reports?)\\b(.*)', re.I | re.S),
    'FIGURES_PRONOUN': ('\\s+(?:it|they)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:gave|given|published|released|shared|provided|placed|presented|tabled|put|sent|submitted|disclosed|issued)\\b', re.I),
    'FIGURES_PARLIAMENT': ('\\s+(?:placed|tabled|presented|laid|given)\\s+(?:before|in|to)\\s+(?:the\\s+)?(?:Lok\\s+Sabha|Rajya\\s+Sabha|[Pp]arliament|[Ll]egislature|[Ss]enate|[Cc]ongress)\\b', 0),
    'FIGURES_BY': ("\\s+((?:the\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+){0,3}?)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:gave|given|published|released|shared|provided|placed|presented|tabled|submitted|disclosed|issued)\\b", 0),
    'SENT_LETTER': ('\\b(?:[Ii]n\\s+an?|(?:sent|issued|wrote|published|released|signed)\\s+an?)\\s+(?:[\\w-]+\\s+)?letter\\b', 0),
    'TRANSCRIPT_PRESENTER': ("\\b(?:presented|hosted|moderated|anchored)\\s+by\\s+((?:[A-Z][\\w’'-]+\\s+){0,2}[A-Z][\\w’'-]+)|\\b(?:host|presenter|anchor|moderator)\\s+((?:[A-Z][\\w’'-]+\\s+){0,2}[A-Z][\\w’'-]+)", 0),
    'INTERVIEW_ROLE': ('\\b(?:spoke|spoken|talked|talking|speaking|sat\\s+down)\\s+(?:to|with)\\s+((?:a|an|the)\\s+[^.,;:!?“”\\"]{2,60}?)(?=\\s+(?:on|in|at|about|last|this|earlier|hours|before|after|by)\\b|[.,;:])', 0),
    'NOT_PAST_WHO': ('\\s+(?:appointed|named|elected|promoted|hired|sworn|chosen|asked|told|quoted|speaking|interviewed|born)\\b', 0),
    'TOLD_TO': ('\\b(?:to|told|tell|tells|telling|with|briefed|briefing)\\s+(?:the\\s+|a\\s+|visiting\\s+|foreign\\s+)?$', re.I),
    'NOUN_AFTER': ('\\b(?:to|of|for|with|about|on|by|from|into|against|over|no|any|some|many|several|more|few|emailed|written|detailed|repeated|answer)\\s+$', re.I),
    'NOUN_AFTER_REV': ('\\s+(?:ot|fo|rof|htiw|tuoba|no|yb|morf|otni|tsniaga|revo|on|yna|emos|ynam|lareves|erom|wef|deliame|nettirw|deliated|detaeper|rewsna)\\b', 0),
    'STATE_TOLD_TO': ('\\b(?:ordered|directed|told|required)\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ministry|government|regulator|authority|commission|authorities|state)(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+to\\s+$', re.I),
    'SENT_FURTHER': ('\\s+(?:[\\w-]+\\s+)?(?:lists?|orders?|batch|set|directions?)\\s+of\\s+(?:about |some |nearly |over |more than )?\\d[\\d,]*', 0),
    'THAT_CLAUSE': ('(?<=\\w\\s)that\\s+(?:runs|operates|owns|represents|advises|leads|manages)\\b', re.I),
    'AFFIL_APPOSITION': ('([A-Z](?:[\\w’\'-]+|\\.) +(?:[A-Z](?:[\\w’\'-]+|\\.) +)?[A-Z][\\w’\'-]+),\\s+(?:\\d{2},\\s+)?((?:(?:a|an|the|its|who\\s+(?:heads|leads|runs|chairs|directs|is|serves\\s+as|speaks\\s+for|works\\s+(?:for|at)|became|was\\s+appointed|has\\s+(?:led|headed|run|chaired|directed)))\\s+|[A-Z][\\w-]*(?:’s|\'s)\\s+|(?=(?:[a-z][\\w-]*\\s+){0,2}(?:head|chief|director|spokes\\w+|minister|secretary|chair\\w*|president|founder|co-founder|deputy|general\\s+counsel|counsel)\\b))[^,.;:()“”\\"\\n]{2,70}?)\\s*(?=[,.;:)]|\\s+(?:said|says|told|added|wrote|argued))', 0),
    'REPLIED_BY': ('\\s+(?:responded|reacted|replied|retorted|answered|hit\\s+back|(?:opened|opens|began|begins|started|starts|closed|closes|ended|ends)(?:\\s+(?:the|its|his|her|their)\\s+[\\w-]+)?)\\s+by$', re.I),
    'HELD_VIEW': ("\\s*(?:[A-Z]\\w{0,2}:\\s+)?(?:([Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|((?:[Tt]he\\s+)?[\\w.-]+(?:\\s+[\\w.-]+){0,4}?)(?:’s|'s|s’|s'))\\s+(?:(?:official|stated|public|formal|own|legal)\\s+)?(?:view|position|stance|argument|case|contention|line|complaint|objection)(?:,[^,]{1,120},)?\\s+(?:is|was)\\s+that\\b", 0),
    'SPOKE_TO': ("\\b(?:spoke|spoken|speaks|talked|talks|talking|speaking)\\s+(?:to|with)\\s+((?:[A-Z][\\w’'-]+\\s+){0,2}[A-Z][\\w’'-]+)", 0),
    'PAST_WHO': (',\\s+who\\s+(?:had\\s+|has\\s+)?(?:previously\\s+|once\\s+|also\\s+)?(?:((?:left|quit|resigned|retired|stepped\\s+down|was\\s+(?:dismissed|sacked|fired|removed|replaced|ousted)))|(?:served|ran|headed|led|chaired|worked|was|were|had\\s+been))\\b([^,.;:\\n]*)', 0),
    'PAST_HELD': ('\\s+(?:had\\s+)?(?:chaired|headed|ran|led|served\\s+as|was|worked)\\b([^.;\\n]{0,120})', 0),
    'PAST_LEFT': ('\\s+(?:(?:left|quit|resigned|retired|stepped\\s+down|was\\s+(?:dismissed|sacked|fired|removed|replaced|ousted)))\\s+(?:from\\s+|as\\s+)?(?:the|his|her|its)\\b', 0),
    'WHO_THEN_LEFT': (',\\s+who\\s+[^.;:\\n]{0,160}?,\\s+(?:has\\s+|had\\s+)?(?:(?:left|quit|resigned|retired|stepped\\s+down|was\\s+(?:dismissed|sacked|fired|removed|replaced|ousted)))\\b', 0),
    'LEAD_DOCUMENT': ('\\s*(?:the|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,3}?(?:statement|message|letter|post|comment|reply|response|note|e-?mail|release|tweet|blog\\s+post|notice|memo)s?\\b(?:\\s*,[^:]*?,)?\\s+(?:(?:also|then|simply)\\s+)?(?:read|reads|said|says|stated|states|went|goes|ran|runs|continued|added)\\b', re.I),
    'DOCUMENT_PRONOUN_LEAD': ('It\\s+(?:reads|read|says|states|stated|runs|ran)(?:,?\\s+in\\s+part)?,?\\s*:', re.I),
    'HAS_HELD_SINCE': (',\\s+who\\s+has\\s+(?:served|ran|headed|led|chaired|worked|was|were|had\\s+been)\\b(?:(?!\\b(?:until|till|before|previously|once|then)\\b)[^,.;:\\n])*\\bsince\\b', 0),
    'LEAVING_ANY': ('(?:left|quit|resigned|retired|stepped\\s+down|was\\s+(?:dismissed|sacked|fired|removed|replaced|ousted))', 0),
    'NEGATED_VERB': ("(?:\\bnot|n[’']t|\\bnever|\\b(?:declined|declines|declining|refused|refuses|refusing)\\s+to)\\s+(?:\\w+ly\\s+|yet\\s+)?$", re.I),
    'NEGATED_VERB_REV': ("(?:\\s+yl\\w+|\\s+tey)?\\s+(?:ton\\b|t[’']n|reven\\b|ot\\s+(?:denilced|senilced|gninilced|desufer|sesufer|gnisufer)\\b)", re.I),
    'AFFIL_NOT': ('\\b(?:former|ex|retired|once|then|previously|until|onetime|one-time|erstwhile|who\\s+was)\\b', re.I),
    'LEAD_OPENER': ('(?:In|Writing|Responding|Replying|Speaking|Addressing|Answering|Through)\\b[^:]*?,\\s+\\S', 0),
    'BACKREF_SO': ("^So\\s+(?:read|reads|said|says|wrote|writes|ran|runs|went|goes)\\s+(?:(?:(?:the|his|her|its|their|that|this|those|these)\\s+|a\\s+|an\\s+)(?:[\\w’'-]+\\s+){0,2}?(?:statement|comments|response|message|passage|remarks|letter|pledge|lines|reply|words|note)\\s+(?:of|from|by)\\s+)?(?P<x>.+)", 0),
    'BACKREF_BY': ("^(?:That|This|Those|These)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:statement|comments|response|message|passage|remarks|letter|pledge|lines|reply|words|note)\\b[^.;]*?\\b(?:signed|written|sent|posted|issued)\\s+by\\s+(?P<x>.+)", 0),
    'BACKREF_WROTE': ("^(?P<x>[A-Z][^.;:]*?)\\s+(?:wrote|posted|published|issued|sent|delivered|read\\s+out|signed|gave)\\s+(?:those|these|that|this)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:statement|comments|response|message|passage|remarks|letter|pledge|lines|reply|words|note)\\b", 0),
}
# the pattern pieces kept as strings (copied from main 11a2238): each is still the old string
OLD_STRINGS = {
    'COMPANY_POST_LEAD': '(?:(?:regional|local|global|interim|acting|deputy|new)\\s+)?',
    'PAST_WHO_VERB': '(?:served|ran|headed|led|chaired|worked|was|were|had\\s+been)',
    'LEAVING': '(?:left|quit|resigned|retired|stepped\\s+down|was\\s+(?:dismissed|sacked|fired|removed|replaced|ousted))',
    'AFFIL_WHO': 'who\\s+(?:heads|leads|runs|chairs|directs|is|serves\\s+as|speaks\\s+for|works\\s+(?:for|at)|became|was\\s+appointed|has\\s+(?:led|headed|run|chaired|directed))',
}
EVENTS_RULES = ("STATE_TOLD_TO", "SENT_FURTHER")
NEW_GROUPS = ("interrogated_staff", "finder_bodies", "decision_nouns", "named_platform_nouns", "affil_runs_perfect",
              "affil_runs_present", "nonstate_affil_words", "source_nouns", "representing_verbs", "representing_cases",
              "represents_verbs", "published_saying_verbs", "published_saying_items", "notice_seen_verbs",
              "figure_words", "figure_adjectives", "figures_pronoun_verbs", "figures_parliament_verbs",
              "figures_by_verbs", "sent_letter_verbs", "presented_by_verbs", "interview_verbs", "not_past_who_verbs",
              "told_to_verbs", "told_to_modifiers", "noun_after_verbs", "state_told_verbs", "sent_further_documents",
              # further lists of actors.py
              "that_clause_verbs", "affil_apposition_posts", "affil_apposition_verbs", "replied_by_verbs",
              "held_view_adjectives", "held_view_nouns", "spoke_to_verbs", "company_post_modifiers", "past_who_verbs",
              "leaving_verbs", "dismissal_verbs", "past_held_verbs", "lead_documents", "lead_document_verbs",
              "document_pronoun_verbs", "refusal_verbs", "affil_not_marks", "lead_opener_gerunds", "backref_so_verbs",
              "backref_by_verbs", "backref_wrote_verbs")
# the rebuilt patterns that differ from the old strings: a word the old 's?', '[\s-]' or '(?:by|with)' allowed is a
# row of its own ('employees', 'employee'; 'think tank', 'think-tank'; 'chair', 'chair*'; 'email', 'e-mail'); TOLD_TO's
# 'to|with' and PAST_HELD's 'was' (grammar, in code) moved after the verbs
CHANGED = {"INTERROGATED", "AFFIL_NONSTATE", "SOURCE_WORDS", "FIGURE_WORDS", "FIGURES", "TOLD_TO", "SENT_FURTHER",
           "AFFIL_APPOSITION", "PAST_HELD", "LEAD_DOCUMENT", "AFFIL_NOT"}

# made-up sentences and phrases in the project's words, per rule: at least 3 the old rule matches and 1 it does not
TEXTS = {
    "DECISION_OBJECT": [" its decision", " the court's verdict", " Their final Ruling", " the judgement", " a decision",
                        " its order to block"],
    "FINDER_END": ["The review, the tribunal", "In its report, the high court ", ", she", ", the minister",
                   "it said, Justice", ", a three-judge bench "],
    "INTERROGATED": [" two senior executives", " the company's staff for hours", " Nora Quell for three hours", " him",
                     " whether the employees", " by MPs", " the ministry", " officials", " its heads of policy"],
    "NAME_BEFORE_PLATFORM_NOUN": ["the Chirpa platform", "the Koo microblogging app", "the Pingwave service's",
                                  "the Chirpa account", "the Vell network-wide", "The Chirpa site",
                                  "the Pingwave video service"],
    "AFFIL_RUNS": ["Renata Oberlin has led the Solmark Communications Authority since 2023.",
                   "Ivo Dern heads the Press Council, which said", "Mara Holt runs Pingwave’s policy team (left).",
                   "Ivo Dern said the Press Council would meet.", "Nora Quell chairs Kestria Digital Forum, she said"],
    "AFFIL_NONSTATE": ["president of the journalists' guild", "a think tank", "the think-tank", "the Ministry",
                       "head of a rights group", "the users", "a Customer", "barred"],
    "SOURCE_WORDS": ["two sources", "a person", "officials", "the people", "a minister", "several executives",
                     "sources", "one official"],
    "REPRESENTING": ["appearing for the petitioners", "arguing the case for Chirpa, said", "who represents Chirpa",
                     "on behalf of the ministry", "said the ministry", "Speaking on behalf of Pingwave; it"],
    "PUBLISHED_SAYING": ["The ministry issued a statement on Monday, ", "posted a blog post to Koo,",
                         "put out a short note ", "said the ministry", "Released the report for X"],
    "NOTICE_SEEN": ["users saw a notice", "were greeted by a grey banner", "read the message", "met with the minister",
                    "were Met  with the notice", "shown a withheld notification"],
    "FIGURE_WORDS": ["its own figures", "transparency reports", "the data", "the order", "Transparency  Report"],
    "FIGURES": ["its own figures it gave parliament", " their latest monthly transparency report shows",
                "new data", "the order", "its statistics"],
    "FIGURES_PRONOUN": [" it gave", " they have published", " it has put", " the ministry gave", " It Disclosed"],
    "FIGURES_PARLIAMENT": [" placed before the Lok Sabha", " tabled in Parliament", " given to the Senate",
                           " placed before the court", " laid before parliament"],
    "FIGURES_BY": [" the ministry placed", " the IT ministry has submitted", " it disclosed", " X said",
                   " the regulator gave"],
    "SENT_LETTER": ["sent a letter", "In a letter", "signed an open letter", "wrote to", "Published a letter"],
    "TRANSCRIPT_PRESENTER": ["presented by Nora Quell", "hosted by Ivo Dern Junior", "moderated by the chair", "was moderated by Ivo Dern.",
                             "Anchored by Mara Holt"],
    "INTERVIEW_ROLE": ["spoke to a senior official at the ministry on Monday.", "sat down with the minister last week",
                       "talked to Nora Quell.", "is talking with a lawyer, who"],
    "NOT_PAST_WHO": [" appointed in 2019", " named", " told", " resigned", " born"],
    "TOLD_TO": ["told ", "told visiting ", "speaking to the ", "Briefing foreign ", "said the ", "with a "],
    "NOUN_AFTER": ["did not answer ", "emailed ", "written ", "answered ", "the ", "Repeated  "],
    "STATE_TOLD_TO": ["the court ordered the Ministry of Information to ", "directed the ministry to ",
                      "Required the regulator to ", "asked the ministry to ", "ordered Chirpa to "],
    "SENT_FURTHER": [" second list of 1,178", " batch of 40", " new set of about 12", " orders of 3", " letter of 5",
                     " fresh directions of more than 200"],
    "THAT_CLAUSE": ["the non-profit that runs the site", "a firm that Advises", "the group that manages", "that runs",
                    "the firm that said"],
    "AFFIL_APPOSITION": ["Nora Quell, policy director at Pingwave, said", "Ivo Dern, the ministry's spokesman said",
                         "Mara Holt, chairwoman of the board, told", "Nora Quell, 45, general counsel at Kestria Digital, added",
                         "Ivo Dern, who heads the Press Council, said", "Ivo Dern, tired of the order, said",
                         "Mara Holt, deputy head argued"],
    "REPLIED_BY": [" The ministry responded by", " it hit  back by", " Counsel opened the hearing by", " it said by",
                   " Chirpa Replied by"],
    "HELD_VIEW": ["Twitter's view is that", "The ministry's stated position, set out in a letter last week, is that",
                  "Its official stance was that", "Pingwave’s own Line is that", "The ministry's decision is that"],
    "SPOKE_TO": ["Sokol spoke to Jonas Brekke on Radio Varn", "Its chief executive talked with Brightsignal",
                 "We are speaking to Amara Okonjo", "she spoke to reporters"],
    "PAST_WHO": [", who previously headed the authority until 2020", ", who resigned in May", ", who was sacked last year",
                 ", who has led the unit since 2019", ", who said", ", who had been minister"],
    "PAST_HELD": [" had chaired the board until 2021", " served as minister from 2010 to 2014", " was head", " worked at Pingwave",
                  " said"],
    "PAST_LEFT": [" resigned from the ministry", " stepped  down as the chair", " was sacked from his post", " left the party",
                  " said the"],
    "WHO_THEN_LEFT": [", who has run Chirrup's office since 2019, resigned on Tuesday", ", who joined in 2019, was fired",
                      ", who joined, said", ", who, quit",
                      ", who chaired the board for years, quit the party"],
    "LEAD_DOCUMENT": ["The statement, posted on its account, read", " its e-mails said", "their blog posts also read",
                      "The message added", "the order said", "Its emails ran"],
    "DOCUMENT_PRONOUN_LEAD": ["It reads, in part:", "It says:", "it Stated :", "It said:"],
    "HAS_HELD_SINCE": [", who has led public policy at Chirpline since 2022", ", who has served since May",
                       ", who has been here since", ", who has headed the unit since 2021", ", who has chaired the board until 2020 since"],
    "LEAVING_ANY": ["Ivo Dern resigned", "she stepped down", "he was ousted", "she was appointed"],
    "NEGATED_VERB": ["has not ", "declined to ", "Refusing to publicly ", "agreed to ", "it never yet ", "refuses  to", "it refuses  to "],
    "AFFIL_NOT": ["a former adviser", "ex-minister", "one-time aide", "the current adviser", "who was head",
                  "an Erstwhile ally", "exminister"],
    "LEAD_OPENER": ["Responding to the order, the company wrote", "In a statement, it said", "Speaking on Monday, X",
                    "Asked about it, X said", "responding to it, X"],
    "BACKREF_SO": ["So read the reply from Chirpa", "So said Ivo Dern", "So wrote the ministry", "Thus said X",
                   "So  goes the letter of X"],
    "BACKREF_BY": ["That pledge closes the post, which was signed by Ivo Dern", "This note was written by the ministry",
                   "Those comments were posted by Chirpa", "That letter was leaked by X"],
    "BACKREF_WROTE": ["Ivo Dern wrote those lines", "Chirpa posted that statement on its website",
                      "The ministry read  out these words", "Ivo Dern said those words"],
}


def test_new_groups_are_known_and_filled():
    assert set(NEW_GROUPS) <= set(actors.VOCABULARY_GROUPS)
    assert all(actors.vocabulary(g) for g in NEW_GROUPS)
    assert set(NEW_GROUPS) & set(actors.VOCABULARY_STEM_GROUPS) == {"affil_apposition_posts"}
    # the old "spokes\w+" and "chair\w*" (= "chair" and "chair\w+")
    assert {"spokes*", "chair", "chair*"} <= set(actors.vocabulary("affil_apposition_posts"))
    # the old 's?' forms are rows of their own, the plural first where no word boundary follows (SOURCE_WORDS)
    assert actors.vocabulary("source_nouns")[:2] == ("sources", "source")
    assert {"think tank", "think-tank", "activists", "activist"} <= set(actors.vocabulary("nonstate_affil_words"))


def test_unchanged_pattern_strings():
    for name in set(OLD_REGEXES) - CHANGED:
        assert rule(name).pattern == OLD_REGEXES[name][0], name
    # the pieces kept as strings (AFFIL_WHO inside AFFIL_APPOSITION reads the AFFIL_RUNS groups; PAST_WHO_VERB and
    # LEAVING inside PAST_WHO, PAST_LEFT, WHO_THEN_LEFT, HAS_HELD_SINCE, LEAVING_ANY) are the old strings
    for name, old in OLD_STRINGS.items():
        assert getattr(actors, name) == old, name


def module_rule(module, name):
    # the reversed forms (ENDS) and backref_regexes' patterns have no constant name of their own
    special = {"NOUN_AFTER_REV": lambda: module.NOUN_AFTER_REV, "NEGATED_VERB_REV": lambda: module.NEGATED_VERB_REV,
               "BACKREF_SO": lambda: module.backref_regexes()[1], "BACKREF_BY": lambda: module.backref_regexes()[3],
               "BACKREF_WROTE": lambda: module.backref_regexes()[4]}
    return special[name]() if name in special else getattr(module, name)


def rule(name):
    return module_rule(events if name in EVENTS_RULES else actors, name)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_rebuilt_regexes_find_what_the_old_ones_found(name):
    new = rule(name)
    pattern, flags = OLD_REGEXES[name]
    old = re.compile(pattern, flags)
    assert_same_matches(new, old, TEXTS[name])


def test_noun_after_reversed_form_still_agrees():
    # ENDS: NOUN_AFTER.search(text) is found exactly when NOUN_AFTER_REV.match(text[::-1]) is
    old = re.compile(*OLD_REGEXES["NOUN_AFTER_REV"])
    assert actors.NOUN_AFTER_REV.pattern == old.pattern
    for text in TEXTS["NOUN_AFTER"] + ["the ministry did not answer  ", "it emailed"]:
        for end in range(len(text) + 1):
            assert bool(actors.NOUN_AFTER.search(text[:end])) == bool(actors.NOUN_AFTER_REV.match(text[:end][::-1]))
    for text in TEXTS["NEGATED_VERB"]:
        for end in range(len(text) + 1):
            assert bool(actors.NEGATED_VERB.search(text[:end])) == bool(actors.NEGATED_VERB_REV.match(text[:end][::-1]))


# a word for each moved group; copies of helpers.events and helpers.actors are built from a copy of the lexicon folder
ADDED = """interrogated_staff,moderators,test
finder_bodies,ombudsman,test
decision_nouns,directive,test
named_platform_nouns,forum,test
affil_runs_perfect,managed,test
affil_runs_present,oversees,test
nonstate_affil_words,charity,test
source_nouns,insiders,test
representing_verbs,pleading,test
representing_cases,matter,test
represents_verbs,advises,test
published_saying_verbs,circulated,test
published_saying_items,memo,test
notice_seen_verbs,encountered,test
figure_words,tallies,test
figure_adjectives,half-yearly,test
figures_pronoun_verbs,compiled,test
figures_parliament_verbs,submitted,test
figures_by_verbs,compiled,test
sent_letter_verbs,drafted,test
presented_by_verbs,fronted,test
interview_verbs,chatted,test
not_past_who_verbs,nominated,test
told_to_verbs,informed,test
told_to_modifiers,local,test
noun_after_verbs,posed,test
state_told_verbs,instructed,test
sent_further_documents,tranche,test
that_clause_verbs,funds,test
affil_apposition_posts,adviser,test
affil_apposition_verbs,noted,test
replied_by_verbs,countered,test
held_view_adjectives,longstanding,test
held_view_nouns,assessment,test
spoke_to_verbs,chatted,test
company_post_modifiers,caretaker,test
past_who_verbs,managed,test
leaving_verbs,stood down,test
dismissal_verbs,axed,test
past_held_verbs,oversaw,test
lead_documents,announcement,test
lead_document_verbs,continues,test
document_pronoun_verbs,continues,test
refusal_verbs,hesitated,test
affil_not_marks,outgoing,test
lead_opener_gerunds,Reacting,test
backref_so_verbs,declared,test
backref_by_verbs,penned,test
backref_wrote_verbs,penned,test
"""
REACHED = [  # (rule, made-up text, how the code asks it)
    ("INTERROGATED", " the moderators", "match"),
    ("FINDER_END", "The complaint, the ombudsman", "search"),
    ("DECISION_OBJECT", " its directive", "match"),
    ("NAME_BEFORE_PLATFORM_NOUN", "the Chirpa forum", "search"),
    ("AFFIL_RUNS", "Renata Oberlin has managed the Solmark Communications Authority since 2023.", "search"),
    ("AFFIL_RUNS", "Renata Oberlin oversees the Solmark Communications Authority since 2023.", "search"),
    ("AFFIL_NONSTATE", "head of the charity", "search"),
    ("SOURCE_WORDS", "two insiders", "fullmatch"),
    ("REPRESENTING", "pleading for the petitioners", "match"),
    ("REPRESENTING", "arguing the matter for Chirpa", "match"),
    ("REPRESENTING", "who advises Chirpa", "match"),
    ("PUBLISHED_SAYING", "The ministry circulated a statement on Monday, ", "search"),
    ("PUBLISHED_SAYING", "The ministry issued a memo on Monday, ", "search"),
    ("NOTICE_SEEN", "users encountered a notice", "search"),
    ("FIGURE_WORDS", "its own tallies", "search"),
    ("FIGURES", "its own tallies it gave parliament", "match"),
    ("FIGURES", "its half-yearly figures", "match"),
    ("FIGURES_PRONOUN", " it compiled", "match"),
    ("FIGURES_PARLIAMENT", " submitted to Parliament", "match"),
    ("FIGURES_BY", " the ministry compiled", "match"),
    ("SENT_LETTER", "drafted a letter", "search"),
    ("TRANSCRIPT_PRESENTER", "fronted by Nora Quell", "search"),
    ("INTERVIEW_ROLE", "chatted with a senior official at the ministry on Monday.", "search"),
    ("NOT_PAST_WHO", " nominated", "match"),
    ("TOLD_TO", "informed the ", "search"),
    ("TOLD_TO", "told local ", "search"),
    ("NOUN_AFTER", "posed ", "search"),
    ("NOUN_AFTER_REV", " desop", "match"),
    ("STATE_TOLD_TO", "the court instructed the ministry to ", "search"),
    ("SENT_FURTHER", " second tranche of 200", "match"),
    ("THAT_CLAUSE", "the foundation that funds the site", "search"),
    ("AFFIL_APPOSITION", "Nora Quell, policy adviser at Pingwave, said", "search"),
    ("AFFIL_APPOSITION", "Nora Quell, policy director at Pingwave noted the order", "search"),
    ("REPLIED_BY", " The ministry countered by", "search"),
    ("HELD_VIEW", "The ministry's longstanding position is that", "match"),
    ("HELD_VIEW", "Twitter's assessment is that", "match"),
    ("SPOKE_TO", "Sokol chatted with Jonas Brekke", "search"),
    ("PAST_WHO", ", who managed the unit until 2020", "match"),
    ("HAS_HELD_SINCE", ", who has managed the unit since 2020", "match"),
    ("PAST_LEFT", " stood down as the chair", "match"),
    ("LEAVING_ANY", "Ivo Dern stood down", "search"),
    ("WHO_THEN_LEFT", ", who joined in 2019, stood down", "match"),
    ("PAST_LEFT", " was axed from the board", "match"),
    ("PAST_HELD", " oversaw the unit from 2010 to 2014", "match"),
    ("LEAD_DOCUMENT", "The announcement read", "match"),
    ("LEAD_DOCUMENT", "The statement continues", "match"),
    ("DOCUMENT_PRONOUN_LEAD", "It continues:", "fullmatch"),
    ("NEGATED_VERB", "it hesitated to ", "search"),
    ("NEGATED_VERB_REV", " ot detatiseh ti", "match"),
    ("AFFIL_NOT", "the outgoing adviser", "search"),
    ("LEAD_OPENER", "Reacting to the order, the company wrote", "match"),
    ("BACKREF_SO", "So declared Ivo Dern", "match"),
    ("BACKREF_BY", "That pledge closes the post, which was penned by Ivo Dern", "match"),
    ("BACKREF_WROTE", "Ivo Dern penned those lines", "match"),
]


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    return grown_modules(tmp_path_factory, ADDED, "lexmove6", events, actors)


def test_every_added_word_has_a_sentence():
    assert [line.split(",")[0] for line in ADDED.splitlines()] == list(NEW_GROUPS)
    assert {name for name, _, _ in REACHED} == set(TEXTS) | {"NOUN_AFTER_REV", "NEGATED_VERB_REV"} == set(OLD_REGEXES)
    # every added word but company_post_modifiers' (a string: test_an_added_post_modifier_reaches_the_post_regex)
    # has a sentence its rule now matches
    words = {line.split(",")[1] for line in ADDED.splitlines()} - {"caretaker"}
    assert all(any(w in text for _, text, _ in REACHED) or w[::-1] in "".join(t for _, t, _ in REACHED) for w in words)


def grown_rule(grown, name):
    return module_rule(grown["events" if name in EVENTS_RULES else "actors"], name)


@pytest.mark.parametrize("name, text, how", REACHED)
def test_a_word_added_reaches_its_rule(grown, name, text, how):
    mine, shipped = grown_rule(grown, name), rule(name)
    assert getattr(mine, how)(text) and not getattr(shipped, how)(text)


def test_the_grown_noun_after_still_agrees_with_its_reversed_form(grown):
    a = grown["actors"]
    for text in ["did not answer ", "the ministry posed ", "posed", "it emailed  ", "deposed "]:
        for end in range(len(text) + 1):
            assert bool(a.NOUN_AFTER.search(text[:end])) == bool(a.NOUN_AFTER_REV.match(text[:end][::-1])), text[:end]
    for text in ["it hesitated to ", "declined  to publicly ", "unhesitated to ", "hesitated to say"] + TEXTS["NEGATED_VERB"]:
        for end in range(len(text) + 1):
            assert bool(a.NEGATED_VERB.search(text[:end])) == bool(a.NEGATED_VERB_REV.match(text[:end][::-1])), text[:end]


def test_an_added_post_modifier_reaches_the_post_regex(grown):
    # COMPANY_POST_LEAD ("Kiosko's interim chief executive") is a string inside company_post_regex()
    assert re.fullmatch(grown["actors"].COMPANY_POST_LEAD, "caretaker ")
    assert not re.fullmatch(actors.COMPANY_POST_LEAD, "caretaker ") and re.fullmatch(actors.COMPANY_POST_LEAD, "interim ")


def test_an_added_runs_verb_reaches_the_appositions(grown):
    # AFFIL_WHO ('X, who heads ...') reads the same groups as AFFIL_RUNS
    assert "oversees" in grown["actors"].AFFIL_WHO and "managed" in grown["actors"].AFFIL_WHO
    assert "oversees" not in actors.AFFIL_WHO


def test_the_grown_rules_still_find_the_old_matches(grown):
    # adding a word takes nothing away: every old match is still found at the same place
    for name, texts in TEXTS.items():
        old, mine = re.compile(*OLD_REGEXES[name]), grown_rule(grown, name)
        for text in texts:
            a, b = old.search(text), mine.search(text)
            assert (a and a.start()) == (b and b.start()), (name, text)
