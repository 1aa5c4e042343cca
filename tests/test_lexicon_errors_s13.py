"""A malformed lexicon CSV (an unquoted comma in actors.csv, the newcomer's mistake of session 13) stops with one line
naming the file, the line and the likely cause, not a pandas traceback."""
import pytest

from conftest import copied_lexicons
from helpers import actors, paths


@pytest.fixture
def lexicons(tmp_path, monkeypatch):
    folder = copied_lexicons(tmp_path)
    monkeypatch.setattr(paths, "LEXICONS", folder)
    actors.entries.cache_clear()
    yield folder
    monkeypatch.undo()
    actors.entries.cache_clear()


def test_an_unquoted_comma_in_actors_csv_is_one_line_naming_file_and_line(lexicons):
    path = lexicons / "actors.csv"
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    path.write_text(text + "z,Too Many,government,named,,Too Many,extra,cells\n", encoding="utf-8")
    with pytest.raises(actors.LexiconError) as err:
        actors.entries()
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: line {lines + 1}: ")
    assert "cells where the header has" in message and "double quotes" in message


def test_a_lexicon_that_is_not_utf8_says_so(lexicons):
    path = lexicons / "actors.csv"
    path.write_bytes(path.read_bytes() + "z,Caf\xe9,government,named,,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(actors.LexiconError, match=r"not UTF-8"):
        actors.entries()
