"""`python -m matra_crawler audit`: the state against the feeds, and --repair."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from matra_crawler.state import StateStore
from tests.crawling import ROOT, assert_exactly_once, crawl_to_output, exported
from tests.replica import matra
from tests.replica.server import Replica

ARTICLES = list(matra.site_articles(6))


def audit(workdir, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matra_crawler", "audit", "--state-dir", str(workdir / "state"),
                           "--output-dir", str(workdir / "out"), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def crawled(tmp_path):
    """A replica crawled twice: two feeds (a sample of three articles, then the rest)."""
    with Replica(matra.build_site(ARTICLES)) as replica:
        assert crawl_to_output("matra", replica.base_url, tmp_path, "-a", "max_articles=3").returncode == 0
        assert crawl_to_output("matra", replica.base_url, tmp_path).returncode == 0
        yield replica, tmp_path


def feeds(workdir):
    return sorted((workdir / "out" / "matra").glob("*.jsonl"))


def test_a_clean_state_audits_clean(crawled):
    _, workdir = crawled
    done = audit(workdir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "audit: clean (6 exported articles, 2 feeds)"


def test_each_kind_of_damage_is_reported(crawled):
    replica, workdir = crawled
    first, second = feeds(workdir)
    lines = second.read_text().splitlines()
    second.write_text(lines[0] + "\n")                         # two exported articles lost
    stranger = json.loads(lines[0])
    stranger["url"] = replica.base_url + "/2020/01/01/never-crawled/"
    with first.open("a") as feed:                               # a foreign article, a duplicate line
        feed.write(json.dumps(stranger) + "\n" + lines[0] + "\n")
    (workdir / "out" / "matra" / "2026-01-01T000000.000.jsonl.part").write_text("{}\n")
    with StateStore.in_dir(workdir / "state") as store:         # a run whose process is gone
        store.start_run("2026-01-01T000000.000", "matra@" + replica.base_url.split("//")[1])
    done = audit(workdir)
    assert done.returncode == 1
    rows = [line.split()[0] for line in done.stdout.splitlines()[1:-1]]
    assert sorted(rows) == ["duplicate", "lost", "lost", "part_file", "stale_run", "unknown"]
    assert "/2020/01/01/never-crawled" in done.stdout and "Traceback" not in done.stderr


def test_repair_puts_lost_articles_back_and_the_next_run_exports_them(crawled):
    replica, workdir = crawled
    first, _ = feeds(workdir)
    first.unlink()                                              # three exported articles lost
    (workdir / "out" / "matra" / "2026-01-01T000000.000.jsonl.part").write_text("{}\n")
    assert audit(workdir).returncode == 1
    repaired = audit(workdir, "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.startswith("audit: repaired 3 lost, 1 part_file")
    again = crawl_to_output("matra", replica.base_url, workdir)
    assert again.stats["state/resumed"] == 3 and again.stats["state/new"] == 3
    assert_exactly_once(exported(workdir), [replica.base_url + matra.article_path(a) for a in ARTICLES])
    assert audit(workdir).returncode == 0


@pytest.mark.parametrize("args, message", [
    (["--state-dir", "/nonexistent/state"], "no state there"),
    (["--output-dir", "/nonexistent/out"], "not a folder"),
])
def test_wrong_folders_are_one_line(tmp_path, args, message):
    (tmp_path / "state").mkdir()
    StateStore.in_dir(tmp_path / "state").close()
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "audit", "--state-dir", str(tmp_path / "state"),
                           "--output-dir", str(tmp_path / "out"), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
