"""Setting overrides (-s / --set) read as Scrapy reads a setting of their default's type."""
from __future__ import annotations

import pytest
from scrapy.settings import Settings

from matra_crawler.overrides import override_problem, override_problems, project_defaults


@pytest.mark.parametrize("value,default,problem", [
    ("0.5", 1.0, None),
    ("2", 0, None),
    ("0.5", 16, None),             # read as a number: Scrapy reads some int settings with getfloat
    ("abc", 1.0, "expected a number, got 'abc'"),
    ("", 16, "expected a number, got ''"),
    ("True", False, None),
    ("false", True, None),
    ("0", True, None),
    ("maybe", True, "expected True or False (1 or 0), got 'maybe'"),
    ("yes", False, "expected True or False (1 or 0), got 'yes'"),
    ('{"a": 1}', {}, None),
    ("notjson", {}, "expected a JSON object, got 'notjson'"),
    ("notjson", Settings({"FEEDS": {}}).get("FEEDS"), "expected a JSON object, got 'notjson'"),  # a Settings value
    ("anything", "INFO", None),   # a text setting takes any text
    ("anything", None, None),     # a setting nobody defined
    ("a,b", ["x"], None),
])
def test_override_problem(value, default, problem):
    assert override_problem("NAME", value, default) == problem


def test_the_project_defaults_are_the_project_settings_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    defaults = project_defaults()
    assert defaults.getfloat("DOWNLOAD_DELAY") == 1.0 and defaults.getbool("AUTOTHROTTLE_ENABLED")
    assert override_problems({"DOWNLOAD_DELAY": "abc", "LOG_LEVEL": "INFO", "FEEDS": "x"}, defaults) == \
        ["DOWNLOAD_DELAY=abc: expected a number, got 'abc'", "FEEDS=x: expected a JSON object, got 'x'"]
