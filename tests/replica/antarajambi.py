"""Replica of Antara Jambi (jambi.antaranews.com), Antara network CMS.

RECONSTRUCTION, not a capture: no machine here reaches the live site. What
what is known of the site records is reproduced as recorded: articles
/berita/<id>/<slug>, AMP twins /amp/berita/<id>/<slug>, listings
/terkini/<n>, the datelines "Jambi (ANTARA) -" and the older
"Jambi (ANTARA Jambi) -", the footer "Pewarta: ... Editor : ...", the
national theme's .wrap__article-detail-title and
.wrap__article-detail-content.post-content with .baca-juga links and
.text-muted lines inside. The rest is assumed from that theme's public
conventions: text separated by <br><br> rather than <p>, the lead photo
above the body (og:image tells it), card__post listing cards with the
date in .card__post__author-info, breadcrumbs, the footer's "COPYRIGHT ©
ANTARA" line and a no-crawling notice in a .text-muted div after it, photos
on the img.antaranews.com CDN. Every page says so in a comment; every
response carries X-Replica. The articles are invented, the people fictional.

What the crawler must cope with:
- Listing cards link some articles twice: the photo to /berita/..., the
  headline to its AMP twin /amp/berita/... (in either order). One item per
  article, and the AMP page is never fetched.
- Credits sit inside the body container, in .text-muted lines that the body
  drops: "Pewarta" gives the authors (one or two), "Editor :" the editor.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from tests.replica.portals import (DAYS, MONTHS, WIB, PortalSite, attr as _e, expected_item as portal_expected_item,
                                   filler_articles, slugify)
from tests.replica.server import Response

ORIGIN = "https://jambi.antaranews.com"
CDN = "https://img.antaranews.com/cache/1200x800"
NOTICE = ("RECONSTRUCTION: local replica of https://jambi.antaranews.com/ for matra_crawler's tests "
          "(tests/replica/antarajambi.py). Antara CMS markup reconstructed from its profile's notes and public "
          "conventions; not a capture of the live site.")
LISTING_PAGE_SIZE = 10
NOW = datetime(2026, 11, 21, 8, 0, tzinfo=WIB)
NO_CRAWL_NOTICE = ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
                   "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.")


def _dateline(place: str, outlet: str = "ANTARA") -> dict:
    return {"raw": f"{place} ({outlet}) -", "place": place, "outlet": outlet}


def _lead(path: str) -> dict:
    # The lead photo stands above the body: only og:image names it, without its caption.
    return {"url": f"{CDN}/{path}", "caption": None, "credit": None}


ARTICLES = [
    {
        "id": 614872,
        "slug": "pemprov-jambi-siapkan-rp40-miliar-untuk-perbaikan-jalan-provinsi",
        "title": "Pemprov Jambi siapkan Rp40 miliar untuk perbaikan jalan provinsi",
        "published_at": "2026-11-20T18:25:00+07:00",
        "modified_at": None,
        "dateline": _dateline("Jambi"),
        "pewarta": ["Nanang Mairiadi"], "authors": ["Nanang Mairiadi"], "editor": "Syarif Abdullah",
        "images": [_lead("2026/11/20/jalan-provinsi-jambi.jpg")],
        "categories": ["Ekonomi"],
        "tags": ["jalan provinsi", "Pemprov Jambi", "PUPR"],
        "body_paragraphs": [
            "Pemerintah Provinsi Jambi menyiapkan anggaran Rp40 miliar dalam APBD Perubahan untuk memperbaiki sejumlah ruas jalan provinsi yang rusak akibat dilalui angkutan batu bara.",
            "Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Provinsi Jambi Hendra Gunawan di Jambi, Jumat, mengatakan perbaikan diprioritaskan pada ruas Muara Bulian-Muara Tembesi dan Sarolangun-Pauh.",
            "\"Kami mulai dari titik yang paling parah dan paling sering dikeluhkan masyarakat. Targetnya sebelum akhir tahun sudah bisa dilalui dengan nyaman,\" katanya.",
            "Ia menjelaskan perbaikan dilakukan dengan pengaspalan ulang dan penambahan lapisan beton pada tikungan yang kerap tergenang air.",
            "Pemprov Jambi juga meminta perusahaan tambang mematuhi aturan jalur khusus angkutan batu bara agar jalan umum tidak cepat rusak kembali.",
        ],
        # The listing card links the photo to the article and the headline to its AMP twin.
        "quirks": ["amp_headline_link", "baca_juga_two", "newest"],
        "render": {"baca_juga": [1, 3], "amp": "headline"},
    },
    {
        "id": 614811,
        "slug": "harga-tbs-sawit-di-jambi-naik-rp85-per-kilogram",
        "title": "Harga TBS sawit di Jambi naik Rp85 per kilogram",
        "published_at": "2026-11-19T11:40:00+07:00",
        "modified_at": "2026-11-19T15:05:00+07:00",
        "dateline": _dateline("Jambi"),
        "pewarta": ["Dolly Rosana", "Nanang Mairiadi"], "authors": ["Dolly Rosana", "Nanang Mairiadi"],
        "editor": "Syarif Abdullah",
        "images": [_lead("2026/11/19/tbs-sawit-jambi.jpg"),
                   {"url": f"{CDN}/2026/11/19/timbang-tbs-petani.jpg",
                    "caption": "Petani menimbang tandan buah segar sawit di Kabupaten Muaro Jambi, Kamis (19/11/2026).",
                    "credit": "ANTARA/Dolly Rosana"}],
        "categories": ["Ekonomi"],
        "tags": ["sawit", "TBS", "harga sawit"],
        "body_paragraphs": [
            "Harga tandan buah segar (TBS) kelapa sawit di Provinsi Jambi untuk periode pekan ini naik Rp85 per kilogram dibanding periode sebelumnya.",
            "Kepala Bidang Pengolahan dan Pemasaran Dinas Perkebunan Provinsi Jambi Agus Rizal di Jambi, Kamis, mengatakan harga TBS untuk tanaman umur 10-20 tahun kini Rp3.245 per kilogram.",
            "Kenaikan itu, kata dia, dipengaruhi menguatnya harga minyak sawit mentah (CPO) di pasar tender dalam dua pekan terakhir.",
            "\"Harga ini berlaku bagi petani yang bermitra dengan perusahaan. Kami terus mendorong petani swadaya bergabung ke kelembagaan pekebun,\" ujarnya.",
            "Pembaruan: Dinas Perkebunan menyatakan harga tersebut berlaku hingga Rabu pekan depan.",
        ],
        # Two reporters; a photo inside the body; AMP headline link listed BEFORE the photo link.
        "quirks": ["two_reporters", "body_photo", "updated", "amp_first"],
        "render": {"body_image_before": 2, "amp": "first"},
    },
    {
        "id": 614790,
        "slug": "bmkg-prakirakan-hujan-lebat-di-sebagian-wilayah-jambi",
        "title": "BMKG prakirakan hujan lebat di sebagian wilayah Jambi",
        "published_at": "2026-11-18T07:05:00+07:00",
        "modified_at": None,
        "dateline": _dateline("Jambi"),
        "pewarta": ["Tuyani"], "authors": ["Tuyani"], "editor": "Kusbandono",
        "images": [_lead("2026/11/18/cuaca-jambi.jpg")],
        "categories": ["Warta Bumi"],
        "tags": ["BMKG", "cuaca", "hujan lebat"],
        "body_paragraphs": [
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Meteorologi Sultan Thaha Jambi memprakirakan hujan lebat disertai petir dan angin kencang terjadi di sebagian wilayah Jambi dalam tiga hari ke depan.",
            "Prakirawan BMKG Jambi Siti Maryam mengatakan wilayah yang perlu waspada antara lain Kerinci, Merangin, Bungo dan Tebo.",
            "Masyarakat diimbau mewaspadai potensi banjir, tanah longsor dan pohon tumbang, terutama di daerah perbukitan dan bantaran sungai.",
        ],
        # No JSON-LD and no meta times: the visible date is the only one.
        "quirks": ["no_jsonld", "only_visible_date", "p_paragraphs"],
        "render": {"jsonld": False, "p_paragraphs": True},
    },
    {
        "id": 614702,
        "slug": "pemkab-bungo-salurkan-bantuan-bibit-karet-unggul",
        "title": "Pemkab Bungo salurkan bantuan bibit karet unggul",
        "published_at": "2026-11-16T14:50:00+07:00",
        "modified_at": None,
        "dateline": _dateline("Muarabungo"),
        "pewarta": ["Muhammad Hanapi"], "authors": ["Muhammad Hanapi"], "editor": "Kusbandono",
        "images": [_lead("2026/11/16/bibit-karet-bungo.jpg")],
        "categories": ["Daerah"],
        "tags": ["karet", "Bungo", "bibit"],
        "body_paragraphs": [
            "Pemerintah Kabupaten Bungo menyalurkan 50.000 batang bibit karet unggul kepada kelompok tani di tujuh kecamatan untuk meremajakan kebun karet rakyat.",
            "Kepala Dinas Perkebunan Bungo Syafrudin di Muarabungo, Senin, mengatakan bibit yang dibagikan merupakan klon unggul yang mampu berproduksi lebih tinggi.",
            "\"Banyak kebun karet warga sudah berumur lebih dari 25 tahun sehingga getahnya sedikit. Peremajaan ini untuk mengembalikan produktivitas,\" katanya.",
            "Ia menambahkan petani penerima juga akan mendapat pendampingan dari penyuluh perkebunan hingga tanaman siap disadap.",
        ],
        # Antara writes the town as one word: the dateline keeps it.
        "quirks": ["dateline_one_word_town", "video_embed"],
        "render": {"video_after": 1},
    },
    {
        "id": 583114,
        "slug": "gubernur-jambi-resmikan-jembatan-gentala-arasy-sebagai-destinasi-wisata",
        "title": "Gubernur Jambi resmikan kawasan Gentala Arasy sebagai destinasi wisata",
        "published_at": "2019-08-03T16:20:00+07:00",
        "modified_at": None,
        "dateline": _dateline("Jambi", "ANTARA Jambi"),
        "pewarta": ["Nanang Mairiadi"], "authors": ["Nanang Mairiadi"], "editor": "Dolly Rosana",
        "images": [_lead("2019/08/03/gentala-arasy.jpg")],
        "categories": ["Wisata"],
        "tags": ["Gentala Arasy", "wisata", "Sungai Batanghari"],
        "body_paragraphs": [
            "Gubernur Jambi meresmikan kawasan jembatan pedestrian Gentala Arasy dan Menara Air sebagai destinasi wisata unggulan di tepian Sungai Batanghari.",
            "Kawasan tersebut dilengkapi taman, panggung terbuka dan area kuliner yang dikelola bersama pelaku usaha kecil setempat.",
            "\"Kami ingin kawasan ini menjadi ruang publik yang hidup, tempat warga berkumpul dan wisatawan mengenal sejarah Jambi,\" kata gubernur.",
            "Pemerintah provinsi juga menyiapkan perahu wisata yang melayani rute dari Tanggo Rajo menuju kawasan Seberang Kota Jambi.",
        ],
        # Older style: "Jambi (ANTARA Jambi) -". The oldest article: the since-bound stop lands before it.
        "quirks": ["old_dateline", "oldest"],
        "render": {},
    },
    {
        "id": 614655,
        "slug": "kpu-kerinci-tetapkan-daftar-pemilih-berkelanjutan",
        "title": "KPU Kerinci tetapkan daftar pemilih berkelanjutan",
        "published_at": "2026-11-14T09:10:00+07:00",
        "modified_at": None,
        "dateline": _dateline("Sungai Penuh"),
        "pewarta": ["Tuyani"], "authors": ["Tuyani"], "editor": "Syarif Abdullah",
        "images": [_lead("2026/11/14/kpu-kerinci.jpg")],
        "categories": ["Politik"],
        "tags": ["KPU Kerinci", "daftar pemilih"],
        "body_paragraphs": [
            "Komisi Pemilihan Umum (KPU) Kabupaten Kerinci menetapkan daftar pemilih berkelanjutan semester II sebanyak 198.452 pemilih dalam rapat pleno terbuka.",
            "Ketua KPU Kerinci Asmara Dewi di Sungai Penuh, Sabtu, mengatakan jumlah itu bertambah dibanding semester sebelumnya karena adanya pemilih pemula.",
            "KPU mengajak masyarakat memeriksa namanya melalui layanan cek data pemilih dan melapor bila belum terdaftar atau datanya keliru.",
        ],
        # Only the AMP link in the headline AND a second card further down the listing: still one item.
        "quirks": ["listed_twice"],
        "render": {"amp": "headline", "listed_twice": True},
    },
]

_PEWARTA = ["Nanang Mairiadi", "Dolly Rosana", "Tuyani", "Muhammad Hanapi"]
_EDITORS = ["Syarif Abdullah", "Kusbandono", "Dolly Rosana"]
GENERATED_NEWEST = datetime(2026, 11, 20, 13, 0, tzinfo=WIB)


def generated_articles(n: int = 40) -> list[dict]:
    """n filler articles in Antara's style, newest 2026-11-20 13:00, one every 7 hours back."""
    found = []
    for i, filler in enumerate(filler_articles(n, newest=GENERATED_NEWEST, every=timedelta(hours=7),
                                               first_id=614_600, offset=11)):
        written, place = filler["place"]
        pewarta = [_PEWARTA[i % len(_PEWARTA)]]
        found.append({
            **filler,
            "dateline": _dateline("Jambi" if i % 3 else place),
            "pewarta": pewarta, "authors": pewarta, "editor": _EDITORS[i % len(_EDITORS)],
            "images": [_lead(f"{filler['published_at'][:10].replace('-', '/')}/{filler['slug'][:40]}.jpg")],
            "tags": [t.lower() for t in filler["tags"]],
            "quirks": ["generated"],
            "render": {"baca_juga": [2] if i % 2 else [], "jsonld": i % 6 != 5,
                       "amp": "headline" if i % 5 == 0 else None},
        })
    return found


def site_articles(generated: int = 40) -> list[dict]:
    return ARTICLES + generated_articles(generated)


def find(quirk: str) -> dict:
    return next(a for a in ARTICLES if quirk in a["quirks"])


def article_path(article: dict) -> str:
    return f"/berita/{article['id']}/{article['slug']}"


def amp_path(article: dict) -> str:
    return "/amp" + article_path(article)


def expected_item(article: dict, base_url: str) -> dict:
    """The exported item's fields a crawler must get right (photos are on the CDN: absolute)."""
    return portal_expected_item(article, base_url.rstrip("/") + article_path(article), base_url)


def visible_date(moment: datetime, zone: bool = True) -> str:
    """"Kamis, 19 November 2026 11:40 WIB"."""
    d = moment.astimezone(WIB)
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}" + (" WIB" if zone else "")


# ------------------------------------------------------------------ the site
class AntaraSite(PortalSite):
    """Route callable for a Replica. disable: "listing", "robots"."""

    origin = ORIGIN + "/"
    name = "ANTARA News Jambi"
    image_prefixes = ("/cache/", "/img/")

    def __init__(self, articles=None, disable=()):
        super().__init__(site_articles() if articles is None else list(articles), now=NOW, disable=disable)
        self.by_amp = {amp_path(a): a for a in self.articles}
        # The listing: newest first; an article flagged listed_twice shows again five cards later.
        self.listed = list(self.articles)
        for article in [a for a in self.articles if a["render"].get("listed_twice")]:
            self.listed.insert(self.listed.index(article) + 5, article)

    def article_path(self, article: dict) -> str:
        return article_path(article)

    def route(self, path: str, query: dict) -> Response | None:
        if "listing" not in self.disable:
            if path in ("/terkini", "/terkini/"):
                return self.listing(1)
            if path.startswith("/terkini/") and path[len("/terkini/"):].isdigit():
                return self.listing(int(path[len("/terkini/"):]))
        if path in self.by_path:
            return self.article(self.by_path[path])
        if path in self.by_amp:
            return self.amp(self.by_amp[path])
        if path == "/":
            return self.page("ANTARA News Jambi - Berita Terkini Jambi", self.cards(self.listed[:10]))
        return None

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /search\nDisallow: /api/\n"

    # ------------------------------------------------------------ listings
    def listing(self, page: int) -> Response:
        """/terkini, /terkini/2 ...: LISTING_PAGE_SIZE cards a page; past the end an empty list."""
        page = max(page, 1)
        cards = self.listed[(page - 1) * LISTING_PAGE_SIZE: page * LISTING_PAGE_SIZE]
        pages = (len(self.listed) + LISTING_PAGE_SIZE - 1) // LISTING_PAGE_SIZE
        links = " ".join(f'<li class="page-item{" active" if n == page else ""}">'
                         f'<a class="page-link" href="/terkini/{n}">{n}</a></li>' for n in range(1, pages + 1))
        inner = (f'<h1 class="h4 mb-4">Berita Terkini</h1>{self.cards(cards)}'
                 f'<nav aria-label="pagination"><ul class="pagination">{links}</ul></nav>')
        return self.page(f"Berita Terkini - Halaman {page} - ANTARA News Jambi", inner)

    def cards(self, articles) -> str:
        out = []
        for article in articles:
            url = _e(self.article_url(article))
            amp = article["render"].get("amp")
            headline_url = _e(self.url(amp_path(article))) if amp else url
            published = datetime.fromisoformat(article["published_at"])
            photo = (f'<div class="col-md-5"><div class="card__post__transition"><a href="{url}">'
                     f'<picture><img class="img-fluid w-100" src="{_e(article["images"][0]["url"])}" '
                     f'alt="{_e(article["title"])}"></picture></a></div></div>')
            text = (f'<div class="col-md-7 my-auto pl-0"><div class="card__post__body"><div class="card__post__content">'
                    f'<div class="card__post__author-info mb-2"><ul class="list-inline">'
                    f'<li class="list-inline-item"><a href="{self.url("/" + slugify(article["categories"][0]))}" '
                    f'class="text-primary">{_e(article["categories"][0])}</a></li>'
                    f'<li class="list-inline-item"><span class="text-secondary">{visible_date(published, zone=False)}</span></li>'
                    f'</ul></div><div class="card__post__title"><h2 class="h5"><a href="{headline_url}">'
                    f'{_e(article["title"])}</a></h2>'
                    f'<p class="d-none d-lg-block d-xl-block mb-0">{_e(article["body_paragraphs"][0][:140])}...</p>'
                    f'</div></div></div></div>')
            # "first": a layout with the headline before the photo.
            inner = text + photo if amp == "first" else photo + text
            out.append(f'<article class="card__post card__post-list card__post__transition mt-30">'
                       f'<div class="row">{inner}</div></article>')
        return "".join(out)

    # ------------------------------------------------------------- article
    def content(self, article: dict) -> str:
        """The body as the CMS stores it: text runs separated by <br><br> (or <p>s)."""
        render = article["render"]
        paras = article["body_paragraphs"]
        p_style = render.get("p_paragraphs")
        parts = []
        for i, text in enumerate(paras):
            if i == render.get("body_image_before"):
                image = article["images"][1]
                parts.append(f'<figure class="image"><img src="{_e(image["url"])}" alt="{_e(article["title"])}">'
                             f'<figcaption>{_e(image["caption"])} ({_e(image["credit"])})</figcaption></figure>')
            html = _e(text)
            if i == 0 and article["dateline"]:
                html = f"{_e(article['dateline']['raw'])} {html}"
            parts.append(f"<p>{html}</p>" if p_style else html)
            if i in render.get("baca_juga", []):
                others = [a for a in self.articles if a is not article]
                other = others[(i * 5 + article["id"]) % len(others)]
                parts.append(f'<span class="baca-juga"><b>Baca juga:</b> <a href="{_e(self.article_url(other))}">'
                             f'{_e(other["title"])}</a></span>')
            if i == render.get("video_after"):
                parts.append('<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
                             'src="https://www.youtube.com/embed/replica00000" allowfullscreen></iframe></div>')
            if i == 0:
                parts.append('<div class="ads_antara_inside"><ins class="adsbygoogle" data-ad-slot="0000000000">'
                             '</ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
        year = datetime.fromisoformat(article["published_at"]).year
        pewarta = " dan ".join(article["pewarta"])
        body = "".join(parts) if p_style else "<br /><br />".join(parts)
        return (f'{body}<p class="text-muted mt-2 small">Pewarta: {_e(pewarta)}<br />'
                f'Editor : {_e(article["editor"])}<br />COPYRIGHT © ANTARA {year}</p>'
                f'<div class="text-muted small mt-2"><i>{NO_CRAWL_NOTICE}</i></div>')

    def article(self, article: dict) -> Response:
        url = self.article_url(article)
        published = datetime.fromisoformat(article["published_at"])
        lead = article["images"][0]["url"]
        head = [f'<link rel="canonical" href="{_e(url)}">',
                f'<link rel="amphtml" href="{_e(self.url(amp_path(article)))}">',
                f'<meta name="description" content="{_e(article["body_paragraphs"][0][:160])}">',
                f'<meta name="keywords" content="{_e(", ".join(article["tags"]))}">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:title" content="{_e(article["title"])}">',
                f'<meta property="og:url" content="{_e(url)}">',
                f'<meta property="og:image" content="{_e(lead)}">',
                '<meta property="og:site_name" content="ANTARA News Jambi">']
        if article["render"].get("jsonld", True):
            data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
                    "image": [lead], "datePublished": published.isoformat(),
                    "dateModified": article["modified_at"] or published.isoformat(),
                    "author": [{"@type": "Person", "name": name} for name in article["pewarta"]],
                    "publisher": {"@type": "Organization", "name": "ANTARA News Jambi",
                                  "logo": {"@type": "ImageObject", "url": self.url("/img/logo-antara.png")}}}
            head.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
        section = article["categories"][0]
        tags = "".join(f'<li class="list-inline-item"><a href="{self.url("/tag/" + slugify(t))}">{_e(t)}</a></li>'
                       for t in article["tags"])
        related = "".join(
            f'<article class="card__post card__post-list"><h3 class="h6"><a href="{_e(self.article_url(a))}">'
            f'{_e(a["title"])}</a></h3><span class="text-secondary">'
            f'{visible_date(datetime.fromisoformat(a["published_at"]), zone=False)}</span></article>'
            for a in self.newest(3, exclude=article))
        inner = (
            f'<ul class="breadcrumbs bg-light mb-4"><li class="breadcrumbs__item">'
            f'<a href="{self.url("/")}" class="breadcrumbs__url"><i class="fa fa-home"></i> Beranda</a></li>'
            f'<li class="breadcrumbs__item"><a href="{self.url("/" + slugify(section))}" class="breadcrumbs__url">'
            f'{_e(section)}</a></li></ul>'
            f'<div class="wrap__article-detail">'
            f'<div class="wrap__article-detail-title"><h1>{_e(article["title"])}</h1></div><hr>'
            f'<div class="wrap__article-detail-info"><ul class="list-inline d-flex flex-wrap justify-content-start">'
            f'<li class="list-inline-item"><span class="text-secondary font-weight-normal">'
            f'<i class="fa fa-clock-o"></i> {visible_date(published)}</span></li></ul></div>'
            f'<div class="wrap__article-detail-image mt-4"><figure><img src="{_e(lead)}" class="img-fluid" '
            f'alt="{_e(article["title"])}"><p class="wrap__article-detail-image-caption">'
            f'Ilustrasi - {_e(article["title"])}. ANTARA/{_e(article["pewarta"][0])}</p></figure></div>'
            f'<div class="wrap__article-detail-content post-content">{self.content(article)}</div>'
            f'<div class="blog-tags"><ul class="list-inline"><li class="list-inline-item">'
            f'<i class="fa fa-tags"></i></li>{tags}</ul></div>'
            f'<div class="wrap__article-share"><a href="https://www.facebook.com/sharer.php">Facebook</a> '
            f'<a href="https://twitter.com/share">Twitter</a> <a href="whatsapp://send">WhatsApp</a></div>'
            f'</div><div class="related-news"><h4 class="border_section">Berita Terkait</h4>{related}</div>')
        return self.page(f"{article['title']} - ANTARA News Jambi", inner, head="\n".join(head))

    def amp(self, article: dict) -> Response:
        """The AMP twin: reduced markup, canonical link to the article."""
        html = f"""<!doctype html>
<!-- {NOTICE} -->
<html amp lang="id"><head><meta charset="utf-8"><title>{_e(article['title'])} - ANTARA News Jambi</title>
<link rel="canonical" href="{_e(self.article_url(article))}">
<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><header class="amp-header">ANTARA Jambi</header><article class="amp-article">
<h1>{_e(article['title'])}</h1><amp-img src="{_e(article['images'][0]['url'])}" width="1200" height="800" layout="responsive"></amp-img>
<div class="amp-content">{"".join(f"<p>{_e(p)}</p>" for p in article["body_paragraphs"])}</div></article></body></html>
"""
        return Response.text(html)

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
<link rel="stylesheet" href="{self.url('/css/antara.min.css')}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-REPLICA"></script>
</head>
<body>
<header class="bg-light"><div class="topbar"><span class="topbar-date">{today}</span></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="{self.url('/')}">ANTARA Jambi</a>
<ul class="navbar-nav"><li><a href="{self.url('/terkini')}">Terkini</a></li>
<li><a href="{self.url('/ekonomi')}">Ekonomi</a></li><li><a href="{self.url('/daerah')}">Daerah</a></li>
<li><a href="{self.url('/politik')}">Politik</a></li></ul>
<form action="{self.url('/search')}"><input name="q" placeholder="Cari"></form></nav></header>
<section class="pb-80"><div class="container"><div class="row"><div class="col-md-8">{body}</div>
<div class="col-md-4"><aside class="wrapper__list__article"><h4 class="border_section">Terpopuler</h4>
<ul>{"".join(f'<li><a href="{_e(self.url(amp_path(a)))}">{_e(a["title"])}</a></li>' for a in self.newest(5))}</ul>
</aside></div></div></div></section>
<footer class="wrapper__footer"><p>Copyright © 2026 ANTARA News Jambi</p>
<a href="{self.url('/redaksi')}">Redaksi</a> <a href="{self.url('/kode-etik')}">Kode Etik</a></footer>
</body>
</html>
"""

    def page(self, title: str, inner: str, head: str = "", status: int = 200) -> Response:
        return Response.text(self.document(title, inner, head), status=status)


def build_site(articles=None, disable=()) -> AntaraSite:
    return AntaraSite(articles, disable)
