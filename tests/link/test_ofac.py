"""`kg link ofac`: the SDN list as XML or the CSV trio, matched to graph entities, with reports and safe failure."""

from __future__ import annotations

import csv
import json

import pytest

from linkhelp import OFAC, entity, linked_store, store_snapshot  # noqa: F401 (fixture)

LINKS = """SELECT ?label ?id WHERE { ?e skos:exactMatch ?entry ; schema:name ?label . ?entry kg:externalId ?id } ORDER BY ?label"""


def rows(invoke, store, sparql):
    out = invoke("query", sparql, "--store", store, "-f", "json")
    assert out.exit_code == 0, out.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]


def read_report(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("source", [OFAC / "sdn.xml", OFAC / "csv"], ids=["xml", "csv"])
def test_sdn_entries_match_the_right_people(invoke, linked_store, tmp_path, source):
    report = tmp_path / "report.csv"
    result = invoke("link", "ofac", source, "--store", linked_store, "--report", report)
    assert result.exit_code == 0, result.output
    found = {(r["label"], r["id"]) for r in rows(invoke, linked_store, LINKS)}
    assert found == {
        ("Ramzan Kadyrov", "90001"),
        ("Ramzan Kadyrow", "90001"),  # transliteration
        ("Gulnara Karimova", "90003"),
        ("Artem Chaika", "90005"),
        ("Rapid Action Battalion", "90009"),
        ("Chen Quanguo", "90006"),
    }
    # family members sharing a surname are not matched: the wife, the father, the namesake spokesman
    labels = {r["label"] for r in read_report(report)}
    assert not labels & {"Medni Kadyrova", "Islam Karimov", "Alvi Karimov", "Yuri Chayka"}
    report_rows = read_report(report)
    assert list(report_rows[0]) == ["entity", "label", "source", "external_id", "score", "status", "external_label", "method"]
    kadyrov = [r for r in report_rows if r["label"] == "Ramzan Kadyrov"]
    assert kadyrov == [{"entity": entity("Ramzan Kadyrov"), "label": "Ramzan Kadyrov", "source": "ofac", "external_id": "90001", "score": kadyrov[0]["score"], "status": "accepted",
                        "external_label": "KADYROV, Ramzan Akhmatovich", "method": kadyrov[0]["method"]}]
    assert kadyrov[0]["method"].startswith("name")  # why it was proposed, beside how sure
    assert float(kadyrov[0]["score"]) >= 0.9


def test_programs_aliases_birth_dates_and_remarks_are_imported(invoke, linked_store):
    assert invoke("link", "ofac", OFAC / "csv", "--store", linked_store).exit_code == 0
    q = """SELECT ?p ?dob ?alias ?remarks ?statute WHERE { ?entry kg:externalId "90001" ; kg:listProgram ?p ; schema:birthDate ?dob ;
             skos:altLabel ?alias ; kg:remarks ?remarks ; kg:listedUnder ?statute }"""
    got = rows(invoke, linked_store, q)
    assert {r["p"] for r in got} == {"MAGNIT", "GLOMAG"}
    assert {r["dob"] for r in got} == {"1976-10-05"}
    assert {r["alias"] for r in got} == {"KADYROV, Ramzan Akhmadovich"}
    assert "Tsentoroy" in got[0]["remarks"]
    assert {r["statute"].rsplit("/", 1)[-1] for r in got} == {"us-magnitsky-2012", "us-global-magnitsky", "us-eo-13818"}


def test_rerun_replaces_links(invoke, linked_store):
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    before = store_snapshot(linked_store)
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    assert store_snapshot(linked_store) == before


def test_another_kind_of_file_given_as_the_sdn_list_is_named_as_such(invoke, linked_store):
    ftm = OFAC.parent / "opensanctions" / "entities.ftm.json"
    before = store_snapshot(linked_store)
    result = invoke("link", "ofac", ftm, "--store", linked_store)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {ftm}: not XML; give sdn.xml, or a folder with sdn.csv, alt.csv and add.csv; the store is unchanged\n"
    assert store_snapshot(linked_store) == before


def test_truncated_xml_is_refused_and_keeps_previous_links(invoke, linked_store, tmp_path):
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    before = store_snapshot(linked_store)
    text = (OFAC / "sdn.xml").read_text(encoding="utf-8")
    cut = tmp_path / "sdn.xml"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    result = invoke("link", "ofac", cut, "--store", linked_store)
    assert result.exit_code == 2
    assert "malformed or truncated SDN XML" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert store_snapshot(linked_store) == before


def test_well_formed_but_short_xml_is_refused(invoke, linked_store, tmp_path):
    text = (OFAC / "sdn.xml").read_text(encoding="utf-8")
    short = tmp_path / "sdn.xml"
    short.write_text(text[: text.index("<sdnEntry>", text.index("90003"))] + "</sdnList>\n", encoding="utf-8")
    result = invoke("link", "ofac", short, "--store", linked_store)
    assert result.exit_code == 2 and "Record_Count says 10" in result.stderr


def test_doctype_and_entities_are_refused(invoke, linked_store, tmp_path):
    bomb = tmp_path / "sdn.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE sdnList [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<sdnList><sdnEntry><uid>1</uid><lastName>&b;</lastName></sdnEntry></sdnList>\n')
    result = invoke("link", "ofac", bomb, "--store", linked_store)
    assert result.exit_code == 2 and "refusing XML with a DOCTYPE declaration" in result.stderr
    assert not (linked_store / "CURRENT").exists() or "links/ofac" not in "".join(store_snapshot(linked_store))


def test_truncated_csv_is_refused(invoke, linked_store, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    for name in ("alt.csv", "add.csv"):
        (folder / name).write_bytes((OFAC / "csv" / name).read_bytes())
    sdn = (OFAC / "csv" / "sdn.csv").read_text(encoding="utf-8")
    (folder / "sdn.csv").write_text(sdn[: sdn.index("GLOMAG", sdn.index("90004"))], encoding="utf-8")
    before = store_snapshot(linked_store)
    result = invoke("link", "ofac", folder, "--store", linked_store)
    assert result.exit_code == 2
    assert "sdn.csv:4" in result.stderr and "the store is unchanged" in result.stderr
    assert store_snapshot(linked_store) == before


def test_folder_without_sdn_csv(invoke, linked_store, tmp_path):
    result = invoke("link", "ofac", tmp_path, "--store", linked_store)
    assert result.exit_code == 2 and "no sdn.csv" in result.stderr


def test_a_linked_entity_is_still_asked_about_by_its_name(invoke, linked_store):
    """The link proposals and list entries the import adds are named like the entity they match; a saved
    query's name parameter means the entity, not those records about it."""
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    for name in ("Ramzan Kadyrov", "ramzan kadyrov"):
        result = invoke("query", "external-ids", "-p", f"entity={name}", "--store", linked_store, "-f", "csv")
        assert result.exit_code == 0, result.output
        assert {line.split(",")[0] for line in result.stdout.splitlines()[1:]} == {entity("Ramzan Kadyrov")}
