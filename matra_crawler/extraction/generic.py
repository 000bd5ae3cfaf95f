"""The generic fallback: a body found without any site knowledge, and titles
freed of the site-name suffix CMSs append."""
from __future__ import annotations

import re

from .html import paragraphs

# trafilatura's output vocabulary: these start a paragraph, <lb/> breaks one,
# cells of a table row stay on one line.
TRAFILATURA_BLOCKS = frozenset(("p", "head", "quote", "item", "list", "row", "table", "code",
                                "div", "body", "doc", "main"))
TRAFILATURA_CELLS = frozenset(("cell",))
HIDDEN = ("script", "style", "template")


# trafilatura's fast mode (no readability/justext comparison) is as good as the
# full cascade on nearly every saved news page and takes 40% less time; where it
# is not, it has missed the article's paragraphs altogether. So: fast first, and
# the full cascade when the fast text holds under MIN_COVERAGE of the page's long
# paragraphs, or nearly all the page's text (MAX_PAGE_SHARE: its fallback dumped
# menus and all). Measured on the saved-page suites (benchmarks/).
MIN_COVERAGE = 0.15
MAX_PAGE_SHARE = 0.98
LONG_PARAGRAPH = 80  # characters: shorter <p> are often teasers, captions, labels
OPTIONS = dict(with_metadata=False, include_comments=False, include_tables=True, include_images=False,
               include_links=False, deduplicate=False)


def trafilatura_paragraphs(root, url: str) -> list[str]:
    """Body paragraphs found by trafilatura on the parsed page (it copies the
    tree, ours is left as it was). Empty when it finds nothing."""
    from trafilatura import bare_extraction  # heavy import: only when a page needs it

    def run(fast: bool) -> list[str]:
        try:
            document = bare_extraction(root, url=url, fast=fast, **OPTIONS)
        except Exception:  # trafilatura's own bugs must not stop a crawl
            return []
        if document is None or document.body is None:
            return []
        return paragraphs(document.body, blocks=TRAFILATURA_BLOCKS, breaks=frozenset({"lb"}),
                          spaced=TRAFILATURA_CELLS)

    found = run(fast=True)
    page_paragraphs = long_paragraphs(root)
    length = sum(map(len, found))
    # (the page's text is at least its long paragraphs: most pages need no count)
    if coverage(found, page_paragraphs) < MIN_COVERAGE or length >= MAX_PAGE_SHARE * sum(
            map(len, page_paragraphs)) and length >= MAX_PAGE_SHARE * page_text_length(root):
        found = run(fast=False) or found
    return found


def page_text_length(root) -> int:
    """Characters of text on the page, roughly (XPath does the bulk in C)."""
    body = root.find("body")
    if body is None:
        return 0
    total = body.xpath("string-length(normalize-space(.))")
    hidden = sum(len(" ".join("".join(e.itertext()).split())) for e in body.iter(*HIDDEN)
                 if not any(a.tag in HIDDEN for a in e.iterancestors()))  # a <template> holds <script>s
    return int(total) - hidden


def long_paragraphs(root) -> list[str]:
    texts = (" ".join("".join(p.itertext()).split()) for p in root.iter("p"))
    return [text for text in texts if len(text) > LONG_PARAGRAPH]


def coverage(found: list[str], page_paragraphs: list[str]) -> float:
    """Share of the page's long paragraphs (in characters) that the extraction holds."""
    total = sum(map(len, page_paragraphs))
    if not total:
        return 1.0
    text = " ".join(found)
    return sum(len(p) for p in page_paragraphs if p in text) / total


# --------------------------------------------------------------- titles
# " | ", " - ", " – ", " :: ", " » "... with spaces; a bare "|" too. A hyphen or
# dash inside a word ("COVID-19", "2023–2024") is no separator.
SEPARATORS = re.compile(r"\s+[-–—|:·»•~/]{1,2}\s+|\s*\|\s*")
NOT_WORD = re.compile(r"\W+")
DOMAIN_LIKE = re.compile(r"^[\w-]+(\.[\w-]+)*\.(com|net|org|id|co|info|news|tv|[a-z]{2})$", re.I)
SECOND_LEVEL = frozenset(("co", "com", "net", "org", "or", "ac", "go", "gov", "edu", "ne", "web"))


def squash(text: str) -> str:
    return NOT_WORD.sub("", text.lower())


def domain_label(host: str) -> str:
    """The name part of a host: jambi.example-news.com -> example-news, x.co.id -> x."""
    labels = host.lower().split(".")[:-1]  # the TLD names no site
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def is_site_name(text: str, site_names: list[str], host: str) -> bool:
    """Does this title piece name the site ("Wartajambi.com", "KANTOR News",
    "Warta Sepucuk", "DerStandard.at")? Compared without case, spaces
    or punctuation."""
    piece = squash(text)
    if not piece:
        return False
    if DOMAIN_LIKE.match(text.strip()):
        return True
    if any(piece == squash(name) for name in site_names if name):
        return True
    label = squash(domain_label(host))
    return piece == label or len(label) > 3 and (label in piece or (len(piece) > 3 and piece in label))


def strip_site_name(title: str, site_names: list[str], host: str) -> str:
    """A title without its " | Site" suffix (or "Site | " prefix) when that
    piece names the site; unchanged otherwise."""
    title = " ".join(title.split())
    pieces = SEPARATORS.split(title)
    if len(pieces) < 2:
        return title
    seps = SEPARATORS.findall(title)
    # Suffix: drop trailing pieces while they name the site ("Title - Region - Site" keeps Region).
    if is_site_name(pieces[-1], site_names, host):
        cut = title.rfind(seps[-1])
        return strip_site_name(title[:cut], site_names, host) if cut > 0 else title
    if is_site_name(pieces[0], site_names, host):
        return title[title.find(seps[0]) + len(seps[0]):].strip()
    return title
