"""Setting overrides given on a command line (`scrapy crawl -s NAME=VALUE`,
`nightly --set NAME=VALUE`), checked before the crawl starts.

Scrapy reads a setting's value only when a component asks for it, deep in
the crawl's start: `-s DOWNLOAD_DELAY=abc` is a traceback there (and, in the
nightly, every site failing with "no stats file"). Here a value is read the
way Scrapy reads a setting of its default's type (getbool, getfloat,
getdict), so a mistake is one line naming it. Settings whose default is a
string, a list or absent take any text.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

# The type of a setting's default -> (the Settings getter that reads it, what it
# expects), first match wins (a bool is an int too). An int default is read as a
# number: Scrapy itself reads some of them with getfloat. A dict default may be a
# Settings object (FEEDS, ITEM_PIPELINES...): a Mapping either way.
READERS = (
    (bool, "getbool", "True or False (1 or 0)"),
    ((int, float), "getfloat", "a number"),
    (Mapping, "getdict", "a JSON object"),
)


def override_problem(name: str, value: str, default: Any) -> str | None:
    """Why `value` cannot be setting `name` whose default is `default` (None: it can)."""
    from scrapy.settings import BaseSettings

    reader = next(((getter, expected) for kind, getter, expected in READERS
                   if isinstance(default, kind)), None)
    if reader is None:
        return None
    getter, expected = reader
    try:
        getattr(BaseSettings({name: value}), getter)(name)
    except (ValueError, TypeError):
        return f"expected {expected}, got {value!r}"
    return None


def override_problems(overrides: Mapping[str, str], defaults: Mapping[str, Any]) -> list[str]:
    """"NAME=VALUE: why" for each override its setting cannot take."""
    problems = []
    for name, value in overrides.items():
        problem = override_problem(name, value, defaults.get(name))
        if problem:
            problems.append(f"{name}={value}: {problem}")
    return problems


def project_defaults():
    """The settings a crawl starts from: Scrapy's defaults and the project's
    module (SCRAPY_SETTINGS_MODULE, as the crawls get it from the nightly),
    found from any working directory."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(os.environ.get("SCRAPY_SETTINGS_MODULE", "matra_crawler.settings"), priority="project")
    return settings
