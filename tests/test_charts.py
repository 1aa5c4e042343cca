"""helpers.charts: the house style and export in three formats with the plotted data beside it."""
import numpy as np
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
    assert labels == ["x" * 15 + "… 2021-02-10"] and set(data["article_id"]) == {"2021-02-10_" + "x" * 80}
    assert _boxes_apart(fig, fig.axes[0].xaxis.label, fig.legends[0])


def test_article_ids_read_as_outlet_and_date():
    assert charts.short_article("2021-02-10_pocketnow_twitter-blocking-orders") == "pocketnow 2021-02-10"
    assert charts.short_article("plain-id") == "plain-id"


CONFUSION = pd.DataFrame([[27, 7, 1], [3, 126, 26], [7, 18, 180]],
                         index=pd.Index(["positive", "neutral", "negative"], name="gold"),
                         columns=["positive", "neutral", "negative"])


def test_confusion_labels_are_horizontal_and_apart():
    charts.style()
    fig = charts.confusion_heatmap(CONFUSION, "Tone (domain lexicon): hand label vs method")
    ax = fig.axes[0]
    assert all(t.get_rotation() == 0 for t in ax.get_yticklabels() + ax.get_xticklabels())
    assert _boxes_apart(fig, ax.yaxis.label, *ax.get_yticklabels())


def test_validation_charts_name_the_gold_set_and_say_in_sample():
    charts.style()
    for fig in (charts.confusion_heatmap(CONFUSION, "Tone: hand label vs method", gold_set="dev"),
                charts.score_intervals(pd.DataFrame({"metric": ["stance macro-F1"], "value": [0.99], "low": [0.98],
                                                     "high": [1.0], "n": [620]}), gold_set="dev")):
        texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
        assert "Gold set: dev" in texts and "in-sample" in texts
    held = charts.confusion_heatmap(CONFUSION, "Tone", gold_set="heldout")
    assert "held out" in " ".join(t.get_text() for t in held.axes[0].texts)


def test_target_lines_are_drawn_above_the_dots():
    scores = pd.DataFrame({"stance_macro_f1": [0.91, 0.48]}, index=pd.Index(["dev", "heldout"], name="set"))
    ax = charts.scores_by_set(scores).axes[0]
    assert min(line.get_zorder() for line in ax.lines) > max(c.get_zorder() for c in ax.collections)


def test_statements_by_kind_integer_ticks_legend_outside_and_true_swatches(seed_tables):
    charts.style()
    fig, _ = charts.statements_by_kind(seed_tables["statements"])
    ax = fig.axes[0]
    assert all(float(t).is_integer() for t in ax.get_xticks())
    assert ax.get_legend() is None and fig.legends  # under the chart, not on a bar
    bars = {p.get_label(): p.get_facecolor() for p in ax.patches if p.get_label() and not p.get_label().startswith("_")}
    swatches = {t.get_text(): h.get_facecolor() for t, h in zip(fig.legends[0].get_texts(),
                                                                 fig.legends[0].legend_handles)}
    for kind, colour in swatches.items():
        assert colour == ax.containers[list(swatches).index(kind)].patches[0].get_facecolor()


def test_equal_cue_counts_are_listed_not_drawn_as_equal_bars(seed_tables):
    charts.style()
    fig, data = charts.cues_by_side(seed_tables["sentences"])
    heading = fig._suptitle.get_text()
    assert "sentences" in heading and "cues" in heading
    if (data["count"] == 1).all():
        assert not any(ax.patches for ax in fig.axes)


def _hue(hex_colour):
    import colorsys
    r, g, b = (int(hex_colour.lstrip("#")[k:k + 2], 16) / 255 for k in (0, 2, 4))
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def test_stance_colours_cannot_be_read_as_side_colours():
    for stance in ("favor", "against"):
        for side in ("government", "platform"):
            gap = abs(_hue(charts.STANCE_COLORS[stance]) - _hue(charts.SIDE_COLORS[side]))
            assert min(gap, 360 - gap) > 40, (stance, side)


def test_small_samples_show_points_and_median_not_a_box(seed_tables):
    charts.style()
    fig = charts.sentiment_by_side(seed_tables["sentences"])
    ax = fig.axes[0]
    assert not ax.patches  # no box on a handful of points
    assert "median" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert ax.get_title(loc="left").startswith("Domain-lexicon sentiment")
    assert charts.tone_shares(seed_tables["statements"])[0].axes[0].get_title(loc="left").startswith("Learned tone")


def test_agreement_labels_plain_and_annotators_named():
    charts.style()
    table = pd.DataFrame({"second vs first": [0.9, 0.95], "pipeline vs first": [0.7, 0.8]},
                         index=["tone accuracy (`sentiment_domain`)", "event F1"])
    fig = charts.agreement(table, "Held-out", 20)
    ax = fig.axes[0]
    assert not any("`" in t.get_text() for t in ax.get_yticklabels())
    assert any("independent AI annotators" in t.get_text() and "guidelines" in t.get_text() for t in fig.texts)
    assert ax.get_legend() is None and fig.legends
    assert len(ax.lines) == 2  # both targets still found


def test_long_titles_do_not_leave_the_plot_squeezed():
    charts.style()
    scores = pd.DataFrame({"metric": ["side accuracy (government + platform)"], "value": [0.99], "low": [0.98],
                           "high": [1.0], "n": [620]})
    fig = charts.score_intervals(scores, gold_set="dev")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    assert ax._left_title.get_window_extent(renderer).x1 <= fig.bbox.width + 1  # the title stays in the figure
    assert ax.get_position().width > 0.35  # and the plot keeps a fair share of the width


def test_side_by_side_panel_titles_stay_over_their_own_panels(tmp_path):
    """A cue chart of three sides with long cue labels: each panel's title starts over its own panel, no two
    titles overlap, and laying it out raises no warning (one used to print into the HTML report)."""
    import warnings
    charts.style()
    rows = []
    for side, cues in (("government", [f"model: government word {k}" for k in range(12)]),
                       ("platform", [f"model: platform word {k}" for k in range(12)]),
                       ("other", ["model: keep", "model: congress"])):
        for k, cue in enumerate(cues):
            rows += [{"side": side, "stance_cues": cue}] * (len(cues) - k + 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        fig, _ = charts.cues_by_side(pd.DataFrame(rows))
        charts.export(fig, pd.DataFrame(), "cues", tmp_path)
    renderer = fig.canvas.get_renderer()
    boxes = [(ax.get_window_extent(renderer), ax._left_title.get_window_extent(renderer)) for ax in fig.axes]
    assert len(boxes) == 3
    for (panel, title), (next_panel, next_title) in zip(boxes, boxes[1:]):
        assert title.x1 < next_title.x0  # titles apart
        assert title.x0 >= panel.x0 - 200 and next_title.x0 > panel.x1  # each over (or just left of) its panel


def test_a_corpus_gets_at_most_forty_article_bars_and_says_so():
    """At 2,000 articles a bar per article made a PNG 175,000 pixels tall: the chart keeps the 40 articles with the
    most sentences, says so in a subtitle, and its CSV keeps every article."""
    ids = [f"2021-02-{1 + k % 28:02d}_outlet{k}_story" for k in range(120)]
    sentences = pd.DataFrame({"article_id": [a for k, a in enumerate(ids) for _ in range(1 + k % 7)],
                              "side": [s for k, a in enumerate(ids) for s in (["platform", "narrator"] * 4)[:1 + k % 7]]})
    fig, data = charts.sentences_by_side(sentences, pd.DataFrame({"article_id": ids}))
    ax = fig.axes[0]
    assert len(ax.get_yticks()) == charts.MAX_ARTICLE_BARS
    assert set(data["article_id"]) == set(ids) and data["sentences"].sum() == len(sentences)
    assert any("40 articles with the most sentences, of 120" in t.get_text() for t in ax.texts)
    assert fig.get_size_inches()[1] < 25


def test_crowded_charts_shrink_and_fade_their_points_but_not_their_legend():
    """20,000 sentences drawn at full size and opacity made solid bands: beyond ``CROWD`` points they get smaller
    and fainter (a seed-sized chart keeps its look), the legend swatches stay opaque, and the box stays on top."""
    assert charts.point_style(50, 7.0) == (7.0, 0.85)
    size, alpha = charts.point_style(20_000, 7.0)
    assert size < 2.0 and alpha < 0.15
    rng = np.random.default_rng(0)
    n = 3000
    data = pd.DataFrame({"article_id": "a", "sentence_id": range(n), "side": rng.choice(["government", "platform"], n),
                         "sentiment": rng.uniform(-1, 1, n), "sentiment_domain": rng.uniform(-1, 1, n), "text": "x"})
    fig, _ = charts.raw_vs_domain(data)
    assert all(h.get_alpha() == 1.0 for h in fig.axes[0].get_legend().legend_handles)
    assert max(c.get_alpha() for c in fig.axes[0].collections) < 0.5
    fig = charts.sentiment_by_side(data)
    assert fig.axes[0].patches or fig.axes[0].lines  # the box, drawn after the points


def test_the_strip_plot_draws_the_same_jitter_every_time_and_leaves_numpys_state_alone(seed_tables):
    """The seed report's sentiment chart used to differ on every run (seaborn's jitter is unseeded)."""
    import numpy as np

    np.random.seed(7)
    expected_next = np.random.random()
    np.random.seed(7)
    first = charts.sentiment_by_side(seed_tables["sentences"])
    after = np.random.random()
    second = charts.sentiment_by_side(seed_tables["sentences"])
    offsets = lambda fig: [c.get_offsets().tolist() for c in fig.axes[0].collections]  # noqa: E731
    assert offsets(first) and offsets(first) == offsets(second)
    assert after == expected_next  # the caller's random state is untouched
