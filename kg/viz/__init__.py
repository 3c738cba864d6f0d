"""Pictures of the graph: an offline HTML page (vis-network), GraphML, GEXF, PNG and SVG.

This module only names the formats and layouts, so the CLI can list them
without importing networkx; the writers live in :mod:`kg.viz.render`, the
layouts in :mod:`kg.viz.layout`, the page's own script and style beside them.
"""

FORMATS = ("html", "graphml", "gexf", "png", "svg")
LAYOUTS = ("force", "circular", "kamada-kawai", "spectral", "hierarchical", "physics")


def __getattr__(name):  # kg.viz.render_html etc., imported on first use
    if name in ("render_html", "write_html", "write_graphml", "write_gexf", "write_image", "page_data", "WRITERS", "json_for_script", "safe_url"):
        from kg.viz import render

        return getattr(render, name)
    raise AttributeError(name)
