"""The ``kg`` command: a thin layer that wires the pipeline's stages and turns errors into messages.

Subcommands live one per module in this package and are listed in
:data:`COMMANDS`; they are imported only when used (or when ``--help`` lists
them), so ``kg`` starts fast. Adding a command is one module plus one line.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from kg import __version__
from kg.errors import InvalidInput, KGError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

COMMANDS = {
    "ingest": "kg.cli.ingest:ingest",
    "remove": "kg.cli.ingest:remove",
    "load": "kg.cli.load:load",
    "query": "kg.cli.query:query",
    "export": "kg.cli.export:export",
    "validate": "kg.cli.validate:validate",
    "viz": "kg.cli.viz:viz",
    "claims": "kg.cli.claims:claims",
    "eval": "kg.cli.eval:eval_",
    "ontology": "kg.cli.ontology:ontology",
    "serve": "kg.cli.serve:serve",
    "link": "kg.cli.link:link",
}


class LazyGroup(click.Group):
    """Imports a subcommand's module on first use, and maps project errors to clean exits."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except InvalidInput as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)
        except KGError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()  # reader went away (e.g. `kg export | head`); not an error
            ctx.exit(0)
        except OSError as exc:
            # a file the command had to read or write (a full disk, a folder without permission):
            # the file and the reason are the message, as for the project's own errors
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc.filename}: {exc.strerror or exc}" if exc.filename else f"Error: {exc.strerror or exc}", err=True)
            ctx.exit(1)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.pass_context
def cli(ctx, debug):
    """rightsgraph: turn articles about human-rights abuses and sanctions into a
    queryable knowledge graph where every fact cites the words that support it.

    \b
    Typical use:
      kg ingest data/corpus            # extract events into the store
      kg query "SELECT ..."            # ask SPARQL questions
      kg viz -o graph.html             # look at the graph, offline
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not debug:  # its notes on a page it cannot read ("discarding data: None") only precede kg's own one-line error
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def main():
    cli(prog_name="kg")
