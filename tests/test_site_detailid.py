"""`scrapy crawl detailid` against its reconstructed replica, end to end.

The replica (tests/replica/wordpress_sites.py, DETAILID) is WordPress in a classic news
theme: /2023/09/slug permalinks, /?p=ID short links answered with a 301 and
printed in every post's head, in a "Terpopuler" widget and in pasted "Baca
Juga" links; "DETAIL.ID, Jambi –" datelines, "Reporter: ..." lines, the
section label above the title. REST API, core sitemaps, feed and listings
as WordPress serves them; `disable` switches them off one by one.
"""
import pytest

from matra_crawler.discovery import parse_listing
from matra_crawler.sites import get_profile
from matra_crawler.urls import canonical_url
from tests.crawling import crawl_replica
from tests.expect import check_items
from tests.replica.wordpress_sites import DETAILID as detailid

ARTICLES = detailid.site_articles()
PROFILE = get_profile("detailid")


def expected(base_url, articles=ARTICLES):
    return [detailid.expected_item(a, base_url) for a in articles]


def article_fetches(requests):
    return [r.path for r in requests if r.path[1:3] == "20" and "/feed" not in r.path]


def by_quirk(items, base_url):
    by_url = {item["url"]: item for item in items}
    return lambda quirk: by_url[detailid.expected_item(detailid.find(quirk, ARTICLES), base_url)["url"]]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    site = detailid.build_site()
    replica, result, requests = crawl_replica("detailid", site, tmp_path_factory.mktemp("full"))
    return replica.base_url, result, requests


# ------------------------------------------------------------ replica
def test_replica_short_link_redirects_to_the_permalink_and_pages_print_short_links():
    site = detailid.build_site()
    site.bind("http://replica")
    first = detailid.find("shortlink_94205", ARTICLES)
    answer = site(f"/?p={detailid.SHORTLINK_ID}")
    assert (answer.status, answer.header("Location")) == (301, "http://replica" + detailid.article_path(first))
    page = site(detailid.article_path(detailid.find("baca_juga_shortlinks", ARTICLES))).body.decode()
    assert "<link rel='shortlink' href='http://replica/?p=" in page
    assert 'Baca Juga:</strong> <a href="http://replica/?p=94205"' in page
    home = site("/").body.decode()
    assert home.count('class="wpp-post-title"') == 6 and "RECONSTRUCTION" in home


# ------------------------------------------------------------ the full crawl
def test_every_article_exported_once_with_its_fields(full_crawl):
    base_url, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    assert len(ARTICLES) >= 20
    check_items(result.items, expected(base_url))
    assert {(i["site"], i["source_name"]) for i in result.items} == {("detailid", "DETAIL.ID")}


def test_rest_api_answers_so_nothing_else_is_asked_and_each_post_is_fetched_once(full_crawl):
    _, result, requests = full_crawl
    assert result.stats["discovery/rest/answered"] == 1
    paths = [r.path for r in requests]
    assert not any("sitemap" in p or p.startswith(("/feed", "/page/")) for p in paths)
    fetched = article_fetches(requests)
    assert sorted(fetched) == sorted(detailid.article_path(a) for a in ARTICLES)


def test_short_links_are_never_fetched_so_no_post_twice(full_crawl):
    """Every page the spider read printed short links; it followed none: a
    short link is another identity key for a post the permalink already names."""
    base_url, result, requests = full_crawl
    assert not any("?p=" in r.path for r in requests)
    assert len({item["canonical_url"] for item in result.items}) == len(result.items)
    first = detailid.find("shortlink_94205", ARTICLES)
    short, permalink = f"{base_url}/?p={detailid.SHORTLINK_ID}", base_url + detailid.article_path(first)
    assert canonical_url(short) != canonical_url(permalink)   # why: the key cannot fold them unfetched
    assert not PROFILE.is_article("/") and PROFILE.is_article(detailid.article_path(first))


def test_own_selectors_read_every_field_no_drift(full_crawl):
    _, result, _ = full_crawl
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/detailid/{field}/profile"] == len(ARTICLES), field
    assert not any(key.startswith("drift/") for key in result.stats)


def test_datelines_reporter_lines_and_editors(full_crawl):
    base_url, result, _ = full_crawl
    item = by_quirk(result.items, base_url)
    assert item("shortlink_94205")["dateline"] == {"raw": "DETAIL.ID, Jambi –", "place": "Jambi", "outlet": "DETAIL.ID"}
    assert item("hyphen_dateline")["dateline"]["raw"] == "DETAIL.ID, Jambi -"
    assert item("two_reporters")["dateline"]["place"] == "Muara Sabak"
    assert item("bold_dateline")["body"].startswith("Pemerintah Kota Jambi mulai")
    assert item("no_dateline")["dateline"] is None
    assert item("shortlink_94205")["authors"] == ["Hendra Saputra"]      # "Reporter: X" beats the account
    assert (item("staff_lines_apart")["authors"], item("staff_lines_apart")["editor"]) == (["Rizky Ananda"], "Yusuf Hamdani")
    assert (item("staff_line_pipe")["authors"], item("staff_line_pipe")["editor"]) == (["Hendra Saputra"], "Yusuf Hamdani")
    assert item("two_reporters")["authors"] == ["Dimas Pratama", "Rizky Ananda"]
    assert item("no_reporter_line")["authors"] == ["Nadia Putri"]         # no line: the WordPress account
    assert item("updated")["modified_at"] == "2025-03-14T18:40:00+07:00"
    assert item("caption_foto_paren")["images"][0]["credit"] == "Dok. DETAIL.ID"
    assert all(i["dateline"] is None or i["dateline"]["outlet"] == "DETAIL.ID" for i in result.items)


def test_section_label_and_boilerplate_stay_out_of_title_and_body(full_crawl):
    base_url, result, _ = full_crawl
    truth = {detailid.expected_item(a, base_url)["url"]: a for a in ARTICLES}
    for item in result.items:
        label = truth[item["url"]]["categories"][0]      # the theme prints it above the h1
        paragraphs = item["body"].split("\n\n")
        assert not item["title"].startswith(label) and item["title"] == truth[item["url"]]["title"]
        assert label not in paragraphs and not paragraphs[0].startswith(label)
        for phrase in ("Reporter", "Editor", "Baca Juga", "DETAIL.ID", "Bagikan", "Terpopuler", "Berita Terkait",
                       "Tinggalkan Balasan", "Kirim Komentar", "adsbygoogle", "Foto", "Diperbarui", "Balas"):
            assert phrase not in item["body"], (item["url"], phrase)


# ------------------------------------------------------------ discovery fallbacks and bounds
def test_since_asks_rest_for_the_newer_posts_only(tmp_path):
    since = "2025-06-01"
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    replica, result, requests = crawl_replica("detailid", detailid.build_site(), tmp_path,
                                              "-a", f"since={since}")
    assert 5 <= len(inside) < len(ARTICLES) // 2
    check_items(result.items, expected(replica.base_url, inside))
    assert sorted(article_fetches(requests)) == sorted(detailid.article_path(a) for a in inside)
    assert any(r.path.startswith("/wp-json/wp/v2/posts") and "after=2025-06-01" in r.path for r in requests)


def test_without_the_rest_api_sitemaps_and_feed_find_every_post(tmp_path):
    replica, result, requests = crawl_replica("detailid", detailid.build_site(disable=("rest",)), tmp_path)
    assert result.stats["discovery/rest/failed"] == 1
    assert result.stats["discovery/sitemap/answered"] == 1 and result.stats["discovery/feed/answered"] == 1
    check_items(result.items, expected(replica.base_url))
    assert sorted(article_fetches(requests)) == sorted(detailid.article_path(a) for a in ARTICLES)
    assert not any("?p=" in r.path or r.path.startswith("/page/") for r in requests)


def test_listing_walk_dated_by_its_cards_stops_at_since(tmp_path):
    """Only the home listing left: month permalinks carry no day, so the
    cards' <time> dates the walk; it stops after the page that reaches since."""
    articles = sorted(ARTICLES, key=lambda a: a["published_at"], reverse=True)
    since = articles[14]["published_at"][:10]           # on page 2 of 3
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    site = detailid.build_site(disable=("rest", "sitemap", "feed"))
    replica, result, requests = crawl_replica("detailid", site, tmp_path, "-a", f"since={since}")
    assert result.stats["discovery/listing/answered"] == 1
    check_items(result.items, expected(replica.base_url, inside))
    assert [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")] == ["/", "/page/2/"]
    assert sorted(article_fetches(requests)) == sorted(detailid.article_path(a) for a in inside)
    assert not any("?p=" in r.path for r in requests)


def test_a_listing_read_whole_takes_permalinks_not_the_widgets_short_links():
    """Were the cards' markup to change, page 1 is read whole (sidebar too):
    the profile takes the permalinks and leaves the short links."""
    site = detailid.build_site()
    site.bind("http://replica")
    home = site("/").body.decode()
    found = [f.url for f in parse_listing(home, "http://replica/", PROFILE.is_article)]
    assert home.count("http://replica/?p=") >= 6
    assert found and not any("?p=" in url for url in found)
    newest = sorted(ARTICLES, key=lambda a: a["published_at"], reverse=True)[:detailid.POSTS_PER_PAGE]
    assert {"http://replica" + detailid.article_path(a) for a in newest} <= set(found)


def test_nightly_crawls_the_registry_portal_with_its_own_spider():
    """detailid stays in the WordPress registry (enabled): the nightly run
    crawls it once, with this spider, never with the generic one too."""
    from matra_crawler.nightly import enabled_sites
    from matra_crawler.sites.wordpress import load_registry

    assert load_registry()["detailid"].enabled and "Has its own spider" in load_registry()["detailid"].notes
    runs = [site for site in enabled_sites() if site.name == "detailid"]
    assert [site.spider for site in runs] == ["detailid"]
