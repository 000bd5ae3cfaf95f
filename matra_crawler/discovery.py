"""Where articles are listed: pure parsers for each discovery source.

Each parser takes a document's bytes and returns what it lists as `Found`
entries (and, where the source pages, what to read next). The spider
decides what to fetch; nothing here does I/O, so each parser is tested on
plain strings.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from io import BytesIO
from urllib.parse import urljoin, urlsplit

import lxml.etree
from parsel import Selector
from scrapy.utils.sitemap import Sitemap

from .normalize.dates import is_time_ago, parse_date
from .urls import URL_DATE



@dataclass
class Found:
    """An article URL as a discovery source lists it."""

    url: str
    published: datetime | None = None
    modified: datetime | None = None
    # Passed on to extraction (e.g. REST dates, which beat anything on the page).
    hints: dict = field(default_factory=dict)
    # A listing's "21 Jam yang lalu": rounded down, 21 to 22 hours ago.
    approximate: bool = False

    def published_day(self, tz: tzinfo | None = None) -> date | None:
        """The day of publication on the site's clock (`tz`): REST and
        sitemaps state UTC, and 03:00 WIB is the day before in UTC."""
        if self.published:
            return local_day(self.published, tz)
        return date_from_url(self.url)

    def modified_day(self, tz: tzinfo | None = None) -> date | None:
        return local_day(self.modified, tz) if self.modified else None


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date() if tz and moment.tzinfo else moment.date()


def date_from_url(url: str) -> date | None:
    """The day in a dated permalink (/2023/12/28/slug/), if any."""
    match = URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def _utc(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def parse_rest_posts(body: bytes | str) -> list[Found]:
    """A page of WordPress /wp-json/wp/v2/posts. Raises ValueError when the
    answer is not that (an HTML error page, a JSON error object)."""
    posts = json.loads(body)
    if not isinstance(posts, list):
        raise ValueError(f"REST answered {type(posts).__name__}, not a list of posts")
    found = []
    for post in posts:
        if not isinstance(post, dict) or not post.get("link"):
            continue
        hints = {k: post[k] for k in ("date", "date_gmt", "modified", "modified_gmt") if post.get(k)}
        if isinstance(post.get("id"), int):
            hints["id"] = post["id"]   # the post's identity, whatever its URL (see ArticlePage.post_id)
        found.append(Found(post["link"], _utc(post.get("date_gmt")), _utc(post.get("modified_gmt")),
                           hints))
    return found


def parse_sitemap(body: bytes) -> tuple[list[Found], list[Found]]:
    """A sitemap or sitemap index -> (child sitemaps, page URLs), each with
    its lastmod as `modified`. Entities are never expanded (XML bombs)."""
    sitemap = Sitemap(body)
    children, pages = [], []
    for entry in sitemap:
        lastmod = parse_date(entry["lastmod"]) if entry.get("lastmod") else None
        found = Found(entry["loc"], modified=lastmod)
        (children if sitemap.type == "sitemapindex" else pages).append(found)
    return children, pages


_SAFE_XML = dict(resolve_entities=False, no_network=True, huge_tree=False, recover=True,
                 remove_comments=True, remove_pis=True)


def well_formed(body: bytes) -> bool:
    """Whether an XML document (feed, sitemap) is whole. The parsers above
    recover what they can from a broken one, which hides that the rest of
    its list is lost. Whitespace before the XML declaration (a common
    WordPress plugin slip) is forgiven; an entity bomb is not whole."""
    try:
        lxml.etree.fromstring(body.lstrip(), lxml.etree.XMLParser(**{**_SAFE_XML, "recover": False}))
    except lxml.etree.XMLSyntaxError:
        return False
    return True


def parse_feed(body: bytes) -> list[Found]:
    """RSS 2.0 or Atom items -> their links and publication dates."""
    root = lxml.etree.parse(BytesIO(body), lxml.etree.XMLParser(**_SAFE_XML)).getroot()
    if root is None:
        raise ValueError("feed is not XML")
    found = []
    for item in root.iter("item", "{http://www.w3.org/2005/Atom}entry"):
        link = item.findtext("link") or ""
        if not link:
            atom_link = item.find("{http://www.w3.org/2005/Atom}link")
            link = atom_link.get("href", "") if atom_link is not None else ""
        when = (item.findtext("pubDate") or item.findtext("{http://purl.org/dc/elements/1.1/}date")
                or item.findtext("{http://www.w3.org/2005/Atom}published"))
        if link.strip():
            found.append(Found(link.strip(), published=parse_date(when) if when else None))
    return found


def parse_listing(html: str, page_url: str, is_article, *, item: str = "", item_date: str = "",
                  now: datetime | None = None, whole_page_fallback: bool = True) -> list[Found]:
    """Article links on a listing page, in page order, once each.

    `is_article(path)` says which links are articles. With `item` (the CSS of
    one listed article) and `item_date` (its date inside it), each link gets
    the date the listing shows, resolved against `now` when relative.

    When `item` matches nothing, `whole_page_fallback` reads every link on
    the page instead: right for a first page whose theme changed, wrong for
    an empty page past the listing's end (its sidebar is no listing)."""
    page = Selector(text=html)
    boxes = page.css(item) if item else [page]
    if not boxes and whole_page_fallback:
        boxes = [page]
    seen, found = set(), []
    for box in boxes:
        when, text = None, ""
        if item_date:
            text = " ".join(t.strip() for t in box.css(item_date).css("::attr(datetime), ::text").getall())
            when = parse_date(text, now=now) if text.strip() else None
        for href in box.css("a::attr(href)").getall():
            url = urljoin(page_url, href.strip()).split("#")[0]
            if url in seen or not is_article(urlsplit(url).path):
                continue
            seen.add(url)
            found.append(Found(url, published=when, approximate=when is not None and is_time_ago(text)))
    return found
