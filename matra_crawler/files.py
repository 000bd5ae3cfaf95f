"""Files a reader never sees half written, and the run ids they are named by.

Every file the crawler or the nightly run writes whole (stats, progress,
manifests, the report) goes through `write_atomic`: a `.part` beside it,
fsynced, renamed over the old one (atomic on one filesystem), the rename
made durable. Streams written over a crawl (feeds, WARC) are renamed into
place with `replace_durably`.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

PART = ".part"


def write_atomic(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of one, and a
    power cut after the call keeps the new one. A failed write (a full
    disk) leaves no part behind and raises."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + PART)
    try:
        with open(part, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def replace_durably(part: Path, final: Path) -> None:
    """Rename a finished part into place, durably."""
    os.replace(part, final)
    fsync_dir(Path(final).parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a power cut after it keeps it)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_run_id(now: datetime | None = None) -> str:
    """A run's id: its UTC start to the millisecond, "20261204T221922.123Z".
    Used by every run (a nightly and each `scrapy crawl` alone) to name its
    feeds, manifest, log folder and state rows: safe in file names, sorting
    in start order as plain strings, and distinct for two crawls started in
    the same second. The nightly adds "_02", "_03" ... in the rare case
    where one of the same millisecond exists ('_' sorts after '.', so
    "...Z_02.json" comes after "...Z.json")."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}.{now.microsecond // 1000:03d}Z"


def run_id_time(run_id: str) -> datetime | None:
    """When a run started, from its id (also the older second-only ids,
    "20261204T221922Z", and the older crawl stamps "2026-12-04T221922.123")."""
    digits = run_id.replace("-", "")[:15]
    try:
        return datetime.strptime(digits, "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def open_descriptors(proc: Path = Path("/proc")):
    """(pid folder, descriptor link, what it points at) for every open file
    descriptor of every live process we may look at (Linux /proc): who has
    a feed part or a lock open. Processes we may not inspect are missed."""
    for pid_dir in proc.glob("[0-9]*"):
        try:
            descriptors = list((pid_dir / "fd").iterdir())
        except OSError:
            continue   # gone, or not ours to read
        for descriptor in descriptors:
            try:
                yield pid_dir, descriptor, os.readlink(descriptor)
            except OSError:
                continue
