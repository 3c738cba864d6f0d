"""The extractor interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from kg.model import Document, Extraction


class Extractor(ABC):
    """Turns documents into entities and claims with evidence.

    ``NAME`` is versioned (``rules.v1``): it is recorded on every document graph
    (``kg:extractedWith``) and in the PROV activity, and a change of version
    makes ``kg ingest`` redo documents it has already seen.
    """

    NAME: str = "base.v0"

    @abstractmethod
    def extract(self, doc: Document) -> Extraction:
        """Return everything found in ``doc``. Every evidence span must equal the text at its offsets."""

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Extract several documents; override to batch (e.g. ``nlp.pipe``)."""
        for doc in docs:
            yield self.extract(doc)
