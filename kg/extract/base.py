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
    """``(doc, extraction, None)`` for each document in order, or ``(doc, None, message)`` for one the extractor failed on.

    A text that trips an extractor bug is reported with its path instead of
    sinking the others, and no document is extracted twice when it need not
    be (an LLM call costs money): an extractor that batches (``nlp.pipe``)
    runs the documents after a failure as a new batch, and asks again only
    for the one it failed on, alone, since a batch failure may not be that
    document's; one that reads documents one at a time failed on that one.
    :class:`~kg.errors.SourceAbort` (an endpoint refusing every call) still stops the run.
    """
    batching = type(extractor).extract_many is not Extractor.extract_many
    rest = list(docs)
    while rest:
        results = extractor.extract_many(rest)
        for i, doc in enumerate(rest):
            try:
                yield doc, next(results), None
            except SourceAbort:
                raise
            except Exception as exc:
                yield doc, *_alone(extractor, doc, exc, retry=batching and len(rest) > 1)
                rest = rest[i + 1:]
                break
        else:
            rest = []


def _alone(extractor: Extractor, doc: Document, exc: Exception, retry: bool) -> tuple[Extraction | None, str | None]:
    if retry:
        try:
            return extractor.extract(doc), None
        except SourceAbort:
            raise
        except Exception as again:
            exc = again
    return None, failure(doc, exc)


def failure(doc: Document, exc: Exception) -> str:
    """The one-line report of a document the extractor (or what follows it) failed on."""
    if isinstance(exc, KGError):
        return str(exc)  # names the document and the problem already (e.g. an endpoint's answer)
    log.debug("extraction failed for %s", doc.id, exc_info=exc)
    return f"{doc.path or doc.id}: extraction failed ({type(exc).__name__}: {exc})"
