"""`kg load`: RDF files users bring, all-or-nothing, hostile files refused with a one-line error."""

from __future__ import annotations

import pytest

from support import store_snapshot

TURTLE = """@prefix ex: <http://example.org/> .
ex:kadyrov ex:name "Ramzan Kadyrov" ; ex:designatedUnder ex:s7031c .
"""
FILES = {
    "a.ttl": TURTLE,
    "a.nt": '<http://example.org/kadyrov> <http://example.org/name> "Ramzan Kadyrov" .\n',
    "a.nq": '<http://example.org/kadyrov> <http://example.org/name> "Ramzan Kadyrov" <http://example.org/g> .\n',
    "a.trig": "<http://example.org/g> { <http://example.org/kadyrov> <http://example.org/name> \"Ramzan Kadyrov\" . }\n",
    "a.rdf": """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/kadyrov"><ex:name>Ramzan Kadyrov</ex:name></rdf:Description>
</rdf:RDF>
""",
    "a.jsonld": '{"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/kadyrov", "name": "Ramzan Kadyrov"}',
}
# The other extensions these formats commonly travel under (`kg load x.ntriples` was "cannot tell the RDF format").
SAME_FORMAT = {"a.turtle": "a.ttl", "a.ntriples": "a.nt", "a.nquads": "a.nq", "a.json-ld": "a.jsonld", "a.json": "a.jsonld", "a.owl": "a.rdf", "a.xml": "a.rdf", "A.NTRIPLES": "a.nt"}
FILES.update({name: FILES[like] for name, like in SAME_FORMAT.items()})
FILES["a.n3"] = """@prefix ex: <http://example.org/> .
ex:kadyrov ex:name "Ramzan Kadyrov" ; = ex:s7031c-target .
"""  # "=" (owl:sameAs) is N3, not Turtle: read by the N3 parser

BAD = {
    "truncated.ttl": ("@prefix ex: <http://example.org/> .\nex:a ex:b \"unterminated", "not valid turtle"),
    "bad-utf8.nt": (b'<http://example.org/a> <http://example.org/b> "caf\xe9" .\n', "not valid ntriples"),
    "bomb.rdf": (
        """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:b>&lol2;</ex:b></rdf:Description>
</rdf:RDF>""",
        "DOCTYPE/ENTITY declarations are not accepted",
    ),
    "remote-context.jsonld": ('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a", "name": "x"}', "not valid jsonld"),
    "file-context.jsonld": ('{"@context": "file:///etc/passwd", "@id": "http://example.org/a", "name": "x"}', "not valid jsonld"),
    "unknown.xyz": ("whatever", "cannot tell the RDF format"),
}


def _write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_format_loads(invoke, store_dir, tmp_path, name):
    path = _write(tmp_path, name, FILES[name])
    result = invoke("load", path, "--store", store_dir)
    assert result.exit_code == 0, result.output
    snapshot = store_snapshot(store_dir)
    assert any('"Ramzan Kadyrov"' in q for q in snapshot)


def test_load_into_a_named_graph(invoke, store_dir, tmp_path):
    path = _write(tmp_path, "a.ttl", TURTLE)
    assert invoke("load", path, "--store", store_dir, "--graph", "http://example.org/mine").exit_code == 0
    assert all(q.endswith("<http://example.org/mine>") for q in store_snapshot(store_dir))


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_refused_and_store_unchanged(invoke, store_dir, tmp_path, name):
    good = _write(tmp_path, "good.ttl", TURTLE)
    assert invoke("load", good, "--store", store_dir).exit_code == 0
    before = store_snapshot(store_dir)
    content, message = BAD[name]
    bad = _write(tmp_path, name, content)
    other = _write(tmp_path, "other.ttl", "<http://example.org/x> <http://example.org/y> <http://example.org/z> .")
    result = invoke("load", other, bad, "--store", store_dir)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad}") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert store_snapshot(store_dir) == before, "a failing file must not let earlier files in the same call through"


def test_missing_file(invoke, store_dir, tmp_path):
    result = invoke("load", tmp_path / "nope.ttl", "--store", store_dir)
    assert result.exit_code == 2 and "no such file" in result.stderr


@pytest.mark.parametrize("graph", ["mine", "http://example.org/my graph"])
def test_a_graph_name_that_is_no_iri_is_one_line_and_loads_nothing(invoke, store_dir, tmp_path, graph):
    good = _write(tmp_path, "good.ttl", TURTLE)
    assert invoke("load", good, "--store", store_dir).exit_code == 0
    before = store_snapshot(store_dir)
    result = invoke("load", good, "--store", store_dir, "--graph", graph)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: --graph {graph!r} is not an IRI") and result.stderr.count("\n") == 1
    assert store_snapshot(store_dir) == before


def test_a_folder_is_named_as_a_folder(invoke, store_dir, tmp_path):
    _write(tmp_path, "a.ttl", TURTLE)
    result = invoke("load", tmp_path, "--store", store_dir)
    assert result.exit_code == 2 and f"{tmp_path}: is a folder; name the RDF files in it" in result.stderr


# -- a store this load creates: line formats go to the bulk loader unparsed, and a bad file leaves no store ---------

LINES = ('<http://example.org/a> <http://example.org/b> "one" <http://example.org/g> .\n'
         '# a comment line\n\n'
         '<http://example.org/a> <http://example.org/b> "two" <http://example.org/g> .  # a trailing comment\n'
         '<http://example.org/a> <http://example.org/b> "one" <http://example.org/g> .\n')


@pytest.mark.parametrize("bulk", ["--bulk", "--atomic"])
def test_a_fresh_store_counts_what_a_checked_load_counts(invoke, store_dir, tmp_path, bulk):
    path = _write(tmp_path, "a.nq", LINES)
    result = invoke("load", path, "--store", store_dir, bulk)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{path}: 3 quads"), result.stderr  # (three statements, one of them twice)
    assert sum('"one"' in q or '"two"' in q for q in store_snapshot(store_dir)) == 2


@pytest.mark.parametrize("name,content", [
    ("truncated.nq", '<http://example.org/a> <http://example.org/b> "one" <http://example.org/g> .\n<http://example.org/a> <http://example.org/b'),
    ("bad-utf8.nt", b'<http://example.org/a> <http://example.org/b> "caf\xe9" .\n'),
])
def test_a_bad_file_into_a_fresh_store_leaves_no_store(invoke, store_dir, tmp_path, name, content):
    good = _write(tmp_path, "good.nq", LINES)
    bad = _write(tmp_path, name, content)
    result = invoke("load", good, bad, "--store", store_dir, "--bulk")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad}: not valid") and result.stderr.count("\n") == 1, result.stderr
    assert not store_dir.exists(), "a store this load created must not stay behind half-filled"


def test_a_bad_file_into_an_existing_store_is_checked_first(invoke, store_dir, tmp_path):
    good = _write(tmp_path, "good.nq", LINES)
    assert invoke("load", good, "--store", store_dir, "--bulk").exit_code == 0
    before = store_snapshot(store_dir)
    bad = _write(tmp_path, "bad.nq", "<http://example.org/a> <http://example.org/b")
    result = invoke("load", good, bad, "--store", store_dir, "--bulk")
    assert result.exit_code == 2 and "not valid nquads" in result.stderr
    assert store_snapshot(store_dir) == before
