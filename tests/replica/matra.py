"""Data of the Matra replica (Media Lintas Sumatera, medialintassumatera.net).

RECONSTRUCTION: the live site is unreachable from here. The seed article's
text is the real one (shared/seeds/000_f6ec2f97cf2473a7.txt, copied to
tests/replica/data/seed_matra.txt); its title, publication time, URL, post ID
and author display name are reconstructed guesses. Every other article is
invented: realistic Jambi news in Indonesian, with fictional people (public
offices are real, the names holding them are not).

Each article dict holds the CLEAN ground truth under the names of the
exported item, plus how the page writes it:

  ground truth : slug, title, published_at (ISO, +07:00), modified_at (or
                 None), body_paragraphs, dateline {raw, place, outlet} or None,
                 authors, editor, images [{url (site path), caption, credit}],
                 categories, tags
  rendering    : id (WordPress post ID), quirks (labels for tests to pick an
                 article), render {...} (see RENDER_KEYS), and per image
                 image["render"] {before, style, attachment_id, lazy, caption_raw}

Use ``expected_item(article, base_url)`` for the item a crawler should export.
"""
from __future__ import annotations

import copy
import random
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from tests.replica.portals import expected_item as portal_expected_item
from tests.replica.wordpress import WIB, SiteInfo, WordPressSite, permalink_path, slugify

SITE_INFO = SiteInfo(name="Media Lintas Sumatera", description="Berita Jambi Terkini",
                     origin="https://medialintassumatera.net/")

GROUND_TRUTH_KEYS = ("slug", "title", "published_at", "modified_at", "body_paragraphs", "dateline",
                     "authors", "editor", "images", "categories", "tags")

# What article["render"] may hold (all optional):
RENDER_KEYS = {
    "date_format": "visible date style, see wordpress.format_visible_date (default wp_default)",
    "jsonld": "Yoast JSON-LD present (default True)",
    "jsonld_type": "Article (default) or NewsArticle",
    "meta_times": "article:published_time / modified_time meta present (default True)",
    "time_element": "<time datetime> in the entry meta (default True); False = visible text only",
    "updated_visible": "show 'Diperbarui <date>' in the entry meta when modified",
    "dateline_html": "exact HTML put before the first paragraph (default: dateline raw + one space)",
    "credit": "closing credit text, e.g. '(Matra/AdeSM).'",
    "credit_own_paragraph": "credit in its own <p> instead of ending the last paragraph",
    "editor_line": "a closing paragraph such as 'Editor: Ade SM'",
    "subheadings": "{paragraph index: 'h2' | 'h3' | 'strong'}",
    "paragraph_html": "{paragraph index: inner HTML} when a paragraph carries inline markup",
    "baca_juga": "[(after paragraph index, target slug or None)] inline 'Baca Juga:' links",
    "inserts": "{after paragraph index: [raw HTML blocks]} a plugin's box or widget between paragraphs",
    "ads_after": "paragraph indexes followed by an Ad Inserter block (default [1, len-3])",
    "comments": "number of generic visitor comments, or a list of {author, text, date, reply_to}",
    "featured": "show the first image as the theme's featured image too (default True)",
    "pages": "a post split with <!--nextpage-->: the paragraph index each page starts at (default [0], one page)",
}


def _image(url, caption, credit, **render):
    return {"url": url, "caption": caption, "credit": credit, "render": render}


def _dateline(raw, place):
    return {"raw": raw, "place": place, "outlet": "Matra"}


# The seed article: its paragraphs exactly as in the seed file, with the
# dateline, captions and credit taken out (they are rendered from the fields).
SEED_BODY = [
    'Para camat di Provinsi Jambi perlu menjaga netralitas secara konsisten menghadapi Pemilu Serentak 2024. Sikap netralitas itu penting agar para camat di Jambi jangan sampai ada yang terjebak politik praktis menjadi anggota tim sukses peserta pemilu. Sikap netralitas para camat tersebut juga penting guna menciptakan kondusifitas masyarakat selama berlangsungnya seluruh tahapan pemilu.',
    'Harapan tersebut mengemuka pada Rapat Koordinasi (Rakor) Camat se-Provinsi Jambi Semester II Tahun 2023 di ruang pola kantor Gubernur Jambi, Kota Jambi, Kamis (28/12/2023). Rakor yang dibuka Gubernur Jambi, Dr H Al Haris, SSos, MH tersebut dihadiri sekitar 144 camat dari sembilan kabupaten dan dua kota di Provisnsi Jambi.',
    'Al Haris pada kesempatan tersebut mengatakan, menjelang Pemilu Serentak 2024, situasi politik di Indonesia, termasuk di Provinsi Jambi berpotensi memanas. Situasi seperti itu bisa memicu gangguan stabilitas keamanan dan ketertiban masyarakat. Karena itu para camat harus mampu menjadi garda terdepan menciptakan kondusifitas di wilayah masing-masing dengan menunjukkan sikan netral menghadapi pemilu.',
    '“Para camat di Jambi harus bisa menjaga daerah dengan baik menjelang Pemilu Serentak 2024. Tegaklah dengan sikap netral. Antisipasi dan cegah isu-isu yang merusak sistem pemerintahan daerah selama menghadapi pemilu,”ujarnya.',
    'Al Haris mengungkapkan, berdasarkan Tingkat Indeks Kerawanan Pemilu (IKP) di seluruh provinsi di Indonesia, Provinsi Jambi masuk urutan keempat daerah tidak rawan pemilu. Artinya, Provinsi Jambi masih tergolong daerah rawan pemilu. Karena itu seluruh pihak di Jambi paerlu saling bersinergi (bekerja sama) menjaga agar situasi tetap kondusif.',
    '“Saya minta seluruh pihak sama-sama menjaga agar situasi kondusif di Jambi saat terus terjaga hingga Pemilu 2024 nanti. Kita harus berkolaborasi agar Pemilu dan Pilkada Serentak 2024 bisa berlangsung aman, damai, jujur dan adil. Hal itu penting agar pemilu bisa memilih pemimpin-pemimpin dan legislatif yang baik,”ujarnya.',
    'Al Haris juga meminta para camat di Jambi proaktif memastikan validitas dan pembaharuan data pemilih di wilayah masing-masing. Hal itu penting untuk mendukung suksesnya Pemilu dan Pilkada Serentak 2024. Para camat di daerah itu juga diminta lebih aktif memonitor dan memelihara situasi aman dan rukun dalam kehidupan masyarakat.',
    'Jangan Remeh',
    'Secara terpisah, Kapolda Jambi, Irjen Rusdi Hartono melalui Kabid Humas Polda Jambi, Komisaris Besar Polisi (Kombes Pol) Mulia Prianto di Jambi baru-baru ini mengingatkan agar semua pihak tetap waspada berbagai kemungkinan gangguan keamanan dan ketertiban masyarakat menghadapi Pemilu 2024. Seluruh jajaran keamanan di Jambi juga diharapkan tetap siaga mengantisipasi berbagai gangguan pemilu.',
    '“Seluruh personil pasukan pengamanan pemilu yang diterjunkan dalam Operasi Mantap Brata 2023 – 2024 tidak boleh menganggap remeh menghadapi Pemilu Serentak 2024. Sebab potensi konflik menghadapi pesta demokrasi ini cukup tinggi,”katanya.',
    'Rusdi Hartono juga meminta seluruh personil pasukan pengamanan pemilu jeli membaca situasi keamanan dan ketertiban masyarakat yang berkembang. Seluruh personil pengamanan pemilu di Jambi harus mempersiapkan diri dan memiliki taktik cara bertindak yang tepat menghadapi situasi yang berkembang guna menciptakan situasi kondusif selama Pemilu 2024.',
    'Dikatakan, pasukan gabungan pengamanan Pemilu 2024 yang diterjunkan di Provinsi Jambi mencapai 2.036 orang. Pasukan tersebut berasal dari unur TNI, TNI, Satuan Polisi Pamong Praja (Satpol PP) dan pengamanan swakarsa masyarakat.',
]
SEED_CAPTIONS = [
    'Gubernur Jambi, H Al Haris (kanan) menjabat tangan para camat pada Rakor Camat se-Provinsi Jambi di ruang pola kantor Gubernur Jambi, Kota Jambi, Kamis (28/12/2023).',
    'Para camat se-Provinsi Jambi pada Rakor Camat se-Provinsi Jambi di ruang pola kantor Gubernur Jambi, KotaJambi, Kamis (28/12/2023).',
]

ARTICLES = [
    {
        "id": 18452,
        "slug": "harga-kopi-arabika-kerinci-naik-petani-kayu-aro-semringah",
        "title": "Harga Kopi Arabika Kerinci Naik, Petani Kayu Aro Semringah",
        "published_at": "2021-04-12T09:40:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Kerinci) –", "Kerinci"),
        "byline": "Yudi Pratama",  # the WordPress account shown by the theme
        "authors": ["Yudi"],  # the closing credit names the reporter
        "editor": None,
        "images": [],
        "categories": ["Ekonomi", "Daerah"],
        "tags": ["Kopi", "Kerinci", "Kayu Aro", "Petani"],
        "body_paragraphs": [
            "Harga kopi arabika di tingkat petani di Kabupaten Kerinci terus merangkak naik dalam dua pekan terakhir. Saat ini harga biji kopi hijau (green bean) arabika kualitas ekspor di Kecamatan Kayu Aro sudah mencapai Rp 85.000 per kilogram, naik dari sebelumnya Rp 70.000 per kilogram.",
            "Kenaikan harga tersebut membuat para petani kopi di kaki Gunung Kerinci semringah. Sebagian besar petani mengaku kenaikan harga itu datang tepat saat panen raya mulai berlangsung di sejumlah desa.",
            "“Alhamdulillah, tahun ini harga bagus dan buahnya juga lebat. Kalau harga bertahan seperti ini sampai akhir panen, kami bisa menutup utang pupuk tahun lalu,” kata Syamsul Bahri, petani kopi di Desa Sungai Lintang, Kayu Aro, Senin pagi.",
            "Kepala Bidang Perkebunan Dinas Pertanian Kabupaten Kerinci, Herman Susanto mengatakan, naiknya harga kopi arabika dipicu tingginya permintaan dari pembeli di Medan, Jakarta dan sejumlah negara tujuan ekspor. Kopi arabika Kerinci yang sudah mengantongi sertifikat Indikasi Geografis kini makin dikenal di pasar internasional.",
            "Menurut Herman, luas kebun kopi arabika di Kerinci saat ini sekitar 4.200 hektare dengan produksi rata-rata 1,2 ton per hektare per tahun. Pemerintah daerah terus mendorong petani memperbaiki cara petik merah dan pengolahan pascapanen agar mutu kopi tetap terjaga.",
            "“Kami minta petani tidak tergiur memetik buah yang masih hijau hanya karena harga sedang tinggi. Mutu itu yang membuat kopi Kerinci dihargai mahal,” ujarnya.",
        ],
        "quirks": ["no_images", "date_blogger_style"],
        "render": {"date_format": "blogger", "credit": "(Matra/Yudi)."},
    },
    {
        "id": 21877,
        "slug": "pesilat-bungo-sabet-lima-medali-emas-di-kejuaraan-daerah-jambi",
        "title": "Pesilat Bungo Sabet Lima Medali Emas di Kejuaraan Daerah Jambi",
        "published_at": "2021-11-23T14:05:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Muara Bungo) –", "Muara Bungo"),
        "byline": "Hendra Gunawan",  # the WordPress account shown by the theme
        "authors": ["Hendra"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2021/11/pesilat-bungo-kejurda.jpg",
                   "Para pesilat Kabupaten Bungo berfoto bersama usai penyerahan medali Kejuaraan Daerah Pencak Silat Jambi di GOR Kota Baru, Kota Jambi, Minggu (21/11/2021).",
                   "Matra/Ist", before=0, style="html5", attachment_id=21878),
        ],
        "categories": ["Olahraga"],
        "tags": ["Pencak Silat", "Bungo", "IPSI"],
        "body_paragraphs": [
            "Kontingen pencak silat Kabupaten Bungo membawa pulang lima medali emas, tiga perak dan empat perunggu dari Kejuaraan Daerah (Kejurda) Pencak Silat Provinsi Jambi 2021 yang berakhir di GOR Kota Baru, Kota Jambi, Minggu (21/11/2021). Dengan raihan itu Bungo menempati posisi kedua klasemen akhir di bawah tuan rumah Kota Jambi.",
            "Ketua Ikatan Pencak Silat Indonesia (IPSI) Kabupaten Bungo, Darmawan mengatakan, hasil tersebut melampaui target yang dipasang pengurus sebelum keberangkatan, yakni tiga medali emas. Sebagian besar medali emas disumbangkan pesilat remaja yang baru pertama kali tampil di tingkat provinsi.",
            "“Anak-anak berlatih hampir setiap hari selama tiga bulan terakhir, meski sempat terkendala pembatasan kegiatan karena pandemi. Hasilnya sepadan dengan kerja keras mereka,” kata Darmawan saat menyambut kepulangan kontingen di Muara Bungo, Selasa.",
            "Lima medali emas itu diraih di nomor tanding kelas A dan C putra, kelas B putri, serta dua nomor seni tunggal dan ganda. Pesilat putri Bungo, Anisa Rahmadani juga dinobatkan sebagai pesilat terbaik kategori remaja.",
            "Darmawan berharap Pemerintah Kabupaten Bungo memberi perhatian lebih terhadap pembinaan atlet, terutama untuk persiapan menghadapi Pekan Olahraga Provinsi (Porprov) Jambi. Menurut dia, sejumlah padepokan di kecamatan masih kekurangan matras dan perlengkapan latihan yang layak.",
        ],
        "quirks": ["no_jsonld"],
        "render": {"date_format": "wib_dash", "jsonld": False, "credit": "(Matra/Hendra)."},
    },
    {
        "id": 27310,
        "slug": "polres-sarolangun-amankan-dua-pelaku-penambangan-emas-tanpa-izin",
        "title": "Polres Sarolangun Amankan Dua Pelaku Penambangan Emas Tanpa Izin",
        "published_at": "2022-06-08T11:20:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Sarolangun) –", "Sarolangun"),
        "byline": "Yudi Pratama",  # the WordPress account shown by the theme
        "authors": ["Yudi"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2022/06/peti-sarolangun.jpg",
                   "Petugas Polres Sarolangun memeriksa mesin dompeng yang diamankan dari lokasi penambangan emas tanpa izin di Kecamatan Limun, Selasa (7/6/2022).",
                   "Matra/Yudi", before=0, style="html5", attachment_id=27311),
        ],
        "categories": ["Hukum"],
        "tags": ["PETI", "Sarolangun", "Polres Sarolangun"],
        "body_paragraphs": [
            "Kepolisian Resor (Polres) Sarolangun mengamankan dua orang terduga pelaku penambangan emas tanpa izin (PETI) di aliran Sungai Limun, Kecamatan Limun, Kabupaten Sarolangun. Keduanya ditangkap saat sedang mengoperasikan mesin dompeng di tepi sungai.",
            "Kasat Reskrim Polres Sarolangun, AKP Rendra Wijaya mengatakan, penangkapan berawal dari laporan warga yang resah karena air sungai berubah keruh sejak beberapa bulan terakhir. Petugas kemudian melakukan penyelidikan dan mendatangi lokasi pada Selasa (7/6/2022) siang.",
            "“Dari lokasi kami mengamankan dua unit mesin dompeng, selang, karpet penyaring serta sekitar dua gram butiran yang diduga emas. Kedua pelaku berinisial AS (34) dan RH (27) merupakan warga setempat,” kata Rendra di Sarolangun, Rabu.",
            "Menurut Rendra, kedua pelaku dijerat Pasal 158 Undang-Undang Nomor 3 Tahun 2020 tentang Pertambangan Mineral dan Batubara dengan ancaman hukuman penjara paling lama lima tahun dan denda paling banyak Rp 100 miliar. Polisi juga masih memburu pemodal yang diduga membiayai kegiatan tambang ilegal tersebut.",
            "Rendra mengimbau masyarakat tidak lagi terlibat dalam kegiatan PETI karena selain melanggar hukum, aktivitas itu merusak sungai yang menjadi sumber air bersih warga di hilir. Polres Sarolangun, kata dia, akan terus menggelar patroli bersama pemerintah kecamatan dan desa.",
        ],
        # The only date on the page (apart from feed/REST/sitemap) is the visible "Rabu, 8 Jun 2022 11:20 WIB".
        "quirks": ["only_visible_date", "no_jsonld", "no_meta_times", "no_time_element"],
        "render": {"date_format": "short_month", "jsonld": False, "meta_times": False,
                   "time_element": False, "credit": "(Matra/Yudi)."},
    },
    {
        "id": 31055,
        "slug": "banjir-rendam-ratusan-rumah-di-tiga-kecamatan-muaro-jambi",
        "title": "Banjir Rendam Ratusan Rumah di Tiga Kecamatan Muaro Jambi",
        "published_at": "2022-12-19T16:30:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Muaro Jambi) —", "Muaro Jambi"),
        "byline": "Siti Rahmah",  # the WordPress account shown by the theme
        "authors": ["Siti"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2022/12/banjir-muaro-jambi.jpg",
                   "Warga menggunakan perahu melintasi jalan desa yang terendam banjir di Kecamatan Maro Sebo, Kabupaten Muaro Jambi, Senin (19/12/2022).",
                   "Matra/Siti", before=0, style="html5", attachment_id=31056),
        ],
        "categories": ["Daerah"],
        "tags": ["Banjir", "Muaro Jambi", "BPBD"],
        "body_paragraphs": [
            "Banjir akibat meluapnya Sungai Batanghari merendam sedikitnya 640 rumah warga di tiga kecamatan di Kabupaten Muaro Jambi. Ketinggian air di permukiman bervariasi antara 50 sentimeter hingga lebih dari satu meter.",
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Muaro Jambi, Ferry Kurniawan mengatakan, tiga kecamatan yang terdampak paling parah yakni Maro Sebo, Jambi Luar Kota dan Taman Rajo. Sebagian warga sudah mengungsi ke rumah kerabat dan balai desa yang lebih tinggi.",
            "“Debit Sungai Batanghari terus naik sejak tiga hari terakhir karena hujan deras di daerah hulu. Kami sudah menyiagakan perahu karet dan tenda pengungsian di titik-titik rawan,” katanya.",
            "Menurut Ferry, hingga Senin sore belum ada laporan korban jiwa. Namun banjir membuat aktivitas belajar di empat sekolah dasar terhenti dan akses jalan ke sejumlah desa hanya bisa dilalui perahu.",
            "Pemerintah Kabupaten Muaro Jambi telah menyalurkan bantuan berupa beras, mi instan, air mineral dan selimut kepada warga terdampak. BPBD juga meminta warga yang tinggal di bantaran sungai tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir Desember.",
        ],
        "quirks": ["em_dash_dateline"],
        "render": {"date_format": "wp_default", "credit": "(Matra/Siti)."},
    },
    {
        "id": 36620,
        "slug": "pemkot-sungai-penuh-siapkan-pasar-murah-di-delapan-kecamatan",
        "title": "Pemkot Sungai Penuh Siapkan Pasar Murah di Delapan Kecamatan",
        "published_at": "2023-05-16T10:05:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Sungai Penuh) -", "Sungai Penuh"),
        "byline": "Hendra Gunawan",  # the WordPress account shown by the theme
        "authors": ["Hendra"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2023/05/pasar-murah-sungai-penuh.jpg",
                   "Warga mengantre membeli beras dan minyak goreng pada pasar murah di halaman Kantor Camat Pesisir Bukit, Kota Sungai Penuh, Senin (15/5/2023).",
                   "Matra/Hendra", before=0, style="xhtml", attachment_id=36621),
            # A caption without any photo credit.
            _image("/wp-content/uploads/2023/05/disperindag-sungai-penuh.jpg",
                   "Kepala Dinas Perindustrian dan Perdagangan Kota Sungai Penuh, Rosmaini Putri memantau harga bahan pokok di Pasar Tanjung Bajure.",
                   None, before=3, style="xhtml", attachment_id=36622, width=640, height=427),
        ],
        "categories": ["Ekonomi", "Pemerintahan"],
        "tags": ["Pasar Murah", "Sungai Penuh", "Inflasi"],
        "body_paragraphs": [
            "Pemerintah Kota Sungai Penuh menggelar pasar murah di delapan kecamatan selama dua pekan ke depan. Kegiatan itu untuk membantu warga mendapatkan bahan pokok dengan harga terjangkau sekaligus menekan laju inflasi daerah.",
            "Kepala Dinas Perindustrian dan Perdagangan (Disperindag) Kota Sungai Penuh, Rosmaini Putri mengatakan, komoditas yang dijual di pasar murah antara lain beras, minyak goreng, gula pasir, telur ayam dan bawang merah. Harga jual rata-rata 15 sampai 20 persen di bawah harga pasar.",
            "“Setiap kecamatan kami jadwalkan dua kali. Warga cukup membawa kartu keluarga agar pembelian bisa dibagi rata dan tidak diborong satu orang,” kata Rosmaini di Sungai Penuh, Selasa.",
            "Ia menjelaskan, pasar murah kali ini menyediakan 12 ton beras, 6.000 liter minyak goreng dan 4 ton gula pasir. Pasokan berasal dari Perum Bulog dan sejumlah distributor yang bekerja sama dengan pemerintah kota.",
            "Berdasarkan pemantauan Disperindag, harga bawang merah dan cabai di Pasar Tanjung Bajure masih berfluktuasi dalam sepekan terakhir. Pemerintah kota, kata Rosmaini, akan terus memantau harga dan ketersediaan stok menjelang hari besar keagamaan.",
        ],
        "quirks": ["hyphen_dateline_two_spaces", "xhtml_captions_only", "caption_without_credit"],
        "render": {"date_format": "wib_pipe", "dateline_html": "(Matra, Sungai Penuh) -  ",
                   "credit": "(Matra/Hendra)."},
    },
    {
        "id": 41318,
        # Reconstructed: the seed gives the text, not the title, slug or time.
        "slug": "camat-se-provinsi-jambi-diminta-jaga-netralitas-hadapi-pemilu-2024",
        "title": "Camat Se-Provinsi Jambi Diminta Jaga Netralitas Hadapi Pemilu 2024",
        "published_at": "2023-12-28T15:42:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Jambi) –", "Jambi"),
        "byline": "Ade SM",  # the WordPress account shown by the theme
        "authors": ["AdeSM"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2023/12/rakor-camat-provinsi-jambi-1.jpg", SEED_CAPTIONS[0],
                   "Matra/KominfoJambi", before=0, style="html5", attachment_id=41319),
            _image("/wp-content/uploads/2023/12/rakor-camat-provinsi-jambi-2.jpg", SEED_CAPTIONS[1],
                   "Matra/KominfoJambi", before=7, style="html5", attachment_id=41320),
        ],
        "categories": ["Pemerintahan", "Politik"],
        "tags": ["Pemilu 2024", "Netralitas", "Camat", "Al Haris"],
        "body_paragraphs": SEED_BODY,
        # "Kamis (28/12/2023)" in the text is the event date; the publication time is a guess.
        "quirks": ["seed", "reconstructed_title", "subheading_strong", "event_date_in_body"],
        "render": {"date_format": "wib_dash", "credit": "(Matra/AdeSM).", "subheadings": {7: "strong"}},
    },
    {
        "id": 43902,
        "slug": "pemkab-tanjabbar-salurkan-60-ribu-bibit-pinang-kepada-petani",
        "title": "Pemkab Tanjabbar Salurkan 60 Ribu Bibit Pinang kepada Petani",
        "published_at": "2024-03-07T13:10:00+07:00",
        "modified_at": None,
        # Written in caps and abbreviated; the place is Tanjung Jabung Barat.
        "dateline": _dateline("(Matra, TANJABBAR) –", "Tanjung Jabung Barat"),
        "byline": "Ade SM",  # the WordPress account shown by the theme
        "authors": ["AdeSM"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2024/03/bibit-pinang-tanjabbar.jpg",
                   "Penyerahan bibit pinang unggul secara simbolis kepada perwakilan kelompok tani di Kuala Tungkal, Kabupaten Tanjung Jabung Barat, Rabu (6/3/2024).",
                   "Matra/Ist", before=2, style="block", attachment_id=43903),
        ],
        "categories": ["Pemerintahan", "Ekonomi"],
        "tags": ["Pinang", "Tanjabbar", "Petani", "Kuala Tungkal"],
        "body_paragraphs": [
            "Pemerintah Kabupaten Tanjung Jabung Barat (Tanjabbar) menyalurkan 60.000 batang bibit pinang unggul kepada 600 petani yang tergabung dalam 24 kelompok tani. Bantuan itu diharapkan memperluas kebun pinang rakyat yang selama ini menjadi salah satu komoditas ekspor andalan daerah tersebut.",
            "Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan Tanjabbar, Zulkifli Amri mengatakan, bibit yang dibagikan merupakan varietas Betara yang sudah dilepas Kementerian Pertanian sebagai varietas unggul. Pinang Betara dikenal cepat berbuah dan cocok ditanam di lahan gambut.",
            "“Setiap petani menerima 100 batang bibit. Kami juga akan mendampingi penanaman dan perawatan agar bibit ini tumbuh baik dan tidak terbengkalai,” kata Zulkifli di Kuala Tungkal, Kamis.",
            "Menurut Zulkifli, luas kebun pinang di Tanjabbar saat ini mencapai sekitar 20.000 hektare yang tersebar di hampir seluruh kecamatan. Pinang dari daerah itu dikirim ke India, Pakistan, Thailand dan sejumlah negara lain melalui pelabuhan di Jambi dan Batam.",
            "Salah seorang penerima bantuan, Mursyid dari Kecamatan Betara, menyambut baik program tersebut. Ia berharap pemerintah juga membantu menjaga harga pinang di tingkat petani yang kerap anjlok saat panen raya.",
        ],
        "quirks": ["caps_abbreviated_place", "block_editor_caption", "image_mid_body_only"],
        "render": {"date_format": "short_month", "credit": "(Matra/AdeSM)."},
    },
    {
        "id": 45511,
        "slug": "jembatan-gantung-penghubung-dua-desa-di-merangin-putus-diterjang-arus",
        "title": "Jembatan Gantung Penghubung Dua Desa di Merangin Putus Diterjang Arus",
        "published_at": "2024-06-04T08:10:27+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Bangko) –", "Bangko"),
        "byline": "Rina Oktaviani",  # the WordPress account shown by the theme
        "authors": ["Rina"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2024/06/jembatan-gantung-merangin-putus.jpg",
                   "Kondisi jembatan gantung penghubung Desa Lubuk Beringin dan Desa Tiangko Panjang, Kecamatan Sungai Manau, Kabupaten Merangin yang putus diterjang arus, Senin (3/6/2024).",
                   "Matra/Ist", before=0, style="html5", attachment_id=45512),
        ],
        "categories": ["Daerah"],
        "tags": ["Merangin", "Jembatan Gantung", "Banjir"],
        "body_paragraphs": [
            "Jembatan gantung yang menghubungkan dua desa di Kecamatan Sungai Manau, Kabupaten Merangin putus setelah diterjang arus deras Sungai Merangin, Senin (3/6/2024) sore. Akibatnya, ratusan warga harus menyeberang menggunakan perahu untuk pergi ke sekolah, kebun maupun pasar.",
            "Kepala Desa Lubuk Beringin, Abdul Rahim mengatakan, hujan deras sejak Minggu malam membuat permukaan sungai naik dengan cepat. Batang-batang kayu yang hanyut dari hulu kemudian tersangkut dan menghantam tiang penyangga jembatan sebelum akhirnya putus.",
            "“Untung saat kejadian tidak ada warga yang sedang melintas. Jembatan itu satu-satunya akses terdekat anak-anak kami ke SMP di desa seberang,” katanya saat dihubungi, Selasa pagi.",
            "Jembatan gantung sepanjang sekitar 80 meter itu dibangun pada 2016 melalui dana desa dan selama ini dilalui pejalan kaki dan sepeda motor. Untuk sementara, pemerintah desa menyediakan dua perahu bermesin yang beroperasi dari pagi hingga sore.",
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Merangin, Roni Saputra mengatakan, pihaknya sudah menurunkan tim untuk meninjau lokasi. Pemerintah kabupaten akan mengusulkan pembangunan kembali jembatan tersebut melalui anggaran perubahan tahun ini.",
            "“Kami minta warga sementara tidak memaksakan diri menyeberang saat arus sungai masih tinggi. Keselamatan yang utama,” ujar Roni.",
        ],
        # "Senin (3/6/2024)" is the event; the article is from Tuesday 4 June, with seconds shown.
        "quirks": ["event_date_in_body", "date_with_seconds"],
        "render": {"date_format": "wib_seconds", "credit": "(Matra/Rina)."},
    },
    {
        "id": 47236,
        "slug": "kpu-kota-jambi-gelar-simulasi-pemungutan-suara-pilkada-2024",
        "title": "KPU Kota Jambi Gelar Simulasi Pemungutan Suara Pilkada 2024",
        "published_at": "2024-09-18T19:45:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Jambi) –", "Jambi"),
        "byline": "Ade SM",  # the WordPress account shown by the theme
        "authors": ["AdeSM"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2024/09/simulasi-pemungutan-suara-kota-jambi.jpg",
                   "Petugas KPPS memandu warga memasukkan surat suara ke kotak suara pada simulasi pemungutan suara di Kelurahan Telanaipura, Kota Jambi, Rabu (18/9/2024).",
                   "Matra/AdeSM", before=0, style="html5", attachment_id=47237),
        ],
        "categories": ["Politik"],
        "tags": ["Pilkada 2024", "KPU Kota Jambi", "TPS"],
        "body_paragraphs": [
            "Komisi Pemilihan Umum (KPU) Kota Jambi menggelar simulasi pemungutan dan penghitungan suara Pemilihan Kepala Daerah (Pilkada) Serentak 2024 di Kelurahan Telanaipura, Rabu (18/9/2024). Simulasi melibatkan petugas Kelompok Penyelenggara Pemungutan Suara (KPPS) dan sekitar 300 warga sebagai pemilih.",
            "Ketua KPU Kota Jambi, Suparmin mengatakan, simulasi bertujuan menguji kesiapan petugas di tempat pemungutan suara (TPS), mulai dari pendaftaran pemilih, pencoblosan hingga pengisian formulir hasil penghitungan suara. Pada pilkada kali ini pemilih akan menerima dua surat suara, yaitu untuk pemilihan gubernur dan wali kota.",
            "“Dari simulasi ini kami bisa mengukur berapa lama waktu yang dibutuhkan setiap pemilih. Catatan-catatan kekurangan akan kami jadikan bahan bimbingan teknis bagi KPPS sebelum hari pemungutan suara,” kata Suparmin.",
            "Ia menambahkan, jumlah daftar pemilih tetap (DPT) Kota Jambi untuk Pilkada 2024 sekitar 450.000 orang yang tersebar di 11 kecamatan. KPU juga menyiapkan TPS khusus di rumah sakit dan lembaga pemasyarakatan.",
            "Sementara itu, Ketua Badan Pengawas Pemilu (Bawaslu) Kota Jambi, Novrizal meminta seluruh jajaran pengawas TPS ikut mencermati jalannya simulasi. Menurut dia, pemahaman yang sama antara penyelenggara dan pengawas penting untuk mencegah sengketa hasil di kemudian hari.",
            "Simulasi tersebut juga dihadiri perwakilan kepolisian, pemerintah kota dan tim pemenangan pasangan calon. KPU berharap warga Kota Jambi datang ke TPS pada 27 November 2024 untuk menggunakan hak pilihnya.",
        ],
        "quirks": ["baca_juga_multiple", "credit_own_paragraph", "dateline_nbsp", "inline_link_in_body"],
        "render": {
            "date_format": "wib_dash",
            "dateline_html": "(Matra, Jambi) –&nbsp; ",
            "credit": "(Matra/AdeSM).", "credit_own_paragraph": True,
            "paragraph_html": {3: 'Ia menambahkan, jumlah daftar pemilih tetap (DPT) Kota Jambi untuk '
                                  '<a href="/tag/pilkada-2024/">Pilkada 2024</a> sekitar 450.000 orang yang tersebar '
                                  'di 11 kecamatan. KPU juga menyiapkan TPS khusus di rumah sakit dan lembaga pemasyarakatan.'},
            "baca_juga": [(0, "camat-se-provinsi-jambi-diminta-jaga-netralitas-hadapi-pemilu-2024"),
                          (2, "pemkab-tanjabbar-salurkan-60-ribu-bibit-pinang-kepada-petani"),
                          (4, "jembatan-gantung-penghubung-dua-desa-di-merangin-putus-diterjang-arus")],
        },
    },
    {
        "id": 49804,
        "slug": "harga-cabai-merah-di-pasar-angso-duo-tembus-rp-80-ribu-per-kilogram",
        "title": "Harga Cabai Merah di Pasar Angso Duo Tembus Rp 80 Ribu per Kilogram",
        "published_at": "2025-01-10T09:15:00+07:00",
        "modified_at": "2025-01-10T17:40:00+07:00",
        "dateline": _dateline("(Matra, Jambi) –", "Jambi"),
        "byline": "Siti Rahmah",  # the WordPress account shown by the theme
        "authors": ["Siti"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2025/01/harga-cabai-angso-duo.jpg",
                   "Pedagang cabai melayani pembeli di Pasar Angso Duo, Kota Jambi, Jumat (10/1/2025).",
                   "Matra/Siti", before=0, style="html5", attachment_id=49805),
        ],
        "categories": ["Ekonomi"],
        "tags": ["Harga Cabai", "Pasar Angso Duo", "Inflasi"],
        "body_paragraphs": [
            "Harga cabai merah keriting di Pasar Angso Duo, Kota Jambi kembali melonjak dan kini menembus Rp 80.000 per kilogram. Sepekan sebelumnya harga komoditas itu masih berkisar Rp 55.000 per kilogram.",
            "Sejumlah pedagang mengatakan kenaikan harga dipicu berkurangnya pasokan dari Kerinci dan Sumatera Barat akibat cuaca buruk yang mengganggu panen. Selain cabai merah, harga cabai rawit juga naik menjadi Rp 70.000 per kilogram.",
            "“Barang yang datang sekarang tinggal separuh dari biasanya. Pembeli juga berkurang karena harganya mahal, banyak yang beli seperempat kilo saja,” kata Yusnidar, pedagang cabai di Pasar Angso Duo, Jumat pagi.",
            "Kepala Dinas Perindustrian dan Perdagangan Kota Jambi, Ridwan Hakim mengatakan, pihaknya terus memantau perkembangan harga bahan pokok di pasar tradisional. Pemerintah kota berencana menggelar operasi pasar bersama Bank Indonesia dan Perum Bulog bila kenaikan harga berlanjut.",
            "Pembaruan: Pemerintah Kota Jambi memastikan operasi pasar cabai akan digelar mulai Senin (13/1/2025) di tiga titik, yakni Pasar Angso Duo, Pasar Talang Banjar dan Pasar Aur Kenali. Cabai merah akan dijual Rp 60.000 per kilogram dengan pembelian maksimal setengah kilogram per orang.",
        ],
        # Updated the same day: time.updated, article:modified_time, JSON-LD dateModified and a
        # visible "Diperbarui 10 Januari 2025 17:40 WIB" all state the modification.
        "quirks": ["updated", "updated_visible", "jsonld_newsarticle"],
        "render": {"date_format": "wib_pipe", "updated_visible": True, "jsonld_type": "NewsArticle",
                   "credit": "(Matra/Siti)."},
    },
    {
        "id": 52290,
        "slug": "dinkes-tebo-gencarkan-imunisasi-polio-di-12-kecamatan",
        "title": "Dinkes Tebo Gencarkan Imunisasi Polio di 12 Kecamatan",
        "published_at": "2025-05-21T10:30:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Muara Tebo) –", "Muara Tebo"),
        "byline": "Rina Oktaviani",  # the WordPress account shown by the theme
        "authors": ["Rina"],  # the closing credit names the reporter
        "editor": "Ade SM",
        "images": [
            _image("/wp-content/uploads/2025/05/imunisasi-polio-tebo.jpg",
                   "Petugas kesehatan meneteskan vaksin polio kepada balita di Posyandu Melati, Kecamatan Tebo Tengah, Selasa (20/5/2025).",
                   "Matra/Rina", before=0, style="html5", attachment_id=52291, lazy=True),
        ],
        "categories": ["Kesehatan"],
        "tags": ["Imunisasi", "Polio", "Tebo"],
        "body_paragraphs": [
            "Dinas Kesehatan Kabupaten Tebo menggencarkan pemberian imunisasi polio tambahan bagi anak usia 0 hingga 7 tahun di 12 kecamatan. Kegiatan yang dipusatkan di posyandu, puskesmas dan sekolah itu menargetkan sekitar 48.000 anak.",
            "Kepala Dinas Kesehatan Tebo, Erlina Wati mengatakan, hingga pekan ketiga Mei cakupan imunisasi baru mencapai 71 persen. Pihaknya menurunkan tim ke desa-desa yang cakupannya masih rendah, terutama di wilayah perkebunan yang jauh dari puskesmas.",
            "“Vaksin polio aman dan halal. Kami mengajak orang tua membawa anaknya ke posyandu terdekat, karena satu anak yang tidak diimunisasi bisa menjadi celah penularan bagi anak-anak lain,” kata Erlina di Muara Tebo.",
            "Menurut Erlina, pemerintah daerah juga menggandeng tokoh agama dan kader posyandu untuk menjangkau keluarga yang masih ragu. Petugas akan melakukan sapu bersih dengan mendatangi rumah warga setelah jadwal imunisasi di posyandu selesai.",
            "Salah seorang warga Tebo Tengah, Marlina mengaku sempat khawatir anaknya demam setelah diimunisasi. Namun setelah mendapat penjelasan dari bidan desa, ia akhirnya membawa kedua anaknya ke posyandu.",
        ],
        # Visible date "Mei 21, 2025" has no time; <time datetime> and JSON-LD carry 10:30.
        "quirks": ["editor_line", "lazy_image", "visible_date_without_time"],
        "render": {"date_format": "wp_fjy", "credit": "(Matra/Rina).", "editor_line": "Editor: Ade SM"},
    },
    {
        "id": 55017,
        "slug": "warga-keluhkan-jalan-rusak-di-jalur-lintas-muara-bulian",
        "title": "Warga Keluhkan Jalan Rusak di Jalur Lintas Muara Bulian",
        "published_at": "2025-09-02T15:20:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Muara Bulian) –", "Muara Bulian"),
        "byline": "Hendra Gunawan",  # the WordPress account shown by the theme
        "authors": ["Hendra"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2025/09/jalan-rusak-muara-bulian.jpg",
                   "Kendaraan melintasi jalan berlubang di ruas Muara Bulian–Muara Tembesi, Kabupaten Batanghari, Senin (1/9/2025).",
                   "Matra/Hendra", before=0, style="html5", attachment_id=55018),
        ],
        "categories": ["Daerah"],
        "tags": ["Jalan Rusak", "Batanghari", "Infrastruktur"],
        "body_paragraphs": [
            "Warga yang tinggal di sepanjang jalur lintas Muara Bulian–Muara Tembesi, Kabupaten Batanghari mengeluhkan kerusakan jalan yang semakin parah. Lubang-lubang besar di badan jalan kerap memicu kecelakaan, terutama saat hujan turun dan lubang tergenang air.",
            "Menurut warga, kerusakan diperparah oleh banyaknya truk bermuatan batu bara dan kelapa sawit yang melintas setiap hari. Di beberapa titik, aspal sudah hilang sama sekali sehingga jalan berubah menjadi kubangan lumpur.",
            "“Sudah tiga kali saya lihat pengendara motor jatuh di sini bulan ini. Kami minta pemerintah segera memperbaiki, jangan tunggu ada korban jiwa,” kata Sarifah, pemilik warung di Desa Sridadi, Senin.",
            "Kepala Bidang Bina Marga Dinas PUPR Batanghari, Andi Firmansyah mengatakan, ruas jalan tersebut merupakan jalan provinsi sehingga perbaikannya menjadi kewenangan Pemerintah Provinsi Jambi. Pemkab Batanghari sudah menyurati dinas terkait agar perbaikan masuk prioritas tahun ini.",
            "Sambil menunggu perbaikan, Andi mengatakan pemerintah kabupaten akan menambal lubang-lubang yang membahayakan pengendara menggunakan material sementara. Pihaknya juga meminta kepolisian menertibkan kendaraan angkutan yang melebihi muatan.",
        ],
        # Comments carry their own <time datetime> values: not the article's dates.
        "quirks": ["visitor_comments"],
        "render": {"date_format": "wp_default", "credit": "(Matra/Hendra).", "comments": [
            {"author": "Ahmad Fauzi", "date": "2025-09-02T18:05:00+07:00",
             "text": "Betul, jalan ini sudah seperti kubangan kerbau. Tiap hari saya lewat ke kantor."},
            {"author": "Redaksi Matra", "date": "2025-09-02T19:30:00+07:00", "reply_to": 0,
             "text": "Terima kasih atas tanggapannya, Pak Ahmad. Kami akan terus memantau perkembangan perbaikan jalan tersebut."},
            {"author": "Lina Marlina", "date": "2025-09-03T07:12:00+07:00",
             "text": "Truk batu bara harus ditertibkan, jangan cuma lubangnya yang ditambal."},
        ]},
    },
    {
        "id": 58840,
        "slug": "dprd-provinsi-jambi-sahkan-perda-pengelolaan-sampah",
        "title": "DPRD Provinsi Jambi Sahkan Perda Pengelolaan Sampah",
        "published_at": "2026-02-04T16:20:18+07:00",
        "modified_at": None,
        "dateline": None,
        "byline": "Siti Rahmah",  # the WordPress account shown by the theme
        "authors": ["Siti"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2026/02/paripurna-dprd-jambi-perda-sampah.jpg",
                   "Suasana rapat paripurna DPRD Provinsi Jambi pengesahan rancangan peraturan daerah tentang pengelolaan sampah, Rabu (4/2/2026).",
                   "Matra/Siti", before=0, style="html5", attachment_id=58841),
        ],
        "categories": ["Pemerintahan"],
        "tags": ["DPRD Provinsi Jambi", "Perda", "Sampah"],
        "body_paragraphs": [
            "Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jambi mengesahkan Rancangan Peraturan Daerah (Ranperda) tentang Pengelolaan Sampah menjadi peraturan daerah dalam rapat paripurna, Rabu (4/2/2026). Seluruh fraksi menyatakan setuju setelah ranperda itu dibahas panitia khusus selama empat bulan.",
            "Ketua Panitia Khusus Ranperda Pengelolaan Sampah, Hasan Basri menyampaikan, perda tersebut mengatur pembagian kewenangan antara provinsi dan kabupaten/kota, kewajiban pengurangan sampah dari sumbernya hingga sanksi bagi pelaku usaha yang membuang limbah sembarangan.",
            "Tempat Pembuangan Akhir Regional",
            "Salah satu poin penting dalam perda itu adalah rencana pembangunan tempat pembuangan akhir (TPA) regional yang akan melayani Kota Jambi, Muaro Jambi dan Batanghari. Selama ini TPA di sejumlah daerah sudah melebihi kapasitas.",
            "“Dengan adanya perda ini, pemerintah provinsi punya dasar hukum untuk membangun dan mengelola TPA regional bersama kabupaten dan kota. Kita tidak bisa lagi mengandalkan pola lama kumpul, angkut, buang,” kata Hasan.",
            "Sekretaris Daerah Provinsi Jambi yang hadir mewakili gubernur menyatakan pemerintah provinsi segera menyusun peraturan gubernur sebagai aturan pelaksana. Pemerintah juga akan menyosialisasikan perda tersebut kepada pemerintah kabupaten/kota dan masyarakat.",
        ],
        "quirks": ["no_dateline", "subheading_h3", "date_with_seconds"],
        "render": {"date_format": "wib_seconds", "credit": "(Matra/Siti).", "subheadings": {2: "h3"}},
    },
    {
        "id": 60112,
        "slug": "nelayan-tanjabtim-keluhkan-sulitnya-mendapatkan-solar-bersubsidi",
        "title": "Nelayan Tanjabtim Keluhkan Sulitnya Mendapatkan Solar Bersubsidi",
        "published_at": "2026-03-17T06:31:00+07:00",
        "modified_at": None,
        "dateline": _dateline("(Matra, Muara Sabak) –", "Muara Sabak"),
        "byline": "Yudi Pratama",  # the WordPress account shown by the theme
        "authors": ["Yudi"],  # the closing credit names the reporter
        "editor": None,
        "images": [
            _image("/wp-content/uploads/2026/03/nelayan-tanjabtim-solar.jpg",
                   "Perahu nelayan bersandar di dermaga Kuala Mendahara, Kabupaten Tanjung Jabung Timur, Senin (16/3/2026).",
                   "Matra/Yudi", before=0, style="html5", attachment_id=60113),
        ],
        "categories": ["Ekonomi", "Daerah"],
        "tags": ["Nelayan", "Solar", "Tanjabtim"],
        "body_paragraphs": [
            "Nelayan di pesisir Kabupaten Tanjung Jabung Timur (Tanjabtim) mengeluhkan sulitnya mendapatkan solar bersubsidi dalam sebulan terakhir. Akibatnya, banyak nelayan terpaksa tidak melaut atau membeli solar eceran dengan harga jauh lebih mahal.",
            "Ketua Himpunan Nelayan Kecamatan Mendahara, Syahrial mengatakan, stasiun pengisian bahan bakar khusus nelayan di daerah itu sering kehabisan stok. Nelayan yang datang pagi hari kerap harus pulang dengan jeriken kosong.",
            "“Kalau beli di pengecer harganya bisa Rp 9.000 sampai Rp 10.000 per liter. Sekali melaut kami butuh 30 liter, hasil tangkapan belum tentu cukup untuk menutup ongkos,” kata Syahrial di Mendahara, Senin (16/3/2026).",
            "Kepala Dinas Perikanan Tanjabtim, Mulyadi mengatakan, pihaknya sudah menyampaikan keluhan nelayan kepada Pertamina dan Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas). Pemerintah kabupaten mengusulkan penambahan kuota solar untuk nelayan karena jumlah kapal terus bertambah.",
            "Mulyadi juga meminta nelayan mengurus surat rekomendasi pembelian solar di kantor dinas agar bisa membeli di penyalur resmi. Menurut dia, masih banyak nelayan kecil yang belum memiliki dokumen tersebut sehingga tidak tercatat dalam kuota.",
        ],
        "quirks": ["bold_dateline", "jsonld_newsarticle"],
        "render": {"date_format": "short_month", "jsonld_type": "NewsArticle",
                   "dateline_html": "<strong>(Matra, Muara Sabak)</strong> – ", "credit": "(Matra/Yudi)."},
    },
]


def edited(article: dict) -> dict:
    """The same article, its text corrected a minute ago (WordPress moves its
    modified time to the moment of the edit)."""
    changed = copy.deepcopy(article)
    changed["body_paragraphs"][-1] += " Berita ini telah diperbarui."
    changed["modified_at"] = (datetime.now(timezone.utc) - timedelta(minutes=1)).astimezone(
        WIB).isoformat(timespec="seconds")
    return changed


def renamed(article: dict, slug: str) -> dict:
    """The same post (same ID, same text) under a new slug, saved a minute
    ago: WordPress moves its modified time and answers the old URL with a
    301 to the new one (wp_old_slug_redirect)."""
    moved = copy.deepcopy(article)
    moved["slug"] = slug
    moved["modified_at"] = (datetime.now(timezone.utc) - timedelta(minutes=1)).astimezone(
        WIB).isoformat(timespec="seconds")
    return moved


def follow_up(article: dict, slug: str, published_at: str, post_id: int | None = None) -> dict:
    """A new article, published at `published_at`, written like `article`."""
    new = copy.deepcopy(article)
    new.update(slug=slug, id=post_id or article["id"] + 900000, published_at=published_at, modified_at=None,
               title=article["title"] + " (Lanjutan)")
    new["quirks"] = []
    return new


def find(quirk: str) -> dict:
    """The first hand-written article with this quirk label."""
    for article in ARTICLES:
        if quirk in article.get("quirks", ()):
            return article
    raise KeyError(quirk)


def article_path(article: dict) -> str:
    return permalink_path(datetime.fromisoformat(article["published_at"]), article["slug"])


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right for this article.

    modified_at None means "never modified": the page then states
    dateModified == datePublished in JSON-LD, so a crawler may also export the
    publication time there. Yoast and the sitemap state times in UTC; the
    instants, not the offsets, are what must match those.
    """
    return portal_expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


# ------------------------------------------------------ generated articles --

_REGIONS = [  # (dateline place, short name, government, full name)
    ("Jambi", "Kota Jambi", "Pemkot Jambi", "Kota Jambi"),
    ("Sengeti", "Muaro Jambi", "Pemkab Muaro Jambi", "Kabupaten Muaro Jambi"),
    ("Muara Bulian", "Batanghari", "Pemkab Batanghari", "Kabupaten Batanghari"),
    ("Muara Bungo", "Bungo", "Pemkab Bungo", "Kabupaten Bungo"),
    ("Muara Tebo", "Tebo", "Pemkab Tebo", "Kabupaten Tebo"),
    ("Bangko", "Merangin", "Pemkab Merangin", "Kabupaten Merangin"),
    ("Sarolangun", "Sarolangun", "Pemkab Sarolangun", "Kabupaten Sarolangun"),
    ("Kuala Tungkal", "Tanjabbar", "Pemkab Tanjabbar", "Kabupaten Tanjung Jabung Barat"),
    ("Muara Sabak", "Tanjabtim", "Pemkab Tanjabtim", "Kabupaten Tanjung Jabung Timur"),
    ("Sungai Penuh", "Sungai Penuh", "Pemkot Sungai Penuh", "Kota Sungai Penuh"),
    ("Siulak", "Kerinci", "Pemkab Kerinci", "Kabupaten Kerinci"),
]

# (title, category, tags, lowest number, step, two topic paragraphs). Placeholders:
# {num} {short} {gov} {full} {official} {event}.
_TOPICS = [
    ("Dinas Sosial {short} Salurkan {num} Paket Sembako untuk Warga Kurang Mampu", "Pemerintahan", ["Bansos", "Sembako"], 120, 5,
     ["Dinas Sosial {full} menyalurkan {num} paket sembako kepada warga kurang mampu, {event}. Setiap paket berisi beras, minyak goreng, gula pasir dan telur.",
      "Penyaluran dilakukan bertahap melalui kantor kecamatan dan desa agar tidak menimbulkan kerumunan. Data penerima berasal dari Data Terpadu Kesejahteraan Sosial yang sudah diverifikasi ulang."]),
    ("{num} Calon Jemaah Haji {short} Ikuti Manasik Tingkat Kabupaten", "Daerah", ["Haji", "Manasik"], 90, 2,
     ["Sebanyak {num} calon jemaah haji asal {full} mengikuti manasik haji tingkat kabupaten, {event}. Manasik diisi praktik tawaf, sai dan lempar jumrah menggunakan miniatur Ka'bah.",
      "Para calon jemaah juga mendapat pembekalan kesehatan dari dinas kesehatan setempat, terutama bagi jemaah lanjut usia dan yang memiliki penyakit bawaan."]),
    ("Polres {short} Amankan {num} Gram Sabu dari Tangan Pengedar", "Hukum", ["Narkoba", "Sabu"], 5, 1,
     ["Satuan Reserse Narkoba Polres {short} mengamankan {num} gram sabu dari seorang terduga pengedar, {event}. Pelaku ditangkap di rumahnya setelah polisi menerima laporan masyarakat.",
      "Selain sabu, petugas menyita timbangan digital, plastik klip kosong dan telepon genggam yang diduga digunakan untuk bertransaksi. Pelaku kini ditahan untuk pemeriksaan lebih lanjut."]),
    ("{gov} Perbaiki {num} Meter Jalan Desa Tahun Ini", "Pemerintahan", ["Infrastruktur", "Jalan Desa"], 400, 25,
     ["{gov} menargetkan perbaikan {num} meter jalan desa tahun ini. Perbaikan diprioritaskan pada ruas yang menjadi jalur angkutan hasil pertanian dan akses menuju sekolah.",
      "Pekerjaan dilakukan dengan pengaspalan dan pengecoran, bergantung pada kondisi tanah di setiap lokasi. Warga diminta ikut mengawasi kualitas pekerjaan di lapangan."]),
    ("{num} Pelajar {short} Ikuti Lomba Cerdas Cermat Tingkat Kabupaten", "Pendidikan", ["Pendidikan", "Pelajar"], 60, 3,
     ["Sebanyak {num} pelajar sekolah menengah di {full} mengikuti lomba cerdas cermat tingkat kabupaten, {event}. Lomba menguji pengetahuan umum, sejarah daerah dan wawasan kebangsaan.",
      "Juara lomba akan mewakili daerah pada tingkat Provinsi Jambi. Panitia menyiapkan hadiah berupa piala, sertifikat dan uang pembinaan bagi sekolah pemenang."]),
    ("BPBD {short} Catat {num} Rumah Terdampak Angin Kencang", "Daerah", ["BPBD", "Cuaca Ekstrem"], 12, 1,
     ["Badan Penanggulangan Bencana Daerah (BPBD) {full} mencatat {num} rumah warga rusak akibat angin kencang yang disertai hujan deras, {event}. Sebagian besar kerusakan terjadi pada bagian atap.",
      "Petugas bersama warga dan relawan sudah membersihkan pohon tumbang yang menutup jalan. Pemerintah daerah menyalurkan bantuan terpal dan kebutuhan pokok kepada keluarga terdampak."]),
    ("Harga Karet di {short} Naik Jadi Rp {num} per Kilogram", "Ekonomi", ["Karet", "Harga Komoditas"], 8000, 10,
     ["Harga karet di tingkat petani di {full} naik menjadi Rp {num} per kilogram dalam sepekan terakhir. Kenaikan itu disambut baik petani yang selama ini mengeluhkan harga rendah.",
      "Menurut pengepul, kenaikan dipicu meningkatnya permintaan pabrik pengolahan karet di Jambi. Petani berharap harga bertahan hingga musim gugur daun tiba."]),
    ("{num} Peserta Ramaikan Lomba Lari {short} Run", "Olahraga", ["Lari", "Olahraga"], 500, 10,
     ["Sebanyak {num} peserta meramaikan lomba lari {short} Run yang digelar dalam rangka hari jadi daerah, {event}. Peserta berasal dari berbagai kabupaten dan kota di Provinsi Jambi.",
      "Lomba terdiri atas kategori 5 kilometer dan 10 kilometer dengan rute melintasi pusat kota. Panitia menyiapkan pos air minum dan tim medis di sepanjang lintasan."]),
    ("Dinkes {short} Periksa Kesehatan {num} Lansia secara Gratis", "Kesehatan", ["Kesehatan", "Lansia"], 150, 5,
     ["Dinas Kesehatan {full} memeriksa kesehatan {num} warga lanjut usia secara gratis, {event}. Pemeriksaan meliputi tekanan darah, gula darah, kolesterol dan kesehatan mata.",
      "Lansia yang ditemukan memiliki masalah kesehatan langsung dirujuk ke puskesmas atau rumah sakit daerah. Kegiatan serupa akan digelar bergiliran di setiap kecamatan."]),
    ("KPU {short} Lantik {num} Anggota Panitia Pemungutan Suara", "Politik", ["KPU", "Pemilu"], 100, 3,
     ["Komisi Pemilihan Umum (KPU) {full} melantik {num} anggota Panitia Pemungutan Suara (PPS), {event}. Mereka akan bertugas di tingkat desa dan kelurahan selama tahapan pemilihan.",
      "Para anggota PPS diminta bekerja profesional, menjaga integritas dan netralitas. KPU juga akan menggelar bimbingan teknis sebelum mereka mulai bertugas."]),
    ("Disdukcapil {short} Cetak {num} KTP Elektronik dalam Sepekan", "Pemerintahan", ["KTP Elektronik", "Disdukcapil"], 300, 7,
     ["Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) {full} mencetak {num} keping KTP elektronik dalam sepekan terakhir. Sebagian besar merupakan pemohon pemula yang baru berusia 17 tahun.",
      "Untuk mempercepat pelayanan, Disdukcapil membuka layanan jemput bola ke sekolah dan desa yang jauh dari pusat kabupaten. Warga diminta membawa kartu keluarga saat perekaman."]),
    ("{num} Hektare Sawah di {short} Siap Panen Raya", "Ekonomi", ["Pertanian", "Padi"], 200, 10,
     ["Sekitar {num} hektare sawah di {full} siap dipanen dalam dua pekan ke depan. Produktivitas padi musim ini diperkirakan mencapai lima ton gabah kering per hektare.",
      "Dinas pertanian menyiapkan mesin panen dan mengimbau petani menjual gabah kepada Perum Bulog agar harga tetap terjaga. Petani juga diminta segera menyiapkan lahan untuk musim tanam berikutnya."]),
    ("Satpol PP {short} Tertibkan {num} Pedagang Kaki Lima", "Pemerintahan", ["Satpol PP", "PKL"], 20, 1,
     ["Satuan Polisi Pamong Praja (Satpol PP) {full} menertibkan {num} pedagang kaki lima yang berjualan di trotoar dan bahu jalan, {event}. Penertiban dilakukan secara persuasif.",
      "Para pedagang diarahkan pindah ke lokasi yang sudah disiapkan pemerintah daerah. Petugas juga membagikan surat teguran kepada pedagang yang sebelumnya sudah diperingatkan."]),
    ("Kejari {short} Terima Pengembalian Kerugian Negara Rp {num} Juta", "Hukum", ["Korupsi", "Kejaksaan"], 50, 5,
     ["Kejaksaan Negeri (Kejari) {short} menerima pengembalian kerugian keuangan negara sebesar Rp {num} juta dari perkara dugaan korupsi dana desa, {event}. Uang itu diserahkan oleh keluarga tersangka.",
      "Kepala Kejari {short} menegaskan pengembalian kerugian negara tidak menghapus proses pidana. Berkas perkara tersangka tetap dilanjutkan ke tahap penuntutan."]),
    ("{num} UMKM {short} Ikuti Pelatihan Pemasaran Digital", "Ekonomi", ["UMKM", "Ekonomi Digital"], 40, 2,
     ["Sebanyak {num} pelaku usaha mikro, kecil dan menengah (UMKM) di {full} mengikuti pelatihan pemasaran digital, {event}. Peserta belajar memotret produk, menulis deskripsi dan berjualan di lokapasar.",
      "Pelatihan diharapkan membantu pelaku UMKM memperluas pasar ke luar daerah. Pemerintah daerah juga memfasilitasi pengurusan izin usaha dan sertifikasi halal."]),
    ("PLN Pasang {num} Sambungan Listrik Gratis bagi Warga {short}", "Daerah", ["Listrik", "PLN"], 30, 2,
     ["PLN memasang {num} sambungan listrik gratis bagi rumah tangga tidak mampu di {full}, {event}. Program itu menyasar warga yang selama ini menumpang listrik dari tetangga.",
      "Penerima bantuan ditetapkan berdasarkan usulan pemerintah desa dan hasil survei petugas. Setiap rumah mendapat instalasi lengkap dan token listrik perdana."]),
]
_NUMBERS_PER_TOPIC = 300
_TITLE_SPACE = len(_TOPICS) * len(_REGIONS) * _NUMBERS_PER_TOPIC   # 52,800 distinct titles

_OFFICIAL_FIRST = ["Ahmad", "Budi", "Dedi", "Erwin", "Fitri", "Hasanudin", "Indra", "Joni", "Lukman",
                   "Maryani", "Nasrul", "Rahmad", "Sri", "Taufik", "Wahyudi", "Zainal"]
_OFFICIAL_LAST = ["Saputra", "Hidayat", "Harahap", "Siregar", "Lubis", "Syahputra", "Wijaya", "Kurniawan",
                  "Pratama", "Nasution", "Effendi", "Rahman"]
_REPORTERS = [("Ade SM", "AdeSM"), ("Yudi Pratama", "Yudi"), ("Rina Oktaviani", "Rina"),
              ("Hendra Gunawan", "Hendra"), ("Siti Rahmah", "Siti")]
_QUOTES = [
    "“Kami ingin program ini benar-benar dirasakan manfaatnya oleh masyarakat. Karena itu kami minta semua pihak ikut mengawasi pelaksanaannya di lapangan,” kata {official} di {place}.",
    "“Ini bagian dari komitmen pemerintah daerah untuk terus hadir di tengah masyarakat. Kalau ada kendala, silakan sampaikan langsung kepada kami,” ujar {official}.",
    "“Kegiatan seperti ini akan kami lanjutkan dan kami perluas ke kecamatan lain tahun depan, tentu dengan melihat kemampuan anggaran daerah,” kata {official} saat ditemui di {place}.",
]
_CLOSERS = [
    "Sejumlah warga menyambut baik kegiatan tersebut. Mereka berharap program serupa digelar secara rutin dan menjangkau lebih banyak desa, terutama di wilayah yang jauh dari pusat kabupaten.",
    "Pemerintah daerah juga meminta camat dan kepala desa ikut menyosialisasikan kegiatan ini kepada masyarakat. Informasi lebih lanjut dapat diperoleh di kantor dinas terkait pada jam kerja.",
    "Hingga berita ini diturunkan, kegiatan masih berlangsung dengan pengawalan petugas. Pemerintah daerah akan mengevaluasi hasilnya sebelum menentukan langkah berikutnya.",
]
_GENERATED_START = datetime(2026, 11, 1, 0, 0, tzinfo=WIB)
_DATE_STYLES_WITH_TIME = ["wib_dash", "wib_pipe", "wib_seconds", "short_month", "blogger"]
_DATE_STYLES = _DATE_STYLES_WITH_TIME + ["wp_default", "wp_fjy"]


class GeneratedArticles(Sequence):
    """n deterministic synthetic Matra articles, built on access (index 0 = newest).

    Behaves as a read-only list of article dicts; ``header(i)`` gives the few
    fields a site index needs without building the body.
    """

    def __init__(self, n: int, seed: int = 0):
        self.n, self.seed = n, seed

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self._article(i)

    def _choice(self, i: int):
        # A bijection over the title space: no two of the first 52,800 titles repeat.
        k = (i * 7919 + self.seed * 104729) % _TITLE_SPACE
        topic = k % len(_TOPICS)
        region = (k // len(_TOPICS)) % len(_REGIONS)
        number_index = k // (len(_TOPICS) * len(_REGIONS))
        return topic, region, number_index

    def header(self, i: int) -> dict:
        topic, region, number_index = self._choice(i)
        title_t, category, tags, low, step, _ = _TOPICS[topic]
        place, short, gov, full = _REGIONS[region]
        num = _format_number(low + step * number_index)
        title = title_t.format(num=num, short=short, gov=gov, full=full)
        slug = slugify(title)
        if i >= _TITLE_SPACE:   # WordPress suffixes a repeated slug
            slug += f"-{i // _TITLE_SPACE + 1}"
        # One post every two hours going back, with a jitter smaller than the gap.
        published = _GENERATED_START - timedelta(minutes=120 * i + (i * 37 + self.seed) % 100)
        modified = None
        if (i * 13 + self.seed) % 8 == 0:
            modified = published + timedelta(minutes=45 + (i * 29) % 600)
        reporter, code = _REPORTERS[(i + self.seed) % len(_REPORTERS)]
        return {"id": 100000 + (self.n - 1 - i) * 3, "slug": slug, "title": title,
                "published_at": published.isoformat(), "modified_at": modified.isoformat() if modified else None,
                "categories": [category], "tags": [*tags, short], "byline": reporter, "authors": [code]}

    def _article(self, i: int) -> dict:
        head = self.header(i)
        rng = random.Random(self.seed * 1_000_003 + i)
        topic, region, number_index = self._choice(i)
        _, _, _, low, step, paragraphs = _TOPICS[topic]
        place, short, gov, full = _REGIONS[region]
        published = datetime.fromisoformat(head["published_at"])
        event_day = published - timedelta(days=rng.choice([0, 0, 1]))
        event = f"{['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'][event_day.weekday()]} ({event_day.day}/{event_day.month}/{event_day.year})"
        official = f"{rng.choice(_OFFICIAL_FIRST)} {rng.choice(_OFFICIAL_LAST)}"
        fill = {"num": _format_number(low + step * number_index), "short": short, "gov": gov, "full": full,
                "official": official, "event": event, "place": place}
        body = [p.format(**fill) for p in paragraphs]
        body.insert(1, f"{official} selaku penanggung jawab kegiatan mengatakan, kegiatan tersebut merupakan bagian dari "
                       f"program kerja tahun {published.year}. Pelaksanaannya melibatkan pemerintah kecamatan, desa dan "
                       "unsur masyarakat agar tepat sasaran.")
        body.append(rng.choice(_QUOTES).format(**fill))
        body.append(rng.choice(_CLOSERS))
        code = head["authors"][0]

        roll = rng.random()
        if roll < 0.80:
            dateline, dateline_html = f"(Matra, {place}) –", None
        elif roll < 0.87:
            dateline, dateline_html = f"(Matra, {place}) —", None
        elif roll < 0.94:
            dateline, dateline_html = f"(Matra, {place}) -", f"(Matra, {place}) -  "
        else:
            dateline, dateline_html = None, None
        images = []
        for n in range(rng.choice([0, 1, 1, 1, 2])):
            stem = f"{head['slug'][:50]}-{n + 1}"
            style = rng.choice(["html5"] * 8 + ["xhtml", "block"])
            caption = (f"Suasana kegiatan {gov} di {place}, {event}." if n == 0
                       else f"{official} memberikan keterangan kepada wartawan di {place}.")
            images.append(_image(f"/wp-content/uploads/{published:%Y/%m}/{stem}.jpg", caption,
                                 rng.choice([f"Matra/{code}", "Matra/Ist"]),
                                 before=0 if n == 0 else 3, style=style, attachment_id=head["id"] + 1 + n))
        time_element = rng.random() > 0.05
        render = {
            "date_format": rng.choice(_DATE_STYLES if time_element else _DATE_STYLES_WITH_TIME),
            "jsonld": rng.random() > 0.1, "meta_times": rng.random() > 0.05, "time_element": time_element,
            "updated_visible": head["modified_at"] is not None, "credit": f"(Matra/{code}).",
            "comments": rng.choice([0] * 9 + [2]),
        }
        if dateline_html:
            render["dateline_html"] = dateline_html
        if rng.random() < 0.3:
            render["baca_juga"] = [(1, None)]
        return {**head, "dateline": _dateline(dateline, place) if dateline else None,
                "editor": None, "images": images, "body_paragraphs": body,
                "quirks": ["generated"], "render": render}


def _format_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")   # Indonesian thousands separator


def generate_articles(n: int, seed: int = 0) -> GeneratedArticles:
    """n synthetic articles (a lazy, list-like sequence), newest 2026-11-01, one about every 2 hours back."""
    return GeneratedArticles(n, seed)


class ArticleSequence(Sequence):
    """Several article sequences read as one (hand-written + generated)."""

    def __init__(self, *parts):
        self.parts = parts

    def __len__(self) -> int:
        return sum(len(p) for p in self.parts)

    def _locate(self, i: int):
        for part in self.parts:
            if i < len(part):
                return part, i
            i -= len(part)
        raise IndexError(i)

    def __getitem__(self, i):
        part, j = self._locate(i)
        return part[j]

    def header(self, i: int) -> dict:
        part, j = self._locate(i)
        return part.header(j) if hasattr(part, "header") else part[j]


def site_articles(total: int, seed: int = 0, synthetic_only: bool = False):
    """``total`` articles: the hand-written ones first, then generated ones."""
    if synthetic_only:
        return generate_articles(total, seed)
    handmade = ARTICLES[:total]
    return ArticleSequence(handmade, generate_articles(max(0, total - len(handmade)), seed))


# The replica's redesign: with build_site(redesigned=True) the articles
# published before this day keep the older template, the block theme (as
# a site whose old pages are served from a cache of the old theme would).
REDESIGNED_ON = "2023-01-01"


class OlderTemplate:
    """A route serving the articles published before `day` from `older` (the
    same site in its older theme) and everything else from `current`."""

    def __init__(self, current: WordPressSite, older: WordPressSite, day: str):
        self.current, self.older = current, older
        self.older_paths = {article_path(a) for a in current.articles
                            if a["published_at"][:10] < day}

    def bind(self, base_url: str) -> None:
        self.current.bind(base_url)
        self.older.bind(base_url)

    def __call__(self, path_with_query: str):
        path = path_with_query.split("?")[0].split("#")[0]
        return (self.older if path in self.older_paths else self.current)(path_with_query)

    def __getattr__(self, name):
        return getattr(self.current, name)


def build_site(articles=None, disable=(), theme: str = "newsmag", now=None, redesigned: bool = False):
    """The Matra replica as a route for tests.replica.server.Replica (ARTICLES by default);
    `redesigned`: the articles before REDESIGNED_ON in the older (block) template."""
    site = WordPressSite(ARTICLES if articles is None else articles, SITE_INFO,
                         theme=theme, disable=disable, now=now)
    if redesigned:
        older = WordPressSite(ARTICLES if articles is None else articles, SITE_INFO,
                              theme="block", disable=disable, now=now)
        return OlderTemplate(site, older, REDESIGNED_ON)
    return site
