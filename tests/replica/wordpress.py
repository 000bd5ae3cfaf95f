"""Render a WordPress (6.x, id_ID) news site from a list of article dicts.

RECONSTRUCTION: the markup follows WordPress core (comment form, captions,
feeds, core sitemaps, REST API), Yoast SEO, Jetpack sharing, Ad Inserter and
an "_s"-based news-magazine theme ("newsmag"). It is written from knowledge
of those projects, not captured from medialintassumatera.net, which no
machine here can reach. A second theme, "block" (BlockThemeSite), renders
the same site the way a block theme in the manner of Twenty Twenty-Four
does (core blocks, no entry-title/entry-meta, AddToAny sharing): for the
generic `wordpress` spider and for template-drift tests. A third, "jnews"
(JNewsThemeSite), is a JNews-style magazine theme (jambiseru.com's).
Posts split with <!--nextpage--> (render["pages"]) are paged as core does
it on every theme (wp_link_pages, /slug/N); Yoast SEO's sitemaps can stand
in for core's (sitemaps="yoast").

Articles are dicts (schema in tests/replica/matra.py). ``articles`` may be a
list or any sequence; if it has ``header(i)``, the site builds its index from
those cheap headers and renders full articles only on request, so a replica
of 50,000 articles stays small in memory.

Public: ``WordPressSite(articles, info, theme="newsmag", disable=(),
permalink="day", posts_per_page=10, sitemaps="core")`` is a route callable
for ``tests.replica.server.Replica`` (theme="block" gives a BlockThemeSite,
"jnews" a JNewsThemeSite); ``format_visible_date``, ``slugify``,
``permalink_path``, ``page_starts``, ``paged_path``, ``caption_text``,
``DISABLE_OPTIONS``, ``THEMES``, ``PERMALINKS``, ``SITEMAPS``.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from html import escape, unescape
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from tests.replica.server import Response

WIB = timezone(timedelta(hours=7), "WIB")
UTC = timezone.utc
WP_VERSION = "6.4.3"
POSTS_PER_PAGE = 10          # Settings > Reading, the WordPress default
SITEMAP_MAX_URLS = 2000      # wp_sitemaps_get_max_urls() default
YOAST_SITEMAP_MAX_URLS = 1000   # Yoast SEO's entries per sitemap
REST_MAX_PER_PAGE = 100
FEED_ITEMS = 10
EXCERPT_WORDS = 55           # wp_trim_excerpt() default

DISABLE_OPTIONS = frozenset({"rest", "sitemap", "feed", "listing", "robots", "sitemap_lastmod"})
# Who writes the XML sitemaps: core (/wp-sitemap.xml) or Yoast SEO
# (/sitemap_index.xml; it switches core's off and redirects to its own).
SITEMAPS = ("core", "yoast")

RECONSTRUCTION_NOTE = (
    "RECONSTRUCTION: local replica of {origin} rendered by matra_crawler's tests "
    "(tests/replica). WordPress/theme markup is reconstructed from WordPress core and "
    "public theme conventions; this is not a capture of the live site."
)

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


# ---------------------------------------------------------------- helpers --

def format_visible_date(moment: datetime, style: str) -> str:
    """The date as a reader sees it in the theme, in one of the forms seen on Jambi sites."""
    d = moment.astimezone(WIB)
    day, month = DAYS[d.weekday()], MONTHS[d.month - 1]
    styles = {
        "wib_dash": f"{day}, {d.day} {month} {d.year} - {d:%H:%M} WIB",     # Kamis, 28 Desember 2023 - 14:30 WIB
        "wib_pipe": f"{day}, {d.day} {month} {d.year} | {d:%H:%M} WIB",     # Jumat, 5 Januari 2024 | 09:15 WIB
        "wib_seconds": f"{day}, {d:%d} {month} {d.year} - {d:%H:%M:%S} WIB",  # Rabu, 04 Februari 2026 - 16:20:18 WIB
        "short_month": f"{day}, {d.day} {MONTHS_SHORT[d.month - 1]} {d.year} {d:%H:%M} WIB",  # Selasa, 17 Mar 2026 06:31 WIB
        "blogger": f"{day}, {d.day} {month} {d.year} | {d:%H.%M}",          # Jumat, 22 Oktober 2021 | 19.03
        "wp_fjy": f"{month} {d.day}, {d.year}",                              # Mei 21, 2025 ("F j, Y")
        "wp_default": f"{d.day} {month} {d.year}",                           # 28 Desember 2023 (id_ID "j F Y")
    }
    return styles[style]


def updated_text(moment: datetime) -> str:
    d = moment.astimezone(WIB)
    return f"Diperbarui {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} WIB"


@lru_cache(maxsize=4096)   # term and author names repeat across thousands of posts
def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# Settings > Permalinks, as WordPress's structure tags: "day" (matra),
# "month" (detail.id's /2023/09/slug), "category" (jambiseru's
# /berita-jambi/07/08/slug, without the trailing slash).
PERMALINKS = {
    "day": "/%year%/%monthnum%/%day%/%postname%/",
    "month": "/%year%/%monthnum%/%postname%/",
    "category": "/%category%/%monthnum%/%day%/%postname%",
}


def permalink_path(published: datetime, slug: str, structure: str = "day", category: str = "") -> str:
    """A post's permalink path; `category` is its first category's name (for %category%)."""
    d = published.astimezone(WIB)
    tags = {"%year%": f"{d:%Y}", "%monthnum%": f"{d:%m}", "%day%": f"{d:%d}",
            "%category%": slugify(category or "Tak Berkategori"), "%postname%": slug}
    return re.sub(r"%[a-z]+%", lambda tag: tags[tag.group()], PERMALINKS[structure])


def page_starts(article: dict) -> list[int]:
    """The paragraph index each page of a post starts at: the post split with
    <!--nextpage--> (render["pages"]); [0] for a post of one page."""
    return list(article.get("render", {}).get("pages", [0]))


def paged_path(permalink: str, page: int) -> str:
    """Page N of a post, as wp_link_pages() links it: the permalink plus /N
    (with the structure's trailing slash, if it has one)."""
    if page == 1:
        return permalink
    return permalink.rstrip("/") + f"/{page}" + ("/" if permalink.endswith("/") else "")


def caption_text(image: dict) -> str:
    """Caption as displayed: the clean caption plus the photo credit, Matra style."""
    render = image.get("render", {})
    if "caption_raw" in render:
        return render["caption_raw"]
    if image.get("credit"):
        return f"{image['caption']} (Foto : {image['credit']})."
    return image["caption"]


def parse_time(value):
    return datetime.fromisoformat(value) if value else None


def _w3c(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _gmt(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _rest_date(moment: datetime) -> str:  # REST API: no offset at all
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _tiny_jpeg() -> bytes:
    """A valid 8x8 grey baseline JPEG: enough for a crawler's image request."""
    one_code_table = bytes([1] + [0] * 15) + b"\x00"   # a single Huffman code, symbol 0
    return b"".join([
        b"\xff\xd8",                                               # SOI
        b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        b"\xff\xdb\x00\x43\x00" + bytes([1] * 64),                 # DQT
        b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00",   # SOF0 8x8, 1 component
        b"\xff\xc4\x00\x14\x00" + one_code_table,                  # DHT DC: category 0
        b"\xff\xc4\x00\x14\x10" + one_code_table,                  # DHT AC: end of block
        b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00",               # SOS
        b"\x3f",                                                   # DC diff 0, EOB, padding
        b"\xff\xd9",                                               # EOI
    ])


TINY_JPEG = _tiny_jpeg()


# ------------------------------------------------------------- site index --

@dataclass
class SiteInfo:
    name: str
    description: str
    origin: str                       # the live site this replicates, e.g. https://medialintassumatera.net/
    lang: str = "id-ID"
    og_locale: str = "id_ID"
    adsense_client: str = "ca-pub-0000000000000000"   # deliberately fake
    logo: str = "/wp-content/uploads/2021/01/logo-matra.png"


class _Entry:
    """What listings, feeds and sitemaps need, without the article body."""
    __slots__ = ("index", "id", "slug", "title", "path", "published", "modified",
                 "has_modified", "cats", "tags", "author", "pos")

    def __init__(self, index: int, header: dict, permalink: str = "day"):
        self.index = index
        self.id = int(header["id"])
        self.slug = header["slug"]
        self.title = header["title"]
        self.published = parse_time(header["published_at"]).astimezone(WIB)
        modified = parse_time(header.get("modified_at"))
        self.has_modified = modified is not None
        self.modified = modified.astimezone(WIB) if modified else self.published
        self.cats = tuple(header.get("categories") or ("Tak Berkategori",))
        self.path = permalink_path(self.published, self.slug, permalink, self.cats[0])
        self.tags = tuple(header.get("tags") or ())
        self.author = header.get("byline") or "admin"
        self.pos = 0


class WordPressSite:
    """Route callable ``site(path_with_query) -> Response`` for a Replica.

    ``theme`` picks the renderer: "newsmag" is this class, "block" and
    "jnews" its subclasses (THEMES); ``WordPressSite(..., theme="block")``
    returns one. ``permalink`` is "day", "month" or "category" (PERMALINKS);
    ``posts_per_page`` sizes listing pages (Settings > Reading); ``sitemaps``
    is "core" or "yoast" (SITEMAPS)."""

    theme_name = "newsmag"

    def __new__(cls, *args, theme: str = "newsmag", **kwargs):
        # Only the theme's pages differ: pick the subclass that renders them.
        if cls is WordPressSite:
            if theme not in THEMES:
                raise ValueError(f"unknown theme {theme!r}; known: {', '.join(THEMES)}")
            cls = THEMES[theme]
        return super().__new__(cls)

    def __init__(self, articles, info: SiteInfo, theme: str = "newsmag", disable=(),
                 now: datetime | None = None, permalink: str = "day", posts_per_page: int = POSTS_PER_PAGE,
                 sitemaps: str = "core"):
        if theme != self.theme_name:
            raise ValueError(f"{type(self).__name__} renders the {self.theme_name!r} theme, not {theme!r}")
        if permalink not in PERMALINKS:
            raise ValueError(f"unknown permalink structure {permalink!r}; known: {', '.join(PERMALINKS)}")
        self.permalink = permalink
        if sitemaps not in SITEMAPS:
            raise ValueError(f"unknown sitemaps {sitemaps!r}; known: {', '.join(SITEMAPS)}")
        self.sitemaps = sitemaps
        self.posts_per_page = posts_per_page   # Settings > Reading: listings and search
        unknown = set(disable) - DISABLE_OPTIONS
        if unknown:
            raise ValueError(f"unknown endpoints to disable: {sorted(unknown)}")
        self.articles = articles
        self.info = info
        self.theme = theme
        self.disable = frozenset(disable)
        self.now = now
        self.base_url = "http://127.0.0.1"
        self._build_index()

    def bind(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    # The index holds one small _Entry per article, newest first.
    def _build_index(self) -> None:
        header_of = getattr(self.articles, "header", None)
        entries = []
        for i in range(len(self.articles)):
            entries.append(_Entry(i, header_of(i) if header_of else self.articles[i], self.permalink))
        entries.sort(key=lambda e: (e.published, e.id), reverse=True)
        self.entries = entries
        self.by_slug, self.by_id = {}, {}
        self.by_cat, self.by_tag, self.by_author = {}, {}, {}
        self.names = {}            # slug -> display name, for terms and authors
        for pos, entry in enumerate(entries):
            entry.pos = pos
            if entry.slug in self.by_slug or entry.id in self.by_id:
                raise ValueError(f"duplicate slug or id: {entry.slug} / {entry.id}")
            self.by_slug[entry.slug] = entry
            self.by_id[entry.id] = entry
            for name in entry.cats:
                self.by_cat.setdefault(slugify(name), []).append(entry)
                self.names[("category", slugify(name))] = name
            for name in entry.tags:
                self.by_tag.setdefault(slugify(name), []).append(entry)
                self.names[("tag", slugify(name))] = name
            self.by_author.setdefault(slugify(entry.author), []).append(entry)
            self.names[("author", slugify(entry.author))] = entry.author
        # WordPress numbers categories and tags from one term table; 1 is "Uncategorized".
        self.term_ids = {}
        next_id = 2
        for kind, table in (("category", self.by_cat), ("tag", self.by_tag)):
            for slug in sorted(table):
                self.term_ids[(kind, slug)] = next_id
                next_id += 1
        self.by_id_ascending = sorted(entries, key=lambda e: e.id)

    def article(self, entry: _Entry) -> dict:
        return self.articles[entry.index]

    def url(self, path: str) -> str:
        return self.base_url + path

    # ------------------------------------------------------------ routing --
    def __call__(self, path_with_query: str) -> Response:
        parts = urlsplit(path_with_query)
        path = parts.path or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}

        if path == "/" and "rest_route" in query:
            if "rest" in self.disable:
                return self._not_found()
            return self._rest(query.pop("rest_route"), query)
        if path == "/robots.txt" and "robots" not in self.disable:
            return self._robots()
        if path.startswith("/wp-sitemap") and "sitemap" not in self.disable and self.sitemaps == "core":
            return self._sitemap(path)
        if re.fullmatch(r"/((wp-)?sitemap(_index)?|[a-z]+-sitemap\d*)\.xml", path) and "sitemap" not in self.disable \
                and self.sitemaps == "yoast":
            return self._yoast_sitemap(path)
        if path.startswith("/wp-json"):
            if "rest" in self.disable:
                return self._not_found()
            return self._rest(path[len("/wp-json"):] or "/", query)
        if path in ("/feed/", "/feed") and "feed" not in self.disable:
            if path == "/feed":
                return Response.redirect(self.url("/feed/"))
            return self._feed(query)
        if path.startswith("/wp-content/uploads/"):
            return self._upload(path)
        if path.startswith(("/wp-content/themes/", "/wp-content/plugins/", "/wp-includes/")):
            return self._asset(path)
        if path == "/":
            if "p" in query:   # shortlink ?p=ID
                entry = self.by_id.get(int(query["p"])) if query["p"].isdigit() else None
                return Response.redirect(self.url(entry.path)) if entry else self._not_found()
            if "s" in query:
                return self._search(query["s"])
            return self._listing_page("home", None, 1)

        post = self._post_named(path)
        if post:
            return self._article_route(path, query, *post)
        match = re.fullmatch(r"/(?:(category|tag|author)/([^/]+)/)?page/(\d+)/?", path)
        if match:
            kind, slug, page = match.group(1) or "home", match.group(2), int(match.group(3))
            if page <= 1:  # WordPress redirects .../page/1/ to the first page itself
                return Response.redirect(self.url(f"/{kind}/{slug}/" if slug else "/"))
            return self._listing_route(kind, slug, page)
        match = re.fullmatch(r"/(category|tag|author)/([^/]+)/?", path)
        if match:
            return self._listing_route(match.group(1), match.group(2), 1)
        return self._not_found()

    def _post_named(self, path: str):
        """(entry, page, feed) when the path's last segment (before a page
        number or /feed) is a post's slug, as WordPress resolves a permalink or
        guesses one (redirect_guess_404_permalink); else None."""
        segments = path.strip("/").split("/")
        feed = segments[-1] == "feed"
        if feed:
            segments.pop()
        page = None
        if not feed and len(segments) > 2 and segments[-1].isdigit():
            page = int(segments.pop())
        if len(segments) < 2 or segments[0] in ("category", "tag", "author", "page"):
            return None
        entry = self.by_slug.get(segments[-1])
        return (entry, page, feed) if entry else None

    def _article_route(self, path: str, query: dict, entry: _Entry, page, feed: bool) -> Response:
        if feed:
            return self._comments_feed(entry) if "feed" not in self.disable else self._not_found()
        # WordPress's canonical redirect fixes a missing (or extra) slash, a wrong
        # date or category, a /1, and a page past the last (to the post itself).
        pages = len(page_starts(self.article(entry))) if page else 1
        wanted = paged_path(entry.path, page if page and 1 <= page <= pages else 1)
        if path != wanted:
            return Response.redirect(self.url(wanted))
        if "share" in query:  # Jetpack share buttons leave the site
            target = "https://www.facebook.com/sharer.php?u=" + quote(self.url(entry.path), safe="")
            return Response.redirect(target, 302)
        return self._article_page(entry, page or 1)

    def _listing_route(self, kind: str, slug, page: int) -> Response:
        if "listing" in self.disable and (kind != "home" or page > 1):
            return self._not_found()
        return self._listing_page(kind, slug, page)

    # -------------------------------------------------------- small files --
    def _robots(self) -> Response:
        lines = ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", ""]
        if "sitemap" not in self.disable:
            lines.append(f"Sitemap: {self.url('/wp-sitemap.xml' if self.sitemaps == 'core' else '/sitemap_index.xml')}")
        return Response.text("\n".join(lines) + "\n", "text/plain; charset=utf-8")

    def _upload(self, path: str) -> Response:
        if re.fullmatch(r"/wp-content/uploads/\d{4}/\d{2}/[\w.-]+\.(jpe?g|png|webp)", path):
            return Response(200, [("Content-Type", "image/jpeg"),
                                  ("Cache-Control", "max-age=31536000")], TINY_JPEG)
        return self._not_found()

    def _asset(self, path: str) -> Response:
        if path.endswith(".css"):
            return Response.text("/* replica: empty stylesheet */\n", "text/css; charset=UTF-8")
        if path.endswith(".js"):
            return Response.text("/* replica: empty script */\n", "application/javascript; charset=UTF-8")
        return self._not_found()

    # ----------------------------------------------------------- sitemaps --
    def _sitemap(self, path: str) -> Response:
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<?xml-stylesheet type="text/xsl" href="{self.url("/wp-sitemap-index.xsl" if path == "/wp-sitemap.xml" else "/wp-sitemap.xsl")}" ?>\n'
                f"<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->\n")
        post_pages = max(1, -(-len(self.entries) // SITEMAP_MAX_URLS))
        if path == "/wp-sitemap.xml":
            locs = [f"/wp-sitemap-posts-post-{n}.xml" for n in range(1, post_pages + 1)]
            locs.append("/wp-sitemap-taxonomies-category-1.xml")
            body = "".join(f"<sitemap><loc>{self.url(loc)}</loc></sitemap>" for loc in locs)
            xml = head + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>\n'
            return Response.text(xml, "application/xml; charset=UTF-8")
        match = re.fullmatch(r"/wp-sitemap-posts-post-(\d+)\.xml", path)
        if match and 1 <= int(match.group(1)) <= post_pages and self.entries:
            n = int(match.group(1))
            # Core orders the posts sitemap by ID, oldest posts on page 1.
            chunk = self.by_id_ascending[(n - 1) * SITEMAP_MAX_URLS: n * SITEMAP_MAX_URLS]
            with_lastmod = "sitemap_lastmod" not in self.disable
            urls = "".join(
                f"<url><loc>{self.url(e.path)}</loc>"
                + (f"<lastmod>{_w3c(_gmt(e.modified))}</lastmod>" if with_lastmod else "")
                + "</url>" for e in chunk)
            xml = head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
            return Response.text(xml, "application/xml; charset=UTF-8")
        if path == "/wp-sitemap-taxonomies-category-1.xml":
            urls = "".join(f"<url><loc>{self.url(f'/category/{slug}/')}</loc></url>" for slug in sorted(self.by_cat))
            xml = head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
            return Response.text(xml, "application/xml; charset=UTF-8")
        return self._not_found()

    def _yoast_sitemap(self, path: str) -> Response:
        """Yoast SEO's sitemaps: an index; posts by last modification, oldest
        first, with their images, 1,000 a sitemap; pages, categories, authors."""
        if path in ("/wp-sitemap.xml", "/sitemap.xml"):
            return Response.redirect(self.url("/sitemap_index.xml"))
        by_modified = sorted(self.entries, key=lambda e: (e.modified, e.id))
        chunks = [by_modified[n:n + YOAST_SITEMAP_MAX_URLS] for n in range(0, len(by_modified), YOAST_SITEMAP_MAX_URLS)]
        names = {("/post-sitemap.xml" if n == 0 else f"/post-sitemap{n + 1}.xml"): chunk for n, chunk in enumerate(chunks)}
        with_lastmod = "sitemap_lastmod" not in self.disable

        def lastmod(moment):
            return f"<lastmod>{_w3c(_gmt(moment))}</lastmod>" if with_lastmod else ""

        def urlset(urls: str) -> Response:
            return self._xml('<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                             'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                             f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        others = ("/page-sitemap.xml", "/category-sitemap.xml", "/author-sitemap.xml")
        newest = max((e.modified for e in self.entries), default=None)
        if path == "/sitemap_index.xml":
            maps = "".join(f"<sitemap><loc>{self.url(name)}</loc>{lastmod(chunk[-1].modified)}</sitemap>"
                           for name, chunk in names.items())
            maps += "".join(f"<sitemap><loc>{self.url(name)}</loc>{lastmod(newest) if newest else ''}</sitemap>"
                            for name in others)
            return self._xml(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>')
        if path in names:
            return urlset("".join(
                f"<url><loc>{self.url(e.path)}</loc>{lastmod(e.modified)}"
                + "".join(f"<image:image><image:loc>{self.url(i['url'])}</image:loc></image:image>"
                          for i in self.article(e).get("images") or [])
                + "</url>" for e in names[path]))
        listed = {"/page-sitemap.xml": ["/redaksi/", "/pedoman-media-siber/"],
                  "/category-sitemap.xml": [f"/category/{slug}/" for slug in sorted(self.by_cat)],
                  "/author-sitemap.xml": [f"/author/{slug}/" for slug in sorted(self.by_author)]}
        if path in listed:
            return urlset("".join(f"<url><loc>{self.url(p)}</loc></url>" for p in listed[path]))
        return self._not_found()

    def _xml(self, xml: str) -> Response:
        return Response.text('<?xml version="1.0" encoding="UTF-8"?>'
                             f"<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->\n" + xml,
                             "text/xml; charset=UTF-8")

    # --------------------------------------------------------------- feeds --
    def _feed(self, query) -> Response:
        page = int(query.get("paged", "1")) if query.get("paged", "1").isdigit() else 1
        items = self.entries[(page - 1) * FEED_ITEMS: page * FEED_ITEMS]
        if not items:
            return self._not_found()
        last_build = max(e.modified for e in self.entries)
        parts = [self._feed_head(self.info.name, self.url("/feed/"), self.url("/"), last_build)]
        for entry in items:
            article = self.article(entry)
            categories = "".join(f"\t\t<category><![CDATA[{_cdata(name)}]]></category>\n"
                                 for name in (*entry.cats, *entry.tags))
            comments = self._comments(entry, article)
            parts.append(
                "\t<item>\n"
                f"\t\t<title>{_esc(entry.title)}</title>\n"
                f"\t\t<link>{self.url(entry.path)}</link>\n"
                f"\t\t<comments>{self.url(entry.path)}#respond</comments>\n"
                f"\t\t<dc:creator><![CDATA[{_cdata(entry.author)}]]></dc:creator>\n"
                f"\t\t<pubDate>{format_datetime(_gmt(entry.published))}</pubDate>\n"
                f"{categories}"
                f'\t\t<guid isPermaLink="false">{self.url(f"/?p={entry.id}")}</guid>\n\n'
                f"\t\t\t\t\t<description><![CDATA[{_cdata(self._excerpt(article))} [&#8230;]]]></description>\n"
                f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{_cdata(self._feed_content(entry, article))}]]></content:encoded>\n"
                f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{self._comments_feed_url(entry)}</wfw:commentRss>\n"
                f"\t\t\t<slash:comments>{len(comments)}</slash:comments>\n"
                "\t\t\n\t\t\t\t\t</item>\n")
        parts.append("\t</channel>\n</rss>\n")
        return self._feed_response("".join(parts), last_build)

    def _feed_content(self, entry: _Entry, article: dict) -> str:
        """content:encoded: the post's first page (a feed shows no page links)."""
        return self._content_html(entry, article, ads=False, page=1)

    def _comments_feed_url(self, entry: _Entry) -> str:
        return self.url(entry.path.rstrip("/") + "/feed" + ("/" if entry.path.endswith("/") else ""))

    def _feed_head(self, title: str, self_url: str, link: str, last_build: datetime) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f"<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->"
            '<rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            "\t>\n\n<channel>\n"
            f"\t<title>{_esc(title)}</title>\n"
            f'\t<atom:link href="{self_url}" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{link}</link>\n"
            f"\t<description>{_esc(self.info.description)}</description>\n"
            f"\t<lastBuildDate>{format_datetime(_gmt(last_build))}</lastBuildDate>\n"
            f"\t<language>{self.info.lang}</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={WP_VERSION}</generator>\n")

    def _feed_response(self, xml: str, last_build: datetime) -> Response:
        stamp = format_datetime(_gmt(last_build), usegmt=True)
        etag = '"' + hashlib.md5(stamp.encode()).hexdigest() + '"'
        return Response.text(xml, "application/rss+xml; charset=UTF-8",
                             headers=[("Last-Modified", stamp), ("ETag", etag)])

    def _comments_feed(self, entry: _Entry) -> Response:
        article = self.article(entry)
        comments = self._comments(entry, article)
        newest = max([c["date"] for c in comments], default=entry.published)
        parts = [self._feed_head(f"Komentar pada: {entry.title}", self._comments_feed_url(entry),
                                 self.url(entry.path), newest)]
        for c in comments:
            parts.append(
                "\t<item>\n"
                f"\t\t<title>Oleh: {_esc(c['author'])}</title>\n"
                f"\t\t<link>{self.url(entry.path)}#comment-{c['id']}</link>\n"
                f"\t\t<dc:creator><![CDATA[{_cdata(c['author'])}]]></dc:creator>\n"
                f"\t\t<pubDate>{format_datetime(_gmt(c['date']))}</pubDate>\n"
                f'\t\t<guid isPermaLink="false">{self.url(f"/?p={entry.id}")}#comment-{c["id"]}</guid>\n'
                f"\t\t<description><![CDATA[{_cdata(c['text'])}]]></description>\n"
                f"\t\t<content:encoded><![CDATA[<p>{_cdata(_esc(c['text']))}</p>\n]]></content:encoded>\n"
                "\t</item>\n")
        parts.append("\t</channel>\n</rss>\n")
        return self._feed_response("".join(parts), newest)

    # ------------------------------------------------------------ REST API --
    def _rest(self, route: str, query: dict) -> Response:
        route = "/" + route.strip("/")
        if route == "/":
            return self._json({
                "name": self.info.name, "description": self.info.description,
                "url": self.base_url, "home": self.base_url, "gmt_offset": "7",
                "timezone_string": "Asia/Jakarta", "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
                "authentication": [], "routes": {"/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
                                                 "/wp/v2/categories": {"namespace": "wp/v2", "methods": ["GET"]}},
            })
        if route == "/wp/v2/posts":
            return self._rest_posts(query)
        match = re.fullmatch(r"/wp/v2/posts/(\d+)", route)
        if match:
            entry = self.by_id.get(int(match.group(1)))
            if entry is None:
                return self._json({"code": "rest_post_invalid_id", "message": "ID pos tidak valid.",
                                   "data": {"status": 404}}, 404)
            return self._json(self._rest_post(entry, _fields(query)))
        if route == "/wp/v2/categories":
            cats = [{"id": self.term_ids[("category", slug)], "count": len(posts),
                     "description": "", "link": self.url(f"/category/{slug}/"),
                     "name": self.names[("category", slug)], "slug": slug,
                     "taxonomy": "category", "parent": 0, "meta": []}
                    for slug, posts in sorted(self.by_cat.items())]
            return self._json(cats, headers=[("X-WP-Total", str(len(cats))), ("X-WP-TotalPages", "1")])
        return self._json({"code": "rest_no_route",
                           "message": "Tidak ditemukan rute yang cocok dengan URL dan metode permintaan.",
                           "data": {"status": 404}}, 404)

    def _rest_posts(self, query: dict) -> Response:
        per_page = _int_param(query, "per_page", 10, 1, REST_MAX_PER_PAGE)
        page = _int_param(query, "page", 1, 1, None)
        for bad in (per_page, page):
            if isinstance(bad, Response):
                return bad
        entries = self.entries
        for name in ("after", "before", "modified_after", "modified_before"):
            if name not in query:
                continue
            limit = _parse_rest_date(query[name])
            if limit is None:
                return _invalid_param(name, f"{name} bukan tanggal yang valid.", "rest_invalid_date")
            # WordPress compares with the site-local post date, strictly.
            attr = "modified" if name.startswith("modified") else "published"
            if name.endswith("after"):
                entries = [e for e in entries if getattr(e, attr) > limit]
            else:
                entries = [e for e in entries if getattr(e, attr) < limit]
        if "slug" in query:
            slugs = set(query["slug"].split(","))
            entries = [e for e in entries if e.slug in slugs]
        if "categories" in query:
            wanted = {int(x) for x in query["categories"].split(",") if x.isdigit()}
            entries = [e for e in entries
                       if any(self.term_ids[("category", slugify(c))] in wanted for c in e.cats)]
        orderby = query.get("orderby", "date")
        if orderby == "modified":
            entries = sorted(entries, key=lambda e: (e.modified, e.id), reverse=True)
        elif orderby == "id":
            entries = sorted(entries, key=lambda e: e.id, reverse=True)
        if query.get("order") == "asc":
            entries = list(reversed(entries))
        total = len(entries)
        total_pages = -(-total // per_page)
        if page > total_pages and total > 0:
            return self._json({"code": "rest_post_invalid_page_number",
                               "message": "Jumlah halaman yang diminta lebih besar dari jumlah halaman yang tersedia.",
                               "data": {"status": 400}}, 400)
        fields = _fields(query)
        chunk = entries[(page - 1) * per_page: page * per_page]
        headers = [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(total_pages))]
        base_query = {k: v for k, v in query.items() if k != "page"}
        for rel, target in (("prev", page - 1), ("next", page + 1)):
            if 1 <= target <= total_pages:
                link = self.url("/wp-json/wp/v2/posts?" + urlencode({**base_query, "page": target}))
                headers.append(("Link", f'<{link}>; rel="{rel}"'))
        return self._json([self._rest_post(e, fields) for e in chunk], headers=headers)

    def _rest_post(self, entry: _Entry, fields) -> dict:
        def wanted(name):
            return fields is None or name in fields
        post = {"id": entry.id, "date": _rest_date(entry.published), "date_gmt": _rest_date(_gmt(entry.published)),
                "guid": {"rendered": self.url(f"/?p={entry.id}")},
                "modified": _rest_date(entry.modified), "modified_gmt": _rest_date(_gmt(entry.modified)),
                "slug": entry.slug, "status": "publish", "type": "post", "link": self.url(entry.path),
                "title": {"rendered": _esc(entry.title)}}
        if wanted("content") or wanted("excerpt"):   # rendering is the costly part: only on demand
            article = self.article(entry)
            post["content"] = {"rendered": self._content_html(entry, article, ads=False) + "\n", "protected": False}
            post["excerpt"] = {"rendered": f"<p>{_esc(self._excerpt(article))} [&hellip;]</p>\n", "protected": False}
        post.update({
            "author": self._author_id(entry.author), "featured_media": 0,
            "comment_status": "open", "ping_status": "open", "sticky": False, "template": "",
            "format": "standard", "meta": {"footnotes": ""},
            "categories": [self.term_ids[("category", slugify(c))] for c in entry.cats],
            "tags": [self.term_ids[("tag", slugify(t))] for t in entry.tags],
            "_links": {"self": [{"href": self.url(f"/wp-json/wp/v2/posts/{entry.id}")}],
                       "collection": [{"href": self.url("/wp-json/wp/v2/posts")}]},
        })
        if fields is not None:
            post = {k: v for k, v in post.items() if k in fields}
        return post

    def _author_id(self, name: str) -> int:
        return 2 + sorted(self.by_author).index(slugify(name))

    def _json(self, data, status: int = 200, headers=()) -> Response:
        # wp_json_encode escapes slashes and non-ASCII characters.
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
        return Response.text(text, "application/json; charset=UTF-8", status, headers=[
            ("X-Robots-Tag", "noindex"), ("X-Content-Type-Options", "nosniff"),
            ("Link", f'<{self.url("/wp-json/")}>; rel="https://api.w.org/"'),
            ("Allow", "GET"), *headers])

    # ------------------------------------------------------ article parts --
    def _excerpt(self, article: dict) -> str:
        """wp_trim_excerpt: first 55 words of the post text, captions dropped, dateline kept."""
        words = []
        dateline = article.get("dateline")
        if dateline:
            words += dateline["raw"].split()
        for paragraph in article["body_paragraphs"]:
            words += paragraph.split()
            if len(words) >= EXCERPT_WORDS:
                break
        return " ".join(words[:EXCERPT_WORDS])

    def _comments(self, entry: _Entry, article: dict) -> list:
        """Visitor comments as dicts: id, parent, author, date (datetime), text."""
        spec = article.get("render", {}).get("comments", 0)
        if isinstance(spec, int):
            spec = [{"author": name, "text": text} for name, text in
                    zip(_GENERIC_COMMENTERS, _GENERIC_COMMENTS)][:spec]
        comments = []
        for n, c in enumerate(spec):
            date = parse_time(c["date"]).astimezone(WIB) if c.get("date") else entry.published + timedelta(hours=3 + 5 * n, minutes=17)
            comments.append({"id": entry.id * 10 + n + 1, "parent": (entry.id * 10 + c["reply_to"] + 1) if c.get("reply_to") is not None else 0,
                             "author": c["author"], "date": date, "text": c["text"]})
        return comments

    def _related(self, entry: _Entry, count: int = 3) -> list:
        """Older posts of the same first category (the theme's 'Berita Terkait')."""
        same = self.by_cat.get(slugify(entry.cats[0]), [])
        found = [e for e in same if e.pos > entry.pos][:count]
        if len(found) < count:
            found += [e for e in same if e.pos < entry.pos][::-1][:count - len(found)]
        return found

    def _image_html(self, image: dict, number: int, first: bool) -> str:
        render = image.get("render", {})
        src = self.url(image["url"])
        width, height = render.get("width", 800), render.get("height", 533)
        attachment = render.get("attachment_id", 1000 + number)
        stem = src.rsplit(".", 1)[0]
        srcset = f"{src} {width}w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w"
        sizes = f"(max-width: {width}px) 100vw, {width}px"
        loading = 'fetchpriority="high" decoding="async"' if first else 'loading="lazy" decoding="async"'
        alt = _attr(render.get("alt", ""))
        caption = _esc(caption_text(image))
        style = render.get("style", "html5")

        def img(classes: str, extra: str = "") -> str:
            if render.get("lazy"):  # WP Rocket style: the real URL only in data-lazy-src
                placeholder = f"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{width}%20{height}'%3E%3C/svg%3E"
                return (f'<img {extra}decoding="async" class="{classes}" src="{placeholder}" alt="{alt}" width="{width}" height="{height}" '
                        f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" data-lazy-src="{src}" />'
                        f'<noscript><img {extra}decoding="async" class="{classes}" src="{src}" alt="{alt}" width="{width}" height="{height}" /></noscript>')
            return (f'<img {extra}{loading} class="{classes}" src="{src}" alt="{alt}" width="{width}" height="{height}" '
                    f'srcset="{srcset}" sizes="{sizes}" />')

        if style == "html5":    # [caption] shortcode in a theme with html5 caption support
            return (f'<figure id="attachment_{attachment}" aria-describedby="caption-attachment-{attachment}" '
                    f'style="width: {width}px" class="wp-caption aligncenter">'
                    + img(f"size-full wp-image-{attachment}")
                    + f'<figcaption id="caption-attachment-{attachment}" class="wp-caption-text">{caption}</figcaption></figure>')
        if style == "xhtml":    # the same shortcode in an older theme: div + p, width + 10px
            return (f'<div id="attachment_{attachment}" style="width: {width + 10}px" class="wp-caption aligncenter">'
                    + img(f"size-full wp-image-{attachment}", f'aria-describedby="caption-attachment-{attachment}" ')
                    + f'<p id="caption-attachment-{attachment}" class="wp-caption-text">{caption}</p></div>')
        if style == "block":    # block editor image block
            return ('<figure class="wp-block-image size-full">'
                    + img(f"wp-image-{attachment}")
                    + f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>')
        raise ValueError(f"unknown caption style {style!r}")

    def _ad_block(self, number: int) -> str:
        client = self.info.adsense_client
        return (f'<div class="code-block code-block-{number}" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n'
                f'<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={client}"\n'
                '     crossorigin="anonymous"></script>\n'
                '<ins class="adsbygoogle"\n     style="display:block; text-align:center;"\n'
                '     data-ad-layout="in-article"\n     data-ad-format="fluid"\n'
                f'     data-ad-client="{client}"\n     data-ad-slot="{1000000000 + number}"></ins>\n'
                "<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script></div>")

    def _baca_juga_targets(self, entry: _Entry, specs) -> list:
        """Resolve 'Baca Juga' targets: a slug, or None for 'some older post'."""
        targets, older = [], iter(self.entries[entry.pos + 1:entry.pos + 40] + self.entries[:entry.pos][::-1])
        for after, slug in specs:
            target = self.by_slug.get(slug) if slug else None
            if target is None or target is entry:
                target = next((e for e in older if e is not entry), None)
            if target is not None:
                targets.append((after, target))
        return targets

    def _content_html(self, entry: _Entry, article: dict, ads: bool = True, page: int | None = None) -> str:
        """The post content as stored and filtered (the_content), without Jetpack's
        additions: one page of a post split with <!--nextpage-->, or with
        page=None all of it, the pages apart by that comment (as the REST API
        gives it)."""
        starts = page_starts(article)
        if page is None and len(starts) > 1:
            return "\n<!--nextpage-->\n".join(self._content_html(entry, article, ads, n)
                                              for n in range(1, len(starts) + 1))
        render = article.get("render", {})
        paragraphs = article["body_paragraphs"]
        bounds = starts + [len(paragraphs)]
        start, stop = bounds[(page or 1) - 1], bounds[page or 1]
        subheadings = {int(k): v for k, v in render.get("subheadings", {}).items()}
        paragraph_html = {int(k): v for k, v in render.get("paragraph_html", {}).items()}
        images_before = {}
        for number, image in enumerate(article.get("images") or []):
            before = image.get("render", {}).get("before", 0 if number == 0 else len(paragraphs) // 2)
            images_before.setdefault(before, []).append((number, image))
        ads_after = set(render.get("ads_after", [1, len(paragraphs) - 3])) if ads else set()
        # Raw HTML blocks the CMS or a plugin puts between paragraphs (a "Baca
        # Juga" box, a widget): {after paragraph index: [HTML]}.
        inserts = {int(k): v for k, v in render.get("inserts", {}).items()}
        baca_juga = {}
        for after, target in self._baca_juga_targets(entry, render.get("baca_juga", [])):
            baca_juga.setdefault(after, []).append(target)
        dateline = article.get("dateline")
        dateline_html = render.get("dateline_html", (_esc(dateline["raw"]) + " ") if dateline else "")
        credit = render.get("credit")
        credit_alone = render.get("credit_own_paragraph", False)
        body_start = next((i for i in range(len(paragraphs)) if i not in subheadings), 0)
        last = len(paragraphs) - 1

        # Ad Inserter numbers its blocks through the whole post, over pages.
        out, ad_number = [], 1 + sum(1 for i in ads_after if i < start and i != last)
        for i in range(start, stop):
            text = paragraphs[i]
            for number, image in images_before.get(i, []):
                out.append(self._image_html(image, number, first=(number == 0)))
            inner = paragraph_html.get(i, _esc(text))
            if i == body_start:
                inner = dateline_html + inner
            if i == last and credit and not credit_alone:
                inner += " " + _esc(credit)
            level = subheadings.get(i)
            if level == "strong":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif level:
                out.append(f"<{level}>{inner}</{level}>")
            else:
                out.append(f"<p>{inner}</p>")
            if i in ads_after and i != last:
                out.append(self._ad_block(ad_number))
                ad_number += 1
            out.extend(inserts.get(i, ()))
            for target in baca_juga.get(i, []):
                out.append(f'<p><strong>Baca Juga:</strong> <a href="{self.url(target.path)}">{_esc(target.title)}</a></p>')
        if stop < len(paragraphs):   # the closing parts end the last page
            return "\n".join(out)
        for number, image in images_before.get(len(paragraphs), []):
            out.append(self._image_html(image, number, first=(number == 0)))
        if credit and credit_alone:
            out.append(f"<p>{_esc(credit)}</p>")
        if render.get("editor_line"):
            out.append(f"<p>{_esc(render['editor_line'])}</p>")
        out += [f"<p>{_esc(line)}</p>" for line in render.get("closing_lines", [])]
        return "\n".join(out)

    def _page_links(self, entry: _Entry, article: dict, page: int) -> str:
        """wp_link_pages() with core's defaults (id_ID): "Halaman: 1 2 3", the
        current page unlinked; nothing for a post of one page."""
        pages = len(page_starts(article))
        if pages == 1:
            return ""
        links = " ".join(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page else
                         f'<a href="{self.url(paged_path(entry.path, n))}" class="post-page-numbers">{n}</a>'
                         for n in range(1, pages + 1))
        return f'<p class="post-nav-links">Halaman: {links}</p>'

    def _sharing(self, entry: _Entry) -> str:
        permalink = self.url(entry.path)
        buttons = [("facebook", "Facebook"), ("twitter", "Twitter"), ("jetpack-whatsapp", "WhatsApp"),
                   ("telegram", "Telegram")]
        items = "".join(
            f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{key}-{entry.id}" '
            f'class="share-{key} sd-button share-icon" href="{permalink}?share={key}" target="_blank" '
            f'title="Klik untuk berbagi di {label}" ><span>{label}</span></a></li>'
            for key, label in buttons)
        return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                'sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content">'
                f'<ul>{items}<li class="share-end"></li></ul></div></div></div>')

    def _posted_on(self, entry: _Entry, article: dict, link: bool = True) -> str:
        render = article.get("render", {})
        style = render.get("date_format", "wp_default")
        shown = _esc(format_visible_date(entry.published, style))
        if not render.get("time_element", True):
            return f'<span class="posted-on"><i class="fa fa-clock-o"></i> {shown}</span>'
        times = f'<time class="entry-date published" datetime="{_w3c(entry.published)}">{shown}</time>'
        if entry.has_modified:
            times += (f'<time class="updated" datetime="{_w3c(entry.modified)}">'
                      f'{_esc(format_visible_date(entry.modified, style))}</time>')
        else:
            times = times.replace('class="entry-date published"', 'class="entry-date published updated"')
        if link:
            times = f'<a href="{self.url(entry.path)}" rel="bookmark">{times}</a>'
        return f'<span class="posted-on"><i class="fa fa-clock-o"></i> {times}</span>'

    def _byline(self, entry: _Entry) -> str:
        return (f'<span class="byline"> <i class="fa fa-user"></i> <span class="author vcard">'
                f'<a class="url fn n" href="{self.url("/author/" + slugify(entry.author) + "/")}">{_esc(entry.author)}</a></span></span>')

    def _comments_html(self, entry: _Entry, article: dict) -> str:
        permalink = self.url(entry.path)
        comments = self._comments(entry, article)
        parts = ['<div id="comments" class="comments-area">']
        if comments:
            parts.append(f'<h2 class="comments-title">{len(comments)} tanggapan untuk &ldquo;<span>{_esc(entry.title)}</span>&rdquo;</h2>')
            parts.append('<ol class="comment-list">')
            children = {}
            for c in comments:
                children.setdefault(c["parent"], []).append(c)

            def thread(comment, depth):
                kids = children.get(comment["id"], [])
                d = comment["date"]
                when = f"{d.day} {MONTHS[d.month - 1]} {d.year} pukul {d:%H.%M}"
                avatar = hashlib.md5(comment["author"].encode()).hexdigest()
                html = (f'<li id="comment-{comment["id"]}" class="comment {"even" if depth % 2 else "odd"} depth-{depth}{" parent" if kids else ""}">\n'
                        f'<article id="div-comment-{comment["id"]}" class="comment-body">\n'
                        '<footer class="comment-meta"><div class="comment-author vcard">'
                        f"<img alt='' src='https://secure.gravatar.com/avatar/{avatar}?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' loading='lazy' decoding='async'/>"
                        f'<b class="fn">{_esc(comment["author"])}</b> <span class="says">berkata:</span></div>\n'
                        f'<div class="comment-metadata"><a href="{permalink}#comment-{comment["id"]}"><time datetime="{_w3c(d)}">{when}</time></a></div>\n'
                        "</footer>\n"
                        f'<div class="comment-content"><p>{_esc(comment["text"])}</p></div>\n'
                        f"<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='{permalink}?replytocom={comment['id']}#respond' "
                        f'data-commentid="{comment["id"]}" data-postid="{entry.id}" data-belowelement="div-comment-{comment["id"]}" '
                        f'data-respondelement="respond" data-replyto="Balasan untuk {_attr(comment["author"])}" '
                        f"aria-label='Balasan untuk {_attr(comment['author'])}'>Balas</a></div>\n"
                        "</article>\n")
                if kids:
                    html += '<ol class="children">\n' + "".join(thread(k, depth + 1) for k in kids) + "</ol>\n"
                return html + "</li>\n"

            parts += [thread(c, 1) for c in children.get(0, [])]
            parts.append("</ol>")
        parts.append(self._comment_form(entry))
        parts.append("</div><!-- #comments -->")
        return "\n".join(parts)

    def _comment_form(self, entry: _Entry) -> str:
        """comment_form() of WordPress 6.x with the id_ID translation."""
        return (
            '\t<div id="respond" class="comment-respond">\n'
            '\t\t<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan <small>'
            f'<a rel="nofollow" id="cancel-comment-reply-link" href="{entry.path}#respond" style="display:none;">Batalkan balasan</a>'
            '</small></h3>'
            f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> '
            '<span class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label> '
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label> '
            '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>\n'
            '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
            '<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>\n'
            '<p class="comment-form-url"><label for="url">Situs Web</label> '
            '<input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>\n'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
            '<label for="wp-comment-cookies-consent">Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.</label></p>\n'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /> '
            f"<input type='hidden' name='comment_post_ID' value='{entry.id}' id='comment_post_ID' />\n"
            "<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n"
            "</p></form>\t</div><!-- #respond -->\n\t")

    def _jsonld(self, entry: _Entry, article: dict, url: str) -> str:
        """Yoast SEO's schema graph of the page at `url`. Yoast writes dates in UTC (+00:00)."""
        base = self.url("/")
        person = f"{base}#/schema/person/{hashlib.md5(entry.author.encode()).hexdigest()}"
        images = article.get("images") or []
        words = sum(len(p.split()) for p in article["body_paragraphs"])
        render = article.get("render", {})
        article_node = {
            "@type": render.get("jsonld_type", "Article"), "@id": f"{url}#article",
            "isPartOf": {"@id": url}, "author": {"@id": person},
            "headline": entry.title, "datePublished": _w3c(_gmt(entry.published)),
            "dateModified": _w3c(_gmt(entry.modified)), "mainEntityOfPage": {"@id": url},
            "wordCount": words, "commentCount": len(self._comments(entry, article)),
            "publisher": {"@id": f"{base}#organization"},
            "keywords": list(entry.tags), "articleSection": list(entry.cats), "inLanguage": "id",
            "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}],
        }
        webpage = {
            "@type": "WebPage", "@id": url, "url": url, "name": f"{entry.title} - {self.info.name}",
            "isPartOf": {"@id": f"{base}#website"},
            "datePublished": _w3c(_gmt(entry.published)), "dateModified": _w3c(_gmt(entry.modified)),
            "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "id",
            "potentialAction": [{"@type": "ReadAction", "target": [url]}],
        }
        graph = [article_node, webpage]
        if images:
            image_url = self.url(images[0]["url"])
            article_node["image"] = {"@id": f"{url}#primaryimage"}
            article_node["thumbnailUrl"] = image_url
            webpage["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
            webpage["image"] = {"@id": f"{url}#primaryimage"}
            webpage["thumbnailUrl"] = image_url
            graph.append({"@type": "ImageObject", "inLanguage": "id", "@id": f"{url}#primaryimage",
                          "url": image_url, "contentUrl": image_url, "width": 800, "height": 533})
        graph += [
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Beranda", "item": base},
                {"@type": "ListItem", "position": 2, "name": entry.cats[0], "item": self.url(f"/category/{slugify(entry.cats[0])}/")},
                {"@type": "ListItem", "position": 3, "name": entry.title}]},
            {"@type": "WebSite", "@id": f"{base}#website", "url": base, "name": self.info.name,
             "description": self.info.description, "publisher": {"@id": f"{base}#organization"},
             "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": f"{base}?s={{search_term_string}}"},
                                  "query-input": "required name=search_term_string"}], "inLanguage": "id"},
            {"@type": "Organization", "@id": f"{base}#organization", "name": self.info.name, "url": base,
             "logo": {"@type": "ImageObject", "inLanguage": "id", "@id": f"{base}#/schema/logo/image/",
                      "url": self.url(self.info.logo), "width": 300, "height": 90,
                      "caption": self.info.name}, "image": {"@id": f"{base}#/schema/logo/image/"}},
            {"@type": "Person", "@id": person, "name": entry.author,
             "image": {"@type": "ImageObject", "inLanguage": "id", "@id": f"{base}#/schema/person/image/",
                       "url": f"https://secure.gravatar.com/avatar/{hashlib.md5(entry.author.encode()).hexdigest()}?s=96&d=mm&r=g",
                       "caption": entry.author},
             "url": self.url(f"/author/{slugify(entry.author)}/")},
        ]
        text = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
        text = text.replace("</", "<\\/")  # a title must not close the script element
        return f'<script type="application/ld+json" class="yoast-schema-graph">{text}</script>'

    # -------------------------------------------------------------- pages --
    def _head(self, title: str, canonical: str, yoast: str, extra_links: str = "") -> str:
        """The <head>; ``title`` is HTML (already escaped), as wp_get_document_title() returns it."""
        base = self.base_url
        feeds = ""
        if "feed" not in self.disable:
            feeds = (f'<link rel="alternate" type="application/rss+xml" title="{_attr(self.info.name)} &raquo; Feed" href="{base}/feed/" />\n'
                     + extra_links)
        rest = "" if "rest" in self.disable else f'<link rel="https://api.w.org/" href="{base}/wp-json/" />'
        emoji = ("{\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/\",\"ext\":\".png\","
                 "\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/\",\"svgExt\":\".svg\","
                 f"\"source\":{{\"concatemoji\":\"{base.replace('/', chr(92) + '/')}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WP_VERSION}\"}}}}")
        return f"""<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title}</title>
	<link rel="canonical" href="{canonical}" />
{yoast}	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//pagead2.googlesyndication.com' />
<link rel='dns-prefetch' href='//stats.wp.com' />
{feeds}<script>
window._wpemojiSettings = {emoji};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={{everything:!0,everythingExceptFlag:!0}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>

	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}' media='all' />
{self._theme_assets()}<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
{rest}<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VERSION}" />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={self.info.adsense_client}" crossorigin="anonymous"></script>
<link rel="icon" href="{base}/wp-content/uploads/2021/01/cropped-favicon-32x32.png" sizes="32x32" />
</head>"""

    def _theme_assets(self) -> str:
        """The theme's (and its plugins') stylesheets in the <head>."""
        base = self.base_url
        return (f"<link rel='stylesheet' id='newsmag-style-css' href='{base}/wp-content/themes/newsmag/style.css?ver=1.4.2' media='all' />\n"
                f"<link rel='stylesheet' id='social-logos-css' href='{base}/wp-content/plugins/jetpack/_inc/social-logos/social-logos.min.css?ver=13.0' media='all' />\n")

    def _page(self, title: str, canonical: str, body_class: str, main: str,
              yoast: str = "", extra_links: str = "", breadcrumb: str = "") -> str:
        base = self.base_url
        now = (self.now or datetime.now(WIB)).astimezone(WIB)
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        menu = '<li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-object-custom current-menu-item current_page_item menu-item-home menu-item-11"><a href="' + base + '/" aria-current="page">Beranda</a></li>'
        for n, slug in enumerate(sorted(self.by_cat, key=lambda s: -len(self.by_cat[s]))[:8]):
            menu += (f'<li id="menu-item-{20 + n}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{20 + n}">'
                     f'<a href="{base}/category/{slug}/">{_esc(self.names[("category", slug)])}</a></li>')
        ticker = "".join(f'<li><a href="{self.url(e.path)}">{_esc(e.title)}</a></li>' for e in self.entries[:5])
        return f"""<!doctype html>
<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->
<html lang="{self.info.lang}">
{self._head(title, canonical, yoast, extra_links)}

<body class="{body_class} wp-embed-responsive right-sidebar">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Langsung ke konten</a>
	<div class="top-bar"><div class="container"><span class="current-date"><i class="fa fa-calendar"></i> {today}</span>
		<ul class="top-social"><li><a href="https://www.facebook.com/medialintassumatera" target="_blank" rel="noopener">Facebook</a></li><li><a href="https://www.youtube.com/@medialintassumatera" target="_blank" rel="noopener">YouTube</a></li></ul>
	</div></div>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="{base}/" rel="home">{_esc(self.info.name)}</a></p>
			<p class="site-description">{_esc(self.info.description)}</p>
		</div><!-- .site-branding -->
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-menu-utama-container"><ul id="primary-menu" class="menu">{menu}</ul></div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->
	<div class="breaking-news"><div class="container"><span class="bn-title">Terkini</span><ul class="bn-list">{ticker}</ul></div></div>

	<div id="content" class="site-content"><div class="container">
{breadcrumb}
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
{main}
		</main><!-- #main -->
	</div><!-- #primary -->

{self._sidebar()}
	</div></div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="footer-menu"><ul><li><a href="{base}/redaksi/">Redaksi</a></li><li><a href="{base}/pedoman-media-siber/">Pedoman Media Siber</a></li><li><a href="{base}/kontak/">Kontak</a></li></ul></div>
		<div class="site-info">
			Copyright &copy; {now.year} {_esc(self.info.name)}. All rights reserved.
			<span class="sep"> | </span>
			<a href="https://wordpress.org/">Proudly powered by WordPress</a>
			<span class="sep"> | </span>
			Theme: Newsmag.
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<script src="{base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script src="{base}/wp-content/themes/newsmag/js/navigation.js?ver=1.4.2" id="newsmag-navigation-js"></script>
<script id="sharing-js-js-extra">
var sharing_js_options = {{"sharing_counts_by_post_id":[],"counts":[]}};
</script>
<script src="{base}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.0" id="sharing-js-js"></script>
</body>
</html>
"""

    def _sidebar(self) -> str:
        base = self.base_url
        recent = "".join(
            f'<li><a href="{self.url(e.path)}">{_esc(e.title)}</a><span class="post-date">{format_visible_date(e.published, "wp_default")}</span></li>'
            for e in self.entries[:5])
        cats = "".join(
            f'<li class="cat-item cat-item-{self.term_ids[("category", slug)]}"><a href="{base}/category/{slug}/">{_esc(self.names[("category", slug)])}</a></li>'
            for slug in sorted(self.by_cat))
        client = self.info.adsense_client
        return f"""	<aside id="secondary" class="widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/">
				<label>
					<span class="screen-reader-text">Cari untuk:</span>
					<input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="Cari" />
			</form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><nav aria-label="Berita Terbaru"><ul>{recent}</ul></nav></section>
		<section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={client}" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:block" data-ad-client="{client}" data-ad-slot="2000000001" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></section>
		<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Kategori</h2><nav aria-label="Kategori"><ul>{cats}</ul></nav></section>
	</aside><!-- #secondary -->"""

    def _yoast_meta(self, title: str, description: str, url: str, og_type: str = "website") -> str:
        return (f'\t<meta name="description" content="{_attr(description)}" />\n'
                f'\t<meta property="og:locale" content="{self.info.og_locale}" />\n'
                f'\t<meta property="og:type" content="{og_type}" />\n'
                f'\t<meta property="og:title" content="{_attr(title)}" />\n'
                f'\t<meta property="og:description" content="{_attr(description)}" />\n'
                f'\t<meta property="og:url" content="{url}" />\n'
                f'\t<meta property="og:site_name" content="{_attr(self.info.name)}" />\n')

    def _article_head(self, entry: _Entry, article: dict, page: int = 1) -> tuple[str, str, str]:
        """(document title, SEO plugin tags, comments feed link) of a post's
        page: plugins, not the theme. Yoast makes each page its own canonical
        and puts "Halaman N dari M" in its title."""
        render = article.get("render", {})
        url = self.url(paged_path(entry.path, page))
        images = article.get("images") or []
        excerpt = self._excerpt(article)
        pages = len(page_starts(article))
        doc_title = _esc(entry.title) + (f" &#8211; Halaman {page} dari {pages}" if page > 1 else "")
        doc_title += f" &#8211; {_esc(self.info.name)}"
        yoast = self._yoast_meta(f"{entry.title} - {self.info.name}", excerpt, url, "article")
        if render.get("meta_times", True):
            yoast += f'\t<meta property="article:published_time" content="{_w3c(_gmt(entry.published))}" />\n'
            if entry.has_modified:
                yoast += f'\t<meta property="article:modified_time" content="{_w3c(_gmt(entry.modified))}" />\n'
        if images:
            yoast += (f'\t<meta property="og:image" content="{self.url(images[0]["url"])}" />\n'
                      '\t<meta property="og:image:width" content="800" />\n\t<meta property="og:image:height" content="533" />\n'
                      '\t<meta property="og:image:type" content="image/jpeg" />\n')
        minutes = max(1, round(sum(len(p.split()) for p in article["body_paragraphs"]) / 200))
        yoast += (f'\t<meta name="author" content="{_attr(entry.author)}" />\n'
                  '\t<meta name="twitter:card" content="summary_large_image" />\n'
                  f'\t<meta name="twitter:label1" content="Ditulis oleh" />\n\t<meta name="twitter:data1" content="{_attr(entry.author)}" />\n'
                  f'\t<meta name="twitter:label2" content="Estimasi waktu membaca" />\n\t<meta name="twitter:data2" content="{minutes} menit" />\n')
        if render.get("jsonld", True):
            yoast += "\t" + self._jsonld(entry, article, url) + "\n"
        comments_feed = (f'<link rel="alternate" type="application/rss+xml" title="{_attr(self.info.name)} &raquo; '
                         f'{_attr(entry.title)} Umpan Komentar" href="{self._comments_feed_url(entry)}" />\n')
        return doc_title, yoast, comments_feed

    def _article_links(self, entry: _Entry) -> list:
        """The Link headers WordPress sends with a post."""
        links = [("Link", f'<{self.url(f"/?p={entry.id}")}>; rel=shortlink')]
        if "rest" not in self.disable:
            links = [("Link", f'<{self.url("/wp-json/")}>; rel="https://api.w.org/"'),
                     ("Link", f'<{self.url(f"/wp-json/wp/v2/posts/{entry.id}")}>; rel="alternate"; type="application/json"'),
                     *links]
        return links

    def _article_page(self, entry: _Entry, page: int = 1) -> Response:
        article = self.article(entry)
        render = article.get("render", {})
        url = self.url(paged_path(entry.path, page))
        images = article.get("images") or []
        doc_title, yoast, comments_feed = self._article_head(entry, article, page)

        cat_slugs = [slugify(c) for c in entry.cats]
        classes = " ".join([f"post-{entry.id}", "post", "type-post", "status-publish", "format-standard",
                            *(["has-post-thumbnail"] if images else []), "hentry",
                            *(f"category-{s}" for s in cat_slugs), *(f"tag-{slugify(t)}" for t in entry.tags)])
        meta = self._posted_on(entry, article) + self._byline(entry)
        comments = self._comments(entry, article)
        meta += (f'<span class="comments-link"><i class="fa fa-comment"></i> <a href="{url}#comments">{len(comments)} Komentar</a></span>'
                 if comments else f'<span class="comments-link"><i class="fa fa-comment"></i> <a href="{url}#respond">Tinggalkan komentar</a></span>')
        if render.get("updated_visible") and entry.has_modified:
            meta += f'<span class="modified-on">{_esc(updated_text(entry.modified))}</span>'
        thumbnail = ""
        if images and render.get("featured", True):
            thumbnail = (f'<div class="post-thumbnail"><img width="800" height="533" src="{self.url(images[0]["url"])}" '
                         'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" /></div>')
        cat_links = ", ".join(f'<a href="{self.url(f"/category/{s}/")}" rel="category tag">{_esc(c)}</a>' for s, c in zip(cat_slugs, entry.cats))
        tag_links = ", ".join(f'<a href="{self.url(f"/tag/{slugify(t)}/")}" rel="tag">{_esc(t)}</a>' for t in entry.tags)
        footer = f'<span class="cat-links"><i class="fa fa-folder-open"></i> Diposting di {cat_links}</span>'
        if tag_links:
            footer += f'<span class="tags-links"><i class="fa fa-tags"></i> Ditandai {tag_links}</span>'
        related = "".join(
            f'<li><a href="{self.url(e.path)}" class="related-thumb"><img src="{self.url("/wp-content/uploads/" + e.published.strftime("%Y/%m") + "/" + e.slug[:40].rstrip("-") + "-150x150.jpg")}" alt="" width="150" height="150" loading="lazy" /></a>'
            f'<h4 class="related-post-title"><a href="{self.url(e.path)}" rel="bookmark">{_esc(e.title)}</a></h4>'
            f'<span class="related-date">{format_visible_date(e.published, "wp_default")}</span></li>'
            for e in self._related(entry))
        prev_entry = self.entries[entry.pos + 1] if entry.pos + 1 < len(self.entries) else None
        next_entry = self.entries[entry.pos - 1] if entry.pos > 0 else None
        nav = ""
        if prev_entry:
            nav += f'<div class="nav-previous"><a href="{self.url(prev_entry.path)}" rel="prev"><span class="nav-subtitle">Sebelumnya:</span> <span class="nav-title">{_esc(prev_entry.title)}</span></a></div>'
        if next_entry:
            nav += f'<div class="nav-next"><a href="{self.url(next_entry.path)}" rel="next"><span class="nav-subtitle">Berikutnya:</span> <span class="nav-title">{_esc(next_entry.title)}</span></a></div>'
        breadcrumb = (f'<nav class="breadcrumbs" aria-label="Breadcrumb"><p id="breadcrumbs"><span><span><a href="{self.url("/")}">Beranda</a></span> &raquo; '
                      f'<span><a href="{self.url(f"/category/{cat_slugs[0]}/")}">{_esc(entry.cats[0])}</a></span> &raquo; '
                      f'<span class="breadcrumb_last" aria-current="page">{_esc(entry.title)}</span></span></p></nav>')
        main = f"""
<article id="post-{entry.id}" class="{classes}">
	<header class="entry-header">
		<span class="cat-label"><a href="{self.url(f"/category/{cat_slugs[0]}/")}">{_esc(entry.cats[0])}</a></span>
		<h1 class="entry-title">{_esc(entry.title)}</h1>
		<div class="entry-meta">
			{meta}
		</div><!-- .entry-meta -->
	</header><!-- .entry-header -->

	{thumbnail}

	<div class="entry-content">
		{self._content_html(entry, article, ads=True, page=page)}
{self._page_links(entry, article, page)}
{self._sharing(entry)}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{footer}
	</footer><!-- .entry-footer -->
</article><!-- #post-{entry.id} -->

<div class="related-posts"><h3 class="related-title">Berita Terkait</h3><ul class="related-list">{related}</ul></div>

	<nav class="navigation post-navigation" aria-label="Pos">
		<h2 class="screen-reader-text">Navigasi pos</h2>
		<div class="nav-links">{nav}</div>
	</nav>
{self._comments_html(entry, article)}
"""
        body_class = f"post-template-default single single-post postid-{entry.id} single-format-standard"
        page = self._page(doc_title, url, body_class, main, yoast, comments_feed, breadcrumb)
        return Response.text(page, headers=self._article_links(entry))

    def _card(self, entry: _Entry) -> str:
        article = self.article(entry)
        images = article.get("images") or []
        thumb = ""
        if images:
            stem = self.url(images[0]["url"]).rsplit(".", 1)[0]
            thumb = (f'<div class="post-thumbnail"><a href="{self.url(entry.path)}" aria-hidden="true" tabindex="-1">'
                     f'<img width="300" height="200" src="{stem}-300x200.jpg" class="attachment-medium size-medium wp-post-image" '
                     f'alt="{_attr(entry.title)}" decoding="async" loading="lazy" /></a></div>')
        classes = " ".join([f"post-{entry.id}", "post", "type-post", "status-publish", "format-standard", "hentry",
                            *(f"category-{slugify(c)}" for c in entry.cats)])
        return f"""<article id="post-{entry.id}" class="{classes}">
	{thumb}
	<header class="entry-header">
		<h2 class="entry-title"><a href="{self.url(entry.path)}" rel="bookmark">{_esc(entry.title)}</a></h2>
		<div class="entry-meta">{self._posted_on(entry, article)}{self._byline(entry)}</div>
	</header>
	<div class="entry-summary"><p>{_esc(self._excerpt(article))} [&hellip;]</p></div>
	<a class="more-link" href="{self.url(entry.path)}">Baca Selengkapnya</a>
</article>"""

    def _listing_page(self, kind: str, slug, page: int) -> Response:
        if kind == "home":
            entries, base_path, heading, body_class = self.entries, "/", "", "home blog"
        else:
            table = {"category": self.by_cat, "tag": self.by_tag, "author": self.by_author}[kind]
            entries = table.get(slug)
            if not entries:
                return self._not_found()
            name = self.names[(kind, slug)]
            label = {"category": "Kategori", "tag": "Tag", "author": "Penulis"}[kind]
            base_path = f"/{kind}/{slug}/"
            heading = self._archive_heading(label, name)
            body_class = f"archive {kind} {kind}-{slug}"
        pages = max(1, -(-len(entries) // self.posts_per_page))
        if page > pages:
            return self._not_found()
        chunk = entries[(page - 1) * self.posts_per_page: page * self.posts_per_page]
        cards = self._cards(chunk)
        main = heading + "\n" + cards + "\n" + self._pagination(base_path, page, pages)
        canonical = self.url(base_path if page == 1 else f"{base_path}page/{page}/")
        title = _esc(self.info.name if kind == "home" else f"{self.names[(kind, slug)]} Arsip - {self.info.name}")
        if page > 1:
            title += f" - Halaman {page} dari {pages}"
        if kind == "home" and page == 1:
            title = f"{_esc(self.info.name)} &#8211; {_esc(self.info.description)}"
        if page > 1:
            body_class += " paged"
        return Response.text(self._page(title, canonical, body_class, main,
                                        self._yoast_meta(unescape(title), self.info.description, canonical)))

    def _archive_heading(self, label: str, name: str) -> str:
        return f'<header class="page-header"><h1 class="page-title">{label}: <span>{_esc(name)}</span></h1></header>'

    def _cards(self, entries) -> str:
        return "\n".join(self._card(e) for e in entries)

    def _page_link(self, base_path: str, n: int) -> str:
        return self.url(base_path if n == 1 else f"{base_path}page/{n}/")

    def _pagination(self, base_path: str, page: int, pages: int) -> str:
        """paginate_links() as the_posts_pagination() prints it (mid_size 1, end_size 1)."""
        if pages <= 1:
            return ""

        def link(n):
            return self._page_link(base_path, n)
        items = []
        if page > 1:
            items.append(f'<a class="prev page-numbers" href="{link(page - 1)}">Sebelumnya</a>')
        items += self._page_numbers(base_path, page, pages)
        if page < pages:
            items.append(f'<a class="next page-numbers" href="{link(page + 1)}">Berikutnya</a>')
        return ('<nav class="navigation pagination" aria-label="Pos">\n\t\t<h2 class="screen-reader-text">Navigasi pos</h2>\n'
                '\t\t<div class="nav-links">' + "\n".join(items) + "</div>\n\t</nav>")

    def _page_numbers(self, base_path: str, page: int, pages: int) -> list[str]:
        """The numbered links of paginate_links(): first, last, the current page and one either side."""
        items, dots = [], False
        for n in range(1, pages + 1):
            if n == page:
                items.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
                dots = True
            elif n == 1 or n == pages or abs(n - page) <= 1:
                items.append(f'<a class="page-numbers" href="{self._page_link(base_path, n)}">{n}</a>')
                dots = True
            elif dots:
                items.append('<span class="page-numbers dots">&hellip;</span>')
                dots = False
        return items

    def _search(self, terms: str) -> Response:
        words = terms.lower().split()
        found = [e for e in self.entries if words and all(w in e.title.lower() for w in words)][:self.posts_per_page]
        heading = f'<header class="page-header"><h1 class="page-title">Hasil Pencarian untuk: <span>{_esc(terms)}</span></h1></header>'
        cards = self._cards(found) if found else (
            '<section class="no-results not-found"><h2 class="page-title">Tidak ada yang ditemukan</h2>'
            "<p>Maaf, tidak ada yang cocok dengan kata kunci pencarian Anda.</p></section>")
        title = _esc(f"Anda mencari {terms} - {self.info.name}")
        return Response.text(self._page(title, self.url("/?s=" + quote(terms)), "search search-results", heading + cards,
                                        '\t<meta name="robots" content="noindex, follow" />\n'))

    def _not_found(self) -> Response:
        main = ('<section class="error-404 not-found"><header class="page-header">'
                '<h1 class="page-title">Oops! Halaman itu tidak dapat ditemukan.</h1></header>'
                '<div class="page-content"><p>Sepertinya tidak ada yang ditemukan di lokasi ini. Mungkin coba pencarian?</p></div></section>')
        title = _esc(f"Halaman tidak ditemukan - {self.info.name}")
        return Response.text(self._page(title, self.url("/"), "error404", main,
                                        '\t<meta name="robots" content="noindex, follow" />\n'), status=404)


class BlockThemeSite(WordPressSite):
    """The same WordPress site in a block (full-site-editing) theme.

    RECONSTRUCTION: markup in the manner of Twenty Twenty-Four as WordPress
    6.4 renders it: template parts, core blocks (wp-block-post-title,
    wp-block-post-date > time, wp-block-post-author-name, wp-block-post-terms
    whose links are all rel="tag", the post-content block's
    "entry-content wp-block-post-content" wrapper), no <article> element, no
    entry-title, no entry-meta, no sidebar; a category label above the title
    (as detail.id shows its section), AddToAny instead of Jetpack sharing,
    the latest-posts block in the footer. Feeds, sitemaps, REST API and the
    post content itself are the parent's: only the theme differs.
    """

    theme_name = "block"

    # ---------------------------------------------------------- page shell --
    def _theme_assets(self) -> str:
        base = self.base_url
        return ("<style id='global-styles-inline-css'>\nbody{--wp--preset--color--base: #f9f9f9;"
                "--wp--preset--color--contrast: #111111;--wp--preset--color--contrast-2: #636363;"
                "--wp--preset--font-family--body: \"Inter\", sans-serif;--wp--preset--spacing--40: 1rem;"
                "--wp--preset--spacing--50: clamp(1.25rem, 1rem + 0.8333vw, 2rem);}\n</style>\n"
                "<style id='core-block-supports-inline-css'>\n.wp-container-core-group-is-layout-1.wp-container-core-group-is-layout-1"
                "{flex-wrap:nowrap;justify-content:space-between;}\n</style>\n"
                f"<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />\n")

    def _page(self, title: str, canonical: str, body_class: str, main: str,
              yoast: str = "", extra_links: str = "", breadcrumb: str = "") -> str:
        base = self.base_url
        now = (self.now or datetime.now(WIB)).astimezone(WIB)
        menu = ('<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                f'href="{base}/"><span class="wp-block-navigation-item__label">Beranda</span></a></li>')
        for slug in sorted(self.by_cat, key=lambda s: -len(self.by_cat[s]))[:6]:
            menu += ('<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                     f'href="{base}/category/{slug}/"><span class="wp-block-navigation-item__label">{_esc(self.names[("category", slug)])}</span></a></li>')
        latest = "".join(
            f'<li><a class="wp-block-latest-posts__post-title" href="{self.url(e.path)}">{_esc(e.title)}</a>'
            f'<time datetime="{_w3c(e.published)}" class="wp-block-latest-posts__post-date">{format_visible_date(e.published, "wp_default")}</time></li>'
            for e in self.entries[:5])
        cats = "".join(
            f'<li class="cat-item cat-item-{self.term_ids[("category", slug)]}"><a href="{base}/category/{slug}/">{_esc(self.names[("category", slug)])}</a></li>'
            for slug in sorted(self.by_cat))
        pages = "".join(
            f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="{base}/{slug}/">{label}</a></li>'
            for slug, label in (("redaksi", "Redaksi"), ("pedoman-media-siber", "Pedoman Media Siber"), ("kontak", "Kontak")))
        return f"""<!doctype html>
<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->
<html lang="{self.info.lang}">
{self._head(title, canonical, yoast, extra_links)}

<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
	<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex">
		<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
			<div class="wp-block-site-logo"><a href="{base}/" class="custom-logo-link" rel="home"><img width="180" height="54" src="{self.url(self.info.logo)}" class="custom-logo" alt="{_attr(self.info.name)}" decoding="async" /></a></div>
			<p class="wp-block-site-title"><a href="{base}/" target="_self" rel="home">{_esc(self.info.name)}</a></p>
			<p class="wp-block-site-tagline">{_esc(self.info.description)}</p>
		</div>
		<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Menu Utama"><button aria-haspopup="dialog" aria-label="Buka menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
			<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog" aria-label="Menu"><button aria-label="Tutup menu" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{menu}</ul></div></div></div></div></nav>
	</div>
</div>
</header>

<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
{main}
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
	<div class="wp-block-columns alignwide is-layout-flex wp-block-columns-is-layout-flex">
		<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Berita Terbaru</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></div>
		<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Kanal</h2><ul class="wp-block-categories-list wp-block-categories">{cats}</ul></div>
		<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Tentang Kami</h2><ul class="wp-block-page-list">{pages}</ul></div>
	</div>
	<p class="has-text-align-center has-small-font-size">&copy; {now.year} {_esc(self.info.name)}. Dirancang dengan <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</footer></div>
<script src="{base}/wp-includes/js/dist/interactivity.min.js?ver={WP_VERSION}" id="wp-interactivity-js" defer data-wp-strategy="defer"></script>
<script src="{base}/wp-includes/blocks/navigation/view.min.js?ver={WP_VERSION}" id="wp-block-navigation-view-js" defer data-wp-strategy="defer"></script>
<script src="{base}/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.1" id="addtoany-jquery-js"></script>
</body>
</html>
"""

    # --------------------------------------------------------- post parts --
    def _terms(self, kind: str, names, prefix: str = "", extra_class: str = "") -> str:
        """core/post-terms: every taxonomy's links are rel="tag", categories too."""
        taxonomy = {"category": "category", "tag": "post_tag"}[kind]
        links = '<span class="wp-block-post-terms__separator">, </span>'.join(
            f'<a href="{self.url(f"/{kind}/{slugify(name)}/")}" rel="tag">{_esc(name)}</a>' for name in names)
        prefix_html = f'<span class="wp-block-post-terms__prefix">{prefix}</span>' if prefix else ""
        return f'<div class="taxonomy-{taxonomy} wp-block-post-terms{extra_class}">{prefix_html}{links}</div>'

    def _post_date(self, entry: _Entry, article: dict, link: bool = True) -> str:
        """core/post-date: <time datetime> in the site's offset, shown in the block's format."""
        style = article.get("render", {}).get("date_format", "wp_default")
        shown = _esc(format_visible_date(entry.published, style))
        if link:
            shown = f'<a href="{self.url(entry.path)}">{shown}</a>'
        return f'<div class="wp-block-post-date"><time datetime="{_w3c(entry.published)}">{shown}</time></div>'

    def _addtoany(self, entry: _Entry) -> str:
        url, title = quote(self.url(entry.path), safe=""), quote(entry.title, safe="")
        buttons = "".join(
            f'<a class="a2a_button_{key}" href="https://www.addtoany.com/add_to/{key}?linkurl={url}&amp;linkname={title}" '
            f'title="{label}" rel="nofollow noopener" target="_blank"></a>'
            for key, label in (("facebook", "Facebook"), ("whatsapp", "WhatsApp"), ("twitter", "Twitter"),
                               ("telegram", "Telegram")))
        return ('<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
                '<div class="addtoany_header">Bagikan:</div>'
                f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{self.url(entry.path)}" data-a2a-title="{_attr(entry.title)}">'
                f'{buttons}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>')

    def _article_page(self, entry: _Entry, page: int = 1) -> Response:
        article = self.article(entry)
        render = article.get("render", {})
        url = self.url(paged_path(entry.path, page))
        images = article.get("images") or []
        doc_title, yoast, comments_feed = self._article_head(entry, article, page)
        modified = ""
        if render.get("updated_visible") and entry.has_modified:
            modified = (f'<div class="wp-block-post-date__modified-date wp-block-post-date"><time datetime="{_w3c(entry.modified)}">'
                        f'{_esc(updated_text(entry.modified))}</time></div>')
        featured = ""
        if images and render.get("featured", True):
            featured = (f'<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image">'
                        f'<img width="800" height="533" src="{self.url(images[0]["url"])}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" '
                        'alt="" style="object-fit:cover;" decoding="async" fetchpriority="high" /></figure>')
        related = "".join(
            f'<li class="wp-block-post post-{e.id} post type-post status-publish format-standard hentry">'
            f'<h3 class="wp-block-post-title has-medium-font-size"><a href="{self.url(e.path)}" target="_self">{_esc(e.title)}</a></h3>'
            f'{self._post_date(e, self.article(e), link=False)}</li>'
            for e in self._related(entry))
        prev_entry = self.entries[entry.pos + 1] if entry.pos + 1 < len(self.entries) else None
        next_entry = self.entries[entry.pos - 1] if entry.pos > 0 else None
        nav = ""
        if prev_entry:
            nav += ('<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">&larr;</span>'
                    f'<a href="{self.url(prev_entry.path)}" rel="prev">{_esc(prev_entry.title)}</a></div>')
        if next_entry:
            nav += ('<div class="post-navigation-link-next wp-block-post-navigation-link">'
                    f'<a href="{self.url(next_entry.path)}" rel="next">{_esc(next_entry.title)}</a>'
                    '<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">&rarr;</span></div>')
        tags = self._terms("tag", entry.tags, "Tag: ") if entry.tags else ""
        main = f"""
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
	{self._terms("category", entry.cats, extra_class=" is-style-section-label has-small-font-size")}
	<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{_esc(entry.title)}</h1>
	<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex">
		{self._post_date(entry, article)}{modified}
		<p class="has-contrast-2-color has-text-color">oleh</p>
		<div class="wp-block-post-author-name"><a href="{self.url("/author/" + slugify(entry.author) + "/")}" target="_self" class="wp-block-post-author-name__link">{_esc(entry.author)}</a></div>
	</div></div>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">{featured}</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{self._content_html(entry, article, ads=True, page=page)}
{self._page_links(entry, article, page)}
{self._addtoany(entry)}
</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
	<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
		{self._terms("category", entry.cats, "Kategori: ")}
		{tags}
	</div>
	<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="Navigasi Pos">{nav}</nav>
	<div class="wp-block-query berita-terkait is-layout-flow"><h2 class="wp-block-heading">Berita Terkait</h2><ul class="wp-block-post-template is-layout-flow">{related}</ul></div>
{self._comments_html(entry, article)}
</div>
"""
        body_class = f"post-template-default single single-post postid-{entry.id} single-format-standard"
        page = self._page(doc_title, url, body_class, main, yoast, comments_feed)
        return Response.text(page, headers=self._article_links(entry))

    def _comments_html(self, entry: _Entry, article: dict) -> str:
        """core/comments: comment template blocks, then the core comment form."""
        permalink = self.url(entry.path)
        comments = self._comments(entry, article)
        parts = ['<div class="wp-block-comments">']
        if comments:
            parts.append(f'<h2 class="wp-block-comments-title">{len(comments)} tanggapan untuk &ldquo;{_esc(entry.title)}&rdquo;</h2>')
            parts.append('<ol class="wp-block-comment-template">')
            for c in comments:
                d = c["date"]
                when = f"{d.day} {MONTHS[d.month - 1]} {d.year} pukul {d:%H.%M}"
                parts.append(
                    f'<li id="comment-{c["id"]}" class="comment depth-{2 if c["parent"] else 1}">'
                    '<div class="wp-block-group is-layout-flow">'
                    f'<div class="wp-block-comment-author-name">{_esc(c["author"])}</div>'
                    f'<div class="wp-block-comment-date"><time datetime="{_w3c(d)}"><a href="{permalink}#comment-{c["id"]}">{when}</a></time></div>'
                    f'<div class="wp-block-comment-content"><p>{_esc(c["text"])}</p></div>'
                    f"<div class=\"wp-block-comment-reply-link\"><a rel='nofollow' class='comment-reply-link' href='{permalink}?replytocom={c['id']}#respond' "
                    f"aria-label='Balasan untuk {_attr(c['author'])}'>Balas</a></div></div></li>")
            parts.append("</ol>")
        parts.append('<div class="wp-block-post-comments-form">' + self._comment_form(entry) + "</div>")
        parts.append("</div>")
        return "\n".join(parts)

    # ----------------------------------------------------------- archives --
    def _card(self, entry: _Entry) -> str:
        """One post of the query-loop block."""
        article = self.article(entry)
        images = article.get("images") or []
        thumb = ""
        if images:
            stem = self.url(images[0]["url"]).rsplit(".", 1)[0]
            thumb = (f'<figure class="wp-block-post-featured-image"><a href="{self.url(entry.path)}" target="_self">'
                     f'<img width="300" height="200" src="{stem}-300x200.jpg" class="attachment-medium size-medium wp-post-image" '
                     f'alt="{_attr(entry.title)}" decoding="async" loading="lazy" /></a></figure>')
        classes = " ".join(["wp-block-post", f"post-{entry.id}", "post", "type-post", "status-publish", "format-standard", "hentry",
                            *(f"category-{slugify(c)}" for c in entry.cats)])
        return (f'<li class="{classes}">{thumb}'
                f'{self._terms("category", entry.cats[:1], extra_class=" is-style-section-label")}'
                f'<h2 class="wp-block-post-title has-large-font-size"><a href="{self.url(entry.path)}" target="_self">{_esc(entry.title)}</a></h2>'
                f'{self._post_date(entry, article, link=False)}'
                f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{_esc(self._excerpt(article))} </p>'
                f'<p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{self.url(entry.path)}">Baca selengkapnya</a></p></div></li>')

    def _cards(self, entries) -> str:
        return ('<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">\n'
                + "\n".join(self._card(e) for e in entries) + "\n</ul>")

    def _archive_heading(self, label: str, name: str) -> str:
        return f'<h1 class="wp-block-query-title">{label}: <span>{_esc(name)}</span></h1>'

    def _pagination(self, base_path: str, page: int, pages: int) -> str:
        """core/query-pagination: previous, numbers, next."""
        if pages <= 1:
            return ""
        parts = []
        if page > 1:
            parts.append(f'<a href="{self._page_link(base_path, page - 1)}" class="wp-block-query-pagination-previous">'
                         '<span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">&larr;</span>Halaman Sebelumnya</a>')
        parts.append('<div class="wp-block-query-pagination-numbers">' + "\n".join(self._page_numbers(base_path, page, pages)) + "</div>")
        if page < pages:
            parts.append(f'<a href="{self._page_link(base_path, page + 1)}" class="wp-block-query-pagination-next">Halaman Berikutnya'
                         '<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">&rarr;</span></a>')
        return ('<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex wp-block-query-pagination-is-layout-flex" '
                'aria-label="Paginasi">' + "\n".join(parts) + "</nav>")

    def _not_found(self) -> Response:
        main = ('<div class="wp-block-group has-global-padding is-layout-constrained">'
                '<h1 class="wp-block-heading has-text-align-left">Halaman Tidak Ditemukan</h1>'
                '<p>Halaman yang Anda cari tidak ada, atau telah dipindahkan. Silakan coba cari menggunakan formulir di bawah ini.</p>'
                f'<form role="search" method="get" action="{self.base_url}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search">'
                '<label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Cari</label>'
                '<div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Cari..." value="" type="search" name="s" required />'
                '<button aria-label="Cari" class="wp-block-search__button wp-element-button" type="submit">Cari</button></div></form></div>')
        title = _esc(f"Halaman tidak ditemukan - {self.info.name}")
        return Response.text(self._page(title, self.url("/"), "error404", main,
                                        '\t<meta name="robots" content="noindex, follow" />\n'), status=404)


class JNewsThemeSite(WordPressSite):
    """The same WordPress site in a JNews-style magazine theme (Jambiseru.com's).

    RECONSTRUCTION: JNews's class names as its public demos show them:
    h1.jeg_post_title, .jeg_meta_author / .jeg_meta_date / .jeg_meta_category
    in the entry header, the text in .entry-content .content-inner, tags in
    .jeg_post_tags, the theme's own inline ads (.jeg_ad), listings of
    article.jeg_post blocks with numbered .jeg_pagination, a "Terpopuler"
    sidebar of the same blocks. Feeds, sitemaps, REST API, the head and the
    post content are the parent's: only the theme differs.
    """

    theme_name = "jnews"

    def _theme_assets(self) -> str:
        return f"<link rel='stylesheet' id='jnews-frontend-css' href='{self.base_url}/wp-content/themes/jnews/assets/dist/frontend.min.css' media='all' />\n"

    def _visible_date(self, entry: _Entry) -> str:
        style = self.article(entry).get("render", {}).get("date_format", "wp_default")
        return _esc(format_visible_date(entry.published, style))

    def _page(self, title: str, canonical: str, body_class: str, main: str,
              yoast: str = "", extra_links: str = "", breadcrumb: str = "") -> str:
        base = self.base_url
        now = (self.now or datetime.now(WIB)).astimezone(WIB)
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        menu = "".join(f'<li class="menu-item"><a href="{base}/category/{slug}/">{_esc(self.names[("category", slug)])}</a></li>'
                       for slug in sorted(self.by_cat, key=lambda s: -len(self.by_cat[s]))[:6])
        return f"""<!doctype html>
<!-- {RECONSTRUCTION_NOTE.format(origin=self.info.origin)} -->
<html lang="{self.info.lang}">
{self._head(title, canonical, yoast, extra_links)}
<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal">
  <div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_item jeg_top_date">{today}</div></div></div>
  <div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_logo jeg_desktop_logo"><a href="{base}/"><img class="jeg_logo_img" src="{self.url(self.info.logo)}" alt="{_attr(self.info.name)}"></a></div></div></div>
  <div class="jeg_bottombar jeg_navbar jeg_container"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu"><li class="menu-item"><a href="{base}/">Beranda</a></li>{menu}</ul></div></div></div>
</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8">{breadcrumb}
{main}
</div>
{self._sidebar()}
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="container"><p class="copyright">&copy; {now.year} {_esc(self.info.name)} - {_esc(self.info.description)}</p>
<ul class="jeg_menu_footer"><li><a href="{base}/redaksi/">Redaksi</a></li><li><a href="{base}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div></div></div>
</div>
<script src="{base}/wp-content/themes/jnews/assets/dist/frontend.min.js"></script>
</body>
</html>
"""

    def _sidebar(self) -> str:
        return ('<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21">'
                '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Terpopuler</span></h3></div>'
                f'{self._cards(self.entries[3:8])}</div></div>')

    def _card(self, entry: _Entry) -> str:
        """A JNews block item (listings, related posts, the sidebar)."""
        article = self.article(entry)
        url = self.url(entry.path)
        images = article.get("images") or []
        thumb = ""
        if images:
            stem = self.url(images[0]["url"]).rsplit(".", 1)[0]
            thumb = (f'<div class="jeg_thumb"><a href="{url}"><div class="thumbnail-container"><img width="350" height="250" '
                     f'src="{stem}-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt="" loading="lazy"></div></a></div>')
        words = self._excerpt(article).split()
        return (f'<article class="jeg_post jeg_pl_lg_2 format-standard">{thumb}<div class="jeg_postblock_content">'
                f'<h3 class="jeg_post_title"><a href="{url}">{_esc(entry.title)}</a></h3>'
                f'<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">oleh</span> '
                f'<a href="{self.url("/author/" + slugify(entry.author) + "/")}">{_esc(entry.author)}</a></div>'
                f'<div class="jeg_meta_date"><a href="{url}"><i class="fa fa-clock-o"></i> {self._visible_date(entry)}</a></div></div>'
                f'<div class="jeg_post_excerpt"><p>{_esc(" ".join(words[:25]))}...</p></div></div></article>')

    def _cards(self, entries) -> str:
        return '<div class="jeg_posts jeg_load_more_flag">' + "".join(self._card(e) for e in entries) + "</div>"

    def _archive_heading(self, label: str, name: str) -> str:
        return f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{label}: {_esc(name)}</h1></div>'

    def _pagination(self, base_path: str, page: int, pages: int) -> str:
        """JNews's numbered pagination: every page, then "Selanjutnya"."""
        if pages <= 1:
            return ""
        nav = "".join(f'<span class="page_number active">{n}</span>' if n == page else
                      f'<a class="page_number" href="{self._page_link(base_path, n)}">{n}</a>' for n in range(1, pages + 1))
        if page < pages:
            nav += (f'<a class="page_nav next" href="{self._page_link(base_path, page + 1)}">'
                    '<span class="navtext">Selanjutnya</span></a>')
        return f'<div class="jeg_navigation jeg_pagination jeg_pagenav_1">{nav}</div>'

    def _ad_block(self, number: int) -> str:
        """The theme's inline content ads, instead of Ad Inserter's."""
        return (f'<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center">'
                f'<ins class="adsbygoogle" style="display:block" data-ad-client="{self.info.adsense_client}" '
                f'data-ad-slot="{5100000000 + number}" data-ad-format="auto"></ins>'
                '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>')

    def _article_page(self, entry: _Entry, page: int = 1) -> Response:
        article = self.article(entry)
        url, permalink = self.url(paged_path(entry.path, page)), self.url(entry.path)
        images = article.get("images") or []
        doc_title, yoast, comments_feed = self._article_head(entry, article, page)
        category = entry.cats[0]
        category_url = self.url(f"/category/{slugify(category)}/")
        featured = ""
        if images and article.get("render", {}).get("featured", True):   # the first photo again, without its caption
            src = self.url(images[0]["url"])
            featured = (f'<div class="jeg_featured featured_image"><a href="{src}"><div class="thumbnail-container">'
                        f'<img width="750" height="375" src="{src}" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" '
                        'alt="" fetchpriority="high"></div></a></div>')
        tags = "".join(f'<a href="{self.url("/tag/" + slugify(t) + "/")}" rel="tag">{_esc(t)}</a>' for t in entry.tags)
        main = f"""<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="{self.url('/')}">Beranda</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{category_url}">{_esc(category)}</a></span></div></div>
<div class="entry-header">
  <h1 class="jeg_post_title">{_esc(entry.title)}</h1>
  <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">
    <div class="jeg_meta_author"><span class="meta_text">oleh</span> <a href="{self.url('/author/' + slugify(entry.author) + '/')}">{_esc(entry.author)}</a></div>
    <div class="jeg_meta_date"><a href="{permalink}">{self._visible_date(entry)}</a></div>
    <div class="jeg_meta_category"><span><span class="meta_text">di</span> <a href="{category_url}" rel="category tag">{_esc(category)}</a></span></div>
  </div><div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> {len(self._comments(entry, article))}</a></div></div></div></div>
</div>
{featured}
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u={permalink}" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share</span></a><a href="https://api.whatsapp.com/send?text={permalink}" class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a></div></div></div>
<div class="entry-content no-share">
  <div class="content-inner">
{self._content_html(entry, article, ads=True, page=page)}
{self._page_links(entry, article, page)}
  </div>
</div>
<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Berita Terkait</span></h3></div>{self._cards(self._related(entry))}</div></div>
<div class="jnews_comment_container">{self._comments_html(entry, article)}</div>
</div>"""
        body_class = f"post-template-default single single-post postid-{entry.id} jeg_single_tpl_1"
        return Response.text(self._page(doc_title, url, body_class, main, yoast, comments_feed),
                             headers=self._article_links(entry))


THEMES = {"newsmag": WordPressSite, "block": BlockThemeSite, "jnews": JNewsThemeSite}


# ----------------------------------------------------------- small helpers --

_GENERIC_COMMENTERS = ["Budi Santoso", "Nurhayati", "Rahmat Hidayat", "Dewi", "Agus Salim"]
_GENERIC_COMMENTS = [
    "Semoga cepat ditindaklanjuti pemerintah daerah.",
    "Terima kasih infonya, sangat bermanfaat bagi kami warga Jambi.",
    "Mantap, lanjutkan!",
    "Kapan program ini sampai ke desa kami?",
    "Beritanya lengkap, terima kasih Matra.",
]


def _cdata(text: str) -> str:
    return text.replace("]]>", "]]]]><![CDATA[>")


def _fields(query: dict):
    if "_fields" not in query:
        return None
    return {name.split(".")[0] for name in query["_fields"].split(",") if name}


def _invalid_param(name: str, message: str, code: str = "rest_invalid_type") -> Response:
    data = {"code": "rest_invalid_param", "message": f"Parameter tidak valid: {name}",
            "data": {"status": 400, "params": {name: message},
                     "details": {name: {"code": code, "message": message, "data": None}}}}
    text = json.dumps(data, separators=(",", ":"))
    return Response.text(text, "application/json; charset=UTF-8", 400)


def _int_param(query: dict, name: str, default: int, low: int, high):
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        return _invalid_param(name, f"{name} bukan bertipe integer.")
    if high is not None and not low <= value <= high:
        return _invalid_param(name, f"{name} harus di antara {low} (inklusif) dan {high} (inklusif)", "rest_out_of_bounds")
    if value < low:
        return _invalid_param(name, f"{name} harus lebih besar dari atau sama dengan {low}", "rest_out_of_bounds")
    return value


def _parse_rest_date(value: str):
    """ISO 8601 as rest_parse_date() accepts it; no offset means site time (WIB)."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        return None
    return moment.replace(tzinfo=WIB) if moment.tzinfo is None else moment.astimezone(WIB)
