"""Documents -> extractor -> RDF -> store, one atomic graph replacement per document.

Re-ingesting is idempotent: a document whose stored SHA-256 and extractor
version are unchanged is skipped; otherwise its graph is replaced whole. A
document that cannot be read or extracted is reported and changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import ids
from kg.documents import iter_paths, read_document
from kg.errors import KGError
from kg.model import Document
from kg.store import REFERENCE_GRAPH, Store

log = logging.getLogger(__name__)

DOC_STATE = """
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?doc ?sha ?extractor WHERE { GRAPH ?doc { ?doc kg:sha256 ?sha ; kg:extractedWith ?extractor } }
"""
REFERENCE_STATE = "SELECT ?g ?v WHERE { GRAPH ?g { ?g <https://schema.org/sha256> ?v } }"


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0


def stored_state(store: Store, doc_id: str) -> tuple[str, str] | None:
    """(sha256, extractor) recorded for a document's graph, or None if it is not stored."""
    doc = ids.document_iri(doc_id)
    for row in store.query(DOC_STATE, bindings={"doc": doc}, union=False):
        return row["sha"].value, row["extractor"].value
    return None


def ensure_reference(store: Store) -> None:
    """Keep the reference graph (ontology, vocabularies, statutes) in step with the installed files."""
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.rdf import reference_quads

    quads = list(reference_quads())
    digest = hashlib.sha256("\n".join(sorted(str(q) for q in quads if "_:" not in str(q))).encode()).hexdigest()
    current = [r["v"].value for r in store.query(REFERENCE_STATE, bindings={"g": REFERENCE_GRAPH}, union=False)]
    if current == [digest]:
        return
    graph = NamedNode(REFERENCE_GRAPH)
    quads.append(Quad(graph, NamedNode("https://schema.org/sha256"), Literal(digest), graph))
    store.replace_graph(REFERENCE_GRAPH, quads)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    extractor: str = "rules",
    force: bool = False,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every document under ``paths`` into ``store``; see the module docstring."""
    from kg.extract import get_extractor
    from kg.rdf import extraction_quads

    ex = get_extractor(extractor)
    report = IngestReport()
    ensure_reference(store)

    def todo() -> Iterator[Document]:
        for path in iter_paths(paths):
            try:
                doc = read_document(path)
            except KGError as exc:
                report.failed.append((str(path), str(exc)))
                if on_progress:
                    on_progress(str(path))
                continue
            if not force and stored_state(store, doc.id) == (doc.sha256, ex.NAME):
                report.skipped.append(doc.id)
                if on_progress:
                    on_progress(doc.id)
                continue
            yield doc

    for extraction in ex.extract_many(todo()):
        store.replace_graph(ids.document_iri(extraction.doc.id), extraction_quads(extraction))
        report.ingested.append(extraction.doc.id)
        report.events += len(extraction.claims)
        if on_progress:
            on_progress(extraction.doc.id)
    return report


def remove(store: Store, doc: str) -> bool:
    """Retract a document and everything derived from it; ``doc`` is its id, path or graph IRI."""
    if doc.startswith(("http://", "https://")):
        graph = doc
    else:
        graph = ids.document_iri(Path(doc).stem if Path(doc).suffix in (".txt", ".html", ".htm") else doc)
    return store.remove_graph(graph)
