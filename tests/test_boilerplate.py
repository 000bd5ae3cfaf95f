from pathlib import Path

import pytest

from matra_crawler.normalize.boilerplate import clean_text, split_caption_credit, strip_boilerplate
from matra_crawler.normalize.credits import extract_credits
from matra_crawler.normalize.datelines import split_dateline

P1 = "(Matra, Jambi) – Para camat di Provinsi Jambi perlu menjaga netralitas."
P2 = "Harapan tersebut mengemuka pada Rapat Koordinasi (Rakor) Camat se-Provinsi Jambi."
P3 = "“Para camat di Jambi harus bisa menjaga daerah dengan baik,”ujarnya."
HEADLINE = "Gubernur Al Haris Minta Camat Jaga Netralitas Jelang Pemilu 2024"
HEADLINE2 = "Polda Jambi Siagakan 2.036 Personel Amankan Pemilu"

COMMENT_FORM = [
    "Tinggalkan Balasan",
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Komentar",
    "Nama",
    "Email",
    "Situs Web",
    "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
    "Kirim Komentar",
]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # Baca Juga link paragraphs
        ([P1, f"Baca Juga: {HEADLINE}", P2], [P1, P2]),
        ([P1, f"Baca juga: {HEADLINE}", P2], [P1, P2]),
        ([P1, f"BACA JUGA: {HEADLINE}", P2], [P1, P2]),
        ([P1, f"Baca Juga : {HEADLINE}", P2], [P1, P2]),
        ([P1, f"Baca juga {HEADLINE}", P2], [P1, P2]),
        ([P1, f"Baca Juga: {HEADLINE}\nBaca Juga: {HEADLINE2}", P2], [P1, P2]),
        # bare heading takes exactly one headline with it
        ([P1, "Baca Juga:", HEADLINE, P2], [P1, P2]),
        ([P1, "BACA JUGA", HEADLINE, "Jangan Remeh", P2], [P1, "Jangan Remeh", P2]),
        # inline at the end of a paragraph
        ([f"{P3} Baca Juga: {HEADLINE}", P2], [P3, P2]),
        ([f"{P2} BACA JUGA: {HEADLINE}"], [P2]),
        # comment form and everything after it
        ([P1, P2, *COMMENT_FORM], [P1, P2]),
        ([P1, P2, "Tinggalkan Balasan Batalkan balasan", *COMMENT_FORM[1:]], [P1, P2]),
        ([P1, P2, "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"], [P1, P2]),
        ([P1, P2, "Alamat email Anda tidak akan dipublikasikan.\nRuas yang wajib ditandai *"], [P1, P2]),
        ([P1, P2, "2 tanggapan untuk “Camat Diminta Netral”", "Budi berkata: Setuju.", "Balas", *COMMENT_FORM], [P1, P2]),
        ([P1, P2, "tinggalkan balasan"], [P1, P2]),
        # share / subscribe
        ([P1, "Bagikan:", P2], [P1, P2]),
        ([P1, "Share this:", "Facebook", "Twitter", "WhatsApp", P2], [P1, P2]),
        ([P1, "Bagikan ini:", "Klik untuk berbagi di Facebook (Membuka di jendela yang baru)", P2], [P1, P2]),
        ([P1, "Klik untuk berbagi di WhatsApp", P2], [P1, P2]),
        ([P1, "Bagikan ke WhatsApp", P2], [P1, P2]),
        ([P1, "Berita Terkini, Eksklusif di Whatsapp + Gabung", P2], [P1, P2]),
        ([P1, "Ikuti kami di Google News", P2], [P1, P2]),
        ([P1, "Simak berita dan artikel lainnya di Google News", P2], [P1, P2]),
        ([P1, "Cek Berita dan Artikel yang lain di Google News", P2], [P1, P2]),
        ([P1, "Cek berita harga cabai di pasar sebelum berbelanja, kata dia.", P2],
         [P1, "Cek berita harga cabai di pasar sebelum berbelanja, kata dia.", P2]),
        ([P1, "Suka ini:", "Memuat...", P2], [P1, P2]),
        # comment counter
        ([P1, "| ada 0 komentar", P2], [P1, P2]),
        (["Jumat, 5 Januari 2024 | ada 0 komentar", P1], [P1]),
        # ads
        ([P1, "Advertisement", P2], [P1, P2]),
        ([P1, "ADVERTISEMENT", P2], [P1, P2]),
        ([P1, "- Advertisement -", P2], [P1, P2]),
        ([P1, "Scroll untuk melanjutkan", P2], [P1, P2]),
        ([P1, "SCROLL TO CONTINUE WITH CONTENT", P2], [P1, P2]),
        # related lists
        ([P1, P2, "Berita Terkait", HEADLINE, HEADLINE2], [P1, P2]),
        ([P1, P2, "Artikel Terkait:", HEADLINE, HEADLINE2], [P1, P2]),
        ([P1, P2, "Related posts", HEADLINE, HEADLINE2], [P1, P2]),
        ([P1, "Berita Terkait", HEADLINE, P2], [P1, P2]),  # the run stops at prose
        # "(*)" end marker, then related headlines (jamberita)
        ([P1, f"{P2} (*)", HEADLINE, HEADLINE2], [P1, f"{P2} (*)"]),
        ([P1, f"{P2} (*)", HEADLINE, "Editor: Rudi"], [P1, f"{P2} (*)", "Editor: Rudi"]),
        ([P1, f"{P2} (*)", HEADLINE, *COMMENT_FORM], [P1, f"{P2} (*)"]),
        # ... but prose after the marker keeps everything
        ([P1, f"{P2} (*)", HEADLINE, P3], [P1, f"{P2} (*)", HEADLINE, P3]),
        # blank paragraphs go
        ([P1, "", "  \u00a0", P2], [P1, P2]),
    ],
)
def test_strip_boilerplate(paragraphs, expected):
    assert strip_boilerplate(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # the same words in prose stay
        "Baca juga laporan BPK tahun lalu, katanya.",
        "Warga diminta membaca juga peraturan daerah yang baru.",
        "Ia mengajak masyarakat membagikan informasi ini ke WhatsApp keluarga agar waspada.",
        "Komentar warga di media sosial beragam, sebagian mendukung kebijakan itu.",
        "Editor majalah itu mengatakan, laporan tersebut sudah diverifikasi.",
        "Iklan rokok dilarang dipasang di sekitar sekolah, kata Wali Kota Jambi.",
        "Advertisement yang dipasang di jalan protokol harus berizin.",
        "Pihaknya akan meninggalkan balasan resmi atas surat tersebut.",
        "Tinggalkan balasan yang sopan, pesan admin grup itu kepada warga.",
        "Berita terkait penangkapan itu sudah beredar sejak pagi.",
        "Share saham daerah di BUMD itu mencapai 51 persen.",
        "Ada 0 komentar dari pejabat terkait hingga berita ini diturunkan, kata warga.",
        "Jangan Remeh",
        "Para camat se-Provinsi Jambi pada Rakor Camat, Kamis (28/12/2023). (Foto : Matra/KominfoJambi).",
        "Nilai (*) menandakan data sementara.",
    ],
)
def test_strip_boilerplate_keeps_prose(paragraph):
    assert strip_boilerplate([P1, paragraph, P2]) == [P1, paragraph, P2]


def test_strip_boilerplate_returns_what_it_keeps_cleaned():
    messy = "Gubernur\u00a0Jambi  membuka\u200b acara\tdi  Kota Jambi. "
    decomposed = "Kafe\u0301 itu ramai."   # e + combining acute: NFC makes one character
    assert strip_boilerplate([messy, "Baca\u00a0Juga:  Judul Lain", decomposed]) == \
        ["Gubernur Jambi membuka acara di Kota Jambi.", "Kaf\u00e9 itu ramai."]


def test_inline_read_also_needs_a_headline():
    # text after "Baca Juga:" that reads as sentences is not cut
    paragraph = f"{P3} Baca juga: Peraturan daerah itu. Semua warga wajib tahu."
    assert strip_boilerplate([paragraph]) == [paragraph]


CAPTION = "Gubernur Jambi, H Al Haris (kanan) menjabat tangan para camat, Kamis (28/12/2023)."


@pytest.mark.parametrize(
    "caption, text, credit",
    [
        (f"{CAPTION} (Foto : Matra/KominfoJambi).", CAPTION, "Matra/KominfoJambi"),
        (f"{CAPTION} (Foto: Matra/KominfoJambi)", CAPTION, "Matra/KominfoJambi"),
        (f"{CAPTION} (FOTO: ANTARA/Nanang Mairiadi)", CAPTION, "ANTARA/Nanang Mairiadi"),
        (f"{CAPTION} (foto: antara/nanang mairiadi)", CAPTION, "antara/nanang mairiadi"),
        (f"{CAPTION} (Foto : Dok. Matra)", CAPTION, "Dok. Matra"),
        (f"{CAPTION} (Dok. Matra)", CAPTION, "Dok. Matra"),
        (f"{CAPTION} (Ist)", CAPTION, "Ist"),
        (f"{CAPTION} (Istimewa).", CAPTION, "Istimewa"),
        (f"{CAPTION} (TRIBUNJAMBI.COM/ARYO TONDANG)", CAPTION, "TRIBUNJAMBI.COM/ARYO TONDANG"),
        (f"{CAPTION} (Matra/KominfoJambi)", CAPTION, "Matra/KominfoJambi"),
        (f"{CAPTION} Foto: Istimewa", CAPTION, "Istimewa"),
        (f"{CAPTION} Foto: Istimewa.", CAPTION, "Istimewa"),
        (f"{CAPTION} Foto/Tribunjambi.com/Aryo Tondang", CAPTION, "Tribunjambi.com/Aryo Tondang"),
        (f"Foto/Tribunjambi.com/Aryo Tondang - {CAPTION}", CAPTION, "Tribunjambi.com/Aryo Tondang"),
        (f"Foto: Istimewa | {CAPTION}", CAPTION, "Istimewa"),
        (f"FOTO: ANTARA/Nanang Mairiadi\n{CAPTION}", CAPTION, "ANTARA/Nanang Mairiadi"),
        ("Foto: Istimewa", "", "Istimewa"),
        # a long "Foto:" opener is the caption itself, not a credit prefix
        ("Foto: Gubernur Jambi Al Haris menjabat tangan para camat pada rakor di ruang pola - Kamis",
         "Foto: Gubernur Jambi Al Haris menjabat tangan para camat pada rakor di ruang pola - Kamis", None),
    ],
)
def test_split_caption_credit(caption, text, credit):
    assert split_caption_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    "caption",
    [
        CAPTION,  # ends with a date in parentheses, no credit
        "Rapat koordinasi camat se-Provinsi Jambi (kanan).",
        "Para camat berfoto bersama usai rakor",
        "Kendaraan melaju 60 (km/jam) di jalan lintas",
    ],
)
def test_split_caption_credit_without_credit(caption):
    assert split_caption_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("(Matra, Jambi) –\u00a0 Para camat", "(Matra, Jambi) – Para camat"),
        ("Para\u200bcamat\ufeff di Jambi", "Paracamat di Jambi"),
        ("  Para   camat\tdi Jambi  ", "Para camat di Jambi"),
        ("Pewarta: X \n Editor: Y", "Pewarta: X\nEditor: Y"),
        ("A\n\n\n\nB", "A\n\nB"),
        ("A\r\nB", "A\nB"),
        ("ka\u0301mis", "k\u00e1mis"),  # NFC
        ("Provi\u00adnsi", "Provinsi"),  # soft hyphen
        ("\u202fJambi\u2009 kota", "Jambi kota"),
        # faithful: typos, glued quotes and spaces before punctuation stay
        ("adil,”ujarnya.", "adil,”ujarnya."),
        ("Provisnsi Jambi , kata dia .", "Provisnsi Jambi , kata dia ."),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # ZWJ inside emoji kept
        ("", ""),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


# --- the seed article ------------------------------------------------------
# tests/replica/data/seed_matra.txt is the plain page text of a real Matra
# article, kept in the repo so CI depends on nothing outside it.

SEED = Path(__file__).parent / "replica" / "data" / "seed_matra.txt"


@pytest.fixture
def seed_paragraphs():
    text = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_seed_strip_boilerplate_drops_only_the_comment_form(seed_paragraphs):
    assert seed_paragraphs[-2:] == [
        "Tinggalkan Balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    ]
    assert strip_boilerplate(seed_paragraphs) == seed_paragraphs[:-2]


def test_seed_captions_dateline_and_credit(seed_paragraphs):
    article = strip_boilerplate(seed_paragraphs)

    # In the page text the captions are the paragraphs carrying "(Foto : ...)";
    # the HTML layer knows them by markup, here we pick them by that label.
    captions = [p for p in article if "(Foto" in p]
    assert len(captions) == 2
    for caption in captions:
        text, credit = split_caption_credit(caption)
        assert credit == "Matra/KominfoJambi"
        assert text.endswith("Kamis (28/12/2023).")

    body = [p for p in article if p not in captions]
    dateline, first = split_dateline(body[0])
    assert dateline == {"raw": "(Matra, Jambi) –", "place": "Jambi", "outlet": "Matra"}
    assert first.startswith("Para camat di Provinsi Jambi perlu menjaga netralitas")
    # no other paragraph opens with a dateline
    assert all(split_dateline(p)[0] is None for p in article if p != body[0])

    authors, editor, remaining = extract_credits(body)
    assert authors == ["AdeSM"]
    assert editor is None
    assert remaining[-1].endswith("swakarsa masyarakat.")
    assert remaining[:-1] == body[:-1]
    assert "Jangan Remeh" in remaining
