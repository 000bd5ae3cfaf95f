"""Antara Jambi, jambi.antaranews.com: the Antara news agency's regional CMS.

Known: articles /berita/<id>/<slug> with AMP twins
/amp/berita/<id>/<slug>; listings /terkini/<n>; datelines "Jambi (ANTARA) -"
and the older "Jambi (ANTARA Jambi) -"; the footer "Pewarta: ... Editor :
..."; the national theme's .wrap__article-detail-title and
.wrap__article-detail-content.post-content, from which public scrapers drop
.baca-juga and .text-muted.

AMP twins are no articles here (article_path): a listing that links a story
twice, once as AMP, yields it once, and the reduced AMP page is never
fetched. (An article linked ONLY as AMP would be missed.)

The footer credits are .text-muted lines inside the body container: the
body drops them, the byline and editor selectors read them first (the
extraction reads the body last): "Pewarta: A dan B" gives the authors,
"Editor : X" the editor. Assumed: the agency's no-crawling notice after it
is a .text-muted div, not a <p>, so it is no byline.

Assumed (unconfirmed): listing cards article.card__post with their date in
.card__post__author-info (the /terkini listing is the only source known;
no sitemap or feed is recorded); the date line in .wrap__article-detail-info;
breadcrumbs; tags in .blog-tags. Whatever of this is wrong falls back to the
generic extraction, counted in the field-source stats.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="antarajambi",
    source_name="ANTARA Jambi",
    base_url="https://jambi.antaranews.com/",
    discovery=("listing",),
    listings=(Listing("/terkini", "/terkini/{page}", page_size=10, item="article.card__post",
                      item_date=".card__post__author-info span"),),
    article_path=r"^/berita/\d+/[a-z0-9-]+/?$",
    dateline_outlets=("ANTARA",),
    selectors=Selectors(
        title=".wrap__article-detail-title",
        body=".wrap__article-detail-content.post-content",
        published=".wrap__article-detail-info span",
        authors=".wrap__article-detail-content p.text-muted",
        editor=".wrap__article-detail-content p.text-muted",
        categories="ul.breadcrumbs li + li a",
        tags=".blog-tags li a",
        drop=("script", "style", "noscript", "iframe", "ins.adsbygoogle", ".ads_antara_inside",
              ".baca-juga", ".text-muted"),
    ),
)
