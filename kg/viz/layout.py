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

from kg.viz import LAYOUTS

EXACT_LIMIT = 400


def positions(g: nx.Graph, layout: str = "force", *, seed: int = 1) -> dict | None:
    """``{node: (x, y)}`` scaled for vis-network's pixel space, or None when the browser lays out."""
    if layout in ("hierarchical", "physics") or g.number_of_nodes() == 0:
        return None
    if g.is_multigraph() or g.is_directed():
        # Only the topology: copying node and edge attributes (events carry their evidence) cost more than the layout.
        simple = nx.Graph()
        simple.add_nodes_from(g)
        simple.add_edges_from(g.edges())
    else:
        simple = g
    isolated = sorted((v for v in simple if simple.degree(v) == 0), key=str)
    if isolated and len(isolated) < simple.number_of_nodes():
        simple = simple.subgraph(v for v in simple if simple.degree(v) > 0)
    else:
        isolated = []
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
    out = {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}
    # Nodes without edges go in a grid below the drawing instead of drifting to its rim.
    if isolated:
        bottom = max(y for _, y in out.values()) + 150.0
        left, right = min(x for x, _ in out.values()), max(x for x, _ in out.values())
        per_row = max(1, int((right - left) // 60) + 1)
        for i, node in enumerate(isolated):
            out[node] = (left + 60.0 * (i % per_row), bottom + 60.0 * (i // per_row))
    return out


def force_layout(g: nx.Graph, *, iterations: int = 35, seed: int = 1) -> dict:
    """Fruchterman-Reingold with multilevel-grid repulsion; returns positions in about [-1, 1].

    Repulsion is split like a fast multipole method on a quadtree of grids:
    at each level a cell feels the mass centroids of the cells that are
    children of its parent cell's neighbours but not its own neighbours (and
    passes that force on to its nodes), and
    at the finest level (cells about two ideal edge lengths wide) it feels
    nearby nodes exactly (scipy's k-d tree). Each step costs O(n log n).
    """
    nodes = list(g.nodes())
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = math.sqrt(4.0 / n)  # ideal edge length in a [-1, 1]^2 box
    offsets = np.array([(a, b) for a in range(6) for b in range(6)], dtype=np.int64)
    temperature = 0.25
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        lo = pos.min(axis=0) - 1e-9
        span = float((pos.max(axis=0) - lo).max()) + 2e-9
        top = min(max(2, math.ceil(math.log2(span / (2 * k)))), 10)  # finest cells about 2k wide
        for level in range(2, top + 1):
            side = 2**level
            cell = np.minimum(((pos - lo) / span * side).astype(np.int64), side - 1)
            flat = cell[:, 0] * side + cell[:, 1]
            mass = np.bincount(flat, minlength=side * side).astype(float)
            safe = np.maximum(mass, 1.0)
            cx = np.bincount(flat, weights=pos[:, 0], minlength=side * side) / safe
            cy = np.bincount(flat, weights=pos[:, 1], minlength=side * side) / safe
            # Per occupied cell, at its centroid: the 6x6 children of the parent's 3x3
            # neighbourhood, minus the cell's own 3x3 neighbourhood (that is a finer level's job).
            occ, inv = np.unique(flat, return_inverse=True)
            ox, oy = occ // side, occ % side
            X = (2 * (ox // 2) - 2)[:, None] + offsets[None, :, 0]
            Y = (2 * (oy // 2) - 2)[:, None] + offsets[None, :, 1]
            valid = (X >= 0) & (X < side) & (Y >= 0) & (Y < side)
            valid &= ~((np.abs(X - ox[:, None]) <= 1) & (np.abs(Y - oy[:, None]) <= 1))
            idx = np.where(valid, X * side + Y, 0)
            m = np.where(valid, mass[idx], 0.0)
            dx = cx[occ][:, None] - cx[idx]
            dy = cy[occ][:, None] - cy[idx]
            w = m * (k * k) / np.maximum(dx * dx + dy * dy, 1e-9)
            disp[:, 0] += np.einsum("ij,ij->i", dx, w)[inv]
            disp[:, 1] += np.einsum("ij,ij->i", dy, w)[inv]
        # Near field (the finest level's 3x3 neighbourhood), exact.
        radius = 1.5 * span / 2**top
        pairs = _close_pairs(pos, radius)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist2 = np.maximum((delta * delta).sum(axis=1), 1e-9)
            push = delta * ((k * k) / dist2)[:, None]
            _scatter_add(disp, pairs[:, 0], push)
            _scatter_add(disp, pairs[:, 1], -push)
        # Attraction along edges, d^2 / k.
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
            force = delta * (dist / k)[:, None]
            _scatter_add(disp, edges[:, 0], -force)
            _scatter_add(disp, edges[:, 1], force)
        # Gentle gravity keeps separate components together.
        disp -= pos * (0.2 * k * math.sqrt(n))
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    pos /= max(float(np.percentile(np.abs(pos), 99.5)), 1e-9)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def _close_pairs(pos: np.ndarray, radius: float) -> np.ndarray:
    """Index pairs closer than ``radius`` (scipy k-d tree; a sort-and-sweep on x without scipy)."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - scipy is in the viz extra
        order = np.argsort(pos[:, 0])
        xs = pos[order, 0]
        out = []
        for shift in range(1, len(order)):
            near = np.nonzero(xs[shift:] - xs[:-shift] < radius)[0]
            if not len(near):
                break
            a, b = order[near], order[near + shift]
            close = ((pos[a] - pos[b]) ** 2).sum(axis=1) < radius * radius
            out.append(np.stack([a[close], b[close]], axis=1))
        return np.concatenate(out) if out else np.zeros((0, 2), dtype=np.int64)
    return cKDTree(pos).query_pairs(radius, output_type="ndarray")


def _scatter_add(target: np.ndarray, index: np.ndarray, values: np.ndarray) -> None:
    """``np.add.at(target, index, values)`` for (n, 2) arrays, via bincount (many times faster)."""
    n = target.shape[0]
    target[:, 0] += np.bincount(index, weights=values[:, 0], minlength=n)
    target[:, 1] += np.bincount(index, weights=values[:, 1], minlength=n)
