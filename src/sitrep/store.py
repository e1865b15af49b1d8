"""The event store: SQLite by default, PostgreSQL through the same SQLAlchemy Core code.

One transaction per article, so a run killed at any moment leaves every article either fully
stored or not at all. Articles are identified by URL, or by their normalised text when they
have none: the same article ingested again adds nothing, and an updated article (same URL, new
text) replaces its own contributions. Schema changes are named migrations recorded in
``schema_migrations``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from sitrep import errors
from sitrep.merge import DATE_TOLERANCE_DAYS, cluster, load_sides, merged_record, same_event
from sitrep.models import ArticleResult

log = logging.getLogger(__name__)

metadata = MetaData()
schema_migrations = Table(
    "schema_migrations", metadata, Column("name", String(100), primary_key=True), Column("applied_at", String(40))
)
articles = Table(
    "articles",
    metadata,
    Column("article_uid", String(40), primary_key=True),
    Column("article_id", Text, nullable=False),
    Column("url", Text, index=True),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("origin", Text),
    Column("credited_sources", Text),
    Column("ingested_at", String(40)),
)
events = Table(
    "events",
    metadata,
    Column("event_id", String(60), primary_key=True),
    Column("event_date", String(10), index=True),
    Column("time_precision", Integer),
    Column("event_type", String(40), index=True),
    Column("sub_event_type", String(60)),
    Column("country", Text),
    Column("iso3", String(3), index=True),
    Column("admin1", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("source_count", Integer),
    Column("record", Text, nullable=False),
)
event_sources = Table(
    "event_sources",
    metadata,
    Column("source_event_id", String(120), primary_key=True),
    Column("event_id", String(60), ForeignKey("events.event_id"), nullable=False, index=True),
    Column("article_uid", String(40), ForeignKey("articles.article_uid"), nullable=False, index=True),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("fatalities", Integer),
    Column("record", Text, nullable=False),
)
claims = Table(
    "claims",
    metadata,
    Column("claim_id", String(120), primary_key=True),
    Column("article_uid", String(40), ForeignKey("articles.article_uid"), nullable=False, index=True),
    Column("claimant", Text),
    Column("stance", String(20)),
    Column("record", Text, nullable=False),
)
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_event_id", String(120), ForeignKey("event_sources.source_event_id"), nullable=False, index=True),
    Column("field", String(40)),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
)
ingest_errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text),
    Column("code", String(10)),
    Column("message", Text),
    Column("at", String(40)),
)
feed_items = Table(
    "feed_items",
    metadata,
    Column("feed", Text, primary_key=True),
    Column("item_id", Text, primary_key=True),
    Column("seen_at", String(40)),
)
Index("events_place_date", events.c.iso3, events.c.event_date)

# Named migrations, applied in order and recorded; a new schema change is a new entry here.
MIGRATIONS: list[tuple[str, list[Table]]] = [
    ("0001_initial", [articles, events, event_sources, claims, evidence, ingest_errors]),
    ("0002_feed_items", [feed_items]),
]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).lower().encode("utf-8")).hexdigest()


@dataclass
class IngestOutcome:
    status: str  # added, unchanged, replaced
    events_new: int = 0
    events_merged: int = 0


class Store:
    def __init__(self, url: str) -> None:
        if "://" not in url:
            url = f"sqlite:///{url}"
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        self.sides = load_sides()
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    def migrate(self) -> list[str]:
        applied: list[str] = []
        with self.engine.begin() as conn:
            schema_migrations.create(conn, checkfirst=True)
            done = set(conn.execute(select(schema_migrations.c.name)).scalars())
            for name, tables in MIGRATIONS:
                if name in done:
                    continue
                for table in tables:
                    table.create(conn, checkfirst=True)
                conn.execute(insert(schema_migrations).values(name=name, applied_at=_now()))
                applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(schema_migrations.c.name).order_by(schema_migrations.c.name)).scalars())

    # -- ingest ---------------------------------------------------------------------------------

    def ingest(self, result: ArticleResult) -> IngestOutcome:
        article = result.article
        digest = text_hash(article.text)
        uid = hashlib.sha1((article.url or f"text:{digest}").encode("utf-8")).hexdigest()[:20]
        with self.engine.begin() as conn:
            existing = (
                conn.execute(select(articles).where((articles.c.article_uid == uid) | (articles.c.text_hash == digest)))
                .mappings()
                .first()
            )
            if existing is not None and (existing["text_hash"] == digest or existing["article_uid"] != uid):
                return IngestOutcome("unchanged")
            status = "added"
            if existing is not None:
                self._remove_article(conn, uid)
                status = "replaced"
            conn.execute(
                insert(articles).values(
                    article_uid=uid,
                    article_id=article.article_id,
                    url=article.url,
                    text_hash=digest,
                    title=article.title,
                    outlet=article.outlet,
                    published=article.published.isoformat() if article.published else None,
                    origin=article.origin,
                    credited_sources=json.dumps(result.credited_sources),
                    ingested_at=_now(),
                )
            )
            outcome = IngestOutcome(status)
            for item in result.events:
                record = item.to_dict()
                source_id = f"{uid}:{item.event_id}"
                target = self._find_match(conn, record)
                if target is None:
                    event_id = "E" + hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:16]
                    conn.execute(insert(events).values(event_id=event_id, record="{}"))
                    outcome.events_new += 1
                else:
                    event_id = target
                    outcome.events_merged += 1
                conn.execute(
                    insert(event_sources).values(
                        source_event_id=source_id,
                        event_id=event_id,
                        article_uid=uid,
                        outlet=article.outlet,
                        url=article.url,
                        published=record.get("published"),
                        fatalities=record.get("fatalities"),
                        record=json.dumps(record, ensure_ascii=False),
                    )
                )
                if item.evidence:
                    conn.execute(
                        insert(evidence),
                        [
                            {
                                "source_event_id": source_id,
                                "field": e.field,
                                "start": e.start,
                                "end": e.end,
                                "text": e.text,
                            }
                            for e in item.evidence
                        ],
                    )
                self._refresh(conn, event_id)
            for claim in result.claims:
                conn.execute(
                    insert(claims).values(
                        claim_id=f"{uid}:{claim.claim_id}",
                        article_uid=uid,
                        claimant=claim.claimant,
                        stance=claim.stance,
                        record=json.dumps(claim.to_dict(), ensure_ascii=False),
                    )
                )
        return outcome

    def record_error(self, error: errors.SitrepError) -> None:
        """Store a failed record once: ingesting the same bad file again adds no second row."""
        with self.engine.begin() as conn:
            known = conn.execute(
                select(ingest_errors.c.id).where(
                    and_(ingest_errors.c.origin == error.record, ingest_errors.c.message == str(error))
                )
            ).first()
            if known is None:
                conn.execute(
                    insert(ingest_errors).values(origin=error.record, code=error.code, message=str(error), at=_now())
                )

    def _find_match(self, conn: Connection, record: dict[str, Any]) -> str | None:
        """The stored event this report is about, if any. SQL narrows the search to events of
        the same country, nearby dates and nearby coordinates (or the same area for region-level
        reports); ``merge.same_event`` decides."""
        if not record.get("event_date") or not record.get("iso3"):
            return None
        day = date.fromisoformat(record["event_date"])
        window = timedelta(
            days=DATE_TOLERANCE_DAYS[3] if (record.get("time_precision") or 1) == 3 else DATE_TOLERANCE_DAYS[2]
        )
        conditions = [
            events.c.iso3 == record["iso3"],
            events.c.event_date >= (day - window).isoformat(),
            events.c.event_date <= (day + window).isoformat(),
        ]
        if (record.get("geo_precision") or 3) <= 2 and record.get("latitude") is not None:
            # 0.25 degrees of latitude is ~28 km, more than SAME_PLACE_KM in every direction.
            conditions += [
                events.c.geo_precision <= 2,
                events.c.latitude.between(record["latitude"] - 0.25, record["latitude"] + 0.25),
                events.c.longitude.between(record["longitude"] - 0.4, record["longitude"] + 0.4),
            ]
        else:
            conditions.append(events.c.geo_precision == 3)
        rows = conn.execute(
            select(events.c.event_id, events.c.record).where(and_(*conditions)).order_by(events.c.event_id)
        ).all()
        for event_id, stored in rows:
            if same_event(record, json.loads(stored), self.sides):
                return str(event_id)
        return None

    def _refresh(self, conn: Connection, event_id: str) -> None:
        sources = [
            json.loads(r)
            for r in conn.execute(select(event_sources.c.record).where(event_sources.c.event_id == event_id)).scalars()
        ]
        if not sources:
            conn.execute(delete(events).where(events.c.event_id == event_id))
            return
        merged = merged_record(sources)
        merged["event_id"] = event_id
        conn.execute(
            update(events)
            .where(events.c.event_id == event_id)
            .values(
                event_date=merged.get("event_date"),
                time_precision=merged.get("time_precision"),
                event_type=merged.get("event_type"),
                sub_event_type=merged.get("sub_event_type"),
                country=merged.get("country"),
                iso3=merged.get("iso3"),
                admin1=merged.get("admin1"),
                location=merged.get("location"),
                latitude=merged.get("latitude"),
                longitude=merged.get("longitude"),
                geo_precision=merged.get("geo_precision"),
                fatalities=merged.get("fatalities"),
                source_count=merged["source_count"],
                record=json.dumps(merged, ensure_ascii=False),
            )
        )

    def _remove_article(self, conn: Connection, uid: str) -> None:
        touched = list(
            conn.execute(select(event_sources.c.event_id).where(event_sources.c.article_uid == uid)).scalars()
        )
        source_ids = select(event_sources.c.source_event_id).where(event_sources.c.article_uid == uid)
        conn.execute(delete(evidence).where(evidence.c.source_event_id.in_(source_ids)))
        conn.execute(delete(event_sources).where(event_sources.c.article_uid == uid))
        conn.execute(delete(claims).where(claims.c.article_uid == uid))
        conn.execute(delete(articles).where(articles.c.article_uid == uid))
        for event_id in sorted(set(touched)):
            self._refresh(conn, event_id)

    # -- re-merging -----------------------------------------------------------------------------

    def remerge(self) -> int:
        """Recompute every event from all stored reports, in a fixed order: the same store always
        gives the same events, whatever order its articles arrived in. Returns the event count."""
        with self.engine.begin() as conn:
            rows = conn.execute(select(event_sources.c.source_event_id, event_sources.c.record)).all()
            records = []
            for source_id, raw in rows:
                record = json.loads(raw)
                record["event_id"] = source_id
                records.append(record)
            groups = cluster(records, self.sides)
            existing = set(conn.execute(select(events.c.event_id)).scalars())
            for group in groups:
                event_id = "E" + hashlib.sha1(min(r["event_id"] for r in group).encode("utf-8")).hexdigest()[:16]
                if event_id not in existing:
                    conn.execute(insert(events).values(event_id=event_id, record="{}"))
                    existing.add(event_id)
                conn.execute(
                    update(event_sources)
                    .where(event_sources.c.source_event_id.in_([r["event_id"] for r in group]))
                    .values(event_id=event_id)
                )
            used = select(event_sources.c.event_id).distinct()
            conn.execute(delete(events).where(events.c.event_id.not_in(used)))
            for event_id in sorted(conn.execute(select(events.c.event_id)).scalars()):
                self._refresh(conn, event_id)
            return len(groups)

    # -- reading --------------------------------------------------------------------------------

    def iter_events(self, where: Callable[[Any], Any] | None = None) -> Iterator[dict[str, Any]]:
        query = select(events.c.record).order_by(events.c.event_date, events.c.event_id)
        if where is not None:
            query = query.where(where(events.c))
        with self.engine.connect() as conn:
            for raw in conn.execute(query).scalars():
                yield json.loads(raw)

    def errors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(ingest_errors).order_by(ingest_errors.c.id)).mappings()]

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in (articles, events, event_sources, claims, ingest_errors)
            }

    # -- feeds ----------------------------------------------------------------------------------

    def seen(self, feed: str, item_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(feed_items.c.item_id).where(and_(feed_items.c.feed == feed, feed_items.c.item_id == item_id))
                ).first()
                is not None
            )

    def mark_seen(self, feed: str, item_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(feed_items).values(feed=feed, item_id=item_id, seen_at=_now()))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL keeps readers unblocked during ingest; a killed writer leaves the last transaction
    # either committed or absent.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
