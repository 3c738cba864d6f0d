"""`kg export --format ftm`: FollowTheMoney entities that OpenSanctions tooling accepts."""

from __future__ import annotations

import json

import pytest

from linkhelp import OFAC, linked_store  # noqa: F401 (fixture)

# The FtM schemata and properties the exporter may use (checked against the followthemoney library when installed).
ALLOWED = {
    "Person": {"name", "alias", "position", "wikidataId", "topics", "sourceUrl"},
    "Organization": {"name", "alias", "wikidataId", "topics", "sourceUrl"},
    "PublicBody": {"name", "alias", "wikidataId", "topics", "sourceUrl"},
    "Sanction": {"entity", "authority", "program", "programId", "startDate", "reason", "sourceUrl"},
    "Family": {"person", "relative", "relationship"},
}


def export(invoke, store, tmp_path):
    out = tmp_path / "graph.ftm.json"
    result = invoke("export", "--format", "ftm", "--store", store, "-o", out)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_export_shape_and_references(invoke, linked_store, tmp_path):
    entities = export(invoke, linked_store, tmp_path)
    ids = {e["id"] for e in entities}
    for e in entities:
        assert set(e) >= {"id", "schema", "properties"}
        assert e["schema"] in ALLOWED, e
        assert set(e["properties"]) <= ALLOWED[e["schema"]], e
        assert all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in e["properties"].values())
        for ref in e["properties"].get("entity", []) + e["properties"].get("person", []) + e["properties"].get("relative", []):
            assert ref in ids
    people = {e["properties"]["name"][0]: e for e in entities if e["schema"] == "Person"}
    assert "sanction" in people["Ramzan Kadyrov"]["properties"]["topics"]
    sanctions = [e for e in entities if e["schema"] == "Sanction" and people["Ramzan Kadyrov"]["id"] in e["properties"]["entity"]]
    assert {s["properties"]["program"][0] for s in sanctions} == {"Section 7031(c)", "Magnitsky Act"}
    assert any(s["properties"].get("startDate") == ["2017-12"] for s in sanctions)
    assert export(invoke, linked_store, tmp_path) == entities  # deterministic


def test_followthemoney_accepts_every_entity(invoke, linked_store, tmp_path):
    ftm = pytest.importorskip("followthemoney")
    from followthemoney import model

    invoke("link", "wikidata", "--offline", "--store", linked_store)
    entities = export(invoke, linked_store, tmp_path)
    assert entities
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # raises on unknown schema or property
        assert proxy.schema.name == data["schema"]
        for prop, values in data["properties"].items():
            assert proxy.schema.get(prop) is not None, (data["schema"], prop)
            assert proxy.get(prop), (data["schema"], prop, values)
    assert ftm.__version__
