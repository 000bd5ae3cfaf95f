"""The generic `wordpress` spider: the registry, the run-time profile, and
end-to-end crawls of a WordPress portal in another theme than matra's.

The portal is tests/replica/wordpress_sites.py WARTASEPUCUK ("Warta Sepucuk", fictional, block
theme, /%year%/%monthnum%/%postname%/ permalinks, detail.id-style datelines
and Reporter lines). It is registered in a registry file written per test
run; `-a site=<domain>` crawls it unregistered.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from matra_crawler.sites import wordpress
from matra_crawler.sites.wordpress import (ARTICLE_PATH, REGISTRY_PATH, RegistryError, UnknownPortal,
                                           host_of, load_registry, wordpress_profile)
from matra_crawler.spiders.wordpress import WordPressSpider
from tests.crawling import FAST, ROOT, crawl, crawl_replica
from tests.expect import check_items
from tests.replica.wordpress_sites import WARTASEPUCUK as wp_portal
from tests.replica.server import Replica

HEADER = "name,domain,source_name,enabled,listing,notes\n"
PORTAL_LINE = f"{wp_portal.NAME},{wp_portal.DOMAIN},Warta Sepucuk Jambi,yes,,fictional test portal\n"


def write_registry(path: Path, *lines: str) -> Path:
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def expected(base_url: str, articles=wp_portal.ARTICLES) -> list[dict]:
    return [wp_portal.expected_item(article, base_url) for article in articles]


def article_fetches(requests) -> list[str]:
    return [r.path for r in requests if r.path[1:3] == "20"]


# ------------------------------------------------------------------ registry
def test_shipped_registry_lists_the_known_wordpress_portals():
    portals = load_registry()
    assert {"matra", "detailid", "infojambi"} <= set(portals)
    assert portals["detailid"].domain == "detail.id" and portals["detailid"].enabled
    assert portals["matra"].domain == "medialintassumatera.net"
    # Nothing known of infojambi names its platform: the line must say it is assumed.
    assert "ASSUMED WordPress" in portals["infojambi"].notes
    for portal in portals.values():
        profile = wordpress.profile_for(portal)
        assert profile.name == portal.name and profile.base_url == f"https://{portal.domain}/"


def test_registry_lines_comments_quotes_and_optional_columns(tmp_path):
    path = tmp_path / "portals.csv"
    path.write_text("\ufeff# a comment line\n\nname,domain,source_name,enabled,listing,notes\n"
                    "#,commented,out,yes\n"
                    "alpha,https://www.Alpha.co.id/,Alpha News,Ya,/category/berita,\"notes, with a comma\"\n"
                    "beta,beta.id,Beta,no\n", encoding="utf-8")
    portals = load_registry(path)
    assert list(portals) == ["alpha", "beta"]
    alpha = portals["alpha"]
    assert (alpha.domain, alpha.source_name, alpha.enabled, alpha.listing, alpha.notes) == \
        ("www.alpha.co.id", "Alpha News", True, "/category/berita", "notes, with a comma")
    assert portals["beta"].enabled is False and portals["beta"].listing == ""
    assert [p.name for p in wordpress.enabled_portals(path)] == ["alpha"]
    listing = wordpress.profile_for(alpha).listings[0]
    assert (listing.page_path(1), listing.page_path(3)) == ("/category/berita/", "/category/berita/page/3/")


@pytest.mark.parametrize("lines,message,line_number", [
    ("Bad Name,x.id,X,yes\n", "must be lowercase", 2),
    ("x,,X,yes\n", "has no domain", 2),
    ("x,x.id,,yes\n", "has no source_name", 2),
    ("x,x.id,X,maybe\n", "enabled must be yes or no", 2),
    ("x,x.id,X,yes,category/berita/\n", "must be a path starting with /", 2),
    ("x,x.id,X,yes\nx,y.id,Y,no\n", "is used twice", 3),
    ("x,x.id,X,yes,,notes, with a comma,SR28\n", "8 cells, but the header names 6 columns", 2),
    ('x,x.id,X,yes,,"open quote\ny,y.id,Y,no\n', "double quote opened on this line is not closed", 2),
    ('x,x.id,X,yes,,"open quote\ny,y.id,Y,no"\nz,z.id,Z,no\n', "not closed before line 3", 2),
    ("# a comment\n\nx,x.id,X,yes\ny,y.id,Caf\xe9,no\n", "not UTF-8 text", 5),
])
def test_a_bad_registry_line_names_file_line_and_problem(tmp_path, lines, message, line_number):
    path = tmp_path / "portals.csv"
    path.write_bytes(HEADER.encode() + lines.encode("latin-1"))
    with pytest.raises(RegistryError, match=message) as error:
        load_registry(path)
    assert str(error.value).startswith(f"{path}:{line_number}: ")
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("header,message", [
    ("name,domain,enabled", "header lacks the column(s) source_name"),
    ("name,domain,source_name,enabled,note", "unknown column 'note' (did you mean 'notes'?)"),
    ("name,domain,source_name,enabled,notes,notes", "column 'notes' appears twice"),
])
def test_a_bad_registry_header_names_file_line_and_column(tmp_path, header, message):
    path = tmp_path / "portals.csv"
    path.write_text(f"# the portals\n{header}\nx,x.id,X,yes\n", encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(path)
    assert str(error.value) == f"{path}:2: {message}" or \
        str(error.value).startswith(f"{path}:2: {message};")


def test_an_unreadable_registry_is_one_line(tmp_path):
    with pytest.raises(RegistryError, match=f"^{tmp_path}: cannot read the registry: Is a directory$"):
        load_registry(tmp_path)


def test_spreadsheet_habits_are_accepted(tmp_path):
    """Trailing empty columns, CRLF line ends and a BOM, as a spreadsheet saves CSV."""
    path = tmp_path / "portals.csv"
    path.write_bytes("\ufeffname,domain,source_name,enabled,,\r\nx,x.id,X,yes,,\r\n".encode("utf-8"))
    assert list(load_registry(path)) == ["x"]


def test_a_registry_without_a_required_column_is_refused(tmp_path):
    path = tmp_path / "portals.csv"
    path.write_text("name,domain,enabled\nx,x.id,yes\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="source_name"):
        load_registry(path)


@pytest.mark.parametrize("site,host", [
    ("example.com", "example.com"),
    ("https://www.Example.com/berita/", "www.example.com"),
    ("http://127.0.0.1:8080", "127.0.0.1:8080"),
    (" detail.id. ", "detail.id"),
    ("", ""),
])
def test_host_of(site, host):
    assert host_of(site) == host


@pytest.mark.parametrize("path,is_article", [
    ("/2024/03/07/pemkab-tanjabbar-salurkan-bibit/", True),    # day permalinks (matra)
    ("/2023/09/ratusan-hektare-sawah-terancam/", True),         # month permalinks (detail.id)
    ("/2023/09/ratusan-hektare-sawah-terancam", True),
    ("/polres-bongkar-gudang-solar/", True),                    # %postname%
    ("/category/daerah/", False), ("/tag/pemilu-2024/", False), ("/author/yulia/", False),
    ("/page/2/", False), ("/2024/01/", False), ("/feed/", False), ("/redaksi/", False),
    ("/wp-login.php", False), ("/wp-content/uploads/2024/01/a-b.jpg", False),
    ("/2024/03/07/pemkab-salurkan-bibit/feed/", False),
])
def test_generic_article_path(path, is_article):
    profile = wordpress_profile("example.com")
    assert profile.is_article(path) is is_article
    assert profile.article_path == ARTICLE_PATH


def test_site_is_a_registry_name_a_registered_domain_or_any_domain(tmp_path):
    registry = write_registry(tmp_path / "portals.csv", PORTAL_LINE)
    by_name = wordpress_profile(wp_portal.NAME, registry)
    assert (by_name.name, by_name.source_name, by_name.base_url) == \
        ("wartasepucuk", "Warta Sepucuk Jambi", "https://wartasepucuk.id/")
    for spelled in ("wartasepucuk.id", "www.wartasepucuk.id", "https://wartasepucuk.id/2024/"):
        assert wordpress_profile(spelled, registry).name == "wartasepucuk"
    other = wordpress_profile("http://www.Example.org/", registry)
    # Unregistered: named after its domain; its pages will say what it is called.
    assert (other.name, other.source_name, other.base_url) == ("example.org", "", "http://www.example.org/")
    with pytest.raises(UnknownPortal, match=r"unknown WordPress portal 'nosuch'.*known: wartasepucuk"):
        wordpress_profile("nosuch", registry)


def test_the_profile_belongs_to_the_spider_instance_not_the_class(tmp_path):
    registry = str(write_registry(tmp_path / "portals.csv", PORTAL_LINE))
    first = WordPressSpider(site=wp_portal.NAME, registry=registry)
    second = WordPressSpider(site="example.org", registry=registry, base_url="http://127.0.0.1:9/")
    assert (first.site_name, second.site_name) == ("wartasepucuk", "example.org")
    assert second.base_url == "http://127.0.0.1:9/" and first.base_url == "https://wartasepucuk.id/"
    assert "profile" not in vars(WordPressSpider) and not first.profile.render
    with pytest.raises(ValueError, match="needs -a site="):
        WordPressSpider()


def scrapy(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": "matra_crawler.settings"}
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_scrapy_list_shows_wordpress():
    done = scrapy("list")
    assert done.returncode == 0 and "wordpress" in done.stdout.split()


def test_an_unknown_registry_name_is_a_clear_error(tmp_path):
    done = scrapy("crawl", "wordpress", "-a", "site=nosuchportal", "-O", str(tmp_path / "x.jsonl"))
    assert done.returncode != 0
    assert f"unknown WordPress portal 'nosuchportal': not a name in {REGISTRY_PATH}" in done.stderr
    assert not (tmp_path / "x.jsonl").exists()


# ------------------------------------------------------------- crawls
@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> Path:
    return write_registry(tmp_path_factory.mktemp("registry") / "portals.csv", PORTAL_LINE,
                          "dormant,dormant.example,Dormant,no\n")


@pytest.fixture(scope="module")
def named_crawl(tmp_path_factory, registry):
    """`-a site=wartasepucuk` (the registry name) against the replica."""
    return crawl_replica("wordpress", wp_portal.build_site(), tmp_path_factory.mktemp("named"),
                         "-a", f"site={wp_portal.NAME}", "-a", f"registry={registry}")


def test_by_name_every_article_once_with_its_fields(named_crawl):
    replica, result, _ = named_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(replica.base_url))
    # The registry line names the portal: its name is the site, its source name the outlet.
    assert {(i["site"], i["source_name"]) for i in result.items} == {("wartasepucuk", "Warta Sepucuk Jambi")}


def test_rest_api_answers_so_nothing_else_is_asked(named_crawl):
    _, result, requests = named_crawl
    assert result.stats["discovery/rest/answered"] == 1
    paths = [r.path for r in requests]
    assert not any("sitemap" in p or p.startswith(("/feed", "/page/")) for p in paths)
    fetched = article_fetches(requests)
    assert len(fetched) == len(set(fetched)) == len(wp_portal.ARTICLES)


def test_datelines_reporter_lines_and_editors(named_crawl):
    replica, result, _ = named_crawl
    by_url = {item["url"]: item for item in result.items}

    def item(quirk):
        return by_url[wp_portal.expected_item(wp_portal.find(quirk), replica.base_url)["url"]]
    assert item("caps_place")["dateline"] == {"raw": "WARTASEPUCUK.ID, MUARA BULIAN –",
                                              "place": "Muara Bulian", "outlet": "WARTASEPUCUK.ID"}
    assert item("bold_dateline")["body"].startswith("Ekspor pinang")
    assert item("dateline_nbsp")["dateline"]["raw"] == "WARTASEPUCUK.ID, Jambi –"
    assert item("no_dateline")["dateline"] is None
    assert (item("staff_line_pipe")["authors"], item("staff_line_pipe")["editor"]) == (["Fitri Handayani"], "Yulia Ningsih")
    assert (item("staff_lines_apart")["authors"], item("staff_lines_apart")["editor"]) == (["Rahmat Hidayat"], "Yulia Ningsih")
    assert item("two_reporters")["authors"] == ["Dedi Irawan", "Fitri Handayani"]
    # No Reporter line: the theme's byline (the WordPress account) is the author.
    assert item("no_reporter_line")["authors"] == ["Yulia Ningsih"]
    assert item("updated")["modified_at"] == "2025-01-22T20:10:00+07:00"


def test_no_boilerplate_in_any_body(named_crawl):
    _, result, _ = named_crawl
    for item in result.items:
        for phrase in ("Reporter", "Editor", "Baca Juga", "Bagikan", "Google News", "Berita Terkait",
                       "Tinggalkan Balasan", "Kirim Komentar", "adsbygoogle", "Foto", "WARTASEPUCUK.ID",
                       "Baca selengkapnya", "Balas"):
            assert phrase not in item["body"], (item["url"], phrase)
        # The section label above the title is not part of the title.
        assert item["title"] in {a["title"] for a in wp_portal.ARTICLES}


def test_the_generic_selectors_fit_the_block_theme_so_no_drift(named_crawl):
    _, result, _ = named_crawl
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/wartasepucuk/{field}/profile"] == len(wp_portal.ARTICLES)
    assert not [key for key in result.stats if key.startswith("drift/")]
    assert "Template drift" not in result.log


def test_by_unregistered_domain(tmp_path):
    """`-a site=wartasepucuk.id` with the bundled registry: not in it, so
    named after the domain, its outlet name read from the pages."""
    replica, result, _ = crawl_replica("wordpress", wp_portal.build_site(), tmp_path,
                                       "-a", f"site={wp_portal.DOMAIN}")
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, expected(replica.base_url))
    assert {(i["site"], i["source_name"]) for i in result.items} == {("wartasepucuk.id", "Warta Sepucuk")}
    assert result.stats["field_source/wartasepucuk.id/title/profile"] == len(wp_portal.ARTICLES)


def test_without_the_rest_api_sitemaps_and_feed_find_every_article(tmp_path, registry):
    replica, result, requests = crawl_replica("wordpress", wp_portal.build_site(disable=("rest",)), tmp_path,
                                              "-a", f"site={wp_portal.NAME}", "-a", f"registry={registry}")
    fetched = article_fetches(requests)
    assert result.stats["discovery/rest/failed"] == 1 and result.stats["discovery/sitemap/answered"] == 1
    check_items(result.items, expected(replica.base_url))
    assert len(fetched) == len(set(fetched)) == len(wp_portal.ARTICLES)


def test_listing_walk_pages_and_stops_at_since(tmp_path, registry):
    """Only listings left: the query-loop pages (4 posts each) are walked
    newest first, dated by their cards, until a page is all older than since."""
    since = "2025-01-01"
    inside = [a for a in wp_portal.ARTICLES if a["published_at"][:10] >= since]
    site = wp_portal.build_site(disable=("rest", "sitemap", "feed"))
    replica, result, requests = crawl_replica("wordpress", site, tmp_path, "-a", f"site={wp_portal.NAME}",
                                              "-a", f"registry={registry}", "-a", f"since={since}")
    assert result.stats["discovery/listing/answered"] == 1
    check_items(result.items, expected(replica.base_url, inside))
    assert [r.path for r in requests if r.path == "/" or r.path.startswith("/page/")] == ["/", "/page/2/"]
    assert len(article_fetches(requests)) == len(inside)


def test_since_until_and_max_articles(tmp_path, registry):
    since, until = "2024-01-01", "2025-12-31"
    inside = [a for a in wp_portal.ARTICLES if since <= a["published_at"][:10] <= until]
    with Replica(wp_portal.build_site()) as replica:
        bounded = crawl("wordpress", replica.base_url, tmp_path / "bounded", "-a", f"site={wp_portal.NAME}",
                        "-a", f"registry={registry}", "-a", f"since={since}", "-a", f"until={until}")
        capped = crawl("wordpress", replica.base_url, tmp_path / "capped", "-a", f"site={wp_portal.NAME}",
                       "-a", f"registry={registry}", "-a", "max_articles=3")
    check_items(bounded.items, expected(replica.base_url, inside))
    assert len(capped.items) == 3 and capped.stats["discovery/max_articles_reached"] is True


def test_without_o_the_feed_lands_in_output_under_the_portal_name(tmp_path, registry):
    """The project's own feed settings, run from tmp_path: output/<name>/<run>.jsonl."""
    settings = [word for name, value in FAST.items() for word in ("-s", f"{name}={value}")]
    with Replica(wp_portal.build_site()) as replica:
        done = scrapy("crawl", "wordpress", "-a", f"site={wp_portal.NAME}", "-a", f"registry={registry}",
                      "-a", f"base_url={replica.base_url}", "-a", "max_articles=2", *settings, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    feeds = list((tmp_path / "output").glob("*/*.jsonl"))
    assert [f.parent.name for f in feeds] == ["wartasepucuk"]
    assert len(feeds[0].read_text(encoding="utf-8").splitlines()) == 2


def test_the_same_generic_profile_reads_matras_newsmag_theme(tmp_path):
    """The shipped registry's matra line on the Matra replica (the other
    theme): the generic selectors fit it too, every field as the matra spider's."""
    from tests.replica import matra

    replica, result, _ = crawl_replica("wordpress", matra.build_site(), tmp_path, "-a", "site=matra")
    check_items(result.items, [matra.expected_item(a, replica.base_url) for a in matra.ARTICLES])
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/matra/{field}/profile"] == len(matra.ARTICLES)
