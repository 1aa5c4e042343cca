"""Session 29 (lexmove): the domain vocabulary of helpers.actors and helpers.events (Python constants, and word
alternations written inside regexes) is read from data/lexicons/vocabulary.csv (columns group, word, reason).

The expected values below are the literals the constants held in code before the move (main 8583345): the loader must
give the same words, in the same order where the constant is a tuple, and of the same type."""
import re

import pytest

from conftest import load_vocabulary
from helpers import actors, events

OLD = {
    'FILINGS': {'petition', 'plea', 'suit', 'lawsuit', 'filing', 'appeal', 'complaint', 'writ petition', 'submission'},
    'LITIGATION_VERBS': ('moved', 'approached', 'petitioned', 'sued', 'filed', 'asked', 'challenged', 'appealed',
                         'went'),
    'PUBLICATIONS': {'post', 'blog', 'blog post', 'statement', 'tweet', 'thread', 'release', 'press release'},
    'TITLE_SPOKES': frozenset({'Spokesperson', 'Spokesman', 'Spokeswoman'}),
    # lexmove2: AFFIL_BEFORE's whole word list now (its pre-check and its regex; was 'spokes', 'founder', 'chair' only)
    'AFFIL_BEFORE_WORDS': ('minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head',
                           'director', 'founder', 'co-founder', 'executive', 'ceo', 'counsel', 'commissioner', 'official',
                           'officer', 'regulator', 'MP', 'lawmaker', 'chair', 'chairman', 'chairwoman'),
    'AFFIL_LEAD_POSTS': frozenset({'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head',
                                   'director', 'founder', 'co-founder', 'executive', 'ceo', 'counsel', 'commissioner',
                                   'official', 'officer', 'regulator', 'lawmaker', 'chair', 'chairman', 'chairwoman',
                                   'president', 'governor', 'judge', 'justice'}),
    # lexmove2: the first words of STATE_BODIES' phrases ("telecom regulator", "telecoms regulator")
    'STATE_BODY_WORDS': ('regulator', 'watchdog', 'agency', 'authority', 'commission', 'ministry', 'censor', 'telecom',
                         'telecoms'),
    'COMMITTEE_WORDS': frozenset({'committee', 'committees', 'panel', 'standing committee', 'select committee'}),
    'OBJECT_SPEECH_VERBS': frozenset({'warned', 'warns', 'told', 'tells', 'reminded', 'reminds', 'assured', 'assures',
                                      'informed', 'informs', 'notified', 'notifies', 'advised', 'advises', 'cautioned',
                                      'cautions'}),
    'TOPIC_WORDS': ('familiar with', 'close to', 'briefed on', 'aware of', 'with knowledge of', 'following', 'seen by',
                    'reviewed by', 'obtained by'),
    'CONTINUING_VERBS': {'added', 'adds', 'continued', 'continues'},
    'REPLY_VERBS': {'replied', 'replies', 'responded', 'responds', 'hit back', 'hits back'},
    'THREAT_VERBS': frozenset({'threatened', 'threatens'}),
    'PRESENT_VERBS': frozenset({'says', 'tells', 'adds', 'insists', 'argues', 'warns', 'urges', 'accuses', 'denies'}),
    'DISMISS_VERBS': frozenset({'dismissed', 'dismisses'}),
    'LETTERS': {'letter'},
    'AUTHORED_DOCUMENTS': frozenset({'notice', 'letter', 'affidavit', 'notification', 'readout'}),
    'HOST_ROLES': {'host', 'presenter', 'moderator', 'anchor', 'interviewer'},
    'QUESTION_LABELS': {'q', 'question', 'interviewer', 'q.'},
    'ASKER_LABELS': {'reporter', 'journalist', 'correspondent'},
    'SECTION_LABELS': {'verdict', 'claim', 'rating', 'fact', 'facts', 'fact check', 'context', 'background', 'update',
                       'correction', 'analysis', 'summary', 'timeline', 'conclusion', 'bottom line', 'the bottom line',
                       'the verdict', 'the claim', 'the facts', 'explainer', 'takeaway', "editor's note",
                       'editor’s note'},
    'ANSWER_LABELS': {'a', 'a.', 'answer'},
    'PAST_MARK_WORDS': ('former', 'then-', 'ex-', 'retired', 'onetime', 'one-time', 'erstwhile'),
    'ADDRESSEES': frozenset({'reporters', 'reporter', 'journalists', 'journalist', 'the media', 'the press'}),
    'STATE_DOCUMENTS': frozenset({'order', 'blocking order', 'direction', 'directive', 'ruling', 'judgment',
                                  'judgement', 'decree', 'injunction'}),
    'HEADLINE_ACTS': frozenset({'threatens', 'vows'}),
    'SPOKES_WORDS': frozenset({'spokesperson', 'spokesman', 'spokeswoman'}),
    'HEADLINE_ACT_VERBS': frozenset({'vows', 'vow'}),
    'POSTING_VERBS': frozenset({'posted', 'tweeted'}),
    'HIT_BACK_VERBS': {'hit back', 'hits back'},
    'SET_OUT_VERBS': {'set out its', 'sets out its', 'set out their', 'sets out their'},
    'PLURAL_NOUN_VERBS': frozenset({'posts', 'claims', 'remarks'}),
    'POSTED_VERBS': frozenset({'posted'}),
    'CENTRE_WORDS': frozenset({'centre', 'the centre'}),
}
# the regexes whose word alternations are now built from the file, as written before the move (module.CONSTANT:
# the pattern string; PERSON_NOUNS is a string)
OLD_PATTERNS = {
    "actors.TITLE_ON_TOPIC": (r"((?:’s|'s)\s+(?:[\w-]+\s+){0,3}?(?:chief|head|director|spokesperson|spokesman|spokeswoman|"
                              r"executive|founder|boss|counsel|lawyer|officer|manager))\s+on\s+.*$"),
    "events.SCHEDULING": (r"\b(?:(?:has|have|had) (?:scheduled|set)\b[^.;]{0,40}?\bfor|(?:listed|posted) (?:the|its) (?:case|matter|appeal|petition|plea)\b[^.;]{0,40}?\b(?:for|on)|"
                          r"(?:scheduled|set|fixed) (?:a|the|its) (?:[\w-]+ ){0,2}?hearings? (?:for|on)|hearings? (?:[^.;:]{0,80}?)?(?:is|are) (?:now |also )?(?:scheduled|set|fixed|listed) for|(?:ready|willing|invited|offered|asked|agreed) "
                          r"(?:\S+ ){0,5}?to (?:meet|return to|appear before)|to (?:a|the) (?:hearing|meeting|session)|"
                          r"(?:called|planned|announced|organi[sz]ed) (?:a|an) (?:[\w-]+ ){0,2}?(?:protest|rally|march|demonstration|strike|vigil|sit-in)s?\b[^.;]{0,60}?\bfor)\b"),
    "actors.LITIGATION": (r"\s+(?:\w+\s+){0,3}?(?:(?:moved|approached|petitioned|sued|filed|asked|challenged|appealed|went\s+to)"
                          r"\s+(?:\w+\s+){0,3}?(?:court|bench|tribunal|petition|plea|suit|lawsuit|appeal|complaint)\b|sued\b)"),
    "actors.PLATFORM_BOARD": (r"\b[A-Z][\w-]*(?:’s|'s)\s+(?:[\w-]+\s+){0,2}board\b|\bboard\s+of\s+(?:the\s+)?(?:[\w.-]+\s+)"
                              r"{0,3}(?:platform|app|company|network|service|site)\b"),
    "actors.PERSON_NOUNS": (r"(?:engineer|researcher|analyst|expert|specialist|consultant|architect|designer|scientist|lawyer|activist)s?\b"),
    "actors.AFFIL_LAWYER": (r"\b(?:lawyer|advocate|counsel|attorney|solicitor|barrister)s?\b"),
    "actors.OPERATOR": (r"(?<![\w-])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+),\s+(?:(?:a|an|the)\s+[^,;\n]{0,40}?\b)?(?:that|which)\s+"
                        r"(?:runs|operates|owns|hosts|ran|operated|owned|hosted|makes|made|develops|developed)\s+"
                        r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:site|website|service|app|platform|encyclopedia|network|messenger)\b"),
    "actors.MEDIUM_PHRASE": (r"\b(?:in|on|via|through)\s+(?:a|an|its|his|her|their|the)\s+[\w -]{0,30}?(?:statement|post|blog|tweet|letter|reply|response|note|filing)s?\b"),
    "actors.ASIDE": (r"\s*(?:meanwhile|however|though|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part|in\s+response|"
                     r"in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+){0,2}(?:statement|post|reply|response|letter|tweet|note|filing))\s*"),
    "actors.WORDS_POSTED": (r"[^,.;]*?(?::|\bthat\b|“Q”|\bon\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:blog|account|channel|page|website|site|handle|feed)\b)"),
    "actors.LAWYER_APPOSITION": (r"\s*the\s+(?:[\w-]+\s+)?(?:lawyer|advocate|counsel|attorney)\s*"),
    "actors.PAST_WORK": (r"\b(?:(?:earlier|past|previous|prior|other|former|several|many)\s+(?:cases|matters|disputes|suits)"
                         r"|in\s+the\s+past|previously|formerly|once)\b"),
    "actors.NOTICE_SEEN": (r"\b(?:saw|see|sees|seeing|shown|shows|showed|displayed|displays|greeted\s+(?:by|with)|"
                           r"met\s+with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:notice|message|banner|notification)\b"
                           r"|\bread\s+the\s+(?:notice|message|banner|notification)\b"),
    "actors.SERVED_SAYING": (r"\b(?:served|sent)\s+(?:[\w’'.-]+\s+){1,3}?(?:with\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:notice|letter|warning|directive|note|memo|summons)\s*,?\s*$"),
    "actors.QUICK_TO": (r"\bquick\s+to\s+(?:criticise|criticize|question|denounce|condemn|slam|pounce|welcome|praise)\b"),
    "actors.PHOTO_CREDIT": (r"^\(?\s*(?:file\s+)?(?:photo|photograph|picture|image|pic)s?\b"),
    "actors.TRANSCRIPT_PRESENTER": (r"\b(?:presented|hosted|moderated|anchored)\s+by\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
                                    r"|\b(?:host|presenter|anchor|moderator)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"),
    "events.ORDERED_OBJECT": (r"\b(?:accounts|posts|tweets|content|handles|videos|channels|clips|tag|label|material|pages|urls)\s+"
                              r"(?:(?:that|which)\s+)?(?:it|they|the [\w-]+(?: [\w-]+)?|[\w-]+)\s+(?:had\s+|has\s+|have\s+)?"
                              r"(?:been\s+|also\s+|earlier\s+|repeatedly\s+)*$"),
    "events.RULING_OBJECT": (r"\b(?:dismissed|rejected|quashed|upheld|threw out|tossed out|struck down)\s+(?:a|an|the|its|their|[\w.-]+['’]s)\s+"
                             r"(?:[\w-]+\s+)?(?:petition|appeal|plea|suit|lawsuit|challenge)\b"),
    "events.NOTICE_TEXT": (r"\b(?:notice|message|line|banner|label|screen)\b[^.;]{0,40}?\b(?:saying|said|says|that read|read|reads|reading|stating)\b[^.;]{0,50}$"),
    "events.AFTER_GATHERING": (r"after (?:the|its|a|this|that|their) (?:[\w-]+ ){0,2}(?:hearing|meeting|talks|session|sitting)s?\b"),
    "events.TALKS_NOUN": (r"(?:talks|dialogue|negotiations|discussions)\b"),
    "events.NOUN_PARTICIPLE": (r"\b(?:orders|directions|notices|requests|demands|lists|posts|accounts|tweets)\s+"
                               r"(?:issued|sent|served|made|received|filed|placed|published)(?:\s+(?:by|to|from|under)\s+[^,.;]{1,50}?)?\s+$"),
    "events.SCHEDULED_FOR": (r"\b(?:hearing|session|meeting|matter|case|appeal|talks)\s+(?:[\w’'-]+\s+){0,2}?(?:for|on)\s+$"),
}


@pytest.mark.parametrize("name", sorted(OLD))
def test_constant_is_the_old_literal(name):
    new, old = getattr(actors, name), OLD[name]
    assert type(new) is type(old)
    assert new == old
    if isinstance(old, tuple):  # the order of a tuple is the file order (gates and alternations iterate it)
        assert list(new) == list(old)


def test_every_group_is_in_the_file_and_used():
    groups = actors.vocabulary_groups()
    assert set(groups) == set(actors.VOCABULARY_GROUPS)
    assert all(groups[g] for g in actors.VOCABULARY_GROUPS), "a group with no rows"
    # (the groups added by lexmove2 are tests/test_lexmove2.py's)
    assert {n.lower() for n in OLD} | {n.split(".")[1].lower() for n in OLD_PATTERNS} <= set(actors.VOCABULARY_GROUPS)


@pytest.mark.parametrize("name", sorted(OLD_PATTERNS))
def test_regexes_built_from_the_file_are_the_old_patterns(name):
    module, constant = name.split(".")
    new = getattr({"actors": actors, "events": events}[module], constant)
    assert (new if isinstance(new, str) else new.pattern) == OLD_PATTERNS[name]


def test_alternation_keeps_file_order_and_leaves_hyphens_bare():
    assert actors.vocabulary_alternation("scheduling") == "protest|rally|march|demonstration|strike|vigil|sit-in"
    assert actors.TITLE_ON_TOPIC.flags & re.DOTALL


def test_the_moved_words_still_work_on_made_up_sentences():
    # a protest set ahead (events.SCHEDULING), a possessed post then its topic (actors.TITLE_ON_TOPIC)
    assert events.SCHEDULING.search("Rights groups have called a vigil outside the regulator's office for Friday.")
    assert not events.SCHEDULING.search("Rights groups have called a press conference outside the office for Friday.")
    assert actors.TITLE_ON_TOPIC.search("Brightwave's policy boss on the new takedown rules")
    assert not actors.TITLE_ON_TOPIC.search("Brightwave's new app on the store")
    # a judgement passed quickly is speech, a quick reaction is not; a participle after a document noun is no act
    assert actors.QUICK_TO.search("Opposition leaders were quick to condemn the new order")
    assert not actors.QUICK_TO.search("Opposition leaders were quick to react to the new order")
    assert events.NOUN_PARTICIPLE.search("It restored the accounts named in the directions issued by the ministry ")
    assert not events.NOUN_PARTICIPLE.search("It restored the accounts named in the rules issued by the ministry ")



def test_a_good_file_keeps_file_order_and_strips_spaces(tmp_path, monkeypatch):
    got = load_vocabulary(tmp_path, monkeypatch, "filings,petition,x\n\nfilings, affidavit ,added for a new dispute\n")
    assert got["filings"] == ("petition", "affidavit") and got["letters"] == ()


def test_alternation_escapes_a_new_word_and_never_matches_when_empty(tmp_path, monkeypatch):
    (tmp_path / "vocabulary.csv").write_text("group,word,reason\nscheduling,sit-in,x\nscheduling,go-slow (strike),y\n",
                                             encoding="utf-8")
    monkeypatch.setattr(actors.paths, "LEXICONS", tmp_path)
    actors.vocabulary_groups.cache_clear()
    try:
        assert actors.vocabulary_alternation("scheduling") == r"sit-in|go-slow\ \(strike\)"
        assert actors.vocabulary_alternation("letters") == r"(?!x)x"
    finally:
        monkeypatch.undo()
        actors.vocabulary_groups.cache_clear()


@pytest.mark.parametrize("rows, message", [
    ("filings,petition,x\nfilling,plea,a typo in the group\n", r"vocabulary\.csv: line 3: unknown group 'filling'"),
    ("filings,petition,x\n\nfilings,,no word\n", r"vocabulary\.csv: line 4: empty word in group 'filings'"),
    ("letters,letter,x\nletters,letter,again\n", r"vocabulary\.csv: line 3: 'letter' is twice in group 'letters'"),
    ("group,word\nfilings,petition\n", r"vocabulary\.csv: missing column\(s\) \['reason'\]"),
])
def test_a_bad_row_is_named_on_one_line(tmp_path, monkeypatch, rows, message):
    with pytest.raises(actors.LexiconError, match=message) as err:
        load_vocabulary(tmp_path, monkeypatch, rows, header="" if rows.startswith("group,") else "group,word,reason\n")
    assert "\n" not in str(err.value)
