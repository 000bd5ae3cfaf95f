"""Downloader middlewares: http(s) only; retries that back off instead of
hammering a struggling site."""
from __future__ import annotations

import asyncio
import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.response import response_status_message

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
