from __future__ import annotations

from sitrep.numbers import parse_count
from sitrep.text import blank_pictographs, find_credits, find_near_duplicates, split_sentences


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "Gen. Valery Zaluzhnyi said troops held. Shelling hit Kharkiv at 5 a.m. on Monday.\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Valery Zaluzhnyi said troops held.",
        "Shelling hit Kharkiv at 5 a.m. on Monday.",
        "A new paragraph.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert sentences[2].paragraph == 1


def test_rewritten_copy_is_a_duplicate_but_other_places_are_not():
    text = (
        "Russian forces shelled the village of Kupiansk in the Kharkiv region on Monday, killing two civilians. "
        "On Monday, Russian forces shelled the village of Kupiansk in the Kharkiv region, killing two civilians there. "
        "Russian forces shelled the village of Izium in the Kharkiv region on Monday, killing two civilians."
    )
    sentences = split_sentences(text)

    def places(sentence: str) -> set[str]:
        return {w for w in ("Kupiansk", "Izium") if w in sentence}

    assert find_near_duplicates(sentences, places) == {1: 0}


def test_credits():
    assert find_credits("With inputs from AP/Reuters") == ["AP", "Reuters"]
    assert find_credits("KYIV (Reuters) - Russian missiles hit the capital.") == ["Reuters"]
    assert find_credits("Shelling continued overnight.") == []


def test_counts_with_qualifiers_and_vague_words():
    assert (parse_count("at least", "nine").value, parse_count("at least", "nine").qualifier) == (9, "at least")
    assert parse_count(None, "twenty-three").value == 23
    assert parse_count(None, "1,200").value == 1200
    assert (parse_count(None, "dozens").value, parse_count(None, "dozens").qualifier) == (12, "vague")
    assert parse_count(None, "nonsense") is None


def test_emoji_read_as_spaces_and_flags_before_arms_as_country_codes():
    text = "⚡️BREAKING 🇺🇦 FPV drones hit a depot. 🇷🇺 Officials deny it 👇"
    read = blank_pictographs(text)
    assert len(read) == len(text)  # offsets still index the post as written
    assert read.split() == ["BREAKING", "UA", "FPV", "drones", "hit", "a", "depot.", "Officials", "deny", "it"]


def test_incl_does_not_end_a_sentence():
    assert [s.text for s in split_sentences("Five died, incl. 2 children. Police came.")] == [
        "Five died, incl. 2 children.",
        "Police came.",
    ]
