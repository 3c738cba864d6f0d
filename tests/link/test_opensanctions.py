"""`kg link opensanctions FILE`: FtM JSON lines matched to graph entities, sanctions and identifiers imported."""

from __future__ import annotations

import csv
import json

from linkhelp import OPENSANCTIONS, entity, linked_store, store_snapshot  # noqa: F401 (fixture)

FTM = OPENSANCTIONS / "entities.ftm.json"


def query(invoke, store, sparql):
    out = invoke("query", sparql, "--store", store, "-f", "json")
    assert out.exit_code == 0, out.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]


def test_matches_people_and_imports_sanctions_and_identifiers(invoke, linked_store, tmp_path):
    report = tmp_path / "os.csv"
    result = invoke("link", "opensanctions", FTM, "--store", linked_store, "--report", report)
    assert result.exit_code == 0, result.output
    with open(report, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    accepted = {(r["label"], r["external_id"]) for r in rows if r["status"] == "accepted"}
    assert accepted == {
        ("Ramzan Kadyrov", "fx-kadyrov"),
        ("Ramzan Kadyrow", "fx-kadyrov"),
        ("Gulnara Karimova", "fx-karimova"),
        ("Artem Chaika", "fx-chaika-artem"),
        ("Chen Quanguo", "fx-chen"),
        ("Rapid Action Battalion", "fx-rab"),
        ("Medni Kadyrova", "fx-kadyrova"),  # the wife is in the file as a relative (not sanctioned): her own entry
    }
    assert not {r["label"] for r in rows} & {"Islam Karimov", "Alvi Karimov", "Yuri Chayka"}
    assert {r["external_id"] for r in rows if r["label"] == "Ramzan Kadyrov"} == {"fx-kadyrov"}  # not his wife's entry
    assert {r["source"] for r in rows} == {"opensanctions"}
    facts = query(invoke, linked_store, """SELECT ?p ?d ?id WHERE { ?e skos:exactMatch ?x . ?x kg:listProgram ?p ; kg:listingDate ?d ; schema:identifier ?id ; kg:inList ?l .
        ?l a kg:SanctionsList } """)
    assert {(r["p"], r["d"], r["id"]) for r in facts} == {("MAGNIT", "2017-12-20", "Passport: FIXTURE-0001 (Russia)")}
    nested = query(invoke, linked_store, 'SELECT ?p ?d WHERE { ?x kg:externalId "fx-chen" ; kg:listProgram ?p ; kg:listingDate ?d }')
    assert nested == [{"p": "GLOMAG", "d": "2020-07-09"}]


def test_malformed_line_is_refused_and_keeps_previous_links(invoke, linked_store, tmp_path):
    assert invoke("link", "opensanctions", FTM, "--store", linked_store).exit_code == 0
    before = store_snapshot(linked_store)
    bad = tmp_path / "bad.json"
    lines = FTM.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join(lines[:3] + ['{"id": "x", "schema": "Person", "properties": {"name": ["Broken"' ] + lines[3:]) + "\n", encoding="utf-8")
    result = invoke("link", "opensanctions", bad, "--store", linked_store)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad}:4: not a FollowTheMoney entity (invalid JSON")
    assert len(result.stderr.strip().splitlines()) == 1
    assert store_snapshot(linked_store) == before
    not_entity = tmp_path / "list.json"
    not_entity.write_text('["a", "b"]\n', encoding="utf-8")
    result = invoke("link", "opensanctions", not_entity, "--store", linked_store)
    assert result.exit_code == 2 and "needs string id and schema" in result.stderr


def test_the_stores_own_ftm_export_is_refused_and_its_entities_in_a_mixed_file_skipped(invoke, linked_store, tmp_path):
    # Linking `kg export --format ftm` back "confirmed" every claim with itself: its entities carry the dataset "rightsgraph"
    own = tmp_path / "own.ftm.json"
    assert invoke("export", "--format", "ftm", "--store", linked_store, "-o", own).exit_code == 0
    before = store_snapshot(linked_store)
    result = invoke("link", "opensanctions", own, "--store", linked_store)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {own}: every entity comes from rightsgraph's own FollowTheMoney export (dataset \"rightsgraph\"); "
                             "linking it would confirm the store's claims with themselves; the store is unchanged\n")
    assert store_snapshot(linked_store) == before
    mixed = tmp_path / "mixed.json"
    mixed.write_text(own.read_text(encoding="utf-8") + FTM.read_text(encoding="utf-8"), encoding="utf-8")
    report = tmp_path / "mixed.csv"
    result = invoke("link", "opensanctions", mixed, "--store", linked_store, "--report", report)
    assert result.exit_code == 0, result.output
    skipped = sum(1 for line in own.read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"note: {mixed}: skipped {skipped} entities from rightsgraph's own FollowTheMoney export" in result.stderr
    with open(report, newline="", encoding="utf-8") as fh:
        ids = {r["external_id"] for r in csv.DictReader(fh)}
    assert "fx-kadyrov" in ids and not {i for i in ids if i.startswith("rg-")}


def test_a_graph_linked_to_both_lists_still_validates(invoke, linked_store):
    """An imported list records its file's SHA-256 and path as documents do; it is not a document without text."""
    assert invoke("validate", "--store", linked_store).exit_code == 0
    assert invoke("link", "opensanctions", FTM, "--store", linked_store).exit_code == 0
    assert invoke("link", "ofac", OPENSANCTIONS.parent / "ofac" / "sdn.xml", "--store", linked_store).exit_code == 0
    result = invoke("validate", "--store", linked_store)
    assert result.exit_code == 0, result.output
