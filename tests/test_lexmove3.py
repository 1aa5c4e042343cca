"""Session 30 (lexmove3): the word lists written with regex syntax in helpers.actors (PUBLISHING, AFFIL_ROLE,
PERSON_WORDS, NONSTATE_POST, DISPLAYED) are groups of data/lexicons/vocabulary.csv: publishing_verbs and publications
(PUBLISHING, PUBLISHED_IN and learn_publishers' pre-check), affil_role_words, person_words, nonstate_bodies,
displayed_items and displayed_reading. A space in a phrase matches any run of spaces; in affil_role_words and
person_words a word may end in '*' ("spokes*" = ``spokes\\w+``).

The old patterns are copied from main 04b21bf: the rebuilt regexes find the same matches on made-up sentences. A word
added to each group (a temporary copy of the lexicon folder) reaches its rule, and a bad row stops the load with one
line naming the file and the line.
"""
import re

import pytest

from conftest import grown_vocabulary, load_vocabulary, module_copy
from helpers import actors

# copied from main 04b21bf (pattern, flags)
OLD_REGEXES = {
    "PUBLISHING": (r"\s+(?:[\w’'-]+\s+){0,6}?(?:said|wrote|stated|published|posted|issued|put\s+out|released|"
                   r"explained|argued)\s+(?:[\w’'-]+\s+){0,2}?(?:in\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
                   r"(?:blog\s+post|blog|post|statement|tweet|thread|press\s+release|release)\b", re.IGNORECASE),
    "PUBLISHED_IN": (r"\b[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:blog\s+post|blog|post|statement|"
                     r"tweet|thread|press\s+release|release)\b[^.;:“”\"]{0,30}?,\s+(?:the\s+)?$", 0),
    "NONSTATE_POST": (r"(?:\b(?:[Ii]ts|[Tt]heir)|\b(?:[\w-]*\s+)?(?:union|guild|association|federation|campaign|"
                      r"coalition|alliance|group|chamber|university|institute|newspaper|magazine|party|opposition)"
                      r"(?:’s|'s|s’|s'))\s+(?:[a-z][\w-]*\s+){0,2}$", 0),
    "AFFIL_ROLE": (r"\b(?:minister|secretary|spokes\w+|chief|chair\w*|director|head|heads|leads|runs|officer|official|"
                   r"lawyer|advocate|counsel|attorney|founder|co-founder|owner|executive|ceo|cto|coo|president|"
                   r"commissioner|governor|ambassador|manager|engineer|employee|staffer|adviser|advisor|deputy|aide|"
                   r"representative|negotiator|prosecutor|envoy|regulator|mp|senator|lawmaker|mayor|premier|speaks\s+for|"
                   r"has\s+(?:led|headed|run|chaired|directed)|"
                   r"works\s+(?:for|at))s?\b", re.IGNORECASE),
    "PERSON_WORDS": (r"(?:minister|secretary|judge|justice|spokes\w+|chief|chair\w*|director|head|officer|official|"
                     r"lawyer|advocate|counsel|attorney|founder|owner|executive|ceo|president|commissioner|"
                     r"governor|ambassador|analyst|expert|professor|activist|leader)s?$", re.IGNORECASE),
    "DISPLAYED": (r"\b(?:signs?|placards?|banners?|posters?|labels?|slogans?|t-shirts?|stickers?)\s+(?:reading|that\s+read|"
                  r"which\s+read)\s*:?\s*“Q”", re.IGNORECASE),
}
OLD_PUBLICATION_ENDS = ("post", "blog", "statement", "tweet", "thread", "release")  # learn_publishers' old tuple
NEW_GROUPS = ("publishing_verbs", "affil_role_words", "person_words", "nonstate_bodies", "displayed_items",
              "displayed_reading")

# made-up sentences and phrases in the project's words; each old regex matches at least one of them
TEXTS = [
    " said in a blog post on Monday", " wrote in a long   blog\npost", " on Tuesday put  out a statement",
    " issued a press release", " PUBLISHED ITS RELEASE", " later explained in their thread", " argued the post",
    " said it would comply", " announced in a newsletter", " released the tweet", " said in the release,",
    "In a blog post, the ", "in its statement on Monday, ", "In a press  release late on Friday, the ",
    "In a post. Then, ", "In their long thread, ",
    "the union's ", "The students' union’s general ", "the journalists' guild's ", "Its ", "their acting ",
    "the opposition party's chief ", "the Union's ", "the council's ", "the university's vice ",
    "a policy director at Chirpa", "the company's spokesperson", "a former chairman", "its chair", "a chairs",
    "who has led the team", "who has   headed the unit", "who works for Whisperline", "who works at Ostkom",
    "who speaks for the ministry", "an MP from Kerala", "a co-founder of Pinglet", "a rights group", "the bicycle spokes",
    "a senior engineer", "its CEOs", "a trade envoy",
    "the minister", "a Chirpa spokeswoman", "the spokespeople", "the board chairs", "the chairmen", "The Judges",
    "the head", "the heads", "a leader", "the platform", "the spokes", "the moderators",
    "held signs reading “Q”", "carried placards that read: “Q”", "a banner which  read “Q”", "T-shirts reading “Q”",
    "stickers reading: “Q”", "a sign that said “Q”", "murals reading “Q”", "the label, reading “Q”",
]


def test_new_groups_are_known_filled_and_marked():
    assert set(NEW_GROUPS) <= set(actors.VOCABULARY_GROUPS)
    assert all(actors.vocabulary(g) for g in NEW_GROUPS)
    # session 30 (lexmove4) added penalty_words (events.PENALTY's old "warn\w*" stems; tests/test_lexmove4.py)
    # and session 31 (lexmove5) warned_words, generic_that_words, affil_is_posts (tests/test_lexmove5.py), and
    # (lexmove6) affil_apposition_posts (tests/test_lexmove6.py)
    assert set(actors.VOCABULARY_STEM_GROUPS) == {"affil_role_words", "person_words", "penalty_words", "warned_words",
                                                  "generic_that_words", "affil_is_posts", "affil_apposition_posts"}
    # the '*' rows are the old "spokes\w+" and "chair\w*" (= "chair" and "chair\w+")
    for group in ("affil_role_words", "person_words"):
        assert {"spokes*", "chair", "chair*"} <= set(actors.vocabulary(group))
        assert [w for w in actors.vocabulary(group) if "*" in w] == ["spokes*", "chair*"]


@pytest.mark.parametrize("name", sorted(OLD_REGEXES))
def test_rebuilt_regexes_find_what_the_old_ones_found(name):
    new = getattr(actors, name)
    pattern, flags = OLD_REGEXES[name]
    old = re.compile(pattern, flags)
    assert new.flags == old.flags
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
               [(m.span(), m.groups()) for m in old.finditer(text)], text
        # PUBLISHING is used with match() at a mention's end, the window regexes with search() up to a mention
        assert bool(new.match(text)) == bool(old.match(text)), text
        for end in range(len(text) + 1):
            assert bool(new.search(text, 0, end)) == bool(old.search(text, 0, end)), (text, end)
    assert sum(bool(old.search(t)) for t in TEXTS) >= 3, "too few sentences exercise it"
    assert any(not old.search(t) for t in TEXTS)


def test_the_publication_pre_check_keeps_its_old_words():
    assert actors.PUBLICATION_ENDS == OLD_PUBLICATION_ENDS
    # a phrase's last word is the one the pre-check looks for, so a publication is found however it starts
    assert all(any(w.endswith(e) for e in actors.PUBLICATION_ENDS) for w in actors.vocabulary("publications"))


def test_a_star_is_one_or_more_letters_and_a_phrase_space_any_run():
    assert r"spokes\w+" in actors.vocabulary_alternation("person_words")
    assert r"has\s+led" in actors.vocabulary_alternation("affil_role_words", r"\s+")
    assert actors.PERSON_WORDS.search("a Chirpa spokeswoman") and actors.PERSON_WORDS.search("the spokespeople")
    assert not actors.PERSON_WORDS.search("the bicycle spokes")  # "spokes*" needs a letter more
    assert actors.AFFIL_ROLE.search("who has \n chaired the panel") and actors.AFFIL_ROLE.search("its chairwoman")
    assert actors.DISPLAYED.search("placards that\n read: “Q”")


def test_the_shipped_rules_still_work_through_their_callers():
    assert [m.text for m in actors.learn_publishers("Twitter said in a blog post on Monday that it would comply.")] \
        == ["Twitter"]
    assert [m.text for m in actors.learn_publishers("In a press release, Twitter said it would comply.")] == ["Twitter"]
    assert actors.learn_publishers("Twitter said on Monday that it would comply.") == []
    assert actors.nonstate_post_before("the union's president Lena Morava", 12)
    assert not actors.nonstate_post_before("the ministry's president Lena Morava", 15)


# a word for each moved list; the copy of helpers.actors is built from a copy of the lexicon folder with these rows
ADDED = """publishing_verbs,shared,test
publications,newsletter,test
affil_role_words,curator,test
person_words,moderat*,test
nonstate_bodies,council,test
displayed_items,mural,test
displayed_reading,saying,test
"""


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setattr(actors.paths, "LEXICONS", grown_vocabulary(tmp_path_factory, ADDED))
    try:
        return module_copy(actors, "lexmove3", mp)
    finally:
        mp.undo()


def test_a_publishing_verb_or_publication_added_reaches_learn_publishers(grown):
    a = grown
    for body in ("Twitter shared a blog post on Monday about the order.",
                 "Twitter said in a newsletter on Monday that it would comply.",
                 "In a newsletter, Twitter said it would comply."):
        assert [m.text for m in a.learn_publishers(body)] == ["Twitter"], body
        assert actors.learn_publishers(body) == [], body
    assert "newsletter" in a.PUBLICATION_ENDS and "newsletter" in a.PUBLICATIONS


def test_a_post_word_added_reaches_affil_role_and_person_words(grown):
    a = grown
    assert a.AFFIL_ROLE.search("a curator at the Open Archive") and not actors.AFFIL_ROLE.search("a curator at the Open Archive")
    for text in ("the moderator", "the forum moderators", "a moderation"):  # "moderat*": any longer word
        assert a.PERSON_WORDS.search(text) and not actors.PERSON_WORDS.search(text), text
    assert not a.PERSON_WORDS.search("the moderat")


def test_a_body_added_reaches_nonstate_post(grown):
    a = grown
    text = "the council's president Ana Ruiz said"
    assert a.nonstate_post_before(text, 14) and a.NONSTATE_POST.search(text, 0, 14)
    assert not actors.nonstate_post_before(text, 14)


def test_a_display_word_added_reaches_displayed(grown):
    a = grown
    for text in ("crowds stood before a mural reading “Q”", "held signs saying “Q”"):
        assert a.DISPLAYED.search(text) and not actors.DISPLAYED.search(text), text
    assert not a.DISPLAYED.search("crowds stood before murals reading “Q”")  # the plural is a row of its own



def test_a_good_star_row_loads_and_builds_a_stem(tmp_path, monkeypatch):
    got = load_vocabulary(tmp_path, monkeypatch, "person_words,moderat*,x\naffil_role_words,works for,y\n")
    assert got["person_words"] == ("moderat*",) and got["affil_role_words"] == ("works for",)


@pytest.mark.parametrize("rows, message", [
    ("person_words,chair,x\npublishing_verbs,post*,a star where none is read\n",
     r"vocabulary\.csv: line 3: 'post\*': group 'publishing_verbs' takes no '\*'"),
    ("person_words,chair,x\n\nperson_words,spo*kes,a star inside\n",
     r"vocabulary\.csv: line 4: 'spo\*kes': one '\*' may end a word"),
    ("affil_role_words,*,a star alone\n", r"vocabulary\.csv: line 2: '\*': one '\*' may end a word"),
    ("affil_role_words,chair**,two stars\n", r"vocabulary\.csv: line 2: 'chair\*\*': one '\*' may end a word"),
    ("affil_role_words,works *,a star after a space\n", r"vocabulary\.csv: line 2: 'works \*': one '\*' may end a word"),
    ("nonstate_bodies,union,x\nnonstate_bodies,guild,x\nnonstate_bodies,union,again\n",
     r"vocabulary\.csv: line 4: 'union' is twice in group 'nonstate_bodies'"),
    ("displayed_item,mural,a typo in the group\n", r"vocabulary\.csv: line 2: unknown group 'displayed_item'"),
    ("displayed_reading,,no word\n", r"vocabulary\.csv: line 2: empty word in group 'displayed_reading'"),
])
def test_a_bad_row_is_named_with_its_file_and_line(tmp_path, monkeypatch, rows, message):
    with pytest.raises(actors.LexiconError, match=message) as err:
        load_vocabulary(tmp_path, monkeypatch, rows)
    assert str(err.value).startswith(str(tmp_path / "vocabulary.csv")) and "\n" not in str(err.value)
