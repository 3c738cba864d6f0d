"""Shared fixtures: a fresh store folder per test, the CLI runner, fixture articles.

The ``phrase`` extractor (tests/phrase_extractor.py) is registered for tests of
everything after extraction, so they do not depend on NLP quality.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import plugins

from support import ARTICLES, FIXTURES, store_snapshot  # noqa: F401  (re-exported for fixtures)

plugins.register("extractors", "phrase", "phrase_extractor:PhraseExtractor")


@pytest.fixture
def store_dir(tmp_path, monkeypatch) -> Path:
    """A store folder that does not exist yet; $KG_STORE points at it so a forgotten --store cannot touch the user's store."""
    path = tmp_path / "store"
    monkeypatch.setenv("KG_STORE", str(path))
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner):
    from kg.cli import cli

    def _invoke(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return _invoke
