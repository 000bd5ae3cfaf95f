"""Why a site failed, in words; a site nobody answers for fails in seconds.

The tables test the two pure halves (the crawl's error_kind, the nightly's
failure_cause); the end-to-end tests run the nightly as cron does against a
closed port and a host name that never resolves (.invalid, RFC 2606).
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time

from pathlib import Path

import pytest
from OpenSSL import SSL
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError,
                               DownloadFailedError, DownloadTimeoutError, IgnoreRequest)
from twisted.internet import error as net
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from matra_crawler.middlewares import error_kind, host_label
from matra_crawler.nightly import (EXIT_LOCKED, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, failure_cause, lock_address,
                                   socket_inodes)
from tests.crawling import project_with_settings
from tests.replica import matra
from tests.replica.server import Replica
from tests.test_nightly import (ONE_AT_A_TIME, command, environment, lock_is_free, manifests, run_nightly, slowed,
                                start_nightly, wait_for)


def wrapped(outer: BaseException, inner: BaseException) -> BaseException:
    outer.__cause__ = inner
    return outer


def tls_failure() -> BaseException:
    return wrapped(DownloadFailedError("handshake"),
                   ResponseNeverReceived([Failure(SSL.Error([("SSL routines", "", "wrong version number")]))]))


class PlaywrightError(Exception):
    pass


PlaywrightError.__module__ = "playwright._impl._errors"


@pytest.mark.parametrize("error,kind", [
    (wrapped(CannotResolveHostError("x"), net.DNSLookupError("x")), "dns"),
    (net.DNSLookupError("x"), "dns"),
    (wrapped(DownloadConnectionRefusedError("x"), net.ConnectionRefusedError()), "refused"),
    (ConnectionRefusedError(), "refused"),
    (DownloadTimeoutError("took longer"), "timeout"),
    (net.TCPTimedOutError(), "timeout"),
    (tls_failure(), "tls"),
    (wrapped(DownloadFailedError("x"), ResponseNeverReceived([Failure(net.ConnectionLost())])),
     "connection_lost"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots_disallowed"),
    (wrapped(IgnoreRequest("site_unreachable"), CannotResolveHostError("x")), "dns"),
    (IgnoreRequest("offsite"), "ignored"),
    (PlaywrightError("net::ERR_NAME_NOT_RESOLVED at http://x/"), "dns"),
    (PlaywrightError("Timeout 30000ms exceeded."), "timeout"),
    (PlaywrightError("Target closed"), "browser"),
    (ValueError("odd"), "ValueError"),
])
def test_error_kind(error, kind):
    assert error_kind(error) == kind


@pytest.mark.parametrize("url,label", [
    ("http://nosuch.invalid/robots.txt", "nosuch.invalid"),
    ("http://127.0.0.1:8000/x", "127.0.0.1:8000"),
    ("https://Example.ORG/a", "example.org"),
])
def test_host_label(url, label):
    assert host_label(url) == label


@pytest.mark.parametrize("stats,cause", [
    ({}, None),
    (None, None),
    ({"log_count/ERROR": 3}, None),
    ({"site_unreachable": "dns/nosuch.invalid", "download_error/dns/nosuch.invalid": 2},
     "DNS lookup failed for host nosuch.invalid"),
    ({"site_unreachable": "refused/127.0.0.1:9"}, "connection refused by 127.0.0.1:9"),
    ({"download_error/timeout/a.example": 8}, "timed out talking to a.example (8 times)"),
    ({"download_error/tls/a.example": 1}, "TLS error with a.example"),
    ({"http_error/403/a.example": 5}, "HTTP 403 (bot check?) from a.example (5 times)"),
    ({"http_error/429/a.example": 1}, "HTTP 429 (rate limited) from a.example"),
    ({"http_error/503/a.example": 4}, "HTTP 503 from a.example (4 times)"),
    ({"download_error/robots_disallowed/a.example": 4}, "robots.txt disallows 4 requests to a.example"),
    ({"download_error/robots_disallowed/a.example": 1}, "robots.txt disallows 1 request to a.example"),
    # The most frequent wins; a missing sitemap (404) only when nothing else went wrong.
    ({"http_error/404/a.example": 9, "download_error/timeout/a.example": 2},
     "timed out talking to a.example (2 times)"),
    ({"http_error/404/a.example": 9}, "HTTP 404 from a.example (9 times)"),
    ({"http_error/403/a.example": 2, "http_error/503/a.example": 6}, "HTTP 503 from a.example (6 times)"),
    ({"spider_exceptions/count": 2, "spider_exceptions/KeyError": 2}, "spider error KeyError (2 times)"),
    ({"download_error/WeirdError/a.example": 1}, "WeirdError from a.example"),
])
def test_failure_cause(stats, cause):
    assert failure_cause(stats) == cause


# ------------------------------------------------------------ end to end
def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("base_url,cause", [
    ("http://127.0.0.1:{closed_port}", "connection refused by 127.0.0.1:{closed_port}"),
    ("http://matra-replica.invalid", "DNS lookup failed for host matra-replica.invalid"),
], ids=["closed port", "unresolvable host"])
def test_a_site_nobody_answers_for_fails_with_its_cause(tmp_path, base_url, cause):
    """The live pace and the default retries: the crawl gives up at the
    first failure instead of walking every discovery source (timed in
    benchmarks/nightly_failures.py)."""
    port = closed_port()
    base_url, cause = base_url.format(closed_port=port), cause.format(closed_port=port)
    done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={base_url}",
                       fast={"RETRY_TIMES": "3", "RETRY_BACKOFF_BASE": "1"})
    assert done.returncode == EXIT_PROBLEM
    assert "Traceback" not in done.stdout + done.stderr
    (line,) = done.stderr.splitlines()
    assert f"matra failed ({cause}" in line
    entry = manifests(tmp_path)[0]["sites"]["matra"]
    assert entry["cause"].startswith(cause) and entry["problems"][0] == entry["cause"]
    assert entry["finish_reason"] == "site_unreachable"
    assert entry["requests"] <= 3   # robots.txt and the first discovery request, no retries


# ------------------------------------------------------------------ the lock
def test_socket_inodes_reads_proc_net_unix():
    address = lock_address(Path("/srv/state"))
    name = "@" + address[1:].decode()
    table = ("Num       RefCount Protocol Flags    Type St Inode Path\n"
             f"0000000000000000: 00000002 00000000 00010000 0001 01 4711 {name}\n"
             "0000000000000000: 00000002 00000000 00010000 0001 01 4712 @other\n"
             "0000000000000000: 00000003 00000000 00000000 0001 03 4713 /run/systemd/notify\n"
             "0000000000000000: 00000003 00000000 00000000 0001 03 4714\n")
    assert socket_inodes(table, address) == {4711}
    assert socket_inodes(table, lock_address(Path("/srv/other"))) == set()
    assert lock_address(Path("/srv/state")) == address != lock_address(Path("/srv/state2"))


def slow_run(tmp_path, replica, site):
    replica.add_fault(slowed(site, 0.3))
    runner = start_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}",
                           fast=ONE_AT_A_TIME)
    wait_for(lambda: any(r.path.startswith("/20") for r in replica.requests()), what="the crawl")
    return runner


def stop(runner):
    if runner.poll() is None:
        runner.send_signal(signal.SIGTERM)
    return runner.communicate(timeout=120)


def named_pids(line: str) -> list[int]:
    return [int(pid) for pid in re.findall(r"pid (\d+) \(", line)]


def test_deleting_the_state_during_a_run_does_not_free_the_lock(tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        runner = slow_run(tmp_path, replica, site)
        # A crawl stops at its next answer once its state file is gone (state_lost):
        # answers held back long enough keep the first run going meanwhile.
        replica.clear_faults()
        replica.add_fault(slowed(site, 15))
        time.sleep(1)   # the answer in flight (0.3 s) arrives while the state is still there
        try:
            shutil.rmtree(tmp_path / "state")
            second = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
            assert runner.poll() is None, "the first run should still be going"
        finally:
            stop(runner)
    assert second.returncode == EXIT_LOCKED, second.stderr
    (line,) = second.stderr.splitlines()
    assert "another nightly run is still going" in line
    assert runner.pid in named_pids(line)
    assert len(manifests(tmp_path)) == 1   # the second wrote none


def test_the_locked_message_names_the_live_holder_not_the_dead_runner(tmp_path):
    """SIGKILL on the runner alone: its orphaned crawl holds the lock; the
    message names the crawl (alive), not the runner's pid in the file."""
    site = matra.build_site()
    with Replica(site) as replica:
        runner = slow_run(tmp_path, replica, site)
        runner.kill()
        runner.communicate()
        blocked = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
        pids = named_pids(blocked.stderr)
        alive = [pid for pid in pids if os.path.exists(f"/proc/{pid}")]
        for pid in pids:   # let the orphaned crawl go
            os.kill(pid, signal.SIGTERM)
        replica.clear_faults()
        wait_for(lambda: not any(os.path.exists(f"/proc/{pid}") for pid in pids), timeout=120,
                 what="the orphaned crawl to end")
        after = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
    assert blocked.returncode == EXIT_LOCKED, blocked.stderr
    assert pids and alive == pids and runner.pid not in pids
    assert "scrapy crawl matra" in blocked.stderr
    assert f"taken by pid {runner.pid}" in blocked.stderr and "which is gone" in blocked.stderr
    assert after.returncode == EXIT_OK, after.stderr


# ----------------------------------------------- disks full or read-only
# Tests run as root, whom chmod does not stop: a real tmpfs, mounted small or
# read-only, is the honest fault. Without root, chmod is honest (read-only
# only); without either, the test says why it skips.
@pytest.fixture
def tmpfs(request):
    mounted = []

    def mount(path: Path, options: str) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        path.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                              capture_output=True, text=True)
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(path)
        return path

    yield mount
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def read_only(tmpfs):
    def make(path: Path) -> Path:
        if os.geteuid() == 0:
            return tmpfs(path, "ro,size=64k")
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o555)
        return path
    return make


def fill(directory: Path) -> None:
    """Write until the disk says it is full."""
    with open(directory / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass


def assert_one_clean_line(done, exit_code: int) -> str:
    assert done.returncode == exit_code, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    (line,) = done.stderr.splitlines()
    return line


def test_a_read_only_state_dir_is_exit_2_with_a_finished_manifest(tmp_path, read_only):
    read_only(tmp_path / "state")
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
        assert replica.requests() == []
    line = assert_one_clean_line(done, EXIT_USAGE)
    assert f"not started: STATE_DIR {tmp_path / 'state'} is not usable" in line
    (manifest,) = manifests(tmp_path)
    assert manifest["finished_at"] and manifest["exit_code"] == EXIT_USAGE
    assert manifest["status"] == "not_started" and manifest["summary"] == line
    assert manifest["sites"]["matra"]["status"] == "not_run"


def test_a_read_only_output_dir_is_exit_2_and_one_line(tmp_path, read_only):
    read_only(tmp_path / "out")
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
        assert replica.requests() == []
    line = assert_one_clean_line(done, EXIT_USAGE)
    assert f"not started: OUTPUT_DIR {tmp_path / 'out'} is not usable" in line
    assert lock_is_free(tmp_path)


def test_an_output_dir_that_fills_up_mid_run_is_exit_1_with_a_finished_manifest(tmp_path, tmpfs):
    out = tmpfs(tmp_path / "out", "size=2m")
    site = matra.build_site()
    with Replica(site) as replica:
        runner = slow_run(tmp_path, replica, site)
        fill(out)
        stdout, stderr = runner.communicate(timeout=120)
    done = subprocess.CompletedProcess(runner.args, runner.returncode, stdout, stderr)
    line = assert_one_clean_line(done, EXIT_PROBLEM)
    assert "No space left on device" in line
    (manifest,) = manifests(tmp_path)
    assert manifest["finished_at"] and manifest["exit_code"] == EXIT_PROBLEM
    assert manifest["status"] == "problems" and manifest["sites"]["matra"]["status"] == "failed"
    assert "No space left on device" in manifest["output_error"]


def test_the_state_url_setting_is_the_nightlys_state_and_lock(tmp_path):
    """A project whose settings set STATE_URL: its crawls would use that
    database, so the nightly takes its lock there too (not a STATE_DIR
    flock another machine cannot see). An unreachable one is refused
    before any crawl, in one line, without its password."""
    settings = project_with_settings(tmp_path, STATE_URL=f"postgresql://matra:SECRET@127.0.0.1:{closed_port()}/matra")
    with Replica(matra.build_site()) as replica:
        done = subprocess.run(command(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}"),
                              cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              env={**environment(), **settings})
        assert replica.requests() == []
    assert done.returncode == EXIT_USAGE, done.stdout + done.stderr
    assert "cannot connect to the state database postgresql://127.0.0.1:" in done.stdout + done.stderr
    assert "SECRET" not in done.stdout + done.stderr and "Traceback" not in done.stderr
