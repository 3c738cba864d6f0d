"""Opening the embedded store: a reader beside a compacting writer, and a damaged folder.

`kg query`, `kg viz` and `kg link review` open the store read-only while a `kg ingest` in another process may be
writing it; RocksDB compaction deletes table files that a read-only open has just seen listed, which it reports as
"Corruption". That is a race, not damage, and must not fail the reader. A folder that really lost a table file is
damage: one StoreError naming the folder, never a RuntimeError traceback.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store.oxigraph import OxigraphStore

WRITER = """
import sys, time, pyoxigraph as ox
store = ox.Store(sys.argv[1])
p = ox.NamedNode("http://example.org/p")
print("ready", flush=True)
end = time.monotonic() + float(sys.argv[2])
batch = 0
while time.monotonic() < end:
    store.extend([ox.Quad(ox.NamedNode(f"http://example.org/{batch}/{i}"), p, ox.Literal(i)) for i in range(2000)])
    store.flush()
    store.optimize()
    batch += 1
"""


def _seed(path) -> None:
    store = ox.Store(str(path))
    p = ox.NamedNode("http://example.org/p")
    store.extend([ox.Quad(ox.NamedNode(f"http://example.org/seed/{i}"), p, ox.Literal(i)) for i in range(5000)])
    store.flush()
    del store


def test_a_reader_opens_while_another_process_writes_and_compacts(tmp_path):
    _seed(tmp_path / "store")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "store"), "4"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        opened = 0
        end = time.monotonic() + 3
        while time.monotonic() < end and writer.poll() is None:
            reader = OxigraphStore(tmp_path / "store", read_only=True)
            assert len(reader.raw) >= 5000
            del reader
            opened += 1
        assert opened > 0
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == 0


@pytest.mark.parametrize("read_only", [True, False])
def test_a_store_that_lost_a_table_file_is_one_store_error_naming_the_folder(tmp_path, read_only):
    _seed(tmp_path / "store")
    tables = sorted((tmp_path / "store").glob("*.sst"))
    assert tables, "the seed store should have written table files"
    tables[0].unlink()
    with pytest.raises(StoreError, match=r"store: cannot open store \("):
        OxigraphStore(tmp_path / "store", read_only=read_only)
