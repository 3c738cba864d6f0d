"""``kg viz``: the graph (or a part of it) as an offline HTML page, GraphML, GEXF, PNG or SVG."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from kg.cli.common import LazyChoice, OutputFile, output_stream, resolve_store, store_option


def _formats():
    from kg.viz import FORMATS

    return FORMATS


def _layouts():
    from kg.viz import LAYOUTS

    return LAYOUTS


@click.command()
@store_option
@click.option("-o", "--outfile", type=OutputFile(allow_dash=True, path_type=Path), required=True, help="File to write (- for stdout, with --format).")
@click.option("-f", "--format", "fmt", type=LazyChoice(_formats), default=None, help="Output format (default: from the file extension, else html).")
@click.option("--focus", metavar="ENTITY", help="Only what is within --hops of this entity (IRI, also as query tables print it: id:person/..., name, or a part of one name only).")
@click.option("--hops", type=click.IntRange(0, 10), default=1, show_default=True, help="Steps from --focus; one step is entity -> event -> entity.")
@click.option("--query", "query_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path), help="A SPARQL CONSTRUCT (IRI-to-IRI triples become edges) or SELECT (?source ?target [?label], or any IRIs as nodes) choosing what to draw.")
@click.option("--statute", "statutes", multiple=True, metavar="STATUTE", help="Designations under this statute or program (IRI or name) and the events of their targets. Repeatable.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Only events of this type (designation, AbuseAllegation, sanction, abuse, ...). Repeatable.")
@click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; the event's date, else its document's).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, help="Only events the extractor was at least this sure of (0.35 is the rules' recall layer).")
@click.option("--events", type=click.Choice(["nodes", "edges"]), default="nodes", show_default=True, help="Draw events as their own nodes, or fold each into one labelled edge (target --designated under X by--> authority).")
@click.option("--layout", type=LazyChoice(_layouts), default="force", show_default=True, help="Positions computed before drawing (force, circular, kamada-kawai, spectral), or laid out in the browser (hierarchical, physics).")
@click.option("--physics/--no-physics", default=None, help="Start the page with physics on or off (default: off when positions are precomputed or the graph is big).")
@click.option("--documents/--no-documents", default=True, show_default=True, help="Show source documents as nodes (with --events nodes).")
@click.option("--title", default="rightsgraph", show_default=True, help="Page or picture title.")
def viz(store, outfile, fmt, focus, hops, query_file, statutes, types, since, until, min_confidence, events, layout, physics, documents, title):
    """Draw the graph, or the part of it chosen by --focus/--query/--statute/--type/--since/--until, to OUTFILE.

    \b
    html     one self-contained page that works offline: search, class and status
             filters, neighbourhood highlight, evidence (quote, source, status,
             confidence) on hover and click
    graphml  for Cytoscape, yEd, Gephi (attributes: label, cls, status, quote, ...;
             quote, source and source_url are JSON arrays of strings)
    gexf     for Gephi, with colours and positions
    png/svg  a static picture for reports
    """
    from kg import graph as kgraph
    from kg.errors import InvalidInput
    from kg.sparql import query_file_named, read_query
    from kg.store import open_store
    from kg.viz.render import WRITERS

    suffix = {"htm": "html", "": "html"}.get(outfile.suffix.lstrip(".").lower(), outfile.suffix.lstrip(".").lower())
    if fmt is None:
        fmt = suffix if suffix in _formats() else "html"
        if suffix != fmt:  # report.pdf would otherwise be an HTML page that no PDF reader opens, without a word
            click.echo(f"note: kg viz writes no {outfile.suffix!r} files; {outfile} will be an HTML page (--format picks another)", err=True)
    elif str(outfile) != "-" and suffix in _formats() and suffix != fmt:  # -f graphml -o graph.html: a browser would show XML
        click.echo(f"note: {outfile} will hold {fmt}, not the {suffix} its name announces", err=True)

    sparql = None if query_file is None else read_query(str(query_file))  # a file that is not UTF-8 is one line
    selection = kgraph.Selection(focus=focus, hops=hops, query=sparql, statutes=tuple(statutes), types=tuple(types), since=since, until=until, min_confidence=min_confidence, documents=documents and events == "nodes")
    with open_store(resolve_store(store), read_only=True) as st, query_file_named(query_file):
        full = kgraph.build(st)
        chosen = kgraph.select(full, selection, st)
    if events == "edges":
        chosen = kgraph.collapse_events(chosen)
    if chosen.number_of_nodes() == 0:
        named = kgraph.filter_options(selection)
        raise InvalidInput(f"nothing to draw: no event passes {named}" if named and sparql is None else "nothing to draw: the selection is empty")
    # The writers write to a path: staged beside nothing, then copied whole, so "-" is stdout (it was a file
    # named "-") and a writer failing half-way leaves the previous file as it was.
    with tempfile.TemporaryDirectory() as tmp, output_stream(outfile) as out:
        staged = Path(tmp) / f"graph.{fmt}"
        WRITERS[fmt](chosen, staged, layout=layout, physics=physics, events=events, title=title)
        out.write(staged.read_bytes())
    click.echo(f"wrote {'stdout' if str(outfile) == '-' else outfile} ({fmt}, {chosen.number_of_nodes()} nodes, {chosen.number_of_edges()} edges)", err=True)
