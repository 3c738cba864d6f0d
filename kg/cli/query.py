"""``kg query``: SPARQL on the store, ad hoc or saved, with a time limit and a result cap."""

from __future__ import annotations


import multiprocessing
import os
import re

import click

from kg.cli.common import OutputFile, resolve_store, store_option

FORMATS = ["table", "json", "xml", "csv", "tsv", "turtle", "ntriples", "rdfxml", "jsonld"]


def parse_params(values) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r}: expected key=value", param_hint="--param")
        out[key.strip().lstrip("?$")] = value
    return out


def list_queries() -> str:
    from kg import queries

    saved = queries.all_queries()
    width = max(len(q.name) for q in saved)
    return "".join(f"{q.name.ljust(width)}  {q.title}{_usage(q)}\n" for q in saved)


def _usage(saved) -> str:
    """The parameters to pass, with the query's own example, so that the list alone is enough to run one."""
    args = []
    for p in saved.params:
        value = saved.examples.get(p.name, p.kind.split("(")[0].upper())
        args.append(f"-p {p.name}={value}" if re.fullmatch(r"[\w.:/-]+", value) else f'-p {p.name}="{value}"')
    return f"  ({' '.join(args)})" if args else ""


@click.command()
@click.argument("sparql", required=False)
@store_option
@click.option("-l", "--list", "list_", is_flag=True, help="List the saved queries (name, title and the --param each needs, with an example) and exit; needs no store.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="table/json/xml/csv/tsv for SELECT and ASK; turtle/ntriples/rdfxml/jsonld for CONSTRUCT and DESCRIBE.  [default: table, or turtle for CONSTRUCT and DESCRIBE]")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind ?KEY to VALUE. Saved queries resolve names to entities (or take an IRI, also as id:...); ad hoc queries bind an IRI if VALUE starts with http(s)://, else a string.")
@click.option("-o", "--outfile", type=OutputFile(allow_dash=True), default="-", show_default=True, help="Write results here.")
@click.option("--timeout", type=click.FloatRange(min=0.001), default=30.0, show_default=True, help="Stop the query after this many seconds.")
@click.option("--limit", type=click.IntRange(min=1), default=10_000, show_default=True, help="Return at most this many rows (or triples); a note on stderr says when results were cut.")
@click.option("--allow-update", is_flag=True, help="Allow SPARQL updates (INSERT, DELETE, DROP, ...) to change the store.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (and, with --allow-update, LOAD), which fetch from other servers.")
def query(sparql, store, list_, fmt, params, outfile, timeout, limit, allow_update, allow_service):
    """Run SPARQL on the store: a saved query NAME, a query, a .rq file, or - for stdin.

    `kg query --list` shows the saved queries; run one with
    `kg query designations-of --param person="Ramzan Kadyrov"`. The prefixes
    kg:, id:, schema:, skos:, oa:, prov:, rdf:, rdfs:, owl:, xsd:, wd: and org:
    are predeclared. Values given with --param are bound as RDF terms, never
    pasted into the query text. Updates, SERVICE and LOAD are refused unless
    allowed. The query runs in a worker process that is stopped at --timeout.
    """
    from kg import queries
    from kg.errors import InvalidInput
    from kg.sparql import QueryRequest, query_file_named, read_query
    from kg.sparql_worker import WorkerPool

    if list_:
        click.echo(list_queries(), nl=False)
        return
    if not sparql:
        raise click.UsageError("give a saved query NAME, a SPARQL query, a .rq file or - (or --list)")
    bindings = parse_params(params)
    # Without -f a graph prints as Turtle: whether the query is a CONSTRUCT is known only once it ran.
    formats = {"fmt": fmt, "graph_fmt": None} if fmt else {"fmt": "table", "graph_fmt": "turtle"}
    if queries.exists(sparql):
        request = QueryRequest(saved=sparql, params=bindings, limit=limit, **formats)
    elif re.fullmatch(r"[A-Za-z][\w-]*", sparql) and not os.path.exists(sparql):
        queries.get(sparql)  # one word is no SPARQL: a mistyped saved query's name, said as such
    else:
        text = read_query(sparql)
        if not text.strip():
            raise InvalidInput("empty query")
        request = QueryRequest(text=text, params=bindings, limit=limit, allow_update=allow_update, allow_service=allow_service, **formats)
    location = resolve_store(store)
    # A read-only worker may fork (fast; it only reads). A writing one must not: a fork
    # of a process that ever opened an on-disk store hangs on its first write.
    start = "fork" if not allow_update and "fork" in multiprocessing.get_all_start_methods() else None
    with WorkerPool(location, size=1, options=getattr(location, "options", None), writable=allow_update, start_method=start) as pool, \
            query_file_named(sparql if request.text is not None and request.text != sparql and sparql != "-" else None):
        out = pool.run(request, timeout=timeout)
    if out.kind == "update":
        click.echo("update done", err=True)
        return
    with click.open_file(outfile, "wb") as fh:
        fh.write(out.data)
        if out.data and not out.data.endswith(b"\n"):
            fh.write(b"\n")  # SPARQL JSON and XML end without one: the shell prompt would follow on the same line
    if out.truncated:
        click.echo(f"note: results cut at --limit {limit}", err=True)
