"""Running SPARQL on a store and writing the results in the format asked for.

SELECT/ASK results go out as a readable table or as SPARQL JSON/XML/CSV/TSV
(serialised by pyoxigraph, so they follow the W3C result formats exactly);
CONSTRUCT/DESCRIBE results as Turtle or N-Triples.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InvalidInput
from kg.store import Store

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
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


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


def run(store: Store, sparql: str, *, bindings: Mapping[str, object] | None = None):
    return store.query(with_prefixes(sparql), bindings=bindings)


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
        return term.value
    return str(term)


def render_table(result, width: int = 80) -> str:
    variables = [v.value for v in result.variables]
    rows = [[compact(sol[v]) for v in variables] for sol in result]
    rows = [[" ".join(c.split()) for c in r] for r in rows]
    cap = max(width, 20)
    widths = [min(cap, max([len(v)] + [len(r[i]) for r in rows])) for i, v in enumerate(variables)]

    def fmt(cells):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()

    lines = [fmt(variables), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]
    return "\n".join(lines) + "\n"


def write_result(result, out, fmt: str) -> None:
    """Write a query result to the binary stream ``out`` in ``fmt``."""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            out.write(("true" if bool(result) else "false").encode() + b"\n")
        else:
            out.write(result.serialize(format=RESULT_FORMATS.get(fmt, ox.QueryResultsFormat.JSON)))
        return
    if isinstance(result, ox.QueryTriples):
        rdf = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        kwargs = {"prefixes": PREFIXES} if rdf == ox.RdfFormat.TURTLE else {}
        out.write(ox.serialize(result, format=rdf, **kwargs))
        return
    if fmt == "table":
        out.write(render_table(result).encode("utf-8"))
    elif fmt in RESULT_FORMATS:
        out.write(result.serialize(format=RESULT_FORMATS[fmt]))
    else:
        raise InvalidInput(f"format {fmt!r} is for CONSTRUCT/DESCRIBE; use table, json, xml, csv or tsv for SELECT")


def to_text(result, fmt: str = "table") -> str:
    buf = io.BytesIO()
    write_result(result, buf, fmt)
    return buf.getvalue().decode("utf-8")
