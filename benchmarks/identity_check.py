"""Byte-identity check for a speed pass: analyse the bench corpus and every article folder under data/annotations/
with the code on ``sys.path`` and write the sha256 of each folder's sentences/statements/events (and articles) CSVs.

Run it once with the code before a change and once after, then compare the two JSON files:

    PYTHONPATH=/path/to/old/src .venv/bin/python benchmarks/identity_check.py --out /tmp/before.json
    .venv/bin/python benchmarks/identity_check.py --out /tmp/after.json
    .venv/bin/python benchmarks/identity_check.py --compare /tmp/before.json /tmp/after.json

Folders: the 300-article ``--unique`` bench corpus (``bench.build_corpus``) and every ``articles`` folder under
data/annotations/ (dev, the rounds, the held-out texts: only the article texts are read, through ``analyze``).
Every folder is analysed with ``python -m helpers analyze --force`` (in this process, the cache in a temporary folder).
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TABLES = ("sentences", "statements", "events", "articles")


def folders() -> list[Path]:
    """Every folder of article texts under data/annotations/ (sorted)."""
    return sorted(p for p in (ROOT / "data" / "annotations").rglob("articles") if p.is_dir())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(out: Path, articles: int) -> dict:
    from helpers import cli  # the helpers of PYTHONPATH (or of this checkout, installed in .venv)

    sys.path.insert(0, str(HERE))
    import bench

    result = {"_helpers": str(Path(cli.__file__).parent)}
    with tempfile.TemporaryDirectory(prefix="identity-") as tmp:
        os.environ["HELPERS_CACHE"] = str(Path(tmp) / "cache")
        corpus = Path(tempfile.gettempdir()) / f"identity-check-bench{articles}"  # a fixed path: articles.csv holds it
        shutil.rmtree(corpus, ignore_errors=True)
        corpus.mkdir()
        bench.build_corpus(corpus, articles, unique=True)
        todo = [(f"bench{articles}", corpus)] + [(str(f.relative_to(ROOT)), f) for f in folders()]
        for i, (name, folder) in enumerate(todo):
            dest = Path(tmp) / "out" / str(i)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = cli.main(["analyze", str(folder), "--force", "--out", str(dest)])
            result[name] = {t: digest(dest / f"{t}.csv") for t in TABLES if (dest / f"{t}.csv").exists()}
            result[name]["_exit"] = code
            print(f"{i + 1}/{len(todo)} {name}", file=sys.stderr, flush=True)
    out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    return result


def compare(a: Path, b: Path) -> int:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    names = sorted((set(before) | set(after)) - {"_helpers"})
    bad = [n for n in names if before.get(n) != after.get(n)]
    files = sum(len([k for k in v if not k.startswith("_")]) for k, v in before.items() if k != "_helpers")
    print(f"{len(names)} folders, {files} tables: {len(bad)} differ" + (f": {bad}" if bad else " (byte-identical)"))
    for table in TABLES:  # which tables differ (articles.csv holds the folder's path: it differs between two checkouts)
        differ = [n for n in names if (before.get(n) or {}).get(table) != (after.get(n) or {}).get(table)]
        print(f"  {table}.csv: {len(differ)} of {len(names)} folders differ" + (f": {differ[:5]}" if differ else ""))
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, help="JSON of the tables' hashes")
    p.add_argument("--articles", type=int, default=300, help="bench corpus size (default 300)")
    p.add_argument("--compare", nargs=2, type=Path, help="two JSON files to compare")
    args = p.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        p.error("--out or --compare")
    run(args.out, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
