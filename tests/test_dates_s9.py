"""Date windows, session 9: one invented sentence group per rule, worded unlike the gold articles.

Each rule is listed in ``data/lexicons/README_events.md`` ("Session 9, date windows").
"""

from helpers import dates, events
from conftest import extract_events, given_sentences, window


def test_s9_lead_order_takes_the_day_of_the_sentence_that_dates_it():
    # 'The notice, dated Tuesday, ...' just after a lead that says only 'has served': the notice is of Tuesday
    body = ("Lakemoor's media watchdog has served a warning notice on the podcast app Tunely, accusing it of "
            "ignoring an order to pull 14 episodes.\n\n"
            "The notice, dated Tuesday, gives the company five days to reply.")
    assert window(body, "2024-05-10", "non_compliance_notice") == ("2024-05-07", "2024-05-07")
    body = ("Police in Osterby have ordered the chat app Hollo to shut 40 groups used to plan road blockades.\n\n"
            "The order, signed by the deputy chief on April 29, gives Hollo a week to comply.")
    assert window(body, "2024-05-10", "blocking_order") == ("2024-04-29", "2024-04-29")


def test_s9_lead_block_in_force_is_not_dated_by_the_order():
    # 'has suspended access' tells the block in force, not the order signed on Sunday
    body = ("The government has suspended access to the messaging app Hollo across the country during "
            "school exams.\n\n"
            "The order, signed by the education minister on Sunday, runs until the last paper is sat.")
    assert window(body, "2024-05-10", "blocking_order") == ("", "2024-05-10")


def test_s9_block_quote_is_dated_by_the_statement_that_introduces_it():
    texts = ["In a letter to the regulator dated May 2, the store wrote:",
             "We will not remove these tools unless a court orders us to do so."]
    found = given_sentences(texts, side="platform", date="2024-05-10")
    refusal = found[found["event_type"] == "refusal"].iloc[0]
    assert (refusal["date_start"], refusal["date_end"]) == ("2024-05-02", "2024-05-02")
    # without the colon the paragraph before is no introduction: news of the day, as before
    found = given_sentences([texts[0][:-1] + ".", texts[1]], side="platform", date="2024-05-10")
    refusal = found[found["event_type"] == "refusal"].iloc[0]
    assert refusal["date_end"] == "2024-05-10"


def test_s9_weeks_after_counts_back_from_the_clause_date():
    p = next(q for q in dates.find_phrases("The suit came two weeks after the order") if q.kind == "anchor_before")
    anchor = dates.Window("2024-05-20", "2024-05-20", "on May 20", "explicit")
    assert dates.resolve(p, "2024-05-24", anchor) == dates.Window("2024-05-06", "2024-05-06", p.text, "order")


def test_s9_list_by_year_dates_each_figure_by_its_own_year():
    body = "The ministry blocked nine Twitter URLs in 2015 and 31 in 2016, before the count rose further."
    found = extract_events(body, "2023-03-01")
    orders = found[found["event_type"] == "blocking_order"]
    assert sorted(zip(orders["date_start"], orders["date_end"])) == [("2015-01-01", "2015-12-31"),
                                                                     ("2016-01-01", "2016-12-31")]
    assert [p.text for p in dates.find_phrases("blocked in 2020 and 2021")] == ["2020 and 2021"]  # still a range


def test_s9_days_earlier_counts_back_from_the_other_clause():
    body = ("The regulator issued the warning on Thursday, March 7, after the app restored 90 channels it had "
            "withheld at the ministry's request three days earlier.")
    assert window(body, "2024-03-09", "withholding") == ("2024-03-04", "2024-03-04")


def test_s9_since_a_weekday_runs_to_the_article_date_for_counted_orders():
    p = dates.find_phrases("has sent four orders since Monday")[0]
    assert dates.resolve(p, "2024-05-10") == dates.Window("2024-05-06", "2024-05-10", "since Monday", "relative")
    body = "The ministry has sent four blocking orders to video sites since Monday, naming 300 clips."
    assert window(body, "2024-05-10", "blocking_order") == ("2024-05-06", "2024-05-10")
    body = "The regulator has throttled the chat app Hollo in two provinces since Tuesday."
    assert window(body, "2024-05-10", "blocking_order") == ("2024-05-07", "2024-05-07")  # a state begun that day


def test_s9_lead_takes_the_day_of_the_detected_retelling_just_after_it():
    # the second paragraph retells the lead's withholding with its day ('disappeared ... on Tuesday'); only the
    # learned detector finds it there, and it may date the lead (a detected event was never a source before)
    body = ("Video platform Streamo has blocked viewers in Lakemoor from watching a comedian's new special, days "
            "after the culture ministry filed a complaint about it.\n\n"
            "The special disappeared from the Lakemoor version of the service on Tuesday but remains available in "
            "30 other countries.")
    assert window(body, "2024-05-10", "withholding", "has blocked") == ("2024-05-07", "2024-05-07")


def test_s9_list_of_days_dates_a_response_from_its_first_day_and_a_later_order_by_it():
    body = ("The platform said it had received only two requests, on April 8 and April 11, covering 90 videos, and "
            "had removed 12 that broke its own rules.")
    assert window(body, "2024-04-19", "withholding") == ("2024-04-08", "2024-04-19")
    body = ("She said the first two, issued on April 8 and April 11, covered more than 200 posts, and that Tunely had "
            "withheld only some of them.")
    assert window(body, "2024-04-19", "blocking_order") == ("2024-04-08", "2024-04-08")
    assert window(body, "2024-04-19", "withholding") == ("2024-04-08", "2024-04-19")


def test_s9_response_said_in_the_pluperfect_opens_when_the_trigger_holds_the_had():
    # the trigger reads 'it had blocked': the reported pluperfect is inside it, the blocking is on or before Friday
    body = ("The interior ministry on Tuesday ordered the chat app Hollo to block 90 public channels. "
            "The company said on Friday it had blocked 31 of them inside the country.")
    assert window(body, "2024-05-10", "withholding") == ("2024-05-07", "2024-05-10")


def test_s9_response_done_by_a_day_ends_that_day_and_starts_at_the_order():
    body = ("The election board on Friday ordered the video app Vidro to remove 64 clips. "
            "The company removed 40 of the clips by Sunday evening, saying the rest were satire.")
    assert window(body, "2024-05-13", "withholding") == ("2024-05-10", "2024-05-12")
    # a plan or a condition is no act done by the day
    for t in ("The company said it would remove the clips by Sunday.",
              "The board will act if the clips are not removed by Sunday."):
        pos = t.index("remove")
        assert events.done_by(t, [(0, len(t))], 0, pos, "2024-05-13") is None
    t = "The company removed 40 of the clips by Sunday evening."
    assert events.done_by(t, [(0, len(t))], 0, t.index("removed"), "2024-05-13") == dates.Window(
        "", "2024-05-12", "Sunday evening", "order")


def test_s9_reaction_is_not_dated_by_what_it_says_will_happen():
    body = ("Opposition lawmakers called the ban an attack on comedy and said they would raise it in parliament "
            "next week.")
    start, end = window(body, "2024-05-10", "backlash")
    assert end == "2024-05-10" and start <= "2024-05-10"  # said by the article date, not next week


def test_s9_same_period_is_the_period_told_before_not_the_day_of_the_telling():
    body = ("The forum app Chatly said on Tuesday that the government had sent it 2,120 demands to remove posts in "
            "the first half of 2024. The figures, published in its transparency report, show that it withheld "
            "140 accounts over the same period.")
    assert window(body, "2024-09-18", "withholding") == ("2024-01-01", "2024-06-30")


def test_s9_counts_of_a_report_take_the_period_the_report_covers():
    # "blocking orders", which the trigger patterns find, since session 20 ("legal demands" was found only by the
    # learned detector, which the session's retraining no longer fires on it): the test is of the date, not the detector
    body = ("The report, released on Wednesday, covers July to December 2020, the months of the farm protests.\n\n"
            "On the removal side, the company said it received 4,210 blocking orders from the government and "
            "withheld 52 accounts in the country.")
    assert window(body, "2021-07-15", "blocking_order") == ("2020-07-01", "2020-12-31")
    # no report, no period: the count is news of the article's time
    body = ("The protests ran from July to December 2020, the months of the farm protests.\n\n"
            "On the removal side, the company said it received 4,210 blocking orders from the government and "
            "withheld 52 accounts in the country.")
    assert window(body, "2021-07-15", "blocking_order") != ("2020-07-01", "2020-12-31")


def test_s9_orders_issued_over_months_are_no_day_for_a_threat_or_a_later_ruling():
    body = ("The High Court on June 30 dismissed the petition of the video app Vidro against eight blocking orders.\n\n"
            "The orders, issued between March 2021 and April 2022, named 900 channels.\n\n"
            "The judge imposed costs of Rs 20 lakh, payable within 30 days, failing which an additional Rs 2,000 "
            "would be levied for each day of delay.")
    assert window(body, "2023-07-02", "legal_threat") == ("2023-06-30", "2023-06-30")
    assert window(body, "2023-07-02", "court_ruling", "imposed") == ("2023-06-30", "2023-06-30")


def test_s9_threat_told_days_after_the_event_before_keeps_that_day():
    body = ("The regulator ordered the chat app Hollo on Monday to block 40 groups. "
            "Two days later, the minister warned that the company's managers could face up to three years in prison.")
    assert window(body, "2024-05-10", "legal_threat") == ("2024-05-08", "2024-05-08")


def test_s9_lead_petition_takes_the_day_of_the_sentence_that_dates_it():
    body = ("The video app Vidro has asked the High Court to set aside a batch of takedown orders issued by the "
            "culture ministry.\n\n"
            "The petition, filed on Tuesday, covers six orders that together named 310 clips.")
    assert window(body, "2024-05-10", "legal_action", "has asked") == ("2024-05-07", "2024-05-07")
    # the sentence that dates it is found whatever side the lead's petition was given
    noun, day = events.retold_day("The petition, filed on Tuesday, covers six orders.", "2024-05-10", None)
    assert (noun, day.start, day.end) == ("petition", "2024-05-07", "2024-05-07")
    assert events.retold_day("The petition was filed a day after the deadline.", "2024-05-10", None) is None


def test_s9_complied_before_going_to_court_ends_on_the_day_it_went_to_court():
    # the flashback to the first order is the narrative time, but the compliance ends at the day it went to court
    body = ("The forum app Chatly asked the High Court on July 5 to quash eight blocking orders.\n\n"
            "The ministry had first ordered Chatly on June 2 to block 40 pages.\n\n"
            "Q: Chatly complied with the orders before going to court.")
    assert window(body, "2022-07-08", "withholding") == ("2022-06-02", "2022-07-05")


def test_s9_refusal_told_right_after_a_dated_statement_of_its_side_is_of_that_day():
    texts = ["In a blog post on Wednesday, the company said it had withheld some of the accounts in India.",
             '"We will not act on accounts belonging to news organisations or journalists," it wrote.']
    import pandas as pd
    from helpers import events
    sents = pd.DataFrame({"sentence_id": [0, 1], "char_start": [0, len(texts[0]) + 1],
                          "char_end": [len(texts[0]), len(texts[0]) + 1 + len(texts[1])], "text": texts,
                          "paragraph": [3, 3], "side": ["platform", "platform"], "speaker": ["", ""]})
    found = events.extract("2024-05-10", sents)
    refusal = found[found["event_type"] == "refusal"].iloc[0]
    assert (refusal["date_start"], refusal["date_end"]) == ("2024-05-08", "2024-05-08")


# second wave


def test_s9b_in_the_past_week_is_the_seven_days_to_the_article_date():
    # 'in the past week' counts back from the article date; 'last week' alone stays the previous calendar week
    body = "Officials of the ministry and the video app Vidro met twice in the past week to discuss the orders."
    assert window(body, "2024-05-10", "meeting") == ("2024-05-03", "2024-05-10")
    body = "Officials of the ministry and the video app Vidro met last week to discuss the orders."
    assert window(body, "2024-05-10", "meeting") == ("2024-04-29", "2024-05-05")


def test_s9b_the_n_days_to_a_weekday_end_on_that_weekday():
    from helpers import dates
    found = dates.find_phrases("Regulators sent 12 blocking orders in the seven days to Thursday.")
    assert [(p.text, dates.resolve(p, "2024-05-10").start, dates.resolve(p, "2024-05-10").end) for p in found] == \
        [("in the seven days to Thursday", "2024-05-03", "2024-05-09")]
    found = dates.find_phrases("It fell in the week to Friday.")
    w = dates.resolve(found[0], "2024-05-13")
    assert (w.start, w.end) == ("2024-05-04", "2024-05-10")


def test_s9b_ruling_n_days_before_the_main_clause_not_dated_by_a_relative_clause():
    # 'since March' belongs to 'the orders that had kept them hidden', not to the ruling two days before Friday
    body = ("The photo app Snapli restored 230 accounts on Friday, two days after the High Court quashed the blocking "
            "orders that had kept them hidden since March.")
    assert window(body, "2024-05-10", "court_ruling") == ("2024-05-08", "2024-05-08")


def test_s9b_for_the_past_n_days_counts_back_from_the_article_date():
    found = dates.find_phrases("For the past 10 days, users of the chat app Hollo could not send pictures.")
    w = dates.resolve(found[0], "2024-05-10")
    assert (found[0].text, w.start, w.end) == ("For the past 10 days", "2024-04-30", "2024-05-10")


def test_s9b_refusal_held_for_n_weeks_runs_back_from_its_day():
    body = ("A court on Thursday fined the chat app Hollo 5,000 crowns for every day it fails to block 12 groups, "
            "ruling that the company had ignored the order for nearly three weeks.")
    assert window(body, "2024-05-10", "refusal") == ("2024-04-18", "2024-05-09")


def test_s9b_expected_to_on_a_weekday_is_the_coming_weekday():
    body = "IT Minister Ravi Sen is expected to make a statement on the Vidro dispute in parliament on Thursday."
    assert window(body, "2024-05-08", "statement") == ("2024-05-09", "2024-05-09")


def test_s9b_event_told_before_n_weeks_after_is_the_later_one():
    # the unveiling came three weeks after the standoff: it is Thursday's, not three weeks before Thursday
    body = ("The government on Thursday announced new rules for social media companies.\n\n"
            "The rules were unveiled at a press conference by the IT minister, less than three weeks after a public "
            "standoff with the video app Vidro over blocked accounts.")
    assert window(body, "2024-05-10", "statement", "unveiled") == ("2024-05-09", "2024-05-10")  # that day (or the next)


def test_s9b_statement_not_dated_by_the_period_it_reports():
    # 'in the past 10 days' dates the orders the post reports, not the post: the post is of the narrative's Wednesday
    text = ("In a blog post published hours before a meeting with the minister, the company said it had received "
            "several orders in the past 10 days.")
    spans, pos = events.clauses(text), text.index("blog post")
    wednesday = dates.Window("2024-05-08", "2024-05-08", "on Wednesday", "relative")
    window, own = events.date_for(text, spans, events.clause_of(spans, pos), pos, pos + 9, False, "2024-05-10",
                                  wednesday, None, [], "statement")
    assert (window.start, window.end, own) == ("2024-05-08", "2024-05-08", True)


def test_s9b_within_hours_after_a_flashback_month_answers_the_latest_news():
    # the narrative time is 'in March' (a month): 'within hours' is of the ruling told before it, not of March
    body = ("The High Court on Thursday ruled that an order against the video app Vidro was unlawful.\n\n"
            "The regulator had ordered the app in March to block a news channel.\n\n"
            "The court also set aside the order, and Vidro restored the channel within hours, the company said.")
    assert window(body, "2024-05-10", "restoration") == ("2024-05-09", "2024-05-10")


def test_s9b_undated_said_it_had_withheld_runs_from_the_order():
    # the statement is of the narrative's Thursday, the withholding it reports on or before it, from the order
    body = ("The ministry ordered the video app Vidro on Monday to block 300 accounts.\n\n"
            "On Thursday, officials met company executives.\n\n"
            "Vidro said in a statement that it had withheld 212 of the accounts.")
    assert window(body, "2024-05-10", "withholding") == ("2024-05-06", "2024-05-10")


def test_s9b_participle_adjective_takes_no_date_from_the_verb():
    # 'the removed clips' is no act between 'restored' and 'on Monday': Monday dates the restoration
    body = "Vidro said it had restored two of the removed clips on Monday after their creators proved they were genuine."
    assert window(body, "2024-05-10", "restoration") == ("2024-05-06", "2024-05-06")
