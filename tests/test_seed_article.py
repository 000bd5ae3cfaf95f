"""The seed article (real Matra text) must come out clean from its replica page.

The replica renders the seed as WordPress would (captions, ads, Baca Juga,
share buttons, comment form around it); extraction plus the processing steps
the crawl runs must give back exactly the article the seed file shows.
"""
from datetime import datetime, timezone
from pathlib import Path

import pytest

from matra_crawler.extraction import extract_article
from matra_crawler.processing import process
from matra_crawler.sites import MATRA
from tests.replica import matra

SEED = Path(__file__).parent / "replica" / "data" / "seed_matra.txt"
BASE = "http://127.0.0.1:8000"


def seed_article_parts():
    """The seed's paragraphs, taken apart by hand-checked positions:
    0 lead caption, 1 dateline + first paragraph, 8 mid-body caption,
    last two the comment form; the last body paragraph carries the credit."""
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    captions = [paragraphs[0], paragraphs[8]]
    comment_form = paragraphs[-2:]
    body = paragraphs[1:8] + paragraphs[9:-2]
    assert body[0].startswith("(Matra, Jambi) – ") and body[-1].endswith(" (Matra/AdeSM).")
    body[0] = body[0][len("(Matra, Jambi) – "):]
    body[-1] = body[-1][:-len(" (Matra/AdeSM).")]
    return body, captions, comment_form


@pytest.fixture(scope="module")
def seed_item():
    article = next(a for a in matra.ARTICLES if "seed" in a.get("quirks", ()))
    site = matra.build_site()
    site.bind(BASE)
    page = site(matra.article_path(article)).body
    item = extract_article(page, BASE + matra.article_path(article), MATRA,
                           fetched_at=datetime(2026, 11, 27, tzinfo=timezone.utc))
    return process(item)


def test_body_is_exactly_the_seed_article(seed_item):
    body, _, _ = seed_article_parts()
    assert seed_item["body"].split("\n\n") == body
    assert "Jangan Remeh" in seed_item["body"].split("\n\n")   # the subheading stays, alone


def test_captions_go_to_images_with_their_credit(seed_item):
    _, captions, _ = seed_article_parts()
    assert [i["caption"] for i in seed_item["images"]] == \
        [c[:-len(" (Foto : Matra/KominfoJambi).")] for c in captions]
    assert all(c.endswith(" (Foto : Matra/KominfoJambi).") for c in captions)
    assert [i["credit"] for i in seed_item["images"]] == ["Matra/KominfoJambi"] * 2


def test_credit_and_dateline(seed_item):
    assert seed_item["authors"] == ["AdeSM"]
    assert seed_item["dateline"] == {"raw": "(Matra, Jambi) –", "place": "Jambi", "outlet": "Matra"}


def test_no_comment_form_text(seed_item):
    _, _, comment_form = seed_article_parts()
    for line in comment_form + ["Kirim Komentar", "Simpan nama", "Komentar", "Situs Web"]:
        assert line not in seed_item["body"]


def test_event_date_in_body_is_not_the_publication_time(seed_item):
    # "Kamis (28/12/2023)" is in the text; the page's own time is 15:42 WIB.
    assert seed_item["published_at"] == "2023-12-28T15:42:00+07:00"
