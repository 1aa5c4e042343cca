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
    (" date 2021-13-45 Text.", "date '2021-13-45' does not exist: there is no month 13"),
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
    assert loaded.errors == [f"{export}: data row 5 (id A5): no date (fill its 'date' cell with YYYY-MM-DD, or pass --date "
                             "to give every undated row that one date)"]


@pytest.mark.parametrize("value, order, expected", [
    ("03/02/2021", "DMY", "2021-02-03"), ("03/02/2021", "MDY", "2021-03-02"), ("13/02/2021", None, "2021-02-13"),
    ("02/13/2021", None, "2021-02-13"), ("04.04.2021", None, "2021-04-04")])
def test_numeric_dates_follow_the_order_the_data_shows(value, order, expected):
    assert corpus.parse_iso_date(value, "x", order) == expected


def test_an_ambiguous_numeric_date_is_refused_not_guessed():
    with pytest.raises(corpus.ArticleError, match=r"f.csv: data row 3: ambiguous date '03/02/2021'.*YYYY-MM-DD"):
        corpus.parse_iso_date("03/02/2021", "f.csv: data row 3")
    assert corpus.numeric_order(["13/02/2021", "03/02/2021"]) == "DMY"
    assert corpus.numeric_order(["02/13/2021", "03/02/2021"]) == "MDY"
    assert corpus.numeric_order(["13/02/2021", "02/13/2021"]) is None and corpus.numeric_order(["03/02/2021"]) is None


# --- dates that do not exist, and dates that cannot be read (session 12) ----------------------

@pytest.mark.parametrize("value, message", [
    ("2025-02-30", "date '2025-02-30' does not exist: February 2025 has no day 30"),
    ("2023-02-29", "date '2023-02-29' does not exist: February 2023 has no day 29 (2023 is not a leap year)"),
    ("2021-13-45", "date '2021-13-45' does not exist: there is no month 13 (and no month has a day 45)"),
    ("2021-04-31", "date '2021-04-31' does not exist: April 2021 has no day 31"),
    ("2021-01-00", "date '2021-01-00' does not exist: there is no day 0"),
    ("31/04/2021", "date '31/04/2021' does not exist: April 2021 has no day 31"),
    ("02/30/2021", "date '02/30/2021' does not exist: February 2021 has no day 30"),
    ("13/14/2021", "date '13/14/2021' does not exist: neither 13 nor 14 can be the month"),
    ("30 February 2025", "date '30 February 2025' does not exist: February 2025 has no day 30"),
    ("Feb. 30, 2025", "date 'Feb. 30, 2025' does not exist: February 2025 has no day 30"),
    ("February 2025", "date 'February 2025' has no day (expected YYYY-MM-DD)"),
    ("2021-02", "date '2021-02' has no day (expected YYYY-MM-DD)"),
    ("2025-02-3O", "cannot read '2025-02-3O' as a date (expected YYYY-MM-DD"),  # letter O: once read as 3 February
    ("next week", "cannot read 'next week' as a date (expected YYYY-MM-DD"),
])
def test_a_date_that_does_not_exist_says_why(value, message):
    with pytest.raises(corpus.ArticleError) as err:
        corpus.parse_iso_date(value, "f.txt")
    assert str(err.value).startswith(f"f.txt: {message}")


@pytest.mark.parametrize("value, expected", [("2024-02-29", "2024-02-29"), ("2025-02-10T10:00Z", "2025-02-10"),
                                             ("2025-02-10 10:00:00", "2025-02-10"), ("2025-2-5", "2025-02-05"),
                                             ("28 February 2025", "2025-02-28")])
def test_real_dates_still_read(value, expected):
    assert corpus.parse_iso_date(value, "f.txt") == expected


def test_the_newcomers_seed_header_with_30_february(tmp_path):
    f = tmp_path / "2025-02-30_harbourpost_broken-date.txt"
    f.write_text(" date 2025-02-30 Chatterly says it will keep resisting PORT ALMIRA — Chatterly said on Friday it "
                 "would not block the accounts.\n\n\"We stand by our users,\" Ms. Moravec said.\n", encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.errors == [f"{f}: date '2025-02-30' does not exist: February 2025 has no day 30"]


def test_an_impossible_front_matter_date_is_a_message_not_a_crash(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: x\ndate: 2025-02-30\n---\nThe ministry wrote.\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: y\ndate: 2025-02-10 10:00:00\n---\nThe court ruled.\n", encoding="utf-8")
    loaded = corpus.load_corpus([bad, good])  # PyYAML raised a bare ValueError here, stopping the whole batch
    assert loaded.errors == [f"{bad} (front matter): date '2025-02-30' does not exist: February 2025 has no day 30"]
    assert loaded.articles["date"].tolist() == ["2025-02-10"]


# --- a malformed row costs that row, not the file (session 12) ---------------------------------

VELORIA_WIRE = (  # the newcomer's bad/veloria_wire.csv, byte for byte
    'id,date,title,outlet,text\n'
    'w1,2025-03-10,Ministry repeats demand,harbourpost,"The Ministry of Digital Affairs on Monday repeated its demand '
    'that Chatterly block the 42 accounts. ""The deadline has passed,"" Mr. Ardel said."\n'
    'w2,2025-03-11,Chatterly silent,harbourpost,"Chatterly declined to comment on Tuesday, "as it has since the order.\n'
    'w3,11/03/2025,Users protest,harbourpost,Hundreds of users protested outside the ministry on Tuesday.,'
    'extra column here\n')


def test_a_row_with_an_extra_cell_is_reported_and_the_good_rows_are_read(tmp_path):
    f = tmp_path / "veloria_wire.csv"
    f.write_text(VELORIA_WIRE, encoding="utf-8")
    loaded = corpus.load_corpus([f])
    bodies = dict(zip(loaded.articles["article_id"], loaded.articles["body"]))
    assert list(bodies) == ["w1", "w2"]
    assert bodies["w1"].endswith('"The deadline has passed," Mr. Ardel said.')
    assert bodies["w2"] == 'Chatterly declined to comment on Tuesday, "as it has since the order.'
    assert loaded.errors == [f"{f}: data row 3 (id w3): 6 cells where the header has 5 (line 4; extra: "
                             "'extra column here'); a cell holding a comma must be in double quotes"]
    assert loaded.notices == [f"{f}: data row 2 (id w2): a quotation mark inside its 'text' cell is not doubled "
                              '(…comment on Tuesday, "as it has s…, line 3); read as part of the text (inside a quoted '
                              'cell write a quote as "")']


def test_an_unclosed_quote_is_reported_on_its_row_and_the_rows_after_it_are_read(tmp_path):
    f = tmp_path / "unclosed.csv"
    f.write_text('id,date,title,outlet,text\n'
                 'q1,2025-03-12,Unclosed,harbourpost,"Chatterly said on Wednesday it would appeal.\n'
                 'q2,2025-03-13,Fine,harbourpost,The ministry fined Chatterly again on Thursday.\n', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.articles[["article_id", "date"]].values.tolist() == [["q2", "2025-03-13"]]
    assert loaded.errors == [f"{f}: data row 1 (id q1): the quotation mark opening its 'text' cell "
                             '("Chatterly said on Wedne…, line 2) is never closed (the cell would swallow the rest of '
                             "the file); add the closing quote (the rows after it are read from the next line)"]
    assert "EOF" not in " ".join(loaded.errors)


def test_a_quote_closed_only_rows_later_costs_its_row_alone(tmp_path):
    f = tmp_path / "late.csv"
    f.write_text('id,date,text\nw1,2025-03-10,"open text\nw2,2025-03-11,The ministry said "no" today.\n'
                 'w3,2025-03-12,Fine text here.\n', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.articles["body"].tolist() == ['The ministry said "no" today.', "Fine text here."]
    assert len(loaded.errors) == 1 and loaded.errors[0].startswith(
        f"{f}: data row 1 (id w1): the quotation mark opening its 'text' cell (\"open text, line 2) "
        "is not closed on its line: the cell runs on to line 3, to a quote that is not doubled")


def test_undoubled_quotes_that_would_split_a_row_are_kept_as_text(tmp_path):
    """The strict csv reader rejects '"He said "no, never" today"'; each undoubled quote is doubled and the record
    read again, so the row is read as its writer meant it (the hand-written parser made it a 4-cell error)."""
    f = tmp_path / "split.csv"
    f.write_text('id,date,text\nw1,2025-03-10,"He said "no, never" today"\nw2,2025-03-11,Fine text.\n',
                 encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.errors == []
    assert loaded.articles["body"].tolist() == ['He said "no, never" today', "Fine text."]
    assert loaded.notices == [f'{f}: data row 1 (id w1): a quotation mark inside its \'text\' cell is not doubled '
                              '(…2025-03-10,"He said "no, never"…, line 2, and 1 more); read as part of the text '
                              '(inside a quoted cell write a quote as "")']


def test_an_undoubled_quote_in_a_cell_of_several_paragraphs_is_kept_as_text(tmp_path):
    f = tmp_path / "paras.csv"
    f.write_text('id,date,text\nb1,2025-03-10,"Para one.\n\nHe said "two" here."\nb2,2025-03-11,ok\n',
                 encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.errors == []
    assert loaded.articles["body"].tolist() == ['Para one.\n\nHe said "two" here.', "ok"]
    assert len(loaded.notices) == 1 and "data row 1 (id b1): a quotation mark inside its 'text' cell" in \
        loaded.notices[0] and "line 4" in loaded.notices[0]


def test_an_unclosed_quote_before_quoted_rows_does_not_swallow_the_next_row(tmp_path):
    """Doubling an undoubled quote would make a0's cell end at the end of a1's line (3 cells: a 'good' row holding
    two articles); a cell that took in a line reading as a row of its own is an unclosed quote instead."""
    f = tmp_path / "open.csv"
    f.write_text('id,date,text\na0,2025-03-10,"open text never closed\na1,2025-03-11,"Text one, fine."\n'
                 'a2,2025-03-12,"Text two."\n', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.articles["body"].tolist() == ["Text one, fine.", "Text two."] and loaded.notices == []
    assert len(loaded.errors) == 1 and loaded.errors[0].startswith(
        f"{f}: data row 1 (id a0): the quotation mark opening its 'text' cell (\"open text never closed, line 2) is "
        "not closed on its line: the cell runs on to line 3")


def test_a_cell_longer_than_the_csv_modules_default_limit_is_read(tmp_path):
    """csv.field_size_limit() is 131,072 characters by default; an article is often longer. The limit is raised
    while the file is read and restored after."""
    import csv

    body = ("The ministry wrote to the platform again. " * 8000).strip()  # 344,000 characters
    f = tmp_path / "long.csv"
    f.write_text(f'id,date,text\nL1,2025-03-10,"{body}"\nL2,2025-03-11,Short.\n', encoding="utf-8")
    before = csv.field_size_limit()
    loaded = corpus.load_corpus([f])
    assert csv.field_size_limit() == before
    assert loaded.errors == [] and loaded.articles["article_id"].tolist() == ["L1", "L2"]
    assert body.startswith(loaded.articles["body"][0]) and len(loaded.articles["body"][0]) > 190_000
    assert [n.split(": body truncated")[0] for n in loaded.notices] == [f"{f}: data row 1 (id L1)"]


def test_an_unclosed_quote_in_the_last_row_keeps_the_rows_before_it(tmp_path):
    f = tmp_path / "last.csv"
    f.write_text('id,date,text\nb1,2025-03-10,Fine.\nb2,2025-03-11,"a, b\n', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.articles["article_id"].tolist() == ["b1"]
    assert loaded.errors == [f"{f}: data row 2 (id b2): the quotation mark opening its 'text' cell (\"a, b, line 3) is "
                             "never closed (the cell would swallow the rest of the file); add the closing quote (it is "
                             "the last row)"]


def test_a_row_split_by_a_line_break_is_reported_without_a_made_up_id_and_rows_keep_their_numbers(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("date,text\n2025-03-10,Text one\nthat broke\n2025-03-11,Text two.\n", encoding="utf-8")
    loaded = corpus.load_corpus([f])
    # no id column: ids are the file name and the data row, which the bad row does not shift
    assert loaded.articles["article_id"].tolist() == ["c-1", "c-3"]
    assert loaded.errors == [f"{f}: data row 2: 1 cell where the header has 2 (line 3: that broke): a cell is "
                             "missing, or a line break in a cell that is not in double quotes split the row"]


def test_well_formed_csv_is_read_as_pandas_reads_it(tmp_path):
    """Quoted commas, doubled quotes, line breaks in cells, blank lines and spreadsheets' trailing commas."""
    import pandas as pd

    f = tmp_path / "ok.csv"
    f.write_text('id,date,title,text\n'
                 'a1,2025-03-10,"Title, with comma","He said ""no"", twice."\n'
                 '\n'
                 'a2,2025-03-11,,"Two\nparagraphs, ""quoted"" and \'single\'."\n'
                 'a3,"2025-03-12",plain title,Plain text with a "quote" in it.\n'
                 '"a4",2025-03-13,t,"Last row, no newline"', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.errors == [] and loaded.notices == []
    expected = pd.read_csv(f, dtype=str, keep_default_na=False)
    got = loaded.articles.set_index("article_id")
    assert got.index.tolist() == expected["id"].tolist()
    assert got["body"].tolist() == expected["text"].tolist() and got["title"].tolist() == expected["title"].tolist()
    spaced = tmp_path / "spaced.csv"  # a space after the comma before a quoted cell; empty trailing cells
    spaced.write_text('id,date,text\nb1,2025-03-10, "a, b" ,,\n', encoding="utf-8")
    spaced_loaded = corpus.load_corpus([spaced])
    assert spaced_loaded.errors == [] and spaced_loaded.articles["body"].tolist() == ["a, b"]


def test_a_header_whose_quote_never_closes_is_a_file_error(tmp_path):
    f = tmp_path / "h.csv"
    f.write_text('id,"date,text\nw1,2025-03-10,x\n', encoding="utf-8")
    assert corpus.load_corpus([f]).errors == [f'{f}: the header (line 1: id,"date,text) cannot be read: a quotation '
                                              "mark opened in it is never closed"]


def test_a_bad_jsonl_line_costs_that_row_and_names_its_line_and_id(tmp_path):
    f = tmp_path / "rows.jsonl"
    f.write_text('{"id": "j1", "date": "2025-03-10", "text": "The ministry wrote."}\n'
                 '\n'
                 '{"id": "j2", "date": "2025-03-11", "text": "Cut off\n'
                 '[1, 2]\n'
                 '{"id": "j4", "date": "2025-02-30", "text": "The court ruled."}\n'
                 '{"date": "2025-03-12", "text": "No id here."}\n', encoding="utf-8")
    loaded = corpus.load_corpus([f])
    assert loaded.articles["article_id"].tolist() == ["j1", "rows-5"]
    assert loaded.errors == [
        f'{f}: data row 2 (id j2): line 3 is not valid JSON (Unterminated string starting at character 44: '
        '…03-11", "text": "Cut off)',
        f"{f}: data row 3: line 4 is a list, not a JSON object (one article per line: "
        '{"id": ..., "date": ..., "text": ...})',
        f"{f}: data row 4 (id j4): date '2025-02-30' does not exist: February 2025 has no day 30"]


def test_any_file_a_csv_writer_produces_is_read_back_exactly_without_a_problem():
    """The reader (Python's csv module, strict, plus the row checks) on 300 random tables a csv writer made
    (commas, quotes, line breaks, leading spaces)."""
    import csv
    import io
    import random
    from pathlib import Path

    rng = random.Random(3)
    alphabet = ["a", "b", " ", ",", '"', "\n", "é", "'", ";"]
    for _ in range(300):
        rows = [["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3)]
                for _ in range(rng.randint(1, 6))]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n", quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
        writer.writerows([["id", "date", "text"], *rows])
        table = corpus.read_csv_table(buffer.getvalue(), Path("f.csv"), {})
        assert table.frame.values.tolist() == rows and table.errors == [] and table.notices == [], buffer.getvalue()
        assert table.numbers == list(range(1, len(rows) + 1))
