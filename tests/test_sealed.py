"""Sealed rounds (data/annotations/sealed/): the archive is the one its README records, holds complete rounds
(every article with both label files and a second labelling), and none of it has leaked into the scored sets.
Only member names are read, never a member's contents."""
from __future__ import annotations

import hashlib
import re
import tarfile
from pathlib import Path

import pytest

from helpers import paths, validation

SEALED = paths.ANNOTATIONS / "sealed"
ARCHIVES = sorted(SEALED.glob("*.tar.gz"))


def readme_rows() -> dict[str, tuple[str, int]]:
    """archive name -> (sha256, number of articles) from the README's table of groups."""
    rows = {}
    for line in (SEALED / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `([\w.-]+\.tar\.gz)` \|[^|]*\| (\d+) .*\| `([0-9a-f]{64})` \|$", line)
        if m:
            rows[m.group(1)] = (m.group(3), int(m.group(2)))
    return rows


def test_every_archive_is_in_the_readme_with_its_hash():
    rows = readme_rows()
    assert sorted(rows) == [a.name for a in ARCHIVES]
    for archive in ARCHIVES:
        assert hashlib.sha256(archive.read_bytes()).hexdigest() == rows[archive.name][0], archive.name


@pytest.mark.parametrize("archive", ARCHIVES, ids=lambda a: a.name)
def test_archive_holds_complete_rounds(archive):
    with tarfile.open(archive) as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
    texts = [n for n in names if re.fullmatch(r"round\d+/articles/[^/]+\.txt", n)]
    assert len(texts) == readme_rows()[archive.name][1]
    for text in texts:
        rnd, stem = text.split("/")[0], Path(text).stem
        prefix = stem.split("_")[1].split("-")[0]
        assert prefix.startswith("held"), text
        for kind in ("statements", "events"):
            assert f"{rnd}/{stem}_{kind}.csv" in names, (text, kind)
            assert f"second_annotator/{stem}_{kind}.csv" in names, (text, kind)
    assert len(names) == 5 * len(texts)  # a text, two label files and two second-label files per article


@pytest.mark.parametrize("archive", ARCHIVES, ids=lambda a: a.name)
def test_sealed_articles_are_in_no_scored_set(archive):
    with tarfile.open(archive) as tar:
        stems = {Path(m.name).stem for m in tar.getmembers() if m.name.endswith(".txt")}
        rounds = {m.name.split("/")[0] for m in tar.getmembers() if m.name.startswith("round")}
    assert not rounds & set(validation.gold_sets()), "a sealed round is also a scored set"
    scored = {p.stem for p in paths.ANNOTATIONS.rglob("*.txt")}
    assert not stems & scored, sorted(stems & scored)[:3]
