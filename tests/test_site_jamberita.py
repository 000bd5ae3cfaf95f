"""`scrapy crawl jamberita` against its reconstructed replica, end to end.

What the site does (its profile): dated URLs /read/2026/01/11/5986506/slug/,
the glued dateline "JAMBERITA.COM–", and a text that ends "(*)" followed by
related headlines in the same box. Its news index, paged by offset, is the
only discovery source.
"""
import pytest

from tests.crawling import crawl_built_replica, crawl_replica
from tests.expect import check_items, expected_items
from tests.replica import jamberita


def expected(site, articles=None):
    return expected_items(jamberita, site, articles)


def article_paths(requests):
    return [r.path for r in requests if r.path.startswith("/read/")]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    return crawl_built_replica("jamberita", jamberita, tmp_path_factory.mktemp("full"))


def test_every_article_exported_once_with_its_fields(full_crawl):
    site, result, _ = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(site))
    assert not any(key.startswith("drift/") for key in result.stats)


def test_the_index_is_walked_by_offset_and_each_article_fetched_once(full_crawl):
    site, result, requests = full_crawl
    paths = [r.path for r in requests]
    offsets = range(jamberita.PER_PAGE, len(site.articles) + jamberita.PER_PAGE, jamberita.PER_PAGE)
    # Every page, then the first empty one, which ends the walk.
    assert [p for p in paths if p.startswith("/indeks")] == ["/indeks"] + [f"/indeks/{n}" for n in offsets]
    fetched = article_paths(requests)
    assert len(fetched) == len(set(fetched)) == len(site.articles)
    assert "/read/2026/01/11/5986506/gubernur-jambi-lantik-1-200-pppk-formasi-guru/" in fetched


def test_end_marker_and_related_headlines_leave_the_body(full_crawl):
    site, result, _ = full_crawl
    titles = [a["title"] for a in site.articles]
    for item in result.items:
        assert "(*)" not in item["body"], item["url"]
        assert not item["body"].endswith(tuple(titles)), item["url"]
        for title in titles:
            assert title not in item["body"], (item["url"], title)
    by_url = {i["url"]: i for i in result.items}
    for quirk in ("end_marker_glued", "end_marker_own_paragraph", "related_after_marker"):
        article = jamberita.find(site, quirk)
        assert by_url[site.article_url(article)]["body"].endswith(article["body_paragraphs"][-1])


def test_glued_dateline_byline_and_photo_credits(full_crawl):
    site, result, _ = full_crawl
    by_url = {i["url"]: i for i in result.items}
    for item in result.items:
        assert item["dateline"] == {"raw": "JAMBERITA.COM–", "place": None, "outlet": "JAMBERITA.COM"}
        assert not item["body"].startswith("JAMBERITA")
        assert item["authors"] in (["Hendri Gunawan"], ["Ika Purnama"])
        for phrase in ("Penulis", "Bagikan", "Terpopuler", "Tag:", "adsbygoogle", "Foto:"):
            assert phrase not in item["body"], (item["url"], phrase)
    kentang = by_url[site.article_url(jamberita.find(site, "two_images"))]
    # The credit ("... Foto: Ika/Jamberita") leaves the caption; a caption without one keeps all.
    assert [(i["caption"].endswith("Kayu Aro.") or i["caption"].endswith("ke Padang."), i["credit"])
            for i in kentang["images"]] == [(True, None), (True, "Ika/Jamberita")]


def test_since_stops_the_index_walk_on_the_dates_in_the_urls(tmp_path):
    site = jamberita.build_site()
    since = "2026-10-15"
    inside = [a for a in site.articles if a["published_at"][:10] >= since]
    _, result, requests = crawl_replica("jamberita", site, tmp_path, "-a", f"since={since}")
    assert 3 <= len(inside) < jamberita.PER_PAGE
    check_items(result.items, expected(site, inside))
    assert [r.path for r in requests if r.path.startswith("/indeks")] == ["/indeks"]
    # The URL dates every listed article: nothing older than `since` is fetched.
    assert sorted(article_paths(requests)) == sorted(site.article_path(a) for a in inside)
