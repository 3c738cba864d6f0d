"""A store on any SPARQL 1.1 Query/Update server (Oxigraph server, Virtuoso, Fuseki, GraphDB, ...).

``--store URL`` names the query endpoint; ``--update-url`` the update
endpoint where it differs (Oxigraph server: ``/query`` and ``/update``;
Virtuoso: ``/sparql`` for both; Fuseki: ``/DATASET/query`` and
``/DATASET/update``). Basic auth comes from ``KG_STORE_USER`` /
``KG_STORE_PASSWORD``.

- Replacing a document's graph is ONE update request (``DROP SILENT GRAPH``
  then ``INSERT``), which these servers run as one transaction.
- Parameters are bound as RDF terms serialised by pyoxigraph (IRIs written
  into the WHERE clause, literals in a ``VALUES`` block: :mod:`kg.store.binding`),
  so escaping is the RDF library's, as rdflib's SPARQLStore does.
- "Union" queries (the default graph as the union of all graphs) use Oxigraph
  server's ``union-default-graph`` parameter; Virtuoso's default graph already
  is the union, restricted here to the project's graphs (its system graphs
  are left out); other servers should be configured with a union default graph
  (Fuseki: ``tdb2:unionDefaultGraph true``).
- Results come back as SPARQL JSON or N-Triples and are parsed by pyoxigraph,
  so callers get the same objects as from the embedded store.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.store.binding import bind  # noqa: F401  (re-exported)

from kg.errors import QueryError, StoreError
from kg.store.base import Store, by_graph, default_graph_is_union, triples_text

#: Graphs a server keeps for itself; never listed, exported or queried as data.
SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/", "http://localhost:8890/", "urn:virtuoso:")
#: Where triples loaded "into the default graph" go on servers without a writable default graph (Virtuoso).
DEFAULT_GRAPH = "https://w3id.org/rightsgraph/graph/default"
ACCEPT = "application/sparql-results+json"
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5"
#: GROUP BY rather than DISTINCT: Virtuoso answers this form from its graph index (ms, not seconds).
GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
GRAPH_CACHE_SECONDS = 5.0


class RemoteTriples(list):
    """CONSTRUCT/DESCRIBE results from a server: a list of :class:`pyoxigraph.Triple`."""

    is_graph = True


NL = "\n"


def _insert(blocks: Iterable[tuple[str | None, str]]) -> str:
    """One insert request for N-Triples ``blocks`` (target graph or None for the default graph, body).

    Triples with blank nodes go in an ``INSERT {...} WHERE {}`` template,
    since Virtuoso refuses blank nodes in ``INSERT DATA``; all others go in
    ``INSERT DATA``, since Virtuoso compiles a template to SQL and refuses one
    longer than 10,000 lines (the reference graph's labels alone are more).
    """
    plain, blank = [], []
    for target, body in blocks:
        lines = body.split("\n")
        for out, text in ((plain, "\n".join(x for x in lines if "_:" not in x)), (blank, "\n".join(x for x in lines if "_:" in x))):
            if text.strip():
                out.append(f"GRAPH {ox.NamedNode(target)} {{\n{text}\n}}" if target else text)
    parts = [f"INSERT DATA {{ {NL.join(plain)} }}"] if plain else []
    parts += [f"INSERT {{ {NL.join(blank)} }} WHERE {{}}"] if blank else []
    return " ;\n".join(parts)


def _fix_json(body: bytes) -> bytes:
    """Normalise older SPARQL JSON (Virtuoso): "typed-literal", and blank node ids such as ``nodeID://b123``."""
    import hashlib
    import json

    doc = json.loads(body)
    for row in doc.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "typed-literal":
                term["type"] = "literal"
            elif term.get("type") == "bnode" and not term["value"].replace("_", "").isalnum():
                term["value"] = "b" + hashlib.sha1(term["value"].encode()).hexdigest()[:16]
    return json.dumps(doc).encode()


def _drop(g: ox.NamedNode) -> str:
    # CLEAR then DROP: Virtuoso ignores DROP SILENT of a graph that was never CREATEd, but CLEAR empties it.
    return f"CLEAR SILENT GRAPH {g} ;\nDROP SILENT GRAPH {g}"


class RemoteStore(Store):
    def __init__(self, query_url: str, *, update_url: str | None = None, user: str | None = None, password: str | None = None,
                 read_only: bool = False, timeout: float = 300.0):
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.read_only = read_only
        self.timeout = timeout
        self._auth = "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode() if user else None
        self._flavor: str | None = None
        self._graphs: tuple[float, list[str]] | None = None

    # ------------------------------------------------------------------ HTTP
    def _post(self, url: str, form: list[tuple[str, str]], accept: str = ACCEPT) -> tuple[str, bytes]:
        data = urllib.parse.urlencode(form).encode("utf-8")
        req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        if self._auth:
            req.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                if self._flavor is None:
                    server = (resp.headers.get("Server") or "").lower()
                    self._flavor = "oxigraph" if "oxigraph" in server else "virtuoso" if "virtuoso" in server else "generic"
                return resp.headers.get("Content-Type") or "", resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", errors="replace").strip()
            first = next((line.strip() for line in body.splitlines() if line.strip()), exc.reason)
            if exc.code in (401, 403):
                raise StoreError(f"{url}: access denied (HTTP {exc.code}); set KG_STORE_USER and KG_STORE_PASSWORD") from None
            if exc.code == 400 or "syntax" in body.lower() or "SP0" in body:
                raise QueryError(f"invalid SPARQL (server said: {first})") from None
            raise StoreError(f"{url}: HTTP {exc.code} ({first})") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason})") from None

    def flavor(self) -> str:
        if self._flavor is None:
            self._post(self.query_url, [("query", "ASK {}")])
        return self._flavor or "generic"

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, bindings: Mapping[str, object] | None = None, union: bool = True):
        text = bind(sparql, bindings) if bindings else sparql
        form = [("query", text)]
        if default_graph_is_union(text, union):
            flavor = self.flavor()
            if flavor == "oxigraph":
                form.append(("union-default-graph", ""))
            elif flavor == "virtuoso":
                form += [("default-graph-uri", g) for g in self.graphs() + [DEFAULT_GRAPH]]
        from kg.sparql_guard import query_form

        accept = ACCEPT_GRAPH if query_form(text) in ("CONSTRUCT", "DESCRIBE") else ACCEPT
        ctype, body = self._post(self.query_url, form, accept)
        return self._parse(ctype, body)

    @staticmethod
    def _parse(ctype: str, body: bytes):
        media = ctype.split(";")[0].strip().lower()
        try:
            if media in ("application/sparql-results+json", "application/json"):
                if b'"bnode"' in body or b'"typed-literal"' in body:
                    body = _fix_json(body)
                if b'"__ASK_RETVAL"' in body:  # Virtuoso answers ASK as a one-column SELECT
                    rows = [r["__ASK_RETVAL"].value for r in ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)]
                    answer = b"true" if rows and rows[0] not in ("0", "false") else b"false"
                    return ox.parse_query_results(b'{"head":{},"boolean":' + answer + b"}", format=ox.QueryResultsFormat.JSON)
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if media in ("application/sparql-results+xml", "application/xml", "text/xml"):
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
            fmt = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                   "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}.get(media)
            if fmt is None:
                raise QueryError(f"the server answered in {media or 'an unknown format'}, not SPARQL results or RDF")
            return RemoteTriples(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt))
        except SyntaxError as exc:
            raise QueryError(f"cannot read the server's answer ({str(exc).splitlines()[0]})") from None

    def graphs(self) -> list[str]:
        import time

        now = time.monotonic()
        if self._graphs and now - self._graphs[0] < GRAPH_CACHE_SECONDS:
            return list(self._graphs[1])
        rows = self.query(GRAPHS, union=False)
        found = sorted({r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode) and not r["g"].value.startswith(SYSTEM_GRAPH_PREFIXES)})
        self._graphs = (now, found)
        return list(found)

    def quads(self):
        for g in self.graphs():
            graph = ox.NamedNode(g)
            for r in self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}", union=False):
                yield ox.Quad(r["s"], r["p"], r["o"], graph)
        if self.flavor() != "virtuoso":  # Virtuoso's default graph is the union of the others
            for r in self.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", union=False):
                yield ox.Quad(r["s"], r["p"], r["o"], ox.DefaultGraph())

    # ------------------------------------------------------------------ writing
    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store is open read-only")
        self._graphs = None
        self._post(self.update_url, [("update", sparql)])

    def _drop_clause(self, graph: str) -> str:
        return _drop(ox.NamedNode(graph))

    def _insert_clause(self, graph: str, body: str) -> str:
        return _insert([(graph, body)]) or f"INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{ }} }}"

    def load_file(self, path: Path, fmt, *, graph: str | None = None) -> None:
        """Send the whole file as one INSERT (all or nothing)."""
        try:
            parsed = list(ox.parse(path=str(path), format=fmt))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{path}: load failed ({str(exc).splitlines()[0]})") from None
        groups = {graph: parsed} if graph else by_graph(parsed)
        if None in groups and self.flavor() == "virtuoso":
            groups.setdefault(DEFAULT_GRAPH, []).extend(groups.pop(None))
        request = _insert((target, triples_text(quads)) for target, quads in groups.items())
        if request:
            self.update(request)

    def bulk_load(self, path: Path, fmt, *, graph: str | None = None) -> None:
        self.load_file(path, fmt, graph=graph)
