"""What a nightly re-run costs: requests and time on a generated replica.

    python benchmarks/incremental_cost.py [--articles 2000] [--changes 5]

Three crawls of one Matra replica with one state store (issue 4's cost
targets): the first run fetches every article once; a re-run with nothing
new may ask only robots.txt and one discovery request; a run after k
articles changed or appeared may make at most k + 3 requests. Request counts
come from the replica server's own log. Prints one markdown table.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.crawling import crawl  # noqa: E402
from tests.replica import matra  # noqa: E402
from tests.replica.server import Replica  # noqa: E402

SETTINGS = {"CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32"}


def measured(replica: Replica, base_url: str, workdir: Path) -> dict:
    replica.clear_log()
    started = time.perf_counter()
    result = crawl("matra", base_url, workdir, settings=SETTINGS, timeout=1800)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.log[-3000:])
    paths = [r.path for r in replica.requests()]
    return {"requests": len(paths), "article requests": sum(p.startswith("/20") for p in paths),
            "exported": len(result.items), "seconds": seconds}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--changes", type=int, default=5,
                        help="articles edited, and as many published, before the third run")
    args = parser.parse_args(argv)
    articles = list(matra.generate_articles(args.articles))
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Replica(matra.build_site(articles)) as replica:
        workdir = Path(tmp)
        rows.append(("first run", measured(replica, replica.base_url, workdir),
                     f"= {args.articles} articles + robots + REST pages"))
        rows.append(("re-run, nothing new", measured(replica, replica.base_url, workdir),
                     "≤ 2 (robots + 1 discovery)"))
        k = args.changes
        now = datetime.now(timezone.utc).astimezone(matra.WIB)
        edited = [matra.edited(a) for a in articles[k:2 * k]]
        added = [matra.follow_up(articles[0], f"berita-baru-{n}",
                                 (now - timedelta(minutes=5 + n)).isoformat(timespec="seconds"),
                                 post_id=10_000_000 + n)
                 for n in range(k)]
        replica.replace_route(matra.build_site([*added, *articles[:k], *edited, *articles[2 * k:]]))
        rows.append((f"re-run, {k} edited + {k} new", measured(replica, replica.base_url, workdir),
                     f"≤ {2 * k + 3} (k + 3, k = {2 * k})"))
    print(f"| {args.articles}-article replica | requests | article requests | exported | seconds | target |")
    print("|---|---|---|---|---|---|")
    for name, row, target in rows:
        print(f"| {name} | {row['requests']} | {row['article requests']} | {row['exported']} "
              f"| {row['seconds']:.1f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
