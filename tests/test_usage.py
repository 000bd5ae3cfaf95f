"""Every wrong usage of every entry point, as a user types it: one line that
names the offending value, a non-zero exit, no traceback, and nothing done
(no request to the replica the command points at, no feed, no state).

Each case runs as a subprocess: `python -m scrapy crawl ...` from the
repository root (the project's crawl command), `python -m matra_crawler
extract ...` and `... nightly ...`. "{replica}" in a case is the base URL of
a replica that logs every request it answers; "{page}" a saved article page;
"{registry}" a WordPress registry with a comma too many on its line 3.
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.crawling import FAST, ROOT
from tests.replica import matra
from tests.replica.server import Replica

EXIT_USAGE = 2

# (the words after `scrapy crawl`, what the error line must name)
CRAWL = [
    # Sent elsewhere, a feed is never read back: each run would send its items again.
    (["matra", "-o", "-:jsonl"], "feed stdout:"),
    (["matra", "-O", "s3://bucket/matra.jsonl"], "feed s3://bucket/matra.jsonl"),
    (["matra", "-a", "since=yesterday"], "since=yesterday"),
    (["matra", "-a", "until=2024-02-30"], "until=2024-02-30"),
    (["matra", "-a", "since=2024-06-30", "-a", "until=2024-01-01"], "since=2024-06-30"),
    (["matra", "-a", "max_articles=abc"], "max_articles=abc"),
    (["matra", "-a", "max_articles=0"], "max_articles=0"),
    (["matra", "-a", "max_articles=-3"], "max_articles=-3"),
    (["matra", "-a", "base_url=notaurl"], "base_url=notaurl"),
    (["matra", "-a", "base_url=file:///etc/passwd"], "base_url=file:///etc/passwd"),
    (["matra", "-a", "base_url=ftp://127.0.0.1/"], "base_url=ftp://127.0.0.1/"),
    (["matra", "-a", "base_url=http://"], "base_url=http://"),
    (["matra", "-a", "base_url=http://127.0.0.1:http/"], "base_url=http://127.0.0.1:http/"),
    (["matra", "-a", "max_article=3"], "did you mean 'max_articles'"),
    (["matra", "-a", "site=matra"], "-a site=matra"),             # only the wordpress spider takes site
    (["matra", "-a", "since"], "-a since"),                       # no =VALUE
    (["matra", "-L", "BOGUS"], "LOG_LEVEL BOGUS"),                # a traceback in Scrapy's logging setup
    (["matra", "-s", "DOWNLOAD_DELAY=abc"], "-s DOWNLOAD_DELAY=abc: expected a number"),  # a traceback at start
    (["matra", "-s", "AUTOTHROTTLE_ENABLED=maybe"], "AUTOTHROTTLE_ENABLED=maybe"),
    (["matra", "-s", "FEEDS=notjson"], "FEEDS=notjson"),
    (["matra", "-s", "DOWNLOAD_DELAY"], "-s DOWNLOAD_DELAY: expected -s NAME=VALUE"),
    # Tracebacks at the crawl's start (the state) or its end (the feed), exit 0 for the feed.
    (["matra", "-s", "STATE_DIR=/proc/no-such"], "STATE_DIR: cannot make the folder /proc/no-such"),
    (["matra", "-o", "/proc/no-such/feed.jsonl"], "feed /proc/no-such/feed.jsonl: cannot make the folder"),
    (["matra", "-s", "STATE_DIR={registry}/state"], "Not a directory"),   # under a file
    (["matra", "-O", "file:///proc/no-such/feed.jsonl"], "cannot make the folder /proc/no-such"),
    (["matr"], "did you mean 'matra'"),
    ([], "expected one spider name"),
    (["matra", "jambione"], "expected one spider name"),
    (["wordpress"], "needs -a site="),
    (["wordpress", "-a", "site=file://x"], "file://x"),
    (["wordpress", "-a", "site=file://example.com/"], "file://example.com/"),
    (["wordpress", "-a", "site=nosuchportal"], "nosuchportal"),
    (["wordpress", "-a", "site=example.com", "-a", "registry=no-such.csv"], "registry=no-such.csv"),
    (["wordpress", "-a", "site=example.com", "-a", "sitee=x"], "did you mean 'site'"),
    (["wordpress", "-a", "site=mirror", "-a", "registry={registry}"], "portals.csv:3: 6 cells"),
]

EXTRACT = [
    (["--site", "nosuch", "{page}", "--url", "https://example.com/a/"], "--site nosuch"),
    (["--site", "matr", "{page}", "--url", "https://example.com/a/"], "did you mean 'matra'"),
    (["--manifest", "no-such.jsonl"], "--manifest no-such.jsonl"),
    (["{page}"], "--url"),
    (["{page}", "--url", "file:///etc/passwd"], "--url file:///etc/passwd"),
    (["{page}", "--url", "notaurl"], "--url notaurl"),
    (["--manifest", "{page}", "{page}"], "--manifest"),
    ([], "FILE"),
    (["--bogus", "{page}"], "--bogus"),
    (["--warc"], "--warc"),
    (["--warc", "no-such.warc.gz"], "--warc no-such.warc.gz: no such file"),
    (["--warc", "{page}"], "not a WARC file"),
    (["--warc", "{wacz}"], "a WACZ (zip)"),
    (["--warc", "{wacz}", "{page}"], "--warc FILE takes no FILE"),
]

# (the words after `fixtures`, what the error line must name)
FIXTURES = [
    ([], "fixtures_command"),
    (["record"], "--site"),
    (["record", "--site", "matr"], "did you mean 'matra'"),
    (["record", "--site", "matra", "no-such.html"], "no-such.html: no such file"),
    (["record", "--site", "matra", "ftp://127.0.0.1/x"], "only http(s) URLs"),
    (["record", "--site", "matra", "{page}"], "rel=canonical"),
    (["record", "--site", "matra", "--dir", "/proc/no-such"], "--dir /proc/no-such"),
]

NIGHTLY = [
    (["--base-url", "matra=file:///etc/passwd"], "matra=file:///etc/passwd"),
    (["--base-url", "matra=notaurl"], "matra=notaurl"),
    (["--base-url", "matra=http://"], "matra=http://"),
    (["--base-url", "matra"], "'matra'"),
    (["--base-url", "matr={replica}"], "matr"),
    (["--sites", "matr", "--base-url", "matra={replica}"], "did you mean 'matra'"),
    (["--since", "yesterday", "--sites", "matra", "--base-url", "matra={replica}"], "'yesterday'"),
    (["--jobs", "abc", "--sites", "matra", "--base-url", "matra={replica}"], "'abc'"),
    (["--jobs", "0", "--sites", "matra", "--base-url", "matra={replica}"], "'0'"),
    (["--timeout", "-5", "--sites", "matra", "--base-url", "matra={replica}"], "'-5'"),
    (["--timeout", "soon", "--sites", "matra", "--base-url", "matra={replica}"], "'soon'"),
    (["--set", "NOVALUE", "--sites", "matra", "--base-url", "matra={replica}"], "'NOVALUE'"),
    (["--set", "STATE_DIR=/elsewhere", "--sites", "matra", "--base-url", "matra={replica}"], "STATE_DIR"),
    # Each crawl failed with "no stats file", the cause only in its log.
    (["--set", "DOWNLOAD_DELAY=abc", "--sites", "matra", "--base-url", "matra={replica}"],
     "--set DOWNLOAD_DELAY=abc: expected a number"),
    (["--registry", "no-such.csv", "--sites", "matra", "--base-url", "matra={replica}"], "no-such.csv"),
    (["--registry", "{registry}", "--sites", "matra", "--base-url", "matra={replica}"], "portals.csv:3: 6 cells"),
    (["--bogus"], "--bogus"),
]


@pytest.fixture
def registry(tmp_path) -> Path:
    path = tmp_path / "portals.csv"
    path.write_text("name,domain,source_name,enabled\n"
                    "mirror,mirror.example,Mirror,yes\n"
                    "other,other.example,Other, Inc.,yes,\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def replica():
    with Replica(matra.build_site()) as server:
        yield server


def run(words: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *words], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def fill(words: list[str], **values: str) -> list[str]:
    return [word.format(**values) for word in words]


def crawl_words(words: list[str], tmp: Path, base_url: str) -> list[str]:
    """`scrapy crawl` as a user would type it, pointed at the replica (unless
    the case is about base_url) with its feed and state in tmp."""
    command = ["-m", "scrapy", "crawl", *words]
    if not {"-o", "-O"} & set(words):
        command += ["-O", str(tmp / "feed.jsonl")]
    if not any(word.startswith("STATE_DIR=") for word in words):
        command += ["-s", f"STATE_DIR={tmp / 'state'}"]
    if not any(word.startswith("base_url=") for word in words):
        command += ["-a", f"base_url={base_url}"]
    for name, value in FAST.items():
        if not any(word.startswith(f"{name}=") or word == name for word in words):   # the case's own value
            command += ["-s", f"{name}={value}"]
    return command


def assert_refused(done: subprocess.CompletedProcess, named: str, replica: Replica) -> None:
    output = done.stdout + done.stderr
    assert done.returncode == EXIT_USAGE, output
    assert "Traceback" not in output
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert named in lines[0]
    assert replica.requests() == []


@pytest.mark.parametrize("words,named", CRAWL, ids=lambda case: " ".join(case) if isinstance(case, list) else None)
def test_a_wrong_crawl_is_one_line_before_any_request(tmp_path, replica, registry, words, named):
    replica.clear_log()
    done = run(crawl_words(fill(words, registry=str(registry)), tmp_path, replica.base_url), cwd=ROOT)
    assert_refused(done, named, replica)
    assert not (tmp_path / "feed.jsonl").exists() and not (tmp_path / "state").exists()


def test_a_good_crawl_is_seen_by_the_same_checks(tmp_path, replica):
    """The checks above can fail: the same command with good arguments
    crawls the replica and writes its feed."""
    replica.clear_log()
    done = run(crawl_words(["matra", "-a", "max_articles=1", "-a", "since=2020-01-01"],
                           tmp_path, replica.base_url), cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(replica.requests()) > 1
    assert len((tmp_path / "feed.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_feed_to_stdout_is_fine_without_the_state(tmp_path, replica):
    done = run(crawl_words(["matra", "-a", "max_articles=1", "-o", "-:jsonl", "-s", "STATE_DIR="],
                           tmp_path, replica.base_url), cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) == 1 and not (tmp_path / "state").exists()


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Banjir</title></head><body><article><h1>Banjir di Jambi</h1>"
                    "<p>Hujan deras sejak pagi membuat sungai meluap dan merendam rumah warga.</p>"
                    "</article></body></html>", encoding="utf-8")
    return path


@pytest.fixture
def wacz(tmp_path) -> Path:
    """A zip where a WARC is expected (the nightly's WACZ is one)."""
    path = tmp_path / "run.wacz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("datapackage.json", "{}")
    return path


@pytest.mark.parametrize("words,named", EXTRACT, ids=lambda case: " ".join(case) if isinstance(case, list) else None)
def test_a_wrong_extract_is_one_line(tmp_path, replica, page, wacz, words, named):
    replica.clear_log()
    done = run(["-m", "matra_crawler", "extract", *fill(words, page=str(page), wacz=str(wacz))], cwd=tmp_path)
    assert_refused(done, named, replica)


@pytest.mark.parametrize("words,named", FIXTURES, ids=lambda case: " ".join(case) if isinstance(case, list) else None)
def test_a_wrong_fixtures_record_is_one_line_and_writes_nothing(tmp_path, replica, page, words, named):
    replica.clear_log()
    done = run(["-m", "matra_crawler", "fixtures", *fill(words, page=str(page)),
                *(["--dir", str(tmp_path / "sites")] if "--dir" not in words else [])], cwd=tmp_path)
    assert_refused(done, named, replica)
    assert not (tmp_path / "sites").exists()


def test_a_missing_page_is_still_a_json_error_line(tmp_path):
    """Not a usage error: the item line says what happened to that page, as in a manifest."""
    done = run(["-m", "matra_crawler", "extract", "gone.html"], cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert json.loads(done.stdout) == {"url": (tmp_path / "gone.html").resolve().as_uri(),
                                       "error": "file_not_found"}


@pytest.mark.parametrize("words,named", NIGHTLY, ids=lambda case: " ".join(case) if isinstance(case, list) else None)
def test_a_wrong_nightly_is_one_line_before_anything_runs(tmp_path, replica, registry, words, named):
    replica.clear_log()
    done = run(["-m", "matra_crawler", "nightly", "--state-dir", str(tmp_path / "state"),
                "--output-dir", str(tmp_path / "out"),
                *fill(words, replica=replica.base_url, registry=str(registry))],
               cwd=tmp_path)
    assert_refused(done, named, replica)
    assert not (tmp_path / "state").exists() and not (tmp_path / "out").exists()
