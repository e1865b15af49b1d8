"""The event store on SQLite and on a real PostgreSQL server: idempotent ingest, updates,
merging reports across outlets, errors, exports."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pyarrow.parquet as pq
import pytest
from sqlalchemy import create_engine, text

from sitrep import errors
from sitrep.export import ACLED_COLUMNS, write_store_records
from sitrep.models import Article
from sitrep.store import MIGRATIONS, Store

PUBLISHED = date(2023, 3, 7)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, postgres_url_factory):
    if request.param == "sqlite":
        return Store(str(tmp_path / "events.db"))
    return Store(postgres_url_factory())


@pytest.fixture
def postgres_url_factory(request):
    def make() -> str:
        # A fresh database per test on the session's server.
        url = request.getfixturevalue("postgres_url")
        name = "t" + uuid.uuid4().hex[:12]
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        return url.rsplit("/", 1)[0] + "/" + name

    return make


def _article(article_id, body, url=None, outlet="Wire", published=PUBLISHED):
    return Article(article_id, body, published=published, url=url, outlet=outlet)


def test_migrations_are_recorded(store):
    assert store.migrations() == [name for name, _ in MIGRATIONS]
    assert store.migrate() == []  # nothing left to apply


def test_same_article_twice_adds_nothing(store, pipeline):
    article = _article(
        "a", "Russian forces shelled Kupiansk on Monday, killing three civilians.", "https://a.example/1"
    )
    assert store.ingest(pipeline.process(article)).status == "added"
    before = store.counts()
    assert store.ingest(pipeline.process(article)).status == "unchanged"
    # Same text under another URL is the same article too.
    copy = _article("a-copy", article.text, "https://mirror.example/1")
    assert store.ingest(pipeline.process(copy)).status == "unchanged"
    assert store.counts() == before


def test_updated_article_replaces_its_own_contributions(store, pipeline):
    url = "https://a.example/toll"
    store.ingest(
        pipeline.process(_article("a", "Russian forces shelled Kupiansk on Monday, killing three civilians.", url))
    )
    outcome = store.ingest(
        pipeline.process(_article("a", "Russian forces shelled Izium on Monday, killing five civilians.", url))
    )
    assert outcome.status == "replaced"
    stored = list(store.iter_events())
    assert [(e["location"], e["fatalities"]) for e in stored] == [("Izium", 5)]
    assert store.counts()["articles"] == 1


def test_three_outlets_one_event_with_all_sources_and_the_range(store, pipeline):
    reports = [
        _article(
            "w1",
            "Russian missiles struck Kupiansk on Monday, killing at least three civilians, officials said.",
            "https://w1.example/x",
            "Wire One",
        ),
        _article(
            "w2",
            "A Russian missile strike on Kupiansk in the Kharkiv region killed five people on Monday.",
            "https://w2.example/y",
            "Wire Two",
            date(2023, 3, 8),
        ),
        _article(
            "w3",
            "Overnight shelling of Kupiansk killed four people, the governor said on Tuesday.",
            "https://w3.example/z",
            "Wire Three",
            date(2023, 3, 7),
        ),
        # Near misses: another town the same day, the same town a week later.
        _article(
            "w4", "Russian missiles struck Izium on Monday, killing two civilians.", "https://w4.example/a", "Wire Four"
        ),
        _article(
            "w5",
            "Russian missiles struck Kupiansk on 14 March, killing one civilian.",
            "https://w5.example/b",
            "Wire Five",
            date(2023, 3, 15),
        ),
    ]
    for article in reports:
        store.ingest(pipeline.process(article))
    stored = {e["location"] + " " + e["event_date"]: e for e in store.iter_events()}
    kupiansk = next(e for key, e in stored.items() if key.startswith("Kupiansk 2023-03-0"))
    assert kupiansk["source_count"] == 3
    assert {s["outlet"] for s in kupiansk["sources"]} == {"Wire One", "Wire Two", "Wire Three"}
    assert (kupiansk["fatalities"], kupiansk["fatalities_high"]) == (3, 5)
    assert len(stored) == 3


def test_remerge_is_deterministic_whatever_the_arrival_order(tmp_path, pipeline):
    texts = [
        ("r1", "Russian forces shelled Kherson on Friday, killing two people.", "https://r.example/1"),
        ("r2", "Two people died in Russian shelling of Kherson on Friday.", "https://r.example/2"),
        ("r3", "Ukrainian troops repelled an assault near Avdiivka on Friday.", "https://r.example/3"),
    ]
    results = [pipeline.process(_article(i, t, u, published=date(2023, 3, 11))) for i, t, u in texts]
    first, second = Store(str(tmp_path / "one.db")), Store(str(tmp_path / "two.db"))
    for result in results:
        first.ingest(result)
    for result in reversed(results):
        second.ingest(result)
    assert first.remerge() == second.remerge() == 2
    assert first.remerge() == 2

    def snapshot(s):
        return sorted((e["event_id"], e["source_count"], e["fatalities"]) for e in s.iter_events())

    assert snapshot(first) == snapshot(second)


def test_failed_records_go_to_the_error_table_once(store):
    failure = errors.MalformedRecord("malformed JSON", record="feed.jsonl:4")
    store.record_error(failure)
    store.record_error(failure)
    rows = store.errors()
    assert len(rows) == 1 and rows[0]["origin"] == "feed.jsonl:4" and rows[0]["code"] == "E004"


def test_exports(store, pipeline, tmp_path):
    store.ingest(
        pipeline.process(
            _article(
                "x", "Russian forces shelled Kherson on Monday, killing two civilians.", "https://x.example/1", "Wire X"
            )
        )
    )
    store.ingest(pipeline.process(_article("y", "Protesters rallied in Tbilisi on Saturday.", "https://y.example/1")))
    records = list(store.iter_events())
    parquet = tmp_path / "events.parquet"
    write_store_records(records, "parquet", str(parquet), None)  # type: ignore[arg-type]
    table = pq.read_table(parquet)
    assert table.num_rows == 2 and "event_id" in table.column_names
    import io

    out = io.StringIO()
    write_store_records(records, "acled", None, out)
    lines = out.getvalue().splitlines()
    assert lines[0].split(",") == ACLED_COLUMNS and len(lines) == 3
    out = io.StringIO()
    write_store_records(records, "geojson", None, out)
    assert len(json.loads(out.getvalue())["features"]) == 2
