"""Options shared by several commands (sqlite-utils style decorators)."""

from __future__ import annotations

import os
from pathlib import Path

import click

STORE_ENV = "KG_STORE"


def default_store() -> str:
    """``$KG_STORE``, else a per-user data folder (e.g. ``~/.local/share/rightsgraph/store``)."""
    env = os.environ.get(STORE_ENV)
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("rightsgraph", appauthor=False)) / "store")


def store_option(f):
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="DIR",
        help=f"Store folder (embedded Oxigraph). Default: ${STORE_ENV} or a per-user data folder.",
    )(f)


def quiet_option(f):
    return click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr.")(f)


def outfile_option(f):
    return click.option(
        "-o",
        "--outfile",
        type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
        default="-",
        show_default=True,
        help="Write to this file instead of stdout.",
    )(f)


def resolve_store(store: str | None) -> str:
    return store or default_store()


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
