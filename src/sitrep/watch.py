"""Live monitoring: follow RSS/Atom feeds and a directory, and ingest what is new.

Feeds are read with feedparser; an item's article is the page its link points to (main text
taken out by trafilatura) or, when that cannot be fetched, the item's own summary. Items already
seen are recorded in the store, so nothing is ingested twice across restarts. A feed that is
down or malformed is logged and retried with exponential backoff; it never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep import errors
from sitrep.models import Article
from sitrep.reading import ReadOptions, article_from_html, make_article, read_inputs
from sitrep.timeparse import parse_published

log = logging.getLogger(__name__)

# Backoff for a failing feed: first retry after 30 s, doubling up to an hour.
FIRST_BACKOFF_S = 30.0
MAX_BACKOFF_S = 3600.0
FETCH_TIMEOUT_S = 20.0


@dataclass
class FeedState:
    url: str
    failures: int = 0
    next_try: float = 0.0


@dataclass
class Watcher:
    """Polls feeds and a directory; ``ingest`` stores one article, ``seen``/``mark`` remember items."""

    feeds: list[str]
    directory: Path | None
    ingest: Callable[[Article], None]
    seen: Callable[[str, str], bool]
    mark: Callable[[str, str], None]
    report_error: Callable[[errors.SitrepError], None]
    read_options: ReadOptions = field(default_factory=ReadOptions)
    clock: Callable[[], float] = time.monotonic
    states: dict[str, FeedState] = field(default_factory=dict)

    def poll_once(self) -> int:
        """One pass over every feed that is due and the directory; returns articles ingested."""
        count = 0
        for url in self.feeds:
            state = self.states.setdefault(url, FeedState(url))
            if self.clock() < state.next_try:
                continue
            try:
                count += self._poll_feed(url)
                state.failures, state.next_try = 0, 0.0
            except Exception as exc:  # a feed that is down or malformed: log, back off, go on
                state.failures += 1
                delay = min(FIRST_BACKOFF_S * 2 ** (state.failures - 1), MAX_BACKOFF_S)
                state.next_try = self.clock() + delay
                log.warning("feed %s failed (%s); retrying in %.0f s", url, exc, delay)
        if self.directory is not None:
            count += self._poll_directory(self.directory)
        return count

    def run(self, interval: float, max_polls: int | None = None) -> None:
        polls = 0
        while max_polls is None or polls < max_polls:
            self.poll_once()
            polls += 1
            if max_polls is None or polls < max_polls:
                time.sleep(interval)

    def _poll_feed(self, url: str) -> int:
        import feedparser

        raw = _fetch(url)
        parsed = feedparser.parse(raw)
        if parsed.bozo and not parsed.entries:
            raise ValueError(f"malformed feed: {parsed.bozo_exception}")
        count = 0
        for entry in parsed.entries:
            item_id = entry.get("id") or entry.get("link") or hashlib.sha1(str(entry.get("title")).encode()).hexdigest()
            if self.seen(url, item_id):
                continue
            article = self._article(url, entry)
            if article is not None:
                self.ingest(article)
                count += 1
            self.mark(url, item_id)
        return count

    def _article(self, feed: str, entry: dict) -> Article | None:
        origin = f"{feed}#{entry.get('id') or entry.get('link')}"
        published = None
        if entry.get("published_parsed"):
            published = date(*entry["published_parsed"][:3])
        elif entry.get("published"):
            try:
                published = parse_published(entry["published"], origin)
            except errors.SitrepError:
                published = None
        options = ReadOptions(published=published or self.read_options.published, max_bytes=self.read_options.max_bytes)
        fields = {
            "id": entry.get("id"),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "outlet": feed,
            "published": published.isoformat() if published else None,
        }
        try:
            if entry.get("link"):
                try:
                    html = _fetch(entry["link"]).decode("utf-8", "replace")
                    return article_from_html(html, origin, options, fields)
                except (OSError, errors.SitrepError) as exc:
                    log.info("could not fetch %s (%s); using the feed's summary", entry["link"], exc)
            summary = entry.get("summary") or ""
            return make_article({**fields, "text": f"{entry.get('title', '')}. {summary}".strip()}, origin, options)
        except errors.SitrepError as exc:
            self.report_error(exc)
            return None

    def _poll_directory(self, directory: Path) -> int:
        count = 0
        for path in sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith(".")):
            stat = path.stat()
            item_id = f"{path.relative_to(directory)}:{stat.st_size}:{int(stat.st_mtime)}"
            if self.seen(str(directory), item_id):
                continue
            for record in read_inputs([str(path)], self.read_options):
                if isinstance(record, errors.SitrepError):
                    self.report_error(record)
                else:
                    self.ingest(record)
                    count += 1
            self.mark(str(directory), item_id)
        return count


def _fetch(url: str) -> bytes:
    if url.startswith(("http://", "https://")):
        request = urllib.request.Request(url, headers={"User-Agent": "sitrep/0.1 (+feed monitor)"})
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:  # noqa: S310 - user-given feed URLs
            return bytes(response.read())
    return Path(url).read_bytes()
