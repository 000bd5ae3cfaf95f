"""Site quirks are profile data, read by the shared extraction: extra
story-text classes, the outlet name of a profile that has none."""
from __future__ import annotations

from dataclasses import replace

from matra_crawler.extraction import extract_article
from matra_crawler.sites import Selectors, SiteProfile

STORY = "Isi berita yang cukup panjang untuk menjadi satu paragraf cerita yang nyata. " * 2
# A date inside the story text dates something else; the header's is the article's.
PAGE = f"""<html lang="id"><head><title>Judul</title><meta property="og:site_name" content="Warta Sepucuk"></head>
<body><h1>Judul</h1>
<div class="isi-kabar"><p>{STORY}</p><div class="kabar-meta"><time datetime="2020-01-01T00:00:00+07:00">x</time></div>
<p>{STORY}</p></div></body></html>"""
PROFILE = SiteProfile(name="warta", source_name="", base_url="https://warta.example/",
                      selectors=Selectors(body="div.isi-kabar"))


def time_dates(profile):
    item = extract_article(PAGE, "https://warta.example/a", profile)
    return [c["value"] for c in item["date_candidates"] if c["source"] == "time"]


def test_text_classes_mark_story_text_without_a_body_selector():
    generic = replace(PROFILE, selectors=Selectors())
    # unknown to the shared rules, the story's own <time> passes for the header's
    assert time_dates(generic) == ["2020-01-01T00:00:00+07:00"]
    assert time_dates(replace(generic, text_classes=("isi-kabar",))) == []
    assert time_dates(PROFILE) == []   # the body selector says it too


def test_a_profile_without_an_outlet_name_takes_the_pages_own():
    assert extract_article(PAGE, "https://warta.example/a", PROFILE)["source_name"] == "Warta Sepucuk"
    bare = PAGE.replace('<meta property="og:site_name" content="Warta Sepucuk">', "")
    assert extract_article(bare, "https://warta.example/a", PROFILE)["source_name"] == "warta"
    named = replace(PROFILE, source_name="Warta Jambi")
    assert extract_article(PAGE, "https://warta.example/a", named)["source_name"] == "Warta Jambi"
