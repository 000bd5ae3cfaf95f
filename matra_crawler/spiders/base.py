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
from ..extraction import extract_article
from ..sites.profile import SiteProfile

# Discovery groups: a later group is tried only if no source of the earlier one answered.
DISCOVERY_GROUPS = (("rest",), ("sitemap", "feed"), ("listing",))
SITEMAP_PATHS = ("wp-sitemap.xml", "sitemap_index.xml", "sitemap.xml")
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
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["default"]:
            # UserAgentMiddleware takes the spider's user_agent over the setting.
            spider.user_agent = f"matra_crawler/{__version__} (+{settings['CONTACT_URL']})"
        return spider

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
        kind = source.split(":")[0]  # "listing:/category/x/" counts as "listing"
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
        url = urljoin(self.base_url, SITEMAP_PATHS[attempt])
        request = self.source_request(url, self.parse_sitemap_root, group, "sitemap", attempt=attempt)
        if attempt + 1 < len(SITEMAP_PATHS):
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
            if attempt + 1 < len(SITEMAP_PATHS):
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
        yield self.source_request(urljoin(self.base_url, "feed/"), self.parse_feed, group, "feed")

    def parse_feed(self, response):
        try:
            found = parse_feed(response.body)
        except Exception as exc:
            self.logger.info("Unreadable feed at %s: %s", response.url, exc)
            found = []
        yield from self.source_done(response.meta["group"], "feed", answered=bool(found))
        yield from self.follow_articles(found)

    # --------------------------------------------------------------- listings
    def listing_url(self, template: str, page: int) -> str:
        path = template.format(page=page) if page > 1 else template.replace("page/{page}/", "")
        return urljoin(self.base_url, path.lstrip("/"))

    def discover_listing(self, group):
        if not self.profile.listings:
            yield from self.source_done(group, "listing", answered=False)
            return
        # Each listing template is a source of its own: the group fails only if all do.
        self._pending[group].discard("listing")
        self._pending[group].update(f"listing:{t}" for t in self.profile.listings)
        for template in self.profile.listings:
            yield self.source_request(self.listing_url(template, 1), self.parse_listing, group,
                                      f"listing:{template}", template=template, page=1)

    def parse_listing(self, response):
        template, page = response.meta["template"], response.meta["page"]
        found = parse_listing(response.text, response.url, self.profile.is_article)
        if page == 1:
            yield from self.source_done(response.meta["group"], f"listing:{template}", bool(found))
        fresh = [f for f in found if self.canonical(f.url) not in self.requested]
        yield from self.follow_articles(fresh)
        days = [f.published_day() for f in found]
        reached_since = bool(self.since) and all(d and d < self.since for d in days)
        max_pages = self.settings.getint("LISTING_MAX_PAGES")
        if fresh and not reached_since and page < max_pages:
            yield scrapy.Request(self.listing_url(template, page + 1), callback=self.parse_listing,
                                 meta={**response.meta, "page": page + 1})
        elif page >= max_pages:
            self.logger.warning("Listing %s still going after %d pages; stopped", template, page)
            self.crawler.stats.inc_value("discovery/listing/max_pages_reached")

    # --------------------------------------------------------------- articles
    @staticmethod
    def canonical(url: str) -> str:
        return url.split("#")[0]

    def wanted(self, found: Found) -> bool:
        day = found.published_day()
        if day and (self.since and day < self.since or self.until and day > self.until):
            return False
        if self.since and found.modified and found.modified.date() < self.since:
            return False  # unchanged since `since`, so published before it
        return True

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
            yield scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                                 meta={"hints": entry.hints})

    def parse_article(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            self.crawler.stats.inc_value("item_dropped_reasons/not_html")
            self.logger.warning("Not an HTML page: %s", response.url)
            return
        try:
            raw = extract_article(response.body, response.url, self.profile,
                                  fetched_at=datetime.now(timezone.utc),
                                  hints=response.meta.get("hints"), encoding=response.encoding)
        except Exception as exc:  # one bad page never ends the crawl
            self.crawler.stats.inc_value("item_dropped_reasons/extraction_failed")
            self.logger.error("Extraction failed for %s: %s: %s", response.url,
                              type(exc).__name__, exc)
            return
        yield raw

    def article_failed(self, failure):
        reason = type(failure.value).__name__
        self.crawler.stats.inc_value(f"article_fetch_failed/{reason}")
        self.logger.warning("Could not fetch %s: %s", failure.request.url, failure.getErrorMessage())
