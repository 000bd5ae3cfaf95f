"""The local cluster (`make cluster-up`: PostgreSQL and two Scrapyd nodes on
127.0.0.1) as the tests see it: output/cluster/env. Outside CI a test that
needs it skips and says why; in CI (CI=true, where .ci/run starts the
cluster) its absence fails the test."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = ROOT / "output" / "cluster" / "env"


def cluster_env() -> dict[str, str]:
    """MATRA_STATE_URL and MATRA_SCRAPYD_URLS, or skip (fail in CI)."""
    try:
        lines = ENV_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    env = dict(line.split("=", 1) for line in lines if "=" in line)
    if not env.get("MATRA_STATE_URL"):
        why = f"no local cluster ({ENV_FILE} missing): run `make cluster-up`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(why)
        pytest.skip(why)
    return env


def state_url() -> str:
    return cluster_env()["MATRA_STATE_URL"]


def scrapyd_urls() -> list[str]:
    env = cluster_env()
    urls = [url for url in env.get("MATRA_SCRAPYD_URLS", "").split(",") if url]
    if len(urls) < 2:
        pytest.fail(f"{ENV_FILE} names fewer than two Scrapyd nodes")
    return urls


@contextmanager
def fresh_schema(base_url: str | None = None):
    """A URL of the cluster's database whose tables live in a new, empty
    schema (dropped afterwards): tests never see each other's state."""
    import psycopg

    base_url = base_url or state_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base_url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
