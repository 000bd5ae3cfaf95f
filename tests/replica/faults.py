"""Switchable faults for the replica server: a catalogue of ways a news site
misbehaves, each one a fault for ``Replica.add_fault``.

Every function here returns a ``Fault``: a callable ``fault(method, path,
headers)`` that acts only on the paths it ``match``-es (a predicate, a path,
or a collection of paths) and otherwise lets the site answer. ``times=N``
makes it transient: it acts on the first N requests for each path, then the
site answers again (a server that recovers); ``times=None`` never recovers.
Each fault logs every matching request in ``fault.hits`` as
``(time.monotonic(), path, faulted)``, so a test can see when a crawler
came back after a 429 or a reset.

Faults that need the real page (truncation, mis-encoding, tracking links)
take the site route (``matra.build_site(...)``) and change its answer.

    site = matra.build_site(articles)
    with Replica(site) as replica:
        replica.add_fault(server_error(503, times=2))         # every page fails twice, then works
        replica.add_fault(gzip_bomb(match=article_path(a)))   # one article is a bomb
"""
from __future__ import annotations

import gzip
import re
import socket
import struct
import sys
import threading
import time
from collections import Counter
from functools import lru_cache
from http.server import BaseHTTPRequestHandler
from typing import Callable, Iterable, Optional, Union
from urllib.parse import urlsplit

from tests.replica.server import DropConnection, Response

# The replica's article pages (/YYYY/MM/DD/slug/ with or without a query), not their comment feeds.
ARTICLE_PAGE = re.compile(r"^/\d{4}/\d{2}/\d{2}/[^/?]+/?(?:\?.*)?$")
HTML = "text/html; charset=UTF-8"

Match = Union[Callable[[str], bool], str, Iterable[str], None]


def is_article_page(path: str) -> bool:
    return ARTICLE_PAGE.match(path) is not None


def any_path(path: str) -> bool:
    return True


def _matcher(match: Match) -> Callable[[str], bool]:
    if match is None:
        return is_article_page
    if callable(match):
        return match
    if isinstance(match, str):
        return lambda path: path == match
    paths = frozenset(match)
    return lambda path: path in paths


class Fault:
    """A fault for ``Replica.add_fault``: ``answer(path, headers)`` builds the
    bad answer (or raises DropConnection) for matching paths, for the first
    ``times`` requests of each path (all of them when ``times`` is None)."""

    def __init__(self, name: str, answer: Callable[[str, dict], Response],
                 match: Match = None, times: Optional[int] = None):
        self.name = name
        self.answer = answer
        self.match = _matcher(match)
        self.times = times
        self.hits: list[tuple[float, str, bool]] = []
        self._seen: Counter = Counter()
        self._lock = threading.Lock()

    def __call__(self, method: str, path: str, headers: dict) -> Optional[Response]:
        if not self.match(path):
            return None
        with self._lock:
            self._seen[path] += 1
            faulted = self.times is None or self._seen[path] <= self.times
            self.hits.append((time.monotonic(), path, faulted))
        return self.answer(path, headers) if faulted else None

    def faulted_paths(self) -> set[str]:
        return {path for _, path, faulted in self.hits if faulted}

    def requests_of(self, path: str) -> list[float]:
        """When each request for `path` arrived (monotonic seconds), in order."""
        return [when for when, hit, _ in self.hits if hit == path]

    def __repr__(self) -> str:
        return f"Fault({self.name})"


def _plain(status: int, text: str, headers=()) -> Response:
    return Response(status, [("Content-Type", "text/plain; charset=UTF-8"), *headers], text.encode())


# ------------------------------------------------------------ HTTP errors --
def server_error(status: int = 500, match: Match = None, times: Optional[int] = None) -> Fault:
    """500 Internal Server Error, 502, 503 Service Unavailable (a PHP worker pool
    that is full, a database that went away)."""
    page = f"<html><body><h1>{status}</h1><p>Error establishing a database connection</p></body></html>"
    return Fault(f"http_{status}", lambda path, headers: Response.text(page, status=status),
                 match, times)


def too_many_requests(retry_after: int = 1, match: Match = None, times: Optional[int] = 1) -> Fault:
    """429 with Retry-After in seconds (a rate limiter, e.g. Cloudflare's or a
    WordPress security plugin's)."""
    return Fault("http_429", lambda path, headers: _plain(
        429, "Too Many Requests\n", [("Retry-After", str(retry_after))]), match, times)


# --------------------------------------------------------- broken sockets --
def stall(seconds: float, match: Match = None, times: Optional[int] = 1) -> Fault:
    """An answer that comes only after `seconds` (longer than the crawler's
    DOWNLOAD_TIMEOUT): the request times out. The server thread sleeps, so keep
    `seconds` short (a few seconds) or it outlives the test."""
    page = "<html><body><p>late</p></body></html>"
    return Fault("stall", lambda path, headers: Response(200, [("Content-Type", HTML)], page.encode(),
                                                         delay=seconds), match, times)


def drop_connection(match: Match = None, times: Optional[int] = 1) -> Fault:
    """The socket is closed (FIN) without any answer."""
    def answer(path, headers):
        raise DropConnection()
    return Fault("drop_connection", answer, match, times)


def reset_connection(match: Match = None, times: Optional[int] = 1) -> Fault:
    """The socket is aborted with a TCP RST, no answer (a crashing upstream,
    a load balancer giving up). The server offers only a clean close, so this
    finds its request handler on the stack and aborts the connection itself."""
    def answer(path, headers):
        handler = _current_handler()
        if handler is not None:
            _abort(handler)
        raise DropConnection()
    return Fault("reset_connection", answer, match, times)


def _current_handler() -> Optional[BaseHTTPRequestHandler]:
    frame = sys._getframe(1)
    while frame is not None:
        candidate = frame.f_locals.get("self")
        if isinstance(candidate, BaseHTTPRequestHandler):
            return candidate
        frame = frame.f_back
    return None


def _abort(handler: BaseHTTPRequestHandler) -> None:
    """RST: SO_LINGER with a zero timeout makes close() abort the connection.
    The handler's file objects are closed first (they hold the socket open)
    and replaced by throwaway ones, so the server's own cleanup still runs."""
    import io

    connection = handler.connection
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.rfile.close()
    handler.wfile.close()
    handler.rfile, handler.wfile = io.BytesIO(), io.BytesIO()
    connection.close()


def truncated_body(site, keep: float = 0.5, match: Match = None, times: Optional[int] = 1) -> Fault:
    """The real page, cut after `keep` of its bytes, under a Content-Length
    that promises all of them; then the server closes the connection (a PHP
    worker killed mid-answer)."""
    def answer(path, headers):
        real = site(path)
        cut = real.body[: int(len(real.body) * keep)]
        kept = [(k, v) for k, v in real.headers if k.lower() not in ("content-length", "content-encoding")]
        # identity: the server must not gzip the cut body (the length is of the raw page).
        return Response(real.status, kept + [("Content-Length", str(len(real.body))),
                                              ("Content-Encoding", "identity"),
                                              ("Connection", "close")], cut)
    return Fault("truncated_body", answer, match, times)


# -------------------------------------------------------------- bad bodies --
def mislabelled_cp1252(site, match: Match = None, times: Optional[int] = None) -> Fault:
    """The real page encoded in windows-1252 while the header and the page's
    <meta charset> still say UTF-8 (an old theme file saved in ANSI, a proxy
    that re-encodes)."""
    def answer(path, headers):
        real = site(path)
        text = real.body.decode("utf-8")
        return Response(real.status, list(real.headers), text.encode("cp1252", errors="xmlcharrefreplace"))
    return Fault("mislabelled_cp1252", answer, match, times)


@lru_cache(maxsize=2)
def gzip_bomb_body(inflated_size: int = 1 << 30) -> bytes:
    """gzip data that inflates to `inflated_size` zero bytes (1 GiB by default)
    from about a thousandth of that. Built cheaply: one 16 MiB member repeated
    (a gzip stream may hold many members; every decoder reads them all)."""
    chunk = 16 << 20
    member = gzip.compress(bytes(chunk), compresslevel=9, mtime=0)
    return member * max(1, inflated_size // chunk)


def gzip_bomb(inflated_size: int = 1 << 30, match: Match = None, times: Optional[int] = None) -> Fault:
    """Content-Encoding: gzip of `inflated_size` zeros under text/html."""
    return Fault("gzip_bomb", lambda path, headers: Response(
        200, [("Content-Type", HTML), ("Content-Encoding", "gzip")], gzip_bomb_body(inflated_size)),
        match, times)


def huge_page(size: int = 20 << 20, match: Match = None, times: Optional[int] = None) -> Fault:
    """A `size`-byte HTML page (20 MB by default: a page with a runaway
    comment thread or inline base64 images), sent uncompressed."""
    @lru_cache(maxsize=1)
    def body() -> bytes:
        row = b"<p>Komentar pengunjung yang sangat panjang dan diulang terus-menerus.</p>\n"
        head, tail = b"<!DOCTYPE html><html><body><article>", b"</article></body></html>"
        return head + row * ((size - len(head) - len(tail)) // len(row) + 1) + tail
    return Fault("huge_page", lambda path, headers: Response(
        200, [("Content-Type", HTML), ("Content-Encoding", "identity")], body()), match, times)


# Billion laughs: ten levels of ten references, 10^9 "lol"s (3 GB) if expanded.
_LAUGHS = "".join(
    [' <!ENTITY lol "lol">\n']
    + [f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n' for n in range(1, 10)])
_BOMB_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [\n{_LAUGHS}]>\n'
XML_BOMBS = {
    "sitemap": _BOMB_HEAD + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            "<url><loc>&lol9;</loc><lastmod>&lol9;</lastmod></url></urlset>\n",
    "feed": _BOMB_HEAD + '<rss version="2.0"><channel><title>&lol9;</title>'
                         "<item><title>&lol9;</title><link>&lol9;</link><pubDate>&lol9;</pubDate>"
                         "<description>&lol9;</description></item></channel></rss>\n",
}


def xml_bomb(kind: str, match: Match) -> Fault:
    """An entity-expansion bomb (billion laughs) shaped as a sitemap or an RSS feed."""
    content_type = {"sitemap": "application/xml", "feed": "application/rss+xml"}[kind]
    return Fault(f"xml_bomb_{kind}", lambda path, headers: Response(
        200, [("Content-Type", f"{content_type}; charset=UTF-8")], XML_BOMBS[kind].encode()), match)


def malformed(site, match: Match, keep: float = 0.5, times: Optional[int] = None) -> Fault:
    """The real XML or JSON answer cut after `keep` of its text, then a PHP
    error glued on (a sitemap or REST plugin dying mid-output), served whole
    under a 200."""
    php_error = ("\n<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted "
                 "in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line <b>2187</b><br />\n")

    def answer(path, headers):
        real = site(path)
        text = real.body.decode("utf-8")
        kept = [(k, v) for k, v in real.headers if k.lower() != "content-length"]
        return Response(real.status, kept, (text[: int(len(text) * keep)] + php_error).encode())
    return Fault("malformed", answer, match, times)


# -------------------------------------------------------------- redirects --
def redirect_loop(match: Match = None) -> Fault:
    """/slug/ answers 301 to /slug, which WordPress answers 301 to /slug/
    (a plugin and the core canonical redirect disagreeing on the slash)."""
    return Fault("redirect_loop", lambda path, headers: Response.redirect(path.rstrip("/")), match)


def redirect_elsewhere(target_base: str, match: Match = None, status: int = 301) -> Fault:
    """A 301 to the same path on another origin (a domain move, a hijacked
    plugin). `target_base` like "http://localhost:PORT"."""
    return Fault("redirect_elsewhere", lambda path, headers: Response.redirect(
        target_base.rstrip("/") + path, status), match)


# ------------------------------------------------------------- discovery --
LISTING_PAGE = re.compile(r"^/page/(\d+)/?$")


def endless_listing(first_page: int = 2, per_page: int = 10) -> Fault:
    """/page/N/ for every N >= first_page: a listing of `per_page` articles no
    one else links to (and that do not exist: 404), with a link to page N+1,
    forever (a calendar or archive trap; a theme that invents pages)."""
    def answer(path, headers):
        page = int(LISTING_PAGE.match(path).group(1))
        cards = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="/2019/01/{1 + k % 28:02d}/'
            f'arsip-halaman-{page}-berita-{k}/">Arsip {page}.{k}</a></h2></article>\n'
            for k in range(per_page))
        html = (f"<!DOCTYPE html><html><body><main>{cards}"
                f'<nav class="navigation pagination"><a class="next page-numbers" '
                f'href="/page/{page + 1}/">Berikutnya</a></nav></main></body></html>')
        return Response.text(html)

    def match(path):
        found = LISTING_PAGE.match(path)
        return bool(found) and int(found.group(1)) >= first_page
    return Fault("endless_listing", answer, match)


TRACKING_QUERY = "utm_source=feed&utm_medium=rss&utm_campaign=jambi&fbclid=IwAR0x"


def tracking_and_amp_links(site) -> Fault:
    """The feed lists every article three times (its permalink, with tracking
    parameters, and its /amp/ variant), the home page links each with tracking
    parameters; /amp/ pages serve the article (the AMP plugin's standard mode)."""
    amp = re.compile(r"^(/\d{4}/\d{2}/\d{2}/[^/]+/)amp/?$")

    def variants(url: str) -> list[str]:
        return [f"{url}?{TRACKING_QUERY}", f"{url}amp/", url]

    def answer(path, headers):
        found = amp.match(urlsplit(path).path)
        if found:
            return site(found.group(1))
        real = site(path)
        text = real.body.decode("utf-8")
        if path.startswith("/feed"):
            def triple(item):
                link = re.search(r"<link>([^<]+)</link>", item.group(0)).group(1)
                return "".join(item.group(0).replace(f"<link>{link}</link>", f"<link>{v.replace('&', '&amp;')}</link>")
                               for v in variants(link))
            text = re.sub(r"<item>.*?</item>", triple, text, flags=re.S)
        else:  # the home page and its /page/N/ listings
            base = re.escape(site.base_url)
            text = re.sub(rf'href="({base}/\d{{4}}/\d{{2}}/\d{{2}}/[^/"]+/)"',
                          rf'href="\1?{TRACKING_QUERY.replace("&", "&amp;")}"', text)
        kept = [(k, v) for k, v in real.headers if k.lower() not in ("content-length", "etag", "last-modified")]
        return Response(real.status, kept, text.encode())

    def match(path):
        plain = urlsplit(path).path
        return plain in ("/feed/", "/") or LISTING_PAGE.match(plain) is not None or amp.match(plain) is not None
    return Fault("tracking_and_amp_links", answer, match)


def robots_disallow(site, *prefixes: str) -> Fault:
    """robots.txt with the site's rules plus `Disallow:` lines for `prefixes`."""
    def answer(path, headers):
        real = site(path)
        text = real.body.decode("utf-8").replace(
            "Disallow: /wp-admin/", "Disallow: /wp-admin/\n" + "".join(f"Disallow: {p}\n" for p in prefixes).rstrip("\n"))
        return Response.text(text, "text/plain; charset=utf-8")
    return Fault("robots_disallow", answer, "/robots.txt")
