"""`python -m matra_crawler deploy URL[,URL...]`: build the project's egg and
upload it to each Scrapyd node (addversion.json).

The egg holds the `matra_crawler` package only (no tests), with its data
files (the article JSON Schema, the WordPress registry CSV) as package data:
Scrapyd imports an egg zipped, so the code reads them with
importlib.resources. It is built in a temporary folder from a copy of the
package, so the checkout gets no setup.py, build/ or egg-info.

The version is the UTC build time with the git commit as a local label
(`20261205.101500+g8310afe`): Scrapyd runs a project's highest version
(PEP 440 order), so the newest build wins on every node.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

PROJECT = "matra_crawler"
PACKAGE_DIR = Path(__file__).resolve().parent   # the code to ship, not a data read
PACKAGE_DATA = {"matra_crawler": ["schema/*.json"], "matra_crawler.sites": ["*.csv"]}
SETUP = """\
from setuptools import find_packages, setup
setup(name={project!r}, version={version!r},
      packages=find_packages(include=["matra_crawler", "matra_crawler.*"]),
      package_data={package_data!r},
      entry_points={{"scrapy": ["settings = matra_crawler.settings"]}},
      zip_safe=True)
"""


class DeployError(Exception):
    """A build or upload that failed; the message is for the user."""


def default_version(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    stamp = now.strftime("%Y%m%d.%H%M%S")
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PACKAGE_DIR,
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except OSError:
        commit = ""
    return f"{stamp}+g{commit}" if commit.isalnum() else stamp


def build_egg(version: str) -> bytes:
    """The project egg, built in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="matra-egg-") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE_DIR, work / "matra_crawler",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        (work / "setup.py").write_text(SETUP.format(project=PROJECT, version=version,
                                                    package_data=PACKAGE_DATA), encoding="utf-8")
        done = subprocess.run([sys.executable, "setup.py", "-q", "bdist_egg", "-d", "dist"],
                              cwd=work, capture_output=True, text=True)
        eggs = list((work / "dist").glob("*.egg"))
        if done.returncode != 0 or len(eggs) != 1:
            last = (done.stderr.strip().splitlines() or ["no egg built"])[-1]
            raise DeployError(f"building the egg failed: {last}")
        return eggs[0].read_bytes()


def upload(node: str, version: str, egg: bytes, timeout: float = 60) -> int:
    """addversion.json on one node; returns how many spiders it found."""
    from .scrapyd import Node, NodeError

    try:
        answer = Node(node, timeout=timeout).post("addversion.json", {"project": PROJECT, "version": version},
                                                  files={"egg": (f"{PROJECT}-{version}.egg", egg)})
    except NodeError as error:
        raise DeployError(str(error)) from None
    return int(answer.get("spiders", 0))


def deploy(nodes: list[str], version: str | None = None, out=sys.stdout) -> int:
    """Build once, upload everywhere: exit status 0, or 1 if a node refused."""
    version = version or default_version()
    try:
        egg = build_egg(version)
    except DeployError as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 1
    failed = 0
    for node in nodes:
        try:
            spiders = upload(node, version, egg)
            print(f"deploy: {node}: {PROJECT} {version} ({spiders} spiders, {len(egg)} bytes)", file=out)
        except DeployError as error:
            failed += 1
            print(f"deploy: {node}: {error}", file=sys.stderr)
    return 1 if failed else 0
