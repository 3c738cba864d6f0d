"""The exporter interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import BinaryIO

from kg.store import Store


class Exporter(ABC):
    FORMAT: str
    MIME_TYPE: str
    EXTENSION: str

    @abstractmethod
    def write(self, store: Store, out: BinaryIO) -> None:
        """Write the whole graph (or dataset) to ``out``."""
