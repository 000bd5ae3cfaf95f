"""`scrapy crawl jambione` through chromium against its reconstructed replica.

Jambi One sits behind Cloudflare and renders its pages with JavaScript (see
tests/replica/jambione.py): a plain client gets a 403 challenge, and even
past it the raw HTML holds no article text. The crawls here go through
Debian's chromium (scrapy-playwright); they skip, saying why, where
/usr/bin/chromium is missing (`make test` installs it when run as root).
"""
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from parsel import Selector

from matra_crawler.extraction import NoArticle, extract_article
from matra_crawler.sites import get_profile
from tests import expect
from tests.browser import CHROMIUM, needs_chromium
from tests.crawling import crawl
from tests.replica import jambione
from tests.replica.server import Response

PROFILE = get_profile("jambione")
browser_only = needs_chromium("run the browser path")


# jambione's truth states its dates as the page prints them: compared to the
# letter, and a modified_at of None must stay None.
COMPARED = (*expect.COMPARED, "published_at", "modified_at")
LISTING_PAGES = -(-len(jambione.ARTICLES) // jambione.PER_PAGE)


def check_items(items: list[dict], base_url: str, articles=jambione.ARTICLES) -> None:
    expect.check_items(items, [jambione.expected_item(a, base_url) for a in articles], COMPARED,
                       dates=(), unmodified_as_published=False)


def listing_paths(site) -> list[str]:
    return [p for p in site.served_paths() if p.startswith(jambione.LISTING_PATH)]


def served_articles(site) -> list[str]:
    paths = {jambione.article_path(a) for a in jambione.ARTICLES}
    return [p for p in site.served_paths() if p in paths]


def no_tracebacks(log: str) -> bool:
    return "Traceback" not in log


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing")
    with jambione.build_replica() as replica:
        result = crawl("jambione", replica.base_url, tmp_path_factory.mktemp("full"))
        yield replica, result


# ------------------------------------------------------------ the replica --
def test_a_plain_client_gets_the_challenge_and_past_it_no_article_text():
    """What makes the browser necessary: a 403 "Just a moment..." without the
    cookie, and with it a shell whose story only the site's script builds."""
    article = jambione.ARTICLES[0]
    with jambione.build_replica() as replica:
        url = replica.base_url + jambione.article_path(article)
        with pytest.raises(HTTPError) as challenged:
            urlopen(url, timeout=10)
        assert challenged.value.code == 403
        assert challenged.value.headers["cf-mitigated"] == "challenge"
        assert "Just a moment..." in challenged.value.read().decode()
        clearance = f"cf_clearance={replica.route.clearance}"
        with urlopen(Request(url, headers={"Cookie": clearance}), timeout=10) as answer:
            raw = answer.read()
        with urlopen(replica.base_url + "/robots.txt", timeout=10) as robots:  # served plainly
            assert b"User-agent: *" in robots.read()
    text = raw.decode()
    for paragraph in article["body_paragraphs"]:
        assert paragraph[:60] not in text
    try:
        item = extract_article(raw, url, PROFILE)
    except NoArticle:
        return
    assert not any(p[:60] in item["body"] for p in article["body_paragraphs"])


def test_render_wait_tells_a_real_page_from_the_challenge():
    site = jambione.JambiOneSite()
    site.bind("http://127.0.0.1:1")
    challenge = site.gate("GET", "/tag/ekonomi", {}).body.decode()
    real = site(jambione.article_path(jambione.ARTICLES[0])).body.decode()
    missing = site("/tidak-ada").body.decode()
    assert PROFILE.render and PROFILE.discovery == ("listing",)
    assert not Selector(challenge).css(PROFILE.render_wait)
    assert Selector(real).css(PROFILE.render_wait) and Selector(missing).css(PROFILE.render_wait)


def test_the_replica_has_enough_articles_and_pages():
    assert len(jambione.ARTICLES) >= 6 and LISTING_PAGES >= 2
    assert all(PROFILE.is_article(jambione.article_path(a)) for a in jambione.ARTICLES)


# ------------------------------------------------------- through chromium --
@browser_only
def test_every_article_exported_once_complete_and_schema_valid(full_crawl):
    replica, result = full_crawl
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, replica.base_url)
    assert no_tracebacks(result.log)


@browser_only
def test_every_request_but_robots_went_through_the_browser_and_each_page_was_closed(full_crawl):
    replica, result = full_crawl
    stats = result.stats
    pages = LISTING_PAGES + 1 + len(jambione.ARTICLES)  # listing pages, the empty one, articles
    assert stats["playwright/page_count"] == pages
    assert stats["playwright/page_count/closed"] == pages
    assert stats["playwright/browser_count"] == 1
    # robots.txt is the one answer the browser did not fetch.
    assert stats["downloader/response_count"] == pages + 1
    assert stats["robotstxt/response_status_count/200"] == 1


@browser_only
def test_the_challenge_is_met_once_and_passed(full_crawl):
    replica, result = full_crawl
    log = replica.route.gate_log
    assert log[0] == ("/robots.txt", True)
    # The first page meets the challenge; its script sets the cookie and
    # reloads, and the browser context keeps the cookie for every later page.
    assert log[1] == (jambione.LISTING_PATH, False)
    assert [entry for entry in log if not entry[1]] == [log[1]]
    assert result.stats["downloader/response_status_count/403"] == 1


@browser_only
def test_listing_walked_page_by_page_and_each_article_fetched_once(full_crawl):
    replica, result = full_crawl
    site = replica.route
    walked = listing_paths(site)
    assert walked == [jambione.LISTING_PATH] + [f"{jambione.LISTING_PATH}?page={n}"
                                                for n in range(2, LISTING_PAGES + 2)]
    fetched = served_articles(site)
    assert sorted(fetched) == sorted(jambione.article_path(a) for a in jambione.ARTICLES)
    assert result.stats["discovery/listing/answered"] == 1


@browser_only
def test_the_sites_own_selectors_found_every_field(full_crawl):
    _, result = full_crawl
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats.get(f"field_source/jambione/{field}/profile") == len(jambione.ARTICLES), field


@browser_only
def test_datelines_bylines_and_boilerplate(full_crawl):
    replica, result = full_crawl
    by_url = {item["url"]: item for item in result.items}

    def item(quirk):
        return by_url[replica.base_url + jambione.article_path(jambione.find(quirk))]

    assert item("lead_image")["dateline"] == {"raw": "JAMBIONE.COM -", "place": None, "outlet": "JAMBIONE.COM"}
    assert item("bold_dateline")["body"].startswith("Aktivitas jual beli")
    assert item("no_dateline")["dateline"] is None
    assert item("two_authors")["authors"] == ["Nurhayati", "Andika Saputra"]
    assert item("subheading_h2")["body"].split("\n\n")[2] == "Kelompok Penyumbang"
    for got in result.items:
        assert got["published_at"].endswith("+07:00") and got["editor"] is None
        for phrase in ("Baca Juga", "Bagikan", "Berita Terkait", "Terpopuler", "adsbygoogle",
                       "Penulis", "(Foto", "JAMBIONE.COM -", "Memuat berita"):
            assert phrase not in got["body"], (got["url"], phrase)


@browser_only
def test_since_stops_the_listing_walk(tmp_path):
    since = "2026-03-29"
    inside = [a for a in jambione.ARTICLES if a["published_at"][:10] >= since]
    with jambione.build_replica() as replica:
        result = crawl("jambione", replica.base_url, tmp_path, "-a", f"since={since}")
        site = replica.route
    assert result.returncode == 0
    check_items(result.items, replica.base_url, inside)
    # Page 2 lists only older articles: the walk ends there, none of them fetched.
    assert listing_paths(site) == [jambione.LISTING_PATH, f"{jambione.LISTING_PATH}?page=2"]
    assert len(served_articles(site)) == len(inside)


# ------------------------------------------------ without or with a broken browser --
def test_without_the_browser_nothing_is_exported_and_the_stats_say_why(tmp_path):
    """The control: the browser handlers off, plain HTTP meets the challenge."""
    with jambione.build_replica() as replica:
        result = crawl("jambione", replica.base_url, tmp_path, settings={"DOWNLOAD_HANDLERS": "{}"})
        log = replica.route.gate_log
    assert result.returncode == 0
    assert result.items == []
    assert result.stats["browser/disabled"] is True
    assert result.stats["downloader/response_status_count/403"] == 1
    assert result.stats["discovery/listing/failed"] == 1 and result.stats["discovery/exhausted"]
    assert "needs the browser" in result.log
    assert log == [("/robots.txt", True), (jambione.LISTING_PATH, False)]
    assert "playwright/page_count" not in result.stats


def test_a_browser_that_cannot_start_is_a_counted_logged_failure(tmp_path):
    options = '{"executable_path": "/nonexistent/chromium", "headless": true}'
    with jambione.build_replica() as replica:
        result = crawl("jambione", replica.base_url, tmp_path,
                       settings={"PLAYWRIGHT_LAUNCH_OPTIONS": options})
    assert result.returncode == 0
    assert result.items == []
    assert result.stats["discovery/fetch_failed/browser/Error"] == 1
    assert result.stats["discovery/exhausted"]
    warnings = [line for line in result.log.splitlines() if " WARNING: " in line]
    assert any("/nonexistent/chromium" in line for line in warnings)
    assert no_tracebacks(result.log)


@browser_only
def test_a_page_that_never_finishes_loading_is_a_counted_drop(tmp_path):
    """One article's picture never arrives, so its page never loads: that
    article is dropped after the navigation timeout, the rest export."""
    stuck = jambione.find("mid_body_image")
    picture = stuck["images"][stuck["render"]["mid_image"][1]]["url"]
    with jambione.build_replica() as replica:
        replica.add_fault(lambda method, path, headers: Response(
            200, [("Content-Type", "image/jpeg")], b"", delay=30) if path == picture else None)
        result = crawl("jambione", replica.base_url, tmp_path,
                       settings={"PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": "4000"})
    assert result.returncode == 0
    check_items(result.items, replica.base_url, [a for a in jambione.ARTICLES if a is not stuck])
    assert result.stats["article_fetch_failed/browser/TimeoutError"] == 1
    assert result.stats["playwright/page_count/closed"] == result.stats["playwright/page_count"]
    assert f"Could not fetch {replica.base_url}{jambione.article_path(stuck)}" in result.log
    assert no_tracebacks(result.log)
