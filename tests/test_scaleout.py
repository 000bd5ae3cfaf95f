"""Scale-out: the nightly's crawls as Scrapyd jobs, the state in PostgreSQL.

The decisions of the Scrapyd dispatcher are pure functions, tested with
tables. The rest runs against the local cluster (`make cluster-up`: a real
PostgreSQL and two real Scrapyd nodes on 127.0.0.1, started by CI) and the
replicas: every article exactly once, a node killed mid-run, two
coordinators, a leased site, a SQLite state migrated.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from matra_crawler.incremental import STATE_BUSY, lease_name, origin_key
from matra_crawler.nightly import EXIT_LOCKED, EXIT_OK
from matra_crawler.scrapyd import (ABSENT_POLLS, Node, choose_node, free_slots, job_exit_code, job_fate,
                                   next_step, retry_busy)
from matra_crawler.sites import PROFILES
from matra_crawler.state import StateStore
from tests.cluster import ROOT, fresh_schema, scrapyd_urls, state_url
from tests.crawling import FAST, assert_exactly_once, crawl
from tests.replica import matra
from tests.replica.server import Replica
from tests.test_incremental import old_slug_redirect
from tests.test_nightly import article_urls, feed_items, slowed, wait_for

CLUSTER = pytest.mark.xdist_group("scrapyd-cluster")   # one worker drives the nodes


# ------------------------------------------------------------- decisions
@pytest.mark.parametrize("status, capacity, free", [
    (None, 2, 0),                                   # a node that did not answer
    ({"running": 0, "pending": 0}, 2, 2),
    ({"running": 1, "pending": 0}, 2, 1),
    ({"running": 1, "pending": 1}, 2, 0),
    ({"running": 3, "pending": 2}, 2, 0),           # busier than we asked: never negative
])
def test_free_slots(status, capacity, free):
    assert free_slots(status, capacity) == free


@pytest.mark.parametrize("free, failed_on, node", [
    ({"a": 0, "b": 0}, set(), None),                # nowhere to go: wait
    ({"a": 1, "b": 2}, set(), "b"),                 # most free slots
    ({"a": 2, "b": 2}, set(), "a"),                 # a tie: the order given
    ({"a": 2, "b": 1}, {"a"}, "b"),                 # not where the site was lost
    ({"a": 2, "b": 0}, {"a"}, "a"),                 # ... unless it is the only node free
])
def test_choose_node(free, failed_on, node):
    assert choose_node(free, failed_on) == node


JOBS = {"pending": [{"id": "p"}], "running": [{"id": "r"}], "finished": [{"id": "f"}]}


@pytest.mark.parametrize("jobs, job_id, fate", [
    (None, "r", "unreachable"), (JOBS, "p", "pending"), (JOBS, "r", "running"),
    (JOBS, "f", "finished"), (JOBS, "x", "absent"),
])
def test_job_fate(jobs, job_id, fate):
    assert job_fate(jobs, job_id) == fate


@pytest.mark.parametrize("fate, absent_polls, silent, step", [
    ("running", 0, 0, "wait"),
    ("pending", 0, 0, "wait"),
    ("finished", 0, 0, "collect"),
    ("absent", 1, 0, "wait"),                       # between the queue and the launch
    ("absent", ABSENT_POLLS, 0, "reschedule"),      # vanished (the node restarted)
    ("unreachable", 0, 5, "wait"),                  # a hiccup
    ("unreachable", 0, 20, "reschedule"),           # silent past the grace: lost
])
def test_next_step(fate, absent_polls, silent, step):
    assert next_step(fate, absent_polls, silent, grace=20) == step


@pytest.mark.parametrize("stats, attempt, retry", [
    ({"finish_reason": STATE_BUSY}, 1, False),      # another crawl of the site: reported
    ({"finish_reason": STATE_BUSY}, 2, True),       # the lost job still holds the lease
    ({"finish_reason": STATE_BUSY}, 99, False),     # not for ever
    ({"finish_reason": "finished"}, 2, False),
    (None, 2, False),
])
def test_retry_busy(stats, attempt, retry):
    assert retry_busy(stats, attempt) == retry


@pytest.mark.parametrize("stats, code", [
    (None, None), ({"finish_reason": "finished"}, 0), ({"finish_reason": "state_busy"}, 1),
    ({"finish_reason": "state_lost"}, 1), ({"finish_reason": "shutdown"}, 0),
])
def test_job_exit_code_is_what_scrapy_crawl_exits(stats, code):
    assert job_exit_code(stats) == code


# -------------------------------------------------------------- helpers
def registry(tmp: Path, names) -> Path:
    path = tmp / "portals.csv"
    path.write_text("name,domain,source_name,enabled\n" + "".join(
        f"{name},{name}.example,Mirror {name},yes\n" for name in names), encoding="utf-8")
    return path


def nightly_command(tmp: Path, database: str, *args: str, scrapyd: bool = True,
                    fast: dict | None = None) -> list[str]:
    words = [sys.executable, "-m", "matra_crawler", "nightly", "--state-dir", str(tmp / "state"),
             "--output-dir", str(tmp / "out"), "--state-url", database]
    if scrapyd:
        words += ["--scrapyd", ",".join(scrapyd_urls())]
    for name, value in {**FAST, **(fast or {})}.items():
        words += ["--set", f"{name}={value}"]
    return words + list(args)


def run_nightly(tmp: Path, database: str, *args: str, **options) -> subprocess.CompletedProcess:
    tmp.mkdir(parents=True, exist_ok=True)
    return subprocess.run(nightly_command(tmp, database, *args, **options), cwd=tmp,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=240)


def manifests(tmp: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((tmp / "out" / "runs").glob("*.json"))]


def exported_urls(tmp: Path, site: str) -> list[str]:
    return [item["url"] for feed in sorted((tmp / "out" / site).glob("*.jsonl")) for item in feed_items(feed)]


def comparable(entry: dict) -> dict:
    """A manifest entry without what depends on where and when it ran."""
    varying = ("started_at", "finished_at", "duration_seconds", "log", "stats_file", "feed", "node",
               "job", "attempts")
    return {key: value for key, value in entry.items() if key not in varying}


@pytest.fixture(scope="module")
def deployed():
    """The code under test on both nodes (the cluster may hold an older egg)."""
    urls = scrapyd_urls()
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "deploy", ",".join(urls)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(urls)
    return urls


@pytest.fixture
def database():
    with fresh_schema() as url:
        yield url


SITES = ("mirror1", "mirror2", "mirror3")


# ------------------------------------------------------------ end to end
@CLUSTER
def test_a_nightly_on_two_nodes_exports_every_article_once_like_a_local_run(deployed, database, tmp_path):
    replicas = [Replica(matra.build_site()) for _ in SITES]
    for replica in replicas:
        replica.__enter__()
    try:
        args = ["--registry", str(registry(tmp_path, SITES)), "--sites", ",".join(SITES), "--jobs", "1"]
        for name, replica in zip(SITES, replicas):
            args += ["--base-url", f"{name}={replica.base_url}"]
        first = run_nightly(tmp_path / "cluster", database, *args)
        assert first.returncode == EXIT_OK, first.stderr + first.stdout
        again = run_nightly(tmp_path / "cluster", database, *args)
        assert again.returncode == EXIT_OK, again.stderr
        local = subprocess.run(   # one machine, SQLite: what the cluster must match
                [sys.executable, "-m", "matra_crawler", "nightly", "--state-dir", str(tmp_path / "local" / "state"),
                 "--output-dir", str(tmp_path / "local" / "out"), *args,
                 *[word for name, value in FAST.items() for word in ("--set", f"{name}={value}")]],
                cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                timeout=240)
        assert local.returncode == EXIT_OK, local.stderr
    finally:
        for replica in replicas:
            replica.__exit__(None, None, None)
    run_one, run_two = manifests(tmp_path / "cluster")
    (local_run,) = manifests(tmp_path / "local")
    nodes_used = {entry["node"] for entry in run_one["sites"].values()}
    assert nodes_used == set(deployed)                      # both nodes took work
    for name, replica in zip(SITES, replicas):
        assert_exactly_once([{"url": url} for url in exported_urls(tmp_path / "cluster", name)],
                            article_urls(replica.base_url, matra.ARTICLES))
        assert run_two["sites"][name]["new"] == 0 and run_two["sites"][name]["items"] == 0
        assert comparable(run_one["sites"][name]) == comparable(local_run["sites"][name])
        assert Path(run_one["sites"][name]["log"]).is_file()   # the job's log beside its stats


@CLUSTER
def test_a_node_killed_mid_run_its_site_goes_to_the_other_node(deployed, database, tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.4))
        args = ["--registry", str(registry(tmp_path, ["mirror1"])), "--sites", "mirror1",
                "--base-url", f"mirror1={replica.base_url}", "--node-grace", "3"]
        coordinator = subprocess.Popen(
            nightly_command(tmp_path, database, *args, fast={"CONCURRENT_REQUESTS": "1",
                                                            "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}),
            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        killed = None
        try:
            def running_job():
                for number, url in enumerate(deployed, 1):
                    running = Node(url).jobs("matra_crawler")["running"]
                    if running:
                        return number, url, running[0]["pid"]
                return None
            wait_for(running_job, what="the job to start")
            number, url, crawl_pid = running_job()
            wait_for(lambda: sum(1 for path in replica.requests() if path[1].startswith("/20")) >= 3,
                     what="a few articles fetched")
            node_dir = ROOT / "output" / "cluster" / f"node{number}"
            os.kill(int((node_dir / "pid").read_text()), signal.SIGKILL)
            os.kill(crawl_pid, signal.SIGKILL)
            killed = url
            out, err = coordinator.communicate(timeout=240)
        finally:
            if coordinator.poll() is None:
                coordinator.kill()
            subprocess.run([str(ROOT / "scripts" / "cluster.sh"), "up"], cwd=ROOT, capture_output=True,
                           timeout=300)   # the killed node back, for the tests after this one
    assert coordinator.returncode == EXIT_OK, err + out
    (manifest,) = manifests(tmp_path)
    entry = manifest["sites"]["mirror1"]
    assert entry["node"] != killed and entry["attempts"] == 2
    assert_exactly_once([{"url": url} for url in exported_urls(tmp_path, "mirror1")],
                        article_urls(replica.base_url, matra.ARTICLES))
    assert f"{killed} stopped answering; scheduling the site again" in \
        (tmp_path / "out" / "logs" / manifest["run_id"] / "nightly.log").read_text()


def test_two_coordinators_at_once_the_second_exits_75(database, tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.3))
        args = ["--sites", "matra", "--base-url", f"matra={replica.base_url}"]
        first = subprocess.Popen(nightly_command(tmp_path / "a", database, *args, scrapyd=False),
                                 cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            wait_for(lambda: list((tmp_path / "a" / "out" / "runs").glob("*.json")), what="the first run")
            # Another machine: its own STATE_DIR and OUTPUT_DIR, the same database.
            second = run_nightly(tmp_path / "b", database, *args, scrapyd=False)
        finally:
            first.communicate(timeout=240)
    assert second.returncode == EXIT_LOCKED, second.stderr
    assert "another nightly run is still going" in second.stderr and "matra_crawler nightly pid" in second.stderr
    assert first.returncode == EXIT_OK


def test_a_second_crawl_of_a_leased_site_refuses_cleanly(database, tmp_path):
    with Replica(matra.build_site()) as replica, StateStore(database) as holder:
        key = origin_key("matra", replica.base_url, PROFILES["matra"].base_url)
        assert holder.try_lock(lease_name(key))          # a crawl of the site on another machine
        busy = crawl("matra", replica.base_url, tmp_path, settings={"STATE_URL": database})
        holder.close()
        free = crawl("matra", replica.base_url, tmp_path / "later", settings={"STATE_URL": database})
    assert busy.returncode == 1 and busy.stats["finish_reason"] == STATE_BUSY
    assert busy.items == [] and busy.stats.get("downloader/request_count", 0) == 0
    assert "Another crawl of matra@127.0.0.1" in busy.log and "Traceback" not in busy.log
    assert free.returncode == 0 and len(free.items) == len(matra.ARTICLES)


def test_a_migrated_state_with_versions_and_moves_exports_nothing_twice(database, tmp_path):
    articles = list(matra.ARTICLES)
    moved = matra.renamed(articles[3], articles[3]["slug"] + "-diperbaiki")
    fixed = matra.edited(moved)
    fixed["modified_at"] = (datetime.fromisoformat(moved["modified_at"]) + timedelta(seconds=30)).isoformat()
    final = [*articles[:3], fixed, *articles[4:]]
    with Replica(matra.build_site(articles)) as replica:
        crawl("matra", replica.base_url, tmp_path)                        # SQLite in tmp_path/state
        replica.replace_route(matra.build_site([*articles[:3], moved, *articles[4:]]))
        replica.add_fault(old_slug_redirect(matra.article_path(articles[3]), matra.article_path(moved)))
        assert crawl("matra", replica.base_url, tmp_path).stats["state/moved"] == 1
        replica.replace_route(matra.build_site(final))
        assert crawl("matra", replica.base_url, tmp_path).items[0]["version"] == 2
        migrate = [sys.executable, "-m", "matra_crawler", "state", "migrate", "--to", database,
                   "--state-dir", str(tmp_path / "state")]
        done = subprocess.run(migrate, cwd=ROOT, capture_output=True, text=True, timeout=120)
        again = subprocess.run(migrate, cwd=ROOT, capture_output=True, text=True, timeout=120)
        runs = [crawl("matra", replica.base_url, tmp_path / "pg", settings={"STATE_URL": database})
                for _ in range(2)]
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert f"{len(articles)} articles ({len(articles)} new), 3 runs (3 new); verified" in line
    assert again.returncode == 0 and "(0 new)" in again.stdout   # idempotent
    for run in runs:
        assert run.returncode == 0 and run.items == [], run.log[-2000:]
    with StateStore(database) as store:
        state = store.known("matra@127.0.0.1:" + str(replica.port), replica.base_url + matra.article_path(fixed))
        assert state.exported_version == 2 and state.post_id


def test_migrate_says_what_differs_and_exits_1(database, tmp_path):
    with StateStore.in_dir(tmp_path / "state") as store:
        store.finish_run("r1", "matra", "complete", {}, None)
    with StateStore(database) as store:
        store.finish_run("r1", "matra", "partial", {}, None)   # the database moved on
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "state", "migrate", "--to", database,
                           "--state-dir", str(tmp_path / "state")], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "MISMATCH" in line and "runs: 1 of 1 rows differ" in line


def test_migrate_without_a_sqlite_state_is_one_line_and_exit_2(database, tmp_path):
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "state", "migrate", "--to", database,
                           "--state-dir", str(tmp_path / "none")], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "no SQLite state" in done.stderr
