"""The command line as a user runs it: formats, files, stdin, workers, bad records."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from sitrep.export import ACLED_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))
FIXTURE = ROOT / "tests" / "fixtures" / "night_strikes.txt"


def sitrep(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args], input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    rows = [
        {
            "id": "k1",
            "text": "Russian forces shelled Kherson on Monday, killing two civilians.",
            "published": "2023-03-09",
            "outlet": "Wire A",
            "url": "https://a.example/1",
        },
        "this line is broken {",
        {
            "id": "k2",
            "text": "Ukrainian troops repelled an assault near Avdiivka on Tuesday.",
            "published": "2023-03-09",
        },
        {
            "id": "k3",
            "text": "Protesters rallied in Tbilisi on Saturday against the new law.",
            "published": "2023-03-09",
        },
    ]
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_output_validates_against_the_published_schema(feed):
    result = sitrep("extract", str(feed))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["article_id"] for e in events] == ["k1", "k2", "k3"]
    for event in events:
        jsonschema.validate(event, SCHEMA)
    assert events[0]["source"] == "Wire A" and events[0]["source_url"] == "https://a.example/1"


def test_bad_record_is_named_and_counted_and_the_rest_survive(feed):
    result = sitrep("extract", str(feed))
    assert f"{feed}:2" in result.stderr and "malformed JSON" in result.stderr
    assert "3 articles, 3 events, 1 bad records" in result.stderr


def test_acled_csv_has_acled_columns_in_order(feed, tmp_path):
    out = tmp_path / "events.csv"
    result = sitrep("extract", str(feed), "--format", "acled", "-o", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == ACLED_COLUMNS
    assert rows[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert rows[0]["fatalities"] == "2" and rows[0]["iso"] == "804"
    assert rows[0]["civilian_targeting"] == "Civilian targeting"


def test_geojson_points_are_lon_lat(feed):
    result = sitrep("extract", str(feed), "--format", "geojson")
    collection = json.loads(result.stdout)
    kherson = collection["features"][0]
    lon, lat = kherson["geometry"]["coordinates"]
    assert 32.4 < lon < 32.8 and 46.5 < lat < 46.8


def test_stdin_and_published_flag():
    result = sitrep(
        "extract",
        "-",
        "--published",
        "2023-03-09",
        "--format",
        "json",
        stdin="Russian drones struck Odesa overnight, injuring three people.",
    )
    events = json.loads(result.stdout)
    assert len(events) == 1
    assert events[0]["event_date"] == "2023-03-09" and events[0]["location"] == "Odesa"
    assert events[0]["injuries"] == 3


def test_bad_published_flag_is_a_clear_error():
    result = sitrep("extract", "-", "--published", "someday", stdin="text")
    assert result.returncode == 2 and "someday" in result.stderr


def test_two_workers_give_the_same_events_in_the_same_order(feed, tmp_path):
    one = sitrep("extract", str(feed), str(FIXTURE), "--published", "2023-02-14")
    two = sitrep("extract", str(feed), str(FIXTURE), "--published", "2023-02-14", "--jobs", "2")
    assert two.returncode == 0, two.stderr
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 6


def test_unknown_model_is_a_clear_error(feed):
    result = sitrep("extract", str(feed), "--model", "no_such_model_xyz")
    assert result.returncode == 2 and "no_such_model_xyz" in result.stderr


def test_claims_csv_and_claims_inside_json(tmp_path):
    text = (ROOT / "tests" / "fixtures" / "contested_raid.txt").read_text(encoding="utf-8")
    out = tmp_path / "claims.csv"
    result = sitrep("extract", "-", "--published", "2023-08-10", "--format", "claims", "-o", str(out), stdin=text)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    denial = next(r for r in rows if r["stance"] == "denies")
    assert denial["claimant"] == "Government of Ukraine" and denial["denies"]
    events = json.loads(sitrep("extract", "-", "--published", "2023-08-10", "--format", "json", stdin=text).stdout)
    for event in events:
        jsonschema.validate(event, SCHEMA)
    contested = next(e for e in events if e["status"] == "contested")
    assert {c["claimant"] for c in contested["claims"]} >= {"Russian Defense Ministry", "Government of Ukraine"}


def test_repeated_passages_are_flagged_in_the_output():
    result = sitrep("extract", str(FIXTURE), "--published", "2023-02-14", "--format", "json")
    events = json.loads(result.stdout)
    passages = events[0]["repeated_passages"]
    assert len(passages) == 1 and passages[0]["text"].startswith("In an effort to break civilian morale")


def test_ingest_events_export_errors_from_the_command_line(feed, tmp_path):
    db = tmp_path / "cli.db"
    first = sitrep("ingest", str(feed), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "3 added" in first.stderr and "1 bad records" in first.stderr
    again = sitrep("ingest", str(feed), "--db", str(db))
    assert "3 already stored" in again.stderr
    listed = [json.loads(line) for line in sitrep("events", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    assert {e["location"] for e in listed} == {"Kherson", "Avdiivka", "Tbilisi"}
    kherson_only = sitrep("export", "--db", str(db), "--format", "geojson", "--bbox", "32,46,33.5,47.5")
    assert [f["properties"]["location"] for f in json.loads(kherson_only.stdout)["features"]] == ["Kherson"]
    protests = sitrep("events", "--db", str(db), "--format", "jsonl", "--type", "Protests", "--since", "2023-03-01")
    assert [json.loads(line)["location"] for line in protests.stdout.splitlines()] == ["Tbilisi"]
    parquet = tmp_path / "events.parquet"
    assert sitrep("export", "--db", str(db), "--format", "parquet", "-o", str(parquet)).returncode == 0
    assert parquet.stat().st_size > 0
    errors_listed = sitrep("errors", "--db", str(db))
    assert f"{feed}:2" in errors_listed.stdout and "1 errors" in errors_listed.stderr
