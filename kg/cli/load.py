"""``kg load``: RDF files into the store."""

from __future__ import annotations

import click

from kg.cli.common import quiet_option, resolve_store, store_option, store_to_fill


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld", "n3"]), help="Format of every file (default: from the extension).")
@click.option("--graph", metavar="IRI", help="Load triples into this named graph instead of the default graph.")
@click.option("--bulk/--atomic", default=None, help="Force Oxigraph's fast bulk loader, or one transaction per file (default: bulk above 16 MB).")
@quiet_option
def load(files, store, fmt, graph, bulk, quiet):
    """Load RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD, N3).

    The format comes from the extension: .ttl/.turtle, .nt/.ntriples,
    .nq/.nquads, .trig, .rdf/.owl/.xml (RDF/XML), .jsonld/.json-ld/.json, .n3.

    Every file is parsed completely first; if any fails, nothing is written.
    (Into a store this command creates, N-Quads and N-Triples files bound for
    the bulk loader are not parsed twice: a bad one removes the store again.)
    XML DOCTYPE/ENTITY declarations and remote JSON-LD contexts are refused.
    """
    from kg.loader import load as run_load

    location = resolve_store(store)

    with store_to_fill(location) as st:
        counts = run_load(st, files, fmt=fmt, graph=graph, bulk=bulk, fresh=getattr(st, "created", False))
        # A Turtle, N-Triples or JSON-LD export has no graph per document, and the saved queries read each
        # event from its document's graph: on such a store they find nothing, which would pass for "no such facts".
        # (the IRI written out: importing kg.rdf for it pulled in rdflib and the ontology, 0.17 s of every load)
        stray = graph is None and bool(st.query("ASK { ?event <http://www.w3.org/ns/prov#wasDerivedFrom> ?annotation }", union=False))
    if not quiet:
        for path, n in counts.items():
            click.echo(f"{path}: {n} quads", err=True)
    if stray:
        click.echo("note: these events are in the default graph, not one graph per document (Turtle, N-Triples and JSON-LD hold "
                   "none), so the saved queries (`kg query NAME`) will not find them; load a TriG or N-Quads export "
                   "(`kg export -o graph.nq`) to move a store", err=True)
