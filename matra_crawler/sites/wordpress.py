"""Any WordPress news portal, from one line of a registry: the generic profile.

`scrapy crawl wordpress -a site=NAME` reads the portal NAME from the registry
(wordpress_portals.csv next to this file: name, domain, source_name, enabled,
listing, notes, dateline_outlets; see docs/adding-a-site.md); `-a
site=example.com` crawls a portal that is in no registry.
Either way the profile is built here at run time, so a new portal is a line
of data, never code.

The selectors are WordPress conventions, not one theme's: the classic
template tags every "_s"-style theme prints (entry-title, entry-content,
posted-on, byline, cat-links), the core blocks of block themes
(wp-block-post-title, wp-block-post-content, wp-block-post-date,
wp-block-post-terms), and the class names of the news themes most used on
Indonesian portals (JNews "jeg_", Newspaper/tagDiv "td-"). A theme that uses
none of them still exports: every field falls back to the generic extraction
(and the crawl stats say so, field_source/<name>/<field>/generic).

This module defines no PROFILE on purpose: the generic spider is
spiders/wordpress.py, not a generated one.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from ..arguments import WEB_SCHEMES, did_you_mean
from .profile import WORDPRESS_DROP, Listing, Selectors, SiteProfile

# A package resource: a deployed egg is imported zipped, where no file path exists.
REGISTRY_PATH = files("matra_crawler.sites") / "wordpress_portals.csv"
REGISTRY_COLUMNS = ("name", "domain", "source_name", "enabled")   # required, in any order
OPTIONAL_COLUMNS = ("listing", "notes", "dateline_outlets")
UNCLOSED_QUOTE = "a double quote opened on this line is not closed"

# A registry name is a feed folder and a stats key: keep it plain.
NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")
# What people type in a spreadsheet for yes and no (English and Indonesian).
YES = {"yes", "y", "true", "1", "ya", "on"}
NO = {"no", "n", "false", "0", "tidak", "off", ""}

# Permalinks WordPress offers: /2024/03/07/slug/, /2024/03/slug/ (detail.id),
# /slug/ (%postname%). A post slug is words joined by hyphens, never a dot;
# that keeps /redaksi/, /feed/, /wp-login.php and two-segment archives
# (/category/x/, /page/2/) out.
ARTICLE_PATH = (r"^/(?:\d{4}/\d{2}/(?:\d{2}/)?)?(?!wp-)"
                r"[^/?#.]+-[^/?#.]+/?$")

SELECTORS = Selectors(
    scope="article",   # post_class()'s <article>, where the theme has one
    title=", ".join((
        "h1.entry-title", "h1.wp-block-post-title", "h1.jeg_post_title", "h1.tdb-title-text",
        ".td-post-title h1", "h1.post-title")),
    body=", ".join((
        "div.entry-content", "div.wp-block-post-content", "div.td-post-content", "div.post-content")),
    published=", ".join((
        ".entry-meta .posted-on", ".entry-meta .entry-date",
        ".wp-block-post-date:not(.wp-block-post-date__modified-date)",
        ".jeg_meta_date", ".td-post-date")),
    modified=".wp-block-post-date__modified-date",
    authors=", ".join((
        ".entry-meta .author", ".byline .author", ".wp-block-post-author-name",
        ".jeg_meta_author a", ".td-post-author-name a")),
    categories=", ".join((
        ".cat-links a", ".wp-block-post-terms.taxonomy-category a", ".jeg_meta_category a",
        ".td-category a")),
    tags=", ".join((
        ".tags-links a", ".wp-block-post-terms.taxonomy-post_tag a", ".jeg_post_tags a",
        ".td-tags a")),
    # Theme share bars, in-article ads and related boxes on top of core's.
    drop=WORDPRESS_DROP + (".jeg_share_button", ".jeg_ad", ".jnews_inline_related_post",
                           ".td-a-rec", ".td-post-sharing", ".heateor_sss_sharing_container"),
)

# One listed post on an archive page (classic themes, the query-loop block,
# JNews, tagDiv) and its date: WordPress cards print <time datetime>.
LISTING_ITEM = "article, li.wp-block-post, .jeg_post, .td_module_wrap"
LISTING_DATE = "time"


class UnknownPortal(ValueError):
    """-a site=X names no registry portal and is no domain either."""


class RegistryError(ValueError):
    """A registry line that cannot be used (the message names file and line)."""


@dataclass(frozen=True)
class Portal:
    """One registry line."""

    name: str
    domain: str
    source_name: str
    enabled: bool
    listing: str = ""     # a category page to walk when nothing cheaper answers
    notes: str = ""
    dateline_outlets: tuple[str, ...] = ()   # "Place (OUTLET) -" outlets


def load_registry(path: str | Path = REGISTRY_PATH) -> dict[str, Portal]:
    """The registry's portals by name. Lines whose first cell starts with "#"
    are comments; blank lines are skipped. Raises RegistryError, one line
    naming file and line, on a file that cannot be read or a bad line.
    `path` is a file path or a package resource (REGISTRY_PATH)."""
    if isinstance(path, str):
        path = Path(path)
    portals: dict[str, Portal] = {}
    header: list[str] | None = None
    reader = csv.reader(io.StringIO(registry_text(path), newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            words = UNCLOSED_QUOTE if "end of data" in str(error) else f"not a CSV line: {error}"
            raise RegistryError(f"{path}:{start}: {words}") from None
        where = f"{path}:{start}"
        if reader.line_num != start:   # csv joined lines: a quote is left open
            raise RegistryError(f"{where}: {UNCLOSED_QUOTE} before line {reader.line_num}")
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if header is None:
            while not cells[-1]:   # a spreadsheet's trailing empty columns
                cells.pop()
            header = [cell.lower() for cell in cells]
            check_header(header, where)
            continue
        if len(cells) > len(header) and any(cells[len(header):]):
            raise RegistryError(f"{where}: {len(cells)} cells, but the header names {len(header)} "
                                "columns (a comma inside a cell? put the cell in double quotes)")
        values = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        portal = _portal(values, where)
        if portal.name in portals:
            raise RegistryError(f"{where}: the name {portal.name!r} is used twice")
        portals[portal.name] = portal
    return portals


def registry_text(path: Path) -> str:
    """The file as text; RegistryError when it cannot be read or is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RegistryError(f"{path}: cannot read the registry: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")   # -sig: a spreadsheet's BOM
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise RegistryError(f"{path}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x}); "
                            "save the registry as CSV UTF-8") from None


def check_header(header: list[str], where: str) -> None:
    missing = [column for column in REGISTRY_COLUMNS if column not in header]
    if missing:
        raise RegistryError(f"{where}: header lacks the column(s) {', '.join(missing)}")
    known = REGISTRY_COLUMNS + OPTIONAL_COLUMNS
    for column in header:
        if column not in known:
            raise RegistryError(f"{where}: unknown column {column!r}{did_you_mean(column, known)}; "
                                f"columns: {', '.join(known)}")
        if header.count(column) > 1:
            raise RegistryError(f"{where}: column {column!r} appears twice")


def _portal(values: dict[str, str], where: str) -> Portal:
    name = values["name"].lower()
    if not NAME.match(name):
        raise RegistryError(f"{where}: name {values['name']!r} must be lowercase letters, digits, _")
    domain = host_of(values["domain"])
    if not domain:
        raise RegistryError(f"{where}: portal {name!r} has no domain")
    if not values["source_name"]:
        raise RegistryError(f"{where}: portal {name!r} has no source_name")
    enabled = values["enabled"].lower()
    if enabled not in YES | NO:
        raise RegistryError(f"{where}: enabled must be yes or no, not {values['enabled']!r}")
    listing = values.get("listing", "")
    if listing and not listing.startswith("/"):
        raise RegistryError(f"{where}: listing {listing!r} must be a path starting with /")
    outlets = tuple(o.strip() for o in values.get("dateline_outlets", "").split(";") if o.strip())
    return Portal(name, domain, values["source_name"], enabled in YES, listing, values.get("notes", ""), outlets)


def enabled_portals(path: str | Path = REGISTRY_PATH) -> list[Portal]:
    """The portals to crawl nightly, in registry order."""
    return [portal for portal in load_registry(path).values() if portal.enabled]


def host_of(site: str) -> str:
    """"https://www.Example.com/x" -> "www.example.com"; "example.com" stays;
    "127.0.0.1:8080" keeps its port."""
    site = site.strip()
    if not site:
        return ""
    parts = urlsplit(site if "//" in site else "//" + site)
    return (parts.netloc or "").lower().rstrip(".")


def looks_like_domain(site: str) -> bool:
    host = host_of(site)
    return bool(re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?", host))


def profile_for(portal: Portal, base_url: str | None = None) -> SiteProfile:
    """The generic WordPress profile of one portal."""
    listing = portal.listing or "/"
    if not listing.endswith("/"):
        listing += "/"
    return SiteProfile(
        name=portal.name,
        source_name=portal.source_name,
        base_url=base_url or f"https://{portal.domain}/",
        listings=(Listing(listing, listing + "page/{page}/", item=LISTING_ITEM, item_date=LISTING_DATE),),
        article_path=ARTICLE_PATH,
        selectors=SELECTORS,
        dateline_outlets=portal.dateline_outlets,
    )


def wordpress_profile(site: str, registry: str | Path = REGISTRY_PATH) -> SiteProfile:
    """The profile for `-a site=`: a registry name, a registered portal's
    domain, or any other domain/URL (crawled as an unregistered portal)."""
    scheme = urlsplit(site.strip()).scheme.lower() if "://" in site else "https"
    if scheme not in WEB_SCHEMES:
        raise UnknownPortal(f"portal {site!r}: only http:// and https:// portals are crawled")
    portals = load_registry(registry)
    key = site.strip().lower()
    if key in portals:
        return profile_for(portals[key])
    if looks_like_domain(site):
        host = host_of(site)
        bare = host.removeprefix("www.")
        for portal in portals.values():   # a registered portal named by its domain
            if portal.domain.removeprefix("www.") == bare:
                return profile_for(portal)
        # Unregistered: the feed folder is the domain; the outlet's name comes
        # from the pages (og:site_name), so source_name stays empty here.
        unregistered = Portal(re.sub(r"[^a-z0-9_.-]", "_", bare), host, "", True)
        return profile_for(unregistered, base_url=f"{scheme}://{host}/")
    raise UnknownPortal(
        f"unknown WordPress portal {site!r}: not a name in {registry} "
        f"(known: {', '.join(portals) or 'none'}) and not a domain such as example.com")
