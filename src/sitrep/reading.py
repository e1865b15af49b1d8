"""Reading articles from files, directories, JSONL, CSV, HTML and stdin.

This is one of the two stages that do I/O. Each input record becomes an ``Article`` or a
``SitrepError`` naming the file and line/record; a bad record never stops the others.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from sitrep import errors
from sitrep.models import Article
from sitrep.timeparse import parse_published

log = logging.getLogger(__name__)

# 5 MB of text is several hundred times a long news article; bigger records are dumps or
# binaries mislabelled as text and would stall the pipeline.
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
JSON_SUFFIXES = {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | JSON_SUFFIXES


@dataclass
class ReadOptions:
    published: date | None = None
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES


Record = Article | errors.SitrepError


def read_inputs(paths: list[str], options: ReadOptions) -> Iterator[Record]:
    for raw_path in paths:
        if raw_path == "-":
            yield from _read_blob(sys.stdin.buffer.read(), "<stdin>", None, options)
            continue
        path = Path(raw_path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES and not child.name.startswith("."):
                    yield from _read_file(child, options)
        elif path.is_file():
            yield from _read_file(path, options)
        else:
            yield errors.InputNotFound("no such file or directory", record=raw_path)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            yield from _read_jsonl(handle, str(path), options)
        return
    if path.stat().st_size > options.max_bytes and suffix not in CSV_SUFFIXES | JSON_SUFFIXES:
        yield errors.RecordTooLarge(
            f"{path.stat().st_size} bytes is over the limit of {options.max_bytes}", record=str(path)
        )
        return
    yield from _read_blob(path.read_bytes(), str(path), suffix, options)


def _read_blob(data: bytes, origin: str, suffix: str | None, options: ReadOptions) -> Iterator[Record]:
    try:
        text = decode_bytes(data, origin)
    except errors.SitrepError as exc:
        yield exc
        return
    kind = suffix if suffix is not None else _sniff(text)
    if kind in JSONL_SUFFIXES:
        yield from _read_jsonl(io.BytesIO(data), origin, options)
    elif kind in CSV_SUFFIXES:
        yield from _read_csv(text, origin, options)
    elif kind in JSON_SUFFIXES:
        yield from _read_json(text, origin, options)
    elif kind in HTML_SUFFIXES:
        yield _guard(lambda: article_from_html(text, origin, options), origin)
    else:
        yield _guard(
            lambda: make_article({"text": text}, origin, options, default_id=Path(origin).stem),
            origin,
        )


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("["):
        return ".json"
    if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
        return ".html"
    return ".txt"


def decode_bytes(data: bytes, origin: str) -> str:
    if not data.strip():
        raise errors.EmptyRecord("the record is empty", record=origin)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    # NUL bytes do not occur in any text encoding news is published in, but are common in
    # binaries (PDF, images, archives) passed by mistake.
    if b"\x00" in data[:8192]:
        raise errors.BinaryRecord("looks like a binary file, not text", record=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise errors.UndecodableRecord(
            f"not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); re-encode the file as UTF-8",
            record=origin,
        ) from None


def _guard(build: Callable[[], Article], origin: str) -> Record:
    try:
        return build()
    except errors.SitrepError as exc:
        return exc


def _read_jsonl(handle: io.BufferedIOBase | io.BytesIO, origin: str, options: ReadOptions) -> Iterator[Record]:
    for lineno, raw in enumerate(handle, start=1):
        where = f"{origin}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > options.max_bytes:
            yield errors.RecordTooLarge(
                f"line of {len(raw)} bytes is over the limit of {options.max_bytes}", record=where
            )
            continue
        try:
            line = decode_bytes(raw, where)
            obj = json.loads(line)
        except errors.SitrepError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield errors.MalformedRecord(f"malformed JSON ({exc.msg} at column {exc.colno})", record=where)
            continue
        if not isinstance(obj, dict):
            yield errors.MalformedRecord("a JSON line must be an object", record=where)
            continue
        yield _guard(partial(make_article, obj, where, options), where)


def _read_json(text: str, origin: str, options: ReadOptions) -> Iterator[Record]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield errors.MalformedRecord(f"malformed JSON ({exc.msg} at line {exc.lineno})", record=origin)
        return
    items = obj if isinstance(obj, list) else [obj]
    for index, item in enumerate(items):
        where = f"{origin}[{index}]"
        if not isinstance(item, dict):
            yield errors.MalformedRecord("each article must be a JSON object", record=where)
            continue
        yield _guard(partial(make_article, item, where, options), where)


def _read_csv(text: str, origin: str, options: ReadOptions) -> Iterator[Record]:
    csv.field_size_limit(max(options.max_bytes * 2, 131072))
    reader = csv.DictReader(io.StringIO(text))
    try:
        for row in reader:
            # line_num is the reader's position, the row's last physical line.
            where = f"{origin}:{reader.line_num}"
            yield _guard(partial(make_article, row, where, options), where)
    except csv.Error as exc:
        yield errors.MalformedRecord(f"CSV error: {exc}", record=f"{origin}:{reader.line_num}")


def article_from_html(html: str, origin: str, options: ReadOptions, fields: dict | None = None) -> Article:
    import trafilatura  # heavy import, only when HTML is actually read

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise errors.EmptyRecord("no article text found in the HTML", record=origin)
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    merged = {
        "text": meta.get("text") or "",
        "title": meta.get("title") or "",
        "published": meta.get("date"),
        "url": meta.get("url"),
        "outlet": meta.get("sitename") or meta.get("hostname"),
    }
    for key, value in (fields or {}).items():
        if value not in (None, "") and key != "html":
            merged[key] = value
    return make_article(merged, origin, options, default_id=Path(origin.split(":")[0]).stem)


def make_article(fields: dict, origin: str, options: ReadOptions, default_id: str | None = None) -> Article:
    if fields.get("html") and not fields.get("text"):
        return article_from_html(str(fields["html"]), origin, options, fields)
    text = fields.get("text")
    if text is None:
        raise errors.MalformedRecord("no 'text' or 'html' field", record=origin)
    if not isinstance(text, str):
        raise errors.MalformedRecord("'text' must be a string", record=origin)
    if not text.strip():
        raise errors.EmptyRecord("the article text is empty", record=origin)
    if len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise errors.RecordTooLarge(f"text is over the limit of {options.max_bytes} bytes", record=origin)
    if "\x00" in text:
        raise errors.BinaryRecord("text contains NUL bytes", record=origin)
    published = options.published
    if fields.get("published"):
        published = parse_published(str(fields["published"]), origin)
    article_id = str(fields.get("id") or "") or default_id or _content_id(text)
    return Article(
        article_id=article_id,
        text=text,
        title=str(fields.get("title") or ""),
        published=published,
        url=fields.get("url") or None,
        outlet=fields.get("outlet") or None,
        origin=origin,
    )


def _content_id(text: str) -> str:
    return "a-" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]
