"""Nothing lost, nothing twice: every article of the replica lands in the
feeds exactly once, across a run that an operator, a fault or hostile input
cut short and the plain run after it.

Each test crawls the Matra replica with `scrapy crawl` subprocesses the way
the nightly does (one feed per run under OUTPUT_DIR, one state), breaks the
first run, then runs again and counts the feeds.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matra_crawler import settings as project_settings
from matra_crawler.incremental import origin_key, partial_reasons
from matra_crawler.sites import MATRA
from matra_crawler.state import StateLost, StateStore
from tests.crawling import FAST, ROOT, assert_exactly_once, crawl_to_output, exported
from tests.replica import faults, matra
from tests.replica.server import Replica, Response
from tests.test_warc import check_link

ARTICLES = list(matra.site_articles(8))
# The project's extensions, and CrashAt before the state's owner (see tests/crashpoints.py).
CRASH_EXTENSION = json.dumps({**project_settings.EXTENSIONS, "tests.crashpoints.CrashAt": 50})
# The archive capture replaced by one that dies while storing its WARC.
FINALIZE_CRASH_EXTENSION = json.dumps({**project_settings.EXTENSIONS, "matra_crawler.warc.WarcCapture": None,
                                       "tests.crashpoints.KilledInFinalize": 300})


def urls_of(replica, articles=ARTICLES) -> list[str]:
    return [replica.base_url + matra.article_path(article) for article in articles]


def runs(workdir: Path) -> list[tuple[str, str, str]]:
    """(site key, status, stats JSON) of every run in the state, oldest first."""
    db = sqlite3.connect(workdir / "state" / "state.sqlite3")
    try:
        return db.execute("SELECT site, status, stats FROM runs ORDER BY started_at").fetchall()
    finally:
        db.close()


def plain_run_finishes_the_job(replica, workdir, articles=ARTICLES):
    again = crawl_to_output("matra", replica.base_url, workdir)
    assert again.returncode == 0, again.log[-3000:]
    assert_exactly_once(exported(workdir), urls_of(replica, articles))
    assert runs(workdir)[-1][1] == "complete"
    return again


# ------------------------------------------------------- narrowed runs
@pytest.mark.parametrize("disable", [(), ("rest",), ("rest", "sitemap", "feed")],
                         ids=["rest", "sitemap+feed", "listing"])
def test_a_capped_sample_run_hides_nothing_from_the_next_run(tmp_path, disable):
    """`-a max_articles=2` exports two; the next run still finds the rest
    (the capped run is partial: its watermark does not count)."""
    with Replica(matra.build_site(ARTICLES, disable=disable)) as replica:
        sample = crawl_to_output("matra", replica.base_url, tmp_path, "-a", "max_articles=2")
        assert sample.returncode == 0 and len(exported(tmp_path)) == 2
        assert sample.stats["state/run_status"] == "partial"
        assert "-a max_articles reached" in sample.stats["state/partial_reasons"]
        plain_run_finishes_the_job(replica, tmp_path)


def test_a_listing_page_that_failed_hides_nothing_from_the_next_run(tmp_path):
    """Listing page 2 answers 500: the articles it and the pages after it
    list are not reached, so the run is partial and the next run pages past
    what it exported. Past the last page, the 404 that ends a listing is no
    failure: the next run is complete."""
    articles = list(matra.site_articles(25))   # three listing pages of ten
    page_two_broken = True
    with Replica(matra.build_site(articles, disable=("rest", "sitemap", "feed"))) as replica:
        replica.add_fault(faults.server_error(500, match=lambda path: page_two_broken and path == "/page/2/"))
        broken = crawl_to_output("matra", replica.base_url, tmp_path)
        assert broken.returncode == 0 and len(exported(tmp_path)) == 10
        assert broken.stats["state/run_status"] == "partial"
        assert "discovery incomplete (listing)" in broken.stats["state/partial_reasons"]
        page_two_broken = False
        again = plain_run_finishes_the_job(replica, tmp_path, articles)
        assert again.stats["discovery/listing/ended_not_found"] == 1


def test_a_run_narrowed_by_since_hides_nothing_older(tmp_path):
    newest = max(article["published_at"] for article in ARTICLES)[:10]
    with Replica(matra.build_site(ARTICLES)) as replica:
        narrowed = crawl_to_output("matra", replica.base_url, tmp_path, "-a", f"since={newest}")
        assert 0 < len(exported(tmp_path)) < len(ARTICLES)
        assert narrowed.stats["state/run_status"] == "partial"
        plain_run_finishes_the_job(replica, tmp_path)


@pytest.mark.parametrize("disable", [("rest", "sitemap"), ("rest", "sitemap", "feed")], ids=["feed", "listing"])
def test_a_capped_run_counts_articles_not_their_url_variants(tmp_path, disable):
    """The feed and listings name each article three times (tracking
    parameters, /amp/): max_articles=3 is three articles."""
    site = matra.build_site(ARTICLES, disable=disable)
    with Replica(site) as replica:
        replica.add_fault(faults.tracking_and_amp_links(site))
        crawl_to_output("matra", replica.base_url, tmp_path, "-a", "max_articles=3")
        items = exported(tmp_path)
        assert len(items) == 3 and len({item["url"] for item in items}) == 3
        plain_run_finishes_the_job(replica, tmp_path)


# ------------------------------------------------------------- origins
@pytest.mark.parametrize("base_url, profile_url, key", [
    ("https://medialintassumatera.net/", "https://medialintassumatera.net/", "matra"),
    ("http://www.medialintassumatera.net", "https://medialintassumatera.net/", "matra"),
    ("https://MEDIALINTASSUMATERA.net:443/", "https://medialintassumatera.net/", "matra"),
    ("http://127.0.0.1:8000/", "https://medialintassumatera.net/", "matra@127.0.0.1:8000"),
    ("http://127.0.0.1:8001/", "https://medialintassumatera.net/", "matra@127.0.0.1:8001"),
    ("https://mirror.example.org/", "https://medialintassumatera.net/", "matra@mirror.example.org"),
    ("https://medialintassumatera.net:8443/", "https://medialintassumatera.net/",
     "matra@medialintassumatera.net:8443"),
])
def test_each_origin_has_its_own_state_key(base_url, profile_url, key):
    assert origin_key("matra", base_url, profile_url) == key


def test_a_mirror_crawl_never_changes_what_another_origin_fetches(tmp_path):
    """Two mirrors of one site share a STATE_DIR: each exports all it
    serves; neither run writes the live site's own memory."""
    with Replica(matra.build_site(ARTICLES)) as first, Replica(matra.build_site(ARTICLES)) as second:
        assert crawl_to_output("matra", first.base_url, tmp_path).returncode == 0
        assert crawl_to_output("matra", second.base_url, tmp_path).returncode == 0
        by_origin = {}
        for item in exported(tmp_path):
            by_origin.setdefault(item["url"].split("/20")[0], []).append(item)
        assert sorted(by_origin) == sorted([first.base_url, second.base_url])
        assert_exactly_once(by_origin[first.base_url], urls_of(first))
        assert_exactly_once(by_origin[second.base_url], urls_of(second))
        again = crawl_to_output("matra", first.base_url, tmp_path)
        assert again.stats.get("item_scraped_count", 0) == 0
    with StateStore.in_dir(tmp_path / "state") as store:
        assert store.watermark("matra") is None
        assert store.db.execute("SELECT COUNT(*) FROM articles WHERE site = 'matra'").fetchone()[0] == 0


# ---------------------------------------------------- faults of the disk
def test_items_whose_feed_write_failed_go_out_with_the_next_run(tmp_path):
    """The disk fills up and frees again: writes 2 and 3 fail half way. The
    stored feed holds whole lines only, the state commits exactly those, and
    the next run exports the two that failed."""
    with Replica(matra.build_site(ARTICLES)) as replica:
        flaky = crawl_to_output("matra", replica.base_url, tmp_path, settings={
            "FEED_STORAGES": '{"": "tests.crashpoints.FlakyDisk", "file": "tests.crashpoints.FlakyDisk"}',
            "FLAKY_WRITES": "2,3"})
        first = exported(tmp_path)            # every line parses: no torn write left behind
        assert len(first) == len(ARTICLES) - 2
        assert flaky.stats["state/committed"] == len(ARTICLES) - 2
        assert "2 of 8 items not stored" in flaky.stats["state/partial_reasons"]
        again = plain_run_finishes_the_job(replica, tmp_path)
        assert again.stats["state/new"] == 2


def mount_small_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True)
    return done.returncode == 0


def test_a_real_disk_that_fills_up_and_frees_again(tmp_path):
    """A real small tmpfs under OUTPUT_DIR (root only): a filler file leaves
    no room, and is deleted when the replica serves the fourth article."""
    out = tmp_path / "out"
    if not mount_small_tmpfs(out, "2m"):
        pytest.skip("needs root and a tmpfs mount for a real full disk (the FlakyDisk test covers the logic)")
    try:
        filler = out / "filler"
        with open(filler, "wb") as fill:
            try:
                while True:
                    fill.write(b"\0" * 65536)
                    fill.flush()
            except OSError:
                pass
        (out / "matra").mkdir(exist_ok=True)   # room for the folder's entry only
        served = []

        def free_space_after_three(method, path, headers):
            if path.startswith("/20"):
                served.append(path)
                if len(served) == 4:
                    filler.unlink(missing_ok=True)
        with Replica(matra.build_site(ARTICLES)) as replica:
            replica.add_fault(free_space_after_three)
            full = crawl_to_output("matra", replica.base_url, tmp_path,
                                   settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "1"})
            assert full.stats["state/run_status"] == "partial", full.log[-3000:]
            assert len(exported(tmp_path)) < len(ARTICLES)
            replica.clear_faults()
            plain_run_finishes_the_job(replica, tmp_path)
    finally:
        subprocess.run(["umount", "-l", str(out)], capture_output=True)


# ---------------------------------------------------- the state file itself
def test_a_store_notices_its_file_deleted_or_replaced(tmp_path):
    path = tmp_path / "state.sqlite3"
    with StateStore(path) as store:
        store.start_run("r1", "matra")
        path.unlink()
        with pytest.raises(StateLost, match="deleted"):
            store.start_run("r2", "matra")
    with StateStore(path) as store:
        shutil.copy(path, tmp_path / "copy")
        os.replace(tmp_path / "copy", path)
        with pytest.raises(StateLost, match="replaced"):
            store.start_run("r3", "matra")


def test_state_deleted_mid_run_stops_the_crawl_and_exports_nothing_twice(tmp_path):
    """`rm -rf STATE_DIR` while a crawl runs: it stops with a clear error
    and exit 1, stores no feed, and the next run exports each article once."""
    state = tmp_path / "state"
    served = []

    def delete_state_at_the_third_article(method, path, headers):
        if path.startswith("/20"):
            served.append(path)
            if len(served) == 3:
                shutil.rmtree(state, ignore_errors=True)
            time.sleep(0.05)
    with Replica(matra.build_site(ARTICLES)) as replica:
        replica.add_fault(delete_state_at_the_third_article)
        lost = crawl_to_output("matra", replica.base_url, tmp_path,
                               settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "1"})
        assert lost.returncode == 1
        assert lost.stats["finish_reason"] == "state_lost"
        assert "state.sqlite3 was deleted" in lost.log
        assert exported(tmp_path) == []                      # the feed was not stored
        replica.clear_faults()
        plain_run_finishes_the_job(replica, tmp_path)


def test_a_second_crawl_of_a_site_refuses_while_the_first_holds_its_state(tmp_path):
    from matra_crawler.incremental import SiteLease, lease_path

    with Replica(matra.build_site(ARTICLES)) as replica:
        key = origin_key("matra", replica.base_url, MATRA.base_url)
        lease = SiteLease(lease_path(tmp_path / "state", key))
        assert lease.acquire()
        try:
            busy = crawl_to_output("matra", replica.base_url, tmp_path)
        finally:
            lease.release()
        assert busy.returncode == 1
        assert "Closing spider (state_busy)" in busy.log and "Another crawl of" in busy.log
        assert [r.path for r in replica.requests() if r.path.startswith("/20")] == []
        plain_run_finishes_the_job(replica, tmp_path)


# --------------------------------------------------- hostile input, bugs
def test_a_spider_exception_during_discovery_makes_the_run_partial(tmp_path):
    with Replica(matra.build_site(ARTICLES)) as replica:
        broken = crawl_to_output("matra", replica.base_url, tmp_path, settings={
            "SPIDER_MIDDLEWARES": '{"tests.crashpoints.RaiseInDiscovery": 50}'})
        assert broken.stats["spider_exceptions/RuntimeError"] == 1
        assert broken.stats["state/run_status"] == "partial"
        assert len(exported(tmp_path)) == 1
        plain_run_finishes_the_job(replica, tmp_path)


def sitemap_index_naming(*children: str) -> faults.Fault:
    def answer(path, headers):
        entries = "".join(f"<sitemap><loc>{child}</loc></sitemap>" for child in children)
        return Response.text('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                             f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>',
                             "application/xml")
    return faults.Fault("sitemap_index", answer, lambda path: path.startswith("/wp-sitemap.xml"))


def test_a_sitemap_never_makes_the_crawler_read_a_local_file(tmp_path):
    """A sitemap index names file:// children: a local urlset listing
    article-like URLs, and /dev/zero. Neither is read; both are counted."""
    local = tmp_path / "local-sitemap.xml"
    with Replica(matra.build_site(ARTICLES, disable=("rest",))) as replica:
        secret = f"{replica.base_url}/2024/01/01/from-a-local-file/"
        local.write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                         f"<url><loc>{secret}</loc></url></urlset>")
        replica.add_fault(sitemap_index_naming(local.as_uri(), "file:///dev/zero",
                                               f"{replica.base_url}/wp-sitemap-posts-post-1.xml"))
        run = crawl_to_output("matra", replica.base_url, tmp_path, settings={"MEMUSAGE_ENABLED": "True"})
        assert run.stats["discovery/refused_scheme/file"] == 2
        assert "/2024/01/01/from-a-local-file/" not in [r.path for r in replica.requests()]
        assert run.stats["memusage/max"] < 400 * 2**20
        assert run.stats["state/run_status"] == "partial"
        assert_exactly_once(exported(tmp_path), urls_of(replica))


def test_a_redirect_to_a_local_file_is_not_followed(tmp_path):
    first = matra.article_path(ARTICLES[0])
    with Replica(matra.build_site(ARTICLES)) as replica:
        replica.add_fault(faults.Fault("to_file", lambda path, headers: Response.redirect("file:///etc/passwd"),
                                       lambda path: path == first))
        run = crawl_to_output("matra", replica.base_url, tmp_path)
        assert not any("root:" in json.dumps(item) for item in exported(tmp_path))
        assert_exactly_once(exported(tmp_path), urls_of(replica, ARTICLES[1:]))
        assert run.stats["state/run_status"] == "partial"
        replica.clear_faults()
        plain_run_finishes_the_job(replica, tmp_path)


# -------------------------------------------------------------- crashes
CRASH_PHASES = {
    # phase: extra -s settings that make the crawl SIGKILL itself there
    "discovery": {"EXTENSIONS": CRASH_EXTENSION, "CRASH_AT": "discovery"},
    "fetch": {"EXTENSIONS": CRASH_EXTENSION, "CRASH_AT": "fetch"},
    "store": {"FEED_STORAGES": '{"": "tests.crashpoints.KilledWhileStoring", '
                               '"file": "tests.crashpoints.KilledWhileStoring"}'},
    "before_commit": {"EXTENSIONS": CRASH_EXTENSION, "CRASH_AT": "before_commit"},
    "after_commit": {"EXTENSIONS": CRASH_EXTENSION, "CRASH_AT": "after_commit"},
    # inside finalize_capture, as the feed is stored
    "warc_unstored": {"EXTENSIONS": FINALIZE_CRASH_EXTENSION, "CRASH_AT": "warc_unstored"},
    "warc_stored": {"EXTENSIONS": FINALIZE_CRASH_EXTENSION, "CRASH_AT": "warc_stored"},
    "warc_indexed": {"EXTENSIONS": FINALIZE_CRASH_EXTENSION, "CRASH_AT": "warc_indexed"},
}


def assert_captures_stored(workdir: Path) -> None:
    """Every exported item links to its page's record in a stored WARC
    (read back: Target-URI, record id, payload digest), and nothing under
    OUTPUT_DIR is left as .part."""
    output_dir = workdir / "out"
    for item in exported(workdir):
        assert item["warc"], item["url"]
        for link in item["warc"]:
            assert not link["filename"].endswith(".part"), link
            check_link(link, output_dir, item["url"])
    assert not list(output_dir.rglob("*.part")), "a .part file outlived the runs"


@pytest.mark.parametrize("phase", list(CRASH_PHASES))
def test_sigkill_at_each_phase_then_a_plain_run_exports_every_article_once(tmp_path, phase):
    with Replica(matra.build_site(ARTICLES)) as replica:
        killed = crawl_to_output("matra", replica.base_url, tmp_path, settings=CRASH_PHASES[phase])
        assert killed.returncode == -signal.SIGKILL
        part_files = list((tmp_path / "out" / "matra").glob("*.part"))
        for item in exported(tmp_path):   # a feed the killed run stored names stored WARCs only
            assert all((tmp_path / "out" / link["filename"]).exists() for link in item["warc"]), item
        again = plain_run_finishes_the_job(replica, tmp_path)
    if phase == "warc_indexed":
        # The killed run's WARC was stored and remembered: the next run's
        # unchanged pages are revisits, its items link to that stored file.
        assert again.stats["warc/revisit"] >= len(ARTICLES)
    assert not [p for p in part_files if p.exists()], "a killed crawl's .part outlived the next run"
    assert_captures_stored(tmp_path)
    statuses = [status for _, status, _ in runs(tmp_path)]
    assert statuses == ["killed", "complete"]


# ----------------------------------------------------------- housekeeping
def test_a_quiet_run_writes_no_feed_file(tmp_path):
    with Replica(matra.build_site(ARTICLES)) as replica:
        crawl_to_output("matra", replica.base_url, tmp_path)
        quiet = crawl_to_output("matra", replica.base_url, tmp_path)
    assert quiet.stats["state/run_status"] == "complete"
    assert len(list((tmp_path / "out" / "matra").glob("*.jsonl"))) == 1


def test_a_part_file_in_use_is_left_alone(tmp_path):
    folder = tmp_path / "out" / "matra"
    folder.mkdir(parents=True)
    stale, busy = folder / "2026-01-01T000000.000.jsonl.part", folder / "2026-01-02T000000.000.jsonl.part"
    stale.write_text("{}\n")
    busy.write_text("{}\n")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; f = open(sys.argv[1]); time.sleep(60)",
                               str(busy)])
    try:
        time.sleep(0.5)
        with Replica(matra.build_site(ARTICLES[:2])) as replica:
            crawl_to_output("matra", replica.base_url, tmp_path)
        assert not stale.exists() and busy.exists()
    finally:
        holder.kill()


def test_a_crawl_leaves_no_remote_control_job_file(tmp_path):
    with Replica(matra.build_site(ARTICLES[:2])) as replica:
        command = [sys.executable, "-m", "scrapy", "crawl", "matra", "-a", f"base_url={replica.base_url}",
                   "-s", f"OUTPUT_DIR={tmp_path / 'out'}", "-s", f"STATE_DIR={tmp_path / 'state'}"]
        for name, value in FAST.items():
            command += ["-s", f"{name}={value}"]
        subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "xdg")})
    assert not list((tmp_path / "xdg").rglob("*.json"))


@pytest.mark.parametrize("stats, close, narrowed, recorded, committed, reasons", [
    ({}, "finished", [], 3, 3, []),
    ({}, "finished", ["-a since"], 3, 3, ["-a since"]),
    ({}, "shutdown", [], 3, 3, ["closed: shutdown"]),
    ({"article_fetch_failed/HttpError": 2}, "finished", [], 1, 1, ["2 article fetches failed"]),
    ({"spider_exceptions/KeyError": 1}, "finished", [], 0, 0, ["1 spider exceptions"]),
    ({"discovery/sitemap/page_failed": 1, "discovery/rest/malformed": 1}, "finished", [], 0, 0,
     ["discovery incomplete (rest, sitemap)"]),
    ({"discovery/exhausted": True}, "finished", [], 0, 0, ["no discovery source answered"]),
    ({"discovery/refused_scheme/file": 1}, "finished", [], 0, 0, ["1 URLs refused for their scheme"]),
    ({}, "finished", [], 5, 3, ["2 of 5 items not stored"]),
    ({"discovery/rest/answered": 1, "discovery/sitemap/short_of_since": 1}, "finished", [], 2, 2, []),
])
def test_partial_reasons(stats, close, narrowed, recorded, committed, reasons):
    assert partial_reasons(stats, close, narrowed, recorded, committed) == reasons
