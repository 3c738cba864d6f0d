"""``kg ontology``: keep the Python term list generated from the ontology files."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def ontology():
    """Check the ontology and generate kg/terms.py from it."""


def _terms_path() -> Path:
    import kg

    return Path(kg.__file__).parent / "terms.py"


@ontology.command()
@click.option("--check", is_flag=True, help="Exit 1 if kg/terms.py is out of date instead of writing it.")
def codegen(check):
    """Write kg/terms.py, a closed namespace of every kg: term in ontology/*.ttl."""
    from kg.ontology import codegen as generate

    source = generate()
    path = _terms_path()
    if check:
        if path.read_text(encoding="utf-8") != source:
            raise click.ClickException(f"{path} is out of date; run `kg ontology codegen`")
        click.echo(f"{path} is up to date", err=True)
        return
    path.write_text(source, encoding="utf-8")
    click.echo(f"wrote {path}", err=True)


@ontology.command()
def check():
    """Parse every ontology file and report terms without a label or comment."""
    from rdflib import OWL, RDF, RDFS

    from kg import ontology as onto

    o = onto.get()
    g = o.graph
    missing = []
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in g.subjects(RDF.type, kind):
            if str(term).startswith(onto.KG_NS) and (g.value(term, RDFS.label) is None or g.value(term, RDFS.comment) is None):
                missing.append(str(term))
    for term in sorted(missing):
        click.echo(f"missing label or comment: {term}")
    if missing:
        raise SystemExit(1)
    click.echo(f"{len(o.terms())} terms, {len(o.claim_types)} event classes, {len(o.roles)} roles: ok", err=True)
