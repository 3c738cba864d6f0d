"""Options shared by several commands (sqlite-utils style decorators)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import click

STORE_ENV = "KG_STORE"
UPDATE_URL_ENV = "KG_UPDATE_URL"
USER_ENV = "KG_STORE_USER"
PASSWORD_ENV = "KG_STORE_PASSWORD"


class StoreLocation(str):
    """A store location (folder or SPARQL endpoint URL) carrying the options to open it with.

    ``open_store`` reads ``.options`` (update URL, basic-auth user and password
    for remote stores), so every command gets them without its own flags.
    """

    options: dict = {}


def default_store() -> str:
    """``$KG_STORE``, else a per-user data folder (e.g. ``~/.local/share/rightsgraph/store``)."""
    env = os.environ.get(STORE_ENV)
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("rightsgraph", appauthor=False)) / "store")


def _remember_update_url(ctx, param, value):
    if value:
        ctx.meta["kg.update_url"] = value
    return value


def store_option(f):
    f = click.option(
        "--update-url",
        default=None,
        metavar="URL",
        expose_value=False,
        callback=_remember_update_url,
        help=f"SPARQL 1.1 Update endpoint of a remote store when it differs from --store (default: ${UPDATE_URL_ENV}).",
    )(f)
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="DIR|URL",
        help=f"Store folder (embedded Oxigraph) or the query endpoint URL of a SPARQL 1.1 server "
        f"(basic auth from ${USER_ENV}/${PASSWORD_ENV}). Default: ${STORE_ENV} or a per-user data folder.",
    )(f)


def quiet_option(f):
    return click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr.")(f)


class OutputFile(click.Path):
    """A file to write, whose folder is checked when the command line is read.

    A command that changes the store before it writes (``kg link ... --report``)
    must not fail on a mistyped folder afterwards, and no command should end
    in a traceback for one.
    """

    def __init__(self, *, allow_dash: bool = False, path_type=None):
        super().__init__(dir_okay=False, allow_dash=allow_dash, path_type=path_type)

    def convert(self, value, param, ctx):
        path = super().convert(value, param, ctx)
        if str(value) != "-":
            folder = Path(os.fsdecode(value)).parent
            if not folder.is_dir():
                self.fail(f"{os.fsdecode(value)}: the folder {str(folder)!r} does not exist", param, ctx)
        return path


def outfile_option(f):
    return click.option(
        "-o",
        "--outfile",
        type=OutputFile(allow_dash=True, path_type=Path),
        default="-",
        show_default=True,
        help="Write to this file instead of stdout.",
    )(f)


def resolve_store(store: str | None) -> StoreLocation:
    location = store or default_store()
    if not location.startswith(("http://", "https://")):
        location = os.path.expanduser(location)  # KG_STORE="~/kg" from an env file: no shell expanded it
    location = StoreLocation(location)
    if location.startswith(("http://", "https://")):
        ctx = click.get_current_context(silent=True)
        update_url = (ctx.meta.get("kg.update_url") if ctx else None) or os.environ.get(UPDATE_URL_ENV)
        location.options = {
            k: v
            for k, v in {"update_url": update_url, "user": os.environ.get(USER_ENV), "password": os.environ.get(PASSWORD_ENV)}.items()
            if v
        }
    return location


@contextmanager
def output_stream(outfile):
    """A binary stream to ``outfile`` ("-" is stdout) that replaces the file only when the writing ends well.

    An export interrupted by Ctrl-C or a failing store must leave the previous
    file as it was, not a truncated copy in its place (click's ``atomic=True``
    replaces the file even when the write failed).
    """
    if str(outfile) == "-":
        yield click.get_binary_stream("stdout")
        return
    path = Path(outfile)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def document_files(paths) -> list[Path]:
    """The documents under ``paths``; a folder holding none is named on stderr, since a wrong
    folder (or one of PDFs) otherwise ends as a silent "0 ingested" with exit status 0."""
    from kg.documents import iter_paths

    files: list[Path] = []
    for p in paths:
        found = list(iter_paths([p]))
        if not found and Path(p).is_dir():
            click.echo(f"note: {p}: no .txt, .html or .htm files in this folder", err=True)
        files += found
    return files


class Progress:
    """A click progress bar on stderr that stays silent with ``-q`` or when stderr is not a terminal."""

    def __init__(self, items, *, label: str, quiet: bool, length: int | None = None):
        import sys

        self._silent = quiet or not sys.stderr.isatty()
        self._items = items
        self._bar = None if self._silent else click.progressbar(items, label=label, length=length, file=sys.stderr, show_pos=True, show_eta=True)

    def __enter__(self):
        return self._items if self._bar is None else self._bar.__enter__()

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        return False


class LazyChoice(click.Choice):
    """A ``click.Choice`` whose choices come from a function called only when needed.

    Choices read from registries or heavy modules (exporters, layouts) must not
    be imported just to build ``kg --help``.
    """

    def __init__(self, source):
        self._source = source
        super().__init__([])

    @property
    def choices(self):
        return tuple(self._source())

    @choices.setter
    def choices(self, value):
        pass


EXTRACTOR_HELP = ("rules (spaCy and hand-written rules, offline) or llm (any OpenAI-compatible endpoint: "
                  "--llm-url, --llm-model); extractor plugins add their own names.")


@contextmanager
def store_to_fill(location):
    """``open_store(location)`` for `kg ingest` and `kg load`; a store that this command created is removed
    again when the command put nothing in it (every file bad, the cluster unreachable): the user's next
    `kg query` should say "no store here yet", not find an empty store that a failed run left behind."""
    import shutil

    from kg.store import REFERENCE_GRAPH, open_store

    st = open_store(location)
    try:
        yield st
    finally:
        created = getattr(st, "created", False)
        empty = created and not any(True for q in st.raw.quads_for_pattern(None, None, None) if getattr(q.graph_name, "value", None) != REFERENCE_GRAPH)
        st.close()
        if empty:
            shutil.rmtree(st.location, ignore_errors=True)
