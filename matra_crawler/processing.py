"""What happens to an extracted article before export, one pure step each.

Extraction (matra_crawler.extraction) turns a page into a *raw* article:
the item's fields as the page shows them, plus working fields that do not
reach the feed:

    date_candidates  [{"field", "source", "value"}], best source first
    fetched_at       ISO 8601 UTC time the page was fetched
    field_sources    {"title": "profile" | "structured" | "generic" | None, ...}
                     for every field (extraction.article.FIELDS)
    utc_offset       the site's own offset ("+07:00"), None when unknown
    dateline_outlets the site's "Place (OUTLET) -" outlets (its profile's)
    selector_version which of the profile's selector versions read the page

Each step below takes and returns that dict (or raises Dropped). STEPS is
their one order: the crawl's ProcessingPipeline (pipelines.py) and the
`extract` command both run `process`, so a saved page and a crawled page
come out identical.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from .items import REQUIRED_FIELDS, SCHEMA_VERSION, export_fields, schema_errors
from .normalize.boilerplate import clean_text, split_caption_credit, strip_boilerplate
from .normalize.credits import extract_credits
from .normalize.datelines import is_update_note, split_dateline
from .normalize.dates import offset_tz, resolve_dates

WORD = re.compile(r"\w+")
# What the incremental state records with an item beyond its fields (the
# CMS's post id, the date discovery showed). finalize keeps them under this
# key; the StatePipeline takes them off, so no feed ever holds them.
STATE_NOTES = "_state"


class Dropped(Exception):
    """The article cannot be exported; `reason` is a short stats key."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def paragraphs(item: dict) -> list[str]:
    return [p for p in (item.get("body") or "").split("\n\n") if p.strip()]


def set_paragraphs(item: dict, paras: list[str]) -> None:
    item["body"] = "\n\n".join(paras)


def remove_boilerplate(item: dict) -> dict:
    """Text-level boilerplate (what the HTML layer let through) leaves the body;
    photo credits leave the captions."""
    set_paragraphs(item, strip_boilerplate(paragraphs(item)))  # cleans what it keeps
    images = []
    for image in item.get("images") or []:
        caption, credit = split_caption_credit(clean_text(image.get("caption") or ""))
        images.append({"url": image["url"], "caption": caption or None,
                       "credit": image.get("credit") or credit})
    item["images"] = images
    return item


def take_dateline(item: dict) -> dict:
    """The opening "(Outlet, Jambi) –" leaves the body for `dateline`; an
    editor's update note above it stays, the dateline is the next paragraph's."""
    paras = paragraphs(item)
    dateline = None
    first = 1 if len(paras) > 1 and is_update_note(paras[0]) else 0
    if paras:
        dateline, rest = split_dateline(paras[first], outlets=tuple(item.get("dateline_outlets") or ()))
        if dateline:
            paras = paras[:first] + ([rest] if rest.strip() else []) + paras[first + 1:]
    item["dateline"] = dateline
    set_paragraphs(item, paras)
    return item


def take_credits(item: dict) -> dict:
    """Closing credit and staff lines leave the body for `authors`/`editor`.

    A credit in the text names the reporter; it beats the CMS account that
    structured data names (often "admin" or the outlet itself)."""
    authors, editor, paras = extract_credits(paragraphs(item))
    item["authors"] = authors or list(item.get("authors") or [])
    item["editor"] = editor or item.get("editor")
    set_paragraphs(item, paras)
    return item


def resolve_published(item: dict) -> dict:
    """Best stated dates, shown in the site's own offset when it is known."""
    fetched_at = datetime.fromisoformat(item["fetched_at"]) if item.get("fetched_at") \
        else datetime.now(timezone.utc)
    item["published_at"], item["modified_at"] = resolve_dates(
        item.get("date_candidates") or [], fetched_at=fetched_at, local_tz=offset_tz(item.get("utc_offset")))
    return item


def finalize(item: dict) -> dict:
    """Derived fields, working fields out, the schema's field order."""
    body = item.get("body") or ""
    item["word_count"] = len(WORD.findall(body))
    item["content_sha256"] = hashlib.sha256(body.encode("utf-8")).hexdigest()
    fetched = item.get("fetched_at")
    crawled = datetime.fromisoformat(fetched) if fetched else datetime.now(timezone.utc)
    item["crawled_at"] = crawled.astimezone(timezone.utc).isoformat(timespec="seconds")
    item["canonical_url"] = item.get("canonical_url") or item.get("url")
    item["schema_version"] = SCHEMA_VERSION
    # A first export; the state pipeline says otherwise when it knows better.
    defaults = {"authors": [], "images": [], "categories": [], "tags": [], "version": 1}
    final = {name: item.get(name, defaults.get(name)) for name in export_fields()}
    notes = {name: item[name] for name in ("post_id", "discovered_modified") if item.get(name)}
    if notes:
        final[STATE_NOTES] = notes
    return final


def validate(item: dict) -> dict:
    """Drop what a feed must not hold: a missing required field, or a schema break."""
    for name in REQUIRED_FIELDS:
        if not item.get(name):
            raise Dropped(f"missing_{name}", item.get("url") or "")
    notes = item.pop(STATE_NOTES, None)
    errors = schema_errors(item)
    if notes:
        item[STATE_NOTES] = notes
    if errors:
        raise Dropped("schema_invalid", f"{item.get('url')}: {errors[0]}")
    return item


# The order matters: the dateline is read from the first paragraph once the
# boilerplate is gone, credits from the last; the schema checks the final item.
STEPS = (remove_boilerplate, take_dateline, take_credits, resolve_published, finalize, validate)


def process(item: dict) -> dict:
    """A raw article through every step of STEPS: the final item (or Dropped)."""
    for step in STEPS:
        item = step(item)
    return item
