"""A store holding the sample corpus (built once per session from the gold annotations)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """Path of an embedded store with the 17 sample documents; tests must not write to it."""
    from kg.queries import sample
    from kg.store import open_store

    path = tmp_path_factory.mktemp("sample") / "store"
    with open_store(str(path)) as st:
        sample.build(st)
    return path
