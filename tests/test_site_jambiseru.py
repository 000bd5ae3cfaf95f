"""`scrapy crawl jambiseru` against its reconstructed replica, end to end.

The site's quirk: posts split over numbered pages (/berita-jambi/07/08/slug/2),
to be joined into one item, each page fetched once, page URLs never items.
It is WordPress with its REST API closed, so sitemaps and the feed answer.
"""
import pytest

from tests.crawling import crawl_built_replica, crawl_replica
from tests.expect import check_items, expected_items
from tests.replica import jambiseru


def expected(site, articles=None):
    return expected_items(jambiseru, site, articles)


def page_paths(site, article):
    """Every page of an article: its permalink, then /2, /3 ..."""
    return [site.page_url(article, n)[len(site.base_url):] for n in range(1, len(jambiseru.page_starts(article)) + 1)]


def fetched_pages(site, requests):
    all_pages = {p for a in site.articles for p in page_paths(site, a)}
    return [r.path for r in requests if r.path in all_pages]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    return crawl_built_replica("jambiseru", jambiseru, tmp_path_factory.mktemp("full"))


def test_every_article_exported_once_with_its_fields(full_crawl):
    site, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(site))
    assert not any(key.startswith("drift/") for key in result.stats)


def test_split_articles_are_one_item_with_every_page_fetched_once(full_crawl):
    site, result, requests = full_crawl
    split = [a for a in site.articles if len(jambiseru.page_starts(a)) > 1]
    assert len(split) >= 3 and any(len(jambiseru.page_starts(a)) == 3 for a in split)
    fetched = fetched_pages(site, requests)
    assert sorted(fetched) == sorted(p for a in site.articles for p in page_paths(site, a))  # each once
    assert result.stats["article_pages_followed"] == sum(len(jambiseru.page_starts(a)) - 1 for a in split)
    items = {i["url"]: i for i in result.items}
    assert not any(url.rstrip("/").rsplit("/", 1)[-1].isdigit() for url in items)   # no page URL is an item
    expo = jambiseru.find(site, "three_pages")
    item = items[site.article_url(expo)]
    # The pages' text in order: page 1's first paragraph, page 2's subheading, page 3's last paragraph.
    body = item["body"]
    starts = [body.index(expo["body_paragraphs"][i]) for i in (0, 3, 6)]
    assert starts == sorted(starts) and body.endswith(expo["body_paragraphs"][-1])
    # The photo in page 2's text is kept; page 1's lead photo once, with its caption.
    assert [image["credit"] for image in item["images"]] == ["Dok/Jambiseru.com", "Lia/Jambiseru.com"]
    assert item["editor"] == "Hendra"   # the closing line of the last page


def test_rest_closed_so_sitemaps_and_feed_answer(full_crawl):
    site, result, requests = full_crawl
    paths = [r.path for r in requests]
    assert result.stats["discovery/rest/failed"] == 1
    assert result.stats["discovery/sitemap/answered"] == 1 and result.stats["discovery/feed/answered"] == 1
    assert "/sitemap_index.xml" in paths and "/post-sitemap.xml" in paths
    # Sitemaps listing no posts are skipped; no listing walk is needed.
    assert not any(p in paths for p in ("/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml"))
    assert not any(p.startswith("/page/") for p in paths)
    assert len(paths) == len(set(paths))


def test_datelines_bylines_and_theme_boilerplate(full_crawl):
    site, result, _ = full_crawl
    for item in result.items:
        assert item["dateline"]["outlet"] == "Jambiseru.com"
        assert item["authors"] in (["Lia Amelia"], ["Andri Saputra"])
        assert item["published_at"].endswith("+07:00")   # Yoast states UTC; shown in WIB
        for phrase in ("Halaman:", "Jambiseru.com,", "Editor:", "Tinggalkan Balasan", "Tags:", "Berita Terkait",
                       "Terpopuler", "adsbygoogle", "(Foto"):
            assert phrase not in item["body"], (item["url"], phrase)
    updated = next(i for i in result.items if i["url"] == site.article_url(jambiseru.find(site, "updated")))
    assert updated["modified_at"] == "2026-11-14T19:05:00+07:00"


def test_since_bounds_the_run_by_sitemap_lastmod(tmp_path):
    site = jambiseru.build_site()
    since = "2026-10-01"
    inside = [a for a in site.articles if a["published_at"][:10] >= since]
    _, result, requests = crawl_replica("jambiseru", site, tmp_path, "-a", f"since={since}")
    assert 5 <= len(inside) < len(site.articles) // 2
    check_items(result.items, expected(site, inside))
    # Posts last modified before `since` are not fetched at all.
    assert sorted(fetched_pages(site, requests)) == sorted(p for a in inside for p in page_paths(site, a))


def test_falls_back_to_the_home_listing(tmp_path):
    site = jambiseru.build_site(disable=("sitemap", "feed"))
    _, result, requests = crawl_replica("jambiseru", site, tmp_path)
    assert result.stats["discovery/listing/answered"] == 1
    check_items(result.items, expected(site))
    pages = -(-len(site.articles) // jambiseru.PER_PAGE)
    # Every page, then the first missing one (WordPress answers 404 past the end).
    assert [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")] == \
        ["/"] + [f"/page/{n}/" for n in range(2, pages + 2)]
    assert sorted(fetched_pages(site, requests)) == sorted(p for a in site.articles for p in page_paths(site, a))
