"""Nightly runs are incremental: the state (SQLite) remembers what was
exported, discovery skips the known, and only new or changed articles are
exported again. Request counts come from the replica server's own log."""
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.crawling import FAST, ROOT, crawl
from tests.replica import matra
from tests.replica.server import Replica


def article_requests(replica):
    return [r.path for r in replica.requests() if r.path.startswith("/20")]


@pytest.mark.parametrize("disable,requests", [
    ((), 2),                           # robots.txt + one REST page
    (("rest",), 4),                    # robots.txt + sitemap index + posts sitemap + feed
    (("rest", "sitemap", "feed"), 2),  # robots.txt + the first listing page
], ids=["rest", "sitemap+feed", "listing"])
def test_rerun_with_nothing_new_is_cheap_and_exports_nothing(tmp_path, disable, requests):
    with Replica(matra.build_site(disable=disable)) as replica:
        first = crawl("matra", replica.base_url, tmp_path)
        assert len(first.items) == len(matra.ARTICLES)
        assert {i["version"] for i in first.items} == {1}
        replica.clear_log()
        again = crawl("matra", replica.base_url, tmp_path)
        paths = [r.path for r in replica.requests()]
    assert again.returncode == 0 and again.items == []
    assert article_requests(replica) == []
    # The source that answered last time is asked first: no re-probing of missing ones.
    assert len(paths) == requests, paths
    assert paths[0] == "/robots.txt"


def test_changed_and_new_articles_only(tmp_path):
    articles = list(matra.ARTICLES)
    with Replica(matra.build_site(articles)) as replica:
        first = crawl("matra", replica.base_url, tmp_path)
        old = {i["url"]: i for i in first.items}
        changed = matra.edited(articles[3])
        newest = max(articles, key=lambda a: a["published_at"])
        added = matra.follow_up(newest, "warga-jambi-sambut-baik-program-baru", "2026-11-20T10:00:00+07:00")
        replica.replace_route(matra.build_site([*articles[:3], changed, *articles[4:], added]))
        replica.clear_log()
        second = crawl("matra", replica.base_url, tmp_path)
        fetched = article_requests(replica)
    by_slug = {i["url"].rstrip("/").rsplit("/", 1)[-1]: i for i in second.items}
    assert set(by_slug) == {changed["slug"], added["slug"]}
    assert by_slug[added["slug"]]["version"] == 1
    update = by_slug[changed["slug"]]
    assert update["version"] == 2
    assert update["previous_sha256"] == old[update["url"]]["content_sha256"]
    assert update["content_sha256"] != update["previous_sha256"]
    assert len(fetched) == 2
    assert len(replica.requests()) <= 2 + 3   # k + 3


def test_sigkill_mid_run_then_rerun_exports_everything_once(tmp_path):
    """A crawl killed part way leaves no feed (only a .part); the next run
    exports every article the killed one had not finished, none twice."""
    total = 60
    articles = matra.site_articles(total)
    workdir = tmp_path
    with Replica(matra.build_site(articles)) as replica:
        # Slow the article pages so the kill lands mid-crawl.
        def slow(method, path, headers):
            if path.startswith("/20"):
                time.sleep(0.05)
        replica.add_fault(slow)
        output = workdir / "out"
        command = [sys.executable, "-m", "scrapy", "crawl", "matra", "-a", f"base_url={replica.base_url}",
                   "-s", f"OUTPUT_DIR={output}", "-s", f"STATE_DIR={workdir / 'state'}",
                   "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]
        for name, value in FAST.items():
            if name != "CONCURRENT_REQUESTS_PER_DOMAIN":
                command += ["-s", f"{name}={value}"]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.time() + 60
        while len(article_requests(replica)) < total // 3 and time.time() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert list(output.glob("matra/*.jsonl")) == []          # never a half feed
        assert list(output.glob("matra/*.jsonl.part"))           # what it was writing
        replica.clear_faults()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr[-2000:]
    import json
    feeds = sorted(output.glob("matra/*.jsonl"))
    urls = [json.loads(line)["url"] for feed in feeds for line in feed.read_text().splitlines()]
    assert len(urls) == len(set(urls)) == total
