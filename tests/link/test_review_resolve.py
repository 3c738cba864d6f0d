"""Review queue decisions and cross-document entity resolution: explainable, reversible merges."""

from __future__ import annotations

import csv
import json

from linkhelp import OFAC, add_document, entity, linked_store, store_snapshot  # noqa: F401 (fixture)


def query(invoke, store, sparql):
    out = invoke("query", sparql, "--store", store, "-f", "json")
    assert out.exit_code == 0, out.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out.stdout)["results"]["bindings"]]


def queue(invoke, store, *args):
    result = invoke("link", "review", "--store", store, *args)
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_resolution_merges_spellings_and_keeps_namesakes_apart(invoke, linked_store, tmp_path):
    from kg.store import open_store

    with open_store(str(linked_store)) as st:  # a third document: surname only, Cyrillic, and the father
        add_document(st, "third_doc", {"k1": ("Рамзан Кадыров", "Person"), "k2": ("Kadyrov", "Person"), "akhmat": ("Akhmat Kadyrov", "Person")})
    report = tmp_path / "res.csv"
    result = invoke("link", "resolve", "--store", linked_store, "--report", report)
    assert result.exit_code == 0, result.output
    with open(report, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["source"] for r in rows} == {"resolution"}
    accepted = {frozenset((r["entity"], r["external_id"])) for r in rows if r["status"] == "accepted"}
    ramzan = {entity("Ramzan Kadyrov"), entity("Ramzan Kadyrow"), entity("Рамзан Кадыров")}
    assert accepted == {frozenset(p) for p in [(entity("Ramzan Kadyrov"), entity("Ramzan Kadyrow")), (entity("Ramzan Kadyrov"), entity("Рамзан Кадыров")), (entity("Ramzan Kadyrow"), entity("Рамзан Кадыров"))]}
    candidates = {frozenset((r["entity"], r["external_id"])) for r in rows if r["status"] == "candidate"}
    assert all(entity("Kadyrov") in pair for pair in candidates) and candidates  # the lone surname waits for review
    everyone = {x for pair in accepted for x in pair}
    assert everyone == ramzan  # the wife, the father, the Karimovs and Chaykas stay apart
    # every surface form becomes an alias of the merged entity
    aliases = {r["a"] for r in query(invoke, linked_store, f'SELECT ?a WHERE {{ <{entity("Ramzan Kadyrov")}> skos:altLabel ?a }}')}
    assert {"Ramzan Kadyrow", "Рамзан Кадыров"} <= aliases
    explained = query(invoke, linked_store, f'SELECT ?m ?s WHERE {{ ?l kg:linkSubject <{entity("Ramzan Kadyrov")}> ; kg:linkTarget <{entity("Ramzan Kadyrow")}> ; kg:linkMethod ?m ; kg:linkScore ?s }}')
    assert explained and explained[0]["m"].startswith("name")


def test_review_accept_and_reject_are_recorded_and_survive_reruns(invoke, linked_store):
    from kg.store import open_store

    with open_store(str(linked_store)) as st:
        add_document(st, "third_doc", {"k2": ("Kadyrov", "Person")})
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    rows = queue(invoke, linked_store, "--source", "ofac")
    lone = [r for r in rows if r[2] == "Kadyrov"]
    assert lone and lone[0][3] == "90001" and lone[0][-1] == "candidate"
    link_id = lone[0][0]
    assert invoke("link", "review", "--accept", link_id, "--store", linked_store).exit_code == 0
    matched = query(invoke, linked_store, f'SELECT ?x WHERE {{ <{entity("Kadyrov")}> skos:exactMatch ?x }}')
    assert [m["x"] for m in matched] == ["https://sanctionssearch.ofac.treas.gov/Details.aspx?id=90001"]
    assert not [r for r in queue(invoke, linked_store, "--source", "ofac") if r[0] == link_id]  # left the queue
    # re-running the import keeps the decision
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    accepted = queue(invoke, linked_store, "--status", "accepted", "--source", "ofac")
    assert [r for r in accepted if r[0] == link_id][0][6].endswith("+review")
    # reject: the link goes, and stays gone after a re-run
    assert invoke("link", "review", "--reject", link_id, "--store", linked_store).exit_code == 0
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    assert not query(invoke, linked_store, f'SELECT ?x WHERE {{ <{entity("Kadyrov")}> skos:exactMatch ?x }}')
    assert [r for r in queue(invoke, linked_store, "--status", "rejected") if r[0] == link_id]


def test_rejecting_a_merge_undoes_it(invoke, linked_store):
    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    merges = [r for r in queue(invoke, linked_store, "--status", "accepted", "--source", "resolution")]
    assert merges
    link_id = merges[0][0]
    assert invoke("link", "review", "--reject", link_id, "--store", linked_store).exit_code == 0
    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    assert not query(invoke, linked_store, "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/rightsgraph/graph/links/resolution> { ?a owl:sameAs ?b } }")


def test_the_queue_drops_entities_whose_documents_were_removed(invoke, linked_store):
    from kg.store import open_store

    with open_store(str(linked_store)) as st:
        add_document(st, "third_doc", {"k2": ("Kadyrov", "Person")})
    assert invoke("link", "ofac", OFAC / "sdn.xml", "--store", linked_store).exit_code == 0
    assert any(r[2] == "Kadyrov" for r in queue(invoke, linked_store, "--source", "ofac"))
    assert invoke("remove", "third_doc", "--store", linked_store).exit_code == 0
    rows = queue(invoke, linked_store, "--source", "ofac", "--status", "all")
    assert rows and not any(r[2] == "Kadyrov" for r in rows), "no proposal about a node the graph no longer has"
    with open_store(str(linked_store)) as st:
        add_document(st, "third_doc", {"k2": ("Kadyrov", "Person")})
    assert any(r[2] == "Kadyrov" for r in queue(invoke, linked_store, "--source", "ofac")), "back with its document"


def test_unknown_link_id(invoke, linked_store):
    result = invoke("link", "review", "--accept", "nope", "--store", linked_store)
    assert result.exit_code == 2 and "no proposed link 'nope'" in result.stderr


def test_one_unknown_link_id_among_several_decisions_records_none(invoke, linked_store):
    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    link_id = queue(invoke, linked_store, "--status", "accepted", "--source", "resolution")[0][0]
    before = store_snapshot(linked_store)
    result = invoke("link", "review", "--accept", link_id, "--reject", "nope", "--store", linked_store)
    assert result.exit_code == 2 and "no proposed link 'nope'" in result.stderr
    assert store_snapshot(linked_store) == before


def test_the_queue_can_be_listed_while_another_process_writes(invoke, linked_store):
    import pyoxigraph as ox

    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    listed = queue(invoke, linked_store, "--status", "all")
    writer = ox.Store(str(linked_store))  # the one writer, as a running `kg ingest` would be
    try:
        assert queue(invoke, linked_store, "--status", "all") == listed
        result = invoke("link", "review", "--accept", listed[0][0], "--store", linked_store)
        assert result.exit_code == 1 and "store is locked" in result.stderr
    finally:
        del writer


def test_evaluate_prints_precision_and_recall(invoke, tmp_path):
    report = tmp_path / "eval.csv"
    result = invoke("link", "evaluate", "--report", report)
    assert result.exit_code == 0, result.output
    line = [l for l in result.stdout.splitlines() if l.startswith("linking")][0]
    precision, recall = float(line.split()[2]), float(line.split()[4])
    assert precision >= 0.95 and recall >= 0.85
    with open(report, newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == ["entity", "label", "source", "external_id", "score", "status", "external_label", "method"]


def test_resolve_twice_changes_nothing(invoke, linked_store):
    """The aliases a merge copies must not feed the next run (a run reads only the documents' graphs)."""
    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    before = store_snapshot(linked_store)
    assert invoke("link", "resolve", "--store", linked_store).exit_code == 0
    assert store_snapshot(linked_store) == before


def test_descriptions_and_generic_names_are_not_matched():
    from kg.link.names import name_score, best_score

    assert best_score(["Kadyrov's wife", "his wife"], ["Chikomba's wife", "his wife"])[0] == 0
    assert name_score("Interior Ministry", "Ministry of the Interior", person=False) == 0  # which country's?
    assert name_score("local security forces", "Security forces", person=False) == 0
    assert name_score("Investigative Committee of Russia", "Investigative Committee", person=False) > 0.9


def test_review_help_says_what_each_column_of_the_queue_is(invoke):
    """The queue is bare tab-separated lines: without the columns named, "0.700 name" said nothing of why."""
    text = " ".join(invoke("link", "review", "--help").stdout.split())
    assert "Each line, tab-separated: id, source, label (the graph's name), external id, external label (the record's name), score, method" in text
