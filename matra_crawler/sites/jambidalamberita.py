"""Jambi Dalam Berita, jambidalamberita.id: a custom news CMS.

Known: articles /berita/<id>/<slug>; dates "Selasa, 17 Mar 2026
06:31 WIB"; dateline "JAMBIDALAMBERITA.ID, JAMBI –"; closing staff lines
"Reporter : Yudi" / "Editor : Kurniawan"; inline "Baca Juga:" links; the
WhatsApp box "Berita Terkini, Eksklusif di Whatsapp + Gabung" in the text.

Assumed: the news index /indeks?page=N is the listing (no sitemap or feed
known); the class names below (a Bootstrap theme). The dateline, staff lines,
"Baca Juga" and the WhatsApp box are text the shared processing knows, so
they leave the body whatever their markup; authors and editor come from the
staff lines (the page shows no byline), so no authors selector is declared.
"""
from .profile import Listing, Selectors, SiteProfile

PROFILE = SiteProfile(
    name="jambidalamberita",
    source_name="Jambi Dalam Berita",
    base_url="https://jambidalamberita.id/",
    discovery=("listing",),
    listings=(Listing("/indeks", "/indeks?page={page}", page_size=12,
                      item=".news-list .news-item", item_date=".news-date"),),
    article_path=r"^/berita/\d+/[^/]+$",
    selectors=Selectors(
        title="h1.post-title",
        # The lead photo and its caption stand above the text, in the same box.
        body=".post-detail .post-body",
        published=".post-meta .post-date",
        categories=".post-detail .post-category a",
        tags=".post-tags a",
        drop=("script", "style", "iframe", "ins"),
    ),
)
