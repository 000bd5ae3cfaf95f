"""`scrapy crawl wordpress -a site=NAME|DOMAIN`: any WordPress news portal.

The same NewsSpider as every site (REST API, then sitemaps + feed, then
listings); only the profile differs, and it is built per run from -a site
(matra_crawler/sites/wordpress.py) instead of being a class attribute:

    scrapy crawl wordpress -a site=duasatu             # a name in the registry
    scrapy crawl wordpress -a site=example.com       # any portal, registered or not
    scrapy crawl wordpress -a site=NAME -a registry=other.csv

-a base_url, since, until and max_articles work as for every spider. The
feed goes to output/<registry name, or the domain>/.
"""
from __future__ import annotations

from ..arguments import ArgumentError, existing_file
from ..sites.wordpress import REGISTRY_PATH, wordpress_profile
from .base import NewsSpider


class WordPressSpider(NewsSpider):
    """Any WordPress news portal (-a site=NAME from the registry, or -a site=DOMAIN)."""

    name = "wordpress"
    arguments = {**NewsSpider.arguments, "site": str.strip, "registry": existing_file}

    @classmethod
    def parse_arguments(cls, given: dict) -> dict:
        """-a site (and registry) become this run's profile, so an unknown
        portal is refused with the other argument errors, before the crawl."""
        values = super().parse_arguments(given)
        site, registry = values.pop("site", None), values.pop("registry", REGISTRY_PATH)
        if not site:
            raise ArgumentError("scrapy crawl wordpress needs -a site=NAME (a name in "
                                f"{registry}) or -a site=DOMAIN (e.g. example.com)")
        try:
            # Per instance: each run crawls the portal it was given.
            values["profile"] = wordpress_profile(site, registry)
        except (OSError, ValueError) as error:   # unknown portal, a broken registry line
            raise ArgumentError(str(error)) from None
        return values
