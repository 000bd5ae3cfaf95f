"""Downloader middlewares: http(s) only; retries that back off instead of
hammering a struggling site; download failures counted by cause; a site
that cannot be reached given up on at once."""
from __future__ import annotations

import asyncio
import builtins
import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, NotConfigured,
                               ResponseDataLossError)
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.response import response_status_message
from twisted.internet import defer
from twisted.internet import error as net
from twisted.web._newclient import ResponseFailed

ROBOTS_FORBIDDEN = "Forbidden by robots.txt"   # RobotsTxtMiddleware's IgnoreRequest message
# The browser (playwright) names network errors in its messages only.
BROWSER_ERRORS = (("ERR_NAME_NOT_RESOLVED", "dns"), ("ERR_CONNECTION_REFUSED", "refused"),
                  ("ERR_TIMED_OUT", "timeout"), ("Timeout ", "timeout"), ("ERR_SSL", "tls"),
                  ("ERR_CERT", "tls"), ("ERR_CONNECTION_RESET", "connection_lost"))
KINDS = (
    ((CannotResolveHostError, net.DNSLookupError), "dns"),
    ((DownloadConnectionRefusedError, net.ConnectionRefusedError, builtins.ConnectionRefusedError),
     "refused"),
    ((DownloadTimeoutError, net.TimeoutError, net.TCPTimedOutError, defer.TimeoutError,
      builtins.TimeoutError), "timeout"),
)
LOST = (ResponseFailed, ResponseDataLossError, net.ConnectionLost, net.ConnectionDone,
        builtins.ConnectionResetError)
# Kinds that mean "nobody answers at that address": no retry will help.
UNREACHABLE_KINDS = ("dns", "refused")


def error_kind(error: BaseException) -> str:
    """Why a download failed, as one word: dns, refused, timeout, tls,
    connection_lost, robots_disallowed, else the exception's class name.

    Scrapy wraps the network's errors in its own (CannotResolveHostError
    from twisted's DNSLookupError ...): the whole __cause__ chain is read."""
    if isinstance(error, IgnoreRequest) and str(error).startswith(ROBOTS_FORBIDDEN):
        return "robots_disallowed"
    chain = []
    while error is not None and error not in chain:
        chain.append(error)
        error = error.__cause__
    for kinds, kind in KINDS:
        if any(isinstance(e, kinds) for e in chain):
            return kind
    if any(is_tls_error(e) for e in chain):
        return "tls"
    if any(isinstance(e, LOST) for e in chain):
        return "connection_lost"
    for e in chain:
        if type(e).__module__.startswith("playwright"):
            return next((kind for marker, kind in BROWSER_ERRORS if marker in str(e)), "browser")
    last = chain[-1]
    return "ignored" if isinstance(last, IgnoreRequest) else type(last).__name__.lstrip("_")


def is_tls_error(error: BaseException) -> bool:
    """OpenSSL's errors, raised directly or wrapped by twisted's HTTP client."""
    errors = [error] + [getattr(reason, "value", reason) for reason in getattr(error, "reasons", ())]
    return any(type(e).__module__.startswith("OpenSSL") or "SSL" in type(e).__name__ for e in errors)


def host_label(url: str) -> str:
    """host, or host:port when the URL names a port (a stats key part: no '/')."""
    parts = urlsplit(url)
    host = parts.hostname or "unknown"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host

logger = logging.getLogger(__name__)
WEB_SCHEMES = ("http", "https")


class HttpOnlyMiddleware:
    """Refuses every request whose scheme is not http or https, whoever made
    it (a sitemap child, a link, a redirect): counted as
    discovery/refused_scheme/<scheme> and logged; the run is then partial."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request):
        scheme = urlsplit(request.url).scheme.lower()
        if scheme in WEB_SCHEMES:
            return None
        self.stats.inc_value(f"discovery/refused_scheme/{scheme or 'none'}")
        logger.warning("Refused %s: only http and https URLs are fetched", request.url[:200])
        raise IgnoreRequest(f"scheme {scheme!r} refused: only http and https")


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """A Retry-After header in seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, with a wait before each retry: the server's Retry-After
    when it gives one, else RETRY_BACKOFF_BASE doubled per attempt, capped at
    RETRY_BACKOFF_MAX."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def backoff(self, request, response=None) -> float:
        attempt = request.meta.get("retry_times", 0)
        delay = self.backoff_base * (2 ** attempt)
        if response is not None:
            stated = retry_after_seconds(response.headers.get(b"Retry-After"))
            if stated is not None:
                delay = stated
        return min(delay, self.backoff_max)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(self.backoff(request, response))
        return retry

    async def process_exception(self, request, exception):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self.backoff(request))
        return retry


class DownloadErrorStats:
    """Counts every failed download attempt (retries included) by cause and
    host, download_error/<kind>/<host>, and every error answer by status,
    http_error/<status>/<host>: the nightly run turns them into the words of
    a failed site ("DNS lookup failed for host x", "HTTP 403 (bot check?)").

    Sits between RetryMiddleware and the download handler, so it sees each
    attempt before the retry decides."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response):
        if response.status >= 400:
            self.stats.inc_value(f"http_error/{response.status}/{host_label(request.url)}")
        return response

    def process_exception(self, request, exception):
        self.stats.inc_value(f"download_error/{error_kind(exception)}/{host_label(request.url)}")
        return None


class UnreachableSiteMiddleware:
    """Gives up on the site at its first DNS failure or refused connection,
    unless its host has answered before in this crawl: the crawl closes
    with reason `site_unreachable` (stats site_unreachable = <kind>/<host>)
    in seconds, instead of retrying every discovery source in turn. A host
    that answered earlier and fails later is left to the retries.

    CLOSE_UNREACHABLE_SITE = False turns it off."""

    REASON = "site_unreachable"

    def __init__(self, crawler):
        self.crawler = crawler
        self.answered: set[str] = set()
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("CLOSE_UNREACHABLE_SITE", True):
            raise NotConfigured
        return cls(crawler)

    def process_response(self, request, response):
        self.answered.add(host_label(request.url))
        return response

    def process_exception(self, request, exception):
        kind, host = error_kind(exception), host_label(request.url)
        if kind not in UNREACHABLE_KINDS or host in self.answered:
            return None
        if not self.closing:
            self.closing = True
            self.crawler.stats.set_value(self.REASON, f"{kind}/{host}")
            self.crawler.spider.logger.error(
                "Giving up on the site: %s for %s, which has not answered in this crawl",
                "DNS lookup failed" if kind == "dns" else "connection refused", host)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=self.REASON))
        # No retry: the crawl is closing.
        raise IgnoreRequest(f"{self.REASON}: {kind} {host}") from exception
