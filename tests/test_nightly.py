"""`python -m matra_crawler nightly` as cron runs it: a subprocess, against
the Matra replica running in this process (its request log counts what the
crawls fetched).

Two sites in one run: the matra spider, and a "mirror" portal of a temporary
WordPress registry (--registry) crawled by the generic wordpress spider,
each pointed at its own replica with --base-url.
"""
from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from matra_crawler import nightly
from matra_crawler.nightly import (EXIT_LOCKED, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, LOCK_NAME,
                                   Site, crawl_problems, parse_assignment,
                                   new_run_id, quiet_problem, recent_new_counts,
                                   select_sites)
from tests.crawling import FAST, ROOT
from tests.replica import matra
from tests.replica.server import Replica, Response

ARTICLES = matra.ARTICLES
OLDEST_FIRST = sorted(ARTICLES, key=lambda a: a["published_at"])
# With a slowed replica: a run that takes seconds, and a stop that leaves
# most articles unfetched (Scrapy finishes what its downloader already holds).
ONE_AT_A_TIME = {"CONCURRENT_REQUESTS": "1", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}


# ---------------------------------------------------------------- helpers
def command(tmp: Path, *args: str, fast: dict | None = None) -> list[str]:
    words = [sys.executable, "-m", "matra_crawler", "nightly",
             "--state-dir", str(tmp / "state"), "--output-dir", str(tmp / "out")]
    for name, value in {**FAST, **(fast or {})}.items():
        words += ["--set", f"{name}={value}"]
    return words + list(args)


def environment() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def run_nightly(tmp: Path, *args: str, fast: dict | None = None,
                timeout: float = 180) -> subprocess.CompletedProcess:
    # cwd=tmp: nothing a run writes may depend on (or land in) the project folder.
    return subprocess.run(command(tmp, *args, fast=fast), cwd=tmp, env=environment(),
                          capture_output=True, text=True, timeout=timeout)


def start_nightly(tmp: Path, *args: str, fast: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(command(tmp, *args, fast=fast), cwd=tmp, env=environment(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


PROGRESS_LINE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ [\w.-]+: ")


def progress_lines(stdout: str) -> list[str]:
    """Without a terminal, stdout holds one timestamped line per site start
    and finish (for cron.log); anything else on it is returned as is."""
    return [line for line in stdout.splitlines() if PROGRESS_LINE.match(line)]


def manifests(tmp: Path) -> list[dict]:
    """Every run manifest, oldest first."""
    return [json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((tmp / "out" / "runs").glob("*.json"))]


def feed_items(path: str | Path | None) -> list[dict]:
    if not path or not Path(path).exists():
        return []
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def all_feed_urls(tmp: Path, site: str) -> list[str]:
    return [item["url"] for feed in sorted((tmp / "out" / site).glob("*.jsonl"))
            for item in feed_items(feed)]


def slowed(site, seconds: float):
    """A fault: article pages answer after `seconds` (a run that takes a while)."""
    def fault(method, path, headers):
        if path.startswith("/20"):
            return dataclasses.replace(site(path), delay=seconds)
        return None
    return fault


def wait_for(condition, timeout: float = 60, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def lock_is_free(tmp: Path) -> bool:
    with open(tmp / "state" / LOCK_NAME, "a+") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def article_urls(base_url: str, articles) -> list[str]:
    return sorted(matra.expected_item(article, base_url)["url"] for article in articles)


# ----------------------------------------------------- a whole run, end to end
@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("first")
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp, "--sites", "matra", "--base-url", f"matra=http://127.0.0.1:{replica.port}")
        yield tmp, done, replica.requests(), replica.base_url


def test_first_run_exits_0_with_one_summary_line_on_stdout(first_run):
    tmp, done, _, _ = first_run
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stderr == ""   # cron mails stderr: nothing to say
    started, finished, line = done.stdout.splitlines()
    assert progress_lines(done.stdout) == [started, finished]
    assert started.endswith(" matra: started")
    assert f"matra: done, {len(ARTICLES)} new, 0 updated, {len(ARTICLES)} exported" in finished
    assert line.startswith("nightly ") and "1 site ok" in line and f"{len(ARTICLES)} new" in line


def test_manifest_counts_match_the_replica_and_the_feed(first_run):
    tmp, _, requests, base_url = first_run
    (manifest,) = manifests(tmp)
    assert manifest["status"] == "ok" and manifest["exit_code"] == 0 and manifest["since"] is None
    assert manifest["started_at"] <= manifest["finished_at"]
    assert (tmp / "out" / "runs" / f"{manifest['run_id']}.json").exists()
    assert list(manifest["sites"]) == ["matra"]
    entry = manifest["sites"]["matra"]
    assert (entry["status"], entry["problems"], entry["exit_code"], entry["finish_reason"]) == \
        ("ok", [], 0, "finished")
    # The -a arguments the crawl was given, as the runner passed them.
    assert (entry["spider"], entry["args"]) == ("matra", {"base_url": base_url})
    assert (entry["new"], entry["updated"], entry["unchanged"], entry["skipped_unchanged"]) == \
        (len(ARTICLES), 0, 0, 0)
    assert entry["items"] == len(ARTICLES) and entry["dropped"] == {} and entry["errors"] == 0
    # The crawl's request count is the one the server saw.
    assert entry["requests"] == len(requests)
    assert entry["duration_seconds"] > 0
    (feed,) = (tmp / "out" / "matra").glob("*.jsonl")
    assert entry["feed"] == str(feed)
    assert feed.name == f"{manifest['run_id']}.jsonl"   # the feed carries the run's id
    assert sorted(item["url"] for item in feed_items(feed)) == article_urls(base_url, ARTICLES)


def test_one_log_per_crawl_and_one_for_the_runner(first_run):
    tmp, _, _, _ = first_run
    (manifest,) = manifests(tmp)
    logs = tmp / "out" / "logs" / manifest["run_id"]
    assert manifest["logs"] == str(logs)
    assert manifest["sites"]["matra"]["log"] == str(logs / "matra.log")
    assert "Spider closed (finished)" in (logs / "matra.log").read_text(encoding="utf-8")
    runner_log = (logs / "nightly.log").read_text(encoding="utf-8")
    assert "scrapy crawl matra" in runner_log and manifest["summary"] in runner_log


def test_no_temporary_files_left_and_lock_released(first_run):
    tmp, _, _, _ = first_run
    assert not list((tmp / "out").rglob("*.part"))
    assert lock_is_free(tmp)


# ------------------------------------------------------------ quiet sites
def test_a_site_with_nothing_new_tonight_that_usually_has_news_is_quiet(tmp_path):
    """Three nights with new articles (the replica publishes some between
    runs), then a night with none: exit 1, one line on stderr."""
    published = [10, 12, len(ARTICLES), len(ARTICLES)]
    with Replica(matra.build_site(OLDEST_FIRST[:published[0]])) as replica:
        runs = []
        for night, count in enumerate(published):
            replica.replace_route(matra.build_site(OLDEST_FIRST[:count]))
            runs.append(run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}"))
    news = [m["sites"]["matra"]["new"] for m in manifests(tmp_path)]
    assert news == [10, 2, len(ARTICLES) - 12, 0]
    assert [r.returncode for r in runs] == [EXIT_OK, EXIT_OK, EXIT_OK, EXIT_PROBLEM]
    assert progress_lines(runs[-1].stdout) == runs[-1].stdout.splitlines()   # no summary there
    (line,) = runs[-1].stderr.splitlines()
    assert "matra quiet (nothing new or updated, though 3 of its last 3 runs had new articles)" in line
    assert manifests(tmp_path)[-1]["sites"]["matra"]["status"] == "quiet"


@pytest.mark.parametrize("history,new,updated,quiet", [
    ([5, 3, 8], 0, 0, True),            # a daily news site, silent tonight
    ([5, 3, 8], 1, 0, False),           # something came
    ([5, 3, 8], 0, 2, False),           # an edit is news too
    ([5, 3], 0, 0, False),              # too little history to know its habits
    ([], 0, 0, False),                  # first night
    ([0, 0, 4, 0], 0, 0, False),        # usually quiet: half or fewer had news
    ([0, 4, 4, 0], 0, 0, False),        # exactly half
    ([0, 4, 4, 4], 0, 0, True),
    ([0] * 7 + [9] * 5, 0, 0, False),   # only the last 7 count; older busy nights are forgotten
])
def test_quiet_rule(history, new, updated, quiet):
    assert (quiet_problem(history, new, updated) is not None) == quiet


def test_quiet_history_reads_good_finished_nightly_runs_only(tmp_path):
    def manifest(run_id, status="ok", new=5, since=None, finished=True):
        path = tmp_path / f"{run_id}.json"
        path.write_text(json.dumps({"run_id": run_id, "since": since,
                                    "finished_at": "x" if finished else None,
                                    "sites": {"matra": {"status": status, "new": new}}}))
    manifest("20240101T000000Z", new=1)
    manifest("20240102T000000Z", status="failed", new=0)   # a broken crawl says nothing
    manifest("20240103T000000Z", since="2020-01-01", new=0)  # a backfill neither
    manifest("20240104T000000Z", finished=False, new=0)      # a run that was killed neither
    manifest("20240105T000000Z", status="quiet", new=0)      # a quiet night counts
    manifest("20240106T000000Z", new=3)
    (tmp_path / "20240107T000000Z.json").write_text("{torn")
    assert recent_new_counts(tmp_path, "matra") == [3, 0, 1]
    assert recent_new_counts(tmp_path, "matra", exclude="20240106T000000Z") == [0, 1]
    assert recent_new_counts(tmp_path, "other") == []


def test_run_ids_of_the_same_second_sort_in_start_order(tmp_path):
    """Manifests, feeds and log folders are read newest-first by name, so
    eleven runs started in one second must sort as they were started."""
    second = datetime(2024, 1, 1, tzinfo=timezone.utc)
    started = []
    for _ in range(11):
        started.append(new_run_id(tmp_path, second))
        (tmp_path / started[-1]).mkdir()
    assert len(set(started)) == 11 and started[0] == "20240101T000000.000Z"
    for suffix in ("", ".json", ".jsonl"):
        names = [run_id + suffix for run_id in started]
        assert sorted(names) == names
    assert new_run_id(tmp_path, second.replace(second=1)) > started[-1]


@pytest.mark.parametrize("exit_code,stats,timed_out,problems", [
    (0, {"finish_reason": "finished"}, None, []),
    (0, {"finish_reason": "finished", "log_count/ERROR": 0}, None, []),
    (0, {"finish_reason": "finished", "log_count/ERROR": 1}, None, ["1 ERROR log line"]),
    (0, {"finish_reason": "shutdown", "log_count/ERROR": 3}, None,
     ["finish reason shutdown", "3 ERROR log lines"]),
    (1, None, None, ["exit code 1", "no stats file"]),
    (0, None, None, ["no stats file"]),
    (-15, {"finish_reason": "shutdown"}, 60.0, ["timed out after 60s", "exit code -15",
                                                 "finish reason shutdown"]),
    (None, None, None, ["did not run"]),
])
def test_crawl_problems(exit_code, stats, timed_out, problems):
    assert crawl_problems(exit_code, stats, timed_out) == problems


# ------------------------------------------------------------------- locking
def test_a_held_lock_makes_the_second_run_exit_75_at_once(tmp_path):
    (tmp_path / "state").mkdir()
    with Replica(matra.build_site()) as replica, open(tmp_path / "state" / LOCK_NAME, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("pid 4242 since 2024-01-01T02:15:00Z\n")
        held.flush()
        started = time.monotonic()
        done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
        took = time.monotonic() - started
        assert replica.requests() == []
    assert done.returncode == EXIT_LOCKED
    assert took < 10
    (line,) = done.stderr.splitlines()
    assert "another nightly run is still going" in line and "pid 4242" in line
    assert not (tmp_path / "out" / "runs").exists()


def test_overlapping_runs_the_second_exits_75_the_first_finishes(tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.3))
        first = start_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}",
                              fast=ONE_AT_A_TIME)
        try:
            wait_for(lambda: any(r.path.startswith("/20") for r in replica.requests()),
                     what="the first run's crawl")
            started = time.monotonic()
            second = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
            took = time.monotonic() - started
            assert first.poll() is None, "the first run should still be going"
            out, err = first.communicate(timeout=120)
        finally:
            if first.poll() is None:
                first.kill()
    assert second.returncode == EXIT_LOCKED and took < 10
    assert "another nightly run is still going" in second.stderr
    assert first.returncode == EXIT_OK, err
    (manifest,) = manifests(tmp_path)   # the second wrote none
    assert manifest["sites"]["matra"]["new"] == len(ARTICLES)


def test_a_lock_file_left_by_a_killed_process_does_not_block(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from matra_crawler.nightly import RunLock\n"
         "lock = RunLock(Path(sys.argv[1])); lock.acquire('pid of a doomed run')\n"
         "print('locked', flush=True)\n"
         "time.sleep(600)", str(tmp_path / "state" / LOCK_NAME)],
        cwd=ROOT, env=environment(), stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    assert not lock_is_free(tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert "doomed" in (tmp_path / "state" / LOCK_NAME).read_text()   # the file is still there
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
    assert done.returncode == EXIT_OK, done.stderr


def test_a_killed_runner_keeps_the_lock_until_its_orphaned_crawl_is_done(tmp_path):
    """SIGKILL on the runner alone: its crawl goes on writing the state, so
    the lock stays held (the crawl inherited it) until that crawl ends; then
    the next run starts, and nothing was exported twice."""
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.2))
        args = ("--sites", "matra", "--base-url", f"matra={replica.base_url}")
        runner = start_nightly(tmp_path, *args, fast=ONE_AT_A_TIME)
        wait_for(lambda: any(r.path.startswith("/20") for r in replica.requests()), what="the crawl")
        runner.kill()
        runner.communicate()
        blocked = run_nightly(tmp_path, *args)
        assert blocked.returncode == EXIT_LOCKED, blocked.stderr
        wait_for(lambda: lock_is_free(tmp_path), timeout=120, what="the orphaned crawl to end")
        replica.clear_faults()
        after = run_nightly(tmp_path, *args)
    assert after.returncode == EXIT_OK, after.stderr
    urls = all_feed_urls(tmp_path, "matra")
    assert sorted(urls) == article_urls(replica.base_url, ARTICLES)   # each exactly once


# -------------------------------------------------------- a site that fails
def registry(tmp: Path) -> Path:
    path = tmp / "portals.csv"
    path.write_text("name,domain,source_name,enabled\n"
                    "mirror,mirror.example,Mirror of Matra,yes\n"
                    "dormant,dormant.example,Dormant,no\n", encoding="utf-8")
    return path


def test_a_failing_site_gives_exit_1_and_one_line_while_the_other_site_exports(tmp_path):
    broken = Replica(matra.build_site())
    broken.add_fault(lambda method, path, headers: Response.text("Internal Server Error", status=500))
    with broken, Replica(matra.build_site()) as healthy:
        done = run_nightly(tmp_path, "--registry", str(registry(tmp_path)), "--sites", "matra,mirror",
                           "--base-url", f"matra={broken.base_url}",
                           "--base-url", f"mirror={healthy.base_url}", "--jobs", "2")
    assert done.returncode == EXIT_PROBLEM
    assert progress_lines(done.stdout) == done.stdout.splitlines()   # the summary is on stderr only
    assert len(done.stdout.splitlines()) == 4   # two starts, two finishes
    (line,) = done.stderr.splitlines()
    assert "1 of 2 sites not ok: matra failed (" in line and "ERROR log line" in line
    assert "mirror" not in line.split("manifest")[0]
    (manifest,) = manifests(tmp_path)
    assert manifest["status"] == "problems" and manifest["exit_code"] == EXIT_PROBLEM
    failed, ok = manifest["sites"]["matra"], manifest["sites"]["mirror"]
    assert failed["status"] == "failed" and failed["errors"] > 0 and failed["new"] == 0
    assert ok["status"] == "ok" and ok["spider"] == "wordpress" and ok["new"] == len(ARTICLES)
    assert ok["args"] == {"site": "mirror", "registry": str(registry(tmp_path)),
                          "base_url": healthy.base_url}
    assert failed["args"] == {"base_url": broken.base_url}
    assert sorted(i["url"] for i in feed_items(ok["feed"])) == article_urls(healthy.base_url, ARTICLES)
    assert "dormant" not in manifest["sites"]


def test_a_site_that_cannot_be_reached_fails(tmp_path):
    """Nothing listens on the port: the crawl exits 0, but its ERROR lines tell."""
    with Replica(matra.build_site()) as gone:
        url = gone.base_url
    done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={url}",
                       fast={"RETRY_TIMES": "0"})
    assert done.returncode == EXIT_PROBLEM
    (line,) = done.stderr.splitlines()
    assert "matra failed" in line
    entry = manifests(tmp_path)[0]["sites"]["matra"]
    assert entry["exit_code"] == 0 and entry["errors"] > 0 and entry["items"] == 0


# ---------------------------------------- interruption, resumable backfill
def test_sigterm_stops_the_run_cleanly_and_the_backfill_resumes(tmp_path):
    since = "2020-01-01"
    inside = [a for a in ARTICLES if a["published_at"][:10] >= since]
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.3))
        args = ("--sites", "matra", "--since", since, "--base-url", f"matra={replica.base_url}")
        runner = start_nightly(tmp_path, *args, fast=ONE_AT_A_TIME)
        wait_for(lambda: sum(r.path.startswith("/20") for r in replica.requests()) >= 3,
                 what="a few articles")
        runner.send_signal(signal.SIGTERM)
        _, err = runner.communicate(timeout=120)
        replica.clear_faults()
        resumed = run_nightly(tmp_path, *args)
    assert runner.returncode == EXIT_PROBLEM
    (line,) = err.splitlines()
    assert "interrupted by SIGTERM" in line
    stopped, finished = manifests(tmp_path)
    assert stopped["interrupted"] == "SIGTERM" and stopped["since"] == since
    assert stopped["sites"]["matra"]["args"] == {"base_url": replica.base_url, "since": since}
    assert stopped["sites"]["matra"]["finish_reason"] == "shutdown"
    assert 0 < stopped["sites"]["matra"]["new"] < len(inside)
    assert resumed.returncode == EXIT_OK, resumed.stderr
    assert finished["sites"]["matra"]["new"] == len(inside) - stopped["sites"]["matra"]["new"]
    urls = all_feed_urls(tmp_path, "matra")
    assert sorted(urls) == article_urls(replica.base_url, inside)   # all of them, none twice


# ------------------------------------------------------ options and usage
@pytest.mark.parametrize("text,pair", [
    ("matra=http://127.0.0.1:8000", ("matra", "http://127.0.0.1:8000")),
    ("DOWNLOAD_DELAY=0", ("DOWNLOAD_DELAY", "0")),
    ("URL=http://x/?a=b", ("URL", "http://x/?a=b")),   # only the first = splits
    ("EMPTY=", ("EMPTY", "")),
])
def test_parse_assignment(text, pair):
    assert parse_assignment(text) == pair


@pytest.mark.parametrize("text", ["matra", "=value", ""])
def test_parse_assignment_rejects(text):
    with pytest.raises(ValueError):
        parse_assignment(text)


def test_select_sites_keeps_the_order_given_and_names_unknown_ones():
    available = [Site("a", "a"), Site("b", "b"), Site("p", "wordpress", (("site", "p"),))]
    assert select_sites(available, None) == available
    assert [s.name for s in select_sites(available, ["p", "a", "p"])] == ["p", "a"]
    with pytest.raises(nightly.UsageError, match="x, y"):
        select_sites(available, ["a", "x", "y"])


def test_enabled_sites_are_the_profiles_then_the_enabled_portals(tmp_path):
    from matra_crawler.sites import PROFILES

    path = registry(tmp_path)
    sites = nightly.enabled_sites(path)
    assert [s.name for s in sites] == [*PROFILES, "mirror"]
    assert sites[-1] == Site("mirror", "wordpress", (("site", "mirror"), ("registry", str(path))))


@pytest.mark.parametrize("args,message", [
    (("--sites", "nosuch"), "unknown or disabled site(s) nosuch"),
    (("--base-url", "nosuch=http://x"), "--base-url for unknown or disabled site(s) nosuch"),
    (("--set", "STATE_DIR=/elsewhere"), "--set STATE_DIR"),
    (("--registry", "/no/such/registry.csv"), "WordPress registry"),
    (("--since", "2024-13-01"), "expected a date as YYYY-MM-DD"),
    (("--jobs", "0"), "expected a whole number, 1 or more"),
    (("--set", "NOVALUE"), "expected NAME=VALUE"),
])
def test_usage_errors_exit_2_before_anything_is_written(tmp_path, args, message):
    done = run_nightly(tmp_path, *args)
    assert done.returncode == EXIT_USAGE
    assert message in done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "state").exists()


def test_sites_not_started_when_the_run_is_stopped_are_reported(tmp_path):
    """--jobs 1, two sites, SIGTERM during the first: the second never starts."""
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.3))
        runner = start_nightly(tmp_path, "--registry", str(registry(tmp_path)), "--sites", "matra,mirror",
                               "--jobs", "1", "--base-url", f"matra={replica.base_url}",
                               "--base-url", f"mirror={replica.base_url}", fast=ONE_AT_A_TIME)
        wait_for(lambda: any(r.path.startswith("/20") for r in replica.requests()), what="the first crawl")
        runner.send_signal(signal.SIGTERM)
        _, err = runner.communicate(timeout=120)
    assert runner.returncode == EXIT_PROBLEM
    (line,) = err.splitlines()
    assert "mirror not_run (SIGTERM before it started)" in line
    (manifest,) = manifests(tmp_path)
    assert manifest["sites"]["mirror"]["exit_code"] is None
    assert manifest["sites"]["matra"]["finish_reason"] == "shutdown"
    assert not (tmp_path / "out" / "mirror").exists()


def test_a_crawl_over_its_timeout_is_stopped_and_fails(tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        # 14 pages one at a time, a second each: far past the limit, even on a
        # loaded machine where the crawl takes seconds to start.
        replica.add_fault(slowed(site, 1.0))
        done = run_nightly(tmp_path, "--sites", "matra", "--timeout", "8",
                           "--base-url", f"matra={replica.base_url}", fast=ONE_AT_A_TIME)
    assert done.returncode == EXIT_PROBLEM
    assert "matra failed (timed out after 8s, finish reason shutdown)" in done.stderr
    entry = manifests(tmp_path)[0]["sites"]["matra"]
    assert 0 < entry["new"] < len(ARTICLES)   # what it had was still exported
    assert entry["duration_seconds"] < 30
