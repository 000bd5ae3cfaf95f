#!/usr/bin/env python3
"""Crawl speed: pages per second crawling a generated replica on loopback with
politeness off, matra_crawler's spider beside a bare Scrapy spider that only
follows the same links (benchmarks/bare_spider.py: Scrapy's default
settings, none of the project's components), as a ratio.

    .venv/bin/python benchmarks/crawl_speed.py [--articles 10000] [--repeat 2]

The replica server runs in its own process (python -m tests.replica.server);
each crawl is a subprocess (`scrapy crawl matra`; the bare spider's own
script, on Scrapy's defaults) at the same pace: the tests' FAST pace, CONCURRENT_REQUESTS=32 and 32 per domain,
AutoThrottle off, robots.txt obeyed, no incremental state, a temporary feed.
pages/s is Scrapy's own count: responses received / elapsed_time_seconds
(engine start to close; interpreter start-up not included). The runs
alternate and the best of each spider counts. "server CPU" is the replica
server's CPU time over the crawl's wall time: near 100% means the server, not
the crawler, set the pace. --state adds a crawl with a fresh incremental
state (SQLite, one transaction per exported item), as the nightly run does.
matra_crawler archives every response (WARC beside the feed) unless told
otherwise; --capture adds a crawl with WARC_ENABLED=False, and every row
shows the WARC bytes written per exported article.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_process import (BENCH_SETTINGS, ROOT, cpu_seconds, load_note,  # noqa: E402
                             replica_server, scrapy_command)


STATE_ON = "matra_crawler, state on"
# The settings the bare spider takes from the benchmark: the pace both crawl at.
BARE_PACE = ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
             "AUTOTHROTTLE_ENABLED", "ROBOTSTXT_OBEY", "LOG_LEVEL")
CAPTURE_OFF = "matra_crawler, capture off"


def run_crawl(kind: str, base_url: str, server_pid: int, workdir: Path, settings: dict) -> dict:
    stats_file, feed = workdir / f"{kind}.stats.json", workdir / f"{kind}.jsonl"
    for path in (stats_file, feed):
        path.unlink(missing_ok=True)
    run_settings = {**settings, "STATS_FILE": str(stats_file)}
    if kind == STATE_ON:  # a fresh state each run: every article is new, as in a first nightly run
        state_dir = Path(tempfile.mkdtemp(prefix="state_", dir=workdir))
        run_settings["STATE_DIR"] = str(state_dir)
    if kind in (CAPTURE_OFF, "bare"):   # the bare spider archives nothing either
        run_settings["WARC_ENABLED"] = "False"
    for old in workdir.glob(f"{kind}*.warc.gz"):
        old.unlink()
    if kind != "bare":
        command = scrapy_command(["crawl", "matra", "-a", f"base_url={base_url}"], run_settings, "-O", str(feed))
    else:   # Scrapy's defaults and the pace only: no project setting reaches it
        pace = {name: value for name, value in run_settings.items() if name in BARE_PACE}
        command = [sys.executable, str(ROOT / "benchmarks" / "bare_spider.py"), "--base-url", base_url,
                   "--stats-file", str(stats_file)]
        for name, value in pace.items():
            command += ["-s", f"{name}={value}"]
    log = workdir / f"{kind}.log"
    server_cpu, wall = cpu_seconds(server_pid), time.perf_counter()
    with log.open("w") as log_file:
        crawl = subprocess.Popen(command, cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(crawl.pid, 0)  # the rusage of this one child: its CPU time
    crawl.returncode = os.waitstatus_to_exitcode(status)
    wall, server_cpu = time.perf_counter() - wall, cpu_seconds(server_pid) - server_cpu
    if crawl.returncode != 0 or not stats_file.exists():
        sys.stderr.write(log.read_text()[-3000:])
        raise SystemExit(f"{kind} crawl failed (exit {crawl.returncode})")
    stats = json.loads(stats_file.read_text())
    items = sum(1 for _ in feed.open(encoding="utf-8")) if feed.exists() else 0
    responses = stats.get("response_received_count", 0)
    elapsed = stats["elapsed_time_seconds"]
    return {"spider": kind, "responses": responses, "items": items, "elapsed": elapsed, "wall": wall,
            "pages_per_s": responses / elapsed, "server_cpu_share": server_cpu / wall,
            # start-up included: the whole process's CPU over its pages
            "crawler_cpu_ms": 1000 * (usage.ru_utime + usage.ru_stime) / max(responses, 1),
            "finish_reason": stats.get("finish_reason"),
            "warc_bytes_per_item": stats.get("warc/bytes", 0) / max(items, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="replica size (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=2, help="crawls per spider, best counts (default %(default)s)")
    parser.add_argument("--concurrency", type=int, default=32,
                        help="CONCURRENT_REQUESTS and ..._PER_DOMAIN (default %(default)s)")
    parser.add_argument("--state", action="store_true",
                        help="also crawl with a fresh incremental state (STATE_DIR), as the nightly run does")
    parser.add_argument("--capture", action="store_true",
                        help="also crawl with archive capture off (WARC_ENABLED=False)")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="another Scrapy setting for both spiders")
    args = parser.parse_args(argv)
    settings = {**BENCH_SETTINGS, "CONCURRENT_REQUESTS": str(args.concurrency),
                "CONCURRENT_REQUESTS_PER_DOMAIN": str(args.concurrency)}
    settings.update(dict(item.split("=", 1) for item in args.settings))

    best: dict[str, dict] = {}
    with replica_server(args.articles) as (base_url, server_pid), \
            tempfile.TemporaryDirectory(prefix="crawl_speed_") as workdir:
        for _ in range(args.repeat):
            for kind in ("bare", "matra_crawler", *([STATE_ON] if args.state else []),
                         *([CAPTURE_OFF] if args.capture else [])):
                result = run_crawl(kind, base_url, server_pid, Path(workdir), settings)
                print(f"  {kind}: {result['pages_per_s']:.0f} pages/s ({result['responses']} responses "
                      f"in {result['elapsed']:.1f} s)", file=sys.stderr, flush=True)
                if kind not in best or result["pages_per_s"] > best[kind]["pages_per_s"]:
                    best[kind] = result

    ours, bare = best["matra_crawler"], best["bare"]
    print("| spider | articles | responses | items exported | elapsed s | pages/s | crawler CPU ms/page "
          "| server CPU | WARC bytes/article |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in (bare, ours, *([best[STATE_ON]] if args.state else []),
                *([best[CAPTURE_OFF]] if args.capture else [])):
        print(f"| {row['spider']} | {args.articles} | {row['responses']} | "
              f"{row['items'] if row['spider'] != 'bare' else '–'} | {row['elapsed']:.1f} "
              f"| {row['pages_per_s']:.0f} | {row['crawler_cpu_ms']:.1f} | {100 * row['server_cpu_share']:.0f}% "
              f"| {row['warc_bytes_per_item']:.0f} |")
    # CPU ratio: pages per CPU second, ours over bare (the figure a shared machine disturbs least)
    print(f"| **ratio** | | | | | **{ours['pages_per_s'] / bare['pages_per_s']:.0%}** of bare "
          f"| **{bare['crawler_cpu_ms'] / ours['crawler_cpu_ms']:.0%}** | |")
    if args.state:
        print(f"| ratio, state on | | | | | {best[STATE_ON]['pages_per_s'] / bare['pages_per_s']:.0%} of bare "
              f"| {bare['crawler_cpu_ms'] / best[STATE_ON]['crawler_cpu_ms']:.0%} | |")
    if args.capture:
        off = best[CAPTURE_OFF]
        print(f"| capture on vs off | | | | | {ours['pages_per_s'] / off['pages_per_s']:.0%} "
              f"| {off['crawler_cpu_ms'] / ours['crawler_cpu_ms']:.0%} | | |")
    print(f"\n{load_note()}; concurrency {args.concurrency}; best of {args.repeat} runs each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
