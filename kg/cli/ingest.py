"""``kg ingest`` and ``kg remove``: documents into and out of the store."""

from __future__ import annotations

import sys

import click

from kg.cli.common import quiet_option, resolve_store, store_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@click.option("--extractor", default="rules", show_default=True, help="Extractor to use.")
@click.option("--force", is_flag=True, help="Re-extract documents even when unchanged.")
@quiet_option
def ingest(paths, store, extractor, force, quiet):
    """Extract events from PATHS (.txt/.html files or folders) into the store.

    Each document becomes one named graph, replaced in one transaction; a
    document already stored with the same SHA-256 and extractor version is
    skipped. A .txt file may have a NAME.source.json sidecar with url, title,
    publisher and date. Unreadable documents are reported and change nothing;
    the exit status is then 1.
    """
    from kg.pipeline import ingest as run_ingest
    from kg.store import open_store

    location = resolve_store(store)
    bar = None
    if not quiet and sys.stderr.isatty():
        bar = click.progressbar(length=0, label="ingesting", file=sys.stderr)
    with open_store(location) as st:
        report = run_ingest(st, paths, extractor=extractor, force=force, on_progress=(lambda _: bar.update(1)) if bar else None)
    if bar:
        bar.render_finish()
    for path, message in report.failed:
        click.echo(f"Error: {message}", err=True)
    if not quiet:
        click.echo(
            f"{len(report.ingested)} ingested ({report.events} events), {len(report.skipped)} unchanged, {len(report.failed)} failed -> {location}",
            err=True,
        )
    if report.failed:
        sys.exit(1)


@click.command()
@click.argument("docs", nargs=-1, required=True)
@store_option
@quiet_option
def remove(docs, store, quiet):
    """Retract documents (by id, file name or graph IRI) and everything derived from them."""
    from kg.pipeline import remove as run_remove
    from kg.store import open_store

    missing = []
    with open_store(resolve_store(store)) as st:
        for doc in docs:
            if run_remove(st, doc):
                if not quiet:
                    click.echo(f"removed {doc}", err=True)
            else:
                missing.append(doc)
    if missing:
        raise click.ClickException(f"not in the store: {', '.join(missing)}")
