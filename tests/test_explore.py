"""helpers.explore: cue highlighting, the sentence table, the widget explorer and its static fallback."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers import explore, pipeline

SENTENCES = pd.DataFrame({
    "article_id": ["a", "a", "b"], "sentence_id": [1, 2, 1], "side": ["platform", "government", "narrator"],
    "speaker": ["Twitter", "the ministry", ""], "stance": ["against", "favor", "neutral"], "stance_score": [-2, 1, 0],
    "stance_cues": ["will not block; inconsistent with Indian law", "must comply", ""],
    "text": ["We will not block <accounts>, as it is inconsistent with Indian law.", "They must comply.", "Plain."]})
ARTICLES = pd.DataFrame({"article_id": ["a", "b"]})


def test_cues_are_marked_case_insensitively_and_text_is_escaped():
    out = explore.highlight("We WILL NOT BLOCK <b>accounts</b>; blockade is not a cue.", ["will not block", "block"])
    assert out.startswith("We <mark>WILL NOT BLOCK</mark> &lt;b&gt;accounts&lt;/b&gt;")
    assert "<mark>block</mark>ade" not in out  # whole words only


def test_sentence_table_filters_article_and_side():
    table = explore.sentence_table(SENTENCES, "a", "government")
    assert table["text"].tolist() == ["They must comply."] and "stance_cues" in table.columns
    assert len(explore.sentence_table(SENTENCES, "a")) == 2


def test_static_html_colours_sides_and_marks_cues():
    page = explore.sentences_html(explore.sentence_table(SENTENCES, "a"), "Article a")
    assert page.count("<mark>") == 3 and "&lt;accounts&gt;" in page and "<h4>Article a</h4>" in page
    assert "No sentences" in explore.sentences_html(explore.sentence_table(SENTENCES, "a", "other"))
    assert "First 1 of 2" in explore.sentences_html(explore.sentence_table(SENTENCES, "a"), max_rows=1)


def test_widget_explorer_redraws_on_a_new_choice():
    box = explore.explorer(SENTENCES, ARTICLES, interactive=True)
    article, side, body = box.children
    assert "<mark>will not block</mark>" in body.value
    article.value = "b"
    assert "Plain." in body.value and "<mark>" not in body.value
    side.value = "platform"
    assert "No sentences" in body.value


@pytest.mark.parametrize("interactive, hide_widgets", [(False, False), (True, True)])
def test_static_fallback_headless_or_without_ipywidgets(monkeypatch, interactive, hide_widgets):
    if hide_widgets:
        monkeypatch.setitem(sys.modules, "ipywidgets", None)
    view = explore.explorer(SENTENCES, ARTICLES, interactive=interactive)
    assert type(view).__name__ == "HTML" and "<mark>must comply</mark>" in view.data


def test_explorer_on_the_seed_article_marks_its_cues(seed_path):
    data = pipeline.analyze([seed_path])
    cued = data["sentences"][data["sentences"]["stance_cues"].fillna("") != ""]
    assert len(cued)
    page = explore.static_view(data["sentences"], data["articles"]).data
    assert page.count("<mark>") >= len(cued)
