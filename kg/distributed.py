"""Extraction on a Dask distributed cluster, for corpora beyond one machine.

The cluster only extracts: each task turns a chunk of documents into
N-Triples text per document graph (the same :class:`kg.pipeline._Done`
records the local process pool returns), and the submitting process writes
them, to the store (best a remote SPARQL server) or to N-Quads shards for a
store's own bulk loader. Workers load the extractor once per process and keep
it between tasks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.errors import InvalidInput, KGError
from kg.model import Document

_EXTRACTORS: dict[str, object] = {}


def _extract_on_worker(docs: list[Document], extractor: str):
    """Runs on a Dask worker: reuse the process's extractor, then the pipeline's own chunk function."""
    from kg import pipeline

    if extractor not in _EXTRACTORS:
        pipeline._init_worker(extractor)
        _EXTRACTORS[extractor] = pipeline._EXTRACTOR
    pipeline._EXTRACTOR = _EXTRACTORS[extractor]
    return pipeline._extract_chunk(docs)


def run_chunks(chunks: Iterator[list[Document]], extractor: str, address: str, *, in_flight: int = 8):
    """Yield extraction results for ``chunks`` computed on the cluster at ``address``."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # an optional extra
        raise KGError("--scheduler needs Dask: pip install 'rightsgraph[distributed]'") from exc
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise KGError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    except ValueError as exc:  # an address Dask cannot read ("host" without a port, an unknown protocol)
        raise InvalidInput(f"--scheduler {address!r}: {exc} (expected e.g. tcp://host:8786)") from None
    try:
        pending = as_completed()
        for chunk in chunks:
            pending.add(client.submit(_extract_on_worker, chunk, extractor, pure=False))
            while pending.count() >= in_flight:
                yield from next(pending).result()
        for future in pending:
            yield from future.result()
    finally:
        client.close()


class ShardWriter:
    """Writes finished document graphs as numbered N-Quads files instead of into a store."""

    def __init__(self, folder: str | Path, *, max_docs: int = 1000):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.max_docs = max_docs
        self._n = len(list(self.folder.glob("shard-*.nq")))
        self._docs = 0
        self._fh = None

    def write(self, graph: str, triples: str, shared: Mapping[str, str] | None = None) -> None:
        """Write a document's graph, and what it adds to shared graphs (entity descriptions, ...) into those."""
        if self._fh is None or self._docs >= self.max_docs:
            self.close()
            self._fh = (self.folder / f"shard-{self._n:06d}.nq.part").open("w", encoding="utf-8")
            self._docs = 0
        for name, text in ((graph, triples), *(shared or {}).items()):
            for line in text.split("\n"):
                if line:
                    self._fh.write(f"{line[:-1].rstrip()} <{name}> .\n")
        self._docs += 1

    def close(self) -> None:
        """Finish the open shard; a shard only gets its final name once complete."""
        if self._fh is not None:
            part = Path(self._fh.name)
            self._fh.close()
            part.rename(part.with_suffix(""))
            self._n += 1
            self._fh = None
