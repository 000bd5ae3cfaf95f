"""DETAIL.ID (detail.id): WordPress, month permalinks, short links.

Known: WordPress, with `?p=94205` short links and
/%year%/%monthnum%/%postname%/ permalinks (/2023/09/slug); the dateline
"DETAIL.ID, Jambi –"; a closing "Reporter: ..." line (the shared credit
rules take it, and an "Editor:" line, into authors/editor); the section
label above the title.

Short links are never taken for articles: every source WordPress offers
(REST `link`, sitemaps, the feed's <link>, listing cards) names the
permalink, while /?p=ID is the same post under another identity key
(urls.canonical_url keeps the `p` parameter, since only a fetch can tell
which post it is). Taking both would fetch a post twice; the path "/" of a
short link is no article path, so the spider leaves them alone.

Assumed (no theme is known): a classic "_s"-style news theme, whose
template tags print h1.entry-title, div.entry-content, .entry-meta
.posted-on / .author, .cat-links and .tags-links, the section label being
a separate element above the h1 (so not read into the title). Discovery is
WordPress's: REST API, then core sitemaps + feed, then the home listing.
Every field these selectors miss falls back to the generic extraction,
counted in the field-source stats (template drift).
"""
from .profile import WORDPRESS_DROP, Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="detailid",
    source_name="DETAIL.ID",
    base_url="https://detail.id/",
    # Month permalinks carry no day, so listing cards date the since-bound walk.
    listings=(Listing("/", "/page/{page}/", item="main article", item_date="time.published"),),
    # A slug has a letter: /2024/01/02/ (a day archive) is no post.
    article_path=r"^/\d{4}/\d{2}/[a-z0-9-]*[a-z][a-z0-9-]*/?$",
    selectors=Selectors(
        scope="article",
        title="h1.entry-title",
        body="div.entry-content",
        published=".entry-meta .posted-on",
        authors=".entry-meta .author",
        categories=".cat-links a",
        tags=".tags-links a",
        drop=WORDPRESS_DROP,
    ),
)
