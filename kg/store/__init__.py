"""Where the graph lives. :func:`open_store` picks a backend from a location string.

A folder path opens the embedded Oxigraph store (created on first write).
Backends share the small :class:`~kg.store.base.Store` interface so every
command works the same against each.
"""

from __future__ import annotations

from kg.store.base import REFERENCE_GRAPH, Store


def open_store(location: str, *, read_only: bool = False) -> Store:
    """Open the store at ``location`` (a folder for the embedded store)."""
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(location, read_only=read_only)


__all__ = ["Store", "open_store", "REFERENCE_GRAPH"]
