"""Jambi Ekspres, jambiekspres.disway.id: the Disway news platform.

Known: the category listing /kategori/ekonomi paged by offset
(/kategori/ekonomi/30, /60: 30 a page), items div.media-content
h2.media-heading a, dates div.post-info span.date as "Minggu
12-04-2026,10:07 WIB" (day first). The listing is the only source
recorded, so it is the only one used, and only the Ekonomi category is
walked: add a Listing per category as more are learned.

Assumed (unconfirmed), Disway conventions: articles /read/<id>/<slug> (a
/<category>/read/... form is accepted too); on the article h1.post-title,
div.post-info with "Reporter:" / "Editor:" and the same date line,
div.post-content, uppercase "BACA JUGA:" links; the dateline "JAMBI,
JAMBIEKSPRES.DISWAY.ID -". Whatever of this is wrong falls back to the
generic extraction, counted in the field-source stats.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="jambiekspres",
    source_name="Jambi Ekspres",
    base_url="https://jambiekspres.disway.id/",
    discovery=("listing",),
    listings=(Listing("/kategori/ekonomi", "/kategori/ekonomi/{offset}", page_size=30,
                      item="div.media-content", item_date="div.post-info span.date"),),
    article_path=r"^/(?:[a-z0-9-]+/)?read/\d+/[a-z0-9-]+/?$",
    selectors=Selectors(
        title="h1.post-title",
        body="div.post-content",
        published="div.post-info span.date",
        authors="div.post-info .reporter a",
        editor="div.post-info .editor",
        categories="ol.breadcrumb li + li a",
        tags="div.tag-list a",
        drop=("script", "style", "noscript", "iframe", "ins.adsbygoogle", "div.ads-content", ".share"),
    ),
)
