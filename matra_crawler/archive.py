"""One WACZ per nightly run: OUTPUT_DIR/archive/<run-id>.wacz.

A WACZ (Webrecorder's package format, 1.1.1) holds the run's WARC files
under archive/, a CDXJ index under indexes/, pages/pages.jsonl (here: every
article the run exported, with url, title and timestamp) and
datapackage.json with the sha256 of every file; replay tools (pywb,
ReplayWeb.page) open it as it is. The `wacz` package builds it.

The WARCs packaged are those of the run's feeds and every WARC an exported
item links to (a page unchanged since an earlier run links to the earlier
capture, which the run's revisit record refers to).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from .files import replace_durably
from .warc import warc_name

ARCHIVE_DIR = "archive"


class PackagingError(Exception):
    """The WACZ could not be built; the message says why."""


def feed_items(feed: Path):
    with feed.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                yield json.loads(line)
            except ValueError:
                continue


def feed_warcs(feed: Path) -> list[Path]:
    """The WARC files written beside a feed (`<stem>.warc.gz`, `<stem>.1.warc.gz`...)."""
    found, number = [], 0
    while warc_name(feed, number).exists():
        found.append(warc_name(feed, number))
        number += 1
    return found


def wacz_timestamp(crawled_at: str) -> str:
    return datetime.fromisoformat(crawled_at.replace("Z", "+00:00")).strftime("%Y-%m-%dT%H:%M:%SZ")


def run_contents(feeds: list[Path], output_dir: Path) -> tuple[list[Path], list[dict]]:
    """(the WARC files, the pages) of a run's feeds."""
    warcs: dict[Path, None] = {}
    pages = []
    for feed in feeds:
        for path in feed_warcs(feed):
            warcs[path.resolve()] = None
        for item in feed_items(feed):
            pages.append({"url": item["url"], "title": item["title"], "ts": wacz_timestamp(item["crawled_at"])})
            for link in item.get("warc") or []:
                path = Path(link["filename"])
                warcs[(path if path.is_absolute() else output_dir / path).resolve()] = None
    return list(warcs), pages


def package_run(run_id: str, feeds: list[Path], output_dir: Path) -> Path | None:
    """Build OUTPUT_DIR/archive/<run_id>.wacz from the run's feeds (None when
    the run archived nothing). Written as `.part` and renamed when whole;
    raises PackagingError."""
    output_dir = output_dir.resolve()
    warcs, pages = run_contents([Path(f) for f in feeds], output_dir)
    missing = [str(p) for p in warcs if not p.exists()]
    if missing:
        raise PackagingError(f"WARC files missing: {', '.join(missing)}")
    if not warcs:
        return None
    target = output_dir / ARCHIVE_DIR / f"{run_id}.wacz"
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    with tempfile.TemporaryDirectory(prefix="wacz-", dir=target.parent) as scratch:
        scratch = Path(scratch)
        inputs = []
        for path in warcs:
            # Every site's WARC of a run shares the run's name: inside the
            # WACZ (archive/<name>) each is named by its place under OUTPUT_DIR.
            try:
                name = path.relative_to(output_dir).as_posix().replace("/", "-")
            except ValueError:
                name = path.name
            link = scratch / name
            os.symlink(path, link)
            inputs.append(str(link))
        pages_file = scratch / "pages.jsonl"
        with pages_file.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"format": "json-pages-1.0", "id": "pages",
                                  "title": f"matra_crawler run {run_id}"}) + "\n")
            for page in pages:
                out.write(json.dumps(page, ensure_ascii=False) + "\n")
        done = subprocess.run([sys.executable, "-m", "wacz", "create", "-o", str(part),
                               "-p", str(pages_file), "--title", f"matra_crawler run {run_id}", *inputs],
                              capture_output=True, text=True)
        if done.returncode != 0 or not part.exists():
            raise PackagingError(f"wacz create failed ({done.returncode}): "
                                 f"{(done.stderr or done.stdout).strip()[-500:]}")
    replace_durably(part, target)
    return target


def archive_run(manifest: dict, output_dir: Path) -> str | None:
    """The nightly's end: package the run's feeds (the manifest's sites'
    `feed`) into its WACZ. Sets manifest["wacz"] (the path, or None when the
    run archived nothing); returns a problem to report, or None."""
    feeds = [Path(entry["feed"]) for entry in manifest["sites"].values() if entry.get("feed")]
    try:
        path = package_run(manifest["run_id"], feeds, output_dir)
    except (PackagingError, OSError) as error:
        manifest["wacz"] = None
        return f"WACZ not built: {error}"
    manifest["wacz"] = str(path) if path else None
    return None
