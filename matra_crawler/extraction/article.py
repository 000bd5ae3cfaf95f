"""A saved or fetched page in, a raw article out (the contract is in processing.py).

Each field is read from the best source that answers: the site profile's
selectors, then what the page states in JSON-LD and <meta>, then the generic
fallback. Every field method returns through ArticlePage.sourced, which
records in `field_sources` which one did (PROFILE, STRUCTURED, GENERIC, or
None when nothing answered): the template-drift stats read it.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import cached_property
from html import unescape as html_unescape
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..normalize.boilerplate import clean_text
from ..normalize.credits import parse_staff_line, split_names
from ..normalize.dates import offset_tz, resolve_dates
from ..sites.profile import CURRENT, SiteProfile
from ..urls import URL_DATE
from .candidates import htmldate_guess, precise_first, rest_date_candidates
from .generic import is_site_name, squash, strip_site_name, trafilatura_paragraphs
from .html import decode_html, drop_captions, drop_code, paragraphs, parse_html, remove, select, take_captions, text_of
from .names import byline_names, clean_names, looks_like_person
from .structured import JsonLd, json_ld_blocks, meta_all, meta_date_candidates, meta_tags
from .titles import TitleCandidates, choose_title


class NoArticle(ValueError):
    """The page holds no article text; `reason` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Where a page's own date or byline sits, and where other stories' do.
# Whole class names (a "post-content-wrap" may hold the header too).
ARTICLE_TEXT_CLASS = re.compile(r"(?<![\w-])(entry-content|article-body|article__body|post-content|story-body|"
                                r"article-content|content-body|td-post-content)(?![\w-])", re.I)
ARTICLE_BODY = etree.XPath("//*[@itemprop='articleBody']")
# itemprop holds names separated by spaces ("name headline"); <meta> is no visible element
MICRODATA_HEADLINE = etree.XPath("//body//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ')]"
                                 "[not(self::meta)]")
# An article's own footer (entry-footer, <footer> inside <article>) holds its
# categories and tags; the site's footer and these boxes hold other things.
# "without-sidebar", "no-sidebar": a layout class of the page that has none.
ELSEWHERE = re.compile(r"related|(?<!without-)(?<!no-)sidebar|widget|comment|recommend|teaser|popular|"
                       r"most-?read|trending|"
                       r"(?<!entry-)(?<!article-)(?<!post-)footer|newsletter|promo|more-?stories|read-?more|"
                       r"baca-?juga", re.I)
HEADERISH = re.compile(r"meta|byline|date|time|publish|posted|info|author|dateline|stamp|head|detail", re.I)
CATEGORY_LINKS = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")
TAG_LINKS = etree.XPath("//a[normalize-space(@rel) = 'tag']")
# A story found without site knowledge holds at least one real paragraph (in
# characters: Japanese and Chinese have no spaces). A menu, a cookie notice,
# an empty JS shell whose scripts failed have none. Every page of the saved
# real-page suites has one of 114 characters or more.
MIN_STORY_PARAGRAPH = 80
WORDS = re.compile(r"\w+")
HEADLINE_BLOCK_MAX = 300  # characters: more is a teaser list or the story, not a date line
# Marks of the date line and byline under a headline (class names, author-page links).
DATE_CLASS = re.compile(r"date|datum|tanggal|time|posted-on|published", re.I)
BYLINE_CLASS = re.compile(r"author|byline|penulis|reporter", re.I)
# Cheap prefilters: a literal regex on the lowercased class, an XPath run in C.
MARKS = re.compile(r"date|datum|tanggal|time|posted-on|published|author|byline|penulis|reporter")
# A story-text container's class holds one of these (ARTICLE_TEXT_CLASS says which exactly).
TEXT_CONTAINER_MARKS = ("content", "body", "Body")
RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right|(?<![\w-])(has-text-align-right|text-right|align-?right)(?![\w-])", re.I)
SIGNED_AFTER = 2  # story paragraphs before a signature: a lone bold name elsewhere is a box title
# Links to section pages: /category/sport/, /kategori/daerah/, /rubrik/politik/.
SECTION_HREF = re.compile(r"/(category|categories|kategori|section|sections|rubrik|ressort|rubrique|seccion)/", re.I)
AUTHOR_HREF = re.compile(r"/(author|autor|penulis|reporter|wartawan|journalist|redakteur)", re.I)
POST_ID_CLASS = re.compile(r"(?<![\w-])postid-(\d+)(?![\w-])")
SHORTLINK_ID = re.compile(r"[?&]p=(\d+)(?:&|$)")
# Where a field came from (field_sources).
PROFILE = "profile"         # the site profile's selectors
STRUCTURED = "structured"   # JSON-LD, <meta>, <link>, the REST API, WordPress core markup
GENERIC = "generic"         # what the page shows, read without site knowledge
FIELDS = ("canonical_url", "source_name", "title", "authors", "editor", "categories", "tags", "language",
          "post_id", "published_at", "body", "images")
META_AUTHORS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl")


def extract_article(html: str | bytes, url: str, profile: SiteProfile | None = None, *,
                    fetched_at: datetime | None = None, hints: dict | None = None,
                    encoding: str | None = None) -> dict:
    """The raw article of one page (see processing.py). Raises NoArticle when
    the page cannot be parsed or holds no body text.

    `hints` is what discovery already knows; used: WordPress REST `date`,
    `date_gmt`, `modified`, `modified_gmt` (first among the date candidates).
    `encoding` is the transport's charset for bytes input."""
    root = parse_html(decode_html(html, encoding))
    if root is None:
        raise NoArticle("unparseable page")
    return ArticlePage(root, url, profile, hints or {}).to_item(fetched_at)


class ArticlePage:
    """One parsed page; each field a method, so they can be read (and tested) apart."""

    def __init__(self, root, url: str, profile: SiteProfile | None, hints: dict):
        self.root = root
        self.url = url
        self.profile = profile
        self.hints = hints
        self.host = urlsplit(url).hostname or ""
        self.meta = meta_tags(root)
        self.ld = JsonLd(json_ld_blocks(root))
        # Which selector version reads this page is decided before any
        # selector runs: by the date the page states in structured data.
        self.selector_version, self.selectors = (
            profile.selectors_for(self.stated_published_day()) if profile and profile.older_selectors
            else (CURRENT, profile.selectors if profile else None))
        base = root.find(".//base[@href]")
        self.base_url = urljoin(url, base.get("href")) if base is not None else url
        self.sources: dict[str, str | None] = {}
        self._text_container: dict = {}   # element -> is_text_container
        self.text_classes = set(profile.text_classes) if profile else set()

    # ----------------------------------------------------------- helpers
    def stated_published_day(self) -> date | None:
        """The publication day as the REST API, JSON-LD or <meta> state it
        (no selector needed); None when they say nothing usable."""
        ld = [{"field": "published_at", "source": "json-ld", "value": value}
              for value, source in [self.ld.date("datePublished")] if value]
        candidates = [c for c in rest_date_candidates(self.hints) + ld + meta_date_candidates(self.meta)
                      if c["field"] == "published_at"]
        published, _ = resolve_dates(candidates, fetched_at=datetime.now(timezone.utc),
                                     local_tz=offset_tz(self.profile.utc_offset))
        return datetime.fromisoformat(published).date() if published else None

    def sourced(self, field: str, value, source: str | None):
        """Every field method returns through here: the value, its source
        recorded (None when there is no value)."""
        self.sources[field] = source if value else None
        return value

    def site_select(self, name: str) -> list:
        """The profile's selector `name`, looked up inside the article
        (`scope`) first: a walk over a small subtree instead of the page,
        and no teaser of another story can answer. Nothing there: the page."""
        css = getattr(self.selectors, name, "") if self.selectors else ""
        if not css:
            return []
        found = select(self.scope, css)
        if not found and self.scope is not self.root:
            found = select(self.root, css)
        return found

    @cached_property
    def site_bodies(self) -> list:
        """Every element the profile's body selector matches on the page."""
        css = self.selectors.body if self.selectors else ""
        return select(self.root, css) if css else []

    @cached_property
    def site_body(self):
        """Of those, the story's: the one with the most text."""
        return max(self.site_bodies, key=lambda e: len(text_of(e)), default=None)

    @cached_property
    def scope(self):
        """The element holding the whole article (the profile's `scope`, e.g.
        WordPress's <article>) around the story's body; else the page."""
        css = self.selectors.scope if self.selectors else ""
        if not css or self.site_body is None:
            return self.root
        holders = set(select(self.root, css))
        return next((e for e in self.site_body.iterancestors() if e in holders), self.root)

    @cached_property
    def site_names(self) -> list[str]:
        """What the site calls itself: stripped from titles, not taken for an author."""
        names = [self.meta.get("og:site_name", ""), self.meta.get("application-name", "")]
        names += self.ld.names(self.ld.get("publisher", page_too=True) or [])
        if self.profile:
            names.append(self.profile.source_name)
        return [n for n in names if n]

    # ----------------------------------------------------------- fields
    def to_item(self, fetched_at: datetime | None) -> dict:
        fetched = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        title = self.title()
        item = {
            "url": self.url,
            "canonical_url": self.canonical_url(),
            "site": self.profile.name if self.profile else self.host,
            "source_name": self.source_name(),
            "title": title,
            "authors": self.authors(),
            "editor": self.editor(),
            "categories": self.categories(),
            "tags": self.tags(),
            "language": self.language(),
            "date_candidates": self.date_candidates(),
            "fetched_at": fetched.isoformat(timespec="seconds"),
            "utc_offset": self.profile.utc_offset if self.profile else None,
            "dateline_outlets": self.profile.dateline_outlets if self.profile else (),
            "selector_version": self.selector_version if self.profile else None,
            "post_id": self.post_id(),
        }
        # The body last: reading it prunes the tree the other fields are read from.
        body, item["images"] = self.body_and_images()
        body = without_headline(body, [title, text_of(self.headline), self.meta.get("og:title"),
                                       self.ld.get("headline")])
        if not body:
            raise NoArticle("no article text found")
        item["body"] = "\n\n".join(body)
        item["field_sources"] = {name: self.sources.get(name) for name in FIELDS}
        return item

    def canonical_url(self) -> str:
        link = self.root.find(".//link[@rel='canonical']")
        href = (link.get("href") or "").strip() if link is not None else ""
        if href:
            return self.sourced("canonical_url", urljoin(self.url, href), STRUCTURED)
        if self.meta.get("og:url"):
            return self.sourced("canonical_url", self.meta["og:url"], STRUCTURED)
        return self.sourced("canonical_url", self.url, GENERIC)

    def source_name(self) -> str:
        """The profile's outlet name; a profile without one (an unregistered
        WordPress portal) takes the name its pages give themselves (every SEO
        plugin writes og:site_name), else the profile's name."""
        if self.profile and self.profile.source_name:
            return self.sourced("source_name", self.profile.source_name, PROFILE)
        page_name = self.meta.get("og:site_name", "").strip() if self.profile else next(iter(self.site_names), "")
        if page_name:
            return self.sourced("source_name", page_name, STRUCTURED)
        return self.sourced("source_name", self.profile.name if self.profile else self.host, GENERIC)

    def title(self) -> str | None:
        """The profile's title element, else the choice among what the page
        states (JSON-LD headline, og:title, twitter:title) and shows (its
        <h1>, its microdata headline, <title>): titles.choose_title."""
        element = next(iter(self.site_select("title")), None)
        if element is not None and text_of(element):
            return self.sourced("title", clean_text(text_of(element)), PROFILE)
        names = self.site_names + self.categories()  # a section may trail a title: "Title | Sport"

        def cleaned(value):
            # JSON-LD and meta values are often still HTML-escaped (&#8216;)
            return strip_site_name(clean_text(html_unescape(value)), names, self.host) \
                if isinstance(value, str) and value.strip() else None

        title, field = choose_title(TitleCandidates(
            headline=cleaned(self.ld.get("headline")),
            visible=cleaned(self.microdata_headline or text_of(self.headline)),
            og_title=cleaned(self.meta.get("og:title")), twitter_title=cleaned(self.meta.get("twitter:title")),
            html_title=cleaned(text_of(self.root.find(".//title")))))
        return self.sourced("title", title, GENERIC if field in ("visible", "html_title") else STRUCTURED)

    def body_and_images(self) -> tuple[list[str], list[dict]]:
        images: list[dict] = []
        element = self.site_body
        paras: list[str] = []
        body_source = images_source = PROFILE
        if element is not None:
            images = take_captions(element, self.base_url)
            for css in self.selectors.drop:
                for dropped in select(element, css):
                    remove(dropped)
            paras = paragraphs(element)
        if not paras:
            body_source = GENERIC
            # where the story's own figures are (teasers elsewhere have figures too)
            container = next(self.root.iter("article", "main"), None)
            if container is None:
                container = next(iter(ARTICLE_BODY(self.root)), self.root)
            if not images:
                images, images_source = take_captions(container, self.base_url), GENERIC
            drop_captions(self.root)
            drop_code(self.root)
            paras = trafilatura_paragraphs(self.root, self.url)
            if max(map(len, paras), default=0) < MIN_STORY_PARAGRAPH:
                paras = []  # a menu, a cookie notice, a shell: not an article
        if not images:
            images_source = STRUCTURED   # og:image's alone, if any
        return self.sourced("body", paras, body_source), \
            self.sourced("images", self.with_lead_image(images), images_source)

    def with_lead_image(self, images: list[dict]) -> list[dict]:
        lead = self.meta.get("og:image") or self.meta.get("twitter:image")
        if lead:
            lead = urljoin(self.base_url, lead)
            if all(image["url"] != lead for image in images):
                images = [{"url": lead, "caption": None, "credit": None}] + images
        return images

    def authors(self) -> list[str]:
        """The profile's byline, else JSON-LD authors, else meta author, else
        the visible byline. When the structured sources name only the outlet
        (an Organization, the site's own name), a person they or the page name
        elsewhere wins: the meta author, an author-page link, a byline."""
        found = [text_of(e) for e in self.site_select("authors")]
        if any(found):
            return self.sourced("authors", byline_names(found), PROFILE)
        value = self.ld.get("author") or self.ld.get("creator")
        structured = clean_names(split_names(self.without_affiliation(n)) for n in self.ld.names(value)) \
            if value else []
        meta = clean_names(map(split_names, [v for key in META_AUTHORS for v in meta_all(self.root, key)
                                             if not v.startswith(("http://", "https://"))][:1]))
        names, source = structured or meta, STRUCTURED
        if not names:
            names, source = self.visible_authors(("author_links", "bylines")), GENERIC
        elif (value and self.ld.organizations_only(value)) or all(map(self.is_outlet, names)):
            people = self.people_beside_outlet(meta)
            if not people:
                people, source = (self.visible_authors(("author_links",))
                                  or self.visible_authors(("bylines",), people_only=True) or self.signature()), GENERIC
            names, source = (people, source) if people else (names, STRUCTURED)
        return self.sourced("authors", names, source)

    def editor(self) -> str | None:
        """The profile's editor element: the editor of the first staff line
        in it ("Editor : X", "Penulis: A | Editor: X", one line of a credits
        footer), else its text when that is a bare name."""
        for element in self.site_select("editor"):
            for line in paragraphs(element):
                staff = parse_staff_line(line.strip(" |"))
                if staff and staff[1]:
                    return self.sourced("editor", clean_text(staff[1]), PROFILE)
            text = clean_text(text_of(element))
            if text and ":" not in text and len(text.split()) <= 6:
                return self.sourced("editor", text, PROFILE)
        return self.sourced("editor", None, None)

    def is_outlet(self, name: str) -> bool:
        return is_site_name(name, self.site_names, self.host)

    def without_affiliation(self, credit: str) -> str:
        """One author string without a trailing ", Outlet": "Name, Site.lt" is a
        person signing for the outlet, not two authors."""
        head, _, tail = credit.rpartition(",")
        return head if head.strip() and self.is_outlet(tail) else credit

    def people_beside_outlet(self, names: list[str]) -> list[str]:
        """The meta author's names that are not the outlet. When it names the
        outlet too, it is the outlet's signature ("hessenschau.de, Frankfurt,
        Germany"): the rest counts only if it reads as a person's name."""
        people = [n for n in names if not self.is_outlet(n)]
        return people if len(people) == len(names) else [n for n in people if looks_like_person(n)]

    def visible_authors(self, kinds, people_only: bool = False) -> list[str]:
        """Names in the byline under the headline: links to author pages, else
        the first short author/byline-classed text (with `people_only`, the
        first that reads as a person's name, not the outlet's)."""
        for kind in kinds:
            found = self.marked_after_headline[kind]
            texts = [text for element in found[:12] if not self.elsewhere(element)
                     and not self.in_article_text(element) and not is_section_link(element)
                     for text in [text_of(element)] if 0 < len(text) <= 80]
            if kind == "author_links" and texts:
                return byline_names(texts)[:6]
            for text in texts:
                names = byline_names([text])
                if not people_only or names and all(looks_like_person(n) and not self.is_outlet(n) for n in names):
                    return names[:6]
        return []

    def signature(self) -> list[str]:
        """The name signed under the story: a last paragraph, set right as
        in print, that is only a bold person's name, after paragraphs of
        story text ("...</p><p style='text-align:right'><strong>Lê
        Phương</strong></p>"). A bold line set left there is a box title
        ("Berita Terkait"). Not filtered by elsewhere(): such a page's story
        column may be classed "sidebar-1"; the story paragraphs before it are
        the sign that this is the story's foot."""
        for para in self.root.iter("p"):
            if not RIGHT_ALIGNED.search(f"{para.get('style') or ''} {para.get('class') or ''}"):
                continue
            bold = [child for child in para if child.tag in ("strong", "b")]
            text = text_of(para)
            if len(bold) != 1 or not text or text_of(bold[0]) != text or not looks_like_person(text):
                continue
            if any(s.tag == "p" and text_of(s) for s in para.itersiblings()):
                continue  # not the last paragraph
            story = [s for s in para.itersiblings(preceding=True) if s.tag == "p" and len(text_of(s)) > 80]
            if len(story) >= SIGNED_AFTER:
                return [text]
        return []

    def categories(self) -> list[str]:
        found, source = [text_of(e) for e in self.site_select("categories")], PROFILE
        if not any(found):
            section = self.ld.get("articleSection")
            found = section if isinstance(section, list) else [section] if section else []
            # one comma-joined string is several sections (Rank Math: "Daerah, Kesehatan")
            found = [part for value in found for part in str(value).split(",")]
            found, source = found or meta_all(self.root, "article:section"), STRUCTURED
        if not found:  # WordPress themes link categories with rel="category tag"
            found = [text_of(a) for a in CATEGORY_LINKS(self.root) if not self.elsewhere(a)]
        return self.sourced("categories", unique(found), source)

    def tags(self) -> list[str]:
        found, source = [text_of(e) for e in self.site_select("tags")], PROFILE
        if not any(found):
            found, source = meta_all(self.root, "article:tag"), STRUCTURED
        if not found:
            keywords = self.ld.get("keywords")
            found = keywords if isinstance(keywords, list) else keywords.split(",") if isinstance(keywords, str) else []
        if not any(str(f).strip() for f in found):  # ... and tags with rel="tag"
            found = [text_of(a) for a in TAG_LINKS(self.root) if not self.elsewhere(a)]
        return self.sourced("tags", unique(found), source)

    def language(self) -> str | None:
        for value in (self.root.get("lang"), self.meta.get("og:locale"), self.meta.get("content-language"),
                      self.ld.get("inLanguage", page_too=True)):
            if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}\b", value.strip()):
                return self.sourced("language", re.split(r"[-_]", value.strip())[0].lower(), STRUCTURED)
        return self.sourced("language", self.profile.language if self.profile else None, PROFILE)

    def post_id(self) -> str | None:
        """The CMS's own id of the article, which stays when its URL changes
        (an editor fixing a WordPress slug): the REST API's `id`, else what
        WordPress core prints on every post, the body class "postid-N" or
        the shortlink "?p=N"."""
        if self.hints.get("id"):
            return self.sourced("post_id", str(self.hints["id"]), STRUCTURED)
        body = self.root.find("body")
        found = POST_ID_CLASS.search(body.get("class") or "") if body is not None else None
        if not found:
            shortlink = self.root.find(".//head/link[@rel='shortlink']")
            found = SHORTLINK_ID.search(shortlink.get("href") or "") if shortlink is not None else None
        return self.sourced("post_id", found.group(1) if found else None, STRUCTURED)

    # ----------------------------------------------------------- dates
    def date_candidates(self) -> list[dict]:
        ld = [(field, *self.ld.date(key)) for field, key in (("published_at", "datePublished"),
                                                              ("modified_at", "dateModified"))]
        candidates = rest_date_candidates(self.hints)
        candidates += [{"field": f, "source": "json-ld", "value": v} for f, v, s in ld if s == "json-ld"]
        candidates += meta_date_candidates(self.meta)
        # a WebPage node's dates (the article node had none): last among structured sources
        candidates += [{"field": f, "source": "json-ld", "value": v} for f, v, s in ld if s == "json-ld-page"]
        candidates += self.time_candidates()
        site_dates = [d for d in map(text_of, self.site_select("published")) if d][:1]
        candidates += [{"field": "published_at", "source": "visible", "value": d} for d in site_dates]
        candidates += [{"field": "modified_at", "source": "visible", "value": d}
                       for d in [d for d in map(text_of, self.site_select("modified")) if d][:1]]
        if not any(c["field"] == "published_at" for c in candidates):
            # the generic visible fallbacks scan the page: only when nothing better was found
            candidates += [{"field": "published_at", "source": "visible", "value": v}
                           for v in (self.visible_dates() or self.headline_block_text())[:1]]
        # A dated permalink (/2023/12/28/slug/) gives the day at least.
        day = URL_DATE.search(urlsplit(self.url).path)
        if day:
            candidates.append({"field": "published_at", "source": "url", "value": "-".join(day.groups())})
        if not any(c["field"] == "published_at" for c in candidates):
            candidates += [{"field": "published_at", "source": "htmldate", "value": v}
                           for v in [htmldate_guess(self.root, self.url)] if v]
        published = [c for c in candidates if c["field"] == "published_at"]
        source = PROFILE if site_dates else STRUCTURED if published and published[0]["source"] in (
            "rest", "json-ld", "meta") else GENERIC
        self.sourced("published_at", published, source)
        return precise_first(unique_candidates(candidates))

    @cached_property
    def headline(self):
        """The article's <h1>: of several (a logo, a "Log In" box), the first
        that shares words with og:title or <title>; else simply the first."""
        h1s = [h1 for h1 in self.root.iter("h1") if not self.elsewhere(h1) and text_of(h1)]
        titles = [self.meta.get("og:title") or "", text_of(self.root.find(".//title"))]
        return next((h1 for h1 in h1s if len(h1s) > 1 and any(shares_words(text_of(h1), t) for t in titles)),
                    h1s[0] if h1s else None)

    @cached_property
    def microdata_headline(self) -> str | None:
        """The text of the one element the page marks itemprop="headline"
        (schema.org microdata), outside teaser boxes; None when there are
        none or several (a list of teasers)."""
        marked = [e for e in MICRODATA_HEADLINE(self.root) if not self.elsewhere(e) and text_of(e)]
        return text_of(marked[0]) if len(marked) == 1 else None

    @cached_property
    def marked_after_headline(self) -> dict[str, list]:
        """One pass over the elements after the headline (all of them on a page
        without one): those marked as a date, an author link, a byline."""
        marked = {"dates": [], "author_links": [], "bylines": []}
        after = self.headline is None
        for element in self.root.iter(etree.Element):  # elements only, filtered in C
            if not after:
                after = element is self.headline
                continue
            css = element.get("class")
            itemprop = element.get("itemprop")
            # one regex for every class mark first: most elements carry none
            hit = MARKS.search(css.lower()) if css else None
            tag = element.tag
            if tag == "time" or itemprop == "datePublished" or hit and DATE_CLASS.search(css):
                marked["dates"].append(element)
            if itemprop == "author" or tag == "a" and (
                    "author" in (element.get("rel") or "") or AUTHOR_HREF.search(element.get("href") or "")):
                marked["author_links"].append(element)
            if hit and BYLINE_CLASS.search(css):
                marked["bylines"].append(element)
        return marked

    def visible_dates(self) -> list[str]:
        """Short texts of date-classed elements after the headline: the date
        line under a title. Before the headline sits the top bar's "today"."""
        found = self.marked_after_headline["dates"]
        texts = []
        for element in found[:40]:
            # <time datetime>, <meta content>, <input type=hidden value>: the machine-readable form
            text = element.get("datetime") or element.get("content") or element.get("value") or text_of(element)
            if 0 < len(text) <= 80 and any(c.isdigit() for c in text) and not self.in_article_text(element) \
                    and not self.elsewhere(element):
                texts.append(text)
        return texts

    def headline_block_text(self) -> list[str]:
        """The short text around the headline (its block without it): where an
        unmarked date line sits ("Von X publiziert am 25. September 2018")."""
        h1 = self.headline
        for block in list(h1.iterancestors())[:2] if h1 is not None else []:
            text = text_of(block).replace(text_of(h1), " ")
            if len(text) > HEADLINE_BLOCK_MAX:
                break
            if any(c.isdigit() for c in text):
                return [" ".join(text.split())]
        return []

    def time_candidates(self) -> list[dict]:
        """The first <time datetime> of the article's header/meta line; times in
        the story text or in other stories' teasers date something else."""
        found = []
        for time in self.root.iter("time"):
            if len(found) == 2:
                break
            value = (time.get("datetime") or "").strip()
            if not value or self.in_article_text(time) or self.elsewhere(time):
                continue
            if not any(a.tag in ("header", "article") or HEADERISH.search(classes(a))
                       for a in [time, *time.iterancestors()]):
                continue
            modified = re.search(r"updat|modif", classes(time) + (time.get("itemprop") or ""), re.I)
            field = "modified_at" if modified else "published_at"
            if all(c["field"] != field for c in found):
                found.append({"field": field, "source": "time", "value": value})
        return found

    def in_article_text(self, element) -> bool:
        """Inside story text (the profile's body, .entry-content...)? Asked of
        the element's ancestors, remembered per ancestor: cheaper than
        finding every text container of the page first."""
        return any(self.is_text_container(a) for a in element.iterancestors())

    def is_text_container(self, element) -> bool:
        known = self._text_container.get(element)
        if known is None:
            css = element.get("class") or ""
            known = self._text_container[element] = (
                element.get("itemprop") == "articleBody" or element in self.site_bodies
                or any(mark in css for mark in TEXT_CONTAINER_MARKS) and bool(ARTICLE_TEXT_CLASS.search(css))
                or bool(self.text_classes) and not self.text_classes.isdisjoint(css.split()))
        return known

    @staticmethod
    def elsewhere(element) -> bool:
        """Inside a sidebar, footer, comment list or related-stories box (the
        <body> classes describe the page: "right-sidebar" is no sidebar)."""
        for ancestor in element.iterancestors():
            if ancestor.tag in ("body", "html"):
                return False
            if ancestor.tag in ("aside", "nav") or ELSEWHERE.search(classes(ancestor)) or \
                    ancestor.tag == "footer" and not any(a.tag == "article" for a in ancestor.iterancestors()):
                return True
        return False


def without_headline(body: list[str], titles: list) -> list[str]:
    """The body without the headline repeated at its top (an <h1> inside the
    article element, the title echoed above the standfirst)."""
    keys = {squash(t) for t in titles if isinstance(t, str)} - {""}
    start = 0
    while start < min(2, len(body)) and squash(body[start]) in keys:
        start += 1
    return body[start:]


def is_section_link(element) -> bool:
    """Is the element's whole text a link to a section page? An author box
    that shows the story's section ("Sport", "منوعات") names no author."""
    text = squash(text_of(element))
    links = [a for a in element.iter("a") if SECTION_HREF.search(a.get("href") or "")]
    return bool(text and links) and squash(" ".join(map(text_of, links))) == text


def classes(element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def unique(values) -> list[str]:
    seen: list[str] = []
    for value in values:
        value = " ".join(str(value or "").split())
        if value and value not in seen:
            seen.append(value)
    return seen


def unique_candidates(candidates: list[dict]) -> list[dict]:
    seen, kept = set(), []
    for candidate in candidates:
        key = (candidate["field"], candidate["value"])
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


def shares_words(text: str, other: str, share: float = 0.5) -> bool:
    words, others = set(WORDS.findall(text.lower())), set(WORDS.findall(other.lower()))
    return bool(words) and len(words & others) >= share * len(words)
