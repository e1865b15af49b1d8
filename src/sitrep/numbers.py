"""Counting phrases: "nine", "at least 12", "dozens", "hundreds of thousands", "81 missiles"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "couple": 2,
    "pair": 2,
}
# ACLED Codebook conventions for vague counts, used when a report gives no number:
# "several"/"many"/"a number of" -> 10, "dozens" -> 12, "hundreds" -> 100.
VAGUE_COUNTS = {
    "several": 10,
    "many": 10,
    "a number of": 10,
    "numerous": 10,
    "scores of": 20,
    "dozens": 12,
    "dozens of": 12,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "thousands of": 1000,
    "hundreds of thousands": 100000,
    "tens of thousands": 10000,
    "millions": 1000000,
    "a few": 3,
}
QUALIFIERS = {
    "at least": "at least",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "nearly": "nearly",
    "almost": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "around": "about",
    "about": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "at most": "up to",
    "no fewer than": "at least",
}
_UNIT_WORDS = "|".join(sorted((k for k in _UNITS if k not in ("a", "an")), key=len, reverse=True))
_VAGUE_WORDS = "|".join(sorted((re.escape(k) for k in VAGUE_COUNTS), key=len, reverse=True))
QUALIFIER_RE = "|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len, reverse=True))
_FIRM_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?|"
    rf"(?:{_UNIT_WORDS})(?:[- ](?:{_UNIT_WORDS}))?(?:\s+(?:hundred|thousand|million|dozen))?)"
)
# "between 20 and 40" (a range: its low end is the figure, its high end the high estimate),
# "a dozen", "two dozen".
# ("An unknown number of militants were killed" is no count of one)
NUMBER_RE = (
    rf"(?:between\s+{_FIRM_NUMBER}\s+and\s+{_FIRM_NUMBER}|{_FIRM_NUMBER}|{_VAGUE_WORDS}|(?:an?\s+)?dozen|"
    r"an?(?!\s+(?:unknown|undisclosed|unspecified|unconfirmed|undetermined|uncertain)\b))"
)
COUNT_RE = rf"(?<![\w-])(?:(?P<q>{QUALIFIER_RE})\s+)?(?P<n>{NUMBER_RE})(?![\w-])"


@dataclass(frozen=True)
class Count:
    value: int
    qualifier: str | None  # "at least", "up to", "about", "between", "vague", None for exact
    upper: int | None = None  # the high end of a range ("between 20 and 40": 40)

    @property
    def low(self) -> int | None:
        return None if self.qualifier == "up to" else self.value

    @property
    def high(self) -> int | None:
        if self.upper is not None:
            return self.upper
        return None if self.qualifier in ("at least", "more than") else self.value


def parse_number(token: str) -> tuple[int, bool] | None:
    """The value of a number phrase and whether it is vague. None if it is not a number."""
    token = token.strip().lower()
    if token in VAGUE_COUNTS:
        return VAGUE_COUNTS[token], True
    if token in ("a", "an"):
        return 1, False
    match = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million))?", token)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = {"thousand": 1000, "million": 1_000_000}.get(match.group(2) or "", 1)
        return int(value * scale), False
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", token):
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "dozen":
            current = max(current, 1) * 12  # "a dozen", "two dozen"
        elif word in ("thousand", "million"):
            total += max(current, 1) * (1000 if word == "thousand" else 1_000_000)
            current = 0
        else:
            return None
    return total + current, False


def parse_count(qualifier: str | None, number: str) -> Count | None:
    span = re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", number.strip(), re.I)
    if span:
        low, high = parse_number(span.group(1)), parse_number(span.group(2))
        if low is None or high is None:
            return None
        return Count(min(low[0], high[0]), "between", max(low[0], high[0]))
    parsed = parse_number(number)
    if parsed is None:
        return None
    value, vague = parsed
    if vague:
        return Count(value, "vague")
    return Count(value, QUALIFIERS.get(qualifier.lower()) if qualifier else None)
