"""The extractor interface."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from kg.errors import KGError, SourceAbort
from kg.model import Document, Extraction

log = logging.getLogger(__name__)


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


def extract_each(extractor: Extractor, docs: list[Document]) -> Iterator[tuple[Document, Extraction | None, str | None]]:
    """``(doc, extraction, None)`` for each document, or ``(doc, None, message)`` for one the extractor failed on.

    The batch is tried whole first (``nlp.pipe`` is much faster than one text at
    a time); if it fails, each document on its own, so a text that trips an
    extractor bug is reported with its path instead of sinking the others.
    :class:`~kg.errors.SourceAbort` (an endpoint refusing every call) still stops the run.
    """
    try:
        done = list(extractor.extract_many(docs))
    except SourceAbort:
        raise
    except Exception as exc:
        if len(docs) == 1:  # the batch was this document: asking again would repeat the work (and a paid LLM call)
            yield docs[0], None, failure(docs[0], exc)
            return
        for doc in docs:
            try:
                yield doc, extractor.extract(doc), None
            except SourceAbort:
                raise
            except Exception as exc:
                yield doc, None, failure(doc, exc)
        return
    yield from ((doc, x, None) for doc, x in zip(docs, done))


def failure(doc: Document, exc: Exception) -> str:
    """The one-line report of a document the extractor (or what follows it) failed on."""
    if isinstance(exc, KGError):
        return str(exc)  # names the document and the problem already (e.g. an endpoint's answer)
    log.debug("extraction failed for %s", doc.id, exc_info=exc)
    return f"{doc.path or doc.id}: extraction failed ({type(exc).__name__}: {exc})"
