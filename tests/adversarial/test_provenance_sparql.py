"""Provenance integrity (every derived triple traced to evidence that quotes the stored text, SHA-256
rechecked by `kg validate`) and SPARQL from users (no SERVICE/LOAD, parameters never injected)."""

from __future__ import annotations

import importlib.util
import shutil

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from support import store_snapshot

from .conftest import DESIGNATION, FUZZ, TORTURE, run_kg

HOSTILE = [DESIGNATION + " <script>alert(1)</script>", "Kadyrov ‮evil‬ was designated under Section 7031(c) (𝕂, é, \u00a0).",
           "Line\r\nKadyrov is accused of torture \"quoted\" & 'single' in Chechnya.", TORTURE]


@pytest.fixture(scope="module")
def validated_store(tmp_path_factory):
    """Documents with hostile text ingested by the real CLI; `kg validate` passes on it (checked once)."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "docs"
    folder.mkdir()
    for i, text in enumerate(HOSTILE):
        (folder / f"h{i}.txt").write_bytes(("\ufeff" if i == 0 else "").encode() + (text + "\n" + DESIGNATION + "\n").encode("utf-8"))
    store = root / "store"
    assert run_kg("ingest", folder, "--store", store, "--extractor", "phrase", "-q").returncode == 0
    assert run_kg("validate", "--store", store, "-q").returncode == 0
    return store


@pytest.fixture
def hostile_store(validated_store, tmp_path):
    """A private copy of the validated store, for tests that tamper with it."""
    copy = tmp_path / "store"
    shutil.copytree(validated_store, copy)
    return copy


def test_every_event_has_evidence_quoting_the_stored_text(validated_store):
    from kg import ontology

    store = ox.Store.read_only(str(validated_store))
    onto = ontology.get()
    events = list(store.query("""PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g ?e WHERE { GRAPH ?g { ?e a ?cls } GRAPH <https://w3id.org/rightsgraph/graph/reference> { ?cls <https://w3id.org/rightsgraph/ontology#claimType> ?t } }"""))
    assert events
    for row in events:
        ev = list(store.query("""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
            SELECT ?g ?e ?exact ?start ?end ?text WHERE { GRAPH ?g { ?e prov:wasDerivedFrom ?a . ?a oa:hasTarget ?t . ?t oa:hasSource ?g ; oa:hasSelector ?q, ?p .
            ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . ?g kg:text ?text } }""", substitutions={ox.Variable("g"): row["g"], ox.Variable("e"): row["e"]}))
        assert ev, f"event {row['e']} has no evidence in its own graph"
        for r in ev:
            assert r["text"].value[int(r["start"].value):int(r["end"].value)] == r["exact"].value
    # shortcut triples: each one is backed by an event with evidence in the same graph
    for claim_type, cuts in onto.shortcuts.items():
        for cut in cuts:
            for row in store.query("SELECT ?g ?s ?o ?p WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/rightsgraph/graph/reference>) }",
                                   substitutions={ox.Variable("p"): ox.NamedNode(str(cut.property))}):
                cls, ps, po = (ox.NamedNode(str(x)) for x in (onto.claim_types[claim_type], onto.roles[cut.subject].property, onto.roles[cut.object].property))
                backed = store.query(f"ASK {{ GRAPH {row['g']} {{ ?e a {cls} ; {ps} {row['s']} ; {po} {row['o']} ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }} }}")
                assert bool(backed), f"shortcut {row['s']} {cut.property} {row['o']} has no event with evidence"


@pytest.mark.parametrize("tamper", ["sha256", "text", "quote", "offsets"])
def test_validate_catches_tampering(hostile_store, tamper):
    updates = {
        "sha256": "PREFIX kg: <https://w3id.org/rightsgraph/ontology#> DELETE { GRAPH ?g { ?d kg:sha256 ?s } } INSERT { GRAPH ?g { ?d kg:sha256 \"%s\" } } WHERE { GRAPH ?g { ?d kg:sha256 ?s } }" % ("0" * 64),
        "text": "PREFIX kg: <https://w3id.org/rightsgraph/ontology#> DELETE { GRAPH ?g { ?d kg:text ?t } } INSERT { GRAPH ?g { ?d kg:text ?n } } WHERE { GRAPH ?g { ?d kg:text ?t } BIND(CONCAT(\"X\", ?t) AS ?n) }",
        "quote": "PREFIX oa: <http://www.w3.org/ns/oa#> DELETE { GRAPH ?g { ?q oa:exact ?x } } INSERT { GRAPH ?g { ?q oa:exact \"forged\" } } WHERE { GRAPH ?g { ?q oa:exact ?x } }",
        "offsets": "PREFIX oa: <http://www.w3.org/ns/oa#> DELETE { GRAPH ?g { ?p oa:start ?s } } INSERT { GRAPH ?g { ?p oa:start ?n } } WHERE { GRAPH ?g { ?p oa:start ?s } BIND(?s + 1 AS ?n) }",
    }
    store = ox.Store(str(hostile_store))
    store.update(updates[tamper])
    store.flush()
    del store
    run = run_kg("validate", "--store", hostile_store, "-q")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert {"sha256": "SHA-256", "text": "SHA-256", "quote": "quote does not equal", "offsets": "quote does not equal"}[tamper] in run.stdout


# ---------------------------------------------------------------- SPARQL from users
GUARDED = importlib.util.find_spec("kg.sparql_guard") is not None


@pytest.mark.xfail(not GUARDED, strict=True, reason="kg query on main sends SERVICE requests (seen on the tripwire); the SERVICE/LOAD guard lands with the sparql branch (kg/sparql_guard.py)")
@pytest.mark.parametrize("form", ["SERVICE", "SERVICE SILENT"])
def test_query_service_is_refused_without_outbound_request(seeded_store, form):
    from .conftest import Tripwire

    wire = Tripwire()
    try:
        run = run_kg("query", f"SELECT * WHERE {{ {form} <{wire.url}/sparql> {{ ?s ?p ?o }} }}", "--store", seeded_store)
    finally:
        wire.close()
    assert wire.connections == [], f"outbound request: {wire.connections}"
    assert run.returncode != 0 and "Traceback" not in run.stderr and "SERVICE" in run.stderr, run.stderr


@pytest.mark.parametrize("text", ["LOAD <{url}/x.ttl>", "LOAD SILENT <{url}/x.ttl> INTO GRAPH <http://example.org/g>", "DROP ALL", "INSERT DATA {{ <http://e/a> <http://e/b> <http://e/c> }}",
                                  "SELECT * FROM <{url}/x.ttl> WHERE {{ ?s ?p ?o }}"])
def test_query_never_writes_nor_fetches(seeded_store, tripwire, text):
    before = store_snapshot(seeded_store)
    run = run_kg("query", text.format(url=tripwire.url), "--store", seeded_store)
    assert "Traceback" not in run.stderr, run.stderr
    assert store_snapshot(seeded_store) == before


def test_param_injection_is_impossible(seeded_store):
    from kg.cli.query import parse_params
    from kg.errors import InvalidInput
    from kg.sparql import run
    from kg.store import open_store

    store = open_store(str(seeded_store), read_only=True)
    query = "SELECT ?p ?name WHERE { ?p schema:name ?name }"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    total = int(next(iter(run(store, count)))["n"].value)
    hostile = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(['"', "'", "}", "{", ">", "<", "\n", "#", " } ; DROP ALL ; #", '" } UNION { ?p ?x ?y } #', "> } #",
                                                                        "\u202e", "\\", "Ramzan Kadyrov", "http://", "?p", "$p"])), max_size=6).map("".join)

    @FUZZ
    @given(hostile)
    def fuzz(value):
        params = parse_params([f"name={value}"])
        try:
            rows = list(run(store, query, bindings=params))
        except InvalidInput as exc:  # an http(s):// value that is not a valid IRI (a traceback before the fix)
            assert value.startswith(("http://", "https://")) and "\n" not in str(exc)
            return
        expected = 1 if value == "Ramzan Kadyrov" else 0
        assert len(rows) == expected, (value, rows)

    try:
        fuzz()
        assert int(next(iter(run(store, count)))["n"].value) == total
    finally:
        store.close()
