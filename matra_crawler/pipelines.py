"""Item pipelines: thin Scrapy adapters over processing.py's pure steps.

ProcessingPipeline runs processing.STEPS, the one list of steps the
`extract` command runs too; the pipelines after it need the crawl (its
since/until, its state). A step that raises Dropped becomes a DropItem, its
reason counted in the crawl stats as item_dropped_reasons/<reason> (and
logged once, by the log formatter).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from scrapy.exceptions import DropItem
from scrapy.extensions.feedexport import FeedExporter

from . import processing
from .incremental import IncrementalState
from .processing import STATE_NOTES, Dropped


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


class ProcessingPipeline(StepPipeline):
    """A raw article into its final item: every step of processing.STEPS, in order."""

    step = staticmethod(processing.process)


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

    A thin adapter: the state's owner is the IncrementalState extension
    (matra_crawler/incremental.py), which commits an item only once the
    stored feed holds it. The item's state notes (processing.STATE_NOTES)
    come off here, with the state on or off."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._feed_path: str | None = None

    def process_item(self, item):
        notes = item.pop(STATE_NOTES, None) or {}
        state = self.crawler.get_extension(IncrementalState)
        if state is None or state.store is None:
            return item
        recorded = state.record(item, self.feed_path(), **notes)
        if recorded is None:
            self.stats.inc_value("state/unchanged")
            raise DropItem(f"unchanged since its last export: {item['url']}", log_level="DEBUG")
        item["version"], item["previous_sha256"] = recorded
        self.stats.inc_value("state/new" if recorded[0] == 1 else "state/updated")
        return item

    def feed_path(self) -> str | None:
        """The (first) feed file this run writes, as it will be named when
        complete; looked up once, not per item."""
        if self._feed_path is None:
            exporter = self.crawler.get_extension(FeedExporter)
            for slot in exporter.slots if exporter else ():
                path = getattr(slot.storage, "path", None)
                if path:
                    self._feed_path = str(Path(path).resolve())
                    break
        return self._feed_path
