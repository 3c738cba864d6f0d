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

# Every term written for each document is made once here: a NamedNode checks its IRI when it
# is made, and the ~500 quads of an article would otherwise make each constant term again.
_GYEAR, _GYEARMONTH, _DATE = (NamedNode(XSD + t) for t in ("gYear", "gYearMonth", "date"))
_DECIMAL, _INTEGER = NamedNode(XSD + "decimal"), NamedNode(XSD + "integer")
_DOCUMENT, _DOC_ID, _SHA256, _TEXT, _EXTRACTED_WITH, _SOURCE_PATH = (
    NamedNode(str(t)) for t in (KG.Document, KG.docId, KG.sha256, KG.text, KG.extractedWith, KG.sourcePath)
)
_EXTRACTOR, _EXTRACTION, _MENTIONED_IN, _STATUS, _CONFIDENCE = (
    NamedNode(str(t)) for t in (KG.Extractor, KG.Extraction, KG.mentionedIn, KG.status, KG.confidence)
)
_HEADLINE, _URL, _PUBLISHER, _DATE_PUBLISHED, _NAME, _SOFTWARE_VERSION = (
    NamedNode(SCHEMA + t) for t in ("headline", "url", "publisher", "datePublished", "name", "softwareVersion")
)
_ALT_LABEL = NamedNode(SKOS + "altLabel")
_USED, _ASSOCIATED_WITH, _DERIVED_FROM, _GENERATED_BY = (NamedNode(PROV + t) for t in ("used", "wasAssociatedWith", "wasDerivedFrom", "wasGeneratedBy"))
_ANNOTATION, _QUOTE_SELECTOR, _POSITION_SELECTOR = (NamedNode(OA + t) for t in ("Annotation", "TextQuoteSelector", "TextPositionSelector"))
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR, _EXACT, _START, _END = (
    NamedNode(OA + t) for t in ("hasBody", "hasTarget", "hasSource", "hasSelector", "exact", "start", "end")
)
_YEAR_RE, _YEAR_MONTH_RE, _DAY_RE = re.compile(r"\d{4}"), re.compile(r"\d{4}-\d{2}"), re.compile(r"\d{4}-\d{2}-\d{2}")
_URL_RE = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def n(iri) -> NamedNode:
    return NamedNode(str(iri))


def date_literal(value: str) -> Literal:
    """A date literal typed by its precision (FtM's date type does the same)."""
    if _YEAR_RE.fullmatch(value):
        return Literal(value, datatype=_GYEAR)
    if _YEAR_MONTH_RE.fullmatch(value):
        return Literal(value, datatype=_GYEARMONTH)
    if _DAY_RE.fullmatch(value):
        return Literal(value, datatype=_DATE)
    return Literal(value)


def _url_term(url: str):
    return NamedNode(url) if _URL_RE.fullmatch(url) else Literal(url)


class _Terms:
    """The ontology's terms as pyoxigraph nodes, made once per loaded ontology rather than once per quad.

    Lookups that fail (an unknown entity type) are not remembered, so they
    fail the same way every time.
    """

    def __init__(self, onto: ontology.Ontology):
        self.onto = onto
        self.claim_class = {t: NamedNode(str(c)) for t, c in onto.claim_types.items()}
        self.role = {name: (NamedNode(str(r.property)), r.kind) for name, r in onto.roles.items()}
        self.shortcuts = {t: tuple((NamedNode(str(c.property)), c.subject, c.object) for c in cuts) for t, cuts in onto.shortcuts.items()}
        self._classes: dict[str, NamedNode] = {}
        self._concepts: dict[tuple[str, str], NamedNode | None] = {}

    def entity_class(self, type_name: str) -> NamedNode:
        node = self._classes.get(type_name)
        if node is None:
            node = self._classes[type_name] = NamedNode(str(self.onto.entity_class(type_name)))
        return node

    def concept(self, role: str, notation: str) -> NamedNode | None:
        key = (role, notation)
        if key not in self._concepts:
            concept = self.onto.concept(role, notation)
            self._concepts[key] = None if concept is None else NamedNode(str(concept))
        return self._concepts[key]


_TERMS: _Terms | None = None


def _terms() -> _Terms:
    global _TERMS
    onto = ontology.get()
    if _TERMS is None or _TERMS.onto is not onto:
        _TERMS = _Terms(onto)
    return _TERMS


class _Graph:
    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p if isinstance(p, NamedNode) else n(p), o, self.graph))


def document_quads(doc: Document, extractor: str, g: _Graph) -> NamedNode:
    d = g.graph
    add = g.quads.append
    add(Quad(d, RDF_TYPE, _DOCUMENT, d))
    add(Quad(d, _DOC_ID, Literal(doc.id), d))
    add(Quad(d, _SHA256, Literal(doc.sha256), d))
    add(Quad(d, _TEXT, Literal(doc.text), d))
    add(Quad(d, _EXTRACTED_WITH, Literal(extractor), d))
    if doc.path:
        add(Quad(d, _SOURCE_PATH, Literal(doc.path), d))
    if doc.title:
        add(Quad(d, _HEADLINE, Literal(doc.title), d))
    if doc.url:
        add(Quad(d, _URL, _url_term(doc.url), d))
    if doc.publisher:
        add(Quad(d, _PUBLISHER, Literal(doc.publisher), d))
    if doc.date:
        add(Quad(d, _DATE_PUBLISHED, date_literal(doc.date), d))
    return d


def extraction_quads(ex: Extraction) -> list[Quad]:
    """All quads of one document's graph, in a stable order."""
    terms = _terms()
    doc_node = n(ids.document_iri(ex.doc.id))
    g = _Graph(doc_node)
    document_quads(ex.doc, ex.extractor, g)
    add = g.quads.append

    agent = n(ids.iri("extractor", ex.extractor))
    name, _, version = ex.extractor.partition(".")
    add(Quad(agent, RDF_TYPE, _EXTRACTOR, doc_node))
    add(Quad(agent, _NAME, Literal(name), doc_node))
    add(Quad(agent, _SOFTWARE_VERSION, Literal(version or "0"), doc_node))
    run = n(ids.iri("extraction", ex.doc.id, ex.doc.sha256, ex.extractor))
    add(Quad(run, RDF_TYPE, _EXTRACTION, doc_node))
    add(Quad(run, _USED, doc_node, doc_node))
    add(Quad(run, _ASSOCIATED_WITH, agent, doc_node))

    # Entity descriptions go to the shared entities graph (described once, however many
    # documents name them); that the document names the entity stays in its own graph.
    shared_graph = NamedNode(ENTITIES_GRAPH)
    shared: list[Quad] = []
    describe = shared.append
    entity_nodes: dict[str, NamedNode] = {}
    for key, ent in sorted(ex.entities.items()):
        described = not ent.iri and not ent.wikidata and ids.is_description(ent.type, ent.name, ent.aliases, ex.doc.text)
        scope = ex.doc.id if described else None
        node = n(ent.iri or ids.entity_iri(ent.type, ent.name, scope))
        entity_nodes[key] = node
        describe(Quad(node, RDF_TYPE, terms.entity_class(ent.type), shared_graph))
        name = ids.clean_name(ent.name)  # shown in the viz and tables: no invisible or bidi characters
        describe(Quad(node, _NAME, Literal(name), shared_graph))
        for alias in sorted({ids.clean_name(a) for a in ent.aliases} - {name}):
            describe(Quad(node, _ALT_LABEL, Literal(alias), shared_graph))
        if ent.wikidata:
            describe(Quad(node, OWL_SAMEAS, NamedNode(WD + ent.wikidata), shared_graph))
        add(Quad(node, _MENTIONED_IN, doc_node, doc_node))

    for claim in ex.claims:
        if not claim.evidence:
            continue  # the contract: nothing without evidence
        cls = terms.claim_class[claim.type]
        key_values = []
        for role in terms.onto.key_roles[claim.type]:
            value = claim.roles.get(role)
            key_values.append(entity_nodes[value].value if terms.role[role][1] == "entity" and value in entity_nodes else value)
        event = n(ids.iri("event", ex.doc.id, claim.type, *key_values))
        add(Quad(event, RDF_TYPE, cls, doc_node))
        values: dict[str, object] = {}
        for role_name, value in sorted(claim.roles.items()):
            if value is None:
                continue
            prop, kind = terms.role[role_name]
            if kind == "entity":
                term = entity_nodes[value]
            elif kind == "code":
                term = terms.concept(role_name, value)
                if term is None:
                    continue
            elif kind == "date":
                term = date_literal(value)
            else:
                term = Literal(value)
            values[role_name] = term
            add(Quad(event, prop, term, doc_node))
        if claim.status:
            concept = terms.concept("status", claim.status)
            if concept is not None:
                add(Quad(event, _STATUS, concept, doc_node))
        add(Quad(event, _CONFIDENCE, Literal(f"{claim.confidence:.3f}", datatype=_DECIMAL), doc_node))
        for prop, subject, obj in terms.shortcuts[claim.type]:
            if subject in values and obj in values:
                add(Quad(values[subject], prop, values[obj], doc_node))
        for span in sorted(set(claim.evidence)):
            ev_iri = ids.iri("evidence", event.value, span.start, span.end)
            ev = NamedNode(ev_iri)
            target = NamedNode(ev_iri + "#target")
            quote = NamedNode(ev_iri + "#quote")
            pos = NamedNode(ev_iri + "#position")
            add(Quad(event, _DERIVED_FROM, ev, doc_node))
            add(Quad(ev, RDF_TYPE, _ANNOTATION, doc_node))
            add(Quad(ev, _HAS_BODY, event, doc_node))
            add(Quad(ev, _HAS_TARGET, target, doc_node))
            add(Quad(ev, _GENERATED_BY, run, doc_node))
            add(Quad(target, _HAS_SOURCE, doc_node, doc_node))
            add(Quad(target, _HAS_SELECTOR, quote, doc_node))
            add(Quad(target, _HAS_SELECTOR, pos, doc_node))
            add(Quad(quote, RDF_TYPE, _QUOTE_SELECTOR, doc_node))
            add(Quad(quote, _EXACT, Literal(span.text), doc_node))
            add(Quad(pos, RDF_TYPE, _POSITION_SELECTOR, doc_node))
            add(Quad(pos, _START, Literal(str(span.start), datatype=_INTEGER), doc_node))
            add(Quad(pos, _END, Literal(str(span.end), datatype=_INTEGER), doc_node))
    # Repeats (a shortcut two claims both imply) are written once; the first keeps its place.
    return list(dict.fromkeys(g.quads + shared))


def reference_quads() -> Iterator[Quad]:
    """The ontology, vocabularies and statutes, for the store's reference graph."""
    import pyoxigraph as ox

    from kg.resources import gazetteer_dir, ontology_dir
    from kg.store.base import REFERENCE_GRAPH

    graph = NamedNode(REFERENCE_GRAPH)
    for path in sorted(ontology_dir().glob("*.ttl")) + sorted(gazetteer_dir().glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield Quad(t.subject, t.predicate, t.object, graph)
