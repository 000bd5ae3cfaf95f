"""Replica of INFOJAMBI.COM (infojambi.com), as an assumed WordPress site.

RECONSTRUCTION, not a capture: no machine here reaches the live site, and
every page says so in a comment (every response in the X-Replica header).
Recorded facts reproduced (what is known of the site): the dateline
"INFOJAMBI.COM —" (em dash, no place), the closing "PENULIS : ... EDITOR :
..." line, and MANY "Baca Juga:" links inside the text. Its profile knows no
platform: WordPress is ASSUMED (the registry's guess too), rendered by
wordpress.py's block theme with /%year%/%monthnum%/%day%/%postname%/
permalinks, six posts a listing page; REST API, core sitemaps and the feed
as WordPress ships them.

The "Baca Juga" links come in every form such sites paste them:
- a paragraph of its own, `<p><strong>Baca Juga:</strong> <a>..</a></p>`;
- glued to the end of a paragraph, after its last sentence;
- after a <br> inside a paragraph ("Baca Juga :", a space before the colon);
- a plugin's box, `<div class="baca-juga">` with a list of headlines.
The staff line stands on one line, or split by a <br> into two, or without
an editor.

The articles are invented Jambi news in Indonesian; the people are
fictional (public offices are real, the names holding them are not). They
follow matra.py's convention (ground truth under the exported item's names
plus id, byline = the WordPress account, quirks, render; matra.RENDER_KEYS),
and two render keys of this module, resolved into paragraph_html and
inserts by site_articles():
  "read_also_inline": [(paragraph index, target slug, style)] with style
                      "glued" or "br";
  "read_also_box":    [(after paragraph index, [target slugs])].
"""
from __future__ import annotations

import copy
from datetime import datetime, timedelta

from tests.replica.portals import attr, esc, expected_item as _expected_item, filler_articles
from tests.replica.wordpress import WIB, SiteInfo, WordPressSite, permalink_path

ORIGIN = "https://infojambi.com/"
SITE_INFO = SiteInfo(name="INFOJAMBI.COM", description="Informasi Jambi Terkini", origin=ORIGIN,
                     adsense_client="ca-pub-0000000000000003",
                     logo="/wp-content/uploads/2021/03/logo-infojambi.png")
PERMALINK = "day"
POSTS_PER_PAGE = 6            # Settings > Reading
DATELINE = {"raw": "INFOJAMBI.COM —", "place": None, "outlet": "INFOJAMBI.COM"}
WRITERS = ["Ahmad Rifai", "Sri Wahyuni", "Yogi Saputra"]
EDITORS = ["Sri Wahyuni", "M. Ridho"]


def _image(name: str, month: str, caption: str, credit: str | None, **render) -> dict:
    return {"url": f"/wp-content/uploads/{month}/{name}.jpg", "caption": caption, "credit": credit,
            "render": render}


ARTICLES = [
    {
        "slug": "gubernur-jambi-resmikan-pasar-rakyat-di-sungai-gelam",
        "title": "Gubernur Jambi Resmikan Pasar Rakyat di Sungai Gelam",
        "published_at": "2026-03-05T14:10:00+07:00", "modified_at": None,
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Ahmad Rifai"], "editor": "Sri Wahyuni",
        "images": [_image("pasar-rakyat-sungai-gelam", "2026/03",
                          "Gubernur Jambi meninjau los pedagang usai meresmikan pasar rakyat di Sungai Gelam, Muaro Jambi.",
                          "Istimewa", before=0, style="block",
                          caption_raw="Gubernur Jambi meninjau los pedagang usai meresmikan pasar rakyat di Sungai Gelam, Muaro Jambi. (Foto: Istimewa)")],
        "categories": ["Ekonomi"], "tags": ["Pasar Rakyat", "Muaro Jambi"],
        "body_paragraphs": [
            "Gubernur Jambi meresmikan pasar rakyat di Kecamatan Sungai Gelam, Kabupaten Muaro Jambi. Pasar yang dibangun dengan dana tugas pembantuan itu memiliki 120 los dan 24 kios.",
            "Kepala Dinas Perindustrian dan Perdagangan Muaro Jambi, Hasanudin Siregar mengatakan, pasar baru tersebut menggantikan pasar lama yang selama ini menempati bahu jalan lintas timur dan kerap memicu kemacetan.",
            "“Pedagang yang selama ini berjualan di pinggir jalan sudah kami data dan semuanya mendapat tempat di dalam,” kata Hasanudin, Kamis (5/3/2026).",
            "Gubernur meminta pengelola menjaga kebersihan pasar dan tidak memungut retribusi di luar ketentuan. Ia juga meminta pemerintah kabupaten menyiapkan angkutan umum yang melintas di depan pasar.",
            "Pedagang menyambut baik pasar baru itu. Mereka berharap pembeli cepat terbiasa berbelanja di lokasi yang baru.",
        ],
        "quirks": ["read_also_paragraph", "read_also_glued", "read_also_box", "staff_line_one_line"],
        "render": {"date_format": "wib_dash",
                   "baca_juga": [(0, "dua-pekan-dibuka-jalur-alternatif-tanjabtim-dipadati-truk-sawit")],
                   "read_also_inline": [(2, "pemkab-tebo-salurkan-bantuan-bibit-karet-unggul", "glued")],
                   "read_also_box": [(3, ["dinkes-kota-jambi-buka-layanan-posyandu-lansia-malam-hari",
                                          "ratusan-pelajar-ikuti-lomba-pidato-bahasa-melayu-jambi"])],
                   "closing_lines": ["PENULIS : Ahmad Rifai EDITOR : Sri Wahyuni"]},
    },
    {
        "slug": "dua-pekan-dibuka-jalur-alternatif-tanjabtim-dipadati-truk-sawit",
        "title": "Dua Pekan Dibuka, Jalur Alternatif Tanjabtim Dipadati Truk Sawit",
        "published_at": "2026-01-27T09:30:00+07:00", "modified_at": None,
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Yogi Saputra"], "editor": "M. Ridho",
        "images": [],
        "categories": ["Daerah"], "tags": ["Tanjabtim", "Jalan", "Sawit"],
        "body_paragraphs": [
            "Jalur alternatif yang menghubungkan Kecamatan Dendang dan Muara Sabak Barat di Kabupaten Tanjung Jabung Timur dipadati truk pengangkut tandan buah segar sawit, dua pekan setelah dibuka.",
            "Warga mengeluhkan debu dan getaran setiap kali truk bermuatan berat melintas. Sebagian badan jalan yang baru dikeraskan juga mulai bergelombang.",
            "Kepala Dinas PUPR Tanjabtim, Erwin Nasution mengatakan, jalur itu sebenarnya disiapkan untuk kendaraan ringan selama perbaikan jembatan di jalan utama. Pihaknya akan memasang portal pembatas tinggi kendaraan.",
            "“Kami sudah berkoordinasi dengan perusahaan perkebunan agar truk mereka menunggu jembatan selesai diperbaiki,” kata Erwin.",
        ],
        "quirks": ["read_also_br", "staff_lines_two_lines", "bold_dateline"],
        "render": {"date_format": "wib_dash", "dateline_html": "<strong>INFOJAMBI.COM</strong> — ",
                   "read_also_inline": [(1, "pemkab-tebo-salurkan-bantuan-bibit-karet-unggul", "br")],
                   "baca_juga": [(2, None)],
                   "staff_html": "<p><strong>PENULIS : Yogi Saputra</strong><br><strong>EDITOR : M. Ridho</strong></p>"},
    },
    {
        "slug": "pemkab-tebo-salurkan-bantuan-bibit-karet-unggul",
        "title": "Pemkab Tebo Salurkan Bantuan Bibit Karet Unggul",
        "published_at": "2025-11-12T11:45:00+07:00", "modified_at": None,
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Sri Wahyuni"], "editor": None,
        "images": [_image("bibit-karet-tebo", "2025/11",
                          "Petani menerima bibit karet unggul di halaman kantor Dinas Perkebunan Tebo.",
                          "Sri/Infojambi", before=1, style="html5",
                          caption_raw="Petani menerima bibit karet unggul di halaman kantor Dinas Perkebunan Tebo. (Foto: Sri/Infojambi)")],
        "categories": ["Ekonomi"], "tags": ["Karet", "Tebo", "Petani"],
        "body_paragraphs": [
            "Pemerintah Kabupaten Tebo menyalurkan 45.000 batang bibit karet unggul kepada kelompok tani di enam kecamatan. Bibit diberikan untuk meremajakan kebun karet tua yang produktivitasnya terus menurun.",
            "Kepala Dinas Perkebunan Tebo, Rahmad Hidayat mengatakan, setiap petani menerima bibit untuk satu hektare lahan. Penerima dipilih berdasarkan usulan kelompok tani yang sudah diverifikasi petugas lapangan.",
            "Peremajaan dilakukan bertahap agar petani tetap memiliki penghasilan dari kebun yang belum diremajakan.",
            "“Kami dampingi sampai bibit tumbuh. Penyuluh akan datang rutin untuk memeriksa tanaman,” ujar Rahmad.",
        ],
        "quirks": ["staff_line_without_editor", "read_also_box_mid", "caption_slash_credit"],
        "render": {"date_format": "wib_pipe",
                   "read_also_box": [(1, ["dinkes-kota-jambi-buka-layanan-posyandu-lansia-malam-hari"])],
                   "closing_lines": ["PENULIS : Sri Wahyuni"]},
    },
    {
        "slug": "dinkes-kota-jambi-buka-layanan-posyandu-lansia-malam-hari",
        "title": "Dinkes Kota Jambi Buka Layanan Posyandu Lansia Malam Hari",
        "published_at": "2025-08-08T19:20:00+07:00", "modified_at": "2025-08-09T08:05:00+07:00",
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Ahmad Rifai"], "editor": "Sri Wahyuni",
        "images": [],
        "categories": ["Kesehatan"], "tags": ["Posyandu", "Lansia", "Kota Jambi"],
        "body_paragraphs": [
            "Dinas Kesehatan Kota Jambi membuka layanan posyandu lansia pada malam hari di tiga kelurahan. Layanan itu menyasar warga lanjut usia yang siang harinya masih bekerja atau menjaga cucu.",
            "Kepala Dinas Kesehatan Kota Jambi, Maryani Lubis mengatakan, pemeriksaan meliputi tekanan darah, gula darah dan asam urat. Warga juga bisa berkonsultasi dengan dokter puskesmas.",
            "Layanan Dua Kali Sebulan",
            "Posyandu malam digelar dua kali sebulan mulai pukul 19.00 WIB. Jika peminatnya banyak, layanan serupa akan dibuka di kelurahan lain.",
            "“Banyak lansia yang baru tahu tekanan darahnya tinggi setelah datang ke posyandu malam,” kata Maryani.",
        ],
        "quirks": ["updated", "subheading_h2", "read_also_uppercase"],
        "render": {"date_format": "wib_dash", "subheadings": {2: "h2"},
                   "inserts": {1: ['<p><strong>BACA JUGA: <a href="{target}">{title}</a></strong></p>']},
                   "read_also_targets": {1: "ratusan-pelajar-ikuti-lomba-pidato-bahasa-melayu-jambi"},
                   "closing_lines": ["PENULIS : Ahmad Rifai EDITOR : Sri Wahyuni"]},
    },
    {
        "slug": "ratusan-pelajar-ikuti-lomba-pidato-bahasa-melayu-jambi",
        "title": "Ratusan Pelajar Ikuti Lomba Pidato Bahasa Melayu Jambi",
        "published_at": "2025-05-21T10:00:00+07:00", "modified_at": None,
        "dateline": {"raw": "INFOJAMBI.COM—", "place": None, "outlet": "INFOJAMBI.COM"},
        "byline": "Admin Infojambi",
        "authors": ["Yogi Saputra"], "editor": "M. Ridho",
        "images": [],
        "categories": ["Pendidikan"], "tags": ["Bahasa Melayu", "Pelajar", "Lomba"],
        "body_paragraphs": [
            "Sebanyak 240 pelajar sekolah dasar dan menengah mengikuti lomba pidato bahasa Melayu Jambi yang digelar Balai Bahasa Provinsi Jambi. Lomba berlangsung dua hari di Taman Budaya Jambi.",
            "Kepala Balai Bahasa Provinsi Jambi, Indra Wijaya mengatakan, lomba digelar untuk menjaga penggunaan bahasa daerah di kalangan generasi muda.",
            "“Anak-anak sekarang lebih fasih berbahasa Indonesia dan bahasa asing. Bahasa ibu mereka perlu dirawat,” kata Indra.",
            "Pemenang lomba akan mewakili Jambi dalam festival tunas bahasa ibu tingkat nasional.",
        ],
        "quirks": ["glued_dateline", "read_also_many"],
        "render": {"date_format": "wp_fjy", "dateline_html": "INFOJAMBI.COM—",
                   "baca_juga": [(0, None), (1, None)],
                   "read_also_inline": [(2, "sungai-batanghari-meluap-puluhan-rumah-di-muara-bulian-terendam", "glued")],
                   "closing_lines": ["PENULIS : Yogi Saputra EDITOR : M. Ridho"]},
    },
    {
        "slug": "sungai-batanghari-meluap-puluhan-rumah-di-muara-bulian-terendam",
        "title": "Sungai Batanghari Meluap, Puluhan Rumah di Muara Bulian Terendam",
        "published_at": "2025-01-16T06:50:00+07:00", "modified_at": None,
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Sri Wahyuni"], "editor": "M. Ridho",
        "images": [_image("banjir-muara-bulian", "2025/01",
                          "Warga mengungsikan barang dari rumah yang terendam di Muara Bulian, Kamis (16/1/2025).",
                          "Dok. BPBD Batanghari", before=0, style="block",
                          caption_raw="Warga mengungsikan barang dari rumah yang terendam di Muara Bulian, Kamis (16/1/2025). (Foto: Dok. BPBD Batanghari)")],
        "categories": ["Peristiwa"], "tags": ["Banjir", "Batanghari", "BPBD"],
        "body_paragraphs": [
            "Sungai Batanghari meluap setelah hujan deras mengguyur wilayah hulu selama tiga hari. Puluhan rumah warga di Kelurahan Rengas Condong dan Pasar Baru, Muara Bulian, terendam hingga setinggi pinggang orang dewasa.",
            "Kepala Pelaksana BPBD Batanghari, Safrudin mengatakan, petugas sudah mendirikan tenda pengungsian di halaman kantor kelurahan. Sebanyak 63 keluarga memilih mengungsi ke rumah kerabat.",
            "“Debit air masih naik. Kami minta warga di bantaran sungai tetap waspada, terutama pada malam hari,” kata Safrudin.",
            "Dinas Sosial Batanghari menyalurkan beras, mi instan dan selimut ke posko pengungsian. Dapur umum juga didirikan untuk menyediakan makanan bagi warga terdampak.",
        ],
        "quirks": ["read_also_paragraph_and_box", "oldest_handwritten"],
        "render": {"date_format": "wib_dash",
                   "baca_juga": [(1, None)],
                   "read_also_box": [(2, ["pemkab-tebo-salurkan-bantuan-bibit-karet-unggul",
                                          "ratusan-pelajar-ikuti-lomba-pidato-bahasa-melayu-jambi"])],
                   "closing_lines": ["PENULIS : Sri Wahyuni EDITOR : M. Ridho"]},
    },
    {
        "slug": "kpu-merangin-tetapkan-jadwal-pemungutan-suara-ulang",
        "title": "KPU Merangin Tetapkan Jadwal Pemungutan Suara Ulang",
        "published_at": "2024-12-03T16:25:00+07:00", "modified_at": None,
        "dateline": DATELINE, "byline": "Admin Infojambi",
        "authors": ["Ahmad Rifai"], "editor": "Sri Wahyuni",
        "images": [],
        "categories": ["Politik"], "tags": ["KPU", "Merangin", "Pilkada 2024"],
        "body_paragraphs": [
            "Komisi Pemilihan Umum Kabupaten Merangin menetapkan jadwal pemungutan suara ulang di dua tempat pemungutan suara di Kecamatan Tabir. Pemungutan suara ulang digelar Sabtu pekan ini.",
            "Ketua KPU Merangin, Nurhasanah mengatakan, pemungutan suara ulang dilakukan atas rekomendasi Bawaslu setelah ditemukan pemilih yang mencoblos lebih dari satu kali.",
            "“Logistik sudah kami siapkan. Pemilih yang terdaftar di dua TPS itu akan menerima surat pemberitahuan baru,” kata Nurhasanah.",
            "Bawaslu Merangin akan menempatkan pengawas tambahan di kedua TPS untuk memastikan pemungutan suara ulang berjalan sesuai aturan.",
        ],
        "quirks": ["read_also_glued_quote"],
        "render": {"date_format": "wib_seconds",
                   "read_also_inline": [(2, "sungai-batanghari-meluap-puluhan-rumah-di-muara-bulian-terendam", "glued"),
                                        (0, "ratusan-pelajar-ikuti-lomba-pidato-bahasa-melayu-jambi", "br")],
                   "closing_lines": ["PENULIS : Ahmad Rifai EDITOR : Sri Wahyuni"]},
    },
]


def _filler() -> list[dict]:
    """Plain articles that fill the listing pages, each with two "Baca Juga" links."""
    articles = filler_articles(11, newest=datetime(2026, 3, 18, 8, 0, tzinfo=WIB), every=timedelta(days=47),
                               first_id=0, offset=3)
    for n, article in enumerate(articles):
        article.pop("place")
        writer, editor = WRITERS[n % len(WRITERS)], EDITORS[n % len(EDITORS)]
        article.update(dateline=DATELINE, byline="Admin Infojambi", authors=[writer], editor=editor,
                       render={"date_format": "wib_dash", "baca_juga": [(0, None), (2, None)],
                               "closing_lines": [f"PENULIS : {writer} EDITOR : {editor}"]})
    return articles


def article_path(article: dict) -> str:
    return permalink_path(datetime.fromisoformat(article["published_at"]), article["slug"], PERMALINK)


def _resolve_read_also(articles: list[dict]) -> None:
    """This module's render keys -> the renderer's paragraph_html and inserts."""
    by_slug = {a["slug"]: a for a in articles}

    def link(slug):
        target = by_slug[slug]
        return f'<a href="{attr(article_path(target))}">{esc(target["title"])}</a>'

    for article in articles:
        render = article["render"]
        html = render.setdefault("paragraph_html", {})
        for index, slug, style in render.pop("read_also_inline", ()):
            text = esc(article["body_paragraphs"][index])
            joint = "<br>" + "<strong>Baca Juga :</strong> " if style == "br" else " <strong>Baca Juga: "
            html[index] = text + joint + link(slug) + ("</strong>" if style == "glued" else "")
        inserts = render.setdefault("inserts", {})
        for after, slug in render.pop("read_also_targets", {}).items():
            target = by_slug[slug]
            inserts[after] = [block.format(target=attr(article_path(target)), title=esc(target["title"]))
                              for block in inserts[after]]
        for after, slugs in render.pop("read_also_box", ()):
            items = "".join(f"<li>{link(slug)}</li>" for slug in slugs)
            inserts.setdefault(after, []).append(
                f'<div class="baca-juga"><span class="baca-juga-title">Baca Juga</span><ul>{items}</ul></div>')
        if "staff_html" in render:   # a staff line with inline markup closes the text
            last = len(article["body_paragraphs"]) - 1
            inserts.setdefault(last, []).append(render.pop("staff_html"))


def site_articles() -> list[dict]:
    articles = copy.deepcopy(ARTICLES) + _filler()
    for n, article in enumerate(sorted(articles, key=lambda a: a["published_at"])):
        article["id"] = 58000 + 173 * n    # post IDs ascend with time
    _resolve_read_also(articles)
    return articles


def find(quirk: str, articles=None) -> dict:
    """The first article with this quirk label."""
    return next(a for a in (articles or site_articles()) if quirk in a.get("quirks", ()))


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right for this article."""
    return _expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


def build_site(disable=(), now=None) -> WordPressSite:
    """The site as a route for tests.replica.server.Replica."""
    return WordPressSite(site_articles(), SITE_INFO, theme="block", disable=disable, now=now,
                         permalink=PERMALINK, posts_per_page=POSTS_PER_PAGE)
