"""docs/queries.md is what docs/gen_queries.py renders now: the page cannot drift from the saved queries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kg import queries
from kg.store import open_store

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_queries", DOCS / "gen_queries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_saved_query_is_documented():
    page = (DOCS / "queries.md").read_text(encoding="utf-8")
    missing = [q.name for q in queries.all_queries() if f"## `{q.name}`: {q.title}" not in page]
    assert not missing, f"not in docs/queries.md (run python docs/gen_queries.py > docs/queries.md): {missing}"


def test_regenerating_the_page_changes_nothing(sample_store):
    with open_store(str(sample_store), read_only=True) as st:
        fresh = _generator().render(st)
    assert fresh == (DOCS / "queries.md").read_text(encoding="utf-8"), "docs/queries.md is stale: run python docs/gen_queries.py > docs/queries.md"
