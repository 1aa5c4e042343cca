"""Session 8 domain-lexicon entries (data/lexicons/domain_sentiment.csv): one short sentence per entry added or changed.

Each sentence holds the entry as its only scoring word (or the word that decides the tone), so it had the
wrong tone before the entry and has the annotators' reading after it. Families as in data/lexicons/README.md.
"""
import pytest

from helpers import sentiment


SUPPRESSION_AND_SHUTDOWN = [
    ('The new rules silence reporters across the country.', 'negative'),  # silence
    ('The order silences a magazine.', 'negative'),  # silences
    ('They are shutting the service for a week.', 'negative'),  # shutting
    ('The regulator can switch off a platform overnight.', 'negative'),  # switch off
    ('The app was switched off on Monday.', 'negative'),  # switched off
    ('Switching off the network was the first step.', 'negative'),  # switching off
    ('If the app stays up, they will switch it off.', 'negative'),  # switch it off
    ('The regulator may throttle the app.', 'negative'),  # throttle
    ('The regulator throttled the app.', 'negative'),  # throttled
    ('The region faced a media blackout.', 'negative'),  # blackout
    ('The regulator slowed the app for a month.', 'negative'),  # slowed
    ('The secrecy of the process is the issue.', 'negative'),  # secrecy
    ('The process leaves users in the dark.', 'negative'),  # in the dark
    ('The blocking process is opaque.', 'negative'),  # opaque
]

ACCUSATION_AND_REBUKE = [
    ('They called the order an attempt to rewrite the record.', 'negative'),  # attempt
    ('They chose to answer with a press release.', 'negative'),  # chose
    ('It chooses not to read the letter.', 'negative'),  # chooses
    ('The firm seems to pick and choose which orders it follows.', 'negative'),  # pick and choose
    ('The company picks and chooses which rules apply.', 'negative'),  # picks and chooses
    ('The company is trying to set its own terms.', 'negative'),  # trying to
    ('The accounts spread posts about the floods.', 'negative'),  # spread
    ('The law has become a tool of the ruling party.', 'negative'),  # tool
    ('It is a power grab dressed up as procedure.', 'negative'),  # dressed up
    ('Blocking a whole account is a sledgehammer.', 'negative'),  # sledgehammer
    ('The law hands the minister a blank cheque.', 'negative'),  # blank cheque
    ('The law hands the minister a blank check.', 'negative'),  # blank check
    ('Enforcement has been selective.', 'negative'),  # selective
    ('The company keeps making excuses.', 'negative'),  # excuses
    ('The company was slow to act on the orders.', 'negative'),  # slow
    ('The minister called the claim a lie.', 'negative'),  # lie
    ('The minister called the claim an outright lie.', 'negative'),  # outright lie
    ('The clips could mislead voters.', 'negative'),  # mislead
    ('Voters were misled by the clips.', 'negative'),  # misled
    ('The film misrepresented the resettlement.', 'negative'),  # misrepresented
    ('The platform unilaterally unblocked the accounts.', 'negative'),  # unilaterally
    ('Opposition leaders slammed the blocking order.', 'negative'),  # slammed
    ('Opposition slams the blocking order.', 'negative'),  # slams
    ('Officials voiced displeasure at the timing.', 'negative'),  # displeasure
    ('The ministry conveyed its strong displeasure.', 'negative'),  # strong displeasure
    ('The orders are not consistent with the statute.', 'negative'),  # not consistent with
    ('Not one of the users was told.', 'negative'),  # not one
    ('The posts were linked to unrest in the north.', 'negative'),  # unrest
    ('Such posts endanger the public.', 'negative'),  # endanger
    ('The video endangers the public.', 'negative'),  # endangers
    ('The accounts were destabilising the country.', 'negative'),  # destabilising
    ('The accounts were destabilizing the country.', 'negative'),  # destabilizing
    ('The staff were held hostage to the dispute.', 'negative'),  # hostage
    ('He called the fine a ransom note.', 'negative'),  # ransom
]

THREATS_AND_PENALTIES = [
    ('Following the law is not optional.', 'negative'),  # not optional
    ('Waiting is not an option.', 'negative'),  # not an option
    ('Act by Monday or face proceedings.', 'negative'),  # or face
    ('Our patience has limits.', 'negative'),  # patience
    ('The firm faces fines of up to 4 percent of revenue.', 'negative'),  # fines
]

REFUSAL_NEGATORS = [
    ('The state cannot wait for a platform to decide when it wishes to obey the law.', 'negative'),  # cannot
    ("You can't tell your readers to move house overnight.", 'negative'),  # can't
    ('The notice almost never says why.', 'negative'),  # never
]

CONCILIATION = [
    ('We remain open to a meeting.', 'positive'),  # remain open
    ('The company remains open to a meeting.', 'positive'),  # remains open
    ('We will keep standing up for our users.', 'positive'),  # standing up for
    ('We stand up for our users.', 'positive'),  # stand up for
    ('The company stands up for its users.', 'positive'),  # stands up for
    ('We will keep advocating for open access.', 'positive'),  # advocating for
    ('We met the regulator and we listened.', 'positive'),  # we listened
]

PROCEDURE_AND_NAMES_NEUTRAL = [
    ('The company shared the letter with reporters.', 'neutral'),  # shared
    ('Users get a chance to respond.', 'neutral'),  # chance
    ('We are reading the order carefully.', 'neutral'),  # carefully
    ('The Supreme Federal Court ruled on Tuesday.', 'neutral'),  # supreme
    ('A security researcher found the list.', 'neutral'),  # security
    ('A special bench will hear the case.', 'neutral'),  # special
    ('The company is prepared to go to court.', 'neutral'),  # prepared
    ('The petition asks for an urgent hearing.', 'neutral'),  # urgent
    ('The ministry said the order was justified.', 'neutral'),  # justified
    ('The rules give users an opportunity to reply.', 'neutral'),  # opportunity
    ('Civil liberties groups filed a brief.', 'neutral'),  # civil liberties
    ('The petition lists the liberties named in the charter.', 'neutral'),  # liberties
    ('Companies were welcome to do business here, he said, but they must follow the rules.', 'neutral'),  # were welcome to
    ('Foreign firms were welcome in the country, he said, as long as they followed the rules.', 'neutral'),  # were welcome in
    ('The firm was welcome to do business here, he said, but it must follow the rules.', 'neutral'),  # was welcome to
    ('The firm was welcome in the country, he said, as long as it followed the rules.', 'neutral'),  # was welcome in
    ('The firm is entitled to ask a court.', 'neutral'),  # entitled to
    ('The clerk said no date had been set.', 'neutral'),  # said no
    ("The company disagreed with the ministry's reading.", 'neutral'),  # disagreed
    ('The firm profits from local advertising.', 'neutral'),  # profits
    ('It is the first order of its kind.', 'neutral'),  # kind
    ('The ministry cited the public interest.', 'neutral'),  # interest
    ('The ministry may act as it sees fit.', 'neutral'),  # fit
    ('The ruling sends a strong message.', 'neutral'),  # strong
    ('The report tracks internet freedom in the region.', 'neutral'),  # freedom
    ('The rules are about public trust in elections.', 'neutral'),  # trust
    ('Under the agreement, the company names a local officer.', 'neutral'),  # agreement
    ('The court accepted the petition.', 'neutral'),  # accepted
    ('The court will accept filings until Friday.', 'neutral'),  # accept
    ('The rules allow blocking of whole accounts.', 'neutral'),  # allow
    ('Prosecutors may drop the case.', 'neutral'),  # drop
    ('The order relied on the strength of a police report.', 'neutral'),  # strength
    ('The standoff began in February.', 'neutral'),  # standoff
    ('Lawyers for the company argue that the law is narrow.', 'neutral'),  # argue
    ('The account was restricted in the country.', 'neutral'),  # restricted
    ('The ruling casts doubt on the rules.', 'neutral'),  # doubt
    ('The company will seek interim relief from the court.', 'neutral'),  # relief
    ('The order is legally binding.', 'neutral'),  # legally
    ('The posts were protected by the statute.', 'neutral'),  # protected
    ('A number of accounts were named.', 'neutral'),  # number
    ('The case falls in a grey area.', 'neutral'),  # grey
    ('The case reached the high court.', 'neutral'),  # reached
    ('The firm agrees to appoint an officer.', 'neutral'),  # agrees
    ('The rules cover election integrity.', 'neutral'),  # integrity
    ('The defence filed its papers.', 'neutral'),  # defence
    ('The ministry sent an emergency direction on Monday.', 'neutral'),  # emergency direction
    ('The ministry sent two emergency directions.', 'neutral'),  # emergency directions
    ('Hospitals and emergency services kept their access.', 'neutral'),  # emergency services
    ('Only emergency vehicles used the road that night.', 'neutral'),  # emergency vehicles
]


@pytest.mark.parametrize("text, tone", SUPPRESSION_AND_SHUTDOWN + ACCUSATION_AND_REBUKE + THREATS_AND_PENALTIES)
def test_suppression_accusation_and_threat_vocabulary_is_negative(text, tone):
    """Words VADER lacks that people read as a rebuke, an accusation, a threat or a shutdown."""
    assert sentiment.tone(sentiment.score_domain([text])[0]) == tone


@pytest.mark.parametrize("text, tone", REFUSAL_NEGATORS)
def test_refusal_negators_carry_enough_weight(text, tone):
    """cannot -1.0, can't -0.6, never -0.8: a denial that outweighs a mild word or survives "almost"."""
    assert sentiment.tone(sentiment.score_domain([text])[0]) == tone


@pytest.mark.parametrize("text, tone", CONCILIATION)
def test_conciliatory_formulas_are_positive(text, tone):
    assert sentiment.tone(sentiment.score_domain([text])[0]) == tone


@pytest.mark.parametrize("text, tone", PROCEDURE_AND_NAMES_NEUTRAL)
def test_procedure_and_names_are_neutral(text, tone):
    """Words VADER reads as feelings that name a procedure, a right, a court or a fact in legal news."""
    assert sentiment.tone(sentiment.score_domain([text])[0]) == tone


def test_free_is_neutral_but_the_free_flow_of_information_stays_positive():
    dom = sentiment.score_domain(['The app is free.', 'We believe in the free flow of information.'])
    assert sentiment.tone(dom[0]) == "neutral" and sentiment.tone(dom[1]) == "positive"


def test_not_a_suggestion_is_a_warning_and_raw_vader_is_untouched():
    """"not a suggestion" was tried as a warning in session 8 and dropped for tests/test_sentiment.py; session 22
    made it a warning (its own row, -1.5): the labels read it as a rebuke in every set where it occurs."""
    text = "An order under Section 69A is binding; it is not a suggestion."
    assert sentiment.tone(sentiment.score_domain([text])[0]) == "negative"
    assert sentiment.score_raw(["Our patience has limits."]) == [0.0]
