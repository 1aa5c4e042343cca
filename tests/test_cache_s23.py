"""Session 23: the gold sets' analyses can live in a folder of their own (``$HELPERS_GOLD_CACHE``), which the test
suite shares between its tests, worker processes and notebook kernels (tests/conftest.py ``shared_gold_cache``)."""
import functools
from pathlib import Path

from helpers import cache, validation


def test_using_folder_nests_and_restores(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "usual"))
    assert cache.cache_dir() == (tmp_path / "usual").resolve()
    with cache.using_folder(tmp_path / "a"):
        assert cache.cache_dir() == (tmp_path / "a").resolve()
        with cache.using_folder(None):  # no folder: the one in force stays
            assert cache.cache_dir() == (tmp_path / "a").resolve()
        with cache.using_folder(str(tmp_path / "b")):
            assert cache.cache_dir() == (tmp_path / "b").resolve()
        assert cache.cache_dir() == (tmp_path / "a").resolve()
    assert cache.cache_dir() == (tmp_path / "usual").resolve()


def test_gold_sets_are_kept_in_the_gold_folder_and_articles_in_the_usual_one(tmp_path, monkeypatch, seed_path):
    from helpers import corpus

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "articles"))
    monkeypatch.setenv(cache.GOLD_CACHE_ENV, str(tmp_path / "gold"))
    folder = validation.gold_sets()["round61"]
    fresh = functools.lru_cache(maxsize=8)(validation._analyzed_gold.__wrapped__)  # not the session's memo
    monkeypatch.setattr(validation, "_analyzed_gold", fresh)
    tables = validation.analyzed_gold(folder)
    n = tables["articles"]["article_id"].nunique()
    assert n == 10 and len(list((tmp_path / "gold").glob("*.pkl"))) == n
    assert not (tmp_path / "articles").exists() or not list((tmp_path / "articles").glob("*.pkl"))
    cache.analyze(corpus.read_corpus([seed_path]))  # an article analysed outside the validation: the usual folder
    assert len(list((tmp_path / "articles").glob("*.pkl"))) == 1 and len(list((tmp_path / "gold").glob("*.pkl"))) == n
    # a second process (a worker, a notebook kernel) finds every entry
    fresh.cache_clear()
    with cache.using_folder(tmp_path / "gold"):
        stats = cache.analyze(corpus.read_corpus(validation.gold_article_paths(Path(folder))))[1]
    assert stats.computed == 0 and stats.reused == n
