"""Where articles are listed: discovery sources and the plan that walks them.

Each source (one module each) turns an answer into data: the articles it
lists with their dates, its verdict (answered, failed, or incomplete and
why) and the next pages to ask. The plan (plan.py) says which group of
sources to ask and when to fall back. Only the spider builds requests;
nothing here does I/O, so each part is tested on plain strings.

A new kind of source is a module with a `Source` subclass, listed in
SOURCES below.
"""
from __future__ import annotations

from .feed import FeedSource, parse_feed
from .found import Found, date_from_url, local_day
from .listings import ListingSource, parse_listing
from .plan import DiscoveryPlan, Group
from .rest import RestSource, parse_rest_posts
from .sitemaps import NON_ARTICLE_SITEMAP, SitemapSource, parse_sitemap
from .source import ANSWERED, FAILED, Ask, Outcome, Scope, Source, well_formed

# Every kind of source, by the name profiles use in `discovery`.
SOURCES: dict[str, type[Source]] = {source.name: source for source in
                                    (RestSource, SitemapSource, FeedSource, ListingSource)}
# The plan's groups, cheapest complete list first; a source's `group` is its
# place (and the number the incremental state remembers).
GROUPS: tuple[tuple[str, ...], ...] = tuple(
    tuple(name for name, source in SOURCES.items() if source.group == number)
    for number in range(max(source.group for source in SOURCES.values()) + 1))

__all__ = ["ANSWERED", "FAILED", "GROUPS", "NON_ARTICLE_SITEMAP", "SOURCES", "Ask", "DiscoveryPlan",
           "FeedSource", "Found", "Group", "ListingSource", "Outcome", "RestSource", "Scope",
           "SitemapSource", "Source", "date_from_url", "local_day", "parse_feed", "parse_listing",
           "parse_rest_posts", "parse_sitemap", "well_formed"]
