"""Source settings from ``data/sources/<name>.yml`` (nomenklatura-style ``type: module:Class``)."""

from __future__ import annotations

import importlib

import yaml

from kg.errors import InvalidInput
from kg.link.base import Linker
from kg.resources import sources_dir


def settings(name: str) -> dict:
    path = sources_dir() / f"{name}.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidInput(f"{path}: cannot read source settings ({exc})") from None
    return data


def linker_class(name: str) -> type[Linker]:
    """The linker class a source's settings name, checked to be a :class:`Linker`."""
    target = settings(name).get("type", "")
    module, _, attr = target.partition(":")
    try:
        cls = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError, ValueError):
        raise InvalidInput(f"source {name}: cannot import {target!r}") from None
    if not (isinstance(cls, type) and issubclass(cls, Linker)):
        raise InvalidInput(f"source {name}: {target} is not a kg.link.base.Linker")
    return cls
