"""RDF -> networkx: entities and events as nodes, event roles as edges.

This is the shape every picture and graph export starts from; labels and
classes come from the store (and so from the ontology), not from Python lists.
"""

from __future__ import annotations

import networkx as nx

from kg.store import Store

NODES = """
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?node ?cls ?name WHERE {
  GRAPH ?g { ?node a ?cls . ?node schema:name ?name . FILTER(?g != <https://w3id.org/rightsgraph/graph/reference>) }
}"""
ROLE_EDGES = """
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?event ?cls ?prop ?value (SAMPLE(?q) AS ?quote) WHERE {
  GRAPH <https://w3id.org/rightsgraph/graph/reference> { ?cls kg:claimType ?t . ?prop kg:claimRole ?r }
  ?event a ?cls ; ?prop ?value .
  FILTER(isIRI(?value))
  OPTIONAL { ?event prov:wasDerivedFrom/oa:hasTarget/oa:hasSelector/oa:exact ?q }
} GROUP BY ?event ?cls ?prop ?value"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def build(store: Store) -> nx.MultiDiGraph:
    """Entities and events with their role edges; attributes: label, cls, title (evidence)."""
    g = nx.MultiDiGraph()
    for row in store.query(NODES):
        node = row["node"].value
        g.add_node(node, label=row["name"].value, cls=_local(row["cls"].value))
    for row in store.query(ROLE_EDGES):
        event, value = row["event"].value, row["value"].value
        if event not in g:
            g.add_node(event, label=_local(row["cls"].value), cls=_local(row["cls"].value), title=row["quote"].value if row["quote"] else "")
        if value not in g:
            g.add_node(value, label=_local(value), cls="Concept")
        g.add_edge(event, value, label=_local(row["prop"].value))
    return g
