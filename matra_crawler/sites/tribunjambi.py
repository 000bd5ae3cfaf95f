"""Tribun Jambi, jambi.tribunnews.com: the Tribun network's own CMS.

Known: articles /YYYY/MM/DD/slug without a trailing slash, split
over pages unless ?page=all asks for the whole text (fetch_query: every
article is fetched once, whole, never page by page); the news sitemap
/sitemap-news.xml; listings /kota-jambi-bahagia/artikel/?page=N and
/topic/berita-kota-jambi; the date in div.content-date > time > span; the
body div.side-article.txt-article; dateline "TRIBUNJAMBI.COM, JAMBI -";
byline "Penulis: tribunjambi | Editor: Duanto AS"; the site search
(/search) answers 403 to crawlers, so nothing is discovered through it.

The news sitemap holds only the last two days (Google News rule): a run
whose -a since reaches further back walks the listings too (the spider falls
through when a sitemap does not reach since).

Assumed (unconfirmed), Tribun network conventions: the header credit
#penulis / #editor, h1#arttitle, the breadcrumb's section, tags as
h5.tag links, ads in div.ads-on-body, listing items ul.lsi > li.ptb15.
Whatever of this is wrong falls back to the generic extraction, counted in
the field-source stats.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="tribunjambi",
    source_name="Tribun Jambi",
    base_url="https://jambi.tribunnews.com/",
    discovery=("sitemap", "listing"),
    sitemaps=("sitemap-news.xml",),
    feed="",
    listings=(
        Listing("/kota-jambi-bahagia/artikel/", "/kota-jambi-bahagia/artikel/?page={page}", page_size=20,
                item="ul.lsi > li.ptb15", item_date="time"),
        Listing("/topic/berita-kota-jambi", "/topic/berita-kota-jambi?page={page}", page_size=20,
                item="ul.lsi > li.ptb15", item_date="time"),
    ),
    article_path=r"^/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$",
    fetch_query="page=all",
    text_classes=("txt-article",),
    selectors=Selectors(
        title="h1#arttitle",
        body="div.side-article.txt-article",
        published="div.content-date > time > span",
        authors="#penulis a",
        editor="#editor",
        categories="ul.breadcrumb li + li a",
        tags="div.tagcloud3 h5.tag a",
        drop=("script", "style", "noscript", "iframe", "div.ads-on-body", "div[id^='div-gpt-ad']",
              ".share-box", "#paginga"),
    ),
)
