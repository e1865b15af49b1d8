"""Kill an ingest with SIGKILL halfway, run it again: every article stored exactly once and
nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

TOWNS = ["Kharkiv", "Kherson", "Odesa", "Dnipro", "Sumy", "Izium", "Kupiansk", "Bakhmut", "Avdiivka", "Nikopol"]


def _corpus(path, count):
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            town = TOWNS[i % len(TOWNS)]
            text = (
                f"Russian forces shelled {town} on day {i} of the month, killing {i % 7 + 1} civilians, "
                f"officials said. Report number {i}."
            )
            handle.write(
                json.dumps(
                    {"id": f"n{i}", "text": text, "published": "2023-03-09", "url": f"https://crash.example/{i}"}
                )
                + "\n"
            )


def _count(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _ingest(*args):
    return [sys.executable, "-m", "sitrep", "ingest", *args, "--no-ner"]


def test_sigkill_mid_ingest_then_rerun_stores_each_article_once(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 400)
    db = tmp_path / "store.db"
    process = subprocess.Popen(
        _ingest(str(corpus), "--db", str(db)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            stored = _count(db, "articles") if db.exists() else 0
        except sqlite3.OperationalError:
            continue  # the schema is being created
        if stored >= 30:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 30 <= stored < 400, "the kill must land in the middle of the ingest"

    with sqlite3.connect(db) as conn:
        # Nothing half-written: every stored article has its event source, every source its event.
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.article_uid = a.article_uid)"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = s.event_id)"
            ).fetchone()[0]
            == 0
        )

    rerun = subprocess.run(_ingest(str(corpus), "--db", str(db)), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db, "articles") == 400
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(DISTINCT url) FROM articles").fetchone()[0] == 400
        assert conn.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0] == 400

    clean = tmp_path / "clean.db"
    subprocess.run(_ingest(str(corpus), "--db", str(clean)), capture_output=True, timeout=600, check=True)
    assert _count(clean, "events") == _count(db, "events")
