"""Scoring sitrep against human-coded datasets (``sitrep evaluate``).

Each scorer reads one dataset from the folder given on the command line, runs the pipeline on
the dataset's own text only, and compares with the human coding. Figures go to
benchmarks/RESULTS.md between markers, so other sections of that file are kept.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.gazetteer import Gazetteer, fold, haversine_km
from sitrep.lexicon import read_rows
from sitrep.models import Article, Event
from sitrep.pipeline import Pipeline

BEGIN = "<!-- evaluate:begin -->"
END = "<!-- evaluate:end -->"


@dataclass
class Score:
    """A share with its denominator, so that small samples are visible as such."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def __str__(self) -> str:
        return f"{self.hits / self.total:.3f} ({self.hits}/{self.total})" if self.total else "n/a (0)"


@dataclass
class Report:
    name: str
    source: str
    rows: int = 0
    seconds: float = 0.0
    scores: dict[str, Score] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # (gold, predicted) sub-event types, for F1 over the 25 types ("none" where no event came out)
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def score(self, key: str) -> Score:
        return self.scores.setdefault(key, Score())


def _first_event(events: list[Event]) -> Event | None:
    ranked = [e for e in events if not e.background] or events
    return ranked[0] if ranked else None


def _closest(events: list[Event], lat: float, lon: float) -> float | None:
    distances = [
        haversine_km(e.latitude, e.longitude, lat, lon)
        for e in events
        if e.latitude is not None and e.longitude is not None
    ]
    return min(distances) if distances else None


def _score_places(
    report: Report,
    pipeline: Pipeline,
    matcher: Admin1Matcher,
    text: str,
    events: list[Event],
    lat: float,
    lon: float,
    admin1: str,
    published: date | None,
    lumped: bool = False,
) -> None:
    """Geocoding figures for a text that names the gold place: over all such texts (a missed
    event is a miss), over those where an event was found, and for the geocoder alone."""
    distance = _closest(events, lat, lon)
    report.score("place named: event within 10 km").add(distance is not None and distance <= 10)
    report.score("place named: event within 25 km").add(distance is not None and distance <= 25)
    if events:
        report.score("place named, event found: within 10 km").add(distance is not None and distance <= 10)
    places = pipeline.locate(Article("g", text, published=published))
    distances = [
        (haversine_km(p.latitude, p.longitude, lat, lon), p.location)
        for p in places
        if p.latitude is not None and p.longitude is not None
    ]
    report.score("place named: geocoder alone within 10 km").add(any(d <= 10 for d, _ in distances))
    # A city of 100,000 spans 10-20 km: a gold point on one of its streets is still the city
    # a report naming only the city means (ACLED codes such reports at the city's centre).
    report.score("place named: geocoder alone within 10 km, or 25 km of a named city's centre").add(
        any(d <= 10 or (d <= 25 and pipeline.gazetteer.is_city(name)) for d, name in distances)
    )
    if admin1:
        report.score("place named: admin1 correct").add(any(matcher.same(admin1, e.admin1, lumped) for e in events))
        if events:
            report.score("place named, event found: admin1 correct").add(
                any(matcher.same(admin1, e.admin1, lumped) for e in events)
            )
        report.score("place named: geocoder alone admin1 correct").add(
            any(matcher.same(admin1, p.admin1, lumped) for p in places)
        )


def _names_place(text: str, place: str) -> bool:
    """Does the text name the gold place (or a word of it of at least 4 letters)? A region named
    as such ("Donetsk region: in Pokrovsk ...", "shelling in the Kharkiv region") does not count: a
    text naming only the region cannot be geocoded closer than the region. Nor does the front
    named after a town ("the Kupyansk direction"), unless the gold place is that front (which the
    coders then place at the town)."""
    described = fold(place)
    regions = set(re.findall(r"(\w+)\s+(?:region|oblast|province|peoples republic)", described))
    fronts = set(re.findall(r"(\w+)\s+(?:directions?|sector)", described))
    words = [
        w
        for w in re.split(r"[\s,()/:.]+", described)
        if len(w) >= 4 and w not in _GENERIC_PLACE_WORDS and w not in regions and w not in fronts
    ]
    folded = _AREA_NAMED.sub(" ", fold(text)) if words else fold(text)
    return any(re.search(rf"\b{re.escape(w[:-1])}", folded) for w in words or fronts)


_AREA_NAMED = re.compile(r"\b\w+\s+(?:regions?|oblasts?|provinces?|raions?|districts?|directions?)\b")

_GENERIC_PLACE_WORDS = {
    "direction",
    "directions",
    "sector",
    "front",
    "oblast",
    "region",
    "raion",
    "district",
    "city",
    "town",
    "village",
    "near",
    "south",
    "north",
    "east",
    "west",
    "of",
    "the",
    "outskirts",
    "province",
    "area",
    "center",
    "centre",
}


class Admin1Matcher:
    """Compares admin1 names across spellings ("Zaporizhzhia oblast", "Zaporizhia", "Kiev",
    and the gold sets' own misspellings: "Donestk Oblast", "Charkov Oblast")."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._keys = sorted(gazetteer.admin1)
        self._seen: dict[str, str] = {}  # the same few dozen names recur in every row

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        if name not in self._seen:
            self._seen[name] = self._canonical(name)
        return self._seen[name]

    def _canonical(self, name: str) -> str:
        name = re.sub(r"\s+special republican city$", " City", name.strip(), flags=re.I)  # UCDP's Kyiv
        name = re.sub(r"^oblast\s+|\s+(?:oblast|region|province|krai)['’]?$", "", name, flags=re.I)
        key = fold(name)
        if key not in self.gazetteer.admin1:
            close = difflib.get_close_matches(key, self._keys, n=1, cutoff=0.75)
            key = close[0] if close else key
        areas = self.gazetteer.admin1.get(key, [])
        ukrainian = [a for a in areas if a.country_code == "UA"]
        chosen = ukrainian or areas
        return chosen[0].name if chosen else key

    def same(self, gold: str | None, predicted: str | None, lumped: bool = False) -> bool:
        """``lumped``: the gold set files Kyiv city under Kyiv Oblast and Sevastopol under
        Crimea, where ACLED (and sitrep) keep them apart."""
        ours, theirs = self.canonical(gold), self.canonical(predicted)
        if lumped:
            ours, theirs = _LUMPED.get(ours, ours), _LUMPED.get(theirs, theirs)  # type: ignore[arg-type]
        return ours == theirs


_LUMPED = {"Kyiv City": "Kyiv", "Sevastopol": "Crimea"}


# --- UCDP GED ---------------------------------------------------------------------------------


def _ucdp_date(value: str, day_first: bool) -> date | None:
    value = value.strip().split(" ")[0]
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    parts = value.split("/")
    if len(parts) != 3:
        return None
    a, b, year = (int(p) for p in parts)
    day, month = (a, b) if (day_first or a > 12) and b <= 12 else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def score_ucdp(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    report = Report("UCDP GED Ukraine (2022-23 war rows)", f"{data}/ucdp_ged_ukraine/UCDP-Ukraine.csv")
    with (data / "ucdp_ged_ukraine" / "UCDP-Ukraine.csv").open(encoding="cp1252", errors="replace") as handle:
        rows = [r for r in csv.DictReader(handle) if r["year"] in ("2022", "2023")]
    for row in rows[:limit]:
        start = _ucdp_date(row["date_start"], day_first=False)
        end = _ucdp_date(row["date_end"], day_first=False) or start
        source_dates = [d for d in (_ucdp_date(v, True) for v in row["source_date"].split(";")) if d]
        headlines = [h.strip() for h in row["source_headline"].split(";") if h.strip()]
        if not headlines or start is None:
            continue
        text = "\n\n".join(headlines)
        published = min(source_dates) if source_dates else end
        events = pipeline.process(Article(f"ucdp-{row['id']}", text, published=published)).events
        report.rows += 1
        report.score("event found").add(bool(events))
        first = _first_event(events)
        if first is None:
            continue
        if first.event_date and end:
            report.score("date within UCDP's date range").add(start <= date.fromisoformat(first.event_date) <= end)
            if row["date_prec"] == "1":
                report.score("date exact (UCDP day-precise rows)").add(first.event_date == start.isoformat())
        best = int(row["best"] or 0)
        if first.fatalities is not None or best:
            report.score("deaths exact vs best").add((first.fatalities or 0) == best)
            low, high = int(row["low"] or 0), int(row["high"] or 0)
            report.score("deaths within low-high").add(min(low, best) <= (first.fatalities or 0) <= max(high, best))
        if _names_place(text, row["where_description"]) and row["where_prec"] in ("1", "2", "3"):
            _score_places(
                report,
                pipeline,
                matcher,
                text,
                events,
                float(row["latitude"]),
                float(row["longitude"]),
                row["adm_1"],
                published,
            )
    report.notes.append(
        "'Place named': the headlines name the coded place (or a word of it). A headline naming only "
        "the oblast ('in the Kharkiv region') or the front named after a town ('in the Kupyansk "
        "direction') does not count, unless the coders placed the event at that front's town; before "
        "2026-11-27 such headlines counted (geocoder alone within 10 km was then 0.676, 171/253)."
    )
    return report


# --- CIR Russia-Ukraine monitor ----------------------------------------------------------------

_CIR_VIOLENT = re.compile(r"Damage|Bombing|Casualty|Ground Battle|Losses|Firing Positions|Mass grave", re.I)
_CIR_EXPECTED_TYPE = {
    "Ground Battle": {"Battles"},
    "Bombing or Explosion": {"Explosions/Remote violence"},
    "Civilian Infrastructure Damage": {"Explosions/Remote violence", "Violence against civilians", "Battles"},
}


def score_cir(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    report = Report("CIR Russia-Ukraine Monitor", f"{data}/cir_ukraine_monitor/events.csv")
    with (data / "cir_ukraine_monitor" / "events.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[:limit]:
        title = re.sub(r"^\d\d/\d\d/\d{4}\s*", "", row["title"]).strip()
        description = row["brief description"].strip()
        text = title if description.lower() == title.lower() else f"{title}. {description}"
        if not text.strip():
            continue
        try:
            published = date.fromisoformat(row["date"])
        except ValueError:
            published = None
        events = pipeline.process(Article(f"cir-{row['entry']}", text, published=published)).events
        report.rows += 1
        group = row["event_group"]
        if _CIR_VIOLENT.search(group):
            report.score("violent entries: event found").add(bool(events))
        elif "Presence" in group:
            report.score("troop-presence entries: no violent event").add(
                not any(e.disorder_type == "Political violence" for e in events)
            )
        for prefix, expected in _CIR_EXPECTED_TYPE.items():
            if group.startswith(prefix) and events:
                report.score(f"'{prefix}': event type agrees").add(_first_event(events).event_type in expected)  # type: ignore[union-attr]
        if row["arms/munition"].strip():
            names = " ".join(f"{w.name} {w.category} {w.text}" for e in events for w in e.weapons).lower()
            gold = row["arms/munition"].lower()
            report.score("arms named: weapon extracted").add(bool(names))
            report.score("arms named: weapon matches").add(
                bool(names) and any(tok in names for tok in re.findall(r"[a-z0-9-]{3,}", gold))
            )
        town = row["town/city"].strip()
        if town and row["lat"] and row["lon"] and _names_place(text, town):
            province = row["province"] if row["country"] == "Ukraine" else ""
            _score_places(
                report,
                pipeline,
                matcher,
                text,
                events,
                float(row["lat"]),
                float(row["lon"]),
                province,
                published,
                lumped=True,
            )
    return report


# --- Bellingcat civilian harm ------------------------------------------------------------------

_BELLINGCAT_TARGETS = {
    "Residential": "residential building",
    "Healthcare": "hospital",
    "School or childcare": "school",
    "Commercial": "commercial",
    "Industrial": "industrial",
    "Religious": "religious site",
    "Cultural": "cultural site",
    "Roads/Highways/Transport": "transport",
    "Military": "military",
    "Humanitarian": "humanitarian",
    "Food/Food Infrastructure": "agriculture",
    "Administrative": "administrative",
}
_BELLINGCAT_WEAPONS = {
    "HE rocket artillery": ("rocket", "multiple rocket launcher"),
    "HE artillery inc mortars": ("artillery", "mortar"),
    "Cluster munitions": ("cluster munition",),
    "Incendiary munitions": ("incendiary munition",),
    "Cruise missile": ("cruise missile",),
    "Ballistic missile": ("ballistic missile",),
    "Thermobaric munition": ("thermobaric rocket launcher",),
    "Small arms": ("small arms",),
    "Air strike": ("aircraft", "aerial bomb", "guided aerial bomb"),
    "Land mines": ("landmine",),
    "Anti-air missile": ("surface-to-air missile",),
    "Loitering munition": ("loitering munition", "drone"),
}


def score_bellingcat(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    report = Report("Bellingcat civilian harm in Ukraine", f"{data}/bellingcat_civharm/export_events.json")
    folder = data / "bellingcat_civharm"
    associations = {a["id"]: a["filter_paths"] for a in json.loads((folder / "export_associations.json").read_text())}
    for row in json.loads((folder / "export_events.json").read_text())[:limit]:
        text = (row.get("description") or "").strip()
        if not text:
            continue
        published = datetime.strptime(row["date"], "%m/%d/%Y").date() if row.get("date") else None
        events = pipeline.process(Article(f"bc-{row['id']}", text, published=published)).events
        report.rows += 1
        report.score("event found").add(bool(events))
        paths = [associations[a] for a in row.get("associations", []) if a in associations]
        ours_targets = {t.category for e in events for t in e.targets}
        for kind, value in paths:
            if kind == "Type of area affected" and value in _BELLINGCAT_TARGETS:
                report.score("target type recall").add(_BELLINGCAT_TARGETS[value] in ours_targets)
            if kind == "Weapon System" and value in _BELLINGCAT_WEAPONS:
                ours = {w.category for e in events for w in e.weapons}
                report.score("weapon family recall").add(bool(ours & set(_BELLINGCAT_WEAPONS[value])))
        if row.get("latitude") and row.get("location") and _names_place(text, row["location"]):
            _score_places(
                report, pipeline, matcher, text, events, float(row["latitude"]), float(row["longitude"]), "", published
            )
    return report


# --- gazetteer coverage ------------------------------------------------------------------------


def score_coverage(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    """Front-line settlements (a GPL alias list used only to measure, never shipped): does the
    canonical name, written as news writes it, resolve within 5 km?"""
    report = Report(
        "Gazetteer coverage: front-line Ukrainian settlements",
        f"{data}/gazetteer_ua_aliases/warreport_ua_settlement_aliases.csv",
    )
    report.notes.append(
        "The shipped gazetteer is built from GeoNames cities500 and the GeoNames postal table for Ukraine, the "
        "licensed sources with coordinates available here; 1,029 of these settlements are in Crimea, which the "
        "postal table lacks, and many front-line hamlets have no post office of their own. Settlements of the "
        "official codifier (KATOTTG) that GeoNames lacks are placed at their hromada's centre, which is within "
        "5 km of the settlement only when the hromada is small (0.654 before they were added, 0.667 after). "
        "2,819 postal places whose point lies in another oblast, far from the hromada the codifier puts them in, "
        "carry a namesake's point (often in the occupied east, which has no post offices): they take that "
        "oblast, and the settlement meant is placed at its hromada's centre (0.667 -> 0.669)."
    )
    from sitrep.geocode import GeoContext, find_place_mentions, resolve

    gazetteer = pipeline.gazetteer
    with (data / "gazetteer_ua_aliases" / "warreport_ua_settlement_aliases.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[:limit]:
        lat, lon = float(row["lat"]), float(row["lon"])
        name = " ".join(part.capitalize() for part in row["name"].split())
        name = "-".join(p[:1].upper() + p[1:] for p in name.split("-"))
        region = re.sub(r" (?:oblast|region)$", "", row["region"]).title()
        report.rows += 1
        entries = gazetteer.towns.get(fold(row["name"]), [])
        report.score("gazetteer holds the name within 5 km").add(
            any(haversine_km(t.latitude, t.longitude, lat, lon) <= 5 for t in entries)
        )
        for label, text in (
            ("near X", f"Shelling was reported near {name}."),
            ("near X, Y region", f"Shelling was reported near {name}, {region} region."),
        ):
            mentions = find_place_mentions(text, 0, gazetteer, [])
            context = GeoContext.from_mentions(mentions, ["UA"])
            places = [resolve(m, gazetteer, context) for m in mentions if m.kind in ("town", "site")]
            report.score(f"resolved from '{label}': within 5 km").add(
                any(
                    p.latitude is not None
                    and p.longitude is not None
                    and haversine_km(p.latitude, p.longitude, lat, lon) <= 5
                    for p in places[:1]
                )
            )
    return report


# --- MUC-4 ---------------------------------------------------------------------------------------


def _sentence_case(text: str) -> str:
    """MUC-4 is in capitals; give sentences a capital first letter and lower-case the rest."""
    lowered = text.lower()
    return re.sub(r"(^|[.!?]\s+|\n\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), lowered)


def _muc4_incidents(data: Path) -> dict[str, int]:
    """Gold incidents (answer-key templates) per MUC-4 message, from the full release's keys."""
    counts: dict[str, int] = {}
    for key in sorted((data / "muc4_full" / "CORPORA").glob("tst[34]/key-tst[34]*")):
        message = None
        for line in key.read_text(encoding="latin-1").splitlines():
            found = re.match(r"\s*0\.\s+MESSAGE: ID\s+(\S+)", line)
            if found:
                message = found.group(1)
                counts.setdefault(message, 0)
            elif message and re.match(r"\s*1\.\s+MESSAGE: TEMPLATE\s+\d", line):
                counts[message] += 1
    return counts


def score_muc4(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    report = Report("MUC-4 (TST3+TST4, GRIT release)", f"{data}/conflibert_eval/muc4/test.json")
    report.notes.append("Text is upper-case newswire from 1989-91 Latin America; places are not scored.")
    documents = json.loads((data / "conflibert_eval" / "muc4" / "test.json").read_text())
    incidents = _muc4_incidents(data)
    if incidents:
        report.notes.append(
            "Over-generation: sitrep's events against the answer keys' incidents (templates) of the same "
            "messages; ACLED splits some incidents MUC-4 keeps whole (one event per place), so a little over 1.0 "
            "is expected, much more means events made from background and talk."
        )
    for doc_id, doc in list(documents.items())[:limit]:
        roles = doc.get("roles", {})
        relevant = any(roles.get(k) for k in roles)
        events = pipeline.process(Article(doc_id, _sentence_case(doc["doc"]))).events
        report.rows += 1
        if relevant:
            report.score("relevant docs: event found (recall)").add(bool(events))
        else:
            report.score("irrelevant docs: no event").add(not events)
        if doc_id in incidents:
            ratio = report.score("events per gold incident (all messages; the hits are events)")
            ratio.hits += len(events)
            ratio.total += incidents[doc_id]
            report.score("messages with no more events than gold incidents + 1").add(
                len(events) <= incidents[doc_id] + 1
            )
        gold_weapons = [m[0].lower() for entity in roles.get("Weapon", []) for m in entity]
        if gold_weapons:
            ours = " ".join(f"{w.text} {w.name}" for e in events for w in e.weapons).lower()
            report.score("weapon recall").add(any(g in ours or ours and ours in g for g in gold_weapons))
    return report


# --- the authors' gold descriptions (in this repository) -------------------------------------

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold"


@dataclass(frozen=True)
class GoldNote:
    sub_event_type: str
    event_date: str
    actor1: str | None
    location: str | None
    fatalities: int | None
    text: str
    published: str  # the day the text was published: relative dates in it count from this day


def read_gold_notes(path: Path) -> list[GoldNote]:
    """Gold rows; a seventh column, when given, is the publication date (else the event date)."""
    notes = []
    for sub, day, actor1, location, fatalities, text, published, *_ in read_rows(path.name, 7, path):
        notes.append(
            GoldNote(
                sub,
                day,
                None if actor1 == "-" else actor1,
                None if location == "-" else location,
                None if fatalities == "-" else int(fatalities),
                text,
                published or day,
            )
        )
    return notes


def score_gold_notes(path: Path, pipeline: Pipeline, name: str) -> Report:
    report = Report(name, f"benchmarks/gold/{path.name}")
    taxonomy = pipeline.lexicon.taxonomy
    for note in read_gold_notes(path):
        events = pipeline.process(Article("gold", note.text, published=date.fromisoformat(note.published))).events
        first = events[0] if events else None
        report.rows += 1
        report.score("sub-event type").add(first is not None and first.sub_event_type == note.sub_event_type)
        report.pairs.append((note.sub_event_type, first.sub_event_type if first else "none"))
        report.score("event type").add(
            first is not None and first.event_type == taxonomy.event_type_of[note.sub_event_type]
        )
        report.score("event date exact").add(first is not None and first.event_date == note.event_date)
        report.score("actor1").add(first is not None and first.actor1 == note.actor1)
        report.score("location").add(first is not None and first.location == note.location)
        # "-" in the gold files: no death reported, which ACLED (and sitrep) record as 0.
        report.score("fatalities exact").add(first is not None and first.fatalities == (note.fatalities or 0))
    return report


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    """F1 per gold sub-event type, weighted by how often the type occurs (as CASE 2021 scored)."""
    labels = sorted({gold for gold, _ in pairs})
    total = 0.0
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * sum(1 for g, _ in pairs if g == label)
    return total / len(pairs) if pairs else 0.0


# Sub-event type hits of each held-out batch on its first run, before any rule was changed
# because of it (batch 1 was the development set and has no such figure).
_FIRST_RUN_SUB_EVENT = {
    "acled_style_notes_2.tsv": (30, 36),
    "acled_style_notes_3.tsv": (35, 42),
    "acled_style_notes_4.tsv": (28, 35),
    "acled_style_notes_5.tsv": (31, 36),
    "acled_style_notes_6.tsv": (24, 40),
    "acled_style_notes_7.tsv": (36, 40),
    "acled_style_notes_8.tsv": (24, 40),
    "acled_style_notes_9.tsv": (32, 40),
    "acled_style_notes_10.tsv": (31, 40),
    "acled_style_notes_11.tsv": (25, 40),
    "acled_style_notes_12.tsv": (26, 40),
    "acled_style_notes_13.tsv": (26, 40),
    "acled_style_notes_14.tsv": (15, 19),
    "acled_style_notes_15.tsv": (20, 28),
    "acled_style_notes_16.tsv": (13, 19),
    "acled_style_notes_17.tsv": (16, 20),
    "acled_style_notes_18.tsv": (32, 40),
    "acled_style_notes_19.tsv": (31, 40),
    "acled_style_notes_20.tsv": (29, 40),
    "acled_style_notes_21.tsv": (22, 30),
    "acled_style_notes_22.tsv": (21, 30),
    "acled_style_notes_23.tsv": (19, 20),
    "acled_style_notes_24.tsv": (28, 30),
    "acled_style_notes_25.tsv": (24, 30),
    "acled_style_notes_26.tsv": (25, 30),
    "acled_style_notes_27.tsv": (17, 20),
    "acled_style_notes_28.tsv": (17, 20),
    "acled_style_notes_29.tsv": (16, 20),
    "acled_style_notes_30.tsv": (17, 20),
    "acled_style_notes_31.tsv": (20, 20),
    "acled_style_notes_32.tsv": (29, 30),
    "acled_style_notes_33.tsv": (28, 30),
    "acled_style_notes_34.tsv": (28, 30),
    "acled_style_notes_35.tsv": (26, 30),
    "acled_style_notes_36.tsv": (27, 30),
    "acled_style_notes_37.tsv": (30, 30),
    "acled_style_notes_38.tsv": (27, 30),
    "acled_style_notes_39.tsv": (28, 30),
    "acled_style_notes_40.tsv": (28, 30),
    "acled_style_notes_41.tsv": (26, 30),
    "acled_style_notes_42.tsv": (23, 30),
    "acled_style_notes_43.tsv": (28, 30),
    "acled_style_notes_44.tsv": (22, 30),
    "acled_style_notes_45.tsv": (21, 30),
    "acled_style_notes_46.tsv": (26, 30),
    "acled_style_notes_47.tsv": (27, 30),
    "acled_style_notes_48.tsv": (28, 30),
    "acled_style_notes_49.tsv": (25, 30),
    "acled_style_notes_50.tsv": (27, 30),
    "acled_style_notes_51.tsv": (30, 30),
    "acled_style_notes_52.tsv": (26, 30),
    "acled_style_notes_53.tsv": (24, 30),
    "acled_style_notes_54.tsv": (29, 30),
    "acled_style_notes_55.tsv": (28, 30),
    "acled_style_notes_56.tsv": (28, 30),
    "acled_style_notes_57.tsv": (26, 30),
    "acled_style_notes_58.tsv": (19, 30),
    "acled_style_notes_59.tsv": (20, 30),
    "acled_style_notes_60.tsv": (26, 30),
    "acled_style_notes_61.tsv": (29, 30),
    "acled_style_notes_62.tsv": (23, 30),
    "acled_style_notes_63.tsv": (26, 30),
    "acled_style_notes_64.tsv": (27, 30),
    "acled_style_notes_65.tsv": (28, 30),
    "acled_style_notes_66.tsv": (29, 30),
    "acled_style_notes_67.tsv": (25, 30),
    "acled_style_notes_68.tsv": (27, 30),
    "acled_style_notes_69.tsv": (24, 30),
    "acled_style_notes_70.tsv": (17, 30),
    "acled_style_notes_71.tsv": (16, 30),
    "acled_style_notes_72.tsv": (21, 30),
    "acled_style_notes_73.tsv": (26, 30),
    "acled_style_notes_74.tsv": (27, 30),
    "acled_style_notes_75.tsv": (14, 30),
    "acled_style_notes_76.tsv": (25, 30),
    "acled_style_notes_77.tsv": (28, 30),
    "acled_style_notes_78.tsv": (28, 30),
    "acled_style_notes_79.tsv": (30, 30),
    "acled_style_notes_80.tsv": (27, 30),
    "acled_style_notes_81.tsv": (28, 30),
    "acled_style_notes_82.tsv": (26, 30),
    "acled_style_notes_83.tsv": (27, 30),
    "acled_style_notes_84.tsv": (26, 30),
    "acled_style_notes_85.tsv": (27, 30),
    "acled_style_notes_86.tsv": (23, 30),
    "acled_style_notes_87.tsv": (28, 30),
    "acled_style_notes_88.tsv": (26, 30),
    "acled_style_notes_89.tsv": (26, 30),
    "acled_style_notes_90.tsv": (23, 30),
    "acled_style_notes_91.tsv": (28, 30),
    "acled_style_notes_92.tsv": (26, 30),
    "acled_style_notes_93.tsv": (26, 30),
    "acled_style_notes_94.tsv": (22, 30),
    "acled_style_notes_95.tsv": (26, 30),
    "acled_style_notes_96.tsv": (24, 30),
    "acled_style_notes_97.tsv": (25, 30),
    "acled_style_notes_98.tsv": (27, 30),
    "acled_style_notes_99.tsv": (27, 30),
    "acled_style_notes_100.tsv": (25, 30),
    "acled_style_notes_101.tsv": (28, 30),
    "acled_style_notes_102.tsv": (27, 30),
    "acled_style_notes_103.tsv": (27, 30),
    "acled_style_notes_104.tsv": (26, 30),
    "acled_style_notes_105.tsv": (29, 30),
    "acled_style_notes_106.tsv": (26, 30),
    "acled_style_notes_107.tsv": (28, 30),
    "acled_style_notes_108.tsv": (24, 30),
    "acled_style_notes_109.tsv": (30, 30),
    "acled_style_notes_110.tsv": (29, 30),
    "acled_style_notes_111.tsv": (29, 30),
    "acled_style_notes_112.tsv": (26, 30),
    "acled_style_notes_113.tsv": (29, 30),
    "acled_style_notes_114.tsv": (25, 30),
    "acled_style_notes_115.tsv": (25, 30),
    "acled_style_notes_116.tsv": (26, 30),
    "acled_style_notes_117.tsv": (26, 30),
    "acled_style_notes_118.tsv": (29, 30),
    "acled_style_notes_119.tsv": (30, 30),
    "acled_style_notes_120.tsv": (28, 30),
    "acled_style_notes_121.tsv": (27, 30),
    "acled_style_notes_122.tsv": (27, 30),
    "acled_style_notes_123.tsv": (26, 30),
    "acled_style_notes_124.tsv": (23, 30),
    "acled_style_notes_125.tsv": (26, 30),
    "acled_style_notes_126.tsv": (23, 30),
    "acled_style_notes_127.tsv": (24, 30),
    "acled_style_notes_128.tsv": (24, 30),
    "acled_style_notes_129.tsv": (27, 30),
    # (against the labels as first committed; 25/30 against the two corrected after the run)
    "acled_style_notes_130.tsv": (24, 30),
    "acled_style_notes_131.tsv": (25, 30),
    "acled_style_notes_132.tsv": (27, 30),
    "acled_style_notes_133.tsv": (28, 30),
    "acled_style_notes_134.tsv": (25, 30),
    "acled_style_notes_135.tsv": (25, 30),
    "acled_style_notes_136.tsv": (26, 30),
    "acled_style_notes_137.tsv": (24, 30),
    "acled_style_notes_138.tsv": (24, 30),
    "acled_style_notes_139.tsv": (25, 30),
    "acled_style_notes_140.tsv": (22, 30),
    "acled_style_notes_141.tsv": (28, 30),
    "acled_style_notes_142.tsv": (24, 30),
    "acled_style_notes_143.tsv": (26, 30),
    "acled_style_notes_144.tsv": (25, 30),
    "acled_style_notes_145.tsv": (28, 30),
    "acled_style_notes_146.tsv": (24, 30),
    "acled_style_notes_147.tsv": (25, 30),
    "acled_style_notes_148.tsv": (22, 30),
    "acled_style_notes_149.tsv": (28, 30),
    "acled_style_notes_150.tsv": (20, 30),
    "acled_style_notes_151.tsv": (27, 30),
    "acled_style_notes_152.tsv": (22, 30),
    "acled_style_notes_153.tsv": (23, 30),
    "acled_style_notes_154.tsv": (26, 30),
    "acled_style_notes_155.tsv": (28, 30),
    "acled_style_notes_156.tsv": (27, 30),
    "acled_style_notes_157.tsv": (26, 30),
    "acled_style_notes_158.tsv": (25, 30),
    "acled_style_notes_159.tsv": (27, 30),
    "acled_style_notes_160.tsv": (22, 30),
    "acled_style_notes_161.tsv": (24, 30),
    "acled_style_notes_162.tsv": (26, 30),
    "acled_style_notes_163.tsv": (25, 30),
    "acled_style_notes_164.tsv": (25, 30),
    "acled_style_notes_165.tsv": (25, 30),
}


def summarise_batches(batches: list[Report]) -> Report:
    report = Report("Authors' description batches 1-165 together", "benchmarks/gold/acled_style_notes*.tsv")
    report.rows = sum(b.rows for b in batches)
    held_out = report.score("sub-event type, each batch's first run pooled (the held-out estimate)")
    held_out.hits = sum(hits for hits, _ in _FIRST_RUN_SUB_EVENT.values())
    held_out.total = sum(total for _, total in _FIRST_RUN_SUB_EVENT.values())
    # The trend: the rules generalise better as batches accumulate, which the pooled figure (weighed
    # down by the first batches' first runs) hides.
    latest = list(_FIRST_RUN_SUB_EVENT.values())[-5:]
    recent = report.score("sub-event type, first runs of the latest five batches pooled")
    recent.hits, recent.total = sum(h for h, _ in latest), sum(t for _, t in latest)
    pairs = [pair for b in batches for pair in b.pairs]
    now = report.score("sub-event type, all batches now (tuned on them)")
    for gold, predicted in pairs:
        now.add(gold == predicted)
    report.notes.append(
        f"Weighted F1 over the sub-event types, all batches now (tuned on them): {weighted_f1(pairs):.3f} "
        f"over {len({g for g, _ in pairs})} types. The first-run figure is the one to quote: each new batch "
        "has found phrasings the rules did not know."
    )
    report.notes.append(
        "_Labels corrected after batch 32: ACLED names every state's forces with the years of the government "
        "in power ('Military Forces of India (2014-)'); the labels had the years only for the twelve countries "
        "sitrep then knew them for, so 103 labels of other states' forces (Sudan, Myanmar, Turkey, DR Congo, "
        "Somalia...) gained them, as sitrep now names them (`src/sitrep/data/actor_years.tsv`); after batch 36, "
        "20 labels followed the periods seen in public ACLED extracts (Turkey 2016-, Ethiopia 2021-), and 11 "
        "labels of the Islamic State took the country or province ACLED names it by ('Islamic State (Syria)', "
        "'Islamic State Sahel Province'), and 6 of the Houthis became 'Military Forces of Yemen (2017-) Houthi', "
        "ACLED's name for them, and 10 of gangs 'Unidentified Gang (Haiti)' (ACLED names unnamed gangs so). "
        "First runs recorded before that keep the figures measured then._"
    )
    report.notes.append(
        "_Labels corrected on 2026-11-29: Colombia's and Chile's governments of 2022 left office in 2026 (the "
        "constitutions fix the days, 7 August and 11 March, and bar re-election), so 11 labels of their forces "
        "before then read '(2022-2026)' and 17 of invented Colombian events after 7 August 2026 read '(2026-)', "
        "as sitrep now names them. Actor 1 is not part of the first-run figures, which are unchanged._"
    )
    return report


def score_non_events(
    path: Path,
    pipeline: Pipeline,
    name: str = "Authors' non-event texts (disasters, accidents, crime, diplomacy, sport)",
) -> Report:
    report = Report(name, f"benchmarks/gold/{path.name}")
    for kind, day, text in read_rows(path.name, 3, path):
        events = pipeline.process(Article("neg", text, published=date.fromisoformat(day))).events
        report.rows += 1
        report.score("no event extracted").add(not events)
        report.score(f"{kind}: no event").add(not events)
    return report


def score_claims(path: Path, pipeline: Pipeline) -> Report:
    """The last claim of each item against the authors' attribution gold set."""
    report = Report(
        "Authors' attributed statements (claims; rules were tuned on this set)", f"benchmarks/gold/{path.name}"
    )
    for item_id, claimant, stance, denies, text in read_rows(path.name, 5, path):
        result = pipeline.process(Article(item_id, text))
        last = result.claims[-1] if result.claims else None
        report.rows += 1
        report.score("claimant").add(last is not None and last.claimant == claimant)
        report.score("stance").add(last is not None and last.stance == stance)
        if denies != "-":
            by_id = {c.claim_id: c for c in result.claims}
            report.score("denial linked to the right claim").add(
                last is not None and any(by_id[d].claimant == denies for d in last.denies)
            )
    return report


def score_authors_gold(pipeline: Pipeline) -> list[Report]:
    first = score_gold_notes(
        GOLD / "acled_style_notes.tsv",
        pipeline,
        "Authors' ACLED-style descriptions, batch 1 (development set: rules were tuned on it)",
    )
    second = score_gold_notes(
        GOLD / "acled_style_notes_2.tsv",
        pipeline,
        "Authors' ACLED-style descriptions, batch 2 (written after tuning on batch 1)",
    )
    third = score_gold_notes(
        GOLD / "acled_style_notes_3.tsv",
        pipeline,
        "Authors' ACLED-style descriptions, batch 3 (many countries; written after tuning on 1 and 2)",
    )
    fourth = score_gold_notes(
        GOLD / "acled_style_notes_4.tsv",
        pipeline,
        "Authors' short event snippets without dates, batch 4 (written after tuning on 1-3)",
    )
    fifth = score_gold_notes(
        GOLD / "acled_style_notes_5.tsv",
        pipeline,
        "Authors' notes and snippets, batch 5 (many regions; written after tuning on 1-4)",
    )
    sixth = score_gold_notes(
        GOLD / "acled_style_notes_6.tsv",
        pipeline,
        "Authors' wire reports and snippets, batch 6 (many regions; written after tuning on 1-5)",
    )
    seventh = score_gold_notes(
        GOLD / "acled_style_notes_7.tsv",
        pipeline,
        "Authors' monitor notes with bracketed areas, batch 7 (written after tuning on 1-6)",
    )
    eighth = score_gold_notes(
        GOLD / "acled_style_notes_8.tsv",
        pipeline,
        "Authors' news snippets, batch 8 (many regions; written after tuning on 1-7)",
    )
    ninth = score_gold_notes(
        GOLD / "acled_style_notes_9.tsv",
        pipeline,
        "Authors' two- and three-sentence wire items, batch 9 (written after tuning on 1-8)",
    )
    tenth = score_gold_notes(
        GOLD / "acled_style_notes_10.tsv",
        pipeline,
        "Authors' monitor notes, batch 10 (written after tuning on 1-9)",
    )
    eleventh = score_gold_notes(
        GOLD / "acled_style_notes_11.tsv",
        pipeline,
        "Authors' snippets and notes with new verbs, batch 11 (written after tuning on 1-10)",
    )
    twelfth = score_gold_notes(
        GOLD / "acled_style_notes_12.tsv",
        pipeline,
        "Authors' mixed notes, snippets and wire items, batch 12 (written after tuning on 1-11)",
    )
    thirteenth = score_gold_notes(
        GOLD / "acled_style_notes_13.tsv",
        pipeline,
        "Authors' items mostly from the war in Ukraine, batch 13 (written after tuning on 1-12)",
    )
    fourteenth = score_gold_notes(
        GOLD / "acled_style_notes_14.tsv",
        pipeline,
        "Authors' longer wire items, batch 14 (written after tuning on 1-13)",
    )
    fifteenth = score_gold_notes(
        GOLD / "acled_style_notes_15.tsv",
        pipeline,
        "Authors' snippets and notes from many regions, batch 15 (written after tuning on 1-14)",
    )
    batches = [
        first,
        second,
        third,
        fourth,
        fifth,
        sixth,
        seventh,
        eighth,
        ninth,
        tenth,
        eleventh,
        twelfth,
        thirteenth,
        fourteenth,
        fifteenth,
        score_gold_notes(
            GOLD / "acled_style_notes_16.tsv",
            pipeline,
            "Authors' short items, mostly the war in Ukraine, batch 16 (written after tuning on 1-15)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_17.tsv",
            pipeline,
            "Authors' demonstrations, riots and strategic developments, batch 17 (written after tuning on 1-16)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_18.tsv",
            pipeline,
            "Authors' mixed items in news wording, batch 18 (written after tuning on 1-17)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_19.tsv",
            pipeline,
            "Authors' mixed items in news wording, batch 19 (written after tuning on 1-18 and the context sentences)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_20.tsv",
            pipeline,
            "Authors' mixed items in news wording, batch 20 (written after tuning on 1-19)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_21.tsv",
            pipeline,
            "Authors' wire items of two or three sentences, batch 21 (written after tuning on 1-20)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_22.tsv",
            pipeline,
            "Authors' headlines, monitor notes and one-sentence items, batch 22 (written after tuning on 1-21)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_23.tsv",
            pipeline,
            "Authors' items from the war in Ukraine, batch 23 (written after tuning on 1-22)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_24.tsv",
            pipeline,
            "Authors' items from many conflicts, all six event types, batch 24 (written after tuning on 1-23)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_25.tsv",
            pipeline,
            "Authors' headlines and two-sentence wire items with context, batch 25 (written after tuning on 1-24)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_26.tsv",
            pipeline,
            "Authors' items weighted to rarer sub-event types, batch 26 (written after tuning on 1-25)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_27.tsv",
            pipeline,
            "Authors' wire items opening with a dateline, batch 27 (written after tuning on 1-26)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_28.tsv",
            pipeline,
            "Authors' items whose event is not told first, batch 28 (written after tuning on 1-27)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_29.tsv",
            pipeline,
            "Authors' items about demonstrations, batch 29 (written after tuning on 1-28)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_30.tsv",
            pipeline,
            "Authors' strategic developments and violence against civilians, batch 30 (after tuning on 1-29)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_31.tsv",
            pipeline,
            "Authors' items in the form of ACLED's own notes, batch 31 (written after tuning on 1-30)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_32.tsv",
            pipeline,
            "Authors' ACLED-form notes with bracketed fields, batch 32 (written after tuning on 1-31)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_33.tsv",
            pipeline,
            "Authors' ACLED-form notes from 2019-2021, less-covered conflicts, batch 33 (after tuning on 1-32)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_34.tsv",
            pipeline,
            "Authors' ACLED-form notes from 2022-2025, batch 34 (written after tuning on 1-33)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_35.tsv",
            pipeline,
            "Authors' ACLED-form notes of uncommon shapes, batch 35 (written after tuning on 1-34)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_36.tsv",
            pipeline,
            "Authors' notes and sentences, 2019-2021, close calls between types, batch 36 (after tuning on 1-35)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_37.tsv",
            pipeline,
            "Authors' notes and wire sentences, mostly the Russia-Ukraine war, batch 37 (after tuning on 1-36)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_38.tsv",
            pipeline,
            "Authors' headlines, wire items with context and notes, batch 38 (after tuning on 1-37)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_39.tsv",
            pipeline,
            "Authors' wire items with context and headlines, many conflicts, batch 39 (after tuning on 1-38)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_40.tsv",
            pipeline,
            "Authors' strategic developments, Ukraine strikes and demonstrations, batch 40 (after tuning on 1-39)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_41.tsv",
            pipeline,
            "Authors' items in the styles of translated official and local media, batch 41 (after tuning on 1-40)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_42.tsv",
            pipeline,
            "Authors' stories opening with a sentence of context, batch 42 (after tuning on 1-41)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_43.tsv",
            pipeline,
            "Authors' notes in ACLED's form, 2024, many conflicts, batch 43 (after tuning on 1-42)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_44.tsv",
            pipeline,
            "Authors' demonstration, riot and mob notes in ACLED's form, batch 44 (after tuning on 1-43)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_45.tsv",
            pipeline,
            "Authors' strategic-development notes in ACLED's form, batch 45 (after tuning on 1-44)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_46.tsv",
            pipeline,
            "Authors' demonstration and strategic-development notes, 2023-2025, batch 46 (after tuning on 1-45)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_47.tsv",
            pipeline,
            "Authors' notes from South Asia, Myanmar, Sudan, the Sahel and elsewhere, batch 47 (after tuning on 1-46)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_48.tsv",
            pipeline,
            "Authors' wire-style news items from twenty-odd countries, batch 48 (after tuning on 1-47)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_49.tsv",
            pipeline,
            "Authors' items told as official statements and local agencies tell them, batch 49 (after tuning on 1-48)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_50.tsv",
            pipeline,
            "Authors' wire items dated relative to their dateline, batch 50 (after tuning on 1-49)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_51.tsv",
            pipeline,
            "Authors' notes from the war in Ukraine at village level, batch 51 (after tuning on 1-50)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_52.tsv",
            pipeline,
            "Authors' demonstration notes on the lines between the protest and riot types, batch 52 (after tuning on 1-51)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_53.tsv",
            pipeline,
            "Authors' wire stories that open with a sentence of context, batch 53 (after tuning on 1-52)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_54.tsv",
            pipeline,
            "Authors' notes from the Middle East, batch 54 (after tuning on 1-53)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_55.tsv",
            pipeline,
            "Authors' notes from Latin America and the Caribbean, batch 55 (after tuning on 1-54)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_56.tsv",
            pipeline,
            "Authors' wire stories counting the dead in many ways, batch 56 (after tuning on 1-55)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_57.tsv",
            pipeline,
            "Authors' whole wire stories of four or five sentences, batch 57 (after tuning on 1-56)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_58.tsv",
            pipeline,
            "Authors' headlines written Each Word Capitalised, batch 58 (after tuning on 1-57)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_59.tsv",
            pipeline,
            "Authors' items in the English of local press in Africa and Asia, batch 59 (after tuning on 1-58)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_60.tsv",
            pipeline,
            "Authors' posts as OSINT and news accounts write them on Telegram and X, batch 60 (after tuning on 1-59)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_61.tsv",
            pipeline,
            "Authors' sentences in the style of daily conflict assessments, batch 61 (after tuning on 1-60)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_62.tsv",
            pipeline,
            "Authors' items as human-rights and UN reporting tells them, batch 62 (after tuning on 1-61)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_63.tsv",
            pipeline,
            "Authors' items as Russian state media tell them, Russian spellings, batch 63 (after tuning on 1-62)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_64.tsv",
            pipeline,
            "Authors' wire items from African conflicts little tuned on, batch 64 (after tuning on 1-63)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_65.tsv",
            pipeline,
            "Authors' wire items from South and Southeast Asia, batch 65 (after tuning on 1-64)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_66.tsv",
            pipeline,
            "Authors' wire items published days after their event, batch 66 (after tuning on 1-65)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_67.tsv",
            pipeline,
            "Authors' wire items told through witnesses and survivors, batch 67 (after tuning on 1-66)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_68.tsv",
            pipeline,
            "Authors' wire items on foreign and multinational forces, batch 68 (after tuning on 1-67)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_69.tsv",
            pipeline,
            "Authors' items established weeks or months later by investigations, batch 69 (after tuning on 1-68)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_70.tsv",
            pipeline,
            "Authors' wire items told with vivid or uncommon verbs, batch 70 (after tuning on 1-69)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_71.tsv",
            pipeline,
            "Authors' wire items in varied wire wording, batch 71 (after tuning on 1-70 and vocabulary probes)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_72.tsv",
            pipeline,
            "Authors' plain wire items, a control with no theme, batch 72 (after tuning on 1-71)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_73.tsv",
            pipeline,
            "Authors' plain wire items, a second control, batch 73 (after tuning on 1-72)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_74.tsv",
            pipeline,
            "Authors' plain wire items, a third control, batch 74 (after tuning on 1-73)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_75.tsv",
            pipeline,
            "Authors' wire items told with verbs the lexicon lacks, batch 75 (after tuning on 1-74)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_76.tsv",
            pipeline,
            "Authors' plain wire items, a fourth control, batch 76 (after tuning on 1-75)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_77.tsv",
            pipeline,
            "Authors' wire items of two or three sentences, a fifth control, batch 77 (after tuning on 1-76)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_78.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style from less-covered conflicts, batch 78 (after tuning on 1-77)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_79.tsv",
            pipeline,
            "Authors' descriptions of the war in Ukraine in ACLED's note style, batch 79 (after tuning on 1-78)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_80.tsv",
            pipeline,
            "Authors' plain wire items, a sixth control, batch 80 (after tuning on 1-79)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_81.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, every event type, batch 81 (after tuning on 1-80)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_82.tsv",
            pipeline,
            "Authors' plain wire items, a seventh control, batch 82 (after tuning on 1-81)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_83.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Ukraine and elsewhere, batch 83 (after tuning on 1-82)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_84.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, less-covered countries, batch 84 (after tuning on 1-83)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_85.tsv",
            pipeline,
            "Authors' plain wire items, an eighth control, batch 85 (after tuning on 1-84)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_86.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the war in Ukraine and Russia, batch 86 (after tuning on "
            "1-85)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_87.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, aimed at the tolls, batch 87 (after tuning on 1-86)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_88.tsv",
            pipeline,
            "Authors' plain wire items of two sentences, a ninth control, batch 88 (after tuning on 1-87)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_89.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, countries covered little, batch 89 (after tuning on 1-88)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_90.tsv",
            pipeline,
            "Authors' plain wire items, a tenth control, batch 90 (after tuning on 1-89)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_91.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the largest wars in Africa and Asia, batch 91 (after "
            "tuning on 1-90)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_92.tsv",
            pipeline,
            "Authors' plain wire items, an eleventh control, batch 92 (after tuning on 1-91)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_93.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the war in Ukraine and Russia in the wording of ACLED's "
            "Ukraine notes, batch 93 (after tuning on 1-92)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_94.tsv",
            pipeline,
            "Authors' plain wire items, a twelfth control, batch 94 (after tuning on 1-93)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_95.tsv",
            pipeline,
            "Authors' plain wire items, a thirteenth control, batch 95 (after tuning on 1-94)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_96.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, demonstrations, riots and mob violence worldwide, batch 96 "
            "(after tuning on 1-95)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_97.tsv",
            pipeline,
            "Authors' plain wire items, a fourteenth control, batch 97 (after tuning on 1-96)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_98.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the Middle East, batch 98 (after tuning on 1-97)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_99.tsv",
            pipeline,
            "Authors' plain wire items, a fifteenth control, batch 99 (after tuning on 1-98)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_100.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Europe, the Caucasus, Central Asia, Asia and the Americas, "
            "batch 100 (after tuning on 1-99)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_101.tsv",
            pipeline,
            "Authors' plain wire items, a sixteenth control, batch 101 (after tuning on 1-100)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_102.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the war in Ukraine and Russia, batch 102 (after tuning on "
            "1-101)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_103.tsv",
            pipeline,
            "Authors' plain wire items, a seventeenth control, batch 103 (after tuning on 1-102)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_104.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Latin America and the Caribbean, batch 104 (after tuning on "
            "1-103)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_105.tsv",
            pipeline,
            "Authors' plain wire items, an eighteenth control, batch 105 (after tuning on 1-104)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_106.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the Middle East and North Africa, batch 106 (after tuning "
            "on 1-105)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_107.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Africa, batch 107 (after tuning on 1-106)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_108.tsv",
            pipeline,
            "Authors' plain wire items, a nineteenth control, batch 108 (after tuning on 1-107)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_109.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the Middle East, Asia and Latin America, batch 109 (after "
            "tuning on 1-108)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_110.tsv",
            pipeline,
            "Authors' plain wire items, a twentieth control, batch 110 (after tuning on 1-109)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_111.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the rarer sub-event types, batch 111 (after tuning on 1-110)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_112.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-first control, batch 112 (after tuning on 1-111)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_113.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the common sub-event types, batch 113 (after tuning on "
            "1-112)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_114.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-second control, batch 114 (after tuning on 1-113)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_115.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the war in Ukraine and Russia, batch 115 (after tuning on "
            "1-114)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_116.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-third control, batch 116 (after tuning on 1-115)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_117.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the Middle East, Africa and Asia, batch 117 (after tuning "
            "on 1-116)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_118.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-fourth control, batch 118 (after tuning on 1-117)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_119.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, worldwide, every sub-event family, batch 119 (after tuning "
            "on 1-118)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_120.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-fifth control, batch 120 (after tuning on 1-119)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_121.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the war in Ukraine and Russia, batch 121 (after tuning on "
            "1-120)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_122.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-sixth control, batch 122 (after tuning on 1-121)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_123.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Latin America, Asia, the Middle East and Africa, batch 123 "
            "(after tuning on 1-122)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_124.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-seventh control, batch 124 (after tuning on 1-123)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_125.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Africa, every sub-event family, batch 125 (after tuning on "
            "1-124)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_126.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-eighth control, batch 126 (after tuning on 1-125)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_127.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Asia and the Americas, batch 127 (after tuning on 1-126)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_128.tsv",
            pipeline,
            "Authors' plain wire items, a twenty-ninth control, batch 128 (after tuning on 1-127)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_129.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, countries covered little or not at all, batch 129 (after "
            "tuning on 1-128)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_130.tsv",
            pipeline,
            "Authors' plain wire items, a thirtieth control, batch 130 (after tuning on 1-129)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_131.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, the Caucasus, the Balkans, the Gulf, South and South-East "
            "Asia, batch 131 (after tuning on 1-130)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_132.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-first control, batch 132 (after tuning on 1-131)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_133.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Africa, the Andes, Colombia and Haiti, batch 133 (after "
            "tuning on 1-132)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_134.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-second control, batch 134 (after tuning on 1-133)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_135.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Ukraine and Russia, the Middle East, Pakistan, Myanmar, "
            "batch 135 (after tuning on 1-134)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_136.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-third control, batch 136 (after tuning on 1-135)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_137.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Latin America, Africa, the Middle East, Asia, batch 137 "
            "(after tuning on 1-136)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_138.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-fourth control, batch 138 (after tuning on 1-137)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_139.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Ukraine and Russia, Africa, Asia, the Middle East, "
            "Latin America, the Caucasus, batch 139 (after tuning on 1-138)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_140.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-fifth control, batch 140 (after tuning on 1-139)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_141.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, half Ukraine and Russia (border towns, Crimea, deep "
            "strikes, occupied Donbas), half Africa, Asia, the Balkans, the Caucasus, batch 141 (after tuning on "
            "1-140)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_142.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-sixth control, batch 142 (after tuning on 1-141)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_143.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, Ukraine and Russia, the Sahel, Nigeria, East Africa, "
            "Lebanon and Israel, Asia, Ethiopia, Haiti, Syria, Iraq, Ecuador, batch 143 (after tuning on 1-142)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_144.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-seventh control, batch 144 (after tuning on 1-143)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_145.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, batch 145 (after tuning on 1-144)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_146.tsv",
            pipeline,
            "Authors' plain wire items, a thirty-eighth control, batch 146 (after tuning on 1-145)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_147.tsv",
            pipeline,
            "Authors' descriptions in ACLED's note style, batch 147 (after tuning on 1-146)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_148.tsv",
            pipeline,
            "Authors' plain control batch 148, the thirty-ninth (30 invented wire items, August 2030; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_149.tsv",
            pipeline,
            "Authors' ACLED-style batch 149 (30 invented notes, September 2030; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_150.tsv",
            pipeline,
            "Authors' plain control batch 150, the fortieth (30 invented wire items, October 2030; held out until "
            "its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_151.tsv",
            pipeline,
            "Authors' ACLED-style batch 151 (30 invented notes, November 2030; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_152.tsv",
            pipeline,
            "Authors' plain control batch 152, the forty-first (30 invented wire items, December 2030; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_153.tsv",
            pipeline,
            "Authors' ACLED-style batch 153 (30 invented notes, December 2030; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_154.tsv",
            pipeline,
            "Authors' plain control batch 154, the forty-second (30 invented wire items, January 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_155.tsv",
            pipeline,
            "Authors' ACLED-style batch 155 (30 invented notes, March 2031; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_156.tsv",
            pipeline,
            "Authors' plain control batch 156, the forty-third (30 invented wire items, April 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_157.tsv",
            pipeline,
            "Authors' ACLED-style batch 157 (30 invented notes, May 2031; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_158.tsv",
            pipeline,
            "Authors' plain control batch 158, the forty-fourth (30 invented wire items, June 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_159.tsv",
            pipeline,
            "Authors' ACLED-style batch 159 (30 invented notes, July 2031; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_160.tsv",
            pipeline,
            "Authors' plain control batch 160, the forty-fifth (30 invented wire items, August 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_161.tsv",
            pipeline,
            "Authors' ACLED-style batch 161 (30 invented notes, September 2031; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_162.tsv",
            pipeline,
            "Authors' plain control batch 162, the forty-sixth (30 invented wire items, October 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_163.tsv",
            pipeline,
            "Authors' ACLED-style batch 163 (30 invented notes, November 2031; held out until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_164.tsv",
            pipeline,
            "Authors' plain control batch 164, the forty-seventh (30 invented wire items, December 2031; held out "
            "until its first run)",
        ),
        score_gold_notes(
            GOLD / "acled_style_notes_165.tsv",
            pipeline,
            "Authors' ACLED-style batch 165 (30 invented notes, January 2032; held out until its first run)",
        ),
    ]
    summary = summarise_batches(batches)
    claims = score_claims(GOLD / "claims.tsv", pipeline)
    claims_2 = score_claims(GOLD / "claims_2.tsv", pipeline)
    claims_2.name = "Authors' attributed statements, batch 2 (written after tuning on batch 1)"
    merging = score_merging(
        GOLD / "merge_corpus.jsonl", pipeline, "Merging across outlets: authors' corpus (rules were tuned on it)"
    )
    merging_2 = score_merging(
        GOLD / "merge_corpus_2.jsonl",
        pipeline,
        "Merging across outlets: authors' corpus, batch 2 (written after tuning)",
    )
    return [
        *batches,
        summary,
        score_non_events(GOLD / "non_events.tsv", pipeline),
        score_non_events(
            GOLD / "non_events_2.tsv",
            pipeline,
            "Authors' non-event texts, batch 2 (words of war in disasters, crime, diplomacy, sport, business)",
        ),
        score_non_events(
            GOLD / "non_events_3.tsv",
            pipeline,
            "Authors' non-event texts, batch 3 (disasters, accidents, crime, diplomacy, courts, culture, history)",
        ),
        score_non_events(
            GOLD / "non_events_4.tsv",
            pipeline,
            "Authors' non-event texts, batch 4 (half headlines Each Word Capitalised; disasters to history)",
        ),
        score_non_events(
            GOLD / "non_events_5.tsv",
            pipeline,
            "Authors' non-event texts, batch 5 (posts with emoji and hashtags; disasters to statements)",
        ),
        score_non_events(
            GOLD / "non_events_6.tsv",
            pipeline,
            "Authors' non-event texts, batch 6 (sport, ceremonies, film, mandates and statements in this session's "
            "event words; disasters to aid)",
        ),
        score_non_events(
            GOLD / "non_events_7.tsv",
            pipeline,
            "Authors' non-event texts, batch 7 (labour strikes, football strikers, pits, drones bought or on show in "
            "this session's event words; disasters to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_8.tsv",
            pipeline,
            "Authors' non-event texts, batch 8 (couples, former soldiers, removals, seizures, agreements and marches "
            "in this session's event words; disasters to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_9.tsv",
            pipeline,
            "Authors' non-event texts, batch 9 (football matches, curfews against disease, traders, suspended clubs, "
            "retaken leads, planted trees in this session's event words; disasters to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_10.tsv",
            pipeline,
            "Authors' non-event texts, batch 10 (convoys, flags over buildings, placards, press statements, "
            "employees and headteachers, towns entered in session 18's event words; accidents to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_11.tsv",
            pipeline,
            "Authors' non-event texts, batch 11 (fighter jets, crowds of local men, 'returned fire', border troops, "
            "takeovers after a withdrawal, rallies filmed in session 19's event words; accidents to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_12.tsv",
            pipeline,
            "Authors' non-event texts, batch 12 (exercises and parades, marines, families, titles, launchers, "
            "takeovers, states of emergency, unexploded shells in session 19's new words; accidents to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_13.tsv",
            pipeline,
            "Authors' non-event texts, batch 13 (snipers, pushes and offensives, rival parties, crowds that beat drums, "
            "suicide bombers in courts and museums in session 20's new words; accidents to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_14.tsv",
            pipeline,
            "Authors' non-event texts, batch 14 (things set ablaze, 'now controlled', 'launched a new operation', "
            "relatives who gather, rival parties that agree in sessions 20-22's new words; accidents to ceremonies)",
        ),
        score_non_events(
            GOLD / "non_events_15.tsv",
            pipeline,
            "Authors' non-event texts, batch 15 (crushes at gates, fires a heater starts, ceasefire talks, lists of "
            "prisoners, reports presented in a city, towns with the Arabic article; accidents to the economy)",
        ),
        score_non_events(
            GOLD / "non_events_16.tsv",
            pipeline,
            "Authors' non-event texts, batch 16 (victims on motorcycles, the dead remembered, lists traded, truces "
            "and protocols, chants, handovers, groups that pelt each other, jets, drones, bases in session 23's new "
            "words; accidents to the weather)",
        ),
        score_non_events(
            GOLD / "non_events_17.tsv",
            pipeline,
            "Authors' non-event texts, batch 17 (war's words used of sport, games, markets and politics; war as the "
            "past in courts, memoirs, inquiries and reports; arms in drills, parades and sales; accidents to crime)",
        ),
        score_non_events(
            GOLD / "non_events_18.tsv",
            pipeline,
            "Authors' non-event texts, batch 18 (sit-downs, stores emptied, bases for drone crews, drones downed, "
            "blank sheets, swaps, capitals that speak, seasons, decades and years ago in session 24's new words; "
            "accidents to the weather)",
        ),
        score_non_events(
            GOLD / "non_events_19.tsv",
            pipeline,
            "Authors' non-event texts, batch 19 (session 24's new words again: 'when' clauses, ambushes, a new head, "
            "handovers, swaps, bases, sit-downs, drones, landmarks, seasons; sport to the weather)",
        ),
        score_non_events(
            GOLD / "non_events_20.tsv",
            pipeline,
            "Authors' non-event texts, batch 20 (session 25's new words: slums and quarters, people sheltering, "
            "places marched into unopposed, towns with their districts; sport, disease, courts, history, weather)",
        ),
        score_non_events(
            GOLD / "non_events_21.tsv",
            pipeline,
            "Authors' non-event texts, batch 21 (war's words in other senses: teams that ambushed or held off a "
            "rival, shares that rallied, a dispute defused; works telling their story; batch 119's places)",
        ),
        score_non_events(
            GOLD / "non_events_22.tsv",
            pipeline,
            "Authors' non-event texts, batch 22 (session 26's new words: members of armed groups, rival groups, towns "
            "an armed group controls, roads to towns, works that tell, years counted back; batches 119-120's places)",
        ),
        score_non_events(
            GOLD / "non_events_23.tsv",
            pipeline,
            "Authors' non-event texts, batch 23 (session 26's later words: forces engaged, devices planted, attacks "
            "repelled, banners unfurled, a boy taken from a house, a toll after an area; batch 121's places)",
        ),
        score_non_events(
            GOLD / "non_events_24.tsv",
            pipeline,
            "Authors' non-event texts, batch 24 (session 27's new words: livestock stolen, crowds that marched along, "
            "ground occupied, roads cleared, deals brokered or negotiated, towns taken after a withdrawal; batch 123's "
            "places)",
        ),
        score_non_events(
            GOLD / "non_events_25.tsv",
            pipeline,
            "Authors' non-event texts, batch 25 (batch 124's new words: jihadist fighters in other stories, people "
            "pulled from cars, stun and sound grenades, bans on motorbikes citing a reason, towns taken over, "
            "settlers; batch 124's places)",
        ),
        score_non_events(
            GOLD / "non_events_26.tsv",
            pipeline,
            "Authors' non-event texts, batch 26 (batch 126's new words: fruit pickers, a mine's access road, crowds "
            "that thrash, police who said nobody was hurt, bans on sales, positions taken up or set up, dynamite, "
            "broken windows, things snatched; batch 126's places)",
        ),
        score_non_events(
            GOLD / "non_events_27.tsv",
            pipeline,
            "Authors' non-event texts, batch 27 (batch 127's new words: rubber tappers, gold panners, young men at "
            "play, a patrolman, rifles and mortars, vehicles intercepted, buildings burned down, gunmen who flee, "
            "the Bangsamoro's provinces, Uri; batch 127's places)",
        ),
        score_non_events(
            GOLD / "non_events_28.tsv",
            pipeline,
            "Authors' non-event texts, batch 28 (batch 129's new words: drivers and miners striking, members of a "
            "cooperative, 'and the driver', two nations' border guards, rockets fired into territory or orbit, "
            "eThekwini; batch 129's places)",
        ),
        score_non_events(
            GOLD / "non_events_29.tsv",
            pipeline,
            "Authors' non-event texts, batch 29 (session 29's later words: things taken away, units merged, people "
            "marched into a forest, 'bombed by', borders closed, sheikhs and monks, a town's only surgeon, offices "
            "that speak, entering after others left; batch 130's places)",
        ),
        score_non_events(
            GOLD / "non_events_30.tsv",
            pipeline,
            "Authors' non-event texts, batch 30 (session 30's words: petrol bombs, rival groups that fought each "
            "other, handovers 'each', the Revolutionary Guards, peoples before places, Bahrain's Capital "
            "governorate; batch 131's places)",
        ),
        score_non_events(
            GOLD / "non_events_31.tsv",
            pipeline,
            "Authors' non-event texts, batch 31 (session 30's later words: office-holders who died, 'lynched' in "
            "politics, ground a side holds, crews that rescued, crowds and cattle blocking roads, news agencies; "
            "batch 132's places)",
        ),
        score_non_events(
            GOLD / "non_events_32.tsv",
            pipeline,
            "Authors' non-event texts, batch 32 (session 31's words: celebrations, people pulled out of vehicles or "
            "picked up by helicopters, curfews on activities, tractors brought to fairs, planned rallies, growers; "
            "batch 134's places)",
        ),
        score_non_events(
            GOLD / "non_events_33.tsv",
            pipeline,
            "Authors' non-event texts, batch 33 (session 31's later words: flags over ruins, people led out of "
            "houses, missiles fired from drones, 'returned fire', dispersed crowds; batch 135's places)",
        ),
        score_non_events(
            GOLD / "non_events_34.tsv",
            pipeline,
            "Authors' non-event texts, batch 34 (session 31's last words: local police and residents who speak, "
            "ground 'back under the control of' someone, those who 'died from' something; batch 136's places)",
        ),
        score_non_events(
            GOLD / "non_events_35.tsv",
            pipeline,
            "Authors' non-event texts, batch 35 (session 31's batch-137 words: revellers, things pelted, sit-ins, "
            "'surrendered to', flags over a town's building, 'knocked out'; batch 137's places)",
        ),
        score_non_events(
            GOLD / "non_events_36.tsv",
            pipeline,
            "Authors' non-event texts, batch 36 (session 31's batch-138 words: things released from drones, "
            "'destroyed before reaching', rubber pellets, 'reduced to ashes', bans; batch 138's places)",
        ),
        score_non_events(
            GOLD / "non_events_37.tsv",
            pipeline,
            "Authors' non-event texts, batch 37 (session 32's batch-139 and batch-140 words: throats cut, blockades "
            "removed, taken from a flat by police, emptied by, pushed out of, a general staff that speaks, city "
            "police, a regional governor; both batches' places)",
        ),
        score_non_events(
            GOLD / "non_events_38.tsv",
            pipeline,
            "Authors' non-event texts, batch 38 (session 32's batch-141 and batch-142 words: uniforms, a navy that "
            "reports, border commissions, photographs held up, things brought down or set alight, abandoned under "
            "fire, suspended traffic, an air force; both batches' places)",
        ),
        score_non_events(
            GOLD / "non_events_39.tsv",
            pipeline,
            "Authors' non-event texts, batch 39 (session 33's batch-144 words: bombs made safe, things that approached "
            "a plant, being met by, vehicles packed with something, its aircraft, suspicion of, bodies found, a "
            "family's members; the towns of extra_places.tsv)",
        ),
        score_non_events(
            GOLD / "non_events_40.tsv",
            pipeline,
            "Authors' non-event texts, batch 40 (session 33's batch-145 and batch-146 words: back under control, now "
            "holds, trucked away, operated by, a crowd dispersed, ordered to suspend, taken off a bus, damaged by; both "
            "batches' places)",
        ),
        score_non_events(
            GOLD / "non_events_41.tsv",
            pipeline,
            "Authors' non-event texts, batch 41 (session 34's batch-148 words: fires started by something, smashed "
            "windows, vehicles lost to a fire, a charge that blew a hole, machetes, placards asking for, a crowd that "
            "was demanding, a people named after its region, time spent; the places of batches 147 and 148)",
        ),
        score_non_events(
            GOLD / "non_events_42.tsv",
            pipeline,
            "Authors' non-event texts, batch 42 (session 34's batch-149 and batch-150 words: a detention announced in a "
            "place, began using it as a base, kept probing, led out of a church by officers, overran trenches, walked "
            "into a town after a battle, lined up and shot, a calibre's shells, packed with charges, a crowd favourite "
            "who beat two men; both batches' places)",
        ),
        score_non_events(
            GOLD / "non_events_43.tsv",
            pipeline,
            "Authors' non-event texts, batch 43 (session 34's batch-151 and batch-152 words: held out, jamming a toy "
            "drone, handcuffed himself, signs, stripped of old pumps, stones at a nest, a weapon's likeness or "
            "namesake, blocking streets for a film, a party's announcement; both batches' places)",
        ),
        score_non_events(
            GOLD / "non_events_44.tsv",
            pipeline,
            "Authors' non-event texts, batch 44 (session 35's batch-154 words: shot dead in a play, naval guns, salutes "
            "and fire crews, howitzers and tanks on show, restored or for sale, builders' mortars, snowball fights, a "
            "lottery winner's crowd, men linked to the Islamic State in court, cattle driven out, the Green Zone "
            "reopened, a town's surroundings visited; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_45.tsv",
            pipeline,
            "Authors' non-event texts, batch 45 (session 35's batch-155 words: a journalist robbed, children grabbed "
            "from a fire, drones used to spray or to hit a ball, a fort stormed in a re-enactment, a team that tried to "
            "advance, airsoft players, Kuki and Meitei leaders meeting; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_46.tsv",
            pipeline,
            "Authors' non-event texts, batch 46 (session 35's batch-156 words: soldiers lost to injury, gas from smoke "
            "bombs or a leaking pipe, army engineers burning scrap, a bridge blown up by contractors, a quarry's "
            "explosives, a gallery about air raids, a water cannon on a burning car; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_47.tsv",
            pipeline,
            "Authors' non-event texts, batch 47 (session 35's batch-157 words: humanitarian deminers and sappers at "
            "training, fans and mourners chanting, governments' bans on charcoal, bars or cars, flowers left for a "
            "poet or a husband; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_48.tsv",
            pipeline,
            "Authors' non-event texts, batch 48 (session 35's batch-158 words: a guesthouse snatched up, a pitch or a "
            "fort's ramparts stormed, a herdsman honoured, Government House and the Green Zone, chlorine breathed "
            "after an accident, an RPG in a museum; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_49.tsv",
            pipeline,
            "Authors' non-event texts, batch 49 (session 36's batch-159 words: explosive vests in a museum, an acronym "
            "in brackets, a governor opening a ward, settlers at a festival, cars set on fire by a heater, a tax "
            "imposed after a series of price rises, people seized by nerves; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_50.tsv",
            pipeline,
            "Authors' non-event texts, batch 50 (session 36's batch-160 words: a striker who tried to push past "
            "defenders, a strike that ended, an icon back in Ukrainian hands, residents taken from their homes by "
            "rescuers, boys marched into the forest by scout leaders, base camp overrun by climbers; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_51.tsv",
            pipeline,
            "Authors' non-event texts, batch 51 (session 36's batch-161 words: blanks fired to scatter crows, water "
            "cannon to disperse bees, relatives who fell upon pilgrims, drones carrying fertiliser, a pharmacist taken "
            "away by ambulance, a man hit by a car who died of his wounds; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_52.tsv",
            pipeline,
            "Authors' non-event texts, batch 52 (session 36's batch-162 words: rubbish carried away by volunteers, a "
            "debate turned into a shouting match, runners carried off by medics, vendors' activities banned, a groom "
            "forced into a pickup, passengers left behind or trapped in a lift; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_53.tsv",
            pipeline,
            "Authors' non-event texts, batch 53 (session 37's batch-163 words: accidents blamed for a toll, explosives "
            "worn or carried for work, deals ending fighting over pay, camps taken over as an expedition's or a film's "
            "base, a position lost after a battle for viewers, slogans painted by soldiers, a hospital's or a "
            "morgue's bodies; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_54.tsv",
            pipeline,
            "Authors' non-event texts, batch 54 (session 37's batch-164 words: an escaped animal recaptured or a place "
            "retaken 'after ... announced', people not heard from since a climb, a star set upon by fans, a fire's or "
            "a proposal's advance beaten back, a film's ambush, executions by lethal injection, a guided bomb's "
            "model; the batch's places)",
        ),
        score_non_events(
            GOLD / "non_events_55.tsv",
            pipeline,
            "Authors' non-event texts, batch 55 (session 37's batch-165 words: paragliders and helicopters in Myanmar "
            "flown for tourists or aid, crowds in defiance of bans that are not on demonstrations, a scouts' camp, "
            "homes found stripped by floodwater, students taken into the forest to study birds; the batch's places)",
        ),
        score_non_events(
            GOLD / "context_sentences.tsv",
            pipeline,
            "Authors' context sentences around war news (statements, plans, tallies, presence; fallback training "
            "negatives; rules tuned on them after their first run)",
        ),
        score_article_events(GOLD / "article_events.jsonl", pipeline),
        claims,
        claims_2,
        merging,
        merging_2,
    ]


# The one honest held-out figure for batch 2: its score the first time it was run, before any
# rule was changed because of it.
_BATCH2_FIRST_RUN = (
    "_First run of batch 2, before any rule was changed because of it: sub-event type 30/36 (0.833), "
    "actor1 28/36, event date 33/36, location 31/36, fatalities 33/36._"
)


_NON_EVENTS_2_FIRST_RUN = (
    "_The last 12 texts were added after tuning; their first run: 10/12 without an event (a street stabbing "
    "and a hospital fire were coded as violence)._"
)
_BATCH3_FIRST_RUN = (
    "_First run of batch 3, before any rule was changed because of it: sub-event type 35/42 (0.833), "
    "actor1 26/42 (0.619), event date 38/42 (0.905), location 35/42, fatalities 40/42 (0.952)._"
)
_BATCH4_FIRST_RUN = (
    "_First run of batch 4, before any rule was changed because of it: sub-event type 28/35 (0.800), event type "
    "30/35 (0.857), event date 32/35, actor1 25/35 (0.714), location 29/35, fatalities 32/35._"
)
_BATCH5_FIRST_RUN = (
    "_First run of batch 5, before any rule was changed because of it: sub-event type 31/36 (0.861), event type "
    "32/36 (0.889), event date 33/36, actor1 29/36 (0.806), location 31/36, fatalities 32/36._"
)
_CLAIMS_FIRST_RUN = (
    "_First run of the claims set, written before the claim extractor: claimant 58/62 (0.935), "
    "stance 59/62 (0.952), denial linked to the right claim 7/7._"
)


_CLAIMS_2_FIRST_RUN = (
    "_First run of claims batch 2, before any rule was changed because of it: claimant 17/20 (0.85), "
    "stance 20/20, denial linked 3/3._"
)


# --- merging across outlets ---------------------------------------------------------------------


def _stored_assignment(store: Any) -> dict[str, str]:
    """Article id -> the stored event its first current (non-background) report went to."""
    assignment: dict[str, str] = {}
    for record in store.iter_events():
        if record.get("background"):
            continue
        for source in record["sources"]:
            assignment.setdefault(source["article_id"], record["event_id"])
    return assignment


def score_article_events(path: Path, pipeline: Pipeline) -> Report:
    """Over- and under-generation on the authors' multi-event articles: does each article give
    the events a coder would code, no more (a repeated paragraph, statements, tallies and
    background sentences add none), and its background events as background?"""
    report = Report("Multi-event articles: events per article (authors' set)", f"benchmarks/gold/{path.name}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    taxonomy = pipeline.lexicon.taxonomy
    produced = gold_total = 0
    for row in (r for r in rows if "text" in r):
        result = pipeline.process(Article(row["id"], row["text"], published=date.fromisoformat(row["published"])))
        report.rows += 1
        events = result.events
        for background in (False, True):
            gold = [g for g in row["events"] if g["background"] == background]
            found = [e for e in events if e.background == background]
            label = "background" if background else "reported"
            if not background:
                produced += len(found)
                gold_total += len(gold)
                report.score("articles with exactly the coded number of reported events").add(len(found) == len(gold))
                report.score("articles with at most one reported event too many").add(len(found) <= len(gold) + 1)
            unmatched = list(found)
            for wanted in gold:
                match = next(
                    (
                        e
                        for e in unmatched
                        if taxonomy.event_type_of[wanted["sub_event_type"]] == e.event_type
                        and (wanted["location"] is None or fold(e.location or "") == fold(wanted["location"]))
                    ),
                    None,
                )
                report.score(f"coded {label} events found (event type and place)").add(match is not None)
                if match is not None:
                    unmatched.remove(match)
                    report.score(f"coded {label} events found: sub-event type right").add(
                        match.sub_event_type == wanted["sub_event_type"]
                    )
            if not background:
                for e in found:
                    report.score("reported events that are coded events (precision)").add(e not in unmatched)
    report.notes.append(
        f"Reported events produced per coded event: {produced / gold_total:.2f} ({produced}/{gold_total}; 1.00 is ideal)."
        if gold_total
        else "No coded events."
    )
    return report


def score_merging(path: Path, pipeline: Pipeline, name: str) -> Report:
    """Pairwise precision and recall of merging on the authors' multi-outlet corpus."""
    import itertools
    import tempfile

    from sitrep.store import Store

    report = Report(name, f"benchmarks/gold/{path.name}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "merge.db"))
        for row in rows:
            article = Article(
                row["id"],
                row["text"],
                published=date.fromisoformat(row["published"]),
                url=row["url"],
                outlet=row["outlet"],
            )
            store.ingest(pipeline.process(article))
        report.rows = len(rows)
        for label in ("as ingested", "after sitrep merge"):
            if label == "after sitrep merge":
                store.remerge()
            predicted = _stored_assignment(store)
            gold = {row["id"]: row["gold_event"] for row in rows}
            true_pos = false_pos = false_neg = 0
            for x, y in itertools.combinations(sorted(gold), 2):
                same_gold = gold[x] == gold[y]
                same_pred = x in predicted and y in predicted and predicted[x] == predicted[y]
                true_pos += same_gold and same_pred
                false_pos += same_pred and not same_gold
                false_neg += same_gold and not same_pred
            report.scores[f"pairwise precision ({label})"] = Score(true_pos, true_pos + false_pos)
            report.scores[f"pairwise recall ({label})"] = Score(true_pos, true_pos + false_neg)
        store.engine.dispose()
    return report


def score_ucdp_sources(data: Path, pipeline: Pipeline, matcher: Admin1Matcher, limit: int | None) -> Report:
    """UCDP rows with several source headlines, each headline ingested as its own article: how
    many events does one real event become?"""
    import tempfile

    from sitrep.store import Store

    report = Report(
        "UCDP GED rows with several headlines, each ingested as its own article",
        f"{data}/ucdp_ged_ukraine/UCDP-Ukraine.csv",
    )
    with (data / "ucdp_ged_ukraine" / "UCDP-Ukraine.csv").open(encoding="cp1252", errors="replace") as handle:
        rows = [
            r for r in csv.DictReader(handle) if r["year"] in ("2022", "2023") and r["source_headline"].count(";") >= 1
        ]
    per_row: list[int] = []
    for row in rows[:limit]:
        headlines = [h.strip() for h in row["source_headline"].split(";") if h.strip()]
        dates = [d for d in (_ucdp_date(v, True) for v in row["source_date"].split(";"))]
        with tempfile.TemporaryDirectory() as folder:
            store = Store(str(Path(folder) / "row.db"))
            for index, headline in enumerate(headlines):
                published = dates[index] if index < len(dates) and dates[index] else None
                store.ingest(pipeline.process(Article(f"r{row['id']}-{index}", headline, published=published)))
            count = sum(1 for r in store.iter_events() if not r.get("background"))
            store.engine.dispose()
        per_row.append(count)
        report.rows += 1
        report.score("rows that became exactly one event").add(count == 1)
        report.score("rows that became no event").add(count == 0)
        report.score("rows that became several events").add(count > 1)
    if per_row:
        report.notes.append(
            f"Mean events per UCDP row: {sum(per_row) / len(per_row):.2f} (1.00 is ideal; many headlines report no event of their own)."
        )
    return report


_MERGE_FIRST_RUN = (
    "_First run, before the rules were changed because of it: pairwise precision 0.889 (16/18), recall 0.889 (16/18)._"
)
_MERGE_2_FIRST_RUN = (
    "_First run of batch 2, before any rule was changed because of it: pairwise precision 1.0 (3/3), recall 0.5 "
    "(3/6): the misses were extraction errors (a strike typed as an attack on civilians, a possessive place "
    "name, an unrecognised explosion)._"
)


_BATCH6_FIRST_RUN = (
    "_First run of batch 6, before any rule was changed because of it: sub-event type 24/40 (0.600), event type "
    "26/40 (0.650), event date 31/40, actor1 25/40 (0.625), location 31/40, fatalities 29/40 (0.725). Most misses "
    "were texts with no event found (protests without the word protest, demolitions, truces, troop moves)._"
)
_BATCH7_FIRST_RUN = (
    "_First run of batch 7, before any rule was changed because of it: sub-event type 36/40 (0.900), event type "
    "36/40 (0.900), event date 38/40 (0.950), actor1 35/40 (0.875), location 35/40 (0.875), fatalities 38/40 (0.950)._"
)
_BATCH8_FIRST_RUN = (
    "_First run of batch 8, before any rule was changed because of it: sub-event type 24/40 (0.600), event type "
    "25/40 (0.625), event date 31/40 (0.775), actor1 24/40 (0.600), location 28/40 (0.700), fatalities 31/40 "
    "(0.775). Unseen verbs (battled, seized nuns, drove out, rounded up, ransacked, swapped) found no event or the "
    "wrong one._"
)
_BATCH9_FIRST_RUN = (
    "_First run of batch 9, before any rule was changed because of it: sub-event type 32/40 (0.800), event type "
    "35/40 (0.875), event date 38/40 (0.950), actor1 34/40 (0.850), location 30/40 (0.750), fatalities 34/40 "
    "(0.850). Casualty figures in a follow-up sentence were lost; places were taken from 'a UN report', "
    "'Part of a block', 'Columbia University'._"
)
_BATCH10_FIRST_RUN = (
    "_First run of batch 10, before any rule was changed because of it: sub-event type 31/40 (0.775), event type "
    "33/40 (0.825), event date 34/40 (0.850), actor1 30/40 (0.750), location 30/40 (0.750), fatalities 33/40 "
    "(0.825)._"
)
_BATCH11_FIRST_RUN = (
    "_First run of batch 11, before any rule was changed because of it: sub-event type 25/40 (0.625), event type "
    "25/40 (0.625), event date 29/40 (0.725), actor1 25/40 (0.625), location 27/40 (0.675), fatalities 28/40 "
    "(0.700). Verbs not used before (beat off, hacked to death, jammed, removed to an unknown destination) "
    "found no event._"
)
_BATCH12_FIRST_RUN = (
    "_First run of batch 12, before any rule was changed because of it: sub-event type 26/40 (0.650), event type "
    "30/40 (0.750), event date 32/40 (0.800), actor1 27/40 (0.675), location 30/40 (0.750), fatalities 32/40 "
    "(0.800)._"
)
_BATCH13_FIRST_RUN = (
    "_First run of batch 13, before any rule was changed because of it: sub-event type 26/40 (0.650), event type "
    "28/40 (0.700), event date 31/40 (0.775), actor1 27/40 (0.675), location 30/40 (0.750), fatalities 31/40 "
    "(0.775)._"
)
_BATCH14_FIRST_RUN = (
    "_First run of batch 14 (19 longer wire items), before any rule was changed because of it: sub-event type 15/19 "
    "(0.789), event type 16/19 (0.842), event date 18/19 (0.947), actor1 15/19 (0.789), location 16/19 (0.842), "
    "fatalities 16/19 (0.842)._"
)
_BATCH15_FIRST_RUN = (
    "_First run of batch 15 (28 items, many regions), before any rule was changed because of it: sub-event type "
    "20/28 (0.714), event type 23/28 (0.821), event date 26/28 (0.929), actor1 22/28 (0.786), location 23/28 "
    "(0.821), fatalities 25/28 (0.893)._"
)
_BATCH16_FIRST_RUN = (
    "_First run of batch 16 (19 items, mostly Ukraine), before any rule was changed because of it: sub-event type "
    "13/19 (0.684), event type 14/19 (0.737), event date 15/19 (0.789), actor1 13/19 (0.684), location 12/19 "
    "(0.632), fatalities 15/19 (0.789)._"
)
_BATCH17_FIRST_RUN = (
    "_First run of batch 17 (20 items: demonstrations, riots, strategic developments), before any rule was changed "
    "because of it: sub-event type 16/20 (0.800), event type 16/20 (0.800), event date 18/20 (0.900), actor1 15/20 "
    "(0.750), location 16/20 (0.800), fatalities 18/20 (0.900)._"
)
_BATCH18_FIRST_RUN = (
    "_First run of batch 18 (40 items, all six event types, news wording), before any rule was changed because of "
    "it. Rules alone: sub-event type 31/40 (0.775), event type 33/40 (0.825), event date 36/40 (0.900), actor1 "
    "30/40 (0.750), location 33/40 (0.825), fatalities 36/40 (0.900). With the statistical fallback as shipped "
    "(trained on batches 1-17 only, `tools/train_classifier.py --hold-out 18`): sub-event type 32/40 (0.800), "
    "event type 34/40, event date 37/40, actor1 31/40, location 34/40, fatalities 37/40 (one abduction with no "
    "trigger word found). The pooled figure counts 32._"
)
_CONTEXT_SENTENCES_FIRST_RUN = (
    "_Written as training negatives for the statistical fallback; the trigger rules were never tuned on them, so "
    "this is their first-run false-event figure: 74/87 without an event. All 13 false events came from the rules "
    "(tallies 'has killed tens of thousands', an investigation 'into the shelling', 'took shelter', 'arrest "
    "warrants', 'preparing a summer offensive'), none from the fallback. The rules were then taught references "
    "to violence (`data/references.tsv`: investigations into, plans for, displaced by, alerts, warrants, tallies "
    "of a whole war; supplies an army lacks), checked on new wording in tests, and the set joined the quality "
    "gate._"
)
_NON_EVENTS_BATCH3_FIRST_RUN = (
    "_First run of non-event batch 3 (40 texts, written after batches 1-50), before any rule was changed because "
    "of it: 30/40 without an event, rules alone and with the shipped fallback (accidents 5/6: a methane blast at "
    "a coal mine; crime 4/8: a serial killer's confession, a school shooting, hackers who 'attacked' a hospital's "
    "computers, an arrest for poisoning dogs; diplomacy 5/6: the G7 condemning Iran's missile attack; courts 3/4: "
    "a conviction over the 2016 Brussels bombings; culture 1/2: veterans gathered to mark D-Day; history 0/2: "
    "the anniversary of Dresden's bombing, the Beslan siege of 2004)._"
)
_NON_EVENTS_BATCH4_FIRST_RUN = (
    "_First run of non-event batch 4 (40 texts, half of them headlines written Each Word Capitalised, written "
    "after batches 1-58), before any rule was changed because of it: 34/40 without an event, rules alone and "
    "with the shipped fallback (a bus that 'Plunges' into a ravine, read with 'Plunges' as a town; a fire at a "
    "fireworks factory; a budget passed after a 'fierce battle' over spending; lightning; two military "
    "helicopters that collided on a training flight; a crop-spraying drone that crashed into a power line). "
    "Two texts tell the same kinds of story as set 3 (a cocaine seizure at a port, the MH17 convictions)._"
)
_NON_EVENTS_BATCH6_FIRST_RUN = (
    "_First run of non-event batch 6 (40 texts aimed at words the rules took as events in session 12: teams that "
    "'beat' others, flags raised at ceremonies, film crews 'shooting' battle scenes, peacekeepers' mandates, "
    "bodies 'buried', tanks on a firing range), before any rule was changed because of it: 31/40 without an "
    "event, rules alone and with the shipped fallback. Events were made from two flag ceremonies (Independence "
    "Day in Kyiv, an embassy in Paris), an arrest for a neighbours' quarrel, Dresden's anniversary of the 1945 "
    "bombing, the mid-air collision over the Potomac, a chemical blast at a port, bodies buried 'since the "
    "fighting ended', an army chief's warning that troops 'who attacked civilians' would be court-martialled, "
    "and supporters gathered to celebrate an election result._"
)
_NON_EVENTS_BATCH5_FIRST_RUN = (
    "_First run of non-event batch 5 (40 posts as news and OSINT accounts write them, with emoji, hashtags and "
    "flags, written after batches 1-62), before any rule was changed because of it: 29/40 without an event, rules "
    "alone and with the shipped fallback. Events were made from four aircraft and industrial accidents (a jet "
    "that 'crashes' into a neighbourhood, a flight that 'explodes' after skidding off a runway, a fuel tanker "
    "that 'explodes' on a highway, a power plant blast), arrests of internet fraudsters, two military exercises "
    "('Iskander drills', 'drills encircling Taiwan'), two air raid alerts ('threat of ballistic missiles', "
    "sirens during a truce) and two leaders who 'clash' in a meeting. The two exercises were then replaced (a "
    "label error: earlier batches code military exercises as ACLED's 'Other'); the first run stays counted "
    "against the set as first written._"
)
_NON_EVENTS_BATCH2_FIRST_RUN = (
    "_First run of non-event batch 2, before any rule was changed because of it: 13/21 without an event (accidents "
    "0/4: a fuel depot explosion, a ship striking a bridge, a bus overturning, a tanker exploding; crime 2/5: two "
    "mass shootings and a robbery; sport 1/2)._"
)


# What each held-out set scored the first time it was run, by file name.
_BATCH19_FIRST_RUN = (
    "_First run of batch 19, before any rule was changed because of it, rules alone: sub-event type 31/40 "
    "(0.775), event type 31/40, event date 34/40, actor1 29/40, location 30/40, fatalities 34/40. With the "
    "statistical fallback trained without it (`tools/train_classifier.py --hold-out 19`) the figures were the "
    "same: the fallback answered none of the five texts the rules found nothing in (an air defence "
    "interception, a bus hijacking, a square packed to denounce a detention, a crowd beating a man to death, a "
    "mine that went off in woodland). "
    "The pooled figure counts 31._"
)
_BATCH20_FIRST_RUN = (
    "_First run of batch 20, before any rule was changed because of it, rules alone: sub-event type 29/40 "
    "(0.725), event type 29/40, event date 32/40, actor1 28/40, location 30/40, fatalities 31/40. With the "
    "statistical fallback trained without it (`tools/train_classifier.py --hold-out 20`), now also allowed to "
    "overrule weak trigger words, every figure was the same: it answered none of the eight texts the rules "
    "found nothing in and overruled none. (The overruling of weak words was then removed: on CIR monitor "
    "captions it retyped 9 events, mostly for the worse, e.g. 'Ukrainian strikes on Russian positions' as a "
    "chemical weapon.) The pooled figure counts 29._"
)
_BATCH21_FIRST_RUN = (
    "_First run of batch 21, before any rule was changed because of it, rules alone: sub-event type 20/30 "
    "(0.667), event type 22/30, event date 26/30, actor1 20/30, location 24/30, fatalities 23/30. With the "
    "statistical fallback trained without it (`tools/train_classifier.py --hold-out 21`): sub-event type 22/30 "
    "(0.733), event type 24/30, event date 28/30, actor1 22/30, location 27/30, fatalities 25/30 (it found the "
    "burning of Zamzam camp's market and the PKK's weapons-burning ceremony). Three gold labels were then found "
    "to be authoring mistakes and corrected (the Mokwa lynching kills one; the Suwayda item's toll of 30 is the "
    "clash's; ACLED names the Maoists CPI (Maoist)); against the corrected labels the first run scored actor1 "
    "21/30 and fatalities 25/30 with rules alone, 23/30 and 27/30 with the fallback (sub-event type unchanged). "
    "The pooled figure counts 22._"
)
_BATCH22_FIRST_RUN = (
    "_First run of batch 22, before any rule was changed because of it, rules alone: sub-event type 20/30 "
    "(0.667), event type 21/30, event date 23/30, actor1 21/30, location 19/30, fatalities 23/30. With the "
    "statistical fallback trained without it (`tools/train_classifier.py --hold-out 22`): sub-event type 21/30 "
    "(0.700), event type 22/30, event date 24/30, actor1 22/30, location 20/30, fatalities 24/30 (it found "
    "armour massing near Belgorod). One location label was then corrected (a region-only event takes ACLED's "
    "spelling Zaporizhia; the first run wrote exactly that): location 21/30 with the fallback. Headlines were "
    "the weak spot: 7 of the 10 misses. The pooled figure counts 21._"
)
_BATCH23_FIRST_RUN = (
    "_First run of batch 23 (the war in Ukraine, the domain most tuned for), before any rule was changed because "
    "of it, rules alone: sub-event type 18/20 (0.900), event type 18/20, event date 19/20, actor1 18/20, location "
    "17/20, fatalities 19/20. With the statistical fallback trained without it: sub-event type 19/20 (0.950), "
    "event type 19/20, event date 20/20, actor1 19/20, location 18/20, fatalities 20/20 (it found a teacher taken "
    "from her flat). The pooled figure counts 19._"
)
_BATCH24_FIRST_RUN = (
    "_First run of batch 24 (30 items from many conflicts, all six event types), before any rule was changed "
    "because of it, rules alone: sub-event type 28/30 (0.933), event type 28/30, event date 29/30, actor1 26/30, "
    "location 28/30, fatalities 28/30. With the statistical fallback trained without it (`tools/train_classifier.py "
    "--hold-out 24`) every figure was the same. Misses: gunmen 'storming' a market and shooting traders typed as a "
    "clash; six bodies dumped by a highway found no event; 'Sagaing's Kani township' placed in Japan, so the "
    "soldiers were Japan's; Somali forces 'backed by Turkish drones' credited to Turkey; M23 entering a town after "
    "the army withdrew credited to the army; 'Nuh district of Haryana' placed at Haryana. The pooled figure "
    "counts 28._"
)
_BATCH25_FIRST_RUN = (
    "_First run of batch 25 (15 headlines, 15 two-sentence wire items whose second sentence is context), before "
    "any rule was changed because of it, rules alone: sub-event type 24/30 (0.800), event type 26/30, event date "
    "28/30, actor1 24/30, location 22/30, fatalities 24/30; the statistical fallback trained without it "
    "(`tools/train_classifier.py --hold-out 25`) changed nothing. Headlines missed 4 of 15 sub-event types "
    "(present-tense 'abduct', 'storm parliament', 'tear-gas'; an 'Israeli strike' typed as shelling); the "
    "context sentences leaked into 5 events (Islamic State 'has targeted the area before' made actor1, 'the "
    "region borders Afghanistan' made the place, a death in custody that set off a riot counted as its toll). "
    "The pooled figure counts 24._"
)
_ARTICLE_EVENTS_FIRST_RUN = (
    "_First run of the multi-event articles, before any rule was changed because of them (rules alone): exact "
    "number of reported events in 7/12 articles, at most one too many in 11/12; coded events found (event type "
    "and place) 13/22; precision 13/26; background events found 1/3; 1.18 reported events per coded event. The "
    "main cause: the dateline ('KYIV, June 2 -') was taken for the place of an event in 8 of the 12 articles. "
    "Also: an air force's tally of drones shot down, with no place of its own, retyped the Kharkiv strike; "
    "'forcing families to flee towards Sake' made an event at Sake; 'In June last year' was dated this June; "
    "'a campaign that began in January 2024' and 'a ceasefire agreed in Doha last month' became background "
    "clashes; 'in Chibok in 2014' was not dated 2014. One label was then corrected: an air force's tally of "
    "drones shot down in the night is the strike's weapons (launched, intercepted), as sitrep's convention has "
    "it, not an event of its own (22 coded reported events became 21)._"
)
_BATCH26_FIRST_RUN = (
    "_First run of batch 26 (30 items weighted to the rarer sub-event types), before any rule was changed "
    "because of it, rules alone: sub-event type 25/30 (0.833), event type 26/30, event date 27/30, actor1 24/30, "
    "location 25/30, fatalities 26/30; the statistical fallback trained without it changed nothing. Missed: a "
    "new leader named (typed a clash from 'weeks after its leader was killed'), warships seen leaving Tartus, "
    "a town 'handed ... over to' government forces, a 'suicide car bomber', a 'human chain'; actors: 'gang "
    "members' lost to the police whose station they burned, 'artillery fire by the Sudanese army', 'ELN "
    "guerrillas and FARC dissidents fought'. The pooled figure counts 25._"
)
_BATCH27_FIRST_RUN = (
    "_First run of batch 27 (20 wire items opening with a dateline), before any rule was changed because of "
    "it, rules alone: sub-event type 17/20 (0.850), event type 19/20, event date 20/20, actor1 18/20, location "
    "19/20, fatalities 20/20; the statistical fallback trained without it changed nothing. Missed: a dateline "
    "with its country ('MAIDUGURI, Nigeria -') taken for the place, and a base 'overran' typed as territory "
    "taken; troops firing on people waiting for aid typed a clash; 'taking dozens of passengers hostage'; "
    "actors 'blaming the Rapid Support Forces' and 'Mali's army and its Russian allies'. The pooled figure "
    "counts 17._"
)
_BATCH28_FIRST_RUN = (
    "_First run of batch 28 (20 items whose event is often not told first), before any rule was changed "
    "because of it, rules alone: sub-event type 17/20 (0.850), event type 17/20, event date 18/20, actor1 18/20, "
    "location 16/20, fatalities 16/20; the statistical fallback trained without it changed nothing. Missed: "
    "students occupying a university building; rockets that 'landed in open areas'; a town regained 'after "
    "the MNDAA withdrew under a China-brokered deal' typed as regained by force; places: 'Residents of Sumy "
    "woke to explosions' then 'the city centre', 'the Tirah valley'; tolls: nine militants plus two soldiers, "
    "'beating one to death'. The pooled figure counts 17._"
)
_BATCH29_FIRST_RUN = (
    "_First run of batch 29 (20 items about demonstrations), before any rule was changed because of it, "
    "rules alone: sub-event type 16/20 (0.800), event type 17/20, event date 19/20, actor1 16/20, location "
    "18/20, fatalities 19/20; the statistical fallback trained without it changed nothing. Missed: 'Police "
    "fired pepper spray and arrested 20 people as pensioners rallied' (no event: the arrest was read as "
    "the protest's cause?), a protest 'against the arrest of a journalist' typed as an intervention, police "
    "detaining students who 'tried to block' a courthouse typed as arrests, students who 'clashed with "
    "supporters of the ruling party ... throwing bricks' typed as a battle; 'a ban on arms exports to "
    "Israel' made Israel's army the marchers in Berlin. The pooled figure counts 16._"
)
_BATCH30_FIRST_RUN = (
    "_First run of batch 30 (20 items weighted to strategic developments and violence against civilians), "
    "before any rule was changed because of it, rules alone: sub-event type 17/20 (0.850), event type 17/20, "
    "event date 19/20, actor1 17/20, location 19/20, fatalities 17/20; the statistical fallback trained without "
    "it changed nothing. Missed: a group announcing it would ban mobile internet (no event); RSF fighters "
    "storming a camp and killing aid workers and displaced people typed a clash; a rapper arrested 'over songs "
    "supporting the protest movement' typed a protest; tolls: 'the bodies of 1,000 fallen soldiers' in a swap "
    "counted as deaths; 'Jihadists' in a village the gazetteer lacks named no country, so no actor. One label "
    "was then corrected: 'killing dozens' is 12 by ACLED's convention, as sitrep coded it (fatalities 18/20 "
    "against the corrected label). The pooled figure counts 17._"
)
_BATCH31_FIRST_RUN = (
    "_First run of batch 31 (20 items in the form of ACLED's own notes, several conflicts), before any rule was "
    "changed because of it, rules alone: sub-event type 20/20, event type 20/20, event date 20/20, actor1 19/20, "
    "location 20/20, fatalities 20/20; the fallback trained without it the same. The one miss is a convention "
    "question, left as labelled: 'suspected ISWAP militants' is coded ISWAP, the label says unidentified. The "
    "pooled figure counts 20._"
)
_BATCH32_FIRST_RUN = (
    "_First run of batch 32 (30 items in ACLED's note form with the bracketed fields real notes carry: "
    "'[size=no report]', 'Around 4 February 2026 (between 1 and 4 February)', '(coded as 10)'), before any rule "
    "was changed because of it, rules alone: sub-event type 29/30 (0.967), event type 29/30, event date 30/30, "
    "actor1 28/30, location 28/30, fatalities 29/30; the fallback trained without it the same. Missed: police "
    "detaining students 'who gathered ... to protest the arrest of the mayor' typed an arrest (a protest with "
    "intervention); 'a mob lynched a suspected thief' counted no death; 'JNIM militants entered Boulkessi ... "
    "after Malian forces abandoned their camp' made Mali actor 1; 'a village in Tabayin township (Shwebo, "
    "Sagaing)' placed at Shwebo, the district in brackets; 'Deir al-Balah' read as 'Balah'. The pooled figure "
    "counts 29._"
)
_BATCH33_FIRST_RUN = (
    "_First run of batch 33 (30 items in ACLED's note form set in 2019-2021: Philippines, Yemen, Afghanistan, "
    "Iraq, Cameroon, Mozambique, Chile, Lebanon, Hong Kong, India, Libya...), before any rule was changed because "
    "of it, rules alone: sub-event type 27/30 (0.900), event type 27/30, event date 28/30, actor1 16/30 (0.533), "
    "location 27/30, fatalities 28/30; with the fallback trained without it: sub-event type 28/30, actor1 17/30. "
    "Missed types: 'the military junta imposed martial law in 6 townships' (no event), Belarusian forces "
    "escorting migrants to the border (no event; the fallback found it), a mob attacking shops in Delhi typed a "
    "shelling. Actor 1 was the weak field: groups sitrep did not know (NPA, LNA, 'IS' for Islamic State, "
    "'Saudi-led coalition'), state forces of governments before the years table began (Iraq 2018-2020, Mali "
    "2013-2020, Saudi Arabia 2015-), Ambazonian separatists named as Ukraine's, Hong Kong as a country (ACLED "
    "codes it in China), and Solhan, Burkina Faso placed at Solhan, Turkey despite its brackets. The pooled "
    "figure counts 28 (the shipped configuration, with the fallback)._"
)
_BATCH34_FIRST_RUN = (
    "_First run of batch 34 (30 items in ACLED's note form, 2022-2025), before any rule was changed because of "
    "it, rules alone: sub-event type 28/30 (0.933), event type 29/30, event date 30/30, actor1 28/30, location "
    "26/30, fatalities 30/30; the fallback trained without it the same. Missed: militants destroying a "
    "telecommunications mast typed a shelling; troops redeployed to the front typed a change to activity (ACLED: "
    "other); 'an Iranian ballistic missile hit' named no actor; 'a mob of Meitei men' in Manipur coded in Japan "
    "(Kuki, a town there, read as the place); places: 'near Galle Face in Colombo' placed at Galle, 'the "
    "Tekstilshchik market in Donetsk city' at Tekstilshchik, and a ceasefire 'which came into force in Lebanon' "
    "placed in Lebanon. The pooled figure counts 28._"
)
_BATCH35_FIRST_RUN = (
    "_First run of batch 35 (30 items in ACLED's note form weighted to uncommon shapes: region-only places, "
    "month dates, weapons seized or defused, raids with arrests, unknown drones, attributions in a second "
    "sentence), before any rule was changed because of it, rules alone: sub-event type 25/30 (0.833), event type "
    "25/30, event date 27/30, actor1 24/30, location 23/30, fatalities 27/30; with the fallback trained without "
    "it: sub-event type 26/30, actor1 25/30, date 28/30. Missed: troops seizing rifles and ammunition (no event); "
    "police removing students 'who had been blocking a road' (no event); 'youths clashed with police and "
    "vandalised shops' typed a clash; 'Ukraine and Russia agreed, in separate talks ..., to a ceasefire' (no "
    "event); police firing on protesters 'who stormed parliament' typed a violent demonstration. Places: 'Kibbutz "
    "Kfar Aza' kept its prefix, 'the Mar Elias church in Damascus (Damascus, Damascus)' placed at Elias, "
    "Colombia, 'between Boni and Hombori' at Hombori. Labels then corrected, each a convention settled by "
    "ACLED's codebook rather than by the run: protesters who stormed parliament and were shot at are a violent "
    "demonstration, not excessive force against (peaceful) protesters (here and in batch 9); an attack 'attributed "
    "to CODECO' is CODECO's, as 'suspected ISWAP militants' (batch 31) and 'police blamed the ELN' (batch 21) "
    "are the named groups' (ACLED codes suspected and attributed perpetrators); Feodosia is Feodosiia in ACLED's "
    "Ukrainian spelling. The pooled figure counts 26._"
)
_BATCH36_FIRST_RUN = (
    "_First run of batch 36 (30 items, 2019-2021, close calls between sub-event types and protest waves), "
    "before any rule was changed because of it, rules alone: sub-event type 27/30 (0.900), event type 28/30, "
    "event date 28/30, actor1 24/30, location 26/30, fatalities 29/30; the fallback trained without it the "
    "same. Missed: 'the military declared a state of emergency ... and took power' (no event); the Taliban and "
    "the US signing 'an agreement ... on the withdrawal of US troops' typed a transfer of territory; "
    "Azerbaijan declaring martial law 'as fighting broke out in Nagorno-Karabakh' typed a clash in Baku. Actor "
    "1: 'outside the army headquarters' made the army the actor of an RSF attack; US forces lacked the years "
    "2017-2021; Hong Kong protesters named as a country's (ACLED codes Hong Kong in China); 'Eritrean and "
    "Ethiopian troops' coded Eritrea first. Places: 'Dogon Noma' read as Noma, 'the Haftanin region (Zakho, "
    "Duhok)' placed at Zakho, 'the Ain al-Asad air base (Hit, Al Anbar)' at Hit. One label was then made "
    "consistent with batch 33's: declaring martial law is a change to group/activity, not 'other'. The pooled "
    "figure counts 27._"
)
_BATCH37_FIRST_RUN = (
    "_First run of batch 37 (30 items, 2022-2025, mostly the Russia-Ukraine war: unopposed entry or recapture, "
    "intercepted or landed strikes, drone-dropped munitions, chloropicrin; close calls elsewhere), before any "
    "rule was changed because of it, rules alone: sub-event type 30/30 (1.000), event type 30/30, event date "
    "30/30, actor1 28/30, location 30/30, fatalities 30/30; the fallback trained without it the same. Actor 1: "
    "'Ukrainian troops entered Kherson ... after Russian forces withdrew' named the withdrawing side; 'a suicide "
    "bomber from the Balochistan Liberation Army' was left unidentified._"
)
_BATCH38_FIRST_RUN = (
    "_First run of batch 38 (30 items, 2023-2025: ten headlines, ten wire items with datelines and context "
    "sentences, ten ACLED-form notes), before any rule was changed because of it, rules alone: sub-event type "
    "27/30 (0.900), event type 27/30, event date 25/30, actor1 24/30, location 24/30, fatalities 26/30; the "
    "fallback trained without it the same. The headlines and notes were all right but one; the wire items "
    "were not: no event for 'a drone attack struck Port Sudan', 'rammed an explosives-laden truck into a "
    "military base' or 'militants attacked a police checkpost'; 'BAMAKO, Jan 10 (Reuters) - ... on Tuesday' "
    "dated by the dateline; 'ODESA, Ukraine (AP) - A Russian ballistic missile struck the port of Odesa' came "
    "out as an unidentified group's strike in Russia; 'ADF rebels killed 18' left unidentified and placed at "
    "the territory, not the village the gazetteer lacks; 'Suspected Kuki militants' placed in Kuki, Japan. One "
    "label was then made consistent with sitrep's convention (since batch 19): rebels who 'rammed an explosives-laden "
    "truck into a military base' carried out a suicide bombing (a driven vehicle bomb), not a remote IED._"
)
_BATCH39_FIRST_RUN = (
    "_First run of batch 39 (30 items, 2022-2025, mostly wire items with datelines, sources and context, and "
    "headlines), before any rule was changed because of it, rules alone: sub-event type 28/30 (0.933), event "
    "type 28/30, event date 29/30, actor1 27/30, location 28/30, fatalities 29/30; the fallback trained "
    "without it the same. Missed: Hamas firing 'an anti-tank missile at an Israeli tank' typed a missile "
    "attack (a direct-fire weapon between armed sides: a clash); farmers who 'drove hundreds of tractors into "
    "central Brussels ..., throwing eggs ... and setting fires' (no event). Actor 1: 'BELGOROD, Russia - A "
    "Ukrainian drone' credited to Russia, named in the dateline; gangs in Pont-Sonde left without a country. "
    "Place: 'St Petersburg' kept as written, not ACLED's 'Saint Petersburg'._"
)
_BATCH40_FIRST_RUN = (
    "_First run of batch 40 (30 items, 2022-2025: strategic developments and one-sided violence, strikes in the "
    "Russia-Ukraine war, demonstrations), before any rule was changed because of it, rules alone: sub-event type "
    "28/30 (0.933), event type 28/30, event date 30/30, actor1 27/30, location 29/30, fatalities 30/30; the "
    "fallback trained without it the same. Missed: police firing on 'protesters who breached parliament' typed "
    "excessive force (ACLED: a violent demonstration, as batch 35's storming); women marching 'to demand the "
    "release of relatives they say were abducted by security forces' typed an abduction. Actor 1 and place: 'a "
    "drone launched from Ukraine crashed into an apartment block in the Moscow suburb of Ramenskoye' left "
    "unidentified and placed in Moscow._"
)
_BATCH41_FIRST_RUN = (
    "_First run of batch 41 (30 items in the styles of translated official and local media: Ukrainian and "
    "Russian regional administrations, Sahel communiques, Arabic agencies, Myanmar outlets), before any rule "
    "was changed because of it, rules alone: sub-event type 26/30 (0.867), event type 28/30, event date 30/30, "
    "actor1 17/30 (0.567), location 27/30, fatalities 27/30; the fallback trained without it the same. The "
    "names these outlets give the sides were the main loss: 'enemy drones' (Russia's, in a Ukrainian "
    "administration's words), 'shelling by the Armed Forces of Ukraine', 'the FAMa', 'Occupation forces' in "
    "the West Bank (Israel's, read as Russia's), 'Zionist enemy aircraft', 'the American-British aggression', "
    "'the PDF' (read as Japan's), 'the Ethiopian National Defense Force', 'unidentified armed individuals'. "
    "Also: 'liberated the settlement' (a capture, typed as regained), 'arrested 5 citizens' after 'stormed the "
    "town' typed a clash; 'the driver died', 'about fifteen', 'the killing of 3' not counted; 'between Boni and "
    "Douentza' in Germany. Two labels were then made consistent with sitrep's conventions: the FAMa's claim to "
    "have 'neutralized about fifteen terrorists' is a party's count of its enemy's dead, which sitrep (like "
    "ACLED and UCDP) does not take as fatalities (0, was 15); Myrolubivka is written Myroliubivka, the "
    "official romanisation ACLED uses for Ukrainian places._"
)
_BATCH42_FIRST_RUN = (
    "_First run of batch 42 (30 stories opening with a sentence of context before the event's), before any "
    "rule was changed because of it, rules alone: sub-event type 23/30 (0.767), event type 24/30, event date "
    "30/30, actor1 23/30, location 22/30, fatalities 26/30; the fallback trained without it the same. The "
    "context sentences made events of their own, listed first, or absorbed the event told next: 'Israel and "
    "Hezbollah have traded fire since October', 'Demonstrations ... have been held weekly since November', "
    "'Protests have spread to several cities since the arrest', 'has stepped up attacks on Russian air bases', "
    "'have been negotiating a peace deal', 'have recruited tens of thousands of volunteers', 'withdrew the "
    "finance bill a day after the protests'. Also: 'Al Shabaab fighters took over ... after government forces "
    "pulled out' credited to the forces; 'shot dead a Palestinian' not counted; 'North Waziristan's Mir Ali' "
    "placed at the district; 'Mali's junta', 'Iraq's government' not counted as where the story is (Nampala "
    "read in Mozambique, the Kurdistan region in Iran)._"
)
_BATCH43_FIRST_RUN = (
    "_First run of batch 43 (30 notes in ACLED's form, 2024, many conflicts), before any rule was changed "
    "because of it, rules alone: sub-event type 28/30 (0.933), event type 29/30, event date 30/30, actor1 27/30, "
    "location 30/30, fatalities 29/30; the fallback trained without it the same. Missed: 'Israeli forces struck "
    "a house in Khan Younis' typed a missile attack (the label says air strike; the text does not say how); "
    "'Palestinian youths threw stones at Israeli forces raiding Nablus' typed looting by Israel. Actor 1: "
    "'Ukrainian forces struck Russian positions' credited to Russia; a rocket 'attributed to Hezbollah, which "
    "denied it' left unidentified. Fatalities: 'killing several civilians. Fatalities coded as 3.' counted 10 "
    "(and the label, a slip, said none; corrected to the 3 the note codes)._"
)
_BATCH44_FIRST_RUN = (
    "_First run of batch 44 (30 demonstration, riot and mob notes in ACLED's form, 2024, twenty countries), "
    "before any rule was changed because of it, rules alone: sub-event type 22/30 (0.733), event type 23/30, "
    "event date 27/30, actor1 23/30, location 27/30, fatalities 28/30; the fallback trained without it the same. "
    "Demonstrations remain the weakest kind: no event for 'held a pro-Palestinian encampment' or 'held a May "
    "Day march in the Kadikoy district of Istanbul'; 'broke through a police barrier ... and scuffled with "
    "officers', 'youths burned cars and businesses ... in protest' typed peaceful; 'were pushed back by police "
    "and soldiers' not an intervention; 'police arrested dozens of PTI supporters trying to reach D-Chowk' "
    "typed arrests; 'crowds stormed and looted' the prime minister's residence typed looting; 'National Guard "
    "troops shot dead 2 people protesting' typed an attack; 'Maria Corina Machado' read as a place in Denmark; "
    "'marching towards Delhi at the Shambhu border crossing' placed at Delhi. Two labels were then corrected: "
    "Southport's date to the 30 July the note gives (a slip), and New Caledonia's rioters to 'Rioters (New "
    "Caledonia)', ACLED coding it as a country of its own._"
)
_BATCH45_FIRST_RUN = (
    "_First run of batch 45 (30 strategic-development notes in ACLED's form, 2024-2025), before any rule was "
    "changed because of it: rules alone, sub-event type 17/30 (0.567), event type 18/30, event date 22/30, actor1 "
    "16/30, location 22/30; with the statistical fallback trained without it (the shipped configuration, which "
    "the pooled figure counts) sub-event type 21/30 (0.700), event type 22/30, actor1 19/30. Strategic "
    "developments are the weakest kind: no event for announcements ('announced it would close all girls' "
    "schools', 'would target all US-linked ships', 'would be dissolved into a new national army'), a regime "
    "'introduced' in a region, a truce 'agreed in Doha', a ceasefire that 'came into force', a checkpoint "
    "'established' to collect taxes, a school 'burned down'; a curfew imposed 'after clashes' typed a clash; "
    "a seized cache 'of rifles, grenades and explosives' typed a grenade attack; arrests of an activist 'at a "
    "rally a week earlier' and of activists 'who had organised protests' typed interventions in protests; "
    "'federal forces', 'security forces recovered' and 'HTS-led opposition fighters' not named._"
)
_BATCH46_FIRST_RUN = (
    "_First run of batch 46 (30 notes in ACLED's form, 2023-2025, half demonstrations, half strategic "
    "developments), before any rule was changed because of it: rules alone, sub-event type 25/30 (0.833), "
    "event type 26/30, event date 26/30, actor1 25/30, location 25/30; with the fallback trained without it "
    "(shipped, counted) sub-event type 26/30 (0.867), actor1 26/30. Missed: supporters who 'gathered "
    "peacefully in front of the court' (no event); 'police fired flash-bang grenades to disperse protesters' "
    "typed peaceful; 'police found and dismantled 3 IEDs', 'the junta dissolved all political parties ... by "
    "decree', 'M23 installed its own governor and administration' (no event). Actor 1: 'investigators "
    "arrested' not named._"
)
_BATCH47_FIRST_RUN = (
    "_First run of batch 47 (30 notes in ACLED's form, 2023-2025, from South Asia, Myanmar, Sudan, the "
    "Sahel, Kenya, Serbia, Georgia, Turkey, Colombia, Ukraine and the West Bank), before any rule was changed "
    "because of it: rules alone, sub-event type 27/30 (0.900), event type 27/30, event date 30/30, actor1 "
    "27/30, location 30/30, fatalities 30/30; with the fallback trained without it (shipped, counted) the "
    "same. Missed: 'police shot dead a student leading a quota reform protest' typed an attack; protesters "
    "who 'broke into the parliament compound and set part of the building on fire' typed peaceful; "
    "'students and residents held one of the largest demonstrations in the country's history' typed a "
    "shelling by an armed group. Actor 1: 'the MNDAA said it had taken ... the military's Northeastern "
    "Command headquarters' named the owner._"
)
_BATCH48_FIRST_RUN = (
    "_First run of batch 48 (30 wire-style news items, 2023-2025, weekday dates and the source at the end, "
    "from twenty-odd countries), before any rule was changed because of it: rules alone, sub-event type "
    "28/30 (0.933), event type 28/30, event date 29/30, actor1 26/30, location 27/30, fatalities 27/30; "
    "with the fallback trained without it (shipped, counted) the same. Missed: 'Islamic State fighters "
    "beheaded five Christians' typed a clash; 'the ELN announced a unilateral ceasefire' (no event). "
    "Actor 1: 'separatist fighters' in Cameroon unnamed; 'Sudan's army and the paramilitary RSF signed' "
    "gave the second; 'soldiers ... in Las Navas, Northern Samar' read as Afghanistan's (Las). Location: "
    "'the Amedi district of Iraq's Duhok province' placed at Duhok. Fatalities: 'killed two soldiers and "
    "three separatists' gave 2, 'killing the minister ... and five others' gave none. One label was then "
    "corrected: 'separatist fighters' in Cameroon are an unidentified armed group by sitrep's documented "
    "convention (actor_branches.tsv; batch 33 labels them so), not 'Ambazonian Separatists' as first written; "
    "against it the first run's actor1 was 27/30._"
)
_BATCH49_FIRST_RUN = (
    "_First run of batch 49 (30 items told as official statements and local agencies tell them, 2023-2025: "
    "Pakistan's ISPR, Nigeria's Operation Hadin Kai, defence ministries, the IDF, the Houthis' 'Yemeni armed "
    "forces', the Al-Qassam Brigades, Myanmar's state media, NNA, WAFA, SANA), before any rule was changed "
    "because of it: rules alone, sub-event type 25/30 (0.833), event type 27/30, event date 30/30, actor1 "
    "17/30, location 25/30, fatalities 28/30; with the fallback trained without it (shipped, counted) the same. "
    "Missed: 'the air component of Operation Hadin Kai struck a gathering' typed a shelling; 'armed terrorist "
    "groups attacked the army detachment' an attack; 'the Al-Qassam Brigades said its fighters targeted a "
    "Merkava tank with a Yassin-105 shell' a shelling; 'the SBU detained a Russian agent ... who had been "
    "adjusting missile strikes' a missile attack; 'struck a workshop assembling drones ... with an Iskander "
    "missile' a drone strike. Actor 1: 'Operation Hadin Kai' read as Kai, Japan; 'security forces' of an "
    "ISPR statement taken for police; 'the Yemeni armed forces' (the Houthis) and 'the Somali National Army' "
    "not named; 'PDF terrorists', 'terrorists opened fire', 'the FARDC' not named. Location: 'near Adan "
    "Yabaal' read as Aden; 'the Kyiv regime' as Kyiv; 'Catubig, Northern Samar' as Samara. Fatalities: 'two "
    "soldiers embraced martyrdom', 'Hezbollah confirmed his death' not counted. Two labels ('troops repelled an "
    "attack by ISWAP', 'the FAMa repelled a terrorist attack') name the attacker as actor 1, where four labels of "
    "earlier batches name the side that repelled; they are left as written and the convention is open._"
)
_BATCH50_FIRST_RUN = (
    "_First run of batch 50 (30 wire items with a Reuters-style dateline giving the filing day and events "
    "dated relative to it, 2023-2025), before any rule was changed because of it: rules alone, sub-event type "
    "27/30 (0.900), event type 28/30, event date 26/30, actor1 30/30, location 28/30, fatalities 30/30; with "
    "the fallback trained without it (shipped, counted) the same. Missed: 'the army said on Monday it had "
    "retaken the Jebel Moya area ... from the RSF on Saturday' typed a non-state capture and dated Monday; "
    "'militants attacked a displacement camp ..., burning shelters' typed a shelling; 'on Christmas Day', 'on "
    "New Year's Eve' not resolved; 'during overnight protests ... on Tuesday' dated by 'overnight'. Location: "
    "'the Shambhu border point' placed at New Delhi (marching towards it); a placeless PKK ceasefire placed "
    "in Turkey by the Istanbul dateline. One label was then corrected: settlers who 'set fire to homes and "
    "cars' with no one hurt is property destruction (ACLED's definition: no other violence reported), not an "
    "attack, as sitrep typed it; the pooled figure counts the first run against the label as written (27)._"
)
_BATCH51_FIRST_RUN = (
    "_First run of batch 51 (30 notes in ACLED's form from the war in Ukraine and across the Russian border, "
    "November 2024 to May 2025, at village level with ACLED's bracketed raion and oblast), before any rule was "
    "changed because of it: rules alone, sub-event type 30/30, event type 30/30, event date 30/30, actor1 28/30, "
    "location 29/30, fatalities 30/30; with the fallback trained without it (shipped, counted) the same. Missed: "
    "'Russian forces attacked Ukrainian positions ... Ukrainian forces repelled the attack' and 'Russian forces "
    "attempted to advance near Stepnohirsk ..., but were repelled by Ukrainian forces' named the side that "
    "repelled (the attempt was no event word; the second lost its village too)._"
)
_BATCH52_FIRST_RUN = (
    "_First run of batch 52 (30 demonstration notes in ACLED's form, 2024-2025, on the lines between the five "
    "protest and riot sub-types), before any rule was changed because of it: rules alone, sub-event type 25/30 "
    "(0.833), event type 26/30, event date 28/30, actor1 27/30, location 27/30, fatalities 27/30; with the "
    "fallback trained without it (shipped, counted) sub-event type 26/30 (0.867). Missed: 'began a hunger "
    "strike at Jantar Mantar' (no event by the rules); 'police cleared a pro-Palestinian encampment ... and "
    "arrested 93 people' typed arrests; 'police blocked protesters from entering the National Assembly' typed "
    "peaceful; 'police fired live rounds at students enforcing a shutdown, killing 6' typed an attack. "
    "Fatalities: 'a crowd beat a suspected motorcycle thief to death' not counted. One label was then "
    "corrected: the sit-in 'in Ikeja (Ikeja, Lagos)' is at Ikeja, the place the note names, not Lagos._"
)
_BATCH53_FIRST_RUN = (
    "_First run of batch 53 (30 wire stories, 2024-2025, that open with a sentence of context and report the "
    "event in the next), before any rule was changed because of it: rules alone, sub-event type 24/30 (0.800), "
    "event type 24/30, event date 29/30, actor1 24/30, location 25/30, fatalities 28/30; with the fallback "
    "trained without it (shipped, counted) the same. Missed: context taken for the event ('Kidnappings for "
    "ransom have become a lucrative business', 'Russia has kept up its attacks', 'Turkey blamed the PKK for a "
    "deadly attack', 'Russia launched one of its biggest air attacks' typed a clash); 'the rebels entered "
    "Bukavu ... after government troops fled' (no event); 'crowds looted the presidential palace' typed a "
    "violent demonstration. Actor 1: 'Israeli tank shells' unnamed; 'the rebels' not taken for the M23 named "
    "the sentence before. Three labels were then corrected: police firing on protesters 'who stormed parliament' "
    "is a violent demonstration with its dead (the system's answer; ACLED's excessive force is lethal force on "
    "peaceful protesters); 'jihadists attacked a mosque' names no group (unidentified, not Islamic State "
    "Sahel Province as first written); and the M23's entry into Bukavu 'after government troops fled' is the "
    "non-violent transfer batch 20 labels the same day's event, not a capture._"
)
_BATCH54_FIRST_RUN = (
    "_First run of batch 54 (30 notes in ACLED's form from the Middle East, 2024-2025: Syria after Assad, "
    "Lebanon, Gaza and the West Bank, Yemen, Iraq, Israel, Iran), before any rule was changed because of it: "
    "rules alone, sub-event type 27/30 (0.900), event type 27/30, event date 28/30, actor1 28/30, location "
    "26/30, fatalities 28/30; with the fallback trained without it (shipped, counted) sub-event type 29/30 "
    "(0.967), event date 30/30, actor1 30/30, location 27/30, fatalities 30/30. Missed: 'a landmine left over "
    "from the fighting exploded' typed a clash. Location: 'the Ras Isa fuel port (Al Salif, Al Hudaydah)' "
    "placed at the governorate; 'the Hamrin mountains (Khanaqin, Diyala)' named by the district; 'the Gaza "
    "ceasefire' took Gaza for the agreement's place._"
)
_BATCH55_FIRST_RUN = (
    "_First run of batch 55 (30 notes in ACLED's form from Latin America and the Caribbean, 2024-2025), before "
    "any rule was changed because of it: rules alone and with the fallback trained without it (shipped, "
    "counted), sub-event type 28/30 (0.933), event type 28/30, event date 28/30, actor1 26/30, location 28/30, "
    "fatalities 28/30. Missed: two cartel items (no event: 'cartel' was listed as a word of ordinary crime, "
    "against ACLED's coding of Mexico's cartel violence; the first non-event set's cartel shootout was removed "
    "from it for the same reason). Actor 1: 'ELN guerrillas attacked FARC dissidents' named the dissidents; "
    "'security forces ... in Caracas (Libertador, Distrito Capital)' read Denmark's Capital Region._"
)
_BATCH56_FIRST_RUN = (
    "_First run of batch 56 (30 wire stories in which the dead are counted in many ways, many conflicts, "
    "2024-2025), before any rule was changed because of it: rules alone and with the fallback trained without "
    "it (shipped, counted), sub-event type 28/30 (0.933), event type 28/30, event date 30/30, actor1 26/30, "
    "location 28/30, fatalities 20/30 (0.667). Fatalities: 'a father and his three sons', 'a traditional chief "
    "and his two wives', 'five schoolchildren and a policeman', '11 soldiers and four fighters', 'a family of "
    "twelve', 'claiming the lives of two of them', 'more than a dozen', 'at least 100 people ... were killed' "
    "(a sentence after the event's) were undercounted; 'between 20 and 40' took the higher figure. Missed: "
    "villagers beating two men to death typed an attack by an armed group; jihadists killing volunteer fighters "
    "in an ambush typed an attack on civilians. Actor 1: 'gang members'; 'Shahed drones' (Russia's); 'the RSF "
    "stormed the Zamzam camp' (no actor, no place)._"
)
_BATCH57_FIRST_RUN = (
    "_First run of batch 57 (30 whole wire stories of four or five sentences: the lead event, then reactions, "
    "quotes, the other side's claims, the conflict's background with its own dates, a lesser incident), before "
    "any rule was changed because of it: rules alone and with the fallback trained without it (shipped, "
    "counted), sub-event type 26/30 (0.867), event type 28/30, event date 30/30, actor1 26/30, location 29/30, "
    "fatalities 26/30. The background leaked into the lead event's toll: '150 people were killed ... over "
    "Christmas 2023', 'a canopy collapse ... that killed 15 people' (the cause of a protest), 'days after "
    "gunmen ambushed a convoy ..., killing dozens'; 'shot dead a community leader' was not counted. Missed: "
    "'rebels led by HTS swept into Aleppo' (typed the army's withdrawal told next, placed in Syria); 'Israeli "
    "bulldozers tore up roads' (typed the weapons the army said it seized); settlers 'attacked Palestinian "
    "herders' (typed a clash); police who 'arrested 12 suspected members ... and seized rifles' (typed the "
    "seizure). Actor 1: 'The Pakistani Taliban said ... its fighters had carried out the attack' not taken as "
    "a claim; 'Russian forces launched 18 assaults on Ukrainian positions' credited to Ukraine. One label was "
    "then made consistent with the earlier batches: HTS is 'Hayat Tahrir al-Sham' (was 'HTS: Hayat Tahrir "
    "al-Sham'; the first run named the Syrian army, a miss either way)._"
)
_BATCH58_FIRST_RUN = (
    "_First run of batch 58 (30 headlines written Each Word Capitalised, as news sites write them, no dates), "
    "before any rule was changed because of it: with the fallback trained without it (shipped, counted) "
    "sub-event type 19/30 (0.633), event type 20/30, event date 27/30, actor1 17/30, location 19/30, "
    "fatalities 25/30; rules alone 18/30. Capitalised words were read as places ('Man', Ivory Coast; 'Bar', "
    "Montenegro; 'Set', 'Say', 'Mir' of 'Mir Ali'), 'In'/'At' joined the names after them, 'Ugandan Police' "
    "and 'Russian Troops' were not read as state forces, and headline verbs in the present tense ('Seize', "
    "'Battle', 'Target', 'Swap', 'Detain') were not event words. One headline tells an event of batch 18 (the "
    "burning of Nepal's parliament) in other words._"
)
_BATCH59_FIRST_RUN = (
    "_First run of batch 59 (30 items in the English of local press in Nigeria, India, Pakistan, Bangladesh, "
    "Kenya, the Philippines and Uganda), before any rule was changed because of it: with the fallback trained "
    "without it (shipped, counted) sub-event type 20/30 (0.667), event type 21/30, event date 22/30, actor1 "
    "16/30, location 21/30, fatalities 20/30; rules alone 18/30. No event from 'lathi-charged students "
    "agitating', 'miscreants hurled crude bombs', 'a 12-hour bandh', 'stone pelting broke out', 'terrorists "
    "martyred two policemen', 'goons ... stormed a church', 'police picked up 15 opposition supporters', "
    "'killed a district head and his wife'. Actor 1: the victims named first ('Two terrorists were killed in an "
    "encounter with army troops', 'Twelve Maoists were gunned down'), 'the CTD', 'an ambuscade against a police "
    "patrol' (credited to the police), 'One soldier embraced shahadat' (One, Switzerland). One item (Sambhal's "
    "mosque survey) may be the event one of batch 40's items tells in other words._"
)
_BATCH60_FIRST_RUN = (
    "_First run of batch 60 (30 posts as OSINT and news accounts write them on Telegram and X: emoji, "
    "hashtags, 'BREAKING', RU/UA/MoD/obl./FPV, coordinates, sources after a dash), before any rule was changed "
    "because of it: with the fallback trained without it (shipped, counted) sub-event type 26/30 (0.867), event "
    "type 26/30, event date 29/30, actor1 26/30, location 21/30, fatalities 27/30; rules alone 25/30. No event "
    "from 'RU MoD claims \"liberation\" of Kotliarivka'; 'protesters torching a police post and looting shops, "
    "police firing tear gas' typed as a protest with intervention; 'opened fire at a street market' typed as "
    "shelling; a family shot in their car typed as a clash. Places: the city district ('Kyivskyi district' of "
    "Kharkiv), the region or the hashtag before the town ('#Zaporizhzhia obl: ... shelled Huliaipole', 'Belgorod "
    "governor Gladkov: ... in Shebekino', 'Myinmu township, Sagaing'), accents kept where ACLED writes none "
    "('Pétion-Ville', 'Culiacán'). Actor 1: the group that claimed an IED ('Al-Shabaab claimed it'), a drone "
    "flagged 🇺🇦. Fatalities: the attackers killed in return fire not added to the police dead._"
)
_BATCH61_FIRST_RUN = (
    "_First run of batch 61 (30 sentences in the style of daily conflict assessments: ISW's Russian Offensive "
    "Campaign Assessment, the Critical Threats Iran Update and Africa File), before any rule was changed because "
    "of it: with the fallback trained without it (shipped, counted) sub-event type 29/30 (0.967), event type "
    "29/30, event date 30/30, actor1 29/30, location 28/30, fatalities 30/30; rules alone the same. A former "
    "regime officer shot by gunmen was typed as a clash (an officer read as an armed side); 'IS Mozambique' was "
    "not read as the Islamic State's Mozambique branch; 'Hamas'' (a possessive) was read as a place; 'the "
    "Tikhoretsk oil pumping station in Krasnodar Krai' was placed in the region, not the town._"
)
_BATCH62_FIRST_RUN = (
    "_First run of batch 62 (30 items as human-rights and UN reporting tells them: executions, rape, arbitrary "
    "detention, enforced disappearance, live fire on protesters), before any rule was changed because of it: with "
    "the fallback trained without it (shipped, counted) sub-event type 23/30 (0.767), event type 23/30, event "
    "date 27/30, actor1 24/30, location 26/30, fatalities 28/30; rules alone the same. No event from 'documented "
    "the rape of at least 12 women' (the noun) or 'plainclothes officers seized a blogger ... and held him "
    "incommunicado'; detentions by Russia's forces in occupied Ukraine and soldiers' detentions of herders 'whose "
    "bodies have not been found' typed as arrests; 'after the army retook the city' typed the executions told "
    "before it, and the report's publication day ('published on Tuesday') dated them; journalists 'who had "
    "covered the protests' made a protest; 'Dar es Salaam' read as Dar, Cambodia. One label was corrected after "
    "the first run: 'Israeli strikes and raids killed at least 40 Palestinians in Beit Lahia' is an air strike "
    "(the first run's type), not an attack; the first run is counted against the label as first written._"
)
_BATCH63_FIRST_RUN = (
    "_First run of batch 63 (30 items as Russian state media and the Russian Defense Ministry tell them in "
    "English, Ukrainian places in their Russian spellings), before any rule was changed because of it: with the "
    "fallback trained without it (shipped, counted) sub-event type 26/30 (0.867), event type 28/30, event date "
    "28/30, actor1 25/30, location 25/30, fatalities 28/30; rules alone the same. No event from 'improved their "
    "positions west of Marinka' or 'clearing the village of Lukyantsy ... after capturing it'; 'regained "
    "positions near Kleshcheyevka' typed as a capture; 'the Vostok battlegroup' not read as Russia's forces; "
    "'Novaya Kakhovka' read as Novaya, 'Urozhaynoye' as a Kyiv district, 'Bogdanovka' left unplaced. 'Fierce "
    "fighting is under way near Rabotino' names no side (actor 1 left unidentified)._"
)
_BATCH64_FIRST_RUN = (
    "_First run of batch 64 (30 wire items from African conflicts the earlier batches touched little: "
    "Cameroon, Ethiopia, South Sudan, the Central African Republic, Chad, Benin, Burundi, Kenya, Mozambique, "
    "Libya, Togo, Tanzania, Kordofan), before any rule was changed because of it: with the fallback trained "
    "without it (shipped, counted) sub-event type 27/30 (0.900), event type 27/30, event date 29/30, actor1 "
    "24/30, location 28/30, fatalities 27/30; rules alone the same. RSF fighters who 'looted shops and torched "
    "houses' read as rioters; 'ambushed a passenger vehicle, killing six travellers' typed as a clash; no event "
    "from 'broke the siege of Kadugli, driving RSF fighters from the surrounding hills'. Actor 1: Cameroon's "
    "separatists and 'Amba boys' (Amba read as a place in Kazakhstan), 'armed Murle youths', 'South Sudan's air "
    "force'. Fatalities: '18 attackers and one soldier' counted 18; a commander killed before the clashes "
    "counted as their toll._"
)
_BATCH65_FIRST_RUN = (
    "_First run of batch 65 (30 wire items from South and Southeast Asia: Kashmir, Pakistan, Afghanistan, "
    "Myanmar, the Philippines, Thailand, Papua, Manipur, Chhattisgarh, Bangladesh, Indonesia, South Korea), "
    "before any rule was changed because of it: with the fallback trained without it (shipped, counted) "
    "sub-event type 28/30 (0.933), event type 28/30, event date 29/30, actor1 26/30, location 25/30, fatalities "
    "28/30; rules alone 27/30. No event from 'BLA fighters blew up a railway track'; 'militants opened fire on "
    "workers at a tunnel construction site' typed as a clash. Places: districts the gazetteer lacks placed at "
    "their province ('Barmal district of ... Paktika', 'Pattani's Nong Chik district'), 'near Uri in Jammu and "
    "Kashmir' at Jammu, 'the forests of Dantewada district' unplaced, Gopalganj placed in Bihar rather than "
    "Bangladesh. Actor 1: the TPNPB unknown; the TNLA that 'handed Mogok back to the junta' (the junta took "
    "it). 'Three foreign tourists and an Afghan guide' counted 3._"
)
_BATCH66_FIRST_RUN = (
    "_First run of batch 66 (30 wire items published one to five days after the event, dated relative to "
    "publication: 'yesterday', 'last night', 'two days ago', 'last Thursday', 'Sunday's bombing', 'during "
    "Friday prayers', 'on Christmas Day', 'the previous day'), before any rule was changed because of it: with "
    "the fallback trained without it (shipped, counted) sub-event type 29/30 (0.967), event type 29/30, event "
    "date 28/30, actor1 29/30, location 30/30, fatalities 29/30; rules alone the same. 'Sunday's bombing of a "
    "paramilitary convoy' typed as a clash; 'two days ago' and 'the previous day' not read (the second dated "
    "the army's statement); 'on December 30 killed nine people' counted 30 dead; Boko Haram fighters 'who "
    "attacked a base' left as actor 2 behind the army that killed them._"
)
_BATCH67_FIRST_RUN = (
    "_First run of batch 67 (30 wire items told through the people who lived the event: a survivor's quote "
    "first, the event in a clause after it, witnesses as the source, the dead in the passive), before any rule "
    "was changed because of it: with the fallback trained without it (shipped, counted) sub-event type 25/30 "
    "(0.833), event type 25/30, event date 27/30, actor1 24/30, location 23/30, fatalities 25/30; rules alone "
    "24/30. No event from 'said a man who lost his wife ... in Israeli air strikes that killed 23 people' (the "
    "event inside the speaker's relative clause), 'a farmer said masked settlers beat him', 'a crowd pulled a "
    "man ... off a bus and set him on fire'; soldiers who 'shot at' men waiting for aid typed as a clash; "
    "'assaults his unit fought off' typed by the drone operator's drones. Places: the place named with the "
    "witnesses ('Residents of Lubero said', 'Shopkeepers returning to Wad Madani') lost, 'Debre Markos' cut "
    "to Debre, Culiacan left for the country. Actor 1: 'RSF shelling', 'a military air strike' (Myanmar), "
    "al-Shabaab who 'attacked a base held by Somali troops'. Fatalities: 'one of three protesters shot dead' "
    "counted 1; 'We buried 42 people today' not counted._"
)
_BATCH68_FIRST_RUN = (
    "_First run of batch 68 (30 wire items in which foreign and multinational forces act or are attacked: UN "
    "and AU peacekeepers, US, Israeli, Turkish, Pakistani and Kenyan strikes abroad, Africa Corps and Wagner in "
    "Mali, Rwandan, Ugandan, Burundian and Eritrean troops abroad, the Line of Control), before any rule was "
    "changed because of it: with the fallback trained without it (shipped, counted) sub-event type 27/30 "
    "(0.900), event type 27/30, event date 29/30, actor1 24/30, location 27/30, fatalities 28/30; rules alone "
    "the same. No event from 'an Israeli tank fired on a UNIFIL watchtower'; soldiers who 'beat and detained "
    "traders' typed as arrests; troops who 'detained four young men' in a buffer zone they 'have occupied' "
    "typed as a capture. Actor 1: the Congolese army named instead of the Ugandan and Burundian troops beside "
    "it, Mozambique's army instead of the insurgents who attacked it; Rwanda's and Eritrea's forces without "
    "the year of their governments. Places: 'in Kupwara district', 'the Torkham border crossing' unplaced. "
    "Fatalities: 'killed a senior Hurras al-Din commander' counted 0._"
)
_BATCH69_FIRST_RUN = (
    "_First run of batch 69 (30 items published weeks or months after the event they establish: "
    "investigations, verified footage, satellite imagery, court records, UN reports), before any rule was "
    "changed because of it: with the fallback trained without it (shipped, counted) sub-event type 24/30 "
    "(0.800), event type 26/30, event date 26/30, actor1 23/30, location 27/30, fatalities 28/30; rules alone "
    "the same. No event from 'footage ... shows M23 fighters shooting two unarmed men' or 'Russian troops "
    "raising a flag over the village of Plekhovo'; police 'firing on unarmed students' typed as a clash, "
    "police who 'detained 11 opposition activists at a rally' as a protest, gunmen who 'seized' farmers as an "
    "attack, 'the Israeli strike that killed 19 people in the Mawasi area' by the 'US-made bombs' as an "
    "explosive device. Dates: the day the inquiry concluded or the court heard the case ('concluded on "
    "Tuesday', 'told a court on Tuesday') taken for the event's. Actor 1: 'Russia's ballistic missile "
    "strike', 'government-aligned gunmen' (Syria), the police who 'traced the motorcycle bomb'._"
)
_BATCH70_FIRST_RUN = (
    "_First run of batch 70 (30 wire items whose event is told with a vivid or uncommon verb), before any rule "
    "was changed because of it: with the fallback trained without it (shipped, counted) sub-event type 17/30 "
    "(0.567), event type 18/30, event date 21/30, actor1 18/30, location 19/30, fatalities 18/30; rules alone "
    "15/30. No event from 'picked off Russian infantry', 'wrested back control of', 'bulldozers razed a "
    "school', 'staged a die-in', 'kettled hundreds of students', 'swooped on an opposition office and bundled "
    "away 12 officials', 'gunned five people down', 'called for the group to lay down its arms and dissolve "
    "itself', 'inked a local truce'; 'Russian guns pummelled' typed as an attack, police who 'opened fire on "
    "PTI marchers' as an attack, 'sprayed bullets into a cockfighting ring' as a clash, 'overran checkpoints "
    "... before retreating' as a capture. Counts: 'mowed down nine farmers', 'knifed six ... to death', "
    "'torched her' not counted. Actor 1: 'Resistance fighters' read as Japan's forces (Kani, a town in Japan "
    "too)._"
)
_BATCH71_FIRST_RUN = (
    "_First run of batch 71 (30 wire items in varied wire wording, written after vocabulary had been added "
    "from batch 70 and from development probes, to see whether that vocabulary generalises: it did not), "
    "before any rule was changed because of it: with the fallback trained without it (shipped, counted) "
    "sub-event type 16/30 (0.533), event type 20/30, event date 27/30, actor1 25/30, location 23/30, "
    "fatalities 23/30; rules alone 15/30. No event from 'poured into the squares ... chanting against', 'a "
    "military jet dropped two bombs on a village', 'called off the weekly lockdowns'. Wrong types: 'swept into "
    "the centre of Masisi as troops melted away' a clash, 'knocked 17 attack drones out of the sky' a drone "
    "strike (and 'Mobile fire groups' read as Mobile, Alabama), 'rounded up and shot 17 villagers' arrests, "
    "'went house to house ... shooting at least 25 men' shelling, 'agreed ... to a halt on strikes' shelling, "
    "'found shot dead' a clash, a blast outside a bank shelling, ordnance that 'blew up' an attack, looters "
    "who 'stripped shops and ransacked' an embassy a riot, 'hauled away protesters' a peaceful protest._"
)
_BATCH72_FIRST_RUN = (
    "_First run of batch 72 (30 plain wire items, April-May 2025, all six event types in the ordinary words of "
    "daily news, a control with no theme), before any rule was changed because of it: with the fallback "
    "trained without it (shipped, counted) sub-event type 21/30 (0.700), event type 22/30, event date 24/30, "
    "actor1 17/30, location 24/30, fatalities 24/30; rules alone the same. No event from 'ordered the detention "
    "of 22 municipal employees', 'villagers tied him to a tree and beat him', 'pledged in a joint statement "
    "... to work toward a truce', 'five men were found dead with gunshot wounds', 'twelve farm workers were "
    "taken from a rice field', 'the junta dissolved all political parties'. Types: officers who 'used live "
    "ammunition to break up a march', killing a protester, a peaceful protest; 'artillery duels between the "
    "two armies' a shelling; JNIM killing soldiers and civilians in an attack on a town an attack. Actor 1: "
    "the army that 'repelled' the RSF's assault, 'guided aerial bombs' with no one named (Russia's in "
    "Kharkiv), 'a drone launched from Yemen', mortar rounds 'fired from across the border' (Uri read as the "
    "Swiss canton again). One label was then corrected: 'suspected Maoists' are CPI (Maoist), as suspected "
    "perpetrators are coded (batches 31 and 35), which the run gave._"
)
_BATCH73_FIRST_RUN = (
    "_First run of batch 73 (30 plain wire items, June-July 2025, a second control with no theme), before any "
    "rule was changed because of it: with the fallback trained without it (shipped, counted) sub-event type "
    "26/30 (0.867), event type 26/30, event date 28/30, actor1 22/30, location 26/30, fatalities 27/30; rules "
    "alone 25/30. No event from 'Fano units entered two neighbourhoods and government soldiers tried to "
    "dislodge them' or 'ordered the suspension of several foreign radio stations'; two groups that 'clashed "
    "with sticks and stones over a religious procession' typed a battle; settlers 'beating residents and "
    "setting cars alight' typed property destruction. Actor 1: 'a shell struck his garden in Marhanets' with "
    "no one named (Russia's), 'a gang', 'Security forces ... the army's media wing said'. Places: 'Gwer West' "
    "(a local government area) and 'the edge of Kyaukphyu' unplaced. Two labels were then corrected, each "
    "against this session's own conventions: 'killed 14 militants' is 14 dead (the label said none), and "
    "JNIM, who 'attacked army camps' the army 'repelled', is actor 1 (batch 68's rule for repelled attacks), "
    "as the run gave._"
)
_BATCH74_FIRST_RUN = (
    "_First run of batch 74 (30 plain wire items, August-September 2025, a third control, committed before "
    "this session's verb classes were written), before any rule was changed because of it: with the fallback "
    "trained without it and with the WordNet verb classes (shipped, counted) sub-event type 27/30 (0.900), "
    "event type 27/30, event date 28/30, actor1 26/30, location 28/30, fatalities 27/30; in the same run the "
    "configuration shipped before the verb classes gave 26/30 (its fallback found no event for 'ELN guerrillas "
    "seized a municipal councillor', which the class of 'seized' made an abduction), and rules alone 26/30. "
    "No event from 'Government troops abandoned the coastal town of Adale ... and al Shabaab fighters moved in' "
    "or 'Army and SPLM-N commanders agreed ... to open a corridor for food convoys'; police who 'shot dead a man "
    "... during a protest' typed an attack. Actor 1: 'a bomb disposal squad' (police) read as civilians, "
    "'Shelling from the Ukrainian side' as an unidentified group. Count: 'killing its driver' not counted._"
)
_BATCH75_FIRST_RUN = (
    "_First run of batch 75 (30 wire items, each told with a verb the trigger lexicon does not know: 'slew', "
    "'nabbed', 'butchered', 'gutted', 'frog-marched', 'whisked away', 'felled' ...), before any rule was changed "
    "because of it: with the fallback trained without it and with the WordNet verb classes (shipped, counted) "
    "sub-event type 14/30 (0.467), event type 16/30, event date 17/30, actor1 14/30, location 16/30, fatalities "
    "16/30; rules alone 8/30; the same rules with a fallback trained without the verb classes, in the same run, "
    "13/30. The fallback was not asked where a weapon was named with no action ('duelled with machine guns', "
    "'felled 41 of 58 Russian drones', predicted right at 0.94 and 0.92), and answered right below its threshold "
    "of 0.5 for 'hauled in 35 students' (0.40), 'bulldozers flattened 12 homes' (0.37), 'swarmed a police post' "
    "(0.25), 'mopped up the last junta positions' (0.24); no class reads 'blitzed', 'commandeered', 'gutted', "
    "'outlawed', 'firebombed'. Wrong types: 'violated ... women' an attack, 'lashed ... with canes' shelling (the "
    "class of 'lashed'), 'jets obliterated' shelling._"
)
_BATCH76_FIRST_RUN = (
    "_First run of batch 76 (30 plain wire items, October-November 2025, a fourth control, written after this "
    "session's verb classes, weapon rule and threshold were decided), before any rule was changed because of "
    "it: shipped (fallback trained on 1-75, counted) sub-event type 25/30 (0.833), event type 26/30, event date "
    "29/30, actor1 26/30, location 29/30, fatalities 28/30; rules alone the same (the fallback added nothing). "
    "No event from 'Settlers uprooted dozens of olive trees'. Types: activists detained 'over a protest' (an "
    "earlier one) read as the protest's intervention; police who 'opened fire on a march of traders', killing "
    "one, an attack; villagers who 'set fire to the house' of a man accused of blasphemy and beat his brother a "
    "violent demonstration; a police commander 'shot dead by gunmen as he left a restaurant' a clash (the "
    "label's attack is arguable). Actor 1: the army that 'repelled an RSF assault' (the RSF attacked), 'Fano "
    "commanders' before 'Ethiopia's government' in an agreement. Count: 'A woman, 62, died' not counted._"
)
_BATCH77_FIRST_RUN = (
    "_First run of batch 77 (30 plain wire items of 2024, two or three sentences each, dated by weekday against "
    "a publication date a day or two later; a fifth control), before any rule was changed because of it: "
    "shipped (fallback trained on 1-76, counted) sub-event type 28/30 (0.933), event type 29/30, event date "
    "29/30, actor1 27/30, location 29/30, fatalities 28/30; rules alone 26/30. No event from 'Al Shabaab "
    "militants blew up a telecommunications mast'. Type: Russian drones that 'dropped munitions containing the "
    "riot-control agent CS' an air strike (the hyphen and the article kept the chemical words from matching). "
    "Actor 1: air defences that 'shot down nine drones ... blaming Ukraine' read as Ukraine's, and the Ukrainian "
    "soldiers treated for breathing problems as the attackers. Count: 'Three people, among them an elder who "
    "sat on a local peace committee, died' not counted (the description was longer than 40 characters)._"
)
_BATCH78_FIRST_RUN = (
    "_First run of batch 78 (30 descriptions written as ACLED's notes are, 2023-2025, from conflicts earlier "
    "batches in that style seldom covered), before any rule was changed because of it: shipped (fallback trained "
    "on 1-77, counted) and rules alone alike, sub-event type 28/30 (0.933), event type 28/30, event date 29/30, "
    "actor1 25/30, location 28/30, fatalities 27/30. No event from 'Israeli forces demolished 4 Palestinian-owned "
    "homes' (the hyphenated word). Type: residents who 'set fire to 2 buses and threw stones at military police in "
    "protest' property destruction by the military ('military police' read as the army). Actor 1: ACLED's own "
    "'Military Forces of Iraq' and 'the Armed Forces of the Philippines' not read as the states, so the rebels came "
    "first; Pakistan's 'security forces' (the army, in ISPR's words) read as police. Counts: 'killed the mayor of San "
    "Vicente and a municipal employee' 1, 'An unknown number of militants were killed' 1. Location: 'in the Gulf of "
    "Aden' placed in Aden._"
)
_BATCH79_FIRST_RUN = (
    "_First run of batch 79 (30 descriptions of the war in Ukraine and Russia written as ACLED's Ukraine notes "
    "are, 2022-2024), before any rule was changed because of it: shipped (fallback trained on 1-78, counted) "
    "sub-event type 30/30 (1.000), event type 30/30, event date 30/30, actor1 29/30, location 29/30, fatalities "
    "30/30; rules alone 29/30. Actor 1: a car bomb in Melitopol that 'Ukrainian military intelligence claimed' "
    "left unattributed (only armed groups' claims were read). Location: Verkhniokamianske given as GeoNames' "
    "Verkhnokamianske, the same village (the label's spelling keeps the soft sign the official transliteration "
    "drops)._"
)
_BATCH80_FIRST_RUN = (
    "_First run of batch 80 (30 plain wire items of January-February 2026, a sixth control), before any rule "
    "was changed because of it: shipped (fallback trained on 1-79, counted) and rules alone alike, sub-event type "
    "27/30 (0.900), event type 28/30, event date 28/30, actor1 27/30, location 28/30, fatalities 26/30. No event "
    "from 'JNIM fighters had turned an abandoned school outside Kayes into a base' or from 'Colombia's government "
    "and a FARC dissident faction agreed in Bogota on Monday to set up zones' (the faction was no actor, and the "
    "words between 'agreed' and 'to' too many). Type: 'chloropicrin grenades dropped from drones' a grenade attack. "
    "Counts: 'a motorcyclist was killed' and 'were beaten and burned to death' not counted. Actor 1: a landmine "
    "near Gossi (a town the gazetteer lacks, so no country) left without the unidentified group._"
)
_BATCH81_FIRST_RUN = (
    "_First run of batch 81 (30 descriptions of invented 2026 events written as ACLED's notes are, every event "
    "type), before any rule was changed because of it: shipped (fallback trained on 1-80, counted) sub-event type "
    "28/30 (0.933), event type 28/30, event date 29/30, actor1 26/30, location 28/30, fatalities 30/30; rules alone "
    "sub-event type 26/30. Type: 'a military supply truck struck an IED on the road north of Tillaberi' an armed "
    "clash dated on publication and placed in Niger; 'tank fire killed 3 Palestinians who approached the "
    "withdrawal line' a transfer of territory. Actor 1: 'SNA forces' not read as Somalia's army; 'the AA' not read "
    "as the Arakan Army; police in Abuja named the United States'; 'the federal government and a faction of Fano "
    "militiamen signed' put the militia first. Location: 'the Kaduna-Kachia road near Kajuru' placed in Kaduna._"
)
_BATCH82_FIRST_RUN = (
    "_First run of batch 82 (30 plain wire items of invented March-April 2026 events, a seventh control), before "
    "any rule was changed because of it: shipped (fallback trained on 1-81, counted) and rules alone alike, "
    "sub-event type 26/30 (0.867), event type 26/30, event date 28/30, actor1 24/30, location 27/30, fatalities "
    "28/30. No event from 'The ELN rebel group said on Monday it would halt all attacks' ('all' between the verb "
    "and its object) or from 'had begun a surprise inspection of combat readiness'. Type: 'explosives hidden in a "
    "parked car blew up' an attack; a woman detained 'for laying flowers at a memorial' a protest with "
    "intervention, where the label said arrests (the label was then changed: laying flowers there is the protest, "
    "as ACLED codes it; the pooled figure keeps the miss). Actor 1: 'a cafe frequented by soldiers' made the "
    "soldiers the bombers; 'a glide bomb dropped by a Russian jet' left unattributed; 'Five militants and a "
    "soldier were killed in an exchange of fire' gave the militants first. Location: Mir Ali, which the gazetteer "
    "lacks, given as North Waziristan._"
)
_BATCH83_FIRST_RUN = (
    "_First run of batch 83 (30 descriptions of invented April-June 2026 events written as ACLED's notes are, half "
    "from the war in Ukraine and Russia), before any rule was changed because of it: shipped (fallback trained on "
    "1-82, counted) and rules alone alike, sub-event type 27/30 (0.900), event type 27/30, event date 29/30, actor1 "
    "27/30, location 28/30, fatalities 29/30. Two of the misses were the labels' (an explosive dropped from a drone "
    "on a cyclist labelled an attack, where earlier batches say air/drone strike; the defenders of a repelled attack "
    "labelled actor 1, where the convention names the attacker); against the corrected labels, sub-event type 28/30 "
    "and actor1 28/30. No event from 'Houthi forces launched 2 drones at government military positions'. Type: "
    "people who 'gathered ... to demand that the city council spend more of its budget on drones' a drone strike. "
    "Location: 'near Deir ez Zor' read as Zor (the particle 'ez' unknown)._"
)
_BATCH84_FIRST_RUN = (
    "_First run of batch 84 (30 descriptions of invented July-August 2026 events written as ACLED's notes are, "
    "from countries earlier batches covered little: Cameroon, Mozambique, the Central African Republic, Thailand, "
    "the Philippines, Nepal, South Sudan, Burundi), before any rule was changed because of it: shipped (fallback "
    "trained on 1-83, counted) and rules alone alike, sub-event type 26/30 (0.867), event type 26/30, event date "
    "29/30, actor1 26/30, location 29/30, fatalities 29/30. No event from 'the Ethiopian federal government and the "
    "Tigray interim administration signed an agreement ... on the return of displaced people' (no armed party "
    "named, and 'federal' between the people's word and 'government'). Type: a student 'shot dead when police "
    "fired on a crowd marching against a new housing levy' an attack by an unidentified group; police who "
    "'forcibly removed opposition supporters who had blocked' an avenue an abduction; gunmen who 'killed 2 former "
    "members of the Afghan security forces' a battle. Actor 1 and place: 'Bamenda (Mezam, Nord-Ouest)' placed in "
    "Haiti's Nord-Ouest (Cameroon's region known only by its English name), so its separatists were Haiti's._"
)
_BATCH85_FIRST_RUN = (
    "_First run of batch 85 (30 plain wire lead sentences of invented September-October 2026 events, an eighth "
    "control), before any rule was changed because of it (but after the fixes for batch 84): shipped (fallback "
    "trained on 1-84, counted) and rules alone alike, sub-event type 27/30 (0.900), event type 27/30, event date "
    "27/30, actor1 25/30, location 25/30, fatalities 25/30. No event from 'Two soldiers were seized by suspected "
    "FARC dissidents while on leave', 'The PKK said on Tuesday it had begun destroying its weapons' and "
    "'Colombia's government and the Comuneros del Sur armed group signed a deal'. Counts: 'killed a couple' not "
    "read as two. Place: 'Um Rawaba' not found (the gazetteer's Umm Ruwaba). Actor 1: China's forces without "
    "years. Two misses were the labels' (a battle's toll that left out the two soldiers killed; Al Shabaab named "
    "for a bombing the text attributes to no one); both labels were corrected, the pooled figure keeps the first "
    "run. Two labels give no place where sitrep gives the country or island ('in northern Iraq', 'in the waters "
    "around Taiwan'); they are left as written._"
)
_BATCH86_FIRST_RUN = (
    "_First run of batch 86 (30 descriptions of invented October 2026 events written as ACLED's Ukraine notes "
    "are, in varied wording), before any rule was changed because of it: shipped (fallback trained on 1-85, "
    "counted) sub-event type 23/30 (0.767), event type 24/30, event date 27/30, actor1 25/30, location 28/30, "
    "fatalities 27/30; rules alone sub-event type 22/30. Two misses were the labels' (a drone-dropped explosive "
    "labelled an attack, and a car bomb claimed by Ukraine's military intelligence labelled an unidentified group, "
    "both against the conventions of earlier batches; corrected, the pooled figure keeps the miss). No event from "
    "'6 Ukrainian fixed-wing drones ... were brought down by Russian air defence systems' or 'conducted an exercise "
    "to repel a naval landing'. Type: 'a car belonging to a Russian-appointed official exploded' shelling; 'seized "
    "apartments of residents who had left' an abduction; 'a Russian mechanised column tried to break into Siversk "
    "... the column withdrew' a transfer of territory by Ukraine; 'police detained 11 wives of mobilised soldiers "
    "who gathered near the Kremlin' arrests. Counts: 'a man waiting at a tram stop was killed' not counted._"
)
_BATCH87_FIRST_RUN = (
    "_First run of batch 87 (30 descriptions of invented November 2026 events written as ACLED's notes are, "
    "aimed at the tolls), before any rule was changed because of it: shipped (fallback trained on 1-86, counted) "
    "and rules alone alike, sub-event type 28/30 (0.933), event type 28/30, event date 28/30, actor1 24/30, "
    "location 27/30, fatalities 24/30. Four misses were the labels' (the defenders of a repelled attack, an "
    "unidentified group where the text names the suspected ELN, and two places whose bracket names their own "
    "areas: al-Mawasi, Ashulia); corrected, the pooled figure keeps the first run. No event from 'a Palestinian "
    "man died of gunshot wounds after ... settlers ... fired at him'. Type: ISWAP fighters who 'intercepted a group "
    "of firewood collectors' a disrupted weapon. Counts: 'The bodies of 7 villagers were recovered' in the next "
    "sentence, 'A man and a woman were killed; a third resident died of his wounds ... on 11 November', '2 health "
    "workers and their police escort', and 'police put the toll at 8' beside 11 (ACLED takes the lower). Place and "
    "actor: 'Guma (Guma, Benue)' placed at Goma, the Philippines; a note's second clause ('...; took 5 of its "
    "passengers away') dated on publication. Actor 1: 'security forces' in a Maoist encounter in Jharkhand read as "
    "police (the label says the army; left as a miss)._"
)
_BATCH88_FIRST_RUN = (
    "_First run of batch 88 (30 plain wire items of two sentences each, invented December 2026-January 2027 "
    "events, a ninth control), before any rule was changed because of it: shipped (fallback trained on 1-87, "
    "counted) and rules alone alike, sub-event type 26/30 (0.867), event type 26/30, event date 28/30, actor1 "
    "25/30, location 28/30, fatalities 28/30. No event from 'Syrian government forces entered the town of Tabqa "
    "... after the SDF handed it over' or 'Hamas said on Tuesday it had suspended talks on the next phase of the "
    "Gaza ceasefire' (the label's change to group/activity is doubtful: talks are no act of war; left as a miss). "
    "Type: RSF fighters who 'had stolen their livestock and burned grain stores during a raid' an attack; North "
    "Korea's missiles fired 'into the sea' a missile attack. Actor 1: 'Turkey has set up a new military outpost "
    "in Iraq's Duhok province' given to Iraq; 'Iranian security forces' firing on a march read as the army (the "
    "label, as earlier Iranian items, says police; left as it is)._"
)
_BATCH89_FIRST_RUN = (
    "_First run of batch 89 (30 descriptions of invented November-December 2026 events written as ACLED's notes "
    "are, from countries the batches had covered little: Ethiopia, Yemen, Libya, Iraq, Syria, Bangladesh, Ecuador, "
    "Honduras, Guatemala, Chad, Niger, Pakistan, Kenya, South Africa, Tunisia), before any rule was changed because "
    "of it: shipped (fallback trained on 1-88, counted) and rules alone alike, sub-event type 26/30 (0.867), event "
    "type 27/30, event date 29/30, actor1 25/30, location 28/30, fatalities 29/30. Five misses were the labels' (an "
    "ambush of an SDF checkpoint labelled an attack on civilians, looting during a march labelled looting rather "
    "than a riot, 'armed men' in Guayaquil labelled a gang, the BLA's name, and the defenders of a repelled attack "
    "as actor 1 against batch 87's convention); corrected, the pooled figure keeps the first run. 'armed men opened "
    "fire on a group of people watching a football match' gave no event (the sport words), so the toll in the next "
    "sentence made one dated on publication and placed only in Ecuador. Type: soldiers who 'detained 12 suspected members of the Los Lobos gang ... and seized rifles' a "
    "disrupted weapon; 'imposed a night curfew in Abeche ... after 2 days of clashes between rival communities' "
    "mob violence. Counts: '4 soldiers and 2 Fano fighters were killed' read as 2. Place: 'the Al Qahirah district "
    "of Taizz (Al Qahirah, Taizz)' placed in Cairo. Actor 1: Tunisia's police without years._"
)
_BATCH90_FIRST_RUN = (
    "_First run of batch 90 (30 plain wire items of one or two sentences, invented January-February 2027 events, "
    "a tenth control), before any rule was changed because of it: shipped (fallback trained on 1-89, counted) and "
    "rules alone alike, sub-event type 23/30 (0.767), event type 24/30, event date 27/30, actor1 25/30, location "
    "26/30, fatalities 27/30. No event from 'Traders in Onitsha beat two suspected thieves to death' (the crime "
    "word), 'Azerbaijani police detained a prominent economist ... on smuggling charges' (the crime word; an arrest "
    "on a criminal charge is left to the reader, so this miss stays) and 'Mali's junta suspended the activities of "
    "all associations'. Type: 'RSF fighters fired on a market' shelling; 'shot dead by police ... as officers "
    "dispersed a protest' an attack; 'exchanged fire ... as officers tried to retake the area' a regained "
    "territory; a police officer 'shot dead ... as he left his home' a clash (the label says an attack on an "
    "off-duty officer; left as a miss). Actor 1: 'Al Shabaab said it planted the device' not credited; in 'Three "
    "soldiers were killed in a gun battle with Islamic State-linked militants' the militants (the label says the "
    "army; no side is told as the attacker, left). One label was corrected (an agreement signed in Doha placed "
    "there, as most earlier batches place agreements signed abroad)._"
)
_BATCH91_FIRST_RUN = (
    "_First run of batch 91 (30 descriptions of invented January-February 2027 events written as ACLED's notes "
    "are, from the largest wars in Africa and Asia, with some of ACLED's markers: 'Fatalities coded as 0', "
    "'[size=thousands]'), before any rule was changed because of it: shipped (fallback trained on 1-90, counted) "
    "and rules alone alike, sub-event type 28/30 (0.933), event type 28/30, event date 30/30, actor1 25/30, "
    "location 28/30, fatalities 30/30. Two misses were the labels' (CODECO's name as earlier batches give it, and "
    "the defenders of a repelled assault as actor 1 against batch 87's convention); corrected, the pooled figure "
    "keeps the first run. Type: settlers who 'beat 3 Palestinian men who were ploughing their land ... and set "
    "fire to a tractor' a battle; a journalist arrested and then 'taken to an unknown location' (next sentence) "
    "an arrest. Actor 1: 'the KIA announced' and 'AFRICOM said it carried out an airstrike' not named. Place: "
    "'Tsafe LGA' kept with its area word; 'killed 10 people in Ndun near Bokkos (Bokkos, Plateau)' placed at Ndun "
    "with Bokkos's coordinates (the label says Bokkos; left). Actor 1: 'security agents' in Ouagadougou read as "
    "police (the label says the military; left)._"
)
_BATCH92_FIRST_RUN = (
    "_First run of batch 92 (30 plain wire items of one or two sentences, invented February-March 2027 events, an "
    "eleventh control), before any rule was changed because of it: shipped (fallback trained on 1-91, counted) "
    "and rules alone alike, sub-event type 26/30 (0.867), event type 27/30, event date 28/30, actor1 25/30, "
    "location 28/30, fatalities 28/30. Two misses were the labels' (people detained for laying flowers on an "
    "opposition politician's anniversary, which earlier batches code as a protest, and suspected separatists in "
    "Bamenda, which batch 87's convention names); corrected, the pooled figure keeps the first run. No event from "
    "'Turkish police detained dozens of people ... as they tried to march to Taksim Square ... to mark "
    "International Women's Day' (the day's words took it for a commemoration) or 'Russia has opened a new naval "
    "supply point in Sudan's Port Sudan'. Type: gunmen who 'stormed a boarding school ... and took away an unknown "
    "number of pupils' an attack. Actor 1: 'Ukrainian troops pushed back a Russian assault' gave Ukraine._"
)
_BATCH93_FIRST_RUN = (
    "_First run of batch 93 (30 descriptions of invented March 2027 events in the war in Ukraine and Russia, "
    "written in the wording ACLED's Ukraine notes use), before any rule was changed because of it: shipped "
    "(fallback trained on 1-92, counted) sub-event type 26/30 (0.867), event type 26/30, event date 28/30, actor1 "
    "26/30, location 28/30, fatalities 28/30; rules alone sub-event type 25/30. One miss was the label's (the SBU "
    "labelled the military where the nine SBU detentions of earlier batches say police); corrected, the pooled "
    "figure keeps the first run. No event from 'relatives of soldiers missing in action held a rally in Kyiv ..., "
    "demanding more information from the authorities' (the words 'information from' took the sentence for a "
    "credit line, which is dropped: a bug for any text) or 'Ukraine received the bodies of 909 fallen soldiers "
    "from Russia and handed over 43 bodies in return'. Type: 'occupation authorities demolished a damaged "
    "residential building' a shelling; 'a group of men ... attacked military enlistment officers' an attack by "
    "an armed group. Place: the exchange placed in Russia (the label gives no place; left)._"
)
_BATCH94_FIRST_RUN = (
    "_First run of batch 94 (30 plain wire items of one or two sentences, invented March-April 2027 events, a "
    "twelfth control), before any rule was changed because of it: shipped (fallback trained on 1-93, counted) and "
    "rules alone alike, sub-event type 22/30 (0.733), event type 25/30, event date 28/30, actor1 25/30, location "
    "26/30, fatalities 27/30. One miss was the label's (a missile strike labelled an air strike; corrected, the "
    "pooled figure keeps the first run). No event from 'Kidnappers ... made off with a retired civil servant and "
    "his two sons' or 'Hezbollah said ... it had begun handing over its heavy weapons'. Type: 'Russian assault "
    "groups stormed the eastern outskirts of Kostiantynivka but were pinned down by drone fire' an air strike; "
    "'Five Palestinians queueing for sacks of flour ... were shot dead by Israeli soldiers' a battle with no dead; "
    "'a protest against the deployment of new US missiles' a US missile attack; 'a disarmament accord ... with a "
    "FARC splinter group' a change to group/activity; 'Rival groups hurled stones at each other during a "
    "procession' a riot (left). Actor 1: drones that 'hit the Engels air base', 'a Ukrainian military intelligence "
    "source said', unattributed (left); 'Junta jets bombed a market in Lashio ..., a day after resistance fighters "
    "attacked a nearby checkpoint' given to the resistance (left). Places: an interception with sirens 'in several "
    "areas of central Israel' placed in Israel and women raped 'on the road from El Fasher' placed there (the "
    "labels give no place and Tawila; left)._"
)
_BATCH95_FIRST_RUN = (
    "_First run of batch 95 (30 plain wire items of one or two sentences, invented April-May 2027 events, a "
    "thirteenth control), before any rule was changed because of it: shipped (fallback trained on 1-94, counted) "
    "sub-event type 26/30 (0.867), event type 26/30, event date 30/30, actor1 27/30, location 29/30, fatalities "
    "29/30; rules alone sub-event type 25/30. Type: 'Israeli settlers torched cars and threw stones at homes' and "
    "'Gangs attacked the town ..., setting homes ablaze and freeing inmates' property destruction; 'Kenyan officers "
    "opened live fire on crowds denouncing a rise in fuel levies ..., killing two young men' an attack by an "
    "unidentified group; 'Four employees of a car wash ... were gunned down ... by attackers who arrived in two "
    "pickups' a battle with no dead. Actor 1: 'Arakan Army fighters raised their flag over the police station in "
    "Kyauktaw' given to the police. Place and actor of a POW swap that 'crossed back from Belarus' after 'Kyiv and "
    "Moscow carried out' it: Belarus and Ukraine (the label gives no place and Russia)._"
)
_BATCH96_FIRST_RUN = (
    "_First run of batch 96 (30 descriptions of invented May 2027 demonstrations, riots and mob violence "
    "worldwide, and a few strategic developments, in ACLED's note style), before any rule was changed because of "
    "it: shipped (fallback trained on 1-94, counted) and rules alone alike, sub-event type 24/30 (0.800), event "
    "type 24/30, event date 28/30, actor1 23/30, location 28/30, fatalities 28/30. No event from 'delivery riders "
    "held a motorcycle convoy ... calling for higher per-trip fees' or 'students ... rammed a truck into the gate of "
    "the state prosecutor's office ... and threw firecrackers at police'. Type: 'a climate group held a vigil ... "
    "against the extension of a lignite mine' a landmine; 'police arrested 41 people who sat down in Parliament "
    "Square ... holding signs' and 'police detained 12 women's rights activists who tried to read a press "
    "statement' arrests; 'traders looted and burned stalls at a market ... during a dispute with county officials' "
    "looting by an armed group. Actor 1: 'the transitional authorities in Bamako ... suspended the activities of "
    "all political parties' none._"
)
_BATCH97_FIRST_RUN = (
    "_First run of batch 97 (30 plain wire items of one or two sentences, invented May-June 2027 events, a "
    "fourteenth control), before any rule was changed because of it: shipped (fallback trained on 1-94, counted) "
    "and rules alone alike, sub-event type 25/30 (0.833), event type 25/30, event date 28/30, actor1 24/30, "
    "location 25/30, fatalities 24/30. No event from 'M23 rebels entered the town of Kabare ... after "
    "pro-government forces pulled out' or 'Families of hostages led a march of tens of thousands'. Type: 'Inmates "
    "rioted and took guards hostage at a prison ..., before soldiers regained control' a regained territory; 'A "
    "primary school headmaster was killed by Ambazonian fighters' a shelling with no dead; 'A candidate for the "
    "town council of Celaya was shot dead' a battle with no dead. Counts: 'Three militants linked to the Dawlah "
    "Islamiyah were killed in a firefight' none (and actor 1 unidentified); 'shot seven passengers from Punjab' "
    "none. Actor 1: the Somali army, where 'the insurgents attacked a military base'; 'Insurgents beheaded five "
    "people ... in the Macomia district of Cabo Delgado' an unidentified group. Places: 'north of Baghdad, near "
    "Tarmiyah' Baghdad; 'the Macomia district of Cabo Delgado' the province; 'a missile fired from Yemen' "
    "intercepted over Israel placed in Yemen._"
)
_BATCH98_FIRST_RUN = (
    "_First run of batch 98 (30 descriptions of invented June 2027 events in Gaza, the West Bank, Lebanon, "
    "Yemen, Syria, Iraq, Iran, Libya, Jordan and Egypt, in ACLED's note style), before any rule was changed "
    "because of it: shipped (fallback trained on 1-94, counted) sub-event type 27/30 (0.900), event type 27/30, "
    "event date 30/30, actor1 23/30, location 30/30, fatalities 30/30; rules alone sub-event type 25/30. Type: "
    "'Israeli forces opened fire on Palestinians approaching an aid distribution site' a shelling; 'a Houthi "
    "missile heading for Jazan ... was destroyed in the air by the Saudi-led coalition's Patriot batteries' a "
    "Houthi missile attack; 'journalists held a silent stand ... in solidarity with detained colleagues' arrests. "
    "Actor 1: 'beaten with clubs by a group of Israeli settlers' an unidentified group; 'Palestinian militants "
    "exchanged fire with Israeli forces during a raid' the militants (left); 'Syrian General Security forces' "
    "the police (the label says the military; left, the label is arguable); 'protesters ... in Tripoli (Tripoli, "
    "North)' Libya's rioters, not Lebanon's; 'Syria's interior ministry and SDF commanders concluded a deal' the "
    "SDF._"
)
_BATCH99_FIRST_RUN = (
    "_First run of batch 99 (30 plain wire items of one or two sentences, invented June-July 2027 events, a "
    "fifteenth control), before any rule was changed because of it: shipped (fallback trained on 1-98, counted) "
    "and rules alone alike, sub-event type 27/30 (0.900), event type 27/30, event date 29/30, actor1 28/30, "
    'location 28/30, fatalities 27/30. Two fatality misses were the labels\' ("killing dozens of attackers" and '
    '"Nine soldiers and several jihadists died" labelled unknown and 9, where ACLED\'s convention, which sitrep '
    "follows, counts dozens as 12 and several as 10; corrected, the pooled figure keeps the first run). No event "
    "from 'Three diners died ... when explosives packed into a parked car went off outside a seafront restaurant'. "
    "Type: 'Israeli settlers set fire to two homes ... while the families were inside' and 'Gang members torched a "
    "police station and dozens of homes ..., forcing hundreds to flee' property destruction (the second left: "
    "no one is told harmed, and the label is arguable). Place: 'at a bus stop in Kherson's Dniprovskyi district' "
    "placed in Ukraine only. Actor 1: police firing on 'supporters of the banned Awami League' in Gopalganj "
    "placed in India's Gopalganj, so India's police (left)._"
)
_BATCH100_FIRST_RUN = (
    "_First run of batch 100 (30 descriptions of invented July 2027 events in Europe, the Caucasus, Central Asia, "
    "South-East and East Asia and the Americas, with many of the rarer sub-event types, in ACLED's note style), "
    "before any rule was changed because of it: shipped (fallback trained on 1-98, counted) sub-event type 25/30 "
    "(0.833), event type 25/30, event date 29/30, actor1 24/30, location 28/30, fatalities 29/30; rules alone "
    "sub-event type 24/30. No event from 'the foreign ministers of Armenia and Azerbaijan initialled the text of a "
    "peace treaty'. Type: 'a crowd of local men attacked dormitories ..., beating several students, after a video "
    "of a fight' a battle; 'the Colombian government suspended its ceasefire with ... and ordered the army to "
    "resume offensive operations' a battle; 'police detained a journalist who was filming an opposition rally' "
    "an intervention in a protest; 'Polish fighter jets shot down a drone' an air strike. Actor 1: 'Azerbaijani "
    "forces opened fire ..., and Armenian troops returned fire' Armenia; 'Azerbaijani border troops took over 2 "
    "hilltop positions' Armenia's forces (the place's country); Serbia's police without the year its government "
    "took office._"
)
_BATCH101_FIRST_RUN = (
    "_First run of batch 101 (30 plain wire items of one or two sentences, invented August 2027 events, a "
    "sixteenth control), before any rule was changed because of it: shipped (fallback trained on 1-98, counted) "
    "and rules alone alike, sub-event type 28/30 (0.933), event type 28/30, event date 30/30, actor1 28/30, "
    "location 28/30, fatalities 29/30. One actor1 miss was the label's ('Arakan Army' for ACLED's 'AA: Arakan "
    "Army', which every earlier batch uses; corrected). Type: 'Al Shabaab fighters took control of the town ... "
    "after government troops and allied clan militias withdrew' a capture (a non-violent transfer); 'Hezbollah "
    "said it fired anti-tank missiles at an Israeli army post near Metula' a battle (left: anti-tank missiles are "
    "the direct fire of fighters in contact, and only the border tells this one apart). Actor 1: 'Medical charity "
    "staff in Djugu said ... 23 women raped by armed men' none, the staff's town not read as the place. Left: "
    "'shooting 14 civilians' counts no dead; Walikale is not in the gazetteer; 'Afipsky' is written as the "
    "article spells it._"
)
_BATCH102_FIRST_RUN = (
    "_First run of batch 102 (30 descriptions of invented September 2027 events in the war in Ukraine and Russia, "
    "in ACLED's note style), before any rule was changed because of it: shipped (fallback trained on 1-101 and "
    "every non-event set, counted) sub-event type 27/30 (0.900), event type 28/30, event date 30/30, actor1 "
    "30/30, location 30/30, fatalities 30/30; rules alone sub-event type 25/30. Type: 'unknown assailants shot "
    "and wounded an officer of a territorial recruitment centre' a change to group activity (the centre read as "
    "recruitment; now a battle, the officer read as a soldier: left, the label says an attack and either is "
    "arguable); 'launched a missile and drone strike on Pavlohrad' a missile attack (earlier batches code one "
    "strike by both as the drones'); 'set up a drone operators' command post' a drone strike._"
)
_BATCH103_FIRST_RUN = (
    "_First run of batch 103 (30 plain wire items of one or two sentences, invented September-October 2027 "
    "events, a seventeenth control), before any rule was changed because of it: shipped (fallback trained on "
    "1-101 and every non-event set, counted) and rules alone alike, sub-event type 27/30 (0.900), event type "
    "28/30, event date 29/30, actor1 26/30, location 27/30, fatalities 29/30. No event from 'Sudan's army "
    "announced ... that it had formed a new joint force with allied armed movements'. Type: 'an unexploded shell "
    "they had found ... blew up' shelling; 'Israeli troops opened fire on Palestinians trying to return to their "
    "homes' shelling (the homes read as struck, the Palestinians as no one). Actor 1 and place: 'Baloch women "
    "staging a sit-in outside the Quetta press club' no place and no actor ('the Quetta' read as a river's "
    "name); 'Ta'ang rebels' an unidentified group. Left: 'A missile launched by the Houthis was shot down near "
    "Beersheba' has the Houthis as actor 1 where ACLED names who stopped it; Ashulia is not in the gazetteer._"
)
_BATCH104_FIRST_RUN = (
    "_First run of batch 104 (30 descriptions of invented October 2027 events in Mexico, Haiti, Colombia, "
    "Ecuador, Peru, Venezuela, Brazil, Argentina, Chile, Honduras and Panama, in ACLED's note style), before any "
    "rule was changed because of it: shipped (fallback trained on 1-101 and every non-event set, counted) and "
    "rules alone alike, sub-event type 26/30 (0.867), event type 26/30, event date 29/30, actor1 27/30, location "
    "29/30, fatalities 28/30. No event from 'President Noboa declared a 60-day state of emergency in 4 coastal "
    "provinces'. Type: 'armed men abducted 6 workers of a lime mine' a landmine; 'soldiers disabled an explosive "
    "device planted on the road' a bomb; 'National Guard troops broke up a vigil ... and detained 4 of them' "
    "arrests. Counts: '6 members of one family, including 2 children, were shot dead' none. Actor 1: 'marines "
    "detained' the police. Left: the state of emergency has no actor, since no place names Ecuador._"
)
_BATCH105_FIRST_RUN = (
    "_First run of batch 105 (30 plain wire items of one or two sentences, invented October-November 2027 "
    "events, an eighteenth control), before any rule was changed because of it: shipped (fallback trained on "
    "1-101 and every non-event set, counted) sub-event type 29/30 (0.967), event type 29/30, event date 30/30, "
    "actor1 27/30, location 30/30, fatalities 30/30; rules alone sub-event type 28/30. Type: 'Villagers in "
    "Jharkhand's Gumla district tied a man ... to a tree and beat him to death' an attack (the words between "
    "the villagers and the beating were too many). Actor 1: 'Ukrainian defenders repelled a Russian armoured "
    "push' named the defenders ('push' was no word for an attack). Left: 'Assailants raped at least seven women "
    "in Kalehe' has no actor, since Kalehe is not in the gazetteer and nothing else names Congo._"
)
_BATCH106_FIRST_RUN = (
    "_First run of batch 106 (30 descriptions of invented November 2027 events in Gaza, the West Bank, Lebanon, "
    "Syria, Iraq, Iran, Yemen, Jordan and Libya, in ACLED's note style), before any rule was changed because of "
    "it: shipped (fallback trained on 1-101 and every non-event set, counted) sub-event type 26/30 (0.867), event "
    "type 26/30, event date 28/30, actor1 26/30, location 28/30, fatalities 26/30; rules alone sub-event type "
    "24/30. No event from 'a Houthi sniper wounded 2 children' or 'the rival Libyan military committees signed "
    "an agreement' (one state named, so no two sides). Type: 'a crowd of tribesmen attacked and beat 2 health "
    "workers' an attack; 'Israeli soldiers detained a Palestinian journalist ... and took him to an unknown "
    "location' an abduction, which is the convention of every earlier batch: the label was wrong and is "
    "corrected (the miss stays in the pooled figure). Actor 1: 'suspected IS members' an unidentified group. "
    "Counts: 'a man described by the Israeli military as a Hezbollah operative was killed' none, 'killing 3 "
    "fighters and a passer-by' 3._"
)
_BATCH107_FIRST_RUN = (
    "_First run of batch 107 (30 descriptions of invented December 2027 events in Burkina Faso, Mali, Niger, "
    "Nigeria, Cameroon, the Central African Republic, Congo, Sudan, South Sudan, Kenya, Mozambique, Ethiopia, "
    "Somalia, Uganda, Togo and Chad, in ACLED's note style), before any rule was changed because of it: shipped "
    "(fallback trained on 1-101 and every non-event set, counted) and rules alone alike, sub-event type 28/30 "
    "(0.933), event type 29/30, event date 30/30, actor1 29/30, location 30/30, fatalities 30/30. Type: troops "
    "that 'retook the town of Moqokori ... without a fight after the militants withdrew' a government gain (the "
    "label: a non-violent transfer); 'overran a government base ... after heavy fighting and took control of the "
    "town' a battle (the taking read as told after 'after'). Actor 1: 'the OLA announced' no one._"
)
_BATCH108_FIRST_RUN = (
    "_First run of batch 108 (30 plain wire items of one or two sentences, invented December 2027 events, a "
    "nineteenth control), before any rule was changed because of it: shipped (fallback trained on 1-101 and every "
    "non-event set, counted) and rules alone alike, sub-event type 24/30 (0.800), event type 25/30, event date "
    "25/30, actor1 24/30, location 23/30, fatalities 25/30. No event from traders who 'doused a suspected phone "
    "thief with petrol and set him ablaze', attackers who 'threw an explosive at the gate of a prison', 'The "
    "Arakan Army said ... that it now controlled Kyaukphyu', 'Armenia and Azerbaijan agreed ... to open two "
    "border crossings and to exchange prisoners', or an army that 'had launched a new operation against "
    "militants'. Type: 'a bomber detonated explosives strapped to his body' a bombing, not a suicide bombing. "
    "Place: 'Relatives of soldiers killed in Gaza held a silent vigil ... in Tel Aviv' placed in Gaza. Left: "
    "Kyaukphyu is not in the gazetteer; 'Geneina' is written as the text spells it (the label: 'El Geneina')._"
)
_BATCH109_FIRST_RUN = (
    "_First run of batch 109 (30 descriptions of invented January 2028 events in Gaza, the West Bank, Syria, "
    "Iraq, Lebanon, Yemen, Iran, Afghanistan, Pakistan, India, Bangladesh, Myanmar, the Philippines, Thailand, "
    "Colombia, Mexico, Haiti and Georgia, in ACLED's note style), before any rule was changed because of it: "
    "shipped (fallback trained on 1-101 and every non-event set, counted) and rules alone alike, sub-event type "
    "30/30 (1.000), event type 30/30, event date 30/30, actor1 28/30, location 30/30, fatalities 29/30. Actor 1: "
    "'Israeli forces opened fire on Palestinians protesting ... in Beita' the protesters (a foreign state's "
    "forces were taken for a state named as a protest's cause); 'General Security forces clashed with gunmen' "
    "Syria's police, where the label (as in batch 98) says its military: General Security answers to the "
    "interior ministry, so the label may be the one at fault, but it is left as written. Count: '4 soldiers and "
    "an unknown number of Houthi fighters were killed' none._"
)
_BATCH110_FIRST_RUN = (
    "_First run of batch 110 (30 plain wire items of one or two sentences, invented January 2028 events, a "
    "twentieth control), before any rule was changed because of it: shipped (fallback trained on 1-101 and every "
    "non-event set, counted) and rules alone alike, sub-event type 29/30 (0.967), event type 29/30, event date "
    "30/30, actor1 29/30, location 30/30, fatalities 29/30. Type: 'A crowd vandalised and set fire to the house "
    "of a former minister' a violent demonstration where the label says looting/property destruction; batch 34's "
    "note of the same act ('a mob vandalised and set fire to the house of a former Awami League minister') is "
    "labelled mob violence, which sitrep now gives, so the label of batch 110 is likely the authors' slip; it is "
    "left as written and counts as a miss. Actor 1: 'by members of an armed gang' no one (an unidentified armed "
    "group). Count: 'Two men on a motorcycle were killed' none. After the fixes 29/30 type (the label), and every "
    "other field 30/30._"
)
_BATCH111_FIRST_RUN = (
    "_First run of batch 111 (30 descriptions of invented February 2028 events in Ukraine, Russia, Europe, the "
    "Caucasus, Africa, Syria and Myanmar, in ACLED's note style, weighted towards the rarer sub-event types), "
    "before any rule was changed because of it: shipped (fallback trained on 1-101 and every non-event set, "
    "counted) sub-event type 29/30 (0.967), event type 29/30, event date 30/30, actor1 28/30, location 30/30, "
    "fatalities 29/30; by the rules alone sub-event type 24/30, event type 24/30, event date 25/30, actor1 24/30, "
    "location 25/30, fatalities 25/30, the widest gap between the two yet: the fallback alone read 'mobile fire "
    "groups downed 6 Shahed-type drones', 'set up a new administration office and a military position', "
    "'recaptured El Khuwei ..., which the RSF had held since 2024' (a tally to the rules), 'handed over the Tabqa "
    "dam and the town of Tabqa ... to Syrian government forces' and 'signed a protocol on the demarcation'. Type: "
    "'JNIM militants took control of Diafarabe ... after the army withdrew' a non-violent transfer, where the "
    "label says the group overtook the town; ACLED's definition (control gained without a fight) and batch 107's "
    "label of a town taken after the militants withdrew side with sitrep, so the label is likely the authors' "
    "slip; it is left as written and counts as a miss. Actor 1: '4 soldiers of a FAMa supply convoy died when an "
    "explosive device went off' the army (its victims); the handover's giver, not its receiver. Count: '6 "
    "displaced civilians, 3 of them children, died' none. After the fixes the rules alone give 29/30 type (the "
    "label) and every other field 30/30, as the shipped pipeline does._"
)
_BATCH112_FIRST_RUN = (
    "_First run of batch 112 (30 plain wire items of one or two sentences, invented March 2028 events, a "
    "twenty-first control), before any rule was changed because of it: shipped (fallback trained on 1-101 and "
    "every non-event set, counted) sub-event type 26/30 (0.867), event type 28/30, event date 30/30, actor1 "
    "25/30, location 30/30, fatalities 30/30; by the rules alone sub-event type 24/30, event type 26/30, event "
    "date 28/30, actor1 23/30, location 28/30, fatalities 28/30 (no event from 'Gang members seized two American "
    "missionaries' or 'agreed in Jeddah on Saturday to a 72-hour humanitarian truce'). Type: farmers 'shot dead "
    "... by fighters a local vigilante leader described as Boko Haram' mob violence (the leader's 'vigilante'); "
    "'Al Shabaab gunmen shot dead two members of the local council' a battle (the councillors not taken for "
    "civilians); 'Two groups pelted each other with stones' a violent demonstration; 'Ankara said its jets had "
    "destroyed 14 PKK targets' shelling. Actor 1: the 'Myanmar army and ethnic rebels fought' the rebels; "
    "'Colombian troops killed three members of a FARC dissident faction' the faction; 'Shells fired from Israeli "
    "positions' no one; 'its jets' the PKK (the target). After the fixes 30/30 type, by the rules alone and "
    "shipped; left are two actors (the Myanmar battle's rebels, and Ankara's 'its jets', which needs the speaker "
    "read as the jets' owner, which sitrep does since session 24: 'Ankara said its jets' is Turkey's air force)._"
)
_BATCH113_FIRST_RUN = (
    "_First run of batch 113 (30 invented April 2028 events in ACLED's note style, Africa, Asia, Latin America, "
    "Ukraine, Russia and Europe, the common sub-event types weighted as ACLED weights them), before any rule was "
    "changed because of it: shipped and by the rules alone alike, sub-event type 29/30 (0.967), event type 29/30, "
    "event date 30/30, actor1 29/30, location 30/30, fatalities 30/30. Type: 'Russian artillery positioned on the "
    "left bank of the Dnipro fired on Marhanets, killing a 58-year-old man' an attack on civilians (the artillery "
    "read as equipment placed, not fired). Actor 1: '9 civilians were killed ... when suspected ADF militants "
    "entered Mangina' an unidentified group (the militants, named after the killing and not as its 'by' agent, "
    "were taken for its target). After the fixes 30/30 on every field, by the rules alone and shipped._"
)
_BATCH114_FIRST_RUN = (
    "_First run of batch 114 (30 plain wire items of one or two sentences, invented May 2028 events, a "
    "twenty-second control), before any rule was changed because of it: shipped and by the rules alone alike, "
    "sub-event type 25/30 (0.833), event type 26/30, event date 27/30, actor1 26/30, location 25/30, fatalities "
    "27/30. No event from 'RSF fighters emptied a World Food Programme warehouse ..., driving off with trucks of "
    "sorghum', 'Students who sat down on the tram tracks ... were carried away by riot police' or 'its troops "
    "had retaken Kawkareik, a town ... that resistance forces seized last year' (the relative clause's 'last "
    "year' dated the retaking, and a year told alone gives no event). Type: police who 'fired live bullets at a "
    "crowd of opposition supporters' an attack by the protesters; 'debris set fire to a warehouse' after missiles "
    "were shot down a riot's arson. Location: 'the Brandenburg Gate in Berlin' Brandenburg state; 'a new camp at "
    "Ber, west of Timbuktu' Timbuktu (Ber, Mali is not in the gazetteer). After the fixes 30/30 on every field "
    "but location (29/30: Ber), by the rules alone and shipped._"
)
_BATCH115_FIRST_RUN = (
    "_First run of batch 115 (30 invented June 2028 events of the war in Ukraine and Russia in ACLED's note "
    "style), before any rule was changed because of it: shipped sub-event type 25/30 (0.833), event type 26/30, "
    "event date 28/30, actor1 26/30, location 28/30, fatalities 28/30; by the rules alone sub-event type 24/30, "
    "event type 25/30, event date 27/30, actor1 25/30, location 27/30, fatalities 27/30 (the fallback read the "
    "prisoner swap told as '205 Ukrainian prisoners of war came home in exchange for 205 Russian soldiers'). No "
    "event from 'Russian soldiers drove away tractors and a combine harvester from a farm' or 'Russian forces "
    "turned a sanatorium on the outskirts of Berdiansk (...) into a base for drone crews'. Type: '41 of 53 "
    "Shahed-type drones sent against Izmail ... overnight were downed or jammed; port warehouses caught fire' a "
    "missile attack by an unidentified group; 'a woman holding a blank sheet of paper ... was detained by police' "
    "an arrest; an Iskander-M that 'struck a bus station' a missile attack, where the label said an air strike (the "
    "label's slip, corrected after the run; the miss stays in the pooled figure). After the fixes 30/30 on every "
    "field, by the rules alone and shipped; batch 108's pensioner who 'held up a blank sheet of paper' and was "
    "detained, labelled an arrest, was relabelled a protest with intervention, as ACLED codes single pickets._"
)
_BATCH116_FIRST_RUN = (
    "_First run of batch 116 (30 plain wire items of one or two sentences, invented July 2028 events, a "
    "twenty-third control), before any rule was changed because of it: shipped and by the rules alone alike, "
    "sub-event type 26/30 (0.867), event type 26/30, event date 28/30, actor1 26/30, location 27/30, fatalities "
    "28/30. No event from 'Hamas named a new head of its military wing' or 'The SDF handed over the "
    "administration of Raqqa's courts to the government'. Type: two items whose labels were the authors' slips "
    "and were corrected after the run (a drone that 'dropped an explosive on a minibus', labelled an attack, is "
    "an air/drone strike as sitrep gave it; 'Four police officers were ambushed and killed', labelled an attack, "
    "is an armed clash as sitrep gave it); the misses stay in the pooled figure. Actor 1: the ambushed police "
    "themselves (now unidentified attackers); 'Armed men torched granaries ... in Boni' placed in Bonn, Germany "
    "(Boni, Mali is not in the gazetteer, and Bonn lists Boni among its names). Location: a truce 'to allow aid "
    "convoys into El Fasher' placed there (the label has no place). After the fixes 30/30 type, actor1 29/30 "
    "(Boni), location 29/30 (El Fasher), by the rules alone and shipped._"
)
_BATCH117_FIRST_RUN = (
    "_First run of batch 117 (30 invented August 2028 events in the Middle East, Africa and Asia in ACLED's note "
    "style), before any rule was changed because of it: shipped sub-event type 26/30 (0.867), event type 28/30, "
    "event date 30/30, actor1 29/30, location 30/30, fatalities 28/30; by the rules alone sub-event type 25/30, "
    "event type 27/30, event date 29/30, actor1 28/30, location 29/30, fatalities 27/30 (no event from 'the "
    "military government of Niger suspended the activities of 3 civil society organisations', which the fallback "
    "read). Type: 'two groups threw stones at each other and set fire to several vehicles' a violent "
    "demonstration; agents who 'detained 2 journalists and a lawyer ... over their reporting on a prison riot' a "
    "riot; 'M23 rebels entered Walikale ... after heavy fighting' a clash; separatists who 'set fire to a village "
    "chief's compound ... and beheaded him' a clash with no dead. Count: 'police shot dead a 19-year-old' none. "
    "After the fixes 30/30 on every field, by the rules alone and shipped._"
)
_NON_EVENTS_BATCH9_FIRST_RUN = (
    "_First run of non-event batch 9 (40 texts aimed at the words learnt in session 17: a football match as a "
    "setting, night curfews, traders who beat, suspended associations, 'tried to retake', fighters who 'fired on', "
    "'said it planted', pairs of dead, a junta acting), before any rule was changed because of it: 31/40 without "
    "an event by the rules alone, 28/40 with the shipped fallback. Events were made from a side that 'tried to "
    "retake the lead', a fan club nicknamed 'Gunmen' that 'gathered to watch the league match', customs officers "
    "who seized cocaine, shopkeepers who 'handed him over to the police', vendors who 'beat back a plan', the "
    "anniversary of 'the 1962 revolution, when four soldiers ... were killed', soldiers killed 'when a military "
    "truck overturned', a court that 'granted bail to 20 people arrested during last year's protests', and a "
    "trader who 'died of a heart attack'; and by the fallback, police who 'dispersed a crowd of shoppers', an army "
    "that 'would try to retake control of the supply of fuel' and 'a 21-gun salute'._"
)
_NON_EVENTS_BATCH10_FIRST_RUN = (
    "_First run of non-event batch 10 (40 texts aimed at the words learnt in session 18: convoys that call for "
    "something, flags raised over buildings, 'led a march', 'tried to read a statement', placards, firecrackers, "
    "'transitional authorities', employees and headteachers killed, inmates, towns entered after troops fled, "
    "officers who arrest, crowds protesting), before any rule was changed because of it: 21/40 without an event by "
    "the rules alone, 20/40 with the shipped fallback. Events were made from a regimental flag raised over new "
    "barracks at a ceremony, a candidate who 'led a march' to file her nomination, lawmakers who 'tried to read a "
    "statement in parliament', workers killed 'when a tunnel collapsed' at a lignite mine, an arrest with ivory, "
    "towns entered 'in 2014' and a flag raised 'in 1997' told on the day they were recalled, 'vaccines against "
    "diphtheria, which has killed 40 children', troops that 'would enter the town ... once the engineers had "
    "cleared it of mines', a UN report of towns attacked 'last year', a capture an armed group 'denied', women "
    "acquitted who 'had been detained at a rally in 2023', fans holding placards welcoming their team, "
    "firecrackers at celebrations, a play and a documentary about protests (the documentary's 'Arab Spring' placed "
    "in a town called Spring), militants 'linked to a kidnapping gang' sentenced, and a missile test (which sitrep "
    "coded as 'Other' until session 24: a missile 'test-fired' now gives no event)._"
)
_NON_EVENTS_BATCH11_FIRST_RUN = (
    "_First run of non-event batch 11 (40 texts aimed at the words learnt in session 19: fighter jets, a crowd of "
    "local men, 'initialled the text of' a treaty, 'returned fire', border troops, a takeover after another party "
    "'withdrew', a journalist filming a rally, staff of a place who speak, a suspended ceasefire or talks), before "
    "any rule was changed because of it: 26/40 without an event, by the rules alone and with the shipped fallback. "
    "Events were made from fighter jets at a parade and shooting down target drones in a NATO exercise, a crowd "
    "gathered outside a mosque 'to welcome pilgrims', 'returned fire' said of an opposition leader, a state "
    "company that 'took over the gas field ... after the Italian operator pulled out', a journalist 'who was "
    "filming an opposition rally' winning an award, 'armed men had raped hundreds of women ... over the past "
    "decade' in a report, a military plane that crashed with 'a technical fault' blamed, a denial 'on Thursday "
    "that its troops had opened fire', rugby fans who 'rallied behind their team', dock workers who 'ended their "
    "strike', a drone 'that can shoot down enemy drones' at an arms fair, and footage of a beating 'in 2010'. One "
    "text is the authors' mistake: Polish jets scrambled 'while Russia attacked western Ukraine' tells of an "
    "attack (sitrep's event, a battle, has the wrong type but is one); it stays in the set and counts as a miss._"
)
_NON_EVENTS_BATCH12_FIRST_RUN = (
    "_First run of non-event batch 12 (40 texts aimed at the words learnt in session 19 itself: exercises and "
    "parades, marines, 'members of one family', titles before names, things 'launched by' someone, takeovers "
    "after another party withdrew, 'initialled the text of', a suspended truce, 'formed a new joint force', "
    "states of emergency, unexploded shells, disabled devices, vigils, lime and sand mines), before any rule was "
    "changed because of it: 34/40 without an event by the rules alone, 33/40 with the shipped fallback. Events "
    "were made from a Turkish company that 'took over the port of Tartus's container terminal ... after the "
    "Russian operator withdrew', grain exporters who 'formed a new joint force with Polish hauliers', 'unexploded "
    "bombs dropped in the 1960s still kill dozens of people every year', police who 'disabled an explosive device "
    "found in a bank robber's car', a vigil for fishermen lost at sea, 'Hezbollah denied ... that its fighters had "
    "fired anti-tank missiles' (read by the fallback), and Polish fighter jets that 'flew over Warsaw ... to mark "
    "the anniversary'. The last two were fixed (35/40); the other five are left._"
)
_NON_EVENTS_BATCH14_FIRST_RUN = (
    "_First run of non-event batch 14 (40 texts aimed at the words learnt in sessions 20-22: things set ablaze, "
    "explosives strapped to a body, 'now controlled', 'launched a new operation', relatives who gather, rival "
    "parties that agree, forces that fire on protesters, 'an unknown number of', towns named with the Arabic "
    "article), before any rule was changed because of it: 27/40 without an event, by the rules alone and with "
    "the shipped fallback alike. Events were made from a candle that 'set the curtains ablaze', a lorry of gas "
    "cylinders that 'caught fire and set three parked cars ablaze', a man 'with explosives strapped to his body' "
    "talked down in a 2017 stand-off told in court, snow crews and police that 'launched a new operation' "
    "(to clear roads, against illegal gambling), relatives laying flowers at a memorial service, 'two rival "
    "parties signed a coalition agreement', a 1994 massacre recalled by historians, a report that 'Russian troops "
    "had fired on protesters in occupied Kherson in 2022', the Yemeni sides that 'exchanged lists of prisoners' "
    "before a swap (arguably an agreement), a documentary about troops who 'clashed with smugglers in the 1990s', "
    "'A mob of fans crushed a barrier at a concert', and 'Gunmen robbed a jewellery shop' (typed, wrongly, as "
    "shelling). After the fixes (fires no one set, operations against no armed group, agreements with no side of "
    "a conflict, a report's day and town of publication) 33/40._"
)
_NON_EVENTS_BATCH15_FIRST_RUN = (
    "_First run of non-event batch 15 (40 texts aimed at the words of sessions 20-22: towns named with the "
    "lower-case Arabic article, 'an unknown number of', crushes at gates, fires a heater starts, 'launched a new "
    "operation', coalition deals, ceasefire talks, lists of prisoners, General Security, reports presented in a "
    "city, forces named in an exercise), before any rule was changed because of it: 36/40 without an event by the "
    "rules alone, 35/40 with the shipped fallback. Events were made from relatives who laid wreaths 'to remember "
    "residents killed during the Russian occupation in 2022' (a lynching, from 'residents killed'), a report "
    "presented in Brussels that 'air strikes had killed more than 2,000 civilians in Sudan last year', 'landmines "
    "laid during the war still kill farmers', fans who 'chanted for hours' after a title (a protest in Belgrade and "
    "another in 'Star', Bryansk, from the club's name 'Red Star'), and, by the fallback, Moscow and Kyiv that "
    "'traded lists of prisoners of war' ahead of an exchange (an agreement). After the fixes 40/40; the club name "
    "still resolves to Star, Bryansk in the geocoder alone._"
)
_NON_EVENTS_BATCH16_FIRST_RUN = (
    "_First run of non-event batch 16 (40 texts aimed at the words of session 23: victims placed on a "
    "motorcycle, 'N of them children, died', the dead remembered, 'recalled ... the YEAR massacre', 'heard how', "
    "'still kill', 'last year', lists traded, protocols signed, truces agreed, 'chanted for', handovers, 'had "
    "held since', groups that pelt each other, Israeli artillery, 'its jets', HIMARS, downed drones, military "
    "positions, members of a council, faction or gang, vigilantes, missionaries), before any rule was changed "
    "because of it: 35/40 without an event by the rules alone, 34/40 with the shipped fallback. Events were made "
    "from supporters who 'chanted for their team' at a match, 'Two groups pelted each other with tomatoes' at a "
    "festival, engineers who 'downed six of their own test drones', 'A fire started by a cigarette', historians' "
    "study of 'the ethnic rebels who fought the army in the 1950s', and, by the fallback, an army that 'plans to "
    "set up a new military base'. After the fixes 39/40: the historians' study was left (the decade was not read "
    "as a date, and the relative clause's year would be dropped as describing the rebels); since session 24 a "
    "decade is a date, even in a relative clause, and the set gives 40/40._"
)
_NON_EVENTS_BATCH17_FIRST_RUN = (
    "_First run of non-event batch 17 (40 texts: war's words used of sport, games, films, markets, weather and "
    "politics; war as the past in courts, histories, memoirs, inquiries and reports; arms in drills, parades, "
    "tests and sales; accidents, disasters and crime), before any rule was changed because of it: 28/40 without "
    "an event, by the rules alone and with the shipped fallback alike. Events were made from 'The rupee came "
    "under attack', an arrest 'over the murder of a taxi owner', a court's sentence 'to 25 years for ordering the "
    "killing of 60 villagers in Ituri in 2003', 'new evidence on Wednesday that Soviet troops shot 300 prisoners "
    "... in June 1941', a memoir's shelling 'in the winter of 2022', killings in Helmand 'a decade ago', a missile "
    "'test-fired' at a decommissioned ship, coalition partners who 'clashed ... over the defence budget', 'a "
    "statement about the fighting in Sudan', a UN monthly report's count of civilians killed in Ukraine 'in "
    "April', a rights group's count 'in the first quarter of the year' and an offensive Ukraine 'expected Russia "
    "to launch'. After the fixes 40/40._"
)
_NON_EVENTS_BATCH18_FIRST_RUN = (
    "_First run of non-event batch 18 (40 texts aimed at the words of session 24: sit-downs on roads, people "
    "'carried away', stores 'emptied', goods 'driven off with', tractors 'driven away', debris that sets fire, "
    "bases 'for drone crews', drones that 'were downed', blank sheets held up, 'in exchange for', a capital that "
    "'said its jets', seasons, decades and 'years ago', a month's count, 'came under attack', 'clashed over', "
    "forecasts, tests, arrests over a murder, courts), before any rule was changed because of it: 28/40 without "
    "an event, by the rules alone and with the shipped fallback alike. Events were made from marathon runners who "
    "'sat down on the road', removal men who 'emptied the warehouse of a bankrupt furniture chain', a courier firm "
    "that 'turned a disused factory ... into a base for delivery drone crews', drones of a light show 'downed in "
    "strong winds', an artist who 'held up a blank sheet of paper at the opening of her exhibition', 'Three years "
    "ago gunmen killed 40 villagers in Ituri; on Sunday survivors opened a new school' (dated Sunday, with 43 "
    "dead: the 'Three years' counted), a stock exchange that 'came under fire from investors', a government that "
    "'came under attack in parliament ... over the finance bill', 48 aid workers killed 'in Sudan in May, the "
    "deadliest month ... on record', students who 'sat down in the street ... to watch the solar eclipse', a "
    "tribunal that 'heard on Saturday how militiamen killed hundreds ... in 1994' and boxers who 'clashed at a "
    "weigh-in'. After the fixes 40/40._"
)
_NON_EVENTS_BATCH19_FIRST_RUN = (
    "_First run of non-event batch 19 (40 texts aimed again at the words of session 24, after set 18's fixes), "
    "before any rule was changed because of it: 36/40 without an event, by the rules alone and with the shipped "
    "fallback alike. Events were made from a minister 'ambushed by reporters', a film in which 'the king has him "
    "beheaded', an army that 'expected al Shabaab to try to launch attacks' and farmers who 'drove their tractors "
    "into the centre of Munich ... for the opening of the Oktoberfest'. After the fixes 39/40: the film is left "
    "('an enemy castle' reads 'enemy' as an armed actor, which a work about events does not outweigh)._"
)
_BATCH118_FIRST_RUN = (
    "_First run of batch 118 (30 invented August 2028 plain wire items, a twenty-fourth control), before any rule "
    "was changed because of it: sub-event type 29/30 (0.967), event date 29/30, actor1 28/30, location 27/30, "
    "fatalities 28/30, by the rules alone and shipped alike. No event from 'M23 fighters marched into Nyanzale ... "
    "unopposed ..., after the army abandoned its positions around the town' (labelled a capture; corrected after "
    "the run to a non-violent transfer of territory, as batches 101 and 103 label towns entered as the troops "
    "left; the miss stays). Location: 'in Nairobi's Kibera slum' read Nairobi as Kenya's government (no place); "
    "'raped ... women fleeing toward Tawila in North Darfur' placed in Sudan (where victims fled to is no place of "
    "the event, and Tawila is not in the gazetteer). Count: 'Nine people sheltering in a monastery in Sagaing "
    "region's Kani township were killed' none. Actor 1: 'Armed men ransacked ... a health centre in Kitchanga' "
    "none (Kitchanga is not in the gazetteer, so no country). Also seen: 'near Turbat in Balochistan's Kech "
    "district' gave a second event at Kech. After the fixes 30/30 sub-event type, date and fatalities, actor1 "
    "and location 29/30 (Kitchanga, Tawila), by the rules alone and shipped._"
)
_BATCH119_FIRST_RUN = (
    "_First run of batch 119 (30 invented September 2028 descriptions in ACLED's note style, worldwide, every "
    "sub-event family), before any rule was changed because of it: sub-event type 30/30 with the shipped fallback "
    "(29/30 by the rules alone: 'suspected separatists seized a secondary school principal from his home in "
    "Bamenda' gave no event), event date 30/30, actor1 29/30, location 29/30, fatalities 30/30. Actor 1: 'soldiers "
    "of the South Sudan People's Defence Forces' read as Myanmar's People's Defence Force. Location: 'a minibus on "
    "the road to Bahir Dar near Merawi' placed at Bahir Dar. After the fixes 30/30 on every field, by the rules "
    "alone and shipped._"
)
_NON_EVENTS_BATCH21_FIRST_RUN = (
    "_First run of non-event batch 21 (40 texts: war's words in other senses, works telling their story, and the "
    "places of batch 119), before any rule was changed because of it: 30/40 without an event with the shipped "
    "fallback, 31/40 by the rules alone. Events were made from 'Shares in Bangladeshi garment exporters rallied "
    "in Dhaka', an exhibition that 'recalls the students who marched through the city in 1973', a film that "
    "'follows a band of rebels who ambush a colonial patrol', a rowing eight that 'seized the lead ... and held "
    "off Germany to win gold', 'a general mobilisation of the city's volunteers' to clean beaches, engineers who "
    "'defused a dispute over water rights', Colombia and the ELN who 'agreed ... to resume peace talks' (the "
    "fallback's), a law that 'requires police to record every arrest on camera', 'Seventy years ago this week, "
    "the French army blew up the bridges ..., an exhibition ... recounts' and a novel that 'follows a gang that "
    "kidnaps a famous footballer'. After the fixes 40/40._"
)
_BATCH120_FIRST_RUN = (
    "_First run of batch 120 (30 invented October 2028 plain wire items, a twenty-fifth control), before any rule "
    "was changed because of it: sub-event type 28/30 (0.933), event date 30/30, actor1 28/30, location 30/30, "
    "fatalities 29/30, by the rules alone and shipped alike. Sub-event type: supporters of two rival student groups "
    "who 'fought with sticks and hurled crude bombs at each other' read as an armed clash (labelled a violent "
    "demonstration, corrected after the run to mob violence, as batches 112 and 117 label groups fighting each "
    "other); a guided aerial bomb 'fired at Sumy' read as an air strike, which is how ACLED codes glide bombs (the "
    "label, shelling, was the authors' slip, corrected after the run; the miss stays). Actor 1: 'Three soldiers "
    "were killed in a clash with FARC dissidents ..., the army said' gave the dissidents (labelled the army: who "
    "fought whom is told, who began it is not). Count: 'Two members of the Kurdish-led SDF died ... when a Turkish "
    "drone hit their car' none. After the fixes 30/30 sub-event type, date, location and fatalities, actor1 29/30 "
    "(the FARC dissidents), by the rules alone and shipped._"
)
_NON_EVENTS_BATCH22_FIRST_RUN = (
    "_First run of non-event batch 22 (40 texts aimed at session 26's new words), before any rule was changed "
    "because of it: 34/40 without an event, by the rules alone and with the shipped fallback alike. Events were "
    "made from a company that 'now controlled Kyaukphyu's deep-sea port project after buying out its two "
    "partners', 'a man arrested for selling fake concert tickets online', a firm that 'had taken control of a "
    "copper mine near Kolwezi after buying a majority stake', 'Temperatures fell to minus 20C in Kharkiv', "
    "'orders from Europe had rallied' and 'Sudan's national team held off South Sudan to win 1-0'. After the fixes "
    "40/40._"
)
_BATCH121_FIRST_RUN = (
    "_First run of batch 121 (30 invented November 2028 descriptions of the war in Ukraine and Russia in ACLED's "
    "note style), before any rule was changed because of it: sub-event type 27/30 (0.900) with the shipped "
    "fallback, 26/30 by the rules alone ('Russian servicemen took a 17-year-old boy from his grandmother's house' "
    "gave no event), event date 30/30, actor1 26/30, location 27/30, fatalities 29/30. Sub-event type: police who "
    "'detained 4 people who unfurled a banner reading 'No to war'' read as arrests, not a protest; 'Russian air "
    "defence and the Black Sea Fleet repelled an attack by Ukrainian naval drones' as a battle begun by Ukraine; "
    "'an explosion ... killed a Russian officer; Ukraine's defence intelligence said its agents had planted the "
    "device' as shelling by no one named. Actor 1 also: 'Ukrainian forces crossed the border near Tetkino and "
    "engaged Russian border guards; the Russian Ministry of Defence said the attack was repelled' gave Russia. "
    "Location and count: 'shelled border villages of the Shostka district; a 70-year-old woman was killed in "
    "Seredyna-Buda' gave the strike at Shostka with no dead and a second event; and 'near Hulyaipole' placed at "
    "Huliaipole, ACLED's spelling (the label's was the authors' slip, corrected after the run). After the fixes "
    "30/30 on every field, by the rules alone and shipped._"
)
_NON_EVENTS_BATCH23_FIRST_RUN = (
    "_First run of non-event batch 23 (40 texts aimed at the words of session 26's batch 121 rules), before any "
    "rule was changed because of it: 32/40 without an event with the shipped fallback, 34/40 by the rules alone. "
    "Events were made from a suspect who 'had planted the device in his own car to claim the insurance', a team "
    "that 'repelled an attack by Dynamo's strikers ... to hold on for a 1-0 win', engineers who 'repelled an "
    "attack of a fungus', a rugby team that 'repelled wave after wave of Georgian attacks but lost 19-17', "
    "teenagers 'detained ... for spray-painting graffiti on a metro train', a man 'arrested ... for selling fake "
    "military exemption certificates', and, by the fallback, a boy taken 'from his grandmother's house ... after a "
    "custody dispute' and relatives of prisoners of war who 'met officials in Kyiv'. After the fixes 40/40._"
)
_BATCH122_FIRST_RUN = (
    "_First run of batch 122 (30 invented December 2028 plain wire items, a twenty-sixth control), before any rule "
    "was changed because of it: sub-event type 27/30 (0.900) with the shipped fallback, 26/30 by the rules alone "
    "(which also missed 'Opposition supporters set up burning barricades and stoned police vehicles'), event date "
    "28/30, actor1 27/30, location 28/30, fatalities 29/30. Sub-event type: no event from 'Niger's junta ordered a "
    "nightly curfew in Niamey'; 'Kidnappers stormed a church ... and carried away at least 15 worshippers' read as "
    "an attack; 'Serbian police pushed back hundreds of students who tried to block a highway' as a peaceful "
    "protest. Actor 1: 'Police in Mogadishu said a suicide bomber ... Al Shabaab said it carried out the attack' "
    "gave the police, who only told of it; 'Iranian security forces fired on worshippers protesting' gave the "
    "military (the labels, as earlier batches', have Iran's police). Date: the text's own slip, 'after Friday "
    "prayers ... on Thursday', dated by Friday. Location: 'hills overlooking Masisi town' (Masisi is not in "
    "GeoNames cities500). Item 16 is a near-duplicate of an earlier batch's item, noticed after the run. After the "
    "fixes 30/30 sub-event type and fatalities, date 29/30, actor1 28/30 and location 29/30, by the rules alone "
    "and shipped; after a later fix (a state's security forces that fire on protesters are its police) actor1 "
    "29/30._"
)
_BATCH123_FIRST_RUN = (
    "_First run of batch 123 (30 invented December 2028 descriptions in ACLED's note style from Latin America, "
    "South and Southeast Asia, the Middle East, Africa and Ukraine), before any rule was changed because of it: "
    "sub-event type 26/30 (0.867) with the shipped fallback, 25/30 by the rules alone (which also gave no event "
    "for 'around 2,000 public school teachers marched along Paulista Avenue'), event date 29/30, actor1 27/30, "
    "location 28/30, fatalities 28/30. Sub-event type: no event from 'gang members stole livestock and torched "
    "about 30 houses' (the theft word made it a crime story); 'JNIM militants overran the army post at Makalondi "
    "and took control of the town after the soldiers withdrew' read as a battle; 'police cleared a bridge ... "
    "that Aymara farmers had occupied for 3 days to demand the release of a regional leader' as ground taken by "
    "the police; 'Pakistan's provincial government brokered a ceasefire ..., ending a week of sectarian "
    "fighting' as the fighting, by no one named. Fatalities: 'set upon 2 suspected cattle rustlers and burned "
    "them to death' gave none. Location: 'Zaporizhia' was the label's slip for the city every earlier label "
    "spells Zaporizhzhia (corrected after the run). After the fixes 30/30 on every field, by the rules alone "
    "and shipped._"
)
_BATCH124_FIRST_RUN = (
    "_First run of batch 124 (30 invented January 2029 plain wire items, a twenty-seventh control), before any rule "
    "was changed because of it: sub-event type 23/30 (0.767), by the rules alone and with the shipped fallback "
    "alike, event date 27/30, actor1 25/30, location 27/30, fatalities 27/30. No event from 'Jihadist fighters on "
    "horseback rode into a hamlet ... and shot eight men' (the fighters were no actor), 'Armed men dragged two "
    "Chinese engineers out of their car ... and drove off with them' or 'Villagers ... hacked a suspected cattle "
    "thief to death' (the thief made it a crime story). Mistyped: police who 'fired tear gas and sound grenades' "
    "at workers blocking a highway as a grenade attack; 'extended a ban on motorbike traffic ..., citing attacks by "
    "jihadists' as a battle; settlers who 'set fire to a ... barn and beat its owner' as property destruction; "
    "'CODECO militiamen took over the gold-mining town of Mongbwalu ..., driving out the army after a day-long "
    "gunfight' as a battle the army began. After the fixes 30/30 on every field but fatalities, 29/30: 'shot "
    "eight men' is not read as eight dead (the label reads it so), by the rules alone and shipped._"
)
_BATCH125_FIRST_RUN = (
    "_First run of batch 125 (30 invented February 2029 descriptions of events in Africa in ACLED's note style, "
    "every sub-event family), before any rule was changed because of it: sub-event type 26/30 (0.867), by the "
    "rules alone and with the shipped fallback alike, event date 30/30, actor1 24/30, location 29/30, fatalities "
    "28/30. Sub-event type: students 'of a polytechnic in Ilorin (Ilorin West, Kwara)' who 'barricaded the "
    "highway ... and set a campus security post alight' read as property destruction by an armed group; troops "
    "that 'reoccupied Macomia' as a battle; 'two teenage girls strapped with explosives detonated themselves' as "
    "a roadside bomb; sappers who 'found and safely detonated 3 mortar shells rigged as a roadside bomb' as the "
    "bomb. Actor 1 also: 'a Nigerian Air Force jet bombed' gave no state (the capitals), 'Boko Haram (JAS) was "
    "suspected' was not read as the suspect, 'delegations of the Congolese government and the AFC/M23 signed' "
    "gave M23 first, and 'suspected Islamic State Sahel fighters' gave the group, as earlier labels do, where the "
    "label had an unidentified group (the authors' slip, corrected after the run). Fatalities: 'killing both men' "
    "gave none, and 'a crowd stoned and burned a man' is not read as a death. After the fixes 30/30 sub-event "
    "type and date, actor1 29/30 (the AFC/M23 pair left), location 29/30 (a faction 'in Gojjam' placed in the "
    "region the label leaves out), fatalities 29/30 (after a later fix, 'killing both men' is two dead), by the "
    "rules alone and shipped._"
)
_BATCH126_FIRST_RUN = (
    "_First run of batch 126 (30 invented March 2029 plain wire items, a twenty-eighth control), before any rule "
    "was changed because of it: sub-event type 23/30 (0.767) with the shipped fallback, 21/30 by the rules alone "
    "(which also gave no event for 'A Catholic priest and two nuns were snatched by gang members from their parish "
    "house' or 'Israeli troops set up a new position near the village of Jubata al-Khashab'), event date 29/30, "
    "actor1 26/30, location 28/30, fatalities 28/30. No event from 'Niger's junta banned the sale of fuel in "
    "jerrycans ... to cut supplies to armed groups'. Mistyped: gunmen who 'opened fire on avocado pickers' as a "
    "battle (pickers were not known as civilians); police who 'shot dead a farmer ... when villagers tried to "
    "block the mine's access road' as a landmine; a crowd that 'tied a trader to a pole and thrashed him until "
    "he died' as property destruction by an armed group; 'Lebanese soldiers took up positions in Odaisseh ..., "
    "hours after the last Israeli units left' as a base set up; 'A school teacher in Ndop, in Cameroon's North "
    "West region, was shot dead' as shelling with no dead (the place between commas hid the victim); miners who "
    "'set off sticks of dynamite and smashed the windows' as a peaceful protest. Actor 1 also: 'Swedish police "
    "said nobody was hurt when someone tossed a hand grenade' gave the police. After the fixes 30/30 on every "
    "field but location, 29/30 ('Miango, in Plateau state's Bassa area' is placed at Bassa: the village is not "
    "in GeoNames' cities500), by the rules alone and shipped._"
)
_BATCH127_FIRST_RUN = (
    "_First run of batch 127 (30 invented April 2029 descriptions of events in Asia and the Americas in ACLED's "
    "note style), before any rule was changed because of it: sub-event type 24/30 (0.800), by the rules alone and "
    "with the shipped fallback alike, event date 29/30, actor1 28/30, location 27/30, fatalities 27/30. No event "
    "from 'a sawmill and 2 farm workers' homes ... were burned down by hooded attackers who fired shots into the "
    "air before fleeing' ('before fleeing' was read as a lone gunman's crime). Mistyped: insurgents who 'shot dead "
    "a rubber tapper' and gunmen who 'opened fire on young men playing football' as battles, fighters who 'shot "
    "dead 2 migrant gold panners' as shelling (tappers, panners and young men at play were not known as "
    "civilians); 'armed men intercepted a shrimp farmer's pickup ... and drove him away' as weapons seized; 'FARC "
    "dissidents fired rifles and launched homemade mortars at the police station' as shelling (and 'A patrolman "
    "died' gave no dead). Actor 1: 'police arrested a former town mayor ... in Datu Odin Sinsuat (Datu Odin "
    "Sinsuat, Maguindanao del Norte)' gave no police (the province, split off in 2022, was unknown). Places: "
    "'Ngathaingchaung (Yegyi, Ayeyarwady)' was put in Ghana (Yeji is also spelt Yegyi) and 'Uri (Baramulla, Jammu "
    "and Kashmir)' in the Swiss canton (with 'Civilians (Switzerland)'), though the label's names matched. After "
    "the fixes 30/30 on every field but location, 28/30 ('Petite-Riviere de l'Artibonite' is not in the "
    "gazetteer and is placed at Dessalines, the district in its brackets; 'Datu Hoffer Ampatuan' at Ampatuan), by "
    "the rules alone and shipped._"
)
_BATCH128_FIRST_RUN = (
    "_First run of batch 128 (30 invented May 2029 plain wire items, a twenty-ninth control), before any rule was "
    "changed because of it: sub-event type 24/30 (0.800) with the shipped fallback, 22/30 by the rules alone "
    "(which also gave no event for 'Kidnappers took away a retired general from his farm' or 'Sudan's army "
    "announced ... that it was merging all its allied militias into a single reserve force'), event date 26/30, "
    "actor1 23/30, location 24/30, fatalities 24/30. No event from 'A teenager died in Matola ... after police "
    "fired on a crowd angry at the price of bread', 'Israeli bulldozers flattened a school tent and two water "
    "tanks', 'explosives strapped to a parked motorcycle went off beside a police post' or 'Seoul's central "
    "boulevard filled with tens of thousands of union members ..., marching for a four-and-a-half-day working "
    "week'. Mistyped: activists 'bundled into police vans ... as they tried to picket' as a peaceful protest; "
    "'Eleven Russian attack drones were knocked out over Bila Tserkva' as a drone strike. Counts: 'Four villagers "
    "fleeing a junta raid ... were shot dead' and 'Beryslav's only pharmacist, aged 70, was killed' gave none. "
    "After the fixes (the same session, little time left) sub-event type 29/30 shipped and 27/30 by the rules "
    "alone: left, the Seoul march (no protest word), and by the rules alone the kidnappers who 'took away' a man "
    "and the militias merged; actor1 26/30 ('Al Shabaab fighters and clan militiamen fought' names an unidentified "
    "group, 'Herders armed with machetes' is no Fulani militia, the drones' owner stays actor 1 of their "
    "interception); fatalities 28/30 (the pharmacist, told without a number). Session 29 fixed those left but "
    "the herders: sub-event type 30/30 by the rules alone and shipped, actor1 29/30, fatalities 30/30 (and 'the "
    "Kyiv regional administration said' no longer adds an event in Kyiv)._"
)
_BATCH129_FIRST_RUN = (
    "_First run of batch 129 (30 invented June 2029 descriptions in ACLED's note style from countries the batches "
    "had touched little or not at all: North and southern Africa, Central Asia, Central America, the Andes), "
    "before any rule was changed because of it: sub-event type 27/30 (0.900), by the rules alone and with the "
    "shipped fallback alike, event date 30/30, actor1 22/30, location 29/30, fatalities 28/30. Mistyped: 'police "
    "in Alexandria arrested 9 people who had unfurled a banner in solidarity with Gaza' as a protest with "
    "intervention (the label says arrests; a banner unfurled is a demonstration, so both readings stand, and the "
    "rule was left alone); police who 'opened fire on taxi drivers striking against a rise in fuel prices' as a "
    "battle (drivers striking were no protesters); gunmen who 'killed 2 members of a peasant cooperative' as a "
    "battle. Actor 1: the forces of Morocco, Algeria, Angola, El Salvador and Cambodia without their years (no "
    "row in actor_years.tsv); 'Kyrgyz and Tajik border guards exchanged fire' gave only the Tajiks; 'Umlazi "
    "(eThekwini, KwaZulu-Natal)' no country at all (a bracket whose first name starts with a small letter was not "
    "read as one). Cambodian troops that 'fired BM-21 rockets into Thai territory; one hit a petrol station in "
    "Kantharalak' gave a strike on Thailand with no dead and a second event at Kantharalak. Counts: 'killing 4 "
    "commuters and the driver' gave 4. After the fixes 29/30 on sub-event type and actor1 (the Alexandria "
    "arrests) and 30/30 on the other fields, by the rules alone and shipped._"
)
_NON_EVENTS_BATCH24_FIRST_RUN = (
    "_First run of non-event batch 24 (40 texts aimed at session 27's new words), before any rule was changed "
    "because of it: 39/40 without an event, by the rules alone and with the shipped fallback alike. An event was "
    "made from 'A brass band marched along the seafront in Mar del Plata on Saturday to open the city's summer "
    "festival', a protest dated 15 March ('in Mar del Plata' read as last March). After the fixes 40/40._"
)
_NON_EVENTS_BATCH25_FIRST_RUN = (
    "_First run of non-event batch 25 (40 texts aimed at batch 124's new words), before any rule was changed "
    "because of it: 36/40 without an event, by the rules alone and with the shipped fallback alike. Events were "
    "made from 'Historians in Kano presented a study on Monday of how Islamist militants recruited students in the "
    "1990s', 'Fans set off smoke bombs and stun grenades in the stands after Wydad Casablanca scored a late "
    "winner', 'A stray dog was beaten to death by a horse in a stable in Ambovombe' and 'The Kupiansk youth team "
    "marched along the stadium track with their medals after winning the regional football cup'. After the fixes "
    "40/40._"
)
_NON_EVENTS_BATCH26_FIRST_RUN = (
    "_First run of non-event batch 26 (40 texts aimed at batch 126's new words), before any rule was changed "
    "because of it: 39/40 without an event, by the rules alone and with the shipped fallback alike. 'Students "
    "broke the windows of a burning school bus to free classmates trapped inside after it caught fire' was read "
    "as a violent demonstration (the new window-smashing rule; it now needs a building such as an office, a "
    "ministry or a police station), and then as shelling: 'caught fire' beside a school bus (a target) was taken "
    "for a strike, an older fault that any vehicle or building 'caught fire' with nothing else shared. After the "
    "fixes 40/40._"
)
_BATCH130_FIRST_RUN = (
    "_First run of batch 130 (30 invented July 2029 plain wire items, a thirtieth control), before any rule was "
    "changed because of it: sub-event type 24/30 (0.800) against the labels as first committed, by the rules "
    "alone and with the shipped fallback alike; 25/30 against the two labels corrected after the run (M23 "
    "fighters who entered Nyabibwe 'without a shot being fired' and Sudanese troops who entered Bara 'after the "
    "RSF pulled out' took the towns without a fight, as the repository's other labels and ACLED's definition "
    "have it; sitrep had the first right); event date 27/30, actor1 27/30, location 27/30, fatalities 26/30. No "
    "event from 'Sudanese troops entered Bara ... after the RSF pulled out' (only troops, forces and the like "
    "were known as the side that left), 'A monastery in Tabayin township ... was bombed by a junta jet' ('bombed' "
    "alone is no air strike, and 'bombed by' a jet was not known) or 'Niger's junta ordered the closure of the "
    "border with Benin'. Mistyped: gunmen who 'shot dead a Druze sheikh' as shelling (a sheikh was no known "
    "victim); buses 'stopped by gunmen ... and all the passengers were marched into the bush' as an attack. "
    "After the fixes 30/30 on sub-event type and every field but actor1, 29/30 (Tabayin is not in the gazetteer, "
    "so the junta's country is unknown), by the rules alone and shipped._"
)
_BATCH131_FIRST_RUN = (
    "_First run of batch 131 (30 invented August 2029 descriptions in ACLED's note style from the Caucasus, the "
    "Balkans, the Gulf, South Asia, South-East Asia and the Pacific), before any rule was changed because of it: "
    "sub-event type 25/30 (0.833), by the rules alone and with the shipped fallback alike, event date 28/30, "
    "actor1 23/30, location 28/30, fatalities 28/30. No event from 'rival groups of football supporters fought "
    "each other with bats and stones in the centre of Tetovo' (the sport word won; rival fans were no crowd) or "
    "'Armenia and Azerbaijan handed over 4 detained soldiers each ... in an exchange' (a handover by each side "
    "was no swap). Mistyped: demonstrators who 'threw stones and petrol bombs at Kosovo police officers' as a "
    "grenade attack (a petrol bomb was an explosive); 'Indonesian troops recaptured ... Sugapa (Sugapa, Intan "
    "Jaya)' as a non-state capture (the bracket's 'Intan' was read as Yingtan, China, so the troops took ground "
    "abroad); police in Novi Sad who 'detained 8 students who had occupied the rectorate of the university for a "
    "week' as a protest with intervention (the label says arrests; the occupation was going on when the police "
    "came, so both readings stand and the rule was left alone). Actor 1: the forces of Bahrain and Sri Lanka "
    "without their years (no row in actor_years.tsv), Bahrain's too as Denmark's ('Sitra (Sitra, Capital)': "
    "'Capital' was only Denmark's and Iceland's region), Jaish al-Adl unknown. After the fixes 29/30 (Novi Sad "
    "left), every other field 30/30 but actor1 29/30 (the same item), by the rules alone and shipped. Batch 78's "
    "label for the Taftan attack that 'Jaish al-Adl later claimed' was corrected to Jaish al Adl (a claimed attack "
    "is the claimant's, as every later batch labels it); its first-run figure is unchanged._"
)
_BATCH132_FIRST_RUN = (
    "_First run of batch 132 (30 invented September 2029 plain wire items, a thirty-first control), before any "
    "rule was changed because of it: sub-event type 27/30 (0.900), by the rules alone and with the shipped "
    "fallback alike, event date 30/30, actor1 27/30, location 29/30, fatalities 28/30. Mistyped: 'Five Ukrainian "
    "sea drones were destroyed by naval crews before they could reach Novorossiysk harbour' as a drone strike "
    "(only air defences, interceptors and jets were known to stop drones); 'Zitacuaro's police chief died ... "
    "after unknown attackers riddled his pickup with bullets' as shelling, with no dead (an office-holder who "
    "died was no count); police who 'fired live rounds into a crowd blocking a road over bread prices' as an "
    "attack (a crowd blocking a road was not known to protest). Actor 1: 'artillery fire from the Russian-held "
    "bank of the Dnipro' was an unnamed group; 'SANA reported' put a bomb in Daraa in Sanaa, Yemen. Fatalities: "
    "a man 'tied to a pole and lynched by a crowd' was not counted. After the fixes 30/30 on every field, by the "
    "rules alone and shipped._"
)
_BATCH133_FIRST_RUN = (
    "_First run of batch 133 (30 invented October 2029 descriptions in ACLED's note style from Africa, the Andes, "
    "Colombia and Haiti, with a few from Belarus, Armenia and Iraqi Kurdistan), before any rule was changed because "
    "of it: sub-event type 28/30 (0.933), by the rules alone and with the shipped fallback alike, event date 30/30, "
    "actor1 26/30, location 29/30, fatalities 26/30. Mistyped: armed men who 'raided a health centre ..., carrying "
    "off medicines and a solar panel' as a battle; gunmen who 'killed an Indigenous guard coordinator at his home' "
    "as shelling with no dead. Actor 1: soldiers who 'fought off an ambush by Islamic State Sahel fighters' made "
    "the attack (only assaults, raids and the like were known as repelled); 'gendarmes fired live ammunition at "
    "youths protesting' gave the protesters; 'Garoua (Garoua, Nord)' was put in Burkina Faso (Cameroon's Nord was "
    "not known by its French name); and the Tumaco item's label, 'Military Forces of Colombia (2026-)', was "
    "corrected after the run to the '(2022-)' that the repository's sixteen earlier labels after August 2026 use "
    "(counted as missed). Fatalities: counts cut off from their verb by the note's brackets ('5 people attending a "
    "wedding in a village outside Debre Markos (Debre Markos, Amhara) were killed'), '2 gendarmes and a separatist "
    "fighter were killed' as 1. After the fixes 30/30 on sub-event type and every field but location, 29/30 "
    "('near La Moneda in Santiago (Santiago, ...)' is placed at La Moneda, which the gazetteer lacks), by the rules "
    "alone and shipped._"
)
_BATCH134_FIRST_RUN = (
    "_First run of batch 134 (30 invented November 2029 plain wire items, a thirty-second control), before any "
    "rule was changed because of it: sub-event type 25/30 (0.833) with the shipped fallback, 24/30 by the rules "
    "alone; shipped, event date 28/30, actor1 27/30, location 26/30, fatalities 26/30. No event from 'Six people "
    "celebrating a birthday were shot dead in Celaya ... when gunmen opened fire on the gathering' (a celebration "
    "outweighed the gunmen, as sport words no longer do) or 'A dusk-to-dawn curfew was ordered for Ouahigouya' "
    "(only the active voice was known). Mistyped: 'Eleven travellers were dragged off a commercial bus by armed "
    "men' as an attack; 'Sixty PTI supporters were picked up by police in Lahore ..., a day before it had planned "
    "to hold a rally' as a peaceful protest by the supporters; gangs who 'shot three rice growers dead on their "
    "plots' as a battle (growers were not known as civilians). The rules alone also missed 'Farmers' unions "
    "brought several thousand people and hundreds of tractors to ... Brussels ... against a trade deal'. "
    "Fatalities: 'one woman was killed in her garden, according to the Kursk region's governor' went to an event "
    "at the governor's region, which was dropped; 'the Taliban said eight civilians died in Barmal district', "
    "after a strike in Paktika, likewise. Location: 'what Islamabad called militant hideouts' put the strike in "
    "Islamabad; 'on the edge of Khiam' (which the gazetteer lacks) was no place. After the fixes 30/30 on every "
    "field, by the rules alone and shipped._"
)
_BATCH135_FIRST_RUN = (
    "_First run of batch 135 (30 invented November 2029 descriptions in ACLED's note style from Ukraine and Russia, "
    "Syria, Iraq, Yemen, Israel and the Palestinian territories, Lebanon, Iran, Pakistan, Myanmar, India and "
    "Armenia), before any rule was changed because of it: sub-event type 25/30 (0.833), by the rules alone and "
    "with the shipped fallback alike, event date 29/30, actor1 26/30, location 29/30, fatalities 28/30 (against "
    "the labels as committed: the Beryslav item's label said 1 killed where its text says the baker was injured, "
    "a slip corrected after the run). No event from 'Russian state television broadcast footage of soldiers "
    "raising a flag over the ruins of Novoplatonivka'. Mistyped: settlers who 'beat 4 Palestinian olive pickers "
    "with clubs ... and stole their harvest' as looting (a beating of two-word victims was not known); a Hezbollah "
    "fighter 'killed by a guided missile from an Israeli drone' as shelling, by Hezbollah; '2 unemployed graduates "
    "were shot dead ... when security forces opened fire to break up their sit-in' as a battle; 'armed men fired "
    "on a village volunteer post ..., wounding 2 volunteers; the volunteers returned fire' as an attack on "
    "civilians. Actor 1: 3 men 'led out of their houses in Oleshky ... by Russian servicemen' were taken by an "
    "unnamed group (the act's words were in the next clause); '2 PKK members travelling on a mountain road near "
    "Sidakan ... were killed when a Turkish drone hit their pickup' made the PKK the attacker. After the fixes "
    "30/30 on every field, by the rules alone and shipped._"
)
_BATCH136_FIRST_RUN = (
    "_First run of batch 136 (30 invented December 2029 plain wire items, a thirty-third control), before any "
    "rule was changed because of it: sub-event type 26/30 (0.867) with the shipped fallback, 25/30 by the rules "
    "alone; shipped, event date 29/30, actor1 25/30, location 26/30, fatalities 27/30. No event from 'Five "
    "militants died ... in what the military's media wing described as an intelligence-based operation by "
    "Pakistani troops'. Mistyped: 'Three demonstrators who rejected the election results died from police "
    "gunfire' as a peaceful protest with no dead; 'Pinga was back under the control of Congolese troops ... "
    "after they drove out M23 rebels' as a battle, placed nowhere; JNIM jihadists who 'overran an army post at "
    "Diapaga ... and held the town for several hours' as a battle. The rules alone also missed 'The main "
    "hospital in Babanusa was stripped of its X-ray machine ... by RSF fighters'. Actor 1: air defences that "
    "'shot down two Ukrainian Neptune missiles over Sevastopol' were Ukraine's (the country's own forces); "
    "'Soldiers manning a checkpoint outside Nablus ...; the Israeli army said its troops had been in danger' "
    "were Palestine's; 'Police in Kano said ... a man ... had been beaten to death by a mob' had no actor, no "
    "country and no dead (the police's town was read as the government speaking). Location: 'Malian soldiers "
    "supported by Africa Corps mercenaries' put the clash in Africa, a town in Tunisia; 'Residents of Um Rawaba "
    "said Sudan's army entered the town' was placed nowhere. After the fixes 30/30 on every field, by the rules "
    "alone and shipped._"
)
_BATCH137_FIRST_RUN = (
    "_First run of batch 137 (30 invented January 2030 descriptions in ACLED's note style from Latin America, "
    "Africa, the Middle East, South and South-East Asia, the Balkans, Korea and Ukraine), before any rule was "
    "changed because of it: sub-event type 24/30 (0.800), by the rules alone and with the shipped fallback alike; "
    "shipped, event date 29/30, actor1 27/30, location 29/30, fatalities 29/30. No event from 'an Arrow battery "
    "knocked out a Houthi ballistic missile over the Red Sea approaches to Eilat'. Mistyped: gunmen who 'opened "
    "fire on revellers at a New Year's party' as a battle (revellers were not known as civilians); residents who "
    "'pelted a police station in Masaka (Masaka, Central) with stones' as a peaceful protest (the bracket stood "
    "between); '2 jade miners were shot dead ... when a junta unit opened fire on a sit-in' as an attack; 'an "
    "attacker drove an explosives-packed pickup into the barrier and detonated it' as a remote bomb; 'the last "
    "junta battalion in Thandwe ... surrendered to the Arakan Army, which raised its flag over the town's district "
    "office' as ground regained by the junta (and by the rules alone no event). After the fixes 30/30 on every "
    "field, by the rules alone and shipped._"
)
_BATCH138_FIRST_RUN = (
    "_First run of batch 138 (30 invented January 2030 plain wire items, a thirty-fourth control), before any "
    "rule was changed because of it: sub-event type 24/30 (0.800), by the rules alone and with the shipped fallback "
    "alike, event date 28/30, actor1 24/30, location 28/30, fatalities 27/30. No event from students 'met with "
    "rubber pellets fired by Turkish police' or '200 houses in Tabayin township were reduced to ashes ... by "
    "advancing junta troops'. Mistyped: 'a grenade released from a Russian quadcopter' as a grenade attack by the "
    "police who told of it; 'All seven cruise missiles aimed at Lviv ... were destroyed before reaching the city' "
    "as shelling; 'explosives fixed beneath a minibus went off' as an attack; 'Niger's junta banned motorbike "
    "traffic ..., saying jihadists used them for attacks' as a battle. Actor 1: 'The SDF said ... a Turkish UAV had "
    "targeted one of its patrols' gave the SDF (a UAV was no state's craft). After the fixes 30/30 on sub-event "
    "type, event date and location; actor1 28/30 (the SDF, who speak first, are still read as the attacker; "
    "Tabayin, which the gazetteer lacks, leaves the junta without a country); fatalities 30/30 after a last fix "
    "('a husband and wife died' counted one), by the rules alone and shipped._"
)
_BATCH139_FIRST_RUN = (
    "_First run of batch 139 (30 invented February 2030 descriptions in ACLED's note style, most in towns earlier "
    "batches did not name), before any rule was changed because of it: sub-event type 25/30 (0.833) shipped, 23/30 by "
    "the rules alone; shipped, event date 27/30, actor1 25/30, location 26/30, fatalities 27/30. No event from '4 men "
    "gathering firewood outside Maiduguri ... had their throats cut by ISWAP fighters', residents who 'beat 2 "
    "suspected thieves and set 1 of them on fire', 'a pro-opposition blogger was taken from his flat in Batumi ... by "
    "Georgian police' (and, by the rules alone, from an agreement 'to merge their forces into a single army' and a "
    "town 'placed under a dusk-to-dawn curfew'). Mistyped: police who 'removed teachers blocking a highway ... to "
    "demand unpaid bonuses; 12 were detained' as arrests; 'Israeli military bulldozers ripped up asphalt and water "
    "mains' during a raid as a battle. Location: Sievierodonetsk is named Siverskodonetsk, the gazetteer's "
    "(GeoNames') main name for it (left: the label keeps the spelling English news uses; the coordinates are right). "
    "After the fixes 30/30 on sub-event type, date, actor1 and fatalities, 29/30 on location, by the rules alone and "
    "shipped._"
)
_BATCH140_FIRST_RUN = (
    "_First run of batch 140 (30 invented February 2030 plain wire items, a thirty-fifth control), before any rule "
    "was changed because of it: sub-event type 22/30 (0.733) shipped, 21/30 by the rules alone; shipped, event date "
    "26/30, actor1 20/30, location 25/30, fatalities 24/30. No event from 'An attempt by Russian troops to break into "
    "Siversk ... failed', 'Shops in Al Manaqil's central market were emptied by RSF fighters', RSF fighters in En "
    "Nahud 'which they had entered as the army garrison fled', 'Ecuador's government ordered troops onto the streets "
    "of Machala'. Mistyped: 'A car bomb parked outside a vegetable market tore through Azaz' as an attack (a weapon "
    "'parked' read as equipment seen); a 16-year-old 'killed ... by a bullet from police officers breaking up a "
    "rally' as a peaceful protest (no count for 'a 16-year-old'); 'hundreds of men ... stormed his street and set his "
    "house alight' as looting; 'Al Shabaab was pushed out of Mahas on Tuesday by Somali troops' as a capture by Al "
    "Shabaab. Actor 1: 'Ukraine's general staff said its long-range drones' gave an unidentified group; 'Taliban "
    "officials in Paktika said ... when Pakistani warplanes dropped bombs' gave the Taliban. Location: 'The "
    "Dnipropetrovsk regional governor said ... had died in Zelenodolsk' gave Dnipro (an old name of the city). "
    "Fatalities: 'a 44-year-old cyclist had died' none. Two labels corrected after the run, said in the file's header "
    "(En Nahud is a non-violent transfer, as earlier batches label a town entered after its troops fled; 'two gangs' "
    "are Unidentified Gang (Mexico), as earlier batches name gangs); the first-run figures count them as committed. "
    "After the fixes 30/30 on every field, by the rules alone and shipped._"
)
_BATCH141_FIRST_RUN = (
    "_First run of batch 141 (30 invented March 2030 descriptions in ACLED's note style, half from the war in Ukraine "
    "and Russia, most in towns earlier batches did not name), before any rule was changed because of it: sub-event "
    "type 28/30 (0.933) shipped, 26/30 by the rules alone; shipped, event date 29/30, actor1 26/30, location 28/30, "
    "fatalities 28/30. No event from 'the border commissions of Armenia and Azerbaijan signed a protocol' (the first "
    "state read as a place); by the rules alone none either from 'about 150 people stood along the main street of "
    "Nizhyn ... holding photographs of soldiers missing in action' or 'the junta ... extended martial law in 14 "
    "townships'. Mistyped: police who 'pushed back students trying to block a bridge' as a peaceful protest. Actor 1: "
    "'a Ukrainian-language teacher ... was taken away by men in Russian military uniform' gave Ukraine; 'the "
    "Ukrainian Navy reported that its Neptune missiles had destroyed 2 Su-24 aircraft' an unidentified group; 'a "
    "Russian sabotage and reconnaissance group crossed the border ... and was engaged by Ukrainian border guards' "
    "Ukraine (a fault of the passive-agent rule written for batch 140, which had also turned batch 139's Hola Prystan "
    "item). Location: 'Conakry's Ratoma district (Ratoma, Conakry)' kept as a name. Fatalities: JNIM fighters who "
    "'shot 7 men' counted none (left: the label counts the 7 as killed, which the text does not say outright). After "
    "the fixes 30/30 on every field but fatalities (29/30), by the rules alone and shipped._"
)
_BATCH142_FIRST_RUN = (
    "_First run of batch 142 (30 invented March 2030 plain wire items, a thirty-sixth control, with quotes, sources "
    "first and tolls after the act), before any rule was changed because of it: sub-event type 24/30 (0.800), by the "
    "rules alone and with the shipped fallback alike; event date 28/30, actor1 25/30, location 26/30, fatalities "
    "25/30. No event from 'two houses and a car were set alight by Israeli settlers' or 'Pakistan's army suspended "
    "all traffic on the road through Kurram district'. Mistyped: 'a cruise missile brought down by Ukrainian air "
    "defences' as shelling; 3 Awami League supporters who 'died ... after police fired live rounds to break up their "
    "attempt to disrupt an opposition rally' as a peaceful protest (and in India's Gopalganj, not Bangladesh's); "
    "'Junta troops abandoned their last base near Kyaukphyu ... under fire from the Arakan Army' as a transfer "
    "without a fight by the junta; 'A Sudanese air force strike on a weekly market' as shelling. Actor 1: 'police "
    "said the grenade was meant to intimidate the owner' gave the police. Location: 'women fleeing El Fasher had been "
    "raped ... at a checkpoint in Korma' gave El Fasher; 'took back Nyabiondo' no place. Fatalities: 'A Russian "
    "border guard was killed' none. One label corrected after the run, said in the file's header (the Chitral toll is "
    "8, '6 attackers and 2 soldiers'; the first-run figure counts the 6 as committed). After the fixes 30/30 on every "
    "field, by the rules alone and shipped._"
)
_BATCH143_FIRST_RUN = (
    "_First run of batch 143 (30 invented April 2030 descriptions in ACLED's note style from four continents), before "
    "any rule was changed because of it: sub-event type 26/30 (0.867) shipped, 24/30 by the rules alone; shipped, "
    "event date 29/30, actor1 25/30, location 29/30, fatalities 28/30. No event from 'Ethiopian army commanders and "
    "TPLF officials agreed on a timetable for withdrawing Amhara militias' (the TPLF was no actor); by the rules "
    "alone none either from 'the FSB reported detaining a resident of occupied Skadovsk' or fishermen who 'sailed "
    "their boats into the harbour in a flotilla to protest'. Mistyped: '3 employees ... were killed when Russian "
    "missile-carrying drones struck the site' as shelling, with no toll; traders who 'blocked roads and smashed the "
    "windows of a council building' as a peaceful protest; houses 'damaged by anti-tank missiles that Hezbollah said "
    "it had fired at Israeli soldiers billeted there' as a battle (left: the missiles were fired at soldiers, which "
    "the rule for anti-tank missiles fired at troops reads as fighting). Three actor labels corrected after the run, "
    "said in the file's header (gangs in Haiti, the FSB as police, JNIM first in an assault Niger's troops repelled); "
    "the first-run actor1 figure counts them as committed, and sitrep had named all three as the conventions do. "
    "After the fixes 29/30 on sub-event type (the Metula item left), 30/30 on the other fields, by the rules alone "
    "and shipped._"
)
_BATCH144_FIRST_RUN = (
    "_First run of batch 144 (30 invented April 2030 wire items, the thirty-seventh plain control), before any rule "
    "was changed because of it: sub-event type 25/30 (0.833) shipped, 24/30 by the rules alone; shipped, event date "
    "29/30, actor1 25/30, location 28/30, fatalities 26/30. No event from 'a roadside bomb found under a bridge in "
    "Afgooye was made safe by police explosives experts'; by the rules alone none either from 'Guinea's military "
    "government dissolved 53 political parties'. Mistyped: a mob that 'torched 15 houses ... after the bodies of "
    "three abducted women were found' as an abduction with 3 dead; a car bomb an attacker 'drove ... into a police "
    "compound', claimed by the Pakistani Taliban who 'said they had sent the bomber', as a remote explosive by an "
    "unidentified group; 'its aircraft had struck an al-Shabaab training camp' as a clash; a shepherd 'beaten ... by "
    "a group of Israeli settlers' as shelling. Wrong actor: Russian assault groups that 'were met by Ukrainian "
    "infantry' (Ukraine first); a dispatcher detained 'on suspicion of sending train timetables to Russian handlers, "
    "Ukraine's SBU said' (Russia's police); armed men in Minova (not in the gazetteer) named no group. Wrong count: "
    "'three bodies and 11 injured people' as 14 dead; 'Four members of one family, two of them children, died' as "
    "none. Unplaced: a drone downed 'as it approached the Novovoronezh nuclear power plant'._"
)
_BATCH145_FIRST_RUN = (
    "_First run of batch 145 (30 invented May 2030 descriptions in ACLED's note style from Ukraine and Russia, "
    "Africa, the Middle East, Asia and Latin America), before any rule was changed because of it: sub-event type "
    "28/30 (0.933) shipped, 28/30 by the rules alone; shipped, event date 29/30, actor1 26/30, location 29/30, "
    "fatalities 29/30. No event from 'Ukrainian military sources reported that the northern outskirts of Stepnohirsk "
    "... were back under Ukrainian control'. Mistyped: 'M23 rebels entered Kanyabayonga ..., which Congolese troops "
    "and their Wazalendo allies had defended for two days before pulling back' as a clash led by the army. Wrong "
    "actor: 'a drone operated by the Sudanese Armed Forces' (an unidentified group: 'operated by' read as who holds a "
    "place); 'PDF and KIA fighters attacked a junta battalion base' (the KIA, with the PDF as the other side)._"
)
_BATCH146_FIRST_RUN = (
    "_First run of batch 146 (30 invented June 2030 wire items, the thirty-eighth plain control), before any rule was "
    "changed because of it: sub-event type 24/30 (0.800) shipped, 24/30 by the rules alone; shipped, event date "
    "27/30, actor1 23/30, location 26/30, fatalities 24/30 (the Jableh toll counted as committed, 4; corrected to 6 "
    "after). No event from a village school and clinic 'stripped of equipment, which ... Russian soldiers had trucked "
    "away', 'Arakan Army fighters now hold the naval base ... after a week-long siege' or a junta that 'ordered all "
    "foreign aid groups ... to suspend their activities'. Mistyped: an armoured vehicle that 'ran over an improvised "
    "mine ...; the blast killed three' as shelling; soldiers who 'dispersed a crowd ... that had gathered to protest' "
    "as a peaceful protest; seven men 'taken off a passenger coach ... and shot dead' as shelling with no toll. Wrong "
    "actor: a police station 'damaged ... by a bomb ...; police said' (the police); traders 'pulled from their truck "
    "and shot', whom JNIM 'said on its channels ... had supplied the army' (an unidentified group; no toll: 'shot' "
    "alone is not counted as killed); 'members of the security forces', as the interior ministry told it (Syria's "
    "police). Unplaced: a human chain 'around Lviv's opera house' (a possessive read as a government)._"
)
_BATCH147_FIRST_RUN = (
    "_First run of batch 147 (30 invented July 2030 descriptions in ACLED's note style from Ukraine and Russia, "
    "Africa, the Middle East, Asia and the Americas), before any rule was changed because of it: sub-event type 25/30 "
    "(0.833) shipped, 24/30 by the rules alone; shipped, event date 27/30, actor1 25/30, location 27/30, fatalities "
    "27/30. No event from a general staff announcing that units 'had cleared Russian troops from the southern quarter "
    "of Kurakhove', 'medicines, beds and two generators were carried away from Babanusa ... hospital by RSF fighters' "
    "or '14 Palestinians ... were taken into Israeli custody'; by the rules alone none either from FAMa troops who "
    "'returned to the former camp in Tessalit without meeting resistance'. Mistyped: police who detained women "
    "holding 'a picket ... demanding compensation for homes destroyed by shelling' as shelling by the police. Wrong "
    "actor: houses destroyed 'during a bombing run by junta aircraft' (an unidentified group, as shelling)._"
)
_BATCH148_FIRST_RUN = (
    "_First run of held-out batch 148, the thirty-ninth plain control (30 invented wire items, August 2030), before "
    "any rule was changed because of it: sub-event type 22/30 with the shipped fallback, 22/30 by the rules alone; "
    "date 25/30, actor1 22/30, location 24/30, fatalities 24/30 (shipped). Misses: a blaze 'that Krasnodar officials "
    "said was started by a Ukrainian drone' (no event: 'spent Friday battling' read as money spent on drones), armour "
    "that 'lost four vehicles to mines and anti-tank fire' (a mine, not a fight), relatives who 'lined the road ... "
    "with placards asking for' a swap, bodies recovered 'after ADF rebels went through the village at night with "
    "machetes', settlers who 'smashed shop windows', a jet strike in Mindat (not in the gazetteer) that 'the Chin "
    "resistance' reported (placed in Qinzhou, China, which GeoNames also calls Chin), a bomber whom 'the Pakistani "
    "Taliban said he was one of theirs' (no claim read), 'two of them died, Manipur police said' (the dead given to "
    "the police's region), 'An explosive charge blew a hole in the ... pipeline' (an air strike by the fallback), "
    "police who 'fired on a crowd in Kisumu ... that was demanding' a release (an attack by an unnamed group), and "
    "'Army commanders and SPLA-IO officers ... put their names to a local truce' (no event). After the fixes 30/30 "
    "(location 29/30: 'Mamove, north of Beni' keeps the village's name, placed at Beni)._"
)
_BATCH149_FIRST_RUN = (
    "_First run of held-out batch 149 (30 invented notes in ACLED's style, September 2030), before any rule was "
    "changed because of it: sub-event type 28/30 with the shipped fallback, 27/30 by the rules alone; date 29/30, "
    "actor1 27/30, location 29/30, fatalities 29/30 (shipped). Misses: olive pickers 'chased from their groves by "
    "settlers wielding clubs' (shelling, by the fallback; no event by the rules), fighters who 'moved into an "
    "abandoned gendarmerie post ... and began using it as a base' (no event), and, by the rules alone, 'the SBU "
    "reported the detention in Odesa (Odeskyi, Odesa) of a crane operator' (no event); 'representatives of the DRC "
    "government and M23 signed' gave M23 as actor 1 (the government, named by the country's initials, was not read). "
    "After the fixes 30/30, every field 30/30._"
)
_BATCH150_FIRST_RUN = (
    "_First run of held-out batch 150, the fortieth plain control (30 invented wire items, October 2030), before any "
    "rule was changed because of it: sub-event type 20/30 with the shipped fallback, 19/30 by the rules alone; date "
    "25/30, actor1 21/30, location 24/30, fatalities 23/30 (shipped). One miss was the label's: a guided aerial bomb "
    "on Sumy, committed as shelling, is an air strike as ACLED codes glide bombs (sitrep said so; the label is "
    "corrected in the file's header and the miss stays counted). Misses: a priest 'led out of his church by officers' "
    "(no event), fighters who 'overran the outer trenches of the army post ... before ... the battle turned' (ground "
    "taken), rebels who 'walked into the centre of Uvira ... after a night of heavy fighting' (no event), sappers who "
    "'packed a family's three-storey house with charges ... and brought it down' (no event), 'a remote-controlled "
    "device planted in a rubbish bin exploded' (shelling), 'A crowd chased down and beat a man' (an attack by an "
    "unnamed group), police who 'opened fire on a crowd of vendors protesting' (a peaceful protest, no toll: 'A "
    "hawker was killed' was not counted), a crowd that 'walked in silence ... calling for the government to resign' "
    "(no event), and Mali's junta that 'expelled the head of the UN human rights office' (no event; left: sitrep "
    "codes no diplomacy, and an expulsion is close to it). Also: 'kept probing the ruins of the Vovchansk aggregate "
    "plant' had no place ('the Vovchansk ...' read as a name taking the article), 'Nine farmers ... were lined up and "
    "shot' no toll, 'Israeli 155 mm shells' no actor and 'Militants from the Kuki hill villages' an unnamed group. "
    "After the fixes 29/30 (left: the expulsion)._"
)
_BATCH151_FIRST_RUN = (
    "_First run of held-out batch 151 (30 invented notes in ACLED's style, November 2030), before any rule was "
    "changed because of it: sub-event type 27/30 with the shipped fallback, 26/30 by the rules alone; date 30/30, "
    "actor1 26/30, location 30/30, fatalities 29/30 (shipped). One actor miss was the label's: at Bol the side that "
    "attacked (Boko Haram) is actor 1, as in every earlier 'repelled an attack by' note (sitrep said so; corrected in "
    "the file's header, the miss stays counted). Misses: stormtroopers who 'attempted to cross the canal at Chasiv "
    "Yar ... under smoke cover' while 'the Ukrainian defenders engaged them with drones and mortars' (an air strike "
    "by Ukraine), 'a roadside device exploded under their pickup' (shelling), police who 'detained 25 people who were "
    "blocking streets to protest' (an arrest), and, by the rules alone, 'announced that the NPA would observe a "
    "unilateral ceasefire' (no event); 'a mortar round fired from Houthi-held hills' had no actor. Left: 'the army "
    "claimed to have killed several assailants. Fatalities unknown.' gives 10 (ACLED's figure for 'several'; the "
    "note's coder said unknown). The text of item 11 is close in wording (0.68) to an older note about Mocimboa da "
    "Praia, though not in what it reports; it was committed so before the run. After the fixes 30/30 (fatalities "
    "29/30)._"
)
_BATCH152_FIRST_RUN = (
    "_First run of held-out batch 152, the forty-first plain control (30 invented wire items, December 2030), before "
    "any rule was changed because of it: sub-event type 22/30 with the shipped fallback, 22/30 by the rules alone; "
    "date 24/30, actor1 23/30, location 23/30, fatalities 23/30 (shipped). Misses: a landing party that 'held out for "
    "hours under fire from Russian paratroopers' (no event), 'Russian jamming sent a Ukrainian long-range drone "
    "spinning into a field' (no event), police who 'handcuffed a city councillor ... over suspected embezzlement' (no "
    "event; left: the crime words keep an embezzlement arrest out), residents who 'stood in the snow ... with signs "
    "against plans' (no event), M23 and the army that 'traded artillery and small-arms fire' (shelling), RSF fighters "
    "who 'stripped a water treatment plant ... of its pumps' (no event), settlers who 'hurled rocks at Palestinian "
    "cars ..., injuring a woman' (property destruction) and a junta that 'suspended the broadcasts of a French radio "
    "network' (no event). Also: 'the Djibo garrison' had no place, 'a Taliban official's car' made the Taliban actor "
    "1, and 'pulled off and shot' is no toll (left: 'shot' without 'dead'). One actor label was corrected in the "
    "file's header after the run (the jihadists who 'tried to storm the Djibo garrison' attacked; committed as "
    "Burkina Faso's army, which sitrep gave). After the fixes 29/30 (left: the embezzlement arrest; a national "
    "decision with no place named keeps no town, where the label has the capital)._"
)
_BATCH153_FIRST_RUN = (
    "_First run of held-out batch 153 (30 invented notes in ACLED's style, December 2030), before any rule was "
    "changed because of it: sub-event type 23/30 with the shipped fallback, 23/30 by the rules alone; date 27/30, "
    "actor1 25/30, location 26/30, fatalities 27/30 (shipped). One miss was the label's: people detained as they "
    "'laid flowers at a monument to a dissident poet' were at a commemoration, a protest, which sitrep coded as a "
    "protest with intervention as ACLED codes such arrests (committed as an arrest; corrected in the file's header, "
    "the miss stays counted). Misses: a warehouse 'flattened by a FAB-500 bomb released from a Russian Su-34' (no "
    "event), 'a buried mine tore apart a VDP motorbike patrol ...; 3 volunteers died' (no event), ISWAP fighters who "
    "'raided Gubio ..., burned the local government secretariat and carted off food aid' (a clash), 'US aircraft "
    "carried out strikes on a Houthi radar site' (shelling), troops who 'moved into a renovated camp in Kidal ... to "
    "serve as their regional base' (a transfer of territory) and Russia, which 'test-fired a Sarmat intercontinental "
    "ballistic missile' (no event). Also: 'according to the Zaporizhzhia regional administration' placed an abduction "
    "in Enerhodar at Zaporizhzhia, and soldiers who 'pursued' fighters were not read as the side that attacked. After "
    "the fixes 27/30 (left: the mine told apart from its dead, the raid on Gubio, the missile test)._"
)
_BATCH154_FIRST_RUN = (
    "_First run of held-out batch 154, the forty-second plain control (30 invented wire items, January 2031), before "
    "any rule was changed because of it: sub-event type 26/30 with the shipped fallback, 26/30 by the rules alone; "
    "date 30/30, actor1 24/30, location 28/30, fatalities 29/30 (shipped). Two actor misses were the labels': unnamed "
    "gunmen in Celaya and Chilapa are Unidentified Armed Group (Mexico) as in every earlier batch (committed as "
    "gangs; corrected in the file's header, the misses stay counted). Misses: Ukrainian units that 'pushed Russian "
    "infantry out of two tree lines west of Robotyne' (a territory gain, not the fight it was), militias that 'fought "
    "with heavy machine guns and rocket-propelled grenades' in Zawiya (shelling: the RPG read as a rocket), a crowd "
    "that 'ransacked and set fire to the home of a man accused of blasphemy' (a riot, not mob violence), 'Israeli "
    "naval gunfire hit fishing boats' (an attack by no side); actors: 'insurgents linked to the Islamic State' "
    "(unidentified), 'Turkish howitzers shelled' (unidentified, at Tal, Rural Damascus: Tal Tamr was missing from the "
    "gazetteer), 'Baghdad's Green Zone' (Green, Ohio, and a US group); 'Two gunmen on a motorbike shot dead a village "
    "headman' gave 2 dead (the gunmen counted). After the fixes 30/30._"
)
_BATCH155_FIRST_RUN = (
    "_First run of held-out batch 155 (30 invented notes in ACLED's style, March 2031), before any rule was changed "
    "because of it: sub-event type 28/30 with the shipped fallback, 27/30 by the rules alone; date 29/30, actor1 "
    "26/30, location 29/30, fatalities 29/30 (shipped). Misses: 'Azerbaijani police detained 4 journalists ... on "
    "smuggling charges' (no event: the crime word outweighed the arrest of journalists), gunmen who 'seized the "
    "headmaster of a boarding school and 3 pupils from a dormitory' (an attack, not an abduction), 'the RSF used a "
    "drone to hit a fuel depot' (no event by the rules alone); actors: TTP militants who 'stormed a Frontier "
    "Constabulary fort' (the militants among the dead read as the side), 'armed Kuki and Meitei militants' (the "
    "Meitei), gang members 'who tried to advance into Petion-Ville' (the police, who fought them, read as the side). "
    "After the fixes 30/30, every field 30/30._"
)
_BATCH156_FIRST_RUN = (
    "_First run of held-out batch 156, the forty-third plain control (30 invented wire items, April 2031), before any "
    "rule was changed because of it: sub-event type 27/30 with the shipped fallback, 26/30 by the rules alone; date "
    "29/30, actor1 27/30, location 26/30, fatalities 28/30 (shipped). Misses: soldiers who 'needed treatment after "
    "breathing gas from grenades Russian drones had dropped' (a grenade attack by Ukraine's army), soldiers who "
    "'opened fire on residents who had blocked an expressway' (an attack, not force against protesters), a railway "
    "bridge 'near Mach was blown up; the Baloch Liberation Army said it had planted the explosives' (no event), "
    "'Jihadists burned the town hall and the police post' (no event by the rules alone); actors: 'Houthi media "
    "reported American air raids' (the Houthis); places: Beit Jinn and Kamaran (missing from the gazetteer), the Khor "
    "Mor gas field (placed at its province); 'lost one soldier and killed three NPA rebels' gave 3 dead. After the "
    "fixes 30/30 (location 29/30: Khor Mor, for which no cited coordinates were found, stays at its province)._"
)
_BATCH157_FIRST_RUN = (
    "_First run of held-out batch 157 (30 invented notes in ACLED's style, May 2031), before any rule was changed "
    "because of it: sub-event type 26/30 with the shipped fallback, 26/30 by the rules alone; date 28/30, actor1 "
    "25/30, location 28/30, fatalities 27/30 (shipped). Misses: 'Ukrainian army sappers removed 14 anti-tank mines' "
    "and 'Azerbaijani troops fired on an Armenian tractor working a field' (no events), 'fired on mourners chanting "
    "anti-government slogans at a funeral' (an attack by the army, not force against protesters by the police), "
    "police who detained a pensioner who 'had left flowers ... in memory of Ukrainian civilians killed in a missile "
    "strike' (a missile strike by the police); actors: 'the Somali government announced a 3-month ban ..., citing "
    "their use in Al Shabaab attacks' (Al Shabaab); 'killing 3 vigilantes and themselves' gave 3 dead where the two "
    "bombers make 5. After the fixes 30/30 (fatalities 29/30: the bombers told as 'themselves' are left uncounted)._"
)
_BATCH158_FIRST_RUN = (
    "_First run of held-out batch 158, the forty-fourth plain control (30 invented wire items, June 2031), before any "
    "rule was changed because of it: sub-event type 25/30 with the shipped fallback, 25/30 by the rules alone; date "
    "28/30, actor1 27/30, location 26/30, fatalities 27/30 (shipped). One miss was the label's: Jaish al Adl gunmen "
    "who 'fired on' a border guard patrol fought armed men, a battle as sitrep read it (committed as an attack; "
    "corrected in the file's header, the miss stays counted). Misses: 'every one of the 14 attack drones sent toward "
    "the city overnight had been shot down' (an air strike, with no place), 'Sacks of sorghum from a World Food "
    "Programme store ... ended up on RSF trucks' (shelling), a worker 'snatched from a guesthouse in Agadez ... by "
    "armed men' and 'Eleven people praying in a church ... died ... when ADF rebels stormed it' (no events); actors: "
    "Islamic State Sahel fighters who 'attacked a Malian army convoy ...; the army said it repelled them' (the army); "
    "'lynched a herdsman' gave no dead; 'outside Government House in Bangkok' was placed at Government House. After "
    "the fixes 28/30 (left: the drones shot down told by the city's administration, the sorghum on RSF trucks; actor1 "
    "29/30, the convoy's attackers)._"
)
_BATCH159_FIRST_RUN = (
    "_First run of held-out batch 159 (30 invented notes in ACLED's style, July 2031), before any rule was changed "
    "because of it: sub-event type 27/30 with the shipped fallback, 26/30 by the rules alone; date 29/30, actor1 "
    "28/30, location 27/30, fatalities 28/30 (shipped). Misses: 'two teenage girls sent by Boko Haram (JAS) detonated "
    "explosive vests' (a roadside bomb, placed at Boko Haram, Plateau, since JAS is an alternate name of Jos, and no "
    "dead), settlers 'from a nearby outpost set fire to 2 Palestinian cars' (no event), a curfew imposed 'after a "
    "series of grenade attacks on the town' (a grenade), and, by the rules alone, nurses 'seized by gang members as "
    "they left their shift' (no event); location: a drone strike on 'the airbase of Millerovo' told by 'the Rostov "
    "governor' was placed at Rostov. After the fixes 30/30, every field 30/30._"
)
_BATCH160_FIRST_RUN = (
    "_First run of held-out batch 160, the forty-fifth plain control (30 invented wire items, August 2031, written "
    "with more varied sentence shapes than earlier controls: the event told after its victim, its source or its "
    "setting), before any rule was changed because of it: sub-event type 22/30 with the shipped fallback, 20/30 by "
    "the rules alone; date 28/30, actor1 25/30, location 28/30, fatalities 26/30 (shipped). Two misses were the "
    "labels': a cyclist killed by a Russian FPV drone is an air/drone strike, as sitrep read it, and the Sumy "
    "region's Loknia 'back in Russian hands' is ground a foreign state's forces took, as batch 21 codes the same "
    "village (committed as an attack and a government's regain; corrected in the file's header, the misses stay "
    "counted). Misses: the Sumy village (no event, and placed at Sumy), bandits who 'marched about 20 men into the "
    "bush' (shelling, by the fallback), classrooms 'gutted by fire; ... the governor blamed separatist fighters' "
    "(shelling), Palestinians 'taken from their homes ... by Israeli forces during overnight raids' (an abduction), "
    "truck drivers 'in a strike over diesel prices' (shelling), supporters of two parties who 'attacked each other "
    "with machetes' (an attack, unplaced: the gazetteer lacked Noakhali) and a junta that 'suspended the BBC's "
    "broadcasts' (no event); by the rules alone also 'seized the army's 22nd Division base' and 'M23 tried to push "
    "past Wazalendo defenders' (no events); counts: 'was the latest to die' (0) and 'shot dead a polio vaccinator and "
    "the police officer guarding him' (1). After the fixes 29/30 (left: the classrooms gutted by fire, the governor's "
    "blame told after a semicolon; actor1 28/30, also junta jets over Depayin, which the gazetteer lacks)._"
)
_BATCH161_FIRST_RUN = (
    "_First run of held-out batch 161 (30 invented notes in ACLED's style, September 2031), before any rule was "
    "changed because of it: sub-event type 24/30 with the shipped fallback and by the rules alone; date 29/30, actor1 "
    "23/30, location 29/30, fatalities 27/30 (shipped). Two misses were the labels': JNIM fighters who 'occupied the "
    "town of Arbinda ... after Burkinabe soldiers withdrew' took ground no one fought for (a non-violent transfer, as "
    "sitrep read it and as batch 157 codes Thandwe airport), and the BLA is 'Baloch Liberation Army' (corrected in "
    "the file's header; the misses stay counted). Misses: 'guided aerial bombs and artillery' at Orikhiv (an air "
    "strike; the label, shelling, is left as committed), JNIM militants who 'killed 7 VDP auxiliaries and 3 civilians "
    "at a checkpoint' (an attack, where the auxiliaries make it a battle), police who 'fired live ammunition to "
    "disperse opposition supporters marching' (a battle by an unidentified group), gunmen who 'killed 3 members of an "
    "Alawite family' (a battle) and 'the Arakan Army launched drones carrying explosives at the navy headquarters' "
    "(no event); actors: a pharmacist 'taken away ... from her flat' by Russian forces, ADF rebels who 'fell upon "
    "mourners', Twirwaneho fighters (unknown to the lexicon) and 'Israeli 155mm rounds'; counts: '2 municipal workers "
    "repairing a water main were killed' and a man 'shot ... and died of his wounds'. After the fixes 28/30 (left: "
    "the mixed bombardment and the VDP checkpoint), every other field 30/30._"
)
_BATCH162_FIRST_RUN = (
    "_First run of held-out batch 162, the forty-sixth plain control (30 invented wire items, October 2031), before "
    "any rule was changed because of it: sub-event type 26/30 with the shipped fallback, 25/30 by the rules alone; "
    "date 27/30, actor1 25/30, location 26/30, fatalities 25/30 (shipped). One fatalities miss was the label's: "
    "'Three soldiers and five militants died' is 8 dead, as sitrep counted (committed as 3; corrected in the file's "
    "header, the miss stays counted). Misses: RSF fighters who 'spent Friday carrying away generators, solar panels "
    "and medicines', a procession that 'turned into a stone-throwing battle between two communities' and men 'whom "
    "armed men forced into two pickups' (no events), students 'carried off ... one by one by Serbian police' (a "
    "peaceful protest) and, by the rules alone, a junta that 'banned all activities of a coalition of opposition "
    "parties' (no event); counts: 'three passengers left behind on the platform ... died' (0). After the fixes 30/30 "
    "(left: actor1 28/30, missiles 'that Ukraine aimed at Belgorod ... were shot down ..., according to Moscow' give "
    "Ukraine, and bombs 'dropped by a Myanmar military aircraft' told 'According to the Ta'ang National Liberation "
    "Army' give the TNLA; location 29/30, 'the Kaduna-Kajuru road' placed at Kaduna)._"
)
_BATCH163_FIRST_RUN = (
    "_First run of held-out batch 163 (30 invented notes in ACLED's style, November 2031), before any rule was "
    "changed because of it: sub-event type 25/30 with the shipped fallback, 24/30 by the rules alone; date 27/30, "
    "actor1 24/30, location 27/30, fatalities 24/30 (shipped). Misses: settlers 'from a nearby outpost' who 'smashed "
    "the windows of 4 cars and sprayed slogans on a mosque' (no event), a blast 'officials blamed' on Al Shabaab, "
    "'set off by a teenage boy wearing explosives' (no event: a blamed act was always read as the reason for "
    "another), a deal 'ending months of clashes' between Somalia's government and Jubaland officials (no event), "
    "Africa Corps personnel who 'took over the former MINUSMA camp, which they will use as a base' (a non-violent "
    "transfer by MINUSMA) and junta troops who 'abandoned their last positions in Kyaukphyu ... to the Arakan Army "
    "after a 5-month siege' (a non-violent transfer by the junta); actors: M23 rebels who 'entered Walikale without "
    "firing a shot, hours after FARDC troops ... had pulled out' (the army read as actor 1); counts: 'killing the 3 "
    "soldiers on board', '4 people, one of them a child, died', 'Nasser hospital received the bodies of 6 people' (a "
    "hospital's dead read as bodies handed over). After the fixes 30/30, every field 30/30._"
)
_BATCH164_FIRST_RUN = (
    "_First run of held-out batch 164, the forty-seventh plain control (30 invented wire items, December 2031, told "
    "in varied shapes: the victim, the source or the setting first), before any rule was changed because of it: sub-"
    "event type 25/30 with the shipped fallback and by the rules alone; date 27/30, actor1 23/30, location 26/30, "
    "fatalities 25/30 (shipped). Misses: an engineer 'seized by Russian soldiers at a checkpoint ... and has not been "
    "heard from since', a thief 'set upon by a crowd ... and burned to death' and soldiers 'filmed celebrating ... "
    "after the army announced it had retaken the town' (no events: the capture read as the time of another act), 'A "
    "Russian armoured column was beaten back on the approaches to Pokrovsk' (shelling, from 'tanks destroyed'), armed "
    "men who 'made off with about 300 head of cattle' (a battle, with the shipped fallback; no event by the rules "
    "alone); actors: 'a guided bomb' in Kharkiv (an unidentified group: only 'guided aerial bombs' were Russia's "
    "KAB), 'Eleven soldiers and VDP auxiliaries were killed in an ambush' (the army read as actor 1, and no count), "
    "'A local resistance force' (the police station it captured read as actor 1); location: 'detained by Moscow "
    "police' (the capital read as the government, no place); counts: 'six passengers had been pulled off a bus ... "
    "and executed' (a count told with 'had been'). After the fixes 30/30, every field 30/30._"
)
_BATCH165_FIRST_RUN = (
    "_First run of held-out batch 165 (30 invented notes in ACLED's style, January 2032), before any rule was changed "
    "because of it: sub-event type 25/30 with the shipped fallback, 22/30 by the rules alone; date 29/30, actor1 "
    "25/30, location 29/30, fatalities 28/30 (shipped). Misses: residents who 'after the RSF withdrew found the town "
    "hospital stripped of beds, medicines and solar panels' (no event), 'the army said it had cleared Islamic State "
    "fighters from 4 villages ... with the help of Rwandan troops' (ground taken by Rwanda: the unnamed army took the "
    "one state named, its helper), 'a former FARC combatant ... was shot dead by 2 men on a motorbike' (a battle, no "
    "count), 'about 40 people trying to reach Taksim Square in defiance of a ban on a memorial march were detained by "
    "police' (arrests) and 'bombs dropped from a motorised paraglider' near Monywa (a roadside bomb by an "
    "unidentified group); by the rules alone also farmers who 'parked their tractors outside the parliament ... to "
    "protest', 'Israeli troops building a fortified outpost' and fighters who 'had taken a school principal and 4 "
    "pupils into the bush' (no events); actors: '2 police officers on guard in Jamundi ... were wounded when a man "
    "... lobbed a grenade at them' (the police read as actor 1). After the fixes 30/30, every field 30/30._"
)
_NON_EVENTS_BATCH28_FIRST_RUN = (
    "_First run of non-event batch 28 (40 texts aimed at batch 129's new words), before any rule was changed "
    "because of it: 35/40 without an event, by the rules alone and with the shipped fallback alike, each miss an "
    "older fault: 'Taxi drivers striking against a rise in fuel prices kept Luanda's roads quiet' and 'Miners "
    "striking for higher pay ... returned to work' (the word 'striking' after the strikers stood for an attack), "
    "'A lorry carrying timber crushed a car ..., killing a farmer and the driver' (a lorry that crushes was no "
    "accident word), 'A Chinese company fired two rockets into orbit ..., carrying weather satellites' (a launch "
    "read as shelling), 'Frost killed 3,000 llamas and alpacas' (a battle with 3,000 dead: animals counted as "
    "people). After the fixes 40/40._"
)
_NON_EVENTS_BATCH29_FIRST_RUN = (
    "_First run of non-event batch 29 (40 texts aimed at session 29's later rules), before any rule was changed "
    "because of it: 35/40 without an event with the shipped fallback, 36/40 by the rules alone. Three of the "
    "misses were the session's own new rules over-reaching: 'The bank ... was merging its regional units into a "
    "single retail division' (a change of activity), 'Hundreds of Scouts were marched into the forest ... for a "
    "week-long camp' (an abduction), and an older one, 'Tourists entered the Alhambra ... after the last group "
    "of schoolchildren left' (a non-violent transfer: any leaving will do); the fallback read 'Burglars took "
    "away jewellery ...' as an abduction ('burglar' was a crime word, 'burglars' was not), and 'Police in "
    "Navolato arrested a car wash owner ... for running an illegal betting shop' was an arrest. After the fixes "
    "40/40._"
)
_NON_EVENTS_BATCH30_FIRST_RUN = (
    "_First run of non-event batch 30 (40 texts aimed at session 30's rules), before any rule was changed because "
    "of it: 34/40 without an event, by the rules alone and with the shipped fallback alike, every miss an older "
    "fault (the code before the session gave the same six): 'Rival groups of supporters fought each other for "
    "the last tickets at the stadium box office' and 'Two groups of dancers fought each other in a choreographed "
    "battle scene' (mob violence: any two words before 'fought each other' would do), 'Police in Cetinje "
    "arrested 2 men ... for throwing fireworks from a balcony during a wedding' (fireworks thrown at nothing were "
    "a riot), 'A cafe owner ... showed visitors a hand grenade his grandfather had kept' (a grenade attack), 'Two "
    "groups of fans of rival K-pop bands clashed online' (a battle), and 'former minefields near Fuzuli were "
    "handed over to farmers' (a transfer of territory: anything 'handed ... over to' anyone). After the fixes "
    "40/40._"
)
_NON_EVENTS_BATCH31_FIRST_RUN = (
    "_First run of non-event batch 31 (40 texts aimed at session 30's later rules), before any rule was changed "
    "because of it: 35/40 without an event, by the rules alone and with the shipped fallback alike, every miss "
    "an older fault (the code before the session gave events for the same five): 'The opposition leader said ... "
    "she had been lynched by the press' (mob violence), 'Helicopter crews rescued 14 fishermen whose boat sank' "
    "(an attack: any 'sank' would do), 'Police in Gumla arrested a man ... for stealing three goats' (looting: "
    "the charge read as the act), 'A gas cylinder on a motorcycle exploded at a petrol station' (shelling: only "
    "a cylinder that exploded at once was an accident), and 'Old sea mines washed ashore near Novorossiysk were "
    "destroyed by naval crews in controlled blasts', which was then removed from the set: by ACLED's definition "
    "it is disrupted weapons use (sitrep reads it as an explosion, left). After the fixes 39/39._"
)
_NON_EVENTS_BATCH32_FIRST_RUN = (
    "_First run of non-event batch 32 (40 texts aimed at session 31's rules), before any rule was changed because "
    "of it: 35/40 without an event, by the rules alone and with the shipped fallback alike. Three misses were "
    "faults of rules written earlier in the session for batch 134: 'Stranded tourists were picked up by army "
    "helicopters' (arrests: the army's aircraft read as who took them), 'A night curfew was imposed on the "
    "beaches near Saint-Marc ... to protect nesting sea turtles' and 'A curfew was imposed on outdoor "
    "construction work in Lahore ... as smog reached hazardous levels' (any curfew in the passive was a "
    "security measure). Two were older: 'Farmers' cooperatives brought hundreds of new tractors to an "
    "agricultural fair in Brussels' (any tractors brought to a city were a protest), and 'A vintage machinery "
    "club brought more than fifty restored tractors to the county show in Lyon ..., against the odds' (the "
    "session's longer form of the same rule, with 'against'). The code before the session also gave an event for "
    "'The opposition said ... it planned to hold a rally in Lahore next month', which batch 134's fixes had "
    "already mended. After the fixes 40/40._"
)
_NON_EVENTS_BATCH33_FIRST_RUN = (
    "_First run of non-event batch 33 (40 texts aimed at session 31's later rules), before any rule was changed "
    "because of it: 31/40 without an event, by the rules alone and with the shipped fallback alike. One miss was "
    "a fault of a rule written earlier in the session for batch 135: 'Elderly residents were led out of their "
    "houses in Beryslav by soldiers and rescuers ... as floodwater rose' (an abduction). Six were older (the code "
    "before the session gave events for them too): a guided missile 'fired from a drone at an arms fair ... in a "
    "test' and 'A drone fired a net to capture another drone during a demonstration of anti-drone technology' "
    "(drone strikes), 'Basra's governor returned fire at his critics' (a battle: 'the port's' was a target), 'A "
    "film about a Hezbollah fighter killed by a drone strike premiered' (a strike by Hezbollah), 'Police dispersed "
    "a crowd of shoppers' (a protest) and 'Actors fired blank rounds to break up a staged demonstration during the "
    "filming of a historical drama' (a protest). Two texts were removed from the set after the run as events: "
    "'Students staged a sit-in at Yerevan State University ... over higher tuition fees' is a peaceful protest, "
    "written as a non-event by mistake, and 'Police ... used loudspeakers ... to disperse a demonstration of vintage "
    "car owners who had parked on Rustaveli Avenue without a permit' reads as a protest as well as a show. After "
    "the fixes 38/38._"
)
_NON_EVENTS_BATCH34_FIRST_RUN = (
    "_First run of non-event batch 34 (40 texts aimed at session 31's last rules), before any rule was changed "
    "because of it: 36/40 without an event, by the rules alone and with the shipped fallback alike. Two misses "
    "were faults of a rule written earlier in the session for batch 136: 'Kalehe was back under the control of "
    "the colonial administration by 1912' and 'Shares of a Belgrade telecoms firm were back under the control of "
    "its founder' (ground taken: any controller would do). Two were older: 'Soldiers who fought at Pinga were "
    "honoured at a ceremony in Goma' (a battle) and 'Argentina's pensioners' association said ... it would hold "
    "its weekly march in Buenos Aires on Wednesday' (a protest on the Wednesday before). After the fixes 40/40._"
)
_NON_EVENTS_BATCH35_FIRST_RUN = (
    "_First run of non-event batch 35 (40 texts aimed at session 31's batch-137 rules), before any rule was "
    "changed because of it: 39/40 without an event, by the rules alone and with the shipped fallback alike. The "
    "miss was an older fault (the code before the session gave an event too): 'Protesting the referee's decisions, "
    "a coach in Kisii led his team off the pitch ... and the match was abandoned' (a peaceful protest). After the "
    "fix 40/40._"
)
_NON_EVENTS_BATCH36_FIRST_RUN = (
    "_First run of non-event batch 36 (40 texts aimed at session 31's batch-138 rules), before any rule was "
    "changed because of it: 35/40 without an event, by the rules alone and with the shipped fallback alike. Two "
    "misses were faults of rules written earlier in the session for batch 138: 'Paintball players fired rubber "
    "pellets at each other' (a protest with intervention) and 'A hot-air balloon was destroyed before reaching the "
    "festival grounds' (weapons stopped). Three were older: 'A model rocket built by students in Doha was "
    "destroyed before reaching its target height' (weapons stopped), 'Venezuela's electoral council banned "
    "campaign rallies in Caracas' (a peaceful protest) and 'Floodwater destroyed the road to Ghazni ..., and the "
    "army sent engineers to rebuild it' (shelling: the army, named, outweighs the flood). After the fixes 39/40 "
    "(the Ghazni text left); a CIR title, 'Russian troops in Melitopol announcing the ban on protests in the "
    "city', no longer gives a peaceful protest (it gives nothing; a change to group activity would be better)._"
)
_NON_EVENTS_BATCH37_FIRST_RUN = (
    "_First run of non-event batch 37 (40 texts aimed at session 32's batch-139 and batch-140 rules), before any rule "
    "was changed because of it: 32/40 without an event, by the rules alone and with the shipped fallback alike. Four "
    "misses were faults of rules written earlier in the session: 'Bulldozers ripped up the asphalt of Tulkarm's main "
    "street ... as the municipality began replacing its water mains' (looting: any bulldozers, not only an army's), "
    "'A banker was taken from his flat in Batumi by police ... and charged with embezzling' (arrests), 'Ukraine's "
    "general staff said ... that its football team had beaten the border guards 3-1' (an attack: the general staff, "
    "newly an actor, outweighed the sport) and 'Hundreds of men, stirred by a preacher's sermon, stormed his street "
    "... to ask for his blessing' (mob violence). Four were older: 'Al Shabaab was pushed out of the national "
    "football league ... by a fixing scandal' (a capture), 'Two drivers fought over a parking space in Tijuana' (a "
    "battle), 'A 44-year-old cyclist had died ... after being hit by a lorry' (a battle) and 'A grenade dug up in a "
    "garden in Imphal ... dated from the Second World War' (a grenade attack). After the fixes 39/40: the banker's "
    "arrest is left, as sitrep's convention keeps arrests on charges of embezzlement, fraud or bribery (states bring "
    "them against their opponents; see nonconflict.tsv)._"
)
_NON_EVENTS_BATCH38_FIRST_RUN = (
    "_First run of non-event batch 38 (40 texts aimed at session 32's batch-141 and batch-142 rules), before any rule "
    "was changed because of it: 37/40 without an event, by the rules alone and with the shipped fallback alike; no "
    "miss was a fault of the session's new rules. The three were older: 'A border guard was killed ... when his car "
    "skidded off an icy road' (shelling: a skid was no accident word), 'Congolese fans took back the trophy from "
    "Rwandan rivals ... after a penalty shoot-out' (ground retaken, then a battle) and 'A crane collapse at a grain "
    "terminal ... killed two port workers' (an attack: the collapse told as a noun). After the fixes 40/40._"
)
_NON_EVENTS_BATCH39_FIRST_RUN = (
    "_First run of non-event batch 39 (40 texts aimed at session 33's batch-144 rules and the towns of "
    "extra_places.tsv), before any rule was changed because of it: 37/40 without an event, by the rules alone and "
    "with the shipped fallback alike. Two misses were faults of rules written earlier in the session for batch 144: "
    "'its aircraft had struck a flock of birds on landing' (an air strike: 'its aircraft' had just become a weapon) "
    "and 'An unexploded shell found by farmers near Izium was made safe ... and taken to a museum' (weapons "
    "disrupted); one was older: 'A man was detained in Kovel ... on suspicion of sending threatening letters to his "
    "neighbours' (an arrest). After the fixes 40/40._"
)
_NON_EVENTS_BATCH40_FIRST_RUN = (
    "_First run of non-event batch 40 (40 texts aimed at session 33's batch-145 and batch-146 rules and places), "
    "before any rule was changed because of it: 27/40 without an event, by the rules alone and with the shipped "
    "fallback alike. One miss was a fault of the session's new rules: 'The trophy was back under Ukrainian control "
    "... after Shakhtar beat Dynamo in the cup final' (ground retaken). Twelve were older: a party that 'now controls "
    "the city council ... after a close fight in the local elections' (a clash), 'A drone operated by a film crew "
    "crashed into a lake' (an air strike), police and stewards who dispersed crowds gathered 'to watch a house "
    "collapse' and 'outside the stadium without tickets', passengers 'taken off a bus ... and treated for "
    "heatstroke' (an abduction), a bank 'damaged ... by a fire that started in a neighbouring shop' (shelling), "
    "a police arrest of a sheep rustler, pilgrims who 'marched from Orikhiv to a monastery', engineers who "
    "'demonstrated a jammer' at a fair, students who 'formed a human chain ... to carry 3,000 books', 'Kidnapping "
    "insurance sales rose' (an abduction) and a cricket ground opened 'with a march'. After the fixes 38/40 (left: "
    "the stewards and fans; the rustler's arrest, as ACLED codes cattle raiding by armed men)._"
)
_NON_EVENTS_BATCH41_FIRST_RUN = (
    "_First run of non-event batch 41 (40 texts aimed at session 34's batch-148 rules and at the places of batches "
    "147 and 148), before any rule was changed because of it: 33/40 without an event, by the rules alone and with the "
    "shipped fallback alike. Five misses were faults of the session's new rules: 'A fire started by an overheating "
    "agricultural drone's battery' (an air strike), 'A bus company ... lost four vehicles to a garage fire' (a "
    "clash), engineers' 'explosive charge that blew a hole in the old dam wall' as a demolition began (a bomb), "
    "farmers who 'went through the village ... with machetes' to clear paths (an attack) and fans 'with placards "
    "asking the band to play an encore' (a protest). Two were older: engineers who 'demonstrated a water cannon' "
    "(a protest broken up) and 'Fano militiamen who laid down their arms last year' (a change to the group, "
    "today). After the fixes 40/40._"
)
_NON_EVENTS_BATCH42_FIRST_RUN = (
    "_First run of non-event batch 42 (40 texts aimed at session 34's batch-149 and batch-150 rules and places), "
    "before any rule was changed because of it: 31/40 without an event, by the rules alone and with the shipped "
    "fallback alike. Six misses were faults of the session's new rules: 'Reporters kept probing the minister' (a "
    "clash), a bride 'led out of the church ... by officers of her father's old regiment' (an arrest), 'Floodwater "
    "overran the trenches dug by archaeologists' (a clash), gamers who 'walked into the centre of Uvira ... after a "
    "weekend-long esports battle' (ground taken), 'Israeli 155 mm shells collected after the 2006 war' put on display "
    "(shelling) and 'The crowd favourite beat two men ... in the arm-wrestling final' (mob violence). Three were "
    "older: vendors 'protesting nothing more than the heat', 'Explosions of colour lit up Bryansk ... with fireworks' "
    "and a fuel tank that 'went off in flames near a police van' (shelling). After the fixes 38/40 (left: the vendors "
    "and the fuel tank)._"
)
_NON_EVENTS_BATCH55_FIRST_RUN = (
    "_First run of non-event batch 55 (40 texts aimed at session 37's batch-165 rules and places), before any rule "
    "was changed because of it: 38/40 without an event, by the rules alone and with the shipped fallback alike. One "
    "miss was the session's own new rule: residents who returned 'after the floodwaters retreated' and 'found their "
    "homes stripped of plaster and wiring by the water' (looting, read as a riot by residents: any side that left "
    "made what was found stripped a looting); one was older and is left: 'An opposition candidate ... held a rally "
    "... to present her programme' (a peaceful protest; whether a campaign rally is a demonstration is a coding "
    "question sitrep answers yes to). After the fix (the side that left is an armed one) 39/40._"
)
_NON_EVENTS_BATCH54_FIRST_RUN = (
    "_First run of non-event batch 54 (40 texts aimed at session 37's batch-164 rules and places), before any rule "
    "was changed because of it: 30/40 without an event, by the rules alone and with the shipped fallback alike. Four "
    "misses were the session's own new rules: 'after the airline announced it had retaken its place as Russia's "
    "largest carrier', 'after the club announced it had won back its place in the top division' (ground taken: a "
    "capture 'announced' after 'after' had just become the news), a climber who 'has not been heard from since' (an "
    "abduction) and a pop star 'set upon by a crowd of fans ... asking for selfies' (mob violence); six were older: "
    "'the zoo ... announced it had recaptured an escaped lynx' (ground taken), 'Eleven soldiers are killed in an "
    "ambush in the opening scene of a new war film' (a battle), prisoners 'executed by lethal injection' and orders "
    "'placed and executed by brokers' (attacks), an explanation of 'how a defused guided bomb's fins are steered' "
    "(disrupted weapons use) and 'a model of a guided bomb for a science fair' (an air strike). After the fixes 40/40._"
)
_NON_EVENTS_BATCH53_FIRST_RUN = (
    "_First run of non-event batch 53 (40 texts aimed at session 37's batch-163 rules and places), before any rule "
    "was changed because of it: 36/40 without an event, by the rules alone and with the shipped fallback alike. "
    "Three misses were the session's own new rules: 'Investigators blamed faulty wiring for a blaze that killed 5 "
    "residents' (an attack: the blamed act with its toll was taken as the news though nothing armed was blamed), 'The "
    "champion gave up his position at the top of the table to Nasiriyah's club after a bruising battle' (ground "
    "taken), 'Soldiers painted slogans on the walls of their barracks ... for the regiment's anniversary' (property "
    "destroyed); one was older: 'The channel lost its lead position to its rival after a long battle for viewers' (a "
    "battle). After the fixes (an armed side blamed; positions given up are plural; slogans sprayed, not painted; no "
    "battle for viewers or a title) 40/40. Text 35 is close to a text of set 46 (0.66 by the near-duplicate check, "
    "committed before that was seen)._"
)
_NON_EVENTS_BATCH52_FIRST_RUN = (
    "_First run of non-event batch 52 (40 texts aimed at session 36's batch-162 rules and places), before any rule "
    "was changed because of it: 39/40 without an event, by the rules alone and with the shipped fallback alike. The "
    "miss was older: 'The tram stop in Sumy where a famous poet once lived was renamed in his honour' (a change to a "
    "group: 'renamed' alone was a group's word). After the fix (a group renamed itself or its units) 40/40._"
)
_NON_EVENTS_BATCH51_FIRST_RUN = (
    "_First run of non-event batch 51 (40 texts aimed at session 36's batch-161 rules and places), before any rule "
    "was changed because of it: 37/40 without an event, by the rules alone and with the shipped fallback alike. All "
    "three misses were older: 'Firefighters used water cannon to disperse a swarm of bees' (a protest dispersed), 'A "
    "pharmacist in Melitopol was taken away from her flat by ambulance' (an abduction) and 'Ugandan police officers "
    "marched in Kampala ... to mark the force's centenary' (a protest). After the fixes 40/40._"
)
_NON_EVENTS_BATCH50_FIRST_RUN = (
    "_First run of non-event batch 50 (40 texts aimed at session 36's batch-160 rules and places), before any rule "
    "was changed because of it: 37/40 without an event, by the rules alone and with the shipped fallback alike. One "
    "miss was a fault of the session's new rules: 'Scout leaders marched about 40 boys into the forest ... for a "
    "week of camping' (an abduction: 'boys' had just been added to the people who can be marched off). Two were "
    "older: 'Climbers overran the base camp at Everest's foot' (a battle) and 'Palestinian children from Hebron were "
    "taken from their homes to a summer camp' (an abduction). After the fixes (climbing and children's outings are a "
    "setting any armed actor outweighs) 40/40._"
)
_NON_EVENTS_BATCH49_FIRST_RUN = (
    "_First run of non-event batch 49 (40 texts aimed at session 36's batch-159 rules and places), before any rule "
    "was changed because of it: 37/40 without an event, by the rules alone and with the shipped fallback alike. All "
    "three misses were older: 'A museum in Dikwa displayed the explosive vests that bomb squads had defused over the "
    "years' (disrupted weapons), 'The Somali government imposed a tax on imported sugar ... after a series of price "
    "rises hit the market' (shelling) and 'Villagers in Jalpaiguri set fire to a giant straw effigy ... to mark the "
    "end of the harvest festival' (property destroyed). After the fixes 40/40._"
)
_NON_EVENTS_BATCH48_FIRST_RUN = (
    "_First run of non-event batch 48 (40 texts aimed at session 35's batch-158 rules and places), before any rule "
    "was changed because of it: 39/40 without an event, by the rules alone and with the shipped fallback alike. The "
    "miss was older: 'Two workers at a chemical plant near Sumy were treated for breathing in chlorine gas ... after "
    "a valve failed' (a chemical weapon). After the fix (a failed valve, burst pipe or chemical leak is an "
    "accident) 40/40._"
)
_NON_EVENTS_BATCH47_FIRST_RUN = (
    "_First run of non-event batch 47 (40 texts aimed at session 35's batch-157 rules and places), before any rule "
    "was changed because of it: 35/40 without an event, by the rules alone and with the shipped fallback alike. Two "
    "misses were faults of the session's new rules: 'HALO Trust deminers lifted 40 old mines' and 'Army sappers "
    "removed dummy mines from a training ground' (disrupted weapons). Three were older: 'Football fans chanting "
    "slogans in support of their club marched to the stadium' (a protest), 'The Kenyan government announced a "
    "curfew on late-night bars ... to curb noise' (a change to a group) and 'A pensioner ... left flowers on the "
    "grave of her husband' (a protest). After the fixes 40/40._"
)
_NON_EVENTS_BATCH46_FIRST_RUN = (
    "_First run of non-event batch 46 (40 texts aimed at session 35's batch-156 rules and places), before any rule "
    "was changed because of it: 35/40 without an event by the rules alone, 34/40 with the shipped fallback. Three "
    "misses were faults of the session's new rules: 'Army engineers burned abandoned vehicles and old tyres at a "
    "scrapyard' (destroyed property), 'An old railway bridge near Sibi was blown up by contractors ... to make way "
    "for a new one' and a quarry whose company 'had planted the explosives too close to the surface' (bombs). Three "
    "were older: 'a gallery on Monday about American air raids on the city in 1972' (an air strike), 'Police in "
    "Tbilisi turned a water cannon on a burning car after a crash' (a protest) and, from the fallback alone, crowds "
    "that 'filled Kragujevac's main square ... for a free concert' (a protest). After the fixes 40/40._"
)
_NON_EVENTS_BATCH45_FIRST_RUN = (
    "_First run of non-event batch 45 (40 texts aimed at session 35's batch-155 rules and places), before any rule "
    "was changed because of it: 34/40 without an event, by the rules alone and with the shipped fallback alike. Two "
    "misses were faults of the session's new rules: police who 'detained a man ... who had stolen a journalist's "
    "phone' (an arrest: a journalist named anywhere made it political) and 'A golfer ... used a drone to hit a ball' "
    "(an air strike). Four were older: firefighters who 'grabbed two children from a burning house ... and carried "
    "them to safety' (an abduction), an under-19 side that 'tried to advance into the European final' (a clash with "
    "no side and no place), a car that 'exploded in flames ... after its fuel tank leaked' (a bomb) and police who "
    "detained a rider 'for carrying five passengers at once' (an arrest). After the fixes 40/40._"
)
_NON_EVENTS_BATCH44_FIRST_RUN = (
    "_First run of non-event batch 44 (40 texts aimed at session 35's batch-154 rules and places), before any rule "
    "was changed because of it: 32/40 without an event, by the rules alone and with the shipped fallback alike. One "
    "miss was a fault of the session's new rules: 'Naval gunfire support was the subject of a lecture' (shelling). "
    "Seven were older: 'Two actors playing gunmen shot dead a village headman in the last scene of a play' (an "
    "attack, placed at Patan, Nepal, which Newar speakers call Yala), volunteers 'restoring two French howitzers "
    "from the First World War' for a museum and builders who 'mixed mortars and laid bricks' (shelling), children "
    "who 'fought with snowballs and cardboard grenades' (a clash), a crowd outside the home of 'a man who had won "
    "the national lottery' and 'An exhibition ... showed photographs of the nightly marches' (protests), and "
    "herders who 'drove their cattle out of Bokkos' (a capture). After the fixes 40/40._"
)
_NON_EVENTS_BATCH43_FIRST_RUN = (
    "_First run of non-event batch 43 (40 texts aimed at session 34's batch-151 and batch-152 rules and places), "
    "before any rule was changed because of it: 31/40 without an event, by the rules alone and with the shipped "
    "fallback alike. Four misses were faults of the session's new rules: engineers who showed how 'jamming sent a "
    "toy drone off course' (a weapon stopped), shoppers who 'held up cardboard with signs against the cold' as a "
    "joke (a protest), engineers who 'stripped a water treatment plant ... of its old pumps' (looting) and "
    "commuters 'blocking streets to protest against nothing in particular' who were a film's extras (a protest). "
    "Five were older: boys who 'threw stones at a wasps' nest' (a riot), 'Popular Mobilization Forces veterans ran "
    "a half marathon' (a change to a group: the name's 'Mobilization'), 'A mortar used for grinding spices' "
    "(shelling), 'A grenade-shaped lighter' (a grenade) and 'A HIMARS model built by students' (shelling). After "
    "the fixes 38/40 (left: the shoppers' joke signs, which an older rule reads as 'held up ... signs against', and "
    "the film's extras)._"
)
_NON_EVENTS_BATCH27_FIRST_RUN = (
    "_First run of non-event batch 27 (40 texts aimed at batch 127's new words), before any rule was changed "
    "because of it: 37/40 without an event, by the rules alone and with the shipped fallback alike, each miss an "
    "older fault: 'Traffic police intercepted a speeding van ... and drove its drunk driver to the police station' "
    "and 'Customs officers intercepted a shipment of undeclared avocados' were read as weapons seized (the word "
    "'intercepted' stood for an interception whatever was stopped), and 'A museum ... opened an exhibition on "
    "Saturday of homemade mortars and rifles used by guerrillas' as shelling. After the fixes 40/40 (and a UCDP "
    "source headline, 'Intercepted Calls: Week of 29 Aug', no longer gives an event)._"
)
_NON_EVENTS_BATCH20_FIRST_RUN = (
    "_First run of non-event batch 20 (40 texts aimed at session 25's new words), before any rule was changed "
    "because of it: 35/40 without an event, by the rules alone and with the shipped fallback alike. Events were "
    "made from 'Liverpool marched into the quarter-finals unopposed ... after their opponents withdrew', 'In 1812 "
    "Napoleon's army marched into Moscow unopposed' (a year before 1900 was no date), three police officers "
    "'charged with the murder of a street vendor in 2026' freed on bail, 'the anniversary of the 1968 battle ..., "
    "in which thousands of civilians were killed' and substations 'damaged in the strikes of last winter' "
    "repaired. After the fixes 40/40._"
)
_NON_EVENTS_BATCH13_FIRST_RUN = (
    "_First run of non-event batch 13 (40 texts aimed at the words learnt in session 20: snipers, pushes and "
    "offensives that are not military, rival parties that sign deals, crowds that beat drums or win a race, the "
    "dead 'described as' someone, passers-by, suicide bombers and vests in courts and museums, IS members), before "
    "any rule was changed because of it: 24/40 without an event, by the rules alone and with the shipped fallback "
    "alike. Events were made from a government 'push to raise fuel taxes' repelled in a vote, a 'Turkish charm "
    "offensive' and a 'Russian diplomatic offensive', 'A Syrian offensive in the second half' of a football "
    "match, villagers who 'beat them by a length' in a boat race, a man sentenced for training 'the suicide "
    "bombers of the 2015 attacks', a suicide vest on display in a museum, snipers who killed civilians 'over the "
    "past two decades' in a UN report, a tribunal that heard testimony about a sniper, a fuel tank that exploded, "
    "the 1988 gas attack remembered, photographs of the 2020 port explosion, a laser that 'could shoot down "
    "drones and mortar bombs', and Kurdish fighters 'who fought Islamic State a decade ago' awarded medals; and "
    "farmers who 'beat drums and sang outside the parliament ..., calling for better maize prices' and villagers "
    "who 'blocked a road ... to demand a new bus service', which are protests (my mistakes, noted in the file). "
    "After the fixes 37/40: left are the laser, the medal ceremony and the road blockade (a protest)._"
)
_NON_EVENTS_BATCH8_FIRST_RUN = (
    "_First run of non-event batch 8 (40 texts aimed at the words learnt in session 16: couples, former "
    "soldiers, people removed or seized, agreements on returns and weapons, marching crowds, Cameroon's French "
    "region names), before any rule was changed because of it: 36/40 without an event by the rules alone, 35/40 "
    "with the shipped fallback. Events were made from veterans who 'marched through Kyiv's centre ... to mark "
    "Defenders' Day', a crowd 'marching behind a brass band' at a carnival, a court's order that squatters 'be "
    "forcibly removed', workers killed when 'a crane collapsed', and (by the fallback) a meeting 'to discuss a "
    "permit for a rally next month'._"
)
_NON_EVENTS_BATCH7_FIRST_RUN = (
    "_First run of non-event batch 7 (40 texts aimed at words the rules learnt in session 15: strikes threatened, "
    "past or costed, football strikers, mines that are pits, drones bought or funded), before any rule was changed "
    "because of it: 35/40 without an event, rules alone and with the shipped fallback. Events were made from 'the "
    "general strike of 1926', 'last year's dockworkers' strike cost the port ... $300 million' (a shelling), talks "
    "with 'striking drivers' representatives', a stabbing 'in a row over a parking space', and survivors of 'the "
    "1995 Srebrenica massacre' laying wreaths._"
)
_FIRST_RUNS = {
    "acled_style_notes_2.tsv": _BATCH2_FIRST_RUN,
    "acled_style_notes_3.tsv": _BATCH3_FIRST_RUN,
    "acled_style_notes_4.tsv": _BATCH4_FIRST_RUN,
    "acled_style_notes_5.tsv": _BATCH5_FIRST_RUN,
    "acled_style_notes_6.tsv": _BATCH6_FIRST_RUN,
    "acled_style_notes_7.tsv": _BATCH7_FIRST_RUN,
    "acled_style_notes_8.tsv": _BATCH8_FIRST_RUN,
    "acled_style_notes_9.tsv": _BATCH9_FIRST_RUN,
    "acled_style_notes_10.tsv": _BATCH10_FIRST_RUN,
    "acled_style_notes_11.tsv": _BATCH11_FIRST_RUN,
    "acled_style_notes_12.tsv": _BATCH12_FIRST_RUN,
    "acled_style_notes_13.tsv": _BATCH13_FIRST_RUN,
    "acled_style_notes_14.tsv": _BATCH14_FIRST_RUN,
    "acled_style_notes_15.tsv": _BATCH15_FIRST_RUN,
    "acled_style_notes_16.tsv": _BATCH16_FIRST_RUN,
    "acled_style_notes_17.tsv": _BATCH17_FIRST_RUN,
    "acled_style_notes_18.tsv": _BATCH18_FIRST_RUN,
    "acled_style_notes_19.tsv": _BATCH19_FIRST_RUN,
    "acled_style_notes_20.tsv": _BATCH20_FIRST_RUN,
    "acled_style_notes_21.tsv": _BATCH21_FIRST_RUN,
    "acled_style_notes_22.tsv": _BATCH22_FIRST_RUN,
    "acled_style_notes_23.tsv": _BATCH23_FIRST_RUN,
    "acled_style_notes_24.tsv": _BATCH24_FIRST_RUN,
    "acled_style_notes_25.tsv": _BATCH25_FIRST_RUN,
    "acled_style_notes_26.tsv": _BATCH26_FIRST_RUN,
    "acled_style_notes_27.tsv": _BATCH27_FIRST_RUN,
    "acled_style_notes_28.tsv": _BATCH28_FIRST_RUN,
    "acled_style_notes_29.tsv": _BATCH29_FIRST_RUN,
    "acled_style_notes_30.tsv": _BATCH30_FIRST_RUN,
    "acled_style_notes_31.tsv": _BATCH31_FIRST_RUN,
    "acled_style_notes_32.tsv": _BATCH32_FIRST_RUN,
    "acled_style_notes_33.tsv": _BATCH33_FIRST_RUN,
    "acled_style_notes_34.tsv": _BATCH34_FIRST_RUN,
    "acled_style_notes_35.tsv": _BATCH35_FIRST_RUN,
    "acled_style_notes_36.tsv": _BATCH36_FIRST_RUN,
    "acled_style_notes_37.tsv": _BATCH37_FIRST_RUN,
    "acled_style_notes_38.tsv": _BATCH38_FIRST_RUN,
    "acled_style_notes_39.tsv": _BATCH39_FIRST_RUN,
    "acled_style_notes_40.tsv": _BATCH40_FIRST_RUN,
    "acled_style_notes_41.tsv": _BATCH41_FIRST_RUN,
    "acled_style_notes_42.tsv": _BATCH42_FIRST_RUN,
    "acled_style_notes_43.tsv": _BATCH43_FIRST_RUN,
    "acled_style_notes_44.tsv": _BATCH44_FIRST_RUN,
    "acled_style_notes_45.tsv": _BATCH45_FIRST_RUN,
    "acled_style_notes_46.tsv": _BATCH46_FIRST_RUN,
    "acled_style_notes_47.tsv": _BATCH47_FIRST_RUN,
    "acled_style_notes_48.tsv": _BATCH48_FIRST_RUN,
    "acled_style_notes_49.tsv": _BATCH49_FIRST_RUN,
    "acled_style_notes_50.tsv": _BATCH50_FIRST_RUN,
    "acled_style_notes_51.tsv": _BATCH51_FIRST_RUN,
    "acled_style_notes_52.tsv": _BATCH52_FIRST_RUN,
    "acled_style_notes_53.tsv": _BATCH53_FIRST_RUN,
    "acled_style_notes_54.tsv": _BATCH54_FIRST_RUN,
    "acled_style_notes_55.tsv": _BATCH55_FIRST_RUN,
    "acled_style_notes_56.tsv": _BATCH56_FIRST_RUN,
    "acled_style_notes_57.tsv": _BATCH57_FIRST_RUN,
    "acled_style_notes_58.tsv": _BATCH58_FIRST_RUN,
    "acled_style_notes_59.tsv": _BATCH59_FIRST_RUN,
    "acled_style_notes_60.tsv": _BATCH60_FIRST_RUN,
    "acled_style_notes_61.tsv": _BATCH61_FIRST_RUN,
    "acled_style_notes_62.tsv": _BATCH62_FIRST_RUN,
    "acled_style_notes_63.tsv": _BATCH63_FIRST_RUN,
    "acled_style_notes_64.tsv": _BATCH64_FIRST_RUN,
    "acled_style_notes_65.tsv": _BATCH65_FIRST_RUN,
    "acled_style_notes_66.tsv": _BATCH66_FIRST_RUN,
    "acled_style_notes_67.tsv": _BATCH67_FIRST_RUN,
    "acled_style_notes_68.tsv": _BATCH68_FIRST_RUN,
    "acled_style_notes_69.tsv": _BATCH69_FIRST_RUN,
    "acled_style_notes_70.tsv": _BATCH70_FIRST_RUN,
    "acled_style_notes_71.tsv": _BATCH71_FIRST_RUN,
    "acled_style_notes_72.tsv": _BATCH72_FIRST_RUN,
    "acled_style_notes_73.tsv": _BATCH73_FIRST_RUN,
    "acled_style_notes_74.tsv": _BATCH74_FIRST_RUN,
    "acled_style_notes_75.tsv": _BATCH75_FIRST_RUN,
    "acled_style_notes_76.tsv": _BATCH76_FIRST_RUN,
    "acled_style_notes_77.tsv": _BATCH77_FIRST_RUN,
    "acled_style_notes_78.tsv": _BATCH78_FIRST_RUN,
    "acled_style_notes_79.tsv": _BATCH79_FIRST_RUN,
    "acled_style_notes_80.tsv": _BATCH80_FIRST_RUN,
    "acled_style_notes_81.tsv": _BATCH81_FIRST_RUN,
    "acled_style_notes_82.tsv": _BATCH82_FIRST_RUN,
    "acled_style_notes_83.tsv": _BATCH83_FIRST_RUN,
    "acled_style_notes_84.tsv": _BATCH84_FIRST_RUN,
    "acled_style_notes_85.tsv": _BATCH85_FIRST_RUN,
    "acled_style_notes_86.tsv": _BATCH86_FIRST_RUN,
    "acled_style_notes_87.tsv": _BATCH87_FIRST_RUN,
    "acled_style_notes_88.tsv": _BATCH88_FIRST_RUN,
    "acled_style_notes_89.tsv": _BATCH89_FIRST_RUN,
    "acled_style_notes_90.tsv": _BATCH90_FIRST_RUN,
    "acled_style_notes_91.tsv": _BATCH91_FIRST_RUN,
    "acled_style_notes_92.tsv": _BATCH92_FIRST_RUN,
    "acled_style_notes_93.tsv": _BATCH93_FIRST_RUN,
    "acled_style_notes_94.tsv": _BATCH94_FIRST_RUN,
    "acled_style_notes_95.tsv": _BATCH95_FIRST_RUN,
    "acled_style_notes_96.tsv": _BATCH96_FIRST_RUN,
    "acled_style_notes_97.tsv": _BATCH97_FIRST_RUN,
    "acled_style_notes_98.tsv": _BATCH98_FIRST_RUN,
    "acled_style_notes_99.tsv": _BATCH99_FIRST_RUN,
    "acled_style_notes_100.tsv": _BATCH100_FIRST_RUN,
    "acled_style_notes_101.tsv": _BATCH101_FIRST_RUN,
    "acled_style_notes_102.tsv": _BATCH102_FIRST_RUN,
    "acled_style_notes_103.tsv": _BATCH103_FIRST_RUN,
    "acled_style_notes_104.tsv": _BATCH104_FIRST_RUN,
    "acled_style_notes_105.tsv": _BATCH105_FIRST_RUN,
    "acled_style_notes_106.tsv": _BATCH106_FIRST_RUN,
    "acled_style_notes_107.tsv": _BATCH107_FIRST_RUN,
    "acled_style_notes_108.tsv": _BATCH108_FIRST_RUN,
    "acled_style_notes_109.tsv": _BATCH109_FIRST_RUN,
    "acled_style_notes_110.tsv": _BATCH110_FIRST_RUN,
    "acled_style_notes_111.tsv": _BATCH111_FIRST_RUN,
    "acled_style_notes_112.tsv": _BATCH112_FIRST_RUN,
    "acled_style_notes_113.tsv": _BATCH113_FIRST_RUN,
    "acled_style_notes_114.tsv": _BATCH114_FIRST_RUN,
    "acled_style_notes_115.tsv": _BATCH115_FIRST_RUN,
    "acled_style_notes_116.tsv": _BATCH116_FIRST_RUN,
    "acled_style_notes_117.tsv": _BATCH117_FIRST_RUN,
    "acled_style_notes_118.tsv": _BATCH118_FIRST_RUN,
    "acled_style_notes_119.tsv": _BATCH119_FIRST_RUN,
    "acled_style_notes_120.tsv": _BATCH120_FIRST_RUN,
    "acled_style_notes_121.tsv": _BATCH121_FIRST_RUN,
    "acled_style_notes_122.tsv": _BATCH122_FIRST_RUN,
    "acled_style_notes_123.tsv": _BATCH123_FIRST_RUN,
    "acled_style_notes_124.tsv": _BATCH124_FIRST_RUN,
    "acled_style_notes_125.tsv": _BATCH125_FIRST_RUN,
    "acled_style_notes_126.tsv": _BATCH126_FIRST_RUN,
    "acled_style_notes_127.tsv": _BATCH127_FIRST_RUN,
    "acled_style_notes_128.tsv": _BATCH128_FIRST_RUN,
    "acled_style_notes_129.tsv": _BATCH129_FIRST_RUN,
    "acled_style_notes_130.tsv": _BATCH130_FIRST_RUN,
    "acled_style_notes_131.tsv": _BATCH131_FIRST_RUN,
    "acled_style_notes_132.tsv": _BATCH132_FIRST_RUN,
    "acled_style_notes_133.tsv": _BATCH133_FIRST_RUN,
    "acled_style_notes_134.tsv": _BATCH134_FIRST_RUN,
    "acled_style_notes_135.tsv": _BATCH135_FIRST_RUN,
    "acled_style_notes_136.tsv": _BATCH136_FIRST_RUN,
    "acled_style_notes_137.tsv": _BATCH137_FIRST_RUN,
    "acled_style_notes_138.tsv": _BATCH138_FIRST_RUN,
    "acled_style_notes_139.tsv": _BATCH139_FIRST_RUN,
    "acled_style_notes_140.tsv": _BATCH140_FIRST_RUN,
    "acled_style_notes_141.tsv": _BATCH141_FIRST_RUN,
    "acled_style_notes_142.tsv": _BATCH142_FIRST_RUN,
    "acled_style_notes_143.tsv": _BATCH143_FIRST_RUN,
    "acled_style_notes_144.tsv": _BATCH144_FIRST_RUN,
    "acled_style_notes_145.tsv": _BATCH145_FIRST_RUN,
    "acled_style_notes_146.tsv": _BATCH146_FIRST_RUN,
    "acled_style_notes_147.tsv": _BATCH147_FIRST_RUN,
    "acled_style_notes_148.tsv": _BATCH148_FIRST_RUN,
    "acled_style_notes_149.tsv": _BATCH149_FIRST_RUN,
    "acled_style_notes_150.tsv": _BATCH150_FIRST_RUN,
    "acled_style_notes_151.tsv": _BATCH151_FIRST_RUN,
    "acled_style_notes_152.tsv": _BATCH152_FIRST_RUN,
    "acled_style_notes_153.tsv": _BATCH153_FIRST_RUN,
    "acled_style_notes_154.tsv": _BATCH154_FIRST_RUN,
    "acled_style_notes_155.tsv": _BATCH155_FIRST_RUN,
    "acled_style_notes_156.tsv": _BATCH156_FIRST_RUN,
    "acled_style_notes_157.tsv": _BATCH157_FIRST_RUN,
    "acled_style_notes_158.tsv": _BATCH158_FIRST_RUN,
    "acled_style_notes_159.tsv": _BATCH159_FIRST_RUN,
    "acled_style_notes_160.tsv": _BATCH160_FIRST_RUN,
    "acled_style_notes_161.tsv": _BATCH161_FIRST_RUN,
    "acled_style_notes_162.tsv": _BATCH162_FIRST_RUN,
    "acled_style_notes_163.tsv": _BATCH163_FIRST_RUN,
    "acled_style_notes_164.tsv": _BATCH164_FIRST_RUN,
    "acled_style_notes_165.tsv": _BATCH165_FIRST_RUN,
    "non_events_2.tsv": _NON_EVENTS_BATCH2_FIRST_RUN,
    "non_events_3.tsv": _NON_EVENTS_BATCH3_FIRST_RUN,
    "non_events_4.tsv": _NON_EVENTS_BATCH4_FIRST_RUN,
    "non_events_5.tsv": _NON_EVENTS_BATCH5_FIRST_RUN,
    "non_events_6.tsv": _NON_EVENTS_BATCH6_FIRST_RUN,
    "non_events_7.tsv": _NON_EVENTS_BATCH7_FIRST_RUN,
    "non_events_8.tsv": _NON_EVENTS_BATCH8_FIRST_RUN,
    "non_events_9.tsv": _NON_EVENTS_BATCH9_FIRST_RUN,
    "non_events_10.tsv": _NON_EVENTS_BATCH10_FIRST_RUN,
    "non_events_11.tsv": _NON_EVENTS_BATCH11_FIRST_RUN,
    "non_events_12.tsv": _NON_EVENTS_BATCH12_FIRST_RUN,
    "non_events_13.tsv": _NON_EVENTS_BATCH13_FIRST_RUN,
    "non_events_14.tsv": _NON_EVENTS_BATCH14_FIRST_RUN,
    "non_events_15.tsv": _NON_EVENTS_BATCH15_FIRST_RUN,
    "non_events_16.tsv": _NON_EVENTS_BATCH16_FIRST_RUN,
    "non_events_17.tsv": _NON_EVENTS_BATCH17_FIRST_RUN,
    "non_events_18.tsv": _NON_EVENTS_BATCH18_FIRST_RUN,
    "non_events_19.tsv": _NON_EVENTS_BATCH19_FIRST_RUN,
    "non_events_20.tsv": _NON_EVENTS_BATCH20_FIRST_RUN,
    "non_events_21.tsv": _NON_EVENTS_BATCH21_FIRST_RUN,
    "non_events_22.tsv": _NON_EVENTS_BATCH22_FIRST_RUN,
    "non_events_23.tsv": _NON_EVENTS_BATCH23_FIRST_RUN,
    "non_events_24.tsv": _NON_EVENTS_BATCH24_FIRST_RUN,
    "non_events_25.tsv": _NON_EVENTS_BATCH25_FIRST_RUN,
    "non_events_26.tsv": _NON_EVENTS_BATCH26_FIRST_RUN,
    "non_events_27.tsv": _NON_EVENTS_BATCH27_FIRST_RUN,
    "non_events_28.tsv": _NON_EVENTS_BATCH28_FIRST_RUN,
    "non_events_29.tsv": _NON_EVENTS_BATCH29_FIRST_RUN,
    "non_events_30.tsv": _NON_EVENTS_BATCH30_FIRST_RUN,
    "non_events_31.tsv": _NON_EVENTS_BATCH31_FIRST_RUN,
    "non_events_32.tsv": _NON_EVENTS_BATCH32_FIRST_RUN,
    "non_events_33.tsv": _NON_EVENTS_BATCH33_FIRST_RUN,
    "non_events_34.tsv": _NON_EVENTS_BATCH34_FIRST_RUN,
    "non_events_35.tsv": _NON_EVENTS_BATCH35_FIRST_RUN,
    "non_events_36.tsv": _NON_EVENTS_BATCH36_FIRST_RUN,
    "non_events_37.tsv": _NON_EVENTS_BATCH37_FIRST_RUN,
    "non_events_38.tsv": _NON_EVENTS_BATCH38_FIRST_RUN,
    "non_events_39.tsv": _NON_EVENTS_BATCH39_FIRST_RUN,
    "non_events_40.tsv": _NON_EVENTS_BATCH40_FIRST_RUN,
    "non_events_41.tsv": _NON_EVENTS_BATCH41_FIRST_RUN,
    "non_events_42.tsv": _NON_EVENTS_BATCH42_FIRST_RUN,
    "non_events_43.tsv": _NON_EVENTS_BATCH43_FIRST_RUN,
    "non_events_44.tsv": _NON_EVENTS_BATCH44_FIRST_RUN,
    "non_events_45.tsv": _NON_EVENTS_BATCH45_FIRST_RUN,
    "non_events_46.tsv": _NON_EVENTS_BATCH46_FIRST_RUN,
    "non_events_47.tsv": _NON_EVENTS_BATCH47_FIRST_RUN,
    "non_events_48.tsv": _NON_EVENTS_BATCH48_FIRST_RUN,
    "non_events_49.tsv": _NON_EVENTS_BATCH49_FIRST_RUN,
    "non_events_50.tsv": _NON_EVENTS_BATCH50_FIRST_RUN,
    "non_events_51.tsv": _NON_EVENTS_BATCH51_FIRST_RUN,
    "non_events_52.tsv": _NON_EVENTS_BATCH52_FIRST_RUN,
    "non_events_53.tsv": _NON_EVENTS_BATCH53_FIRST_RUN,
    "non_events_54.tsv": _NON_EVENTS_BATCH54_FIRST_RUN,
    "non_events_55.tsv": _NON_EVENTS_BATCH55_FIRST_RUN,
    "context_sentences.tsv": _CONTEXT_SENTENCES_FIRST_RUN,
    "non_events.tsv": _NON_EVENTS_2_FIRST_RUN,
    "claims.tsv": _CLAIMS_FIRST_RUN,
    "claims_2.tsv": _CLAIMS_2_FIRST_RUN,
    "merge_corpus.jsonl": _MERGE_FIRST_RUN,
    "article_events.jsonl": _ARTICLE_EVENTS_FIRST_RUN,
    "merge_corpus_2.jsonl": _MERGE_2_FIRST_RUN,
}


# --- driver ------------------------------------------------------------------------------------

SCORERS: list[Callable[[Path, Pipeline, Admin1Matcher, int | None], Report]] = [
    score_coverage,
    score_ucdp,
    score_cir,
    score_bellingcat,
    score_muc4,
    score_ucdp_sources,
]


def render(reports: list[Report], command: str) -> str:
    lines = [
        BEGIN,
        "## Extraction quality against human-coded data",
        "",
        f"Measured {date.today().isoformat()} with `{command}`.",
        "",
    ]
    for report in reports:
        lines += [
            f"### {report.name}",
            "",
            f"Source: `{report.source}`; {report.rows} texts, {report.seconds:.1f} s.",
            "",
            "| measure | score (hits/total) |",
            "|---|---|",
        ]
        lines += [f"| {key} | {score} |" for key, score in report.scores.items()]
        lines += [f"\n_{note}_" for note in report.notes] + [""]
        first_run = _FIRST_RUNS.get(Path(report.source).name)
        if first_run:
            lines += [first_run, ""]
    lines.append(END)
    return "\n".join(lines)


def write_results(path: Path, section: str, begin: str = BEGIN, end: str = END) -> None:
    """Replace the section between ``begin`` and ``end`` in the results file (or append it), so
    the evaluation and each benchmark keep their own part of benchmarks/RESULTS.md."""
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if begin in existing and end in existing:
        head, rest = existing.split(begin, 1)
        tail = rest.split(end, 1)[1]
        updated = head + section + tail
    else:
        updated = existing.rstrip() + "\n\n" + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(updated, encoding="utf-8")


def run_evaluation(data_dir: str, results: str, limit: int | None) -> int:
    data = Path(data_dir)
    if not data.is_dir():
        print(f"sitrep evaluate: data folder {data} not found (pass --data PATH)", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    matcher = Admin1Matcher(pipeline.gazetteer)
    reports = score_authors_gold(pipeline) if GOLD.is_dir() else []
    for scorer in SCORERS:
        started = time.perf_counter()
        try:
            report = scorer(data, pipeline, matcher, limit)
        except FileNotFoundError as exc:
            print(f"sitrep evaluate: skipping {scorer.__name__}: {exc}", file=sys.stderr)
            continue
        report.seconds = time.perf_counter() - started
        reports.append(report)
        print(f"{report.name}: {report.rows} texts", file=sys.stderr)
        for key, score in report.scores.items():
            print(f"  {key}: {score}", file=sys.stderr)
    command = "sitrep evaluate --data " + data_dir + (f" --limit {limit}" if limit else "")
    write_results(Path(results), render(reports, command))
    return 0
