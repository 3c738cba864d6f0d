"""Helpers shared by test modules (import as ``from support import ...``; conftest modules are not importable by name)."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"


def store_snapshot(path: Path) -> list[str]:
    """Every quad of the store at ``path`` as sorted N-Quads lines ([] when there is no store).

    Blank-node labels (only in the reference graph's ontology) are replaced by ``_:b``:
    they differ between loads without the graph meaning anything different.
    """
    if not (Path(path) / "CURRENT").exists():
        return []
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", str(q)) for q in store)


class Tripwire:
    """A TCP listener on 127.0.0.1; tests assert that nothing ever connected to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            conn.settimeout(0.5)
            try:
                self.connections.append(conn.recv(300) or b"<connected>")
            except OSError:
                self.connections.append(b"<connected>")
            finally:
                conn.close()

    def close(self):
        time.sleep(0.2)  # let a late connection land before we look
        self._stop = True
        self._thread.join()
        self.sock.close()


class HalfExporter:
    """An exporter whose store goes away half-way (a remote store dropping the connection):
    it writes the first half of the Turtle export, then fails as the store would."""

    FORMAT, MIME_TYPE, EXTENSION = "half", "text/turtle", ".ttl"

    def write(self, store, out) -> None:
        import io

        from kg.errors import StoreError
        from kg.exporters.rdf import TurtleExporter

        whole = io.BytesIO()
        TurtleExporter().write(store, whole)
        out.write(whole.getvalue()[: len(whole.getvalue()) // 2])
        raise StoreError(f"{store.location}: connection lost")
