"""``kg validate``: SHACL shapes and evidence checks."""

from __future__ import annotations

import sys

import click

from kg.cli.common import quiet_option, resolve_store, store_option


@click.command()
@store_option
@quiet_option
def validate(store, quiet):
    """Check the graph against ontology/shapes.ttl and recheck every quote and SHA-256.

    Prints one line per violation (focus node, path, message); exits 1 if any.
    """
    from kg.store import open_store
    from kg.validation import validate as run_validate

    with open_store(resolve_store(store), read_only=True) as st:
        violations = run_validate(st)
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{len(violations)} violation(s)", err=True)
        sys.exit(1)
    if not quiet:
        click.echo("valid: the graph conforms to the shapes and every quote matches its document", err=True)
