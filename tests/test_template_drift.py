"""Template drift: Matra redesigns its article pages, the crawl goes on.

The redesign is the replica's block theme (tests/replica/wordpress.py,
BlockThemeSite) serving Matra's own articles: the title is an
h1.wp-block-post-title, the date a div.wp-block-post-date, the author a
div.wp-block-post-author-name; matra's current selectors know none of them
(its older selector version, for articles before 2023, does). Only the
post-content block still says "entry-content" (WordPress core adds it), so
the body keeps coming from the site's selector. The crawl must still export
every article through the generic fallback, and TemplateDriftMonitor
(matra_crawler/extensions.py) must warn about exactly the fields that
drifted, naming site, selector version, field and share, with
drift/matra/<version>/<field> in the stats.

Dated selector versions: with build_site(redesigned=True) the replica serves
its articles before 2023 in the block theme (the older template) and the
rest in the current one; each is read with the version in force at its
publication date, so nothing drifts.
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
WARNING = re.compile(r"WARNING: Template drift on (?P<site>\w+) \(selector version (?P<version>[\w-]+)\): "
                     r"only (?P<share>\d+)% of (?P<total>\d+) articles had their (?P<field>\w+) "
                     r"from the site's own selectors")
OLD = [a for a in matra.ARTICLES if a["published_at"] < matra.REDESIGNED_ON]
NEW = [a for a in matra.ARTICLES if a not in OLD]
OLDER_VERSION = f"until-{matra.REDESIGNED_ON}"


def drift_warnings(log: str) -> dict[str, tuple[str, str, int, int]]:
    """field -> (site, version, share in %, articles) of each drift WARNING in a crawl log."""
    return {m["field"]: (m["site"], m["version"], int(m["share"]), int(m["total"])) for m in WARNING.finditer(log)}


def version_sources(stats: dict, version: str, field: str) -> dict[str, int]:
    prefix = f"field_source_version/matra/{version}/{field}/"
    return {key[len(prefix):]: value for key, value in stats.items() if key.startswith(prefix)}


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
        assert version_sources(result.stats, "current", field).keys() <= {"structured", "generic"}
        assert sum(version_sources(result.stats, "current", field).values()) == len(NEW)
        # the articles before 2023 are read with the older version, which knows the block theme
        assert version_sources(result.stats, OLDER_VERSION, field) == {"profile": len(OLD)}


def test_redesign_warns_naming_site_version_field_and_share(redesigned):
    _, result = redesigned
    assert drift_warnings(result.log) == {field: ("matra", "current", 0, len(NEW)) for field in DRIFTED}
    assert drift_stats(result.stats) == {f"drift/matra/current/{field}": 0.0 for field in DRIFTED}


def test_the_body_selector_still_fits_so_the_body_does_not_drift(redesigned):
    _, result = redesigned
    assert result.stats["field_source/matra/body/profile"] == len(matra.ARTICLES)
    assert not [key for key in result.stats if key.startswith("drift/") and key.endswith("/body")]


def test_an_unchanged_site_gives_no_drift_warning(tmp_path):
    _, result, _ = crawl_replica("matra", matra.build_site(), tmp_path)
    assert result.returncode == 0 and len(result.items) == len(matra.ARTICLES)
    assert "Template drift" not in result.log and drift_stats(result.stats) == {}
    for field in (*DRIFTED, "body"):
        assert result.stats[f"field_source/matra/{field}/profile"] == len(matra.ARTICLES)


def test_a_partial_redesign_below_the_threshold_warns_with_its_share(tmp_path):
    """The 4 newest article pages in the new markup: of the articles the
    current selectors read, (new - 4)/new from the site's selectors, under
    DRIFT_MIN_SHARE (80%)."""
    changed = {matra.article_path(article) for article in NEW[-4:]}
    new_markup = matra.build_site(theme="block")
    with Replica(matra.build_site()) as replica:
        new_markup.bind(replica.base_url)
        replica.add_fault(lambda method, path, headers: new_markup(path) if path in changed else None)
        result = crawl("matra", replica.base_url, tmp_path)
    assert len(result.items) == len(matra.ARTICLES)
    total, share = len(NEW), (len(NEW) - 4) / len(NEW)
    assert share < 0.8
    assert drift_warnings(result.log) == {field: ("matra", "current", round(share * 100), total) for field in DRIFTED}
    assert drift_stats(result.stats) == {f"drift/matra/current/{field}": round(share, 3) for field in DRIFTED}


def test_too_few_articles_to_judge_gives_no_warning(tmp_path):
    """Under DRIFT_MIN_ARTICLES (5) a share says little: counted, not warned."""
    _, result, _ = crawl_replica("matra", matra.build_site(theme="block"), tmp_path, "-a", "max_articles=3")
    assert len(result.items) == 3
    assert sum(sources(result.stats, "title").values()) == 3 and "profile" not in sources(result.stats, "title")
    assert "Template drift" not in result.log and drift_stats(result.stats) == {}


def test_older_articles_in_the_older_template_are_read_with_the_older_selectors(tmp_path):
    replica, result, _ = crawl_replica("matra", matra.build_site(redesigned=True), tmp_path)
    assert result.returncode == 0 and len(result.items) == len(matra.ARTICLES)
    check_items(result.items, [matra.expected_item(a, replica.base_url) for a in matra.ARTICLES],
                KEPT, dates=())
    assert "Template drift" not in result.log and drift_stats(result.stats) == {}
    for field in (*DRIFTED, "body"):
        assert version_sources(result.stats, OLDER_VERSION, field) == {"profile": len(OLD)}
        assert version_sources(result.stats, "current", field) == {"profile": len(NEW)}
