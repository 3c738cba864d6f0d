"""``kg export``: the graph in a file format other tools read."""

from __future__ import annotations

import click

from kg.cli.common import LazyChoice, OutputFile, output_stream, resolve_store, store_option


def _formats():
    from kg.exporters import formats

    return formats()


@click.command()
@store_option
@click.option("-f", "--format", "fmt", type=LazyChoice(_formats), default="turtle", show_default=True, help="Export format.")
@click.option("-o", "--outfile", type=OutputFile(allow_dash=True), default="-", show_default=True, help="Write here.")
def export(store, fmt, outfile):
    """Write the whole graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD, or its people,
    bodies, sanctions and families as FollowTheMoney JSON lines (ftm)."""
    from kg.exporters import get_exporter
    from kg.store import open_store

    exporter = get_exporter(fmt)
    with open_store(resolve_store(store), read_only=True) as st, output_stream(outfile) as out:
        exporter.write(st, out)
