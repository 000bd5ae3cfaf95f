"""`python -m matra_crawler state migrate --to postgresql://... [--state-dir DIR]`:
copy a SQLite state into PostgreSQL, so an installation grows from one
machine to many without exporting anything again.

Every row of `articles` and `runs` is copied as it is (versions, pending
rows, moved articles' post ids, run statuses and watermarks). A row whose
key the database already holds is left alone, so running the command again
is harmless. Then both sides are compared: the number of rows and a SHA-256
over every column of every copied row, in key order. One line says the
result; a difference (the database already held other rows under the same
keys, e.g. crawls have run against it since) is exit 1 and nothing is
overwritten.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from pathlib import Path

from .state import STATE_FILE, ArticleState, StateLost, StateStore

RUN_COLUMNS = ("run_id", "site", "started_at", "finished_at", "status", "watermark", "stats")
TABLES = {   # table -> (its columns, its key)
    "articles": (tuple(field.name for field in fields(ArticleState)), ("site", "canonical_url")),
    "runs": (RUN_COLUMNS, ("run_id", "site")),
}
EXIT_OK, EXIT_MISMATCH, EXIT_USAGE = 0, 1, 2


@dataclass
class TableCheck:
    table: str
    rows: int
    copied: int
    digest: str
    differing: list[tuple]   # keys missing in the database or holding other values


def table_rows(store: StateStore, table: str) -> list[tuple]:
    columns, key = TABLES[table]
    return [tuple(row[name] for name in columns) for row in store.db.execute(
        f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(key)}")]


def rows_digest(rows: list[tuple]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def copy_table(source: StateStore, target: StateStore, table: str) -> TableCheck:
    columns, key = TABLES[table]
    rows = table_rows(source, table)
    before = count(target, table)
    with target._write():
        target.db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
            f"ON CONFLICT ({', '.join(key)}) DO NOTHING", rows)
    copied = count(target, table) - before
    positions = [columns.index(name) for name in key]
    held = {tuple(row[i] for i in positions): row for row in table_rows(target, table)}
    mirrored = [held.get(tuple(row[i] for i in positions)) for row in rows]
    differing = [tuple(row[i] for i in positions) for row, other in zip(rows, mirrored) if row != other]
    digest = rows_digest(rows)
    if not differing and rows_digest(mirrored) != digest:   # cannot be, unless a bug: say so
        differing = [("digest",)]
    return TableCheck(table, len(rows), copied, digest, differing)


def count(store: StateStore, table: str) -> int:
    return store.db.execute(f"SELECT COUNT(*) AS n FROM {table}").fetchone()["n"]


def migrate(state_dir: Path, url: str) -> tuple[int, str]:
    """(exit status, the one line to print)."""
    path = Path(state_dir) / STATE_FILE
    if not path.is_file():
        return EXIT_USAGE, f"state migrate: no SQLite state at {path} (give --state-dir)"
    try:
        target = StateStore(url)
    except StateLost as error:
        return EXIT_USAGE, f"state migrate: {error}"
    with StateStore(path) as source, target:
        try:
            checks = [copy_table(source, target, table) for table in TABLES]
        except StateLost as error:
            return EXIT_MISMATCH, f"state migrate: {error}; run it again"
        where = f"{path} -> {target.name}"
    bad = [check for check in checks if check.differing]
    if bad:
        details = "; ".join(f"{c.table}: {len(c.differing)} of {c.rows} rows differ, e.g. {c.differing[0]}"
                            for c in bad)
        return EXIT_MISMATCH, (f"state migrate: MISMATCH {where}: {details} "
                               "(the database holds other rows under these keys; nothing was overwritten)")
    counts = ", ".join(f"{c.rows} {c.table} ({c.copied} new)" for c in checks)
    hashes = ", ".join(f"{c.table} sha256 {c.digest[:12]}" for c in checks)
    return EXIT_OK, f"state migrate: {where}: {counts}; verified: counts and hashes match ({hashes})"
