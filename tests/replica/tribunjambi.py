"""Replica of Tribun Jambi (jambi.tribunnews.com), Tribun network custom CMS.

RECONSTRUCTION, not a capture: no machine here reaches the live site. The
markup follows what what is known of the site records (articles /YYYY/MM/DD/slug
without a trailing slash, the whole text only with ?page=all, listings
/kota-jambi-bahagia/artikel/?page=N and /topic/berita-kota-jambi, the news
sitemap /sitemap-news.xml, dateline "TRIBUNJAMBI.COM, JAMBI -", byline
"Penulis: tribunjambi | Editor: Duanto AS", date in div.content-date > time >
span, body div.side-article.txt-article) and the Tribun network's public
page conventions (header credit #penulis/#editor, ads inside the body,
"Baca juga:" links, photos on the asset-2.tstatic.net CDN, "Berita Terkait").
Every page says so in a comment; every response carries X-Replica. All
articles are invented; the people in them are fictional.

What the crawler must cope with:
- Without ?page=all an article shows only its first page of text, with
  "Halaman 1 2 3" links (?page=2 ...). ?page=all shows everything, unpaged.
- The news sitemap lists only the last two days (Google News rule), so a run
  reaching further back needs the listings.
- The lead photo and its caption stand above the body (only og:image tells
  the photo); photos inside the body carry "(TRIBUNJAMBI.COM/NAME)" credits.
- The closing credit "(Tribunjambi.com/Name)" names the reporter, who may
  differ from the header's "Penulis" (often the "tribunjambi" desk account).

Use: ``Replica(build_site())``; ``ARTICLES`` (hand-written, quirks listed),
``site_articles()`` (hand-written + generated), ``expected_item(article, base)``.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from tests.replica.portals import (DAYS, MONTHS, WIB, PortalSite, attr as _e, expected_item as portal_expected_item,
                                   filler_articles, slugify)
from tests.replica.server import Response

ORIGIN = "https://jambi.tribunnews.com"
CDN = "https://asset-2.tstatic.net/jambi/foto/bank/images"
NOTICE = ("RECONSTRUCTION: local replica of https://jambi.tribunnews.com/ for matra_crawler's tests "
          "(tests/replica/tribunjambi.py). Tribun CMS markup reconstructed from its profile's notes and public "
          "conventions; not a capture of the live site.")
SECTION = ("/kota-jambi-bahagia/artikel/", "Kota Jambi Bahagia")
TOPIC = ("/topic/berita-kota-jambi", "Berita Kota Jambi")
LISTING_PAGE_SIZE = 20
PAGE_BLOCKS = 3          # text blocks a page shows when an article is split
NEWS_SITEMAP_DAYS = 2    # Google News sitemaps hold the last two days
NOW = datetime(2026, 11, 21, 7, 0, tzinfo=WIB)   # the replica's "today"


def _dateline(place_caps: str, place: str) -> dict:
    return {"raw": f"TRIBUNJAMBI.COM, {place_caps} -", "place": place, "outlet": "TRIBUNJAMBI.COM"}


def _lead(name: str) -> dict:
    # The lead photo: only og:image names it; its caption sits outside the body.
    return {"url": f"{CDN}/{name}", "caption": None, "credit": None}


ARTICLES = [
    {
        "slug": "pemkot-jambi-tata-ulang-kawasan-pasar-angso-duo-pedagang-diminta-pindah-bertahap",
        "title": "Pemkot Jambi Tata Ulang Kawasan Pasar Angso Duo, Pedagang Diminta Pindah Bertahap",
        "published_at": "2026-11-20T19:42:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "byline": "Aryo Tondang", "authors": ["Aryo Tondang"], "editor": "Duanto AS",
        "images": [_lead("pasar-angso-duo-jambi-20112026.jpg"),
                   {"url": f"{CDN}/pedagang-angso-duo-relokasi.jpg",
                    "caption": "Pedagang sayur menata dagangan di los baru Pasar Angso Duo, Kota Jambi, Jumat (20/11/2026).",
                    "credit": "TRIBUNJAMBI.COM/ARYO TONDANG"}],
        "categories": ["Kota Jambi Bahagia"],
        "tags": ["Pasar Angso Duo", "Pemkot Jambi", "Berita Kota Jambi"],
        "body_paragraphs": [
            "Pemerintah Kota Jambi mulai menata ulang kawasan Pasar Angso Duo. Ratusan pedagang yang selama ini berjualan di badan jalan dan lahan parkir diminta pindah secara bertahap ke los dan kios yang sudah disiapkan.",
            "Kepala Dinas Perindustrian dan Perdagangan Kota Jambi, Ridwan Hakim mengatakan, penataan dilakukan agar arus kendaraan di sekitar pasar kembali lancar dan pembeli merasa nyaman berbelanja.",
            "“Kami tidak menggusur. Semua pedagang yang terdata akan mendapat tempat di dalam gedung pasar, dan selama tiga bulan pertama tidak dipungut retribusi,” kata Ridwan, Jumat (20/11/2026).",
            "Menurut Ridwan, pemindahan dibagi dalam tiga tahap. Tahap pertama untuk pedagang sayur dan bumbu dapur, disusul pedagang ikan dan daging, lalu pedagang pakaian dan barang kelontong.",
            "Tahap Pertama Dimulai Senin",
            "Tahap pertama dijadwalkan dimulai Senin pekan depan. Petugas gabungan dari Satpol PP, dinas perhubungan dan kepolisian akan berjaga untuk memastikan tidak ada lagi lapak di badan jalan.",
            "Sejumlah pedagang menyambut baik rencana itu, asalkan letak los yang baru tidak sepi pembeli. Mereka juga meminta pemerintah memperbaiki atap pasar yang bocor saat hujan.",
            "“Kami ikut saja, yang penting pembeli tahu kami pindah ke mana. Jangan sampai di dalam sepi, di luar malah ramai pedagang baru,” ujar Rosmawati, pedagang sayur yang sudah 15 tahun berjualan di Angso Duo.",
        ],
        "listings": ("section", "topic"),
        "quirks": ["multi_page", "subheading", "baca_juga_two", "body_photo_credit", "closing_credit",
                   "google_news_line", "news_sitemap"],
        "render": {"subheadings": [4], "baca_juga": [1, 5], "body_image_before": 6, "credit": "Aryo Tondang",
                   "google_news": True},
    },
    {
        "slug": "jembatan-gantung-di-muara-tembesi-rusak-warga-batanghari-seberangi-sungai-dengan-perahu",
        "title": "Jembatan Gantung di Muara Tembesi Rusak, Warga Batanghari Seberangi Sungai dengan Perahu",
        "published_at": "2026-11-19T14:05:00+07:00",
        "modified_at": "2026-11-19T18:30:00+07:00",
        "dateline": _dateline("MUARA BULIAN", "Muara Bulian"),
        "byline": "tribunjambi", "authors": ["Rifani Halim"], "editor": "Duanto AS",
        "images": [_lead("jembatan-gantung-muara-tembesi.jpg")],
        "categories": ["Jambi"],
        "tags": ["Batanghari", "Jembatan Gantung", "Berita Kota Jambi"],
        "body_paragraphs": [
            "Jembatan gantung yang menghubungkan Desa Pulau dan Kelurahan Muara Tembesi, Kabupaten Batanghari rusak parah. Dua tali baja penyangga jembatan putus setelah dihantam kayu hanyut saat debit Sungai Batanghari naik.",
            "Sejak jembatan ditutup, warga terpaksa menyeberang menggunakan perahu ketek dengan ongkos Rp 5.000 sekali jalan. Anak-anak sekolah yang biasa berjalan kaki kini harus berangkat lebih pagi.",
            "Camat Muara Tembesi, Syaiful Anwar mengatakan, pihaknya sudah melaporkan kerusakan itu kepada Dinas Pekerjaan Umum dan Penataan Ruang Batanghari dan meminta perbaikan darurat.",
            "“Untuk sementara jembatan kami tutup total karena sangat berbahaya. Kami sudah minta perahu tambahan agar warga tidak berdesakan,” kata Syaiful.",
            "Kepala Dinas PUPR Batanghari, Andi Firmansyah mengatakan, tim teknis sudah meninjau lokasi. Perbaikan tali penyangga ditargetkan selesai dalam dua pekan bila cuaca mendukung.",
            "Pembaruan: Pemkab Batanghari menggratiskan ongkos perahu penyeberangan bagi pelajar selama jembatan diperbaiki, mulai Jumat (20/11/2026).",
        ],
        "listings": ("topic",),
        # Header says the desk account "tribunjambi"; the closing credit names the reporter.
        "quirks": ["dateline_muara_bulian", "updated", "byline_desk_credit_reporter", "multi_page",
                   "news_sitemap"],
        "render": {"credit": "Rifani Halim"},
    },
    {
        "slug": "disdukcapil-kota-jambi-buka-layanan-malam-hari",
        "title": "Disdukcapil Kota Jambi Buka Layanan Malam Hari",
        "published_at": "2026-10-02T20:15:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "byline": "tribunjambi", "authors": ["tribunjambi"], "editor": "Duanto AS",
        "images": [_lead("disdukcapil-kota-jambi-layanan-malam.jpg")],
        "categories": ["Kota Jambi Bahagia"],
        "tags": ["Disdukcapil", "Kota Jambi"],
        "body_paragraphs": [
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Jambi membuka layanan administrasi kependudukan pada malam hari setiap Selasa dan Kamis.",
            "Layanan dibuka pukul 19.00 hingga 22.00 WIB di Mal Pelayanan Publik untuk warga yang tidak sempat mengurus dokumen pada jam kerja.",
        ],
        "listings": ("section",),
        # Short: one page, no pagination; the byline is the desk account and no credit follows.
        "quirks": ["byline_tribunjambi", "single_page", "time_in_body_text"],
        "render": {},
    },
    {
        "slug": "harga-pinang-kering-di-tanjabbar-tembus-rp-12-ribu",
        "title": "Harga Pinang Kering di Tanjabbar Tembus Rp 12 Ribu",
        "published_at": "2026-07-14T09:30:00+07:00",
        "modified_at": None,
        "dateline": _dateline("KUALA TUNGKAL", "Kuala Tungkal"),
        "byline": "Darwin Sijabat", "authors": ["Darwin Sijabat"], "editor": "Nani Rachmaini",
        "images": [_lead("harga-pinang-tanjabbar.jpg")],
        "categories": ["Jambi"],
        "tags": ["Pinang", "Tanjabbar", "Berita Kota Jambi"],
        "body_paragraphs": [
            "Harga pinang kering di tingkat petani di Kabupaten Tanjung Jabung Barat kembali naik dan kini menembus Rp 12.000 per kilogram. Sebulan lalu harganya masih Rp 9.500 per kilogram.",
            "Petani di Kecamatan Betara dan Pengabuan mengaku kenaikan itu membantu mereka menutup biaya pupuk dan upah panen yang terus naik.",
            "“Sudah lama harga tidak sebagus ini. Mudah-mudahan bertahan sampai akhir tahun,” kata Mursyid, petani pinang di Betara, Senin (13/7/2026).",
            "Pengepul menyebut permintaan dari eksportir di Jambi dan Batam meningkat menjelang akhir tahun, terutama untuk tujuan India dan Bangladesh.",
            "Dinas Perkebunan Tanjabbar mengimbau petani menjaga mutu pinang dengan menjemur hingga benar-benar kering agar harga tidak dipotong pembeli.",
        ],
        "listings": ("topic",),
        # No JSON-LD and no meta times: only "Selasa, 14 Juli 2026 09:30 WIB" in div.content-date.
        "quirks": ["no_jsonld", "only_visible_date", "baca_juga_upper", "multi_page"],
        "render": {"jsonld": False, "baca_juga": [2], "baca_juga_label": "BACA JUGA:", "credit": "Darwin Sijabat"},
    },
    {
        "slug": "ribuan-warga-padati-festival-batanghari-di-tanggo-rajo",
        "title": "Ribuan Warga Padati Festival Batanghari di Tanggo Rajo",
        "published_at": "2025-08-17T21:10:00+07:00",
        "modified_at": None,
        "dateline": _dateline("JAMBI", "Jambi"),
        "byline": "Aryo Tondang", "authors": ["Aryo Tondang", "Rifani Halim"], "editor": "Duanto AS",
        "images": [_lead("festival-batanghari-tanggo-rajo.jpg"),
                   {"url": f"{CDN}/lomba-perahu-tanggo-rajo.jpg",
                    "caption": "Peserta lomba perahu tradisional beradu cepat di Sungai Batanghari, kawasan Tanggo Rajo, Kota Jambi, Minggu (17/8/2025).",
                    "credit": "TRIBUNJAMBI.COM/RIFANI HALIM"}],
        "categories": ["Kota Jambi Bahagia"],
        "tags": ["Festival Batanghari", "Tanggo Rajo", "Pariwisata", "Berita Kota Jambi"],
        "body_paragraphs": [
            "Ribuan warga memadati kawasan Tanggo Rajo di tepi Sungai Batanghari, Kota Jambi, untuk menyaksikan Festival Batanghari, Minggu (17/8/2025) malam.",
            "Festival yang digelar bertepatan dengan peringatan Hari Kemerdekaan itu menampilkan lomba perahu tradisional, pawai perahu hias dan pertunjukan musik daerah.",
            "Wali Kota Jambi mengatakan festival tersebut menjadi agenda tahunan untuk mengenalkan kembali sungai sebagai halaman depan kota.",
            "“Sungai Batanghari adalah identitas kita. Kami ingin warga dan wisatawan melihat sungai ini sebagai tempat berkumpul, bukan tempat membuang sampah,” ujarnya.",
            "Pawai perahu hias diikuti 24 perahu dari kelurahan di sepanjang aliran sungai. Perahu terbaik mendapat hadiah uang pembinaan dan piala bergilir.",
        ],
        "listings": ("section", "topic"),
        # Two reporters in the closing credit; the photo sits inside the body.
        "quirks": ["credit_two_reporters", "body_photo_credit", "multi_page"],
        "render": {"credit": "Aryo Tondang/Rifani Halim", "body_image_before": 3},
    },
    {
        "slug": "bawaslu-muaro-jambi-ingatkan-asn-jaga-netralitas",
        "title": "Bawaslu Muaro Jambi Ingatkan ASN Jaga Netralitas",
        "published_at": "2024-02-25T10:15:00+07:00",
        "modified_at": None,
        "dateline": _dateline("SENGETI", "Sengeti"),
        "byline": "Samsul Bahri", "authors": ["Samsul Bahri"], "editor": "Duanto AS",
        "images": [_lead("bawaslu-muaro-jambi-netralitas-asn.jpg")],
        "categories": ["Jambi"],
        "tags": ["Bawaslu", "Muaro Jambi", "Pemilu 2024", "Berita Kota Jambi"],
        "body_paragraphs": [
            "Badan Pengawas Pemilu (Bawaslu) Kabupaten Muaro Jambi kembali mengingatkan aparatur sipil negara (ASN) untuk menjaga netralitas selama tahapan penghitungan suara Pemilu 2024.",
            "Ketua Bawaslu Muaro Jambi, Fahrurrozi mengatakan, pihaknya masih menerima laporan ASN yang mengunggah dukungan kepada calon anggota legislatif di media sosial.",
            "“Unggahan di media sosial pun bisa menjadi pelanggaran. Kami akan teruskan ke Komisi ASN bila terbukti,” kata Fahrurrozi di Sengeti, Minggu (25/2/2024).",
            "Bawaslu juga meminta pengawas kecamatan mencermati proses rekapitulasi suara agar tidak ada perbedaan data antara formulir di TPS dan hasil rekapitulasi.",
        ],
        "listings": ("topic",),
        # The oldest: the listing walk must reach it; the until bound must leave it.
        "quirks": ["oldest", "multi_page"],
        "render": {"credit": "Samsul Bahri"},
    },
]

_REPORTERS = ["Aryo Tondang", "Rifani Halim", "Darwin Sijabat", "Samsul Bahri", "Suang Sitanggang"]
_EDITORS = ["Duanto AS", "Nani Rachmaini", "Rahimin"]
GENERATED_NEWEST = datetime(2026, 11, 20, 16, 0, tzinfo=WIB)


def generated_articles(n: int = 40) -> list[dict]:
    """n filler articles in Tribun's style, newest 2026-11-20 16:00, one every 9 hours back."""
    found = []
    for i, filler in enumerate(filler_articles(n, newest=GENERATED_NEWEST, every=timedelta(hours=9),
                                               first_id=7_400_000, offset=3)):
        written, place = filler["place"]
        reporter = _REPORTERS[i % len(_REPORTERS)]
        desk = i % 4 == 3                     # the header names the desk account
        credit = i % 5 != 4                    # most end with "(Tribunjambi.com/Name)"
        listings = (("section", "topic"), ("section",), ("topic",))[i % 3]
        found.append({
            **filler,
            "dateline": _dateline(written, place),
            "byline": "tribunjambi" if desk else reporter,
            "authors": [reporter] if credit or not desk else ["tribunjambi"],
            "editor": _EDITORS[i % len(_EDITORS)],
            "images": [_lead(f"{filler['slug'][:48]}.jpg")],
            "categories": [SECTION[1] if "section" in listings else "Jambi"],
            "tags": filler["tags"] + ([TOPIC[1]] if "topic" in listings else []),
            "listings": listings,
            "quirks": ["generated"],
            "render": {"credit": reporter if credit else None, "baca_juga": [1] if i % 2 else [],
                       "jsonld": i % 7 != 6},
        })
    return found


def site_articles(generated: int = 40) -> list[dict]:
    """The hand-written articles and `generated` more."""
    return ARTICLES + generated_articles(generated)


def find(quirk: str) -> dict:
    return next(a for a in ARTICLES if quirk in a["quirks"])


def article_path(article: dict) -> str:
    day = datetime.fromisoformat(article["published_at"])
    return f"/{day:%Y/%m/%d}/{article['slug']}"


def in_news_sitemap(article: dict) -> bool:
    published = datetime.fromisoformat(article["published_at"])
    return NOW - timedelta(days=NEWS_SITEMAP_DAYS) <= published <= NOW


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right (photos are on the CDN: absolute)."""
    return portal_expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


def visible_date(moment: datetime) -> str:
    """"Minggu, 25 Februari 2024 10:15 WIB", as Tribun prints it."""
    d = moment.astimezone(WIB)
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} WIB"


# ------------------------------------------------------------------ the site
class TribunSite(PortalSite):
    """Route callable ``site(path_with_query) -> Response`` for a Replica.

    disable: "sitemap" (the news sitemap answers 404), "listing", "robots"."""

    origin = ORIGIN + "/"
    name = "Tribunjambi.com"
    image_prefixes = ("/jambi/foto/", "/img/")

    def __init__(self, articles=None, disable=()):
        articles = site_articles() if articles is None else list(articles)
        for number, article in enumerate(articles):
            article.setdefault("id", 9_000_000 + number)
        super().__init__(articles, now=NOW, disable=disable)
        self.listed = {name: [a for a in self.articles if name in a["listings"]] for name in ("section", "topic")}

    def article_path(self, article: dict) -> str:
        return article_path(article)

    def route(self, path: str, query: dict) -> Response | None:
        if path == "/sitemap-news.xml" and "sitemap" not in self.disable:
            return self.news_sitemap()
        if path.startswith("/search"):   # the profile's notes: search answers 403
            return Response.text("<html><body><h1>403 Forbidden</h1></body></html>", status=403)
        if "listing" not in self.disable:
            if path in (SECTION[0], SECTION[0].rstrip("/")):
                return self.listing("section", query)
            if path == TOPIC[0]:
                return self.listing("topic", query)
        if path.rstrip("/") in self.by_path:
            if path.endswith("/"):   # the CMS's article URLs have no trailing slash
                return Response.redirect(self.url(path.rstrip("/")))
            return self.article(self.by_path[path], query.get("page", "1"))
        if path == "/":
            return self.page("Tribunjambi.com - Berita Jambi Terkini",
                             self.teasers(self.articles[:10], "Berita Terkini"))
        return None

    # ---------------------------------------------------------- plain files
    def robots(self) -> str:
        lines = ["User-agent: *", "Disallow: /search", "Disallow: /api/", "Disallow: /ajax/"]
        if "sitemap" not in self.disable:
            lines.append(f"Sitemap: {self.url('/sitemap-news.xml')}")
        return "\n".join(lines) + "\n"

    def news_sitemap(self) -> Response:
        """Google News sitemap: the last two days only, newest first."""
        entries = []
        for article in (a for a in self.articles if in_news_sitemap(a)):
            published = datetime.fromisoformat(article["published_at"])
            entries.append(
                f"<url><loc>{_e(self.article_url(article))}</loc>"
                "<news:news><news:publication><news:name>Tribunjambi.com</news:name>"
                "<news:language>id</news:language></news:publication>"
                f"<news:publication_date>{published.isoformat()}</news:publication_date>"
                f"<news:title>{_e(article['title'])}</news:title>"
                f"<news:keywords>{_e(', '.join(article['tags']))}</news:keywords></news:news>"
                f"<image:image><image:loc>{_e(article['images'][0]['url'])}</image:loc></image:image></url>")
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<!-- {NOTICE} -->\n"
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
               'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
               + "\n".join(entries) + "\n</urlset>\n")
        return Response.text(xml, "application/xml; charset=UTF-8")

    # ------------------------------------------------------------ listings
    def listing(self, name: str, query: dict) -> Response:
        """20 a page, newest first; a page past the end is an empty list (200), as the CMS answers."""
        path, label = SECTION if name == "section" else TOPIC
        try:
            page = max(1, int(query.get("page", "1")))
        except ValueError:
            page = 1
        listed = self.listed[name]
        rows = []
        for article in listed[(page - 1) * LISTING_PAGE_SIZE: page * LISTING_PAGE_SIZE]:
            url = _e(self.article_url(article))
            published = datetime.fromisoformat(article["published_at"])
            rows.append(
                f'<li class="ptb15"><div class="fr mt5 pos_rel"><a href="{url}">'
                f'<img class="shou2 bgwhite" src="{_e(article["images"][0]["url"])}" alt="{_e(article["title"])}" '
                f'width="120" height="90"></a></div>'
                f'<h3 class="f20 ln24 fbo"><a class="f20 ln24 fbo txt-oev-2" href="{url}" title="{_e(article["title"])}">'
                f'{_e(article["title"])}</a></h3>'
                f'<div class="grey2 pt5 f13 ln18 txt-oev-2">{_e(article["body_paragraphs"][0][:150])}...</div>'
                f'<time class="foot timeago" title="{published:%Y-%m-%d %H:%M:%S}">'
                f'<span class="foot"><i class="fa fa-clock-o"></i> {visible_date(published)}</span></time></li>')
        pages = (len(listed) + LISTING_PAGE_SIZE - 1) // LISTING_PAGE_SIZE
        links = " ".join(f'<a href="{path}?page={n}"{" class=active" if n == page else ""}>{n}</a>'
                         for n in range(1, pages + 1))
        inner = (f'<h1 class="f30 fbo">{_e(label)}</h1>'
                 f'<div class="lsi pt10 pb10"><ul class="lsi">{"".join(rows)}</ul></div>'
                 f'<div class="paging">{links}</div>')
        return self.page(f"{label} - Halaman {page} - Tribunjambi.com", inner)

    def teasers(self, articles, heading: str) -> str:
        links = "".join(f'<li><a href="{_e(self.article_url(a))}">{_e(a["title"])}</a></li>' for a in articles)
        return f'<div class="populer"><h3 class="f18">{_e(heading)}</h3><ul>{links}</ul></div>'

    # ------------------------------------------------------------- article
    def blocks(self, article: dict) -> list[str]:
        """The body's blocks in order: paragraphs, subheadings, "Baca juga" links, ads, photos."""
        render = article["render"]
        paras = article["body_paragraphs"]
        out = []
        for i, text in enumerate(paras):
            if i == render.get("body_image_before"):
                image = article["images"][1]
                out.append(f'<figure class="img-body"><img src="{_e(image["url"])}" alt="{_e(article["title"])}" '
                           f'width="700" height="393"><figcaption>{_e(image["caption"])} '
                           f'({_e(image["credit"])})</figcaption></figure>')
            if i in render.get("subheadings", []):
                out.append(f"<p><strong>{_e(text)}</strong></p>")
                continue
            html = _e(text)
            if i == 0 and article["dateline"]:
                html = f"<strong>{_e(article['dateline']['raw'])}</strong> {html}"
            if i == len(paras) - 1 and render.get("credit"):
                html += f" (Tribunjambi.com/{_e(render['credit'])})"
            out.append(f"<p>{html}</p>")
            if i in render.get("baca_juga", []):
                others = [a for a in self.articles if a is not article]
                other = others[(i * 7 + len(article["slug"])) % len(others)]
                label = render.get("baca_juga_label", "Baca juga:")
                out.append(f'<p><strong>{label} <a href="{_e(self.article_url(other))}">'
                           f"{_e(other['title'])}</a></strong></p>")
            if i == 1:
                out.append('<div class="ads-on-body"><span class="adlabel">ADVERTISEMENT</span>'
                           '<div id="div-gpt-ad-1593676789645-0"><script>googletag.cmd.push(function()'
                           '{googletag.display("div-gpt-ad-1593676789645-0");});</script></div></div>')
        if render.get("google_news"):
            out.append("<p><strong>Ikuti berita terbaru Tribunjambi.com di Google News</strong></p>")
        return out

    def pages_of(self, article: dict) -> list[list[str]]:
        """The article as the CMS splits it: PAGE_BLOCKS text blocks a page
        (an ad stays on the page of the block before it)."""
        blocks = self.blocks(article)
        text_blocks = [i for i, b in enumerate(blocks) if b.startswith(("<p>", "<figure"))]
        cuts = text_blocks[PAGE_BLOCKS::PAGE_BLOCKS]
        return [blocks[a:b] for a, b in zip([0] + cuts, cuts + [len(blocks)])]

    def article(self, article: dict, page_arg: str) -> Response:
        pages = self.pages_of(article)
        path = article_path(article)
        if page_arg == "all":
            shown, paging = [b for page in pages for b in page], ""
        else:
            try:
                number = int(page_arg)
            except ValueError:
                number = 1
            if not 1 <= number <= len(pages):
                return self.not_found()
            shown, paging = pages[number - 1], ""
            if len(pages) > 1:
                links = " ".join(
                    f'<a href="{path}{"" if n == 1 else f"?page={n}"}"{" class=active" if n == number else ""}>{n}</a>'
                    for n in range(1, len(pages) + 1))
                nxt = f' <a class="next" href="{path}?page={number + 1}">Selanjutnya</a>' if number < len(pages) else ""
                paging = (f'<div id="paginga" class="paging"><span class="fl">Halaman</span> {links}{nxt} '
                          f'<a class="all" href="{path}?page=all">Tampilkan Semua</a></div>')
        return self.page(f"{article['title']} - Tribunjambi.com", self.article_html(article, shown, paging),
                         head=self.article_head(article))

    def article_head(self, article: dict) -> str:
        url = self.article_url(article)
        lead = article["images"][0]["url"]
        published = datetime.fromisoformat(article["published_at"])
        head = [f'<link rel="canonical" href="{_e(url)}">',
                f'<link rel="amphtml" href="{_e(self.url("/amp" + article_path(article)))}">',
                f'<meta name="description" content="{_e(article["body_paragraphs"][0][:160])}">',
                f'<meta name="keywords" content="{_e(", ".join(article["tags"]))}">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:title" content="{_e(article["title"])}">',
                f'<meta property="og:url" content="{_e(url)}">',
                f'<meta property="og:image" content="{_e(lead)}">',
                '<meta property="og:site_name" content="Tribunjambi.com">',
                '<meta name="twitter:card" content="summary_large_image">']
        if article["render"].get("jsonld", True):
            data = {"@context": "http://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article["title"],
                    "image": {"@type": "ImageObject", "url": lead, "width": 700, "height": 393},
                    "datePublished": published.isoformat(),
                    "dateModified": article["modified_at"] or published.isoformat(),
                    "author": {"@type": "Person", "name": article["byline"]},
                    "publisher": {"@type": "Organization", "name": "Tribunjambi.com",
                                  "logo": {"@type": "ImageObject", "url": self.url("/img/logo-tribunjambi.png")}},
                    "description": article["body_paragraphs"][0][:160]}
            head.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
        return "\n".join(head)

    def article_html(self, article: dict, blocks: list[str], paging: str) -> str:
        published = datetime.fromisoformat(article["published_at"])
        section = article["categories"][0]
        crumbs = (f'<ul class="breadcrumb"><li><a href="{self.url("/")}"><span>Home</span></a></li>'
                  f'<li><a href="{self.url("/" + slugify(section))}"><span>{_e(section)}</span></a></li></ul>')
        byline = article["byline"]
        credit = (f'<div class="credit mt10"><div id="penulis" class="fl"><span class="f13 grey2">Penulis: </span>'
                  f'<a href="{self.url("/penulis/" + slugify(byline))}" class="f13 ln18 blue">{_e(byline)}</a></div>'
                  f'<div id="editor" class="fl"><span class="f13 grey2"> | Editor: </span>'
                  f'<a href="{self.url("/editor/" + slugify(article["editor"]))}" class="f13 ln18 blue">'
                  f'{_e(article["editor"])}</a></div></div>')
        # The lead photo and its caption stand above the body.
        lead = (f'<div class="imgfull_div"><img class="imgfull" src="{_e(article["images"][0]["url"])}" '
                f'alt="{_e(article["title"])}" width="700" height="393">'
                f'<div class="arial f12 grey2 pt5 mb10">{_e(article["title"])}. '
                f'(TRIBUNJAMBI.COM/{_e(byline.upper())})</div></div>')
        share = ('<div class="share-box"><a class="sh-wa" href="whatsapp://send?text=x">WhatsApp</a> '
                 '<a class="sh-fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> '
                 '<a class="sh-tw" href="https://twitter.com/intent/tweet">Twitter</a></div>')
        tags = "".join(f'<h5 class="tag"><a href="{self.url("/topic/" + slugify(t))}">{_e(t)}</a></h5>'
                       for t in article["tags"])
        related = "".join(
            f'<li><a href="{_e(self.article_url(a))}">{_e(a["title"])}</a> '
            f'<time class="grey">{visible_date(datetime.fromisoformat(a["published_at"]))}</time></li>'
            for a in self.newest(4, exclude=article))
        return (f'<div id="article" class="content fl">{crumbs}'
                f'<h1 id="arttitle" class="f50 black2 f400 crimson">{_e(article["title"])}</h1>{credit}'
                f'<div class="content-date"><time><span>{visible_date(published)}</span></time></div>'
                f'{share}{lead}<div id="article_con">'
                f'<div class="side-article txt-article multi-fontsize">{"".join(blocks)}</div>{paging}</div>'
                f'<div class="mb10 tagcloud3"><h4>Tags:</h4>{tags}</div>'
                f'<div class="pb20 related"><h3 class="f18">Berita Terkait</h3><ul>{related}</ul></div>'
                f'<div class="fb-comments" data-href="{_e(self.article_url(article))}"></div></div>')

    # --------------------------------------------------------------- frame
    def document(self, title: str, body: str, head: str = "") -> str:
        today = visible_date(NOW).rsplit(" ", 2)[0]
        return f"""<!DOCTYPE html>
<!-- {NOTICE} -->
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
{head}
<link rel="stylesheet" href="{self.url('/css/tribun.min.css')}">
<script>var dataLayer = window.dataLayer || []; dataLayer.push({{"site": "jambi"}});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="header"><div class="top-date">{today}</div>
<a class="logo" href="{self.url('/')}">Tribunjambi.com</a>
<form action="{self.url('/search')}" method="get"><input name="q" placeholder="Cari berita"></form>
<nav class="menu"><a href="{self.url('/')}">Home</a> <a href="{self.url('/jambi')}">Jambi</a>
<a href="{self.url(SECTION[0])}">Kota Jambi Bahagia</a> <a href="{self.url(TOPIC[0])}">Berita Kota Jambi</a>
<a href="{self.url('/bisnis')}">Bisnis</a> <a href="{self.url('/sport')}">Sport</a></nav></div>
<div class="main">{body}
<aside class="sidebar fr">{self.teasers(self.newest(5), "Terpopuler")}</aside></div>
<footer id="footer"><p>Copyright © 2026 Tribun Jambi. All Rights Reserved.</p>
<a href="{self.url('/redaksi')}">Redaksi</a> <a href="{self.url('/pedoman-media-siber')}">Pedoman Media Siber</a></footer>
</body>
</html>
"""

    def page(self, title: str, inner: str, head: str = "", status: int = 200) -> Response:
        return Response.text(self.document(title, inner, head), status=status)


def build_site(articles=None, disable=()) -> TribunSite:
    return TribunSite(articles, disable)
