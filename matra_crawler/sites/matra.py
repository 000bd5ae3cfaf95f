"""Media Lintas Sumatera (Matra), medialintassumatera.net: WordPress.

Theme unknown (sites.md); these selectors are WordPress/underscores
conventions that most themes keep. Anything they miss falls back to the
generic extraction and is counted in the crawl stats.
"""
from .profile import WORDPRESS_DROP, Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="matra",
    source_name="Media Lintas Sumatera",
    base_url="https://medialintassumatera.net/",
    # The home page lists every category's news, newest first.
    listings=(Listing("/", "/page/{page}/", item="main article"),),
    dateline_outlets=("Matra",),
    selectors=Selectors(
        scope="article",
        title="h1.entry-title",
        body="div.entry-content",
        published=".entry-meta .posted-on, .entry-meta .entry-date",
        authors=".entry-meta .author",
        categories=".cat-links a[rel~=tag], .cat-links a",
        tags=".tags-links a",
        drop=WORDPRESS_DROP,
    ),
)
