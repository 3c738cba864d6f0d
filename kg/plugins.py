"""A small registry of extension points, loaded lazily by name.

Kinds: ``extractors``, ``exporters``, ``linkers``. Built-ins and third-party
plugins are both declared as ``setup.cfg`` entry points in the group
``kg.<kind>`` (``name = module:Class``), so adding one is a new file plus one
line. Modules are imported only when a plugin is asked for by name, as rdflib's
``plugin.register`` does, which keeps ``kg --help`` fast. :func:`register`
adds entries at run time (for tests and notebooks).
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from kg.errors import KGError

_EXTRA: dict[str, dict[str, str]] = {}


def register(kind: str, name: str, target: str) -> None:
    """Register ``module:Class`` under ``name`` for ``kind`` (overrides entry points)."""
    _EXTRA.setdefault(kind, {})[name] = target


def available(kind: str) -> dict[str, str]:
    """Name -> ``module:attr`` of every plugin of ``kind``, sorted by name."""
    found = {ep.name: ep.value for ep in entry_points(group=f"kg.{kind}")}
    found.update(_EXTRA.get(kind, {}))
    return dict(sorted(found.items()))


def load(kind: str, name: str):
    """Import and return the object registered as ``name``."""
    targets = available(kind)
    if name not in targets:
        choices = ", ".join(targets) or "none installed"
        raise KGError(f"unknown {kind[:-1]} {name!r} (available: {choices})")
    module, _, attr = targets[name].partition(":")
    obj = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj
