"""The item schema: the compiled check the crawl runs and the reference
validator (jsonschema) must agree on every item, valid or not."""
from __future__ import annotations

import copy

import pytest

from matra_crawler.items import SCHEMA_VERSION, compiled_check, detailed_schema_errors, schema_errors

SHA = "ab" * 32
VALID = {
    "url": "https://medialintassumatera.net/2024/03/05/pemprov-jambi/",
    "canonical_url": "https://medialintassumatera.net/2024/03/05/pemprov-jambi/",
    "site": "matra", "source_name": "Media Lintas Sumatera", "title": "Pemprov Jambi",
    "body": "Gubernur Jambi membuka acara.\n\nAcara berlangsung meriah.",
    "published_at": "2024-03-05T09:15:00+07:00", "modified_at": None,
    "dateline": {"raw": "(Matra, Jambi) –", "place": "Jambi", "outlet": "Matra"},
    "authors": ["AdeSM"], "editor": None,
    "images": [{"url": "https://medialintassumatera.net/a.jpg", "caption": "Gubernur", "credit": None}],
    "categories": ["Daerah"], "tags": [], "language": "id", "word_count": 7,
    "content_sha256": SHA, "version": 1, "previous_sha256": None,
    "crawled_at": "2024-03-05T10:00:00+00:00",
    "warc": [{"filename": "matra/2024-03-05T100000.000.warc.gz", "offset": 0, "length": 812,
              "record_id": "<urn:uuid:0d4bd6a4-5a1e-4c1e-9f3b-2b1f0c6f7a10>",
              "payload_digest": "sha1:2EJLYGOTDJV6NVKU5AOEJ2THX6JHYCEC"}],
    "schema_version": SCHEMA_VERSION,
}


def changed(path: str, value=None, *, delete: bool = False) -> dict:
    item = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = item
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if delete:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return item


VALID_VARIANTS = [
    VALID,
    changed("dateline", None),
    changed("modified_at", "2024-03-06T08:00:00Z"),
    changed("published_at", "2024-03-05T09:15:00+08:00"),  # WITA stays WITA
    changed("previous_sha256", "cd" * 32),
    changed("images", []),
    changed("images.0.caption", None),
    changed("dateline.place", None),
    changed("editor", "Ade"),
    changed("language", None),
    changed("warc", None),   # no capture: `extract` of a saved page
    changed("warc.0.filename", "/srv/feeds/sample.warc.gz"),
]

INVALID = [
    ("missing field", changed("body", delete=True), "<item>"),
    ("unknown field", changed("extra", 1), "<item>"),
    ("empty title", changed("title", ""), "title"),
    ("date without offset", changed("published_at", "2024-03-05T09:15:00"), "published_at"),
    ("date only", changed("published_at", "2024-03-05"), "published_at"),
    ("bad modified", changed("modified_at", "kemarin"), "modified_at"),
    ("dateline missing raw", changed("dateline.raw", delete=True), "dateline"),
    ("dateline extra key", changed("dateline.city", "Jambi"), "dateline"),
    ("author not a string", changed("authors", [None]), "authors/0"),
    ("empty author", changed("authors", [""]), "authors/0"),
    ("image without url", changed("images.0.url", delete=True), "images/0"),
    ("image extra key", changed("images.0.alt", "x"), "images/0"),
    ("category number", changed("categories", [3]), "categories/0"),
    ("word count zero", changed("word_count", 0), "word_count"),
    ("word count float", changed("word_count", 7.5), "word_count"),
    ("short hash", changed("content_sha256", "abc"), "content_sha256"),
    ("version zero", changed("version", 0), "version"),
    ("bad previous hash", changed("previous_sha256", "XYZ"), "previous_sha256"),
    ("crawled_at not UTC", changed("crawled_at", "2024-03-05T17:00:00+07:00"), "crawled_at"),
    ("old schema version", changed("schema_version", 2), "schema_version"),
    ("no warc field", changed("warc", delete=True), "<item>"),
    ("empty warc list", changed("warc", []), "warc"),
    ("warc link without offset", changed("warc.0.offset", delete=True), "warc"),
    ("warc record id not a urn", changed("warc.0.record_id", "abc"), "warc"),
    ("warc digest not sha1 base32", changed("warc.0.payload_digest", "sha256:ab"), "warc"),
    ("not an object", ["a list"], "<item>"),
]


@pytest.mark.parametrize("item", VALID_VARIANTS)
def test_valid_items_pass_both_validators(item):
    compiled_check()(item)   # raises if the compiled check disagrees
    assert detailed_schema_errors(item) == []
    assert schema_errors(item) == []


@pytest.mark.parametrize("why,item,where", INVALID, ids=[case[0] for case in INVALID])
def test_invalid_items_fail_both_validators_with_a_message_naming_the_field(why, item, where):
    assert detailed_schema_errors(item), why
    errors = schema_errors(item)
    assert errors and errors == detailed_schema_errors(item)
    assert any(error.startswith(where) for error in errors), errors
