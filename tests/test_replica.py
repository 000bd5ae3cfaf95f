"""The local Matra replica answers like a WordPress site, and its data is consistent.

Fetches go through urllib against a real socket, as a crawler's would.
"""
import gzip
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import lxml.html
import pytest

from tests.replica import matra
from tests.replica.server import DropConnection, Replica, Response

ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = ROOT / "tests" / "replica" / "data" / "seed_matra.txt"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
UA = "matra-crawler-tests/1.0"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url, method="GET", headers=None):
    """(status, headers, body) without following redirects or raising on 4xx/5xx."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": UA, **(headers or {})})
    try:
        with _opener.open(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def replica():
    with Replica(matra.build_site()) as running:
        yield running


@pytest.fixture(scope="module")
def base(replica):
    return replica.base_url


def page(base, article):
    status, _, body = fetch(base + matra.article_path(article))
    assert status == 200
    return lxml.html.fromstring(body)


def entry_blocks(doc):
    """Reader-visible blocks of the post content, minus ads, sharing and 'Baca Juga'."""
    content = doc.cssselect("div.entry-content")[0]
    blocks = []
    for element in content.iter("p", "figcaption", "h2", "h3"):
        if element.getparent().tag == "figure" and element.tag == "p":
            continue
        if any(a.get("class", "").startswith(("sharedaddy", "code-block")) for a in element.iterancestors("div")):
            continue
        text = " ".join(element.text_content().replace("\xa0", " ").split())
        if element.tag == "h3" and "sd-title" in element.get("class", ""):
            continue
        if text and not text.startswith("Baca Juga:"):
            blocks.append(text)
    return blocks


# ------------------------------------------------------------------ data --

def test_hand_written_articles_are_distinct_and_substantial():
    assert len(matra.ARTICLES) >= 12
    assert len({a["published_at"] for a in matra.ARTICLES}) == len(matra.ARTICLES)
    assert len({a["slug"] for a in matra.ARTICLES}) == len(matra.ARTICLES)
    years = {a["published_at"][:4] for a in matra.ARTICLES}
    assert {"2021", "2022", "2023", "2024", "2025", "2026"} <= years
    for article in matra.ARTICLES:
        assert set(matra.GROUND_TRUTH_KEYS) <= set(article)
        assert article["published_at"].endswith("+07:00")
        assert len(" ".join(article["body_paragraphs"]).split()) > 80, article["slug"]


@pytest.mark.parametrize("quirk", [
    "seed", "no_jsonld", "only_visible_date", "updated", "em_dash_dateline", "hyphen_dateline_two_spaces",
    "no_dateline", "caps_abbreviated_place", "editor_line", "xhtml_captions_only", "block_editor_caption",
    "no_images", "baca_juga_multiple", "visitor_comments", "event_date_in_body",
])
def test_every_required_quirk_has_an_article(quirk):
    assert matra.find(quirk)


def test_seed_body_is_the_seed_file_text():
    seed_paragraphs = SEED_FILE.read_text(encoding="utf-8").split("\n\n")
    article = matra.find("seed")
    body = "\n\n".join(article["body_paragraphs"])
    for paragraph in article["body_paragraphs"]:
        assert paragraph in seed_paragraphs or any(paragraph in s for s in seed_paragraphs), paragraph
    assert "Jangan Remeh" in article["body_paragraphs"]
    assert "(Matra" not in body and "Foto :" not in body and "Tinggalkan Balasan" not in body


def test_generated_articles_are_deterministic_unique_and_spaced():
    first, again = matra.generate_articles(3000, seed=1), matra.generate_articles(3000, seed=1)
    assert first[123] == again[123]
    assert matra.generate_articles(3000, seed=2)[123]["title"] != first[123]["title"]
    assert len({first.header(i)["slug"] for i in range(3000)}) == 3000
    times = [datetime.fromisoformat(first.header(i)["published_at"]) for i in range(3000)]
    assert all(a > b for a, b in zip(times, times[1:]))
    gaps_hours = (times[0] - times[-1]).total_seconds() / 3600 / 2999
    assert 1.9 < gaps_hours < 2.1
    assert set(matra.GROUND_TRUTH_KEYS) <= set(first[0])
    assert len(" ".join(first[7]["body_paragraphs"]).split()) > 80


# ------------------------------------------------------------- endpoints --

def test_every_html_and_xml_answer_says_it_is_a_reconstruction(base):
    for path in ["/", matra.article_path(matra.ARTICLES[0]), "/wp-sitemap.xml", "/feed/", "/nothing-here/"]:
        _, headers, body = fetch(base + path)
        assert b"RECONSTRUCTION" in body, path
        assert "reconstructed" in headers["X-Replica"]


def test_robots_names_the_core_sitemap(base):
    status, headers, body = fetch(base + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {base}/wp-sitemap.xml" in body.decode().splitlines()
    assert "Disallow: /wp-admin/" in body.decode()


def test_sitemaps_list_every_article_with_its_lastmod(base):
    _, _, index = fetch(base + "/wp-sitemap.xml")
    locs = [e.text for e in ET.fromstring(index).findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert f"{base}/wp-sitemap-posts-post-1.xml" in locs
    _, _, posts = fetch(base + "/wp-sitemap-posts-post-1.xml")
    lastmods = {u.findtext("sm:loc", namespaces=SITEMAP_NS): u.findtext("sm:lastmod", namespaces=SITEMAP_NS)
                for u in ET.fromstring(posts).findall("sm:url", SITEMAP_NS)}
    assert set(lastmods) == {base + matra.article_path(a) for a in matra.ARTICLES}
    for article in matra.ARTICLES:
        stated = datetime.fromisoformat(lastmods[base + matra.article_path(article)])
        assert stated == datetime.fromisoformat(article["modified_at"] or article["published_at"])


def test_posts_sitemap_splits_at_2000_urls():
    site = matra.build_site(matra.site_articles(2100))
    site.bind("http://replica.test")
    index = site("/wp-sitemap.xml").body.decode()
    assert "wp-sitemap-posts-post-2.xml" in index and "wp-sitemap-posts-post-3.xml" not in index
    assert site("/wp-sitemap-posts-post-1.xml").body.count(b"<url>") == 2000
    assert site("/wp-sitemap-posts-post-2.xml").body.count(b"<url>") == 100
    assert site("/wp-sitemap-posts-post-3.xml").status == 404


def test_feed_is_rss2_with_full_content_newest_first(base):
    status, headers, body = fetch(base + "/feed/")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    items = ET.fromstring(body).findall("channel/item")
    newest = sorted(matra.ARTICLES, key=lambda a: datetime.fromisoformat(a["published_at"]), reverse=True)[:10]
    assert [i.findtext("link") for i in items] == [base + matra.article_path(a) for a in newest]
    first = items[0]
    assert parsedate_to_datetime(first.findtext("pubDate")) == datetime.fromisoformat(newest[0]["published_at"])
    content = first.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
    assert newest[0]["body_paragraphs"][1] in content
    assert first.findtext("{http://purl.org/dc/elements/1.1/}creator") == newest[0]["byline"]
    # A conditional GET with the validators answers 304, as WordPress feeds do.
    status, _, _ = fetch(base + "/feed/", headers={"If-None-Match": headers["ETag"]})
    assert status == 304


def test_rest_api_pages_like_wordpress(base):
    status, headers, body = fetch(base + "/wp-json/wp/v2/posts?per_page=5")
    total = len(matra.ARTICLES)
    assert status == 200
    assert headers["X-WP-Total"] == str(total)
    assert headers["X-WP-TotalPages"] == str(-(-total // 5))
    ids = []
    for n in range(1, int(headers["X-WP-TotalPages"]) + 1):
        _, _, chunk = fetch(base + f"/wp-json/wp/v2/posts?per_page=5&page={n}&_fields=id,date,date_gmt,link")
        ids += [post["id"] for post in json.loads(chunk)]
    assert sorted(ids) == sorted(a["id"] for a in matra.ARTICLES)
    status, _, body = fetch(base + f"/wp-json/wp/v2/posts?per_page=5&page={n + 1}")
    assert status == 400 and json.loads(body)["code"] == "rest_post_invalid_page_number"
    status, _, body = fetch(base + "/wp-json/wp/v2/posts?per_page=101")
    assert status == 400 and json.loads(body)["code"] == "rest_invalid_param"


def test_rest_post_dates_and_fields(base):
    article = matra.find("updated")
    _, _, body = fetch(base + f"/wp-json/wp/v2/posts?slug={article['slug']}")
    post = json.loads(body)[0]
    assert post["date"] == article["published_at"][:19]            # site time, no offset
    assert post["modified"] == article["modified_at"][:19]
    assert post["date_gmt"] == "2025-01-10T02:15:00"
    assert post["link"] == base + matra.article_path(article)
    assert article["body_paragraphs"][-1] in post["content"]["rendered"]
    _, _, body = fetch(base + "/wp-json/wp/v2/posts?after=2025-06-01T00:00:00&_fields=id")
    assert [p["id"] for p in json.loads(body)] == [a["id"] for a in sorted(
        (a for a in matra.ARTICLES if a["published_at"] > "2025-06-01"), key=lambda a: a["published_at"], reverse=True)]


def test_listing_pagination_reaches_every_article(base):
    seen, url, pages = [], base + "/", 0
    while url:
        status, _, body = fetch(url)
        assert status == 200
        doc = lxml.html.fromstring(body)
        seen += [a.get("href") for a in doc.cssselect("main h2.entry-title a")]
        following = doc.cssselect("nav.pagination a.next.page-numbers")
        url, pages = (following[0].get("href") if following else None), pages + 1
    assert sorted(seen) == sorted(base + matra.article_path(a) for a in matra.ARTICLES)
    assert pages == -(-len(matra.ARTICLES) // 10)
    status, _, _ = fetch(base + f"/page/{pages + 1}/")
    assert status == 404


def test_category_listing_holds_only_its_articles(base):
    _, _, body = fetch(base + "/category/ekonomi/")
    links = {a.get("href") for a in lxml.html.fromstring(body).cssselect("main h2.entry-title a")}
    assert links == {base + matra.article_path(a) for a in matra.ARTICLES if "Ekonomi" in a["categories"]}


# -------------------------------------------------------------- articles --

def test_seed_page_reads_like_the_seed_file(base):
    """Captions, dateline, body, subheading, credit and form in the seed's order."""
    doc = page(base, matra.find("seed"))
    seed_paragraphs = SEED_FILE.read_text(encoding="utf-8").strip().split("\n\n")
    assert entry_blocks(doc) == seed_paragraphs[:-2]
    form = doc.cssselect("div#comments div#respond.comment-respond")[0]
    assert form.cssselect("h3#reply-title.comment-reply-title")[0].text.strip() == "Tinggalkan Balasan"
    notes = form.cssselect("form#commentform.comment-form p.comment-notes")[0]
    assert " ".join(notes.text_content().split()) == seed_paragraphs[-1]
    assert [" ".join(label.text_content().split()) for label in form.cssselect("label")] == [
        "Komentar *", "Nama *", "Email *", "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya."]
    assert form.cssselect("input#submit.submit")[0].get("value") == "Kirim Komentar"
    assert form.cssselect("#cancel-comment-reply-link")[0].text == "Batalkan balasan"


def test_seed_page_has_yoast_graph_with_dates_and_author(base):
    article = matra.find("seed")
    doc = page(base, article)
    scripts = doc.cssselect('script[type="application/ld+json"].yoast-schema-graph')
    graph = json.loads(scripts[0].text)["@graph"]
    node = next(n for n in graph if n["@type"] in ("Article", "NewsArticle"))
    assert datetime.fromisoformat(node["datePublished"]) == datetime.fromisoformat(article["published_at"])
    person = next(n for n in graph if n.get("@id") == node["author"]["@id"])
    assert person["name"] == article["byline"]
    meta = doc.cssselect('meta[property="article:published_time"]')[0].get("content")
    assert datetime.fromisoformat(meta) == datetime.fromisoformat(article["published_at"])
    assert doc.cssselect("article time.entry-date.published")[0].get("datetime") == article["published_at"]


def test_article_flags_remove_dates(base):
    assert not page(base, matra.find("no_jsonld")).cssselect('script[type="application/ld+json"]')
    doc = page(base, matra.find("only_visible_date"))
    assert not doc.cssselect('script[type="application/ld+json"]')
    assert not doc.cssselect('meta[property^="article:"]')
    assert not doc.cssselect("article time")
    assert doc.cssselect("article .posted-on")[0].text_content().strip() == "Rabu, 8 Jun 2022 11:20 WIB"


def test_updated_article_states_its_modification(base):
    article = matra.find("updated")
    doc = page(base, article)
    assert doc.cssselect("article time.updated")[0].get("datetime") == article["modified_at"]
    assert doc.cssselect(".modified-on")[0].text == "Diperbarui 10 Januari 2025 17:40 WIB"
    meta = doc.cssselect('meta[property="article:modified_time"]')[0].get("content")
    assert datetime.fromisoformat(meta) == datetime.fromisoformat(article["modified_at"])


@pytest.mark.parametrize("article", matra.ARTICLES, ids=lambda a: a["slug"][:40])
def test_page_text_holds_the_ground_truth(base, article):
    doc = page(base, article)
    blocks = entry_blocks(doc)
    assert doc.cssselect("h1.entry-title")[0].text == article["title"]
    body_blocks = [b for b in blocks if not any(b == " ".join(f"{i['caption']} (Foto : {i['credit']}).".split())
                                                or b == i["caption"] for i in article["images"])]
    first = body_blocks[0]
    if article["dateline"]:
        assert first.startswith(article["dateline"]["raw"] + " ")
        first = first[len(article["dateline"]["raw"]) + 1:]
    else:
        assert not first.startswith("(Matra")
    assert first == article["body_paragraphs"][0]
    for paragraph in article["body_paragraphs"][1:-1]:
        assert paragraph in body_blocks
    captions = [c.text_content() for c in doc.cssselect("div.entry-content .wp-caption-text, div.entry-content .wp-element-caption")]
    assert len(captions) == len(article["images"])
    for caption, image in zip(captions, article["images"]):
        assert caption.startswith(image["caption"])
        assert (image["credit"] in caption) if image["credit"] else "Foto" not in caption
    if article["editor"]:
        assert f"Editor: {article['editor']}" in blocks
    assert article["byline"] == doc.cssselect("article .byline a.url.fn.n")[0].text


def test_caption_styles(base):
    doc = page(base, matra.find("xhtml_captions_only"))
    assert len(doc.cssselect("div.entry-content div.wp-caption > p.wp-caption-text")) == 2
    assert not doc.cssselect("div.entry-content figure")
    doc = page(base, matra.find("block_editor_caption"))
    assert doc.cssselect("div.entry-content figure.wp-block-image > figcaption.wp-element-caption")
    doc = page(base, matra.find("lazy_image"))
    image = doc.cssselect("div.entry-content figure img")[0]
    assert image.get("src").startswith("data:") and image.get("data-lazy-src").endswith(".jpg")


def test_baca_juga_links_and_comments(base):
    doc = page(base, matra.find("baca_juga_multiple"))
    links = [p for p in doc.cssselect("div.entry-content p") if p.text_content().startswith("Baca Juga:")]
    assert len(links) == 3
    assert all(p.cssselect("a")[0].get("href").startswith(base + "/20") for p in links)
    doc = page(base, matra.find("visitor_comments"))
    comments = doc.cssselect("div#comments ol.comment-list li.comment > article.comment-body")
    assert len(comments) == 3
    assert doc.cssselect("ol.comment-list ol.children li.comment")
    assert comments[0].cssselect("div.reply a.comment-reply-link")[0].text == "Balas"


# ----------------------------------------------------------- HTTP manners --

def test_redirects_and_not_found(base):
    path = matra.article_path(matra.ARTICLES[0])
    status, headers, _ = fetch(base + path.rstrip("/"))
    assert status == 301 and headers["Location"] == base + path
    status, headers, _ = fetch(base + path + "?share=facebook")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    status, headers, _ = fetch(base + f"/?p={matra.ARTICLES[0]['id']}")
    assert status == 301 and headers["Location"] == base + path
    assert fetch(base + "/2023/12/28/no-such-post/")[0] == 404
    status, headers, body = fetch(base + "/wp-content/uploads/2023/12/rakor-camat-provinsi-jambi-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg" and body[:2] == b"\xff\xd8"


def test_head_gzip_and_request_log(replica, base):
    path = matra.article_path(matra.ARTICLES[1])
    replica.clear_log()
    _, plain_headers, plain = fetch(base + path)
    status, headers, body = fetch(base + path, method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Length"] == str(len(plain))
    _, headers, zipped = fetch(base + path, headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(zipped) == plain
    assert plain_headers["Content-Type"] == "text/html; charset=UTF-8"
    assert replica.requests() == [("GET", path, UA), ("HEAD", path, UA), ("GET", path, UA)]


def test_faults_can_replace_or_drop_answers():
    with Replica(matra.build_site()) as running:
        running.add_fault(lambda method, path, headers: Response.text("busy", status=503) if path == "/feed/" else None)
        assert fetch(running.base_url + "/feed/")[0] == 503

        def drop(method, path, headers):
            if path == "/robots.txt":
                raise DropConnection()
        running.add_fault(drop)
        with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
            urllib.request.urlopen(running.base_url + "/robots.txt", timeout=5)
        running.clear_faults()
        assert fetch(running.base_url + "/robots.txt")[0] == 200


def test_disabled_endpoints_answer_404():
    with Replica(matra.build_site(disable={"rest", "sitemap", "feed", "listing"})) as running:
        base = running.base_url
        for path in ["/wp-json/wp/v2/posts", "/?rest_route=/wp/v2/posts", "/wp-sitemap.xml",
                     "/wp-sitemap-posts-post-1.xml", "/feed/", "/category/daerah/", "/page/2/"]:
            assert fetch(base + path)[0] == 404, path
        _, _, robots = fetch(base + "/robots.txt")
        assert b"Sitemap:" not in robots
        status, _, home = fetch(base + "/")
        assert status == 200 and b'rel="https://api.w.org/"' not in home
        assert fetch(base + matra.article_path(matra.ARTICLES[0]))[0] == 200


def test_command_line_prints_base_url_and_logs(tmp_path):
    log = tmp_path / "requests.log"
    process = subprocess.Popen([sys.executable, "-m", "tests.replica.server", "matra", "--articles", "30",
                                "--log", str(log)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        base = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base)
        _, headers, _ = fetch(base + "/wp-json/wp/v2/posts?per_page=10&_fields=id")
        assert headers["X-WP-Total"] == "30"
    finally:
        process.terminate()
        process.wait(timeout=5)
    fields = log.read_text().splitlines()[0].split("\t")
    assert fields[1:4] == ["GET", "200", fields[3]] and fields[4].startswith("/wp-json/wp/v2/posts") and fields[5] == UA
