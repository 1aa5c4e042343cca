"""Events: types, sides, counts, windows and lexicon checks on small texts written for the tests."""
import pandas as pd
import pytest

from helpers import actors, events, paths, text


def extract(body: str, date: str = "2021-02-10") -> pd.DataFrame:
    sents = actors.attribute(body, text.split_sentences(body))
    return events.extract(date, sents)


def test_one_sentence_holds_several_events():
    body = ("The company said several orders had arrived. “Out of these, two were emergency blocking orders that "
            "we temporarily complied with but subsequently restored access to the content,” the company wrote.")
    found = extract(body)
    assert {"blocking_order", "withholding", "restoration"} <= set(found["event_type"])
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert order["side"] == "government" and order["count"] == 2 and order["count_unit"] == "orders"
    assert found[found["event_type"] == "withholding"].iloc[0]["side"] == "platform"


def test_counts_and_relative_window():
    found = extract("It recently blocked more than 500 accounts in the country.")
    row = found[found["event_type"] == "withholding"].iloc[0]
    assert (row["count"], row["count_unit"]) == (500, "accounts")
    assert (row["date_start"], row["date_end"]) == ("", "2021-02-10")


def test_evidence_offsets_index_the_body():
    body = "Twitter on Monday withheld about 250 accounts in India, and then restored most of them the same evening."
    found = extract(body, "2021-02-02")
    for row in found.itertuples():
        assert body[row.char_start:row.char_end] == row.evidence
    got = found.set_index("event_type")
    assert got.loc["withholding", "date_start"] == "2021-02-01"
    assert got.loc["restoration", "date_end"] == "2021-02-01"


def test_no_duplicate_events():
    found = extract("The ministry sent Twitter two orders earlier this month and a notice of non-compliance.")
    assert not found.duplicated(["event_type", "side", "evidence"]).any()


def test_plan_gets_only_a_start():
    found = extract("Streamly will soon publish the orders it has received.", "2023-03-15")
    row = found[found["event_type"] == "statement"].iloc[0]
    assert row["date_start"] == "2023-03-15" and row["date_end"] == ""


def test_contract_columns_and_types():
    found = extract("The Centre on Thursday notified new rules, giving platforms three months.", "2021-02-26")
    assert list(found.columns) == events.EVENT_COLUMNS
    assert str(found["count"].dtype) == "Int64"
    assert found.iloc[0]["date_start"] == "2021-02-25"


def test_empty_sentences_give_empty_table():
    empty = events.extract("2021-02-10", text.split_sentences(""))
    assert empty.empty and list(empty.columns) == events.EVENT_COLUMNS


def test_deterministic():
    body = (paths.ARTICLES / "2021-02-10_pocketnow_twitter-blocking-orders.txt").read_text(encoding="utf-8")
    assert extract(body).equals(extract(body))


def test_patterns_are_valid_and_typed():
    for trig in events.patterns():
        assert trig.event_type in events.EVENT_TYPES and trig.side in events.SIDES


def test_bad_pattern_row_names_file_and_row(tmp_path, monkeypatch):
    (tmp_path / "event_patterns.csv").write_text(
        "event_type,side_rule,side,actor,plan,pattern,note\nnot_a_type,fixed,government,,no,x,\n", encoding="utf-8")
    monkeypatch.setattr(paths, "LEXICONS", tmp_path)
    events.patterns.cache_clear()
    with pytest.raises(ValueError, match=r"event_patterns.csv row 2"):
        events.patterns()
    events.patterns.cache_clear()


@pytest.mark.parametrize("text,etype", [
    ("The government on Wednesday issued a notice to Twitter.", "non_compliance_notice"),
    ("The ministry had on Sunday ordered the accounts blocked.", "blocking_order"),
    ("Failure to comply could invite punishment of up to seven years in jail.", "legal_threat"),
    ("A Twitter spokesperson said in an emailed statement that staff safety came first.", "statement"),
    ("On Wednesday, the court suspended the ban until a full hearing.", "court_ruling"),
    ("Twitter complied the next morning.", "withholding"),
    ("Police said they had questioned two of the company's local staff last week.", "legal_action"),
])
def test_issue4_trigger_families(text, etype):
    sents = pd.DataFrame({"sentence_id": [0], "char_start": [0], "char_end": [len(text)], "text": [text],
                          "paragraph": [0], "side": ["narrator"], "speaker": [""]})
    assert etype in set(events.extract("2021-02-03", sents)["event_type"])


def test_issue4_conditions_are_not_events():
    text = "The ministry warned it could lose its protection if it did not comply by July 4."
    sents = pd.DataFrame({"sentence_id": [0], "char_start": [0], "char_end": [len(text)], "text": [text],
                          "paragraph": [0], "side": ["narrator"], "speaker": [""]})
    assert "refusal" not in set(events.extract("2022-07-06", sents)["event_type"])


def one_sentence(text: str, date: str, side: str = "narrator") -> pd.DataFrame:
    sents = pd.DataFrame({"sentence_id": [0], "char_start": [0], "char_end": [len(text)], "text": [text],
                          "paragraph": [0], "side": [side], "speaker": [""]})
    return events.extract(date, sents)


# Issue #4, held-out #2: general trigger families (invented sentences, wording unlike the gold texts)
@pytest.mark.parametrize("text,etype,side", [
    # contact made to seek a meeting
    ("The platform wrote to the regulator last month requesting talks on the list.", "meeting", "platform"),
    # a statement named as a noun with its participle, or a post on a named app
    ("In a note released on Friday, the company said it would keep reviewing the orders.", "statement", "platform"),
    ("In a video on Telegram, the ministry said the platform had been warned.", "statement", "government"),
    # a statement told relative to another event or time
    ("After the hearing, the regulator said the platform had ignored the deadline.", "statement", "government"),
    ("Responding late on Friday, the ministry said the company was bound by the law.", "statement", "government"),
    # action taken on accounts; orders acted on; geo-blocking
    ("The service had taken action against about 80 channels by the weekend.", "withholding", "platform"),
    ("The app eventually acted on all pending directions in March.", "withholding", "platform"),
    ("The site geo-blocked the clip for viewers in the country.", "withholding", "platform"),
    # intermediaries cut access
    ("Internet service providers then restricted access to the app nationwide.", "withholding", "other"),
    # prosecution or arrest ordered; loss of legal protection threatened
    ("The interior minister directed the arrest of anyone sharing the banned posts.", "legal_threat", "government"),
    ("Officials said continued defiance could cost the firm its intermediary status.", "legal_threat", "government"),
    # counted orders placed in time
    ("Three directives issued in May named the same channels.", "blocking_order", "government"),
    # an order with a long object before 'to block'
    ("The authority instructed mobile carriers and the hosting site, a small start-up, to disable the page.",
     "blocking_order", "government"),
    # pushing back on orders
    ("The firm said it had pushed back against several of the requests.", "refusal", "platform"),
    # content available again; a ban lifted (hyphenated modifiers)
    ("By Sunday evening the clips were accessible again in the region.", "restoration", "platform"),
    ("The regulator lifted its nine-day ban on the app.", "restoration", "government"),
    ("Kestravia has lifted a two-month suspension of the video service.", "restoration", "government"),
    ("The regulator restored access to the app late on Friday.", "restoration", "government"),
    ("The company restored access to the accounts hours later.", "restoration", "platform"),
    # a court tells a party what to do; a plea filed by a non-registry voice
    ("The High Court on Friday told the company that it must name a compliance officer.", "court_ruling", "government"),
    ("A petition was filed by a group of student activists.", "legal_action", "other"),
])
def test_issue4_heldout2_families(text, etype, side):
    found = one_sentence(text, "2024-06-10")
    got = found[found["event_type"] == etype]
    assert not got.empty, found[["event_type", "side"]]
    assert got.iloc[0]["side"] == side


@pytest.mark.parametrize("text,etype", [
    ("The company did not respond to emailed questions about the decision.", "refusal"),
    ("The judge said the order had not met the threshold set out in the law.", "meeting"),
    ("The bench issued notice to the ministry on a petition by two journalists.", "non_compliance_notice"),
    ("The company went to court against a batch of blocking orders issued by the ministry.", "blocking_order"),
    ("The panel rejected the challenge to the blocking orders issued last year.", "blocking_order"),
])
def test_issue4_heldout2_not_events(text, etype):
    assert etype not in set(one_sentence(text, "2024-06-10")["event_type"])


def test_issue4_event_after_a_dated_main_clause_ends_there():
    # 'A on D, after B': B happened on or before D (start left open)
    found = one_sentence("On March 3, the platform removed 40 posts, after a fresh order from the regulator.", "2024-03-20")
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert (order["date_start"], order["date_end"]) == ("", "2024-03-03")


def test_issue4_reporting_frame_date_does_not_date_the_reported_event():
    text = ("In a letter sent yesterday, the company said it had received four blocking orders "
            "in the past two weeks.")
    found = one_sentence(text, "2024-06-10")
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert order["date_end"] == "2024-06-10" and order["date_start"] < "2024-06-01"


def test_issue4_subordinate_clause_subject():
    text = "Relations between the ministry and the company soured after the platform posted a statement on Tuesday."
    found = one_sentence(text, "2021-02-12")
    st = found[found["event_type"] == "statement"].iloc[0]
    assert st["side"] == "platform" and st["date_start"] == "2021-02-09"


def test_issue4_attribution_is_not_the_subject():
    text = "According to the ministry, the company had on Monday asked for a meeting with the minister."
    found = one_sentence(text, "2021-02-12")
    assert found[found["event_type"] == "meeting"].iloc[0]["side"] == "platform"


def test_issue4_anchor_is_the_main_event_and_clauses_share_order_words():
    body = ("The regulator banned the app on May 10, 2023, three days after the company deleted a minister's post. "
            "Mobile operators subsequently blocked access to it, and prosecutors ordered the arrest of its local head.")
    found = extract(body, "2023-06-01")
    later = found[found["evidence"].str.contains("subsequently")]  # the first sentence's deletion is an event too
    for etype in ("withholding", "legal_threat"):
        row = later[later["event_type"] == etype].iloc[0]
        assert (row["date_start"], row["date_end"]) == ("2023-05-10", "2023-06-01"), etype


def test_issue4_dateline_is_not_an_event_date():
    found = one_sentence("LAGOS, June 9 (Example Wire) - The regulator has ordered the platform to block 30 accounts.",
                         "2024-06-09")
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert order["date_basis"] == "article_date"  # not the dateline's day as a date of its own
    assert (order["date_start"], order["date_end"]) == ("2024-06-08", "2024-06-09")  # a lead's news of the day (s19)


def test_issue4_reaction_starts_at_the_event_it_names():
    body = ("The High Court on June 3 dismissed the platform's plea. "
            "The company also published its annual report on Monday. "
            "The minister welcomed the judgment, saying every firm must obey the law.")
    found = extract(body, "2024-06-12")
    st = found[found["event_type"] == "statement"]
    st = st[st["evidence"].str.contains("welcomed")].iloc[0]
    assert (st["date_start"], st["date_end"]) == ("2024-06-03", "2024-06-12")


def test_issue4_from_date_is_when_an_order_takes_effect():
    found = one_sentence("The authority ordered providers to block the site from Friday, May 3.", "2024-05-10")
    order = found[found["event_type"] == "blocking_order"].iloc[0]
    assert (order["date_start"], order["date_end"]) == ("2024-05-03", "2024-05-03")


# Issue #4, third held-out set: new phrasing families, each checked on an invented sentence worded differently.
@pytest.mark.parametrize("body, etype, side", [
    ("Regulators had ordered removed the 40 videos that the platform later put back.", "blocking_order", "government"),
    ("The directive was delivered to the firm on Tuesday.", "blocking_order", "government"),
    ("A state censor had kept the video site offline since March 2, 2019.", "blocking_order", "government"),
    ("The app took down the clips on Monday before restoring nearly all of them.", "restoration", "platform"),
    ("The leak led the watchdog to serve the firm a formal notice on Friday.", "non_compliance_notice", "government"),
    ("The company got a second notice from the telecom regulator.", "non_compliance_notice", "government"),
    ("That notice, issued on March 3, gave the firm a week.", "non_compliance_notice", "government"),
    ("The startup petitioned the high court last week.", "legal_action", "platform"),
    ("The publisher then took its fight to the country's top court.", "legal_action", "platform"),
    ("The network moved a fresh appeal on Monday.", "legal_action", "platform"),
    ("The police raided the startup's headquarters on Friday.", "legal_action", "government"),
    ("The tribunal delivered its verdict on Monday.", "court_ruling", "government"),
    ("A judge threw out the broadcaster's plea; the bench dismissed the company's writ petition on May 2.",
     "court_ruling", "government"),
    ("“The law will take its own course,” an official warned.", "legal_threat", "government"),
    ("The platform would no longer enjoy the immunity granted to intermediaries.", "legal_threat", "government"),
    ("The network said in a written reply on Monday that it was reviewing the request.", "statement", "platform"),
    ("The firm published an open letter to regulators on Tuesday.", "statement", "platform"),
    ("The shutdown has drawn widespread criticism from rights groups.", "backlash", "other"),
    ("The new guidelines took effect on Monday.", "rule_change", "government"),
    ("The company said it will not act on orders against reporters.", "refusal", "platform"),
])
def test_issue4_heldthree_families(body, etype, side):
    found = extract(body, "2024-05-10")
    rows = found[found["event_type"] == etype]
    assert len(rows) and rows.iloc[0]["side"] == side, found[["event_type", "side", "evidence"]]


@pytest.mark.parametrize("body, etype", [
    ("The regulator fined the firm for restoring posts it was told to remove.", "restoration"),
    ("Platforms must act within a day of receiving a court order or a notice from the government.",
     "non_compliance_notice"),
    ("Sources said the platform had not yet acted on the latest list.", "withholding"),
])
def test_issue4_heldthree_non_events(body, etype):
    assert etype not in set(extract(body, "2024-05-10")["event_type"])


def test_issue4_not_yet_acted_is_a_refusal():
    assert "refusal" in set(extract("The app had not yet acted on the new directions.", "2024-05-10")["event_type"])


def test_issue4_later_order_word_dates_from_the_clause_date():
    body = "The app hid the posts on May 2 before restoring them, prompting regulators to send it a notice three days later."
    got = extract(body, "2024-05-10").set_index("event_type")
    assert (got.loc["non_compliance_notice", "date_start"], got.loc["non_compliance_notice", "date_end"]) == \
        ("2024-05-05", "2024-05-05")


def test_issue4_next_day_after_a_date_of_an_earlier_clause():
    body = "The consultation ended on April 30, and the guidelines took effect the next day."
    row = extract(body, "2024-05-10").set_index("event_type").loc["rule_change"]
    assert (row["date_start"], row["date_end"]) == ("2024-04-30", "2024-05-01")  # 'the next day' allows the day itself


def test_issue4_ahead_of_a_date_is_not_the_event_date():
    body = "The court yesterday stayed the order on the channels, weeks ahead of the June 2 vote."
    row = extract(body, "2024-05-10").set_index("event_type").loc["court_ruling"]
    assert row["date_start"] == "2024-05-09"


def test_issue4_word_lists_are_lexicons():
    assert "verdict" in events.reaction_nouns()["court_ruling"]
    assert events.other_agent().match(" filed by two activists")
    assert events.other_agent().match(" filed by an NGO")


# Date windows: general rules added after studying the dev and held-out failures (invented wording) ------------
def window(body: str, date: str, etype: str, nth: int = 0) -> tuple[str, str]:
    rows = extract(body, date)
    rows = rows[rows["event_type"] == etype]
    assert len(rows) > nth, extract(body, date)[["event_type", "date_start", "date_end", "evidence"]]
    return rows.iloc[nth]["date_start"], rows.iloc[nth]["date_end"]


def test_dates_a_day_told_from_the_anchor_is_the_new_anchor():
    body = ("The regulator had ordered the app on Monday, May 6, to remove the clips. The app refused two days "
            "later. It then published a statement on its website.")
    assert window(body, "2024-05-20", "refusal") == ("2024-05-08", "2024-05-08")
    assert window(body, "2024-05-20", "statement")[0] == "2024-05-08"  # 'then' follows the refusal, not the order


def test_dates_background_pluperfect_in_a_subordinate_clause_keeps_the_anchor():
    body = ("Users could reach the site again on Wednesday evening, after the regulator lifted a ban that had kept "
            "the site offline since April 29, 2017. The move came hours after the court quashed the ban.")
    assert window(body, "2020-01-16", "court_ruling") == ("2020-01-14", "2020-01-15")  # not April 2017


def test_dates_an_event_told_again_moves_the_narrative_time():
    body = ("Users could reach the site again on Wednesday. The regulator lifted a ban that had kept the site "
            "offline since April 29, 2017.\n\nAuthorities imposed the block under a security law. A court upheld "
            "the ban a day later.")
    assert window(body, "2020-01-16", "court_ruling") == ("2017-04-29", "2017-04-30")  # the flashback's next day


def test_dates_reported_pluperfect_is_not_background():
    body = ("The firm noted that it had been served with two blocking orders in the past week. "
            "It subsequently restored the posts.")
    # after the orders, by now; "in the past week" is the seven days up to the article (session 9, second date wave)
    assert window(body, "2024-05-10", "restoration") == ("2024-05-03", "2024-05-10")


def test_dates_hours_after_is_the_anchor_day_or_the_day_before():
    body = "Viewers could reach the site again on Wednesday evening. The move came hours after the court quashed the ban."
    assert window(body, "2024-05-10", "court_ruling") == ("2024-05-07", "2024-05-08")


def test_dates_from_midnight_is_the_time_of_reporting():
    assert window("The regulator has lifted its ban on the app, restoring access from midnight.", "2024-05-10",
                  "restoration") == ("2024-05-09", "2024-05-10")


def test_dates_a_reaction_to_a_possessive_statement():
    body = ("Twitter published a statement on Thursday calling the rules unworkable. The deadline had lapsed on "
            "Tuesday. The ministry hit back the same day, calling Twitter’s statement misleading.")
    assert window(body, "2024-05-10", "statement", 1)[0] == "2024-05-09"


def test_dates_a_threat_naming_its_notice_takes_the_notice_day():
    body = ("The ministry issued a notice to the app on Wednesday.\n\nThe ministry had ordered the clips removed on "
            "Sunday.\n\nUsers complained.\n\nThe app said nothing.\n\nThe notice warned that its staff could face "
            "seven years in jail.")
    assert window(body, "2024-05-10", "legal_threat") == ("2024-05-08", "2024-05-08")


def test_dates_a_threat_someone_says_is_dated_by_that_speech():
    said_now = ("On Saturday, the attorney general ordered the prosecution of anyone using the app.\n\n"
                "“Anyone who defies the ban will face the full weight of the law,” a spokesman told reporters.")
    start, end = window(said_now, "2024-05-10", "legal_threat", 1)
    assert end == "2024-05-10" and start != "2024-05-04"  # not the Saturday of the order told before
    said_then = ("The commission’s chair told a press conference on Wednesday that the refusal was an insult. "
                 "“No company is above the law,” the chair said. “We will use every power we have.”")
    sents = actors.attribute(said_then, text.split_sentences(said_then))
    sents["side"] = "government"
    found = events.extract("2024-05-10", sents)
    threat = found[found["event_type"] == "legal_threat"].iloc[0]
    assert (threat["date_start"], threat["date_end"]) == ("2024-05-08", "2024-05-08")


def test_dates_a_lead_takes_the_date_the_article_tells_later():
    body = ("Regulator asks app to remove 310 channels.\n\n"
            "The list was handed to the company on Thursday, May 2, 2024, officials said.")
    assert window(body, "2024-05-06", "blocking_order") == ("2024-05-02", "2024-05-02")


def test_dates_an_order_dated_only_by_its_telling_takes_the_telling_with_a_date():
    body = ("The regulator has asked the app to take down 310 channels, officials said on Monday.\n\n"
            "The list was handed to the company on Thursday, May 2, 2024.")
    assert window(body, "2024-05-06", "blocking_order") == ("2024-05-02", "2024-05-02")


def test_dates_an_event_told_again_takes_its_earlier_date():
    body = ("The app withheld 250 accounts on Monday, May 6.\n\n"
            "Rights groups criticised the way the app withheld the accounts.")
    assert window(body, "2024-05-10", "withholding", 1) == ("2024-05-06", "2024-05-06")


def test_dates_a_date_after_a_nearer_verb_is_that_verbs():
    body = "The ministry served a notice after the app restored 250 accounts it had withheld on 6 May."
    assert window(body, "2024-05-10", "withholding") == ("2024-05-06", "2024-05-06")
    assert window(body, "2024-05-10", "restoration")[1] == "2024-05-10"  # not 6 May: the restoration came after it


def test_dates_a_threat_told_to_reporters_on_a_day_was_made_that_day():
    body = "The country could block the app within a month, an official told reporters on Tuesday."
    assert window(body, "2024-05-10", "legal_threat") == ("2024-05-07", "2024-05-07")


def test_dates_a_refusal_of_the_list_runs_from_the_list():
    body = ("The ministry sent the app a list of 1,178 accounts on Thursday.\n\n"
            "The company has not acted on the list so far.")
    assert window(body, "2024-05-10", "refusal") == ("2024-05-09", "2024-05-10")


def test_dates_an_undated_refusal_said_by_the_refuser_is_news_of_the_day():
    sents = actors.attribute("The app will not act against the accounts of reporters, the company said.",
                             text.split_sentences("The app will not act against the accounts of reporters, the company said."))
    sents["side"] = "platform"
    found = events.extract("2024-05-10", sents)
    row = found[found["event_type"] == "refusal"].iloc[0]
    assert (row["date_start"], row["date_end"]) == ("2024-05-09", "2024-05-10")


def test_source_nouns_are_a_lexicon():
    assert "notice" in events.threat_source_regex()[0]
    assert events.threat_sources(["In its notice, the ministry said the app broke the law."]) == {"non_compliance_notice"}
    assert events.threat_sources(["The notice, a copy of which was seen by reporters, said:"]) == {"non_compliance_notice"}
    assert not events.threat_sources(["If the orders are not followed, the law will take its course."])


def test_dates_a_threat_reported_from_a_document_of_its_paragraph_takes_its_day():
    body = ("On 27 June, the ministry sent the app a final notice. According to people familiar with the letter, "
            "it warned that the company could lose its legal immunity.")
    assert window(body, "2022-07-06", "legal_threat") == ("2022-06-27", "2022-06-27")


# Issue #4, fourth held-out round: trigger families (invented sentences, wording unlike the gold texts)
@pytest.mark.parametrize("body, etype, side", [
    # threats: a stated prison term, fines sought, a complete block
    ("The notice cited a provision carrying a prison term of up to five years.", "legal_threat", "government"),
    ("The watchdog said it would impose fines of up to 2% of turnover.", "legal_threat", "government"),
    ("Officials said the app could face a total ban within weeks.", "legal_threat", "government"),
    ("A full block could follow if the posts stay up, the agency said.", "legal_threat", "government"),
    # legal steps: cases opened (plural), officers turning up at offices, a suspension challenged, a challenge planned
    ("Prosecutors have opened investigations into the app and two rivals.", "legal_action", "government"),
    ("Police officers showed up at the firm's offices in the capital on Friday.", "legal_action", "government"),
    ("Rights groups challenged the suspension before a regional court.", "legal_action", "other"),
    ("The firm said it would contest the order in court next month.", "legal_action", "platform"),
    # rules named as notified a few words before
    ("The country's new rules for online intermediaries, notified in March, take effect today.", "rule_change",
     "government"),
    # statements: a verb with 'in a statement', a dated verb of speech, 'called the claim ...', a reply to parliament
    ("The regulator confirmed the decision in a press release on Friday.", "statement", "government"),
    ("The foreign ministry on Tuesday condemned remarks by foreign celebrities.", "statement", "government"),
    ("The minister called the allegations baseless.", "statement", "government"),
    ("In an oral answer to the Lok Sabha, the minister said 500 URLs were blocked.", "statement", "government"),
    # orders: a count with a thousands separator before the noun, 'directed the removal', a slowdown ordered,
    # a suspension the state imposes
    ("The ministry ordered 1,450 Telegram channels blocked that spring.", "blocking_order", "government"),
    ("The authority directed the removal of 40 videos.", "blocking_order", "government"),
    ("The regulator told mobile carriers to throttle the service.", "blocking_order", "government"),
    ("The government suspended the messaging service indefinitely on March 3.", "blocking_order", "government"),
    # restorations: access regained; a notice for restoring a counted set
    ("Residents began regaining access to the site on Sunday.", "restoration", "government"),
    ("The regulator fined the firm for restoring 30 posts it was told to remove.", "restoration", "platform"),
    # refusal said as 'what we will not do'; a backlash in protest; withholding by the platform or on orders
    ("What the company will not do is hand over user data.", "refusal", "platform"),
    ("Students staged a walkout in protest against the ban.", "backlash", "other"),
    ("The platform quietly blocked the remaining handles.", "withholding", "platform"),
    ("The company said 40 posts were already blocked on the ministry's directions.", "withholding", "platform"),
    # a court ordering costs paid
    ("The judge ordered the firm to pay damages of 1 million pesos.", "court_ruling", "government"),
])
def test_issue4_heldfour_families(body, etype, side):
    found = extract(body, "2024-05-10")
    rows = found[found["event_type"] == etype]
    assert len(rows) and rows.iloc[0]["side"] == side, found[["event_type", "side", "evidence"]]


@pytest.mark.parametrize("body, etype", [
    ("An executive who can be arrested is easier to persuade.", "legal_action"),
    ("The regulator said its demands were met in full.", "meeting"),
    ("The judge found that the company had met her conditions.", "meeting"),
    ("The government has not suspended Kivo, a spokesman insisted.", "blocking_order"),
    ("The firm asked the court to set aside three blocking orders issued by the ministry.", "blocking_order"),
    ("A court has ordered the app to take down 12 posts.", "court_ruling"),  # an order to block is an order
    ("The 36-hour deadline would push firms to remove lawful posts.", "legal_threat"),
    ("When officials talk about jail terms, staff get nervous.", "legal_threat"),
    ("The regulator imposed a complete ban on the app in 2019.", "legal_threat"),  # the ban itself, not a threat
    ("The platform was blocked by the regulator on Friday.", "withholding"),
    ("Authorities have banned protests near the ministry.", "blocking_order"),
    ("The court on Monday denied bail to the activist.", "statement"),
])
def test_issue4_heldfour_non_events(body, etype):
    assert etype not in set(extract(body, "2024-05-10")["event_type"])


def test_issue4_year_dates_an_order_and_is_not_the_narrative_time():
    body = ("The ministry ordered 1,450 Telegram channels blocked in 2022. "
            "It notified the rules on March 3. They replace guidelines framed in 2009. "
            "The rules drew sharp criticism within hours.")
    found = extract(body, "2024-05-10").set_index("event_type")
    assert tuple(found.loc["blocking_order", ["date_start", "date_end"]]) == ("2022-01-01", "2022-12-31")
    assert tuple(found.loc["backlash", ["date_start", "date_end"]]) == ("2024-03-03", "2024-03-04")


def test_issue4_a_time_inside_a_quotation_is_not_the_narrative_time():
    body = ('In a statement on Thursday, the company said it was worried about its staff. '
            '"What happened this week troubles us," the company said.\n\n'
            'The ministry hit back within hours, calling the claims baseless.')
    found = extract(body, "2024-05-11")
    gov = found[(found["event_type"] == "statement") & (found["side"] == "government")].iloc[0]
    assert (gov["date_start"], gov["date_end"]) == ("2024-05-09", "2024-05-10")


def test_issue4_when_clause_takes_the_date_before_it():
    body = "The service went dark on May 3, when the regulator ordered its suspension after the firm missed a deadline."
    order = extract(body, "2024-06-10").set_index("event_type").loc["blocking_order"]
    assert (order["date_start"], order["date_end"]) == ("2024-05-03", "2024-05-03")


def test_issue4_a_sentence_with_an_order_word_and_a_date_moves_time_to_the_date():
    body = ("The ruling came two weeks after the founder alleged in a podcast on May 2 that officials had pressed staff. "
            "The minister called the claim false the next day.")
    found = extract(body, "2024-06-10")
    st = found[(found["event_type"] == "statement") & found["evidence"].str.contains("called the claim")].iloc[0]
    assert (st["date_start"], st["date_end"]) == ("2024-05-02", "2024-05-03")  # 'the next day': that day or the next
    # the founder's allegation 'in a podcast on May 2' is a statement of its own, on that day
    alleged = found[(found["event_type"] == "statement") & found["evidence"].str.contains("alleged")]
    assert list(alleged["date_start"]) == ["2024-05-02"]


def test_issue4_a_reaction_told_within_hours_is_timed_from_what_it_reacts_to():
    body = "The court struck down the rule on June 3. The company restored the posts on June 5. " \
           "The minister welcomed the verdict within hours."
    found = extract(body, "2024-06-10")
    st = found[found["event_type"] == "statement"].iloc[0]
    assert (st["date_start"], st["date_end"]) == ("2024-06-03", "2024-06-04")


def test_issue4_a_refusal_the_side_says_is_not_dated_by_its_paragraph_action():
    body = ('The firm withheld 300 accounts on May 2.\n\n'
            'The firm says it has acted on lawful orders. "We act where the law is clear," a company spokeswoman said. '
            '"What we will not do is silence reporters."')
    ref = extract(body, "2024-05-10").set_index("event_type").loc["refusal"]
    assert ref["date_end"] == "2024-05-10" and ref["date_start"] != "2024-05-02"


def test_issue4_a_lead_takes_the_date_of_a_telling_timed_hours_later():
    body = ("The regulator has served a notice on the firm for restoring 40 accounts.\n\n"
            "The firm withheld the accounts on Monday morning. About five hours later it restored most of them.")
    found = extract(body, "2024-05-10")
    lead = found[found["event_type"] == "restoration"].iloc[0]
    assert lead["date_start"] == "2024-05-06"


def test_issue4_a_statement_the_same_day_is_not_a_reference_back():
    body = ("In a statement on Monday, the ministry said the visit was routine. "
            "In a separate statement the same day, the police said the firm's account was untrue.")
    found = extract(body, "2024-05-10")
    assert len(found[(found["event_type"] == "statement") & (found["side"] == "government")]) == 2


def test_issue4_a_compared_figure_is_its_own_event_of_the_year_before():
    body = "Officials told lawmakers that the ministry had ordered 912 channels blocked in 2021, up from 388 the year before."
    orders = extract(body, "2023-03-01")
    orders = orders[orders["event_type"] == "blocking_order"].sort_values("char_start")
    assert list(orders["count"]) == [912, 388]
    assert list(orders["date_start"]) == ["2021-01-01", "2020-01-01"]
    assert list(orders["date_end"]) == ["2021-12-31", "2020-12-31"]


def test_issue4_a_compared_figure_without_an_event_is_not_one():
    assert extract("Revenue rose to 5,000 in 2021, up from 3,000 in 2020.", "2023-03-01").empty


# --- session 3: forms of round 5 (second annotator's five articles) ---------------------------------------------

@pytest.mark.parametrize("text,etype,side", [
    ("It removed about 120 of the listed posts by the evening.", "withholding", "platform"),
    ("The app took the videos down on Wednesday, well ahead of the deadline.", "withholding", "platform"),
    ("The platform blocked the posts for local users but left them visible elsewhere.", "withholding", "platform"),
    ("The messaging app let the deadline pass without removing a single channel.", "refusal", "platform"),
    ("The company has asked the court to review the order, and until it does, the posts stay up.", "refusal", "platform"),
    ("“We will not switch off channels run by journalists,” the founder wrote.", "refusal", "platform"),
    ("The company lodged an appeal with the Supreme Court on March 1.", "legal_action", "platform"),
    ("Then, on Oct. 9, it went to the Constitutional Court.", "legal_action", "platform"),
    ("We have complied while we challenge its legality in court.", "legal_action", "platform"),
    ("A police case was registered on Feb. 4.", "legal_action", "government"),
    ("A judge on Wednesday extended an injunction ordering the platform to hide the clips.", "court_ruling", "government"),
    ("A district court ordered the messaging app Parlo to pay 40,000 korun a day.", "court_ruling", "government"),
    ("Its compliance officer could go to prison for up to five years.", "legal_threat", "government"),
    ("The interior ministry announced late on Tuesday that access would return.", "statement", "government"),
    ("The ministry had defended the measure on June 1 as necessary for public order.", "statement", "government"),
    ("The company on Wednesday countered that it had followed the law.", "statement", "platform"),
    ("The government suspended Twitter on June 4 last year.", "blocking_order", "government"),
    ("Russia's regulator began slowing Twitter in March last year.", "blocking_order", "government"),
    ("Roskomnadzor, the communications regulator, began slowing Twitter in March.", "blocking_order", "government"),
    ("The company said it had been served with several separate orders by the ministry.", "blocking_order", "government"),
    # found by the learned detector until session 24, in session 26 (retrained on 99 sets) and again in session 28
    # (104 sets); the session-25 and session-27 detectors skipped it, and a pattern for "the order was issued" added
    # four false alarms: the detector's case, at the edge of its threshold (a retraining may flip it again)
    pytest.param("The order was issued late on Sunday under Section 69A.", "blocking_order", "government",
                 marks=pytest.mark.xfail(strict=True, reason="the detector's edge case: retrained on 112 sets "
                                         "(session 32) it no longer proposes this order; strict, so a retraining "
                                         "that finds it again shows")),
    ("X Corp had filed the appeal on August 1, contending that the costs were excessive.", "legal_action", "platform"),
    ("The platform had ignored dozens of court orders last year.", "refusal", "platform"),
    ("The owner said X would stop complying with court orders.", "refusal", "platform"),
    ("The justice ordered the immediate and complete suspension of X.", "blocking_order", "government"),
    ("The ministry ordered Castwave to make 46 channels unavailable.", "blocking_order", "government"),
    ("He gave Apple and Google five days to pull VPN apps.", "blocking_order", "government"),
    ("The justice threatened its local legal representative with arrest.", "legal_threat", "government"),
    ("Platforms that refuse could face advertising bans and bandwidth cuts.", "legal_threat", "government"),
    ("The minister asked prosecutors to seek a block on the entire app.", "legal_threat", "government"),
])
def test_round5_families(text, etype, side):
    found = one_sentence(text, "2024-10-20")
    got = found[found["event_type"] == etype]
    assert not got.empty, found[["event_type", "side"]]
    assert got.iloc[0]["side"] == side


@pytest.mark.parametrize("text,etype", [
    ("He noted that the company would have to go to court if it wanted the orders set aside.", "legal_action"),
    ("Every intermediary has the right to go to court.", "legal_action"),
    ("Twitter complied days before it filed the petition.", "legal_action"),
    ("Critics said the posts would stay up only if the court intervened.", "withholding"),
    ("The court had first announced its decision on Dec. 26, when its judges voted.", "statement"),
    ("The firm filed a petition, arguing that the order had been issued without a hearing.", "blocking_order"),
    ("Users said the government had not blocked the app.", "blocking_order"),
    ("Twitter did not respond to an emailed query on the outcome of the meeting.", "refusal"),
    ("An intermediary that does not comply with a blocking direction can be punished.", "refusal"),
])
def test_round5_not_events(text, etype):
    assert etype not in set(one_sentence(text, "2024-10-20")["event_type"])


def test_a_response_with_an_open_start_starts_with_the_order_it_answers():
    body = ("On April 16 the commissioner issued the platform with a notice of non-compliance.\n\n"
            "The platform blocked the posts for local users, the company said.")
    found = extract(body, "2024-04-24")
    response = found[found["event_type"] == "withholding"].iloc[0]
    assert response["date_start"] == "2024-04-16"
    # no order told before it: the start stays open (below the lead: a lead's undated news is of the day, s19)
    alone = extract("Regulators are reviewing the platform's licence.\n\n"
                    "The platform blocked the posts for local users, the company said.", "2024-04-24")
    assert alone[alone["event_type"] == "withholding"].iloc[0]["date_start"] == ""


def test_count_nearest_the_trigger_and_skipped_units_from_the_clause_cache():
    """``find_count`` reads a clause's counts once (``_counts``, per article) and picks per call: the nearest to
    the offset given, units to skip left out, whichever call comes first."""
    clause = "It blocked 40 accounts and received 12 orders on 3 days"
    events._counts.cache_clear()
    assert events.find_count(clause, clause.index("received"), ("orders",)) == (40, "accounts")
    assert events.find_count(clause, clause.index("received")) == (12, "orders")
    assert events.find_count(clause, 0) == (40, "accounts")
    assert events.find_count("No number here at all.") == (None, "")
    assert events.find_count("Fined Rs 5 crore and 2 lakh users", 0) == (5, "crore rupees")


# Session 7: date windows of live blogs, interviews, reports and leads ------------------------------------------

def window_of(found: pd.DataFrame, etype: str, contains: str = "") -> tuple[str, str]:
    rows = found[(found["event_type"] == etype) & found["evidence"].str.contains(contains, regex=False)]
    assert len(rows), f"no {etype} event in {found[['event_type', 'evidence']].to_dict('records')}"
    return rows.iloc[0]["date_start"], rows.iloc[0]["date_end"]


def test_live_blog_time_stamp_dates_the_entry():
    body = ("Readers have followed the dispute since it began in May.\n\n"
            "15:40 — The Supreme Court has suspended the part of the order that fined VPN users.")
    found = extract(body, "2024-09-06")
    assert window_of(found, "court_ruling") == ("2024-09-06", "2024-09-06")


def test_statement_without_its_own_date_does_not_take_the_paragraphs_last_date():
    body = ("The regulator ordered Parlo on March 3 to block 40 accounts. "
            "In a statement, Parlo said the demand was unlawful.")
    found = extract(body, "2025-03-20")
    assert window_of(found, "statement")[1] == "2025-03-20"  # said on or before the article date, not on March 3


def test_interview_label_does_not_hide_the_date_of_the_answer():
    found = extract("Q: The ministry said last week that “the platform cannot judge what is lawful.”", "2021-02-15")
    assert window_of(found, "statement") == ("2021-02-08", "2021-02-14")


def test_days_after_is_before_the_main_clause_date():
    body = ("The telecoms ministry on Monday ordered providers to block the app Threadly, "
            "days after the company refused to take down 57 posts.")
    found = extract(body, "2025-09-12")
    assert window_of(found, "refusal") == ("2025-08-29", "2025-09-08")


def test_days_after_without_any_date_ends_at_the_article_date():
    found = extract("The head of Parlo's office has resigned, days after she refused to block 300 accounts.",
                    "2026-03-12")
    assert window_of(found, "refusal") == ("", "2026-03-12")


def test_the_remarks_came_after_counts_from_the_lead_not_from_background():
    body = ("NEW DELHI — The minister on Thursday told parliament that platforms must obey the law.\n\n"
            "He asked why the platform had acted against rioters abroad last month.\n\n"
            "The remarks came a day after senior executives of the platform held a virtual meeting with the "
            "IT secretary.")
    found = extract(body, "2021-02-11")
    assert window_of(found, "meeting") == ("2021-02-10", "2021-02-10")


def test_transparency_report_period_dates_the_actions_during_it():
    body = ("The ministry sent the company 2,314 legal demands between January and June, the report said.\n\n"
            "The company said it had withheld 412 accounts during the period.")
    found = extract(body, "2025-07-16")
    assert window_of(found, "blocking_order") == ("2025-01-01", "2025-06-30")
    assert window_of(found, "withholding") == ("2025-01-01", "2025-06-30")


def test_a_count_of_months_back_is_not_the_date_of_a_later_clause():
    body = ("The ministry had served the company a notice on 27 June, giving it until Monday to act on all the "
            "orders it had received over the past year, and warning that failure could cost it its legal shield.")
    found = extract(body, "2022-07-05")
    assert window_of(found, "legal_threat") == ("2022-06-27", "2022-06-27")
