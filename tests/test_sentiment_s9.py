"""Session 9 domain tone: the characterisation rule (``sentiment.CHARACTERISATION``) and the entries added to
data/lexicons/domain_sentiment.csv, one short sentence each, written so that each had another tone before.
The exceptions (NOT_CHARACTERISATIONS, "Nobody is ...") were neutral before and stay neutral: they fail if the
rule's exclusions or the "nobody is" entry are removed. Families as in data/lexicons/README.md (session 9).
"""
import pytest

from helpers import sentiment


def dom_tone(text: str) -> str:
    return sentiment.tone(sentiment.score_domain([text])[0])


CHARACTERISATIONS = [
    ('The minister called the report "a piece of theatre."', 'negative'),  # called + quotation
    ('Its lawyers call the rules “a paper wall.”', 'negative'),  # call + quotation
    ('The union, calling the notice "a fishing trip," asked for a hearing.', 'negative'),  # calling + quotation
    ('The regulator described the reply as a postcard.', 'negative'),  # described ... as
    ('The editor describes the new unit as a filter with a badge.', 'negative'),  # describes ... as
    ('Lawyers dubbed the list "the Tuesday file."', 'negative'),  # dubbed + quotation
    ('Some platforms treat our orders as paperwork.', 'negative'),  # treat ... as
]

NOT_CHARACTERISATIONS = [
    ('The ministry sent the firm what it called a final notice on Friday.', 'neutral'),  # after "what"
    ('Officials posted the list on a service called Mesh, writing "see the list."', 'neutral'),  # before a name
    ('The panel called for "a second reading" of the bill.', 'neutral'),  # called for
    ('The company described the plan in a letter.', 'neutral'),  # no "as", no quotation
]

ENTRIES = [
    ('Nobody told the users why.', 'negative'),  # nobody
    ('Nobody is banning the app.', 'neutral'),  # nobody is
    ('The union vowed to take the matter to court.', 'negative'),  # vowed
    ('The ministry said the posts were part of a coordinated campaign.', 'negative'),  # coordinated
    ('Platforms now choose which laws they follow.', 'negative'),  # choose
    ('It is choosing which orders to follow.', 'negative'),  # choosing
    ('The posts endangered the crowd at the station.', 'negative'),  # endangered
    ('The ministry has chosen to wait.', 'negative'),  # chosen
    ('The firm deliberately waited a month.', 'negative'),  # deliberately
    ('It was a deliberate slight.', 'negative'),  # deliberate
    ('We will challenge this order in the high court.', 'negative'),  # will challenge
    ('The operator said it would challenge the notice.', 'negative'),  # would challenge
    ('The app plans to challenge the notice.', 'negative'),  # to challenge
    ('We will make every effort to meet the deadline.', 'positive'),  # every effort
    ('We look forward to working with the unit.', 'positive'),  # look forward to
    ('The firm looks forward to the meeting.', 'positive'),  # looks forward to
    ('We are looking forward to the talks.', 'positive'),  # looking forward to
    ('Our door is open.', 'positive'),  # door is open
    ('We have kept the lines open with the ministry.', 'positive'),  # lines open
]

PROCEDURE_NEUTRAL = [
    ('The company removed posts that broke the law.', 'neutral'),  # broke
    ('The court told the platform to restore the accounts.', 'neutral'),  # restore
    ('The platform restores the posts after a review.', 'neutral'),  # restores
    ('The ministry asked the app to restrict the video.', 'neutral'),  # restrict
    ('The order restricts two channels.', 'neutral'),  # restricts
    ('The firm is restricting the clips in one country.', 'neutral'),  # restricting
    ('The panel looks at each account on its merits.', 'neutral'),  # merits
    ('The bench may grant a stay.', 'neutral'),  # grant
    ('The court granted the ministry two weeks.', 'neutral'),  # granted
    ('The statute grants the minister that power.', 'neutral'),  # grants
]


@pytest.mark.parametrize("text, tone", CHARACTERISATIONS)
def test_a_characterisation_is_a_rebuke(text, tone):
    """A verb of calling, describing or treating before a quotation (or "as") labels the other side: negative."""
    assert dom_tone(text) == tone


@pytest.mark.parametrize("text, tone", NOT_CHARACTERISATIONS)
def test_attributions_and_names_are_not_characterisations(text, tone):
    assert dom_tone(text) == tone


@pytest.mark.parametrize("text, tone", ENTRIES)
def test_session9_entries(text, tone):
    assert dom_tone(text) == tone


@pytest.mark.parametrize("text, tone", PROCEDURE_NEUTRAL)
def test_legal_findings_and_access_procedure_are_neutral(text, tone):
    """'broke the law' reports a finding; restore / restrict name what an order or a platform does to content."""
    assert dom_tone(text) == tone


def test_rule_is_applied_the_same_way_on_every_path_and_raw_vader_is_untouched():
    """The fast scorer, NLTK's scorer on the rewritten text and score_pair agree; raw VADER does not see the rule."""
    texts = [t for t, _ in CHARACTERISATIONS + NOT_CHARACTERISATIONS + ENTRIES + PROCEDURE_NEUTRAL]
    fast = sentiment.score_domain(texts)
    assert fast == pytest.approx(sentiment.score_domain(texts, exact_nltk=True), abs=1e-12)
    assert sentiment.score_pair(texts)[1] == fast
    assert sentiment.score_raw(texts) == sentiment.score_raw(texts, exact_nltk=True)
    _, pattern = sentiment.domain_analyzer()
    assert sentiment.rewrite_fast(texts[0], sentiment.phrase_rewriter()) == sentiment.rewrite_phrases(texts[0], pattern)
    assert sentiment.CHARACTERISATION_TOKEN in sentiment.rewrite_phrases(texts[0], pattern)
    assert sentiment.score_raw(['The minister called the report "a piece of theatre."']) == [0.0]
