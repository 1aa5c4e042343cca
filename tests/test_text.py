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
