"""Jambi Update, jambiupdate.co: a custom news CMS.

Known: category listings /kategori/bisnis/N; listing cards dated
relatively ("21 Jam yang lalu") in span.post-author; articles dated
absolutely ("Rabu, 04 Februari 2026 - 16:20:18 WIB") in div.author.

Assumed: N is a page number and page 1 is /kategori/bisnis; a second
category /kategori/daerah/N pages the same way; articles live at
/artikel/<id>/<slug>; the title is h1.detail-title and the text plus lead
photo sit in div.detail-body. No sitemap or feed is known, so listings are
the only source. Relative listing dates serve the -a since stop only; an
item's published_at always comes from the article page. Where an assumed
selector misses, the generic extraction takes over and the crawl stats
count it (template-drift monitor).
"""
from .profile import Listing, Selectors, SiteProfile

_CARD = dict(page_size=10, item=".list-berita .post-item", item_date="span.post-author")

PROFILE = SiteProfile(
    name="jambiupdate",
    source_name="Jambi Update",
    base_url="https://jambiupdate.co/",
    discovery=("listing",),
    listings=(
        Listing("/kategori/bisnis", "/kategori/bisnis/{page}", **_CARD),
        Listing("/kategori/daerah", "/kategori/daerah/{page}", **_CARD),
    ),
    article_path=r"^/artikel/\d+/[^/]+$",
    selectors=Selectors(
        title="h1.detail-title",
        body="div.detail-body",
        published="div.author",
        authors="div.author a[href*='/penulis/']",
        categories="ol.breadcrumb a[href*='/kategori/']",
        tags=".detail-tags a",
        drop=("script", "style", "ins", "iframe", ".ads-inarticle", ".detail-tags", ".share-box"),
    ),
)
