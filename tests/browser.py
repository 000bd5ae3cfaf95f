"""Chromium for the tests that need a real browser (the browser path, the
run report): Debian's, where the crawl's launch options point. Outside CI
these tests skip when it is missing; in CI a missing browser fails the run
(tests/test_browser.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from matra_crawler import settings as project_settings

CHROMIUM = project_settings.PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"]


def needs_chromium(purpose: str):
    return pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y "
               f"--no-install-recommends chromium; `make test` does it when run as root) to {purpose}")
