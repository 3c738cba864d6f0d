"""Saved queries answer about what was said, however sparse the events and whatever else the graph holds.

Events often lack optional roles (a designation that names no authority, a
denial with no medium). A query that looked a name up in an OPTIONAL of its
own would then match every name in the graph; these tests build such sparse
events with the real RDF conversion and store, and check that documents
about other people change nothing in the answers about one person.
"""

from __future__ import annotations

import json

import pytest

from kg.model import Claim, Document, Entity, Extraction, Span
from kg.pipeline import ensure_reference
from kg.rdf import extraction_quads
from kg.sparql import QueryRequest, execute
from kg.store import open_store
from kg import ids


def _extraction(doc_id: str, sentences: list[str], entities: dict[str, Entity], claims) -> Extraction:
    text = " ".join(sentences)
    doc = Document(id=doc_id, text=text, title=doc_id, date="2021-03-01")
    spans = []
    pos = 0
    for s in sentences:
        spans.append(Span.of(text, pos, pos + len(s)))
        pos += len(s) + 1
    return Extraction(doc=doc, extractor="shapes.v1", entities=entities, claims=[c(spans) for c in claims])


def sparse_document() -> Extraction:
    """Events about Vera Sparse with only their key roles: no authority, medium, date, status, victim or role title."""
    ents = {
        "vera": Entity("vera", "Vera Sparse", "Person", aliases={"Vera Sparse"}),
        "law": Entity("law", "Section 7031(c)", "Statute", iri="https://w3id.org/rightsgraph/id/statute/us-sfops-7031c", aliases={"Section 7031(c)"}),
        "unit": Entity("unit", "Sparse Unit", "GovernmentBody", aliases={"Sparse Unit"}),
        "kin": Entity("kin", "Kin Sparse", "Person", aliases={"Kin Sparse"}),
        "radio": Entity("radio", "Radio Sparse", "Platform", aliases={"Radio Sparse"}),
    }
    sentences = [
        "Vera Sparse was designated under Section 7031(c).",
        "Vera Sparse denied it.",
        "Vera Sparse said so on Radio Sparse.",
        "Vera Sparse tortured detainees.",
        "Vera Sparse serves in the Sparse Unit.",
        "Kin Sparse is related to Vera Sparse and was designated too.",
        "The Sparse Unit investigated.",
    ]
    claims = [
        lambda s: Claim("sanction", {"target": "vera", "legal_basis": "law"}, [s[0]], status="designated"),
        lambda s: Claim("denial", {"denier": "vera"}, [s[1]]),
        lambda s: Claim("statement", {"speaker": "vera", "medium": "radio"}, [s[2]]),
        lambda s: Claim("abuse", {"perpetrator": "vera", "abuse_type": "torture"}, [s[3]]),
        lambda s: Claim("position", {"person": "vera", "org": "unit"}, [s[4]]),
        lambda s: Claim("family", {"person": "vera", "relative": "kin"}, [s[5]]),
        lambda s: Claim("sanction", {"target": "kin"}, [s[5]]),
        lambda s: Claim("investigation", {"investigator": "unit"}, [s[6]]),
    ]
    return _extraction("sparse-doc", sentences, ents, claims)


def crowded_document(n: int) -> Extraction:
    """Fully described events about other people, bodies and media (many names and codes to wrongly match)."""
    ents, sentences, claims = {}, [], []
    for i in range(n):
        ents[f"p{i}"] = Entity(f"p{i}", f"Other Person {i}", "Person", aliases={f"Other Person {i}"})
        ents[f"b{i}"] = Entity(f"b{i}", f"Other Ministry {i}", "GovernmentBody", aliases={f"Other Ministry {i}"})
        ents[f"m{i}"] = Entity(f"m{i}", f"Other Channel {i}", "Platform", aliases={f"Other Channel {i}"})
        sentences.append(f"Other Ministry {i} designated Other Person {i}, who spoke on Other Channel {i}.")
        k = i
        claims += [
            lambda s, k=k: Claim("sanction", {"target": f"p{k}", "authority": f"b{k}", "measure": "asset_freeze", "date": "2020-01-02"}, [s[k]], status="designated"),
            lambda s, k=k: Claim("statement", {"speaker": f"p{k}", "medium": f"m{k}", "date": "2020-01-03"}, [s[k]]),
            lambda s, k=k: Claim("abuse", {"perpetrator": f"p{k}", "abuse_type": "torture", "victim": f"b{k}", "date": "2019"}, [s[k]], status="alleged"),
            lambda s, k=k: Claim("position", {"person": f"p{k}", "org": f"b{k}", "role": "minister"}, [s[k]]),
            lambda s, k=k: Claim("investigation", {"investigator": f"b{k}", "target": f"p{k}", "finding": "confirmed", "date": "2018"}, [s[k]]),
        ]
    return _extraction("crowded-doc", sentences, ents, claims)


def answers(path) -> dict:
    asked = {
        "designations-of": {"person": "Vera Sparse"},
        "statements-of": {"speaker": "Vera Sparse"},
        "timeline": {"entity": "Vera Sparse"},
        "neighbourhood": {"entity": "Vera Sparse"},
        "officials-of": {"body": "Sparse Unit"},
        "sanctioned-relatives": {},
        "investigations": {},
    }
    with open_store(str(path), read_only=True) as st:
        out = {}
        for name, params in asked.items():
            data = json.loads(execute(st, QueryRequest(saved=name, params=params, fmt="json")).data)
            rows = data["results"]["bindings"]
            if name in ("sanctioned-relatives", "investigations"):
                rows = [r for r in rows if "Sparse" in json.dumps(r)]
            out[name] = sorted(json.dumps(r, sort_keys=True) for r in rows)
        return out


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    alone = tmp_path_factory.mktemp("shapes") / "alone"
    crowded = tmp_path_factory.mktemp("shapes") / "crowded"
    for path, extractions in ((alone, [sparse_document()]), (crowded, [sparse_document(), crowded_document(12)])):
        with open_store(str(path)) as st:
            ensure_reference(st)
            for ex in extractions:
                st.replace_graph(ids.document_iri(ex.doc.id), extraction_quads(ex))
    return answers(alone), answers(crowded)


def test_sparse_events_give_one_row_each(stores):
    alone, _ = stores
    designations = [json.loads(r) for r in alone["designations-of"]]
    assert len(designations) == 1
    assert designations[0]["basis"]["value"] == "Section 7031(c)" and "authority" not in designations[0] and "measure" not in designations[0]
    said = sorted((json.loads(r)["kind"]["value"], json.loads(r).get("medium", {}).get("value")) for r in alone["statements-of"])
    assert said == [("denial", None), ("statement", "Radio Sparse")]
    officials = [json.loads(r) for r in alone["officials-of"]]
    assert [(r["name"]["value"], r["abuse"]["value"], "status" in r, "role" in r) for r in officials] == [("Vera Sparse", "torture", False, False)]
    relatives = [json.loads(r) for r in alone["sanctioned-relatives"]]
    assert [(r["relativeName"]["value"], "basis" in r, "relation" in r) for r in relatives] == [("Kin Sparse", False, False)]
    found = [json.loads(r) for r in alone["investigations"]]
    assert [(r["investigator"]["value"], "target" in r, "finding" in r) for r in found] == [("Sparse Unit", False, False)]


@pytest.mark.parametrize("name", ["designations-of", "statements-of", "timeline", "neighbourhood", "officials-of", "sanctioned-relatives", "investigations"])
def test_documents_about_others_change_nothing(stores, name):
    alone, crowded = stores
    assert alone[name], f"{name} found nothing about the sparse document"
    assert crowded[name] == alone[name]
