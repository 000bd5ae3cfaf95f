"""`python -m matra_crawler audit`: the state against every feed under OUTPUT_DIR.

What it finds, each a kind of damage (see KINDS):

    lost        marked exported, but its exported version is in no feed
                (a feed deleted or truncated by hand, a restore from backup)
    unknown     a feed article the state does not know under its URL (a feed
                copied in from elsewhere, a state restored from an older
                backup; also an article whose URL changed since: the state
                knows it under the new one)
    duplicate   one article's same version in more than one feed line
    stale_run   a run still marked running whose site no crawl holds now
                (its lease: incremental.SiteLeases, for either back end)
    part_file   a .part file of a killed crawl, open in no process here, of
                a site no crawl holds (on a shared mount a crawl on another
                machine has its parts open where this one cannot see)

`--repair` puts lost articles back to pending (the next run fetches and
exports them again, under the version they had), closes stale runs as
killed and removes the .part files. Unknown and duplicate lines are in
feeds already delivered: they are reported, never rewritten.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .feedstorage import PART, files_open_by_processes
from .incremental import SiteLeases
from .state import RUN_KILLED, StateStore
from .urls import canonical_url

KINDS = {
    "lost": "exported, but in no feed",
    "unknown": "in a feed, unknown to the state (or moved since)",
    "duplicate": "the same version in more than one feed line",
    "stale_run": "run still marked running, no crawl holds its site",
    "part_file": "unfinished file of a killed crawl",
}
REPAIRABLE = ("lost", "stale_run", "part_file")
# Folders of OUTPUT_DIR that hold no feeds.
NOT_FEEDS = ("runs", "logs", "archive", "state", "cluster")


@dataclass(frozen=True)
class Finding:
    kind: str
    site: str
    what: str      # a URL, a run id, a path
    where: str = ""


@dataclass
class Audit:
    findings: list[Finding] = field(default_factory=list)
    articles: int = 0
    feeds: int = 0

    def count(self) -> Counter:
        return Counter(finding.kind for finding in self.findings)


def feed_files(output_dir: Path) -> list[Path]:
    """Every JSON Lines feed under OUTPUT_DIR/<site>/."""
    return sorted(path for path in output_dir.glob("*/*.jsonl")
                  if path.parent.name not in NOT_FEEDS)


def feed_lines(feed: Path):
    """(canonical URL, site, version, content hash) of each whole item line."""
    with feed.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                item = json.loads(line)
                yield canonical_url(item["url"]), item.get("site") or feed.parent.name, \
                    item.get("version"), item["content_sha256"]
            except (ValueError, KeyError, TypeError):
                continue   # a torn or foreign line


def audit(store: StateStore, output_dir: Path, leases: SiteLeases) -> Audit:
    result = Audit()
    in_feeds: dict[tuple[str, str], list[str]] = defaultdict(list)   # (url, sha) -> feeds
    versions: Counter = Counter()
    feeds = feed_files(output_dir)
    result.feeds = len(feeds)
    for feed in feeds:
        for url, site, version, digest in feed_lines(feed):
            in_feeds[url, digest].append(str(feed))
            versions[site, url, version, digest] += 1
    for (site, url, version, _), count in versions.items():
        if count > 1:
            result.findings.append(Finding("duplicate", site, url, f"version {version}, {count} lines"))

    for row in store.exported():
        result.articles += 1
        if not in_feeds.get((row.canonical_url, row.exported_sha256)) and not _in_feed_at(row):
            result.findings.append(Finding("lost", row.site, row.canonical_url, row.feed_path or ""))
    known_urls = defaultdict(set)   # site name (before any @origin) -> canonical URLs
    for site, url in store.keys():
        known_urls[site.split("@")[0]].add(url)
    for (url, _), where in in_feeds.items():
        site = Path(where[0]).parent.name
        if url not in known_urls.get(site, ()):
            result.findings.append(Finding("unknown", site, url, where[0]))

    crawled = set()   # feed folders of the sites a live crawl holds
    for run_id, site in store.running():
        if leases.held_elsewhere(site):
            crawled.add(site.split("@")[0])
        else:
            result.findings.append(Finding("stale_run", site, run_id))

    busy = files_open_by_processes() or set()
    for part in sorted(output_dir.glob(f"**/*{PART}")):
        if part.is_file() and part.resolve() not in busy and part.parent.name not in crawled:
            result.findings.append(Finding("part_file", part.parent.name, str(part)))
    return result


def _in_feed_at(row) -> bool:
    """An export whose feed lies outside OUTPUT_DIR (-O FILE) is checked there."""
    if not row.feed_path:
        return False
    feed = Path(row.feed_path)
    try:
        return feed.is_file() and any((url, digest) == (row.canonical_url, row.exported_sha256)
                                      for url, _, _, digest in feed_lines(feed))
    except OSError:
        return False


def repair(store: StateStore, findings: list[Finding], leases: SiteLeases) -> Counter:
    """Mend what can be mended; returns how many of each kind."""
    done = Counter()
    for finding in findings:
        if finding.kind == "lost":
            if leases.held_elsewhere(finding.site):
                continue   # a crawl of the site is running: leave its rows to it
            store.mark_lost(finding.site, finding.what)
        elif finding.kind == "stale_run":
            store.close_run(finding.what, finding.site, RUN_KILLED)
        elif finding.kind == "part_file":
            Path(finding.what).unlink(missing_ok=True)
        else:
            continue
        done[finding.kind] += 1
    return done


def table(result: Audit) -> str:
    """The findings, one line each, grouped by kind, for a person to read."""
    lines = [f"{'kind':<10} {'site':<24} {'what':<60} where"]
    for finding in sorted(result.findings, key=lambda f: (list(KINDS).index(f.kind), f.site, f.what)):
        lines.append(f"{finding.kind:<10} {finding.site:<24} {finding.what:<60} {finding.where}")
    counts = result.count()
    lines.append("; ".join(f"{counts[kind]} {kind} ({KINDS[kind]})" for kind in KINDS if counts[kind]))
    return "\n".join(lines)
