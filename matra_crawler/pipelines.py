"""Item pipelines: thin Scrapy adapters over processing.py's pure steps.

Each pipeline runs one step. A step that raises Dropped becomes a DropItem,
its reason counted in the crawl stats as item_dropped_reasons/<reason> (and
logged once, by the log formatter).
"""
from __future__ import annotations

from datetime import date, datetime

from scrapy.exceptions import DropItem

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
