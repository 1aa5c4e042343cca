"""helpers.actors: quotes, block quotes, reported speech, role words, pronouns and the registry."""
import pytest

from conftest import attribute, side_of, spread
from helpers import actors, text


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_seed_sides(seed_path):
    from helpers import corpus

    body = corpus.read_article(seed_path).body
    frame = attribute(body)
    assert side_of(frame, "It recently blocked")[0] == "narrator"
    assert side_of(frame, "The government responded by saying")[0] == "government"
    assert side_of(frame, "The company noted")[:2] == ("platform", "Twitter")
    assert side_of(frame, "After we communicated")[0::2] == ("platform", "direct")
    assert side_of(frame, "would violate their fundamental right")[0::2] == ("platform", "block")
    assert side_of(frame, "is unusual")[0::2] == ("government", "direct")


def test_interrupted_quote_and_inverted_attribution():
    body = ("“We will not remove lawful speech,” said a company spokesperson, “and we will challenge the order.”\n\n"
            "The regulator said the platform must comply. “This is unusual,” the ministry wrote.")
    frame = attribute(body)
    assert side_of(frame, "lawful speech")[0::2] == ("platform", "direct")
    assert side_of(frame, "The regulator said")[0] == "government"
    assert side_of(frame, "This is unusual")[0] == "government"


def test_unregistered_dispute_is_attributed_with_role_words():
    body = ("Nigeria's information minister said the suspension would stay. According to the company, the ban is "
            "arbitrary. Digital rights activists said it was an attack on speech. Ada Obi said nothing had changed.")
    frame = attribute(body)
    assert side_of(frame, "suspension would stay")[0] == "government"
    assert side_of(frame, "the ban is")[0] == "platform"
    assert side_of(frame, "attack on speech")[0] == "other"
    assert side_of(frame, "nothing had changed")[:2] == ("other", "Ada Obi")


def test_member_words_take_the_side_of_their_organisation():
    body = "A ministry spokesperson said the order stands. A Twitter spokesperson said the firm disagrees."
    frame = attribute(body)
    assert side_of(frame, "order stands")[0] == "government"
    assert side_of(frame, "firm disagrees")[0] == "platform"


def test_pronoun_refers_back_and_block_after_colon():
    body = ("The IT ministry issued a statement. It said the platform had ignored the orders.\n\n"
            "In a statement, the company said:\n\nWe believe these orders are unlawful. We will keep the accounts up.")
    frame = attribute(body)
    assert side_of(frame, "had ignored")[0] == "government"
    assert side_of(frame, "We will keep")[0::2] == ("platform", "block")


def test_statements_group_one_quote():
    body = "“First sentence of the quote. Second sentence of it,” the ministry said. The weather was fine."
    frame = attribute(body)
    ids = frame["statement_id"].tolist()
    assert ids[0] == ids[1] != "" and ids[-1] == ""
    table = actors.statements(frame, body)
    assert len(table) == 1 and table["side"].iloc[0] == "government"


def test_bad_registry_row_is_named(tmp_path, monkeypatch):
    (tmp_path / "actors.csv").write_text("actor_id,name,side,type,org,aliases\nx,X,sky,named,,X\n", encoding="utf-8")
    monkeypatch.setattr(actors.paths, "LEXICONS", tmp_path)
    actors.entries.cache_clear()
    try:
        with pytest.raises(actors.LexiconError, match=r"actors.csv: row 2"):
            actors.entries()
    finally:
        monkeypatch.undo()
        actors.entries.cache_clear()


@pytest.mark.parametrize("rows, message", [
    # a row written with four columns (id, name, side, aliases): the error says which columns the file has
    ("cloudflare,Cloudflare,other,Cloudflare|Matthew Prince\n",
     r"row 2: type 'Cloudflare\|Matthew Prince' is not one of .*the columns are actor_id,name,side,type,org,aliases"),
    # two rows of one type claiming one name: the first used to win silently
    ("stf,Supreme Court,government,named,,STF|Moraes\nmoraes,Alexandre de Moraes,government,named,stf,Moraes\n",
     r"row 3: alias 'Moraes' of 'moraes' is already an alias of 'stf' \(row 2\)"),
])
def test_registry_mistakes_name_the_row_and_the_fix(tmp_path, monkeypatch, rows, message):
    (tmp_path / "actors.csv").write_text("actor_id,name,side,type,org,aliases\n" + rows, encoding="utf-8")
    monkeypatch.setattr(actors.paths, "LEXICONS", tmp_path)
    actors.entries.cache_clear()
    try:
        with pytest.raises(actors.LexiconError, match=message):
            actors.entries()
    finally:
        monkeypatch.undo()
        actors.entries.cache_clear()


def test_brazil_registry_rows_name_each_speaker():
    """The court, its judge, the regulator and the president are separate rows (one row used to hold all four)."""
    body = ("Justice Alexandre de Moraes said the company had defied the order. Anatel said it had told providers "
            "to block the service. Lula said the company must respect Brazilian courts.")
    frame = actors.attribute(body, text.split_sentences(body))
    assert frame["speaker"].tolist() == ["Alexandre de Moraes", "Anatel", "Government of Brazil"]
    assert set(frame["side"]) == {"government"}


def test_honorifics_initials_and_relative_clauses():
    body = ("The ministry issued an order. “The order is censorship, plain and simple,” said Ms. Asha Rao, a lawyer in Pune. "
            "A senior ministry official, who asked not to be named, said the platform must comply. "
            "Justice A. K. Mehta held that the order was valid. "
            "An industry body representing U.S. technology firms said the rules were vague.")
    frame = attribute(body)
    assert side_of(frame, "plain and simple")[0] == "other"
    assert side_of(frame, "must comply")[0] == "government"
    assert side_of(frame, "was valid")[0] == "government"
    assert side_of(frame, "were vague")[0] == "other"


def test_nouns_and_negated_verbs_are_not_speech():
    body = ("Twitter withheld the accounts. The first order covered 250 accounts and tweets. "
            "The ministry has not said how many accounts it wants blocked. "
            "For anyone following the company's disputes, the report is useful. "
            "X Corp, as Twitter is now called, did not reply.")
    frame = attribute(body)
    for fragment in ("accounts and tweets", "has not said", "company's disputes", "now called"):
        assert side_of(frame, fragment)[0] == "narrator", fragment


def test_action_with_trailing_participle_and_coordinated_speech_take_the_subject():
    # GUIDELINES_ADDENDUM.md: an action verb (served, directed, filed) with a trailing "warning ..." /
    # "saying ..." participle reports the subject's speech, as a coordinated speech verb ("and warned") does
    body = ("The ministry served Twitter a final notice on Monday, warning that it could lose its protection. "
            "The court dismissed the plea, and warned that costs would rise.")
    frame = attribute(body)
    assert side_of(frame, "warning that")[0] == "government"
    assert side_of(frame, "costs would rise")[0] == "government"


def test_group_of_an_actor_speaks_for_itself_and_rival_platforms_are_other():
    body = ("X was suspended in Brazil by the court. X said the order was secret. X appealed. "
            "Some supporters of the government argued that X was biased. "
            "Rival service Bluesky said it had gained users.")
    frame = attribute(body)
    assert side_of(frame, "was biased")[0] == "other"
    assert side_of(frame, "gained users")[0] == "other"


def test_wire_dateline_and_trailing_attribution_beat_a_coordinated_verb():
    body = ("Lagos, Jun 5 (AB) The ministry on Friday suspended the service and warned the company of sanctions "
            "for ignoring its rules, officials said.\n\n"
            "10:45 am: A company spokesperson said in an emailed statement that it was studying the order.")
    frame = attribute(body)
    assert side_of(frame, "suspended the service")[:2] == ("government", "officials")
    assert side_of(frame, "studying the order")[0] == "platform"


def test_participle_after_an_action_or_a_speech_act_is_the_subject():
    body = ("Later, the agency served a notice on Monday, warning the company of penalties.\n\n"
            "The firm then filed a suit in the High Court, arguing that the notice was unlawful.\n\n"
            "The telecoms regulator hit back within hours, calling the firm's account of events false.")
    frame = attribute(body)
    assert side_of(frame, "warning the company")[0] == "government"
    assert side_of(frame, "arguing that")[0] == "platform"
    assert side_of(frame, "account of events false")[0] == "government"


def test_relative_clauses_and_subordinate_clauses_are_not_the_attribution():
    body = ("The regulator has told Pinglet to remove 300 posts that it says incite unrest, people familiar "
            "with the plan said, adding to the pressure on the app.\n\n"
            "The authority suspended the app in May, a week after the company removed a post by the president "
            "that it said broke its rules.\n\n"
            "The judge paused the order on an appeal brought by two unions, which claimed that the ban was "
            "unlawful.\n\n"
            "The row grew louder, and after the singer Lila Moreau and the novelist Omar Haddad posted "
            "messages of support on Friday, the ministry summoned the firm's staff.")
    frame = attribute(body)
    assert side_of(frame, "incite unrest")[0] == "other"  # anonymous sources: other, not the regulator
    assert side_of(frame, "broke its rules")[0] == "narrator"
    assert side_of(frame, "which claimed")[0] == "narrator"
    assert side_of(frame, "messages of support")[0] == "narrator"


def test_time_phrase_between_speaker_and_verb():
    body = "Interior Minister Tove Halden had at the time accused the platform of shielding extremists."
    assert attribute(body)["side"].iloc[0] == "government"


def test_interview_paragraphs_belong_to_their_labels():
    body = ("We talked to a former trust-and-safety manager at Pinglet, Mara Voss, and to a ministry official.\n\n"
            "Q: Did the order surprise you?\n\n"
            "Voss: Not at all. We had expected it for months.\n\n"
            "Q: What does the ministry say?\n\n"
            "Official: The law is clear. Everyone must follow it.\n\n"
            "NEW DELHI: The hearing resumes on Monday.")
    frame = attribute(body)
    assert side_of(frame, "Did the order surprise")[0] == "narrator"
    assert side_of(frame, "What does the ministry say")[0] == "narrator"
    assert side_of(frame, "Not at all")[0] == "other"
    assert side_of(frame, "expected it for months")[0] == "other"
    assert side_of(frame, "The law is clear")[0] == "government"
    assert side_of(frame, "Everyone must follow")[0] == "government"


def test_a_single_dateline_label_is_not_an_interview():
    frame = attribute("MUMBAI: The company moved the court on Friday.\n\nThe hearing is set for June.")
    assert side_of(frame, "moved the court")[0] == "narrator"


def test_paragraph_signed_by_a_bare_name_is_a_block_statement():
    body = ("Telegram restored the channels on Friday.\n\n"
            "We remain committed to our users in the country and we look forward to working with the authorities.\n\n"
            "Telegram\n\n"
            "The ministry did not comment.")
    frame = attribute(body)
    assert side_of(frame, "remain committed")[0::2] == ("platform", "block")
    assert side_of(frame, "did not comment")[0] == "narrator"


def test_a_filing_speaks_for_the_party_that_went_to_court():
    body = ("Telegram on Monday approached the High Court against three orders of the ministry.\n\n"
            "According to the plea, the ministry never told the account holders why they were blocked.")
    frame = attribute(body)
    assert side_of(frame, "never told")[0] == "platform"


def test_plural_pronoun_and_prepositional_aside():
    body = ("Officials at the ministry spoke on Monday. The platform has ignored the list, they said.\n\n"
            "The police, in a statement on Friday night, called the company's claims false.")
    frame = attribute(body)
    assert side_of(frame, "has ignored the list")[0] == "government"
    assert side_of(frame, "called the company")[0] == "government"


def test_state_body_in_apposition_and_corporate_offices():
    body = ("The country's telecoms regulator, Netwacht, ordered the app blocked. According to Netwacht, "
            "the posts broke the law.\n\n"
            "The chief executive called the order a mistake. Accounts that security agencies said were "
            "fake were removed.")
    frame = attribute(body)
    assert side_of(frame, "According to Netwacht")[0] == "government"
    assert side_of(frame, "The chief executive")[0] == "platform"
    assert side_of(frame, "security agencies said")[0] == "government"


# Issue #3, held-out #3 phrasings (each sentence invented, worded unlike the held-out articles)


def test_operator_of_a_service_introduced_by_apposition_is_the_platform_and_signs_its_block():
    body = ("The Larkspur Trust, the charity that operates the Fennel app, praised the ruling in a note on its website.\n\n"
            "Our readers in the republic can once again use every feature of the service without a workaround.\n\n"
            "Larkspur\n\n"
            "The regulator has not commented.")
    frame = attribute(body)
    assert side_of(frame, "praised the ruling")[0] == "platform"
    assert side_of(frame, "once again use")[0::2] == ("platform", "block")


def test_a_document_that_reads_and_a_reminder_are_reported_speech():
    body = ("The key paragraph of the directive reads: the firm must act within a day.\n\n"
            "The regulator also reminded the app that a breach can mean a jail term for its local head.")
    frame = attribute(body)
    assert side_of(frame, "key paragraph")[0] == "government"
    assert side_of(frame, "reminded the app")[0] == "government"


def test_one_of_them_refers_back_to_the_officials():
    body = ("The order reached the firm last week, according to three officials in the telecoms ministry. "
            "Most of the pages are run by paid operators abroad, one of them said.")
    assert side_of(attribute(body), "paid operators")[0] == "government"


def test_nouns_naming_and_announced_rulings_are_not_speech():
    body = ("The statute protects trade links with neighbouring states.\n\n"
            "On Friday the regulator sent the firm what staff called a final warning, giving it two days.\n\n"
            "The tribunal announced its verdict in March, when its members voted four to one to lift the ban.")
    frame = attribute(body)
    assert side_of(frame, "neighbouring states")[0] == "narrator"
    assert side_of(frame, "final warning")[0] == "narrator"
    assert side_of(frame, "announced its verdict")[0] == "narrator"


def test_an_explainer_question_subhead_is_the_narrator():
    body = "Pinglet refused the order on Monday.\n\nWhat did the ministry say?\n\nThe ministry said the firm must comply."
    frame = attribute(body)
    assert side_of(frame, "What did the ministry say")[0] == "narrator"
    assert side_of(frame, "must comply")[0] == "government"


def test_a_lawyer_who_practises_at_a_court_is_not_the_court():
    body = "“The statute is silent on this point,” said Ms. Lena Ortiz, a lawyer at the High Court."
    assert side_of(attribute(body), "silent on this point")[0] == "other"


def test_its_counsel_belongs_to_the_party_named_earlier_in_the_sentence():
    body = ("The regulator asked a tribunal to review the case.\n\n"
            "Representing Telegram, its lead counsel told the judges that the app would pay the fine in instalments.")
    assert side_of(attribute(body), "pay the fine")[0] == "platform"


def test_he_after_a_judge_opening_the_previous_sentence_is_the_judge():
    body = ("Pinglet said on Monday that it would appeal.\n\n"
            "Justice Amal Verma rejected the firm's plea in May. He ruled that the regulator had followed the law.")
    assert side_of(attribute(body), "followed the law")[0] == "government"


# Speed-ups that must give exactly what the plain forms give (benchmarks/README.md)

import random  # noqa: E402
import re  # noqa: E402

from helpers import corpus, paths  # noqa: E402


def labelled_bodies() -> list[str]:
    """The bodies of the seed and of the dev and held-out articles."""
    folders = (paths.ARTICLES, paths.ANNOTATIONS / "articles", *sorted(paths.ANNOTATIONS.glob("rounds/*/articles")),
               paths.ANNOTATIONS / "heldout" / "articles")
    return [corpus.read_article(f).body for f in spread([f for folder in folders for f in sorted(folder.glob("*"))])]


def random_texts(pieces: list[str], n: int, seed: int, longest: int = 10) -> list[str]:
    """``n`` random concatenations of ``pieces`` with random spacing."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, longest)))
            for _ in range(n)]


def test_reversed_end_patterns_find_what_the_forward_ones_find():
    pieces = ["the", "The", "a", "an", "its", "which", "that", "it", "he", "they", "has", "had", "also", "really", "not",
              "n't", "n’t", "never", "what", "is", "was", "being", "and", "And", ",", "”", "Q”", "’s", "'s", "s’", "x", "\n",
              "  ", "\t", "Which", "WHAT", "ſ", "K", "quickly", "later", "officials", "said", "-", "."]
    # every 13th end of the labelled bodies (every 7th until session 24: 51 s of the suite; 300 spread bodies since
    # session 27, every body on CI), each reversed once
    samples = [b[max(0, i - 150):i] for b in labelled_bodies() for i in range(0, len(b), 13)] + random_texts(pieces, 20000, 1)
    pairs = [(sample, sample[::-1]) for sample in samples]
    for forward, backward in actors.ENDS.items():
        for sample, reversed_ in pairs:
            assert (forward.search(sample) is not None) == (backward.match(reversed_) is not None), (forward.pattern, sample)


def test_registry_and_verb_scans_match_the_plain_regexes():
    plain_verbs = re.compile(rf"(?<![\w-])(?:{actors.verb_pattern()})(?![\w-])", re.IGNORECASE)
    pieces = ["said", "Says", "pointed out", "said in a statement", "Twitter", "Twitter's", "twitter’s", "Govt.", "X Corp.",
              "@Twitter", "X", "x", "IT ministry", "é", "-", "@", ".", ")", ",", "the Centre", "MeitY", "High Court", "ſaid"]
    for sample in labelled_bodies() + random_texts(pieces, 3000, 2) + random_texts(pieces, 200, 3, 60):
        assert [(s, e) for s, e, _ in actors.verb_matches(sample)] == [m.span() for m in plain_verbs.finditer(sample)]
        lookup = actors._lookup()
        assert actors.alias_spans(sample, lookup) == [m.span() for m in actors.registry()[1].finditer(sample)], sample


def test_phrase_mentions_ignore_spaces_and_commas_at_the_ends():
    for phrase in ("a Twitter spokesperson", "the IT ministry", "Lai Mohammed"):
        core = [(m.start, m.end, m.actor, m.text) for m in actors.find_mentions(phrase)]
        padded = [(m.start - 2, m.end - 2, m.actor, m.text) for m in actors.find_mentions(f" ,{phrase}, ")]
        assert core == padded and core


def test_bare_attribution_quotes_and_appositions_as_the_plain_searches():
    for body in labelled_bodies():
        for s, e in text.paragraph_spans(body):
            para = body[s:e]
            plain = actors.BARE_ATTRIBUTION.search(para)
            fast = actors.bare_attribution(para)
            assert (plain and (plain.span(), plain.group(1))) == (fast and (fast.span(), fast.group(1)))
        spans = actors.quote_spans(body)
        quotes = actors.Quotes(spans)
        for a in range(0, len(body), 37):
            b = a + 120
            assert quotes.within(a, b) == [sp for sp in spans if sp[0] < b and sp[1] > a]
        assert actors.STATE_BODY_NAMED.findall(body) + actors.NAMED_STATE_BODY.findall(body) == \
            [m.group(1) for m in text.matches_at(actors.STATE_BODY_NAMED, body, text.literal_positions(body, actors.STATE_BODY_WORDS))] + \
            [m.group(1) for m in text.matches_at(actors.NAMED_STATE_BODY, body, actors.named_apposition_starts(body, actors.STATE_APPOSITION))]


def test_quote_spans_follow_the_line_by_line_rule():
    def reference(body):  # the character loop quote_spans replaced
        spans = []
        for match in re.finditer(r"[^\n]+", body):
            line, base, opened = match.group(0), match.start(), None
            for i, ch in enumerate(line):
                if ch == "“" or (ch == '"' and opened is None):
                    opened = i if opened is None else opened
                elif ch in "”\"" and opened is not None:
                    spans.append((base + opened, base + i + 1))
                    opened = None
            if opened is not None:
                spans.append((base + opened, base + len(line)))
        return spans
    pieces = ["“", "”", '"', "a", "said", "\n", "“x", "y”", " "]
    for body in labelled_bodies() + random_texts(pieces, 3000, 4, 20):
        doubles = [span for span in actors.quote_spans(body) if body[span[0]] not in "‘'"]  # single quotes: their own rule
        assert doubles == reference(body), repr(body)


def test_learned_names_as_the_plain_findall():
    body = ("The regulator, Netwacht, said so. Russia's communications watchdog Roskomnadzor has acted. Vexo, the state "
            "regulator, agreed; Pinglet, a messaging app, and Kestrava, the video platform, refused. The messaging app "
            "Lumo and the firm Ardent, which runs the Fennel app, too.")
    nouns = "|".join(sorted(map(re.escape, actors.attribution_words()["platform_noun"]), key=len, reverse=True))
    plain = re.findall(rf"\b(?:{nouns})\s+([A-Z][a-z]\w+)", body) + \
        re.findall(rf"\b([A-Z][a-z]\w+),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\b", body) + \
        re.findall(r"\bthe\s+([A-Z][a-z]\w+)\s+(?:platform|app|network|service|site)\b", body)  # "the Fennel app"
    assert set(plain) == {"Pinglet", "Kestrava", "Lumo", "Ardent", "Fennel"} == set(actors.learn_platforms(body))
    state = actors.STATE_BODY_NAMED.findall(body) + actors.NAMED_STATE_BODY.findall(body)
    assert set(actors.learn_state_bodies(body)) == {n for n in state if n.lower() not in actors.known_aliases()} == \
        {"Netwacht", "Roskomnadzor", "Vexo"}


# Phase-2 rules (attribution that generalises): each sentence invented, worded unlike the labelled articles


def test_reported_questions_and_more_verbs_of_saying_but_not_requests():
    body = ("The regulator asked Pinglet to delete the channels. The head of the regulator asked whether the firm kept logs.\n\n"
            "The firm conceded that two posts broke the rules. Its lawyers submitted that the rest were lawful.\n\n"
            "The minister complained about delays and informed parliament that fines would follow.")
    frame = attribute(body)
    assert side_of(frame, "asked Pinglet to delete")[0] == "narrator"
    assert side_of(frame, "kept logs")[0] == "government"
    assert side_of(frame, "conceded")[0] == "platform"
    assert side_of(frame, "rest were lawful")[0] == "platform"
    assert side_of(frame, "fines would follow")[0] == "government"


def test_a_speaker_who_takes_to_a_medium_to_speak():
    body = ("Pinglet withheld the channels.\n\n"
            "The home ministry went on state radio, hours after the ruling, to accuse the firm of bias.\n\n"
            "The firm took to its own blog to deny the claim. The ministry took over the case.")
    frame = attribute(body)
    assert side_of(frame, "accuse the firm of bias")[0] == "government"
    assert side_of(frame, "deny the claim")[0] == "platform"
    assert side_of(frame, "took over the case")[0] == "narrator"


def test_it_and_they_refer_to_the_subject_of_the_journalists_previous_sentence():
    body = ("“The order stands,” the minister said.\n\n"
            "The firm filed its reply on Friday.\n\nIt said the order named no law.\n\n"
            "The firm's engineers met the regulator's staff. They said the filter would take weeks.\n\n"
            "The weather was bad. It said the case was closed.\n\n"
            "The firm withdrew the post. The ministry's answer came by radio, where it called the post a lie.")
    frame = attribute(body)
    assert side_of(frame, "called the post a lie")[0] == "government"  # an actor named before "it" in its sentence
    assert side_of(frame, "named no law")[0] == "platform"
    assert side_of(frame, "would take weeks")[0] == "platform"
    assert side_of(frame, "case was closed")[0] == "platform"  # no actor in the previous sentence: the last speaker


def test_lawyers_and_officers_speak_for_the_party_they_represent():
    body = ("Kestrava's regulator blocked the app Streamly.\n\n"
            "Senior counsel Ravi Menon, appearing for Streamly, argued that the order was vague.\n\n"
            "Ms. Nila Shah, who represents the regulator, told the bench the order was reasoned.\n\n"
            "“The platform had notice,” said Omar Haddad, representing the ministry.\n\n"
            "The regulator’s director, Piet Vos, said the app had ignored two warnings.\n\n"
            "Streamly’s head of policy, Ana Ruiz, said the warnings never arrived.\n\n"
            "Jo Park, a digital rights researcher, said the ban was disproportionate.")
    frame = attribute(body)
    assert side_of(frame, "order was vague")[0] == "platform"
    assert side_of(frame, "order was reasoned")[0] == "government"
    assert side_of(frame, "had notice")[0] == "government"
    assert side_of(frame, "ignored two warnings")[0] == "government"
    assert side_of(frame, "never arrived")[0] == "platform"
    assert side_of(frame, "disproportionate")[0] == "other"


def test_a_colon_lead_in_without_a_speech_verb_and_an_unattributed_quote():
    body = ("The video app Streamly was blocked. The regulator was blunt: “Streamly must comply by Friday.”\n\n"
            "Streamly’s reply was short:\n\nWe will not comply with an order that names no law.\n\n"
            "The interior minister answered questions in parliament.\n\n“No firm is above the law.”")
    frame = attribute(body)
    assert side_of(frame, "comply by Friday")[0] == "government"
    assert side_of(frame, "names no law")[0::2] == ("platform", "block")
    assert side_of(frame, "above the law")[0] == "government"


def test_examples_in_a_list_apposition_speak_and_asides_are_skipped():
    body = ("Twitter withheld the accounts on Monday. Twitter said it had acted on the order.\n\n"
            "Several rival services, including Telegram and Snapchat, have told the regulator that they will comply.\n\n"
            "The ministry, for its part, has accused Twitter of delay. The police, meanwhile, said the case was open.")
    frame = attribute(body)
    assert side_of(frame, "they will comply")[0] == "other"  # other companies than the one the article is about
    assert side_of(frame, "accused Twitter of delay")[0] == "government"
    assert side_of(frame, "case was open")[0] == "government"


def test_indian_court_and_minister_titles_and_inverted_attribution():
    body = ("Twitter moved the court on Monday.\n\n"
            "CJI A. K. Rao said the bench would hear the plea in July. MoS Tara Iyer said the rules were final.\n\n"
            "“The orders were reasoned. They followed the law.” So said the ASG in his reply.")
    frame = attribute(body)
    assert side_of(frame, "hear the plea")[0] == "government"
    assert side_of(frame, "rules were final")[0] == "government"
    assert side_of(frame, "followed the law")[0] == "government"
    assert side_of(frame, "So said the ASG")[0] == "government"


def test_a_thing_called_by_a_name_is_not_speech():
    body = "The ministry moved to a platform called Sandesh, where it said the orders would stand."
    assert side_of(attribute(body), "orders would stand")[0] == "government"
    body = "Users flocked to an app called Chatwave on Monday."
    assert side_of(attribute(body), "flocked")[0] == "narrator"


# Round-4 rules (GUIDELINES_ADDENDUM.md): each sentence invented, worded unlike the labelled articles


def test_trailing_participles_of_reasons_and_directives_are_the_subjects_speech():
    body = ("The tribunal fined the app 2 million crowns, holding that it had ignored three orders.\n\n"
            "On 3 May, the regulator sent Pinglet what staff called a last warning, telling it to remove the posts by Friday.\n\n"
            "Shops reopened in Vexo after the interior ministry lifted its curfew, saying the unrest had ended.")
    frame = attribute(body)
    assert side_of(frame, "holding that")[0] == "government"
    assert side_of(frame, "telling it to remove")[0] == "government"
    assert side_of(frame, "unrest had ended")[0] == "government"  # the subject of the clause the participle continues


def test_state_offices_of_other_countries_and_ruling_party_spokespeople_are_government():
    body = ("Pinglet was slowed on Monday.\n\n"
            "Kremlin spokesman Ivan Sorokin told reporters that foreign firms must obey the law.\n\n"
            "“Nobody is above the law,” a presidency spokeswoman said.\n\n"
            "A spokesman for the governing party praised the ministry, saying it had acted firmly.")
    frame = attribute(body)
    assert side_of(frame, "foreign firms must obey")[0] == "government"
    assert side_of(frame, "above the law")[0] == "government"
    assert side_of(frame, "acted firmly")[0] == "government"


def test_a_lawyer_of_a_court_or_of_a_past_client_speaks_for_no_party():
    body = ("The ministry ordered Pinglet to remove 40 posts.\n\n"
            "“The order is far too broad,” said Mira Das, a High Court advocate.\n\n"
            "Ravi Nair, a lawyer who has represented the ministry in earlier cases, argued that the order was fair.\n\n"
            "Omar Haddad, who represents the ministry, argued that the posts were false.")
    frame = attribute(body)
    assert side_of(frame, "far too broad")[:2] == ("other", "Mira Das")
    assert side_of(frame, "order was fair")[:2] == ("other", "Ravi Nair")
    assert side_of(frame, "posts were false")[0] == "government"


def test_no_speech_reported_and_nouns_that_look_like_verbs():
    body = ("Pinglet, now owned by a fund, has said little since the ruling.\n\n"
            "The firm did not respond to written questions about the order.\n\n"
            "Kestrava slows Pinglet, threatens a full ban\n\n"
            "Ada Obi said nothing had changed.")
    frame = attribute(body)
    assert side_of(frame, "has said little")[0] == "narrator"
    assert side_of(frame, "written questions")[0] == "narrator"
    assert side_of(frame, "threatens a full ban")[0] == "narrator"  # a headline's coordinated verbs: no speaker
    assert side_of(frame, "nothing had changed")[0] == "other"  # "said nothing" opening the clause is speech


def test_reactions_questions_operators_and_abbreviated_subjects():
    body = ("The regulator throttled the app on Sunday.\n\n"
            "Network engineers blamed a faulty filter for the outage.\n\n"
            "Students mocked the regulator online.\n\n"
            "\"Three weeks without orders, and for what?\" asked Ada Obi, who sells shoes online in Lagos. "
            "\"Nobody explained anything.\"\n\n"
            "The operator says it has removed the posts that named a law.\n\n"
            "The Govt. has maintained that the order was lawful.")
    frame = attribute(body)
    assert side_of(frame, "faulty filter")[0] == "other"
    assert side_of(frame, "mocked the regulator")[0] == "other"
    assert side_of(frame, "and for what")[:2] == ("other", "Ada Obi")
    assert side_of(frame, "removed the posts")[0] == "platform"
    assert side_of(frame, "order was lawful")[0] == "government"


def test_a_document_read_in_part_is_its_authors_block():
    body = ("The head of the national telecoms agency announced the decision on Friday. It read in part:\n\n"
            "The suspension of the service is lifted with effect from midnight. The firm has agreed to open an office.\n\n"
            "Users welcomed the news.")
    frame = attribute(body)
    assert side_of(frame, "open an office")[0::2] == ("government", "block")


# --- session 3: forms met in round 5 of the unseen articles ---------------------------------------------------

def test_people_introduced_by_office_keep_its_side_when_named_again():
    body = ("Interior Minister Ilse Varga defended the order on Monday. Opposition leader Marek Dolan attacked it.\n\n"
            "“We acted within the law,” Ms. Varga said. “This is censorship,” Mr. Dolan said.")
    frame = attribute(body)
    assert side_of(frame, "within the law")[0] == "government"
    assert side_of(frame, "This is censorship")[0] == "other"
    # a lawyer who practises at a court does not speak for the court
    assert actors.learn_people("Supreme Court advocate Mr. Vikram Sethi spoke.") == {}


def test_platform_learned_from_what_is_posted_on_it():
    body = ("The orders cover 1,060 posts on Chirp and videos on Monday.\n\n"
            "We will not delete lawful speech on the strength of a spreadsheet with no reasons attached. Chirp spokesperson")
    assert set(actors.learn_platforms(body)) == {"Chirp"}  # not "Monday"
    frame = attribute(body)
    assert side_of(frame, "lawful speech")[0] == "platform"


def test_question_citing_a_quotation_is_the_quoted_speaker():
    body = ("Q: What does the law allow?\n\nOkoro: It lets the ministry order any platform to block content.\n\n"
            "Q: The ministry said last week that “platforms do not get to choose which lawful orders they follow.”\n\n"
            "Okoro: As a description of the law, mostly yes.\n\n"
            "Q: The government says the company ignored its orders for a year.\n\nOkoro: That is disputed.")
    frame = attribute(body)
    assert side_of(frame, "do not get to choose")[0] == "government"
    assert side_of(frame, "ignored its orders")[0] == "narrator"  # a paraphrase in a question is the interviewer's
    assert side_of(frame, "What does the law allow")[0] == "narrator"


def test_trailing_plea_of_a_pronoun_subject_and_namings_inside_relative_clauses():
    body = ("Twitter went the other way. It filed suit the same day, asking judges to annul an order it called vague.\n\n"
            "A court fined the app for every day it fails to block channels that prosecutors say were used in riots.")
    frame = attribute(body)
    assert side_of(frame, "filed suit")[0] == "platform"
    assert side_of(frame, "prosecutors say")[0] == "narrator"
    assert actors.find_attribution("The court dismissed an order it called vague.", []) is None
    assert actors.find_attribution("Twitter asking the court to act is new.", []) is None  # "asking" only trails


def test_a_speaker_named_with_the_body_they_belong_to():
    body = "Opposition leader Marek Dolan of the Civic Alliance described the fine as ‘a ransom note’."
    assert side_of(attribute(body), "ransom note")[:2] == ("other", "Marek Dolan")
    body = "Interior Minister Ilse Varga of the Kestravan Unity Bloc said the order stands."
    assert side_of(attribute(body), "order stands")[0] == "government"
    body = "Ada Obi, director general of the National Information Technology Development Agency, said the ban ends."
    assert side_of(attribute(body), "the ban ends")[0] == "government"  # the body named is the speaker's side


def test_phrase_mentions_are_kept_per_set_of_local_actors(monkeypatch):
    """Short texts' mentions are remembered across articles, but per registry + article-local actors:
    a platform one article introduces is not found in another article's phrases, nor the reverse."""
    phrase = "Pinglet, the ministry said"
    assert len(phrase) <= actors.PHRASE_CHARS
    local = actors.learn_platforms("The messaging app Pinglet said it would comply.")
    assert "Pinglet" in local
    for setting, want in (({}, ["ministry"]), (local, ["Pinglet", "ministry"]), ({}, ["ministry"]),
                          (local, ["Pinglet", "ministry"])):
        monkeypatch.setattr(actors, "LOCAL", setting)
        found = actors.find_mentions(phrase)
        assert [m.text for m in found] == want
        found.clear()  # the caller's list is its own: the remembered mentions are not changed
        assert [m.text for m in actors.find_mentions(phrase)] == want
        assert actors.find_mentions(phrase) == actors.resolve_spans(phrase, actors.alias_spans(phrase, actors._lookup()),
                                                                    actors._lookup())


def test_its_office_holder_belongs_to_what_the_previous_sentence_was_about():
    body = ("The Internet Industry Association, whose members include Streamly and Twitter, was more cautious. "
            "Its chair, Dr. Irena Holm, acknowledged that misinformation was a real problem.")
    assert side_of(attribute(body), "real problem")[0] == "other"
    body = "The appeals board partly overturned the order. Its chairman, Dr. Pavel Ostric, told reporters it was fair."
    assert side_of(attribute(body), "it was fair")[0] == "government"


def test_he_or_she_is_a_person_not_an_institution_named_in_the_clause():
    body = ("“The figures are not comparable,” said Selin Ertan, a media analyst.\n\n"
            "Court orders often name dozens of links at once, she said.")
    assert side_of(attribute(body), "dozens of links")[0] == "other"


def test_speech_in_a_relative_or_subordinate_clause_after_an_actors_act_is_the_narrators():
    body = ("The order follows two earlier requests, sent in May, which the ministry said the platform had ignored.\n\n"
            "Justice Ana Lima on Sunday ordered an inquiry into the owner, after the owner said the app would stop "
            "complying with court orders.\n\n"
            "Brazilians began regaining access late on Tuesday, after the judge ruled that the app could resume.")
    frame = attribute(body)
    assert side_of(frame, "had ignored")[0] == "narrator"
    assert side_of(frame, "stop complying")[0] == "narrator"
    assert side_of(frame, "could resume")[0] == "government"  # no actor opens the main clause (the addendum)


def test_name_particles_are_whole_words():
    assert actors.CAPITAL_NAME.findall("The letter also said") == ["The"]
    assert actors.CAPITAL_NAME.findall("Justice Alexandre de Moraes said") == ["Justice Alexandre de Moraes"]


def test_sources_close_to_a_party_speak_for_it_and_unnamed_sources_stay_other():
    assert actors.classify("Sources familiar with the company's thinking", []).side == "platform"
    assert actors.classify("people familiar with the matter", []).side == "other"
    assert actors.classify("a copy of the filing seen by Newsline", []).name != "Newsline"


def test_a_relative_clause_in_an_apposition_does_not_name_the_speakers_side():
    body = ("Ada Obi, director general of the information agency and chair of a committee that negotiated with "
            "the company, said the ban was over.\n\n"
            "Tunde Bello, a lawyer for activists who sued the government over the ban, vowed to press on, arguing "
            "that the suspension was unlawful.")
    frame = attribute(body)
    assert side_of(frame, "the ban was over")[0] == "government"
    assert side_of(frame, "press on")[0] == "other"


def test_it_added_continues_the_previous_speaker_and_claims_in_relative_clauses_stay_narrated():
    body = ("The ministry said the company had agreed to register locally. "
            "The company also undertook to work with the authorities, it added.\n\n"
            "On Feb. 4 it sent a list of 1,178 accounts that security agencies say are linked to separatists.")
    frame = attribute(body)
    assert side_of(frame, "undertook to work")[0] == "government"
    assert side_of(frame, "security agencies say")[0] == "narrator"


def test_the_post_speaks_for_whoever_the_article_showed_publishing_it():
    body = ("In a blog post, the company said it had been served with several orders by the ministry. "
            "Two of them were emergency orders, it said. The ministry has not commented.\n\n"
            "“We complied with those two orders for a short time,” the post said.")
    assert side_of(attribute(body), "for a short time")[0] == "platform"
    body2 = body.replace("In a blog post, the company said", "The ministry said in a statement")
    assert side_of(attribute(body2), "for a short time")[0] == "government"
    assert actors.learn_publishers("Nothing was published.") == []


def test_a_titled_official_with_a_department_and_sources_close_to_a_party():
    body = ("In a written reply in the Lok Sabha on Wednesday, Minister of State for Electronics and IT Sanjay Dhotre "
            "said the government had blocked 9,849 URLs in 2020.\n\n"
            "Sources familiar with the company's thinking said it had found the posts newsworthy.\n\n"
            "Twitter and Facebook said they would comply.")
    frame = attribute(body)
    assert side_of(frame, "9,849 URLs")[0] == "government"
    assert side_of(frame, "found the posts newsworthy")[0] == "platform"
    assert side_of(frame, "would comply")[0] == "platform"
    assert [b[2] for b in actors.boundaries("the ministry said and Twitter agreed")] == ["and"]
    assert actors.boundaries("Ministry of Electronics and IT") == []


def test_counsel_introduced_for_a_client_keep_its_side_when_named_again():
    body = ("Senior advocate R. Venkatesh, appearing for Twitter, countered that the ministry had gone too far.\n\n"
            "\"Shutting down an account for one post,\" Mr. Venkatesh said, \"is like closing a newspaper.\"\n\n"
            "He maintained that users were never told why.")
    frame = attribute(body)
    assert [side_of(frame, t)[0] for t in ("gone too far", "closing a newspaper", "never told why")] == ["platform"] * 3


def test_nobody_is_no_speaker_a_dateline_is_no_subject_and_a_court_rules_in_a_trailing_participle():
    body = ("Nobody disputes that fabricated material exists.\n\n"
            "KESSALY, June 17 (Tideline) - The ministry on Tuesday ordered the platform to block 37 channels, and said "
            "the company would be fined.\n\n"
            "An appeals board on Wednesday partly overturned the order, ruling that nine clips were satire.")
    frame = attribute(body)
    assert side_of(frame, "Nobody disputes")[0] == "narrator"
    assert side_of(frame, "would be fined")[0] == "government"
    assert side_of(frame, "were satire")[0] == "government"
    assert actors.find_attribution("The court's ruling came late.", []) is None


def test_answer_paragraphs_belong_to_the_person_the_introduction_names():
    body = ("Interview: 'The orders were built for secrecy,' says a lawyer\n\n"
            "Dr. Leona Brandt chaired the blocking committee for five years. She spoke to us last week.\n\n"
            "Q: How was an order made?\n\n"
            "A: A ministry would send a request. We approved most of them.\n\n"
            "Q: Did you ever refuse?\n\n"
            "A: Rarely.")
    frame = attribute(body)
    assert side_of(frame, "How was an order made")[0] == "narrator"
    assert side_of(frame, "A ministry would send")[:2] == ("other", "Leona Brandt")
    assert side_of(frame, "We approved most")[:2] == ("other", "Leona Brandt")
    assert side_of(frame, "Rarely")[:2] == ("other", "Leona Brandt")


def test_he_or_she_is_the_person_just_introduced_not_the_company_quoted_before():
    body = ("Twitter said in a statement that it “will not remove lawful speech.”\n\n"
            "Back in Dorvel, a shopkeeper has moved his customers to text messages. “It’s slower,” he said.\n\n"
            "Justice (retd.) Kamala Deshmukh, who sat on the high court for years, was blunt. "
            "“The statute does not give the intermediary a veto,” she said.")
    frame = attribute(body)
    assert side_of(frame, "will not remove lawful speech")[0] == "platform"
    assert side_of(frame, "It’s slower")[0] == "other"
    assert side_of(frame, "does not give the intermediary")[:2] == ("other", "Kamala Deshmukh")


def test_a_person_introduced_by_a_role_of_a_named_platform_speaks_for_it():
    """'Pinlo's head of global policy, X' (a role 'of' something before the name) and 'the Vellum platform' (a
    name before a platform noun) make X a voice of the platform, later under the surname alone."""
    body = ("Readers who tried to open her blog on the Vellum platform saw a notice. The ministry said the posts broke "
            "the law.\n\nVellum's head of global policy, Tomas Reiher, said by phone that the order went too far. "
            "“We comply because we must,” Mr. Reiher said.")
    frame = attribute(body)
    assert side_of(frame, "the order went too far")[:2] == ("platform", "Tomas Reiher")
    assert side_of(frame, "We comply because")[0] == "platform"
    assert side_of(frame, "The ministry said")[0] == "government"


def test_a_nationality_before_a_platform_noun_is_not_a_platform_name():
    assert [m.group(1) for m in actors.NAME_BEFORE_PLATFORM_NOUN.finditer("the Indian app Koo and the Relay app")] == [
        "Indian", "Relay"]
    assert actors.NATIONALITY.search("Indian") and not actors.NATIONALITY.search("Relay")


def test_a_person_of_the_company_speaks_for_the_platform_the_article_is_about():
    """'the company's head of public policy, X': the company is the article's platform, not another one."""
    body = ("Fenlo received 2,731 requests from the government, Fenlo said. Fenlo challenged 27 of them.\n\n"
            "“We publish these numbers because users deserve to know,” the company's head of public policy, "
            "Jonas Redl, said in a briefing.")
    assert side_of(attribute(body), "We publish these numbers")[:2] == ("platform", "Jonas Redl")


def test_a_transcript_label_with_a_role_in_brackets_and_the_same_name_later():
    """'Name (role): ...' turns of a broadcast transcript: the role says the side, and the bare name keeps it."""
    body = ("Host Lina Marr asked two guests whether the order was lawful.\n\n"
            "Omar Vale (governing party spokesperson): The law is the law. The platform must comply.\n\n"
            "Ines Roth (researcher, Open Lines): An order without reasons is not the law.\n\n"
            "Omar Vale: There is nothing to negotiate.\n\n"
            "Ines Roth: Then let a court decide.")
    frame = attribute(body)
    assert side_of(frame, "The law is the law")[:2] == ("government", "Omar Vale")
    assert side_of(frame, "nothing to negotiate")[:2] == ("government", "Omar Vale")
    assert side_of(frame, "An order without reasons")[:2] == ("other", "Ines Roth")
    assert side_of(frame, "let a court decide")[0] == "other"


def test_answers_go_to_a_person_introduced_by_office_without_a_title_word():
    """'Government spokesman Karel Ondra faced questions ...' then Q:/A: paragraphs: the answers are his."""
    body = ("Government spokesman Karel Ondra faced questions about the order at his weekly briefing. "
            "Edited excerpts follow.\n\n"
            "Q: Is the order fair?\n\n"
            "A: The ministry has given the company a full file. It chooses not to read it.")
    frame = attribute(body)
    assert side_of(frame, "full file")[:2] == ("government", "Karel Ondra")
    assert side_of(frame, "chooses not to read")[0] == "government"
    assert side_of(frame, "Is the order fair")[0] == "narrator"


def test_reactions_told_without_their_words_are_the_reacting_groups_speech():
    body = ("The ministry ordered the pages blocked on Monday.\n\n"
            "Local journalists reacted angrily. Omar Vale, whose account was among them, was scathing.")
    frame = attribute(body)
    assert side_of(frame, "reacted angrily")[:2] == ("other", "Local journalists")
    assert side_of(frame, "was scathing")[:2] == ("other", "Omar Vale")


def test_a_report_speaks_for_whoever_published_it():
    """'The report says ...' after a regulator's annual report: the regulator's voice, not the narrator's."""
    body = ("The Soravian Communications Authority issued 2,418 blocking orders in 2023, according to its annual "
            "report. The report says most of the orders concerned social networks.")
    frame = attribute(body)
    assert side_of(frame, "The report says")[0] == "government"


def test_the_centre_is_the_union_government_only_when_no_name_ends_in_it():
    def ids(text):
        return [(m.text, m.actor.actor_id) for m in actors.find_mentions(text)]
    assert ids("The Centre has asked Twitter to act.")[0] == ("The Centre", "goi")
    assert ids("Lena Strovic of the Open Press Centre argued the point.") == []
    assert ids("The provision is at the centre of the row.") == []
    assert ids("Software Freedom Law Centre said so.") == []
    assert ids("the Centre for Internet and Society said")[0][1] == "cis"
    body = "“This is a private complaints desk,” said Lena Strovic of the Open Press Centre."
    assert side_of(attribute(body), "private complaints desk")[0] == "other"


def test_what_a_naming_verb_names_is_never_its_speaker():
    """'X, which monitors ..., described the order as "..."': 'the order' is what is named, not who speaks."""
    body = ("Priya Solberg of the Open Channels Trust, which monitors internet freedom in the region, described the "
            "order as “censorship by spreadsheet.”")
    assert side_of(attribute(body), "censorship by spreadsheet")[0] != "government"


def test_a_bare_spokesperson_speaks_for_what_the_previous_sentence_was_about():
    """'Flick disputed the ministry's account in a reply. “...,” a spokesperson wrote.': Flick's spokesperson,
    not the ministry's (the last actor named)."""
    body = ("The ministry said the video app Flick had ignored two orders.\n\n"
            "Flick disputed the ministry's account in an emailed reply on Thursday. “We acted on every order that "
            "named a post,” a spokesperson wrote.")
    assert side_of(attribute(body), "We acted on every order")[0] == "platform"


def test_an_interview_introduced_by_a_sentence_about_the_person_and_edited_excerpts():
    """'Nandita Bhasin led public policy ... Edited excerpts:' then Q:/A:: the answers are hers, and the
    introduction (which ends with a colon) is the journalist's, not a block signed 'Edited excerpts'."""
    body = ("Former policy head on the stand-off\n\n"
            "Nandita Bhasin led public policy for the company until 2019 and now advises start-ups. She spoke to us "
            "on Thursday. Edited excerpts:\n\n"
            "Q: How did we get here?\n\n"
            "A: The orders have always been confidential. What is new is that the company went public.")
    frame = attribute(body)
    assert side_of(frame, "led public policy")[0] == "narrator"
    assert side_of(frame, "Edited excerpts")[0] == "narrator"
    assert side_of(frame, "always been confidential")[:2] == ("other", "Nandita Bhasin")
    assert side_of(frame, "went public")[:2] == ("other", "Nandita Bhasin")


def test_an_order_with_a_trailing_citing_gives_the_orderer_s_reasons():
    # the hand labels of rounds 5, 12, 19, 24 and 32 read "..., citing X" after an act as the actor's speech
    body = ("The telecoms regulator on Monday ordered internet providers to block the site, citing a threat to "
            "public order. Citing the same law, critics said the order went too far.")
    frame = attribute(body)
    assert side_of(frame, "citing a threat")[0] == "government"
    assert side_of(frame, "went too far")[0] == "other"  # a leading participle changes nothing


def test_a_headline_s_coordinated_speech_verb_is_its_subject_s_speech():
    # "X does Y, says/warns Z" in a headline is "X did Y and said Z" (labels of rounds 9, 11, 19, 23, 36);
    # a threat or vow there is the act it announces (rounds 4-24 label those narrator)
    def headline(title):
        body = title + "\n\nThe story continues here."
        return side_of(attribute(body), title[:20])[:2]

    assert headline("Centre serves notice on Twitter for unblocking handles, warns of seven years' jail") == (
        "government", "Centre")
    assert headline("Twitter moves Karnataka High Court against Centre's blocking orders, says some are 'deficient'") == (
        "platform", "Twitter")
    assert headline("Ministry orders Streamora to block 37 channels, threatens fines")[0] == "narrator"
    assert headline("Twitter restores accounts after six hours")[0] == "narrator"


def test_interview_answers_belong_to_a_person_introduced_by_a_party_s_office():
    body = ("Tavlo, the messaging app, has refused two orders from the regulator this spring.\n\n"
            "We talked to Oskar Lund, Tavlo’s head of policy for the region. The text was shortened.\n\n"
            "Q: Will you comply?\n\nA: Not with orders that give no reason. We have said so in writing.\n\n"
            "Q: And if you are fined?\n\nA: Then we will appeal.")
    frame = attribute(body)
    assert side_of(frame, "Not with orders")[:2] == ("platform", "Oskar Lund")
    assert side_of(frame, "We have said so")[0] == "platform"  # the answer goes on to the paragraph's end
    assert side_of(frame, "Then we will appeal")[0] == "platform"
    assert side_of(frame, "Will you comply")[0] == "narrator"


def test_a_clause_before_a_speech_verb_is_never_a_speaker():
    body = ("By Sunday, more than 25,000 people had signed a petition calling on the ministry to reverse course.\n\n"
            "The ruling means its managers could be named in criminal complaints over user posts.\n\n"
            "Ministry lifts ban on the app, says firm will open a local office")
    frame = attribute(body)
    assert side_of(frame, "had signed a petition")[:2] == ("narrator", "")
    assert side_of(frame, "could be named")[:2] == ("narrator", "")
    assert side_of(frame, "will open a local office")[1] != "firm will open a local office"
    assert actors.is_clause("app will name local representative")
    assert not actors.is_clause("the company is understood to have")  # a speaker and its gap, no clause
    assert not actors.is_clause("two engineers who have seen the order")


def test_neither_nor_subject_reports_no_speech():
    frame = attribute("Neither the ministry nor Twitter has said how many accounts remain blocked.")
    assert frame["side"].iloc[0] == "narrator"


def test_a_reply_with_nothing_said_is_an_event():
    body = ("The minister wrote to Twitter on Monday.\n\nTwitter’s chief executive replied a week later.\n\n"
            "Twitter replied that the letter misread the law.")
    frame = attribute(body)
    assert side_of(frame, "replied a week later")[0] == "narrator"
    assert side_of(frame, "misread the law")[0] == "platform"


def test_a_published_document_saying_is_its_publisher_s_speech():
    body = ("The talks broke down after Twitter published a blog post saying it would not block journalists.\n\n"
            "On the same day it released its first transparency report under the rules, saying it had removed 80 posts.")
    frame = attribute(body)
    assert side_of(frame, "would not block journalists")[0] == "platform"
    assert side_of(frame, "removed 80 posts")[0] == "platform"


def test_a_signature_line_with_name_office_and_organisation():
    body = ("The ministry ordered Twitter to block 300 accounts on Monday.\n\n"
            "“We will not remove the reporting of journalists, and we have told the ministry so in writing.”\n\n"
            "Ana Ruiz, director of public policy, Twitter\n\n"
            "The ministry did not comment.")
    frame = attribute(body)
    assert side_of(frame, "Ana Ruiz, director")[:2] == ("platform", "Ana Ruiz")


def test_a_lower_case_abbreviation_before_a_speech_verb_is_its_subject():
    frame = attribute("Twitter to lose legal protection over missed deadline, govt. says")
    assert frame["side"].iloc[0] == "government"


def test_an_office_of_an_unregistered_group_is_not_the_registry_s_member():
    frame = attribute("Lena Moor, director of the Free Wires Collective, urged Twitter not to comply.")
    assert frame["side"].iloc[0] == "other"


def test_a_name_then_a_description_before_the_verb_speaks():
    frame = attribute("The blog’s author, Ivo Brandt, a retired teacher, urged readers to stay calm.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "Ivo Brandt"]


def test_a_stance_without_its_words_and_organisers_speak():
    body = ("The ministry says the law requires the block.\n\nTwitter disagrees.\n\n"
            "Organisers of the march condemned the block as censorship.")
    frame = attribute(body)
    assert side_of(frame, "Twitter disagrees")[0] == "platform"
    assert side_of(frame, "Organisers of the march")[0] == "other"


def test_a_colon_lead_in_takes_the_speaker_of_its_block():
    body = ("Twitter answered the ministry on Friday.\n\nThe letter ended:\n\n"
            "> We will not remove the accounts of journalists. We remain open to talks.\n\nTwitter")
    frame = attribute(body)
    assert side_of(frame, "The letter ended")[0] == "platform"


def test_a_question_quoting_a_short_term_reports_the_quoted_side():
    body = ("Q: What happened?\n\nRao: The accounts came back.\n\n"
            "Q: The ministry said on Monday that this was “a clear violation”.\n\nRao: I disagree.\n\n"
            "Q: Twitter says it followed the law.\n\nRao: It did.")
    frame = attribute(body)
    assert side_of(frame, "a clear violation")[0] == "government"
    assert side_of(frame, "Twitter says it followed")[0] == "narrator"  # a paraphrase without quotes: the interviewer's


def test_a_name_before_a_long_description_speaks_not_the_words_after_the_verb():
    frame = attribute("Lena Park, a digital rights researcher at the Free Net Lab, said such orders came at night.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "Lena Park"]


def test_the_company_s_lawyer_after_the_verb_speaks_for_the_platform():
    body = ("Chirp restored the posts on Monday, the company said. “We will appeal,” said Rui Costa, the company's "
            "lawyer in the case.")
    frame = attribute(body)
    assert side_of(frame, "We will appeal")[:2] == ("platform", "Rui Costa")
    assert "Costa" not in actors.learn_platforms(body)  # "Costa, the company's lawyer": not a company named Costa


def test_an_office_of_a_thing_that_is_no_party_is_not_the_platform_s():
    body = ("The regulator ordered Chirp to block the film. Chirp said it would comply. "
            "The film's director, Lena Hart, wrote that the ban was absurd.")
    assert side_of(attribute(body), "ban was absurd")[:2] == ("other", "Lena Hart")
    # a body's office keeps its owner from the context
    body = ("The regulator ordered Chirp to block the film. The board's director general, Ana Sol, said the order "
            "stands.")
    assert side_of(attribute(body), "order stands")[0] == "government"


def test_an_acronym_in_brackets_after_a_state_body_is_that_body():
    body = ("Chirp said it would challenge the order, issued by the Norland Media Authority (NMA) on Monday. "
            "The NMA insisted the film breaks the law. Its chairman, Dr. Olaf Brun, told reporters that the "
            "authority enforces the law.")
    frame = attribute(body)
    assert side_of(frame, "The NMA insisted")[:2] == ("government", "NMA")
    assert side_of(frame, "Its chairman")[0] == "government"


def test_a_rank_marks_a_state_officer_and_a_quoted_person_keeps_a_side():
    body = ("Chirp said it had blocked some accounts. The ministry replied within hours. Its spokeswoman, Col. Ana "
            "Brek, said the order was lawful.\n\n“We will not negotiate with a company,” Col. Brek said.")
    frame = attribute(body)
    assert side_of(frame, "order was lawful")[:2] == ("government", "Ana Brek")
    assert side_of(frame, "We will not negotiate")[0] == "government"
    body = ("Chirp's lawyer Ilse Mohr told the committee the orders were vague. Deputy Minister for Digital Affairs "
            "Jan Holt, who spoke after Ms. Mohr, said every order was lawful.\n\n“Nobody wants to ban Chirp,” "
            "Mr. Holt said.")
    assert side_of(attribute(body), "Nobody wants")[0] == "government"


def test_a_pledge_to_act_is_speech_and_a_relative_clause_before_it_is_skipped():
    frame = attribute("Opposition MP Lida Kran, who voted against the bill, vowed to challenge it in court.")
    assert frame["side"].iloc[0] == "other"
    frame = attribute("Chirp blocks 40 accounts in Norland, vows to fight other orders in court")
    assert frame["side"].iloc[0] == "narrator"  # a headline's ", vows ...": the act it announces (addendum)


def test_a_named_organisation_with_the_and_an_organisation_word_speaks():
    frame = attribute("The Pune-based Open Speech Trust urged the court to require reasons for each order.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "Open Speech Trust"]


def test_a_trade_group_speaks_for_itself_and_a_firm_s_last_word_is_no_state_body():
    frame = attribute("Digital Trade Alliance, which represents 40 technology companies, called the rule unworkable.")
    assert frame["side"].iloc[0] == "other"  # not the platforms it represents
    body = ("The ministry ordered Chirp to block 40 accounts. “Brands are nervous,” said Mira Das, chief executive of "
            "Bluefin Media, a Mumbai media-buying agency.")
    assert "Media" not in actors.learn_state_bodies(body)
    assert side_of(attribute(body), "Brands are nervous")[0] == "other"


def test_a_firm_or_companies_in_a_person_s_description_are_no_party():
    """'a partner at a Mumbai firm that advises technology companies': a lawyer, not the platform's voice (round 42,
    where the surname then kept the wrong side through the article)."""
    body = ("The ministry warned Chirp's staff of jail terms. “The risk is real,” said Mira Das, a partner at a Pune "
            "firm that advises technology companies on labour law. Das argued that junior staff had little to fear.")
    frame = attribute(body)
    assert side_of(frame, "The risk is real")[:2] == ("other", "Mira Das")
    assert side_of(frame, "junior staff")[0] == "other"
    # the article's own company keeps its side
    assert side_of(attribute("The company said it would appeal. Chirp, a social network, said it would comply."),
                   "would appeal")[0] == "platform"


def test_a_dated_line_at_a_paragraph_end_is_no_sign_off():
    """'Last updated: Feb. 2, 2021, 8:40 am IST': a date line is the narrator's; its time zone signs nothing."""
    body = "Chirp withheld 40 accounts in Norland.\n\nLast updated: Mar. 4, 2024, 9:15 am CET\n\nThe ministry said the order stood."
    assert side_of(attribute(body), "Last updated")[0] == "narrator"
    body = "The ministry ordered the blocks.\n\nWe will keep serving our users in Norland and challenge the order. — Twitter"
    assert side_of(attribute(body), "keep serving")[0] == "platform"  # a sign-off without figures still signs


def test_a_court_s_or_a_study_s_finding_is_its_speech_but_not_a_discovery():
    frame = attribute("In its judgment on Monday, the Norland High Court found that the order gave no reasons.")
    assert frame["side"].iloc[0] == "government"
    frame = attribute("Volunteers running the union's Twitter handle found that followers could no longer see it.")
    assert frame["side"].iloc[0] == "narrator"  # what a platform-side subject found out is an event


def test_backing_a_party_is_a_reaction_but_backed_by_is_not():
    assert attribute("Press freedom groups backed the app.")["side"].iloc[0] == "other"
    frame = attribute("The editors filed a challenge in March, backed by two journalists' unions.")
    assert frame["side"].iloc[0] == "narrator"


def test_a_plea_to_a_court_or_an_authority_is_the_asking_party_s_speech():
    frame = attribute("Chirp, the messaging app, blocked 40 accounts. Chirp has asked the court to set aside the orders.")
    assert side_of(frame, "set aside")[:2] == ("platform", "Chirp")
    assert attribute("The ministry asked users to report the posts.")["side"].iloc[0] == "narrator"  # a request


def test_figures_reported_are_the_reporter_s_speech():
    frame = attribute("Chirp, the messaging app, published its figures. Chirp reported 1,950 demands over six months.")
    assert side_of(frame, "1,950 demands")[:2] == ("platform", "Chirp")
    assert attribute("The posts were reported by users in Norland.")["side"].iloc[0] == "narrator"


def test_a_refusal_to_say_reports_no_speech():
    """'declined to say whether ...', like 'has not said': the journalist's (GUIDELINES_ADDENDUM.md)."""
    assert attribute("Twitter declined to say whether it would comply with the new order.")["side"].iloc[0] == "narrator"
    assert attribute("Twitter refused to comment on the order.")["side"].iloc[0] == "narrator"
    assert attribute("Twitter said it would comply with the new order.")["side"].iloc[0] == "platform"


def test_a_trailing_directing_reports_what_the_notice_said():
    frame = attribute("The ministry sent Chirp a final notice on Friday, directing the company to comply at once.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["government", "ministry"]
    frame = attribute("Directing the film took three years.")
    assert frame["side"].iloc[0] == "narrator"


def test_taking_to_a_medium_to_mock_is_a_reaction():
    frame = attribute("Hundreds of users took to rival apps to mock the ban, posting screenshots of the error page.")
    assert frame["side"].iloc[0] == "other"


def test_a_parliamentary_committee_and_its_chair_speak_for_the_state():
    """Annotators read a legislature's committee or panel questioning a platform as the government side."""
    frame = attribute("The Standing Committee on Information Technology said Chirp must follow the law.\n\n"
                      "The panel said the company had ignored its letters.\n\n"
                      "Committee chair Ilona Berg said the answers were not good enough.")
    assert side_of(frame, "must follow the law")[0] == "government"
    assert side_of(frame, "ignored its letters")[0] == "government"
    assert side_of(frame, "not good enough")[:2] == ("government", "Ilona Berg")


def test_a_committee_in_an_organisation_s_name_or_a_member_on_a_panel_is_no_state_body():
    frame = attribute("He said the Riverside Farmers Action Committee had received no notice.\n\n"
                      "An opposition MP on the panel said the hearing had been one-sided.")
    assert side_of(frame, "received no notice")[0] != "government"
    assert side_of(frame, "one-sided")[0] == "other"


def test_questioning_people_reports_no_speech():
    frame = attribute("Police raided the office of the app on Monday and questioned three employees for hours.")
    assert frame["side"].iloc[0] == "narrator"
    frame = attribute("The regulator questioned whether the app could keep its licence.")
    assert frame["side"].iloc[0] == "government"


def test_a_time_phrase_without_a_comma_is_no_speaker_before_a_trailing_participle():
    frame = attribute("Three days later the regulator sent Chirp a second notice, warning that fines would follow.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["government", "regulator"]


def test_a_retired_judge_speaks_for_herself():
    body = ("‘The law is a scalpel’: a retired judge on the blocking row\n\n"
            "Justice (retd.) Asha Verma, who sat on a high court until 2019, spoke to us. Edited excerpts:\n\n"
            "Q: What does the law allow?\n\n"
            "A: It lets the state block posts for a few listed reasons. Courts can review each order.")
    frame = attribute(body)
    assert side_of(frame, "few listed reasons")[0] == "other"
    assert side_of(frame, "Courts can review")[0] == "other"


def test_a_quoted_headline_names_its_speaker_after_the_colon():
    frame = attribute("‘We get a list and a deadline’: a former ministry official on how orders are written\n\n"
                      "The orders arrive by email, usually late in the evening.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "a former ministry official"]
    assert side_of(frame, "arrive by email")[0] == "narrator"


def test_reading_figures_differently_is_no_speech():
    assert attribute("The regulator reads the same numbers differently.")["side"].iloc[0] == "narrator"
    assert side_of(attribute("The notice reads in part: the order stands."), "notice reads")[0] == "government"


def test_she_does_not_refer_back_to_the_man_who_questioned_her():
    body = ("“We check every order,” Ms. Lena Dorn, the policy head of Chirp, replied.\n\n"
            "Mr. Karl Brandt pressed her on the accounts restored in March.\n\n"
            "She maintained that the orders gave no reasons.")
    assert side_of(attribute(body), "gave no reasons")[1] != "Karl Brandt"


def test_the_next_day_with_its_comma_is_no_speaker_before_a_trailing_participle():
    frame = attribute("The next day, the regulator wrote to the app asking for the label to go, arguing that the case was open.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["government", "regulator"]


def test_a_doubt_reported_as_a_trailing_participle_is_the_subject_s_speech():
    frame = attribute("The regulator had also written to Chirp, questioning whether it still deserved its licence.")
    assert frame["side"].iloc[0] == "government"
    assert attribute("Police spent hours questioning the staff.")["side"].iloc[0] == "narrator"


def test_he_or_she_in_a_quote_is_the_person_the_narration_just_introduced():
    body = ("Deputy Minister Ivo Lent said the ban on Marketo would stay.\n\n"
            "For Tomas Berin, who sells bicycle parts, the ban has been costly.\n\n"
            "He moved his stock to two rival sites.\n\n"
            "\"I am not a politician,\" he said.")
    assert side_of(attribute(body), "not a politician")[:2] == ("other", "Tomas Berin")


def test_a_month_abbreviation_is_no_platform_name():
    body = ("Chirp, the messaging app, is in a dispute with the ministry.\n\n"
            "Chirp withheld the first set of accounts on Feb. 1 but restored them.\n\n"
            "In a blog post, the company said it would not act on journalists' accounts.")
    assert side_of(attribute(body), "would not act")[:2] == ("platform", "Chirp")


def test_a_transcript_s_host_asks_as_the_interviewer():
    body = ("Transcript: should the order stand?\n\n"
            "Lia Brun (host): Good morning. The ministry ordered Chirp to block 40 accounts.\n\n"
            "Omar Sato (deputy minister): The accounts spread false claims.\n\n"
            "Lia Brun (host): Will you take Chirp to court?\n\n"
            "Omar Sato: If we must.")
    frame = attribute(body)
    assert side_of(frame, "Good morning")[0] == "narrator"
    assert side_of(frame, "take Chirp to court")[0] == "narrator"
    assert side_of(frame, "false claims")[0] == "government"


def test_according_to_him_refers_back_to_the_person():
    frame = attribute("Lena Ortiz, a lawyer for Chirp, spoke after the hearing.\n\n"
                      "According to her, the order takes effect at once.")
    assert side_of(frame, "takes effect")[1] == "Lena Ortiz"


def test_single_quotes_ending_in_punctuation_quote_speech():
    body = ("Ministry spokesperson Ana Holt spoke on Monday.\n\n"
            "‘The order stands, and the company must follow it,’ the ministry said. ‘We will not wait for ever.’\n\n"
            "The company’s lawyers and the farmers’ union were not consulted.")
    frame = attribute(body)
    assert side_of(frame, "order stands")[0::2] == ("government", "direct")
    assert side_of(frame, "wait for ever")[0::2] == ("government", "direct")
    assert side_of(frame, "were not consulted")[0] == "narrator"
    assert actors.quote_spans("The company’s ‘short term’ was used.") == []


def test_a_photo_credit_is_no_sign_off():
    body = ("Protesters at a border camp on Tuesday. (File photo: Harbor Images)\n\n"
            "The regulator ordered Chirp to block 40 accounts on Monday.")
    frame = attribute(body)
    assert side_of(frame, "border camp")[0] == "narrator"


def test_the_reported_clause_is_no_office_of_its_unnamed_source():
    frame = attribute("The company complied with the outstanding orders in time, two people familiar with the matter said.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["other", "two people"]
    frame = attribute("The company's counsel, Arun Mehta, said the order was wrong.")
    assert frame["side"].iloc[0] == "platform"


def test_its_officer_belongs_to_the_unknown_organisation_the_previous_sentence_opens_with():
    body = ("Chirp, the messaging app, refused the order.\n\n"
            "The Open Net Council of India (ONCI), a Pune-based industry body whose members include several foreign "
            "social media companies, struck a more cautious note. "
            "Its director, Dr. Mira Sand, said that members had no quarrel with the law.")
    assert side_of(attribute(body), "no quarrel")[:2] == ("other", "Mira Sand")


def test_a_ruling_speaks_for_the_court_and_a_board_for_the_state():
    frame = attribute("The High Court upheld the IT ministry's orders and fined Chirp on Monday.\n\n"
                      "The ruling also said a further fine would follow.")
    assert side_of(frame, "further fine")[0] == "government"
    frame = attribute("The National Media Board ordered Chirp to remove 40 posts.\n\nIn a statement, the board said the law applied to all.")
    assert side_of(frame, "applied to all")[0] == "government"


def test_a_platform_s_own_review_board_speaks_for_the_platform():
    body = ("Chirp, the video platform, hid 300 clips at the ministry's request.\n\n"
            "Chirp's review board ordered the company to restore them on Monday.\n\n"
            "In its decision, the board said most of the clips showed peaceful marches.")
    assert side_of(attribute(body), "peaceful marches")[0] == "platform"


def test_a_claim_in_a_reduced_relative_clause_is_the_narrator_s():
    frame = attribute("The commission issued the order on 3 September, naming group chats it says were used to sell forged papers.")
    assert frame["side"].iloc[0] == "narrator"
    assert attribute("The company says it will comply.")["side"].iloc[0] == "platform"


def test_a_person_of_an_unregistered_body_speaks_for_herself():
    frame = attribute("Prof. Asha Verma of a city law school said the appeal would turn on the costs.\n\n"
                      "Election monitor Tomas Lind of the Northern Vote Institute countered that the orders were rare.")
    assert side_of(frame, "turn on the costs")[:2] == ("other", "Asha Verma")
    assert side_of(frame, "orders were rare")[:2] == ("other", "Tomas Lind")


def test_a_speech_verb_after_but_is_the_subject_s_speech():
    frame = attribute("Chirp, the video app, complied at the time but said publicly that it disagreed with the order.")
    assert frame[["side", "speaker"]].iloc[0].tolist() == ["platform", "Chirp"]


def test_he_in_a_quote_after_a_narrated_mr_x_is_mr_x():
    body = ("Minister Ana Holt said the figures were lawful. “We use blocking with care,” she said.\n\n"
            "Opposition MP Karl Brandt had asked for the figures.\n\n"
            "Mr. Brandt was unimpressed.\n\n"
            "“These figures show a habit,” he countered.")
    assert side_of(attribute(body), "show a habit")[0] == "other"


def test_a_participle_after_a_dating_clause_is_that_clause_s_subject():
    frame = attribute("Chirp, the video app, challenged the orders on Monday.\n\n"
                      "The petition came days after the regulator gave the company until July 4 to comply with all "
                      "pending orders, warning that it could lose its licence.")
    assert side_of(frame, "lose its licence")[0] == "government"


def test_a_minister_of_state_for_a_department_is_learned_with_his_name():
    body = ("Chirp, the video app, restored the accounts on Monday.\n\n"
            "Minister of State for Home Affairs Tarun Mehta told parliament the platform must comply.\n\n"
            "In a written reply, Mr. Mehta said every order had been reviewed.")
    assert side_of(attribute(body), "had been reviewed")[:2] == ("government", "Tarun Mehta")


def test_a_medium_before_the_name_is_no_office():
    body = ("The ministry ordered Findly to delist 214 addresses.\n\n"
            "In a statement, Findly said it had reviewed each of the 214 addresses.")
    assert side_of(attribute(body), "reviewed each")[:2] == ("other", "Findly")  # not the ministry's statement


def test_words_on_a_sign_are_the_narrator_s():
    body = ("The court heard the regulator's case against Chirp. “The order is lawful,” the regulator's lawyer said.\n\n"
            "Outside the court, about 30 students held signs reading “Let us post.”")
    assert side_of(attribute(body), "Let us post")[0] == "narrator"


def test_more_groups_speak_for_themselves_and_our_reporter_is_the_narrator():
    frame = attribute("Press freedom advocates criticised the ruling.\n\n"
                      "Rights groups counter that the secrecy clause makes a challenge impossible.\n\n"
                      "Crowds gathered outside the ministry, according to our reporter at the scene.")
    assert side_of(frame, "criticised the ruling")[0] == "other"
    assert side_of(frame, "secrecy clause")[0] == "other"
    assert side_of(frame, "Crowds gathered")[0] == "narrator"


# Attribution pass 6 (session 8, from rounds 45-48)

def test_a_sentence_adverb_is_no_speaker():
    body = ("The ministry told Twitter to delete the account. Twitter did neither.\n\n"
            "Instead, the company restricted access to it in two provinces, saying it had “limited the account's "
            "visibility where local law may require it”.\n\n"
            "“We have not shared any user data,” the company said.")
    frame = attribute(body)
    assert side_of(frame, "restricted access")[1] != "Instead"
    assert side_of(frame, "shared any user data")[:2] != ("other", "Instead")


def test_the_question_of_an_asked_lead_names_no_speaker():
    body = "Asked about the ministry's order, Jack Dorsey said: “There were a lot of demands from India, many of them.”"
    assert side_of(attribute(body), "a lot of demands")[:2] == ("platform", "Jack Dorsey")


def test_an_interviewee_introduced_only_by_a_party_office_answers_for_it():
    body = ("Twitter's stand-off with the Centre deepened this week.\n\n"
            "We spoke to a Twitter India spokesperson on Tuesday evening. Edited excerpts:\n\n"
            "Q: Why has the company not acted on all the accounts?\n\n"
            "A: We have acted on a large part of what was asked of us.\n\n"
            "Q: Are your employees safe?\n\n"
            "A: The safety of our staff is our top priority.")
    frame = attribute(body)
    assert side_of(frame, "a large part")[0] == "platform"
    assert side_of(frame, "top priority")[0] == "platform"


def test_a_post_read_in_part_is_the_document_of_the_previous_subject():
    body = ("“We will not comply,” the company said.\n\n"
            "The ministry answered on Wednesday morning on Koo, a homegrown app. The post read in part:\n\n"
            "Twitter had itself requested a meeting with the Secretary.")
    frame = attribute(body)
    assert side_of(frame, "read in part")[0] == "government"
    assert side_of(frame, "requested a meeting")[0] == "government"


def test_a_notice_that_reads_is_the_platform_s_and_a_notice_saying_the_narrator_s():
    body = ("The ministry ordered Twitter to withhold 250 accounts on Monday.\n\n"
            "Users who tried to open the handles saw a notice that read: \"Account withheld in India in response to "
            "a legal demand.\"\n\n"
            "Users in India who tried to open the page saw a notice saying the account had been withheld.")
    frame = attribute(body)
    assert side_of(frame, "Users who tried")[:2] == ("platform", "Twitter")
    assert side_of(frame, "Users in India")[0] == "narrator"


def test_it_after_a_document_word_or_with_a_short_quote_refers_to_the_previous_subject():
    body = ("“It's a calculated move,” said Suresh Pillai, a lawyer.\n\n"
            "The ministry responded on Koo. In a post, it said the secretary would meet the company and that the "
            "blog was \"unusual\".\n\n"
            "Ms. Rao, an analyst, said the rules were vague.\n\n"
            "The regulator answered within hours. In a statement, it said the order stands.")
    frame = attribute(body)
    assert side_of(frame, "secretary would meet")[0] == "government"
    assert side_of(frame, "the order stands")[0] == "government"


def test_a_headline_s_coordinated_speech_verb_before_a_quotation():
    body = ("Minister unveils round-the-clock blocking unit, says platforms \"have run out of excuses\"\n\n"
            "The unit will work in three shifts.")
    assert side_of(attribute(body), "run out of excuses")[0] == "government"


def test_a_bare_spokesman_or_titled_officer_speaks_for_the_previous_subject():
    body = ("The ministry said on Thursday it would appeal.\n\n"
            "\"We respect the courts, but we have a duty to protect the public,\" spokesman Edvin Kallas said.\n\n"
            "The Ministry of Transport denied issuing any instruction.\n\n"
            "\"There is no order concerning the app,\" Secretary-General Dana Petrov told reporters.")
    frame = attribute(body)
    assert side_of(frame, "duty to protect")[0] == "government"
    assert side_of(frame, "no order concerning")[0] == "government"


def test_its_letter_is_the_letter_of_the_previous_subject():
    body = ("The regulator ordered Twitter to remove 58 videos.\n\n"
            "Twitter wrote back on Monday. Its letter, signed by chief executive Hanne Solberg, said the company "
            "would not remove the videos.")
    assert side_of(attribute(body), "would not remove")[0] == "platform"


def test_the_one_who_has_been_told_is_no_speaker():
    body = ("A Twitter spokesperson confirmed the restoration.\n\n"
            "The spokesperson did not say why the accounts were restored, or whether the ministry had been told "
            "in advance.")
    assert side_of(attribute(body), "had been told")[0] == "narrator"


def test_court_papers_are_a_record_not_the_court_speaking():
    body = ("The ministry ordered Twitter to block 40 accounts.\n\n"
            "Twitter complied the next day but told the ministry in a letter that it considered the order "
            "“unreasoned and unlawful,” according to court papers.")
    assert side_of(attribute(body), "unreasoned and unlawful")[0] == "platform"


# session 10: from rounds 52-53

def test_a_relative_clause_then_an_auxiliary_still_leaves_the_subject_speaking():
    body = ("The regulator ordered the app to remove 40 posts.\n\n"
            "The communications minister, who took office in March, has said the rules apply to every company.")
    assert side_of(attribute(body), "apply to every company")[0] == "government"


def test_a_participle_after_now_is_a_parenthesis_not_the_speaker():
    body = ("The ministry ordered Twitter to block 40 accounts.\n\n"
            "Twitter, now owned by Elon Musk, had argued that the orders gave no reasons.")
    assert side_of(attribute(body), "gave no reasons")[:2] == ("platform", "Twitter")


def test_he_after_a_named_officer_of_a_side_speaks_for_that_side():
    body = ("The commission fined Twitter on Monday.\n\n"
            "Petra Lind, Twitter's general counsel, said the company would appeal.\n\n"
            "“We acted on every valid order,” she said.")
    assert side_of(attribute(body), "every valid order")[0] == "platform"


def test_a_spokesman_for_the_governing_party_named_speaks_for_the_government():
    body = ("The regulator has blocked 300 accounts since March.\n\n"
            "Ivo Marek, a spokesman for the governing National Union, said the platforms had refused to act.")
    assert side_of(attribute(body), "refused to act")[0] == "government"


def test_a_place_and_a_dash_open_a_lead_whose_subject_speaks_in_a_participle():
    body = ("BRELLA — An appeals court on Tuesday struck down an order blocking the news app, ruling that the "
            "ministry had never said which articles broke the law.")
    assert side_of(attribute(body), "never said which")[0] == "government"


def test_the_council_refers_back_to_the_industry_council_the_article_named():
    body = ("Parliament passed the bill on Tuesday, requiring platforms to remove flagged posts within four hours.\n\n"
            "The Nordland Digital Industry Council argued that no company could check a post in four hours.\n\n"
            "The ministry welcomed the vote.\n\n"
            "In a letter to lawmakers last week, the council wrote that the rule would make the country quieter.")
    assert side_of(attribute(body), "make the country quieter")[0] == "other"


def test_a_verb_before_by_and_a_speech_gerund_is_not_part_of_the_speaker():
    # a newcomer found "government responded by" listed as a speaker of the seed article
    frame = attribute(" The government responded by saying the company would face penalties. "
                      "The ministry hit back by warning that the orders stand.")
    assert side_of(frame, "responded by") == ("government", "government", "indirect")
    assert side_of(frame, "hit back by")[:2] == ("government", "ministry")


def test_straight_single_quotes_are_quotations_but_apostrophes_are_not():
    """British-style quotes with straight marks are quoted speech ("'...,' she said."); possessives and
    "'n'" never open or close one."""
    body = ("The committee met on Monday, its chair Anna Berg said. 'Nobody outside the committee knows what was "
            "in the order,' she said. 'We asked for it twice.' The ministry declined to comment. "
            "The farmers' union's members didn't know. Rock 'n' roll fans' groups protested.")
    frame = attribute(body)
    assert frame["kind"].tolist()[1:3] == ["direct", "direct"]
    assert frame["speaker"].tolist()[1:3] == ["Anna Berg", "Anna Berg"]
    assert frame["side"].tolist()[3:] == ["narrator", "narrator", "narrator"]
    assert actors.quote_spans("The farmers' union's members didn't know. Rock 'n' roll fans' groups.") == []


def test_the_shipped_registry_keeps_the_fast_alias_scanner():
    """One alias that does not fold simply (an accented 'Inácio' added in session 11) silently sent every article
    through the slow regex scan of the whole registry (+15 us per sentence); the shipped registry must not."""
    assert actors.registry_lower() is not None


def test_title_spokesperson_takes_the_previous_sentences_party():
    # session 21 (round 90): a bare title opening a sentence ("Spokesman X opened by ...") is the officer of the
    # party the sentence before is about, not of the last party it named
    body = ("The Ministry of Information held its weekly press briefing on Tuesday, and most of the questions were "
            "about the order sent to the platform Brevio.\n\nSpokesman Emil Tarasenko opened by reading a statement.")
    people = actors.learn_people(body)
    assert people["Tarasenko"].side == "government"
    # a title not opening a sentence is left to the attribution, as before
    assert "Tarasenko" not in actors.learn_people("The ministry met Brevio, whose spokesman Emil Tarasenko spoke.")


def test_he_after_a_sentence_opened_by_the_minister_is_the_minister():
    # session 21 (round 88): "The minister pressed on. He reminded ..." after a shout the rules gave to a company:
    # a capitalised "The minister" opening the sentence before is the he (PERSON matched only a lowercase "the")
    body = ("Ravi Shankar Prasad, the IT minister, rose and said Twitter was welcome. \"Block the critics, keep the "
            "trolls!\" called another voice from the back rows, before the Chairman pleaded for order. The minister "
            "pressed on. He reminded the House that Twitter had been served orders under Section 69A.")
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    assert cols["side"][-1] == "government"
    assert actors.PERSON.match("The minister pressed on.") and actors.PERSON.match("A judge asked.")


def test_she_after_the_judge_keeps_the_judge_quoted_by_name():
    # session 21: with "The judge ..." read as a person (above), a she after it keeps the named judge last quoted
    # rather than the bare role word, when the two are of one side
    body = ("Justice Marta Oyelaran asked the ministry to explain the order. \"Where are the reasons?\" Justice "
            "Oyelaran asked. The judge was not persuaded. She asked whether any of the account holders had been "
            "given notice.")
    cols = actors.attribute_columns(body, text.sentence_columns(body))
    assert (cols["side"][-1], cols["speaker"][-1]) == ("government", "Marta Oyelaran")
