"""``kg eval``: score the extractor (or a claims JSONL file) against gold annotations."""

from __future__ import annotations

import json
import os

import click

from kg.cli.common import LazyChoice


def _claim_types():
    """The claims contract's types: a misspelt one (sanctions) would list no errors and look like a clean score."""
    from kg import ontology

    return sorted(ontology.get().claim_types)


@click.command("eval")
@click.option("--gold", "gold", required=True, multiple=True, type=click.Path(exists=True, file_okay=False, path_type=str),
              help="Folder with NAME.gold.json files and the matching NAME.txt; repeat it to score several folders as one set.")
@click.option("--pred", "pred", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Claims JSONL to score; default: run the extractor on the gold folder's texts.")
@click.option("--extractor", default="rules", show_default=True, help="Extractor to run when --pred is not given: rules, or llm (configured by $KG_LLM_URL and $KG_LLM_MODEL).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every missed (FN) and false (FP) claim, and every found claim with a wrong date, victim or other non-key role (SLOT).")
@click.option("--type", "types", multiple=True, type=LazyChoice(_claim_types), help="With --errors: only these claim types (repeatable).")
@click.option("--by-doc", "by_doc", is_flag=True, help="Also score each document on its own, weakest first.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Score only the predicted claims at least this confident.")
@click.option("--curve", is_flag=True, help="Also print precision, recall and F1 at every confidence threshold the claims use.")
@click.option("--entities", "with_entities", is_flag=True,
              help="Also score the entities: how many of the gold files' people, bodies and places were found, typed right, "
                   "or split into several nodes (runs the extractor; not with --pred).")
def eval_(gold, pred, extractor, as_json, show_errors, types, by_doc, min_confidence, curve, with_entities):
    """Print precision, recall and F1 per claim type and overall, slot accuracy and evidence exactness.

    Matching follows the claims contract: entities match by Wikidata ID or by
    their normalised word set, claims pair one-to-one on their key roles, and
    optional gold claims count neither as missed nor as false. A text the
    extractor fails on is named on stderr and scored as finding nothing.
    """
    from kg.evaluate import (confidence_curve, confident, format_by_doc, format_curve, format_errors, format_table, per_doc,
                             predict, read_gold, read_predictions, score_docs)

    if with_entities and pred:
        raise click.UsageError("--entities scores the extractor's own entities, which a claims file does not hold: leave out --pred")
    if types and not show_errors:
        raise click.UsageError("--type narrows the --errors list (the table always shows every type): add --errors")
    golds, seen = [], {}
    folders = {}  # one folder named twice (dev and dev/, or through ..) is scored once, not refused as a clash of names
    for folder in gold:
        folders.setdefault(os.path.realpath(folder), folder)
    for folder in folders.values():
        found = read_gold(folder)
        if not found:
            raise click.BadParameter(f"no *.gold.json files in {folder}", param_hint="--gold")
        for doc in found:  # claims are matched to gold by document name, so a name must mean one text
            if doc.id in seen:
                raise click.BadParameter(f"{folder} and {seen[doc.id]} both have a document {doc.id!r}", param_hint="--gold")
            seen[doc.id] = folder
        golds.extend(found)
    ents: dict | None = {} if with_entities else None
    if pred:
        rows, bad = read_predictions(pred, docs=seen)
    else:
        warn = lambda msg: click.echo(f"Warning: {msg}; scored as finding nothing", err=True)  # noqa: E731
        rows, bad = [row for folder in folders.values() for row in predict(folder, extractor, on_failure=warn, entities=ents)], 0
    rows = confident(rows, min_confidence)
    errors: list | None = [] if show_errors else None
    summary = score_docs(golds, rows, unreadable=bad, errors=errors)
    if errors is not None and not as_json:
        click.echo(format_errors(errors, types))
    docs = per_doc(golds, rows) if by_doc else None
    if docs is not None and not as_json:
        click.echo(format_by_doc(docs))
    points = confidence_curve(golds, rows) if curve else None
    if points is not None and not as_json:
        click.echo(format_curve(points))
    if as_json and points is not None:
        summary = {**summary, "curve": points}
    if as_json and errors is not None:
        summary = {**summary, "errors": errors}
    if as_json and docs is not None:
        summary = {**summary, "by_doc": docs}
    if ents is not None:
        from kg.entity_eval import format_entity_errors, format_entity_table, score_entities

        ent_errors: list | None = [] if show_errors else None
        ent_summary = score_entities(golds, ents, errors=ent_errors)
        summary = {**summary, "entities": ent_summary}
        if as_json and ent_errors is not None:
            summary["entity_errors"] = ent_errors
        elif ent_errors:
            click.echo(format_entity_errors(ent_errors))
    click.echo(json.dumps(summary, indent=2) if as_json else format_table(summary))
    if ents is not None and not as_json:
        click.echo(format_entity_table(summary["entities"]))
