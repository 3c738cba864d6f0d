"""``kg ingest`` and ``kg remove``: documents into and out of the store."""

from __future__ import annotations

import sys

import click

from kg.cli.claims import extractor_options, llm_options
from kg.cli.common import EXTRACTOR_HELP, document_files, quiet_option, resolve_store, store_option, store_to_fill


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@click.option("--extractor", default="rules", show_default=True, help=EXTRACTOR_HELP)
@click.option("--force", is_flag=True, help="Re-extract documents even when unchanged.")
@click.option("-w", "--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Extraction processes (spaCy is loaded once per worker).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True, help="Documents written per store transaction.")
@click.option("--scheduler", metavar="ADDRESS", help="Extract on a Dask distributed cluster (e.g. tcp://host:8786).")
@click.option("--shards", type=click.Path(file_okay=False, path_type=str), help="Write N-Quads shards to this folder instead of the store (for a bulk loader).")
@llm_options
@quiet_option
def ingest(paths, store, extractor, force, workers, batch_size, scheduler, shards, llm_url, llm_model, quiet):
    """Extract events from PATHS (.txt/.html files or folders) into the store.

    Each document becomes one named graph, replaced in one transaction; a
    document already stored with the same SHA-256, extractor version and
    metadata is skipped. A .txt file may have a NAME.source.json sidecar with url, title,
    publisher and date. Unreadable documents are reported and change nothing;
    the exit status is then 1.
    """
    from kg.pipeline import ingest as run_ingest

    from tqdm import tqdm

    import os

    # workers build the extractor by name only; the llm extractor reads its options from the environment
    options = extractor_options(extractor, llm_url, llm_model)
    os.environ.update({f"KG_LLM_{k.upper()}": v for k, v in options.items()})
    location = resolve_store(store)
    files = document_files(paths)
    from contextlib import nullcontext

    target = nullcontext(None) if shards else store_to_fill(location)
    with tqdm(total=len(files), unit="doc", desc="ingest", file=sys.stderr, disable=quiet or not sys.stderr.isatty()) as bar, target as st:
        report = run_ingest(
            st, files, extractor=extractor, force=force, workers=workers, batch_size=batch_size,
            scheduler=scheduler, shards=shards, on_progress=lambda _: bar.update(1),
        )
        if st is not None and report.ingested:
            _corroborate_again(st, quiet)
    for path, message in report.failed:
        click.echo(f"Error: {message}", err=True)
    for path, previous in report.replaced:
        click.echo(f"Warning: {path} replaced the document of the same name ingested from {previous} "
                   "(a document is named by its file name; rename one to keep both)", err=True)
    if not quiet:
        click.echo(
            f"{len(report.ingested)} ingested ({report.events} events), {len(report.skipped)} unchanged, {len(report.failed)} failed -> {shards or location}",
            err=True,
        )
    if report.failed:
        sys.exit(1)


def _corroborate_again(st, quiet: bool) -> None:
    from kg.link.corroborate import refresh

    verdicts = refresh(st)
    if verdicts is not None and not quiet:
        click.echo(verdicts.summary(), err=True)


@click.command()
@click.argument("docs", nargs=-1, required=True)
@store_option
@quiet_option
def remove(docs, store, quiet):
    """Retract documents (by id, file name or graph IRI) and everything derived from them."""
    from kg.pipeline import remove as run_remove
    from kg.store import open_store

    with open_store(resolve_store(store), create=False) as st:
        for doc in run_remove(st, *docs):
            if not quiet:
                click.echo(f"removed {doc}", err=True)
        _corroborate_again(st, quiet)
