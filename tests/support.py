"""Helpers shared by test modules (import as ``from support import ...``; conftest modules are not importable by name)."""

from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"


def store_snapshot(path: Path) -> list[str]:
    """Every quad of the store at ``path`` as sorted N-Quads lines ([] when there is no store).

    Blank-node labels (only in the reference graph's ontology) are replaced by ``_:b``:
    they differ between loads without the graph meaning anything different.
    """
    if not (Path(path) / "CURRENT").exists():
        return []
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", str(q)) for q in store)
