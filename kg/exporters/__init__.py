"""Export formats, one module each, registered as ``kg.exporters`` entry points.

An exporter has ``FORMAT``, ``MIME_TYPE``, ``EXTENSION`` and ``write(store, out)``
to a binary stream. ``kg export --format`` offers exactly the registered names.
"""

from __future__ import annotations

from kg import plugins


def formats() -> list[str]:
    return list(plugins.available("exporters"))


def get_exporter(name: str):
    return plugins.load("exporters", name)()
