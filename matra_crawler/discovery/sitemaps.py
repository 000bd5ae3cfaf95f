"""Sitemaps: an index of child sitemaps, or a flat list of pages (a Google
News sitemap is a two-day window), each page with its lastmod. The names
the profile gives are tried in order until one is a sitemap."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy.utils.sitemap import Sitemap

from ..middlewares import WEB_SCHEMES
from ..normalize.dates import parse_date
from .found import Found
from .source import FAILED, Ask, Outcome, Source, well_formed

# Child sitemaps that list no articles (WordPress core, Yoast, Rank Math names).
NON_ARTICLE_SITEMAP = ("taxonom", "users", "user-sitemap", "page-sitemap", "pages-", "category",
                       "tag-sitemap", "author")


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


class SitemapSource(Source):
    name = "sitemap"
    group = 1

    def root(self, attempt: int) -> Ask:
        return Ask(urljoin(self.scope.base_url, self.scope.profile.sitemaps[attempt]), self.name,
                   index=attempt)

    def next_name(self, ask: Ask) -> Outcome | None:
        """A missing sitemap under one name: try the next name before giving up."""
        if ask.index + 1 < len(self.scope.profile.sitemaps):
            return Outcome(next=[self.root(ask.index + 1)])
        return None

    def first(self) -> list[Ask]:
        return [self.root(0)] if self.scope.profile.sitemaps else []

    def read(self, response, ask: Ask) -> Outcome:
        return self.read_root(response, ask) if ask.page == 1 else self.read_child(response)

    def read_root(self, response, ask: Ask) -> Outcome:
        try:
            children, pages = parse_sitemap(response.body)
        except Exception as exc:  # not XML at all: an error page under a 200
            self.scope.logger.info("Not a sitemap at %s: %s", response.url, exc)
            children, pages = [], []
        if not children and not pages:
            return self.next_name(ask) or Outcome(verdict=FAILED)
        outcome = self.listed(response.body, children, pages)
        # A flat sitemap that stops short of `since` is a window (a Google News
        # sitemap holds two days): take what it lists, and let the next
        # discovery group reach further back.
        outcome.verdict = bool(children) or self.reaches_since(pages, outcome)
        return outcome

    def read_child(self, response) -> Outcome:
        try:
            children, pages = parse_sitemap(response.body)
        except Exception as exc:
            self.scope.logger.warning("Unreadable sitemap %s: %s", response.url, exc)
            return Outcome(incomplete="unreadable")
        return self.listed(response.body, children, pages)

    def listed(self, body: bytes, children: list[Found], pages: list[Found]) -> Outcome:
        outcome = Outcome(pages, incomplete=None if well_formed(body) else "malformed")
        since = self.scope.since
        for child in children:
            if urlsplit(child.url).scheme.lower() not in WEB_SCHEMES:
                outcome.refused.append(child.url)
                continue
            name = urlsplit(child.url).path.rsplit("/", 1)[-1]
            if any(word in name for word in NON_ARTICLE_SITEMAP):
                continue
            if since and child.modified and child.modified.date() < since:
                continue  # nothing in it changed since; so nothing was published since
            outcome.next.append(Ask(child.url, self.name, page=2))
        return outcome

    def failed(self, ask: Ask, status: int | None = None) -> Outcome:
        if ask.page > 1:   # a child sitemap
            return Outcome(incomplete="page_failed")
        return self.next_name(ask) or Outcome(verdict=FAILED)
