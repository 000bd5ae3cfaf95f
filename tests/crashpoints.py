"""Faults a crawl subprocess raises on itself, for the no-loss tests.

Each is switched on with -s settings on the `scrapy crawl` command line:

    -s EXTENSIONS={"tests.crashpoints.CrashAt": 50} -s CRASH_AT=PHASE
        SIGKILL at PHASE: "discovery" (the first discovery answer), "fetch"
        (after the second exported item), "before_commit" (the feed renamed
        into place, the state not told), "after_commit" (the state committed,
        the run not closed).
    -s FEED_STORAGES={"": "tests.crashpoints.KilledWhileStoring", ...}
        SIGKILL while the feed is stored (written and synced, not renamed).
    -s FEED_STORAGES={"": "tests.crashpoints.FlakyDisk", ...} -s FLAKY_WRITES=2,3
        the 2nd and 3rd writes of the feed fail half way with ENOSPC, as on
        a disk that fills up and frees again.
    -s SPIDER_MIDDLEWARES={"tests.crashpoints.RaiseInDiscovery": 50}
        the spider raises after the first article of the first discovery answer.
    -s EXTENSIONS={..., "matra_crawler.warc.WarcCapture": None,
                   "tests.crashpoints.KilledInFinalize": 300} -s CRASH_AT=PHASE
        SIGKILL inside finalize_capture, while the feed is stored: "warc_unstored"
        (nothing renamed yet), "warc_stored" (the WARC renamed into place, its
        digests not yet remembered) or "warc_indexed" (both done, the feed
        not yet renamed).

Order 50 puts CrashAt before the IncrementalState extension (100), so its
feed_slot_closed handler runs first.
"""
from __future__ import annotations

import errno
import os
import signal

from scrapy import signals

from matra_crawler.feedstorage import AtomicFileFeedStorage, WholeWrites
from matra_crawler.warc import WarcCapture


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class CrashAt:
    def __init__(self, crawler, phase: str):
        self.phase = phase
        self.items = 0
        handlers = {"discovery": (self.discovery_answer, signals.response_received),
                    "fetch": (self.item_scraped, signals.item_scraped),
                    "before_commit": (self.die, signals.feed_slot_closed),
                    "after_commit": (self.die, signals.feed_exporter_closed)}
        handler, signal_ = handlers[phase]
        crawler.signals.connect(handler, signal=signal_)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("CRASH_AT"))

    def die(self, **kwargs):   # a bound method: signals hold their handlers weakly
        die()

    def discovery_answer(self, response, request, spider):
        if "source" in request.meta:
            die()

    def item_scraped(self, item, response, spider):
        self.items += 1
        if self.items == 2:
            die()


class KilledWhileStoring(AtomicFileFeedStorage):
    def store(self, file):
        file.flush()
        os.fsync(file.fileno())
        die()


class KilledInFinalize(WarcCapture):
    """The archive capture, killed half way through storing its WARC."""

    def finalize(self):
        phase = self.crawler.settings.get("CRASH_AT")
        if phase == "warc_unstored":
            die()
        if phase == "warc_stored":
            self.index.commit = die
        stored = super().finalize()
        die()
        return stored


class FlakyWrites(WholeWrites):
    """Writes numbered in `failing` put half their bytes down, then fail."""

    def __init__(self, path, mode, failing: set[int]):
        super().__init__(path, mode)
        self.failing = failing
        self.count = 0

    def write_some(self, view) -> int:
        self.count += 1
        if self.count in self.failing:
            os.write(self.fd, view[: len(view) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write_some(view)


class FlakyDisk(AtomicFileFeedStorage):
    @classmethod
    def from_crawler(cls, crawler, uri, *, feed_options=None):
        storage = cls(uri, feed_options=feed_options)
        storage.failing = {int(n) for n in crawler.settings.getlist("FLAKY_WRITES")}
        return storage

    def open(self, spider):
        whole = super().open(spider)
        whole.close()
        return FlakyWrites(self.part, "ab", self.failing)


class RaiseInDiscovery:
    """Lets the first article request of the first discovery answer through,
    then raises: the rest of that answer is never followed."""

    raised = False

    def process_spider_output(self, response, result):
        for output in result:
            yield output
            if not self.raised and "source" in response.meta and "article_url" in getattr(output, "meta", {}):
                self.raised = True
                raise RuntimeError("a spider bug met during discovery")

    async def process_spider_output_async(self, response, result):
        async for output in result:
            yield output
            if not self.raised and "source" in response.meta and "article_url" in getattr(output, "meta", {}):
                self.raised = True
                raise RuntimeError("a spider bug met during discovery")
