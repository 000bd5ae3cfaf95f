"""Offline demo: the real nightly run against the bundled Matra replica, as
`make demo` does.

    python -m tests.replica.demo [--articles N] [--output-dir DIR]

Serves the replica of medialintassumatera.net on 127.0.0.1, runs
`python -m matra_crawler nightly --sites matra --base-url matra=<replica>`
into DIR (default output/demo, state in DIR/state: the live site's state
in output/state is never touched), prints where the feed, manifest, report
and WACZ are, and stops the server. Each demo starts afresh: DIR is the
demo's own and is emptied first, so the run finds every article new.
Exit status: the nightly's.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from matra_crawler.cli import ArgumentParser
from tests.crawling import FAST, ROOT
from tests.replica import matra
from tests.replica.server import Replica

DEFAULT_OUTPUT = ROOT / "output" / "demo"
MARKER = ".demo"   # a folder the demo may empty: one it made


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text!r}")
    return value


def nightly_command(base_url: str, output_dir: Path) -> list[str]:
    """The nightly a user would type, pointed at the replica; politeness off
    (loopback, our own server)."""
    command = [sys.executable, "-m", "matra_crawler", "nightly", "--sites", "matra",
               "--base-url", f"matra={base_url}", "--output-dir", str(output_dir),
               "--state-dir", str(output_dir / "state")]
    for name, value in FAST.items():
        command += ["--set", f"{name}={value}"]
    return command


def shown(path: str | Path | None) -> str:
    """A path as short as it reads: relative to the project when inside it."""
    if not path:
        return "(none)"
    path = Path(path)
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def where_things_are(output_dir: Path) -> list[str]:
    """What the run left, from its manifest (the newest in DIR/runs)."""
    manifests = sorted((output_dir / "runs").glob("*.json"))
    if not manifests:
        return [f"no run manifest in {shown(output_dir / 'runs')}"]
    manifest = json.loads(manifests[-1].read_text(encoding="utf-8"))
    entry = manifest["sites"].get("matra", {})
    feed = entry.get("feed")
    items = [json.loads(line) for line in Path(feed).read_text(encoding="utf-8").splitlines()] \
        if feed else []
    wacz = output_dir / "archive" / f"{manifest['run_id']}.wacz"
    report = output_dir / "report.html"
    lines = [f"  feed      {shown(feed)}  ({len(items)} articles, one JSON object a line)",
             f"  manifest  {shown(manifests[-1])}  (what the run did, per site)",
             f"  report    {shown(report) if report.exists() else '(not written)'}  (open it in a browser)",
             f"  archive   {shown(wacz) if wacz.exists() else '(not written)'}"
             f"  (WACZ of every page fetched: ReplayWeb.page or pywb replay it)",
             f"  logs      {shown(manifest['logs'])}"]
    if items:
        first = items[0]
        lines += ["", "The first article of the feed:",
                  f"  {first['title']}", f"  {first['url']}",
                  f"  published {first['published_at']}, by {', '.join(first['authors']) or '?'}, "
                  f"{first['word_count']} words"]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m tests.replica.demo",
                                     description="The nightly run against the bundled Matra replica.")
    parser.add_argument("--articles", type=count, default=0,
                        help="add this many generated articles to the 14 hand-written ones")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT,
                        help=f"where the run writes (emptied first; default: {shown(DEFAULT_OUTPUT)})")
    args = parser.parse_args(argv)
    output_dir = args.output_dir.resolve()
    if output_dir.exists() and any(output_dir.iterdir()) and not (output_dir / MARKER).exists():
        parser.error(f"--output-dir {args.output_dir}: not empty and not an earlier demo's "
                     "(the demo empties its folder); give a new one")
    shutil.rmtree(output_dir, ignore_errors=True)
    output_dir.mkdir(parents=True)
    (output_dir / MARKER).write_text("written by the demo (tests/replica/demo.py), which empties "
                                     "this folder when it runs again\n", encoding="utf-8")

    articles = matra.site_articles(len(matra.ARTICLES) + args.articles) if args.articles else None
    with Replica(matra.build_site(articles)) as replica:
        print(f"Replica of medialintassumatera.net (reconstructed, not the live site) "
              f"at {replica.base_url}", flush=True)
        command = nightly_command(replica.base_url, output_dir)
        print("$ python " + " ".join(command[1:]).replace(f"{ROOT}/", ""), flush=True)
        done = subprocess.run(command, cwd=ROOT)
    print("\nThe demo run left:")
    print("\n".join(where_things_are(output_dir)))
    if done.returncode:
        print(f"demo: the nightly exited {done.returncode}; its summary line above says why",
              file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
