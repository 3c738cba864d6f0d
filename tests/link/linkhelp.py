"""Helpers and fixtures for linking tests: small document graphs built without NLP, fixture paths, store snapshots.

Test modules import the fixtures they use (``from linkhelp import linked_store``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Claim, Document, Entity, Extraction, Span
from kg.rdf import extraction_quads
from kg import ids

STATUTES = {
    "7031c": ("Section 7031(c)", "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"),
    "magnit": ("Magnitsky Act", "https://w3id.org/rightsgraph/id/statute/us-magnitsky-2012"),
    "glomag": ("E.O. 13818", "https://w3id.org/rightsgraph/id/statute/us-eo-13818"),
    "ukghr": ("Global Human Rights Sanctions Regulations 2020", "https://w3id.org/rightsgraph/id/statute/uk-global-human-rights-2020"),
}


def add_document(store, doc_id: str, people: dict[str, tuple[str, str]], designations=(), positions=(), date: str | None = None) -> str:
    """``people``: key -> (name, type); ``designations``: (target key, statute key, date or None); positions: (person, org, role)."""
    sentences = []
    for key, (name, _type) in people.items():
        sentences.append(f"{name} is named here.")
    for target, statute, when in designations:
        sentences.append(f"{people[target][0]} was designated under {STATUTES[statute][0]}" + (f" in {when}." if when else "."))
    for person, org, role in positions:
        sentences.append(f"{people[person][0]} is {role} of {people[org][0]}.")
    text = "\n".join(sentences)
    doc = Document(id=doc_id, text=text, date=date)
    ex = Extraction(doc=doc, extractor="test.v1")
    for key, (name, type_) in people.items():
        start = text.index(name)
        ex.entities[key] = Entity(key, name, type_, mentions=[Span.of(text, start, start + len(name))])
    for statute in {s for _, s, _ in designations}:
        name, iri = STATUTES[statute]
        ex.entities[statute] = Entity(statute, name, "Statute", iri=iri)
    offset = 0
    for sentence in text.split("\n"):
        span = Span.of(text, offset, offset + len(sentence))
        offset += len(sentence) + 1
        for target, statute, when in designations:
            if sentence.startswith(f"{people[target][0]} was designated under {STATUTES[statute][0]}"):
                roles = {"target": target, "legal_basis": statute}
                if when:
                    roles["date"] = when
                ex.claims.append(Claim("sanction", roles, [span], status="designated", confidence=0.9))
        for person, org, role in positions:
            if sentence == f"{people[person][0]} is {role} of {people[org][0]}.":
                ex.claims.append(Claim("position", {"person": person, "org": org, "role": role}, [span], confidence=0.9))
    store.replace_graph(ids.document_iri(doc_id), extraction_quads(ex))
    return doc_id


def entity(name: str, type_: str = "Person") -> str:
    return ids.entity_iri(type_, name)



OFAC = Path(__file__).parent.parent / "fixtures" / "ofac"
OPENSANCTIONS = Path(__file__).parent.parent / "fixtures" / "opensanctions"

PEOPLE_A = {
    "kadyrov": ("Ramzan Kadyrov", "Person"),
    "wife": ("Medni Kadyrova", "Person"),
    "alvi": ("Alvi Karimov", "Person"),
    "chechnya": ("Chechen Republic", "Region"),
    "russia": ("Russia", "Country"),
}
PEOPLE_B = {
    "kadyrow": ("Ramzan Kadyrow", "Person"),
    "islam": ("Islam Karimov", "Person"),
    "gulnara": ("Gulnara Karimova", "Person"),
    "yuri": ("Yuri Chayka", "Person"),
    "artem": ("Artem Chaika", "Person"),
    "rab": ("Rapid Action Battalion", "GovernmentBody"),
    "chen": ("Chen Quanguo", "Person"),
}


@pytest.fixture
def linked_store(store_dir):
    """A store with two documents: designations under 7031(c), the Magnitsky Act and E.O. 13818."""
    from kg.store import open_store

    with open_store(str(store_dir)) as st:
        add_document(
            st,
            "kadyrov_doc",
            PEOPLE_A,
            designations=[("kadyrov", "7031c", "2020-07-20"), ("kadyrov", "magnit", "2017-12"), ("wife", "7031c", "2020-07-20")],
            positions=[("kadyrov", "russia", "head of the Chechen Republic")],
        )
        add_document(
            st,
            "annex_doc",
            PEOPLE_B,
            designations=[
                ("gulnara", "glomag", "2017-12-21"),
                ("artem", "glomag", "2017-12-21"),
                ("yuri", "glomag", "2017-12-21"),  # a false claim: the son was designated, not the father
                ("rab", "glomag", "2021-12-10"),
                ("chen", "magnit", "2020-07-09"),  # wrong program: he is listed under GLOMAG
                ("chen", "glomag", "2019-01"),  # right program, wrong date
            ],
        )
    return store_dir


def store_snapshot(path: Path) -> list[str]:
    """Every quad of the store at ``path`` as sorted N-Quads lines ([] when there is no store)."""
    if not (path / "CURRENT").exists():
        return []
    import pyoxigraph as ox

    return sorted(str(q) for q in ox.Store.read_only(str(path)))
