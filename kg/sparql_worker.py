"""Queries in worker processes, so a query that runs too long can be stopped.

pyoxigraph cannot cancel a query from Python, so each query runs in a worker
process that is killed when its time is up (and replaced on the next request).
``kg query`` uses a pool of one; ``kg serve`` a pool of several, so one slow
query never blocks the other clients.

A worker opens the store itself, read-only: the embedded store allows one
writer, and read-only opens beside it. A read-only open sees the store as it
was when opened, so a worker reopens it when the store's files have changed
(an ingest committed meanwhile).

Memory is capped the same way: ``memory_limit_mb`` stops a worker whose
resident memory passes the limit (an ``ORDER BY`` or ``DISTINCT`` over a cross
product holds every row: 850 MB within 5 s, and gigabytes before a 30 s
timeout). The cap is a watch on the worker's RSS rather than ``RLIMIT_AS``,
which RocksDB's and glibc's address-space reservations would trip.

A query's time limit is spent on the query, not on starting its worker: a
worker says it is ready before it is handed a request, and a ``warm`` pool
(``kg serve``) imports everything in the fork server once, starts its workers
up front, and starts a replacement the moment it kills one. A warm pool also
grows (up to ``max_size``) when every worker has been busy for ``grace``
seconds, so a few runaway queries holding workers until their time limit do
not starve the quick queries queued behind them.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
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
        return ("error", type(exc).__name__, str(exc), exc.web)
    except Exception as exc:  # noqa: BLE001 - reported to the caller as one line, never a traceback
        return ("error", "QueryError", f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


PRELOAD = ["kg.sparql", "kg.sparql_guard", "kg.queries", "kg.store", "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.parserutils"]


def _warm(opener: _Opener) -> None:
    """Do the first-use work now (rdflib builds its SPARQL grammar on first parse; the store opens) rather than on a query's clock."""
    from kg.sparql_guard import classify

    classify("SELECT * WHERE { SERVICE <urn:warm> { ?s ?p ?o } }")
    try:
        opener.get()
    except errors.KGError:
        pass  # no store yet: each query reports it


def _worker_main(conn, location: str, options: dict, writable: bool, warm: bool = False) -> None:
    opener = _Opener(location, options)
    if warm:
        try:
            _warm(opener)
        except Exception:  # noqa: BLE001 - a failed warm-up only costs the first query its speed-up
            pass
    try:
        conn.send(("ready",))
    except OSError:
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):  # the server went away (killed, or Ctrl-C)
            return
        if request is None:
            return
        try:
            conn.send(_handle(opener, request, writable))
        except (OSError, KeyboardInterrupt):
            return


class QueryTooLarge(errors.QueryError):
    """The query's worker passed its memory limit and was stopped."""


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _rss_mb(pid: int) -> float | None:
    """Resident memory of process ``pid`` in MB (Linux /proc), None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE / (1 << 20)
    except (OSError, ValueError, IndexError):
        return None


def _error(name: str, message: str, web: str | None = None) -> errors.KGError:
    from kg.sparql_guard import QueryRefused

    known = {"QueryRefused": QueryRefused, "QueryTimeout": QueryTimeout, "QueryTooLarge": QueryTooLarge}
    cls = known.get(name) or getattr(errors, name, None) or errors.QueryError
    if not (isinstance(cls, type) and issubclass(cls, errors.KGError)):
        cls = errors.QueryError
    return cls(message, web=web)


class _Worker:
    def __init__(self, ctx, location: str, options: dict, writable: bool, warm: bool = False):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, location, options, writable, warm), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.niced = False

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has started (its first message); raise QueryError if it cannot."""
        if self.ready:
            return
        problem = f"did not start within {timeout:g} s"
        try:
            if self.conn.poll(timeout) and self.conn.recv() == ("ready",):
                self.ready = True
                return
        except (EOFError, OSError):
            problem = f"exited while starting (exit code {self.proc.exitcode})"
        self.kill()
        raise errors.QueryError(f"query failed: a worker process {problem}")

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _stop_all(workers: list[_Worker], grace: float) -> None:
    """Ask every worker to stop, wait at most ``grace`` seconds for all of them together, then kill the rest."""
    for w in workers:
        try:
            w.conn.send(None)
        except OSError:
            pass
    deadline = time.monotonic() + grace
    for w in workers:
        w.proc.join(max(0.0, deadline - time.monotonic()))
    for w in workers:
        if w.proc.is_alive():
            w.proc.kill()
    for w in workers:
        w.proc.join(2)
        w.conn.close()


def default_start_method() -> str:
    """forkserver: workers fork from a fresh helper process.

    Plain fork is unsafe here: a child of a process that ever opened an
    on-disk store inherits RocksDB's state without its background threads and
    hangs on its first write; and forking a threaded server is unsafe too.
    """
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class WorkerPool:
    """``size`` worker processes sharing one store location; :meth:`run` gives each request a time limit.

    ``warm=True`` (``kg serve``): workers start at once with the heavy modules
    preloaded in the fork server, and the pool may grow to ``max_size`` workers
    when every worker has been busy for ``grace`` seconds.

    >>> pool = WorkerPool("/tmp/no-store-here", size=1)   # doctest: +SKIP
    >>> pool.run(QueryRequest(text="ASK {}"), timeout=5)   # doctest: +SKIP
    """

    STARTUP_TIMEOUT = 120.0

    def __init__(self, location: str, *, size: int = 1, options: dict | None = None, start_method: str | None = None, writable: bool = False,
                 warm: bool = False, max_size: int | None = None, grace: float = 0.25, memory_limit_mb: float | None = None):
        self.location = location
        self.memory_limit_mb = memory_limit_mb
        self.options = options or {}
        self.writable = writable
        self.warm = warm
        method = start_method or default_start_method()
        self.ctx = multiprocessing.get_context(method)
        if warm and method == "forkserver":
            self.ctx.set_forkserver_preload(PRELOAD)
        self.slots: queue.Queue = queue.Queue()
        self.size = size
        self.max_size = max(size, max_size or size)
        self.grace = grace
        self._lock = threading.Lock()
        self._count = size  # slots handed out or in the queue
        for _ in range(size):
            self.slots.put(self._spawn() if warm else None)  # a cold pool starts workers on first use
        self._closed = False

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.location, self.options, self.writable, self.warm)

    def _acquire(self, timeout: float):
        """A slot (a worker, or None for "start one"); grows the pool when all are busy; raises QueryTimeout when none frees up in time."""
        deadline = time.monotonic() + timeout
        if self._count < self.max_size:
            try:
                return self.slots.get(timeout=min(self.grace, timeout))
            except queue.Empty:
                with self._lock:
                    if self._count < self.max_size:
                        self._count += 1
                        return None
        try:
            return self.slots.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(f"query timed out after {timeout:g} s (every worker was busy)") from None

    def _release(self, worker: _Worker | None) -> None:
        if worker is not None and (worker.niced or not worker.proc.is_alive()):
            worker.kill()  # a lowered priority cannot be raised again without privileges: retire the worker
            worker = None
        if worker is None and self.warm and not self._closed:
            worker = self._spawn()  # the replacement warms up while nobody waits for it
        self.slots.put(worker)

    def run(self, request: QueryRequest, *, timeout: float) -> QueryOutput:
        worker = self._acquire(timeout)
        try:
            if worker is None or not worker.proc.is_alive():
                worker = self._spawn()
            worker.wait_ready(self.STARTUP_TIMEOUT)
            worker.conn.send(asdict(request))
            problem = self._wait(worker, timeout)
            if problem is not None:
                worker.kill()
                worker = None
                raise problem
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                worker.kill()
                worker = None
                raise errors.QueryError("query failed: the worker process died (out of memory?)") from None
        except BaseException:
            self._release(worker)
            raise
        self._release(worker)
        if reply[0] == "error":
            raise _error(*reply[1:])
        _, data, kind, count, truncated = reply
        return QueryOutput(data, kind, count, truncated)

    def _wait(self, worker: _Worker, timeout: float) -> errors.QueryError | None:
        """Wait for the worker's answer; the error to raise if it ran out of time or memory first.

        In a warm pool a query still running after ``grace`` seconds has its
        worker's CPU priority lowered (nice 10), so runaway queries waiting for
        their time limit leave the CPU to quick ones.
        """
        start = time.monotonic()
        deadline = start + timeout
        step = 0.05 if (self.memory_limit_mb or self.warm) else timeout
        while True:
            remaining = deadline - time.monotonic()
            if worker.conn.poll(max(0.0, min(step, remaining))):
                return None
            if self.warm and not worker.niced and time.monotonic() - start > self.grace:
                worker.niced = True
                try:
                    os.setpriority(os.PRIO_PROCESS, worker.proc.pid, 10)
                except (OSError, AttributeError):
                    pass
            if self.memory_limit_mb and (rss := _rss_mb(worker.proc.pid)) is not None and rss > self.memory_limit_mb:
                stopped = f"query used more than {self.memory_limit_mb:g} MB and was stopped"
                return QueryTooLarge(f"{stopped} (--memory-limit raises the limit)", web=stopped)
            if remaining <= 0:
                stopped = f"query timed out after {timeout:g} s and was stopped"
                return QueryTimeout(f"{stopped} (--timeout raises the limit)", web=stopped)

    def close(self) -> None:
        """Stop every idle worker, all at once: each gets the same few seconds to finish, not a few seconds
        each in turn (a worker still warming up does not read its pipe, so six of them stopped one by one
        kept a stopping server alive for over 20 s)."""
        if self._closed:
            return
        self._closed = True
        workers = []
        while True:
            try:
                worker = self.slots.get_nowait()
            except queue.Empty:
                break
            if worker is not None:
                workers.append(worker)
        _stop_all(workers, grace=2.0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
