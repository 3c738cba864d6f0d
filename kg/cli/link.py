"""``kg link``: connect the graph to Wikidata, OpenSanctions and the OFAC SDN list; review and resolve.

Every subcommand writes its links into its own named graph
(``https://w3id.org/rightsgraph/graph/links/<source>``), replacing the
previous run's in one transaction; bad input changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import quiet_option, resolve_store, store_option


def report_option(f):
    return click.option(
        "--report",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        default=None,
        metavar="FILE.csv",
        help="Write one CSV row per proposed link: entity, label, source, external_id, score, status.",
    )(f)


def _finish(result, report, quiet, *, corroborate: bool = False, store=None):
    from kg.link.records import write_report

    write_report(report, result.candidates)
    if not quiet:
        click.echo(result.summary(), err=True)
    if corroborate and store is not None:
        from kg.link.corroborate import corroborate as run_corroboration

        verdicts = run_corroboration(store)
        if not quiet:
            click.echo(verdicts.summary(), err=True)


@click.group()
def link():
    """Link entities to Wikidata, OpenSanctions and the OFAC SDN list; check sanction claims against the lists.

    \b
    Links at or above score 0.9 that are not ambiguous are accepted; those
    from 0.7 wait for `kg link review`; reviewer decisions survive re-runs.
    """


@link.command()
@click.option("--endpoint", default=None, metavar="URL", help="A Wikidata-shaped SPARQL endpoint. Default: the public Wikidata Query Service (data/sources/wikidata.yml).")
@click.option("--offline", is_flag=True, help="Use only the extract shipped in data/wikidata/ (no network).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="HTTP cache folder. Default: a per-user cache folder.")
@click.option("--timeout", type=float, default=None, help="Seconds per request (default from data/sources/wikidata.yml).")
@click.option("--retries", type=int, default=None, help="Retries on HTTP 429/5xx and timeouts, with exponential back-off.")
@store_option
@report_option
@quiet_option
def wikidata(endpoint, offline, cache_dir, timeout, retries, store, report, quiet):
    """Reconcile people, organisations, places, statutes and platforms to Wikidata QIDs (owl:sameAs)."""
    from kg.link.records import load_entities
    from kg.link.run import run
    from kg.link.wikidata import make_linker
    from kg.store import open_store

    options = {k: v for k, v in (("timeout", timeout), ("retries", retries)) if v is not None}
    linker = make_linker(endpoint=endpoint, offline=offline, cache_dir=cache_dir, **options)
    with open_store(resolve_store(store)) as st:
        candidates = linker.match_all(load_entities(st))  # every query answered before anything is written
        result = run(st, linker, candidates=candidates)
        _finish(result, report, quiet)


@link.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@store_option
@report_option
@quiet_option
def ofac(path, store, report, quiet):
    """Import the OFAC SDN list from PATH (sdn.xml, or a folder with sdn.csv, alt.csv and add.csv) and match it."""
    from kg.link.ofac import OfacLinker

    _run_list(OfacLinker(path), store, report, quiet)


@link.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@report_option
@quiet_option
def opensanctions(path, store, report, quiet):
    """Match entities to an OpenSanctions FollowTheMoney JSON-lines FILE and import their sanctions and identifiers."""
    from kg.link.opensanctions import OpenSanctionsLinker

    _run_list(OpenSanctionsLinker(path), store, report, quiet)


def _run_list(linker, store, report, quiet):
    from kg.link.records import load_entities
    from kg.link.run import run
    from kg.store import open_store

    with open_store(resolve_store(store)) as st:
        candidates = linker.match_all(load_entities(st))  # reads the whole input before writing anything
        result = run(st, linker, candidates=candidates, extra_triples=linker.list_triples())
        _finish(result, report, quiet, corroborate=True, store=st)
