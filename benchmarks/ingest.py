"""How much the store and merge steps add to extraction, ingesting 10,000 articles into SQLite.

    python benchmarks/ingest.py --data ../shared/data [--articles 10000]

Texts: the WikiEvents articles and MUC-4 newswire (as in throughput.py), repeated with a
numbered line so that every article is distinct, each with its own URL and a publication date
spread over 60 days. Extraction (Pipeline.process) is timed first; then the same results are
stored (Store.ingest: identity check, merge search, inserts, one transaction per article).
Both are measured in the same process and run, so the ratio is not skewed by machine load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import ROOT, load_texts  # noqa: E402

from sitrep.evaluate import write_results  # noqa: E402
from sitrep.models import Article  # noqa: E402
from sitrep.pipeline import Pipeline  # noqa: E402
from sitrep.store import Store  # noqa: E402

BEGIN = "<!-- ingest:begin -->"
END = "<!-- ingest:end -->"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()

    texts = load_texts(args.data, None)
    articles = [
        Article(
            f"b{i}",
            f"{texts[i % len(texts)]}\n\nReport {i}.",
            published=date(2023, 1, 1) + timedelta(days=i % 60),
            url=f"https://bench.example/{i}",
            outlet=f"Outlet {i % 7}",
        )
        for i in range(args.articles)
    ]
    pipeline = Pipeline()
    started = time.perf_counter()
    results = [pipeline.process(article) for article in articles]
    extraction = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "bench.db"))
        started = time.perf_counter()
        for result in results:
            store.ingest(result)
        storing = time.perf_counter() - started
        counts = store.counts()
    ratio = storing / extraction
    print(
        f"extraction {extraction:.1f} s, store+merge {storing:.1f} s ({ratio:.1%} of extraction); {counts}",
        file=sys.stderr,
    )
    lines = [
        BEGIN,
        "## Ingest: store and merge cost",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} with `python benchmarks/ingest.py --data {args.data} --articles {args.articles}`: "
        f"{args.articles} articles into SQLite, one process.",
        "",
        "| step | seconds | per article (ms) |",
        "|---|---|---|",
        f"| extraction (Pipeline.process) | {extraction:.1f} | {1000 * extraction / args.articles:.1f} |",
        f"| store + merge (Store.ingest) | {storing:.1f} | {1000 * storing / args.articles:.1f} |",
        "",
        f"Store and merge add **{ratio:.1%}** to extraction time (target: under 15%). The store then held "
        f"{counts['articles']} articles, {counts['events']} events from {counts['event_sources']} reports.",
        END,
    ]
    section = "\n".join(lines)
    write_results(args.results, section, BEGIN, END)


if __name__ == "__main__":
    main()
