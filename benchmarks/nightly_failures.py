"""How long the nightly takes to declare a site failed when nobody answers:
a closed port on 127.0.0.1 and a host name that never resolves (.invalid).

Measures, never asserts. The crawls run at the live pace (the project's
settings: retries with backoff, the download delay); only the targets are
local. Prints one markdown table:

    .venv/bin/python benchmarks/nightly_failures.py [--repeat 3] [--keep-retrying]

--keep-retrying sets CLOSE_UNREACHABLE_SITE=False: the crawl then walks every
discovery source with its retries, as it did before the site_unreachable close.
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def one_run(base_url: str, keep_retrying: bool) -> tuple[float, int, str]:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "matra_crawler", "nightly", "--sites", "matra",
                   "--base-url", f"matra={base_url}", "--state-dir", f"{tmp}/state",
                   "--output-dir", f"{tmp}/out"]
        if keep_retrying:
            command += ["--set", "CLOSE_UNREACHABLE_SITE=False"]
        started = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        took = time.monotonic() - started
        (manifest,) = [json.loads(p.read_text()) for p in Path(tmp, "out", "runs").glob("*.json")]
        return took, done.returncode, manifest["sites"]["matra"]["cause"] or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep-retrying", action="store_true")
    args = parser.parse_args()
    targets = {"closed port": f"http://127.0.0.1:{closed_port()}",
               "unresolvable host": "http://matra-replica.invalid"}
    print("| target | seconds (median of %d) | exit | cause |" % args.repeat)
    print("|---|---|---|---|")
    for name, url in targets.items():
        runs = [one_run(url, args.keep_retrying) for _ in range(args.repeat)]
        print(f"| {name} | {statistics.median(r[0] for r in runs):.1f} "
              f"({', '.join(f'{r[0]:.1f}' for r in runs)}) | {runs[0][1]} | {runs[0][2]} |")


if __name__ == "__main__":
    main()
