"""The two storage back ends of the incremental state: SQLite (one file, one
machine, the default) and PostgreSQL (one server, many machines).

matra_crawler.state writes its rules once, in SQL both understand, with `?`
placeholders; a back end only connects, runs statements, opens write
transactions, creates the schema and checks that the store it opened is
still the store:

- SQLite: `BEGIN IMMEDIATE` transactions in WAL mode with synchronous=FULL;
  the store is the file, identified by its inode (deleted or replaced ->
  StateLost).
- PostgreSQL (psycopg 3): one connection in autocommit mode, explicit
  transactions; the store is identified by a random id written once into
  `store_meta`: a dropped or re-created schema, or a connection that died
  (and with it the site lease, an advisory lock of that connection), is
  StateLost, so a crawl never goes on writing into a store it no longer holds.

`open_backend(location)` picks one: a `postgresql://` (or `postgres://`) URL,
else a SQLite file path.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import uuid
from contextlib import contextmanager
from pathlib import Path

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# The sessions holding advisory lock %s of this database. A bigint lock shows
# in pg_locks as two oids: classid its high half, objid its low half.
ADVISORY_LOCK_HOLDERS = (
    "SELECT l.pid, a.application_name, a.client_addr FROM pg_locks l "
    "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
    "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND ((l.classid::bigint << 32) | l.objid::bigint) = %s")


class StateLost(Exception):
    """The store was deleted or replaced, or its connection lost, while open."""


def is_database_url(location) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def open_backend(location, schema: str, migrate=lambda backend: None):
    """The back end of `location` with `schema` in place, and `migrate(backend)`
    run right after it (for PostgreSQL under the same lock: two crawls starting
    at once on a new database must not both create a table or an index)."""
    if is_database_url(location):
        return PostgresBackend(location, schema, migrate)
    return SQLiteBackend(Path(location), schema, migrate)


def lock_number(name: str) -> int:
    """A stable signed 64-bit number for an advisory lock named `name`."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def describe(location) -> str:
    """A location for messages, without a password."""
    if not is_database_url(location):
        return str(location)
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(location)
    except Exception:
        return "the PostgreSQL database"
    where = f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"
    return f"postgresql://{where}"


def connect(url: str, **options):
    """An autocommit psycopg connection to `url`; StateLost, naming the
    database without its password, when there is none to be had."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10, **options)
    except psycopg.Error as error:
        raise StateLost(f"cannot connect to the state database {describe(url)}: "
                        f"{_first_line(error)}") from None


def has_store(location) -> bool:
    """Whether a state is at `location` already, without creating one (for
    a reader such as `audit`, pointed at the wrong place)."""
    if not is_database_url(location):
        return Path(location).is_file()
    with connect(location) as db:
        return db.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()[0]


class SQLiteBackend:
    kind = "sqlite"

    def __init__(self, path: Path, schema: str, migrate):
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we open our own transactions (see transaction).
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        # Crawls starting at once on a new file: switching it to WAL answers
        # "database is locked" without waiting, so the set-up goes one at a time
        # (an flock on a file of its own: closing any descriptor of the database
        # file itself would drop SQLite's locks).
        with open(self.path.with_name(self.path.name + ".setup-lock"), "a") as setup:
            fcntl.flock(setup, fcntl.LOCK_EX)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.executescript(schema)
            migrate(self)
        self.identity = _identity(self.path)

    def execute(self, sql: str, params=()):
        return self.db.execute(sql, params)

    def executemany(self, sql: str, rows) -> None:
        self.db.executemany(sql, rows)

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE takes the write lock up front, so a read-then-write
        cannot interleave with another writer."""
        self.check()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def columns(self, table: str) -> set[str]:
        return {row["name"] for row in self.db.execute(f"PRAGMA table_info({table})")}

    def check(self) -> None:
        try:
            current = _identity(self.path)
        except FileNotFoundError:
            raise StateLost(f"the state file {self.path} was deleted") from None
        if current != self.identity:
            raise StateLost(f"the state file {self.path} was replaced by another file")

    def try_lock(self, name: str) -> bool | None:
        return None   # no locks in the file: the caller uses flock

    def held_elsewhere(self, name: str) -> bool | None:
        return None   # no locks in the file: the caller asks the flock

    def close(self):
        self.db.close()


class Row(dict):
    """A row by column name, or by position like sqlite3.Row."""

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return tuple(self.values())[key]
        return super().__getitem__(key)


def _row_factory(cursor):
    names = [column.name for column in cursor.description or ()]
    return lambda values: Row(zip(names, values))


class PostgresBackend:
    kind = "postgresql"

    def __init__(self, url: str, schema: str, migrate):
        import psycopg

        self.psycopg = psycopg
        self.location = describe(url)
        self.db = connect(url, row_factory=_row_factory)
        with self.transaction(check=False):
            # Two crawls starting at once must not both create the tables.
            self.execute("SELECT pg_advisory_xact_lock(?)", (lock_number("matra_crawler/schema"),))
            self.db.execute(schema)
            migrate(self)
            self.execute("CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self.execute("INSERT INTO store_meta (key, value) VALUES ('store_id', ?) "
                         "ON CONFLICT (key) DO NOTHING", (uuid.uuid4().hex,))
        self.identity = self.store_id()
        # Advisory locks are per database: a schema's locks carry its name.
        self.namespace = self.execute("SELECT current_schema() AS name").fetchone()["name"]

    def execute(self, sql: str, params=()):
        try:
            return self.db.execute(sql.replace("?", "%s"), params)
        except self.psycopg.OperationalError as error:
            raise StateLost(f"the connection to the state database {self.location} was lost: "
                            f"{_first_line(error)}") from None
        except self.psycopg.errors.UndefinedTable:
            raise StateLost(f"the state tables in {self.location} were dropped") from None

    def executemany(self, sql: str, rows) -> None:
        try:
            with self.db.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), rows)
        except self.psycopg.OperationalError as error:
            raise StateLost(f"the connection to the state database {self.location} was lost: "
                            f"{_first_line(error)}") from None

    @contextmanager
    def transaction(self, check: bool = True):
        if check:
            self.check()
        try:
            with self.db.transaction():
                yield
        except self.psycopg.OperationalError as error:
            raise StateLost(f"the connection to the state database {self.location} was lost: "
                            f"{_first_line(error)}") from None

    def columns(self, table: str) -> set[str]:
        return {row["column_name"] for row in self.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = ? AND table_schema = current_schema()", (table,))}

    def store_id(self) -> str | None:
        row = self.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()
        return row["value"] if row else None

    def check(self) -> None:
        if self.store_id() != self.identity:
            raise StateLost(f"the state in {self.location} was replaced (another store id)")

    def try_lock(self, name: str) -> bool:
        """A session-level advisory lock: held until released or until this
        connection ends, however its process ends."""
        row = self.execute("SELECT pg_try_advisory_lock(?) AS held",
                           (lock_number(f"{self.namespace}/{name}"),)).fetchone()
        return bool(row["held"])

    def held_elsewhere(self, name: str) -> bool:
        """Whether another session holds the advisory lock `name` now. Read
        from pg_locks, not tried: a probe holding the lock for an instant
        would turn away a crawl starting at that instant (state_busy)."""
        holders = self.execute(ADVISORY_LOCK_HOLDERS + " AND l.pid <> pg_backend_pid()",
                               (lock_number(f"{self.namespace}/{name}"),)).fetchall()
        return bool(holders)

    def close(self):
        self.db.close()


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_dev, status.st_ino
