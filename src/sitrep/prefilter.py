"""Which of many patterns can match a text, found without running them.

The lexicon is hundreds of regular expressions (trigger words, weapons, actors), and most
sentences of real news match none of them; running each one over each sentence was the
largest cost of the rules. Each pattern requires some literal text: ``fight(?:s|ing)?|fought``
cannot match a sentence that contains neither "fight" nor "fought". ``required_literals``
reads that set from the parsed pattern, and ``Prefilter`` indexes the literals of all the
patterns by one three-letter key each, so a sentence is tested against the few literals whose
key it contains rather than against every pattern.

The test is only ever a necessary condition: a pattern it lets through may still not match,
and a pattern whose literals cannot be read (or are shorter than a key) is always run. Both
sides are compared case-folded, as the patterns are case-insensitive.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# The parser of the standard library's ``re``; its output is not a public API, so anything it
# returns that this module does not understand makes the pattern "always run".
if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _parser
else:
    import sre_constants as _c
    import sre_parse as _parser

# A set of alternative strings is expanded (``(?:a|b) (?:c|d)`` -> four strings) up to this size.
_EXPANSION_LIMIT = 64
_KEY = 3
# Up to this many literals, testing each one is cheaper than cutting the text into keys.
_DIRECT = 200
# Rarer letters make more selective keys: English letters from most to least frequent.
_LETTER_RANK = {letter: rank for rank, letter in enumerate("etaoinshrdlcumwfgypbvkjxqz", start=1)}


def _exact_item(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed element can match, when that is a small finite set."""
    if op is _c.LITERAL:
        return {chr(av).casefold()}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero width
    if op is _c.SUBPATTERN:
        return _exact(av[-1])
    if op is _c.BRANCH:
        found = _union(av[1], _exact)
        return found if found is not None and len(found) <= _EXPANSION_LIMIT else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[1] == 1:
        strings = _exact(av[2])
        if strings is None:
            return None
        return strings | {""} if av[0] == 0 else strings
    if op is _c.IN and all(item_op is _c.LITERAL for item_op, _ in av):
        return {chr(code).casefold() for _, code in av}
    return None


def _union(branches: Any, read: Callable[[Any], set[str] | None]) -> set[str] | None:
    """The strings of all the alternatives together; None if one of them cannot be read."""
    found: set[str] = set()
    for branch in branches:
        strings = read(branch)
        if strings is None:
            return None
        found |= strings
    return found


def _exact(sequence: Any) -> set[str] | None:
    found = {""}
    for op, av in sequence:
        strings = _exact_item(op, av)
        if strings is None:
            return None
        found = {a + b for a in found for b in strings}
        if len(found) > _EXPANSION_LIMIT:
            return None
    return found


def _shortest(strings: set[str]) -> int:
    return min(len(s) for s in strings)


def _required(sequence: Any) -> set[str] | None:
    """Strings of which every match contains at least one, or None when none can be read."""
    candidates: list[set[str]] = []
    run = {""}  # the strings of the current run of elements whose strings are all known
    for op, av in [*sequence, (None, None)]:
        strings = _exact_item(op, av) if op is not None else None
        if strings is not None:
            joined = {a + b for a in run for b in strings}
            if len(joined) <= _EXPANSION_LIMIT:
                run = joined
                continue
        if "" not in run:
            candidates.append(run)
        run = strings if strings is not None else {""}
        if op is None:
            break
        if strings is None:
            inner = _required_item(op, av)
            if inner:
                candidates.append(inner)
    candidates = [c for c in candidates if "" not in c]
    if not candidates:
        return None
    return max(candidates, key=_shortest)


def _required_item(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _required(av[-1])
    if op is _c.BRANCH:
        return _union(av[1], _required)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Case-folded strings one of which is in every text the pattern matches; None if unknown.

    >>> required_literals(re.compile(r"(?<![\\w-])(?:fight(?:s|ing)?|fought)", re.I))
    ('fight', 'fought')
    """
    try:
        strings = _required(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unfamiliar parse only means "always run"
        return None
    if not strings:
        return None
    kept: list[str] = []
    for string in sorted(strings, key=lambda s: (len(s), s)):
        if not any(shorter in string for shorter in kept):
            kept.append(string)  # "fight" suffices for "fights"
    return tuple(kept)


def _key(literal: str) -> str:
    """The literal's least common three-letter piece."""
    pieces = [literal[i : i + _KEY] for i in range(len(literal) - _KEY + 1)]
    return max(pieces, key=lambda piece: (sum(_LETTER_RANK.get(ch, 0) for ch in piece), piece))


class Prefilter:
    """Indexes of the patterns that can match a text, in the patterns' order."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.always: list[int] = []
        self.literals: list[tuple[str, int]] = []
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None or any(len(literal) < _KEY for literal in literals):
                self.always.append(index)
            else:
                self.literals += [(literal, index) for literal in literals]
        self.by_key: dict[str, list[tuple[str, int]]] = {}
        for literal, index in self.literals:
            self.by_key.setdefault(_key(literal), []).append((literal, index))

    def candidates(self, text: str) -> list[int]:
        folded = text.casefold()
        found = set(self.always)
        if len(self.literals) <= _DIRECT:
            found.update(index for literal, index in self.literals if literal in folded)
            return sorted(found)
        for key in {folded[i : i + _KEY] for i in range(len(folded) - _KEY + 1)}:
            for literal, index in self.by_key.get(key, ()):
                if index not in found and literal in folded:
                    found.add(index)
        return sorted(found)

    def select(self, items: Sequence[Any], text: str) -> Iterable[Any]:
        """The items (one per pattern, in the same order) whose pattern can match ``text``."""
        return (items[index] for index in self.candidates(text))
