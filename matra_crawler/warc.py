"""Archive capture: every HTTP response the crawl receives, as WARC 1.1.

`WarcCapture` (a Scrapy extension, on unless WARC_ENABLED=False) listens to
`response_downloaded`, where the body is still as the server sent it (gzip
stays gzip, with its Content-Encoding; only the chunked framing is gone),
and writes per response, each record its own gzip member:

    response   status line, headers and body as received; WARC-Date = fetch
               time, WARC-Payload-Digest, WARC-IP-Address when known
    request    the request as the downloader sent it (WARC-Concurrent-To)
    metadata   what the spider noted for the page (request.meta["warc_metadata"],
               JSON; WARC-Refers-To the response, URI urn:matra-crawler:page-notes:<url>),
               for `extract --warc`
    revisit    instead of `response` when the same URL answered the same
               payload before (identical-payload-digest profile)
    resource   a browser-rendered page (scrapy-playwright): the DOM the
               browser serialized, not bytes a server sent; beside it, as
               `response` records tied to it by WARC-Concurrent-To, each
               document the browser's main frame received on the way
               (`BrowserNavigations`), WARC-Browser-Navigation saying which
               was the page (final) and which it left (interstitial: a bot
               check that reloaded; redirect)

The WARC is named after the feed, beside it (`<feed stem>.warc.gz`, then
`<stem>.1.warc.gz`... past WARC_MAX_SIZE), and written as `.part` like the
feed: `finalize()` renames it into place, and the feed storage calls it
before it renames the feed (feedstorage.AtomicFileFeedStorage.store), so a
feed never names a WARC that is not stored. A file of that name that exists
already is extended, never replaced: records an earlier feed points at stay
where they were.

Each captured response's link (`capture_link`) travels in its request's
meta under `CAPTURE_META`: {"link": {filename, offset, length, record_id,
payload_digest}, "fetched_at"}; the spider copies the link into the item.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from . import __version__
from .feedstorage import feed_paths, remove_stale_parts
from .files import fsync_dir

logger = logging.getLogger(__name__)

WARC_VERSION = "1.1"
WARC_SUFFIX = ".warc.gz"
CAPTURE_META = "warc_capture"      # request.meta key the extension sets
METADATA_META = "warc_metadata"    # request.meta key the spider may set
BROWSER_META = "warc_browser"      # request.meta key: the page's BrowserNavigations
BROWSER_NAVIGATION = "WARC-Browser-Navigation"   # final | interstitial | redirect
DIGEST_INDEX = "warc-digests.sqlite3"
NOTES_URI = "urn:matra-crawler:page-notes:"   # + the page's URL: its metadata record
# Headers that describe the connection, not the body we store: Twisted has
# already undone the chunked framing, so the stored message would lie.
HOP_BY_HOP = {b"transfer-encoding", b"connection", b"keep-alive"}


# ----------------------------------------------------------- pure helpers --
def payload_digest(body: bytes) -> str:
    """WARC-Payload-Digest as warcio and pywb write it: sha1, base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_name(feed: Path, number: int = 0) -> Path:
    """The number-th WARC of a feed: `<stem>.warc.gz`, `<stem>.1.warc.gz`..."""
    stem = feed.name[:-len(feed.suffix)] if feed.suffix else feed.name
    return feed.with_name(f"{stem}{f'.{number}' if number else ''}{WARC_SUFFIX}")


def revisit_root(feed: Path, output_dir: Path) -> Path:
    """The folder whose stored WARCs a crawl's revisits may refer to:
    OUTPUT_DIR when the feed lies under it (the nightly's layout), else the
    feed's own folder (a -O feed elsewhere)."""
    feed, output_dir = feed.resolve(), output_dir.resolve()
    return output_dir if feed.is_relative_to(output_dir) else feed.parent


@lru_cache(maxsize=64)   # once per file, not per page: resolve() costs syscalls
def link_filename(path: Path, output_dir: Path) -> str:
    """A WARC's name in an item: relative to OUTPUT_DIR when it lies under
    it (the feeds' own layout), else absolute (a -O feed elsewhere)."""
    path, output_dir = path.resolve(), output_dir.resolve()
    try:
        return path.relative_to(output_dir).as_posix()
    except ValueError:
        return path.as_posix()


def warc_date(moment: datetime) -> str:
    return datetime_to_iso_date(moment.astimezone(timezone.utc).replace(tzinfo=None), use_micros=True)


def status_line(status: int) -> str:
    # Scrapy keeps the status code, not the server's reason phrase: the
    # standard phrase stands in (replay tools read only the code).
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def header_pairs(headers) -> list[tuple[str, str]]:
    """Scrapy Headers as (name, value) pairs, repeated headers kept."""
    pairs = []
    for name, values in headers.items():
        if name.lower() in HOP_BY_HOP:
            continue
        pairs += [(name.decode("latin-1"), value.decode("latin-1")) for value in values]
    return pairs


def consistent_headers(pairs: list[tuple[str, str]], length: int) -> list[tuple[str, str]]:
    """Headers for a body stored decoded (what a browser hands over): no
    Content-Encoding or framing that no longer applies, the true length."""
    stale = HOP_BY_HOP | {b"content-encoding", b"content-length"}
    kept = [(name, value) for name, value in pairs if name.lower().encode("latin-1") not in stale]
    return kept + [("Content-Length", str(length))]


def navigation_roles(statuses: list[int]) -> list[str]:
    """What each document the browser's main frame received was to the page
    it ended on: the last is the page (final); one it left by a 3xx is a
    redirect; one it left otherwise (a bot check's script reloading) is an
    interstitial."""
    return ["final" if n == len(statuses) - 1 else "redirect" if 300 <= status < 400 else "interstitial"
            for n, status in enumerate(statuses)]


def request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


# -------------------------------------------------------- browser responses --
@dataclass
class BrowserResponse:
    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes          # decoded by the browser; empty for a redirect (it keeps none)
    ip_address: str | None
    received_at: datetime
    truncated: str | None = None   # WARC-Truncated when the browser dropped the body


class BrowserNavigations:
    """A scrapy-playwright "response" page event handler (one per request,
    in meta["playwright_page_event_handlers"]): keeps what the page's main
    frame received as documents (the bot check, the redirects, the page)
    while the page is open. `settle` is a page method run last, so every
    body is read before scrapy-playwright closes the page."""

    SETTLE_TIMEOUT = 10.0

    def __init__(self):
        self.responses: list[BrowserResponse] = []
        self.reading: list[asyncio.Future] = []

    def __call__(self, response) -> None:
        if response.frame.parent_frame is not None or not response.request.is_navigation_request():
            return   # scripts, images, frames: not the page
        self.reading.append(asyncio.ensure_future(self.read(response, datetime.now(timezone.utc))))

    async def read(self, response, received_at: datetime) -> None:
        body, truncated = b"", None
        if not 300 <= response.status < 400:   # a redirect's body the browser keeps not
            try:
                body = await response.body()
            except Exception as error:
                # The page went on (a bot check reloading at once) and the
                # browser let the body go: kept as a truncated record.
                logger.debug("Body of %s not available: %s", response.url, error)
                truncated = "unspecified"
        try:
            headers = [(h["name"], h["value"]) for h in await response.headers_array()]
        except Exception:
            headers = list(response.headers.items())   # as the browser first reported them
        ip_address = None
        try:
            ip_address = (await response.server_addr() or {}).get("ipAddress")
        except Exception:
            pass
        self.responses.append(BrowserResponse(response.url, response.status, response.status_text,
                                              headers, body, ip_address, received_at, truncated))

    async def settle(self, page) -> None:
        if self.reading:
            await asyncio.wait(self.reading, timeout=self.SETTLE_TIMEOUT)

    def take(self) -> list[BrowserResponse]:
        """The documents in the order received; forgotten here once taken."""
        taken = sorted(self.responses, key=lambda r: r.received_at)
        self.responses, self.reading = [], []
        return taken


# ------------------------------------------------------------ digest index --
class DigestIndex:
    """Which URL answered which payload, and where that payload is stored:
    (url, payload digest) -> the response record. Keyed by URL, so a crawl
    revisits only its own URLs: two mirrors of a site (two origins) never
    refer into each other's files, and a record outside this crawl's
    OUTPUT_DIR (`root`, see revisit_root) is never referred to either (an
    archive of OUTPUT_DIR holds every payload its revisits name).

    Rows of this crawl wait in a private temporary database (on disk,
    deleted when the crawl ends, however it ends) until its WARC is stored
    (`commit`), so a revisit never refers to a record in a `.part` file that
    a killed crawl left behind, and memory does not grow with the crawl.
    Without a path (STATE_DIR empty) it remembers this crawl only."""

    COLUMNS = "url, payload_digest, path, offset, length, record_id, date"

    def __init__(self, path: Path | None, root: Path):
        self.root = root.resolve()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # "" is SQLite's private temporary database, on disk and never shared.
        self.db = sqlite3.connect(path if path is not None else "", timeout=30, isolation_level=None)
        if path is not None:
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("ATTACH DATABASE '' AS pending")
        # Scratch rows: no journal file to write, nothing to sync.
        self.db.execute("PRAGMA pending.journal_mode=MEMORY")
        self.db.execute("PRAGMA pending.synchronous=OFF")
        for schema in ("main", "pending"):
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {schema}.captures (url TEXT NOT NULL, "
                            "payload_digest TEXT NOT NULL, path TEXT NOT NULL, "
                            "offset INTEGER NOT NULL, length INTEGER NOT NULL, "
                            "record_id TEXT NOT NULL, date TEXT NOT NULL, "
                            "PRIMARY KEY (url, payload_digest))")
        self.pending = 0

    def lookup(self, url: str, digest: str) -> dict | None:
        for schema in ("pending", "main"):
            row = self.db.execute(f"SELECT path, offset, length, record_id, date FROM {schema}.captures "
                                  "WHERE url = ? AND payload_digest = ?", (url, digest)).fetchone()
            if row and (schema == "pending" or self.stored_here(Path(row[0]))):
                return dict(zip(("path", "offset", "length", "record_id", "date"), row))
        return None

    def stored_here(self, path: Path) -> bool:
        """A stored WARC under this crawl's OUTPUT_DIR."""
        return path.is_relative_to(self.root) and path.exists()

    def add(self, url: str, digest: str, entry: dict) -> None:
        self.db.execute(f"INSERT OR REPLACE INTO pending.captures ({self.COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (url, digest, entry["path"], entry["offset"], entry["length"], entry["record_id"],
                         entry["date"]))
        self.pending += 1

    def commit(self) -> None:
        if self.pending:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute(f"INSERT OR REPLACE INTO main.captures ({self.COLUMNS}) "
                                f"SELECT {self.COLUMNS} FROM pending.captures")
                self.db.execute("DELETE FROM pending.captures")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.pending = 0

    def close(self) -> None:
        self.db.close()


# ------------------------------------------------------------- WARC files --
class RotatingWarc:
    """The WARC files of one feed, written as `.part`, a new file begun once
    the current one reaches `max_size` (a capture is never split)."""

    def __init__(self, feed: Path, max_size: int, warcinfo: dict):
        self.feed = feed.resolve()
        self.max_size = max_size
        self.warcinfo = warcinfo
        self.number = -1
        self.file = None
        self.finals: list[Path] = []
        self.damaged = False   # a failed write could not be cut off again
        self.writer = WARCWriter(None, gzip=True, warc_version=WARC_VERSION)

    @property
    def path(self) -> Path:
        return self.finals[-1]

    def ensure_room(self) -> None:
        while self.file is None or self.file.tell() >= self.max_size:
            self.close_current()
            self.number += 1
            final = warc_name(self.feed, self.number)
            part = final.with_name(final.name + ".part")
            final.parent.mkdir(parents=True, exist_ok=True)
            if self.number == 0:
                remove_stale_parts(final)   # what killed crawls left
            if final.exists():
                shutil.copyfile(final, part)   # extended, never replaced
            self.file = part.open("ab")
            self.finals.append(final)
            if self.file.tell() < self.max_size:
                self.write(self.writer.create_warcinfo_record(final.name, self.warcinfo))

    def write(self, record) -> tuple[int, int]:
        """(offset, length) of the record's gzip member. A failed write is
        cut off again, so the file holds whole records only."""
        offset = self.file.tell()
        try:
            self.writer.out = self.file
            self.writer.write_record(record)
            self.file.flush()
        except BaseException:
            try:
                self.file.seek(offset)
                self.file.truncate()
            except OSError:
                self.damaged = True
            raise
        return offset, self.file.tell() - offset

    def close_current(self) -> None:
        if self.file is not None:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            self.file = None

    def store(self) -> list[Path]:
        """fsync, close and rename every file into place."""
        self.close_current()
        for final in self.finals:
            part = final.with_name(final.name + ".part")
            if part.exists():
                os.replace(part, final)
        if self.finals:
            fsync_dir(self.finals[0].parent)
        return self.finals


# -------------------------------------------------------------- extension --
class WarcCapture:
    """Captures every downloaded response into the feed's WARC (see the
    module doc). Settings: WARC_ENABLED, WARC_MAX_SIZE; the digest index of
    earlier captures lives in STATE_DIR (none without one)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_size = crawler.settings.getint("WARC_MAX_SIZE")
        self.output_dir = Path(crawler.settings.get("OUTPUT_DIR") or ".")
        state_dir = crawler.settings.get("STATE_DIR")
        self.index = DigestIndex(Path(state_dir) / DIGEST_INDEX if state_dir else None, self.output_dir)
        self.warc: RotatingWarc | None = None
        self.stored: list[Path] | None = None
        self.broken: Exception | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("WARC_ENABLED"):
            raise NotConfigured
        capture = cls(crawler)
        crawler.signals.connect(capture.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(capture.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(capture.engine_stopped, signal=signals.engine_stopped)
        return capture

    # -- where ------------------------------------------------------------
    def open_warc(self) -> RotatingWarc:
        spider = self.crawler.spider
        feeds = feed_paths(self.crawler)
        site = getattr(spider, "site_name", spider.name)
        run_id = getattr(spider, "run_id", None) or "run"
        feed = feeds[0] if feeds else self.output_dir / site / f"{run_id}.jsonl"
        info = {"software": f"matra_crawler/{__version__} (Scrapy, warcio)",
                "format": f"WARC File Format {WARC_VERSION}", "isPartOf": site,
                "description": f"site {site}, run {run_id}",
                "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                "http-header-user-agent": self.crawler.settings.get("USER_AGENT")}
        self.index.root = revisit_root(Path(feed), self.output_dir)
        return RotatingWarc(Path(feed), self.max_size, info)

    # -- capture ----------------------------------------------------------
    def response_downloaded(self, response, request, spider):
        if self.stored is not None:
            self.stats.inc_value("warc/after_store")
            return
        fetched_at = datetime.now(timezone.utc)
        try:
            if self.warc is None:
                self.warc = self.open_warc()
            self.warc.ensure_room()
            link, record_id = self.capture(response, request, fetched_at)
        except Exception as error:
            # The page goes on without a link: the spider drops its article
            # (not_captured), so it stays unexported and is fetched again.
            self.stats.inc_value(f"warc/failed/{type(error).__name__}")
            logger.error("Could not archive %s: %s", response.url, error)
            if self.warc is not None and self.warc.damaged:
                self.broken = error
            return
        request.meta[CAPTURE_META] = {"link": link, "record_id": record_id,
                                      "fetched_at": fetched_at.isoformat()}

    def capture(self, response, request, fetched_at: datetime) -> tuple[dict, str]:
        """Writes the records of one response: (the item's link, the id of
        the record written for this fetch)."""
        date = warc_date(fetched_at)
        body = response.body
        digest = payload_digest(body)
        warc_headers = {"WARC-Date": date, "WARC-Payload-Digest": digest}
        if response.ip_address is not None:
            warc_headers["WARC-IP-Address"] = str(response.ip_address)
        if "playwright" in response.flags:
            return self.capture_rendered(response, request, date, digest, warc_headers)
        http = StatusAndHeaders(status_line(response.status), header_pairs(response.headers),
                                protocol=response.protocol or "HTTP/1.1")
        record, earlier = self.http_record(response.url, http, body, digest, warc_headers)
        link, record_id = self.write_capture(record, request, response.url, digest, date)
        if earlier is not None:
            self.stats.inc_value("warc/revisit")
            # The item links to the record that holds the payload.
            return self.link(Path(earlier["path"]), earlier, digest), record_id
        self.stats.inc_value("warc/response")
        return link, record_id

    def http_record(self, url: str, http: StatusAndHeaders, body: bytes, digest: str,
                    warc_headers: dict) -> tuple:
        """A response record, or a revisit when this URL answered this
        payload before: (the record, the earlier capture or None)."""
        writer = self.warc.writer
        earlier = self.index.lookup(url, digest)
        if earlier is None:
            return writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                             http_headers=http, warc_headers_dict=warc_headers), None
        record = writer.create_revisit_record(url, digest, url, earlier["date"],
                                              http_headers=http, warc_headers_dict=warc_headers)
        record.rec_headers.add_header("WARC-Refers-To", earlier["record_id"])
        return record, earlier

    def capture_rendered(self, response, request, date: str, digest: str,
                         warc_headers: dict) -> tuple[dict, str]:
        """A browser-rendered page: the DOM the browser serialized, a
        resource of our making (no status, no headers), which the item links
        to; and, tied to it, the documents the browser received for it."""
        writer, body = self.warc.writer, response.body
        content_type = response.headers.get(b"Content-Type", b"text/html").decode("latin-1")
        resource = writer.create_warc_record(response.url, "resource", payload=BytesIO(body),
                                             length=len(body), warc_content_type=content_type,
                                             warc_headers_dict=warc_headers)
        navigations = request.meta.get(BROWSER_META)
        received = navigations.take() if navigations is not None else []
        for raw, role in zip(received, navigation_roles([raw.status for raw in received])):
            record_id = self.write_browser_response(raw, role, resource.rec_headers.get_header("WARC-Record-ID"))
            resource.rec_headers.add_header("WARC-Concurrent-To", record_id)
        if not received:
            self.stats.inc_value("warc/browser_response_unavailable")
        self.stats.inc_value("warc/resource")
        return self.write_capture(resource, request, response.url, digest, date, with_request=False)

    def write_browser_response(self, raw: BrowserResponse, role: str, resource_id: str) -> str:
        """One document as the browser received it: status line and headers
        as sent, the body as the browser decoded it (headers made to match)."""
        digest = payload_digest(raw.body)
        headers = {"WARC-Date": warc_date(raw.received_at), "WARC-Payload-Digest": digest,
                   "WARC-Concurrent-To": resource_id, BROWSER_NAVIGATION: role}
        if raw.ip_address:
            headers["WARC-IP-Address"] = raw.ip_address
        if raw.truncated:
            headers["WARC-Truncated"] = raw.truncated
        reason = raw.reason or status_line(raw.status).split(" ", 1)[1]
        http = StatusAndHeaders(f"{raw.status} {reason}", consistent_headers(raw.headers, len(raw.body)),
                                protocol="HTTP/1.1")
        if raw.truncated:   # not the payload: never revisited, never referred to
            record, earlier = self.warc.writer.create_warc_record(
                raw.url, "response", payload=BytesIO(raw.body), length=len(raw.body),
                http_headers=http, warc_headers_dict=headers), None
        else:
            record, earlier = self.http_record(raw.url, http, raw.body, digest, headers)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        offset, length = self.warc.write(record)
        if earlier is None and not raw.truncated:
            self.index.add(raw.url, digest, {"path": str(self.warc.path), "offset": offset, "length": length,
                                             "record_id": record_id, "date": headers["WARC-Date"]})
        self.stats.inc_value(f"warc/browser_{record.rec_type}")
        self.stats.inc_value(f"warc/browser_{role}")
        self.stats.inc_value("warc/bytes", length)
        return record_id

    def write_capture(self, record, request, url: str, digest: str, date: str,
                      with_request: bool = True) -> tuple[dict, str]:
        warc, writer = self.warc, self.warc.writer
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        offset, length = warc.write(record)
        entry = {"path": str(warc.path), "offset": offset, "length": length,
                 "record_id": record_id, "date": date}
        if record.rec_type in ("response", "resource"):
            self.index.add(url, digest, entry)
        if with_request:
            sent = StatusAndHeaders(f"{request.method} {request_target(url)} {'HTTP/1.1'}",
                                    [("Host", urlsplit(url).netloc)] + header_pairs(request.headers),
                                    is_http_request=True)
            warc.write(writer.create_warc_record(
                url, "request", payload=BytesIO(request.body), length=len(request.body),
                http_headers=sent, warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id}))
        notes = request.meta.get(METADATA_META)
        if notes:
            notes = {**notes, "redirect_urls": request.meta.get("redirect_urls") or []}
            data = json.dumps(notes, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
            # Its own URI: under the page's, replay tools would serve the
            # notes in place of the page. WARC-Refers-To ties it to the page.
            warc.write(writer.create_warc_record(
                NOTES_URI + url, "metadata", payload=BytesIO(data), length=len(data),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Date": date, "WARC-Refers-To": record_id}))
        self.stats.inc_value("warc/bytes", warc.file.tell() - offset)
        return self.link(warc.path, entry, digest), record_id

    def link(self, path: Path, entry: dict, digest: str) -> dict:
        return {"filename": link_filename(path, self.output_dir), "offset": entry["offset"],
                "length": entry["length"], "record_id": entry["record_id"], "payload_digest": digest}

    # -- store ------------------------------------------------------------
    def finalize(self) -> list[Path]:
        """Store this crawl's WARC files: fsync, rename into place, then
        remember their payloads for later revisits. Call it before renaming
        a feed whose items link to them; idempotent. Raises when capture
        broke or the files cannot be stored, so that feed stays unstored."""
        if self.broken is not None:
            raise RuntimeError(f"the WARC capture failed: {self.broken}")
        if self.stored is None:
            self.stored = self.warc.store() if self.warc is not None else []
            self.index.commit()
            self.stats.set_value("warc/files", [str(p) for p in self.stored])
        return self.stored

    def spider_closed(self, spider, reason):
        # A crawl whose feed stores nothing (no items) still keeps its captures.
        try:
            self.finalize()
        except Exception as error:
            logger.error("WARC not stored: %s", error)

    def engine_stopped(self):
        self.index.close()


def finalize_capture(crawler) -> list[Path]:
    """The single integration point for whoever stores a feed or commits
    the state: store the crawl's WARC now (see WarcCapture.finalize). A
    no-op without capture (WARC_ENABLED=False)."""
    for extension in crawler.extensions.middlewares:
        if isinstance(extension, WarcCapture):
            return extension.finalize()
    return []
