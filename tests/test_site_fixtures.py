"""Every site's recorded fixtures (tests/sites/<site>/) through `extract`,
compared field for field with the expected items recorded and reviewed with
`python -m matra_crawler fixtures record` (docs/adding-a-site.md).

The saved pages are what the replicas serve (tests/replica/), for a site
read through the browser the DOM it rendered; crawled_at is fixed by each
page's recorded fetched_at."""
from __future__ import annotations

from pathlib import Path

import pytest

from matra_crawler.fixtures import extract_pages, read_expected, read_pages
from matra_crawler.sites import PROFILES

SITES = Path(__file__).parent / "sites"
FOLDERS = sorted(p for p in SITES.iterdir() if (p / "pages.jsonl").exists())


def cases():
    for folder in FOLDERS:
        for number, page in enumerate(read_pages(folder)):
            yield pytest.param(folder, number, id=f"{folder.name}/{page.file}")


@pytest.mark.parametrize("folder, number", list(cases()))
def test_recorded_page_gives_its_expected_item(folder, number):
    page = read_pages(folder)[number]
    expected = read_expected(folder)[number]
    item, = extract_pages(folder, [page], folder.name)
    assert item.get("url") == expected.get("url") == page.url
    for field in sorted(set(item) | set(expected)):
        assert item.get(field) == expected.get(field), f"{folder.name}/{page.file}: {field}"


def test_every_fixture_folder_is_a_site_with_one_expected_item_a_page():
    for folder in FOLDERS:
        assert folder.name in PROFILES
        assert len(read_pages(folder)) == len(read_expected(folder)) > 0
        assert all((folder / page.file).exists() for page in read_pages(folder))


def test_every_site_has_fixtures():
    assert {f.name for f in FOLDERS} == set(PROFILES)
