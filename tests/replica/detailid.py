"""Replica of DETAIL.ID (detail.id): WordPress, month permalinks, short links.

RECONSTRUCTION, not a capture: no machine here reaches the live site, and
every page says so in a comment (every response in the X-Replica header).
Recorded facts reproduced (what is known of the site): WordPress with `?p=94205`
short links and /%year%/%monthnum%/%postname%/ permalinks (/2023/09/slug),
the dateline "DETAIL.ID, Jambi –", a closing "Reporter: ..." line, the
section (category) label above the title. Assumed, since its profile knows no
theme: a classic "_s"-based news theme (wordpress.py's "newsmag": the
section label is its span.cat-label above h1.entry-title), Yoast SEO,
Jetpack sharing, ten posts a listing page; the REST API, core sitemaps and
the feed as WordPress ships them.

The short links: WordPress answers /?p=ID with a 301 to the permalink, and
this theme variant prints them where detail.id's public copies show them:
core's <link rel="shortlink"> in every post's head, a "Terpopuler" widget
(popular-posts plugins often link ?p=) on every page, and "Baca Juga" links
an editor pasted as short links in one article.

The articles are invented Jambi news in Indonesian; the people are
fictional (public offices are real, the names holding them are not). They
follow matra.py's convention: ground truth under the exported item's names
plus id, byline (the WordPress account the theme shows), quirks and render
(matra.RENDER_KEYS; "closing_lines" are paragraphs after the text such as
"Reporter: ..."). Ground truth: `authors` are the reporters the "Reporter:"
line names (the WordPress account only when there is none), `editor` what
an "Editor:" line names.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

from tests.replica.portals import esc, expected_item as _expected_item, filler_articles
from tests.replica.wordpress import WIB, SiteInfo, WordPressSite, permalink_path

ORIGIN = "https://detail.id/"
SITE_INFO = SiteInfo(name="DETAIL.ID", description="Berita Jambi Terkini dan Terpercaya", origin=ORIGIN,
                     adsense_client="ca-pub-0000000000000002",
                     logo="/wp-content/uploads/2022/06/logo-detail-id.png")
PERMALINK = "month"
POSTS_PER_PAGE = 10           # Settings > Reading
SHORTLINK_ID = 94205          # the short link its profile names
REPORTERS = ["Hendra Saputra", "Rizky Ananda", "Dimas Pratama"]
ACCOUNTS = ["Redaksi DETAIL", "Nadia Putri"]      # WordPress accounts the theme's byline shows


def _dateline(place: str, dash: str = "–") -> dict:
    return {"raw": f"DETAIL.ID, {place} {dash}", "place": place, "outlet": "DETAIL.ID"}


def _image(name: str, month: str, caption: str, credit: str | None, **render) -> dict:
    return {"url": f"/wp-content/uploads/{month}/{name}.jpg", "caption": caption, "credit": credit,
            "render": render}


ARTICLES = [
    {
        "slug": "pemprov-jambi-gelar-operasi-pasar-beras-di-enam-kecamatan",
        "title": "Pemprov Jambi Gelar Operasi Pasar Beras di Enam Kecamatan",
        "published_at": "2023-09-12T10:20:00+07:00", "modified_at": None,
        "dateline": _dateline("Jambi"), "byline": "Redaksi DETAIL",
        "authors": ["Hendra Saputra"], "editor": None,
        "images": [_image("operasi-pasar-beras-kota-jambi", "2023/09",
                          "Warga antre membeli beras murah dalam operasi pasar di Kelurahan Talang Banjar, Kota Jambi, Senin (11/9/2023).",
                          "Dok. DETAIL.ID", before=0, style="html5",
                          caption_raw="Warga antre membeli beras murah dalam operasi pasar di Kelurahan Talang Banjar, Kota Jambi, Senin (11/9/2023). (Foto: Dok. DETAIL.ID)")],
        "categories": ["Ekonomi"], "tags": ["Beras", "Operasi Pasar", "Inflasi"],
        "body_paragraphs": [
            "Pemerintah Provinsi Jambi bersama Perum Bulog menggelar operasi pasar beras di enam kecamatan di Kota Jambi. Beras medium dijual Rp 10.400 per kilogram, lebih murah sekitar Rp 2.000 dibandingkan harga di pasar tradisional.",
            "Kepala Dinas Perindustrian dan Perdagangan Provinsi Jambi, Ridwan Hakim mengatakan, operasi pasar digelar untuk menahan laju kenaikan harga beras yang terjadi sejak awal Agustus. Setiap warga dibatasi membeli paling banyak dua karung ukuran lima kilogram.",
            "“Stok beras di gudang Bulog cukup sampai akhir tahun. Operasi pasar ini supaya harga di tingkat konsumen tidak terus naik,” kata Ridwan, Selasa (12/9/2023).",
            "Operasi pasar akan berlangsung hingga akhir September dan berpindah setiap hari dari satu kelurahan ke kelurahan lain. Jadwal lengkapnya diumumkan melalui kantor camat dan lurah setempat.",
        ],
        "quirks": ["shortlink_94205", "reporter_line", "caption_foto_paren"],
        "render": {"date_format": "wib_dash", "closing_lines": ["Reporter: Hendra Saputra"]},
    },
    {
        "slug": "debit-sungai-batanghari-menyusut-warga-muara-bulian-kesulitan-air-bersih",
        "title": "Debit Sungai Batanghari Menyusut, Warga Muara Bulian Kesulitan Air Bersih",
        "published_at": "2023-10-05T16:45:00+07:00", "modified_at": None,
        "dateline": _dateline("Muara Bulian"), "byline": "Redaksi DETAIL",
        "authors": ["Rizky Ananda"], "editor": "Yusuf Hamdani",
        "images": [],
        "categories": ["Daerah"], "tags": ["Batanghari", "Kemarau", "Air Bersih"],
        "body_paragraphs": [
            "Kemarau panjang membuat debit Sungai Batanghari di Muara Bulian terus menyusut. Ratusan warga yang selama ini mengandalkan air sungai untuk mandi dan mencuci kini harus membeli air bersih dari mobil tangki.",
            "Kepala Pelaksana BPBD Batanghari, Syamsul Bahri mengatakan, pihaknya sudah menyalurkan 60.000 liter air bersih ke empat kelurahan yang paling terdampak. Penyaluran dilakukan dua kali sehari dengan tiga unit mobil tangki.",
            "“Sumur warga juga mulai kering. Kami prioritaskan permukiman di tepi sungai yang tidak terjangkau jaringan PDAM,” ujar Syamsul di Muara Bulian, Kamis.",
            "Seorang warga Kelurahan Rengas Condong, Maimunah mengaku harus mengeluarkan Rp 50.000 setiap tiga hari untuk membeli air. Ia berharap bantuan air bersih dari pemerintah daerah tidak berhenti sebelum musim hujan tiba.",
        ],
        "quirks": ["staff_lines_apart", "baca_juga_shortlinks"],
        "render": {"date_format": "wib_dash", "baca_juga_shortlinks": True,
                   "baca_juga": [(0, "pemprov-jambi-gelar-operasi-pasar-beras-di-enam-kecamatan")],
                   "closing_lines": ["Reporter : Rizky Ananda", "Editor : Yusuf Hamdani"]},
    },
    {
        "slug": "polda-jambi-ungkap-jaringan-pengedar-sabu-antarprovinsi",
        "title": "Polda Jambi Ungkap Jaringan Pengedar Sabu Antarprovinsi",
        "published_at": "2024-01-18T13:05:00+07:00", "modified_at": None,
        "dateline": _dateline("Jambi", "-"), "byline": "Nadia Putri",
        "authors": ["Hendra Saputra"], "editor": "Yusuf Hamdani",
        "images": [_image("barang-bukti-sabu-polda-jambi", "2024/01",
                          "Petugas menunjukkan barang bukti sabu di Mapolda Jambi, Kamis (18/1/2024).",
                          "Hendra/DETAIL.ID", before=0, style="html5",
                          caption_raw="Petugas menunjukkan barang bukti sabu di Mapolda Jambi, Kamis (18/1/2024). (Foto: Hendra/DETAIL.ID)")],
        "categories": ["Hukum"], "tags": ["Narkoba", "Polda Jambi", "Sabu"],
        "body_paragraphs": [
            "Direktorat Reserse Narkoba Polda Jambi mengungkap jaringan pengedar sabu antarprovinsi. Dari tiga tersangka yang ditangkap di Kota Jambi dan Kabupaten Muaro Jambi, polisi menyita 2,4 kilogram sabu.",
            "Direktur Reserse Narkoba Polda Jambi, Kombes Pol Andri Wibisono mengatakan, sabu tersebut dibawa dari Pekanbaru melalui jalur darat. Barang haram itu disembunyikan di dalam tangki bensin sepeda motor yang sudah dimodifikasi.",
            "Dikendalikan dari Lapas",
            "Hasil pemeriksaan sementara menunjukkan peredaran sabu itu dikendalikan seorang narapidana di salah satu lembaga pemasyarakatan di Sumatera. Polisi masih berkoordinasi dengan pihak lapas untuk memeriksa narapidana tersebut.",
            "“Kami akan terus kembangkan sampai ke pemasok utamanya. Jaringan ini sudah beberapa kali memasukkan sabu ke Jambi,” kata Andri dalam konferensi pers, Kamis (18/1/2024).",
            "Ketiga tersangka dijerat Pasal 114 ayat (2) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman mati atau penjara seumur hidup.",
        ],
        "quirks": ["hyphen_dateline", "staff_line_pipe", "subheading_h3", "credit_in_caption_slash"],
        "render": {"date_format": "wib_pipe", "subheadings": {2: "h3"},
                   "closing_lines": ["Reporter: Hendra Saputra | Editor: Yusuf Hamdani"]},
    },
    {
        "slug": "ribuan-warga-padati-festival-kuliner-tepian-batanghari",
        "title": "Ribuan Warga Padati Festival Kuliner Tepian Batanghari",
        "published_at": "2024-05-22T20:30:00+07:00", "modified_at": None,
        "dateline": _dateline("Jambi"), "byline": "Nadia Putri",
        "authors": ["Nadia Putri"],   # no Reporter line: the WordPress account is the byline
        "editor": None,
        "images": [],
        "categories": ["Gaya Hidup"], "tags": ["Kuliner", "Tanggo Rajo", "Wisata"],
        "body_paragraphs": [
            "Ribuan warga memadati Festival Kuliner Tepian Batanghari di kawasan Tanggo Rajo, Kota Jambi. Lebih dari seratus stan menyajikan makanan khas Jambi seperti tempoyak, gulai ikan patin dan kue padamaran.",
            "Ketua panitia, Mardiana Effendi mengatakan, festival digelar selama tiga malam dan melibatkan pelaku usaha kuliner dari seluruh kabupaten dan kota di Provinsi Jambi.",
            "“Kami ingin anak muda mengenal lagi masakan khas daerahnya. Banyak resep lama yang mulai jarang dimasak di rumah,” kata Mardiana.",
            "Pengunjung juga dihibur penampilan musik gambus dan tari sekapur sirih. Panitia menyediakan kantong parkir di halaman kantor gubernur untuk mengurangi kemacetan di jalan sekitar lokasi.",
        ],
        "quirks": ["no_reporter_line", "visible_date_without_time"],
        "render": {"date_format": "wp_fjy", "comments": 2},
    },
    {
        "slug": "bawaslu-tanjabtim-temukan-312-pemilih-ganda",
        "title": "Bawaslu Tanjabtim Temukan 312 Pemilih Ganda",
        "published_at": "2024-11-07T09:40:00+07:00", "modified_at": None,
        "dateline": _dateline("Muara Sabak"), "byline": "Redaksi DETAIL",
        "authors": ["Dimas Pratama", "Rizky Ananda"], "editor": None,
        "images": [_image("bawaslu-tanjabtim-pleno", "2024/11",
                          "Anggota Bawaslu Tanjung Jabung Timur memaparkan hasil pengawasan daftar pemilih di Muara Sabak.",
                          None, before=0, style="xhtml")],
        "categories": ["Politik"], "tags": ["Bawaslu", "Pilkada 2024", "Tanjabtim"],
        "body_paragraphs": [
            "Badan Pengawas Pemilu (Bawaslu) Kabupaten Tanjung Jabung Timur menemukan 312 data pemilih ganda dalam daftar pemilih tetap Pilkada 2024. Temuan itu sudah disampaikan kepada KPU setempat untuk ditindaklanjuti.",
            "Ketua Bawaslu Tanjabtim, Ermawati Nasution mengatakan, data ganda paling banyak ditemukan di Kecamatan Sadu dan Nipah Panjang. Sebagian pemilih tercatat dua kali karena perbedaan penulisan nama dan tanggal lahir.",
            "“Kami minta KPU mencoret data ganda itu sebelum surat pemberitahuan memilih dibagikan, supaya tidak disalahgunakan,” kata Ermawati, Kamis (7/11/2024).",
            "KPU Tanjabtim menyatakan akan mencocokkan temuan tersebut dengan data kependudukan dalam sepekan ke depan.",
        ],
        "quirks": ["two_reporters", "caption_without_credit"],
        "render": {"date_format": "wib_dash", "closing_lines": ["Reporter: Dimas Pratama dan Rizky Ananda"]},
    },
    {
        "slug": "jembatan-gantung-penghubung-dua-desa-di-merangin-putus",
        "title": "Jembatan Gantung Penghubung Dua Desa di Merangin Putus",
        "published_at": "2025-03-14T11:15:00+07:00", "modified_at": "2025-03-14T18:40:00+07:00",
        "dateline": _dateline("Bangko"), "byline": "Redaksi DETAIL",
        "authors": ["Dimas Pratama"], "editor": None,
        "images": [],
        "categories": ["Peristiwa"], "tags": ["Merangin", "Jembatan", "Banjir"],
        "body_paragraphs": [
            "Jembatan gantung yang menghubungkan Desa Lubuk Birah dan Desa Tiaro di Kabupaten Merangin putus setelah diterjang arus Sungai Merangin yang meluap. Ratusan warga kini harus memutar sejauh 15 kilometer untuk menyeberang.",
            "Kepala Desa Lubuk Birah, Zulkarnain mengatakan, jembatan sepanjang 80 meter itu menjadi satu-satunya akses anak-anak menuju sekolah di desa seberang.",
            "“Untuk sementara kami siapkan perahu, tetapi kalau arus deras perahu tidak berani menyeberang,” kata Zulkarnain, Jumat.",
            "Pembaruan: Pemerintah Kabupaten Merangin menyatakan akan membangun jembatan darurat dari rangka baja dalam dua pekan. Dinas PUPR sudah menurunkan tim untuk mengukur lokasi.",
        ],
        "quirks": ["updated", "updated_visible", "baca_juga"],
        "render": {"date_format": "wib_dash", "updated_visible": True, "baca_juga": [(1, None)],
                   "closing_lines": ["Reporter: Dimas Pratama"]},
    },
    {
        "slug": "pemkot-jambi-mulai-uji-coba-bus-sekolah-gratis",
        "title": "Pemkot Jambi Mulai Uji Coba Bus Sekolah Gratis",
        "published_at": "2025-08-19T07:35:00+07:00", "modified_at": None,
        "dateline": _dateline("Jambi"), "byline": "Nadia Putri",
        "authors": ["Rizky Ananda"], "editor": None,
        "images": [_image("bus-sekolah-gratis-kota-jambi", "2025/08",
                          "Pelajar menaiki bus sekolah gratis di halte Simpang Rimbo, Kota Jambi, Senin (18/8/2025).",
                          "Istimewa", before=2, style="block",
                          caption_raw="Pelajar menaiki bus sekolah gratis di halte Simpang Rimbo, Kota Jambi, Senin (18/8/2025). Foto: Istimewa")],
        "categories": ["Pendidikan"], "tags": ["Bus Sekolah", "Pemkot Jambi"],
        "body_paragraphs": [
            "Pemerintah Kota Jambi mulai menguji coba layanan bus sekolah gratis di dua rute, yakni Simpang Rimbo–Telanaipura dan Kasang–Pasar Jambi. Setiap rute dilayani tiga bus yang beroperasi pada pagi dan siang hari.",
            "Kepala Dinas Perhubungan Kota Jambi, Irwan Syahputra mengatakan, uji coba berlangsung selama tiga bulan. Hasilnya akan menjadi dasar penambahan rute pada tahun anggaran berikutnya.",
            "Pelajar cukup menunjukkan kartu pelajar kepada petugas. Jadwal keberangkatan dapat dilihat melalui akun media sosial resmi Dinas Perhubungan Kota Jambi.",
            "“Selama ini banyak orang tua yang harus mengantar anaknya sebelum berangkat kerja. Dengan bus sekolah, pengeluaran keluarga juga berkurang,” kata Irwan.",
        ],
        "quirks": ["bold_dateline", "image_mid_body", "inline_link_in_body"],
        "render": {"date_format": "wib_pipe", "dateline_html": "<strong>DETAIL.ID, Jambi</strong> – ",
                   "paragraph_html": {2: 'Pelajar cukup menunjukkan kartu pelajar kepada petugas. Jadwal keberangkatan dapat '
                                         'dilihat melalui <a href="https://www.instagram.com/dishub.kotajambi/" target="_blank" '
                                         'rel="noopener">akun media sosial resmi Dinas Perhubungan Kota Jambi</a>.'},
                   "closing_lines": ["Reporter: Rizky Ananda"]},
    },
    {
        "slug": "harga-pinang-kering-di-tanjabbar-anjlok-petani-tunda-panen",
        "title": "Harga Pinang Kering di Tanjabbar Anjlok, Petani Tunda Panen",
        "published_at": "2026-02-03T15:55:00+07:00", "modified_at": None,
        "dateline": None, "byline": "Redaksi DETAIL",
        "authors": ["Hendra Saputra"], "editor": None,
        "images": [],
        "categories": ["Ekonomi", "Daerah"], "tags": ["Pinang", "Tanjabbar", "Harga Komoditas"],
        "body_paragraphs": [
            "Harga pinang kering di tingkat petani di Kabupaten Tanjung Jabung Barat anjlok menjadi Rp 6.500 per kilogram, dari sebelumnya Rp 11.000. Sebagian petani memilih menunda panen sambil menunggu harga membaik.",
            "Seorang petani di Kecamatan Betara, Syahrial mengatakan, harga sebesar itu tidak cukup untuk membayar upah pemanjat dan penjemur. “Lebih baik dibiarkan di pohon dulu,” ujarnya.",
            "Kepala Dinas Perkebunan Tanjabbar, Mardani Lubis menyebut turunnya harga dipicu melemahnya permintaan dari negara tujuan ekspor. Pemerintah daerah tengah menjajaki pembeli baru di dalam negeri.",
        ],
        "quirks": ["no_dateline", "two_categories"],
        "render": {"date_format": "wib_seconds", "closing_lines": ["Reporter: Hendra Saputra"]},
    },
]

# The 94205 of its profile is the first article's; the rest are numbered as
# WordPress would, ascending with time (about one post ID per two hours).
_FIRST = datetime.fromisoformat(ARTICLES[0]["published_at"])


def post_id(published: str) -> int:
    return SHORTLINK_ID + int((datetime.fromisoformat(published) - _FIRST).total_seconds() // 7200)


def _filler() -> list[dict]:
    """Plain articles that fill the listing pages: dateline, Reporter line."""
    articles = filler_articles(14, newest=datetime(2026, 3, 20, 10, 0, tzinfo=WIB), every=timedelta(days=41),
                               first_id=0, offset=2)
    for n, article in enumerate(articles):
        _, place = article.pop("place")
        reporter = REPORTERS[n % len(REPORTERS)]
        article.update(dateline=_dateline(place), byline=ACCOUNTS[n % 2], authors=[reporter], editor=None,
                       render={"date_format": "wib_dash", "closing_lines": [f"Reporter: {reporter}"]})
    return articles


def site_articles() -> list[dict]:
    articles = [dict(a) for a in ARTICLES] + _filler()
    for article in articles:
        article["id"] = post_id(article["published_at"])
    return articles


def find(quirk: str, articles=None) -> dict:
    """The first article with this quirk label."""
    return next(a for a in (articles or site_articles()) if quirk in a.get("quirks", ()))


def article_path(article: dict) -> str:
    return permalink_path(datetime.fromisoformat(article["published_at"]), article["slug"], PERMALINK)


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right for this article."""
    return _expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


class DetailidSite(WordPressSite):
    """The "newsmag" theme as detail.id might run it: short links printed
    where WordPress and popular plugins print them (see the module doc)."""

    def shortlink(self, entry) -> str:
        return self.url(f"/?p={entry.id}")

    def _article_head(self, entry, article):
        doc_title, yoast, comments_feed = super()._article_head(entry, article)
        # wp_shortlink_wp_head(), core's default for every post.
        return doc_title, yoast + f"<link rel='shortlink' href='{self.shortlink(entry)}' />\n", comments_feed

    def _sidebar(self) -> str:
        # A popular-posts widget linking its posts by short link (every older one once).
        popular = "".join(f'<li><a href="{self.shortlink(e)}" class="wpp-post-title" target="_self">{esc(e.title)}</a>'
                          f'<span class="wpp-meta post-stats"><span class="wpp-views">{1200 - 97 * n} kali dibaca</span></span></li>'
                          for n, e in enumerate(self.entries[3:9]))
        widget = ('<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">Terpopuler</h2>'
                  f'<ul class="wpp-list">{popular}</ul></section>\n\t')
        return super()._sidebar().replace("</aside>", widget + "</aside>", 1)

    def _baca_juga_targets(self, entry, specs):
        targets = super()._baca_juga_targets(entry, specs)
        if not self.article(entry).get("render", {}).get("baca_juga_shortlinks"):
            return targets
        # An editor pasted the "Dapatkan Shortlink" address: the link is /?p=ID.
        return [(after, SimpleNamespace(path=f"/?p={target.id}", title=target.title)) for after, target in targets]


def build_site(disable=(), now=None) -> DetailidSite:
    """The site as a route for tests.replica.server.Replica."""
    return DetailidSite(site_articles(), SITE_INFO, disable=disable, now=now,
                        permalink=PERMALINK, posts_per_page=POSTS_PER_PAGE)
