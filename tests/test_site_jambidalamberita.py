"""`scrapy crawl jambidalamberita` against its reconstructed replica, end to end.

What the site does (its profile): "Selasa, 17 Mar 2026 06:31 WIB" dates, the
dateline "JAMBIDALAMBERITA.ID, JAMBI –", closing "Reporter : ..." /
"Editor : ..." lines, "Baca Juga:" links and the WhatsApp channel box in the
text. Its news index is the only discovery source.
"""
import pytest

from tests.crawling import crawl_built_replica, crawl_replica
from tests.expect import check_items, expected_items
from tests.replica import jambidalamberita as jdb


def expected(site, articles=None):
    return expected_items(jdb, site, articles)


def article_paths(requests):
    return [r.path for r in requests if r.path.startswith("/berita/")]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    return crawl_built_replica("jambidalamberita", jdb, tmp_path_factory.mktemp("full"))


def test_every_article_exported_once_with_its_fields(full_crawl):
    site, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(site))
    assert not any(key.startswith("drift/") for key in result.stats)


def test_the_index_is_walked_page_by_page_and_each_article_fetched_once(full_crawl):
    site, result, requests = full_crawl
    paths = [r.path for r in requests]
    pages = -(-len(site.articles) // jdb.PER_PAGE)
    # Every index page, then the first empty one, which ends the walk.
    assert [p for p in paths if p.startswith("/indeks")] == \
        ["/indeks"] + [f"/indeks?page={n}" for n in range(2, pages + 2)]
    fetched = article_paths(requests)
    assert len(fetched) == len(set(fetched)) == len(site.articles)
    assert len(paths) == 1 + (pages + 1) + len(site.articles)   # robots.txt, index pages, articles


def test_dates_as_the_site_writes_them(full_crawl):
    site, result, _ = full_crawl
    by_url = {i["url"]: i for i in result.items}
    # "Selasa, 17 Mar 2026 06:31 WIB", the example its profile records
    assert by_url[site.article_url(jdb.find(site, "profile_date_example"))]["published_at"] == "2026-03-17T06:31:00+07:00"
    assert all(i["published_at"].endswith("+07:00") for i in result.items)


def test_staff_lines_give_reporter_and_editor(full_crawl):
    site, result, _ = full_crawl
    by_url = {i["url"]: i for i in result.items}
    for article in site.articles:
        item = by_url[site.article_url(article)]
        assert item["authors"] == article["authors"] and item["editor"] == article["editor"]
    # The page's meta author is the newsroom account, not a reporter.
    assert not any("Redaksi" in name for i in result.items for name in i["authors"])


def test_datelines_and_boilerplate_leave_the_body(full_crawl):
    site, result, _ = full_crawl
    by_url = {i["url"]: i for i in result.items}
    for item in result.items:
        assert item["dateline"]["outlet"] == "JAMBIDALAMBERITA.ID"
        for phrase in ("JAMBIDALAMBERITA.ID", "Berita Terkini", "Whatsapp", "Gabung", "Baca Juga", "Reporter",
                       "Editor", "Bagikan", "Terpopuler", "kali dibaca", "(Foto"):
            assert phrase not in item["body"], (item["url"], phrase)
    bold = by_url[site.article_url(jdb.find(site, "bold_dateline"))]
    assert bold["dateline"] == {"raw": "JAMBIDALAMBERITA.ID, JAMBI –", "place": "Jambi",
                                "outlet": "JAMBIDALAMBERITA.ID"}
    sabak = by_url[site.article_url(jdb.find(site, "subheading_strong"))]
    assert sabak["dateline"]["place"] == "Muara Sabak"
    assert "\n\nPemadaman Terkendala Air\n\n" in sabak["body"]


def test_since_stops_the_index_walk_and_until_bounds_the_run(tmp_path):
    site = jdb.build_site()
    since, until = "2026-10-01", "2026-11-21"
    inside = [a for a in site.articles if since <= a["published_at"][:10] <= until]
    _, result, requests = crawl_replica("jambidalamberita", site, tmp_path, "-a", f"since={since}",
                                        "-a", f"until={until}")
    assert 3 <= len(inside) < len(site.articles) // 2
    check_items(result.items, expected(site, inside))
    # The first index page already reaches back past `since`.
    assert [r.path for r in requests if r.path.startswith("/indeks")] == ["/indeks"]
    # Dated by the index, articles outside the range are never fetched.
    assert sorted(article_paths(requests)) == sorted(site.article_path(a) for a in inside)
