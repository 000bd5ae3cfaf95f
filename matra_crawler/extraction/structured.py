"""What a page states about itself in machine-readable form: JSON-LD and <meta>.

Yoast and most news CMSs put the article's headline, dates and authors in a
JSON-LD block; Open Graph and article:* meta tags repeat some of them. A
broken block is skipped, never fatal.
"""
from __future__ import annotations

import json
import re

# Types whose node describes the article itself, most specific first wins ties.
ARTICLE_TYPES = frozenset("""Article NewsArticle BlogPosting ReportageNewsArticle AnalysisNewsArticle
    OpinionNewsArticle ReviewNewsArticle BackgroundNewsArticle AskPublicNewsArticle LiveBlogPosting
    SatiricalArticle TechArticle ScholarlyArticle Report SocialMediaPosting ClaimReview""".split())
PAGE_TYPES = frozenset(("WebPage", "ItemPage", "MediaObject", "VideoObject"))
TRAILING_COMMA = re.compile(r",\s*([}\]])")
WRAPPERS = re.compile(r"<!\[CDATA\[|\]\]>|<!--|-->")


# --------------------------------------------------------------- JSON-LD
def json_ld_blocks(root) -> list:
    """Parsed JSON-LD blocks of the page; unparseable ones are left out."""
    blocks = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        data = loads_lenient(script.text)
        if data is not None:
            blocks.append(data)
    return blocks


def loads_lenient(text: str):
    """JSON as CMSs write it: raw newlines in strings, trailing commas, a
    "//<![CDATA[" or "<!--" wrapper, a stray semicolon. None when it still
    does not parse."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        pass
    text = WRAPPERS.sub("", text)
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    end = max(text.rfind("}"), text.rfind("]"))
    if not starts or end < min(starts):
        return None
    core = text[min(starts):end + 1]
    for attempt in (core, TRAILING_COMMA.sub(r"\1", core)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def types_of(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type
    return {re.split(r"[/:#]", k)[-1] for k in kinds if isinstance(k, str)}


def graph_nodes(blocks: list) -> list[dict]:
    """Every object in the blocks (through @graph, lists and nested values),
    in document order."""
    nodes: list[dict] = []

    def walk(value, depth):
        if depth > 6:
            return
        if isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            nodes.append(value)
            for key, item in value.items():
                if isinstance(item, (dict, list)) and key != "@context":
                    walk(item, depth + 1)

    walk(blocks, 0)
    return nodes


class JsonLd:
    """The page's JSON-LD: the article node (or a page node), @id lookups."""

    def __init__(self, blocks: list):
        self.nodes = graph_nodes(blocks)
        self.by_id = {n["@id"]: n for n in self.nodes if isinstance(n.get("@id"), str) and len(n) > 1}
        articles = [n for n in self.nodes if types_of(n) & ARTICLE_TYPES]
        # An article with a headline and a date is the page's own; a bare one
        # may be a teaser in an ItemList.
        articles.sort(key=lambda n: -(bool(n.get("headline")) + bool(n.get("datePublished"))))
        self.article = articles[0] if articles else None
        pages = [n for n in self.nodes if types_of(n) & PAGE_TYPES]
        self.page = pages[0] if pages else None

    def resolve(self, value):
        """A {"@id": ...} reference replaced by the node it names."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
            return self.by_id.get(value["@id"], value)
        return value

    def get(self, key: str, *, page_too: bool = False):
        for node in (self.article, self.page if page_too else None):
            if node and node.get(key) not in (None, "", []):
                return self.resolve(node[key])
        return None

    def names(self, value) -> list[str]:
        """Names in an author/publisher value: a string, a Person, a list of either."""
        found: list[str] = []
        for item in value if isinstance(value, list) else [value]:
            item = self.resolve(item)
            if isinstance(item, list):  # [Person, [Person]] happens
                found += self.names(item)
            elif isinstance(item, str):
                found.append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = name[0] if name else None
                if not isinstance(name, str) and isinstance(item.get("familyName"), str):
                    name = f"{item.get('givenName') or ''} {item['familyName']}"
                if isinstance(name, str):
                    found.append(name)
        return [" ".join(n.split()) for n in found if n and n.strip()]

    def organizations_only(self, value) -> bool:
        """Does an author value name no Person (only an Organization, the CMS)?"""
        items = [self.resolve(i) for i in (value if isinstance(value, list) else [value])]
        return bool(items) and all(isinstance(i, dict) and "Person" not in types_of(i) and types_of(i)
                                   for i in items)

    def date(self, key: str) -> tuple[str | None, str | None]:
        """(value, "json-ld") from the article node, else (value, "json-ld-page")
        from a WebPage node, else (None, None)."""
        for node, source in ((self.article, "json-ld"), (self.page, "json-ld-page")):
            value = node.get(key) if node else None
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, str) and value.strip():
                return value.strip(), source
        return None, None


# --------------------------------------------------------------- <meta>
def meta_tags(root) -> dict[str, str]:
    """First content of each <meta name|property|itemprop>, keys lowercased."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            # itemprop may hold several names: "datePublished dateCreated"
            for key in (meta.get(attr) or "").lower().split() if attr == "itemprop" else \
                    [(meta.get(attr) or "").strip().lower()]:
                if key and key not in found:
                    found[key] = " ".join(content.split())
    return found


def meta_all(root, key: str) -> list[str]:
    """Every content of a repeated meta tag (article:tag, article:author)."""
    values = []
    for meta in root.iter("meta"):
        if key in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
            content = " ".join((meta.get("content") or "").split())
            if content and content not in values:
                values.append(content)
    return values


# Meta tags that carry dates, best first, and the field each one dates.
META_DATES = (
    ("article:published_time", "published_at"), ("og:article:published_time", "published_at"),
    ("article:published", "published_at"),
    ("datepublished", "published_at"), ("parsely-pub-date", "published_at"),
    ("sailthru.date", "published_at"), ("publish-date", "published_at"),
    ("publishdate", "published_at"), ("pubdate", "published_at"),
    ("dc.date.issued", "published_at"), ("dcterms.date", "published_at"),
    ("dc.date", "published_at"), ("date", "published_at"), ("article.published", "published_at"),
    ("cxenseparse:recs:publishtime", "published_at"), ("og:published_time", "published_at"),
    ("article:modified_time", "modified_at"), ("article:modified", "modified_at"),
    ("og:updated_time", "modified_at"),
    ("datemodified", "modified_at"), ("dc.date.modified", "modified_at"),
    ("last-modified", "modified_at"), ("article.updated", "modified_at"),
)


def meta_date_candidates(meta: dict[str, str]) -> list[dict]:
    return [{"field": field, "source": "meta", "value": meta[key]}
            for key, field in META_DATES if meta.get(key)]
