"""Template drift: Matra redesigns its article pages, the crawl goes on.

The redesign is the replica's block theme (tests/replica/wordpress.py,
BlockThemeSite) serving Matra's own articles: the title is an
h1.wp-block-post-title, the date a div.wp-block-post-date, the author a
div.wp-block-post-author-name; matra's profile knows none of them. Only the
post-content block still says "entry-content" (WordPress core adds it), so
the body keeps coming from the site's selector. The crawl must still export
every article through the generic fallback, and TemplateDriftMonitor
(matra_crawler/extensions.py) must warn about exactly the fields that
drifted, naming site, field and share, with drift/matra/<field> in the stats.
"""
from __future__ import annotations

import re

import pytest

from tests.crawling import crawl, crawl_replica
from tests.expect import check_items
from tests.replica import matra
from tests.replica.server import Replica

DRIFTED = ("title", "published_at", "authors")
# What the generic fallback must still get right. Categories and tags are left
# out: block themes mark category links rel="tag", and the three Matra
# articles without JSON-LD then have no other source for their categories.
# The dates are compared to the letter.
KEPT = ("url", "canonical_url", "title", "body", "published_at", "modified_at", "dateline", "authors",
        "editor", "images", "language", "content_sha256")
WARNING = re.compile(r"WARNING: Template drift on (?P<site>\w+): only (?P<share>\d+)% of (?P<total>\d+) "
                     r"articles had their (?P<field>\w+) from the site's own selectors")


def drift_warnings(log: str) -> dict[str, tuple[str, int, int]]:
    """field -> (site, share in %, articles) of each drift WARNING in a crawl log."""
    return {m["field"]: (m["site"], int(m["share"]), int(m["total"])) for m in WARNING.finditer(log)}


def sources(stats: dict, field: str) -> dict[str, int]:
    """source -> articles, for one matra field."""
    prefix = f"field_source/matra/{field}/"
    return {key[len(prefix):]: value for key, value in stats.items() if key.startswith(prefix)}


def drift_stats(stats: dict) -> dict[str, float]:
    return {key: value for key, value in stats.items() if key.startswith("drift/")}


@pytest.fixture(scope="module")
def redesigned(tmp_path_factory):
    with Replica(matra.build_site(theme="block")) as replica:
        yield replica, crawl("matra", replica.base_url, tmp_path_factory.mktemp("redesigned"))


def test_redesigned_articles_are_still_exported_through_the_generic_fallback(redesigned):
    replica, result = redesigned
    assert result.returncode == 0, result.log[-3000:]
    check_items(result.items, [matra.expected_item(a, replica.base_url) for a in matra.ARTICLES],
                KEPT, dates=())
    for field in DRIFTED:
        assert sources(result.stats, field).keys() <= {"structured", "generic"}
        assert sum(sources(result.stats, field).values()) == len(matra.ARTICLES)


def test_redesign_warns_naming_site_field_and_share(redesigned):
    _, result = redesigned
    total = len(matra.ARTICLES)
    assert drift_warnings(result.log) == {field: ("matra", 0, total) for field in DRIFTED}
    assert drift_stats(result.stats) == {f"drift/matra/{field}": 0.0 for field in DRIFTED}


def test_the_body_selector_still_fits_so_the_body_does_not_drift(redesigned):
    _, result = redesigned
    assert result.stats["field_source/matra/body/profile"] == len(matra.ARTICLES)
    assert "drift/matra/body" not in result.stats


def test_an_unchanged_site_gives_no_drift_warning(tmp_path):
    _, result, _ = crawl_replica("matra", matra.build_site(), tmp_path)
    assert result.returncode == 0 and len(result.items) == len(matra.ARTICLES)
    assert "Template drift" not in result.log and drift_stats(result.stats) == {}
    for field in (*DRIFTED, "body"):
        assert result.stats[f"field_source/matra/{field}/profile"] == len(matra.ARTICLES)


def test_a_partial_redesign_below_the_threshold_warns_with_its_share(tmp_path):
    """4 of 14 article pages in the new markup: 10/14 = 71% from the site's
    selectors, under DRIFT_MIN_SHARE (80%)."""
    changed = {matra.article_path(article) for article in matra.ARTICLES[:4]}
    new_markup = matra.build_site(theme="block")
    with Replica(matra.build_site()) as replica:
        new_markup.bind(replica.base_url)
        replica.add_fault(lambda method, path, headers: new_markup(path) if path in changed else None)
        result = crawl("matra", replica.base_url, tmp_path)
    assert len(result.items) == len(matra.ARTICLES)
    total, share = len(matra.ARTICLES), (len(matra.ARTICLES) - 4) / len(matra.ARTICLES)
    assert drift_warnings(result.log) == {field: ("matra", round(share * 100), total) for field in DRIFTED}
    assert drift_stats(result.stats) == {f"drift/matra/{field}": round(share, 3) for field in DRIFTED}


def test_too_few_articles_to_judge_gives_no_warning(tmp_path):
    """Under DRIFT_MIN_ARTICLES (5) a share says little: counted, not warned."""
    _, result, _ = crawl_replica("matra", matra.build_site(theme="block"), tmp_path, "-a", "max_articles=3")
    assert len(result.items) == 3
    assert sum(sources(result.stats, "title").values()) == 3 and "profile" not in sources(result.stats, "title")
    assert "Template drift" not in result.log and drift_stats(result.stats) == {}
