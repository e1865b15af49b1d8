"""`sitrep watch` against feeds served from a local HTTP server: new items are ingested once,
across restarts; a feed that is down or malformed is retried and never stops the others."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from sitrep.store import Store
from sitrep.watch import Watcher

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><guid>item-1</guid><title>Shelling in Kherson</title><link>{base}/kherson.html</link>
<pubDate>Mon, 06 Mar 2023 08:00:00 GMT</pubDate>
<description>Russian forces shelled Kherson on Monday, killing two civilians.</description></item>
<item><guid>item-2</guid><title>Strike on Odesa</title><link>{base}/missing.html</link>
<pubDate>Tue, 07 Mar 2023 08:00:00 GMT</pubDate>
<description>Russian drones struck Odesa on Tuesday, injuring three people.</description></item>
</channel></rss>"""
PAGE = """<html><head><title>Shelling in Kherson</title></head><body><article><h1>Shelling in Kherson</h1>
<p>Russian forces shelled residential areas of Kherson on Monday, killing two civilians and injuring
five, the regional administration said. A school was damaged in the attack, officials said.</p>
</article></body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        status, body = self.routes.get(self.path, (404, "not found"))
        self.send_response(status)
        self.end_headers()
        self.wfile.write(body.encode("utf-8"))

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.routes = {
        "/feed.xml": (200, FEED.format(base=base)),
        "/kherson.html": (200, PAGE),
        "/down.xml": (500, "server error"),
        "/broken.xml": (200, "this is not a feed <<<"),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def _watcher(store, pipeline, feeds, directory=None, clock=lambda: 0.0):
    ingested: list[str] = []

    def ingest(article):
        ingested.append(article.url or article.origin)
        store.ingest(pipeline.process(article))

    watcher = Watcher(feeds, directory, ingest, store.seen, store.mark_seen, store.record_error, clock=clock)
    return watcher, ingested


def test_feed_items_are_ingested_once_across_restarts(server, tmp_path, pipeline):
    store = Store(str(tmp_path / "watch.db"))
    feeds = [f"{server}/feed.xml", f"{server}/down.xml", f"{server}/broken.xml"]
    watcher, ingested = _watcher(store, pipeline, feeds)
    assert watcher.poll_once() == 2
    # The page is fetched and its main text used; a dead link falls back to the item's summary.
    assert ingested == [f"{server}/kherson.html", f"{server}/missing.html"]
    locations = sorted(e["location"] for e in store.iter_events())
    assert locations == ["Kherson", "Odesa"]
    assert watcher.states[f"{server}/down.xml"].failures == 1
    assert watcher.states[f"{server}/broken.xml"].failures == 1

    restarted, again = _watcher(store, pipeline, feeds)
    assert restarted.poll_once() == 0 and again == []


def test_failing_feed_backs_off_then_recovers(server, tmp_path, pipeline):
    store = Store(str(tmp_path / "watch.db"))
    now = [0.0]
    watcher, _ = _watcher(store, pipeline, [f"{server}/down.xml"], clock=lambda: now[0])
    watcher.poll_once()
    first_retry = watcher.states[f"{server}/down.xml"].next_try
    assert first_retry == 30.0
    watcher.poll_once()  # not due yet: no second failure
    assert watcher.states[f"{server}/down.xml"].failures == 1
    now[0] = 31.0
    watcher.poll_once()
    assert watcher.states[f"{server}/down.xml"].failures == 2
    assert watcher.states[f"{server}/down.xml"].next_try == 31.0 + 60.0
    _Handler.routes["/down.xml"] = _Handler.routes["/feed.xml"]
    now[0] = 200.0
    assert watcher.poll_once() == 2
    assert watcher.states[f"{server}/down.xml"].failures == 0


def test_directory_files_are_ingested_once(tmp_path, pipeline):
    store = Store(str(tmp_path / "watch.db"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Russian forces shelled Sumy on Friday, killing one civilian.", encoding="utf-8")
    (inbox / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    watcher, ingested = _watcher(store, pipeline, [], Path(inbox))
    assert watcher.poll_once() == 1
    assert watcher.poll_once() == 0
    (inbox / "b.txt").write_text("Ukrainian troops repelled an assault near Avdiivka on Friday.", encoding="utf-8")
    assert watcher.poll_once() == 1
    assert len(store.errors()) == 1
