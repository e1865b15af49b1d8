"""Loading the gazetteer: its index is cached between runs, and the cache never outlives the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.gazetteer import Gazetteer
from sitrep.lexicon import data_path

# A town no GeoNames table holds, added to a copy of the gazetteer by the tests below.
NEW_TOWN = "990000001\tZavodske Nove\tUA\t14\tKramatorskyi\t48.70000\t37.50000\t1200\tzavodske nove\tzvdsknv\t\n"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data_path("gazetteer.tsv").parent, copy)
    return copy


def test_an_edited_gazetteer_is_read_anew_and_not_through_the_old_cached_index(data_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    first = Gazetteer.load(data_dir)
    assert "zavodske nove" not in first.towns
    assert len(list(cache.glob("gazetteer-*"))) == 1  # the index is kept for the next run
    with (data_dir / "gazetteer.tsv").open("a", encoding="utf-8") as handle:
        handle.write(NEW_TOWN)
    second = Gazetteer.load(data_dir)
    [town] = second.towns["zavodske nove"]
    assert (town.name, town.country_code, town.population) == ("Zavodske Nove", "UA", 1200)
    assert len(second.towns) == len(first.towns) + 1
    # and a third run reads the second index: the same towns
    third = Gazetteer.load(data_dir)
    assert third.towns["zavodske nove"] == [town]
    assert third.towns["bakhmut"] == first.towns["bakhmut"]


def test_a_damaged_cached_index_is_rebuilt(data_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    expected = Gazetteer.load(data_dir).towns["kramatorsk"]
    [index] = cache.glob("gazetteer-*")
    index.write_bytes(b"\x00 not an index")
    assert Gazetteer.load(data_dir).towns["kramatorsk"] == expected
    index.write_bytes(index.read_bytes()[:0])
    assert Gazetteer.load(data_dir).towns["kramatorsk"] == expected


def test_a_cache_that_cannot_be_written_does_not_stop_loading(data_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "cache"))
    gazetteer = Gazetteer.load(data_dir)
    assert gazetteer.towns["bakhmut"][0].country_code == "UA"


@pytest.mark.parametrize(
    ("file_name", "row"),
    [
        ("gazetteer.tsv", "990000002\tNowhere\tUA\t14\t\tnot-a-latitude\t37.5\t10\tnowhere\tnwr\t\n"),
        ("extra_places.tsv", "900000998\tNowhere\t\tCD\t11\tnorth\t28.75\t0\tnone\n"),
    ],
)
def test_a_broken_town_row_names_its_file(data_dir, tmp_path, monkeypatch, file_name, row):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    with (data_dir / file_name).open("a", encoding="utf-8") as handle:
        handle.write(row)
    with pytest.raises(DataFileError, match=file_name.replace(".", r"\.")):
        Gazetteer.load(data_dir)


def test_a_town_added_to_extra_places_is_found_and_read_anew(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    assert "nyabiondo" not in Gazetteer.load(data_dir).towns
    with (data_dir / "extra_places.tsv").open("a", encoding="utf-8") as handle:
        handle.write("900000999\tNyabiondo\tNyabyondo\tCD\t11\t-1.3000\t28.7500\t0\ta test's own row\n")
    gazetteer = Gazetteer.load(data_dir)
    [town] = gazetteer.towns["nyabyondo"]  # by its other name too
    assert (town.name, town.country_code, town.admin1_code) == ("Nyabiondo", "CD", "11")
    assert gazetteer.towns["minova"][0].country_code == "CD"  # the shipped rows stay
