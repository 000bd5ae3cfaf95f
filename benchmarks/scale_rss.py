#!/usr/bin/env python3
"""Memory at scale: the crawler process's resident memory while it crawls a
generated replica of N articles (default 50,000) on loopback, politeness off.

    .venv/bin/python benchmarks/scale_rss.py [--articles 50000] [--state] [--interval 0.5]

The replica server runs in its own process; the crawl is `scrapy crawl matra`
with the crawl benchmark's settings (benchmarks/replica_process.py) and a
temporary feed. VmRSS of the crawler is read from /proc/<pid>/status every
--interval seconds; progress (responses so far) comes from Scrapy's own
LogStats line, asked for every second. Printed: peak RSS, and RSS when the
crawl had fetched 10/25/50/75/100% of the articles: flat means the crawler
does not grow with the number of articles it has seen.

--bare measures benchmarks/bare_spider.py instead: the memory Scrapy itself
needs for the same crawl (its dupefilter, scheduler, stats).

--state crawls with a (fresh, temporary) incremental state, as the nightly
run does; without it STATE_DIR is empty (off).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_process import BENCH_SETTINGS, ROOT, load_note, replica_server, rss_mb, scrapy_command  # noqa: E402

PROGRESS = re.compile(r"Crawled (\d+) pages .*scraped (\d+) items")
MARKS = (0.10, 0.25, 0.50, 0.75, 1.00)


def watch_log(stream, progress: dict, log_path: Path) -> None:
    """Keep the latest 'Crawled N pages ... scraped M items' figures; save the log."""
    with log_path.open("w") as log:
        for line in stream:
            log.write(line)
            found = PROGRESS.search(line)
            if found:
                progress["pages"], progress["items"] = int(found[1]), int(found[2])


def crawl_with_samples(base_url: str, workdir: Path, settings: dict, interval: float, bare: bool = False):
    feed, stats_file = workdir / "feed.jsonl", workdir / "stats.json"
    run_settings = {**settings, "STATS_FILE": str(stats_file), "LOGSTATS_INTERVAL": "1"}
    if bare:  # the yardstick: Scrapy's own share of the memory
        command = scrapy_command(["runspider", str(ROOT / "benchmarks" / "bare_spider.py"),
                                  "-a", f"base_url={base_url}"], run_settings)
    else:
        command = scrapy_command(["crawl", "matra", "-a", f"base_url={base_url}"], run_settings,
                                 "-O", str(feed))
    crawl = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    progress = {"pages": 0, "items": 0}
    reader = threading.Thread(target=watch_log, args=(crawl.stderr, progress, workdir / "crawl.log"), daemon=True)
    reader.start()
    samples = []  # (seconds, rss MB, pages, items)
    start = time.perf_counter()
    while crawl.poll() is None:
        rss = rss_mb(crawl.pid)
        if rss is not None:
            samples.append((time.perf_counter() - start, rss, progress["pages"], progress["items"]))
        time.sleep(interval)
    reader.join(timeout=10)
    if crawl.returncode != 0:
        sys.stderr.write((workdir / "crawl.log").read_text()[-3000:])
        raise SystemExit(f"crawl failed (exit {crawl.returncode})")
    stats = json.loads(stats_file.read_text())
    items = sum(1 for _ in feed.open(encoding="utf-8")) if feed.exists() else 0
    return samples, stats, items, time.perf_counter() - start


def rss_at(samples, articles: int, share: float):
    """The first sample taken once `share` of the articles had been fetched
    (the last sample for 100%: the log line lags by up to a second)."""
    if share >= 1.0:
        return samples[-1] if samples else None
    return next((s for s in samples if s[2] >= share * articles), None)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000, help="replica size (default %(default)s)")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between RSS samples")
    parser.add_argument("--state", action="store_true", help="crawl with a temporary incremental state")
    parser.add_argument("--bare", action="store_true",
                        help="measure benchmarks/bare_spider.py instead (Scrapy's own share)")
    parser.add_argument("--samples", type=Path, help="also write every sample (s, MB, pages, items) as CSV")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="another Scrapy setting")
    args = parser.parse_args(argv)

    with replica_server(args.articles) as (base_url, _), \
            tempfile.TemporaryDirectory(prefix="scale_rss_") as workdir:
        settings = {**BENCH_SETTINGS, "STATE_DIR": str(Path(workdir) / "state") if args.state else ""}
        settings.update(dict(item.split("=", 1) for item in args.settings))
        samples, stats, items, wall = crawl_with_samples(base_url, Path(workdir), settings, args.interval,
                                                         bare=args.bare)

    if args.samples:
        args.samples.write_text("seconds,rss_mb,pages,items\n" + "".join(
            f"{t:.1f},{rss:.1f},{pages},{done}\n" for t, rss, pages, done in samples))
    peak = max(samples, key=lambda s: s[1])
    print(f"| spider | articles | state | items exported | crawl s | peak RSS MB | "
          + " | ".join(f"RSS at {share:.0%} MB" for share in MARKS) + " | growth 25%→100% MB |")
    print("|---|---:|---|---:|---:|---:|" + "---:|" * len(MARKS) + "---:|")
    at = [rss_at(samples, args.articles, share) for share in MARKS]
    cells = [f"{s[1]:.0f}" if s else "–" for s in at]
    growth = f"{round(at[-1][1] - at[1][1]):+d}" if at[1] and at[-1] else "–"
    print(f"| {'bare' if args.bare else 'matra_crawler'} | {args.articles} | {'on' if args.state else 'off'} "
          f"| {items if not args.bare else '–'} | {wall:.0f} | {peak[1]:.0f} | "
          + " | ".join(cells) + f" | {growth} |")
    print(f"\npeak at {peak[0]:.0f} s ({peak[2]} pages fetched); Scrapy memusage/max "
          f"{(stats.get('memusage/max') or 0) / 2**20:.0f} MB; {len(samples)} samples every {args.interval} s; "
          f"scheduler enqueued {stats.get('scheduler/enqueued')}; {load_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
