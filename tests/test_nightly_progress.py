"""Progress: a single crawl tells what discovery found and what it will
fetch; the nightly shows live per-site progress on a terminal (run here
under a pseudo-terminal) and plain timestamped lines without one."""
from __future__ import annotations

import fcntl
import json
import os
import re
import select
import struct
import subprocess
import termios
import time

import pytest

from matra_crawler.progress import site_state
from tests.crawling import crawl
from tests.replica import matra
from tests.replica.server import Replica
from tests.test_nightly import (ARTICLES, ONE_AT_A_TIME, command, environment, progress_lines,
                                run_nightly, slowed)

ANSI = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|[()][A-Z0-9])")


@pytest.mark.parametrize("entry,progress,state", [
    (None, None, "queued"),
    ({"status": "running"}, None, "starting"),
    ({"status": "running"}, {"phase": "discovering", "found": 3}, "discovering (3 found)"),
    ({"status": "running"}, {"phase": "fetching", "fetched": 4, "to_fetch": 14}, "fetching 4 of 14"),
    ({"status": "running"}, {"phase": "closed"}, "closing"),
    ({"status": "ok", "problems": []}, None, "done"),
    ({"status": "failed", "cause": "DNS lookup failed for host x.invalid",
      "problems": ["DNS lookup failed for host x.invalid", "finish reason site_unreachable"]}, None,
     "failed (DNS lookup failed for host x.invalid)"),
    ({"status": "failed", "cause": None, "problems": ["exit code 1", "no stats file"]}, None,
     "failed (exit code 1, no stats file)"),
    ({"status": "quiet", "cause": None, "problems": ["nothing new"]}, None, "quiet (nothing new)"),
    ({"status": "not_run", "problems": ["SIGTERM before it started"]}, None, "not run"),
])
def test_site_state(entry, progress, state):
    assert site_state(entry, progress) == state


def test_a_crawl_tells_what_discovery_found_and_what_it_will_fetch(tmp_path):
    progress = tmp_path / "progress.json"
    with Replica(matra.build_site()) as replica:
        first = crawl("matra", replica.base_url, tmp_path, settings={"PROGRESS_FILE": str(progress)})
        again = crawl("matra", replica.base_url, tmp_path)   # the state knows them all now
    count = len(ARTICLES)
    assert f"INFO: Discovery found {count} articles: {count} to fetch, 0 unchanged since the last run" \
        in first.log
    assert f"INFO: Fetched {count} of the {count} articles to fetch (0 failed); {count} exported" in first.log
    # The second asks only for what changed since the first (a day of margin).
    assert re.search(r"INFO: Discovery found (\d+) articles: 0 to fetch, \1 unchanged since the last run",
                     again.log)
    final = json.loads(progress.read_text())
    assert (final["phase"], final["found"], final["to_fetch"], final["fetched"], final["exported"],
            final["finish_reason"]) == ("closed", count, count, count, count, "finished")


def run_in_terminal(words: list[str], cwd, timeout: float = 180) -> tuple[int, str]:
    """Run with stdin, stdout and stderr on a pseudo-terminal; everything it drew."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
    child = subprocess.Popen(words, stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                             env={**environment(), "TERM": "xterm-256color", "COLUMNS": "160"})
    os.close(slave)
    output, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:   # EIO: the terminal's other side is closed
                break
            if not data:
                break
            output.append(data)
        return child.wait(timeout=10), ANSI.sub("", b"".join(output).decode("utf-8", "replace"))
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()


def test_on_a_terminal_the_nightly_shows_live_per_site_progress(tmp_path):
    site = matra.build_site()
    with Replica(site) as replica:
        replica.add_fault(slowed(site, 0.4))
        code, screen = run_in_terminal(
            command(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}",
                    fast={**ONE_AT_A_TIME, "PROGRESS_INTERVAL": "0.5"}), cwd=tmp_path)
    assert code == 0, screen
    count = len(ARTICLES)
    fetching = [int(n) for n in re.findall(rf"fetching (\d+) of {count}", screen)]
    assert fetching and min(fetching) < count          # seen while it was going
    assert re.search(rf"matra\s+\│?\s*done\s+\│?\s*{count}\b", screen), screen[-2000:]
    assert re.search(r"nightly \S+: 1 of 1 sites done", screen)
    assert f"1 site ok, {count} new" in screen          # the summary line, as without a terminal
    assert not progress_lines(screen.replace("\r", "\n"))   # no cron lines on a terminal


def test_without_a_terminal_the_nightly_prints_plain_lines(tmp_path):
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp_path, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout + done.stderr     # no terminal codes in cron.log
    started, finished = progress_lines(done.stdout)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ matra: started", started)
    assert re.fullmatch(rf"\S+Z matra: done, {len(ARTICLES)} new, 0 updated, {len(ARTICLES)} exported, "
                        r"\d+ requests, [\d.]+s", finished)
