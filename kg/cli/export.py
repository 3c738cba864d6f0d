"""``kg export``: the graph in a file format other tools read."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import LazyChoice, OutputFile, output_stream, resolve_store, store_option


def _formats():
    from kg.exporters import formats

    return formats()


def _announced(outfile: Path) -> str | None:
    """The format the file name announces (None for a name no RDF tool reads by its extension)."""
    from kg.exporters import get_exporter
    from kg.loader import format_of

    name = outfile.name.lower()
    double = [fmt for fmt in _formats() if (ext := getattr(get_exporter(fmt), "EXTENSION", "")).count(".") > 1 and name.endswith(ext)]
    return double[0] if double else format_of(outfile)  # entities.ftm.json is ftm, not JSON-LD


def _format_for(outfile: Path) -> str:
    """The format ``-o`` names: ``graph.nq`` written as Turtle would be refused by ``kg load graph.nq``
    and by every other tool that trusts the extension. A name no exporter writes stays Turtle, with a note."""
    fmt = _announced(outfile)
    if fmt in _formats() or not outfile.suffix:
        return fmt or "turtle"
    click.echo(f"note: kg export writes no {outfile.suffix!r} files; {outfile} will be Turtle (--format picks another; GraphML, GEXF, PNG and SVG come from `kg viz -o`, CSV from `kg query -f csv`)", err=True)
    return "turtle"


@click.command()
@store_option
@click.option("-f", "--format", "fmt", type=LazyChoice(_formats), default=None, help="Export format (default: from the file extension, e.g. .ttl, .trig, .nq, .nt, .jsonld, .ftm.json; else turtle).")
@click.option("-o", "--outfile", type=OutputFile(allow_dash=True, path_type=Path), default="-", show_default=True, help="Write here.")
def export(store, fmt, outfile):
    """Write the whole graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD, or its people,
    bodies, sanctions and families as FollowTheMoney JSON lines (ftm)."""
    from kg.exporters import get_exporter
    from kg.store import open_store

    if fmt is None:
        fmt = "turtle" if str(outfile) == "-" else _format_for(outfile)
    elif str(outfile) != "-" and (announced := _announced(outfile)) not in (None, fmt):
        # -f jsonld -o graph.ttl: kg load graph.ttl would then call the file "not valid turtle"
        click.echo(f"note: {outfile} will hold {fmt}, not the {announced} its name announces to kg load and other tools", err=True)
    exporter = get_exporter(fmt)
    with open_store(resolve_store(store), read_only=True) as st, output_stream(outfile) as out:
        exporter.write(st, out)
