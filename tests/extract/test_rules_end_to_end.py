"""The rules extractor on small articles: what it must find, stated as claims."""

from pathlib import Path

from kg.claimsjson import claim_dicts
from kg.documents import read_document
from kg.extract import get_extractor
from extract.claimhelp import find, name

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def claims_of(rules, article):
    ex = rules.extract(read_document(ARTICLES / f"{article}.txt"))
    return ex, list(claim_dicts(ex))


def test_registered_as_the_default_extractor():
    assert get_extractor("rules").NAME == "rules.v34"


def test_names_under_a_designation_heading_are_designated_under_its_statute(rules):
    _, rows = claims_of(rules, "designation_list")
    for target in ("Arvid Nolan", "Bella Strand"):
        (claim,) = find(rows, "sanction", target=target, legal_basis="E.O. 13818")
        assert claim["measure"] == "asset_freeze"
        assert name(claim["authority"]) == "Office of Foreign Assets Control"
        assert claim["date"] == "2020-07-21"


def test_titles_in_apposition_and_before_names_are_positions(rules):
    _, rows = claims_of(rules, "designation_list")
    assert find(rows, "position", person="Arvid Nolan", org="Northern Intelligence Service")
    assert find(rows, "position", person="Mike Pompeo", org="Department of State", role="Secretary of State")


def test_victims_are_never_perpetrators_and_list_items_carry_their_abuses(rules):
    _, rows = claims_of(rules, "designation_list")
    assert find(rows, "abuse", perpetrator="Arvid Nolan", abuse_type="torture")
    assert find(rows, "abuse", perpetrator="Bella Strand", abuse_type="corruption")
    assert not [r for r in rows if r["type"] == "abuse" and name(r["perpetrator"]) == "Detainees"]


def test_surnames_and_family_join_the_full_name(rules):
    ex, rows = claims_of(rules, "designation_list")
    assert find(rows, "family", person="Arvid Nolan", relative="Nolan's wife", relation="spouse")
    assert find(rows, "sanction", target="Nolan's wife", legal_basis="Section 7031(c)")
    assert find(rows, "denial", denier="Arvid Nolan")
    assert find(rows, "statement", speaker="Mike Pompeo", medium="statement")
    nolan = ex.entities["person:arvid_nolan"]
    assert {"Arvid Nolan", "Nolan"} <= nolan.aliases


def test_every_person_organisation_and_place_named_becomes_an_entity(rules):
    ex, _ = claims_of(rules, "designation_list")
    names = {e.name for e in ex.entities.values()}
    assert {"Office of Foreign Assets Control", "Department of the Treasury", "Telegram"} <= names
    statute = next(e for e in ex.entities.values() if e.name == "E.O. 13818")
    assert statute.type == "Statute" and statute.iri == "https://w3id.org/rightsgraph/id/statute/us-eo-13818"


def test_evidence_is_exact_and_the_whole_sentence(rules):
    ex, rows = claims_of(rules, "designation_list")
    for r in rows:
        for ev in r["evidence"]:
            assert ex.doc.text[ev["start"]:ev["end"]] == ev["text"]


def test_documents_longer_than_max_length_are_processed_in_chunks(rules):
    from kg.model import Document

    para = "Ramzan Kadyrov was sanctioned under the Magnitsky Act in 2017. "
    text = "\n\n".join([para] * 3)
    old = rules.nlp.max_length
    rules.nlp.max_length = 1100
    try:
        long = Document(id="long", text=text + "\n\n" + "filler words here. " * 80)
        ex = rules.extract(long)
    finally:
        rules.nlp.max_length = old
    rows = list(claim_dicts(ex))
    (claim,) = find(rows, "sanction", target="Ramzan Kadyrov", legal_basis="Magnitsky Act")
    assert len(claim["evidence"]) == 3
