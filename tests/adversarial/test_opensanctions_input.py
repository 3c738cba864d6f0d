"""Hostile and fuzzed OpenSanctions FollowTheMoney JSON lines given to `kg link opensanctions`.

Hostile files run the real CLI in a child process (its own peak RSS read)
against a store holding the seed document and linked once to the fixture
file: each ends in one `Error:` line naming the file and the line at fault,
a non-zero exit, a bounded peak RSS and the store unchanged. The fuzz edits a
small file whose entities match the seed (so edits reach matching, sanctions,
identifiers and the written graph) and runs the importer in-process: it may
succeed, or raise a one-line :class:`~kg.errors.KGError` naming the file and
line, and then the links graph is the one from before.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KGError
from kg.ids import BIDI_CONTROLS
from support import FIXTURES, store_snapshot

from .conftest import FUZZ, STRESS, assert_one_line_error, ingest_seed, linked_seed, run_kg

MAX_RSS_MB = 300  # `kg link opensanctions` on the fixture file peaks near 110 MB
FTM = FIXTURES / "opensanctions" / "entities.ftm.json"
BIG = (256 if STRESS else 48) * 1024 * 1024  # bytes of one line with no end: more than the 16 MB line limit
DEEP = 1_000_000 if STRESS else 200_000  # levels of nesting in one line

KADYROV = {"id": "os-kadyrov", "schema": "Person", "caption": "Ramzan Kadyrov",
           "properties": {"name": ["Ramzan Kadyrov"], "alias": ["Kadyrov Ramzan Akhmatovich"], "birthDate": ["1976-10-05"], "nationality": ["ru"], "topics": ["sanction"],
                          "sanctions": [{"id": "os-s1", "schema": "Sanction", "properties": {"programId": ["US-GLOMAG"], "startDate": ["2020-12-10"]}}]},
           "datasets": ["us_ofac_sdn"]}
SANCTION = {"id": "os-s2", "schema": "Sanction", "properties": {"entity": ["os-kadyrov"], "program": ["MAGNIT"], "listingDate": ["2017-12-20"]}}
PASSPORT = {"id": "os-p1", "schema": "Identification", "properties": {"holder": [{"id": "os-kadyrov"}], "number": ["X-123"], "type": ["Passport"], "country": ["ru"]}}
SEED = [KADYROV, SANCTION, PASSPORT]


def lines(*entities) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in entities)


def with_props(**props) -> dict:
    return dict(KADYROV, properties=dict(KADYROV["properties"], **props))


def hostile_cases() -> dict[str, tuple[bytes, int]]:
    """name -> (file bytes, the line the error must name)."""
    return {
        "truncated last line": (lines(KADYROV, SANCTION) + json.dumps(PASSPORT).encode()[:40], 3),
        "not JSON": (lines(KADYROV) + b"{'id': 'single quotes'}\n", 2),
        "invalid UTF-8 in a name": (lines(SANCTION) + json.dumps(KADYROV).encode().replace(b"Ramzan Kadyrov", b"Ramzan \xff\xfe Kadyrov", 1) + b"\n", 2),
        "lone surrogate in a matching name": (lines(with_props(alias=["Ramzan Kadyrov \ud800"])), 1),
        "lone surrogate encoded as bytes": (lines(SANCTION) + json.dumps(KADYROV).encode().replace(b"Ramzan Kadyrov", b"Ramzan Kadyrov \xed\xa0\x80", 1) + b"\n", 2),
        "UTF-16 file": (json.dumps(KADYROV).encode("utf-16") + b"\n", 1),
        "binary": (bytes(range(256)) * 64, 1),
        "a line with no end": (b'{"id": "x", "schema": "Person", "properties": {"name": ["' + b"A" * BIG, 1),
        "deep nesting": (lines(SANCTION) + b"[" * DEEP + b"]" * DEEP + b"\n", 2),
        "deep nesting in a property": (lines(SANCTION, SANCTION) + b'{"id": "x", "schema": "Person", "properties": {"name": ' + b"[" * DEEP + b"]" * DEEP + b"}}\n", 3),
        "properties not an object": (lines(KADYROV, dict(SANCTION, properties=["entity", "os-kadyrov"])), 2),
        "id not a string": (lines(dict(KADYROV, id=["os-kadyrov"])), 1),
        "nested entity with a list for properties": (lines(with_props(sanctions=[{"id": "s", "schema": "Sanction", "properties": ["programId"]}])), 1),
        "no entity at all": (b"\n\n", 0),
        "empty file": (b"", 0),
    }


@pytest.fixture(scope="module")
def os_store(tmp_path_factory):
    """The seed document ingested with the phrase extractor and linked once to the fixture file."""
    return linked_seed(tmp_path_factory.mktemp("opensanctions"), "opensanctions", FTM, MAX_RSS_MB)


def test_hostile_files_are_refused_with_one_line_in_bounded_memory(os_store, tmp_path):
    before = store_snapshot(os_store)
    assert any("links/opensanctions" in q for q in before), "the fixture file should have been linked"
    failures = []
    for i, (name, (data, lineno)) in enumerate(hostile_cases().items()):
        path = tmp_path / f"case{i:02d}.ftm.json"
        path.write_bytes(data)
        run = run_kg("link", "opensanctions", path, "--store", os_store, "-q", timeout=120)
        try:
            assert_one_line_error(run, f"{path}:{lineno}:" if lineno else f"{path}:")
            assert run.peak_rss_mb < MAX_RSS_MB, f"peak RSS {run.peak_rss_mb:.0f} MB"
        except AssertionError as exc:
            failures.append(f"{name}: {str(exc).splitlines()[0][:300]}")
        path.unlink()
    assert not failures, "\n".join(failures)
    assert store_snapshot(os_store) == before


# ---------------------------------------------------------------- in-process

def import_file(st, path, entities=None):
    """What `kg link opensanctions PATH` does, on an open store (``entities``: the graph's, if already read)."""
    from kg.link.opensanctions import OpenSanctionsLinker
    from kg.link.records import load_entities
    from kg.link.run import run

    linker = OpenSanctionsLinker(path)
    return run(st, linker, candidates=linker.match_all(entities or load_entities(st)), extra_triples=linker.list_triples())


def test_values_of_the_wrong_type_are_ignored_and_odd_ids_are_escaped(fuzz_store, tmp_path):
    """Like FtM itself, a property value of the wrong type is skipped, not fatal; any id makes a valid IRI."""
    path = tmp_path / "odd.ftm.json"
    odd = dict(KADYROV, id="os kadyrov <script>", properties=dict(KADYROV["properties"], alias=[7, None, {"x": 1}, "Kadyrov Ramzan"]))
    path.write_bytes(lines(odd, dict(PASSPORT, properties={"holder": [{"id": ["os kadyrov <script>"]}, 3, "os kadyrov <script>"], "number": ["X-9"]})))
    result = import_file(fuzz_store, path)
    assert [c.external_iri for c in result.candidates] == ["https://www.opensanctions.org/entities/os%20kadyrov%20%3Cscript%3E/"]
    assert any("Identification: X-9" in q for q in links(fuzz_store)), "the string reference still points at the entry"


# ---------------------------------------------------------------- in-process fuzz

WORK = Path(tempfile.mkdtemp(prefix="kg-os-fuzz-"))
VALUES = [None, 0, -1, 1.5, True, "", "x", "Ramzan Kadyrov", "\u202eRamzan Kadyrov\u202c", "os-kadyrov", "2020-13-45", "ru", "US-GLOMAG", "\ud800", "a b <c>",
          [], {}, ["Ramzan Kadyrov"], [None], [[["deep"]]], {"id": ["os-kadyrov"]}, {"id": "os-kadyrov"}, {"schema": "Sanction", "properties": []},
          {"schema": "Sanction", "properties": {"programId": [7]}}, "K" * 100_000, 10 ** 30, float("1e308")]
EDITS = ("retype", "truncate", "bytes", "nest", "dup", "drop")


def _slots(node, path=()):
    """Every place in a JSON value that can be replaced: (path to the container, key or index)."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield path, k
            yield from _slots(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield path, i
            yield from _slots(v, path + (i,))


def _at(node, path):
    for step in path:
        node = node[step]
    return node


def fuzzed_file(program: bytes, payload: bytes) -> bytes:
    """The seed entities with up to six edits, each 4 bytes of ``program``: kind, target line, position, argument.

    "retype" puts a value of another type (or a hostile string) anywhere in an
    entity; "nest" wraps a value in up to 5,000 levels of lists; "truncate",
    "bytes", "dup" and "drop" work on the serialised lines (random bytes come from ``payload``).
    """
    entities = json.loads(json.dumps(SEED))
    raw_edits = []
    for i in range(0, min(len(program), 24) - 3, 4):
        kind, line, pos, arg = program[i:i + 4]
        op = EDITS[kind % len(EDITS)]
        target = entities[line % len(entities)]
        slots = list(_slots(target))
        if op in ("retype", "nest") and slots:
            path, key = slots[pos % len(slots)]
            container = _at(target, path)
            container[key] = VALUES[arg % len(VALUES)] if op == "retype" else f"<nest {arg * 20}>"  # spliced in as text below
        else:
            raw_edits.append((op, line, pos, arg))
    text = [json.dumps(e, ensure_ascii=bool(i % 2)).encode("utf-8", "surrogatepass") for i, e in enumerate(entities)]
    text = [re.sub(rb'"<nest (\d+)>"', lambda m: b"[" * int(m.group(1)) + b"0" + b"]" * int(m.group(1)), t) for t in text]
    for op, line, pos, arg in raw_edits:
        if not text:
            break
        k = line % len(text)
        cut = pos * len(text[k]) // 256
        if op == "truncate":
            text[k] = text[k][:cut]
        elif op == "bytes":
            text[k] = text[k][:cut] + payload[: 1 + arg % 8] + text[k][cut:]
        elif op == "dup":
            text.insert(k, text[k])
        elif op == "drop":
            del text[k]
    return b"\n".join(text) + b"\n"


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from kg.store import open_store

    from kg.link.records import load_entities

    store = ingest_seed(tmp_path_factory.mktemp("os-fuzz"))
    with open_store(str(store)) as st:
        st.entities = load_entities(st)  # the fuzz never changes the documents: read their entities once
        yield st


def links(st) -> list[str]:
    g = ox.NamedNode("https://w3id.org/rightsgraph/graph/links/opensanctions")
    return sorted(str(q) for q in st.raw.quads_for_pattern(None, None, None, g))


@FUZZ
@given(st.binary(max_size=24), st.binary(min_size=1, max_size=8))
def test_fuzz_opensanctions_lines(fuzz_store, program, payload):
    path = WORK / "fuzz.ftm.json"
    path.write_bytes(fuzzed_file(program, payload))
    before = links(fuzz_store)
    try:
        result = import_file(fuzz_store, path, fuzz_store.entities)
    except KGError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message, message
        assert re.match(rf"{re.escape(str(path))}:(\d+:)? ", message), message  # the line at fault; the file alone when no line has an entity
        assert links(fuzz_store) == before
        return
    assert result.source == "opensanctions"
    names = [q for q in links(fuzz_store) if "schema.org/name" in q or "externalLabel" in q or "altLabel" in q]
    assert not any(c in q for q in names for c in BIDI_CONTROLS), "names from the list are stored without bidi controls"
