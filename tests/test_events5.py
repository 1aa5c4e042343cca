"""Events, session 25 (events5): a party's quotation with its attribution after it ('"...," the minister told
reporters') is news of a statement when it opens the party's words in its paragraph; when it goes on with a statement
of the same side told before in the paragraph, or is an outsider's, it adds no statement event."""
import pandas as pd

from helpers import actors, events, text

LEAD = "The Drevan media regulator ordered the app Pellow to block 40 channels last month.\n\n"


def statements(body: str, date: str = "2025-09-19") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract(date, sents)
    return found[found["event_type"] == "statement"].reset_index(drop=True)


def test_a_party_quotation_told_to_reporters_is_a_statement():
    quote = '"No app is above the law of this country," the regulator\'s chairman, Ivo Marek, told reporters in Dreva.'
    rows = statements(LEAD + quote)
    mine = rows[rows["evidence"].str.contains("told reporters", regex=False)]
    assert len(mine) == 1, rows[["evidence", "side"]]
    assert mine.iloc[0]["side"] == "government"


def test_a_party_quotation_said_on_state_radio_is_a_statement():
    quote = '"We gave the company every chance," Deputy Minister Ana Kovel said on state radio.'
    rows = statements(LEAD + quote)
    assert (rows["evidence"].str.contains("state radio", regex=False) & (rows["side"] == "government")).any(), rows


def test_a_quotation_going_on_with_a_statement_of_its_side_adds_none():
    said = "The regulator said on Monday that Pellow had ignored the order for three weeks."
    quote = '"We will not wait much longer," its chairman, Ivo Marek, told reporters.'
    rows = statements(LEAD + said + " " + quote)
    assert not rows["evidence"].str.contains("told reporters", regex=False).any(), rows[["evidence", "side"]]
    assert rows["evidence"].str.contains("said on Monday", regex=False).any()


def test_an_outsiders_quotation_told_to_reporters_adds_no_statement():
    quote = '"This is censorship by another name," Mila Hart, a lawyer for a press freedom group, told reporters.'
    rows = statements(LEAD + quote)
    assert not rows["evidence"].str.contains("told reporters", regex=False).any(), rows[["evidence", "side"]]


def of_type(body: str, kind: str, date: str = "2025-09-19") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    found = events.extract(date, sents)
    return found[found["event_type"] == kind].reset_index(drop=True)


def test_a_penalty_the_state_says_it_may_use_is_its_threat():
    body = LEAD + ("Deputy Minister Ana Kovel added that the ministry would consider fines under the media act, which "
                   "allows penalties of up to 3 percent of a company's turnover.")
    rows = of_type(body, "legal_threat")
    assert (rows["side"] == "government").any(), rows[["evidence", "side"]]


def test_a_penalty_the_narrator_tells_from_the_law_is_no_threat():
    body = LEAD + "Under the 2021 media act, a platform that ignores an order can be fined up to 3 percent of its turnover."
    assert of_type(body, "legal_threat").empty


def test_the_answer_to_an_asked_whether_lead_in_is_news():
    body = LEAD + ("Asked whether the regulator planned penalties, its chairman Ivo Marek said the ministry would "
                   "consider fines under the media act if nothing changed by Friday.")
    rows = of_type(body, "legal_threat")
    assert (rows["side"] == "government").any(), rows[["evidence", "side"]]


def test_a_question_with_no_answer_tells_no_act():
    body = LEAD + "Members asked whether Pellow had removed the channels."
    assert of_type(body, "withholding").empty


def test_items_counted_in_a_partys_account_are_an_act_not_a_practice():
    body = LEAD + '"We have already removed 31 videos that clearly broke the law," a Pellow spokeswoman said.'
    rows = of_type(body, "withholding")
    assert (rows["side"] == "platform").any(), rows[["evidence", "side"]]


def test_a_partys_practice_without_a_count_stays_no_act():
    body = LEAD + '"We have always removed content that breaks our rules," a Pellow spokeswoman said.'
    assert of_type(body, "withholding").empty
