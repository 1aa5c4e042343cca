"""helpers.stance: cues, negation and its scope, and the speaker's side."""
import pytest

from helpers import stance


def label(text: str, side: str) -> str:
    """Stance label of one sentence said by ``side``."""
    return stance.label(stance.score_sentence(text, side)[0])


def test_negation_turns_compliance_into_refusal():
    assert label("The company said it will block the accounts.", "platform") == "favor"
    assert label("We have not taken any action on these accounts.", "platform") == "against"
    assert label("We will not remove lawful speech.", "platform") == "against"


def test_same_words_other_side():
    assert label("Twitter did not comply with the orders.", "government") == "favor"
    assert label("We did not comply with the orders.", "platform") == "against"
    assert label("Twitter has not taken any action on the accounts.", "government") == "favor"


def test_negation_scope_stops_at_clause_break():
    score, cues = stance.score_sentence("We did not hesitate, and we will comply with the order.", "platform")
    assert score > 0 and cues == ["will comply"]


def test_demands_are_not_platform_actions():
    assert label("Today we received orders to block accounts of journalists.", "platform") == "neutral"


def test_cues_are_reported():
    _, cues = stance.score_sentence("If Twitter doesn't follow its orders, it will face imprisonment.", "government")
    assert "imprisonment" in cues and any(c.startswith("not ") for c in cues)


def test_bad_cue_row_is_named(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("cue,stance,weight,sides\ncomply,maybe,1,any\n", encoding="utf-8")
    with pytest.raises(stance.LexiconError, match=r"cues.csv: row 2"):
        stance.read_cues(bad)


def test_side_prior_decides_without_cues():
    text = "These posts put named people in danger."
    assert label(text, "government") == "favor"
    assert label(text, "platform") == "neutral"
    assert label(text, "narrator") == "neutral"


def test_procedural_cues_make_government_neutral():
    assert label("Officials said the company had since complied with the remaining orders.", "government") == "neutral"
    assert label("Officials said the company has not complied with the orders.", "government") == "favor"
    assert label("The rules require platforms to appoint a grievance officer and publish a monthly report.",
                 "government") == "neutral"


def test_evidence_both_ways_is_neutral():
    assert label("The company said it would comply with the order but would appeal.", "platform") == "neutral"


def test_other_speakers_follow_cues():
    assert label("The rights group said the order was arbitrary censorship.", "other") == "against"
    assert label("The professor welcomed the ruling and said the law applies to everyone.", "other") == "favor"


def test_descriptive_cue_is_not_turned_by_a_distant_negator():
    weights, cues = stance.evidence("We will not bow to secret orders that silence critics.", "platform")
    assert weights["favor"] == 0 and weights["against"] > 0 and "not secret" in cues  # negation noted, stance kept


def test_bad_prior_row_is_named(tmp_path):
    bad = tmp_path / "priors.csv"
    bad.write_text("side,stance,weight,reason\ngovernment,favor,lots,because\n", encoding="utf-8")
    with pytest.raises(stance.LexiconError, match=r"priors.csv: row 2"):
        stance.read_priors(bad)


def test_general_rights_legal_and_court_vocabulary():
    assert label("Slowing the service will only curb public conversation.", "platform") == "against"
    assert label("The petition asks the court to quash the order.", "platform") == "against"
    assert label("A measure that silences a whole country cannot rest on secret reasons.", "government") == "against"
    assert label("The minister called the ban collective punishment of users.", "other") == "against"


def test_unnamed_sources_relay_facts_and_named_critics_keep_their_prior():
    fact = "The notice reached the firm's office in Lagos on a Friday evening."
    assert stance.label(stance.score_sentence(fact, "other", "people briefed on the talks")[0]) == "neutral"
    assert stance.label(stance.score_sentence(fact, "other", "one of the sources")[0]) == "neutral"
    assert stance.label(stance.score_sentence(fact, "other", "Amara Eze")[0]) == "against"


def test_due_process_and_reluctant_compliance_are_against():
    assert label("It added that the agency had not recorded reasons for blocking the posts.", "platform") == "against"
    assert label("An order that gives no reasons cannot stand.", "other") == "against"
    assert label("We removed the clip reluctantly, as the statute left us no choice.", "platform") == "against"
    assert label("The freedom to receive information cannot be curtailed by a memo.", "other") == "against"


def test_harmful_content_and_respect_for_law_keep_their_stance_under_negation():
    assert label("The state would never tolerate fake news on these apps.", "government") == "favor"
    assert label("Foreign firms are free to operate, but they must respect the laws of this republic.", "government") == "favor"


def test_explicit_refusal_outweighs_a_reported_partial_act_and_hedged_compliance_is_neutral():
    assert label("The app has removed some of the videos but will not take down the reporters' channels.", "platform") == "against"
    assert label("We will strive to comply with the statute while we study it.", "platform") == "neutral"


def test_block_introduction_dilemma_and_refusal_phrasings_of_held_out_3():
    # a sentence that only opens a block quote carries no stance of its own
    assert label("The relevant clause of the order states:", "government") == "neutral"
    # a dilemma described from outside, a court history, money deposited: neutral
    assert label("A former staffer said the local team was in a difficult position.", "other") == "neutral"
    assert label("The statute survived an earlier challenge before the top court.", "other") == "neutral"
    assert label("Its lawyer offered to deposit the fine with the registry.", "platform") == "neutral"
    # the platform's own refusal, intimidation, and welcoming the end of a block
    assert label("We do not remove posts simply because an official dislikes them.", "platform") == "against"
    assert label("The firm called the search a bid to frighten its reporters.", "platform") == "against"
    assert label("The service welcomed the lifting of the ban on Tuesday.", "platform") == "against"
    # the state still demands obedience when the negation is about choosing
    assert label("An official said firms may not pick which lawful orders they obey.", "government") == "favor"
    assert label("If the firm thinks a direction is wrong, it should go to court, not to ignore it.", "other") == "favor"


def lookbehind_pattern(cue: str):
    """The cue regex as first written (boundary test before the first word), to check the faster form."""
    import re

    parts = [r"[\w'-]+" if w == "*" else re.escape(w.rstrip("*")) + (r"[\w-]*" if w.endswith("*") else "")
             for w in cue.lower().split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


STANCE_TEXTS = ["We will not comply with the orders.", "Non-compliance, non‐compliance and noncompliance.",
                "She said: 'won't block' — the unblock-ing of blocks; re-blocked accounts (blocked).",
                "Censorship, censored, CENSOR! The law applies; laws applied.", "follow-up orders; followed its orders",
                "-comply comply- complying_ _comply", "to block", "", "Twitter’s refusal to follow the law of the land."]


def test_literal_first_cue_patterns_match_like_the_lookbehind_form():
    for cue in {c.cue for c in stance.cues()} | {"* to block", "a*", "law* appl*"}:
        fast, slow = stance.cue_pattern(cue), lookbehind_pattern(cue)
        for text in STANCE_TEXTS:
            low = text.lower().replace("’", "'")
            assert [m.span() for m in fast.finditer(low)] == [m.span() for m in slow.finditer(low)], (cue, text)


def test_cue_index_never_misses_a_cue():
    """Every cue whose regex matches a text is among the index's candidates for it, for every side."""
    from helpers import corpus, paths, text as text_mod

    texts = list(STANCE_TEXTS)
    for path in sorted((paths.ANNOTATIONS / "articles").glob("*.txt"))[:10]:
        texts += text_mod.sentence_columns(corpus.read_article(path).body)["text"]
    for side in stance.SIDES:
        index = stance.cue_index(side)
        for text in texts:
            low = text.lower().replace("’", "'")
            found = {c.cue for c in index.candidates(low)}
            assert all(c.cue in found for c in stance.cues_for(side) if c.pattern.search(low)), (side, text)
    assert stance.cue_condition("follow* * orders") == ("run", "orders")
    assert stance.cue_condition("censor*") == ("prefix", "cen") and stance.cue_condition("a*") is None


def test_reported_compliance_of_a_platform_is_procedural_and_its_refusal_is_not():
    assert label("The company told the court it had complied with the directions.", "platform") == "neutral"
    assert label("The company said it has not complied with the directions.", "platform") == "against"


def test_the_court_route_offered_as_the_alternative_to_defiance_is_not_a_challenge():
    assert label("A retired judge said the firm had no option but to follow the orders or challenge them in court.", "other") == "favor"
    assert label("If a platform dislikes a direction, the remedy is to challenge it in court, not to ignore it.", "other") == "favor"
    assert label("Such directions have rarely been challenged, a law professor said.", "other") == "neutral"
    assert label("We will challenge the orders in court.", "platform") == "against"  # a challenge made is still one


def test_rebukes_outweigh_procedure_and_new_rebuke_and_harm_families():
    assert label("Releasing the report before the scheduled meeting was unusual.", "government") == "favor"
    assert label("The company cannot appoint itself a court over lawful directions.", "government") == "favor"
    assert label("That is not what the statute allows, the firm's lawyer said.", "platform") == "against"
    assert label("The videos are fabrications meant to mislead voters.", "government") == "favor"
    assert label("We are happy to welcome readers in Kestrava back.", "platform") == "against"


def test_observers_need_a_cue_and_statistics_and_lifting_are_procedure():
    # GUIDELINES_ADDENDUM.md: analysts and experts describe consequences; figures compared with earlier ones and
    # the state ending its own measure report procedure; a platform calling the demand wrong is against
    analysts = "Analysts said the shutdown would cost the app part of its audience."
    assert stance.label(stance.score_sentence(analysts, "other", "analysts")[0]) == "neutral"
    assert stance.label(stance.score_sentence(analysts, "other", "activists")[0]) == "against"
    assert label("The ministry said it had ordered 900 URLs blocked last year, up from 400 the year before.", "government") == "neutral"
    assert label("The president has lifted the ban on the app.", "government") == "neutral"
    assert label("We are asked to hide accounts without reasons, and we think that is wrong.", "platform") == "against"


def stances_of(texts: list[str], sides: list[str], speakers: list[str], articles: list[str] | None = None) -> list[str]:
    """The cue rules' stances of one or more articles' sentences scored together (as the pipeline scores an article)."""
    cols = {"text": texts, "side": sides, "speaker": speakers}
    if articles is not None:
        cols["article_id"] = articles
    return stance.score_columns(cols)["stance_rule"]  # the cue rules alone (the model votes on top: test_stance_model)


def test_an_observer_named_by_apposition_needs_a_cue_in_every_sentence_of_the_article():
    # GUIDELINES_ADDENDUM.md: observers' stance needs a cue; the role is often named once, after the name
    texts = ["“Every week offline cost the firm readers,” said Ana Costa, a Lisbon-based market analyst.",
             "“The audience will not come back quickly.”",
             "“The order is plain censorship,” said Ana Costa, a Lisbon-based market analyst."]
    assert stances_of(texts, ["other"] * 3, ["Ana Costa"] * 3) == ["neutral", "neutral", "against"]
    critic = [t.replace("a Lisbon-based market analyst", "a Lisbon-based rights campaigner") for t in texts]
    assert stances_of(critic, ["other"] * 3, ["Ana Costa"] * 3) == ["against", "against", "against"]
    # the role is looked for in the same article only
    assert stances_of([texts[1], texts[0]], ["other"] * 2, ["Ana Costa"] * 2, ["a", "b"]) == ["against", "neutral"]


def test_a_group_familiar_with_the_matter_is_an_unnamed_source():
    text = "Three lawyers familiar with the firm's plans said an appeal was being drafted."
    assert stances_of([text], ["other"], ["Three"]) == ["neutral"]
    assert stances_of(["Three lawyers said an appeal was being drafted."], ["other"], ["Three"]) == ["against"]


def test_content_called_unlawful_is_not_a_dispute_of_the_orders():
    assert label("The firm says it removed every post that an order showed to be unlawful content.", "platform") == "neutral"
    assert label("We remove unlawful posts as soon as a court identifies them.", "platform") == "neutral"
    assert label("The firm says the orders are unlawful.", "platform") == "against"


def test_the_state_accusing_the_platform_of_breaking_the_law_or_lying_is_favor():
    assert label("The minister said the firm had broken national law and had since complied with the directions.", "government") == "favor"
    assert label("The ministry said the firm's account of the meeting was untrue.", "government") == "favor"
    assert label("The ministry said the firm had complied with the directions.", "government") == "neutral"


def test_the_state_pointing_to_the_courts_is_procedure_unless_it_also_demands_obedience():
    assert label("If the company disagrees, the courts are open to it.", "government") == "neutral"
    assert label("Every platform has the right to go to court.", "government") == "neutral"
    assert label("Platforms are free to approach the courts but must obey the law of the land.", "government") == "favor"


def domain_tones(texts: list[str]) -> list[str]:
    """Tone of each text after the domain lexicon (data/lexicons/domain_sentiment.csv, owned with the stance cues)."""
    from helpers import sentiment

    return [sentiment.tone(x) for x in sentiment.score_domain(texts)]


def test_domain_lexicon_names_of_things_are_not_feelings():
    # VADER reads these as feelings; in policy and legal news they name a party, a topic, a rank, a fact
    texts = ["A spokesperson for the ruling party said the notice was served on Monday.",
             "The company said the safety of its staff remained its top priority.",
             "The operator restored about 300 of the accounts two days later.",
             "The firm filed a suit challenging a clause of the rules.",
             "The slowdown applied to all mobile devices and would stay until the posts were removed.",
             "“This is about the protests,” she said.",
             "The firm blocked the outstanding content before the deadline.",
             "The sources, who asked not to be named, said the list was sent on Friday."]
    from helpers import sentiment

    assert sentiment.tone(sentiment.score_raw(texts[:1])[0]) == "positive"  # what plain VADER gets wrong
    assert domain_tones(texts) == ["neutral"] * len(texts)


def test_domain_lexicon_accusations_and_suppression_are_negative():
    texts = ["The police called the company's account of the visit untrue.",
             "We will keep pressing for changes to rules that chill public conversation.",
             "The court decided that question, and I think wrongly.",
             "The minister called the claim a falsehood."]
    assert domain_tones(texts) == ["negative"] * len(texts)


def test_a_rival_company_reports_facts_and_a_platform_keeping_content_online_resists():
    text = "Rival service Skylark said it had gained thousands of users within hours of the order."
    assert stances_of([text], ["other"], ["Skylark"]) == ["neutral"]
    assert stances_of([text.replace("Rival service ", "")], ["other"], ["Skylark"]) == ["against"]
    assert label("The company said it would keep all 37 channels online until the court decides.", "platform") == "against"


def test_the_state_reporting_access_restored_is_the_end_of_a_measure():
    assert label("The regulator said most providers had restored access by morning.", "government") == "neutral"
    assert label("Officials said access was restored on Friday.", "government") == "neutral"
    assert label("The ministry said Twitter restored the accounts on its own.", "government") == "favor"


def test_the_state_describing_procedure_around_the_dispute_is_neutral_unless_it_demands():
    assert label("Our officers acted on a complaint from a shopkeeper.", "government") == "neutral"
    assert label("The police said the search was unrelated to the dispute over the posts.", "government") == "neutral"
    assert label("The minister said the portal would be reopened next week.", "government") == "neutral"
    # an obligation stated beside the procedure keeps the state's demand
    assert label("The police said the inquiry began on a complaint and the firm was bound to join it.", "government") == "favor"


def test_domain_lexicon_commitments_are_positive_and_courtesy_before_disagreement_is_not():
    assert domain_tones(["The company said it would keep defending free expression.",
                         "We will continue to advocate for the right of users to be heard."]) == ["positive", "positive"]
    assert domain_tones(["We disagree with the order, but we respect that the courts have the final say.",
                         "A spokesperson for the ruling party said the top court would hear the case."]) == ["neutral", "neutral"]


def test_an_academic_introduced_by_a_relative_clause_is_an_observer_and_wide_powers_a_criticism():
    texts = ["We asked Dr. Hana Okoro, who teaches constitutional law at Redmere University, to explain.",
             "Okoro: Section 14 lets the ministry order any platform to block content it considers a threat.",
             "Okoro: The law gives the ministry very wide powers."]
    sides = ["narrator", "other", "other"]
    assert stances_of(texts, sides, ["", "Okoro", "Okoro"]) == ["neutral", "neutral", "against"]
    # "studies ... at a think tank" is not in the lexicon: such researchers are often critics (round 4 labels)
    thinker = [texts[0].replace("teaches constitutional law", "studies regulation"), *texts[1:]]
    assert stances_of(thinker, sides, ["", "Okoro", "Okoro"])[1] == "against"


def test_observer_lexicon_errors_name_the_file_and_row(tmp_path):
    bad = tmp_path / "observer_roles.csv"
    bad.write_text("word,kind,reason\nanalyst,spectator,no such kind\n")
    with pytest.raises(stance.LexiconError, match=r"observer_roles.csv: row 2: kind 'spectator'"):
        stance.observer_words.__wrapped__(bad)
    bad.write_text('word,kind,reason\nanalyst,observer,"unclosed\n')
    with pytest.raises(stance.LexiconError, match="observer_roles.csv: not a readable CSV"):
        stance.observer_words.__wrapped__(bad)


def test_a_platform_keeping_posts_up_asking_a_court_or_denying_authority_is_against():
    texts = ["We have asked the court to examine this order, and until it does, the posts stay up.",
             "The company argued that one country's regulator had no business deciding what others could watch.",
             "The company said it had received the order."]
    assert stances_of(texts, ["platform"] * 3, ["Chirp"] * 3) == ["against", "against", "neutral"]
    # the same words from the state are not a platform's challenge
    assert stances_of([texts[0]], ["government"], ["ministry"]) != ["against"]


def test_the_state_denying_a_punitive_aim_still_defends_and_restrictions_are_not_the_platforms_act():
    assert stances_of(["“We did not ban the app to punish users,” the official said."], ["government"],
                      ["official"]) == ["favor"]
    text = "The company said it was “deeply concerned” by the restrictions and had raised them with the authorities."
    assert stances_of([text], ["platform"], ["Meta"]) == ["against"]
    assert "restricted" in stance.evidence("The company restricted access to 40 posts.", "platform")[1]


def test_a_colon_lead_in_is_neutral_whatever_its_words():
    """'The minister did not mince words:' opens a quotation; its own stance is neutral (GUIDELINES_ADDENDUM.md),
    for the rules and for the learned model, while the same words in a full sentence keep their cue."""
    texts = ["The ministry said the platform had defied its orders and would face action:",
             "The ministry said the platform had defied its orders and would face action."]
    cols = stance.score_columns({"text": texts, "side": ["government", "government"],
                                 "speaker": ["MeitY", "MeitY"], "article_id": ["a", "a"]})
    assert cols["stance"][0] == "neutral" and cols["stance_rule"][0] == "neutral" and cols["stance_cues"][0] == ""
    assert cols["stance"][1] == "favor" and cols["stance_cues"][1] == "defied"


# session 10: from rounds 52-53
def test_a_platform_describing_the_states_pressure_disputes_the_orders():
    """Rounds 18, 24 and 53: 'put the company under heavy pressure', 'a pressure tactic, not a legal process'."""
    assert label("The founder said the authorities had kept the company under constant pressure for months.",
                 "platform") == "against"
    assert "pressure" in stance.evidence("It called the letter a pressure tactic.", "platform")[1]


def test_asking_the_authority_to_narrow_an_order_disputes_its_scope():
    """Rounds 18, 26 and 53 (and the dev set): 'we have asked the authority to narrow it'."""
    assert label("The firm said it had asked the regulator to narrow the list before the deadline.",
                 "platform") == "against"


def test_questioning_whether_the_state_may_act_disputes_the_orders():
    """Rounds 27 and 52: 'questioned whether a provincial office had the power', 'questioned whether the government
    could strip the protection'; the state questioning a platform keeps its own prior."""
    assert label("The app's owner questioned whether a city council could issue such a demand at all.",
                 "platform") == "against"
    assert label("The regulator questioned whether the app still deserved its exemption.", "government") == "favor"

