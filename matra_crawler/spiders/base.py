"""One spider for every news site; a site is a profile (matra_crawler.sites).

Discovery walks groups of sources, cheapest complete first, and stops at the
first group in which a source answers:

    REST API  ->  sitemaps + feed  ->  category listings

Each article URL is requested once, bounded by -a since/until (when the
source dates it) and -a max_articles. Pages are handed to the extraction
layer; the item pipelines finish the job.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy.settings import SETTINGS_PRIORITIES

from .. import __version__
from ..discovery import Found, parse_feed, parse_listing, parse_rest_posts, parse_sitemap
from ..extraction import NoArticle, extract_article
from ..sites.profile import SiteProfile
from ..urls import canonical_url

# Discovery groups: a later group is tried only if no source of the earlier one answered.
DISCOVERY_GROUPS = (("rest",), ("sitemap", "feed"), ("listing",))
# Child sitemaps that list no articles (WordPress core, Yoast, Rank Math names).
NON_ARTICLE_SITEMAP = ("taxonom", "users", "user-sitemap", "page-sitemap", "pages-", "category",
                       "tag-sitemap", "author")
REST_FIELDS = "id,link,date,date_gmt,modified,modified_gmt"


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


class NewsSpider(scrapy.Spider):
    profile: SiteProfile

    def __init__(self, base_url: str | None = None, since: str | None = None,
                 until: str | None = None, max_articles: str | int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.base_url = (base_url or self.profile.base_url).rstrip("/") + "/"
        self.allowed_domains = [urlsplit(self.base_url).hostname]
        self.since, self.until = parse_day(since), parse_day(until)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.requested: set[str] = set()
        self._pending: dict[int, set[str]] = {}   # group -> sources not yet answered
        self._answered: set[int] = set()          # groups in which a source answered

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if getattr(cls, "profile", None) and cls.profile.render:
            # Only this spider's requests flagged meta["playwright"] use the browser.
            settings.set("DOWNLOAD_HANDLERS", settings.getdict("BROWSER_DOWNLOAD_HANDLERS"),
                         priority="spider")
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["default"]:
            # Truthful and reachable: who we are and where to complain.
            settings.set("USER_AGENT", f"matra_crawler/{__version__} (+{settings['CONTACT_URL']})",
                         priority="spider")

    async def start(self):
        for request in self.start_group(0):
            yield request

    # -------------------------------------------------------- discovery groups
    def start_group(self, group: int):
        while group < len(DISCOVERY_GROUPS):
            sources = [s for s in DISCOVERY_GROUPS[group] if s in self.profile.discovery]
            if sources:
                self._pending[group] = set(sources)
                for source in sources:
                    yield from getattr(self, f"discover_{source}")(group)
                return
            group += 1
        self.logger.error("No discovery source answered for %s", self.base_url)
        self.crawler.stats.set_value("discovery/exhausted", True)

    def source_done(self, group: int, source: str, answered: bool):
        """Record a source's verdict; start the next group when the whole group failed."""
        kind = source.split(":")[0]  # "listing:0" counts as "listing"
        self.crawler.stats.inc_value(f"discovery/{kind}/{'answered' if answered else 'failed'}")
        if answered:
            self._answered.add(group)
        pending = self._pending.get(group, set())
        if source not in pending:
            return
        pending.discard(source)
        if not pending and group not in self._answered:
            self.logger.info("Discovery group %s found nothing; falling back", DISCOVERY_GROUPS[group])
            yield from self.start_group(group + 1)

    def source_request(self, url, callback, group, source, **meta):
        """A discovery request whose failure (HTTP error, timeout) counts as the source failing."""
        def failed(failure):
            self.logger.info("Discovery %s failed at %s: %s", source, url, failure.getErrorMessage())
            yield from self.source_done(group, source, answered=False)
        return scrapy.Request(url, callback=callback, errback=failed,
                              meta={"group": group, "source": source, **meta})

    # --------------------------------------------------------------- REST API
    def rest_url(self, page: int) -> str:
        query = {"per_page": 100, "page": page, "orderby": "date", "order": "desc",
                 "_fields": REST_FIELDS}
        if self.since:
            query["after"] = f"{self.since.isoformat()}T00:00:00"
        if self.until:
            query["before"] = f"{(self.until + timedelta(days=1)).isoformat()}T00:00:00"
        return urljoin(self.base_url, "wp-json/wp/v2/posts?" + urlencode(query))

    def discover_rest(self, group):
        yield self.source_request(self.rest_url(1), self.parse_rest, group, "rest", page=1)

    def parse_rest(self, response):
        group, page = response.meta["group"], response.meta["page"]
        try:
            found = parse_rest_posts(response.body)
        except ValueError as exc:
            self.logger.info("REST API unusable at %s: %s", response.url, exc)
            if page == 1:
                yield from self.source_done(group, "rest", answered=False)
            return
        if page == 1:
            yield from self.source_done(group, "rest", answered=True)
            total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
            for next_page in range(2, total + 1):
                yield scrapy.Request(self.rest_url(next_page), callback=self.parse_rest,
                                     meta={"group": group, "page": next_page})
        yield from self.follow_articles(found)

    # --------------------------------------------------------------- sitemaps
    def discover_sitemap(self, group, attempt: int = 0):
        paths = self.profile.sitemaps
        if not paths:
            yield from self.source_done(group, "sitemap", answered=False)
            return
        url = urljoin(self.base_url, paths[attempt])
        request = self.source_request(url, self.parse_sitemap_root, group, "sitemap", attempt=attempt)
        if attempt + 1 < len(paths):
            # A missing sitemap under one name: try the next name before giving up.
            request = request.replace(errback=lambda failure: self.discover_sitemap(group, attempt + 1))
        yield request

    def parse_sitemap_root(self, response):
        group, attempt = response.meta["group"], response.meta["attempt"]
        try:
            children, pages = parse_sitemap(response.body)
        except Exception as exc:  # not XML at all: an error page under a 200
            self.logger.info("Not a sitemap at %s: %s", response.url, exc)
            children, pages = [], []
        if not children and not pages:
            if attempt + 1 < len(self.profile.sitemaps):
                yield from self.discover_sitemap(group, attempt + 1)
            else:
                yield from self.source_done(group, "sitemap", answered=False)
            return
        yield from self.source_done(group, "sitemap", answered=True)
        yield from self.sitemap_results(children, pages)

    def parse_sitemap(self, response):
        try:
            children, pages = parse_sitemap(response.body)
        except Exception as exc:
            self.logger.warning("Unreadable sitemap %s: %s", response.url, exc)
            self.crawler.stats.inc_value("discovery/sitemap/unreadable")
            return
        yield from self.sitemap_results(children, pages)

    def sitemap_results(self, children: list[Found], pages: list[Found]):
        for child in children:
            name = urlsplit(child.url).path.rsplit("/", 1)[-1]
            if any(word in name for word in NON_ARTICLE_SITEMAP):
                continue
            if self.since and child.modified and child.modified.date() < self.since:
                continue  # nothing in it changed since; so nothing was published since
            yield scrapy.Request(child.url, callback=self.parse_sitemap)
        yield from self.follow_articles(pages)

    # ------------------------------------------------------------------- feed
    def discover_feed(self, group):
        if not self.profile.feed:
            yield from self.source_done(group, "feed", answered=False)
            return
        yield self.source_request(urljoin(self.base_url, self.profile.feed), self.parse_feed, group, "feed")

    def parse_feed(self, response):
        try:
            found = parse_feed(response.body)
        except Exception as exc:
            self.logger.info("Unreadable feed at %s: %s", response.url, exc)
            found = []
        yield from self.source_done(response.meta["group"], "feed", answered=bool(found))
        yield from self.follow_articles(found)

    # --------------------------------------------------------------- listings
    def discover_listing(self, group):
        listings = self.profile.listings
        if not listings:
            yield from self.source_done(group, "listing", answered=False)
            return
        # Each listing is a source of its own: the group fails only if all do.
        self._pending[group].discard("listing")
        self._pending[group].update(f"listing:{index}" for index in range(len(listings)))
        for index, listing in enumerate(listings):
            yield self.source_request(urljoin(self.base_url, listing.page_path(1).lstrip("/")),
                                      self.parse_listing, group, f"listing:{index}",
                                      listing=index, page=1)

    def parse_listing(self, response):
        index, page = response.meta["listing"], response.meta["page"]
        listing = self.profile.listings[index]
        found = parse_listing(response.text, response.url, self.profile.is_article,
                              item=listing.item, item_date=listing.item_date,
                              now=datetime.now(timezone.utc))
        if page == 1:
            yield from self.source_done(response.meta["group"], f"listing:{index}", bool(found))
        fresh = [f for f in found if self.canonical(f.url) not in self.requested]
        yield from self.follow_articles(fresh)
        # Newest first: once the last dated article is older than `since`,
        # every later page is too (a sticky post at the top changes nothing).
        days = [day for day in (f.published_day() for f in found) if day]
        reached_since = bool(self.since and days) and days[-1] < self.since
        max_pages = self.settings.getint("LISTING_MAX_PAGES")
        if fresh and not reached_since and page < max_pages:
            next_url = urljoin(self.base_url, listing.page_path(page + 1).lstrip("/"))
            yield scrapy.Request(next_url, callback=self.parse_listing,
                                 meta={**response.meta, "page": page + 1})
        elif fresh and page >= max_pages:
            self.logger.warning("Listing %s still going after %d pages; stopped", listing.first, page)
            self.crawler.stats.inc_value("discovery/listing/max_pages_reached")

    # --------------------------------------------------------------- articles
    @staticmethod
    def canonical(url: str) -> str:
        """The article's identity (tracking parameters, AMP, slashes folded);
        an identity, not what we fetch."""
        try:
            return canonical_url(url)
        except ValueError:
            return url.split("#")[0]

    def wanted(self, found: Found) -> bool:
        day = found.published_day()
        if day and (self.since and day < self.since or self.until and day > self.until):
            return False
        if self.since and found.modified and found.modified.date() < self.since:
            return False  # unchanged since `since`, so published before it
        return True

    def fetch_url(self, url: str) -> str:
        """The URL to download for an article (the profile may add a query)."""
        query = self.profile.fetch_query
        if not query or query in urlsplit(url).query:
            return url
        return url + ("&" if urlsplit(url).query else "?") + query

    def article_request(self, url: str, **meta) -> scrapy.Request:
        if self.profile.render:
            meta["playwright"] = True
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, meta=meta)

    def follow_articles(self, found: list[Found]):
        stats = self.crawler.stats
        for entry in found:
            url = self.canonical(entry.url)
            if url in self.requested:
                continue
            if not self.wanted(entry):
                stats.inc_value("discovery/outside_date_range")
                continue
            if self.max_articles is not None and len(self.requested) >= self.max_articles:
                stats.set_value("discovery/max_articles_reached", True)
                return
            self.requested.add(url)
            stats.inc_value("discovery/articles_requested")
            article_url = entry.url.split("#")[0]
            yield self.article_request(self.fetch_url(article_url), hints=entry.hints,
                                       article_url=article_url)

    def parse_article(self, response):
        """Extract one page; an article split over pages is followed page by
        page (each fetched once) and exported as one item."""
        raw = self.extract(response)
        if raw is None:
            return
        first = response.meta.get("first_page")
        if first is not None:   # a continuation page: append it to the first
            first["body"] = "\n\n".join(p for p in (first["body"], raw["body"]) if p)
            first["images"] += [i for i in raw["images"] if i not in first["images"]]
            raw = first
        else:
            raw["url"] = response.meta.get("article_url", response.url)
        next_url = self.next_page_url(response, raw)
        if next_url:
            yield self.article_request(next_url, first_page=raw, hints=response.meta.get("hints"),
                                       pages_seen=response.meta.get("pages_seen", []) + [response.url])
            return
        self.count_field_sources(raw)
        yield raw

    def next_page_url(self, response, raw) -> str | None:
        if not self.profile.next_page:
            return None
        href = response.css(self.profile.next_page).attrib.get("href")
        if not href:
            return None
        url = response.urljoin(href)
        seen = set(response.meta.get("pages_seen", [])) | {response.url}
        if url in seen or urlsplit(url).hostname != urlsplit(response.url).hostname:
            return None
        self.crawler.stats.inc_value("article_pages_followed")
        return url

    def extract(self, response) -> dict | None:
        if not isinstance(response, scrapy.http.TextResponse):
            self.crawler.stats.inc_value("item_dropped_reasons/not_html")
            self.logger.warning("Not an HTML page: %s", response.url)
            return None
        try:
            return extract_article(response.body, response.url, self.profile,
                                   fetched_at=datetime.now(timezone.utc),
                                   hints=response.meta.get("hints"), encoding=response.encoding)
        except Exception as exc:  # one bad page never ends the crawl
            reason = "no_article" if isinstance(exc, NoArticle) else "extraction_failed"
            self.crawler.stats.inc_value(f"item_dropped_reasons/{reason}")
            self.logger.warning("Extraction failed for %s: %s: %s", response.url,
                                type(exc).__name__, exc)
            return None

    def count_field_sources(self, raw: dict) -> None:
        """Where each field came from (the profile's selectors, the generic
        fallback, nowhere): the template-drift monitor reads these."""
        for field_name, source in (raw.get("field_sources") or {}).items():
            self.crawler.stats.inc_value(
                f"field_source/{self.profile.name}/{field_name}/{source or 'none'}")

    def article_failed(self, failure):
        reason = type(failure.value).__name__
        self.crawler.stats.inc_value(f"article_fetch_failed/{reason}")
        self.logger.warning("Could not fetch %s: %s", failure.request.url, failure.getErrorMessage())

    @property
    def site_name(self) -> str:
        """Feed folder name (FEEDS uses %(site_name)s)."""
        return self.profile.name
