"""Feeds that a reader never sees half written.

The exporter writes to `<feed>.part`; only when the crawl closes is the file
renamed to its real name (os.replace is atomic on one filesystem). A crawl
that dies leaves a `.part` behind and no feed.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage


def new_run_stamp() -> str:
    """A run's start, UTC, to the millisecond ("2026-11-28T021500.123"): safe
    in file names, sorting in time order, and distinct for two crawls of one
    site started in the same second (their feeds and state rows must not
    collide)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%S.%f")[:-3]


def uri_params(params: dict, spider) -> dict:
    """Adds %(run_stamp)s: the spider's run id (see new_run_stamp)."""
    params["run_stamp"] = getattr(spider, "run_id", None) or new_run_stamp()
    return params


class AtomicFileFeedStorage(FileFeedStorage):
    def open(self, spider):
        final = Path(self.path)
        final.parent.mkdir(parents=True, exist_ok=True)
        self.part = final.with_name(final.name + ".part")
        if self.write_mode == "ab" and final.exists():
            # -o appends: start from a copy so the old feed stays whole until the rename.
            shutil.copyfile(final, self.part)
        return self.part.open(self.write_mode)

    def store(self, file):
        file.flush()
        os.fsync(file.fileno())
        file.close()
        os.replace(self.part, self.path)
