"""Replica of Jamberita (jamberita.com): a custom PHP news CMS.

RECONSTRUCTION, not a capture: the live site is unreachable from here.
Reproduced as recorded (its profile's notes and a public copy of one photo URL):
articles /read/2026/01/11/5986506/slug/, photos under
/foto_berita/YYYY/MM/DD/, the glued dateline "JAMBERITA.COM–", and the text
ending "(*)" followed by related headlines inside the same text box.
Assumed: the news index /indeks paged by offset (/indeks/15, /indeks/30,
CodeIgniter style, 15 a page), the date line "Minggu, 11 Januari 2026 |
14:05 WIB" with an article:published_time meta, the byline "Penulis: ...",
justified paragraphs pasted from a word processor, and the class names. The
articles are invented.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from tests.replica.portals import (NOTICE, WIB, PortalSite, attr, esc, excerpt,
                                   expected_item as _expected_item, filler_articles,
                                   format_visible_date, render_paragraphs, slugify, wib)
from tests.replica.server import Response
from tests.replica.wordpress import DAYS, MONTHS

ORIGIN = "https://jamberita.com/"
PER_PAGE = 15
DATELINE = {"raw": "JAMBERITA.COM–", "place": None, "outlet": "JAMBERITA.COM"}
CLIENT = "ca-pub-0000000000000000"  # deliberately fake


def _image(day: str, name: str, caption: str, credit: str | None, before: int = 0) -> dict:
    # The CMS stores photos by upload day with a random prefix and a timestamp.
    stamp = int(datetime.fromisoformat(day + "T09:00:00+07:00").timestamp())
    prefix = f"{stamp % 65535:04x}"
    return {"url": f"/foto_berita/{day.replace('-', '/')}/{prefix}_img_{stamp}{name}.jpg", "caption": caption,
            "credit": credit, "render": {"before": before}}


ARTICLES = [
    {
        "id": 6199518, "published_at": "2026-11-26T10:40:00+07:00",
        "title": "Pemprov Jambi Siapkan Rp 40 Miliar untuk Perbaikan Jalan Provinsi",
        "authors": ["Hendri Gunawan"],
        "categories": ["Daerah"], "tags": ["Jalan Provinsi", "APBD", "PUPR"],
        "images": [_image("2026-11-26", "", "Kendaraan melintasi ruas jalan provinsi yang berlubang di Kecamatan Mestong, Muaro Jambi.",
                          "Jamberita.com")],
        "body_paragraphs": [
            "Pemerintah Provinsi Jambi menyiapkan anggaran Rp 40 miliar untuk perbaikan jalan provinsi pada tahun anggaran mendatang. Prioritas diberikan pada ruas yang dilalui angkutan batu bara dan hasil perkebunan.",
            "Kepala Dinas PUPR Provinsi Jambi, Arif Munandar mengatakan, sedikitnya 14 ruas jalan masuk daftar perbaikan. Sebagian besar berada di Kabupaten Muaro Jambi, Batanghari dan Sarolangun.",
            "“Kerusakan paling parah ada di ruas yang setiap hari dilewati truk bermuatan berat. Selain perbaikan, kami juga minta pengawasan tonase diperketat,” ujarnya.",
            "DPRD Provinsi Jambi meminta pekerjaan dimulai di awal tahun agar tidak berbenturan dengan musim hujan.",
        ],
        "quirks": ["newest", "end_marker_glued"],
        "render": {"credit": "(*)", "related": 3, "ads_after": [1]},
    },
    {
        "id": 6188204, "published_at": "2026-11-10T07:55:00+07:00",
        "title": "Ratusan Honorer Datangi DPRD Sarolangun Tuntut Kejelasan Status",
        "authors": ["Ika Purnama"],
        "categories": ["Politik"], "tags": ["Honorer", "Sarolangun", "DPRD"],
        "images": [],
        "body_paragraphs": [
            "Ratusan tenaga honorer di lingkungan Pemerintah Kabupaten Sarolangun mendatangi gedung DPRD setempat. Mereka menuntut kejelasan status setelah tidak masuk daftar pengangkatan pegawai pemerintah dengan perjanjian kerja.",
            "Koordinator aksi, Rosalina mengatakan, sebagian besar peserta aksi sudah mengabdi lebih dari sepuluh tahun sebagai guru dan tenaga kesehatan di desa.",
            "“Kami tidak minta lebih, hanya kepastian. Jangan sampai yang sudah lama mengabdi justru tersingkir,” katanya di hadapan anggota dewan.",
            "Ketua DPRD Sarolangun berjanji menyampaikan tuntutan tersebut kepada pemerintah daerah dan Badan Kepegawaian Negara dalam waktu dekat.",
        ],
        "quirks": ["end_marker_own_paragraph", "no_images"],
        "render": {"closing_marker": True, "related": 4},
    },
    {
        "id": 6143377, "published_at": "2026-09-09T15:20:00+07:00",
        "title": "Kabut Asap Tipis Mulai Selimuti Kota Jambi",
        "authors": ["Hendri Gunawan"],
        "categories": ["Peristiwa"], "tags": ["Kabut Asap", "Karhutla", "ISPU"],
        "images": [_image("2026-09-09", "", "Suasana Jembatan Gentala Arasy yang diselimuti kabut asap tipis, Rabu pagi.",
                          "Hendri/Jamberita")],
        "body_paragraphs": [
            "Kabut asap tipis mulai menyelimuti Kota Jambi sejak Rabu pagi. Jarak pandang di kawasan tepian Sungai Batanghari hanya sekitar dua kilometer.",
            "Berdasarkan data Dinas Lingkungan Hidup, indeks standar pencemar udara (ISPU) berada pada kategori sedang. Warga yang memiliki gangguan pernapasan diminta mengurangi aktivitas di luar rumah.",
            "Kualitas Udara Dipantau",
            "Dinas Kesehatan Kota Jambi menyiapkan masker di seluruh puskesmas. Sekolah diminta memantau kondisi siswa dan melaporkan jika ada yang mengalami sesak napas.",
            "BMKG memperkirakan hujan baru akan turun pada pekan ketiga September sehingga potensi titik panas masih tinggi.",
        ],
        "quirks": ["subheading_h3", "related_after_marker"],
        "render": {"subheadings": {2: "h3"}, "credit": "(*)", "related": 3},
    },
    {
        "id": 6101290, "published_at": "2026-07-03T19:30:00+07:00",
        "title": "Petani Kerinci Panen Raya Kentang, Harga Justru Turun",
        "authors": ["Ika Purnama"],
        "categories": ["Ekonomi"], "tags": ["Kentang", "Kerinci", "Petani"],
        "images": [_image("2026-07-03", "a", "Petani memanen kentang di lereng Gunung Kerinci, Kecamatan Kayu Aro.", None),
                   _image("2026-07-03", "b", "Kentang hasil panen dikemas dalam karung sebelum diangkut ke Padang.",
                          "Ika/Jamberita", before=3)],
        "body_paragraphs": [
            "Petani kentang di Kabupaten Kerinci tengah memasuki panen raya. Namun harga kentang di tingkat petani justru turun menjadi Rp 7.000 per kilogram dari sebelumnya Rp 10.000 per kilogram.",
            "Petani menyebut turunnya harga terjadi karena panen berlangsung serentak di Kerinci dan daerah penghasil kentang lain di Sumatera.",
            "“Modal tanam sekarang mahal, pupuk dan obat naik. Kalau harga segini kami hanya balik modal,” kata Darman, petani di Kecamatan Kayu Aro.",
            "Sebagian besar kentang Kerinci dikirim ke Padang, Jambi dan Pekanbaru. Petani berharap pemerintah membantu membuka pasar baru agar harga tidak jatuh setiap panen raya.",
        ],
        "quirks": ["two_images", "caption_without_credit"],
        "render": {"credit": "(*)", "related": 2},
    },
    {
        "id": 6058411, "published_at": "2026-04-30T11:10:00+07:00",
        "title": "Polda Jambi Ungkap Peredaran 5 Kilogram Sabu Jaringan Antarprovinsi",
        "authors": ["Hendri Gunawan"],
        "categories": ["Hukum"], "tags": ["Narkoba", "Polda Jambi", "Sabu"],
        "images": [],
        "body_paragraphs": [
            "Direktorat Reserse Narkoba Polda Jambi mengungkap peredaran lima kilogram sabu yang diduga milik jaringan antarprovinsi. Dua orang pelaku ditangkap di sebuah rumah di kawasan Kota Baru.",
            "Direktur Reserse Narkoba Polda Jambi, Kombes Pol Wahyu Nugroho mengatakan, sabu tersebut rencananya diedarkan ke sejumlah kabupaten di Jambi dan Sumatera Selatan.",
            "Polisi masih memburu seorang pelaku lain yang diduga sebagai pengendali jaringan dan kini masuk daftar pencarian orang.",
        ],
        "quirks": ["no_images", "no_related"],
        "render": {"credit": "(*)", "related": 0},
    },
    {
        "id": 6012873, "published_at": "2026-02-20T08:45:00+07:00",
        "title": "Tebo Targetkan Seluruh Desa Teraliri Listrik Tahun Depan",
        "authors": ["Ika Purnama"],
        "categories": ["Daerah"], "tags": ["Listrik", "Tebo", "PLN"],
        "images": [],
        "body_paragraphs": [
            "Pemerintah Kabupaten Tebo menargetkan seluruh desa di wilayahnya sudah teraliri listrik pada tahun depan. Saat ini masih ada enam desa yang belum menikmati listrik PLN selama 24 jam.",
            "Bupati Tebo mengatakan, pemerintah daerah sudah berkoordinasi dengan PLN untuk membangun jaringan di desa-desa yang berada di pedalaman.",
            "Warga di desa yang belum teraliri listrik selama ini mengandalkan genset dan panel surya bantuan pemerintah yang hanya menyala beberapa jam setiap malam.",
        ],
        "quirks": ["no_images"],
        "render": {"credit": "(*)", "related": 3},
    },
    {
        "id": 5986506, "published_at": "2026-01-11T14:05:00+07:00",
        "title": "Gubernur Jambi Lantik 1.200 PPPK Formasi Guru",
        "authors": ["Hendri Gunawan"],
        "categories": ["Daerah"], "tags": ["PPPK", "Guru", "Pemprov Jambi"],
        "images": [_image("2026-01-11", "", "Ratusan PPPK formasi guru mengikuti pelantikan di halaman kantor Gubernur Jambi.",
                          "Jamberita.com")],
        "body_paragraphs": [
            "Gubernur Jambi melantik 1.200 pegawai pemerintah dengan perjanjian kerja (PPPK) formasi guru di halaman kantor gubernur. Mereka akan ditempatkan di SMA, SMK dan SLB negeri di seluruh kabupaten dan kota.",
            "Dalam sambutannya, gubernur meminta para guru yang baru dilantik bersedia ditempatkan di sekolah-sekolah di daerah terpencil yang selama ini kekurangan tenaga pengajar.",
            "“Jangan ada lagi sekolah yang satu guru mengajar tiga mata pelajaran. Kehadiran bapak ibu sangat ditunggu anak-anak kita,” ujarnya.",
            "Kepala Badan Kepegawaian Daerah Provinsi Jambi menyebut, pengangkatan PPPK tahap berikutnya akan dilakukan setelah formasi dari pemerintah pusat ditetapkan.",
        ],
        "quirks": ["profile_url_example", "oldest"],
        "render": {"credit": "(*)", "related": 3, "ads_after": [2]},
    },
]

AUTHORS = ["Hendri Gunawan", "Ika Purnama"]


def _filler() -> list[dict]:
    articles = filler_articles(18, newest=datetime(2026, 11, 24, 13, 0, tzinfo=WIB), every=timedelta(days=8),
                               first_id=6198990, offset=2)
    for n, article in enumerate(articles):
        article.pop("place")  # Jamberita's dateline names no place
        article["authors"] = [AUTHORS[n % 2]]
        article["render"] = {"credit": "(*)", "related": 2 + n % 2}
    return articles


def site_articles() -> list[dict]:
    articles = [{**spec, "slug": slugify(spec["title"]), "modified_at": None} for spec in ARTICLES]
    articles += _filler()
    for article in articles:
        article.update(dateline=dict(DATELINE), editor=None)
        article["render"] = {**article["render"], "dateline_html": "<strong>JAMBERITA.COM–</strong> "}
    return articles


class JamberitaSite(PortalSite):
    origin = ORIGIN
    name = "Jamberita"
    image_prefixes = ("/foto_berita/", "/assets/")

    def article_path(self, article: dict) -> str:
        day = wib(article["published_at"])
        return f"/read/{day:%Y/%m/%d}/{article['id']}/{article['slug']}/"

    def route(self, path: str, query: dict) -> Response | None:
        parts = path.strip("/").split("/")
        if len(parts) == 6 and parts[0] == "read":
            article = self.by_path.get(path if path.endswith("/") else path + "/")
            if article is None:
                return None
            if not path.endswith("/"):
                return Response.redirect(self.article_url(article))
            return Response.text(self.article_page(article))
        if parts[0] == "indeks" and len(parts) <= 2 and "listing" not in self.disable:
            if len(parts) == 2 and not parts[1].isdigit():
                return None
            return Response.text(self.index_page(int(parts[1]) if len(parts) == 2 else 0))
        if path == "/":
            return Response.text(self.document("Jamberita.com | Berita Jambi Terkini", self.index_list(self.newest(10))))
        return None

    def index_list(self, articles) -> str:
        items = "".join(
            f'<li><span class="tgl">{wib(a["published_at"]):%d/%m/%Y %H:%M}</span> '
            f'<a href="{self.article_url(a)}">{esc(a["title"])}</a></li>' for a in articles)
        return f'<ul class="indeks-list">{items}</ul>'

    def sidebar(self, exclude=None) -> str:
        # "Terpopuler": older stories, linked with their own dated URLs.
        popular = [a for a in self.articles if a is not exclude][-6:]
        items = "".join(f'<li><a href="{self.article_url(a)}">{esc(a["title"])}</a></li>' for a in popular)
        return (f'<div class="col-md-4 sidebar"><div class="box"><h4 class="judul-box">Terpopuler</h4>'
                f'<ol class="populer">{items}</ol></div></div>')

    def index_page(self, offset: int) -> str:
        chunk = self.articles[offset: offset + PER_PAGE]
        listing = self.index_list(chunk) if chunk else '<ul class="indeks-list"></ul>'
        active = ' class="active"'
        links = "".join(f'<a href="{self.url("/indeks" + (f"/{n}" if n else ""))}"'
                        f'{active if n == offset else ""}>{n // PER_PAGE + 1}</a> '
                        for n in range(0, len(self.articles), PER_PAGE))
        if offset + PER_PAGE < len(self.articles):
            links += f'<a href="{self.url(f"/indeks/{offset + PER_PAGE}")}">Selanjutnya &raquo;</a>'
        main = (f'<div class="col-md-8"><h1 class="judul-halaman">Indeks Berita</h1>{listing}'
                f'<div class="paging">{links}</div></div>')
        return self.document("Indeks Berita | Jamberita.com", main + self.sidebar())

    def image_html(self, image: dict, number: int) -> str:
        caption = image["caption"] + (f" Foto: {image['credit']}" if image.get("credit") else "")
        return (f'<figure class="foto-berita"><img src="{self.url(image["url"])}" alt="{attr(image["caption"])}">'
                f'<figcaption class="ket-foto">{esc(caption)}</figcaption></figure>')

    def ad_html(self, number: int) -> str:
        return (f'<div class="iklan-dalam"><ins class="adsbygoogle" style="display:block" data-ad-client="{CLIENT}" '
                f'data-ad-slot="{4100000000 + number}" data-ad-format="auto"></ins>'
                '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')

    def related_headlines(self, article: dict) -> list[str]:
        """Newest other stories, one bold link a paragraph, right after "(*)"."""
        count = article["render"].get("related", 0)
        others = [a for a in self.articles if a is not article][:count]
        return [f'<p style="text-align: justify;"><strong><a href="{self.article_url(a)}">{esc(a["title"])}</a>'
                f'</strong></p>' for a in others]

    def article_page(self, article: dict) -> str:
        url = self.article_url(article)
        published = wib(article["published_at"])
        render = dict(article["render"])
        closing = ['<p style="text-align: justify;">(*)</p>'] if render.get("closing_marker") else []
        render["closing"] = closing + self.related_headlines(article)
        blocks = render_paragraphs({**article, "render": render}, image_html=self.image_html, ad_html=self.ad_html)
        # Pasted from a word processor: justified paragraphs, a non-breaking space here and there.
        blocks = [b.replace("<p>", '<p style="text-align: justify;">', 1).replace(". ", ".&nbsp; ", 1)
                  if b.startswith("<p") else b for b in blocks]
        author = article["authors"][0]
        category = article["categories"][0]
        tags = ", ".join(f'<a href="{self.url("/tag/" + slugify(t))}">{esc(t)}</a>' for t in article["tags"])
        head = (f'<meta name="description" content="{attr(excerpt(article))}">'
                f'<link rel="canonical" href="{url}">'
                f'<meta property="og:title" content="{attr(article["title"])}"><meta property="og:url" content="{url}">'
                f'<meta property="og:site_name" content="Jamberita.com">'
                f'<meta property="article:published_time" content="{published.isoformat()}">')
        if article["images"]:
            head += f'<meta property="og:image" content="{self.url(article["images"][0]["url"])}">'
        main = f"""<div class="col-md-8">
<div class="detail-berita">
  <div class="detail-kategori"><a href="{self.url('/kategori/' + slugify(category))}">{esc(category)}</a></div>
  <h1 class="detail-judul">{esc(article["title"])}</h1>
  <div class="detail-info"><span class="penulis">Penulis: <a href="{self.url('/penulis/' + slugify(author))}">{esc(author)}</a></span>
    <span class="tanggal">{format_visible_date(published, "wib_pipe")}</span></div>
  <div class="detail-isi">
{chr(10).join(blocks)}
  </div>
  <div class="tag-berita">Tag: {tags}</div>
  <div class="bagikan">Bagikan: <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="whatsapp://send?text={url}">WhatsApp</a></div>
</div>
</div>"""
        return self.document(f"{article['title']} | Jamberita.com", main + self.sidebar(article), head)

    def document(self, title: str, body: str, head: str = "") -> str:
        now = self.clock()
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        return f"""<!DOCTYPE html>
<!-- {NOTICE.format(origin=ORIGIN)} -->
<html lang="id">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>{head}
<link rel="stylesheet" href="{self.url('/assets/css/style.css')}">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={CLIENT}" crossorigin="anonymous"></script>
</head>
<body>
<div id="header"><div class="container"><div class="tanggal-hari">{today}</div>
<a href="{self.url('/')}"><img src="{self.url('/assets/images/logo-jamberita.png')}" alt="Jamberita.com"></a></div>
<ul id="menu"><li><a href="{self.url('/')}">Home</a></li><li><a href="{self.url('/indeks')}">Indeks</a></li><li><a href="{self.url('/kategori/daerah')}">Daerah</a></li><li><a href="{self.url('/kategori/politik')}">Politik</a></li><li><a href="{self.url('/kategori/hukum')}">Hukum</a></li></ul></div>
<div class="container"><div class="row">
{body}
</div></div>
<div id="footer"><div class="container">Copyright &copy; {now.year} Jamberita.com - Media Online Jambi | <a href="{self.url('/redaksi')}">Redaksi</a></div></div>
</body>
</html>
"""


def build_site(disable=(), now=None) -> JamberitaSite:
    return JamberitaSite(site_articles(), now=now, disable=disable)


def expected_item(site: JamberitaSite, article: dict) -> dict:
    return _expected_item(article, site.article_url(article), site.base_url)


def find(site: JamberitaSite, quirk: str) -> dict:
    return next(a for a in site.articles if quirk in a.get("quirks", ()))
