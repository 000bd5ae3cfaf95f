"""Extraction of raw articles from small, hand-written pages.

Every page here is written for the test (WordPress/Yoast-style markup as
described in what is known of the site); none is a capture of a live site.
"""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from matra_crawler.extraction.article import FIELDS
from matra_crawler.extraction import NoArticle, extract_article
from matra_crawler.extraction.candidates import precise_first, with_offset
from matra_crawler.extraction.generic import strip_site_name
from matra_crawler.extraction.html import decode_html, paragraphs, parse_html
from matra_crawler.extraction.titles import TitleCandidates, choose_title
from matra_crawler.sites import get_profile
from matra_crawler.sites.profile import Selectors, SiteProfile

URL = "https://medialintassumatera.net/2023/12/28/camat-diminta-jaga-netralitas/"
FETCHED = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
# Long enough that the generic (trafilatura) path accepts it as an article.
STORY = [
    "Para camat di Provinsi Jambi perlu menjaga netralitas secara konsisten menghadapi Pemilu Serentak "
    "2024 agar tidak ada yang terjebak politik praktis menjadi anggota tim sukses peserta pemilu.",
    "Harapan tersebut mengemuka pada Rapat Koordinasi Camat se-Provinsi Jambi Semester II Tahun 2023 di "
    "ruang pola kantor Gubernur Jambi, Kota Jambi, yang dihadiri sekitar 144 camat dari sebelas daerah.",
    "Al Haris mengatakan, menjelang Pemilu Serentak 2024 situasi politik di Indonesia, termasuk di "
    "Provinsi Jambi, berpotensi memanas sehingga para camat harus menjadi garda terdepan kondusifitas.",
]


def page(head: str = "", body: str = "", lang: str = "id-ID") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def story_html() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def article_page(head: str = "", header: str = "", content: str | None = None, after: str = "") -> str:
    """A WordPress-like single post: header, .entry-content, footer."""
    content = story_html() if content is None else content
    return page(head, f"<div id='page'><article class='post'><header class='entry-header'>"
                      f"<h1 class='entry-title'>Camat Diminta Jaga Netralitas</h1>{header}</header>"
                      f"<div class='entry-content'>{content}</div></article>{after}</div>")


def extract(html, url=URL, profile=None, **kwargs):
    return extract_article(html, url, profile, fetched_at=FETCHED, **kwargs)


def ld(json_text: str) -> str:
    return f"<script type='application/ld+json'>{json_text}</script>"


def published(item: dict) -> list[tuple[str, str]]:
    return [(c["source"], c["value"]) for c in item["date_candidates"] if c["field"] == "published_at"]


# ------------------------------------------------------------------ JSON-LD
YOAST_GRAPH = ld("""{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "@id": "https://x/#webpage", "datePublished": "2023-12-28T01:00:00+00:00"},
  {"@type": "NewsArticle", "@id": "https://x/#article", "headline": "Camat Diminta Jaga Netralitas",
   "author": {"@id": "https://x/#/schema/person/ade"},
   "datePublished": "2023-12-28T14:30:00+07:00", "dateModified": "2023-12-29T08:00:00+07:00",
   "articleSection": ["Daerah"], "keywords": ["Pemilu", "Camat"]},
  {"@type": "Person", "@id": "https://x/#/schema/person/ade", "name": "Ade SM"}]}""")


def test_json_ld_graph_gives_dates_authors_by_id_and_sections():
    item = extract(article_page(head=YOAST_GRAPH))
    assert published(item)[0] == ("json-ld", "2023-12-28T14:30:00+07:00")
    assert {"field": "modified_at", "source": "json-ld", "value": "2023-12-29T08:00:00+07:00"} \
        in item["date_candidates"]
    assert item["authors"] == ["Ade SM"]
    assert item["categories"] == ["Daerah"]
    assert item["tags"] == ["Pemilu", "Camat"]
    # the article node has its own date: the WebPage's is not used
    assert ("json-ld", "2023-12-28T01:00:00+00:00") not in published(item)


def test_web_page_date_is_a_last_resort_after_meta():
    head = ld("""{"@graph": [{"@type": "WebPage", "datePublished": "2023-12-28T01:00:00+00:00"},
                             {"@type": "Article", "headline": "Tanpa tanggal"}]}""") + \
        "<meta property='article:published_time' content='2023-12-28T07:30:00+00:00'>"
    assert published(extract(article_page(head=head)))[:2] == [("meta", "2023-12-28T07:30:00+00:00"),
                                                               ("json-ld", "2023-12-28T01:00:00+00:00")]


@pytest.mark.parametrize("blocks", [
    # broken block first, good one after: the good one still counts
    ld('{"@type": "NewsArticle", "headline": "Rusak", "datePublished": ') + ld(
        '{"@type": "NewsArticle", "datePublished": "2023-12-28T14:30:00+07:00"}'),
    # CDATA wrapper, raw newline in a string and a trailing comma: read leniently
    ld('//<![CDATA[\n{"@type": "NewsArticle", "description": "dua\nbaris",'
       ' "datePublished": "2023-12-28T14:30:00+07:00",}\n//]]>'),
    # nesting deeper than the JSON parser goes: skipped, not a crash
    ld("[" * 100000 + "]" * 100000) + ld('{"@type": "NewsArticle", "datePublished": "2023-12-28T14:30:00+07:00"}'),
], ids=["broken-then-good", "cdata-newline-trailing-comma", "absurdly-deep"])
def test_bad_json_ld_is_skipped_or_read_leniently(blocks):
    item = extract(article_page(head=blocks))
    assert published(item)[0] == ("json-ld", "2023-12-28T14:30:00+07:00")


def test_odd_json_ld_values_do_not_break_extraction():
    head = ld('{"@type": ["NewsArticle"], "headline": {"x": 1}, "author": {"@id": ["not", "hashable"]}, '
              '"keywords": {"odd": true}, "datePublished": ["2023-12-28T14:30:00+07:00"]}')
    item = extract(article_page(head=head))
    assert item["title"] == "Camat Diminta Jaga Netralitas"
    assert item["tags"] == []
    assert published(item)[0] == ("json-ld", "2023-12-28T14:30:00+07:00")


def test_only_broken_json_ld_falls_back_to_meta():
    head = ld("{ not json at all") + \
        "<meta property='article:published_time' content='2023-12-28T07:30:00+00:00'>" \
        "<meta name='author' content='Ade SM dan Rina Oktaviani'>"
    item = extract(article_page(head=head))
    assert published(item)[0] == ("meta", "2023-12-28T07:30:00+00:00")
    assert item["authors"] == ["Ade SM", "Rina Oktaviani"]


@pytest.mark.parametrize("meta, expected", [
    ("<meta property='article:published_time' content='2023-12-28T14:30:00+07:00'>", "2023-12-28T14:30:00+07:00"),
    ("<meta name='parsely-pub-date' content='2023-12-28T07:30:00Z'>", "2023-12-28T07:30:00Z"),
    ("<meta name='DC.date.issued' content='2023-12-28'>", "2023-12-28"),
    # itemprop with several names, as the New York Times writes it
    ("<meta itemprop='datePublished dateCreated' content='2023-12-28T07:30:09.000Z'>", "2023-12-28T07:30:09.000Z"),
])
def test_meta_dates(meta, expected):
    assert published(extract(article_page(head=meta)))[0] == ("meta", expected)


# ------------------------------------------------------------------ dates
def test_time_in_the_story_text_is_not_a_publication_date():
    header = "<div class='entry-meta'><time class='entry-date published' datetime='2023-12-28T14:30:00+07:00'>" \
             "Kamis, 28 Desember 2023</time></div>"
    content = story_html() + "<p>Rapat digelar <time datetime='2023-12-20'>Rabu (20/12/2023)</time>.</p>"
    item = extract(article_page(header=header, content=content))
    assert ("time", "2023-12-28T14:30:00+07:00") in published(item)
    assert all("2023-12-20" not in value for _, value in published(item))


def test_event_date_in_the_body_text_is_never_a_candidate():
    content = story_html() + "<p>Rakor berlangsung di Jambi, Kamis (21/12/2023).</p>"
    item = extract(article_page(content=content), url="https://example.id/berita/camat-netral")
    assert all("21/12/2023" not in value for _, value in published(item))


def test_visible_date_line_under_the_headline_and_not_the_top_bar_today():
    body = ("<div class='top-bar'><span class='current-date'>Selasa, 2 Januari 2024</span></div>"
            "<article><h1>Camat Diminta Jaga Netralitas</h1>"
            "<div class='entry-meta'><span class='posted-on'>Kamis, 28 Desember 2023 - 14:30 WIB</span></div>"
            f"<div class='entry-content'>{story_html()}</div></article>")
    item = extract(page(body=body), url="https://example.id/berita/camat-netral")
    assert published(item)[0] == ("visible", "Kamis, 28 Desember 2023 - 14:30 WIB")


def test_dated_permalink_is_the_last_resort():
    item = extract(article_page())
    assert published(item) == [("url", "2023-12-28")]


@pytest.mark.parametrize("hints, expected", [
    ({"date": "2023-12-28T14:30:00", "date_gmt": "2023-12-28T07:30:00"}, "2023-12-28T14:30:00+07:00"),
    ({"date": "2023-12-28T15:30:00", "date_gmt": "2023-12-28T07:30:00"}, "2023-12-28T15:30:00+08:00"),  # WITA
    ({"date_gmt": "2023-12-28T07:30:00"}, "2023-12-28T07:30:00+00:00"),
])
def test_rest_hints_come_first_with_their_offset(hints, expected):
    item = extract(article_page(head=YOAST_GRAPH), hints=hints)
    assert published(item)[0] == ("rest", expected)


def test_rest_local_date_alone_stays_naive_for_processing_to_read_as_wib():
    item = extract(article_page(), hints={"date": "2023-12-28T14:30:00"})
    assert published(item)[0] == ("rest", "2023-12-28T14:30:00")


def test_rest_modified_hint():
    assert with_offset("2023-12-29T09:00:00", "2023-12-29T02:00:00") == "2023-12-29T09:00:00+07:00"
    item = extract(article_page(), hints={"modified": "2023-12-29T09:00:00", "modified_gmt": "2023-12-29T02:00:00"})
    assert item["date_candidates"][0] == {"field": "modified_at", "source": "rest", "value": "2023-12-29T09:00:00+07:00"}


@pytest.mark.parametrize("values, first", [
    # naive JSON-LD time, the same clock time with an offset in meta: the offset wins
    (["2023-04-28T13:53:25", "2023-04-28T13:53:25Z"], "2023-04-28T13:53:25Z"),
    # a bare day, the same day with a time: the time wins
    (["2024-04-22", "2024-04-22T06:00+02:00"], "2024-04-22T06:00+02:00"),
    # different clock times: the order stands
    (["2024-04-22T10:00", "2024-04-22T06:00+02:00"], "2024-04-22T10:00"),
    # the first already has an offset: the order stands
    (["2024-04-22T10:00+07:00", "2024-04-22T10:00Z"], "2024-04-22T10:00+07:00"),
])
def test_a_more_precise_statement_of_the_same_moment_goes_first(values, first):
    candidates = [{"field": "published_at", "source": "x", "value": v} for v in values]
    assert precise_first(candidates)[0]["value"] == first


# ------------------------------------------------------------------ titles
@pytest.mark.parametrize("title, site_name, host, expected", [
    ("Camat Diminta Jaga Netralitas – Media Lintas Sumatera", "Media Lintas Sumatera",
     "medialintassumatera.net", "Camat Diminta Jaga Netralitas"),
    ("Harga Cabai Naik | Tribunjambi.com", "", "jambi.tribunnews.com", "Harga Cabai Naik"),
    ("Gubernur Tinjau Banjir - ANTARA News", "", "jambi.antaranews.com", "Gubernur Tinjau Banjir"),
    ("Gubernur Tinjau Banjir - ANTARA News Jambi - ANTARA News", "ANTARA News Jambi", "jambi.antaranews.com",
     "Gubernur Tinjau Banjir"),
    ("Jambi Ekspres | Pasar Murah Dibuka", "Jambi Ekspres", "jambiekspres.disway.id", "Pasar Murah Dibuka"),
    # the last piece names a place, not the site: kept
    ("Banjir Rendam Rumah Warga - Kota Jambi", "Tribun Jambi", "jambi.tribunnews.com",
     "Banjir Rendam Rumah Warga - Kota Jambi"),
    # a dash inside a word is no separator
    ("Vaksinasi COVID-19 Dilanjutkan", "Media Lintas Sumatera", "medialintassumatera.net",
     "Vaksinasi COVID-19 Dilanjutkan"),
])
def test_site_name_suffix_is_stripped(title, site_name, host, expected):
    assert strip_site_name(title, [site_name], host) == expected


def test_title_sources_in_order():
    head = "<title>Judul Lama | Media Lintas Sumatera</title><meta property='og:site_name' " \
           "content='Media Lintas Sumatera'><meta property='og:title' content='Judul OG – Media Lintas Sumatera'>"
    # JSON-LD headline (HTML-escaped, as CMSs leave it) beats the <h1>
    item = extract(article_page(head=head + ld('{"@type": "NewsArticle", "headline": "Judul &#8216;JSON-LD&#8217;"}')))
    assert item["title"] == "Judul ‘JSON-LD’"
    # without JSON-LD: og:title with its suffix stripped, before the <h1> we guessed
    assert extract(article_page(head=head))["title"] == "Judul OG"
    assert extract(page(head, f"<div>{story_html()}</div>"), url="https://medialintassumatera.net/x")["title"] \
        == "Judul OG"
    # then the <h1>, then <title>
    assert extract(article_page(head="<title>Judul Lama | Media Lintas Sumatera</title>"))["title"] \
        == "Camat Diminta Jaga Netralitas"


@pytest.mark.parametrize("h1, og, expected", [
    # a kicker inside the <h1>: og:title is the headline alone
    ("Minderheit in Syrien - Drusen fordern Teilhabe", "Drusen fordern Teilhabe", "Drusen fordern Teilhabe"),
    # soft hyphens rebuilt into the <h1>, the page's own og:title reworded
    ("Palästinenser legt Verfassungsbeschwerde ein", "Verfassungsbeschwerde eingelegt",
     "Verfassungsbeschwerde eingelegt"),
    ("Camat Diminta Jaga Netralitas", None, "Camat Diminta Jaga Netralitas"),
])
def test_og_title_beats_the_h1_without_a_json_ld_headline(h1, og, expected):
    head = f"<meta property='og:title' content='{og}'>" if og else ""
    body = f"<article><h1>{h1}</h1><div class='entry-content'>{story_html()}</div></article>"
    assert extract(page(head, body), url="https://example.id/berita/x")["title"] == expected


def test_h1_and_og_title_agreeing_beat_a_different_json_ld_headline():
    head = ld('{"@type": "NewsArticle", "headline": "Camat Diminta Netral (versi SEO)"}')
    agreeing = head + "<meta property='og:title' content='Camat Diminta Jaga Netralitas'>"
    assert extract(article_page(head=agreeing))["title"] == "Camat Diminta Jaga Netralitas"
    differing = head + "<meta property='og:title' content='Judul Lain'>"
    assert extract(article_page(head=differing))["title"] == "Camat Diminta Netral (versi SEO)"


# headline (JSON-LD), visible (microdata headline else <h1>), og:title, twitter:title, <title>
CUT = ("Gubernur Jambi Tinjau Banjir di Muaro Jambi, Warga Minta Tanggul Sungai Batanghari Segera "
       "Diperbaiki Sebelum")                                          # 108 characters, cut mid-sentence
WHOLE = CUT + " Musim Hujan Berikutnya"
SHORTER = "Pemprov Jambi Siapkan Rp 12 Miliar untuk Perbaikan Jalan Rusak di Kabupaten Tebo dan Bungo Tahun Ini"  # 100


@pytest.mark.parametrize("candidates, expected", [
    # everything agrees
    (TitleCandidates("Harga Cabai Naik", "Harga Cabai Naik", "Harga Cabai Naik"), ("Harga Cabai Naik", "og_title")),
    (TitleCandidates("Harga Cabai Naik", "Harga Cabai Naik"), ("Harga Cabai Naik", "headline")),
    # og:title and the visible headline against a JSON-LD SEO variant
    (TitleCandidates("Harga Cabai di Jambi Naik Lagi", "Harga Cabai Naik", "Harga Cabai Naik"),
     ("Harga Cabai Naik", "og_title")),
    # ... up to punctuation: og:title's typing is kept
    (TitleCandidates("Harga Cabai di Jambi Naik Lagi", "Harga Cabai Naik : Pedagang Mengeluh",
                     "Harga Cabai Naik: Pedagang Mengeluh"), ("Harga Cabai Naik: Pedagang Mengeluh", "og_title")),
    # og:title alone against the JSON-LD headline: the headline
    (TitleCandidates("Harga Cabai Naik", "Harga Cabai Naik", "Cabai Mahal, Warga Menjerit"),
     ("Harga Cabai Naik", "headline")),
    # no JSON-LD: og:title before our guess of the headline
    (TitleCandidates(None, "Minderheit in Syrien - Drusen fordern Teilhabe", "Drusen fordern Teilhabe"),
     ("Drusen fordern Teilhabe", "og_title")),
    (TitleCandidates(None, "Harga Cabai Naik", None, None, "Harga Cabai Naik"), ("Harga Cabai Naik", "visible")),
    (TitleCandidates(None, None, None, "Harga Cabai Naik", "Harga Cabai"), ("Harga Cabai Naik", "twitter_title")),
    (TitleCandidates(None, None, None, None, "Harga Cabai Naik"), ("Harga Cabai Naik", "html_title")),
    (TitleCandidates(), (None, None)),
    # a JSON-LD headline cut at the SEO limit: the <h1> it was cut from
    (TitleCandidates(CUT, WHOLE, "Banjir Muaro Jambi"), (WHOLE, "visible")),
    # the same length but nothing longer goes on from it: kept
    (TitleCandidates(CUT, CUT, "Banjir Muaro Jambi"), (CUT, "headline")),
    # as long, but what goes on from it is within the limit too: no plugin cut it
    (TitleCandidates(SHORTER, None, SHORTER + " Baru"), (SHORTER, "headline")),
    # <title> is no source of the rest: its suffix would pass for it
    (TitleCandidates(CUT, None, None, None, WHOLE), (CUT, "headline")),
    # an ellipsis marks a cut at any length
    (TitleCandidates("Siapa Pacar Bintang Persijam dan...", None, "Siapa Pacar Bintang Persijam dan Berapa Anaknya?"),
     ("Siapa Pacar Bintang Persijam dan Berapa Anaknya?", "og_title")),
    (TitleCandidates("Siapa Pacar Bintang Persijam?…", "Siapa Pacar Bintang Persijam?"),
     ("Siapa Pacar Bintang Persijam?…", "headline")),
])
def test_title_choice(candidates, expected):
    assert choose_title(candidates) == expected


def test_the_microdata_headline_is_the_visible_headline():
    """A page that marks its headline itemprop="headline" (here an <h2> under
    a kicker <h1>) names it; that one repeated by og:title beats the
    JSON-LD headline. Teasers marked the same way (several) name nothing."""
    head = ld('{"@type": "NewsArticle", "headline": "Berapa Besar Utang Pemprov?"}') + \
        "<meta property='og:title' content='Enam Angka yang Menunjukkan Besarnya Utang Pemprov'>"
    headline = "<h2 itemprop='headline'>Enam Angka yang Menunjukkan Besarnya Utang Pemprov</h2>"
    body = (f"<div class='content container without-sidebar'><article><h1>Berapa Besar Utang Pemprov?</h1>"
            f"{headline}<div class='entry-content'>{story_html()}</div></article></div>")
    url = "https://example.id/berita/x"
    assert extract(page(head, body), url=url)["title"] == "Enam Angka yang Menunjukkan Besarnya Utang Pemprov"
    # without JSON-LD or og:title the visible headline is the title: not a teaser's
    teasers = "".join(f"<li><h3 itemprop='headline'>Berita {i}</h3></li>" for i in range(3))
    assert extract(page("", body.replace(headline, "") + f"<ul>{teasers}</ul>"), url=url)["title"] \
        == "Berapa Besar Utang Pemprov?"
    in_sidebar = f"<aside class='sidebar'>{headline}</aside>"
    assert extract(page("", body.replace(headline, "") + in_sidebar), url=url)["title"] \
        == "Berapa Besar Utang Pemprov?"


def test_section_trailing_the_headline_is_stripped_like_a_site_name():
    head = ld('{"@type": "NewsArticle", "headline": "Harga Cabai Naik | Ekonomi", "articleSection": "Ekonomi"}')
    assert extract(article_page(head=head))["title"] == "Harga Cabai Naik"


def test_the_h1_that_matches_the_page_title_beats_a_login_box_h1():
    head = "<meta property='og:title' content='Camat Diminta Jaga Netralitas'>"
    body = (f"<div class='login'><h1>Masuk</h1></div><article><h1>Camat Diminta Jaga Netralitas</h1>"
            f"<div class='entry-content'>{story_html()}</div></article>")
    item = extract(page(head, body), url="https://example.id/berita/x")
    assert item["title"] == "Camat Diminta Jaga Netralitas"


def test_headline_echoed_atop_the_body_leaves_it():
    content = "<h2>Camat Diminta Jaga Netralitas</h2>" + story_html()
    item = extract(article_page(content=content), profile=get_profile("matra"))
    assert item["body"].split("\n\n")[0] == STORY[0]


# ------------------------------------------------------------------ authors
@pytest.mark.parametrize("author_json, expected", [
    ('{"@type": "Person", "name": "Ade SM"}', ["Ade SM"]),
    ('[{"@type": "Person", "name": "Ade SM"}, {"@type": "Person", "name": "Rina Oktaviani"}]',
     ["Ade SM", "Rina Oktaviani"]),
    ('{"@type": "Person", "name": "Ade SM dan Rina Oktaviani"}', ["Ade SM", "Rina Oktaviani"]),
    ('{"@type": "Person", "name": "Ade SM, Rina Oktaviani"}', ["Ade SM", "Rina Oktaviani"]),
    ('{"@type": "Person", "name": "Ade SM and Rina Oktaviani"}', ["Ade SM", "Rina Oktaviani"]),
    ('{"@type": "Person", "givenName": "Birgit", "familyName": "Baumann"}', ["Birgit Baumann"]),
    ('{"@type": "Person", "name": "Elena Oberholzer (obe)"}', ["Elena Oberholzer"]),
    ('[{"@type": "Person", "name": "Engin Haupt"}, [{"@type": "Person", "name": "Ade SM"}]]',
     ["Engin Haupt", "Ade SM"]),  # a list nested in the list
    ('"admin"', []),
    # one credit string: a person signing for the outlet, with a long role, is one author
    ('{"@type": "Person", "name": "Ade SM, example.id"}', ["Ade SM"]),
    ('{"@type": "Person", "name": "Povilas Aleksandravičius, Mykolo Romerio universiteto Žmogaus ir '
     'visuomenės studijų fakulteto profesorius, Example.id"}', ["Povilas Aleksandravičius"]),
    # the outlet as a separate node stays beside the person
    ('[{"@type": "Person", "name": "Ade SM"}, {"@type": "Organization", "name": "example.id"}]',
     ["Ade SM", "example.id"]),
    ('{"@type": "Person", "name": "https://www.facebook.com/matra"}', []),
])
def test_json_ld_authors(author_json, expected):
    head = ld('{"@type": "NewsArticle", "author": %s}' % author_json)
    assert extract(article_page(head=head), url="https://example.id/berita/x")["authors"] == expected


def test_outlet_as_author_gives_way_to_the_visible_byline():
    head = ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Media Lintas Sumatera"}}')
    header = "<div class='entry-meta'><span class='byline'>Oleh <a href='/author/ade-sm/'>Ade SM</a></span></div>"
    assert extract(article_page(head=head, header=header))["authors"] == ["Ade SM"]
    # without a byline the outlet stays: better than nothing
    assert extract(article_page(head=head))["authors"] == ["Media Lintas Sumatera"]


def test_outlet_in_json_ld_gives_way_to_a_person_in_meta_or_a_person_like_byline():
    head = ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Media Lintas Sumatera"}}') + \
        "<meta property='og:site_name' content='Media Lintas Sumatera'>"
    assert extract(article_page(head=head + "<meta name='author' content='Rina Oktaviani'>"))["authors"] \
        == ["Rina Oktaviani"]
    # bylines: "rubrik von X" does not read as a name, "von Yudi Pratama" does
    header = ("<div class='authors'><span class='author-brand'>rubrik</span></div>"
              "<div class='author-item'>von Yudi Pratama</div>")
    assert extract(article_page(head=head, header=header))["authors"] == ["Yudi Pratama"]


@pytest.mark.parametrize("meta_author, expected", [
    ("Rina Oktaviani", ["Rina Oktaviani"]),
    ("Rina Oktaviani, Media Lintas Sumatera", ["Rina Oktaviani"]),
    # the outlet's own signature names places, not people: the outlet stays
    ("Media Lintas Sumatera, Jambi, Indonesia", ["Media Lintas Sumatera"]),
])
def test_meta_author_beside_an_outlet_in_json_ld(meta_author, expected):
    head = ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Media Lintas Sumatera"}}') + \
        f"<meta name='author' content='{meta_author}'>"
    assert extract(article_page(head=head))["authors"] == expected


@pytest.mark.parametrize("after_story, expected", [
    ("<p style='text-align:right'><strong>Rina Oktaviani</strong></p>", ["Rina Oktaviani"]),
    ("<p class='has-text-align-right'><b>Rina Oktaviani</b></p>", ["Rina Oktaviani"]),
    # not the last paragraph, not only a name, not a name, not set right: no signature
    ("<p class='text-right'><strong>Rina Oktaviani</strong></p><p>Baca berita lainnya di kanal kami.</p>",
     ["Media Lintas Sumatera"]),
    ("<p class='text-right'><strong>Rina Oktaviani</strong> melaporkan dari Jambi.</p>", ["Media Lintas Sumatera"]),
    ("<p class='text-right'><strong>Redaksi</strong></p>", ["Media Lintas Sumatera"]),
    ("<p><strong>Berita Terkait</strong></p>", ["Media Lintas Sumatera"]),
])
def test_name_signed_under_the_story_beats_the_outlet(after_story, expected):
    head = ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Media Lintas Sumatera"}}')
    assert extract(article_page(head=head, content=story_html() + after_story))["authors"] == expected


def test_signature_needs_story_paragraphs_before_it():
    head = ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Media Lintas Sumatera"}}')
    content = story_html() + "<div class='box'><p>Redaksi</p><p class='text-right'><strong>Rina Oktaviani</strong></p></div>"
    assert extract(article_page(head=head, content=content))["authors"] == ["Media Lintas Sumatera"]


@pytest.mark.parametrize("header, expected", [
    ("<div class='author-box'><a href='/category/olahraga/'>Olahraga</a></div>", []),
    ("<div class='author-box'><a href='/news/category/29/%D9%85/ar'><span>منوعات</span></a></div>", []),
    ("<div class='author-box'>Yudi Pratama <a href='/category/olahraga/'>Olahraga</a></div>",
     ["Yudi Pratama Olahraga"]),
    ("<div class='author-box'>Yudi Pratama</div>", ["Yudi Pratama"]),
])
def test_author_box_holding_only_a_section_link_names_no_author(header, expected):
    assert extract(article_page(header=header), url="https://example.id/berita/x")["authors"] == expected


def test_byline_when_nothing_structured():
    header = "<div class='byline'>Penulis: Yudi Pratama | Editor: Kurniawan</div>"
    item = extract(article_page(header=header), url="https://example.id/berita/x")
    assert item["authors"] == ["Yudi Pratama"]
    assert item["field_sources"]["authors"] == "generic"


# ------------------------------------------------------------------ body
CAPTIONED = {
    "html5": "<figure class='wp-caption aligncenter'><img src='/wp-content/uploads/a.jpg'>"
             "<figcaption class='wp-caption-text'>Gubernur menyapa camat. (Foto : Matra/KominfoJambi).</figcaption></figure>",
    "xhtml": "<div class='wp-caption alignnone'><img data-src='/wp-content/uploads/a.jpg' src='data:image/gif;base64,R0l'>"
             "<p class='wp-caption-text'>Gubernur menyapa camat. (Foto : Matra/KominfoJambi).</p></div>",
    "block": "<figure class='wp-block-image size-large'><img srcset='/wp-content/uploads/a-300.jpg 300w, "
             "/wp-content/uploads/a.jpg 1024w' src='/wp-content/uploads/lazy-placeholder.png'>"
             "<figcaption class='wp-element-caption'>Gubernur menyapa camat. (Foto : Matra/KominfoJambi).</figcaption></figure>",
}


@pytest.mark.parametrize("style", sorted(CAPTIONED))
@pytest.mark.parametrize("profile", [get_profile("matra"), None], ids=["site", "generic"])
def test_captions_are_collected_with_their_image_and_leave_the_body(style, profile):
    content = CAPTIONED[style] + story_html()
    item = extract(article_page(content=content), profile=profile)
    assert {"url": "https://medialintassumatera.net/wp-content/uploads/a.jpg",
            "caption": "Gubernur menyapa camat. (Foto : Matra/KominfoJambi).", "credit": None} in item["images"]
    assert "Gubernur menyapa" not in item["body"]
    assert item["body"].startswith(STORY[0])


def test_og_image_is_the_lead_image():
    head = "<meta property='og:image' content='https://cdn.example.id/lead.jpg'>"
    item = extract(article_page(head=head), profile=get_profile("matra"))
    assert item["images"] == [{"url": "https://cdn.example.id/lead.jpg", "caption": None, "credit": None}]


def test_profile_drop_selectors_and_block_paragraphs():
    content = (f"<p>{STORY[0]}</p><div class='sharedaddy'><h3>Bagikan ini:</h3></div>"
               "<h3>Jangan Remeh</h3>"
               f"<p>{STORY[1]}<br>Baris kedua</p><div>Teks div <b>tebal</b> sendiri<p>{STORY[2]}</p></div>"
               "<ul><li>Satu</li><li>Dua</li></ul><script>var x = 1;</script>"
               "<div id='respond' class='comment-respond'><h3>Tinggalkan Balasan</h3></div>")
    item = extract(article_page(content=content), profile=get_profile("matra"))
    assert item["body"].split("\n\n") == [STORY[0], "Jangan Remeh", STORY[1], "Baris kedua", "Teks div tebal sendiri",
                                          STORY[2], "Satu", "Dua"]
    assert item["field_sources"] == {
        "canonical_url": "generic", "source_name": "profile", "title": "profile", "authors": None, "editor": None,
        "categories": None, "tags": None, "language": "structured", "post_id": None, "published_at": "generic",
        "body": "profile", "images": None}


def test_profile_selector_that_misses_falls_back_to_generic():
    profile = SiteProfile(name="x", source_name="X", base_url="https://x/",
                          selectors=Selectors(title="h1.nope", body="div.nope"))
    item = extract(article_page(), profile=profile)
    assert item["field_sources"]["body"] == "generic"
    assert item["field_sources"]["title"] == "generic"
    assert STORY[1] in item["body"]
    assert item["site"] == "x" and item["source_name"] == "X"


@pytest.mark.parametrize("element, expected", [
    ("<p>Satu <b>dua</b> tiga</p>", ["Satu dua tiga"]),
    ("<p>Kicker<span>:</span> Judul</p>", ["Kicker: Judul"]),
    ("<div>Awal<p>Tengah</p>Akhir</div>", ["Awal", "Tengah", "Akhir"]),
    ("<p>Baris satu<br/>Baris dua</p>", ["Baris satu", "Baris dua"]),
    ("<blockquote>Kutipan</blockquote><h2>Sub</h2>", ["Kutipan", "Sub"]),
    ("<p>Teks<script>alert(1)</script> lanjut</p>", ["Teks lanjut"]),
])
def test_paragraphs(element, expected):
    root = parse_html(page(body=f"<div id='x'>{element}</div>"))
    assert paragraphs(root.find(".//div[@id='x']")) == expected


# ------------------------------------------------------------------ robustness
def test_windows_1252_bytes_labelled_utf8():
    html = article_page(head="<meta charset='utf-8'>", content=story_html() + "<p>Café résumé – naïve</p>")
    item = extract(html.encode("cp1252"))
    assert "Café résumé – naïve" in item["body"]


def test_windows_1252_bytes_without_label():
    html = article_page(content=story_html() + "<p>Café résumé – naïve</p>")
    assert "Café résumé – naïve" in extract(html.encode("cp1252"))["body"]


@pytest.mark.parametrize("data, encoding, expected", [
    ("Café".encode("utf-8"), None, "Café"),
    ("Café".encode("utf-8-sig"), None, "Café"),
    ("<meta charset='iso-8859-1'>Café".encode("utf-8"), None, "Café"),  # valid UTF-8 wins over a stale label
    ("<meta charset='windows-1251'>Привет".encode("cp1251"), None, "Привет"),
    ("Привет".encode("cp1251"), "windows-1251", "Привет"),  # the transport's encoding
    (b"caf\xe9 \x93ok\x94 \xff\xfe", None, "café “ok” ÿþ"),
])
def test_decode(data, encoding, expected):
    assert expected in decode_html(data, encoding)


def test_mostly_utf8_page_with_a_bad_byte_stays_utf8():
    text = decode_html("Kota Jambi – Ruas jalan “Sudirman” ".encode("utf-8") * 20 + b"\xff")
    assert "“Sudirman”" in text and text.endswith("\ufffd")


@pytest.mark.parametrize("profile", [get_profile("matra"), None], ids=["site", "generic"])
def test_malformed_html_does_not_raise(profile):
    html = ("<html><head><title>Judul</title><body><h1>Judul<div class=entry-content><p>" + STORY[0] +
            "<p><b>" + STORY[1] + "<i></b></span>" + STORY[2] + "</p></div></div></td>\x00<p")
    body = extract(html.encode("utf-8"), profile=profile)["body"]
    assert all(sentence in body for sentence in STORY)


def test_control_characters_and_lone_surrogates_in_a_corrupt_page():
    content = "<script>x()</script>Teks\x0b rusak\x00 di sini\ud800.<p>" + "</p><p>".join(STORY) + "</p>"
    item = extract(page(body=f"<div><h1>Judul</h1><div>{content}</div></div>"), url="https://example.id/berita/x")
    # no "All strings must be XML compatible" from lxml when the script leaves the tree
    assert STORY[2] in item["body"]


@pytest.mark.parametrize("html", [b"", b"   ", page(body="<nav><a href='/'>Beranda</a></nav>"),
                                  "<?xml version='1.0' encoding='utf-8'?><html><body></body></html>"])
def test_page_without_an_article_raises_no_article(html):
    with pytest.raises(NoArticle):
        extract(html)


MENU = ("<header><ul class='menu'>" + "".join(
    f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in
    ("Beranda", "Daerah", "Politik", "Ekonomi", "Olahraga", "Hukum", "Pendidikan", "Opini", "Video", "Indeks"))
    + "</ul></header>")


def test_a_page_whose_scripts_did_not_build_the_story_has_no_article():
    # the menu and footer a JS-built page serves before its scripts run
    shell = page(body=MENU + "<div id='app' class='read__content'></div><footer class='footer'>"
                             "<p>Redaksi · Pedoman Media Siber · Kontak</p></footer>")
    with pytest.raises(NoArticle):
        extract(shell)


def test_a_short_story_with_one_real_paragraph_is_an_article():
    brief = ("Hujan deras sejak Kamis sore membuat Sungai Batanghari meluap dan merendam "
             "ratusan rumah warga di Kecamatan Danau Teluk, Kota Jambi.")
    assert extract(page(body=MENU + f"<article><p>{brief}</p></article>"))["body"] == brief


def test_raw_article_contract():
    head = YOAST_GRAPH + "<link rel='canonical' href='/2023/12/28/camat/'>" \
           "<meta property='og:site_name' content='Media Lintas Sumatera'>"
    item = extract(article_page(head=head), url=URL + "?utm_source=x")
    assert item["url"] == URL + "?utm_source=x"
    assert item["canonical_url"] == "https://medialintassumatera.net/2023/12/28/camat/"
    assert item["site"] == "medialintassumatera.net"
    assert item["source_name"] == "Media Lintas Sumatera"
    assert item["language"] == "id"
    assert item["editor"] is None
    assert item["fetched_at"] == "2024-01-02T03:04:05+00:00"
    assert item["body"] == "\n\n".join(STORY)


# ------------------------------------------------------------------ editor
EDITOR_PROFILE = SiteProfile(name="t", source_name="T", base_url="https://t.example/",
                             selectors=Selectors(body="div.entry-content", editor=".credit"))


@pytest.mark.parametrize("credit, expected", [
    # Tribun's header credit: two blocks, "| Editor:" opening the second
    ("<div id='penulis'>Penulis: <a>tribunjambi</a></div><div id='editor'> | Editor: <a>Duanto AS</a></div>",
     "Duanto AS"),
    # Antara's footer: <br>-separated lines, the editor on the second, copyright after it
    ("Pewarta: Nanang Mairiadi<br>Editor : Syarif Abdullah<br>COPYRIGHT © ANTARA 2026", "Syarif Abdullah"),
    ("Redaktur: Ade SM", "Ade SM"),
    ("<a href='/editor/kurniawan'>Kurniawan</a>", "Kurniawan"),   # the bare name
    ("Pewarta: Nanang Mairiadi", None),                           # no editor in it
    ("Editor majalah itu mengatakan hal yang sama kepada para wartawan di Jambi.", None),  # prose
])
def test_editor_from_the_profile_selector(credit, expected):
    html = article_page(header=f"<div class='credit'>{credit}</div>")
    assert extract(html, profile=EDITOR_PROFILE)["editor"] == expected


def test_editor_is_none_without_a_selector():
    assert extract(article_page(header="<div class='credit'>Editor: Ade SM</div>"))["editor"] is None


# ------------------------------------------------------------------ post id
def with_body_class(html: str, classes: str) -> str:
    return html.replace("<body>", f"<body class='{classes}'>", 1)


@pytest.mark.parametrize("html,hints,post_id", [
    (article_page(), {"id": 4521}, "4521"),                          # the REST API's id
    (with_body_class(article_page(), "post-template-default single single-post postid-4521 "
                                     "single-format-standard"), {}, "4521"),
    (article_page(head="<link rel='shortlink' href='https://m.net/?p=4521' />"), {}, "4521"),
    (with_body_class(article_page(head="<link rel='shortlink' href='https://m.net/?p=9' />"),
                     "single postid-4521"), {"id": 4521}, "4521"),    # the REST id first
    (with_body_class(article_page(), "page-id-12 postid-abc"), {}, None),   # not a post's id
    (article_page(head="<link rel='shortlink' href='https://m.net/?page=2' />"), {}, None),
    (article_page(), {}, None),                                      # a page naming no id
])
def test_post_id_comes_from_rest_then_what_wordpress_prints(html, hints, post_id):
    assert extract(html, hints=hints)["post_id"] == post_id


# ------------------------------------------------------------------ scope
SCOPED = SiteProfile(name="s", source_name="S", base_url="https://s.example/",
                     selectors=Selectors(scope="article", title="h1.entry-title", body="div.entry-content",
                                         authors=".entry-meta .author", tags=".tags-links a"))


def teaser(title: str, author: str) -> str:
    """Another story's box, built like the article itself (a "popular" widget, a top story)."""
    return (f"<article class='post teaser'><h1 class='entry-title'>{title}</h1>"
            f"<div class='entry-meta'><span class='author'>{author}</span></div>"
            f"<div class='entry-content'><p>Ringkas.</p></div></article>")


def scoped_page(tags_inside: bool = True) -> str:
    tags = "<div class='tags-links'><a href='/tag/camat/'>Camat</a></div>"
    article = ("<article class='post'><h1 class='entry-title'>Camat Diminta Jaga Netralitas</h1>"
               "<div class='entry-meta'><span class='author'>Ade SM</span></div>"
               f"<div class='entry-content'>{story_html()}</div>{tags if tags_inside else ''}</article>")
    return page(body=teaser("Berita Lain", "Redaksi") + article + teaser("Berita Ketiga", "Admin")
                + ("" if tags_inside else tags))


@pytest.mark.parametrize("tags_inside", [True, False])
def test_profile_selectors_answer_from_the_article_not_from_a_teaser_before_it(tags_inside):
    item = extract(scoped_page(tags_inside), profile=SCOPED)
    assert item["title"] == "Camat Diminta Jaga Netralitas"
    assert item["authors"] == ["Ade SM"]
    assert item["body"].startswith(STORY[0][:40])
    # nothing in the article: the page answers (a theme printing its tags after </article>)
    assert item["tags"] == ["Camat"]


def test_without_a_scope_a_profile_reads_the_whole_page():
    unscoped = SiteProfile(name="u", source_name="U", base_url="https://u.example/",
                           selectors=dataclasses.replace(SCOPED.selectors, scope=""))
    assert "Redaksi" in extract(scoped_page(), profile=unscoped)["authors"]   # the teaser's byline leaks in


@pytest.mark.parametrize("head, field, source", [
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Judul JSON\"}</script>",
     "title", "structured"),
    ("<meta name='author' content='Yudi Pratama'>", "authors", "structured"),
    ("<meta property='article:published_time' content='2024-01-02T10:00:00+07:00'>", "published_at", "structured"),
    ("<meta property='article:section' content='Daerah'>", "categories", "structured"),
    ("<meta property='og:image' content='https://cdn.example.id/lead.jpg'>", "images", "structured"),
    ("<link rel='canonical' href='https://example.id/a'>", "canonical_url", "structured"),
])
def test_every_field_records_its_source(head, field, source):
    item = extract(article_page(head=head), url="https://example.id/berita/x")
    assert set(item["field_sources"]) == set(FIELDS)
    assert item["field_sources"][field] == source
