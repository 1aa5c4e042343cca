"""Shared fixtures: the seed article, a folder of written test articles, run helpers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import paths

SEED = paths.ARTICLES / "2021-02-10_pocketnow_twitter-blocking-orders.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article as shipped in data/articles/."""
    return SEED


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m helpers ARGS`` in a subprocess and capture its output."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or paths.ROOT, timeout=600)


@pytest.fixture
def cli():
    """Return the CLI runner."""
    return run_cli
