"""The page writer without a browser: escaping rules and where vis-network comes from."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from kg.viz.render import json_for_script, safe_url


def test_json_for_script_cannot_close_its_element():
    hostile = {"q": "</script><script>alert(1)</script><!-- & \u2028\u2029"}
    text = json_for_script(hostile)
    assert not any(ch in text for ch in "<>&\u2028\u2029")
    assert json.loads(text) == hostile


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False),
    ("data:text/html,<script>", False),
    ("https://example.org/\"onmouseover=alert(1)", False),
    ("//example.org", False),
    ("", False),
])
def test_only_http_urls_become_links(url, ok):
    assert (bool(safe_url(url)) and safe_url(url) == url) is ok


def test_docstring_examples():
    import kg.graph
    import kg.viz.render

    for module in (kg.graph, kg.viz.render):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_vis_network_comes_from_the_installed_pyvis_and_is_not_in_the_repository():
    from importlib import resources

    import networkx as nx

    from kg.viz.render import VIS_VERSION, render_html

    shipped = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}", "vis-network.min.js").read_text(encoding="utf-8")
    g = nx.MultiDiGraph()
    g.add_node("urn:x", label="x", cls="Person", kind="entity")
    page = render_html(g)
    assert shipped[:2000] in page and shipped[-2000:].replace("</script", "<\\/script") in page
    repo = Path(__file__).parents[2]
    assert not [p for p in repo.rglob("vis-network*.js") if ".git" not in p.parts and "site-packages" not in str(p)]


def test_a_node_carries_only_the_style_that_differs_from_its_class():
    import networkx as nx

    from kg.graph import display
    from kg.viz.render import page_data

    person = display().style("Person")
    g = nx.MultiDiGraph()
    g.add_node("urn:a", label="a", cls="Person", kind="entity", color=person.color, shape=person.shape)
    g.add_node("urn:b", label="b", cls="Person", kind="entity", color="#123456", shape=person.shape)
    g.add_node("urn:s", label="s", cls="Statute", kind="entity")
    nodes = {n["label"]: n for n in page_data(g)["nodes"]}
    assert "color" not in nodes["a"] and "shape" not in nodes["a"] and "type" not in nodes["a"]
    assert nodes["b"]["color"] == "#123456" and "shape" not in nodes["b"]
    assert nodes["s"]["type"] == "statute"  # the legend groups it under "statute / program"; the panel names it exactly


def test_a_pictures_legend_names_each_caption_once(tmp_path, monkeypatch):
    """Country, Region and Place are all "place" (and Statute and SanctionsProgram "statute / program"): the PNG legend listed each class."""
    import matplotlib.axes
    import networkx as nx

    from kg.graph import display
    from kg.viz.render import write_image

    legends = []
    original = matplotlib.axes.Axes.legend
    monkeypatch.setattr(matplotlib.axes.Axes, "legend", lambda ax, *a, **k: legends.append([h.get_label() for h in k["handles"]]) or original(ax, *a, **k))
    g = nx.MultiDiGraph()
    for i, cls in enumerate(["Country", "Region", "Place", "Statute", "SanctionsProgram", "Person"]):
        g.add_node(f"n{i}", label=cls, cls=cls, kind="entity")
    write_image(g, tmp_path / "g.png")
    captions = [display().style(c).caption for c in ("Place", "Statute", "Person")]
    assert len(legends) == 1 and sorted(legends[0]) == sorted(captions)
