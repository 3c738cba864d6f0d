"""The store interface every backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from itertools import groupby
from operator import attrgetter
from pathlib import Path

REFERENCE_GRAPH = "https://w3id.org/rightsgraph/graph/reference"
ENTITIES_GRAPH = "https://w3id.org/rightsgraph/graph/entities"
"""Names, types and aliases of entities: described once, not once per document that names them
(with the default graph as union, a description repeated in N graphs multiplies every join by N)."""

ORPHANS = f"""
DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}
WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?e <https://w3id.org/rightsgraph/ontology#mentionedIn> ?d }} }}
}}"""


def default_graph_is_union(sparql: str, union: bool) -> bool:
    """Whether to query the union of all graphs: asked for, and the query names no graphs itself.

    A dataset clause (FROM / FROM NAMED) is the query's own choice of graphs;
    both the embedded store's union flag and the Protocol's default-graph
    parameters would override it.
    """
    if not union:
        return False  # (without importing the SPARQL tokenizer: `kg load` asks one query with union off)
    from kg.sparql_guard import keywords

    return "FROM" not in keywords(sparql)


def by_graph(quads: Iterable) -> dict[str | None, list]:
    """Quads grouped by the IRI of their graph (None for the default graph).

    Writers need each graph's triples apart: a document's own graph is
    replaced, shared graphs (:data:`ENTITIES_GRAPH`, or any other an extractor
    writes) are added to. Extraction emits each graph's quads as one run, so
    grouping runs keeps the per-quad work in C.
    """
    groups: dict[str | None, list] = {}
    for name, run in groupby(quads, key=attrgetter("graph_name")):
        groups.setdefault(getattr(name, "value", None), []).extend(run)
    return groups


def partition(quads: Iterable, graph: str) -> tuple[list, dict[str, list]]:
    """A document's quads: those of its own ``graph`` (default-graph quads count as its own, and are moved into it), and those of each shared graph."""
    groups = by_graph(quads)
    loose = groups.pop(None, [])
    return groups.pop(graph, []) + (in_graph(loose, graph) if loose else loose), groups


def in_graph(quads: list, graph: str) -> list:
    """``quads`` with ``graph`` as their graph name: in a write, the key names the graph and the quads' own names do
    not count (as in the text they replace); a list already all in ``graph`` is returned as it is."""
    import pyoxigraph as ox

    name = ox.NamedNode(graph)
    if all(q.graph_name == name for q in quads):
        return quads
    return [q if q.graph_name == name else ox.Quad(q.subject, q.predicate, q.object, name) for q in quads]


Triples = str | list
"""A graph's triples for a write: N-Triples text (what crosses a process boundary), or the
pyoxigraph quads themselves when they were made in this process (a store that can take
them as they are skips writing and parsing the text)."""


def as_text(triples: Triples) -> str:
    """``triples`` as N-Triples text, for an update request or a shard file."""
    return triples if isinstance(triples, str) else triples_text(triples)


def triple_items(triples: Triples) -> Iterable:
    """One entry per triple: the quads, or the lines of the text (N-Triples escapes newlines, so a line is a triple)."""
    return triples if isinstance(triples, list) else [line for line in triples.split("\n") if line]


def merged(parts: Iterable[Mapping[str, Triples]], *, skip: set | None = None) -> dict[str, Triples]:
    """Several documents' shared-graph triples joined per graph, for one update.

    A triple two documents share (an entity both name) is written once, and
    one in ``skip`` (written by an earlier batch of the same run) not again:
    Oxigraph pays as much for a quad it already holds as for a new one.
    Quads stay quads; if any part is text, the result is text.
    """
    parts = list(parts)
    text = any(isinstance(body, str) for part in parts for body in part.values() if body)
    out: dict[str, dict] = {}
    for part in parts:
        for graph, body in part.items():
            if body:
                kept = out.setdefault(graph, {})
                for item in triple_items(as_text(body) if text else body):
                    if skip is None or item not in skip:
                        kept[item] = None
    return {graph: "\n".join(items) if text else list(items) for graph, items in out.items() if items}


def _iri(graph: str) -> str:
    """``graph`` if it is a valid IRI; else :class:`~kg.errors.InvalidInput` (a user's `kg remove` argument must not reach an update as text)."""
    from kg.store.binding import as_term

    term = as_term(graph)
    if not graph.startswith(("http://", "https://", "urn:")):
        from kg.errors import InvalidInput

        raise InvalidInput(f"{graph!r} is not a graph IRI")
    return term.value


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
        """Drop ``graph`` and insert the quads that are in it, in one transaction.

        Quads in other graphs (a document's entity descriptions go to the shared
        :data:`ENTITIES_GRAPH`) are added to those graphs in the same transaction.
        """
        own, shared = partition(quads, graph)
        self.replace_graphs({graph: triples_text(own)}, merge={g: triples_text(qs) for g, qs in shared.items()})

    def replace_graphs(self, graphs: Mapping[str, Triples], *, merge: Mapping[str, Triples] | None = None) -> None:
        """Replace several graphs, and add triples to others, in one update request.

        Everything commits together or not at all. ``graphs`` and ``merge`` map
        a graph IRI to its triples (:data:`Triples`): N-Triples text from
        workers in other processes, or the quads themselves from this one.
        """
        parts = [
            f"{self._drop_clause(g)} ;\n{self._insert_clause(g, as_text(body))}" if self._may_hold(g) else self._insert_clause(g, as_text(body))
            for g, body in graphs.items()
        ]
        parts += [self._insert_clause(g, as_text(body)) for g, body in (merge or {}).items() if body]
        if parts:
            self.update(" ;\n".join(parts))

    def _may_hold(self, graph: str) -> bool:
        """Whether ``graph`` may be in the store, so replacing it needs a DROP (a backend that can tell cheaply says no for new ones)."""
        return True

    def _drop_clause(self, graph: str) -> str:
        import pyoxigraph as ox

        return f"DROP SILENT GRAPH {ox.NamedNode(graph)}"

    def _insert_clause(self, graph: str, body: str) -> str:
        return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"

    def _holds(self, graph: str) -> bool:
        """Whether ``graph`` has any triple (backends override this with something cheaper than a query where they can)."""
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", bindings={"g": graph}, union=False))

    def holds_graph(self, graph: str) -> bool:
        """Whether ``graph`` has any triple."""
        return self._holds(_iri(graph))

    def remove_graph(self, graph: str) -> bool:
        """Drop ``graph``; return whether it existed."""
        if not self._holds(_iri(graph)):
            return False
        self.update(self._drop_clause(graph))
        return True

    def remove_document(self, graph: str) -> bool:
        """Drop a document's graph and the shared descriptions of entities no remaining graph mentions.

        Returns whether the graph existed (nothing is written when it did not).
        """
        return not self.remove_documents([graph])

    def remove_documents(self, graphs: Iterable[str]) -> list[str]:
        """Drop documents' graphs and the shared descriptions of entities no remaining graph mentions.

        All or nothing, in one update request: if any graph is not there, nothing is
        written and the missing ones are returned (a typo among many names must not
        leave the store half-pruned); otherwise a reader never sees a document gone
        while its entities linger (or the reverse), and the orphan sweep runs once
        however many documents go.
        """
        graphs = list(dict.fromkeys(graphs))
        missing = [g for g in graphs if not self._holds(_iri(g))]
        if missing or not graphs:
            return missing
        self.update(" ;\n".join([*(self._drop_clause(g) for g in graphs), ORPHANS]))
        return []

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
