"""Extractors turn a :class:`kg.model.Document` into an :class:`kg.model.Extraction`.

Pick one by name with :func:`get_extractor`; register new ones in ``setup.cfg``
under ``[options.entry_points] kg.extractors``.
"""

from __future__ import annotations

from kg import plugins
from kg.extract.base import Extractor

DEFAULT = "rules"


def get_extractor(name: str = DEFAULT, **options) -> Extractor:
    cls = plugins.load("extractors", name)
    return cls(**options)


__all__ = ["Extractor", "get_extractor", "DEFAULT"]
