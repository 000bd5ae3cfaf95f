import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from matra_crawler.state import RUN_OK, StateLost, StateStore
from matra_crawler.urls import canonical_url

SITE = "matra"
URL = "https://medialintassumatera.net/2023/12/28/pj-gubernur-buka-rakor/"
WIB = timezone(timedelta(hours=7))
ROOT = Path(__file__).resolve().parents[1]


def item(body="Paragraf pertama.\n\nParagraf kedua.", url=URL, published="2023-12-28T14:30:00+07:00",
         modified=None):
    return {"url": url, "content_sha256": hashlib.sha256(body.encode()).hexdigest(),
            "published_at": published, "modified_at": modified}


def sha(body):
    return hashlib.sha256(body.encode()).hexdigest()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_path(request, tmp_path):
    """Where the store lives: a SQLite file, or a PostgreSQL database of the
    local cluster (a fresh schema each test). The same rules hold on both."""
    if request.param == "sqlite":
        yield tmp_path / "state" / "state.sqlite3"
        return
    from tests.cluster import fresh_schema

    with fresh_schema() as url:
        yield url


@pytest.fixture
def store(db_path):
    with StateStore(db_path) as opened:
        yield opened


def land(store, feed, *urls, site=SITE):
    """As a crawl does once its feed is stored: the file holds the pending
    version of each of `urls`, and commit_export commits what it holds.
    (Rows recorded here without a feed name are taken as recorded for it.)"""
    with open(feed, "a", encoding="utf-8") as out:
        for url in urls:
            out.write(json.dumps({"url": url, "content_sha256": store.known(site, url).pending_sha256}) + "\n")
    store.db.execute("UPDATE articles SET pending_feed = ? WHERE site = ? AND pending_feed IS NULL",
                     (os.path.abspath(feed), site))
    return store.commit_export(site, feed)


def export(store, items, feed):
    """What a run does: record each item, write the feed, commit it."""
    lines = []
    for it in items:
        if store.record_item(SITE, it, feed_path=feed):
            lines.append(json.dumps(it))
    Path(feed).write_text("".join(line + "\n" for line in lines))
    store.commit_export(SITE, feed)
    return len(lines)


# ----------------------------------------------------------------- versions
def test_new_article_is_version_1(store):
    assert store.record_item(SITE, item()) == (1, None)
    state = store.known(SITE, URL)
    assert state.pending_version == 1 and state.exported_version == 0
    assert state.published_at == "2023-12-28T14:30:00+07:00"


def test_same_content_after_export_is_not_exported_again(store, tmp_path):
    store.record_item(SITE, item())
    assert land(store, tmp_path / "feed.jsonl", URL) == 1
    assert store.record_item(SITE, item()) is None
    assert store.known(SITE, URL).exported_version == 1


def test_changed_content_is_version_2_with_previous_hash(store, tmp_path):
    store.record_item(SITE, item("Lama."))
    land(store, tmp_path / "a.jsonl", URL)
    assert store.record_item(SITE, item("Baru, dikoreksi.")) == (2, sha("Lama."))
    land(store, tmp_path / "b.jsonl", URL)
    state = store.known(SITE, URL)
    assert (state.exported_version, state.exported_sha256) == (2, sha("Baru, dikoreksi."))
    assert state.feed_path == str(tmp_path / "b.jsonl")
    assert state.pending_sha256 is None


# ------------------------------------------------- moved articles (post IDs)
NEW_URL = URL.replace("buka-rakor", "buka-rakor-camat")


def test_an_article_under_a_new_url_with_its_post_id_is_the_same_article(store, tmp_path):
    store.record_item(SITE, item(), post_id="4521")
    land(store, tmp_path / "a.jsonl", URL)
    assert store.record_item(SITE, item(url=NEW_URL), post_id=4521) is None   # unchanged: not exported
    assert store.moved == [(canonical_url(URL), canonical_url(NEW_URL))]
    assert store.known(SITE, URL) is None
    moved = store.known(SITE, NEW_URL)
    assert (moved.exported_version, moved.post_id, moved.exported_sha256) == (1, "4521", item()["content_sha256"])


def test_a_moved_and_edited_article_is_its_next_version(store, tmp_path):
    store.record_item(SITE, item("Lama."), post_id="4521")
    land(store, tmp_path / "a.jsonl", URL)
    assert store.record_item(SITE, item("Baru.", url=NEW_URL), post_id="4521") == (2, sha("Lama."))


@pytest.mark.parametrize("first_id,second_id", [
    (None, "4521"),     # the first run knew no id (a page without one, or an older state)
    ("4521", "4522"),   # another post
    ("4521", None),     # the new page shows no id
])
def test_without_the_same_post_id_a_new_url_is_a_new_article(store, tmp_path, first_id, second_id):
    store.record_item(SITE, item(), post_id=first_id)
    land(store, tmp_path / "a.jsonl", URL)
    assert store.record_item(SITE, item(url=NEW_URL), post_id=second_id) == (1, None)
    assert store.moved == [] and store.known(SITE, URL).exported_version == 1


def test_a_post_id_names_one_row(store, tmp_path):
    """A URL that takes the id over (the post moved back, or the same
    post seen under two URLs) leaves the older row without it."""
    store.record_item(SITE, item(), post_id="4521")
    store.record_item(SITE, item(url=NEW_URL), post_id="4521")   # moved
    store.record_item(SITE, item(), post_id="4521")              # and back
    rows = store.db.execute("SELECT canonical_url FROM articles WHERE post_id = '4521'").fetchall()
    assert [row[0] for row in rows] == [canonical_url(URL)]


def test_a_state_file_from_before_post_ids_is_brought_up_to_date(db_path, tmp_path):
    with StateStore(db_path) as store:
        store.record_item(SITE, item())
        land(store, tmp_path / "a.jsonl", URL)
        store.db.execute("DROP INDEX articles_post")
        store.db.execute("ALTER TABLE articles DROP COLUMN post_id")   # as an older version left it
    with StateStore(db_path) as store:
        assert store.known(SITE, URL).exported_version == 1
        assert store.record_item(SITE, item(), post_id="4521") is None
        assert store.known(SITE, URL).post_id == "4521"


def test_keys_are_canonical_urls(store, tmp_path):
    store.record_item(SITE, item(url="http://MEDIALINTASSUMATERA.net/2023/12/28/pj-gubernur-buka-rakor/amp/"))
    land(store, tmp_path / "f.jsonl", URL + "?utm_source=wa")
    assert store.known(SITE, URL + "#respond").exported_version == 1
    assert store.record_item(SITE, item(url=URL + "?amp=1")) is None


def test_sites_are_separate(store, tmp_path):
    store.record_item(SITE, item())
    land(store, tmp_path / "f.jsonl", URL)
    assert store.known("tribunjambi", URL) is None
    assert store.record_item("tribunjambi", item()) == (1, None)


def test_a_run_does_not_queue_the_same_content_twice(store):
    store.start_run("r1", SITE)
    assert store.record_item(SITE, item()) == (1, None)
    assert store.record_item(SITE, item()) is None
    assert store.record_item(SITE, item("Lain.")) == (1, None)  # replaces the pending content


# ------------------------------------------------------------ crash safety
def test_uncommitted_export_is_exported_again_after_reopen(db_path, tmp_path):
    with StateStore(db_path) as first:
        first.start_run("r1", SITE)
        assert first.record_item(SITE, item(), feed_path=tmp_path / "r1.jsonl") == (1, None)
        # killed here: the feed never landed, commit_export never ran
    with StateStore(db_path) as second:
        second.start_run("r2", SITE)
        assert second.record_item(SITE, item()) == (1, None)
        land(second, tmp_path / "r2.jsonl", URL)
        assert second.record_item(SITE, item()) is None


def test_a_killed_run_started_again_under_its_id_exports_what_it_had_queued(db_path, tmp_path):
    """A job lost with its node runs again elsewhere under the same run id:
    what the lost one queued is in no stored feed, so it goes out now."""
    with StateStore(db_path) as lost:
        lost.start_run("r1", SITE)
        assert lost.record_item(SITE, item(), feed_path=tmp_path / "r1.jsonl") == (1, None)
    with StateStore(db_path) as again:
        again.recover(SITE)
        again.start_run("r1", SITE)
        assert again.record_item(SITE, item(), feed_path=tmp_path / "r1.jsonl") == (1, None)


def test_uncommitted_change_keeps_its_version_number(db_path, tmp_path):
    with StateStore(db_path) as store:
        store.record_item(SITE, item("v1"))
        land(store, tmp_path / "a.jsonl", URL)
        assert store.record_item(SITE, item("v2")) == (2, sha("v1"))
    with StateStore(db_path) as store:
        assert store.record_item(SITE, item("v2")) == (2, sha("v1"))


def test_reverted_content_clears_a_stale_pending_change(db_path, tmp_path):
    with StateStore(db_path) as store:
        store.record_item(SITE, item("v1"))
        land(store, tmp_path / "a.jsonl", URL)
        store.record_item(SITE, item("v2"))
    with StateStore(db_path) as store:
        assert store.record_item(SITE, item("v1")) is None
        assert store.known(SITE, URL).pending_sha256 is None


def test_commit_takes_the_rows_of_that_feed_that_the_stored_file_holds(store, tmp_path):
    """Only what reached the file is exported: an item whose write failed
    (a full disk) stays pending and goes out with the next run."""
    other, third = (f"https://medialintassumatera.net/2023/12/29/{slug}/" for slug in ("lain", "ketiga"))
    feed = tmp_path / "a.jsonl"
    store.record_item(SITE, item(), feed_path=feed)
    store.record_item(SITE, item("x", url=other), feed_path=tmp_path / "b.jsonl")
    store.record_item(SITE, item("y", url=third), feed_path=feed)   # its write failed
    feed.write_text(json.dumps(item()) + "\n")
    assert store.commit_export(SITE, feed) == 1
    assert store.known(SITE, URL).exported_version == 1
    assert store.known(SITE, other).exported_version == 0
    assert store.known(SITE, third).pending_version == 1
    assert store.unfinished(SITE) == [canonical_url(other), canonical_url(third)]
    assert store.commit_export(SITE, feed) == 0  # nothing pending any more
    assert store.commit_export(SITE, tmp_path / "missing.jsonl") == 0


def test_a_lost_export_is_exported_again_under_its_version(store, tmp_path):
    store.record_item(SITE, item("v1"))
    land(store, tmp_path / "a.jsonl", URL)
    store.record_item(SITE, item("v2"))
    land(store, tmp_path / "b.jsonl", URL)
    store.mark_lost(SITE, URL)                   # b.jsonl was deleted (audit --repair)
    assert store.unfinished(SITE) == [canonical_url(URL)]
    assert store.is_unchanged(SITE, URL, None) is False
    assert store.record_item(SITE, item("v2")) == (2, None)


def test_recover_commits_rows_whose_feed_landed(store, tmp_path):
    feed = tmp_path / "landed.jsonl"
    store.record_item(SITE, item(), feed_path=feed)
    # Killed after the rename, before commit_export. The last line is torn.
    feed.write_text(json.dumps(item()) + "\n" + '{"url": "https://medialintassumatera.ne')
    assert store.recover(SITE) == 1
    assert store.known(SITE, URL).feed_path == str(feed)
    assert store.record_item(SITE, item()) is None


@pytest.mark.parametrize("feed_text", [
    None,                                                          # feed never landed
    json.dumps(item("another body")) + "\n",                       # other content
    json.dumps(item(url="https://medialintassumatera.net/2023/12/29/lain/")) + "\n",  # other article
    "",
])
def test_recover_leaves_rows_whose_feed_did_not_land(store, tmp_path, feed_text):
    feed = tmp_path / "r.jsonl"
    store.record_item(SITE, item(), feed_path=feed)
    if feed_text is not None:
        feed.write_text(feed_text)
    assert store.recover() == 0
    assert store.known(SITE, URL).pending_version == 1


CHILD = textwrap.dedent("""
    import json, sys, time
    from matra_crawler.state import StateStore
    store = StateStore(sys.argv[1])
    store.start_run("killed", "matra")
    item = {"url": sys.argv[2], "content_sha256": sys.argv[3], "published_at": None}
    print(store.record_item("matra", item, feed_path=sys.argv[4]), flush=True)
    if sys.argv[5] == "commit":
        with open(sys.argv[4], "w") as feed:
            feed.write(json.dumps(item) + chr(10))
        store.commit_export("matra", sys.argv[4])
        print("committed", flush=True)
    time.sleep(60)
""")


@pytest.mark.parametrize("commit", [False, True])
def test_state_survives_sigkill(db_path, tmp_path, commit):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), URL, sha("isi"), str(tmp_path / "f.jsonl"),
         "commit" if commit else "no"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "(1, None)"
        if commit:
            assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    with StateStore(db_path) as store:
        state = store.known(SITE, URL)
        assert state is not None and state.first_seen
        if commit:
            assert store.record_item(SITE, item("isi")) is None
        else:
            assert state.pending_run == "killed"
            assert store.record_item(SITE, item("isi")) == (1, None)


# ------------------------------------------------------ discovery-time skip
T = datetime(2023, 12, 28, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("stored_dm, page_modified, discovered, unchanged", [
    (T, None, None, True),                         # listing: no date, known and exported
    (T, None, T, True),
    (T, None, T - timedelta(days=3), True),
    (T, None, T + timedelta(seconds=1), False),    # edited since
    (T, None, T.replace(microsecond=0) + timedelta(microseconds=999), True),  # seconds precision
    (T, None, T.astimezone(WIB), True),            # same instant, other offset
    (T, None, T.replace(tzinfo=None), True),       # naive: taken as UTC
    (T, None, T.replace(tzinfo=None) + timedelta(hours=1), False),
    # exported from a listing (no discovery date): the page's dates are the baseline
    (None, "2023-12-28T15:00:00+07:00", T, True),
    (None, "2023-12-28T15:00:00+07:00", T + timedelta(minutes=1), False),
    (None, None, T - timedelta(hours=1), True),    # published_at 14:30 WIB = 07:30 UTC
    (None, None, T, False),
])
def test_is_unchanged(store, tmp_path, stored_dm, page_modified, discovered, unchanged):
    store.record_item(SITE, item(modified=page_modified), discovered_modified=stored_dm)
    land(store, tmp_path / "f.jsonl", URL)
    assert store.is_unchanged(SITE, URL, discovered) is unchanged


def test_is_unchanged_is_false_until_exported(store, tmp_path):
    assert store.is_unchanged(SITE, URL, None) is False  # unknown
    store.record_item(SITE, item(), discovered_modified=T)
    assert store.is_unchanged(SITE, URL, T) is False      # pending: the feed never landed
    land(store, tmp_path / "a.jsonl", URL)
    assert store.is_unchanged(SITE, URL, T) is True
    store.record_item(SITE, item("koreksi"), discovered_modified=T + timedelta(hours=1))
    assert store.is_unchanged(SITE, URL, T + timedelta(hours=1)) is False  # change pending


def test_listing_refetches_a_change_whose_feed_never_landed(db_path, tmp_path):
    with StateStore(db_path) as store:
        store.record_item(SITE, item("v1"))
        land(store, tmp_path / "a.jsonl", URL)
        store.record_item(SITE, item("v2"))  # then killed
    with StateStore(db_path) as store:
        assert store.is_unchanged(SITE, URL, None) is False


def test_refetched_but_unchanged_article_stores_the_newer_discovery_date(store, tmp_path):
    store.record_item(SITE, item(), discovered_modified=T)
    land(store, tmp_path / "a.jsonl", URL)
    later = T + timedelta(days=1)
    assert store.is_unchanged(SITE, URL, later) is False
    assert store.record_item(SITE, item(), discovered_modified=later) is None
    assert store.is_unchanged(SITE, URL, later) is True


def test_discovery_date_of_an_unexported_change_is_not_kept(db_path, tmp_path):
    later = T + timedelta(days=1)
    with StateStore(db_path) as store:
        store.record_item(SITE, item("v1"), discovered_modified=T)
        land(store, tmp_path / "a.jsonl", URL)
        store.record_item(SITE, item("v2"), discovered_modified=later)  # then killed
    with StateStore(db_path) as store:
        assert store.known(SITE, URL).discovered_modified == T.isoformat()
        assert store.is_unchanged(SITE, URL, later) is False


# ---------------------------------------------------------------- runs
def test_watermark_counts_only_runs_finished_ok(store):
    assert store.watermark(SITE) is None
    store.start_run("r1", SITE)
    store.finish_run("r1", SITE, "ok", {"new": 3}, T)
    assert store.watermark(SITE) == T
    store.start_run("r2", SITE)
    store.finish_run("r2", SITE, "failed", {"errors": 1}, T + timedelta(days=5))
    store.start_run("r3", SITE)  # still running (or killed)
    assert store.watermark(SITE) == T
    store.finish_run("r4", SITE, "ok", {}, (T + timedelta(days=1)).astimezone(WIB))
    assert store.watermark(SITE) == T + timedelta(days=1)
    store.finish_run("r5", SITE, "ok", {}, None)  # a run that saw nothing dated
    assert store.watermark(SITE) == T + timedelta(days=1)
    assert store.watermark("tribunjambi") is None


def test_runs_are_recorded(store, db_path):
    store.start_run("2024-01-01T020000", SITE)
    store.start_run("2024-01-01T020000", "tribunjambi")
    store.finish_run("2024-01-01T020000", SITE, "ok", {"new": 2, "feed": Path("/x.jsonl")}, T)
    with StateStore(db_path) as other:   # another connection
        rows = other.db.execute(
            "SELECT site, status, finished_at IS NOT NULL, stats FROM runs ORDER BY site").fetchall()
    assert rows[0][:3] == ("matra", "ok", 1)
    assert json.loads(rows[0][3]) == {"feed": "/x.jsonl", "new": 2}
    assert rows[1][:3] == ("tribunjambi", "running", 0)


# ------------------------------------------------------- files, connections
def test_second_connection_sees_committed_data(db_path, tmp_path):
    with StateStore(db_path) as writer, StateStore(db_path) as reader:
        assert reader.known(SITE, URL) is None
        writer.record_item(SITE, item())
        land(writer, tmp_path / "f.jsonl", URL)
        assert reader.known(SITE, URL).exported_version == 1
        assert reader.record_item(SITE, item()) is None


def test_wal_mode_and_state_dir(tmp_path):
    with StateStore.in_dir(tmp_path / "state") as store:
        assert store.path == tmp_path / "state" / "state.sqlite3"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (tmp_path / "state" / "state.sqlite3").exists()


def test_a_whole_run_then_a_rerun_exports_only_changes(store, tmp_path):
    urls = [f"https://medialintassumatera.net/2024/01/0{i}/berita-{i}/" for i in range(1, 6)]
    assert export(store, [item(f"isi {u}", url=u) for u in urls], tmp_path / "run1.jsonl") == 5
    assert export(store, [item(f"isi {u}", url=u) for u in urls], tmp_path / "run2.jsonl") == 0
    changed = [item("koreksi" if u == urls[2] else f"isi {u}", url=u) for u in urls]
    assert export(store, changed, tmp_path / "run3.jsonl") == 1
    assert store.known(SITE, urls[2]).exported_version == 2


def test_last_ok_stats_is_the_newest_good_run(db_path):
    with StateStore(db_path) as store:
        assert store.last_ok_stats("matra") == {}
        store.finish_run("r1", "matra", RUN_OK, {"discovery_group": 1}, None)
        store.finish_run("r2", "matra", "failed", {"discovery_group": 0}, None)
        assert store.last_ok_stats("matra") == {"discovery_group": 1}
        assert store.last_ok_stats("other") == {}


def test_running_runs_and_known_keys_are_listed(store):
    """What `audit` reads: (run id, site) and (site, canonical URL) values."""
    store.record_item(SITE, item())
    store.start_run("r1", SITE)
    store.start_run("r2", "other")
    store.finish_run("r2", "other", RUN_OK, {}, None)
    assert store.running() == [("r1", SITE)]
    assert store.keys() == [(SITE, canonical_url(URL))]


# --------------------------------------------- the PostgreSQL store itself
@pytest.fixture
def database():
    from tests.cluster import fresh_schema

    with fresh_schema() as url:
        yield url


@pytest.mark.parametrize("change, words", [
    ("UPDATE store_meta SET value = 'another'", "replaced"),   # a restore of another installation
    ("DROP TABLE store_meta, articles, runs", "dropped"),
])
def test_a_database_store_notices_it_was_replaced(database, change, words):
    with StateStore(database) as store, StateStore(database) as other:
        store.start_run("r1", SITE)
        other.db.execute(change)
        with pytest.raises(StateLost, match=words):
            store.start_run("r2", SITE)


def test_a_lost_connection_is_a_lost_state(database):
    with StateStore(database) as store, StateStore(database) as other:
        pid = store.db.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"]
        other.db.execute("SELECT pg_terminate_backend(?)", (pid,))
        with pytest.raises(StateLost, match="connection .* was lost"):
            store.start_run("r1", SITE)


def test_a_database_lock_is_held_until_its_connection_ends(database):
    first, second = StateStore(database), StateStore(database)
    try:
        assert first.try_lock("lease/matra") is True
        assert second.try_lock("lease/matra") is False
        assert second.try_lock("lease/other") is True
        first.close()   # the server ends the session a moment later
        deadline = time.monotonic() + 10
        while not second.try_lock("lease/matra") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert second.try_lock("lease/matra") is True
    finally:
        second.close()


def test_a_database_lock_held_by_another_connection_shows(database):
    with StateStore(database) as crawl, StateStore(database) as auditor:
        assert crawl.try_lock("lease/matra")
        assert auditor.held_elsewhere("lease/matra") is True
        assert crawl.held_elsewhere("lease/matra") is False    # its own lock
        assert auditor.held_elsewhere("lease/other") is False
        assert crawl.try_lock("lease/other")                    # asking took nothing


def test_sqlite_has_no_database_locks(tmp_path):
    with StateStore.in_dir(tmp_path) as store:
        assert store.try_lock("lease/matra") is None
        assert store.held_elsewhere("lease/matra") is None


def test_crawls_starting_at_once_on_a_new_store_all_open_it(db_path):
    """A nightly starts several crawls at once: none may fail creating a
    table or an index another is creating (PostgreSQL's IF NOT EXISTS races)."""
    from concurrent.futures import ThreadPoolExecutor

    def open_and_close(_):
        with StateStore(db_path) as opened:
            return opened.watermark(SITE)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(open_and_close, range(8))) == [None] * 8
