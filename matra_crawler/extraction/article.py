"""A saved or fetched page in, a raw article out (the contract is in processing.py).

Each field is read from the best source that answers: the site profile's
selectors, then what the page states in JSON-LD and <meta>, then the generic
fallback. `field_sources` records which one did, for template-drift stats.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from ..sites.profile import SiteProfile
from .generic import strip_site_name, trafilatura_paragraphs
from .html import decode_html, image_src, paragraphs, parse_html, remove, select, take_captions, text_of
from .structured import JsonLd, json_ld_blocks, meta_all, meta_date_candidates, meta_tags


class NoArticle(ValueError):
    """The page holds no article text; `reason` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Where a page's own date or byline sits, and where other stories' do.
ARTICLE_TEXT = ("[itemprop=articleBody], .entry-content, .article-body, .article__body, .post-content, "
                ".story-body, .article-content, .content-body, .td-post-content, .txt-article")
ELSEWHERE = re.compile(r"related|sidebar|widget|comment|recommend|teaser|popular|most-?read|"
                       r"trending|footer|newsletter|promo|more-?stories|read-?more|baca-?juga", re.I)
HEADERISH = re.compile(r"meta|byline|date|time|publish|posted|info|author|dateline|stamp|head|detail", re.I)
VISIBLE_DATES = ("[itemprop=datePublished], .posted-on, .entry-date, .published, .post-date, "
                 ".article-date, .publish-date, .date-publish, .content-date, .date")
BYLINES = ("[rel=author], [itemprop=author] [itemprop=name], .byline a[href*=author], "
           ".author-name, .byline__name, .author a, a.author")
META_AUTHORS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl")
AUTHOR_PREFIX = re.compile(r"^(by|oleh|von|par|por|door|di|penulis|reporter|pewarta|written by)\b\s*:?\s*", re.I)
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\s(?:and|dan|und|et|y|e|en|og|och)\s)\s*", re.I)
NOT_A_PERSON = re.compile(r"^(admin|administrator|redaksi|editor|staff|webmaster|null|none|unknown)$", re.I)


def extract_article(html: str | bytes, url: str, profile: SiteProfile | None = None, *,
                    fetched_at: datetime | None = None, hints: dict | None = None,
                    encoding: str | None = None) -> dict:
    """The raw article of one page (see processing.py). Raises NoArticle when
    the page cannot be parsed or holds no body text."""
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
        self.selectors = profile.selectors if profile else None
        self.hints = hints
        self.host = urlsplit(url).hostname or ""
        self.meta = meta_tags(root)
        self.ld = JsonLd(json_ld_blocks(root))
        base = root.find(".//base[@href]")
        self.base_url = urljoin(url, base.get("href")) if base is not None else url
        self.sources: dict[str, str | None] = {}
        self.text_containers: set | None = None  # story-text elements, found once

    # ----------------------------------------------------------- helpers
    def site_select(self, name: str) -> list:
        css = getattr(self.selectors, name, "") if self.selectors else ""
        return select(self.root, css) if css else []

    def site_names(self) -> list[str]:
        names = [self.meta.get("og:site_name", ""), self.meta.get("application-name", "")]
        names += self.ld.names(self.ld.get("publisher", page_too=True) or [])
        if self.profile:
            names.append(self.profile.source_name)
        return [n for n in names if n]

    # ----------------------------------------------------------- fields
    def to_item(self, fetched_at: datetime | None) -> dict:
        body, images = self.body_and_images()
        if not body:
            raise NoArticle("no article text found")
        fetched = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        return {
            "url": self.url,
            "canonical_url": self.canonical_url(),
            "site": self.profile.name if self.profile else self.host,
            "source_name": self.source_name(),
            "title": self.title(),
            "body": "\n\n".join(body),
            "images": images,
            "authors": self.authors(),
            "editor": None,
            "categories": self.categories(),
            "tags": self.tags(),
            "language": self.language(),
            "date_candidates": self.date_candidates(),
            "fetched_at": fetched.isoformat(timespec="seconds"),
            "field_sources": self.sources,
        }

    def canonical_url(self) -> str:
        link = self.root.find(".//link[@rel='canonical']")
        href = (link.get("href") or "").strip() if link is not None else ""
        return urljoin(self.url, href) if href else (self.meta.get("og:url") or self.url)

    def source_name(self) -> str:
        if self.profile:
            return self.profile.source_name
        names = self.site_names()
        return names[0] if names else self.host

    def title(self) -> str | None:
        element = next(iter(self.site_select("title")), None)
        if element is not None and text_of(element):
            self.sources["title"] = "site"
            return text_of(element)
        h1 = self.root.find(".//h1")
        candidates = [self.meta.get("og:title"), self.ld.get("headline"),
                      text_of(h1) if h1 is not None else None, self.meta.get("twitter:title"),
                      text_of(self.root.find(".//title"))]
        for candidate in candidates:
            if isinstance(candidate, str) and candidate.strip():
                self.sources["title"] = "generic"
                return strip_site_name(candidate, self.site_names(), self.host)
        self.sources["title"] = None
        return None

    def body_and_images(self) -> tuple[list[str], list[dict]]:
        images: list[dict] = []
        element = max(self.site_select("body"), key=lambda e: len(text_of(e)), default=None)
        paras: list[str] = []
        if element is not None:
            images = take_captions(element, self.base_url)
            for css in self.selectors.drop:
                for dropped in select(element, css):
                    remove(dropped)
            paras = paragraphs(element)
            self.sources["body"] = "site" if paras else None
        if not paras:
            container = next(iter(select(self.root, "[itemprop=articleBody], article, main")), self.root)
            images = images or take_captions(container, self.base_url)
            # captions outside the article are not body text either
            for caption in select(self.root, "figcaption, .wp-caption-text"):
                remove(caption)
            paras = trafilatura_paragraphs(self.root, self.url)
            self.sources["body"] = "generic" if paras else None
        return paras, self.with_lead_image(images)

    def with_lead_image(self, images: list[dict]) -> list[dict]:
        lead = self.meta.get("og:image") or self.meta.get("twitter:image")
        if lead:
            lead = urljoin(self.base_url, lead)
            if all(image["url"] != lead for image in images):
                images = [{"url": lead, "caption": None, "credit": None}] + images
        return images

    def authors(self) -> list[str]:
        found = [text_of(e) for e in self.site_select("authors")]
        self.sources["authors"] = "site" if any(found) else None
        if not any(found):
            found = self.ld.names(self.ld.get("author") or self.ld.get("creator") or [])
        if not found:
            found = [v for key in META_AUTHORS for v in meta_all(self.root, key)
                     if not v.startswith(("http://", "https://"))][:1]
        if not found:
            found = [text_of(e) for e in select(self.root, BYLINES) if not self.elsewhere(e)]
        names = split_authors(found)
        if names and not self.sources["authors"]:
            self.sources["authors"] = "generic"
        return names

    def categories(self) -> list[str]:
        found = [text_of(e) for e in self.site_select("categories")]
        if not any(found):
            section = self.ld.get("articleSection")
            found = section if isinstance(section, list) else [section] if section else []
            found = found or meta_all(self.root, "article:section")
        return unique(found)

    def tags(self) -> list[str]:
        found = [text_of(e) for e in self.site_select("tags")]
        if not any(found):
            found = meta_all(self.root, "article:tag")
        if not found:
            keywords = self.ld.get("keywords")
            found = keywords if isinstance(keywords, list) else str(keywords or "").split(",")
        return unique(found)

    def language(self) -> str | None:
        for value in (self.root.get("lang"), self.meta.get("og:locale"), self.meta.get("content-language"),
                      self.ld.get("inLanguage", page_too=True)):
            if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}\b", value.strip()):
                return re.split(r"[-_]", value.strip())[0].lower()
        return self.profile.language if self.profile else None

    # ----------------------------------------------------------- dates
    def date_candidates(self) -> list[dict]:
        candidates = rest_date_candidates(self.hints)
        for field, key in (("published_at", "datePublished"), ("modified_at", "dateModified")):
            value, source = self.ld.date(key)
            if value and source == "json-ld":
                candidates.append({"field": field, "source": source, "value": value})
        candidates += meta_date_candidates(self.meta)
        for field, key in (("published_at", "datePublished"), ("modified_at", "dateModified")):
            value, source = self.ld.date(key)
            if value and source == "json-ld-page":
                candidates.append({"field": field, "source": "json-ld", "value": value})
        candidates += self.time_candidates()
        site_dates = [d for d in map(text_of, self.site_select("published")) if d][:1]
        candidates += [{"field": "published_at", "source": "visible", "value": d} for d in site_dates]
        candidates += [{"field": "modified_at", "source": "visible", "value": d}
                       for d in [d for d in map(text_of, self.site_select("modified")) if d][:1]]
        if not site_dates:
            visible = [text_of(e) for e in select(self.root, VISIBLE_DATES)
                       if not self.in_article_text(e) and not self.elsewhere(e)]
            candidates += [{"field": "published_at", "source": "visible", "value": v}
                           for v in [v for v in visible if v][:1]]
        self.sources["published_at"] = ("site" if site_dates else "generic" if candidates else None)
        return unique_candidates(candidates)

    def time_candidates(self) -> list[dict]:
        """The first <time datetime> of the article's header/meta line; times in
        the story text or in other stories' teasers date something else."""
        found = []
        for time in self.root.iter("time"):
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
        if self.text_containers is None:
            body_css = self.selectors.body if self.selectors and self.selectors.body else ""
            self.text_containers = set(select(self.root, f"{body_css}, {ARTICLE_TEXT}" if body_css
                                              else ARTICLE_TEXT))
        return any(a in self.text_containers for a in element.iterancestors())

    @staticmethod
    def elsewhere(element) -> bool:
        """Inside a sidebar, footer, comment list or related-stories box."""
        return any(a.tag in ("aside", "nav", "footer") or ELSEWHERE.search(classes(a))
                   for a in element.iterancestors())


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


def split_authors(values: list[str]) -> list[str]:
    """Person names from byline strings: "Oleh A dan B" -> [A, B]."""
    names = []
    for value in values:
        value = AUTHOR_PREFIX.sub("", " ".join(value.split()))
        for name in AUTHOR_SPLIT.split(value):
            name = name.strip(" .:-–—")
            if name and len(name) <= 80 and not NOT_A_PERSON.match(name) \
                    and not name.startswith(("http://", "https://")):
                names.append(name)
    return unique(names)


# --------------------------------------------------------------- REST hints
def rest_date_candidates(hints: dict) -> list[dict]:
    """WordPress REST dates: `date` is site-local without an offset and
    `date_gmt` is UTC; together they give the local time with its offset."""
    candidates = []
    for field, local_key, gmt_key in (("published_at", "date", "date_gmt"),
                                      ("modified_at", "modified", "modified_gmt")):
        value = with_offset(hints.get(local_key), hints.get(gmt_key))
        if value:
            candidates.append({"field": field, "source": "rest", "value": value})
    return candidates


def with_offset(local: str | None, gmt: str | None) -> str | None:
    """"2023-12-28T14:30:00" + gmt "2023-12-28T07:30:00" -> "2023-12-28T14:30:00+07:00"."""
    try:
        local_time = datetime.fromisoformat(local) if local else None
        gmt_time = datetime.fromisoformat(gmt) if gmt else None
    except ValueError:
        return local or gmt
    if local_time and local_time.tzinfo:
        return local_time.isoformat()
    if local_time and gmt_time:
        minutes = round((local_time - gmt_time.replace(tzinfo=None)).total_seconds() / 60)
        return local_time.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat()
    if gmt_time:
        return gmt_time.replace(tzinfo=gmt_time.tzinfo or timezone.utc).isoformat()
    return local
