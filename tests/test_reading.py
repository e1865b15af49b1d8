"""Every kind of bad input gets a clear, located error and never loses the good records."""

from __future__ import annotations

import json
from datetime import date

from sitrep import errors
from sitrep.models import Article
from sitrep.reading import ReadOptions, read_inputs


def _read(paths, **options):
    records = list(read_inputs([str(p) for p in paths], ReadOptions(**options)))
    good = [r for r in records if isinstance(r, Article)]
    bad = [r for r in records if isinstance(r, errors.SitrepError)]
    return good, bad


def test_jsonl_bad_lines_are_reported_with_line_numbers_and_good_lines_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Shelling hit Kharkiv.", "published": "2023-03-09"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": "Fighting in Bakhmut.", "published": "the day after tomorrow"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "title": "no text"}),
        json.dumps({"id": "e", "text": "Clashes near Avdiivka.", "published": "2023-03-08"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = _read([path])
    assert [a.article_id for a in good] == ["a", "e"]
    assert good[1].published == date(2023, 3, 8)
    located = {str(e).split("] ")[1].split(":")[1] for e in bad}
    assert located == {"2", "3", "4", "5", "6"}
    assert any(isinstance(e, errors.MalformedRecord) and "malformed JSON" in str(e) for e in bad)
    assert any(isinstance(e, errors.BadDate) and "the day after tomorrow" in str(e) for e in bad)


def test_binary_empty_and_undecodable_files(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "latin1.txt").write_bytes("Kämpfe in Bachmut".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Russian forces shelled Kherson on Monday.", encoding="utf-8")
    good, bad = _read([tmp_path])
    assert [a.article_id for a in good] == ["good"]
    kinds = {type(e) for e in bad}
    assert kinds == {errors.BinaryRecord, errors.EmptyRecord, errors.UndecodableRecord}
    assert all(str(tmp_path) in str(e) for e in bad)


def test_oversized_article_is_refused(tmp_path):
    (tmp_path / "huge.txt").write_text("word " * 1000, encoding="utf-8")
    good, bad = _read([tmp_path / "huge.txt"], max_bytes=1000)
    assert good == [] and isinstance(bad[0], errors.RecordTooLarge)


def test_nonsense_and_future_dates_are_refused(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": "x y z", "published": "3023-01-01"})
        + "\n"
        + json.dumps({"text": "x y z", "published": "2023-02-30"})
        + "\n",
        encoding="utf-8",
    )
    good, bad = _read([path])
    assert good == [] and len(bad) == 2 and all(isinstance(e, errors.BadDate) for e in bad)


def test_csv_rows_and_default_publication_date(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        'id,title,text,url\nx1,T,"Shelling in Kherson, officials said.",https://e.org/1\nx2,T,,\n', encoding="utf-8"
    )
    good, bad = _read([path], published=date(2023, 1, 2))
    assert [(a.article_id, a.published, a.url) for a in good] == [("x1", date(2023, 1, 2), "https://e.org/1")]
    assert len(bad) == 1 and ":3" in str(bad[0])


def test_html_main_text_title_and_date_are_extracted(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Strike on Dnipro</title><meta name='date' content='2023-01-15'></head><body>"
        "<nav>Menu Home Sport Weather</nav><article><h1>Strike on Dnipro</h1>"
        "<p>A Russian missile hit an apartment building in Dnipro on Saturday, killing at least 30 people, "
        "officials said. Rescuers searched the rubble through the night for survivors.</p>"
        "<p>The Kh-22 missile struck the nine-storey block in the afternoon, regional officials reported.</p>"
        "</article><footer>Subscribe to our newsletter</footer></body></html>",
        encoding="utf-8",
    )
    good, bad = _read([path])
    assert bad == []
    article = good[0]
    assert article.published == date(2023, 1, 15)
    assert "killing at least 30 people" in article.text
    assert "Subscribe" not in article.text and "Menu Home" not in article.text


def test_missing_input_is_reported(tmp_path):
    good, bad = _read([tmp_path / "nope.txt"])
    assert good == [] and isinstance(bad[0], errors.InputNotFound)
