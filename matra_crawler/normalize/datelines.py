"""Split the dateline ("(Outlet, Jambi) –") off the body's first paragraph.

What makes an opening a dateline rather than a sentence is an outlet token
right before the dash: a domain ("WARTAJAMBI.COM"), an outlet the site's
profile names in parentheses after the place ("Jambi (KANTOR)"), or a
parenthesised "(Outlet, Place)" pair. A capitalised word and a dash alone
("Jambi – kota yang ...", "Pemilu 2024 - ...") is never enough.

Each style is one compiled pattern in DATELINE_PATTERNS, anchored at the
paragraph start and ending at the dash, with named groups `outlet` and
(optionally) `place`. A caller can pass its own list via `patterns=`.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from matra_crawler.normalize.places import canonical_place

# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2015]"

# 1-4 capitalised words: "Jambi", "JAMBI", "MUARA BULIAN", "Tanjung Jabung Barat".
# Letters only, so "Pemilu 2024" is not a place.
_PLACE = r"(?P<place>[A-Z][^\W\d_]*(?:\s[A-Z][^\W\d_]*){0,3})"

# A news site's host name: "WARTAJAMBI.COM", "KABAR.ID", "kabar.net".
# Limited to TLDs the press uses so an abbreviation like "Dr.H" never counts.
_DOMAIN = (
    r"(?P<outlet>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
    r"\.(?i:com|id|net|org|co|info|news|online|site|web|tv|xyz|biz))"
    r"(?![A-Za-z0-9])"
)

# "Place (OUTLET) -" counts only for the outlets a site profile names
# (SiteProfile.dateline_outlets): an arbitrary word in parentheses
# ("Gubernur Jambi (kanan) ...") must not.
def _paren_outlet_pattern(outlets: tuple[str, ...]) -> re.Pattern:
    outlet = (r"(?P<outlet>(?i:" + "|".join(map(re.escape, outlets)) + r")"
              r"(?:\s[A-Z][^\W\d_]*)?)")  # "KANTOR Jambi": an agency's regional desk
    return re.compile(_PLACE + r"\s*\(\s*" + outlet + r"\s*\)\s*" + _DASH)


DATELINE_PATTERNS: list[re.Pattern] = [
    # "(Outlet, Jambi) –", "(Outlet, Tanjabbar) –"
    re.compile(r"\(\s*(?P<outlet>[A-Z][\w.]*)\s*,\s*" + _PLACE + r"\s*\)\s*" + _DASH),
    # "WARTAJAMBI.COM, JAMBI -", "KABAR.ID, Jambi –"
    re.compile(_DOMAIN + r"\s*,\s*" + _PLACE + r"\s*" + _DASH),
    # "MUARA BULIAN, WARTAJAMBI.COM -", "JAMBI,KABAR.NET-"
    re.compile(_PLACE + r"\s*,\s*" + _DOMAIN + r"\s*" + _DASH),
    # "WARTAJAMBI.COM–", "KABAR.COM —" (no place)
    re.compile(_DOMAIN + r"\s*" + _DASH),
]


@lru_cache(maxsize=64)
def dateline_patterns(outlets: tuple[str, ...] = ()) -> list[re.Pattern]:
    """The shared patterns, plus "Place (OUTLET) -" for a site's named
    outlets ("Jambi (KANTOR) -", "Jambi (KANTOR Jambi) -")."""
    if not outlets:
        return DATELINE_PATTERNS
    return [*DATELINE_PATTERNS[:3], _paren_outlet_pattern(tuple(outlets)), *DATELINE_PATTERNS[3:]]


# An editor's note above the story ("Artikel ini diperbarui pada ...",
# "Update: ..."): the dateline opens the paragraph after it.
UPDATE_NOTE = re.compile(r"\(?\s*(?:(?:artikel|berita|tulisan) ini (?:telah |sudah )?(?:di-?perbaharui|di-?perbarui|"
                         r"di-?update|mengalami (?:perubahan|pembaruan))|(?:update|pembaruan|diperbarui)\s*:)", re.I)


def is_update_note(paragraph: str) -> bool:
    return UPDATE_NOTE.match(paragraph.strip()) is not None


def split_dateline(
    paragraph: str, patterns: Iterable[re.Pattern] | None = None, outlets: tuple[str, ...] = ()
) -> tuple[dict | None, str]:
    """Return ({"raw", "place", "outlet"}, rest) or (None, paragraph).

    raw is the dateline as written up to and including its dash; rest is
    the paragraph after it, leading spaces removed (empty when the dateline
    stood alone). place is canonical (see places.canonical_place) or None.
    """
    start = len(paragraph) - len(paragraph.lstrip())
    for pattern in dateline_patterns(tuple(outlets)) if patterns is None else patterns:
        match = pattern.match(paragraph, start)
        if not match:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        dateline = {
            "raw": match.group(0).strip(),
            "place": canonical_place(place) if place else None,
            "outlet": " ".join(groups["outlet"].split()),
        }
        return dateline, paragraph[match.end():].lstrip()
    return None, paragraph
