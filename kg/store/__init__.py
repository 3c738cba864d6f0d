"""Where the graph lives. :func:`open_store` picks a backend from a location string.

A folder path opens the embedded Oxigraph store (created on first write).
Backends share the small :class:`~kg.store.base.Store` interface so every
command works the same against each.
"""

from __future__ import annotations

from kg.store.base import REFERENCE_GRAPH, Store


def open_store(location: str, *, read_only: bool = False, create: bool = True, **options) -> Store:
    """Open the store at ``location``: a folder for the embedded store, or an http(s) URL of a SPARQL endpoint.

    ``create=False`` refuses a folder that holds no store yet rather than making an empty one
    (commands that only change an existing graph). ``options`` (``update_url``, ``user``,
    ``password``) are for remote stores; a location from :func:`kg.cli.common.resolve_store`
    carries them itself.
    """
    options = {**getattr(location, "options", {}), **options}
    if str(location).startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only, **options)
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(location, read_only=read_only, create=create)


__all__ = ["Store", "open_store", "REFERENCE_GRAPH"]
