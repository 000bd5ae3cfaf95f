"""Media Lintas Sumatera (Matra), medialintassumatera.net: WordPress.

Known: WordPress (REST API, core sitemaps, feed); the dateline
"(Matra, Jambi) –" and the closing credit "(Matra/AdeSM)."; captions end
"(Foto : Matra/KominfoJambi)." Its theme is not known; these selectors are
WordPress/underscores conventions that most themes keep. Anything they miss
falls back to the generic extraction and is counted in the crawl stats.

Assumed, unconfirmed: articles published before 2023 in an older block
theme (wp-block-post-*), as the replica's redesign shows; that version also
keeps the current selectors, so an older page in the current theme loses
nothing.
"""
from .profile import WORDPRESS_DROP, Listing, Selectors, SelectorVersion, SiteProfile

CURRENT = Selectors(
    scope="article",
    title="h1.entry-title",
    body="div.entry-content",
    published=".entry-meta .posted-on, .entry-meta .entry-date",
    authors=".entry-meta .author",
    categories=".cat-links a[rel~=tag], .cat-links a",
    tags=".tags-links a",
    drop=WORDPRESS_DROP,
)
BLOCK_THEME = Selectors(
    title=f"h1.wp-block-post-title, {CURRENT.title}",
    body=CURRENT.body,   # core's post-content block keeps "entry-content"
    published=f".wp-block-post-date:not(.wp-block-post-date__modified-date), {CURRENT.published}",
    modified=".wp-block-post-date__modified-date",
    authors=f".wp-block-post-author-name, {CURRENT.authors}",
    categories=f".wp-block-post-terms.taxonomy-category a, {CURRENT.categories}",
    tags=f".wp-block-post-terms.taxonomy-post_tag a, {CURRENT.tags}",
    drop=WORDPRESS_DROP,
)

PROFILE = SiteProfile(
    name="matra",
    source_name="Media Lintas Sumatera",
    base_url="https://medialintassumatera.net/",
    # The home page lists every category's news, newest first.
    listings=(Listing("/", "/page/{page}/", item="main article"),),
    dateline_outlets=("Matra",),
    selectors=CURRENT,
    older_selectors=(SelectorVersion("2023-01-01", BLOCK_THEME),),
)
