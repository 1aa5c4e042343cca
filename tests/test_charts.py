"""helpers.charts: the house style and export in three formats with the plotted data beside it."""
import pandas as pd
import pytest
from PIL import Image

from helpers import charts, pipeline

from conftest import SEED


@pytest.fixture(scope="module")
def seed_tables():
    return pipeline.analyze([SEED])


def test_export_writes_png_svg_pdf_and_csv(tmp_path, seed_tables):
    charts.style()
    fig = charts.sentiment_by_side(seed_tables["sentences"])
    data = seed_tables["sentences"][["side", "sentiment_domain"]]
    written = charts.export(fig, data, "30_test", tmp_path)
    assert sorted(p.suffix for p in written) == [".csv", ".pdf", ".png", ".svg"]
    assert (tmp_path / "30_test.pdf").read_bytes().startswith(b"%PDF")
    assert b"<svg" in (tmp_path / "30_test.svg").read_bytes()[:2000]
    assert round(Image.open(tmp_path / "30_test.png").info["dpi"][0]) >= 200
    assert len(pd.read_csv(tmp_path / "30_test.csv")) == len(data)


def test_export_is_deterministic(tmp_path, seed_tables):
    charts.style()
    for out in ("a", "b"):
        fig, data = charts.stance_shares(seed_tables["statements"])
        charts.export(fig, data, "30_stance", tmp_path / out)
    for ext in ("svg", "pdf", "csv"):
        assert (tmp_path / "a" / f"30_stance.{ext}").read_bytes() == (tmp_path / "b" / f"30_stance.{ext}").read_bytes()


def test_titles_carry_the_sample_size(seed_tables):
    fig, data = charts.stance_shares(seed_tables["statements"])
    said = seed_tables["statements"]["side"].isin(charts.SIDES).sum()
    assert fig.axes[0].get_title(loc="left").endswith(f"(N={said})")
    assert data["count"].sum() == said


def test_source_line_is_under_every_chart(seed_tables):
    fig = charts.sentiment_by_side(seed_tables["sentences"])
    assert any("Analysis:" in t.get_text() for t in fig.texts)


def test_empty_input_gives_a_chart_that_says_so():
    empty = pd.DataFrame(columns=["side", "sentiment_domain", "stance", "kind", "article_id"])
    fig = charts.sentiment_by_side(empty)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("No attributed statements" in t for t in texts)
    fig, data = charts.stance_shares(empty)
    assert data.empty


def test_palette_covers_every_side_and_stance():
    assert set(charts.SIDE_COLORS) == {"government", "platform", "other", "narrator"}
    assert set(charts.STANCE_COLORS) == {"favor", "against", "neutral"}
    assert len(set(charts.SIDE_COLORS.values())) == 4
    assert len({style for style in charts.EVENT_STYLE.values()}) == len(charts.EVENT_STYLE) == 12


def test_scores_by_set_draws_a_dot_per_set_and_metric_and_the_targets():
    scores = pd.DataFrame({"stance_macro_f1": [0.91, 0.75, 0.7, 0.48], "event_f1": [0.96, 0.64, 0.6, 0.53],
                           "made_up": [0.5, 0.4, 0.35, 0.3]},
                          index=pd.Index(["dev", "round4", "round5", "heldout"], name="set"))
    fig = charts.scores_by_set(scores)
    ax = fig.axes[0]
    dots = [c for c in ax.collections if len(c.get_offsets())]
    assert len(dots) == 4 and all(len(c.get_offsets()) == 3 for c in dots)
    assert sorted(round(x, 2) for x in dots[3].get_offsets()[:, 0]) == [0.3, 0.48, 0.53]
    assert len(ax.lines) == 2  # a target line for the two metrics with a target, none for the third
    assert "(N=4)" in ax.get_title(loc="left")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "dev (tuned and trained on)", "earlier rounds, one dot each (tuned or trained on)", "held-out (newest, unseen)"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["stance macro-F1", "event F1", "made up"]
    assert "No hand labels" in charts.scores_by_set(scores.iloc[:0]).axes[0].texts[0].get_text()


def test_cues_by_side_counts_rule_and_model_cues_per_side():
    sentences = pd.DataFrame({"side": ["platform", "platform", "government", "narrator"],
                              "stance_cues": ["refuse; model: platform: not comply", "refuse", "model: government: defy",
                                              "refuse"]})
    _, data = charts.cues_by_side(sentences)
    counts = {(r.side, r.cue): r.count for r in data.itertuples()}
    assert counts == {("platform", "refuse"): 2, ("platform", "model: not comply"): 1,
                      ("government", "model: defy"): 1}


def test_charts_keep_scipy_stats_out_of_a_notebook_kernel_but_importable():
    """seaborn and NLTK would import scipy.stats and scipy.cluster (0.7 s per kernel, for densities, clustering and
    collocation statistics nothing here uses); both must still import later."""
    import subprocess
    import sys

    code = ("import sys; import helpers.charts, helpers.text, helpers.sentiment, helpers.validation; "
            "assert 'scipy.stats' not in sys.modules and 'scipy.cluster' not in sys.modules, 'imported'; "
            "import scipy.stats, scipy.cluster.hierarchy; print(scipy.stats.gaussian_kde.__name__, "
            "scipy.cluster.hierarchy.linkage.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "gaussian_kde linkage"  # NLTK and seaborn imported without them; both load after


def _boxes_apart(fig, *artists) -> bool:
    """True when no two of the artists' drawn boxes overlap (in display pixels)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [a.get_window_extent(renderer) for a in artists]
    return not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.mark.parametrize("sides", [["platform"], ["government", "platform"], ["government", "platform", "other"]])
def test_the_legend_never_covers_the_axis_label_however_few_bars(sides):
    """Short charts (one or two sides) once drew the legend's title over the x-axis label."""
    charts.style()
    frame = pd.DataFrame({"side": sides * 3, "stance": ["favor", "against", "neutral"] * len(sides),
                          "tone": ["negative", "neutral", "positive"] * len(sides)})
    for fig, _ in (charts.stance_shares(frame), charts.tone_shares(frame)):
        ax = fig.axes[0]
        assert _boxes_apart(fig, ax.xaxis.label, fig.legends[0], ax.xaxis.get_ticklabels()[0])


def test_long_article_ids_are_shortened_on_the_axis_but_kept_in_the_data(seed_tables):
    charts.style()
    sents = seed_tables["sentences"].assign(article_id="2021-02-10_" + "x" * 80)
    arts = seed_tables["articles"].assign(article_id="2021-02-10_" + "x" * 80)
    fig, data = charts.sentences_by_side(sents, arts)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["2021-02-10_" + "x" * 30 + "…"] and set(data["article_id"]) == {"2021-02-10_" + "x" * 80}
    assert _boxes_apart(fig, fig.axes[0].xaxis.label, fig.legends[0])
