"""``kg claims``: print the claims JSONL of documents, offline, without a store."""

from __future__ import annotations

import sys

import click

from kg.cli.common import outfile_option, quiet_option
from kg.errors import KGError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--extractor", default="rules", show_default=True, help="Extractor to use (see `kg claims --help`).")
@outfile_option
@quiet_option
def claims(paths, extractor, outfile, quiet):
    """Print the events found in PATHS (.txt/.html files or folders) as claims JSONL.

    One JSON object per event with its roles and evidence spans (exact quote and
    character offsets), as specified by the claims contract. Nothing is stored.
    A document that cannot be read is reported on stderr and skipped; the exit
    status is then 1.
    """
    from kg.claimsjson import to_jsonl
    from kg.documents import iter_paths, read_document
    from kg.extract import get_extractor

    ex = get_extractor(extractor)
    failed = 0
    out = click.open_file(str(outfile), "w", encoding="utf-8")
    with out:
        for path in iter_paths(paths):
            try:
                doc = read_document(path)
            except KGError as exc:
                click.echo(f"Error: {exc}", err=True)
                failed += 1
                continue
            out.write(to_jsonl(ex.extract(doc)))
            out.flush()
    if failed:
        sys.exit(1)
