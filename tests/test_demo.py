"""`make demo`: the real nightly run against the bundled Matra replica,
run as a newcomer runs it (a subprocess of the demo's entry point)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.crawling import ROOT
from tests.replica import matra

EXTRA_ARTICLES = 3


def run_demo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.replica.demo", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "demo"
    first = run_demo("--articles", str(EXTRA_ARTICLES), "--output-dir", str(out))
    first_manifests = sorted((out / "runs").glob("*.json"))
    again = run_demo("--articles", str(EXTRA_ARTICLES), "--output-dir", str(out))
    return out, (first, first_manifests), again


def test_the_demo_runs_the_nightly_and_leaves_feed_manifest_report_and_wacz(demo):
    """What the second demo left (the first's is checked to be gone below)."""
    out, _, done = demo
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    (manifest_path,) = (out / "runs").glob("*.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    entry = manifest["sites"]["matra"]
    expected = len(matra.ARTICLES) + EXTRA_ARTICLES
    assert manifest["status"] == "ok" and entry["new"] == expected
    assert entry["args"]["base_url"].startswith("http://127.0.0.1:")
    feed = Path(entry["feed"])
    assert feed.parent == out / "matra"
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert len(items) == expected and all(item["site"] == "matra" for item in items)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "matra" in report and manifest["run_id"] in report
    wacz = out / "archive" / f"{manifest['run_id']}.wacz"
    assert "datapackage.json" in zipfile.ZipFile(wacz).namelist()
    assert (out / "state").is_dir()   # its own state, not the live site's
    # It says where each of them is.
    for path in (feed, manifest_path, out / "report.html", wacz):
        assert str(path.relative_to(out.parent)) in done.stdout.replace(str(out.parent) + "/", "")


def test_a_second_demo_starts_afresh(demo):
    """The demo's folder is its own: emptied, so the run finds every article new again."""
    out, (first, first_manifests), again = demo
    assert first.returncode == 0 and again.returncode == 0, first.stderr[-2000:] + again.stderr[-2000:]
    assert len(first_manifests) == 1 and not first_manifests[0].exists()
    (manifest_path,) = (out / "runs").glob("*.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["sites"]["matra"]["new"] == len(matra.ARTICLES) + EXTRA_ARTICLES


def test_the_demo_never_empties_a_folder_it_did_not_make(tmp_path):
    keep = tmp_path / "notes.txt"
    keep.write_text("mine", encoding="utf-8")
    done = run_demo("--output-dir", str(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "--output-dir" in line and str(tmp_path) in line
    assert keep.read_text(encoding="utf-8") == "mine"


def test_a_wrong_article_count_is_one_line(tmp_path):
    done = run_demo("--articles", "many", "--output-dir", str(tmp_path / "demo"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "'many'" in line
