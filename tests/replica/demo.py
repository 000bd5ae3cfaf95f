"""Offline demo: serve the bundled Matra replica on 127.0.0.1 and crawl it
into a real feed under output/matra/, as `make demo` does.

    python -m tests.replica.demo [--articles N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from tests.crawling import FAST, ROOT
from tests.replica import matra
from tests.replica.server import Replica


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0,
                        help="add this many generated articles to the 14 hand-written ones")
    args = parser.parse_args()
    articles = matra.site_articles(len(matra.ARTICLES) + args.articles) if args.articles else None
    output = ROOT / "output" / "matra"
    before = set(output.glob("*.jsonl"))
    with Replica(matra.build_site(articles)) as replica:
        print(f"Replica of medialintassumatera.net (reconstructed) at {replica.base_url}", flush=True)
        command = [sys.executable, "-m", "scrapy", "crawl", "matra", "-a", f"base_url={replica.base_url}"]
        # No state: the replica's articles must not enter (or move the
        # watermark of) the live site's state in output/state.
        for name, value in {**FAST, "STATE_DIR": ""}.items():
            command += ["-s", f"{name}={value}"]
        done = subprocess.run(command, cwd=ROOT)
    feeds = sorted(set(output.glob("*.jsonl")) - before)
    if done.returncode or not feeds:
        print("demo: the crawl failed; see the log above", file=sys.stderr)
        return 1
    items = [json.loads(line) for line in feeds[-1].read_text(encoding="utf-8").splitlines()]
    print(f"\n{len(items)} articles in {feeds[-1].relative_to(ROOT)}; the first:")
    first = dict(items[0], body=items[0]["body"][:300] + " ...")
    print(json.dumps(first, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
