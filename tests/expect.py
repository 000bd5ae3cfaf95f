"""Ground-truth checks shared by every site's end-to-end tests: a crawl's
exported items against the replica's expected items (each replica module's
`expected_item`)."""
from __future__ import annotations

from datetime import datetime

from matra_crawler.items import detailed_schema_errors

# Fields compared to the letter; the dates go by instant and offset (DATES).
COMPARED = ("url", "canonical_url", "title", "body", "dateline", "authors", "editor", "images",
            "categories", "tags", "language", "content_sha256")
DATES = ("published_at", "modified_at")


def same_instant_and_offset(got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got == want
    return datetime.fromisoformat(got) == datetime.fromisoformat(want) and got[-6:] == want[-6:]


def never_modified_either_is_right(got: dict, want: dict) -> bool:
    """A page that was never modified states dateModified == datePublished (or
    nothing): the truth says None, an item may say None or its published_at."""
    return want["modified_at"] is None and got["modified_at"] in (None, got["published_at"])


def check_items(items: list[dict], expected: list[dict], compared: tuple[str, ...] = COMPARED, *,
                dates: tuple[str, ...] = DATES, unmodified_as_published: bool = True) -> None:
    """Every expected article exported exactly once, schema-valid, with its truth:
    each field in `compared` equal to the letter, each in `dates` the same
    instant with the same offset. With `unmodified_as_published`, a modified_at
    the truth leaves None may also be the item's published_at."""
    urls = [item["url"] for item in items]
    assert len(urls) == len(set(urls)), "an article was exported twice"
    by_url = {item["url"]: item for item in items}
    assert sorted(by_url) == sorted(e["url"] for e in expected)
    for want in expected:
        got = by_url[want["url"]]
        assert detailed_schema_errors(got) == [], (want["url"], detailed_schema_errors(got))
        unmodified = unmodified_as_published and never_modified_either_is_right(got, want)
        for name in compared:
            if name == "modified_at" and unmodified:
                continue
            assert got[name] == want[name], f"{want['url']}: {name}: {got[name]!r} != {want[name]!r}"
        for name in dates:
            if name == "modified_at" and unmodified:
                continue
            assert same_instant_and_offset(got[name], want[name]), (want["url"], name, got[name], want[name])


def expected_items(replica_module, site, articles=None) -> list[dict]:
    """`replica_module.expected_item(site, article)` for `articles`, by default
    every article of `site`."""
    return [replica_module.expected_item(site, a) for a in (site.articles if articles is None else articles)]
