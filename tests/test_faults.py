"""`scrapy crawl matra` through a misbehaving replica (tests/replica/faults.py).

Each test crawls a small replica through one fault and checks the crawler's
promises (`check_promises`): every article the replica serves correctly is
exported exactly once with its truth, the others are counted by reason in
the stats, no request leaves the replica or enters a disallowed path, memory
stays bounded and the crawl ends in bounded time (the subprocess timeout).
Transient faults (5xx, 429, resets, stalls, cut bodies) end in success after
retries once the fault clears.
"""
from __future__ import annotations

import time
import urllib.request
from dataclasses import dataclass
from typing import Callable, NamedTuple, Optional

import pytest

from tests.crawling import CrawlResult, crawl
from tests.expect import check_items
from tests.replica import faults, matra
from tests.replica.server import Replica

FEW = matra.ARTICLES[:5]               # five articles: each crawl takes a few seconds
FIRST, REST_OF_FEW = FEW[0], FEW[1:]
FIRST_PATH = matra.article_path(FIRST)
MEMORY_BOUND = 400 * 2**20             # peak RSS of the crawl process, bytes
CRAWL_TIMEOUT = 60                     # seconds: a hung crawl fails the test
FAULT_SETTINGS = {
    # Peak RSS (ru_maxrss, a high-water mark) read every 0.2 s into memusage/max.
    "MEMUSAGE_ENABLED": "True",
    "MEMUSAGE_CHECK_INTERVAL_SECONDS": "0.2",
    "RETRY_BACKOFF_BASE": "0.05",
}


@dataclass
class FaultCrawl:
    result: CrawlResult
    requests: list          # the replica's request log
    base_url: str
    faults: list            # the Fault objects, in the order added

    @property
    def stats(self) -> dict:
        return self.result.stats

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


def crawl_through(tmp_path, *make_faults, articles=FEW, disable=(), settings=None,
                  settle: float = 0.0) -> FaultCrawl:
    """Crawl a replica of `articles` with the faults `make(site)` returns.
    `settle`: seconds to wait for the server's own log (a stalled answer is
    logged when the server gives up waiting)."""
    site = matra.build_site(articles, disable=disable)
    added = [make(site) for make in make_faults]
    with Replica(site) as replica:
        for fault in added:
            replica.add_fault(fault)
        result = crawl("matra", replica.base_url, tmp_path,
                       settings={**FAULT_SETTINGS, **(settings or {})}, timeout=CRAWL_TIMEOUT)
        time.sleep(settle)
        return FaultCrawl(result, replica.requests(), replica.base_url, added)


def check_promises(run: FaultCrawl, served, disallowed=("/wp-admin/",), connection_faults=False):
    """What every crawl keeps, whatever the site does."""
    result = run.result
    assert result.returncode == 0, result.log[-3000:]
    assert run.stats["finish_reason"] == "finished"
    check_items(result.items, [matra.expected_item(a, run.base_url) for a in served])
    # No request left the replica: every request the downloader sent arrived
    # here. (After a dropped connection Twisted may resend a request by itself,
    # once, unseen by Scrapy: then the replica saw more.)
    sent = run.stats["downloader/request_count"]
    assert len(run.requests) >= sent if connection_faults else len(run.requests) == sent
    assert not [p for p in run.paths() if p.startswith(disallowed)]
    assert run.stats["memusage/max"] < MEMORY_BOUND


def article_hits(run: FaultCrawl, article) -> int:
    path = matra.article_path(article)
    return sum(1 for p in run.paths() if p.split("?")[0] == path)


# ------------------------------------------------------ transient faults --
class Transient(NamedTuple):
    """Every article fails once, then works; the first article never works."""
    transient: Callable                  # site -> Fault, on every article, times=1
    permanent: Optional[Callable]        # site -> Fault, on the first article, forever
    retry_reason: str                    # retry/reason_count/<this>
    failed_reason: Optional[str]         # article_fetch_failed/<this>, for the first article
    settings: dict = {}
    settle: float = 0.0                  # see crawl_through


TRANSIENT = {
    # Every request (robots.txt and REST too) fails twice, then works.
    "http_500": Transient(lambda site: faults.server_error(500, match=faults.any_path, times=2), None,
                          "500 Internal Server Error", None),
    "http_503": Transient(lambda site: faults.server_error(503, times=1),
                          lambda site: faults.server_error(503, match=FIRST_PATH),
                          "503 Service Unavailable", "HttpError"),
    "stall": Transient(lambda site: faults.stall(2, times=1),
                       lambda site: faults.stall(2, match=FIRST_PATH, times=None),
                       "scrapy.exceptions.DownloadTimeoutError", "DownloadTimeoutError",
                       {"DOWNLOAD_TIMEOUT": "1"}, settle=2.5),
    "truncated_body": Transient(lambda site: faults.truncated_body(site, times=1),
                                lambda site: faults.truncated_body(site, match=FIRST_PATH, times=None),
                                "scrapy.exceptions.ResponseDataLossError", "ResponseDataLossError"),
    "drop_connection": Transient(lambda site: faults.drop_connection(times=1),
                                 lambda site: faults.drop_connection(match=FIRST_PATH, times=None),
                                 "scrapy.exceptions.DownloadFailedError", "DownloadFailedError"),
    "reset_connection": Transient(lambda site: faults.reset_connection(times=1),
                                  lambda site: faults.reset_connection(match=FIRST_PATH, times=None),
                                  "scrapy.exceptions.DownloadFailedError", "DownloadFailedError"),
}
CONNECTION_FAULTS = ("drop_connection", "reset_connection")


@pytest.mark.parametrize("name", list(TRANSIENT))
def test_transient_faults_end_in_success_after_retries(tmp_path, name):
    case = TRANSIENT[name]
    # The permanent fault comes first: it answers its path before the transient one sees it.
    makers = [case.permanent, case.transient] if case.permanent else [case.transient]
    run = crawl_through(tmp_path, *makers, settings=case.settings, settle=case.settle)
    connection_faults = name in CONNECTION_FAULTS
    served = REST_OF_FEW if case.permanent else FEW
    check_promises(run, served, connection_faults=connection_faults)
    stats = run.stats
    retries = stats.get(f"retry/reason_count/{case.retry_reason}", 0)
    if case.permanent:
        failed = {k: v for k, v in stats.items() if k.startswith("article_fetch_failed/")}
        assert failed == {f"article_fetch_failed/{case.failed_reason}": 1}
        assert stats["retry/max_reached"] == 1
        if not connection_faults:
            assert article_hits(run, FIRST) == 4     # RETRY_TIMES = 3
    if connection_faults:
        # Every dropped answer but the first article's last one was retried:
        # by Scrapy (counted) or by Twisted on a reused connection (unseen).
        unseen = len(run.requests) - stats["downloader/request_count"]
        faulted = sum(1 for fault in run.faults for _, _, hit in fault.hits if hit)
        assert retries + unseen + 1 == faulted
    elif name == "http_500":
        assert retries == 2 * len(set(run.paths()))   # robots.txt, REST and every article: twice
    else:
        assert retries == len(REST_OF_FEW) + 3        # one per healthy article, three for the first
    for article in served:
        assert article_hits(run, article) == (3 if name == "http_500" else 2)


def test_429_retry_waits_for_retry_after(tmp_path):
    run = crawl_through(tmp_path, lambda site: faults.too_many_requests(retry_after=1, times=1))
    check_promises(run, FEW)
    assert run.stats["retry/reason_count/429 Unknown Status"] == len(FEW)
    fault = run.faults[0]
    for article in FEW:
        first, second = fault.requests_of(matra.article_path(article))
        assert second - first >= 1.0, "retried before Retry-After"


# --------------------------------------------------------- bad answers --
@pytest.mark.parametrize("make_fault,reason", [
    (lambda site: faults.gzip_bomb(match=FIRST_PATH), "DecompressionMaxSizeExceeded"),
    (lambda site: faults.huge_page(match=FIRST_PATH), "DownloadCancelledError"),
], ids=["gzip_bomb", "huge_page"])
def test_oversized_answers_are_refused_and_counted(tmp_path, make_fault, reason):
    run = crawl_through(tmp_path, make_fault)
    check_promises(run, REST_OF_FEW)
    assert run.stats[f"article_fetch_failed/{reason}"] == 1
    assert article_hits(run, FIRST) == 1   # refusing is final: no retry


def test_windows_1252_page_labelled_utf8_is_read_right(tmp_path):
    run = crawl_through(tmp_path, lambda site: faults.mislabelled_cp1252(site))
    check_promises(run, FEW)


# ------------------------------------------------------------ discovery --
@pytest.mark.parametrize("disable,fault_path,failed_source", [
    (("rest",), "/wp-sitemap.xml", "sitemap"),
    (("rest", "sitemap"), "/feed/", "feed"),
], ids=["sitemap", "feed"])
def test_xml_bomb_is_not_expanded(tmp_path, disable, fault_path, failed_source):
    kind = "sitemap" if failed_source == "sitemap" else "feed"
    run = crawl_through(tmp_path, lambda site: faults.xml_bomb(kind, fault_path), disable=disable)
    check_promises(run, FEW)
    assert run.stats[f"discovery/{failed_source}/failed"] == 1


@pytest.mark.parametrize("disable,fault_path,source", [
    (("rest",), "/wp-sitemap-posts-post-1.xml", "sitemap"),
    (("rest", "sitemap"), "/feed/", "feed"),
], ids=["sitemap", "feed"])
def test_malformed_xml_is_counted_and_the_next_source_finds_the_rest(tmp_path, disable, fault_path, source):
    run = crawl_through(tmp_path, lambda site: faults.malformed(site, fault_path), disable=disable)
    check_promises(run, FEW)
    assert run.stats[f"discovery/{source}/malformed"] == 1
    assert run.stats["discovery/listing/answered"] >= 1


def test_broken_rest_json_falls_back_to_sitemaps(tmp_path):
    run = crawl_through(tmp_path, lambda site: faults.malformed(site, lambda p: p.startswith("/wp-json/")))
    check_promises(run, FEW)
    assert run.stats["discovery/rest/failed"] == 1
    assert run.stats["discovery/sitemap/answered"] == 1


def test_broken_later_rest_page_is_counted_and_sitemaps_fill_the_gap(tmp_path):
    """REST page 2 of 2 is broken JSON: its posts come from the sitemap instead."""
    articles = matra.site_articles(104)   # 100 posts a page: two pages
    run = crawl_through(tmp_path, lambda site: faults.malformed(
        site, lambda p: p.startswith("/wp-json/") and "page=2&" in p), articles=articles)
    check_promises(run, articles)
    assert run.stats["discovery/rest/answered"] == 1
    assert run.stats["discovery/rest/page_failed"] == 1
    assert len([p for p in run.paths() if faults.is_article_page(p)]) == len(articles)


def test_endless_pagination_stops_at_the_page_limit(tmp_path):
    max_pages = 12
    run = crawl_through(tmp_path, lambda site: faults.endless_listing(per_page=2),
                        disable=("rest", "sitemap", "feed"), settings={"LISTING_MAX_PAGES": max_pages})
    check_promises(run, FEW)
    listing_pages = [p for p in run.paths() if p == "/" or p.startswith("/page/")]
    assert len(listing_pages) == max_pages
    assert run.stats["discovery/listing/max_pages_reached"] == 1
    # The trap's articles do not exist: each one a counted 404.
    assert run.stats["article_fetch_failed/HttpError"] == 2 * (max_pages - 1)


@pytest.mark.parametrize("disable", [("rest", "sitemap"), ("rest", "sitemap", "feed")], ids=["feed", "listing"])
def test_tracking_parameters_and_amp_variants_are_one_article(tmp_path, disable):
    run = crawl_through(tmp_path, lambda site: faults.tracking_and_amp_links(site), disable=disable)
    check_promises(run, FEW)   # exported under the clean permalink
    for article in FEW:
        assert article_hits(run, article) == 1
    assert not [p for p in run.paths() if "utm_" in p or p.endswith("/amp/")]


def test_robots_disallowed_section_is_never_requested(tmp_path):
    run = crawl_through(tmp_path, lambda site: faults.robots_disallow(site, "/2022/"))
    allowed = [a for a in FEW if not matra.article_path(a).startswith("/2022/")]
    assert len(allowed) < len(FEW)
    check_promises(run, allowed, disallowed=("/wp-admin/", "/2022/"))
    assert run.stats["robotstxt/forbidden"] == len(FEW) - len(allowed)
    assert run.stats["article_fetch_failed/IgnoreRequest"] == len(FEW) - len(allowed)


# ------------------------------------------------------------ redirects --
def test_redirect_loop_is_counted(tmp_path):
    run = crawl_through(tmp_path, lambda site: faults.redirect_loop(match=FIRST_PATH))
    check_promises(run, REST_OF_FEW)
    assert run.stats["article_fetch_failed/redirect_loop"] == 1


def test_redirect_to_another_domain_is_never_followed(tmp_path):
    """The target is a second replica under another host name for the same
    loopback address ("localhost" vs "127.0.0.1": allowed_domains is by host)."""
    with Replica(matra.build_site(FEW)) as elsewhere:
        target = elsewhere.base_url.replace("127.0.0.1", "localhost")
        run = crawl_through(tmp_path, lambda site: faults.redirect_elsewhere(target, match=FIRST_PATH))
        never_asked = elsewhere.requests()
        # The target is reachable under that name: an empty log means not asked.
        with urllib.request.urlopen(target + FIRST_PATH, timeout=5) as answer:
            assert answer.status == 200
        assert [r.path for r in elsewhere.requests()] == [FIRST_PATH]
    assert never_asked == []
    check_promises(run, REST_OF_FEW)
    assert run.stats["offsite/filtered"] == 1
    assert run.stats["article_fetch_failed/redirect_offsite"] == 1
