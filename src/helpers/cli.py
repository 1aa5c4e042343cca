"""Command line: ``python -m helpers analyze|report|validate ...``.

In: article paths and options. Out: the contract tables (``analyze``), the full report
folder (``report``) or the validation figures (``validate``). Bad input ends with exit
status 2 and one line naming the file and the problem.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import ArticleError


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Blocking-orders notebook helpers.")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="write articles.csv, sentences.csv, statements.csv, events.csv")
    a.add_argument("paths", nargs="+", help="article files or folders")
    a.add_argument("--out", required=True, type=Path, help="folder for the four tables")
    a.add_argument("--date", help="publication date (YYYY-MM-DD) for texts that carry none")
    a.add_argument("--jobs", type=int, default=1, help="worker processes (1: in this process)")
    a.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    a.add_argument("--scheduler", help="Dask scheduler address (default: start a local cluster)")
    r = sub.add_parser("report", help="analyse, execute every notebook, write charts and an HTML report")
    r.add_argument("paths", nargs="+", help="article files or folders")
    r.add_argument("--out", required=True, type=Path, help="report folder (replaced only on success)")
    r.add_argument("--date", help="publication date (YYYY-MM-DD) for texts that carry none")
    r.add_argument("--jobs", type=int, default=2, help="notebooks run in parallel")
    sub.add_parser("validate", help="print the validation figures against data/annotations")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            from . import pipeline, tables

            data = pipeline.analyze(args.paths, date=args.date, jobs=args.jobs, engine=args.engine,
                                    scheduler=args.scheduler)
            tables.write_tables(data, args.out)
            print(f"analysed {len(data['articles'])} article(s): {len(data['sentences'])} sentences, "
                  f"{len(data['statements'])} statements, {len(data['events'])} events -> {args.out}")
        elif args.command == "report":
            from . import report

            out = report.run_report(args.paths, args.out, jobs=args.jobs, date=args.date)
            print(f"report written to {out}")
        elif args.command == "validate":
            from . import validation

            data = validation.analyzed_gold()
            st, ev = validation.read_gold()
            for key, value in {**validation.statement_scores(validation.match_statements(st, data)),
                               **validation.event_scores(validation.match_events(ev, data))}.items():
                print(f"{key}\t{value:.3f}" if isinstance(value, float) else f"{key}\t{value}")
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0
