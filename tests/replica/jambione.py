"""Replica of Jambi One (www.jambione.com): the site of the browser path.

RECONSTRUCTION, not a capture: no machine here reaches the live site. What
its profile records is kept exactly: Cloudflare refuses plain HTTP clients; the
listing /tag/ekonomi?page=N with div.latest__item, h2.latest__title
a.latest__link and date.latest__date "Rabu, 1 April 2026 | 13:12 WIB"; the
dateline "JAMBIONE.COM -" (unconfirmed). The article template (read__title,
read__info__author, read__info__date "- Rabu, ...", article.read__content,
tag__list, breadcrumb__wrap) is the one public scrapers read on portals with
the same latest__ listing; its use on jambione is assumed. The articles are
invented Jambi economy news; the people in them are fictional.

Two things make a browser necessary, as on the live site:

- Cloudflare's JavaScript challenge: a request without the clearance cookie
  (except /robots.txt) gets 403 "Just a moment..." (header cf-mitigated:
  challenge) whose script computes the cookie, sets it and reloads.
- Client-side rendering: a page is a shell (header, breadcrumb, sidebar,
  footer) whose story or listing arrives base64-encoded in a script tag; the
  site's script (/assets/js/jambione.js) decodes it and builds the DOM at
  load. The raw HTML holds none of the article text.

Use:

    with build_replica() as replica:          # Replica with the challenge gate
        replica.base_url, replica.route.gate_log

`gate_log` lists (path, passed) for every request the gate saw, so a test
can tell challenged requests from served ones.
"""
from __future__ import annotations

import base64
import json
from datetime import datetime
from html import escape
from urllib.parse import parse_qs, urlsplit

from tests.replica.portals import expected_item as portal_expected_item
from tests.replica.server import Replica, Response
from tests.replica.wordpress import TINY_JPEG

NOTICE = "<!-- reconstructed replica of www.jambione.com, not a capture of the live site -->"
SOURCE_NAME = "Jambi One"
LISTING_PATH = "/tag/ekonomi"
PER_PAGE = 3
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
RUBRICS = {"ekonomi": "Ekonomi", "daerah": "Daerah"}


def _dateline(raw="JAMBIONE.COM -"):
    return {"raw": raw, "place": None, "outlet": "JAMBIONE.COM"}


def _image(path, caption, credit):
    return {"url": path, "caption": caption, "credit": credit}


# Ground truth under the exported item's names, plus how the page writes it:
# id, rubric (URL section), quirks (labels for tests), render {...}:
#   dateline_html   HTML put before the first paragraph's text (default: raw + " ")
#   subheadings     {paragraph index: "h2"}
#   paragraph_html  {paragraph index: inner HTML}
#   baca_juga       [(after paragraph index, "read_others" | "plain")]
#   mid_image       (after paragraph index, image index): a figure inside the text
ARTICLES = [
    {
        "id": 7281240113, "rubric": "ekonomi",
        "slug": "harga-karet-di-batanghari-tembus-rp14-ribu-per-kilogram-petani-mulai-bergairah",
        "title": "Harga Karet di Batanghari Tembus Rp14 Ribu per Kilogram, Petani Mulai Bergairah",
        "published_at": "2026-04-01T13:12:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Rizki Ramadhan"], "editor": None,
        "images": [_image("/foto/2026/04/01/karet-batanghari.jpg",
                          "Petani menimbang getah karet di Desa Sungai Buluh, Kecamatan Muara Bulian, Batanghari.",
                          "JAMBIONE.COM/Rizki Ramadhan")],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Karet", "Batanghari"],
        "body_paragraphs": [
            "Harga karet di tingkat petani di Kabupaten Batanghari terus merangkak naik. Sejak pekan lalu, getah karet kering atau slab dengan kadar karet kering 50 persen dibeli pengepul seharga Rp14.200 per kilogram, naik dari Rp12.800 per kilogram pada awal Maret.",
            "Kenaikan itu disambut gembira para petani di Kecamatan Muara Bulian dan Pemayung. Banyak petani yang sempat meninggalkan kebunnya kini kembali menyadap setiap pagi.",
            "“Sudah lama harga tidak sebagus ini. Kalau bertahan sampai pertengahan tahun, kami bisa memperbaiki kebun dan membeli pupuk,” kata Sahrul, petani karet di Desa Sungai Buluh, Rabu pagi.",
            "Kepala Bidang Perkebunan Dinas Pertanian Batanghari, Yusnaini, mengatakan harga karet dunia sedang naik karena pasokan dari Thailand dan Vietnam berkurang akibat musim gugur daun. Ia meminta petani menjaga mutu bokar agar harga jual tidak dipotong pabrik.",
            "Menurut dia, luas kebun karet rakyat di Batanghari saat ini sekitar 98 ribu hektare dan menjadi sumber penghasilan utama bagi lebih dari 40 ribu kepala keluarga.",
        ],
        "quirks": ["lead_image", "baca_juga_read_others"],
        "render": {"baca_juga": [(1, "read_others")]},
    },
    {
        "id": 7281240087, "rubric": "ekonomi",
        "slug": "inflasi-jambi-maret-2026-capai-042-persen-cabai-merah-penyumbang-terbesar",
        "title": "Inflasi Jambi Maret 2026 Capai 0,42 Persen, Cabai Merah Penyumbang Terbesar",
        "published_at": "2026-03-31T09:40:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Dewi Anggraini"], "editor": None,
        "images": [_image("/foto/2026/03/31/kantor-bps-jambi.jpg",
                          "Kepala BPS Provinsi Jambi memaparkan perkembangan harga konsumen di Kota Jambi.",
                          "Dok. BPS Jambi"),
                   _image("/foto/2026/03/31/pedagang-cabai.jpg",
                          "Pedagang cabai merah di Pasar Angso Duo, Kota Jambi.", None)],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Inflasi", "BPS Jambi"],
        "body_paragraphs": [
            "Badan Pusat Statistik (BPS) Provinsi Jambi mencatat inflasi bulanan sebesar 0,42 persen pada Maret 2026. Kenaikan harga cabai merah dan bawang merah menjelang Idul Fitri menjadi penyumbang terbesar.",
            "Kepala BPS Provinsi Jambi, Agus Setiawan, menjelaskan inflasi tahunan Jambi tercatat 2,31 persen, masih berada dalam rentang sasaran nasional. Dari tiga kota pantauan, inflasi tertinggi terjadi di Kabupaten Bungo.",
            "Kelompok Penyumbang",
            "Kelompok makanan, minuman dan tembakau memberikan andil 0,29 persen. Selain cabai merah, komoditas yang ikut mendorong inflasi adalah daging ayam ras, emas perhiasan dan tarif angkutan udara.",
            "“Permintaan yang tinggi selama Ramadan dan Lebaran membuat harga sejumlah bahan pangan naik. Setelah Lebaran, kami perkirakan harga kembali normal,” ujar Agus di Kota Jambi, Selasa.",
            "Ia menambahkan, Tim Pengendalian Inflasi Daerah perlu terus memantau pasokan cabai dari Kerinci dan Merangin yang menjadi sentra produksi di Jambi.",
        ],
        "quirks": ["subheading_h2", "mid_body_image", "caption_without_credit"],
        "render": {"subheadings": {2: "h2"}, "mid_image": (3, 1)},
    },
    {
        "id": 7281239964, "rubric": "ekonomi",
        "slug": "harga-tbs-sawit-jambi-periode-akhir-maret-naik-rp85-per-kilogram",
        "title": "Harga TBS Sawit Jambi Periode Akhir Maret Naik Rp85 per Kilogram",
        "published_at": "2026-03-30T16:05:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Rizki Ramadhan"], "editor": None,
        "images": [_image("/foto/2026/03/30/tbs-sawit.jpg",
                          "Tandan buah segar sawit di sebuah kebun plasma di Kabupaten Muaro Jambi.",
                          "JAMBIONE.COM/Rizki Ramadhan")],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Sawit", "Harga TBS"],
        "body_paragraphs": [
            "Harga tandan buah segar (TBS) kelapa sawit di Provinsi Jambi untuk periode 27 Maret hingga 2 April 2026 naik Rp85 per kilogram. Untuk sawit umur 10 sampai 20 tahun, harganya ditetapkan Rp3.412 per kilogram.",
            "Penetapan harga dilakukan dalam rapat tim penetapan harga TBS di kantor Dinas Perkebunan Provinsi Jambi yang dihadiri perwakilan perusahaan, koperasi dan asosiasi petani.",
            "Kepala Bidang Pengolahan dan Pemasaran Hasil Dinas Perkebunan Jambi, Hendra Wijaya, mengatakan kenaikan dipicu naiknya harga minyak sawit mentah (CPO) di pasar lelang.",
            "“Kami minta perusahaan membeli TBS petani mitra sesuai harga yang sudah ditetapkan. Kalau ada yang membeli di bawah harga, petani bisa melapor kepada kami,” kata Hendra.",
        ],
        "quirks": ["baca_juga_plain"],
        "render": {"baca_juga": [(1, "plain")]},
    },
    {
        "id": 7281239811, "rubric": "ekonomi",
        "slug": "bank-jambi-salurkan-kur-rp312-miliar-pada-triwulan-i-2026",
        "title": "Bank Jambi Salurkan KUR Rp312 Miliar pada Triwulan I 2026",
        "published_at": "2026-03-28T10:20:00+07:00", "modified_at": None,
        "dateline": None, "authors": ["Dewi Anggraini"], "editor": None,
        "images": [_image("/foto/2026/03/28/bank-jambi.jpg",
                          "Nasabah usaha mikro berkonsultasi di kantor cabang Bank Jambi.", "Dok. Bank Jambi")],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Bank Jambi", "KUR", "UMKM"],
        "body_paragraphs": [
            "Bank Jambi menyalurkan Kredit Usaha Rakyat (KUR) sebesar Rp312 miliar kepada 4.870 debitur sepanjang triwulan I 2026. Penyaluran itu sekitar 28 persen dari kuota tahun ini.",
            "Direktur Pemasaran Bank Jambi, Ferry Kurniawan, mengatakan sebagian besar KUR mengalir ke sektor perdagangan dan pertanian, terutama pedagang pasar tradisional dan petani hortikultura.",
            "“Kami ingin pelaku usaha kecil di desa juga mudah mendapat modal. Karena itu petugas kami turun langsung ke pasar dan sentra produksi,” ujarnya di Kota Jambi, Sabtu.",
            "Ia menyebut tingkat kredit bermasalah KUR Bank Jambi masih terjaga di bawah dua persen.",
        ],
        "quirks": ["no_dateline"],
        "render": {},
    },
    {
        "id": 7281239650, "rubric": "daerah",
        "slug": "usai-lebaran-perajin-batik-jambi-panen-pesanan-dari-malaysia",
        "title": "Usai Lebaran, Perajin Batik Jambi Panen Pesanan dari Malaysia",
        "published_at": "2026-03-26T14:45:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Nurhayati", "Andika Saputra"], "editor": None,
        "images": [_image("/foto/2026/03/26/batik-seberang.jpg",
                          "Perajin menyelesaikan kain batik motif angso duo di Seberang Kota Jambi.",
                          "JAMBIONE.COM/Andika Saputra")],
        "categories": ["Daerah"], "tags": ["Ekonomi", "Batik Jambi", "UMKM", "Ekspor"],
        "body_paragraphs": [
            "Perajin batik di kawasan Seberang Kota Jambi kebanjiran pesanan usai Lebaran. Sebagian besar pesanan datang dari pembeli di Johor dan Kuala Lumpur, Malaysia.",
            "Pemilik sanggar batik di Kelurahan Olak Kemang, Maryam, mengatakan pesanan bulan ini mencapai 600 lembar kain, dua kali lipat dari bulan biasa. Motif angso duo dan kapal sanggat paling banyak diminati.",
            "“Pembeli dari Malaysia suka warna alam. Kami pakai pewarna dari kayu bulian dan daun jelawe,” kata Maryam.",
            "Dinas Perindustrian dan Perdagangan Kota Jambi mencatat ada 42 sanggar batik aktif di Seberang Kota Jambi yang mempekerjakan sekitar 500 perajin.",
        ],
        "quirks": ["two_authors", "rubric_daerah"],
        "render": {},
    },
    {
        "id": 7281239502, "rubric": "ekonomi",
        "slug": "pasar-angso-duo-kembali-ramai-usai-libur-lebaran-harga-bawang-merah-turun",
        "title": "Pasar Angso Duo Kembali Ramai Usai Libur Lebaran, Harga Bawang Merah Turun",
        "published_at": "2026-03-24T08:30:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Andika Saputra"], "editor": None,
        "images": [_image("/foto/2026/03/24/pasar-angso-duo.jpg",
                          "Suasana Pasar Angso Duo, Kota Jambi, Selasa pagi.", "JAMBIONE.COM/Andika Saputra")],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Pasar Angso Duo", "Harga Pangan"],
        "body_paragraphs": [
            "Aktivitas jual beli di Pasar Angso Duo, Kota Jambi, kembali ramai setelah libur panjang Lebaran. Sebagian besar pedagang sudah membuka lapak sejak Senin.",
            "Harga bawang merah turun dari Rp48 ribu menjadi Rp38 ribu per kilogram. Harga cabai merah keriting juga turun menjadi Rp52 ribu per kilogram setelah sempat menembus Rp70 ribu menjelang Idul Fitri.",
            "“Pasokan dari Kerinci sudah lancar lagi, jadi harga turun. Pembeli juga mulai ramai,” kata Rosmiati, pedagang bumbu dapur di Pasar Angso Duo.",
            "Kepala Dinas Perindustrian dan Perdagangan Kota Jambi, Ridwan Hakim, memastikan stok bahan pokok aman hingga akhir April.",
        ],
        "quirks": ["bold_dateline", "inline_link"],
        "render": {"dateline_html": "<strong>JAMBIONE.COM</strong> - ",
                   "paragraph_html": {3: "Kepala Dinas Perindustrian dan Perdagangan Kota Jambi, "
                                         "<a href=\"/tag/ridwan-hakim\">Ridwan Hakim</a>, memastikan stok "
                                         "bahan pokok aman hingga akhir April."}},
    },
    {
        "id": 7281238877, "rubric": "ekonomi",
        "slug": "pemprov-jambi-gelar-pasar-murah-di-11-kabupaten-kota-jelang-idul-fitri",
        "title": "Pemprov Jambi Gelar Pasar Murah di 11 Kabupaten/Kota Jelang Idul Fitri",
        "published_at": "2026-03-17T11:15:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Nurhayati"], "editor": None,
        "images": [],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Pasar Murah", "Idul Fitri"],
        "body_paragraphs": [
            "Pemerintah Provinsi Jambi menggelar pasar murah di 11 kabupaten dan kota menjelang Idul Fitri 1447 Hijriah. Sebanyak 20 ribu paket sembako disiapkan dengan harga separuh dari harga pasar.",
            "Setiap paket berisi beras lima kilogram, minyak goreng dua liter dan gula pasir satu kilogram yang dijual Rp75 ribu. Warga cukup menunjukkan kartu tanda penduduk untuk membeli.",
            "Kepala Biro Perekonomian Setda Provinsi Jambi, Suryadi Nasution, mengatakan pasar murah bertujuan menahan laju kenaikan harga selama Ramadan.",
            "“Kami utamakan warga kurang mampu. Jadwal di setiap kecamatan sudah kami umumkan melalui camat dan lurah,” ujarnya.",
        ],
        "quirks": ["no_images"],
        "render": {},
    },
    {
        "id": 7281238410, "rubric": "ekonomi",
        "slug": "ekspor-pinang-jambi-ke-india-meningkat-pelabuhan-talang-duku-jadi-andalan",
        "title": "Ekspor Pinang Jambi ke India Meningkat, Pelabuhan Talang Duku Jadi Andalan",
        "published_at": "2026-03-12T19:50:00+07:00", "modified_at": None,
        "dateline": _dateline(), "authors": ["Rizki Ramadhan"], "editor": None,
        "images": [_image("/foto/2026/03/12/pinang-talang-duku.jpg",
                          "Karung berisi pinang kering dimuat ke kapal di Pelabuhan Talang Duku, Muaro Jambi.",
                          "JAMBIONE.COM/Rizki Ramadhan")],
        "categories": ["Ekonomi"], "tags": ["Ekonomi", "Pinang", "Ekspor", "Talang Duku"],
        "body_paragraphs": [
            "Ekspor pinang dari Provinsi Jambi ke India terus meningkat. Sepanjang Januari hingga Februari 2026, sebanyak 14.600 ton pinang kering dikirim melalui Pelabuhan Talang Duku, Kabupaten Muaro Jambi.",
            "Kepala Balai Karantina Jambi, Bambang Sugiarto, mengatakan volume itu naik 18 persen dibanding periode yang sama tahun lalu. Pinang Jambi banyak berasal dari Tanjung Jabung Barat dan Tanjung Jabung Timur.",
            "“Setiap pengiriman kami periksa agar bebas hama. Negara tujuan sangat ketat soal kadar air dan kebersihan,” kata Bambang.",
            "Selain India, pinang Jambi juga dikirim ke Pakistan, Bangladesh dan Thailand.",
        ],
        "quirks": ["oldest"],
        "render": {"baca_juga": [(2, "read_others")]},
    },
]


def article_path(article: dict) -> str:
    return f"/{article['rubric']}/{article['id']}/{article['slug']}"


def find(quirk: str) -> dict:
    return next(a for a in ARTICLES if quirk in a["quirks"])


def visible_date(iso: str) -> str:
    """"2026-04-01T13:12:00+07:00" -> "Rabu, 1 April 2026 | 13:12 WIB"."""
    moment = datetime.fromisoformat(iso)
    return f"{DAYS[moment.weekday()]}, {moment.day} {MONTHS[moment.month - 1]} {moment.year} | " \
           f"{moment:%H:%M} WIB"


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right for this article."""
    return portal_expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


# ------------------------------------------------------------------ the site --
# The site's renderer: decodes the page's data and builds the story or the
# listing, as the live site's bundle would (reconstructed).
SCRIPT = r"""/* jambione.js: reconstructed replica, not the live site's bundle */
(function () {
  function data(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    var bytes = Uint8Array.from(atob(node.textContent.trim()), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder("utf-8").decode(bytes));
  }
  var read = data("read-data");
  if (read) {
    document.getElementById("read").innerHTML = read.html;
  }
  var latest = data("latest-data");
  if (latest) {
    document.getElementById("latest").innerHTML = latest.html;
  }
})();
"""

# Cloudflare's managed challenge, reduced: the script computes the clearance
# cookie, sets it and reloads the page (status 403, as Cloudflare answers).
CHALLENGE = """<!DOCTYPE html>
<html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="robots" content="noindex,nofollow">
<meta name="viewport" content="width=device-width,initial-scale=1">
{notice}
<style>*{{box-sizing:border-box;margin:0;padding:0}}html{{line-height:1.15}}body{{display:flex;flex-direction:column;height:100vh}}</style>
</head><body>
<div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">www.jambione.com</h1>
<h2 class="h2" id="challenge-running">Verifying you are human. This may take a few seconds.</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">www.jambione.com needs to review the security of your connection before proceeding.</div>
</div></div>
<script>(function(){{var a={a},b={b};document.cookie="cf_clearance="+(a*b).toString(36)+"; path=/; SameSite=Lax";setTimeout(function(){{location.reload();}},{delay});}})();</script>
<div class="footer" role="contentinfo"><div class="footer-inner">
<div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div>
</div></div>
</body></html>
"""


def _b64(value) -> str:
    return base64.b64encode(json.dumps(value, ensure_ascii=False).encode("utf-8")).decode("ascii")


class JambiOneSite:
    """The site as a route (what a visitor who passed the challenge gets) and
    its Cloudflare gate (`gate`, a server fault that sees request headers)."""

    def __init__(self, articles=None, challenge_delay_ms: int = 200):
        self.articles = sorted(ARTICLES if articles is None else articles,
                               key=lambda a: a["published_at"], reverse=True)
        self.by_path = {article_path(a): a for a in self.articles}
        self.base_url = ""
        self.challenge_delay_ms = challenge_delay_ms
        self.factors = (7919, 104729)
        self.clearance = _base36(self.factors[0] * self.factors[1])
        self.gate_log: list[tuple[str, bool]] = []

    def bind(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    # ------------------------------------------------------------ the gate --
    def gate(self, method: str, path: str, headers: dict) -> Response | None:
        """None lets the request through; else the challenge page."""
        cookies = dict(part.strip().split("=", 1) for part in headers.get("cookie", "").split(";")
                       if "=" in part)
        passed = path == "/robots.txt" or cookies.get("cf_clearance") == self.clearance
        self.gate_log.append((path, passed))
        if passed:
            return None
        page = CHALLENGE.format(notice=NOTICE, a=self.factors[0], b=self.factors[1],
                                delay=self.challenge_delay_ms)
        return Response.text(page, status=403, headers=[
            ("Server", "cloudflare"), ("cf-mitigated", "challenge"),
            ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate"),
            ("X-Frame-Options", "SAMEORIGIN")])

    def served_paths(self) -> list[str]:
        """Paths the gate let through (real pages), in order."""
        return [p for p, passed in self.gate_log if passed]

    # ----------------------------------------------------------- the route --
    def __call__(self, path_and_query: str) -> Response:
        parts = urlsplit(path_and_query)
        path = parts.path
        if path == "/robots.txt":
            return Response.text("User-agent: *\nDisallow: /search\nDisallow: /api/\n",
                                 "text/plain; charset=UTF-8")
        if path == "/assets/js/jambione.js":
            return Response.text(SCRIPT, "application/javascript; charset=UTF-8")
        if path.startswith("/assets/js/"):  # analytics: served locally, tests have no internet
            return Response.text("/* reconstructed */\n", "application/javascript; charset=UTF-8")
        if path.startswith("/assets/css/"):
            return Response.text("/* reconstructed */\n", "text/css; charset=UTF-8")
        if path.startswith(("/foto/", "/assets/img/")):
            return Response(200, [("Content-Type", "image/jpeg"), ("Cache-Control", "max-age=31536000")],
                            TINY_JPEG)
        if path.rstrip("/") == LISTING_PATH:
            try:
                page = int(parse_qs(parts.query).get("page", ["1"])[0])
            except ValueError:
                page = 1
            return Response.text(self.listing_page(max(page, 1)))
        article = self.by_path.get(path.rstrip("/"))
        if article is not None:
            return Response.text(self.article_page(article))
        return Response.text(self.shell("Halaman Tidak Ditemukan - Jambi One", "",
                                        '<div class="notfound"><h1>404</h1>'
                                        '<p>Halaman yang Anda cari tidak ditemukan.</p></div>', ""),
                             status=404)

    # ------------------------------------------------------------- pages --
    def shell(self, title: str, head: str, main: str, data_script: str) -> str:
        nav = "".join(f'<li class="nav__item"><a class="nav__link" href="/{slug}">{name}</a></li>'
                      for slug, name in (("", "Home"), ("daerah", "Daerah"), ("ekonomi", "Ekonomi"),
                                         ("politik", "Politik"), ("hukum", "Hukum"),
                                         ("olahraga", "Olahraga"), ("indeks", "Indeks")))
        popular = "".join(f'<li class="most__item"><a class="most__link" href="{article_path(a)}">'
                          f'{escape(a["title"])}</a></li>' for a in self.articles[-4:])
        # The notice inside <html>: a rendered page (the DOM a browser
        # serializes, saved as a fixture) keeps no comment outside it.
        return f"""<!DOCTYPE html>
<html lang="id">
{NOTICE}
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{head}
<link rel="stylesheet" href="/assets/css/style.css">
<script async src="/assets/js/gtag.js?id=G-REPLICA"></script>
</head>
<body>
<header class="header">
  <div class="header__top"><div class="container">
    <div class="header__logo"><a href="/"><img src="/assets/img/logo-jambione.jpg" alt="Jambi One"></a></div>
    <form class="search" action="/search" method="get"><input name="q" placeholder="Cari berita..."></form>
  </div></div>
  <nav class="nav"><div class="container"><ul class="nav__wrap">{nav}</ul></div></nav>
</header>
<main class="main"><div class="container row">
  <div class="col-bs12-8">
{main}
  </div>
  <aside class="col-bs12-4">
    <div class="ads ads--sidebar"><ins class="adsbygoogle" data-ad-slot="1234567890"></ins></div>
    <div class="most"><h3 class="most__title">Terpopuler</h3><ol class="most__wrap">{popular}</ol></div>
  </aside>
</div></main>
<footer class="footer"><div class="container">
  <div class="footer__logo"><img src="/assets/img/logo-jambione.jpg" alt="Jambi One"></div>
  <ul class="footer__menu"><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/tentang-kami">Tentang Kami</a></li></ul>
  <div class="footer__copyright">&copy; 2026 Jambi One. All Rights Reserved.</div>
</div></footer>
{data_script}
<script src="/assets/js/jambione.js"></script>
</body>
</html>
"""

    def article_page(self, article: dict) -> str:
        url = self.base_url + article_path(article)
        head = [f'<meta name="description" content="{escape(article["title"])} - {SOURCE_NAME}">',
                f'<link rel="canonical" href="{url}">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:site_name" content="{SOURCE_NAME}">',
                f'<meta property="og:title" content="{escape(article["title"])}">',
                f'<meta property="og:url" content="{url}">']
        if article["images"]:
            head.append(f'<meta property="og:image" content="{self.base_url}{article["images"][0]["url"]}">')
        rubric = article["rubric"]
        main = f"""    <ul class="breadcrumb__wrap">
      <li class="breadcrumb__item"><a class="breadcrumb__link" href="/">Home</a></li>
      <li class="breadcrumb__item"><a class="breadcrumb__link" href="/{rubric}">{RUBRICS[rubric]}</a></li>
    </ul>
    <div id="read" class="read"><div class="read__loading">Memuat berita...</div></div>"""
        data = f'<script id="read-data" type="text/plain">{_b64({"html": self.story_html(article)})}</script>'
        return self.shell(f"{article['title']} - {SOURCE_NAME}", "\n".join(head), main, data)

    def story_html(self, article: dict) -> str:
        """What the site's script puts into div#read."""
        render = article["render"]
        authors = ", ".join(f'<a href="/author/{_slug(name)}">{escape(name)}</a>' for name in article["authors"])
        images = article["images"]
        mid = render.get("mid_image")
        lead = [img for index, img in enumerate(images) if not mid or index != mid[1]][:1]
        parts = []
        for image in lead:
            parts.append(self.figure(image))
        baca_juga = dict(render.get("baca_juga", []))
        others = [a for a in self.articles if a is not article]
        for index, text in enumerate(article["body_paragraphs"]):
            inner = render.get("paragraph_html", {}).get(index, escape(text))
            if index == 0 and article["dateline"]:
                inner = render.get("dateline_html", escape(article["dateline"]["raw"]) + " ") + inner
            tag = render.get("subheadings", {}).get(index)
            parts.append(f"<{tag}>{inner}</{tag}>" if tag else f"<p>{inner}</p>")
            if index == 0:
                parts.append('<div class="ads ads--inarticle"><ins class="adsbygoogle" '
                             'data-ad-slot="9876543210"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>')
            if mid and index == mid[0]:
                parts.append(self.figure(images[mid[1]]))
            if index in baca_juga:
                other = others[index % len(others)]
                link = f'<a href="{article_path(other)}">{escape(other["title"])}</a>'
                if baca_juga[index] == "read_others":
                    parts.append(f'<p><strong class="read__others">Baca Juga: {link}</strong></p>')
                else:
                    parts.append(f"<p><strong>Baca Juga:</strong> {link}</p>")
        tags = "".join(f'<li class="tag__item"><h4><a href="/tag/{_slug(t)}">{escape(t)}</a></h4></li>'
                       for t in article["tags"])
        related = "".join(f'<li><a href="{article_path(o)}">{escape(o["title"])}</a></li>' for o in others[:3])
        return f"""<div class="read__header">
  <h1 class="read__title">{escape(article["title"])}</h1>
  <div class="read__info">
    <div class="read__info__author">Penulis: {authors}</div>
    <div class="read__info__date">- {visible_date(article["published_at"])}</div>
  </div>
</div>
<div class="share"><span>Bagikan:</span> <a href="#fb">Facebook</a> <a href="#tw">Twitter</a> <a href="#wa">WhatsApp</a></div>
<article class="read__content clearfix">
{chr(10).join(parts)}
</article>
<div class="tag"><h3 class="tag__title">Tags</h3><ul class="tag__list">{tags}</ul></div>
<div class="read__related"><h3>Berita Terkait</h3><ul>{related}</ul></div>"""

    def figure(self, image: dict) -> str:
        caption = escape(image["caption"]) + (f" (Foto: {escape(image['credit'])})" if image["credit"] else "")
        return (f'<figure class="photo"><div class="photo__img"><img src="{image["url"]}" '
                f'alt="{escape(image["caption"])}"></div><figcaption class="photo__caption">{caption}'
                f'</figcaption></figure>')

    def listing_page(self, page: int) -> str:
        start = (page - 1) * PER_PAGE
        shown = self.articles[start:start + PER_PAGE]
        items = []
        for article in shown:
            path = article_path(article)
            thumb = article["images"][0]["url"] if article["images"] else "/assets/img/no-image.jpg"
            items.append(f"""<div class="latest__item">
  <div class="latest__img"><a href="{path}"><img src="{thumb}" alt="{escape(article["title"])}"></a></div>
  <div class="latest__right">
    <h4 class="latest__subtitle"><a href="/{article["rubric"]}">{RUBRICS[article["rubric"]]}</a></h4>
    <h2 class="latest__title"><a href="{path}" class="latest__link">{escape(article["title"])}</a></h2>
    <date class="latest__date">{visible_date(article["published_at"])}</date>
  </div>
</div>""")
        pages = -(-len(self.articles) // PER_PAGE)
        paging = "".join(
            f'<div class="paging__item"><a class="paging__link{" paging__link--active" if n == page else ""}" '
            f'href="{LISTING_PATH}?page={n}">{n}</a></div>' for n in range(1, pages + 1))
        html = "".join(items) or '<div class="latest__empty">Belum ada berita.</div>'
        html += f'<div class="paging paging--page">{paging}</div>'
        main = f"""    <ul class="breadcrumb__wrap">
      <li class="breadcrumb__item"><a class="breadcrumb__link" href="/">Home</a></li>
      <li class="breadcrumb__item">Tag</li>
    </ul>
    <h1 class="title">Berita Ekonomi Hari Ini</h1>
    <div id="latest" class="latest"><div class="latest__loading">Memuat berita...</div></div>"""
        data = f'<script id="latest-data" type="text/plain">{_b64({"html": html})}</script>'
        title = f"Berita Ekonomi Hari Ini - {SOURCE_NAME}" + (f" - Halaman {page}" if page > 1 else "")
        return self.shell(title, f'<link rel="canonical" href="{self.base_url}{LISTING_PATH}">', main, data)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def build_replica(articles=None, **site_options) -> Replica:
    """A Replica serving the site behind its Cloudflare gate (not started)."""
    site = JambiOneSite(articles, **site_options)
    replica = Replica(site)
    replica.add_fault(site.gate)
    return replica
