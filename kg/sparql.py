"""Running SPARQL on a store and writing the results in the format asked for.

SELECT/ASK results go out as a readable table or as SPARQL JSON/XML/CSV/TSV
(XML, CSV and TSV are serialised by pyoxigraph from the capped JSON, so they
follow the W3C result formats exactly); CONSTRUCT/DESCRIBE results as an RDF
syntax. :func:`execute` is the one path every front end uses (``kg query``,
``kg serve``, the benchmark): check the query is allowed, bind parameters as
RDF terms, run it, cap the results.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InvalidInput, QueryError
from kg.ids import show_controls
from kg.store import Store
from kg.store.binding import as_term

PREFIXES = {
    "kg": "https://w3id.org/rightsgraph/ontology#",
    "id": "https://w3id.org/rightsgraph/id/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "org": "http://www.w3.org/ns/org#",
}
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_POSITION = re.compile(r"error at (\d+):(\d+)")
DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 10_000


class QueryTimeout(QueryError):
    """The query ran longer than its time limit and was stopped."""


def read_query(text_or_path: str) -> str:
    """The query text: ``-`` reads stdin, an existing file is read, anything else is the query itself."""
    import sys

    if text_or_path == "-":
        return sys.stdin.read()
    if len(text_or_path) < 4096 and "\n" not in text_or_path:
        p = Path(text_or_path)
        if p.is_file():
            try:
                return p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InvalidInput(f"{p}: cannot read query ({exc})") from None
        if p.suffix in (".rq", ".sparql"):
            raise InvalidInput(f"{p}: no such query file")
    return text_or_path


def with_prefixes(sparql: str) -> str:
    """Declare the usual prefixes the query uses but does not declare."""
    head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if f"{k}:" in sparql and f"PREFIX {k}:".lower() not in sparql.lower())
    return head + sparql


@contextmanager
def user_positions(text: str, sent: str):
    """Query errors raised inside give line numbers in ``text``, the user's own query, not in ``sent``:
    the prefixes :func:`with_prefixes` declares sit on lines above the user's text."""
    added = sent.count("\n") - text.count("\n")
    try:
        yield
    except QueryError as exc:
        if not added or not _POSITION.search(str(exc)):
            raise
        raise type(exc)(_POSITION.sub(lambda m: f"error at {int(m[1]) - added}:{m[2]}", str(exc), count=1)) from None


@contextmanager
def query_file_named(path):
    """Query errors raised inside start with the query file's name (none when the query was typed)."""
    try:
        yield
    except QueryError as exc:
        if path is None:
            raise
        raise type(exc)(f"{path}: {exc}") from None


def run(store: Store, sparql: str, *, bindings: Mapping[str, object] | None = None):
    return store.query(with_prefixes(sparql), bindings=bindings)


# ------------------------------------------------------------------ parameters

# A linked graph holds link proposals and official-list entries named like the entity they match
# ("Ramzan Kadyrov" thrice after `kg link ofac`); they are records about an entity, not one to ask about.
# Nor is a term of the vocabulary ("detention", an altLabel of the abuse type arbitrary_detention) an entity: concept
# parameters have their own resolver; an entity parameter names what the documents name (an entity has a schema:name).
_NOT_A_LINK_RECORD = ("FILTER NOT EXISTS { ?entity a ?record "
                      "VALUES ?record { <https://w3id.org/rightsgraph/ontology#LinkCandidate> <https://w3id.org/rightsgraph/ontology#ListEntry> } } "
                      "FILTER EXISTS { ?entity <https://schema.org/name> ?anyName }")
RESOLVE_EXACT = "SELECT DISTINCT ?entity ?label WHERE { ?entity <%s> ?label " + _NOT_A_LINK_RECORD + " }"
RESOLVE_FOLDED = "SELECT DISTINCT ?entity ?needle WHERE { ?entity <%s> ?label FILTER(LCASE(STR(?label)) = ?needle) " + _NOT_A_LINK_RECORD + " }"
NAME_PROPERTIES = ("https://schema.org/name", "http://www.w3.org/2004/02/skos/core#altLabel")
RESOLVE_CONCEPT = """SELECT DISTINCT ?entity ?scheme ?needle WHERE {
  ?entity <http://www.w3.org/2004/02/skos/core#inScheme> ?scheme .
  { ?entity <http://www.w3.org/2004/02/skos/core#notation> ?label } UNION { ?entity <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }
  UNION { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?label }
  FILTER(LCASE(STR(?label)) = ?needle)
}"""


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://", "urn:"))


def full_iri(value: str) -> str | None:
    """``value`` as an IRI: itself if it is one, expanded if it is a compact IRI the table prints
    (``id:person/3845...``, so a row can be pasted back as a parameter), else None (a name)."""
    if _is_iri(value):
        return value
    prefix, sep, _ = value.partition(":")
    if sep and prefix in PREFIXES and not any(c.isspace() for c in value):
        return _expand(value)
    return None


def _expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES else curie


def resolve_entity(store: Store, value: str) -> ox.NamedNode:
    """The IRI of the one entity named ``value``: by schema:name, else skos:altLabel; exactly, else case-insensitively."""
    if iri := full_iri(value):
        return as_term(iri)  # a validated IRI, or InvalidInput
    found: set[str] = set()
    # A name beats an alias, and an exact match beats a case-insensitive one.
    for template, term in ((RESOLVE_EXACT, ox.Literal(value)), (RESOLVE_FOLDED, ox.Literal(value.casefold()))):
        for prop in NAME_PROPERTIES:
            var = "label" if template is RESOLVE_EXACT else "needle"
            found = {row["entity"].value for row in store.query(template % prop, bindings={var: term})}
            if found:
                break
        if found:
            break
    if not found:
        raise InvalidInput(f"no entity named {value!r} (try the find-entity query, or pass an IRI)")
    if len(found) > 1:
        raise InvalidInput(f"{value!r} names {len(found)} entities: {', '.join(sorted(found))}; pass one IRI")
    return ox.NamedNode(found.pop())


def resolve_concept(store: Store, value: str, scheme: str | None) -> ox.NamedNode:
    if iri := full_iri(value):
        return as_term(iri)
    bindings: dict[str, object] = {"needle": ox.Literal(value.casefold())}
    if scheme:
        bindings["scheme"] = ox.NamedNode(_expand(scheme))
    found = {row["entity"].value for row in store.query(RESOLVE_CONCEPT, bindings=bindings)}
    if not found and scheme:
        raise InvalidInput(f"no concept {value!r} in {scheme}{_concept_hint(store, value, bindings['scheme'])}")
    if not found:
        raise InvalidInput(f"no concept {value!r}")
    if len(found) > 1:
        raise InvalidInput(f"{value!r} names {len(found)} concepts: {', '.join(sorted(found))}; pass one IRI")
    return ox.NamedNode(found.pop())


def _concept_hint(store: Store, value: str, scheme: ox.NamedNode) -> str:
    """The scheme's codes, nearest first: a user cannot guess that "killing" is extrajudicial_killing."""
    import difflib

    q = "SELECT DISTINCT ?code WHERE { ?c <http://www.w3.org/2004/02/skos/core#inScheme> ?scheme ; <http://www.w3.org/2004/02/skos/core#notation> ?code }"
    codes = sorted(row["code"].value for row in store.query(q, bindings={"scheme": scheme}))
    near = difflib.get_close_matches(value.casefold().replace(" ", "_"), codes, 1, 0.6)
    return (f"; did you mean {near[0]!r}?" if near else "") + (f" (codes: {', '.join(codes)})" if codes else "")


def _bad_param(name: str, problem: str) -> InvalidInput:
    """A parameter's error, worded for `kg query` (--param NAME) and for the endpoint (URL parameter NAME)."""
    return InvalidInput(f"--param {name}{problem}", web=f"URL parameter {name}{problem}")


def bind_saved(store: Store, saved, params: Mapping[str, str]) -> dict[str, object]:
    """Check ``params`` against the saved query's declared parameters and resolve them to RDF terms."""
    unknown = sorted(set(params) - {p.name for p in saved.params})
    if unknown:
        declared = ", ".join(p.name for p in saved.params) or "none"
        raise InvalidInput(f"query {saved.name!r} has no parameter {unknown[0]!r} (parameters: {declared})")
    out: dict[str, object] = {}
    for p in saved.params:
        if p.name not in params:
            raise InvalidInput(f"query {saved.name!r} needs --param {p.name}=VALUE ({p.description})",
                               web=f"query {saved.name!r} needs the URL parameter {p.name}=VALUE ({p.description})")
        value = params[p.name]
        if p.kind != "string":  # text is searched as given ("" finds every name); a name or code is not spaces
            value = value.strip()  # a name copied from a padded table column, or typed as -p "person= Kadyrov"
            if not value:
                raise _bad_param(p.name, f" has no value ({p.description})")
        if p.kind == "entity":
            out[p.name] = resolve_entity(store, value)
        elif p.kind == "concept":
            out[p.name] = resolve_concept(store, value, p.scheme)
        elif p.kind == "iri":
            if not (iri := full_iri(value)):
                raise _bad_param(p.name, f": {value!r} is not an IRI")
            out[p.name] = as_term(iri)
        else:
            out[p.name] = ox.Literal(value)
    return out


def free_bindings(params: Mapping[str, str], sparql: str = "") -> dict[str, object]:
    """Bindings for an ad-hoc query: IRIs for http(s)/urn values, plain literals otherwise.

    A parameter whose variable the query never uses is refused: a misspelt
    ``-p pesron=...`` would otherwise return every row, unfiltered, without a word.
    """
    for k in params:
        if sparql and not re.search(rf"[?$]{re.escape(k)}(?![\w\u00b7\u00c0-\uffff])", sparql):
            raise _bad_param(k, f": the query has no ?{k}")
    return {k: as_term(v) for k, v in params.items()}


# ------------------------------------------------------------------ execution


@dataclass
class QueryRequest:
    """One query to run: a saved query name or SPARQL text, its parameters and output options."""

    text: str | None = None
    saved: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    fmt: str = "json"
    graph_fmt: str | None = None  # format for CONSTRUCT/DESCRIBE results when it differs from ``fmt``
    limit: int = DEFAULT_LIMIT
    allow_update: bool = False
    allow_service: bool = False


@dataclass
class QueryOutput:
    data: bytes
    kind: str  # select, ask, graph, update
    count: int = 0
    truncated: bool = False


def execute(store: Store, req: QueryRequest) -> QueryOutput:
    """Check, bind, run and format one request (in this process; see :mod:`kg.sparql_worker` for timeouts)."""
    from kg import queries
    from kg.sparql_guard import check

    if req.saved:
        saved = queries.get(req.saved)
        sparql = saved.text  # shipped with the package and read-only (tests check every one)
        bindings = bind_saved(store, saved, req.params)
        kind = "query"
    else:
        if not (req.text or "").strip():
            raise InvalidInput("empty query")
        sparql = with_prefixes(req.text)
        kind = check(sparql, allow_update=req.allow_update, allow_service=req.allow_service)
        bindings = free_bindings(req.params, sparql)
    with user_positions(req.text or sparql, sparql):
        if kind == "update":
            store.update(sparql)
            return QueryOutput(b"", "update")
        result = store.query(sparql, bindings=bindings or None)
    buf = io.BytesIO()
    fmt = req.graph_fmt if req.graph_fmt and _is_graph_result(result) else req.fmt
    count, truncated = write_result(result, buf, fmt, limit=req.limit)
    kind = "ask" if isinstance(result, ox.QueryBoolean) else "select" if isinstance(result, ox.QuerySolutions) else "graph"
    return QueryOutput(buf.getvalue(), kind, count, truncated)


# ------------------------------------------------------------------ formatting


def compact(term) -> str:
    """A short, readable form of a term for tables: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for k, v in PREFIXES.items():
            if term.value.startswith(v):
                return f"{k}:{term.value[len(v):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return show_controls(term.value)  # a terminal would obey a bidi control in a quote
    return str(term)


def term_json(term) -> dict:
    """A term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate), "object": term_json(term.object)}}
    raise QueryError(f"cannot serialise {term!r}")


def render_table(variables: list[str], rows: list[list], width: int = 80) -> str:
    cells = [[" ".join(compact(t).split()) for t in r] for r in rows]
    cap = max(width, 20)
    widths = [min(cap, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(variables)]

    def fmt(line):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(line, widths)).rstrip()

    lines = [fmt(variables), fmt(["-" * w for w in widths])] + [fmt(r) for r in cells]
    return "\n".join(lines) + "\n"


def _is_graph_result(result) -> bool:
    return isinstance(result, ox.QueryTriples) or getattr(result, "is_graph", False)


def write_result(result, out, fmt: str, *, limit: int | None = None) -> tuple[int, bool]:
    """Write a query result to the binary stream ``out`` in ``fmt``; at most ``limit`` rows or triples.

    Returns (rows or triples written, whether the result was cut at the limit).
    """
    if isinstance(result, (ox.QueryBoolean, bool)):
        value = bool(result)
        if fmt == "table":
            out.write(b"true\n" if value else b"false\n")
        elif fmt in ("json",) or fmt not in RESULT_FORMATS:
            out.write(json.dumps({"head": {}, "boolean": value}).encode())
        else:
            out.write(ox.parse_query_results(json.dumps({"head": {}, "boolean": value}).encode(), format=ox.QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[fmt]))
        return 1, False
    if _is_graph_result(result):
        if fmt not in GRAPH_FORMATS:
            raise InvalidInput(f"format {fmt!r} is for SELECT/ASK; use turtle, ntriples, rdfxml or jsonld for CONSTRUCT/DESCRIBE")
        triples, truncated = _take(result, limit)
        rdf = GRAPH_FORMATS[fmt]
        kwargs = {"prefixes": PREFIXES} if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        if rdf in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        out.write(ox.serialize(triples, format=rdf, **kwargs) or b"")
        return len(triples), truncated
    variables = [v.value for v in result.variables]
    rows, truncated = _take(result, limit)
    if fmt == "table":
        out.write(render_table(variables, [[sol[v] for v in variables] for sol in rows]).encode("utf-8"))
        return len(rows), truncated
    if fmt not in RESULT_FORMATS:
        raise InvalidInput(f"format {fmt!r} is for CONSTRUCT/DESCRIBE; use table, json, xml, csv or tsv for SELECT")
    doc = {
        "head": {"vars": variables},
        "results": {"bindings": [{v: term_json(sol[v]) for v in variables if sol[v] is not None} for sol in rows]},
    }
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt != "json":
        data = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[fmt])
    out.write(data)
    return len(rows), truncated


def _take(iterable, limit: int | None) -> tuple[list, bool]:
    rows = []
    for item in iterable:
        if limit is not None and len(rows) >= limit:
            return rows, True
        rows.append(item)
    return rows, False


def to_text(result, fmt: str = "table") -> str:
    buf = io.BytesIO()
    write_result(result, buf, fmt)
    return buf.getvalue().decode("utf-8")
