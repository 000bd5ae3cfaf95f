"""Feeds appear whole or not at all."""
from pathlib import Path

from matra_crawler.feedstorage import AtomicFileFeedStorage, uri_params
from matra_crawler.middlewares import retry_after_seconds


def test_feed_is_invisible_until_stored(tmp_path):
    target = tmp_path / "matra" / "run.jsonl"
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    handle = storage.open(spider=None)
    handle.write(b'{"a": 1}\n')
    assert not target.exists()               # a reader sees nothing yet
    assert Path(str(target) + ".part").exists()
    storage.store(handle)
    assert target.read_bytes() == b'{"a": 1}\n'
    assert not Path(str(target) + ".part").exists()


def test_append_mode_keeps_old_lines_until_rename(tmp_path):
    target = tmp_path / "feed.jsonl"
    target.write_bytes(b'{"old": 1}\n')
    storage = AtomicFileFeedStorage(str(target))   # -o: append
    handle = storage.open(spider=None)
    handle.write(b'{"new": 2}\n')
    assert target.read_bytes() == b'{"old": 1}\n'
    storage.store(handle)
    assert target.read_bytes() == b'{"old": 1}\n{"new": 2}\n'


def test_retry_after_forms():
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0.0   # in the past


def test_crawls_started_in_one_second_get_their_own_feed_names():
    """Two `scrapy crawl matra` of one site in the same second must not share
    a feed file or a state row: the run id counts milliseconds."""
    import time

    from matra_crawler.sites import MATRA
    from matra_crawler.spiders.sites import spider_for

    first = spider_for(MATRA)()
    time.sleep(0.002)
    second = spider_for(MATRA)()
    stamps = [uri_params({}, spider)["run_stamp"] for spider in (first, second)]
    assert stamps[0] < stamps[1]                          # distinct, and name order is time order
    assert len(stamps[0]) == len("20261128T021500.123Z")
