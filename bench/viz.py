"""How fast is a big graph page usable, against pyvis's defaults on the same graph, in one run?

    python -m bench.viz            # 5,000 nodes
    python -m bench.viz --quick    # 1,000 nodes, well under a minute
    python -m bench.viz --json     # one JSON object on stdout

Both pages are opened in headless Debian Chromium (Playwright with
``executable_path``) with every non-file request blocked. "Usable" means the
page has drawn its first frame and its layout is stable: for our page the
``kgReady`` mark (first frame after load; positions are precomputed and
physics is off for big graphs), for pyvis's page ``network.physics.stabilized``
(physics on, "improved layout" on, no positions: its defaults). The time for
pyvis includes building its page in Python (``Network.add_node`` is quadratic),
as ours includes layout and page generation. pyvis gets at most ``--cap``
seconds in the browser; when it is cut off the ratio is a lower bound and
``pyvis_capped`` is true.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic_graph(n: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A graph shaped like ours (people, bodies, statutes, abuse types, events with evidence, documents) with about ``n`` nodes."""
    from kg.graph import display

    d = display()
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()

    def add(iri, label, cls, kind, **extra):
        s = d.style(cls)
        g.add_node(iri, label=label, cls=cls, kind=kind, color=s.color, shape=s.shape, **extra)

    statutes = [f"urn:statute:{i}" for i in range(12)]
    for i, s in enumerate(statutes):
        add(s, f"Statute {i} (Sec. {7000 + i})", "Statute", "entity")
    abuses = [f"urn:abuse:{i}" for i in range(12)]
    for i, a in enumerate(abuses):
        add(a, f"abuse type {i}", "AbuseTypes", "concept")
    n_docs = max(5, n // 25)
    docs = [f"urn:doc:{i}" for i in range(n_docs)]
    for i, doc in enumerate(docs):
        add(doc, f"Article {i} on sanctions", "Document", "document", title=f"Article {i} on sanctions", date=f"20{10 + i % 14}-0{1 + i % 9}-1{i % 9}", url=f"https://example.org/a/{i}", publisher="Example Wire")
    n_bodies, n_places = max(5, n // 60), max(5, n // 50)
    bodies = [f"urn:body:{i}" for i in range(n_bodies)]
    for i, b in enumerate(bodies):
        add(b, f"Ministry {i}", "GovernmentBody", "entity")
    places = [f"urn:place:{i}" for i in range(n_places)]
    for i, p in enumerate(places):
        add(p, f"Region {i}", "Region", "entity")
    remaining = n - g.number_of_nodes()
    n_people = int(remaining * 0.45)
    people = [f"urn:person:{i}" for i in range(n_people)]
    for i, p in enumerate(people):
        add(p, f"Person {i}", "Person", "entity")
    n_events = n - g.number_of_nodes()
    for i in range(n_events):
        ev = f"urn:event:{i}"
        # Everyone takes part in something; a few people in a lot (a long tail, as in real coverage).
        person = people[i] if i < n_people else people[min(int(rnd.paretovariate(1.1)) - 1, n_people - 1) if rnd.random() < 0.3 else rnd.randrange(n_people)]
        doc = rnd.choice(docs)
        kind = rnd.random()
        if kind < 0.4:
            cls, roles = "Designation", [("target", person), ("legalBasis", rnd.choice(statutes[: rnd.randint(1, len(statutes))])), ("authority", rnd.choice(bodies))]
        elif kind < 0.75:
            cls, roles = "AbuseAllegation", [("perpetrator", person), ("abuseType", rnd.choice(abuses)), ("location", rnd.choice(places))]
        else:
            cls, roles = "PositionHeld", [("person", person), ("organization", rnd.choice(bodies))]
        quote = f"{g.nodes[person]['label']} was named in connection with {g.nodes[roles[1][1]]['label']}."
        meta = {k: g.nodes[doc].get(k, "") for k in ("title", "date", "url", "publisher")}
        add(ev, d.style(cls).caption, cls, "event", status=rnd.choice(["alleged", "designated", "reported"]), confidence=0.8, date=meta["date"],
            roles=[(r, r, g.nodes[v]["label"]) for r, v in roles], evidence=[{"quote": quote, "start": 0, "end": len(quote), "doc": {"id": doc, **meta}}])
        for role, value in roles:
            g.add_edge(ev, value, key=role, label=role, role=role)
        g.add_edge(ev, doc, key="source", label="source", role="source")
    return g


def pyvis_page(g: nx.MultiDiGraph, path: Path) -> None:
    """pyvis with its defaults (physics, improved layout, no positions), scripts inlined so it can run offline."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", directed=True)
    for node, a in g.nodes(data=True):
        net.add_node(node, label=a["label"], title=a["label"], color=a["color"])
    for u, v, a in g.edges(data=True):
        net.add_edge(u, v, label=a.get("label", ""))
    net.write_html(str(path), notebook=False)


def open_timed(browser, path: Path, ready_js: str, cap: float) -> tuple[float, bool, int, dict]:
    """Seconds from navigation to ``ready_js`` being true (or ``cap``), whether it was capped, the node count drawn,
    and the page's own ``kg:*`` performance marks (ms after navigation start; our page only).

    Readiness is polled with ``page.evaluate`` every 20 ms: Playwright's ``wait_for_function`` evaluates a string
    predicate inside the page, which our page's Content-Security-Policy (no 'unsafe-eval') refuses.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
    start = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="commit", timeout=cap * 1000 + 30_000)
    capped = False
    while True:
        try:
            if page.evaluate(ready_js):
                break
        except Exception:  # the execution context is replaced while the document loads
            pass
        if time.perf_counter() - start >= cap:
            capped = True
            break
        time.sleep(0.02)
    seconds = min(time.perf_counter() - start, cap) if capped else time.perf_counter() - start
    count = page.evaluate("window.network ? network.body.data.nodes.length : 0") if not capped else -1
    marks = {} if capped else page.evaluate("Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('kg:')).map(m => [m.name.slice(3), Math.round(m.startTime)]))")
    context.close()
    return seconds, capped, count, marks


def run(quick: bool = False) -> dict:
    """The keys ``python -m bench`` merges. ``viz_5k_seconds`` is measured at 1,000 nodes with ``--quick`` (``viz_nodes`` says which)."""
    n = 1000 if quick else 5000
    result = measure(n, 20.0 if quick else 240.0)
    return {
        "viz_nodes": result["nodes"],
        "viz_5k_seconds": result[f"viz_{n // 1000}k_seconds"],
        "viz_vs_pyvis": result["viz_vs_pyvis"],
        "viz_pyvis_capped": result["pyvis_capped"],
        "viz_page_bytes": result["page_bytes"],
    }


def measure(n: int, cap: float) -> dict:
    from playwright.sync_api import sync_playwright

    from kg.viz.render import render_html

    chromium = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    g = synthetic_graph(n)
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    try:
        t = time.perf_counter()
        html = render_html(g)
        ours_build = time.perf_counter() - t
        ours = tmp / "ours.html"
        ours.write_text(html, encoding="utf-8")

        t = time.perf_counter()
        theirs = tmp / "pyvis.html"
        pyvis_page(g, theirs)
        pyvis_build = time.perf_counter() - t

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
            warm = browser.new_page()  # the first page of a fresh browser pays start-up costs; neither side should
            warm.set_content("<p>warm up</p>")
            warm.close()
            ours_browser, _, drawn, marks = open_timed(browser, ours, "window.kgReady !== undefined", 60)
            pyvis_cap = max(cap - pyvis_build, 1.0)
            pyvis_browser, capped, _, _ = open_timed(browser, theirs, "window.network && network.physics && network.physics.stabilized === true", pyvis_cap)
            browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    label = f"{n // 1000}k" if n % 1000 == 0 else str(n)
    ours_total = ours_build + ours_browser
    pyvis_total = pyvis_build + pyvis_browser
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "nodes_drawn": drawn,
        f"viz_{label}_seconds": round(ours_browser, 3),
        "viz_build_seconds": round(ours_build, 3),
        "viz_total_seconds": round(ours_total, 3),
        "page_bytes": len(html.encode("utf-8")),
        "page_marks_ms": marks,
        "pyvis_build_seconds": round(pyvis_build, 3),
        "pyvis_browser_seconds": round(pyvis_browser, 3),
        "pyvis_total_seconds": round(pyvis_total, 3),
        "pyvis_capped": capped,
        "viz_vs_pyvis": round(pyvis_total / ours_total, 1),
        "budget_seconds": 3.0,
        "within_budget": ours_browser < 3.0,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.viz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 nodes instead of 5,000 (well under a minute)")
    parser.add_argument("--nodes", type=int, help="graph size (overrides --quick)")
    parser.add_argument("--cap", type=float, help="seconds pyvis may take in all (default 20 with --quick, else 240)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    n = args.nodes or (1000 if args.quick else 5000)
    cap = args.cap or (20.0 if args.quick else 240.0)
    result = measure(n, cap)
    if args.json:
        print(json.dumps(result))
    else:
        width = max(map(len, result))
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0 if result["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
