"""``kg query``: SPARQL on the store."""

from __future__ import annotations

import click

from kg.cli.common import resolve_store, store_option
from kg.errors import InvalidInput


def parse_params(values) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r}: expected key=value", param_hint="--param")
        out[key.strip().lstrip("?$")] = value
    return out


@click.command()
@click.argument("sparql")
@store_option
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "ntriples"]), default="table", show_default=True,
              help="table/json/xml/csv/tsv for SELECT and ASK; turtle/ntriples for CONSTRUCT and DESCRIBE.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind ?KEY to VALUE (an IRI if it starts with http(s)://, else a string).")
@click.option("-o", "--outfile", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Write results here.")
def query(sparql, store, fmt, params, outfile):
    """Run SPARQL (a query, a .rq file, or - for stdin) on the store.

    The prefixes kg:, id:, schema:, skos:, oa:, prov:, rdf:, rdfs:, owl:,
    xsd:, wd: and org: are predeclared. Values given with --param are bound
    as RDF terms, never pasted into the query text.
    """
    from kg.sparql import read_query, run, write_result
    from kg.store import open_store

    text = read_query(sparql)
    if not text.strip():
        raise InvalidInput("empty query")
    bindings = parse_params(params)
    with open_store(resolve_store(store), read_only=True) as st:
        result = run(st, text, bindings=bindings)
        with click.open_file(outfile, "wb") as out:
            write_result(result, out, fmt)
