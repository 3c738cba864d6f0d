"""Extraction -> RDF quads: n-ary events with Web Annotation evidence, one named graph per document.

Everything derived from a document (its own description and text, which
entities it names, its events, their evidence, the shortcut triples) goes into
the document's graph, so replacing or removing that graph replaces or removes
exactly what the document says. The same entity named by two documents gets
the same IRI (see :mod:`kg.ids`) and one description (type, name, aliases) in
the shared entities graph, written in the same transaction as the document
graph; removing the last document that names an entity removes its
description too (:func:`kg.pipeline.remove`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kg import ids, ontology
from kg.model import Document, Extraction
from kg.store.base import ENTITIES_GRAPH
from kg.terms import KG

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
OWL_SAMEAS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
WD = "http://www.wikidata.org/entity/"


def n(iri) -> NamedNode:
    return NamedNode(str(iri))


def date_literal(value: str) -> Literal:
    """A date literal typed by its precision (FtM's date type does the same)."""
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=NamedNode(XSD + "gYear"))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "gYearMonth"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    return Literal(value)


def _url_term(url: str):
    return NamedNode(url) if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", url) else Literal(url)


class _Graph:
    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, n(p) if not isinstance(p, NamedNode) else p, o, self.graph))


def document_quads(doc: Document, extractor: str, g: _Graph) -> NamedNode:
    d = g.graph
    g.add(d, RDF_TYPE, n(KG.Document))
    g.add(d, KG.docId, Literal(doc.id))
    g.add(d, KG.sha256, Literal(doc.sha256))
    g.add(d, KG.text, Literal(doc.text))
    g.add(d, KG.extractedWith, Literal(extractor))
    if doc.path:
        g.add(d, KG.sourcePath, Literal(doc.path))
    if doc.title:
        g.add(d, SCHEMA + "headline", Literal(doc.title))
    if doc.url:
        g.add(d, SCHEMA + "url", _url_term(doc.url))
    if doc.publisher:
        g.add(d, SCHEMA + "publisher", Literal(doc.publisher))
    if doc.date:
        g.add(d, SCHEMA + "datePublished", date_literal(doc.date))
    return d


def extraction_quads(ex: Extraction) -> list[Quad]:
    """All quads of one document's graph, in a stable order."""
    onto = ontology.get()
    doc_node = n(ids.document_iri(ex.doc.id))
    g = _Graph(doc_node)
    document_quads(ex.doc, ex.extractor, g)

    agent = n(ids.iri("extractor", ex.extractor))
    name, _, version = ex.extractor.partition(".")
    g.add(agent, RDF_TYPE, n(KG.Extractor))
    g.add(agent, SCHEMA + "name", Literal(name))
    g.add(agent, SCHEMA + "softwareVersion", Literal(version or "0"))
    run = n(ids.iri("extraction", ex.doc.id, ex.doc.sha256, ex.extractor))
    g.add(run, RDF_TYPE, n(KG.Extraction))
    g.add(run, PROV + "used", doc_node)
    g.add(run, PROV + "wasAssociatedWith", agent)

    # Entity descriptions go to the shared entities graph (described once, however many
    # documents name them); that the document names the entity stays in its own graph.
    shared = _Graph(NamedNode(ENTITIES_GRAPH))
    entity_nodes: dict[str, NamedNode] = {}
    for key, ent in sorted(ex.entities.items()):
        node = n(ent.iri or ids.entity_iri(ent.type, ent.name))
        entity_nodes[key] = node
        shared.add(node, RDF_TYPE, n(onto.entity_class(ent.type)))
        name = ids.clean_name(ent.name)  # shown in the viz and tables: no invisible or bidi characters
        shared.add(node, SCHEMA + "name", Literal(name))
        for alias in sorted({ids.clean_name(a) for a in ent.aliases} - {name}):
            shared.add(node, SKOS + "altLabel", Literal(alias))
        if ent.wikidata:
            shared.add(node, OWL_SAMEAS, NamedNode(WD + ent.wikidata))
        g.add(node, KG.mentionedIn, doc_node)

    for claim in ex.claims:
        if not claim.evidence:
            continue  # the contract: nothing without evidence
        cls = onto.claim_types[claim.type]
        key_values = []
        for role in onto.key_roles[claim.type]:
            value = claim.roles.get(role)
            key_values.append(entity_nodes[value].value if onto.roles[role].kind == "entity" and value in entity_nodes else value)
        event = n(ids.iri("event", ex.doc.id, claim.type, *key_values))
        g.add(event, RDF_TYPE, n(cls))
        values: dict[str, object] = {}
        for role_name, value in sorted(claim.roles.items()):
            if value is None:
                continue
            role = onto.roles[role_name]
            if role.kind == "entity":
                term = entity_nodes[value]
            elif role.kind == "code":
                concept = onto.concept(role_name, value)
                if concept is None:
                    continue
                term = n(concept)
            elif role.kind == "date":
                term = date_literal(value)
            else:
                term = Literal(value)
            values[role_name] = term
            g.add(event, role.property, term)
        if claim.status:
            concept = onto.concept("status", claim.status)
            if concept is not None:
                g.add(event, KG.status, n(concept))
        g.add(event, KG.confidence, Literal(f"{claim.confidence:.3f}", datatype=NamedNode(XSD + "decimal")))
        for cut in onto.shortcuts[claim.type]:
            if cut.subject in values and cut.object in values:
                g.add(values[cut.subject], cut.property, values[cut.object])
        for span in sorted(set(claim.evidence)):
            ev = n(ids.iri("evidence", event.value, span.start, span.end))
            target = NamedNode(ev.value + "#target")
            quote = NamedNode(ev.value + "#quote")
            pos = NamedNode(ev.value + "#position")
            g.add(event, PROV + "wasDerivedFrom", ev)
            g.add(ev, RDF_TYPE, NamedNode(OA + "Annotation"))
            g.add(ev, OA + "hasBody", event)
            g.add(ev, OA + "hasTarget", target)
            g.add(ev, PROV + "wasGeneratedBy", run)
            g.add(target, OA + "hasSource", doc_node)
            g.add(target, OA + "hasSelector", quote)
            g.add(target, OA + "hasSelector", pos)
            g.add(quote, RDF_TYPE, NamedNode(OA + "TextQuoteSelector"))
            g.add(quote, OA + "exact", Literal(span.text))
            g.add(pos, RDF_TYPE, NamedNode(OA + "TextPositionSelector"))
            g.add(pos, OA + "start", Literal(str(span.start), datatype=NamedNode(XSD + "integer")))
            g.add(pos, OA + "end", Literal(str(span.end), datatype=NamedNode(XSD + "integer")))
    return _dedupe(g.quads + shared.quads)


def _dedupe(quads: list[Quad]) -> list[Quad]:
    seen = set()
    out = []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


def reference_quads() -> Iterator[Quad]:
    """The ontology, vocabularies and statutes, for the store's reference graph."""
    import pyoxigraph as ox

    from kg.resources import gazetteer_dir, ontology_dir
    from kg.store.base import REFERENCE_GRAPH

    graph = NamedNode(REFERENCE_GRAPH)
    for path in sorted(ontology_dir().glob("*.ttl")) + sorted(gazetteer_dir().glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield Quad(t.subject, t.predicate, t.object, graph)
