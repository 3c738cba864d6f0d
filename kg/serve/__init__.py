"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint with a query page.

- ``GET /`` a self-contained query page (no CDN): a text area, a run button,
  a results table, and the saved queries one click away.
- ``GET|POST /sparql`` the SPARQL 1.1 Protocol (``query=`` in the URL or a
  form, or an ``application/sparql-query`` body); results negotiated from
  ``Accept`` (SPARQL JSON/XML/CSV/TSV; Turtle, N-Triples, RDF/XML, JSON-LD for
  CONSTRUCT/DESCRIBE) or forced with ``format=``.
- ``GET /queries`` the saved queries as JSON; ``GET /queries/NAME?key=value``
  runs one with its parameters bound.

Updates, ``SERVICE`` and ``LOAD`` get 403 without any outbound request; a
malformed query or request 400; an unknown saved query 404; a query over the time or memory limit is
stopped and gets 503.
Queries run in a pool of worker processes (see :mod:`kg.sparql_worker`), so
a long query never holds up the other clients.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from kg.errors import InvalidInput, KGError, QueryError, StoreError
from kg.sparql import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryRequest, QueryTimeout
from kg.sparql_guard import QueryRefused
from kg.sparql_worker import QueryTooLarge

log = logging.getLogger(__name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
MIME = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
MAX_BODY = 1 << 20
DEFAULT_MEMORY_MB = 1024
STATIC = {"/": ("page.html", "text/html; charset=utf-8"), "/app.js": ("app.js", "text/javascript; charset=utf-8")}
CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


# format= values: this endpoint's names, the short names other endpoints take (SPARQLWrapper sends them
# as format=, output= and results=), each naming a results format, a graph format or both.
FORMAT_NAMES = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "turtle"),
    "ntriples": (None, "ntriples"), "nt": (None, "ntriples"),
    "rdfxml": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"),
}


def negotiate(accept: str | None, forced: str | None = None) -> tuple[str, str]:
    """(results format, graph format) for an Accept header; what ``forced`` (format=) names wins.

    SPARQLWrapper asks for TSV, RDF/XML and JSON-LD with a media type in format= beside the short name,
    and for a CONSTRUCT in its default XML with format=xml: each means the format a client can parse.
    """
    result_pick, graph_pick = _picks(accept or "")
    if forced:
        name = forced.strip().lower()
        named = _picks(name) if "/" in name else FORMAT_NAMES.get(name, (None, None))
        if named == (None, None):
            raise InvalidInput(f"unknown format {forced!r}; use one of {', '.join(MIME)}")
        result_pick, graph_pick = named[0] or result_pick, named[1] or graph_pick
    return result_pick or "json", graph_pick or "turtle"


def _picks(accept: str) -> tuple[str | None, str | None]:
    """The best-ranked results format and graph format among comma-separated media types."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    ranked.sort()
    result_pick = next((RESULT_TYPES[m] for _, _, m in ranked if m in RESULT_TYPES), None)
    graph_pick = next((GRAPH_TYPES[m] for _, _, m in ranked if m in GRAPH_TYPES), None)
    return result_pick, graph_pick


def _page(name: str) -> bytes:
    return resources.files(__name__).joinpath(name).read_bytes()


class Handler(BaseHTTPRequestHandler):
    server_version = "rightsgraph"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may stay silent mid-request or between keep-alive requests before its thread is freed

    # ---------------------------------------------------------------- plumbing
    def log_message(self, fmt, *args):
        log.info("%s - %s", self.address_string(), fmt % args)

    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated")  # a page on another origin may read it
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _params(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)

    # ---------------------------------------------------------------- verbs
    def do_OPTIONS(self):  # noqa: N802
        self._send(204, b"", "text/plain", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS", "Access-Control-Allow-Headers": "Content-Type, Accept"})

    def do_PUT(self):  # noqa: N802
        """Graph Store Protocol clients PUT, POST or DELETE graphs: a plain 405, not http.server's HTML 501 page."""
        self.close_connection = True  # its body is left unread: this connection cannot carry another request
        self._error(405, f"{self.command} is not accepted: this endpoint is read-only (GET or POST a query to /sparql)", {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_DELETE = do_PATCH = do_PUT

    def do_HEAD(self):  # noqa: N802
        self.do_GET()

    def do_GET(self):  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        if path in STATIC:
            name, ctype = STATIC[path]
            return self._send(200, _page(name), ctype, {"Content-Security-Policy": CSP, "Cache-Control": "no-cache"})
        if path == "/queries":
            return self._send(200, json.dumps(_saved_list(), ensure_ascii=False).encode("utf-8"), "application/json")
        if path.startswith("/queries/"):
            from kg import queries

            name = urllib.parse.unquote(path[len("/queries/") :])
            try:
                queries.get(name)  # an unknown name is a 404 whose message suggests a close one
            except InvalidInput as exc:
                return self._error(404, exc.web_message)
            params = {k: v[-1] for k, v in self._params().items()}
            forced = params.pop("format", None)
            return self._run(QueryRequest(saved=name, params=params), forced)
        if path == "/sparql":
            return self._protocol(self._params())
        self._error(404, f"no such page: {path} (the endpoint is /sparql)")

    def do_POST(self):  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        if path != "/sparql":
            return self._error(404 if path not in STATIC else 405, f"POST goes to /sparql, not {path}")
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not declared.isdigit():
            self.close_connection = True  # the body's end is unknown: this connection cannot carry another request
            return self._error(400, f"bad Content-Length {declared[:40]!r}: give the body's size in bytes")
        length = int(declared)
        if length > MAX_BODY:
            self.close_connection = True
            return self._error(413, f"request body over {MAX_BODY} bytes")
        raw = self.rfile.read(length)
        if len(raw) < length:
            self.close_connection = True
            return self._error(400, f"request body ended after {len(raw)} of its {length} bytes")
        body = raw.decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self._params()
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: updates are not accepted")
        if ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype in ("application/x-www-form-urlencoded", ""):
            for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            return self._error(415, f"unsupported Content-Type {ctype!r}; use application/sparql-query or a form")
        self._protocol(params)

    # ---------------------------------------------------------------- SPARQL
    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._error(403, "this endpoint is read-only: updates are not accepted")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self._error(400, "give exactly one query= parameter (SPARQL 1.1 Protocol)")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            # ignored, they answered over every graph: a count "in the reference graph" came back as the whole store's
            return self._error(400, "default-graph-uri and named-graph-uri are not supported here; name the graphs in the query "
                                    "(FROM <IRI>, FROM NAMED <IRI>, or GRAPH <IRI> { ... })")
        forced = (params.get("format") or [None])[-1]
        self._run(QueryRequest(text=queries[0]), forced)

    def _run(self, request: QueryRequest, forced: str | None) -> None:
        srv: SparqlServer = self.server  # type: ignore[assignment]
        try:
            request.fmt, request.graph_fmt = negotiate(self.headers.get("Accept"), forced)
            request.limit = srv.limit
            out = srv.pool.run(request, timeout=srv.timeout)
        except QueryRefused as exc:
            return self._error(403, exc.web_message)
        except (QueryTimeout, QueryTooLarge) as exc:
            return self._error(503, exc.web_message)
        except (InvalidInput, QueryError) as exc:  # the shared messages, worded for URL parameters where they differ
            return self._error(400, exc.web_message)
        except StoreError as exc:
            return self._error(500, str(exc))
        except KGError as exc:
            return self._error(500, str(exc))
        fmt = request.graph_fmt if out.kind == "graph" else request.fmt
        extra = {"X-KG-Truncated": "true"} if out.truncated else {}
        self._send(200, out.data, MIME[fmt], extra)


def _saved_list() -> list[dict]:
    from kg import queries

    return [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "params": [{"name": p.name, "kind": p.kind, "description": p.description, "example": q.examples.get(p.name, "")} for p in q.params],
            "sparql": q.text,
        }
        for q in queries.all_queries()
    ]


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, *, location: str, options: dict | None = None, workers: int = 3, max_workers: int | None = None,
                 timeout: float = DEFAULT_TIMEOUT, limit: int = DEFAULT_LIMIT, memory_limit_mb: float | None = DEFAULT_MEMORY_MB):
        from kg.sparql_worker import WorkerPool

        # Workers start now (warm), so the first queries do not pay for imports on their clock;
        # the pool grows to max_workers when long queries hold every worker.
        self.pool = WorkerPool(location, size=workers, options=options, warm=True, max_size=max_workers or 2 * workers,
                               memory_limit_mb=memory_limit_mb)
        self.timeout, self.limit = timeout, limit
        try:
            super().__init__(address, Handler)
        except BaseException:
            self.pool.close()  # the port is taken (or not ours): the warm workers must not outlive the error
            raise

    def server_close(self):
        super().server_close()
        self.pool.close()


def make_server(location: str, *, host: str = "127.0.0.1", port: int = 8000, **kwargs) -> SparqlServer:
    """A server ready for ``serve_forever()``; ``port=0`` picks a free port (see ``server_address``)."""
    return SparqlServer((host, port), location=location, **kwargs)
