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
    with pytest.warns(corpus.CorpusWarning, match="b.txt: same text as .*a.txt; analysed once"):
        assert len(corpus.read_corpus([tmp_path])) == 1


# --- formats ---------------------------------------------------------------------------------

def test_markdown_front_matter_gives_metadata_and_body(fixtures):
    art = corpus.read_article(fixtures / "2021-02-03_ministry-notice.md")
    assert (art.date, art.title, art.outlet, art.url) == ("2021-02-03", "Ministry sends a second notice", "Example Ledger",
                                                          "https://example.org/news/second-notice")
    assert art.body.startswith("The ministry sent") and "---" not in art.body
    assert art.article_id == "2021-02-03_ministry-notice" and art.format == "markdown"


def test_markdown_without_date_in_front_matter_falls_back_to_the_file_name(tmp_path):
    f = tmp_path / "2021-02-06 note.md"
    f.write_text("---\ntitle: A note\n---\nThe ministry wrote again.\n", encoding="utf-8")
    art = corpus.read_article(f)
    assert (art.date, art.title, art.body) == ("2021-02-06", "A note", "The ministry wrote again.")


def test_saved_html_page_main_text_and_metadata(fixtures):
    art = corpus.read_article(fixtures / "saved_page.html")
    assert art.date == "2021-02-04" and art.url == "https://example.net/tech/restored"
    assert art.title == "Platform restores accounts after review"
    assert "will not take any action" in art.body and "Home" not in art.body.split("\n")


def test_html_without_date_uses_the_date_option(fixtures, tmp_path):
    page = tmp_path / "page.html"
    page.write_text((fixtures / "saved_page.html").read_text(encoding="utf-8").replace(
        '<meta name="date" content="2021-02-04">', ""), encoding="utf-8")
    assert corpus.read_article(page, date="2021-02-07").date == "2021-02-07"
    with pytest.raises(corpus.ArticleError, match="no date"):
        corpus.read_article(page)


def test_jsonl_and_csv_corpora_one_article_per_row(fixtures):
    loaded = corpus.load_corpus([fixtures / "corpus.jsonl", fixtures / "corpus.csv"])
    frame = loaded.articles.set_index("article_id")
    assert loaded.errors == []
    assert list(frame.index) == ["ledger-1", "ledger-2", "corpus-1", "corpus-2"]
    assert frame.loc["ledger-2", "date"] == "2021-02-09"  # "February 9, 2021"
    assert frame.loc["corpus-1", "title"] == "Court hears petition"  # alias 'headline'
    assert frame.loc["corpus-2", "url"] == "https://example.com/b" and frame.loc["corpus-2", "outlet"] == "Example Courier"


def test_parquet_corpus_and_configured_column_names(tmp_path):
    import pandas as pd

    pd.DataFrame({"story": ["The court ruled on the orders."], "day": ["2021-03-01"]}).to_parquet(tmp_path / "c.parquet")
    frame = corpus.load_corpus([tmp_path / "c.parquet"], columns={"text": "story", "date": "day"}).articles
    assert frame[["article_id", "date", "body"]].values.tolist() == [["c-1", "2021-03-01", "The court ruled on the orders."]]


def test_folders_are_read_recursively_hidden_and_other_files_skipped_and_counted(tmp_path, seed_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / "sub" / "deeper" / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / ".ipynb_checkpoints" / "b.txt").write_text("date: 2021-02-01\nhidden copy", encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG\r\n")
    loaded = corpus.load_corpus([tmp_path])
    assert loaded.articles["article_id"].tolist() == ["a"]
    assert any("skipped 1 file" in n and ".png" in n for n in loaded.notices)


def test_colliding_ids_are_made_unique_deterministically(tmp_path):
    for folder, text in (("x", "The ministry spoke."), ("y", "The platform replied.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "note.txt").write_text(f"date: 2021-02-02\n{text}", encoding="utf-8")
    first = corpus.load_corpus([tmp_path]).articles["article_id"].tolist()
    assert first[0] == "note" and first[1].startswith("note-") and len(set(first)) == 2
    assert corpus.load_corpus([tmp_path]).articles["article_id"].tolist() == first


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff")])
def test_unicode_encodings_with_and_without_bom(tmp_path, encoding, bom):
    f = tmp_path / "2021-02-02_enc.txt"
    f.write_bytes(bom + "date: 2021-02-02\nThe minister’s reply — «non».".encode(encoding))
    loaded = corpus.load_corpus([f])
    assert loaded.notices == [] and loaded.articles["body"].tolist() == ["The minister’s reply — «non»."]


def test_cp1252_falls_back_with_a_warning_naming_the_file(tmp_path):
    f = tmp_path / "2021-02-02_win.txt"
    f.write_bytes("The minister’s reply — café.".encode("cp1252"))
    loaded = corpus.load_corpus([f])
    assert loaded.articles["body"].tolist() == ["The minister’s reply — café."]
    assert len(loaded.notices) == 1 and str(f) in loaded.notices[0] and "cp1252" in loaded.notices[0]
    with pytest.warns(corpus.CorpusWarning, match="cp1252"):
        corpus.read_corpus([f])


def test_binary_sniffing_counts_control_bytes_like_the_plain_loop():
    """``looks_binary`` (bytes.translate) gives the answer of counting control bytes one by one."""
    import random

    def plain(data: bytes) -> bool:
        sample = data[:corpus.SNIFF_BYTES]
        if b"\x00" in sample:
            return True
        controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
        return bool(sample) and controls / len(sample) > 0.05

    rng = random.Random(7)
    samples = [b"", b"plain text\n", b"tab\tform\x0cfeed\r\n", bytes(range(1, 256)), b"a\x01" * 10, b"ab\x02" * 30]
    for _ in range(200):
        weights = [rng.random() for _ in range(3)]
        pool = [rng.choice(b"\x01\x02\x1b\x7f"), rng.choice(b"\t\n\r\x0c"), rng.choice(b"abc \xc3\xa9")]
        samples.append(bytes(rng.choices(pool, weights, k=rng.randint(1, 300))))
    for data in samples:
        assert corpus.looks_binary(data) == plain(data), data


def test_many_files_in_a_folder_are_read_in_order_and_others_counted(tmp_path):
    """A folder of many articles (and a few other files) is collected sorted; the others are counted once."""
    for i in range(300):
        (tmp_path / f"{i:04d}_2021-02-10.txt").write_text(f" date 2021-02-10 Article number {i} text.\n",
                                                            encoding="utf-8")
    (tmp_path / "notes.log").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    errors, notices = [], []
    found = corpus.collect([tmp_path], errors, notices)
    assert [p.name for p in found] == [f"{i:04d}_2021-02-10.txt" for i in range(300)]
    assert not errors and len(notices) == 1 and "skipped 2 file(s)" in notices[0] and ".log, .png" in notices[0]
    with pytest.warns(corpus.CorpusWarning, match="skipped 2 file"):
        frame = corpus.read_corpus([tmp_path])
    assert list(frame.columns) == corpus.ARTICLE_COLUMNS and len(frame) == 300


def test_a_plain_text_named_by_the_convention_gets_outlet_and_title(tmp_path):
    from helpers import corpus
    path = tmp_path / "2024-03-05_harbourpost_ministry-orders-blocks.txt"
    path.write_text(" date 2024-03-05 The ministry ordered blocks on Monday.\n", encoding="utf-8")
    row = corpus.read_corpus([path]).iloc[0]
    assert (row["outlet"], row["title"]) == ("harbourpost", "Ministry orders blocks")
    other = tmp_path / "notes.txt"
    other.write_text(" date 2024-03-05 The ministry ordered blocks on Monday.\n", encoding="utf-8")
    outlet = corpus.read_corpus([other]).iloc[0]["outlet"]
    assert outlet is None or outlet != outlet or outlet == ""  # empty (None or NaN) for any other file name


def test_a_database_export_gets_its_dates_ids_and_copies_reported_by_row_and_id(tmp_path):
    """What a newcomer's 2,000-row export ran into: day-first dates read month-first without a word, a repeated id
    renamed silently, copies reported without saying which row, and an empty date sent to a file-header fix."""
    export = tmp_path / "export.csv"
    export.write_text("id,date,title,text\n"
                      "A1,13/02/2021,t,The ministry ordered a block. The platform complied.\n"
                      "A2,03/02/2021,t,The ministry said so on Monday.\n"
                      "A1,2021-02-05,t,Another text entirely here.\n"
                      "A4,2021-02-05,t,The ministry ordered a block. The platform complied.\n"
                      "A5,,t,Some words here.\n", encoding="utf-8")
    loaded = corpus.load_corpus([export])
    dates = dict(zip(loaded.articles["article_id"], loaded.articles["date"]))
    assert dates["A2"] == "2021-02-03"  # day first, as row 1 (13/02) shows for the whole file
    assert dates["A1"] == "2021-02-13" and "A1-" in " ".join(dates) and "A4" not in dates
    assert any("(id A4): same text as" in n and "(id A1)" in n for n in loaded.notices)
    assert any("(id A1): id already used" in n and "renamed 'A1-" in n for n in loaded.notices)
    assert loaded.errors == [f"{export} (row 5, id A5): no date (fill its 'date' cell with YYYY-MM-DD, or pass --date "
                             "to give every undated row that one date)"]


@pytest.mark.parametrize("value, order, expected", [
    ("03/02/2021", "DMY", "2021-02-03"), ("03/02/2021", "MDY", "2021-03-02"), ("13/02/2021", None, "2021-02-13"),
    ("02/13/2021", None, "2021-02-13"), ("04.04.2021", None, "2021-04-04")])
def test_numeric_dates_follow_the_order_the_data_shows(value, order, expected):
    assert corpus.parse_iso_date(value, "x", order) == expected


def test_an_ambiguous_numeric_date_is_refused_not_guessed():
    with pytest.raises(corpus.ArticleError, match=r"f.csv \(row 3\): ambiguous date '03/02/2021'.*YYYY-MM-DD"):
        corpus.parse_iso_date("03/02/2021", "f.csv (row 3)")
    assert corpus.numeric_order(["13/02/2021", "03/02/2021"]) == "DMY"
    assert corpus.numeric_order(["02/13/2021", "03/02/2021"]) == "MDY"
    assert corpus.numeric_order(["13/02/2021", "02/13/2021"]) is None and corpus.numeric_order(["03/02/2021"]) is None
