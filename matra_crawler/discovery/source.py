"""What every discovery source shares: what it is told about the run
(`Scope`), what it asks for (`Ask`) and what it makes of an answer
(`Outcome`).

A source never builds a request: it names the pages it wants (`first`,
and `Outcome.next`), and turns each answer, or each failed fetch, into an
`Outcome`. The spider fetches, follows the articles and tells the plan
(plan.py) each verdict.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from typing import Callable, ClassVar

import lxml.etree

from ..sites.profile import SiteProfile
from .found import Found

ANSWERED, FAILED = True, False


@dataclass
class Scope:
    """What the sources of one run know about it."""

    base_url: str
    profile: SiteProfile
    since: date | None = None
    until: date | None = None
    site_tz: tzinfo | None = None
    # Newest date of the last complete run (the incremental state's), if any.
    watermark: datetime | None = None
    # Whether a URL was exported by the last complete run (None: no state).
    covered: Callable[[str], bool] | None = None
    # An article's identity (the spider's canonical URL).
    canonical: Callable[[str], str] = str
    listing_max_pages: int = 50
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    logger: logging.Logger | logging.LoggerAdapter = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ask:
    """A page a source wants fetched. `source` is its key in the plan: the
    kind ("sitemap"), or kind:index for a source with several independent
    starts ("listing:1"). A failed fetch goes back to the source (`failed`)."""

    url: str
    source: str
    page: int = 1          # 1: the source's first page (its verdict rests on it)
    index: int = 0         # which start: a listing's number, a sitemap name's

    @property
    def kind(self) -> str:
        return self.source.split(":")[0]


@dataclass
class Outcome:
    """What a source made of one answer (or of a failed fetch)."""

    found: list[Found] = field(default_factory=list)   # articles listed
    verdict: bool | None = None      # ANSWERED, FAILED, or None: no verdict from this page
    incomplete: str | None = None    # why part of the list is lost (page_failed, malformed, unreadable)
    next: list[Ask] = field(default_factory=list)      # pages to fetch next
    counts: list[str] = field(default_factory=list)    # stats, as discovery/<kind>/<name>
    refused: list[str] = field(default_factory=list)   # URLs named that are not http(s)


class Source:
    """One kind of discovery source. Subclasses set `name` and `group` (the
    plan tries groups by number, cheapest first) and implement `first`,
    `read` and `failed`."""

    name: ClassVar[str]
    group: ClassVar[int]
    # The order Scrapy's LIFO scheduler sees: articles yielded last are fetched first.
    articles_first: ClassVar[bool] = False

    def __init__(self, scope: Scope):
        self.scope = scope

    def first(self) -> list[Ask]:
        """The first pages to fetch; none: the site has no such source (it fails)."""
        raise NotImplementedError

    def read(self, response, ask: Ask) -> Outcome:
        """An answer to `ask` (a Scrapy response: url, body, headers, text)."""
        raise NotImplementedError

    def failed(self, ask: Ask, status: int | None = None) -> Outcome:
        """The fetch of `ask` failed: an HTTP error `status`, or None (a
        timeout, a refused connection). By default the source fails on its
        first page and loses part of its list on a later one."""
        return Outcome(verdict=FAILED) if ask.page == 1 else Outcome(incomplete="page_failed")

    def reaches_since(self, found: list[Found], outcome: Outcome) -> bool:
        """Whether what a source lists reaches back to -a since (undated
        lists are taken as complete; without since, any list is)."""
        since, tz = self.scope.since, self.scope.site_tz
        days = [day for day in (f.published_day(tz) or f.modified_day(tz) for f in found) if day]
        if not since or not days or min(days) <= since:
            return True
        self.scope.logger.info("The %s lists nothing before %s (oldest %s); looking further back",
                               self.name, since, min(days))
        outcome.counts.append("short_of_since")
        return False


_SAFE_XML = dict(resolve_entities=False, no_network=True, huge_tree=False, recover=True,
                 remove_comments=True, remove_pis=True)


def well_formed(body: bytes) -> bool:
    """Whether an XML document (feed, sitemap) is whole. The parsers
    recover what they can from a broken one, which hides that the rest of
    its list is lost. Whitespace before the XML declaration (a common
    WordPress plugin slip) is forgiven; an entity bomb is not whole."""
    try:
        lxml.etree.fromstring(body.lstrip(), lxml.etree.XMLParser(**{**_SAFE_XML, "recover": False}))
    except lxml.etree.XMLSyntaxError:
        return False
    return True
