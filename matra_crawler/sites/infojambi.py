"""INFOJAMBI.COM (infojambi.com): platform unconfirmed, ASSUMED WordPress.

Known: the dateline "INFOJAMBI.COM —" (em dash, no place; the
shared dateline rules read it), the closing "PENULIS : ... EDITOR : ..."
line (the shared credit rules take it into authors/editor), and many
"Baca Juga:" links inside the text: a paragraph of their own or glued to a
paragraph's end (the shared boilerplate rules cut both), or a box, dropped
here by its class before the text is read.

Assumed, unconfirmed: WordPress (no platform is known; the registry
guesses it too), theme and permalinks unknown. So the profile uses the
WordPress conventions of the generic profile (sites/wordpress.py: classic
template tags, core blocks, JNews, tagDiv; any permalink form) and
WordPress discovery: REST API, then sitemaps + feed, then the home listing
/page/N/ as the fallback. Were infojambi no WordPress site at all, REST and
the WordPress sitemaps would fail, a generic sitemap.xml or the listing's
page-1 whole-page read would still find article links, and each field
would fall back to the generic extraction; the field-source stats
(template drift) would say so the next morning.
"""
from .profile import Listing, SiteProfile
from .wordpress import ARTICLE_PATH, LISTING_DATE, LISTING_ITEM, SELECTORS

PROFILE = SiteProfile(
    name="infojambi",
    source_name="INFOJAMBI.COM",
    base_url="https://infojambi.com/",
    listings=(Listing("/", "/page/{page}/", item=LISTING_ITEM, item_date=LISTING_DATE),),
    article_path=ARTICLE_PATH,
    # The "Baca Juga" boxes go with every WordPress profile's drop list.
    selectors=SELECTORS,
)
