"""Cleaning and segmenting article text: sentences with offsets, in-article near-duplicates,
syndication credits. Pure functions over strings; offsets always index the original text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "maj",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "etc",
    "gov",
    "sen",
    "rep",
    "u.s",
    "u.n",
    "e.g",
    "i.e",
    "approx",
    "prof",
    "adm",
    "cpl",
    "pvt",
    "ft",
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|(?<=[.!?][\"”’])\s+|\n\s*\n|\n(?=\s*[A-Z\"“])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.]*")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "and",
        "or",
        "but",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "which",
        "who",
        "it",
        "its",
        "their",
        "they",
        "them",
        "than",
        "then",
        "also",
        "into",
        "over",
        "after",
        "before",
        "while",
    ]
)
# Containment of the shorter sentence's content words in the longer one's. 0.75 keeps
# re-written copies (the same facts in another order, a synonym or two swapped) and rejects
# sentences that share a template but report different facts (those differ in names/numbers,
# checked separately).
NEAR_DUPLICATE_CONTAINMENT = 0.75
NEAR_DUPLICATE_MIN_WORDS = 6

_CREDIT_PATTERNS = [
    re.compile(
        r"(?:with )?(?:inputs?|reporting|additional reporting|information) (?:from|by) (?P<who>[A-Z][\w./&, -]{1,60})",
        re.I,
    ),
    re.compile(
        r"^\s*(?:[A-Z][A-Za-z ,.]{0,40})?\((?P<who>Reuters|AP|AFP|Associated Press|Bloomberg|dpa|Xinhua|Anadolu|UNIAN|Ukrinform|TASS|RIA Novosti|Interfax)\)\s*[-—–]"
    ),
    re.compile(r"(?P<who>[A-Z][\w.&, -]{1,40}) contributed to this report"),
]


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    cursor = 0
    for boundary in _iter_boundaries(text):
        _append(sentences, text, cursor, boundary.start(), paragraph)
        if "\n" in boundary.group(0):
            paragraph += 1
        cursor = boundary.end()
    _append(sentences, text, cursor, len(text), paragraph)
    return sentences


def _iter_boundaries(text: str) -> Iterator[re.Match[str]]:
    for match in _BOUNDARY.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        word = re.search(r"([A-Za-z.]+)\.[\"”’')\]]*$", before)
        if word and word.group(1).lower() in _ABBREVIATIONS and "\n" not in match.group(0):
            continue
        if re.search(r"\b[A-Z]\.$", before) and "\n" not in match.group(0):
            continue  # initials: "J. Smith"
        yield match


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))


def content_words(text: str) -> set[str]:
    words = set()
    for token in _WORD.findall(text.lower()):
        token = token.strip("'’").removesuffix("’s").removesuffix("'s")
        if token in _STOP or len(token) < 3:
            continue
        words.add(token[:-1] if token.endswith("s") and len(token) > 4 else token)
    return words


def find_near_duplicates(sentences: list[Sentence], key_terms: Callable[[str], set[str]]) -> dict[int, int]:
    """Map the index of each sentence that repeats an earlier one to the earlier one's index.

    ``key_terms`` returns the facts that must agree (numbers, place names): sentences sharing a
    template but naming different places or numbers are not duplicates.
    """
    seen: list[tuple[int, set[str], set[str]]] = []
    duplicates: dict[int, int] = {}
    for sentence in sentences:
        words = content_words(sentence.text)
        keys = key_terms(sentence.text)
        if len(words) >= NEAR_DUPLICATE_MIN_WORDS:
            for earlier_index, earlier_words, earlier_keys in seen:
                shorter = min(len(words), len(earlier_words))
                overlap = len(words & earlier_words) / shorter
                if overlap >= NEAR_DUPLICATE_CONTAINMENT and (keys <= earlier_keys or earlier_keys <= keys):
                    duplicates[sentence.index] = earlier_index
                    break
        if sentence.index not in duplicates and len(words) >= NEAR_DUPLICATE_MIN_WORDS:
            seen.append((sentence.index, words, keys))
    return duplicates


def find_credits(sentence: str) -> list[str]:
    for pattern in _CREDIT_PATTERNS:
        match = pattern.search(sentence)
        if match:
            who = match.group("who").strip().rstrip(".")
            return [part.strip() for part in re.split(r"\s*(?:/|,|\band\b|&)\s*", who) if part.strip()]
    return []
