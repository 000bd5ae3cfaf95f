"""What the hand-built portal replicas share: jambiupdate,
jambidalamberita and jamberita (one module each in this package).

RECONSTRUCTION: none of these sites is reachable from here. Their pages are
written from what what is known of the site records of each site and from the
conventions of the platform each one runs (custom PHP news CMSs, WordPress);
every HTML page says so in a comment, every response in the X-Replica header
(server.py). The articles are invented: Jambi news in Indonesian, fictional
people (public offices are real, the names holding them are not).

An article is a dict in matra.py's convention: the CLEAN ground truth under
the exported item's names (slug, title, published_at, modified_at,
body_paragraphs, dateline, authors, editor, images [{url, caption, credit}],
categories, tags) plus `id`, `quirks` (labels tests pick articles by) and
`render` (how the page writes it, see RENDER_KEYS).
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from html import escape
from urllib.parse import parse_qs, urlsplit

from tests.replica.server import Response
from tests.replica.wordpress import DAYS, MONTHS, TINY_JPEG, WIB, format_visible_date, slugify

__all__ = ["DAYS", "MONTHS", "WIB", "PortalSite", "attr", "esc", "expected_item",
           "filler_articles", "format_visible_date", "render_paragraphs", "slugify"]

NOTICE = ("RECONSTRUCTION: local replica of {origin} rendered by matra_crawler's tests "
          "(tests/replica). Markup reconstructed from what is known of the site and the platform's "
          "conventions; this is not a capture of the live site.")

# What article["render"] may hold for render_paragraphs (all optional).
RENDER_KEYS = {
    "dateline_html": "HTML put before the first paragraph (default: the dateline raw + one space)",
    "subheadings": "{paragraph index: 'h2' | 'h3' | 'strong'}",
    "paragraph_html": "{paragraph index: inner HTML} when a paragraph carries inline markup",
    "ads_after": "paragraph indexes followed by an ad slot",
    "read_also": "[(after paragraph index, slug of the linked article)]: 'Baca Juga' links",
    "inserts": "{after paragraph index: [raw HTML blocks]} (widgets the CMS puts in the text)",
    "credit": "text appended to the last paragraph, e.g. '(*)'",
    "closing": "[raw HTML blocks] after the last paragraph (staff lines, related headlines)",
}


def esc(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def wib(value: str | datetime) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(WIB)


# ------------------------------------------------------------------ the site
class PortalSite:
    """Route callable for tests.replica.server.Replica; a site module
    subclasses it and implements `route` and `article_path`."""

    origin = "https://example.invalid/"
    name = "Portal"
    image_prefixes: tuple[str, ...] = ()

    def __init__(self, articles, *, now: datetime | None = None, disable=()):
        self.articles = sorted(articles, key=lambda a: (wib(a["published_at"]), a["id"]), reverse=True)
        self.now = now
        self.disable = frozenset(disable)
        self.base_url = "http://127.0.0.1"
        self.by_path = {self.article_path(a): a for a in self.articles}
        self.by_slug = {a["slug"]: a for a in self.articles}
        if len(self.by_path) != len(self.articles) or len(self.by_slug) != len(self.articles):
            raise ValueError("two articles share a path or a slug")

    def bind(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, article: dict) -> str:
        return self.url(self.article_path(article))

    def article_path(self, article: dict) -> str:
        raise NotImplementedError

    def route(self, path: str, query: dict) -> Response | None:
        """The answer for a path, or None for the site's 404 page."""
        raise NotImplementedError

    def clock(self) -> datetime:
        """The site's 'now' (top-bar date, relative dates): the real time unless fixed."""
        return (self.now or datetime.now(WIB)).astimezone(WIB)

    def __call__(self, path_with_query: str) -> Response:
        parts = urlsplit(path_with_query)
        path = parts.path or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if path.startswith(self.image_prefixes) and path.lower().endswith((".jpg", ".jpeg", ".png", ".webp")):
            return Response(200, [("Content-Type", "image/jpeg"), ("Cache-Control", "max-age=31536000")],
                            TINY_JPEG)
        if path.endswith(".css"):
            return Response.text("/* replica: empty stylesheet */\n", "text/css; charset=UTF-8")
        if path.endswith(".js"):
            return Response.text("/* replica: empty script */\n", "application/javascript; charset=UTF-8")
        if path == "/robots.txt" and "robots" not in self.disable:
            return Response.text(self.robots(), "text/plain; charset=utf-8")
        return self.route(path, query) or self.not_found()

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /cari\n"

    def not_found(self) -> Response:
        return Response.text(self.document("Halaman Tidak Ditemukan",
                                           "<div class='error-404'><h1>404</h1><p>Halaman yang Anda cari "
                                           "tidak ditemukan.</p></div>"), status=404)

    def document(self, title: str, body: str, head: str = "") -> str:
        """A whole page; site modules override it with their theme."""
        return (f"<!DOCTYPE html>\n<!-- {NOTICE.format(origin=self.origin)} -->\n<html lang=\"id\">\n"
                f"<head><meta charset=\"utf-8\"><title>{esc(title)}</title>{head}</head>\n"
                f"<body>{body}</body></html>\n")

    def newest(self, count: int, exclude: dict | None = None) -> list[dict]:
        return [a for a in self.articles if a is not exclude][:count]


# --------------------------------------------------------------- article text
def render_paragraphs(article: dict, *, image_html, ad_html=None, read_also_html=None,
                      start: int = 0, stop: int | None = None) -> list[str]:
    """HTML blocks of body paragraphs start..stop as the CMS stores them: the
    dateline glued to the first paragraph, images before the paragraph
    `image["render"]["before"]`, ads, 'Baca Juga' links and widgets between
    paragraphs, the credit at the end of the last one, closing blocks after it.

    image_html(image, number) -> HTML; ad_html(number) -> HTML;
    read_also_html(slug) -> HTML."""
    render = article.get("render", {})
    paragraphs = article["body_paragraphs"]
    stop = len(paragraphs) if stop is None else stop
    last = len(paragraphs) - 1
    subheadings = render.get("subheadings", {})
    paragraph_html = render.get("paragraph_html", {})
    ads_after = set(render.get("ads_after", ()))
    inserts = render.get("inserts", {})
    read_also: dict[int, list[str]] = {}
    for after, slug in render.get("read_also", ()):
        read_also.setdefault(after, []).append(slug)
    images_before: dict[int, list] = {}
    for number, image in enumerate(article.get("images") or []):
        images_before.setdefault(image.get("render", {}).get("before", 0), []).append((number, image))
    dateline = article.get("dateline")
    dateline_html = render.get("dateline_html", esc(dateline["raw"]) + " " if dateline else "")
    first_text = next((i for i in range(len(paragraphs)) if i not in subheadings), 0)

    out, ad_number = [], 1 + sum(1 for i in ads_after if i < start)
    for i in range(start, stop):
        for number, image in images_before.get(i, []):
            out.append(image_html(image, number))
        inner = paragraph_html.get(i, esc(paragraphs[i]))
        if i == first_text:
            inner = dateline_html + inner
        if i == last and render.get("credit"):
            inner += " " + esc(render["credit"])
        level = subheadings.get(i)
        if level == "strong":
            out.append(f"<p><strong>{inner}</strong></p>")
        elif level:
            out.append(f"<{level}>{inner}</{level}>")
        else:
            out.append(f"<p>{inner}</p>")
        if i != last:
            if i in ads_after and ad_html:
                out.append(ad_html(ad_number))
                ad_number += 1
            out.extend(inserts.get(i, ()))
            if read_also_html:
                out.extend(read_also_html(slug) for slug in read_also.get(i, ()))
    if stop > last:
        for number, image in images_before.get(len(paragraphs), []):
            out.append(image_html(image, number))
        out.extend(render.get("closing", ()))
    return out


def excerpt(article: dict, words: int = 30) -> str:
    text = " ".join(article["body_paragraphs"][:2]).split()
    return " ".join(text[:words]) + ("..." if len(text) > words else "")


# ------------------------------------------------------------- ground truth
def expected_item(article: dict, url: str, base_url: str) -> dict:
    """The exported item's fields a crawler must get right for this article,
    exported at `url`. An image's path is on the replica (base_url); an image
    on a CDN keeps its absolute URL."""
    body = "\n\n".join(article["body_paragraphs"])
    return {
        "url": url,
        "canonical_url": url,
        "title": article["title"],
        "body": body,
        "published_at": article["published_at"],
        "modified_at": article.get("modified_at"),
        "dateline": article["dateline"],
        "authors": list(article["authors"]),
        "editor": article.get("editor"),
        "images": [{"url": image_url(image["url"], base_url), "caption": image["caption"],
                    "credit": image["credit"]} for image in article.get("images") or []],
        "categories": list(article["categories"]),
        "tags": list(article["tags"]),
        "language": "id",
        "content_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
    }


def image_url(src: str, base_url: str) -> str:
    return src if src.startswith(("http://", "https://")) else base_url.rstrip("/") + src


# ----------------------------------------------------------- filler articles
# Enough plain articles to fill a few listing pages. Each site module gives
# them its own dateline, byline and closing; the text is the same kind of
# everyday regional news as the hand-written articles.
REGIONS = [  # (dateline place as written, canonical place, government, full name)
    ("JAMBI", "Jambi", "Pemkot Jambi", "Kota Jambi"),
    ("SENGETI", "Sengeti", "Pemkab Muaro Jambi", "Kabupaten Muaro Jambi"),
    ("MUARA BULIAN", "Muara Bulian", "Pemkab Batanghari", "Kabupaten Batanghari"),
    ("MUARA BUNGO", "Muara Bungo", "Pemkab Bungo", "Kabupaten Bungo"),
    ("BANGKO", "Bangko", "Pemkab Merangin", "Kabupaten Merangin"),
    ("SAROLANGUN", "Sarolangun", "Pemkab Sarolangun", "Kabupaten Sarolangun"),
    ("KUALA TUNGKAL", "Kuala Tungkal", "Pemkab Tanjab Barat", "Kabupaten Tanjung Jabung Barat"),
    ("MUARA SABAK", "Muara Sabak", "Pemkab Tanjab Timur", "Kabupaten Tanjung Jabung Timur"),
    ("MUARA TEBO", "Muara Tebo", "Pemkab Tebo", "Kabupaten Tebo"),
    ("SUNGAI PENUH", "Sungai Penuh", "Pemkot Sungai Penuh", "Kota Sungai Penuh"),
]
PEOPLE = ["Ahmad Fauzi", "Siti Rahmah", "Junaidi", "Erna Wati", "Rudi Hartono", "Nurlela", "Syafrizal",
          "Dewi Anggraini", "Herman Saputra", "Yusnidar", "Bambang Irawan", "Masnah"]
OFFICIALS = ["Zulkifli", "Hendri Putra", "Rosmiati", "Arief Budiman", "Safrudin", "Indah Permata"]

# (category, tags, title, paragraphs) with {full}, {gov}, {person}, {official}, {n} filled in.
TOPICS = [
    ("Ekonomi", ["Karet", "Petani"], "Harga Karet Petani di {full} Naik Rp {n}00 per Kilogram", [
        "Harga getah karet di tingkat petani di {full} kembali naik pekan ini. Pengepul di sejumlah desa kini membeli bokar kualitas baik Rp {n}00 lebih mahal per kilogram dibanding pekan lalu.",
        "Kenaikan itu disambut lega para petani yang beberapa bulan terakhir mengeluhkan rendahnya harga. “Kalau bertahan di angka ini, kami bisa kembali membeli pupuk,” kata {person}, petani karet setempat.",
        "Kepala Dinas Perkebunan {gov}, {official} mengatakan, kenaikan harga dipengaruhi membaiknya permintaan pabrik pengolahan karet di Kota Jambi. Ia meminta petani menjaga mutu bokar agar harga tidak kembali ditekan.",
        "Pemerintah daerah, lanjutnya, tengah mendorong unit pengolahan dan pemasaran bokar di setiap kecamatan agar petani bisa menjual langsung ke pabrik tanpa melalui banyak perantara.",
    ]),
    ("Daerah", ["Infrastruktur", "Jalan"], "{gov} Perbaiki {n} Ruas Jalan Rusak Tahun Ini", [
        "{gov} menganggarkan perbaikan {n} ruas jalan kabupaten yang rusak parah tahun ini. Sebagian besar ruas tersebut menghubungkan sentra perkebunan dengan pusat kecamatan.",
        "Kepala Dinas PUPR {gov}, {official} mengatakan, pekerjaan dimulai dari ruas yang paling banyak dikeluhkan warga. Perbaikan ditargetkan rampung sebelum musim hujan.",
        "“Truk pengangkut sawit sering terperosok. Kalau hujan, anak-anak tidak bisa berangkat sekolah,” ujar {person}, warga yang setiap hari melintasi jalan tersebut.",
        "Dinas PUPR juga meminta pengusaha angkutan mematuhi batas muatan agar jalan yang baru diperbaiki tidak cepat rusak kembali.",
    ]),
    ("Kesehatan", ["Posyandu", "Stunting"], "Kasus Stunting di {full} Turun, Posyandu Jadi Ujung Tombak", [
        "Angka stunting di {full} turun dalam setahun terakhir. Penurunan itu tercatat dari hasil penimbangan serentak di seluruh posyandu pada bulan lalu.",
        "Kepala Dinas Kesehatan {gov}, {official} menyebut kader posyandu sebagai ujung tombak. Mereka mendatangi rumah balita yang tidak hadir saat jadwal penimbangan.",
        "“Ibu-ibu sekarang lebih paham soal gizi anak. Kami juga dapat telur dan kacang hijau setiap bulan,” kata {person}, salah seorang kader posyandu.",
        "Pemerintah daerah menargetkan sedikitnya {n} desa bebas stunting hingga akhir tahun dengan melibatkan puskesmas, pemerintah desa dan tokoh agama.",
    ]),
    ("Peristiwa", ["Banjir", "BPBD"], "Sungai Meluap, {n}0 Rumah Warga di {full} Terendam Banjir", [
        "Sedikitnya {n}0 rumah warga di {full} terendam banjir setelah sungai meluap akibat hujan deras sejak dini hari. Ketinggian air di permukiman mencapai lutut orang dewasa.",
        "Petugas BPBD bersama relawan mengevakuasi warga lanjut usia dan anak-anak ke tempat yang lebih tinggi. Dapur umum didirikan di halaman kantor desa.",
        "“Air naik cepat sekali, kami hanya sempat menyelamatkan surat-surat,” kata {person}, warga yang rumahnya terendam.",
        "Kepala Pelaksana BPBD {gov}, {official} mengimbau warga di bantaran sungai tetap waspada karena hujan diperkirakan masih turun beberapa hari ke depan.",
    ]),
    ("Ekonomi", ["UMKM", "Pameran"], "{n}0 UMKM {full} Ramaikan Pameran Produk Lokal", [
        "Sebanyak {n}0 pelaku usaha mikro, kecil dan menengah (UMKM) dari {full} memamerkan produk unggulan dalam pameran produk lokal yang digelar selama tiga hari.",
        "Produk yang dipamerkan antara lain batik Jambi, kerupuk ikan, kopi bubuk dan kerajinan rotan. Pengunjung memadati stan sejak hari pertama.",
        "“Penjualan hari ini lebih dari cukup untuk menutup biaya sewa stan,” kata {person}, perajin yang membawa puluhan lembar kain batik.",
        "Kepala Dinas Koperasi dan UKM {gov}, {official} berharap pameran membuka jalan bagi pelaku usaha untuk menembus pasar di luar daerah.",
    ]),
    ("Pendidikan", ["Sekolah", "Guru"], "{n} Sekolah di {full} Terima Bantuan Rehab Ruang Kelas", [
        "Sebanyak {n} sekolah dasar di {full} menerima bantuan rehabilitasi ruang kelas tahun ini. Sebagian bangunan sekolah tersebut sudah puluhan tahun tidak diperbaiki.",
        "Kepala Dinas Pendidikan {gov}, {official} mengatakan, sekolah penerima dipilih berdasarkan data kerusakan yang dilaporkan setiap kecamatan.",
        "“Kalau hujan, murid-murid terpaksa dipindah ke ruang guru karena atap bocor,” tutur {person}, kepala salah satu sekolah penerima bantuan.",
        "Pekerjaan rehab dilakukan secara swakelola dengan melibatkan komite sekolah agar pengawasan mutu bangunan lebih ketat.",
    ]),
    ("Hukum", ["Karhutla", "Polisi"], "Polisi Patroli Karhutla di {n} Desa Rawan di {full}", [
        "Aparat kepolisian bersama TNI dan Manggala Agni menggelar patroli kebakaran hutan dan lahan di {n} desa rawan di {full}. Patroli dilakukan menjelang puncak musim kemarau.",
        "Petugas mendatangi pemilik lahan dan memasang spanduk larangan membuka lahan dengan cara membakar. Warga juga diingatkan soal ancaman pidananya.",
        "“Kami tidak ingin asap kembali mengganggu sekolah dan penerbangan seperti beberapa tahun lalu,” kata {official}, perwira yang memimpin patroli.",
        "Seorang warga, {person}, mengaku kini lebih memilih membersihkan lahan secara manual meski membutuhkan waktu lebih lama.",
    ]),
    ("Ekonomi", ["Cabai", "Pasar"], "Harga Cabai Merah di Pasar {full} Tembus Rp {n}0 Ribu", [
        "Harga cabai merah di pasar tradisional {full} terus merangkak naik. Dalam sepekan terakhir harganya sudah menembus Rp {n}0 ribu per kilogram.",
        "Pedagang menyebut pasokan dari sentra produksi berkurang karena cuaca tidak menentu. Sebagian pasokan kini didatangkan dari luar provinsi.",
        "“Pembeli banyak yang mengurangi belanja, biasanya satu kilo sekarang seperempat,” kata {person}, pedagang cabai di pasar tersebut.",
        "Dinas Perindustrian dan Perdagangan {gov} berencana menggelar pasar murah untuk menekan harga dan menjaga daya beli masyarakat.",
    ]),
]


def filler_articles(count: int, *, newest: datetime, every: timedelta, first_id: int,
                    offset: int = 0) -> list[dict]:
    """`count` plain articles, the newest at `newest`, one every `every` going
    back (with a few minutes of jitter so times differ). Ground truth only;
    each site adds dateline, authors, editor and render."""
    articles = []
    for n in range(count):
        k = n + offset
        topic = TOPICS[k % len(TOPICS)]
        written, place, gov, full = REGIONS[(k * 3) % len(REGIONS)]
        values = {"full": full, "gov": gov, "person": PEOPLE[k % len(PEOPLE)],
                  "official": OFFICIALS[k % len(OFFICIALS)], "n": 3 + k % 7}
        title = topic[2].format(**values)
        published = (newest - every * n - timedelta(minutes=(k * 37) % 50)).astimezone(WIB)
        articles.append({
            "id": first_id - n,
            "slug": slugify(title),
            "title": title,
            "published_at": published.replace(microsecond=0).isoformat(),
            "modified_at": None,
            "place": (written, place),
            "body_paragraphs": [p.format(**values) for p in topic[3]],
            "categories": [topic[0]],
            "tags": list(topic[1]),
            "images": [],
            "quirks": ["filler"],
            "render": {},
        })
    return articles
