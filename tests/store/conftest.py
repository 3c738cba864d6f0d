"""Real SPARQL servers on 127.0.0.1 for the store contract suite: `oxigraph serve` and Virtuoso.

Each server is started once per session on free ports in a temporary folder
and stopped at the end. A missing Virtuoso binary fails the tests (CI installs
Debian's virtuoso-opensource) unless KG_SKIP_VIRTUOSO=1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} after {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    if exe is None:
        pytest.fail("the `oxigraph` server binary is missing: pip install oxigraph (in the test extra)")
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph-server")
    log = open(folder / "server.log", "wb")
    proc = subprocess.Popen([exe, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query", proc)
        yield {"query": base + "/query", "update": base + "/update"}
    finally:
        stop(proc)
        log.close()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    exe, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if exe is None or isql is None:
        if os.environ.get("KG_SKIP_VIRTUOSO") == "1":
            pytest.skip("Virtuoso not installed and KG_SKIP_VIRTUOSO=1")
        pytest.fail("virtuoso-t / isql-vt not found: apt-get install virtuoso-opensource (or set KG_SKIP_VIRTUOSO=1)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    log = open(folder / "server.log", "wb")
    proc = subprocess.Popen([exe, "+configfile", str(ini), "+foreground"], cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        wait_for(url, proc, seconds=90)
        subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"], check=True, capture_output=True, timeout=60)
        yield {"query": url, "update": url}
    finally:
        stop(proc)
        log.close()


def _clean(st) -> None:
    for g in st.graphs():
        st.update(f"DROP SILENT GRAPH <{g}>")
    if st.flavor() != "virtuoso":
        st.update("CLEAR SILENT DEFAULT")


@pytest.fixture(params=["embedded", "oxigraph", "virtuoso"])
def backend(request, tmp_path):
    """(location, options) of an empty store of each kind."""
    if request.param == "embedded":
        yield str(tmp_path / "store"), {}
        return
    server = request.getfixturevalue(f"{request.param}_server")
    from kg.store.remote import RemoteStore

    options = {"update_url": server["update"]} if server["update"] != server["query"] else {}
    st = RemoteStore(server["query"], **options)
    _clean(st)
    yield server["query"], options
    _clean(st)
