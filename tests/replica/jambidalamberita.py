"""Replica of Jambi Dalam Berita (jambidalamberita.id): a custom news CMS.

RECONSTRUCTION, not a capture: the live site is unreachable from here.
Reproduced as its profile records it: articles /berita/<id>/<slug>, dates as
"Selasa, 17 Mar 2026 06:31 WIB", the dateline "JAMBIDALAMBERITA.ID, JAMBI –",
closing staff lines "Reporter : Yudi" and "Editor : Kurniawan", inline
"Baca Juga:" links and the WhatsApp channel box "Berita Terkini, Eksklusif
di Whatsapp + Gabung" inside the text. Assumed (a Laravel/Bootstrap news
CMS): the news index /indeks?page=N (12 a page, an empty list past the end),
the page layout and class names, the lead photo with its caption above the
text, no JSON-LD and no machine-readable date. The articles are invented.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from tests.replica.portals import (NOTICE, PortalSite, attr, esc, excerpt,
                                   expected_item as _expected_item, filler_articles,
                                   format_visible_date, render_paragraphs, slugify, wib)
from tests.replica.server import Response
from tests.replica.wordpress import DAYS, MONTHS, WIB

ORIGIN = "https://jambidalamberita.id/"
PER_PAGE = 12
WHATSAPP_BOX = ('<div class="wa-channel"><span>Berita Terkini, Eksklusif di Whatsapp</span> '
                '<a class="btn btn-success btn-sm" href="https://whatsapp.com/channel/0029VaJambiDalamBerita" '
                'target="_blank" rel="noopener">+ Gabung</a></div>')


def _dateline(place_written: str, place: str) -> dict:
    return {"raw": f"JAMBIDALAMBERITA.ID, {place_written} –", "place": place, "outlet": "JAMBIDALAMBERITA.ID"}


def _staff(reporter: str, editor: str, one_paragraph: bool = True) -> list[str]:
    """The closing staff lines as the CMS prints them."""
    if one_paragraph:
        return [f"<p>Reporter : {esc(reporter)}<br>Editor : {esc(editor)}</p>"]
    return [f"<p>Reporter : {esc(reporter)}</p>", f"<p>Editor : {esc(editor)}</p>"]


def _image(url, caption, credit, before=0):
    return {"url": url, "caption": caption, "credit": credit, "render": {"before": before}}


ARTICLES = [
    {
        "id": 2606, "published_at": "2026-11-25T19:10:00+07:00",
        "title": "Harga Beras Medium di Jambi Mulai Turun",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Siska"], "editor": "Kurniawan",
        "categories": ["Ekonomi"], "tags": ["Beras", "Harga Pangan", "Bulog"],
        "images": [_image("/storage/posts/2026/11/beras-pasar-talang-banjar.jpg",
                          "Pedagang beras melayani pembeli di Pasar Talang Banjar, Kota Jambi.",
                          "Jambidalamberita")],
        "body_paragraphs": [
            "Harga beras medium di sejumlah pasar tradisional di Kota Jambi mulai turun dalam sepekan terakhir. Di Pasar Talang Banjar, beras medium kini dijual Rp 13.200 per kilogram, turun dari sebelumnya Rp 13.800 per kilogram.",
            "Pedagang menyebut penurunan harga terjadi setelah Perum Bulog menggelontorkan beras program stabilisasi pasokan dan harga pangan (SPHP) ke pasar-pasar.",
            "“Pasokan dari Bulog lancar, jadi harga di pedagang besar juga ikut turun. Pembeli sudah mulai ramai lagi,” kata Nurhasanah, pedagang beras di Pasar Talang Banjar.",
            "Pimpinan Wilayah Perum Bulog Jambi, Taufik Hidayat mengatakan, stok beras di gudang Bulog cukup untuk kebutuhan hingga tiga bulan ke depan. Penyaluran SPHP akan terus dilakukan hingga akhir tahun.",
        ],
        "quirks": ["newest", "staff_two_lines"],
        "render": {"inserts": {1: [WHATSAPP_BOX]}, "closing": _staff("Siska", "Kurniawan", one_paragraph=False)},
    },
    {
        "id": 2599, "published_at": "2026-11-20T08:30:00+07:00",
        "title": "Pemkot Jambi Uji Coba Bus Sekolah Gratis di Tiga Rute",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Yudi"], "editor": "Kurniawan",
        "categories": ["Daerah"], "tags": ["Bus Sekolah", "Pemkot Jambi", "Pendidikan"],
        "images": [],
        "body_paragraphs": [
            "Pemerintah Kota Jambi mulai menguji coba layanan bus sekolah gratis di tiga rute. Bus menjemput pelajar dari kawasan Jambi Selatan, Alam Barajo dan Kotabaru sejak pukul enam pagi.",
            "Kepala Dinas Perhubungan Kota Jambi, Ferry Andika mengatakan, uji coba berlangsung selama satu bulan. Hasilnya akan menjadi dasar penambahan armada dan rute pada tahun depan.",
            "Sejumlah orang tua menyambut baik layanan tersebut. Mereka tidak perlu lagi mengantar anak ke sekolah sebelum berangkat bekerja.",
            "“Anak saya sekarang berangkat bareng teman-temannya. Ongkos ojek bisa dihemat untuk keperluan lain,” ujar Marlina, warga Kelurahan Pakuan Baru.",
        ],
        "quirks": ["no_images", "bold_dateline", "read_also"],
        "render": {"dateline_html": "<strong>JAMBIDALAMBERITA.ID, JAMBI</strong> – ",
                   "read_also": [(1, "harga-beras-medium-di-jambi-mulai-turun")],
                   "closing": _staff("Yudi", "Kurniawan")},
    },
    {
        "id": 2431, "published_at": "2026-10-14T16:45:00+07:00",
        "title": "12 Hektare Lahan Gambut di Tanjabtim Terbakar",
        "dateline": _dateline("MUARA SABAK", "Muara Sabak"),
        "authors": ["Rahmad"], "editor": "Dedi Saputra",
        "categories": ["Peristiwa"], "tags": ["Karhutla", "Tanjabtim", "Gambut"],
        "images": [_image("/storage/posts/2026/10/karhutla-tanjabtim.jpg",
                          "Petugas Manggala Agni memadamkan api di lahan gambut di Kecamatan Dendang, Tanjung Jabung Timur.",
                          "Dok/BPBD Tanjabtim")],
        "body_paragraphs": [
            "Kebakaran melanda sekitar 12 hektare lahan gambut di Kecamatan Dendang, Kabupaten Tanjung Jabung Timur. Api terpantau sejak siang dan baru bisa dikendalikan menjelang malam.",
            "Kepala Pelaksana BPBD Tanjung Jabung Timur, Samsul Bahri mengatakan, petugas gabungan kesulitan memadamkan api karena sumber air jauh dari lokasi kebakaran.",
            "Pemadaman Terkendala Air",
            "Petugas terpaksa membuat sumur bor darurat di sekitar lokasi. Pemadaman juga dibantu warga yang membawa mesin pompa dari kebun mereka.",
            "Polisi masih menyelidiki penyebab kebakaran. Lahan yang terbakar diketahui merupakan lahan milik warga yang baru dibuka untuk ditanami sawit.",
        ],
        "quirks": ["subheading_strong", "baca_juga_multiple"],
        "render": {"subheadings": {2: "strong"},
                   "read_also": [(0, "pemkot-jambi-uji-coba-bus-sekolah-gratis-di-tiga-rute"),
                                 (3, "festival-candi-muaro-jambi-dipadati-wisatawan")],
                   "inserts": {1: [WHATSAPP_BOX]},
                   "closing": _staff("Rahmad", "Dedi Saputra")},
    },
    {
        "id": 2210, "published_at": "2026-08-08T10:05:00+07:00",
        "title": "Festival Candi Muaro Jambi Dipadati Wisatawan",
        "dateline": _dateline("MUARO JAMBI", "Muaro Jambi"),
        "authors": ["Siska"], "editor": "Kurniawan",
        "categories": ["Wisata"], "tags": ["Candi Muaro Jambi", "Festival", "Pariwisata"],
        "images": [_image("/storage/posts/2026/08/festival-candi.jpg",
                          "Pengunjung menyaksikan pertunjukan seni di pelataran Candi Gumpung, Kawasan Cagar Budaya Nasional Muaro Jambi.",
                          "Siska/Jambidalamberita"),
                   _image("/storage/posts/2026/08/festival-candi-lampion.jpg",
                          "Lampion diterbangkan pada malam penutupan festival.",
                          None, before=3)],
        "body_paragraphs": [
            "Festival Candi Muaro Jambi yang digelar selama tiga hari dipadati wisatawan. Panitia mencatat lebih dari 20 ribu pengunjung datang ke kawasan cagar budaya tersebut.",
            "Selain pertunjukan seni, pengunjung dapat mengikuti tur sepeda mengelilingi kompleks candi dan mencicipi kuliner khas Melayu Jambi yang dijajakan warga sekitar.",
            "Kepala Dinas Pariwisata Provinsi Jambi, Sri Wahyuni mengatakan, festival menjadi cara memperkenalkan Candi Muaro Jambi yang kini berstatus kawasan strategis nasional.",
            "Festival ditutup dengan penerbangan lampion di pelataran Candi Gumpung. Panitia berencana menjadikan festival sebagai agenda tahunan.",
        ],
        "quirks": ["two_images", "caption_without_credit"],
        "render": {"closing": _staff("Siska", "Kurniawan")},
    },
    {
        "id": 1954, "published_at": "2026-05-15T14:20:00+07:00",
        "title": "Kejati Jambi Tetapkan Dua Tersangka Korupsi Proyek Jalan",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Yudi"], "editor": "Kurniawan",
        "categories": ["Hukum"], "tags": ["Korupsi", "Kejati Jambi", "Proyek Jalan"],
        "images": [],
        "body_paragraphs": [
            "Kejaksaan Tinggi Jambi menetapkan dua tersangka dalam perkara dugaan korupsi proyek peningkatan jalan di salah satu kabupaten. Keduanya adalah pejabat pembuat komitmen dan direktur perusahaan pelaksana.",
            "Asisten Tindak Pidana Khusus Kejati Jambi, Andi Prasetyo mengatakan, penyidik menemukan kekurangan volume pekerjaan yang menimbulkan kerugian negara sekitar Rp 2,1 miliar.",
            "“Kedua tersangka langsung kami tahan selama 20 hari ke depan untuk kepentingan penyidikan,” kata Andi.",
            "Penyidik juga masih mendalami kemungkinan adanya pihak lain yang ikut menikmati aliran dana proyek tersebut.",
        ],
        "quirks": ["no_images"],
        "render": {"read_also": [(2, "12-hektare-lahan-gambut-di-tanjabtim-terbakar")],
                   "closing": _staff("Yudi", "Kurniawan")},
    },
    {
        "id": 1798, "published_at": "2026-03-17T06:31:00+07:00",
        "title": "Debit Sungai Batanghari Naik, Warga Tepian Diminta Waspada",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Yudi"], "editor": "Kurniawan",
        "categories": ["Peristiwa"], "tags": ["Sungai Batanghari", "Banjir", "BPBD"],
        "images": [_image("/storage/posts/2026/03/batanghari-naik.jpg",
                          "Permukaan Sungai Batanghari di kawasan Tanggo Rajo, Kota Jambi.",
                          "Yudi/Jambidalamberita")],
        "body_paragraphs": [
            "Debit Sungai Batanghari di Kota Jambi terus naik dalam tiga hari terakhir. Tinggi muka air di pos pantau Tanggo Rajo kini mencapai 13,2 meter.",
            "Badan Penanggulangan Bencana Daerah (BPBD) Kota Jambi meminta warga yang tinggal di tepian sungai waspada, terutama pada malam hari.",
            "Kepala Pelaksana BPBD Kota Jambi, Mulyadi mengatakan, kenaikan air dipicu hujan deras di daerah hulu seperti Kerinci, Merangin dan Sarolangun.",
            "“Kami sudah menyiapkan tenda pengungsian dan perahu karet di kelurahan yang biasa terdampak,” ujarnya.",
        ],
        "quirks": ["profile_date_example", "whatsapp_box_last"],
        "render": {"closing": _staff("Yudi", "Kurniawan") + [WHATSAPP_BOX]},
    },
    {
        "id": 1752, "published_at": "2026-03-02T09:15:00+07:00",
        "title": "Pasar Murah Ramadan Digelar di 11 Kabupaten dan Kota",
        "dateline": _dateline("JAMBI", "Jambi"),
        "authors": ["Rahmad"], "editor": "Kurniawan",
        "categories": ["Ekonomi"], "tags": ["Pasar Murah", "Ramadan", "Pemprov Jambi"],
        "images": [],
        "body_paragraphs": [
            "Pemerintah Provinsi Jambi menggelar pasar murah Ramadan di 11 kabupaten dan kota. Warga dapat membeli beras, minyak goreng, gula pasir dan telur dengan harga di bawah harga pasar.",
            "Kepala Dinas Perindustrian dan Perdagangan Provinsi Jambi, Hendri Saputra mengatakan, setiap lokasi menyediakan sedikitnya seribu paket sembako bersubsidi.",
            "Antrean warga sudah terlihat sejak pagi di halaman kantor camat yang menjadi lokasi pasar murah.",
        ],
        "quirks": ["oldest", "no_images"],
        "render": {"inserts": {0: [WHATSAPP_BOX]}, "closing": _staff("Rahmad", "Kurniawan")},
    },
]

REPORTERS = [("Yudi", "Kurniawan"), ("Rahmad", "Kurniawan"), ("Siska", "Dedi Saputra")]


def _filler() -> list[dict]:
    articles = filler_articles(18, newest=datetime(2026, 11, 23, 10, 0, tzinfo=WIB), every=timedelta(days=9),
                               first_id=2580, offset=5)
    for n, article in enumerate(articles):
        written, place = article.pop("place")
        reporter, editor = REPORTERS[n % len(REPORTERS)]
        article.update(dateline=_dateline(written, place), authors=[reporter], editor=editor)
        article["render"] = {"closing": _staff(reporter, editor, one_paragraph=n % 2 == 0)}
        if n % 3 == 0:
            article["render"]["inserts"] = {1: [WHATSAPP_BOX]}
    return articles


def site_articles() -> list[dict]:
    articles = []
    for spec in ARTICLES:
        articles.append({**spec, "slug": slugify(spec["title"]), "modified_at": None})
    return articles + _filler()


class JambiDalamBeritaSite(PortalSite):
    origin = ORIGIN
    name = "Jambi Dalam Berita"
    image_prefixes = ("/storage/",)

    def article_path(self, article: dict) -> str:
        return f"/berita/{article['id']}/{article['slug']}"

    def route(self, path: str, query: dict) -> Response | None:
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "berita" and parts[1].isdigit():
            article = self.by_path.get(path.rstrip("/"))
            return Response.text(self.article_page(article)) if article else None
        if path == "/indeks" and "listing" not in self.disable:
            page = query.get("page", "1")
            return Response.text(self.index_page(int(page) if page.isdigit() and int(page) > 0 else 1))
        if path == "/":
            return Response.text(self.document("Jambi Dalam Berita - Berita Jambi Terkini",
                                               self.news_list(self.newest(8))))
        return None

    def date_text(self, article: dict) -> str:
        return format_visible_date(wib(article["published_at"]), "short_month")  # Selasa, 17 Mar 2026 06:31 WIB

    def news_item(self, article: dict) -> str:
        url = self.article_url(article)
        category = article["categories"][0]
        thumb = (f'<a class="news-thumb" href="{url}"><img src="{self.url(article["images"][0]["url"])}" alt="" '
                 f'loading="lazy"></a>' if article["images"] else "")
        return (f'<div class="news-item media">{thumb}<div class="media-body">'
                f'<span class="news-category"><a href="{self.url("/kategori/" + slugify(category))}">{esc(category)}</a></span>'
                f'<h3 class="news-title"><a href="{url}">{esc(article["title"])}</a></h3>'
                f'<span class="news-date">{self.date_text(article)}</span></div></div>')

    def news_list(self, articles) -> str:
        return '<div class="news-list">' + "\n".join(self.news_item(a) for a in articles) + "</div>"

    def sidebar(self, exclude=None) -> str:
        popular = [a for a in self.articles if a is not exclude and a["id"] % 4 == 1][:5]
        items = "".join(f'<li><a href="{self.article_url(a)}">{esc(a["title"])}</a>'
                        f'<small>{self.date_text(a)}</small></li>' for a in popular)
        return (f'<aside class="col-lg-4"><div class="widget"><h4 class="widget-title">Terpopuler</h4>'
                f'<ol class="popular-list">{items}</ol></div>{WHATSAPP_BOX}</aside>')

    def index_page(self, page: int) -> str:
        pages = max(1, -(-len(self.articles) // PER_PAGE))
        chunk = self.articles[(page - 1) * PER_PAGE: page * PER_PAGE]
        items = self.news_list(chunk) if chunk else '<div class="news-list"><p>Tidak ada berita.</p></div>'
        links = "".join(f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" '
                        f'href="{self.url(f"/indeks?page={n}")}">{n}</a></li>' for n in range(1, pages + 1))
        if page < pages:
            links += (f'<li class="page-item"><a class="page-link" href="{self.url(f"/indeks?page={page + 1}")}" '
                      f'rel="next">&rsaquo;</a></li>')
        main = (f'<div class="col-lg-8"><div class="section-title"><h1>Indeks Berita</h1></div>{items}'
                f'<nav><ul class="pagination">{links}</ul></nav></div>')
        return self.document("Indeks Berita - Jambi Dalam Berita", main + self.sidebar())

    def image_html(self, image: dict, number: int) -> str:
        caption = image["caption"] + (f" (Foto: {image['credit']})" if image.get("credit") else "")
        return (f'<figure class="post-image"><img src="{self.url(image["url"])}" class="img-fluid" '
                f'alt="{attr(image["caption"])}"><figcaption>{esc(caption)}</figcaption></figure>')

    def read_also_html(self, slug: str) -> str:
        target = self.by_slug[slug]
        return f'<p><strong>Baca Juga:</strong> <a href="{self.article_url(target)}">{esc(target["title"])}</a></p>'

    def article_page(self, article: dict) -> str:
        url = self.article_url(article)
        category = article["categories"][0]
        lead, rest = (article["images"][:1], article["images"][1:])
        # The lead photo is the post's featured image, shown above the text;
        # further photos sit in the text where the editor put them.
        figure = self.image_html(lead[0], 0) if lead else ""
        in_text = {**article, "images": rest}
        blocks = render_paragraphs(in_text, image_html=self.image_html, read_also_html=self.read_also_html)
        tags = "".join(f'<a class="tag" href="{self.url("/tag/" + slugify(t))}">{esc(t)}</a>' for t in article["tags"])
        related = [a for a in self.articles if a is not article and a["categories"] == article["categories"]][:4]
        related_html = "".join(f'<li><a href="{self.article_url(a)}">{esc(a["title"])}</a></li>' for a in related)
        head = (f'<meta name="description" content="{attr(excerpt(article))}">'
                f'<meta name="author" content="Redaksi Jambidalamberita">'
                f'<link rel="canonical" href="{url}">'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{attr(article["title"])}">'
                f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="Jambi Dalam Berita">')
        if lead:
            head += f'<meta property="og:image" content="{self.url(lead[0]["url"])}">'
        main = f"""<div class="col-lg-8">
<article class="post-detail">
  <div class="post-category"><a href="{self.url('/kategori/' + slugify(category))}">{esc(category)}</a></div>
  <h1 class="post-title">{esc(article["title"])}</h1>
  <div class="post-meta"><span class="post-date"><i class="bi bi-calendar3"></i> {self.date_text(article)}</span>
    <span class="post-views"><i class="bi bi-eye"></i> {article["id"] % 900 + 120} kali dibaca</span></div>
  <div class="post-body">
    {figure}
    <div class="post-content">
{chr(10).join(blocks)}
    </div>
  </div>
  <div class="post-tags"><i class="bi bi-tags"></i> {tags}</div>
  <div class="share-buttons">Bagikan: <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
</article>
<div class="related-news"><h4>Berita Terkait</h4><ul>{related_html}</ul></div>
</div>"""
        return self.document(f"{article['title']} - Jambi Dalam Berita", main + self.sidebar(article), head)

    def document(self, title: str, body: str, head: str = "") -> str:
        now = self.clock()
        today = f"{DAYS[now.weekday()]}, {now.day} {MONTHS[now.month - 1]} {now.year}"
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.url("/kategori/" + s)}">{n}</a></li>'
                       for s, n in (("daerah", "Daerah"), ("ekonomi", "Ekonomi"), ("hukum", "Hukum"),
                                    ("peristiwa", "Peristiwa"), ("wisata", "Wisata")))
        return f"""<!DOCTYPE html>
<!-- {NOTICE.format(origin=ORIGIN)} -->
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="replica">
<title>{esc(title)}</title>{head}
<link href="{self.url('/css/app.css')}" rel="stylesheet">
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{today}</span></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="{self.url('/')}">JAMBIDALAMBERITA.ID</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{self.url('/indeks')}">Indeks</a></li>{menu}</ul></div></nav>
<main class="container"><div class="row">
{body}
</div></main>
<footer class="footer"><div class="container"><p>&copy; {now.year} jambidalamberita.id</p>
<a href="{self.url('/redaksi')}">Redaksi</a> | <a href="{self.url('/pedoman-media-siber')}">Pedoman Media Siber</a></div></footer>
<script src="{self.url('/js/app.js')}"></script>
</body>
</html>
"""


def build_site(disable=(), now=None) -> JambiDalamBeritaSite:
    return JambiDalamBeritaSite(site_articles(), now=now, disable=disable)


def expected_item(site: JambiDalamBeritaSite, article: dict) -> dict:
    return _expected_item(article, site.article_url(article), site.base_url)


def find(site: JambiDalamBeritaSite, quirk: str) -> dict:
    return next(a for a in site.articles if quirk in a.get("quirks", ()))
