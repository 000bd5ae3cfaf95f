"""What a discovery source lists: an article URL and the dates it shows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from urllib.parse import urlsplit

from ..urls import URL_DATE


@dataclass
class Found:
    """An article URL as a discovery source lists it."""

    url: str
    published: datetime | None = None
    modified: datetime | None = None
    # Passed on to extraction (e.g. REST dates, which beat anything on the page).
    hints: dict = field(default_factory=dict)
    # A listing's "21 Jam yang lalu": rounded down, 21 to 22 hours ago.
    approximate: bool = False

    def published_day(self, tz: tzinfo | None = None) -> date | None:
        """The day of publication on the site's clock (`tz`): REST and
        sitemaps state UTC, and 03:00 WIB is the day before in UTC."""
        if self.published:
            return local_day(self.published, tz)
        return date_from_url(self.url)

    def modified_day(self, tz: tzinfo | None = None) -> date | None:
        return local_day(self.modified, tz) if self.modified else None


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date() if tz and moment.tzinfo else moment.date()


def date_from_url(url: str) -> date | None:
    """The day in a dated permalink (/2023/12/28/slug/), if any."""
    match = URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def utc(value: str | None) -> datetime | None:
    """A naive ISO time that is UTC (WordPress's *_gmt fields)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
