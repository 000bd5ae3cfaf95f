"""Dated selector versions: which selectors read a page is decided by the
publication date its structured data states, before any selector runs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from matra_crawler.extraction import extract_article
from matra_crawler.sites import CURRENT, MATRA, Selectors, SelectorVersion, SiteProfile
from tests.replica import matra

OLD = Selectors(title="h1.old")
OLDER = Selectors(title="h1.older")
PROFILE = SiteProfile(name="x", source_name="X", base_url="https://x.example/", selectors=Selectors(title="h1.new"),
                      older_selectors=(SelectorVersion("2023-01-01", OLD), SelectorVersion("2020-01-01", OLDER, "v1")))


@pytest.mark.parametrize("published, version, selectors", [
    (date(2019, 12, 31), "v1", OLDER),
    (date(2020, 1, 1), "until-2023-01-01", OLD),        # `until` is the first day it no longer holds
    (date(2022, 12, 31), "until-2023-01-01", OLD),
    (date(2023, 1, 1), CURRENT, PROFILE.selectors),
    (None, CURRENT, PROFILE.selectors),                  # no stated date: the newest version
])
def test_the_version_in_force_at_the_publication_date(published, version, selectors):
    assert PROFILE.selectors_for(published) == (version, selectors)
    assert PROFILE.selector_version(version) == selectors


BASE = "http://127.0.0.1:8000"
FETCHED = datetime(2026, 11, 27, tzinfo=timezone.utc)


def page(article):
    """An article page of the redesigned replica: before 2023 in the older (block) template."""
    site = matra.build_site(redesigned=True)
    site.bind(BASE)
    return site(matra.article_path(article)).body


@pytest.mark.parametrize("article", [a for a in matra.ARTICLES if a["published_at"] < matra.REDESIGNED_ON],
                         ids=lambda a: a["slug"][:30])
def test_an_older_page_is_read_with_the_older_version(article):
    """Dated by what discovery knows (the REST API's `date`), as in a crawl:
    some of these pages state no date in JSON-LD or <meta>."""
    url = BASE + matra.article_path(article)
    hints = {"date": article["published_at"][:19]}
    item = extract_article(page(article), url, MATRA, fetched_at=FETCHED, hints=hints)
    assert item["selector_version"] == f"until-{matra.REDESIGNED_ON}"
    assert item["field_sources"]["title"] == "profile"
    assert item["title"] == article["title"]
    # without the older version its fields fall back to the generic extraction
    current_only = extract_article(page(article), url, replace(MATRA, older_selectors=()), fetched_at=FETCHED,
                                   hints=hints)
    assert current_only["selector_version"] == CURRENT and current_only["field_sources"]["title"] != "profile"


def test_a_page_without_a_stated_date_is_read_with_the_newest_version():
    html = ("<html><body><h1 class='old'>Judul lama</h1><h1 class='new'>Judul baru</h1><div class='entry-content'><p>"
            + "Isi berita yang cukup panjang untuk menjadi paragraf cerita. " * 3 + "</p></div></body></html>")
    item = extract_article(html, "https://x.example/a", PROFILE, fetched_at=FETCHED)
    assert item["selector_version"] == CURRENT and item["title"] == "Judul baru"
    dated = html.replace("<html>", "<html><head><meta property='article:published_time' "
                                   "content='2021-05-01T08:00:00+07:00'></head>")
    item = extract_article(dated, "https://x.example/a", PROFILE, fetched_at=FETCHED)
    assert item["selector_version"] == "until-2023-01-01" and item["title"] == "Judul lama"
