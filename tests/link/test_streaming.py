"""The list importers stream: memory stays flat on a list the size of the real SDN list (~18k entries)."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from kg.link.base import GraphEntity
from kg.link.ofac import OfacLinker
from kg.link.opensanctions import OpenSanctionsLinker

N = 20_000
ENTITIES = [GraphEntity("urn:e:1", "Person", "Ramzan Kadyrov"), GraphEntity("urn:e:2", "GovernmentBody", "Rapid Action Battalion")]


def _names(i: int) -> tuple[str, str]:
    return f"SURNAME{i:05d}X", f"Given{i % 97}"


@pytest.fixture(scope="module")
def big_lists(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    with open(folder / "sdn.xml", "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?>\n<sdnList xmlns="http://tempuri.org/sdnList.xsd">\n')
        fh.write(f"<publshInformation><Publish_Date>01/02/2024</Publish_Date><Record_Count>{N + 1}</Record_Count></publshInformation>\n")
        for i in range(N):
            last, first = _names(i)
            fh.write(f"<sdnEntry><uid>{i}</uid><firstName>{first}</firstName><lastName>{last}</lastName><sdnType>Individual</sdnType>"
                     f"<programList><program>SDGT</program></programList><remarks>{'filler text ' * 20}</remarks></sdnEntry>\n")
        fh.write("<sdnEntry><uid>99999</uid><firstName>Ramzan Akhmatovich</firstName><lastName>KADYROV</lastName><sdnType>Individual</sdnType>"
                 "<programList><program>MAGNIT</program></programList></sdnEntry>\n</sdnList>\n")
    with open(folder / "ftm.json", "w", encoding="utf-8") as fh:
        for i in range(N):
            last, first = _names(i)
            fh.write(json.dumps({"id": f"x{i}", "schema": "Person", "properties": {"name": [f"{first} {last}"], "notes": ["filler text " * 20]}}) + "\n")
        fh.write(json.dumps({"id": "k", "schema": "Person", "properties": {"name": ["Ramzan Kadyrov"]}}) + "\n")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xml", "ftm"])
def test_memory_stays_bounded(big_lists, kind):
    linker = OfacLinker(big_lists / "sdn.xml") if kind == "xml" else OpenSanctionsLinker(big_lists / "ftm.json")
    tracemalloc.start()
    try:
        found = linker.match_all(ENTITIES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = (big_lists / ("sdn.xml" if kind == "xml" else "ftm.json")).stat().st_size
    assert [c.external_id for c in found] == (["99999"] if kind == "xml" else ["k"])
    assert size > 5_000_000
    assert peak < 6_000_000, f"peak {peak} bytes for a {size}-byte list"
