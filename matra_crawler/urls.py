"""One form of an article URL for every comparison.

`canonical_url(url)` is an identity key: two URLs that reach the same
article page get the same key, so dedup within a run and state across runs
(matra_crawler.state) agree. It is a key, not a fetch URL: it forces https
and strips trailing slashes, which a site may answer with a redirect (or,
for an http-only site, not at all). Fetch `clean_url(url)`: the URL
discovery gave, minus tracking parameters and AMP segments.

Decisions (each a rule below):
- Scheme: https, whatever was given, since http and https serve the same
  article; except on loopback hosts (127.0.0.0/8, ::1, localhost), where the
  local replicas speak plain http: there the scheme is kept as given.
- Host: lowercased, IDNA-encoded, trailing dot dropped, default port dropped,
  user info dropped. "www." is kept: www and bare hosts may be different
  servers, and each site's own links use one form consistently.
- Path: case kept (servers treat paths as case-sensitive), duplicate
  slashes collapsed, dot segments resolved, percent-encoding normalized
  (w3lib), AMP segments removed (a leading `/amp/` as custom CMSes make,
  a trailing `/amp/` as the WordPress AMP plugin makes), and every trailing
  slash stripped except the root's. Stripping (rather than adding) suits
  both WordPress (`/slug/`, which redirects from `/slug`) and the custom
  CMSes (`/berita/123/slug`, no slash). Numbered page segments (a split
  article's `/slug/2`) stay: page 2 is a different page.
- Query: tracking parameters (utm_*, fbclid, ...) and variant parameters
  (`amp`, `noamp`, WordPress `replytocom`) removed; so are the parameters a
  site's profile names in `ignored` (SiteProfile.ignored_query: its
  `fetch_query`, e.g. `page=all`, with or without which the URL names the
  same article). The rest is sorted by name and value (w3lib), so parameter
  order does not matter.
- Fragment: removed.
"""
from __future__ import annotations

import hashlib
import ipaddress
import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# A dated permalink's day: /2023/12/28/slug/ (WordPress pads month and day).
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
# Parameters that say where a click came from, never which page it is.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ttclid", "twclid",
    "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "li_fat_id",
    "ref", "ref_src", "ref_url", "share", "s_src", "s_cid", "cmpid", "ncid", "spm",
    "fb_action_ids", "fb_action_types", "fb_ref", "fb_source", "__twitter_impression",
})
TRACKING_PREFIXES = ("utm_", "__cf_chl_")  # Google Analytics; Cloudflare challenge tokens
# Parameters that pick another rendering of the same article.
VARIANT_PARAMS = frozenset({"amp", "noamp", "replytocom"})
AMP_SEGMENT = "amp"
LOOPBACK_NAMES = ("localhost",)
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks the visit (utm_source, fbclid, ...)."""
    name = name.strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, ignored: tuple[str, ...] = ()) -> str:
    """The identity key of an article URL (see the module doc for the rules);
    `ignored`: the site's own non-identity query parameters ("name=value" or
    "name"). Raises ValueError for anything but an absolute http(s) URL."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    # w3lib: lowercase scheme and host, IDNA, percent-encoding, dot segments,
    # sorted query, no fragment.
    parts = urlsplit(canonicalize_url(url))
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.rstrip(".")
    port = parts.port
    if port == DEFAULT_PORTS[parts.scheme]:
        port = None
    scheme = parts.scheme if is_loopback(host) else "https"
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, canonical_path(parts.path), canonical_query(parts.query, ignored), ""))


def url_fingerprint(canonical: str) -> int:
    """A canonical URL as 64 bits of its BLAKE2b digest, for the sets a crawl
    keeps of every article it met: ~40 bytes an article instead of ~200 for
    the URL text. The odds of two of a million articles colliding are ~3e-8."""
    return int.from_bytes(hashlib.blake2b(canonical.encode("utf-8"), digest_size=8).digest(), "big")


def canonical_path(path: str) -> str:
    return "/" + "/".join(without_amp([s for s in path.split("/") if s]))  # also collapses "//"


def without_amp(segments: list[str]) -> list[str]:
    """AMP variants: /amp/berita/1/slug (custom CMSes) and /2023/12/28/slug/amp/ (WordPress).
    A lone /amp stays: with nothing else in the path it is a page of its own."""
    segments = list(segments)
    while len(segments) > 1 and segments[0] == AMP_SEGMENT:
        segments.pop(0)
    while len(segments) > 1 and segments[-1] == AMP_SEGMENT:
        segments.pop()
    return segments


def clean_url(url: str, ignored: tuple[str, ...] = ()) -> str:
    """The URL to fetch and export for an article a source listed: the site's
    own form (scheme, host, slashes as given), without the fragment, tracking
    and variant parameters or AMP segment. Else a feed's ?utm_source link
    becomes the exported url, and an AMP twin is fetched in another template.
    Never raises: a URL that does not parse comes back without its fragment."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # e.g. "http://[broken"
        return url.split("#")[0]
    segments = [s for s in parts.path.split("/") if s]
    path = parts.path
    kept = without_amp(segments)
    if kept != segments:
        path = "/" + "/".join(kept) + ("/" if path.endswith("/") else "")
    return urlunsplit((parts.scheme, parts.netloc, path, canonical_query(parts.query, ignored), ""))


def canonical_query(query: str, ignored: tuple[str, ...] = ()) -> str:
    """Drops tracking and variant parameters (and the `ignored` ones, "name"
    or "name=value") from an already encoded, sorted query, leaving the rest
    byte for byte (so w3lib's encoding stands)."""
    ignored_pairs = {tuple(p.lower().split("=", 1)) if "=" in p else (p.lower(), None) for p in ignored}
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        name, value = unquote_plus(name).lower(), unquote_plus(value)
        if is_tracking_param(name) or name in VARIANT_PARAMS:
            continue
        if (name, value.lower()) in ignored_pairs or (name, None) in ignored_pairs:
            continue
        kept.append(pair)
    return "&".join(kept)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

