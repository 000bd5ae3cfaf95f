"""Jamberita, jamberita.com: a custom PHP news CMS.

Known: articles /read/2026/01/11/5986506/slug/ (the day is in
the URL); the glued dateline "JAMBERITA.COM–"; the text ends "(*)" and
related headlines follow in the same box (the shared boilerplate rules cut
them, and the credit step drops the marker). Photos live under
/foto_berita/YYYY/MM/DD/.

Assumed: the news index /indeks paged by offset (/indeks/15, /indeks/30);
its list items carry no parseable date, so the URL's day dates them for the
-a since stop; the byline "Penulis: ..." and the class names below. Fields
an assumed selector misses fall back to the generic extraction (meta
article:published_time, og:title) and are counted in the crawl stats.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="jamberita",
    source_name="Jamberita",
    base_url="https://jamberita.com/",
    discovery=("listing",),
    # Only the index list: the sidebar's older "Terpopuler" links must not
    # date the page (it would end the -a since walk early).
    listings=(Listing("/indeks", "/indeks/{offset}", page_size=15, item="ul.indeks-list li"),),
    article_path=r"^/read/\d{4}/\d{2}/\d{2}/\d+/[^/]+/?$",
    selectors=Selectors(
        title="h1.detail-judul",
        body="div.detail-isi",
        published=".detail-info .tanggal",
        authors=".detail-info .penulis a",
        categories=".detail-kategori a",
        tags=".tag-berita a",
        drop=("script", "style", "iframe", "ins", ".iklan-dalam"),
    ),
)
