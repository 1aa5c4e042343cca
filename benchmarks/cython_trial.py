"""Reproduce session 11's Cython trial: build the pipeline's modules compiled, in a scratch copy, and time both.

In: this repository's ``src/helpers`` and ``benchmarks``. Out: a scratch tree (``--into``, default
/tmp/cython-trial) with the same sources, ``data/`` and ``.venv`` linked back here, and the named modules
compiled beside their ``.py`` files (an extension module is imported before a ``.py`` of the same name); then,
unless ``--build-only``, ``bench.py --profile`` and the end-to-end ratio alternately in this tree and the
compiled one (``--rounds`` times), so the noise of a shared machine hits both alike.

Nothing here touches ``src/``: the plain ``.py`` files stay what the project imports. The trial was measured
and declined (benchmarks/README.md, "Session 11"); this script is for whoever wants to measure it again.
Needs an interpreter with Cython (``--cython-python``, e.g. a scratch venv with ``pip install cython==3.3.1
setuptools``) of the same Python version as ``.venv``, gcc and the Python headers.

    .venv/bin/python benchmarks/cython_trial.py --cython-python /tmp/cyvenv/bin/python
    .venv/bin/python benchmarks/cython_trial.py --cython-python /tmp/cyvenv/bin/python --annotation-typing
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["events", "actors", "dates", "stance", "text", "sentiment", "fastvader", "prefilter", "speaker_model",
           "stance_model", "tone_model", "event_model", "pipeline", "tables", "corpus"]
SETUP = '''\
import os
from setuptools import Extension, setup
from Cython.Build import cythonize

mods = os.environ["TRIAL_MODULES"].split(",")
typing = os.environ.get("TRIAL_ANNOTATION_TYPING") == "1"
exts = [Extension(f"helpers.{m}", [f"src/helpers/{m}.py"]) for m in mods]
setup(name="helpers_trial", package_dir={"": "src"},
      ext_modules=cythonize(exts, quiet=True,
                            compiler_directives={"language_level": 3, "annotation_typing": typing}))
'''
# With annotation typing Cython enforces the annotations as exact types; the two that do not hold as written
# (``dates._hoist`` rebinds its tuple parameter to a list, a compile error; ``events.date_for`` has a tuple
# default for a list parameter, a TypeError at import) are loosened in the scratch copy only.
ANNOTATION_FIXES = {"dates.py": [("pending: tuple = ()", "pending=()")],
                    "events.py": [("others: list[tuple[int, int]] = ()", "others=()")]}


def scratch_tree(into: Path, modules: list[str], annotation_typing: bool = False) -> Path:
    """Lay out ``into`` as a copy of the sources with ``data/`` and ``.venv`` linked back; return it."""
    if into.resolve() == ROOT:
        raise SystemExit("the scratch tree must not be the repository itself")
    unknown = [m for m in modules if not (ROOT / "src" / "helpers" / f"{m}.py").is_file()]
    if unknown:
        raise SystemExit(f"no such modules in src/helpers: {', '.join(unknown)}")
    if into.exists():
        shutil.rmtree(into)
    (into / "src").mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.c")
    shutil.copytree(ROOT / "src" / "helpers", into / "src" / "helpers", ignore=ignore)
    shutil.copytree(ROOT / "benchmarks", into / "benchmarks", ignore=ignore)
    (into / "data").symlink_to(ROOT / "data")
    if (ROOT / ".venv").exists():
        (into / ".venv").symlink_to((ROOT / ".venv").resolve())
    if annotation_typing:
        for name, swaps in ANNOTATION_FIXES.items():
            path = into / "src" / "helpers" / name
            text = path.read_text(encoding="utf-8")
            for old, new in swaps:
                text = text.replace(old, new)
            path.write_text(text, encoding="utf-8")
    (into / "setup_trial.py").write_text(SETUP, encoding="utf-8")
    return into


def build(into: Path, modules: list[str], cython_python: str, annotation_typing: bool) -> None:
    """Compile ``modules`` in place in the scratch tree (a few minutes per large module)."""
    env = dict(os.environ, TRIAL_MODULES=",".join(modules), TRIAL_ANNOTATION_TYPING="1" if annotation_typing else "0")
    subprocess.run([cython_python, "setup_trial.py", "build_ext", "--inplace"], cwd=into, env=env, check=True)


def alternate(into: Path, rounds: int) -> None:
    """Run the profile and the end-to-end ratio in this tree and the compiled one, alternately."""
    py = ROOT / ".venv" / "bin" / "python"
    for i in range(rounds):
        for tree in (ROOT, into):
            for extra in (["--articles", "300", "--profile"], ["--articles", "1000", "--out", str(into / f"e2e-{i}.csv")]):
                print(f"== round {i + 1}, {tree}, {' '.join(extra)}", flush=True)
                subprocess.run([str(py), str(tree / "benchmarks" / "bench.py"), "--jobs", "1", "--unique", *extra],
                               check=True)


def main(argv: list[str] | None = None) -> int:
    """Lay out, build and (unless --build-only) time the compiled copy against this tree."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", type=Path, default=Path("/tmp/cython-trial"), help="scratch tree (replaced)")
    parser.add_argument("--modules", default=",".join(MODULES), help="modules of src/helpers to compile")
    parser.add_argument("--cython-python", default=sys.executable, help="an interpreter with Cython and setuptools")
    parser.add_argument("--annotation-typing", action="store_true", help="let Cython type by the annotations")
    parser.add_argument("--build-only", action="store_true", help="build, do not time")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds of timing")
    args = parser.parse_args(argv)
    modules = [m.strip() for m in args.modules.split(",") if m.strip()]
    into = scratch_tree(args.into, modules, args.annotation_typing)
    build(into, modules, args.cython_python, args.annotation_typing)
    if not args.build_only:
        alternate(into, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
