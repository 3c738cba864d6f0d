"""Browser fixtures for the graph-page tests (helpers in :mod:`viz.browser`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from viz.browser import launch, open_guarded


@pytest.fixture(scope="session")
def browser():
    with launch() as b:
        yield b


@pytest.fixture
def open_page(browser):
    """open_page(path) -> (page, guard), with the page loaded and the graph drawn."""
    contexts = []

    def _open(path: Path, *, timeout: float = 30_000):
        context, page, guard = open_guarded(browser, path, timeout=timeout)
        contexts.append(context)
        return page, guard

    yield _open
    for c in contexts:
        c.close()
