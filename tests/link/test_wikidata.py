"""`kg link wikidata`: offline from the shipped extract, against a real local SPARQL server, and when the endpoint fails."""

from __future__ import annotations

import csv
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from kg.resources import wikidata_dir
from linkhelp import add_document, entity, store_snapshot

PEOPLE = {
    "putin": ("Владимир Путин", "Person"),
    "putin2": ("Wladimir Putin", "Person"),
    "georgia_state": ("Georgia", "Region"),
    "trump": ("Trump", "Person"),
    "melania": ("Melania Trump", "Person"),
    "state": ("State Department", "GovernmentBody"),
    "chechnya": ("Chechen Republic", "Region"),
    "vk": ("VKontakte", "Platform"),
}
SAME_AS = "SELECT ?e ?q WHERE { GRAPH <https://w3id.org/rightsgraph/graph/links/wikidata> { ?e owl:sameAs ?q } }"


@pytest.fixture
def wd_store(store_dir):
    from kg.store import open_store

    with open_store(str(store_dir)) as st:
        add_document(st, "wd_doc", PEOPLE)
    return store_dir


def links(store_dir) -> set[tuple[str, str]]:
    from kg.store import open_store

    with open_store(str(store_dir), read_only=True) as st:
        return {(r["e"].value, r["q"].value.rsplit("/", 1)[-1]) for r in st.query("PREFIX owl: <http://www.w3.org/2002/07/owl#>\n" + SAME_AS)}


EXPECTED = {
    (entity("Владимир Путин"), "Q7747"),  # Cyrillic
    (entity("Wladimir Putin"), "Q7747"),  # German transliteration
    (entity("Georgia", "Region"), "Q1428"),  # the US state, not its namesake country (a region is not a country)
    (entity("State Department", "GovernmentBody"), "Q789915"),
    (entity("Chechen Republic", "Region"), "Q5187"),
    (entity("VKontakte", "Platform"), "Q116933"),
}


def check_report(path: Path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = {(r["label"], r["external_id"]): r for r in csv.DictReader(fh)}
    assert rows[("Trump", "Q22686")]["status"] == "candidate"  # a lone surname only suggests
    assert rows[("Georgia", "Q1428")]["status"] == "accepted"
    assert not any(label == "Melania Trump" for label, _ in rows)  # family members are not the president
    assert all(r["source"] == "wikidata" for r in rows.values())


def test_offline_from_the_shipped_extract(invoke, wd_store, tmp_path):
    report = tmp_path / "wd.csv"
    result = invoke("link", "wikidata", "--offline", "--store", wd_store, "--report", report)
    assert result.exit_code == 0, result.output
    assert links(wd_store) == EXPECTED
    check_report(report)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sparql_server(tmp_path_factory):
    """A real `oxigraph serve` on 127.0.0.1, loaded with the Wikidata-shaped extract."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.skip("the oxigraph CLI (PyPI package `oxigraph`) is not installed")
    location = tmp_path_factory.mktemp("wikidata-server")
    for path in sorted(wikidata_dir().glob("*.ttl")):
        subprocess.run([exe, "load", "--location", str(location), "--file", str(path)], check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("oxigraph serve did not start")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.server
def test_against_a_local_sparql_server(invoke, wd_store, tmp_path, sparql_server):
    report = tmp_path / "wd.csv"
    cache = tmp_path / "cache"
    result = invoke("link", "wikidata", "--endpoint", sparql_server, "--cache", cache, "--store", wd_store, "--report", report)
    assert result.exit_code == 0, result.output
    assert links(wd_store) == EXPECTED
    check_report(report)
    # answered from the cache the second time: same links with the server unreachable
    again = invoke("link", "wikidata", "--endpoint", sparql_server.replace("/query", "/nothing-here"), "--cache", cache, "--store", wd_store)
    assert again.exit_code == 1  # a different URL is not cached
    offline_cached = invoke("link", "wikidata", "--endpoint", sparql_server, "--cache", cache, "--store", wd_store)
    assert offline_cached.exit_code == 0 and links(wd_store) == EXPECTED


class FlakyHandler(http.server.BaseHTTPRequestHandler):
    """Answers 429 (with Retry-After: 0) ``fail`` times, or sleeps past the client's timeout, then gives empty results."""

    mode = "429"
    fail = 2
    calls = 0

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if type(self).calls <= type(self).fail:
            if self.mode == "slow":
                time.sleep(1.5)
                return
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = b'{"head": {"vars": ["item", "label"]}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def flaky(monkeypatch):
    from kg.link import cache

    monkeypatch.setattr(cache.HttpClient, "backoff", 0.01)
    import kg.link.sources as sources

    real = sources.settings
    monkeypatch.setattr(sources, "settings", lambda name: {**real(name), "min_interval": 0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FlakyHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FlakyHandler.calls = 0
    yield server, f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


@pytest.mark.server
def test_429_is_retried(invoke, wd_store, tmp_path, flaky):
    server, url = flaky
    FlakyHandler.mode, FlakyHandler.fail = "429", 2
    result = invoke("link", "wikidata", "--endpoint", url, "--cache", tmp_path / "c", "--store", wd_store, "--retries", "3")
    assert result.exit_code == 0, result.output
    assert FlakyHandler.calls == 3


@pytest.mark.server
@pytest.mark.parametrize("mode", ["429", "slow"])
def test_endpoint_that_keeps_failing_leaves_previous_links(invoke, wd_store, tmp_path, flaky, mode):
    server, url = flaky
    assert invoke("link", "wikidata", "--offline", "--store", wd_store).exit_code == 0
    before = store_snapshot(wd_store)
    FlakyHandler.mode, FlakyHandler.fail = mode, 100
    result = invoke("link", "wikidata", "--endpoint", url, "--cache", tmp_path / "c", "--store", wd_store, "--retries", "1", "--timeout", "0.5")
    assert result.exit_code == 1
    message = result.stderr.strip().splitlines()
    assert len(message) == 1, result.stderr
    assert ("HTTP 429 after 2 attempts" if mode == "429" else "timed out after 2 attempts") in message[0]
    assert store_snapshot(wd_store) == before
    assert links(wd_store) == EXPECTED


def test_a_host_that_does_not_resolve_fails_at_once_with_one_line(invoke, wd_store, tmp_path):
    """No network (or a misspelt --endpoint) is no reason to wait through every retry's back-off."""
    before = store_snapshot(wd_store)
    result = invoke("link", "wikidata", "--endpoint", "http://rightsgraph-no-such-host.invalid/sparql",
                    "--cache", tmp_path / "c", "--store", wd_store, "--retries", "4")
    assert result.exit_code == 1
    message = result.stderr.strip().splitlines()
    assert len(message) == 1 and "cannot resolve rightsgraph-no-such-host.invalid" in message[0], result.stderr
    assert "retrying" not in result.stderr
    assert store_snapshot(wd_store) == before


@pytest.mark.parametrize("option,value,message", [
    ("--endpoint", "query.wikidata.org/sparql", "'query.wikidata.org/sparql': expected an http:// or https:// URL"),
    ("--retries", "-1", "-1 is not in the range x>=0"),
    ("--timeout", "0", "0.0 is not in the range x>0"),
])
def test_a_bad_endpoint_retry_count_or_timeout_is_one_line_and_changes_nothing(invoke, wd_store, option, value, message):
    before = store_snapshot(wd_store)
    result = invoke("link", "wikidata", option, value, "--store", wd_store)
    assert result.exit_code == 2 and message in result.stderr
    assert store_snapshot(wd_store) == before
