"""The discovery plan and each source, without a reactor: answers are
Scrapy responses built by hand, and what a source makes of them is data."""
from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy.http import HtmlResponse, TextResponse

from matra_crawler.discovery import (ANSWERED, FAILED, GROUPS, SOURCES, Ask, DiscoveryPlan, FeedSource,
                                     ListingSource, RestSource, Scope, SitemapSource)
from matra_crawler.normalize.dates import WIB
from matra_crawler.sites import MATRA
from matra_crawler.sites.profile import Listing

BASE = "https://m.net/"


def scope(**changes) -> Scope:
    profile = changes.pop("profile", MATRA)
    return Scope(base_url=BASE, profile=profile, site_tz=WIB, **changes)


def answer(url: str, body: str | bytes, headers: dict | None = None, html: bool = False):
    body = body.encode() if isinstance(body, str) else body
    kind = HtmlResponse if html else TextResponse
    return kind(url, body=body, headers=headers or {}, encoding="utf-8")


# ------------------------------------------------------------------- plan
def test_groups_are_rest_then_sitemaps_and_feed_then_listings():
    assert GROUPS == (("rest",), ("sitemap", "feed"), ("listing",))
    assert set(SOURCES) == {"rest", "sitemap", "feed", "listing"}


@pytest.mark.parametrize("available,preferred,first,order", [
    (("rest", "sitemap", "feed", "listing"), None, ("rest",), [0, 1, 2]),
    (("rest", "sitemap", "feed", "listing"), 2, ("listing",), [2, 0, 1]),   # answered last time: first
    (("rest", "sitemap", "feed", "listing"), 7, ("rest",), [0, 1, 2]),      # a stale number: ignored
    (("rest", "sitemap", "feed", "listing"), "1", ("rest",), [0, 1, 2]),
    (("feed", "listing"), None, ("feed",), [0, 1, 2]),                      # groups the site lacks: skipped
    (("listing",), 1, ("listing",), [1, 0, 2]),
])
def test_plan_starts_with_the_preferred_group_and_skips_what_the_site_lacks(available, preferred, first, order):
    plan = DiscoveryPlan(GROUPS, available, preferred)
    assert plan.order == order
    assert plan.start(0).sources == first


def test_plan_is_exhausted_when_no_group_is_left():
    plan = DiscoveryPlan(GROUPS, ("rest",))
    assert plan.start(0).sources == ("rest",)
    assert plan.verdict(0, "rest", FAILED) is True
    assert plan.fall_back(0).exhausted


def test_a_group_fails_only_when_every_source_in_it_failed():
    plan = DiscoveryPlan(GROUPS, ("sitemap", "feed", "listing"))
    group = plan.start(0)
    assert group.sources == ("sitemap", "feed") and group.number == 1
    assert plan.verdict(group.position, "sitemap", FAILED) is False   # the feed may still answer
    assert plan.verdict(group.position, "feed", FAILED) is True
    assert plan.fall_back(group.position).sources == ("listing",)


def test_one_answer_keeps_the_group_and_is_remembered_by_number():
    plan = DiscoveryPlan(GROUPS, ("rest", "sitemap", "feed"), preferred=1)
    assert plan.start(0).sources == ("sitemap", "feed")
    assert plan.verdict(0, "feed", ANSWERED) is False
    assert plan.verdict(0, "sitemap", FAILED) is False
    assert plan.answered_group == 1    # the group's number, not its position this run


def test_fall_back_happens_once_per_group():
    plan = DiscoveryPlan(GROUPS, ("rest", "sitemap", "feed"))
    plan.start(0)
    assert plan.verdict(0, "rest", ANSWERED) is False
    assert plan.fall_back(0).sources == ("sitemap", "feed")   # an incomplete REST list
    assert plan.fall_back(0) is None                          # a second loss starts nothing more


def test_split_sources_fail_only_when_all_their_starts_fail():
    plan = DiscoveryPlan(GROUPS, ("listing",))
    plan.start(0)
    plan.split(0, "listing", ["listing:0", "listing:1"])
    assert plan.verdict(0, "listing:0", FAILED) is False
    assert plan.verdict(0, "listing:1", FAILED) is True
    assert plan.verdict(0, "listing:1", FAILED) is False      # a verdict counts once


# ------------------------------------------------------------------- REST
POSTS = json.dumps([{"id": 1, "link": "https://m.net/2026/11/10/a/", "date_gmt": "2026-11-10T01:00:00"}])


def test_rest_asks_within_since_until_and_after_the_watermark():
    source = RestSource(scope(since=date(2026, 11, 10), until=date(2026, 11, 12),
                              watermark=datetime(2026, 11, 20, 10, tzinfo=timezone.utc)))
    [ask] = source.first()
    query = parse_qs(urlsplit(ask.url).query)
    assert ask.url.startswith("https://m.net/wp-json/wp/v2/posts?")
    assert query["after"] == ["2026-11-10T00:00:00"] and query["before"] == ["2026-11-13T00:00:00"]
    assert query["modified_after"] == ["2026-11-19T10:00:00Z"] and query["per_page"] == ["100"]


def test_rest_first_page_answers_and_asks_every_other_page():
    source = RestSource(scope())
    [first] = source.first()
    outcome = source.read(answer(first.url, POSTS, {"X-WP-TotalPages": "3"}), first)
    assert outcome.verdict is ANSWERED and [f.url for f in outcome.found] == ["https://m.net/2026/11/10/a/"]
    assert [ask.page for ask in outcome.next] == [2, 3]
    later = source.read(answer(outcome.next[0].url, POSTS), outcome.next[0])
    assert later.verdict is None and later.next == [] and len(later.found) == 1


@pytest.mark.parametrize("page,verdict,incomplete", [(1, FAILED, None), (2, None, "page_failed")])
def test_rest_error_answers_and_failed_fetches(page, verdict, incomplete):
    source = RestSource(scope())
    ask = source.ask(page)
    for outcome in (source.read(answer(ask.url, '{"code": "rest_no_route"}'), ask), source.failed(ask)):
        assert (outcome.verdict, outcome.incomplete, outcome.found) == (verdict, incomplete, [])


# --------------------------------------------------------------- sitemaps
INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://m.net/wp-sitemap-posts-post-1.xml</loc><lastmod>2026-11-20T00:00:00+00:00</lastmod></sitemap>
<sitemap><loc>https://m.net/wp-sitemap-posts-post-2.xml</loc><lastmod>2026-01-01T00:00:00+00:00</lastmod></sitemap>
<sitemap><loc>https://m.net/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
<sitemap><loc>file:///etc/passwd</loc></sitemap>
</sitemapindex>"""
URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://m.net/2026/11/12/a/</loc><lastmod>2026-11-12T08:00:00+07:00</lastmod></url>
<url><loc>https://m.net/2026/11/11/b/</loc><lastmod>2026-11-11T08:00:00+07:00</lastmod></url>
</urlset>"""


def test_sitemap_index_asks_children_that_list_articles_since():
    source = SitemapSource(scope(since=date(2026, 11, 1)))
    [root] = source.first()
    outcome = source.read(answer(root.url, INDEX), root)
    assert outcome.verdict is ANSWERED and outcome.incomplete is None
    # not the taxonomy sitemap, not one unchanged since `since`, never a file:// URL
    assert [ask.url for ask in outcome.next] == ["https://m.net/wp-sitemap-posts-post-1.xml"]
    assert outcome.refused == ["file:///etc/passwd"]
    child = source.read(answer(outcome.next[0].url, URLSET), outcome.next[0])
    assert child.verdict is None and [f.url for f in child.found] == ["https://m.net/2026/11/12/a/",
                                                                       "https://m.net/2026/11/11/b/"]


def test_sitemap_tries_the_next_name_then_fails():
    source = SitemapSource(scope())
    [first] = source.first()
    assert first.url == "https://m.net/wp-sitemap.xml"
    not_xml = source.read(answer(first.url, "<html>Not found</html>"), first)
    assert not_xml.verdict is None and [a.url for a in not_xml.next] == ["https://m.net/sitemap_index.xml"]
    assert [a.url for a in source.failed(first).next] == ["https://m.net/sitemap_index.xml"]
    last = source.root(len(MATRA.sitemaps) - 1)
    assert source.failed(last).verdict is FAILED
    assert source.read(answer(last.url, "nothing"), last).verdict is FAILED


def test_flat_sitemap_short_of_since_is_taken_but_no_answer():
    source = SitemapSource(scope(since=date(2026, 11, 1)))
    [root] = source.first()
    outcome = source.read(answer(root.url, URLSET), root)
    assert outcome.verdict is FAILED and outcome.counts == ["short_of_since"] and len(outcome.found) == 2
    assert SitemapSource(scope(since=date(2026, 11, 11))).read(answer(root.url, URLSET), root).verdict is ANSWERED


def test_broken_sitemaps_are_incomplete():
    source = SitemapSource(scope())
    child = Ask("https://m.net/wp-sitemap-posts-post-1.xml", "sitemap", page=2)
    cut = source.read(answer(child.url, URLSET[:-40]), child)
    assert cut.incomplete == "malformed" and cut.found          # what came before the break is kept
    assert source.read(answer(child.url, b"\x00\x01 binary"), child).incomplete in ("unreadable", "malformed")
    assert source.failed(child).incomplete == "page_failed" and source.failed(child).verdict is None


# ------------------------------------------------------------------- feed
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<item><link>https://m.net/2026/11/12/a/</link><pubDate>Thu, 12 Nov 2026 01:00:00 +0000</pubDate></item>
<item><link>https://m.net/2026/11/11/b/</link><pubDate>Wed, 11 Nov 2026 01:00:00 +0000</pubDate></item>
</channel></rss>"""


@pytest.mark.parametrize("body,since,verdict,counts,found", [
    (FEED, None, ANSWERED, [], 2),
    (FEED, date(2026, 11, 11), ANSWERED, [], 2),
    (FEED, date(2026, 11, 1), FAILED, ["short_of_since"], 2),    # the newest few: look further back
    (FEED[:-30], None, FAILED, ["malformed"], 2),                # breaks off: taken, but no answer
    ("<rss><channel></channel></rss>", None, FAILED, [], 0),
    ("<html>Not found</html>", None, FAILED, [], 0),
])
def test_feed_verdicts(body, since, verdict, counts, found):
    source = FeedSource(scope(since=since))
    [ask] = source.first()
    outcome = source.read(answer(ask.url, body), ask)
    assert (outcome.verdict, outcome.counts, len(outcome.found)) == (verdict, counts, found)


def test_a_site_without_a_feed_or_sitemaps_has_nothing_to_ask():
    bare = dataclasses.replace(MATRA, feed="", sitemaps=(), listings=())
    assert [SOURCES[name](scope(profile=bare)).first() for name in ("sitemap", "feed", "listing")] == [[], [], []]


# --------------------------------------------------------------- listings
def listing_page(*days: int, month: int = 11) -> str:
    items = "".join(f"<article><a href='/2026/{month:02d}/{day:02d}/s{day}/'>S</a>"
                    f"<time datetime='2026-{month:02d}-{day:02d}T08:00:00+07:00'>x</time></article>"
                    for day in days)
    return f"<main>{items}</main><aside><a href='/2026/01/01/sidebar/'>x</a></aside>"


LISTED = dataclasses.replace(MATRA, listings=(
    Listing("/", "/page/{page}/", item="main article", item_date="time"),
    Listing("/tag/x/", "/tag/x/page/{page}/", item="main article")))


def read_listing(source, ask, html):
    return source.read(answer(ask.url, html, html=True), ask)


def test_each_listing_is_a_start_of_its_own_and_pages_on():
    source = ListingSource(scope(profile=LISTED))
    first, second = source.first()
    assert (first.source, second.source) == ("listing:0", "listing:1")
    assert first.url == "https://m.net/"
    outcome = read_listing(source, first, listing_page(12, 11))
    assert outcome.verdict is ANSWERED and [f.published_day(WIB) for f in outcome.found] == [date(2026, 11, 12),
                                                                                           date(2026, 11, 11)]
    [page2] = outcome.next
    assert page2.url == "https://m.net/page/2/" and page2.source == "listing:0"
    assert read_listing(source, page2, listing_page(10, 9)).verdict is None


@pytest.mark.parametrize("pages,since,max_pages,next_pages,counts", [
    ([listing_page(12, 11), listing_page(12, 11)], None, 50, [2], []),      # a CMS repeating its last page
    ([listing_page(12, 11), listing_page(10, 9)], date(2026, 11, 10), 50, [2], []),   # reached since
    ([listing_page(12, 11)], date(2026, 11, 12), 50, [], []),
    ([listing_page(12, 11), listing_page(10, 9)], None, 2, [2], ["max_pages_reached"]),
])
def test_listing_stops_paging(pages, since, max_pages, next_pages, counts):
    source = ListingSource(scope(profile=LISTED, since=since, listing_max_pages=max_pages))
    ask, asked, seen_counts = source.first()[0], [], []
    for html in pages:
        outcome = read_listing(source, ask, html)
        seen_counts += outcome.counts
        if not outcome.next:
            break
        [ask] = outcome.next
        asked.append(ask.page)
    assert asked == next_pages and seen_counts == counts


def test_listing_stops_at_what_the_last_complete_run_exported():
    known = {"https://m.net/2026/11/12/s12/", "https://m.net/2026/11/11/s11/"}
    source = ListingSource(scope(profile=LISTED, covered=lambda url: url in known))
    first = source.first()[0]
    outcome = read_listing(source, first, listing_page(12, 11))
    assert outcome.counts == ["stopped_at_known"] and outcome.next == [] and len(outcome.found) == 2
    fresh = ListingSource(scope(profile=LISTED, covered=lambda url: url in known))
    assert read_listing(fresh, first, listing_page(13, 12)).next   # one new article: page on


def test_an_empty_first_listing_page_fails_and_a_later_one_reads_no_sidebar():
    source = ListingSource(scope(profile=LISTED))
    first = source.first()[0]
    empty = "<main><p>Tidak ada</p></main><aside><a href='/2026/01/01/sidebar/'>x</a></aside>"
    assert [f.url for f in read_listing(source, first, empty).found] == ["https://m.net/2026/01/01/sidebar/"]
    assert read_listing(source, first, "<p>nothing</p>").verdict is FAILED
    assert read_listing(source, source.ask(0, 2), empty).found == []
    assert source.failed(first).verdict is FAILED


@pytest.mark.parametrize("page,status,verdict,incomplete,counts", [
    (1, 500, FAILED, None, []),
    (1, 404, FAILED, None, []),
    (2, 404, None, None, ["ended_not_found"]),     # how most CMSs end a listing
    (3, 410, None, None, ["ended_not_found"]),
    (2, 500, None, "page_failed", []),            # the older articles it listed are hidden
    (2, 403, None, "page_failed", []),
    (2, None, None, "page_failed", []),           # a timeout, a refused connection
])
def test_a_failed_listing_page(page, status, verdict, incomplete, counts):
    outcome = ListingSource(scope(profile=LISTED)).failed(ListingSource(scope(profile=LISTED)).ask(0, page), status)
    assert (outcome.verdict, outcome.incomplete, outcome.counts, outcome.next) == (verdict, incomplete, counts, [])
