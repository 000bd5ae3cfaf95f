"""The crawl benchmark's yardstick: a bare Scrapy spider that discovers
articles the way matra_crawler's spider does on a WordPress site (the REST API,
100 posts a page, every page of X-WP-TotalPages) and fetches every article
page, doing nothing with it. What matra_crawler spends beyond this spider is
its own work: extraction, processing, feed export, bookkeeping.

    scrapy runspider benchmarks/bare_spider.py -a base_url=http://127.0.0.1:PORT/ [-s ...]

Run from the project root, it gets the project's settings (robots.txt,
retries, extensions), the same ones the real spider runs under.
"""
from __future__ import annotations

import json
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy

# The same REST request as matra_crawler.spiders.base (rest_url): same page size, same fields.
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
