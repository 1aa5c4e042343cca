"""helpers.paths: every path anchored at the repository root, overridable by environment."""
from pathlib import Path

from helpers import paths


def test_paths_are_anchored_at_the_repository_root():
    assert (paths.ROOT / "pyproject.toml").exists()
    assert paths.ARTICLES == paths.ROOT / "data" / "articles"
    for folder in (paths.ARTICLES, paths.LEXICONS, paths.ANNOTATIONS, paths.REFERENCE, paths.NOTEBOOKS):
        assert folder.is_dir(), folder


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("HELPERS_REPORTS", str(tmp_path / "r"))
    monkeypatch.setenv("HELPERS_NLTK_DATA", str(tmp_path / "n"))
    assert paths.reports_dir() == (tmp_path / "r").resolve()
    assert paths.nltk_data_dir() == (tmp_path / "n").resolve()
    monkeypatch.delenv("HELPERS_NLTK_DATA")
    assert paths.nltk_data_dir() == (paths.ROOT / ".cache" / "nltk_data").resolve()


def test_generated_folders_are_git_ignored():
    ignored = (paths.ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for entry in (".venv/", ".cache/", "reports/", "data/raw/"):
        assert entry in ignored
    assert isinstance(paths.nyt_benchmark(), Path)
