"""The spider-argument rules (matra_crawler/arguments.py) and the spiders'
tables of them, as pure functions: a table of good and bad values each."""
from __future__ import annotations

from datetime import date

import pytest

from matra_crawler.arguments import ArgumentError, did_you_mean, parse_arguments
from matra_crawler.spiders.sites import MatraSpider
from matra_crawler.spiders.wordpress import WordPressSpider

RULES = MatraSpider.arguments


@pytest.mark.parametrize("given,parsed", [
    ({}, {}),
    ({"since": "2024-01-01"}, {"since": date(2024, 1, 1)}),
    ({"since": "2024-01-01", "until": "2024-01-01"}, {"since": date(2024, 1, 1), "until": date(2024, 1, 1)}),
    ({"since": date(2024, 1, 1)}, {"since": date(2024, 1, 1)}),          # built in code
    ({"max_articles": "3"}, {"max_articles": 3}),
    ({"max_articles": 3}, {"max_articles": 3}),
    ({"base_url": "http://127.0.0.1:8000"}, {"base_url": "http://127.0.0.1:8000"}),
    ({"base_url": "HTTPS://example.com/news/"}, {"base_url": "HTTPS://example.com/news/"}),
    # Empty or None: not given, the default applies (a shell variable left empty).
    ({"since": "", "max_articles": None, "base_url": " "}, {}),
])
def test_good_arguments_are_parsed(given, parsed):
    assert parse_arguments(RULES, given) == parsed


@pytest.mark.parametrize("given,message", [
    ({"since": "yesterday"}, "-a since=yesterday: expected a date as YYYY-MM-DD"),
    ({"until": "2024-13-01"}, "-a until=2024-13-01: expected a date as YYYY-MM-DD"),
    ({"since": "2024-06-30", "until": "2024-01-01"},
     "-a since=2024-06-30 is after -a until=2024-01-01: no article can match"),
    ({"max_articles": "abc"}, "-a max_articles=abc: expected a whole number, 1 or more"),
    ({"max_articles": "0"}, "-a max_articles=0: expected a whole number, 1 or more"),
    ({"max_articles": "2.5"}, "-a max_articles=2.5: expected a whole number, 1 or more"),
    ({"base_url": "notaurl"}, "-a base_url=notaurl: expected an http:// or https:// URL, got no scheme"),
    ({"base_url": "file:///etc/passwd"},
     "-a base_url=file:///etc/passwd: expected an http:// or https:// URL, got scheme 'file'"),
    ({"base_url": "ftp://example.com/"}, "got scheme 'ftp'"),
    ({"base_url": "example.com:8080"}, "got no scheme"),
    ({"base_url": "http:///path"}, "-a base_url=http:///path: the URL has no host"),
    ({"base_url": "http://example.com:port/"}, "-a base_url=http://example.com:port/: the port is not a number"),
    ({"max_article": "3"},
     "unknown argument -a max_article=3 (did you mean 'max_articles'?); known: base_url, since, until, max_articles"),
    ({"baseurl": "http://x.org"}, "(did you mean 'base_url'?)"),
    ({"depth": "2"}, "unknown argument -a depth=2; known:"),
])
def test_bad_arguments_name_the_value_in_one_line(given, message):
    with pytest.raises(ArgumentError) as raised:
        parse_arguments(RULES, given)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("word,choices,suggestion", [
    ("matr", ["matra", "jambione"], " (did you mean 'matra'?)"),
    ("max_artikel", ["max_articles", "since"], " (did you mean 'max_articles'?)"),
    ("zzz", ["matra"], ""),
])
def test_did_you_mean(word, choices, suggestion):
    assert did_you_mean(word, choices) == suggestion


def test_a_spider_built_in_code_is_checked_too():
    spider = MatraSpider(since="2024-01-01", until="2024-02-01", max_articles="5", base_url="http://127.0.0.1:9")
    assert (spider.since, spider.until, spider.max_articles) == (date(2024, 1, 1), date(2024, 2, 1), 5)
    assert spider.base_url == "http://127.0.0.1:9/" and spider.allowed_domains == ["127.0.0.1"]
    with pytest.raises(ArgumentError, match="max_articles=abc"):
        MatraSpider(max_articles="abc")
    with pytest.raises(ArgumentError, match="unknown argument -a sinse="):
        MatraSpider(sinse="2024-01-01")


@pytest.mark.parametrize("given,message", [
    ({}, "scrapy crawl wordpress needs -a site=NAME"),
    ({"site": "file://x"}, "portal 'file://x': only http:// and https:// portals are crawled"),
    ({"site": "file://example.com/"}, "only http:// and https:// portals"),
    ({"site": "ftp://example.com"}, "only http:// and https:// portals"),
    ({"site": "nosuchportal"}, "unknown WordPress portal 'nosuchportal'"),
    ({"site": "example.com", "registry": "/no/such/registry.csv"}, "-a registry=/no/such/registry.csv: no such file"),
    ({"site": "example.com", "sitee": "x"}, "unknown argument -a sitee=x (did you mean 'site'?)"),
    ({"site": "example.com", "base_url": "file:///etc/passwd"}, "got scheme 'file'"),
])
def test_wordpress_site_arguments(given, message):
    with pytest.raises(ArgumentError) as raised:
        WordPressSpider.parse_arguments(given)
    assert message in str(raised.value)


@pytest.mark.parametrize("site,base_url", [
    ("example.com", "https://example.com/"),
    ("http://example.com", "http://example.com/"),
    ("https://www.example.com/2024/", "https://www.example.com/"),
])
def test_wordpress_web_portals_are_accepted(site, base_url):
    assert WordPressSpider.parse_arguments({"site": site})["profile"].base_url == base_url
