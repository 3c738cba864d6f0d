"""One contract, every backend: the embedded store, `oxigraph serve` and Virtuoso behave the same."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import InvalidInput
from kg.store import open_store

pytestmark = pytest.mark.server

G1 = "https://w3id.org/rightsgraph/id/document/test-1"
G2 = "https://w3id.org/rightsgraph/id/document/test-2"
P = ox.NamedNode("https://schema.org/name")


def quad(s, o, g, p=P):
    return ox.Quad(ox.NamedNode(s), p, o if not isinstance(o, str) else ox.Literal(o), ox.NamedNode(g))


@pytest.fixture
def store(backend):
    location, options = backend
    st = open_store(location, **options)
    yield st
    st.close()


def names(st, graph=None):
    q = "SELECT ?n WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n } }" if graph else "SELECT DISTINCT ?n WHERE { ?s <https://schema.org/name> ?n }"
    return sorted(r["n"].value for r in st.query(q, union=graph is None))


def test_replace_graph_replaces_only_that_graph(store):
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1), quad("urn:b", 'tricky "quote"\nnewline', G1)])
    store.replace_graph(G2, [quad("urn:c", "Gamma", G2)])
    assert set(store.graphs()) >= {G1, G2}
    assert names(store) == ["Alpha", "Gamma", 'tricky "quote"\nnewline']
    store.replace_graph(G1, [quad("urn:a", "Alpha 2", G1)])
    assert names(store) == ["Alpha 2", "Gamma"]


def graph_names(st, graph):
    q = f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s <https://schema.org/name> ?n }} }}"
    return sorted(r["n"].value for r in st.query(q, union=False))


def test_replace_graphs_takes_quads_or_text_alike(store):
    """Quads made in this process and N-Triples text from a worker process are two spellings of one write."""
    shared = "https://w3id.org/rightsgraph/graph/entities"
    loose = ox.Quad(ox.NamedNode("urn:b"), P, ox.Literal("Beta"))  # no graph of its own: it goes where the key says
    store.replace_graphs({G1: [quad("urn:a", "Alpha", G1), loose]}, merge={shared: [quad("urn:e", "Entity", shared)]})
    store.replace_graphs({G2: f'<urn:c> {P} "Gamma" .'}, merge={shared: f'<urn:f> {P} "Other" .'})
    assert (graph_names(store, G1), graph_names(store, G2), graph_names(store, shared)) == (["Alpha", "Beta"], ["Gamma"], ["Entity", "Other"])
    store.replace_graphs({G1: [quad("urn:a", "Alpha 2", G1)], G2: [quad("urn:c", "Gamma 2", G2)]})
    assert (graph_names(store, G1), graph_names(store, G2), graph_names(store, shared)) == (["Alpha 2"], ["Gamma 2"], ["Entity", "Other"])


def test_replace_graph_is_one_update_request(store, monkeypatch):
    calls = []
    original = store.update
    monkeypatch.setattr(store, "update", lambda text: (calls.append(text), original(text))[1])
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1)])
    assert len(calls) == 1


def test_blank_nodes_and_typed_literals_survive(store):
    b = ox.BlankNode()
    store.replace_graph(G1, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), b, ox.NamedNode(G1)),
                             ox.Quad(b, ox.NamedNode("urn:q"), ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode(G1)),
                             ox.Quad(b, ox.NamedNode("urn:r"), ox.Literal("chat", language="fr"), ox.NamedNode(G1))])
    rows = list(store.query("SELECT ?n ?l WHERE { <urn:a> <urn:p> ?x . ?x <urn:q> ?n ; <urn:r> ?l }"))
    assert len(rows) == 1 and rows[0]["n"].value == "3" and rows[0]["n"].datatype.value.endswith("#integer")
    assert rows[0]["l"].language == "fr"
    assert sum(1 for q in store.quads() if q.graph_name == ox.NamedNode(G1)) == 3


def test_bindings_are_terms_not_text(store):
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1), quad("urn:b", "Beta", G1)])
    q = "SELECT ?s ?n WHERE { ?s <https://schema.org/name> ?n }"
    assert [r["s"].value for r in store.query(q, bindings={"n": ox.Literal("Beta")})] == ["urn:b"]
    assert list(store.query(q, bindings={"n": ox.Literal('x" } ?a ?b ?c { "')})) == []


def test_bound_iris_reach_unions_and_nested_groups_and_stay_projected(store):
    knows, likes = ox.NamedNode("urn:knows"), ox.NamedNode("urn:likes")
    store.replace_graph(G1, [quad("urn:a", ox.NamedNode("urn:b"), G1, knows), quad("urn:c", ox.NamedNode("urn:b"), G1, likes),
                             quad("urn:d", ox.NamedNode("urn:e"), G1, knows), quad("urn:b", "Beta", G1)])
    q = """SELECT ?who ?how ?n WHERE {
      { ?who <urn:knows> ?x . BIND("knows" AS ?how) } UNION { ?who <urn:likes> ?x . BIND("likes" AS ?how) }
      OPTIONAL { ?x <https://schema.org/name> ?n }
    } ORDER BY ?who"""
    rows = [(r["who"].value, r["how"].value, r["n"].value) for r in store.query(q, bindings={"x": "urn:b"})]
    assert rows == [("urn:a", "knows", "Beta"), ("urn:c", "likes", "Beta")]
    projected = "SELECT ?x ?who WHERE { ?who <urn:knows> ?x }"
    assert [(r["x"].value, r["who"].value) for r in store.query(projected, bindings={"x": "urn:e"})] == [("urn:e", "urn:d")]
    # A nested SELECT has its own scope: the value is joined with what it projects, not written into it.
    nested = "SELECT ?who WHERE { { SELECT ?who WHERE { ?who <urn:knows> ?x } } }"
    assert sorted(r["who"].value for r in store.query(nested, bindings={"who": "urn:d"})) == ["urn:d"]
    with pytest.raises(InvalidInput, match="not a valid IRI"):
        store.query(projected, bindings={"x": "http://no spaces in IRIs"})


def test_a_dataset_clause_chooses_the_graphs(store):
    store.replace_graph(G1, [quad("http://x/a", "one", G1)])
    store.replace_graph(G2, [quad("http://x/b", "two", G2)])
    assert names(store) == ["one", "two"]  # no FROM: the union of all graphs
    rows = store.query(f"SELECT ?n FROM <{G1}> WHERE {{ ?s <https://schema.org/name> ?n }}")
    assert [r["n"].value for r in rows] == ["one"]


def test_remove_graph(store):
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1)])
    assert store.remove_graph(G1) is True
    assert store.remove_graph(G1) is False
    assert G1 not in store.graphs()


def test_ask_and_construct(store):
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1)])
    assert bool(store.query("ASK { <urn:a> ?p ?o }")) is True
    triples = list(store.query("CONSTRUCT { ?s <urn:named> ?n } WHERE { ?s <https://schema.org/name> ?n }"))
    assert [(t.subject.value, t.object.value) for t in triples] == [("urn:a", "Alpha")]


def test_load_file_into_a_graph(store, tmp_path):
    f = tmp_path / "x.ttl"
    f.write_text('<urn:x> <https://schema.org/name> "Loaded" ; <urn:p> [ <urn:q> "in a blank node" ] .\n')
    store.load_file(f, ox.RdfFormat.TURTLE, graph=G2)
    assert names(store, graph=G2) == ["Loaded"]


def test_cli_end_to_end(backend, invoke, tmp_path):
    from support import ARTICLES

    location, options = backend
    extra = ["--update-url", options["update_url"]] if options.get("update_url") else []
    article = ARTICLES / "kadyrov_7031c.txt"
    result = invoke("ingest", article, "--store", location, *extra, "--extractor", "phrase")
    assert result.exit_code == 0, result.output
    again = invoke("ingest", article, "--store", location, *extra, "--extractor", "phrase")
    assert "1 unchanged" in again.stderr
    out = invoke("query", "designations-of", "--store", location, "-p", "person=Ramzan Kadyrov", "-f", "json")
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)["results"]["bindings"]
    assert [r["basis"]["value"] for r in rows] == ["Section 7031(c)"] and "designated Ramzan Kadyrov" in rows[0]["quote"]["value"]
    assert invoke("validate", "--store", location).exit_code == 0
    nq = invoke("export", "--store", location, "-f", "nquads")
    assert nq.exit_code == 0 and "kadyrov" in nq.stdout.lower() and "openlinksw" not in nq.stdout
    assert invoke("viz", "--store", location, "-o", tmp_path / "g.html").exit_code == 0
    assert invoke("remove", "kadyrov_7031c", "--store", location, *extra).exit_code == 0
    count = invoke("query", "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Designation }", "--store", location, "-f", "csv")
    assert count.stdout.splitlines()[1] == "0"


def test_update_url_and_auth_come_from_the_environment(monkeypatch):
    from kg.cli.common import resolve_store

    monkeypatch.setenv("KG_UPDATE_URL", "http://127.0.0.1:1/update")
    monkeypatch.setenv("KG_STORE_USER", "ann")
    monkeypatch.setenv("KG_STORE_PASSWORD", "secret")
    location = resolve_store("http://127.0.0.1:1/query")
    st = open_store(location)
    assert st.update_url == "http://127.0.0.1:1/update" and st._auth == "Basic YW5uOnNlY3JldA=="
    assert resolve_store("/some/folder").options == {}


MENTIONED_IN = ox.NamedNode("https://w3id.org/rightsgraph/ontology#mentionedIn")


def test_remove_document_takes_the_descriptions_only_it_needed_in_one_request(store, monkeypatch):
    from kg.store.base import ENTITIES_GRAPH

    def mentions(entity, graph):
        return ox.Quad(ox.NamedNode(entity), MENTIONED_IN, ox.NamedNode(graph), ox.NamedNode(graph))

    store.replace_graph(G1, [mentions("urn:only-in-1", G1), mentions("urn:in-both", G1), quad("urn:only-in-1", "One", ENTITIES_GRAPH), quad("urn:in-both", "Both", ENTITIES_GRAPH)])
    store.replace_graph(G2, [mentions("urn:in-both", G2), quad("urn:in-both", "Both", ENTITIES_GRAPH)])
    calls = []
    original = store.update
    monkeypatch.setattr(store, "update", lambda text: (calls.append(text), original(text))[1])
    assert store.remove_document(G1) is True
    assert len(calls) == 1, "the graph and the orphaned descriptions go in one transaction"
    assert G1 not in store.graphs() and G2 in store.graphs()
    assert names(store, graph=ENTITIES_GRAPH) == ["Both"]
    assert store.remove_document(G1) is False
    assert len(calls) == 1, "nothing to remove, nothing written"
    assert store.remove_document(G2) is True
    assert names(store, graph=ENTITIES_GRAPH) == []


def test_removing_several_documents_is_one_transaction_or_nothing(store, monkeypatch):
    from kg.store.base import ENTITIES_GRAPH

    def mentions(entity, graph):
        return ox.Quad(ox.NamedNode(entity), MENTIONED_IN, ox.NamedNode(graph), ox.NamedNode(graph))

    store.replace_graph(G1, [mentions("urn:a", G1), quad("urn:a", "Alpha", ENTITIES_GRAPH)])
    store.replace_graph(G2, [mentions("urn:b", G2), quad("urn:b", "Beta", ENTITIES_GRAPH)])
    calls = []
    original = store.update
    monkeypatch.setattr(store, "update", lambda text: (calls.append(text), original(text))[1])
    assert store.remove_documents([G1, "urn:not-there", G2]) == ["urn:not-there"]
    assert calls == [], "a missing graph among several: nothing written"
    assert {G1, G2} <= set(store.graphs())
    assert store.remove_documents([G1, G2, G1]) == []
    assert len(calls) == 1, "every graph and the orphan sweep go in one transaction"
    assert G1 not in store.graphs() and G2 not in store.graphs()
    assert names(store, graph=ENTITIES_GRAPH) == []


def test_a_graph_emptied_by_delete_is_not_there_to_remove(store):
    store.replace_graph(G1, [quad("urn:a", "Alpha", G1)])
    store.update(f'DELETE DATA {{ GRAPH <{G1}> {{ <urn:a> <https://schema.org/name> "Alpha" }} }}')
    assert store.remove_graph(G1) is False
    assert store.remove_document(G1) is False
