"""Session 27 (tone7): neutral procedural reports of a dispute read neutral.

Words that name the disputed act, the instrument or the statutory ground ('sent a demand', 'a warning label',
'posts calling for violence', 'if it is found to be illegal', 'the disputed posts', 'cut access', 'a leaked memo',
'the blackout'), a prosecution discussed as procedure, a payment, an undertaking ('agreed to respect the ruling'),
the scope of a power ('reaches whole accounts') and a symptom reported ('stopped loading') no longer colour the
sentence; the speaker's own rebuke, threat or shutdown word around them still does. Sentences written for these
tests.
"""
import pytest

from helpers import sentiment


def domain(text: str) -> float:
    return sentiment.score_domain([text])[0]


def tone(text: str) -> str:
    return sentiment.tone(domain(text))


NEUTRAL = [
    "The agency sent the company a demand to remove eleven posts.",
    "The firm said the posts were ordinary political criticism of the mayor.",
    "A prosecution would have to name the manager who took the decision.",
    "The order told the platform to take the videos down without delay.",
    "The order named posts that could lead to violence, the ministry said.",
    "The regulator flagged 40 posts calling for violence at the rally.",
    "The app added a warning label to the video on Tuesday.",
    "We withhold a post in one country only if it is found to be illegal there.",
    "The court asked both sides to list the disputed posts by Friday.",
    "The ministry told providers to cut access to the site.",
    "The court ordered the firm to pay the fine within a month.",
    "The paper published a leaked memo from the ministry.",
    "The ministry asked the company to respect the ruling.",
    "The firm said it would respect the court's decision.",
    "Officials said they were engaging with the company on the list.",
    "The panel summoned the firm's country head to a hearing on Monday.",
    "Some ads were placed before the blackout began.",
    "A spokesperson said the firm would comply but gave no timeline.",
    "Users said the app stopped loading shortly after 8 a.m.",
    "The power under the act reaches whole accounts, the judge said.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_procedural_reports_read_neutral(text):
    assert tone(text) == "neutral", (text, domain(text))


NEGATIVE = [
    # the speaker's rebuke, threat or the measure as a shutdown still reads negative
    "We reject this demand as an attack on the press.",
    "The group called the criticism a smear.",
    "Our staff would otherwise face prosecution and jail.",
    "The region faced a media blackout.",
    "The regulator slowed the app for a month.",
    "The minister said the order is illegal and unconstitutional.",
    "The firm warned that users would lose access without delay and without notice.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_rebukes_threats_and_shutdowns_stay_negative(text):
    assert tone(text) == "negative", (text, domain(text))


def test_new_rows_are_zero_with_a_reason_and_the_raw_score_is_vader():
    lex = sentiment.read_domain_lexicon()
    rows = lex[lex["reason"].str.startswith("Session 27 (tone7)")]
    assert len(rows) >= 23 and (rows["valence"] == 0).all()
    assert not lex["term"].duplicated().any()
    # the raw column stays NLTK's VADER: 'demand' and 'criticism' keep their VADER valences there
    text = "The agency sent a demand and drew criticism."
    assert sentiment.score_raw([text])[0] == sentiment.raw_analyzer().polarity_scores(text)["compound"] < 0
    assert tone(text) == "neutral"


def test_named_legal_periods_and_content_categories_read_neutral():
    assert tone("The commission said the silence period starts at midnight.") == "neutral"
    assert tone("The app removed the clips under its rules on violent content.") == "neutral"
    assert tone("The reporters were silenced.") == "negative"
