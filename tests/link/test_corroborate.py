"""Sanction claims checked against the imported lists: confirmed, contradicted, not on the list, or silent."""

from __future__ import annotations

import json

from linkhelp import OFAC, OPENSANCTIONS, linked_store  # noqa: F401 (fixture)

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
