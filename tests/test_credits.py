import pytest

from matra_crawler.normalize.credits import (
    extract_credits,
    parse_byline,
    parse_staff_line,
    split_names,
)

BODY = "Para camat di Provinsi Jambi perlu menjaga netralitas."
LAST = "Pasukan tersebut berasal dari unsur TNI dan pengamanan swakarsa masyarakat."


@pytest.mark.parametrize(
    "paragraphs, authors, editor, remaining",
    [
        # Matra closing credits
        ([BODY, f"{LAST} (Matra/AdeSM)."], ["AdeSM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (Matra/AdeSM)"], ["AdeSM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (Matra/Ade SM)."], ["Ade SM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (matra/adesm)."], ["adesm"], None, [BODY, LAST]),
        ([BODY, f"{LAST}(Matra/AdeSM)."], ["AdeSM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} ( Matra / AdeSM ) . "], ["AdeSM"], None, [BODY, LAST]),
        # "Red" = redaksi, the desk, not a person
        ([BODY, f"{LAST} (Matra/AdeSM/Red)."], ["AdeSM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (Ant/Rin/red)"], ["Rin"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (Matra/rls)."], [], None, [BODY, LAST]),
        # after a closing quote
        ([BODY, "“Kita harus siaga,”katanya. (Matra/AdeSM)."], ["AdeSM"], None, [BODY, "“Kita harus siaga,”katanya."]),
        # the credit alone in the last paragraph: paragraph removed
        ([BODY, LAST, "(Matra/AdeSM)."], ["AdeSM"], None, [BODY, LAST]),
        # "(*)" end marker: removed, no author
        ([BODY, f"{LAST} (*)"], [], None, [BODY, LAST]),
        ([BODY, f"{LAST} (*)."], [], None, [BODY, LAST]),
        ([BODY, LAST, "(*)"], [], None, [BODY, LAST]),
        ([BODY, "Pasukan berasal dari unsur TNI (*)"], [], None, [BODY, "Pasukan berasal dari unsur TNI"]),
        # staff lines: Tribun, Antara, jambidalamberita, infojambi, detail.id
        ([BODY, LAST, "Penulis: tribunjambi | Editor: Duanto AS"], ["tribunjambi"], "Duanto AS", [BODY, LAST]),
        ([BODY, LAST, "Pewarta: Nanang Mairiadi Editor : Syarif Abdullah"], ["Nanang Mairiadi"], "Syarif Abdullah", [BODY, LAST]),
        ([BODY, LAST, "Pewarta: Nanang Mairiadi\nEditor : Syarif Abdullah"], ["Nanang Mairiadi"], "Syarif Abdullah", [BODY, LAST]),
        ([BODY, LAST, "Pewarta: Nanang Mairiadi", "Editor: Syarif Abdullah"], ["Nanang Mairiadi"], "Syarif Abdullah", [BODY, LAST]),
        ([BODY, LAST, "Reporter : Yudi", "Editor : Kurniawan"], ["Yudi"], "Kurniawan", [BODY, LAST]),
        ([BODY, LAST, "PENULIS : Dedy Nurdin EDITOR : Rina"], ["Dedy Nurdin"], "Rina", [BODY, LAST]),
        ([BODY, LAST, "Reporter: Ahmad, Budi"], ["Ahmad", "Budi"], None, [BODY, LAST]),
        ([BODY, LAST, "Reporter: Ahmad dan Budi Santoso"], ["Ahmad", "Budi Santoso"], None, [BODY, LAST]),
        ([BODY, LAST, "Editor: Duanto AS"], [], "Duanto AS", [BODY, LAST]),
        ([BODY, LAST, "Wartawan: Aryo Tondang"], ["Aryo Tondang"], None, [BODY, LAST]),
        # staff line before the closing credit paragraph, and both forms together
        ([BODY, "Reporter: Ade SM", f"{LAST} (Matra/AdeSM)."], ["Ade SM", "AdeSM"], None, [BODY, LAST]),
        ([BODY, f"{LAST} (Matra/AdeSM).", "Editor: Rudi"], ["AdeSM"], "Rudi", [BODY, LAST]),
        ([BODY, f"{LAST} (Matra/AdeSM).", "Reporter: AdeSM"], ["AdeSM"], None, [BODY, LAST]),
        # nothing to extract
        ([BODY, LAST], [], None, [BODY, LAST]),
        ([], [], None, []),
    ],
)
def test_extract_credits(paragraphs, authors, editor, remaining):
    assert extract_credits(paragraphs) == (authors, editor, remaining)


@pytest.mark.parametrize(
    "last",
    [
        # prose mentioning an editor or a reporter is not a staff line
        "Editor majalah itu mengatakan, laporan tersebut sudah diverifikasi.",
        "Menurut editor: semua naskah diperiksa dua kali sebelum terbit ke publik setiap harinya.",
        "Reporter: wartawan senior yang meliput sejak tahun 1998 itu mengaku tidak pernah diintimidasi aparat.",
        "Ia bekerja sebagai reporter dan editor di media lokal.",
        # a slash in parentheses inside a sentence is not a credit
        "Kendaraan melaju dengan kecepatan 60 (km/jam)",
        "Harga cabai naik menjadi Rp 60 ribu (Rp/kg).",  # no sentence end before it
        "Rapat digelar Kamis (28/12/2023).",
        # a parenthesised star inside a sentence
        "Nilai (*) menandakan data sementara dan akan diperbarui.",
    ],
)
def test_extract_credits_leaves_prose_alone(last):
    assert extract_credits([BODY, last]) == ([], None, [BODY, last])


def test_staff_lines_outside_the_tail_window_stay():
    paragraphs = ["Editor: Duanto AS"] + [BODY] * 6
    assert extract_credits(paragraphs) == ([], None, paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Penulis: tribunjambi | Editor: Duanto AS", (["tribunjambi"], "Duanto AS")),
        ("Pewarta: Nanang Mairiadi Editor : Syarif Abdullah", (["Nanang Mairiadi"], "Syarif Abdullah")),
        ("Editor : Kurniawan", ([], "Kurniawan")),
        ("Oleh: Ade SM", (["Ade SM"], None)),
        ("Reporter: A, B", (["A", "B"], None)),
        ("Editor majalah itu mengatakan", None),
        ("Penulis:", None),
        ("Kata reporter: Ahmad", None),
    ],
)
def test_parse_staff_line(text, expected):
    assert parse_staff_line(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ahmad, Budi", ["Ahmad", "Budi"]),
        ("Ahmad dan Budi", ["Ahmad", "Budi"]),
        ("Ahmad & Budi", ["Ahmad", "Budi"]),
        ("Ahmad, Budi dan Citra", ["Ahmad", "Budi", "Citra"]),
        ("Duanto AS", ["Duanto AS"]),
        ("Ramdani", ["Ramdani"]),  # "dan" inside a name is not a separator
        ("", []),
    ],
)
def test_split_names(text, expected):
    assert split_names(text) == expected


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Written By MediaLintasSumatera on Jumat, 22 Oktober 2021 | 19.03", ["MediaLintasSumatera"]),
        ("Oleh: Ade SM", ["Ade SM"]),
        ("Oleh Ade SM", ["Ade SM"]),
        ("Penulis: Aryo Tondang", ["Aryo Tondang"]),
        ("Penulis : Aryo Tondang", ["Aryo Tondang"]),
        ("By Ade SM", ["Ade SM"]),
        ("by admin", ["admin"]),
        ("Posted by Redaksi", ["Redaksi"]),
        ("Penulis: tribunjambi | Editor: Duanto AS", ["tribunjambi"]),
        ("Pewarta: Nanang Mairiadi Editor : Syarif Abdullah", ["Nanang Mairiadi"]),
        ("Reporter : Yudi", ["Yudi"]),
        ("Reporter: Ahmad dan Budi", ["Ahmad", "Budi"]),
        ("Ade SM - Kamis, 28 Desember 2023 - 14:30 WIB", ["Ade SM"]),
        ("Ade SM | Jumat, 5 Januari 2024 | 09:15 WIB", ["Ade SM"]),
        ("Oleh Ade SM, Kamis 28 Desember 2023", ["Ade SM"]),
        ("Oleh: Ade SM 28/12/2023", ["Ade SM"]),
        ("  Ade SM  ", ["Ade SM"]),
        ("", []),
    ],
)
def test_parse_byline(byline, expected):
    assert parse_byline(byline) == expected
