"""What the nightly run shows while it works.

On a terminal (stderr is a TTY): a live table, one row per site (queued,
discovering, fetching n of m, done, failed ...), redrawn by `rich` from the
progress files the crawls rewrite every couple of seconds (PROGRESS_FILE,
see matra_crawler.extensions.CrawlProgress). Under cron: one plain,
timestamped line per site start and finish on stdout, for cron.log.
"""
from __future__ import annotations

import json
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path


def read_progress(path: Path | None) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path else None
    except (OSError, ValueError):
        return None


def site_state(entry: dict | None, progress: dict | None) -> str:
    """One site's state in words, from its manifest entry (None: not
    started yet) and its crawl's latest progress file."""
    if entry is None:
        return "queued"
    status = entry.get("status")
    if status == "running":
        if not progress:
            return "starting"
        if progress.get("phase") == "discovering":
            return f"discovering ({progress.get('found', 0)} found)"
        if progress.get("phase") == "fetching":
            return f"fetching {progress.get('fetched', 0)} of {progress.get('to_fetch', 0)}"
        return "closing"
    if status == "ok":
        return "done"
    if status == "not_run":
        return "not run"
    cause = entry.get("cause") or ", ".join(entry.get("problems") or [])
    return f"{status} ({cause})" if cause else str(status)


def finish_line(name: str, entry: dict) -> str:
    """The plain line of a finished site."""
    state = site_state(entry, None)
    if entry.get("status") == "not_run":
        return f"{name}: {state} ({', '.join(entry.get('problems') or [])})"
    return (f"{name}: {state}, {entry.get('new', 0)} new, {entry.get('updated', 0)} updated, "
            f"{entry.get('items', 0)} exported, {entry.get('requests', 0)} requests, "
            f"{entry.get('duration_seconds', 0):.1f}s")


def stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class PlainProgress:
    """cron.log lines: '2026-01-02T02:15:00Z matra: started'."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout
        self.lock = threading.Lock()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def started(self, name: str, progress_path: Path) -> None:
        self.line(f"{name}: started")

    def finished(self, name: str, entry: dict) -> None:
        self.line(finish_line(name, entry))

    def line(self, text: str) -> None:
        with self.lock:
            try:
                print(f"{stamp()} {text}", file=self.stream, flush=True)
            except OSError:
                pass   # a full disk under cron.log: the run's own files say it


class LiveProgress:
    """A table on the terminal, redrawn twice a second while the run goes."""

    def __init__(self, run_id: str, names: list[str], stream=None):
        from rich.console import Console
        from rich.live import Live

        self.run_id = run_id
        self.names = names
        self.started_at = time.monotonic()
        self.entries: dict[str, dict] = {}
        self.progress_paths: dict[str, Path] = {}
        self.since: dict[str, float] = {}
        self.lock = threading.Lock()
        self.live = Live(console=Console(file=stream or sys.stderr), get_renderable=self.table,
                         refresh_per_second=2, transient=False)

    def __enter__(self):
        self.live.start()
        return self

    def __exit__(self, *exc):
        self.live.refresh()
        self.live.stop()
        return False

    def started(self, name: str, progress_path: Path) -> None:
        with self.lock:
            self.entries[name] = {"status": "running"}
            self.progress_paths[name] = progress_path
            self.since[name] = time.monotonic()

    def finished(self, name: str, entry: dict) -> None:
        with self.lock:
            self.entries[name] = entry

    def table(self):
        from rich.table import Table

        with self.lock:
            entries, paths, since = dict(self.entries), dict(self.progress_paths), dict(self.since)
        done = sum(1 for entry in entries.values() if entry.get("status") != "running")
        table = Table(title=f"nightly {self.run_id}: {done} of {len(self.names)} sites done, "
                            f"{time.monotonic() - self.started_at:.0f}s", title_justify="left")
        for column in ("site", "state", "exported", "new", "updated", "elapsed"):
            table.add_column(column, justify="right" if column not in ("site", "state") else "left")
        for name in self.names:
            entry = entries.get(name)
            running = entry is not None and entry.get("status") == "running"
            progress = read_progress(paths.get(name)) if running else None
            counts = (progress or {}) if running else (entry or {})
            exported = counts.get("exported", counts.get("items", "")) if entry else ""
            elapsed = (time.monotonic() - since[name] if running
                       else (entry or {}).get("duration_seconds"))
            state = site_state(entry, progress)
            style = ("red" if state.startswith(("failed", "quiet")) else
                     "green" if state == "done" else None)
            table.add_row(name, state, str(exported), str(counts.get("new", "")) if entry else "",
                          str(counts.get("updated", "")) if entry else "",
                          f"{elapsed:.0f}s" if isinstance(elapsed, (int, float)) else "",
                          style=style)
        return table


def reporter(run_id: str, names: list[str]):
    """Live on a terminal, plain lines otherwise (cron)."""
    if sys.stderr.isatty():
        return LiveProgress(run_id, names)
    return PlainProgress()
