"""Deciding whether two reports describe the same real event, and combining them.

ACLED's unit is one date, one place, one pair of actors, so two reports are the same event when
their dates agree within their precision, their places are the same or nearby (within the
precision each report gives), their event types agree and their actors do not contradict each
other. The merged record keeps every source; its headline fatality figure is the most
conservative one reported (ACLED's rule) and the range across sources is kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.gazetteer import haversine_km
from sitrep.lexicon import read_rows

# Two town-level reports within this distance are the same place: news places one strike at the
# city centre, another at the district hit (measured: Kharkiv's districts lie within ~12 km).
SAME_PLACE_KM = 15.0
# How far apart the dates of two reports of one event may be, by the coarser precision:
# "overnight" strikes are dated to either day by different outlets.
DATE_TOLERANCE_DAYS = {1: 1, 2: 7, 3: 31}

Record = dict[str, Any]


def _km(a: Record, b: Record) -> float:
    return haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def dates_compatible(a: Record, b: Record) -> bool:
    if not a.get("event_date") or not b.get("event_date"):
        return False
    gap = abs((date.fromisoformat(a["event_date"]) - date.fromisoformat(b["event_date"])).days)
    precision = max(a.get("time_precision") or 1, b.get("time_precision") or 1)
    return gap <= DATE_TOLERANCE_DAYS.get(precision, 1)


def places_compatible(a: Record, b: Record) -> bool:
    if a.get("iso3") != b.get("iso3") or not a.get("iso3"):
        return False
    pa, pb = a.get("geo_precision") or 3, b.get("geo_precision") or 3
    if pa <= 2 and pb <= 2:
        if a.get("latitude") is None or b.get("latitude") is None:
            return bool(a.get("location")) and a.get("location") == b.get("location")
        return _km(a, b) <= SAME_PLACE_KM
    # A country-level report ("strikes across Ukraine") and a town-level one describe different
    # units for ACLED: keep them apart. Two region-level reports match on the region.
    if pa == 3 and pb == 3:
        return a.get("admin1") == b.get("admin1")
    return False


def load_sides() -> list[tuple[str, str]]:
    return [(prefix, side.strip()) for prefix, side in read_rows("actor_sides.tsv", 2)]


def _sides(record: Record, sides: list[tuple[str, str]]) -> set[str]:
    named = set()
    for actor in (record.get("actor1"), record.get("actor2")):
        if not actor or actor.startswith(("Civilians", "Unidentified", "Protesters", "Rioters")):
            continue
        named.add(next((side for prefix, side in sides if actor.startswith(prefix)), actor))
    return named


def actors_compatible(a: Record, b: Record, sides: list[tuple[str, str]] | None = None) -> bool:
    """An unnamed perpetrator is compatible with a named one, and "Wagner fighters" with
    "Russian forces"; reports whose named sides share nobody are different events
    ("Ukrainian artillery shelled Oleshky" is not "Russian shelling of Kherson")."""
    first, second = _sides(a, sides or []), _sides(b, sides or [])
    return not first or not second or bool(first & second)


# Drones shot down over a place and the drone attack on it are one incident, coded either way.
_COMPATIBLE_TYPES = {frozenset({"Explosions/Remote violence", "Strategic developments:Disrupted weapons use"})}


def types_compatible(a: Record, b: Record) -> bool:
    if a.get("event_type") == b.get("event_type"):
        return True
    kinds = {
        r.get("event_type")
        if r.get("event_type") != "Strategic developments"
        else f"Strategic developments:{r.get('sub_event_type')}"
        for r in (a, b)
    }
    return frozenset(kinds) in _COMPATIBLE_TYPES


def same_event(a: Record, b: Record, sides: list[tuple[str, str]] | None = None) -> bool:
    return (
        types_compatible(a, b) and dates_compatible(a, b) and places_compatible(a, b) and actors_compatible(a, b, sides)
    )


def merged_record(sources: list[Record]) -> Record:
    """The event as the store shows it, recomputed from all its sources (order-independent)."""
    ordered = sorted(
        sources,
        key=lambda s: (
            (s.get("geo_precision") or 9),
            (s.get("time_precision") or 9),
            s.get("published") or "",
            s["event_id"],
        ),
    )
    best = dict(ordered[0])
    counted = [
        s for s in sources if s.get("fatalities") is not None and s.get("fatalities_qualifier") != "not reported"
    ]
    reported = [s["fatalities"] for s in counted]
    highs = [s.get("fatalities_high") or s["fatalities"] for s in counted]
    # A report that gives no figure does not lower the others' to zero.
    best["fatalities"] = min(reported) if reported else 0
    best["fatalities_qualifier"] = best.get("fatalities_qualifier") if reported else "not reported"
    best["fatalities_low"] = min(reported) if reported else None
    best["fatalities_high"] = max(highs) if highs else None
    injuries = [s["injuries"] for s in sources if s.get("injuries") is not None]
    best["injuries"] = min(injuries) if injuries else None
    best["source_count"] = len(sources)
    best["sources"] = sorted(
        (
            {
                "article_id": s["article_id"],
                "source_event_id": s["event_id"],
                "outlet": s.get("source"),
                "url": s.get("source_url"),
                "published": s.get("published"),
                "fatalities": s.get("fatalities"),
            }
            for s in sources
        ),
        key=lambda s: (s["published"] or "", s["source_event_id"]),
    )
    weapons: dict[str, Any] = {}
    targets: dict[str, Any] = {}
    for source in sorted(sources, key=lambda s: s["event_id"]):
        for weapon in source.get("weapons", []):
            weapons.setdefault(weapon["name"], weapon)
        for target in source.get("targets", []):
            targets.setdefault(target["category"], target)
    best["weapons"], best["targets"] = list(weapons.values()), list(targets.values())
    best["evidence"] = [dict(e, article_id=s["article_id"]) for s in sources for e in s.get("evidence", [])]
    return best


def cluster(records: list[Record], sides: list[tuple[str, str]] | None = None) -> list[list[Record]]:
    """Group reports into events, deterministically: records are taken in a fixed order and each
    joins the first existing group all of whose members it matches."""
    groups: list[list[Record]] = []
    for record in sorted(records, key=lambda r: (r.get("event_date") or "", r.get("published") or "", r["event_id"])):
        for group in groups:
            if all(same_event(record, member, sides) for member in group):
                group.append(record)
                break
        else:
            groups.append([record])
    return groups
