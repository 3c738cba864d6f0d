"""The ontology, loaded once from ``ontology/*.ttl``, and what code needs to know from it.

Claim types, roles, code schemes and shortcut triples are annotations in
``ontology/kg.ttl`` (``kg:claimType``, ``kg:claimRole``, ``kg:keyRole``,
``kg:codeScheme``, ``kg:shortcut``), so mapping the flat claims contract to
n-ary events needs no second, hand-kept list in Python.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, OWL, XSD, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from kg.errors import InvalidOntology
from kg.resources import ontology_dir

KG_NS = "https://w3id.org/rightsgraph/ontology#"
ID_NS = "https://w3id.org/rightsgraph/id/"
KGN = Namespace(KG_NS)


@dataclass(frozen=True)
class Role:
    """A role of the claims contract and the ontology property that carries it."""

    name: str
    property: URIRef
    kind: str  # "entity" | "code" | "date" | "text"
    scheme: URIRef | None = None


@dataclass(frozen=True)
class Shortcut:
    property: URIRef
    subject: str
    object: str


class Ontology:
    """Read-only view of the ontology graph with the lookups the pipeline needs."""

    def __init__(self, graph: Graph):
        self.graph = graph
        g = graph
        self.claim_types: dict[str, URIRef] = {}
        self.key_roles: dict[str, tuple[str, ...]] = {}
        self.shortcuts: dict[str, tuple[Shortcut, ...]] = {}
        self.roles: dict[str, Role] = {}
        for prop, name in g.subject_objects(KGN.claimRole):
            scheme = g.value(prop, KGN.codeScheme)
            if scheme is not None:
                kind = "code"
            elif (prop, RDF.type, OWL.DatatypeProperty) in g:
                kind = "text" if g.value(prop, RDFS.range) == XSD.string else "date"
            else:
                kind = "entity"
            self.roles[str(name)] = Role(str(name), prop, kind, scheme)
        role_of = {r.property: r.name for r in self.roles.values()}
        for cls, ctype in g.subject_objects(KGN.claimType):
            ctype = str(ctype)
            self.claim_types[ctype] = cls
            keys = [role_of[p] for p in g.objects(cls, KGN.keyRole)]
            self.key_roles[ctype] = tuple(sorted(keys))
            cuts = []
            for node in g.objects(cls, KGN.shortcut):
                cuts.append(
                    Shortcut(
                        g.value(node, KGN.shortcutProperty),
                        role_of[g.value(node, KGN.shortcutSubject)],
                        role_of[g.value(node, KGN.shortcutObject)],
                    )
                )
            self.shortcuts[ctype] = tuple(sorted(cuts, key=lambda s: s.property))
        self.type_of_class = {cls: t for t, cls in self.claim_types.items()}
        self._concepts: dict[tuple[URIRef, str], URIRef] = {}
        self._notations: dict[URIRef, str] = {}
        for concept, scheme in g.subject_objects(SKOS.inScheme):
            notation = g.value(concept, SKOS.notation)
            if notation is not None:
                self._concepts[(scheme, str(notation))] = concept
                self._notations[concept] = str(notation)
        if not self.claim_types or not self.roles:
            raise InvalidOntology(f"{ontology_dir()}: no kg:claimType / kg:claimRole annotations found")

    def entity_class(self, local_name: str) -> URIRef:
        """The class IRI of an entity type such as ``Person``; unknown names are an error."""
        iri = KGN[local_name]
        if (iri, RDF.type, OWL.Class) not in self.graph:
            raise InvalidOntology(f"ontology has no class kg:{local_name}")
        return iri

    def concept(self, role: str, notation: str) -> URIRef | None:
        """The SKOS concept for a code such as ``torture`` in the scheme of ``role``."""
        return self._concepts.get((self.roles[role].scheme, notation))

    def notation(self, concept: URIRef) -> str | None:
        return self._notations.get(concept)

    def concept_labels(self, scheme_local_name: str) -> dict[str, list[str]]:
        """Notation -> its preferred, alternative and hidden labels, for gazetteers."""
        scheme = KGN[scheme_local_name]
        out: dict[str, list[str]] = {}
        for (s, notation), concept in sorted(self._concepts.items()):
            if s != scheme:
                continue
            labels = [str(o) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for o in self.graph.objects(concept, p)]
            out[notation] = sorted(set(labels))
        return out

    def label(self, iri: URIRef) -> str:
        value = self.graph.value(iri, RDFS.label) or self.graph.value(iri, SKOS.prefLabel)
        return str(value) if value is not None else str(iri).rsplit("#", 1)[-1]

    def terms(self) -> list[str]:
        """Local names of every term defined in the kg: namespace, sorted."""
        names = {str(s)[len(KG_NS):] for s in self.graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)}
        return sorted(n for n in names if n)


def ontology_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or ontology_dir()).glob("*.ttl"))


@cache
def load_graph() -> Graph:
    g = Graph()
    for path in ontology_files():
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many kinds; all mean the same here
            raise InvalidOntology(f"{path}: {exc}") from exc
    return g


@cache
def get() -> Ontology:
    """The ontology, parsed once per process."""
    return Ontology(load_graph())


def codegen(onto: Ontology | None = None) -> str:
    """Source of ``kg/terms.py``: a closed rdflib namespace, so a misspelt term fails loudly."""
    onto = onto or get()
    lines = [
        '"""GENERATED by `kg ontology codegen` from ontology/*.ttl; do not edit by hand.',
        "",
        "A closed namespace: ``KG.Designation`` works, ``KG.Desgination`` raises AttributeError.",
        '"""',
        "",
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
        "",
        "class KG(DefinedNamespace):",
        "    _fail = True",
        f'    _NS = Namespace("{KG_NS}")',
        "",
    ]
    extras = []
    for name in onto.terms():
        if name.isidentifier() and not keyword.iskeyword(name):
            lines.append(f"    {name}: URIRef")
        else:
            extras.append(name)
    if extras:
        lines.append(f"    _extras = {extras!r}")
    return "\n".join(lines) + "\n"
