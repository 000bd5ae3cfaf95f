"""Jambiseru.com (www.jambiseru.com): WordPress, articles split over pages.

Known: articles split over numbered pages, /berita-jambi/07/08/slug/2;
WordPress (a public copy of its feed carries Yoast's "The post
... appeared first on Jambiseru.com" footer and links /berita/2020/05/11/slug).
So a post is /<category>/[<year>/]<MM>/<DD>/<slug> and its page N is that
plus /N. The spider follows core's wp_link_pages() ("Halaman: 1 2 3") from
the current page to the next, each page once, and exports ONE item, the
pages' text in order; page URLs are never articles of their own.

Assumed: Yoast SEO sitemaps and JSON-LD; a REST API closed to visitors (the
spider then falls back to sitemaps + feed by itself); a JNews-style theme
(the class names below); the dateline "Jambiseru.com, Jambi –". The generic
extraction covers any field these selectors miss.
"""
from .profile import WORDPRESS_DROP, Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="jambiseru",
    source_name="Jambiseru.com",
    base_url="https://www.jambiseru.com/",
    listings=(Listing("/", "/page/{page}/", item=".jeg_main_content .jeg_posts article.jeg_post",
                      item_date=".jeg_meta_date"),),
    # The year is optional (the known form has none, the 2020 copy has one);
    # a page URL (.../slug/2) has one segment more and never matches.
    article_path=r"^/[a-z0-9-]+/(?:\d{4}/)?\d{2}/\d{2}/[^/]+/?$",
    next_page=".post-nav-links .current + a.post-page-numbers",
    selectors=Selectors(
        title="h1.jeg_post_title",
        body=".entry-content .content-inner",
        published=".entry-header .jeg_meta_date",
        authors=".entry-header .jeg_meta_author a",
        categories=".entry-header .jeg_meta_category a",
        tags=".jeg_post_tags a",
        drop=WORDPRESS_DROP + (".jeg_ad", ".jeg_share_button", ".post-nav-links", ".page-links"),
    ),
)
