"""The exported article: its fields, schema version and JSON Schema."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

SCHEMA_VERSION = 2
SCHEMA_PATH = Path(__file__).with_name("schema") / "article.schema.json"

# Required for an item to be exported at all; anything else may be empty.
REQUIRED_FIELDS = ("url", "title", "body", "published_at")


@lru_cache(maxsize=1)
def article_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def article_validator():
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(article_schema(), format_checker=FormatChecker())


def schema_errors(item: dict) -> list[str]:
    """Every way `item` breaks the schema, as short messages (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<item>'}: {e.message}"
            for e in article_validator().iter_errors(item)]


def export_fields() -> list[str]:
    """The schema's fields in its order: what a feed holds, nothing more."""
    return list(article_schema()["properties"])
