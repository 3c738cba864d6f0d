"""A headless Debian Chromium for page tests (Playwright, never a downloaded browser).

Shared by tests/viz and tests/adversarial (import as ``from viz.browser import ...``;
conftest modules are not importable by name). Pages are opened with every
request routed through :class:`Guard`, which lets only ``file:`` and ``data:``
URLs through and records the rest, and with dialogs recorded (and dismissed),
so tests can assert that a page stays offline and inert.
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@contextmanager
def launch():
    """The system Chromium under Playwright; skips the test when there is none."""
    path = chromium_path()
    if path is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Guard:
    """What a page tried to do: requests outside file:/data:, dialogs, console errors."""

    def __init__(self, page):
        self.page = page
        self.allowed: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            self.allowed.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


def open_guarded(browser, path: Path, *, timeout: float = 30_000):
    """(context, page, guard) with ``path`` loaded and the graph drawn (``kgReady`` set)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    guard = Guard(page)
    page.goto(Path(path).resolve().as_uri())
    wait_until(page, "window.kgReady !== undefined", timeout=timeout)
    return context, page, guard


def wait_until(page, expression: str, *, timeout: float = 30_000, every: float = 0.02) -> None:
    """Poll ``expression`` until it is true.

    Playwright's ``wait_for_function`` re-evaluates a string predicate inside the
    page, which the page's Content-Security-Policy (no 'unsafe-eval') refuses
    whenever the first check is false; ``page.evaluate`` goes through the
    DevTools protocol, which the policy does not govern.
    """
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{expression} still false after {timeout / 1000:g} s")
        time.sleep(every)
