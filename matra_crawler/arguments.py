"""Spider arguments (`-a NAME=VALUE`): the rules, in one place.

A spider names the arguments it takes and how each is read (its `arguments`
table of NAME -> rule); `parse_arguments` applies the table. A wrong argument
is an ArgumentError whose message is one line naming the argument and its
value. The project's `crawl` command (matra_crawler/commands/crawl.py) asks
before the crawl starts, and each spider asks again when it is built, so a
spider constructed directly is checked too.

No Scrapy here: pure functions, tested with tables of cases.
"""
from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# The only schemes the crawler fetches (file:, ftp:, data: ... are refused).
WEB_SCHEMES = ("http", "https")

Rule = Callable[[Any], Any]


class ArgumentError(ValueError):
    """A wrong spider argument; str() is the one line to show the user."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """" (did you mean 'x'?)" for the closest of `choices`, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# ---------------------------------------------------------------------- rules
# Each takes the value as given (a string from the command line, or already
# the right type when a spider is built in code) and returns it parsed, or
# raises ValueError saying what was expected.
def day(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD") from None


def positive_int(value: str | int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError("expected a whole number, 1 or more") from None
    if number < 1:
        raise ValueError("expected a whole number, 1 or more")
    return number


def web_url(value: str) -> str:
    """An http(s) URL with a host (a crawl never reads local files or other schemes)."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in WEB_SCHEMES:
        got = f"scheme {parts.scheme!r}" if parts.scheme and "//" in text else "no scheme"
        raise ValueError(f"expected an http:// or https:// URL, got {got}")
    try:
        parts.port  # noqa: B018 - raises on a port that is no number
    except ValueError:
        raise ValueError("the port is not a number") from None
    if not parts.hostname:
        raise ValueError("the URL has no host")
    return text


def existing_file(value: str | Path) -> Path:
    path = Path(value)
    if not path.is_file():
        raise ValueError("no such file")
    return path


# ------------------------------------------------------------------ the check
def given_values(given: Mapping[str, Any]) -> dict[str, Any]:
    """What was really given: None and "" mean "not given" (the default applies),
    as for a shell variable that happens to be empty."""
    return {name: value for name, value in given.items()
            if value is not None and not (isinstance(value, str) and not value.strip())}


# Arguments a job runner adds to every crawl: Scrapyd names each job -a _job=ID.
RUNNER_ARGUMENTS = ("_job",)


def parse_arguments(rules: Mapping[str, Rule], given: Mapping[str, Any]) -> dict[str, Any]:
    """The given arguments, each read by its rule; ArgumentError for an
    unknown name (the closest known one suggested), a value its rule refuses,
    or `since` after `until`. A job runner's own arguments are left out."""
    values = {}
    for name, value in given_values(given).items():
        if name in RUNNER_ARGUMENTS:
            continue
        if name not in rules:
            raise ArgumentError(f"unknown argument -a {name}={value}{did_you_mean(name, rules)}; "
                                f"known: {', '.join(rules)}")
        try:
            values[name] = rules[name](value)
        except ValueError as error:
            raise ArgumentError(f"-a {name}={value}: {error}") from None
    since, until = values.get("since"), values.get("until")
    if since and until and since > until:
        raise ArgumentError(f"-a since={since} is after -a until={until}: no article can match")
    return values
