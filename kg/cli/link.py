"""``kg link``: connect the graph to Wikidata, OpenSanctions and the OFAC SDN list; review and resolve.

Every subcommand writes its links into its own named graph
(``https://w3id.org/rightsgraph/graph/links/<source>``), replacing the
previous run's in one transaction; bad input changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import OutputFile, quiet_option, resolve_store, store_option


def report_option(f):
    return click.option(
        "--report",
        type=OutputFile(path_type=Path),
        default=None,
        metavar="FILE.csv",
        help="Write one CSV row per proposed link: entity, label, source, external_id, score, status, external_label, method (what matched: name, birthDate, program, ...).",
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


def _http_url(ctx, param, value):
    if value is not None and not value.startswith(("http://", "https://")):
        raise click.BadParameter(f"{value!r}: expected an http:// or https:// URL")
    return value


@link.command()
@click.option("--endpoint", default=None, metavar="URL", callback=_http_url, help="A Wikidata-shaped SPARQL endpoint. Default: the public Wikidata Query Service (data/sources/wikidata.yml).")
@click.option("--offline", is_flag=True, help="Use only the extract shipped in data/wikidata/ (no network).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="HTTP cache folder. Default: a per-user cache folder.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, help="Seconds per request (default from data/sources/wikidata.yml).")
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on HTTP 429/5xx and timeouts, with exponential back-off.")
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
    with open_store(resolve_store(store), create=False) as st:
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

    with open_store(resolve_store(store), create=False) as st:
        candidates = linker.match_all(load_entities(st))  # reads the whole input before writing anything
        for note in getattr(linker, "notes", []):
            click.echo(f"note: {note}", err=True)
        result = run(st, linker, candidates=candidates, extra_triples=linker.list_triples())
        _finish(result, report, quiet, corroborate=True, store=st)


@link.command()
@click.option("--accept", "accept", multiple=True, metavar="LINK", help="Accept a proposed link (its id as listed, or its IRI). Repeatable.")
@click.option("--reject", "reject", multiple=True, metavar="LINK", help="Reject a proposed link. Repeatable.")
@click.option("--source", type=click.Choice(["wikidata", "opensanctions", "ofac", "resolution"]), default=None, help="Only links from this source.")
@click.option("--status", type=click.Choice(["candidate", "accepted", "rejected", "all"]), default="candidate", show_default=True, help="Which links to list.")
@store_option
@report_option
@quiet_option
def review(accept, reject, source, status, store, report, quiet):
    """List proposed links waiting for review, and record accept/reject decisions.

    \b
    kg link review                          # the queue: candidates of every source
    kg link review --accept 3f2a... --reject 9c1b...
    Decisions take effect at once and survive re-running the linkers.

    Each line, tab-separated: id, source, label (the graph's name), external id,
    external label (the record's name), score, method (what agreed: name,
    birthDate, country, program, type, ...; "-conflict" where they disagree),
    status.
    """
    from kg.link.records import write_report
    from kg.link.review import decide, find, list_links
    from kg.store import open_store

    # listing the queue only reads: it works beside a running `kg ingest`, as `kg query` does
    with open_store(resolve_store(store), read_only=not (accept or reject), create=False) as st:
        for link_id in accept + reject:
            find(st, link_id)  # every id is checked before the first decision is written: one typo changes nothing
        decided = [decide(st, link_id, "accepted") for link_id in accept] + [decide(st, link_id, "rejected") for link_id in reject]
        for row in decided:
            if not quiet:
                click.echo(f"{row.candidate.status}: {row.candidate.label} -> {row.candidate.source} {row.candidate.external_id}", err=True)
        if any(row.candidate.source in ("ofac", "opensanctions", "resolution") for row in decided):
            from kg.link.corroborate import corroborate

            corroborate(st)
        if decided:
            return
        rows = list_links(st, source=source, status=status)
        write_report(report, [r.candidate for r in rows])
        for r in rows:
            c = r.candidate
            click.echo(f"{r.short_id}\t{c.source}\t{c.label}\t{c.external_id}\t{r.external_label}\t{c.score:.3f}\t{c.method}\t{c.status}")
        if not quiet:
            click.echo(f"{len(rows)} {status if status != 'all' else ''} links".replace("  ", " "), err=True)


@link.command()
@store_option
@report_option
@quiet_option
def resolve(store, report, quiet):
    """Merge the same person, organisation or place across documents (owl:sameAs), keeping every spelling as an alias."""
    from kg.link.records import load_entities
    from kg.link.resolve import Resolver
    from kg.link.run import run
    from kg.store import open_store

    with open_store(resolve_store(store), create=False) as st:
        resolver = Resolver(st)
        candidates = resolver.match_all(load_entities(st, ("Person", "Organization", "GovernmentBody", "Country", "Region", "Place")))
        result = run(st, resolver, candidates=candidates)
        _finish(result, report, quiet, corroborate=True, store=st)


@link.command()
@click.option("--tolerance", type=click.IntRange(min=0), default=31, show_default=True, help="Days a claimed date and a listing date may differ.")
@store_option
@report_option
@quiet_option
def corroborate(tolerance, store, report, quiet):
    """Mark every sanction claim confirmed, contradicted, not on the list, or silent, from the imported lists.

    --report lists the list links (OFAC, OpenSanctions) the verdicts rest on.
    """
    from kg.link.corroborate import corroborate as run_corroboration
    from kg.link.records import write_report
    from kg.link.review import list_links
    from kg.store import open_store

    with open_store(resolve_store(store), create=False) as st:
        verdicts = run_corroboration(st, tolerance_days=tolerance)
        write_report(report, [r.candidate for r in list_links(st, status="all") if r.candidate.source in ("ofac", "opensanctions")])
    if not quiet:
        click.echo(verdicts.summary(), err=True)


@link.command()
@click.option("--sample", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="Annotated sample (default: data/linking/sample.yml).")
@report_option
def evaluate(sample, report):
    """Precision and recall of linking and merging on the annotated sample (offline)."""
    from kg.link.evaluate import evaluate as run_eval

    scores = run_eval(sample, report=report)
    for line in scores.lines():
        click.echo(line)
