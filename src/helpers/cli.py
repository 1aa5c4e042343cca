"""Command line: ``python -m helpers analyze|report|fetch|validate ...``.

In: article paths and options. Out: the contract tables (``analyze``), the full report
folder (``report``), the related pages of the manifest (``fetch``) or the validation
figures (``validate``). A summary goes to stdout; to stderr go one line per warning
(``warning: FILE: ...``) and one line per unreadable file (``error: FILE: ...``); ``report``
prints them first and ends with one line saying whether the report was written. Exit
status: 0 all good; 2 bad input (the good articles are still analysed and written; with
``report --allow-skipped``, as ``make report`` runs it, 0 once the report is written); 1 a
notebook failed or the output folder is unsafe (the previous report is left in place).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import MAX_BODY_CHARS, ArticleError


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Add the options shared by ``analyze`` and ``report``: dates, columns, size cap, cache."""
    p.add_argument("paths", nargs="+", help="article files or folders (searched recursively)")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for texts that carry none")
    p.add_argument("--force", action="store_true", help="re-analyse every article (ignore the cache)")
    p.add_argument("--max-chars", type=int, default=MAX_BODY_CHARS,
                   help=f"longest body analysed; longer ones are truncated with a warning (default {MAX_BODY_CHARS})")
    for name in ("text", "date", "title", "url", "outlet", "id"):
        p.add_argument(f"--{name}-column", dest=f"{name}_column", help=f"column holding the {name} in .csv/.jsonl/.parquet corpora")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Blocking-orders notebook helpers.")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="write articles.csv, sentences.csv, statements.csv, events.csv")
    add_input_options(a)
    a.add_argument("--out", required=True, type=Path, help="folder for the four tables")
    a.add_argument("--jobs", type=int, default=1, help="worker processes (1: in this process)")
    a.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    a.add_argument("--scheduler", help="Dask scheduler address (default: start a local cluster)")
    a.add_argument("--encoder", action="store_true", help="opt-in: fuse the tone model with the fine-tuned sentence encoder (needs make encoder; about 15 ms a sentence)")
    r = sub.add_parser("report", help="analyse, execute every notebook, write charts and an HTML report")
    add_input_options(r)
    r.add_argument("--out", required=True, type=Path,
                   help="report folder (its report's entries replaced only on success; other reports and files kept)")
    r.add_argument("--jobs", type=int, default=2, help="notebooks (and article batches) run in parallel")
    r.add_argument("--allow-skipped", action="store_true",
                   help="exit 0 when the report is written even if files or rows were skipped (they are still "
                        "listed, on stderr and in problems.csv); without it such a run exits 2")
    r.add_argument("--encoder", action="store_true", help="opt-in: fuse the tone model with the fine-tuned sentence encoder (needs make encoder; about 15 ms a sentence)")
    f = sub.add_parser("fetch", help="download the related articles and statements of the manifest into data/raw")
    f.add_argument("--manifest", type=Path, help="CSV with url,date,outlet,kind,dispute,title,note "
                   "(default data/reference/sources.csv)")
    f.add_argument("--out", type=Path, help="folder for the fetched pages (default data/raw)")
    f.add_argument("--force", action="store_true", help="download again even if a page is already saved")
    f.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server (connect and read)")
    f.add_argument("--max-bytes", type=int, default=5_000_000, help="largest page downloaded")
    f.add_argument("--retries", type=int, default=2, help="retries after a timeout, a dropped connection or a 5xx/429")
    f.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to the same host")
    v = sub.add_parser("validate", help="print the validation figures against the hand labels")
    v.add_argument("--set", choices=["dev", "heldout", "rounds", "all", "agreement"], default="dev",
                   help="dev: data/annotations (used while building the methods); heldout: data/annotations/heldout "
                        "(the newest unseen round); rounds: the earlier held-out rounds in data/annotations/rounds/; "
                        "all: each of them in turn; agreement: a second annotator against the first, beside the "
                        "pipeline against each, on the articles of data/annotations/second_annotator/")
    v.add_argument("--folder", action="append", default=[], metavar="PATH",
                   help="score this gold folder instead (label CSVs + articles/*.txt, as data/annotations); repeatable")
    v.add_argument("--encoder", action="store_true", help="opt-in: fuse the tone model with the fine-tuned sentence encoder (needs make encoder; about 15 ms a sentence)")
    t = sub.add_parser("train", help="fit the speaker model, the stance model, the tone model, the event detector, the event verifier and the date chooser on the gold sets (all but heldout)")
    t.add_argument("--cv", action="store_true", help="first print leave-one-set-out figures (written to data/models/speaker_cv.csv, stance_cv.csv, tone_cv.csv, event_cv.csv)")
    t.add_argument("--out", type=Path, help="stance weights file; the others go beside it (default data/models/stance_weights.csv)")
    t.add_argument("--encoder", action="store_true",
                   help="instead, fine-tune the sentence encoder of the opt-in encoder mode on the tone labels (all gold "
                        "sets but heldout; about fifteen minutes of one core) into data/models/encoder_tone/")
    t.add_argument("--threads", type=int, default=1, help="with --encoder: PyTorch threads (default 1)")
    return parser


def print_agreement() -> int:
    """``validate --set agreement``: the human ceiling beside the pipeline, held-out and training articles apart."""
    from . import agreement

    p = agreement.pairs()
    groups = {"heldout": ["heldout"], "training rounds": agreement.training_sets(p)}
    for name, sets in groups.items():
        if not sets or not p["sentences"]["set"].isin(sets).any():
            continue
        shown = p["sentences"][p["sentences"]["set"].isin(sets)]
        print(f"# {name}: {shown['article'].nunique()} articles, {len(shown)} sentences labelled by both"
              + ("" if name == "heldout" else " (the pipeline was trained on these: its columns are training figures)"))
        print(agreement.figures(p, sets).round(3).to_csv(sep="\t"), end="")
    return 0


def run_train_encoder(args: argparse.Namespace) -> int:
    """``train --encoder``: fine-tune the encoder mode's sentence encoder on every gold set but the held-out one."""
    from . import encoder

    encoder.require_installed()
    encoder.set_enabled(False)  # the training sentences come from the pipeline without the mode
    texts, sides, labels, names = encoder.training_data()
    sets = list(dict.fromkeys(names))
    print(f"encoder: fine-tuning on {len(texts)} tone-labelled sentences of {len(sets)} sets", flush=True)
    out = encoder.fine_tune(texts, sides, labels, args.out.with_name("encoder_tone") if args.out else None,
                            sets=sets, threads=args.threads, log=lambda line: print(line, flush=True))
    print(f"encoder: tuned weights -> {out}")
    return 0


def run_train(args: argparse.Namespace) -> int:
    """Fit the speaker model, the stance model, the tone model, the event detector, the event verifier and the date
    chooser on every gold set but the held-out one; write their files. The speaker model comes first (the others read the sides it gives); the tone
    model reads the cue rules' stance, not the learned one, so the order of the last three does not matter."""
    from . import event_model, speaker_model, stance_model, tone_model, validation

    # the speaker model first: it reads the rules' sides only, and the others learn from the sides it gives
    speaker_rows = speaker_model.training_rows()
    if args.cv:
        figures = speaker_model.cross_validate(speaker_rows, speaker_model.rule_accuracy())
        for f in figures:
            print(f"speaker sides, left out {f['left_out']}: {f['placed']} of {f['speakers']} speakers placed; side "
                  f"gov + platform {f['gov_platform_rules']:.3f} -> {f['gov_platform_model']:.3f}, "
                  f"all {f['all_rules']:.3f} -> {f['all_model']:.3f}")
        print(f"-> {speaker_model.write_cv(figures, args.out.with_name('speaker_cv.csv') if args.out else None)}")
    path = speaker_model.write(speaker_model.fit(speaker_rows),
                               args.out.with_name("speaker_weights.csv") if args.out else None)
    print(f"speaker model: {len(speaker_rows)} speakers the rules left 'other' -> {path}")
    if args.out is None:  # the shipped weights changed: analyse the gold sets again with them
        validation.forget_inputs()
    rows = stance_model.training_rows()
    tone_rows = tone_model.training_rows()
    event_rows = event_model.training_rows()
    # the verifier's rows, the events' leave-one-set-out and the date chooser's rows analyse each set afresh with other
    # event models only, which nothing before the events stage reads: the stages before it run once a set
    # (event_model.reusing_sentence_stages), not five times. The stance and tone models written below change those
    # stages' stance and tone columns, which the events, the verifier's rows and the chooser's rows never read (they
    # read a sentence's text, side, paragraph and offsets)
    with event_model.reusing_sentence_stages():
        return _train_with(args, rows, tone_rows, event_rows)


def _train_with(args: argparse.Namespace, rows: list, tone_rows: list, event_rows: list) -> int:
    """The rest of ``run_train``, from the event verifier's rows on."""
    from . import date_chooser, event_model, event_verifier, stance_model, tone_model

    verifier_rows = event_verifier.training_rows(event_rows)  # pattern events, detector probabilities out of fold
    if args.cv:
        scores = stance_model.cross_validate(rows)
        for name, f1 in scores.items():
            print(f"stance, left out {name}: model macro-F1 {f1:.3f}")
        print(f"-> {stance_model.write_cv(scores, rows, args.out.with_name('stance_cv.csv') if args.out else None)}")
        tones = tone_model.cross_validate(tone_rows)
        for f in tones:
            print(f"tone, left out {f['left_out']}: model accuracy {f['model_accuracy']:.3f}, "
                  f"sentiment_domain {f['domain_accuracy']:.3f}")
        print(f"-> {tone_model.write_cv(tones, args.out.with_name('tone_cv.csv') if args.out else None)}")
        figures = event_model.cross_validate(event_rows, verifier_rows=verifier_rows)
        for f in figures:
            print(f"events, left out {f['left_out']}: F1 {f['patterns_event_f1']:.3f} with patterns alone, "
                  f"{f['with_model_event_f1']:.3f} with the detector, {f['with_verifier_event_f1']:.3f} with the "
                  f"verifier too (dates {f['patterns_date_accuracy']:.3f} -> {f['with_model_date_accuracy']:.3f} -> "
                  f"{f['with_verifier_date_accuracy']:.3f}, side {f['patterns_side_accuracy']:.3f} -> "
                  f"{f['with_model_side_accuracy']:.3f} -> {f['with_verifier_side_accuracy']:.3f})")
        print(f"-> {event_model.write_cv(figures, args.out.with_name('event_cv.csv') if args.out else None)}")
    path = stance_model.write(stance_model.fit(rows), args.out)
    sets = list(dict.fromkeys(r[0] for r in rows))
    print(f"stance model: {len(rows)} labelled sentences from {', '.join(sets)} -> {path}")
    path = tone_model.write(tone_model.fit(tone_rows), args.out.with_name("tone_weights.csv") if args.out else None)
    print(f"tone model: {len(tone_rows)} labelled sentences -> {path}")
    out = args.out.with_name("event_weights.csv") if args.out else None
    model = event_model.fit(event_rows)
    path = event_model.write(model, out, out.with_name("event_sides.csv") if out else None)
    print(f"event detector: {len(model.types)} event types, {len(event_rows)} sentences -> {path}")
    out = args.out.with_name("event_verifier_weights.csv") if args.out else None
    path = event_verifier.write(event_verifier.fit(verifier_rows), out)
    print(f"event verifier: {sum(r['label'] is not None for r in verifier_rows)} pattern events -> {path}")
    # the date chooser last: it learns from the final events (detector and verifier as now written), chooser off
    chooser_rows = date_chooser.training_rows()
    out = args.out.with_name("date_chooser_weights.csv") if args.out else None
    path = date_chooser.write(date_chooser.fit(chooser_rows), out)
    print(f"date chooser: {len(chooser_rows)} candidate windows of matched events -> {path}")
    return 0


def columns_of(args: argparse.Namespace) -> dict[str, str]:
    """Return the configured table columns (corpus field -> column name)."""
    return {k: getattr(args, f"{k}_column") for k in ("text", "date", "title", "url", "outlet", "id")
            if getattr(args, f"{k}_column", None)}


def print_problems(errors: list[str], notices: list[str]) -> int:
    """Print one stderr line per warning and per error; return 2 if there were errors, else 0."""
    for line in notices:
        print(f"warning: {line}", file=sys.stderr)
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    return 2 if errors else 0


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse the readable articles, write the four tables, then report the bad ones."""
    from . import cache, corpus, tables

    loaded = corpus.load_corpus(args.paths, date=args.date, columns=columns_of(args), max_chars=args.max_chars)
    if loaded.articles.empty:
        if not loaded.errors:
            loaded.errors.append(f"{', '.join(args.paths)}: no article files found")
        return print_problems(loaded.errors, loaded.notices)
    data, stats = cache.analyze(loaded.articles, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                                force=args.force, progress=True)
    tables.write_tables(data, args.out)
    print(f"analysed {len(data['articles'])} article(s) ({stats.reused} from the cache): {len(data['sentences'])} "
          f"sentences, {len(data['statements'])} statements, {len(data['events'])} events -> {args.out}"
          + (f"; {len(loaded.errors)} file(s) or row(s) skipped (listed below)" if loaded.errors else ""))
    return print_problems(loaded.errors, loaded.notices)


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def report_summary(result, out: Path) -> str:
    """The last line of ``report``: where the report was written, and how many input problems it lists."""
    shown = f"{out}{'' if str(out).endswith('/') else '/'}"
    line = (f"report on {plural(result.n_articles, 'article')} ({result.stats.reused} from the cache) "
            f"written to {shown}")
    counts = ([plural(len(result.errors), "input problem")] if result.errors else []) \
        + ([plural(len(result.notices), "warning")] if result.notices else [])
    if counts:
        line += f" ({' and '.join(counts)}, see {out / 'problems.csv'})"
    if result.reused:
        line += f"; {', '.join(result.reused)} reused (its inputs are unchanged)"
    return line


def run_report(args: argparse.Namespace) -> int:
    """Build the report folder; bad files are skipped and listed, then one line says where the report is.

    Exit status 2 when files or rows were skipped (0 with ``--allow-skipped``); when no article is readable, or a
    notebook fails, no report is written and the line says the previous one is unchanged."""
    from . import report

    try:
        result = report.run_report(args.paths, args.out, jobs=args.jobs, date=args.date, force=args.force,
                                   columns=columns_of(args), max_chars=args.max_chars, progress=True)
    except (ArticleError, report.ReportError) as err:
        print(f"error: {err}", file=sys.stderr)
        print(f"no report written ({args.out} left as it was)", file=sys.stderr)
        return 1 if isinstance(err, report.ReportError) else 2
    status = print_problems(result.errors, result.notices)
    sys.stderr.flush()
    print(report_summary(result, args.out), flush=True)
    return 0 if args.allow_skipped else status


def run_fetch(args: argparse.Namespace) -> int:
    """Download the manifest's pages; one stderr line per failed URL."""
    from . import fetch, paths

    options = fetch.FetchOptions(timeout=args.timeout, max_bytes=args.max_bytes, retries=args.retries, delay=args.delay)
    result = fetch.fetch_manifest(args.manifest or paths.REFERENCE / "sources.csv", args.out or paths.RAW,
                                  options=options, force=args.force, progress=True)
    print(f"fetched {result.fetched}, already saved {result.cached}, failed {len(result.errors)} -> {result.out}")
    return print_problems(result.errors, result.notices)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    from .report import ReportError

    try:
        if getattr(args, "encoder", False) and args.command != "train":
            from . import encoder

            encoder.set_enabled(True)
            encoder.load()  # fails now, in one line, if the mode cannot run
        if args.command == "analyze":
            return run_analyze(args)
        if args.command == "report":
            return run_report(args)
        if args.command == "fetch":
            return run_fetch(args)
        if args.command == "train":
            return run_train_encoder(args) if args.encoder else run_train(args)
        if args.command == "validate":
            from . import validation

            if args.set == "agreement" and not args.folder:
                return print_agreement()
            sets = validation.gold_sets()
            rounds = [n for n in sets if n not in ("dev", "heldout")]
            chosen = {"dev": ["dev"], "heldout": ["heldout"], "rounds": rounds, "all": list(sets)}[args.set]
            pairs = [(f, f) for f in args.folder] or [(n, sets.get(n, str(validation.HELDOUT))) for n in chosen]
            for name, folder in pairs:
                if folder and not (Path(folder) / "articles").is_dir():
                    raise ArticleError(f"{folder}: not a gold folder (no articles/ folder with the labelled texts)")
                print(f"# {name} set")
                for key, value in validation.all_scores(folder).items():
                    print(f"{key}\t{value:.3f}" if isinstance(value, float) else f"{key}\t{value}")
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except ValueError as err:  # a malformed lexicon or model file: one line naming the file and the problem
        if type(err).__name__ not in ("LexiconError", "ModelError"):
            raise
        print(f"error: {err}", file=sys.stderr)
        return 2
    except ReportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except RuntimeError as err:  # the encoder mode asked for and unable to run (helpers.encoder.EncoderError)
        if type(err).__name__ != "EncoderError":
            raise
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0
