"""`python -m matra_crawler audit`: the state against the feeds, and --repair,
for a STATE_DIR's SQLite state and for a PostgreSQL one (--state-url)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from matra_crawler.incremental import SiteLease, lease_name, lease_path, origin_key
from matra_crawler.sites import PROFILES
from matra_crawler.state import StateStore
from tests.crawling import ROOT, assert_exactly_once, crawl_to_output, exported, project_with_settings
from tests.replica import matra
from tests.replica.server import Replica

ARTICLES = list(matra.site_articles(6))


@dataclass
class State:
    """Where the audited state lives: STATE_DIR's SQLite file, or `url`."""
    workdir: Path
    url: str | None = None

    @property
    def args(self) -> list[str]:
        return ["--state-url", self.url] if self.url else ["--state-dir", str(self.workdir / "state")]

    @property
    def settings(self) -> dict:
        return {"STATE_URL": self.url} if self.url else {}

    def open(self) -> StateStore:
        return StateStore.open(self.url, self.workdir / "state")

    @contextmanager
    def crawl_holding(self, key: str):
        """The site's lease held as a crawl in another process (or on another
        machine) holds it: an advisory lock on another connection, or the flock."""
        if self.url:
            with StateStore(self.url) as holder:
                assert holder.try_lock(lease_name(key))
                yield
        else:
            lease = SiteLease(lease_path(self.workdir / "state", key))
            assert lease.acquire()
            try:
                yield
            finally:
                lease.release()


def run_audit(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matra_crawler", "audit", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def audit(state: State, *extra: str) -> subprocess.CompletedProcess:
    return run_audit(*state.args, "--output-dir", str(state.workdir / "out"), *extra)


@pytest.fixture(params=["sqlite", "postgresql"])
def state(request, tmp_path):
    if request.param == "sqlite":
        yield State(tmp_path)
        return
    from tests.cluster import fresh_schema

    with fresh_schema() as url:
        yield State(tmp_path, url)


@pytest.fixture
def crawled(state):
    """A replica crawled twice: two feeds (a sample of three articles, then the rest)."""
    with Replica(matra.build_site(ARTICLES)) as replica:
        for args in (["-a", "max_articles=3"], []):
            run = crawl_to_output("matra", replica.base_url, state.workdir, *args, settings=state.settings)
            assert run.returncode == 0, run.log[-2000:]
        yield replica, state


def site_key(replica) -> str:
    return origin_key("matra", replica.base_url, PROFILES["matra"].base_url)


def feeds(state):
    return sorted((state.workdir / "out" / "matra").glob("*.jsonl"))


def test_a_clean_state_audits_clean(crawled):
    _, state = crawled
    done = audit(state)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "audit: clean (6 exported articles, 2 feeds)"


def test_each_kind_of_damage_is_reported(crawled):
    replica, state = crawled
    first, second = feeds(state)
    lines = second.read_text().splitlines()
    second.write_text(lines[0] + "\n")                         # two exported articles lost
    stranger = json.loads(lines[0])
    stranger["url"] = replica.base_url + "/2020/01/01/never-crawled/"
    with first.open("a") as feed:                               # a foreign article, a duplicate line
        feed.write(json.dumps(stranger) + "\n" + lines[0] + "\n")
    (state.workdir / "out" / "matra" / "2026-01-01T000000.000.jsonl.part").write_text("{}\n")
    with state.open() as store:                                 # a run whose process is gone
        store.start_run("2026-01-01T000000.000", site_key(replica))
    done = audit(state)
    assert done.returncode == 1
    rows = [line.split()[0] for line in done.stdout.splitlines()[1:-1]]
    assert sorted(rows) == ["duplicate", "lost", "lost", "part_file", "stale_run", "unknown"]
    assert "/2020/01/01/never-crawled" in done.stdout and "Traceback" not in done.stderr


def test_repair_puts_lost_articles_back_and_the_next_run_exports_them(crawled):
    replica, state = crawled
    first, _ = feeds(state)
    first.unlink()                                              # three exported articles lost
    (state.workdir / "out" / "matra" / "2026-01-01T000000.000.jsonl.part").write_text("{}\n")
    with state.open() as store:                                 # a run whose process is gone
        store.start_run("2026-01-01T000000.000", site_key(replica))
    assert audit(state).returncode == 1
    repaired = audit(state, "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.startswith("audit: repaired 3 lost, 1 stale_run, 1 part_file\n")
    with state.open() as store:
        assert store.running() == []
    again = crawl_to_output("matra", replica.base_url, state.workdir, settings=state.settings)
    assert again.stats["state/resumed"] == 3 and again.stats["state/new"] == 3
    assert_exactly_once(exported(state.workdir), [replica.base_url + matra.article_path(a) for a in ARTICLES])
    assert audit(state).returncode == 0


def test_a_site_a_live_crawl_holds_is_left_to_it(crawled):
    """Its run is not stale, its .part files are its own (on a shared mount
    the crawl may run on another machine) and its lost articles wait."""
    replica, state = crawled
    first, _ = feeds(state)
    first.unlink()                                              # three exported articles lost
    (state.workdir / "out" / "matra" / "2026-01-01T000000.000.jsonl.part").write_text("{}\n")
    with state.open() as store:
        store.start_run("2026-01-01T000000.000", site_key(replica))
    with state.crawl_holding(site_key(replica)):
        held = audit(state)
        repaired = audit(state, "--repair")
    assert held.returncode == 1 and sorted(line.split()[0] for line in held.stdout.splitlines()[1:-1]) \
        == ["lost", "lost", "lost"]
    assert repaired.stdout.startswith("audit: repaired nothing; 3 left (a crawl holds its site)\n")
    released = audit(state)                                     # the crawl is gone: all of it shows
    assert sorted(line.split()[0] for line in released.stdout.splitlines()[1:-1]) \
        == ["lost", "lost", "lost", "part_file", "stale_run"]


NO_DATABASE = "postgresql://matra:SECRET@127.0.0.1:1/matra"   # nothing listens on port 1


@pytest.mark.parametrize("args, message", [
    (["--state-dir", "/nonexistent/state", "--output-dir", "{out}"], "no state there (state.sqlite3 missing)"),
    (["--state-dir", "{state}", "--output-dir", "/nonexistent/out"], "not a folder"),
    (["--state-url", "{state}/state.sqlite3"], "expected a postgresql://... URL"),
    (["--state-url", NO_DATABASE, "--output-dir", "{out}"],
     "cannot connect to the state database postgresql://127.0.0.1:1/matra: "),
    (["--state-dir", "{state}", "--state-url", NO_DATABASE], "argument --state-url: not allowed with argument --state-dir"),
])
def test_bad_input_is_one_line(tmp_path, args, message):
    (tmp_path / "state").mkdir()
    StateStore.in_dir(tmp_path / "state").close()
    (tmp_path / "out").mkdir()
    done = run_audit(*(arg.format(state=tmp_path / "state", out=tmp_path / "out") for arg in args))
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "SECRET" not in done.stderr


def test_the_state_url_setting_is_the_default(tmp_path):
    from tests.cluster import fresh_schema

    (tmp_path / "out").mkdir()
    with fresh_schema() as url:
        StateStore(url).close()
        env = project_with_settings(tmp_path, STATE_URL=url, STATE_DIR=str(tmp_path / "no-state-here"))
        done = run_audit("--output-dir", str(tmp_path / "out"), env=env)
    assert done.returncode == 0 and done.stdout == "audit: clean (0 exported articles, 0 feeds)\n", done.stderr


def test_no_state_given_or_set_is_one_line(tmp_path):
    done = run_audit("--output-dir", str(tmp_path), env=project_with_settings(tmp_path, STATE_URL=None, STATE_DIR=None))
    assert done.returncode == 2 and done.stderr.endswith(
        "error: give --state-dir or --state-url (the settings set neither STATE_DIR nor STATE_URL)\n")


def test_a_database_without_a_state_is_refused_and_left_empty(tmp_path):
    import psycopg

    from tests.cluster import fresh_schema

    with fresh_schema() as url:
        done = run_audit("--state-url", url, "--output-dir", str(tmp_path))
        with psycopg.connect(url) as db:
            assert db.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = current_schema()").fetchone()[0] == 0
    assert done.returncode == 2 and "no state there (no state tables)" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "?options" not in done.stderr
