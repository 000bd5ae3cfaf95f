"""Nothing in the repository points outside it: code, docs, tests,
benchmarks, replicas and the saved fixture pages (gzipped html, read
decompressed) name no file a user's clone does not have."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.crawling import ROOT

# Built from pieces, so that this file does not name them itself.
OUTSIDE = ["sites" + ".md", ".." + "/shared", "/" + "work/", "shared" + "/benchmarks"]
NOT_OURS = {".git", ".venv", ".venv-replay", "output", "__pycache__", ".pytest_cache"}


def repository_files(root: Path):
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not NOT_OURS & set(relative.parts):
            yield relative


def text_of(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def outside_references(root: Path) -> list[str]:
    found = []
    for relative in repository_files(root):
        for number, line in enumerate(text_of(root / relative).splitlines(), 1):
            found += [f"{relative}:{number}: {word}" for word in OUTSIDE if word in line]
    return found


def test_the_repository_names_nothing_outside_it():
    assert outside_references(ROOT) == []


@pytest.mark.parametrize("name,content", [
    ("docs/guide.md", f"see {OUTSIDE[1]}/notes"),
    ("tests/sites/x/page.html.gz", gzip.compress(f"<!-- from {OUTSIDE[0]} -->".encode(), mtime=0)),
    ("benchmarks/run.py", f"python {OUTSIDE[2]}main/x.py"),
], ids=["markdown", "gzipped-page", "script"])  # stable ids: pytest-xdist workers must collect the same names
def test_the_check_sees_plain_and_gzipped_files(tmp_path, name, content):
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    (tmp_path / ".venv" / "x.py").parent.mkdir()
    (tmp_path / ".venv" / "x.py").write_text(f"{OUTSIDE[2]} is no concern in a venv")
    assert [line.split(":")[0] for line in outside_references(tmp_path)] == [name]
