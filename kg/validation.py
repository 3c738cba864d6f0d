"""Is the graph valid? SHACL shapes from ``ontology/shapes.ttl`` plus checks SHACL cannot express.

Python checks: each evidence quote equals the stored document text at its
offsets, and each document's stored SHA-256 matches its stored text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kg.store import Store

EVIDENCE = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?ev ?doc ?exact ?start ?end ?text WHERE {
  GRAPH ?g {
    ?ev a oa:Annotation ; oa:hasTarget ?t .
    ?t oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
    ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
    OPTIONAL { ?doc kg:text ?text }
  }
}"""
DOCS = """
PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
SELECT ?doc ?sha ?text WHERE { GRAPH ?g { ?doc a kg:Document ; kg:sha256 ?sha ; kg:text ?text } }"""


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}: {self.message}"


def python_checks(store: Store) -> list[Violation]:
    out = []
    for row in store.query(EVIDENCE, union=False):
        text = row["text"]
        start, end = int(row["start"].value), int(row["end"].value)
        if text is None:
            out.append(Violation(row["ev"].value, "oa:hasSource", f"document {row['doc'].value} has no stored text"))
        elif text.value[start:end] != row["exact"].value:
            out.append(Violation(row["ev"].value, "oa:exact", f"quote does not equal the document text at [{start}:{end}]"))
    for row in store.query(DOCS, union=False):
        actual = hashlib.sha256(row["text"].value.encode("utf-8")).hexdigest()
        if actual != row["sha"].value:
            out.append(Violation(row["doc"].value, "kg:sha256", "stored SHA-256 does not match the stored text"))
    return out


def shacl_checks(store: Store) -> list[Violation]:
    import pyoxigraph as ox
    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import SH

    from kg.resources import ontology_dir

    data = Graph()
    data.parse(data=ox.serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=ox.RdfFormat.N_TRIPLES), format="nt")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    onto = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        if path.name != "shapes.ttl":
            onto.parse(path, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=onto, inference="rdfs", advanced=True)
    out = []
    if not conforms:
        for result in report.subjects(SH.resultSeverity, SH.Violation):
            focus = report.value(result, SH.focusNode)
            path = report.value(result, SH.resultPath)
            message = report.value(result, SH.resultMessage)
            shown = path.n3(report.namespace_manager) if path is not None else ""
            out.append(Violation(str(focus), shown, str(message)))
    return sorted(set(out), key=str)


def validate(store: Store) -> list[Violation]:
    """Every violation of the shapes and of the evidence/hash checks; empty means valid."""
    return shacl_checks(store) + python_checks(store)
