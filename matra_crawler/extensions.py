"""Crawl-level extensions."""
from __future__ import annotations

import json
import logging
import time
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from .files import write_atomic

logger = logging.getLogger(__name__)


class StatsFile:
    """Writes the crawl's final stats as JSON to STATS_FILE (when set), for
    the tests, the nightly run manifest and anyone scripting around a crawl.

    Written when the engine stops, after the feed was stored (feed/path)."""

    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.path = Path(path)
        self.reason = None

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("STATS_FILE")
        if not path:
            raise NotConfigured
        extension = cls(crawler, path)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_closed(self, spider, reason):
        self.reason = reason
        # A crawl closed from spider_opened (state_busy) never sees
        # engine_stopped: write now, and again with the final stats.
        self.engine_stopped()

    def engine_stopped(self):
        stats = dict(self.crawler.stats.get_stats())
        stats["finish_reason"] = self.reason
        write_json(self.path, stats)


def write_json(path: Path, data: dict) -> None:
    """Readers (the nightly run) see the old file or the new one, never half of one."""
    write_atomic(path, json.dumps(data, default=str, indent=1, sort_keys=True).encode("utf-8"))


class CrawlProgress:
    """Tells how far the crawl is while it runs.

    At INFO, once discovery settles (no discovery request queued or in
    flight for PROGRESS_INTERVAL seconds, or at the latest when the crawl
    closes): how many articles discovery found and how many it will fetch.
    With PROGRESS_FILE set (the nightly run sets it), that file is rewritten
    atomically every PROGRESS_INTERVAL seconds and when the crawl closes:

        {"phase": "discovering" | "fetching" | "closed", "found", "to_fetch",
         "fetched", "failed", "exported", "new", "updated", "requests",
         "elapsed", "finish_reason"}

    A discovery request is one whose meta names its "source"; an article
    request names its "article_url" (spiders/base.py)."""

    def __init__(self, crawler, path: str | None, interval: float):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = Path(path) if path else None
        self.interval = interval
        self.discovery_pending = 0          # discovery requests queued or downloading
        self.discovery_active = 0.0         # monotonic time of the last discovery event
        self.discovering = True
        self.discovery_told = False
        self.fetched = 0                    # articles whose page came back
        self.started = time.monotonic()
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 2.0)
        if interval <= 0:
            raise NotConfigured
        extension = cls(crawler, crawler.settings.get("PROGRESS_FILE"), interval)
        for handler, signal in ((extension.spider_opened, signals.spider_opened),
                                (extension.spider_closed, signals.spider_closed),
                                (extension.request_scheduled, signals.request_scheduled),
                                (extension.request_gone, signals.request_dropped),
                                (extension.request_gone, signals.request_left_downloader),
                                (extension.response_received, signals.response_received)):
            crawler.signals.connect(handler, signal=signal)
        return extension

    # -- what happens --------------------------------------------------------
    def request_scheduled(self, request, spider):
        if "source" in request.meta:
            self.discovery_pending += 1
            self.discovery_active = time.monotonic()

    def request_gone(self, request, spider):
        if "source" in request.meta:
            self.discovery_pending = max(0, self.discovery_pending - 1)
            self.discovery_active = time.monotonic()

    def response_received(self, response, request, spider):
        if "article_url" in request.meta:
            self.fetched += 1

    # -- telling it ------------------------------------------------------------
    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.discovery_active = self.started
        self.task = create_looping_call(self.tick)
        self.task.start(self.interval, now=False)

    def tick(self):
        settled = (self.discovery_pending == 0
                   and time.monotonic() - self.discovery_active >= self.interval)
        if self.discovering and settled:
            self.tell_discovery()
        self.discovering = not settled
        self.write("discovering" if self.discovering else "fetching")

    def spider_closed(self, spider, reason):
        if self.task is not None and self.task.running:
            self.task.stop()
        if not self.discovery_told:
            self.tell_discovery()
        counts = self.counts()
        logger.info("Fetched %d of the %d articles to fetch (%d failed); %d exported",
                    counts["fetched"], counts["to_fetch"], counts["failed"], counts["exported"])
        self.write("closed", reason)

    def tell_discovery(self):
        self.discovery_told = True
        counts = self.counts()
        notes = []
        if self.stats.get_value("discovery/outside_date_range"):
            notes.append(f"{self.stats.get_value('discovery/outside_date_range')} listed outside "
                         "-a since/until")
        if self.stats.get_value("discovery/max_articles_reached"):
            notes.append("stopped at -a max_articles")
        logger.info("Discovery found %d articles: %d to fetch, %d unchanged since the last run%s",
                    counts["found"], counts["to_fetch"], counts["found"] - counts["to_fetch"],
                    f" ({'; '.join(notes)})" if notes else "")

    def counts(self) -> dict:
        get = self.stats.get_value
        to_fetch = get("discovery/articles_requested", 0)
        failed = sum(value for key, value in self.stats.get_stats().items()
                     if key.startswith("article_fetch_failed/"))
        return {"found": to_fetch + get("state/skipped_unchanged", 0), "to_fetch": to_fetch,
                "fetched": self.fetched + failed,
                "failed": failed, "exported": get("item_scraped_count", 0),
                "new": get("state/new", 0), "updated": get("state/updated", 0),
                "requests": get("downloader/request_count", 0)}

    def write(self, phase: str, reason: str | None = None):
        if self.path is None:
            return
        progress = {"phase": phase, **self.counts(),
                    "elapsed": round(time.monotonic() - self.started, 1),
                    "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "finish_reason": reason}
        try:
            write_json(self.path, progress)
        except OSError as error:   # progress is a courtesy: a full disk must not stop the crawl
            logger.debug("Could not write %s: %s", self.path, error)


class TemplateDriftMonitor:
    """Warns when a site's own selectors stop finding its fields.

    The spider counts, per field and selector version, where each article's
    value came from, as the extraction recorded it (field_source_version/
    <site>/<version>/<field>/<profile|structured|generic|none>; "current"
    is the profile's newest selectors, older versions are named by the day
    they were valid until). When the share coming from the version's own
    selectors falls below DRIFT_MIN_SHARE over at least DRIFT_MIN_ARTICLES
    articles, the site has most likely changed its markup: a WARNING names
    site, selector version, field and share, and drift/<site>/<version>/
    <field> holds the share in the stats, so the operator learns of it the
    next morning."""

    FIELDS = ("title", "body", "published_at", "authors")

    def __init__(self, crawler):
        self.crawler = crawler
        self.min_share = crawler.settings.getfloat("DRIFT_MIN_SHARE", 0.8)
        self.min_articles = crawler.settings.getint("DRIFT_MIN_ARTICLES", 5)

    @classmethod
    def from_crawler(cls, crawler):
        monitor = cls(crawler)
        crawler.signals.connect(monitor.spider_closed, signal=signals.spider_closed)
        return monitor

    def spider_closed(self, spider, reason):
        profile = getattr(spider, "profile", None)
        if profile is None:
            return
        stats = self.crawler.stats
        for (version, field), counts in sorted(self.counts(profile.name).items()):
            selectors = profile.selector_version(version)
            if field not in self.FIELDS or not self.has_own_selector(selectors, field):
                continue  # nothing of the site's own to drift
            total = sum(counts.values())
            if total < self.min_articles:
                continue
            share = counts.get("profile", 0) / total
            if share < self.min_share:
                stats.set_value(f"drift/{profile.name}/{version}/{field}", round(share, 3))
                spider.logger.warning(
                    "Template drift on %s (selector version %s): only %.0f%% of %d articles had their %s "
                    "from the site's own selectors (threshold %.0f%%); the site may have changed its markup",
                    profile.name, version, share * 100, total, field, self.min_share * 100)

    def counts(self, site: str) -> dict[tuple[str, str], dict[str, int]]:
        """(version, field) -> {source: articles}."""
        prefix = f"field_source_version/{site}/"
        counts: dict[tuple[str, str], dict[str, int]] = {}
        for key, value in self.crawler.stats.get_stats().items():
            if key.startswith(prefix):
                version, field, source = key[len(prefix):].rsplit("/", 2)
                counts.setdefault((version, field), {})[source] = value
        return counts

    @staticmethod
    def has_own_selector(selectors, field: str) -> bool:
        name = {"published_at": "published"}.get(field, field)
        return bool(selectors is not None and getattr(selectors, name, ""))
