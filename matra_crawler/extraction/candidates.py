"""Date candidates that need more than reading one field: WordPress REST
hints, a more precise statement of the same moment, htmldate's last guess.

Parsing the values is normalize.dates' job (processing.resolve_published);
here they are only gathered and ordered, best first.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

OFFSET_WITHOUT_COLON = re.compile(r"([+-]\d\d)(\d\d)$")


def htmldate_guess(root, url: str) -> str | None:
    """htmldate's quick guess (markup and URL only, no free-text search, so no
    event date from the story): the last resort for a page that states no date
    where we look. It copies the tree it is given."""
    from htmldate import find_date  # trafilatura imports it already

    try:
        found = find_date(root, url=url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S%z")
    except Exception:  # a heuristic library must not stop a crawl
        return None
    if not found:
        return None
    found = OFFSET_WITHOUT_COLON.sub(r"\1:\2", found)
    return found.removesuffix("T00:00:00")  # midnight without zone: it only knew the day


def iso_moment(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def precise_first(candidates: list[dict]) -> list[dict]:
    """When the best candidate of a field is a bare day ("2024-04-22") or a time
    without offset, and a later one states the same day with a time, or the
    same clock time with an offset, the later one goes first: same moment,
    more of it stated (the offset is the page's, not our WIB default)."""
    for field in ("published_at", "modified_at"):
        indexed = [(i, c, iso_moment(c["value"])) for i, c in enumerate(candidates) if c["field"] == field]
        if not indexed or indexed[0][2] is None:
            continue
        first_index, first, moment = indexed[0]
        date_only = len(first["value"].strip()) == 10
        if moment.tzinfo is not None and not date_only:
            continue
        for index, candidate, other in indexed[1:]:
            if other is None or other.tzinfo is None or len(candidate["value"].strip()) == 10:
                continue
            same = (other.date() == moment.date()) if date_only else \
                (other.replace(tzinfo=None, second=0, microsecond=0) == moment.replace(second=0, microsecond=0))
            if same:
                candidates = candidates[:first_index] + [candidate] + \
                    [c for i, c in enumerate(candidates[first_index:], first_index) if i != index]
                break
    return candidates


def rest_date_candidates(hints: dict) -> list[dict]:
    """WordPress REST dates: `date` is site-local without an offset and
    `date_gmt` is UTC; together they give the local time with its offset."""
    candidates = []
    for field, local_key, gmt_key in (("published_at", "date", "date_gmt"),
                                      ("modified_at", "modified", "modified_gmt")):
        value = with_offset(hints.get(local_key), hints.get(gmt_key))
        if value:
            candidates.append({"field": field, "source": "rest", "value": value})
    return candidates


def with_offset(local: str | None, gmt: str | None) -> str | None:
    """"2023-12-28T14:30:00" + gmt "2023-12-28T07:30:00" -> "2023-12-28T14:30:00+07:00"."""
    try:
        local_time = datetime.fromisoformat(local) if local else None
        gmt_time = datetime.fromisoformat(gmt) if gmt else None
    except ValueError:
        return local or gmt
    if local_time and local_time.tzinfo:
        return local_time.isoformat()
    if local_time and gmt_time:
        minutes = round((local_time - gmt_time.replace(tzinfo=None)).total_seconds() / 60)
        return local_time.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat()
    if gmt_time:
        return gmt_time.replace(tzinfo=gmt_time.tzinfo or timezone.utc).isoformat()
    return local
