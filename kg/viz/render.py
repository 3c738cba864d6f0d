"""Writers: networkx graph (from :mod:`kg.graph`) -> one self-contained HTML page, GraphML, GEXF, PNG or SVG.

The page inlines vis-network's script and style, read at run time from the
installed ``pyvis`` package, plus this package's ``page.js`` and ``page.css``;
it loads nothing from any host and a Content-Security-Policy lets only those
exact scripts run. The graph's data travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and
U+2028/9 escaped, and the page renders document text with ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import warnings
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.graph import display
from kg.ids import show_controls
from kg.viz import LAYOUTS
from kg.viz.layout import positions

BIG = 1000  # above this many nodes the page starts with physics off and straight edges
VIS_VERSION = "9.1.2"

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(data) -> str:
    """JSON that is inert inside ``<script type="application/json">`` (no ``</script>``, no ``<!--``).

    >>> json_for_script({"q": "</script><b>&"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return show_controls(re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text))  # bidi controls in any string are shown, never obeyed


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) URL without whitespace or quotes, else ``""``."""
    return url if isinstance(url, str) and re.fullmatch(r"https?://[^\s\"'<>`]+", url, flags=re.IGNORECASE) else ""


def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath(name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    """vis-network as shipped inside the installed pyvis package (not copied into this repository)."""
    return resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}", name).read_text(encoding="utf-8")


def _inline_script(code: str) -> str:
    # A literal "</script" (any case) would end the element early; "<\/" means the same in JavaScript.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


# ---------------------------------------------------------------------------- page data


def page_data(g: nx.MultiDiGraph, *, layout: str = "force", physics: bool | None = None, events: str = "nodes") -> dict:
    """The JSON the page reads: nodes with positions, edges, events with evidence, documents, legend."""
    d = display()
    order = sorted(g.nodes(), key=lambda n: (g.nodes[n].get("kind") == "event", str(n)))
    index = {n: i for i, n in enumerate(order)}
    degree = dict(g.degree())
    pos = positions(g, layout)
    big = len(order) > BIG
    docs: list[dict] = []
    doc_index: dict[tuple, int] = {}
    events_out: list[dict] = []
    captions: dict[str, str] = {}

    def doc_ref(meta: dict) -> int:
        key = (meta.get("id", ""), meta.get("title", ""), meta.get("url", ""))
        if key not in doc_index:
            doc_index[key] = len(docs)
            docs.append({"id": meta.get("id", ""), "title": meta.get("title", ""), "date": str(meta.get("date", "")), "publisher": meta.get("publisher", ""), "url": safe_url(meta.get("url", ""))})
        return doc_index[key]

    def event_ref(a: dict) -> int:
        style = d.style(a["cls"])
        events_out.append(
            {
                "cls": style.key,
                "caption": style.caption,
                "status": a.get("status") or "",
                "confidence": a.get("confidence"),
                "date": str(a.get("date") or ""),
                "roles": [[label, str(value)] for _, label, value in a.get("roles", [])],
                "evidence": [{"quote": e["quote"], "start": e["start"], "end": e["end"], "doc": doc_ref(e["doc"])} for e in a.get("evidence", [])],
            }
        )
        return len(events_out) - 1

    nodes = []
    for n in order:
        a = g.nodes[n]
        deg = degree.get(n, 0)
        style = d.style(a.get("cls", "Entity"))
        item = {
            "id": index[n], "iri": str(n), "label": str(a.get("label", n)), "cls": style.key, "kind": a.get("kind", "entity"),
            "size": round(min(10 + 4 * math.sqrt(deg), 60), 1) if a.get("kind") != "event" else round(min(7 + 2 * math.sqrt(deg), 30), 1),
        }
        # Colour, shape and caption come with the node's class (a vis-network group); a node carries only what differs,
        # which keeps a 5,000-node page's JSON about a third smaller.
        cls = a.get("cls", "Entity")
        caption = captions[cls] if cls in captions else captions.setdefault(cls, d.caption(cls))
        if caption != style.caption:
            item["type"] = caption
        for key, default in (("color", style.color), ("shape", style.shape)):
            if a.get(key) and a[key] != default:
                item[key] = a[key]
        if len(item["label"]) > 40:
            item["short"] = item["label"][:38] + "\u2026"
        if pos is not None:
            item["x"], item["y"] = round(pos[n][0], 1), round(pos[n][1], 1)
        if a.get("kind") == "event":
            item["ev"] = event_ref(a)
        elif a.get("kind") == "document":
            item["doc"] = doc_ref({"id": a.get("label", ""), **a})
        nodes.append(item)

    edges = []
    pair_count: Counter = Counter()
    for u, v, a in sorted(g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], str(e[2].get("label", "")))):
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        k = pair_count[pair]
        pair_count[pair] += 1
        item = {"from": index[u], "to": index[v], "label": str(a.get("label", ""))}
        if k and not big:
            item["smooth"] = round(0.15 * k, 2)
        if "event" in a:
            item["ev"] = event_ref(a["event"])
        edges.append(item)

    classes = Counter(item["cls"] for item in nodes)
    kinds = {item["cls"]: item["kind"] for item in nodes}
    # Events folded into edges are filtered by their class too, so their classes join the legend (counted as edges).
    edge_classes = Counter(events_out[e["ev"]]["cls"] for e in edges if "ev" in e)
    for key in edge_classes:
        kinds.setdefault(key, "event")
    styles = sorted((d.style(c) for c in set(classes) | set(edge_classes)), key=lambda s: (s.order, s.caption))
    # Entities and concepts no event involves stay on the page (in a grid below the drawing), and can be hidden together.
    for item in nodes:
        if item["kind"] in ("entity", "concept") and not degree.get(order[item["id"]], 0):
            item["lone"] = True
    statuses = Counter(e["status"] or "(none)" for e in events_out)
    focus = g.graph.get("focus")
    return {
        "nodes": nodes,
        "edges": edges,
        "events": events_out,
        "docs": docs,
        "classes": [{"key": s.key, "caption": s.caption, "color": s.color, "shape": s.shape, "kind": kinds[s.key], "count": classes[s.key], "edges": edge_classes[s.key]} for s in styles],
        "statuses": [{"status": s, "count": c} for s, c in sorted(statuses.items())],
        "options": {
            "physics": (layout == "physics" and not big) if physics is None else physics,
            "big": big,
            "layout": layout,
            "events": events,
            "focus": index.get(focus) if focus is not None else None,
        },
    }


def render_html(g: nx.MultiDiGraph, *, title: str = "rightsgraph", layout: str = "force", physics: bool | None = None, events: str = "nodes") -> str:
    """The whole page as one string; nothing in it refers to another host."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    data = page_data(g, layout=layout, physics=physics, events=events)
    scripts = {"vis_js": _inline_script(_vis_asset("vis-network.min.js")), "app_js": _inline_script(_asset("page.js"))}
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'" for s in scripts.values())
    parts = {
        "title": html.escape(title),
        "vis_css": _vis_asset("vis-network.css").replace("</", "<\\/"),
        "app_css": _asset("page.css"),
        "data": json_for_script(data),
        "script_hashes": hashes,
        **scripts,
    }
    # One pass, so text put in by one marker is never scanned for another.
    return re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], _asset("page.html"))


def write_html(g: nx.MultiDiGraph, path: Path, **options) -> None:
    Path(path).write_text(render_html(g, **options), encoding="utf-8")


# ---------------------------------------------------------------------------- Gephi / Cytoscape


def flat_graph(g: nx.MultiDiGraph, *, layout: str = "force") -> nx.MultiDiGraph:
    """A copy with only scalar attributes (what GraphML and GEXF can hold): quotes and sources joined as text."""
    out = nx.MultiDiGraph()
    pos = positions(g, layout) if layout not in ("hierarchical", "physics") else None
    degree = dict(g.degree())
    for n, a in g.nodes(data=True):
        attrs = {"label": str(a.get("label", n)), "cls": a.get("cls", ""), "kind": a.get("kind", ""), "color": a.get("color", ""), "shape": a.get("shape", ""), "degree": int(degree.get(n, 0))}
        attrs.update(_event_attrs(a) if a.get("kind") == "event" else {})
        for key in ("title", "url", "publisher", "date"):
            if a.get(key):
                attrs[key] = str(a[key])
        if pos is not None:
            attrs["x"], attrs["y"] = float(pos[n][0]), float(pos[n][1])
        out.add_node(str(n), **_shown(attrs))
    # The edge key is written as the GraphML edge id, and Gephi keeps only the first edge of an id: a role
    # ("authority") or an event IRI repeats, so each edge gets its own key (the role is an attribute).
    for i, (u, v, a) in enumerate(g.edges(data=True)):
        attrs = {"label": str(a.get("label", "")), "role": str(a.get("role", ""))}
        if "event" in a:
            attrs["event"] = str(a["event"].get("iri", ""))
            attrs.update(_event_attrs(a["event"]))
        out.add_edge(str(u), str(v), key=f"e{i}", **_shown(attrs))
    return out


def _shown(attrs: dict) -> dict:
    """String attributes with bidi controls made visible: Cytoscape and Gephi would obey them."""
    return {k: show_controls(v) if isinstance(v, str) else v for k, v in attrs.items()}


def _event_attrs(a: dict) -> dict:
    ev = a.get("evidence", [])
    docs = [e["doc"] for e in ev]
    # Lists are JSON arrays of strings: any separator could occur inside a quote or a title, a JSON array reads back exactly.
    out = {
        "status": a.get("status") or "",
        "date": str(a.get("date") or ""),
        "quote": _json_list(e["quote"] for e in ev),
        "source": _json_list(sorted({doc.get("title") or doc.get("id", "") for doc in docs})),
        "source_url": _json_list(sorted({safe_url(doc.get("url", "")) for doc in docs} - {""})),
    }
    if a.get("confidence") is not None:
        out["confidence"] = float(a["confidence"])
    return out


def _json_list(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def write_graphml(g: nx.MultiDiGraph, path: Path, **options) -> None:
    nx.write_graphml(flat_graph(g, layout=options.get("layout", "force")), str(path))


def write_gexf(g: nx.MultiDiGraph, path: Path, **options) -> None:
    flat = flat_graph(g, layout=options.get("layout", "force"))
    for n, a in flat.nodes(data=True):  # GEXF viz module: Gephi shows these colours and positions
        rgb = a.get("color", "#999999").lstrip("#")
        viz = {"color": {"r": int(rgb[0:2], 16), "g": int(rgb[2:4], 16), "b": int(rgb[4:6], 16), "a": 1.0}, "size": 5 + 2 * math.sqrt(a["degree"])}
        if "x" in a:
            viz["position"] = {"x": a["x"], "y": -a["y"], "z": 0.0}
        a["viz"] = viz
    nx.write_gexf(flat, str(path))


# ---------------------------------------------------------------------------- static pictures

_MARKERS = {"dot": "o", "ellipse": "o", "square": "s", "box": "s", "diamond": "D", "triangle": "^", "triangleDown": "v", "star": "*", "hexagon": "h"}


def write_image(g: nx.MultiDiGraph, path: Path, *, fmt: str = "png", layout: str = "force", title: str = "", **_) -> None:
    """A static picture for reports (matplotlib): colours, shapes and legend as on the page; edge labels on small graphs."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    d = display()
    pos = positions(g, "force" if layout in ("hierarchical", "physics") else layout) or {}
    n = g.number_of_nodes()
    size = 8 if n < 60 else 12 if n < 600 else 18
    fig, ax = plt.subplots(figsize=(size * 1.4, size), dpi=110)
    ax.set_axis_off()
    if title:
        ax.set_title(title.replace("$", r"\$"))
    degree = dict(g.degree())
    xy = {k: (x, -y) for k, (x, y) in pos.items()}
    for u, v, a in g.edges(data=True):
        (x1, y1), (x2, y2) = xy[u], xy[v]
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops={"arrowstyle": "-|>", "color": "#999", "lw": 0.7, "shrinkA": 6, "shrinkB": 6}, zorder=1)
        if n <= 80 and a.get("label"):
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, show_controls(a["label"]), fontsize=6, color="#444", ha="center", va="center", zorder=2, parse_math=False, bbox={"fc": "white", "ec": "none", "alpha": 0.7, "pad": 0.5})
    by_style: dict[tuple, list] = {}
    for node, a in g.nodes(data=True):
        by_style.setdefault((a.get("color", "#999"), a.get("shape", "dot")), []).append(node)
    for (color, shape), members in by_style.items():
        ax.scatter([xy[m][0] for m in members], [xy[m][1] for m in members], s=[30 + 25 * math.sqrt(degree.get(m, 0)) for m in members], c=color, marker=_MARKERS.get(shape, "o"), edgecolors="#333", linewidths=0.5, zorder=3)
    if n <= 150:
        for node, a in g.nodes(data=True):
            if a.get("kind") != "event":
                label = show_controls(str(a.get("label", "")))
                ax.text(xy[node][0], xy[node][1] - 12, label if len(label) < 40 else label[:38] + "…", fontsize=7, ha="center", va="top", zorder=4, parse_math=False)
    classes = sorted({a.get("cls", "Entity") for _, a in g.nodes(data=True)}, key=lambda c: (d.style(c).order, c))
    # Country, Region and Place share one caption and style ("place"), as on the page: one legend entry, not three
    styles = list(dict.fromkeys((d.style(c).caption, d.style(c).shape, d.style(c).color) for c in classes))
    handles = [Line2D([], [], linestyle="", marker=_MARKERS.get(shape, "o"), markerfacecolor=color, markeredgecolor="#333", markersize=8, label=caption) for caption, shape, color in styles]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    with warnings.catch_warnings():
        # a one-node picture leaves tight_layout no room for the legend; it then keeps the default margins
        warnings.filterwarnings("ignore", message="Tight layout not applied", category=UserWarning)
        fig.tight_layout()
    fig.savefig(str(path), format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)


WRITERS = {
    "html": write_html,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "png": lambda g, path, **o: write_image(g, path, fmt="png", **o),
    "svg": lambda g, path, **o: write_image(g, path, fmt="svg", **o),
}
