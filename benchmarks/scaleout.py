"""A nightly over N generated portals, politeness on (the live settings):
the local runner, one Scrapyd node, two Scrapyd nodes. Prints one markdown
table: wall time, requests, CPU per page, and the wall time 2,000 portals
would need, extrapolated from the measured per-site time and the slots.

    .venv/bin/python benchmarks/scaleout.py [--portals N] [--articles K] [--jobs J]

Needs the local cluster (`make cluster-up`; output/cluster/env). All
portals are served by one replica process on 127.0.0.1 (each its own
registry name, so its own state key and feed folder); every crawl still
waits DOWNLOAD_DELAY between its requests, as live. CPU is the whole
machine's (/proc/stat) over the run: on a shared machine it includes other
load, so read it as an upper bound.
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

from replica_process import ROOT, replica_server

CLUSTER_ENV = ROOT / "output" / "cluster" / "env"
TARGET = 2000


def machine_cpu_seconds() -> float:
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system = (int(value) for value in fields[:3])
    return (user + nice + system) / os.sysconf("SC_CLK_TCK")


def nightly(tmp: Path, names: list[str], base_url: str, jobs: int, state_url: str, nodes: list[str] | None):
    registry = tmp / "portals.csv"
    registry.write_text("name,domain,source_name,enabled\n" + "".join(
        f"{name},{name}.example,{name},yes\n" for name in names), encoding="utf-8")
    command = [sys.executable, "-m", "matra_crawler", "nightly", "--state-dir", str(tmp / "state"),
               "--output-dir", str(tmp / "out"), "--registry", str(registry), "--sites", ",".join(names),
               "--jobs", str(jobs), "--state-url", state_url]
    for name in names:
        command += ["--base-url", f"{name}={base_url}"]
    if nodes:
        command += ["--scrapyd", ",".join(nodes)]
    cpu, clock = machine_cpu_seconds(), time.monotonic()
    done = subprocess.run(command, cwd=tmp, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True)
    wall, cpu = time.monotonic() - clock, machine_cpu_seconds() - cpu
    (manifest_path,) = (tmp / "out" / "runs").glob("*.json")
    sites = json.loads(manifest_path.read_text())["sites"].values()
    if done.returncode:
        print(f"<!-- exit {done.returncode}: {done.stderr.strip().splitlines()[-1][:400]} -->", flush=True)
    return done.returncode, wall, cpu, sites


def fresh_schema(base: str) -> str:
    import uuid
    from urllib.parse import quote

    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    return f"{base}?options={quote(f'-csearch_path={schema}')}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portals", type=int, default=200)
    parser.add_argument("--articles", type=int, default=5, help="articles per portal")
    parser.add_argument("--jobs", type=int, default=2, help="crawls at once per machine (runner or node)")
    args = parser.parse_args()
    try:
        env = dict(line.split("=", 1) for line in CLUSTER_ENV.read_text().splitlines() if "=" in line)
    except OSError:
        print(f"no local cluster ({CLUSTER_ENV}): run `make cluster-up` first", file=sys.stderr)
        return 2
    nodes = env["MATRA_SCRAPYD_URLS"].split(",")
    names = [f"portal{number:04d}" for number in range(args.portals)]
    print(f"{args.portals} portals x {args.articles} articles, politeness on, {args.jobs} crawls per machine\n")
    print("| runner | machines | exit | wall s | requests | pages | CPU s per page (machine) "
          "| mean s per site | 2,000 portals (extrapolated) |")
    print("|---|---|---|---|---|---|---|---|---|")
    with replica_server(args.articles) as (base_url, _):
        for label, used in (("local", None), ("Scrapyd", nodes[:1]), ("Scrapyd", nodes[:2])):
            with tempfile.TemporaryDirectory(prefix="scaleout-") as tmp:
                code, wall, cpu, sites = nightly(Path(tmp), names, base_url, args.jobs,
                                                 fresh_schema(env["MATRA_STATE_URL"]), used)
            requests = sum(site.get("requests", 0) for site in sites)
            pages = sum(site.get("items", 0) for site in sites)
            per_site = sum(site.get("duration_seconds", 0) for site in sites) / max(1, len(sites))
            slots = args.jobs * (len(used) if used else 1)
            # Sites are independent: 2,000 of them take 2,000 x the per-site time over the slots.
            estimate = TARGET * per_site / slots
            print(f"| {label} | {len(used) if used else 1} | {code} | {wall:.0f} | {requests} | {pages} "
                  f"| {cpu / max(1, pages):.2f} | {per_site:.1f} | {estimate / 3600:.1f} h |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
