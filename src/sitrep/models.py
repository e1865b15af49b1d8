"""Typed records passed between pipeline stages. Every extracted value carries evidence."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Why a field has its value: a character span in the article's text."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    article_id: str
    text: str
    title: str = ""
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str = ""  # file and line/record the article came from, for error messages


@dataclass
class Weapon:
    name: str
    category: str
    count: int | None = None
    launched: int | None = None
    intercepted: int | None = None
    text: str = ""


@dataclass
class Target:
    category: str
    text: str


@dataclass
class Impact:
    kind: str
    value: int | None
    qualifier: str | None
    duration: str | None
    text: str


@dataclass
class Place:
    """A resolved (or unresolved) place. Coordinates are None when the name could not be resolved."""

    location: str
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    feature: str = "town"  # town, admin1, country, site
    unresolved_reason: str | None = None


@dataclass
class Event:
    event_id: str
    article_id: str
    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: bool
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_high: int | None = None
    fatalities_qualifier: str | None = None
    injuries: int | None = None
    injuries_qualifier: str | None = None
    weapons: list[Weapon] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    impacts: list[Impact] = field(default_factory=list)
    background: bool = False
    # None when a word in the trigger lexicon decided the sub-event type; the model's probability
    # when the statistical fallback did (sitrep.classify).
    type_confidence: float | None = None
    status: str = "reported"  # reported, claimed, denied, contested
    claimed_by: list[str] = field(default_factory=list)
    hedges: list[Evidence] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    notes: str = ""
    source: str | None = None
    source_url: str | None = None
    published: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Claim:
    """A statement the article attributes to someone, with the events it is about."""

    claim_id: str
    article_id: str
    claimant: str
    claimant_type: str  # government, military, official, analyst, media, witness, unknown
    stance: str  # asserts, denies, accuses, speculates, warns
    reporting_verb: str
    quote: str | None
    paraphrase: str | None
    start: int
    end: int
    text: str
    about_event_ids: list[str] = field(default_factory=list)
    denies: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    events: list[Event]
    duplicate_spans: list[tuple[int, int]] = field(default_factory=list)
    credited_sources: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
