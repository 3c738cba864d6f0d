"""Hostile input files: each gets a one-line error or a bounded, correct result, and the store stays as it was.

RDF goes through `kg load`, documents through `kg ingest`. The dangerous cases
(entity bombs, deep nesting, huge files) run in a real subprocess whose peak
RSS and wall time are measured; the rest run in-process.
"""

from __future__ import annotations

import json

import pytest

from support import store_snapshot
from .conftest import DESIGNATION, STRESS, assert_one_line_error, run_kg

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
MAX_RSS_MB = 400  # a kg process with pyoxigraph loaded sits near 100 MB
DEEP = 100_000 if STRESS else 10_000  # Turtle nesting depth that must load correctly
BIG_MB = 50 if STRESS else 4  # size of the big Turtle file and (capped at 18) HTML page

VALID = {
    "turtle": ("a.ttl", '@prefix ex: <http://example.org/> .\nex:a ex:name "Ramzan Kadyrov" ; ex:knows [ ex:name "b" ] .\n'),
    "ntriples": ("a.nt", '<http://example.org/a> <http://example.org/name> "Ramzan Kadyrov" .\n'),
    "nquads": ("a.nq", '<http://example.org/a> <http://example.org/name> "Ramzan Kadyrov" <http://example.org/g> .\n'),
    "trig": ("a.trig", '<http://example.org/g> { <http://example.org/a> <http://example.org/name> "Ramzan Kadyrov" . }\n'),
    "rdfxml": ("a.rdf", f'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="http://example.org/">'
               '<rdf:Description rdf:about="http://example.org/a"><ex:name>Ramzan Kadyrov</ex:name></rdf:Description></rdf:RDF>\n'),
    "jsonld": ("a.jsonld", '{"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/a", "name": "Ramzan Kadyrov"}'),
}


def rdfxml_body(inner: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0"?>\n{doctype}<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="http://example.org/">'
            f'<rdf:Description rdf:about="http://example.org/a">{inner}</rdf:Description></rdf:RDF>\n')


def billion_laughs() -> str:
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    return rdfxml_body("<ex:b>&lol9;</ex:b>", f"<!DOCTYPE lolz [{''.join(ents)}]>\n")


def deep_jsonld(n: int, open_="{\"p\":", close="}") -> str:
    return '{"@context": {"p": "http://example.org/p"}, "@id": "http://example.org/a", "p": ' + open_ * n + '"x"' + close * n + "}"


def deep_rdfxml(n: int) -> str:
    return rdfxml_body('<ex:p rdf:parseType="Resource">' * n + "</ex:p>" * n)


def _write(path, content) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


# ---------------------------------------------------------------- RDF: refused with a one-line error
def refused_rdf(wire_url: str) -> dict[str, tuple[str, str | bytes, str]]:
    """name -> (file name, content, expected message fragment)."""
    return {
        "billion-laughs": ("bomb.rdf", billion_laughs(), "DOCTYPE/ENTITY declarations are not accepted"),
        "xxe-http": ("xxe.rdf", rdfxml_body("<ex:b>&x;</ex:b>", f'<!DOCTYPE r [<!ENTITY x SYSTEM "{wire_url}/x">]>\n'), "DOCTYPE/ENTITY"),
        "xxe-file": ("xxe-file.rdf", rdfxml_body("<ex:b>&x;</ex:b>", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'), "DOCTYPE/ENTITY"),
        "xxe-parameter": ("pe.rdf", rdfxml_body("<ex:b>x</ex:b>", f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{wire_url}/p.dtd"> %p;]>\n'), "DOCTYPE/ENTITY"),
        "external-dtd": ("dtd.rdf", rdfxml_body("<ex:b>x</ex:b>", f'<!doctype rdf:RDF SYSTEM "{wire_url}/r.dtd">\n'), "DOCTYPE/ENTITY"),
        "deep-rdfxml": ("deep.rdf", deep_rdfxml(20_000), "nested more than 256 levels"),
        "deep-jsonld-objects": ("deep.jsonld", deep_jsonld(20_000), "nested more than 256 levels"),
        "deep-jsonld-arrays": ("deep-arrays.jsonld", deep_jsonld(20_000, "[", "]"), "nested more than 256 levels"),
        "deep-jsonld-context": ("deep-context.jsonld", '{"@context": ' + "[" * 5000 + "]" * 5000 + ', "@id": "http://example.org/a"}', "nested more than 256 levels"),
        "remote-context": ("remote.jsonld", json.dumps({"@context": f"{wire_url}/ctx.jsonld", "@id": "http://example.org/a", "name": "x"}), "not valid jsonld"),
        "remote-context-in-list": ("remote2.jsonld", json.dumps({"@context": [{"ex": "http://example.org/"}, f"{wire_url}/c"], "@id": "http://example.org/a"}), "not valid jsonld"),
        "scoped-remote-context": ("remote3.jsonld", json.dumps({"@context": {"p": {"@id": "http://example.org/p", "@context": f"{wire_url}/c"}}, "@id": "http://example.org/a", "p": {"@id": "http://example.org/b"}}), "not valid jsonld"),
        "import-context": ("import.jsonld", json.dumps({"@context": {"@version": 1.1, "@import": f"{wire_url}/c"}, "@id": "http://example.org/a"}), "not valid jsonld"),
        "truncated-turtle": ("t.ttl", VALID["turtle"][1][:-12], "not valid turtle"),
        "truncated-ntriples": ("t.nt", VALID["ntriples"][1][:-8], "not valid ntriples"),
        "truncated-nquads": ("t.nq", VALID["nquads"][1][:-8], "not valid nquads"),
        "truncated-trig": ("t.trig", VALID["trig"][1][:-6], "not valid trig"),
        "truncated-rdfxml": ("t.rdf", VALID["rdfxml"][1][:-20], "not valid rdfxml"),
        "truncated-jsonld": ("t.jsonld", VALID["jsonld"][1][:-10], "not valid jsonld"),
        "invalid-utf8-turtle": ("u.ttl", b'<http://example.org/a> <http://example.org/b> "caf\xe9" .\n', "not valid"),
        "lone-surrogate-ntriples": ("s.nt", b'<http://example.org/a> <http://example.org/b> "\xed\xa0\x80" .\n', "not valid"),
        "binary-as-turtle": ("png.ttl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not valid"),
        "binary-as-jsonld": ("png.jsonld", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not valid"),
        "utf16-rdfxml": ("utf16.rdf", rdfxml_body("<ex:b>x</ex:b>", f'<!DOCTYPE r [<!ENTITY x SYSTEM "{wire_url}/x">]>\n').encode("utf-16"), "DOCTYPE/ENTITY"),
    }


REFUSED = sorted(refused_rdf("http://127.0.0.1:9"))


@pytest.mark.parametrize("case", REFUSED)
def test_hostile_rdf_is_refused_and_changes_nothing(case, invoke, seeded_store, tmp_path, tripwire):
    name, content, message = refused_rdf(tripwire.url)[case]
    path = tmp_path / "in" / name
    _write(path, content)
    good = tmp_path / "in" / "good.ttl"
    _write(good, VALID["turtle"][1])
    before = store_snapshot(seeded_store)
    result = invoke("load", good, path, "--store", seeded_store)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {path}: ") and message in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert store_snapshot(seeded_store) == before


@pytest.mark.parametrize("fmt", sorted(VALID))
def test_empty_rdf_file_is_an_error_or_nothing(fmt, invoke, seeded_store, tmp_path):
    name = VALID[fmt][0]
    path = tmp_path / name
    _write(path, b"")
    before = store_snapshot(seeded_store)
    result = invoke("load", path, "--store", seeded_store)
    if result.exit_code == 0:
        assert f"{path}: 0 quads" in result.stderr
    else:
        assert result.exit_code == 2 and result.stderr.startswith(f"Error: {path}: ") and result.stderr.count("\n") == 1
    assert store_snapshot(seeded_store) == before


# ---------------------------------------------------------------- RDF in a real process: memory and time bounded
SUBPROCESS_RDF = {
    # name: (file, content factory, expected message or None for "loads correctly", expected quads)
    "billion-laughs": ("bomb.rdf", billion_laughs, "DOCTYPE/ENTITY", 0),
    "deep-jsonld-10k": ("deep.jsonld", lambda: deep_jsonld(10_000), "nested more than 256 levels", 0),  # segfaulted pyoxigraph before the limit
    "deep-jsonld-3k": ("deep3k.jsonld", lambda: deep_jsonld(3_000), "nested more than 256 levels", 0),  # 1.7 GB before the limit
    "deep-rdfxml-100k": ("deep.rdf", lambda: deep_rdfxml(100_000), "nested more than 256 levels", 0),  # minutes before the limit
    "jsonld-at-the-limit": ("ok.jsonld", lambda: deep_jsonld(250), None, 251),
    "rdfxml-at-the-limit": ("ok.rdf", lambda: deep_rdfxml(250), None, 250),
    "deep-turtle-blank-nodes": ("deep.ttl", lambda: "@prefix ex: <http://example.org/> . ex:a ex:p " + "[ ex:p " * DEEP + "ex:o" + " ]" * DEEP + " .", None, DEEP + 1),
    "nul-in-a-turtle-literal": ("nul.ttl", lambda: '<http://example.org/a> <http://example.org/b> "a\x00b" .\n', None, 1),  # legal Turtle
    "deep-turtle-collections": ("deep-list.ttl", lambda: "@prefix ex: <http://example.org/> . ex:a ex:p " + "( " * DEEP + ")" * DEEP + " .", None, 2 * DEEP - 1),
}


@pytest.mark.parametrize("case", sorted(SUBPROCESS_RDF))
def test_hostile_rdf_in_a_process_is_bounded(case, seeded_store, tmp_path):
    name, make, message, quads = SUBPROCESS_RDF[case]
    path = tmp_path / name
    _write(path, make())
    before = store_snapshot(seeded_store)
    run = run_kg("load", path, "--store", seeded_store, "--graph", "http://example.org/loaded", timeout=120)
    assert run.peak_rss_mb < MAX_RSS_MB, f"peak RSS {run.peak_rss_mb:.0f} MB"
    assert run.seconds < 60
    after = store_snapshot(seeded_store)
    if message:
        assert_one_line_error(run, message, code=2)
        assert after == before
    else:
        assert run.returncode == 0, run.stderr
        assert f"{path}: {quads} quads" in run.stderr
        added = [q for q in after if q not in before]
        assert len(added) == quads and all(q.endswith("<http://example.org/loaded>") for q in added)
        assert [q for q in after if q in before] == before


# ---------------------------------------------------------------- documents: kg ingest reports and skips
def bad_documents(wire_url: str) -> dict[str, tuple[dict[str, bytes], str]]:
    """case -> ({file name: bytes}, expected message); the first file is the document."""
    good = DESIGNATION.encode()
    return {
        "invalid-utf8": ({"a.txt": b"Kadyrov caf\xe9 designated"}, "not valid UTF-8"),
        "lone-surrogate": ({"a.txt": b"Kadyrov \xed\xa0\x80 designated"}, "not valid UTF-8"),
        "overlong-utf8": ({"a.txt": b"Kadyrov \xc0\xaf designated"}, "not valid UTF-8"),
        "nul-bytes": ({"a.txt": good + b"\x00"}, "NUL bytes"),
        "binary-named-txt": ({"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}, "NUL bytes"),
        "empty": ({"a.txt": b""}, "empty document"),
        "whitespace-only": ({"a.txt": b" \n\t\r\n \xe2\x80\x83"}, "empty document"),
        "bom-only": ({"a.txt": b"\xef\xbb\xbf"}, "empty document"),
        "html-entity-bomb": ({"a.html": b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;</p></body></html>'}, "DTD declarations"),
        "html-binary": ({"a.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}, "NUL bytes"),
        "html-invalid-utf8": ({"a.html": b"<html><body><p>caf\xe9</p></body></html>"}, "not valid UTF-8"),
        "html-empty": ({"a.html": b""}, "no main text"),
        "html-no-text": ({"a.html": b"<html><head><script>var a=1;</script></head><body><script>var b=2;</script><style>p{}</style></body></html>"}, "no main text"),
        "sidecar-deeply-nested": ({"a.txt": good, "a.source.json": b"[" * 100_000 + b"]" * 100_000}, "nested too deeply"),  # RecursionError traceback before the fix
        "sidecar-huge": ({"a.txt": good, "a.source.json": b'{"title": "' + b"x" * (2 * 1024 * 1024) + b'"}'}, "byte limit"),
        "sidecar-invalid-utf8": ({"a.txt": good, "a.source.json": b'{"title": "caf\xe9"}'}, "not UTF-8 text"),
        "sidecar-lone-surrogate-escape": ({"a.txt": good, "a.source.json": b'{"title": "\\ud800"}'}, "not valid Unicode"),  # failed in RDF conversion before the fix
        "sidecar-not-object": ({"a.txt": good, "a.source.json": b"[1, 2]"}, "expected a JSON object"),
        "sidecar-number-date": ({"a.txt": good, "a.source.json": b'{"date": 20200720}'}, "'date' must be a string"),
        "sidecar-nan": ({"a.txt": good, "a.source.json": b'{"title": NaN}'}, "'title' must be a string"),
        "sidecar-binary": ({"a.txt": good, "a.source.json": b"\x00\x01\x02"}, "not valid JSON"),
    }


@pytest.mark.parametrize("case", sorted(bad_documents("http://127.0.0.1:9")))
def test_bad_document_is_reported_and_changes_nothing(case, invoke, seeded_store, tmp_path, tripwire):
    files, message = bad_documents(tripwire.url)[case]
    folder = tmp_path / "docs"
    for name, content in files.items():
        _write(folder / name, content)
    doc = folder / next(iter(files))
    before = store_snapshot(seeded_store)
    result = invoke("ingest", doc, "--store", seeded_store, "--extractor", "phrase", "-q")
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr
    assert store_snapshot(seeded_store) == before


def test_lone_surrogate_in_sidecar_is_refused_not_stored(tmp_path):
    """A \\ud800 escape decodes to a str that cannot be encoded; it must never reach the store."""
    from kg.documents import read_document
    from kg.errors import InvalidInput

    _write(tmp_path / "a.txt", DESIGNATION)
    _write(tmp_path / "a.source.json", b'{"title": "x\\udfffy", "url": "https://example.org/\\ud800"}')
    try:
        doc = read_document(tmp_path / "a.txt")
    except InvalidInput:
        return
    for value in (doc.title, doc.url):
        value.encode("utf-8")


def test_html_external_dtd_and_resources_are_not_fetched(invoke, seeded_store, tmp_path, tripwire):
    page = (f'<!DOCTYPE html SYSTEM "{tripwire.url}/x.dtd"><html><head><title>T</title>'
            f'<link rel="stylesheet" href="{tripwire.url}/s.css"><script src="{tripwire.url}/a.js"></script></head>'
            f'<body><article><p>{DESIGNATION} The decision followed reports from the region and was announced on the same day.</p>'
            f'<img src="{tripwire.url}/i.png"><iframe src="{tripwire.url}/f"></iframe></article></body></html>')
    _write(tmp_path / "p.html", page)
    result = invoke("ingest", tmp_path / "p.html", "--store", seeded_store, "--extractor", "phrase", "-q")
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- big documents in a real process
def test_50mb_article_is_refused_in_bounded_memory(seeded_store, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        line = (DESIGNATION + " ").encode() * 100 + b"\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    before = store_snapshot(seeded_store)
    run = run_kg("ingest", path, "--store", seeded_store, "--extractor", "phrase", "-q")
    assert_one_line_error(run, "over the 20,971,520-byte limit for one document", code=1)
    assert run.peak_rss_mb < MAX_RSS_MB
    assert store_snapshot(seeded_store) == before


def test_big_turtle_loads_in_bounded_memory(store_dir, tmp_path):
    path = tmp_path / "big.nt"
    with path.open("w") as fh:
        i = 0
        while fh.tell() < BIG_MB * 1024 * 1024:
            fh.write(f'<http://example.org/s{i}> <http://example.org/name> "name number {i} of many" .\n')
            i += 1
    run = run_kg("load", path, "--store", store_dir, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"{path}: {i} quads" in run.stderr
    assert run.peak_rss_mb < 1024, f"peak RSS {run.peak_rss_mb:.0f} MB for a {BIG_MB} MB file"


def test_html_near_the_size_limit_is_bounded(seeded_store, tmp_path):
    path = tmp_path / "big.html"
    para = "<p>" + (DESIGNATION + " ") * 200 + "</p>\n"
    body = para * (min(BIG_MB, 18) * 1024 * 1024 // len(para))
    _write(path, f"<html><head><title>Big</title></head><body><article>{body}</article></body></html>")
    run = run_kg("ingest", path, "--store", seeded_store, "--extractor", "phrase", "-q", timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.peak_rss_mb < 2048, f"peak RSS {run.peak_rss_mb:.0f} MB for an 18 MB page"


def test_html_element_bomb_is_refused_fast(seeded_store, tmp_path):
    """25,000 inline elements in one paragraph took trafilatura many minutes (quadratic) before the element cap."""
    path = tmp_path / "spans.html"
    _write(path, "<html><body><article><p>" + "<span>Kadyrov</span> " * 25_000 + "</p></article></body></html>")
    before = store_snapshot(seeded_store)
    run = run_kg("ingest", path, "--store", seeded_store, "--extractor", "phrase", "-q", timeout=60)
    assert_one_line_error(run, "over the 20,000-element limit", code=1)
    assert run.seconds < 30
    assert store_snapshot(seeded_store) == before


@pytest.mark.skipif(not STRESS, reason="about 70 s; runs with KG_STRESS=1")
def test_html_just_under_the_element_cap_is_bounded(seeded_store, tmp_path):
    path = tmp_path / "spans.html"
    _write(path, "<html><body><article><p>" + "<span>Kadyrov</span> " * 9_900 + "</p></article></body></html>")
    run = run_kg("ingest", path, "--store", seeded_store, "--extractor", "phrase", "-q", timeout=120)
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
    assert run.seconds < 90
