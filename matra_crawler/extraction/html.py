"""HTML plumbing: decode bytes, parse once, read paragraphs and captions.

Everything here works on an lxml tree and never raises on bad markup: a
news page is whatever the CMS (or a proxy) sent.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree, html as lxml_html

# --------------------------------------------------------------- decoding
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml ... encoding="x"?>: all spell the label after "charset=" or "encoding=".
DECLARED = re.compile(rb"""<(?:meta|\?xml)[^>]*?(?:charset|encoding)\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# WHATWG: pages labelled latin-1 or ASCII are decoded as windows-1252 by every browser.
ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
           "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "windows-1252": "cp1252"}


def declared_encoding(data: bytes) -> str | None:
    """The charset the page declares in its head (first 4 KB), if Python knows it."""
    found = DECLARED.search(data[:4096])
    return known_codec(found.group(1).decode("ascii", "ignore")) if found else None


def known_codec(label: str | None) -> str | None:
    if not label:
        return None
    label = ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Text of a page: a BOM decides; bytes that are valid UTF-8 (with any
    non-ASCII) are UTF-8 whatever the label says (pages re-saved as UTF-8 keep
    their old meta charset; other encodings are almost never valid UTF-8 by
    chance); else the transport's `encoding`, the page's declaration, and
    finally UTF-8, or windows-1252 when the bytes are clearly not UTF-8."""
    if isinstance(data, str):
        return data
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = known_codec(encoding) or declared_encoding(data) or "utf-8"
    if codec != "utf-8":
        return data.decode(codec, errors="replace")
    return decode_utf8_or_cp1252(data)


def decode_utf8_or_cp1252(data: bytes) -> str:
    """Invalid UTF-8: a few bad bytes in a UTF-8 page are replaced; bytes that
    break UTF-8 more often than they use it are a windows-1252 page (often
    labelled utf-8 by its server)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    if broken > multibyte:
        return data.decode("cp1252", errors="replace")
    return text


# --------------------------------------------------------------- parsing
PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              collect_ids=False, default_doctype=False)


# Characters XML (hence lxml, when text is set back) refuses: C0 controls but
# tab and newlines, and lone surrogates. A corrupt page has them.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def parse_html(text: str):
    """The page as an lxml tree (<html> root), or None when nothing parses."""
    text = NOT_XML.sub(" ", text or "")
    if not text.strip():
        return None
    try:
        # Bytes with an explicit parser encoding: no "encoding declaration in a
        # Unicode string" error.
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    return root


def text_of(element) -> str:
    """All text of an element as a reader sees it: inline pieces joined as they
    stand ("Kicker<span>:</span> Title"), blocks apart, whitespace folded."""
    return " ".join(paragraphs(element)) if element is not None else ""


@lru_cache(maxsize=512)
def compiled(css: str):
    """A CSS selector as compiled XPath (translating it costs more than running it);
    None for a selector cssselect cannot read."""
    from lxml.cssselect import CSSSelector

    try:
        return CSSSelector(css, translator="html")
    except Exception:  # cssselect raises several types for bad selectors
        return None


def select(root, css: str) -> list:
    """Elements matching a CSS selector; an invalid selector matches nothing."""
    selector = compiled(css) if css else None
    return selector(root) if selector is not None else []


def remove(element) -> None:
    """Take an element out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# --------------------------------------------------------------- paragraphs
# Elements that start a new paragraph; everything else is inline text.
BLOCKS = frozenset("""p div h1 h2 h3 h4 h5 h6 blockquote li ul ol dl dt dd pre section article
    header footer aside main nav figure figcaption table thead tbody tfoot tr td th caption
    address hr form fieldset details summary center""".split())
SKIP = frozenset(("script", "style", "noscript", "template", "svg", "button", "select",
                  "option", "textarea", "iframe", "object", "embed", "video", "audio", "canvas"))


def paragraphs(element, blocks: frozenset = BLOCKS, breaks: frozenset = frozenset({"br"}),
               spaced: frozenset = frozenset()) -> list[str]:
    """Paragraphs of a body element: one per block (p, h2, li, blockquote, a div's
    own text...), inline text as it stands with whitespace folded to single
    spaces; <br> breaks a paragraph; `spaced` elements (table cells) stay in
    their paragraph, a space apart."""
    found: list[str] = []
    current: list[str] = []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            found.append(text)
        current.clear()

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIP:
            return  # its tail is read by the caller
        block = tag in blocks
        if block or tag in breaks:
            flush()
        if tag in spaced:
            current.append(" ")
        if node.text and tag not in breaks:
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(element)
    flush()
    return found


# --------------------------------------------------------------- captions
# The caption styles of WordPress (HTML5 figure.wp-caption, XHTML div.wp-caption,
# block editor figure.wp-block-image) and HTML5 generally. Hand-written XPath:
# cssselect's class tests cost several times more, on every page.
CAPTION_BOXES = etree.XPath(".//figure | .//div[contains(@class, 'wp-caption') or "
                            "contains(@class, 'wp-block-image')]")
CAPTION_TEXTS = etree.XPath(".//figcaption | .//*[contains(@class, 'wp-caption-text') or "
                            "contains(@class, 'wp-element-caption')]")
# Where lazy-loading scripts keep the real file; `src` then often holds a placeholder.
LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-orig-file", "data-full-url")
SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
PLACEHOLDER = re.compile(r"^data:|lazy|placeholder|blank|spacer|pixel|loading|transparent", re.I)


def image_src(img, base_url: str) -> str | None:
    """Absolute URL of an <img>: the lazy-loaded real file, else `src` unless a
    placeholder, else the widest srcset candidate."""
    for name in LAZY_SRC:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return urljoin(base_url, value)
    src = (img.get("src") or "").strip()
    if src and not PLACEHOLDER.search(src):
        return urljoin(base_url, src)
    for name in SRCSETS:
        value = largest_in_srcset(img.get(name) or "")
        if value and not value.startswith("data:"):
            return urljoin(base_url, value)
    return urljoin(base_url, src) if src and not src.startswith("data:") else None


def largest_in_srcset(srcset: str) -> str:
    """The widest candidate of a srcset ("a.jpg 300w, b.jpg 1024w" -> b.jpg)."""
    best, best_width = "", -1.0
    for part in srcset.split(","):
        bits = part.split()
        if not bits:
            continue
        width = 0.0
        if len(bits) > 1:
            try:
                width = float(bits[1].rstrip("wx"))
            except ValueError:
                pass
        if width > best_width:
            best, best_width = bits[0], width
    return best


def take_captions(container, base_url: str) -> list[dict]:
    """Images of the figures inside `container`, as {url, caption, credit}; their
    caption elements leave the tree (a caption is not body text)."""
    images: list[dict] = []
    taken = set()
    for box in CAPTION_BOXES(container):
        if any(ancestor in taken for ancestor in box.iterancestors()):
            continue  # inside a box already read
        taken.add(box)
        captions = CAPTION_TEXTS(box)
        imgs = box.xpath(".//img")
        if not captions and not imgs:
            continue
        caption = " ".join(t for t in (text_of(c) for c in captions) if t) or None
        url = next((src for src in (image_src(i, base_url) for i in imgs) if src), None)
        if url:
            images.append({"url": url, "caption": caption, "credit": None})
        for element in captions:
            remove(element)
        if box is not container and not text_of(box):
            remove(box)  # nothing but the picture left
    images += take_plain_captions(container, base_url, taken)
    return images


PLAIN_CAPTION_MAX = 300    # characters: more is a paragraph beside a picture, not its caption
PICTURE_WRAPPERS = ("a", "picture")
PLAIN_CAPTION_TAGS = ("div", "span", "p", "small", "em", "i")


def take_plain_captions(container, base_url: str, taken: set) -> list[dict]:
    """Captions without caption markup: a box (div) holding only a picture
    and, next to it, one short text element, "<div><img><div>Gubernur
    menyapa warga. (Foto: Ist)</div></div>". The text leaves the tree."""
    images = []
    for img in list(container.iter("img")):
        picture = img
        while picture.getparent() is not None and picture.getparent().tag in PICTURE_WRAPPERS:
            picture = picture.getparent()
        box = picture.getparent()
        if box is None or box is container or box.tag != "div" or box in taken \
                or any(a in taken for a in box.iterancestors()):
            continue
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) != 2 or (box.text or "").strip() or any((c.tail or "").strip() for c in children):
            continue
        caption = children[1] if children[0] is picture else children[0] if children[1] is picture else None
        if caption is None or caption.tag not in PLAIN_CAPTION_TAGS or caption.find(".//img") is not None:
            continue
        text = text_of(caption)
        url = image_src(img, base_url)
        if not url or not 3 <= len(text) <= PLAIN_CAPTION_MAX:
            continue
        taken.add(box)
        images.append({"url": url, "caption": text, "credit": None})
        remove(caption)
    return images


# What trafilatura's own cleaning throws away in any case (settings.MANUALLY_CLEANED),
# so it need not copy them first. Forms stay (some CMSs wrap the whole page in
# one), and so does <aside>: taking it out first cost body F1 on the news suite.
NEVER_TEXT = ("style", "svg", "nav", "footer", "iframe", "noscript", "video", "audio", "canvas", "select",
              "button", "textarea")


def drop_code(root) -> None:
    """Scripts (but JSON-LD), styles, SVG, navigation and the like out of the
    tree: trafilatura copies the tree several times and would only throw them
    away after each copy."""
    etree.strip_elements(root, *NEVER_TEXT, with_tail=False)
    for script in list(root.iter("script")):
        if "ld+json" not in (script.get("type") or "").lower():
            remove(script)


def drop_captions(root) -> None:
    """Every caption out of the page: captions outside the article are no body text either."""
    for caption in CAPTION_TEXTS(root):
        if caption.getparent() is not None:
            remove(caption)
