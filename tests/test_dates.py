"""Tests for matra_crawler.normalize.dates (date strings from Indonesian news pages)."""

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from matra_crawler.normalize import dates
from matra_crawler.normalize.dates import WIB, parse_date, resolve_dates, to_iso

UTC = timezone.utc
WITA = timezone(timedelta(hours=8))
# Sunday 12 April 2026, 10:00 WIB.
NOW = datetime(2026, 4, 12, 3, 0, tzinfo=UTC)
# Sunday 12 April 2026, 03:00 WIB: still Saturday in UTC, so "kemarin" must use the WIB day.
NOW_EARLY_WIB = datetime(2026, 4, 11, 20, 0, tzinfo=UTC)
# Tuesday 31 March 2026, 12:00 WIB: "sebulan lalu" has to clamp to 28 Februari.
NOW_END_OF_MARCH = datetime(2026, 3, 31, 5, 0, tzinfo=UTC)

# Every date form listed in what is known of the site, with what it must become.
# These must be handled by the fast path alone (see test_sites_forms_skip_dateparser).
SITES_FORMS = [
    ("Kamis (28/12/2023)", "2023-12-28T00:00:00+07:00"),
    ("Kamis, 28 Desember 2023 - 14:30 WIB", "2023-12-28T14:30:00+07:00"),
    ("Jumat, 5 Januari 2024 | 09:15 WIB", "2024-01-05T09:15:00+07:00"),
    ("Minggu 12-04-2026,10:07 WIB", "2026-04-12T10:07:00+07:00"),  # day first
    ("Rabu, 1 April 2026 | 13:12 WIB", "2026-04-01T13:12:00+07:00"),
    ("Selasa, 17 Mar 2026 06:31 WIB", "2026-03-17T06:31:00+07:00"),
    ("Rabu, 04 Februari 2026 - 16:20:18 WIB", "2026-02-04T16:20:18+07:00"),
    ("21 Jam yang lalu", "2026-04-11T13:00:00+07:00"),
    ("Jumat, 22 Oktober 2021 | 19.03", "2021-10-22T19:03:00+07:00"),
    ("Mei 21, 2025", "2025-05-21T00:00:00+07:00"),
    ("28 Desember 2023 pukul 14.30 WIB", "2023-12-28T14:30:00+07:00"),
    ("Written By MediaLintasSumatera on Jumat, 22 Oktober 2021 | 19.03",
     "2021-10-22T19:03:00+07:00"),
    ("Diperbarui 28 Desember 2023 14:30 WIB", "2023-12-28T14:30:00+07:00"),
    ("28 Desember 2023 14:30 WITA", "2023-12-28T14:30:00+08:00"),
    ("28 Desember 2023 14:30 WIT", "2023-12-28T14:30:00+09:00"),
]

OTHER_FORMS = [
    # ISO 8601 / W3C (JSON-LD, article:published_time, sitemaps)
    ("2023-12-28T14:30:00+07:00", NOW, "2023-12-28T14:30:00+07:00"),
    ("2023-12-28T07:30:00Z", NOW, "2023-12-28T07:30:00+00:00"),
    ("2023-12-28T14:30:00.123456+08:00", NOW, "2023-12-28T14:30:00+08:00"),
    ("2023-12-28T14:30:00+0700", NOW, "2023-12-28T14:30:00+07:00"),
    ("2024-02-25T09:05:11-05:00", NOW, "2024-02-25T09:05:11-05:00"),
    ("2023-12-28 14:30:00", NOW, "2023-12-28T14:30:00+07:00"),
    ("2023-12-28", NOW, "2023-12-28T00:00:00+07:00"),
    # RSS (RFC 822): the stated offset is kept
    ("Thu, 28 Dec 2023 07:30:00 +0000", NOW, "2023-12-28T07:30:00+00:00"),
    ("Thu, 28 Dec 2023 07:30:00 GMT", NOW, "2023-12-28T07:30:00+00:00"),
    ("Fri, 05 Jan 2024 02:15:00 +0700", NOW, "2024-01-05T02:15:00+07:00"),
    # Indonesian text forms, any case, old spellings and abbreviations
    ("KAMIS, 28 DESEMBER 2023 14:30 WIB", NOW, "2023-12-28T14:30:00+07:00"),
    ("Jum'at, 5 Januari 2024 - 09:15", NOW, "2024-01-05T09:15:00+07:00"),
    ("Jum’at, 5 Januari 2024", NOW, "2024-01-05T00:00:00+07:00"),
    ("Ahad, 12 April 2026 10:07 WIB", NOW, "2026-04-12T10:07:00+07:00"),
    ("Senin, 5 Pebruari 2024", NOW, "2024-02-05T00:00:00+07:00"),
    ("Selasa, 7 Nopember 2023 | 10:00 WITA", NOW, "2023-11-07T10:00:00+08:00"),
    ("28 Agt 2023 08:00 WIT", NOW, "2023-08-28T08:00:00+09:00"),
    ("17 Agu 2023", NOW, "2023-08-17T00:00:00+07:00"),
    ("17 Ags 2023", NOW, "2023-08-17T00:00:00+07:00"),
    ("1 Sept 2023", NOW, "2023-09-01T00:00:00+07:00"),
    ("1 Okt. 2023 12:00", NOW, "2023-10-01T12:00:00+07:00"),
    ("3 Jun 2024", NOW, "2024-06-03T00:00:00+07:00"),
    ("3 Juni 2024", NOW, "2024-06-03T00:00:00+07:00"),
    ("28 Des 2023, 14:30 WIB", NOW, "2023-12-28T14:30:00+07:00"),
    ("Agustus 17, 2023 pukul 10.00", NOW, "2023-08-17T10:00:00+07:00"),
    ("28 Desember 2023 pkl. 14.30 WIB", NOW, "2023-12-28T14:30:00+07:00"),
    ("28 Desember 2023 jam 14.30", NOW, "2023-12-28T14:30:00+07:00"),
    ("28 Desember 2023 14:30 GMT+7", NOW, "2023-12-28T14:30:00+07:00"),
    ("28 Desember 2023 14:30 UTC+08:00", NOW, "2023-12-28T14:30:00+08:00"),
    ("Kamis,\u00a028\u00a0Desember\u00a02023\u00a0-\u00a014:30\u00a0WIB", NOW,
     "2023-12-28T14:30:00+07:00"),
    # Weekday is decoration: 28 Dec 2023 was a Thursday, not a Monday
    ("Senin, 28 Desember 2023 14:30 WIB", NOW, "2023-12-28T14:30:00+07:00"),
    # Numeric, day first
    ("28/12/2023 14:30", NOW, "2023-12-28T14:30:00+07:00"),
    ("28-12-2023", NOW, "2023-12-28T00:00:00+07:00"),
    ("28.12.2023", NOW, "2023-12-28T00:00:00+07:00"),
    ("5/1/2024 9.15 WIB", NOW, "2024-01-05T09:15:00+07:00"),
    ("Kamis (28/12/2023) pukul 10.00 WIB", NOW, "2023-12-28T10:00:00+07:00"),
    ("14:30 WIB, Kamis (28/12/2023)", NOW, "2023-12-28T14:30:00+07:00"),  # time first
    # English theme ("F j, Y \a\t g:i a")
    ("December 28, 2023 at 2:30 pm", NOW, "2023-12-28T14:30:00+07:00"),
    ("December 28, 2023 at 12:05 am", NOW, "2023-12-28T00:05:00+07:00"),
    # Dated permalinks (source "url")
    ("https://medialintassumatera.net/2023/12/28/pj-gubernur-jambi/", NOW,
     "2023-12-28T00:00:00+07:00"),
    ("https://jamberita.com/read/2026/01/11/5986506/slug/", NOW, "2026-01-11T00:00:00+07:00"),
    # Relative, against now, expressed in WIB
    ("5 menit yang lalu", NOW, "2026-04-12T09:55:00+07:00"),
    ("sejam yang lalu", NOW, "2026-04-12T09:00:00+07:00"),
    ("1 jam 5 menit yang lalu", NOW, "2026-04-12T08:55:00+07:00"),
    ("Diperbarui 30 detik lalu", NOW, "2026-04-12T09:59:30+07:00"),
    ("2 hari lalu", NOW, "2026-04-10T00:00:00+07:00"),  # day known, hour not: midnight
    ("3 minggu yang lalu", NOW, "2026-03-22T00:00:00+07:00"),
    ("sebulan lalu", NOW_END_OF_MARCH, "2026-02-28T00:00:00+07:00"),
    ("baru saja", NOW, "2026-04-12T10:00:00+07:00"),
    ("kemarin", NOW, "2026-04-11T00:00:00+07:00"),  # not the current time of day
    ("kemarin", NOW_EARLY_WIB, "2026-04-11T00:00:00+07:00"),
    ("Kemarin, 14.30 WIB", NOW, "2026-04-11T14:30:00+07:00"),
    ("kemarin pukul 14:30", NOW, "2026-04-11T14:30:00+07:00"),
    ("hari ini 09:15", NOW, "2026-04-12T09:15:00+07:00"),
    ("Hari ini, 09:15 WITA", NOW, "2026-04-12T09:15:00+08:00"),
    ("21 Jam yang lalu", NOW_EARLY_WIB, "2026-04-11T06:00:00+07:00"),
    # Impossible dates, times and offsets: None, never an exception
    ("31 Februari 2024", NOW, None),
    ("29 Februari 2023", NOW, None),
    ("30-02-2024", NOW, None),
    ("28/13/2023", NOW, None),
    ("12/28/2023", NOW, None),  # month first is not guessed
    ("2023-13-01", NOW, None),
    ("28 Desember 2023 25:00 WIB", NOW, None),
    ("28 Desember 2023 14:30 +25:00", NOW, None),
    ("December 28, 2023 at 13:30 pm", NOW, None),
    # Not a date
    ("", NOW, None),
    ("   ", NOW, None),
    ("lorem ipsum dolor", NOW, None),
    ("pukul 14.30 WIB", NOW, None),  # a time alone is not a date
    ("Desember 2023", NOW, None),  # no day
    ("Halaman 2 dari 10", NOW, None),
    ("Tinggalkan Balasan", NOW, None),
]


@pytest.mark.parametrize("text, expected", SITES_FORMS)
def test_sites_forms(text, expected):
    assert _iso_or_none(parse_date(text, now=NOW)) == expected


@pytest.mark.parametrize("text, now, expected", OTHER_FORMS)
def test_other_forms(text, now, expected):
    assert _iso_or_none(parse_date(text, now=now)) == expected


@pytest.mark.parametrize("text", [text for text, _ in SITES_FORMS])
def test_sites_forms_skip_dateparser(text, monkeypatch):
    def dateparser_must_not_run(*args, **kwargs):
        raise AssertionError(f"dateparser called for {text!r}")

    monkeypatch.setattr(dates, "_parse_with_dateparser", dateparser_must_not_run)
    assert parse_date(text, now=NOW) is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two-digit years and "'23" are left to dateparser (the long tail).
        ("28/12/23 14:30", "2023-12-28T14:30:00+07:00"),
        ("28 Des '23", "2023-12-28T00:00:00+07:00"),
    ],
)
def test_long_tail_goes_to_dateparser(text, expected, monkeypatch):
    calls = []
    real = dates._parse_with_dateparser

    def spy(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(dates, "_parse_with_dateparser", spy)
    assert _iso_or_none(parse_date(text, now=NOW)) == expected
    assert calls == [text]


def test_impossible_date_is_not_handed_to_dateparser(monkeypatch):
    monkeypatch.setattr(dates, "_parse_with_dateparser", _fail)
    assert parse_date("31 Februari 2024 10:00 WIB", now=NOW) is None


def test_dateparser_is_imported_lazily():
    code = (
        "import sys; from matra_crawler.normalize.dates import parse_date;"
        "parse_date('Kamis, 28 Desember 2023 - 14:30 WIB');"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_default_tz_applies_to_naive_and_relative_dates():
    assert to_iso(parse_date("2023-12-28 14:30", default_tz=WITA)) == "2023-12-28T14:30:00+08:00"
    assert to_iso(parse_date("kemarin", now=NOW, default_tz=WITA)) == "2026-04-11T00:00:00+08:00"
    assert to_iso(parse_date("2 jam lalu", now=NOW, default_tz=WITA)) == "2026-04-12T09:00:00+08:00"
    # A stated zone still wins over default_tz.
    assert to_iso(parse_date("2023-12-28T14:30:00Z", default_tz=WITA)) == "2023-12-28T14:30:00+00:00"


def test_relative_without_now_uses_current_time():
    before = datetime.now(UTC)
    parsed = parse_date("5 menit yang lalu")
    after = datetime.now(UTC)
    assert before - timedelta(minutes=5) <= parsed <= after - timedelta(minutes=5)
    assert parsed.utcoffset() == timedelta(hours=7)


def test_naive_now_is_rejected():
    with pytest.raises(ValueError):
        parse_date("kemarin", now=datetime(2026, 4, 12, 10, 0))


@pytest.mark.parametrize("value", [None, 20231228, b"2023-12-28"])
def test_non_string_is_none(value):
    assert parse_date(value, now=NOW) is None


# --- resolve_dates -------------------------------------------------------------
FETCHED = datetime(2026, 4, 12, 3, 0, tzinfo=UTC)  # 10:00 WIB


def _published(source, value):
    return {"field": "published_at", "source": source, "value": value}


def _modified(source, value):
    return {"field": "modified_at", "source": source, "value": value}


@pytest.mark.parametrize(
    "candidates, expected",
    [
        pytest.param(
            [_published("jsonld", "2026-04-10T08:00:00+07:00"),
             _published("meta", "2026-04-09T08:00:00+07:00")],
            ("2026-04-10T08:00:00+07:00", None),
            id="first-candidate-wins",
        ),
        pytest.param(
            [_published("jsonld", "not a date"),
             _published("meta", "2026-04-09T08:00:00+07:00")],
            ("2026-04-09T08:00:00+07:00", None),
            id="unparseable-skipped",
        ),
        pytest.param(
            [_published("jsonld", "2026-04-13T08:00:00+07:00"),
             _published("visible", "Jumat, 10 April 2026 | 08:00 WIB")],
            ("2026-04-10T08:00:00+07:00", None),
            id="future-rejected-falls-back",
        ),
        pytest.param(
            [_published("meta", "2026-04-12T10:05:00+07:00")],
            ("2026-04-12T10:05:00+07:00", None),
            id="clock-skew-under-10-min-accepted",
        ),
        pytest.param(
            [_published("meta", "2026-04-12T10:11:00+07:00")],
            (None, None),
            id="more-than-10-min-ahead-rejected",
        ),
        pytest.param(
            [_published("jsonld", "1970-01-01T00:00:00Z"),
             _published("url", "https://medialintassumatera.net/2023/12/28/slug/")],
            ("2023-12-28T00:00:00+07:00", None),
            id="pre-1990-rejected",
        ),
        pytest.param(
            [_published("visible", "21 Jam yang lalu")],
            ("2026-04-11T13:00:00+07:00", None),
            id="relative-against-fetched-at",
        ),
        pytest.param(
            [_published("visible", "kemarin")],
            ("2026-04-11T00:00:00+07:00", None),
            id="kemarin-against-fetched-at",
        ),
        pytest.param(
            [_published("jsonld", "2026-04-10T08:00:00+07:00"),
             _modified("jsonld", "2026-04-09T08:00:00+07:00")],
            ("2026-04-10T08:00:00+07:00", None),
            id="modified-before-published-dropped",
        ),
        pytest.param(
            [_modified("jsonld", "2026-04-11T09:00:00+07:00"),
             _published("jsonld", "2026-04-10T08:00:00+07:00")],
            ("2026-04-10T08:00:00+07:00", "2026-04-11T09:00:00+07:00"),
            id="fields-resolved-independently",
        ),
        pytest.param(
            [_published("rest", "2026-04-10T08:00:00+07:00"),
             _modified("rest", "2026-04-10T08:00:00+07:00")],
            ("2026-04-10T08:00:00+07:00", "2026-04-10T08:00:00+07:00"),
            id="modified-equal-to-published-kept",
        ),
        pytest.param(
            [_published("visible", "Kamis, 28 Desember 2023 14:30 WITA")],
            ("2023-12-28T14:30:00+08:00", None),
            id="wita-kept",
        ),
        pytest.param(
            [_published("rss", "Thu, 28 Dec 2023 07:30:00 +0000")],
            ("2023-12-28T07:30:00+00:00", None),
            id="stated-utc-kept",
        ),
        pytest.param(
            [_modified("meta", "2026-04-11T09:00:00+07:00")],
            (None, "2026-04-11T09:00:00+07:00"),
            id="no-published",
        ),
        pytest.param([], (None, None), id="no-candidates"),
        pytest.param(
            [{"field": "created_at", "source": "meta", "value": "2026-04-10"},
             {"field": "published_at", "source": "meta", "value": None},
             {"field": "published_at", "source": "meta"},
             _published("time", "2026-04-09")],
            ("2026-04-09T00:00:00+07:00", None),
            id="odd-candidates-skipped",
        ),
    ],
)
def test_resolve_dates(candidates, expected):
    assert resolve_dates(candidates, fetched_at=FETCHED) == expected


def test_resolve_dates_needs_aware_fetched_at():
    with pytest.raises(ValueError):
        resolve_dates([_published("meta", "2026-04-10")], fetched_at=datetime(2026, 4, 12))


# --- to_iso ------------------------------------------------------------------------
def test_to_iso_keeps_offset_and_drops_microseconds():
    dt = datetime(2023, 12, 28, 14, 30, 5, 999999, tzinfo=WITA)
    assert to_iso(dt) == "2023-12-28T14:30:05+08:00"


def test_to_iso_rejects_naive():
    with pytest.raises(ValueError):
        to_iso(datetime(2023, 12, 28, 14, 30))


def _iso_or_none(dt):
    return None if dt is None else to_iso(dt)


def _fail(*args, **kwargs):
    raise AssertionError("dateparser must not be called")


# --- local_tz: a site's own zone --------------------------------------------
_FETCHED = datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value,expected", [
    ("2023-12-28T08:42:00+00:00", "2023-12-28T15:42:00+07:00"),   # Yoast writes UTC
    ("2023-12-28T08:42:00Z", "2023-12-28T15:42:00+07:00"),
    ("Thu, 28 Dec 2023 08:42:00 +0000", "2023-12-28T15:42:00+07:00"),  # RSS
    ("2023-12-28T15:42:00", "2023-12-28T15:42:00+07:00"),          # no offset: the site's
    ("Kamis, 28 Desember 2023 - 16:42 WITA", "2023-12-28T16:42:00+08:00"),  # stated: kept
    ("2023-12-28T15:42:00+07:00", "2023-12-28T15:42:00+07:00"),
])
def test_resolve_dates_shows_utc_instants_in_the_site_zone(value, expected):
    candidates = [{"field": "published_at", "source": "jsonld", "value": value}]
    published, _ = resolve_dates(candidates, fetched_at=_FETCHED, local_tz=WIB)
    assert published == expected


def test_resolve_dates_without_local_tz_keeps_utc():
    candidates = [{"field": "published_at", "source": "jsonld", "value": "2023-12-28T08:42:00Z"}]
    assert resolve_dates(candidates, fetched_at=_FETCHED)[0] == "2023-12-28T08:42:00+00:00"
