"""Throughput and memory of the full sitrep pipeline against a spaCy-only baseline.

    python benchmarks/throughput.py --data ../shared/data

The stream is real news: the WikiEvents articles and the MUC-4 newswire (re-cased to sentence
case), most of whose sentences report no event. Every configuration runs in its own process,
in the same run, so that the ratio to the baseline is measured under the same machine load:

- baseline: ``nlp.pipe`` over the same texts with the same spaCy model and its full default
  pipeline (what a spaCy-based extractor pays before doing anything of its own);
- sitrep: ``Pipeline.process`` on every article (reading excluded, everything else included).

Peak RSS is the largest summed resident memory of the process and its workers, sampled every
20 ms. Model loading is timed apart from processing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- throughput:begin -->"
END = "<!-- throughput:end -->"


def load_texts(data: Path, limit: int | None) -> list[str]:
    texts: list[str] = []
    for name in ("dev.jsonl", "test.jsonl"):
        path = data / "wikievents" / name
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    for name in ("train.json", "dev.json", "test.json"):
        path = data / "conflibert_eval" / "muc4" / name
        if path.exists():
            texts += [_sentence_case(doc["doc"]) for doc in json.loads(path.read_text(encoding="utf-8")).values()]
    if not texts:
        raise SystemExit(f"no benchmark texts under {data} (needs wikievents/ or conflibert_eval/muc4/)")
    return texts[:limit] if limit else texts


def _sentence_case(text: str) -> str:
    return re.sub(r"(^|[.!?]\s+|\n\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.lower())


# --- worker side -------------------------------------------------------------------------------


def _sitrep_one(text: str) -> int:
    from datetime import date

    from sitrep.models import Article

    assert _PIPELINE is not None
    return len(_PIPELINE.process(Article("b", text, published=date(2023, 3, 9))).events)


_PIPELINE = None


def _init_sitrep() -> None:
    global _PIPELINE  # one pipeline per worker process
    from sitrep.pipeline import Pipeline

    _PIPELINE = Pipeline()


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))


def run_gazetteer_load() -> dict:
    """Load the gazetteer in this fresh process; the baseline reads and splits the same files'
    lines, which any loader must do, so the ratio is the price of building the indexes."""
    from sitrep.gazetteer import Gazetteer
    from sitrep.lexicon import data_path

    names = ("gazetteer.tsv", "admin1.tsv", "countries.tsv", "sites.tsv")
    started = time.perf_counter()
    for name in names:
        [line.split("\t") for line in data_path(name).read_text(encoding="utf-8").splitlines()]
    read = time.perf_counter() - started
    before = _rss_kb()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    loaded = time.perf_counter() - started
    return {"read_s": read, "load_s": loaded, "rss_mb": (_rss_kb() - before) / 1024, "towns": len(gazetteer.towns)}


def run_worker(mode: str, jobs: int, data: Path, limit: int | None) -> dict:
    if mode == "gazetteer":
        return run_gazetteer_load()
    texts = load_texts(data, limit)
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    if mode == "spacy":
        import spacy

        from sitrep.pipeline import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)
        loaded = time.perf_counter()
        for _ in nlp.pipe(texts, n_process=jobs, batch_size=32):
            pass
        events = None
    else:
        if jobs == 1:
            _init_sitrep()
            geocoding = _time_geocoding()
            loaded = time.perf_counter()
            events = sum(_sitrep_one(t) for t in texts)
        else:
            import multiprocessing

            with multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_sitrep) as pool:
                pool.apply(time.sleep, (0,))  # workers up and pipelines built before timing
                loaded = time.perf_counter()
                events = sum(pool.imap(_sitrep_one, texts, chunksize=16))
    finished = time.perf_counter()
    return {
        "articles": len(texts),
        "words": words,
        "load_s": loaded - started,
        "process_s": finished - loaded,
        "events": events,
        "geocoding_s": geocoding[0] if mode == "sitrep" and jobs == 1 else None,
    }


def _time_geocoding() -> list[float]:
    """Wrap the geocoding steps the pipeline calls (finding place names, resolving them, the
    article's context) with a timer; returns the one-element list the time accumulates in."""
    import functools

    from sitrep import events, geocode, pipeline

    spent = [0.0]

    def timed(function):  # type: ignore[no-untyped-def]
        @functools.wraps(function)
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - began

        return wrapper

    pipeline.find_place_mentions = timed(geocode.find_place_mentions)
    pipeline.drop_strays = timed(geocode.drop_strays)
    events.resolve = timed(geocode.resolve)
    from_mentions = geocode.GeoContext.from_mentions.__func__  # type: ignore[attr-defined]
    geocode.GeoContext.from_mentions = classmethod(timed(from_mentions))  # type: ignore[method-assign,assignment]
    return spent


# --- parent side -------------------------------------------------------------------------------


def _tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    stack += [int(child) for child in handle.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(mode: str, jobs: int, data: Path, limit: int | None) -> dict:
    command = [sys.executable, __file__, "--worker", mode, "--jobs", str(jobs), "--data", str(data)]
    if limit:
        command += ["--limit", str(limit)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{mode} x{jobs} failed")
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_rss_mb"] = peak / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--worker", choices=["spacy", "sitrep", "gazetteer"], help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_worker(args.worker, args.jobs, args.data, args.limit)))
        return

    rows = []
    for jobs in (1, 2):
        for mode in ("spacy", "sitrep"):
            result = measure(mode, jobs, args.data, args.limit)
            rows.append((mode, jobs, result))
            print(
                f"{mode} x{jobs}: {result['articles'] / result['process_s']:.1f} articles/s, "
                f"{result['words'] / result['process_s']:.0f} words/s, peak {result['peak_rss_mb']:.0f} MB",
                file=sys.stderr,
            )
    with tempfile.TemporaryDirectory() as cache:
        # The first load in an empty cache builds the towns' index; later ones read it.
        os.environ["SITREP_CACHE_DIR"] = cache
        cold = measure("gazetteer", 1, args.data, None)
        loads = sorted((measure("gazetteer", 1, args.data, None) for _ in range(5)), key=lambda r: r["load_s"])
    print(
        f"gazetteer load: {loads[2]['load_s']:.2f} s (median of 5), {loads[2]['rss_mb']:.0f} MB; "
        f"first load, building the index: {cold['load_s']:.2f} s",
        file=sys.stderr,
    )
    write(args, rows, loads, cold)


def write(args: argparse.Namespace, rows: list[tuple[str, int, dict]], loads: list[dict], cold: dict) -> None:
    from sitrep.evaluate import write_results

    first = rows[0][2]
    command = (
        "python benchmarks/throughput.py --data " + str(args.data) + (f" --limit {args.limit}" if args.limit else "")
    )
    lines = [
        BEGIN,
        "## Throughput and memory",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} with `{command}` on "
        f"{os.cpu_count()} cores: {first['articles']} news articles, {first['words']} words (WikiEvents + MUC-4).",
        "",
        "| pipeline | processes | articles/s | words/s | ratio to spaCy baseline | model load s | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    baseline = {jobs: result["process_s"] for mode, jobs, result in rows if mode == "spacy"}
    for mode, jobs, result in rows:
        speed = result["articles"] / result["process_s"]
        ratio = baseline[jobs] / result["process_s"]
        name = "spaCy only (nlp.pipe, full default pipeline)" if mode == "spacy" else "sitrep full pipeline"
        lines.append(
            f"| {name} | {jobs} | {speed:.1f} | {result['words'] / result['process_s']:.0f} | {ratio:.2f}x | "
            f"{result['load_s']:.1f} | {result['peak_rss_mb']:.0f} |"
        )
    lines += ["", "Ratio > 1 means faster than the baseline measured in the same run."]
    single = next(result for mode, jobs, result in rows if mode == "sitrep" and jobs == 1)
    if single.get("geocoding_s") is not None:
        share = single["geocoding_s"] / single["process_s"]
        lines += [
            "",
            f"Geocoding (finding place names, resolving them in the article's context) took "
            f"{single['geocoding_s']:.1f} s of the single-process sitrep run's {single['process_s']:.1f} s: "
            f"**{share:.1%}** of the pipeline's time (target: under 10%).",
        ]
    median = loads[len(loads) // 2]
    lines += [
        "",
        f"Loading the gazetteer in a fresh process (median of {len(loads)}): **{median['load_s']:.2f} s** and "
        f"**{median['rss_mb']:.0f} MB** (target: under 0.5 s and 200 MB); "
        f"{median['load_s'] / median['read_s']:.1f}x the time to read and split the same files' lines "
        f"({median['read_s']:.2f} s) in the same process. The first load on a machine builds the index of "
        f"town names and keeps it in the cache directory (see the README): {cold['load_s']:.2f} s.",
    ]
    lines.append(END)
    section = "\n".join(lines)
    write_results(args.results, section, BEGIN, END)


if __name__ == "__main__":
    main()
