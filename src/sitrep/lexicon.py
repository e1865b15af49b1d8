"""Loading the domain data files under ``sitrep/data`` into compiled, typed lexicons.

Nothing is loaded at import time: a ``Lexicon`` is built once per pipeline and passed in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from sitrep import errors
from sitrep.prefilter import Prefilter


def data_path(name: str) -> Path:
    return Path(__file__).resolve().parent / "data" / name


def read_rows(name: str, columns: int, path: Path | None = None) -> Iterator[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped, padded to ``columns``."""
    source = path or data_path(name)
    with source.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) < columns:
                row += [""] * (columns - len(row))
            if not row[0].strip():
                raise errors.DataFileError(f"empty first column at line {lineno}", record=str(source))
            yield row


def _compile(pattern: str, source: str, case_sensitive: bool = False) -> re.Pattern[str]:
    try:
        return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise errors.DataFileError(f"bad pattern {pattern!r}: {exc}", record=source) from None


def _compile_context(pattern: str, side: str) -> re.Pattern[str]:
    if side not in ("before", "after", "reason"):
        raise errors.DataFileError(f"side must be before, after or reason, not {side!r}", record="references.tsv")
    before = side != "after"
    # A "before" pattern must end where the event word starts and begin on a word boundary.
    try:
        return re.compile(rf"(?<![\w-])(?:{pattern})$" if before else pattern, re.IGNORECASE)
    except re.error as exc:
        raise errors.DataFileError(f"bad pattern {pattern!r}: {exc}", record="references.tsv") from None


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    pattern: re.Pattern[str]
    strong: bool


@dataclass(frozen=True)
class WeaponEntry:
    name: str
    pattern: re.Pattern[str]
    category: str
    sub_event_type: str | None


@dataclass(frozen=True)
class TargetEntry:
    category: str
    pattern: re.Pattern[str]
    civilian: bool


@dataclass(frozen=True)
class ImpactEntry:
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ActorEntry:
    pattern: re.Pattern[str]
    name: str
    inter: int
    kind: str  # state:ISO3, rebel, police, protesters, rioters, unidentified, civilians, external
    short: str  # how notes name the actor: "Russian forces"

    @property
    def state_iso3(self) -> str | None:
        """The country of a state force named with its country ("state:RUS", "police:UKR")."""
        return self.kind.split(":", 1)[1] if self.kind.startswith(("state:", "police:")) else None


@dataclass(frozen=True)
class Reference:
    """Words around an event word that make it a reference to violence, not a report of it."""

    before: bool  # matched against the text just before the word (else just after it)
    sub_event_types: frozenset[str] | None  # None: any
    pattern: re.Pattern[str]
    # The act named as the reason for another told in the same sentence ("blamed the PKK for a
    # deadly attack"): a reference only where the sentence tells that other act.
    reason: bool = False

    def applies(self, text: str, start: int, end: int, sub_event_type: str | None) -> bool:
        if self.sub_event_types is not None and sub_event_type not in self.sub_event_types:
            return False
        if self.before:
            return self.pattern.search(text, max(0, start - 80), start) is not None
        return self.pattern.match(text, end) is not None


CASUALTIES = "casualties"  # the references.tsv type for patterns that apply to tolls only


@dataclass
class Taxonomy:
    event_type_of: dict[str, str]
    disorder_of: dict[str, str]
    precedence: list[str]

    def rank(self, sub_event_type: str) -> int:
        return self.precedence.index(sub_event_type)


@dataclass
class Lexicon:
    taxonomy: Taxonomy
    triggers: list[Trigger]
    weapons: list[WeaponEntry]
    targets: list[TargetEntry]
    impacts: list[ImpactEntry]
    actors: list[ActorEntry]
    nonconflict: re.Pattern[str]
    actor_years: dict[str, list[tuple[date, date | None, str]]] = field(default_factory=dict)
    # Country names that take "the" in state forces' names ("Military Forces of the United States").
    definite_countries: frozenset[str] = frozenset()
    references: list[Reference] = field(default_factory=list)
    # (actor row name, country) -> the name ACLED gives the group there (actor_branches.tsv)
    branches: dict[tuple[str, str], str] = field(default_factory=dict)
    # actor name -> the one country (ISO2) the group fights in (actor_homes.tsv)
    homes: dict[str, str] = field(default_factory=dict)
    # (weapon name, country struck ISO3) -> the one state that fires it there (weapon_users.tsv)
    weapon_users: dict[tuple[str, str], str] = field(default_factory=dict)
    # Nationality adjectives ("Sudanese", "Russian"), for reading titles (demonyms.tsv)
    demonyms: frozenset[str] = frozenset()
    # (detaining state, country) whose detentions are forced disappearances (occupation_detentions.tsv)
    occupation_detentions: frozenset[tuple[str, str]] = frozenset()
    # The words of sport among ``nonconflict``'s ("a football match"): a setting, not a story of its own
    sport: re.Pattern[str] = re.compile("(?!)")
    # ... and of works about events ("a play about the 1968 protests"): a crowd in one is no demonstration
    works: re.Pattern[str] = re.compile("(?!)")
    # ... and of a state's forces at drill, on parade or in an accident ("during a NATO exercise")
    drills: re.Pattern[str] = re.compile("(?!)")
    # ... and of a work telling its story ("The film follows a band of rebels who ambush a patrol"):
    # every act in the sentence is the work's, armed men's too
    tellings: re.Pattern[str] = re.compile("(?!)")
    # Names of one country's parties and parliament, and that country (ISO2): context for places (national_names.tsv)
    national_names: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    # Which patterns can match a sentence, so that only those are run (see ``prefilter``). Built
    # on first use; the lists above are not changed after loading.
    @cached_property
    def trigger_filter(self) -> Prefilter:
        return Prefilter([t.pattern for t in self.triggers])

    @cached_property
    def weapon_filter(self) -> Prefilter:
        return Prefilter([w.pattern for w in self.weapons])

    @cached_property
    def actor_filter(self) -> Prefilter:
        return Prefilter([a.pattern for a in self.actors])

    def is_reference(
        self, text: str, start: int, end: int, sub_event_type: str | None = None, reasons: bool = True
    ) -> bool:
        """Whether the event word at ``text[start:end]`` is a reference (an investigation into
        it, a plan for it, a tally of the whole war), not a report of an event; with ``reasons``
        false, an act named as the reason for another is no reference (the sentence tells no other)."""
        return any(
            ref.applies(text, start, end, sub_event_type) for ref in self.references if reasons or not ref.reason
        )

    @classmethod
    def load(cls) -> Lexicon:
        raw = json.loads(data_path("taxonomy.json").read_text(encoding="utf-8"))
        event_type_of, disorder_of = {}, {}
        for event_type, spec in raw["event_types"].items():
            for sub in spec["sub_event_types"]:
                event_type_of[sub] = event_type
                disorder_of[sub] = spec["disorder_type"]
        taxonomy = Taxonomy(event_type_of, disorder_of, list(raw["precedence"]))
        if set(taxonomy.precedence) != set(event_type_of):
            raise errors.DataFileError("precedence must list every sub-event type once", record="taxonomy.json")

        def sub_type(value: str, source: str) -> str | None:
            if value in ("", "-"):
                return None
            if value not in event_type_of:
                raise errors.DataFileError(f"unknown sub-event type {value!r}", record=source)
            return value

        triggers = [
            Trigger(sub_type(sub, "triggers.tsv") or "", _compile(pat, "triggers.tsv"), strength.strip() == "strong")
            for sub, pat, strength in read_rows("triggers.tsv", 3)
        ]
        weapons = [
            WeaponEntry(name, _compile(pat, "weapons.tsv"), category, sub_type(sub.strip(), "weapons.tsv"))
            for name, pat, category, sub in read_rows("weapons.tsv", 4)
        ]
        targets = [
            TargetEntry(category, _compile(pat, "targets.tsv"), civilian.strip() == "yes")
            for category, pat, civilian in read_rows("targets.tsv", 3)
        ]
        impacts = [ImpactEntry(kind, _compile(pat, "impacts.tsv")) for kind, pat in read_rows("impacts.tsv", 2)]
        actors = [
            # Names ("Russia", "IDF") match case-sensitively; plain nouns ("police") in any case.
            ActorEntry(
                _compile(pat, "actors.tsv", case_sensitive=pat.lower() != pat),
                name,
                int(inter),
                kind.strip(),
                short.strip(),
            )
            for pat, name, inter, kind, short in read_rows("actors.tsv", 5)
        ]
        countries = {row[0]: (row[1], row[2]) for row in read_rows("countries.tsv", 6)}
        definite_iso2 = frozenset(row[0].strip() for row in read_rows("definite_countries.txt", 1))
        actors = _with_state_forces(actors, countries, definite_iso2)
        nonconflict_rows = list(read_rows("nonconflict.tsv", 2))
        nonconflict = _compile("|".join(row[0] for row in nonconflict_rows), "nonconflict.tsv")
        sport = _compile(
            "|".join(row[0] for row in nonconflict_rows if row[1].strip() in ("sport", "setting")), "nonconflict.tsv"
        )
        works = _compile("|".join(row[0] for row in nonconflict_rows if row[1].strip() == "work"), "nonconflict.tsv")
        drills = _compile("|".join(row[0] for row in nonconflict_rows if row[1].strip() == "drill"), "nonconflict.tsv")
        tellings = _compile(
            "|".join(row[0] for row in nonconflict_rows if row[1].strip() == "tells"), "nonconflict.tsv"
        )
        years: dict[str, list[tuple[date, date | None, str]]] = {}
        for iso3, start, end, label in read_rows("actor_years.tsv", 4):
            years.setdefault(iso3, []).append(
                (date.fromisoformat(start), date.fromisoformat(end) if end else None, label.strip())
            )
        definite = frozenset(countries[iso2][1] for iso2 in definite_iso2)
        references = [
            Reference(
                side.strip() != "after",
                None
                if types.strip() == "*"
                # "casualties": a pattern only for death and injury counts, not for event words
                else frozenset(
                    t.strip() if t.strip() == CASUALTIES else sub_type(t.strip(), "references.tsv") or ""
                    for t in types.split(",")
                ),
                _compile_context(pat, side.strip()),
                reason=side.strip() == "reason",
            )
            for side, types, pat in read_rows("references.tsv", 3)
        ]
        branches = {(actor, country): name for actor, country, name in read_rows("actor_branches.tsv", 3)}
        homes = {actor: country.strip() for actor, country in read_rows("actor_homes.tsv", 2)}
        weapon_users = {(weapon, struck): user.strip() for weapon, struck, user in read_rows("weapon_users.tsv", 3)}
        demonyms = frozenset(
            word for _, words in read_rows("demonyms.tsv", 2) for word in words.strip().split("|") if word
        )
        occupation = frozenset((state, country.strip()) for state, country in read_rows("occupation_detentions.tsv", 2))
        national_names = [
            (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])"), country.strip())
            for pattern, country in read_rows("national_names.tsv", 2)
        ]
        return cls(
            taxonomy,
            triggers,
            weapons,
            targets,
            impacts,
            actors,
            nonconflict,
            years,
            definite,
            references,
            branches,
            homes,
            weapon_users,
            demonyms,
            occupation,
            sport,
            works,
            drills,
            tellings,
            national_names,
        )

    def years_label(self, iso3: str, when: date | None) -> str | None:
        periods = self.actor_years.get(iso3, [])
        for start, end, label in periods:
            if when is None or (start <= when and (end is None or when <= end)):
                return label
        return None


_FORCE_NOUNS = (
    r"army|national army|military|armed forces|forces|troops|soldiers|aircraft|warplanes|fighter jets|jets|drones?|UAVs?|"
    r"quadcopters?|[Nn]avy|"
    # (the entry is case-sensitive: "the Nigerian Air Force", "a Nigerian Air Force jet")
    r"[Aa]ir [Ff]orce(?: (?:jets?|aircraft|planes?|helicopters?|drones?))?|"
    r"artillery|military aircraft|junta|government forces|defen[cs]e forces|[Mm]arines|special forces|helicopters?|"
    # ("Israeli 155 mm shells set fire to farmland": a calibre between the side and its shells)
    r"(?:\d{2,3}(?: ?mm|-mm|-millimet(?:re|er)) )?(?:tank |artillery |mortar )?shells|shellfire|"
    # ("damaged by Israeli 155mm rounds": rounds with their calibre or their gun's name)
    r"(?:\d{2,3}(?: ?mm|-mm|-millimet(?:re|er))|artillery|tank|mortar) rounds|"
    r"helicopter gunships|gunships|tanks|(?:armou?red )?bulldozers|air ?strikes|(?:ballistic |cruise |hypersonic |guided )?missiles?|strikes|shelling|bombardment|fire|gunfire|tank fire|"
    r"sniper fire|strike|air ?strike|drone strike|missile strike|"
    # ("Russian jamming sent a Ukrainian drone spinning into a field")
    r"jamming|electronic warfare(?: units| systems)?|"
    # ("Turkish howitzers shelled farmland", "Israeli naval gunfire hit fishing boats")
    r"howitzers?|mortars|(?:multiple )?rocket launchers|warships|gunboats|naval (?:gunfire|fire|shelling|vessels|ships)|"
    # ("Houthi media reported American air raids")
    r"air raids?"
)
_STATE_ACTS = (
    r"moved|deployed|sent|launched|struck|bombed|fired|shelled|attacked|invaded|agreed|signed|captured|seized|"
    r"withdrew|withdrawn|massed|mobili[sz]ed|intercepted|shot down|set up|established|built|"
    # "the Colombian government suspended its ceasefire with", "Armenia and Azerbaijan initialled a treaty"
    r"suspended|initialled|initialed|"
    # "Pakistan's provincial government brokered a ceasefire with tribal elders"
    r"brokered|mediated|negotiated|concluded|reached|"
    # "Armenia and Azerbaijan handed over 4 detained soldiers each", "India and Pakistan exchanged fire"
    r"exchanged|swapped|handed\s+over|handed\s+back|returned|released|freed"
)
# What a state's spokesman calls its own ("said its jets", "said its troops"); also read by
# events._SELF_REPORT.
OWN_FORCES = (
    r"fighter jets|jets|warplanes|aircraft|drones|forces|troops|soldiers|army|artillery|navy|air force|"
    r"air defen[cs]es|military|helicopters|special forces|marines|fighters|units|militants|members"
)
_POLICE_NOUNS = (
    r"police|police officers|policemen|security forces|riot police|gendarmes|gendarmerie|security services|authorities|"
    r"riot officers|anti-riot police|law enforcement(?: officers| agents)?|"
    # "Kenyan officers opened live fire": officers who act as police do (not "two Russian officers were killed")
    r"officers(?= (?:opened|fired|shot|arrested|detained|dispersed|beat|used|lobbed|teargassed|broke up|raided|charged))"
)


def _with_state_forces(
    actors: list[ActorEntry], countries: dict[str, tuple[str, str]], definite: frozenset[str]
) -> list[ActorEntry]:
    """Add "Sudanese army", "Myanmar military", "Kenyan police" for every country with a
    demonym, before the generic rows (police, protesters, ...) so the national name wins.
    ``countries``: ISO2 -> (ISO3, name); ``definite``: ISO2 codes whose forces take "the"."""
    generated: list[ActorEntry] = []
    aliases: dict[str, list[str]] = {}
    for alias, iso2 in read_rows("country_aliases.tsv", 2):
        if alias[:1].isupper() and not re.search(r"Crimea|Gaza|West Bank", alias):
            aliases.setdefault(iso2.strip(), []).append(alias)
    capitals = {iso2: names.split("|") for iso2, names in read_rows("capitals.tsv", 2)}
    for iso2, adjectives in read_rows("demonyms.tsv", 2):
        if iso2 not in countries:
            continue
        iso3, name = countries[iso2]
        words = "|".join(re.escape(a) for a in adjectives.split("|"))
        # "Congo and Rwanda signed": the state by its other names too (not regions: Crimea, Gaza Strip).
        names = (name, *aliases.get(iso2, []))
        country = "|".join(re.escape(n) for n in names)
        speaker = "|".join(re.escape(n) for n in (*names, *capitals.get(iso2, [])))
        country = f"(?:{country})"
        # "the DRC government and M23 signed": a country's initials used as an adjective
        initials = "|".join(re.escape(n) for n in names if n.isupper() and len(n) <= 5)
        attributive = rf"|(?<=the ){f'(?:{initials})'}" if initials else ""
        forces_of = f"the {name}" if iso2 in definite else name
        state = (
            rf"(?:{words})(?: (?:federal|government|national|regular|special|armed|security|border))? (?:{_FORCE_NOUNS}|(?<=border )guards)"
            rf"|{country}['’]s (?:army|military|armed forces|forces|air force|navy|troops|soldiers|defen[cs]e ministry|"
            # "Burkina Faso's junta": a state ruled by its army acts through it
            rf"junta|military (?:government|authorities|rulers|regime)|"
            # "Russia's ballistic missile strike", "Israel's bombardment of Gaza"
            rf"(?:[\w-]+ ){{0,2}}(?:strikes?|air ?strikes?|attacks?|shelling|bombardment|offensive))"
            rf"|(?:army|military) of {country}"
            # ACLED's own names and official ones: "Military Forces of Iraq", "the Armed Forces of the Philippines"
            rf"|(?:[Mm]ilitary|[Aa]rmed) [Ff]orces of (?:the )?{country}"
            # "shelling from the Ukrainian side": in war reports, the side is its armed forces, and so is the ground
            # they hold ("artillery fire from the Russian-held bank of the Dnipro")
            rf"|(?<=from )the (?:{words}) side"
            rf"|(?<=from )the (?:{words})-(?:held|occupied|controlled) (?:(?:left|right|eastern|western|southern|northern) )?"
            rf"(?:bank|side|shore|territory|areas?|positions)"
            # "taken into Israeli custody": whose custody it is
            rf"|(?:{words})(?= (?:custody|captivity)\b)"
            # "repelled a Turkish armoured thrust", "a Syrian ground offensive": the state's forces by their act
            rf"|(?:{words})(?= (?:(?:armou?red|ground|military|infantry|tank|mechani[sz]ed) (?:push|thrust|advance|column)s?|"
            rf"(?:(?:ground|air|military|armou?red|infantry|amphibious|major|large-scale|full-scale|fresh|renewed) )?"
            rf"(?:offensive|assault|incursion|onslaught)s?)\b(?! in the (?:first|second) half))"
            # "Ankara said its jets had destroyed 14 PKK targets": the state (or its capital) that speaks of
            # its own forces acted through them
            rf"|(?:{speaker})(?=\s+(?:said|says|announced|claimed)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:its|their)\s+"
            rf"(?:{OWN_FORCES})\b)"
            # "Belarus moved troops", "Israel and Hamas agreed": the state acting as a military power.
            rf"|{country}(?=\s+(?:and\s+[A-Z][\w-]*\s+)?(?:(?:has|have|had)\s+)?(?:{_STATE_ACTS})\b)"
            # "the Syrian government and the SDF signed", "Ethiopia's government and Fano commanders
            # agreed", "the Ethiopian federal government and the Tigray interim administration signed":
            # a government acting with another party (or alone: "the Somali government announced a ban").
            rf"|(?:(?:{words})|{country}['’]s{attributive}) (?:(?:federal|central|national|transitional|provincial|regional) )?(?:government|interior ministry)(?=\s+and\s+(?:the\s+|an?\s+)?(?:[A-Z]|(?:[\w-]+\s+){{0,2}}(?:groups?|factions?|rebels|militias?|movement|fighters|insurgents)\b)|\s+(?:{_STATE_ACTS}|announced|imposed|declared|ordered|banned)\b)"
            # "Pakistani and Afghan Taliban forces", "Israeli and Hamas negotiators", "Kyrgyz and Tajik border
            # guards": the first of a pair.
            rf"|(?:{words})(?=\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:security|border))?\s+"
            rf"(?:{_FORCE_NOUNS}|(?<=border )guards|negotiators|delegations?|delegates)\b)"
        )
        generated.append(
            ActorEntry(
                re.compile(rf"(?<![\w-])(?:{state})(?![\w])"),
                f"Military Forces of {forces_of} ({{years}})",
                1,
                f"state:{iso3}",
                f"{adjectives.split('|')[0]} forces",
            )
        )
        generated.append(
            ActorEntry(
                re.compile(rf"(?<![\w-])(?:(?:{words}) (?:{_POLICE_NOUNS}))(?![\w])"),
                f"Police Forces of {forces_of} ({{years}})",
                1,
                f"police:{iso3}",
                f"{adjectives.split('|')[0]} police",
            )
        )
    first_generic = next((i for i, a in enumerate(actors) if a.kind in ("police", "state:")), len(actors))
    return actors[:first_generic] + generated + actors[first_generic:]
