"""Queries in worker processes, so a query that runs too long can be stopped.

pyoxigraph cannot cancel a query from Python, so each query runs in a worker
process that is killed when its time is up (and replaced on the next request).
``kg query`` uses a pool of one; ``kg serve`` a pool of several, so one slow
query never blocks the other clients.

A worker opens the store itself, read-only: the embedded store allows one
writer, and read-only opens beside it. A read-only open sees the store as it
was when opened, so a worker reopens it when the store's files have changed
(an ingest committed meanwhile).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from dataclasses import asdict
from pathlib import Path

from kg import errors
from kg.sparql import QueryOutput, QueryRequest, QueryTimeout


def _fingerprint(location: str):
    path = Path(location)
    if not path.is_dir():
        return None
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path) if e.name != "LOG" and not e.name.startswith("LOG.")))
    except OSError:
        return None


class _Opener:
    """Keeps a read-only store open, reopening it when the files on disk changed."""

    def __init__(self, location: str, options: dict):
        self.location, self.options = location, options
        self.store = None
        self.stamp = None
        self.remote = location.startswith(("http://", "https://"))

    def get(self):
        from kg.store import open_store

        if self.store is not None and not self.remote:
            stamp = _fingerprint(self.location)
            if stamp != self.stamp:
                self.store.close()
                self.store = None
        if self.store is None:
            self.stamp = None if self.remote else _fingerprint(self.location)
            self.store = open_store(self.location, read_only=True, **self.options)
        return self.store


def _handle(opener: _Opener, request: dict, writable: bool):
    from kg.sparql import execute
    from kg.store import open_store

    req = QueryRequest(**request)
    try:
        if writable and req.allow_update:
            with open_store(opener.location, **opener.options) as st:
                out = execute(st, req)
        else:
            out = execute(opener.get(), req)
        return ("ok", out.data, out.kind, out.count, out.truncated)
    except errors.KGError as exc:
        return ("error", type(exc).__name__, str(exc))
    except Exception as exc:  # noqa: BLE001 - reported to the caller as one line, never a traceback
        return ("error", "QueryError", f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def _worker_main(conn, location: str, options: dict, writable: bool) -> None:
    opener = _Opener(location, options)
    while True:
        try:
            request = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        conn.send(_handle(opener, request, writable))


def _error(name: str, message: str) -> errors.KGError:
    from kg.sparql_guard import QueryRefused

    known = {"QueryRefused": QueryRefused, "QueryTimeout": QueryTimeout}
    cls = known.get(name) or getattr(errors, name, None) or errors.QueryError
    if not (isinstance(cls, type) and issubclass(cls, errors.KGError)):
        cls = errors.QueryError
    return cls(message)


class _Worker:
    def __init__(self, ctx, location: str, options: dict, writable: bool):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, location, options, writable), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


def default_start_method() -> str:
    """forkserver: workers fork from a fresh helper process.

    Plain fork is unsafe here: a child of a process that ever opened an
    on-disk store inherits RocksDB's state without its background threads and
    hangs on its first write; and forking a threaded server is unsafe too.
    """
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class WorkerPool:
    """``size`` worker processes sharing one store location; :meth:`run` gives each request a time limit.

    >>> pool = WorkerPool("/tmp/no-store-here", size=1)   # doctest: +SKIP
    >>> pool.run(QueryRequest(text="ASK {}"), timeout=5)   # doctest: +SKIP
    """

    def __init__(self, location: str, *, size: int = 1, options: dict | None = None, start_method: str | None = None, writable: bool = False):
        self.location = location
        self.options = options or {}
        self.writable = writable
        self.ctx = multiprocessing.get_context(start_method or default_start_method())
        self.slots: queue.Queue = queue.Queue()
        for _ in range(size):
            self.slots.put(None)  # workers start on first use
        self.size = size
        self._closed = False

    def run(self, request: QueryRequest, *, timeout: float) -> QueryOutput:
        deadline = time.monotonic() + timeout
        try:
            worker = self.slots.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"query timed out after {timeout:g} s (every worker was busy)") from None
        try:
            if worker is None or not worker.proc.is_alive():
                worker = _Worker(self.ctx, self.location, self.options, self.writable)
            worker.conn.send(asdict(request))
            remaining = max(0.0, deadline - time.monotonic())
            if not worker.conn.poll(remaining):
                worker.kill()
                worker = None
                raise QueryTimeout(f"query timed out after {timeout:g} s and was stopped (--timeout raises the limit)")
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                worker.kill()
                worker = None
                raise errors.QueryError("query failed: the worker process died (out of memory?)") from None
        except BaseException:
            self.slots.put(worker if worker is not None and worker.proc.is_alive() else None)
            raise
        self.slots.put(worker)
        if reply[0] == "error":
            raise _error(reply[1], reply[2])
        _, data, kind, count, truncated = reply
        return QueryOutput(data, kind, count, truncated)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                worker = self.slots.get_nowait()
            except queue.Empty:
                break
            if worker is not None:
                worker.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
