"""Replica of Jambi Ekspres (jambiekspres.disway.id), Disway news platform.

RECONSTRUCTION, not a capture: no machine here reaches the live site. What
what is known of the site records is reproduced as recorded: the category
listing /kategori/ekonomi paged by OFFSET (/kategori/ekonomi/30, /60: 30
items a page), listing items div.media-content h2.media-heading a, and dates
in div.post-info span.date written day first as "Minggu 12-04-2026,10:07
WIB". The rest is assumed from the Disway platform's public conventions:
articles /read/<id>/<slug>, the article's div.post-info with
"Reporter:" / "Editor:" and the same date, the body div.post-content with
uppercase "BACA JUGA:" links and the closing "Cek Berita dan Artikel yang
lain di Google News", JSON-LD NewsArticle, the lead photo above the body,
and the dateline "JAMBI, JAMBIEKSPRES.DISWAY.ID -" (the place before the
host, as Disway's portals write it). Every page says so in a comment; every
response carries X-Replica. The articles are invented, the people fictional.

What the crawler must cope with:
- Pages of the listing are offsets, not page numbers: /kategori/ekonomi/30
  is the second page; 42 articles need it.
- Day-first numeric dates with a comma before the time, no space.
- Page 1 opens with a "Headline" slider of older featured stories outside
  the list (they are listed again where their date puts them).
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from tests.replica.portals import (DAYS, WIB, PortalSite, attr as _e, expected_item as portal_expected_item,
                                   filler_articles, slugify)
from tests.replica.server import Response

ORIGIN = "https://jambiekspres.disway.id"
NOTICE = ("RECONSTRUCTION: local replica of https://jambiekspres.disway.id/ for matra_crawler's tests "
          "(tests/replica/jambiekspres.py). Disway markup reconstructed from its profile's notes and public "
          "conventions; not a capture of the live site.")
CATEGORY = "/kategori/ekonomi"
PAGE_SIZE = 30
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=WIB)
HOST = "JAMBIEKSPRES.DISWAY.ID"


def _dateline(written: str | None, place: str | None) -> dict:
    if written is None:
        return {"raw": f"{HOST} -", "place": None, "outlet": HOST}
    return {"raw": f"{written}, {HOST} -", "place": place, "outlet": HOST}


def _lead(article_id: int, name: str) -> dict:
    # Photos live on the site itself; the lead photo's caption stands above the body.
    return {"url": f"/upload/{article_id % 97:02d}/{name}", "caption": None, "credit": None}


ARTICLES = [
    {
        "id": 712904,
        "slug": "inflasi-provinsi-jambi-oktober-2026-terkendali-harga-cabai-jadi-penyumbang-utama",
        "title": "Inflasi Provinsi Jambi Oktober 2026 Terkendali, Harga Cabai Jadi Penyumbang Utama",
        "published_at": "2026-11-20T10:07:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "reporter": "Dodi Saputra", "authors": ["Dodi Saputra"], "editor": "Ira Purnama",
        "images": [_lead(712904, "inflasi-jambi-oktober.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["inflasi", "BPS Jambi", "harga cabai"],
        "body_paragraphs": [
            "Badan Pusat Statistik (BPS) Provinsi Jambi mencatat inflasi tahunan Provinsi Jambi pada Oktober 2026 sebesar 2,31 persen, masih dalam rentang sasaran inflasi nasional.",
            "Kepala BPS Provinsi Jambi, Agus Sudibyo mengatakan, kelompok makanan, minuman dan tembakau menjadi penyumbang inflasi terbesar, terutama dari komoditas cabai merah dan bawang merah.",
            "\"Cabai merah masih menjadi penyumbang utama karena pasokan dari sentra produksi berkurang akibat curah hujan tinggi,\" ujarnya saat rilis resmi di kantornya.",
            "Sementara itu, komoditas yang menahan laju inflasi antara lain bensin dan tarif angkutan udara yang turun dibanding bulan sebelumnya.",
            "Pemerintah daerah bersama Bank Indonesia, kata dia, terus menggelar operasi pasar dan gerakan menanam cabai di pekarangan untuk menjaga pasokan.",
        ],
        "quirks": ["newest", "baca_juga_upper", "google_news_line", "headline_slider"],
        "render": {"baca_juga": [1, 3], "featured": True},
    },
    {
        "id": 712811,
        "slug": "harga-karet-di-batanghari-naik-petani-mulai-kembali-menyadap",
        "title": "Harga Karet di Batanghari Naik, Petani Mulai Kembali Menyadap",
        "published_at": "2026-11-19T07:45:00+07:00",
        "modified_at": "2026-11-19T13:20:00+07:00",
        "dateline": _dateline("MUARA BULIAN", "Muara Bulian"),
        "reporter": "Hendri Yanto", "authors": ["Hendri Yanto"], "editor": "Ira Purnama",
        "images": [_lead(712811, "karet-batanghari.jpg"),
                   {"url": "/upload/88/petani-karet-menyadap.jpg",
                    "caption": "Petani menyadap karet di Desa Bulian Jaya, Kabupaten Batanghari, Rabu (18/11/2026).",
                    "credit": "Hendri/Jambi Ekspres"}],
        "categories": ["Ekonomi"],
        "tags": ["karet", "Batanghari"],
        "body_paragraphs": [
            "Harga karet di tingkat petani di Kabupaten Batanghari naik dalam dua pekan terakhir. Di sejumlah desa, karet mingguan kini dibeli pengepul Rp 11.500 per kilogram.",
            "Kenaikan harga itu membuat petani yang sempat berhenti menyadap kembali ke kebun. Sebelumnya harga karet sempat bertahan di bawah Rp 9.000 per kilogram.",
            "\"Kalau harga terus begini, kami semangat lagi menyadap. Kemarin-kemarin lebih baik cari kerja lain,\" kata Sulaiman, petani di Kecamatan Muara Bulian.",
            "Dinas Perkebunan Batanghari mengimbau petani menjaga kebersihan bokar agar kadar karet kering tetap tinggi dan harga tidak dipotong pabrik.",
        ],
        "quirks": ["dateline_muara_bulian", "updated", "body_photo"],
        "render": {"body_image_before": 2},
    },
    {
        "id": 712650,
        "slug": "umkm-kota-jambi-didorong-masuk-pasar-digital",
        "title": "UMKM Kota Jambi Didorong Masuk Pasar Digital",
        "published_at": "2026-11-16T14:30:00+07:00",
        "modified_at": None,
        "dateline": _dateline(None, None),
        "reporter": "Tim Jambi Ekspres", "authors": ["Tim Jambi Ekspres"], "editor": "Rizal Kurniawan",
        "images": [_lead(712650, "umkm-digital-jambi.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["UMKM", "ekonomi digital"],
        "body_paragraphs": [
            "Pemerintah Kota Jambi mendorong pelaku usaha mikro, kecil dan menengah (UMKM) masuk ke pasar digital agar produk lokal menjangkau pembeli di luar daerah.",
            "Dinas Koperasi dan UKM Kota Jambi menggelar pelatihan pemasaran daring bagi 150 pelaku usaha, mulai dari memotret produk hingga mengelola toko di lokapasar.",
            "Salah seorang peserta, Nuraini, perajin batik Jambi, mengaku penjualannya naik setelah rutin berjualan secara daring sejak tahun lalu.",
        ],
        # The dateline without a place: "JAMBIEKSPRES.DISWAY.ID -"; byline is the desk team.
        "quirks": ["dateline_without_place", "desk_reporter"],
        "render": {},
    },
    {
        "id": 712533,
        "slug": "bulog-jambi-pastikan-stok-beras-aman-hingga-akhir-tahun",
        "title": "Bulog Jambi Pastikan Stok Beras Aman hingga Akhir Tahun",
        "published_at": "2026-11-12T09:05:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "reporter": "Dodi Saputra", "authors": ["Dodi Saputra"], "editor": "Rizal Kurniawan",
        "images": [_lead(712533, "gudang-bulog-jambi.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["Bulog", "beras", "stok pangan"],
        "body_paragraphs": [
            "Perum Bulog Kantor Wilayah Jambi memastikan stok beras di gudang mencukupi kebutuhan masyarakat hingga akhir tahun, termasuk untuk Natal dan Tahun Baru.",
            "Pemimpin Wilayah Perum Bulog Jambi, Hendra Gunawan mengatakan, stok beras saat ini sekitar 18.000 ton dan akan bertambah dengan pengadaan dari petani lokal.",
            "Menurut dia, Bulog juga terus menyalurkan beras program stabilisasi pasokan dan harga pangan ke pasar tradisional dan ritel modern.",
            "Masyarakat diimbau tidak membeli beras secara berlebihan karena pasokan dipastikan aman.",
        ],
        # No JSON-LD: the visible "Kamis 12-11-2026,09:05 WIB" is the only date.
        "quirks": ["no_jsonld", "only_visible_date"],
        "render": {"jsonld": False, "baca_juga": [0]},
    },
    {
        "id": 712377,
        "slug": "ekspor-pinang-tanjabbar-tembus-pasar-india",
        "title": "Ekspor Pinang Tanjabbar Tembus Pasar India",
        "published_at": "2026-11-08T16:40:00+07:00",
        "modified_at": None,
        "dateline": _dateline("KUALA TUNGKAL", "Kuala Tungkal"),
        "reporter": "Ahmad Riduan", "authors": ["Ahmad Riduan"], "editor": "Ira Purnama",
        "images": [_lead(712377, "ekspor-pinang-tanjabbar.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["pinang", "ekspor", "Tanjabbar"],
        "body_paragraphs": [
            "Sebanyak 120 ton pinang kering asal Kabupaten Tanjung Jabung Barat diekspor ke India melalui Pelabuhan Talang Duku, Jambi.",
            "Kepala Dinas Perkebunan Tanjabbar, Syafrizal mengatakan ekspor langsung dari Jambi memotong biaya angkut yang selama ini lewat pelabuhan di provinsi lain.",
            "\"Harga di tingkat petani ikut terdongkrak karena rantai pemasarannya lebih pendek,\" katanya.",
            "Pemerintah daerah menargetkan ekspor pinang berlanjut setiap bulan dengan melibatkan koperasi petani.",
        ],
        "quirks": ["dateline_kuala_tungkal"],
        "render": {},
    },
    {
        "id": 709120,
        "slug": "harga-emas-di-jambi-turun-jelang-akhir-pekan",
        "title": "Harga Emas di Jambi Turun Jelang Akhir Pekan",
        "published_at": "2026-10-24T11:15:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "reporter": "Hendri Yanto", "authors": ["Hendri Yanto"], "editor": "Rizal Kurniawan",
        "images": [_lead(709120, "harga-emas-jambi.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["emas", "harga emas"],
        "body_paragraphs": [
            "Harga emas perhiasan di sejumlah toko emas di Pasar Angso Duo, Kota Jambi turun menjelang akhir pekan. Emas 24 karat dijual Rp 1,41 juta per gram.",
            "Pedagang menyebut penurunan mengikuti harga emas dunia yang melemah dalam sepekan terakhir.",
            "Meski harga turun, pembeli belum ramai. Sebagian warga justru datang untuk menjual perhiasan lama.",
        ],
        # The oldest: past the first page; also featured in page 1's headline slider.
        "quirks": ["oldest", "featured_old"],
        "render": {"featured": True},
    },
]

_REPORTERS = ["Dodi Saputra", "Hendri Yanto", "Ahmad Riduan", "Tim Jambi Ekspres"]
_EDITORS = ["Ira Purnama", "Rizal Kurniawan"]
GENERATED_NEWEST = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)


def generated_articles(n: int = 36) -> list[dict]:
    """n filler articles in Jambi Ekspres's style, all in Ekonomi, one every 10 hours back."""
    found = []
    for i, filler in enumerate(filler_articles(n, newest=GENERATED_NEWEST, every=timedelta(hours=10),
                                               first_id=712_880, offset=20)):
        written, place = filler["place"]
        reporter = _REPORTERS[i % len(_REPORTERS)]
        found.append({
            **filler,
            "dateline": _dateline(written, place),
            "reporter": reporter, "authors": [reporter], "editor": _EDITORS[i % len(_EDITORS)],
            "images": [_lead(filler["id"], f"{filler['slug'][:40]}.jpg")],
            "categories": ["Ekonomi"],
            "tags": [t.lower() for t in filler["tags"]],
            "quirks": ["generated"],
            "render": {"baca_juga": [1] if i % 3 == 0 else [], "jsonld": i % 5 != 4},
        })
    return found


def site_articles(generated: int = 36) -> list[dict]:
    return ARTICLES + generated_articles(generated)


def find(quirk: str) -> dict:
    return next(a for a in ARTICLES if quirk in a["quirks"])


def article_path(article: dict) -> str:
    return f"/read/{article['id']}/{article['slug']}"


def expected_item(article: dict, base_url: str) -> dict:
    return portal_expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


def disway_date(moment: datetime) -> str:
    """"Minggu 12-04-2026,10:07 WIB": weekday, day first, a comma and no space before the time."""
    d = moment.astimezone(WIB)
    return f"{DAYS[d.weekday()]} {d:%d-%m-%Y,%H:%M} WIB"


# ------------------------------------------------------------------ the site
class DiswaySite(PortalSite):
    """Route callable for a Replica. disable: "listing", "robots"."""

    origin = ORIGIN + "/"
    name = "Jambi Ekspres"
    image_prefixes = ("/upload/", "/assets/")

    def __init__(self, articles=None, disable=()):
        super().__init__(site_articles() if articles is None else list(articles), now=NOW, disable=disable)

    def article_path(self, article: dict) -> str:
        return article_path(article)

    def route(self, path: str, query: dict) -> Response | None:
        if "listing" not in self.disable and (path == CATEGORY or path.startswith(CATEGORY + "/")):
            offset = path[len(CATEGORY) + 1:].strip("/") or "0"
            if offset.isdigit():
                return self.listing(int(offset))
        if path.rstrip("/") in self.by_path:
            return self.article(self.by_path[path.rstrip("/")])
        if path == "/":
            return self.page("Jambi Ekspres - Berita Jambi Terkini", self.items(self.articles[:10]))
        return None

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /search\nDisallow: /api/\nDisallow: /admin/\n"

    # ------------------------------------------------------------ listings
    def listing(self, offset: int) -> Response:
        """30 items from `offset`, newest first; page 1 opens with the headline slider."""
        listed = [a for a in self.articles if "Ekonomi" in a["categories"]]
        slider = ""
        if offset == 0:
            featured = [a for a in self.articles if a["render"].get("featured")]
            slider = ('<div class="headline owl-carousel">' + "".join(
                f'<div class="item"><a href="{_e(self.article_url(a))}"><img src="{_e(a["images"][0]["url"])}" '
                f'alt=""><h3 class="headline-title">{_e(a["title"])}</h3></a></div>' for a in featured) + "</div>")
        pages = "".join(f'<li><a href="{CATEGORY}{"" if n == 0 else f"/{n}"}">{n // PAGE_SIZE + 1}</a></li>'
                        for n in range(0, len(listed), PAGE_SIZE))
        inner = (f'<h1 class="category-title">Ekonomi</h1>{slider}<div class="latest">'
                 f'{self.items(listed[offset: offset + PAGE_SIZE])}</div><ul class="pagination">{pages}</ul>')
        return self.page("Ekonomi - Jambi Ekspres", inner)

    def items(self, articles) -> str:
        return "".join(
            f'<div class="media"><div class="media-image"><a href="{_e(self.article_url(a))}">'
            f'<img src="{_e(a["images"][0]["url"])}" alt="{_e(a["title"])}"></a></div>'
            f'<div class="media-content"><div class="post-info"><span class="category">'
            f'<a href="{CATEGORY}">Ekonomi</a></span> <span class="date">'
            f'{disway_date(datetime.fromisoformat(a["published_at"]))}</span></div>'
            f'<h2 class="media-heading"><a href="{_e(self.article_url(a))}">{_e(a["title"])}</a></h2>'
            f'<p class="d-none d-md-block">{_e(a["body_paragraphs"][0][:120])}...</p></div></div>'
            for a in articles)

    # ------------------------------------------------------------- article
    def content(self, article: dict) -> str:
        render = article["render"]
        out = []
        for i, text in enumerate(article["body_paragraphs"]):
            if i == render.get("body_image_before"):
                image = article["images"][1]
                out.append(f'<figure class="image"><img src="{_e(image["url"])}" alt="">'
                           f'<figcaption>{_e(image["caption"])} Foto: {_e(image["credit"])}</figcaption></figure>')
            html = _e(text)
            if i == 0 and article["dateline"]:
                html = f"<strong>{_e(article['dateline']['raw'])}</strong> {html}"
            out.append(f"<p>{html}</p>")
            if i in render.get("baca_juga", []):
                others = [a for a in self.articles if a is not article]
                other = others[(i * 3 + article["id"]) % len(others)]
                out.append(f'<p><strong>BACA JUGA:<a href="{_e(self.article_url(other))}">{_e(other["title"])}'
                           f"</a></strong></p>")
            if i == 1:
                out.append('<div class="ads-content"><ins class="adsbygoogle" data-ad-slot="0000000000"></ins>'
                           '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
        out.append('<p><strong>Cek Berita dan Artikel yang lain di <a href="https://news.google.com/publications/'
                   'replica">Google News</a></strong></p>')
        return "".join(out)

    def article(self, article: dict) -> Response:
        url = self.article_url(article)
        published = datetime.fromisoformat(article["published_at"])
        lead = self.url(article["images"][0]["url"])
        head = [f'<link rel="canonical" href="{_e(url)}">',
                f'<meta name="description" content="{_e(article["body_paragraphs"][0][:160])}">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:title" content="{_e(article["title"])}">',
                f'<meta property="og:url" content="{_e(url)}">',
                f'<meta property="og:image" content="{_e(lead)}">',
                '<meta property="og:site_name" content="Jambi Ekspres">']
        if article["render"].get("jsonld", True):
            data = {"@context": "https://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article["title"],
                    "image": {"@type": "ImageObject", "url": lead},
                    "datePublished": published.isoformat(),
                    "dateModified": article["modified_at"] or published.isoformat(),
                    "author": {"@type": "Person", "name": article["reporter"]},
                    "publisher": {"@type": "Organization", "name": "Jambi Ekspres",
                                  "logo": {"@type": "ImageObject", "url": self.url("/assets/logo.png")}}}
            head.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
        tags = "".join(f'<a href="{self.url("/tag/" + slugify(t))}">{_e(t)}</a> ' for t in article["tags"])
        related = "".join(
            f'<div class="media"><div class="media-content"><h3 class="media-heading"><a href="{_e(self.article_url(a))}">'
            f'{_e(a["title"])}</a></h3><span class="date">{disway_date(datetime.fromisoformat(a["published_at"]))}'
            f"</span></div></div>" for a in self.newest(3, exclude=article))
        inner = (
            f'<ol class="breadcrumb"><li><a href="{self.url("/")}">Home</a></li>'
            f'<li><a href="{self.url(CATEGORY)}">{_e(article["categories"][0])}</a></li></ol>'
            f'<div class="post"><h1 class="post-title">{_e(article["title"])}</h1>'
            f'<div class="post-info"><span class="reporter">Reporter: <a href="{self.url("/reporter/" + slugify(article["reporter"]))}">'
            f'{_e(article["reporter"])}</a></span> | <span class="editor">Editor: <a href="'
            f'{self.url("/editor/" + slugify(article["editor"]))}">{_e(article["editor"])}</a></span> | '
            f'<span class="date">{disway_date(published)}</span></div>'
            f'<div class="post-image"><img src="{_e(lead)}" alt="{_e(article["title"])}">'
            f'<div class="caption">{_e(article["title"])}. Foto: Dok/Jambi Ekspres</div></div>'
            f'<div class="share"><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> '
            f'<a href="https://api.whatsapp.com/send">WhatsApp</a></div>'
            f'<div class="post-content">{self.content(article)}</div>'
            f'<div class="tag-list"><h5>Tag</h5>{tags}</div></div>'
            f'<div class="related"><h4>Berita Terkait</h4>{related}</div>')
        return self.page(f"{article['title']} - Jambi Ekspres", inner, head="\n".join(head))

    # --------------------------------------------------------------- frame
    def document(self, title: str, body: str, head: str = "") -> str:
        popular = "".join(f'<li><a href="{_e(self.article_url(a))}">{_e(a["title"])}</a></li>'
                          for a in self.newest(5))
        return f"""<!DOCTYPE html>
<!-- {NOTICE} -->
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
{head}
<link rel="stylesheet" href="{self.url('/assets/css/disway.min.css')}">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body>
<header class="header"><div class="topbar">{disway_date(NOW).split(",")[0]}</div>
<a class="logo" href="{self.url('/')}"><img src="{self.url('/assets/logo.png')}" alt="Jambi Ekspres"></a>
<nav class="menu"><a href="{self.url('/')}">Home</a> <a href="{self.url(CATEGORY)}">Ekonomi</a>
<a href="{self.url('/kategori/jambi')}">Jambi</a> <a href="{self.url('/kategori/politik')}">Politik</a></nav>
<form action="{self.url('/search')}"><input name="q" placeholder="Cari"></form></header>
<main class="container"><div class="row"><div class="col-lg-8">{body}</div>
<div class="col-lg-4 sidebar"><h4 class="widget-title">Terpopuler</h4><ol class="popular">{popular}</ol></div></div></main>
<footer class="footer"><p>© 2026 Jambi Ekspres. All Rights Reserved.</p>
<a href="{self.url('/redaksi')}">Redaksi</a> <a href="{self.url('/pedoman-media-siber')}">Pedoman Media Siber</a></footer>
</body>
</html>
"""

    def page(self, title: str, inner: str, head: str = "", status: int = 200) -> Response:
        return Response.text(self.document(title, inner, head), status=status)


def build_site(articles=None, disable=()) -> DiswaySite:
    return DiswaySite(articles, disable)
