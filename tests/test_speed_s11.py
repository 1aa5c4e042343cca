"""Session 11 (issue 6): the Cython trial was measured and declined (benchmarks/README.md, "Session 11").

What stays: ``benchmarks/cython_trial.py``, which builds compiled modules in a scratch copy only, and the
guard that nothing compiled sits beside the sources (an extension module in ``src/helpers`` would be
imported instead of the ``.py`` of the same name, silently).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELPERS = ROOT / "src" / "helpers"


def trial():
    """Import benchmarks/cython_trial.py as a module."""
    spec = importlib.util.spec_from_file_location("cython_trial", ROOT / "benchmarks" / "cython_trial.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["cython_trial"] = module
    spec.loader.exec_module(module)
    return module


def test_no_extension_module_shadows_the_sources():
    built = [p.name for p in HELPERS.iterdir() if p.suffix in {".so", ".pyd"}]
    assert built == [], f"compiled modules in src/helpers would be imported instead of the .py: {built}"


def test_pipeline_imports_the_plain_python_modules():
    from helpers import actors, dates, events, stance

    for module in (actors, dates, events, stance):
        assert Path(module.__file__).suffix == ".py", module.__file__


def test_trial_modules_exist():
    missing = [m for m in trial().MODULES if not (HELPERS / f"{m}.py").is_file()]
    assert missing == []


def test_scratch_tree_copies_sources_and_links_data(tmp_path):
    into = trial().scratch_tree(tmp_path / "t", ["events", "dates"])
    assert (into / "src" / "helpers" / "events.py").read_bytes() == (HELPERS / "events.py").read_bytes()
    assert (into / "data").resolve() == (ROOT / "data").resolve()
    assert (into / "benchmarks" / "bench.py").is_file()
    assert "cythonize" in (into / "setup_trial.py").read_text(encoding="utf-8")
    assert not list((into / "src" / "helpers").glob("*.so"))


def test_scratch_tree_annotation_fixes_apply_to_the_copy_only(tmp_path):
    module = trial()
    into = module.scratch_tree(tmp_path / "t", ["dates", "events"], annotation_typing=True)
    for name, swaps in module.ANNOTATION_FIXES.items():
        source = (HELPERS / name).read_text(encoding="utf-8")
        copied = (into / "src" / "helpers" / name).read_text(encoding="utf-8")
        for old, new in swaps:
            assert old not in copied
            if old in source:
                assert new in copied and copied != source
    plain = module.scratch_tree(tmp_path / "u", ["dates"])
    assert (plain / "src" / "helpers" / "dates.py").read_bytes() == (HELPERS / "dates.py").read_bytes()


def test_scratch_tree_refuses_the_repository_and_unknown_modules(tmp_path):
    module = trial()
    with pytest.raises(SystemExit):
        module.scratch_tree(ROOT, ["events"])
    with pytest.raises(SystemExit):
        module.scratch_tree(tmp_path / "t", ["no_such_module"])
