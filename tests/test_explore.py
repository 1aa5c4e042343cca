"""helpers.explore: cue highlighting, the sentence table, the widget explorer and its static fallback."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers import explore, notebook, pipeline

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


def test_static_view_lists_every_article_in_its_own_collapsible_section():
    articles = ARTICLES.assign(date=["2021-02-01", "2021-02-03"], outlet=["Reuters", ""], title=["Orders", ""])
    page = explore.static_view(SENTENCES, articles).data
    assert page.count("<details") == 2 and page.count("<details open>") == 1
    assert "2021-02-01 · Reuters · Orders (2 sentences)" in page and "2021-02-03 · b (1 sentences)" in page
    assert "<mark>must comply</mark>" in page and "Plain." in page  # both articles' sentences are there
    only_b = explore.static_view(SENTENCES, articles, article_id="b").data
    assert only_b.count("<details") == 1 and "must comply" not in only_b


def test_corpus_chart_draws_the_articles_not_the_sides():
    articles = pd.DataFrame({"article_id": ["b", "a"], "date": ["2021-02-03", "2021-02-01"], "outlet": ["", "Reuters"],
                             "title": ["", ""], "n_sentences": [1, 2], "n_words": [5, 20]})
    fig, data = explore.corpus_chart(articles)
    assert data["article_id"].tolist() == ["a", "b"]  # by date
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["2021-02-01 · Reuters", "2021-02-03 · b"]
    assert notebook.chart_title(fig).startswith("The corpus: sentences per article")
    many = pd.DataFrame({"article_id": [f"x{i}" for i in range(50)], "date": ["2021-01-05"] * 30 + ["2021-02-07"] * 20,
                         "n_sentences": [3] * 50})
    fig, data = explore.corpus_chart(many)
    assert data.values.tolist() == [["2021-01", 30], ["2021-02", 20]]


def test_side_shares_per_article_add_up_to_about_100():
    shares = explore.side_shares(SENTENCES)
    assert shares.columns.tolist() == ["article_id", "government %", "platform %", "narrator %", "sentences"]
    assert shares.set_index("article_id").loc["a"].tolist() == [50, 50, 0, 2]


def test_the_monthly_corpus_chart_keeps_empty_months_and_few_labels():
    """Seven years of articles: every month of the span is a bar (an empty month is a gap, not left out) and the
    axis carries at most 16 labels (67 monthly labels used to print over each other)."""
    dates = [f"{y}-{m:02d}-15" for y in (2020, 2021, 2026) for m in (1, 6, 11)] * 8
    articles = pd.DataFrame({"article_id": [f"a{k}" for k in range(len(dates))], "date": dates,
                             "n_sentences": 10})
    fig, data = explore.corpus_chart(articles)
    assert data["month"].iloc[0] == "2020-01" and data["month"].iloc[-1] == "2026-11"
    assert len(data) == 83 and data["articles"].sum() == len(dates) and (data["articles"] == 0).sum() == 74
    assert 4 <= len(fig.axes[0].get_xticks()) <= 16
