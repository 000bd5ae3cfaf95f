"""Feeds that a reader never sees half written.

The exporter writes to `<feed>.part`; only when the crawl closes is the file
renamed to its real name (os.replace is atomic on one filesystem). A crawl
that dies leaves a `.part` behind and no feed; the next crawl writing into
that folder removes it once no process has it open.

Each write reaches the file whole or not at all: a write that fails (a full
disk) is cut back off, so the stored feed holds whole lines only, and the
state commits exactly the items it holds (IncrementalState).
"""
from __future__ import annotations

import io
import logging
import os
import shutil
from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage

from .files import PART, new_run_id, open_descriptors, replace_durably

logger = logging.getLogger(__name__)


def uri_params(params: dict, spider) -> dict:
    """Adds %(run_stamp)s: the spider's run id (see files.new_run_id)."""
    params["run_stamp"] = getattr(spider, "run_id", None) or new_run_id()
    return params


class WholeWrites(io.RawIOBase):
    """A file whose every write() lands whole or not at all: after a failed
    write (ENOSPC, EIO) the file is cut back to where that write began, so
    no torn line is left for a later write to continue."""

    def __init__(self, path: Path, mode: str):
        super().__init__()
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC),
                          0o644)
        self.size = os.fstat(self.fd).st_size

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        start, written = self.size, 0
        try:
            while written < len(view):
                written += self.write_some(view[written:])
        except OSError:
            os.ftruncate(self.fd, start)
            os.lseek(self.fd, start, os.SEEK_SET)
            raise
        self.size = start + written
        return written

    def write_some(self, view) -> int:
        return os.write(self.fd, view)

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def feed_paths(crawler) -> list[Path]:
    """The file feeds this crawl writes, as they will be named when stored
    (known once the feed exporter has opened its slots)."""
    paths = []
    for extension in crawler.extensions.middlewares:
        for slot in getattr(extension, "slots", ()):
            path = getattr(slot.storage, "path", None)
            if path:
                paths.append(Path(path).resolve())
    return paths


class AtomicFileFeedStorage(FileFeedStorage):
    abandoned = False
    crawler = None

    @classmethod
    def from_crawler(cls, crawler, uri, *, feed_options=None):
        storage = cls(uri, feed_options=feed_options)
        storage.crawler = crawler
        return storage

    def open(self, spider):
        final = Path(self.path)
        final.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(final)
        self.part = final.with_name(final.name + PART)
        if self.write_mode == "ab" and final.exists():
            # -o appends: start from a copy so the old feed stays whole until the rename.
            shutil.copyfile(final, self.part)
        return WholeWrites(self.part, self.write_mode)

    def abandon(self) -> None:
        """Never store this feed (its crawl lost its state): the .part stays."""
        self.abandoned = True

    def store(self, file):
        file.flush()
        os.fsync(file.fileno())
        file.close()
        if self.abandoned:
            logger.warning("Feed left unstored as %s", self.part)
            return
        if self.crawler is not None:
            from .warc import finalize_capture

            # The crawl's WARC first: a stored feed never links to an
            # unstored capture. Raises: the feed stays .part.
            finalize_capture(self.crawler)
        replace_durably(self.part, self.path)


def remove_stale_parts(feed: Path) -> list[Path]:
    """Remove what killed crawls left beside `feed`: files named like our
    parts of the same kind (`*<suffix>.part`, e.g. `*.jsonl.part`) that no
    live process has open. Returns what was removed."""
    suffix = feed.suffix + PART
    candidates = [path for path in feed.parent.glob(f"*{suffix}") if path.is_file()]
    if not candidates:
        return []
    busy = files_open_by_processes()
    if busy is None:
        return []   # no /proc to ask: leave them
    removed = []
    for path in candidates:
        if path.resolve() not in busy:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        logger.info("Removed %d unfinished feed file(s) of killed crawls in %s", len(removed), feed.parent)
    return removed


def files_open_by_processes() -> set[Path] | None:
    """Every file some live process has open (Linux /proc), None elsewhere."""
    if not Path("/proc/self/fd").is_dir():
        return None
    return {Path(target.removesuffix(" (deleted)")) for _, _, target in open_descriptors()
            if target.startswith("/")}
