"""One spider for every news site; a site is a profile (matra_crawler.sites).

Discovery is the discovery package's: its plan walks groups of sources,
cheapest complete first, and stops at the first group in which a source
answers (REST API -> sitemaps + feed -> category listings); each source
turns an answer into articles, a verdict and the next pages to ask. The
spider only builds the requests. Each article URL is requested once,
bounded by -a since/until (when the source dates it) and -a max_articles.
Pages are handed to the extraction layer; the item pipelines finish the job.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from functools import cached_property
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import SETTINGS_PRIORITIES

from .. import __version__
from ..arguments import day, parse_arguments, positive_int, web_url
from ..discovery import GROUPS, SOURCES, Ask, DiscoveryPlan, Found, Outcome, Scope, Source
from ..extraction import NoArticle, extract_article
from ..files import new_run_id
from ..incremental import IncrementalState
from ..middlewares import WEB_SCHEMES
from ..normalize.dates import WIB, offset_tz
from ..pages import append_page, exported_url
from ..sites.profile import CURRENT, SiteProfile
from ..urls import canonical_url, clean_url, url_fingerprint
from ..warc import BROWSER_META, CAPTURE_META, METADATA_META, BrowserNavigations


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
        # The incremental state's owner (None with the state off), from spider_opened on.
        self.state: IncrementalState | None = None
        # Discovery (from start on): the fallback plan and a source of each kind.
        self.plan: DiscoveryPlan | None = None
        self.sources: dict[str, Source] = {}
        # Names this run: its feed file and its row in the state.
        self.run_id = new_run_id()  # or -s RUN_ID

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
        # The group that answered in the last complete run goes first.
        self.plan = DiscoveryPlan(GROUPS, self.profile.discovery,
                                  preferred=self.state.preferred_group if self.state else None)
        scope = self.discovery_scope()
        self.sources = {name: source(scope) for name, source in SOURCES.items()}
        if self.state:
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
        playwright_include_page). With archive capture on, a page event
        handler keeps what the server sent for the page (warc.BrowserNavigations)."""
        meta = {"playwright": True}
        page_methods = []
        if self.profile.render_wait or self.capturing:
            from scrapy_playwright.page import PageMethod  # only render sites need it
        if self.profile.render_wait:
            timeout = self.settings.getfloat("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", 30_000)
            page_methods += [PageMethod(name, **kwargs) for name, kwargs in self.profile.render_waits(timeout)]
            # The handler reports the status of the first answer: a passed bot
            # check is a 403 whose page (the real one, waited for) is fine.
            meta["handle_httpstatus_list"] = [403]
        if self.capturing:
            navigations = BrowserNavigations()
            meta["playwright_page_event_handlers"] = {"response": navigations}
            meta[BROWSER_META] = navigations
            page_methods.append(PageMethod(navigations.settle))   # last: every body read
        if page_methods:
            meta["playwright_page_methods"] = page_methods
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

    # --------------------------------------------------------------- discovery
    def discovery_scope(self) -> Scope:
        """What the discovery sources know of this run."""
        return Scope(base_url=self.base_url, profile=self.profile, since=self.since, until=self.until,
                     site_tz=self.site_tz, watermark=self.state.watermark if self.state else None,
                     covered=self.state.covered_by_complete_run if self.state else None,
                     canonical=self.canonical, listing_max_pages=self.settings.getint("LISTING_MAX_PAGES"),
                     logger=self.logger)

    def start_group(self, position: int):
        """Ask every source of the plan's group at `position`."""
        group = self.plan.start(position)
        if group.exhausted:
            self.logger.error("No discovery source answered for %s", self.base_url)
            self.crawler.stats.set_value("discovery/exhausted", True)
            return
        for name in group.sources:
            asks = self.sources[name].first()
            if not asks:   # nothing to ask (no sitemap names, no listings): failed
                yield from self.source_done(group.position, name, answered=False)
                continue
            if [ask.source for ask in asks] != [name]:
                self.plan.split(group.position, name, [ask.source for ask in asks])
            for ask in asks:
                yield self.discovery_request(ask, group.position)

    def source_done(self, position: int, source: str, answered: bool):
        """Count a source's verdict; start the next group when the whole group failed."""
        kind = source.split(":")[0]  # "listing:0" counts as "listing"
        self.crawler.stats.inc_value(f"discovery/{kind}/{'answered' if answered else 'failed'}")
        group_failed = self.plan.verdict(position, source, answered)
        if self.state and self.plan.answered_group is not None:
            self.state.answered_group = self.plan.answered_group
        if group_failed:
            self.logger.info("Discovery group %s found nothing; falling back", self.plan.describe(position))
            yield from self.fall_back(position)

    def fall_back(self, position: int):
        group = self.plan.fall_back(position)
        if group is not None:
            yield from self.start_group(group.position)

    def source_incomplete(self, position: int, kind: str, reason: str, url: str):
        """A source that answered lost part of its list (a later REST page or
        a sitemap that failed or broke off): counted, and the next discovery
        group walked too, so what the lost part listed is still found (an
        article already requested is not requested again)."""
        self.crawler.stats.inc_value(f"discovery/{kind}/{reason}")
        self.logger.warning("Discovery %s incomplete (%s) at %s; also trying the next source",
                            kind, reason.replace("_", " "), url)
        yield from self.fall_back(position)

    def discovery_request(self, ask: Ask, position: int) -> scrapy.Request:
        return self.request(ask.url, self.parse_discovery, errback=self.discovery_failed,
                            meta={"group": position, "source": ask.source, "ask": ask})

    def parse_discovery(self, response):
        """Any discovery answer: its source makes an Outcome of it."""
        ask: Ask = response.meta["ask"]
        outcome = self.sources[ask.kind].read(response, ask)
        yield from self.carry_out(outcome, ask, response.meta["group"], response.url)

    def discovery_failed(self, failure):
        """A discovery fetch failed (HTTP error, timeout): its source says
        what that means; failing the source is counted by cause."""
        request = failure.request
        ask: Ask = request.meta["ask"]
        response = getattr(failure.value, "response", None)   # an HttpError's answer
        outcome = self.sources[ask.kind].failed(ask, response.status if response is not None else None)
        if outcome.verdict is False:
            reason = self.failure_reason(failure)
            # A missing sitemap is routine; a browser that cannot fetch is not.
            log = self.logger.warning if reason.startswith("browser/") else self.logger.info
            log("Discovery %s failed at %s: %s", ask.source, request.url, failure.getErrorMessage())
            self.crawler.stats.inc_value(f"discovery/fetch_failed/{reason}")
        yield from self.carry_out(outcome, ask, request.meta["group"], request.url)

    def carry_out(self, outcome: Outcome, ask: Ask, position: int, url: str):
        """Requests for what a source's Outcome asks: its verdict to the
        plan, the next pages, the articles it found."""
        for name in outcome.counts:
            self.crawler.stats.inc_value(f"discovery/{ask.kind}/{name}")
        if outcome.verdict is not None:
            yield from self.source_done(position, ask.source, outcome.verdict)
        if outcome.incomplete:
            yield from self.source_incomplete(position, ask.kind, outcome.incomplete, url)
        for refused in outcome.refused:
            self.web_url(refused)   # counted and logged
        pages = (self.discovery_request(next_ask, position) for next_ask in outcome.next)
        if self.sources[ask.kind].articles_first:
            yield from self.follow_articles(outcome.found)
            yield from pages
        else:
            yield from pages
            yield from self.follow_articles(outcome.found)

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
