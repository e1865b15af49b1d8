"""The gazetteer: towns, first-level areas, countries and named sites, loaded from the files
``tools/build_gazetteer.py`` builds from GeoNames (CC BY 4.0) into ``sitrep/data``."""

from __future__ import annotations

import functools
import gc
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sitrep.errors import DataFileError
from sitrep.lexicon import data_path, read_rows
from sitrep.prefilter import Prefilter

LARGE_TOWN = 10_000  # people: a town, not a village
CITY = 100_000  # people: a city
FRONT_RADIUS_KM = 35.0  # a village this close to a town the war was fought around is "at the front"


class Town(NamedTuple):
    """A populated place (a tuple: 70,000 of them are built at load time)."""

    geonameid: int
    name: str
    country_code: str
    admin1_code: str
    latitude: float
    longitude: float
    population: int
    admin2: str = ""


@dataclass(frozen=True)
class Site:
    """A named site ("Europe's biggest nuclear plant") and the town it belongs to."""

    name: str
    town: str
    country_code: str
    admin1_code: str
    latitude: float
    longitude: float


class ConflictPeriod(NamedTuple):
    weight: int
    since: date | None
    until: date | None

    def covers(self, when: date | None) -> bool:
        if when is None:
            return self.since is None and self.until is None
        return (self.since is None or self.since <= when) and (self.until is None or when <= self.until)


@dataclass(frozen=True)
class Admin1:
    country_code: str
    code: str
    name: str
    latitude: float | None
    longitude: float | None
    spread_km: float | None = None  # how far its populated places lie from the centre (median)


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    latitude: float | None
    longitude: float | None
    numeric: int | None = None


def strip_accents(name: str) -> str:
    """``name`` decomposed (NFKD) without its combining marks: "Culiacán" is "Culiacan"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _fold(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for a place name."""
    plain = strip_accents(name)
    without_apostrophes = re.sub(r"['’`ʼ]", "", plain)  # Svyatohirs'k = Svyatohirsk
    return re.sub(r"[\s-]+", " ", without_apostrophes).strip().lower()


# The words of articles are folded again and again; the gazetteer's own names, once each at
# loading, go through ``_fold`` and leave the cache to the articles.
fold = functools.lru_cache(maxsize=1 << 16)(_fold)


_DIGRAPHS = [("shch", "W"), ("zh", "Z"), ("kh", "X"), ("ts", "C"), ("ch", "Q"), ("sh", "S")]


def spelling_key(name: str) -> str:
    """A key that Ukrainian, Russian and Soviet-era romanisations of one place share:
    Novoprokopivka / Novoprokopovka, Tiahynka / Tyaginka, Zahirne / Zagornoye.

    Consonants only, with Ukrainian h and Russian g merged and endings (-ske/-skoye, -ne/-noye,
    -yi/-iy) reduced to their consonants.
    """
    key = fold(name).replace(" ", "")
    for digraph, mark in _DIGRAPHS:
        key = key.replace(digraph, mark)
    key = key.replace("g", "h").replace("w", "v").replace("j", "")
    key = re.sub(r"[aeiouy]", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass
class Gazetteer:
    towns: dict[str, list[Town]]
    admin1: dict[str, list[Admin1]]
    admin1_by_code: dict[tuple[str, str], Admin1]
    countries: dict[str, Country]
    countries_by_iso2: dict[str, Country]
    by_spelling: dict[str, list[Town]] = field(default_factory=dict)
    sites: list[Site] = field(default_factory=list)
    not_places: frozenset[str] = frozenset()  # capitalised words that are not places in news
    lowercase_words: frozenset[str] = frozenset()  # words that are not places when not capitalised
    # Prior for villages the article does not tell apart: (country, admin1 code) -> periods.
    conflict_periods: dict[tuple[str, str], list[ConflictPeriod]] = field(default_factory=dict)
    any_site: re.Pattern[str] = re.compile("(?!)")
    large_towns: list[tuple[str, Town]] = field(default_factory=list)  # LARGE_TOWN or more, with their keys
    loose_names: dict[str, list[Town]] | None = None  # large towns by a loose spelling (built on first use)
    # Names of towns at war that a misspelt name may be one letter away from (built on first use).
    typo_targets: dict[tuple[str, int], list[tuple[str, Town]]] | None = None
    spelling_index: list[str] | None = None  # by_spelling's keys, sorted (built when first needed)
    raions: frozenset[str] = frozenset()  # folded second-level area names (Ukraine's raions)
    # Towns the war was fought around, by period (front_towns.tsv): (latitude, longitude, period).
    front: list[tuple[float, float, ConflictPeriod]] = field(default_factory=list)

    @functools.cached_property
    def site_filter(self) -> Prefilter:
        """Whether a sentence can name a site at all (most do not), before the long pattern is run."""
        return Prefilter([self.any_site])

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        # Loading builds some 400,000 objects that all live on; the cyclic collector would scan
        # them again and again while they are made (a third of the load time) and can free none.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._load(directory)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _load(cls, directory: Path | None) -> Gazetteer:
        def path(name: str) -> Path:
            return (directory / name) if directory else data_path(name)

        countries: dict[str, Country] = {}
        by_iso2: dict[str, Country] = {}
        for iso2, iso3, name, lat, lon, numeric in read_rows("countries.tsv", 6, path("countries.tsv")):
            country = Country(iso2, iso3, name, _float(lat), _float(lon), int(numeric) if numeric else None)
            by_iso2[iso2] = country
            countries[_fold(name)] = country
        for alias, iso2 in read_rows("country_aliases.tsv", 2):
            countries[_fold(alias)] = by_iso2[iso2.strip()]

        admin1: dict[str, list[Admin1]] = {}
        admin1_by_code: dict[tuple[str, str], Admin1] = {}
        for cc, code, name, variants, lat, lon, spread in read_rows("admin1.tsv", 7, path("admin1.tsv")):
            area = Admin1(cc, code, name, _float(lat), _float(lon), _float(spread))
            admin1_by_code[(cc, code)] = area
            for variant in {name, *filter(None, variants.split("|"))}:
                admin1.setdefault(_fold(variant), []).append(area)
                if re.fullmatch(r"(?:North|South|East|West|Far|Upper|Lower)[- ](?:\w+)", variant):
                    # "North-West" (Cameroon) is also written "Northwest" (as ACLED writes it)
                    admin1.setdefault(_fold(re.sub(r"[- ]", "", variant)), []).append(area)
                # "Bryanskaya Oblast'" is written "Bryansk region" in English news.
                short = re.sub(
                    r"(?:skaya|skiy|ska|skyi|s'ka|ska|’ka)?\s+(?:oblast|oblast'|oblast’|krai|kray|region|province|governorate)$",
                    "",
                    variant,
                    flags=re.I,
                )
                if short != variant and short:
                    admin1.setdefault(_fold(short), []).append(area)
                    if variant.lower().find("skaya") > 0:
                        admin1.setdefault(_fold(short + "sk"), []).append(area)

        # The lookup keys are folded when the file is built, so loading is reading and indexing.
        towns: dict[str, list[Town]] = {}
        by_spelling: dict[str, list[Town]] = {}
        large_towns: list[tuple[str, Town]] = []  # (lookup keys, town)
        raions: set[str] = set()
        for row in read_rows("gazetteer.tsv", 11, path("gazetteer.tsv")):
            town = Town(int(row[0]), row[1], row[2], row[3], float(row[5]), float(row[6]), int(row[7] or 0), row[4])
            for key in row[8].split("|"):
                towns.setdefault(key, []).append(town)
            for key in row[9].split("|") if row[9] else ():
                by_spelling.setdefault(key, []).append(town)
            if town.population >= LARGE_TOWN:
                large_towns.append((row[8], town))
            if row[4]:
                raions.add(row[4])
        rows = list(read_rows("sites.tsv", 7, path("sites.tsv")))
        sites = [Site(name, town, cc, code, float(lat), float(lon)) for _, name, town, cc, code, lat, lon in rows]
        # One pattern for all sites, so that a sentence is scanned once; group s<i> is sites[i].
        spaces = r"\s+"  # a space in a pattern matches any run of white space
        alternatives = "|".join(f"(?P<s{i}>{row[0].replace(' ', spaces)})" for i, row in enumerate(rows))
        try:
            any_site = re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w])", re.I)
        except re.error as exc:
            raise DataFileError(f"bad site pattern: {exc}", record="sites.tsv") from None
        not_places = frozenset(row[0].strip() for row in read_rows("not_places.txt", 1, path("not_places.txt")))
        # "Somali", "Afghan": adjectives are not places, even where a village bears the name.
        demonyms = {a for row in read_rows("demonyms.tsv", 2, path("demonyms.tsv")) for a in row[1].split("|")}
        not_places |= demonyms
        codes = {(area.country_code, area.name): code for (_, code), area in admin1_by_code.items()}
        periods: dict[tuple[str, str], list[ConflictPeriod]] = {}
        for cc, name, weight, since, until in read_rows("conflict_areas.tsv", 5, path("conflict_areas.tsv")):
            if name == "*":
                codes[(cc, name)] = "*"  # the whole country
            if (cc, name) not in codes:
                raise DataFileError(f"no first-level area {name!r} in {cc}", record="conflict_areas.tsv")
            period = ConflictPeriod(
                int(weight), date.fromisoformat(since) if since else None, date.fromisoformat(until) if until else None
            )
            periods.setdefault((cc, codes[(cc, name)]), []).append(period)
        lowercase = frozenset(
            row[0].strip() for row in read_rows("lowercase_not_places.txt", 1, path("lowercase_not_places.txt"))
        )
        front: list[tuple[float, float, ConflictPeriod]] = []
        for cc, name, area_name, since, until in read_rows("front_towns.tsv", 5, path("front_towns.tsv")):
            area_code = codes.get((cc, area_name))
            hub = max(
                (t for t in towns.get(_fold(name), ()) if t.country_code == cc and t.admin1_code == area_code),
                key=lambda t: t.population,
                default=None,
            )
            if hub is None:
                raise DataFileError(f"no town {name!r} in {area_name}, {cc}", record="front_towns.tsv")
            period = ConflictPeriod(0, date.fromisoformat(since), date.fromisoformat(until) if until else None)
            front.append((hub.latitude, hub.longitude, period))

        gazetteer = cls(
            towns,
            admin1,
            admin1_by_code,
            countries,
            by_iso2,
            by_spelling,
            sites,
            not_places,
            lowercase,
            periods,
            any_site,
            large_towns,
            front=front,
            raions=frozenset(_fold(r) for r in raions),
        )
        for areas in admin1.values():
            # Of areas sharing a name, one at war first ("Plateau state": Nigeria's, not Benin's).
            areas.sort(key=lambda a: gazetteer.conflict_weight(a.country_code, a.code, None), reverse=True)
        return gazetteer

    def conflict_weight(self, country_code: str, admin1_code: str, when: date | None) -> int:
        """How likely war reporting is about this area at ``when`` (any time if unknown)."""
        periods = [
            *self.conflict_periods.get((country_code, admin1_code), ()),
            *self.conflict_periods.get((country_code, "*"), ()),
        ]
        return max((p.weight for p in periods if p.covers(when)), default=0)

    def near_front(self, town: Town, when: date | None) -> bool:
        """Did ``town`` lie within FRONT_RADIUS_KM of a town the war was fought around at ``when``
        (at any time if unknown)?"""
        return any(
            (when is None or period.covers(when))
            and haversine_km(lat, lon, town.latitude, town.longitude) <= FRONT_RADIUS_KM
            for lat, lon, period in self.front
        )

    def is_city(self, name: str | None, population: int = 100_000) -> bool:
        """Is ``name`` (as sitrep displays it) the name of a city of at least ``population``?"""
        return bool(name) and any(
            t.population >= population and t.name == name for t in self.towns.get(fold(name or ""), [])
        )

    def admin1_name(self, country_code: str, code: str) -> str | None:
        area = self.admin1_by_code.get((country_code, code))
        return area.name if area else None


def iso_numeric_codes() -> dict[str, int]:
    """ISO 3166 numeric codes by alpha-3 code, for ACLED's ``iso`` column."""
    return {row[1]: int(row[5]) for row in read_rows("countries.tsv", 6) if row[5]}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _float(value: str) -> float | None:
    return float(value) if value else None
