"""Discovery parsers on the shapes WordPress and common plugins produce."""
import json
from datetime import date, datetime, timezone

import pytest

from matra_crawler.discovery import (Found, date_from_url, parse_feed, parse_listing,
                                     parse_rest_posts, parse_sitemap, well_formed)
from matra_crawler.sites import MATRA


def test_rest_posts_keep_links_and_utc_dates():
    body = json.dumps([
        {"id": 7, "link": "https://m.net/2023/12/28/camat/", "date": "2023-12-28T14:30:00",
         "date_gmt": "2023-12-28T07:30:00", "modified": "2023-12-29T08:00:00",
         "modified_gmt": "2023-12-29T01:00:00"},
        {"id": 8},  # no link: skipped, not fatal
    ])
    [post] = parse_rest_posts(body)
    assert post.url == "https://m.net/2023/12/28/camat/"
    assert post.published == datetime(2023, 12, 28, 7, 30, tzinfo=timezone.utc)
    assert post.modified == datetime(2023, 12, 29, 1, 0, tzinfo=timezone.utc)
    assert post.hints["date"] == "2023-12-28T14:30:00"   # extraction keeps the local offset
    assert post.hints["id"] == 7                          # the post's identity, kept with its URL


@pytest.mark.parametrize("body", [
    '{"code":"rest_no_route","message":"No route was found","data":{"status":404}}',
    "<html><body>Not found</body></html>",
])
def test_rest_error_answers_raise(body):
    with pytest.raises(ValueError):
        parse_rest_posts(body)


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="https://m.net/wp-sitemap-index.xsl" ?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://m.net/wp-sitemap-posts-post-1.xml</loc></sitemap>
<sitemap><loc>https://m.net/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
</sitemapindex>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://m.net/2023/12/28/camat/</loc><lastmod>2023-12-29T08:00:00+07:00</lastmod></url>
<url><loc>https://m.net/2024/01/05/banjir/</loc></url>
</urlset>"""


def test_sitemap_index_lists_children():
    children, pages = parse_sitemap(SITEMAP_INDEX)
    assert [c.url for c in children] == ["https://m.net/wp-sitemap-posts-post-1.xml",
                                         "https://m.net/wp-sitemap-taxonomies-category-1.xml"]
    assert pages == []


def test_urlset_lists_pages_with_lastmod():
    children, pages = parse_sitemap(URLSET)
    assert children == []
    assert [p.url for p in pages] == ["https://m.net/2023/12/28/camat/", "https://m.net/2024/01/05/banjir/"]
    assert pages[0].modified.isoformat() == "2023-12-29T08:00:00+07:00"
    assert pages[1].modified is None


def test_sitemap_entities_are_not_expanded():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://m.net/&lol3;</loc></url></urlset>"""
    _, pages = parse_sitemap(bomb)
    assert all("lollol" not in p.url for p in pages)


FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Media Lintas Sumatera</title>
<item><title>Camat</title><link>https://m.net/2023/12/28/camat/</link>
<pubDate>Thu, 28 Dec 2023 07:30:00 +0000</pubDate><dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[<p>Isi</p>]]></content:encoded></item>
<item><title>No date</title><link>https://m.net/2024/01/05/banjir/</link></item>
</channel></rss>"""


def test_feed_items_with_dates():
    items = parse_feed(FEED)
    assert [i.url for i in items] == ["https://m.net/2023/12/28/camat/", "https://m.net/2024/01/05/banjir/"]
    assert items[0].published == datetime(2023, 12, 28, 7, 30, tzinfo=timezone.utc)
    assert items[1].published is None


def test_atom_feed():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link href="https://m.net/2024/02/01/a/"/><published>2024-02-01T10:00:00+07:00</published></entry></feed>"""
    [item] = parse_feed(atom)
    assert item.url == "https://m.net/2024/02/01/a/"
    assert item.published.isoformat() == "2024-02-01T10:00:00+07:00"


def test_listing_keeps_article_links_once_in_order():
    html = """<main>
      <article><h2 class="entry-title"><a href="/2024/01/05/banjir/">Banjir</a></h2>
        <a href="/2024/01/05/banjir/#respond">0 komentar</a></article>
      <article><h2><a href="https://m.net/2023/12/28/camat/">Camat</a></h2></article>
      <a href="/category/daerah/">Daerah</a> <a href="/page/2/">Next</a></main>"""
    found = parse_listing(html, "https://m.net/category/daerah/", MATRA.is_article)
    assert [f.url for f in found] == ["https://m.net/2024/01/05/banjir/", "https://m.net/2023/12/28/camat/"]


@pytest.mark.parametrize("url,expected", [
    ("https://m.net/2023/12/28/camat/", date(2023, 12, 28)),
    ("https://m.net/2023/02/30/bad/", None),
    ("https://m.net/berita/1798/slug", None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_found_prefers_stated_date_over_url():
    found = Found("https://m.net/2023/12/28/x/", published=datetime(2023, 12, 27, 18, tzinfo=timezone.utc))
    assert found.published_day() == date(2023, 12, 27)
    assert Found("https://m.net/2023/12/28/x/").published_day() == date(2023, 12, 28)


SMALL_URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://m.net/a/</loc></url></urlset>'
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8))
          + ']><rss><channel><item><link>&i;</link></item></channel></rss>')


@pytest.mark.parametrize("body,whole", [
    ('<?xml version="1.0" encoding="UTF-8"?>' + SMALL_URLSET, True),
    ("\n\n" + '<?xml version="1.0" encoding="UTF-8"?>' + SMALL_URLSET, True),   # a plugin's stray newlines
    (SMALL_URLSET[:70], False),                                                 # cut off
    (SMALL_URLSET[:70] + "<br />\n<b>Fatal error</b>: Allowed memory size", False),
    ("<!DOCTYPE html><html><body><p>Not Found</body></html>", False),
    (LAUGHS, False),                                                      # 10^9 a's if expanded
])
def test_well_formed_tells_a_whole_document_from_a_broken_one(body, whole):
    assert well_formed(body.encode()) is whole


def test_listing_item_selector_falls_back_to_the_page_only_when_asked():
    html = '<aside><a href="/2024/01/05/sidebar/">Terbaru</a></aside><p>Tidak ada berita lagi.</p>'
    found = parse_listing(html, "https://m.net/page/9/", MATRA.is_article, item="main article")
    assert [f.url for f in found] == ["https://m.net/2024/01/05/sidebar/"]
    assert parse_listing(html, "https://m.net/page/9/", MATRA.is_article, item="main article",
                         whole_page_fallback=False) == []


# ------------------------------------------------ since/until at discovery
def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


@pytest.mark.parametrize("found,wanted", [
    # REST and sitemaps state UTC; the bounds are days on the site's clock (WIB)
    (Found("https://m.net/a/", published=utc("2026-11-10T03:00:00+07:00")), True),
    (Found("https://m.net/a/", published=utc("2026-11-09T22:00:00+07:00")), False),
    (Found("https://m.net/a/", published=utc("2026-11-12T23:30:00+07:00")), True),
    (Found("https://m.net/a/", published=utc("2026-11-13T05:00:00+07:00")), False),
    (Found("https://m.net/a/", modified=utc("2026-11-10T03:00:00+07:00")), True),
    (Found("https://m.net/a/", modified=utc("2026-11-09T23:59:00+07:00")), False),
    # a listing's rounded "21 Jam yang lalu" may put an article of the `until`
    # day on the next: one day of slack (the page's own date decides later)
    (Found("https://m.net/a/", published=utc("2026-11-13T00:30:00+07:00"), approximate=True), True),
    (Found("https://m.net/a/", published=utc("2026-11-14T00:30:00+07:00"), approximate=True), False),
    (Found("https://m.net/a/", published=utc("2026-11-13T00:30:00+07:00")), False),   # an exact date: no slack
])
def test_discovery_bounds_since_and_until_in_the_sites_days(found, wanted):
    from matra_crawler.spiders.sites import spider_for

    spider = spider_for(MATRA)(since="2026-11-10", until="2026-11-12")
    assert spider.wanted(found) is wanted


@pytest.mark.parametrize("shown,approximate", [
    ("21 Jam yang lalu", True), ("2 Hari yang lalu", True),
    ("Kamis, 12 November 2026 | 13:12 WIB", False), ("kemarin 13:12", False),
])
def test_time_ago_listing_dates_are_marked_approximate(shown, approximate):
    html = f"<div class='item'><a href='/2026/11/13/a-b/'>A</a><span class='d'>{shown}</span></div>"
    [found] = parse_listing(html, "https://m.net/", lambda path: True, item="div.item", item_date="span.d",
                            now=utc("2026-11-13T21:00:00+07:00"))
    assert found.published is not None and found.approximate is approximate
