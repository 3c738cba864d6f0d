"""``kg export``: the graph in a file format other tools read."""

from __future__ import annotations

import click

from kg.cli.common import resolve_store, store_option


class FormatChoice(click.Choice):
    """Choices read from the exporter registry when first needed."""

    def __init__(self):
        super().__init__([])

    @property
    def choices(self):
        from kg.exporters import formats

        return formats()

    @choices.setter
    def choices(self, value):
        pass


@click.command()
@store_option
@click.option("-f", "--format", "fmt", type=FormatChoice(), default="turtle", show_default=True, help="Export format.")
@click.option("-o", "--outfile", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Write here.")
def export(store, fmt, outfile):
    """Write the whole graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD."""
    from kg.exporters import get_exporter
    from kg.store import open_store

    exporter = get_exporter(fmt)
    with open_store(resolve_store(store), read_only=True) as st, click.open_file(outfile, "wb", atomic=outfile != "-") as out:
        exporter.write(st, out)
