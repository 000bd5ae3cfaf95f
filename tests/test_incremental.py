"""Nightly runs are incremental: the state (SQLite) remembers what was
exported, discovery skips the known, and only new or changed articles are
exported again. Request counts come from the replica server's own log."""
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from tests.crawling import FAST, ROOT, crawl
from tests.replica import matra
from tests.replica.server import Replica, Response


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


def old_slug_redirect(old_path: str, new_path: str, new_site=None):
    """WordPress's answer to a post's old URL: 301 to the new one (and, for
    a site still listing the old URL, the new page served from `new_site`)."""
    def fault(method, path, headers):
        if path == old_path:
            return Response.redirect(new_path)
        if new_site is not None and path == new_path:
            return new_site(path)
        return None
    return fault


def test_an_article_whose_slug_changed_is_not_exported_again(tmp_path):
    """The editor fixes a slug: same post ID, new URL. It is the same
    article, so nothing is exported; the edit that follows is version 2."""
    articles = list(matra.ARTICLES)
    with Replica(matra.build_site(articles)) as replica:
        first = crawl("matra", replica.base_url, tmp_path)
        old = next(i for i in first.items if i["url"].endswith(f"/{articles[3]['slug']}/"))
        moved = matra.renamed(articles[3], articles[3]["slug"] + "-diperbaiki")
        replica.replace_route(matra.build_site([*articles[:3], moved, *articles[4:]]))
        replica.add_fault(old_slug_redirect(matra.article_path(articles[3]), matra.article_path(moved)))
        replica.clear_log()
        second = crawl("matra", replica.base_url, tmp_path)
        assert article_requests(replica) == [matra.article_path(moved)]
        fixed = matra.edited(moved)   # saved again, 30 s after the rename (not in its second)
        fixed["modified_at"] = (datetime.fromisoformat(moved["modified_at"]) + timedelta(seconds=30)).isoformat()
        replica.replace_route(matra.build_site([*articles[:3], fixed, *articles[4:]]))
        third = crawl("matra", replica.base_url, tmp_path)
    assert second.returncode == 0 and second.items == []
    assert second.stats["state/moved"] == 1 and second.stats["state/unchanged"] == 1
    assert f"Article moved: {old['url'].rstrip('/')} is now" in second.log   # canonical URLs
    (update,) = third.items
    assert update["url"].endswith(f"/{moved['slug']}/")
    assert (update["version"], update["previous_sha256"]) == (2, old["content_sha256"])


def test_an_article_found_under_a_url_that_redirects_is_exported_under_where_it_landed(tmp_path):
    articles = list(matra.ARTICLES)
    moved = matra.renamed(articles[5], articles[5]["slug"] + "-baru")
    new_site = matra.build_site([*articles[:5], moved, *articles[6:]])
    # Discovery (the REST API) still shows the old URL; the site answers it with a 301.
    with Replica(matra.build_site(articles)) as replica:
        new_site.bind(replica.base_url)
        replica.add_fault(old_slug_redirect(matra.article_path(articles[5]), matra.article_path(moved), new_site))
        run = crawl("matra", replica.base_url, tmp_path)
    urls = sorted(item["url"] for item in run.items)
    assert replica.base_url + matra.article_path(moved) in urls
    assert replica.base_url + matra.article_path(articles[5]) not in urls
    assert len(urls) == len(articles)


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
