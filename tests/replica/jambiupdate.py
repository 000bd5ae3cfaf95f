"""Replica of Jambi Update (jambiupdate.co): a custom news CMS.

RECONSTRUCTION, not a capture: the live site is unreachable from here.
What its profile records is reproduced as recorded: category listings
/kategori/bisnis/N, cards dated RELATIVELY ("21 Jam yang lalu") in
span.post-author, articles dated absolutely ("Rabu, 04 Februari 2026 -
16:20:18 WIB") in div.author. The rest is assumed, from the conventions of
Indonesian custom news CMSs: article URLs /artikel/<id>/<slug>, a second
category /kategori/daerah/N, a Bootstrap theme, the dateline
"JAMBIUPDATE.CO, JAMBI –", no JSON-LD and no machine-readable date at all on
article pages (the visible div.author text is the only date).

Relative dates only make sense against a clock, so every article's time is
an age back from the site's `now` (default: the real time when the site is
built), and the listing strings are computed at request time from the REAL
current time, as the live site computes them when it renders a page. The
articles are invented.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from tests.replica.portals import (DAYS, MONTHS, NOTICE, WIB, PortalSite, attr, esc, excerpt,
                                   expected_item as _expected_item, filler_articles,
                                   format_visible_date, render_paragraphs, slugify, wib)
from tests.replica.server import Response

ORIGIN = "https://jambiupdate.co/"
PER_PAGE = 10
CATEGORIES = {"bisnis": "Bisnis", "daerah": "Daerah"}
CLIENT = "ca-pub-0000000000000000"  # deliberately fake


def _dateline(place_written: str, place: str) -> dict:
    return {"raw": f"JAMBIUPDATE.CO, {place_written} –", "place": place, "outlet": "JAMBIUPDATE.CO"}


def _image(url, caption, credit, before=0):
    return {"url": url, "caption": caption, "credit": credit, "render": {"before": before}}


# Hand-written articles. `age` is how long before the site's "now" each was
# published; build_site turns it into published_at.
HANDWRITTEN = [
    {
        "id": 48213, "age": timedelta(minutes=25),
        "title": "Harga TBS Sawit Jambi Periode Ini Naik Rp 112 per Kilogram",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Andri Damanik"], "editor": None,
        "categories": ["Bisnis"], "tags": ["Sawit", "TBS", "Disbun Jambi"],
        "images": [_image("/assets/uploads/images/2026/tbs-sawit-timbang.jpg",
                          "Petani menimbang tandan buah segar sawit di sebuah ram di Kabupaten Muaro Jambi.",
                          "Andri/Jambiupdate")],
        "body_paragraphs": [
            "Harga tandan buah segar (TBS) kelapa sawit di Provinsi Jambi untuk periode pekan ini naik Rp 112 per kilogram. Untuk sawit umur 10 hingga 20 tahun, harga yang ditetapkan tim penetapan harga kini mencapai Rp 3.218 per kilogram.",
            "Kepala Bidang Pengolahan dan Pemasaran Hasil Perkebunan Dinas Perkebunan Provinsi Jambi, Sugeng Wibowo mengatakan, kenaikan dipengaruhi harga minyak sawit mentah (CPO) di tingkat tender yang menguat dalam dua pekan terakhir.",
            "“Harga CPO rata-rata naik, begitu juga inti sawit. Itu yang membuat indeks K naik dan harga TBS ikut terkerek,” kata Sugeng usai rapat penetapan harga di kantornya.",
            "Meski demikian, ia mengingatkan harga tersebut berlaku bagi petani plasma dan petani yang bermitra dengan perusahaan. Petani swadaya yang menjual melalui pengepul biasanya menerima harga lebih rendah.",
            "Ia meminta petani swadaya bergabung dalam kelembagaan pekebun agar bisa bermitra langsung dengan pabrik kelapa sawit dan menikmati harga sesuai penetapan.",
        ],
        "quirks": ["newest", "minutes_ago"],
        "render": {"ads_after": [1], "read_also": [(2, "harga-karet-di-tebo-anjlok-petani-pilih-menyimpan-getah")]},
    },
    {
        "id": 48207, "age": timedelta(hours=5, minutes=12),
        "title": "Pemkot Jambi Tata Ulang Parkir di Kawasan Pasar Angso Duo",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Rina Oktavia"], "editor": None,
        "categories": ["Daerah"], "tags": ["Pasar Angso Duo", "Parkir", "Pemkot Jambi"],
        "images": [],
        "body_paragraphs": [
            "Pemerintah Kota Jambi mulai menata ulang area parkir di kawasan Pasar Angso Duo. Kendaraan roda dua kini diarahkan ke kantong parkir di sisi timur pasar, sementara badan jalan dikosongkan untuk arus kendaraan.",
            "Kepala Dinas Perhubungan Kota Jambi, Bambang Sutrisno mengatakan, penataan dilakukan setelah banyak keluhan kemacetan pada pagi hari saat pedagang membongkar barang.",
            "“Bongkar muat kami atur hanya sampai pukul tujuh pagi. Setelah itu truk tidak boleh lagi berhenti di badan jalan,” ujarnya.",
            "Sejumlah pedagang menyambut baik penataan tersebut. Mereka berharap pembeli lebih nyaman datang ke pasar karena tidak perlu berdesakan dengan kendaraan.",
        ],
        "quirks": ["hours_ago", "no_images", "google_news_line"],
        "render": {"closing": ["<p><em>Ikuti berita terkini Jambiupdate.co di Google News</em></p>"]},
    },
    {
        "id": 48188, "age": timedelta(hours=21, minutes=30),
        "title": "Bank Jambi Salurkan KUR Rp 412 Miliar hingga Oktober",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Andri Damanik"], "editor": None,
        "categories": ["Bisnis"], "tags": ["Bank Jambi", "KUR", "UMKM"],
        "images": [_image("/assets/uploads/images/2026/bank-jambi-kur.jpg",
                          "Nasabah UMKM berkonsultasi dengan petugas kredit di kantor cabang Bank Jambi.",
                          "Istimewa")],
        "body_paragraphs": [
            "Bank Jambi mencatat penyaluran kredit usaha rakyat (KUR) mencapai Rp 412 miliar hingga akhir Oktober. Angka itu setara 82 persen dari kuota yang diberikan pemerintah pusat tahun ini.",
            "Direktur Utama Bank Jambi, Hendra Kusuma mengatakan, sebagian besar KUR mengalir ke sektor perdagangan dan pertanian. Debitur baru didominasi pedagang pasar dan petani hortikultura.",
            "Menurut Hendra, kualitas kredit tetap terjaga dengan rasio kredit bermasalah di bawah dua persen. Pendampingan usaha dilakukan bersama dinas terkait di kabupaten dan kota.",
            "“Kami ingin KUR benar-benar menjadi modal usaha, bukan untuk kebutuhan konsumtif. Karena itu analisis kelayakan usaha tetap kami lakukan,” katanya.",
            "Bank Jambi menargetkan seluruh kuota KUR tahun ini terserap sebelum pertengahan Desember.",
        ],
        "quirks": ["twenty_one_hours_ago", "caption_credit_istimewa"],
        "render": {"ads_after": [2]},
    },
    {
        "id": 48102, "age": timedelta(days=2, hours=4),
        "title": "Harga Karet di Tebo Anjlok, Petani Pilih Menyimpan Getah",
        "dateline": _dateline("MUARA TEBO", "Muara Tebo"),
        "authors": ["M. Ridwan"], "editor": None,
        "categories": ["Bisnis"], "tags": ["Karet", "Tebo", "Petani"],
        "images": [_image("/assets/uploads/images/2026/karet-tebo.jpg",
                          "Getah karet milik petani di Kecamatan Rimbo Bujang ditumpuk menunggu harga membaik.",
                          "Ridwan/Jambiupdate")],
        "body_paragraphs": [
            "Harga getah karet di tingkat petani di Kabupaten Tebo turun tajam dalam sepekan terakhir. Di Kecamatan Rimbo Bujang, pengepul hanya berani membeli Rp 9.500 per kilogram untuk bokar kering.",
            "Sebagian petani memilih menyimpan getah di kebun sambil menunggu harga membaik. Namun langkah itu tidak bisa dilakukan semua petani karena kebutuhan sehari-hari tetap harus dipenuhi.",
            "Harga Turun Sejak Awal Bulan",
            "“Sejak awal bulan harga terus turun. Kami terpaksa tetap menjual sebagian untuk beli beras,” kata Sarip, petani karet di Desa Sapta Mulia.",
            "Kepala Dinas Perkebunan Tebo, Yulizar mengatakan, penurunan harga mengikuti melemahnya harga karet di pasar internasional. Ia berharap petani tidak menebang kebun karet untuk diganti tanaman lain hanya karena harga sedang rendah.",
        ],
        "quirks": ["days_ago", "subheading_h2", "read_also_target"],
        "render": {"subheadings": {2: "h2"}},
    },
    {
        "id": 48011, "age": timedelta(days=6, hours=2),
        "title": "Jembatan Gantung Penghubung Dua Desa di Merangin Putus",
        "dateline": _dateline("BANGKO", "Bangko"),
        "authors": ["Rina Oktavia"], "editor": None,
        "categories": ["Daerah"], "tags": ["Merangin", "Jembatan", "BPBD"],
        "images": [_image("/assets/uploads/images/2026/jembatan-merangin.jpg",
                          "Jembatan gantung yang putus di Kecamatan Tabir Ulu, Kabupaten Merangin.",
                          "Dok/BPBD Merangin", before=2)],
        "body_paragraphs": [
            "Jembatan gantung yang menghubungkan dua desa di Kecamatan Tabir Ulu, Kabupaten Merangin, putus setelah diterjang arus sungai yang meluap. Warga kini harus memutar sejauh belasan kilometer untuk ke pusat kecamatan.",
            "Kepala Pelaksana BPBD Merangin, Ferdi Hamzah mengatakan, tali baja penahan jembatan tidak kuat menahan batang kayu yang hanyut terbawa arus. Tidak ada korban jiwa dalam kejadian tersebut.",
            "Untuk sementara, warga menyeberang menggunakan perahu milik desa. BPBD meminta anak-anak sekolah selalu didampingi orang dewasa saat menyeberang.",
            "Pemerintah kabupaten berjanji membangun jembatan pengganti yang lebih kokoh. Pendataan kebutuhan anggaran sudah dilakukan bersama Dinas PUPR.",
        ],
        "quirks": ["image_mid_body", "caption_credit_dok"],
        "render": {"ads_after": [0], "read_also": [(1, "bank-jambi-salurkan-kur-rp-412-miliar-hingga-oktober")]},
    },
    {
        "id": 47790, "age": timedelta(days=16, hours=7),
        "title": "Ekspor Pinang Jambi ke India Kembali Dibuka",
        "dateline": _dateline("KUALA TUNGKAL", "Kuala Tungkal"),
        "authors": ["M. Ridwan"], "editor": None,
        "categories": ["Bisnis"], "tags": ["Pinang", "Ekspor", "Tanjab Barat"],
        "images": [],
        "body_paragraphs": [
            "Ekspor biji pinang dari Provinsi Jambi ke India kembali dibuka setelah sempat tertahan hampir dua bulan. Sebanyak 12 kontainer pinang kering diberangkatkan dari Kuala Tungkal pekan lalu.",
            "Pinang dari Kabupaten Tanjung Jabung Barat selama ini menjadi salah satu komoditas ekspor andalan Jambi. Sebagian besar dikirim ke India, Pakistan dan Bangladesh.",
            "“Pembeli di India sudah kembali memesan. Harga di petani juga mulai naik lagi ke kisaran Rp 13.000 per kilogram,” kata Rahmat, eksportir pinang di Kuala Tungkal.",
            "Balai Karantina setempat memastikan setiap pengiriman dilengkapi sertifikat kesehatan agar tidak kembali ditolak negara tujuan.",
        ],
        "quirks": ["weeks_ago", "no_images"],
        "render": {},
    },
    {
        "id": 47415, "age": timedelta(days=40, hours=3),
        "title": "Warga Sengeti Keluhkan Air PDAM Keruh Sepekan",
        "dateline": _dateline("SENGETI", "Sengeti"),
        "authors": ["Rina Oktavia"], "editor": None,
        "categories": ["Daerah"], "tags": ["PDAM", "Muaro Jambi", "Air Bersih"],
        "images": [],
        "body_paragraphs": [
            "Warga di sejumlah perumahan di Sengeti, Kabupaten Muaro Jambi, mengeluhkan air PDAM yang keruh dan berbau selama sepekan terakhir. Sebagian warga terpaksa membeli air isi ulang untuk memasak.",
            "Direktur PDAM Tirta Muaro Jambi, Effendi mengatakan, kekeruhan terjadi karena tingginya kadar lumpur di sungai yang menjadi sumber air baku setelah hujan deras di hulu.",
            "Ia menjanjikan kualitas air kembali normal dalam beberapa hari setelah pembersihan bak pengendap selesai dilakukan.",
        ],
        "quirks": ["month_ago", "no_images"],
        "render": {},
    },
]

REPORTERS = ["Andri Damanik", "Rina Oktavia", "M. Ridwan"]


def _filler(now: datetime) -> list[dict]:
    articles = filler_articles(18, newest=now - timedelta(days=1, hours=7), every=timedelta(days=2, hours=5),
                               first_id=47990, offset=3)
    for n, article in enumerate(articles):
        written, place = article.pop("place")
        article["dateline"] = _dateline(written, place)
        article["authors"] = [REPORTERS[n % len(REPORTERS)]]
        article["editor"] = None
        article["categories"] = ["Bisnis" if article["categories"][0] == "Ekonomi" else "Daerah"]
    return articles


def build_articles(now: datetime) -> list[dict]:
    """Hand-written and filler articles, their times counted back from `now`."""
    articles = []
    for spec in HANDWRITTEN:
        article = {key: value for key, value in spec.items() if key != "age"}
        article["slug"] = slugify(spec["title"])
        article["published_at"] = (now - spec["age"]).astimezone(WIB).replace(microsecond=0).isoformat()
        article["modified_at"] = None
        articles.append(article)
    return articles + _filler(now)


def relative_age(then: datetime, now: datetime) -> str:
    """The CMS's 'time ago' helper: the largest whole unit, rounded down."""
    seconds = max(0, int((now - then).total_seconds()))
    for unit, size in (("Tahun", 365 * 86400), ("Bulan", 30 * 86400), ("Minggu", 7 * 86400),
                       ("Hari", 86400), ("Jam", 3600), ("Menit", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} yang lalu"
    return f"{seconds} Detik yang lalu"


class JambiUpdateSite(PortalSite):
    origin = ORIGIN
    name = "Jambi Update"
    image_prefixes = ("/assets/uploads/",)

    def article_path(self, article: dict) -> str:
        return f"/artikel/{article['id']}/{article['slug']}"

    def route(self, path: str, query: dict) -> Response | None:
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "artikel" and parts[1].isdigit():
            article = self.by_path.get(path.rstrip("/"))
            if article is None:
                return None
            if path.endswith("/"):  # the CMS has one spelling of each URL
                return Response.redirect(self.article_url(article))
            return Response.text(self.article_page(article))
        if parts[0] == "kategori" and len(parts) in (2, 3) and parts[1] in CATEGORIES:
            if "listing" in self.disable:
                return None
            if len(parts) == 3:
                if not parts[2].isdigit():
                    return None
                if int(parts[2]) <= 1:
                    return Response.redirect(self.url(f"/kategori/{parts[1]}"))
            return Response.text(self.listing_page(parts[1], int(parts[2]) if len(parts) == 3 else 1))
        if path == "/":
            return Response.text(self.document("Jambi Update - Berita Jambi Terkini", self.cards(self.newest(10))))
        return None

    # ------------------------------------------------------------ pieces
    def card(self, article: dict, small: bool = False) -> str:
        """One listed article; the author and the time ago share span.post-author."""
        url = self.article_url(article)
        ago = relative_age(wib(article["published_at"]), self.clock())
        author = article["authors"][0]
        thumb = ""
        if article["images"] and not small:
            thumb = (f'<div class="post-thumb"><a href="{url}"><img src="{self.url(article["images"][0]["url"])}" '
                     f'alt="{attr(article["title"])}" loading="lazy"></a></div>')
        text = "" if small else f'<p class="post-excerpt">{esc(excerpt(article, 22))}</p>'
        return (f'<div class="post-item{" small" if small else ""}">{thumb}<div class="post-desc">'
                f'<span class="post-cat"><a href="{self.url("/kategori/" + slugify(article["categories"][0]))}">'
                f'{esc(article["categories"][0])}</a></span>'
                f'<h2 class="post-title"><a href="{url}">{esc(article["title"])}</a></h2>'
                f'<div class="post-meta"><span class="post-author"><a href="{self.url("/penulis/" + slugify(author))}">'
                f'{esc(author)}</a> - {ago}</span></div>{text}</div></div>')

    def cards(self, articles) -> str:
        return '<div class="list-berita">' + "\n".join(self.card(a) for a in articles) + "</div>"

    def sidebar(self, exclude: dict | None = None) -> str:
        # "Terpopuler": other stories, dated the same relative way as the list.
        popular = sorted((a for a in self.articles if a is not exclude), key=lambda a: a["id"] % 7)[:5]
        items = "\n".join(self.card(a, small=True) for a in popular)
        return (f'<div class="col-md-4 sidebar"><div class="widget widget-popular"><h3 class="widget-title">'
                f'Terpopuler</h3>{items}</div><div class="widget ads-sidebar">'
                f'<ins class="adsbygoogle" style="display:block" data-ad-client="{CLIENT}" data-ad-slot="3000000001">'
                f'</ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div>')

    def listing_page(self, category: str, page: int) -> str:
        name = CATEGORIES[category]
        listed = [a for a in self.articles if slugify(a["categories"][0]) == category]
        pages = max(1, -(-len(listed) // PER_PAGE))
        chunk = listed[(page - 1) * PER_PAGE: page * PER_PAGE]
        if chunk:
            items = self.cards(chunk)
        else:  # past the last page the CMS answers 200 with an empty list
            items = '<div class="list-berita"><p class="kosong">Belum ada berita.</p></div>'

        def link(n):
            return self.url(f"/kategori/{category}" + (f"/{n}" if n > 1 else ""))
        numbers = "".join(f'<li class="{"active" if n == page else ""}"><a href="{link(n)}">{n}</a></li>'
                          for n in range(1, pages + 1))
        if page < pages:
            numbers += f'<li><a href="{link(page + 1)}" rel="next">&raquo;</a></li>'
        main = (f'<div class="col-md-8"><div class="kategori-title"><h1>{esc(name)}</h1></div>{items}'
                f'<nav><ul class="pagination">{numbers}</ul></nav></div>')
        return self.document(f"Berita {name} Hari Ini - Jambi Update", main + self.sidebar())

    def image_html(self, image: dict, number: int) -> str:
        caption = image["caption"] + (f" (Foto: {image['credit']})" if image.get("credit") else "")
        return (f'<figure class="detail-img"><img src="{self.url(image["url"])}" alt="{attr(image["caption"])}" '
                f'width="750" height="500"><figcaption>{esc(caption)}</figcaption></figure>')

    def ad_html(self, number: int) -> str:
        return (f'<div class="ads-inarticle"><script async src="https://pagead2.googlesyndication.com/pagead/js/'
                f'adsbygoogle.js?client={CLIENT}" crossorigin="anonymous"></script>'
                f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" '
                f'data-ad-format="fluid" data-ad-client="{CLIENT}" data-ad-slot="{3100000000 + number}"></ins>'
                f'<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>')

    def read_also_html(self, slug: str) -> str:
        target = self.by_slug[slug]
        return (f'<p><strong>Baca Juga:</strong> <a href="{self.article_url(target)}">'
                f'{esc(target["title"])}</a></p>')

    def article_page(self, article: dict) -> str:
        url = self.article_url(article)
        published = wib(article["published_at"])
        author = article["authors"][0]
        category = article["categories"][0]
        blocks = render_paragraphs(article, image_html=self.image_html, ad_html=self.ad_html,
                                   read_also_html=self.read_also_html)
        tags = " ".join(f'<a href="{self.url("/tag/" + slugify(t))}">{esc(t)}</a>' for t in article["tags"])
        related = [a for a in self.articles if a is not article and a["categories"] == article["categories"]][:3]
        head = (f'<meta name="description" content="{attr(excerpt(article))}">'
                f'<link rel="canonical" href="{url}">'
                f'<meta property="og:type" content="article"><meta property="og:site_name" content="JambiUpdate.co">'
                f'<meta property="og:title" content="{attr(article["title"])}"><meta property="og:url" content="{url}">')
        if article["images"]:
            head += f'<meta property="og:image" content="{self.url(article["images"][0]["url"])}">'
        main = f"""<div class="col-md-8">
<ol class="breadcrumb"><li><a href="{self.url('/')}">Home</a></li><li><a href="{self.url('/kategori/' + slugify(category))}">{esc(category)}</a></li></ol>
<div class="detail-berita">
  <h1 class="detail-title">{esc(article["title"])}</h1>
  <div class="author"><a href="{self.url('/penulis/' + slugify(author))}">{esc(author)}</a> <span class="sep">&bull;</span> <i class="fa fa-clock-o"></i> {format_visible_date(published, "wib_seconds")}</div>
  <div class="detail-body">
    <div class="detail-content">
{chr(10).join(blocks)}
    </div>
    <div class="detail-tags"><span>Tags:</span> {tags}</div>
    <div class="share-box"><span>Bagikan:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a href="https://api.whatsapp.com/send?text={url}" target="_blank">WhatsApp</a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank">Twitter</a></div>
  </div>
</div>
<div class="related"><h3 class="related-title">Berita Terkait</h3>{''.join(self.card(a, small=True) for a in related)}</div>
</div>"""
        return self.document(f"{article['title']} - Jambi Update", main + self.sidebar(article), head)

    def document(self, title: str, body: str, head: str = "") -> str:
        now = self.clock()
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        menu = "".join(f'<li><a href="{self.url("/kategori/" + slug)}">{name}</a></li>' for slug, name in CATEGORIES.items())
        return f"""<!DOCTYPE html>
<!-- {NOTICE.format(origin=ORIGIN)} -->
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>{head}
<link rel="stylesheet" href="{self.url('/assets/css/bootstrap.min.css')}"><link rel="stylesheet" href="{self.url('/assets/css/style.css')}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={CLIENT}" crossorigin="anonymous"></script>
</head>
<body>
<header class="header">
  <div class="top-bar"><div class="container"><span class="tanggal-hari-ini">{today}</span></div></div>
  <div class="container"><a class="logo" href="{self.url('/')}"><img src="{self.url('/assets/img/logo.png')}" alt="Jambi Update"></a></div>
  <nav class="navbar"><ul class="nav"><li><a href="{self.url('/')}">Home</a></li>{menu}</ul></nav>
</header>
<div class="container"><div class="row">
{body}
</div></div>
<footer class="footer"><div class="container"><ul class="footer-menu"><li><a href="{self.url('/redaksi')}">Redaksi</a></li><li><a href="{self.url('/pedoman-media-siber')}">Pedoman Media Siber</a></li></ul>
<p>&copy; {now.year} Jambiupdate.co. All Rights Reserved.</p></div></footer>
<script src="{self.url('/assets/js/jquery.min.js')}"></script><script src="{self.url('/assets/js/bootstrap.min.js')}"></script>
</body>
</html>
"""


def build_site(now: datetime | None = None, disable=()) -> JambiUpdateSite:
    """The replica; article times count back from `now` (default: the real
    time now), listing dates are computed from the real clock per request."""
    anchor = (now or datetime.now(WIB)).astimezone(WIB)
    return JambiUpdateSite(build_articles(anchor), now=now, disable=disable)


def expected_item(site: JambiUpdateSite, article: dict) -> dict:
    return _expected_item(article, site.article_url(article), site.base_url)


def find(site: JambiUpdateSite, quirk: str) -> dict:
    return next(a for a in site.articles if quirk in a.get("quirks", ()))
