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
    "incl",
    "approx",
    "gov",
    "sen",
    "rep",
    "u.s",
    "u.n",
    "e.g",
    "i.e",
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
        # (a credit opens its line or bracket, and names someone: not "demanding more information from
        # the authorities")
        r"(?:^|[(;]\s*)\W*(?:with )?(?:inputs?|reporting|additional reporting|information) (?:from|by) "
        r"(?P<who>(?-i:[A-Z])[\w./&, -]{1,60})",
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


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# Emoji and pictographic symbols (arrows, dingbats, emoji; flags are pairs of regional indicators;
# joiners, variation selectors and skin tones bind them), which posts on Telegram and X put
# beside names: "🇰🇪 Nairobi CBD: ...". Each is one code point, replaced by one space.
_PICTOGRAPH = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001faff\u200d\ufe0f\u20e3]"
)
# A flag before a word for arms or fighters stands for the country's adjective: "🇺🇦 FPV drone
# strikes a Russian tank" is a Ukrainian drone.
_FLAG_BEFORE_ARMS = re.compile(
    r"([\U0001F1E6-\U0001F1FF]{2})(?=\s*(?:FPV\s+|kamikaze\s+|attack\s+)?(?:drones?|forces|troops|soldiers|army|"
    r"artillery|strikes?|units|brigades?|marines|navy|tanks?|jets|aircraft|helicopters?|missiles?)\b)",
    re.I,
)


def blank_pictographs(text: str) -> str:
    """``text`` with emoji and other pictographic symbols as spaces (same length, so offsets still
    index the original): "⚡️BREAKING" reads as "BREAKING", "🇰🇪 Nairobi" as "Nairobi"; a flag
    before a word for arms or fighters as its country's code ("🇺🇦 FPV drone": "UA FPV drone")."""
    if text.isascii():
        return text
    text = _FLAG_BEFORE_ARMS.sub(lambda m: "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in m.group(1)), text)
    return _PICTOGRAPH.sub(" ", text)


def sentence_case_headlines(
    text: str,
    headline_words: frozenset[str],
    name_kind: Callable[[str], str | None] | None = None,
    named_spans: Callable[[str], list[tuple[int, int]]] | None = None,
) -> str:
    """``text`` with each line written Each Word Capitalised ("Gunmen Kill Seven At Bar In Ecuador's
    Guayaquil") read in sentence case: the ``headline_words`` in lower case (function words, the
    verbs and common nouns of headlines), and every other capitalised word too unless it is a name
    (see ``_names_in_title``; ``name_kind`` says whether a phrase is a "town", another place or a
    demonym, ``named_spans`` where groups are named by name). Acronyms stay. Same length, so offsets
    still index the original; other lines are unchanged."""
    out = list(text)
    position = 0
    for line in text.split("\n"):
        words = list(_WORD.finditer(line))
        capitalised = [w for w in words if w.group(0)[0].isupper()]
        # (a word opening a sentence is capitalised anyway: "Shelling of Gorky Park. Shelling ...")
        small = [
            w
            for w in capitalised
            if w.group(0).lower() in headline_words and not re.search(r"(?:^|[.!?:]\s*)\W*$", line[: w.start()])
        ]
        # A title: most words capitalised, function words among them ("In", "At", "Of").
        if len(words) >= 4 and len(capitalised) >= 0.8 * len(words) and len(small) >= 2:
            kept = _names_in_title(line, words, headline_words, name_kind, named_spans)
            for index, word in enumerate(words):
                token = word.group(0)
                if not token[0].isupper() or token.isupper() or index in kept:
                    continue  # (acronyms stay: "US", "RSF")
                start = position + word.start()
                out[start : start + len(token)] = token.lower()
        position += len(line) + 1
    return "".join(out)


_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "into"})


def _names_in_title(
    line: str,
    words: list[re.Match[str]],
    headline_words: frozenset[str],
    name_kind: Callable[[str], str | None] | None,
    named_spans: Callable[[str], list[tuple[int, int]]] | None,
) -> set[int]:
    """Indexes of the words of a title line that are names, to stay capitalised: places, countries
    and demonyms of one to three words ("Bar" alone is a headline word, "Gaza City" a name); groups
    named by name; and, as a name the gazetteer may lack, the capitalised words after a locative
    preposition ("Near Maroun Al-Ras") or the one word ending a run after a town's name ("In Mir
    Ali", not "At Kherson Bus Stop")."""

    def plain(index: int) -> bool:
        token = words[index].group(0)
        # (not "Pro-Kurdish", "Anti-War": attitudes, not names)
        return token[0].isupper() and token.lower() not in headline_words and not re.match(r"(?:Pro|Anti)-", token)

    kept: set[int] = set()
    spans = named_spans(line) if named_spans else []
    kept.update(i for i, w in enumerate(words) if plain(i) and any(s <= w.start() and w.end() <= e for s, e in spans))
    for index in range(1, len(words)):
        if words[index - 1].group(0).lower() in _LOCATIVE and plain(index):
            after = index
            while after < len(words) and after - index < 3 and plain(after):
                kept.add(after)
                after += 1
    if name_kind is None:
        return kept
    for index in range(len(words)):
        for size in (3, 2, 1):
            window = words[index : index + size]
            if len(window) < size or (size == 1 and not plain(index)):
                continue
            kind = name_kind(re.sub(r"['’]s$", "", line[window[0].start() : window[-1].end()]))
            if kind is None:
                continue
            kept.update(range(index, index + size))
            after = index + size
            ends_run = after + 1 >= len(words) or not plain(after + 1)
            if kind == "town" and size == 1 and after < len(words) and plain(after) and ends_run:
                kept.add(after)
            break
    return kept
