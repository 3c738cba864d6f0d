"""networkx -> an interactive HTML page (pyvis / vis-network).

The vis-network script is inlined from the installed pyvis package so the page
needs no CDN for the graph itself; document text is escaped before it becomes
a tooltip.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

COLORS = {
    "Person": "#e15759", "Organization": "#4e79a7", "GovernmentBody": "#59a14f", "Group": "#edc948",
    "Country": "#76b7b2", "Region": "#76b7b2", "Place": "#76b7b2", "Statute": "#b07aa1", "SanctionsProgram": "#b07aa1",
    "Medium": "#9c755f", "Platform": "#9c755f", "Concept": "#bab0ac",
}


def write_html(graph: nx.MultiDiGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        cls = data.get("cls", "")
        net.add_node(node, label=data.get("label", node), title=html.escape(data.get("title") or f"{cls}: {data.get('label', '')}"), color=COLORS.get(cls, "#ff9da7"), shape="dot" if cls in COLORS else "box")
    for u, v, data in graph.edges(data=True):
        net.add_edge(u, v, label=data.get("label", ""), title=data.get("label", ""))
    Path(path).write_text(net.generate_html(), encoding="utf-8")
