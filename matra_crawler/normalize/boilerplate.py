"""Paragraph-level boilerplate net, photo-credit split and whitespace cleanup.

The HTML layer drops most boilerplate by selector; this catches what text
extraction lets through. Every rule matches a whole short paragraph (or a
clearly delimited tail of one), so article prose that merely uses the same
words ("Baca juga laporan BPK ...", "komentar warga ...") stays.
"""

import re
import unicodedata

from matra_crawler.normalize.credits import parse_staff_line

# --- clean_text -------------------------------------------------------------

# Invisible characters that only break matching. ZWJ/ZWNJ (U+200D/U+200C)
# are kept: they are meaningful inside emoji sequences.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
# nbsp, narrow nbsp, figure space, the U+2000 block spaces, ideographic space, tab.
_HORIZONTAL_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(s: str) -> str:
    """NFC, visible spaces only, runs of spaces collapsed, ends trimmed.

    Line breaks survive (a staff block "Pewarta: X\\nEditor: Y" keeps its
    shape) but never more than one blank line. Nothing else is touched:
    typos and glued quotes ('adil,”ujarnya') are the article's text.
    """
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _HORIZONTAL_SPACE.sub(" ", s)
    s = re.sub(r" ?\n ?", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()


def _norm(paragraph: str) -> str:
    return clean_text(paragraph).casefold()


# --- headline-like lines ----------------------------------------------------

_MAX_HEADLINE_WORDS = 20


def _is_headline_like(paragraph: str) -> bool:
    """A related-story title: short, and not a sentence ending in a period.

    Staff lines ("Editor: X") are short too but carry data: never headlines.
    """
    text = clean_text(paragraph)
    return (
        bool(text)
        and len(text.split()) <= _MAX_HEADLINE_WORDS
        and not text.endswith(".")
        and parse_staff_line(text) is None
    )


# --- rules --------------------------------------------------------------

# Start of the WordPress id_ID comment block: everything from here on goes
# (the form, its labels, and visitor comments with their "Balas" links).
_COMMENT_BLOCK_START = [
    re.compile(r"(?:tinggalkan balasan|tinggalkan komentar|leave a reply|leave a comment)"
               r"(?: batalkan balasan)?"),
    re.compile(r"alamat email anda tidak akan dipublikasikan\..*", re.DOTALL),
    # Comment list title of core themes: "2 tanggapan untuk “Judul”", "3 Komentar".
    re.compile(r"(?:\d+|satu) (?:tanggapan|komentar)(?: untuk .{0,200})?", re.DOTALL),
]

# Whole-paragraph drops (matched against the casefolded, cleaned paragraph).
_DROP_LINES = [re.compile(p) for p in (
    # share / follow / subscribe
    r"(?:bagikan|bagikan ini|bagikan artikel ini|share|share this|sebarkan|suka ini|menyukai ini|like this)\s*:?",
    r"klik untuk (?:berbagi|membagikan|mencetak|mengirim|email)\b.{0,80}",
    r"(?:bagikan|share) (?:ke|via|di) (?:whatsapp|facebook|twitter|telegram|x|line|linkedin)\b.{0,40}",
    r"berita terkini,? eksklusif di whatsapp.{0,40}",
    r"ikuti (?:kami|kami di|berita|saluran|update|channel)\b.{0,80}(?:google news|whatsapp|telegram|instagram|facebook|youtube|tiktok).{0,40}",
    # "Simak berita ... di Google News", "Cek Berita dan Artikel yang lain di Google News"
    r"(?:simak|cek) (?:berita|update|artikel|informasi|kabar)\b.{0,100}(?:google news|whatsapp|telegram).{0,40}",
    r"(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|tweet|print|cetak|memuat\.{0,3})",
    # comment counters: "| ada 0 komentar", "Jumat, 5 Januari 2024 | ada 0 komentar"
    r".{0,80}\|\s*ada \d+ komentar",
    # ad slots
    r"[-\u2013\u2014 ]*(?:advertisement|iklan|scroll untuk melanjutkan|scroll to continue(?: with content)?)[-\u2013\u2014 ]*",
)]

# "Baca Juga: <headline>" link paragraphs. With a colon they are always
# links; without one only a short headline-like paragraph counts, so prose
# like "Baca juga laporan BPK tahun lalu, katanya." stays.
_READ_ALSO = re.compile(r"baca (?:juga|pula)\b\s*(?P<colon>[:\uff1a])?\s*(?P<rest>.*)", re.DOTALL)
# Inline at the end of a paragraph, after a finished sentence.
_INLINE_READ_ALSO = re.compile(
    r"(?<=[.!?\"\u201d\u2019])\s+baca (?:juga|pula)\s*:\s*(?P<headline>[^\n]+?)\s*$",
    re.IGNORECASE,
)

# Headings of related-story lists: the heading and the run of short
# headline-like paragraphs after it go.
_RELATED_HEADING = re.compile(
    r"(?:related posts?|berita terkait|artikel terkait|baca berita lainnya|berita lainnya|"
    r"berita lain|terpopuler|berita populer)\s*:?"
)

# "(*)" end marker as the tail of a paragraph.
_END_MARKER = re.compile(r"\(\s*\*\s*\)\s*\.?$")


def _is_comment_block_start(norm: str) -> bool:
    return any(p.fullmatch(norm) for p in _COMMENT_BLOCK_START)


def _is_drop_line(norm: str) -> bool:
    return any(p.fullmatch(norm) for p in _DROP_LINES)


def _strip_inline_read_also(paragraph: str) -> str:
    match = _INLINE_READ_ALSO.search(paragraph)
    if match and _is_headline_like(match["headline"]):
        return paragraph[: match.start()]
    return paragraph


def _comment_block_index(norms: list[str]) -> int:
    for index, norm in enumerate(norms):
        if _is_comment_block_start(norm):
            return index
    return len(norms)


def _related_tail_only(tail: list[str]) -> bool:
    """True when `tail` holds no article prose: only related headlines,
    boilerplate lines, staff lines and blanks."""
    return all(
        not _norm(p) or _is_headline_like(p) or _is_drop_line(_norm(p)) or parse_staff_line(p)
        for p in tail
    )


def strip_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop boilerplate paragraphs; the kept ones are returned cleaned
    (clean_text, once per paragraph), and only an inline trailing
    "Baca Juga: <headline>" is cut off them.

    Decisions:
    - the comment block ("Tinggalkan Balasan" ...) ends the article: it
      and everything after it go;
    - after a paragraph ending in the "(*)" end marker, following
      headline-like lines (related stories) go, but only if no article
      prose follows the marker; staff lines there are kept for
      extract_credits;
    - a related-list heading ("Berita Terkait", "Related posts") goes with
      the run of headline-like lines right after it; a bare "Baca Juga:"
      heading takes only the one headline after it, so a subheading
      further down survives.
    """
    paragraphs = [clean_text(p) for p in paragraphs]
    norms = [p.casefold() for p in paragraphs]
    paragraphs = paragraphs[: _comment_block_index(norms)]
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        paragraph, norm = paragraphs[i], norms[i]
        i += 1
        if not norm or _is_drop_line(norm):
            continue
        read_also = _READ_ALSO.match(norm)
        if read_also and not read_also["rest"]:
            if i < len(paragraphs) and _is_headline_like(paragraphs[i]):
                i += 1
            continue
        if read_also and (read_also["colon"] or _is_headline_like(read_also["rest"])):
            continue
        if _RELATED_HEADING.fullmatch(norm):
            while i < len(paragraphs) and _is_headline_like(paragraphs[i]):
                i += 1
            continue
        kept.append(_strip_inline_read_also(paragraph))
        if _END_MARKER.search(norm) and _related_tail_only(paragraphs[i:]):
            kept.extend(p for p in paragraphs[i:] if parse_staff_line(p))
            break
    return kept


# --- captions ---------------------------------------------------------------

_CAPTION_CREDIT_SUFFIX = [
    # "... (Foto : Warta/HumasJambi).", "(FOTO: KANTOR/Nama Fotografer)"
    re.compile(r"\(\s*(?i:foto|photo)\s*[:/]\s*(?P<credit>[^()]+?)\s*\)\s*\.?\s*$"),
    # "(Foto : Dok. Warta)" is covered above; bare "(Dok. Warta)", "(Ist)", "(Istimewa)"
    re.compile(r"\(\s*(?P<credit>(?i:dok(?:umentasi)?\.?|ist(?:imewa)?\b)[^()]*?)\s*\)\s*\.?\s*$"),
    # "(WARTAJAMBI.COM/NAMA FOTOGRAFER)", "(Warta/HumasJambi)": outlet/name
    re.compile(r"\(\s*(?P<credit>[A-Z][\w.-]+\s*/\s*[^()/]+?(?:/[^()]+?)?)\s*\)\s*\.?\s*$"),
    # "... Kamis (28/12/2023). Foto: Istimewa", "... Foto/Wartajambi.com/X"
    re.compile(r"(?:(?<=[.!?\"\u201d\u2019)])\s+|\s+[-\u2013\u2014|]\s+|^)"
               r"(?i:foto|photo)\s*[:/]\s*(?P<credit>[^()\n]{1,60}?)\s*\.?\s*$"),
]
# "Foto/Wartajambi.com/X - Gubernur ..." or "Foto: Istimewa | Gubernur ...":
# a prefix credit needs a separator, or we could not tell where it ends.
_CAPTION_CREDIT_PREFIX = re.compile(
    r"^\s*(?i:foto|photo)\s*[:/]\s*(?P<credit>[^\n]{1,60}?)\s*(?:\s[-\u2013\u2014|]\s|\n)\s*"
)


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """(caption text, photo credit) — credit without its "Foto:" label.

    "... Kamis (28/12/2023). (Foto : Warta/HumasJambi)."
    -> ("... Kamis (28/12/2023).", "Warta/HumasJambi").
    No credit found: (caption, None), caption unchanged.
    """
    match = _CAPTION_CREDIT_PREFIX.match(caption)
    if match:
        return caption[match.end():].strip(), match["credit"].strip()
    for pattern in _CAPTION_CREDIT_SUFFIX:
        match = pattern.search(caption)
        if match:
            return caption[: match.start()].strip(), match["credit"].strip()
    return caption, None
