"""Sanction claims checked against the imported lists: confirmed, contradicted, not on the list, or silent."""

from __future__ import annotations

import json

from linkhelp import OFAC, OPENSANCTIONS, STATUTES, add_document, linked_store  # noqa: F401 (fixture)

VERDICTS = """SELECT ?who ?basis ?verdict WHERE {
  ?e a kg:Designation ; kg:target/schema:name ?who ; kg:legalBasis/schema:name ?basis ; kg:corroboration ?v .
  BIND(STRAFTER(STR(?v), "#") AS ?verdict) }"""


def verdicts(invoke, store):
    out = invoke("query", VERDICTS, "--store", store, "-f", "json")
    assert out.exit_code == 0, out.output
    return {(b["who"]["value"], b["basis"]["value"]): b["verdict"]["value"] for b in json.loads(out.stdout)["results"]["bindings"]}


def test_sanction_claims_against_the_sdn_list(invoke, linked_store):
    result = invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store)
    assert result.exit_code == 0, result.output
    assert "corroboration: 5 confirmed, 1 contradicted, 1 not on list, 2 silent" in result.stderr
    assert verdicts(invoke, linked_store) == {
        ("Ramzan Kadyrov", "Section 7031(c)"): "listSilent",  # visa bans are not on the SDN list
        ("Medni Kadyrova", "Section 7031(c)"): "listSilent",
        ("Ramzan Kadyrov", "Magnitsky Act"): "confirmedByList",  # MAGNIT tag -> statute us-magnitsky-2012
        ("Gulnara Karimova", "E.O. 13818"): "confirmedByList",
        ("Artem Chaika", "E.O. 13818"): "confirmedByList",
        ("Rapid Action Battalion", "E.O. 13818"): "confirmedByList",
        ("Yuri Chayka", "E.O. 13818"): "notOnList",
        ("Chen Quanguo", "Magnitsky Act"): "contradictedByList",  # listed under GLOMAG only
        ("Chen Quanguo", "E.O. 13818"): "confirmedByList",  # the SDN list gives no dates
    }


def test_listing_dates_from_opensanctions_are_checked(invoke, linked_store):
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    assert invoke("link", "opensanctions", OPENSANCTIONS / "entities.ftm.json", "--store", linked_store).exit_code == 0
    got = verdicts(invoke, linked_store)
    assert got[("Chen Quanguo", "E.O. 13818")] == "contradictedByList"  # claimed 2019-01, listed 2020-07-09
    assert got[("Ramzan Kadyrov", "Magnitsky Act")] == "confirmedByList"  # claimed 2017-12, listed 2017-12-20
    note = invoke("query", 'SELECT ?n WHERE { ?e kg:corroboration kg:contradictedByList ; kg:corroborationNote ?n ; kg:target/schema:name "Chen Quanguo" ; kg:legalBasis/schema:name "E.O. 13818" }',
                  "--store", linked_store, "-f", "csv").stdout
    assert "more than 31 days" in note


def test_saved_corroboration_query(invoke, linked_store):
    assert invoke("link", "ofac", OFAC / "csv", "--store", linked_store).exit_code == 0
    out = invoke("query", "corroboration", "--store", linked_store, "-f", "json")
    assert out.exit_code == 0, out.output
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]
    chen = [r for r in rows if r["name"] == "Chen Quanguo" and r["basis"] == "Magnitsky Act"]
    assert chen and chen[0]["verdict"] == "contradictedByList" and chen[0]["programs"] == "GLOMAG"
    assert chen[0]["entry"] == "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=90006"
    assert "listed under GLOMAG, not MAGNIT" in chen[0]["note"]


SOUTH_SUDAN_SDN = """<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="http://tempuri.org/sdnList.xsd">
  <publshInformation><Publish_Date>09/07/2017</Publish_Date><Record_Count>2</Record_Count></publshInformation>
  <sdnEntry><uid>70001</uid><firstName>Deng</firstName><lastName>AKOL MAJOK</lastName><sdnType>Individual</sdnType>
    <programList><program>SOUTH SUDAN</program></programList></sdnEntry>
  <sdnEntry><uid>70002</uid><firstName>Garang</firstName><lastName>ULAU THIIK</lastName><sdnType>Individual</sdnType>
    <programList><program>GLOMAG</program></programList></sdnEntry>
</sdnList>
"""


def test_a_country_programme_executive_order_is_checked_against_its_sdn_tag(invoke, store_dir, tmp_path, monkeypatch):
    # E.O. 13664 carries OFAC's SOUTH SUDAN tag in data/gazetteers/statutes.ttl: an entry under that tag confirms a
    # designation under the order, and an entry under another programme only contradicts it
    from kg.store import open_store

    monkeypatch.setitem(STATUTES, "eo13664", ("E.O. 13664", "https://w3id.org/rightsgraph/id/statute/us-eo-13664"))
    people = {"deng": ("Deng Akol Majok", "Person"), "garang": ("Garang Ulau Thiik", "Person")}
    with open_store(str(store_dir)) as st:
        add_document(st, "juba_doc", people, designations=[("deng", "eo13664", "2017-09-06"), ("garang", "eo13664", "2017-09-06")])
    sdn = tmp_path / "sdn.xml"
    sdn.write_text(SOUTH_SUDAN_SDN, encoding="utf-8")
    result = invoke("link", "ofac", sdn, "--store", store_dir)
    assert result.exit_code == 0, result.output
    assert verdicts(invoke, store_dir) == {
        ("Deng Akol Majok", "E.O. 13664"): "confirmedByList",
        ("Garang Ulau Thiik", "E.O. 13664"): "contradictedByList",
    }


def test_a_negative_tolerance_is_refused_and_changes_nothing(invoke, linked_store):
    from support import store_snapshot

    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    before = store_snapshot(linked_store)
    result = invoke("link", "corroborate", "--tolerance", "-5", "--store", linked_store)
    assert result.exit_code == 2 and "--tolerance" in result.stderr
    assert store_snapshot(linked_store) == before


def test_removing_a_document_takes_its_verdicts_with_it(invoke, linked_store):
    """A verdict left on a removed document's designation is an event with no target and no evidence."""
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    result = invoke("remove", "kadyrov_doc", "--store", linked_store)
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith("corroboration: 4 confirmed, 1 contradicted, 1 not on list, 0 silent\n")
    assert not {who for who, _ in verdicts(invoke, linked_store)} & {"Ramzan Kadyrov", "Medni Kadyrova"}
    orphans = invoke("query", "ASK { ?e kg:corroboration ?v FILTER NOT EXISTS { ?e kg:target ?t } }", "--store", linked_store, "-f", "csv")
    assert orphans.stdout.strip().splitlines()[-1] == "false"
    validated = invoke("validate", "--store", linked_store)
    assert validated.exit_code == 0, validated.output


def test_a_store_never_corroborated_is_not_corroborated_by_remove(invoke, linked_store):
    result = invoke("remove", "kadyrov_doc", "--store", linked_store)
    assert result.exit_code == 0 and "corroboration" not in result.stderr
    assert invoke("query", "ASK { ?e kg:corroboration ?v }", "--store", linked_store, "-f", "csv").stdout.strip().splitlines()[-1] == "false"
