"""Documents -> extractor -> RDF -> store, one atomic graph replacement per document.

Re-ingesting is idempotent: a document whose stored SHA-256, extractor
version and metadata (title, URL, publisher, date) are unchanged is skipped;
otherwise its graph is replaced whole. A document that cannot be read or
extracted is reported and changes nothing.

With ``workers > 1`` extraction and RDF conversion run in a process pool
(the extractor, and so spaCy, is loaded once per worker); only the main
process writes, in batches of several documents per transaction (one update
request, or one ``extend`` of the embedded store), so each batch commits
whole or not at all. An interrupted run resumes where it stopped because
finished documents are skipped by their SHA-256.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kg import ids
from kg.documents import iter_paths, read_document
from kg.errors import KGError, QueryError
from kg.model import Document
from kg.store import REFERENCE_GRAPH, Store
from kg.store.base import Triples, as_text, merged, triple_items


DOC_STATE = """
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?sha ?extractor ?title ?url ?publisher ?date ?path WHERE { GRAPH ?doc {
  ?doc kg:sha256 ?sha ; kg:extractedWith ?extractor
  OPTIONAL { ?doc kg:sourcePath ?path }
  OPTIONAL { ?doc schema:headline ?title } OPTIONAL { ?doc schema:url ?url }
  OPTIONAL { ?doc schema:publisher ?publisher } OPTIONAL { ?doc schema:datePublished ?date }
} }
"""
#: Shared-graph triples an ingest run remembers as written before it starts over (about half a kilobyte each).
SHARED_MEMORY = 100_000
REFERENCE_STATE = "SELECT ?g ?v WHERE { GRAPH ?g { ?g <https://schema.org/sha256> ?v } }"


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    #: (new path, path the store's document of the same id came from): an earlier run's document replaced by
    #: another file of the same name, which the user should hear about (within one run that is refused).
    replaced: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Done:
    """What extraction hands the writer: from a worker process, only strings and numbers
    (the triples as N-Triples text); extracting in this process, the quads themselves."""

    doc_id: str
    graph: str | None
    triples: Triples
    events: int
    error: str | None = None
    shared: Mapping[str, Triples] = field(default_factory=dict)  # graph IRI -> triples added to that shared graph (entity descriptions, ...)


class DocState(NamedTuple):
    """What decides whether a stored document must be extracted again: an edited sidecar (its date dates the
    undated claims) makes a document changed, as edited text does, and so does a new extractor version."""

    sha256: str | None
    extractor: str | None
    title: str | None
    url: str | None
    publisher: str | None
    date: str | None


class StoredDoc(NamedTuple):
    state: DocState
    path: str | None  # the file it was read from, to warn when another file of the same name replaces it


def stored_state(store: Store, doc_id: str) -> StoredDoc | None:
    """The state recorded with a document's graph, or None if it is not stored."""
    doc = ids.document_iri(doc_id)
    for row in store.query(DOC_STATE, bindings={"doc": doc}, union=False):
        values = (None if row[k] is None else row[k].value for k in ("sha", "extractor", "title", "url", "publisher", "date"))
        return StoredDoc(DocState(*values), None if row["path"] is None else row["path"].value)
    return None


def state(doc: Document, extractor: str) -> DocState:
    """What :func:`stored_state` reads back once ``doc`` is stored by ``extractor``."""
    return DocState(doc.sha256, extractor, doc.title, doc.url, doc.publisher, doc.date)


def reference_digest() -> str:
    """SHA-256 of the installed reference files (names and bytes): unchanged files need no parse and no write."""
    from kg.resources import gazetteer_dir, ontology_dir

    h = hashlib.sha256()
    for path in sorted(ontology_dir().glob("*.ttl")) + sorted(gazetteer_dir().glob("*.ttl")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def ensure_reference(store: Store) -> None:
    """Keep the reference graph (ontology, vocabularies, statutes) in step with the installed files.

    The digest of the files is stored in the graph, so a run whose files are
    unchanged reads one triple instead of parsing every Turtle file.
    """
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.rdf import reference_quads

    digest = reference_digest()
    current = [r["v"].value for r in store.query(REFERENCE_STATE, bindings={"g": REFERENCE_GRAPH}, union=False)]
    if current == [digest]:
        return
    graph = NamedNode(REFERENCE_GRAPH)
    quads = list(reference_quads())
    quads.append(Quad(graph, NamedNode("https://schema.org/sha256"), Literal(digest), graph))
    store.replace_graph(REFERENCE_GRAPH, quads)


# ---------------------------------------------------------------- extraction (in workers or inline)
_EXTRACTOR = None
_EXTRACTOR_KEY: tuple | None = None


def _init_worker(extractor: str) -> None:
    """Load ``extractor`` once per process: a second ingest in the same process
    (a notebook, the benchmark) must not pay spaCy's load again. Extractors read
    their options from ``KG_*`` variables, so those are part of the cache key."""
    global _EXTRACTOR, _EXTRACTOR_KEY
    key = (extractor, tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("KG_"))))
    if _EXTRACTOR is not None and _EXTRACTOR_KEY == key:
        return
    from kg.extract import get_extractor

    _EXTRACTOR = get_extractor(extractor)
    _EXTRACTOR_KEY = key


def _extract_chunk(docs: list[Document], text: bool = True) -> list[_Done]:
    """Extract and convert ``docs``; ``text=False`` keeps the quads as they are, for a writer in this process."""
    from kg.extract.base import extract_each, failure
    from kg.rdf import extraction_quads
    from kg.store.base import partition, triples_text

    def convert(extraction) -> _Done:
        graph = ids.document_iri(extraction.doc.id)
        own, shared = partition(extraction_quads(extraction), graph)
        if text:
            own, shared = triples_text(own), {g: triples_text(qs) for g, qs in shared.items()}
        return _Done(extraction.doc.id, graph, own, len(extraction.claims), shared=shared)

    out = []
    for doc, extraction, error in extract_each(_EXTRACTOR, docs):
        if error is None:
            try:
                out.append(convert(extraction))
                continue
            except Exception as exc:  # a claim the RDF layer cannot write is this document's failure only
                error = failure(doc, exc)
        out.append(_Done(doc.id, None, "", 0, error))
    return out


def _other_file(stored: str, path: Path) -> bool:
    """Whether a stored document's source path names another file than ``path`` (relative paths are as the
    earlier run gave them, so a path that still names this file here counts as the same)."""
    try:
        return Path(stored).resolve() != Path(path).resolve()
    except (OSError, ValueError):
        return stored != str(path)


def batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunks(chunks: Iterator[list[Document]], extractor: str, workers: int, scheduler: str | None = None) -> Iterator[_Done]:
    if scheduler:
        from kg.distributed import run_chunks

        yield from run_chunks(chunks, extractor, scheduler)
        return
    if workers <= 1:
        _init_worker(extractor)
        for chunk in chunks:
            yield from _extract_chunk(chunk, text=False)
        return
    # Where fork exists, load the extractor once here and let the workers inherit it
    # (copy-on-write) instead of loading spaCy again in each one.
    import multiprocessing as mp

    if "fork" in mp.get_all_start_methods():
        _init_worker(extractor)
        pool_args = {"mp_context": mp.get_context("fork")}
    else:
        pool_args = {"initializer": _init_worker, "initargs": (extractor,)}
    # Bounded submission: at most 2 chunks per worker in flight, so memory stays flat on huge corpora.
    with ProcessPoolExecutor(max_workers=workers, **pool_args) as pool:
        pending = set()
        for chunk in chunks:
            pending.add(pool.submit(_extract_chunk, chunk))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield from fut.result()
        for fut in pending:
            yield from fut.result()


def ingest(
    store: Store | None,
    paths: Iterable[str | Path],
    *,
    extractor: str = "rules",
    force: bool = False,
    workers: int = 1,
    batch_size: int = 16,
    chunk_size: int | None = None,
    scheduler: str | None = None,
    shards: str | Path | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every document under ``paths`` into ``store``; see the module docstring.

    ``scheduler`` (a Dask address such as ``tcp://host:8786``) runs extraction
    on a cluster; ``shards`` (a folder) writes N-Quads shards for a bulk loader
    instead of writing to ``store`` (which may then be None: nothing is skipped).
    """
    version = _extractor_name(extractor)
    report = IngestReport()
    if chunk_size is None:
        # Documents handed to the extractor at a time (one nlp.pipe call). One local worker
        # parses a whole write batch at once, as spaCy is fastest on bigger batches; several
        # workers or a cluster get smaller tasks, so the load spreads evenly.
        chunk_size = batch_size if workers <= 1 and scheduler is None else 8
    writer = None
    if shards is not None:
        from kg.distributed import ShardWriter

        writer = ShardWriter(shards)
    if store is not None and writer is None:
        ensure_reference(store)
    tick = on_progress or (lambda _item: None)

    # A document is named by its file name, so a/report.txt and b/report.txt would share one
    # graph and the second would silently replace the first: the second is refused instead.
    first_path: dict[str, Path] = {}
    replacing: dict[str, tuple[str, str]] = {}  # told once the replacement is written

    def todo() -> Iterator[Document]:
        for path in iter_paths(paths):
            try:
                doc = read_document(path)
            except KGError as exc:
                report.failed.append((str(path), str(exc)))
                tick(str(path))
                continue
            first = first_path.setdefault(doc.id, path)
            if first is not path:
                if Path(first).resolve() == Path(path).resolve():
                    tick(str(path))  # the same file named twice (a folder and a file in it): one document
                    continue
                report.failed.append((str(path), f"{path}: same document id {doc.id!r} as {first} (a document is named by its file name); rename one of them"))
                tick(str(path))
                continue
            stored = stored_state(store, doc.id) if store is not None else None
            if stored and not force and stored.state == state(doc, version):
                report.skipped.append(doc.id)
                tick(doc.id)
                continue
            if stored and stored.path and stored.state.sha256 != doc.sha256 and _other_file(stored.path, path):
                replacing[doc.id] = (str(path), stored.path)
            yield doc

    batch: dict[str, Triples] = {}
    batch_ids: list[tuple[str, int]] = []
    batch_shared: dict[str, Mapping[str, Triples]] = {}
    # Shared-graph triples (entity descriptions) this run has committed: the next batch that
    # names the same entity need not write them again. Only the writer thread touches it.
    in_store: set = set()

    def merge_new(parts: Iterable[Mapping[str, Triples]]) -> dict[str, Triples]:
        return merged(parts, skip=in_store)

    def committed(merge: Mapping[str, Triples]) -> None:
        if len(in_store) > SHARED_MEMORY:
            in_store.clear()  # bounded memory on huge corpora; the price is rewriting some triples
        for body in merge.values():
            in_store.update(triple_items(body))

    def write(graphs: dict[str, Triples], ids_events: list[tuple[str, int]], shared: dict[str, Mapping[str, Triples]]) -> None:
        written = ids_events
        if writer is not None:
            for graph, triples in graphs.items():
                writer.write(graph, as_text(triples), {g: as_text(t) for g, t in shared[graph].items()})
        else:
            try:
                merge = merge_new(shared.values())
                store.replace_graphs(graphs, merge=merge)
                committed(merge)
            except QueryError:
                # A document whose triples the store refuses must not sink its batch:
                # write the batch one document at a time and report the refused ones.
                written = []
                for (graph, triples), (doc_id, events) in zip(graphs.items(), ids_events):
                    try:
                        merge = merge_new([shared[graph]])
                        store.replace_graphs({graph: triples}, merge=merge)
                        committed(merge)
                        written.append((doc_id, events))
                    except QueryError as exc:
                        report.failed.append((doc_id, f"{doc_id}: the store refused its graph ({exc})"))
                        tick(doc_id)
        for doc_id, events in written:
            report.ingested.append(doc_id)
            report.events += events
            tick(doc_id)

    # Writes run on one writer thread while the next batch is extracted: the store
    # (RocksDB, the GIL released) costs about a tenth of spaCy's time per article,
    # and overlapping hides it where a core is free. One batch in flight at most, so memory stays
    # bounded and batches commit in order; a failed write surfaces at the next flush.
    writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")
    in_flight: list = []

    def flush() -> None:
        job = (dict(batch), list(batch_ids), dict(batch_shared))
        batch.clear()
        batch_ids.clear()
        batch_shared.clear()
        if in_flight:
            in_flight.pop().result()
        in_flight.append(writes.submit(write, *job))

    try:
        for done in _run_chunks(batches(todo(), chunk_size), extractor, workers, scheduler):
            if done.error:
                report.failed.append((done.doc_id, done.error))
                tick(done.doc_id)
                continue
            batch[done.graph] = done.triples
            batch_shared[done.graph] = done.shared
            batch_ids.append((done.doc_id, done.events))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        if in_flight:
            in_flight.pop().result()
    finally:
        # Interrupted or failed: the batch already handed to the store still commits
        # whole (it is one transaction), so a resumed run skips it.
        writes.shutdown(wait=True)
    if writer is not None:
        writer.close()
    report.replaced = [replacing[d] for d in report.ingested if d in replacing]
    return report


def _extractor_name(extractor: str) -> str:
    """The versioned NAME of an extractor (its class attribute; no model is loaded).

    The extractor this process already holds answers without a second look
    through the installed plugins, which reads every package's metadata
    (about 45 ms, paid on each ingest call of a notebook or benchmark).
    """
    if _EXTRACTOR is not None and _EXTRACTOR_KEY is not None and _EXTRACTOR_KEY[0] == extractor:
        return type(_EXTRACTOR).NAME
    from kg import plugins

    return plugins.load("extractors", extractor).NAME


def document_graph(doc: str) -> str:
    """The named graph of a document given by its id, file name or path, or graph IRI."""
    if doc.startswith(("http://", "https://")):
        return doc
    return ids.document_iri(Path(doc).stem if Path(doc).suffix in (".txt", ".html", ".htm") else doc)


def remove(store: Store, *docs: str) -> list[str]:
    """Retract documents and everything derived from them; each is named by its id, path or graph IRI.

    All or nothing: when one is not in the store, none is removed (:class:`KGError` names
    the missing ones), so the command can simply be rerun with the typo fixed. Entities
    no remaining document names lose their description in the entities graph, in the
    same transaction. (Aliases that only these documents used stay with entities other
    documents still name.) Returns the documents removed, each once.
    """
    by_graph: dict[str, str] = {}  # one document named twice (by id and by file name) is removed once
    for doc in docs:
        by_graph.setdefault(document_graph(doc), doc)
    missing = store.remove_documents(by_graph)
    if missing:
        raise KGError(f"not in the store: {', '.join(by_graph[g] for g in missing)}; nothing removed")
    return list(by_graph.values())
