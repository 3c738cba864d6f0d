"""The embedded store: Oxigraph on disk via pyoxigraph.

One process may write at a time (RocksDB's lock); a second writer gets
:class:`~kg.errors.StoreLocked` instead of corrupting anything. Readers can open
the folder read-only while a writer holds it.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, StoreLocked
from kg.store.base import Store, Triples, default_graph_is_union, in_graph
from kg.store.binding import bind


def _create(path: Path) -> bool:
    """Make a new store beside PATH and rename it into place.

    RocksDB writes ``CURRENT`` before it has made every column family, so a
    writer killed while creating a store in place left a folder that readers
    took for a store and could not open ("Column family not found"). Renaming
    a finished store into place means PATH holds a whole store or none.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / f".{path.name}.creating-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    store = ox.Store(str(staging))
    del store  # closes RocksDB (pyoxigraph has no close()); CPython frees it here
    try:
        os.rename(staging, path)  # also replaces an empty folder
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # another writer created it first
        return False
    return True


def _manifest_state(path: Path) -> tuple | None:
    """Which MANIFEST the store's CURRENT names, and that file's size and time: they change whenever a writer flushes."""
    try:
        current = (path / "CURRENT").read_text(encoding="ascii").strip()
        stat = (path / current).stat()
    except (OSError, UnicodeDecodeError):
        return None
    return current, stat.st_size, stat.st_mtime_ns


def _open_read_only(path: Path, attempts: int = 40) -> ox.Store:
    """Open for reading while a writer may be compacting the same folder.

    A read-only open reads the MANIFEST and then the table files it lists; a writer in another process (a running
    ``kg ingest``) may delete a compacted file in between, and RocksDB then reports a missing file as "Corruption".
    The store is not damaged: the next open reads the new MANIFEST. So a missing file is retried for as long as the
    MANIFEST keeps changing between attempts (a writer is at work; a busy one can win the race many times running),
    and counts as damage once two failed attempts saw the same MANIFEST (nobody is writing, the file is gone)."""
    seen = None
    for attempt in range(attempts - 1):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if "No such file" not in str(exc):
                raise
            state = _manifest_state(path)
            if attempt >= 2 and state == seen:
                raise
            seen = state
            time.sleep(min(0.01 * 2**attempt, 0.1))
    return ox.Store.read_only(str(path))


def _open(path: Path, read_only: bool, create: bool = True) -> tuple[ox.Store, bool]:
    """The store at PATH, and whether this call created it."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: a file, not a store folder (give a new or empty folder, or an existing store)")
    if not read_only and not (path / "CURRENT").exists() and path.exists() and any(path.iterdir()):
        # RocksDB would write its files among the user's own (`--store ~/Documents`, a corpus folder)
        raise StoreError(f"{path}: a folder of other files, not a store (give a new or empty folder, or an existing store)")
    try:
        if read_only or not create:  # a mistyped --store for `kg link` or `kg remove` would be a new, empty store
            if not (path / "CURRENT").exists():
                raise StoreError(f"{path}: no store here yet (run `kg ingest` or `kg load` first)")
        if read_only:
            return _open_read_only(path), False
        created = not (path / "CURRENT").exists() and _create(path)
        return ox.Store(str(path)), created
    except (OSError, RuntimeError) as exc:  # (RocksDB reports a damaged store as RuntimeError "Corruption: ...")
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreLocked(f"{path}: store is locked by another kg process; wait for it to finish") from None
        raise StoreError(f"{path}: cannot open store ({msg.splitlines()[0]})") from None


class OxigraphStore(Store):
    def __init__(self, location: str | Path, *, read_only: bool = False, create: bool = True):
        self.location = str(location)
        self.read_only = read_only
        self._store, self.created = _open(Path(location), read_only, create)

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for code that needs its full API (bulk loading, benchmarks)."""
        return self._store

    def _may_hold(self, graph: str) -> bool:
        # A point lookup; it spares new documents a DROP, which Oxigraph pays for even when the graph is absent.
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def replace_graphs(self, graphs: Mapping[str, Triples], *, merge: Mapping[str, Triples] | None = None) -> None:
        """As :meth:`Store.replace_graphs`; quads made in this process, for graphs not yet in the store, go in as they are.

        That is one ``extend`` (one transaction, like the update request it
        replaces) without writing the quads out as text for Oxigraph to parse
        back. Replacing a graph the store holds needs the update's DROP in the
        same transaction, so that takes the update request, as does text from
        other processes.
        """
        merge = merge or {}
        if not all(isinstance(body, list) for body in (*graphs.values(), *merge.values())) or any(self._may_hold(g) for g in graphs):
            super().replace_graphs(graphs, merge=merge)
            return
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")
        try:
            self._store.extend([q for g, body in (*graphs.items(), *merge.items()) for q in in_graph(body, g)])
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({str(exc).splitlines()[0]})") from None

    def _holds(self, graph: str) -> bool:
        # Any triple, as on a server: a graph emptied by DELETE keeps its name in Oxigraph.
        return next(iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))), None) is not None

    def load_file(self, path: Path, fmt, *, graph: str | None = None) -> None:
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            self._store.load(path=str(path), format=fmt, to_graph=to_graph) if to_graph else self._store.load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{path}: load failed ({str(exc).splitlines()[0]})") from None

    def bulk_load(self, path: Path, fmt, *, graph: str | None = None, raw_errors: bool = False) -> None:
        """Fast, non-transactional load for big files already checked to parse (``raw_errors``: a file that was
        not checked, whose parse errors the caller reports as the file's own)."""
        kwargs = {"to_graph": ox.NamedNode(graph)} if graph else {}
        try:
            self._store.bulk_load(path=str(path), format=fmt, **kwargs)
        except (SyntaxError, UnicodeDecodeError) as exc:
            if raw_errors:
                raise
            raise StoreError(f"{path}: bulk load failed ({str(exc).splitlines()[0]})") from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: bulk load failed ({str(exc).splitlines()[0]})") from None

    def clear(self) -> None:
        """Remove every quad (for a store this command created and failed to fill)."""
        try:
            self._store.clear()
        except OSError as exc:
            raise StoreError(f"{self.location}: clear failed ({str(exc).splitlines()[0]})") from None

    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, union: bool = True):
        if bindings:
            sparql = bind(sparql, bindings)  # a value that is no valid term is InvalidInput, raised there
        try:
            return self._store.query(sparql, use_default_graph_as_union=default_graph_is_union(sparql, union))
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: query failed ({exc})") from None
        except RuntimeError as exc:
            raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({str(exc).splitlines()[0]})") from None

    def quads(self):
        return self._store.quads_for_pattern(None, None, None, None)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def close(self) -> None:
        store, self._store = self._store, None
        if store is not None and not self.read_only:
            try:
                store.flush()
            except OSError as exc:  # e.g. disk full: committed data is in the WAL already
                raise StoreError(f"{self.location}: flush failed ({str(exc).splitlines()[0]})") from None
