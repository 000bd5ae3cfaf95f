"""The incremental state's one owner in a crawl: the IncrementalState extension.

Built from_crawler when STATE_URL (a PostgreSQL database) or STATE_DIR (a
SQLite file) is set; with neither the state is off: every run exports all
it finds. It

- takes the site's lease for the crawl's whole life, so two crawls of one
  site never share the state; a second one closes at once with finish
  reason `state_busy`. With SQLite the lease is an flock on
  STATE_DIR/leases/<key>.lock; with PostgreSQL a session-level advisory
  lock on the store's own connection, which any machine sees and which
  dies with its holder's connection (a killed node never blocks a site);
- opens the store on spider_opened, recovers what a killed run left, and
  starts the run's row;
- answers the spider (what may be skipped, where the last complete run left
  off, what an earlier run left unfinished) and takes what it tells (dates
  seen, reasons that make the run partial);
- records each item the StatePipeline hands it; after the feed is stored,
  commits exactly the items the stored file holds;
- closes the run `complete` or `partial` (with its reasons) when the engine
  stops, and the store with it.

The key of a site in the state is its profile name for the profile's own
origin, and `name@host[:port]` for any other (a mirror, a replica): a crawl
of one origin never changes what a crawl of another fetches. A site that
really moves to a new domain keeps its memory by changing its profile's
base_url (its key stays the profile name).

If the state file is deleted or replaced during the crawl (or the database
connection is lost, and with it the lease), the crawl stops (finish reason
`state_lost`), commits nothing and leaves its feed unstored.
"""
from __future__ import annotations

import fcntl
import logging
import os
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.defer import deferred_from_coro

from .state import RUN_COMPLETE, RUN_PARTIAL, StateLost, StateStore

logger = logging.getLogger(__name__)

LEASES_DIR = "leases"
# Finish reasons this extension gives a crawl it stops.
STATE_BUSY = "state_busy"
STATE_LOST = "state_lost"


def origin_key(site: str, base_url: str, profile_url: str) -> str:
    """The state's name for a crawl of `site` at `base_url`: the site itself
    at its profile's origin (http or https, with or without www.), else
    `site@host[:port]`."""
    def origin(url: str) -> tuple[str, int | None]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        return host, parts.port if parts.port not in (80, 443) else None

    host, port = origin(base_url)
    if (host, port) == origin(profile_url):
        return site
    return f"{site}@{host}:{port}" if port else f"{site}@{host}"


def partial_reasons(stats: dict, close_reason: str | None, narrowed: list[str],
                    recorded: int, committed: int) -> list[str]:
    """Why a run is not complete (empty: it is). A complete run was cut by
    nothing, and every article it found was exported or dropped for a
    permanent, counted reason."""
    reasons = list(narrowed)
    if close_reason != "finished":
        reasons.append(f"closed: {close_reason}")
    for prefix, words in (("article_fetch_failed/", "article fetches failed"),
                          ("spider_exceptions/", "spider exceptions"),
                          ("discovery/refused_scheme/", "URLs refused for their scheme")):
        count = sum(value for key, value in stats.items() if key.startswith(prefix))
        if count:
            reasons.append(f"{count} {words}")
    incomplete = sorted(key.split("/")[1] for key, value in stats.items()
                        if key.startswith("discovery/") and key.endswith(
                            ("/page_failed", "/malformed", "/unreadable")) and value)
    if incomplete:
        reasons.append(f"discovery incomplete ({', '.join(dict.fromkeys(incomplete))})")
    if stats.get("discovery/exhausted"):
        reasons.append("no discovery source answered")
    if stats.get("discovery/listing/max_pages_reached"):
        reasons.append("a listing reached LISTING_MAX_PAGES")
    if committed < recorded:
        reasons.append(f"{recorded - committed} of {recorded} items not stored")
    return reasons


class SiteLease:
    """flock(2) on STATE_DIR/leases/<key>.lock: held for a crawl's life,
    dropped by the kernel when the process dies, however it dies."""

    def __init__(self, path: Path):
        self.path = path
        self.file = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lease = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(lease, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lease.close()
            return False
        lease.seek(0)
        lease.truncate()
        lease.write(f"pid {os.getpid()}\n")
        lease.flush()
        self.file = lease
        return True

    def release(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def held_elsewhere(self) -> bool:
        """Whether another process holds the lease now (for `audit`)."""
        if not self.path.exists():
            return False
        if self.acquire():
            self.release()
            return False
        return True


class SiteLeases:
    """The site leases of one state, for `audit`: does a live crawl (another
    process, on any machine) hold a site's lease now? Asked where crawls take
    it: an advisory lock in a PostgreSQL store, a flock file of STATE_DIR
    beside a SQLite one."""

    def __init__(self, store: StateStore, state_dir: str | os.PathLike | None):
        self.store = store
        self.state_dir = Path(state_dir) if state_dir else None

    def held_elsewhere(self, key: str) -> bool:
        held = self.store.held_elsewhere(lease_name(key))
        if held is None:   # SQLite keeps no locks: the lease is a file
            held = SiteLease(lease_path(self.state_dir, key)).held_elsewhere()
        return held


class IncrementalState:
    def __init__(self, crawler, state_dir: str | None, state_url: str | None = None):
        self.crawler = crawler
        self.stats = crawler.stats
        self.state_dir = Path(state_dir) if state_dir else None
        self.state_url = state_url
        self.store: StateStore | None = None
        self.lease: SiteLease | None = None
        self.site: str | None = None             # the key: site or site@origin
        self.run_id: str | None = None
        self.watermark: datetime | None = None   # newest date of the last complete run
        self.covered_until: str | None = None    # end of the last complete run
        self.preferred_group: int | None = None  # discovery group that answered last time
        self.newest_seen: datetime | None = None
        self.answered_group: int | None = None   # the discovery group that answered this time
        self.narrowed: list[str] = []            # what the spider says makes the run partial
        self.recorded = 0                        # items recorded for this run's feed
        self.committed = 0
        self.close_reason: str | None = None
        self.lost: str | None = None             # why the state file is gone, once it is

    @classmethod
    def from_crawler(cls, crawler):
        state_dir, state_url = crawler.settings.get("STATE_DIR"), crawler.settings.get("STATE_URL")
        if not (state_dir or state_url):
            raise NotConfigured
        extension = cls(crawler, state_dir, state_url)
        for handler, signal in ((extension.spider_opened, signals.spider_opened),
                                (extension.response_received, signals.response_received),
                                (extension.feed_slot_closed, signals.feed_slot_closed),
                                (extension.spider_closed, signals.spider_closed),
                                (extension.engine_stopped, signals.engine_stopped)):
            crawler.signals.connect(handler, signal=signal)
        return extension

    # ------------------------------------------------------------ life cycle
    def spider_opened(self, spider):
        self.site = origin_key(spider.site_name, spider.base_url, spider.profile.base_url)
        self.run_id = spider.run_id
        if self.state_url:
            self.store = self.open_store()
            if not self.store.try_lock(lease_name(self.site)):
                self.busy(self.store.name)
        else:
            self.lease = SiteLease(lease_path(self.state_dir, self.site))
            if not self.lease.acquire():
                self.lease = None
                self.busy(self.state_dir)
            self.store = self.open_store()
        self.store.recover(self.site)
        self.store.start_run(self.run_id, self.site)
        self.watermark = self.store.watermark(self.site)
        self.covered_until = self.store.last_complete_finish(self.site)
        self.preferred_group = self.store.last_ok_stats(self.site).get("discovery_group")
        self.stats.set_value("state/key", self.site)

    def open_store(self) -> StateStore:
        try:
            return StateStore.open(self.state_url, self.state_dir)
        except StateLost as error:   # a database that does not answer
            logger.error("%s; not starting", error)
            self.stats.set_value("state/lost", str(error))
            self.lost = str(error)
            raise CloseSpider(STATE_LOST) from None

    def busy(self, where) -> None:
        """Another crawl holds the site's lease: close at once, touch nothing."""
        if self.store is not None:
            self.store.close()   # its connection held no lease of ours
            self.store = None
        logger.error("Another crawl of %s holds its state (%s); not starting", self.site, where)
        raise CloseSpider(STATE_BUSY)

    def response_received(self, response, request, spider):
        self.guard(self.store.check_same_file if self.store else None)

    def feed_slot_closed(self, slot):
        """The feed was stored (or not): commit exactly what the file holds."""
        path = getattr(slot.storage, "path", None)
        if self.store is None or self.lost or not path or not Path(path).exists():
            return   # not stored: its items stay pending and go out with the next run
        path = str(Path(path).resolve())
        committed = self.guard(self.store.commit_export, self.site, path)
        if committed is not None:
            self.committed += committed
            self.stats.set_value("feed/path", path)
            self.stats.set_value("state/committed", self.committed)

    def spider_closed(self, spider, reason):
        self.close_reason = reason

    def engine_stopped(self):
        if self.store is None:
            return
        try:
            if not self.lost:
                reasons = partial_reasons(self.stats.get_stats(), self.close_reason, self.narrowed,
                                          self.recorded, self.committed)
                status = RUN_PARTIAL if reasons else RUN_COMPLETE
                self.stats.set_value("state/run_status", status)
                if reasons:
                    self.stats.set_value("state/partial_reasons", reasons)
                    logger.info("Run %s of %s is partial (%s): the next run resumes from the last "
                                "complete one", self.run_id, self.site, "; ".join(reasons))
                self.guard(self.store.finish_run, self.run_id, self.site, status,
                           {"discovery_group": self.answered_group, "close_reason": self.close_reason,
                            "partial_reasons": reasons}, self.newest_seen)
        finally:
            self.store.close()
            self.store = None
            if self.lease:
                self.lease.release()

    # ------------------------------------------------- the state file's guard
    def guard(self, action, *args, **kwargs):
        """Run a store action; a lost state file stops the crawl, once."""
        if action is None or self.lost:
            return None
        try:
            return action(*args, **kwargs)
        except StateLost as error:
            self.lose(str(error))
            return None

    def lose(self, why: str) -> None:
        self.lost = why
        self.stats.set_value("state/lost", why)
        logger.error("%s during the crawl: stopping; nothing is committed and the feed is "
                     "left unstored (the next run exports what this one found)", why)
        exporter = self.crawler.get_extension(FeedExporter)
        for slot in exporter.slots if exporter else ():
            abandon = getattr(slot.storage, "abandon", None)
            if abandon:
                abandon()
        engine = self.crawler.engine
        if engine and engine.spider is not None and self.close_reason is None:
            deferred_from_coro(engine.close_spider_async(reason=STATE_LOST))

    # ------------------------------------------------------- the spider asks
    def is_unchanged(self, url: str, discovered_modified: datetime | None) -> bool:
        return bool(self.guard(self.store.is_unchanged, self.site, url, discovered_modified))

    def covered_by_complete_run(self, url: str) -> bool:
        """Exported by the last complete run or before it: a listing page of
        nothing but such articles is old ground (this run's exports, and a
        later partial run's, are not)."""
        known = self.guard(self.store.known, self.site, url)
        return bool(known and known.exported_sha256 and self.covered_until
                    and known.exported_at and known.exported_at <= self.covered_until)

    def unfinished(self) -> list[str]:
        return self.guard(self.store.unfinished, self.site) or []

    # ------------------------------------------------------ the spider tells
    def note_seen(self, moment: datetime | None) -> None:
        """The newest date discovery shows becomes the watermark (if complete)."""
        if moment and moment.tzinfo and (self.newest_seen is None or moment > self.newest_seen):
            self.newest_seen = moment

    def narrow(self, reason: str) -> None:
        """Something (an argument, a limit) keeps this run from being complete."""
        if reason not in self.narrowed:
            self.narrowed.append(reason)

    # ---------------------------------------------------- the pipeline tells
    def record(self, item: dict, feed_path: str | None, discovered_modified=None, post_id=None):
        """(version, previous_sha256) for an item to export, or None when it
        is unchanged since its last export; the row stays pending until its
        feed is stored."""
        if self.lost:
            return None
        recorded = self.guard(self.store.record_item, self.site, item, feed_path=feed_path,
                              discovered_modified=discovered_modified, post_id=post_id)
        if self.lost:
            return None
        while self.store.moved:
            old, new = self.store.moved.pop()
            self.stats.inc_value("state/moved")
            logger.info("Article moved: %s is now %s", old, new)
        if recorded is not None:
            self.recorded += 1
        return recorded


def lease_name(key: str) -> str:
    """The advisory lock's name of a site's lease in a PostgreSQL store."""
    return f"matra_crawler/lease/{key}"


def lease_path(state_dir: Path, key: str) -> Path:
    """STATE_DIR/leases/<key>.lock, the key made safe as a file name."""
    name = "".join(c if c.isalnum() or c in "._-@" else "_" for c in key)
    return Path(state_dir) / LEASES_DIR / f"{name}.lock"
