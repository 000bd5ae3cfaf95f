"""Person names out of author fields and bylines, in the languages news pages use.

Splitting and byline parsing are normalize.credits' (Indonesian credits);
this adds what pages in other languages write ("von", "und") and leaves out
what is clearly no person's name.
"""
from __future__ import annotations

import re

from ..normalize.boilerplate import clean_text
from ..normalize.credits import parse_byline

# Byline words in other languages than credits.parse_byline knows (by, oleh...).
FOREIGN_BY = re.compile(r"^\s*(von|par|por|door|af|av|przez|texto|text)\b\s*:?\s*", re.I)
FOREIGN_AND = re.compile(r"\s+(?:und|og|och|en|et|y)\s+", re.I)
NOT_A_PERSON = re.compile(r"^(admin|administrator|editor|staff|webmaster|null|none|unknown)$", re.I)
INITIALS_SUFFIX = re.compile(r"\s*\([\w.]{1,6}\)$")  # "Elena Oberholzer (obe)"
# Longer is a role or affiliation split off a credit ("Professor at the Faculty
# of Human and Social Studies"), not a name: names run to four or five words.
MAX_NAME_WORDS = 6


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, no digits: "Jemima Kelly", not "capital von X"."""
    words = name.split()
    return 2 <= len(words) <= 4 and not any(c.isdigit() for c in name) and all(w[0].isupper() for w in words)


def byline_names(texts: list[str]) -> list[str]:
    """Person names from byline texts ("von A und B, 5. Mai", "Oleh: A dan B")."""
    return clean_names(parse_byline(FOREIGN_BY.sub("", text)) for text in texts)


def clean_names(groups) -> list[str]:
    """Flattened, deduplicated names; what is clearly no person's name is left
    out (a URL, a number, "admin", a role of many words), and "Name (abc)"
    loses its desk initials.
    "A und B" splits too (credits.split_names knows "dan", "and", "&", ",")."""
    names = []
    for group in groups:
        for name in (part for name in group for part in FOREIGN_AND.split(name)):
            name = INITIALS_SUFFIX.sub("", clean_text(name)).strip(" .,:;-–—|")
            if name and len(name) <= 80 and len(name.split()) <= MAX_NAME_WORDS and any(c.isalpha() for c in name) \
                    and not NOT_A_PERSON.match(name) and "://" not in name:
                names.append(name)
    return list(dict.fromkeys(names))
