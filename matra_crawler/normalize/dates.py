"""Dates as printed on Indonesian (Jambi) news pages -> timezone-aware datetimes.

Two stages:

1. A fast path of compiled regexes for the formats the target sites print,
   ISO 8601 and RSS. Seen on the sites: "Kamis (28/12/2023)", "Kamis, 28
   Desember 2023 - 14:30 WIB", "Jumat, 5 Januari 2024 | 09:15 WIB", "Minggu
   12-04-2026,10:07 WIB", "Selasa, 17 Mar 2026 06:31 WIB", "Rabu, 04 Februari
   2026 - 16:20:18 WIB", "21 Jam yang lalu", "Jumat, 22 Oktober 2021 | 19.03",
   "Mei 21, 2025" (WordPress "F j, Y" with Indonesian month names), "pukul
   14.30 WIB"; WITA (+08:00) and WIT (+09:00) in national stories.
   The date is *searched for* inside the string, so a leading phrase
   ("Diperbarui ...", "Written By X on ...") does not defeat it, and a stated
   zone (WIB +07:00, WITA +08:00, WIT +09:00, numeric offsets) is kept as stated.
2. dateparser (languages=["id"]) for the long tail only. It is imported lazily
   (slow import), costs about a millisecond per call, and has known flaws
   (it turns WITA into +07:00, gives "kemarin" the current time of day).

Rules worth knowing:
- Numeric dates are day first (28/12/2023). "12/28/2023" is None, not guessed.
- A weekday name is decoration: "Senin, 28 Desember 2023" (28 Dec 2023 was a
  Thursday) parses from the numbers. CMS templates print both from one
  timestamp, so the numbers are the data and a wrong weekday is a typo.
- A date without a time is 00:00 in default_tz. So are day-granular relative
  dates ("kemarin", "2 hari lalu"): the page does not say the time of day, and
  we do not invent one from the clock.
- If the fast path recognises a date that cannot exist (31 Februari, month 13,
  25:00), the answer is None: dateparser is not asked to "repair" it.
- A time alone ("pukul 14.30 WIB") is not a date: None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone, tzinfo

WIB = timezone(timedelta(hours=7))

# Zone names printed after the time. Indonesian zones are fixed offsets (no DST).
_ZONE_OFFSETS = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0, "z": 0}

# Indonesian names (with the old spellings Pebruari/Nopember and the common
# abbreviations) plus English ones, which RSS (RFC 822) and English themes use.
_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
# Longest names first so "maret" is not read as "mar" + "et".
_MONTH = (
    r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
)
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum['’`]?at|sabtu|minggu|ahad)"

# --- absolute dates: each pattern yields year, month, day -------------------
_YEAR_FIRST = re.compile(  # ISO 8601 / W3C, and dated permalinks /2023/12/28/
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)
_DAY_MONTHNAME_YEAR = re.compile(  # 28 Desember 2023, 17 Mar 2026, Thu, 28 Dec 2023
    r"(?<!\d)(?P<day>\d{1,2})[\s./-]*" + _MONTH + r"[\s.,/-]*(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
_MONTHNAME_DAY_YEAR = re.compile(  # WordPress "F j, Y": Mei 21, 2025
    r"(?<![a-z])" + _MONTH + r"\s*(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(  # 28/12/2023, 12-04-2026, 28.12.2023 (day first)
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
)
_DATE_PATTERNS = (_YEAR_FIRST, _DAY_MONTHNAME_YEAR, _MONTHNAME_DAY_YEAR, _DAY_MONTH_YEAR)

# --- time of day, with the words and punctuation sites put before it --------
_CLOCK = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:[:.](?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?"
)
_ZONE = (
    r"(?:\s*(?P<zone>wita|wit|wib|utc|gmt|z)(?![a-z]))?"
    r"(?:\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)(?!\d))?"
)
_BEFORE_CLOCK = r"[\s,|@()–—-]*(?:(?:pukul|pkl\.?|jam|at|t)[\s,|@–—-]*)?"
# "... 2023 - 14:30 WIB", "... 2023 | 19.03", "...2026,10:07 WIB", "... pukul 14.30"
_TIME_AFTER = re.compile(_BEFORE_CLOCK + _CLOCK + _ZONE, re.IGNORECASE)
# "14:30 WIB, Kamis 28/12/2023": only when nothing but punctuation/weekday
# separates the time from the date; used when no time follows the date.
_TIME_BEFORE = re.compile(
    _CLOCK + _ZONE + r"[\s,|–—-]*(?:" + _WEEKDAY + r"[\s,]*)?\(?$", re.IGNORECASE
)

# --- relative dates ----------------------------------------------------------
_UNIT = r"(?:detik|dtk|menit|mnt|jam|hari|minggu|pekan|bulan|tahun)"
_AGO = re.compile(  # "21 Jam yang lalu", "sejam lalu", "1 jam 5 menit yang lalu"
    r"(?<![a-z])(?P<parts>(?:(?:\d+\s*|se|satu\s+)" + _UNIT + r"[\s,]*)+)(?:yang\s+)?lalu(?![a-z])",
    re.IGNORECASE,
)
_AGO_PART = re.compile(r"(\d+\s*|se|satu\s+)(" + _UNIT + ")", re.IGNORECASE)
_JUST_NOW = re.compile(r"(?<![a-z])(?:baru\s+saja|barusan)(?![a-z])", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?<![a-z])(?P<word>kemarin|hari\s+ini)(?![a-z])", re.IGNORECASE)
_DAY_GRANULAR_UNITS = {"hari", "minggu", "pekan", "bulan", "tahun"}

# dateparser is slow and can read sentences as dates; real date strings are short.
_DATEPARSER_MAX_CHARS = 100


def offset_tz(offset: str | None) -> tzinfo | None:
    """A site profile's utc_offset ("+07:00") as a tzinfo; None for None."""
    return datetime.strptime(offset, "%z").tzinfo if offset else None


def is_time_ago(text: str) -> bool:
    """A "21 Jam yang lalu" date: counted in whole units, rounded down, so the
    moment it gives may be up to one unit (its day, one day) after the real one."""
    return bool(_AGO.search(text or ""))


def parse_date(
    text: str, *, now: datetime | None = None, default_tz: tzinfo = WIB
) -> datetime | None:
    """One date string as found on Indonesian news pages -> aware datetime, or None.

    Naive dates take default_tz. Relative dates ("21 Jam yang lalu", "kemarin")
    count back from `now` (aware; current UTC time if None) and are expressed in
    default_tz. Never raises for bad text; raises ValueError for a naive `now`
    (a programming error that would shift every relative date by hours).
    """
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("parse_date: `now` must be timezone-aware")
    if not isinstance(text, str):
        return None
    text = " ".join(text.split())  # also turns &nbsp; (U+00A0) into a space
    if not text:
        return None
    try:
        found = _parse_absolute(text, default_tz)
        if found is None:
            found = _parse_relative(text, now, default_tz)
    except (ValueError, OverflowError):
        return None  # the fast path recognised a date that cannot exist
    if found is not None:
        return found
    # Without a digit the fast path has seen every relative word we trust.
    if len(text) > _DATEPARSER_MAX_CHARS or not any(c.isdigit() for c in text):
        return None
    return _parse_with_dateparser(text, now, default_tz)


def resolve_dates(
    candidates: list[dict], *, fetched_at: datetime, local_tz: tzinfo | None = None
) -> tuple[str | None, str | None]:
    """Pick (published_at, modified_at) as ISO strings from candidates in priority order.

    For each field the first candidate that parses and is plausible wins:
    not before 1990 and not after fetched_at (+10 minutes of clock skew).
    A modified_at earlier than published_at is dropped.

    `local_tz` is the site's own zone when known: a time without an offset is
    taken in it, and an instant stated in UTC (as Yoast and sitemaps write
    them) is shown in it, so a Jambi article reads +07:00 whichever source
    won. An offset the page states otherwise (WITA +08:00) is kept.
    """
    if fetched_at.tzinfo is None or fetched_at.utcoffset() is None:
        raise ValueError("resolve_dates: `fetched_at` must be timezone-aware")
    default_tz = local_tz or WIB
    published = _first_plausible(candidates, "published_at", fetched_at, default_tz)
    modified = _first_plausible(candidates, "modified_at", fetched_at, default_tz)
    if local_tz is not None:
        published, modified = (_in_local(d, local_tz) for d in (published, modified))
    if published is not None and modified is not None and modified < published:
        modified = None
    return (
        to_iso(published) if published is not None else None,
        to_iso(modified) if modified is not None else None,
    )


def to_iso(dt: datetime) -> str:
    """ISO 8601 with seconds and the offset, e.g. 2023-12-28T14:30:00+07:00."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("to_iso: datetime must be timezone-aware")
    return dt.isoformat(timespec="seconds")


# --- resolve_dates helpers ----------------------------------------------------
_EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=WIB)
_CLOCK_SKEW = timedelta(minutes=10)


def _in_local(moment: datetime | None, local_tz: tzinfo) -> datetime | None:
    if moment is not None and moment.utcoffset() == timedelta(0):
        return moment.astimezone(local_tz)
    return moment


def _first_plausible(candidates: list[dict], field: str, fetched_at: datetime,
                     default_tz: tzinfo = WIB) -> datetime | None:
    for candidate in candidates:
        if not isinstance(candidate, dict) or candidate.get("field") != field:
            continue
        value = candidate.get("value")
        if not isinstance(value, str):
            continue
        parsed = parse_date(value, now=fetched_at, default_tz=default_tz)
        if parsed is not None and _EARLIEST_PLAUSIBLE <= parsed <= fetched_at + _CLOCK_SKEW:
            return parsed
    return None


# --- fast path: absolute dates ------------------------------------------------
def _parse_absolute(text: str, default_tz: tzinfo) -> datetime | None:
    # The earliest date in the string wins; on a tie, the pattern listed first.
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    year, day = int(best["year"]), int(best["day"])
    month_text = best["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    time_match = _TIME_AFTER.match(text, best.end()) or _TIME_BEFORE.search(text, 0, best.start())
    if time_match is None:
        return datetime(year, month, day, tzinfo=default_tz)
    hour, minute, second, microsecond = _clock(time_match)
    return datetime(
        year, month, day, hour, minute, second, microsecond,
        tzinfo=_stated_zone(time_match, default_tz),
    )


def _clock(match: re.Match) -> tuple[int, int, int, int]:
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    microsecond = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} with am/pm")
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    return hour, minute, second, microsecond  # datetime() rejects 25:61


def _stated_zone(match: re.Match, default_tz: tzinfo) -> tzinfo:
    # A numeric offset is the most exact statement ("GMT+7", "+0700"), then the name.
    if match["offset"]:
        sign = -1 if match["offset"][0] == "-" else 1
        hours, _, minutes = match["offset"][1:].partition(":")
        if not minutes and len(hours) > 2:  # "+0700"
            hours, minutes = hours[:-2], hours[-2:]
        hours, minutes = int(hours), int(minutes or 0)
        if hours > 14 or minutes > 59:
            raise ValueError(f"offset {match['offset']}")
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if match["zone"]:
        return timezone(timedelta(hours=_ZONE_OFFSETS[match["zone"].lower()]))
    return default_tz


# --- fast path: relative dates ------------------------------------------------
def _parse_relative(text: str, now: datetime, default_tz: tzinfo) -> datetime | None:
    local_now = now.astimezone(default_tz)
    if _JUST_NOW.search(text):
        return local_now

    ago = _AGO.search(text)
    if ago:
        delta, months, units = timedelta(), 0, set()
        for amount, unit in _AGO_PART.findall(ago["parts"]):
            number = int(amount) if amount.strip().isdigit() else 1  # "se"/"satu" = 1
            unit = unit.lower()
            units.add(unit)
            if unit in ("bulan", "tahun"):
                months += number * (12 if unit == "tahun" else 1)
            else:
                delta += _unit_delta(unit, number)
        if units <= _DAY_GRANULAR_UNITS:  # "2 hari lalu": the day is known, not the hour
            day = _minus_months((local_now - delta).date(), months)
            return datetime(day.year, day.month, day.day, tzinfo=default_tz)
        return local_now - delta

    day_word = _DAY_WORD.search(text)
    if day_word:
        days_back = 1 if day_word["word"].lower().startswith("kemarin") else 0
        time_match = _TIME_AFTER.match(text, day_word.end())
        zone = _stated_zone(time_match, default_tz) if time_match else default_tz
        day = now.astimezone(zone).date() - timedelta(days=days_back)
        if time_match is None:
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        hour, minute, second, microsecond = _clock(time_match)
        return datetime(day.year, day.month, day.day, hour, minute, second, microsecond, tzinfo=zone)
    return None


def _unit_delta(unit: str, number: int) -> timedelta:
    if unit in ("detik", "dtk"):
        return timedelta(seconds=number)
    if unit in ("menit", "mnt"):
        return timedelta(minutes=number)
    if unit == "jam":
        return timedelta(hours=number)
    if unit == "hari":
        return timedelta(days=number)
    return timedelta(weeks=number)  # minggu, pekan


def _minus_months(day: date, months: int) -> date:
    # Calendar months, clamping the day: 31 Maret - 1 bulan = 28/29 Februari.
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- long tail: dateparser ----------------------------------------------------
def _parse_with_dateparser(text: str, now: datetime, default_tz: tzinfo) -> datetime | None:
    import dateparser  # lazy: slow to import, and most strings never get here

    local_now = now.astimezone(default_tz)
    settings = {
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": _offset_name(local_now.utcoffset()),
        "RELATIVE_BASE": local_now.replace(tzinfo=None),
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        # Otherwise "Desember 2023" or "14:30" get today's day/date filled in.
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    try:
        parsed = dateparser.parse(text, languages=["id"], settings=settings)
    except Exception:  # dateparser has crashed on odd input before; never crash here
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return parsed.replace(tzinfo=default_tz)
    return parsed.astimezone(timezone(parsed.utcoffset()))  # plain fixed offset, no pytz


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
