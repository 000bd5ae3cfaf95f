"""`scrapy crawl infojambi` against its reconstructed replica, end to end.

infojambi's platform is not recorded; the profile assumes WordPress and the
replica (tests/replica/wordpress_sites.py, INFOJAMBI) is one, in the block theme. What the
site is known for is tested here: the "INFOJAMBI.COM —" dateline, the
"PENULIS : ... EDITOR : ..." line, and "Baca Juga" links in every form
(own paragraph, glued to a paragraph's end, after a <br>, a plugin's box),
none of which may reach a body.
"""
import re

import pytest

from tests.crawling import crawl_replica
from tests.expect import check_items
from tests.replica.wordpress_sites import INFOJAMBI as infojambi

ARTICLES = infojambi.site_articles()


def expected(base_url, articles=ARTICLES):
    return [infojambi.expected_item(a, base_url) for a in articles]


def article_fetches(requests):
    return [r.path for r in requests if r.path[1:3] == "20" and "/feed" not in r.path]


def paths(articles):
    return sorted(infojambi.article_path(a) for a in articles)


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    site = infojambi.build_site()
    replica, result, requests = crawl_replica("infojambi", site, tmp_path_factory.mktemp("full"))
    return replica.base_url, result, requests


def item_of(result, base_url, quirk):
    url = infojambi.expected_item(infojambi.find(quirk, ARTICLES), base_url)["url"]
    return next(item for item in result.items if item["url"] == url)


# ------------------------------------------------------------ replica
def test_replica_pages_carry_every_form_of_baca_juga():
    """So that "no Baca Juga in any body" below means something."""
    site = infojambi.build_site()
    site.bind("http://replica")
    pages = {a["slug"]: site(infojambi.article_path(a)).body.decode() for a in ARTICLES}
    forms = {
        "own paragraph": r"<p><strong>Baca Juga:</strong> <a ",
        "glued to a paragraph's end": r"[.”] <strong>Baca Juga: <a [^>]+>[^<]+</a></strong></p>",
        "after a <br>": r"<br><strong>Baca Juga :</strong> <a ",
        "a plugin's box": r'<div class="baca-juga"><span class="baca-juga-title">Baca Juga</span><ul><li>',
        "upper case": r"<p><strong>BACA JUGA: <a ",
    }
    for form, pattern in forms.items():
        assert any(re.search(pattern, page) for page in pages.values()), form
    counts = [len(re.findall(r"baca juga", page, re.I)) for page in pages.values()]
    assert min(counts) >= 1 and sum(counts) >= 2 * len(ARTICLES)     # many, on every page
    assert all("RECONSTRUCTION" in page and "INFOJAMBI.COM" in page for page in pages.values())


# ------------------------------------------------------------ the full crawl
def test_every_article_exported_once_with_its_fields(full_crawl):
    base_url, result, requests = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    assert len(ARTICLES) >= 18
    check_items(result.items, expected(base_url))
    assert {(i["site"], i["source_name"]) for i in result.items} == {("infojambi", "INFOJAMBI.COM")}
    assert article_fetches(requests) and sorted(article_fetches(requests)) == paths(ARTICLES)
    assert result.stats["discovery/rest/answered"] == 1


def test_no_baca_juga_in_any_body_and_the_paragraphs_around_it_whole(full_crawl):
    base_url, result, _ = full_crawl
    for item in result.items:
        assert "baca juga" not in item["body"].casefold(), item["url"]
    # The paragraph a "Baca Juga" was glued to ends where its sentence ends.
    glued = infojambi.find("read_also_glued", ARTICLES)
    paragraphs = item_of(result, base_url, "read_also_glued")["body"].split("\n\n")
    assert glued["body_paragraphs"][2] in paragraphs
    br = infojambi.find("read_also_br", ARTICLES)
    assert br["body_paragraphs"][1] in item_of(result, base_url, "read_also_br")["body"].split("\n\n")


def test_em_dash_dateline_has_no_place(full_crawl):
    base_url, result, _ = full_crawl
    for item in result.items:
        assert item["dateline"]["outlet"] == "INFOJAMBI.COM" and item["dateline"]["place"] is None
        assert item["dateline"]["raw"] in ("INFOJAMBI.COM —", "INFOJAMBI.COM—")
        assert not item["body"].startswith(("INFOJAMBI", "—", "-"))
    assert item_of(result, base_url, "bold_dateline")["dateline"]["raw"] == "INFOJAMBI.COM —"
    assert item_of(result, base_url, "glued_dateline")["dateline"]["raw"] == "INFOJAMBI.COM—"


def test_penulis_and_editor_lines_into_authors_and_editor(full_crawl):
    base_url, result, _ = full_crawl
    one_line = item_of(result, base_url, "staff_line_one_line")
    assert (one_line["authors"], one_line["editor"]) == (["Ahmad Rifai"], "Sri Wahyuni")
    two_lines = item_of(result, base_url, "staff_lines_two_lines")
    assert (two_lines["authors"], two_lines["editor"]) == (["Yogi Saputra"], "M. Ridho")
    alone = item_of(result, base_url, "staff_line_without_editor")
    assert (alone["authors"], alone["editor"]) == (["Sri Wahyuni"], None)
    for item in result.items:
        assert "Admin Infojambi" not in item["authors"]     # the WordPress account never wins over PENULIS
        for phrase in ("PENULIS", "EDITOR", "Penulis", "Editor", "Bagikan", "Berita Terkait", "Tinggalkan Balasan",
                       "adsbygoogle", "Foto"):
            assert phrase not in item["body"], (item["url"], phrase)


def test_generic_wordpress_selectors_fit_so_no_drift(full_crawl):
    _, result, _ = full_crawl
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/infojambi/{field}/profile"] == len(ARTICLES), field
    assert not any(key.startswith("drift/") for key in result.stats)


# ------------------------------------------------------------ discovery fallbacks and bounds
def test_without_the_rest_api_sitemaps_and_feed_find_every_article(tmp_path):
    replica, result, requests = crawl_replica("infojambi", infojambi.build_site(disable=("rest",)), tmp_path)
    assert result.stats["discovery/rest/failed"] == 1 and result.stats["discovery/sitemap/answered"] == 1
    check_items(result.items, expected(replica.base_url))
    assert sorted(article_fetches(requests)) == paths(ARTICLES)


def test_listing_fallback_pages_and_stops_at_since(tmp_path):
    """Nothing but the home listing (six posts a page), walked newest first
    and dated by its cards, until a page reaches back past since."""
    newest_first = sorted(ARTICLES, key=lambda a: a["published_at"], reverse=True)
    since = newest_first[8]["published_at"][:10]          # on page 2 of 3
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    site = infojambi.build_site(disable=("rest", "sitemap", "feed"))
    replica, result, requests = crawl_replica("infojambi", site, tmp_path, "-a", f"since={since}")
    assert result.stats["discovery/listing/answered"] == 1
    check_items(result.items, expected(replica.base_url, inside))
    assert [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")] == ["/", "/page/2/"]
    assert sorted(article_fetches(requests)) == paths(inside)


def test_since_and_until_bound_the_rest_run(tmp_path):
    since, until = "2025-06-01", "2025-12-31"
    inside = [a for a in ARTICLES if since <= a["published_at"][:10] <= until]
    replica, result, requests = crawl_replica("infojambi", infojambi.build_site(), tmp_path,
                                              "-a", f"since={since}", "-a", f"until={until}")
    assert 5 <= len(inside) < len(ARTICLES) // 2
    check_items(result.items, expected(replica.base_url, inside))
    assert sorted(article_fetches(requests)) == paths(inside)


def test_nightly_crawls_the_registry_portal_with_its_own_spider():
    """infojambi stays in the WordPress registry (enabled): the nightly run
    crawls it once, with this spider, never with the generic one too."""
    from matra_crawler.nightly import enabled_sites
    from matra_crawler.sites.wordpress import load_registry

    assert load_registry()["infojambi"].enabled and "Has its own spider" in load_registry()["infojambi"].notes
    runs = [site for site in enabled_sites() if site.name == "infojambi"]
    assert [site.spider for site in runs] == ["infojambi"]
