"""The ontology is the single source of truth: terms documented, Python in step, shapes that bite."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph

import kg
from kg import ontology
from kg.ontology import KG_NS

CLAIMS_CONTRACT = {
    "position": ("person", "org", "role", "start", "end"),
    "sanction": ("target", "legal_basis", "authority", "measure", "date"),
    "abuse": ("perpetrator", "abuse_type", "victim", "location", "date"),
    "investigation": ("investigator", "target", "date", "finding"),
    "denial": ("denier", "date"),
    "statement": ("speaker", "medium", "date"),
    "family": ("person", "relative", "relation"),
}
CODES = {
    "abuse_type": "extrajudicial_killing torture ill_treatment arbitrary_detention enforced_disappearance sexual_violence persecution forced_displacement forced_labor repression_of_dissent corruption other",
    "measure": "entry_ban asset_freeze transaction_ban other",
    "relation": "spouse child parent sibling relative",
    "finding": "confirmed not_confirmed ongoing",
    "status": "reported alleged confirmed designated denied",
}


def test_generated_terms_module_is_up_to_date():
    committed = (Path(kg.__file__).parent / "terms.py").read_text(encoding="utf-8")
    assert committed == ontology.codegen(), "run `kg ontology codegen`"


def test_misspelt_term_fails_loudly():
    from kg.terms import KG

    assert str(KG.Designation) == KG_NS + "Designation"
    with pytest.raises(AttributeError):
        KG.Desgination  # noqa: B018


def test_every_term_has_label_and_comment():
    g = ontology.load_graph()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in g.subjects(RDF.type, kind):
            if str(term).startswith(KG_NS):
                assert g.value(term, RDFS.label) is not None, term
                assert g.value(term, RDFS.comment) is not None, term


@pytest.mark.parametrize("ctype", sorted(CLAIMS_CONTRACT))
def test_every_claim_type_and_role_of_the_contract_has_a_term(ctype):
    onto = ontology.get()
    assert ctype in onto.claim_types
    for role in CLAIMS_CONTRACT[ctype]:
        assert role in onto.roles, role


@pytest.mark.parametrize("role", sorted(CODES))
def test_every_controlled_code_is_a_skos_concept(role):
    onto = ontology.get()
    for code in CODES[role].split():
        assert onto.concept(role, code) is not None, (role, code)


def test_ontology_files_parse_with_both_rdflib_and_oxigraph():
    for path in ontology.ontology_files():
        Graph().parse(path, format="turtle")
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def test_cli_ontology_check_passes(invoke):
    result = invoke("ontology", "check")
    assert result.exit_code == 0, result.output
    assert invoke("ontology", "codegen", "--check").exit_code == 0


def test_shapes_reject_an_event_without_evidence(store_dir):
    """A deliberately broken graph: a designation with no target and no evidence."""
    from kg.store import open_store
    from kg.validation import shacl_checks

    with open_store(str(store_dir)) as st:
        st.update(
            """PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
            INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/e> a kg:Designation } }"""
        )
        messages = {v.message for v in shacl_checks(st)}
    assert "every event cites at least one piece of evidence (an oa:Annotation)" in messages
    assert "a designation has a target" in messages
