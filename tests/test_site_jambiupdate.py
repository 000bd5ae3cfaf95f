"""`scrapy crawl jambiupdate` against its reconstructed replica, end to end.

The site's quirk: listing cards carry relative dates ("21 Jam yang lalu")
computed from the real clock, article pages the absolute time. Listings are
its only discovery source.
"""
from datetime import datetime, timedelta

import pytest

from matra_crawler.normalize.dates import parse_date
from tests.crawling import crawl_built_replica, crawl_replica
from tests.expect import check_items, expected_items
from tests.replica import jambiupdate
from tests.replica.portals import WIB, wib


def expected(site, articles=None):
    return expected_items(jambiupdate, site, articles)


def article_paths(requests):
    return [r.path for r in requests if r.path.startswith("/artikel/")]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    return crawl_built_replica("jambiupdate", jambiupdate, tmp_path_factory.mktemp("full"))


def test_every_article_exported_once_with_its_fields(full_crawl):
    site, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    assert len(site.articles) >= 20
    check_items(result.items, expected(site))


def test_the_sites_own_selectors_found_every_field(full_crawl):
    site, result, _ = full_crawl
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats.get(f"field_source/jambiupdate/{field}/profile") == len(site.articles), field
    assert not any(key.startswith("drift/") for key in result.stats)
    assert "Template drift" not in result.log


def test_listings_are_walked_to_their_end_and_each_article_fetched_once(full_crawl):
    site, result, requests = full_crawl
    paths = [r.path for r in requests]
    assert paths[0] == "/robots.txt"
    assert not any("sitemap" in p or "feed" in p or "wp-json" in p for p in paths)
    for category in jambiupdate.CATEGORIES:
        listed = [a for a in site.articles if a["categories"][0].lower() == category]
        pages = -(-len(listed) // jambiupdate.PER_PAGE)
        walked = [p for p in paths if p.startswith(f"/kategori/{category}")]
        # Every page of the listing once, then past the end, where the CMS
        # answers an empty list: the walk ends there, or one page later
        # (an empty list is read as the whole page, whose sidebar links
        # are new to this listing once).
        numbers = sorted(int(p.rsplit("/", 1)[1]) if p.count("/") == 3 else 1 for p in walked)
        assert len(walked) == len(set(walked))
        assert numbers in (list(range(1, pages + 2)), list(range(1, pages + 3)))
    fetched = article_paths(requests)
    assert len(fetched) == len(set(fetched)) == len(site.articles)
    assert result.stats["discovery/listing/answered"] == 2


def test_published_at_comes_from_the_article_page_not_the_relative_listing_date(full_crawl):
    site, result, _ = full_crawl
    article = jambiupdate.find(site, "twenty_one_hours_ago")
    item = next(i for i in result.items if i["url"] == site.article_url(article))
    assert item["published_at"] == article["published_at"]
    # What the listing said is another moment (its time of day is the crawl's, less 21 hours).
    listed = parse_date("21 Jam yang lalu", now=datetime.fromisoformat(item["crawled_at"]))
    assert abs(listed - wib(article["published_at"])) < timedelta(hours=1)
    assert listed.isoformat(timespec="seconds") != item["published_at"]
    # Seconds as the page states them ("... - 16:20:18 WIB"), WIB offset.
    assert item["published_at"].endswith("+07:00")


def test_datelines_bylines_and_boilerplate(full_crawl):
    site, result, _ = full_crawl
    for item in result.items:
        assert item["dateline"]["outlet"] == "JAMBIUPDATE.CO"
        assert item["authors"] and item["authors"][0] in jambiupdate.REPORTERS
        for phrase in ("JAMBIUPDATE.CO", "Baca Juga", "Google News", "adsbygoogle", "Bagikan", "Tags:",
                       "Terpopuler", "yang lalu", "(Foto", "Berita Terkait"):
            assert phrase not in item["body"], (item["url"], phrase)
    by_url = {i["url"]: i for i in result.items}
    sawit = by_url[site.article_url(jambiupdate.find(site, "newest"))]
    assert sawit["images"][0]["credit"] == "Andri/Jambiupdate"
    tebo = by_url[site.article_url(jambiupdate.find(site, "subheading_h2"))]
    assert "\n\nHarga Turun Sejak Awal Bulan\n\n" in tebo["body"]


def test_since_stops_the_listing_walk_at_the_relative_dates(tmp_path):
    site = jambiupdate.build_site()
    since = (datetime.now(WIB) - timedelta(days=3)).date()
    inside = [a for a in site.articles if wib(a["published_at"]).date() >= since]
    _, result, requests = crawl_replica("jambiupdate", site, tmp_path, "-a", f"since={since.isoformat()}")
    assert 2 <= len(inside) < len(site.articles) // 3
    check_items(result.items, expected(site, inside))
    # Page 1 of each listing already reaches back past `since`: no page 2.
    assert sorted(r.path for r in requests if r.path.startswith("/kategori/")) == \
        ["/kategori/bisnis", "/kategori/daerah"]
    # Cards dated (by the listing) before `since` are not even fetched.
    assert len(article_paths(requests)) <= len(inside) + 2


@pytest.mark.parametrize("age,shown", [
    (timedelta(seconds=40), "40 Detik yang lalu"),
    (timedelta(minutes=25, seconds=59), "25 Menit yang lalu"),
    (timedelta(hours=21, minutes=30), "21 Jam yang lalu"),
    (timedelta(days=2, hours=4), "2 Hari yang lalu"),
    (timedelta(days=16), "2 Minggu yang lalu"),
    (timedelta(days=40), "1 Bulan yang lalu"),
    (timedelta(days=800), "2 Tahun yang lalu"),
])
def test_replica_dates_cards_relatively_like_the_site(age, shown):
    now = datetime(2026, 11, 27, 12, 0, tzinfo=WIB)
    assert jambiupdate.relative_age(now - age, now) == shown
    # Rounded down, so the day the parser reads back is never before the real
    # one: stopping a listing walk at `since` on it never loses an article.
    assert parse_date(shown, now=now).date() >= (now - age).date()
