"""Recorded fixtures per site: saved pages and the items they must give.

    python -m matra_crawler fixtures record --site SITE [--accept] URL|FILE[=URL]...

tests/sites/<site>/ holds a site's saved pages (`*.html.gz`), `pages.jsonl`
(one {"file", "url", "fetched_at"} line per page: an `extract --manifest`)
and `expected.jsonl` (the final item of each page, in that order). Recording
saves the pages (a URL fetched over http(s), a FILE copied; a FILE's URL is
the one after "=", else its page's rel=canonical) and extracts every page of
the site again. The new expected output is shown as a diff against the
recorded one and written only with --accept: a change in the output is
something to review, never to overwrite silently.

A URL is saved as the crawl would extract from it: for a site whose profile
says render, the DOM the browser rendered (Browser), not the server's answer.
"""
from __future__ import annotations

import difflib
import gzip
import json
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

PAGES = "pages.jsonl"
EXPECTED = "expected.jsonl"
FETCH_TIMEOUT = 30  # seconds
USER_AGENT = "matra_crawler fixtures (+https://github.com/)"


class FixtureError(ValueError):
    """A page that cannot be recorded (the message says which and why)."""


@dataclass
class Page:
    file: str
    url: str
    fetched_at: str
    html: bytes | None = None   # set for a page being recorded, not yet saved

    def manifest_line(self) -> str:
        return json.dumps({"file": self.file, "url": self.url, "fetched_at": self.fetched_at}, ensure_ascii=False)


def read_pages(folder: Path) -> list[Page]:
    path = folder / PAGES
    if not path.exists():
        return []
    return [Page(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_expected(folder: Path) -> list[dict]:
    path = folder / EXPECTED
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FixtureError(f"{url}: only http(s) URLs are fetched")


def fetch(url: str) -> bytes:
    """One page over http(s), decompressed; nothing else is fetched."""
    import urllib.request

    check_scheme(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            body = response.read()
            gzipped = response.headers.get("Content-Encoding") == "gzip"
    except OSError as error:
        raise FixtureError(f"{url}: {error}") from None
    return gzip.decompress(body) if gzipped else body


class Browser:
    """A render site's pages as its crawl reads them: chromium launched with
    the crawl's settings (PLAYWRIGHT_BROWSER_TYPE, PLAYWRIGHT_LAUNCH_OPTIONS,
    PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT) at the first URL, one context for
    every page (the cookie of a passed bot check is kept, as in the crawl).
    A page is its DOM once loaded and past the profile's render_waits, each
    followed by a wait for the load of the page then shown (the one a bot
    check reloaded into): what scrapy-playwright hands the spider."""

    def __init__(self, profile, settings):
        self.profile = profile
        self.settings = settings
        self.timeout = settings.getfloat("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT")
        self.playwright = self.browser = self.context = None

    def render(self, url: str) -> bytes:
        from playwright.sync_api import Error, TimeoutError

        check_scheme(url)
        page = self.start().new_page()
        statuses = []   # the main frame's answers: a bot check's, then the page's
        page.on("response", lambda response: statuses.append(response.status)
                if response.request.is_navigation_request() and response.frame == page.main_frame else None)
        try:
            page.goto(url, timeout=self.timeout)
            for name, kwargs in self.profile.render_waits(self.timeout):
                getattr(page, name)(**kwargs)
                page.wait_for_load_state(timeout=self.timeout)
            html = page.content()
        except TimeoutError:
            waited = f" (no {self.profile.render_wait} on it: a bot check that never passed?)" \
                if self.profile.render_wait else ""
            raise FixtureError(f"{url}: the page did not render within {self.timeout / 1000:g} s{waited}") from None
        except Error as error:
            raise FixtureError(f"{url}: {first_line(error)}") from None
        finally:
            page.close()
        if statuses and statuses[-1] >= 400:
            raise FixtureError(f"{url}: HTTP {statuses[-1]}")
        return html.encode("utf-8")

    def start(self):
        if self.context is None:
            from playwright.sync_api import Error, sync_playwright

            self.playwright = sync_playwright().start()
            launcher = getattr(self.playwright, self.settings.get("PLAYWRIGHT_BROWSER_TYPE"))
            try:
                self.browser = launcher.launch(**self.settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
            except Error as error:
                raise FixtureError(f"the browser did not start: {first_line(error)}") from None
            self.context = self.browser.new_context(user_agent=USER_AGENT)
        return self.context

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
        if self.playwright is not None:
            self.playwright.stop()


def first_line(error) -> str:
    """A playwright error's message without its call log; no "Page.goto:" prefix."""
    line = next((line for line in str(error.message).splitlines() if line.strip()), "")
    return re.sub(r"^\w+\.\w+: ", "", line.strip()) or type(error).__name__


@contextmanager
def url_reader(profile, settings):
    """How a URL of the site is read: through the browser for a render site, else plainly."""
    if not profile.render:
        yield fetch
        return
    browser = Browser(profile, settings)
    try:
        yield browser.render
    finally:
        browser.close()


def canonical_of(html: bytes) -> str | None:
    from .extraction.html import decode_html, parse_html

    root = parse_html(decode_html(html, None))
    link = root.find(".//link[@rel='canonical']") if root is not None else None
    href = (link.get("href") or "").strip() if link is not None else ""
    return href if urlsplit(href).scheme in ("http", "https") else None


def new_page(source: str, taken: set[str], now: datetime, read_url=fetch) -> Page:
    """A page to record from a URL or FILE[=URL]."""
    if re.match(r"^https?://", source, re.I):
        url, html = source, read_url(source)
    elif re.match(r"^[a-z][a-z0-9+.-]*://", source, re.I):
        raise FixtureError(f"{source}: only http(s) URLs are fetched")
    else:
        file, _, url = source.partition("=")
        path = Path(file)
        if not path.is_file():
            raise FixtureError(f"{file}: no such file")
        from .cli import read_page

        html = read_page(path)
        url = url or canonical_of(html) or ""
        if not url:
            raise FixtureError(f"{file}: the page names no rel=canonical URL; give it as {file}=URL")
    return Page(file_name(url, taken), url, now.isoformat(timespec="seconds"), html)


def file_name(url: str, taken: set[str]) -> str:
    """A short file name from the URL's last path segment, unique in the folder."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    stem = re.sub(r"[^a-z0-9-]+", "-", (segments[-1] if segments else "index").lower()).strip("-")[:60] or "page"
    name, n = f"{stem}.html.gz", 2
    while name in taken:
        name, n = f"{stem}-{n}.html.gz", n + 1
    taken.add(name)
    return name


def extract_pages(folder: Path, pages: list[Page], site: str) -> list[dict]:
    """Each page's final item, as `extract --site SITE --manifest pages.jsonl` prints it."""
    from .cli import extract_file
    from .sites import get_profile

    profile = get_profile(site)
    items = []
    for page in pages:
        path = folder / page.file
        if page.html is not None:   # not saved yet: extract it from a scratch copy
            path = folder / f".{page.file}.recording"
            path.write_bytes(gzip.compress(page.html, mtime=0))
        try:
            items.append(extract_file(path, page.url, profile, datetime.fromisoformat(page.fetched_at)))
        finally:
            if page.html is not None:
                path.unlink(missing_ok=True)
    return items


def item_lines(items: list[dict]) -> list[str]:
    """An item per block of lines, one field a line: a diff shows the field that changed."""
    lines = []
    for item in items:
        lines.append(f"--- {item.get('url')}")
        lines += [f"  {name}: {json.dumps(value, ensure_ascii=False)}" for name, value in item.items()]
    return lines


def record(site: str, sources: list[str], root: Path, accept: bool, settings, out=sys.stdout) -> int:
    """Record pages of `site` under root/<site>/; 0 when written or unchanged,
    1 when the output changed and --accept was not given (nothing written).
    `settings`: the project's Scrapy settings (a render site's browser)."""
    from .sites import get_profile

    folder = root / site
    pages = read_pages(folder)
    taken = {page.file for page in pages}
    now = datetime.now(timezone.utc)
    known = {page.url: page for page in pages}
    with url_reader(get_profile(site), settings) as read_url:
        for source in sources:
            page = new_page(source, taken, now, read_url)
            if page.url in known:   # re-recorded: the new copy replaces the old
                old = known[page.url]
                taken.discard(page.file)
                page.file = old.file
                pages[pages.index(old)] = page
            else:
                pages.append(page)
            known[page.url] = page
    folder.mkdir(parents=True, exist_ok=True)
    items = extract_pages(folder, pages, site)
    diff = list(difflib.unified_diff(item_lines(read_expected(folder)), item_lines(items),
                                     f"{folder / EXPECTED} (recorded)", f"{folder / EXPECTED} (new)", lineterm=""))
    if not diff:
        out.write(f"{site}: {len(items)} pages, expected output unchanged\n")
        return 0
    out.write("\n".join(diff) + "\n")
    if not accept:
        out.write(f"{site}: the expected output would change (above); nothing written. "
                  "Review it, then run again with --accept\n")
        return 1
    for page in pages:
        if page.html is not None:
            (folder / page.file).write_bytes(gzip.compress(page.html, mtime=0))
    (folder / PAGES).write_text("".join(p.manifest_line() + "\n" for p in pages), encoding="utf-8")
    (folder / EXPECTED).write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                                   encoding="utf-8")
    out.write(f"{site}: {len(pages)} pages and their expected output written to {folder}\n")
    return 0
