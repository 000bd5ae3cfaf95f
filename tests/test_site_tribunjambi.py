"""`scrapy crawl tribunjambi` against its reconstructed replica, end to end.

The replica (tests/replica/tribunjambi.py) serves each article split over
pages unless ?page=all is asked for, a two-day Google News sitemap and two
paginated listings; the server's request log shows what the spider fetched.
"""
from datetime import datetime

import pytest

from tests.crawling import crawl_replica
from tests.expect import check_items
from tests.replica import tribunjambi as tribun

ARTICLES = tribun.site_articles()
BACKFILL_SINCE = "2020-01-01"   # older than every article: the news sitemap falls short of it


def expected(articles, base_url):
    return [tribun.expected_item(a, base_url) for a in articles]


def article_requests(requests):
    return [r.path for r in requests if r.path[1:3] == "20"]


def listing_requests(requests):
    return [r.path for r in requests if r.path.startswith((tribun.SECTION[0], tribun.TOPIC[0]))]


@pytest.fixture(scope="module")
def backfill(tmp_path_factory):
    return crawl_replica("tribunjambi", tribun.build_site(), tmp_path_factory.mktemp("backfill"),
                         "-a", f"since={BACKFILL_SINCE}")


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    return crawl_replica("tribunjambi", tribun.build_site(), tmp_path_factory.mktemp("nightly"))


def by_slug(items):
    return {item["url"].rsplit("/", 1)[-1]: item for item in items}


# ------------------------------------------------------------------ replica
def test_replica_serves_page_one_only_unless_page_all():
    site = tribun.build_site()
    site.bind("http://replica")
    article = tribun.find("multi_page")
    path = tribun.article_path(article)
    first, whole = site(path).body.decode(), site(path + "?page=all").body.decode()
    last = article["body_paragraphs"][-1][:60]
    assert "Halaman" in first and f"{path}?page=2" in first and f"{path}?page=3" in first
    assert last not in first and last in whole and "Halaman" not in whole
    second = site(path + "?page=2").body.decode()
    assert article["body_paragraphs"][1][:60] in first and article["body_paragraphs"][1][:60] not in second
    assert "RECONSTRUCTION" in first and "RECONSTRUCTION" in site("/sitemap-news.xml").body.decode()


# ----------------------------------------------------------------- backfill
def test_backfill_exports_every_article_once_with_its_fields(backfill):
    replica, result, _ = backfill
    assert result.returncode == 0, result.log[-3000:]
    assert len(ARTICLES) >= 46
    check_items(result.items, expected(ARTICLES, replica.base_url))


def test_each_article_is_fetched_once_whole_and_never_page_by_page(backfill):
    _, result, requests = backfill
    fetched = article_requests(requests)
    assert sorted(fetched) == sorted(tribun.article_path(a) + "?page=all" for a in ARTICLES)
    assert not any("page=" in p and not p.endswith("?page=all") for p in fetched)
    assert not any(r.path.startswith("/amp/") for r in requests)
    # Most articles really are split: without ?page=all their bodies would be cut.
    site = replica_site()
    assert sum(len(site.pages_of(a)) > 1 for a in ARTICLES) >= len(ARTICLES) - 2


def replica_site():
    site = tribun.build_site()
    site.bind("http://replica")
    return site


def test_news_sitemap_short_of_since_hands_over_to_both_listings(backfill):
    _, result, requests = backfill
    stats = result.stats
    assert stats["discovery/sitemap/short_of_since"] == 1
    assert stats["discovery/listing/answered"] == 2
    listings = listing_requests(requests)
    for path in (tribun.SECTION[0], tribun.TOPIC[0]):
        assert f"{path}?page=2" in listings          # both listings really page
    assert len(listings) == len(set(listings))      # no listing page twice
    assert "/sitemap-news.xml" in [r.path for r in requests]


def test_politeness_robots_first_no_search(backfill):
    _, _, requests = backfill
    assert requests[0].path == "/robots.txt"
    assert not any(r.path.startswith("/search") for r in requests)
    assert {r.user_agent for r in requests} == {requests[0].user_agent}


def test_every_field_from_the_sites_own_selectors_no_drift(backfill):
    _, result, _ = backfill
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/tribunjambi/{field}/profile"] == len(ARTICLES), field
    assert not any(key.startswith("drift/") for key in result.stats)
    assert "Template drift" not in result.log


def test_datelines_bylines_and_editors(backfill):
    _, result, _ = backfill
    items = by_slug(result.items)
    assert items[tribun.find("dateline_muara_bulian")["slug"]]["dateline"] == {
        "raw": "TRIBUNJAMBI.COM, MUARA BULIAN -", "place": "Muara Bulian", "outlet": "TRIBUNJAMBI.COM"}
    assert items[tribun.find("multi_page")["slug"]]["dateline"]["raw"] == "TRIBUNJAMBI.COM, JAMBI -"
    # "Penulis: tribunjambi | Editor: Duanto AS" with no credit: the desk account is the author.
    desk = items[tribun.find("byline_tribunjambi")["slug"]]
    assert (desk["authors"], desk["editor"]) == (["tribunjambi"], "Duanto AS")
    # The closing credit names the reporter behind the desk account.
    assert items[tribun.find("byline_desk_credit_reporter")["slug"]]["authors"] == ["Rifani Halim"]
    assert items[tribun.find("credit_two_reporters")["slug"]]["authors"] == ["Aryo Tondang", "Rifani Halim"]
    assert items[tribun.find("no_jsonld")["slug"]]["editor"] == "Nani Rachmaini"
    assert all(item["editor"] for item in result.items)


def test_no_boilerplate_in_any_body(backfill):
    _, result, _ = backfill
    for item in result.items:
        body = item["body"]
        for phrase in ("Baca juga", "BACA JUGA", "ADVERTISEMENT", "Google News", "Halaman", "Selanjutnya",
                       "Tampilkan Semua", "Tribunjambi.com/", "TRIBUNJAMBI.COM", "Penulis", "Editor:",
                       "Berita Terkait", "googletag", "Tags:"):
            assert phrase not in body, (item["url"], phrase)


def test_dates_from_json_ld_or_the_visible_date_line(backfill):
    _, result, _ = backfill
    items = by_slug(result.items)
    only_visible = items[tribun.find("only_visible_date")["slug"]]
    assert only_visible["published_at"] == "2026-07-14T09:30:00+07:00"
    updated = items[tribun.find("updated")["slug"]]
    assert updated["modified_at"] == "2026-11-19T18:30:00+07:00"


# ------------------------------------------------------------------ nightly
def test_nightly_run_takes_the_news_sitemap_only(nightly):
    replica, result, requests = nightly
    assert result.returncode == 0, result.log[-3000:]
    recent = [a for a in ARTICLES if tribun.in_news_sitemap(a)]
    assert 4 <= len(recent) < len(ARTICLES) // 4
    check_items(result.items, expected(recent, replica.base_url))
    assert listing_requests(requests) == []
    assert result.stats["discovery/sitemap/answered"] == 1


# ----------------------------------------------------------- since / until
def test_since_bound_stops_the_listing_walk(tmp_path):
    since = "2026-11-12"
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    replica, result, requests = crawl_replica("tribunjambi", tribun.build_site(), tmp_path,
                                              "-a", f"since={since}")
    check_items(result.items, expected(inside, replica.base_url))
    # Nothing dated before `since` by its URL is fetched, and page 1 of each listing reaches back far enough.
    assert all(path[1:11].replace("/", "-") >= since for path in article_requests(requests))
    assert sorted(listing_requests(requests)) == sorted([tribun.SECTION[0], tribun.TOPIC[0]])


def test_until_bound_leaves_out_the_newer(tmp_path):
    since, until = "2024-01-01", "2026-10-31"
    inside = [a for a in ARTICLES if since <= a["published_at"][:10] <= until]
    site = tribun.build_site(disable=("sitemap",))
    replica, result, requests = crawl_replica("tribunjambi", site, tmp_path,
                                              "-a", f"since={since}", "-a", f"until={until}")
    fetched = article_requests(requests)
    assert {a["slug"] for a in inside} >= {tribun.find("oldest")["slug"], tribun.find("byline_tribunjambi")["slug"]}
    check_items(result.items, expected(inside, replica.base_url))
    assert all(path[1:11].replace("/", "-") <= until for path in fetched)


def test_generated_dates_are_in_the_past_and_unique():
    """The replica's own sanity: newest first listings need distinct, past times."""
    times = [datetime.fromisoformat(a["published_at"]) for a in ARTICLES]
    assert len(set(times)) == len(times) and max(times) <= tribun.NOW
