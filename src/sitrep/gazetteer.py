"""The gazetteer: towns, first-level areas, countries and named sites, loaded from the files
``tools/build_gazetteer.py`` builds from GeoNames (CC BY 4.0) into ``sitrep/data``."""

from __future__ import annotations

import functools
import gc
import hashlib
import marshal
import math
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple, TypeVar, overload

from sitrep.errors import DataFileError
from sitrep.lexicon import data_path, read_rows
from sitrep.prefilter import Prefilter

LARGE_TOWN = 10_000  # people: a town, not a village
CITY = 100_000  # people: a city
FRONT_RADIUS_KM = 35.0  # a village this close to a town the war was fought around is "at the front"
# Countries whose place names come from Arabic: English news drops the article GeoNames keeps ("Kut" for Al
# Kut, "Damer" for Ad Damir) and spells their vowels loosely. tools/build_gazetteer.py gives such towns their
# bare names; sitrep.geocode strips an article GeoNames does not give and matches loose spellings there.
ARABIC_NAMED_COUNTRIES = frozenset(
    ["AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SS", "SY", "TD"]
    + ["TN", "YE"]
)
# The Arabic article as English news and GeoNames romanise it (al-, el-, ad-, ash-, adh-, ...)
ARABIC_ARTICLES = frozenset(
    ["al", "el", "ad", "ar", "as", "ash", "at", "an", "az", "ed", "en", "es", "et", "adh", "ath"]
)


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


class TownRows:
    """The gazetteer file's town lines, each made a ``Town`` the first time a lookup needs it: an
    article names a few dozen places, and building all 90,000 at load time was most of the load."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.built: dict[int, Town] = {}

    def town(self, row: int) -> Town:
        town = self.built.get(row)
        if town is None:
            cells = self.lines[row].split("\t")
            town = Town(
                int(cells[0]),
                cells[1],
                cells[2],
                cells[3],
                float(cells[5]),
                float(cells[6]),
                int(cells[7] or 0),
                cells[4],
            )
            self.built[row] = town
        return town


_Default = TypeVar("_Default")


class TownIndex(Mapping[str, list[Town]]):
    """Towns by a lookup key (a folded name, or a spelling key), as rows of ``TownRows``."""

    def __init__(self, rows: TownRows, keys: dict[str, int | tuple[int, ...]]) -> None:
        self.rows = rows
        self.keys_to_rows = keys
        self.looked_up: dict[str, list[Town]] = {}  # the lists made so far, one per key (as a dict's were)

    def __getitem__(self, key: str) -> list[Town]:
        towns = self.looked_up.get(key)
        if towns is None:
            found = self.keys_to_rows[key]
            rows = (found,) if isinstance(found, int) else found
            towns = self.looked_up[key] = [self.rows.town(row) for row in rows]
        return towns

    @overload
    def get(self, key: str, /) -> list[Town] | None: ...

    @overload
    def get(self, key: str, /, default: list[Town] | _Default) -> list[Town] | _Default: ...

    def get(self, key: str, /, default: object = None) -> object:
        return self[key] if key in self.keys_to_rows else default

    def __contains__(self, key: object) -> bool:
        return key in self.keys_to_rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_to_rows)

    def __len__(self) -> int:
        return len(self.keys_to_rows)


# Bump when the cached index's layout changes.
_INDEX_FORMAT = 1


def cache_dir() -> Path:
    """Where sitrep keeps files it can rebuild (the gazetteer's index): $SITREP_CACHE_DIR, else
    $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep."""
    if os.environ.get("SITREP_CACHE_DIR"):
        return Path(os.environ["SITREP_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sitrep"


def _town_lines(source: Path, extra: Path | None = None) -> tuple[list[str], str]:
    """The data lines of gazetteer.tsv, then extra_places.tsv's towns written as such lines, and a
    digest of both files' bytes (which names their cached index)."""
    raw = source.read_bytes()
    extra_raw = extra.read_bytes() if extra is not None and extra.exists() else b""
    digest = hashlib.blake2b(raw + b"\0" + extra_raw, digest_size=16).hexdigest()
    text = raw.decode("utf-8")
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
    if extra is not None and extra_raw:
        lines += _extra_town_lines(extra)
    return lines, digest


def _extra_town_lines(extra: Path) -> list[str]:
    """extra_places.tsv's rows (id, name, other names, country, admin1 code, latitude, longitude,
    population, source) as gazetteer.tsv lines, their lookup keys folded here."""
    lines = []
    for row in read_rows(extra.name, 9, extra):
        town_id, name, others, country, admin1, latitude, longitude, population = row[:8]
        try:
            int(town_id), float(latitude), float(longitude), int(population or 0)
        except ValueError as exc:
            raise DataFileError(f"bad town row {town_id!r}: {exc}", record=str(extra)) from None
        names = [name, *filter(None, others.split("|"))]
        keys = sorted({_fold(n) for n in names if _fold(n)})
        cells = [town_id, name, country, admin1, "", latitude, longitude, population, "|".join(keys), "", others]
        lines.append("\t".join(cells))
    return lines


def _build_index(lines: list[str], source: Path) -> tuple:
    """Lookup keys -> rows, spelling keys -> rows, the rows of large towns (with their keys), and the
    raions named: what loading needs beyond the lines themselves. Checks every row."""
    by_name: dict[str, list[int]] = {}
    by_spelling: dict[str, list[int]] = {}
    large: list[int] = []
    raions: set[str] = set()
    for row, line in enumerate(lines):
        cells = line.split("\t")
        try:
            if len(cells) < 9 or not cells[0].strip() or not cells[8]:
                raise ValueError("too few columns")
            int(cells[0]), float(cells[5]), float(cells[6])
            population = int(cells[7] or 0)
        except ValueError as exc:
            raise DataFileError(f"bad town row {cells[0]!r}: {exc}", record=str(source)) from None
        for key in cells[8].split("|"):
            by_name.setdefault(key, []).append(row)
        if len(cells) > 9 and cells[9]:
            for key in cells[9].split("|"):
                by_spelling.setdefault(key, []).append(row)
        if population >= LARGE_TOWN:
            large.append(row)
        if cells[4]:
            raions.add(cells[4])

    def compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
        return {key: rows[0] if len(rows) == 1 else tuple(rows) for key, rows in index.items()}

    return compact(by_name), compact(by_spelling), large, sorted(raions)


def _town_index(source: Path, extra: Path | None = None) -> tuple[TownRows, tuple]:
    """The town lines and their index, the index read from the cache when the files are unchanged
    (marshal: a fifth of the time building it takes). A cache that cannot be written is skipped."""
    lines, digest = _town_lines(source, extra)
    cached = cache_dir() / f"gazetteer-{digest}-{_INDEX_FORMAT}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    try:
        index = marshal.loads(cached.read_bytes())
        if not (isinstance(index, tuple) and len(index) == 4):
            raise ValueError("not an index")
    except (OSError, EOFError, ValueError, TypeError):
        index = _build_index(lines, source)
        _keep(cached, marshal.dumps(index))
    return TownRows(lines), index


def _keep(target: Path, content: bytes) -> None:
    """Write a cache file whole under another name, then rename it, so that a second process
    never reads half a file; a cache that cannot be written is left unwritten."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
            temporary = Path(handle.name)
            try:
                handle.write(content)
            except OSError:
                handle.close()
                temporary.unlink(missing_ok=True)
                raise
        os.replace(temporary, target)
    except OSError:
        pass


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
    if name.isascii():
        return name  # (NFKD leaves ASCII as it is)
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _fold(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for a place name."""
    plain = strip_accents(name)
    without_apostrophes = _APOSTROPHES.sub("", plain)  # Svyatohirs'k = Svyatohirsk
    return _SPACES_AND_HYPHENS.sub(" ", without_apostrophes).strip().lower()


_APOSTROPHES = re.compile(r"['’`ʼ]")
_SPACES_AND_HYPHENS = re.compile(r"[\s-]+")


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
    towns: Mapping[str, list[Town]]
    admin1: dict[str, list[Admin1]]
    admin1_by_code: dict[tuple[str, str], Admin1]
    countries: dict[str, Country]
    countries_by_iso2: dict[str, Country]
    by_spelling: Mapping[str, list[Town]] = field(default_factory=dict)
    sites: list[Site] = field(default_factory=list)
    not_places: frozenset[str] = frozenset()  # capitalised words that are not places in news
    lowercase_words: frozenset[str] = frozenset()  # words that are not places when not capitalised
    # Prior for villages the article does not tell apart: (country, admin1 code) -> periods.
    conflict_periods: dict[tuple[str, str], list[ConflictPeriod]] = field(default_factory=dict)
    any_site: re.Pattern[str] = re.compile("(?!)")
    large_town_rows: list[int] = field(default_factory=list)  # rows of towns of LARGE_TOWN or more
    loose_names: dict[str, list[Town]] | None = None  # large towns by a loose spelling (built on first use)
    # ... and, in countries whose names are written from Arabic script, by their consonants: each
    # with its loose spelling, to tell names a vowel or two apart (built on first use)
    consonant_names: dict[str, list[tuple[str, Town]]] | None = None
    # Names of towns at war that a misspelt name may be one letter away from (built on first use).
    typo_targets: dict[tuple[str, int], list[tuple[str, Town]]] | None = None
    spelling_index: list[str] | None = None  # by_spelling's keys, sorted (built when first needed)
    raions: frozenset[str] = frozenset()  # folded second-level area names (Ukraine's raions)
    # Towns the war was fought around, by period (front_towns.tsv): (latitude, longitude, period).
    front: list[tuple[float, float, ConflictPeriod]] = field(default_factory=list)

    def names_place(self, key: str) -> bool:
        """Does a town, a first-level area or a country go by this folded name?"""
        return key in self.admin1 or key in self.countries or key in self.towns

    @functools.cached_property
    def large_towns_at_war(self) -> list[tuple[str, Town]]:
        """(lookup keys, town) of the large towns in areas at war (any time): the towns a misspelt or
        loosely spelt name may be taken for. Built when first needed, from the rows, so that only
        these towns are made."""
        at_war: dict[tuple[str, str], bool] = {}

        def war(country_code: str, admin1_code: str) -> bool:
            area = (country_code, admin1_code)
            if area not in at_war:
                at_war[area] = bool(self.conflict_weight(country_code, admin1_code, None))
            return at_war[area]

        if not isinstance(self.towns, TownIndex):
            return []  # (a gazetteer built by hand, in a test, has no rows to read)
        rows = self.towns.rows
        found = []
        for row in self.large_town_rows:
            cells = rows.lines[row].split("\t")
            if war(cells[2], cells[3]):
                found.append((cells[8], rows.town(row)))
        return found

    @functools.cached_property
    def site_filter(self) -> Prefilter:
        """Whether a sentence can name a site at all (most do not), before the long pattern is run."""
        return Prefilter([self.any_site])

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        # Loading makes hundreds of thousands of objects that all live on (the town index's keys and
        # row numbers, the file's lines); the cyclic collector would scan them again and again while
        # they are made and can free none (a third of the load when every town was built at load
        # time; under a tenth with the cached index).
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
        town_rows, (by_name, spelling_rows, large_rows, raions) = _town_index(
            path("gazetteer.tsv"), path("extra_places.tsv")
        )
        towns = TownIndex(town_rows, by_name)
        by_spelling = TownIndex(town_rows, spelling_rows)
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
            large_rows,
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

    def front_distance(self, town: Town, when: date | None) -> float | None:
        """How far ``town`` lay from the nearest town the war was fought around at ``when``, if
        within FRONT_RADIUS_KM (at any time if unknown). (``near_front`` stops at the first such
        town: it is asked of every namesake, this only of each oblast's best.)"""
        distances = [
            distance
            for lat, lon, period in self.front
            if (when is None or period.covers(when))
            and (distance := haversine_km(lat, lon, town.latitude, town.longitude)) <= FRONT_RADIUS_KM
        ]
        return min(distances, default=None)

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
