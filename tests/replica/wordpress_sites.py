"""The WordPress portals replicated on the one WordPress renderer
(wordpress.py): per-site data, and what every such replica answers.

RECONSTRUCTION, not a capture: no machine here reaches these sites, and
every page says so in a comment (every response in the X-Replica header).
A portal is a `Portal` subclass: its SiteInfo, permalink structure, page
size and theme, its hand-written articles (ground truth), and, where a crawl
must see it, a quirk of its own (detail.id's short links). Matra, the
reference WordPress site with the generated benchmark articles, keeps its
own module (matra.py).

Articles follow matra.py's convention: ground truth under the exported
item's names plus id, byline (the WordPress account the theme shows), quirks
and render (matra.RENDER_KEYS; "closing_lines" are paragraphs after the text
such as "Reporter: ..."). Ground truth: `authors` are the reporters a
"Reporter:" / "PENULIS :" line names (the WordPress account only when there
is none), `editor` what an "Editor:" line names. The articles are invented
Jambi news in Indonesian; the people are fictional (public offices are
real, the names holding them are not).

    from tests.replica.wordpress_sites import DETAILID
    with Replica(DETAILID.build_site()) as replica: ...
    DETAILID.find("shortlink_94205"), DETAILID.expected_item(article, replica.base_url)

- DETAILID (detail.id): WordPress, month permalinks, short links. Recorded:
  `?p=94205` short links, /%year%/%monthnum%/%postname%/ permalinks
  (/2023/09/slug), the dateline "DETAIL.ID, Jambi –", a closing
  "Reporter: ..." line, the section label above the title. Assumed: the
  "newsmag" theme, Yoast SEO, Jetpack sharing, ten posts a listing page.
  WordPress answers /?p=ID with a 301 to the permalink, and this theme
  variant prints short links where detail.id's public copies show them:
  core's <link rel="shortlink"> in every post's head, a "Terpopuler" widget
  on every page, and "Baca Juga" links an editor pasted as short links.
- INFOJAMBI (infojambi.com), WordPress ASSUMED: the dateline
  "INFOJAMBI.COM —" (em dash, no place), the closing "PENULIS : ... EDITOR :
  ..." line, and MANY "Baca Juga:" links inside the text, in every form such
  sites paste them: a paragraph of its own; glued to the end of a paragraph;
  after a <br> inside a paragraph ("Baca Juga :"); a plugin's box
  `<div class="baca-juga">`. The block theme, /%year%/%monthnum%/%day%/
  permalinks, six posts a listing page. Two render keys of its own,
  resolved into paragraph_html and inserts by site_articles():
  "read_also_inline": [(paragraph index, target slug, style "glued"|"br")];
  "read_also_box": [(after paragraph index, [target slugs])].
- JAMBISERU (jambiseru.com): WordPress, posts split over numbered pages
  (/berita-jambi/07/08/slug/2) with <!--nextpage--> (render["pages"]), the
  "jnews" theme, /%category%/%monthnum%/%day%/%postname% permalinks without
  a trailing slash, Yoast's sitemaps, a REST API closed to visitors and
  Yoast's feed footer (JambiseruSite); see the Jambiseru class.
- WARTASEPUCUK (wartasepucuk.id), FICTIONAL: the portal the generic
  `wordpress` spider is tested on, standing for the many small Jambi
  WordPress portals: the block theme, Yoast SEO and AddToAny, month
  permalinks, four posts a listing page, datelines "WARTASEPUCUK.ID, Jambi –"
  in every form, Reporter/Editor lines, a Google News line.
"""
from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from types import SimpleNamespace

from tests.replica.portals import attr, esc, expected_item as portal_expected_item, filler_articles
from tests.replica.server import Response
from tests.replica.wordpress import (WIB, JNewsThemeSite, SiteInfo, WordPressSite, page_starts, paged_path,
                                     permalink_path, slugify)


class Portal:
    """A WordPress portal's replica: class attributes are its data."""

    NAME: str                          # its name in the tests (profile or registry)
    SITE_INFO: SiteInfo
    PERMALINK = "day"                  # wordpress.permalink_path's structures
    POSTS_PER_PAGE = 10                # Settings > Reading
    THEME = "newsmag"
    SITEMAPS = "core"                  # or "yoast" (wordpress.SITEMAPS)
    SITE = WordPressSite               # the renderer (a subclass for a quirk of the site's own)
    ARTICLES: list[dict] = []          # hand-written, ground truth

    def filler(self) -> list[dict]:
        """Plain articles that fill the listing pages."""
        return []

    def number(self, articles: list[dict]) -> None:
        """Post IDs, as WordPress gives them (ascending with time)."""

    def prepare(self, articles: list[dict]) -> None:
        """Render keys of the site's own, resolved for the renderer."""

    def site_articles(self) -> list[dict]:
        articles = copy.deepcopy(self.ARTICLES) + self.filler()
        self.number(articles)
        self.prepare(articles)
        return articles

    def find(self, quirk: str, articles=None) -> dict:
        """The first article with this quirk label."""
        return next(a for a in (articles or self.site_articles()) if quirk in a.get("quirks", ()))

    def article_path(self, article: dict) -> str:
        return permalink_path(datetime.fromisoformat(article["published_at"]), article["slug"], self.PERMALINK,
                              article["categories"][0])

    def page_paths(self, article: dict) -> list[str]:
        """Every page of a post split with <!--nextpage-->: its permalink, then /2, /3 ..."""
        return [paged_path(self.article_path(article), n) for n in range(1, len(page_starts(article)) + 1)]

    def expected_item(self, article: dict, base_url: str) -> dict:
        """The exported item's fields a crawler must get right for this article."""
        return portal_expected_item(article, base_url.rstrip("/") + self.article_path(article), base_url)

    def build_site(self, disable=(), now=None) -> WordPressSite:
        """The site as a route for tests.replica.server.Replica."""
        return self.SITE(self.site_articles(), self.SITE_INFO, theme=self.THEME, disable=disable, now=now,
                         permalink=self.PERMALINK, posts_per_page=self.POSTS_PER_PAGE, sitemaps=self.SITEMAPS)


# ---------------------------------------------------------------- detail.id
class DetailidSite(WordPressSite):
    """The "newsmag" theme as detail.id might run it: short links printed
    where WordPress and popular plugins print them (see the module doc)."""

    def shortlink(self, entry) -> str:
        return self.url(f"/?p={entry.id}")

    def _article_head(self, entry, article, page=1):
        doc_title, yoast, comments_feed = super()._article_head(entry, article, page)
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


class Detailid(Portal):
    NAME = "detailid"
    SITE_INFO = SiteInfo(name="DETAIL.ID", description="Berita Jambi Terkini dan Terpercaya",
                         origin="https://detail.id/", adsense_client="ca-pub-0000000000000002",
                         logo="/wp-content/uploads/2022/06/logo-detail-id.png")
    PERMALINK = "month"
    SITE = DetailidSite
    SHORTLINK_ID = 94205          # the short link the site's records show
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
    del _image
    _dateline = staticmethod(_dateline)   # the filler's too

    def post_id(self, published: str) -> int:
        """The first article is the short link's; the rest numbered about one ID per two hours."""
        first = datetime.fromisoformat(self.ARTICLES[0]["published_at"])
        return self.SHORTLINK_ID + int((datetime.fromisoformat(published) - first).total_seconds() // 7200)

    def filler(self) -> list[dict]:
        articles = filler_articles(14, newest=datetime(2026, 3, 20, 10, 0, tzinfo=WIB), every=timedelta(days=41),
                                   first_id=0, offset=2)
        for n, article in enumerate(articles):
            _, place = article.pop("place")
            reporter = self.REPORTERS[n % len(self.REPORTERS)]
            article.update(dateline=self._dateline(place), byline=self.ACCOUNTS[n % 2], authors=[reporter],
                           editor=None,
                           render={"date_format": "wib_dash", "closing_lines": [f"Reporter: {reporter}"]})
        return articles

    def number(self, articles: list[dict]) -> None:
        for article in articles:
            article["id"] = self.post_id(article["published_at"])


# ------------------------------------------------------------ infojambi.com
class Infojambi(Portal):
    NAME = "infojambi"
    SITE_INFO = SiteInfo(name="INFOJAMBI.COM", description="Informasi Jambi Terkini",
                         origin="https://infojambi.com/", adsense_client="ca-pub-0000000000000003",
                         logo="/wp-content/uploads/2021/03/logo-infojambi.png")
    POSTS_PER_PAGE = 6
    THEME = "block"
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
    del _image

    def filler(self) -> list[dict]:
        """Each with two "Baca Juga" links."""
        articles = filler_articles(11, newest=datetime(2026, 3, 18, 8, 0, tzinfo=WIB), every=timedelta(days=47),
                                   first_id=0, offset=3)
        for n, article in enumerate(articles):
            article.pop("place")
            writer, editor = self.WRITERS[n % len(self.WRITERS)], self.EDITORS[n % len(self.EDITORS)]
            article.update(dateline=self.DATELINE, byline="Admin Infojambi", authors=[writer], editor=editor,
                           render={"date_format": "wib_dash", "baca_juga": [(0, None), (2, None)],
                                   "closing_lines": [f"PENULIS : {writer} EDITOR : {editor}"]})
        return articles

    def number(self, articles: list[dict]) -> None:
        for n, article in enumerate(sorted(articles, key=lambda a: a["published_at"])):
            article["id"] = 58000 + 173 * n    # post IDs ascend with time

    def prepare(self, articles: list[dict]) -> None:
        """read_also_inline / read_also_box -> the renderer's paragraph_html and inserts."""
        article_path = self.article_path
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


# ---------------------------------------------------------- wartasepucuk.id
class Wartasepucuk(Portal):
    NAME = "wartasepucuk"          # its registry name in the tests
    DOMAIN = "wartasepucuk.id"
    SITE_INFO = SiteInfo(name="Warta Sepucuk", description="Kabar Sepucuk Jambi Sembilan Lurah",
                         origin="https://wartasepucuk.id/ (fictional portal)",
                         adsense_client="ca-pub-0000000000000001",
                         logo="/wp-content/uploads/2023/01/logo-warta-sepucuk.png")
    PERMALINK = "month"
    POSTS_PER_PAGE = 4
    THEME = "block"
    GOOGLE_NEWS = "Ikuti berita terkini Warta Sepucuk di Google News"

    def _image(url, caption, credit, **render):
        return {"url": url, "caption": caption, "credit": credit, "render": render}


    def _dateline(raw, place):
        return {"raw": raw, "place": place, "outlet": "WARTASEPUCUK.ID"}


    ARTICLES = [
        {
            "id": 3120,
            "slug": "pemkot-jambi-pasang-40-lampu-jalan-baru-di-kawasan-danau-sipin",
            "title": "Pemkot Jambi Pasang 40 Lampu Jalan Baru di Kawasan Danau Sipin",
            "published_at": "2023-09-14T08:45:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Jambi –", "Jambi"),
            "byline": "Yulia Ningsih",
            "authors": ["Dedi Irawan"],
            "editor": None,
            "images": [
                _image("/wp-content/uploads/2023/09/lampu-jalan-danau-sipin.jpg",
                       "Petugas Dinas Perhubungan Kota Jambi memasang lampu penerangan jalan di kawasan Danau Sipin, Rabu (13/9/2023).",
                       "Dok. Dishub Kota Jambi", before=0, style="block",
                       caption_raw="Petugas Dinas Perhubungan Kota Jambi memasang lampu penerangan jalan di kawasan Danau Sipin, Rabu (13/9/2023). (Foto: Dok. Dishub Kota Jambi)"),
            ],
            "categories": ["Kota Jambi"],
            "tags": ["Danau Sipin", "Lampu Jalan"],
            "body_paragraphs": [
                "Pemerintah Kota Jambi memasang 40 titik lampu penerangan jalan umum baru di sepanjang jalan lingkar Danau Sipin. Pemasangan dilakukan setelah warga mengeluhkan kawasan itu gelap gulita pada malam hari sehingga rawan kecelakaan dan tindak kejahatan.",
                "Kepala Bidang Penerangan Jalan Dinas Perhubungan Kota Jambi, Syafrudin Lubis mengatakan, lampu yang dipasang menggunakan teknologi LED yang lebih hemat listrik. Seluruh tiang ditargetkan menyala sebelum akhir September.",
                "“Danau Sipin ramai dikunjungi warga pada malam hari, terutama akhir pekan. Dengan lampu baru ini kami harap pengunjung lebih nyaman dan aman,” kata Syafrudin, Rabu.",
                "Ia menambahkan, tahun depan pemerintah kota akan melanjutkan pemasangan lampu di ruas jalan lain yang masih minim penerangan, terutama di kawasan permukiman Kecamatan Danau Sipin dan Telanaipura.",
            ],
            "quirks": ["reporter_line", "caption_foto_paren"],
            "render": {"date_format": "wib_dash", "closing_lines": ["Reporter: Dedi Irawan"]},
        },
        {
            "id": 3388,
            "slug": "ratusan-hektare-sawah-di-batanghari-terancam-gagal-panen",
            "title": "Ratusan Hektare Sawah di Batanghari Terancam Gagal Panen",
            "published_at": "2023-11-02T15:10:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, MUARA BULIAN –", "Muara Bulian"),
            "byline": "Yulia Ningsih",
            "authors": ["Fitri Handayani"],
            "editor": "Yulia Ningsih",
            "images": [],
            "categories": ["Daerah", "Ekonomi"],
            "tags": ["Batanghari", "Pertanian", "Kemarau"],
            "body_paragraphs": [
                "Sedikitnya 350 hektare sawah di Kabupaten Batanghari terancam gagal panen akibat kemarau panjang. Sebagian besar lahan yang terdampak berada di Kecamatan Maro Sebo Ulu dan Mersam yang mengandalkan air hujan.",
                "Kepala Dinas Pertanian Batanghari, Hendri Saputra mengatakan, tanaman padi di lahan tersebut baru berumur sekitar 50 hari ketika hujan berhenti turun. Daun padi mulai menguning dan tanah sawah retak-retak.",
                "“Kami sudah mengerahkan enam unit pompa air untuk mengambil air dari Sungai Batanghari, tetapi jaraknya cukup jauh dari sebagian sawah,” ujar Hendri di Muara Bulian, Kamis.",
                "Pemerintah kabupaten juga mendata petani yang lahannya terdampak agar bisa diusulkan menerima klaim Asuransi Usaha Tani Padi. Petani diminta segera melapor kepada penyuluh pertanian di desa masing-masing.",
            ],
            "quirks": ["caps_place", "staff_line_pipe", "no_images"],
            "render": {"date_format": "wib_dash",
                       "closing_lines": ["Reporter: Fitri Handayani | Editor: Yulia Ningsih"]},
        },
        {
            "id": 3754,
            "slug": "polres-muaro-jambi-bongkar-gudang-penimbunan-solar-di-sengeti",
            "title": "Polres Muaro Jambi Bongkar Gudang Penimbunan Solar di Sengeti",
            "published_at": "2024-02-20T10:30:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Sengeti -", "Sengeti"),
            "byline": "Yulia Ningsih",
            "authors": ["Rahmat Hidayat"],
            "editor": "Yulia Ningsih",
            "images": [
                _image("/wp-content/uploads/2024/02/gudang-solar-sengeti.jpg",
                       "Polisi memeriksa jeriken berisi solar di gudang penimbunan di Sengeti, Senin (19/2/2024).",
                       "Istimewa", before=0, style="block",
                       caption_raw="Polisi memeriksa jeriken berisi solar di gudang penimbunan di Sengeti, Senin (19/2/2024). Foto: Istimewa"),
            ],
            "categories": ["Hukum"],
            "tags": ["Solar", "Muaro Jambi", "Polres Muaro Jambi"],
            "body_paragraphs": [
                "Kepolisian Resor Muaro Jambi membongkar sebuah gudang yang diduga menjadi tempat penimbunan solar bersubsidi di Sengeti, Kecamatan Sekernan. Dari lokasi itu polisi menyita sekitar 4.800 liter solar yang disimpan dalam ratusan jeriken.",
                "Kasat Reskrim Polres Muaro Jambi, AKP Irwan Syahputra mengatakan, pengungkapan berawal dari laporan warga yang curiga melihat mobil bak terbuka keluar masuk gudang pada malam hari.",
                "“Solar itu dibeli berulang kali dari beberapa SPBU menggunakan kendaraan yang tangkinya sudah dimodifikasi, lalu dijual kembali ke perusahaan dengan harga industri,” kata Irwan, Selasa.",
                "Polisi menetapkan dua orang tersangka berinisial SR (41) dan BT (36). Keduanya dijerat Undang-Undang Minyak dan Gas Bumi dengan ancaman pidana penjara paling lama enam tahun.",
                "Irwan mengimbau pengelola SPBU lebih teliti melayani pembelian solar bersubsidi dan segera melapor bila menemukan pembelian yang mencurigakan.",
            ],
            "quirks": ["hyphen_dateline", "staff_lines_apart", "baca_juga", "caption_foto_suffix"],
            "render": {"date_format": "wib_pipe",
                       "baca_juga": [(1, "ratusan-hektare-sawah-di-batanghari-terancam-gagal-panen"),
                                     (3, "pemkot-jambi-pasang-40-lampu-jalan-baru-di-kawasan-danau-sipin")],
                       "closing_lines": ["Reporter : Rahmat Hidayat", "Editor : Yulia Ningsih"]},
        },
        {
            "id": 4102,
            "slug": "ekspor-pinang-tanjabbar-tembus-12-ribu-ton-semester-pertama",
            "title": "Ekspor Pinang Tanjabbar Tembus 12 Ribu Ton Semester Pertama",
            "published_at": "2024-06-11T19:05:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Kuala Tungkal –", "Kuala Tungkal"),
            "byline": "Dedi Irawan",
            "authors": ["Dedi Irawan", "Fitri Handayani"],
            "editor": None,
            "images": [
                _image("/wp-content/uploads/2024/06/pinang-kuala-tungkal.jpg",
                       "Pekerja menjemur pinang kering di gudang pengepul di Kuala Tungkal, Senin (10/6/2024).",
                       "Istimewa", before=2, style="block",
                       caption_raw="Pekerja menjemur pinang kering di gudang pengepul di Kuala Tungkal, Senin (10/6/2024). Foto: Istimewa"),
            ],
            "categories": ["Ekonomi"],
            "tags": ["Pinang", "Ekspor", "Tanjabbar"],
            "body_paragraphs": [
                "Ekspor pinang dari Kabupaten Tanjung Jabung Barat sepanjang semester pertama 2024 mencapai 12.300 ton. Jumlah itu naik sekitar 15 persen dibandingkan periode yang sama tahun lalu.",
                "Kepala Dinas Perdagangan Tanjabbar, Mardiana Effendi mengatakan, sebagian besar pinang dikirim ke India, Bangladesh dan Thailand. Harga pinang kering di tingkat petani saat ini berkisar Rp 11.000 per kilogram.",
                "“Permintaan dari luar negeri masih tinggi. Yang perlu dijaga adalah mutu, karena pembeli sekarang makin ketat soal kadar air dan kebersihan biji,” kata Mardiana, Selasa.",
                "Pemerintah kabupaten berencana membangun fasilitas pengeringan bersama di tiga kecamatan sentra pinang agar petani tidak lagi menjemur di pinggir jalan.",
            ],
            "quirks": ["bold_dateline", "two_reporters", "image_mid_body"],
            "render": {"date_format": "short_month",
                       "dateline_html": "<strong>WARTASEPUCUK.ID, Kuala Tungkal</strong> – ",
                       "closing_lines": ["Reporter: Dedi Irawan dan Fitri Handayani"]},
        },
        {
            "id": 4477,
            "slug": "sekolah-rakyat-mulai-dibuka-di-tiga-kecamatan-kota-jambi",
            "title": "Sekolah Rakyat Mulai Dibuka di Tiga Kecamatan Kota Jambi",
            "published_at": "2024-10-03T07:50:00+07:00",
            "modified_at": None,
            "dateline": None,
            "byline": "Yulia Ningsih",
            "authors": ["Yulia Ningsih"],   # no Reporter line: the WordPress account is the byline
            "editor": None,
            "images": [],
            "categories": ["Pendidikan", "Kota Jambi"],
            "tags": ["Sekolah", "Pendidikan"],
            "body_paragraphs": [
                "Pemerintah Kota Jambi mulai membuka kelas sekolah rakyat bagi anak putus sekolah di tiga kecamatan, yakni Pasar Jambi, Jelutung dan Paal Merah. Tahun pertama program itu menampung 180 peserta didik.",
                "Kepala Dinas Pendidikan Kota Jambi, Marlina Siregar mengatakan, peserta didik tidak dipungut biaya apa pun. Mereka mendapat seragam, buku dan makan siang setiap hari sekolah.",
                "Belajar Tiga Hari Sepekan",
                "Kegiatan belajar berlangsung tiga hari dalam sepekan di gedung sekolah dasar negeri yang tidak terpakai pada sore hari. Pengajarnya guru honorer dan relawan mahasiswa yang sudah mengikuti pelatihan.",
                "“Banyak anak berhenti sekolah karena harus membantu orang tua bekerja. Jadwal sore kami pilih supaya mereka tetap bisa belajar,” kata Marlina.",
            ],
            "quirks": ["no_dateline", "no_reporter_line", "subheading_h2", "no_images"],
            "render": {"date_format": "wib_dash", "subheadings": {2: "h2"}},
        },
        {
            "id": 4890,
            "slug": "kasus-dbd-di-tebo-meningkat-dinkes-gencarkan-fogging",
            "title": "Kasus DBD di Tebo Meningkat, Dinkes Gencarkan Fogging",
            "published_at": "2025-01-22T13:25:00+07:00",
            "modified_at": "2025-01-22T20:10:00+07:00",
            "dateline": _dateline("WARTASEPUCUK.ID, Muara Tebo –", "Muara Tebo"),
            "byline": "Yulia Ningsih",
            "authors": ["Rahmat Hidayat"],
            "editor": None,
            "images": [
                _image("/wp-content/uploads/2025/01/fogging-tebo.jpg",
                       "Petugas melakukan pengasapan di permukiman warga Kelurahan Tebing Tinggi, Muara Tebo, Rabu (22/1/2025).",
                       "Dok. Dinkes Tebo", before=0, style="html5",
                       caption_raw="Petugas melakukan pengasapan di permukiman warga Kelurahan Tebing Tinggi, Muara Tebo, Rabu (22/1/2025). (Foto: Dok. Dinkes Tebo)"),
            ],
            "categories": ["Kesehatan"],
            "tags": ["DBD", "Tebo", "Fogging"],
            "body_paragraphs": [
                "Dinas Kesehatan Kabupaten Tebo mencatat 86 kasus demam berdarah dengue (DBD) sepanjang Januari 2025, dua kali lipat dibandingkan bulan yang sama tahun lalu. Dua pasien anak meninggal dunia.",
                "Kepala Dinas Kesehatan Tebo, Ermawati Nasution mengatakan, pengasapan digelar di 14 kelurahan dan desa dengan kasus terbanyak. Petugas juga membagikan bubuk abate kepada warga.",
                "“Fogging hanya membunuh nyamuk dewasa. Yang paling penting tetap menguras, menutup dan mendaur ulang barang bekas agar jentik tidak berkembang,” kata Ermawati.",
                "Pembaruan: Pemerintah Kabupaten Tebo menetapkan status kejadian luar biasa (KLB) DBD di Kecamatan Tebo Tengah pada Rabu malam setelah rapat bersama rumah sakit daerah.",
            ],
            "quirks": ["updated", "updated_visible", "google_news_line"],
            "render": {"date_format": "wib_dash", "updated_visible": True,
                       "closing_lines": ["Reporter: Rahmat Hidayat", GOOGLE_NEWS]},
        },
        {
            "id": 5231,
            "slug": "atlet-dayung-kota-jambi-borong-empat-emas-porprov",
            "title": "Atlet Dayung Kota Jambi Borong Empat Emas Porprov",
            "published_at": "2025-07-08T09:00:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Jambi –", "Jambi"),
            "byline": "Dedi Irawan",
            "authors": ["Fitri Handayani"],
            "editor": None,
            "images": [
                _image("/wp-content/uploads/2025/07/dayung-porprov-jambi.jpg",
                       "Tim dayung Kota Jambi merayakan kemenangan di Danau Sipin, Minggu (6/7/2025).",
                       "Dok. KONI Kota Jambi", before=0, style="block",
                       caption_raw="Tim dayung Kota Jambi merayakan kemenangan di Danau Sipin, Minggu (6/7/2025). (Foto: Dok. KONI Kota Jambi)"),
            ],
            "categories": ["Olahraga"],
            "tags": ["Porprov", "Dayung", "KONI"],
            "body_paragraphs": [
                "Tim dayung Kota Jambi memborong empat medali emas pada cabang dayung Pekan Olahraga Provinsi (Porprov) Jambi yang berakhir di Danau Sipin, Minggu (6/7/2025). Kota Jambi juga meraih dua perak.",
                "Ketua Pengurus Cabang Persatuan Olahraga Dayung Seluruh Indonesia Kota Jambi, Teguh Wibowo mengatakan, hasil itu berkat latihan rutin para atlet sejak awal tahun.",
                "“Anak-anak latihan pagi dan sore di Danau Sipin, hampir tanpa libur. Medali ini milik mereka,” kata Teguh, Selasa.",
                "KONI Kota Jambi menjanjikan bonus bagi para peraih medali. Sebagian atlet juga akan dipanggil mengikuti pemusatan latihan daerah untuk menghadapi kejuaraan nasional.",
            ],
            "quirks": ["dateline_nbsp", "visitor_comments"],
            "render": {"date_format": "wp_default", "dateline_html": "WARTASEPUCUK.ID, Jambi –&nbsp; ",
                       "closing_lines": ["Reporter: Fitri Handayani"],
                       "comments": [
                           {"author": "Andi Pratama", "date": "2025-07-08T12:14:00+07:00",
                            "text": "Selamat untuk atlet dayung Kota Jambi, semoga bonusnya cepat cair."},
                           {"author": "Sari", "date": "2025-07-09T08:02:00+07:00",
                            "text": "Danau Sipin memang cocok untuk pusat latihan dayung."},
                       ]},
        },
        {
            "id": 5617,
            "slug": "warga-kerinci-tanam-10-ribu-bibit-di-lereng-gunung-kerinci",
            "title": "Warga Kerinci Tanam 10 Ribu Bibit di Lereng Gunung Kerinci",
            "published_at": "2026-01-15T16:40:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Sungai Penuh –", "Sungai Penuh"),
            "byline": "Yulia Ningsih",
            "authors": ["Dedi Irawan"],
            "editor": None,
            "images": [],
            "categories": ["Lingkungan", "Daerah"],
            "tags": ["Kerinci", "Penghijauan", "TNKS"],
            "body_paragraphs": [
                "Ratusan warga dari sepuluh desa di Kabupaten Kerinci menanam 10.000 bibit pohon di lereng Gunung Kerinci yang gundul akibat perambahan. Bibit yang ditanam antara lain kayu manis, surian dan alpukat.",
                "Kepala Seksi Pengelolaan Taman Nasional Wilayah Kerinci, Agus Salim Harahap mengatakan, penanaman melibatkan kelompok tani hutan yang selama ini bermitra dengan Taman Nasional Kerinci Seblat.",
                "“Warga ikut menanam sekaligus ikut menjaga. Tanaman buah dipilih supaya hasilnya bisa dinikmati tanpa menebang,” kata Agus, Kamis.",
                "Pemerintah Kota Sungai Penuh dan Pemerintah Kabupaten Kerinci sepakat memantau pertumbuhan bibit bersama kelompok tani setiap tiga bulan.",
            ],
            "quirks": ["visible_date_without_time", "no_images"],
            "render": {"date_format": "wp_default", "closing_lines": ["Reporter: Dedi Irawan"]},
        },
        {
            "id": 5902,
            "slug": "kpu-provinsi-jambi-mulai-pemutakhiran-data-pemilih-berkelanjutan",
            "title": "KPU Provinsi Jambi Mulai Pemutakhiran Data Pemilih Berkelanjutan",
            "published_at": "2026-03-02T11:15:00+07:00",
            "modified_at": None,
            "dateline": _dateline("WARTASEPUCUK.ID, Jambi —", "Jambi"),
            "byline": "Yulia Ningsih",
            "authors": ["Rahmat Hidayat"],
            "editor": None,
            "images": [
                _image("/wp-content/uploads/2026/03/kpu-provinsi-jambi-coklit.jpg",
                       "Petugas KPU mendata pemilih di Kelurahan Sungai Asam, Kota Jambi, Senin (2/3/2026).",
                       "Istimewa", before=0, style="block",
                       caption_raw="Petugas KPU mendata pemilih di Kelurahan Sungai Asam, Kota Jambi, Senin (2/3/2026). Foto: Istimewa"),
            ],
            "categories": ["Politik"],
            "tags": ["KPU", "Data Pemilih"],
            "body_paragraphs": [
                "Komisi Pemilihan Umum (KPU) Provinsi Jambi memulai pemutakhiran data pemilih berkelanjutan tahun 2026. Petugas mendatangi rumah warga untuk mencocokkan data pemilih dengan dokumen kependudukan.",
                "Anggota KPU Provinsi Jambi, Nurhasanah mengatakan, pemutakhiran difokuskan pada pemilih pemula, warga yang pindah domisili dan pemilih yang meninggal dunia.",
                "“Data yang akurat menjadi dasar daftar pemilih pada pemilu berikutnya. Kami minta warga aktif melapor bila ada anggota keluarga yang belum terdata,” kata Nurhasanah.",
                "Warga juga dapat memeriksa status pendaftaran secara daring melalui laman resmi KPU. Hasil pemutakhiran akan diumumkan setiap tiga bulan.",
            ],
            "quirks": ["em_dash_dateline", "inline_link_in_body"],
            "render": {"date_format": "wib_dash",
                       "paragraph_html": {3: 'Warga juga dapat memeriksa status pendaftaran secara daring melalui '
                                             '<a href="https://cekdptonline.kpu.go.id/" target="_blank" rel="noopener">laman resmi KPU</a>. '
                                             'Hasil pemutakhiran akan diumumkan setiap tiga bulan.'},
                       "ads_after": [1],
                       "closing_lines": ["Reporter: Rahmat Hidayat"]},
        },
    ]
    del _image, _dateline


# ---------------------------------------------------------- jambiseru.com
class JambiseruSite(JNewsThemeSite):
    """Jambiseru.com in its JNews-style theme, with what its plugins change:
    a security plugin closes the REST API to visitors, Yoast ends each feed
    item with its "appeared first on" line."""

    REST_CLOSED = json.dumps({"code": "rest_cannot_access",
                              "message": "Only authenticated users can access the REST API.",
                              "data": {"status": 401}})

    def _rest(self, route: str, query: dict) -> Response:
        return Response.text(self.REST_CLOSED, "application/json; charset=UTF-8", status=401)

    def _feed_content(self, entry, article) -> str:
        return (super()._feed_content(entry, article)
                + f'\n<p>The post <a href="{self.url(entry.path)}">{esc(entry.title)}</a> appeared first on '
                  f'<a href="{self.url("/")}">{esc(self.info.name)} | {esc(self.info.description)}</a>.</p>')


class Jambiseru(Portal):
    """Jambiseru.com (www.jambiseru.com): WordPress, posts split over pages.

    Recorded: articles split over numbered pages (/berita-jambi/07/08/slug/2,
    its profile), WordPress (a public copy of its feed shows Yoast's RSS
    footer "The post ... appeared first on Jambiseru.com | Update Berita
    Jambi."). Chosen from those: /%category%/%monthnum%/%day%/%postname%
    permalinks without a trailing slash (the form its profile records; a 2020
    copy shows /berita/2020/05/11/slug, so the year may be in it too), posts
    split with <!--nextpage--> (render["pages"]) shown with core's
    wp_link_pages(). Assumed: Yoast SEO's sitemaps, a REST API closed to
    visitors (401), a JNews-style theme, the dateline "Jambiseru.com, Jambi –",
    an "Editor: ..." closing line, each reporter posting under their own
    account. The articles are invented.
    """

    NAME = "jambiseru"
    SITE_INFO = SiteInfo(name="Jambiseru.com", description="Update Berita Jambi",
                         origin="https://www.jambiseru.com/",
                         logo="/wp-content/uploads/2024/01/logo-jambiseru.png")
    PERMALINK = "category"
    THEME = "jnews"
    SITEMAPS = "yoast"
    SITE = JambiseruSite
    AUTHORS = ["Lia Amelia", "Andri Saputra"]

    def _dateline(place: str) -> dict:
        return {"raw": f"Jambiseru.com, {place} –", "place": place, "outlet": "Jambiseru.com"}

    def _image(name: str, month: str, caption: str, credit: str | None, before: int = 0, attachment: int = 0):
        shown = caption + (f" (Foto: {credit})" if credit else "")
        return {"url": f"/wp-content/uploads/{month}/{name}.jpg", "caption": caption, "credit": credit,
                "render": {"before": before, "attachment_id": attachment, "width": 750, "height": 500,
                           "caption_raw": shown}}

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
                       "closing_lines": ["Editor: Hendra"]},
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
            "render": {"pages": [0, 2], "closing_lines": ["Editor: Hendra"]},
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
            "render": {"pages": [0, 2], "closing_lines": ["Editor: Hendra"]},
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
    del _image
    _dateline = staticmethod(_dateline)   # the filler's too

    def filler(self) -> list[dict]:
        articles = filler_articles(16, newest=datetime(2026, 11, 25, 16, 0, tzinfo=WIB), every=timedelta(days=11),
                                   first_id=91900, offset=4)
        for n, article in enumerate(articles):
            _, place = article.pop("place")
            article.update(dateline=self._dateline(place), authors=[self.AUTHORS[n % 2]], editor=None,
                           id=91900 - n * 37)
            if article["categories"][0] != "Ekonomi":    # the rest is local news
                article["categories"] = ["Berita Jambi"]
        return articles

    def prepare(self, articles: list[dict]) -> None:
        for article in articles:
            article.setdefault("slug", slugify(article["title"]))
            article["byline"] = article["authors"][0]    # reporters post under their own accounts
            article["render"].setdefault("ads_after", [])   # the theme's ads only where the data puts them


DETAILID, INFOJAMBI, WARTASEPUCUK, JAMBISERU = Detailid(), Infojambi(), Wartasepucuk(), Jambiseru()
