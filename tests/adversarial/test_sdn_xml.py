"""Hostile OFAC SDN XML given to `kg link ofac`: entity bombs, external entities and DTDs, encodings that
hide a DOCTYPE from a byte scan, truncation, the wrong root and element floods.

Each case runs the real CLI in a child process (peak RSS from the child itself) against a store
holding the seed document, and must end in one `Error:` line naming the file, a bounded peak RSS,
no connection to the 127.0.0.1 tripwire and the store unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FIXTURES, store_snapshot

from .conftest import STRESS, Tripwire, assert_one_line_error, linked_seed, run_kg

MAX_RSS_MB = 300  # `kg link ofac` on the 10-entry fixture list peaks near 110 MB
SDN = (FIXTURES / "ofac" / "sdn.xml").read_text(encoding="utf-8")
HEAD, _, REST = SDN.partition("<sdnList")
ROOT = "<sdnList" + REST.split(">", 1)[0] + ">"
ENTRY = "<sdnEntry><uid>1</uid><lastName>&b;</lastName><sdnType>Individual</sdnType></sdnEntry>"
LAUGHS = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
FLOOD = 400_000 if STRESS else 150_000  # elements; about 40 bytes each


def sdn_with_doctype(doctype: str, body: str = ENTRY) -> str:
    return f'<?xml version="1.0"?>\n<!DOCTYPE sdnList [{doctype}]>\n{ROOT}{body}</sdnList>\n'


def write_cases(folder: Path, url: str) -> dict[str, tuple[Path, str]]:
    """name -> (file, fragment the one-line error must contain)."""
    cases: dict[str, tuple[bytes, str]] = {
        "billion laughs": (sdn_with_doctype('<!ENTITY l0 "ha">' + LAUGHS + '<!ENTITY b "&l9;">').encode(), "DOCTYPE"),
        "quadratic blowup": (sdn_with_doctype(f'<!ENTITY b "{"x" * 100_000}">', ENTRY.replace("&b;", "&b;" * 2000)).encode(), "DOCTYPE"),
        "external entity over http": (sdn_with_doctype(f'<!ENTITY b SYSTEM "{url}/secret">').encode(), "DOCTYPE"),
        "external entity from a file": (sdn_with_doctype('<!ENTITY b SYSTEM "file:///etc/passwd">').encode(), "DOCTYPE"),
        "parameter entity": (sdn_with_doctype(f'<!ENTITY % p SYSTEM "{url}/evil.dtd"> %p;', ENTRY.replace("&b;", "x")).encode(), "DOCTYPE"),
        "external DTD": (f'<?xml version="1.0"?>\n<!DOCTYPE sdnList SYSTEM "{url}/sdn.dtd">\n{ROOT}</sdnList>\n'.encode(), "DOCTYPE"),
        "entity without DOCTYPE": (f'<?xml version="1.0"?>\n{ROOT}<!ENTITY b "x">{ENTRY}</sdnList>\n'.encode(), "ENTITY"),
        # a byte scan for b"<!DOCTYPE" cannot see these: the parser must refuse them itself
        "UTF-16 entity bomb": (sdn_with_doctype('<!ENTITY l0 "ha">' + LAUGHS + '<!ENTITY b "&l9;">').replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"), "DOCTYPE"),
        "UTF-16 external entity": (sdn_with_doctype(f'<!ENTITY b SYSTEM "{url}/secret">').replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"), "DOCTYPE"),
        "DOCTYPE across the 1 MB read boundary": (('<?xml version="1.0"?>\n<!--' + "x" * ((1 << 20) - 30) + "-->\n").encode()
                                                  + sdn_with_doctype('<!ENTITY l0 "ha">' + LAUGHS + '<!ENTITY b "&l9;">').split("\n", 1)[1].encode(), "DOCTYPE"),
        "truncated mid-entry": (SDN[: SDN.index("<sdnEntry>", SDN.index("<sdnEntry>") + 1) + 60].encode(), "malformed or truncated SDN XML"),
        "truncated entry count": (SDN.replace("<Record_Count>10</Record_Count>", "<Record_Count>12</Record_Count>").encode(), "truncated SDN list"),
        "wrong root": (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>KADYROV, Ramzan</title></channel></rss>\n', "not an OFAC SDN XML list"),
        "wrong root, SDN entries inside": (f'<?xml version="1.0"?>\n<export>{SDN.split("?>", 1)[1]}</export>'.encode(), "not an OFAC SDN XML list"),
        "empty file": (b"", "not XML; give sdn.xml"),
        "binary": (bytes(range(256)) * 64, "not XML; give sdn.xml"),
        "element flood, no entries": ((f'<?xml version="1.0"?>\n{ROOT}' + "<junk><x>1</x></junk>" * FLOOD + "</sdnList>").encode(), "no sdnEntry"),
        "element flood inside one entry": ((f'<?xml version="1.0"?>\n{ROOT}<sdnEntry><uid>1</uid><lastName>KADYROV</lastName>' + "<program>X</program>" * FLOOD
                                            + "</sdnEntry></sdnList>").encode(), "too many elements"),
        "deep nesting": ((f'<?xml version="1.0"?>\n{ROOT}' + "<a>" * FLOOD + "</a>" * FLOOD + "</sdnList>").encode(), "nested"),
    }
    out = {}
    for i, (name, (data, fragment)) in enumerate(cases.items()):
        path = folder / f"case{i:02d}.xml"
        path.write_bytes(data)
        out[name] = (path, fragment)
    return out


@pytest.fixture(scope="module")
def list_store(tmp_path_factory):
    """The seed document ingested with the phrase extractor and linked once to the real fixture list."""
    return linked_seed(tmp_path_factory.mktemp("sdn"), "ofac", FIXTURES / "ofac" / "sdn.xml", MAX_RSS_MB)


def test_hostile_sdn_xml_is_refused_with_one_line_in_bounded_memory(list_store, tmp_path):
    before = store_snapshot(list_store)
    assert any("ofac" in q for q in before), "the fixture list should have been linked"
    wire = Tripwire()
    failures = []
    try:
        for name, (path, fragment) in write_cases(tmp_path, wire.url).items():
            run = run_kg("link", "ofac", path, "--store", list_store, "-q", timeout=120)
            try:
                assert_one_line_error(run, str(path), fragment)
                assert run.peak_rss_mb < MAX_RSS_MB, f"peak RSS {run.peak_rss_mb:.0f} MB"
                assert "root:" not in run.stderr
            except AssertionError as exc:
                failures.append(f"{name}: {str(exc).splitlines()[0][:300]}")
    finally:
        wire.close()
    assert not failures, "\n".join(failures)
    assert wire.connections == [], f"the importer fetched the tripwire: {wire.connections}"
    assert store_snapshot(list_store) == before


def test_xinclude_is_not_followed(list_store, tmp_path):
    """XInclude is not processed: an entry pointing at /etc/passwd imports the literal element, never the file."""
    path = tmp_path / "xinclude.xml"
    path.write_text(SDN.replace("<remarks>Gender Male</remarks>", '<remarks><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/></remarks>'),
                    encoding="utf-8")
    run = run_kg("link", "ofac", path, "--store", list_store, "-q")
    assert run.returncode == 0, run.stderr
    assert not any("root:" in q for q in store_snapshot(list_store))
