"""Real-world patterns the generic path and the WordPress profiles meet,
each fixed generically (no site's name in the fix), on pages written for
the test in the manner of Indonesian WordPress portals."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from matra_crawler.extraction import extract_article
from matra_crawler.processing import process
from matra_crawler.sites.wordpress import Portal, profile_for

WORDPRESS = profile_for(Portal("kabar", "kabar.example", "Kabar Jambi", True))
STORY = ["Pemerintah Provinsi Jambi menggelar pasar murah di tujuh kecamatan untuk menekan harga bahan pokok "
         "menjelang hari raya, kata kepala dinas.",
         "Kegiatan itu berlangsung selama tiga hari dan diikuti oleh puluhan pedagang dari berbagai daerah di "
         "sekitar Kota Jambi."]
FETCHED = datetime(2026, 3, 1, tzinfo=timezone.utc)


def page(content: str, graph: dict | None = None) -> str:
    graph = graph or {"@type": "NewsArticle", "headline": "Pasar murah", "datePublished": "2026-02-20T09:00:00+07:00"}
    return (f"<html lang='id'><head><title>Pasar murah</title><script type='application/ld+json'>"
            f"{json.dumps(graph)}</script></head><body><article><h1 class='entry-title'>Pasar murah</h1>"
            f"<div class='entry-content'>{content}</div></article></body></html>")


@pytest.mark.parametrize("profile", [WORDPRESS, None], ids=["wordpress", "generic"])
def test_a_caption_in_a_plain_div_beside_its_picture_is_a_caption(profile):
    content = (f"<p>{STORY[0]}</p><div class='foto'><img src='/wp-content/uploads/pasar.jpg'>"
               "<div class='ket'>Warga antre di pasar murah. (Foto: Ist)</div></div><p>" + STORY[1] + "</p>")
    item = process(extract_article(page(content), "https://kabar.example/2026/02/20/pasar-murah/", profile,
                                   fetched_at=FETCHED))
    assert item["body"].split("\n\n") == STORY
    assert {"url": "https://kabar.example/wp-content/uploads/pasar.jpg", "caption": "Warga antre di pasar murah.",
            "credit": "Ist"} in item["images"]


def test_a_paragraph_beside_a_picture_is_no_caption():
    long_text = STORY[1] * 3   # longer than a caption
    content = f"<p>{STORY[0]}</p><div><img src='/a.jpg'><div>{long_text}</div></div>"
    item = process(extract_article(page(content), "https://kabar.example/2026/02/20/x/", WORDPRESS,
                                   fetched_at=FETCHED))
    assert long_text in item["body"]


@pytest.mark.parametrize("section, categories", [
    ("Daerah, Kesehatan", ["Daerah", "Kesehatan"]),          # Rank Math's one string
    (["Daerah", "Kesehatan"], ["Daerah", "Kesehatan"]),
    ("Daerah", ["Daerah"]),
])
def test_json_ld_article_section_joined_by_commas_is_several_categories(section, categories):
    graph = {"@type": "NewsArticle", "headline": "Pasar murah", "articleSection": section}
    content = "".join(f"<p>{p}</p>" for p in STORY)
    item = extract_article(page(content, graph), "https://kabar.example/2026/02/20/x/", None, fetched_at=FETCHED)
    assert item["categories"] == categories


@pytest.mark.parametrize("note", [
    "Artikel ini diperbarui pada Kamis, 20 Februari 2026 pukul 12.00 WIB.",
    "Artikel ini telah diperbaharui dengan keterangan dari kepala dinas.",
    "Update: jumlah kecamatan dikoreksi menjadi tujuh.",
])
def test_an_update_note_above_the_story_does_not_hide_its_dateline(note):
    content = f"<p>{note}</p><p>KABARJAMBI.COM, Jambi – {STORY[0]}</p><p>{STORY[1]}</p>"
    item = process(extract_article(page(content), "https://kabar.example/2026/02/20/x/", WORDPRESS,
                                   fetched_at=FETCHED))
    assert item["dateline"] == {"raw": "KABARJAMBI.COM, Jambi –", "place": "Jambi", "outlet": "KABARJAMBI.COM"}
    assert item["body"].split("\n\n") == [note, *STORY]


def test_a_sentence_about_an_update_is_no_note():
    content = f"<p>Pemerintah memperbarui data pada Kamis. KABARJAMBI.COM, Jambi – x</p><p>{STORY[1]}</p>"
    item = process(extract_article(page(content), "https://kabar.example/2026/02/20/x/", WORDPRESS,
                                   fetched_at=FETCHED))
    assert item["dateline"] is None
