"""Archive capture end to end: replica crawls (subprocesses) write WARC
files beside their feeds; every item links to the records it came from;
a re-run writes revisits; `extract --warc` gives the crawl's items back;
the nightly's WACZ validates and replays in pywb."""
from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from matra_crawler.warc import (DIGEST_INDEX, DigestIndex, consistent_headers, link_filename, navigation_roles,
                                payload_digest, revisit_root, warc_name)
from tests.crawling import ROOT, crawl, crawl_to_output, exported
from tests.replica import matra, tribunjambi
from tests.replica.wordpress import page_starts
from tests.replica.wordpress_sites import JAMBISERU as jambiseru
from tests.replica.server import Replica
from tests.test_nightly import manifests, run_nightly


def crawl_into(workdir: Path, spider: str, base_url: str, *args: str):
    """A crawl whose OUTPUT_DIR is its workdir (the feed and its WARC beside it)."""
    return crawl(spider, base_url, workdir, *args, settings={"OUTPUT_DIR": str(workdir)})


def read_record(path: Path, offset: int, length: int):
    """The one record in the `length` bytes at `offset`: (its type, headers,
    payload as received). Reading just those bytes proves the link exact."""
    with path.open("rb") as stream:
        stream.seek(offset)
        member = stream.read(length)
    assert gzip.decompress(member)   # a whole gzip member, nothing cut
    (record,) = [(r.rec_type, r.rec_headers, r.raw_stream.read())
                 for r in ArchiveIterator(io.BytesIO(member))]
    return record


def check_link(link: dict, output_dir: Path, target_uri: str, record_type: str = "response") -> None:
    path = output_dir / link["filename"]
    assert path.exists() and not path.name.endswith(".part")
    kind, headers, payload = read_record(path, link["offset"], link["length"])
    assert kind == record_type
    assert headers.get_header("WARC-Target-URI") == target_uri
    assert headers.get_header("WARC-Record-ID") == link["record_id"]
    assert headers.get_header("WARC-Payload-Digest") == link["payload_digest"] == payload_digest(payload)
    if record_type == "response":
        assert headers.get_header("WARC-IP-Address") == "127.0.0.1"


def all_of(headers, name: str) -> list[str]:
    """Every value of a repeatable WARC header, in order."""
    return [value for key, value in headers.headers if key.lower() == name.lower()]


def records(path: Path) -> list:
    with path.open("rb") as stream:
        return [(r.rec_type, r.rec_headers) for r in ArchiveIterator(stream)]


def extract_warc(path: Path, output_dir: Path) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "extract", "--warc", str(path),
                           "--output-dir", str(output_dir)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def assert_same_items(extracted: list[dict], crawled: list[dict]) -> None:
    """Field for field, each article once."""
    by_url = {item["url"]: item for item in extracted}
    assert sorted(by_url) == sorted(item["url"] for item in crawled)
    for item in crawled:
        differing = {name: (by_url[item["url"]].get(name), value) for name, value in item.items()
                     if by_url[item["url"]].get(name) != value}
        assert differing == {}, item["url"]


# ------------------------------------------------------------- one crawl --
@pytest.fixture(scope="module")
def matra_crawl(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("matra")
    with Replica(matra.build_site()) as replica:
        result = crawl_into(workdir, "matra", replica.base_url)
    assert result.returncode == 0, result.log[-3000:]
    return workdir, result


def test_every_item_links_to_its_response_record(matra_crawl):
    workdir, result = matra_crawl
    assert len(result.items) == len(matra.ARTICLES)
    for item in result.items:
        (link,) = item["warc"]
        assert link["filename"] == "feed.warc.gz"
        check_link(link, workdir, item["url"])


def test_every_response_is_archived_with_its_request(matra_crawl):
    """robots.txt, the REST page and each article: one response and one
    request record each, nothing left as .part."""
    workdir, result = matra_crawl
    kinds = [kind for kind, _ in records(workdir / "feed.warc.gz")]
    responses = result.stats["downloader/response_count"]
    assert kinds[0] == "warcinfo"
    assert kinds.count("response") == kinds.count("request") == responses == 2 + len(matra.ARTICLES)
    assert kinds.count("metadata") == len(matra.ARTICLES)
    uris = {h.get_header("WARC-Target-URI") for kind, h in records(workdir / "feed.warc.gz")
            if kind == "response"}
    assert any(uri.endswith("/robots.txt") for uri in uris) and any("/wp-json/" in uri for uri in uris)
    assert not list(workdir.glob("*.part"))


def test_extract_from_the_warc_equals_the_crawl(matra_crawl):
    workdir, result = matra_crawl
    again = extract_warc(workdir / "feed.warc.gz", workdir)
    assert_same_items(again, result.items)


@pytest.mark.parametrize("keep", [0.99, 0.5, 0.02])
def test_extract_from_a_warc_cut_short_says_so(matra_crawl, tmp_path, keep):
    """A WARC copied in part (a full disk, a transfer cut off): warcio reads
    it as if it ended at the last whole record. extract gives the articles
    before the cut, a warc_cut_short line, and exit 1, however the cut
    falls (inside a payload, a header, between gzip members)."""
    workdir, result = matra_crawl
    whole = (workdir / "feed.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:int(len(whole) * keep)])
    done = subprocess.run([sys.executable, "-m", "matra_crawler", "extract", "--warc", str(cut),
                           "--output-dir", str(workdir)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert lines[-1]["error"].startswith("warc_cut_short: ")
    articles = [line for line in lines if "error" not in line]
    assert len(articles) < len(result.items) and (keep < 0.5 or articles)


@pytest.mark.parametrize("into_second", [0, 5, 40, 150, 300])
@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
def test_warc_pages_tells_where_a_file_ends_inside_a_record(tmp_path, gzipped, into_second):
    """Cut inside the second record's header or payload (or right at its
    start: whole records only, nothing to say)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from matra_crawler.cli import warc_pages

    buffer, starts = io.BytesIO(), []
    writer = WARCWriter(buffer, gzip=gzipped)
    for n in range(3):
        starts.append(buffer.tell())
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://m.net/{n}/", "response", http_headers=http,
                                                      payload=io.BytesIO(os.urandom(3000))))
    path = tmp_path / "cut.warc"
    path.write_bytes(buffer.getvalue()[:starts[1] + into_second])
    assert (warc_pages(path)[1] is None) == (into_second == 0)


# --------------------------------------------- split pages, fetch queries --
def test_an_article_over_pages_links_every_page_in_order(tmp_path):
    with Replica(jambiseru.build_site()) as replica:
        result = crawl_into(tmp_path, "jambiseru", replica.base_url)
    assert result.returncode == 0, result.log[-3000:]
    split = [a for a in jambiseru.site_articles() if len(page_starts(a)) > 1]
    items = {item["url"]: item for item in result.items}
    for article in split:
        pages = [replica.base_url + path for path in jambiseru.page_paths(article)]
        item = items[pages[0]]
        assert len(item["warc"]) == len(pages) > 1
        for link, page in zip(item["warc"], pages):
            check_link(link, tmp_path, page)
    # Re-extracted from the WARC, the pages join into the same items.
    again = extract_warc(tmp_path / "feed.warc.gz", tmp_path)
    assert_same_items(again, result.items)


def test_a_fetch_query_site_links_the_url_it_fetched(tmp_path):
    """tribunjambi's articles are fetched whole with ?page=all: the record
    is of that URL (what the server answered), the item keeps the article's."""
    with Replica(tribunjambi.build_site()) as replica:
        result = crawl_into(tmp_path, "tribunjambi", replica.base_url, "-a", "since=2020-01-01")
    assert result.returncode == 0 and result.items, result.log[-3000:]
    for item in result.items:
        (link,) = item["warc"]
        check_link(link, tmp_path, item["url"] + "?page=all")


def test_a_browser_rendered_page_is_archived_as_a_resource_record(tmp_path):
    """jambione renders in chromium: what the spider read is the DOM the
    browser serialized, archived as a resource record of the page's URL;
    beside it, tied to it both ways by WARC-Concurrent-To, what the server
    sent for the page: the bot check the browser passed (interstitial) and
    the page's own HTML (final)."""
    from tests.test_site_jambione import CHROMIUM, jambione
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing")
    # The challenge waits long enough for the browser to hand over its body.
    with jambione.build_replica(challenge_delay_ms=1500) as replica:
        result = crawl_into(tmp_path, "jambione", replica.base_url)
        first_page = replica.base_url + jambione.LISTING_PATH
    assert result.returncode == 0 and result.items, result.log[-3000:]
    assert result.stats["warc/resource"] >= len(result.items)
    captured = {h.get_header("WARC-Record-ID"): (kind, h) for kind, h in records(tmp_path / "feed.warc.gz")}
    for item in result.items:
        (link,) = item["warc"]
        check_link(link, tmp_path, item["url"], record_type="resource")
        kind, headers, payload = read_record(tmp_path / link["filename"], link["offset"], link["length"])
        assert item["title"] in payload.decode("utf-8")
        (sent,) = all_of(headers, "WARC-Concurrent-To")   # past the bot check: the page only
        kind, raw = captured[sent]
        assert (kind, raw.get_header("WARC-Target-URI")) == ("response", item["url"])
        assert raw.get_header("WARC-Browser-Navigation") == "final"
        assert raw.get_header("WARC-Concurrent-To") == link["record_id"]
    # The first page met the bot check: both documents kept, in order.
    (rendered,) = [h for kind, h in captured.values()
                   if kind == "resource" and h.get_header("WARC-Target-URI") == first_page]
    sent = [captured[record_id][1] for record_id in all_of(rendered, "WARC-Concurrent-To")]
    assert [h.get_header("WARC-Browser-Navigation") for h in sent] == ["interstitial", "final"]
    with (tmp_path / "feed.warc.gz").open("rb") as stream:
        by_id = {r.rec_headers.get_header("WARC-Record-ID"): (r.http_headers, r.content_stream().read())
                 for r in ArchiveIterator(stream) if r.rec_type == "response"}
    (check, check_body), (page, page_body) = [by_id[h.get_header("WARC-Record-ID")] for h in sent]
    assert check.get_statuscode() == "403" and check.get_header("cf-mitigated") == "challenge"
    assert b"Just a moment..." in check_body
    assert page.get_statuscode() == "200" and b"footer" in page_body
    for headers, body in ((check, check_body), (page, page_body)):   # decoded body, headers to match
        assert headers.get_header("Content-Encoding") is None
        assert headers.get_header("Content-Length") == str(len(body))
    for h in sent:
        assert h.get_header("WARC-Payload-Digest") == payload_digest(by_id[h.get_header("WARC-Record-ID")][1])
        assert h.get_header("WARC-IP-Address") == "127.0.0.1"


@pytest.mark.parametrize("statuses, roles", [
    ([200], ["final"]),
    ([403, 200], ["interstitial", "final"]),
    ([301, 200], ["redirect", "final"]),
    ([301, 503, 200], ["redirect", "interstitial", "final"]),
    ([403], ["final"]),           # the browser stayed on the bot check: that is the page
    ([], []),
])
def test_navigation_roles(statuses, roles):
    assert navigation_roles(statuses) == roles


@pytest.mark.parametrize("given, length, kept", [
    ([("Content-Type", "text/html")], 5, [("Content-Type", "text/html"), ("Content-Length", "5")]),
    ([("content-encoding", "br"), ("Content-Length", "40"), ("Vary", "Accept-Encoding")], 120,
     [("Vary", "Accept-Encoding"), ("Content-Length", "120")]),
    ([("Transfer-Encoding", "chunked"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")], 0,
     [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Content-Length", "0")]),
])
def test_headers_of_a_decoded_body_match_it(given, length, kept):
    assert consistent_headers(given, length) == kept


# -------------------------------------------------------------- revisits --
def test_a_rerun_writes_revisits_and_links_the_first_capture(tmp_path):
    with Replica(matra.build_site()) as replica:
        first = crawl_into(tmp_path, "matra", replica.base_url)
        # The articles' state forgotten, the capture index kept: every
        # article is fetched and exported again, its payload unchanged.
        (tmp_path / "state" / "state.sqlite3").unlink()
        assert (tmp_path / "state" / DIGEST_INDEX).exists()
        second = crawl_into(tmp_path, "matra", replica.base_url)
    assert first.returncode == second.returncode == 0, second.log[-3000:]
    links = {item["url"]: item["warc"] for item in first.items}
    assert {item["url"]: item["warc"] for item in second.items} == links
    for item in second.items:
        check_link(item["warc"][0], tmp_path, item["url"])
    # The WARC was extended, not replaced: the first run's records stand where they were.
    captured = records(tmp_path / "feed.warc.gz")
    revisits = {h.get_header("WARC-Target-URI"): h for kind, h in captured if kind == "revisit"}
    for url, (link,) in links.items():
        assert sum(1 for kind, h in captured
                   if kind == "response" and h.get_header("WARC-Target-URI") == url) == 1
        revisit = revisits[url]
        assert revisit.get_header("WARC-Profile").endswith("/identical-payload-digest")
        assert revisit.get_header("WARC-Refers-To") == link["record_id"]
        assert revisit.get_header("WARC-Refers-To-Target-URI") == url
        assert revisit.get_header("WARC-Payload-Digest") == link["payload_digest"]
    assert second.stats["warc/revisit"] >= len(matra.ARTICLES) + 1   # robots.txt too
    assert "warc/response" not in second.stats or second.stats["warc/response"] <= 1  # the REST page


URL, MIRROR = "https://medialintassumatera.net/a/", "http://127.0.0.1:8001/a/"


@pytest.mark.parametrize("case, asked, where, committed, found", [
    ("the same URL, a stored WARC under OUTPUT_DIR", URL, "out", True, True),
    ("the same URL, this crawl's own record (not yet stored)", URL, "out", False, True),
    ("another origin's URL, the same payload", MIRROR, "out", True, False),
    ("a stored WARC outside OUTPUT_DIR", URL, "elsewhere", True, False),
    ("a WARC deleted since", URL, "deleted", True, False),
])
def test_the_digest_index_refers_only_to_the_same_url_in_this_output(tmp_path, case, asked, where, committed,
                                                                    found):
    out = tmp_path / "out"
    warc = (out if where != "elsewhere" else tmp_path / "elsewhere") / "matra" / "run.warc.gz"
    warc.parent.mkdir(parents=True)
    warc.write_bytes(b"stored")
    entry = {"path": str(warc), "offset": 0, "length": 6, "record_id": "<urn:uuid:1>", "date": "2026-12-01"}
    index = DigestIndex(tmp_path / "state" / DIGEST_INDEX, out)
    index.add(URL, "sha1:SAME", entry)
    if not committed:
        assert (index.lookup(asked, "sha1:SAME") is not None) == found, case
        return
    index.commit()
    index.close()
    if where == "deleted":
        warc.unlink()
    later = DigestIndex(tmp_path / "state" / DIGEST_INDEX, out)   # the next crawl
    assert (later.lookup(asked, "sha1:SAME") == entry if found else later.lookup(asked, "sha1:SAME") is None), case
    assert later.lookup(URL, "sha1:OTHER") is None


def test_a_crawl_that_dies_leaves_its_digests_unremembered(tmp_path):
    """Rows wait outside the shared index until commit: a crawl that never
    stores its WARC (killed) leaves nothing a later revisit could name."""
    out = tmp_path / "out"
    index = DigestIndex(tmp_path / "state" / DIGEST_INDEX, out)
    index.add(URL, "sha1:SAME", {"path": str(out / "run.warc.gz"), "offset": 0, "length": 6,
                                 "record_id": "<urn:uuid:1>", "date": "2026-12-01"})
    assert DigestIndex(tmp_path / "state" / DIGEST_INDEX, out).lookup(URL, "sha1:SAME") is None
    index.close()


@pytest.mark.parametrize("feed, root", [
    ("out/matra/run.jsonl", "out"),      # the nightly's layout
    ("elsewhere/feed.jsonl", "elsewhere"),   # -O a feed outside OUTPUT_DIR
])
def test_revisit_root(tmp_path, feed, root):
    assert revisit_root(tmp_path / feed, tmp_path / "out") == (tmp_path / root).resolve()


def test_mirrors_sharing_a_state_never_revisit_each_other(tmp_path):
    """Two origins of one site, one STATE_DIR and OUTPUT_DIR: the second
    mirror's robots.txt has the first's bytes, yet is its own response
    record; every item links into its own run's WARC."""
    def site():
        return matra.build_site(disable=("sitemap",))   # robots.txt then names no host
    with Replica(site()) as first, Replica(site()) as second:
        runs = [crawl_to_output("matra", replica.base_url, tmp_path) for replica in (first, second)]
        bases = [first.base_url, second.base_url]
    assert [run.returncode for run in runs] == [0, 0], runs[1].log[-3000:]
    assert "warc/revisit" not in runs[1].stats
    for base, run in zip(bases, runs):
        (own,) = run.stats["warc/files"]
        items = [item for item in exported(tmp_path) if item["url"].startswith(base + "/")]
        assert len(items) == len(matra.ARTICLES)
        for item in items:
            (link,) = item["warc"]
            assert (tmp_path / "out" / link["filename"]).resolve() == Path(own).resolve()
            check_link(link, tmp_path / "out", item["url"])


def test_without_a_state_dir_nothing_is_remembered(tmp_path):
    """-s STATE_DIR= : capture works, no digest index is written anywhere,
    and a second run writes whole responses again (no revisit)."""
    with Replica(matra.build_site()) as replica:
        runs = [crawl_to_output("matra", replica.base_url, tmp_path, settings={"STATE_DIR": ""})
                for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[1].log[-3000:]
    assert "warc/revisit" not in runs[1].stats
    assert runs[1].stats["warc/response"] == runs[0].stats["warc/response"]
    assert not list(tmp_path.rglob(DIGEST_INDEX)) and not (ROOT / DIGEST_INDEX).exists()
    items = exported(tmp_path)
    assert len(items) == 2 * len(matra.ARTICLES)
    for item in items:
        check_link(item["warc"][0], tmp_path / "out", item["url"])


# ------------------------------------------------------------------ kills --
def test_a_killed_crawl_leaves_a_part_warc_that_no_feed_names(tmp_path):
    """SIGKILL mid-fetch: the WARC stays .part, no feed is stored; the next
    run stores both, and its items link only to stored WARCs."""
    command = [sys.executable, "-m", "scrapy", "crawl", "matra", "-O", str(tmp_path / "feed.jsonl"),
               "-s", f"STATE_DIR={tmp_path / 'state'}", "-s", f"OUTPUT_DIR={tmp_path}",
               "-s", "CONCURRENT_REQUESTS=1", "-s", "DOWNLOAD_DELAY=0.5",
               "-s", "AUTOTHROTTLE_ENABLED=False"]
    with Replica(matra.build_site()) as replica:
        crawler = subprocess.Popen(command + ["-a", f"base_url={replica.base_url}"], cwd=ROOT,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while sum(1 for r in replica.requests() if r.path.startswith("/20")) < 3:
                assert time.monotonic() < deadline and crawler.poll() is None
                time.sleep(0.05)
        finally:
            crawler.kill()
            crawler.wait()
        assert (tmp_path / "feed.warc.gz.part").exists()
        assert not (tmp_path / "feed.jsonl").exists() and not (tmp_path / "feed.warc.gz").exists()
        again = crawl_into(tmp_path, "matra", replica.base_url)
    assert again.returncode == 0 and len(again.items) == len(matra.ARTICLES), again.log[-3000:]
    for item in again.items:
        check_link(item["warc"][0], tmp_path, item["url"])


# ------------------------------------------------------ WACZ and replay --
@pytest.fixture(scope="module")
def nightly_wacz(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nightly")
    with Replica(matra.build_site()) as replica:
        done = run_nightly(tmp, "--sites", "matra", "--base-url", f"matra={replica.base_url}")
    assert done.returncode == 0, done.stderr
    (manifest,) = manifests(tmp)
    return tmp, manifest


def test_the_nightly_packages_its_run_as_a_valid_wacz(nightly_wacz):
    tmp, manifest = nightly_wacz
    wacz = tmp / "out" / "archive" / f"{manifest['run_id']}.wacz"
    assert manifest["wacz"] == str(wacz)
    done = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    feed = Path(manifest["sites"]["matra"]["feed"])
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    import zipfile
    with zipfile.ZipFile(wacz) as package:
        names = package.namelist()
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").decode().splitlines()[1:]]
    assert f"archive/matra-{warc_name(feed).name}" in names
    assert any(name.startswith("indexes/") for name in names) and "datapackage-digest.json" in names
    assert sorted((p["url"], p["title"]) for p in pages) == sorted((i["url"], i["title"]) for i in items)
    assert items[0]["warc"][0]["filename"] == link_filename(warc_name(feed), tmp / "out")


def test_a_broken_wacz_fails_validation(nightly_wacz, tmp_path):
    """The validation above can fail: one byte of a packaged WARC changed."""
    tmp, manifest = nightly_wacz
    import zipfile
    source = tmp / "out" / "archive" / f"{manifest['run_id']}.wacz"
    broken = tmp_path / "broken.wacz"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.startswith("archive/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            new.writestr(info, data)
    done = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(broken)],
                          capture_output=True, text=True)
    assert done.returncode != 0


REPLAY_VENV = ROOT / ".venv-replay"


def replay_tools() -> Path:
    """pywb's venv (make replay), installed on first use. Outside CI a
    machine that cannot install it skips the replay test; CI must have it."""
    wayback = REPLAY_VENV / "bin" / "wayback"
    # Made, or made again when its scripts do not run (a venv moved here).
    subprocess.run(["make", "--no-print-directory", "replay"], cwd=ROOT, capture_output=True)
    if not wayback.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("pywb could not be installed (make replay)")
        pytest.skip("pywb could not be installed (make replay); the replay test runs in CI")
    return REPLAY_VENV / "bin"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_wacz_replays_in_pywb(nightly_wacz, tmp_path):
    tmp, manifest = nightly_wacz
    tools = replay_tools()
    wacz = tmp / "out" / "archive" / f"{manifest['run_id']}.wacz"
    item = json.loads(Path(manifest["sites"]["matra"]["feed"]).read_text(encoding="utf-8").splitlines()[0])
    for step in (["wb-manager", "init", "news"], ["wb-manager", "add", "--unpack-wacz", "news", str(wacz)]):
        done = subprocess.run([str(tools / step[0]), *step[1:]], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    port = free_port()
    server = subprocess.Popen([str(tools / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        stamp = item["crawled_at"][:19].replace("-", "").replace("T", "").replace(":", "")
        url = f"http://127.0.0.1:{port}/news/{stamp}id_/{item['url']}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as answer:
                    body = answer.read()
                    if answer.headers.get("Content-Encoding") == "gzip":
                        body = gzip.decompress(body)
                    break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "pywb did not answer"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=10)
    page = body.decode("utf-8")
    assert item["title"] in page
