"""`python -m matra_crawler nightly`: the cron command.

One run crawls every enabled site: the per-site spiders (one per profile in
matra_crawler.sites) and the enabled portals of the WordPress registry. Each
crawl is its own `python -m scrapy crawl` subprocess (one Twisted reactor per
process), at most --jobs at a time; politeness is per site, so sites may run
side by side.

What one run leaves behind, under OUTPUT_DIR:

    runs/<run-id>.json            the run manifest (rewritten atomically as sites finish)
    logs/<run-id>/nightly.log     this runner's own log
    logs/<run-id>/<site>.log      each crawl's Scrapy log (and anything it printed)
    logs/<run-id>/<site>.stats.json  each crawl's final stats (STATS_FILE)
    logs/<run-id>/<site>.progress.json  each crawl's live progress (PROGRESS_FILE)
    <site>/<stamp>.jsonl          the feeds, written by the crawls themselves

Exit status (see EXIT_*): 0 when every site went well; 1 when a site failed or
went quiet, or a write under OUTPUT_DIR failed mid-run (one summary line on
stderr, which cron mails); 75 when another run holds the lock; 2 for a usage
error, or a STATE_DIR / OUTPUT_DIR that cannot be written at the start.
While it runs: a live table on a terminal, else one timestamped line per site
start and finish on stdout (matra_crawler.progress).

The lock is an abstract unix socket named after the STATE_DIR path plus
flock(2) on STATE_DIR/nightly.lock (RunLock): the kernel drops both when the
last process holding them dies, however it dies, so a killed run never
blocks the next night and there is no pid file to clean up; deleting the
state cannot free the socket. The crawls inherit both, so a runner killed
mid-run keeps the lock until its orphaned crawls are done writing the state
too.

The runner never opens the state store itself: the crawls own it (record,
commit after the feed rename, recover at start). Re-running the same command
after an interruption, a backfill included, is therefore safe: what was
exported is skipped, what was not is exported.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from . import files, report
from .arguments import did_you_mean, web_url
from .files import open_descriptors, write_atomic
from .overrides import override_problems, project_defaults
from .progress import PlainProgress, reporter

EXIT_OK = 0
EXIT_PROBLEM = 1      # a site failed, or went quiet
EXIT_USAGE = 2        # bad arguments (argparse uses 2 as well)
EXIT_LOCKED = 75      # EX_TEMPFAIL: another run holds the lock; try again later

LOCK_NAME = "nightly.lock"

# "Quiet": a site that had new articles in most of its recent nightly runs
# but has nothing new or updated tonight. Judged from the last QUIET_LOOKBACK
# runs in which the site's crawl itself went well, and only once there are
# QUIET_MIN_HISTORY of them (a fresh install has no habits yet).
QUIET_LOOKBACK = 7
QUIET_MIN_HISTORY = 3

# Settings the runner sets per crawl; --set may not override them.
RESERVED_SETTINGS = ("STATS_FILE", "PROGRESS_FILE", "LOG_FILE", "STATE_DIR", "STATE_URL", "OUTPUT_DIR",
                     "RUN_ID")

# A crawl asked to stop (SIGTERM: Scrapy closes gracefully and still stores
# its feed) gets this long before it is killed.
STOP_GRACE_SECONDS = 60

PROJECT_ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("matra_crawler.nightly")


class UsageError(ValueError):
    """Bad options; the message is for the user."""


@dataclass(frozen=True)
class Site:
    """One crawl of the nightly run."""

    name: str                        # manifest key, log file name; the feed folder
    spider: str                      # `scrapy crawl SPIDER`
    args: tuple[tuple[str, str], ...] = ()   # -a NAME=VALUE that pick the site


@dataclass
class Options:
    state_dir: Path
    output_dir: Path
    jobs: int = 2
    sites: list[str] | None = None          # None = every enabled site
    since: date | None = None
    base_urls: dict[str, str] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    registry: Path | None = None            # WordPress registry (None = the bundled one)
    timeout: float | None = None            # seconds per crawl; None = no limit
    state_url: str | None = None            # the state (and the lock) in PostgreSQL
    scrapyd: list[str] | None = None        # run the crawls as jobs on these Scrapyd nodes
    node_grace: float | None = None         # seconds a silent node keeps its jobs (None: the default)


# ------------------------------------------------------------------ the sites
def enabled_portals(registry: Path | None = None) -> list[str]:
    """Names of the WordPress registry portals marked enabled.

    The registry and its generic `wordpress` spider live in
    matra_crawler/sites/wordpress.py; without that module there are none."""
    try:
        from .sites import wordpress
    except ImportError:
        return []
    portals = wordpress.enabled_portals(registry) if registry else wordpress.enabled_portals()
    return [portal.name for portal in portals]


def enabled_sites(registry: Path | None = None) -> list[Site]:
    """Every site a nightly run crawls: each profile's own spider, then the
    enabled registry portals (a portal with its own spider is crawled by it)."""
    from .sites import PROFILES

    sites = [Site(name, name) for name in PROFILES]
    extra = (("registry", str(registry)),) if registry else ()
    sites += [Site(name, "wordpress", (("site", name),) + extra)
              for name in enabled_portals(registry) if name not in PROFILES]
    return sites


def select_sites(available: list[Site], wanted: list[str] | None) -> list[Site]:
    """`--sites a,b`: those sites, in the order given; None = all."""
    if wanted is None:
        return list(available)
    by_name = {site.name: site for site in available}
    unknown = [name for name in wanted if name not in by_name]
    if unknown:
        raise UsageError(f"unknown or disabled site(s) {', '.join(unknown)}"
                         f"{did_you_mean(unknown[0], by_name)}; enabled: {', '.join(by_name) or 'none'}")
    return [by_name[name] for name in dict.fromkeys(wanted)]


def parse_assignment(text: str) -> tuple[str, str]:
    """"NAME=VALUE" -> (NAME, VALUE), for --set and --base-url."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


# ------------------------------------------------------------------- the lock
class Locked(Exception):
    """Another run holds the lock; str() says who, as far as it wrote."""


class RunLock:
    """Two locks, both released by the kernel when their last holder exits:

    - a Linux abstract unix socket bound to a name made from the STATE_DIR
      path: it has no file, so deleting the state cannot lose it (the name
      is free again only when every process holding the socket is gone);
    - flock(2) on STATE_DIR/nightly.lock, into which the holder writes who
      it is, for the message of the next run.

    The crawls inherit both (pass_fds), so the lock lasts as long as any
    crawl of the run that took it."""

    def __init__(self, path: Path):
        self.path = path
        self.address = lock_address(path.parent)
        self.file = None
        self.socket = None

    def acquire(self, holder: str) -> None:
        """Raises Locked (held by another run) or OSError (STATE_DIR unusable)."""
        bound = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            bound.bind(self.address)
        except OSError as error:
            bound.close()
            if error.errno == errno.EADDRINUSE:
                raise Locked(self.held_by()) from None
            raise
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock_file = open(self.path, "a+", encoding="utf-8")
        except OSError:
            bound.close()
            raise
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = self.held_by(lock_file)
            lock_file.close()
            bound.close()
            raise Locked(message) from None
        self.socket, self.file = bound, lock_file
        try:
            lock_file.seek(0)
            lock_file.truncate()
            lock_file.write(holder + "\n")
            lock_file.flush()
        except OSError:
            pass   # the note is informational; the locks are held

    def held_by(self, lock_file=None) -> str:
        """Who holds the lock: the live processes holding the socket or the
        locked file (a dead runner's orphaned crawls included), and the run
        that took it when that one is gone."""
        written = ""
        try:
            if lock_file is None:
                written = self.path.read_text(encoding="utf-8").strip()
            else:
                lock_file.seek(0)
                written = lock_file.read().strip()
        except OSError:
            pass
        holders = lock_holders(self.path, self.address)
        if not holders:
            return f"{self.path} is held by {written or 'an unknown process'}"
        names = ", ".join(f"pid {pid} ({command})" for pid, command in holders)
        taker = re.match(r"pid (\d+)", written)
        if taker and int(taker.group(1)) not in {pid for pid, _ in holders}:
            names += f"; it was taken by {written}, which is gone"
        return f"{self.path} is held by {names}"

    def fileno(self) -> tuple[int, ...]:
        """The descriptors a crawl inherits to hold the lock with us."""
        return (self.file.fileno(), self.socket.fileno())

    def release(self) -> None:
        for held in (self.file, self.socket):
            if held is not None:
                held.close()   # our last descriptor: the kernel drops the lock
        self.file = self.socket = None


class DatabaseLock:
    """The nightly lock with --state-url: a session-level advisory lock in
    the state's PostgreSQL database, so coordinators on different machines
    exclude each other. It lasts as long as this process's connection: the
    server drops it when the coordinator dies, however it dies. (Its crawls
    do not inherit it; each holds its site's lease in the same database.)"""

    NAME = "matra_crawler/nightly"

    def __init__(self, url: str):
        self.url = url
        self.connection = None

    def acquire(self, holder: str) -> None:
        """Raises Locked (held by another run) or OSError (no database)."""
        from .statedb import ADVISORY_LOCK_HOLDERS, StateLost, connect, describe, lock_number

        try:
            connection = connect(self.url, application_name=f"matra_crawler nightly {holder}"[:63])
        except StateLost as error:
            raise OSError(str(error)) from None
        schema = connection.execute("SELECT current_schema()").fetchone()[0]
        number = lock_number(f"{schema}/{self.NAME}")
        if not connection.execute("SELECT pg_try_advisory_lock(%s)", (number,)).fetchone()[0]:
            holders = connection.execute(ADVISORY_LOCK_HOLDERS, (number,)).fetchall()
            connection.close()
            names = ", ".join(f"{name or 'a session'} (server pid {pid}, from {address or 'local'})"
                              for pid, name, address in holders)
            raise Locked(f"the state database {describe(self.url)} is locked by {names or 'another session'}")
        self.connection = connection

    def fileno(self) -> tuple[int, ...]:
        return ()   # nothing for a crawl to inherit

    def release(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def open_lock(options: Options):
    """The run's lock: in the state database with --state-url, else in STATE_DIR."""
    return DatabaseLock(options.state_url) if options.state_url else RunLock(options.state_dir / LOCK_NAME)


def lock_address(state_dir: Path) -> bytes:
    """The abstract socket name of a STATE_DIR (leading NUL: no file)."""
    digest = hashlib.sha256(str(state_dir).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return b"\0matra_crawler/nightly/" + digest.encode("ascii")


def socket_inodes(proc_net_unix: str, address: bytes) -> set[int]:
    """Inodes of the sockets bound to `address`, from /proc/net/unix (where
    an abstract name is shown with '@' for its leading NUL)."""
    shown = "@" + address[1:].decode("ascii")
    inodes = set()
    for line in proc_net_unix.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 8 and fields[7] == shown and fields[6].isdigit():
            inodes.add(int(fields[6]))
    return inodes


def lock_holders(lock_path: Path, address: bytes, proc: Path = Path("/proc")) -> list[tuple[int, str]]:
    """(pid, command line) of the live processes other than us holding the
    lock socket or the lock file open; those we may not look at are missed."""
    try:
        sockets = {f"socket:[{inode}]" for inode in
                   socket_inodes((proc / "net" / "unix").read_text(encoding="ascii", errors="replace"),
                                 address)}
    except OSError:
        sockets = set()
    try:
        info = lock_path.stat()
        lock_file = (info.st_dev, info.st_ino)
    except OSError:
        lock_file = None
    holders = {}
    for pid_dir, descriptor, target in open_descriptors(proc):
        pid = int(pid_dir.name)
        if pid == os.getpid() or pid in holders:
            continue
        try:
            holds = target in sockets or (lock_file is not None and target.startswith("/")
                                          and same_file(descriptor.stat(), lock_file))
        except OSError:
            continue
        if holds:
            holders[pid] = command_line(pid_dir)
    return sorted(holders.items())


def same_file(info: os.stat_result, identity: tuple[int, int]) -> bool:
    return (info.st_dev, info.st_ino) == identity


def command_line(pid_dir: Path, width: int = 60) -> str:
    """A process's command line, short: "-m scrapy crawl matra ..." says
    more than the interpreter's path."""
    try:
        words = (pid_dir / "cmdline").read_bytes().rstrip(b"\0").split(b"\0")
    except OSError:
        return "?"
    if len(words) > 1 and os.path.basename(words[0]).startswith(b"python"):
        words = words[1:]
    text = " ".join(word.decode("utf-8", "replace") for word in words)
    return text if len(text) <= width else text[:width - 3] + "..."


# ---------------------------------------------------------------- run results
def site_result(stats: dict | None) -> dict:
    """The manifest's counts for one crawl, from its final stats."""
    stats = stats or {}
    prefix = "item_dropped_reasons/"
    return {
        "new": stats.get("state/new", 0),
        "updated": stats.get("state/updated", 0),
        "unchanged": stats.get("state/unchanged", 0),
        "skipped_unchanged": stats.get("state/skipped_unchanged", 0),
        "dropped": {key[len(prefix):]: value for key, value in sorted(stats.items())
                    if key.startswith(prefix)},
        "items": stats.get("item_scraped_count", 0),
        "requests": stats.get("downloader/request_count", 0),
        "errors": stats.get("log_count/ERROR", 0),
        "finish_reason": stats.get("finish_reason"),
        "feed": stats.get("feed/path"),
        # complete, or partial with its reasons: a partial run's missed articles are due next run
        "state": stats.get("state/run_status"),
        "partial_reasons": stats.get("state/partial_reasons", []),
    }


def crawl_problems(exit_code: int | None, stats: dict | None, timed_out: float | None = None) -> list[str]:
    """Why a crawl counts as failed (empty: it went well)."""
    problems = []
    if timed_out:
        problems.append(f"timed out after {timed_out:g}s")
    if exit_code is None:
        problems.append("did not run")
    elif exit_code != 0:
        problems.append(f"exit code {exit_code}")
    if stats is None:
        if exit_code is not None:
            problems.append("no stats file")
        return problems
    reason = stats.get("finish_reason")
    if reason != "finished":
        problems.append(f"finish reason {reason}")
    errors = stats.get("log_count/ERROR", 0)
    if errors:
        problems.append(f"{errors} ERROR log line{'s' if errors != 1 else ''}")
    return problems


# What the crawl's middlewares count (matra_crawler/middlewares.py), in words.
DOWNLOAD_ERROR_WORDS = {
    "dns": "DNS lookup failed for host {host}",
    "refused": "connection refused by {host}",
    "timeout": "timed out talking to {host}",
    "tls": "TLS error with {host}",
    "connection_lost": "connection to {host} lost",
    "robots_disallowed": "robots.txt disallows {count} request{s} to {host}",
}
HTTP_ERROR_HINTS = {401: " (login required?)", 403: " (bot check?)", 407: " (proxy login required?)",
                    429: " (rate limited)", 451: " (blocked for legal reasons)"}
ROUTINE_STATUSES = (404, 410)   # a missing sitemap or feed: named only when nothing else went wrong


def failure_cause(stats: dict | None) -> str | None:
    """Why a crawl failed, in words, from its stats: the unreachable site
    the crawl gave up on, else the most frequent download error, error
    answer or spider exception; a 404 only when nothing else."""
    stats = stats or {}
    unreachable = stats.get("site_unreachable")
    if isinstance(unreachable, str) and "/" in unreachable:
        kind, host = unreachable.split("/", 1)
        return download_error_words(kind, host, 1)
    candidates = []   # (routine?, -count, words)
    for key, count in stats.items():
        kind, _, rest = key.partition("/")
        if kind == "download_error" and "/" in rest:
            error, host = rest.split("/", 1)
            candidates.append((False, -count, download_error_words(error, host, count)))
        elif kind == "http_error" and "/" in rest:
            status, host = rest.split("/", 1)
            if status.isdigit():
                words = (f"HTTP {status}{HTTP_ERROR_HINTS.get(int(status), '')} from {host}"
                         f"{times(count)}")
                candidates.append((int(status) in ROUTINE_STATUSES, -count, words))
        elif kind == "spider_exceptions" and rest not in ("", "count") and "/" not in rest:
            candidates.append((False, -count, f"spider error {rest}{times(count)}"))
    return min(candidates)[2] if candidates else None


def download_error_words(kind: str, host: str, count: int) -> str:
    template = DOWNLOAD_ERROR_WORDS.get(kind)
    if template is None:
        return f"{kind} from {host}{times(count)}"
    words = template.format(host=host, count=count, s="s" if count != 1 else "")
    return words if "{count}" in template else words + times(count)


def times(count: int) -> str:
    return f" ({count} times)" if count > 1 else ""


def quiet_problem(new_counts: list[int], new: int, updated: int) -> str | None:
    """The "produced nothing although it usually does" rule.

    `new_counts` are the new-article counts of the site's recent good nightly
    runs, newest first. Quiet when tonight has nothing new or updated, there
    are at least QUIET_MIN_HISTORY earlier runs to judge by, and more than
    half of the last QUIET_LOOKBACK had new articles."""
    recent = new_counts[:QUIET_LOOKBACK]
    if new or updated or len(recent) < QUIET_MIN_HISTORY:
        return None
    busy = sum(1 for count in recent if count > 0)
    if busy * 2 <= len(recent):
        return None
    return f"nothing new or updated, though {busy} of its last {len(recent)} runs had new articles"


def recent_new_counts(runs_dir: Path, site: str, exclude: str | None = None) -> list[int]:
    """New-article counts of `site` in earlier nightly manifests, newest
    first: only finished runs without --since (a backfill says nothing of a
    site's habits) in which the site's crawl went well (ok or quiet)."""
    counts = []
    for path in sorted(runs_dir.glob("*.json"), reverse=True):
        if path.stem == exclude:
            continue
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        entry = manifest.get("sites", {}).get(site)
        if (manifest.get("finished_at") and manifest.get("since") is None and entry
                and entry.get("status") in ("ok", "quiet")):
            counts.append(entry.get("new", 0))
            if len(counts) >= QUIET_LOOKBACK:
                break
    return counts


def summary_line(manifest: dict, manifest_path: Path) -> str:
    """One line for cron: what went wrong (or that all went well), and where to look."""
    sites = manifest["sites"]
    bad = {name: entry for name, entry in sites.items() if entry["status"] != "ok"}
    run = f"nightly {manifest['run_id']}"
    if manifest.get("interrupted"):
        run += f" interrupted by {manifest['interrupted']}"
    trouble = manifest.get("output_error")
    if trouble and not bad:
        return f"{run}: writing under OUTPUT_DIR failed ({trouble}); manifest {manifest_path}"
    if not bad:
        new = sum(entry["new"] for entry in sites.values())
        updated = sum(entry["updated"] for entry in sites.values())
        return (f"{run}: {len(sites)} site{'s' if len(sites) != 1 else ''} ok, "
                f"{new} new, {updated} updated; manifest {manifest_path}")
    details = "; ".join(f"{name} {entry['status']} ({', '.join(entry['problems'])})"
                        for name, entry in bad.items())
    if trouble:
        details += f"; writing under OUTPUT_DIR failed ({trouble})"
    return (f"{run}: {len(bad)} of {len(sites)} sites not ok: {details}; "
            f"manifest {manifest_path}; logs {manifest['logs']}")


# ------------------------------------------------------------------ utilities
def write_json_atomic(path: Path, data: dict) -> None:
    """A manifest: readers see the old file or the new one, never half of one."""
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def write_json_in_place(path: Path, versions: list[dict]) -> None:
    """Last resort when a new file cannot be written (a full disk): the
    first of `versions` whose compact JSON fits in the space the existing
    file already holds overwrites it, so no new block is needed. Not atomic;
    OSError (ENOSPC) when none fits."""
    with open(path, "r+b") as out:
        room = max(os.fstat(out.fileno()).st_blocks * 512, os.fstat(out.fileno()).st_size)
        for data in versions:
            payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
            if len(payload) <= room:
                out.write(payload)
                out.truncate()
                out.flush()
                os.fsync(out.fileno())
                return
    raise OSError(errno.ENOSPC, "no room to finish the manifest in place", str(path))


def brief(error: OSError) -> str:
    """An OSError in words, without the errno prefix: "No space left on device: '/x/y'"."""
    where = f": '{error.filename}'" if error.filename else ""
    return f"{error.strerror or error}{where}"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def new_run_id(logs_dir: Path, now: datetime) -> str:
    """files.new_run_id of the start; _02, _03 ... if a run of the same
    millisecond exists (called under the lock, so the check cannot race)."""
    base = files.new_run_id(now)
    run_id, number = base, 1
    while (logs_dir / run_id).exists():
        number += 1
        run_id = f"{base}_{number:02d}"
    return run_id


def file_name(site: str) -> str:
    return re.sub(r"[^\w.-]", "_", site)


# --------------------------------------------------------------------- runner
class Nightly:
    """One run: the sites, their subprocesses, the manifest."""

    def __init__(self, options: Options, sites: list[Site], run_id: str, lock: RunLock | None,
                 progress=None):
        self.options = options
        self.progress = progress or PlainProgress()
        self.sites = sites
        self.run_id = run_id
        self.lock = lock
        self.runs_dir = options.output_dir / "runs"
        self.logs_dir = options.output_dir / "logs" / run_id
        self.manifest_path = self.runs_dir / f"{run_id}.json"
        self.stopping: str | None = None            # the signal's name, once asked to stop
        self.children: dict[str, subprocess.Popen] = {}
        # Manifest, children and `stopping`; reentrant because the signal
        # handler runs on the main thread, which may hold it at that moment.
        self.guard = threading.RLock()
        self.manifest = {
            "run_id": run_id,
            "started_at": iso(utc_now()),
            "finished_at": None,
            "status": "running",
            "exit_code": None,
            "interrupted": None,                     # the signal that stopped the run, if one did
            "summary": None,
            "since": options.since.isoformat() if options.since else None,
            "state_dir": str(options.state_dir),
            "output_dir": str(options.output_dir),
            "logs": str(self.logs_dir),
            "output_error": None,                    # the first write under OUTPUT_DIR that failed
            "sites": {site.name: {"status": "pending"} for site in sites},
        }
        self.manifest_error: str | None = None       # why the manifest could not be written at all

    # -- the command of one crawl ----------------------------------------------
    def paths(self, site: Site) -> tuple[Path, Path, Path]:
        """The crawl's log, final stats and live progress files."""
        stem = self.logs_dir / file_name(site.name)
        return stem.with_suffix(".log"), stem.with_suffix(".stats.json"), stem.with_suffix(".progress.json")

    def crawl_args(self, site: Site) -> dict[str, str]:
        """The spider's -a arguments for this run (the manifest's `args`)."""
        args = dict(site.args)
        if site.name in self.options.base_urls:
            args["base_url"] = self.options.base_urls[site.name]
        if self.options.since:
            args["since"] = self.options.since.isoformat()
        return args

    def crawl_settings(self, site: Site, paths: tuple[Path, Path, Path] | None = None) -> dict[str, str]:
        """The crawl's -s settings for this run (`paths`: its log, stats and progress files)."""
        log_path, stats_path, progress_path = paths or self.paths(site)
        # RUN_ID: the feeds and the state's run rows carry the manifest's run id.
        settings = {**self.options.settings, "STATS_FILE": stats_path, "LOG_FILE": log_path,
                    "PROGRESS_FILE": progress_path,
                    "STATE_DIR": self.options.state_dir, "OUTPUT_DIR": self.options.output_dir,
                    "RUN_ID": self.run_id}
        if self.options.state_url:
            settings["STATE_URL"] = self.options.state_url
        return {name: str(value) for name, value in settings.items()}

    def command(self, site: Site) -> list[str]:
        command = [sys.executable, "-m", "scrapy", "crawl", site.spider]
        for name, value in self.crawl_args(site).items():
            command += ["-a", f"{name}={value}"]
        for name, value in self.crawl_settings(site).items():
            command += ["-s", f"{name}={value}"]
        return command

    @staticmethod
    def environment() -> dict:
        """Scrapy finds the project from any working directory (cron's is $HOME)."""
        env = dict(os.environ)
        env.setdefault("SCRAPY_SETTINGS_MODULE", "matra_crawler.settings")
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
        return env

    # -- one site -------------------------------------------------------------
    def run_site(self, site: Site) -> None:
        if self.stopping:
            self.record(site, {"status": "not_run", "cause": None,
                               "problems": [f"{self.stopping} before it started"],
                               **site_result(None), "exit_code": None})
            return
        log_path, stats_path, progress_path = self.paths(site)
        command = self.command(site)
        log.info("%s: starting: %s", site.name, " ".join(command))
        started = utc_now()
        clock = time.monotonic()
        timed_out = None
        try:
            with open(log_path, "ab") as crawl_log:
                # Own session: a Ctrl-C or a service stop reaches the crawl once,
                # through us (a second SIGTERM would make Scrapy skip its clean
                # close, and with it the feed). pass_fds: see the module doc.
                child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=crawl_log,
                                         stderr=subprocess.STDOUT, env=self.environment(),
                                         start_new_session=True, pass_fds=self.lock.fileno())
        except OSError as error:
            log.error("%s: could not start the crawl: %s", site.name, error)
            self.output_failed(error)
            self.record(site, {"status": "failed", "cause": f"could not start: {error}",
                               "problems": [f"could not start: {error}"],
                               **site_result(None), "exit_code": None})
            return
        self.progress.started(site.name, progress_path)
        with self.guard:
            self.children[site.name] = child
            missed_signal = self.stopping   # on_signal ran before we registered
        if missed_signal:
            child.send_signal(signal.SIGTERM)
        try:
            exit_code = child.wait(timeout=self.options.timeout)
        except subprocess.TimeoutExpired:
            timed_out = self.options.timeout
            log.warning("%s: still running after %ss; stopping it", site.name, timed_out)
            exit_code = self.stop(child)
        with self.guard:
            self.children.pop(site.name, None)
        self.judge(site, self.read_stats(stats_path), exit_code, timed_out, started,
                   time.monotonic() - clock, log_path, stats_path)

    def judge(self, site: Site, stats: dict | None, exit_code: int | None, timed_out: float | None,
              started: datetime, duration: float, log_path: Path, stats_path: Path,
              problems: list[str] | None = None, **extra) -> None:
        """A finished crawl's manifest entry, from its exit status and final
        stats (wherever it ran), then recorded."""
        result = site_result(stats)
        # A job that ran but left no stats says so itself, not "did not run".
        problems = (problems or []) + [problem for problem in crawl_problems(exit_code, stats, timed_out)
                                       if not (problems and problem == "did not run")]
        cause = failure_cause(stats) if problems else None
        if cause:
            problems.insert(0, cause)
        status = "failed" if problems else "ok"
        if not problems and self.options.since is None:
            quiet = quiet_problem(recent_new_counts(self.runs_dir, site.name, exclude=self.run_id),
                                  result["new"], result["updated"])
            if quiet:
                status, problems = "quiet", [quiet]
        entry = {"status": status, "cause": cause, "problems": problems, "spider": site.spider,
                 "args": self.crawl_args(site), **result, "exit_code": exit_code,
                 "started_at": iso(started), "finished_at": iso(utc_now()),
                 "duration_seconds": round(duration, 1),
                 "log": str(log_path), "stats_file": str(stats_path) if stats is not None else None,
                 **extra}
        log.info("%s: %s%s (exit %s, %d new, %d updated, %d requests, %.1fs)", site.name, status,
                 f" ({', '.join(problems)})" if problems else "", exit_code, result["new"],
                 result["updated"], result["requests"], duration)
        self.record(site, entry)

    @staticmethod
    def read_stats(path: Path) -> dict | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def record(self, site: Site, entry: dict) -> None:
        with self.guard:
            self.manifest["sites"][site.name] = entry
            self.save()
        self.progress.finished(site.name, entry)

    def output_failed(self, error: OSError) -> None:
        """A write under OUTPUT_DIR failed (a full or read-only disk): the
        run goes on as far as it can, and ends with exit status 1."""
        with self.guard:
            if not self.manifest["output_error"]:
                self.manifest["output_error"] = brief(error)
        log.error("writing under OUTPUT_DIR failed: %s", error)

    def save(self) -> None:
        """The manifest, atomically; on a full disk, in place as a last resort."""
        with self.guard:
            try:
                write_json_atomic(self.manifest_path, self.manifest)
                self.manifest_error = None
                return
            except OSError as error:
                self.output_failed(error)
            try:
                write_json_in_place(self.manifest_path, [self.manifest, self.short_manifest()])
                self.manifest_error = None
            except OSError as error:
                self.manifest_error = brief(error)

    def short_manifest(self) -> dict:
        """The manifest with each site's status, cause and problems only."""
        keep = ("status", "cause", "problems", "new", "updated", "exit_code")
        return {**self.manifest, "sites": {name: {key: entry[key] for key in keep if key in entry}
                                           for name, entry in self.manifest["sites"].items()}}

    # -- stopping ---------------------------------------------------------------
    def stop(self, child: subprocess.Popen) -> int:
        """SIGTERM (Scrapy closes cleanly and stores its feed), then SIGKILL
        to the crawl's whole session (a browser included) if it lingers."""
        try:
            child.send_signal(signal.SIGTERM)
            return child.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            return child.wait()
        except ProcessLookupError:
            return child.wait()

    def on_signal(self, number, frame) -> None:
        name = signal.Signals(number).name
        with self.guard:
            if self.stopping:
                return   # each crawl gets one SIGTERM only: a second forces Scrapy down
            self.stopping = name
            children = list(self.children.values())
        log.warning("%s: stopping the running crawls; sites not started are skipped", name)
        for child in children:
            try:
                child.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass

    # -- the run ----------------------------------------------------------------
    def run(self) -> tuple[int, str]:
        """The sites, then the finished manifest: (exit status, summary line).
        The manifest was written once already (the caller checks that OUTPUT_DIR works)."""
        try:
            with self.progress, ThreadPoolExecutor(max_workers=max(1, self.options.jobs),
                                                   thread_name_prefix="site") as pool:
                futures = [pool.submit(self.run_site, site) for site in self.sites]
                # Wait in slices: the main thread must stay free to take a signal.
                while not all(future.done() for future in futures):
                    time.sleep(0.2)
                for future in futures:
                    future.result()   # a bug in the runner itself should show
        except OSError as error:   # a crawl's log or folder on a full or read-only disk
            self.output_failed(error)
        self.package()
        return self.finish()

    def package(self) -> None:
        """The run's WACZ (OUTPUT_DIR/archive/<run-id>.wacz); a failure is a problem of the run."""
        from .archive import archive_run

        problem = archive_run(self.manifest, self.options.output_dir)
        if problem:
            log.error("%s", problem)
            self.manifest["archive_error"] = problem

    def finish(self) -> tuple[int, str]:
        with self.guard:
            trouble = self.manifest["output_error"]
            self.conclude()
            self.save()
            if self.manifest["output_error"] != trouble:   # the final write itself failed
                self.conclude()
                self.save()
            summary = self.manifest["summary"]
            if self.manifest_error:
                summary += f" (not finished: {self.manifest_error})"
            return self.manifest["exit_code"], summary

    def conclude(self) -> None:
        """Exit status, status and summary line from what the run recorded."""
        bad = [entry for entry in self.manifest["sites"].values() if entry["status"] != "ok"]
        packaging = self.manifest.get("archive_error")
        exit_code = EXIT_PROBLEM if bad or self.stopping or self.manifest["output_error"] or packaging \
            else EXIT_OK
        self.manifest.update(finished_at=iso(utc_now()), exit_code=exit_code,
                             status="ok" if exit_code == EXIT_OK else "problems",
                             interrupted=self.stopping)
        self.manifest["summary"] = summary_line(self.manifest, self.manifest_path) + \
            (f"; {packaging}" if packaging else "")


def check_options(options: Options) -> list[Site]:
    """The sites to crawl, or UsageError (before anything is locked or written)."""
    reserved = [name for name in options.settings if name.upper() in RESERVED_SETTINGS]
    if reserved:
        raise UsageError(f"--set {', '.join(reserved)}: use --state-dir / --state-url / --output-dir "
                         "(the stats and log files are the runner's)")
    problems = override_problems(options.settings, project_defaults())
    if problems:
        raise UsageError(f"--set {problems[0]}")
    try:
        available = enabled_sites(options.registry)
    except (OSError, ValueError) as error:   # a missing or broken registry file
        raise UsageError(f"WordPress registry: {error}") from None
    sites = select_sites(available, options.sites)
    if not sites:
        raise UsageError("no enabled sites to crawl")
    if options.scrapyd and not options.state_url:
        raise UsageError("--scrapyd needs --state-url: the nodes share the state through PostgreSQL")
    unknown = [name for name in options.base_urls if name not in {site.name for site in available}]
    if unknown:
        raise UsageError(f"--base-url for unknown or disabled site(s) {', '.join(unknown)}")
    for name, url in options.base_urls.items():
        try:
            web_url(url)   # the crawl would refuse it too, one site at a time
        except ValueError as error:
            raise UsageError(f"--base-url {name}={url}: {error}") from None
    return sites


class RunnerLogHandler(logging.FileHandler):
    """The runner's own log file. A write that fails (a full disk) must not
    print a traceback on stderr, where cron mails it: the first error is
    kept and the run reports it."""

    def __init__(self, path: Path, on_error):
        super().__init__(path, encoding="utf-8")
        self.on_error = on_error
        self.failed = False

    def handleError(self, record) -> None:
        error = sys.exc_info()[1]
        if not self.failed and isinstance(error, OSError):
            self.failed = True
            self.on_error(error)


def start_log(path: Path, on_error=lambda error: None) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RunnerLogHandler(path, on_error)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return handler


def claim_run_id(logs_dir: Path, now: datetime) -> str:
    """new_run_id, its log folder created: the folder claims the id."""
    while True:
        run_id = new_run_id(logs_dir, now)
        try:
            (logs_dir / run_id).mkdir(parents=True)
            return run_id
        except FileExistsError:
            continue


def say(line: str, problem: bool) -> None:
    """The one line for cron: stderr when there is a problem (mailed), else
    stdout. A stdout that cannot be written (a full disk under cron.log)
    falls back to stderr."""
    try:
        print(line, file=sys.stderr if problem else sys.stdout, flush=True)
    except OSError:
        if not problem:
            say(line, True)


def not_started(options: Options, sites: list[Site], started: datetime, reason: str) -> int:
    """STATE_DIR cannot be used: nothing is crawled (exit 2); a finished
    manifest says so when OUTPUT_DIR can take one."""
    line = f"nightly: not started: {reason}"
    try:
        run_id = claim_run_id(options.output_dir / "logs", started)
        nightly = Nightly(options, sites, run_id, lock=None)
        for site in sites:
            nightly.manifest["sites"][site.name] = {"status": "not_run", "cause": reason,
                                                    "problems": [reason], **site_result(None),
                                                    "exit_code": None}
        line = f"nightly {run_id}: not started: {reason}; manifest {nightly.manifest_path}"
        nightly.manifest.update(finished_at=iso(utc_now()), status="not_started",
                                exit_code=EXIT_USAGE, summary=line)
        write_json_atomic(nightly.manifest_path, nightly.manifest)
    except OSError as error:
        line = f"nightly: not started: {reason}; no manifest either: {brief(error)}"
    say(line, problem=True)
    return EXIT_USAGE


def run(options: Options) -> int:
    """The whole nightly run; returns the exit status. Prints one line: to
    stdout when all went well, to stderr otherwise (cron mails stderr).
    Never a traceback for a disk that is full or read-only: a STATE_DIR or
    OUTPUT_DIR unusable from the start is exit 2 (nothing crawled), a write
    that fails once the run is going is exit 1."""
    # Absolute: the crawls' -s/-a values and the manifest must not depend on a working directory.
    options.state_dir = options.state_dir.resolve()
    options.output_dir = options.output_dir.resolve()
    if options.registry:
        options.registry = options.registry.resolve()
    try:
        sites = check_options(options)
    except UsageError as error:
        say(f"nightly: {error}", problem=True)
        return EXIT_USAGE

    lock = open_lock(options)
    started = utc_now()
    try:
        lock.acquire(f"pid {os.getpid()} since {iso(started)}")
    except Locked as error:
        say(f"nightly: another nightly run is still going ({error}); not starting", problem=True)
        return EXIT_LOCKED
    except OSError as error:
        where = "the state" if options.state_url else f"STATE_DIR {options.state_dir}"
        return not_started(options, sites, started, f"{where} is not usable: {brief(error)}")
    handler = None
    try:
        try:
            run_id = claim_run_id(options.output_dir / "logs", started)
            runner = Nightly
            if options.scrapyd:
                from .scrapyd import ScrapydNightly as runner
            nightly = runner(options, sites, run_id, lock, reporter(run_id, [s.name for s in sites]))
            handler = start_log(nightly.logs_dir / "nightly.log", nightly.output_failed)
            write_json_atomic(nightly.manifest_path, nightly.manifest)
        except OSError as error:
            say(f"nightly: not started: OUTPUT_DIR {options.output_dir} is not usable: {brief(error)}",
                problem=True)
            return EXIT_USAGE
        log.info("run %s: %d site(s): %s; state %s; output %s", run_id, len(sites),
                 ", ".join(site.name for site in sites), options.state_dir, options.output_dir)
        previous = {number: signal.signal(number, nightly.on_signal)
                    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        try:
            exit_code, summary = nightly.run()
        finally:
            for number, handler_before in previous.items():
                signal.signal(number, handler_before)
        log.info("%s", summary)
        say(summary, problem=exit_code != EXIT_OK)
        try:   # the report only shows the manifests: it never changes the run's outcome
            report.build_report(options.output_dir)
        except Exception as error:
            log.warning("report not written: %s", error)
        return exit_code
    finally:
        if handler is not None:
            log.removeHandler(handler)
            try:
                handler.close()
            except OSError:
                pass   # already reported through output_failed
        lock.release()
