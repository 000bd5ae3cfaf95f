"""A site profile: everything site-specific, declared as data.

A profile says where a site's articles are and which selectors hold their
fields; the shared spider, extraction and pipelines do the rest. Any field a
profile leaves empty (or whose selector finds nothing) falls back to the
generic extraction, so a profile only declares what the generic path gets
wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Selectors:
    """CSS selectors for one site's article pages (empty = generic fallback)."""

    # The element holding the whole article, header to footer (WordPress's
    # <article>): the other selectors look inside it first, then the page.
    scope: str = ""
    title: str = ""
    body: str = ""
    # Visible date text (a last resort after JSON-LD, meta and <time datetime>).
    published: str = ""
    modified: str = ""
    authors: str = ""
    # The editor's line ("Editor : X", or a staff line "Penulis: A | Editor:
    # X"); a credit in the body (processing.take_credits) beats it.
    editor: str = ""
    categories: str = ""
    tags: str = ""
    # Removed from the body before its text is read: captions are collected
    # into `images` first, the rest (ads, share, related, comments) dropped.
    drop: tuple[str, ...] = ()


CURRENT = "current"   # the name of a profile's newest selector version


@dataclass(frozen=True)
class SelectorVersion:
    """An older template's selectors, for articles published before `until`
    (a day, "YYYY-MM-DD"): a redesign keeps the old selectors, so a backfill
    of older pages still finds their fields. Named by that day unless named."""

    until: str
    selectors: Selectors
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or f"until-{self.until}"


# Dropped from every body: what WordPress core and common plugins render
# inside or right after the content. Profiles add their theme's own.
WORDPRESS_DROP = (
    "script", "style", "noscript", "iframe", "form", "ins.adsbygoogle",
    "#respond", ".comment-respond", "#comments", ".comments-area", ".comment-list",
    ".sharedaddy", ".sd-sharing", ".jp-relatedposts", ".related-posts", ".yarpp-related",
    ".code-block", ".adsbygoogle", ".addtoany_share_save_container", ".wp-block-buttons",
    # "Baca Juga" (read also) boxes of Indonesian themes and related-post plugins.
    ".baca-juga", "[class*='baca-juga']", "[class*='bacajuga']",
)


@dataclass(frozen=True)
class Listing:
    """A paginated list of articles, newest first.

    `first` is page 1; `next` is page N >= 2, with {page} (N) or {offset}
    ((N - 1) * page_size) in it: "/category/daerah/page/{page}/",
    "/kategori/ekonomi/{offset}", "/tag/ekonomi?page={page}"."""

    first: str
    next: str
    page_size: int = 10
    # Each listed article's box and the date it shows (often relative:
    # "21 Jam yang lalu"); empty = every article link on the page, undated.
    item: str = ""
    item_date: str = ""

    def page_path(self, page: int) -> str:
        if page <= 1:
            return self.first
        return self.next.format(page=page, offset=(page - 1) * self.page_size)


@dataclass(frozen=True)
class SiteProfile:
    name: str                     # spider name and feed folder, e.g. "matra"
    source_name: str              # human name of the outlet
    base_url: str                 # live site, overridden by -a base_url
    language: str = "id"
    # The site's own zone: dates without an offset are read in it, and UTC
    # instants (Yoast, sitemaps) are shown in it. All of Jambi is WIB.
    utc_offset: str = "+07:00"
    # Discovery sources in order of preference; the spider uses the first that answers.
    discovery: tuple[str, ...] = ("rest", "sitemap", "feed", "listing")
    # Where sitemaps and the feed live, tried in order.
    sitemaps: tuple[str, ...] = ("wp-sitemap.xml", "sitemap_index.xml", "sitemap.xml")
    feed: str = "feed/"
    # Listings to walk when nothing cheaper answers.
    listings: tuple[Listing, ...] = ()
    # Which URLs are articles (matched against the URL path).
    article_path: str = r"^/\d{4}/\d{2}/\d{2}/[^/]+/?$"
    selectors: Selectors = field(default_factory=Selectors)
    # Older templates' selectors, each for articles published before its day
    # (the current `selectors` serve the rest, and pages whose date is unknown).
    older_selectors: tuple[SelectorVersion, ...] = ()
    # Query added to an article URL before fetching it ("page=all": the
    # whole article on one page). Its parameters name no other article, so
    # they are left out of the article's identity (urls.canonical_url).
    fetch_query: str = ""
    # More query parameters that pick another rendering of the same article
    # ("name=value", or "name" for any value): left out of its identity too.
    variant_query: tuple[str, ...] = ()
    # Outlets whose datelines read "Place (OUTLET) -" ("Jambi (KANTOR) -",
    # also "Jambi (KANTOR Jambi) -"): only the outlets named here count, as
    # an arbitrary word in parentheses ("Gubernur (kanan) -") must not.
    dateline_outlets: tuple[str, ...] = ()
    # Class names of story-text containers beyond the common ones
    # (entry-content, article-body, post-content, ...): a date or byline
    # inside them belongs to the story text, not to the article's header.
    text_classes: tuple[str, ...] = ()
    # An article split over numbered pages: the link to its next page.
    next_page: str = ""
    # Render pages in a browser (scrapy-playwright) instead of plain HTTP:
    # every request the spider makes (listings and articles alike; robots.txt
    # stays plain). XML and JSON come back as the browser's viewer page, so
    # such a site discovers through HTML listings.
    render: bool = False
    # CSS of an element every real page of a render site has and a bot check
    # (Cloudflare's "Just a moment...") has not: the browser waits for it and
    # for that page's load, so the page is read after the check reloaded it.
    render_wait: str = ""

    def is_article(self, path: str) -> bool:
        return re.search(self.article_path, path) is not None

    def render_waits(self, timeout_ms: float) -> list[tuple[str, dict]]:
        """What a rendered page is read after, besides its load: (playwright
        page method, keyword arguments) each. The crawl and `fixtures record`
        both wait so, and both wait for the load again after each."""
        if not self.render_wait:
            return []
        return [("wait_for_selector", {"selector": self.render_wait, "state": "attached", "timeout": timeout_ms})]

    def selectors_for(self, published: date | None) -> tuple[str, Selectors]:
        """(version name, selectors) in force for an article published on that
        day: the oldest version whose `until` is after it, else the current."""
        if published is not None:
            for version in sorted(self.older_selectors, key=lambda v: v.until):
                if published < date.fromisoformat(version.until):
                    return version.label, version.selectors
        return CURRENT, self.selectors

    def selector_version(self, name: str) -> Selectors | None:
        """The selectors of the version of that name (None: no such version)."""
        if name == CURRENT:
            return self.selectors
        return next((v.selectors for v in self.older_selectors if v.label == name), None)

    @property
    def ignored_query(self) -> tuple[str, ...]:
        """Query parameters that are no part of an article's identity."""
        return tuple(pair for pair in self.fetch_query.split("&") if pair) + self.variant_query
