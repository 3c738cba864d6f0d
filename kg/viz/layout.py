"""Node positions computed before the page opens, so the browser draws at once.

``force`` is a Fruchterman-Reingold layout in numpy. Small graphs use
networkx's exact ``spring_layout``; above :data:`EXACT_LIMIT` nodes,
repulsion is computed against the centroids of a coarse grid (a particle-mesh
approximation: O(n * cells) per step instead of O(n^2)), which lays out 5,000
nodes in well under a second. Positions are deterministic (fixed seed).
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

EXACT_LIMIT = 400
LAYOUTS = ("force", "circular", "kamada-kawai", "spectral", "hierarchical", "physics")


def positions(g: nx.Graph, layout: str = "force", *, seed: int = 1) -> dict | None:
    """``{node: (x, y)}`` scaled for vis-network's pixel space, or None when the browser lays out."""
    if layout in ("hierarchical", "physics") or g.number_of_nodes() == 0:
        return None
    simple = nx.Graph(g.to_undirected(as_view=True)) if g.is_multigraph() or g.is_directed() else g
    n = simple.number_of_nodes()
    if layout == "circular":
        pos = nx.circular_layout(simple)
    elif layout == "kamada-kawai":
        pos = nx.kamada_kawai_layout(simple) if n <= 1500 else force_layout(simple, seed=seed)
    elif layout == "spectral":
        pos = nx.spectral_layout(simple) if n > 2 else nx.circular_layout(simple)
    elif layout == "force":
        pos = nx.spring_layout(simple, seed=seed, iterations=80) if n <= EXACT_LIMIT else force_layout(simple, seed=seed)
    else:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    scale = 90.0 * math.sqrt(n) + 100.0
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}


def force_layout(g: nx.Graph, *, iterations: int = 60, seed: int = 1, cells: int | None = None) -> dict:
    """Fruchterman-Reingold with grid-approximated repulsion; returns positions in about [-1, 1]."""
    nodes = list(g.nodes())
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = math.sqrt(4.0 / n)  # ideal edge length in a [-1, 1]^2 box
    side = cells or max(4, min(48, int(math.sqrt(n) / 1.5)))
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        # Repulsion from grid-cell centroids (mass = nodes in the cell), k^2 / d.
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9)
        cell = np.minimum(((pos - lo) / span * side).astype(np.int64), side - 1)
        flat = cell[:, 0] * side + cell[:, 1]
        mass = np.bincount(flat, minlength=side * side).astype(float)
        occupied = np.nonzero(mass)[0]
        cx = np.bincount(flat, weights=pos[:, 0], minlength=side * side)[occupied] / mass[occupied]
        cy = np.bincount(flat, weights=pos[:, 1], minlength=side * side)[occupied] / mass[occupied]
        m = mass[occupied]
        dx = pos[:, 0:1] - cx[None, :]
        dy = pos[:, 1:2] - cy[None, :]
        d2 = dx * dx + dy * dy
        own = flat[:, None] == occupied[None, :]
        # Inside its own cell a node feels the others spread over the cell, not a point at the centroid.
        floor = (span.max() / side) ** 2 * 0.25
        d2 = np.where(own, np.maximum(d2, floor), np.maximum(d2, 1e-6))
        weight = np.where(own, m - 1.0, m)[...] * (k * k) / d2
        disp[:, 0] += (dx * weight).sum(axis=1)
        disp[:, 1] += (dy * weight).sum(axis=1)
        # Attraction along edges, d^2 / k.
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
            force = (delta * (dist / k)[:, None])
            np.add.at(disp, edges[:, 0], -force)
            np.add.at(disp, edges[:, 1], force)
        # Gentle gravity keeps separate components together.
        disp -= pos * (0.05 * n * k)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}
