"""Benchmark: the whole pipeline against NLTK's VADER alone, on the same sentences.

In: the seed article (data/articles/) and the test articles (data/annotations/articles/*.txt,
if present), from which a synthetic corpus of N articles is built (paragraphs sampled and
shuffled, dates varied; every article's text distinct). Out: a table on stdout and
reports/bench.csv with, per corpus size, jobs and sentiment scorer: sentences/s of
``pipeline.analyze`` end to end (reading included) and of NLTK's VADER alone on the very
same sentences, their ratio, seconds per 1,000 articles, peak memory (process and its
workers) and a hash of the tables (equal hashes = identical output).

Each configuration runs in a fresh process, so peak memory and caches do not leak
between them. Sentiment scorers: ``fast`` is the pipeline as shipped (``helpers.fastvader``,
NLTK's scores exactly); ``exact_nltk`` calls NLTK's own scorer (``exact_nltk=True``) for the
run, as a check that the tables are the same (equal hash). ``--profile`` prints where the
time of one process goes, stage by stage (µs per sentence).

    .venv/bin/python benchmarks/bench.py --articles 1000,10000 --jobs 1,2
    .venv/bin/python benchmarks/bench.py --quick
    .venv/bin/python benchmarks/bench.py --profile --articles 100
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import importlib
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

SEED = 20210210
COLUMNS = ["articles", "jobs", "sentiment", "sentences", "statements", "events", "seconds", "warm_seconds", "sentences_per_s",
           "vader_seconds", "vader_sentences_per_s", "ratio", "seconds_per_1000_articles", "peak_mb",
           "tables_sha256", "distinct_sentences", "unique", "cpus", "python"]



def time_vader(texts: list[str], clock=time.perf_counter) -> float:
    """Seconds NLTK's VADER alone takes to score ``texts`` (the baseline of every comparison); ``clock``:
    ``time.process_time`` for CPU time (``--profile``: the machine is shared, wall time swings)."""
    from helpers import sentiment

    sia = sentiment.raw_analyzer()
    t0 = clock()
    for text in texts:
        sia.polarity_scores(text)
    return clock() - t0

def source_bodies() -> list[str]:
    """Return the bodies of the seed article and of the test articles (seed alone if there are none)."""
    from helpers import corpus, paths

    sources = [paths.ARTICLES]
    extra = sorted(paths.ANNOTATED_ARTICLES.glob("*.txt")) if paths.ANNOTATED_ARTICLES.is_dir() else []
    frame = corpus.load_corpus(sources + extra).articles
    return frame["body"].tolist()


def paragraphs(bodies: list[str]) -> list[str]:
    """Return every non-empty paragraph of the source bodies."""
    return [p.strip() for b in bodies for p in b.replace("\r\n", "\n").split("\n\n") if p.strip()]


NUMBER = re.compile(r"\d+")
SWAPS = {"the": "that", "a": "one", "in": "within", "with": "alongside", "for": "toward", "its": "their"}
WORDS = re.compile(r"\b(" + "|".join(SWAPS) + r")\b")


def vary(paragraph: str, rng: random.Random) -> str:
    """Return ``paragraph`` with its numbers redrawn and some common words swapped, so sentences rarely repeat.

    Synthetic articles reuse paragraphs; a cache keyed on a sentence's text would then hit far
    more often than on a real corpus. ``--unique`` varies every paragraph to measure without that help.
    """
    paragraph = NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m[0]) - 1), 10 ** len(m[0]) - 1)), paragraph)
    return WORDS.sub(lambda m: SWAPS[m[0]] if rng.random() < 0.3 else m[0], paragraph)


def build_corpus(folder: Path, n: int, seed: int = SEED, unique: bool = False) -> list[Path]:
    """Write ``n`` distinct synthetic articles (seed format, varied dates and paragraph order) into ``folder``.

    ``unique``: also vary every paragraph's words and numbers (see ``vary``).
    """
    pool = paragraphs(source_bodies())
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    start = dt.date(2019, 1, 1)
    for i in range(n):
        while True:
            k = rng.randint(4, 9)
            picked = rng.sample(pool, k) if len(pool) >= 3 * k else [rng.choice(pool) for _ in range(k)]
            body = "\n\n".join(vary(p, rng) for p in picked) if unique else "\n\n".join(picked)
            if body not in seen:
                seen.add(body)
                break
        date = (start + dt.timedelta(days=rng.randint(0, 2000))).isoformat()
        path = folder / f"{i:06d}_{date}.txt"
        path.write_text(f" date {date} {body}\n", encoding="utf-8")
        out.append(path)
    return out


def wire_exact_nltk() -> None:
    """Benchmark only: score sentiment with NLTK's own scorer (``exact_nltk=True``) instead of fastvader."""
    from helpers import sentiment

    raw, domain = sentiment.score_raw, sentiment.score_domain
    sentiment.score_raw = lambda texts, exact_nltk=True: raw(texts, exact_nltk=True)
    sentiment.score_domain = lambda texts, exact_nltk=True: domain(texts, exact_nltk=True)


STAGES = [("text", "sentence_columns"), ("actors", "attribute"), ("actors", "statements"),
          ("actors", "attribute_columns"), ("actors", "statement_columns"), ("sentiment", "score_raw"),
          ("sentiment", "score_domain"), ("sentiment", "score_pair"), ("stance", "score_sentences"), ("stance", "aggregate"),
          ("stance", "score_columns"), ("stance", "score_many"), ("stance", "aggregate_columns"),
          ("tone_model", "score_columns"), ("tone_model", "score_many"),
          ("tone_model", "aggregate_columns"), ("events", "extract"),
          ("events", "extract_many"), ("pipeline", "build_tables"), ("corpus", "read_corpus")]


def profile(folder: Path) -> list[tuple[str, float]]:
    """Return (stage, µs per sentence of CPU time) of one single-process run on ``folder`` (after a warm-up run)."""
    import collections

    from helpers import corpus, pipeline, sentiment

    spent: collections.Counter = collections.Counter()

    def timed(fn, label):
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - t0
        return wrapper

    for mod_name, fn_name in STAGES:
        mod = importlib.import_module(f"helpers.{mod_name}")
        if hasattr(mod, fn_name):
            setattr(mod, fn_name, timed(getattr(mod, fn_name), f"{mod_name}.{fn_name}"))
    sentiment.fast_analyzers()
    pipeline.analyze(corpus.read_corpus([folder]).head(5)["path"].tolist())  # warm-up
    spent.clear()
    t0 = time.process_time()
    tables = pipeline.analyze([folder])
    total = time.process_time() - t0
    texts = tables["sentences"]["text"].tolist()
    vader = time_vader(texts, clock=time.process_time)
    n = len(texts)
    rows = [(label, s / n * 1e6) for label, s in spent.most_common()]
    rows.append(("pipeline glue (rest)", (total - sum(spent.values())) / n * 1e6))
    rows.append(("TOTAL pipeline", total / n * 1e6))
    rows.append(("NLTK VADER alone", vader / n * 1e6))
    return rows


class PeakMemory:
    """Sample the resident memory of this process and all its descendants; keep the peak (MB)."""

    def __init__(self, interval: float = 0.05) -> None:
        """Prepare the sampler (``interval`` seconds between samples)."""
        import psutil

        self.proc, self.interval, self.peak = psutil.Process(), interval, 0.0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def sample(self) -> None:
        """Record the current total resident memory if it is a new peak."""
        import psutil

        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                continue
        self.peak = max(self.peak, total / 2**20)

    def loop(self) -> None:
        """Sample until stopped."""
        while not self.stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "PeakMemory":
        """Start sampling."""
        self.sample()
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop sampling (one last sample)."""
        self.stop.set()
        self.thread.join()
        self.sample()


def tables_hash(tables: dict) -> str:
    """Return a hash of the four tables as the CSV writer would write them (paths reduced to file names).

    Equal hashes across runs, machines and code versions mean identical output on the same corpus.
    """
    from helpers import tables as tbl

    digest = hashlib.sha256()
    for name, columns in tbl.CONTRACT.items():
        frame = tables[name]
        if "path" in frame.columns:  # the corpus lives in a temporary folder: hash file names, not full paths
            frame = frame.assign(path=[Path(p).name for p in frame["path"]])
        extra = [c for c in frame.columns if c not in columns]
        digest.update(tbl.spreadsheet_safe(frame[columns + extra]).to_csv(index=False, lineterminator="\n").encode())
    return digest.hexdigest()[:16]


def run_one(folder: Path, jobs: int, scorer: str) -> dict:
    """Time the pipeline on ``folder`` then VADER alone on its sentences (called in a fresh process)."""
    from helpers import corpus, engines, pipeline, sentiment

    sentiment.raw_analyzer(), sentiment.domain_analyzer(), sentiment.fast_analyzers()  # loaded before the clock
    w0 = time.perf_counter()
    importlib.import_module("helpers.warm")  # every lexicon and pattern, once per run: timed apart (warm_seconds)
    warm_seconds = time.perf_counter() - w0
    initializer = None
    if scorer == "exact_nltk":
        bench = importlib.import_module("bench")  # by module name, so that workers can import it too
        bench.wire_exact_nltk()
        initializer = bench.wire_exact_nltk
    elif scorer != "fast":
        raise SystemExit(f"unknown scorer {scorer!r} (use fast or exact_nltk)")
    with PeakMemory() as mem:
        t0 = time.perf_counter()
        frame = corpus.read_corpus([folder])
        if initializer is not None and jobs > 1:
            tables = pipeline.concat_tables(engines.run_local(frame.to_dict("records"), jobs, initializer))
        else:
            tables = pipeline.analyze_corpus(frame, jobs=jobs)
        seconds = time.perf_counter() - t0
    texts = tables["sentences"]["text"].tolist()
    vader_seconds = time_vader(texts)
    n = len(tables["articles"])
    return {"articles": n, "jobs": jobs, "sentiment": scorer, "sentences": len(texts),
            "statements": len(tables["statements"]), "events": len(tables["events"]),
            "seconds": round(seconds, 3), "warm_seconds": round(warm_seconds, 3),
            "sentences_per_s": round(len(texts) / seconds, 1),
            "vader_seconds": round(vader_seconds, 3), "vader_sentences_per_s": round(len(texts) / vader_seconds, 1),
            "ratio": round(vader_seconds / seconds, 3), "seconds_per_1000_articles": round(seconds / n * 1000, 2),
            "peak_mb": round(mem.peak, 1), "tables_sha256": tables_hash(tables),
            "distinct_sentences": round(len(set(texts)) / max(1, len(texts)), 3), "cpus": os.cpu_count(),
            "python": platform.python_version()}


def spawn_one(folder: Path, jobs: int, scorer: str) -> dict:
    """Run one configuration in a fresh Python process and return its figures."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(folder), "--jobs", str(jobs),
           "--sentiment", scorer]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed ({' '.join(cmd)}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def speedups(rows: list[dict]) -> list[str]:
    """Return one line per run with more than one job: its speed-up over the one-job run of the same corpus and scorer."""
    single = {(r["articles"], r["sentiment"]): r["seconds"] for r in rows if r["jobs"] == 1}
    out = []
    for r in rows:
        base = single.get((r["articles"], r["sentiment"]))
        if r["jobs"] > 1 and base:
            out.append(f"{r['articles']} articles, {r['sentiment']}: {r['jobs']} jobs {base / r['seconds']:.2f}x one job")
    return out


def parse_list(value: str) -> list[int]:
    """Parse '1000,10000' into [1000, 10000]."""
    return [int(v) for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="1000", help="corpus sizes, comma-separated (default 1000)")
    parser.add_argument("--jobs", default="1,2", help="worker processes to try, comma-separated (default 1,2)")
    parser.add_argument("--sentiment", default="fast",
                        help="scorers: fast (as shipped), exact_nltk (NLTK's own scorer, same tables); default fast")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 articles, jobs 1, both scorers")
    parser.add_argument("--profile", action="store_true", help="print µs per sentence of each stage (one process)")
    parser.add_argument("--unique", action="store_true",
                        help="vary numbers and words of every paragraph so sentences rarely repeat across articles")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.csv", help="CSV of the figures")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, run every configuration, print and write the figures."""
    args = build_parser().parse_args(argv)
    scorers = [s.strip() for s in args.sentiment.split(",") if s.strip()]
    if args.one:
        print(json.dumps(run_one(args.one, int(args.jobs), scorers[0])))
        return 0
    if args.profile:
        for n in parse_list(args.articles):
            with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
                build_corpus(Path(tmp), n, unique=args.unique)
                print(f"profile, {n} synthetic articles{' (varied)' if args.unique else ''}, one process (µs per sentence):")
                rows = profile(Path(tmp))
                total = dict(rows)["TOTAL pipeline"]
                for label, us in rows:
                    print(f"  {label:32s} {us:8.0f}  {us / total:6.1%}")
        return 0
    sizes, jobs = ([20], [1]) if args.quick else (parse_list(args.articles), parse_list(args.jobs))
    if args.quick:
        scorers = ["fast", "exact_nltk"]
    rows = []
    print(f"{'articles':>8} {'jobs':>4} {'sentiment':>9} {'sentences':>9} {'sent/s':>8} {'VADER s/s':>9} "
          f"{'ratio':>6} {'s/1000art':>9} {'peak MB':>8} {'distinct':>8}  tables")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
            build_corpus(Path(tmp), n, unique=args.unique)
            for scorer in scorers:
                for j in jobs:
                    r = spawn_one(Path(tmp), j, scorer)
                    r["unique"] = args.unique
                    rows.append(r)
                    print(f"{r['articles']:>8} {r['jobs']:>4} {r['sentiment']:>9} {r['sentences']:>9} "
                          f"{r['sentences_per_s']:>8.0f} {r['vader_sentences_per_s']:>9.0f} {r['ratio']:>6.2f} "
                          f"{r['seconds_per_1000_articles']:>9.1f} {r['peak_mb']:>8.0f} {r['distinct_sentences']:>8.0%}  "
                          f"{r['tables_sha256']}",
                          flush=True)
    for line in speedups(rows):
        print(line)
    hashes = {(r["articles"], r["tables_sha256"]) for r in rows}
    if len(hashes) != len({r["articles"] for r in rows}):
        print("WARNING: configurations of the same corpus produced different tables", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"figures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
