"""``kg viz``: an interactive HTML picture of the graph."""

from __future__ import annotations

import click

from kg.cli.common import resolve_store, store_option


@click.command()
@store_option
@click.option("-o", "--outfile", type=click.Path(dir_okay=False), required=True, help="HTML file to write.")
def viz(store, outfile):
    """Write an interactive graph page (entities, events and their roles) to OUTFILE."""
    from kg.graph import build
    from kg.store import open_store
    from kg.viz import write_html

    with open_store(resolve_store(store), read_only=True) as st:
        graph = build(st)
    write_html(graph, outfile)
    click.echo(f"wrote {outfile} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", err=True)
