"""Data of a fictional Jambi WordPress portal in a block theme: "Warta Sepucuk"
(wartasepucuk.id), the replica the generic `wordpress` spider is tested on.

RECONSTRUCTION AND FICTION: the portal does not exist. It stands for the
many small Jambi WordPress portals that no machine here can reach, with the
habits the detailid profile records: the dateline "WARTASEPUCUK.ID, Jambi –"
(outlet domain, place, dash), a closing "Reporter: ..." line (sometimes
with "| Editor: ..." or an own "Editor :" line), the section (category)
label above the title, /%year%/%monthnum%/%postname%/ permalinks
(detail.id's /2023/09/slug). The theme is wordpress.BlockThemeSite (core
blocks, nothing of matra's "newsmag"); Yoast SEO and AddToAny as plugins;
four posts a listing page. The articles are invented Jambi news in
Indonesian; the people are fictional (public offices are real, the names
holding them are not).

Articles follow matra.py's convention (ground truth under the exported
item's names, plus id, byline = the WordPress account the theme shows,
quirks, render; matra.RENDER_KEYS, and "closing_lines": paragraphs after the
text such as "Reporter: ..."). Ground truth: `authors` are the reporters the
"Reporter:" line names (the WordPress account only when there is none),
`editor` what an "Editor:" line names.
"""
from __future__ import annotations

from datetime import datetime

from tests.replica import matra
from tests.replica.wordpress import SiteInfo, WordPressSite, permalink_path

NAME = "wartasepucuk"          # its registry name in the tests
DOMAIN = "wartasepucuk.id"
SITE_INFO = SiteInfo(name="Warta Sepucuk", description="Kabar Sepucuk Jambi Sembilan Lurah",
                     origin="https://wartasepucuk.id/ (fictional portal)",
                     adsense_client="ca-pub-0000000000000001",
                     logo="/wp-content/uploads/2023/01/logo-warta-sepucuk.png")
PERMALINK = "month"
POSTS_PER_PAGE = 4
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


def find(quirk: str) -> dict:
    """The first article with this quirk label."""
    return next(a for a in ARTICLES if quirk in a.get("quirks", ()))


def article_path(article: dict) -> str:
    return permalink_path(datetime.fromisoformat(article["published_at"]), article["slug"], PERMALINK)


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right (see matra.expected_item)."""
    item = matra.expected_item(article, base_url)
    item["url"] = item["canonical_url"] = base_url.rstrip("/") + article_path(article)
    return item


def build_site(disable=(), now=None) -> WordPressSite:
    """The portal as a route for tests.replica.server.Replica."""
    return WordPressSite(ARTICLES, SITE_INFO, theme="block", disable=disable, now=now,
                         permalink=PERMALINK, posts_per_page=POSTS_PER_PAGE)
