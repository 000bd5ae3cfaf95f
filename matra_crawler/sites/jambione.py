"""Jambi One, www.jambione.com: behind Cloudflare, read through the browser.

Plain HTTP clients get Cloudflare's challenge ("Just a moment...", 403) on
every page, so render=True: every listing and article request
goes through chromium (scrapy-playwright), which passes the challenge, runs
the page's scripts and hands over the rendered page. render_wait is the
site's footer: real pages have it, the challenge page has not. robots.txt
is fetched plain (Scrapy's middleware): Cloudflare is assumed to serve it;
if it answered with the challenge, Scrapy would read no rules from it.

Known (from public scrapers): the listing /tag/ekonomi?page=N,
items div.latest__item with h2.latest__title a.latest__link, dates in
date.latest__date as "Rabu, 1 April 2026 | 13:12 WIB".

Assumed (unconfirmed), from the same template's article pages as public
scrapers of its sister portals read them: h1.read__title,
div.read__info__date "- Rabu, 1 April 2026 | 13:12 WIB",
div.read__info__author with the author link, article.read__content with
the lead photo as its first figure, ul.tag__list; article URLs
/<rubric>/<numeric id>/<slug> (with or without a "pr-" prefix on the id);
the dateline "JAMBIONE.COM -". Whatever of this is wrong falls back to the
generic extraction, counted in the field-source stats.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="jambione",
    source_name="Jambi One",
    base_url="https://www.jambione.com/",
    # Sitemaps and feeds would come back as chromium's XML viewer; the
    # listing is what public scrapers of the site walk.
    discovery=("listing",),
    listings=(Listing("/tag/ekonomi", "/tag/ekonomi?page={page}",
                      item="div.latest__item", item_date="date.latest__date"),),
    article_path=r"^/[a-z0-9-]+/(?:pr-)?\d{6,}/[a-z0-9-]+/?$",
    selectors=Selectors(
        title="h1.read__title",
        body="article.read__content",
        published="div.read__info__date",
        authors="div.read__info__author a",
        categories="ul.breadcrumb__wrap li:not(:first-child) a",
        tags="ul.tag__list li a",
        drop=("script", "style", "noscript", "iframe", "ins.adsbygoogle", ".ads", ".read__others",
              ".read__related", ".share", ".paging"),
    ),
    render=True,
    render_wait="footer.footer",
)
