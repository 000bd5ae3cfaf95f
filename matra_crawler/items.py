"""The exported article: its fields, schema version and JSON Schema."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

SCHEMA_VERSION = 3
# A package resource: a deployed egg is imported zipped, where no file path exists.
SCHEMA_PATH = files("matra_crawler") / "schema" / "article.schema.json"

# Required for an item to be exported at all; anything else may be empty.
REQUIRED_FIELDS = ("url", "title", "body", "published_at")


@lru_cache(maxsize=1)
def article_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def article_validator():
    """The reference validator (jsonschema): slow, but words every error."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(article_schema())


@lru_cache(maxsize=1)
def compiled_check():
    """The schema compiled to Python code (fastjsonschema): ~15x faster than
    the reference, so every exported item can be checked. It stops at the
    first error and only knows drafts up to 7, which covers every keyword
    our schema uses (tests/test_items.py holds the two to agreement)."""
    import fastjsonschema

    return fastjsonschema.compile(article_schema())


def schema_errors(item: dict) -> list[str]:
    """Every way `item` breaks the schema, as short messages (empty when valid)."""
    from fastjsonschema import JsonSchemaValueException

    try:
        compiled_check()(item)
        return []
    except JsonSchemaValueException as error:
        first = f"{'/'.join(map(str, error.path[1:])) or '<item>'}: {error.message}"
    return detailed_schema_errors(item) or [first]


def detailed_schema_errors(item: dict) -> list[str]:
    """schema_errors from the reference validator alone."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<item>'}: {e.message}"
            for e in article_validator().iter_errors(item)]


def export_fields() -> list[str]:
    """The schema's fields in its order: what a feed holds, nothing more."""
    return list(article_schema()["properties"])
