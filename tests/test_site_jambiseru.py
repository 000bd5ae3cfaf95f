"""`scrapy crawl jambiseru` against its reconstructed replica, end to end.

The site's quirk: posts split over numbered pages (/berita-jambi/07/08/slug/2),
to be joined into one item, each page fetched once, page URLs never items.
It is WordPress (the replica: tests/replica/wordpress_sites.py, JAMBISERU, on
the WordPress renderer) with its REST API closed, so sitemaps and the feed answer.
"""
import pytest

from tests.crawling import crawl_replica
from tests.expect import check_items
from tests.replica.wordpress import page_starts
from tests.replica.wordpress_sites import JAMBISERU as jambiseru

ARTICLES = jambiseru.site_articles()


def expected(base_url, articles=ARTICLES):
    return [jambiseru.expected_item(a, base_url) for a in articles]


def fetched_pages(requests):
    all_pages = {p for a in ARTICLES for p in jambiseru.page_paths(a)}
    return [r.path for r in requests if r.path in all_pages]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    replica, result, requests = crawl_replica("jambiseru", jambiseru.build_site(), tmp_path_factory.mktemp("full"))
    return replica.base_url, result, requests


def test_replica_pages_a_split_post_as_wordpress_does():
    site = jambiseru.build_site()
    site.bind("http://replica")
    expo = jambiseru.find("three_pages", ARTICLES)
    first, second, third = jambiseru.page_paths(expo)
    assert second == first + "/2" and third == first + "/3"
    page = site(second).body.decode()
    assert ('<p class="post-nav-links">Halaman: <a href="http://replica' + first + '" class="post-page-numbers">1</a> '
            '<span class="post-page-numbers current" aria-current="page">2</span> '
            '<a href="http://replica' + third + '" class="post-page-numbers">3</a></p>') in page
    assert f'<link rel="canonical" href="http://replica{second}" />' in page     # Yoast: each page its own
    text = page[page.index('<div class="content-inner">'):page.index('<p class="post-nav-links">')]
    assert expo["body_paragraphs"][3] in text and expo["body_paragraphs"][5] not in text
    assert expo["body_paragraphs"][0] not in text
    # WordPress's canonical redirects: a trailing slash, /1, a page past the last.
    for asked in (first + "/", first + "/1", first + "/4", second + "/"):
        answer = site(asked)
        assert (answer.status, answer.header("Location")) == (301, "http://replica" + (second if asked == second + "/" else first))
    # The feed carries the first page; the REST API is closed to visitors.
    feed = site("/feed/").body.decode()
    assert expo["body_paragraphs"][2] in feed and expo["body_paragraphs"][3] not in feed
    assert site("/wp-json/wp/v2/posts").status == 401


def test_every_article_exported_once_with_its_fields(full_crawl):
    base_url, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(base_url))
    assert not any(key.startswith("drift/") for key in result.stats)


def test_split_articles_are_one_item_with_every_page_fetched_once(full_crawl):
    base_url, result, requests = full_crawl
    split = [a for a in ARTICLES if len(page_starts(a)) > 1]
    assert len(split) >= 3 and any(len(page_starts(a)) == 3 for a in split)
    fetched = fetched_pages(requests)
    assert sorted(fetched) == sorted(p for a in ARTICLES for p in jambiseru.page_paths(a))  # each once
    assert result.stats["article_pages_followed"] == sum(len(page_starts(a)) - 1 for a in split)
    items = {i["url"]: i for i in result.items}
    assert not any(url.rstrip("/").rsplit("/", 1)[-1].isdigit() for url in items)   # no page URL is an item
    expo = jambiseru.find("three_pages", ARTICLES)
    item = items[base_url + jambiseru.article_path(expo)]
    # The pages' text in order: page 1's first paragraph, page 2's subheading, page 3's last paragraph.
    body = item["body"]
    starts = [body.index(expo["body_paragraphs"][i]) for i in (0, 3, 6)]
    assert starts == sorted(starts) and body.endswith(expo["body_paragraphs"][-1])
    # The photo in page 2's text is kept; page 1's lead photo once, with its caption.
    assert [image["credit"] for image in item["images"]] == ["Dok/Jambiseru.com", "Lia/Jambiseru.com"]
    assert item["editor"] == "Hendra"   # the closing line of the last page


def test_rest_closed_so_sitemaps_and_feed_answer(full_crawl):
    _, result, requests = full_crawl
    paths = [r.path for r in requests]
    assert result.stats["discovery/rest/failed"] == 1
    assert result.stats["discovery/sitemap/answered"] == 1 and result.stats["discovery/feed/answered"] == 1
    assert "/sitemap_index.xml" in paths and "/post-sitemap.xml" in paths
    # Sitemaps listing no posts are skipped; no listing walk is needed.
    assert not any(p in paths for p in ("/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml"))
    assert not any(p.startswith("/page/") for p in paths)
    assert len(paths) == len(set(paths))


def test_datelines_bylines_and_theme_boilerplate(full_crawl):
    base_url, result, _ = full_crawl
    for item in result.items:
        assert item["dateline"]["outlet"] == "Jambiseru.com"
        assert item["authors"] in (["Lia Amelia"], ["Andri Saputra"])
        assert item["published_at"].endswith("+07:00")   # Yoast states UTC; shown in WIB
        for phrase in ("Halaman:", "Jambiseru.com,", "Editor:", "Tinggalkan Balasan", "Tags:", "Berita Terkait",
                       "Terpopuler", "adsbygoogle", "(Foto"):
            assert phrase not in item["body"], (item["url"], phrase)
    updated = next(i for i in result.items if i["url"] == base_url + jambiseru.article_path(jambiseru.find("updated", ARTICLES)))
    assert updated["modified_at"] == "2026-11-14T19:05:00+07:00"


def test_since_bounds_the_run_by_sitemap_lastmod(tmp_path):
    since = "2026-10-01"
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    replica, result, requests = crawl_replica("jambiseru", jambiseru.build_site(), tmp_path, "-a", f"since={since}")
    assert 5 <= len(inside) < len(ARTICLES) // 2
    check_items(result.items, expected(replica.base_url, inside))
    # Posts last modified before `since` are not fetched at all.
    assert sorted(fetched_pages(requests)) == sorted(p for a in inside for p in jambiseru.page_paths(a))


def test_falls_back_to_the_home_listing(tmp_path):
    replica, result, requests = crawl_replica("jambiseru", jambiseru.build_site(disable=("sitemap", "feed")), tmp_path)
    assert result.stats["discovery/listing/answered"] == 1
    check_items(result.items, expected(replica.base_url))
    pages = -(-len(ARTICLES) // jambiseru.POSTS_PER_PAGE)
    # Every page, then the first missing one (WordPress answers 404 past the end).
    assert [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")] == \
        ["/"] + [f"/page/{n}/" for n in range(2, pages + 2)]
    assert sorted(fetched_pages(requests)) == sorted(p for a in ARTICLES for p in jambiseru.page_paths(a))
