"""The prefilter skips patterns that cannot match; it must never skip one that does."""

from __future__ import annotations

import re

import pytest

from sitrep.evaluate import GOLD, read_gold_notes
from sitrep.lexicon import Lexicon
from sitrep.mentions import find_actors, find_triggers
from sitrep.prefilter import Prefilter, required_literals


def test_required_literals_reads_alternatives_and_optional_parts() -> None:
    assert required_literals(re.compile(r"(?<![\w-])(?:fight(?:s|ing)?|fought)(?![\w])", re.I)) == (
        "fight",
        "fought",
    )
    # "air ?strikes?" needs "airstrike" or "air strike", whichever way it is written
    assert set(required_literals(re.compile(r"air ?strikes?", re.I)) or ()) == {"airstrike", "air strike"}
    # Case-folded, as the lexicon's patterns ignore case
    assert required_literals(re.compile(r"Kinzh?al", re.I)) == ("kinzal", "kinzhal")


def test_a_pattern_with_no_literal_is_always_run() -> None:
    prefilter = Prefilter([re.compile(r"\d+ killed"), re.compile(r"[A-Z]\w+")])
    assert required_literals(re.compile(r"[A-Z]\w+")) is None
    assert prefilter.candidates("nothing here") == [1]
    assert prefilter.candidates("12 killed in Kyiv") == [0, 1]


def test_a_pattern_is_kept_whatever_the_case_or_the_letters_around_its_words() -> None:
    prefilter = Prefilter([re.compile(r"shell(?:ed|ing)", re.I), re.compile(r"drones?", re.I)])
    assert prefilter.candidates("Troops SHELLED the town") == [0]
    assert prefilter.candidates("Shelling and drones overnight") == [0, 1]
    assert prefilter.candidates("A quiet night") == []


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def _gold_texts() -> list[str]:
    return [note.text for path in sorted(GOLD.glob("acled_style_notes*.tsv")) for note in read_gold_notes(path)]


@pytest.mark.parametrize("group", ["triggers", "weapons", "actors"])
def test_no_pattern_that_matches_a_gold_text_is_skipped(lexicon: Lexicon, group: str) -> None:
    rows = getattr(lexicon, group)
    prefilter = Prefilter([row.pattern for row in rows])
    for text in _gold_texts():
        matching = [index for index, row in enumerate(rows) if row.pattern.search(text)]
        kept = set(prefilter.candidates(text))
        assert not [rows[index].pattern.pattern[:60] for index in matching if index not in kept], text


def test_mentions_are_the_same_with_and_without_the_prefilter(lexicon: Lexicon) -> None:
    unfiltered = Lexicon.load()
    for name, rows in (("trigger_filter", unfiltered.triggers), ("actor_filter", unfiltered.actors)):
        everything = Prefilter([])
        everything.always = list(range(len(rows)))  # every pattern run, as before the prefilter
        unfiltered.__dict__[name] = everything
    for text in _gold_texts()[::7]:
        assert find_triggers(text, 0, lexicon) == find_triggers(text, 0, unfiltered), text
        assert find_actors(text, 0, lexicon) == find_actors(text, 0, unfiltered), text
