"""Reporter/editor credits at the end of an article, and bylines.

Two forms close Jambi articles:
- a closing credit glued to the last paragraph: "... masyarakat. (Warta/AdeSM)."
  (outlet / reporter initials), or the bare end marker "(*)";
- staff lines: "Penulis: wartadesk | Editor: Nama Editor",
  "Pewarta: Nama Wartawan Editor : Nama Editor", "Reporter : Yudi".
"""

import re

AUTHOR_LABELS = ("penulis", "pewarta", "reporter", "wartawan", "oleh")
EDITOR_LABELS = ("editor", "penyunting", "redaktur")
_LABEL = re.compile(
    r"\b(?P<label>" + "|".join(AUTHOR_LABELS + EDITOR_LABELS) + r")\s*:",
    re.IGNORECASE,
)

# How far from the end staff lines are looked for.
STAFF_LINE_WINDOW = 5
# A staff field holds names, not sentences: longer values mean prose.
_MAX_NAME_WORDS = 8

# Segments of a closing credit that are desk markers, not people:
# "(Warta/AdeSM/Red)" -> red(aksi) = the editorial desk; rls = press release.
CREDIT_ROLE_MARKERS = {"red", "redaksi", "rls", "rilis", "adv", "advertorial"}

# "(Warta/AdeSM)." at the very end, after a sentence end (or alone), so a
# unit like "60 (km/jam)." inside a sentence is not a credit.
_CLOSING_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"\u201d\u2019'])\s*)"
    r"\(\s*(?P<outlet>[A-Za-z][\w.]*)\s*/\s*(?P<names>[^()]+?)\s*\)\s*\.?\s*$"
)
# "(*)" closing a paragraph is always the end marker, whatever precedes it.
_END_MARKER = re.compile(r"\s*\(\s*\*\s*\)\s*\.?\s*$")

_NAME_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:dan|and)\s+|\s*&\s*", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """'A, B' / 'A dan B' / 'A & B' -> ['A', 'B'].

    Known cost: academic titles after a comma ("Ahmad, SH") split off too;
    reporters' credits rarely carry them.
    """
    return [name for name in (n.strip(" .;|") for n in _NAME_SEPARATORS.split(text)) if name]


def parse_staff_line(text: str) -> tuple[list[str], str | None] | None:
    """(authors, editor) when `text` is made only of staff fields, else None.

    "Penulis: wartadesk | Editor: Nama Editor" -> (["wartadesk"], "Nama Editor").
    Prose that mentions an editor ("Editor majalah itu mengatakan ...")
    is not a staff line: it must open with "Label:" and every value must be
    a few words at most.
    """
    stripped = text.strip()
    labels = list(_LABEL.finditer(stripped))
    if not labels or labels[0].start() != 0:
        return None
    authors: list[str] = []
    editor = None
    for label, following in zip(labels, labels[1:] + [None]):
        end = following.start() if following else len(stripped)
        value = stripped[label.end():end].strip(" \t\n|;")
        if not value or len(value.split()) > _MAX_NAME_WORDS:
            return None
        if label["label"].casefold() in EDITOR_LABELS:
            editor = editor or value
        else:
            authors.extend(split_names(value))
    return authors, editor


def _closing_credit_names(names: str) -> list[str]:
    segments = [s.strip() for s in names.split("/")]
    return [s for s in segments if s and s.casefold() not in CREDIT_ROLE_MARKERS]


def extract_credits(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(authors, editor, remaining paragraphs) from the end of an article body.

    Staff-line paragraphs among the last STAFF_LINE_WINDOW leave the body;
    then a closing credit or "(*)" marker is cut from the last paragraph
    (which is dropped if nothing else is left in it). Authors keep their
    spelling and are deduplicated in order: staff lines first, then credit.
    """
    authors: list[str] = []
    editor = None
    window_start = max(0, len(paragraphs) - STAFF_LINE_WINDOW)
    remaining = list(paragraphs[:window_start])
    for paragraph in paragraphs[window_start:]:
        staff = parse_staff_line(paragraph)
        if staff is None:
            remaining.append(paragraph)
            continue
        authors.extend(staff[0])
        editor = editor or staff[1]

    if remaining:
        last = remaining[-1]
        credit = _CLOSING_CREDIT.search(last)
        if credit:
            authors.extend(_closing_credit_names(credit["names"]))
            last = last[: credit.start()]
        else:
            last = _END_MARKER.sub("", last)
        last = last.rstrip()
        if last:
            remaining[-1] = last
        else:
            remaining.pop()

    return list(dict.fromkeys(authors)), editor, remaining


# Role words that open a byline: "Written By", "Oleh:", "Penulis :", "By".
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:written\s+by|posted\s+by|ditulis\s+oleh|diposting\s+oleh|by|"
    + "|".join(AUTHOR_LABELS)
    + r")\b\s*:?\s*",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Where the name part of a byline ends: " on <date>", " | ...", " - ...",
# ", Kamis ...", a date, or another staff label ("Editor: ...").
_BYLINE_END = re.compile(
    r"\s+(?:on|pada)\s+|\s*[|\u2022\u00b7]|\s+[-\u2013\u2014]\s+|,?\s*\b" + _WEEKDAY + r"\b"
    r"|,?\s*\b\d{1,4}[\s/.-]|\s*\b(?:" + "|".join(EDITOR_LABELS) + r")\s*:",
    re.IGNORECASE,
)


def parse_byline(text: str) -> list[str]:
    """Author names from a byline, without role words and dates.

    "Written By WartaSepucuk on Jumat, 22 Oktober 2021 | 19.03"
    -> ["WartaSepucuk"]; "Oleh: Ade SM" -> ["Ade SM"]. An editor
    part ("| Editor: X") is not an author and is dropped.
    """
    names = _BYLINE_PREFIX.sub("", text, count=1)
    end = _BYLINE_END.search(names)
    if end:
        names = names[: end.start()]
    return split_names(names)
