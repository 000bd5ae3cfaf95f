import pytest

from matra_crawler.normalize.places import JAMBI_PLACES, canonical_place


@pytest.mark.parametrize(
    "name, expected",
    [
        # the city of Jambi is "Jambi" (Matra dateline "(Matra, Jambi)")
        ("Jambi", "Jambi"),
        ("JAMBI", "Jambi"),
        ("jambi", "Jambi"),
        ("Kota Jambi", "Jambi"),
        ("KOTA JAMBI", "Jambi"),
        ("KotaJambi", "Jambi"),  # typo in the seed's second caption
        ("  Jambi \n", "Jambi"),
        # Sungai Penuh: bare city name, never Kerinci
        ("Sungai Penuh", "Sungai Penuh"),
        ("Sungaipenuh", "Sungai Penuh"),
        ("SUNGAI PENUH", "Sungai Penuh"),
        ("Kota Sungai Penuh", "Sungai Penuh"),
        ("Sungai  Penuh", "Sungai Penuh"),
        ("Kerinci", "Kerinci"),
        ("KERINCI", "Kerinci"),
        ("Kabupaten Kerinci", "Kerinci"),
        # Tanjung Jabung Barat / Timur
        ("TANJABBAR", "Tanjung Jabung Barat"),
        ("Tanjabbar", "Tanjung Jabung Barat"),
        ("Tanjab Barat", "Tanjung Jabung Barat"),
        ("Tanjabar", "Tanjung Jabung Barat"),
        ("tanjung jabung barat", "Tanjung Jabung Barat"),
        ("Kab. Tanjabbar", "Tanjung Jabung Barat"),
        ("Tanjabtim", "Tanjung Jabung Timur"),
        ("TANJABTIM", "Tanjung Jabung Timur"),
        ("Tanjab Timur", "Tanjung Jabung Timur"),
        ("Tanjung Jabung Timur", "Tanjung Jabung Timur"),
        # Muaro Jambi
        ("Muarojambi", "Muaro Jambi"),
        ("MUARO JAMBI", "Muaro Jambi"),
        ("Muaro Jambi", "Muaro Jambi"),
        ("Muara Jambi", "Muaro Jambi"),
        ("Kabupaten Muaro Jambi", "Muaro Jambi"),
        # the rest
        ("Batanghari", "Batanghari"),
        ("Batang Hari", "Batanghari"),
        ("BATANGHARI", "Batanghari"),
        ("Bungo", "Bungo"),
        ("Kab Bungo", "Bungo"),
        ("Merangin", "Merangin"),
        ("MERANGIN", "Merangin"),
        ("Sarolangun", "Sarolangun"),
        ("Tebo", "Tebo"),
        ("TEBO", "Tebo"),
        # unknown: as written, trimmed; ALL CAPS title-cased
        ("PALEMBANG", "Palembang"),
        ("MUARA BULIAN", "Muara Bulian"),  # a town, not mapped to Batanghari
        ("Muara Bulian", "Muara Bulian"),
        ("Kuala Tungkal", "Kuala Tungkal"),
        ("  Jakarta  ", "Jakarta"),
        ("Jakarta   Pusat", "Jakarta Pusat"),
        ("Kota Palembang", "Kota Palembang"),  # prefix kept when not in gazetteer
        ("Kabupaten Bogor", "Kabupaten Bogor"),
        ("dKI Jakarta", "dKI Jakarta"),  # mixed case: not re-cased
        ("Provinsi Jambi", "Provinsi Jambi"),
    ],
)
def test_canonical_place(name, expected):
    assert canonical_place(name) == expected


def test_gazetteer_has_the_eleven_regencies_and_cities():
    assert len(JAMBI_PLACES) == 11


@pytest.mark.parametrize("canonical", sorted(JAMBI_PLACES))
def test_every_canonical_name_maps_to_itself_in_any_case(canonical):
    assert canonical_place(canonical) == canonical
    assert canonical_place(canonical.upper()) == canonical
    assert canonical_place(canonical.lower()) == canonical
