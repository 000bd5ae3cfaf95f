import re

import pytest

from matra_crawler.normalize.datelines import DATELINE_PATTERNS, split_dateline

REST = "Para camat di Provinsi Jambi perlu menjaga netralitas."


@pytest.mark.parametrize(
    "paragraph, raw, place, outlet, rest",
    [
        # Matra: en dash, em dash, hyphen, spacing variants
        (f"(Matra, Jambi) – {REST}", "(Matra, Jambi) –", "Jambi", "Matra", REST),
        (f"(Matra, Jambi) –  {REST}", "(Matra, Jambi) –", "Jambi", "Matra", REST),
        (f"(Matra, Jambi)–{REST}", "(Matra, Jambi)–", "Jambi", "Matra", REST),
        (f"(Matra, Jambi) — {REST}", "(Matra, Jambi) —", "Jambi", "Matra", REST),
        (f"(Matra, Jambi) - {REST}", "(Matra, Jambi) -", "Jambi", "Matra", REST),
        (f"(Matra,Jambi) -{REST}", "(Matra,Jambi) -", "Jambi", "Matra", REST),
        (f"(Matra, Jambi)\u00a0–\u00a0{REST}", "(Matra, Jambi)\u00a0–", "Jambi", "Matra", REST),
        (f"  (Matra, Jambi) – {REST}", "(Matra, Jambi) –", "Jambi", "Matra", REST),
        (f"(Matra, Tanjabbar) – {REST}", "(Matra, Tanjabbar) –", "Tanjung Jabung Barat", "Matra", REST),
        (f"(Matra, Muara Bulian) – {REST}", "(Matra, Muara Bulian) –", "Muara Bulian", "Matra", REST),
        (f"(Matra, Sungaipenuh) – {REST}", "(Matra, Sungaipenuh) –", "Sungai Penuh", "Matra", REST),
        # Tribun
        (f"TRIBUNJAMBI.COM, JAMBI - {REST}", "TRIBUNJAMBI.COM, JAMBI -", "Jambi", "TRIBUNJAMBI.COM", REST),
        (f"TRIBUNJAMBI.COM, MUARO JAMBI - {REST}", "TRIBUNJAMBI.COM, MUARO JAMBI -", "Muaro Jambi", "TRIBUNJAMBI.COM", REST),
        (f"MUARA BULIAN, TRIBUNJAMBI.COM - {REST}", "MUARA BULIAN, TRIBUNJAMBI.COM -", "Muara Bulian", "TRIBUNJAMBI.COM", REST),
        (f"TANJABTIM, TRIBUNJAMBI.COM - {REST}", "TANJABTIM, TRIBUNJAMBI.COM -", "Tanjung Jabung Timur", "TRIBUNJAMBI.COM", REST),
        # domain only: no place
        (f"JAMBERITA.COM–{REST}", "JAMBERITA.COM–", None, "JAMBERITA.COM", REST),
        (f"JAMBERITA.COM – {REST}", "JAMBERITA.COM –", None, "JAMBERITA.COM", REST),
        (f"INFOJAMBI.COM — {REST}", "INFOJAMBI.COM —", None, "INFOJAMBI.COM", REST),
        (f"JAMBIONE.COM - {REST}", "JAMBIONE.COM -", None, "JAMBIONE.COM", REST),
        (f"JAMBI-INDEPENDENT.CO.ID - {REST}", "JAMBI-INDEPENDENT.CO.ID -", None, "JAMBI-INDEPENDENT.CO.ID", REST),
        # domain + place
        (f"DETAIL.ID, Jambi – {REST}", "DETAIL.ID, Jambi –", "Jambi", "DETAIL.ID", REST),
        (f"JAMBIDALAMBERITA.ID, JAMBI – {REST}", "JAMBIDALAMBERITA.ID, JAMBI –", "Jambi", "JAMBIDALAMBERITA.ID", REST),
        (f"Tribunjambi.com, Kerinci - {REST}", "Tribunjambi.com, Kerinci -", "Kerinci", "Tribunjambi.com", REST),
        # place + domain, no spaces
        (f"JAMBI,DUASATU.NET-{REST}", "JAMBI,DUASATU.NET-", "Jambi", "DUASATU.NET", REST),
        (f"JAMBI, DUASATU.NET - {REST}", "JAMBI, DUASATU.NET -", "Jambi", "DUASATU.NET", REST),
        # the dateline alone in its paragraph
        ("(Matra, Jambi) –", "(Matra, Jambi) –", "Jambi", "Matra", ""),
    ],
)
def test_split_dateline(paragraph, raw, place, outlet, rest):
    dateline, remainder = split_dateline(paragraph)
    assert dateline == {"raw": raw, "place": place, "outlet": outlet}
    assert remainder == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jambi – kota yang terus berkembang menjadi pusat ekonomi di Sumatera.",
        "Jambi - Pemerintah Provinsi Jambi menggelar rapat koordinasi.",
        "Gubernur Jambi, H Al Haris (kanan) menjabat tangan para camat.",
        "Gubernur Jambi (kanan) menjabat tangan para camat.",
        "Gubernur Jambi (kanan) - menjabat tangan para camat.",
        "Pemilu 2024 - tahapan kampanye dimulai bulan depan.",
        "(Foto: Matra/KominfoJambi)",
        "(Foto : Matra/KominfoJambi). Para camat se-Provinsi Jambi.",
        "(Kiri ke kanan) Gubernur Jambi dan Wakil Gubernur Jambi.",
        "Kantor DPRD (Dewan Perwakilan Rakyat Daerah) - gedung itu direnovasi.",
        "KPU Jambi (Komisi Pemilihan Umum) – menetapkan daftar pemilih.",
        "Operasi Mantap Brata 2023 – 2024 tidak boleh dianggap remeh.",
        "Harapan tersebut mengemuka pada Rapat Koordinasi (Rakor) Camat se-Provinsi Jambi.",
        "“Para camat di Jambi harus bisa menjaga daerah dengan baik,”ujarnya.",
        "Dr.H Al Haris - Gubernur Jambi periode 2021-2024.",
        "Menurut TRIBUNJAMBI.COM, harga cabai naik.",  # domain not at the start
        "Laporan Wartawan Tribunjambi.com, Aryo Tondang",
        "Jangan Remeh",
        "",
    ],
)
def test_no_dateline(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


def test_custom_patterns_replace_the_defaults():
    site_pattern = re.compile(r"(?P<place>[A-Z]+)\s*\|\s*(?P<outlet>JAMBIKU)\s*:")
    paragraph = "BUNGO | JAMBIKU: Harga karet naik."
    assert split_dateline(paragraph) == (None, paragraph)
    dateline, rest = split_dateline(paragraph, patterns=[site_pattern, *DATELINE_PATTERNS])
    assert dateline == {"raw": "BUNGO | JAMBIKU:", "place": "Bungo", "outlet": "JAMBIKU"}
    assert rest == "Harga karet naik."
    # an empty pattern list finds nothing, even a Matra dateline
    assert split_dateline(f"(Matra, Jambi) – {REST}", patterns=[]) == (None, f"(Matra, Jambi) – {REST}")


def test_pattern_without_place_group_gives_place_none():
    pattern = re.compile(r"(?P<outlet>KABARJAMBI)\s*:")
    dateline, rest = split_dateline("KABARJAMBI: Isi berita.", patterns=[pattern])
    assert dateline == {"raw": "KABARJAMBI:", "place": None, "outlet": "KABARJAMBI"}
    assert rest == "Isi berita."


# "Place (OUTLET) -" only for the outlets a site's profile names.
PAREN_CASES = [
    (f"Jambi (ANTARA) - {REST}", "Jambi (ANTARA) -", "Jambi", "ANTARA", REST),
    (f"Jambi (ANTARA Jambi) - {REST}", "Jambi (ANTARA Jambi) -", "Jambi", "ANTARA Jambi", REST),
    (f"Sarolangun (ANTARA) - {REST}", "Sarolangun (ANTARA) -", "Sarolangun", "ANTARA", REST),
    (f"Kuala Tungkal (ANTARA) – {REST}", "Kuala Tungkal (ANTARA) –", "Kuala Tungkal", "ANTARA", REST),
    (f"JAMBI (SR28) - {REST}", "JAMBI (SR28) -", "Jambi", "SR28", REST),
    (f"TEBO (SR28) – {REST}", "TEBO (SR28) –", "Tebo", "SR28", REST),
]


@pytest.mark.parametrize("paragraph, raw, place, outlet, rest", PAREN_CASES)
def test_a_profiles_outlets_in_parentheses(paragraph, raw, place, outlet, rest):
    assert split_dateline(paragraph, outlets=(outlet.split()[0],)) == \
        ({"raw": raw, "place": place, "outlet": outlet}, rest)
    assert split_dateline(paragraph) == (None, paragraph)          # no profile names it
    assert split_dateline(paragraph, outlets=("KANTOR",)) == (None, paragraph)   # another outlet


def test_the_profiles_name_their_outlets():
    from matra_crawler.sites import get_profile
    from matra_crawler.sites.wordpress import wordpress_profile

    assert get_profile("antarajambi").dateline_outlets == ("ANTARA",)
    assert wordpress_profile("sr28jambinews").dateline_outlets == ("SR28",)
