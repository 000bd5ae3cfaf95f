"""One spider per site profile, all the same NewsSpider: `scrapy crawl matra`.

A site needs no spider code of its own; its profile (matra_crawler/sites/)
says everything that differs."""
from ..sites import PROFILES
from .base import NewsSpider


def spider_for(profile) -> type[NewsSpider]:
    attrs = {"name": profile.name, "profile": profile, "__module__": __name__,
             "__doc__": f"{profile.source_name} ({profile.base_url})"}
    return type(f"{profile.name.title().replace('_', '')}Spider", (NewsSpider,), attrs)


for _profile in PROFILES.values():
    _spider = spider_for(_profile)
    globals()[_spider.__name__] = _spider
del _profile, _spider  # the loader would see the last class twice
