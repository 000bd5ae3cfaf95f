"""processing.STEPS is the one order of the processing steps: the crawl's
pipeline and the `extract` command both run it, nothing rebuilds it."""
from __future__ import annotations

import gzip
from types import SimpleNamespace

from matra_crawler import processing
from matra_crawler.cli import extract_file
from matra_crawler.pipelines import ProcessingPipeline
from matra_crawler.settings import ITEM_PIPELINES

PAGE = ("<html lang='id'><head><title>Judul berita</title></head><body><article><h1>Judul berita</h1>"
        "<div class='entry-content'><p>" + "Isi berita yang cukup panjang untuk satu paragraf. " * 4
        + "</p></div></article></body></html>")


def test_steps_run_in_their_order():
    assert processing.STEPS == (processing.remove_boilerplate, processing.take_dateline,
                                processing.take_credits, processing.resolve_published,
                                processing.finalize, processing.validate)


def test_pipeline_and_extract_run_the_same_list(monkeypatch, tmp_path):
    ran = []
    monkeypatch.setattr(processing, "STEPS", (lambda item: ran.append("step") or {"marked": True},))
    pipeline = ProcessingPipeline(SimpleNamespace(stats=None))
    assert pipeline.process_item({"url": "https://example.com/a"}) == {"marked": True}
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert extract_file(page, "https://example.com/2024/01/02/judul-berita/", None) == {"marked": True}
    assert ran == ["step", "step"]


def test_the_crawl_runs_the_processing_pipeline_first():
    first = min(ITEM_PIPELINES, key=ITEM_PIPELINES.get)
    assert first == "matra_crawler.pipelines.ProcessingPipeline"
