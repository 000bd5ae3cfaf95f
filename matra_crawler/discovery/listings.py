"""Category listings (the profile's `listings`): HTML pages of article
links, newest first, paged until they show nothing new, reach back past
-a since, show only what the last complete run exported, or hit
LISTING_MAX_PAGES. Each listing is a start of its own: the source fails
only if all do."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from ..normalize.dates import is_time_ago, parse_date
from .found import Found
from .source import Ask, Outcome, Source


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


ENDS_A_LISTING = (404, 410)


class ListingSource(Source):
    name = "listing"
    group = 2
    articles_first = True

    def __init__(self, scope):
        super().__init__(scope)
        self.listed: dict[int, set[str]] = {}   # listing -> identities of the articles it showed

    def ask(self, index: int, page: int) -> Ask:
        path = self.scope.profile.listings[index].page_path(page)
        return Ask(urljoin(self.scope.base_url, path.lstrip("/")), f"{self.name}:{index}", page=page, index=index)

    def first(self) -> list[Ask]:
        return [self.ask(index, 1) for index in range(len(self.scope.profile.listings))]

    def failed(self, ask: Ask, status: int | None = None) -> Outcome:
        """Page 1 is the listing's verdict. Past it, "not found" is how most
        CMSs end a listing; any other failure (a 500, a timeout) hides the
        older articles that page listed, so the run is not complete."""
        if ask.page > 1 and status in ENDS_A_LISTING:
            return Outcome(counts=["ended_not_found"])
        return super().failed(ask, status)

    def read(self, response, ask: Ask) -> Outcome:
        scope, listing = self.scope, self.scope.profile.listings[ask.index]
        found = parse_listing(response.text, response.url, scope.profile.is_article,
                              item=listing.item, item_date=listing.item_date,
                              now=scope.now(), whole_page_fallback=ask.page == 1)
        outcome = Outcome(found, verdict=bool(found) if ask.page == 1 else None)
        # Page on while this listing shows articles it had not shown yet: a
        # page another source (the feed, a second listing) already covered
        # is no end; a CMS repeating its last page is.
        shown = [scope.canonical(f.url) for f in found]
        listed = self.listed.setdefault(ask.index, set())
        new_here = [url for url in shown if url not in listed]
        listed.update(shown)
        if scope.covered and found and all(scope.covered(f.url) for f in found):
            # Everything here was exported before the last complete run: so
            # was every older page (a partial run's exports prove nothing).
            outcome.counts.append("stopped_at_known")
            return outcome
        # Newest first: once the last dated article is older than `since`,
        # every later page is too (a sticky post at the top changes nothing).
        days = [day for day in (f.published_day(scope.site_tz) for f in found) if day]
        reached_since = bool(scope.since and days) and days[-1] < scope.since
        if new_here and not reached_since and ask.page < scope.listing_max_pages:
            outcome.next.append(self.ask(ask.index, ask.page + 1))
        elif new_here and ask.page >= scope.listing_max_pages:
            scope.logger.warning("Listing %s still going after %d pages; stopped", listing.first, ask.page)
            outcome.counts.append("max_pages_reached")
        return outcome
