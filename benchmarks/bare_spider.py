#!/usr/bin/env python3
"""The crawl benchmark's yardstick: a truly bare Scrapy spider. It discovers
articles the way matra_crawler's spider does on a WordPress site (the REST
API, 100 posts a page, every page of X-WP-TotalPages) and fetches every
article page, doing nothing with it.

It runs on Scrapy's default settings, not the project's: no project
middleware, extension, pipeline or feed; only the -s settings given (the
benchmark's pace: concurrency, delay, robots.txt) change a default. What
matra_crawler spends beyond this spider is everything the project adds to
Scrapy: its middlewares and extensions, extraction, processing, feed
export, archive capture, bookkeeping.

    .venv/bin/python benchmarks/bare_spider.py --base-url http://127.0.0.1:PORT/ \\
        --stats-file bare.json [-s NAME=VALUE ...]

Scrapy's final stats are written as JSON to --stats-file (the project's
STATS_FILE extension is not loaded here).
"""
from __future__ import annotations

import argparse
import json
import sys
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

# The same REST request as matra_crawler's REST source: same page size, same fields.
REST_QUERY = {"per_page": 100, "orderby": "date", "order": "desc",
              "_fields": "id,link,date,date_gmt,modified,modified_gmt"}


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, base_url: str, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/") + "/"
        self.allowed_domains = [urlsplit(self.base_url).hostname]

    def rest_url(self, page: int) -> str:
        return urljoin(self.base_url, "wp-json/wp/v2/posts?" + urlencode({**REST_QUERY, "page": page}))

    async def start(self):
        yield scrapy.Request(self.rest_url(1), self.parse_rest, cb_kwargs={"page": 1})

    def parse_rest(self, response, page: int):
        if page == 1:
            total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
            for next_page in range(2, total + 1):
                yield scrapy.Request(self.rest_url(next_page), self.parse_rest, cb_kwargs={"page": next_page})
        for post in json.loads(response.body):
            yield scrapy.Request(post["link"], self.parse_article)

    def parse_article(self, response):
        pass  # fetched: that is all the bare spider does


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--stats-file", required=True)
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    settings = Settings()   # Scrapy's defaults; the project's settings module is never read
    for item in args.settings:
        name, _, value = item.partition("=")
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, base_url=args.base_url)
    process.start()
    with open(args.stats_file, "w", encoding="utf-8") as out:
        json.dump(crawler.stats.get_stats(), out, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
