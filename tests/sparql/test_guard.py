"""Refusing updates, SERVICE and LOAD by parsing; the time limit stops runaway queries."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from kg.sparql_guard import QueryRefused, check

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p ?o } # INSERT DATA { <a> <b> <c> }",
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
        "SELECT ?service ?load WHERE { ?service <http://x/load> ?load }",
        "PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:delete ex:drop }",
        "ASK { <http://example.org/insert> ?p ?o }",
    ],
)
def test_keywords_in_strings_iris_names_and_comments_are_harmless(text):
    assert check(text) == "query"


@pytest.mark.parametrize(
    "text,word",
    [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "updates"),
        ("DELETE WHERE { ?s ?p ?o }", "updates"),
        ("drop all", "updates"),
        ("CLEAR DEFAULT", "updates"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * WHERE { ?s ?p ?o . { SELECT * WHERE { SERVICE <http://x/> { ?a ?b ?c } } } }", "SERVICE"),
    ],
)
def test_refused(text, word):
    with pytest.raises(QueryRefused, match=word):
        check(text)


def test_allowed_when_asked():
    assert check("INSERT DATA { <http://a> <http://b> <http://c> }", allow_update=True) == "update"
    assert check("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", allow_service=True) == "query"
    with pytest.raises(QueryRefused):
        check("LOAD <http://x/>", allow_update=True)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", _Recorder.hits
    server.shutdown()
    server.server_close()


def test_cli_refuses_service_and_load_without_any_request(invoke, sample_store, recorder):
    url, hits = recorder
    for text, needle in [
        (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "SERVICE is not allowed"),
        (f"LOAD <{url}>", "LOAD is not allowed"),
        ("DELETE WHERE { ?s ?p ?o }", "updates are not allowed"),
    ]:
        result = invoke("query", text, "--store", sample_store)
        assert result.exit_code == 1, text
        assert result.stderr.startswith("Error: " + needle) and result.stderr.count("\n") == 1
    assert hits == []


def test_allow_update_writes(invoke, ingested_copy):
    result = invoke("query", "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "--store", ingested_copy, "--allow-update")
    assert result.exit_code == 0, result.output
    ask = invoke("query", "ASK { <urn:a> <urn:b> <urn:c> }", "--store", ingested_copy, "-f", "json")
    assert '"boolean":true' in ask.stdout.replace(" ", "")


@pytest.fixture
def ingested_copy(tmp_path, sample_store):
    import shutil

    shutil.copytree(sample_store, tmp_path / "copy")
    return tmp_path / "copy"


def test_timeout_stops_a_runaway_query(invoke, sample_store):
    started = time.monotonic()
    result = invoke("query", SLOW, "--store", sample_store, "--timeout", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert result.stderr == "Error: query timed out after 1 s and was stopped (--timeout raises the limit)\n"
    assert elapsed < 10
