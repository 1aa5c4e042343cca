"""helpers.corpus: reading the seed format and the plain-text fallbacks; bad input."""
import pytest

from helpers import corpus, paths


def test_seed_article_is_the_shared_seed_byte_for_byte(seed_path):
    shared = paths.SHARED / "seeds" / "000_57323527e4d820ef.txt"
    if not shared.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    assert seed_path.read_bytes() == shared.read_bytes()


def test_seed_format_gives_date_and_body(seed_path):
    art = corpus.read_article(seed_path)
    assert art.date == "2021-02-10"
    assert art.body.startswith("Ever since the tweets")
    assert "date 2021" not in art.body
    assert art.article_id == "2021-02-10_pocketnow_twitter-blocking-orders"


def test_date_line_and_file_name_fallbacks(tmp_path):
    a = tmp_path / "note.txt"
    a.write_text("date: 2021-02-03\n\nThe ministry issued a notice.", encoding="utf-8")
    assert corpus.read_article(a).date == "2021-02-03"
    b = tmp_path / "2021-02-04 second list.txt"
    b.write_text("The ministry sent a second list.", encoding="utf-8")
    assert corpus.read_article(b).date == "2021-02-04"
    c = tmp_path / "undated.txt"
    c.write_text("No date anywhere.", encoding="utf-8")
    assert corpus.read_article(c, date="2021-02-05").date == "2021-02-05"


@pytest.mark.parametrize("content, problem", [
    ("", "empty"),
    ("   \n\t\n", "empty"),
    (" date 2021-13-45 Text.", "impossible"),
    ("No date anywhere here.", "no date"),
])
def test_bad_input_names_file_and_problem(tmp_path, content, problem):
    f = tmp_path / "bad.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(corpus.ArticleError) as err:
        corpus.read_article(f)
    assert str(f) in str(err.value) and problem in str(err.value)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(corpus.ArticleError, match="no such file"):
        corpus.read_article(tmp_path / "nope.txt")


def test_same_text_twice_is_read_once(tmp_path, seed_path):
    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "b.txt").write_bytes(seed_path.read_bytes())
    assert len(corpus.read_corpus([tmp_path])) == 1
