"""Shared by the crawl benchmarks: the replica server in a process of its own
(so it shares no GIL with the crawler), the politeness-off settings, and a
process's CPU time and memory from /proc."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.crawling import FAST  # noqa: E402  the tests' loopback pace

# Politeness off: no delay, no AutoThrottle, many requests at once. robots.txt
# stays obeyed (one request). No incremental state: every article is new.
BENCH_SETTINGS = {**FAST, "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
                  "STATE_DIR": "", "ROBOTSTXT_OBEY": "True"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@contextmanager
def replica_server(articles: int, *extra: str):
    """`python -m tests.replica.server matra --articles N --synthetic-only`
    in its own process; yields (base URL, pid)."""
    command = [sys.executable, "-m", "tests.replica.server", "matra", "--articles", str(articles),
               "--synthetic-only", "--port", "0", *extra]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        base_url = server.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise SystemExit(f"replica server did not start (exit {server.poll()})")
        yield base_url, server.pid
    finally:
        server.send_signal(signal.SIGINT)  # its serve_forever stops on KeyboardInterrupt
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def scrapy_command(spider_args: list[str], settings: dict, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "scrapy", *spider_args, *extra]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a live process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def rss_mb(pid: int) -> float | None:
    """VmRSS of a live process in MB (None once it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def load_note() -> str:
    """The machine's load while measuring (others may share its cores)."""
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.1f} (1 min) / {five:.1f} (5 min) at the end"
