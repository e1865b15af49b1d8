"""The ``sitrep`` command line."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import IO

from sitrep import errors
from sitrep.export import FORMATS, Writer
from sitrep.gazetteer import iso_numeric_codes
from sitrep.models import Article, ArticleResult
from sitrep.pipeline import DEFAULT_MODEL, Pipeline, PipelineOptions
from sitrep.reading import DEFAULT_MAX_ARTICLE_BYTES, ReadOptions, read_inputs
from sitrep.timeparse import parse_published

log = logging.getLogger("sitrep")


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
    extract.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_ARTICLE_BYTES, help="largest accepted article")

    evaluate = commands.add_parser("evaluate", help="score sitrep against human-coded datasets")
    evaluate.add_argument("--data", default="../shared/data", help="folder holding the datasets")
    evaluate.add_argument("--results", default="benchmarks/RESULTS.md", help="file to write figures into")
    evaluate.add_argument("--limit", type=int, default=None, help="rows per dataset (default all)")

    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if args.command == "extract":
        return run_extract(args)
    from sitrep.evaluate import run_evaluation

    return run_evaluation(args.data, args.results, args.limit)


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    bad: int = 0


def run_extract(args: argparse.Namespace) -> int:
    try:
        published = parse_published(args.published, "--published") if args.published else None
    except errors.SitrepError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    options = PipelineOptions(model=args.model, use_ner=not args.no_ner)
    read_options = ReadOptions(published=published, max_bytes=args.max_bytes)
    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "jsonl")
    summary = Summary()
    with ExitStack() as stack:
        out: IO[str] = (
            stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) if args.output else sys.stdout
        )
        try:
            pipeline_results = _results(args.inputs, read_options, options, args.jobs, summary)
            writer = Writer(out, fmt, iso_numeric_codes())
            for result in _with_progress(pipeline_results):
                writer.write(result)
                summary.articles += 1
                summary.events += len(result.events)
            writer.close()
        except errors.ModelNotAvailable as exc:
            print(f"sitrep: {exc}", file=sys.stderr)
            return 2
    print(f"sitrep: {summary.articles} articles, {summary.events} events, {summary.bad} bad records", file=sys.stderr)
    return 0 if summary.articles or not summary.bad else 1


def _records(inputs: list[str], read_options: ReadOptions, summary: Summary) -> Iterator[Article]:
    for record in read_inputs(inputs, read_options):
        if isinstance(record, errors.SitrepError):
            summary.bad += 1
            print(f"sitrep: skipped {record}", file=sys.stderr)
            continue
        yield record


_WORKER: Pipeline | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _WORKER  # one pipeline per worker process, built once
    _WORKER = Pipeline(options)


def _process_in_worker(article: Article) -> ArticleResult:
    assert _WORKER is not None
    return _WORKER.process(article)


def _results(
    inputs: list[str], read_options: ReadOptions, options: PipelineOptions, jobs: int, summary: Summary
) -> Iterator[ArticleResult]:
    articles = _records(inputs, read_options, summary)
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


def _with_progress(results: Iterator[ArticleResult]) -> Iterator[ArticleResult]:
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
