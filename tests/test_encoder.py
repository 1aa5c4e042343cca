"""The opt-in encoder mode (helpers.encoder): fusion, switching, errors, and (with PyTorch installed) a tiny
fine-tune run through the pipeline. The mode's measured gain is in the README; these tests hold its mechanics."""
from __future__ import annotations

import json

import numpy as np
import pytest

from helpers import cache, cli, corpus, encoder, paths, pipeline, tone_model, validation

needs_torch = pytest.mark.skipif(not encoder.installed(),
                                 reason="the encoder mode's packages are not installed (make encoder)")


@pytest.fixture
def mode_off():
    """Leave the process with the mode off, whatever a test did."""
    yield
    encoder.set_enabled(False)


def test_fuse_is_the_normalised_geometric_mean():
    model = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.4, 0.35, 0.25]])
    enc = np.array([[0.2, 0.7, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]])
    fused = encoder.fuse(model, enc)
    assert np.allclose(fused.sum(axis=1), 1.0)
    expected = np.sqrt(model * enc)
    assert np.allclose(fused, expected / expected.sum(axis=1, keepdims=True))
    assert np.allclose(encoder.fuse(model, enc, w=0.0), model)
    assert np.allclose(encoder.fuse(model, enc, w=1.0), enc)
    # where the two disagree, the surer one wins: the encoder's 0.8 negative beats the model's 0.6 neutral
    assert fused.argmax(axis=1).tolist() == [0, 1, 2]


def test_side_onehot_knows_the_speakers_sides_only():
    got = encoder.side_onehot(["platform", "government", "narrator", "other"])
    assert got.tolist() == [[0, 0, 1], [1, 0, 0], [0, 0, 0], [0, 1, 0]]


def test_the_mode_is_off_by_default_and_keys_the_analysis_cache(mode_off, monkeypatch):
    monkeypatch.delenv(encoder.ENV, raising=False)
    encoder.set_enabled(False)
    assert not encoder.enabled() and encoder.version_tag() == ""
    off = cache.code_version()
    encoder.set_enabled(True)
    assert encoder.enabled() and encoder.version_tag().startswith("encoder:")
    assert cache.code_version() != off  # the two modes' tables never share a cache entry
    encoder.set_enabled(False)
    assert cache.code_version() == off


def test_asking_for_the_mode_without_tuned_weights_is_one_clear_line(tmp_path, monkeypatch, capsys, mode_off):
    monkeypatch.setattr(encoder, "MODEL_DIR", tmp_path / "encoder_tone")
    encoder.load.cache_clear()
    out = tmp_path / "tables"
    status = cli.main(["analyze", str(paths.ARTICLES), "--encoder", "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith("error: ") and "encoder_tone" in err[0]
    assert "train --encoder" in err[0]
    assert not out.exists()  # nothing written


def test_a_malformed_meta_file_is_named(tmp_path, mode_off):
    folder = tmp_path / "tuned"
    (folder / "encoder").mkdir(parents=True)
    (folder / encoder.HEAD).write_bytes(b"")
    (folder / encoder.META).write_text("{not json", encoding="utf-8")
    encoder.load.cache_clear()
    with pytest.raises(encoder.EncoderError, match=r"meta\.json: not valid JSON"):
        encoder.load(folder)
    (folder / encoder.META).write_text(json.dumps({"classes": ["a", "b", "c"], "sides": list(encoder.SIDES)}))
    encoder.load.cache_clear()
    with pytest.raises(encoder.EncoderError, match="classes or sides differ"):
        encoder.load(folder)


def test_fine_tune_refuses_unknown_labels(tmp_path):
    if not encoder.installed():
        with pytest.raises(encoder.EncoderError, match="make encoder"):
            encoder.fine_tune(["a"], ["platform"], ["angry"], tmp_path / "x")
        return
    with pytest.raises(encoder.EncoderError, match="labels outside"):
        encoder.fine_tune(["a"], ["platform"], ["angry"], tmp_path / "x")


TINY = [("The ministry warned the platform of penal action for defying the order.", "government", "negative"),
        ("We welcome the court's ruling and thank our users for their patience.", "platform", "positive"),
        ("The order was issued on Monday under Section 69A.", "other", "neutral"),
        ("This is an outrageous attack on the freedom of expression.", "platform", "negative"),
        ("The committee will meet again next week.", "government", "neutral"),
        ("We are pleased to restore access to the accounts.", "platform", "positive")]


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory):
    """A tuned folder from one step on six sentences: enough to exercise every path, not to be any good."""
    if not encoder.installed():
        pytest.skip("the encoder mode's packages are not installed (make encoder)")
    texts, sides, labels = map(list, zip(*TINY))
    return encoder.fine_tune(texts, sides, labels, tmp_path_factory.mktemp("enc") / "encoder_tone", max_steps=1,
                             log=lambda line: None)


@needs_torch
def test_a_tuned_folder_loads_and_scores(tiny_folder):
    meta = json.loads((tiny_folder / encoder.META).read_text())
    assert meta["steps"] == 1 and meta["sentences"] == 6 and len(meta["fingerprint"]) == 16
    texts, sides, _ = map(list, zip(*TINY))
    encoder.load.cache_clear()
    p = encoder.probabilities(texts, sides, tiny_folder)
    assert p.shape == (6, 3) and np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    again = encoder.probabilities(texts[::-1], sides[::-1], tiny_folder)[::-1]
    assert np.allclose(p, again, atol=1e-5)  # a sentence's probabilities do not depend on its batch-mates


@needs_torch
def test_fine_tuning_is_repeatable(tiny_folder, tmp_path):
    texts, sides, labels = map(list, zip(*TINY))
    other = encoder.fine_tune(texts, sides, labels, tmp_path / "again", max_steps=1, log=lambda line: None)
    a = json.loads((tiny_folder / encoder.META).read_text())["fingerprint"]
    assert json.loads((other / encoder.META).read_text())["fingerprint"] == a


@needs_torch
def test_the_mode_changes_the_speakers_tone_and_nothing_else(tiny_folder, monkeypatch, mode_off):
    monkeypatch.setattr(encoder, "MODEL_DIR", tiny_folder)
    encoder.load.cache_clear()
    frame = corpus.read_corpus([p for p in sorted(paths.ARTICLES.glob("*.txt"))][:1])
    encoder.set_enabled(False)
    off = pipeline.analyze_corpus(frame)
    encoder.set_enabled(True)
    on = pipeline.analyze_corpus(frame)
    s_off, s_on = off["sentences"], on["sentences"]
    tone_cols = ["tone", "tone_score"]
    assert s_off.drop(columns=tone_cols).equals(s_on.drop(columns=tone_cols))
    assert off["events"].equals(on["events"]) and off["articles"].equals(on["articles"])
    assert off["statements"].drop(columns=tone_cols).equals(on["statements"].drop(columns=tone_cols))
    narrator = s_off["side"] == "narrator"
    assert s_off.loc[narrator, tone_cols].equals(s_on.loc[narrator, tone_cols])  # the narrator keeps its tone
    speakers = ~narrator
    assert speakers.any()
    assert not np.allclose(s_off.loc[speakers, "tone_score"], s_on.loc[speakers, "tone_score"])
    # the fused probabilities are exactly those the two models give
    texts = s_off.loc[speakers, "text"].tolist()
    sides = s_off.loc[speakers, "side"].tolist()
    p_enc = encoder.probabilities(texts, sides, tiny_folder)
    encoder.set_enabled(False)
    p_model = tone_model.sentence_probabilities({c: s_off[c].tolist() for c in s_off.columns})[speakers.to_numpy()]
    fused = encoder.fuse(p_model, p_enc)
    assert np.allclose(s_on.loc[speakers, "tone_score"], (fused[:, 0] - fused[:, 1]).round(6), atol=2e-6)
    assert s_on.loc[speakers, "tone"].tolist() == [tone_model.CLASSES[k] for k in fused.argmax(axis=1)]
    validation.forget_inputs()
