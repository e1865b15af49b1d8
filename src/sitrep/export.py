"""Writing events: JSON Lines, JSON, ACLED-style CSV, GeoJSON and a terminal table."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from typing import IO, Any

from sitrep.models import ArticleResult, Claim, Event

FORMATS = ("jsonl", "json", "acled", "geojson", "table", "claims")
CLAIM_COLUMNS = [
    "claim_id",
    "article_id",
    "claimant",
    "claimant_type",
    "stance",
    "reporting_verb",
    "quote",
    "paraphrase",
    "about_event_ids",
    "denies",
    "start",
    "end",
    "text",
]

# ACLED's public export columns, in ACLED's order (2023 layout), then sitrep's additions.
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def event_record(event: Event, result: ArticleResult | None = None) -> dict[str, Any]:
    record = event.to_dict()
    if result is not None:
        record["credited_sources"] = result.credited_sources
        record["repeated_passages"] = [
            {"start": start, "end": end, "text": result.article.text[start:end]}
            for start, end in result.duplicate_spans
        ]
        record["claims"] = [c.to_dict() for c in result.claims if c.claim_id in event.claim_ids]
    return record


def acled_row(event: Event, iso_numeric: dict[str, int] | None = None) -> dict[str, Any]:
    tags = []
    if event.fatalities_qualifier and event.fatalities_qualifier != "not reported":
        tags.append(f"fatalities {event.fatalities_qualifier}")
    if event.background:
        tags.append("background")
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date or "",
        "year": event.event_date[:4] if event.event_date else "",
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": event.inter1 if event.inter1 is not None else "",
        "actor2": event.actor2 or "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": event.inter2 if event.inter2 is not None else "",
        "interaction": event.interaction if event.interaction is not None else "",
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": (iso_numeric or {}).get(event.iso3 or "", ""),
        "region": "",
        "country": event.country or "",
        "admin1": event.admin1 or "",
        "admin2": event.admin2 or "",
        "admin3": "",
        "location": event.location or "",
        "latitude": "" if event.latitude is None else f"{event.latitude:.4f}",
        "longitude": "" if event.longitude is None else f"{event.longitude:.4f}",
        "geo_precision": event.geo_precision or "",
        "source": event.source or "",
        "source_scale": "",
        "notes": event.notes,
        # ACLED records 0 when no death is reported.
        "fatalities": event.fatalities or 0,
        "tags": "; ".join(tags),
        "timestamp": "",
    }


class Writer:
    """Streams results to ``out`` in one format; JSON, GeoJSON and tables are written at close."""

    def __init__(self, out: IO[str], fmt: str, iso_numeric: dict[str, int] | None = None) -> None:
        self.out = out
        self.fmt = fmt
        self.iso_numeric = iso_numeric
        self.buffered: list[tuple[Event, ArticleResult]] = []
        self.claims: list[Claim] = []
        self.csv: csv.DictWriter[str] | None = None
        if fmt in ("acled", "claims"):
            columns = ACLED_COLUMNS if fmt == "acled" else CLAIM_COLUMNS
            self.csv = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
            self.csv.writeheader()

    def write(self, result: ArticleResult) -> None:
        if self.fmt == "claims":
            assert self.csv is not None
            for claim in result.claims:
                row = {k: v for k, v in claim.to_dict().items() if k in CLAIM_COLUMNS}
                row["about_event_ids"] = " ".join(claim.about_event_ids)
                row["denies"] = " ".join(claim.denies)
                self.csv.writerow(row)
            self.out.flush()
            return
        if self.fmt == "table":
            self.claims.extend(result.claims)
        for event in result.events:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(event_record(event, result), ensure_ascii=False) + "\n")
            elif self.csv is not None:
                self.csv.writerow(acled_row(event, self.iso_numeric))
            else:
                self.buffered.append((event, result))
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            json.dump([event_record(e, r) for e, r in self.buffered], self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        elif self.fmt == "geojson":
            json.dump(geojson([e for e, _ in self.buffered]), self.out, ensure_ascii=False)
            self.out.write("\n")
        elif self.fmt == "table":
            print_table([e for e, _ in self.buffered], self.out)
            print_claims(self.claims, self.out)
        self.out.flush()


def geojson(events: Iterable[Event]) -> dict[str, Any]:
    features = []
    for event in events:
        properties = {k: v for k, v in event.to_dict().items() if k not in ("latitude", "longitude")}
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def print_claims(claims: list[Claim], out: IO[str]) -> None:
    if not claims:
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    table = Table(title=f"Claims ({len(claims)})", show_lines=True)
    for column in ("id", "claimant", "stance", "statement", "about / denies"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        statement = claim.paraphrase or (f"“{claim.quote}”" if claim.quote else "")
        links = " ".join(claim.about_event_ids) + (f"\ndenies {' '.join(claim.denies)}" if claim.denies else "")
        table.add_row(
            claim.claim_id, f"{claim.claimant}\n({claim.claimant_type})", claim.stance, statement[:300], links
        )
    console.print(table)


def print_table(events: list[Event], out: IO[str], sources: list[int] | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    table = Table(title=f"{len(events)} events", show_lines=True)
    for column in ("date", "type", "actors", "place", "deaths", "weapons / targets / impacts"):
        table.add_column(column, overflow="fold")
    for event in events:
        date = f"{event.event_date or '?'} (p{event.time_precision})" + ("\nbackground" if event.background else "")
        if event.status != "reported":
            date += f"\n{event.status}"
        deaths = (
            ""
            if event.fatalities is None or event.fatalities_qualifier == "not reported"
            else f"{event.fatalities_qualifier or ''} {event.fatalities}".strip()
        )
        if event.injuries is not None:
            deaths += f"\n{event.injuries} injured"
        details = "; ".join(w.name for w in event.weapons)
        if event.targets:
            details += "\n" + "; ".join(t.category for t in event.targets)
        if event.impacts:
            details += "\n" + "; ".join(f"{i.kind}: {i.text}" for i in event.impacts)
        place = ", ".join(p for p in (event.location, event.admin1, event.country) if p)
        if sources is not None:
            details += f"\n{sources[len(table.rows)]} source(s)"
        table.add_row(
            date, event.sub_event_type, "\n".join(a for a in (event.actor1, event.actor2) if a), place, deaths, details
        )
    console.print(table)


# --- exporting stored (merged) events ------------------------------------------------------------

STORE_FORMATS = ("acled", "jsonl", "geojson", "parquet", "csv")
_SCALAR_FIELDS = [
    f.name for f in dataclasses.fields(Event) if f.name not in ("weapons", "targets", "impacts", "evidence", "hedges")
]


def record_as_event(record: dict[str, Any]) -> Event:
    """A stored record as an ``Event`` (scalar fields; lists kept as they are) for the ACLED writer."""
    values = {name: record.get(name) for name in _SCALAR_FIELDS if name in record}
    event = Event(**values)  # type: ignore[arg-type]
    outlets = sorted({s["outlet"] for s in record.get("sources", []) if s.get("outlet")})
    event.source = "; ".join(outlets) or record.get("source")
    return event


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One row per event: scalars as they are, lists and objects as JSON text."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in record.items()
    }


def write_store_records(records: list[dict[str, Any]], fmt: str, path: str | None, out: IO[str]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not path:
            raise ValueError("parquet needs -o FILE")
        rows = [flat_row(r) for r in records]
        columns = sorted({key for row in rows for key in row})
        table = pa.table({c: [row.get(c) for row in rows] for c in columns}) if rows else pa.table({})
        pq.write_table(table, path)
        return
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        features = []
        for record in records:
            geometry = None
            if record.get("latitude") is not None and record.get("longitude") is not None:
                geometry = {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]}
            properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude", "evidence")}
            features.append(
                {"type": "Feature", "id": record["event_id"], "geometry": geometry, "properties": properties}
            )
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    elif fmt == "acled":
        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        iso = None
        for record in records:
            if iso is None:
                from sitrep.gazetteer import iso_numeric_codes

                iso = iso_numeric_codes()
            writer.writerow(acled_row(record_as_event(record), iso))
    elif fmt == "csv":
        rows = [flat_row({k: v for k, v in r.items() if k != "evidence"}) for r in records]
        columns = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out.flush()
