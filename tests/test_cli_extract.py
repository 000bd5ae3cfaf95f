"""`python -m matra_crawler extract` as a subprocess, on pages saved into tmp_path.

The pages are written for the test (WordPress/Yoast-style markup); none is a
capture of a live site.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matra_crawler.items import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://medialintassumatera.net"

PARAGRAPHS = [
    "(Matra, Jambi) – Para camat di Provinsi Jambi perlu menjaga netralitas secara konsisten menghadapi "
    "Pemilu Serentak 2024 agar tidak ada yang terjebak politik praktis.",
    "Harapan tersebut mengemuka pada Rapat Koordinasi Camat se-Provinsi Jambi di ruang pola kantor Gubernur "
    "Jambi, Kota Jambi, Kamis (28/12/2023).",
    "Jangan Remeh",
    "Seluruh personil pengamanan pemilu di Jambi harus mempersiapkan diri dan memiliki taktik cara bertindak "
    "yang tepat menghadapi situasi yang berkembang. (Matra/AdeSM).",
]


def saved_page(title: str, published: str) -> str:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": title, "datePublished": published,
         "author": {"@type": "Person", "name": "admin"}}]}
    body = "".join(f"<h3>{p}</h3>" if len(p) < 20 else f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='id-ID'><head><title>{title} – Media Lintas Sumatera</title>"
            f"<meta property='og:site_name' content='Media Lintas Sumatera'>"
            f"<script type='application/ld+json'>{json.dumps(graph)}</script></head><body>"
            f"<article><header class='entry-header'><h1 class='entry-title'>{title}</h1></header>"
            f"<div class='entry-content'>{body}<div id='respond' class='comment-respond'>"
            f"<h3 id='reply-title'>Tinggalkan Balasan</h3></div></div></article></body></html>")


NO_ARTICLE = "<!DOCTYPE html><html><head><title>Beranda</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "matra_crawler", "extract", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_single_page_prints_the_final_item(tmp_path):
    page = tmp_path / "camat.html"
    page.write_text(saved_page("Camat Diminta Jaga Netralitas", "2023-12-28T14:30:00+07:00"), encoding="utf-8")
    url = f"{BASE}/2023/12/28/camat-diminta-jaga-netralitas/"
    done = run("--site", "matra", "--url", url, str(page), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [item] = lines(done.stdout)
    assert item["url"] == url
    assert item["site"] == "matra" and item["source_name"] == "Media Lintas Sumatera"
    assert item["title"] == "Camat Diminta Jaga Netralitas"
    assert item["published_at"] == "2023-12-28T14:30:00+07:00"
    # processing ran: dateline and closing credit left the body, the comment form too
    assert item["dateline"]["raw"].startswith("(Matra, Jambi)")
    assert item["authors"] == ["AdeSM"]
    assert item["body"].split("\n\n")[2] == "Jangan Remeh"
    assert "Tinggalkan Balasan" not in item["body"] and "(Matra/AdeSM)" not in item["body"]
    assert item["schema_version"] == SCHEMA_VERSION and item["word_count"] > 20
    assert not {"date_candidates", "fetched_at", "field_sources"} & set(item)


def test_single_page_that_is_no_article_prints_an_error_and_fails(tmp_path):
    page = tmp_path / "home.html"
    page.write_text(NO_ARTICLE, encoding="utf-8")
    done = run("--url", f"{BASE}/", str(page), cwd=tmp_path)
    assert done.returncode == 1
    assert lines(done.stdout) == [{"url": f"{BASE}/", "error": "no_article: no article text found"}]


def test_manifest_keeps_order_and_reports_bad_pages_without_stopping(tmp_path):
    first = tmp_path / "a.html"
    first.write_text(saved_page("Banjir Rendam Rumah Warga", "2024-01-05T09:15:00+07:00"), encoding="utf-8")
    second = tmp_path / "pages" / "b.html.gz"
    second.parent.mkdir()
    second.write_bytes(gzip.compress(saved_page("Harga Cabai Naik", "2024-02-01T08:00:00+07:00").encode("utf-8")))
    home = tmp_path / "home.html"
    home.write_text(NO_ARTICLE, encoding="utf-8")
    undated = tmp_path / "undated.html"
    undated.write_text(saved_page("Tanpa Tanggal", "").replace('"datePublished": ""', '"x": ""'), encoding="utf-8")
    entries = [
        {"file": str(first), "url": f"{BASE}/2024/01/05/banjir/"},
        {"file": str(tmp_path / "missing.html"), "url": f"{BASE}/2024/01/06/hilang/"},
        {"file": str(home), "url": f"{BASE}/"},
        {"file": "pages/b.html.gz", "url": f"{BASE}/2024/02/01/cabai/"},  # relative to the manifest
        {"file": str(undated), "url": f"{BASE}/berita/tanpa-tanggal"},
    ]
    manifest = tmp_path / "list.jsonl"
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")

    done = run("--site", "matra", "--manifest", str(manifest), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = lines(done.stdout)
    assert [o["url"] for o in out] == [e["url"] for e in entries]
    assert out[0]["title"] == "Banjir Rendam Rumah Warga"
    assert out[1] == {"url": entries[1]["url"], "error": "file_not_found"}
    assert out[2] == {"url": entries[2]["url"], "error": "no_article: no article text found"}
    assert out[3]["title"] == "Harga Cabai Naik" and out[3]["published_at"] == "2024-02-01T08:00:00+07:00"
    # extracted, then dropped by processing: the drop reason is the error
    assert out[4] == {"url": entries[4]["url"], "error": "missing_published_at"}


def test_manifest_is_the_last_argument_as_score_py_calls_it(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(saved_page("Banjir Rendam Rumah Warga", "2024-01-05T09:15:00+07:00"), encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"file": str(page), "url": f"{BASE}/2024/01/05/banjir/"}) + "\n"
                        + "not json\n", encoding="utf-8")
    done = run("--manifest", str(manifest), cwd=tmp_path)
    out = lines(done.stdout)
    assert out[0]["site"] == "medialintassumatera.net"  # no --site: generic extraction, host as site
    assert out[1]["error"] == "bad_manifest_line"


@pytest.mark.parametrize("args", [[], ["--site", "nope", "x.html"]])
def test_usage_errors_exit_nonzero(tmp_path, args):
    assert run(*args, cwd=tmp_path).returncode != 0
