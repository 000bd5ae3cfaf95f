"""Crawl-level extensions."""
from __future__ import annotations

import json
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured


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

    def engine_stopped(self):
        stats = dict(self.crawler.stats.get_stats())
        stats["finish_reason"] = self.reason
        self.path.parent.mkdir(parents=True, exist_ok=True)
        part = self.path.with_name(self.path.name + ".part")
        part.write_text(json.dumps(stats, default=str, indent=1, sort_keys=True), encoding="utf-8")
        part.replace(self.path)


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
