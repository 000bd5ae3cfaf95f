"""Run a real `scrapy crawl` as a subprocess (one reactor per process) and
collect its feed, stats and log."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.replica.server import Replica

ROOT = Path(__file__).resolve().parent.parent


def project_with_settings(folder: Path, **values) -> dict:
    """The environment of a project whose settings module (written into
    `folder`) sets `values` over the project's own."""
    (folder / "project_settings.py").write_text("from matra_crawler.settings import *  # noqa\n"
                                                + "".join(f"{name} = {value!r}\n" for name, value in values.items()))
    return {"SCRAPY_SETTINGS_MODULE": "project_settings", "PYTHONPATH": f"{ROOT}{os.pathsep}{folder}"}

# The polite live pace makes a replica crawl take minutes; loopback needs none of it.
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "RETRY_BACKOFF_BASE": "0.05",
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    items: list[dict]
    stats: dict
    log: str
    returncode: int
    feed: Path


def crawl(spider: str, base_url: str, workdir: Path, *args: str,
          settings: dict | None = None, timeout: float = 180) -> CrawlResult:
    """`scrapy crawl SPIDER -a base_url=...` into workdir/feed.jsonl, with its
    state in workdir/state (a second crawl in the same workdir is a re-run).
    `args` are extra command-line words (e.g. "-a", "since=2024-01-01")."""
    feed, stats_file = workdir / "feed.jsonl", workdir / "stats.json"
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}",
               "-O", str(feed), "-s", f"STATS_FILE={stats_file}",
               "-s", f"STATE_DIR={workdir / 'state'}", *args]
    for name, value in {**FAST, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()] \
        if feed.exists() else []
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlResult(items, stats, done.stderr, done.returncode, feed)


def crawl_replica(spider: str, route, workdir: Path, *args: str, **options) -> tuple:
    """Serve `route` (a replica site) on a fresh Replica, crawl it once with
    `crawl` and stop the server: (the replica, for its base_url; the
    CrawlResult; the requests the replica answered)."""
    with Replica(route) as replica:
        result = crawl(spider, replica.base_url, workdir, *args, **options)
        return replica, result, replica.requests()


def crawl_built_replica(spider: str, replica_module, workdir: Path) -> tuple:
    """`replica_module.build_site()` crawled once by `spider` (a replica whose
    site object carries its articles): (the site, the CrawlResult, the requests)."""
    site = replica_module.build_site()
    _, result, requests = crawl_replica(spider, site, workdir)
    return site, result, requests


@dataclass
class Run:
    stats: dict
    log: str
    returncode: int


def crawl_to_output(spider: str, base_url: str, workdir: Path, *args: str,
                    settings: dict | None = None, timeout: float = 180) -> Run:
    """`scrapy crawl SPIDER` as the nightly runs it: feeds under
    workdir/out/<site>/<run>.jsonl (one per run, none for a run that exports
    nothing), the state in workdir/state."""
    stats_file = workdir / f"stats-{len(list(workdir.glob('stats-*.json')))}.json"
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}",
               "-s", f"OUTPUT_DIR={workdir / 'out'}", "-s", f"STATE_DIR={workdir / 'state'}",
               "-s", f"STATS_FILE={stats_file}", *args]
    for name, value in {**FAST, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    workdir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return Run(stats, done.stderr, done.returncode)


def exported(workdir: Path, site: str = "matra") -> list[dict]:
    """Every item of every stored feed of `site` under workdir/out, oldest feed first."""
    return [json.loads(line) for feed in sorted((workdir / "out" / site).glob("*.jsonl"))
            for line in feed.read_text(encoding="utf-8").splitlines()]


def assert_exactly_once(items: list[dict], urls: list[str]) -> None:
    """Each of `urls` in the feeds exactly once, and nothing else."""
    got = sorted(item["url"] for item in items)
    assert len(got) == len(set(got)), f"exported twice: {sorted({u for u in got if got.count(u) > 1})}"
    assert got == sorted(urls), f"missing {sorted(set(urls) - set(got))}, extra {sorted(set(got) - set(urls))}"
