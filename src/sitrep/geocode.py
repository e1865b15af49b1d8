"""Finding place names in text and resolving them to coordinates and admin areas.

The gazetteer is built from GeoNames by ``tools/build_gazetteer.py``. Resolution prefers places
in the countries the article is about, then larger populations; "X region/oblast" resolves to
the first-level area, "near X" lowers precision to ACLED's 2.
"""

from __future__ import annotations

import bisect
import difflib
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sitrep.gazetteer import (
    ARABIC_ARTICLES,
    ARABIC_NAMED_COUNTRIES,
    CITY,
    LARGE_TOWN,
    Admin1,
    Country,
    Gazetteer,
    Town,
    fold,
    haversine_km,
    spelling_key,
    strip_accents,
)
from sitrep.mentions import CITY_POLICE
from sitrep.models import Place

__all__ = ["GeoContext", "PlaceMention", "drop_strays", "find_place_mentions", "resolve"]

log = logging.getLogger(__name__)

# A capitalised sequence of up to four words, allowing hyphens and apostrophes inside names
# (Ivano-Frankivsk, Kryvyi Rih, Bila Tserkva, Kamianets-Podilskyi).
# "Mocimboa da Praia", "Ras al Ain": lower-case particles inside a name.
# "al-Mayadin", "ad-Damazin": the Arabic article in lower case before a name.
_ARTICLES = ARABIC_ARTICLES
_NAME = re.compile(
    rf"(?<![\w-])((?:(?:{'|'.join(sorted(_ARTICLES))})-(?=[A-Z]))?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    r"(?:\s+(?:(?:da|de|del|di|do|dos|das|du|al|el|es|ez|az|la|le|ibn|bin|bani|beni)\s+)?(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?"
    r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)){0,3})"
)
_JOINED_NAME = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]*\s+){1,3}(?:and|of|of\s+the)\s+(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})"
)
_ADMIN_SUFFIX = re.compile(r"^\s+(region|oblast|obl|province|governorate|state|district|raion|county)\b", re.I)
_NEAR = re.compile(
    r"(?:near|outside|outskirts of|close to|not far from|vicinity of|surroundings of|environs of|off|off the coast of|coast of|km (?:from|of|north of|south of|east of|west of)|(?:north|south|east|west)(?:-?(?:east|west))? of|around|surrounding)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$",
    re.I,
)
_REGION_PRE = re.compile(r"(?:the\s+)?(?:region|province|oblast)\s+of\s+$", re.I)
# "Moscow's terms", "Ukraine's response": a possessive country or capital names its government
# ("Mariupol's drama theatre", "Lviv's opera house" are places).
_POSSESSIVE_METONYM = re.compile(
    r"^['’]s\s+(?!(?:[\w'’-]+\s+){0,2}(?:region|oblast|obl|districts?|outskirts|suburbs?|centre|center|neighbou?rhoods?|city|downtown|port|airport|market|station|railway|streets?|slums?|shanty|quarter|residents|hospital|bridge|dam|plant|outskirts|villages?|independence|square|avenue|park|boulevard|embankment|maidan|air|mayor|governor|opera|theatres?|theaters?|museums?|"
    r"cathedral|churche?s?|mosques?|universit(?:y|ies)|schools?|library|halls?|hotels?|malls?|zoo|cemetery|monuments?|palace|"
    r"towers?|castle|fortress|stadium|arena|harbou?r|waterfront|seafront|promenade|old\s+town|green\s+zone)\b"
    # "Islamabad's D-Chowk", "Kyiv's Independence Square": a landmark of the city
    r"|[A-Z][\w'’]*[\s-](?:Chowk|Square|Avenue|Street|Road|Bridge|Park|Bazaar|Market|Stadium|Airport)\b"
    # "a house in Dhaka's Gulshan on Wednesday": a named part of the city, placed as its words go on
    r"|[A-Z][\w'’-]+\s+(?:on|in|at|near|during|overnight|before|after)\s)",
    re.I,
)
_REPORTING = re.compile(
    r"^\s+(?:says?|said|claim(?:s|ed)?|den(?:y|ies|ied)|accuse[sd]?|warn(?:s|ed)|insist(?:s|ed)?|wants?|announced|responded|"
    r"could|would|will|has said|to negotiate|regime|government|authorities)\b"
)
# "Damascus (Damascus, Damascus)": the names in a monitor's brackets are areas, never a government.
_IN_AREA_BRACKET = re.compile(r"\((?:(?:[A-Z]|[a-z](?=[A-Z]))[\w'’ -]*,\s*)*$")
# A compass point: "North", "South East", "north-west", "Northeast".
_COMPASS_POINT = r"(?:north|south)?[- ]?(?:east|west)|north|south"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|on|at|near|off|over|outside|around|of|from|to|toward|towards|approaching|approached|nearing|neared|across|through|throughout|between|struck|hit|shelled|attacked|bombed|"
    r"pounded|pounds|hammered|hammers|battered|batters|pummel+ed|strikes|hits|shells|bombs|attacks|targets|"
    r"targeted|captured|recaptured|retook|seized|liberated|entered|stormed|encircled|overran|controls|controlled|overlooking)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:city\s+of\s+|capital\s+)?"
    r"(?:(?:central|downtown|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|occupied|besieged|embattled|"
    rf"front-?line|liberated|{_COMPASS_POINT})\s+)?#?$",
    re.I,
)
# Capitals that news uses as the name of their governments ("Moscow says", "Kyiv denied").
_SEATS_OF_GOVERNMENT = frozenset(
    {
        "moscow",
        "kyiv",
        "kiev",
        "kremlin",
        "washington",
        "beijing",
        "tehran",
        "jerusalem",
        "minsk",
        "damascus",
        "ankara",
        "london",
        "paris",
        "berlin",
        "brussels",
    }
)
_AFTER_TOWN = re.compile(r"[A-Z][\w'’-]+\s*,\s*$")
_TOWN_IN = re.compile(r"[A-Z][\w'’-]+\s+in\s+(?:the\s+)?$")
_QUALIFIER_END = re.compile(
    r"^(?:\s*$|\s*[.;:)]|\s*,(?!\s+[A-Z][\w'’-]+\s+and\b)|\s+(?:region|oblast|obl|province|state)\b)"
)
_QUALIFYING_AREA = re.compile(
    r"^(?:,\s*|\s+in\s+(?:the\s+)?)([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(\s+(?:oblast|obl|region|province|state))?\b"
)
_FACILITY_AFTER = re.compile(
    r"^\s+(?:nuclear|NPP|hydroelectric|hydro-?power|thermal power|power (?:plant|station)|dam\b|reservoir)", re.I
)
_NAMED_FACILITY = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|coke|chemical|steel|metallurgical|oil|gas|railway|city|regional|district|village|police|"
    r"cultural|culture|medical|shopping|pumping|compressor|press|"
    # ("the ruins of the Vovchansk aggregate plant": what a works makes)
    r"aggregate|cement|concrete|brick|sugar|bread|tractor|tank|machine-building|glass|meat|dairy|fertili[sz]er|"
    r"ammunition|mining|coal|asphalt|flour|feed|textile|paper|tyre|tire|repair|locomotive|aircraft)){0,2}\s+"
    r"(?i:Airport|Air\s?[Bb]ase|Airbase|Airfield|Drama\s+Theatre|Theatre|Theater|"
    r"(?:House|Palace)\s+of\s+Culture|Plant|Factory|Works|Refinery|Oil\s+Depot|Depot|(?:Railway\s+|Train\s+|Bus\s+)?Station|"
    r"Hospital|Stadium|Bridge|Port|Seaport|Market|Mall|Cathedral|Church|Monastery|Zoo|Checkpoint|Substation|"
    # ("jihadists who tried to storm the Djibo garrison": the town's garrison is in it)
    r"Garrison|Barracks|Police\s+(?:Department|Station|Headquarters)|(?:City|Town|Village|Regional|District)\s+(?:Council|Hall|Administration)|"
    r"Council|Lyceum|Gymnasium|School|Cent(?:re|er)|Institute|University|College|(?<=[Pp]ress\s)Club)\b"
)
_FEATURE_IN_TOWN = re.compile(
    r"\s+(?:(?:Square|Street|Avenue|Boulevard|Park|Embankment|Mosque|Church|Cathedral|Market|Bazaar|Stadium)"
    r"(?:\s+in|\s+of|,)|"
    # ("the Brandenburg Gate in Berlin": not Brandenburg state)
    r"(?:Gate|Palace|Tower|Monument|Memorial|Cemetery|Gardens|Hall|Bridge)(?:\s+in|,))\s+[A-Z]"
)
# "Kyiv's Maidan square", "Khartoum's Souq al-Arabi market": a feature of the town that owns it
_OWNER_BEFORE = re.compile(r"([A-Z][\w'’-]+)['’]s\s+$")
_OWNED_FEATURE_AFTER = re.compile(
    r"\s+(?:square|street|avenue|boulevard|park|embankment|mosque|church|cathedral|market|bazaar|stadium|prison)\b",
    re.I,
)
_LOWER_NEXT = re.compile(r"\s([a-z][\w'’-]+)\b")
# A square, street or building of a town is reported as the town.
_CITY_FEATURE = re.compile(
    r"^(?:Vulytsya|Vulitsa|Ulitsa|Prospekt|Ploshcha|Provulok)\b|\b(?:Square|Street|Avenue|Boulevard|Road|Park|Maidan|"
    r"Embankment|Prospekt|Commissariat|Office|Hospital|School|University|Station|Airport|Plant|Factory|Market|Church|"
    r"Cathedral|Mosque|Stadium|Prison|Headquarters|Building|Centre|Center)$"
    # ("an island of Lake Chad near Baga": a lake, river or range named beside the town it is near)
    r"|^(?:Lake|Mount|Mt\.?)\s|\s(?:Lake|River|Mountains?|Hills?|Forest|Valley)$"
)
# "Bihar's Nalanda district": the area that owns a district, not a town of the same name.
_DISTRICT_WORD = r"\s+(?:district|township|county|province|municipality)\b"
_OWNS_DISTRICT = re.compile(rf"['’]s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?{_DISTRICT_WORD}")
_METONYM_PRE = re.compile(r"(?:compel|force|forced|urged?|pressure|pressured|persuade)\s+$", re.I)


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    # town, admin1, country, site, site-mention, unresolved, and two that qualify another place:
    # district ("X in Y district") and qualifier ("X (Y, Z)")
    kind: str
    near: bool = False
    towns: list[Town] = field(default_factory=list)
    areas: list[Admin1] = field(default_factory=list)
    country: Country | None = None
    site: str | None = None
    located: bool = True  # False for a bare capitalised word ("More", "Share") that matched a town
    alternatives: list[Town] = field(default_factory=list)  # other spellings' towns, used in context
    fallback: PlaceMention | None = None  # for a name the gazetteer lacks: the area it is in
    mediator: bool = False  # a country named as who brokered something ("brokered by the UAE")
    # The longer capitalised name a town was found in, placed by a preposition ("in Puerto Jordan":
    # Puerto), as (start, end, text): the whole name, if the town turns out to be abroad.
    run: tuple[int, int, str] | None = None
    metonym: bool = False  # a country named for its government or people ("Mali's junta")
    after_comma: bool = False  # named after another name and a comma ("Catubig, Northern Samar")


def find_place_mentions(
    text: str, offset: int, gazetteer: Gazetteer, blocked: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Place names in one sentence. ``blocked`` spans (people, organisations) are skipped."""
    mentions: list[PlaceMention] = []
    site_spans: list[tuple[int, int]] = []
    for found_site in gazetteer.any_site.finditer(text) if gazetteer.site_filter.candidates(text) else ():
        site = gazetteer.sites[int((found_site.lastgroup or "s0")[1:])]
        located = bool(_SITE_LOCATED.search(text[max(0, found_site.start() - 30) : found_site.start()]))
        town = Town(0, site.town, site.country_code, site.admin1_code, site.latitude, site.longitude, 0)
        mentions.append(
            PlaceMention(
                found_site.start() + offset,
                found_site.end() + offset,
                found_site.group(0),
                "site" if located else "site-mention",
                towns=[town],
                site=site.name,
            )
        )
        blocked = blocked + [(found_site.start() + offset, found_site.end() + offset)]
        if located:
            site_spans.append(found_site.span())
    # "Jammu and Kashmir", "Bosnia and Herzegovina", "Port of Spain": a name joined by "and" or "of"
    # that the gazetteer knows whole is one place (not Jammu, and Uri in Switzerland before it).
    scan = text
    if _WATER_HINT.search(text):
        # "a tanker in the Gulf of Aden", "a boat in the Sea of Azov": at sea, not in Aden or Azov
        for water in _WATER.finditer(text):
            seas_the = re.search(r"\bthe\s+$", text[max(0, water.start() - 5) : water.start()])
            if not seas_the and gazetteer.names_place(fold(water.group(0))):
                continue  # "Bay of Plenty", "in Red Sea state": a region (seas take "the")
            scan = scan[: water.start()] + " " * (water.end() - water.start()) + scan[water.end() :]
    for joined in _JOINED_NAME.finditer(scan):
        words = joined.group(1).split()
        for first, last in sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 3, len(words) + 1)), key=lambda ij: ij[0] - ij[1]
        ):
            if words[first].lower() in ("and", "of", "the") or words[last - 1].lower() in ("and", "of", "the"):
                continue
            phrase = " ".join(words[first:last])
            key = fold(phrase)
            if not gazetteer.names_place(key):
                continue
            start = joined.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
            whole = _classify(text, start, start + len(phrase), phrase, gazetteer, offset, blocked)
            if whole is not None:
                mentions.append(whole)
                scan = scan[:start] + " " * len(phrase) + scan[start + len(phrase) :]
            break
    for match in _NAME.finditer(scan):
        if any(start <= match.start(1) and match.end(1) <= end for start, end in site_spans):
            continue  # "a tent in al-Mawasi", "at the Zaporizhia NPP": the site placed, not also a town in its name
        words = match.group(1).split()
        if any(" ".join(words[:size]) in gazetteer.not_places for size in range(2, len(words) + 1)):
            continue  # "after Red Star clinched the title": a club's name, not Star in Bryansk
        # Try the longest sub-sequence first: "Kryvyi Rih" before "Kryvyi".
        position = match.start(1)
        control = _CONTROLLED.match(words[0])
        if control:
            # "Russian-occupied Kherson": the town is what follows the hyphenated prefix.
            position += control.end()
            words[0] = words[0][control.end() :]
            if not words[0]:
                words.pop(0)
                while position < len(text) and text[position].isspace():
                    position += 1
        road = _ROAD_BETWEEN.match(match.group(1) + text[match.end(1) : match.end(1) + 14])
        if road and len(words) == 1:
            # "on the Kaduna-Abuja highway": near the first town of the road (unless the town it was
            # near is named next: "on the Kaduna-Kachia road near Kajuru").
            if _NAMED_NEXT.match(text, match.start(1) + road.end()):
                continue
            found_road = _classify(
                text, position, position + len(road.group(1)), road.group(1), gazetteer, offset, blocked
            )
            if found_road is not None and found_road.kind == "town":
                found_road.near = True
                mentions.append(found_road)
                continue
        lower = _LOWER_NEXT.match(text, match.end(1))
        if (
            lower
            and len(words) == 1
            and words[0] not in gazetteer.not_places
            and fold(f"{words[0]} {lower.group(1)}") in gazetteer.towns
        ):
            # "in Chasiv yar": a name's second word written in lower case (not "Central city hospital", a word
            # that is no place before a common noun).
            words.append(lower.group(1))
        particle = len(words) >= 2 and any(w[:1].islower() for w in words[1:])
        settlement = _SETTLEMENT_OF.search(text[max(0, position - 30) : position]) or _SETTLEMENT_AFTER.match(
            text, position + len(" ".join(words))
        )
        if len(words) >= 2 and (particle or settlement):
            # "the village of Wad al-Nourah", "Lin Ta Lu village", "Tal al-Sultan": the whole name, even if the gazetteer
            # lacks it, not a town called Wad or Tal somewhere else.
            phrase = " ".join(words)
            whole = (
                _classify(text, position, position + len(phrase), phrase, gazetteer, offset, blocked)
                or _by_spelling(text, position, phrase, gazetteer, offset)
                or _unresolved(text, position, phrase, offset, gazetteer)
            )
            if whole is not None:
                mentions.append(whole)
                continue
        run = _placed_run(text, match, position, words, offset)
        while words:
            found = None
            for size in range(len(words), 0, -1):
                phrase = _TRAILING_POSSESSIVE.sub("", " ".join(words[:size]))  # ("Hamas' fighters": Hamas)
                end = position + len(phrase)
                found = _classify(text, position, end, phrase, gazetteer, offset, blocked)
                if not found and (size == 2 or (size == 1 and _NAMED_FACILITY.match(text, end))):
                    # "Hola Pristan" is Hola Prystan before it is Hola, Kenya; "Hulyaipole House of
                    # Culture" is in Huliaipole.
                    found = _by_spelling(text, position, phrase, gazetteer, offset)
                if found:
                    mentions.append(found)
                    if _NAMED_FACILITY.match(text, end):
                        size = len(words)  # "Mariupol Drama Theatre": not also Drama, Greece
                    elif found.kind == "town" and run and found.end - found.start < run[1] - run[0]:
                        found.run = run
                    break
            # "Checkpoint Chonhar": a later word is the place (but "El Obeid" is one name, not Obeid)
            later_known = fold(words[0]) not in _ARTICLES and any(fold(w) in gazetteer.towns for w in words[1:])
            if not found and position > match.start(1) and not later_known:
                # "Bihar's Nalanda district": a later word the gazetteer lacks, placed by what follows it.
                found = _unresolved(text, position, words[0], offset, gazetteer)
                if found:
                    mentions.append(found)
                    size = 1
            if not found and position == match.start(1) and not later_known and not _named_otherwise(text, position):
                found = _by_spelling(text, match.start(1), match.group(1), gazetteer, offset)
                if found is None:
                    found = _unresolved(text, match.start(1), match.group(1), offset, gazetteer)
                if found:
                    mentions.append(found)
                    size = len(words)
            consumed = size if found else 1
            skipped = " ".join(words[:consumed])
            position += len(skipped)
            while position < len(text) and text[position].isspace():
                position += 1
            words = words[consumed:]
    mentions += _lowercase_cities(text, offset, gazetteer, mentions)
    for mention in mentions:
        mention.after_comma = bool(
            _AFTER_NAME_COMMA.search(text[max(0, mention.start - offset - 40) : mention.start - offset])
        )
    mentions = _drop_parts_named_abroad(text, offset, mentions)
    return _qualify_neighbours(text, offset, _with_bracketed_areas(text, offset, mentions, gazetteer), gazetteer)


def _drop_parts_named_abroad(text: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Dhaka's Gulshan": a part of the city named after it, which the gazetteer knows only as a
    town in another country (Gulshan, Iran), is the city's, not a place of its own."""
    dropped: list[PlaceMention] = []
    for owner in mentions:
        if owner.kind != "town" or not owner.towns:
            continue
        for part in mentions:
            if (
                part.kind == "town"
                and part.towns
                and re.fullmatch(r"['’]s\s+", text[owner.end - offset : part.start - offset])
                and not {t.country_code for t in part.towns} & {t.country_code for t in owner.towns}
            ):
                dropped.append(part)
    return [m for m in mentions if m not in dropped]


# "Catubig, Northern Samar": a name after another and a comma (with the compass word of a region's name).
_AFTER_NAME_COMMA = re.compile(
    r"[A-Za-z][\w'’-]*,\s+(?:(?:Northern|Southern|Eastern|Western|Central|Upper|Lower|North|South|East|West)\s+)?$"
)


def _placed_run(
    text: str, match: re.Match[str], position: int, words: list[str], offset: int
) -> tuple[int, int, str] | None:
    """A name of two or three capitalised words a preposition places ("in Puerto Jordan"), with no
    area word or possessive in it; None otherwise."""
    if not 2 <= len(words) <= 3 or position != match.start(1) or not all(w[:1].isupper() for w in words):
        return None
    if any(_AREA_WORD.fullmatch(w) or re.search(r"['’]s$", w) for w in words):
        return None
    if not _UNRESOLVED_BEFORE.search(text[max(0, position - 20) : position]):
        return None
    return position + offset, match.end(1) + offset, match.group(1)


_AREA_WORD = re.compile(
    r"Oblast|Region|Province|District|State|County|Governorate|Raion|Territory|Township|City|Town|Village|Square|"
    r"Street|Road|Highway|Bridge|Port|Airport|Camp|Base|Hospital|Station|Market|University|Mosque|Church|Plant|"
    r"Bay|Gulf|Sea|Strait|Island|Islands|Lake|River|Valley|Mountains?|Hills?|Desert|Forest|Coast|Peninsula"
)


# "Smoke rising in mariupol", "Damage to school no62. In kharkiv": captions and posts do not
# always capitalise. A lower-case word after a locative preposition is taken for a city only if
# it is the name of a city of 50,000 or more in an area at war, and no English word ("tyre").
_LOWER_AFTER = re.compile(r"\b(?:in|near|outside|around|into)\s+([a-z][a-z'’-]{3,})\b(?![-'’])", re.I)
_LOWER_CITY = 50_000


def _lowercase_cities(text: str, offset: int, gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    mentions: list[PlaceMention] = []
    for match in _LOWER_AFTER.finditer(text):
        word = match.group(1)
        start, end = match.start(1) + offset, match.end(1) + offset
        if (
            not word.islower()
            or word in gazetteer.lowercase_words
            or any(m.start < end and start < m.end for m in found)
        ):
            continue
        towns = gazetteer.towns.get(fold(word), [])
        if any(
            fold(t.name) == fold(word)
            and t.population >= _LOWER_CITY
            and gazetteer.conflict_weight(t.country_code, t.admin1_code, None)
            for t in towns
        ):
            mentions.append(
                PlaceMention(
                    start, end, word, "town", near=bool(_NEAR.search(text[: match.start(1)][-60:])), towns=towns
                )
            )
    return mentions


# "in Dinangourou (Koro, Mopti)", "Odesa city (Odeskyi, Odesa)": monitor notes give a place's
# areas in brackets after it.
_BRACKET = re.compile(r"\(((?:[A-Z]|[a-z](?=[A-Z]))[^()]{1,80})\)")
# A word of a place name, with the lower-case particles names carry: "Deir al-Balah", "Ras el Ain",
# "Sidi Bel Abbes", "Mazar-i-Sharif", "Ciudad de Mexico".
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|en|es|et|i|de|du|la|le|des|del|da|do|dos|di|ibn|bin|bani|beni)"
# (South Africa's metropolitan names start with a small letter: "eThekwini", "eMalahleni")
_NAME_WORD = rf"(?:{_PARTICLE}-)?(?:[A-Z]|[a-z](?=[A-Z]))[\w'’-]+"
_NEXT_WORD = rf"(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD})"
_AREA_LIST = re.compile(rf"{_NAME_WORD}{_NEXT_WORD}*(?:, {_NAME_WORD}{_NEXT_WORD}*)*")
_BEFORE_BRACKET = re.compile(
    # (a Nigerian local government area, "Tsafe LGA", is named without its area word too)
    rf"(?<![\w'’-])(?:(?:Kibbutz|Moshav)\s+)?({_NAME_WORD}(?:(?!\s+LGA\b){_NEXT_WORD}){{0,2}})"
    r"(?:\s+(?:town|village|city|camp|settlement|township|district|county|commune|region|area|valley|LGA))?\s*$"
)


# Ukraine's raions (since 2020) are named after their centre, "Kramatorskyi" after Kramatorsk,
# and are at most about 120 km across.
_RAION = re.compile(r"([A-Z][\w'’-]+(?:sk|ck|zk)(?:yi|iy|y|ij))(?:\s+(?:raion|rayon|district))?")
_RAION_REACH_KM = 120.0


def _in_named_raion(towns: list[Town], bracket: str, gazetteer: Gazetteer) -> list[Town]:
    """Of a name's namesakes, those in the raion the brackets name, if that tells them apart."""
    named_raions = {fold(part).removesuffix(" raion").removesuffix(" district") for part in bracket.split(",")}
    in_raion = [t for t in towns if t.admin2 and fold(t.admin2) in named_raions]
    if in_raion:
        return in_raion  # "Novoselivka (Volnovaskyi raion, Donetsk)"
    # "Novoselivka (Kramatorskyi, Donetsk)": of the namesakes in the oblast, the one in the raion
    # named (spelt as the gazetteer does not), found near the town the raion is named after.
    centre = _raion_centre(bracket, towns, gazetteer)
    if centre is not None:
        nearest = min(towns, key=lambda t: haversine_km(t.latitude, t.longitude, *centre))
        if haversine_km(nearest.latitude, nearest.longitude, *centre) <= _RAION_REACH_KM:
            return [nearest]
    return towns


def _raion_centre(bracket: str, towns: list[Town], gazetteer: Gazetteer) -> tuple[float, float] | None:
    """The position of the town a bracketed raion is named after, in the namesakes' oblasts."""
    areas = {(t.country_code, t.admin1_code) for t in towns}
    for part in bracket.split(","):
        raion = _RAION.fullmatch(part.strip())
        if raion is None:
            continue
        stem = re.sub(r"[szCZ]?k$", "", spelling_key(raion.group(1)))
        for key in (stem, re.sub(r"[vn]$", "", stem)):
            if len(key) < 2:
                continue
            centres = [
                t
                for spelling in _spellings_starting(key, gazetteer)
                if len(spelling) - len(key) <= 3
                for t in gazetteer.by_spelling[spelling]
                if (t.country_code, t.admin1_code) in areas
            ]
            if centres:
                centre = max(centres, key=lambda t: t.population)
                return centre.latitude, centre.longitude
    return None


def _spellings_starting(prefix: str, gazetteer: Gazetteer) -> list[str]:
    """The gazetteer's spelling keys that start with ``prefix`` (a sorted index, built once)."""
    if gazetteer.spelling_index is None:
        gazetteer.spelling_index = sorted(gazetteer.by_spelling)
    index = gazetteer.spelling_index
    first = bisect.bisect_left(index, prefix)
    last = bisect.bisect_left(index, prefix + "\uffff", first)
    return index[first:last]


def _part_of_a_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word runs on from the name, or before it, within the same bracketed area."""
    return bool(re.match(r" [A-Z]", text[end : end + 2]) or re.search(r"[A-Za-z] $", text[max(0, start - 2) : start]))


def _with_bracketed_areas(
    text: str, offset: int, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """The names in the brackets qualify the place before them and are not places of their own;
    a place the gazetteer lacks takes its position from them."""
    noted_areas: set[tuple[str, str]] = set()  # the areas the note's brackets name
    noted: list[PlaceMention] = []  # the places they qualify
    for bracket in _BRACKET.finditer(text):
        start, end = bracket.start() + offset, bracket.end() + offset
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if re.fullmatch(r"[A-Z]{2,6}", bracket.group(1)) and not any(m.kind in ("country", "admin1") for m in inside):
            # "Boko Haram (JAS)", "the Rapid Support Forces (RSF)": a name's acronym, not an area (JAS is no Jos;
            # "(LNR)" and "(DRC)" still name a region and a country)
            for word in inside:
                mentions.remove(word)
            continue
        for word in inside[:]:
            # "Sugapa (Sugapa, Intan Jaya)": a word of an area's name the gazetteer lacks is not Intan (Yingtan,
            # China), nor is "Islamabad Capital Territory" Bahrain's Capital governorate; a town by its own name
            # still says where ("Nouakchott Ouest")
            if (
                word.kind in ("town", "admin1")
                and _part_of_a_longer_name(text, word.start - offset, word.end - offset)
                and not any(fold(word.text) in _own_names(t) for t in word.towns)
            ):
                inside.remove(word)
                mentions.remove(word)
        if not inside and not _AREA_LIST.fullmatch(bracket.group(1)):
            continue
        named = _BEFORE_BRACKET.search(text[max(0, bracket.start() - 60) : bracket.start()])
        if named is None:
            continue
        name_start = bracket.start() - (len(text[max(0, bracket.start() - 60) : bracket.start()]) - named.start(1))
        name_end = name_start + len(named.group(1))
        within = [m for m in mentions if name_start + offset <= m.start and m.end <= name_end + offset]
        place = next((m for m in within if m.start == name_start + offset), within[-1] if within else None)
        last = next((m for m in within if m.end == name_end + offset), None)
        if place is not None and last is not None and place.end < name_end + offset and place.kind == "admin1":
            # "North East Delhi (Delhi, Delhi)": Delhi, not North-East District, Botswana.
            mentions.remove(place)
            place = last
        if place is not None and place.end < name_end + offset and place.kind == "town":
            # "Adan Yabaal (Adan Yabaal, Middle Shabelle)": not a town called Adan.
            mentions.remove(place)
            place = None
        owner = re.match(r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)['’]s\s", named.group(1))
        if place is None and owner and _city_named(owner.group(1), gazetteer):
            # "Conakry's Ratoma district (Ratoma, Conakry)": a district of the city named before it, reported as
            # the city (as "Kherson's Dniprovskyi district" is)
            city = [t for t in gazetteer.towns[fold(owner.group(1))] if t.population >= _CITY]
            place = PlaceMention(
                name_start + offset, name_start + len(owner.group(1)) + offset, owner.group(1), "town", towns=city
            )
            mentions.append(place)
        if place is None:
            if named.group(1) in gazetteer.not_places:
                continue
            place = PlaceMention(name_start + offset, name_end + offset, named.group(1), "unresolved")
            mentions.append(place)
        if not inside:
            continue
        for qualifier in inside:
            qualifier.kind = "qualifier"
        regions = {(a.country_code, a.code) for m in inside for a in m.areas or gazetteer.admin1.get(fold(m.text), [])}
        # "Guma (Guma, Benue)": when no namesake lies in the region named, the district named as the
        # place itself, read as a town, is the same namesake abroad (Goma, the Philippines) and says
        # nothing of where it is.
        own_name = (
            fold(named.group(1))
            if regions and not any((t.country_code, t.admin1_code) in regions for t in place.towns)
            else None
        )
        # ("Ngathaingchaung (Yegyi, Ayeyarwady)": the district named beside a region of one country is in
        # that country, not Yeji, Ghana, which GeoNames also spells Yegyi; "North" names regions of many)
        region_countries = {a.country_code for m in inside for a in m.areas}
        areas = regions | {
            (t.country_code, t.admin1_code)
            for m in inside
            if fold(m.text) != own_name
            for t in m.towns
            if len(region_countries) != 1 or t.country_code in region_countries
        }
        inside_areas = [t for t in place.towns if (t.country_code, t.admin1_code) in areas]
        bracket_countries = {country for country, _ in areas}
        if (
            place.kind == "town"
            and place.start > name_start + offset
            and bracket_countries
            and not {t.country_code for t in place.towns} & bracket_countries
        ):
            # "Dogon Noma (Kajuru, Kaduna)": a name the gazetteer lacks, not NoMa, Washington.
            mentions.remove(place)
            place = PlaceMention(name_start + offset, name_end + offset, named.group(1), "unresolved")
            mentions.append(place)
        if (
            place.kind == "admin1"
            and bracket_countries
            and not {a.country_code for a in place.areas} & bracket_countries
        ):
            # "Uri (Baramulla, Jammu and Kashmir)": a town the gazetteer lacks, not the Swiss canton
            place.kind, place.areas = "unresolved", []
        elsewhere = not {t.country_code for t in place.towns} & bracket_countries
        if place.towns and (inside_areas or not bracket_countries or not elsewhere):
            place.towns = inside_areas or place.towns
        elif place.towns and place.kind == "town":
            # "Kani township (Monywa, Sagaing)", "Solhan (Sebba, Yagha)": the brackets name another
            # country; not Kani, Japan or Solhan, Turkey.
            place.kind, place.towns = "unresolved", []
        if len(place.towns) > 1:
            place.towns = _in_named_raion(place.towns, bracket.group(1), gazetteer)
        part = next(
            (m for m in mentions if m.kind == "town" and re.fullmatch(r",\s*", text[m.end - offset : name_start])),
            None,
        )
        if part is not None and areas and not any((t.country_code, t.admin1_code) in areas for t in part.towns):
            # "in Jafrabad, North East Delhi (Delhi, Delhi)": a neighbourhood of the place the brackets
            # qualify, not Jafrabad, Gujarat.
            part.kind, part.towns, part.fallback, place.kind = "unresolved", [], place, "qualifier"
        if place.kind == "unresolved":
            # Not a part of a longer name the gazetteer lacks ("Adan" of "Adan Yabaal").
            place.fallback = next(
                (
                    m
                    for m in inside
                    if (m.areas or any((t.country_code, t.admin1_code) in areas for t in m.towns))
                    and not re.match(r" [A-Z]", text[m.end - offset :])
                ),
                None,
            )
        noted_areas |= areas
        noted += [place] + ([part] if part is not None else [])
    if noted_areas:
        # A monitor's note puts its event's place in brackets; another town in the sentence that lies
        # outside those areas is a word read as a place: "a Kuki village in Kangpokpi (Kangpokpi,
        # Manipur)" is not in Kuki, Japan; "near Galle Face in Colombo (Colombo, Western)" not in Galle.
        mentions = [
            m
            for m in mentions
            if m in noted or m.kind != "town" or any((t.country_code, t.admin1_code) in noted_areas for t in m.towns)
        ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _owned_names(text: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "North Waziristan's Mir Ali": a name after a district's or town's possessive is a place in
    it; if the gazetteer's towns of its words lie far away (Mir, Belarus), it is a name the
    gazetteer lacks, placed in the district."""
    # (A city's districts are reported as the city: "Kherson's Dniprovskyi district" is Kherson.)
    for owner in [m for m in mentions if m.kind == "site" and m.towns]:
        named = _NAME.match(text, owner.end - offset + 3) if re.match(r"['’]s\s", text[owner.end - offset :]) else None
        if named is None or _AREA_WORD_AFTER.search(named.group(1)) or named.group(1).split()[0] in _AREA_WORDS:
            continue
        start, end = named.start(1) + offset, named.end(1) + offset
        parts = [m for m in mentions if start <= m.start and m.end <= end]
        placed = re.search(r"\b(?:in|near|at|outside|around|into)\s+(?:the\s+)?$", text[: owner.start - offset][-12:])
        if parts and all(p.kind != "town" for p in parts) or not parts and not placed:
            continue  # (a name the gazetteer lacks, or one read as a person's, only "in X's Y")
        near = [t for p in parts for t in p.towns if any(_km(t, o) <= 80 for o in owner.towns)]
        if near:
            owner.kind = "qualifier"  # "North Waziristan's Datta Khel": the town, in the district
            continue
        if len(parts) == 1 and parts[0].end == end:
            continue  # the whole name is a town of the gazetteer's, elsewhere: left to the context
        mentions = [m for m in mentions if m not in parts]
        mentions.append(PlaceMention(start, end, named.group(1), "unresolved", fallback=owner))
        owner.kind = "qualifier"
    return sorted(mentions, key=lambda m: m.start)


_AREA_WORDS = {"District", "Region", "Province", "Township", "Territory", "County", "Oblast", "Raion"}


def _qualify_neighbours(
    text: str, offset: int, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Two names side by side where one says where the other is: "Yelwata in Benue state", "the
    Moscow suburb of Ramenskoye", "Pishchane near Kupiansk". The qualifying one stops being a place
    of its own; a name the gazetteer lacks is placed by it."""
    mentions = _owned_names(text, offset, mentions)
    # "the Al-Mawasi area west of Khan Younis": the unknown name is placed by the town after it.
    for first, second in zip(mentions, mentions[1:], strict=False):
        if (
            first.kind == "unresolved"
            and first.fallback is None
            and second.kind == "town"
            and _RELATIVE_TO.fullmatch(text[first.end - offset : second.start - offset])
        ):
            first.fallback, second.kind = second, "qualifier"
        elif (
            first.kind == "unresolved"
            and first.fallback is None
            and second.kind in ("admin1", "town")
            and re.fullmatch(
                r"(?:\s+(?:township|district|county))?,\s*"
                r"|\s+(?:(?:area|district|village|town|region|locality|camp)\s+)?in\s+(?:the\s+)?"
                r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?",
                text[first.end - offset : second.start - offset],
            )
        ):
            # "Yelwata in Benue state", "Kibera, Nairobi", "Myinmu township, Sagaing", "Mayikengo in
            # North Kivu's Lubero territory",
            # "the Jebel Moya area in Sennar state":
            # placed in the area or town that qualifies it.
            first.fallback, second.kind = second, "qualifier"
        elif (
            second.kind == "unresolved"
            and second.fallback is None
            and first.kind == "admin1"
            and re.fullmatch(r"['’]s\s+", text[first.end - offset : second.start - offset])
        ):
            # "Bihar's Nalanda district": placed in the area that owns it.
            second.fallback, first.kind = first, "qualifier"
        elif (
            first.kind == "town"
            and second.kind == "town"
            and re.fullmatch(r",?\s+in\s+(?:the\s+)?", text[first.end - offset : second.start - offset])
            and re.match(r"\s+(?:province|governorate|region|state|oblast)\b", text[second.end - offset :])
            and {(t.country_code, t.admin1_code) for t in first.towns}
            & {(t.country_code, t.admin1_code) for t in second.towns}
        ):
            # "Shahba, in Sweida province": a province named after its capital, which the gazetteer knows
            # by another name (As-Sweida), says where the town is and is no place of its own.
            areas = {(t.country_code, t.admin1_code) for t in second.towns}
            first.towns = [t for t in first.towns if (t.country_code, t.admin1_code) in areas]
            second.kind = "qualifier"
        elif (
            first.kind == "town"
            and second.kind in ("town", "unresolved")
            and re.fullmatch(
                r"\s+(?:suburbs?|satellite\s+towns?|villages?|towns?|settlements?)\s+of\s+",
                text[first.end - offset : second.start - offset],
            )
        ):
            # "the Moscow suburb of Ramenskoye": the suburb (of that name near the city), not the city.
            near_city = [t for t in second.towns if any(_km(t, city) <= 80 for city in first.towns)]
            if near_city:
                second.towns = near_city
            elif second.kind == "unresolved":
                second.fallback = first
            first.kind = "qualifier"
        elif (
            second.kind == "town"
            and (first.kind == "admin1" or (first.kind == "town" and fold(first.text) in gazetteer.admin1))
            and re.fullmatch(
                r"\s+(?:(?:border|frontier|front-?line|northern|southern|eastern|western|central)\s+)?"
                r"(?:village|town|settlement|city|hamlet|community)\s+of\s+",
                text[first.end - offset : second.start - offset],
            )
        ):
            # "the Belgorod region village of Berezovka": the village of that name in that region, or,
            # if the gazetteer has none there, a name it lacks, placed in the region ("the Sumy border
            # village of Loknia": a region named like its capital, before what the place is).
            areas = {(a.country_code, a.code) for a in first.areas or gazetteer.admin1[fold(first.text)]}
            in_region = [t for t in second.towns if (t.country_code, t.admin1_code) in areas]
            if in_region:
                second.towns = in_region
            else:
                second.kind, second.towns, second.alternatives, second.fallback = "unresolved", [], [], first
            first.kind = "qualifier"
        elif (
            second.kind == "town"
            and first.kind == "admin1"
            and re.fullmatch(r"['’]s\s+", text[first.end - offset : second.start - offset])
            and {(t.country_code, t.admin1_code) for t in second.towns}
            & {(a.country_code, a.code) for a in first.areas}
        ):
            # "Plateau's Bassa": the town of that name in that area (not Passau, once called Bassa).
            areas = {(a.country_code, a.code) for a in first.areas}
            second.towns = [t for t in second.towns if (t.country_code, t.admin1_code) in areas]
            first.kind = "qualifier"
        elif (
            second.kind == "town"
            and first.kind == "admin1"
            and re.fullmatch(r"['’]s\s+", text[first.end - offset : second.start - offset])
            and not {(t.country_code, t.admin1_code) for t in second.towns}
            & {(a.country_code, a.code) for a in first.areas}
        ):
            # "Sagaing's Kani township": the gazetteer's Kani is in Japan, so this one is missing;
            # it is placed in the area that owns it (so is "Manipur's Bishnupur district": the
            # gazetteer's Bishnupur is in West Bengal).
            second.kind, second.towns, second.alternatives, second.fallback = "unresolved", [], [], first
            second.text = _AREA_WORD_AFTER.sub("", second.text)  # the district's name, as ACLED gives it
            second.end = second.start + len(second.text)
            first.kind = "qualifier"
        elif (
            first.kind == "town"
            and second.kind == "town"
            and re.fullmatch(r",\s*(?:near|outside|close\s+to)\s+", text[first.end - offset : second.start - offset])
            and _BEARING_OF_BEFORE.search(text[max(0, first.start - offset - 30) : first.start - offset])
        ):
            # "north of Baghdad, near Tarmiyah": the town near which it happened, told after the
            # city it lies off
            first.kind = "qualifier"
        elif (
            first.kind == "town"
            and second.kind == "town"
            and _RELATIVE_TO.fullmatch(text[first.end - offset : second.start - offset])
        ):
            # "captured the village of Pishchane near Kupiansk": one place, located by the town
            # after it (and, among villages of that name, the one close to it).
            close = [t for t in first.towns + first.alternatives if any(_km(t, other) <= 60 for other in second.towns)]
            # (of pairs that close, those at war: "Bogdanovka, northwest of Artemovsk" is by Bakhmut,
            # not the pair of that name in Krasnoyarsk krai)
            at_war = [t for t in close if _war_weight([t], gazetteer)]
            if at_war:
                close = at_war
                second.towns = [o for o in second.towns if any(_km(t, o) <= 60 for t in close)]
            if close:
                second.kind = "qualifier"
                first.towns = close
            elif all(t.population < _CITY for t in first.towns) and {t.country_code for t in first.towns} & {
                t.country_code for t in second.towns
            }:
                second.kind = "qualifier"
                # No village of that name near the town: the gazetteer lacks it, so it is placed
                # near the town ("Troitskoye near Niu York" is not Toretske, 55 km away).
                first.kind, first.towns, first.alternatives, first.fallback = "unresolved", [], [], second
        elif (
            first.kind in ("town", "site")
            and second.kind == "town"
            and re.fullmatch(r",\s*", text[first.end - offset : second.start - offset])
            and not re.match(r"\s*(?:,|and\b|or\b)", text[second.end - offset :])
        ):
            # "tents in al-Mawasi, Khan Younis", "Stupochky, Bakhmut": a place named with the much
            # larger town it is near (not a list: "Bucha, Irpin and Hostomel"; "Sloviansk, Kramatorsk").
            close = [
                t
                for t in first.towns
                if any(_km(t, other) <= 30 and other.population > 5 * max(t.population, 0) for other in second.towns)
            ]
            if close:
                first.towns, second.kind = close, "qualifier"
    return _district_of_town(text, offset, mentions)


# "near Turbat in Balochistan's Kech district", "in Tsafe in the Tsafe district": a town told with the district
# it lies in (a name the gazetteer lacks), which says where the town is and is no second place.
_TOWN_IN_DISTRICT = re.compile(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+)?")


def _district_of_town(text: str, offset: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    for i, district in enumerate(mentions):
        if district.kind != "unresolved" or not re.match(_DISTRICT_WORD, text[district.end - offset :], re.I):
            continue
        # (the town, or the town and the area that owns the district: "Turbat in Balochistan's Kech")
        if any(
            town.kind in ("town", "site")
            and town.end <= district.start
            and _TOWN_IN_DISTRICT.fullmatch(text[town.end - offset : district.start - offset])
            for town in mentions[max(0, i - 2) : i]
        ):
            district.kind = "qualifier"
    return mentions


_BEARING_OF_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|km\s+(?:from|of)|miles\s+(?:from|of))\s+$", re.I
)
_AREA_WORD_AFTER = re.compile(r"\s+(?:district|territory|township|county|area|region|province|raion)$", re.I)


def _km(a: Town, b: Town) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


_RELATIVE_TO = re.compile(
    r",?\s+(?:area\s+|district\s+|camp\s+(?:for\s+(?:the\s+)?(?:internally\s+)?displaced(?:\s+(?:people|persons|families))?\s+)?)?"
    r"(?:(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside|"
    r"on the outskirts of|close to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
)


_CONTROLLED = re.compile(r"[A-Z][a-z]+-(?:controlled|occupied|held|annexed)(?:-(?=[A-Z])|$)")

# A compass point written as a name: "South East" (of a city named next), "North", "West".
_COMPASS = re.compile(_COMPASS_POINT, re.I)
# Seas, gulfs, bays and straits, whose names hold a town's or a region's ("the Gulf of Aden", "the Sea
# of Azov", "the Red Sea", not Sudan's or Egypt's Red Sea state).
_WATER_HINT = re.compile(r"\b(?:Sea|Gulf|Bay|Straits?|Ocean)\b")
_WATER = re.compile(
    r"\b(?:(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"|(?:[A-Z][\w'’-]+\s+){1,2}(?:Sea|Ocean)\b(?!\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion|[Oo]blast|[Cc]ity))"
    r"|Persian\s+Gulf)"
)
# "struck the Zaporizhzhia nuclear plant", "at the Kakhovka dam": the site is where it happened;
# "knocked Europe's biggest nuclear plant off the grid" only names what was affected.
_SITE_LOCATED = re.compile(
    r"\b(?:at|near|on|in|hit|struck|shelled|attacked|targeted|targeting|attacking|striking|hitting|shelling of|attack on|"
    r"strike on|around|outside|approached|approaching|nearing|neared|"
    # ("suspended all traffic on the road through Kurram district")
    r"(?:road|roads|highway|route)\s+(?:through|across)|"
    r"blew up|destroyed|damaged|breached|mined|"
    r"(?:substation|building|territory|grounds|premises|roof|units?|reactor|perimeter|control|shelling)\s+of)\s+(?:the\s+)?$",
    re.I,
)


# How the names of Ukraine's raions (and the districts of its cities) end: "Kramatorskyi", "Kyivskyi".
RAION_ENDING = r"(?:sk|ck|zk)(?:yi|iy|y|ii)"


def _city_district(text: str, end: int, phrase: str, gazetteer: Gazetteer) -> bool:
    """ "hit an enterprise in Kyivskyi district" (of Kharkiv): a district named like a raion that is
    no raion is a city's, reported as the city (GeoNames lists some as places of their own)."""
    name = re.sub(r"\s+(?:district|raion)$", "", phrase, flags=re.I)  # (GeoNames has "Kyivskyi district")
    return bool(
        (name != phrase or re.match(r"\s+(?:district|raion)\b", text[end:], re.I))
        and re.search(rf"{RAION_ENDING}$", name)
        and fold(name) not in gazetteer.raions
    )


def _by_spelling(text: str, start: int, phrase: str, gazetteer: Gazetteer, offset: int) -> PlaceMention | None:
    """A Russian-style or Soviet-era spelling of a Ukrainian settlement ("Novoprokopovka"),
    accepted only where the sentence places something at it ("near Novoprokopovka")."""
    words = phrase.split()
    if len(words) > 2 or any(w in gazetteer.not_places for w in words) or len(phrase) < 5 or _POSSESSIVE_INSIDE(phrase):
        return None
    # "near Novoprokopovka", "near Daryevka and Hola Pristan", "Hulyaipole House of Culture", or a
    # name the area after it places ("the occupation of Vysokopolye, Kherson region").
    before = _LISTED_BEFORE.sub("", text[max(0, start - 60) : start])
    placed = (
        _UNRESOLVED_BEFORE.search(before[-20:])
        or _STRUCK_BEFORE.search(before[-25:])  # "shelled Novaya Kakhovka"
        or _NAMED_FACILITY.match(text, start + len(phrase))
    )
    qualifier = _QUALIFYING_AREA.match(text[start + len(phrase) :])
    in_area = False
    named_area = qualifier is not None and fold(qualifier.group(1)) in gazetteer.admin1
    if not placed and not named_area:
        return None  # (most capitalised words: the cheap tests first)
    if _city_district(text, start + len(phrase), phrase, gazetteer) or _speaker_seat(text, start, start + len(phrase)):
        return None
    if qualifier and named_area:
        # "the village of Plekhovo in the Kursk region" is not Plekhiv in Poltava oblast; the
        # closest spelling is looked for among the area's towns ("Vysokopolye, Kherson region" is
        # Vysokopillia there, not Vysoke Pole elsewhere).
        areas = {(a.country_code, a.code) for a in gazetteer.admin1[fold(qualifier.group(1))]}
        towns = _spelling_candidates(phrase, gazetteer, within=areas)
        # (only a region named as one places a name the gazetteer does not have as written: "the
        # Shevchenko in Kyiv" is a district of the city, not Shevchenka village in Kyiv oblast)
        in_area = bool(towns) and bool(
            qualifier.group(2) or re.search(r"\s(?:Oblast|Region|Province|State)$", qualifier.group(1))
        )
    elif placed:
        towns = _spelling_candidates(phrase, gazetteer)  # (the costly part: only for a name placed)
    else:
        return None
    if not (placed or in_area) or not towns:
        return None
    return PlaceMention(
        start + offset,
        start + len(phrase) + offset,
        phrase,
        "town",
        near=bool(_NEAR.search(text[max(0, start - 60) : start])),
        towns=towns,
        # spellings less close, for a town named beside it to choose from ("Bogdanovka, northwest
        # of Artemovsk" is Bohdanivka by Bakhmut, not Bohdanovka in Kyiv oblast)
        alternatives=[t for t in _spelling_candidates(phrase, gazetteer, closest_only=False) if t not in towns],
    )


def _spelling_candidates(
    phrase: str, gazetteer: Gazetteer, closest_only: bool = True, within: set[tuple[str, str]] | None = None
) -> list[Town]:
    """Towns whose name is another romanisation of ``phrase`` (the closest spellings only, unless
    ``closest_only`` is false), in the (country, admin1) areas ``within`` if given."""
    key = spelling_key(phrase)
    # Short consonant skeletons are too common ("Bolan" and "Obolon" are both "bln"), and a
    # different first letter is a different name; a skeleton of three is taken only for a name
    # spelt all but alike ("Rubtsy" is Rubtsi, not Rybtsi).
    if len(key) < 3:
        return []
    alike = 0.95 if len(key) == 3 else 0.0
    # (Ukrainian h is Russian g: "Gulyaipole" is Huliaipole.)
    first = fold(phrase)[:1].replace("g", "h")
    towns = [
        t
        for t in gazetteer.by_spelling.get(key, [])
        if fold(t.name)[:1].replace("g", "h") == first and (within is None or (t.country_code, t.admin1_code) in within)
    ]
    # The key is coarse (consonants only): keep the spellings closest to the one written, so
    # "Stoyanka" is Stoianka, not Sytnyky or Satinka.
    similarity = {t.geonameid: _spelling_similarity(phrase, t.name) for t in towns}
    best = max(similarity.values(), default=0.0)
    floor = max(0.7, alike, best - 0.05) if closest_only else max(0.7, alike)
    return [t for t in towns if similarity[t.geonameid] >= floor]


def _spelling_similarity(a: str, b: str) -> float:
    def plain(name: str) -> str:
        name = fold(name).replace(" ", "")
        for variant, common in (("iy", "i"), ("yi", "i"), ("y", "i"), ("j", "i"), ("g", "h"), ("ie", "e")):
            name = name.replace(variant, common)
        return re.sub(r"(.)\1+", r"\1", name)

    return difflib.SequenceMatcher(None, plain(a), plain(b)).ratio()


_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")
# Towns named like weapons (Tank in Pakistan, Grad, Buk): a place only after a word that locates.
_WEAPON_NAMED_TOWNS = frozenset({"tank", "grad", "buk"})
_LOCATED_AT = re.compile(r"\b(?:in|near|at|outside|around|from|of|to|into)\s+$", re.I)
_NAMED_NEXT = re.compile(
    r"\s+(?:near|outside|close to|just outside)\s+(?:the\s+)?(?:(?:town|village|city) of\s+)?[A-Z]"
)
# How a namesake ranks among the towns a name could mean (``_resolve``'s score, best last).
_Ranks = tuple[int, int, bool, bool, bool, bool, int, bool, int, bool, int]
_ROAD_BETWEEN = re.compile(r"([A-Z][\w'’]+)-[A-Z][\w'’]+\s+(?:highway|road|motorway|expressway|railway)\b")
_SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|city|settlement|hamlet|community|port|harbou?r|island) of\s+(?:the\s+)?$", re.I
)
# "in Lin Ta Lu village": a name followed by what it is.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|township)\b")

# "Ukraine's Mariupol" is two names, not one.
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s").search
# "near Daryevka and Hola Pristan": the names listed before a name, and the "and" joining them.
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+(?:and|or)\s+$")
_STRUCK_BEFORE = re.compile(r"\b(?:shelled|struck|hit|attacked|bombed|pounded|targeted|shelling\s+of)\s+$", re.I)
_IN_NAMED_AREA = re.compile(r",\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?i:oblast|obl|region|province|state)\b")
_AREA_NOUNS = frozenset(
    {"township", "district", "county", "vicinity", "area", "region", "city", "town", "village", "raion", "oblast"}
    | {"province", "state", "outskirts", "suburbs", "centre", "center", "direction", "front", "sector", "axis"}
)
_UNRESOLVED_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|at|into|towards?|entered|reached|captured|recaptured|seized|liberated|stormed|took over|overran|"
    r"took\s+back|retook|won\s+back|"
    r"enters|reaches|captures|recaptures|seizes|liberates|storms|takes|retakes|overruns|"
    r"(?:attack|strike|assault|raid)s? on|"
    r"out of|(?:village|hamlet|town|city|settlement|community|port|harbou?r|island|cent(?:re|er)|outskirts|edges?|fringes?|shelling|control|"
    r"area) of)\s+$"
)


def _city_named(name: str, gazetteer: Gazetteer, in_area: bool = False) -> bool:
    """Is there a city of 100,000 or more by exactly this name (not only as another name)? With
    ``in_area``, another name will do for the city that lies in the area of that name ("Taizz": the
    city of Taiz in Taizz governorate)."""
    key = fold(name)
    areas = {(a.country_code, a.code) for a in gazetteer.admin1.get(key, [])} if in_area else set()
    return any(
        t.population >= _CITY and (fold(t.name) == key or (t.country_code, t.admin1_code) in areas)
        for t in gazetteer.towns.get(key, [])
    )


def _unresolved(text: str, start: int, phrase: str, offset: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """A name the gazetteer lacks, placed by a locative preposition: kept as text, no coordinates."""
    not_places = gazetteer.not_places
    # ("Yala province's Bannang Sata district": the owner may be named with its area word)
    owner = re.search(
        r"([A-Z][\w-]+)(?:\s+(?:province|state|region|county|governorate))?['’]s\s+$", text[max(0, start - 40) : start]
    )
    words = [re.sub(r"['’]s$", "", w) for w in phrase.split()]
    placed = (
        _UNRESOLVED_BEFORE.search(text[max(0, start - 20) : start])
        # "Novoiehorivka, Donetsk obl.": named with the area it is in (not "Salin Township, Magway Region")
        or (_IN_NAMED_AREA.match(text, start + len(phrase)) and words[-1].lower() not in _AREA_NOUNS)
        # "Residents of Um Rawaba said": where the witnesses live
        or _speakers_home(text[:start], text[start + len(phrase) :])
        # "Pinga was back under the control of Congolese troops", "Kalehe was retaken": ground that changed hands
        or re.match(
            r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:back\s+under\s+(?:the\s+)?control\s+of|retaken|recaptured|"
            r"liberated|overrun)\b",
            text[start + len(phrase) :],
        )
        or (re.search(r"\bthe\s+$", text[max(0, start - 5) : start]) and _AREA_AFTER.match(text, start + len(phrase)))
        # "Bihar's Nalanda district": a district of the area named before it (but "Kherson's
        # Dniprovskyi district" is a city's, reported as the city)
        or (
            owner
            and not _city_named(owner.group(1), gazetteer)
            and re.match(_DISTRICT_WORD, text[start + len(phrase) :])
        )
    )
    if (
        len(words) > 3
        or _POSSESSIVE_INSIDE(phrase)
        or any(w in not_places for w in words)
        or not placed
        or _speaker_seat(text, start, start + len(phrase))
        or _city_district(text, start + len(phrase), phrase, gazetteer)
    ):
        return None
    if _part_of_city(text[start + len(phrase) :], gazetteer):
        return None  # "the Vostochny district of Mariupol": the city that follows is the place
    if re.match(r"^\s*(?:['’]s\b|[A-Z])", text[start + len(phrase) :]):
        return None
    return PlaceMention(start + offset, start + len(phrase) + offset, phrase, "unresolved")


# "bombarded the Al-Mawasi area": a place the gazetteer lacks, named as an area.
# (Not "the Saltivskyi district": a city's district is reported as the city.)
_AREA_AFTER = re.compile(
    r"\s+(?:area|(?:(?:displacement|refugee|IDP)\s+)?camp|village|town|settlement|air ?base|airfield|valley|mountains|hills|forest|desert)\b"
)


def _part_of_city(after: str, gazetteer: Gazetteer) -> bool:
    """ "the Vostochny district of Mariupol": a part of the city that follows (but "Nuh district of
    Haryana" is a district of a region, named after its town)."""
    found = re.match(
        r"\s+(?:district|neighbou?rhood|quarter|microdistrict)\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)"
        r"((?:\s+[A-Z][\w'’-]+){0,2})",
        after,
        re.I,
    )
    if found is None:
        return False
    if re.search(r"['’]s$", found.group(1)) or re.match(
        r"\s+(?:province|region|governorate|state|oblast)\b", after[found.end(1) :], re.I
    ):
        return False  # "the Amedi district of Iraq's Duhok province": a district of a region
    words = [found.group(1), *found.group(2).split()]
    for size in range(len(words), 1, -1):
        name = " ".join(words[:size])
        if fold(name) in gazetteer.admin1 and not _city_named(name, gazetteer, in_area=True):
            return False  # "the Macomia district of Cabo Delgado": a district of a province of two words
    area = fold(found.group(1))
    return not (area in gazetteer.admin1 and not _city_named(found.group(1), gazetteer, in_area=True))


# The people of a place who tell what happened there: "Residents of Lubero said", "a farmer from
# Sinjil said", "elders in Mahas said"
_WITNESSES_OF = re.compile(
    r"\b(?:residents?|villagers?|locals|inhabitants|people|witness(?:es)?|survivors?|families|relatives|elders?|"
    r"farmers?|shopkeepers?|traders?|herders?|fishermen|a (?:man|woman)|(?:men|women)|youths?|community leaders?|"
    r"parents|teachers?|doctors?|nurses?|medics?|displaced people|journalists?|activists?|"
    # "Medical charity staff in Djugu said they had treated ...": the carers of a place tell of it too
    r"(?:[\w-]+\s+){0,2}staff|(?:aid|health|charity|relief|humanitarian)\s+workers)\s+(?:of|from|in|near)\s+"
    r"(?:the\s+(?:town|village|city|camp)\s+of\s+)?$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Premier|Governor|Mayor|Senator|Sheikh|King|Queen|Prince|Pope|Chancellor|Emir|Mr|Mrs|Ms|Dr)\.?\s+$"
)
_REPORT_PUBLISHED_IN = re.compile(
    r"\b(?:report|study|survey|investigation|inquiry|findings|review|dossier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:published|presented|released)\s+in\s+$",
    re.I,
)
_LOCAL_SPEAKER = re.compile(r"\b(?:officials?|authorities|police)\s+in\s+$", re.I)


def _speakers_home(before: str, after: str) -> bool:
    """Is the name between ``before`` and ``after`` where those who tell of the event live or sit ("Residents of
    Lubero said", "a farmer from Sinjil said", "Police in Kano said")?"""
    return bool(_REPORTING.match(after) and (_WITNESSES_OF.search(before[-40:]) or _LOCAL_SPEAKER.search(before[-30:])))


# "the Chin resistance", "Kachin fighters": a people or its armed groups, named after their region
_PEOPLE_OF_REGION = re.compile(
    r"\s+(?:resistance|rebels?|fighters|militias?|militiamen|insurgents|armed groups?|guerrillas|people|"
    r"villagers|civilians|refugees)\b"
)


def _named_otherwise(text: str, start: int) -> bool:
    """Is the name at ``start`` told as something other than where an event was, by the words before it?"""
    return bool(
        # "Operation Hadin Kai", "Operation Sindoor": a military operation's name
        re.search(r"\bOperation\s+(?:[A-Z][\w'’-]*\s+){0,3}$", text[max(0, start - 40) : start])
        # "a UN report published in Geneva said ...": where the report came out
        or _REPORT_PUBLISHED_IN.search(text[max(0, start - 60) : start])
        # "President Noboa declared": a person (Noboa is also a village), named by a title
        or _TITLE_BEFORE.search(text[max(0, start - 20) : start])
        # "bombed what Islamabad called militant hideouts": the government, named by its capital, speaking
        or (
            re.search(r"\bwhat\s+$", text[max(0, start - 6) : start]) is not None
            and re.match(
                r"[\w'’ -]*?\s+(?:called|calls|described|describes|termed|terms|said\s+(?:were|was))\b", text[start:]
            )
            is not None
        )
    )


_OFFICE_LEVEL = r"(?:regional|city|oblast|district|provincial|state|municipal|county)\s+(?:military\s+)?"
_OFFICE = r"(?:administration|governor|council|authorities|officials|police|prosecutor['’]s office|prosecutors)"
# "according to the Zaporizhzhia regional administration": an office, by its seat, that told of the event
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE_LEVEL}{_OFFICE}\b", re.I)
# "the Kyiv regional administration said", "the Kherson city military administration reported", "Manipur police said"
SPEAKING_OFFICE_AFTER = re.compile(
    rf"\s+(?:{_OFFICE_LEVEL})?{_OFFICE}\s+(?:said|says|reported|announced|claimed|confirmed|wrote|told)\b", re.I
)


def _seat_towns(phrase: str, gazetteer: Gazetteer) -> list[Town]:
    """The towns of at least town size named exactly ``phrase``: where a speaker named by it sits."""
    key = fold(phrase)
    return [t for t in gazetteer.towns.get(key, []) if fold(t.name) == key and t.population >= _TOWN]


def _speaker_seat(text: str, start: int, end: int) -> bool:
    """ "the defence ministry in Moscow said": where the speaker sits, not where the event was."""
    return bool(
        re.search(
            r"\b(?:ministry|government|officials?|authorities|command|spokes(?:man|woman|person)|office|headquarters)"
            r"\s+in\s+$",
            text[max(0, start - 30) : start],
            re.I,
        )
        and re.match(r"\s+(?:said|says|reported|announced|claimed|confirmed)\b", text[end:])
    )


_ARTICLE_PREFIX = re.compile(rf"^(?:{'|'.join(_ARTICLES)}) (?=\w)")


def _after_article(key: str) -> str | None:
    """A folded name without the Arabic article it begins with ("al kut": "kut"); None if it has none."""
    article = _ARTICLE_PREFIX.match(key)
    return key[article.end() :] if article else None


def _without_article(key: str, gazetteer: Gazetteer) -> list[Town]:
    """Towns in countries named from Arabic that go by the name without its article: "Al Sukhnah"
    is As Sukhnah (GeoNames has it as "Sukhnah" and "As Sukhnah" only)."""
    rest = _after_article(key)
    # (a rest of four letters or more: "Al Kut" is found by the name GeoNames gives it)
    if rest is None or not re.match(r"\w{4}", rest) or key in gazetteer.towns:
        return []
    return [t for t in gazetteer.towns.get(rest, []) if t.country_code in ARABIC_NAMED_COUNTRIES]


def _classify(
    text: str, start: int, end: int, phrase: str, gazetteer: Gazetteer, offset: int, blocked: list[tuple[int, int]]
) -> PlaceMention | None:
    if phrase in gazetteer.not_places:
        return None
    key = fold(phrase.removesuffix("'s").removesuffix("’s"))
    # "Mariupol Drama Theatre", "Odesa Airport": a facility named after its town is in it.
    located = bool(
        _LOCATIVE_BEFORE.search(text[max(0, start - 25) : start])
        or _NAMED_FACILITY.match(text, end)
        or _IN_AREA_BRACKET.search(text[max(0, start - 60) : start])
        # ("detained by Moscow police": the city's police, where they work)
        or CITY_POLICE.match(text, end)
    )
    # A name the gazetteer lacks may be a loose spelling of a town, if placed (not "Bulo" of "Bulo Burto").
    loosely_spelt_town = located and not re.match(r"\s+[A-Z]", text[end:])
    bare = _without_article(key, gazetteer)
    if (
        key not in gazetteer.towns
        and key not in gazetteer.admin1
        and key not in gazetteer.countries
        and not loosely_spelt_town
        and not bare
    ):
        return None  # no name the gazetteer knows, and none a loose spelling could find (most capitalised words)
    if phrase.lower() in _WEAPON_NAMED_TOWNS and not _LOCATED_AT.search(text[max(0, start - 12) : start]):
        return None  # "Tank firing on Ukrainian positions": the weapon, not Tank in Pakistan ("in Tank" is)
    if _FEATURE_IN_TOWN.match(text, end):
        return None  # "Kizilay Square in Ankara", "Freedom Square, Mariupol": the square is in the town named
    if _OWNER_BEFORE.search(text[max(0, start - 40) : start]) and _OWNED_FEATURE_AFTER.match(text, end):
        return None  # "Kyiv's Maidan square": the square of the town named before it
    if _named_otherwise(text, start):
        return None
    if _speaker_seat(text, start, end):
        if _LOCAL_SPEAKER.search(text[max(0, start - 30) : start]) and fold(phrase) not in _SEATS_OF_GOVERNMENT:
            seat = _seat_towns(phrase, gazetteer)
            if seat:
                # "Authorities in Donetsk said shelling killed three in the city's north": the local
                # authorities' town, used only where the sentence names no other place.
                return PlaceMention(start + offset, end + offset, phrase, "seat", towns=seat)
        return None
    if (
        SPEAKING_OFFICE_AFTER.match(text, end)
        or (
            _OFFICE_AFTER.match(text, end)
            and re.search(r"\baccording\s+to\s+(?:the\s+)?$", text[max(0, start - 20) : start])
        )
    ) and (seat := _seat_towns(phrase, gazetteer)):
        # "drones were knocked out over Bila Tserkva, the Kyiv regional administration said": the office
        # that spoke, placed only where the sentence names no other place (a region's, "Papua police
        # said", stays the region that tells the country)
        return PlaceMention(start + offset, end + offset, phrase, "seat", towns=seat)
    if (
        key in gazetteer.admin1
        and re.match(r"\s+(?:regional|oblast)\s|\s+governor\b", text[end:])
        and not _seat_towns(phrase, gazetteer)
    ):
        # "The Dnipropetrovsk regional governor said": the region (not Dnipro, its old name's town),
        # which says where a village named next is (a region named like its capital, "the Kherson
        # regional art museum", keeps the city); "the Rostov governor" governs the region, not Rostov the town
        return PlaceMention(start + offset, end + offset, phrase, "admin1", areas=gazetteer.admin1[key])
    if re.match(r"\s+University\s+(?:in|at|of),?\s+[A-Z]|\s+University,\s+[A-Z]", text[end:]):
        return None  # "Columbia University in New York" is not in Columbia
    if re.match(
        r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:Commission|Board|Council|Authority|Corporation|Committee|Assembly|High Court|"
        r"Bank|Agency|Department|Ministry|Secretariat)\b",
        text[end:],
    ) and not re.match(r"\s+(?:State|Regional|Provincial|District|County|City)\s+(?:Assembly|Council)\b", text[end:]):
        return None  # "the Bihar Public Service Commission office in Patna": an institution's name
    if _part_of_city(text[end:], gazetteer):
        return None  # "the Vostochny district of Mariupol": the city that follows is the place
    if _COMPASS.fullmatch(phrase) and (following := re.match(r"\s+([A-Z][\w'’-]+)", text[end:])):
        known = fold(following.group(1))
        if known in gazetteer.towns or known in gazetteer.admin1:
            return None  # "South East Kyiv": a part of the city named next, not a region called South-East
    if _city_district(text, end, phrase, gazetteer):
        return None
    if (
        (owner := _OWNER_BEFORE.search(text[max(0, start - 40) : start]))
        and re.search(rf"{RAION_ENDING}(?:\s+(?:district|raion))?$", phrase)
        and any(t.population >= CITY for t in gazetteer.towns.get(fold(owner.group(1)), []))
    ):
        return None  # "Kherson's Dniprovskyi district": a district of the city named before it
    before, after = text[:start], text[end:]
    if not located and any(
        start + offset < b_end
        and b_start < end + offset
        and not (start + offset <= b_start < b_end <= end + offset and end - start > b_end - b_start)
        for b_start, b_end in blocked
    ):
        return None  # (but a longer name holding the entity is a place: "Dera Ismail Khan", not "Ismail Khan")
    if (
        re.search(r"\bthe\s+$", before[-5:])
        and key not in gazetteer.admin1
        and key not in gazetteer.countries
        and not _NAMED_FACILITY.match(after)
        and not re.match(
            r"\s+(?:area|direction|axis|sector|front|outskirts|suburbs?|village|town|settlement|region|province|district|raion|road|highway|(?:(?:refugee|displacement|IDP) )?camp|air ?base|airfield|base)\b"
            r"|-[A-Z][\w'’]+\s+(?:highway|road|motorway|expressway|railway)\b",
            after,
        )
    ):
        return None  # "the Dnipro", "the Donets": rivers and regions take the article, towns do not
    suffix = _ADMIN_SUFFIX.match(after)
    near = bool(_NEAR.search(before[-60:]))
    if suffix and suffix.group(1).lower() in ("district", "raion") and key in gazetteer.towns:
        # "Chervone in Huliaipole district": the district says where the village is and is not
        # a place of its own; "shelling in the Huliaipole district" is near the town.
        qualifies = bool(_AFTER_TOWN.search(before[-40:]) or _TOWN_IN.search(before[-40:]))
        return PlaceMention(
            start + offset,
            end + len(suffix.group(0)) + offset,
            text[start : end + len(suffix.group(0))],
            "district" if qualifies else "town",
            near=True,
            towns=gazetteer.towns[key],
        )
    if suffix and suffix.group(1).lower() not in ("district", "raion", "county") and key in gazetteer.admin1:
        return PlaceMention(
            start + offset,
            end + len(suffix.group(0)) + offset,
            text[start : end + len(suffix.group(0))],
            "admin1",
            near=near,
            areas=gazetteer.admin1[key],
        )
    if key in gazetteer.admin1 and _AFTER_TOWN.search(before[-40:]) and _QUALIFIER_END.match(after):
        # "Tessit, Gao." / "Kostiantynivka, Donetsk, with artillery": the area of the town
        # before it, not a second place (but "Odesa, Kharkiv and Dnipro" is a list).
        return PlaceMention(start + offset, end + offset, phrase, "admin1", near=near, areas=gazetteer.admin1[key])
    if (
        _REGION_PRE.search(before[-30:]) or (_OWNS_DISTRICT.match(after) and not _city_named(phrase, gazetteer))
    ) and key in gazetteer.admin1:
        return PlaceMention(start + offset, end + offset, phrase, "admin1", near=near, areas=gazetteer.admin1[key])
    government = key in gazetteer.countries or key in _SEATS_OF_GOVERNMENT or key in gazetteer.admin1
    if key in gazetteer.countries and _POSSESSIVE_METONYM.match(after) and not _METONYM_PRE.search(before[-20:]):
        # "Mali's junta has promised ...": not a place, but what the story is about, if nothing
        # else says (a hint of last resort for names the gazetteer lacks).
        country = gazetteer.countries[key]
        return PlaceMention(
            start + offset, end + offset, phrase, "country", country=country, located=False, metonym=True
        )
    if (
        key in gazetteer.admin1
        and key not in gazetteer.countries
        and key not in _SEATS_OF_GOVERNMENT
        and not _city_named(phrase, gazetteer)  # ("Kherson's Dniprovskyi district" is the city's)
        and re.match(
            r"['’]s\s+[A-Z][\w'’-]+\b(?:\s+[A-Z][\w'’-]+\b)?(?!\s+(?:[A-Z]|district|territory|county|township|area))",
            after,
        )
        and not _METONYM_PRE.search(before[-20:])
    ):
        # "Plateau's Bassa", "Benue's Agatu": the area a town named next is in (not its government).
        return PlaceMention(start + offset, end + offset, phrase, "admin1", near=near, areas=gazetteer.admin1[key])
    if _speakers_home(before, after) and key not in gazetteer.countries and key not in _SEATS_OF_GOVERNMENT:
        towns = gazetteer.towns.get(key)
        if towns:
            # "Residents of Lubero said ...", "a farmer from Sinjil said ...": where the witnesses
            # live, used only when the sentence names no other place.
            return PlaceMention(start + offset, end + offset, phrase, "seat", towns=towns)
    if (
        _REPORTING.match(after)
        or (government and _POSSESSIVE_METONYM.match(after))
        or _METONYM_PRE.search(before[-20:])
    ):
        return None  # "Kyiv says", "Moscow's terms", "compel Kyiv to negotiate": a government, not a place
    possessive_place = bool(re.match(r"['’]s\s", after)) and not _POSSESSIVE_METONYM.match(after)
    if key in _SEATS_OF_GOVERNMENT and not located and not possessive_place:
        return None  # "Moscow used Kinzhal missiles": the capital names its government unless located
    if key in gazetteer.countries and re.search(
        r"\b(?:borders?|bordering|border\s+with|frontier\s+with)\s+(?:the\s+)?$", before[-25:], re.I
    ):
        return None  # "The region borders Afghanistan": a neighbour, not where it happened
    if key in gazetteer.countries:
        return PlaceMention(
            start + offset,
            end + offset,
            phrase,
            "country",
            near=near,
            country=gazetteer.countries[key],
            located=bool(re.search(r"\b(?:in|inside|across|throughout|near|at)\s+(?:the\s+)?$", before[-15:])),
            mediator=bool(
                re.search(r"\bby\s+(?:the\s+)?$", before[-12:])
                or re.match(r"\s+(?:mediated|brokered|hosted|facilitated)\b", after)
            ),
        )
    if _FACILITY_AFTER.match(after):
        return None  # "the Khmelnytskyi nuclear power station" names a plant, not its town
    towns = gazetteer.towns.get(key) or bare or (_loosely_spelt(key, gazetteer) if loosely_spelt_town else None)
    if towns and len(key) >= 6 and all(t.population < _TOWN for t in towns):
        # "Vinnitsa", as Russian reports spell Vinnytsia (370,000), is the city before Vinnitsy, a
        # village in Leningrad oblast that GeoNames gives that spelling exactly.
        towns = towns + [
            t
            for t in gazetteer.by_spelling.get(spelling_key(key), [])
            if t.country_code == "UA"
            and t.population >= _CITY
            and t not in towns
            # (not a city's district, named as an adjective: Zarichne is no Zarichnyi of Sumy; but
            # Khmelnytskyi, a raion's name too, is a city)
            and not (re.search(r"(?:yi|iy|ii)$", t.name) and fold(t.name) not in gazetteer.raions)
        ]
    if (
        towns
        and key in gazetteer.admin1
        and (
            not any(t.population >= _CITY or (t.population >= _TOWN and fold(t.name) == key) for t in towns)
            or (_PEOPLE_OF_REGION.match(after) and not any(fold(t.name) == key for t in towns))
        )
        and any(gazetteer.conflict_weight(a.country_code, a.code, None) for a in gazetteer.admin1[key])
    ):
        # "militants ambushed a convoy in Borno": the region at war, not a village of that name (or a
        # town once so called: Borna, Germany) abroad; "the Chin resistance": the people of a region at war,
        # not Qinzhou, which GeoNames also calls Chin (a town of that very name stays the town).
        return PlaceMention(start + offset, end + offset, phrase, "admin1", near=near, areas=gazetteer.admin1[key])
    if towns:
        qualifier = _QUALIFYING_AREA.match(after)
        if qualifier:
            # "Novopavlivka, Kharkiv Oblast": keep the towns of that area when there are any.
            areas = {(a.country_code, a.code) for a in gazetteer.admin1.get(fold(qualifier.group(1)), [])}
            inside = [t for t in towns if (t.country_code, t.admin1_code) in areas]
            # ("in the Kursk region", "Kursk Oblast"; ", Luhansk" may start a list instead.)
            explicit = re.search(r"^\s+in\s|(?:oblast|obl|region|province|state)$", qualifier.group(0), re.I)
            if (
                areas
                and not inside
                and explicit
                and all(t.population < _CITY for t in towns)
                and not any(
                    (t.country_code, t.admin1_code) in areas
                    for t in _spelling_candidates(phrase, gazetteer, closest_only=False)
                )  # "Pavlovka in the DPR" is Pavlivka there
            ):
                # "the village of Plekhovo in the Kursk region": none of that name there, so the
                # gazetteer lacks it; it is placed in the area (not at Plekhiv, Zhytomyr oblast).
                return None
            towns = inside or towns
        # "Stepnoy in the Volnovakha district of the DPR": GeoNames knows a Stepnoy in Russia, but
        # the article's region has a Stepne; resolution chooses between them in context.
        alternatives = (
            [t for t in _spelling_candidates(phrase, gazetteer, closest_only=False) if t not in towns]
            if located and len(phrase) >= 5 and " " not in phrase
            else []
        )
        return PlaceMention(
            start + offset,
            end + offset,
            phrase,
            "town",
            near=near,
            towns=towns,
            located=located,
            alternatives=alternatives,
        )
    if key in gazetteer.admin1 and (len(key) > 4 or located):  # "in the DPR"
        if _inside_another_country(after, gazetteer.admin1[key], gazetteer):
            return None  # "near Uri in Jammu and Kashmir": not Uri, Switzerland, but a place there
        return PlaceMention(start + offset, end + offset, phrase, "admin1", near=near, areas=gazetteer.admin1[key])
    return None


_CITY = CITY
_TOWN = LARGE_TOWN
_MILLION_CITY = 1_000_000
_IN_NAMED = re.compile(r"^\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3})")


def _inside_another_country(after: str, areas: list[Admin1], gazetteer: Gazetteer) -> bool:
    """Is an area's name followed by "in" and an area or country of a country it is not in?"""
    named = _IN_NAMED.match(after)
    if not named:
        return False
    words = named.group(1).split()
    for size in range(len(words), 0, -1):
        key = fold(" ".join(words[:size]))
        countries = {a.country_code for a in gazetteer.admin1.get(key, [])}
        if key in gazetteer.countries:
            countries.add(gazetteer.countries[key].iso2)
        if countries:
            return not any(area.country_code in countries for area in areas)
    return False


def drop_strays(
    mentions: list[PlaceMention], extra_countries: list[str], gazetteer: Gazetteer, when: date | None = None
) -> list[PlaceMention]:
    """Leave out capitalised words that only match towns (not cities) outside the country the
    article is mostly about, unless a preposition places something there: "More than 250
    servicemen" (Mora, Cameroon), "Share Tweet" (Share, Nigeria), "One person died" (Onex).
    Mentions placed by a preposition that match only a town abroad are turned into unresolved
    names in place (see below). ``extra_countries``: the actors' states and groups' homes; ``when``: the
    article's date (for the areas at war then)."""
    small = [m for m in mentions if m.kind == "town" and m.towns and all(t.population < _CITY for t in m.towns)]
    # Towns matched only by an alternate name ("Boni" is one of Bonn's) are weighed too.
    alias_only = [
        m
        for m in mentions
        if m.kind == "town" and m.located and m.towns and all(fold(t.name) != fold(m.text) for t in m.towns)
    ]
    if (
        not small
        and not alias_only
        and not any(m.run for m in mentions if m.kind in ("town", "unresolved"))
        and not any(m.after_comma for m in mentions)
    ):
        return mentions  # the usual case: nothing to weigh, no context to build
    suspects = [m for m in small if not m.located]
    context = GeoContext.from_mentions(mentions, extra_countries)
    top = max(context.countries.values(), default=0)
    strays = {id(m) for m in suspects if max(context.countries[t.country_code] for t in m.towns) < top}
    # Countries named without a preposition ("the equipment of the Russian Federation") do not count.
    places = GeoContext.from_mentions(
        [m for m in mentions if m.kind != "country" or m.located], extra_countries
    ).place_countries
    _unplace_lone_villages(small, places, gazetteer)
    _unplace_alias_villages(mentions, alias_only, places, extra_countries, gazetteer, when)
    strays |= _comma_strays(mentions, places, extra_countries, gazetteer)
    strays |= _keep_runs_whole(mentions, strays, places, extra_countries, gazetteer)
    return [m for m in mentions if id(m) not in strays]


def _war_weight(towns: list[Town], gazetteer: Gazetteer, when: date | None = None) -> int:
    """How much war reporting is about the towns' areas (conflict_areas.tsv; 0 for none), always or at ``when``."""
    return max((gazetteer.conflict_weight(t.country_code, t.admin1_code, when) for t in towns), default=0)


def _countries(towns: list[Town]) -> set[str]:
    return {t.country_code for t in towns}


def _unplace_lone_villages(small: list[PlaceMention], places: Counter[str], gazetteer: Gazetteer) -> None:
    """A village placed by a preposition ("attacked Mushu village near Bokkos, Plateau") that only
    matches a town in a country no other place in the article is in, while another country has
    several, keeps its name but not that town's coordinates."""
    top_place = max(places.values(), default=0)
    for mention in small:
        if (
            mention.located
            and max(places[t.country_code] for t in mention.towns) <= 1  # nothing but itself
            and top_place >= 2
            # (but a town at war stays one: "veterans of Syria and Libya fight in Bakhmut")
            and not any(t.population >= _TOWN and _war_weight([t], gazetteer) >= 2 for t in mention.towns)
        ):
            mention.kind, mention.towns = "unresolved", []


def _unplace_alias_villages(
    mentions: list[PlaceMention],
    alias_only: list[PlaceMention],
    places: Counter[str],
    extra_countries: list[str],
    gazetteer: Gazetteer,
    when: date | None = None,
) -> None:
    """ "between Boni and Douentza" beside the Malian army: a village the gazetteer lacks, not
    Bonn, which a few sources call Boni. Only when the actors' states are elsewhere ("Deir Hafer"
    beside the SDF and a deal brokered by the US is Dayr Hafir, Syria) and the town's area is not at war
    then ("a Russian troop build-up near Gomel" in February 2022 is Homyel', Belarus)."""
    for mention in alias_only:
        if (
            mention.kind == "town"
            and max(places[t.country_code] for t in mention.towns) <= 1
            and extra_countries
            and not _countries(mention.towns) & set(extra_countries)
            # (a town in an area at war is reported under many spellings: "Izyum" is Izium)
            and not _war_weight(mention.towns, gazetteer, when)
        ):
            mention.kind, mention.towns, mention.alternatives = "unresolved", [], []
            # ... placed by the town named with it ("X and Y", "X, Y"), as a village near it.
            mention.fallback = next((m for m in mentions if m.kind == "town" and 0 < m.start - mention.end <= 5), None)
            if mention.fallback is not None:
                mention.fallback.kind = "qualifier"  # one place, not two events


def _comma_strays(
    mentions: list[PlaceMention], places: Counter[str], extra_countries: list[str], gazetteer: Gazetteer
) -> set[int]:
    """ "army troops encountered NPA rebels in Catubig, Northern Samar": a town after a town and a
    comma, in another country, names the first one's area, which the gazetteer lacks (not Samara,
    Russia) -- when the first town's country is the article's ("Freedom Square, Mariupol" is not
    in Freedom, United States) and the second is not on a front line."""
    towns = [m for m in mentions if m.kind == "town" and m.towns]
    strays: set[int] = set()
    for mention in towns:
        previous = next((p for p in reversed(towns) if p.end <= mention.start), None)
        if (
            mention.after_comma
            and previous is not None
            and mention.start - previous.end <= 16
            and not _countries(mention.towns) & _countries(previous.towns)
            and (
                _countries(previous.towns) & set(extra_countries)
                or max(places[t.country_code] for t in previous.towns) >= 2
            )
            and _war_weight(mention.towns, gazetteer) < 3
        ):
            strays.add(id(mention))
    return strays


def _keep_runs_whole(
    mentions: list[PlaceMention],
    strays: set[int],
    places: Counter[str],
    extra_countries: list[str],
    gazetteer: Gazetteer,
) -> set[int]:
    """ "a military base in Puerto Jordan in Colombia's Arauca province": a name the gazetteer lacks,
    not Puerto (El Puerto de Santa Maria, Spain) beside Jordan the country; "the Somali National
    Army fought ... near Adan Yabaal": not Aden, Yemen (but a town in an area at war stays one: "in
    Kharkiv Image: ..." is Kharkiv). Returns the mentions inside the names kept whole."""
    inside: set[int] = set()
    for mention in mentions:
        if mention.run is None or id(mention) in strays or id(mention) in inside:
            continue  # (a word of a name already kept whole: "Ali" of "Mir Ali")
        start, end, name = mention.run
        if (
            mention.kind == "town"
            and mention.start == start
            and any(t.population >= _CITY for t in mention.towns)
            and _war_weight(mention.towns, gazetteer) >= 2
        ):
            # "at Kharkiv Uni", "in Mariupol Kurchatov": a city at war named with a part of it, not a
            # name the gazetteer lacks, nor Uni or Kurchatov in Russia beside it
            inside |= {id(m) for m in mentions if m is not mention and start <= m.start and m.end <= end}
            continue
        abroad = mention.kind == "town" and max(places[t.country_code] for t in mention.towns) <= 1
        if not (
            mention.kind == "unresolved"
            or (
                abroad
                and (
                    any(places[c] for c in places.keys() - _countries(mention.towns))
                    or (
                        bool(extra_countries)
                        and not _countries(mention.towns) & set(extra_countries)
                        and _war_weight(mention.towns, gazetteer) < 2
                    )
                )
            )
        ):
            continue
        mention.kind, mention.towns, mention.alternatives = "unresolved", [], []
        mention.start, mention.end, mention.text = start, end, name
        # ... placed by the area named with it: "Bulo Burto, Hiraan" (not Bulo, Philippines)
        mention.fallback = next((m for m in mentions if m.kind in ("admin1", "town") and 0 < m.start - end <= 5), None)
        inside |= {id(m) for m in mentions if m is not mention and start <= m.start and m.end <= end}
    return inside


def _unambiguous(towns: list[Town], key: str = "") -> Town | None:
    """The town a name means without context: the only one, or a town among villages (but not a
    town only once so called, beside one of that name: "Bijapur" is not surely Vijayapura)."""
    if len(towns) <= 1:
        return towns[0] if towns else None
    ranked = sorted(towns, key=lambda t: t.population, reverse=True)
    if key and fold(ranked[0].name) != key and any(fold(t.name) == key for t in towns):
        return None
    if ranked[0].population >= 5000 and ranked[0].population >= 10 * ranked[1].population:
        return ranked[0]
    return None


@dataclass
class GeoContext:
    """What the article says about where it is: countries and areas named anywhere in it."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Countries known from place names alone (actors' countries say who, not where).
    place_countries: Counter[str] = field(default_factory=Counter)
    # Countries named only for their governments or people ("Mali's junta"): a last resort.
    named_countries: Counter[str] = field(default_factory=Counter)
    when: date | None = None  # publication date: where the front line was
    # Countries of the armed groups named that fight in one country only ("TPNPB fighters": Indonesia)
    group_homes: set[str] = field(default_factory=set)

    def likely_country(self) -> str | None:
        """The country the article's places are in; else, when no actor's state says either, the one
        named only for its government ("Mali's junta has promised ... near Nampala"; not "Russia's
        defence ministry said its forces took X", where X is most likely in Ukraine)."""
        if self.place_countries:
            return self.place_countries.most_common(1)[0][0]
        if self.named_countries and not self.countries:
            return self.named_countries.most_common(1)[0][0]
        return None

    @classmethod
    def from_mentions(
        cls,
        mentions: list[PlaceMention],
        extra_countries: list[str],
        when: date | None = None,
        actor_spans: list[tuple[int, int]] | None = None,
        group_homes: set[str] | None = None,
    ) -> GeoContext:
        """``actor_spans``: where actors are named; a country named as an actor ("Russia and
        Ukraine exchanged prisoners") says who, not where."""
        context = cls(when=when, group_homes=group_homes or set())
        for iso2 in extra_countries:
            context.countries[iso2] += 1
        for mention in mentions:
            found: list[tuple[str, int]] = []
            if mention.metonym and mention.country:
                context.named_countries[mention.country.iso2] += 1
                continue
            if mention.country and (
                mention.mediator or any(s <= mention.start and mention.end <= e for s, e in actor_spans or ())
            ):
                context.countries[mention.country.iso2] += 1
                continue
            if mention.country:
                found.append((mention.country.iso2, 2))
            # "Kyiv" is the city and the oblast around it: both are in context.
            first = mention.areas[:1]
            for area in [a for a in mention.areas if first and a.country_code == first[0].country_code]:
                context.admin1[(area.country_code, area.code)] += 2
            for area in first:
                found.append((area.country_code, 1))
            town = _unambiguous(mention.towns, fold(re.sub(r"['’]s$", "", mention.text)))
            if town is not None:
                found.append((town.country_code, 1))
                # "Chervone in Huliaipole district": a named town tells which area the
                # article's other villages are in.
                context.admin1[(town.country_code, town.admin1_code)] += 1
            for iso2, weight in found:
                context.countries[iso2] += weight
                context.place_countries[iso2] += weight
        return context


def _town_place(town: Town, display: str, precision: int, gazetteer: Gazetteer, reason: str | None = None) -> Place:
    country = gazetteer.countries_by_iso2.get(town.country_code)
    return Place(
        display,
        country.name if country else None,
        country.iso3 if country else None,
        gazetteer.admin1_name(town.country_code, town.admin1_code),
        town.admin2 or None,
        town.latitude,
        town.longitude,
        precision,
        "town",
        unresolved_reason=reason,
    )


# Territories ACLED codes as first-level areas of a country (GeoNames gives them country codes).
_ACLED_TERRITORIES = {"HKG": ("China", "CHN", "Hong Kong"), "MAC": ("China", "CHN", "Macau")}


_CITY_REGION_KM = 15  # an area whose populated places lie this close to its centre is one city


def _area_precision(area: Admin1) -> int:
    """ACLED's precision for an event placed at a first-level area: 3 (a region), but 2 for a city
    that is its own region (Nairobi, Banadir, Kyiv City): its centre is within the town's reach."""
    return 2 if area.spread_km is not None and area.spread_km <= _CITY_REGION_KM else 3


def resolve(mention: PlaceMention, gazetteer: Gazetteer, context: GeoContext) -> Place:
    place = _resolve(mention, gazetteer, context)
    if place.iso3 in _ACLED_TERRITORIES:
        # "Mong Kok, Hong Kong": ACLED's country is China, its admin1 Hong Kong.
        place.country, place.iso3, place.admin1 = _ACLED_TERRITORIES[place.iso3]
    # ACLED writes admin areas without diacritics, as it writes towns: "Michoacan", "Segou", "Wasit".
    place.admin1 = _plain(place.admin1)
    place.admin2 = _plain(place.admin2)
    return place


def _plain(name: str | None) -> str | None:
    return unicodedata.normalize("NFC", strip_accents(name)) if name else name


def _own_names(town: Town) -> tuple[str, ...]:
    """A town's name, folded, and the name without its Arabic article ("al kut", "kut")."""
    name = fold(town.name)
    rest = _after_article(name)
    return (name, rest) if rest is not None else (name,)


def placed_within(around: Place, name: str) -> Place:
    """A name the gazetteer lacks, placed at the area or town it is told in ("Dinangourou (Koro, Mopti)"): it
    keeps its own name, at precision 2 within a town's or district's reach and 3 when only a region is known
    (but a city that is its own region, "Mathare, Nairobi", is a town's reach)."""
    return replace(
        around,
        location=name,
        geo_precision=around.geo_precision if around.feature == "admin1" else 2,
        feature="near named area",
        unresolved_reason="not in the gazetteer; placed at the area named with it",
    )


def _resolve(mention: PlaceMention, gazetteer: Gazetteer, context: GeoContext) -> Place:
    precision_near = 2 if mention.near else 1
    if mention.kind == "country" and mention.country:
        country = mention.country
        return Place(
            country.name, country.name, country.iso3, None, None, country.latitude, country.longitude, 3, "country"
        )
    if mention.kind in ("admin1", "qualifier") and mention.areas and not mention.towns:
        area = max(
            mention.areas,
            key=lambda a: (
                context.countries[a.country_code],
                context.admin1[(a.country_code, a.code)],
                # "Plateau state" in a story naming no country: Nigeria's, at war, not Benin's
                gazetteer.conflict_weight(a.country_code, a.code, context.when),
            ),
        )
        area_country = gazetteer.countries_by_iso2.get(area.country_code)
        return Place(
            area.name,
            area_country.name if area_country else None,
            area_country.iso3 if area_country else None,
            area.name,
            None,
            area.latitude,
            area.longitude,
            _area_precision(area),
            "admin1",
        )
    if mention.site and mention.towns:
        site_town = mention.towns[0]
        site_country = gazetteer.countries_by_iso2.get(site_town.country_code)
        return Place(
            site_town.name,
            site_country.name if site_country else None,
            site_country.iso3 if site_country else None,
            gazetteer.admin1_name(site_town.country_code, site_town.admin1_code),
            None,
            site_town.latitude,
            site_town.longitude,
            2,
            "site",
        )
    home = context.likely_country()
    if (
        mention.towns
        and mention.kind == "town"
        and home is not None
        and (home in context.group_homes or gazetteer.conflict_weight(home, "*", context.when))
        and all(
            t.country_code != home
            and t.population < _CITY
            and not context.countries[t.country_code]
            # (a village in an area at war abroad is meant: "Ukrainian drones hit Tyotkino", in Russia's Kursk)
            and not gazetteer.conflict_weight(t.country_code, t.admin1_code, context.when)
            for t in mention.towns
        )
    ):
        # "women fleeing El Fasher had been raped by RSF fighters at a checkpoint in Korma": in an article
        # about a war in one country, a village the gazetteer knows only abroad (Korma in Belarus) is a place
        # it lacks, not the foreign village (a city abroad may be meant: "Kyiv sent aid")
        mention = replace(mention, towns=[])
    if mention.towns:
        key = fold(re.sub(r"['’]s$", "", mention.text))

        spelling = spelling_key(key)

        # Of namesakes, one in an area at war before one at peace (unless the name is a city's own,
        # not another's old name): "the liberated Volchansk" is Vovchansk, Kharkiv, not Volchansk in
        # the Urals; "in Tank" is Tank, Khyber Pakhtunkhwa, not Tonk, Rajasthan, once so called.
        # ("Kut" is Al Kut's own name, without its article)
        at_war = not any(t.population >= _CITY and key in _own_names(t) for t in mention.towns)
        peace = not any(gazetteer.conflict_weight(t.country_code, t.admin1_code, context.when) for t in mention.towns)
        # (but not over a town by its own name a tenth the city's size or more: "Yala" is Yala, Thailand (94,000),
        # not Patan, Nepal (299,000), which Newar speakers call Yala; "Madras" is still Chennai, not Madras, Oregon)
        own_rival = max((t.population for t in mention.towns if key in _own_names(t)), default=0)

        def score(town: Town) -> _Ranks:
            city = town.population >= _CITY
            own = _own_names(town)
            return (
                context.admin1[(town.country_code, town.admin1_code)],
                context.countries[town.country_code],
                # Where no city has the name as its own, a city of a million by another of its names before
                # villages at war: "Basra" is Basrah, Iraq (1.3M), not a village of 1,000 in Pakistan's Punjab
                # (a spelling of its name, not any old name: "Islamabad" is the capital, not Chittagong, once so
                # called; "Hrakove" is the village, not Kharkiv).
                at_war and town.population >= _MILLION_CITY and _spelling_similarity(key, fold(town.name)) >= 0.8,
                at_war and gazetteer.conflict_weight(town.country_code, town.admin1_code, context.when) > 0,
                # Where no namesake is at war, a city by any of its names before a smaller place of the
                # exact spelling: "Mansoura" is Al Mansurah, Egypt (420,000), not Mansoura, Tlemcen (at
                # war, the spelling decides: "Chumakove" is the village, not Donetsk's Chumakivskyi district).
                peace and city and (key in own or town.population > 10 * own_rival),
                # "Slovyansk" is Sloviansk, not Nikopol (which GeoNames lists as once so called).
                any(spelling_key(name) == spelling for name in own),
                # Cities by order of magnitude: "Odessa" is Odesa (1M) before Odessa, Texas.
                len(str(town.population)) if city else 0,
                key in own,
                # Of the towns and villages called Yampil or Pavlivka, war reporting means the one
                # near the front; a town of 10,000 counts for a little more than a village.
                0
                if city
                else gazetteer.conflict_weight(town.country_code, town.admin1_code, context.when)
                + (town.population >= _TOWN),
                # Of the thirteen Novomykhailivkas of Donetsk oblast, the one by the front at the time.
                not city and gazetteer.near_front(town, context.when),
                town.population,
            )

        def across_areas(ranks: _Ranks, town: Town) -> tuple[int | bool, ...]:
            # Of villages by the front in two oblasts, the one nearer a town fought around then
            # (Pisky by Avdiivka, not Pisky by Mykolaiv, in 2022), counted in 10 km steps; within
            # one oblast the village's size decides (the front towns of one oblast are many).
            # (Without a date the front of any time counts, and its nearness says little.)
            front = (
                None
                if town.population >= _CITY or context.when is None
                else gazetteer.front_distance(town, context.when)
            )
            steps = -int(front // 10) if front is not None else -99
            return (*ranks[:-2], steps, *ranks[-2:])

        candidates = mention.towns
        if any(fold(t.name) == key and t.population >= _CITY for t in candidates):
            # "near Brest": the city of that name, not a village once so called (Heroiv Mariupolia).
            candidates = [t for t in candidates if fold(t.name) == key or t.population >= _TOWN]
        if mention.alternatives:

            def in_context(towns: list[Town]) -> int:
                return max(context.admin1[(t.country_code, t.admin1_code)] for t in towns)

            if in_context(mention.alternatives) > in_context(mention.towns):
                candidates = mention.alternatives
        best_in_area: dict[tuple[str, str], tuple[_Ranks, Town]] = {}
        for candidate in candidates:
            oblast, ranks = (candidate.country_code, candidate.admin1_code), score(candidate)
            if oblast not in best_in_area or ranks > best_in_area[oblast][0]:
                best_in_area[oblast] = (ranks, candidate)
        # (One oblast's namesakes, the usual case, need no distance to the front.)
        bests = list(best_in_area.values())
        town = bests[0][1] if len(bests) == 1 else max(bests, key=lambda best: across_areas(*best))[1]
        # Ukrainian towns carry the official romanisation; elsewhere GeoNames' name may be in a
        # local transliteration ("Mek'ele", "Homyel'"), so the spelling the article used is kept.
        # "Bijapur district" is reported as Bijapur, "Ann town" as Ann (but Gaza City is Gaza City).
        said = re.sub(
            rf"(?:{_DISTRICT_WORD}|\s+raion|(?-i:\s+(?:town|village|city|settlement)))$",
            "",
            re.sub(r"['’]s$", "", mention.text),
            flags=re.I,
        )
        display = town.name if town.country_code == "UA" or said[:1].islower() else said
        display = re.sub(r"^St\.?\s+(?=[A-Z])", "Saint ", display)  # "St Petersburg": ACLED writes Saint
        display = _plain(display) or display  # "Culiacán" is written Culiacan, as ACLED writes it
        # A settlement of the official codifier placed at its hromada's centre (population -1 in
        # the gazetteer): the place is known, its point only roughly.
        return _town_place(town, display, 2 if town.population < 0 else precision_near, gazetteer)
    if mention.fallback is not None:
        # "Dinangourou (Koro, Mopti)": the village is not in the gazetteer, its district is; the
        # event is placed there at ACLED's precision 2 and keeps the village's name.
        around = resolve(mention.fallback, gazetteer, context)
        if _CITY_FEATURE.search(mention.text) and around.feature == "town":
            return around  # "Taksim Square in Istanbul": ACLED names the town, at its precision
        return placed_within(around, mention.text)
    likely_country = home
    close = _one_letter_away(mention.text, gazetteer, likely_country)
    if close is not None:
        return _town_place(
            close,
            close.name if close.country_code == "UA" else mention.text,  # as for other towns
            precision_near,
            gazetteer,
            reason=f"{mention.text!r} is not in the gazetteer; read as {close.name}, one letter away",
        )
    place = Place(mention.text, unresolved_reason="not in the gazetteer", geo_precision=3, feature="unresolved")
    if (
        likely_country is None
        and len(context.countries) == 1
        and (
            gazetteer.conflict_weight(next(iter(context.countries)), "*", context.when)
            or next(iter(context.countries)) in context.group_homes
        )
    ):
        # "the Somali National Army fought ... near Adan Yabaal": a village the gazetteer lacks,
        # in the one country the article's actors belong to, if that country is at war at home
        # (Israel's, Russia's or the United States' forces strike abroad) or a group named fights
        # there only ("Indonesian troops retook Sugapa from TPNPB fighters")
        likely_country = next(iter(context.countries))
    likely = gazetteer.countries_by_iso2.get(likely_country or "")
    if likely:
        place.country, place.iso3 = likely.name, likely.iso3
    return place


# "Popsana", "Kramators": a misspelt town. A name the gazetteer lacks, of seven letters or more,
# that is one letter (added, dropped, changed or swapped with its neighbour) away from exactly one
# town of LARGE_TOWN (10,000) people or more in an area at war, is taken for that town.
_TYPO_MIN_LETTERS = 7


def _one_letter_away(name: str, gazetteer: Gazetteer, country: str | None) -> Town | None:
    key = fold(name)
    if len(key) < _TYPO_MIN_LETTERS or " " in key:
        return None
    if gazetteer.typo_targets is None:
        # Names by first letter and length (a first letter is seldom the one mistyped:
        # "Yinmabin" is not Pyinmabin).
        targets: dict[tuple[str, int], list[tuple[str, Town]]] = {}
        for keys, town in gazetteer.large_towns_at_war:
            for town_key in keys.split("|"):
                if len(town_key) >= _TYPO_MIN_LETTERS - 1:
                    targets.setdefault((town_key[0], len(town_key)), []).append((town_key, town))
        gazetteer.typo_targets = targets
    matches = {
        t.geonameid: (t, town_key)
        for length in (len(key) - 1, len(key), len(key) + 1)
        for town_key, t in gazetteer.typo_targets.get((key[0], length), ())
        if (country is None or t.country_code == country) and _one_edit(key, town_key)
    }

    def rank(match: tuple[Town, str]) -> tuple[int, bool]:
        # The area most at war ("Popasana": Popasna, Luhansk, not Popayan, Colombia), then a
        # town known by that spelling ("Slovyansk": Sloviansk, not Nikopol, once so called too).
        town, town_key = match
        return (
            gazetteer.conflict_weight(town.country_code, town.admin1_code, None),
            spelling_key(town.name) == spelling_key(town_key),
        )

    ranked = sorted(matches.values(), key=rank, reverse=True)
    if not ranked or (len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1])):
        return None
    return ranked[0][0]


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one insertion, deletion, substitution or adjacent swap apart?"""
    if a == b:
        return False
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        if len(differ) == 1:
            return True
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]]
            and a[differ[1]] == b[differ[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _loose(key: str) -> str:
    """A key English spellings of one Arabic, Persian, Burmese or Creole name share: Hodeidah / Hodeida,
    Qamishli / Kamishli, Qalqilya / Qalqilyah, Petion-Ville / Petionville, Deir al-Balah / Dayr al
    Balah / Deir el-Balah (the Arabic article and "deir", monastery, spelt several ways)."""
    key = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|an|ad)\b", "", key)
    key = re.sub(r"\b(?:deir|dayr|dair|der|dier)\b", "dyr", key)
    key = key.replace(" ", "").replace("q", "k").replace("ou", "u").replace("ee", "i")
    # (Burmese aspirates are written with an h or without: Kyaukphyu / Kyaukpyu, Hpakant / Pakant, Hsipaw / Sipaw)
    key = key.replace("ph", "p").replace("hp", "p").replace("hs", "s").replace("ht", "t")
    key = re.sub(r"(?<=[aeiou])h$", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


# Countries whose place names are written from Arabic script, where English spellings differ
# most of all in their vowels ("Um Rawaba" / "Umm Ruwaba").
_VOWEL = frozenset("aeiou")


def _consonants(loose_key: str) -> str:
    return loose_key[:1] + re.sub(r"[aeiouy]", "", loose_key[1:])


def _vowels_apart(a: str, b: str) -> bool:
    """Are two loose spellings of one length, different in one or two vowels only?"""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return 0 < len(differ) <= 2 and all(x in _VOWEL and y in _VOWEL for x, y in differ)


def _loosely_spelt(key: str, gazetteer: Gazetteer) -> list[Town] | None:
    """Towns of LARGE_TOWN people or more in areas at war whose name, spelt loosely, is this one
    (built on first use): "Kuriga" is not Khouribga, Morocco. In countries whose names come from
    Arabic script, a name one or two vowels apart is the town too ("Um Rawaba" is Umm Ruwaba)."""
    if gazetteer.loose_names is None or gazetteer.consonant_names is None:
        index: dict[str, list[Town]] = {}
        consonants: dict[str, list[tuple[str, Town]]] = {}
        for keys, town in gazetteer.large_towns_at_war:
            for town_key in {_loose(k) for k in keys.split("|")}:
                index.setdefault(town_key, []).append(town)
                if town.country_code in ARABIC_NAMED_COUNTRIES:
                    consonants.setdefault(_consonants(town_key), []).append((town_key, town))
        gazetteer.loose_names, gazetteer.consonant_names = index, consonants
    loose = _loose(key)
    found = gazetteer.loose_names.get(loose)
    if found is None and len(loose) >= 6:
        near = [
            town
            for town_key, town in gazetteer.consonant_names.get(_consonants(loose), [])
            if _vowels_apart(loose, town_key)
        ]
        found = list(dict.fromkeys(near)) or None
    return found
