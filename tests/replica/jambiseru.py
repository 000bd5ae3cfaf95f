"""Replica of Jambiseru.com (www.jambiseru.com): WordPress, multi-page posts.

RECONSTRUCTION, not a capture: the live site is unreachable from here.
Recorded facts reproduced: articles split over numbered pages
(/berita-jambi/07/08/slug/2, its profile), WordPress (a public copy of its feed
shows Yoast's RSS footer "The post ... appeared first on Jambiseru.com |
Update Berita Jambi."). Chosen from those: permalinks
/%category%/%monthnum%/%day%/%postname% without a trailing slash (the form
its profile records; a 2020 copy shows /berita/2020/05/11/slug, so the year
may be in it too), a post split with <!--nextpage--> rendered by core's
wp_link_pages() ("Halaman: 1 2 3", pages at .../slug/2). Assumed: Yoast
SEO (sitemap_index.xml, JSON-LD in UTC, /wp-sitemap.xml redirected to it),
a REST API closed to visitors by a security plugin (401), a JNews-style
theme (class names), the dateline "Jambiseru.com, Jambi –" and an
"Editor: ..." closing line. The articles are invented.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from tests.replica.portals import (NOTICE, PortalSite, attr, esc, excerpt,
                                   expected_item as _expected_item, filler_articles,
                                   format_visible_date, render_paragraphs, slugify, wib)
from tests.replica.server import Response
from tests.replica.wordpress import DAYS, MONTHS, WIB

ORIGIN = "https://www.jambiseru.com/"
SITE_NAME = "Jambiseru.com"
TAGLINE = "Update Berita Jambi"
PER_PAGE = 10      # Settings > Reading
FEED_ITEMS = 10
CLIENT = "ca-pub-0000000000000000"  # deliberately fake
DISABLE_OPTIONS = frozenset({"sitemap", "feed", "listing"})
REST_CLOSED = json.dumps({"code": "rest_cannot_access",
                          "message": "Only authenticated users can access the REST API.",
                          "data": {"status": 401}})


def _dateline(place: str) -> dict:
    return {"raw": f"Jambiseru.com, {place} –", "place": place, "outlet": "Jambiseru.com"}


def _image(name: str, month: str, caption: str, credit: str | None, before: int = 0, attachment: int = 0):
    return {"url": f"/wp-content/uploads/{month}/{name}.jpg", "caption": caption, "credit": credit,
            "render": {"before": before, "attachment_id": attachment}}


# render["pages"]: the paragraph index each page starts at (a post split
# with <!--nextpage-->); absent = one page.
ARTICLES = [
    {
        "id": 91544, "published_at": "2026-11-22T09:12:00+07:00", "modified_at": None,
        "title": "Tiga Hari Jambi Expo, Transaksi UMKM Tembus Rp 3 Miliar",
        "dateline": _dateline("Jambi"), "authors": ["Lia Amelia"], "editor": "Hendra",
        "categories": ["Ekonomi"], "tags": ["Jambi Expo", "UMKM", "Transaksi"],
        "images": [_image("jambi-expo-umkm", "2026/11", "Pengunjung memadati stan UMKM pada hari terakhir Jambi Expo di Kota Jambi.",
                          "Dok/Jambiseru.com", attachment=91545),
                   _image("jambi-expo-kopi", "2026/11", "Stan kopi Kerinci menjadi salah satu yang paling ramai dikunjungi.",
                          "Lia/Jambiseru.com", before=4, attachment=91546)],
        "body_paragraphs": [
            "Gelaran Jambi Expo yang berlangsung selama tiga hari mencatat nilai transaksi pelaku usaha mikro, kecil dan menengah (UMKM) lebih dari Rp 3 miliar. Angka itu melampaui target panitia sebesar Rp 2 miliar.",
            "Ketua panitia, Rahmat Hidayat mengatakan, sebanyak 160 pelaku UMKM dari 11 kabupaten dan kota ikut ambil bagian. Produk yang paling laris antara lain kopi, batik dan olahan ikan.",
            "“Banyak pembeli dari luar daerah yang langsung memesan dalam jumlah besar. Ini bukti produk UMKM Jambi sudah layak bersaing,” ujarnya.",
            "Kopi dan Batik Paling Laris",
            "Stan kopi Kerinci dan Merangin nyaris tidak pernah sepi. Beberapa pelaku usaha kopi mengaku kehabisan stok pada hari kedua pameran.",
            "Sementara itu, perajin batik Jambi menerima pesanan seragam dari sejumlah instansi dan sekolah. Pesanan tersebut harus diselesaikan dalam dua bulan ke depan.",
            "Panitia berencana menambah jumlah stan pada gelaran tahun depan dan membuka kelas pelatihan pemasaran digital bagi pelaku UMKM.",
        ],
        "quirks": ["three_pages", "image_on_page_two", "subheading_h2", "editor_line"],
        "render": {"pages": [0, 3, 5], "subheadings": {3: "h2"}, "ads_after": [1, 4],
                   "closing": ["<p>Editor: Hendra</p>"]},
    },
    {
        "id": 91310, "published_at": "2026-11-14T15:40:00+07:00", "modified_at": "2026-11-14T19:05:00+07:00",
        "title": "Jalan Lintas Sarolangun–Bangko Ambles, Kendaraan Diminta Bergantian",
        "dateline": _dateline("Sarolangun"), "authors": ["Andri Saputra"], "editor": None,
        "categories": ["Berita Jambi"], "tags": ["Jalan Lintas", "Sarolangun", "Longsor"],
        "images": [_image("jalan-ambles-sarolangun", "2026/11", "Petugas memasang rambu di badan jalan lintas Sarolangun–Bangko yang ambles.",
                          "Andri/Jambiseru.com", attachment=91311)],
        "body_paragraphs": [
            "Badan jalan lintas Sarolangun–Bangko di Kecamatan Pauh ambles sepanjang sekitar 20 meter setelah diguyur hujan deras semalaman. Kendaraan kini harus melintas bergantian di satu lajur.",
            "Kasat Lantas Polres Sarolangun mengatakan, petugas disiagakan di kedua sisi jalan untuk mengatur arus kendaraan. Antrean sempat mengular hingga satu kilometer pada siang hari.",
            "Balai Pelaksanaan Jalan Nasional Jambi sudah menurunkan alat berat untuk menimbun bagian jalan yang ambles. Perbaikan sementara ditargetkan selesai dalam tiga hari.",
            "Pengendara diimbau berhati-hati, terutama pada malam hari, karena penerangan di lokasi masih minim.",
        ],
        "quirks": ["two_pages", "updated"],
        "render": {"pages": [0, 2]},
    },
    {
        "id": 90877, "published_at": "2026-10-29T11:25:00+07:00", "modified_at": None,
        "title": "Kenaikan UMP Jambi 2027 Diusulkan 6,5 Persen",
        "dateline": _dateline("Jambi"), "authors": ["Lia Amelia"], "editor": "Hendra",
        "categories": ["Ekonomi"], "tags": ["UMP", "Buruh", "Dewan Pengupahan"],
        "images": [],
        "body_paragraphs": [
            "Dewan Pengupahan Provinsi Jambi mengusulkan kenaikan upah minimum provinsi (UMP) 2027 sebesar 6,5 persen. Usulan tersebut akan diserahkan kepada gubernur untuk ditetapkan.",
            "Perwakilan serikat pekerja dalam dewan pengupahan menilai kenaikan itu masih di bawah harapan buruh yang meminta kenaikan hingga 10 persen.",
            "Sementara itu, perwakilan pengusaha meminta pemerintah mempertimbangkan kondisi industri perkebunan yang tengah menghadapi turunnya harga komoditas.",
            "Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Jambi mengatakan, penetapan UMP dijadwalkan paling lambat pekan depan sesuai ketentuan.",
        ],
        "quirks": ["two_pages", "no_images"],
        "render": {"pages": [0, 2], "closing": ["<p>Editor: Hendra</p>"]},
    },
    {
        "id": 90512, "published_at": "2026-10-06T08:00:00+07:00", "modified_at": None,
        "title": "PSKJ Tumbangkan Tamu dari Riau di Stadion Tri Lomba Juang",
        "dateline": _dateline("Jambi"), "authors": ["Andri Saputra"], "editor": None,
        "categories": ["Olahraga"], "tags": ["PSKJ", "Sepak Bola", "Liga 3"],
        "images": [_image("pskj-menang", "2026/10", "Pemain PSKJ merayakan gol kedua ke gawang tim tamu.",
                          None, attachment=90513)],
        "body_paragraphs": [
            "PSKJ Kota Jambi meraih kemenangan 2-0 atas tamunya dari Riau dalam lanjutan kompetisi Liga 3 zona Sumatera di Stadion Tri Lomba Juang, Kota Jambi.",
            "Dua gol tuan rumah dicetak pada babak kedua melalui sundulan kepala dan tendangan bebas dari luar kotak penalti.",
            "Pelatih PSKJ mengaku puas dengan permainan anak asuhnya, terutama lini belakang yang tidak kebobolan sepanjang pertandingan.",
        ],
        "quirks": ["single_page", "caption_without_credit"],
        "render": {"ads_after": [0]},
    },
    {
        "id": 89973, "published_at": "2026-09-02T20:15:00+07:00", "modified_at": None,
        "title": "Ribuan Warga Ikuti Pawai Obor Sambut Tahun Baru Islam di Muara Bulian",
        "dateline": _dateline("Muara Bulian"), "authors": ["Lia Amelia"], "editor": None,
        "categories": ["Berita Jambi"], "tags": ["Tahun Baru Islam", "Batanghari", "Pawai"],
        "images": [],
        "body_paragraphs": [
            "Ribuan warga Muara Bulian, Kabupaten Batanghari, mengikuti pawai obor menyambut Tahun Baru Islam. Peserta berjalan kaki mengelilingi pusat kota sambil melantunkan selawat.",
            "Pawai diikuti pelajar, santri, majelis taklim dan organisasi kepemudaan dari seluruh kecamatan.",
            "Bupati Batanghari berharap semangat tahun baru Islam menjadi momentum memperkuat persaudaraan di tengah masyarakat.",
        ],
        "quirks": ["single_page", "no_images"],
        "render": {},
    },
    {
        "id": 88640, "published_at": "2026-07-08T10:15:00+07:00", "modified_at": None,
        "title": "Tiga Kandidat Daftar Pemilihan Ketua KONI Provinsi Jambi",
        "dateline": _dateline("Jambi"), "authors": ["Andri Saputra"], "editor": "Hendra",
        "categories": ["Berita Jambi"], "tags": ["KONI", "Olahraga", "Musorprov"],
        "images": [_image("koni-jambi", "2026/07", "Tim penjaringan menerima berkas pendaftaran calon ketua KONI Provinsi Jambi.",
                          "Dok/Jambiseru.com", attachment=88641)],
        "body_paragraphs": [
            "Tiga kandidat mendaftar sebagai calon ketua Komite Olahraga Nasional Indonesia (KONI) Provinsi Jambi periode 2026–2030. Pendaftaran ditutup Selasa sore.",
            "Ketua tim penjaringan mengatakan, ketiga kandidat sudah menyerahkan berkas dukungan dari pengurus cabang olahraga dan KONI kabupaten/kota.",
            "Tim akan memverifikasi berkas selama sepekan sebelum mengumumkan kandidat yang berhak dipilih dalam musyawarah olahraga provinsi.",
            "Sejumlah pengurus cabang olahraga berharap ketua terpilih memberi perhatian lebih pada pembinaan atlet muda menjelang PON berikutnya.",
        ],
        "quirks": ["two_pages", "profile_url_example"],
        "render": {"pages": [0, 2], "closing": ["<p>Editor: Hendra</p>"]},
    },
    {
        "id": 87102, "published_at": "2026-04-17T13:45:00+07:00", "modified_at": None,
        "title": "Kerinci Bersiap Sambut Ribuan Pendaki Gunung Kerinci",
        "dateline": _dateline("Kerinci"), "authors": ["Lia Amelia"], "editor": None,
        "categories": ["Berita Jambi"], "tags": ["Gunung Kerinci", "Wisata", "Pendakian"],
        "images": [],
        "body_paragraphs": [
            "Balai Besar Taman Nasional Kerinci Seblat bersiap menyambut ribuan pendaki yang akan mendaki Gunung Kerinci pada musim libur sekolah.",
            "Kuota pendakian dibatasi 300 orang per hari untuk menjaga kelestarian kawasan dan keselamatan pendaki.",
            "Pendaki wajib mendaftar secara daring dan membawa kembali sampah yang dihasilkan selama pendakian.",
        ],
        "quirks": ["single_page", "oldest"],
        "render": {},
    },
]

AUTHORS = ["Lia Amelia", "Andri Saputra"]
CATEGORY_OF_TOPIC = {"Ekonomi": "Ekonomi"}  # the rest is local news: "Berita Jambi"


def _filler() -> list[dict]:
    articles = filler_articles(16, newest=datetime(2026, 11, 25, 16, 0, tzinfo=WIB), every=timedelta(days=11),
                               first_id=91900, offset=4)
    for n, article in enumerate(articles):
        written, place = article.pop("place")
        article.update(dateline=_dateline(place), authors=[AUTHORS[n % 2]], editor=None)
        article["categories"] = [CATEGORY_OF_TOPIC.get(article["categories"][0], "Berita Jambi")]
        article["id"] = 91900 - n * 37
    return articles


def site_articles() -> list[dict]:
    return [{**spec, "slug": slugify(spec["title"])} for spec in ARTICLES] + _filler()


def page_starts(article: dict) -> list[int]:
    return article.get("render", {}).get("pages", [0])


class JambiseruSite(PortalSite):
    origin = ORIGIN
    name = SITE_NAME
    image_prefixes = ("/wp-content/uploads/",)

    def __init__(self, articles, *, now=None, disable=()):
        unknown = set(disable) - DISABLE_OPTIONS
        if unknown:
            raise ValueError(f"unknown endpoints to disable: {sorted(unknown)}")
        super().__init__(articles, now=now, disable=disable)

    def article_path(self, article: dict) -> str:
        day = wib(article["published_at"])
        return f"/{slugify(article['categories'][0])}/{day:%m/%d}/{article['slug']}"

    def page_url(self, article: dict, page: int) -> str:
        return self.article_url(article) + (f"/{page}" if page > 1 else "")

    # ------------------------------------------------------------ routing
    def route(self, path: str, query: dict) -> Response | None:
        if path.startswith("/wp-json") or (path == "/" and "rest_route" in query):
            return Response.text(REST_CLOSED, "application/json; charset=UTF-8", status=401)
        if path in ("/wp-sitemap.xml", "/sitemap.xml") and "sitemap" not in self.disable:
            return Response.redirect(self.url("/sitemap_index.xml"))   # Yoast takes over core's sitemap
        if path.endswith(".xml") and "sitemap" not in self.disable:
            return self.sitemap(path)
        if path in ("/feed/", "/feed") and "feed" not in self.disable:
            return self.feed() if path.endswith("/") else Response.redirect(self.url("/feed/"))
        if path == "/":
            return Response.text(self.home(1))
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "page" and parts[1].isdigit() and "listing" not in self.disable:
            page = int(parts[1])
            if page <= 1:
                return Response.redirect(self.url("/"))
            return Response.text(self.home(page)) if (page - 1) * PER_PAGE < len(self.articles) else None
        if len(parts) in (4, 5):
            article = self.by_path.get("/" + "/".join(parts[:4]))
            if article is None:
                return None
            page = int(parts[4]) if len(parts) == 5 and parts[4].isdigit() else 1
            pages = len(page_starts(article))
            # WordPress's canonical redirect: no trailing slash, no /1, no page past the last.
            if path.endswith("/") or (len(parts) == 5 and not 2 <= page <= pages):
                return Response.redirect(self.page_url(article, min(max(page, 1), pages)))
            return Response.text(self.article_page(article, page))
        return None

    # ------------------------------------------------------------ sitemaps and feed
    def xml(self, text: str) -> Response:
        return Response.text('<?xml version="1.0" encoding="UTF-8"?>'
                             f"<!-- {NOTICE.format(origin=ORIGIN)} -->\n" + text, "text/xml; charset=UTF-8")

    def modified(self, article: dict) -> datetime:
        return wib(article.get("modified_at") or article["published_at"])

    def sitemap(self, path: str) -> Response | None:
        utc = timezone.utc
        newest = max(self.modified(a) for a in self.articles).astimezone(utc).isoformat()
        if path == "/sitemap_index.xml":
            maps = "".join(f"<sitemap><loc>{self.url('/' + name)}</loc><lastmod>{newest}</lastmod></sitemap>"
                           for name in ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml",
                                        "author-sitemap.xml"))
            return self.xml(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>')
        if path == "/post-sitemap.xml":
            oldest_first = sorted(self.articles, key=self.modified)
            urls = "".join(
                f"<url><loc>{self.article_url(a)}</loc><lastmod>{self.modified(a).astimezone(utc).isoformat()}</lastmod>"
                + "".join(f"<image:image><image:loc>{self.url(i['url'])}</image:loc></image:image>" for i in a["images"])
                + "</url>" for a in oldest_first)
            return self.xml('<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        if path == "/page-sitemap.xml":
            urls = "".join(f"<url><loc>{self.url(p)}</loc></url>" for p in ("/redaksi/", "/pedoman-media-siber/"))
            return self.xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        if path == "/category-sitemap.xml":
            names = sorted({a["categories"][0] for a in self.articles})
            urls = "".join(f"<url><loc>{self.url('/category/' + slugify(n) + '/')}</loc></url>" for n in names)
            return self.xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        if path == "/author-sitemap.xml":
            urls = "".join(f"<url><loc>{self.url('/author/' + slugify(n) + '/')}</loc></url>" for n in AUTHORS)
            return self.xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        return None

    def feed(self) -> Response:
        items = []
        for article in self.articles[:FEED_ITEMS]:
            url = self.article_url(article)
            starts = page_starts(article)   # the feed carries the first page, as WordPress does
            first_page = "\n".join(render_paragraphs(article, image_html=self.image_html,
                                                     stop=starts[1] if len(starts) > 1 else None))
            footer = (f'<p>The post <a href="{url}">{esc(article["title"])}</a> appeared first on '
                      f'<a href="{self.url("/")}">{SITE_NAME} | {TAGLINE}</a>.</p>')
            items.append(
                f"<item><title>{esc(article['title'])}</title><link>{url}</link>"
                f"<dc:creator><![CDATA[{article['authors'][0]}]]></dc:creator>"
                f"<pubDate>{format_datetime(wib(article['published_at']).astimezone(timezone.utc))}</pubDate>"
                + "".join(f"<category><![CDATA[{c}]]></category>" for c in article["categories"] + article["tags"])
                + f'<guid isPermaLink="false">{self.url("/?p=" + str(article["id"]))}</guid>'
                f"<description><![CDATA[{excerpt(article, 40)}]]></description>"
                f"<content:encoded><![CDATA[{first_page}{footer}]]></content:encoded></item>")
        channel = (f"<title>{SITE_NAME}</title><atom:link href=\"{self.url('/feed/')}\" rel=\"self\" "
                   f"type=\"application/rss+xml\" /><link>{self.url('/')}</link><description>{TAGLINE}</description>"
                   "<language>id</language><generator>https://wordpress.org/?v=6.6.2</generator>")
        return Response.text('<?xml version="1.0" encoding="UTF-8"?>'
                             f"<!-- {NOTICE.format(origin=ORIGIN)} -->"
                             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
                             f"<channel>{channel}{''.join(items)}</channel></rss>",
                             "application/rss+xml; charset=UTF-8")

    # ------------------------------------------------------------ pages
    def visible_date(self, article: dict) -> str:
        return format_visible_date(wib(article["published_at"]), "wp_default")   # 8 Juli 2026

    def block_post(self, article: dict) -> str:
        """A JNews block item (home page, related posts)."""
        url = self.article_url(article)
        thumb = ""
        if article["images"]:
            thumb = (f'<div class="jeg_thumb"><a href="{url}"><div class="thumbnail-container"><img width="350" height="250" '
                     f'src="{self.url(article["images"][0]["url"].replace(".jpg", "-350x250.jpg"))}" '
                     f'class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt="" loading="lazy"></div></a></div>')
        return (f'<article class="jeg_post jeg_pl_lg_2 format-standard">{thumb}<div class="jeg_postblock_content">'
                f'<h3 class="jeg_post_title"><a href="{url}">{esc(article["title"])}</a></h3>'
                f'<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">oleh</span> '
                f'<a href="{self.url("/author/" + slugify(article["authors"][0]) + "/")}">{esc(article["authors"][0])}</a></div>'
                f'<div class="jeg_meta_date"><a href="{url}"><i class="fa fa-clock-o"></i> {self.visible_date(article)}</a></div></div>'
                f'<div class="jeg_post_excerpt"><p>{esc(excerpt(article, 25))}</p></div></div></article>')

    def home(self, page: int) -> str:
        pages = -(-len(self.articles) // PER_PAGE)
        chunk = self.articles[(page - 1) * PER_PAGE: page * PER_PAGE]
        nav = "".join(
            f'<span class="page_number active">{n}</span>' if n == page else
            f'<a class="page_number" href="{self.url("/" if n == 1 else f"/page/{n}/")}">{n}</a>'
            for n in range(1, pages + 1))
        if page < pages:
            nav += f'<a class="page_nav next" href="{self.url(f"/page/{page + 1}/")}"><span class="navtext">Selanjutnya</span></a>'
        main = (f'<div class="jeg_main_content col-md-8"><div class="jeg_block_heading"><h3 class="jeg_block_title">'
                f'<span>Berita Terbaru</span></h3></div><div class="jeg_posts jeg_load_more_flag">'
                f'{"".join(self.block_post(a) for a in chunk)}</div>'
                f'<div class="jeg_navigation jeg_pagination jeg_pagenav_1">{nav}</div></div>')
        title = f"{SITE_NAME} | {TAGLINE}" + (f" - Halaman {page} dari {pages}" if page > 1 else "")
        return self.document(title, main + self.sidebar(), f'<link rel="canonical" href="{self.url("/" if page == 1 else f"/page/{page}/")}">')

    def sidebar(self, exclude=None) -> str:
        popular = [a for a in self.articles if a is not exclude][3:8]
        items = "".join(self.block_post(a) for a in popular)
        return (f'<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21">'
                f'<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Terpopuler</span></h3></div>'
                f'<div class="jeg_posts">{items}</div></div></div>')

    def image_html(self, image: dict, number: int) -> str:
        attachment = image["render"].get("attachment_id", 1000 + number)
        caption = image["caption"] + (f" (Foto: {image['credit']})" if image.get("credit") else "")
        src = self.url(image["url"])
        return (f'<figure id="attachment_{attachment}" aria-describedby="caption-attachment-{attachment}" '
                f'style="width: 750px" class="wp-caption aligncenter"><img decoding="async" class="size-full '
                f'wp-image-{attachment}" src="{src}" alt="" width="750" height="500" srcset="{src} 750w, '
                f'{src.replace(".jpg", "-300x200.jpg")} 300w" sizes="(max-width: 750px) 100vw, 750px" />'
                f'<figcaption id="caption-attachment-{attachment}" class="wp-caption-text">{esc(caption)}</figcaption></figure>')

    def ad_html(self, number: int) -> str:
        return (f'<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center">'
                f'<ins class="adsbygoogle" style="display:block" data-ad-client="{CLIENT}" data-ad-slot="{5100000000 + number}" '
                'data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>')

    def page_links(self, article: dict, page: int) -> str:
        """wp_link_pages() with core's defaults, id_ID."""
        pages = len(page_starts(article))
        if pages == 1:
            return ""
        links = " ".join(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page else
                         f'<a href="{self.page_url(article, n)}" class="post-page-numbers">{n}</a>'
                         for n in range(1, pages + 1))
        return f'<p class="post-nav-links">Halaman: {links}</p>'

    def jsonld(self, article: dict, url: str) -> str:
        base = self.url("/")
        published = wib(article["published_at"]).astimezone(timezone.utc).isoformat()
        modified = self.modified(article).astimezone(timezone.utc).isoformat()
        graph = [
            {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": article["authors"][0], "@id": f"{base}#/schema/person/{slugify(article['authors'][0])}"},
             "headline": article["title"], "datePublished": published, "dateModified": modified,
             "mainEntityOfPage": {"@id": url}, "publisher": {"@id": f"{base}#organization"},
             "keywords": article["tags"], "articleSection": article["categories"], "inLanguage": "id"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{article['title']} - {SITE_NAME}",
             "datePublished": published, "dateModified": modified, "inLanguage": "id"},
            {"@type": "Organization", "@id": f"{base}#organization", "name": SITE_NAME, "url": base},
            {"@type": "Person", "@id": f"{base}#/schema/person/{slugify(article['authors'][0])}",
             "name": article["authors"][0], "url": self.url("/author/" + slugify(article["authors"][0]) + "/")},
        ]
        text = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        return f'<script type="application/ld+json" class="yoast-schema-graph">{text}</script>'

    def article_page(self, article: dict, page: int) -> str:
        starts = page_starts(article) + [len(article["body_paragraphs"])]
        first_url = self.article_url(article)
        url = self.page_url(article, page)   # Yoast: each page is its own canonical
        blocks = render_paragraphs(article, image_html=self.image_html, ad_html=self.ad_html,
                                   start=starts[page - 1], stop=starts[page])
        pages = len(starts) - 1
        author = article["authors"][0]
        category = article["categories"][0]
        modified = article.get("modified_at")
        head = (f'<link rel="canonical" href="{url}">'
                f'<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{attr(article["title"])} - {SITE_NAME}">'
                f'<meta property="og:description" content="{attr(excerpt(article))}">'
                f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{SITE_NAME}">'
                f'<meta property="article:published_time" content="{wib(article["published_at"]).astimezone(timezone.utc).isoformat()}">')
        if modified:
            head += f'<meta property="article:modified_time" content="{wib(modified).astimezone(timezone.utc).isoformat()}">'
        if article["images"]:
            head += f'<meta property="og:image" content="{self.url(article["images"][0]["url"])}">'
        head += (f'<meta name="author" content="{attr(author)}">' + self.jsonld(article, url))
        featured = ""
        if article["images"]:   # the theme shows the first photo again, without its caption
            featured = (f'<div class="jeg_featured featured_image"><a href="{self.url(article["images"][0]["url"])}">'
                        f'<div class="thumbnail-container"><img width="750" height="375" src="{self.url(article["images"][0]["url"])}" '
                        'class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt="" fetchpriority="high"></div></a></div>')
        tags = "".join(f'<a href="{self.url("/tag/" + slugify(t) + "/")}" rel="tag">{esc(t)}</a>' for t in article["tags"])
        related = [a for a in self.articles if a is not article and a["categories"] == article["categories"]][:3]
        main = f"""<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="{self.url('/')}">Beranda</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{self.url('/category/' + slugify(category) + '/')}">{esc(category)}</a></span></div></div>
<div class="entry-header">
  <h1 class="jeg_post_title">{esc(article["title"])}</h1>
  <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">
    <div class="jeg_meta_author"><span class="meta_text">oleh</span> <a href="{self.url('/author/' + slugify(author) + '/')}">{esc(author)}</a></div>
    <div class="jeg_meta_date"><a href="{first_url}">{self.visible_date(article)}</a></div>
    <div class="jeg_meta_category"><span><span class="meta_text">di</span> <a href="{self.url('/category/' + slugify(category) + '/')}" rel="category tag">{esc(category)}</a></span></div>
  </div><div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
</div>
{featured}
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u={first_url}" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share</span></a><a href="https://api.whatsapp.com/send?text={first_url}" class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a></div></div></div>
<div class="entry-content no-share">
  <div class="content-inner">
{chr(10).join(blocks)}
{self.page_links(article, page)}
  </div>
</div>
<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Berita Terkait</span></h3></div><div class="jeg_posts">{"".join(self.block_post(a) for a in related)}</div></div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="{self.url('/wp-comments-post.php')}" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div>
</div></div>"""
        title = article["title"] + (f" - Halaman {page} dari {pages}" if page > 1 else "") + f" - {SITE_NAME}"
        return self.document(title, main + self.sidebar(article), head,
                             body_class=f"post-template-default single single-post postid-{article['id']} jeg_single_tpl_1")

    def document(self, title: str, body: str, head: str = "", body_class: str = "home blog") -> str:
        now = self.clock()
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        menu = "".join(f'<li class="menu-item"><a href="{self.url("/category/" + s + "/")}">{n}</a></li>'
                       for s, n in (("berita-jambi", "Berita Jambi"), ("ekonomi", "Ekonomi"), ("olahraga", "Olahraga")))
        return f"""<!doctype html>
<!-- {NOTICE.format(origin=ORIGIN)} -->
<html lang="id-ID">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{head}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Feed" href="{self.url('/feed/')}" />
<link rel='stylesheet' id='jnews-frontend-css' href='{self.url('/wp-content/themes/jnews/assets/dist/frontend.min.css')}' media='all' />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={CLIENT}" crossorigin="anonymous"></script>
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal">
  <div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_item jeg_top_date">{today}</div></div></div>
  <div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_logo jeg_desktop_logo"><a href="{self.url('/')}"><img class="jeg_logo_img" src="{self.url('/wp-content/uploads/2024/01/logo-jambiseru.png')}" alt="{SITE_NAME}"></a></div></div></div>
  <div class="jeg_bottombar jeg_navbar jeg_container"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu"><li class="menu-item"><a href="{self.url('/')}">Beranda</a></li>{menu}</ul></div></div></div>
</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content"><div class="container"><div class="row">
{body}
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="container"><p class="copyright">&copy; {now.year} {SITE_NAME} - {TAGLINE}</p>
<ul class="jeg_menu_footer"><li><a href="{self.url('/redaksi/')}">Redaksi</a></li><li><a href="{self.url('/pedoman-media-siber/')}">Pedoman Media Siber</a></li></ul></div></div></div>
</div>
<script src="{self.url('/wp-content/themes/jnews/assets/dist/frontend.min.js')}"></script>
</body>
</html>
"""


def build_site(disable=(), now=None) -> JambiseruSite:
    return JambiseruSite(site_articles(), now=now, disable=disable)


def expected_item(site: JambiseruSite, article: dict) -> dict:
    return _expected_item(article, site.article_url(article), site.base_url)


def find(site: JambiseruSite, quirk: str) -> dict:
    return next(a for a in site.articles if quirk in a.get("quirks", ()))
