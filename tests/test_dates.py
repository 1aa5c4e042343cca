"""Unit tests of the date resolver: each expression against the window the guidelines give."""
import pytest

from helpers import dates

CASES = [  # text, article date, expected (start, end), basis
    ("on February 1 they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on 1 February they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on Feb. 1, 2021 they", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("on Monday, 1 February", "2021-02-10", ("2021-02-01", "2021-02-01"), "explicit"),
    ("sent on 31 January", "2021-02-09", ("2021-01-31", "2021-01-31"), "explicit"),
    ("on Aug. 17 it", "2024-08-31", ("2024-08-17", "2024-08-17"), "explicit"),
    ("on Sunday", "2021-02-02", ("2021-01-31", "2021-01-31"), "relative"),
    ("on Wednesday evening", "2021-02-11", ("2021-02-10", "2021-02-10"), "relative"),
    ("yesterday", "2021-02-04", ("2021-02-03", "2021-02-03"), "relative"),
    ("today", "2021-02-11", ("2021-02-11", "2021-02-11"), "relative"),
    ("last week", "2021-02-09", ("2021-02-01", "2021-02-07"), "relative"),
    ("later this week", "2023-03-15", ("2023-03-15", "2023-03-19"), "relative"),
    ("earlier this month", "2023-03-15", ("2023-03-01", "2023-03-15"), "relative"),
    ("last month", "2023-03-15", ("2023-02-01", "2023-02-28"), "relative"),
    ("in the past 10 days", "2021-02-10", ("2021-01-31", "2021-02-10"), "relative"),
    ("three days ago", "2021-02-10", ("2021-02-07", "2021-02-07"), "relative"),
    ("recently", "2021-02-10", ("", "2021-02-10"), "relative"),
    ("soon", "2021-02-10", ("2021-02-10", ""), "relative"),
    ("in January", "2023-03-15", ("2023-01-01", "2023-01-31"), "relative"),
    ("since April", "2024-08-31", ("2024-04-01", "2024-08-31"), "relative"),  # session 8: to the article date
    ("in July last year", "2023-07-01", ("2022-07-01", "2022-07-31"), "relative"),
    ("between Feb. 2, 2021 and Feb. 28, 2022", "2022-07-06", ("2021-02-02", "2022-02-28"), "explicit"),
    ("blocked in 2019, up from", "2022-07-06", ("2019-01-01", "2019-12-31"), "explicit"),  # a year alone
    ("during 2022 so far", "2022-07-06", ("2022-01-01", "2022-07-06"), "explicit"),  # the article's year: to its date
    ("offline since 2017 for", "2020-01-16", ("2017-01-01", "2020-01-16"), "explicit"),
    # session 7: a live blog's time stamp, counts of months back, two months without a year
    ("16:20 — In a new ruling, the judge", "2024-08-30", ("2024-08-30", "2024-08-30"), "relative"),
    ("9:40 am: The company has posted", "2021-02-10", ("2021-02-10", "2021-02-10"), "relative"),
    ("Update 3, 11:15 IST: The minister", "2021-02-10", ("2021-02-10", "2021-02-10"), "relative"),
    ("sent 40 requests in the past two months", "2025-12-01", ("2025-10-01", "2025-12-01"), "relative"),
    ("over the past year, the ministry", "2026-02-18", ("2025-02-18", "2026-02-18"), "relative"),
    ("received between July and December, of", "2021-07-15", ("2020-07-01", "2020-12-31"), "relative"),
    ("between January and June, more than", "2025-07-16", ("2025-01-01", "2025-06-30"), "relative"),
]


def test_clock_inside_a_sentence_is_no_date():
    assert dates.find_phrases("The vote closed at 14:55 on the dot.") == []


@pytest.mark.parametrize("text,article_date,expected,basis", CASES)
def test_expression_window(text, article_date, expected, basis):
    phrases = dates.find_phrases(text)
    assert phrases, f"no date phrase found in {text!r}"
    window = dates.resolve(phrases[0], article_date)
    assert (window.start, window.end) == expected
    assert window.basis == basis


@pytest.mark.parametrize("text,anchor,expected", [
    ("the same evening", ("2021-02-01", "2021-02-01"), ("2021-02-01", "2021-02-01")),
    ("two days later", ("2021-02-01", "2021-02-01"), ("2021-02-03", "2021-02-03")),
    ("two days after", ("2021-02-03", "2021-02-03"), ("2021-02-01", "2021-02-01")),
    ("within hours", ("2021-02-25", "2021-02-25"), ("2021-02-25", "2021-02-26")),
    ("subsequently", ("2021-01-31", "2021-02-10"), ("2021-01-31", "2021-02-28")),
    ("the year before", ("2020-01-01", "2020-12-31"), ("2019-01-01", "2019-12-31")),
    ("the previous year", ("2020-06-04", "2020-06-04"), ("2019-01-01", "2019-12-31")),
    ("four hours later", ("2021-02-01", "2021-02-01"), ("2021-02-01", "2021-02-02")),
    ("days after", ("2021-02-12", "2021-02-12"), ("2021-02-02", "2021-02-12")),  # B in the ten days up to A
    ("over the period", ("2020-07-01", "2020-12-31"), ("2020-07-01", "2020-12-31")),  # the period told before
])
def test_order_words_use_the_anchor(text, anchor, expected):
    phrase = dates.find_phrases(text)[0]
    window = dates.resolve(phrase, "2021-02-28", dates.Window(*anchor))
    assert (window.start, window.end) == expected
    assert window.basis == "order"


def test_modal_may_is_not_a_month():
    assert all(p.kind not in ("month", "calendar") for p in dates.find_phrases("the ministry may act"))


def test_order_word_without_anchor_ends_at_article_date():
    window = dates.resolve(dates.find_phrases("then")[0], "2021-02-10", None)
    assert (window.start, window.end) == ("", "2021-02-10")


def test_longest_phrase_wins():
    phrases = dates.find_phrases("earlier this month")
    assert [p.text for p in phrases] == ["earlier this month"]


def test_defaults():
    assert dates.past_default("2021-02-10") == dates.Window("", "2021-02-10", "", "article_date")
    assert dates.plan_default("2021-02-10").start == "2021-02-10"


def test_issue4_month_parts_years_and_ranges():
    from helpers import dates
    phrases = dates.find_phrases("served it a final notice in late June that year")
    w = dates.resolve(phrases[0], "2023-07-02", dates.Window("2022-07-05", "2022-07-05", "", "explicit"))
    assert (w.start, w.end) == ("2022-06-21", "2022-06-30")
    phrases = dates.find_phrases("10 blocking orders issued between February 2021 and February 2022")
    w = dates.resolve(phrases[0], "2023-07-02")
    assert (w.start, w.end) == ("2021-02-01", "2022-02-28")


def test_issue4_in_the_evening_is_the_anchor_day():
    phrase = dates.find_phrases("The talks went ahead in the evening.")[0]
    window = dates.resolve(phrase, "2021-02-12", dates.Window("2021-02-10", "2021-02-10", "on Wednesday", "relative"))
    assert (window.start, window.end) == ("2021-02-10", "2021-02-10")


# The fast scanning (issue: events speed) must give exactly the matches of the original patterns. -------------
import datetime as dt  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402

import dateparser  # noqa: E402

from helpers import events, paths, text  # noqa: E402

TRICKY = [
    "The Ministry ORDERED Twitter to block 250 accounts on Monday, Feb. 1, 2021.",
    "“We will not comply,” the company said in a blog post on Wednesday evening.",
    "the ministry may act; in May it did. MAY 5 was quiet, and on 5 May the court ruled.",
    "Twitter’s India unit restored access — two days later — after the notice of non-compliance.",
    "İstanbul’s court blocked ſome accounts; the Kelvin sign K is not k.",  # not foldable: originals run
    "Earlier this month X Corp. withheld 1,178 accounts; the HIGH COURT upheld the order.",
    "", "   ", "a", "(x)", "govt. sent a show-cause notice between January 2021 and March 2022",
]


def corpus_sentences() -> list[str]:
    """Sentences of the annotated articles plus tricky strings (case, quotes, non-foldable letters)."""
    out = list(TRICKY)
    for path in sorted(paths.ANNOTATED_ARTICLES.glob("*.txt"))[:12]:
        body = path.read_text(encoding="utf-8")
        out.extend(text.split_sentences(body)["text"].tolist())
    return out


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.fixture(scope="module")
def sentences():
    return corpus_sentences()


@pytest.mark.parametrize("name", ["triggers", "date words", "actor aliases"])
def test_pattern_sets_give_the_original_matches(sentences, name):
    if name == "triggers":
        pset, originals = events.trigger_set(), [t.regex for t in events.patterns()]
    elif name == "date words":
        pset, originals = dates.date_word_set(), [row[1] for row in dates.date_words()]
    else:
        long_, cased = events.actor_sets()
        pset, originals = long_, [re.compile(long_.originals[0].pattern, re.I)]
    for sentence in sentences:
        got = {}
        for i, m in pset.matches(sentence):
            got.setdefault(i, []).append(m.span())
        want = {i: spans(rx.finditer(sentence)) for i, rx in enumerate(originals) if spans(rx.finditer(sentence))}
        assert got == want, sentence


def test_folded_patterns_match_like_the_originals(sentences):
    for trig in events.patterns():
        fast = dates.folded(trig.regex.pattern)
        assert fast is not None, trig.regex.pattern
        for sentence in sentences:
            if text.foldable(sentence):
                assert spans(fast.finditer(sentence.lower())) == spans(trig.regex.finditer(sentence))


def test_folded_refuses_case_sensitive_parts():
    assert dates.folded(r"\b(?-i:May)\b") is None
    assert dates.folded(r"\bmay\b").search("it may") is not None


def test_hoisted_boundaries_and_lookbehinds_are_kept():
    for pattern, textual in [(r"\bcourt", "a court, the subcourt"), (r"(?<!not )\bcomplied", "not complied; complied"),
                             (r"\b(?:had |has )?ordered\b", "had ordered, reordered, ordered"),
                             (r"\b’s order", "x’s order, ’s order")]:
        fast = dates.folded(pattern)
        assert spans(fast.finditer(textual)) == spans(re.finditer(pattern, textual, re.I)), pattern


def test_alternation_merge_follows_alternation_order():
    patterns = [r"\bab\w*|\ba\b|\bb\w+", r"x(?=y)|xy", r"\w+c|b\w"]  # the last: a match inside an earlier one
    pset = dates.PatternSet(patterns)
    for sample in ["ab a b abc ba", "a ab", "xy xx xyy", "bab ab", "abc bd", "ABC BD xY"]:
        for i, pattern in enumerate(patterns):
            got = [m.span() for j, m in pset.matches(sample) if j == i]
            assert got == spans(re.finditer(pattern, sample, re.I)), (pattern, sample)


def test_split_alternatives_keeps_groups_and_classes():
    assert dates.split_alternatives(r"a|(b|c)|[|]|\|x|[]|]y") == ["a", "(b|c)", "[|]", r"\|x", "[]|]y"]
    assert dates.split_alternatives("abc") == ["abc"]


def test_literal_scan_finds_every_literal():
    scan = dates.LiteralScan()
    literals = ["block", "in a", "ed on", "twitter india", " to ", "x", "7 days"]
    scan.add(literals)
    for sample in ["Twitter India blocked it in a day", "he posted on x", "it went to court", "in 7 days"]:
        low = sample.lower()
        assert scan.present(low) == {lit for lit in literals if lit in low}, sample


def test_literal_sets_are_necessary():
    sets = dates.literal_sets(r"\bafter (?:the|a) (?:[\w-]+ )?(?:ruling|order)\b")
    assert set(sets) == {frozenset({"ruling", "order"}), frozenset({"after "})}  # {'the', 'a'} tells too little
    assert dates.literal_sets(r"\d+") == ()


def test_simple_calendar_agrees_with_dateparser():
    rng = random.Random(4)
    months = ["January", "Feb.", "February", "Mar", "May", "June", "Sept.", "Sep", "Dec.", "Apr.", "Nov"]
    for _ in range(120):
        day = rng.choice([1, 9, 28, 29, 30, 31, rng.randint(1, 31)])
        year = rng.choice(["", f", {rng.randint(2018, 2025)}", f" {rng.randint(2018, 2025)}", f" {rng.randint(0, 9999):04d}"])
        month = rng.choice(months)
        phrase = rng.choice(["", "Monday, ", "friday "]) + rng.choice(
            [f"{month} {day}{year}", f"{day} {month}{year}", f"{month} {day}th{year}", f"{day} of {month}{year}"])
        article = rng.choice(["2020-02-28", "2020-02-29", "2024-03-01", "2021-01-01"]) if rng.random() < 0.3 else \
            (dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2900))).isoformat()
        fast = dates.simple_calendar(phrase, article)
        assert fast is not None, phrase  # every such form is resolved without dateparser
        parsed = dateparser.parse(phrase, languages=["en"], settings={**dates.SETTINGS,
                                                                      "RELATIVE_BASE": dt.datetime.fromisoformat(article)})
        assert fast == (parsed.date().isoformat() if parsed else ""), (phrase, article)


def test_no_such_day_gives_no_date():
    assert dates.parse_calendar("June 31", "2024-07-10") == ""


@pytest.mark.parametrize("text,kind", [("restoring access from midnight", "current"), ("hours after the ruling", "anchor_before"),
                                       ("shortly after the notice", "anchor_before")])
def test_new_date_words(text, kind):
    assert dates.find_phrases(text)[0].kind == kind


@pytest.mark.parametrize("text", ["the protests of 2020-21", "in 2020 and 2021 alike", "the IT Act of 2000", "in 12020"])
def test_issue4_year_ranges_and_titles_are_not_a_year_alone(text):
    assert not [p for p in dates.find_phrases(text) if p.kind == "year"]


def test_issue4_count_of_hours_later_is_part_of_the_phrase():
    assert [p.text for p in dates.find_phrases("About six hours later it restored them.")] == ["six hours later"]


def test_alias_scanner_gives_the_original_alias_matches(sentences):
    """The registry's case-insensitive aliases are scanned as one trie on the lower-cased text (session 3, events):
    the same spans as the original alternation, on every sentence (non-foldable ones take the pattern set)."""
    assert events.alias_scanner() is not None  # the registry's aliases fold simply: the fast form is in use
    long_, cased, _ = events.actor_regex()
    extra = ["Twitter's MP said", "the IT Ministry@x", "MeitY-ministry", "X Corp and X", "ministry’s officials. MINISTRY",
             "@ministry of electronics", "THE MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY"]
    for sentence in sentences + extra + [s.upper() for s in sentences[:60]]:
        first, second = events.alias_spans(sentence)
        assert first == spans(long_.finditer(sentence)), sentence
        assert second == spans(cased.finditer(sentence)), sentence


def test_trie_order_holds_only_when_longer_words_come_first():
    assert events.trie_ordered(("ministry of it", "ministry", "it"))
    assert not events.trie_ordered(("ministry", "ministry of it"))  # an alternation would stop at the shorter word
    assert events.trie_ordered(("b", "a"))  # neither extends the other: their order does not matter


def test_pattern_set_steps_run_like_run():
    """A plan's single-regex steps are run directly; the others through ``run``: the same matches either way."""
    patterns = [r"\bab\w*|\ba?\b", r"\bcourt\b", r"x(?=y)|xy", r"(?-i:May) \d+|\bmay\b"]
    pset = dates.PatternSet(patterns)
    for sample in ["ab a b abc ba", "the court, a Court", "xy xx xyy", "May 5 and may 6; MAY 7"]:
        for i, pattern in enumerate(patterns):
            got = [m.span() for j, m in pset.matches(sample) if j == i]
            assert got == spans(re.finditer(pattern, sample, re.I)), (pattern, sample)
    assert any(regex is not None for plan in pset.plans.values() for _, _, regex, _ in plan)


def test_every_alternative_of_a_date_word_starts_a_word():
    # 'at the time' is an anchor; inside 'what the time' (or 'bat the time') it is not
    assert [p.kind for p in dates.find_phrases("The ministry was silent at the time.")] == ["anchor"]
    assert dates.find_phrases("Nobody knew what the time limit was.") == []


# session 10: from rounds 52-53
from conftest import given_sentences, window  # noqa: E402


def _windows(texts, date, side="narrator"):
    found = given_sentences(texts, side=side, date=date)
    return [(r.event_type, r.date_start, r.date_end) for r in found.itertuples()]


def test_s10_a_year_earlier_is_the_compared_period_a_year_back():
    # 'up from N a year earlier' after a year: the year before (not the report's day told after it)
    got = _windows(["The regulator issued 1,900 blocking orders to websites in 2022, up from 700 a year earlier, "
                    "according to a report it published on Monday."], "2023-05-10")
    assert ("blocking_order", "2021-01-01", "2021-12-31") in got
    # after a half-year: the same half a year back
    got = _windows(["Its report shows the agency sent the app 150 removal requests in the first half of last year, "
                    "up from 60 a year earlier."], "2024-09-02")
    assert ("blocking_order", "2022-01-01", "2022-06-30") in got


def test_s10_month_range_with_a_dash():
    # 'the July-December requests' (en dash or hyphen) is the half-year, the latest such up to the article date
    got = _windows(["The app complied with half of the July\u2013December requests, withholding 900 posts."], "2025-03-01")
    assert ("withholding", "2024-07-01", "2024-12-31") in got
    assert dates.find_phrases("covering January-June 2023")[0].kind == "month_range"


def test_s10_challenge_decided_later_in_the_sentence_runs_to_the_ruling():
    # 'challenged it in court, which upheld it in December': from the challenge's date to the ruling's month
    got = _windows(["The ministry issued the order on Oct. 3, and the company challenged the order in the High Court, "
                    "which upheld it in December."], "2025-02-10")
    assert ("legal_action", "2024-10-03", "2024-12-31") in got


def test_s10_within_hours_of_the_ruling_is_that_ruling_day():
    # 'within hours of the ruling' after a dated ruling: the ruling's day (or the next), not an older date of the clause
    got = _windows(["A court on Tuesday upheld two orders requiring the site to block the forum threads.",
                    "The site, which had refused to comply since March 2, blocked the threads within hours of the ruling."],
                   "2025-03-14")
    assert ("withholding", "2025-03-11", "2025-03-12") in got


def test_s10_sequel_told_after_a_month_runs_to_the_article_date():
    # undated sequels (a restoration, a notice, a threat) told by the narrator after an order dated by its month only
    body = ("The quarrel began in March 2022, when the ministry ordered the app to block 900 accounts.\n\n"
            "The app briefly restored some of them, prompting a notice that warned of fines for its officers.")
    assert window(body, "2024-01-15", "restoration") == ("2022-03-01", "2024-01-15")
    assert window(body, "2024-01-15", "non_compliance_notice") == ("2022-03-01", "2024-01-15")


def test_s10_would_appeal_runs_from_the_day_of_the_news_it_answers():
    # 'X said it would appeal' right after a dated ruling or fine in its paragraph: a plan from that day, not the article's
    body = ("An appeals court on Tuesday struck down an order that had kept the news app blocked since last March. "
            "The ministry said it would appeal to the Supreme Court.")
    assert window(body, "2026-02-06", "legal_action", "would appeal") == ("2026-02-03", "")


def test_s10_legal_action_sequel_told_after_a_month_runs_to_the_article_date():
    body = ("The search app removed 120 links on Monday after the top court upheld a ministry order. The ministry had "
            "asked for the links to be removed in March. The app fought the order through two courts.")
    assert window(body, "2024-06-20", "legal_action", "fought") == ("2024-03-01", "2024-06-20")


def test_a_colon_lead_in_dates_its_block_quote_even_with_no_statement_event_told_there():
    # the block-quote rule used to need a statement event in the lead-in; when neither the patterns nor the learned
    # detector told one there, the quoted refusal fell back to the article date
    from helpers import events
    assert events.lead_in_date("In a letter to the regulator dated May 2, the store wrote:", "2024-05-10") == {
        "date_start": "2024-05-02", "date_end": "2024-05-02", "date_text": "May 2"}
    assert events.lead_in_date("The store wrote in a letter to the regulator:", "2024-05-10") is None
