"""The graph page in a real headless Chromium: it draws, it searches, it stays offline, hostile text stays text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "store"
    result = CliRunner().invoke(cli, ["ingest", str(ARTICLES), "--store", str(path), "--extractor", "phrase"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def draw(store, tmp_path, *args, name="graph.html"):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out), *map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def page_json(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(block)


def test_page_draws_every_node_on_a_canvas(store, tmp_path, open_page):
    out = draw(store, tmp_path)
    expected = len(page_json(out)["nodes"])
    page, guard = open_page(out)
    assert page.locator("#kg-graph canvas").count() == 1
    assert page.evaluate("Object.keys(network.body.nodes).filter(k => !k.startsWith('edgeId:')).length") == expected
    assert page.evaluate("network.body.data.nodes.length") == expected
    assert guard.errors == [] and guard.dialogs == []
    assert page.locator("#kg-legend li").count() >= 5  # person, government body, statute, abuse type, ...
    assert "person" in page.locator("#kg-legend").inner_text()


def test_no_request_leaves_the_page(store, tmp_path, open_page):
    page, guard = open_page(draw(store, tmp_path))
    page.mouse.move(500, 400)
    page.wait_for_timeout(200)
    assert guard.blocked == []
    assert guard.allowed and all(u.startswith(("file:", "data:")) for u in guard.allowed)


def test_search_finds_and_focuses_a_node(store, tmp_path, open_page):
    out = draw(store, tmp_path)
    nodes = page_json(out)["nodes"]
    page, guard = open_page(out)
    page.fill("#kg-search", "kadyrov")
    page.press("#kg-search", "Enter")
    selected = page.evaluate("network.getSelectedNodes()")
    assert len(selected) == 1 and nodes[selected[0]]["label"] == "Ramzan Kadyrov"
    assert "Ramzan Kadyrov" in page.locator("#kg-details").inner_text()
    assert page.evaluate("kgSearch('no such name anywhere')") is None
    assert page.locator("#kg-search-status").inner_text() == "no match"


def test_a_long_iri_wraps_inside_the_details_panel(store, tmp_path, open_page):
    """An entity's IRI ran past the panel's edge, which then scrolled sideways under the whole panel."""
    page, guard = open_page(draw(store, tmp_path))
    page.fill("#kg-search", "kadyrov")
    page.press("#kg-search", "Enter")
    assert "https://w3id.org/rightsgraph/id/person/" in page.locator("#kg-details").inner_text()
    assert page.evaluate("(s => s.scrollWidth <= s.clientWidth)(document.getElementById('kg-side'))")


def test_clicking_an_event_shows_its_quote_source_status_and_confidence(store, tmp_path, open_page):
    out = draw(store, tmp_path, "--events", "edges")
    data = page_json(out)
    page, guard = open_page(out)
    edge = next(
        i for i, e in enumerate(data["edges"])
        if e["label"] == "designated under Section 7031(c) by" and "publicly designated" in data["events"][e["ev"]]["evidence"][0]["quote"]
    )
    page.evaluate(f"network.selectEdges([{edge}]); network.body.emitter.emit('click', {{nodes: [], edges: [{edge}], pointer: {{DOM: {{x: 0, y: 0}}}}}})")
    details = page.locator("#kg-details")
    text = details.inner_text()
    assert "publicly designated Ramzan Kadyrov" in text
    assert "status: designated" in text and "confidence: 0.9" in text
    assert "2020-07-20" in text and "rightsgraph test fixtures" in text  # the source's date and publisher
    link = details.locator("a[href^='https://example.org/rightsgraph-fixtures/kadyrov-7031c']")
    assert link.count() >= 1 and link.first.inner_text().startswith("State Department bars")


def test_class_and_status_filters_hide_nodes(store, tmp_path, open_page):
    page, _ = open_page(draw(store, tmp_path))
    visible = "network.body.data.nodes.get({filter: n => !n.hidden}).length"
    before = page.evaluate(visible)
    page.evaluate("kgClassBoxes['Person'].click()")
    assert page.evaluate(visible) == before - 1
    page.evaluate("kgStatusBoxes['alleged'].click()")
    assert page.evaluate(visible) < before - 1


def test_physics_toggle_and_neighbourhood_highlight(store, tmp_path, open_page):
    out = draw(store, tmp_path)
    page, _ = open_page(out)
    assert page.evaluate("network.physics.physicsEnabled") is False
    page.check("#kg-physics")
    assert page.evaluate("network.physics.physicsEnabled") is True
    page.uncheck("#kg-physics")
    page.evaluate("kgSearch('Section 7031(c)')")
    dimmed = page.evaluate("network.body.data.nodes.get({filter: n => n.opacity !== undefined && n.opacity < 1}).map(n => n.id)")
    assert dimmed  # the other designation's nodes, documents, ... are faded
    page.evaluate("network.body.emitter.emit('click', {nodes: [], edges: [], pointer: {DOM: {x: 0, y: 0}}})")
    assert page.evaluate("network.body.data.nodes.get({filter: n => n.opacity !== undefined && n.opacity < 1}).length") == 0


@pytest.mark.parametrize("events", ["nodes", "edges"])
def test_hostile_document_text_stays_inert(store, tmp_path, open_page, events):
    out = draw(store, tmp_path, "--events", events, "--title", '<img src=x onerror=alert("t")>')
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert len(re.findall(r"^<script", html, flags=re.M)) == 3  # the JSON block, vis-network, the page's own script
    page, guard = open_page(out)
    for node in range(len(page_json(out)["nodes"])):
        page.evaluate(f"network.body.emitter.emit('click', {{nodes: [{node}], edges: [], pointer: {{DOM: {{x: 0, y: 0}}}}}})")
        page.evaluate(f"network.body.emitter.emit('hoverNode', {{node: {node}, pointer: {{DOM: {{x: 10, y: 10}}}}}})")
    for edge in range(len(page_json(out)["edges"])):
        page.evaluate(f"network.body.emitter.emit('hoverEdge', {{edge: {edge}, pointer: {{DOM: {{x: 10, y: 10}}}}}})")
    page.evaluate("kgSearch('Kadyrov')")
    page.wait_for_timeout(300)
    assert guard.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert page.locator("a[href^='javascript']").count() == 0
    assert all(h.startswith(("http://", "https://")) for h in page.eval_on_selector_all("a", "els => els.map(a => a.getAttribute('href'))"))
    assert page.evaluate("document.querySelectorAll('[onerror], [onload], [onclick], iframe, object, embed').length") == 0
    assert page.title() == '<img src=x onerror=alert("t")>'
    assert guard.blocked == [] and guard.errors == []


def test_hostile_quote_is_shown_as_text(store, tmp_path, open_page):
    out = draw(store, tmp_path, "--focus", "Kadyrov")
    page, guard = open_page(out)
    data = page_json(out)
    event = next(n["id"] for n in data["nodes"] if n.get("ev") is not None and any("<script>" in q["quote"] or "<img" in q["quote"] for q in data["events"][n["ev"]]["evidence"]))
    page.evaluate(f"network.body.emitter.emit('click', {{nodes: [{event}], edges: [], pointer: {{DOM: {{x: 0, y: 0}}}}}})")
    text = page.locator("#kg-details").inner_text()
    assert "<img src=x onerror=" in text or "<script>" in text
    assert guard.dialogs == [] and page.locator("#kg-details img, #kg-details script").count() == 0


def test_events_drawn_as_edges_are_filtered_by_event_type_and_status(store, tmp_path, open_page):
    out = draw(store, tmp_path, "--events", "edges")
    data = page_json(out)
    kinds = {i: data["events"][e["ev"]]["cls"] for i, e in enumerate(data["edges"])}
    assert set(kinds.values()) == {"Designation", "AbuseAllegation"}
    page, guard = open_page(out)
    legend = page.locator("#kg-legend").inner_text()
    assert "designation" in legend and "abuse allegation" in legend and "edges" in legend
    visible = "network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.id)"
    assert sorted(page.evaluate(visible)) == sorted(kinds)
    page.evaluate("kgClassBoxes['Designation'].click()")
    assert sorted(page.evaluate(visible)) == sorted(i for i, k in kinds.items() if k != "Designation")
    page.evaluate("kgClassBoxes['Designation'].click()")
    page.evaluate("kgStatusBoxes['alleged'].click()")
    assert sorted(page.evaluate(visible)) == sorted(i for i, e in enumerate(data["edges"]) if data["events"][e["ev"]]["status"] != "alleged")
    assert guard.errors == []


@pytest.fixture(scope="module")
def lone_store(tmp_path_factory):
    """The fixture articles plus one that names a region in no event."""
    folder = tmp_path_factory.mktemp("lone")
    for f in ARTICLES.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "region.txt").write_text("Chechnya is a republic of the Russian Federation.\n", encoding="utf-8")
    path = folder / "store"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(path), "--extractor", "phrase"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("events", ["nodes", "edges"])
def test_entities_in_no_event_are_drawn_below_the_graph_and_can_be_hidden(lone_store, tmp_path, open_page, events):
    out = draw(lone_store, tmp_path, "--events", events)
    nodes = page_json(out)["nodes"]
    region = next(n for n in nodes if n["label"] == "Chechnya")
    assert region["lone"] is True and [n["label"] for n in nodes if n.get("lone")] == ["Chechnya"]
    assert region["y"] > max(n["y"] for n in nodes if n is not region)  # in the grid under the drawing, not dropped
    page, guard = open_page(out)
    assert abs(page.evaluate(f"network.getPositions([{region['id']}])[{region['id']}].y") - region["y"]) < 1  # vis-network rounds
    assert "named in no event" in page.locator("#kg-legend").inner_text()
    hidden = "network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)"
    assert page.evaluate(hidden) == []
    page.evaluate("kgLoneBox.click()")
    assert page.evaluate(hidden) == [region["id"]]
    page.evaluate("kgLoneBox.click()")
    assert page.evaluate(hidden) == []
    assert guard.errors == []


def dom_point(page, node: int) -> tuple[float, float]:
    """Where node ``node`` is drawn, in page coordinates (for a real mouse)."""
    return tuple(page.evaluate(
        f"(() => {{ const p = network.canvasToDOM(network.getPositions([{node}])[{node}]); const r = document.querySelector('#kg-graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()"
    ))


def test_hovering_an_event_with_the_mouse_shows_its_evidence_in_a_tooltip(store, tmp_path, open_page):
    out = draw(store, tmp_path)
    data = page_json(out)
    event = next(n for n in data["nodes"] if n.get("ev") is not None and data["events"][n["ev"]]["status"] == "designated")
    page, guard = open_page(out)
    assert page.locator("#kg-tooltip").is_hidden()
    page.mouse.move(*dom_point(page, event["id"]))
    page.wait_for_timeout(400)
    tip = page.locator("#kg-tooltip")
    assert tip.is_visible()
    quote = data["events"][event["ev"]]["evidence"][0]["quote"]
    assert quote[:60] in tip.text_content() and "status: designated" in tip.text_content()
    page.mouse.move(2, 2)  # off the canvas
    page.wait_for_timeout(200)
    assert page.locator("#kg-tooltip").is_hidden()
    assert guard.errors == [] and guard.blocked == []


def test_node_size_grows_with_degree(store, tmp_path, open_page):
    out = draw(store, tmp_path)
    data = page_json(out)
    entities = [n for n in data["nodes"] if n["kind"] == "entity"]
    degree = {n["id"]: 0 for n in data["nodes"]}
    for e in data["edges"]:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    by_degree = sorted(entities, key=lambda n: degree[n["id"]])
    assert degree[by_degree[0]["id"]] < degree[by_degree[-1]["id"]]
    assert [n["size"] for n in by_degree] == sorted(n["size"] for n in by_degree)
    assert by_degree[-1]["label"] == "Ramzan Kadyrov" and by_degree[-1]["size"] > by_degree[0]["size"]
    page, _ = open_page(out)
    drawn = page.evaluate("Object.fromEntries(network.body.data.nodes.get().map(n => [n.id, network.body.nodes[n.id].options.size]))")
    assert {int(k): v for k, v in drawn.items()} == {n["id"]: n["size"] for n in data["nodes"]}


@pytest.mark.parametrize("layout", ["hierarchical", "physics"])
def test_layouts_computed_in_the_browser_settle(store, tmp_path, open_page, layout):
    out = draw(store, tmp_path, "--layout", layout)
    page, guard = open_page(out)
    positions = page.evaluate("Object.values(network.getPositions())")
    assert len(positions) == len(page_json(out)["nodes"])
    assert len({(round(p["x"]), round(p["y"])) for p in positions}) == len(positions)  # laid out, not piled up
    if layout == "hierarchical":
        assert page.evaluate("network.layoutEngine.options.hierarchical.enabled") is True
    else:
        assert page.evaluate("network.physics.physicsEnabled && network.physics.stabilized") is True
        assert page.is_checked("#kg-physics")
    assert guard.errors == []


def big_graph(people: int):
    """People designated under a handful of statutes, each designation from one of a few articles: over BIG nodes."""
    import networkx as nx

    from kg.graph import display

    d = display()
    g = nx.MultiDiGraph()

    def add(iri, label, cls, kind, **extra):
        g.add_node(iri, label=label, cls=cls, kind=kind, color=d.style(cls).color, shape=d.style(cls).shape, **extra)

    for s in range(5):
        add(f"urn:s{s}", f"Statute {s}", "Statute", "entity")
    for a in range(20):
        add(f"urn:a{a}", f"Article {a}", "Document", "document", title=f"Article {a}", url=f"https://example.org/{a}")
    for i in range(people):
        add(f"urn:p{i}", f"Person {i}", "Person", "entity")
        quote = f"Person {i} was designated."
        doc = {"id": f"a{i % 20}", "title": f"Article {i % 20}", "date": "2020-01-01", "url": f"https://example.org/{i % 20}", "publisher": ""}
        add(f"urn:e{i}", "designation", "Designation", "event", status="designated", confidence=0.9, date="2020", roles=[], evidence=[{"quote": quote, "start": 0, "end": len(quote), "doc": doc}])
        g.add_edge(f"urn:e{i}", f"urn:p{i}", key="target", label="target")
        g.add_edge(f"urn:e{i}", f"urn:s{i % 5}", key="legalBasis", label="legal basis")
        g.add_edge(f"urn:e{i}", f"urn:a{i % 20}", key="source", label="source")
    return g


def test_a_big_graph_starts_quiet_and_shows_labels_on_demand(tmp_path, open_page):
    from kg.viz.render import BIG, write_html

    g = big_graph(BIG // 2 + 100)
    assert g.number_of_nodes() > BIG
    out = tmp_path / "big.html"
    write_html(g, out)
    page, guard = open_page(out)
    assert page.evaluate("network.body.data.nodes.length") == g.number_of_nodes()
    assert page.evaluate("network.physics.physicsEnabled") is False  # positions came from Python
    unlabelled = "network.body.data.nodes.get({filter: n => n.label === undefined}).length"
    assert page.evaluate(unlabelled) > 0  # only the hubs are labelled at first
    assert page.evaluate("network.body.data.edges.get({filter: e => e.label !== undefined}).length") == 0
    found = page.evaluate("kgSearch('Person 417')")
    assert page.evaluate(f"network.body.data.nodes.get({found}).label") == "Person 417"
    assert page.evaluate(unlabelled) == 0  # searching (or zooming in) labels everything
    assert "Person 417" in page.locator("#kg-details").inner_text()
    assert guard.errors == [] and guard.blocked == []
