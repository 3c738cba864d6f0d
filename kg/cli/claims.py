"""``kg claims``: print the claims JSONL of documents, offline, without a store."""

from __future__ import annotations

import sys

import click

from kg.cli.common import EXTRACTOR_HELP, document_files, outfile_option, quiet_option
from kg.errors import KGError


def llm_options(f):
    """``--llm-url`` / ``--llm-model`` (also $KG_LLM_URL / $KG_LLM_MODEL; the key is read from $KG_LLM_API_KEY)."""
    f = click.option("--llm-model", envvar="KG_LLM_MODEL", metavar="NAME", help="Model name for --extractor llm [env KG_LLM_MODEL].")(f)
    f = click.option("--llm-url", envvar="KG_LLM_URL", metavar="URL",
                     help="OpenAI-compatible endpoint for --extractor llm, e.g. http://127.0.0.1:8080/v1 [env KG_LLM_URL].")(f)
    return f


def extractor_options(extractor: str, llm_url: str | None, llm_model: str | None) -> dict:
    """Options for get_extractor: only the llm extractor takes any."""
    if extractor != "llm":
        return {}
    return {k: v for k, v in (("url", llm_url), ("model", llm_model)) if v}


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--extractor", default="rules", show_default=True, help=EXTRACTOR_HELP)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out claims less confident than this (the rules' recall layer emits 0.35).")
@llm_options
@outfile_option
@quiet_option
def claims(paths, extractor, min_confidence, llm_url, llm_model, outfile, quiet):
    """Print the events found in PATHS (.txt/.html files or folders) as claims JSONL.

    One JSON object per event with its roles and evidence spans (exact quote and
    character offsets), as specified by the claims contract. Nothing is stored.
    A document that cannot be read is reported on stderr and skipped; the exit
    status is then 1.
    """
    from kg.claimsjson import to_jsonl
    from kg.documents import read_document
    from kg.extract import get_extractor
    from kg.extract.base import extract_each
    from kg.pipeline import batches

    from tqdm import tqdm

    ex = get_extractor(extractor, **extractor_options(extractor, llm_url, llm_model))
    files = document_files(paths)
    failed = done = events = 0

    def readable():
        nonlocal failed
        for path in files:
            try:
                yield read_document(path)
            except KGError as exc:
                click.echo(f"Error: {exc}", err=True)
                failed += 1
                bar.update(1)

    out = click.open_file(str(outfile), "w", encoding="utf-8")
    with out, tqdm(total=len(files), unit="doc", desc="claims", file=sys.stderr, disable=quiet or not sys.stderr.isatty()) as bar:
        # a few documents at a time: spaCy parses a batch faster than its texts one by one,
        # and the claims of each batch are out before the next is read
        for batch in batches(readable(), 16):
            for _doc, extraction, error in extract_each(ex, batch):
                bar.update(1)
                if error is not None:  # this document only: an endpoint's refusal, an extractor bug
                    click.echo(f"Error: {error}", err=True)
                    failed += 1
                    continue
                extraction = extraction.confident(min_confidence)
                out.write(to_jsonl(extraction))
                done += 1
                events += len(extraction.claims)
            out.flush()
    if not quiet:
        click.echo(f"{done} documents, {events} claims, {failed} failed", err=True)
    if failed:
        sys.exit(1)
