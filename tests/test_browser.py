import os
from pathlib import Path

import pytest

from tests.browser import CHROMIUM


@pytest.mark.skipif(not os.environ.get("CI"), reason="outside CI the browser tests may skip")
def test_ci_has_the_browser():
    # In CI a missing browser is a failure, not a quiet skip of the browser path and the report's rendering.
    assert Path(CHROMIUM).exists(), "make test installs chromium when run as root"
