"""The store's commands: ingest, events, export, errors, merge, watch."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sitrep import errors
from sitrep.cli import Summary, options_from, process_inputs, with_progress
from sitrep.export import print_table, record_as_event, write_store_records
from sitrep.models import Article
from sitrep.pipeline import Pipeline, PipelineOptions
from sitrep.store import Store


def run_ingest(args: argparse.Namespace) -> int:
    try:
        read_options, options = options_from(args)
    except errors.SitrepError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    store = Store(args.db)
    summary = Summary()
    added = replaced = unchanged = 0
    bad: list[errors.SitrepError] = []
    try:
        for result in with_progress(process_inputs(args.inputs, read_options, options, args.jobs, summary, bad)):
            outcome = store.ingest(result)
            summary.articles += 1
            summary.events += outcome.events_new
            added += outcome.status == "added"
            replaced += outcome.status == "replaced"
            unchanged += outcome.status == "unchanged"
            while bad:
                store.record_error(bad.pop(0))
    except errors.ModelNotAvailable as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    for error in bad:
        store.record_error(error)
    counts = store.counts()
    print(
        f"sitrep: {summary.articles} articles read ({added} added, {replaced} replaced, {unchanged} already stored), "
        f"{summary.bad} bad records; the store holds {counts['articles']} articles and {counts['events']} events",
        file=sys.stderr,
    )
    return 0


def _where(args: argparse.Namespace) -> Any:
    def build(c: Any) -> Any:
        from sqlalchemy import and_, or_, true

        clauses: list[Any] = [true()]
        if args.since:
            clauses.append(c.event_date >= args.since)
        if args.until:
            clauses.append(c.event_date <= args.until)
        if args.country:
            clauses.append(or_(c.iso3 == args.country.upper(), c.country == args.country))
        if args.admin1:
            clauses.append(c.admin1 == args.admin1)
        if args.type:
            clauses.append(or_(c.event_type == args.type, c.sub_event_type == args.type))
        if args.bbox:
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in args.bbox.split(","))
            clauses += [c.longitude >= min_lon, c.longitude <= max_lon, c.latitude >= min_lat, c.latitude <= max_lat]
        return and_(*clauses)

    return build


def run_events(args: argparse.Namespace) -> int:
    records = list(Store(args.db).iter_events(_where(args)))
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt == "table":
        print_table(
            [record_as_event(r) for r in records], sys.stdout, sources=[r.get("source_count", 1) for r in records]
        )
    else:
        write_store_records(records, "jsonl", None, sys.stdout)
    return 0


def run_export(args: argparse.Namespace) -> int:
    records = list(Store(args.db).iter_events(_where(args)))
    if args.format == "parquet" and not args.output:
        print("sitrep: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    if args.output and args.format != "parquet":
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            write_store_records(records, args.format, args.output, out)
    else:
        write_store_records(records, args.format, args.output, sys.stdout)
    print(f"sitrep: exported {len(records)} events", file=sys.stderr)
    return 0


def run_errors(args: argparse.Namespace) -> int:
    rows = Store(args.db).errors()
    for row in rows:
        print(f"{row['at']}  {row['code']}  {row['message']}")
    print(f"sitrep: {len(rows)} errors", file=sys.stderr)
    return 0


def run_merge(args: argparse.Namespace) -> int:
    count = Store(args.db).remerge()
    print(f"sitrep: {count} events after merging", file=sys.stderr)
    return 0


def run_watch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sitrep.watch import Watcher

    if not args.feed and not args.dir:
        print("sitrep: watch needs --feed URL and/or --dir PATH", file=sys.stderr)
        return 2
    store = Store(args.db)
    pipeline = Pipeline(PipelineOptions(model=args.model, use_ner=not args.no_ner, fallback=not args.rules_only))

    def ingest(article: Article) -> None:
        outcome = store.ingest(pipeline.process(article))
        print(f"sitrep: {article.origin}: {outcome.status}, {outcome.events_new} new events", file=sys.stderr)

    watcher = Watcher(
        args.feed, Path(args.dir) if args.dir else None, ingest, store.seen, store.mark_seen, store.record_error
    )
    watcher.run(args.interval, max_polls=1 if args.once else None)
    return 0


__all__ = ["run_errors", "run_events", "run_export", "run_ingest", "run_merge", "run_watch"]
