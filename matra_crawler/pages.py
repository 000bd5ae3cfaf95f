"""How fetched pages become one raw article: pure steps shared by the
spider and `extract --warc` (which re-runs them on archived responses)."""
from __future__ import annotations

from .urls import clean_url


def exported_url(response_url: str, article_url: str | None, redirected: bool,
                 ignored_query: tuple[str, ...] = ()) -> str:
    """The URL an article is exported and remembered under: the one
    discovery found, or the one it redirected to (a changed slug, a moved
    section), without the profile's ignored query (its fetch query), so
    that whichever of the two the next discovery shows leads to one
    article, not two."""
    if not redirected:
        return article_url or response_url
    return clean_url(response_url, ignored_query)


def append_page(first: dict, page: dict) -> dict:
    """A continuation page's text, photos and captures added to the first page's."""
    first["body"] = "\n\n".join(p for p in (first["body"], page["body"]) if p)
    # One photo once: a later page repeats the lead photo (og:image) without its caption.
    seen = {image["url"] for image in first["images"]}
    first["images"] += [i for i in page["images"] if i["url"] not in seen]
    if first.get("warc") is not None or page.get("warc") is not None:
        first["warc"] = (first.get("warc") or []) + (page.get("warc") or [])
    return first
