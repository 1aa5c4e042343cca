"""helpers.text: Punkt sentence splitting with the project's abbreviations, offsets into the body."""
from helpers import corpus, text


def test_offsets_index_the_body(seed_path):
    body = corpus.read_article(seed_path).body
    sents = text.split_sentences(body)
    assert len(sents) == 15
    for row in sents.itertuples():
        assert body[row.char_start:row.char_end] == row.text


def test_abbreviations_do_not_end_sentences():
    body = "Govt. will share its response soon. Mr. Prasad met Dr. Rao in the U.S. on Feb. 4 under Sec. 69A. It ended."
    sents = text.split_sentences(body)["text"].tolist()
    assert sents == ["Govt. will share its response soon.", "Mr. Prasad met Dr. Rao in the U.S. on Feb. 4 under Sec. 69A.",
                     "It ended."]


def test_paragraphs_never_share_a_sentence(seed_path):
    sents = text.split_sentences(corpus.read_article(seed_path).body)
    assert "Twitter" in sents["text"].tolist()  # the bare attribution after the block quote
    assert sents["paragraph"].is_monotonic_increasing


# Speed-ups that must give exactly what the plain forms give (benchmarks/README.md): checked on every
# paragraph of the labelled articles and on random texts built from the awkward pieces.

import random  # noqa: E402
import re  # noqa: E402

from helpers import paths  # noqa: E402


def labelled_paragraphs() -> list[str]:
    """Every paragraph of the seed and of the dev and held-out articles."""
    out = []
    for folder in (paths.ARTICLES, paths.ANNOTATIONS / "articles", *sorted(paths.ANNOTATIONS.glob("rounds/*/articles")),
               paths.ANNOTATIONS / "heldout" / "articles"):
        for f in sorted(folder.glob("*")):
            body = corpus.read_article(f).body
            out += [body[s:e] for s, e in text.paragraph_spans(body)]
    return out


def random_texts(pieces: list[str], n: int, seed: int, longest: int = 14) -> list[str]:
    """``n`` random concatenations of ``pieces`` with random spacing."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\n"]) for _ in range(rng.randint(1, longest)))
            for _ in range(n)]


def test_fast_punkt_gives_nltks_spans():
    pieces = ["Mr.", "Dr.", "U.S.", "A.", "J.", "K.", "e.g.", "Feb.", "5.", "10.5.", "##NUMBER##.", "...", "..", ".", "?", "!",
              "said", "The", "the", "“", "”", "\"", "'", ")", "(", "]", "--", "-", ",", ";", ":", "Govt.", "No.", "\n",
              "é", "x.", "X.", "ab.cd.", "‘", "’", "«", "»", "?)", ".”", "\t", "\u00a0", "\x1c", "\u0301", "1,000.", "-5."]
    fast, nltk_punkt = text.punkt_spans(), text.tokenizer()
    for sample in labelled_paragraphs() + random_texts(pieces, 4000, 5):
        assert fast.span_tokenize(sample) == list(nltk_punkt.span_tokenize(sample)), repr(sample)


def test_trie_and_word_start_scanner_match_the_plain_alternation():
    words = ["said", "say", "says", "said in a statement", "pointed out", "told", "told reporters", "x", "x corp.",
             "govt.", "secretary (it)", "@twitter", "twitter", "twitter's india unit", "a"]
    plain = re.compile(rf"(?<![\w@-])(?:{'|'.join(re.escape(w).replace(chr(92) + ' ', chr(92) + 's+') for w in sorted(words, key=lambda w: (-len(w), w)))})(?:’s|'s)?(?![\w-])")
    scanner = text.WordStartScanner(text.literal_trie(words), r"(?:’s|'s)?(?![\w-])", "@-")
    pieces = words + ["é", "ésaid", "-", "@", ".", ")", " ", "\n", ",", "_", "1", "’s", "'s", "ſaid", "pointed  out"]
    samples = [p.lower() for p in labelled_paragraphs()] + random_texts(pieces, 3000, 7) + random_texts(pieces, 300, 8, 80)
    for sample in samples:
        assert scanner.spans(sample) == [m.span() for m in plain.finditer(sample)], repr(sample)
        assert scanner.search(sample, 3) == (lambda m: m and m.span())(plain.search(sample, 3)), repr(sample)


def test_matches_at_and_literal_positions():
    pattern = re.compile(r"\b(?:app|platform)\s+([A-Z][a-z]\w+)")
    for sample in labelled_paragraphs() + ["the app Pinglet and the platform Kestrava", "app app Foo", "happ Bar"]:
        starts = text.literal_positions(sample, ("app", "platform"))
        assert [m.span() for m in text.matches_at(pattern, sample, starts)] == [m.span() for m in pattern.finditer(sample)]


def test_ascii_foldable_rejects_the_characters_that_fold_to_ascii_letters():
    assert text.ascii_foldable("The ministry’s “notice”") and text.ascii_foldable("Ünter café")
    for hazard in ("İ", "ı", "ſ", "\u212a"):
        assert not text.ascii_foldable(f"sa{hazard}d")
    assert re.search("said", "ſaid", re.I) and "said" not in "ſaid".lower()  # why ſ is a hazard


def test_a_time_of_day_does_not_end_a_sentence():
    """'a.m.' and 'p.m.' are abbreviations: 'before 1 a.m. on Tuesday' stays one sentence (a split there cut an
    event's evidence in two in round 41)."""
    body = "The ministry sent the order shortly before 1 a.m. on Tuesday. The platform replied at 6 p.m. that day."
    assert text.split_sentences(body)["text"].tolist() == [
        "The ministry sent the order shortly before 1 a.m. on Tuesday.", "The platform replied at 6 p.m. that day."]


def test_dotted_initials_continue_a_name_but_end_before_a_sentence_starter() -> None:
    """Indian names with dotted initials stay in one sentence; "U.S." before "The" ends one (sentence_starters.txt)."""
    body = ("The ruling in Justice K.S. Puttaswamy v. Union of India was cited. Mr. A.K. Sharma said it applied. "
            "The U.S. firm complied. The firm is based in the U.S. The ministry said so. "
            "Its lawyer cited the K.S. He did not say more.")
    assert text.split_sentences(body)["text"].tolist() == [
        "The ruling in Justice K.S. Puttaswamy v. Union of India was cited.",
        "Mr. A.K. Sharma said it applied.",
        "The U.S. firm complied.",
        "The firm is based in the U.S.",
        "The ministry said so.",
        "Its lawyer cited the K.S.",
        "He did not say more.",
    ]


def test_initials_fix_keeps_offsets_exact() -> None:
    body = "Officials met A.K. Sharma. They left the U.S. It was late."
    for s, e, _ in text.sentence_spans(body):
        assert body[s:e] == body[s:e].strip()
    assert [body[s:e] for s, e, _ in text.sentence_spans(body)] == [
        "Officials met A.K. Sharma.", "They left the U.S.", "It was late."]
