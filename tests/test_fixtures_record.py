"""`python -m matra_crawler fixtures record`: pages saved, expected output
shown as a diff and written only with --accept."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from tests.replica import matra
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
