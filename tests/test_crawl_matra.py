"""`scrapy crawl matra` against the local replica, end to end.

Each crawl is a real subprocess (tests/crawling.py); the replica runs in this
process and logs every request it answers, so discovery cost and politeness
are checked from the server's side.
"""
import pytest

from tests.crawling import crawl, crawl_replica
from tests.expect import check_items
from tests.replica import matra
from tests.replica.server import Replica


def expected(base_url: str, articles=matra.ARTICLES) -> list[dict]:
    return [matra.expected_item(article, base_url) for article in articles]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    return crawl_replica("matra", matra.build_site(), tmp_path_factory.mktemp("full"))


def test_every_article_exported_once_with_its_fields(full_crawl):
    replica, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(replica.base_url))


def test_rest_api_is_the_only_discovery_source_when_it_answers(full_crawl):
    _, result, requests = full_crawl
    paths = [r.path for r in requests]
    assert result.stats["discovery/rest/answered"] == 1
    assert not any("sitemap" in p or p.startswith("/feed") or p.startswith("/page/") for p in paths)
    # robots.txt + one REST page + one fetch per article, nothing twice.
    article_paths = [p for p in paths if p.startswith("/20")]
    assert len(article_paths) == len(set(article_paths)) == len(matra.ARTICLES)
    assert len(paths) == 2 + len(matra.ARTICLES)


def test_polite_user_agent_and_robots(full_crawl):
    _, _, requests = full_crawl
    assert requests[0].path == "/robots.txt"
    assert {r.user_agent for r in requests} == {requests[0].user_agent}
    assert requests[0].user_agent.startswith("matra_crawler/") and "+http" in requests[0].user_agent


def test_no_comment_form_or_boilerplate_text_in_any_body(full_crawl):
    _, result, _ = full_crawl
    for item in result.items:
        for phrase in ("Tinggalkan Balasan", "Alamat email Anda", "Baca Juga", "Bagikan",
                       "Kirim Komentar", "Berita Terkait", "adsbygoogle", "(Foto"):
            assert phrase not in item["body"], (item["url"], phrase)


@pytest.mark.parametrize("disable,source", [
    (("rest",), "sitemap"),
    (("rest", "sitemap"), "feed"),
    (("rest", "sitemap", "feed"), "listing"),
])
def test_falls_back_when_cheaper_sources_are_missing(tmp_path, disable, source):
    replica, result, requests = crawl_replica("matra", matra.build_site(disable=disable), tmp_path)
    assert result.stats[f"discovery/{source}/answered"] >= 1
    if source == "feed":
        # The feed lists only the newest posts: exactly those, once each.
        newest = sorted(matra.ARTICLES, key=lambda a: a["published_at"], reverse=True)[:10]
        check_items(result.items, expected(replica.base_url, newest))
    else:
        check_items(result.items, expected(replica.base_url))
    article_paths = [r.path for r in requests if r.path.startswith("/20")]
    assert len(article_paths) == len(set(article_paths))


@pytest.mark.parametrize("disable", [(), ("rest",), ("rest", "sitemap", "feed")])
def test_since_and_until_bound_the_run(tmp_path, disable):
    since, until = "2023-01-01", "2025-06-30"
    inside = [a for a in matra.ARTICLES if since <= a["published_at"][:10] <= until]
    replica, result, requests = crawl_replica("matra", matra.build_site(disable=disable), tmp_path,
                                              "-a", f"since={since}", "-a", f"until={until}")
    fetched = {r.path for r in requests if r.path.startswith("/20")}
    check_items(result.items, expected(replica.base_url, inside))
    # Articles dated before `since` by their URL are never fetched.
    assert not any(path[1:5] < since[:4] for path in fetched)


@pytest.mark.parametrize("disable", [(), ("rest",), ("rest", "sitemap", "feed")])
def test_since_and_until_are_days_on_the_sites_clock(tmp_path, disable):
    """03:00 WIB on the `since` day is 20:00 UTC the day before, and 05:00
    WIB the day after `until` is 22:00 UTC on it: the days are WIB days."""
    newest = max(matra.ARTICLES, key=lambda a: a["published_at"])
    edges = [matra.follow_up(newest, slug, when, post_id=990001 + n) for n, (slug, when) in enumerate([
        ("sebelum-tengah-malam-sehari-sebelumnya", "2026-11-09T23:00:00+07:00"),    # out
        ("dini-hari-hari-pertama", "2026-11-10T03:00:00+07:00"),                    # in
        ("larut-malam-hari-terakhir", "2026-11-12T23:30:00+07:00"),                 # in
        ("subuh-sehari-sesudahnya", "2026-11-13T05:00:00+07:00"),                   # out
    ])]
    replica, result, _ = crawl_replica("matra", matra.build_site([*matra.ARTICLES, *edges], disable=disable),
                                       tmp_path, "-a", "since=2026-11-10", "-a", "until=2026-11-12")
    assert sorted(item["url"].rstrip("/").rsplit("/", 1)[-1] for item in result.items) == \
        ["dini-hari-hari-pertama", "larut-malam-hari-terakhir"]


def test_a_feed_short_of_since_lets_the_listings_reach_back(tmp_path):
    """The feed holds the newest 10 (back to 2023-05-16): a run from 2022 needs the listings too."""
    since = "2022-01-01"
    inside = [a for a in matra.ARTICLES if a["published_at"][:10] >= since]
    assert len(inside) > 10
    site = matra.build_site(disable=("rest", "sitemap"))
    replica, result, requests = crawl_replica("matra", site, tmp_path, "-a", f"since={since}")
    assert result.stats["discovery/feed/short_of_since"] == 1
    assert result.stats["discovery/listing/answered"] >= 1
    check_items(result.items, expected(replica.base_url, inside))
    article_paths = [r.path for r in requests if r.path.startswith("/20")]
    assert len(article_paths) == len(set(article_paths)) == len(inside)


def test_listing_walk_stops_at_since(tmp_path):
    since = "2025-01-01"
    site = matra.build_site(disable=("rest", "sitemap", "feed"))
    _, result, requests = crawl_replica("matra", site, tmp_path, "-a", f"since={since}")
    listing_pages = [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")]
    assert listing_pages == ["/"]   # the newest 10 reach back past 2025-01-01
    assert {i["published_at"][:4] for i in result.items} <= {"2025", "2026"}


def test_max_articles_caps_the_run(tmp_path):
    _, result, requests = crawl_replica("matra", matra.build_site(), tmp_path, "-a", "max_articles=3")
    fetched = [r.path for r in requests if r.path.startswith("/20")]
    assert len(result.items) == 3 and len(fetched) == 3


def test_bad_pages_are_counted_drops_not_a_dead_crawl(tmp_path):
    """A page with no article, and one whose HTML is cut off: the rest still export."""
    from tests.replica.server import Response

    broken = {matra.article_path(matra.ARTICLES[0]): Response(200, [("Content-Type", "text/html")],
                                                              b"<html><body><div>Halaman tidak ada"),
              matra.article_path(matra.ARTICLES[1]): Response(200, [("Content-Type", "text/html; charset=utf-8")],
                                                              b"\x00\xff\xfe garbage <p>")}
    with Replica(matra.build_site()) as replica:
        replica.add_fault(lambda method, path, headers: broken.get(path))
        result = crawl("matra", replica.base_url, tmp_path)
    assert result.returncode == 0
    check_items(result.items, expected(replica.base_url, matra.ARTICLES[2:]))
    dropped = sum(v for k, v in result.stats.items() if k.startswith("item_dropped_reasons/"))
    assert dropped == 2
