"""The store interface every backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from pathlib import Path

REFERENCE_GRAPH = "https://w3id.org/rightsgraph/graph/reference"


def triples_text(quads: Iterable) -> str:
    """The triples of pyoxigraph quads in N-Triples syntax (graph names dropped), for INSERT DATA."""
    lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
    return "\n".join(lines)


class Store(ABC):
    """A quad store holding one named graph per document plus a reference graph.

    Writes that replace a document's graph are atomic: readers see the old
    graph or the new one, never a mix, and a crash leaves the old one.
    """

    location: str

    def replace_graph(self, graph: str, quads: Iterable) -> None:
        """Drop ``graph`` and insert ``quads`` (all in ``graph``) in one transaction."""
        self.replace_graphs({graph: triples_text(quads)})

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace several graphs in one update request, so they commit together or not at all.

        ``graphs`` maps a graph IRI to its triples in N-Triples syntax (see
        :func:`triples_text`); workers produce that text so only strings cross
        process boundaries.
        """
        if not graphs:
            return
        parts = [f"DROP SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{\n{body}\n}} }}" for g, body in graphs.items()]
        self.update(" ;\n".join(parts))

    @abstractmethod
    def remove_graph(self, graph: str) -> bool:
        """Drop ``graph``; return whether it existed."""

    @abstractmethod
    def load_file(self, path: Path, fmt, *, graph: str | None = None) -> None:
        """Load a file the caller has already checked parses; atomic where the backend allows."""

    @abstractmethod
    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, union: bool = True):
        """Run a SPARQL query; ``bindings`` map variable names to RDF terms (never pasted into the text)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update in one transaction."""

    @abstractmethod
    def quads(self):
        """Every quad in the store."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of the named graphs."""

    def close(self) -> None:
        """Release the store (and its lock)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.close()
        except Exception:
            if exc_type is None:
                raise
            # the error already on its way out says what went wrong; do not hide it behind a close failure
        return False
