"""Extraction on a real local Dask cluster (127.0.0.1), into the store or into N-Quads shards."""

from __future__ import annotations

import shutil

import pytest

from support import ARTICLES, store_snapshot



@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0") as c:
        yield c.scheduler_address


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("kadyrov_7031c.txt", "kadyrov_7031c.source.json", "designation_list.txt", "designation_list.source.json"):
        shutil.copy(ARTICLES / name, folder / name)
    return folder


@pytest.mark.slow
def test_cluster_ingest_equals_a_local_one(invoke, cluster, docs, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert invoke("ingest", docs, "--store", local, "-q").exit_code == 0
    result = invoke("ingest", docs, "--store", remote, "--scheduler", cluster)
    assert result.exit_code == 0, result.output
    assert "2 ingested" in result.stderr
    assert store_snapshot(local) == store_snapshot(remote)


@pytest.mark.slow
def test_shards_bulk_load_to_the_same_graph(invoke, cluster, docs, tmp_path):
    local, shards, loaded = tmp_path / "local", tmp_path / "shards", tmp_path / "loaded"
    assert invoke("ingest", docs, "--store", local, "-q").exit_code == 0
    result = invoke("ingest", docs, "--scheduler", cluster, "--shards", shards)
    assert result.exit_code == 0, result.output
    files = sorted(shards.glob("shard-*.nq"))
    assert files and not list(shards.glob("*.part"))
    assert invoke("load", *files, "--store", loaded, "-q").exit_code == 0
    documents = [q for q in store_snapshot(local) if "/graph/reference" not in q]
    assert sorted(documents) == store_snapshot(loaded)


def test_unreachable_scheduler_is_a_clear_error(invoke, docs, store_dir):
    result = invoke("ingest", docs, "--store", store_dir, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


@pytest.mark.parametrize("address", ["scheduler-host", "foo://host:8786"])
def test_a_scheduler_address_dask_cannot_read_is_one_line(invoke, docs, store_dir, address):
    result = invoke("ingest", docs, "--store", store_dir, "--scheduler", address)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: --scheduler {address!r}: ") and result.stderr.endswith("(expected e.g. tcp://host:8786)\n")


def test_shards_keep_every_graph_an_extraction_writes(docs, tmp_path):
    """Shards name each quad's own graph: the document's, the entities graph, and any other shared graph."""
    import pyoxigraph as ox

    import kg.rdf
    from kg.pipeline import ingest
    from kg.store.base import ENTITIES_GRAPH

    ledger = "https://w3id.org/rightsgraph/graph/test-ledger"
    real = kg.rdf.extraction_quads
    extra = lambda ex: [*real(ex), ox.Quad(ox.NamedNode("urn:test:doc"), ox.NamedNode("urn:test:seenIn"), ox.Literal(ex.doc.id), ox.NamedNode(ledger))]  # noqa: E731
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.rdf, "extraction_quads", extra)
        ingest(None, [docs], extractor="phrase", shards=tmp_path / "shards")
    quads = [q for f in sorted((tmp_path / "shards").glob("shard-*.nq")) for q in ox.parse(path=str(f), format=ox.RdfFormat.N_QUADS)]
    graphs = {q.graph_name.value for q in quads}
    assert {ENTITIES_GRAPH, ledger} <= graphs
    assert sorted(q.object.value for q in quads if q.graph_name.value == ledger) == ["designation_list", "kadyrov_7031c"]
