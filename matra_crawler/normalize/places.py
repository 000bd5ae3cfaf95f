"""Jambi gazetteer: one canonical spelling per regency/city.

Canonical names are the bare place names as Jambi datelines use them,
without "Kabupaten"/"Kota": the city of Jambi is "Jambi" (so the
dateline "(Outlet, Jambi)" gives "Jambi"), the city of Sungai Penuh is
"Sungai Penuh" (its own city, distinct from the Kerinci regency around it).
A dateline "Jambi" cannot tell the city from the province, so both stay
"Jambi".

Towns that are not regency/city names (Muara Bulian, Kuala Tungkal, Bangko,
Muara Sabak ...) are NOT mapped to their regency: the dateline names the
town and we keep that information.
"""

import re

# canonical name -> spellings seen in the press (case and spaces don't
# matter, see _key). The canonical name itself always matches.
JAMBI_PLACES: dict[str, tuple[str, ...]] = {
    "Jambi": ("Kota Jambi", "KotaJambi"),
    "Sungai Penuh": ("Kota Sungai Penuh", "Sungaipenuh"),
    "Batanghari": ("Batang Hari",),
    "Bungo": (),
    "Kerinci": (),
    "Merangin": (),
    "Muaro Jambi": ("Muarojambi", "Muara Jambi"),
    "Sarolangun": (),
    "Tanjung Jabung Barat": ("Tanjabbar", "Tanjab Barat", "Tanjabar", "Tanjab Bar"),
    "Tanjung Jabung Timur": ("Tanjabtim", "Tanjab Timur", "Tanjab Tim"),
    "Tebo": (),
}

# "Kabupaten Bungo", "Kab. Bungo", "Kab Bungo" name the same place as "Bungo".
_ADMIN_PREFIX = re.compile(r"^(?:kabupaten|kab\.?)\s*", re.IGNORECASE)


def _key(name: str) -> str:
    # Spaces are dropped entirely so "Muarojambi" == "Muaro Jambi" and
    # "Tanjab Barat" == "TanjabBarat"; no two Jambi names collide this way.
    return "".join(name.split()).casefold()


_ALIASES: dict[str, str] = {}
for _canonical, _spellings in JAMBI_PLACES.items():
    for _spelling in (_canonical, *_spellings):
        _ALIASES[_key(_spelling)] = _canonical


def canonical_place(name: str) -> str:
    """Canonical gazetteer name for `name`, else `name` as written.

    Unknown names are whitespace-trimmed and folded, and only re-cased when
    written ALL CAPS (datelines shout: "MUARA BULIAN" -> "Muara Bulian").
    Known cost: an all-caps acronym inside an unknown name is title-cased
    too ("DKI JAKARTA" -> "Dki Jakarta"). Mixed-case names are kept as is.
    """
    written = " ".join(name.split())
    without_prefix = _ADMIN_PREFIX.sub("", written)
    for candidate in (written, without_prefix):
        canonical = _ALIASES.get(_key(candidate))
        if canonical:
            return canonical
    if written.isupper():
        return written.title()
    return written
