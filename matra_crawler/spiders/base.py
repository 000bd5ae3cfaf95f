"""One spider for every news site; a site is a profile (matra_crawler.sites).

Discovery walks groups of sources, cheapest complete first, and stops at the
first group in which a source answers:

    REST API  ->  sitemaps + feed  ->  category listings

Each article URL is requested once, bounded by -a since/until (when the
source dates it) and -a max_articles. Pages are handed to the extraction
layer; the item pipelines finish the job.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from functools import cached_property
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import SETTINGS_PRIORITIES

from .. import __version__
from ..arguments import day, parse_arguments, positive_int, web_url
from ..discovery import Found, parse_feed, parse_listing, parse_rest_posts, parse_sitemap, well_formed
from ..extraction import NoArticle, extract_article
from ..feedstorage import new_run_stamp
from ..incremental import IncrementalState
from ..middlewares import WEB_SCHEMES
from ..normalize.dates import WIB, offset_tz
from ..pages import append_page, exported_url
from ..sites.profile import CURRENT, SiteProfile
from ..urls import canonical_url, clean_url, url_fingerprint
from ..warc import CAPTURE_META, METADATA_META

# Discovery groups: a later group is tried only if no source of the earlier one answered.
DISCOVERY_GROUPS = (("rest",), ("sitemap", "feed"), ("listing",))
# Child sitemaps that list no articles (WordPress core, Yoast, Rank Math names).
NON_ARTICLE_SITEMAP = ("taxonom", "users", "user-sitemap", "page-sitemap", "pages-", "category",
                       "tag-sitemap", "author")
REST_FIELDS = "id,link,date,date_gmt,modified,modified_gmt"


def without_traceback(record: logging.LogRecord) -> bool:
    """scrapy-playwright warns of each failed page with its traceback; its
    message names the error already and the spider counts the drop, so a
    site whose every page times out logs one line per page, not a storm."""
    if record.levelno == logging.WARNING:
        record.exc_info = record.exc_text = None
    return True


class NewsSpider(scrapy.Spider):
    profile: SiteProfile
    # The -a arguments every site spider takes, and how each is read
    # (matra_crawler/arguments.py); any other name is a usage error.
    arguments = {"base_url": web_url, "since": day, "until": day, "max_articles": positive_int}

    def __init__(self, **given):
        values = self.parse_arguments(given)
        super().__init__()
        if "profile" in values:   # built from the arguments (the wordpress spider)
            self.profile = values["profile"]
        self.base_url = (values.get("base_url") or self.profile.base_url).rstrip("/") + "/"
        self.allowed_domains = [urlsplit(self.base_url).hostname]
        self.since, self.until = values.get("since"), values.get("until")
        self.max_articles: int | None = values.get("max_articles")
        self.requested: set[int] = set()         # url_fingerprint of each article met
        self._pending: dict[int, set[str]] = {}   # group -> sources not yet answered
        self._answered: set[int] = set()          # groups in which a source answered
        self._fallen_back: set[int] = set()       # groups after which the next one started
        self._listed: dict[int, set[int]] = {}    # listing -> fingerprints of the articles it showed
        # The incremental state's owner (None with the state off), from spider_opened on.
        self.state: IncrementalState | None = None
        self.group_order = list(range(len(DISCOVERY_GROUPS)))  # see start_group
        self.answered_group: int | None = None
        # Names this run: its feed file and its row in the state.
        self.run_id = new_run_stamp()  # or -s RUN_ID

    @classmethod
    def parse_arguments(cls, given: dict) -> dict:
        """The -a values, checked and parsed (ArgumentError names a wrong one).
        The `crawl` command asks this before the crawl starts."""
        return parse_arguments(cls.arguments, given)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.run_id = crawler.settings.get("RUN_ID") or spider.run_id
        crawler.signals.connect(spider.redirect_scheduled, signal=scrapy.signals.request_scheduled)
        crawler.signals.connect(spider.redirect_dropped, signal=scrapy.signals.request_dropped)
        return spider


    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if getattr(cls, "profile", None) and cls.profile.render:
            # Only this spider's requests flagged meta["playwright"] use the browser.
            # Added to the project's handlers, which keep file:// and the like off.
            settings.set("DOWNLOAD_HANDLERS", {**settings.getdict("DOWNLOAD_HANDLERS"),
                                               **settings.getdict("BROWSER_DOWNLOAD_HANDLERS")},
                         priority="spider")
        if not settings.getdict("FEEDS"):
            # One feed per site per run; -O/-o on the command line replace it.
            # A run that exports nothing writes none (its stats say so); -O
            # keeps Scrapy's way: the file named is rewritten, empty or not.
            feed = f"{settings['OUTPUT_DIR']}/%(site_name)s/%(run_stamp)s.jsonl"
            options = {**settings.getdict("FEED_FORMAT_OPTIONS"), "store_empty": False}
            settings.set("FEEDS", {feed: options}, priority="spider")
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["default"]:
            # Truthful and reachable: who we are and where to complain.
            settings.set("USER_AGENT", f"matra_crawler/{__version__} (+{settings['CONTACT_URL']})",
                         priority="spider")

    async def start(self):
        if self.profile.render and not self.browser_enabled():
            # -s DOWNLOAD_HANDLERS={} or the like: plain HTTP meets the bot check.
            self.logger.warning("%s needs the browser, but its download handlers are off; "
                                "pages will be bot checks", self.profile.name)
            self.crawler.stats.set_value("browser/disabled", True)
        if self.profile.render:
            logging.getLogger("scrapy-playwright").addFilter(without_traceback)
        state = self.crawler.get_extension(IncrementalState)
        self.state = state if state is not None and state.store is not None else None
        if self.state:
            self.ask_first(self.state.preferred_group)
            for reason, given in (("since", self.since), ("until", self.until)):
                if given:
                    self.state.narrow(f"-a {reason}")
            # What an earlier run found but did not get into a stored feed.
            unfinished = self.state.unfinished()
            if unfinished:
                self.logger.info("Fetching %d article(s) an earlier run did not finish", len(unfinished))
                self.crawler.stats.set_value("state/resumed", len(unfinished))
            for request in self.follow_articles([Found(url) for url in unfinished]):
                yield request
        for request in self.start_group(0):
            yield request

    def ask_first(self, group: int | None) -> None:
        """The discovery group that answered in the last complete run goes first."""
        if isinstance(group, int) and 0 <= group < len(DISCOVERY_GROUPS):
            self.group_order.remove(group)
            self.group_order.insert(0, group)

    # -------------------------------------------------------- discovery groups
    def start_group(self, position: int):
        """Start the discovery group at `position` in this run's order: the
        group that answered in the last good run first (no re-probing of
        sources a site lacks, night after night), then the rest by cost."""
        while position < len(self.group_order):
            sources = [s for s in DISCOVERY_GROUPS[self.group_order[position]]
                       if s in self.profile.discovery]
            if sources:
                self._pending[position] = set(sources)
                for source in sources:
                    yield from getattr(self, f"discover_{source}")(position)
                return
            position += 1
        self.logger.error("No discovery source answered for %s", self.base_url)
        self.crawler.stats.set_value("discovery/exhausted", True)

    def source_done(self, group: int, source: str, answered: bool):
        """Record a source's verdict; start the next group when the whole group failed."""
        kind = source.split(":")[0]  # "listing:0" counts as "listing"
        self.crawler.stats.inc_value(f"discovery/{kind}/{'answered' if answered else 'failed'}")
        if answered:
            self._answered.add(group)
            if self.answered_group is None:
                self.answered_group = self.group_order[group]
                if self.state:
                    self.state.answered_group = self.answered_group
        pending = self._pending.get(group, set())
        if source not in pending:
            return
        pending.discard(source)
        if not pending and group not in self._answered:
            self.logger.info("Discovery group %s found nothing; falling back",
                             DISCOVERY_GROUPS[self.group_order[group]])
            yield from self.fall_back(group)

    def fall_back(self, group: int):
        """Start the discovery group after `group`, once."""
        if group not in self._fallen_back:
            self._fallen_back.add(group)
            yield from self.start_group(group + 1)

    def source_incomplete(self, group: int, source: str, reason: str, url: str):
        """A source that answered lost part of its list (a later REST page or
        a sitemap that failed or broke off): counted, and the next discovery
        group walked too, so what the lost part listed is still found (an
        article already requested is not requested again)."""
        self.crawler.stats.inc_value(f"discovery/{source}/{reason}")
        self.logger.warning("Discovery %s incomplete (%s) at %s; also trying the next source",
                            source, reason.replace("_", " "), url)
        yield from self.fall_back(group)

    def source_request(self, url, callback, group, source, **meta):
        """A discovery request whose failure (HTTP error, timeout) counts as the source failing."""
        def failed(failure):
            reason = self.failure_reason(failure)
            # A missing sitemap is routine; a browser that cannot fetch is not.
            log = self.logger.warning if reason.startswith("browser/") else self.logger.info
            log("Discovery %s failed at %s: %s", source, url, failure.getErrorMessage())
            self.crawler.stats.inc_value(f"discovery/fetch_failed/{reason}")
            yield from self.source_done(group, source, answered=False)
        return self.request(url, callback, errback=failed, meta={"group": group, "source": source, **meta})

    # ---------------------------------------------------------------- requests
    def request(self, url: str, callback, **kwargs) -> scrapy.Request:
        """Every request the spider builds goes through here. A render site
        puts its bot check in front of every page, listings included, so all
        of its requests go through the browser (robots.txt, requested by
        Scrapy's middleware, stays plain HTTP)."""
        if self.profile.render:
            kwargs["meta"] = {**kwargs.get("meta", {}), **self.browser_meta()}
        return scrapy.Request(url, callback=callback, **kwargs)

    def browser_meta(self) -> dict:
        """scrapy-playwright's request keys: the browser handler renders only
        requests with meta["playwright"]; the page is closed after use (no
        playwright_include_page)."""
        meta = {"playwright": True}
        if self.profile.render_wait:
            from scrapy_playwright.page import PageMethod  # only render sites need it

            timeout = self.settings.getfloat("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", 30_000)
            meta["playwright_page_methods"] = [
                PageMethod("wait_for_selector", self.profile.render_wait, state="attached", timeout=timeout)]
            # The handler reports the status of the first answer: a passed bot
            # check is a 403 whose page (the real one, waited for) is fine.
            meta["handle_httpstatus_list"] = [403]
        return meta

    def browser_enabled(self) -> bool:
        handlers = self.settings.getdict("DOWNLOAD_HANDLERS")
        browser = self.settings.getdict("BROWSER_DOWNLOAD_HANDLERS")
        return bool(browser) and all(handlers.get(scheme) == path for scheme, path in browser.items())

    @staticmethod
    def failure_reason(failure) -> str:
        """Stats name of a failed download; the browser's own errors (launch,
        crash, navigation timeout) as browser/<error>."""
        error = failure.value
        if isinstance(error, IgnoreRequest) and error.__cause__ is not None:
            # A middleware that gave up on an answer says why through the cause
            # (a gzip bomb: _DecompressionMaxSizeExceeded), not the bare IgnoreRequest.
            error = error.__cause__
        name = type(error).__name__.lstrip("_")
        return f"browser/{name}" if type(error).__module__.startswith("playwright") else name

    # --------------------------------------------------------------- REST API
    def rest_url(self, page: int) -> str:
        query = {"per_page": 100, "page": page, "orderby": "date", "order": "desc",
                 "_fields": REST_FIELDS}
        if self.since:
            query["after"] = f"{self.since.isoformat()}T00:00:00"
        if self.until:
            query["before"] = f"{(self.until + timedelta(days=1)).isoformat()}T00:00:00"
        watermark = self.state.watermark if self.state else None
        if watermark:
            # Only what changed since the last complete run (WordPress >= 5.7;
            # an older one ignores it and the state filters instead). A day of
            # margin for clocks and late edits; the state skips the known.
            margin = (watermark - timedelta(days=1)).astimezone(timezone.utc)
            query["modified_after"] = margin.strftime("%Y-%m-%dT%H:%M:%SZ")
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
            else:
                yield from self.source_incomplete(group, "rest", "page_failed", response.url)
            return
        if page == 1:
            yield from self.source_done(group, "rest", answered=True)
            total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
            for next_page in range(2, total + 1):
                yield self.request(self.rest_url(next_page), self.parse_rest, errback=self.part_failed,
                                   meta={"group": group, "page": next_page, "source": "rest"})
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
        # A flat sitemap that stops short of `since` is a window (a Google News
        # sitemap holds two days): take what it lists, and let the next
        # discovery group reach further back.
        complete = bool(children) or self.reaches_since(pages, "sitemap")
        yield from self.source_done(group, "sitemap", answered=complete)
        if not well_formed(response.body):
            yield from self.source_incomplete(group, "sitemap", "malformed", response.url)
        yield from self.sitemap_results(children, pages, group)

    def parse_sitemap(self, response):
        group = response.meta["group"]
        try:
            children, pages = parse_sitemap(response.body)
        except Exception as exc:
            self.logger.warning("Unreadable sitemap %s: %s", response.url, exc)
            yield from self.source_incomplete(group, "sitemap", "unreadable", response.url)
            return
        if not well_formed(response.body):
            yield from self.source_incomplete(group, "sitemap", "malformed", response.url)
        yield from self.sitemap_results(children, pages, group)

    def sitemap_results(self, children: list[Found], pages: list[Found], group: int):
        for child in children:
            if not self.web_url(child.url):
                continue
            name = urlsplit(child.url).path.rsplit("/", 1)[-1]
            if any(word in name for word in NON_ARTICLE_SITEMAP):
                continue
            if self.since and child.modified and child.modified.date() < self.since:
                continue  # nothing in it changed since; so nothing was published since
            yield self.request(child.url, self.parse_sitemap, errback=self.part_failed,
                               meta={"group": group, "source": "sitemap"})
        yield from self.follow_articles(pages)

    def part_failed(self, failure):
        """A later REST page or a child sitemap that could not be fetched."""
        meta = failure.request.meta
        yield from self.source_incomplete(meta["group"], meta["source"], "page_failed", failure.request.url)

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
        if found and not well_formed(response.body):
            # What it lists is only what came before the break: no answer.
            self.crawler.stats.inc_value("discovery/feed/malformed")
            self.logger.warning("Feed at %s breaks off; taking what it lists and looking further",
                                response.url)
            found_whole = False
        else:
            found_whole = bool(found)
        # The newest few only: short of `since`, the next group goes further back.
        complete = found_whole and self.reaches_since(found, "feed")
        yield from self.source_done(response.meta["group"], "feed", answered=complete)
        yield from self.follow_articles(found)

    def reaches_since(self, found: list[Found], source: str) -> bool:
        """Whether what a source lists reaches back to -a since (undated
        lists are taken as complete; without since, any list is)."""
        days = [f.published_day(self.site_tz) or f.modified_day(self.site_tz) for f in found]
        days = [day for day in days if day]
        if not self.since or not days or min(days) <= self.since:
            return True
        self.logger.info("The %s lists nothing before %s (oldest %s); looking further back",
                         source, self.since, min(days))
        self.crawler.stats.inc_value(f"discovery/{source}/short_of_since")
        return False

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
                              now=datetime.now(timezone.utc), whole_page_fallback=page == 1)
        if page == 1:
            yield from self.source_done(response.meta["group"], f"listing:{index}", bool(found))
        shown = [url_fingerprint(self.canonical(f.url)) for f in found]
        yield from self.follow_articles([f for f, key in zip(found, shown) if key not in self.requested])
        # Page on while this listing shows articles it had not shown yet: a
        # page another source (the feed, a second listing) already covered
        # is no end; a CMS repeating its last page is.
        listed = self._listed.setdefault(index, set())
        new_here = [f for f, key in zip(found, shown) if key not in listed]
        listed.update(shown)
        if self.state and found and all(self.state.covered_by_complete_run(f.url) for f in found):
            # Everything here was exported before the last complete run: so
            # was every older page (a partial run's exports prove nothing).
            self.crawler.stats.inc_value("discovery/listing/stopped_at_known")
            return
        # Newest first: once the last dated article is older than `since`,
        # every later page is too (a sticky post at the top changes nothing).
        days = [day for day in (f.published_day(self.site_tz) for f in found) if day]
        reached_since = bool(self.since and days) and days[-1] < self.since
        max_pages = self.settings.getint("LISTING_MAX_PAGES")
        if new_here and not reached_since and page < max_pages:
            next_url = urljoin(self.base_url, listing.page_path(page + 1).lstrip("/"))
            # Only our own keys: response.meta also holds the downloader's
            # (download_latency, the browser's), which must not travel on.
            meta = {key: response.meta[key] for key in ("group", "source", "listing")}
            yield self.request(next_url, self.parse_listing, meta={**meta, "page": page + 1})
        elif new_here and page >= max_pages:
            self.logger.warning("Listing %s still going after %d pages; stopped", listing.first, page)
            self.crawler.stats.inc_value("discovery/listing/max_pages_reached")

    # --------------------------------------------------------------- articles
    def web_url(self, url) -> bool:
        """Whether a URL that remote content names is http(s); any other
        (file://, ftp://, data:) is refused and counted (the run is then
        partial). Scrapy's offsite filter would drop it unseen."""
        scheme = urlsplit(url).scheme.lower() if isinstance(url, str) else ""
        if scheme in WEB_SCHEMES:
            return True
        self.crawler.stats.inc_value(f"discovery/refused_scheme/{scheme or 'none'}")
        self.logger.warning("Refused %.200r: only http and https URLs are fetched", url)
        return False

    def canonical(self, url: str) -> str:
        """The article's identity (tracking parameters, AMP, slashes and the
        profile's ignored query folded); an identity, not what we fetch."""
        try:
            return canonical_url(url, self.profile.ignored_query)
        except ValueError:
            return url.split("#")[0]

    def wanted(self, found: Found) -> bool:
        """Inside -a since/until as far as discovery can tell; the page's own
        date decides the rest (DateRangePipeline). Days are the site's."""
        day = found.published_day(self.site_tz)
        # A rounded listing date can put a story of the `until` day on the next one.
        until = self.until + timedelta(days=1) if self.until and found.approximate else self.until
        if day and (self.since and day < self.since or until and day > until):
            return False
        modified = found.modified_day(self.site_tz)
        if self.since and modified and modified < self.since:
            return False  # unchanged since `since`, so published before it
        return True

    @cached_property
    def site_tz(self):
        """The site's clock: its profile's offset (WIB unless it says otherwise)."""
        return offset_tz(self.profile.utc_offset) or WIB

    def fetch_url(self, url: str) -> str:
        """The URL to download for an article (the profile may add a query)."""
        query = self.profile.fetch_query
        if not query or query in urlsplit(url).query:
            return url
        return url + ("&" if urlsplit(url).query else "?") + query

    def article_request(self, url: str, **meta) -> scrapy.Request:
        if self.capturing:
            # Written beside the page's WARC record: what `extract --warc`
            # needs to redo this page as the crawl did.
            meta[METADATA_META] = {"article_page": {
                "site": self.site_name, "article_url": meta.get("article_url"),
                "hints": meta.get("hints"), "fetch_query": self.profile.fetch_query,
                "first_page_record": meta.get("first_page_record")}}
        return self.request(url, self.parse_article, errback=self.article_failed, meta=meta)

    @cached_property
    def capturing(self) -> bool:
        """Archive capture on (warc.WarcCapture): every article needs its record."""
        return self.settings.getbool("WARC_ENABLED")

    def follow_articles(self, found: list[Found]):
        stats = self.crawler.stats
        for entry in found:
            if not self.web_url(entry.url):
                continue
            article_url = clean_url(entry.url, self.profile.ignored_query)
            if not self.profile.is_article(urlsplit(article_url).path):
                # A sitemap's static page, a URL a broken sitemap cut short.
                stats.inc_value("discovery/not_article")
                continue
            url = self.canonical(entry.url)
            key = url_fingerprint(url)
            if key in self.requested:
                continue
            if not self.wanted(entry):
                stats.inc_value("discovery/outside_date_range")
                continue
            if self.state:
                self.state.note_seen(entry.modified or entry.published)
            if self.state and self.state.is_unchanged(url, entry.modified):
                self.requested.add(key)
                stats.inc_value("state/skipped_unchanged")
                continue
            if self.max_articles is not None and len(self.requested) >= self.max_articles:
                stats.set_value("discovery/max_articles_reached", True)
                if self.state:
                    self.state.narrow("-a max_articles reached")
                return
            self.requested.add(key)
            stats.inc_value("discovery/articles_requested")
            yield self.article_request(self.fetch_url(article_url), hints=entry.hints,
                                       article_url=article_url, discovered_modified=entry.modified)

    def parse_article(self, response):
        """Extract one page; an article split over pages is followed page by
        page (each fetched once) and exported as one item."""
        raw = self.extract(response)
        if raw is None:
            return
        capture = response.meta.get(CAPTURE_META)
        if self.capturing:
            if capture is None:   # not archived: not exported, fetched again next run
                self.crawler.stats.inc_value("item_dropped_reasons/not_captured")
                self.logger.warning("Not archived, so not exported: %s", response.url)
                return
            raw["warc"] = [capture["link"]]
        first = response.meta.get("first_page")
        if first is not None:   # a continuation page: append it to the first
            raw = append_page(first, raw)
        else:
            raw["url"] = self.article_url(response)
        next_url = self.next_page_url(response, raw)
        if next_url:
            first_record = response.meta.get("first_page_record") or (capture or {}).get("record_id")
            yield self.article_request(next_url, first_page=raw, hints=response.meta.get("hints"),
                                       pages_seen=response.meta.get("pages_seen", []) + [response.url],
                                       discovered_modified=response.meta.get("discovered_modified"),
                                       first_page_record=first_record)
            return
        self.count_field_sources(raw)
        # For the state (a working field, like post_id): the date discovery showed.
        raw["discovered_modified"] = response.meta.get("discovered_modified")
        yield raw

    def article_url(self, response) -> str:
        """See pages.exported_url."""
        return exported_url(response.url, response.meta.get("article_url"),
                            bool(response.meta.get("redirect_urls")), self.profile.ignored_query)

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
                                   fetched_at=self.fetched_at(response),
                                   hints=response.meta.get("hints"), encoding=response.encoding)
        except Exception as exc:  # one bad page never ends the crawl
            reason = "no_article" if isinstance(exc, NoArticle) else "extraction_failed"
            self.crawler.stats.inc_value(f"item_dropped_reasons/{reason}")
            self.logger.warning("Extraction failed for %s: %s: %s", response.url,
                                type(exc).__name__, exc)
            return None

    @staticmethod
    def fetched_at(response) -> datetime:
        """When the page was fetched: its WARC record's date when archived
        (so re-extracting the record gives the same item), else now."""
        capture = response.meta.get(CAPTURE_META)
        return datetime.fromisoformat(capture["fetched_at"]) if capture else datetime.now(timezone.utc)

    def count_field_sources(self, raw: dict) -> None:
        """Where each field came from (the profile's selectors, structured
        data, the generic fallback, nowhere), in all and per selector version:
        the template-drift monitor reads these."""
        version = raw.get("selector_version") or CURRENT
        for field_name, source in (raw.get("field_sources") or {}).items():
            self.crawler.stats.inc_value(
                f"field_source/{self.profile.name}/{field_name}/{source or 'none'}")
            # per selector version too: the drift monitor judges each apart
            self.crawler.stats.inc_value(
                f"field_source_version/{self.profile.name}/{version}/{field_name}/{source or 'none'}")

    def article_failed(self, failure):
        reason = self.failure_reason(failure)
        self.crawler.stats.inc_value(f"article_fetch_failed/{reason}")
        self.logger.warning("Could not fetch %s: %s", failure.request.url, failure.getErrorMessage())

    # Scrapy drops some redirects of an article request without calling its
    # errback: off the site (the offsite filter, when it is scheduled) and
    # back to a URL it passed through (a loop: the dupefilter). Counted here,
    # or the article would vanish without a trace.
    def redirected_article(self, request) -> bool:
        return request.callback == self.parse_article and bool(request.meta.get("redirect_urls"))

    def redirect_scheduled(self, request, spider):
        if self.redirected_article(request) and not self.on_site(request.url):
            self.redirect_failed(request, "redirect_offsite")

    def redirect_dropped(self, request, spider):
        if not self.redirected_article(request):
            return
        if request.url in request.meta["redirect_urls"]:
            self.redirect_failed(request, "redirect_loop")
        else:  # to a page fetched already: a duplicate, not a failure
            self.crawler.stats.inc_value("discovery/redirected_to_known")

    def redirect_failed(self, request, reason: str) -> None:
        self.crawler.stats.inc_value(f"article_fetch_failed/{reason}")
        self.logger.warning("Could not fetch %s: %s to %s", request.meta["redirect_urls"][0],
                            reason.replace("_", " "), request.url)

    def on_site(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        return any(host == domain or host.endswith("." + domain) for domain in self.allowed_domains)

    @property
    def site_name(self) -> str:
        """Feed folder name (FEEDS uses %(site_name)s)."""
        return self.profile.name
