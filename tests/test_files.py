"""One way to write a file whole, one scheme of run ids."""
from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta, timezone

import pytest

from matra_crawler import files, nightly
from matra_crawler.report import format_time


def test_write_atomic_replaces_the_file_whole(tmp_path):
    path = tmp_path / "deep" / "stats.json"
    files.write_atomic(path, b"old")
    files.write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and os.listdir(path.parent) == ["stats.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path, monkeypatch):
    path = tmp_path / "manifest.json"
    files.write_atomic(path, b"old")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError):
        files.write_atomic(path, b"new")
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["manifest.json"]


START = datetime(2026, 12, 4, 22, 19, 22, 123456, tzinfo=timezone.utc)


@pytest.mark.parametrize("moment,run_id", [
    (START, "20261204T221922.123Z"),
    (START.replace(microsecond=0), "20261204T221922.000Z"),
    (START.astimezone(timezone(timedelta(hours=7))), "20261204T221922.123Z"),   # always UTC
])
def test_run_ids_are_the_utc_start_to_the_millisecond(moment, run_id):
    assert files.new_run_id(moment) == run_id
    assert files.run_id_time(run_id) == START.replace(microsecond=0)


def test_run_ids_sort_in_start_order_within_one_second():
    moments = [START.replace(microsecond=ms * 1000) for ms in (0, 1, 9, 10, 99, 100, 999)]
    ids = [files.new_run_id(moment) for moment in moments]
    assert len(set(ids)) == len(ids)
    for suffix in ("", ".json", ".jsonl"):
        assert sorted(i + suffix for i in ids) == [i + suffix for i in ids]


def test_the_nightly_and_a_crawl_alone_name_runs_alike(tmp_path):
    from matra_crawler.sites import MATRA
    from matra_crawler.spiders.sites import spider_for

    before = datetime.now(timezone.utc)
    crawl_id = spider_for(MATRA)().run_id
    night_id = nightly.new_run_id(tmp_path, datetime.now(timezone.utc))
    assert len(crawl_id) == len(night_id) == len("20261204T221922.123Z")
    assert files.run_id_time(crawl_id) >= before.replace(microsecond=0)
    assert crawl_id <= night_id


@pytest.mark.parametrize("stamp,shown", [
    ("20261204T221922.123Z", "2026-12-04 22:19 UTC"),
    ("20261204T221922Z", "2026-12-04 22:19 UTC"),              # ids of older runs
    ("2026-12-04T221922.123", "2026-12-04 22:19 UTC"),         # older crawl stamps
    ("2026-12-04T22:19:22Z", "2026-12-04 22:19 UTC"),
    ("not a time", "not a time"),
])
def test_the_report_reads_every_run_id(stamp, shown):
    assert format_time(stamp) == shown
