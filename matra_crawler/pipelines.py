"""Item pipelines: thin Scrapy adapters over processing.py's pure steps.

Each pipeline runs one step. A step that raises Dropped becomes a DropItem,
its reason counted in the crawl stats as item_dropped_reasons/<reason> (and
logged once, by the log formatter).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem

from .state import RUN_OK

from . import processing
from .processing import Dropped


class StepPipeline:
    """Runs `step` on every item; subclasses only name the step."""

    step = staticmethod(lambda item: item)

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        try:
            return self.step(item)
        except Dropped as drop:
            self.drop(drop.reason, drop.detail)

    def drop(self, reason: str, detail: str = ""):
        self.stats.inc_value(f"item_dropped_reasons/{reason}")
        raise DropItem(f"{reason}: {detail}" if detail else reason)


class BoilerplatePipeline(StepPipeline):
    step = staticmethod(processing.remove_boilerplate)


class DatelinePipeline(StepPipeline):
    step = staticmethod(processing.take_dateline)


class CreditsPipeline(StepPipeline):
    step = staticmethod(processing.take_credits)


class DatesPipeline(StepPipeline):
    step = staticmethod(processing.resolve_published)


class FinalizePipeline(StepPipeline):
    step = staticmethod(processing.finalize)


class ValidationPipeline(StepPipeline):
    step = staticmethod(processing.validate)


class DateRangePipeline(StepPipeline):
    """Drops articles published outside the spider's -a since/until.

    Discovery already skips what it can date cheaply; this catches the rest
    (a sitemap lastmod says when a page changed, not when it was published)."""

    def process_item(self, item):
        spider = self.crawler.spider
        since: date | None = getattr(spider, "since", None)
        until: date | None = getattr(spider, "until", None)
        published = datetime.fromisoformat(item["published_at"]).date()
        if since and published < since or until and published > until:
            self.drop("outside_date_range", f"{item['url']} published {published}")
        return item


class StatePipeline(StepPipeline):
    """Exports an article only when it is new or its text changed since its
    last export (then with `version` + 1 and `previous_sha256`).

    The spider owns the state store (spider.state). An item counts as
    exported only once its feed file is complete and renamed into place
    (feed_slot_closed commits it). The run's watermark, which lets the next
    run ask only for what changed since, moves only after a clean run: an
    interrupted crawl, or one whose downloads failed, must not hide the
    articles it never reached."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.close_reason: str | None = None
        self.feed_committed = False
        self._feed_path: str | None = None
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    def process_item(self, item):
        spider = self.crawler.spider
        if getattr(spider, "state", None) is None:
            return item
        discovered_modified, post_id = spider.state_notes.pop(spider.canonical(item["url"]), (None, None))
        recorded = spider.state.record_item(spider.site_name, item, feed_path=self.feed_path(),
                                            discovered_modified=discovered_modified, post_id=post_id)
        while spider.state.moved:
            old, new = spider.state.moved.pop()
            self.stats.inc_value("state/moved")
            spider.logger.info("Article moved: %s is now %s", old, new)
        if recorded is None:
            self.stats.inc_value("state/unchanged")
            raise DropItem(f"unchanged since its last export: {item['url']}", log_level="DEBUG")
        item["version"], item["previous_sha256"] = recorded
        self.stats.inc_value("state/new" if recorded[0] == 1 else "state/updated")
        return item

    def item_dropped(self, item, response, exception, spider):
        # An item an earlier step dropped never reaches process_item: forget its notes.
        notes = getattr(spider, "state_notes", None)
        if notes and isinstance(item, dict) and item.get("url"):
            notes.pop(spider.canonical(item["url"]), None)

    def feed_path(self) -> str | None:
        """The (first) feed file this run writes, as it will be named when
        complete; looked up once, not per item."""
        if self._feed_path is None:
            for extension in self.crawler.extensions.middlewares:
                for slot in getattr(extension, "slots", ()):
                    path = getattr(slot.storage, "path", None)
                    if path and self._feed_path is None:
                        self._feed_path = str(Path(path).resolve())
        return self._feed_path

    def feed_slot_closed(self, slot):
        spider = self.crawler.spider
        path = getattr(slot.storage, "path", None)
        if getattr(spider, "state", None) is None or not path or not Path(path).exists():
            return  # not stored: its items stay pending and are exported again next run
        path = str(Path(path).resolve())
        spider.state.commit_export(spider.site_name, path)
        self.feed_committed = True
        self.stats.set_value("feed/path", path)

    def spider_closed(self, spider, reason):
        self.close_reason = reason

    def engine_stopped(self):
        spider = self.crawler.spider
        if getattr(spider, "state", None) is None:
            return
        stats = self.stats.get_stats()
        failed_fetches = sum(v for k, v in stats.items() if k.startswith("article_fetch_failed/"))
        clean = self.close_reason == "finished" and self.feed_committed and not failed_fetches
        spider.state.finish_run(
            spider.run_id, spider.site_name, RUN_OK if clean else "incomplete",
            {"discovery_group": spider.answered_group, "close_reason": self.close_reason,
             "failed_fetches": failed_fetches},
            spider.newest_seen)
