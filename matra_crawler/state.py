"""What earlier runs saw and exported: one SQLite file per STATE_DIR
(`StateStore.in_dir(STATE_DIR)` opens `<STATE_DIR>/state.sqlite3`), or one
PostgreSQL database shared by many machines (`StateStore(STATE_URL)`). The
rules below are written once; matra_crawler.statedb holds the two back ends.

Exactly-once export works in two steps, because a feed file and a database
row cannot change together:

1. `record_item` (as an item reaches export) compares the item's content
   hash with the *exported* hash. Unchanged -> None, don't export. Changed or
   new -> the next version number, and the row becomes *pending*: the new
   hash waits in `pending_sha256`, next to the feed it is going into.
2. `commit_export` (after the feed file is complete and renamed into place)
   reads the stored feed back and moves to exported exactly the pending rows
   whose URL and hash it holds. A write that failed (a full disk) left its
   item out of the file, so its row stays pending.

A run killed between the two leaves rows pending. They compare against the
old exported hash, so the next run exports them again, under the same
version number; `unfinished` lists them so the next run fetches them
whatever its discovery shows. The narrow case "feed renamed, then killed
before the commit" is closed by `recover()`, which the next run calls first:
a pending row whose feed file exists and holds its hash counts as exported.

Runs end `complete` or `partial`. Only a complete run (nothing narrowed or
cut it, every article it found was stored or dropped for a counted reason)
moves the watermark that lets the next run ask only for what changed since:
a sample run or a failed one never hides what it did not fetch.

The store must stay the store: a SQLite store remembers the inode it opened,
a PostgreSQL store the random id in its `store_meta` table, and every write
checks it (`StateLost` when the file was deleted or replaced, the tables
dropped or re-created, or the connection lost), so a crawl never goes on
writing into a database it no longer holds.

URLs are keyed by `matra_crawler.urls.canonical_url`; every method takes a
raw URL and canonicalizes it itself. Times are ISO 8601 text: our own
timestamps and discovery dates in UTC, the article's dates as the page stated
them. A naive datetime passed in is taken as UTC.

One writer per site at a time (the site lease sees to that); SQLite writes
are `BEGIN IMMEDIATE` transactions in WAL mode with synchronous=FULL,
PostgreSQL's are ordinary transactions: a SIGKILL or power cut loses at most
the transaction in flight.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .statedb import StateLost, describe, has_store, is_database_url, open_backend
from .urls import canonical_url

STATE_FILE = "state.sqlite3"
RUN_COMPLETE = "complete"   # only complete runs move the watermark
RUN_PARTIAL = "partial"     # narrowed (since, max_articles) or cut short: what it missed is still due
RUN_KILLED = "killed"       # found still "running" by the next run of its site
# "ok" is how state files before the complete/partial distinction wrote a good run.
COMPLETE_STATUSES = (RUN_COMPLETE, "ok")
RUN_OK = RUN_COMPLETE
CLEAR_PENDING = ("pending_sha256 = NULL, pending_version = NULL, "
                 "pending_discovered_modified = NULL, pending_feed = NULL, pending_run = NULL")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    site TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    published_at TEXT,              -- as the page stated it
    modified_at TEXT,               -- as the page stated it
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    exported_sha256 TEXT,           -- content of the last version whose feed landed
    exported_version INTEGER NOT NULL DEFAULT 0,
    discovered_modified TEXT,       -- discovery's modified date for that content (UTC)
    feed_path TEXT,                 -- the feed holding the exported version
    exported_at TEXT,
    pending_sha256 TEXT,            -- content sent to a feed that has not landed yet
    pending_version INTEGER,
    pending_discovered_modified TEXT,
    pending_feed TEXT,
    pending_run TEXT,
    post_id TEXT,                   -- the CMS's id (WordPress post ID): the same article under a new URL
    PRIMARY KEY (site, canonical_url)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT NOT NULL,
    site TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    watermark TEXT,                 -- newest published/modified date the run saw (UTC)
    stats TEXT,                     -- JSON
    PRIMARY KEY (run_id, site)
);
"""


@dataclass(frozen=True)
class ArticleState:
    site: str
    canonical_url: str
    published_at: str | None
    modified_at: str | None
    first_seen: str
    last_seen: str
    exported_sha256: str | None
    exported_version: int
    discovered_modified: str | None
    feed_path: str | None
    exported_at: str | None
    pending_sha256: str | None
    pending_version: int | None
    pending_discovered_modified: str | None
    pending_feed: str | None
    pending_run: str | None
    post_id: str | None = None


class StateStore:
    def __init__(self, location: str | os.PathLike):
        """Open (or create) the store at `location`: a `postgresql://` URL,
        else a SQLite file path (see also `in_dir`)."""
        self.location = location if is_database_url(location) else Path(location)
        self.path = None if is_database_url(location) else self.location   # the SQLite file
        self.backend = open_backend(self.location, SCHEMA, self._migrate)
        self.db = self.backend   # .execute(sql with ? placeholders)
        self.current_run: dict[str, str] = {}  # site -> run_id started by this store
        self.moved: list[tuple[str, str]] = []  # (old, new) canonical URLs record_item moved

    @classmethod
    def in_dir(cls, state_dir: str | os.PathLike) -> StateStore:
        """The store of a STATE_DIR: `<state_dir>/state.sqlite3`."""
        return cls(Path(state_dir) / STATE_FILE)

    @classmethod
    def open(cls, state_url: str | None, state_dir: str | os.PathLike | None) -> StateStore:
        """STATE_URL when set, else the SQLite store of STATE_DIR."""
        return cls(state_url) if state_url else cls.in_dir(state_dir)

    @staticmethod
    def exists(state_url: str | None, state_dir: str | os.PathLike | None) -> bool:
        """Whether `open` would find a state there, rather than create an
        empty one (StateLost: the database does not answer)."""
        return has_store(state_url or Path(state_dir) / STATE_FILE)

    @property
    def name(self) -> str:
        """Where the store is, for messages (no password)."""
        return describe(self.location if self.path is None else str(self.path))

    def close(self):
        self.backend.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self):
        """A write transaction of the back end, after checking that the
        store is still the one this object opened (StateLost if not)."""
        return self.backend.transaction()

    def check_same_file(self) -> None:
        """StateLost unless the store is still the one opened (the same
        SQLite file; the same PostgreSQL store id, connection alive)."""
        self.backend.check()

    def try_lock(self, name: str) -> bool | None:
        """A lock held by this store's connection until it closes (PostgreSQL
        advisory lock): True/False; None where the back end has none (SQLite)."""
        return self.backend.try_lock(name)

    def held_elsewhere(self, name: str) -> bool | None:
        """Whether another connection holds the lock `name` now (PostgreSQL:
        True/False); None where the back end has no locks (SQLite)."""
        return self.backend.held_elsewhere(name)

    @staticmethod
    def _migrate(backend):
        """Bring a state written by an older version up to SCHEMA."""
        if "post_id" not in backend.columns("articles"):
            backend.execute("ALTER TABLE articles ADD COLUMN post_id TEXT")
        backend.execute("CREATE INDEX IF NOT EXISTS articles_post ON articles (site, post_id)")

    # ------------------------------------------------------------- articles
    def known(self, site: str, url: str) -> ArticleState | None:
        row = self.db.execute("SELECT * FROM articles WHERE site = ? AND canonical_url = ?",
                              (site, canonical_url(url))).fetchone()
        return ArticleState(**row) if row else None

    def is_unchanged(self, site: str, url: str, discovered_modified: datetime | None) -> bool:
        """May discovery skip this URL without fetching it?

        Yes when the article was exported, nothing of it is pending, and the
        date discovery shows is not newer than what we know (the discovery
        date stored with the export, else the page's modified or published
        date). A source with no date (a listing) cannot show a change: a
        known, exported article counts as unchanged, or every listing-only
        site would be re-fetched in full each night.
        """
        state = self.known(site, url)
        if state is None or state.exported_sha256 is None or state.pending_sha256:
            return False
        if discovered_modified is None:
            return True
        baseline = state.discovered_modified or state.modified_at or state.published_at
        if baseline is None:
            return False
        return _utc(discovered_modified) <= _utc(datetime.fromisoformat(baseline))

    def record_item(self, site: str, item: dict, *, feed_path: str | os.PathLike | None = None,
                    discovered_modified: datetime | None = None,
                    post_id: str | None = None) -> tuple[int, str | None] | None:
        """An item about to be exported (keyed by canonical_url(item["url"])).

        Returns None when its content_sha256 equals the exported one (don't
        export) or when this very run already queued the same content;
        otherwise (version, previous_sha256) and the row is pending until
        `commit_export`. `feed_path` is the feed's final name, for `recover`;
        `discovered_modified` is the date discovery showed for it. `post_id`
        is the CMS's id of the article: an unknown URL whose post_id is
        known under another URL is that article moved (a changed slug), and
        its row moves to the new URL, so it is not exported as new.
        """
        key, digest = canonical_url(item["url"]), item["content_sha256"]
        now = _now()
        dm = _iso(discovered_modified)
        run = self.current_run.get(site)
        post_id = str(post_id) if post_id else None
        with self._write():
            row = self.db.execute("SELECT * FROM articles WHERE site = ? AND canonical_url = ?",
                                  (site, key)).fetchone()
            if row is None and post_id:
                row = self._move(site, post_id, key)
            if row is None:
                self.db.execute("INSERT INTO articles (site, canonical_url, first_seen, last_seen) "
                                "VALUES (?, ?, ?, ?)", (site, key, now, now))
            if post_id:   # one row per post: an older URL's row gives the id up
                self.db.execute("UPDATE articles SET post_id = NULL WHERE site = ? AND post_id = ? "
                                "AND canonical_url != ?", (site, post_id, key))
            self.db.execute("UPDATE articles SET last_seen = ?, published_at = ?, modified_at = ?, "
                            "post_id = COALESCE(?, post_id) WHERE site = ? AND canonical_url = ?",
                            (now, item.get("published_at"), item.get("modified_at"), post_id, site, key))
            if row is not None and row["exported_sha256"] == digest:
                # Unchanged. A pending change left by a killed run is moot now.
                self.db.execute(
                    "UPDATE articles SET discovered_modified = COALESCE(?, discovered_modified), "
                    f"{CLEAR_PENDING} WHERE site = ? AND canonical_url = ?", (dm, site, key))
                return None
            if row is not None and run and (row["pending_run"], row["pending_sha256"]) == (run, digest):
                return None  # already in this run's feed
            version = (row["exported_version"] if row else 0) + 1
            previous = row["exported_sha256"] if row else None
            self.db.execute(
                "UPDATE articles SET pending_sha256 = ?, pending_version = ?, "
                "pending_discovered_modified = ?, pending_feed = ?, pending_run = ? "
                "WHERE site = ? AND canonical_url = ?",
                (digest, version, dm, _path(feed_path), run, site, key))
        return version, previous

    def _move(self, site: str, post_id: str, key: str):
        """The row of `post_id` under another URL, now keyed by `key`."""
        row = self.db.execute("SELECT * FROM articles WHERE site = ? AND post_id = ? "
                              "ORDER BY last_seen DESC LIMIT 1", (site, post_id)).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE articles SET canonical_url = ? WHERE site = ? AND canonical_url = ?",
                        (key, site, row["canonical_url"]))
        self.moved.append((row["canonical_url"], key))
        return self.db.execute("SELECT * FROM articles WHERE site = ? AND canonical_url = ?",
                               (site, key)).fetchone()

    def commit_export(self, site: str, feed_path: str | os.PathLike) -> int:
        """The feed at `feed_path` is complete and in place: the pending rows
        of `site` recorded for it whose URL and content hash the stored file
        holds become exported. Rows whose item never reached the file (a
        write that failed) stay pending. Returns how many were committed."""
        feed = _path(feed_path)
        stored = _feed_items(Path(feed))
        rows = self.db.execute(
            "SELECT canonical_url, pending_sha256 FROM articles WHERE site = ? AND pending_feed = ? "
            "AND pending_sha256 IS NOT NULL", (site, feed)).fetchall()
        with self._write():
            return sum(self._commit_row(site, row["canonical_url"], feed) for row in rows
                       if (row["canonical_url"], row["pending_sha256"]) in stored)

    def _commit_row(self, site: str, key: str, feed: str) -> int:
        return self.db.execute(
            "UPDATE articles SET exported_sha256 = pending_sha256, "
            "exported_version = pending_version, "
            "discovered_modified = COALESCE(pending_discovered_modified, discovered_modified), "
            f"feed_path = ?, exported_at = ?, {CLEAR_PENDING} "
            "WHERE site = ? AND canonical_url = ? AND pending_sha256 IS NOT NULL",
            (feed, _now(), site, key)).rowcount

    def recover(self, site: str | None = None) -> int:
        """Before a run: commit pending rows whose feed landed after all (the
        process died between the rename and commit_export), and close the
        site's runs still marked running (killed: the caller holds the site's
        lease, so none of them is alive). A row counts only if record_item
        named its feed_path, and that file exists and holds an item with its
        URL and content hash. Returns how many rows were committed."""
        query = "SELECT site, canonical_url, pending_sha256, pending_feed FROM articles " \
                "WHERE pending_sha256 IS NOT NULL AND pending_feed IS NOT NULL"
        rows = self.db.execute(query + (" AND site = ?" if site else ""),
                               (site,) if site else ()).fetchall()
        feeds = {row["pending_feed"] for row in rows}
        exported_in = {feed: _feed_items(Path(feed)) for feed in feeds}
        landed = [r for r in rows
                  if (r["canonical_url"], r["pending_sha256"]) in exported_in[r["pending_feed"]]]
        with self._write():
            if site:
                # What a killed run queued is in no feed of its own any more: a
                # run under the same id (a job run again elsewhere) exports it.
                self.db.execute("UPDATE articles SET pending_run = NULL WHERE site = ? AND pending_run IN "
                                "(SELECT run_id FROM runs WHERE site = ? AND status = 'running')",
                                (site, site))
                self.db.execute("UPDATE runs SET status = ?, finished_at = ? "
                                "WHERE site = ? AND status = 'running'", (RUN_KILLED, _now(), site))
            return sum(self._commit_row(r["site"], r["canonical_url"], r["pending_feed"])
                       for r in landed)

    def unfinished(self, site: str) -> list[str]:
        """Canonical URLs of `site` that an earlier run found but whose
        export did not land (pending), or that `audit --repair` found lost
        (exported, but in no feed): the next run fetches them first."""
        return [row["canonical_url"] for row in self.db.execute(
            "SELECT canonical_url FROM articles WHERE site = ? "
            "AND (pending_sha256 IS NOT NULL OR exported_sha256 IS NULL) ORDER BY first_seen",
            (site,))]

    def exported(self):
        """Every article with an exported version (for `audit`)."""
        for row in self.db.execute("SELECT * FROM articles WHERE exported_sha256 IS NOT NULL"):
            yield ArticleState(**row)

    def keys(self) -> list[tuple[str, str]]:
        """(site, canonical URL) of every article the state knows."""
        return [(row["site"], row["canonical_url"])
                for row in self.db.execute("SELECT site, canonical_url FROM articles")]

    def running(self) -> list[tuple[str, str]]:
        """(run id, site) of every run still marked running."""
        return [(row["run_id"], row["site"]) for row in self.db.execute(
            "SELECT run_id, site FROM runs WHERE status = 'running' ORDER BY started_at")]

    def close_run(self, run_id: str, site: str, status: str) -> None:
        """End a run that cannot end itself (its process is gone)."""
        with self._write():
            self.db.execute("UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ? AND site = ? "
                            "AND status = 'running'", (status, _now(), run_id, site))

    def mark_lost(self, site: str, url: str) -> None:
        """An exported article that is in no feed: export it again, under
        the version it had (its text is compared with nothing)."""
        with self._write():
            self.db.execute(
                "UPDATE articles SET exported_sha256 = NULL, "
                "exported_version = CASE WHEN exported_version > 0 THEN exported_version - 1 ELSE 0 END, "
                "feed_path = NULL, "
                f"exported_at = NULL, {CLEAR_PENDING} WHERE site = ? AND canonical_url = ?",
                (site, canonical_url(url)))

    # ----------------------------------------------------------------- runs
    def start_run(self, run_id: str, site: str):
        self.current_run[site] = run_id
        with self._write():
            self.db.execute(
                "INSERT INTO runs (run_id, site, started_at, status) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (run_id, site) DO UPDATE SET "
                "started_at = excluded.started_at, status = excluded.status",
                (run_id, site, _now(), "running"))

    def finish_run(self, run_id: str, site: str, status: str, stats: dict,
                   watermark: datetime | None):
        """Close a run. Only a RUN_COMPLETE run lets `watermark` count."""
        now = _now()
        with self._write():
            self.db.execute(
                "INSERT INTO runs (run_id, site, started_at, finished_at, status, watermark, stats) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, site) DO UPDATE SET "
                "finished_at = excluded.finished_at, status = excluded.status, "
                "watermark = excluded.watermark, stats = excluded.stats",
                (run_id, site, now, now, status, _iso(watermark),
                 json.dumps(stats, default=str, sort_keys=True)))
        if self.current_run.get(site) == run_id:
            del self.current_run[site]

    def last_ok_stats(self, site: str) -> dict:
        """The stats of the newest complete run of `site` ({} if none)."""
        row = self.db.execute(
            "SELECT stats FROM runs WHERE site = ? AND status IN (?, ?) "
            "ORDER BY finished_at DESC LIMIT 1", (site, *COMPLETE_STATUSES)).fetchone()
        return json.loads(row["stats"]) if row and row["stats"] else {}

    def watermark(self, site: str) -> datetime | None:
        """The newest date seen by a complete run of `site`."""
        value = self.db.execute(
            "SELECT MAX(watermark) AS value FROM runs WHERE site = ? AND status IN (?, ?)",
            (site, *COMPLETE_STATUSES)).fetchone()["value"]
        return datetime.fromisoformat(value) if value else None

    def last_complete_finish(self, site: str) -> str | None:
        """When the newest complete run of `site` finished (UTC ISO text):
        what was exported until then was covered by a complete run."""
        return self.db.execute(
            "SELECT MAX(finished_at) AS value FROM runs WHERE site = ? AND status IN (?, ?)",
            (site, *COMPLETE_STATUSES)).fetchone()["value"]


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    # Stored dates keep whole seconds; compare at that precision.
    return value.astimezone(timezone.utc).replace(microsecond=0)


def _iso(value: datetime | None) -> str | None:
    # Fixed-width UTC text: MAX() in SQL and string order agree with time order.
    return _utc(value).isoformat() if value else None


def _now() -> str:
    return _iso(datetime.now(timezone.utc))


def _path(value: str | os.PathLike | None) -> str | None:
    return os.path.abspath(value) if value else None


def _feed_items(feed: Path) -> set[tuple[str, str]]:
    """(canonical URL, content_sha256) of each complete item line of a JSON Lines feed."""
    items = set()
    try:
        with feed.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    item = json.loads(line)
                    items.add((canonical_url(item["url"]), item["content_sha256"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a torn or foreign line proves nothing
    except FileNotFoundError:
        pass
    return items
