"""helpers.actors, attribution pass 7 (session 9): one test per rule the pass added or changed.

Each text is written for the test (no article's wording) and fails on the code before the pass.
"""
import pytest

from conftest import attribute, side_of


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_a_person_s_office_speaks_for_that_person():
    body = ("Interior Minister Vesna Marek ordered the app blocked on Monday.\n\n"
            "Her office said the police had traced the posts to four accounts.\n\n"
            "Justice Minister Paul Reddan signed the order. Mr. Reddan's office said late on Friday that talks "
            "would follow.\n\n"
            "The minister's office said it would appeal.")
    frame = attribute(body)
    assert side_of(frame, "traced the posts")[0] == "government"
    assert side_of(frame, "talks would follow")[0] == "government"
    assert side_of(frame, "it would appeal")[0] == "government"


def test_her_office_with_a_coordinated_speech_verb():
    body = ("Data Commissioner Irma Solt found the leak unlawful.\n\n"
            "Her office gave the forum two days to act and warned that it could be fined.")
    assert side_of(attribute(body), "could be fined")[0] == "government"


def test_groups_without_a_registered_name_speak_for_themselves():
    body = ("The ministry withheld 40 accounts on Monday.\n\n"
            "Farm leaders said they would move their updates to other apps.\n\n"
            "Election monitors from the Open Vote Network said the order came too late.\n\n"
            "Analysts at the Lisbon-based Baltra Centre for Network Studies said traffic had fallen by half.")
    frame = attribute(body)
    assert side_of(frame, "move their updates")[0] == "other"
    assert side_of(frame, "came too late")[0] == "other"
    assert side_of(frame, "fallen by half")[0] == "other"


def test_a_headline_vow_is_the_act_announced():
    body = ("Court orders ministry to unblock news site; ministry vows appeal\n\n"
            "A court on Tuesday ordered the ministry to lift its block on the site.")
    assert side_of(attribute(body), "ministry vows appeal")[0] == "narrator"


def test_speech_after_came_after_is_the_speaker_s():
    body = ("The ministry met the company's executives on Thursday.\n\n"
            "The meeting came a day after the company said it would not block the accounts of reporters.\n\n"
            "The hearing came days after the government said the platform had lost its legal shield.\n\n"
            "The row comes a day after two singers posted in support of the strikers.")
    frame = attribute(body)
    assert side_of(frame, "would not block the accounts")[0] == "platform"
    assert side_of(frame, "lost its legal shield")[0] == "government"
    assert side_of(frame, "posted in support")[0] == "narrator"  # a post told as an act, as before


def test_the_lawyer_who_represents_a_person_is_no_party_s_voice():
    body = ("The Health Ministry welcomed the removal.\n\n"
            "Ilse Doran, the lawyer who represents a former clerk, said her client had acted in the public interest.")
    assert side_of(attribute(body), "public interest")[0] == "other"


def test_the_operator_of_an_account_is_a_user():
    body = ("The police chief ordered the platform Kwilo to remove the parody account.\n\n"
            "The account's anonymous operator wrote on Tuesday that the police had no sense of humour.")
    assert side_of(attribute(body), "no sense of humour")[0] == "other"


def test_a_network_engineer_is_no_platform():
    body = ("“A country filter is not a deletion,” said Dr. Mira Hollen, a network engineer who builds moderation "
            "tools for small firms.\n\nDr. Hollen said the approach was a compromise.")
    frame = attribute(body)
    assert side_of(frame, "not a deletion")[0] == "other"
    assert side_of(frame, "was a compromise")[0] == "other"


def test_figures_a_body_published_are_its_words():
    body = ("The authority has sent 12 withholding orders so far this year, according to its own figures.\n\n"
            "The ministry has issued 40 blocking orders this year, according to figures it gave parliament in May.\n\n"
            "The government ordered 9,000 web pages blocked in 2020, according to figures placed before parliament.\n\n"
            "Downloads doubled in a week, according to figures the company shared.\n\n"
            "Traffic fell by half in a day, according to figures.")
    frame = attribute(body)
    assert side_of(frame, "according to its own figures")[0] == "government"
    assert side_of(frame, "figures it gave parliament")[0] == "government"
    assert side_of(frame, "placed before parliament")[0] == "government"
    assert side_of(frame, "the company shared")[0] == "platform"
    assert side_of(frame, "Traffic fell")[0] == "narrator"


def test_people_familiar_with_a_filing_are_unnamed_sources():
    body = ("The company went to court on Tuesday.\n\n"
            "The petition challenges twelve orders, according to people familiar with the filing.\n\n"
            "The plea covers 900 accounts, two people aware of the filing said.")
    frame = attribute(body)
    assert side_of(frame, "twelve orders")[0] == "other"
    assert side_of(frame, "900 accounts")[0] == "other"


def test_a_threat_to_act_is_the_subject_s_speech_unless_coordinated():
    body = ("The digital minister on Friday threatened to fine the app unless it removed the channels.\n\n"
            "Two days later the ministry served a notice and threatened to revoke the licence.\n\n"
            "The company closed its office, saying the judge had threatened to arrest its lawyer.")
    frame = attribute(body)
    assert side_of(frame, "threatened to fine")[0] == "government"
    assert side_of(frame, "threatened to revoke")[0] == "narrator"
    assert side_of(frame, "threatened to arrest")[0] == "platform"


def test_dismissed_as_is_speech_and_a_dismissed_petition_a_ruling():
    body = ("The minister dismissed that claim as an outright lie.\n\n"
            "The Centre on Monday dismissed as “baseless” a complaint by the company.\n\n"
            "The High Court on Friday dismissed a petition by the company and imposed costs.")
    frame = attribute(body)
    assert side_of(frame, "outright lie")[0] == "government"
    assert side_of(frame, "dismissed as")[0] == "government"
    assert side_of(frame, "dismissed a petition")[0] == "narrator"


def test_present_tense_speech_verbs_coordinated_with_and():
    body = ("That evening, the IT secretary meets the executives and tells them the orders are binding.\n\n"
            "The order gives the company 48 hours and warns that its managers could be fined.\n\n"
            "Kavo, which is backed by a foreign fund and says it has 9,000 sellers, went to court.")
    frame = attribute(body)
    assert side_of(frame, "orders are binding")[0] == "government"
    assert side_of(frame, "could be fined")[0] == "government"
    assert side_of(frame, "9,000 sellers")[0] == "narrator"  # inside a relative clause


def test_had_written_is_speech_and_written_by_a_byline():
    body = ("In its blog, the company had written that it would withhold the accounts only in India.\n\n"
            "Written by Tara Velk")
    frame = attribute(body)
    assert side_of(frame, "had written")[0] == "platform"
    assert side_of(frame, "Written by")[0] == "narrator"


def test_present_plural_condemn_and_slam():
    body = ("Opposition, farm unions slam ministry's notice to the platform\n\n"
            "The ministry served the notice on Monday.\n\n"
            "Opposition leaders condemn the arrest.")
    frame = attribute(body)
    assert side_of(frame, "farm unions slam")[0] == "other"
    assert side_of(frame, "condemn the arrest")[0] == "other"


def test_a_company_s_department_is_the_company():
    body = ("Senior staff at the app Brill argued over the order for weeks, internal emails show.\n\n"
            "A lawyer in the company's legal department urged colleagues to push back.")
    assert side_of(attribute(body), "urged colleagues")[0] == "platform"


def test_a_headline_s_bare_spokesperson_takes_the_body_s_spokesperson_side():
    body = ("‘We do not censor’: spokesman defends order against Brill\n\n"
            "Government spokesman Oto Lenz faced questions at his weekly briefing on Wednesday.")
    assert side_of(attribute(body), "spokesman defends")[0] == "government"


def test_for_its_part_between_the_subject_and_a_verb_with_a_phrase_after_it():
    body = ("The ministry ordered 300 accounts blocked.\n\n"
            "The platform Brill, for its part, argued in a blog post on Friday that the orders broke the law.")
    assert side_of(attribute(body), "broke the law")[0] == "platform"


def test_a_ruling_party_spokesman_speaks_for_the_state():
    body = ("The app Brill refused to remove 37 channels.\n\n"
            "Ruling-party spokesman Tomas Brell, for his part, urged the company to obey.")
    assert side_of(attribute(body), "urged the company")[0] == "government"


def test_speech_reported_in_an_explainer_s_answer_is_its_speaker_s():
    body = ("Explainer: what the blocking law allows\n\n"
            "Q: Who decides what is blocked?\n\n"
            "A: A committee of officials. The company said last week that it had withheld only some of the accounts.\n\n"
            "Q: Can users appeal?\n\n"
            "A: In theory, yes. The law lists grounds such as “public order”.")
    frame = attribute(body)
    assert side_of(frame, "withheld only some")[0] == "platform"
    assert side_of(frame, "A committee of officials")[0] == "narrator"
    assert side_of(frame, "The law lists grounds")[0] == "narrator"


def test_quick_to_criticise_is_a_judgement_passed():
    body = ("The regulator doubled its blocking orders this year.\n\n"
            "Press-freedom groups were quick to criticise the jump.\n\n"
            "The ministry was quick to react.")
    frame = attribute(body)
    assert side_of(frame, "quick to criticise")[0] == "other"
    assert side_of(frame, "quick to react")[0] == "narrator"


def test_contrasted_is_speech():
    body = ("The ministry met the platform's executives on Wednesday.\n\n"
            "The readout contrasted the company's speed after a riot abroad with its delay at home.")
    assert side_of(attribute(body), "contrasted")[0] == "government"


def test_a_phrase_quoted_before_anyone_speaks_is_the_narrator_s():
    body = ("Her account, followed by 30,000 people, had been “withheld in the country in response to a legal demand.”\n\n"
            "The ministry later said the order was lawful.")
    frame = attribute(body)
    assert side_of(frame, "followed by 30,000")[0] == "narrator"
    assert side_of(frame, "order was lawful")[0] == "government"


def test_named_organisations_ending_in_council_party_watch_speak():
    body = ("The regulator ordered ten channels blocked.\n\n"
            "The Kestral Digital Industry Council, which represents 40 firms, said the window was unworkable.\n\n"
            "The Green Unity Party urged the ministry to publish the orders.\n\n"
            "The Free Press Watch, which tracks such orders, said most were never published.")
    frame = attribute(body)
    assert side_of(frame, "unworkable")[0] == "other"
    assert side_of(frame, "publish the orders")[0] == "other"
    assert side_of(frame, "never published")[0] == "other"


# second wave


def test_a_determiner_or_rank_opening_the_sentence_is_no_name():
    body = ("The ministry said the platform had restored the accounts.\n\n"
            "Another official said a notice was likely.\n\n"
            "Two senior officials said the deadline would not move.\n\n"
            "Top executives said the company would appeal.")
    frame = attribute(body)
    assert side_of(frame, "notice was likely")[0] == "government"
    assert side_of(frame, "would not move")[0] == "government"
    assert side_of(frame, "would appeal")[0] == "platform"


def test_an_unnamed_official_after_a_quote_and_a_relative_clause_speaks():
    body = ("The ministry warned the platform on Monday.\n\n"
            "“The order was not a suggestion,” a senior official, who did not wish to be named, told Reuters.")
    assert side_of(attribute(body), "not a suggestion")[0] == "government"


def test_sources_familiar_with_its_thinking_speak_for_the_organisation_named_before():
    body = ("Twitter did not respond to requests for comment.\n\n"
            "A person familiar with its thinking said the company had shared a list of blocked posts with the ministry.\n\n"
            "The person added that the company thought some orders too broad.")
    frame = attribute(body)
    assert side_of(frame, "shared a list")[0] == "platform"
    assert side_of(frame, "too broad")[0] == "platform"


def test_the_source_is_the_one_the_previous_sentence_introduced():
    body = ("The ministry ordered 40 accounts withheld.\n\n"
            "A Twitter source said the company acts on valid legal requests.\n\n"
            "“We may withhold access in one country,” the source said.")
    assert side_of(attribute(body), "withhold access in one country")[0] == "platform"


def test_the_lawyer_who_argued_the_case_for_a_party_speaks_for_it():
    body = ("The court set aside the ministry's order on Tuesday.\n\n"
            "“This is a good day for every user,” said Petra Lind, the lawyer who argued the case for Twitter.")
    assert side_of(attribute(body), "good day for every user")[0] == "platform"


def test_a_move_a_named_party_called_something_is_the_narrator_s_apposition():
    body = ("The regulator fined the app last year.\n\n"
            "The ban was imposed in November, a move the government called an assault on its sovereignty.\n\n"
            "Twitter restored the accounts on Monday, a move that officials said could breach the order.")
    frame = attribute(body)
    assert side_of(frame, "ban was imposed")[0] == "narrator"
    assert side_of(frame, "restored the accounts")[0] == "narrator"


def test_witnesses_and_bystanders_are_other_voices():
    body = ("Police fired tear gas near the ministry on Tuesday.\n\n"
            "Its office was closed this morning, a receptionist in the building said.\n\n"
            "Protesters tried to break through a cordon, according to witnesses.")
    frame = attribute(body)
    assert side_of(frame, "a receptionist")[0] == "other"
    assert side_of(frame, "according to witnesses")[0] == "other"


def test_its_transparency_reports_are_the_subject_s_words():
    body = ("The regulator fined Loopline on Monday.\n\n"
            "The company has blocked about 1,200 accounts since 2024, according to its transparency reports.")
    assert side_of(attribute(body), "1,200 accounts")[0] == "platform"


def test_a_name_and_a_filler_before_the_verb_still_speak():
    body = ("The ministry sent the platform a second list.\n\n"
            "Mr. Menon also cautioned that the standoff could escalate quickly.")
    assert side_of(attribute(body), "could escalate")[0] == "other"


def test_a_directorate_is_a_state_body():
    body = ("The app refused the order on Sept. 19.\n\n"
            "Two days later, the directorate served a notice and warned that the company's directors could face prison.")
    assert side_of(attribute(body), "could face prison")[0] == "government"


def test_volunteers_are_other_voices():
    body = ("The ministry ordered the union's handle withheld.\n\n"
            "By Tuesday the handle had gained 3,000 followers, volunteers said.")
    assert side_of(attribute(body), "3,000 followers")[0] == "other"


def test_announcing_a_thing_is_an_act_told_and_announcing_that_is_speech():
    body = ("NEW CITY — The government on Thursday announced sweeping new rules for social media companies.\n\n"
            "The minister announced a new unit that will review posts around the clock.\n\n"
            "The ministry announced on Friday that the app had been suspended.")
    frame = attribute(body)
    assert side_of(frame, "sweeping new rules")[0] == "narrator"
    assert side_of(frame, "a new unit")[0] == "narrator"
    assert side_of(frame, "had been suspended")[0] == "government"


def test_speech_inside_a_dating_clause_after_a_comma_is_the_narrator_s():
    body = ("The ministry ordered the accounts blocked in March.\n\n"
            "Twitter sued the ministry in April, weeks after the ministry issued the order and threatened its managers "
            "with fines.\n\n"
            "The police order, sent two days after the clashes, warned that staff could be charged.")
    frame = attribute(body)
    assert side_of(frame, "sued the ministry")[0] == "narrator"
    assert side_of(frame, "staff could be charged")[0] == "government"
