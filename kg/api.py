"""The Python API the CLI, notebooks and other programs share.

>>> import kg
>>> store = kg.open_store("/tmp/my-store")          # doctest: +SKIP
>>> kg.ingest(store, ["data/corpus"])               # doctest: +SKIP
>>> kg.query(store, "SELECT ?p WHERE { ?p a kg:Person }")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from kg.documents import read_document
from kg.pipeline import IngestReport, remove
from kg.pipeline import ingest as _ingest
from kg.store import Store, open_store


def ingest(store: Store, paths: Iterable[str | Path], *, extractor: str = "rules", force: bool = False) -> IngestReport:
    """Extract every document under ``paths`` and store one graph per document."""
    return _ingest(store, paths, extractor=extractor, force=force)


def load(store: Store, paths: Iterable[str | Path], *, fmt: str | None = None, graph: str | None = None) -> dict[str, int]:
    """Load RDF files (all must parse, else nothing is written)."""
    from kg.loader import load as _load

    return _load(store, paths, fmt=fmt, graph=graph)


def query(store: Store, sparql: str, bindings: Mapping[str, object] | None = None):
    """Run SPARQL (common prefixes predeclared); ``bindings`` are bound as RDF terms, never pasted."""
    from kg.sparql import run

    return run(store, sparql, bindings=bindings)


def export(store: Store, fmt: str, path: str | Path) -> None:
    """Write the graph to ``path`` in a registered export format."""
    from kg.exporters import get_exporter

    with open(path, "wb") as out:
        get_exporter(fmt).write(store, out)


def visualize(store: Store, path: str | Path) -> None:
    """Write an interactive HTML page of the graph."""
    from kg.graph import build
    from kg.viz import write_html

    write_html(build(store), Path(path))


def claims(path: str | Path, *, extractor: str = "rules") -> list[dict]:
    """The claims of one document as dicts (the flat claims contract), without a store."""
    from kg.claimsjson import claim_dicts
    from kg.extract import get_extractor

    return list(claim_dicts(get_extractor(extractor).extract(read_document(path))))


def validate(store: Store):
    """SHACL and evidence checks; returns the violations (empty when valid)."""
    from kg.validation import validate as _validate

    return _validate(store)


__all__ = ["open_store", "ingest", "load", "query", "export", "visualize", "claims", "validate", "read_document", "remove"]
