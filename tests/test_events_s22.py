"""Events, session 22 (events1): more words for the same acts -- content pulled or geo-restricted, accounts frozen
or channels suspended; penalties weighed ('would consider fines'); a duty of platforms in general is no threat."""
import pandas as pd

from helpers import actors, events, text


def extract(body: str, date: str = "2024-05-10") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def types(sentence: str) -> set[str]:
    return {t.event_type for _, _, t in events.trigger_matches(sentence)}


def test_accounts_frozen_and_channels_suspended_are_withholding():
    assert "withholding" in types("The app froze all 86 accounts on Tuesday.")
    assert "withholding" in types("Torvo removed the clips and suspended five channels that had posted them.")


def test_fines_weighed_are_a_threat():
    assert "legal_threat" in types("The minister said the ministry would consider fines under the Media Act if nothing changed.")
    assert "legal_threat" in types("The law allows the regulator to fine it up to 3 percent of its turnover.")
    found = extract("The ministry said on Tuesday it would consider penalties against the platform.")
    row = found[found["event_type"] == "legal_threat"]
    assert len(row) == 1 and row.iloc[0]["side"] == "government"


def test_content_pulled_or_geo_restricted_is_withholding():
    assert "withholding" in types("The company pulled the posts within hours of the order.")
    assert "withholding" in types("Pexa pulled 40 videos from its site on Monday.")
    assert "withholding" in types("The platform geo-restricted the channel for viewers in the province.")
    assert "withholding" not in types("The company has not pulled the posts.")
    assert "withholding" not in types("The firm pulled out of the talks on Monday.")


def test_a_duty_of_platforms_in_general_is_no_threat():
    found = extract("Under the new act, platforms must remove flagged posts within a day or face fines of up to 2 percent of turnover.")
    assert "legal_threat" not in set(found["event_type"])
    found = extract("Platforms that fail to comply face fines of up to 1 percent of their revenue.")
    assert "legal_threat" not in set(found["event_type"])
    # a threat said by an official is still one
    found = extract("The minister said on Monday that platforms that fail to comply face fines of up to 1 percent of their revenue.")
    assert "legal_threat" in set(found["event_type"])
