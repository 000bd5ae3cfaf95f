"""The RSS or Atom feed: the newest few articles with their dates."""
from __future__ import annotations

from io import BytesIO
from urllib.parse import urljoin

import lxml.etree

from ..normalize.dates import parse_date
from .found import Found
from .source import _SAFE_XML, FAILED, Ask, Outcome, Source, well_formed


def parse_feed(body: bytes) -> list[Found]:
    """RSS 2.0 or Atom items -> their links and publication dates."""
    root = lxml.etree.parse(BytesIO(body), lxml.etree.XMLParser(**_SAFE_XML)).getroot()
    if root is None:
        raise ValueError("feed is not XML")
    found = []
    for item in root.iter("item", "{http://www.w3.org/2005/Atom}entry"):
        link = item.findtext("link") or ""
        if not link:
            atom_link = item.find("{http://www.w3.org/2005/Atom}link")
            link = atom_link.get("href", "") if atom_link is not None else ""
        when = (item.findtext("pubDate") or item.findtext("{http://purl.org/dc/elements/1.1/}date")
                or item.findtext("{http://www.w3.org/2005/Atom}published"))
        if link.strip():
            found.append(Found(link.strip(), published=parse_date(when) if when else None))
    return found


class FeedSource(Source):
    name = "feed"
    group = 1

    def first(self) -> list[Ask]:
        feed = self.scope.profile.feed
        return [Ask(urljoin(self.scope.base_url, feed), self.name)] if feed else []

    def read(self, response, ask: Ask) -> Outcome:
        try:
            found = parse_feed(response.body)
        except Exception as exc:
            self.scope.logger.info("Unreadable feed at %s: %s", response.url, exc)
            found = []
        outcome = Outcome(found, verdict=FAILED)
        if found and not well_formed(response.body):
            # What it lists is only what came before the break: no answer.
            outcome.counts.append("malformed")
            self.scope.logger.warning("Feed at %s breaks off; taking what it lists and looking further",
                                      response.url)
        elif found:
            # The newest few only: short of `since`, the next group goes further back.
            outcome.verdict = self.reaches_since(found, outcome)
        return outcome
