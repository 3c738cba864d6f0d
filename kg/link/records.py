"""Reading graph entities for linkers, and writing links, decisions and reports.

Each source's links live in one named graph, ``LINKS/<source>``, replaced in
one transaction (:meth:`kg.store.base.Store.replace_graph`) after the whole
input has been read and matched: a bad input raises before anything is
written, so the store keeps its previous links. Reviewer decisions live in
``LINKS/review`` and survive re-runs.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from kg import ids
from kg.link.base import Candidate, GraphEntity, Judgement
from kg.terms import KG

LINKS = "https://w3id.org/rightsgraph/graph/links/"
REVIEW_GRAPH = LINKS + "review"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL_SAMEAS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
SKOS_EXACT = NamedNode(SKOS + "exactMatch")
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
WD = "http://www.wikidata.org/entity/"

# external_label and method say why a link was proposed: without them a reviewer of the CSV saw a bare score.
REPORT_COLUMNS = ["entity", "label", "source", "external_id", "score", "status", "external_label", "method"]
STATUS_TERMS = {"accepted": KG.accepted, "candidate": KG.candidate, "rejected": KG.rejected}

ENTITY_TYPES = ("Person", "Organization", "GovernmentBody", "Group", "Country", "Region", "Place", "Statute", "SanctionsProgram", "Platform", "Medium")

PREFIXES = """PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def n(iri) -> NamedNode:
    return iri if isinstance(iri, NamedNode) else NamedNode(str(iri))


def lit(value, datatype: str | None = None) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + datatype)) if datatype else Literal(str(value))


def graph_iri(source: str) -> str:
    return LINKS + source


def _kind(cls_iri: str) -> str:
    return cls_iri.rsplit("#", 1)[-1]


def load_entities(store, types: Iterable[str] = ENTITY_TYPES) -> list[GraphEntity]:
    """Every entity of the given types in the document graphs, with names, aliases and context."""
    wanted = set(types)
    # Only the documents' graphs: names and aliases that links graphs added (resolution) must not feed back.
    docs_only = f'FILTER(!STRSTARTS(STR(?g), "{LINKS}"))'
    q = PREFIXES + f"""
    SELECT ?e ?cls ?name WHERE {{ GRAPH ?g {{ ?e a ?cls ; schema:name ?name }} FILTER(STRSTARTS(STR(?cls), STR(kg:))) {docs_only} }}"""
    found: dict[str, GraphEntity] = {}
    for row in store.query(q):
        kind = _kind(row["cls"].value)
        iri = row["e"].value
        if kind not in wanted or not iri.startswith(ids.ID_NS):
            continue
        ent = found.get(iri)
        if ent is None:
            found[iri] = GraphEntity(iri=iri, type=kind, name=row["name"].value)
        elif row["name"].value != ent.name:
            ent.aliases.add(row["name"].value)
    context = {
        "aliases": f"SELECT ?e ?v WHERE {{ GRAPH ?g {{ ?e skos:altLabel ?v }} {docs_only} }}",
        "positions": "SELECT ?e ?v WHERE { ?p a kg:PositionHeld ; kg:person ?e ; kg:roleTitle ?v }",
        "countries": """SELECT ?e ?v WHERE {
            { ?p a kg:PositionHeld ; kg:person ?e ; kg:organization ?c . ?c a kg:Country ; schema:name ?v }
            UNION { ?ev kg:location ?c ; kg:target|kg:perpetrator ?e . ?c a kg:Country ; schema:name ?v } }""",
        "programs": "SELECT ?e ?v WHERE { ?d a kg:Designation ; kg:target ?e ; kg:legalBasis ?v }",
        "wikidata": f"SELECT ?e ?v WHERE {{ GRAPH ?g {{ ?e owl:sameAs ?v }} FILTER(STRSTARTS(STR(?v), \"http://www.wikidata.org/entity/Q\")) {docs_only} }}",
        "birth_dates": "SELECT ?e ?v WHERE { ?e schema:birthDate ?v }",
    }
    for attr, body in context.items():
        for row in store.query(PREFIXES + body):
            ent = found.get(row["e"].value)
            if ent is None:
                continue
            value = row["v"].value
            if attr == "wikidata":
                value = value.rsplit("/", 1)[-1]
            if attr == "programs":  # the legal basis' program codes, from the statutes gazetteer
                from kg.link.lists import statute_facts

                ent.programs |= statute_facts().get(value, {}).get("codes", set())
                continue
            getattr(ent, attr).add(value)
    for ent in found.values():
        ent.aliases.discard(ent.name)
    # "the police" or "protesters" name no one in particular (kg.ids.is_description): no register holds them.
    named = [e for e in found.values() if not ids.is_local(e.iri)]
    return sorted(named, key=lambda e: (e.type, e.name, e.iri))


def load_decisions(store, source: str | None = None) -> dict[tuple[str, str], str]:
    """Reviewer decisions: (entity IRI, external IRI) -> accepted|rejected (latest wins)."""
    q = PREFIXES + f"""SELECT ?s ?t ?status ?src ?at WHERE {{ GRAPH <{REVIEW_GRAPH}> {{
        ?d a kg:Decision ; kg:linkSubject ?s ; kg:linkTarget ?t ; kg:linkStatus ?status ; kg:linkSource ?src ; kg:decidedAt ?at }} }}
        ORDER BY ?at"""
    out: dict[tuple[str, str], str] = {}
    for row in store.query(q):
        if source and row["src"].value != source:
            continue
        out[(row["s"].value, row["t"].value)] = _kind(row["status"].value)
    return out


def link_quads(cand: Candidate, predicate: NamedNode | None) -> list[tuple]:
    """The link record of a candidate and, when accepted, the link triple itself."""
    node = n(ids.iri("link", cand.source, cand.entity, cand.external_iri))
    triples = [
        (node, RDF_TYPE, n(KG.LinkCandidate)),
        (node, n(KG.linkSubject), n(cand.entity)),
        (node, n(KG.linkTarget), n(cand.external_iri)),
        (node, n(KG.linkSource), lit(cand.source)),
        (node, n(KG.externalId), lit(cand.external_id)),
        (node, n(KG.linkScore), lit(f"{cand.score:.3f}", "decimal")),
        (node, n(KG.linkMethod), lit(cand.method)),
        (node, n(KG.linkStatus), n(STATUS_TERMS[cand.status])),
    ]
    if cand.label:
        triples.append((node, n(SCHEMA + "name"), lit(ids.clean_name(cand.label))))
    if cand.external_label:  # a list's spelling, shown to reviewers: no invisible or bidi characters
        triples.append((node, n(KG.externalLabel), lit(ids.clean_name(cand.external_label))))
    if cand.judgement is Judgement.POSITIVE and predicate is not None:
        triples.append((n(cand.entity), predicate, n(cand.external_iri)))
    return triples


def write_graph(store, source: str, triples: Iterable[tuple], activity: dict[str, str] | None = None) -> int:
    """Replace the links graph of ``source`` with ``triples`` in one transaction; return the quad count."""
    g = n(graph_iri(source))
    quads = []
    seen = set()
    run = n(ids.iri("linking", source))
    for s, p, o in [(run, RDF_TYPE, n(KG.Linking)), (run, n(KG.linkSource), lit(source))] + [
        (run, n(PROV + k), lit(v)) for k, v in sorted((activity or {}).items())
    ] + list(triples):
        q = Quad(s, p, o, g)
        if q not in seen:
            seen.add(q)
            quads.append(q)
    store.replace_graph(g.value, quads)
    return len(quads)


def write_report(path: Path | None, candidates: Iterable[Candidate]) -> None:
    """One CSV row per proposed link (see README, "Linking")."""
    if path is None:
        return
    rows = sorted(candidates, key=lambda c: (c.source, c.label, c.entity, -c.score, c.external_id))
    tmp = Path(str(path) + ".part")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(REPORT_COLUMNS)
        for c in rows:
            w.writerow([c.entity, ids.clean_name(c.label), c.source, ids.show_controls(c.external_id), f"{c.score:.3f}", c.status, ids.clean_name(c.external_label), c.method])
    tmp.replace(path)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
