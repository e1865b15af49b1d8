"""The ``sitrep`` command line."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import signal
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import IO

from sitrep import errors
from sitrep.export import FORMATS, STORE_FORMATS, Writer
from sitrep.gazetteer import iso_numeric_codes
from sitrep.models import Article, ArticleResult
from sitrep.pipeline import DEFAULT_MODEL, Pipeline, PipelineOptions
from sitrep.reading import DEFAULT_MAX_ARTICLE_BYTES, ReadOptions, read_inputs
from sitrep.timeparse import parse_published

log = logging.getLogger("sitrep")
_RULES_ONLY_HELP = "do not ask the statistical fallback about sentences the trigger rules find nothing in"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitrep", description="Conflict reporting in, ACLED-style events out.")
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract events from articles (no store)")
    extract.add_argument("inputs", nargs="+", help="files, directories, or - for stdin (txt, html, jsonl, csv, json)")
    extract.add_argument("--published", help="publication date for inputs that carry none (YYYY-MM-DD)")
    extract.add_argument("--format", choices=FORMATS, help="default: table on a terminal, jsonl otherwise")
    extract.add_argument("-o", "--output", help="write to this file instead of stdout")
    extract.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"spaCy model package or path (default {DEFAULT_MODEL})"
    )
    extract.add_argument("--no-ner", action="store_true", help="skip the spaCy stage (faster, less precise places)")
    extract.add_argument("--rules-only", action="store_true", help=_RULES_ONLY_HELP)
    extract.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_ARTICLE_BYTES, help="largest accepted article")

    ingest = commands.add_parser("ingest", help="extract events and store them, merging reports of the same event")
    ingest.add_argument("inputs", nargs="+", help="files, directories, or - for stdin")
    ingest.add_argument("--published", help="publication date for inputs that carry none (YYYY-MM-DD)")
    _store_options(ingest)
    ingest.add_argument("--jobs", type=int, default=1, help="extraction worker processes (default 1)")
    ingest.add_argument("--model", default=DEFAULT_MODEL)
    ingest.add_argument("--no-ner", action="store_true")
    ingest.add_argument("--rules-only", action="store_true", help=_RULES_ONLY_HELP)
    ingest.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_ARTICLE_BYTES)

    listing = commands.add_parser("events", help="list stored events")
    _store_options(listing)
    _filters(listing)
    listing.add_argument("--format", choices=["table", "jsonl"], help="default: table on a terminal, jsonl otherwise")

    export = commands.add_parser("export", help="export stored events")
    _store_options(export)
    _filters(export)
    export.add_argument("--format", choices=STORE_FORMATS, default="acled")
    export.add_argument("-o", "--output", help="file to write (required for parquet)")

    errors_cmd = commands.add_parser("errors", help="list records that failed to ingest")
    _store_options(errors_cmd)

    merge = commands.add_parser("merge", help="recompute merged events from all stored reports")
    _store_options(merge)

    watch = commands.add_parser("watch", help="follow RSS/Atom feeds and/or a directory, ingesting new items")
    _store_options(watch)
    watch.add_argument("--feed", action="append", default=[], help="feed URL (repeatable)")
    watch.add_argument("--dir", help="directory to watch for new files")
    watch.add_argument("--interval", type=float, default=300.0, help="seconds between polls (default 300)")
    watch.add_argument("--once", action="store_true", help="poll once and exit")
    watch.add_argument("--model", default=DEFAULT_MODEL)
    watch.add_argument("--no-ner", action="store_true")
    watch.add_argument("--rules-only", action="store_true", help=_RULES_ONLY_HELP)

    evaluate = commands.add_parser("evaluate", help="score sitrep against human-coded datasets")
    evaluate.add_argument("--data", default="../shared/data", help="folder holding the datasets")
    evaluate.add_argument("--results", default="benchmarks/RESULTS.md", help="file to write figures into")
    evaluate.add_argument("--limit", type=int, default=None, help="rows per dataset (default all)")

    args = parser.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `sitrep export | head` ends quietly
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if args.command == "extract":
        return run_extract(args)
    if args.command in ("ingest", "events", "export", "errors", "merge", "watch"):
        from sitrep import store_cli

        return int(getattr(store_cli, f"run_{args.command}")(args))
    from sitrep.evaluate import run_evaluation

    return run_evaluation(args.data, args.results, args.limit)


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="sitrep.db", help="SQLite file or postgresql://... URL (default ./sitrep.db)")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    parser.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    parser.add_argument("--country", help="country name or ISO3 code")
    parser.add_argument("--admin1", help="first-level area, e.g. Donetsk")
    parser.add_argument("--type", help="event type or sub-event type")
    parser.add_argument("--bbox", help="min_lon,min_lat,max_lon,max_lat")


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    bad: int = 0


def options_from(args: argparse.Namespace) -> tuple[ReadOptions, PipelineOptions]:
    """Reading and pipeline options from the flags `extract` and `ingest` share.
    Raises ``SitrepError`` for a --published value that is not a date."""
    published = parse_published(args.published, "--published") if args.published else None
    return (
        ReadOptions(published=published, max_bytes=args.max_bytes),
        PipelineOptions(model=args.model, use_ner=not args.no_ner, fallback=not args.rules_only),
    )


def run_extract(args: argparse.Namespace) -> int:
    try:
        read_options, options = options_from(args)
    except errors.SitrepError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "jsonl")
    summary = Summary()
    with ExitStack() as stack:
        out: IO[str] = (
            stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) if args.output else sys.stdout
        )
        try:
            pipeline_results = process_inputs(args.inputs, read_options, options, args.jobs, summary)
            writer = Writer(out, fmt, iso_numeric_codes())
            for result in with_progress(pipeline_results):
                writer.write(result)
                summary.articles += 1
                summary.events += len(result.events)
            writer.close()
        except errors.ModelNotAvailable as exc:
            print(f"sitrep: {exc}", file=sys.stderr)
            return 2
    print(f"sitrep: {summary.articles} articles, {summary.events} events, {summary.bad} bad records", file=sys.stderr)
    return 0 if summary.articles or not summary.bad else 1


def _records(
    inputs: list[str], read_options: ReadOptions, summary: Summary, bad: list[errors.SitrepError] | None = None
) -> Iterator[Article]:
    for record in read_inputs(inputs, read_options):
        if isinstance(record, errors.SitrepError):
            summary.bad += 1
            print(f"sitrep: skipped {record}", file=sys.stderr)
            if bad is not None:
                bad.append(record)
            continue
        yield record


_WORKER: Pipeline | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _WORKER  # one pipeline per worker process, built once
    _WORKER = Pipeline(options)


def _process_in_worker(article: Article) -> ArticleResult:
    assert _WORKER is not None
    return _WORKER.process(article)


def process_inputs(
    inputs: list[str],
    read_options: ReadOptions,
    options: PipelineOptions,
    jobs: int,
    summary: Summary,
    bad: list[errors.SitrepError] | None = None,
) -> Iterator[ArticleResult]:
    """Read every input and run the pipeline on each article (in ``jobs`` processes), counting
    bad records in ``summary``; ``sitrep extract`` and ``sitrep ingest`` share it."""
    articles = _records(inputs, read_options, summary, bad)
    if jobs <= 1:
        pipeline = Pipeline(options)
        for article in articles:
            yield _safe_process(pipeline, article, summary)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_process_in_worker, articles, chunksize=8)


def _safe_process(pipeline: Pipeline, article: Article, summary: Summary) -> ArticleResult:
    try:
        return pipeline.process(article)
    except Exception as exc:  # one article's failure never ends the run
        summary.bad += 1
        print(f"sitrep: failed on {article.origin or article.article_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return ArticleResult(article, [])


def with_progress(results: Iterator[ArticleResult]) -> Iterator[ArticleResult]:
    """The results, with a progress bar on a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(), transient=True
    ) as progress:
        task = progress.add_task("extract", total=None)
        for result in results:
            progress.advance(task)
            yield result


if __name__ == "__main__":
    sys.exit(main())
