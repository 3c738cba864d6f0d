"""kg serve with real clients: SPARQLWrapper, rdflib's SPARQLStore, plain HTTP."""

from __future__ import annotations

import concurrent.futures
import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from .test_guard import SLOW, recorder  # noqa: F401 - fixture

pytestmark = pytest.mark.server


def _start(location, **kwargs):
    from kg.serve import make_server

    server = make_server(str(location), port=0, **kwargs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def endpoint(sample_store):
    server, base = _start(sample_store, workers=2, timeout=5)
    yield base
    server.shutdown()
    server.server_close()


def http(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_sparqlwrapper_select_in_every_results_format(endpoint):
    q = "SELECT DISTINCT ?name WHERE { ?p a kg:Person ; schema:name ?name } ORDER BY ?name"
    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery(q)
    sw.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in sw.query().convert()["results"]["bindings"]]
    assert "Ramzan Kadyrov" in names
    sw.setReturnFormat(XML)
    xml = sw.query().convert()
    assert len(xml.getElementsByTagName("result")) == len(names)
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines()[0] == "name"
    sw.setMethod("POST")
    sw.setReturnFormat(JSON)
    assert len(sw.query().convert()["results"]["bindings"]) == len(names)


def test_sparqlwrapper_ask_and_construct(endpoint):
    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery("ASK { ?d a kg:Document }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery("CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) > 50


def test_sparqlwrapper_gets_what_it_asks_for_in_each_format(endpoint):
    """SPARQLWrapper puts its own format names (and for some a media type) in format=: each is understood."""
    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery("SELECT ?d WHERE { ?d a kg:Document } LIMIT 3")
    sw.setReturnFormat(TSV)
    assert sw.query().convert().decode().splitlines()[0] == "?d"
    sw.setQuery("CONSTRUCT { ?d a kg:Document } WHERE { ?d a kg:Document }")
    sw.setReturnFormat(XML)  # SPARQLWrapper's default: RDF/XML for a CONSTRUCT, parsed into an rdflib graph
    documents = len(sw.query().convert())
    assert documents > 10
    for fmt in (RDFXML, JSONLD):
        sw.setReturnFormat(fmt)
        assert len(sw.query().convert()) == documents, fmt
    sw.setReturnFormat(N3)
    assert len(rdflib.Graph().parse(data=sw.query().convert(), format="turtle")) == documents


def test_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = rdflib.Graph(store=SPARQLStore(endpoint + "/sparql", returnFormat="xml"))
    rows = list(g.query("PREFIX kg: <https://w3id.org/rightsgraph/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Designation }"))
    assert int(rows[0][0]) > 50
    triples = g.query("PREFIX kg: <https://w3id.org/rightsgraph/ontology#> CONSTRUCT { ?e a kg:Designation } WHERE { ?e a kg:Designation } LIMIT 5")
    assert len(triples) == 5


def test_content_negotiation_and_format_parameter(endpoint):
    q = urllib.parse.quote("SELECT ?s WHERE { ?s a kg:Document } LIMIT 2")
    for accept, ctype in [("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"), ("application/sparql-results+xml", "application/sparql-results+xml"), ("*/*", "application/sparql-results+json")]:
        status, headers, _ = http(f"{endpoint}/sparql?query={q}", headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(ctype), accept
    cq = urllib.parse.quote("CONSTRUCT WHERE { ?s a kg:Document }")
    for fmt, ctype in [("ntriples", "application/n-triples"), ("jsonld", "application/ld+json"), ("rdfxml", "application/rdf+xml")]:
        status, headers, body = http(f"{endpoint}/sparql?query={cq}&format={fmt}")
        assert status == 200 and headers["Content-Type"].startswith(ctype) and body, fmt


def test_updates_are_refused(endpoint):
    status, _, body = http(endpoint + "/sparql", data=b"update=DROP+ALL", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, _ = http(endpoint + "/sparql", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, body = http(endpoint + "/sparql", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-query"})
    assert status == 403 and b"updates are not allowed" in body
    status, _, body = http(endpoint + "/sparql?query=" + urllib.parse.quote("ASK { ?d a kg:Document }"), headers={"Accept": "application/json"})
    assert json.loads(body)["boolean"] is True  # nothing was dropped


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_graph_store_writes_get_a_plain_405(endpoint, method):
    """PUT and DELETE got http.server's HTML page "501 Unsupported method", which reads like a server fault."""
    req = urllib.request.Request(endpoint + "/sparql?default", data=b"<a:b> <a:c> <a:d> .", method=method, headers={"Content-Type": "text/turtle"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    assert err.value.code == 405 and err.value.headers["Allow"] == "GET, HEAD, POST, OPTIONS"
    assert err.value.read() == f"{method} is not accepted: this endpoint is read-only (GET or POST a query to /sparql)\n".encode()
    status, _, body = http(endpoint + "/sparql?query=" + urllib.parse.quote("ASK { ?d a kg:Document }"), headers={"Accept": "application/json"})
    assert json.loads(body)["boolean"] is True


def test_service_and_load_are_refused_without_outbound_requests(endpoint, recorder):  # noqa: F811
    url, hits = recorder
    for q in [f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", f"LOAD <{url}>"]:
        status, _, body = http(endpoint + "/sparql?query=" + urllib.parse.quote(q))
        assert status == 403, body
    assert hits == []


def test_a_protocol_dataset_is_refused_rather_than_ignored(endpoint):
    """default-graph-uri was ignored: a count over the reference graph answered with the whole store's."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    reference = "https://w3id.org/rightsgraph/graph/reference"
    for name in ("default-graph-uri", "named-graph-uri"):
        status, _, body = http(endpoint + "/sparql?" + urllib.parse.urlencode({"query": q, name: reference}))
        assert status == 400 and body.startswith(b"default-graph-uri and named-graph-uri are not supported here; name the graphs in the query"), name
    status, _, body = http(endpoint + "/sparql?" + urllib.parse.urlencode({"query": q.replace("WHERE", f"FROM <{reference}> WHERE")}), headers={"Accept": "application/json"})
    whole = http(endpoint + "/sparql?" + urllib.parse.urlencode({"query": q}), headers={"Accept": "application/json"})[2]
    count = lambda b: int(json.loads(b)["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert status == 200 and 0 < count(body) < count(whole)


def test_bad_query_is_400(endpoint):
    status, _, body = http(endpoint + "/sparql?query=" + urllib.parse.quote("SELECT WHERE {"))
    assert status == 400 and body.startswith(b"invalid SPARQL")


def test_slow_query_is_stopped_while_others_are_served(endpoint):
    slow_url = endpoint + "/sparql?query=" + urllib.parse.quote(SLOW)
    fast_url = endpoint + "/sparql?query=" + urllib.parse.quote("ASK { ?d a kg:Document }")
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        slow = ex.submit(http, slow_url)
        time.sleep(0.3)
        started = time.monotonic()
        status, _, _ = http(fast_url)
        fast_elapsed = time.monotonic() - started
        slow_status, _, slow_body = slow.result()
    assert status == 200 and fast_elapsed < 1.5
    assert slow_status == 503 and b"timed out after 5 s" in slow_body
    assert http(fast_url)[0] == 200  # the killed worker was replaced


def test_saved_queries_are_listed_and_runnable(endpoint):
    status, _, body = http(endpoint + "/queries")
    saved = json.loads(body)
    assert status == 200 and len(saved) >= 15 and all(q["title"] and q["sparql"] for q in saved)
    status, _, body = http(endpoint + "/queries/designations-of?person=" + urllib.parse.quote("Ramzan Kadyrov"), headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"]
    status, _, body = http(endpoint + "/queries/designations-of?person=nobody")
    assert status == 400 and b"no entity named 'nobody'" in body


def test_query_page_is_self_contained(endpoint):
    status, headers, page = http(endpoint + "/")
    assert status == 200 and b"<textarea" in page and b'src="/app.js"' in page
    assert b"http://" not in page and b"https://" not in page
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    status, _, js = http(endpoint + "/app.js")
    assert status == 200 and b"textContent" in js and b"innerHTML" not in js and b"//cdn" not in js


def test_serving_beside_a_writer_sees_new_data(tmp_path, sample_store):
    from kg.store import open_store

    copy = tmp_path / "live"
    shutil.copytree(sample_store, copy)
    server, base = _start(copy, workers=1, timeout=10)
    ask = base + "/sparql?query=" + urllib.parse.quote("ASK { <urn:new> ?p ?o }")
    try:
        assert json.loads(http(ask)[2])["boolean"] is False
        with open_store(str(copy)) as writer:  # the one writer, as `kg ingest` would be
            writer.update("INSERT DATA { GRAPH <urn:g> { <urn:new> <urn:p> <urn:o> } }")
            assert json.loads(http(ask)[2])["boolean"] is True
    finally:
        server.shutdown()
        server.server_close()


def test_a_port_already_in_use_is_one_line_and_leaves_no_worker_behind(sample_store):
    # run() waits for its pipes to close: a worker left holding the inherited stderr would make it time out
    import socket
    import subprocess
    import sys

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    port = busy.getsockname()[1]
    try:
        run = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(sample_store), "--port", str(port), "--workers", "1"],
                             capture_output=True, text=True, timeout=120)
    finally:
        busy.close()
    assert run.returncode == 1
    assert run.stderr == f"Error: cannot listen on 127.0.0.1:{port} (Address already in use)\n"


def test_serving_a_store_folder_that_does_not_exist_is_refused_at_start(tmp_path):
    # it used to start and answer every query with 500; `kg query` refuses the same folder with this line
    import subprocess
    import sys

    missing = tmp_path / "no-such-store"
    run = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(missing), "--port", "0", "--workers", "1"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr == f"Error: {missing}: no store here yet (run `kg ingest` or `kg load` first)\n"
    assert not missing.exists()


def test_saved_query_errors_speak_http(endpoint):
    # an unknown name was a 400 pointing at `kg query --list`; a missing or bad value said "--param"
    status, _, body = http(endpoint + "/queries/designations-off")
    assert status == 404
    assert body == b"no saved query 'designations-off'; did you mean 'designations-of'? GET /queries lists them\n"
    status, _, body = http(endpoint + "/queries/designations-of")
    assert status == 400 and b"--param" not in body
    assert body.startswith(b"query 'designations-of' needs the URL parameter person=VALUE (")
    status, _, body = http(endpoint + "/queries/designations-of?person=x&nobody=1")
    assert status == 400 and body.startswith(b"query 'designations-of' has no parameter 'nobody' (parameters: person)")
    status, _, body = http(endpoint + "/queries/evidence?event=notaniri")
    assert status == 400 and body == b"URL parameter event: 'notaniri' is not an IRI\n"


@pytest.mark.parametrize("query,message", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
     b"SERVICE is not allowed (it makes the server fetch another endpoint)\n"),
    ("LOAD <http://127.0.0.1:9/x.ttl>", b"LOAD is not allowed (it makes the server fetch a URL)\n"),
])
def test_refusals_speak_http_not_command_line_flags(endpoint, query, message):
    status, _, body = http(endpoint + "/sparql?query=" + urllib.parse.quote(query))
    assert status == 403 and body == message
