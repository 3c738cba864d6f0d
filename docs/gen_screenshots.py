"""Regenerate the README's graph-page screenshots from the sample corpus.

    python docs/gen_screenshots.py            # rewrites docs/img/viz-corpus.png and docs/img/viz-focus.png

Ingests ``data/corpus/dev`` with the default (rules) extractor into a
temporary store, draws two pages with ``kg viz`` and photographs them in
headless Debian Chromium (Playwright with ``executable_path``; set
``KG_CHROMIUM`` to use another binary), with every non-file request refused.
Run it again whenever the page's look changes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus" / "dev"
IMG = ROOT / "docs" / "img"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 850}


def kg(*args: str) -> None:
    from kg.cli import cli

    try:
        cli.main(list(args), prog_name="kg", standalone_mode=False)
    except SystemExit as exc:
        if exc.code:
            raise


def shoot(browser, page_path: Path, png: Path, script: str) -> None:
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(page_path.as_uri())
    deadline = time.monotonic() + 60
    while not page.evaluate("window.kgReady !== undefined"):  # polled from outside: the page's CSP refuses in-page eval
        if time.monotonic() > deadline:
            raise SystemExit(f"{page_path}: the graph did not draw within 60 s")
        time.sleep(0.05)
    page.evaluate(script)
    page.wait_for_timeout(500)
    page.screenshot(path=str(png))
    context.close()
    print(f"wrote {png.relative_to(ROOT)}", file=sys.stderr)


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory() as tmp:
        store = f"{tmp}/store"
        kg("ingest", str(CORPUS), "--store", store, "-q")
        corpus, focus = Path(tmp) / "corpus.html", Path(tmp) / "focus.html"
        kg("viz", "--store", store, "-o", str(corpus), "--title", "rightsgraph: sample corpus")
        kg("viz", "--store", store, "-o", str(focus), "--focus", "Ramzan Kadyrov", "--hops", "1", "--events", "edges", "--title", "rightsgraph: Ramzan Kadyrov, one hop")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=ARGS, headless=True)
            shoot(browser, corpus, IMG / "viz-corpus.png", "kgSearch('Section 7031(c)'); network.fit({animation: false})")
            # Pin the evidence of Kadyrov's designation, as a click on that edge would.
            shoot(browser, focus, IMG / "viz-focus.png", """(() => {
                const data = JSON.parse(document.getElementById('kg-data').textContent);
                const edge = data.edges.findIndex(e => e.label.startsWith('designated'));
                network.selectEdges([edge]);
                network.body.emitter.emit('click', {nodes: [], edges: [edge], pointer: {DOM: {x: 0, y: 0}}});
            })()""")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
