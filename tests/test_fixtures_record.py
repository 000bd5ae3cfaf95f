"""`python -m matra_crawler fixtures record`: pages saved (a browser site's
as chromium rendered them), expected output shown as a diff and written only
with --accept."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from html import escape
from pathlib import Path

from tests.browser import needs_chromium
from tests.replica import jambione, matra
from tests.replica.server import Replica

ROOT = Path(__file__).resolve().parents[1]


def record(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "matra_crawler", "fixtures", "record", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_a_url_is_fetched_and_its_output_written_only_when_accepted(tmp_path):
    article = matra.ARTICLES[-1]
    with Replica(matra.build_site()) as replica:
        url = replica.base_url + matra.article_path(article)
        shown = record("--site", "matra", "--dir", str(tmp_path), url)
        assert shown.returncode == 1, shown.stderr
        assert f'+  title: {json.dumps(article["title"], ensure_ascii=False)}' in shown.stdout
        assert "nothing written" in shown.stdout and not list(tmp_path.glob("matra/*"))
        accepted = record("--site", "matra", "--dir", str(tmp_path), "--accept", url)
    assert accepted.returncode == 0, accepted.stderr
    folder = tmp_path / "matra"
    pages = [json.loads(line) for line in (folder / "pages.jsonl").read_text().splitlines()]
    assert [p["url"] for p in pages] == [url]
    assert b"<html" in gzip.decompress((folder / pages[0]["file"]).read_bytes())
    items = [json.loads(line) for line in (folder / "expected.jsonl").read_text().splitlines()]
    assert items[0]["title"] == article["title"] and items[0]["url"] == url
    # nothing changed: nothing to accept
    again = record("--site", "matra", "--dir", str(tmp_path))
    assert again.returncode == 0 and "unchanged" in again.stdout


def test_a_changed_expected_output_is_a_diff_and_never_overwritten(tmp_path):
    site = matra.build_site()
    site.bind("http://127.0.0.1:8000")
    article = matra.ARTICLES[-1]
    page = tmp_path / "page.html"
    page.write_bytes(site(matra.article_path(article)).body)
    assert record("--site", "matra", "--dir", str(tmp_path), "--accept", str(page)).returncode == 0
    expected = tmp_path / "matra" / "expected.jsonl"
    item = json.loads(expected.read_text())
    item["title"] = "A title reviewed long ago"
    expected.write_text(json.dumps(item) + "\n")
    shown = record("--site", "matra", "--dir", str(tmp_path))
    assert shown.returncode == 1
    assert '-  title: "A title reviewed long ago"' in shown.stdout
    assert json.loads(expected.read_text())["title"] == "A title reviewed long ago"   # untouched


def test_bad_input_is_one_line_and_an_error(tmp_path):
    missing = record("--site", "matra", "--dir", str(tmp_path), str(tmp_path / "nope.html"))
    assert missing.returncode != 0 and missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><p>x</p></body></html>")
    no_url = record("--site", "matra", "--dir", str(tmp_path), str(bare))
    assert no_url.returncode != 0 and "=URL" in no_url.stderr and "Traceback" not in no_url.stderr
    unknown = record("--site", "nosuchsite", "--dir", str(tmp_path), str(bare))
    assert unknown.returncode == 2 and "no such site" in unknown.stderr


# ------------------------------------------- a site read through the browser --
browser_only = needs_chromium("record a page rendered by the browser")
NO_BROWSER = '{"executable_path": "/nonexistent/chromium", "headless": true}'


@browser_only
def test_a_render_sites_url_is_saved_as_the_browser_rendered_it(tmp_path):
    """jambione's raw page is a challenge, then a shell without the story:
    what is saved is the DOM chromium built once past the challenge."""
    article = jambione.find("subheading_h2")
    with jambione.build_replica() as replica:
        url = replica.base_url + jambione.article_path(article)
        recorded = record("--site", "jambione", "--dir", str(tmp_path), "--accept", url)
        site = replica.route
        raw = site(jambione.article_path(article)).body.decode()
    assert recorded.returncode == 0, recorded.stderr
    assert site.gate_log[:1] == [(jambione.article_path(article), False)]   # met the challenge...
    assert (jambione.article_path(article), True) in site.gate_log           # ...and passed it
    folder = tmp_path / "jambione"
    page, = [json.loads(line) for line in (folder / "pages.jsonl").read_text().splitlines()]
    saved = gzip.decompress((folder / page["file"]).read_bytes()).decode()
    for paragraph in article["body_paragraphs"]:
        assert escape(paragraph, quote=False) in saved and paragraph not in raw
    item, = [json.loads(line) for line in (folder / "expected.jsonl").read_text().splitlines()]
    assert item["body"] == "\n\n".join(article["body_paragraphs"]) and item["url"] == url


def test_a_browser_that_does_not_start_is_one_line(tmp_path):
    with jambione.build_replica() as replica:
        url = replica.base_url + jambione.article_path(jambione.ARTICLES[0])
        failed = record("--site", "jambione", "--dir", str(tmp_path), "--accept",
                        "--set", f"PLAYWRIGHT_LAUNCH_OPTIONS={NO_BROWSER}", url)
    assert failed.returncode == 2 and failed.stderr.strip().count("\n") == 0
    assert "the browser did not start" in failed.stderr and "/nonexistent/chromium" in failed.stderr
    assert not list(tmp_path.glob("jambione/*"))


@browser_only
def test_a_page_that_never_renders_is_one_line(tmp_path):
    with jambione.build_replica() as replica:
        replica.route.clearance = "never"   # the challenge reloads for ever
        url = replica.base_url + jambione.article_path(jambione.ARTICLES[0])
        failed = record("--site", "jambione", "--dir", str(tmp_path), "--accept",
                        "--set", "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT=2000", url)
    assert failed.returncode == 2 and failed.stderr.strip().count("\n") == 0
    assert f"{url}: the page did not render within 2 s (no footer.footer" in failed.stderr
    assert not list(tmp_path.glob("jambione/*"))
